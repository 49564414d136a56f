"""The web app's files, read without a browser (these run in the plain `make test`).

Every UI string exists in Dutch and English, the page loads only files that ship in the
package (no CDN, no build output), and no script puts text into the page as HTML.
"""

from __future__ import annotations

import re
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "api" / "web"
KEY_LINE = re.compile(r'^\s+"([\w.]+)":\s*"', re.MULTILINE)


def catalogue(lang: str) -> dict[str, int]:
    text = (WEB / "i18n.js").read_text(encoding="utf-8")
    start = text.index(f"  {lang}: {{")
    end = text.index("\n  },", start)
    keys = KEY_LINE.findall(text[start:end])
    return {key: keys.count(key) for key in keys}


def scripts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(WEB.glob("*.js"))}


def test_every_string_is_in_dutch_and_english_once() -> None:
    nl, en = catalogue("nl"), catalogue("en")
    assert len(en) > 200
    assert set(nl) == set(en)
    assert [k for k, n in {**nl, **en}.items() if n > 1] == []


def test_every_key_the_page_and_scripts_use_is_in_the_catalogue() -> None:
    known = set(catalogue("en"))
    used: set[str] = set()
    for text in [*scripts().values(), (WEB / "index.html").read_text(encoding="utf-8")]:
        used |= set(re.findall(r'\bt\("([\w.]+)"', text))
        used |= set(re.findall(r'data-i18n(?:-[\w-]+)?="([\w.]+)"', text))
    assert len(used) > 150
    assert sorted(used - known) == []


def test_the_page_loads_only_files_that_ship_beside_it() -> None:
    html = (WEB / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"#][^"]*)"', html)
    assert "app.js" in refs and "app.css" in refs
    for ref in refs:
        assert "//" not in ref and not ref.startswith("/"), ref
        assert (WEB / ref).is_file(), ref
    for name, text in scripts().items():
        for module in re.findall(r'from "([^"]+)"', text):
            assert module.startswith("./"), (name, module)
            assert (WEB / module[2:]).is_file(), (name, module)


def test_no_script_writes_html() -> None:
    for name, text in scripts().items():
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in text, f"{name} uses {sink}: put text in with textContent"
