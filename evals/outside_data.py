"""The outside evaluation set: real customer text nobody on the team wrote, labelled blind.

    python -m evals.outside_data build ITEMS.jsonl META.json LABELS1.jsonl LABELS2.jsonl ...

Each annotator labelled every item against the definitions in ``knowledge/`` without seeing
the others' labels or any model output. ``build`` joins their files into
``evals/data/outside/outside_en.jsonl``: per item the text, its source and licence, every
annotator's labels, the majority label per field (None when no majority) and a fixed split
(``tune``: for choosing methods; ``report``: only for the figures), and prints the agreement.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "data" / "outside"
LICENCES = {
    "cfpb": "public domain (US government work: CFPB consumer complaint database)",
    "is22_app_reviews": "MIT (jsdabrowski/IS-22 repository)",
    "airbnb_nl": "CC BY 4.0 (Inside Airbnb, Brussels reviews, via bnosac/crfsuite)",
}
SEED = 20261201


@dataclass(frozen=True)
class OutsideItem:
    id: str
    text: str
    lang: str
    channel: str
    source: str
    split: str
    phase: str | None  # majority of the annotators, None without one
    emotion: str | None
    unanimous_phase: bool
    unanimous_emotion: bool

    @property
    def source_key(self) -> str:
        """The corpus the item comes from (its id's prefix: cfpb, is22_app_reviews...)."""
        return self.id.rsplit("-", 1)[0]


def majority(labels: Sequence[str]) -> tuple[str | None, bool]:
    label, count = Counter(labels).most_common(1)[0]
    return (label if count * 2 > len(labels) else None), count == len(labels)


def load(split: str | None = None) -> list[OutsideItem]:
    """The labelled outside items (of one split, or all)."""
    out: list[OutsideItem] = []
    for path in sorted(FOLDER.glob("outside_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if split and row["split"] != split:
                continue
            phase, all_phase = majority(row["phase_labels"])
            emotion, all_emotion = majority(row["emotion_labels"])
            out.append(
                OutsideItem(
                    row["id"],
                    row["text"],
                    row["lang"],
                    row["channel"],
                    row["source"],
                    row["split"],
                    phase,
                    emotion,
                    all_phase,
                    all_emotion,
                )
            )
    return out


def agreement(labels: list[list[str]]) -> tuple[float, float]:
    """(mean pairwise agreement, share of items where all annotators agree)."""
    pairs = list(combinations(range(len(labels[0])), 2))
    pairwise = sum(sum(row[a] == row[b] for a, b in pairs) / len(pairs) for row in labels)
    unanimous = sum(len(set(row)) == 1 for row in labels)
    return pairwise / len(labels), unanimous / len(labels)


def build(items_path: Path, meta_path: Path, label_paths: list[Path], name: str) -> Path:
    items = [json.loads(x) for x in items_path.read_text(encoding="utf-8").splitlines() if x]
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    annotators = [
        {r["id"]: r for r in map(json.loads, p.read_text(encoding="utf-8").splitlines()) if r}
        for p in label_paths
    ]
    rng = random.Random(SEED)
    by_source: dict[str, list[str]] = {}
    for item in items:
        by_source.setdefault(item["id"].rsplit("-", 1)[0], []).append(item["id"])
    split: dict[str, str] = {}
    for ids in by_source.values():  # half of each source to tune on, half to report
        shuffled = sorted(ids)
        rng.shuffle(shuffled)
        for n, item_id in enumerate(shuffled):
            split[item_id] = "tune" if n % 2 == 0 else "report"
    out = FOLDER / f"outside_{name}.jsonl"
    FOLDER.mkdir(parents=True, exist_ok=True)
    phases: list[list[str]] = []
    emotions: list[list[str]] = []
    with out.open("w", encoding="utf-8") as handle:
        for item in items:
            source = item["id"].rsplit("-", 1)[0]
            info = meta[item["id"]]
            row = {
                "id": item["id"],
                "text": item["text"],
                "lang": info.get("lang", "en"),
                "channel": info.get("channel", "other"),
                "source": info.get("source", source),
                "licence": LICENCES.get(source, "see knowledge/examples/SOURCES.md"),
                "split": split[item["id"]],
                "phase_labels": [a[item["id"]]["phase"] for a in annotators],
                "emotion_labels": [a[item["id"]]["emotion"] for a in annotators],
            }
            phases.append(row["phase_labels"])
            emotions.append(row["emotion_labels"])
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    for field, labels in (("phase", phases), ("emotion", emotions)):
        pairwise, unanimous = agreement(labels)
        kept = sum(majority(row)[0] is not None for row in labels)
        print(
            f"{field}: pairwise agreement {pairwise:.3f}, unanimous {unanimous:.3f}, "
            f"majority label for {kept}/{len(labels)} items"
        )
    print(f"wrote {len(items)} items to {out}")
    return out


if __name__ == "__main__":
    if len(sys.argv) < 6 or sys.argv[1] != "build":
        print(__doc__)
        sys.exit(2)
    *labels, name = sys.argv[4:]
    build(Path(sys.argv[2]), Path(sys.argv[3]), [Path(p) for p in labels], name)
