"""Recompute ``assistant/index/e5_centre.npy``: the mean raw e5 vector of our labelled
examples, which the e5 encoder subtracts before normalising (see ``E5Embedder``).

    python -m evals.e5_centre

Run it when the examples change a lot. The encoder's name carries the centre's digest, so
local models trained with the old centre are retrained, not reused.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

import numpy as np

from assistant.classify.examples import bundled_examples
from assistant.index.embeddings import E5Embedder


def main() -> int:
    texts = [e.text for e in bundled_examples()]
    centre = E5Embedder().raw(texts).mean(axis=0).astype(np.float32)
    path = Path(str(files("assistant.index") / "e5_centre.npy"))
    old = np.load(path) if path.exists() else None
    np.save(path, centre)
    moved = "" if old is None else f", moved {float(np.linalg.norm(centre - old)):.4f}"
    print(f"{path}: mean of {len(texts)} examples, norm {float(np.linalg.norm(centre)):.4f}{moved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
