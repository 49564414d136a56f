"""Benchmark: LLM tagging throughput against a stub model that takes 200 ms per call.

    python -m evals.bench_llm            (options: --items 400 --delay 0.2 --concurrency 16)

Runs the real path (build_chat_model -> ChatOpenAI -> HTTP -> LLMClassifier) against the
OpenAI-compatible stub on 127.0.0.1, served from its own process as a real model server
would be, so the figures measure our own overhead and concurrency, not a provider.
Target: >= 60 items/s with concurrency 16 and batch size 1 in process; and `journey
classify --classifier llm` itself (a new process, fresh home, process start included) at
>= 0.9 of what 16 calls in flight allow (16 / 0.2 s = 80 items/s).
Prints its figures; exits 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from assistant.classify.base import Item, Tag, Taxonomy
from assistant.classify.llm import LLMClassifier
from assistant.kb.loader import load_knowledge
from assistant.llm import build_chat_model
from assistant.settings import Settings
from evals.openai_stub import stub_process

TARGET_ITEMS_PER_S = 60.0
CLI_SHARE = 0.9  # the CLI end to end reaches this share of concurrency / call time
DATA = Path(__file__).resolve().parent / "data" / "test_examples.jsonl"
MODEL = "gpt-4.1-mini"


class _NeutralFallback:
    """Stands in for the local classifier; a healthy run never needs it."""

    name = "bench-fallback"

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy

    def classify(self, items: Sequence[Item]) -> list[Tag]:
        return [
            Tag(
                item_id=item.id,
                phase=self.taxonomy.phase_ids[0],
                phase_confidence=0.0,
                emotion=self.taxonomy.emotion_ids[0],
                emotion_confidence=0.0,
                classifier=self.name,
                taxonomy_version=self.taxonomy.version,
                phase_model=self.taxonomy.phase_model,
            )
            for item in items
        ]


def load_items(n: int) -> list[Item]:
    """``n`` items from the labelled test texts, repeated when there are fewer."""
    with DATA.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return [Item(id=f"i{k:05d}", text=t) for k, t in zip(range(n), itertools.cycle(texts))]


def run(
    base_url: str,
    taxonomy: Taxonomy,
    items: list[Item],
    *,
    concurrency: int,
    batch_size: int,
) -> tuple[float, LLMClassifier]:
    settings = Settings(llm=f"openai:{MODEL}", openai_api_key="stub", openai_base_url=base_url)
    chat = build_chat_model(settings, timeout=10)
    classifier = LLMClassifier(
        chat,
        taxonomy,
        _NeutralFallback(taxonomy),
        model_name=MODEL,
        batch_size=batch_size,
        concurrency=concurrency,
    )
    started = time.perf_counter()
    tags = classifier.classify(items)
    elapsed = time.perf_counter() - started
    assert [t.item_id for t in tags] == [i.id for i in items], "tags out of order"
    return len(items) / elapsed, classifier


def cli_rate(base_url: str, items: list[Item], concurrency: int) -> float:
    """items/s of `journey classify --classifier llm` as a user runs it: a new process in a
    fresh home (the shipped local model gives the few-shot examples), start to exit."""
    with tempfile.TemporaryDirectory(prefix="journey-bench-llm-") as tmp:
        source = Path(tmp) / "in.jsonl"
        source.write_text(
            "".join(json.dumps({"id": i.id, "text": i.text}) + "\n" for i in items),
            encoding="utf-8",
        )
        env = {
            **os.environ,
            "JOURNEY_HOME": str(Path(tmp) / "home"),
            "JOURNEY_MODEL_DIR": str(Path(tmp) / "home" / "models"),
            "JOURNEY_LLM": f"openai:{MODEL}",
            "OPENAI_BASE_URL": base_url,
            "OPENAI_API_KEY": "stub",
        }
        command = [str(Path(sys.executable).with_name("journey")), "classify", str(source)]
        command += ["-o", str(Path(tmp) / "out.jsonl"), "--classifier", "llm"]
        command += ["--concurrency", str(concurrency), "--batch-size", "1"]
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        elapsed = time.perf_counter() - started
        out = (Path(tmp) / "out.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(out) == len(items), "journey classify lost items"
        fallbacks = sum(json.loads(line)["fallback"] for line in out)
        assert fallbacks == 0, f"{fallbacks} items fell back to the local classifier"
    return len(items) / elapsed


def _line(label: str, rate: float, classifier: LLMClassifier) -> str:
    s = classifier.stats
    cost = s.estimated_cost_usd
    return (
        f"{label:<34} {rate:8.1f} items/s   calls={s.calls} retries={s.retries} "
        f"reasks={s.reasks} fallbacks={s.fallbacks} tokens={s.prompt_tokens}+"
        f"{s.completion_tokens} cost≈${cost or 0:.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--items", type=int, default=400)
    parser.add_argument("--sequential-items", type=int, default=40)
    parser.add_argument("--delay", type=float, default=0.2, help="stub seconds per call")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--cli-items", type=int, default=2000, help="items for the CLI run")
    args = parser.parse_args(argv)

    taxonomy = Taxonomy.from_knowledge(load_knowledge())
    items = load_items(args.items)
    with stub_process(delay=args.delay) as stub:
        run(stub, taxonomy, items[:8], concurrency=4, batch_size=1)  # warm up imports, pool
        parallel, c1 = run(stub, taxonomy, items, concurrency=args.concurrency, batch_size=1)
        sequential, c2 = run(
            stub, taxonomy, items[: args.sequential_items], concurrency=1, batch_size=1
        )
        batched, c3 = run(
            stub, taxonomy, items, concurrency=args.concurrency, batch_size=args.batch_size
        )
        cli = cli_rate(stub, load_items(args.cli_items), args.concurrency)

    print(f"LLM tagging against a stub answering after {args.delay * 1000:.0f} ms per call")
    print(_line(f"concurrency {args.concurrency}, batch 1 ({len(items)})", parallel, c1))
    print(_line(f"sequential, batch 1 ({args.sequential_items})", sequential, c2))
    print(
        _line(
            f"concurrency {args.concurrency}, batch {args.batch_size} ({len(items)})", batched, c3
        )
    )
    print(
        f"speed-up of concurrency {args.concurrency} over sequential: {parallel / sequential:.1f}x"
    )
    bound = args.concurrency / args.delay  # what calls in flight allow
    print(
        f"journey classify --classifier llm --concurrency {args.concurrency} --batch-size 1 "
        f"({args.cli_items} items, fresh home, process start included): {cli:.1f} items/s = "
        f"{cli / bound:.2f} of the {bound:.0f}/s that {args.concurrency} calls in flight allow"
    )
    ok = parallel >= TARGET_ITEMS_PER_S and cli >= CLI_SHARE * bound
    verdict = "ok" if ok else "MISSED"
    print(
        f"targets: >= {TARGET_ITEMS_PER_S:.0f} items/s in process, CLI >= {CLI_SHARE} of the "
        f"bound: {verdict}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
