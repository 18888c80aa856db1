"""Reconsider checks, community guidelines (seeded with the defaults), reports.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:47:47.027483
"""

from __future__ import annotations

import datetime

import sqlalchemy as sa
from alembic import op

import rempart.db
from rempart.moderation.guideline_defaults import DEFAULT_GUIDELINES, DEFAULT_GUIDELINES_URL

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guidelines",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title_fr", sa.String(length=200), nullable=False),
        sa.Column("title_en", sa.String(length=200), nullable=False),
        sa.Column("summary_fr", sa.Text(), nullable=False),
        sa.Column("summary_en", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("updated_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidelines")),
    )
    with op.batch_alter_table("guidelines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guidelines_category"), ["category"], unique=False)

    op.create_table(
        "reports",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("target_type", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.String(length=128), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("reporter_account_id", sa.String(length=128), nullable=True),
        sa.Column(
            "reporter_key_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("due_at", rempart.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", rempart.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_reports_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reporter_key_id"],
            ["api_keys.id"],
            name=op.f("fk_reports_reporter_key_id_api_keys"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reports_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reports_reporter_account_id"), ["reporter_account_id"], unique=False
        )
        batch_op.create_index(
            "ix_reports_status_priority_due", ["status", "priority", "due_at"], unique=False
        )
        batch_op.create_index(
            "ix_reports_target", ["target_type", "target_id", "status"], unique=False
        )

    op.create_table(
        "checks",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("author_id", sa.String(length=128), nullable=False),
        sa.Column("content_id", sa.String(length=128), nullable=False),
        sa.Column("text_digest", sa.String(length=64), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("nudge", sa.Boolean(), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("toxicity", sa.Float(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("rule_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("outcome_at", rempart.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "comment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["accounts.id"],
            name=op.f("fk_checks_author_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_checks_comment_id_comments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["content_id"],
            ["contents.id"],
            name=op.f("fk_checks_content_id_contents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checks")),
    )
    with op.batch_alter_table("checks", schema=None) as batch_op:
        batch_op.create_index("ix_checks_created_outcome", ["created_at", "outcome"], unique=False)

    guidelines = sa.table(
        "guidelines",
        sa.column("id", sa.String),
        sa.column("category", sa.String),
        sa.column("position", sa.Integer),
        sa.column("title_fr", sa.String),
        sa.column("title_en", sa.String),
        sa.column("summary_fr", sa.Text),
        sa.column("summary_en", sa.Text),
        sa.column("url", sa.String),
        sa.column("updated_at", rempart.db.UTCDateTime()),
    )
    seeded_at = datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)
    op.bulk_insert(
        guidelines,
        [
            {
                "id": rule_id,
                "category": category,
                "position": position,
                "title_fr": title_fr,
                "title_en": title_en,
                "summary_fr": summary_fr,
                "summary_en": summary_en,
                "url": f"{DEFAULT_GUIDELINES_URL}#{rule_id}",
                "updated_at": seeded_at,
            }
            for position, (
                rule_id,
                category,
                title_fr,
                title_en,
                summary_fr,
                summary_en,
            ) in enumerate(DEFAULT_GUIDELINES)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("checks", schema=None) as batch_op:
        batch_op.drop_index("ix_checks_created_outcome")

    op.drop_table("checks")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_index("ix_reports_target")
        batch_op.drop_index("ix_reports_status_priority_due")
        batch_op.drop_index(batch_op.f("ix_reports_reporter_account_id"))
        batch_op.drop_index(batch_op.f("ix_reports_organisation_id"))

    op.drop_table("reports")
    with op.batch_alter_table("guidelines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guidelines_category"))

    op.drop_table("guidelines")
