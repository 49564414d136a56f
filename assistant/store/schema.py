"""The database schema's version: created, checked on open, upgraded by Alembic.

Migrations live in assistant/store/migrations (revisions in versions/). Opening a database
costs one query when it is current: the revision is read from ``alembic_version`` without
importing Alembic. Then:

- an empty database gets today's tables (the models in db.py) and is stamped with HEAD;
- a SQLite home that is behind (an older revision, or tables from before migrations) is
  upgraded in place, as a single-user home always was;
- a server database (PostgreSQL) that is behind is left alone with a ConfigError asking
  for ``journey db upgrade``: many processes share it, one upgrade should run, on purpose.

Schema changes run under a lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock)
so two processes opening the same new database do not both create it.

Adding a revision: write versions/NNNN_what.py with ``down_revision`` the previous HEAD,
change the models in db.py to match, and set HEAD below (tests compare the three).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Connection, MetaData, String, Table, inspect, select, text
from sqlalchemy.engine import Engine

from assistant.errors import ConfigError

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0003"  # the newest revision in migrations/versions (a test keeps them equal)
MIGRATIONS = Path(__file__).parent / "migrations"
BASELINE = "0001"
_LOCK_KEY = 0x4A41_5343  # pg_advisory_xact_lock key of schema changes ("JASC")

# Alembic's own bookkeeping table, as `alembic stamp` creates it.
_version_meta = MetaData()
VERSION_TABLE = Table(
    "alembic_version",
    _version_meta,
    Column("version_num", String(32), primary_key=True, nullable=False),
)


@dataclass
class Upgrade:
    """What `journey db upgrade` did: from which revision to which, and the steps."""

    before: str | None  # None: an empty database; "legacy": tables from before migrations
    after: str
    steps: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.before != self.after


def current_revision(connection: Connection) -> str | None:
    """The stored revision; None when the database has no ``alembic_version`` table."""
    if not inspect(connection).has_table(VERSION_TABLE.name):
        return None
    return connection.execute(select(VERSION_TABLE.c.version_num)).scalar()


def has_tables(connection: Connection) -> bool:
    """Whether the database holds any of our tables (else it is new)."""
    from assistant.store.db import Base

    present = set(inspect(connection).get_table_names())
    return any(name in present for name in Base.metadata.tables)


def ensure_schema(engine: Engine) -> None:
    """On open: nothing when current; create a new database; upgrade an old SQLite home;
    ask for `journey db upgrade` on a server database that is behind."""
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD:
        return
    with locked(engine) as connection:
        revision = current_revision(connection)
        if revision == HEAD:
            return  # another process did it meanwhile
        if revision is None and not has_tables(connection):
            _create(connection)
            return
        _check_known(revision)
        if engine.dialect.name != "sqlite":
            raise ConfigError(
                f"the database {_where(engine)} has schema revision {revision or 'legacy'}, "
                f"this version of journey-audit needs {HEAD}: run `journey db upgrade` "
                "(once, with the other journey processes stopped)"
            )
        _upgrade(connection, revision)


def upgrade(engine: Engine) -> Upgrade:
    """`journey db upgrade`: bring the database to HEAD (idempotent)."""
    with locked(engine) as connection:
        revision = current_revision(connection)
        if revision is None and not has_tables(connection):
            _create(connection)
            return Upgrade(None, HEAD, ["created every table"])
        _check_known(revision)
        before = revision or "legacy"
        return Upgrade(before, HEAD, _upgrade(connection, revision))


def _create(connection: Connection) -> None:
    """A new database: today's tables, stamped with HEAD (what the migrations would make)."""
    from assistant.store.db import Base

    Base.metadata.create_all(connection)
    VERSION_TABLE.create(connection)
    connection.execute(VERSION_TABLE.insert().values(version_num=HEAD))


def _upgrade(connection: Connection, revision: str | None) -> list[str]:
    """Run the migrations from ``revision`` (None: a database from before migrations,
    completed to the baseline and stamped with it first) to HEAD."""
    from alembic import command

    steps: list[str] = []
    config = alembic_config(connection)
    if revision is None:
        baseline = _baseline_module()
        steps += baseline.complete_legacy(connection)
        command.stamp(config, BASELINE)
        steps.append(f"stamped {BASELINE} (a database from before migrations)")
        revision = BASELINE
    if revision != HEAD:
        command.upgrade(config, "head")
        steps.append(f"upgraded {revision} -> {HEAD}")
    return steps


def _baseline_module() -> Any:
    import importlib

    return importlib.import_module("assistant.store.migrations.versions.v0001_baseline")


def _check_known(revision: str | None) -> None:
    """A revision this version does not know comes from a newer journey-audit."""
    if revision is None or revision == HEAD:
        return
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        ScriptDirectory(str(MIGRATIONS)).get_revision(revision)
    except CommandError:
        raise ConfigError(
            f"the database has schema revision {revision!r}, which this version of "
            f"journey-audit does not know (its newest is {HEAD}): it was written by a newer "
            "version; upgrade journey-audit"
        ) from None


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration without an alembic.ini: our migrations folder, and the
    connection that env.py is to use."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def script_head() -> str:
    """The newest revision among the migration scripts (HEAD must equal it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


@contextmanager
def locked(engine: Engine) -> Iterator[Connection]:
    """One connection in one transaction that holds the schema lock; committed at the end
    (rolled back on an error: PostgreSQL and SQLite both undo DDL in a transaction)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as plain:
            # pysqlite opens no transaction for DDL by itself: take the write lock by hand
            connection = plain.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.exec_driver_sql("ROLLBACK")
                raise
            connection.exec_driver_sql("COMMIT")
        return
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        yield connection


def _where(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
