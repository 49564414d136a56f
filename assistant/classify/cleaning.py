"""What the local classifier reads of a text: the customer's own words, without what carries no
meaning for a tag.

Handles, links, quoted earlier replies, mail signatures, redaction placeholders and an
agent's chat turns steer an embedding without saying anything about the customer's phase or
emotion ("@VirginAmerica" pulls a tweet towards travel, "Sent from my iPhone" towards
nothing at all). Pure functions; the same cleaning is applied to the training examples and
to what is tagged, so both are read the same way.
"""

from __future__ import annotations

import re

# part of the local model's fingerprint: bump when the cleaning changes what training reads
CLEANING_VERSION = 2

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@\w{1,30}")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# every redaction placeholder ([NAME], [EMAIL], [BIRTH_DATE], ...) and CFPB-style XXXX
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]{1,19}\]|\b(?:XX+/?)+\b")
# the start of a quoted earlier message: everything from here on is not the customer's new text
_QUOTE_START = re.compile(
    r"^\s*(?:On .{4,80} wrote:|Op .{4,80} (?:schreef|heeft) .{0,60}:|"
    r"-{2,} ?(?:Original Message|Oorspronkelijk bericht|Forwarded message|Doorgestuurd bericht)"
    r".*|From: .+|Van: .+)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE = re.compile(
    r"^\s*(?:Sent from my \w+.*|Verzonden (?:vanaf|met) mijn \w+.*|Get Outlook for \w+.*|--\s*)$",
    re.IGNORECASE | re.MULTILINE,
)
_AGENT_TURN = re.compile(
    r"^\s*(?:\[[\d:. ]+\]\s*)?(?:agent|medewerker|employee|support|advisor|adviseur|"
    r"klantenservice|customer service|rep|bot|chatbot)(?: \S{1,20})?\s*:",
    re.IGNORECASE,
)
_CUSTOMER_TURN = re.compile(
    r"^\s*(?:\[[\d:. ]+\]\s*)?(?:customer|klant|client|me|ik|user|gebruiker)(?: \S{1,20})?\s*:",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t]+")


def _without_quoted_reply(text: str) -> str:
    match = _QUOTE_START.search(text)
    if match and match.start() > 0:
        text = text[: match.start()]
    signature = _SIGNATURE.search(text)
    if signature and signature.start() > 0:
        text = text[: signature.start()]
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _customer_turns(text: str) -> str:
    """A transcript with customer and agent turns: only the customer's (labels dropped)."""
    lines = text.splitlines()
    if not any(_CUSTOMER_TURN.match(x) for x in lines) or not any(
        _AGENT_TURN.match(x) for x in lines
    ):
        return text
    keep: list[str] = []
    speaking = True
    for line in lines:
        if _AGENT_TURN.match(line):  # first: "Customer service:" is the agent
            speaking = False
            continue
        customer = _CUSTOMER_TURN.match(line)
        if customer:
            speaking = True
            line = line[customer.end() :]
        if speaking:
            keep.append(line)
    return "\n".join(keep)


def tagging_text(text: str) -> str:
    """The part of ``text`` a tag should be decided on; an empty string when nothing is left
    (a bare link, only handles)."""
    text = _without_quoted_reply(text)
    text = _customer_turns(text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _HASHTAG.sub(lambda m: _CAMEL.sub(" ", m.group(1)), text)
    text = _PLACEHOLDER.sub(" ", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
