"""Moving a home's SQL data to another database (`journey db copy --to URL`).

Every table, parents before children (the foreign keys' order), read in batches and
written in one transaction on the target: a copy that fails leaves the target as empty as
it was. The target must hold none of our rows; both databases are at the same schema
revision (each was created or upgraded on open). Vectors are not SQL: the target's index
is rebuilt from the copied records (see `journey db copy --chroma-url`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.exc import IntegrityError

from assistant.errors import InputError
from assistant.store.db import Base, Database, driver_reason

BATCH = 1000  # rows per read and per INSERT
Progress = Callable[[int, int], None]  # rows copied, rows to copy (all tables)


def row_counts(db: Database) -> dict[str, int]:
    """Rows per table, in dependency order."""
    with db.engine.connect() as connection:
        return {
            table.name: int(
                connection.execute(select(func.count()).select_from(table)).scalar() or 0
            )
            for table in Base.metadata.sorted_tables
        }


def copy_rows(
    source: Database, target: Database, batch: int = BATCH, progress: Progress | None = None
) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``; returns rows per table."""
    if source.engine.url == target.engine.url:
        raise InputError("the target is the source database itself: give another --to URL")
    filled = {name: n for name, n in row_counts(target).items() if n}
    if filled:
        listing = ", ".join(f"{name} {n}" for name, n in filled.items())
        raise InputError(
            f"the target database {target.engine.url.render_as_string()} already holds rows "
            f"({listing}); copy into an empty database"
        )
    total = sum(row_counts(source).values())
    copied: dict[str, int] = {}
    try:
        with source.engine.connect() as reading, target.engine.begin() as writing:
            for table in Base.metadata.sorted_tables:
                copied[table.name] = 0
                query = select(table).order_by(*table.primary_key.columns)
                result = reading.execution_options(yield_per=batch).execute(query)
                for rows in result.partitions():
                    writing.execute(table.insert(), [dict(row._mapping) for row in rows])
                    copied[table.name] += len(rows)
                    if progress:
                        progress(sum(copied.values()), total)
            if writing.dialect.name == "postgresql":
                for table in Base.metadata.sorted_tables:
                    _advance_sequence(writing, table)
    except IntegrityError as exc:
        raise InputError(
            f"the copy stopped at table {table.name}: {driver_reason(exc)}. Nothing was "
            "stored in the target; the source holds rows the target's constraints refuse"
        ) from exc
    return copied


def _advance_sequence(connection: Connection, table: Table) -> None:
    """After rows came in with their ids, the next id PostgreSQL hands out is past them."""
    for column in table.primary_key.columns:
        if column.autoincrement is not True:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                f"COALESCE(MAX({column.name}), 0) + 1, false) FROM {table.name}"
            )
        )
