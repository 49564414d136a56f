"""The backlog's custom ranking formula: parsed, checked and evaluated; pure, no I/O.

A formula is an expression over ``reach``, ``reach_share``, ``impact``, ``effort`` and
``confidence`` with numbers, + - * / ** and parentheses (``JOURNEY_BACKLOG_FORMULA``).
It lives in the models layer because the settings check it when they are read.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable

from assistant.errors import ConfigError

VARIABLES = ("reach", "reach_share", "impact", "effort", "confidence")

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


def evaluate(node: ast.AST, values: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return evaluate(node.body, values)
    if isinstance(node, ast.BinOp):
        left, right = evaluate(node.left, values), evaluate(node.right, values)
        try:
            return _BINARY[type(node.op)](left, right)
        except ZeroDivisionError:
            return 0.0
    if isinstance(node, ast.UnaryOp):
        value = evaluate(node.operand, values)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.Constant):
        return float(node.value)  # type: ignore[arg-type]
    assert isinstance(node, ast.Name)
    return values[node.id]
