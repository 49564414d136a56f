"""The backlog straight from the data: negative records -> pain clusters -> ranked fixes.

Pure logic over tags, the records' dates and texts, the knowledge base and an embedding
function; the caller reads and stores.

1. **Period.** The last ``period_days`` up to the newest dated record (so an export
   analysed later gives the same answer) and the equally long period before it. With no
   period, or no dated records at all, everything counts and every trend is ``flat``.
2. **Pain clusters.** Per phase, the negative records (sentiment < 0) of the period are
   clustered on their pain summary (see :mod:`assistant.backlog.evidence`). Records that
   join no cluster are counted as unclustered, not ranked.
3. **Per cluster:** characteristic words (or an LLM label), count, share of the phase's
   records in the period, trend against the previous period (whose negatives are assigned
   to the nearest cluster), and quotes of the members closest to the centre.
4. **Fixes.** Each cluster is matched to a friction pattern of its phase and the pattern's
   fixes become backlog items (see :mod:`assistant.backlog.matching`), ranked by
   :func:`assistant.backlog.scoring.rank`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

import numpy as np

from assistant.backlog.clustering import DEFAULT_MIN_SIZE, DEFAULT_THRESHOLD, assign, closest
from assistant.backlog.clustering import cluster as cluster_vectors
from assistant.backlog.evidence import EmbedFn, Negatives, RecordInfo, distinct_embed
from assistant.backlog.keywords import characteristic_words
from assistant.backlog.labels import Labeller, keyword_label
from assistant.backlog.matching import MATCH_FLOOR, Match, PatternMatcher, fixes_for
from assistant.backlog.model import Backlog, PainCluster
from assistant.backlog.period import Period, trend
from assistant.backlog.scoring import RankBy, Thresholds, rank
from assistant.classify.base import UNKNOWN_PHASE, Tag
from assistant.journey_map import Quote
from assistant.kb.loader import KnowledgeBase

QUOTES_PER_CLUSTER = 3
KEYWORDS_PER_CLUSTER = 5


@dataclass(frozen=True)
class Options:
    period_days: int | None = 90  # None: all records
    end: datetime | None = None  # default: the newest dated record
    language: Literal["nl", "en"] = "en"
    rank_by: RankBy = "rice"
    thresholds: Thresholds = field(default_factory=Thresholds)
    formula: str | None = None
    threshold: float = DEFAULT_THRESHOLD  # cosine to join a cluster
    min_size: int = DEFAULT_MIN_SIZE
    match_floor: float = MATCH_FLOOR


@dataclass
class DataRun:
    """The backlog and the counts behind it (for the report; the backlog is what is stored)."""

    backlog: Backlog
    period: Period
    records: int = 0  # tagged records in the period
    negative: int = 0
    unclustered: int = 0
    undated: int = 0  # left out because a period was asked for
    unplaced: int = 0  # tagged "unknown" (no sign of their phase): left out
    previous_records: int = 0
    label_failures: int = 0  # clusters the LLM could not name (they keep their keywords)

    @property
    def unmatched(self) -> list[PainCluster]:
        """Pain clusters that no friction pattern of the knowledge base explains."""
        return [c for c in self.backlog.pain_points if c.friction_pattern is None]


@dataclass
class _Group:
    phase: str
    members: list[int]  # rows of the period's negatives
    centroid: np.ndarray
    previous: int = 0


def backlog_from_data(
    tags: Sequence[Tag],
    records: Mapping[str, RecordInfo],
    embed: EmbedFn,
    kb: KnowledgeBase,
    *,
    backlog_id: str,
    options: Options = Options(),
    labeller: Labeller | None = None,
    workspace: str | None = None,
    created_at: datetime | None = None,
) -> DataRun:
    """Build and rank the backlog of ``tags`` (those without a record are ignored)."""
    embed = distinct_embed(embed)
    tags = [t for t in tags if t.item_id in records]
    unplaced = sum(t.phase == UNKNOWN_PHASE for t in tags)
    tags = [t for t in tags if t.phase != UNKNOWN_PHASE]
    dates = [records[t.item_id].created_at for t in tags]
    dated = [d for d in dates if d is not None]
    period = Period(
        options.end or (max(dated) if dated else None), options.period_days if dated else None
    )
    which = [period.which(d) for d in dates]
    current = [t for t, w in zip(tags, which, strict=True) if w == "current"]
    previous = [t for t, w in zip(tags, which, strict=True) if w == "previous"]
    run = DataRun(
        backlog=Backlog(id=backlog_id),
        period=period,
        records=len(current),
        undated=sum(1 for d in dates if d is None) if period.bounded else 0,
        previous_records=len(previous),
        unplaced=unplaced,
    )
    aliases = kb.friction_names(options.language)
    now = Negatives.build([t for t in current if t.sentiment < 0], records, embed, aliases=aliases)
    before = Negatives.build(
        [t for t in previous if t.sentiment < 0], records, embed, with_quotes=False, aliases=aliases
    )
    run.negative = len(now.tags)
    groups, leftovers = _cluster(kb, now, before, options)
    run.unclustered = sum(len(rows) for rows in leftovers.values())
    words = characteristic_words(
        [[x for m in g.members for x in now.texts(m)] for g in groups]
        + [[x for m in rows for x in now.texts(m)] for rows in leftovers.values()],
        n=KEYWORDS_PER_CLUSTER,
    )
    matcher = PatternMatcher(kb, embed, options.match_floor)
    phase_totals = Counter(t.phase for t in current)
    numbers: Counter[str] = Counter()
    clusters: list[PainCluster] = []
    matched: list[tuple[PainCluster, Match]] = []
    for group, keywords in zip(groups, words[: len(groups)], strict=True):
        numbers[group.phase] += 1
        order = closest(now.vectors, group.members, group.centroid)
        quotes = _distinct_quotes(order, now)
        label = keyword_label(keywords, now.summaries[order[0]])
        if labeller is not None:
            texts = [q.text for q in quotes]
            label = labeller.label(group.phase, keywords, texts, options.language) or label
        match = matcher.best(group.phase, now.match_vectors(group.members))
        count = len(group.members)
        pain = PainCluster(
            id=f"{group.phase}-{numbers[group.phase]}",
            phase=group.phase,
            label=label,
            keywords=keywords,
            count=count,
            share=min(1.0, count / phase_totals[group.phase]),
            previous_count=group.previous,
            trend=trend(count, group.previous, comparable=run.previous_records > 0),
            quotes=quotes,
            record_ids=sorted(now.tags[m].item_id for m in group.members),
            friction_pattern=match.pattern.id if match else None,
        )
        clusters.append(pain)
        if match is not None:
            matched.append((pain, match))
    fixes = fixes_for(matched, kb, options.language, run.records)
    run.backlog = Backlog(
        id=backlog_id,
        title=_title(workspace, period, options.language),
        language=options.language,
        workspace=workspace,
        period_days=period.days,
        created_at=created_at,
        ranking=options.rank_by,
        pain_points=clusters,
        fixes=rank(fixes, options.rank_by, options.thresholds, options.formula),
    )
    return run


def _cluster(
    kb: KnowledgeBase, now: Negatives, before: Negatives, options: Options
) -> tuple[list[_Group], dict[str, list[int]]]:
    """Clusters per phase in journey order, and the unclustered rows per phase."""
    groups: list[_Group] = []
    leftovers: dict[str, list[int]] = {}
    phases = {t.phase for t in now.tags}
    ordered = [p for p in kb.journey7_ids if p in phases] + sorted(phases - set(kb.journey7_ids))
    for phase in ordered:
        rows = now.of_phase(phase)
        found = cluster_vectors(now.vectors[rows], options.threshold, options.min_size)
        phase_groups = [
            _Group(phase, [rows[m] for m in found.members(c)], found.centroids[c])
            for c in range(found.size)
        ]
        leftovers[phase] = [rows[m] for m in np.flatnonzero(found.labels < 0)]
        back = before.of_phase(phase)
        if phase_groups and back:
            centroids = np.vstack([g.centroid for g in phase_groups])
            for label in assign(before.vectors[back], centroids, options.threshold):
                if label >= 0:
                    phase_groups[label].previous += 1
        groups += phase_groups
    return groups, {phase: rows for phase, rows in leftovers.items() if rows}


def _distinct_quotes(order: list[int], now: Negatives) -> list[Quote]:
    picked: list[Quote] = []
    for row in order:
        text = now.quotes[row]
        if text and all(q.text != text for q in picked):
            picked.append(Quote(record_id=now.tags[row].item_id, text=text))
        if len(picked) == QUOTES_PER_CLUSTER:
            break
    return picked


def _title(workspace: str | None, period: Period, language: str) -> str:
    head = "Backlog uit de data" if language == "nl" else "Backlog from the data"
    where = f": {workspace}" if workspace else ""
    if period.end is None or period.days is None:
        return head + where
    span = "dagen tot en met" if language == "nl" else "days up to"
    return f"{head}{where}, {period.days} {span} {period.end.date()}"
