"""What a journey map shows, whatever the format: its lanes, and the items in each cell.

Markdown, CSV, HTML and Mermaid all read the map through this view, so they agree on
which elements are on it (a rejected suggestion is not), in which lane and in which order.

Lanes come from the map type in ``knowledge/map_types.yaml``. A lane id names the
:class:`PhaseMap` field it shows (``customer_actions`` -> ``actions``, ``frontstage`` ->
``touchpoints``, ...). A field with content that the map type has no lane for is added
at the end under its own lane, so an export never drops what the team entered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, get_args

from assistant.export import names
from assistant.export.labels import has_label, label, percent, signed
from assistant.models.journey_map import Element, EmotionScore, JourneyMap, PhaseMap, Quote, Source

Field = Literal[
    "actions",
    "touchpoints",
    "questions",
    "emotion",
    "pain_points",
    "opportunities",
    "kpis",
    "backstage",
]
FIELDS: tuple[Field, ...] = get_args(Field)

# Lane id (map_types.yaml) -> the field it shows. None: the lane is the column header
# (phases, moments) or has no field of its own (backstage holds processes and systems too).
LANE_FIELDS: dict[str, Field | None] = {
    "phases": None,
    "moments": None,
    "customer_actions": "actions",
    "touchpoints": "touchpoints",
    "frontstage": "touchpoints",
    "questions": "questions",
    "needs": "questions",
    "emotions": "emotion",
    "pain_points": "pain_points",
    "opportunities": "opportunities",
    "changes": "opportunities",
    "kpis": "kpis",
    "backstage": "backstage",
    "support_processes": None,
    "systems": None,
}
_OWN_LANE: dict[Field, str] = {
    "actions": "customer_actions",
    "touchpoints": "touchpoints",
    "questions": "questions",
    "emotion": "emotions",
    "pain_points": "pain_points",
    "opportunities": "opportunities",
    "kpis": "kpis",
    "backstage": "backstage",
}
MIX_SHOWN = 3  # emotions of the data's mix named in the emotion cell


@dataclass(frozen=True)
class Lane:
    id: str
    field: Field

    def label(self, lang: str) -> str:
        key = f"lane.{self.id}"
        return label(key, lang) if has_label(key) else self.id.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Item:
    """One entry in a cell, with what the formats may show next to its text."""

    text: str
    source: Source
    count: int | None = None
    share: float | None = None
    quotes: tuple[Quote, ...] = ()
    owner: Element | None = None
    kpi: str | None = None
    answers: str | None = None
    note: str = ""
    record_ids: tuple[str, ...] = ()
    marked: bool = True  # False: the text says whose it is (the emotion lane)

    @property
    def unconfirmed(self) -> bool:
        return self.source.kind == "suggested" and self.source.accepted is None


def _has_content(phase: PhaseMap, name: Field) -> bool:
    if name == "emotion":
        return phase.emotion.user is not None or phase.emotion.data is not None
    return any(e.kept for e in getattr(phase, name))


def lanes(m: JourneyMap) -> list[Lane]:
    """The map's rows: the map type's lanes, then any other field that has content."""
    result: list[Lane] = []
    shown: set[Field] = set()
    for lane_id in names.map_type_lanes(m.map_type):
        name = LANE_FIELDS.get(lane_id)
        if name is not None and name not in shown:
            result.append(Lane(lane_id, name))
            shown.add(name)
    for name in FIELDS:
        if name not in shown and any(_has_content(p, name) for p in m.phases):
            result.append(Lane(_OWN_LANE[name], name))
    return result


def _item(e: Element) -> Item:
    ids = tuple(e.source.record_ids)
    return Item(text=e.text, source=e.source, count=e.source.count, record_ids=ids)


def emotion_items(score: EmotionScore, lang: str) -> list[Item]:
    """The team's rating (asserted) and the data's mean valence (evidence), when present."""
    items: list[Item] = []
    if score.user is not None:
        text = f"{label('team', lang)}: {signed(score.user, lang)}"
        items.append(Item(text=text, source=Source(kind="asserted"), marked=False))
    if score.data is not None:
        mix = sorted(score.mix.items(), key=lambda kv: (-kv[1], kv[0]))[:MIX_SHOWN]
        note = f"n={score.data_count}"
        if mix:
            note += ": " + ", ".join(f"{names.emotion_name(k, lang)} {v}" for k, v in mix)
        text = f"{label('data', lang)}: {signed(score.data, lang)}"
        source = Source(kind="evidence", count=score.data_count)
        items.append(Item(text=text, source=source, note=note, marked=False))
    return items


def items(phase: PhaseMap, lane: Lane, lang: str) -> list[Item]:
    """The kept elements of ``phase`` in ``lane``, in the order the map holds them."""
    if phase.skipped:
        return []
    if lane.field == "emotion":
        return emotion_items(phase.emotion, lang)
    if lane.field == "touchpoints":
        return [
            replace(_item(t), owner=t.owner if t.owner is not None and t.owner.kept else None)
            for t in phase.touchpoints
            if t.kept
        ]
    if lane.field == "pain_points":
        return [
            replace(
                _item(p),
                count=p.count if p.count is not None else p.source.count,
                share=p.share,
                quotes=tuple(p.quotes),
            )
            for p in phase.pain_points
            if p.kept
        ]
    if lane.field == "opportunities":
        return [
            replace(_item(o), kpi=o.kpi, answers=o.pain_point)
            for o in phase.opportunities
            if o.kept
        ]
    elements: list[Element] = list(getattr(phase, lane.field))
    return [_item(e) for e in elements if e.kept]


def detail(
    item: Item, lang: str, mark: Callable[[Source], str] = lambda s: "", full: bool = False
) -> list[str]:
    """Short facts to print after an item's text; ``full`` adds what only files need."""
    parts: list[str] = []
    if item.count is not None:
        parts.append(f"{item.count}×")
    if item.share is not None:
        parts.append(percent(item.share, lang))
    if item.note:
        parts.append(item.note)
    if item.owner is not None:
        parts.append(f"{label('owner', lang)}: {item.owner.text}{mark(item.owner.source)}")
    if item.kpi:
        parts.append(f"{label('kpi', lang)}: {item.kpi}")
    if full:
        if item.answers:
            parts.append(f"{label('answers', lang)}: {item.answers}")
        if item.source.ref:
            parts.append(f"{label('ref', lang)}: {item.source.ref}")
        if item.unconfirmed:
            parts.append(label("unconfirmed", lang))
        ids = list(item.record_ids) + [q.record_id for q in item.quotes]
        if ids:
            parts.append(f"{label('record_ids', lang).lower()}: {', '.join(dict.fromkeys(ids))}")
    return parts


@dataclass(frozen=True)
class HeaderLine:
    key: str
    text: str
    source: Source | None = None


def header(m: JourneyMap) -> list[HeaderLine]:
    """Goal, persona and scenario (with their provenance), then the map's facts."""
    lang = m.language
    lines: list[HeaderLine] = []
    for key in ("goal", "persona", "scenario"):
        element: Element | None = getattr(m, key)
        if element is not None and element.kept:
            lines.append(HeaderLine(key, element.text, element.source))
    model = names.phase_model_name(m.phase_model, lang)
    lines.append(HeaderLine("phase_model", model, m.phase_model_source))
    lines.append(HeaderLine("map_type", names.map_type_name(m.map_type, lang)))
    if m.data_records:
        lines.append(HeaderLine("data_records", label("records", lang, n=m.data_records)))
    created = m.created_at.strftime("%Y-%m-%d %H:%M") + " · " if m.created_at else ""
    lines.append(HeaderLine("created", created + label("version", lang, n=m.version)))
    return lines


def title(m: JourneyMap) -> str:
    return m.title or label("journey_map", m.language)


def phase_heading(phase: PhaseMap, lang: str) -> str:
    return f"{phase.name} ({label('skipped', lang)})" if phase.skipped else phase.name


def pain_points_with_quotes(m: JourneyMap) -> list[tuple[PhaseMap, Item]]:
    """Every kept pain point that has quotes, phase by phase."""
    lane = Lane("pain_points", "pain_points")
    return [
        (phase, item)
        for phase in m.phases
        for item in items(phase, lane, m.language)
        if item.quotes
    ]


def user_or_data(score: EmotionScore) -> float | None:
    """The phase's score for one-number views: the team's, else the data's."""
    return float(score.user) if score.user is not None else score.data
