"""Pain points per phase: the negative records of a period grouped by what went wrong.

Per phase, in journey order:

1. Records that clearly belong to a friction pattern (see
   :meth:`~assistant.backlog.matching.PatternMatcher.belongs`) are grouped by pattern.
2. The other records are clustered on their pain summaries (see
   :mod:`assistant.backlog.evidence` and :mod:`assistant.backlog.clustering`), and each
   cluster is matched to a pattern (:meth:`~assistant.backlog.matching.PatternMatcher.best`).
   A matched cluster joins its pattern's group: one known cause, one pain point.
3. A record that joined no cluster joins the pattern it fits best, when it fits that
   pattern as well as the match floor asks of a cluster.
4. Groups of fewer than ``min_size`` records are dissolved: their records stay
   unclustered (counted, not ranked). Unmatched clusters are new themes without a known fix.
5. The previous period's records count for the group of the pattern they belong to, else
   for the nearest group (cosine from the clustering threshold), for the trend.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.backlog.clustering import assign, cluster, normalise
from assistant.backlog.evidence import Negatives
from assistant.backlog.matching import Match, PatternMatcher


@dataclass
class Group:
    phase: str
    members: list[int]  # rows of the period's negatives, ascending
    centroid: np.ndarray  # of the members' summary vectors
    match: Match | None = None
    previous: int = 0


def group_negatives(
    phases: Sequence[str],
    now: Negatives,
    before: Negatives,
    matcher: PatternMatcher,
    threshold: float,
    min_size: int,
) -> tuple[list[Group], dict[str, list[int]]]:
    """The groups in ``phases`` order (biggest first within a phase) and the unclustered
    rows per phase."""
    groups: list[Group] = []
    leftovers: dict[str, list[int]] = {}
    for phase in phases:
        phase_groups, left = _phase_groups(phase, now, matcher, threshold, min_size)
        _count_previous(phase, phase_groups, before, threshold)
        groups += sorted(phase_groups, key=lambda g: (-len(g.members), g.members[0]))
        if left:
            leftovers[phase] = left
    return groups, leftovers


def _phase_groups(
    phase: str, now: Negatives, matcher: PatternMatcher, threshold: float, min_size: int
) -> tuple[list[Group], list[int]]:
    rows = now.of_phase(phase)
    by_pattern: dict[str, list[int]] = {}
    free: list[int] = []
    for row in rows:
        pattern = now.patterns[row]
        if pattern is None:
            free.append(row)
        else:
            by_pattern.setdefault(pattern, []).append(row)
    found = cluster(now.vectors[free], threshold, min_size)
    unmatched: list[Group] = []
    for c in range(found.size):
        members = [free[m] for m in found.members(c)]
        match = matcher.best(phase, now.fits[members])
        if match is None:
            unmatched.append(_group(phase, members, now))
        else:
            by_pattern.setdefault(match.pattern.id, []).extend(members)
    left: list[int] = []
    for m in np.flatnonzero(found.labels < 0):
        row = free[m]
        fits = matcher.with_phase(now.fits[row], phase)
        best = int(np.argmax(fits))
        if fits[best] >= matcher.floor:
            by_pattern.setdefault(matcher.patterns[best].id, []).append(row)
        else:
            left.append(row)
    matched: list[Group] = []
    for pattern_id, members in by_pattern.items():
        if len(members) < min_size:
            left += members
            continue
        group = _group(phase, members, now)
        group.match = matcher.match(phase, now.fits[group.members], matcher.index(pattern_id))
        matched.append(group)
    return matched + unmatched, sorted(left)


def _group(phase: str, members: list[int], now: Negatives) -> Group:
    members = sorted(members)
    return Group(phase, members, normalise(now.vectors[members].sum(axis=0))[0])


def _count_previous(phase: str, groups: list[Group], before: Negatives, threshold: float) -> None:
    back = before.of_phase(phase)
    if not groups or not back:
        return
    by_pattern = {g.match.pattern.id: g for g in groups if g.match is not None}
    nearest = assign(before.vectors[back], np.vstack([g.centroid for g in groups]), threshold)
    for row, label in zip(back, nearest, strict=True):
        pattern = before.patterns[row]
        if pattern in by_pattern:
            by_pattern[pattern].previous += 1
        elif label >= 0:
            groups[label].previous += 1
