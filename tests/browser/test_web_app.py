"""The web app as its users meet it, in headless Chromium against `journey serve --dev`.

One journey in Dutch on a laptop screen: upload a file (with the ingest report and its
rejects), watch tagging finish, correct a tag, search, run a short self-audit and see the
map and its evidence, build a backlog, edit a fix and download the backlog CSV. Then the
same pages in English on a phone, and the key prompt of a server that wants keys.
"""

from __future__ import annotations

import csv
import io
import re
import time
from pathlib import Path
from typing import Any

from tests.browser.browser_kit import ROOT, Server, open_page

SAMPLE = ROOT / "assistant" / "samples" / "shop" / "reviews.csv"
LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}

OPENING_NL = [
    "Waarom haken klanten af in de checkout van onze webshop?",
    "Eerste koper op mobiel die op de prijs let",
    "1",
    "consumenten",
    "gemiddeld",
    "journey7",
    "ja",
]
FIRST_PHASE_NL = ["webshop, productpagina", "vergelijkt prijzen", "1", "-1", "klaar"]


def upload_file(folder: Path, rows: int = 80) -> tuple[Path, int]:
    """The first reviews of the sample shop plus two rows the ingest must reject."""
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows(table[: rows + 1])
    out.write("bad-1,2026-02-01,2,a,b,c,d,e\n")  # too many fields
    writer.writerow(["bad-2", "2026-02-02", "3", "", ""])  # no text
    path = folder / "reviews-nl.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path, rows


def expect() -> Any:
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=30_000)  # the server shares two cores with others
    return playwright_expect


def chat(page: Any, text: str) -> None:
    """Type an answer, send it with Enter, wait for the assistant's reply."""
    replies = page.locator("#messages .msg.assistant:not(.pending)")
    before = replies.count()
    page.fill("#chat-input", text)
    page.press("#chat-input", "Enter")
    expect()(page.locator("#composer")).to_have_attribute("aria-busy", "false")
    expect()(replies).to_have_count(before + 1)


def test_upload_tag_audit_and_backlog_in_dutch(
    browser: Any, server: Server, screenshots: Path, tmp_path: Path
) -> None:
    check = expect()
    timings: dict[str, float] = {}
    ctx, page, console = open_page(browser, server, locale="nl-NL", viewport=LAPTOP)
    mark = time.monotonic()
    page.goto("/")
    check(page.locator("#dev-banner")).to_be_visible()
    check(page.locator("#dev-banner")).to_contain_text("Ontwikkelmodus")
    check(page.locator("html")).to_have_attribute("lang", "nl")
    check(page.locator("#view-audit h1")).to_have_text("Zelfaudit")

    # --- Data: upload, report, tagging --------------------------------------------------
    page.click("nav a[data-view=data]")
    check(page.locator("#view-data")).to_be_visible()
    path, good_rows = upload_file(tmp_path)
    page.set_input_files("#upload-file", str(path))
    page.get_by_role("button", name="Uploaden").click()
    report = page.locator("#ingest-report")
    check(report.locator("[data-count=stored]")).to_have_text(str(good_rows))
    check(report.locator("[data-count=read]")).to_have_text(str(good_rows + 2))
    check(report.locator("[data-count=rejected]")).to_have_text("2")
    rejects = report.locator("table.rejects tbody tr")
    check(rejects).to_have_count(2)
    check(rejects.first.locator("td").first).to_have_text(f"{path.name}:{good_rows + 2}")
    check(rejects.first.locator("td").nth(1)).to_contain_text("fields")
    timings["upload"] = time.monotonic() - mark

    mark = time.monotonic()
    page.get_by_role("button", name="Taggen starten").click()
    status = page.locator("#tag-status")
    check(status).to_have_attribute("data-status", "done", timeout=120_000)
    check(status).to_contain_text("Klaar")
    assert page.eval_on_selector("#tag-progress", "el => el.value") == 1
    timings["tagging"] = time.monotonic() - mark

    rows = page.locator("#records-table tbody tr")
    check(rows.first.locator(".chip.phase")).to_be_visible()
    page.screenshot(path=str(screenshots / "data-nl.png"), full_page=True)

    # A correction, inline in the table.
    first = rows.first
    record_id = first.get_attribute("data-record")
    first.get_by_role("button", name="Corrigeren").click()
    editor = page.locator("#records-table tr.editor")
    editor.get_by_label("Fase").select_option("delivery")
    editor.get_by_label("Emotie").select_option("frustration")
    editor.get_by_role("button", name="Opslaan").click()
    corrected = page.locator(f'#records-table tr[data-record="{record_id}"]')
    check(corrected.locator(".chip.corrected")).to_be_visible()
    check(corrected.locator(".chip.phase")).to_have_text("Levering")
    check(page.locator("#toast")).to_contain_text("Correctie opgeslagen")

    # Filters: only delivery records.
    page.locator("#filter-phase").select_option("delivery")
    page.get_by_role("button", name="Tonen").click()
    shown = page.locator("#records-table tbody .chip.phase")
    check(shown.filter(has_not_text="Levering")).to_have_count(0)
    check(page.locator(f'#records-table tr[data-record="{record_id}"]')).to_be_visible()

    # Search finds the shipping-costs reviews.
    page.fill("#search-q", "verzendkosten pas bij afrekenen")
    page.locator("#search-form").get_by_role("button", name="Zoeken").click()
    hits = page.locator("#search-results li.hit")
    check(hits.first).to_be_visible()
    check(hits.first).to_contain_text("erzendkosten")

    # --- Audit: a short self-audit in Dutch ---------------------------------------------
    mark = time.monotonic()
    page.click("nav a[data-view=audit]")
    page.get_by_role("button", name="Nieuwe audit").click()
    check(page.locator("#messages .msg.assistant")).to_have_count(1)
    check(page.locator("#messages .msg.assistant").first).to_contain_text("klantreis")
    for answer in [*OPENING_NL, *FIRST_PHASE_NL]:
        chat(page, answer)
    step = page.locator("#audit-step")
    accepted_fix = False
    for _ in range(40):
        now = step.get_attribute("data-step")
        if now == "finished":
            break
        if now == "blind_spots":
            chat(page, "ja")
        elif now == "opportunities" and not accepted_fix:
            chat(page, "1")
            accepted_fix = True
        else:
            chat(page, "klaar")
    check(step).to_have_attribute("data-step", "finished")
    check(page.locator("#chat-input")).to_be_disabled()
    timings["audit"] = time.monotonic() - mark

    # The map: a column per phase, the lanes, the curve of team against data.
    journey_map = page.locator("table.journey-map")
    check(journey_map.locator("thead th")).to_have_count(8)  # lane header + journey7
    check(journey_map.locator("tbody th", has_text="Knelpunten")).to_have_count(1)
    check(journey_map.locator("tr.lane-pain_points li").first).to_be_visible()
    curve = page.locator("svg.emotion-curve")
    check(curve.locator("circle.dot.data")).to_have_count(7)
    check(curve.locator("circle.dot.team")).to_have_count(1)
    # Rated -1; the blind spot (the data says +1.3) offers +1, which the test takes.
    check(journey_map.locator("tr.lane-emotion td").first).to_contain_text(re.compile(r"Team[+−]1"))

    # The evidence beside the chat: quotes with their record and its tag.
    evidence = page.locator("#evidence")
    check(evidence.locator("blockquote").first).to_be_visible()
    link = evidence.locator("a.record-link").first
    check(evidence.locator(".quote-meta .chip.emotion").first).to_be_visible()
    link.click()
    dialog = page.locator("#record-dialog")
    check(dialog).to_be_visible()
    check(dialog.locator(".record-text")).not_to_be_empty()
    page.keyboard.press("Escape")
    check(dialog).to_be_hidden()
    page.screenshot(path=str(screenshots / "audit-nl.png"), full_page=True)

    # --- Backlog: from the data, edit a fix, sort, download -----------------------------
    mark = time.monotonic()
    page.click("nav a[data-view=backlog]")
    page.get_by_role("button", name="Bouwen").click()
    table = page.locator("#backlog-table")
    check(table.locator("tbody tr").first).to_be_visible(timeout=60_000)
    timings["backlog"] = time.monotonic() - mark
    check(page.locator("svg.matrix .point").first).to_be_visible()
    fixes = table.locator("tbody tr").count()
    check(page.locator("svg.matrix .point")).to_have_count(fixes)

    row = table.locator("tbody tr").first
    fix_id = row.get_attribute("data-fix")
    row.get_by_role("button", name="Bewerken").click()
    editor_dialog = page.locator("#fix-dialog")
    check(editor_dialog).to_be_visible()
    editor_dialog.get_by_label("Inspanning").fill("1")
    editor_dialog.get_by_label("Eigenaar").fill("Team Kassa <script>")
    editor_dialog.get_by_role("button", name="Opslaan").click()
    check(editor_dialog).to_be_hidden()
    edited = table.locator(f'tr[data-fix="{fix_id}"]')
    check(edited.locator("td").nth(9)).to_have_text("Team Kassa <script>")  # shown as text
    check(edited.locator("td").nth(4)).to_have_text("1")
    check(page.locator("#toast")).to_contain_text("Opgeslagen")

    table.locator("th[data-key=impact] button").click()
    check(table.locator("th[data-key=impact]")).to_have_attribute("aria-sort", "ascending")
    table.locator("th[data-key=impact] button").click()
    check(table.locator("th[data-key=impact]")).to_have_attribute("aria-sort", "descending")
    impacts = [int(x) for x in table.locator("tbody td:nth-child(4)").all_inner_texts()]
    assert impacts == sorted(impacts, reverse=True)

    with page.expect_download() as info:
        page.locator("#backlog-view a[data-format=csv]").click()
    download = info.value
    saved = screenshots / "backlog.csv"
    download.save_as(str(saved))
    text = saved.read_text(encoding="utf-8")
    assert "Team Kassa <script>" in text
    assert len(list(csv.reader(io.StringIO(text)))) >= fixes + 1
    page.screenshot(path=str(screenshots / "backlog-nl.png"), full_page=True)

    # The backlog from the audit: the fix accepted in the conversation.
    page.get_by_label("een audit").check()
    page.get_by_role("button", name="Bouwen").click()
    check(page.locator("#backlog-view h2")).to_be_visible()
    check(table.locator("tbody tr").first).to_be_visible()

    console.check()
    ctx.close()
    (screenshots / "timings-nl.txt").write_text(
        "\n".join(f"{k}: {v:.1f} s" for k, v in timings.items()) + "\n"
    )


def test_english_on_a_phone_with_the_keyboard(
    browser: Any, server: Server, screenshots: Path
) -> None:
    check = expect()
    ctx, page, console = open_page(
        browser, server, locale="en-GB", viewport=PHONE, is_mobile=True, has_touch=True
    )
    page.goto("/")
    check(page.locator("html")).to_have_attribute("lang", "en")
    check(page.locator("#view-audit h1")).to_have_text("Self-audit")

    # The toggle switches every string, and back.
    page.get_by_role("button", name="NL", exact=True).click()
    check(page.locator("#view-audit h1")).to_have_text("Zelfaudit")
    check(page.locator("nav a[data-view=data]")).to_have_text("Data")
    nl_button = page.get_by_role("button", name="NL", exact=True)
    check(nl_button).to_have_attribute("aria-pressed", "true")
    page.get_by_role("button", name="EN", exact=True).click()
    check(page.get_by_role("button", name="New audit")).to_be_visible()

    # Keyboard only: the skip link first, then a new audit and an answer sent with Enter.
    page.reload()
    check(page.get_by_role("button", name="New audit")).to_be_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.get_by_role("button", name="New audit").focus()
    page.keyboard.press("Enter")
    check(page.locator("#messages .msg.assistant").first).to_contain_text("journey")
    page.locator("#chat-input").focus()
    page.keyboard.type("Why do customers abandon checkout?")
    page.keyboard.press("Enter")
    check(page.locator("#messages .msg.user")).to_have_count(1)
    check(page.locator("#audit-step")).to_have_attribute("data-step", "persona")

    # Panels stack on a phone, and nothing is wider than the screen.
    chat_box = page.locator(".panel.chat").bounding_box()
    evidence_box = page.locator(".panel.evidence").bounding_box()
    assert chat_box and evidence_box
    assert evidence_box["y"] >= chat_box["y"] + chat_box["height"] - 1
    for view in ("audit", "data", "backlog"):
        page.goto(f"/#{view}")
        check(page.locator(f"#view-{view}")).to_be_visible()
        page.wait_for_load_state("networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{view}: the page is {overflow}px wider than the phone"
        page.screenshot(path=str(screenshots / f"{view}-en-phone.png"), full_page=True)
    console.check()
    ctx.close()


def test_a_server_with_keys_asks_for_one(
    browser: Any, tmp_path_factory: Any, screenshots: Path
) -> None:
    check = expect()
    keyed = Server(tmp_path_factory.mktemp("keyed"), dev=False)
    try:
        key = keyed.journey("keys", "create", "--workspace", "team").strip().splitlines()[-1]
        ctx, page, console = open_page(browser, keyed, locale="en-GB", viewport=LAPTOP)
        # The first, keyless request is refused: that 401 is expected in the console.
        console.allowed = lambda text: "401" in text
        page.goto("/")
        dialog = page.locator("#key-dialog")
        check(dialog).to_be_visible()
        page.get_by_role("textbox", name="API key").fill("not-a-key")
        page.get_by_role("button", name="Use this key").click()
        check(dialog).to_be_visible()
        check(page.locator("#key-error")).to_be_visible()
        page.get_by_role("textbox", name="API key").fill(key)
        page.get_by_role("button", name="Use this key").click()
        check(dialog).to_be_hidden()
        check(page.locator("#session-info")).to_contain_text("team")
        check(page.locator("#dev-banner")).to_be_hidden()
        assert page.evaluate("localStorage.getItem('journey.key')") == key
        # With a key, downloads go through fetch (the key as a header) and a blob URL.
        page.get_by_role("button", name="New audit").click()
        check(page.locator("#messages .msg.assistant")).to_have_count(1)
        with page.expect_download() as info:
            page.locator("#map-downloads a", has_text="Markdown").click()
        assert info.value.suggested_filename.endswith(".md")
        page.click("nav a[data-view=data]")
        check(page.locator("#records-table")).to_contain_text("No records match")
        page.screenshot(path=str(screenshots / "key-en.png"), full_page=True)
        console.check()
        ctx.close()
    finally:
        keyed.stop()
