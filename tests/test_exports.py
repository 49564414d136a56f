"""Exports of the journey map and the backlog, checked against golden files.

Each format of the fixed map and backlog in ``tests/export_fixtures.py`` is compared byte
for byte with a file in ``tests/golden/``. After an intended change to an export, write
the files again and review the diff before committing it:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_exports.py

Besides the goldens: HTML and SVG parse as XML and with html.parser, the map JSON
validates against the published schema, CSV files round-trip with Dutch text intact, the
Jira file has the importer's columns, Mermaid texts carry no ':' and unknown formats fail.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from export_fixtures import REJECTED, REJECTED_PAIN, build_backlog, build_map

from assistant.backlog.model import Backlog
from assistant.backlog.scoring import Thresholds
from assistant.errors import InputError
from assistant.export import (
    BACKLOG_FORMATS,
    MAP_FORMATS,
    fix_issue_markdown,
    rank_backlog,
    render_backlog,
    render_map,
    write_export,
    write_fix_issues,
)
from assistant.export.csvfile import BOM, safe_cell
from assistant.export.map_text import mermaid_score
from assistant.journey_map import EmotionScore, JourneyMap, PhaseMap, json_schema

GOLDEN = Path(__file__).parent / "golden"
SVG_NS = "{http://www.w3.org/2000/svg}"
XHTML_NS = "{http://www.w3.org/1999/xhtml}"


def _issue(position: int) -> Callable[[], str]:
    def render() -> str:
        backlog = build_backlog()
        return fix_issue_markdown(rank_backlog(backlog).items[position - 1], backlog)

    return render


CASES: dict[str, Callable[[], str]] = {
    "map.md": lambda: render_map(build_map(), "md"),
    "map.html": lambda: render_map(build_map(), "html"),
    "map.json": lambda: render_map(build_map(), "json"),
    "map.csv": lambda: render_map(build_map(), "csv"),
    "map.mmd": lambda: render_map(build_map(), "mermaid"),
    "map_blueprint_en.md": lambda: render_map(build_map("en", "service_blueprint"), "md"),
    "backlog.md": lambda: render_backlog(build_backlog(), "md"),
    "backlog.csv": lambda: render_backlog(build_backlog(), "csv"),
    "backlog.json": lambda: render_backlog(build_backlog(), "json"),
    "backlog_jira.csv": lambda: render_backlog(build_backlog(), "jira"),
    "backlog.svg": lambda: render_backlog(build_backlog(), "svg"),
    "backlog.html": lambda: render_backlog(build_backlog(), "html"),
    "backlog_en.md": lambda: render_backlog(build_backlog("en"), "md"),
    "issue_01.md": _issue(1),
    "issue_07.md": _issue(7),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str) -> None:
    text = CASES[name]()
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to write it"
    assert text.encode("utf-8") == path.read_bytes(), f"{name} differs from its golden file"


# --- well-formed HTML and SVG ---------------------------------------------------------

VOID = {"meta", "br", "link", "img", "hr", "input"}


class _Balance(HTMLParser):
    """Fails on any end tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # <line/>, <meta/>: opens and closes itself

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse_both(text: str) -> tuple[ET.Element, str]:
    root = ET.fromstring(text)
    parser = _Balance()
    parser.feed(text)
    parser.close()
    assert parser.stack == []
    return root, "".join(parser.text)


def test_map_html_is_well_formed_and_complete() -> None:
    m = build_map()
    root, text = _parse_both(render_map(m, "html"))
    assert root.tag == f"{XHTML_NS}html"
    assert not list(root.iter(f"{XHTML_NS}script"))
    links = [v for el in root.iter() for v in el.attrib.values() if "//" in v]
    assert links == []  # self-contained: no external assets
    assert "Café Één" in text and "één week" in text
    assert "Foutcode E-17 <onbekend> & niemand helpt" in text
    for record_id in ("r-0107", "r-0213", "r-0220", "r-0311", "r-0342"):
        assert record_id in text
    assert REJECTED not in text and REJECTED_PAIN not in text
    badges = {span.get("class") for span in root.iter(f"{XHTML_NS}span")}
    assert {"badge b-asserted", "badge b-evidence", "badge b-suggested"} <= badges
    svg = next(root.iter(f"{SVG_NS}svg"))
    # team: +1, -1, (gap), +2 -> one line of two points and a lone point; data: 3 in a row
    assert len(list(svg.iter(f"{SVG_NS}polyline"))) == 2
    assert len(list(svg.iter(f"{SVG_NS}circle"))) == 6


def test_backlog_html_and_svg_are_well_formed() -> None:
    root, text = _parse_both(render_backlog(build_backlog(), "html"))
    assert "Pakket komt te laat" in text and "r-0311" in text
    assert len(list(root.iter(f"{SVG_NS}svg"))) == 1
    svg, _ = _parse_both(render_backlog(build_backlog(), "svg"))
    assert svg.tag == f"{SVG_NS}svg"
    numbers = [t.text for t in svg.iter(f"{SVG_NS}text") if t.get("fill") == "#fff"]
    assert numbers == ["5", "2", "3", "4", "1", "6", "7"]  # one dot per fix, by position


def test_matrix_nudges_fixes_with_the_same_scores() -> None:
    svg = ET.fromstring(render_backlog(build_backlog(), "svg"))
    centres = {
        (c.get("cx"), c.get("cy")) for c in svg.iter(f"{SVG_NS}circle")
    }  # fixes 3 and 4 share impact 3 / effort 2
    assert len(centres) == 7


def test_matrix_draws_only_quadrants_that_exist() -> None:
    svg = render_backlog(build_backlog(), "svg", thresholds=Thresholds(impact=1, effort=3))
    assert "Quick win" in svg and "Groot project" in svg
    assert "Opvuller" not in svg and "Geldput" not in svg


# --- JSON -----------------------------------------------------------------------------


def test_map_json_validates_and_round_trips() -> None:
    m = build_map()
    data = json.loads(render_map(m, "json"))
    jsonschema.validate(data, json_schema())
    assert JourneyMap.model_validate(data) == m
    assert REJECTED in json.dumps(data, ensure_ascii=False)  # the record keeps it


def test_backlog_json_has_ranking() -> None:
    data = json.loads(render_backlog(build_backlog(), "json"))
    assert Backlog.model_validate(data["backlog"]) == build_backlog()
    ranked = data["ranked"]
    assert [r["rank"] for r in ranked] == list(range(1, 8))
    assert ranked[0] == {
        "rank": 1,
        "id": "fix-delay-mail",
        "title": "Proactieve vertragingsmail met nieuwe levertijd",
        "rice": 43.2,
        "quadrant": "quick_win",
        "formula": None,
    }
    assert ranked[-1]["rice"] is None  # no reach, no RICE, ranked last


# --- CSV ------------------------------------------------------------------------------


def _rows(text: str, bom: bool = True) -> list[list[str]]:
    assert text.startswith(BOM) == bom
    assert all(line.endswith("\r") for line in _record_ends(text)), "records must end in CRLF"
    return list(csv.reader(io.StringIO(text.removeprefix(BOM), newline="")))


def _record_ends(text: str) -> list[str]:
    """The text before each line feed that ends a record (not one inside quotes)."""
    ends, inside, start = [], False, 0
    for i, char in enumerate(text):
        if char == '"':
            inside = not inside
        elif char == "\n" and not inside:
            ends.append(text[start:i])
            start = i + 1
    return ends


def test_map_csv_round_trips() -> None:
    m = build_map()
    rows = _rows(render_map(m, "csv"))
    header, body = rows[0], rows[1:]
    assert header == ["phase_id", "phase", "lane_id", "lane", "text", "provenance", "detail"]
    assert all(len(row) == len(header) for row in body)
    texts = {row[4] for row in body}
    assert {"Zoë, 34, bestelt één keer per maand koffiebonen", "PostNL: track & trace"} <= texts
    assert "Betaling mislukt | foutcode onduidelijk" in texts
    assert REJECTED not in texts and REJECTED_PAIN not in texts
    assert {row[5] for row in body} == {"asserted", "evidence", "suggested"}
    assert not any(row[0] == "loyalty" for row in body)  # skipped phase: nothing on it


def test_backlog_csv_round_trips() -> None:
    rows = _rows(render_backlog(build_backlog(), "csv"))
    header = rows[0]
    assert header[:4] == ["rank", "id", "fix", "phase"]
    by_id = {row[1]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_id["fix-one-click-app"]["fix"] == "Café-app: met één klik opnieuw bestellen"
    assert by_id["fix-new-carrier"]["reach"] == "" and by_id["fix-new-carrier"]["rice"] == ""
    assert by_id["fix-delay-mail"]["due"] == "2025-04-30"


def test_jira_csv_has_the_importer_columns() -> None:
    rows = _rows(render_backlog(build_backlog(), "jira"), bom=False)
    assert rows[0] == [
        "Summary", "Description", "Issue Type", "Priority", "Labels", "Labels", "Due Date"
    ]  # fmt: skip
    body = rows[1:]
    assert len(body) == 7
    assert {row[2] for row in body} == {"Task"}
    assert {row[3] for row in body} <= {"Highest", "High", "Medium", "Low"}
    assert all(row[4] == "journey-audit" and " " not in row[5] for row in body)
    assert all(re.fullmatch(r"(\d{4}-\d{2}-\d{2})?", row[6]) for row in body)
    priorities = {row[0]: row[3] for row in body}
    # tied fixes share a priority even though the ranking had to put one first
    assert (
        priorities["Betaalpagina testen op mobiel"]
        == priorities["Foutmelding bij mislukte betaling herschrijven"]
    )
    assert "\n" in body[0][1] and "r-0311" in body[0][1]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("@cmd", "'@cmd"),
        ("-foo", "'-foo"),
        ("+1", "+1"),
        ("-0,8", "-0,8"),
        ("café", "café"),
        (None, ""),
        (3, "3"),
    ],
)
def test_csv_cells_that_look_like_formulas_are_neutralised(value: object, expected: str) -> None:
    assert safe_cell(value) == expected


# --- Markdown and Mermaid -------------------------------------------------------------


def test_markdown_table_rows_have_one_cell_per_phase() -> None:
    md = render_map(build_map(), "md")
    table = [line for line in md.splitlines() if line.startswith("|")]
    cells = {len(re.split(r"(?<!\\)\|", line)) for line in table}
    assert cells == {len(build_map().phases) + 3}  # lane column, phases, two outer pipes
    assert REJECTED not in md and REJECTED_PAIN not in md
    assert "&lt;onbekend&gt;" in md  # not taken for an HTML tag


TASK = re.compile(r"^    (?P<text>[^:;#]+): (?P<score>[1-5]): (?P<actors>[^:;#]+)$")


def test_mermaid_is_a_journey_with_clean_tasks() -> None:
    text = render_map(build_map(), "mermaid")
    lines = text.splitlines()
    assert lines[0] == "journey" and lines[1].startswith("  title ")
    sections = [line.removeprefix("  section ") for line in lines if line.startswith("  section")]
    assert sections == ["Overweging", "Aankoop", "Levering", "Gebruik en service"]
    tasks = [line for line in lines if line.startswith("    ")]
    assert tasks and all(TASK.match(line) for line in tasks), tasks
    assert "    PostNL - track & trace: 1: Klant, Logistiek" in tasks  # data score -1.6
    assert REJECTED not in text


@pytest.mark.parametrize(
    ("value", "score"),
    [(None, 3), (-2, 1), (-1.6, 1), (-1, 2), (-0.5, 3), (0, 3), (0.4, 3), (0.5, 4), (2, 5)],
)
def test_mermaid_scores(value: float | None, score: int) -> None:
    assert mermaid_score(value) == score


def test_mermaid_uses_data_score_then_neutral() -> None:
    m = JourneyMap(
        id="m",
        phases=[
            PhaseMap(id="a", name="A: één; 100%% #1", emotion=EmotionScore(data=1.2)),
            PhaseMap(id="b", name="B"),
        ],
    )
    assert render_map(m, "mermaid").splitlines()[2:] == [
        "  section A - één, 100% 1",
        "    A - één, 100% 1: 4: Customer",
        "  section B",
        "    B: 3: Customer",
    ]


# --- issues ---------------------------------------------------------------------------


def test_write_fix_issues(tmp_path: Path) -> None:
    backlog = build_backlog()
    paths = write_fix_issues(backlog, tmp_path / "issues")
    assert [p.name for p in paths][:2] == ["01-fix-delay-mail.md", "02-fix-shipping-costs.md"]
    assert len(paths) == 7
    first = rank_backlog(backlog).items[0]
    assert paths[0].read_text(encoding="utf-8") == fix_issue_markdown(first, backlog)


def test_write_export_keeps_crlf_and_bom(tmp_path: Path) -> None:
    text = render_map(build_map(), "csv")
    path = write_export(text, tmp_path / "out" / "map.csv")
    assert path.read_bytes() == text.encode("utf-8")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in path.read_bytes()


# --- edges ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", MAP_FORMATS)
def test_an_empty_map_renders(fmt: str) -> None:
    text = render_map(JourneyMap(id="empty", language="nl"), fmt)
    assert text.endswith("\n")
    if fmt == "html":
        _parse_both(text)


@pytest.mark.parametrize("fmt", BACKLOG_FORMATS)
def test_an_empty_backlog_renders(fmt: str) -> None:
    text = render_backlog(Backlog(id="empty"), fmt)
    if fmt in ("html", "svg"):
        _parse_both(text)
    elif fmt == "json":
        assert json.loads(text)["ranked"] == []
    elif fmt in ("csv", "jira"):
        rows = list(csv.reader(io.StringIO(text.lstrip(BOM))))
        assert len(rows) == 1 and rows[0]  # the header, no fixes
    else:
        assert "| # | Fix |" in text and not re.search(r"^\| 1 \|", text, re.MULTILINE)


def test_formula_ranking_adds_a_score_column() -> None:
    b = build_backlog("en")
    md = render_backlog(b, "md", rank_by="formula", formula="impact * 2 - effort")
    assert "| Score |" in md
    assert md.index("Nieuwe bezorgpartner kiezen") < md.index("Typfout")


def test_unknown_formats_name_the_valid_ones() -> None:
    with pytest.raises(InputError, match="md, html, json, csv, mermaid"):
        render_map(build_map(), "pdf")
    with pytest.raises(InputError, match="md, csv, json, jira, svg, html"):
        render_backlog(build_backlog(), "xlsx")
    assert render_map(build_map(), " MD ") == render_map(build_map(), "md")


def test_issue_acceptance_names_no_day_count_without_a_period() -> None:
    backlog = build_backlog().model_copy(update={"period_days": None})
    texts = [fix_issue_markdown(s, backlog) for s in rank_backlog(backlog).items]
    assert any("bij een nieuwe meting op dezelfde manier" in t for t in texts)  # Dutch fixture
    assert not any(re.search(r"in de volgende \d+ dagen", t) for t in texts)
