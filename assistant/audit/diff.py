"""What changed between two versions of a journey map (pure)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.models.journey_map import Element, JourneyMap, PhaseMap

LANES = ("touchpoints", "actions", "questions", "pain_points", "opportunities", "kpis", "backstage")


class Change(BaseModel):
    phase: str | None  # None: the map's header (goal, persona, ...)
    lane: str
    kind: str  # added | removed | changed
    text: str


class MapDiff(BaseModel):
    old: int
    new: int
    changes: list[Change] = Field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.changes


def _texts(elements: list[Element]) -> dict[str, Element]:
    return {e.text: e for e in elements if e.kept}


def _lane(old: PhaseMap | None, new: PhaseMap | None, lane: str) -> list[Change]:
    before = _texts(getattr(old, lane)) if old else {}
    after = _texts(getattr(new, lane)) if new else {}
    either = new or old
    phase = either.id if either is not None else None
    changes = [
        Change(phase=phase, lane=lane, kind="added", text=t) for t in after if t not in before
    ]
    changes += [
        Change(phase=phase, lane=lane, kind="removed", text=t) for t in before if t not in after
    ]
    if lane == "pain_points":
        for text in sorted(set(before) & set(after)):
            was, now = getattr(before[text], "count", None), getattr(after[text], "count", None)
            if was != now:
                changes.append(
                    Change(phase=phase, lane=lane, kind="changed", text=f"{text}: {was} -> {now}")
                )
    return changes


def _emotion(old: PhaseMap, new: PhaseMap) -> list[Change]:
    changes = []
    if old.emotion.user != new.emotion.user:
        changes.append(
            Change(
                phase=new.id,
                lane="emotion",
                kind="changed",
                text=f"user {old.emotion.user} -> {new.emotion.user}",
            )
        )
    if (old.emotion.data, old.emotion.data_count) != (new.emotion.data, new.emotion.data_count):
        changes.append(
            Change(
                phase=new.id,
                lane="emotion",
                kind="changed",
                text=(
                    f"data {old.emotion.data} (n={old.emotion.data_count}) -> "
                    f"{new.emotion.data} (n={new.emotion.data_count})"
                ),
            )
        )
    return changes


def diff_maps(old: JourneyMap, new: JourneyMap) -> MapDiff:
    result = MapDiff(old=old.version, new=new.version)
    for field in ("goal", "persona", "scenario"):
        a, b = getattr(old, field), getattr(new, field)
        if (a.text if a else None) != (b.text if b else None):
            text = f"{a.text if a else '-'} -> {b.text if b else '-'}"
            result.changes.append(Change(phase=None, lane=field, kind="changed", text=text))
    for field in ("phase_model", "map_type", "data_records"):
        if getattr(old, field) != getattr(new, field):
            text = f"{getattr(old, field)} -> {getattr(new, field)}"
            result.changes.append(Change(phase=None, lane=field, kind="changed", text=text))
    old_phases = {p.id: p for p in old.phases}
    for phase in new.phases:
        before = old_phases.pop(phase.id, None)
        for lane in LANES:
            result.changes += _lane(before, phase, lane)
        if before is not None:
            result.changes += _emotion(before, phase)
    for gone in old_phases.values():
        result.changes.append(Change(phase=gone.id, lane="phase", kind="removed", text=gone.name))
    return result
