"""Pile-on protection (targets, hits, events, incidents), @mentions, and an index on account handles.

Evidence bundles need no table: they read comments, contents and decisions.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rempart.db

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _at(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, rempart.db.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "pileon_targets",
        sa.Column("account_id", sa.String(length=128), nullable=False),
        _at("last_event_at"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name="fk_pileon_targets_account_id_accounts", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("account_id", name="pk_pileon_targets"),
    )
    op.create_table(
        "pileon_hits",
        sa.Column("target_id", sa.String(length=128), nullable=False),
        sa.Column("actor_id", sa.String(length=128), nullable=False),
        _at("last_at"),
        sa.PrimaryKeyConstraint("target_id", "actor_id", name="pk_pileon_hits"),
    )
    op.create_index("ix_pileon_hits_target_last", "pileon_hits", ["target_id", "last_at"])
    op.create_table(
        "pileon_incidents",
        sa.Column("id", BigId, nullable=False),
        sa.Column("target_id", sa.String(length=128), nullable=False),
        _at("opened_at"),
        sa.Column("accounts_at_open", sa.Integer(), nullable=False),
        _at("last_event_at"),
        _at("closed_at", True),
        sa.Column("close_reason", sa.String(length=32), nullable=True),
        sa.Column("closed_by", sa.String(length=128), nullable=True),
        _at("reviewed_at", True),
        sa.ForeignKeyConstraint(["target_id"], ["accounts.id"],
                                name="fk_pileon_incidents_target_id_accounts", ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_pileon_incidents"),
    )
    op.create_index("uq_pileon_incidents_open_target", "pileon_incidents", ["target_id"],
                    unique=True, sqlite_where=sa.text("closed_at IS NULL"),
                    postgresql_where=sa.text("closed_at IS NULL"))
    op.create_index("ix_pileon_incidents_target_opened", "pileon_incidents",
                    ["target_id", "opened_at"])
    op.create_index("ix_pileon_incidents_opened_at", "pileon_incidents", ["opened_at"])
    op.create_table(
        "pileon_events",
        sa.Column("id", BigId, nullable=False),
        sa.Column("target_id", sa.String(length=128), nullable=False),
        sa.Column("actor_id", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("comment_id", BigId, nullable=True),
        sa.Column("report_id", BigId, nullable=True),
        _at("at"),
        sa.Column("incident_id", BigId, nullable=True),
        sa.ForeignKeyConstraint(["comment_id"], ["comments.id"],
                                name="fk_pileon_events_comment_id_comments", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"],
                                name="fk_pileon_events_report_id_reports", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["incident_id"], ["pileon_incidents.id"],
                                name="fk_pileon_events_incident_id_pileon_incidents",
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_pileon_events"),
    )
    op.create_index("ix_pileon_events_target_at", "pileon_events", ["target_id", "at"])
    op.create_index("ix_pileon_events_incident_actor", "pileon_events", ["incident_id", "actor_id"])
    op.create_index("ix_pileon_events_comment_id", "pileon_events", ["comment_id"])
    op.create_table(
        "comment_mentions",
        sa.Column("comment_id", BigId, nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(["comment_id"], ["comments.id"],
                                name="fk_comment_mentions_comment_id_comments", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("comment_id", "account_id", name="pk_comment_mentions"),
    )
    op.create_index("ix_comment_mentions_account", "comment_mentions", ["account_id", "comment_id"])
    op.create_index("ix_accounts_handle", "accounts", ["handle"])


def downgrade() -> None:
    op.drop_index("ix_accounts_handle", table_name="accounts")
    op.drop_table("comment_mentions")
    op.drop_table("pileon_events")
    op.drop_table("pileon_incidents")
    op.drop_table("pileon_hits")
    op.drop_table("pileon_targets")
