"""`journey review`: which items come first, the scripted loop, and what it stores."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from helpers import TAGGING_TEXTS, ingest_texts
from sqlalchemy import select
from typer.testing import CliRunner

from assistant.classify.base import Item, Tag, Taxonomy
from assistant.classify.examples import Example
from assistant.classify.factory import build_local
from assistant.classify.jobs import run_tag_job
from assistant.classify.review import (
    NeighbourVote,
    Opinion,
    ReviewItem,
    excerpt,
    phase_projection,
    review_queue,
    second_opinions,
    worth_a_look,
)
from assistant.cli.main import app
from assistant.cli.review import EndOfInput, Keys, Session, decide
from assistant.kb.loader import load_knowledge
from assistant.services import Services
from assistant.store.db import CorrectionRow
from assistant.usecases.review import build_queue

runner = CliRunner()
KB = load_knowledge()
JOURNEY7 = Taxonomy.from_knowledge(KB)
TEXTS = TAGGING_TEXTS


def tag(
    item_id: str,
    phase: str = "delivery",
    emotion: str = "frustration",
    conf: tuple[float, float] = (0.9, 0.9),
    classifier: str = "local",
    fallback: bool = False,
) -> Tag:
    return Tag(
        item_id=item_id,
        phase=phase,
        phase_confidence=conf[0],
        emotion=emotion,
        emotion_confidence=conf[1],
        classifier=classifier,
        taxonomy_version="t",
        fallback=fallback,
    )


def opinion(phase: str, emotion: str, conf: float = 0.8, source: str = "neighbours") -> Opinion:
    return Opinion(
        source=source,
        phase=phase,
        phase_confidence=conf,
        emotion=emotion,
        emotion_confidence=conf,
    )


# --- the queue (pure) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("confidences", "second", "score"),
    [
        ((0.9, 0.9), None, 0.1),
        ((0.9, 0.4), None, 0.6),  # the lower confidence counts
        ((0.9, 0.9), opinion("delivery", "frustration"), 0.1),  # agreeing adds nothing
        ((0.9, 0.9), opinion("purchase", "frustration", 0.6), 0.4),  # phase disputed
        ((0.9, 0.9), opinion("purchase", "doubt", 0.8), 0.9),  # both disputed
        ((0.5, 0.5), opinion("purchase", "doubt", 1.0), 1.5),
    ],
)
def test_worth_a_look(
    confidences: tuple[float, float], second: Opinion | None, score: float
) -> None:
    assert worth_a_look(tag("x", conf=confidences), second) == pytest.approx(score)


def test_queue_puts_disputes_and_low_confidence_first_and_leaves_human_labels_out() -> None:
    tags = [
        tag("sure", conf=(0.95, 0.95)),
        tag("unsure", conf=(0.3, 0.9)),
        tag("dispute", conf=(0.9, 0.9)),
        tag("half", conf=(0.8, 0.8)),
        tag("corrected", conf=(0.1, 0.1)),
        tag("confirmed", conf=(1.0, 1.0), classifier="human"),
    ]
    seconds = {
        "sure": opinion("delivery", "frustration"),
        "dispute": opinion("purchase", "doubt", 0.8),
        "half": opinion("purchase", "frustration", 0.6),
        "confirmed": opinion("purchase", "doubt", 0.9),
    }
    queue = review_queue(tags, seconds, reviewed={"corrected"})
    assert [r.tag.item_id for r in queue] == ["dispute", "unsure", "half", "sure"]
    assert queue[0].differs == ["phase", "emotion"] and queue[2].differs == ["phase"]
    assert queue[1].second is None and queue[1].differs == []
    assert [r.tag.item_id for r in review_queue(tags, seconds, {"corrected"}, limit=2)] == [
        "dispute",
        "unsure",
    ]


def test_ties_go_to_the_less_confident_then_by_id() -> None:
    tags = [tag("b", conf=(0.6, 0.6)), tag("a", conf=(0.6, 0.6)), tag("c", conf=(0.9, 0.9))]
    seconds = {"c": opinion("purchase", "frustration", 0.6)}  # 0.1 + 0.3 = 0.4 = b's score
    queue = review_queue(tags, seconds, set())
    assert [r.tag.item_id for r in queue] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("text", "evidence", "width", "expected"),
    [
        ("Short text, all of it.", "all of it", 280, ("Short text, ", "all of it", ".")),
        ("No  quote\nhere", "missing", 280, ("No quote here", "", "")),
        ("Line\none  two", "one two", 280, ("Line ", "one two", "")),
        (
            "alpha beta gamma delta QUOTE epsilon zeta eta theta",
            "QUOTE",
            25,
            ("…delta ", "QUOTE", " epsilon…"),
        ),
        (
            "alpha beta gamma delta QUOTE epsilon zeta eta theta",
            "QUOTE",
            30,
            ("…gamma delta ", "QUOTE", " epsilon zeta…"),
        ),
        ("QUOTE then a long tail of words here", "QUOTE", 20, ("", "QUOTE", " then a long…")),
    ],
)
def test_excerpt_keeps_the_evidence_in_view(
    text: str, evidence: str, width: int, expected: tuple[str, str, str]
) -> None:
    assert excerpt(text, evidence, width) == expected


def test_phase_projection_shares_a_journey7_vote() -> None:
    stdc = Taxonomy.from_knowledge(KB, "see_think_do_care")
    matrix = phase_projection(stdc, KB.journey7_ids)
    assert matrix.shape == (7, 4) and matrix.sum(axis=1) == pytest.approx(np.ones(7))
    assert stdc.phase_ids[int(matrix[KB.journey7_ids.index("delivery")].argmax())] == "care"


def test_neighbour_vote_follows_the_closest_examples(services: Services) -> None:
    pool = [
        Example(
            "Where is my parcel? Tracking has said nothing for a week.", "delivery", "frustration"
        ),
        Example(
            "Mijn pakket is nog steeds niet bezorgd, waar blijft het?", "delivery", "frustration"
        ),
        Example("I love this coffee machine, best purchase ever!", "usage", "delight"),
        Example(
            "De koffiemachine werkt perfect, heerlijke koffie elke ochtend.", "usage", "delight"
        ),
    ]
    voter = NeighbourVote(
        services.embedder.embed([e.text for e in pool]),
        np.array([KB.journey7_ids.index(str(e.phase)) for e in pool]),
        np.array([JOURNEY7.emotion_ids.index(str(e.emotion)) for e in pool]),
        np.ones(len(pool)),
        JOURNEY7,
        KB.journey7_ids,
        k=2,
    )
    texts = ["My package still has not arrived.", "Great espresso every morning, so happy!"]
    found = voter.opinions(services.embedder.embed(texts))
    assert [(o.phase, o.emotion) for o in found] == [
        ("delivery", "frustration"),
        ("usage", "delight"),
    ]
    assert all(o.source == "neighbours" and 0.5 < o.phase_confidence <= 1 for o in found)


def test_neighbour_vote_ignores_examples_without_that_label(services: Services) -> None:
    texts = ["Where is my parcel?", "Mijn pakket is er nog niet.", "Love it!"]
    voter = NeighbourVote(
        services.embedder.embed(texts),
        np.array([-1, KB.journey7_ids.index("delivery"), KB.journey7_ids.index("usage")]),
        np.array([JOURNEY7.emotion_ids.index("frustration"), -1, -1]),
        np.ones(3),
        JOURNEY7,
        KB.journey7_ids,
        k=1,
    )
    (found,) = voter.opinions(services.embedder.embed(["Where is my parcel?"]))
    assert (found.phase, found.emotion) == ("delivery", "frustration")


def test_review_votes_over_the_local_models_own_pool(services: Services) -> None:
    from assistant.classify.factory import build_local

    model = build_local(services).model()
    voter = NeighbourVote.from_model(model, JOURNEY7)
    (found,) = voter.opinions(
        services.embedder.embed(["Mijn pakket is na twee weken nog niet bezorgd"])
    )
    assert found.phase == "delivery"


class FakeEmbedder:
    name = "fake"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.zeros((len(texts), 3), dtype=np.float32)


class FakeNeighbours:
    def opinions(self, vectors: np.ndarray) -> list[Opinion]:
        return [opinion("awareness", "neutral") for _ in vectors]


class FakeLocal:
    def __init__(self) -> None:
        self.seen: list[Item] = []

    def classify_vectors(self, items: Sequence[Item], vectors: np.ndarray) -> list[Tag]:
        self.seen.extend(items)
        return [tag(i.id, "usage", "trust") for i in items]


class FakeLLM:
    name = "llm"
    taxonomy = JOURNEY7

    def __init__(self) -> None:
        self.asked: list[str] = []

    def classify(self, items: Sequence[Item]) -> list[Tag]:
        self.asked += [i.id for i in items]
        return [
            tag(
                i.id,
                "loyalty",
                "doubt",
                classifier="local" if i.id == "c" else "llm",
                fallback=i.id == "c",
            )
            for i in items
        ]


def test_second_opinions_come_from_another_classifier_and_the_llm_is_bounded() -> None:
    candidates = [
        tag("a", classifier="llm", conf=(0.1, 0.1)),
        tag("b", conf=(0.2, 0.2)),
        tag("c", conf=(0.3, 0.3)),
        tag("d", conf=(0.4, 0.4)),
    ]
    llm, local = FakeLLM(), FakeLocal()
    records = {"a": Item(id="a", text="Kapot aangekomen", rating=1.0)}
    seconds = second_opinions(
        candidates, records, FakeEmbedder(), FakeNeighbours(), local, llm, llm_budget=2
    )
    assert local.seen == [records["a"]]  # the record's text and rating, as when it was tagged
    assert llm.asked == ["b", "c"]  # the two least confident local tags, never the LLM's own
    sources = {k: (v.source, v.phase) for k, v in seconds.items()}
    assert sources == {
        "a": ("local", "usage"),  # an LLM tag is checked by the local classifier
        "b": ("llm", "loyalty"),
        "c": ("neighbours", "awareness"),  # the LLM fell back: not a second opinion
        "d": ("neighbours", "awareness"),  # beyond the LLM budget
    }


# --- answering (keys from a script) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "labels"),
    [
        ("a\n", ("delivery", "frustration")),
        ("1\n", ("delivery", "frustration")),
        ("2\n", ("purchase", "doubt")),
        ("p\n3\n", ("purchase", "frustration")),
        ("e\n9\n", ("delivery", "delight")),
        ("c\n1\n6\n", ("awareness", "neutral")),
        ("p\n\ne\n12\n0\n9\n", ("delivery", "delight")),  # Enter goes back; bad numbers retry
        ("x\n\ns\n", None),
    ],
)
def test_decide_from_scripted_answers(script: str, labels: tuple[str, str] | None) -> None:
    item = ReviewItem(
        tag=tag("x"), second=opinion("purchase", "doubt"), score=1.0, differs=["phase", "emotion"]
    )
    assert decide(Keys(io.StringIO(script)), item, JOURNEY7) == labels


@pytest.mark.parametrize("script", ["q\n", "", "p\n"])
def test_quit_and_end_of_input_stop_the_walk(script: str) -> None:
    item = ReviewItem(tag=tag("x"), score=0.1, differs=[])
    with pytest.raises(EndOfInput):
        decide(Keys(io.StringIO(script)), item, JOURNEY7)


@pytest.mark.skipif(os.name != "posix", reason="terminals are POSIX here")
def test_a_terminal_gives_single_keys_and_is_restored() -> None:
    import pty
    import termios
    import threading

    master, slave = pty.openpty()

    def press(key: bytes) -> str:  # typed while the key is awaited, as a person does
        timer = threading.Timer(0.2, os.write, (master, key))
        timer.start()
        try:
            return keys.key()
        finally:
            timer.join()

    with os.fdopen(slave, "r") as stream:
        before = termios.tcgetattr(slave)
        keys = Keys(stream)
        assert keys.tty
        assert press(b"P") == "p"  # no Enter needed
        assert press(b"\x1b[A") == ""  # an arrow key is one answer: "go back"
        with pytest.raises(EndOfInput):
            press(b"\x04")
        assert termios.tcgetattr(slave) == before
    os.close(master)


def test_two_only_counts_when_the_classifiers_disagree() -> None:
    item = ReviewItem(
        tag=tag("x"), second=opinion("delivery", "frustration"), score=0.1, differs=[]
    )
    assert decide(Keys(io.StringIO("2\na\n")), item, JOURNEY7) == ("delivery", "frustration")


# --- the command ------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _shared_model(use_session_embedder: None) -> None:
    """Every test here runs CLI commands: they reuse the session's embedding model."""


@pytest.fixture
def ws(services: Services, tmp_path: Path) -> str:
    ingest_texts(services, tmp_path / "in", "rv", TEXTS)
    run_tag_job(services, "rv", build_local(services, workspace="rv"))
    return "rv"


def corrections(services: Services) -> list[CorrectionRow]:
    with services.db.session() as session:
        return list(session.scalars(select(CorrectionRow).order_by(CorrectionRow.id)))


def test_scripted_review_confirms_corrects_skips_and_counts(services: Services, ws: str) -> None:
    before = {t.item_id: t for t in services.tags.for_workspace(ws)}
    queue, _, tagged = build_queue(services, ws, JOURNEY7, limit=20)
    assert tagged == len(TEXTS) and len(queue) == len(TEXTS)
    first, second, third = (r.tag.item_id for r in queue[:3])
    new_phase = next(p for p in ("purchase", "usage") if p != before[second].phase)
    number = JOURNEY7.phase_ids.index(new_phase) + 1

    started = datetime.now() - timedelta(minutes=1)
    script = f"a\np\n{number}\ns\nq\n"
    result = runner.invoke(app, ["review", "-w", ws, "--who", "tester"], input=script)
    assert result.exit_code == 0, result.output
    output = result.output
    assert output.index(first) < output.index(second) < output.index(third)
    assert "Corrections learned: 1 (this session 1)" in output
    assert "Corrections learned: 2 (this session 2)" in output
    assert "Confirmed 1 · corrected 1 · skipped 1." in output
    assert "journey tag --workspace rv" in output.splitlines()[-1]

    rows = corrections(services)
    assert [(r.record_id, r.phase, r.emotion) for r in rows] == [
        (first, before[first].phase, before[first].emotion),  # a confirmation teaches too
        (second, new_phase, before[second].emotion),
    ]
    assert all(r.who == "tester" and r.at >= started and r.workspace == ws for r in rows)
    assert len(services.tags.corrections(ws)) == 2  # what the next `journey tag` learns from
    now = services.tags.get(second)
    assert now is not None and (now.phase, now.classifier, now.phase_confidence) == (
        new_phase,
        "human",
        1.0,
    )

    again = runner.invoke(app, ["review", "-w", ws], input="q\n")
    assert again.exit_code == 0
    assert f"Reviewing {len(TEXTS) - 2} of {len(TEXTS)} tags" in again.output
    assert first not in again.output and second not in again.output and third in again.output
    assert "Corrections learned: 2 (this session 0)" in again.output


def test_review_with_no_answers_ends_cleanly(ws: str) -> None:
    result = runner.invoke(app, ["review", "-w", ws, "--limit", "2"], input="")
    assert result.exit_code == 0
    assert "── 1/2" in result.output and "── 2/2" not in result.output
    assert "Corrections learned: 0 (this session 0)" in result.output


def test_review_of_an_untagged_workspace_says_what_to_do() -> None:
    result = runner.invoke(app, ["review", "-w", "empty"])
    assert result.exit_code == 0
    assert "run `journey tag --workspace empty` first" in result.output


def test_another_phase_model_teaches_when_its_phase_is_one_journey7_phase(
    services: Services, ws: str
) -> None:
    stdc = Taxonomy.from_knowledge(KB, "see_think_do_care")
    ids = [t.item_id for t in services.tags.for_workspace(ws)]
    tags = [
        tag(i, "see", "neutral").model_copy(update={"phase_model": stdc.phase_model})
        for i in ids[:2]
    ]
    services.tags.save(ws, tags)
    session = Session(services, ws, stdc, "tester")
    assert session.save(tags[0], "do", "doubt") is True  # do = purchase in journey7
    assert session.save(tags[1], "care", "trust") is False  # care spans four phases
    rows = [(r.record_id, r.phase_model, r.phase) for r in corrections(services)]
    assert rows == [
        (ids[0], "see_think_do_care", "do"),
        (ids[0], "journey7", "purchase"),
        (ids[1], "see_think_do_care", "care"),
    ]
    queue, _, _ = build_queue(services, ws, stdc, limit=20)
    assert queue == []  # both are human-labelled now


def test_with_an_llm_configured_the_local_tags_get_its_opinion(
    services: Services, ws: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the real client on the 127.0.0.1 stub; the local classifier is built once and
    lent to the LLM classifier (it supplies the few-shot examples and the fallback)."""
    from pydantic import SecretStr

    from assistant.classify import factory
    from evals.openai_stub import StubServer

    built: list[str | None] = []
    real = factory.build_local

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(kwargs.get("workspace", args[2] if len(args) > 2 else None))
        return real(*args, **kwargs)

    monkeypatch.setattr(factory, "build_local", counting)
    with StubServer() as stub:
        services.settings.llm = "openai:gpt-4.1-mini"
        services.settings.openai_api_key = SecretStr("test")
        services.settings.openai_base_url = stub.base_url
        queue, _, _ = build_queue(services, ws, JOURNEY7, limit=20)
    assert built == [ws]  # once, with the workspace's corrections
    assert len(stub.requests) == len(TEXTS)  # every local tag was put to the LLM
    seconds = [r.second for r in queue]
    assert all(s is not None and s.source == "llm" for s in seconds)
    # the stub answers the first label of each list: awareness / frustration
    assert {(s.phase, s.emotion) for s in seconds if s} == {("awareness", "frustration")}
