"""`journey tag --batch-api` as a user runs it, against the stub on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import TAGGING_TEXTS, ingest_texts
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.services import Services
from evals.openai_stub import StubServer

MODEL = "gpt-4.1-mini"


def test_journey_tag_batch_api(
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    use_session_embedder: None,
) -> None:
    ws = ingest_texts(services, tmp_path / "in", "clibatch", TAGGING_TEXTS)
    with StubServer() as stub:
        monkeypatch.setenv("JOURNEY_LLM", f"openai:{MODEL}")
        monkeypatch.setenv("JOURNEY_OPENAI_API_KEY", "test")
        monkeypatch.setenv("JOURNEY_OPENAI_BASE_URL", stub.base_url)
        stub.batches.polls = 3
        runner = CliRunner()

        first = runner.invoke(app, ["tag", "--workspace", ws, "--batch-api"])
        assert first.exit_code == 0, first.output
        assert "submitted" in first.stdout and "waiting 7" in first.stdout
        assert "run `journey tag --batch-api` again" in first.stdout

        args = ["tag", "--workspace", ws, "--batch-api", "--wait", "--poll-seconds", "1"]
        done = runner.invoke(app, [*args, "--json"])
        assert done.exit_code == 0, done.output
        report = json.loads(done.stdout)
        assert (report["status"], report["tagged"], report["requests"]) == ("done", 7, 7)
        assert stub.batches.created == 1
    assert services.tags.count(ws) == 7
