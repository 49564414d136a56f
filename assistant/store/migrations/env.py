"""Alembic's environment: run by assistant.store.schema with the connection to migrate.

There is no alembic.ini: `journey db upgrade` is how migrations run. The connection comes
in ``config.attributes["connection"]``, already inside the transaction that holds the
schema lock, so Alembic opens no transaction of its own.
"""

from __future__ import annotations

from alembic import context

from assistant.store.db import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `journey db upgrade` (assistant.store.schema)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
)
with context.begin_transaction():
    context.run_migrations()
