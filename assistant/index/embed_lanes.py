"""Where a bulk job's texts are embedded while its own work goes on: an embedding lane.

A job hands each batch's texts to a lane (``submit``) and later asks for the vectors (the
returned ticket). What runs meanwhile depends on the lane:

- :class:`ProcessLane`, the bundled encoder in a child process, for large imports. The
  encoder spends much of its time in Python (its tokenizer) between short numpy calls, so in
  one process any other busy Python thread takes turns with it for the GIL and slows it
  several times over (on 2 cores, 3,000 texts: 3.5 s alone, 21.9 s beside a busy thread), and
  Chroma's upsert holds the GIL throughout. In a child it has its own GIL: the parent parses,
  redacts and writes the batch before while the child embeds this one.
- :class:`ThreadLane`, a thread, for an embedder that waits on a server (OpenAI).
- :class:`InlineLane`, at once on the caller's thread, for everything else (small imports,
  where starting a child costs more than it saves; test doubles).

A child that dies or cannot start is not fatal: its batches are embedded here instead, and
the log says so.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import Future, InvalidStateError, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor
from contextlib import suppress
from typing import Protocol, TypeVar

import numpy as np

from assistant.index.embeddings import Embedder, OpenAIEmbedder, UseEmbedder

log = logging.getLogger(__name__)

Ticket = Callable[[], np.ndarray]
T = TypeVar("T")

# texts an import embeds at least before a child process is worth its start (about a second)
PROCESS_MIN_TEXTS = 4096
# BLAS threads in the child: the parent keeps the other core busy parsing and writing
CHILD_THREADS = 1
CHILDREN = 2


class EmbeddingLane(Protocol):
    depth: int  # batches a job may have submitted and not yet collected

    def submit(self, texts: Sequence[str]) -> Ticket: ...

    def close(self) -> None: ...


class InlineLane:
    """Embeds when submitted, on the caller's thread."""

    depth = 1

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def submit(self, texts: Sequence[str]) -> Ticket:
        vectors = self._embedder.embed(list(texts))
        return lambda: vectors

    def close(self) -> None:
        pass


class ThreadLane:
    """Embeds on one thread, in order; for an embedder that mostly waits on a server."""

    depth = 1

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embed")

    def submit(self, texts: Sequence[str]) -> Ticket:
        future: Future[np.ndarray] = self._pool.submit(self._embedder.embed, list(texts))
        return future.result

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


_CHILD_ENCODER: UseEmbedder | None = None


def _start_child(cache_dir: object, threads: int) -> None:
    """The child's start: Ctrl-C is the parent's to handle; the encoder loads on first use."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _CHILD_ENCODER
    _CHILD_ENCODER = UseEmbedder(threads=threads, cache_dir=cache_dir)  # type: ignore[arg-type]


def _embed_in_child(texts: list[str]) -> np.ndarray:
    assert _CHILD_ENCODER is not None, "the embedding child was not started"
    return _CHILD_ENCODER.embed(texts)


class ProcessLane:
    """The bundled encoder in one spawned child process, batches embedded in order."""

    depth = CHILDREN

    def __init__(self, embedder: UseEmbedder, threads: int = CHILD_THREADS) -> None:
        self._embedder = embedder
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=CHILDREN,
            mp_context=multiprocessing.get_context("spawn"),  # safe beside threads, unlike fork
            initializer=_start_child,
            initargs=(embedder.cache_dir, threads),
        )
        self._waiting: set[Future[np.ndarray]] = set()  # submitted, not yet collected

    def submit(self, texts: Sequence[str]) -> Ticket:
        batch = list(texts)
        if self._pool is not None and self._a_child_died():
            # a batch handed to a pool whose child died races the pool's own thread as it
            # breaks the pool (CPython's terminate_broken reads the children and the waiting
            # work without a lock, and a submit adds to both)
            self._give_up(BrokenProcessPool("an embedding child process died"))
        if self._pool is not None:
            try:
                future = self._pool.submit(_embed_in_child, batch)
            except (BrokenProcessPool, RuntimeError, OSError) as exc:
                # OSError: the pool was starting a new child while the old ones died, and the
                # pipe it hands the child was already closed ("handle is closed")
                self._give_up(exc)
            else:
                self._waiting.add(future)
                return lambda: self._collect(future, batch)
        vectors = self._embedder.embed(batch)
        return lambda: vectors

    def _collect(self, future: Future[np.ndarray], batch: list[str]) -> np.ndarray:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            self._give_up(exc)
            return self._embedder.embed(batch)
        finally:
            self._waiting.discard(future)

    def _a_child_died(self) -> bool:
        assert self._pool is not None
        return any(not child.is_alive() for child in list((self._pool._processes or {}).values()))

    def _give_up(self, exc: BaseException) -> None:
        if self._pool is not None:
            log.warning("the embedding process stopped (%s): embedding in this process", exc)
            # a broken pool may still hold a child it started as the other died; left alive it
            # keeps this process from exiting (its exit joins every child), so end it here
            children = list((self._pool._processes or {}).values())
            self._pool.shutdown(wait=False, cancel_futures=True)
            children += list((self._pool._processes or {}).values())
            for child in children:
                if child.is_alive():
                    child.kill()
            self._pool = None
        # a batch the broken pool never answers is embedded here when collected; if the pool's
        # thread failed while breaking, nothing else would answer it and its ticket would wait
        for future in list(self._waiting):
            if not future.done():
                with suppress(InvalidStateError):  # the pool answered it meanwhile
                    future.set_exception(BrokenProcessPool(f"given up: {exc}"))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def embedded_batches(
    embedder: Embedder, batches: Iterable[list[T]], text: Callable[[T], str], expected: int
) -> Generator[tuple[list[T], np.ndarray], None, None]:
    """Each batch with its vectors, in order. The lane embeds up to its depth ahead, so
    while the caller works on one batch (writes it) the next are being embedded, and
    producing the next batch (reading, redacting) overlaps too. Close it (``closing``) when
    the caller may stop early."""
    lane = open_lane(embedder, expected)
    try:
        pending: deque[tuple[list[T], Ticket]] = deque()
        for batch in batches:
            pending.append((batch, lane.submit([text(item) for item in batch])))
            if len(pending) > lane.depth:
                done, ticket = pending.popleft()
                yield done, ticket()
        while pending:
            done, ticket = pending.popleft()
            yield done, ticket()
    finally:
        lane.close()


def open_lane(embedder: Embedder, texts_expected: int) -> EmbeddingLane:
    """The lane that suits this embedder and this many texts (see the module's notes)."""
    if isinstance(embedder, UseEmbedder) and texts_expected >= PROCESS_MIN_TEXTS:
        return ProcessLane(embedder)
    if isinstance(embedder, OpenAIEmbedder):
        return ThreadLane(embedder)
    return InlineLane(embedder)
