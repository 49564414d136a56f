"""The redaction corpus is valid and in step with its sources, and the redactor does not
collapse on it (the full figures per kind come from `make eval`)."""

from __future__ import annotations

import json

from assistant.ingest.redact import redact
from evals.eval_redaction import own_predictions, score
from evals.redaction_corpus import CORPUS, KINDS, build, load, validate


def test_corpus_is_valid_and_built_from_its_sources() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert validate(rows) == []
    assert rows == build()  # run `python -m evals.redaction_corpus build` after editing src/
    assert len(rows) >= 300
    dutch = sum(1 for r in rows if r["lang"] == "nl")
    assert 0.4 <= dutch / len(rows) <= 0.6


def test_every_kind_is_in_both_halves() -> None:
    for split in ("tune", "report"):
        kinds = {s.kind for m in load(split) for s in m.spans}
        assert kinds == set(KINDS), split


def test_validator_catches_bad_spans() -> None:
    row = {"id": "x", "lang": "nl", "split": "tune", "text": "Hoi Jan", "spans": []}
    bad = [
        {"start": 4, "end": 9, "kind": "name", "text": "Jan"},  # past the end
        {"start": 0, "end": 3, "kind": "name", "text": "Jan"},  # text does not match
        {"start": 4, "end": 7, "kind": "person", "text": "Jan"},  # unknown kind
    ]
    for span in bad:
        assert validate([{**row, "spans": [span]}])
    good = {"start": 4, "end": 7, "kind": "name", "text": "Jan"}
    assert validate([{**row, "spans": [good]}]) == []


def test_redactor_does_not_collapse_on_the_corpus() -> None:
    """A regression guard on the tune split (what the rules were chosen on); the blind
    report split's figures are `make eval`'s, and they are lower."""
    messages = load("tune")
    scores = score(messages, own_predictions(messages))
    assert scores.precision >= 0.95
    assert scores.kinds["name"].recall >= 0.95
    assert scores.hidden / scores.gold >= 0.95
    for kind in KINDS:
        assert scores.kinds[kind].recall >= 0.8, kind


def test_redacting_twice_changes_nothing_more() -> None:
    for message in load():
        once = redact(message.text)
        twice = redact(once.text)
        assert (twice.text, twice.counts) == (once.text, {}), message.id
