"""What a parser hands on: one raw item with its place in the file, before normalisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.models import Turn

FIELDS = (
    "text",
    "title",
    "created_at",
    "rating",
    "external_id",
    "customer",
    "channel",
    "source_type",
)

# Column / key names recognised for each field, compared after normalising to snake_case.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "message",
        "review",
        "review_text",
        "reviewtext",
        "comment",
        "comments",
        "content",
        "tekst",
        "bericht",
        "opmerking",
        "description",
        "feedback",
        "omschrijving",
        "answer",
        "antwoord",
        "toelichting",
        "verbatim",
        "message_body",
    ),
    "title": ("title", "subject", "titel", "onderwerp", "summary", "headline", "review_title"),
    "created_at": (
        "created_at",
        "date",
        "created",
        "timestamp",
        "datum",
        "time",
        "submitted_at",
        "datetime",
        "created_on",
        "creation_date",
        "aangemaakt",
        "review_date",
        "sent_at",
    ),
    "rating": (
        "rating",
        "score",
        "stars",
        "cijfer",
        "sterren",
        "review_rating",
        "nps",
        "beoordeling",
    ),
    "external_id": (
        "id",
        "review_id",
        "ticket_id",
        "item_id",
        "conversation_id",
        "message_id",
        "nummer",
        "ticketnummer",
        "record_id",
    ),
    "customer": (
        "customer",
        "customer_id",
        "email",
        "author",
        "name",
        "requester",
        "klant",
        "user",
        "user_id",
        "reviewer",
        "customer_email",
        "naam",
        "requester_id",
    ),
    "channel": ("channel", "kanaal", "via", "source", "platform"),
    "source_type": ("source_type", "type", "bron"),
}


def normalise_key(key: str) -> str:
    return "_".join(key.strip().lower().replace("-", " ").split())


@dataclass
class RawItem:
    """An item as found in a file; values are still strings or raw JSON values."""

    file: str
    line: int | None
    text: str = ""
    title: str = ""
    turns: list[Turn] = field(default_factory=list)
    created_at: Any = None
    rating: Any = None
    external_id: str = ""
    customer: str | None = None
    channel: str = ""
    source_type: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
