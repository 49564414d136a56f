"""`journey tag`, `journey classify` and `journey correct` as a user runs them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import TAGGING_TEXTS, ingest_texts
from sqlalchemy import select
from typer.testing import CliRunner

from assistant.classify.base import UNKNOWN_PHASE, Taxonomy
from assistant.cli.main import app, main
from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.kb.loader import load_knowledge
from assistant.services import Services
from assistant.store.db import CorrectionRow

runner = CliRunner()
TAXONOMY = Taxonomy.from_knowledge(load_knowledge())
TEXTS = [TAGGING_TEXTS[i] for i in (0, 1, 2, 6)]
CONTRACT = {"id", "phase", "phase_confidence", "emotion", "emotion_confidence", "evidence"}


@pytest.fixture(autouse=True)
def _shared_model(use_session_embedder: None) -> None:
    """Every test here runs CLI commands: they reuse the session's embedding model."""


@pytest.fixture
def ws(services: Services, tmp_path: Path) -> str:
    return ingest_texts(services, tmp_path / "in", "clitag", TEXTS)


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def fails(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    """Run `journey ARGV` through the console entry point: (exit code, stderr)."""
    monkeypatch.setattr("sys.argv", ["journey", *argv])
    with pytest.raises(SystemExit) as exc:
        main()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return int(exc.value.code or 0), err


def record_ids(services: Services, ws: str) -> dict[str, str]:
    """text -> record id."""
    return {text: rid for rid, text, *_ in services.records.index_rows(ws)}


def test_tag_json_report(ws: str) -> None:
    code, output = run("tag", "-w", ws, "--classifier", "local", "--json")
    assert code == 0
    report = json.loads(output)
    assert {
        "job_id",
        "workspace",
        "classifier",
        "resumed",
        "total",
        "tagged",
        "cached",
        "fallbacks",
        "interrupted",
        "seconds",
        "stats",
    } <= report.keys()
    assert (report["workspace"], report["classifier"]) == (ws, "local")
    assert (report["total"], report["tagged"], report["fallbacks"]) == (len(TEXTS), len(TEXTS), 0)
    assert report["resumed"] is False and report["interrupted"] is False
    code, output = run("tag", "-w", ws, "--classifier", "local", "--json")
    again = json.loads(output)
    assert again["job_id"] != report["job_id"] and again["cached"] == len(TEXTS)


def test_classify_writes_one_line_per_input_in_order(write, tmp_path: Path) -> None:
    lines = [{"id": 7, "text": TEXTS[0]}, {"id": "b", "text": TEXTS[1], "extra": 1}]
    lines += [{"id": "empty", "text": ""}, {"id": "c", "text": TEXTS[3]}]
    source = write("in.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    target = tmp_path / "out" / "tags.jsonl"
    result = runner.invoke(
        app, ["classify", str(source), "-o", str(target), "--classifier", "local"]
    )
    assert result.exit_code == 0, result.output
    assert f"Wrote {len(lines)} tags to {target}" in " ".join(result.stderr.split())
    rows = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["7", "b", "empty", "c"]
    assert rows[2]["phase"] == UNKNOWN_PHASE  # nothing to read: no sign of the phase
    for row, line in zip(rows, lines, strict=True):
        assert row.keys() >= CONTRACT
        assert row["phase"] in [*TAXONOMY.phase_ids, UNKNOWN_PHASE]
        assert row["emotion"] in TAXONOMY.emotion_ids
        assert 0 <= row["phase_confidence"] <= 1 and 0 <= row["emotion_confidence"] <= 1
        assert row["evidence"] is None or row["evidence"] in str(line["text"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1, "text": "ok"}\n{"text": "no id"}\n', "bad.jsonl:2: no 'id'"),
        ('{"id": 1, "text": "ok"}\n\nnot json\n', "bad.jsonl:3: not JSON"),
        ("[1, 2]\n", "bad.jsonl:1: expected a JSON object, got list"),  # was a traceback
        ('"just text"\n', "bad.jsonl:1: expected a JSON object, got str"),
        ('{"id": 1, "text": {"a": 1}}\n', "bad.jsonl:1: 'text' is a JSON dict"),
        ("id,text\n1,hello\n", "`journey ingest`"),  # a CSV: says where CSV goes
    ],
)
def test_classify_reports_a_bad_line_with_its_number(
    write,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    bad = write("bad.jsonl", content)
    target = tmp_path / "out.jsonl"
    argv = ["classify", str(bad), "-o", str(target), "--classifier", "local"]
    code, err = fails(argv, monkeypatch, capsys)
    unwrapped = " ".join(err.replace(":\n", ": ").split())  # the console wraps long lines
    assert code == 2 and message in unwrapped and "'id'" in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["{id}", "--phase", "shopping", "--emotion", "doubt"], 2, "unknown phase 'shopping'"),
        (["{id}", "--phase", "purchase", "--emotion", "angst"], 2, "unknown emotion 'angst'"),
        (["nope", "--phase", "purchase", "--emotion", "doubt"], 4, "no record 'nope'"),
    ],
)
def test_correct_refuses_unknown_labels_and_records(
    services: Services,
    ws: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    exit_code: int,
    message: str,
) -> None:
    record = next(iter(record_ids(services, ws).values()))
    argv = ["correct", *(a.format(id=record) for a in args), "-w", ws]
    code, err = fails(argv, monkeypatch, capsys)
    assert code == exit_code and "Error:" in err and message in err
    if "phase" in message:
        assert "awareness" in err  # the message lists what to use instead
    assert services.tags.corrections(ws) == []


def test_correction_is_stored_and_the_next_tag_run_learns_it(services: Services, ws: str) -> None:
    """A corrected label moves a near-identical text to that label at the next `journey tag`."""
    ids = record_ids(services, ws)
    near = "Saw your ad on Instagram - what do you sell exactly?"
    ingest_path = Path("near.jsonl")
    ingest_path.write_text(json.dumps({"id": "near", "text": near}) + "\n", encoding="utf-8")
    ingest(services, [ingest_path], IngestOptions(workspace=ws))
    near_id = record_ids(services, ws)[near]
    assert run("tag", "-w", ws, "--classifier", "local", "--json")[0] == 0
    tag = services.tags.get(near_id)
    assert tag is not None and (tag.phase, tag.emotion) != ("loyalty", "frustration")

    started = datetime.now() - timedelta(minutes=1)
    record = ids[TEXTS[3]]
    code, output = run(
        "correct",
        record,
        "--phase",
        "loyalty",
        "--emotion",
        "frustration",
        "-w",
        ws,
        "--who",
        "tester",
    )
    assert code == 0 and "learns from 1 correction(s)" in output
    with services.db.session() as session:
        row = session.scalars(select(CorrectionRow)).one()
    assert (row.record_id, row.who, row.phase, row.emotion) == (
        record,
        "tester",
        "loyalty",
        "frustration",
    )
    assert row.at >= started

    code, output = run("tag", "-w", ws, "--classifier", "local", "--json")
    assert code == 0 and json.loads(output)["cached"] == 0  # a new model: nothing reused
    tag = services.tags.get(near_id)
    assert tag is not None and (tag.phase, tag.emotion) == ("loyalty", "frustration")
