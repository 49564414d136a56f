"""How the local classifier does on a kind of real text it has never seen: the method check
behind the choices in ``assistant/classify`` (features, weights, valence).

    python -m evals.source_holdout [--word 1.0 --char 1.5 --valence 4.0 --strength 1.0]

For each real-text source we train on, the fast model is trained without that source's
example file and scored on the source's items in the outside set's *tune* split (the
*report* split is never used to choose). The Dutch outside set has no training source at
all, so it is scored with the first of those models. Prints one line per source.
"""

from __future__ import annotations

import argparse
import sys
import time

import assistant.classify.features as features
import assistant.classify.learning as learning
from assistant.classify.base import UNKNOWN_PHASE, Item, Taxonomy
from assistant.classify.examples import bundled_examples, definition_examples
from assistant.classify.learning import train
from assistant.classify.local import LocalClassifier
from assistant.classify.model_file import LocalModel
from assistant.index.embeddings import UseEmbedder
from assistant.kb.loader import load_knowledge
from evals.outside_data import load
from evals.outside_eval import figures

# example file -> the outside source it must not see
HELD_OUT = {
    "app_store_reviews_en.jsonl": "is22_app_reviews",
    "consumer_complaints_en.jsonl": "cfpb",
}


class _Fixed(LocalClassifier):
    """The local classifier around a model trained here (no cache, no shipped model)."""

    def __init__(self, model: LocalModel, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._fixed = model

    def model(self) -> LocalModel:
        self._model = self._fixed
        return self._fixed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--word", type=float, default=features.WORD_WEIGHT)
    parser.add_argument("--char", type=float, default=features.CHAR_WEIGHT)
    parser.add_argument("--valence", type=float, default=features.VALENCE_WEIGHT)
    parser.add_argument("--strength", type=float, default=learning.VALENCE_STRENGTH)
    args = parser.parse_args()
    features.WORD_WEIGHT, features.CHAR_WEIGHT = args.word, args.char
    features.VALENCE_WEIGHT, learning.VALENCE_STRENGTH = args.valence, args.strength
    kb = load_knowledge()
    taxonomy = Taxonomy.from_knowledge(kb)
    embedder = UseEmbedder()
    phases = [*(p.id for p in kb.default_phase_model.phases), UNKNOWN_PHASE]
    emotions = [e.id for e in kb.emotions]
    valence = [e.valence for e in kb.emotions]
    examples = bundled_examples()
    definitions = definition_examples(kb)
    tune = load("tune")
    print(
        f"word {args.word} · char {args.char} · valence {args.valence} · strength {args.strength}"
    )
    for n, (held_file, source) in enumerate(HELD_OUT.items()):
        started = time.perf_counter()
        kept = [e for e in examples if e.source != held_file]
        model = train([*kept, *definitions], embedder, phases, emotions, valence)
        classifier = _Fixed(model, embedder, kb, taxonomy)
        scored = [(f"{source} (held out)", [i for i in tune if i.source_key == source])]
        if n == 0:
            scored.append(("nl (no such source)", [i for i in tune if i.lang == "nl"]))
        for name, items in scored:
            tags = classifier.classify([Item(id=i.id, text=i.text) for i in items])
            print(f"  {name:<26} {figures(items, tags, taxonomy).line()}")
        print(f"  trained without {held_file} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
