"""Unbounded text for the values that come from outside: a channel, an external id or a
file path in an export, a person's name, a backlog title, an erasure's selector, an API
key's name. PostgreSQL enforces VARCHAR lengths (SQLite never did), and a 129-character
ticket id must not stop an import there.

On SQLite nothing changes: its columns already keep text of any length, and altering a
type would rebuild every table of a home for nothing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WIDENED = (  # table, column, the baseline's length
    ("records", "channel", 64),
    ("records", "external_id", 128),
    ("records", "source_file", 512),
    ("corrections", "who", 128),
    ("backlogs", "title", 256),
    ("erasures", "who", 128),
    ("erasures", "selector", 256),
    ("api_keys", "name", 128),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column, length in WIDENED:
        op.alter_column(
            table, column, type_=sa.Text(), existing_type=sa.String(length), existing_nullable=False
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column, length in WIDENED:
        op.alter_column(
            table, column, type_=sa.String(length), existing_type=sa.Text(), existing_nullable=False
        )
