"""The redaction corpus: messages written in-house, annotated span by span.

    python -m evals.redaction_corpus build     (src/*.txt -> corpus.jsonl, then check)
    python -m evals.redaction_corpus check     (validate corpus.jsonl, print counts)

Sources are ``evals/data/redaction/src/{lang}_{style}.txt``: messages separated by a line
``===``, personal data marked inline as ``[[kind:text]]``. ``build`` strips the marks and
writes one JSON object per message to ``corpus.jsonl``::

    {"id", "lang", "split", "text", "spans": [{"start", "end", "kind", "text"}]}

The split is fixed by the id: within each source file the messages are ordered by a hash of
their id and dealt alternately to ``tune`` (for choosing rules) and ``report`` (only for
the figures), so both halves hold every style and both languages in equal measure.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "data" / "redaction"
CORPUS = FOLDER / "corpus.jsonl"
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


REPORT = "_blind16"  # src/*_blind16.txt: the sixteenth blind set, the only report split


def _split_of(stem: str, ids: list[str]) -> dict[str, str]:
    """Each report set became tuning data once rules were chosen with its misses in view
    (the first report half, then the blind sets src/*_fresh.txt and *_blind2.txt to
    *_blind4.txt); the report split is now the fifth blind set, written by an annotator who
    never saw the redactor, its rules or its figures, and looked at once, after the rules
    were frozen."""
    if stem.endswith(REPORT):
        return dict.fromkeys(ids, "report")
    return dict.fromkeys(ids, "tune")


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in sorted((FOLDER / "src").glob("*.txt")):
        lang = path.stem.split("_", 1)[0]
        messages = []
        for n, block in enumerate(_blocks(path), start=1):
            text, spans = parse_markup(block)
            messages.append((f"{path.stem}-{n:03d}", text, spans))
        split = _split_of(path.stem, [m[0] for m in messages])
        for ident, text, spans in messages:
            rows.append(
                {
                    "id": ident,
                    "lang": lang,
                    "split": split[ident],
                    "text": text,
                    "spans": [
                        {
                            "start": s.start,
                            "end": s.end,
                            "kind": s.kind,
                            "text": text[s.start : s.end],
                        }
                        for s in spans
                    ],
                }
            )
    return rows


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


def load(split: str | None = None, path: Path = CORPUS) -> list[Message]:
    messages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if split and row["split"] != split:
            continue
        spans = tuple(Span(s["start"], s["end"], s["kind"]) for s in row["spans"])
        messages.append(Message(row["id"], row["lang"], row["split"], row["text"], spans))
    return messages


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
    command = argv[0] if argv else "check"
    if command == "build":
        rows = build()
        problems = validate(rows)
        if problems:
            print("\n".join(problems))
            return 1
        with CORPUS.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    rows = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines()]
    problems = validate(rows)
    if problems:
        print("\n".join(problems))
        return 1
    print(_summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
