"""Chroma as the vector index: one collection per workspace and embedding model.

Embedded (``PersistentClient`` in the data folder) unless ``JOURNEY_CHROMA_URL`` names a
server. Vectors are always computed by our embedder and passed in; the collection also
gets our embedding function so Chroma never reaches for its downloading default.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from assistant.errors import ConfigError
from assistant.index.chroma_local import CoreReader, EmbeddedChroma
from assistant.index.embeddings import Embedder
from assistant.models import Record, epoch_seconds

Metadata = dict[str, str | int | float | bool]


def open_chroma(url: str, path: Path) -> Any:
    """A Chroma client: HTTP when a URL is given, else embedded files under ``path`` (an
    :class:`EmbeddedChroma`, which imports chromadb only when a search's reads are not all
    it is asked for)."""
    if not url:
        return EmbeddedChroma(path, lambda: _persistent_client(path))
    import chromadb

    parsed = urlparse(url if "://" in url else f"http://{url}")
    if not parsed.hostname:
        raise ConfigError(f"JOURNEY_CHROMA_URL {url!r} has no host; use http://host:8000")
    ssl = parsed.scheme == "https"
    try:
        return chromadb.HttpClient(
            host=parsed.hostname,
            port=parsed.port or (443 if ssl else 8000),
            ssl=ssl,
            settings=_chroma_settings(),
        )
    except Exception as exc:
        raise ConfigError(
            f"cannot reach the Chroma server at {url} ({exc}); start it or unset "
            "JOURNEY_CHROMA_URL to use the embedded index"
        ) from exc


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False)


def _persistent_client(path: Path) -> Any:
    import chromadb

    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())


def collection_name(workspace: str, model: str) -> str:
    """A valid, stable Chroma collection name for a workspace and embedding model."""
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", workspace).strip("-_")[:40] or "ws"
    digest = hashlib.sha1(f"{workspace}\x1f{model}".encode()).hexdigest()[:10]
    return f"ja-{slug}-{digest}"


def record_metadata(record: Record, labels: tuple[str, str] | None = None) -> Metadata:
    """What Chroma keeps next to a vector: filter fields, and (phase, emotion) once tagged."""
    meta: Metadata = {"source_type": record.source_type, "language": record.language}
    if record.created_at is not None:
        meta["created_ts"] = epoch_seconds(record.created_at)
    if labels is not None:
        meta["phase"], meta["emotion"] = labels
    return meta


class VectorIndex:
    """The vectors of one workspace."""

    def __init__(self, client: Any, workspace: str, embedder: Embedder) -> None:
        self.client = client
        self.workspace = workspace
        self.embedder = embedder
        self.name = collection_name(workspace, embedder.name)
        self._collection: Any = None

    @property
    def collection(self) -> Any:
        if self._collection is None:
            from assistant.index.adapters import ChromaEmbeddingFunction  # imports chromadb

            self._collection = self.client.get_or_create_collection(
                self.name,
                embedding_function=ChromaEmbeddingFunction(self.embedder),
                metadata={"hnsw:space": "cosine", "workspace": self.workspace},
            )
        return self._collection

    def _reader(self) -> CoreReader | None:
        """The core reader of an embedded index while it may serve (see chroma_local)."""
        return self.client.reader() if isinstance(self.client, EmbeddedChroma) else None

    def _read(self, method: str, *args: Any) -> Any:
        """``method`` of the core reader, or None when the full client must answer."""
        reader = self._reader()
        if reader is None:
            return None
        try:
            return getattr(reader, method)(self.name, *args)
        except Exception as exc:
            self.client.reader_failed(exc)
            return None

    def _batch_size(self) -> int:
        try:
            return int(self.client.get_max_batch_size())
        except Exception:
            return 5000

    def upsert(
        self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[Metadata]
    ) -> None:
        size = self._batch_size()
        for start in range(0, len(ids), size):
            end = start + size
            self.collection.upsert(
                ids=list(ids[start:end]),
                embeddings=vectors[start:end],
                metadatas=list(metadatas[start:end]),
            )

    def update_metadata(self, ids: Sequence[str], metadatas: Sequence[Metadata]) -> None:
        size = self._batch_size()
        for start in range(0, len(ids), size):
            end = start + size
            self.collection.update(ids=list(ids[start:end]), metadatas=list(metadatas[start:end]))

    def query(
        self,
        vector: np.ndarray,
        k: int,
        ids: Sequence[str] | None = None,
    ) -> list[tuple[str, float]]:
        """Ids and cosine similarities of the ``k`` nearest records (among ``ids`` if given)."""
        if k <= 0 or (ids is not None and not ids) or self.count() == 0:
            return []
        found = self._read("query", vector, k, ids)
        if found is not None:
            return [(i, 1.0 - d) for i, d in found]
        result = self.collection.query(
            query_embeddings=[vector],
            ids=list(ids) if ids is not None else None,
            n_results=k,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [0.0] * len(ids)
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]

    def delete(self, ids: Sequence[str]) -> None:
        """Remove these records' vectors (ids that are not there are ignored)."""
        size = self._batch_size()
        for start in range(0, len(ids), size):
            self.collection.delete(ids=list(ids[start : start + size]))

    def count(self) -> int:
        found = self._read("count")
        return int(found) if found is not None else int(self.collection.count())

    def ids(self) -> set[str]:
        return set(self.collection.get(include=[])["ids"])

    def reset(self) -> None:
        """Drop and recreate the collection (used by reindex)."""
        with contextlib.suppress(Exception):  # not there yet
            self.client.delete_collection(self.name)
        self._collection = None
