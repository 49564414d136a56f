"""The `journey` command as a user runs it: output, --json, exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app, main
from assistant.index import embeddings

runner = CliRunner()

CSV = 'id,date,rating,text\n1,2026-03-01,1,"Levering te laat, pakket kwijt"\n2,2026-13-45,5,Top\n'


@pytest.fixture(autouse=True)
def _shared_model(embedder: embeddings.UseEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(embeddings._CACHE, "use-m3", embedder)


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_help_lists_the_commands() -> None:
    code, output = run("--help")
    assert code == 0
    for command in ("ingest", "search", "reindex", "knowledge", "demo", "workspaces"):
        assert command in output


def test_ingest_json_report(write) -> None:
    path = write("r.csv", CSV)
    code, output = run("ingest", str(path), "-w", "cli", "--json")
    assert code == 0  # readable file, even with a rejected row
    report = json.loads(output)
    assert {k: report[k] for k in ("read", "stored", "duplicates", "rejected")} == {
        "read": 2,
        "stored": 1,
        "duplicates": 0,
        "rejected": 1,
    }
    assert report["rejects"] == [
        {"file": str(path), "line": 3, "reason": report["rejects"][0]["reason"]}
    ]
    assert "2026-13-45" in report["rejects"][0]["reason"]


def test_ingest_text_report_and_search(write) -> None:
    path = write("r.csv", CSV)
    code, output = run("ingest", str(path), "-w", "cli")
    assert code == 0 and "stored 1" in output and f"{path}:3" in output
    code, output = run("search", "where is my parcel", "-w", "cli", "-k", "3")
    assert code == 0 and "Levering te laat" in output and "review" in output
    code, output = run("search", "pakket", "-w", "cli", "--json")
    hits = json.loads(output)["hits"]
    assert hits[0]["text"].startswith("Levering") and hits[0]["score"] > 0
    code, output = run("workspaces")
    assert output.split() == ["cli", "1"]


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["ingest", "missing.csv"], 2, "missing.csv: no such file"),
        (["ingest", "{file}", "--format", "xml"], 2, "unknown format 'xml'"),
        (["ingest", "{binary}"], 2, "binary"),
        (["ingest", "{file}", "--map", "text"], 2, "FIELD=COLUMN"),
        (["search", "x", "--since", "someday"], 2, "--since"),
        (["knowledge", "show", "no_such_model"], 4, "no_such_model"),
    ],
)
def test_errors_are_clear_messages_with_exit_codes(
    write,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    exit_code: int,
    message: str,
) -> None:
    good = write("r.csv", CSV)
    binary = write("b.csv", b"\x00\x01\x02PK\x03\x04" * 50)
    argv = [a.format(file=good, binary=binary) for a in args]
    monkeypatch.setattr("sys.argv", ["journey", *argv])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == exit_code
    err = capsys.readouterr().err
    assert "Error:" in err and message.lower() in err.lower()
    assert "Traceback" not in err


def test_dry_run_json(write, tmp_path: Path) -> None:
    code, output = run("ingest", str(write("r.csv", CSV)), "-w", "dry", "--dry-run", "--json")
    assert code == 0 and json.loads(output)["dry_run"] is True
    code, output = run("workspaces", "--json")
    assert json.loads(output) == {}


def test_knowledge_list_and_show() -> None:
    code, output = run("knowledge", "list")
    assert code == 0 and "journey7" in output and "aida" in output
    code, output = run("knowledge", "show", "journey7", "--lang", "nl")
    assert code == 0
    for phase in (
        "awareness",
        "consideration",
        "purchase",
        "delivery",
        "usage",
        "loyalty",
        "advocacy",
    ):
        assert phase in output
