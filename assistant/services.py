"""The composition root: builds the database, indexes and models from settings, lazily.

The CLI and the API each make one :class:`Services` and pass it down; tests build one
from their own settings. Nothing here connects to anything until it is first used.
"""

from __future__ import annotations

import re
import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any

from assistant.errors import InputError
from assistant.index.embeddings import Embedder, build_embedder, local_embedder
from assistant.settings import Settings, get_settings

if TYPE_CHECKING:  # the engines are imported when first used: `journey classify` needs none
    from assistant.index.keyword import KeywordIndex
    from assistant.index.vector import VectorIndex
    from assistant.store import Database, RecordStore
    from assistant.store.claims import ClaimStore
    from assistant.store.tags import TagStore

_WORKSPACE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def check_workspace(name: str) -> str:
    """Workspace names become file and collection names: keep them simple."""
    if not _WORKSPACE.match(name or ""):
        raise InputError(
            f"invalid workspace name {name!r}: use letters, digits, '-', '_' or '.', "
            "starting with a letter or digit, at most 64 characters"
        )
    return name


class Services:
    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        from assistant.privacy.memory import zero_fresh_memory

        zero_fresh_memory()  # no stale text in the buffers index files are written from
        self.settings = settings or get_settings()
        self._embedder = embedder
        self._keyword: dict[str, KeywordIndex] = {}
        self.lock = threading.RLock()  # a server shares one Services between threads
        self.memo: dict[tuple[str, ...], Any] = {}  # built once per process (classifiers)

    @cached_property
    def db(self) -> Database:
        from assistant.store import open_database

        return open_database(self.settings.resolved_database_url)

    @cached_property
    def records(self) -> RecordStore:
        from assistant.store import RecordStore

        return RecordStore(self.db)

    @cached_property
    def tags(self) -> TagStore:
        from assistant.store.tags import TagStore

        return TagStore(self.db)

    @cached_property
    def claims(self) -> ClaimStore:
        """Queued tag jobs in batches, and the workers that claim them."""
        from assistant.store.claims import ClaimStore

        return ClaimStore(self.db)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = build_embedder(self.settings)
        return self._embedder

    @cached_property
    def local_embedder(self) -> Embedder:
        """The local classifier's encoder: the index's, or with e5 next to it (accurate)."""
        return local_embedder(self.settings, self.embedder)

    @cached_property
    def chroma(self) -> Any:
        from assistant.index.vector import open_chroma

        return open_chroma(self.settings.chroma_url, self.settings.chroma_path)

    def vectors(self, workspace: str) -> VectorIndex:
        from assistant.index.vector import VectorIndex

        return VectorIndex(self.chroma, check_workspace(workspace), self.embedder)

    def keyword_index(self, workspace: str, *, rebuild: bool = False) -> KeywordIndex:
        """The workspace's BM25 index, rebuilt from SQL whenever the records changed."""
        from assistant.index.keyword import KeywordIndex, folder_for

        check_workspace(workspace)
        with self.lock:
            stamp = self.records.stamp(workspace)
            folder = folder_for(self.settings.keyword_index_path, workspace)
            index = None if rebuild else self._keyword.get(workspace)
            if index is None and not rebuild:
                index = KeywordIndex.load(folder)
            if index is None or index.stamp != stamp:
                index = KeywordIndex.build(self.records.index_rows(workspace), stamp)
                index.save(folder)
            self._keyword[workspace] = index
            return index

    @cached_property
    def chat_model(self) -> Any:
        """The one chat model (JOURNEY_LLM) that the classifier, the audit assistant and the
        backlog labeller share; None offline. Built on first use, connects on first call."""
        from assistant.llm import configured_chat_model

        return configured_chat_model(self.settings)

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.dispose()
