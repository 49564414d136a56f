"""Erasure (journey forget, DELETE routes) and retention: after an erasure no file in the
home folder holds the erased text, counts elsewhere are kept, and the log holds no content."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from engines import database_holding
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from assistant.cli.main import app as cli
from assistant.models import SearchFilters
from assistant.models.backlog import Backlog, BacklogFix, PainCluster
from assistant.models.journey_map import Quote
from assistant.privacy.scrub import NOTE
from assistant.search import search
from assistant.services import Services
from assistant.settings import Settings
from assistant.store.backlogs import BacklogStore
from assistant.store.erasure import erasure_log
from assistant.usecases.audits import start_audit, store_of
from assistant.usecases.demo import tag_untagged
from assistant.usecases.erasure import Selection, forget
from assistant.usecases.records import ingest_rows

MARKER = "Zyqxwv7731"
KEPT = "Plonkfiets4410"
ROWS = [
    {
        "id": "m1",
        "customer": "cust-42",
        "created_at": "2026-10-01",
        "text": f"My espresso machine {MARKER} leaks water all over the counter, I want a refund",
    },
    {
        "id": "m2",
        "customer": "cust-42",
        "created_at": "2026-10-03",
        "text": f"Still no refund for order {MARKER}, this is the third time I write to you",
    },
    {
        "id": "k1",
        "customer": "cust-7",
        "created_at": "2026-10-02",
        "text": f"The {KEPT} delivery came two days late and the box was damaged",
    },
    {
        "id": "k2",
        "customer": "cust-8",
        "created_at": "2020-01-05",
        "text": "Old complaint, slow refund",
    },
]


def files_holding(home: Path, needle: str) -> list[str]:
    """Every file under the home folder whose bytes contain ``needle`` (any file type)."""
    found = []
    for path in home.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            found.append(str(path.relative_to(home)))
    return found


def seed(services: Services) -> dict[str, Any]:
    """Records, tags, an audit and a backlog quoting the marked records, a demo export."""
    ingest_rows(services, "shop", ROWS)
    tag_untagged(services, "shop")
    ids = {r.external_id: r.id for r in services.records.find(workspace="shop")}
    marked = services.records.get_many("shop", [ids["m1"]])[ids["m1"]]
    quote = Quote(record_id=marked.id, text=marked.text)
    state, _, _ = start_audit(services, "shop", "en")
    from assistant.models.journey_map import PhaseMap

    state.map.phases.append(PhaseMap(id="usage", name="Usage", pain_points=[_pain(quote)]))
    state.chat[0].text += f"\n\nA customer wrote: “{marked.text[:60]}…”"
    store_of(services).save(state)
    backlog = Backlog(
        id="bl-test",
        workspace="shop",
        pain_points=[
            PainCluster(
                id="p1",
                phase="usage",
                label="Leaking machines",
                count=2,
                share=0.5,
                quotes=[quote],
                record_ids=[ids["m1"], ids["m2"], ids["k1"]],
            )
        ],
        fixes=[BacklogFix(id="f1", title="Fix leaks", quotes=[quote], record_ids=[ids["m1"]])],
    )
    BacklogStore(services.db).save(backlog)
    demo = services.settings.home / "demo"
    demo.mkdir(parents=True, exist_ok=True)
    (demo / "backlog.html").write_text(f"<p>{marked.text}</p>", encoding="utf-8")
    return {"ids": ids, "audit": state.id}


def _pain(quote: Quote) -> Any:
    from assistant.models.journey_map import PainPoint, evidence

    return PainPoint(text="Leaks", source=evidence([quote.record_id], 2), count=2, quotes=[quote])


@pytest.fixture
def seeded(tmp_path: Path, embedder: Any) -> tuple[Services, dict[str, Any]]:
    services = Services(Settings(home=tmp_path / "home"), embedder=embedder)
    return services, seed(services)


def test_forget_a_customer_leaves_no_trace_in_any_file(seeded, monkeypatch) -> None:
    services, seen = seeded
    home = services.settings.home
    services.db.compact()
    assert files_holding(home, MARKER), "the seed did not store the marker"
    assert search(services, "shop", MARKER, SearchFilters(), 5)
    services.close()

    monkeypatch.setenv("JOURNEY_HOME", str(home))
    dry = CliRunner().invoke(cli, ["forget", "--customer", "cust-42", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "Would erase 2 records" in dry.output and "Nothing was changed" in dry.output
    assert files_holding(home, MARKER)

    result = CliRunner().invoke(cli, ["forget", "--customer", "cust-42", "--who", "dpo"])
    assert result.exit_code == 0, result.output
    assert "Erased 2 records" in result.output
    assert "vectors in the vector index" in result.output

    assert files_holding(home, MARKER) == []
    if services.settings.database_url:  # make test-scale: the rows are on PostgreSQL
        assert database_holding(services.settings.database_url, MARKER) == []
        assert database_holding(services.settings.database_url, KEPT), "a kept record went"
    else:
        assert files_holding(home, KEPT), "a record that was not erased went too"
    after = Services(Settings(home=home), embedder=services.embedder)
    try:
        hits = search(after, "shop", MARKER, SearchFilters(), 5)
        assert all(MARKER not in h.text for h in hits) and len(hits) == 2
        assert after.records.count("shop") == 2
        assert after.vectors("shop").count() == 2
        backlog = BacklogStore(after.db).get("bl-test")
        pain = backlog.pain_points[0]
        assert pain.count == 2 and pain.quotes[0].text == NOTE
        assert pain.record_ids == [seen["ids"]["k1"]]
        assert backlog.fixes[0].quotes[0].text == NOTE
        state = store_of(after).load(seen["audit"])
        assert state.map.phases[0].pain_points[-1].quotes[0].text == NOTE
        assert NOTE in state.chat[0].text
        log = erasure_log(after.db)
        assert log[0].who == "dpo" and log[0].counts["records"] == 2
        assert MARKER not in json.dumps(log[0].counts) + log[0].selector
        assert after.tags.for_records([seen["ids"]["m1"], seen["ids"]["m2"]]) == {}
    finally:
        after.close()


def test_forget_by_record_and_by_matching_text(seeded) -> None:
    services, seen = seeded
    try:
        one = forget(services, Selection(record_ids=[seen["ids"]["m1"]]), "test")
        assert one.records == 1 and one.removed["records"] == 1
        nothing = forget(services, Selection(matching="no such words here"), "test")
        assert nothing.records == 0
        matched = forget(services, Selection(matching=MARKER.lower()), "test")
        assert matched.records == 1  # m2; case does not matter
        assert services.records.count("shop") == 2
        with pytest.raises(Exception, match="choose one"):
            forget(services, Selection(), "test")
        with pytest.raises(Exception, match="at least 4"):
            forget(services, Selection(matching="ab"), "test")
    finally:
        services.close()


def test_retention_erases_expired_records(tmp_path: Path, embedder: Any, monkeypatch) -> None:
    home = tmp_path / "home"
    services = Services(Settings(home=home, retention_days=365), embedder=embedder)
    try:
        ingest_rows(services, "shop", ROWS)
        from assistant.usecases.erasure import forget_expired

        report = forget_expired(services)
        assert report is not None and report.records == 1  # k2, from 2020
        assert "older than 365 days" in report.selector
        assert services.records.count("shop") == 3
        from assistant.usecases.tagging import JobRunner

        runner = JobRunner(services)
        assert runner.retention_due(0.0)
        runner.last_retention = 0.0
        assert not runner.retention_due(3600.0) and runner.retention_due(86_400.0)
    finally:
        services.close()
    monkeypatch.setenv("JOURNEY_HOME", str(home))
    monkeypatch.delenv("JOURNEY_RETENTION_DAYS", raising=False)
    off = CliRunner().invoke(cli, ["forget", "--expired"])
    assert "JOURNEY_RETENTION_DAYS" in str(off.exception)  # main() turns it into exit code 2


def test_delete_routes_erase_within_the_callers_workspace(tmp_path: Path, embedder: Any) -> None:
    services = Services(Settings(home=tmp_path / "home"), embedder=embedder)
    from assistant.store.keys import KeyStore

    with TestClient(create_app(services, warm=False, run_jobs=False)) as client:
        ingest_rows(services, "shop", ROWS)
        _, key = KeyStore(services.db).create("shop")
        _, other = KeyStore(services.db).create("elsewhere")
        auth = {"Authorization": f"Bearer {key}"}
        record_id = services.records.find(workspace="shop", ids=[])[0].id
        hidden = client.delete(
            f"/v1/records/{record_id}", headers={"Authorization": f"Bearer {other}"}
        )
        assert hidden.status_code == 404
        gone = client.delete(f"/v1/records/{record_id}", headers=auth)
        assert gone.status_code == 200 and gone.json()["records"] == 1
        assert client.get(f"/v1/records/{record_id}", headers=auth).status_code == 404
        dry = client.delete("/v1/customers/cust-42", params={"dry_run": True}, headers=auth).json()
        assert dry["dry_run"] is True
        customer = client.delete("/v1/customers/cust-42", headers=auth).json()
        assert customer["records"] == dry["records"]
        assert client.delete("/v1/customers/cust-42", headers=auth).json()["records"] == 0


def test_old_cached_answers_without_a_text_hash_are_found_by_their_quote(
    services: Services,
) -> None:
    services.tags.remember({"k-old": {"evidence": f"leaks {MARKER} water"}})
    services.tags.remember({"k-new": {"evidence": "x"}}, {"k-new": "abc"})
    services.tags.remember({"k-keep": {"evidence": "unrelated words"}})
    removed = services.tags.forget_cached(["abc"], [f"machine leaks {MARKER} water badly"])
    assert removed == 2
    assert set(services.tags.cached(["k-old", "k-new", "k-keep"])) == {"k-keep"}
