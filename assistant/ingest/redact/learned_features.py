"""What the redactor's learned step looks at: the values with a digit the rules left (a word
with a digit, digit groups, a full date, a value read out in words) and, for each, hashed
features of its shape and of the words around it: just before and after it on its line, the
few lines before (a chat question answered on the next turn) and what the rules already took
nearby (a card before an expiry date). Pure functions of the scanned text; the model that
scores them is in ``learned.py``."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

from assistant.ingest.redact.births import FULL_DATE
from assistant.ingest.redact.national_ids import NATIONAL_CUE
from assistant.ingest.redact.plates import MAKES
from assistant.ingest.redact.scan import MASK, Scan
from assistant.ingest.redact.spoken_digits import spoken_values

DIM = 1 << 13
_DIGIT_TOKEN = re.compile(r"(?<!\S)[^\s\d]*\d\S*")
_EDGE = "\"'“”‘’()[]<>{}*_,;:.?"  # stripped from a token's ends ("!" and "#" may end a password)
_LEAD = "\"'“”‘’([<{*_"
_DIGIT_GROUP = re.compile(r"\d{1,4}")
_WORD = re.compile(MASK + r"+|\[[A-Z_]+\]|[^\W\d_]+|\d+")
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_SPEAKER = re.compile(r"^\s*[^\W\d][\w .'()-]{0,40}?:\s")
DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})")
MONTH_YEAR = re.compile(r"(\d{1,2}) ?[/-] ?(\d{2}|\d{4})")
_MONEY = re.compile(r"^[€$£]|^\d+[.,]\d{2}$|^\d{1,2}[:.]\d{2}$")  # and clock times
_LINES_BEFORE = 3
# the token right next to a value, one space or dash away: the letters of a plate or a
# postcode ("KJX 9027", "1094 HL") or the groups of an ID ("JH 47 21 93 C")
_NEXT_TOKEN = re.compile(r"(?: - |[ -])([^\s\ue000]{1,6})")
_TOKEN_BEFORE = re.compile(r"(?<!\S)([^\s\ue000]{1,6})(?: - |[ -])$")
_MONTH_NEAR_DIGIT = re.compile(
    r"\d\W{1,6}(?:[jfmasond]\w{2}|mei|may)|(?:[jfmasond]\w{2}|mei|may)\w*\.? (?:the )?\d",
    re.IGNORECASE,
)  # a written date ("3 maart 1985", "March 3, 1985") may be there


# an upper-case group next to a value, one space or dash away: letters ("KJX", "HL", "C") or
# letters with digits ("4PB", "XK82"); never a cue or a unit written in capitals
_GROUP = r"(?:[A-Z]{1,3}|(?=[A-Z]{0,3}\d)[A-Z\d]{2,4})"
_GROUP_AFTER = re.compile(r"(?: - |[ -])(" + _GROUP + r")(?![\w\ue000])")
_GROUP_BEFORE = re.compile(r"(?<![\w\ue000])(" + _GROUP + r"|[A-Z](?:-[A-Z]){1,2})(?: - |[ -])$")
_NOT_A_GROUP = frozenset(
    "AM PM OK EUR USD GBP CHF NL BE UK US DE FR NR NO PIN ID SSN BSN NI NIN TFN SIN CPF CNP "
    "DNI NIE CIN EGN PPS REG VRM ZIP PC CVV CVC OTP TAN DOB VIN PLZ CP BTW VAT KVK TEL NUM "
    "RE FW I BMW VW MG BYD KIA GMC XS XL XXL".split()  # car makes ("BMW 320d"), sizes
)


def widened(masked: str, start: int, end: int) -> tuple[int, int]:
    """``[start:end]`` run on over the upper-case groups right next to it, two on each side
    at most: the letters of a plate or a postcode, the groups of an ID."""
    for _ in range(2):
        after = _GROUP_AFTER.match(masked, end)
        if not after or after.group(1) in _NOT_A_GROUP:
            break
        end = after.end(1)
    for _ in range(2):
        before = _GROUP_BEFORE.search(masked, max(start - 9, 0), start)
        if not before or before.group(1) in _NOT_A_GROUP:
            break
        start = before.start(1)
    return start, end


# a car just before a value ("white Tesla CX 48 211"); "van" only after a word that makes it
# one, as it is also Dutch for "of"
_CAR_BEFORE = re.compile(
    MAKES + r"|\b(?:car|auto|truck|vehicle|voertuig|wagen|kenteken|plate|reg"
    r"|(?:my|the|a|our|his|her|white|black|grey|gray|silver|blue|red) van)\b",
    re.IGNORECASE,
)


def _sized_shape(value: str) -> str:
    """The shape with its lengths: "CX 48 211" is "AA 99 999"."""
    return "".join(
        "9" if c.isdigit() else "A" if c.isupper() else "a" if c.isalpha() else c
        for c in value[:14]
    )


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    said: str = ""  # the value when the text does not show it: digits read out, a taken span
    spoken: bool = False

    def value(self, text: str) -> str:
        return self.said or text[self.start : self.end]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def candidates(masked: str) -> list[Candidate]:
    """Values with a digit in ``masked`` that no rule took: a full date ("3 maart 1985"), one
    token, digit groups split by single spaces or dashes ("0093 7712", "3 - 1 - 9 - 6"), or a
    value read out in words ("nul acht twee")."""
    out = (
        [
            Candidate(m.start(), m.end())
            for m in FULL_DATE.finditer(masked)
            if MASK not in m.group() and " " in m.group()
        ]
        if _MONTH_NEAR_DIGIT.search(masked)
        else []
    )
    taken = [(c.start, c.end) for c in out]
    tokens = [
        _trim(masked, m.start(), m.end())
        for m in _DIGIT_TOKEN.finditer(masked)
        if MASK not in m.group()
        and "[" not in m.group()  # next to a placeholder: what is left of a taken value
        and not any(a <= m.start() < b for a, b in taken)
    ]
    i = 0
    while i < len(tokens):
        start, end = tokens[i]
        j = i  # digit groups split by one space are one value: "0093 7712"
        while (
            j + 1 < len(tokens)
            and j - i < 3
            and masked[tokens[j][1] : tokens[j + 1][0]] in (" ", " - ")
            and _DIGIT_GROUP.fullmatch(masked[slice(*tokens[j])])
            and _DIGIT_GROUP.fullmatch(masked[slice(*tokens[j + 1])])
        ):
            j += 1
        end = tokens[j][1]
        i = j + 1
        value = masked[start:end]
        if 3 <= len(value) <= 40 and not _MONEY.search(value):
            out.append(Candidate(start, end))
    for spoken in spoken_values(masked):
        if MASK not in masked[spoken.start : spoken.end]:
            out.append(Candidate(spoken.start, spoken.end, spoken.value, spoken=True))
    return sorted(out, key=lambda c: c.start)


def _shape(value: str) -> str:
    out: list[str] = []
    for c in value:
        s = "9" if c.isdigit() else "A" if c.isupper() else "a" if c.isalpha() else c
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out[:12])


def _value_features(value: str) -> list[str]:
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    feats = [f"S:{_shape(value)}", f"nd:{min(digits, 12)}", f"len:{min(len(value), 20)}"]
    if digits == len(value):
        feats.append(f"alldigits:{digits}")
    elif value.replace(" ", "").replace("-", "").isdigit():
        feats.append(f"groups:{digits}")
    if letters and digits:
        feats.append("mixed")
        if any(c.isupper() for c in value) and any(c.islower() for c in value):
            feats.append("mixedcase")
    if any(not c.isalnum() and c not in " -./" for c in value):
        feats.append("symbol")
    lead = re.match(r"[A-Za-z]{1,4}", value)
    if lead and digits:
        feats.append(f"pre:{lead.group().lower()}")
    if " " in value and FULL_DATE.fullmatch(value):
        feats.append("written_date")
        years = re.findall(r"\d{4}", value)
        if years:
            feats.append(f"year:{min(max((int(years[0]) - 1900) // 10, -1), 14)}")
    date = DATE.fullmatch(value)
    if date:
        day, month, year = (int(g) for g in date.groups())
        year = year if year > 99 else (1900 + year if year > 30 else 2000 + year)
        feats.append("date")
        feats.append("date:valid" if 1 <= month <= 12 and 1 <= day <= 31 else "date:odd")
        feats.append(f"year:{min(max((year - 1900) // 10, -1), 14)}")
    month_year = MONTH_YEAR.fullmatch(value)
    if month_year and 1 <= int(month_year.group(1)) <= 12:
        feats.append(f"monthyear:{len(month_year.group(2))}")
    return feats


def _word_feats(prefix: str, word: str) -> list[str]:
    feats = [f"{prefix}:{word}"]
    if len(word) >= 6 and word[0] != "<":
        feats.append(f"{prefix}s:{word[-4:]}")  # klantpincode, toegangscode: "code"
        feats.append(f"{prefix}p:{word[:4]}")  # wachtwoord..., verificatie...
    return feats


class Context:
    """The words of a scanned text, with what the rules took as ``<KIND>`` words."""

    def __init__(self, scan: Scan) -> None:
        kinds = sorted(scan.found)
        self.words: list[tuple[int, int, str]] = []
        for m in _WORD.finditer(scan.masked):
            word = m.group()
            if word[0] == MASK:
                kind = next((f.kind for f in kinds if f.start <= m.start() < f.end), "X")
                word = f"<{kind}>"
            elif word[0] == "[":  # a placeholder from an earlier redaction reads the same
                word = f"<{word[1:-1]}>"
            else:
                word = word.lower() if not word.isdigit() else "<num>"
            self.words.append((m.start(), m.end(), word))
        self.text = scan.masked

    def features(self, cand: Candidate) -> list[str]:
        text = self.text
        line_start = text.rfind("\n", 0, cand.start) + 1
        line_end = text.find("\n", cand.end)
        line_end = len(text) if line_end < 0 else line_end
        before = [w for w in self.words if w[1] <= cand.start]
        after = [w for w in self.words if w[0] >= cand.end]
        feats = _value_features(cand.value(text))
        if cand.spoken:
            feats.append("spoken")
        same_line = [w[2] for w in reversed(before) if w[0] >= line_start]
        if len(same_line) >= 2:
            feats.append(f"L21:{same_line[1]} {same_line[0]}")
        for i, word in enumerate(same_line[:8]):
            if i < 3:
                feats.append(f"L{i + 1}:{word}")
            feats.extend(_word_feats("l", word))
        if not same_line:
            feats.append("linestart")
        speaker = _SPEAKER.match(text[line_start : cand.start])
        if speaker:
            feats.append("speaker")
            if len(same_line) <= 4:
                feats.append("answer")
        if speaker or len(same_line) <= 2:
            # an answer: the question is on the lines before
            earlier = text.rfind("\n", 0, max(line_start - 1, 0))
            for _ in range(_LINES_BEFORE - 1):
                if earlier <= 0:
                    break
                earlier = text.rfind("\n", 0, earlier)
            lo = max(earlier, 0)
            for w in before:
                if lo <= w[0] < line_start:
                    feats.extend(_word_feats("p", w[2]))
        for word in [w[2] for w in before[-30:]]:
            feats.append(f"w:{word}")
        nxt = [w[2] for w in after if w[0] < line_end]
        for i, word in enumerate(nxt[:4]):
            if i < 2:
                feats.append(f"R{i + 1}:{word}")
            feats.extend(_word_feats("r", word))
        if not nxt:
            feats.append("lineend")
        right = _NEXT_TOKEN.match(text, cand.end)
        if right:
            feats.append(f"RS:{_shape(right.group(1))}")
        left = _TOKEN_BEFORE.search(text, max(cand.start - 9, 0), cand.start)
        if left:
            feats.append(f"LS:{_shape(left.group(1))}")
        if not cand.spoken:
            lo, hi = widened(text, cand.start, cand.end)
            feats.append(f"W:{_sized_shape(text[lo:hi])}")
        # (a placeholder of an earlier pass is not a cue: "[PLATE]" is no "plate")
        window = _PLACEHOLDER.sub(MASK, text[max(line_start, cand.start - 40) : cand.start])
        if _CAR_BEFORE.search(window):
            feats.append("car")
        if NATIONAL_CUE.search(window):
            feats.append("idcue")
        if nxt and text[after[0][0]].isupper():
            feats.append("R1cap")
        return feats


def feature_index(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % DIM


def vectorize(feature_lists: list[list[str]]) -> np.ndarray:
    x = np.zeros((len(feature_lists), DIM), dtype=np.float32)
    for row, feats in enumerate(feature_lists):
        for feature in feats:
            x[row, feature_index(feature)] = 1.0
    return x


def candidate_features(scan: Scan) -> tuple[list[Candidate], list[list[str]]]:
    """The candidates left in ``scan`` and each one's features."""
    cands = candidates(scan.masked)
    if not cands:
        return [], []
    context = Context(scan)
    return cands, [context.features(c) for c in cands]
