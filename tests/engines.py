"""Engine servers for the whole suite (`make test-scale`): each test gets a fresh database.

With ``JOURNEY_TEST_DATABASE_URL`` (a PostgreSQL server) every test runs on its own
database, copied from a template that holds today's schema (CREATE DATABASE ... TEMPLATE,
about 25 ms); with ``JOURNEY_TEST_CHROMA_URL`` (a Chroma server) on its own Chroma
database. Both are mapped into JOURNEY_DATABASE_URL / JOURNEY_CHROMA_URL, which every
Settings (and every `journey` subprocess) reads, and dropped after the test. Without them
the suite runs as always: SQLite and the embedded index in the test's own folder.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

TEST_DATABASE_URL = os.environ.get("JOURNEY_TEST_DATABASE_URL", "")
TEST_CHROMA_URL = os.environ.get("JOURNEY_TEST_CHROMA_URL", "").rstrip("/")

needs_postgres = pytest.mark.skipif(
    not TEST_DATABASE_URL.startswith("postgresql"),
    reason="needs a PostgreSQL server: JOURNEY_TEST_DATABASE_URL (make test-scale)",
)
needs_chroma_server = pytest.mark.skipif(
    not TEST_CHROMA_URL, reason="needs a Chroma server: JOURNEY_TEST_CHROMA_URL (make test-scale)"
)


def sqlite_only(reason: str) -> pytest.MarkDecorator:
    """For the few tests about the SQLite file itself (skipped on a database server)."""
    return pytest.mark.skipif(bool(TEST_DATABASE_URL), reason=f"SQLite only: {reason}")


class Engines:
    """Creates and drops a database (and a Chroma database) per test."""

    def __init__(self, database_url: str, chroma_url: str) -> None:
        if database_url and not database_url.startswith("postgresql"):
            raise ValueError("JOURNEY_TEST_DATABASE_URL must be a postgresql+psycopg:// URL")
        self.database_url = database_url
        self.chroma_url = chroma_url
        self._numbers = itertools.count(1)
        self._prefix = f"jt{os.getpid()}"
        self._admin: Any = None
        self._template = ""
        if database_url:
            self._prepare_template()

    def _prepare_template(self) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        from assistant.store import open_database

        base = make_url(self.database_url)
        self._base = base
        self._admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
        self._template = f"{self._prefix}_template"
        self._execute(f'DROP DATABASE IF EXISTS "{self._template}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self._template}"')
        db = open_database(base.set(database=self._template).render_as_string(False))
        db.dispose()

    def _execute(self, statement: str) -> None:
        from sqlalchemy import text

        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def database_url_of(self, name: str) -> str:
        return str(self._base.set(database=name).render_as_string(False))

    @contextmanager
    def fresh(self) -> Iterator[dict[str, str]]:
        """A new database (and Chroma database), dropped at the end: the Settings
        overrides ``database_url`` / ``chroma_url`` that point at them."""
        name = f"{self._prefix}_{next(self._numbers)}"
        urls = {}
        if self.database_url:
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"')
            urls["database_url"] = self.database_url_of(name)
        if self.chroma_url:
            urls["chroma_url"] = f"{self.chroma_url}/{name}"
        try:
            yield urls
        finally:
            if self.database_url:
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if self.chroma_url:
                drop_chroma_database(f"{self.chroma_url}/{name}")

    @contextmanager
    def for_test(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
        """One test's databases, in the environment that every Settings reads."""
        with self.fresh() as urls:
            for key, url in urls.items():
                monkeypatch.setenv(f"JOURNEY_{key.upper()}", url)
            yield

    def close(self) -> None:
        if self._admin is not None:
            self._execute(f'DROP DATABASE IF EXISTS "{self._template}" WITH (FORCE)')
            self._admin.dispose()


@contextmanager
def engine_settings(engines: Engines | None) -> Iterator[dict[str, str]]:
    """For a fixture wider than one test (module scope): Settings overrides that give it
    databases of its own on the servers, or SQLite and the embedded index without them."""
    if engines is None:
        yield {"database_url": "", "chroma_url": ""}
        return
    with engines.fresh() as urls:
        yield {"database_url": "", "chroma_url": "", **urls}


def drop_chroma_database(url: str) -> None:
    """Drop the Chroma database a JOURNEY_CHROMA_URL names (http://host:port/NAME)."""
    import httpx

    base, name = url.rstrip("/").rsplit("/", 1)
    response = httpx.delete(f"{base}/api/v2/tenants/default_tenant/databases/{name}", timeout=30)
    if response.status_code not in (200, 404):
        response.raise_for_status()


def database_holding(url: str, needle: str) -> list[str]:
    """The tables of a PostgreSQL database with a row whose text contains ``needle``."""
    from sqlalchemy import create_engine, text

    from assistant.store.db import Base

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [
                name
                for name in Base.metadata.tables
                if connection.execute(
                    text(f"SELECT 1 FROM {name} AS t WHERE t::text LIKE :pattern LIMIT 1"),
                    {"pattern": f"%{needle}%"},
                ).first()
            ]
    finally:
        engine.dispose()


@contextmanager
def engines_for_session() -> Iterator[Engines | None]:
    if not (TEST_DATABASE_URL or TEST_CHROMA_URL):
        yield None
        return
    engines = Engines(TEST_DATABASE_URL, TEST_CHROMA_URL)
    try:
        yield engines
    finally:
        engines.close()
