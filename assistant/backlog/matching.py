"""From pain clusters to fixes: match each cluster to a friction pattern of its phase and
turn that pattern's fixes into scored backlog items.

A pattern is described by its name and signals in Dutch and English. A cluster's match
strength with a pattern is the mean, over the cluster's texts, of the best cosine between
that text and any of the pattern's descriptions. The best pattern above ``MATCH_FLOOR``
wins; weaker matches do not count. The strength gives the fix's confidence (low, medium,
high), where high also needs at least ``HIGH_NEEDS_REACH`` records behind the fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.backlog.evidence import EmbedFn
from assistant.backlog.model import CONFIDENCE_LEVELS, BacklogFix, PainCluster
from assistant.journey_map import Quote, Source
from assistant.kb.loader import KnowledgeBase
from assistant.kb.schema import FrictionPattern

MATCH_FLOOR = 0.4  # below this a pattern does not explain the cluster
MEDIUM_FROM = 0.5
HIGH_FROM = 0.65
HIGH_NEEDS_REACH = 5  # a strong match on fewer records is at most medium confidence
MAX_QUOTES = 3


def pattern_texts(pattern: FrictionPattern) -> list[str]:
    """What a pattern looks like in customer words: its names and signals, both languages."""
    return [pattern.name.nl, pattern.name.en, *pattern.signals.nl, *pattern.signals.en]


def confidence_level(strength: float, reach: int | None = None) -> str:
    """low / medium / high from a match strength (cosine); thin evidence is never high."""
    if strength >= HIGH_FROM and (reach is None or reach >= HIGH_NEEDS_REACH):
        return "high"
    return "medium" if strength >= MEDIUM_FROM else "low"


@dataclass(frozen=True)
class Match:
    pattern: FrictionPattern
    strength: float


class PatternMatcher:
    """Embeds each friction pattern once and scores clusters against the patterns of a phase."""

    def __init__(self, kb: KnowledgeBase, embed: EmbedFn, floor: float = MATCH_FLOOR) -> None:
        self.kb = kb
        self.floor = floor
        patterns = kb.friction_patterns
        texts = [pattern_texts(p) for p in patterns]
        flat = embed([t for group in texts for t in group])
        self._vectors: dict[str, np.ndarray] = {}
        start = 0
        for pattern, group in zip(patterns, texts, strict=True):
            self._vectors[pattern.id] = flat[start : start + len(group)]
            start += len(group)

    def strength(self, pattern_id: str, member_vectors: np.ndarray) -> float:
        sims = member_vectors @ self._vectors[pattern_id].T
        return float(sims.max(axis=1).mean())

    def best(self, phase: str, member_vectors: np.ndarray) -> Match | None:
        """The phase's best pattern for these texts, or None when none clears the floor."""
        found: Match | None = None
        for pattern in self.kb.friction_patterns_for(phase):
            value = self.strength(pattern.id, member_vectors)
            if value >= self.floor and (found is None or value > found.strength):
                found = Match(pattern, value)
        return found


@dataclass
class _Pending:
    """One knowledge-base fix with the clusters it answers (merged across clusters)."""

    pattern: FrictionPattern
    fix_id: str
    clusters: list[PainCluster] = field(default_factory=list)
    strength: float = 0.0


def fixes_for(
    matched: Sequence[tuple[PainCluster, Match]],
    kb: KnowledgeBase,
    language: str,
    records_in_period: int,
) -> list[BacklogFix]:
    """One fix per knowledge-base fix; clusters matching the same fix add up their reach.

    The fix's phase is that of its largest cluster; its confidence comes from its
    strongest match; ``reach_share`` is its reach over all records in the period.
    """
    pending: dict[str, _Pending] = {}
    for cluster, match in matched:
        for fix in match.pattern.fixes:
            entry = pending.setdefault(fix.id, _Pending(match.pattern, fix.id))
            entry.clusters.append(cluster)
            entry.strength = max(entry.strength, match.strength)
    fixes: list[BacklogFix] = []
    for fix_id, entry in pending.items():
        _, fix = kb.fix(fix_id)
        clusters = sorted(entry.clusters, key=lambda c: (-c.count, c.id))
        reach = sum(c.count for c in clusters)
        record_ids = sorted({r for c in clusters for r in c.record_ids})
        fixes.append(
            BacklogFix(
                id=fix.id,
                title=fix.title.get(language),
                description=fix.description.get(language),
                phase=clusters[0].phase,
                pain_points=list(dict.fromkeys(c.label for c in clusters)),
                quotes=_spread_quotes(clusters),
                record_ids=record_ids,
                impact=fix.impact,
                effort=fix.effort,
                confidence=CONFIDENCE_LEVELS[confidence_level(entry.strength, reach)],
                reach=reach,
                reach_share=min(1.0, reach / records_in_period) if records_in_period else None,
                kpi=fix.kpi,
                fix_ref=fix.id,
                source=Source(kind="suggested", ref=fix.id),
            )
        )
    return fixes


def _spread_quotes(clusters: Sequence[PainCluster]) -> list[Quote]:
    """Up to three quotes, taking turns over the clusters (largest first)."""
    quotes: list[Quote] = []
    depth = max((len(c.quotes) for c in clusters), default=0)
    for i in range(depth):
        for c in clusters:
            if i < len(c.quotes) and len(quotes) < MAX_QUOTES and c.quotes[i] not in quotes:
                quotes.append(c.quotes[i])
    return quotes
