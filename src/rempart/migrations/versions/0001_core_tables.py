"""Core tables: accounts, contents, comments, creator settings, API keys, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 14:41:41.397359
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rempart.db

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=True),
        sa.Column("created_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_type", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target_type", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=128), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "organisations",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("due_hours", sa.Integer(), nullable=False),
        sa.Column("created_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("name", name=op.f("uq_organisations_name")),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column(
            "organisation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("created_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", rempart.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_api_keys_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_api_keys_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("digest", name=op.f("uq_api_keys_digest")),
    )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_keys_prefix"), ["prefix"], unique=False)

    op.create_table(
        "contents",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("creator_id", sa.String(length=128), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("created_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["creator_id"],
            ["accounts.id"],
            name=op.f("fk_contents_creator_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contents")),
    )
    with op.batch_alter_table("contents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contents_creator_id"), ["creator_id"], unique=False)

    op.create_table(
        "comments",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("content_id", sa.String(length=128), nullable=False),
        sa.Column("author_id", sa.String(length=128), nullable=False),
        sa.Column("parent_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("toxicity", sa.Float(), nullable=True),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("model_version", sa.String(length=64), nullable=True),
        sa.Column("created_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["accounts.id"],
            name=op.f("fk_comments_author_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["content_id"],
            ["contents.id"],
            name=op.f("fk_comments_content_id_contents"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["comments.id"],
            name=op.f("fk_comments_parent_id_comments"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
        sa.UniqueConstraint("external_id", name=op.f("uq_comments_external_id")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_comments_idempotency_key")),
    )
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_comments_author_created", ["author_id", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_comments_content_status_id", ["content_id", "status", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_comments_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index("ix_comments_status_created", ["status", "created_at"], unique=False)

    op.create_table(
        "creator_settings",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("content_id", sa.String(length=128), nullable=True),
        sa.Column("filter_mode", sa.String(length=16), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("approved_commenters", sa.JSON(), nullable=False),
        sa.Column("blocked_accounts", sa.JSON(), nullable=False),
        sa.Column("restricted_accounts", sa.JSON(), nullable=False),
        sa.Column("updated_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_creator_settings_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["content_id"],
            ["contents.id"],
            name=op.f("fk_creator_settings_content_id_contents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_creator_settings")),
        sa.UniqueConstraint("content_id", name=op.f("uq_creator_settings_content_id")),
    )
    with op.batch_alter_table("creator_settings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_creator_settings_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            "uq_creator_settings_account_default",
            ["account_id"],
            unique=True,
            sqlite_where=sa.text("content_id IS NULL"),
            postgresql_where=sa.text("content_id IS NULL"),
        )

    for statement in rempart.db.append_only_statements(op.get_bind().dialect.name, "audit_log"):
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("creator_settings", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_creator_settings_account_default",
            sqlite_where=sa.text("content_id IS NULL"),
            postgresql_where=sa.text("content_id IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_creator_settings_account_id"))

    op.drop_table("creator_settings")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_status_created")
        batch_op.drop_index(batch_op.f("ix_comments_parent_id"))
        batch_op.drop_index("ix_comments_content_status_id")
        batch_op.drop_index("ix_comments_author_created")

    op.drop_table("comments")
    with op.batch_alter_table("contents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contents_creator_id"))

    op.drop_table("contents")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_keys_prefix"))

    op.drop_table("api_keys")
    op.drop_table("organisations")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    op.drop_table("accounts")
