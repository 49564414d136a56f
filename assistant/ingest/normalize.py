"""Turn a raw item into a Record: check values, redact personal data, detect language, hash."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from assistant.ingest.language import detect_language
from assistant.ingest.raw import RawItem
from assistant.ingest.redact import redact
from assistant.models import SOURCE_TYPES, Record, Reject, SourceType, Turn

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?$")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?$")


class Rejected(ValueError):
    """A value in a raw item that makes it unusable; the message is the reason."""


def parse_datetime(value: Any) -> datetime | None:
    """Read the date formats exports use; naive results are kept, aware ones become naive UTC."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        number = float(value)
        if number > 1e11:  # milliseconds
            number /= 1000
        if not 0 < number < 4e9:
            raise Rejected(f"cannot read the date {value!r}")
        return datetime.fromtimestamp(number, tz=UTC).replace(tzinfo=None)
    else:
        text = str(value).strip()
        parsed_or_none = _parse_date_text(text)
        if parsed_or_none is None:
            raise Rejected(f"cannot read the date {text!r} (use YYYY-MM-DD or ISO 8601)")
        parsed = parsed_or_none
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _parse_date_text(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for pattern, order in ((_DMY, (3, 2, 1)), (_YMD_SLASH, (1, 2, 3))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            clock = match.group(4) or "00:00"
            try:
                return datetime.fromisoformat(f"{year:04d}-{month:02d}-{day:02d}T{clock:0>5}")
            except ValueError:
                return None
    return None


def parse_rating(value: Any) -> float | None:
    """Ratings 0..10 ('4', '4,5', '★★★★'); a fraction is read as stars out of five
    ('4/5' -> 4, '3/10' -> 1.5, '80/100' -> 4), so that a value up to 5 always means stars
    (what the classifier's rating signal assumes); anything else is a reject."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise Rejected(f"cannot read the rating {value!r}")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip()
        if text and set(text) <= {"★", "☆", "*"}:
            return float(text.count("★") + text.count("*"))
        head, _, scale = (part.strip().replace(",", ".") for part in text.partition("/"))
        try:
            number = float(head)
            top = float(scale) if scale else None
        except ValueError:
            raise Rejected(f"cannot read the rating {value!r} (expected a number)") from None
        if top is not None:
            if not 0 <= number <= top or top <= 0:
                raise Rejected(f"rating {value!r} is outside its own scale (0 to {scale})")
            number = round(number / top * 5, 2)
    if not 0 <= number <= 10:
        raise Rejected(f"rating {value!r} is out of range (0 to 10)")
    return number


def customer_ref(customer: str | None, salt: str) -> str | None:
    if not customer:
        return None
    digest = hashlib.sha256(f"{salt}\x1f{customer.strip().lower()}".encode())
    return "c_" + digest.hexdigest()[:16]


def content_hash(source_type: str, external_id: str, created: datetime | None, text: str) -> str:
    key = "\x1f".join((source_type, external_id, created.isoformat() if created else "", text))
    return hashlib.sha256(key.encode()).hexdigest()


def record_id(workspace: str, digest: str) -> str:
    return "r" + hashlib.sha1(f"{workspace}\x1f{digest}".encode()).hexdigest()[:15]


class Normaliser:
    """Stateless per item; keeps running redaction counts for the report."""

    def __init__(
        self,
        workspace: str,
        *,
        default_source_type: str | None,
        forced_source_type: str | None = None,
        redact_pii: bool = True,
        salt: str = "journey-audit",
    ) -> None:
        self.workspace = workspace
        self.default_source_type = default_source_type
        self.forced_source_type = forced_source_type
        self.redact_pii = redact_pii
        self.salt = salt
        # placeholders put in, per record built (a rejected row's are dropped with it)
        self.redactions: dict[str, Counter[str]] = {}
        self._row: Counter[str] = Counter()

    def _clean(self, text: str) -> str:
        if not self.redact_pii or not text:
            return text
        try:
            result = redact(text)
        except Exception as exc:  # a redactor bug must not stop the import nor store the text
            raise Rejected(
                f"personal data could not be redacted ({type(exc).__name__}), so the row was not"
                " stored; please report this row"
            ) from exc
        self._row.update(result.counts)
        return result.text

    def _name(self, name: str) -> str:
        """A speaker's name (customer or agent) is personal data: kept only as [NAME]."""
        if not self.redact_pii or not name.strip():
            return name
        self._row["NAME"] += 1
        return "[NAME]"

    def __call__(self, raw: RawItem) -> Record | Reject:
        self._row = Counter()
        try:
            record = self._build(raw)
        except Rejected as exc:
            return Reject(file=raw.file, line=raw.line, reason=str(exc))
        self.redactions[record.id] = self._row
        return record

    def _source_type(self, raw: RawItem) -> SourceType:
        # a "channel" column that names a kind ("chat", "review") says it too, when no "type"
        # column does: "text,channel,date" with "...,chat,2026-11-01"
        candidates = (
            self.forced_source_type,
            raw.source_type,
            raw.channel,
            self.default_source_type,
        )
        for candidate in candidates:
            if candidate and candidate.lower() in SOURCE_TYPES:
                return candidate.lower()  # type: ignore[return-value]
        if raw.rating not in (None, ""):
            return "review"
        return "ticket"

    def _build(self, raw: RawItem) -> Record:
        body = raw.text.strip()
        title = raw.title.strip()
        if not body and not title:
            raise Rejected("empty text: nothing the customer wrote was found in this item")
        text = body if not title or body.startswith(title) else f"{title}\n{body}".strip()
        text = self._clean(text)
        created = parse_datetime(raw.created_at)
        rating = parse_rating(raw.rating)
        source_type = self._source_type(raw)
        metadata = dict(raw.metadata)
        if raw.source_type and raw.source_type.lower() not in SOURCE_TYPES:
            metadata["original_type"] = raw.source_type
        if title:
            metadata["title"] = self._clean(title)
        metadata = {k: self._clean(v) if isinstance(v, str) else v for k, v in metadata.items()}
        turns = [
            Turn(
                speaker=t.speaker,
                name=self._name(t.name),
                text=self._clean(t.text),
                time=_naive(t.time),
            )
            for t in raw.turns
        ]
        digest = content_hash(source_type, raw.external_id, created, text)
        return Record(
            id=record_id(self.workspace, digest),
            workspace=self.workspace,
            source_type=source_type,
            channel=raw.channel or source_type,
            external_id=raw.external_id,
            text=text,
            turns=turns,
            created_at=created,
            rating=rating,
            language=detect_language(text),
            customer_ref=customer_ref(raw.customer, self.salt),
            metadata=metadata,
            content_hash=digest,
            source_file=raw.file,
            source_line=raw.line,
        )


def _naive(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value
