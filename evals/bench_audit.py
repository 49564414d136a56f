"""Benchmark: turn latency of the self-audit, offline, with 20,000 tagged records.

Builds a SQLite workspace with 20,000 records and tags (realistic phase, emotion and pain
point mix), opens a session the way `journey audit` does (loads the tags, computes the
evidence), then plays a whole scripted conversation several times. A turn is what the
user waits for: ``step()`` plus saving the session to SQL. Prints p50/p95/max per turn and
the session start time; exits non-zero when p95 is above 200 ms.

    python -m evals.bench_audit [--records 20000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from assistant.audit.context import Context
from assistant.audit.engine import start, step
from assistant.classify.base import Tag
from assistant.kb.loader import load_knowledge
from assistant.models import Record
from assistant.store import RecordStore, open_database
from assistant.store.audits import AuditStore
from assistant.store.tags import TagStore

P95_TARGET_MS = 200.0
WORKSPACE = "bench"
PHASES = ["awareness", "consideration", "purchase", "delivery", "usage", "service", "loyalty"]
EMOTIONS = ["frustration", "confusion", "doubt", "disappointment", "neutral", "trust", "delight"]

SCRIPT = [
    "Why do customers abandon checkout?",
    "First-time buyer on mobile, price-conscious",
    "1",
    "b2c",
    "2",
    "journey7",
    "yes",
    *(["1, 2, own channel", "browse, compare, decide", "1, 2", "-1", "1, slow pages"] * 7),
    "evidence",
    "status",
    *(["yes"] * 20),
    *(["1"] * 7),
    *(["yes"] * 7),
    *(["1"] * 30),
    "done",
]


def populate(db_url: str, count: int) -> None:
    db = open_database(db_url)
    kb = load_knowledge()
    pains = [p.name.en for p in kb.friction_patterns]
    rng = random.Random(7)
    base = datetime(2026, 1, 1)
    records, tags = [], []
    for n in range(count):
        text = f"Customer message {n}: the payment page failed again and support was slow."
        record_id = f"b{n:07d}"
        records.append(
            Record(
                id=record_id,
                workspace=WORKSPACE,
                source_type="ticket",
                text=text,
                created_at=base + timedelta(minutes=n),
                language="en",
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
            )
        )
        emotion = rng.choice(EMOTIONS)
        negative = emotion in ("frustration", "confusion", "doubt", "disappointment")
        tags.append(
            Tag(
                item_id=record_id,
                phase=rng.choice(PHASES),
                phase_confidence=rng.random(),
                emotion=emotion,
                emotion_confidence=rng.random(),
                sentiment=-1 if negative else 1,
                pain_point=rng.choice(pains) if negative else None,
                evidence="the payment page failed again",
                touchpoint="checkout",
                classifier="local",
                taxonomy_version="bench",
            )
        )
    RecordStore(db).add(records)  # returns the ids stored
    TagStore(db).save(WORKSPACE, tags)
    db.dispose()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        began = time.perf_counter()
        populate(url, args.records)
        seconds = time.perf_counter() - began
        print(f"workspace: {args.records:,} records with tags in {seconds:.1f} s")
        db = open_database(url)
        store, tag_store = AuditStore(db), TagStore(db)
        kb = load_knowledge()
        turns: list[float] = []
        starts: list[float] = []
        for _ in range(args.rounds):
            began = time.perf_counter()
            ctx = Context(kb=kb, tags=tag_store.for_workspace(WORKSPACE), workspace=WORKSPACE)
            state, _ = start(ctx, lang="en", workspace=WORKSPACE)
            store.save(state)
            starts.append(time.perf_counter() - began)
            for message in SCRIPT:
                began = time.perf_counter()
                state, reply = step(state, message, ctx)
                store.save(state)
                if reply.finished:
                    store.add_version(state.map, "finished", ctx.now())
                turns.append((time.perf_counter() - began) * 1000)
            assert state.finished, f"the script did not finish the audit (at {state.position})"
        db.dispose()
    p50, p95 = statistics.median(turns), percentile(turns, 0.95)
    print(
        f"turns: {len(turns)} over {args.rounds} conversations; "
        f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(turns):.1f} ms (target p95 <= "
        f"{P95_TARGET_MS:.0f} ms)"
    )
    print(
        f"session start (load {args.records:,} tags + evidence): median "
        f"{statistics.median(starts) * 1000:.0f} ms"
    )
    sys.exit(0 if p95 <= P95_TARGET_MS else 1)


if __name__ == "__main__":
    main()
