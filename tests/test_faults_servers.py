"""Faults of a database server (`make test-scale`): PostgreSQL drops the connections of
the test's database, or refuses new ones for a while. Requests in between get a clear 503,
the CLI one line, and the next requests work without a restart."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from engines import needs_postgres
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from api.app import create_app
from assistant.services import Services

pytestmark = needs_postgres
JOURNEY = Path(sys.executable).parent / "journey"


@pytest.fixture
def admin(services: Services) -> Iterator[tuple[Any, str]]:
    """An AUTOCOMMIT connection to the server's `postgres` database, and the test's name."""
    url = make_url(services.settings.resolved_database_url)
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = str(url.database)
    try:
        yield engine, name
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        engine.dispose()


def terminate(engine: Any, name: str) -> int:
    with engine.connect() as connection:
        return len(
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            ).all()
        )


def allow(engine: Any, name: str, allowed: bool) -> None:
    with engine.connect() as connection:
        connection.execute(
            text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}')
        )


def test_dropped_connections_are_replaced_and_an_outage_is_a_clear_503(
    services: Services, admin: tuple[Any, str]
) -> None:
    engine, name = admin
    app = create_app(services, dev=True, dev_workspace="w", warm=False, run_jobs=False)
    with TestClient(app) as client:
        assert client.get("/v1/records").status_code == 200
        assert terminate(engine, name) >= 1  # the server's pooled connection is gone
        assert client.get("/v1/records").status_code == 200  # pre-ping replaced it

        allow(engine, name, False)  # the database is gone for a while
        terminate(engine, name)
        gone = client.get("/v1/records")
        assert gone.status_code == 503, gone.text
        error = gone.json()["error"]
        assert error["code"] == "database_unavailable" and name in error["message"]
        assert "Traceback" not in gone.text and "SELECT" not in error["message"]
        failed = client.post("/v1/records", json={"records": [{"id": "1", "text": "kapot"}]})
        assert failed.status_code == 503

        allow(engine, name, True)
        back = client.get("/v1/records")
        assert back.status_code == 200 and back.json()["total"] == 0


def test_the_cli_says_in_one_line_that_the_database_is_gone(
    services: Services, admin: tuple[Any, str]
) -> None:
    engine, name = admin
    allow(engine, name, False)
    terminate(engine, name)
    result = subprocess.run(
        [str(JOURNEY), "workspaces"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 3 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0], result.stderr
    allow(engine, name, True)
    assert subprocess.run([str(JOURNEY), "workspaces"], capture_output=True).returncode == 0
