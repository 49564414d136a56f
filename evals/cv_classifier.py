"""Cross-validate the local classifier on the TRAINING examples only (knowledge/examples).

    python -m evals.cv_classifier            (5-fold, stratified by phase, prints macro-F1s)
    python -m evals.cv_classifier --folds 5 --seed 3 --errors 20
    python -m evals.cv_classifier --by-domain     (whole domains held out: generalisation)
    python -m evals.cv_classifier --local-model accurate   (USE and e5 stacked)

The taxonomy's definition examples are always in the training part; the bundled examples
are split in folds (grouped by source file and stratified by phase). Embeddings are cached
in the system temp folder by text, so repeated runs only pay for training. Use this, not
the held-out test split, to choose changes to the examples or the model.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.classify.base import UNKNOWN_PHASE
from assistant.classify.cleaning import tagging_text
from assistant.classify.examples import Example, bundled_examples, definition_examples
from assistant.classify.learning import predict_proba, train
from assistant.classify.signals import apply_rating, rating_in_text
from assistant.index.embeddings import E5Embedder, Embedder, StackedEmbedder, UseEmbedder
from assistant.kb.loader import load_knowledge
from evals.metrics import evaluate, render

CACHE = Path(tempfile.gettempdir()) / "journey-cv-embeddings.npz"


class CachedEmbedder:
    """A bundled encoder with a persistent text -> vector cache (CV only)."""

    def __init__(self, inner: UseEmbedder | E5Embedder | None = None) -> None:
        self.inner = inner or UseEmbedder()
        self.name = self.inner.name
        self.dim = self.inner.dim
        self.path = (
            CACHE
            if self.name == UseEmbedder.name
            else CACHE.with_name(f"journey-cv-embeddings-{self.name.replace('/', '-')}.npz")
        )
        self.cache: dict[str, np.ndarray] = {}
        self.dirty = False
        if self.path.exists():
            with np.load(self.path) as data:
                self.cache = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode()).hexdigest()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self.key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.cache})
        if missing:
            lookup = {self.key(t): t for t in texts}
            vectors = self.inner.embed([lookup[k] for k in missing])
            self.cache.update(zip(missing, vectors, strict=True))
            self.dirty = True
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.cache[k] for k in keys]).astype(np.float32)

    def save(self) -> None:
        if self.dirty:
            keys = list(self.cache)
            tmp = self.path.with_suffix(f".{os.getpid()}.npz")
            np.savez(tmp, keys=np.asarray(keys), vectors=np.vstack([self.cache[k] for k in keys]))
            tmp.replace(self.path)


def folds_of(examples: list[Example], k: int, seed: int) -> list[int]:
    rng = np.random.default_rng(seed)
    by_phase: dict[str, list[int]] = defaultdict(list)
    for i, ex in enumerate(examples):
        by_phase[str(ex.phase)].append(i)
    fold = [0] * len(examples)
    for members in by_phase.values():
        order = rng.permutation(members)
        for j, i in enumerate(order):
            fold[int(i)] = j % k
    return fold


def folds_by_domain(domains: list[str], k: int) -> list[int]:
    """Whole domains per fold (largest first into the lightest fold): a held-out fold's
    domains were never seen in training, as with a customer's own data."""
    sizes = Counter(domains)
    load = [0] * k
    fold_of: dict[str, int] = {}
    for domain, size in sorted(sizes.items(), key=lambda x: (-x[1], x[0])):
        fold_of[domain] = int(np.argmin(load))
        load[fold_of[domain]] += size
    return [fold_of[d] for d in domains]


def main() -> int:
    parser = argparse.ArgumentParser(description="k-fold CV over knowledge/examples.")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--errors", type=int, default=0, help="print N misclassified texts")
    parser.add_argument("--only", default="", help="report only examples whose file has this")
    parser.add_argument("--skip", default="", help="comma-separated files not to report on")
    parser.add_argument("--rated", action="store_true", help="report only texts with a rating")
    parser.add_argument(
        "--by-domain", action="store_true", help="hold out whole domains (webshop, telecom...)"
    )
    parser.add_argument(
        "--no-rating", action="store_true", help="ignore ratings written in the texts"
    )
    parser.add_argument(
        "--local-model",
        choices=["fast", "accurate"],
        default="fast",
        help="fast: the USE encoder; accurate: USE and e5 stacked",
    )
    parser.add_argument("--dump", default="", help="save out-of-fold probabilities to this .npz")
    args = parser.parse_args()
    kb = load_knowledge()
    phase_ids = [*(p.id for p in kb.default_phase_model.phases), UNKNOWN_PHASE]
    emotion_ids = [e.id for e in kb.emotions]
    valence = np.asarray([e.valence for e in kb.emotions])
    examples = bundled_examples()
    definitions = definition_examples(kb)
    parts = [CachedEmbedder()]
    if args.local_model == "accurate":
        parts.append(CachedEmbedder(E5Embedder()))
    embedder: Embedder = parts[0] if len(parts) == 1 else StackedEmbedder(parts)
    embedder.embed([tagging_text(e.text) for e in [*examples, *definitions]])
    for part in parts:
        part.save()
    domains = [e.domain for e in examples]
    if args.by_domain:
        fold = folds_by_domain(domains, args.folds)
    else:
        fold = folds_of(examples, args.folds, args.seed)
    p_phase = np.zeros((len(examples), len(phase_ids)))
    p_emotion = np.zeros((len(examples), len(emotion_ids)))
    started = time.perf_counter()
    for f in range(args.folds):
        train_part = [e for e, g in zip(examples, fold, strict=True) if g != f]
        held = [i for i, g in enumerate(fold) if g == f]
        model = train([*train_part, *definitions], embedder, phase_ids, emotion_ids, valence)
        texts = [tagging_text(examples[i].text) for i in held]
        pp, pe = predict_proba(model, embedder.embed(texts), texts)
        if not args.no_rating:
            pe = apply_rating(pe, valence, [rating_in_text(examples[i].text) for i in held])
        p_phase[held], p_emotion[held] = pp, pe
    seconds = time.perf_counter() - started
    if args.dump:
        np.savez(
            args.dump,
            p_phase=p_phase,
            p_emotion=p_emotion,
            phase=np.asarray([str(e.phase) for e in examples]),
            emotion=np.asarray([str(e.emotion) for e in examples]),
            phase_ids=np.asarray(phase_ids),
            emotion_ids=np.asarray(emotion_ids),
            fold=np.asarray(fold),
            domain=np.asarray(domains),
            source=np.asarray([e.source for e in examples]),
        )
    skip = {s for s in args.skip.split(",") if s}
    pick = [i for i, e in enumerate(examples) if args.only in e.source and e.source not in skip]
    if args.rated:
        pick = [i for i in pick if rating_in_text(examples[i].text) is not None]
    for name, probs, ids, truth in (
        ("phase", p_phase, phase_ids, [e.phase for e in examples]),
        ("emotion", p_emotion, emotion_ids, [e.emotion for e in examples]),
    ):
        report = evaluate(
            [str(truth[i]) for i in pick],
            [ids[int(probs[i].argmax())] for i in pick],
            ids,
            [float(probs[i].max()) for i in pick],
        )
        print(render(report, f"cv {name}"))
        print()
        if args.errors and name == "phase":
            wrong = [i for i in pick if ids[int(probs[i].argmax())] != truth[i]]
            for i in wrong[: args.errors]:
                guess = ids[int(probs[i].argmax())]
                print(f"  [{truth[i]} -> {guess} {probs[i].max():.2f}] {examples[i].text[:160]}")
            print()
    groups = [
        (f"file {name}", [i for i in pick if examples[i].source == name])
        for name in sorted({e.source for e in examples})
    ]
    if args.by_domain:
        groups += [
            (f"domain {name}", [i for i in pick if domains[i] == name])
            for name, n in Counter(domains).most_common()
            if n >= 100
        ]
    for label, rows in groups:
        if not rows:
            continue
        scores = []
        for probs, ids, truth in (
            (p_phase, phase_ids, [e.phase for e in examples]),
            (p_emotion, emotion_ids, [e.emotion for e in examples]),
        ):
            guesses = [ids[int(probs[i].argmax())] for i in rows]
            r = evaluate([str(truth[i]) for i in rows], guesses, ids)
            scores.append(f"{r.macro_f1:.3f}")
        print(f"  {label:<27} n={len(rows):<5} phase {scores[0]} · emotion {scores[1]}")
    print(f"{len(pick)} examples, {args.folds} folds, trained in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
