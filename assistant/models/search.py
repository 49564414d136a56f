"""What a search asks for and what it finds."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class SearchFilters(BaseModel):
    phase: str | None = None
    emotion: str | None = None
    source_type: str | None = None
    language: str | None = None
    since: datetime | None = None


class SearchHit(BaseModel):
    record_id: str
    text: str
    source_type: str
    channel: str = ""
    external_id: str = ""
    created_at: datetime | None = None
    language: str = "other"
    score: float
    keyword_rank: int | None = None
    vector_rank: int | None = None
    phase: str | None = None
    emotion: str | None = None
