"""Tag workers (issue 15): queued jobs in batches, claimed, finished once; a killed worker's
batch goes to another; `journey tag` queues when a worker runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from engines import TEST_DATABASE_URL
from helpers import TAGGING_TEXTS, ingest_texts
from sqlalchemy import select
from typer.testing import CliRunner

from assistant.classify.base import Item
from assistant.cli.main import app, main
from assistant.services import Services
from assistant.store.db import JobBatchRow, TagRow
from assistant.usecases.tagging import cancel_job, queue_tag_job
from assistant.usecases.worker import Worker

ON_POSTGRES = TEST_DATABASE_URL.startswith("postgresql")


def texts(n: int) -> list[str]:
    """``n`` different customer texts (the tagging samples, numbered)."""
    return [f"{TAGGING_TEXTS[i % len(TAGGING_TEXTS)]} (ticket {i})" for i in range(n)]


def tags_of(services: Services, ws: str) -> list[Any]:
    with services.db.session() as session:
        return list(session.scalars(select(TagRow).where(TagRow.workspace == ws)))


def test_a_queued_job_is_planned_in_batches_and_each_record_tagged_once(
    services: Services, tmp_path: Path
) -> None:
    ws = ingest_texts(services, tmp_path / "in", "wk", texts(40))
    job = services.claims.enqueue(ws, "local", "journey7", False, origin="queue", batch=16)
    assert job.status == "queued" and job.total == 40
    assert [b.size for b in services.claims.batches(job.id)] == [16, 16, 8]

    report = Worker(services).run(threading.Event(), exit_when_idle=True, poll=0.05)

    assert (report.batches, report.items, report.lost, report.failed) == (3, 40, 0, 0)
    assert set(report.timings) == {"claim", "read", "classify", "index", "finish"}
    assert report.timings["classify"] > 0  # where a batch's time went, for bench-scale
    batches = services.claims.batches(job.id)
    assert [(b.status, b.attempts, b.tagged) for b in batches] == [("done", 1, 16)] * 2 + [
        ("done", 1, 8)
    ]
    finished = services.tags.job(job.id)
    assert finished is not None and finished.status == "done"
    assert finished.done == finished.total == 40
    assert len(tags_of(services, ws)) == 40
    assert services.claims.open_jobs() == 0


def test_a_batch_whose_lease_ran_out_goes_to_another_worker_and_the_first_stores_nothing(
    services: Services, tmp_path: Path
) -> None:
    ws = ingest_texts(services, tmp_path / "in", "lease", texts(6))
    job = services.claims.enqueue(ws, "local", "journey7", False, origin="queue", batch=10)
    first = services.claims.claim("worker-a", lease_seconds=0.0)  # a lease already over
    assert first is not None and first.attempt == 1
    second = services.claims.claim("worker-b", lease_seconds=60)
    assert second is not None and second.batch_id == first.batch_id and second.attempt == 2
    assert services.claims.claim("worker-c", lease_seconds=60) is None  # held by b now

    records = services.records.get_many(ws, second.record_ids)
    items = [Item(id=r, text=record.text) for r, record in records.items()]
    model_tags = Worker(services)._model(second).classify(items)  # what either would store
    assert services.claims.finish(first, model_tags, cached=0, missing=0) is False
    assert tags_of(services, ws) == []  # the loser stored nothing
    assert services.claims.finish(second, model_tags, cached=0, missing=0) is True
    assert services.claims.finish(second, model_tags, cached=0, missing=0) is False  # once
    done = services.tags.job(job.id)
    assert done is not None and (done.status, done.done, done.total) == ("done", 6, 6)


def test_a_cancelled_job_is_not_claimed_and_a_clean_stop_hands_batches_back(
    services: Services, tmp_path: Path
) -> None:
    ws = ingest_texts(services, tmp_path / "in", "cancel", texts(8))
    job = queue_tag_job(services, ws, classifier="local")
    cancel_job(services, ws, job.id)
    assert Worker(services).run_one() is False

    again = queue_tag_job(services, ws, classifier="local")
    held = services.claims.claim("worker-x", lease_seconds=600)
    assert held is not None and held.job_id == again.id
    assert services.claims.release("worker-x") == 1
    assert Worker(services).run_one() is True  # not waiting 600 s for the lease
    finished = services.tags.job(again.id)
    assert finished is not None and finished.status == "done" and finished.done == 8


def start_worker(env: dict[str, str], *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "assistant.cli.main", "worker", "--poll", "0.1", *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def worker_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "JOURNEY_WORKER_LEASE_SECONDS": "1.5", **extra}


def wait_until(condition: Any, timeout: float = 60.0, step: float = 0.02) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out")


def test_tag_queues_the_job_for_a_running_worker_and_follows_it(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = ingest_texts(services, tmp_path / "in", "queued", texts(30))
    monkeypatch.setenv("JOURNEY_WORKER_LEASE_SECONDS", "1.5")
    worker = start_worker(worker_env())
    try:
        wait_until(lambda: services.claims.live_workers(5))
        doctor = CliRunner().invoke(app, ["doctor"])
        assert f"pid {worker.pid} (worker) · open tag jobs 0" in doctor.output
        result = CliRunner().invoke(app, ["tag", "--workspace", ws, "--classifier", "local"])
        assert result.exit_code == 0, result.output
        assert "Queued job" in result.output and "done, tagged 30 of 30" in result.output
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    assert "1 batches, 30 records tagged" in out
    assert len(tags_of(services, ws)) == 30


@pytest.mark.skipif(ON_POSTGRES, reason="SQLite only: one worker there")
def test_sqlite_runs_one_worker_and_says_so(
    services: Services, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fails(*argv: str) -> str:
        monkeypatch.setattr("sys.argv", ["journey", *argv])
        with pytest.raises(SystemExit) as exc:
            main()
        assert exc.value.code not in (0, None)
        return capsys.readouterr().err

    assert "SQLite runs one tag worker" in fails("worker", "--concurrency", "2")
    services.claims.heartbeat("other:1:abc", "other", 1, "worker")  # one runs already
    said = fails("worker")
    assert "already runs on this SQLite database (other, pid 1)" in said
    assert "PostgreSQL" in said


def test_a_worker_killed_mid_batch_loses_nothing_and_tags_nothing_twice(
    services: Services, tmp_path: Path
) -> None:
    """SIGKILL one worker while it holds a batch; the other worker (on SQLite: one started
    after, as it runs one) takes the batch over when the lease runs out and ends the job."""
    total = 400
    ws = ingest_texts(services, tmp_path / "in", "killed", texts(total))
    job = services.claims.enqueue(ws, "local", "journey7", False, origin="queue", batch=40)
    env = worker_env()

    def held_by_victim() -> int | None:
        with services.db.session() as session:
            return session.scalar(
                select(JobBatchRow.id).where(
                    JobBatchRow.job_id == job.id,
                    JobBatchRow.status == "claimed",
                    JobBatchRow.worker.like(f"%:{victim.pid}:%"),
                )
            )

    victim = start_worker(env)
    others = [start_worker(env, "--exit-when-idle")] if ON_POSTGRES else []
    try:
        # kill it while it holds a batch, after it finished at least one
        wait_until(lambda: (services.tags.job(job.id) or job).done > 0)
        held = wait_until(held_by_victim, timeout=30, step=0.005)
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        if not ON_POSTGRES:
            time.sleep(1.6)  # its heartbeat goes stale: a new worker may start
            others.append(start_worker(env, "--exit-when-idle"))
        for other in others:
            _, err = other.communicate(timeout=180)
            assert other.returncode == 0, err
    finally:
        for proc in (victim, *others):
            if proc.poll() is None:
                proc.kill()

    finished = services.tags.job(job.id)
    assert finished is not None and finished.status == "done"
    assert finished.done == finished.total == total
    batches = services.claims.batches(job.id)
    assert all(b.status == "done" for b in batches)
    assert sum(b.tagged for b in batches) == total  # no batch counted twice
    taken_over = next(b for b in batches if b.id == held)
    assert taken_over.attempts == 2 and f":{victim.pid}:" not in (taken_over.worker or "")
    tags = tags_of(services, ws)
    assert len(tags) == total and len({t.record_id for t in tags}) == total


def test_worker_processes_share_the_cores_between_their_blas_threads() -> None:
    from assistant.cli.worker import child_env

    assert child_env({}, 2, 2)["OPENBLAS_NUM_THREADS"] == "1"
    assert child_env({}, 4, 2)["OMP_NUM_THREADS"] == "1"
    assert child_env({}, 2, 8)["MKL_NUM_THREADS"] == "4"
    assert child_env({"OPENBLAS_NUM_THREADS": "3"}, 2, 2)["OPENBLAS_NUM_THREADS"] == "3"
