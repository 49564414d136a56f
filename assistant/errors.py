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
