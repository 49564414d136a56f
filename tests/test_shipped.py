"""The local models ship trained: they match the examples, a fresh home tags without
training, corrections apply on top, and the shipped model reads real customer writing the
way a person would (messages pinned to a negative emotion, in our own wording)."""

from __future__ import annotations

from pathlib import Path

import pytest

import assistant.classify.local as local
from assistant.classify.base import UNKNOWN_PHASE, Item, Taxonomy
from assistant.classify.examples import Example
from assistant.classify.local import LocalClassifier
from assistant.classify.model_file import MODES, LocalModel, shipped_path
from assistant.classify.shipped import check
from assistant.index.embeddings import UseEmbedder
from assistant.kb.loader import load_knowledge


@pytest.mark.parametrize("mode", MODES)
def test_shipped_weights_match_the_examples(mode: str) -> None:
    """Fails when knowledge/examples (or the features) changed without `make train`."""
    assert check(mode), f"run make train: the shipped {mode} model is out of date"


def test_shipped_weights_are_small() -> None:
    total = sum(shipped_path(mode).stat().st_size for mode in MODES)
    assert total < 50_000_000


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> LocalClassifier:
    """The fast model as a fresh install has it: an empty model cache, no training."""
    kb = load_knowledge()
    return LocalClassifier(
        UseEmbedder(), kb, Taxonomy.from_knowledge(kb), cache_dir=tmp_path_factory.mktemp("m")
    )


def test_a_fresh_home_tags_without_training(
    shipped: LocalClassifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object, **__: object) -> LocalModel:
        raise AssertionError("a fresh home must not train")

    monkeypatch.setattr(local, "train", refuse)
    [tag] = shipped.classify([Item(id="a", text="Where is my parcel? Ordered 10 days ago")])
    assert tag.phase == "delivery"
    assert list(shipped.cache_dir.iterdir()) == []  # type: ignore[union-attr]


def test_corrections_apply_on_top_without_a_retrain(
    shipped: LocalClassifier, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(local, "train", lambda *_a, **_k: pytest.fail("retrained"))
    text = "Saw your ad on Instagram, what exactly do you sell?"
    before = shipped.classify([Item(id="q", text=text)])[0]
    assert (before.phase, before.emotion) != ("loyalty", "frustration")
    corrected = LocalClassifier(
        shipped.embedder,
        shipped.kb,
        shipped.taxonomy,
        corrections=[Example(text, "loyalty", "frustration")],
        cache_dir=tmp_path,
    )
    near = "Saw your ad on Instagram - what do you sell exactly?"
    after = corrected.classify([Item(id="q", text=text), Item(id="n", text=near)])
    assert [(t.phase, t.emotion) for t in after] == [("loyalty", "frustration")] * 2
    unrelated = corrected.classify([Item(id="u", text="My refund still hasn't arrived")])[0]
    assert unrelated.phase != "loyalty"
    assert corrected.model_name != shipped.model_name  # cached tags are not reused


NEGATIVE = [
    # handles and links around a complaint
    "@QuickParcel hello?? anyone there? this is SO frustrating https://t.co/k2Jd9",
    "@NordBank you are the worst bank I have ever dealt with. Fix the app.",
    # sarcasm
    "Love it when my train is cancelled the one morning I have an interview 🙃 @RailCo",
    "great job @ParcelFast, third missed delivery this week",
    "Echt top hoor @PakketNu, alweer een kapot pakket 👏",
    "Lekker bezig met jullie 'klantenservice', 50 minuten in de wacht",
    # worry
    "I'm really scared my refund is never going to come back",
    "Maak me echt zorgen dat mijn geld niet terugkomt",
    # one-line insults
    "Absolute joke of a company.",
    "Slechtste klantenservice ooit.",
    "jullie zijn echt een grap",
]


def test_messages_people_write_angry_get_a_negative_emotion(shipped: LocalClassifier) -> None:
    tags = shipped.classify([Item(id=str(i), text=t) for i, t in enumerate(NEGATIVE)])
    wrong = [
        (NEGATIVE[int(t.item_id)], t.emotion)
        for t in tags
        if shipped.taxonomy.valence(t.emotion) >= 0
    ]
    assert wrong == []


@pytest.mark.parametrize("text", ["@ShopCo thanks", "DM sent", "https://t.co/aB3dE", "@a @b"])
def test_no_sign_of_the_phase_is_unknown(shipped: LocalClassifier, text: str) -> None:
    [tag] = shipped.classify([Item(id="x", text=text)])
    assert tag.phase == UNKNOWN_PHASE
    assert tag.touchpoint is None and tag.pain_point is None
