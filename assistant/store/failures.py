"""Storage failures the user can act on, told apart from bugs at the CLI's and the API's
error boundary: a database whose connection dropped or that cannot be reached, a locked
or unreadable SQLite file, and a write that failed for lack of space (disk full, quota,
a file-size limit). Anything else stays an internal error with its traceback in the log."""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from assistant.errors import DatabaseUnavailable, JourneyError, StorageFullError

SPACE_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
# what a Rust or C library (Chroma's core, numpy) says for a full disk
SPACE_WORDS = (
    "no space left on device",
    "file too large",
    "disk quota exceeded",
    "database or disk is full",
    "os error 27)",
    "os error 28)",
    "(code: 13)",  # SQLITE_FULL inside Chroma's embedded database
    "(code: 778)",  # SQLITE_IOERR_WRITE: what a file-size limit looks like to SQLite
)
SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN = 13, 10, 5, 6, 14
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def shown_url(url: str) -> str:
    """A database URL as messages show it: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "the configured database"


def _first_line(exc: BaseException) -> str:
    said = str(exc).strip()
    return said.splitlines()[0][:300] if said else type(exc).__name__


def _space(what: str) -> StorageFullError:
    return StorageFullError(
        f"disk full or file too large: {what}; free some space (or raise the file-size "
        "limit) and run it again: a batch that failed was not stored, and `journey doctor` "
        "shows whether an index fell behind"
    )


def _unavailable(database: str, reason: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        f"the database {database} is not available ({reason}); nothing was changed: try "
        "again when it is back (`journey db current` tries the connection)"
    )


def _sqlite(exc: sqlite3.Error, database: str) -> JourneyError | None:
    code = getattr(exc, "sqlite_errorcode", -1) & 0xFF
    reason = _first_line(exc)
    if code in (SQLITE_FULL, SQLITE_IOERR) or "disk is full" in reason:
        return _space(f"{database} ({reason})")
    if code in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN):
        return _unavailable(database, reason)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseUnavailable(
            f"the database {database} cannot be read ({reason}): the file is damaged; "
            "restore it from a backup, or move it away to start afresh"
        )
    return None


def storage_failure(exc: BaseException, database: str) -> JourneyError | None:
    """The clear error for ``exc`` when it is a storage failure, else None. ``database`` is
    the URL of the database in use (shown without its password)."""
    where = shown_url(database)
    if isinstance(exc, DBAPIError):
        orig = exc.orig
        if isinstance(orig, sqlite3.Error):
            return _sqlite(orig, where)
        if exc.connection_invalidated or type(orig).__name__ == "OperationalError":
            return _unavailable(where, _first_line(orig) if orig else type(exc).__name__)
        return None
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc, where)
    if isinstance(exc, OSError) and exc.errno in SPACE_ERRNOS:
        return _space(f"{exc.filename or 'a data file'} ({exc.strerror or _first_line(exc)})")
    said = str(exc).lower()
    if any(words in said for words in SPACE_WORDS):
        return _space(_first_line(exc))
    return None
