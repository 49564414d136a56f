"""Schema migrations: a new database is made at the newest revision, an old SQLite home is
upgraded in place (also one from before migrations), upgrades are idempotent, a server
database that is behind asks for `journey db upgrade`. Under `make test-scale` the same
tests run on PostgreSQL where they are not about a SQLite file."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from engines import needs_postgres
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.errors import ConfigError
from assistant.store import RecordStore, open_database
from assistant.store.db import Base, open_engine
from assistant.store.schema import (
    HEAD,
    VERSION_TABLE,
    alembic_config,
    current_revision,
    script_head,
    upgrade,
)
from assistant.store.tags import TagStore

# The oldest homes: records and tags as the first version made them (no workspaces table,
# no tags.fallback), jobs without origin and tag_cache without text_hash from a later one.
LEGACY_SCHEMA = """
CREATE TABLE records (
    id VARCHAR(32) NOT NULL, workspace VARCHAR(64) NOT NULL, source_type VARCHAR(16) NOT NULL,
    channel VARCHAR(64) NOT NULL, external_id VARCHAR(128) NOT NULL, text TEXT NOT NULL,
    turns JSON NOT NULL, created_at DATETIME, rating FLOAT, language VARCHAR(8) NOT NULL,
    customer_ref VARCHAR(40), metadata JSON NOT NULL, content_hash VARCHAR(64) NOT NULL,
    source_file VARCHAR(512) NOT NULL, source_line INTEGER, ingested_at DATETIME NOT NULL,
    PRIMARY KEY (id), CONSTRAINT uq_records_workspace_hash UNIQUE (workspace, content_hash)
);
CREATE INDEX ix_records_workspace ON records (workspace);
CREATE TABLE tags (
    record_id VARCHAR(32) NOT NULL, phase_model VARCHAR(64) NOT NULL,
    workspace VARCHAR(64) NOT NULL, phase VARCHAR(64) NOT NULL, phase_confidence FLOAT NOT NULL,
    emotion VARCHAR(32) NOT NULL, emotion_confidence FLOAT NOT NULL, intensity INTEGER NOT NULL,
    sentiment INTEGER NOT NULL, touchpoint VARCHAR(64), pain_point TEXT, evidence TEXT,
    classifier VARCHAR(32) NOT NULL, model VARCHAR(128) NOT NULL,
    prompt_version VARCHAR(32) NOT NULL, taxonomy_version VARCHAR(64) NOT NULL,
    tagged_at DATETIME NOT NULL, PRIMARY KEY (record_id, phase_model),
    FOREIGN KEY(record_id) REFERENCES records (id) ON DELETE CASCADE
);
CREATE TABLE jobs (
    id INTEGER NOT NULL, workspace VARCHAR(64) NOT NULL, kind VARCHAR(32) NOT NULL,
    classifier VARCHAR(32) NOT NULL, phase_model VARCHAR(64) NOT NULL,
    only_untagged BOOLEAN NOT NULL, status VARCHAR(16) NOT NULL, total INTEGER NOT NULL,
    done INTEGER NOT NULL, cached INTEGER NOT NULL, fallbacks INTEGER NOT NULL,
    stats JSON NOT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE tag_cache ("key" VARCHAR(64) NOT NULL, tag JSON NOT NULL, PRIMARY KEY ("key"));
INSERT INTO records VALUES ('r1', 'old', 'review', '', 'e1', 'De levering was te laat',
    '[]', '2026-11-20 10:00:00.000000', 4.0, 'nl', NULL, '{}', 'h1', 'a.csv', 2,
    '2026-11-22 10:00:00.000000');
INSERT INTO records VALUES ('r2', 'old', 'review', '', 'e2', 'Great coffee machine',
    '[]', NULL, NULL, 'en', NULL, '{}', 'h2', 'a.csv', 3, '2026-11-22 10:00:00.000000');
INSERT INTO tags VALUES ('r1', 'journey7', 'old', 'delivery', 0.9, 'frustrated', 0.8, 2, -1,
    NULL, NULL, 'te laat', 'local', '', '', '', '2026-11-22 10:01:00.000000');
INSERT INTO jobs VALUES (1, 'old', 'tag', 'local', 'journey7', 0, 'done', 2, 2, 0, 0, '{}',
    '2026-11-22 10:01:00.000000', '2026-11-22 10:01:00.000000');
"""


def legacy_home(home: Path) -> str:
    """A SQLite home as a version from before migrations left it; returns its URL."""
    home.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(home / "journey.db")
    connection.executescript(LEGACY_SCHEMA)
    connection.commit()
    connection.close()
    return f"sqlite:///{home / 'journey.db'}"


def columns(engine: Engine, table: str) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns(table)}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, " ".join(result.output.split())


@pytest.fixture
def empty_url(tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it: a new SQLite file, or under test-scale the test's
    own PostgreSQL database with every table dropped."""
    from assistant.settings import get_settings

    url = get_settings().database_url
    if not url:
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    engine = create_engine(url)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        VERSION_TABLE.drop(connection, checkfirst=True)
    engine.dispose()
    yield url


def test_head_is_the_newest_migration() -> None:
    assert script_head() == HEAD


def test_migrations_make_what_the_models_describe(empty_url: str) -> None:
    """Running every revision from nothing gives the tables db.py describes (and that a new
    database gets at once): the baseline equals today's schema."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = open_engine(empty_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            assert current_revision(connection) == HEAD
            # SQLite keeps the baseline's VARCHAR(n) where the models say TEXT (see 0002)
            types = connection.dialect.name != "sqlite"
            context = MigrationContext.configure(connection, opts={"compare_type": types})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_a_new_database_is_made_at_the_newest_revision(empty_url: str) -> None:
    db = open_database(empty_url)
    try:
        with db.engine.connect() as connection:
            assert current_revision(connection) == HEAD
        assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
        assert upgrade(db.engine).changed is False  # idempotent
    finally:
        db.dispose()


def test_two_processes_opening_a_new_database_at_once_both_get_it(empty_url: str) -> None:
    start = threading.Barrier(3)
    errors: list[BaseException] = []

    def open_it() -> None:
        start.wait()
        try:
            open_database(empty_url).dispose()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    engine = open_engine(empty_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert [tuple(r) for r in rows] == [(HEAD,)]
    finally:
        engine.dispose()


def test_an_old_sqlite_home_upgrades_in_place_and_again_changes_nothing(tmp_path: Path) -> None:
    url = legacy_home(tmp_path / "home")
    code, current = run("db", "current", "--url", url)
    assert code == 0 and "from before migrations" in current
    code, output = run("db", "upgrade", "--url", url)
    assert code == 0, output
    assert f"legacy -> {HEAD}" in output and "added column tags.fallback" in output
    assert "created table workspaces" in output and "added column jobs.origin" in output
    engine = open_engine(url)
    try:
        assert {"fallback"} <= columns(engine, "tags")
        assert "origin" in columns(engine, "jobs")
        assert "text_hash" in columns(engine, "tag_cache")
        with engine.connect() as connection:
            assert current_revision(connection) == HEAD
            job = connection.execute(text("SELECT origin, status FROM jobs")).one()
            assert tuple(job) == ("cli", "done")
    finally:
        engine.dispose()
    code, again = run("db", "upgrade", "--url", url)
    assert code == 0 and f"already at revision {HEAD}; nothing to do" in again
    code, current = run("db", "current", "--url", url)
    assert code == 0 and "up to date" in current

    db = open_database(url)
    try:
        assert RecordStore(db).count("old") == 2
        tag = TagStore(db).get("r1")
        assert tag is not None and tag.phase == "delivery" and tag.fallback is False
        assert RecordStore(db).stamp("old") == "v0"  # the new workspaces table starts empty
    finally:
        db.dispose()


def test_opening_an_old_sqlite_home_upgrades_it(tmp_path: Path) -> None:
    url = legacy_home(tmp_path / "home")
    db = open_database(url)
    try:
        with db.engine.connect() as connection:
            assert current_revision(connection) == HEAD
        assert RecordStore(db).count("old") == 2
    finally:
        db.dispose()


def test_a_failed_upgrade_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.store import schema

    url = legacy_home(tmp_path / "home")

    def broken(connection: object, revision: object) -> list[str]:
        schema._baseline_module().complete_legacy(connection)
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "_upgrade", broken)
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(url)
    engine = open_engine(url)
    try:
        assert "fallback" not in columns(engine, "tags")
        assert "workspaces" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_a_database_from_a_newer_version_is_refused(empty_url: str) -> None:
    open_database(empty_url).dispose()
    engine = open_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(VERSION_TABLE.update().values(version_num="9999"))
    engine.dispose()
    with pytest.raises(ConfigError, match="newer version; upgrade journey-audit"):
        open_database(empty_url)


@needs_postgres
def test_a_server_database_behind_asks_for_journey_db_upgrade(empty_url: str) -> None:
    """PostgreSQL is shared by many processes: it is upgraded on purpose, not on open."""
    from assistant.store import schema

    engine = open_engine(empty_url)
    with engine.begin() as connection:  # a database from before migrations: the baseline's
        schema._baseline_module().baseline_metadata().create_all(connection)  # tables, less
        connection.execute(text("ALTER TABLE tags DROP COLUMN fallback"))
        connection.execute(text("DROP TABLE api_keys"))
    engine.dispose()
    with pytest.raises(ConfigError, match=r"revision legacy.*run `journey db upgrade`"):
        open_database(empty_url)
    code, output = run("db", "upgrade", "--url", empty_url)
    assert code == 0 and f"legacy -> {HEAD}" in output and "added column tags.fallback" in output
    code, output = run("db", "upgrade", "--url", empty_url)
    assert code == 0 and "nothing to do" in output
    open_database(empty_url).dispose()


def test_an_unreachable_database_is_a_clear_error() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://nobody:secret@127.0.0.1:{port}/journey"
    with pytest.raises(ConfigError, match=r"cannot open the database .*check that the server runs"):
        open_database(url)
    with pytest.raises(ConfigError) as failed:
        run("db", "current", "--url", url)
    assert "secret" not in str(failed.value) and f"127.0.0.1:{port}" in str(failed.value)
