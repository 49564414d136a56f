"""Answers parsed without a model: commands, lists, numbers and ranges, yes/no, ratings.

Everything here is pure and bilingual (English and Dutch). A parser returns ``None`` when
the answer does not fit, so the engine can re-ask with a helpful hint instead of guessing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# command word -> canonical command; both languages
COMMANDS: dict[str, str] = {
    "back": "back",
    "terug": "back",
    "vorige": "back",
    "skip": "skip",
    "overslaan": "skip",
    "sla over": "skip",
    "skip phase": "skip_phase",
    "skip this phase": "skip_phase",
    "fase overslaan": "skip_phase",
    "sla fase over": "skip_phase",
    "sla deze fase over": "skip_phase",
    "edit": "edit",
    "wijzig": "edit",
    "bewerk": "edit",
    "status": "status",
    "voortgang": "status",
    "evidence": "evidence",
    "bewijs": "evidence",
    "data": "evidence",
    "explain": "explain",
    "uitleg": "explain",
    "leg uit": "explain",
    "wat is": "explain",
    "what is": "explain",
    "save": "save",
    "opslaan": "save",
    "bewaar": "save",
    "done": "done",
    "klaar": "done",
    "stop": "done",
    "help": "help",
    "hulp": "help",
    "?": "help",
}

YES = {
    "y",
    "yes",
    "yeah",
    "yep",
    "sure",
    "ok",
    "okay",
    "j",
    "ja",
    "jawel",
    "prima",
    "goed",
    "akkoord",
    "graag",
    "doe maar",
    "klopt",
    "correct",
    "true",
    "add",
    "toevoegen",
}
NO = {
    "n",
    "no",
    "nope",
    "nee",
    "neen",
    "niet",
    "false",
    "geen",
    "none",
    "nothing",
    "niets",
    "liever niet",
    "no thanks",
    "nee dank je",
}
ALL = {"all", "alle", "allemaal", "alles", "everything"}
NONE = {"none", "geen", "niets", "nothing", "no", "nee", "-", "n/a", "nvt", "geen idee"}

# words that mean a rating on the -2..+2 scale
RATING_WORDS: dict[str, int] = {
    "very negative": -2,
    "zeer negatief": -2,
    "heel negatief": -2,
    "terrible": -2,
    "awful": -2,
    "vreselijk": -2,
    "slecht": -1,
    "bad": -1,
    "negative": -1,
    "negatief": -1,
    "neutral": 0,
    "neutraal": 0,
    "ok": 0,
    "oke": 0,
    "okay": 0,
    "gemiddeld": 0,
    "so-so": 0,
    "positive": 1,
    "positief": 1,
    "good": 1,
    "goed": 1,
    "fijn": 1,
    "very positive": 2,
    "zeer positief": 2,
    "heel positief": 2,
    "great": 2,
    "excellent": 2,
    "geweldig": 2,
    "uitstekend": 2,
}


def norm(text: str) -> str:
    """Lower case, accents folded, whitespace collapsed."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(folded.lower().split())


# prefixes that are only a command when what follows names something (else: an answer)
SOFT = {"what is", "wat is", "leg uit", "data", "stop"}


@dataclass(frozen=True)
class Command:
    name: str
    arg: str = ""
    soft: bool = False  # "what is X": only a command if X is a known term


def parse_command(message: str) -> Command | None:
    """A command such as ``back``, ``edit purchase`` or ``uitleg RICE``; None otherwise."""
    text = norm(message).rstrip(".!")
    if not text:
        return None
    for word in sorted(COMMANDS, key=len, reverse=True):
        if text == word:
            return Command(COMMANDS[word])
        if text.startswith(word + " ") and COMMANDS[word] in {"edit", "explain"}:
            # keep the user's spelling of the argument
            arg = " ".join(message.split()[len(word.split()) :]).strip(" ?:")
            soft = word in SOFT or COMMANDS[word] == "edit"
            return Command(COMMANDS[word], arg, soft=soft)
    return None


def parse_yes_no(message: str) -> bool | None:
    text = norm(message).strip(" .!")
    if text in YES or text.startswith(("yes ", "ja ", "ja,", "yes,")):
        return True
    if text in NO or text.startswith(("no ", "nee ", "nee,", "no,")):
        return False
    return None


def split_list(message: str) -> list[str]:
    """Items separated by commas, semicolons, new lines or bullets; empty ones dropped."""
    parts = re.split(r"[,;\n]|(?:^|\s)[-*•]\s", message)
    items = [p.strip(" \t.-*•") for p in parts]
    return [i for i in items if i]


_RANGE = re.compile(r"^(\d+)\s*(?:-|–|\.\.|to|tot)\s*(\d+)$")


def parse_numbers(message: str, count: int) -> list[int] | None:
    """1-based picks like ``1, 3`` or ``2-4`` or ``1 3`` within 1..count, as 0-based indexes.

    None when the answer is not made of numbers only, or a number is out of range.
    """
    text = norm(message)
    if not text:
        return None
    picks: list[int] = []
    for part in re.split(r"[,;\s]+(?!-|–|\.\.|to\b|tot\b)", text):
        part = part.strip()
        if not part:
            continue
        match = _RANGE.match(part)
        if match:
            low, high = int(match.group(1)), int(match.group(2))
            if low > high:
                low, high = high, low
            values = list(range(low, high + 1))
        elif part.isdigit():
            values = [int(part)]
        else:
            return None
        for value in values:
            if not 1 <= value <= count:
                return None
            if value - 1 not in picks:
                picks.append(value - 1)
    return picks or None


@dataclass(frozen=True)
class Picks:
    """An answer to a list question: suggestions picked by number plus the user's own items."""

    picked: list[int]
    own: list[str]
    none: bool = False


def parse_picks(message: str, count: int) -> Picks:
    """``1, 3, live chat`` -> picks 0 and 2 plus the own item "live chat"; ``all``; ``none``."""
    text = norm(message).strip(" .!")
    if text in ALL:
        return Picks(list(range(count)), [])
    if text in NONE:
        return Picks([], [], none=True)
    whole = parse_numbers(message, count)
    if whole is not None:
        return Picks(whole, [])
    picked: list[int] = []
    own: list[str] = []
    for item in split_list(message):
        numbers = parse_numbers(item, count) if count else None
        if numbers is not None:
            picked.extend(n for n in numbers if n not in picked)
        else:
            own.append(item)
    return Picks(picked, own)


_SIGNED = re.compile(r"^([+-−]?)\s*(\d+(?:[.,]\d+)?)$")


def parse_rating(message: str) -> int | None:
    """A rating on -2..+2 from ``-1``, ``+2``, ``0`` or words like "negatief" / "great"."""
    text = norm(message).strip(" .!").replace("−", "-")
    match = _SIGNED.match(text)
    if match:
        value = float(match.group(2).replace(",", "."))
        if match.group(1) == "-":
            value = -value
        if value.is_integer() and -2 <= value <= 2:
            return int(value)
        return None
    if text in RATING_WORDS:
        return RATING_WORDS[text]
    for words, value in sorted(RATING_WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(words)}\b", text):
            return value
    return None


def parse_choice(message: str, options: list[str]) -> int | None:
    """One option by number (1-based) or by (part of) its name; returns a 0-based index."""
    numbers = parse_numbers(message, len(options))
    if numbers is not None and len(numbers) == 1:
        return numbers[0]
    text = norm(message).strip(" .!")
    if not text:
        return None
    names = [norm(o) for o in options]
    if text in names:
        return names.index(text)
    hits = [i for i, n in enumerate(names) if text in n or (len(n) >= 3 and n in text)]
    return hits[0] if len(hits) == 1 else None


def is_garbage(message: str) -> bool:
    """No letters or digits at all, or one character repeated (e.g. "????", "asdfasdf" is not)."""
    text = message.strip()
    if not any(ch.isalnum() for ch in text):
        return True
    letters = [ch for ch in text.lower() if ch.isalnum()]
    return len(letters) >= 3 and len(set(letters)) == 1
