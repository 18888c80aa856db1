"""Tables of the moderation backbone: decisions, appeals, strikes, sanctions, claims and webhooks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rempart.db import Base, BigIntPK, UTCDateTime


class Decision(Base):
    """A moderation decision (DSA Art. 17). Rows are never updated or deleted (triggers refuse it).

    A reversal on appeal is a new decision naming the one it reverses in ``reverses_id``.
    """

    __tablename__ = "decisions"
    __table_args__ = (
        Index("ix_decisions_target", "target_type", "target_id"),
        Index("ix_decisions_author_decided", "author_id", "decided_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    target_type: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str] = mapped_column(String(128))
    #: The account the decision is about: the comment's author, the account, the content's creator.
    author_id: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    #: The detected category the decision is about (``rempart.detection.categories``), if any.
    category: Mapped[str | None] = mapped_column(String(32), default=None)
    ground: Mapped[str | None] = mapped_column(String(32), default=None)
    legal_ground: Mapped[str | None] = mapped_column(Text, default=None)
    #: The guideline cited, copied as it read then: {id, title_fr, title_en, summary_fr, ...}.
    rule: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    explanation: Mapped[str] = mapped_column(Text, default="")
    automated_detection: Mapped[bool] = mapped_column(default=False)
    automated_decision: Mapped[str] = mapped_column(String(16))
    decided_by_type: Mapped[str] = mapped_column(String(16))
    decided_by: Mapped[str] = mapped_column(String(128))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    #: End of an account restriction or suspension (None: permanent, or not an account action).
    ends_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    #: The author's language, in which the statement of reasons is written.
    lang: Mapped[str] = mapped_column(String(8), default="fr")
    #: Where the case came from (a ``ReviewSource``, or "proactive" for the pipeline).
    source: Mapped[str] = mapped_column(String(32))
    #: Open reports this decision resolved (0: acted on before any report).
    reports_resolved: Mapped[int] = mapped_column(default=0)
    previous_status: Mapped[str | None] = mapped_column(String(16), default=None)
    new_status: Mapped[str | None] = mapped_column(String(16), default=None)
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), default=None, index=True)


class Appeal(Base):
    """A complaint against a decision (DSA Art. 20), decided by a different moderator."""

    __tablename__ = "appeals"
    __table_args__ = (Index("ix_appeals_status_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), index=True)
    appellant_role: Mapped[str] = mapped_column(String(16))
    appellant_account_id: Mapped[str | None] = mapped_column(String(128), default=None)
    appellant_key_id: Mapped[int | None] = mapped_column(
        ForeignKey("api_keys.id", ondelete="SET NULL"), default=None)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), default=None)
    explanation: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    decided_by: Mapped[str | None] = mapped_column(String(128), default=None)
    outcome_explanation: Mapped[str | None] = mapped_column(Text, default=None)
    #: The new decision a reversal made.
    result_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), default=None)


class Strike(Base):
    """One upheld violation counted against an account until it expires or is reversed."""

    __tablename__ = "strikes"
    __table_args__ = (Index("ix_strikes_account_expires", "account_id", "expires_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    account_id: Mapped[str] = mapped_column(String(128))
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_by_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), default=None)


class AccountSanction(Base):
    """An account-wide sanction, from a strike threshold or an account decision."""

    __tablename__ = "account_sanctions"
    __table_args__ = (Index("ix_account_sanctions_account", "account_id", "lifted_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    account_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    #: None: until lifted (a ban).
    ends_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="RESTRICT"))
    #: The strike count that triggered it (None: the decision's own action).
    strike_threshold: Mapped[int | None] = mapped_column(default=None)
    lifted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    lifted_by_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), default=None)


class ReviewClaim(Base):
    """A moderator's claim on a review item, so two moderators don't work on the same one."""

    __tablename__ = "review_claims"

    item_id: Mapped[str] = mapped_column(String(160), primary_key=True)
    moderator_id: Mapped[str] = mapped_column(String(128))
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ReporterSuspension(Base):
    """A period during which an account's reports are refused (DSA Art. 23)."""

    __tablename__ = "reporter_suspensions"
    __table_args__ = (Index("ix_reporter_suspensions_account", "account_id", "ends_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    account_id: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[str] = mapped_column(String(128))
    #: Reports of this account closed with no_action when it was suspended.
    unfounded_reports: Mapped[int] = mapped_column(default=0)


class Webhook(Base):
    """A URL of the platform that receives events; ``secret`` signs them (HMAC-SHA256)."""

    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("api_keys.id", ondelete="RESTRICT"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    secret: Mapped[str] = mapped_column(String(100))
    #: Event names it receives (empty: all).
    events: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class WebhookDelivery(Base):
    """One event for one webhook, retried with backoff until delivered or given up."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    webhook_id: Mapped[int] = mapped_column(
        ForeignKey("webhooks.id", ondelete="RESTRICT"), index=True)
    event_id: Mapped[str] = mapped_column(String(32))
    event: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    #: A sender holds the delivery until then, so two senders never post it twice at once.
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)


class WebhookAttempt(Base):
    """One HTTP attempt of a delivery, kept so failures stay visible."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), index=True)
    attempted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ok: Mapped[bool] = mapped_column(default=False)
    status_code: Mapped[int | None] = mapped_column(default=None)
    error: Mapped[str | None] = mapped_column(Text, default=None)
