"""The unpacked, memory-mapped encoder gives the package's own vectors and repairs itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.index import use_cache
from assistant.index.embeddings import UseEmbedder

TEXTS = [
    "te laat",
    "Mijn bestelling is nooit aangekomen!! Ordernummer KK-2026-048213.",
    "The refund took three weeks and nobody answered my emails.",
    "  spaties   rondom  ",
    "",
    " ",
    "Ünïcödé ﬁne ｆｕｌｌｗｉｄｔｈ 12345 € — “quotes” ½",
    "日本語のテキストと emoji 🙂👍",
    "tab\tand\nnew lines\r\nhere",
    "x" * 3000,
]


@pytest.fixture(scope="module")
def reference(embedder: UseEmbedder) -> Any:
    """The package's own model, loaded from its archive (the session's)."""
    return embedder._load()


@pytest.fixture
def root(tmp_path: Path, reference: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache root; rebuilding there reuses the loaded package model."""
    monkeypatch.setattr(use_cache, "_package_model", lambda threads: reference)
    return tmp_path / "encoders"


def test_cached_model_gives_the_package_vectors_and_tokens(root: Path, reference: Any) -> None:
    model = use_cache.load_use(root, 2)
    folder = use_cache.cache_folder(root)
    assert (folder / use_cache.MANIFEST).is_file()
    assert model is not reference  # loaded from the unpacked files
    again = use_cache.load_cached(folder, 2)
    for loaded in (model, again):
        assert float(np.abs(loaded.encode(TEXTS) - reference.encode(TEXTS)).max()) <= 1e-6
        for text in TEXTS:
            assert loaded._tokenizer.encode(text) == reference._tokenizer.encode(text)
    assert isinstance(again._model.table, np.ndarray)
    assert again._tokenizer.vocab_size == reference._tokenizer.vocab_size
    assert again._tokenizer.encode("te laat", out_type=str) == reference._tokenizer.encode(
        "te laat", out_type=str
    )


def test_a_bulk_job_switches_to_the_dict_and_keeps_the_tokens(
    root: Path, reference: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(use_cache, "DICT_AFTER", 2000)
    model = use_cache.load_use(root, 2)
    tokenizer = model._tokenizer
    assert isinstance(tokenizer._prefixes, use_cache._Vocabulary)
    texts = [f"{text} {i}" for i in range(20) for text in TEXTS[:4]]
    ids = [tokenizer.encode(text) for text in texts]
    assert isinstance(tokenizer._prefixes, dict)
    assert tokenizer._prefixes == reference._tokenizer._prefixes
    assert ids == [reference._tokenizer.encode(text) for text in texts]


def _damage_table(folder: Path) -> None:
    path = folder / "table.npy"
    path.write_bytes(path.read_bytes()[:1000])  # a partial write


def _damage_weights(folder: Path) -> None:
    path = folder / "cnn_W.npy"  # same size, other numbers
    data = bytearray(path.read_bytes())
    data[-4000:] = bytes(4000)
    path.write_bytes(bytes(data))


def _damage_tokenizer(folder: Path) -> None:
    path = folder / use_cache.TOKENIZER
    path.write_bytes(b"\x00" * path.stat().st_size)


def _drop_manifest(folder: Path) -> None:
    (folder / use_cache.MANIFEST).unlink()


def _other_sources(folder: Path) -> None:
    path = folder / use_cache.MANIFEST
    manifest = json.loads(path.read_text())
    manifest["sources"]["weights.npz"][0] += 1
    path.write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    "damage", [_damage_table, _damage_weights, _damage_tokenizer, _drop_manifest, _other_sources]
)
def test_a_damaged_or_stale_cache_is_rebuilt(root: Path, reference: Any, damage: Any) -> None:
    use_cache.load_use(root, 2)
    folder = use_cache.cache_folder(root)
    damage(folder)
    with pytest.raises(use_cache.CacheError):
        use_cache.load_cached(folder, 2)
    model = use_cache.load_use(root, 2)
    assert model is not reference
    assert float(np.abs(model.encode(TEXTS[:3]) - reference.encode(TEXTS[:3])).max()) <= 1e-6
    use_cache.load_cached(folder, 2)  # the folder itself is whole again
    assert sorted(p.name for p in root.iterdir()) == [folder.name]


def test_an_unwritable_cache_falls_back_to_the_package(tmp_path: Path, root: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert use_cache.load_use(blocked, 2) is use_cache._package_model(2)


def test_other_versions_and_dead_builds_are_removed(root: Path) -> None:
    root.mkdir(parents=True)
    (root / f"{use_cache.PREFIX}0.0.1").mkdir()
    dead = root / ".build-dead"
    dead.mkdir()
    young = root / ".build-young"
    young.mkdir()
    old = 1_000_000_000
    os.utime(dead, (old, old))
    use_cache.load_use(root, 2)
    names = sorted(p.name for p in root.iterdir())
    assert names == [".build-young", use_cache.cache_folder(root).name]


_FIRST_USE = """
import json, sys
from pathlib import Path
from assistant.index.use_cache import load_use
model = load_use(Path(sys.argv[1]), 2)
print(json.dumps(model.encode(["te laat", "refund took weeks"]).tolist()))
"""


def test_two_processes_unpacking_at_once_both_get_the_vectors(
    tmp_path: Path, reference: Any
) -> None:
    root = tmp_path / "shared"
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _FIRST_USE, str(root)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    expected = reference.encode(["te laat", "refund took weeks"])
    for out, _ in outputs:
        assert float(np.abs(np.array(json.loads(out)) - expected).max()) <= 1e-6
    folder = use_cache.cache_folder(root)
    assert sorted(p.name for p in root.iterdir()) == [folder.name]  # no half-built folder left
    use_cache.load_cached(folder, 2)
