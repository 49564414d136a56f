"""The backlog as one self-contained XHTML report: pain points, ranked fixes, the matrix."""

from __future__ import annotations

from assistant.export import backlog_view as view
from assistant.export import svg
from assistant.export.html_page import badge, esc, page, table
from assistant.export.labels import label, percent
from assistant.models.backlog import PainCluster

TREND_ARROWS = {"new": "★", "up": "▲", "down": "▼", "flat": "▬"}


def _quotes(c: PainCluster) -> str:
    return "".join(
        "<blockquote>"
        + "".join(f"<p>{esc(line)}</p>" for line in q.text.splitlines() if line)
        + f'<p class="cite">{esc(q.record_id)}</p></blockquote>'
        for q in c.quotes
    )


def _pain_points(r: view.Ranking) -> list[str]:
    lang = r.lang
    if not r.backlog.pain_points:
        return []
    head = [esc(label(k, lang)) for k in ("pain_point", "phase", "count", "share", "trend")]
    head.append(esc(label("quotes", lang)))
    rows = [
        [
            esc(c.label),
            esc(view.phase(c.phase, lang)),
            str(c.count),
            esc(percent(c.share, lang)),
            f"{TREND_ARROWS[c.trend]} {esc(view.trend(c, lang))}",
            _quotes(c),
        ]
        for c in r.backlog.pain_points
    ]
    return [
        "<section>",
        f"<h2>{esc(label('pain_points', lang))}</h2>",
        table(head, rows, numeric={2, 3}),
        "</section>",
    ]


def _fixes(r: view.Ranking) -> list[str]:
    rows = []
    for s in r.items:
        cells = [esc(c) for c in view.row(s, r)]
        cells[1] += f" {badge(s.fix.source, r.lang, s.fix.source.count)}"
        quadrant_at = len(cells) - 4  # the row ends with quadrant, KPI, owner, due
        cells[quadrant_at] = f'<span class="q-{s.quadrant}">{cells[quadrant_at]}</span>'
        rows.append(cells)
    head = [esc(h) for h in view.headers(r)]
    return [
        "<section>",
        f"<h2>{esc(label('ranked_fixes', r.lang))}</h2>",
        table(head, rows, numeric=view.numeric_columns(r)),
        f'<p class="legend">{esc(view.thresholds_note(r))}</p>',
        "</section>",
    ]


def html(r: view.Ranking) -> str:
    body = [f"<h1>{esc(r.title)}</h1>", f'<p class="legend">{esc(view.meta(r))}</p>']
    body += _pain_points(r)
    body += _fixes(r)
    if r.items:
        body += [
            "<section>",
            f"<h2>{esc(label('matrix', r.lang))}</h2>",
            svg.matrix(r.items, r.thresholds, r.lang),
            "</section>",
        ]
    return page(r.title, r.lang, body)
