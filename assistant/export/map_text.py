"""The journey map as text: Markdown, JSON, CSV and a Mermaid ``journey`` diagram."""

from __future__ import annotations

import math

from assistant.export import map_view as view
from assistant.export.csvfile import csv_text as write_csv
from assistant.export.labels import label
from assistant.models.journey_map import JourneyMap, Source

# Provenance marks in Markdown: the team's own words carry none.
MARKS = {"asserted": "", "suggested": "†", "evidence": "‡"}
CSV_HEADER = ("phase_id", "phase", "lane_id", "lane", "text", "provenance", "detail")


def mark(source: Source) -> str:
    return MARKS[source.kind]


def legend(lang: str) -> str:
    return " · ".join(
        [
            f"† {label('prov.suggested', lang)}",
            f"‡ {label('prov.evidence', lang)}",
            label("legend.none", lang, what=label("prov.asserted", lang)),
        ]
    )


# --- Markdown -------------------------------------------------------------------------


def md_text(text: str) -> str:
    """Inline Markdown: one line, and no '<' or '>' that a renderer would take for HTML."""
    text = " ".join(text.split())
    return text.replace("<", "&lt;").replace(">", "&gt;")


def md_cell(text: str) -> str:
    return md_text(text).replace("|", "\\|")


def md_item(item: view.Item, lang: str) -> str:
    parts = view.detail(item, lang, mark)
    extra = f" ({', '.join(parts)})" if parts else ""
    marker = mark(item.source) if item.marked else ""
    return f"{item.text}{marker}{extra}"


def markdown(m: JourneyMap) -> str:
    lang = m.language
    lines = [f"# {md_text(view.title(m))}", ""]
    for line in view.header(m):
        marker = mark(line.source) if line.source else ""
        lines.append(f"- **{label(line.key, lang)}:** {md_text(line.text)}{marker}")
    lines.append("")
    if m.phases:
        heads = [md_cell(view.phase_heading(p, lang)) for p in m.phases]
        lines.append("| | " + " | ".join(heads) + " |")
        lines.append("|---" * (len(heads) + 1) + "|")
        for lane in view.lanes(m):
            cells = [
                "<br>".join(md_cell(md_item(i, lang)) for i in view.items(p, lane, lang))
                for p in m.phases
            ]
            lines.append(f"| **{md_cell(lane.label(lang))}** | " + " | ".join(cells) + " |")
        lines.append("")
    lines += [legend(lang), ""]
    quoted = view.pain_points_with_quotes(m)
    if quoted:
        lines += [f"## {label('quotes', lang)}", ""]
        for phase, item in quoted:
            lines.append(f"### {md_text(phase.name)}: {md_text(md_item(item, lang))}")
            lines.append("")
            lines += [f"- “{md_text(q.text)}” ({md_text(q.record_id)})" for q in item.quotes]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --- JSON -----------------------------------------------------------------------------


def json_text(m: JourneyMap) -> str:
    """The whole map, rejected suggestions included: it is the record, not the picture."""
    return m.model_dump_json(indent=2) + "\n"


# --- CSV ------------------------------------------------------------------------------


def csv_text(m: JourneyMap) -> str:
    """A long table: one row per element on the map (goal, persona, scenario first)."""
    lang = m.language

    def csv_mark(source: Source) -> str:
        return "" if source.kind == "asserted" else f" ({label('badge.' + source.kind, lang)})"

    rows: list[tuple[str, ...]] = []
    for line in view.header(m):
        if line.key in ("goal", "persona", "scenario") and line.source is not None:
            rows.append(("", "", line.key, label(line.key, lang), line.text, line.source.kind, ""))
    lanes = view.lanes(m)
    for phase in m.phases:
        for lane in lanes:
            for item in view.items(phase, lane, lang):
                detail = "; ".join(view.detail(item, lang, csv_mark, full=True))
                rows.append(
                    (phase.id, phase.name, lane.id, lane.label(lang), item.text,
                     item.source.kind, detail)
                )  # fmt: skip
    return write_csv(CSV_HEADER, rows)


# --- Mermaid --------------------------------------------------------------------------


def mermaid_text(text: str) -> str:
    """One line without ':' (field separator), ';' (line end), '#' (entity codes) or '%%'
    (a comment), none of which Mermaid's journey grammar allows in a title, section or task."""
    text = text.replace(":", " -").replace(";", ",").replace("#", "")
    while "%%" in text:
        text = text.replace("%%", "%")
    return " ".join(text.split())


def mermaid_score(value: float | None) -> int:
    """-2..+2 onto Mermaid's 1..5 (halves round up); no score is a neutral 3."""
    if value is None:
        return 3
    return min(5, max(1, math.floor(value + 0.5) + 3))


def mermaid(m: JourneyMap) -> str:
    """A ``journey`` diagram: per phase the customer's actions and touchpoints, scored."""
    lang = m.language
    customer = label("customer", lang)
    lines = ["journey", f"  title {mermaid_text(view.title(m))}"]
    actions = view.Lane("customer_actions", "actions")
    touchpoints = view.Lane("touchpoints", "touchpoints")
    for phase in m.phases:
        if phase.skipped:
            continue
        score = mermaid_score(view.user_or_data(phase.emotion))
        tasks: list[tuple[str, str]] = [
            (i.text, customer) for i in view.items(phase, actions, lang)
        ]
        for item in view.items(phase, touchpoints, lang):
            owner = f", {item.owner.text.replace(',', ' ')}" if item.owner else ""
            tasks.append((item.text, customer + owner))
        lines.append(f"  section {mermaid_text(phase.name)}")
        for text, actors in tasks or [(phase.name, customer)]:
            lines.append(f"    {mermaid_text(text)}: {score}: {mermaid_text(actors)}")
    return "\n".join(lines) + "\n"
