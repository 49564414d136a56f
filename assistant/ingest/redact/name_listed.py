"""Names written where a list or a sign holds them: the name on a doorbell, a letterbox or a
name plate, in quotes ('bell "Claes–Van Dam"', '"Jansen" on the doorbell'), and the children
listed after a plural label ("Kinderen: Fleur (BSN ...) en Daan", "Children (ages): Oliver 7,
Sophie 4"). Only words the name lists know count, so a product in quotes ('doorbell "Nest
Hello"') and a label's other use ("Kids: Max 4 per room") stay."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_lists import PARTICLES, ROLES, NameLists
from assistant.ingest.redact.scan import MASK, Scan
from assistant.ingest.redact.table_columns import line_cells

# (the Dutch "bel" in lower case only: "Bel "Philips" support" calls a firm)
_SIGN = (
    r"(?:(?i:door ?bell|bell|buzzer|intercom|letter ?box|mailbox|deurbel|brievenbus"
    r"|naambordje|name ?plate)|bel)"
)
_QUOTED_ON_SIGN = re.compile(
    r"\b" + _SIGN + r"(?: (?i:(?:just |only |that |which )?(?:says|said|reads|shows|zegt|toont"
    r"|staat|is|marked|labell?ed)|name|naam|label))?[ ,:]*['\"“‘]"
    r"([^'\"”’\n\d]{2,40})['\"”’]"
    # or before it: '"Jansen" on the doorbell', '"De Vries" op de bel', "has 'Peeters' on it"
    r"|['\"“‘]([^'\"”’\n\d]{2,40})['\"”’] (?i:on|op) (?i:the|de|het|our|onze) " + _SIGN + r"\b"
    r"|\b" + _SIGN + r" (?i:has|heeft) ['\"“‘]([^'\"”’\n\d]{2,40})['\"”’] (?i:on it|erop)\b"
)
_NAME_PART = re.compile(r"[^\W\d_][\w'’.]*")
_HOUSEHOLD = frozenset(("fam", "fam.", "familie", "family", "gezin"))

# (at a line's start or after a sentence: "Household: 2 adults. Children: Mila 9, Sem 7.";
# after a colon or a dash: "Kids - Oliver 7, Sophie 4")
_CHILDREN_LABEL = re.compile(
    r"(?:^[ \t]*(?:[-*•][ \t]*)?|(?<=[.;]) )(?i:kinderen|children|kids|dependants|dependents"
    r"|sons|daughters|zonen|dochters)(?: \([^)\n]{1,20}\))?(?:[ \t]*:|[ \t]+[-–])[ \t]*",
    re.MULTILINE,
)
_CHILD_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# what may stand before a child's name in the list, and after it
_LIST_BEFORE = re.compile(r"(?:^|, ?|;\s*| (?i:en|and|&) |\) (?i:en|and|&) |\), ?)$")
_LIST_AFTER = re.compile(
    r"(?:[ \t]*(?:,|;|\(|\.?$| (?i:en|and|&) )|[ \t]+\d{1,2}(?:[ \t]*(?i:jaar|years?|yrs?|y|j)\b)?"
    r"[ \t]*(?:,|;|\.?$| (?i:en|and|&) ))",
    re.MULTILINE,
)


def _listed_name(words: list[str], lists: NameLists) -> bool:
    """Capitalised words and particles, one listed as a given name or a surname, and none a
    common word the lists do not hold as a name ("Video", "Hello")."""
    listed = False
    for word in words:
        if word.lower() in PARTICLES or word.lower() in _HOUSEHOLD:
            continue
        if not word[0].isupper():
            return False
        known = word in lists.first or word in lists.surnames
        if not known and (word.lower() in lists.common or word in lists.not_words):
            return False
        listed = listed or known
    return listed


def take_sign_names(scan: Scan, lists: NameLists) -> None:
    """The name on a doorbell, a letterbox or a name plate, in quotes."""
    for match in list(_QUOTED_ON_SIGN.finditer(scan.masked)):
        group = next(g for g in (1, 2, 3) if match.group(g))
        value = match.group(group)
        if MASK in value or not _listed_name(_NAME_PART.findall(value), lists):
            continue
        # "Fam. Jansen": the family's name only
        first = next(
            part.start()
            for part in _NAME_PART.finditer(value)
            if part.group().lower() not in _HOUSEHOLD
        )
        scan.take(match.start(group) + first, match.end(group), "NAME")


def take_child_lists(scan: Scan, lists: NameLists) -> None:
    """Given names listed after a plural label for children: two of them at least, or one
    with an aside in brackets ("Kinderen: Fleur (BSN ...)"), so a shop's "Kids: Jordan 4, Air
    Max 90" stays."""
    for label in list(_CHILDREN_LABEL.finditer(scan.masked)):
        line_end = scan.masked.find("\n", label.end())
        line_end = len(scan.masked) if line_end < 0 else line_end
        names = [
            word
            for word in _CHILD_WORD.finditer(scan.masked, label.end(), line_end)
            if _given_name(word.group(), lists)
            and (
                word.start() == label.end()
                or _LIST_BEFORE.search(scan.masked, label.end(), word.start())
            )
            and _LIST_AFTER.match(scan.masked, word.end())
        ]
        if len(names) >= 2 or (names and scan.masked.startswith(" (", names[0].end())):
            for word in names:
                scan.take(word.start(), word.end(), "NAME")


def _given_name(text: str, lists: NameLists) -> bool:
    """A listed given name as a list writes it: "Fleur", "fleur", "OLIVER", "Ava-Rose"."""
    if "-" in text:
        return any(_given_name(part, lists) for part in text.split("-") if part)
    if text[0].isupper() and not text.isupper():
        return text in lists.first
    return text.capitalize() in lists.first and text.lower() not in lists.common


# a list's rows, their cells set off by dashes or bars: "App. 3 – Lindström – XR-12-PB"
_CELL_SEPARATOR = re.compile(r" [–—|-] ")
_DIGIT_OR_MASK = re.compile(r"[\d" + MASK + r"]")
_CELL_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}")


def take_column_names(scan: Scan, lists: NameLists) -> None:
    """The rest of a list's column where other rows hold names: of three rows or more with the
    same number of cells, when two at least of a column's cells are names taken, a cell of
    one to three capitalised words, no common one, that the name lists know is a name too; a
    word they lack only when three cells at least are names ("App. 3 – Lindström – ...", beside
    "App. 2 – [NAME] – ..."; not "Wo | Ruurlo | Zutphen" under two people)."""
    rows: list[list[tuple[int, int]]] = []
    pos = 0
    for line in scan.masked.split("\n"):
        row = [(pos + a, pos + b) for a, b in line_cells(line, _CELL_SEPARATOR)]
        rows.append(row if len(row) >= 3 else [])
        pos += len(line) + 1
    for block in _blocks(rows):
        if not any(_DIGIT_OR_MASK.search(scan.masked, a, b) for a, b in block[0]):
            block = block[1:]  # a header's labels: "Bus | Kenteken | Bestuurder"
        for column in range(len(block[0])):
            spans = [row[column] for row in block]
            taken = sum(_named(scan, a, b) for a, b in spans)
            if taken < 2:
                continue
            for a, b in spans:
                cell = scan.masked[a:b].strip()
                words = cell.split()
                if (
                    _CELL_NAME.fullmatch(cell)
                    and not any(
                        w.lower() in lists.common or w in lists.not_words or w.lower() in ROLES
                        for w in words
                    )
                    and (taken >= 3 or any(w in lists.first or w in lists.surnames for w in words))
                ):
                    start = a + scan.masked[a:b].index(cell)
                    scan.take(start, start + len(cell), "NAME")


def _named(scan: Scan, start: int, end: int) -> bool:
    """A cell whose words were all taken as names (a particle may stand before: "De
    [NAME]"); a plate or a phone taken there is no name."""
    cell = scan.masked[start:end]
    words = cell.split()
    if not words or not all(MASK in w or w.lower() in PARTICLES for w in words):
        return False
    names = [f for f in scan.found if f.kind == "NAME" and start <= f.start and f.end <= end]
    covered = sum(f.end - f.start for f in names)
    return covered > 0 and covered == cell.count(MASK)


def _blocks(rows: list[list[tuple[int, int]]]) -> list[list[list[tuple[int, int]]]]:
    """Runs of three rows or more in a row with the same number of cells."""
    blocks: list[list[list[tuple[int, int]]]] = []
    current: list[list[tuple[int, int]]] = []
    for row in [*rows, []]:
        if row and (not current or len(row) == len(current[0])):
            current.append(row)
            continue
        if len(current) >= 3:
            blocks.append(current)
        current = [row] if row else []
    return blocks
