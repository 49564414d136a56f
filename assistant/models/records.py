"""What ingest produces and the store keeps: records, their turns, and the ingest report."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field


def epoch_seconds(value: datetime | None) -> int:
    """Unix seconds; naive datetimes are UTC (as every stored date is). None gives -1."""
    if value is None:
        return -1
    return int((value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp())


SourceType = Literal["review", "chat", "ticket", "survey"]
SOURCE_TYPES: tuple[str, ...] = ("review", "chat", "ticket", "survey")
Language = Literal["nl", "en", "other"]
Speaker = Literal["customer", "agent", "bot"]


class Turn(BaseModel):
    """One message in a conversation (chat or ticket comment)."""

    speaker: Speaker
    name: str = ""
    text: str
    time: datetime | None = None


class Record(BaseModel):
    """One thing a customer wrote, normalised, redacted and ready to store."""

    id: str
    workspace: str
    source_type: SourceType
    channel: str = ""
    external_id: str = ""
    text: str
    turns: list[Turn] = Field(default_factory=list)
    created_at: datetime | None = None
    rating: float | None = None
    language: Language = "other"
    customer_ref: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    content_hash: str
    source_file: str = ""
    source_line: int | None = None


class Reject(BaseModel):
    """A row that could not be used, with where it was and why."""

    file: str
    line: int | None
    reason: str


class IngestReport(BaseModel):
    """What an ingest did. Invariant: read == stored + duplicates + rejected."""

    workspace: str
    dry_run: bool = False
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    rejects: list[Reject] = Field(default_factory=list)
    redactions: dict[str, int] = Field(default_factory=dict)
    by_source: dict[str, int] = Field(default_factory=dict)
    by_language: dict[str, int] = Field(default_factory=dict)
    files: list[str] = Field(default_factory=list)
    seconds: float = 0.0

    def balanced(self) -> bool:
        return self.read == self.stored + self.duplicates + self.rejected
