"""Small helpers shared by the tests (tests/ is on sys.path under pytest)."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.services import Services


def texts_of(services: Services, workspace: str) -> list[tuple[str, str]]:
    """(id, text) of every stored record, by id."""
    return [(row[0], row[1]) for row in services.records.index_rows(workspace)]


# one text per journey7 phase (and both languages): what the tagging tests ingest
TAGGING_TEXTS = [
    "Mijn pakket is al twee weken onderweg en de track & trace zegt niets. Belachelijk!",
    "Can I pay with PayPal before I order the espresso machine?",
    "Ik wil mijn abonnement opzeggen, waar vind ik dat?",
    "Refund for my return still hasn't arrived after three weeks.",
    "Geweldige service, ik raad jullie iedereen aan!",
    "Checkout keeps failing when I enter my credit card.",
    "Saw your ad on Instagram, what exactly do you sell?",
]


def ingest_texts(services: Services, folder: Path, workspace: str, texts: list[str]) -> str:
    """Ingest ``texts`` as a JSONL file (ids x0, x1, ...) into ``workspace``; returns it."""
    path = folder / f"{workspace}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "\n".join(json.dumps({"id": f"x{i}", "text": t}) for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    ingest(services, [path], IngestOptions(workspace=workspace))
    return workspace


def redacted_once(text: str) -> str:
    """``text`` redacted, after checking that redacting the result again adds nothing."""
    from assistant.ingest.redact import redact

    once = redact(text)
    assert redact(once.text).counts == {}, "redacting twice must add nothing"
    return once.text
