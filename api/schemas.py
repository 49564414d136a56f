"""Request bodies of the API, each with an example for the OpenAPI document."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


def example(value: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [value]})


class RecordIn(BaseModel):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{"id": "T-1001"}]})

    id: str | int | None = None
    text: str | None = None
    created_at: str | None = None
    rating: float | str | None = None
    source_type: str | None = None


class RecordsIn(BaseModel):
    model_config = example(
        {
            "records": [
                {
                    "id": "T-1001",
                    "text": "Mijn pakket is al een week te laat en niemand reageert.",
                    "created_at": "2026-11-03",
                    "rating": 1,
                    "source_type": "ticket",
                }
            ]
        }
    )

    records: list[dict[str, Any]] = Field(min_length=1, max_length=50_000)


class CorrectionIn(BaseModel):
    model_config = example({"phase": "delivery", "emotion": "frustration"})

    phase: str = Field(min_length=1, max_length=64)
    emotion: str = Field(min_length=1, max_length=64)
    who: str | None = Field(default=None, max_length=128)


class ClassifyItem(BaseModel):
    id: str | int
    text: str = Field(max_length=20_000)
    rating: float | None = Field(default=None, ge=0, le=10, description="stars (0-5) or 0-10")


class ClassifyIn(BaseModel):
    model_config = example(
        {"items": [{"id": "1", "text": "The refund still has not arrived", "rating": 1}]}
    )

    items: list[ClassifyItem] = Field(max_length=1000)


class TagJobIn(BaseModel):
    model_config = example({"only_untagged": True, "classifier": "auto"})

    only_untagged: bool = False
    classifier: Literal["auto", "local", "llm"] = "auto"


class AuditIn(BaseModel):
    model_config = example({"lang": "nl"})

    lang: Literal["nl", "en"] | None = None


class MessageIn(BaseModel):
    model_config = example({"text": "Minder afgebroken bestellingen bij het afrekenen"})

    text: str = Field(min_length=1, max_length=4000)


class BacklogIn(BaseModel):
    model_config = example({"from": "data", "period": "90d", "rank_by": "rice", "lang": "en"})

    source: Literal["data", "audit"] = Field(default="data", alias="from")
    audit_id: str | None = None
    period: str = "90d"
    rank_by: Literal["rice", "quadrant", "formula"] | None = None
    lang: Literal["nl", "en"] = "en"


class FixEdit(BaseModel):
    model_config = example({"impact": 4, "effort": 2, "owner": "Webshop team"})

    impact: int | None = Field(default=None, ge=1, le=5)
    effort: int | None = Field(default=None, ge=1, le=5)
    confidence: float | str | None = None
    reach: int | None = Field(default=None, ge=0)
    owner: str | None = Field(default=None, max_length=200)
    due: date | None = None
    kpi: str | None = Field(default=None, max_length=200)
