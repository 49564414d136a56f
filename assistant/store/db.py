"""Tables and engine. SQLite file by default, PostgreSQL (or any SQLAlchemy URL) by setting."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from assistant.errors import ConfigError, DatabaseUnavailable

# what an erasure deletes from or rewrites (Database.compact cleans them up after)
ERASED_TABLES = (
    "records", "tags", "corrections", "tag_cache", "audits", "map_versions", "backlogs"
)
MAX_ID = 2**31 - 1  # the largest INTEGER key (PostgreSQL's int4; SQLite's are wider)
CHUNK = 500  # ids per IN (...) query, well under every database's parameter limit


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_ignoring(engine: Engine, table: Any) -> Any:
    """INSERT that skips rows whose key (or another unique value) is already stored, as a
    concurrent writer may have just done: ON CONFLICT DO NOTHING on PostgreSQL and SQLite."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing()


class Base(DeclarativeBase):
    pass


class RecordRow(Base):
    __tablename__ = "records"
    __table_args__ = (
        UniqueConstraint("workspace", "content_hash", name="uq_records_workspace_hash"),
        Index("ix_records_workspace_created", "workspace", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(64), index=True)
    source_type: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(Text, default="")
    external_id: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    turns: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    rating: Mapped[float | None] = mapped_column(Float, nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="other")
    customer_ref: Mapped[str | None] = mapped_column(String(40), nullable=True)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    content_hash: Mapped[str] = mapped_column(String(64))
    source_file: Mapped[str] = mapped_column(Text, default="")
    source_line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class WorkspaceRow(Base):
    """One row per workspace; ``version`` goes up whenever its records change."""

    __tablename__ = "workspaces"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class TagRow(Base):
    """The current tag of a record (one per record and phase model)."""

    __tablename__ = "tags"
    __table_args__ = (Index("ix_tags_workspace_phase", "workspace", "phase_model", "phase"),)

    record_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    phase_model: Mapped[str] = mapped_column(String(64), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(64))
    phase: Mapped[str] = mapped_column(String(64))
    phase_confidence: Mapped[float] = mapped_column(Float)
    emotion: Mapped[str] = mapped_column(String(32))
    emotion_confidence: Mapped[float] = mapped_column(Float)
    intensity: Mapped[int] = mapped_column(Integer, default=1)
    sentiment: Mapped[int] = mapped_column(Integer, default=0)
    touchpoint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    pain_point: Mapped[str | None] = mapped_column(Text, nullable=True)
    evidence: Mapped[str | None] = mapped_column(Text, nullable=True)
    classifier: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(128), default="")
    prompt_version: Mapped[str] = mapped_column(String(32), default="")
    taxonomy_version: Mapped[str] = mapped_column(String(64), default="")
    fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    tagged_at: Mapped[datetime] = mapped_column(DateTime)


class CorrectionRow(Base):
    """A human's label for a record; the local classifier learns from all of them."""

    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_workspace", "workspace", "phase_model"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(32), ForeignKey("records.id", ondelete="CASCADE"))
    phase_model: Mapped[str] = mapped_column(String(64))
    phase: Mapped[str] = mapped_column(String(64))
    emotion: Mapped[str] = mapped_column(String(32))
    who: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class JobRow(Base):
    """A bulk tagging job; unfinished jobs are resumed by the next `journey tag`."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32), default="tag")
    classifier: Mapped[str] = mapped_column(String(32))
    phase_model: Mapped[str] = mapped_column(String(64))
    only_untagged: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="running")
    origin: Mapped[str] = mapped_column(String(16), default="cli")  # cli | api (the server runs it)
    total: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[int] = mapped_column(Integer, default=0)
    cached: Mapped[int] = mapped_column(Integer, default=0)
    fallbacks: Mapped[int] = mapped_column(Integer, default=0)
    stats: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class JobBatchRow(Base):
    """A slice of a queued tag job: a worker claims it, tags its records and finishes it in
    one transaction, so each batch (and each record in it) is tagged once."""

    __tablename__ = "job_batches"
    __table_args__ = (Index("ix_job_batches_claim", "job_id", "status", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    job_id: Mapped[int] = mapped_column(Integer, ForeignKey("jobs.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    record_ids: Mapped[list[str]] = mapped_column(JSON)
    size: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|claimed|done
    worker: Mapped[str | None] = mapped_column(Text, nullable=True)
    token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    tagged: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class WorkerRow(Base):
    """A `journey worker` process (or a server's job runner): seen while its heartbeat is."""

    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    host: Mapped[str] = mapped_column(Text)
    pid: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="worker")  # worker | server
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | stopped
    started_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)
    batches: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)


class TagCacheRow(Base):
    """Answers by text hash, classifier, model, prompt and taxonomy version: no model call twice."""

    __tablename__ = "tag_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    tag: Mapped[dict[str, Any]] = mapped_column(JSON)
    text_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)


class AuditRow(Base):
    """A self-audit session: the dialogue state as JSON, saved after every turn."""

    __tablename__ = "audits"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    lang: Mapped[str] = mapped_column(String(2), default="en")
    step: Mapped[str] = mapped_column(String(32), default="goal")
    goal: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class MapVersionRow(Base):
    """A finished journey map; a new version whenever the audit is finished again or refreshed."""

    __tablename__ = "map_versions"

    audit_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("audits.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    reason: Mapped[str] = mapped_column(String(32), default="finished")
    data_records: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class BacklogRow(Base):
    """A stored backlog: the whole model as a JSON body."""

    __tablename__ = "backlogs"
    __table_args__ = (Index("ix_backlogs_workspace_created", "workspace", "created_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)


class ErasureRow(Base):
    """The erasure log: what was erased, when, by whom and how much; never any content.
    Erasures never touch it."""

    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    who: Mapped[str] = mapped_column(Text)
    selector: Mapped[str] = mapped_column(Text)  # e.g. "customer c_1a2b…", "expired 365d"
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)


class ApiKeyRow(Base):
    """An API key of one workspace; only its SHA-256 is stored (the key is shown once)."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Database:
    """An engine plus a session factory; the schema is created or checked on open
    (assistant/store/schema.py)."""

    def __init__(self, engine: Engine) -> None:
        from assistant.store.schema import ensure_schema

        self.engine = engine
        self.session = sessionmaker(engine, expire_on_commit=False)
        ensure_schema(engine)

    def compact(self) -> None:
        """After an erasure: no deleted row may linger in free pages or the WAL.

        SQLite: VACUUM rewrites the file (secure_delete overwrote the rows already).
        PostgreSQL: VACUUM removes the dead row versions of the tables erasures touch
        (their space is reused; the server's WAL and backups follow its own retention)."""
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql(f"VACUUM {', '.join(ERASED_TABLES)}")
            return
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        self.engine.dispose()


def _wal(cursor: Any, tries: int = 100, pause: float = 0.05) -> None:
    """Put the file in WAL mode (it stays so). Switching a new file needs a moment's
    exclusive lock that SQLite does not wait for, so processes opening the same new
    database at once retry instead of failing with "database is locked"."""
    import sqlite3
    import time

    for attempt in range(tries):
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(pause)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")  # erased rows are overwritten, not left in pages
    cursor.close()


def _postgres_strings(dbapi_connection: Any, _record: Any) -> None:
    """PostgreSQL refuses a NUL character (0x00) in text, and a broken export sometimes
    holds one: it is dropped from every string sent (it never means anything in text)."""
    from psycopg.adapt import PyFormat

    for form in (PyFormat.TEXT, PyFormat.BINARY):
        dumper = dbapi_connection.adapters.get_dumper(str, form)
        dbapi_connection.adapters.register_dumper(str, _without_nul(dumper.__name__))


@cache
def _without_nul(name: str) -> type[Any]:
    """psycopg's own string dumper of that name (its Python one: the compiled ones cannot
    be subclassed), minus NUL characters."""
    from psycopg.types import string

    base: type[Any] = getattr(string, name)

    def dump(self: Any, obj: str) -> Any:
        return base.dump(self, obj.replace("\x00", "") if "\x00" in obj else obj)

    return type(f"NoNul{name}", (base,), {"dump": dump})


def open_engine(url: str) -> Engine:
    """An engine for a SQLAlchemy URL (SQLite gets its folder and pragmas); connects on
    first use. `journey db` works on this, before any schema check."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(
            f"JOURNEY_DATABASE_URL {url!r} is not a database URL; "
            "use e.g. sqlite:///path/journey.db or postgresql+psycopg://user:pw@host/db"
        ) from exc
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    try:
        # pre-ping: a pooled connection the server dropped is replaced, not handed out
        engine = create_engine(parsed, future=True, pool_pre_ping=True)
    except Exception as exc:  # missing driver, bad options
        raise ConfigError(f"cannot use database {parsed.render_as_string()}: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif parsed.get_driver_name() == "psycopg":
        event.listen(engine, "connect", _postgres_strings)
    return engine


def driver_reason(exc: DBAPIError) -> str:
    """The first line of what the database driver said (no SQL, no parameters)."""
    said = str(exc.orig).strip() if exc.orig is not None else ""
    return said.splitlines()[0] if said else type(exc).__name__


@contextmanager
def reachable(engine: Engine) -> Iterator[None]:
    """A database that cannot be reached (server down, wrong password, locked file) is a
    ConfigError that says what to check, not a driver's traceback."""
    try:
        yield
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"cannot open the database {engine.url.render_as_string()}: {driver_reason(exc)}; "
            "check that the server runs and JOURNEY_DATABASE_URL is right "
            "(`journey db current` tries it)"
        ) from exc


def open_database(url: str) -> Database:
    """Open the database at a SQLAlchemy URL: created when new, checked (or, for SQLite,
    upgraded) when not (see assistant/store/schema.py)."""
    engine = open_engine(url)
    try:
        with reachable(engine):
            return Database(engine)
    except BaseException:
        engine.dispose()
        raise
