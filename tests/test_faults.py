"""Faults to survive (issue 15): an index that missed writes, a Chroma server that stops
and comes back, an upload cut off mid-file, files cut mid-line, a full disk, a damaged
SQLite file. Each ends in a clear error, nothing half-stored, and a way back."""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from engines import sqlite_only
from fastapi.testclient import TestClient
from fault_tools import chroma_server, free_port, http_server
from helpers import TAGGING_TEXTS, ingest_texts
from typer.testing import CliRunner

from api.app import create_app
from assistant.cli.main import app as cli
from assistant.ingest.pipeline import BATCH, reindex
from assistant.services import Services
from assistant.settings import Settings
from assistant.store.health import record_ids
from assistant.usecases.doctor import WorkspaceHealth, gather, judge

runner = CliRunner()
JOURNEY = Path(sys.executable).parent / "journey"


@pytest.mark.parametrize(
    ("counts", "ok", "words"),
    [
        ({"records": 5, "vectors": 5, "keywords": 5}, True, "in step: 5 records"),
        ({"records": 5, "vectors": 3, "missing_vectors": 2}, False, "index misses 2 records"),
        ({"records": 5, "extra_vectors": 1}, False, "1 records the database has not"),
        ({"records": 5, "keyword_missing": 1}, False, "keyword index differs"),
        ({"records": 5, "keyword_missing": 1, "keyword_stale": True}, True, "next search"),
        ({"records": 5, "index_error": "down"}, False, "start the index server"),
    ],
)
def test_the_verdict_follows_the_counts(counts: dict[str, Any], ok: bool, words: str) -> None:
    health = judge(WorkspaceHealth(workspace="shop", tags=0, **counts))
    assert health.ok is ok and words in health.verdict
    if not ok and "index_error" not in counts:
        assert "run `journey reindex --workspace shop`" in health.verdict


def test_doctor_shows_an_index_that_missed_writes_and_reindex_repairs_it(
    services: Services, tmp_path: Path, use_session_embedder: None
) -> None:
    ingest_texts(services, tmp_path / "in", "shop", TAGGING_TEXTS)
    ok = runner.invoke(cli, ["doctor", "--workspace", "shop"])
    assert ok.exit_code == 0, ok.output
    assert "records 7 · vectors 7 · keyword 7" in ok.output and "in step" in ok.output
    assert "password" not in ok.output and "secret" not in ok.output
    lost = sorted(record_ids(services.db, "shop"))
    services.vectors("shop").delete(lost[:3])  # writes the index missed

    broken = runner.invoke(cli, ["doctor", "-w", "shop"])
    assert broken.exit_code == 1
    assert "index misses 3 records: run `journey reindex --workspace shop`" in broken.output
    report = json.loads(runner.invoke(cli, ["doctor", "-w", "shop", "--json"]).output)
    assert report["ok"] is False and report["workspaces"][0]["missing_vectors"] == 3

    app = create_app(services, dev=True, dev_workspace="shop", warm=False, run_jobs=False)
    with TestClient(app) as client:
        answer = client.get("/v1/doctor").json()
    assert answer["ok"] is False and answer["workspaces"][0]["missing_vectors"] == 3

    assert runner.invoke(cli, ["reindex", "-w", "shop"]).exit_code == 0
    again = runner.invoke(cli, ["doctor", "-w", "shop"])
    assert again.exit_code == 0 and "vectors 7" in again.output


def test_a_chroma_server_that_stops_and_comes_back(
    services: Services, tmp_path: Path, embedder: Any
) -> None:
    """Down: search and ingest answer 503 index_unavailable and nothing is stored; back:
    both work. A server that comes back empty shows in doctor until reindex."""
    with chroma_server(tmp_path / "chroma-data") as chroma:
        settings = Settings(home=services.settings.home, chroma_url=f"{chroma.url}/faults")
        served = Services(settings, embedder)
        app = create_app(served, dev=True, dev_workspace="w", warm=False, run_jobs=False)
        rows = [{"id": f"r{i}", "text": t} for i, t in enumerate(TAGGING_TEXTS)]
        with TestClient(app) as client:
            assert client.post("/v1/records", json={"records": rows[:4]}).json()["stored"] == 4
            chroma.stop()
            for response in (
                client.get("/v1/search", params={"q": "pakket"}),
                client.post("/v1/records", json={"records": rows[4:]}),
            ):
                assert response.status_code == 503, response.text
                error = response.json()["error"]
                assert error["code"] == "index_unavailable"
                assert chroma.url in error["message"] and "Traceback" not in response.text
            assert client.get("/v1/records").json()["total"] == 4  # nothing half-stored
            down = gather(served, "w").workspaces[0]
            assert not down.ok and "not answering" in down.verdict

            chroma.start()
            assert client.post("/v1/records", json={"records": rows[4:]}).json()["stored"] == 3
            hits = client.get("/v1/search", params={"q": "pakket track trace"}).json()["hits"]
            assert hits and hits[0]["external_id"] == "r0"

            chroma.stop()
            chroma.wipe()  # back on an empty volume: every vector lost
            chroma.start()
            lost = gather(served, "w").workspaces[0]
            assert not lost.ok and lost.missing_vectors == 7
            assert "index misses 7 records: run `journey reindex --workspace w`" in lost.verdict
            assert reindex(served, "w") == 7
            assert gather(served, "w").workspaces[0].ok
        served.close()


def _cli_with_chroma_down(tmp_path: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JOURNEY_CHROMA_URL": f"http://127.0.0.1:{free_port()}/x"}
    return subprocess.run(
        [str(JOURNEY), *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_cli_says_in_one_line_that_the_index_is_down(tmp_path: Path, write: Any) -> None:
    path = write("a.jsonl", '{"id": "1", "text": "Mijn pakket is kapot"}\n')
    result = _cli_with_chroma_down(tmp_path, ["ingest", str(path), "-w", "w"])
    assert result.returncode == 3, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Chroma server at http://127.0.0.1" in lines[0]
    assert "Traceback" not in result.stderr


MULTIPART = (
    b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.jsonl"\r\n'
    b"Content-Type: application/octet-stream\r\n\r\n"
    b'{"id": "1", "text": "Mijn pakket kwam kapot aan"}\n'
    b'{"id": "2", "text": "De bezorger was heel vrien'
)


def test_an_upload_cut_off_mid_file_is_refused_whole(services: Services) -> None:
    app = create_app(services, dev=True, dev_workspace="w", warm=False, run_jobs=False)
    kind = {"content-type": "multipart/form-data; boundary=XyZ"}
    with TestClient(app) as client:
        cut = client.post("/v1/records", content=MULTIPART, headers=kind)
        assert cut.status_code == 400
        assert cut.json()["error"]["code"] == "incomplete_upload"
        assert "cut off" in cut.json()["error"]["message"]
        assert client.get("/v1/records").json()["total"] == 0
        whole = MULTIPART + b'ndelijk"}\n\r\n--XyZ--\r\n'
        done = client.post("/v1/records", content=whole, headers=kind)
        assert done.status_code == 200 and done.json()["stored"] == 2, done.text


def test_a_body_shorter_than_its_length_stores_nothing(services: Services) -> None:
    """The client sends part of what Content-Length promised and hangs up."""
    app = create_app(services, dev=True, dev_workspace="w", warm=False, run_jobs=False)
    with http_server(app) as port:
        head = (
            "POST /v1/records HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: multipart/form-data; boundary=XyZ\r\n"
            f"Content-Length: {len(MULTIPART) + 5000}\r\n\r\n"
        )
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(head.encode() + MULTIPART)
            sock.shutdown(socket.SHUT_WR)
            answer = sock.recv(65536)  # the server may answer or just close: never hang
        assert b"200 OK" not in answer
        with TestClient(app) as client:
            assert client.get("/v1/records").json()["total"] == 0
        assert services.records.count("w") == 0


def test_ingest_of_files_cut_mid_line_stores_the_good_rows(
    write: Any, use_session_embedder: None
) -> None:
    jsonl = write("cut.jsonl", '{"id": "1", "text": "Pakket kwam kapot aan"}\n{"id": "2", "te')
    csv = write("cut.csv", 'id,text\n3,Retour duurt lang\n4,"Mijn geld is nog niet ')
    result = runner.invoke(cli, ["ingest", str(jsonl), str(csv), "-w", "w", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["read"], report["stored"], report["rejected"]) == (4, 2, 2)
    assert report["read"] == report["stored"] + report["duplicates"] + report["rejected"]
    where = {(Path(r["file"]).name, r["line"]) for r in report["rejects"]}
    assert where == {("cut.jsonl", 2), ("cut.csv", 3)}
    assert any("cut off" in r["reason"] for r in report["rejects"])


def _limit_file_size(limit: int) -> Any:
    def limit_it() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes fail with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_it


@sqlite_only("a file-size limit is what a full disk looks like to a SQLite home")
def test_a_full_disk_is_a_clear_error_and_leaves_whole_batches(
    tmp_path: Path, write: Any, embedder: Any
) -> None:
    from assistant.index.embeddings import UseEmbedder

    home = Settings()
    UseEmbedder(cache_dir=home.models_path / "encoders").embed(["unpacked before the limit"])
    words = "pakket bezorging kapot retour factuur levering vertraging wachtwoord korting".split()
    texts = [f"Bericht {i}: {' '.join(words[i % 9 :] + words[: i % 9])}" for i in range(BATCH + 88)]
    path = write("many.jsonl", "".join(json.dumps({"id": i, "text": t}) + "\n"
                                       for i, t in enumerate(texts)))  # fmt: skip
    args = [str(JOURNEY), "ingest", str(path), "-w", "w", "--json"]
    full = subprocess.run(
        args, capture_output=True, text=True, timeout=300, preexec_fn=_limit_file_size(1_500_000)
    )
    assert full.returncode != 0
    assert "disk full or file too large" in full.stderr and "Traceback" not in full.stderr

    services = Services(Settings())  # the limit is lifted: the home opens fine
    try:
        stored = services.records.count("w")
        assert stored % BATCH == 0 and stored < len(texts)  # whole batches, none half
        assert gather(services, "w").workspaces[0].ok if stored else True
    finally:
        services.close()
    again = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["stored"], report["duplicates"]) == (len(texts) - stored, stored)
    doctor = subprocess.run([str(JOURNEY), "doctor"], capture_output=True, text=True)
    assert doctor.returncode == 0, doctor.stdout


@sqlite_only("the SQLite file itself is damaged")
def test_a_damaged_sqlite_file_is_a_clear_error(services: Services) -> None:
    database = services.settings.home / "journey.db"
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"not a database at all " * 500)
    result = subprocess.run(
        [str(JOURNEY), "workspaces"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert "cannot be read" in result.stderr and "restore it from a backup" in result.stderr
    app = create_app(services, dev=True, dev_workspace="w", warm=False, run_jobs=False)
    with TestClient(app) as client:
        response = client.get("/v1/records")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "database_unavailable"
