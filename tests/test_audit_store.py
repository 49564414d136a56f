"""The audit store: map versions per audit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from audit_fixtures import fixed_context
from export_fixtures import build_map

from assistant.audit.engine import start
from assistant.store import open_database
from assistant.store.audits import AuditStore


def test_version_counts_are_for_the_audits_asked_about(tmp_path: Path) -> None:
    store = AuditStore(open_database(f"sqlite:///{tmp_path / 'j.db'}"))
    context = fixed_context()
    one, _ = start(context, lang="en")
    two, _ = start(context, lang="nl")
    store.save(one)
    store.save(two)
    base, at = build_map(), datetime(2026, 11, 1, tzinfo=UTC)
    first = base.model_copy(update={"id": one.id})
    store.add_version(first, "finished", at)
    store.add_version(first.model_copy(update={"data_records": 42}), "refreshed", at)
    store.add_version(base.model_copy(update={"id": two.id}), "finished", at)
    assert store.version_counts([one.id, two.id]) == {one.id: 2, two.id: 1}
    assert store.version_counts([two.id, "au-none"]) == {two.id: 1}
    assert store.version_counts([]) == {}
