"""Indexes for the transparency figures: each aggregate reads one range of one index.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: (index name, table, columns) — the period column first, then what the figures group by.
INDEXES = (
    ("ix_comments_created_lang_status", "comments", ["created_at", "lang", "status"]),
    ("ix_decisions_decided_action_category", "decisions", ["decided_at", "action", "category"]),
    # "was this comment reported before it was removed?" (the proactive rate)
    ("ix_reports_target_created", "reports", ["target_type", "target_id", "created_at"]),
    ("ix_reports_created_source_reason", "reports", ["created_at", "source", "reason"]),
    ("ix_appeals_created_status", "appeals", ["created_at", "status"]),
    ("ix_account_sanctions_starts_kind", "account_sanctions", ["starts_at", "kind"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
