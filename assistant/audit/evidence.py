"""What the customer data says per phase: counts, emotion mix, valence, pain points, quotes.

Computed once per session from the workspace's tags (pure: tags and knowledge in, numbers
out), so every turn of the dialogue reads it without touching the database.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.kb.loader import KnowledgeBase
from assistant.kb.schema import PhaseModel
from assistant.models.journey_map import Quote
from assistant.models.tags import UNKNOWN_PHASE, Tag

QUOTES_PER_PAIN = 3
TOP_PAINS = 5


class DataPain(BaseModel):
    label: str
    count: int
    share: float
    pattern: str | None = None  # friction pattern id when the label names one
    quotes: list[Quote] = Field(default_factory=list)
    record_ids: list[str] = Field(default_factory=list)


class PhaseEvidence(BaseModel):
    phase: str
    count: int = 0
    valence: float | None = None  # mean emotion valence, -2..+2
    mix: dict[str, int] = Field(default_factory=dict)
    pains: list[DataPain] = Field(default_factory=list)
    touchpoints: dict[str, int] = Field(default_factory=dict)  # catalogue id -> records


class Evidence(BaseModel):
    workspace: str | None
    phase_model: str
    total: int  # tagged texts placed in a phase
    phases: dict[str, PhaseEvidence]
    unplaced: int = 0  # tagged texts with no sign of their phase ("unknown"): left out

    @property
    def empty(self) -> bool:
        return self.total == 0

    def of(self, phase_id: str) -> PhaseEvidence:
        return self.phases.get(phase_id) or PhaseEvidence(phase=phase_id)


def _targets(model: PhaseModel) -> dict[str, list[str]]:
    """journey7 phase -> the model's phases that map onto it."""
    targets: dict[str, list[str]] = defaultdict(list)
    for phase in model.phases:
        for journey7_phase in phase.maps_to:
            targets[journey7_phase].append(phase.id)
    return targets


def build_evidence(
    tags: Sequence[Tag], kb: KnowledgeBase, model: PhaseModel, workspace: str | None = None
) -> Evidence:
    """Evidence per phase of ``model``. Tags of the model itself are used as they are;
    journey7 tags are projected through the model's ``maps_to`` (a journey7 phase that two
    phases share counts for both)."""
    valence = {e.id: e.valence for e in kb.emotions}
    own = [t for t in tags if t.phase_model == model.id]
    if own:
        phase_of = {p: [p] for p in model.phase_ids}
        chosen: Sequence[Tag] = own
    else:
        phase_of = _targets(model)
        chosen = [t for t in tags if t.phase_model == "journey7"]
    unplaced = len({t.item_id for t in chosen if t.phase == UNKNOWN_PHASE})
    chosen = [t for t in chosen if t.phase != UNKNOWN_PHASE]
    by_phase: dict[str, list[Tag]] = defaultdict(list)
    for tag in chosen:
        for phase in phase_of.get(tag.phase, ()):
            by_phase[phase].append(tag)
    patterns = kb.friction_ids()
    phases: dict[str, PhaseEvidence] = {}
    for phase_id in model.phase_ids:
        members = by_phase.get(phase_id, [])
        if not members:
            phases[phase_id] = PhaseEvidence(phase=phase_id)
            continue
        mix = Counter(t.emotion for t in members)
        mean = sum(valence[t.emotion] for t in members) / len(members)
        phases[phase_id] = PhaseEvidence(
            phase=phase_id,
            count=len(members),
            valence=round(mean, 2),
            mix=dict(mix.most_common()),
            pains=_pains(members, patterns),
            touchpoints=dict(Counter(t.touchpoint for t in members if t.touchpoint).most_common()),
        )
    return Evidence(
        workspace=workspace,
        phase_model=model.id,
        total=len({t.item_id for t in chosen}),
        phases=phases,
        unplaced=unplaced,
    )


def _pains(members: Sequence[Tag], patterns: dict[str, str]) -> list[DataPain]:
    """Pain points named in negative tags, most frequent first (ties: alphabetical), with
    the most confident quotes. Labels of one friction pattern count together, whatever
    language the classifier named them in."""
    groups: dict[str, list[Tag]] = defaultdict(list)
    labels: dict[str, str] = {}
    for tag in members:
        if tag.pain_point and tag.sentiment < 0:
            key = patterns.get(tag.pain_point.lower(), tag.pain_point)
            groups[key].append(tag)
            labels.setdefault(key, tag.pain_point)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:TOP_PAINS]
    pains: list[DataPain] = []
    for key, tagged in ranked:
        quoted = sorted(
            (t for t in tagged if t.evidence),
            key=lambda t: (-(t.phase_confidence + t.emotion_confidence), t.item_id),
        )
        pains.append(
            DataPain(
                label=labels[key],
                count=len(tagged),
                share=round(len(tagged) / len(members), 4),
                pattern=key if key in patterns.values() else None,
                quotes=[
                    Quote(record_id=t.item_id, text=t.evidence or "")
                    for t in quoted[:QUOTES_PER_PAIN]
                ],
                record_ids=sorted(t.item_id for t in tagged)[:50],
            )
        )
    return pains
