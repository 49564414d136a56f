"""Embedding lanes: a large import embeds in child processes and stores what embedding here
would have stored; a child that dies is replaced by embedding here; batches keep the counts."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import signal
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import numpy as np
import pytest

import assistant.index.embed_lanes as lanes
import assistant.ingest.pipeline as pipeline
from assistant.index.embed_lanes import InlineLane, ProcessLane, ThreadLane, open_lane
from assistant.index.embeddings import OpenAIEmbedder, UseEmbedder
from assistant.ingest.pipeline import IngestOptions, ingest, reindex
from assistant.services import Services

TEXTS = [
    "het pakket kwam beschadigd aan en niemand reageert op mijn mail",
    "great coffee, fast delivery, would order again",
    "the refund still has not arrived after three weeks",
    "verzendkosten zag ik pas bij het afrekenen",
    "de app logt me steeds uit als ik wil betalen",
    "the manual does not explain error E03 at all",
    "klantenservice was vriendelijk en snel",
    "wrong size delivered, exchange took ages",
    "abonnement opzeggen kan alleen telefonisch",
    "love the new grinder, but the lid is flimsy",
]


def _write_rows(path: Path) -> None:
    """Each record three times, the copies 10 and 20 rows on (other batches); an empty text
    on line 13 and a broken line at the end (line 32)."""
    rows: list[dict[str, object]] = [{"id": f"r{i % 10}", "text": TEXTS[i % 10]} for i in range(30)]
    rows.insert(12, {"id": "empty", "text": ""})
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")


def _stored_vectors(services: Services, workspace: str) -> dict[str, np.ndarray]:
    got = services.vectors(workspace).collection.get(include=["embeddings"])
    records = services.records.get_many(workspace, got["ids"])
    return {
        records[i].text: np.asarray(v) for i, v in zip(got["ids"], got["embeddings"], strict=True)
    }


def test_a_large_import_embeds_in_child_processes_and_stores_the_same(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rows.jsonl"
    _write_rows(path)
    monkeypatch.setattr(pipeline, "BATCH", 4)  # many batches: duplicates and rejects cross them
    used: list[type] = []

    def spy(embedder, expected):  # type: ignore[no-untyped-def]
        lane = real_open_lane(embedder, expected)
        used.append(type(lane))
        return lane

    real_open_lane = lanes.open_lane
    monkeypatch.setattr(lanes, "open_lane", spy)
    seen: list[tuple[int, int]] = []
    written: list[int] = []  # records stored when progress was told

    def told(done: int, total: int) -> None:
        seen.append((done, total))
        written.append(services.records.count("child"))

    inline = ingest(services, [path], IngestOptions(workspace="inline"))
    monkeypatch.setattr(lanes, "PROCESS_MIN_TEXTS", 1)
    child = ingest(services, [path], IngestOptions(workspace="child"), progress=told)
    assert used == [InlineLane, ProcessLane]
    for report in (inline, child):
        assert (report.read, report.stored, report.duplicates, report.rejected) == (32, 10, 20, 2)
        assert report.balanced()
    assert [r.line for r in child.rejects] == [13, 32]
    assert seen[-1] == (32, 32) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    # told as batches are written, not as they are read ahead: the ten records are stored
    # in the first three batches of four rows, so the first call already sees four of them
    assert written[0] == 4 and written[-1] == 10
    assert all(w == 10 for (d, _), w in zip(seen, written, strict=True) if d >= 12)
    here, there = _stored_vectors(services, "inline"), _stored_vectors(services, "child")
    assert sorted(here) == sorted(there) and len(here) == 10
    for text, vector in here.items():
        assert np.allclose(vector, there[text], atol=1e-4), text
    # one of each, though the copies came batches later
    stored = [r for batch in services.records.iter_records("child") for r in batch]
    assert sorted(r.external_id for r in stored) == [f"r{i}" for i in range(10)]
    # rebuilding the index goes the same way
    assert reindex(services, "child") == 10 and used[-1] is ProcessLane
    rebuilt = _stored_vectors(services, "child")
    assert (
        all(np.allclose(v, here[t], atol=1e-4) for t, v in rebuilt.items()) and len(rebuilt) == 10
    )


def test_a_child_that_dies_is_replaced_by_embedding_here(
    embedder: UseEmbedder, caplog: pytest.LogCaptureFixture
) -> None:
    """The lane sees the dead child before it submits, so no batch goes to the breaking
    pool: that would race the pool's own thread as it breaks (CPython's terminate_broken once
    raised "dictionary changed size during iteration" here), and a batch it never answered
    would wait for ever."""
    lane = ProcessLane(embedder)
    try:
        first = lane.submit(TEXTS[:3])()
        assert np.allclose(first, embedder.embed(TEXTS[:3]), atol=1e-4)
        pool = lane._pool
        assert pool is not None
        children = list(pool._processes.values())
        for child in children:
            os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        deadline = time.monotonic() + 10
        while any(child.is_alive() for child in children) and time.monotonic() < deadline:
            time.sleep(0.05)
        handed: list[object] = []
        submit = pool.submit

        def spy(*args: object, **kwargs: object) -> object:
            handed.append(args)
            return submit(*args, **kwargs)  # type: ignore[arg-type]

        pool.submit = spy  # type: ignore[method-assign]
        with caplog.at_level(logging.WARNING, logger="assistant.index.embed_lanes"):
            later = [lane.submit(TEXTS[i : i + 2]) for i in range(3, 9, 2)]
            vectors = [ticket() for ticket in later]
        assert "the embedding process stopped" in caplog.text
        assert handed == []
        for i, got in zip(range(3, 9, 2), vectors, strict=True):
            assert np.allclose(got, embedder.embed(TEXTS[i : i + 2]), atol=1e-4)
        # no child of the broken pool is left alive: one would keep this process from exiting
        deadline = time.monotonic() + 10
        while multiprocessing.active_children() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert multiprocessing.active_children() == []
    finally:
        lane.close()


def test_a_pool_that_fails_to_start_a_new_child_is_replaced_by_embedding_here(
    embedder: UseEmbedder, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the children die just as a batch is submitted, the pool may try to start a new
    child with a pipe that is already closed: its submit raises OSError ("handle is closed";
    seen once in CI). That batch and the later ones are embedded here."""
    lane = ProcessLane(embedder)
    try:

        def closed(*args: object, **kwargs: object) -> None:
            raise OSError("handle is closed")

        monkeypatch.setattr(lane._pool, "submit", closed)
        with caplog.at_level(logging.WARNING, logger="assistant.index.embed_lanes"):
            got = [lane.submit(TEXTS[i : i + 2])() for i in (0, 2)]
        assert "handle is closed" in caplog.text and lane._pool is None
        for i, vectors in zip((0, 2), got, strict=True):
            assert np.allclose(vectors, embedder.embed(TEXTS[i : i + 2]), atol=1e-4)
    finally:
        lane.close()


def test_a_batch_the_broken_pool_never_answers_is_embedded_here(
    embedder: UseEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the pool's thread fails while it breaks the pool, a batch it had taken is never
    answered. Once the lane gives the pool up, every such batch is embedded here when its
    ticket is collected, instead of its ticket waiting for ever."""
    lane = ProcessLane(embedder)
    try:
        first, second = Future[np.ndarray](), Future[np.ndarray]()
        answers = iter((first, second))
        monkeypatch.setattr(lane._pool, "submit", lambda *args, **kwargs: next(answers))
        tickets = [lane.submit(TEXTS[i : i + 2]) for i in (0, 2)]
        first.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        got = tickets[0]()
        assert second.done() and lane._pool is None
        got_second = tickets[1]()
        assert np.allclose(got, embedder.embed(TEXTS[0:2]), atol=1e-4)
        assert np.allclose(got_second, embedder.embed(TEXTS[2:4]), atol=1e-4)
    finally:
        lane.close()


def test_the_lane_suits_the_embedder_and_the_size(embedder: UseEmbedder) -> None:
    small, large = lanes.PROCESS_MIN_TEXTS - 1, lanes.PROCESS_MIN_TEXTS
    for lane, kind in (
        (open_lane(embedder, small), InlineLane),
        (open_lane(OpenAIEmbedder("text-embedding-3-small"), large), ThreadLane),
        (open_lane(object(), large), InlineLane),  # type: ignore[arg-type]
    ):
        assert type(lane) is kind
        lane.close()
