"""Small helpers shared by the tests (tests/ is on sys.path under pytest)."""

from __future__ import annotations

from assistant.services import Services


def texts_of(services: Services, workspace: str) -> list[tuple[str, str]]:
    """(id, text) of every stored record, by id."""
    return [(row[0], row[1]) for row in services.records.index_rows(workspace)]
