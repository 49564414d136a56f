"""Synthetic volume for benchmarks, built from the bundled sample shop's own sentences."""

from __future__ import annotations

import json
import random
import re
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


def write_jsonl(records: list[dict[str, str]], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
