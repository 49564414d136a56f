"""The embedded Chroma index, opened when first needed; searches read through its core.

``import chromadb`` takes about half a second: the package imports every embedding
function it knows, OpenTelemetry with its gRPC exporter and the async client before
anything runs. A search asks the index two things, a collection's size and its nearest
neighbours, and chromadb's own Python client hands both straight to its compiled core
(``chromadb_rust_bindings``, imported in 30 ms). :class:`EmbeddedChroma` answers those two
reads through the core alone and opens the full client for everything else.

One rule keeps that safe: the core reader serves only while chromadb's Python package is
not loaded in the process. Once it is (the full client opened for a write, or anything
else imported it), reads go through the full client too, so a process never reads
through a second core that may not have seen the first one's latest writes. Any error of
the core reader (a chromadb version whose core takes other arguments) hands the read to
the full client as well.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# chromadb.config's defaults for an embedded client, which is how open_chroma opens one
TENANT = "default_tenant"
DATABASE = "default_database"
SQLITE_FILE = "chroma.sqlite3"


class CoreReader:
    """Reads the collections of an embedded Chroma folder through chromadb's compiled
    core, as ``PersistentClient`` with default settings would (it calls the same core)."""

    def __init__(self, path: Path) -> None:
        import chromadb_rust_bindings as core

        config = core.SqliteDBConfig(
            hash_type=core.MigrationHash.MD5,
            migration_mode=core.MigrationMode.Apply,
            url=str(path / SQLITE_FILE),
        )
        self._core = core.Bindings(
            allow_reset=False,
            sqlite_db_config=config,
            persist_path=str(path),
            hnsw_cache_size=_hnsw_cache_size(),
        )

    def _collection_id(self, name: str) -> str | None:
        try:
            collection = self._core.get_collection(name, TENANT, DATABASE)
        except Exception as exc:  # chromadb.errors.NotFoundError, raised by the core
            if type(exc).__name__ == "NotFoundError":
                return None
            raise
        return str(collection.id)

    def count(self, name: str) -> int:
        """Records in a collection (0 when it does not exist yet)."""
        collection_id = self._collection_id(name)
        if collection_id is None:
            return 0
        return int(self._core.count(collection_id, TENANT, DATABASE))

    def query(
        self, name: str, vector: np.ndarray, k: int, ids: Sequence[str] | None
    ) -> list[tuple[str, float]]:
        """Ids and cosine distances of the ``k`` nearest records (among ``ids`` if given)."""
        collection_id = self._collection_id(name)
        if collection_id is None:
            return []
        result = self._core.query(
            collection_id,
            list(ids) if ids is not None else None,
            [np.asarray(vector, dtype=np.float32)],
            k,
            None,
            None,
            ["distances"],
            TENANT,
            DATABASE,
        )
        distances = result.distances[0] if result.distances else [0.0] * len(result.ids[0])
        return [(i, float(d)) for i, d in zip(result.ids[0], distances, strict=True)]


def chromadb_loaded() -> bool:
    """Whether chromadb's Python package is loaded in this process (then a full client may
    exist, and the core reader stands aside)."""
    return "chromadb" in sys.modules


def _hnsw_cache_size() -> int:
    """What chromadb's Rust-backed client gives its core: the open-file limit / 5."""
    import resource

    return int(resource.getrlimit(resource.RLIMIT_NOFILE)[0]) // 5


class EmbeddedChroma:
    """An embedded Chroma client that imports chromadb only when something beyond a
    search's reads needs it. Attributes it does not define come from the full client."""

    def __init__(self, path: Path, open_full: Callable[[], Any]) -> None:
        self.path = path
        self._open_full = open_full
        self._full: Any = None
        self._reader: CoreReader | None = None
        self._reader_failed = False
        self._lock = threading.Lock()

    @property
    def full(self) -> Any:
        """chromadb's ``PersistentClient`` on the folder, opened on first use."""
        with self._lock:
            if self._full is None:
                self._reader = None  # from now on reads go through the full client
                try:
                    self._full = self._open_full()
                except AttributeError as exc:
                    # raised as itself it would send Python to ``__getattr__("full")`` and
                    # hide the cause under a recursion
                    raise RuntimeError(f"could not open the embedded Chroma store: {exc}") from exc
            return self._full

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.full, name)

    def reader(self) -> CoreReader | None:
        """The core reader, or None when reads must go through the full client."""
        with self._lock:
            if self._full is not None or self._reader_failed or chromadb_loaded():
                self._reader = None
                return None
            if self._reader is None:
                if not (self.path / SQLITE_FILE).is_file():
                    return None  # nothing indexed yet: the full client creates the folder
                try:
                    self._reader = CoreReader(self.path)
                except Exception as exc:
                    self.reader_failed(exc)
                    return None
            return self._reader

    def reader_failed(self, exc: BaseException) -> None:
        """Stop using the core reader after an error (the full client takes over)."""
        log.info("reading the Chroma index through the full client: %s", exc)
        self._reader_failed = True
        self._reader = None
