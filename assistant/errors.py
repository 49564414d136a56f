"""One error hierarchy for the core; the CLI and the API turn these into messages and codes."""

from __future__ import annotations


class JourneyError(Exception):
    """Base class: a problem the user can act on. The message says what to do next."""

    exit_code = 1


class InputError(JourneyError):
    """A file or argument that cannot be used at all (missing, unknown format, unreadable)."""

    exit_code = 2


class ConfigError(JourneyError):
    """Settings that cannot work (bad URL, missing key, unknown model)."""

    exit_code = 3


class NotFoundError(JourneyError):
    """A workspace, record or entry that does not exist."""

    exit_code = 4


class UnavailableError(ConfigError):
    """A server this needs does not answer now (down, restarting, connection dropped):
    nothing was changed, and the same command works again once it is back."""

    code = "unavailable"


class DatabaseUnavailable(UnavailableError):
    code = "database_unavailable"


class IndexUnavailable(UnavailableError):
    code = "index_unavailable"


class StorageFullError(JourneyError):
    """A write failed for lack of space (disk full, quota, file-size limit)."""

    code = "storage_full"
