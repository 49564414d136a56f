"""The local models that ship trained inside the package, so a fresh install tags at once.

``make train`` (``python -m assistant.classify.shipped build``) trains the fast and the
accurate model from the bundled example files and writes them to ``assistant/classify/
trained/``; ``python -m assistant.classify.shipped check`` (and a unit test) confirms that
each shipped file was trained from exactly the examples in the repository. A shipped file
is only used when its fingerprint is the one the classifier would train now: change an
example and the classifier trains (and caches) its own until ``make train`` is run again.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from assistant.classify.examples import bundled_examples, definition_examples
from assistant.classify.learning import fingerprint, train
from assistant.classify.model_file import MODES, LocalModel, shipped_path
from assistant.index.embeddings import Embedder, local_embedder
from assistant.kb.loader import KnowledgeBase, load_knowledge
from assistant.models.tags import UNKNOWN_PHASE
from assistant.settings import Settings


def _embedder(mode: str) -> Embedder:
    from assistant.index.embeddings import UseEmbedder

    return local_embedder(Settings(local_model=mode), UseEmbedder())


def _examples_key(kb: KnowledgeBase, embedder: Embedder) -> tuple[list, str]:
    examples = [*bundled_examples(), *definition_examples(kb)]
    return examples, fingerprint(examples, embedder.name)


def build(mode: str) -> Path:
    kb = load_knowledge()
    embedder = _embedder(mode)
    examples, _ = _examples_key(kb, embedder)
    phases = [*(p.id for p in kb.default_phase_model.phases), UNKNOWN_PHASE]
    emotions = [e.id for e in kb.emotions]
    started = time.perf_counter()
    model = train(examples, embedder, phases, emotions, [e.valence for e in kb.emotions])
    path = shipped_path(mode)
    model.save(path, encoder=embedder.name, compact=True)
    print(
        f"{mode}: trained on {len(examples)} examples in {time.perf_counter() - started:.1f} s, "
        f"fingerprint {model.fingerprint}, {path.stat().st_size / 1e6:.1f} MB -> {path}"
    )
    return path


def check(mode: str) -> bool:
    """True when the shipped model of ``mode`` matches the examples in the repository."""
    kb = load_knowledge()
    embedder = _embedder(mode)
    _, key = _examples_key(kb, embedder)
    path = shipped_path(mode)
    if not path.exists():
        print(f"{mode}: no shipped model at {path}: run make train")
        return False
    stored = LocalModel.fingerprint_of(path)
    if stored != key or LocalModel.encoder_of(path) != embedder.name:
        print(f"{mode}: shipped model {stored} was trained on other examples ({key}): make train")
        return False
    print(f"{mode}: shipped model matches the examples ({key}, {path.stat().st_size / 1e6:.1f} MB)")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["build", "check"])
    parser.add_argument("--mode", choices=[*MODES, "all"], default="all")
    args = parser.parse_args(argv)
    modes = MODES if args.mode == "all" else (args.mode,)
    if args.action == "build":
        for mode in modes:
            build(mode)
        return 0
    return 0 if all([check(mode) for mode in modes]) else 1


if __name__ == "__main__":
    sys.exit(main())
