"""Decisions (append-only), appeals, strikes, sanctions, review claims, reporter suspensions, webhooks.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rempart.db

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _at(name: str, nullable: bool = False) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, rempart.db.UTCDateTime(timezone=True), nullable=nullable)


def _fk(column: str, table: str, referred: str, ondelete: str = "RESTRICT") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=f"fk_{table}_{column}_{referred}",
                                   ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", BigId, nullable=False),
        sa.Column("target_type", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.String(length=128), nullable=False),
        sa.Column("author_id", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.Column("ground", sa.String(length=32), nullable=True),
        sa.Column("legal_ground", sa.Text(), nullable=True),
        sa.Column("rule", sa.JSON(), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("automated_detection", sa.Boolean(), nullable=False),
        sa.Column("automated_decision", sa.String(length=16), nullable=False),
        sa.Column("decided_by_type", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=128), nullable=False),
        _at("decided_at"),
        _at("ends_at", True),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("reports_resolved", sa.Integer(), nullable=False),
        sa.Column("previous_status", sa.String(length=16), nullable=True),
        sa.Column("new_status", sa.String(length=16), nullable=True),
        sa.Column("reverses_id", BigId, nullable=True),
        _fk("reverses_id", "decisions", "decisions"),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
    )
    op.create_index("ix_decisions_target", "decisions", ["target_type", "target_id"])
    op.create_index("ix_decisions_author_decided", "decisions", ["author_id", "decided_at"])
    op.create_index("ix_decisions_decided_at", "decisions", ["decided_at"])
    op.create_index("ix_decisions_reverses_id", "decisions", ["reverses_id"])

    op.create_table(
        "appeals",
        sa.Column("id", BigId, nullable=False),
        sa.Column("decision_id", BigId, nullable=False),
        sa.Column("appellant_role", sa.String(length=16), nullable=False),
        sa.Column("appellant_account_id", sa.String(length=128), nullable=True),
        sa.Column("appellant_key_id", BigId, nullable=True),
        sa.Column("organisation_id", BigId, nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        _at("created_at"),
        _at("due_at"),
        _at("decided_at", True),
        sa.Column("decided_by", sa.String(length=128), nullable=True),
        sa.Column("outcome_explanation", sa.Text(), nullable=True),
        sa.Column("result_decision_id", BigId, nullable=True),
        _fk("decision_id", "appeals", "decisions"),
        _fk("appellant_key_id", "appeals", "api_keys", "SET NULL"),
        _fk("organisation_id", "appeals", "organisations"),
        _fk("result_decision_id", "appeals", "decisions"),
        sa.PrimaryKeyConstraint("id", name="pk_appeals"),
    )
    op.create_index("ix_appeals_decision_id", "appeals", ["decision_id"])
    op.create_index("ix_appeals_status_due", "appeals", ["status", "due_at"])

    op.create_table(
        "strikes",
        sa.Column("id", BigId, nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("decision_id", BigId, nullable=False),
        _at("created_at"),
        _at("expires_at"),
        _at("revoked_at", True),
        sa.Column("revoked_by_decision_id", BigId, nullable=True),
        _fk("decision_id", "strikes", "decisions"),
        _fk("revoked_by_decision_id", "strikes", "decisions"),
        sa.PrimaryKeyConstraint("id", name="pk_strikes"),
        sa.UniqueConstraint("decision_id", name="uq_strikes_decision_id"),
    )
    op.create_index("ix_strikes_account_expires", "strikes", ["account_id", "expires_at"])

    op.create_table(
        "account_sanctions",
        sa.Column("id", BigId, nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        _at("starts_at"),
        _at("ends_at", True),
        sa.Column("decision_id", BigId, nullable=False),
        sa.Column("strike_threshold", sa.Integer(), nullable=True),
        _at("lifted_at", True),
        sa.Column("lifted_by_decision_id", BigId, nullable=True),
        _fk("decision_id", "account_sanctions", "decisions"),
        _fk("lifted_by_decision_id", "account_sanctions", "decisions"),
        sa.PrimaryKeyConstraint("id", name="pk_account_sanctions"),
    )
    op.create_index("ix_account_sanctions_account", "account_sanctions", ["account_id", "lifted_at"])

    op.create_table(
        "review_claims",
        sa.Column("item_id", sa.String(length=160), nullable=False),
        sa.Column("moderator_id", sa.String(length=128), nullable=False),
        _at("claimed_at"),
        _at("expires_at"),
        sa.PrimaryKeyConstraint("item_id", name="pk_review_claims"),
    )

    op.create_table(
        "reporter_suspensions",
        sa.Column("id", BigId, nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _at("starts_at"),
        _at("ends_at"),
        sa.Column("decided_by", sa.String(length=128), nullable=False),
        sa.Column("unfounded_reports", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reporter_suspensions"),
    )
    op.create_index("ix_reporter_suspensions_account", "reporter_suspensions", ["account_id", "ends_at"])

    op.create_table(
        "webhooks",
        sa.Column("id", BigId, nullable=False),
        sa.Column("key_id", BigId, nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("secret", sa.String(length=100), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        _at("created_at"),
        _at("deleted_at", True),
        _fk("key_id", "webhooks", "api_keys"),
        sa.PrimaryKeyConstraint("id", name="pk_webhooks"),
    )
    op.create_index("ix_webhooks_key_id", "webhooks", ["key_id"])

    op.create_table(
        "webhook_deliveries",
        sa.Column("id", BigId, nullable=False),
        sa.Column("webhook_id", BigId, nullable=False),
        sa.Column("event_id", sa.String(length=32), nullable=False),
        sa.Column("event", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _at("next_attempt_at"),
        _at("locked_until", True),
        _at("created_at"),
        _at("delivered_at", True),
        sa.Column("last_error", sa.Text(), nullable=True),
        _fk("webhook_id", "webhook_deliveries", "webhooks"),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_deliveries"),
    )
    op.create_index("ix_webhook_deliveries_due", "webhook_deliveries", ["status", "next_attempt_at"])
    op.create_index("ix_webhook_deliveries_webhook_id", "webhook_deliveries", ["webhook_id"])

    op.create_table(
        "webhook_attempts",
        sa.Column("id", BigId, nullable=False),
        sa.Column("delivery_id", BigId, nullable=False),
        _at("attempted_at"),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        _fk("delivery_id", "webhook_attempts", "webhook_deliveries", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_attempts"),
    )
    op.create_index("ix_webhook_attempts_delivery_id", "webhook_attempts", ["delivery_id"])

    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decision_id", BigId, nullable=True))
        batch_op.create_index("ix_reports_decision_id", ["decision_id"], unique=False)
        batch_op.create_foreign_key("fk_reports_decision_id_decisions", "decisions",
                                    ["decision_id"], ["id"], ondelete="RESTRICT")

    for statement in rempart.db.append_only_statements(op.get_bind().dialect.name, "decisions"):
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_constraint("fk_reports_decision_id_decisions", type_="foreignkey")
        batch_op.drop_index("ix_reports_decision_id")
        batch_op.drop_column("decision_id")
    for table in ("webhook_attempts", "webhook_deliveries", "webhooks", "reporter_suspensions",
                  "review_claims", "account_sanctions", "strikes", "appeals", "decisions"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS decisions_append_only()")
