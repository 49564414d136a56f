"""How many threads numpy's BLAS (OpenBLAS) may use, set around a piece of work.

OpenBLAS splits even a one-sentence matrix product over every core. When the other cores
are busy (a shared two-core machine, a test run next door), the calling thread waits for
a worker to be scheduled: embedding one search query then took 0.07-0.3 s instead of
2-7 ms. Small jobs therefore run on one thread. numpy has no call for this, so the
library's own ``*_set_num_threads`` is called through ctypes (what threadpoolctl does);
where no OpenBLAS is found, :func:`blas_threads` does nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

# (set, get) symbol pairs of the OpenBLAS builds numpy ships or links
_SYMBOLS = (
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)
_LOCK = threading.Lock()


@cache
def _openblas() -> tuple[Callable[[int], None], Callable[[], int]] | None:
    """The loaded OpenBLAS's set and get functions, or None."""
    import ctypes

    import numpy  # noqa: F401  (loads its BLAS, which is then in the process map)

    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return None
    paths = {line.split(maxsplit=5)[-1] for line in maps.splitlines() if "openblas" in line}
    for path in sorted(paths):
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for set_name, get_name in _SYMBOLS:
            if hasattr(library, set_name) and hasattr(library, get_name):
                setter, getter = getattr(library, set_name), getattr(library, get_name)
                setter.argtypes, setter.restype = [ctypes.c_int], None
                getter.argtypes, getter.restype = [], ctypes.c_int
                return setter, getter
    return None


@contextmanager
def blas_threads(count: int) -> Iterator[None]:
    """Let BLAS use at most ``count`` threads inside the block (process-wide while it
    runs, as OpenBLAS's setting is; the previous count is restored after)."""
    functions = _openblas()
    if functions is None:
        yield
        return
    setter, getter = functions
    with _LOCK:
        previous = getter()
        if count < previous:
            setter(count)
    try:
        yield
    finally:
        with _LOCK:
            if count < previous:
                setter(previous)
