"""Conversations: plain-text chat transcripts, Zendesk ticket exports, Intercom exports."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from assistant.ingest.jsonscan import iter_json_objects, iter_jsonl
from assistant.ingest.raw import RawItem
from assistant.models import Reject, Speaker, Turn

ParseResult = Iterator[RawItem | Reject]

CUSTOMER_NAMES = frozenset(
    """klant customer client user gebruiker bezoeker visitor consument consumer koper buyer
    reiziger passenger member lid""".split()
)
AGENT_NAMES = frozenset(
    """agent medewerker support operator employee klantenservice service helpdesk team
    servicedesk adviseur advisor staff admin""".split()
)
BOT_NAMES = frozenset(["bot", "chatbot", "assistent", "assistant", "virtual_assistant"])

_META = re.compile(r"^#\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_TURN = re.compile(
    r"^\s*(?:\[(?P<time>[^\]]{1,25})\]\s*)?"
    r"(?:(?P<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}),?\s+(?P<clock>\d{1,2}:\d{2})\s*-\s*)?"
    r"(?P<speaker>[^\s:\[\]#][^:\[\]]{0,38}?)\s*:\s+(?P<text>.*)$"
)


def speaker_role(name: str, customer_name: str | None) -> Speaker:
    key = name.strip().lower()
    first = key.split()[0] if key else key
    if key in BOT_NAMES or first in BOT_NAMES:
        return "bot"
    if key in AGENT_NAMES or first in AGENT_NAMES:
        return "agent"
    if key in CUSTOMER_NAMES or first in CUSTOMER_NAMES:
        return "customer"
    if customer_name is None or key == customer_name:
        return "customer"
    return "agent"


def _is_role_name(name: str) -> bool:
    key = name.strip().lower()
    first = key.split()[0] if key else key
    return any(
        k in names for names in (BOT_NAMES, AGENT_NAMES, CUSTOMER_NAMES) for k in (key, first)
    )


def parse_chat_text(text: str, file: str) -> ParseResult:
    """Speaker-prefixed lines; conversations separated by a line '---'; '# key: value' metadata."""
    block: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip() == "---":
            if block:
                yield _chat_block(block, file)
            block = []
        else:
            block.append((number, line))
    if any(line.strip() for _, line in block):
        yield _chat_block(block, file)


def _chat_block(block: list[tuple[int, str]], file: str) -> RawItem | Reject:
    lines = [(n, line) for n, line in block if line.strip()]
    if not lines:
        return Reject(file=file, line=block[0][0], reason="empty conversation")
    start = lines[0][0]
    meta: dict[str, str] = {}
    turns: list[Turn] = []
    customer_name: str | None = None
    stray: int | None = None
    day = None
    for number, line in lines:
        meta_match = _META.match(line)
        if meta_match and not turns:
            meta[meta_match.group(1).lower()] = meta_match.group(2).strip()
            if meta_match.group(1).lower() == "date":
                day = _date_part(meta_match.group(2))
            continue
        turn_match = _TURN.match(line)
        seen = {t.name.lower() for t in turns}
        known_speaker = turn_match is not None and (
            _is_role_name(turn_match.group("speaker"))
            or turn_match.group("speaker").strip().lower() in seen
            or len(seen) < 2
        )
        if turn_match and known_speaker:
            name = turn_match.group("speaker").strip()
            role = speaker_role(name, customer_name)
            if role == "customer" and customer_name is None:
                customer_name = name.lower()
            time = _turn_time(
                turn_match.group("time") or turn_match.group("clock"), turn_match.group("date"), day
            )
            turns.append(
                Turn(speaker=role, name=name, text=turn_match.group("text").strip(), time=time)
            )
        elif turns:
            turns[-1].text = f"{turns[-1].text}\n{line.strip()}"
        elif stray is None:
            stray = number
    if not turns:
        where = stray or start
        return Reject(
            file=file,
            line=where,
            reason="no speaker lines found (expected lines like 'Klant: message')",
        )
    customer_text = "\n".join(t.text for t in turns if t.speaker == "customer" and t.text)
    created = meta.pop("date", None) or (turns[0].time.isoformat() if turns[0].time else None)
    return RawItem(
        file=file,
        line=start,
        text=customer_text,
        turns=turns,
        created_at=created,
        external_id=meta.pop("id", ""),
        customer=meta.pop("customer", None) or customer_name,
        channel=meta.pop("channel", "chat"),
        source_type="chat",
        metadata=meta,
    )


def _date_part(value: str) -> str | None:
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    return match.group(1) if match else None


def _turn_time(clock: str | None, date: str | None, day: str | None) -> datetime | None:
    if not clock:
        return None
    clock = clock.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(:\d{2})?", clock):
            return datetime.fromisoformat(clock.replace(" ", "T"))
        if not re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", clock):
            return None
        if date:
            d, m, y = re.split(r"[-/.]", date)
            year = int(y) + 2000 if len(y) == 2 else int(y)
            return datetime.fromisoformat(f"{year:04d}-{int(m):02d}-{int(d):02d}T{clock:0>5}")
        if day:
            return datetime.fromisoformat(f"{day}T{clock:0>5}")
    except ValueError:
        return None
    return None


# --- Zendesk -------------------------------------------------------------------------------


def parse_zendesk(text: str, file: str, *, lines: bool = False) -> ParseResult:
    source = iter_jsonl(text, file) if lines else iter_json_objects(text, file)
    for entry in source:
        if isinstance(entry, Reject):
            yield entry
        else:
            yield _zendesk_ticket(entry[0], entry[1], file)


def _zendesk_ticket(ticket: dict[str, Any], line: int, file: str) -> RawItem | Reject:
    if not isinstance(ticket.get("comments", []), list):
        return Reject(file=file, line=line, reason="'comments' is not a list")
    requester = ticket.get("requester") or {}
    requester_id = ticket.get("requester_id") or (
        requester.get("id") if isinstance(requester, dict) else None
    )
    turns: list[Turn] = []
    for comment in ticket.get("comments") or []:
        if not isinstance(comment, dict) or comment.get("public") is False:
            continue
        body = str(comment.get("plain_body") or comment.get("body") or "").strip()
        if not body:
            continue
        role_name = str(comment.get("author_role") or "")
        if role_name in ("end-user", "end_user", "requester", "customer") or (
            requester_id is not None and comment.get("author_id") == requester_id
        ):
            role: Speaker = "customer"
        else:
            role = "agent"
        turns.append(
            Turn(
                speaker=role,
                name=role_name or role,
                text=body,
                time=_parse_any_time(comment.get("created_at")),
            )
        )
    description = str(ticket.get("description") or "").strip()
    customer_texts = [t.text for t in turns if t.speaker == "customer"]
    if description and description not in customer_texts:
        customer_texts.insert(0, description)
    via = ticket.get("via") or {}
    satisfaction = ticket.get("satisfaction_rating") or {}
    customer = None
    if isinstance(requester, dict):
        customer = requester.get("email") or requester.get("name")
    customer = customer or (str(requester_id) if requester_id is not None else None)
    metadata = {
        key: ticket[key]
        for key in ("status", "priority", "tags", "type", "group_id", "brand_id")
        if ticket.get(key) not in (None, "", [])
    }
    if isinstance(satisfaction, dict) and satisfaction.get("score"):
        metadata["satisfaction"] = satisfaction["score"]
    return RawItem(
        file=file,
        line=line,
        text="\n".join(customer_texts),
        title=str(ticket.get("subject") or "").strip(),
        turns=turns,
        created_at=ticket.get("created_at"),
        external_id=str(ticket.get("id") or ""),
        customer=customer,
        channel=str(via.get("channel") or "") if isinstance(via, dict) else "",
        source_type="ticket",
        metadata=metadata,
    )


# --- Intercom ------------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<\s*(br|/p|/div|/li)\s*/?>", re.IGNORECASE)


def strip_html(value: str) -> str:
    text = _TAG.sub("", _BREAK.sub("\n", value))
    return "\n".join(line.strip() for line in html.unescape(text).split("\n") if line.strip())


def parse_intercom(text: str, file: str, *, lines: bool = False) -> ParseResult:
    source = iter_jsonl(text, file) if lines else iter_json_objects(text, file)
    for entry in source:
        if isinstance(entry, Reject):
            yield entry
        else:
            yield _intercom_conversation(entry[0], entry[1], file)


def _intercom_role(author: Any) -> Speaker:
    kind = str(author.get("type") if isinstance(author, dict) else "").lower()
    if kind in ("user", "lead", "contact"):
        return "customer"
    if kind == "bot":
        return "bot"
    return "agent"


def _intercom_conversation(conv: dict[str, Any], line: int, file: str) -> RawItem | Reject:
    source = conv.get("source") or {}
    if not isinstance(source, dict):
        return Reject(file=file, line=line, reason="'source' is not an object")
    turns: list[Turn] = []
    first = strip_html(str(source.get("body") or ""))
    author = source.get("author") or {}
    if first:
        turns.append(
            Turn(
                speaker=_intercom_role(author),
                name=str(author.get("name") or ""),
                text=first,
                time=_parse_any_time(conv.get("created_at")),
            )
        )
    parts = conv.get("conversation_parts") or {}
    if isinstance(parts, dict):
        parts = parts.get("conversation_parts") or []
    for part in parts if isinstance(parts, list) else []:
        if not isinstance(part, dict):
            continue
        body = strip_html(str(part.get("body") or ""))
        if not body:
            continue
        part_author = part.get("author") or {}
        turns.append(
            Turn(
                speaker=_intercom_role(part_author),
                name=str(part_author.get("name") or ""),
                text=body,
                time=_parse_any_time(part.get("created_at")),
            )
        )
    rating = conv.get("conversation_rating") or {}
    customer = author.get("email") or author.get("id") if isinstance(author, dict) else None
    metadata: dict[str, Any] = {}
    tags = conv.get("tags")
    if isinstance(tags, dict):
        tags = [t.get("name") for t in tags.get("tags", []) if isinstance(t, dict)]
    if tags:
        metadata["tags"] = tags
    if conv.get("state"):
        metadata["state"] = conv["state"]
    return RawItem(
        file=file,
        line=line,
        text="\n".join(t.text for t in turns if t.speaker == "customer"),
        title=strip_html(str(source.get("subject") or "")),
        turns=turns,
        created_at=conv.get("created_at"),
        rating=rating.get("rating") if isinstance(rating, dict) else None,
        external_id=str(conv.get("id") or ""),
        customer=None if customer is None else str(customer),
        channel=str(source.get("delivered_as") or source.get("type") or "intercom"),
        source_type="chat",
        metadata=metadata,
    )


def _parse_any_time(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, tz=UTC)
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
