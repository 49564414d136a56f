"""Memory that is handed out zeroed, so stale bytes of a text cannot reach a file.

A C library that allocates a buffer and writes all of it to disk, initialised or not, copies
whatever that memory held before. Chroma's HNSW index does this: a new index writes its whole
``data_level0.bin``, unused slots included, and those slots can hold an earlier text of this
process (a customer's unredacted message, or a record being erased).

glibc's malloc can fill every block it hands out with one byte, and every block it takes back
with another (``mallopt(M_PERTURB, value)``: new blocks get ``value ^ 0xFF``, freed ones
``value``). With 0xFF, new memory is zeroed and freed memory is overwritten. Blocks of up to
about 1 kB that glibc keeps per thread for reuse skip this; the buffers written to index files
are far larger. Elsewhere than glibc this is a no-op.
"""

from __future__ import annotations

import ctypes
import sys
import threading

M_PERTURB = -6  # glibc's malloc.h
ZERO_ON_ALLOC = 0xFF  # handed out as 0xFF ^ 0xFF == 0x00; freed blocks become 0xFF

_lock = threading.Lock()
_done = False


def zero_fresh_memory() -> bool:
    """Make malloc zero what it hands out, for the rest of the process. True when in force."""
    global _done
    with _lock:
        if _done:
            return True
        if not sys.platform.startswith("linux"):
            return False
        try:
            mallopt = ctypes.CDLL(None).mallopt
        except (OSError, AttributeError):
            return False
        mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        mallopt.restype = ctypes.c_int
        _done = mallopt(M_PERTURB, ZERO_ON_ALLOC) == 1
        return _done
