"""Tests for the bundled knowledge files and the knowledge loader / presenter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.kb.loader import DEFAULT_PHASE_MODEL, KnowledgeBase, load_knowledge
from assistant.kb.present import render_entry, render_overview
from assistant.kb.schema import KnowledgeError

JOURNEY7 = ["awareness", "consideration", "purchase", "delivery", "usage", "loyalty", "advocacy"]
MODELS = {
    "journey7",
    "five_phase",
    "nine_phase",
    "aida",
    "see_think_do_care",
    "race",
    "mckinsey_cdj",
}
VALENCES = {
    "frustration": -2,
    "confusion": -1,
    "doubt": -1,
    "urgency": -1,
    "disappointment": -2,
    "neutral": 0,
    "trust": 1,
    "relief": 1,
    "delight": 2,
}
FRICTION = {
    "checkout_dropoff",
    "interested_not_buying",
    "early_churn",
    "late_delivery",
    "hidden_shipping_costs",
    "few_payment_options",
    "unclear_product_info",
    "damaged_delivery",
    "confusing_onboarding",
    "slow_refunds",
    "hard_cancellation",
    "unreachable_service",
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


def _bilingual_nodes(data: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every {nl, en} mapping inside a dumped model, with its location."""
    if isinstance(data, dict):
        if set(data) == {"nl", "en"}:
            yield path, data
            return
        for key, value in data.items():
            yield from _bilingual_nodes(value, f"{path}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _bilingual_nodes(value, f"{path}[{i}]")


def _all_dumps(kb: KnowledgeBase) -> Iterator[tuple[str, Any]]:
    for model in kb.phase_models.values():
        yield f"phase_model:{model.id}", model.model_dump()
    yield "emotions", kb.emotion_set.model_dump()
    for t in kb.touchpoints:
        yield f"touchpoint:{t.id}", t.model_dump()
    for k in kb.kpis:
        yield f"kpi:{k.id}", k.model_dump()
    for p in kb.friction_patterns:
        yield f"friction:{p.id}", p.model_dump()
    for m in kb.map_types:
        yield f"map_type:{m.id}", m.model_dump()
    for g in kb.glossary:
        yield f"term:{g.id}", g.model_dump()


# --- phase models ---------------------------------------------------------------------


def test_journey7_ids_exactly_in_order(kb: KnowledgeBase) -> None:
    assert kb.default_phase_model.id == DEFAULT_PHASE_MODEL == "journey7"
    assert kb.journey7_ids == JOURNEY7
    assert kb.phase_model("journey7").phase_ids == JOURNEY7


def test_journey7_phases_map_to_themselves_and_have_content(kb: KnowledgeBase) -> None:
    for phase in kb.default_phase_model.phases:
        assert phase.maps_to == [phase.id]
        assert phase.touchpoints, phase.id
        assert phase.kpis, phase.id
        assert len(phase.questions.nl) >= 3 and len(phase.questions.en) >= 3
        # every catalogue entry of a phase is listed by that phase
        assert {t.id for t in kb.touchpoints_for(phase.id)} == set(phase.touchpoints)
        assert {k.id for k in kb.kpis_for(phase.id)} == set(phase.kpis)


@pytest.mark.parametrize(
    ("phase_id", "words"),
    [
        ("usage", ["refund", "return"]),
        ("loyalty", ["cancelling a subscription", "deleted"]),
        ("purchase", ["before it has shipped"]),
        ("delivery", ["installation", "activating"]),
        ("advocacy", ["review", "warning others"]),
    ],
)
def test_journey7_definitions_state_borderline_rules(
    kb: KnowledgeBase, phase_id: str, words: list[str]
) -> None:
    definition = kb.default_phase_model.phase(phase_id).definition.en.lower()
    for word in words:
        assert word in definition, (phase_id, word)


def test_all_models_present(kb: KnowledgeBase) -> None:
    assert set(kb.phase_models) == MODELS
    assert next(iter(kb.phase_models)) == "journey7"


@pytest.mark.parametrize("model_id", sorted(MODELS))
def test_model_maps_onto_journey7(kb: KnowledgeBase, model_id: str) -> None:
    model = kb.phase_model(model_id)
    for phase in model.phases:
        assert phase.maps_to, phase.id
        assert set(phase.maps_to) <= set(JOURNEY7), phase.id
        for tp in phase.touchpoints:
            kb.touchpoint(tp)
        for kpi in phase.kpis:
            kb.kpi(kpi)
    # every journey7 phase is either mapped or explicitly declared not covered
    covered = model.mapped_targets() | set(model.not_covered)
    assert covered == set(JOURNEY7), model_id
    assert kb.uncovered_phases(model_id) == [p for p in JOURNEY7 if p in model.not_covered]


def test_full_models_cover_every_journey7_phase(kb: KnowledgeBase) -> None:
    for model_id in MODELS - {"aida"}:
        assert kb.uncovered_phases(model_id) == [], model_id
    assert kb.uncovered_phases("aida") == ["delivery", "usage", "loyalty", "advocacy"]


def test_specific_model_shapes(kb: KnowledgeBase) -> None:
    assert kb.phase_model("five_phase").phase_ids == [
        "orientation",
        "consideration",
        "purchase",
        "use",
        "loyalty",
    ]
    nine = kb.phase_model("nine_phase").phase_ids
    assert len(nine) == 9 and nine[0] == "latent_need" and nine[-1] == "ambassador"
    assert kb.phase_model("aida").phase_ids == ["attention", "interest", "desire", "action"]
    assert kb.phase_model("see_think_do_care").phase_ids == ["see", "think", "do", "care"]
    assert kb.phase_model("race").phase_ids == ["reach", "act", "convert", "engage"]
    cdj = kb.phase_model("mckinsey_cdj")
    assert "loyalty_loop" in cdj.phase_ids
    assert cdj.phase("loyalty_loop").maps_to == ["loyalty"]


def test_taxonomy_version_is_stable(kb: KnowledgeBase) -> None:
    version = kb.taxonomy_version("journey7")
    assert version.startswith("journey7-v1-")
    assert version == kb.taxonomy_version("journey7")


# --- emotions and catalogues ----------------------------------------------------------


def test_emotion_ids_and_valences(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.emotions] == list(VALENCES)
    assert {e.id: e.valence for e in kb.emotions} == VALENCES
    for e in kb.emotions:
        assert e.cues.nl and e.cues.en


def test_touchpoints_and_kpis_cover_every_phase(kb: KnowledgeBase) -> None:
    for phase_id in JOURNEY7:
        assert kb.touchpoints_for(phase_id), phase_id
        assert kb.kpis_for(phase_id), phase_id


def test_friction_patterns(kb: KnowledgeBase) -> None:
    assert {p.id for p in kb.friction_patterns} >= FRICTION
    for p in kb.friction_patterns:
        assert p.signals.nl and p.signals.en and p.causes and p.fixes
        assert len(p.signals.nl) == len(p.signals.en), p.id
        for fix in p.fixes:
            assert 1 <= fix.impact <= 5 and 1 <= fix.effort <= 5
            kb.kpi(fix.kpi)
            assert kb.fix(fix.id)[0].id == p.id


def test_map_types_and_glossary(kb: KnowledgeBase) -> None:
    assert {m.id for m in kb.map_types} == {
        "current_state",
        "day_in_the_life",
        "future_state",
        "service_blueprint",
    }
    assert kb.default_map_type.id == "current_state"
    ids = {g.id for g in kb.glossary}
    assert {
        "impact_effort",
        "rice",
        "nps",
        "ces",
        "csat",
        "touchpoint",
        "persona",
        "pain_point",
        "moment_of_truth",
    } <= ids
    entry = kb.lookup_term("RICE", "nl")
    assert entry is not None and entry.kind == "glossary" and entry.id == "rice"


def test_every_text_is_bilingual_and_non_empty(kb: KnowledgeBase) -> None:
    checked = 0
    for where, dump in _all_dumps(kb):
        for path, node in _bilingual_nodes(dump):
            for lang in ("nl", "en"):
                value = node[lang]
                items = value if isinstance(value, list) else [value]
                assert items, f"{where}{path}.{lang} is empty"
                assert all(isinstance(s, str) and s.strip() for s in items), (
                    f"{where}{path}.{lang} has an empty text"
                )
            if isinstance(node["nl"], list):
                assert len(node["nl"]) == len(node["en"]), f"{where}{path}"
            checked += 1
    assert checked > 300


# --- user models ----------------------------------------------------------------------

USER_MODEL = {
    "id": "my_shop",
    "version": 1,
    "name": {"nl": "Mijn winkelreis", "en": "My shop journey"},
    "description": {"nl": "Eenvoudig eigen model.", "en": "Simple custom model."},
    "recommended_for": {
        "audience": ["b2c"],
        "complexity": ["low"],
        "goals": ["conversion"],
        "why": {"nl": "Voor de test.", "en": "For the test."},
    },
    "phases": [
        {
            "id": "before",
            "name": {"nl": "Voor de aankoop", "en": "Before buying"},
            "definition": {"nl": "Alles voor de bestelling.", "en": "Everything before the order."},
            "questions": {"nl": ["Wat kost het?"], "en": ["What does it cost?"]},
            "touchpoints": ["product_page"],
            "kpis": ["conversion_rate"],
            "maps_to": ["awareness", "consideration", "purchase"],
        },
        {
            "id": "after",
            "name": {"nl": "Na de aankoop", "en": "After buying"},
            "definition": {"nl": "Alles na de bestelling.", "en": "Everything after the order."},
            "questions": {"nl": ["Waar is mijn pakket?"], "en": ["Where is my parcel?"]},
            "maps_to": ["delivery", "usage", "loyalty", "advocacy"],
        },
    ],
}


def _write(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_user_model_loads_from_directory(tmp_path: Path) -> None:
    _write(tmp_path / "my_shop.yaml", USER_MODEL)
    kb = load_knowledge([tmp_path])
    assert "my_shop" in kb.phase_models
    assert set(MODELS) <= set(kb.phase_models)
    assert kb.uncovered_phases("my_shop") == []
    assert [t.id for t in kb.touchpoints_for("before", "my_shop")] == ["product_page"]
    # the cached bundled base is not changed
    assert "my_shop" not in load_knowledge().phase_models


def test_user_model_loads_from_path(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path / "custom.yaml", USER_MODEL)
    model = kb.phase_model(str(path))
    assert model.id == "my_shop"
    assert "my_shop" in render_entry(kb, str(path))


def test_malformed_user_yaml_names_the_file(kb: KnowledgeBase, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\nphases: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"broken\.yaml"):
        load_knowledge([tmp_path])
    with pytest.raises(KnowledgeError, match=r"broken\.yaml"):
        kb.phase_model(str(broken))


def test_user_model_with_extra_key_is_rejected(kb: KnowledgeBase, tmp_path: Path) -> None:
    data = {**USER_MODEL, "colour": "blue"}
    path = _write(tmp_path / "extra_key.yaml", data)
    with pytest.raises(KnowledgeError, match=r"extra_key\.yaml.*colour"):
        kb.load_model_file(path)


def test_user_model_with_unknown_reference_is_rejected(kb: KnowledgeBase, tmp_path: Path) -> None:
    data = yaml.safe_load(yaml.safe_dump(USER_MODEL))
    data["phases"][0]["maps_to"] = ["shopping"]
    data["phases"][1]["kpis"] = ["no_such_kpi"]
    path = _write(tmp_path / "bad_refs.yaml", data)
    with pytest.raises(KnowledgeError, match=r"bad_refs\.yaml.*shopping") as info:
        kb.load_model_file(path)
    assert "no_such_kpi" in str(info.value)


def test_user_model_id_clash_is_rejected(tmp_path: Path) -> None:
    _write(tmp_path / "clash.yaml", {**USER_MODEL, "id": "aida"})
    with pytest.raises(KnowledgeError, match=r"clash\.yaml.*aida"):
        load_knowledge([tmp_path])


def test_missing_user_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="does not exist"):
        load_knowledge([tmp_path / "nope"])


# --- presentation ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_overview_lists_models_and_emotions(kb: KnowledgeBase, lang: str) -> None:
    text = render_overview(kb, lang)
    for model_id in MODELS:
        assert model_id in text
    for emotion_id in VALENCES:
        assert emotion_id in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_show_model_contains_phase_ids(kb: KnowledgeBase, lang: str) -> None:
    text = render_entry(kb, "journey7", lang)
    for phase_id in JOURNEY7:
        assert f"({phase_id})" in text
    aida = render_entry(kb, "aida", lang)
    assert "delivery, usage, loyalty, advocacy" in aida
    cdj = render_entry(kb, "mckinsey_cdj", lang)
    assert "(loyalty_loop)" in cdj


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("emotions", "frustration"),
        ("touchpoints", "checkout"),
        ("kpis", "conversion_rate"),
        ("friction", "checkout_dropoff"),
        ("map_types", "service_blueprint"),
        ("glossary", "moment_of_truth"),
        ("rice", "rice"),
        ("slow_refunds", "refund_on_dropoff"),
        ("guest_checkout", "checkout_dropoff"),
        ("delight", "delight"),
        ("ambassador", "nine_phase"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_show_sections_and_entries(kb: KnowledgeBase, ref: str, expected: str, lang: str) -> None:
    assert expected in render_entry(kb, ref, lang)


def test_show_unknown_ref_lists_options(kb: KnowledgeBase) -> None:
    with pytest.raises(KnowledgeError, match="journey7"):
        render_entry(kb, "qwertyuiop zzz")
