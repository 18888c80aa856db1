"""Tables of the host platform's world: accounts, contents, comments and creator settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from rempart.db import Base, BigIntPK, UTCDateTime
from rempart.moderation.enums import CommentStatus, FilterMode


class Account(Base):
    """An account of the host platform, under the platform's own id."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    handle: Mapped[str] = mapped_column(String(200))
    age_band: Mapped[str | None] = mapped_column(String(16), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    #: Set on the pseudonym row an erased account's records moved to (``rempart.privacy``).
    erased_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class Content(Base):
    """A video or post of the host platform, with the account that created it."""

    __tablename__ = "contents"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    creator_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("accounts.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str | None] = mapped_column(String(2000), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Comment(Base):
    """A comment posted on a content, with the detector's judgement and where it stands."""

    __tablename__ = "comments"
    __table_args__ = (
        Index("ix_comments_content_status_id", "content_id", "status", "id"),
        Index("ix_comments_author_created", "author_id", "created_at"),
        Index("ix_comments_status_created", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True, default=None)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True, default=None)
    content_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("contents.id", ondelete="RESTRICT")
    )
    author_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("accounts.id", ondelete="RESTRICT")
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("comments.id", ondelete="RESTRICT"), default=None, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8), default="other")
    status: Mapped[str] = mapped_column(String(16), default=CommentStatus.VISIBLE.value)
    toxicity: Mapped[float | None] = mapped_column(Float, default=None)
    #: Per-category probabilities from the detector.
    scores: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    #: Detected spans: [{start, end, category, term}] in the comment's text.
    spans: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: Why the comment has its status: [{phase, code, detail}].
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    model_version: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class CreatorSettings(Base):
    """A creator's filters: account-wide defaults (content_id null) or for one content."""

    __tablename__ = "creator_settings"
    __table_args__ = (
        # One account-wide row per creator; per-content rows are unique by content_id.
        Index(
            "uq_creator_settings_account_default",
            "account_id",
            unique=True,
            sqlite_where=text("content_id IS NULL"),
            postgresql_where=text("content_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    account_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    content_id: Mapped[str | None] = mapped_column(
        String(128), ForeignKey("contents.id", ondelete="CASCADE"), unique=True, default=None
    )
    filter_mode: Mapped[str] = mapped_column(String(16), default=FilterMode.OFF.value)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    approved_commenters: Mapped[list[str]] = mapped_column(JSON, default=list)
    blocked_accounts: Mapped[list[str]] = mapped_column(JSON, default=list)
    restricted_accounts: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Check(Base):
    """A reconsider-prompt check of a draft comment, and what its author did next."""

    __tablename__ = "checks"
    __table_args__ = (Index("ix_checks_created_outcome", "created_at", "outcome"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    author_id: Mapped[str] = mapped_column(String(128), ForeignKey("accounts.id", ondelete="RESTRICT"))
    content_id: Mapped[str] = mapped_column(String(128), ForeignKey("contents.id", ondelete="RESTRICT"))
    #: SHA-256 of the checked text: enough to tell an edit from an unchanged post.
    text_digest: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(8))
    nudge: Mapped[bool] = mapped_column(default=False)
    severity: Mapped[str] = mapped_column(String(8))
    toxicity: Mapped[float] = mapped_column(Float)
    categories: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    rule_id: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(16), default=None)
    outcome_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("comments.id", ondelete="SET NULL"), default=None
    )


class Guideline(Base):
    """A community-guidelines rule that a nudge or a decision can cite."""

    __tablename__ = "guidelines"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    category: Mapped[str] = mapped_column(String(32), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title_fr: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    summary_fr: Mapped[str] = mapped_column(Text)
    summary_en: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2000), default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Report(Base):
    """A notice that something breaks the rules, from a person, a creator or a trusted flagger."""

    __tablename__ = "reports"
    __table_args__ = (
        Index("ix_reports_target", "target_type", "target_id", "status"),
        Index("ix_reports_status_priority_due", "status", "priority", "due_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    target_type: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(String(32))
    explanation: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(16))
    reporter_account_id: Mapped[str | None] = mapped_column(String(128), default=None, index=True)
    reporter_key_id: Mapped[int | None] = mapped_column(
        ForeignKey("api_keys.id", ondelete="SET NULL"), default=None
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), default=None, index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="open")
    #: Larger is more urgent (trusted flaggers first).
    priority: Mapped[int] = mapped_column(default=0)
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    outcome: Mapped[str | None] = mapped_column(String(32), default=None)
    #: The decision that resolved the report. The database enforces the foreign key to
    #: decisions.id (migration 0004); it is not declared here so this module stands alone.
    decision_id: Mapped[int | None] = mapped_column(BigIntPK, default=None, index=True)
