"""SQL storage: the truth for records, tags and everything derived from them."""

from assistant.store.db import Database, open_database
from assistant.store.records import RecordStore

__all__ = ["Database", "RecordStore", "open_database"]
