"""The embedded vector index's files carry no stale process memory.

Chroma's HNSW index writes its whole ``data_level0.bin`` when it is created, unused slots
included; those slots held whatever the process's memory held before, an earlier text among
it. Which bytes that is depends on memory layout, so these tests make it certain: glibc is
told to fill every block it hands out with 0x5A (``glibc.malloc.perturb=165``) and to take
even large blocks from the heap rather than fresh pages. A run of 0x5A bytes in an index file
is then memory that was written without ever being set.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

STALE = re.compile(rb"\x5a{64,}")
GLIBC = "glibc.malloc.perturb=165:glibc.malloc.mmap_threshold=33554432"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="glibc's malloc tunables"
)


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEY_")}
    return {**env, "GLIBC_TUNABLES": GLIBC, "JOURNEY_HOME": str(home)}


def _stale_memory_shows(home: Path) -> bool:
    """Whether this machine's glibc honours the tunables (else the test below proves nothing)."""
    probe = (
        "import ctypes; libc = ctypes.CDLL(None); libc.malloc.restype = ctypes.c_void_p; "
        "print(ctypes.string_at(libc.malloc(300000), 64).hex())"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], env=_env(home), capture_output=True, text=True, timeout=60
    )
    return out.stdout.strip() == "5a" * 64


def test_a_new_index_file_holds_no_stale_memory(tmp_path: Path) -> None:
    home = tmp_path / "home"
    if not _stale_memory_shows(home):
        pytest.skip("this glibc ignores glibc.malloc.perturb")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"text": "The parcel arrived late and the box was crushed."}\n'
        '{"text": "Mijn pakket kwam drie dagen te laat aan, mail jan@voorbeeld.nl"}\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli.main", "ingest", str(rows), "--workspace", "shop"],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    index_files = [p for p in (home / "chroma").rglob("*") if p.is_file()]
    assert any(p.name == "data_level0.bin" for p in index_files), "no HNSW file was written"
    stale = [str(p.relative_to(home)) for p in index_files if STALE.search(p.read_bytes())]
    assert stale == []
