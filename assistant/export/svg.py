"""Inline SVG charts: the emotion curve of a map and the impact/effort matrix of a backlog.

Plain SVG 1.1 with its namespace, text escaped, no scripts or external fonts, so a chart
can stand alone as a ``.svg`` file or sit inside an XHTML page.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.backlog.scoring import QUADRANTS, Quadrant, Scored, Thresholds
from assistant.export.html_page import esc
from assistant.export.labels import label, signed
from assistant.text import shorten

FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
TEAM_COLOUR = "#1f5fa8"
DATA_COLOUR = "#c0392b"
QUADRANT_COLOURS: dict[Quadrant, tuple[str, str]] = {  # background, dot
    "quick_win": ("#e3f4e1", "#2e7d32"),
    "big_bet": ("#e2ecf8", "#1f5fa8"),
    "fill_in": ("#efefef", "#616161"),
    "money_pit": ("#fbe5e1", "#c0392b"),
}


def _open(width: int, height: int, title: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}" '
        f'font-family="{FONT}" font-size="12">',
        f"<title>{esc(title)}</title>",
    ]


def _n(value: float) -> str:
    """A coordinate: at most one decimal."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


# --- emotion curve --------------------------------------------------------------------


@dataclass(frozen=True)
class CurvePoint:
    phase: str
    team: float | None
    data: float | None


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Stretches of consecutive known values: the line breaks where a phase has none."""
    runs: list[list[tuple[int, float]]] = [[]]
    for i, value in enumerate(values):
        if value is None:
            runs.append([])
        else:
            runs[-1].append((i, value))
    return [run for run in runs if run]


def emotion_curve(points: Sequence[CurvePoint], lang: str) -> str:
    """The team's score and the data's per phase on a -2..+2 axis; a gap breaks a line."""
    step, left, top, unit = 140, 56, 36, 40.0
    width = max(420, left + step * len(points) + 24)
    height = top + unit * 4 + 56

    def x(i: int) -> float:
        return left + step * i + step / 2

    def y(value: float) -> float:
        return top + (2 - value) * unit

    title = label("emotion_curve", lang)
    out = _open(width, int(height), title)
    for level in range(-2, 3):
        dash = "" if level == 0 else ' stroke-dasharray="2 3"'
        out.append(
            f'<line x1="{left}" y1="{_n(y(level))}" x2="{width - 16}" y2="{_n(y(level))}" '
            f'stroke="#c7cdd4"{dash}/>'
        )
        out.append(
            f'<text x="{left - 8}" y="{_n(y(level) + 4)}" text-anchor="end" fill="#56606b">'
            f"{esc(signed(level, lang))}</text>"
        )
    for i, point in enumerate(points):
        out.append(
            f'<text x="{_n(x(i))}" y="{_n(top + unit * 4 + 24)}" text-anchor="middle">'
            f"<title>{esc(point.phase)}</title>{esc(shorten(point.phase, 20))}</text>"
        )
    series = (
        (label("team", lang), TEAM_COLOUR, "", [p.team for p in points]),
        (label("data", lang), DATA_COLOUR, ' stroke-dasharray="6 4"', [p.data for p in points]),
    )
    for name, colour, dash, values in series:
        for run in _runs(values):
            if len(run) > 1:
                coords = " ".join(f"{_n(x(i))},{_n(y(v))}" for i, v in run)
                out.append(
                    f'<polyline points="{coords}" fill="none" stroke="{colour}" '
                    f'stroke-width="2.5"{dash}/>'
                )
        known = [(x(i), y(v), v) for i, v in enumerate(values) if v is not None]
        for px, py, value in known:
            out.append(
                f'<circle cx="{_n(px)}" cy="{_n(py)}" r="4.5" fill="{colour}">'
                f"<title>{esc(name)}: {esc(signed(value, lang))}</title></circle>"
            )
    for k, (name, colour, dash, _) in enumerate(series):
        lx = left + 8 + k * 110
        out.append(
            f'<line x1="{lx}" y1="14" x2="{lx + 28}" y2="14" stroke="{colour}" '
            f'stroke-width="2.5"{dash}/>'
        )
        out.append(f'<text x="{lx + 34}" y="18">{esc(name)}</text>')
    out.append("</svg>")
    return "\n".join(out)


# --- impact/effort matrix -------------------------------------------------------------

_LEFT, _TOP, _UNIT = 64, 24, 80  # plot area: 5 units of 80 px from 0.5 to 5.5
_DOT, _GAP = 10, 23  # dot radius, distance between dots sharing a score


def _mx(effort: float) -> float:
    return _LEFT + (effort - 0.5) * _UNIT


def _my(impact: float) -> float:
    return _TOP + (5.5 - impact) * _UNIT


def _quadrant_boxes(t: Thresholds) -> dict[Quadrant, tuple[float, float, float, float]]:
    """effort and impact ranges (lo, hi, lo, hi) per quadrant; "high" starts at a threshold."""
    e = min(5.5, max(0.5, t.effort - 0.5))
    i = min(5.5, max(0.5, t.impact - 0.5))
    return {
        "quick_win": (0.5, e, i, 5.5),
        "big_bet": (e, 5.5, i, 5.5),
        "fill_in": (0.5, e, 0.5, i),
        "money_pit": (e, 5.5, 0.5, i),
    }


def _offsets(k: int) -> list[tuple[float, float]]:
    """Spread ``k`` dots that share a score on a small grid around the point."""
    cols = math.ceil(math.sqrt(k))
    rows = math.ceil(k / cols)
    return [
        ((n % cols - (cols - 1) / 2) * _GAP, (n // cols - (rows - 1) / 2) * _GAP) for n in range(k)
    ]


def matrix(ranked: Sequence[Scored], thresholds: Thresholds, lang: str) -> str:
    """Effort (x, 1..5) against impact (y, 1..5), one numbered dot per fix, a key beside."""
    plot = 5 * _UNIT
    key_x = _LEFT + plot + 32
    width = key_x + 380
    height = max(_TOP + plot + 56, _TOP + 24 + 20 * len(ranked))
    out = _open(width, height, label("matrix", lang))
    for name in QUADRANTS:
        e0, e1, i0, i1 = _quadrant_boxes(thresholds)[name]
        if e1 <= e0 or i1 <= i0:
            continue
        x, y, w, h = _mx(e0), _my(i1), (e1 - e0) * _UNIT, (i1 - i0) * _UNIT
        bg, fg = QUADRANT_COLOURS[name]
        out.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" fill="{bg}"/>')
        ty = y + 18 if name in ("quick_win", "big_bet") else y + h - 8
        out.append(
            f'<text x="{_n(x + 8)}" y="{_n(ty)}" fill="{fg}" font-weight="bold">'
            f"{esc(label(f'quadrant.{name}', lang))}</text>"
        )
    out.append(
        f'<rect x="{_LEFT}" y="{_TOP}" width="{plot}" height="{plot}" fill="none" '
        'stroke="#8a94a0"/>'
    )
    for v in range(1, 6):
        out.append(f'<text x="{_n(_mx(v))}" y="{_TOP + plot + 18}" text-anchor="middle">{v}</text>')
        out.append(f'<text x="{_LEFT - 10}" y="{_n(_my(v) + 4)}" text-anchor="end">{v}</text>')
    out.append(
        f'<text x="{_LEFT + plot / 2:.0f}" y="{_TOP + plot + 42}" text-anchor="middle" '
        f'font-weight="bold">{esc(label("effort", lang))} →</text>'
    )
    cy = _TOP + plot / 2
    out.append(
        f'<text x="18" y="{cy:.0f}" text-anchor="middle" font-weight="bold" '
        f'transform="rotate(-90 18 {cy:.0f})">{esc(label("impact", lang))} →</text>'
    )
    groups: dict[tuple[int, int], list[Scored]] = defaultdict(list)
    for s in ranked:
        groups[(s.fix.effort, s.fix.impact)].append(s)
    for (effort, impact), members in sorted(groups.items()):
        for s, (dx, dy) in zip(members, _offsets(len(members)), strict=True):
            px, py = _mx(effort) + dx, _my(impact) + dy
            tip = (
                f"{s.position}. {s.fix.title} ({label('impact', lang)} {impact}, "
                f"{label('effort', lang)} {effort})"
            )
            out.append(
                f"<g><title>{esc(tip)}</title>"
                f'<circle cx="{_n(px)}" cy="{_n(py)}" r="{_DOT}" '
                f'fill="{QUADRANT_COLOURS[s.quadrant][1]}" stroke="#fff"/>'
                f'<text x="{_n(px)}" y="{_n(py + 4)}" text-anchor="middle" fill="#fff" '
                f'font-size="11" font-weight="bold">{s.position}</text></g>'
            )
    for n, s in enumerate(ranked):
        y = _TOP + 12 + 20 * n
        out.append(
            f'<text x="{key_x}" y="{y}"><tspan font-weight="bold" '
            f'fill="{QUADRANT_COLOURS[s.quadrant][1]}">{s.position}</tspan> '
            f"{esc(shorten(s.fix.title, 50))}</text>"
        )
    out.append("</svg>")
    return "\n".join(out)
