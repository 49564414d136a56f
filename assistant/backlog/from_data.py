"""The backlog straight from the data: negative records -> pain clusters -> ranked fixes.

Pure logic over tags, the records' dates and texts, the knowledge base and an embedding
function; the caller reads and stores.

1. **Period.** The last ``period_days`` up to the newest dated record (so an export
   analysed later gives the same answer) and the equally long period before it. With no
   period, or no dated records at all, everything counts and every trend is ``flat``.
2. **Pain points.** Per phase, the negative records (sentiment < 0) of the period are
   grouped by the friction pattern they fit, the rest clustered on their pain summary
   (see :mod:`assistant.backlog.grouping`). Records that join no group are counted as
   unclustered, not ranked.
3. **Per pain point:** a name that says what went wrong (see :func:`_name` and
   :mod:`assistant.backlog.naming`; an LLM label when configured), characteristic words,
   count, share of the phase's records in the period, trend against the previous period,
   and quotes of the members closest to the centre. A cluster with no known pattern and
   nothing nameable (a product name, a greeting in common) is no pain point.
4. **Fixes.** The fixes of each matched pattern become backlog items (see
   :mod:`assistant.backlog.matching`), ranked by :func:`assistant.backlog.scoring.rank`.
   Pain points that no pattern explains stay in the backlog without a fix
   (:attr:`DataRun.unmatched`): a new theme, said as such.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from assistant.backlog.clustering import DEFAULT_MIN_SIZE, DEFAULT_THRESHOLD, closest
from assistant.backlog.evidence import EmbedFn, Negatives, RecordInfo, distinct_embed
from assistant.backlog.grouping import Group, group_negatives
from assistant.backlog.keywords import characteristic_words
from assistant.backlog.labels import Labeller
from assistant.backlog.matching import MATCH_FLOOR, Match, PatternMatcher, fixes_for, pattern_texts
from assistant.backlog.model import Backlog, PainCluster
from assistant.backlog.naming import (
    KeyPhrase,
    brand_words,
    key_phrases,
    says_what_went_wrong,
    sentence_case,
    theme_stems,
    typical_clause,
)
from assistant.backlog.period import Period, trend
from assistant.backlog.scoring import RankBy, Thresholds, rank
from assistant.classify.base import UNKNOWN_PHASE, Tag
from assistant.journey_map import Quote
from assistant.kb.loader import KnowledgeBase

QUOTES_PER_CLUSTER = 3
KEYWORDS_PER_CLUSTER = 5
STRONG_PHRASE = 0.3  # of a matched cluster's texts: its key phrase names it, not the pattern


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
    matcher = PatternMatcher(kb, embed, options.match_floor)
    negatives = [t for t in current if t.sentiment < 0]
    now = Negatives.build(negatives, records, embed, matcher, aliases=aliases)
    negatives = [t for t in previous if t.sentiment < 0]
    before = Negatives.build(negatives, records, embed, matcher, False, aliases)
    run.negative = len(now.tags)
    phases = {t.phase for t in now.tags}
    ordered = [p for p in kb.journey7_ids if p in phases] + sorted(phases - set(kb.journey7_ids))
    groups, leftovers = group_negatives(
        ordered, now, before, matcher, options.threshold, options.min_size
    )
    brands = brand_words(records[t.item_id].text for t in tags)
    names = _names(groups, leftovers, now, brands, options.language)
    for group, name in zip(groups, names, strict=True):
        if name is None:  # a cluster that says nothing nameable is no pain point
            leftovers.setdefault(group.phase, []).extend(group.members)
    named = [(g, n) for g, n in zip(groups, names, strict=True) if n is not None]
    run.unclustered = sum(len(rows) for rows in leftovers.values())
    words = characteristic_words(
        [[x for m in g.members for x in now.texts(m)] for g, _ in named]
        + [[x for m in rows for x in now.texts(m)] for rows in leftovers.values()],
        n=KEYWORDS_PER_CLUSTER,
        exclude=brands,
    )
    phase_totals = Counter(t.phase for t in current)
    numbers: Counter[str] = Counter()
    clusters: list[PainCluster] = []
    for (group, label), keywords in zip(named, words, strict=False):
        numbers[group.phase] += 1
        quotes = _distinct_quotes(closest(now.vectors, group.members, group.centroid), now)
        if labeller is not None:
            texts = [q.text for q in quotes]
            label = labeller.label(group.phase, keywords, texts, options.language) or label
        count = len(group.members)
        clusters.append(
            PainCluster(
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
                friction_pattern=group.match.pattern.id if group.match else None,
            )
        )
    clusters = _distinct_labels(clusters)
    matched = [
        (pain, group.match)
        for pain, (group, _) in zip(clusters, named, strict=True)
        if group.match is not None
    ]
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


def _names(
    groups: Sequence[Group],
    leftovers: Mapping[str, Sequence[int]],
    now: Negatives,
    brands: frozenset[str],
    language: str,
) -> list[str | None]:
    """Each group's name (see :func:`_name`); the unclustered records take part in the
    phrase counts as an "other" bucket, so that what everybody says does not name one."""
    texts = [[now.readable[m] for m in g.members] for g in groups]
    others = [[now.readable[m] for m in rows] for rows in leftovers.values()]
    themes = [
        theme_stems(pattern_texts(g.match.pattern)) if g.match else frozenset() for g in groups
    ]
    phrases = key_phrases(texts + others, brands, themes + [frozenset()] * len(others))
    return [
        _name(
            phrase,
            g.match,
            now.quotes[closest(now.vectors, g.members, g.centroid)[0]],
            brands,
            language,
        )
        for g, phrase in zip(groups, phrases, strict=False)
    ]


def _name(
    phrase: KeyPhrase | None,
    match: Match | None,
    typical: str,
    brands: frozenset[str],
    language: str,
) -> str | None:
    """What went wrong. A matched cluster: its key phrase when many of its texts use it and
    it is about the pattern's theme ("Refund still not received"), else the pattern's name
    ("Slow refunds"). A new theme: its key phrase, else the clause of its most typical
    quote that holds a problem word (more than a "not"). None when there is neither: such a
    cluster shares words but no complaint (a product name, a greeting): no pain point."""
    if match is not None:
        if phrase and phrase.on_theme and phrase.share >= STRONG_PHRASE:
            return sentence_case(phrase.text)
        return match.pattern.name.get(language)
    if phrase:
        return sentence_case(phrase.text)
    clause = typical_clause(typical, brands)
    return sentence_case(clause) if says_what_went_wrong(clause) else None


def _distinct_labels(clusters: list[PainCluster]) -> list[PainCluster]:
    """Labels name pain points in the fixes: a label used twice gets its phase added."""
    seen = Counter(c.label.casefold() for c in clusters)
    return [
        c.model_copy(update={"label": f"{c.label} ({c.phase})"})
        if seen[c.label.casefold()] > 1
        else c
        for c in clusters
    ]


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
