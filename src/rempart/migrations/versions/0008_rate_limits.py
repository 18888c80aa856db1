"""Rate-limit counters (per key, per window), shared by every worker; an index for the author limit.

``rate_limits`` holds disposable counters: on PostgreSQL it is UNLOGGED (see
``rempart.db.disposable_table_prefixes``). The author limit counts the author's recent comments
(``ix_comments_author_created`` exists since 0001) and drafts checked, which this index serves.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rempart.db

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_rate_limits"),
        prefixes=rempart.db.disposable_table_prefixes(op.get_bind().dialect.name),
    )
    op.create_index("ix_checks_author_created", "checks", ["author_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_checks_author_created", table_name="checks")
    op.drop_table("rate_limits")
