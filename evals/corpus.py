"""Synthetic volume for benchmarks, built from the bundled sample shop's own sentences."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from assistant.ingest.pipeline import IngestOptions, read_records
from assistant.samples import sample_folder

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def sample_sentences() -> list[str]:
    """Every customer sentence of the sample shop (reviews, chats, tickets)."""
    # not redacted here: the benchmark's ingest does that, as it would for real exports
    records, _ = read_records([sample_folder()], IngestOptions(workspace="bench"), redact_pii=False)
    return [s.strip() for r in records for s in _SENTENCE.split(r.text) if len(s) > 12]


def short_records(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` distinct short records: one or two sample sentences, dated across a year."""
    rng = random.Random(seed)
    sentences = sample_sentences()
    records: list[dict[str, str]] = []
    seen: set[str] = set()
    kinds = ("review", "chat", "ticket")
    while len(records) < n:
        text = rng.choice(sentences)
        if rng.random() < 0.5:
            text = f"{text} {rng.choice(sentences)}"
        if text in seen:
            continue
        seen.add(text)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        records.append(
            {
                "id": f"b{len(records):06d}",
                "text": text,
                "created_at": f"2026-{month:02d}-{day:02d}",
                "source_type": kinds[len(records) % 3],
            }
        )
    return records


def write_jsonl(records: Sequence[Mapping[str, object]], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


PRODUCTS = (
    "BrewMaster 3000",
    "BrewMaster Mini",
    "AirFry Pro XL",
    "AirFry Compact",
    "MelkSchuimer Duo",
    "BonenBox",
    "KoffieMolen Pro",
    "WaterKoker Glas",
)
_PRODUCT = re.compile("|".join(re.escape(p) for p in PRODUCTS[:3]))
_ORDER = re.compile(r"\bKK-20\d\d-\d{6}\b")
_ORDER_NOTE = {
    "nl": ("Bestelnummer {order}.", "Het gaat om order {order}.", "Mijn bestelling: {order}."),
    "en": ("Order number {order}.", "This is about order {order}.", "My order: {order}."),
}


def varied_records(n: int, seed: int = 15) -> list[dict[str, object]]:
    """``n`` distinct records shaped like the sample shop's: a run of one to three
    sentences of one review, chat or ticket, often followed by a sentence of another
    message in the same language, with the products, order numbers and dates varied."""
    rng = random.Random(seed)
    records, _ = read_records(
        [sample_folder()], IngestOptions(workspace="bench"), redact_pii=False
    )
    sources = [
        (r, [s.strip() for s in _SENTENCE.split(r.text) if s.strip()])
        for r in records
        if r.language in ("en", "nl")
    ]
    by_language: dict[str, list[str]] = {"en": [], "nl": []}
    for record, sentences in sources:
        by_language[record.language].extend(s for s in sentences if len(s) > 12)
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    while len(out) < n:
        record, sentences = rng.choice(sources)
        start = rng.randrange(len(sentences))
        parts = sentences[start : start + rng.randint(1, 3)]
        if rng.random() < 0.5:
            parts.append(rng.choice(by_language[record.language]))
        order = f"KK-{rng.choice((2025, 2026))}-{rng.randint(0, 999_999):06d}"
        if record.source_type != "review" and rng.random() < 0.3:
            parts.append(rng.choice(_ORDER_NOTE[record.language]).format(order=order))
        product = rng.choice(PRODUCTS)
        text = _ORDER.sub(order, _PRODUCT.sub(product, " ".join(parts)))
        if len(text) < 12 or text in seen:
            continue
        seen.add(text)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        row: dict[str, object] = {
            "id": f"s{len(out):06d}",
            "text": text,
            "created_at": f"{rng.choice((2025, 2026))}-{month:02d}-{day:02d}",
            "source_type": record.source_type,
        }
        if record.rating is not None:
            row["rating"] = record.rating
        out.append(row)
    return out
