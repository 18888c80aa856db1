"""Indexes for PostgreSQL at ten million comments (measured with bench/scale.py).

- A content's comments, newest first, any status: (content_id, id) reads one page of the index.
  Before, a video with ~30,000 comments was paged by walking the primary key backwards past
  every newer comment of other videos (30 ms and 700 blocks read for page one).
- "Did this author ever comment on the target's videos?" (pile-on protective mode, on every
  comment during a raid): (author_id, content_id, created_at) answers with one probe per video
  of the target; before, PostgreSQL intersected the author's comments with the whole comment
  range of a viral video (160-320 ms).
- Hides and removals of a period by category and language (transparency): decisions
  (decided_at, action, reverses_id, category, target_type, target_id, lang) and comments
  (id, lang) are read from the indexes alone (1.2 s -> 0.55 s for a quarter, with the query
  joining each target's first report once instead of probing reports per decision).
- Reconsider-prompt figures of a period: (created_at, lang, nudge, outcome) answers both
  transparency queries on checks from the index alone (they read the whole table before).
- Pile-on incidents awaiting review: a small partial index (the review queue reads it).

``if_not_exists`` lets an operator build the big ones beforehand, on a live PostgreSQL, with
``CREATE INDEX CONCURRENTLY`` and the same names (see the README), then run this migration.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: (index name, table, columns, partial-index condition or None); the same on both databases.
INDEXES: tuple[tuple[str, str, list[str], str | None], ...] = (
    ("ix_comments_content_id_id", "comments", ["content_id", "id"], None),
    ("ix_comments_author_content_created", "comments", ["author_id", "content_id", "created_at"],
     None),
    ("ix_comments_id_lang", "comments", ["id", "lang"], None),
    ("ix_decisions_decided_content", "decisions",
     ["decided_at", "action", "reverses_id", "category", "target_type", "target_id", "lang"], None),
    ("ix_checks_created_lang_nudge_outcome", "checks", ["created_at", "lang", "nudge", "outcome"],
     None),
    ("ix_pileon_incidents_awaiting_review", "pileon_incidents", ["opened_at"],
     "reviewed_at IS NULL"),
)


def upgrade() -> None:
    for name, table, columns, where in INDEXES:
        condition = sa.text(where) if where else None
        op.create_index(name, table, columns, sqlite_where=condition, postgresql_where=condition,
                        if_not_exists=True)


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table, if_exists=True)
