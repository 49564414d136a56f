"""Alembic migrations of the SQL schema (run through assistant.store.schema)."""
