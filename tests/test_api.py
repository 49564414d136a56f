"""The HTTP API end to end over the real app (FastAPI TestClient, SQLite, embedded Chroma):
keys and workspaces, every route, errors as JSON, limits, concurrent uploads."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from helpers import TAGGING_TEXTS

from api.app import create_app
from assistant.services import Services
from assistant.settings import Settings
from assistant.store.keys import KeyStore

OPENING = ["Why do customers abandon checkout?", "First-time buyer", "1", "b2c", "2", "journey7"]
CSV = (
    "id,text,created_at,rating\n"
    '1,"Bezorging duurde twee weken, pakket kwam beschadigd aan",2026-10-01,1\n'
    '2,"@X ""If you are reading this, maybe you should work here""",2026-10-02,2\n'
    "3,,2026-10-03,3\n"
    '4,"Checkout kept failing with my credit card, so annoying",2026-10-04,1\n'
)


def make_services(tmp_path: Path, embedder: Any, **settings: Any) -> Services:
    return Services(Settings(home=tmp_path / "home", **settings), embedder=embedder)


@pytest.fixture
def server(tmp_path: Path, embedder: Any) -> Iterator[tuple[TestClient, Services]]:
    services = make_services(tmp_path, embedder, max_request_mb=0.05, max_upload_mb=1)
    app = create_app(services, warm=False)
    with TestClient(app) as client:
        yield client, services


def key_for(services: Services, workspace: str) -> dict[str, str]:
    _, key = KeyStore(services.db).create(workspace, "test")
    return {"Authorization": f"Bearer {key}"}


def wait_for_job(client: TestClient, auth: dict[str, str], job_id: int) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job = client.get(f"/v1/tag-jobs/{job_id}", headers=auth).json()
        if job["status"] in ("done", "failed", "cancelled"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def test_health_needs_no_key_and_everything_else_does(server) -> None:
    client, services = server
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.json()["database"] == "ok"
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        answer = client.get("/v1/session", headers=headers)
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "unauthorized"
    auth = key_for(services, "team-a")
    session = client.get("/v1/session", headers=auth).json()
    assert session["workspace"] == "team-a" and session["dev"] is False


def test_keys_from_the_cli_revoked_keys_and_other_workspaces(server, tmp_path: Path) -> None:
    client, services = server
    from typer.testing import CliRunner

    from assistant.cli.main import app as cli

    result = CliRunner().invoke(cli, ["keys", "create", "--workspace", "team-a", "--name", "bi"])
    assert result.exit_code == 0, result.output
    key = result.output.strip().splitlines()[-1]
    auth = {"Authorization": f"Bearer {key}"}
    added = client.post(
        "/v1/records", json={"records": [{"id": "a1", "text": "Te laat!"}]}, headers=auth
    )
    assert added.status_code == 200, added.text
    record_id = client.get("/v1/records", headers=auth).json()["items"][0]["id"]
    assert client.get(f"/v1/records/{record_id}", headers=auth).status_code == 200

    other = key_for(services, "team-b")
    hidden = client.get(f"/v1/records/{record_id}", headers=other)
    assert hidden.status_code == 404 and hidden.json()["error"]["code"] == "not_found"
    assert client.get("/v1/records", headers=other).json()["total"] == 0

    listed = CliRunner().invoke(cli, ["keys", "list"])
    assert "team-a" in listed.output and key not in listed.output
    key_id = listed.output.split()[0]
    assert CliRunner().invoke(cli, ["keys", "revoke", key_id]).exit_code == 0
    assert client.get("/v1/session", headers=auth).status_code == 401


def test_records_as_json_and_as_an_upload_report_like_ingest(server) -> None:
    client, services = server
    auth = key_for(services, "shop")
    rows = [
        {"id": "j1", "text": "My refund never arrived", "rating": 1, "created_at": "2026-10-01"},
        {"id": "j2", "text": ""},
        {"id": "j1", "text": "My refund never arrived", "rating": 1, "created_at": "2026-10-01"},
    ]
    report = client.post("/v1/records", json={"records": rows}, headers=auth).json()
    assert (report["read"], report["stored"], report["duplicates"], report["rejected"]) == (
        3,
        1,
        1,
        1,
    )
    assert report["rejects"][0]["file"] == "request" and report["rejects"][0]["line"] == 2

    upload = client.post(
        "/v1/records",
        files={"file": ("tickets.csv", CSV.encode(), "text/csv")},
        headers=auth,
    )
    assert upload.status_code == 200, upload.text
    body = upload.json()
    assert body["read"] == 4 and body["stored"] == 3 and body["rejected"] == 1
    assert body["rejects"][0]["file"] == "tickets.csv" and body["rejects"][0]["line"] == 4

    page = client.get("/v1/records", params={"limit": 2}, headers=auth).json()
    assert page["total"] == 4 and len(page["items"]) == 2
    assert all(item["tag"] is None for item in page["items"])
    missing = client.get("/v1/records/nope", headers=auth)
    assert missing.status_code == 404 and "Traceback" not in missing.text
    bad = client.post("/v1/records", json={"records": "x"}, headers=auth)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_input"


def test_limits_give_413_naming_the_limit(server) -> None:
    client, services = server
    auth = key_for(services, "shop")
    big = {"records": [{"id": str(i), "text": "x" * 1000} for i in range(100)]}
    answer = client.post("/v1/records", json=big, headers=auth)
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "too_large"
    assert "0.05 MB" in answer.json()["error"]["message"]
    upload = client.post(
        "/v1/records", files={"file": ("big.csv", b"id,text\n" + b"1,y\n" * 300_000)}, headers=auth
    )
    assert upload.status_code == 413 and "1 MB" in upload.json()["error"]["message"]
    assert client.get("/v1/records", headers=auth).json()["total"] == 0


def test_classify_answers_like_the_cli_in_order(server, tmp_path: Path) -> None:
    client, services = server
    auth = key_for(services, "shop")
    items = [{"id": f"i{n}", "text": t} for n, t in enumerate(TAGGING_TEXTS)]
    answer = client.post("/v1/classify", json={"items": items}, headers=auth)
    assert answer.status_code == 200, answer.text
    tags = answer.json()["items"]
    assert [t["id"] for t in tags] == [i["id"] for i in items]

    from assistant.classify.factory import build_classifier
    from assistant.classify.jobs import classify_file

    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    classify_file(build_classifier(services, "local"), source, target)
    cli = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [set(t) for t in tags] == [set(c) for c in cli]
    drop = {"tagged_at"}
    assert [{k: v for k, v in t.items() if k not in drop} for t in tags] == [
        {k: v for k, v in c.items() if k not in drop} for c in cli
    ]
    too_many = {"items": [{"id": str(n), "text": "hi"} for n in range(1001)]}
    over = client.post("/v1/classify", json=too_many, headers=auth)
    assert over.status_code in (413, 422)


def test_tag_job_runs_outside_the_request_then_search_correct_and_review(server) -> None:
    client, services = server
    auth = key_for(services, "shop")
    rows = [{"id": f"t{n}", "text": t} for n, t in enumerate(TAGGING_TEXTS)]
    client.post("/v1/records", json={"records": rows}, headers=auth)
    created = client.post("/v1/tag-jobs", json={"classifier": "local"}, headers=auth)
    assert created.status_code == 202
    job = wait_for_job(client, auth, created.json()["id"])
    assert job["status"] == "done" and job["done"] == len(rows) and job["progress"] == 1.0
    assert (
        client.get(f"/v1/tag-jobs/{job['id']}", headers=key_for(services, "x")).status_code == 404
    )

    tagged = client.get("/v1/records", params={"phase": "delivery"}, headers=auth).json()
    assert tagged["total"] >= 1 and all(i["tag"]["phase"] == "delivery" for i in tagged["items"])

    hits = client.get("/v1/search", params={"q": "pakket onderweg", "k": 3}, headers=auth).json()
    assert hits["hits"] and "pakket" in hits["hits"][0]["text"].lower()
    record_id = hits["hits"][0]["record_id"]
    fixed = client.post(
        f"/v1/records/{record_id}/corrections",
        json={"phase": "usage", "emotion": "frustration"},
        headers=auth,
    ).json()
    assert fixed["tag"]["phase"] == "usage" and fixed["tag"]["corrected"] is True
    wrong = client.post(
        f"/v1/records/{record_id}/corrections",
        json={"phase": "nowhere", "emotion": "frustration"},
        headers=auth,
    )
    assert wrong.status_code == 400 and "unknown phase" in wrong.json()["error"]["message"]
    queue = client.get("/v1/review-queue", headers=auth).json()["items"]
    assert record_id not in [q["record_id"] for q in queue]
    assert all(q["reason"] for q in queue)


def test_cancelled_job_stays_cancelled(tmp_path: Path, embedder: Any) -> None:
    services = make_services(tmp_path, embedder)
    app = create_app(services, warm=False, run_jobs=False)  # nothing runs it: cancel a queued job
    with TestClient(app) as client:
        auth = key_for(services, "shop")
        rows = [{"id": f"t{n}", "text": t} for n, t in enumerate(TAGGING_TEXTS)]
        client.post("/v1/records", json={"records": rows}, headers=auth)
        job = client.post("/v1/tag-jobs", headers=auth).json()
        assert job["status"] == "queued" and job["total"] == len(rows)
        cancelled = client.post(f"/v1/tag-jobs/{job['id']}/cancel", headers=auth).json()
        assert cancelled["status"] == "cancelled"
    from assistant.usecases.worker import Worker

    assert Worker(services).run_one() is False  # not picked up after a restart


def test_queued_job_resumes_after_a_restart(tmp_path: Path, embedder: Any) -> None:
    services = make_services(tmp_path, embedder)
    with TestClient(create_app(services, warm=False, run_jobs=False)) as client:
        auth = key_for(services, "shop")
        rows = [{"id": f"t{n}", "text": t} for n, t in enumerate(TAGGING_TEXTS)]
        client.post("/v1/records", json={"records": rows}, headers=auth)
        job_id = client.post("/v1/tag-jobs", headers=auth).json()["id"]
    restarted = make_services(tmp_path, embedder)
    with TestClient(create_app(restarted, warm=False)) as client:
        job = wait_for_job(client, auth, job_id)
        assert job["status"] == "done" and job["done"] == len(rows)


def test_a_dutch_audit_over_http_with_map_versions_and_stream(server) -> None:
    client, services = server
    auth = key_for(services, "shop")
    started = client.post("/v1/audits", json={"lang": "nl"}, headers=auth)
    assert started.status_code == 201, started.text
    audit = started.json()
    audit_id = audit["id"]
    assert audit["lang"] == "nl" and audit["reply"]["text"] and audit["step"] == "goal"
    for answer in ["Waarom haken klanten af bij het afrekenen?", "Nieuwe klant", "1", "b2c"]:
        turn = client.post(f"/v1/audits/{audit_id}/messages", json={"text": answer}, headers=auth)
        assert turn.status_code == 200, turn.text
    audit = turn.json()
    assert audit["map"]["goal"]["text"].startswith("Waarom")
    assert audit["phase"] is None  # the opening steps ask about no phase yet
    assert [m["role"] for m in audit["messages"][:3]] == ["assistant", "user", "assistant"]

    with client.stream(
        "POST", f"/v1/audits/{audit_id}/messages/stream", json={"text": "2"}, headers=auth
    ) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        raw = "".join(stream.iter_text())
    events = [block for block in raw.split("\n\n") if block.strip()]
    assert events[0].startswith("event: delta") and events[-1].startswith("event: done")
    deltas = "".join(json.loads(e.split("data: ", 1)[1])["text"] for e in events[:-1])
    done = json.loads(events[-1].split("data: ", 1)[1])
    assert deltas == done["reply"]["text"]

    for answer in ["journey7", *["klaar"] * 8]:
        client.post(f"/v1/audits/{audit_id}/messages", json={"text": answer}, headers=auth)
    audit = client.get(f"/v1/audits/{audit_id}", headers=auth).json()
    assert audit["finished"] is True and audit["version"] == 1
    for fmt in ("md", "html", "json", "csv", "mermaid"):
        exported = client.get(f"/v1/audits/{audit_id}/map", params={"format": fmt}, headers=auth)
        assert exported.status_code == 200 and exported.text
    assert json.loads(client.get(f"/v1/audits/{audit_id}/map?format=json", headers=auth).text)[
        "goal"
    ]["text"].startswith("Waarom")
    versions = client.get(f"/v1/audits/{audit_id}/versions", headers=auth).json()["items"]
    assert [v["version"] for v in versions] == [1]
    assert client.get(f"/v1/audits/{audit_id}/diff", headers=auth).json()["changes"] == []
    assert (
        client.get(f"/v1/audits/{audit_id}", headers=key_for(services, "other")).status_code == 404
    )
    bad = client.get(f"/v1/audits/{audit_id}/map", params={"format": "pdf"}, headers=auth)
    assert bad.status_code == 422
    assert client.get("/v1/audits", headers=auth).json()["items"][0]["id"] == audit_id


def test_backlog_from_data_edit_and_every_export(server) -> None:
    client, services = server
    auth = key_for(services, "shop")
    from assistant.samples import sample_folder

    for path in sorted(sample_folder().iterdir()):
        if path.suffix in (".csv", ".jsonl", ".json"):
            with path.open("rb") as handle:
                files = {"file": (path.name, handle.read())}
            assert client.post("/v1/records", files=files, headers=auth).status_code == 200
    job = client.post("/v1/tag-jobs", json={"classifier": "local"}, headers=auth).json()
    assert wait_for_job(client, auth, job["id"])["status"] == "done"

    built = client.post("/v1/backlogs", json={"from": "data", "period": "all"}, headers=auth)
    assert built.status_code == 201, built.text
    backlog = built.json()
    assert backlog["fixes"] and backlog["ranked"][0]["position"] == 1
    fix_id = backlog["ranked"][-1]["fix_id"]
    edited = client.patch(
        f"/v1/backlogs/{backlog['id']}/fixes/{fix_id}",
        json={"impact": 5, "effort": 1, "owner": "Webshop"},
        headers=auth,
    ).json()
    fix = next(f for f in edited["fixes"] if f["id"] == fix_id)
    assert (fix["impact"], fix["effort"], fix["owner"]) == (5, 1, "Webshop")
    assert [r["fix_id"] for r in edited["ranked"]].index(fix_id) < len(edited["ranked"]) - 1
    bad = client.patch(
        f"/v1/backlogs/{backlog['id']}/fixes/{fix_id}", json={"impact": 9}, headers=auth
    )
    assert bad.status_code == 422
    for fmt in ("md", "csv", "json", "jira", "svg", "html"):
        exported = client.get(
            f"/v1/backlogs/{backlog['id']}/export", params={"format": fmt}, headers=auth
        )
        assert exported.status_code == 200 and exported.text, fmt
        assert "attachment" in exported.headers["content-disposition"]
    csv_text = client.get(f"/v1/backlogs/{backlog['id']}/export?format=csv", headers=auth).text
    assert "Webshop" in csv_text
    cleared = client.patch(
        f"/v1/backlogs/{backlog['id']}/fixes/{fix_id}",
        json={"owner": None, "due": None},
        headers=auth,
    ).json()
    fix = next(f for f in cleared["fixes"] if f["id"] == fix_id)
    assert fix["owner"] is None and fix["impact"] == 5
    listed = client.get("/v1/backlogs", headers=auth).json()["items"]
    assert listed[0]["id"] == backlog["id"]
    hidden = client.get(f"/v1/backlogs/{backlog['id']}", headers=key_for(services, "other"))
    assert hidden.status_code == 404
    from_audit = client.post("/v1/backlogs", json={"from": "audit"}, headers=auth)
    assert from_audit.status_code == 422


def test_knowledge_and_errors_are_json(server) -> None:
    client, services = server
    auth = key_for(services, "shop")
    for kind in ("phase-models", "emotions", "touchpoints", "friction-patterns"):
        items = client.get(f"/v1/knowledge/{kind}", headers=auth).json()["items"]
        assert items, kind
    assert client.get("/v1/knowledge/nothing", headers=auth).status_code == 422
    unknown = client.get("/v1/nothing-here", headers=auth)
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"


def test_two_uploads_of_one_file_at_once_store_each_record_once(server) -> None:
    client, services = server
    auth = key_for(services, "shop")
    lines = "id,text\n" + "".join(f"{n},order {n} arrived broken\n" for n in range(300))
    answers: list[dict[str, Any]] = []
    barrier = threading.Barrier(2)

    def upload() -> None:
        barrier.wait()
        files = {"file": ("same.csv", lines.encode())}
        answers.append(client.post("/v1/records", files=files, headers=auth).json())

    threads = [threading.Thread(target=upload) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(a["read"] == 300 for a in answers), answers
    assert sum(a["stored"] for a in answers) == 300
    assert all(a["stored"] + a["duplicates"] + a["rejected"] == 300 for a in answers)
    assert services.records.count("shop") == 300


def test_openapi_is_complete_with_an_example_for_every_body(server) -> None:
    client, _ = server
    document = client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    paths = document["paths"]
    for route in ("/v1/records", "/v1/classify", "/v1/tag-jobs", "/v1/audits", "/v1/backlogs"):
        assert route in paths
    for path, methods in paths.items():
        for method, operation in methods.items():
            content = operation.get("requestBody", {}).get("content", {})
            for media, spec in content.items():
                schema = spec.get("schema", {})
                refs = [schema.get("$ref", "")] + [
                    o.get("$ref", "") for o in schema.get("anyOf", [])
                ]
                ref = next((r for r in refs if r), "")
                named = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref else {}
                has_example = "example" in spec or "examples" in spec or "examples" in named
                assert has_example, f"{method.upper()} {path} ({media}) has no example"


def test_dev_mode_serves_one_workspace_without_keys(tmp_path: Path, embedder: Any) -> None:
    services = make_services(tmp_path, embedder)
    app = create_app(services, dev=True, dev_workspace="demo", warm=False, run_jobs=False)
    with TestClient(app) as client:
        session = client.get("/v1/session").json()
        assert session == {**session, "workspace": "demo", "dev": True}
        page = client.get("/")
        assert page.status_code == 200 and "<html" in page.text.lower()
    from assistant.cli.serve import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("0.0.0.0")
