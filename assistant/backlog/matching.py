"""From pain clusters to fixes: match negative records and clusters to the friction patterns
of the knowledge base and turn the patterns' fixes into scored backlog items.

A pattern is described by its names and signals in Dutch and English (the signals include
what customers say, "my refund still hasn't come through"). A record's fit with a pattern
is the best cosine between one of its first sentences
(:func:`~assistant.backlog.evidence.sentences`) and one of the pattern's descriptions: one
sentence of a long complaint can say what went wrong. A pattern of the record's own phase
gets ``PHASE_BONUS``; patterns of other phases count too, since a tagged phase can be
wrong and a late parcel is a late parcel in any phase.

* A record **belongs** to its best pattern when the fit is at least ``RECORD_FLOOR`` and
  ``RECORD_MARGIN`` ahead of the next pattern: such records cluster together.
* A cluster's match strength with a pattern is the mean fit of its records. The best
  pattern from ``MATCH_FLOOR`` wins; weaker matches do not count (the cluster then has no
  known fix, and says so). The strength gives the fix's confidence (low, medium, high),
  where high also needs at least ``HIGH_NEEDS_REACH`` records behind the fix.
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

MATCH_FLOOR = 0.45  # below this a pattern does not explain the cluster
RECORD_FLOOR = 0.5  # a record this close to a pattern belongs to it
RECORD_MARGIN = 0.03  # ... when no other pattern comes this close
PHASE_BONUS = 0.05  # for a pattern of the record's (or cluster's) own phase
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
    """Embeds each friction pattern once; scores records and clusters against all of them."""

    def __init__(self, kb: KnowledgeBase, embed: EmbedFn, floor: float = MATCH_FLOOR) -> None:
        self.kb = kb
        self.floor = floor
        self.embed = embed
        self.patterns = kb.friction_patterns
        texts = [pattern_texts(p) for p in self.patterns]
        self._vectors = embed([t for group in texts for t in group])
        self._owner = np.array([i for i, group in enumerate(texts) for _ in group])
        self._phases = [set(p.phases) for p in self.patterns]

    def fits(self, texts: Sequence[Sequence[str]]) -> np.ndarray:
        """(records, patterns): each record's fit with each pattern; ``texts[r]`` are the
        pieces of record r to read (its sentences, a pain point written for it)."""
        fits = np.zeros((len(texts), len(self.patterns)), dtype=np.float32)
        flat = [t for pieces in texts for t in pieces]
        if not flat:
            return fits
        sims = self.embed(flat) @ self._vectors.T
        per_pattern = np.full((len(flat), len(self.patterns)), -1.0, dtype=np.float32)
        for p in range(len(self.patterns)):
            per_pattern[:, p] = sims[:, self._owner == p].max(axis=1)
        start = 0
        for r, pieces in enumerate(texts):
            fits[r] = per_pattern[start : start + len(pieces)].max(axis=0)
            start += len(pieces)
        return fits

    def with_phase(self, fits: np.ndarray, phase: str) -> np.ndarray:
        """``fits`` (one row or many) with the bonus for the patterns of ``phase``."""
        bonus = np.array([PHASE_BONUS if phase in p else 0.0 for p in self._phases])
        return fits + bonus.astype(np.float32)

    def belongs(self, fits: np.ndarray, phase: str) -> FrictionPattern | None:
        """The pattern one record (its row of fits) clearly belongs to, if any."""
        row = self.with_phase(fits, phase)
        order = np.argsort(-row, kind="stable")
        best = float(row[order[0]])
        runner_up = float(row[order[1]]) if len(order) > 1 else -1.0
        if best >= RECORD_FLOOR and best - runner_up >= RECORD_MARGIN:
            return self.patterns[int(order[0])]
        return None

    def index(self, pattern_id: str) -> int:
        return next(i for i, p in enumerate(self.patterns) if p.id == pattern_id)

    def match(self, phase: str, member_fits: np.ndarray, pattern: int) -> Match:
        """How well one pattern (by index) explains a cluster, floor or not."""
        mean = self.with_phase(member_fits.mean(axis=0), phase)
        return Match(self.patterns[pattern], float(min(1.0, mean[pattern])))

    def best(self, phase: str, member_fits: np.ndarray) -> Match | None:
        """The cluster's best pattern (its members' mean fit), or None under the floor."""
        if len(member_fits) == 0:
            return None
        mean = self.with_phase(member_fits.mean(axis=0), phase)
        top = int(np.argmax(mean))  # the first of equal maxima: file order
        strength = float(min(1.0, mean[top]))
        return Match(self.patterns[top], strength) if strength >= self.floor else None


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
