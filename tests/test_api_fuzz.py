"""Schemathesis generates requests from the OpenAPI document: none may get a 5xx, and every
error is the JSON error body. Runs against the real app (dev mode: no key needed) on a
workspace with a few tagged records, an audit and a backlog in it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from engines import Engines, engine_settings
from hypothesis import HealthCheck, given, settings

from api.app import create_app
from assistant.services import Services
from assistant.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fuzz_app(
    tmp_path_factory: pytest.TempPathFactory, embedder: Any, _engines: Engines | None
) -> Iterator[Any]:
    home = tmp_path_factory.mktemp("fuzz") / "home"
    with engine_settings(_engines) as engines:  # PostgreSQL and Chroma under test-scale
        services = Services(Settings(home=home, max_upload_mb=1, **engines), embedder=embedder)
        yield create_app(services, dev=True, dev_workspace="fuzz", warm=False, run_jobs=False)
        services.close()


def test_no_request_gets_a_server_error(fuzz_app: Any) -> None:
    """Every operation, a dozen generated requests each (derandomised: the same every run)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    problems: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def probe(case: Any) -> None:
            response = case.call()
            where = f"{case.method} {case.formatted_path}"
            if response.status_code >= 500:
                problems.append(f"{where}: {response.status_code} {response.text[:200]}")
            elif response.status_code >= 400:
                body = response.json()
                if set(body.get("error", {})) != {"code", "message"}:
                    problems.append(f"{where}: error body {body}")

        probe()
    assert not problems, "\n".join(problems[:20])
