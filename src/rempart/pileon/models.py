"""Tables of pile-on protection: per-target counters, the event log, incidents, and mentions.

Counting is incremental: each hurtful event upserts one ``pileon_hits`` row per (target, actor),
so "distinct accounts in the window" is one indexed COUNT over that target's rows, never a
rescan of comments. ``pileon_targets`` holds one row per target that every event on the target
locks first, so workers deciding about the same target take turns.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from rempart.db import Base, BigIntPK, UTCDateTime
from rempart.moderation.models import Account

#: @mentions are resolved by handle when a comment is published.
ACCOUNT_HANDLE_INDEX = Index("ix_accounts_handle", Account.handle)


class PileonTarget(Base):
    """An account that has received hurtful events; its row serialises decisions about it."""

    __tablename__ = "pileon_targets"

    account_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    last_event_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class PileonHit(Base):
    """The last time ``actor_id`` said something hurtful to ``target_id`` (upserted per event)."""

    __tablename__ = "pileon_hits"
    __table_args__ = (Index("ix_pileon_hits_target_last", "target_id", "last_at"),)

    target_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    actor_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    last_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class PileonIncident(Base):
    """A pile-on against one target: open until lifted (by the target, a moderator, or quiet).

    At most one incident per target is open (``closed_at`` null); a partial unique index makes a
    second concurrent opening fail. Whether protective mode is on is computed from the state:
    open, and a hurtful event less than the quiet period ago.
    """

    __tablename__ = "pileon_incidents"
    __table_args__ = (
        Index("uq_pileon_incidents_open_target", "target_id", unique=True,
              sqlite_where=text("closed_at IS NULL"), postgresql_where=text("closed_at IS NULL")),
        Index("ix_pileon_incidents_target_opened", "target_id", "opened_at"),
        Index("ix_pileon_incidents_opened_at", "opened_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    target_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("accounts.id", ondelete="RESTRICT"))
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    #: Distinct accounts counted in the window when the incident opened.
    accounts_at_open: Mapped[int] = mapped_column(default=0)
    #: The newest hurtful event grouped into the incident (the quiet period runs from it).
    last_event_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    #: quiet, lifted_by_target or lifted_by_moderator.
    close_reason: Mapped[str | None] = mapped_column(String(32), default=None)
    closed_by: Mapped[str | None] = mapped_column(String(128), default=None)
    #: When a moderator first acted on the incident (it leaves the review queue then).
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class PileonEvent(Base):
    """One hurtful event against a target: a hurtful comment, or a report; append-only."""

    __tablename__ = "pileon_events"
    __table_args__ = (
        Index("ix_pileon_events_target_at", "target_id", "at"),
        Index("ix_pileon_events_incident_actor", "incident_id", "actor_id"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    target_id: Mapped[str] = mapped_column(String(128))
    actor_id: Mapped[str] = mapped_column(String(128))
    #: comment (a hurtful comment) or report (a report on a comment, content or account).
    kind: Mapped[str] = mapped_column(String(16))
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), default=None, index=True)
    report_id: Mapped[int | None] = mapped_column(
        ForeignKey("reports.id", ondelete="SET NULL"), default=None)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("pileon_incidents.id", ondelete="RESTRICT"), default=None)


class CommentMention(Base):
    """An account a comment names with ``@handle`` (recorded at publish, for targets and evidence)."""

    __tablename__ = "comment_mentions"
    __table_args__ = (Index("ix_comment_mentions_account", "account_id", "comment_id"),)

    comment_id: Mapped[int] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(128), primary_key=True)
