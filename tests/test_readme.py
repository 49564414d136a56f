"""The README's command examples run as written, so the docs cannot drift from the CLI."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.index import embeddings

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Commands", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "README has no command examples"
    return [line for line in block.group(1).splitlines() if line.startswith("journey ")]


def test_quick_start_is_the_two_make_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1]
    first_block = re.search(r"```sh\n(.*?)```", quick, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make run", "make test"]


def test_readme_examples_run(
    monkeypatch: pytest.MonkeyPatch, embedder: embeddings.UseEmbedder
) -> None:
    monkeypatch.setitem(embeddings._CACHE, "use-m3", embedder)
    monkeypatch.chdir(ROOT)  # examples use paths relative to the repository
    runner = CliRunner()
    commands = readme_commands()
    assert len(commands) >= 10
    for command in commands:
        result = runner.invoke(app, shlex.split(command)[1:])
        assert result.exit_code == 0, f"{command}\n{result.output}\n{result.exception!r}"
        assert result.output.strip(), command
