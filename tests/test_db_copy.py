"""`journey db copy --to URL`: every table of a SQLite home lands in the target with equal
counts, new rows get fresh ids there, a non-empty target is refused, and searches work on
the target once its index is rebuilt (on PostgreSQL and a Chroma server under
`make test-scale`; between two SQLite files in every run)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from engines import needs_chroma_server, needs_postgres
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.errors import InputError
from assistant.search import search
from assistant.services import Services
from assistant.settings import Settings
from assistant.store import open_database
from assistant.store.backlogs import BacklogStore
from assistant.store.erasure import log_erasure
from assistant.store.keys import KeyStore
from assistant.store.transfer import copy_rows, row_counts
from assistant.usecases.audits import start_audit
from assistant.usecases.demo import tag_untagged
from assistant.usecases.records import ingest_rows

ROWS = [
    {"id": "a1", "customer": "c-1", "text": "Mijn pakket is al twee weken onderweg, waar is het?"},
    {"id": "a2", "customer": "c-2", "text": "The refund for my return still has not arrived."},
    {"id": "a3", "text": "Checkout keeps failing when I enter my credit card."},
    {"id": "a4", "text": "Geweldige koffiemachine, ik raad hem iedereen aan!"},
]


def filled_home(home: Path, embedder: Any) -> Services:
    """A SQLite home with a row in every table: records, tags, a correction, a job, the
    tag cache, an audit and its map, a backlog, an erasure log line, an API key, a queued
    job's batches and a worker."""
    from assistant.models.backlog import Backlog

    services = Services(
        Settings(home=home, database_url=f"sqlite:///{home / 'journey.db'}", chroma_url=""),
        embedder=embedder,
    )
    ingest_rows(services, "shop", ROWS)
    ingest_rows(services, "other", ROWS[:2])
    tag_untagged(services, "shop")
    tag = services.tags.for_workspace("shop")[0]
    services.tags.label_by_human("shop", tag, "delivery", "frustration", "tester")
    state, _, _ = start_audit(services, "shop", "en")
    from assistant.store.audits import AuditStore

    AuditStore(services.db).add_version(state.map, "finished", tag.tagged_at)
    BacklogStore(services.db).save(Backlog(id="bl-copy", workspace="shop", title="Copied"))
    log_erasure(services.db, "tester", "record r-gone", {"records": 1})
    KeyStore(services.db).create("shop", "ci")
    services.claims.enqueue("other", "local", "journey7", True, origin="queue", batch=1)
    services.claims.heartbeat("host:1:abc", "host", 1, "worker")
    return services


def test_copy_between_two_sqlite_files_keeps_every_row(tmp_path: Path, embedder: Any) -> None:
    source = filled_home(tmp_path / "home", embedder)
    target = open_database(f"sqlite:///{tmp_path / 'target.db'}")
    try:
        counts = row_counts(source.db)
        assert all(counts.values()), counts  # the fixture fills every table
        copied = copy_rows(source.db, target, batch=2)  # several batches per table
        assert copied == counts == row_counts(target)
        with pytest.raises(InputError, match="already holds rows"):
            copy_rows(source.db, target)
    finally:
        target.dispose()
        source.close()


@needs_postgres
@needs_chroma_server
def test_copy_a_sqlite_home_to_postgresql_and_a_chroma_server(
    tmp_path: Path, embedder: Any, use_session_embedder: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Settings()  # this test's PostgreSQL database and Chroma database
    home = tmp_path / "home"
    source = filled_home(home, embedder)
    counts = row_counts(source.db)
    source.close()

    monkeypatch.setenv("JOURNEY_DATABASE_URL", f"sqlite:///{home / 'journey.db'}")
    monkeypatch.setenv("JOURNEY_CHROMA_URL", "")
    args = ["db", "copy", "--to", server.database_url, "--chroma-url", server.chroma_url]
    result = CliRunner().invoke(app, [*args, "--batch", "3"])
    assert result.exit_code == 0, result.output
    assert "indexed 4 records of shop" in result.output
    assert "indexed 2 records of other" in result.output

    on_server = {"database_url": server.database_url, "chroma_url": server.chroma_url}
    target = Services(Settings(home=tmp_path / "server-home", **on_server), embedder=embedder)
    try:
        assert target.db.engine.dialect.name == "postgresql"
        assert row_counts(target.db) == counts
        assert target.vectors("shop").count() == 4 and target.vectors("other").count() == 2
        hits = search(target, "shop", "pakket onderweg", k=1)
        assert hits and hits[0].external_id == "a1"
        # ids handed out after the copy do not collide with the copied ones
        tag = target.tags.for_workspace("shop")[1]
        target.tags.label_by_human("shop", tag, "service", "neutral", "after-copy")
        assert target.tags.count_corrections("shop") == 2
        log_erasure(target.db, "tester", "after copy", {})
    finally:
        target.close()

    again = CliRunner().invoke(app, [*args])
    assert again.exit_code != 0 and isinstance(again.exception, InputError)
    assert "already holds rows" in str(again.exception)
