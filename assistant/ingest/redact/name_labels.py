"""Names known by the line they stand on rather than by the words around them: a name typed
in capitals after a name label ("Name on card: LUCIA FERNANDEZ PRIETO"), and the speaker
lines of a copied chat, a name and the time ("Dominika 10:14")."""

from __future__ import annotations

import re
from collections import Counter

from assistant.ingest.redact.name_lists import PARTICLES, ROLES, NameLists
from assistant.ingest.redact.scan import Scan

_CAPS_AFTER_LABEL = re.compile(
    r"^[ \t]*(?i:name on (?:the )?card|card ?holder|kaarthouder|naam op (?:de )?(?:kaart|pas)"
    r"|naam|name|full name|nom|nombre|titular|account ?holder|rekeninghouder)[ \t]*:[ \t]*"
    r"([A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: (?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+|[A-Z]\.|[a-z]{1,3}))+)[ \t]*$",  # "J."
    re.MULTILINE,
)
# a speaker line of a copied chat: the name, then the time, alone on the line
_TIMED_LABEL = re.compile(
    r"^[ \t]*([A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+)?)[ \t]+\[?\d{1,2}[:.]\d{2}\]?[ \t]*$",
    re.MULTILINE,
)


def take_label_names(scan: Scan, lists: NameLists) -> None:
    """Names in capitals after a name label, and chat speakers shown with the time: a listed
    given name, or any name that speaks twice (not a role or a common word)."""
    if ":" in scan.masked:
        for match in list(_CAPS_AFTER_LABEL.finditer(scan.masked)):
            words = [
                w.lower()
                for w in match.group(1).split()
                if w.lower() not in PARTICLES and w[-1] != "."
            ]
            # a surname may be a word ("PIETER DE GROOT"), a filler is all words ("NOT GIVEN")
            if not any(w in ROLES for w in words) and not all(w in lists.common for w in words):
                scan.take(match.start(1), match.end(1), "NAME")
    labels = list(_TIMED_LABEL.finditer(scan.masked))
    if not labels:
        return
    seen = Counter(m.group(1) for m in labels)
    for match in labels:
        name = match.group(1)
        first = name.split()[0]
        if first.lower() in ROLES or first.lower() in lists.common:
            continue  # "Support 10:15", "Today 09:30"
        if seen[name] >= 2 or first in lists.first:
            scan.take(match.start(1), match.end(1), "NAME")
