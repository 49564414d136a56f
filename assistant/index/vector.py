"""Chroma as the vector index: one collection per workspace and embedding model.

Embedded (``PersistentClient`` in the data folder) unless ``JOURNEY_CHROMA_URL`` names a
server. Vectors are always computed by our embedder and passed in; the collection also
gets our embedding function so Chroma never reaches for its downloading default.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from assistant.errors import ConfigError, IndexUnavailable
from assistant.index.chroma_local import CoreReader, EmbeddedChroma
from assistant.index.embeddings import Embedder
from assistant.models import Record, epoch_seconds

Metadata = dict[str, str | int | float | bool]

# chromadb's defaults (chromadb.config), which a server URL without a path uses
DEFAULT_TENANT = "default_tenant"
DEFAULT_DATABASE = "default_database"
REMOTE_BATCH = 1000  # vectors per request to a server: about 5 MB of JSON at 512 dimensions


def open_chroma(url: str, path: Path) -> Any:
    """A Chroma client: a :class:`ChromaServer` when a URL is given, else embedded files
    under ``path`` (an :class:`EmbeddedChroma`, which imports chromadb only when a search's
    reads are not all it is asked for). Neither connects before it is first used."""
    if not url:
        return EmbeddedChroma(path, lambda: _persistent_client(path))
    return ChromaServer(url)


_SEGMENT_DIR = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def drop_orphan_segments(path: Path) -> int:
    """Remove the folders of vector segments the embedded store no longer lists: Chroma
    keeps a dropped collection's index files on disk. Returns how many went."""
    import shutil
    import sqlite3

    catalogue = path / "chroma.sqlite3"
    if not catalogue.exists():
        return 0
    with contextlib.closing(sqlite3.connect(f"file:{catalogue}?mode=ro", uri=True)) as db:
        live = {row[0] for row in db.execute("SELECT id FROM segments")}
    dropped = 0
    for folder in path.iterdir():
        if folder.is_dir() and _SEGMENT_DIR.fullmatch(folder.name) and folder.name not in live:
            shutil.rmtree(folder, ignore_errors=True)
            dropped += 1
    return dropped


class ChromaServer:
    """A Chroma server (``chroma run``) by URL: ``http://host:port``, optionally followed by
    ``/database`` or ``/tenant/database`` so several homes can share one server (the
    database is created when missing). The HTTP client is built on first use; attributes
    this class does not define come from it."""

    def __init__(self, url: str) -> None:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigError(
                f"JOURNEY_CHROMA_URL {url!r} is not a Chroma server URL; "
                "use http://host:8000 (optionally /database at the end)"
            )
        parts = [p for p in parsed.path.split("/") if p]
        if len(parts) > 2:
            raise ConfigError(
                f"JOURNEY_CHROMA_URL {url!r}: the path may name a database or "
                "tenant/database, nothing more"
            )
        self.ssl = parsed.scheme == "https"
        self.host = parsed.hostname
        self.port = parsed.port or (443 if self.ssl else 8000)
        self.tenant = parts[0] if len(parts) == 2 else DEFAULT_TENANT
        self.database = parts[-1] if parts else DEFAULT_DATABASE
        self.url = f"{parsed.scheme}://{parsed.netloc}{'/' + '/'.join(parts) if parts else ''}"
        self._client: Any = None
        self._lock = threading.Lock()  # a server's threads share one client

    @property
    def full(self) -> Any:
        """chromadb's ``HttpClient``, connected (and the database created) on first use."""
        with self._lock:
            if self._client is None:
                with server_errors(self.url):
                    self._client = self._connect()
            return self._client

    def _connect(self) -> Any:
        import chromadb

        self.ensure_database()
        return chromadb.HttpClient(
            host=self.host,
            port=self.port,
            ssl=self.ssl,
            tenant=self.tenant,
            database=self.database,
            settings=_chroma_settings(),
        )

    def ensure_database(self) -> None:
        """Create the URL's database when the server does not hold it (a new server, or
        one that came back on an empty volume: `journey doctor` then shows what is lost)."""
        import chromadb

        if (self.tenant, self.database) != (DEFAULT_TENANT, DEFAULT_DATABASE):
            admin = chromadb.AdminClient(
                _chroma_settings(
                    chroma_api_impl="chromadb.api.fastapi.FastAPI",
                    chroma_server_host=self.host,
                    chroma_server_http_port=self.port,
                    chroma_server_ssl_enabled=self.ssl,
                )
            )
            try:
                admin.get_database(self.database, tenant=self.tenant)
            except Exception as exc:
                if not _is_not_found(exc):
                    raise
                try:
                    admin.create_database(self.database, tenant=self.tenant)
                except Exception as again:  # another process created it meanwhile
                    if "already exists" not in str(again):
                        raise

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.full, name)


def _is_not_found(exc: BaseException) -> bool:
    return type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc).lower()


def _no_database(exc: BaseException) -> bool:
    said = str(exc)
    return said.startswith("Database [") and "does not exist" in said


def _is_unreachable(exc: BaseException) -> bool:
    """A connection refused, reset or timed out (httpx's transport errors, or chromadb's
    own words for them): what a stopped or restarting server looks like."""
    import httpx

    if isinstance(exc, httpx.TransportError):
        return True
    return isinstance(exc, ValueError) and "Could not connect to a Chroma server" in str(exc)


@contextlib.contextmanager
def server_errors(url: str) -> Iterator[None]:
    """Errors of an unreachable Chroma server become a ConfigError that says what to do."""
    try:
        yield
    except ConfigError:
        raise
    except Exception as exc:
        if not _is_unreachable(exc):
            raise
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise IndexUnavailable(
            f"the Chroma server at {url} is not answering ({reason[:200]}): start it "
            "(chroma run --path DIR --host HOST --port PORT) or unset JOURNEY_CHROMA_URL to "
            "use the embedded index; `journey reindex` repairs an index that missed writes"
        ) from exc


def _chroma_settings(**values: Any) -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, **values)


# one client opened at a time in this process: two services opening the same folder at once
# (two imports racing in threads) made chromadb's first import and its shared system cache fail
# halfway
_OPEN_LOCK = threading.Lock()


def _persistent_client(path: Path) -> Any:
    with _OPEN_LOCK:
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

    def _guard(self) -> contextlib.AbstractContextManager[None]:
        """Around every call that may reach a Chroma server: a clear error when it is down."""
        if isinstance(self.client, ChromaServer):
            return server_errors(self.client.url)
        return contextlib.nullcontext()

    @property
    def collection(self) -> Any:
        if self._collection is None:
            from assistant.index.adapters import ChromaEmbeddingFunction  # imports chromadb

            def get_or_create() -> Any:
                return self.client.get_or_create_collection(
                    self.name,
                    embedding_function=ChromaEmbeddingFunction(self.embedder),
                    metadata={"hnsw:space": "cosine", "workspace": self.workspace},
                )

            with self._guard():
                try:
                    self._collection = get_or_create()
                except Exception as exc:
                    if not (isinstance(self.client, ChromaServer) and _no_database(exc)):
                        raise
                    self.client.ensure_database()
                    self._collection = get_or_create()
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
        """Vectors per call: the client's limit, and at most REMOTE_BATCH per request to a
        server (a large JSON body is slow to build and may exceed a proxy's limit)."""
        remote = isinstance(self.client, ChromaServer)
        try:
            with self._guard():
                size = int(self.client.get_max_batch_size())
        except ConfigError:
            raise
        except Exception:
            size = 5000
        size = size if size > 0 else 5000
        return min(size, REMOTE_BATCH) if remote else size

    def upsert(
        self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[Metadata]
    ) -> None:
        size = self._batch_size()
        with self._guard():
            for start in range(0, len(ids), size):
                end = start + size
                self.collection.upsert(
                    ids=list(ids[start:end]),
                    embeddings=vectors[start:end],
                    metadatas=list(metadatas[start:end]),
                )

    def update_metadata(self, ids: Sequence[str], metadatas: Sequence[Metadata]) -> None:
        size = self._batch_size()
        with self._guard():
            for start in range(0, len(ids), size):
                end = start + size
                self.collection.update(
                    ids=list(ids[start:end]), metadatas=list(metadatas[start:end])
                )

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
        with self._guard():
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
        with self._guard():
            for start in range(0, len(ids), size):
                self.collection.delete(ids=list(ids[start : start + size]))

    def count(self) -> int:
        found = self._read("count")
        if found is not None:
            return int(found)
        with self._guard():
            return int(self.collection.count())

    def ids(self) -> set[str]:
        found: set[str] = set()
        size = self._batch_size()
        with self._guard():
            while True:  # in pages: a server answers a large get slowly, or not at all
                page = self.collection.get(include=[], limit=size, offset=len(found))["ids"]
                found.update(page)
                if len(page) < size:
                    return found

    def reset(self) -> None:
        """Drop and recreate the collection (used by reindex)."""
        with self._guard():
            try:
                self.client.delete_collection(self.name)
            except Exception as exc:
                if _is_unreachable(exc):
                    raise
                # else it was not there yet
        self._collection = None
