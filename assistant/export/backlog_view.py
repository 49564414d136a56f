"""What the backlog exports share: the ranking, readable cells and the evidence of a fix."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.backlog.model import Backlog, BacklogFix, PainCluster
from assistant.backlog.scoring import RankBy, Scored, Thresholds
from assistant.export import names
from assistant.export.labels import label, number, percent
from assistant.journey_map import Quote
from assistant.kb.loader import load_knowledge
from assistant.kb.schema import KnowledgeError

NONE = "–"  # an empty score cell in the human formats


@dataclass(frozen=True)
class Ranking:
    """A backlog ranked one way: everything an export needs to print it."""

    backlog: Backlog
    items: list[Scored]
    thresholds: Thresholds
    rank_by: RankBy
    formula: str | None = None

    @property
    def lang(self) -> str:
        return self.backlog.language

    @property
    def title(self) -> str:
        return self.backlog.title or label("backlog", self.lang)

    @property
    def has_formula(self) -> bool:
        return any(s.formula is not None for s in self.items)


# --- evidence -------------------------------------------------------------------------


def cluster(backlog: Backlog, ref: str) -> PainCluster | None:
    """The pain cluster a fix names, by id or by label."""
    key = ref.strip().casefold()
    for c in backlog.pain_points:
        if c.id.casefold() == key or c.label.casefold() == key:
            return c
    return None


def pain_points(fix: BacklogFix, backlog: Backlog) -> list[tuple[str, PainCluster | None]]:
    """Each pain point the fix answers: its label and its cluster when the backlog has it."""
    result: list[tuple[str, PainCluster | None]] = []
    for ref in fix.pain_points:
        found = cluster(backlog, ref)
        result.append((found.label if found else ref, found))
    return result


def quotes(fix: BacklogFix, backlog: Backlog) -> list[Quote]:
    """The fix's own quotes, then its clusters', one per record."""
    seen: set[str] = set()
    result: list[Quote] = []
    found = [c for _, c in pain_points(fix, backlog) if c is not None]
    for quote in [*fix.quotes, *(q for c in found for q in c.quotes)]:
        if quote.record_id not in seen:
            seen.add(quote.record_id)
            result.append(quote)
    return result


def record_ids(fix: BacklogFix, backlog: Backlog) -> list[str]:
    found = [c for _, c in pain_points(fix, backlog) if c is not None]
    ids = fix.record_ids or [r for c in found for r in c.record_ids]
    return list(dict.fromkeys(ids))


def pain_summary(c: PainCluster, lang: str) -> str:
    """ "27 records (61% of the phase), up (was 15)"."""
    text = label("pain_count", lang, n=c.count)
    text += f" ({label('of_phase', lang, share=percent(c.share, lang))})"
    text += f", {trend(c, lang)}"
    return text


def trend(c: PainCluster, lang: str) -> str:
    text = label(f"trend.{c.trend}", lang)
    if c.trend in ("up", "down"):
        text += f" ({label('previous', lang, n=c.previous_count)})"
    return text


# --- cells ----------------------------------------------------------------------------


def phase(phase_id: str | None, lang: str) -> str:
    return names.phase_name(phase_id, lang) if phase_id else NONE


def kpi(fix: BacklogFix, lang: str) -> str:
    """A knowledge-base KPI by its name ("Tickets per customer", not ``ticket_volume``); a KPI in
    the team's own words as written."""
    if not fix.kpi:
        return NONE
    try:
        return load_knowledge().kpi(fix.kpi).name.get(lang)
    except KnowledgeError:
        return fix.kpi


def reach(fix: BacklogFix, lang: str) -> str:
    if fix.reach is None:
        return NONE
    share = f" ({percent(fix.reach_share, lang)})" if fix.reach_share is not None else ""
    return f"{fix.reach}{share}"


def score(value: float | None, lang: str) -> str:
    """A RICE or formula score: two decimals below 10, one above."""
    return NONE if value is None else number(value, lang, 2 if abs(value) < 10 else 1)


def quadrant(s: Scored, lang: str) -> str:
    return label(f"quadrant.{s.quadrant}", lang)


def headers(r: Ranking) -> list[str]:
    keys = ["rank", "fix", "phase", "pain_points", "reach", "impact", "effort", "confidence"]
    keys += ["rice", *(["score"] if r.has_formula else []), "quadrant", "kpi", "owner_col", "due"]
    return [label(k, r.lang) for k in keys]


def numeric_columns(r: Ranking) -> set[int]:
    """Columns of :func:`row` that hold numbers (aligned right in HTML)."""
    return {0, 4, 5, 6, 7, 8} | ({9} if r.has_formula else set())


def row(s: Scored, r: Ranking) -> list[str]:
    """The cells of one fix for the human formats (Markdown, HTML), unescaped."""
    lang, fix = r.lang, s.fix
    cells = [
        str(s.position),
        fix.title,
        phase(fix.phase, lang),
        "; ".join(text for text, _ in pain_points(fix, r.backlog)) or NONE,
        reach(fix, lang),
        str(fix.impact),
        str(fix.effort),
        percent(fix.confidence, lang),
        score(s.rice, lang),
    ]
    if r.has_formula:
        cells.append(score(s.formula, lang))
    cells += [
        quadrant(s, lang),
        kpi(fix, lang),
        fix.owner or NONE,
        fix.due.isoformat() if fix.due else NONE,
    ]
    return cells


def meta(r: Ranking) -> str:
    """ "2025-03-14 · last 30 days · ranked by RICE"."""
    b, lang = r.backlog, r.lang
    parts = [b.created_at.strftime("%Y-%m-%d")] if b.created_at else []
    if b.period_days:
        parts.append(label("period", lang, n=b.period_days))
    parts.append(label("ranked_by", lang, how=label(f"rank_by.{r.rank_by}", lang)))
    return " · ".join(parts)


def thresholds_note(r: Ranking) -> str:
    """How RICE is computed and where the quadrants split."""
    t = r.thresholds
    split = label("thresholds", r.lang, impact=t.impact, effort=t.effort)
    return f"{label('rice_formula', r.lang)} · {split}"
