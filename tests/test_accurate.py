"""The local classifier's accurate mode: the bundled e5 encoder stacked next to USE."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from helpers import TAGGING_TEXTS
from typer.testing import CliRunner

from assistant.classify import local as local_module
from assistant.classify.base import Item
from assistant.classify.examples import bundled_examples
from assistant.classify.factory import build_local
from assistant.classify.learning import MODEL_VERSION
from assistant.cli.main import app
from assistant.errors import ConfigError
from assistant.index.embeddings import (
    E5Embedder,
    OpenAIEmbedder,
    StackedEmbedder,
    UseEmbedder,
    first_encoder,
    first_part,
)
from assistant.services import Services
from assistant.settings import Settings

PAIRS = [  # (Dutch, its English translation, an unrelated English text)
    (
        "Mijn pakket is nog steeds niet bezorgd.",
        "My parcel still has not been delivered.",
        "The app crashes every time I log in.",
    ),
    (
        "Ik wil mijn abonnement opzeggen.",
        "I want to cancel my subscription.",
        "Great food, the rider was quick.",
    ),
]


@pytest.fixture(scope="module")
def e5() -> E5Embedder:
    return E5Embedder()


@pytest.fixture
def few_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    """Train on every eighth example: the accurate model's first training embeds all ~5,500
    examples with e5 (over a minute), too slow for a unit test."""
    subset = bundled_examples()[::8]
    monkeypatch.setattr(local_module, "bundled_examples", lambda: subset)


def test_e5_vectors_are_unit_length_and_cross_lingual(e5: E5Embedder) -> None:
    texts = [t for triple in PAIRS for t in triple]
    vectors = e5.embed(texts)
    assert vectors.shape == (len(texts), 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(e5.embed(texts), vectors)  # deterministic
    for k in range(len(PAIRS)):
        dutch, english, other = vectors[3 * k : 3 * k + 3]
        assert dutch @ english > dutch @ other + 0.2
    assert e5.embed([]).shape == (0, 384)
    assert e5.name.startswith("e5-small-q4/")  # the centre's digest is part of the name


def test_centring_spreads_the_similarities(e5: E5Embedder) -> None:
    texts = [t for triple in PAIRS for t in triple]
    raw, centred = e5.raw(texts), e5.embed(texts)
    off = ~np.eye(len(texts), dtype=bool)
    assert (raw @ raw.T)[off].min() > 0.6  # the raw model puts every text in a narrow cone
    assert (centred @ centred.T)[off].min() < 0.2


def test_stacked_vectors_average_the_parts(embedder: UseEmbedder, e5: E5Embedder) -> None:
    stacked = StackedEmbedder([embedder, e5])
    texts = [PAIRS[0][0], PAIRS[0][1], PAIRS[1][2]]
    vectors = stacked.embed(texts)
    use, e5v = embedder.embed(texts), e5.embed(texts)
    assert vectors.shape == (3, 512 + 384) and stacked.name == f"use-m3+{e5.name}"
    assert np.allclose(vectors @ vectors.T, (use @ use.T + e5v @ e5v.T) / 2, atol=1e-5)
    assert np.allclose(first_part(stacked, vectors), use, atol=1e-5)
    assert first_part(embedder, use) is use
    assert first_encoder(stacked) is embedder and first_encoder(embedder) is embedder
    assert stacked.embed([]).shape == (0, 512 + 384)
    with pytest.raises(ConfigError, match="need a dim"):
        StackedEmbedder([e5, OpenAIEmbedder("text-embedding-3-small")])  # no dim: not cut out


def test_settings_choose_the_local_encoder(tmp_path: Path, embedder: UseEmbedder) -> None:
    fast = Services(Settings(home=tmp_path), embedder=embedder)
    assert fast.local_embedder is embedder
    accurate = Services(Settings(home=tmp_path, local_model="accurate"), embedder=embedder)
    assert isinstance(accurate.local_embedder, StackedEmbedder)
    assert [type(p) for p in accurate.local_embedder.parts] == [UseEmbedder, E5Embedder]
    assert accurate.local_embedder.parts[0] is embedder  # the index's encoder comes first


def test_accurate_model_tags_within_the_taxonomy(
    tmp_path: Path, embedder: UseEmbedder, few_examples: None
) -> None:
    fast = build_local(Services(Settings(home=tmp_path), embedder=embedder))
    accurate = build_local(
        Services(Settings(home=tmp_path, local_model="accurate"), embedder=embedder)
    )
    items = [Item(id=str(i), text=t) for i, t in enumerate(TAGGING_TEXTS)]
    tags = accurate.classify(items)
    taxonomy = accurate.taxonomy
    for tag, text in zip(tags, TAGGING_TEXTS, strict=True):
        assert tag.phase in taxonomy.phase_ids and tag.emotion in taxonomy.emotion_ids
        assert tag.evidence is None or tag.evidence in text
    assert tags[0].phase == "delivery" and tags[6].phase == "awareness"
    # another model: its own fingerprint, so its tags never come from the fast model's cache
    assert tags[0].model != fast.classify(items[:1])[0].model
    # the mode is visible
    assert tags[0].model.startswith(f"{MODEL_VERSION}/use-m3+e5-small-q4/")
    # the model sees both encoders; touchpoints and pain points compare the USE part only,
    # with the same catalogue vectors as the fast mode (their thresholds are USE's)
    assert accurate.model().pool.shape[1] == 512 + 384
    for mine, theirs in zip(accurate._catalogues(), fast._catalogues(), strict=True):
        assert mine.vectors.shape[1] == 512 and np.allclose(mine.vectors, theirs.vectors)


def test_classify_command_takes_the_local_model(
    tmp_path: Path, use_session_embedder: None, few_examples: None
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps({"id": str(i), "text": t}) for i, t in enumerate(TAGGING_TEXTS[:3])),
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    runner = CliRunner()
    result = runner.invoke(
        app, ["classify", str(source), "-o", str(target), "--local-model", "accurate"]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["0", "1", "2"]
    assert all(line["classifier"] == "local" for line in lines)
    fast_target = tmp_path / "fast.jsonl"
    assert runner.invoke(app, ["classify", str(source), "-o", str(fast_target)]).exit_code == 0
    fast_lines = [json.loads(x) for x in fast_target.read_text(encoding="utf-8").splitlines()]
    assert {line["model"] for line in lines}.isdisjoint(line["model"] for line in fast_lines)
    bad = runner.invoke(app, ["classify", str(source), "-o", str(target), "--local-model", "x"])
    message = " ".join(bad.output.replace("│", " ").split())  # unwrap the error box
    assert bad.exit_code == 2 and "'x' is not one of 'fast', 'accurate'" in message
