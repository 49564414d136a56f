"""The journey map as one self-contained XHTML page: lanes by phase, curve, quotes."""

from __future__ import annotations

from assistant.export import map_view as view
from assistant.export.html_page import badge, esc, legend, page
from assistant.export.labels import label, percent
from assistant.export.svg import CurvePoint, emotion_curve
from assistant.models.journey_map import JourneyMap


def _item(item: view.Item, lang: str) -> str:
    """An element with its badge (evidence shows its count there) and its details."""
    parts: list[str] = []
    if item.share is not None:
        parts.append(esc(percent(item.share, lang)))
    if item.note:
        parts.append(esc(item.note))
    if item.owner is not None:
        owner = f"{label('owner', lang)}: {item.owner.text}"
        parts.append(f"{esc(owner)} {badge(item.owner.source, lang)}")
    if item.kpi:
        parts.append(esc(f"{label('kpi', lang)}: {item.kpi}"))
    if item.answers:
        parts.append(esc(f"{label('answers', lang)}: {item.answers}"))
    extra = f' <span class="detail">({", ".join(parts)})</span>' if parts else ""
    mark = f" {badge(item.source, lang, item.count)}" if item.marked else ""
    return f"<li>{esc(item.text)}{mark}{extra}</li>"


def _map_table(m: JourneyMap) -> list[str]:
    lang = m.language
    out = ['<div class="scroll">', '<table class="map">', "<thead><tr><th></th>"]
    for phase in m.phases:
        cls = ' class="skipped"' if phase.skipped else ""
        out.append(f'<th scope="col"{cls}>{esc(view.phase_heading(phase, lang))}</th>')
    out.append("</tr></thead>")
    out.append("<tbody>")
    for lane in view.lanes(m):
        out.append(f'<tr><th scope="row">{esc(lane.label(lang))}</th>')
        for phase in m.phases:
            cls = ' class="skipped"' if phase.skipped else ""
            entries = "".join(_item(i, lang) for i in view.items(phase, lane, lang))
            out.append(f"<td{cls}><ul>{entries}</ul></td>" if entries else f"<td{cls}></td>")
        out.append("</tr>")
    out += ["</tbody>", "</table>", "</div>"]
    return out


def _facts(m: JourneyMap) -> list[str]:
    out = ['<dl class="facts">']
    for line in view.header(m):
        mark = f" {badge(line.source, m.language)}" if line.source else ""
        out.append(f"<dt>{esc(label(line.key, m.language))}</dt><dd>{esc(line.text)}{mark}</dd>")
    out.append("</dl>")
    return out


def _curve(m: JourneyMap) -> list[str]:
    lang = m.language
    points = [
        CurvePoint(p.name, float(p.emotion.user) if p.emotion.user is not None else None,
                   p.emotion.data)
        for p in m.phases
        if not p.skipped
    ]  # fmt: skip
    out = ["<section>", f"<h2>{esc(label('emotion_curve', lang))}</h2>"]
    if any(p.team is not None or p.data is not None for p in points):
        out.append(f'<p class="legend">{esc(label("emotion_curve_note", lang))}</p>')
        out.append(emotion_curve(points, lang))
    else:
        out.append(f"<p>{esc(label('no_scores', lang))}</p>")
    out.append("</section>")
    return out


def _quotes(m: JourneyMap) -> list[str]:
    lang = m.language
    quoted = view.pain_points_with_quotes(m)
    if not quoted:
        return []
    out = ["<section>", f"<h2>{esc(label('pain_quotes', lang))}</h2>"]
    for phase, item in quoted:
        facts = ", ".join(view.detail(item, lang))
        out.append('<div class="card">')
        out.append(
            f"<h3>{esc(phase.name)}: {esc(item.text)} {badge(item.source, lang)}</h3>"
            + (f'<p class="detail">{esc(facts)}</p>' if facts else "")
        )
        for quote in item.quotes:
            lines = "".join(f"<p>{esc(line)}</p>" for line in quote.text.splitlines() if line)
            out.append(
                f'<blockquote>{lines}<p class="cite">{esc(quote.record_id)}</p></blockquote>'
            )
        out.append("</div>")
    out.append("</section>")
    return out


def html(m: JourneyMap) -> str:
    title = view.title(m)
    body = [f"<h1>{esc(title)}</h1>", *_facts(m)]
    if m.phases:
        body += _map_table(m)
    body.append(legend(m.language))
    body += _curve(m)
    body += _quotes(m)
    return page(title, m.language, body)
