"""`pip install .` (not editable) must ship the knowledge, prompts and sample data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ("pyproject.toml", "README.md", "assistant", "api", "knowledge", "prompts")

PROBE = """
import assistant, knowledge
from assistant.kb.loader import load_knowledge
from assistant.samples import sample_folder
kb = load_knowledge()
print(assistant.__file__)
print(",".join(sorted(kb.phase_models)))
print(",".join(sorted(p.name for p in sample_folder().iterdir() if p.suffix != ".py")))
"""


def test_non_editable_install_finds_its_data(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for name in SHIPPED:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(item, source / name)
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "--target",
            str(target),
            str(source),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    shutil.rmtree(source)  # nothing may be read from the source tree
    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "JOURNEY_HOME": str(run_dir / "home")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=run_dir,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    location, models, samples = result.stdout.strip().splitlines()
    assert location.startswith(str(target))
    assert set(models.split(",")) >= {
        "journey7",
        "five_phase",
        "nine_phase",
        "aida",
        "see_think_do_care",
        "race",
        "mckinsey_cdj",
    }
    assert samples.split(",") == ["chats.txt", "reviews.csv", "tickets_zendesk.json"]
    shown = subprocess.run(
        [sys.executable, "-m", "assistant.cli.main", "knowledge", "show", "journey7"],
        cwd=run_dir,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "consideration" in shown.stdout
