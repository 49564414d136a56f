"""Bring a finished map up to date with newer customer data (the map is a living document)."""

from __future__ import annotations

from assistant.audit.evidence import Evidence
from assistant.audit.phases import matching_pain
from assistant.models.journey_map import JourneyMap


def refresh_map(journey: JourneyMap, data: Evidence) -> JourneyMap:
    """A copy of the map with its data-derived parts recomputed from ``data``: the data's
    emotion score and mix per phase, and the counts, shares and quotes of pain points that
    the data carries. What the user said is left as it was."""
    fresh = journey.model_copy(deep=True)
    fresh.data_records = data.total
    for phase in fresh.phases:
        ev = data.of(phase.id)
        phase.emotion.data = ev.valence
        phase.emotion.data_count = ev.count
        phase.emotion.mix = dict(ev.mix)
        for pain in phase.pain_points:
            match = matching_pain(ev.pains, pain.text, pain.source.ref)
            if match is not None:
                pain.count, pain.share, pain.quotes = match.count, match.share, list(match.quotes)
                if pain.source.kind == "evidence":
                    pain.source.count = match.count
                    pain.source.record_ids = match.record_ids[:10]
            elif pain.source.kind == "evidence" or pain.count is not None:
                pain.count, pain.share, pain.quotes = 0, 0.0, []
                if pain.source.kind == "evidence":
                    pain.source.count = 0
    return fresh
