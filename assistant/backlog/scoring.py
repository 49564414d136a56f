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

import ast
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.backlog.model import BacklogFix
from assistant.errors import ConfigError, InputError

Quadrant = Literal["quick_win", "big_bet", "fill_in", "money_pit"]
QUADRANTS: tuple[Quadrant, ...] = ("quick_win", "big_bet", "fill_in", "money_pit")
RankBy = Literal["rice", "quadrant", "formula"]
VARIABLES = ("reach", "reach_share", "impact", "effort", "confidence")


class ScoringError(InputError):
    """A score that cannot be used (effort 0, impact out of range, a bad formula)."""


@dataclass(frozen=True)
class Thresholds:
    """Impact at or above ``impact`` is high; effort at or above ``effort`` is high."""

    impact: int = 3
    effort: int = 3


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


# --- custom formula -------------------------------------------------------------------

_BINARY: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}


def _check_node(node: ast.AST, source: str) -> None:
    if isinstance(node, ast.Expression):
        _check_node(node.body, source)
    elif isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        _check_node(node.left, source)
        _check_node(node.right, source)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        _check_node(node.operand, source)
    elif not (
        (isinstance(node, ast.Constant) and isinstance(node.value, int | float))
        or (isinstance(node, ast.Name) and node.id in VARIABLES)
    ):
        what = ast.get_source_segment(source, node) or type(node).__name__
        raise ConfigError(
            f"backlog formula {source!r}: {what!r} is not allowed; use numbers, "
            f"{', '.join(VARIABLES)} and + - * / ** ( )"
        )


def parse_formula(source: str) -> ast.Expression:
    """Parse and check a formula; raises ConfigError naming what is not allowed."""
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise ConfigError(f"backlog formula {source!r} is not a valid expression") from exc
    _check_node(tree, source)
    return tree


def _evaluate(node: ast.AST, values: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, values)
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left, values), _evaluate(node.right, values)
        try:
            return _BINARY[type(node.op)](left, right)
        except ZeroDivisionError:
            return 0.0
    if isinstance(node, ast.UnaryOp):
        value = _evaluate(node.operand, values)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.Constant):
        return float(node.value)  # type: ignore[arg-type]
    assert isinstance(node, ast.Name)
    return values[node.id]


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
    return _evaluate(parse_formula(formula), values)


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
