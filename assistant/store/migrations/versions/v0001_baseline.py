"""Baseline: the schema as it was when migrations began (December 2026).

The tables are written out here, frozen, not taken from assistant/store/db.py: a later
change to the models needs a revision of its own. A home from before migrations (tables,
no ``alembic_version``) is brought to this baseline by :func:`complete_legacy`, then
stamped with it; see assistant/store/schema.py.

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def baseline_metadata() -> sa.MetaData:
    """Every table of the baseline, as create_all of that day's models made them."""
    meta = sa.MetaData()
    sa.Table(
        "records",
        meta,
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("workspace", sa.String(64), nullable=False, index=True),
        sa.Column("source_type", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False, default=""),
        sa.Column("external_id", sa.String(128), nullable=False, default=""),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("turns", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=True),
        sa.Column("rating", sa.Float, nullable=True),
        sa.Column("language", sa.String(8), nullable=False, default="other"),
        sa.Column("customer_ref", sa.String(40), nullable=True),
        sa.Column("metadata", sa.JSON, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source_file", sa.String(512), nullable=False, default=""),
        sa.Column("source_line", sa.Integer, nullable=True),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("workspace", "content_hash", name="uq_records_workspace_hash"),
        sa.Index("ix_records_workspace_created", "workspace", "created_at"),
    )
    sa.Table(
        "workspaces",
        meta,
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False, default=0),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "tags",
        meta,
        sa.Column(
            "record_id",
            sa.String(32),
            sa.ForeignKey("records.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("phase_model", sa.String(64), primary_key=True),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("phase", sa.String(64), nullable=False),
        sa.Column("phase_confidence", sa.Float, nullable=False),
        sa.Column("emotion", sa.String(32), nullable=False),
        sa.Column("emotion_confidence", sa.Float, nullable=False),
        sa.Column("intensity", sa.Integer, nullable=False, default=1),
        sa.Column("sentiment", sa.Integer, nullable=False, default=0),
        sa.Column("touchpoint", sa.String(64), nullable=True),
        sa.Column("pain_point", sa.Text, nullable=True),
        sa.Column("evidence", sa.Text, nullable=True),
        sa.Column("classifier", sa.String(32), nullable=False),
        sa.Column("model", sa.String(128), nullable=False, default=""),
        sa.Column("prompt_version", sa.String(32), nullable=False, default=""),
        sa.Column("taxonomy_version", sa.String(64), nullable=False, default=""),
        sa.Column("fallback", sa.Boolean, nullable=False, default=False),
        sa.Column("tagged_at", sa.DateTime, nullable=False),
        sa.Index("ix_tags_workspace_phase", "workspace", "phase_model", "phase"),
    )
    sa.Table(
        "corrections",
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column(
            "record_id",
            sa.String(32),
            sa.ForeignKey("records.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("phase_model", sa.String(64), nullable=False),
        sa.Column("phase", sa.String(64), nullable=False),
        sa.Column("emotion", sa.String(32), nullable=False),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Index("ix_corrections_workspace", "workspace", "phase_model"),
    )
    sa.Table(
        "jobs",
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("workspace", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(32), nullable=False, default="tag"),
        sa.Column("classifier", sa.String(32), nullable=False),
        sa.Column("phase_model", sa.String(64), nullable=False),
        sa.Column("only_untagged", sa.Boolean, nullable=False, default=False),
        sa.Column("status", sa.String(16), nullable=False, default="running"),
        sa.Column("origin", sa.String(16), nullable=False, default="cli"),
        sa.Column("total", sa.Integer, nullable=False, default=0),
        sa.Column("done", sa.Integer, nullable=False, default=0),
        sa.Column("cached", sa.Integer, nullable=False, default=0),
        sa.Column("fallbacks", sa.Integer, nullable=False, default=0),
        sa.Column("stats", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "tag_cache",
        meta,
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("tag", sa.JSON, nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=True, index=True),
    )
    sa.Table(
        "audits",
        meta,
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("workspace", sa.String(64), nullable=True, index=True),
        sa.Column("lang", sa.String(2), nullable=False, default="en"),
        sa.Column("step", sa.String(32), nullable=False, default="goal"),
        sa.Column("goal", sa.Text, nullable=False, default=""),
        sa.Column("state", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "map_versions",
        meta,
        sa.Column(
            "audit_id",
            sa.String(32),
            sa.ForeignKey("audits.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("reason", sa.String(32), nullable=False, default="finished"),
        sa.Column("data_records", sa.Integer, nullable=False, default=0),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "backlogs",
        meta,
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("workspace", sa.String(64), nullable=False, default=""),
        sa.Column("title", sa.String(256), nullable=False, default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Index("ix_backlogs_workspace_created", "workspace", "created_at"),
    )
    sa.Table(
        "erasures",
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("selector", sa.String(256), nullable=False),
        sa.Column("counts", sa.JSON, nullable=False),
    )
    sa.Table(
        "api_keys",
        meta,
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("workspace", sa.String(64), nullable=False, index=True),
        sa.Column("name", sa.String(128), nullable=False, default=""),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
        sa.Column("last_used_at", sa.DateTime, nullable=True),
    )
    return meta


def upgrade() -> None:
    baseline_metadata().create_all(op.get_bind())


def downgrade() -> None:
    baseline_metadata().drop_all(op.get_bind())


def complete_legacy(connection: sa.Connection) -> list[str]:
    """Bring a database made before migrations up to the baseline: create the tables it
    lacks and add the columns and indexes that later versions introduced (what the old
    ``add_missing_columns`` did on every open). Only additions; nothing is dropped or
    changed. Returns what was done, one line per change."""
    meta = baseline_metadata()
    inspector = sa.inspect(connection)
    present_tables = set(inspector.get_table_names())
    done: list[str] = []
    for table in meta.sorted_tables:
        if table.name not in present_tables:
            table.create(connection)
            done.append(f"created table {table.name}")
            continue
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            connection.execute(sa.text(_add_column(connection, table.name, column)))
            done.append(f"added column {table.name}.{column.name}")
        indexes = {i["name"] for i in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes:
                index.create(connection)
                done.append(f"created index {index.name}")
    return done


def _add_column(connection: sa.Connection, table: str, column: sa.Column[object]) -> str:
    """ALTER TABLE ... ADD COLUMN, nullable, with the model's default for existing rows."""
    kind = column.type.compile(dialect=connection.dialect)
    default = getattr(column.default, "arg", None)
    clause = ""
    if default is not None and not callable(default):
        value = sa.literal(default).compile(connection, compile_kwargs={"literal_binds": True})
        clause = f" DEFAULT {value}"
    quote = connection.dialect.identifier_preparer.quote
    return f"ALTER TABLE {quote(table)} ADD COLUMN {quote(column.name)} {kind}{clause}"
