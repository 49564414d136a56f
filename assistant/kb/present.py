"""Plain-text views of the knowledge base for ``journey knowledge list`` and ``show``."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path

from assistant.kb.loader import DEFAULT_PHASE_MODEL, KnowledgeBase
from assistant.kb.schema import (
    Emotion,
    FrictionPattern,
    GlossaryTerm,
    KnowledgeError,
    Kpi,
    MapType,
    Phase,
    PhaseModel,
    Touchpoint,
    UnknownEntryError,
    check_lang,
)

WIDTH = 88
SECTIONS = ("emotions", "touchpoints", "kpis", "friction", "map_types", "glossary")

_LABELS: dict[str, dict[str, str]] = {
    "phase_models": {"en": "Phase models", "nl": "Fasemodellen"},
    "phases": {"en": "phases", "nl": "fasen"},
    "default": {"en": "default", "nl": "standaard"},
    "emotions": {"en": "Emotions", "nl": "Emoties"},
    "touchpoints": {"en": "Touchpoints", "nl": "Touchpoints"},
    "kpis": {"en": "KPIs", "nl": "KPI's"},
    "friction": {"en": "Friction patterns", "nl": "Frictiepatronen"},
    "map_types": {"en": "Map types", "nl": "Soorten maps"},
    "glossary": {"en": "Glossary terms", "nl": "Begrippen"},
    "show_hint": {
        "en": "Details: journey knowledge show <model id | section | term id>",
        "nl": "Details: journey knowledge show <model-id | onderdeel | begrip-id>",
    },
    "version": {"en": "version", "nl": "versie"},
    "taxonomy": {"en": "taxonomy", "nl": "taxonomie"},
    "recommended": {"en": "Recommended for", "nl": "Aanbevolen voor"},
    "audience": {"en": "audience", "nl": "doelgroep"},
    "complexity": {"en": "complexity", "nl": "complexiteit"},
    "goals": {"en": "goals", "nl": "doelen"},
    "questions": {"en": "Typical questions", "nl": "Typische vragen"},
    "maps_to": {"en": "Maps to", "nl": "Valt in"},
    "not_covered": {"en": "Not covered", "nl": "Niet gedekt"},
    "valence": {"en": "valence", "nl": "valentie"},
    "cues": {"en": "Cues", "nl": "Signaalwoorden"},
    "channel": {"en": "channel", "nl": "kanaal"},
    "owner": {"en": "Owner", "nl": "Eigenaar"},
    "formula": {"en": "Formula", "nl": "Formule"},
    "data_source": {"en": "Data source", "nl": "Databron"},
    "phase": {"en": "Phase", "nl": "Fase"},
    "signals": {"en": "Signals", "nl": "Signalen"},
    "causes": {"en": "Causes", "nl": "Oorzaken"},
    "fixes": {"en": "Fixes", "nl": "Oplossingen"},
    "impact": {"en": "impact", "nl": "impact"},
    "effort": {"en": "effort", "nl": "inspanning"},
    "when": {"en": "When to use", "nl": "Wanneer gebruiken"},
    "lanes": {"en": "Lanes", "nl": "Lanen"},
    "related": {"en": "Related", "nl": "Zie ook"},
    "aliases": {"en": "Also", "nl": "Ook"},
    "model": {"en": "Model", "nl": "Model"},
}


def _t(key: str, lang: str) -> str:
    return _LABELS[key][lang]


def _wrap(text: str, indent: int) -> str:
    pad = " " * indent
    return textwrap.fill(
        " ".join(text.split()), width=WIDTH, initial_indent=pad, subsequent_indent=pad
    )


def _bullets(items: Iterable[str], indent: int) -> list[str]:
    pad = " " * indent
    return [
        textwrap.fill(
            " ".join(item.split()),
            width=WIDTH,
            initial_indent=f"{pad}- ",
            subsequent_indent=f"{pad}  ",
        )
        for item in items
    ]


# --- overview -------------------------------------------------------------------------


def render_overview(kb: KnowledgeBase, lang: str = "en") -> str:
    """Summary of everything in the knowledge base (``journey knowledge list``)."""
    lang = check_lang(lang)
    lines = [f"{_t('phase_models', lang)} ({len(kb.phase_models)})"]
    for model in kb.phase_models.values():
        mark = f" [{_t('default', lang)}]" if model.id == DEFAULT_PHASE_MODEL else ""
        lines.append(
            f"  {model.id:<20} {model.name.get(lang)} "
            f"({len(model.phases)} {_t('phases', lang)}){mark}"
        )
    lines.append("")
    lines.append(f"{_t('emotions', lang)} ({len(kb.emotions)})")
    for emotion in kb.emotions:
        lines.append(f"  {emotion.id:<20} {emotion.name.get(lang)} ({emotion.valence:+d})")
    lines.append("")
    default_map = kb.default_map_type
    counts = [
        (_t("touchpoints", lang), str(len(kb.touchpoints))),
        (_t("kpis", lang), str(len(kb.kpis))),
        (_t("friction", lang), str(len(kb.friction_patterns))),
        (
            _t("map_types", lang),
            f"{len(kb.map_types)} ({_t('default', lang)}: {default_map.name.get(lang)})",
        ),
        (_t("glossary", lang), str(len(kb.glossary))),
    ]
    lines.extend(f"{label + ':':<20} {value}" for label, value in counts)
    lines.append("")
    lines.append(_t("show_hint", lang))
    return "\n".join(lines)


# --- single entries -------------------------------------------------------------------


def _render_phase(kb: KnowledgeBase, phase: Phase, num: int, lang: str) -> str:
    lines = [f"{num}. {phase.name.get(lang)} ({phase.id})", _wrap(phase.definition.get(lang), 3)]
    lines.append(f"   {_t('questions', lang)}:")
    lines.extend(_bullets(phase.questions.get(lang), 5))
    if phase.touchpoints:
        names = ", ".join(kb.touchpoint(t).name.get(lang) for t in phase.touchpoints)
        lines.append(_wrap(f"{_t('touchpoints', lang)}: {names}", 3))
    if phase.kpis:
        names = ", ".join(kb.kpi(k).name.get(lang) for k in phase.kpis)
        lines.append(_wrap(f"{_t('kpis', lang)}: {names}", 3))
    j7 = kb.default_phase_model
    targets = ", ".join(f"{j7.phase(t).name.get(lang)} ({t})" for t in phase.maps_to)
    lines.append(f"   {_t('maps_to', lang)} {DEFAULT_PHASE_MODEL}: {targets}")
    return "\n".join(lines)


def _render_model(kb: KnowledgeBase, model: PhaseModel, lang: str) -> str:
    rec = model.recommended_for
    lines = [
        f"{model.name.get(lang)} ({model.id}) - {_t('version', lang)} {model.version}, "
        f"{_t('taxonomy', lang)} {kb.taxonomy_version_of(model)}",
        _wrap(model.description.get(lang), 0),
        "",
        f"{_t('recommended', lang)}: {_t('audience', lang)} {', '.join(rec.audience)}; "
        f"{_t('complexity', lang)} {', '.join(rec.complexity)}; "
        f"{_t('goals', lang)} {', '.join(rec.goals)}",
        _wrap(rec.why.get(lang), 2),
    ]
    for num, phase in enumerate(model.phases, start=1):
        lines.append("")
        lines.append(_render_phase(kb, phase, num, lang))
    uncovered = [pid for pid in kb.journey7_ids if pid not in model.mapped_targets()]
    if uncovered:
        lines.append("")
        lines.append(f"{_t('not_covered', lang)} ({DEFAULT_PHASE_MODEL}): {', '.join(uncovered)}")
    return "\n".join(lines)


def _render_emotion(e: Emotion, lang: str) -> str:
    return "\n".join(
        [
            f"{e.name.get(lang)} ({e.id}, {_t('valence', lang)} {e.valence:+d})",
            _wrap(e.definition.get(lang), 2),
            _wrap(f"{_t('cues', lang)}: {', '.join(e.cues.get(lang))}", 2),
        ]
    )


def _render_touchpoint(kb: KnowledgeBase, t: Touchpoint, lang: str) -> str:
    phase = kb.default_phase_model.phase(t.phase).name.get(lang)
    return "\n".join(
        [
            f"{t.name.get(lang)} ({t.id}; {_t('phase', lang).lower()} {phase}; "
            f"{_t('channel', lang)} {t.channel})",
            _wrap(t.description.get(lang), 2),
            _wrap(f"{_t('owner', lang)}: {t.owner_hint.get(lang)}", 2),
        ]
    )


def _render_kpi(kb: KnowledgeBase, k: Kpi, lang: str) -> str:
    phase = kb.default_phase_model.phase(k.phase).name.get(lang)
    lines = [
        f"{k.name.get(lang)} ({k.id}; {_t('phase', lang).lower()} {phase})",
        _wrap(k.definition.get(lang), 2),
    ]
    if k.formula:
        lines.append(_wrap(f"{_t('formula', lang)}: {k.formula}", 2))
    lines.append(_wrap(f"{_t('data_source', lang)}: {k.data_source.get(lang)}", 2))
    return "\n".join(lines)


def _render_friction(kb: KnowledgeBase, p: FrictionPattern, lang: str) -> str:
    j7 = kb.default_phase_model
    phases = ", ".join(j7.phase(pid).name.get(lang) for pid in p.phases)
    lines = [
        f"{p.name.get(lang)} ({p.id}; {phases})",
        _wrap(p.description.get(lang), 2),
        _wrap(f"{_t('signals', lang)}: {'; '.join(p.signals.get(lang))}", 2),
        f"  {_t('causes', lang)}:",
        *_bullets((c.get(lang) for c in p.causes), 4),
        f"  {_t('fixes', lang)}:",
    ]
    for fix in p.fixes:
        kpi = kb.kpi(fix.kpi).name.get(lang)
        lines.append(
            f"    - {fix.title.get(lang)} ({fix.id}; {_t('impact', lang)} {fix.impact}, "
            f"{_t('effort', lang)} {fix.effort}; KPI: {kpi})"
        )
        lines.append(_wrap(fix.description.get(lang), 6))
    return "\n".join(lines)


def _render_map_type(m: MapType, lang: str) -> str:
    mark = f" [{_t('default', lang)}]" if m.default else ""
    return "\n".join(
        [
            f"{m.name.get(lang)} ({m.id}){mark}",
            _wrap(m.description.get(lang), 2),
            _wrap(f"{_t('when', lang)}: {m.when_to_use.get(lang)}", 2),
            _wrap(f"{_t('lanes', lang)}: {', '.join(m.lanes)}", 2),
        ]
    )


def _render_term(kb: KnowledgeBase, g: GlossaryTerm, lang: str) -> str:
    lines = [f"{g.term.get(lang)} ({g.id})", _wrap(g.definition.get(lang), 2)]
    if g.aliases:
        lines.append(_wrap(f"{_t('aliases', lang)}: {', '.join(g.aliases)}", 2))
    if g.related:
        names = ", ".join(kb.term(r).term.get(lang) for r in g.related)
        lines.append(_wrap(f"{_t('related', lang)}: {names}", 2))
    return "\n".join(lines)


def _by_phase(kb: KnowledgeBase, lang: str, render: Callable[[str], list[str]]) -> str:
    blocks: list[str] = []
    for phase in kb.default_phase_model.phases:
        blocks.append(f"== {phase.name.get(lang)} ({phase.id}) ==")
        blocks.extend(render(phase.id))
    return "\n".join(blocks)


def _render_section(kb: KnowledgeBase, section: str, lang: str) -> str:
    title = f"{_t(section, lang)}\n"
    if section == "emotions":
        body = "\n\n".join(_render_emotion(e, lang) for e in kb.emotions)
    elif section == "touchpoints":
        body = _by_phase(
            kb, lang, lambda pid: [_render_touchpoint(kb, t, lang) for t in kb.touchpoints_for(pid)]
        )
    elif section == "kpis":
        body = _by_phase(kb, lang, lambda pid: [_render_kpi(kb, k, lang) for k in kb.kpis_for(pid)])
    elif section == "friction":
        body = "\n\n".join(_render_friction(kb, p, lang) for p in kb.friction_patterns)
    elif section == "map_types":
        body = "\n\n".join(_render_map_type(m, lang) for m in kb.map_types)
    else:
        body = "\n\n".join(_render_term(kb, g, lang) for g in kb.glossary)
    return title + "\n" + body


def _unknown(kb: KnowledgeBase, ref: str) -> KnowledgeError:
    return UnknownEntryError(
        f"Nothing in the knowledge base is called {ref!r}. Available: "
        f"phase models ({', '.join(kb.phase_models)}); "
        f"sections ({', '.join(SECTIONS)}); "
        f"map types ({', '.join(m.id for m in kb.map_types)}); "
        f"friction patterns ({', '.join(p.id for p in kb.friction_patterns)}); "
        f"glossary terms ({', '.join(g.id for g in kb.glossary)}); "
        "or the path to a phase model YAML file."
    )


def render_entry(kb: KnowledgeBase, ref: str, lang: str = "en") -> str:
    """Detail view of a phase model, a section, or one named entry (``journey knowledge show``).

    ``ref`` is tried as: phase model id or YAML path, section name, glossary / friction /
    map type / emotion / touchpoint / KPI id, then as a name via ``kb.lookup_term``.
    """
    lang = check_lang(lang)
    key = ref.strip()
    if key in kb.phase_models or key.lower().endswith((".yaml", ".yml")) or Path(key).is_file():
        return _render_model(kb, kb.phase_model(key), lang)
    if key.lower() in SECTIONS:
        return _render_section(kb, key.lower(), lang)
    entry = kb.lookup_term(key, lang)
    if entry is None:
        raise _unknown(kb, ref)
    if entry.kind == "glossary":
        return _render_term(kb, kb.term(entry.id), lang)
    if entry.kind == "phase_model":
        return _render_model(kb, kb.phase_model(entry.id), lang)
    if entry.kind == "emotion":
        return _render_emotion(kb.emotion(entry.id), lang)
    if entry.kind == "friction_pattern":
        return _render_friction(kb, kb.friction_pattern(entry.id), lang)
    if entry.kind == "map_type":
        return _render_map_type(kb.map_type(entry.id), lang)
    if entry.kind == "touchpoint":
        return _render_touchpoint(kb, kb.touchpoint(entry.id), lang)
    if entry.kind == "kpi":
        return _render_kpi(kb, kb.kpi(entry.id), lang)
    if entry.kind == "fix":
        return _render_friction(kb, kb.fix(entry.id)[0], lang)
    assert entry.parent is not None  # a phase always names its model
    model = kb.phase_model(entry.parent)
    num = model.phase_ids.index(entry.id) + 1
    header = f"{_t('model', lang)}: {model.name.get(lang)} ({model.id})"
    return header + "\n" + _render_phase(kb, model.phase(entry.id), num, lang)
