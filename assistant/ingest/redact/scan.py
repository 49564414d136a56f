"""What the rules share: a text being scanned, the spans found so far, and the masking that
keeps one rule from seeing what another already took."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Same length as what it hides, so offsets never shift; not a letter, digit, space or sign.
MASK = "\ue000"


# the next turn's speaker label, maybe shown with the time: "Customer:", "[14:22] klant:",
# "10:13 Customer:", "Bram Jacobs 15:04:" (the answer to a question on the line before)
# a value corrected in the same breath, before the new one: "... nee wacht, ", "... no sorry ",
# "... no wait, sorry, ", "... eh nee, "
CORRECTION = (
    r"\W{0,5}(?:(?:(?:nee|no|oh|o|uh|eh)\W{1,3}){0,2}(?:wacht|wait|i mean|ik bedoel|sorry|correctie"
    r"|correction)\W{1,3}(?:sorry\W{1,3})?(?:(?:no|nee)\W{1,3})?"  # "... sorry, no, "
    r"|(?:eh|uh|ehm|uhm)\W{1,3}(?:nee|no)\W{1,3})"  # "Elf, zevenentwintig. Eh nee, elf acht..."
    r"(?:(?:it['’]s|it is|het is|dat is|that['’]s|that is)\W{1,2})?"  # "sorry, that's 307"
)
# the words that set a value against the one it corrects: "X not Y", "X in plaats van Y"
INSTEAD_OF = r"(?:not|niet|nicht|instead of|in plaats van|i\.p\.v\.?|rather than)"
# a chat's clock, also with seconds or on twelve hours: "14:02", "[16:40:12]", "[2:16 PM]"
CLOCK = r"\[?\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?\]?"
# a chat export's date before its clock: "[22/01/2025 12:44] ", "22-01-2025, 12:44 - "
_STAMP_DATE = r"(?:\[?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}),? )?"
SPEAKER = (
    r"(?:" + _STAMP_DATE + CLOCK + r"(?: -)? *)?(?:[^\n\d:]{1,30}?(?: \(?\d{1,2}[:.]\d{2}\)?)?:)?"
)


@dataclass(frozen=True, order=True)
class Found:
    """One piece of personal data: ``text[start:end]`` is of ``kind`` (``EMAIL``, ``NAME``...)."""

    start: int
    end: int
    kind: str


@dataclass
class Scan:
    """The original text, a masked copy that rules read, and what was found."""

    text: str
    masked: str = ""
    lower: str = ""  # the original text in lower case, for cheap "is the cue there" tests
    found: list[Found] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.masked = self.text
        self.lower = self.text.lower()

    def mentions(self, *words: str) -> bool:
        """Whether any of ``words`` (lower case) occurs in the text, as a substring."""
        return any(map(self.lower.__contains__, words))  # map: no Python frame per word

    def take(self, start: int, end: int, kind: str | None) -> None:
        """Record ``[start:end]`` as ``kind`` (``None``: only protect it) and mask it."""
        if start >= end or MASK in self.masked[start:end]:
            return  # empty, or already taken by an earlier rule
        if kind is not None:
            self.found.append(Found(start, end, kind))
        self.masked = self.masked[:start] + MASK * (end - start) + self.masked[end:]

    def widen(self, index: int, end: int, kind: str) -> None:
        """Let ``found[index]`` run on to ``end`` as ``kind``, masking what it now covers."""
        old = self.found[index]
        self.found[index] = Found(old.start, end, kind)
        self.masked = self.masked[: old.end] + MASK * (end - old.end) + self.masked[end:]

    def grow(self, index: int, start: int, end: int) -> None:
        """Let ``found[index]`` cover ``[start:end]``, around it, masking what it now covers."""
        old = self.found[index]
        self.found[index] = Found(start, end, old.kind)
        self.masked = self.masked[:start] + MASK * (end - start) + self.masked[end:]

    def take_all(self, pattern: re.Pattern[str], kind: str | None, group: int = 0) -> None:
        for match in list(pattern.finditer(self.masked)):
            self.take(match.start(group), match.end(group), kind)

    def take_either(self, pattern: re.Pattern[str], kind: str | None) -> None:
        """``take_all`` for a pattern of alternatives, each with its value in its own group:
        the first group that holds text."""
        for match in list(pattern.finditer(self.masked)):
            group = next(g for g in range(1, pattern.groups + 1) if match.group(g))
            self.take(match.start(group), match.end(group), kind)


def placeholder(kind: str) -> str:
    return f"[{kind}]"


def render(text: str, found: list[Found]) -> tuple[str, dict[str, int]]:
    """``text`` with every found span replaced by its placeholder, and the counts per kind."""
    pieces: list[str] = []
    counts: dict[str, int] = {}
    pos = 0
    for item in sorted(found):
        if item.start < pos:
            continue  # rules mask what they take, so this only guards against a slip
        pieces.append(text[pos : item.start])
        pieces.append(placeholder(item.kind))
        counts[item.kind] = counts.get(item.kind, 0) + 1
        pos = item.end
    pieces.append(text[pos:])
    return "".join(pieces), counts
