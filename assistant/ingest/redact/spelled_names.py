"""Names spelled letter by letter with hyphens, after the other name rules: a spelling asked
for on the line before ("Hoe spel ik uw achternaam?" / "W-IJ-N-G-A-A-R-D-E-N"), or one that
spells a name taken elsewhere in the text ("that's me, Femke van Dijk, F-E-M-K-E") or a word
of an e-mail address ("b.achterberg@ziggo.nl ... A-C-H-T-E-R-B-E-R-G"); then the word it
spells wherever the text says it again ("Wijngaarden met ij", "Achterberg met c-h")."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import Scan

# capitals (any alphabet's: "B-J-Ø-R-N") and the Dutch IJ, four or more, joined by hyphens,
# with or without spaces around them ("W - R - O - B - E - L")
_LETTER = r"(?:IJ|[^\W\d_a-z])"
_SPELLED = re.compile(rf"(?<![\w-]){_LETTER}(?:(?:-| [-–] ){_LETTER}){{3,}}(?![\w-])")
_JOINS = re.compile(r"[ –-]")
# in lower case too, when it spells a name taken elsewhere: "Dewitt aan elkaar, d-e-w-i-t-t"
_SPELLED_LOWER = re.compile(r"(?<![\w-])[^\W\d_A-Z](?:-[^\W\d_A-Z]){3,}(?![\w-])")
_NAME_CUE = re.compile(
    r"(?<!\[)\b(?:name|naam|spell\w*|spel\w*|surname|achternaam|voornaam)\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]{3,}")


def _asked(scan: Scan, start: int) -> bool:
    """A name cue on the spelling's line or the line before."""
    line_start = scan.text.rfind("\n", 0, start) + 1
    previous_start = scan.text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return _NAME_CUE.search(scan.text, previous_start, start) is not None


def take_spelled_names(scan: Scan) -> None:
    if "-" not in scan.text and "–" not in scan.text:
        return
    spelled = list(_SPELLED.finditer(scan.text))
    lower = list(_SPELLED_LOWER.finditer(scan.text))
    if not (spelled or lower):
        return
    named = {
        word.lower()
        for found in scan.found
        if found.kind in ("NAME", "EMAIL")
        # of an address, the part before the @ only
        for word in _WORD.findall(scan.text[found.start : found.end].split("@")[0])
    }
    for match in lower:
        if match.group().replace("-", "") in named:
            _take_with_word(scan, match)
    for match in spelled:
        word = _JOINS.sub("", match.group())
        taken = any(
            f.kind == "NAME" and f.start <= match.start() < f.end for f in scan.found
        )  # by the spelling rule for a surname after its cue
        if taken or word.lower() in named or _asked(scan, match.start()):
            _take_with_word(scan, match)


def _take_with_word(scan: Scan, match: re.Match[str]) -> None:
    """The spelling, and the word it spells wherever the text writes it with a capital."""
    scan.take(match.start(), match.end(), "NAME")
    word = _JOINS.sub("", match.group())
    again = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
    for said in list(again.finditer(scan.masked)):
        if said.group()[0].isupper():
            scan.take(said.start(), said.end(), "NAME")
