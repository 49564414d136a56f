"""Scoring and ranking fixes: pure functions over :class:`BacklogFix`, no I/O.

- **RICE** = reach × impact × confidence / effort. A fix without a reach (no data behind it)
  has no RICE score.
- **Quadrant** from impact and effort: quick win (high impact, low effort), big bet (high,
  high), fill-in (low, low), money pit (low, high). "High" means at least the threshold.
- **Formula**: a custom weighted expression over ``reach``, ``reach_share``, ``impact``,
  ``effort`` and ``confidence`` (numbers, + - * / ** and parentheses), set in config.

Ranking is stable and fully ordered; ties are broken, in this order, by higher impact,
lower effort, larger reach, higher confidence, then title and id alphabetically.
``rank_by="rice"`` puts fixes without a reach after all fixes with one, ordered among
themselves by impact × confidence / effort.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.backlog.model import BacklogFix
from assistant.errors import ConfigError, InputError
from assistant.models.backlog import Thresholds
from assistant.models.formula import VARIABLES, evaluate, parse_formula

__all__ = ["VARIABLES", "Thresholds", "parse_formula"]

Quadrant = Literal["quick_win", "big_bet", "fill_in", "money_pit"]
QUADRANTS: tuple[Quadrant, ...] = ("quick_win", "big_bet", "fill_in", "money_pit")
RankBy = Literal["rice", "quadrant", "formula"]


class ScoringError(InputError):
    """A score that cannot be used (effort 0, impact out of range, a bad formula)."""


def check_scores(impact: int, effort: int) -> None:
    if not 1 <= effort <= 5:
        raise ScoringError(
            f"effort must be 1..5 (got {effort}); "
            + ("0 would divide RICE by zero." if effort == 0 else "5 is the largest effort.")
        )
    if not 1 <= impact <= 5:
        raise ScoringError(f"impact must be 1..5 (got {impact}).")


def rice(fix: BacklogFix) -> float | None:
    """reach × impact × confidence / effort, or None when the reach is unknown."""
    check_scores(fix.impact, fix.effort)
    if fix.reach is None:
        return None
    return fix.reach * fix.impact * fix.confidence / fix.effort


def quadrant(fix: BacklogFix, thresholds: Thresholds = Thresholds()) -> Quadrant:
    check_scores(fix.impact, fix.effort)
    high_impact = fix.impact >= thresholds.impact
    high_effort = fix.effort >= thresholds.effort
    if high_impact:
        return "big_bet" if high_effort else "quick_win"
    return "money_pit" if high_effort else "fill_in"


def formula_score(fix: BacklogFix, formula: str) -> float:
    """The custom score; a missing reach counts as 0 (and its share as 0)."""
    check_scores(fix.impact, fix.effort)
    values = {
        "reach": float(fix.reach or 0),
        "reach_share": float(fix.reach_share or 0.0),
        "impact": float(fix.impact),
        "effort": float(fix.effort),
        "confidence": fix.confidence,
    }
    return evaluate(parse_formula(formula), values)


# --- ranking --------------------------------------------------------------------------


def _tie_break(fix: BacklogFix) -> tuple[int, int, int, float, str, str]:
    return (-fix.impact, fix.effort, -(fix.reach or 0), -fix.confidence, fix.title, fix.id)


def rank(
    fixes: Sequence[BacklogFix],
    rank_by: RankBy = "rice",
    thresholds: Thresholds = Thresholds(),
    formula: str | None = None,
) -> list[BacklogFix]:
    """The fixes best first (a new list; the input is not changed)."""
    for fix in fixes:
        check_scores(fix.impact, fix.effort)
    if rank_by == "quadrant":
        order = {q: i for i, q in enumerate(QUADRANTS)}
        return sorted(fixes, key=lambda f: (order[quadrant(f, thresholds)], *_tie_break(f)))
    if rank_by == "formula":
        if not formula:
            raise ConfigError("ranking by formula needs JOURNEY_BACKLOG_FORMULA to be set")
        parse_formula(formula)
        return sorted(fixes, key=lambda f: (-formula_score(f, formula), *_tie_break(f)))

    def rice_key(fix: BacklogFix) -> tuple[int, float, tuple[int, int, int, float, str, str]]:
        score = rice(fix)
        if score is None:
            return (1, -fix.impact * fix.confidence / fix.effort, _tie_break(fix))
        return (0, -score, _tie_break(fix))

    return sorted(fixes, key=rice_key)


@dataclass(frozen=True)
class Scored:
    """A fix with its computed scores, for tables and exports."""

    position: int
    fix: BacklogFix
    rice: float | None
    quadrant: Quadrant
    formula: float | None


def scored(
    fixes: Sequence[BacklogFix],
    rank_by: RankBy = "rice",
    thresholds: Thresholds = Thresholds(),
    formula: str | None = None,
) -> list[Scored]:
    """Rank and annotate: position (1-based), RICE, quadrant and the formula score."""
    ranked = rank(fixes, rank_by, thresholds, formula)
    return [
        Scored(
            position=i,
            fix=fix,
            rice=rice(fix),
            quadrant=quadrant(fix, thresholds),
            formula=formula_score(fix, formula) if formula else None,
        )
        for i, fix in enumerate(ranked, start=1)
    ]
