"""The shared types: plain Pydantic models (and a few constants) that every layer understands.

This package is the bottom layer: it imports nothing from ``assistant`` but itself, so the
store, the indexes and every feature package can share these types without importing one
another (``tests/test_layers.py`` keeps it so). One module per family:

- :mod:`.records`: records, turns and the ingest report (re-exported here);
- :mod:`.search`: search filters and hits (re-exported here);
- :mod:`.tags`: a record's tag, ``UNKNOWN_PHASE`` and ``DEFAULT_PHASE_MODEL``;
- :mod:`.examples`: a labelled example (bundled, from the taxonomy, or a correction);
- :mod:`.journey_map`: the journey map with the provenance of every element;
- :mod:`.audit`: the self-audit's state;
- :mod:`.backlog`: fixes, pain clusters and the backlog.

Only records and search types are importable from ``assistant.models`` itself (as they
always were); import the others from their module, which keeps ``import assistant.models``
as light as a command needs.
"""

from assistant.models.records import (
    SOURCE_TYPES,
    IngestReport,
    Language,
    Record,
    Reject,
    SourceType,
    Speaker,
    Turn,
    epoch_seconds,
)
from assistant.models.search import SearchFilters, SearchHit

__all__ = [
    "SOURCE_TYPES",
    "IngestReport",
    "Language",
    "Record",
    "Reject",
    "SearchFilters",
    "SearchHit",
    "SourceType",
    "Speaker",
    "Turn",
    "epoch_seconds",
]
