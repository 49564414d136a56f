"""The frame of a self-contained XHTML page: inline CSS, no scripts, no external assets.

Pages are well-formed XML (every tag closed, every text escaped) so that both browsers
and XML parsers read them; only XML's five entities are used (no ``&nbsp;``).
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from assistant.export.labels import label
from assistant.models.journey_map import Source

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d2733; background: #f6f7f9; margin: 0; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.7em; margin: 0 0 12px; }
h2 { font-size: 1.25em; margin: 32px 0 8px; }
h3 { font-size: 1em; margin: 0 0 6px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; background: #fff; margin: 8px 0; }
th, td { border: 1px solid #d6dbe1; padding: 6px 8px; vertical-align: top; text-align: left; }
thead th { background: #24425f; color: #fff; }
tbody th { background: #eef1f4; white-space: nowrap; }
table.map td { min-width: 150px; }
table.map ul { margin: 0; padding-left: 16px; }
.skipped { color: #8a94a0; background: #f3f3f3; }
td.num, th.num { text-align: right; white-space: nowrap; }
.detail { color: #56606b; font-size: 0.9em; }
.badge { display: inline-block; font-size: 0.72em; line-height: 1.3; padding: 0 5px;
  border-radius: 8px; border: 1px solid; vertical-align: 1px; white-space: nowrap; }
.b-asserted { color: #56606b; border-color: #b9c0c8; }
.b-evidence { color: #1b5e20; border-color: #7cb77f; background: #eaf5ea; }
.b-suggested { color: #7a4b00; border-color: #e0b25c; background: #fdf3e0; }
.legend { font-size: 0.9em; color: #56606b; }
.card { background: #fff; border: 1px solid #d6dbe1; border-radius: 6px;
  padding: 12px 14px; margin: 10px 0; }
blockquote { margin: 6px 0; padding: 2px 12px; border-left: 3px solid #b9c0c8; }
blockquote p { margin: 2px 0; }
.cite { color: #56606b; font-size: 0.85em; }
.q-quick_win { color: #2e7d32; } .q-big_bet { color: #1f5fa8; }
.q-fill_in { color: #616161; } .q-money_pit { color: #c0392b; }
svg { background: #fff; border: 1px solid #d6dbe1; max-width: 100%; height: auto; }
""".strip()


def esc(text: object) -> str:
    """Text or attribute value, escaped for HTML and XML alike."""
    return escape(str(text), quote=True)


def page(title: str, lang: str, body: list[str]) -> str:
    head = [
        "<!DOCTYPE html>",
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{esc(lang)}" xml:lang="{esc(lang)}">',
        "<head>",
        '<meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{esc(title)}</title>",
        f"<style>\n{CSS}\n</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    return "\n".join([*head, *body, "</main>", "</body>", "</html>"]) + "\n"


def badge(source: Source, lang: str, count: int | None = None) -> str:
    """A small label naming where an element came from; the tooltip gives the detail."""
    tip = label(f"prov.{source.kind}", lang)
    if source.kind == "suggested" and source.accepted is None:
        tip += f" ({label('unconfirmed', lang)})"
    if source.ref:
        tip += f"; {label('ref', lang)}: {source.ref}"
    if source.record_ids:
        tip += f"; {label('record_ids', lang).lower()}: {', '.join(source.record_ids)}"
    text = label(f"badge.{source.kind}", lang)
    if source.kind == "evidence" and count is not None:
        text += f" {count}"
    return f'<span class="badge b-{source.kind}" title="{esc(tip)}">{esc(text)}</span>'


def legend(lang: str) -> str:
    parts = [
        f"{badge(Source(kind=kind, accepted=True), lang)} {esc(label(f'prov.{kind}', lang))}"
        for kind in ("asserted", "evidence", "suggested")
    ]
    return f'<p class="legend">{" · ".join(parts)}</p>'


def table(
    head: list[str], rows: list[list[str]], css: str = "", numeric: Collection[int] = ()
) -> str:
    """A table from already-escaped cell markup; columns in ``numeric`` align right."""

    def cls(i: int) -> str:
        return ' class="num"' if i in numeric else ""

    out = [f'<table class="{esc(css)}">' if css else "<table>", "<thead><tr>"]
    out += [f'<th scope="col"{cls(i)}>{h}</th>' for i, h in enumerate(head)]
    out.append("</tr></thead>")
    out.append("<tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td{cls(i)}>{c}</td>" for i, c in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)
