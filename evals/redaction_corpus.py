"""The redaction corpus: messages written in-house, annotated span by span.

    python -m evals.redaction_corpus            (validate the sources, print counts)
    python -m evals.redaction_corpus export F   (write the corpus to F as JSON lines)

Sources are ``evals/data/redaction/src/{lang}_{style}.txt``: messages separated by a line
``===``, personal data marked inline as ``[[kind:text]]``. ``load`` and ``build`` strip the
marks in memory (a third of a second for the whole corpus), so there is no derived file to
keep in step; ``export`` writes one JSON object per message for other tools::

    {"id", "lang", "split", "text", "spans": [{"start", "end", "kind", "text"}]}

The split is fixed by the source file: the newest blind set (``REPORT``) is the report
split, everything else is ``tune``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "data" / "redaction"
KINDS = (
    "name", "email", "phone", "iban", "card", "cvv", "expiry", "birth_date", "ssn", "bsn",
    "postcode", "address", "password", "otp", "token", "plate", "ip",
)  # fmt: skip
SPLITS = ("tune", "report")
_MARK = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.DOTALL)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Message:
    id: str
    lang: str
    split: str
    text: str
    spans: tuple[Span, ...]


def parse_markup(block: str) -> tuple[str, list[Span]]:
    """Text without the ``[[kind:text]]`` marks, and the marked spans in it."""
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for match in _MARK.finditer(block):
        before = block[pos : match.start()]
        out.append(before)
        length += len(before)
        kind, inner = match.group(1), match.group(2)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in {match.group()!r}")
        spans.append(Span(length, length + len(inner), kind))
        out.append(inner)
        length += len(inner)
        pos = match.end()
    out.append(block[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced mark in {block[:80]!r}")
    return text, spans


def _blocks(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    return [b.strip("\n") for b in re.split(r"^===$", raw, flags=re.MULTILINE) if b.strip()]


REPORT = "_blind116"  # src/*_blind116.txt: the hundred-and-sixteenth blind set, the report split


def _split_of(stem: str) -> str:
    """The newest blind set (``REPORT``), written by annotators who never saw the redactor,
    its rules or its figures and measured once with the rules frozen, is the report split;
    every earlier set became tuning data once its misses were studied."""
    return "report" if stem.endswith(REPORT) else "tune"


def parse() -> list[Message]:
    """Every message of every source file, marks stripped, in file order."""
    messages = []
    for path in sorted((FOLDER / "src").glob("*.txt")):
        lang = path.stem.split("_", 1)[0]
        for n, block in enumerate(_blocks(path), start=1):
            text, spans = parse_markup(block)
            messages.append(
                Message(f"{path.stem}-{n:03d}", lang, _split_of(path.stem), text, tuple(spans))
            )
    return messages


def build() -> list[dict[str, object]]:
    """The corpus as JSON-ready rows (each span with its text, for reading and checking)."""
    return _rows(parse())


def _rows(messages: list[Message]) -> list[dict[str, object]]:
    return [
        {
            "id": m.id,
            "lang": m.lang,
            "split": m.split,
            "text": m.text,
            "spans": [
                {"start": s.start, "end": s.end, "kind": s.kind, "text": m.text[s.start : s.end]}
                for s in m.spans
            ],
        }
        for m in messages
    ]


def validate(rows: list[dict[str, object]]) -> list[str]:
    """Problems found: spans outside the text, text that does not match, overlaps, bad fields."""
    problems: list[str] = []
    seen: set[str] = set()
    for row in rows:
        ident = str(row.get("id"))
        text = row.get("text")
        if ident in seen:
            problems.append(f"{ident}: duplicate id")
        seen.add(ident)
        if row.get("lang") not in ("nl", "en"):
            problems.append(f"{ident}: lang {row.get('lang')!r}")
        if row.get("split") not in SPLITS:
            problems.append(f"{ident}: split {row.get('split')!r}")
        if not isinstance(text, str) or not text:
            problems.append(f"{ident}: no text")
            continue
        spans = row.get("spans")
        if not isinstance(spans, list):
            problems.append(f"{ident}: spans is not a list")
            continue
        last_end = 0
        for span in sorted(spans, key=lambda s: (s["start"], s["end"])):
            start, end, kind = span["start"], span["end"], span["kind"]
            where = f"{ident} [{start}:{end}] {kind}"
            if kind not in KINDS:
                problems.append(f"{where}: unknown kind")
            if not 0 <= start < end <= len(text):
                problems.append(f"{where}: outside the text ({len(text)} chars)")
                continue
            piece = text[start:end]
            if span.get("text") != piece:
                problems.append(f"{where}: text {span.get('text')!r} != {piece!r}")
            if piece != piece.strip() or piece.strip(".,;:!?") != piece.rstrip(".,;:!?"):
                problems.append(f"{where}: span has padding {piece!r}")
            if start < last_end:
                problems.append(f"{where}: overlaps the span before")
            last_end = end
    return problems


def load(split: str | None = None) -> list[Message]:
    """The corpus's messages (``split``: only "tune" or "report"), built from the sources."""
    return [m for m in _messages() if split is None or m.split == split]


@cache
def _messages() -> tuple[Message, ...]:
    messages = parse()
    problems = validate(_rows(messages))
    if problems:
        raise ValueError("redaction corpus: " + "; ".join(problems[:5]))
    return tuple(messages)


def _summary(rows: list[dict[str, object]]) -> str:
    langs = Counter((str(r["lang"]), str(r["split"])) for r in rows)
    kinds: Counter[str] = Counter()
    for row in rows:
        for span in row["spans"]:  # type: ignore[attr-defined]
            kinds[f"{span['kind']}/{row['split']}"] += 1
    lines = [
        f"{len(rows)} messages: "
        + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(langs.items()))
    ]
    for kind in KINDS:
        lines.append(
            f"  {kind:<11} tune {kinds[kind + '/tune']:>4}   report {kinds[kind + '/report']:>4}"
        )
    empty = sum(1 for r in rows if not r["spans"])
    lines.append(f"  messages without personal data: {empty}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    rows = build()
    problems = validate(rows)
    if problems:
        print("\n".join(problems))
        return 1
    if argv[:1] == ["export"] and len(argv) == 2:
        with Path(argv[1]).open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif argv:
        print(__doc__)
        return 2
    print(_summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
