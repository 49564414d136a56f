"""Read a text file whatever its encoding: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252."""

from __future__ import annotations

import codecs
from pathlib import Path

from assistant.errors import InputError


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding used). Raises InputError for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError(
            f"{name}: this looks like a binary file, not text; export it as CSV, JSON or text"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(
            f"{name}: cannot read the text encoding; save the file as UTF-8 and try again"
        )
    return str(best), best.encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: the file says it is {encoding} but byte {exc.start} is not; "
            "save it as UTF-8 and try again"
        ) from exc


def read_text(path: Path) -> tuple[str, str]:
    """Read and decode a file; newlines are normalised to \\n."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: file not found") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from exc
    text, encoding = decode_bytes(data, str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
