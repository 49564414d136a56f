"""`journey audit` and `journey map` as a user runs them: scripted stdin, resume, versions."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from assistant.journey_map import json_schema_text

OPENING = ["Why do customers abandon checkout?", "First-time buyer", "1", "b2c", "2", "journey7"]


def journey(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def audit_id(output: str) -> str:
    """The id in "Resume with: journey audit --resume ID" or "journey map ID --format"."""
    match = re.search(r"(?:--resume |journey map )(au-[0-9a-f]+)", output)
    assert match, output[-500:]
    return match.group(1)


def test_published_schema_matches_the_model() -> None:
    from importlib.resources import files

    published = files("assistant.schemas").joinpath("journey_map.schema.json").read_text("utf-8")
    assert published == json_schema_text(), "regenerate with journey map --schema"


def test_interrupted_audit_resumes_finishes_and_exports(tmp_path: Path) -> None:
    first = journey("audit", "-w", "empty", "--lang", "en", stdin="\n".join(OPENING) + "\n")
    assert first.returncode == 0, first.stderr
    assert "no tagged customer data yet" in first.stdout
    assert "Input ended; saved" in first.stderr
    session = audit_id(first.stderr)
    listed = journey("audit", "list")
    assert session in listed.stdout and "map_type" in listed.stdout

    rest = ["yes", "1, 2, Instagram", "scroll, click", "1", "+1", "none", *["done"] * 7]
    second = journey("audit", "--resume", session, stdin="\n".join(rest) + "\n")
    assert second.returncode == 0, second.stderr
    assert f"journey map {session} --format html" in second.stdout

    exported = journey("map", session, "--format", "json")
    assert exported.returncode == 0, exported.stderr + second.stdout[-500:]
    journey_map = json.loads(exported.stdout)
    assert journey_map["version"] == 1
    assert [t["text"] for t in journey_map["phases"][0]["touchpoints"]][-1] == "Instagram"
    target = tmp_path / "map.md"
    assert journey("map", session, "--format", "md", "-o", str(target)).returncode == 0
    assert "Instagram" in target.read_text(encoding="utf-8")

    transcript = journey("audit", "transcript", session).stdout
    replay = journey("audit", "-w", "empty", "--lang", "en", stdin=transcript)
    assert replay.returncode == 0, replay.stderr
    replayed = json.loads(journey("map", audit_id(replay.stdout), "--format", "json").stdout)
    for key in ("goal", "persona", "scenario", "phase_model", "map_type"):
        assert replayed[key] == journey_map[key]
    assert replayed["phases"][0] == journey_map["phases"][0]

    # edit after finishing makes a new version; diff shows what changed
    again = journey(
        "audit", "--resume", session, stdin="edit awareness\nnone\nskip\nskip\nskip\nskip\ndone\n"
    )
    assert again.returncode == 0, again.stderr
    listed_versions = journey("audit", "versions", session).stdout
    assert "v1" in listed_versions and "v2" in listed_versions
    changes = journey("audit", "diff", session)
    assert "v1 -> v2" in changes.stdout
    assert "- awareness/touchpoints: Instagram" in changes.stdout
    refreshed = journey("audit", "refresh", session)  # no data: nothing changes
    assert refreshed.returncode == 0 and "Nothing changed" in refreshed.stdout
    assert "v3" not in journey("audit", "versions", session).stdout


def test_unknown_audit_and_bad_format_are_clear_errors() -> None:
    missing = journey("map", "au-nothere")
    assert missing.returncode == 4 and "no journey map for audit" in missing.stderr
    resume = journey("audit", "--resume", "au-nothere")
    assert resume.returncode == 4 and "no audit" in resume.stderr
    schema = journey("map", "--schema")
    assert json.loads(schema.stdout)["title"] == "JourneyMap"


def test_backlog_from_a_finished_audit_keeps_the_audit_scores() -> None:
    from assistant.backlog.from_map import backlog_from_map
    from assistant.backlog.scoring import rank
    from tests.audit_fixtures import fixed_context, shop_tags
    from tests.test_audit import full_en, run

    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [*full_en(), "yes", "yes"], lang="en")
    while state.position.step in ("blind_spots", "kpis", "owners", "opportunities"):
        state = run_step(state, "no" if state.position.step == "blind_spots" else "1", ctx)
    state = run_step(state, "impact 5, effort 1", ctx)
    while state.position.step == "scores":
        state = run_step(state, "yes", ctx)
    state = run_step(state, "done", ctx)
    assert state.finished
    backlog = backlog_from_map(state.map, "bl-test")
    accepted = [o for p in state.map.phases for o in p.opportunities if o.kept]
    assert backlog.map_id == state.id and len(backlog.fixes) == len(accepted) >= 2
    first = backlog.fixes[0]
    assert (first.impact, first.effort) == (5, 1)
    data_backed = [f for f in backlog.fixes if f.reach == 12]
    assert data_backed and data_backed[0].quotes[0].record_id.startswith("r")
    assert rank(backlog.fixes)[0].reach == 12  # RICE favours the fix the data backs


def run_step(state, message, ctx):  # type: ignore[no-untyped-def]
    from assistant.audit.engine import step

    return step(state, message, ctx)[0]


def test_a_dutch_session_prints_the_map_version_in_dutch() -> None:
    """ "(map version 1)" was printed in English at the end of a Dutch session."""
    answers = ["Waarom haken klanten af bij het afrekenen?", "Nieuwe koper", "1", "b2c", "2"]
    answers += ["journey7", "ja", *["klaar"] * 8]
    done = journey("audit", "-w", "leeg", "--lang", "nl", stdin="\n".join(answers) + "\n")
    assert done.returncode == 0, done.stderr
    assert "(kaartversie 1)" in done.stdout and "map version" not in done.stdout
