"""Awareness: quizzes and questions (seeded with the default quiz), helplines (seeded), campaigns.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 15:05:00
"""

from __future__ import annotations

import datetime

import sqlalchemy as sa
from alembic import op

import rempart.db
from rempart.awareness.defaults import DEFAULT_QUESTIONS, DEFAULT_QUIZ, HELPLINES

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BigIntPK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "quizzes",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title_fr", sa.String(length=200), nullable=False),
        sa.Column("title_en", sa.String(length=200), nullable=False),
        sa.Column("intro_fr", sa.Text(), nullable=False),
        sa.Column("intro_en", sa.Text(), nullable=False),
        sa.Column("submissions", sa.Integer(), nullable=False),
        sa.Column("updated_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quizzes")),
    )
    op.create_table(
        "quiz_questions",
        sa.Column("id", BigIntPK, nullable=False),
        sa.Column("quiz_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("prompt_fr", sa.Text(), nullable=False),
        sa.Column("prompt_en", sa.Text(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("successes", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "successes <= attempts", name=op.f("ck_quiz_questions_successes_le_attempts")
        ),
        sa.ForeignKeyConstraint(
            ["quiz_id"], ["quizzes.id"], name=op.f("fk_quiz_questions_quiz_id_quizzes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_questions")),
        sa.UniqueConstraint("quiz_id", "position", name=op.f("uq_quiz_questions_quiz_id_position")),
    )
    op.create_table(
        "helplines",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=True),
        sa.Column("description_fr", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("free", sa.Boolean(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("hours", sa.JSON(), nullable=False),
        sa.Column("source_note", sa.Text(), nullable=False),
        sa.Column("updated_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_helplines")),
    )
    with op.batch_alter_table("helplines", schema=None) as batch_op:
        batch_op.create_index("ix_helplines_country_position", ["country", "position"], unique=False)

    op.create_table(
        "campaigns",
        sa.Column("id", BigIntPK, nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("title_fr", sa.String(length=200), nullable=False),
        sa.Column("title_en", sa.String(length=200), nullable=False),
        sa.Column("description_fr", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("placement", sa.String(length=32), nullable=False),
        sa.Column("starts_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("media", sa.JSON(), nullable=False),
        sa.Column("quiz_id", sa.String(length=64), nullable=True),
        sa.Column("helpline_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", rempart.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_campaigns_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["helpline_id"], ["helplines.id"], name=op.f("fk_campaigns_helpline_id_helplines"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["quiz_id"], ["quizzes.id"], name=op.f("fk_campaigns_quiz_id_quizzes"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("slug", name=op.f("uq_campaigns_slug")),
    )
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaigns_helpline_id"), ["helpline_id"], unique=False)
        batch_op.create_index(
            "ix_campaigns_placement_window", ["placement", "starts_at", "ends_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_campaigns_quiz_id"), ["quiz_id"], unique=False)

    _seed()


def _seed() -> None:
    seeded_at = datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)
    quizzes = sa.table(
        "quizzes",
        sa.column("id", sa.String), sa.column("title_fr", sa.String),
        sa.column("title_en", sa.String), sa.column("intro_fr", sa.Text),
        sa.column("intro_en", sa.Text), sa.column("submissions", sa.Integer),
        sa.column("updated_at", rempart.db.UTCDateTime()),
    )
    op.bulk_insert(quizzes, [{**DEFAULT_QUIZ, "submissions": 0, "updated_at": seeded_at}])
    questions = sa.table(
        "quiz_questions",
        sa.column("quiz_id", sa.String), sa.column("position", sa.Integer),
        sa.column("topic", sa.String), sa.column("prompt_fr", sa.Text),
        sa.column("prompt_en", sa.Text), sa.column("choices", sa.JSON),
        sa.column("correct", sa.Integer), sa.column("attempts", sa.Integer),
        sa.column("successes", sa.Integer),
    )
    op.bulk_insert(questions, [
        {"quiz_id": DEFAULT_QUIZ["id"], "position": position, "topic": topic,
         "prompt_fr": prompt_fr, "prompt_en": prompt_en, "choices": [dict(c) for c in choices],
         "correct": correct, "attempts": 0, "successes": 0}
        for position, (topic, prompt_fr, prompt_en, correct, choices) in enumerate(DEFAULT_QUESTIONS)
    ])
    helplines = sa.table(
        "helplines",
        sa.column("id", sa.String), sa.column("country", sa.String),
        sa.column("position", sa.Integer), sa.column("name", sa.String),
        sa.column("number", sa.String), sa.column("description_fr", sa.Text),
        sa.column("description_en", sa.Text), sa.column("free", sa.Boolean),
        sa.column("anonymous", sa.Boolean), sa.column("confidential", sa.Boolean),
        sa.column("languages", sa.JSON), sa.column("channels", sa.JSON),
        sa.column("timezone", sa.String), sa.column("hours", sa.JSON),
        sa.column("source_note", sa.Text), sa.column("updated_at", rempart.db.UTCDateTime()),
    )
    op.bulk_insert(helplines, [{**line, "updated_at": seeded_at} for line in HELPLINES])


def downgrade() -> None:
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaigns_quiz_id"))
        batch_op.drop_index("ix_campaigns_placement_window")
        batch_op.drop_index(batch_op.f("ix_campaigns_helpline_id"))
    op.drop_table("campaigns")
    with op.batch_alter_table("helplines", schema=None) as batch_op:
        batch_op.drop_index("ix_helplines_country_position")
    op.drop_table("helplines")
    op.drop_table("quiz_questions")
    op.drop_table("quizzes")
