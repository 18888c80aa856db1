"""The job queue: cursors of resumable jobs, and procrastinate's schema (PostgreSQL only).

On SQLite the queue is in memory inside ``rempart serve``, so only ``job_cursors`` is created.
On PostgreSQL this applies the schema of the installed procrastinate (3.x); a later procrastinate
release that ships schema migrations needs a Rempart migration applying them in turn.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rempart.db

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _at(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, rempart.db.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "job_cursors",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("processed", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("queued", sa.Integer(), nullable=False),
        _at("started_at"),
        _at("updated_at"),
        _at("finished_at", nullable=True),
        sa.PrimaryKeyConstraint("name", name="pk_job_cursors"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from procrastinate.schema import SchemaManager

        # Run on the DBAPI cursor without parameters, so psycopg leaves '%' and ':' alone.
        with bind.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(SchemaManager.get_schema())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        with bind.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(_DROP_PROCRASTINATE)
    op.drop_table("job_cursors")


#: Drops every procrastinate table, function and type of the current schema.
_DROP_PROCRASTINATE = """
            DO $$
            DECLARE item record;
            BEGIN
              FOR item IN SELECT tablename FROM pg_tables
                          WHERE schemaname = current_schema() AND tablename LIKE 'procrastinate%'
              LOOP EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', item.tablename); END LOOP;
              FOR item IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
                          JOIN pg_namespace n ON n.oid = p.pronamespace
                          WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate%'
              LOOP EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', item.signature); END LOOP;
              FOR item IN SELECT t.typname FROM pg_type t
                          JOIN pg_namespace n ON n.oid = t.typnamespace
                          WHERE n.nspname = current_schema() AND t.typname LIKE 'procrastinate%'
                            AND t.typtype IN ('e', 'c')
              LOOP EXECUTE format('DROP TYPE IF EXISTS %I CASCADE', item.typname); END LOOP;
            END $$;
"""
