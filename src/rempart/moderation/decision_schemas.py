"""Request and response shapes of reports, review, decisions, appeals and webhooks."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from rempart.awareness.schemas import HelplinePublic
from rempart.moderation.decision_enums import (
    AppealStatus,
    AutomatedDecision,
    DecisionAction,
    DeliveryStatus,
    Ground,
    ReviewSource,
    WebhookEvent,
)
from rempart.moderation.enums import ReportedReason, TargetType
from rempart.moderation.schemas import RuleSummary

AccountIdField = Field(default=None, min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")


class ReportCreate(BaseModel):
    """A notice (DSA Art. 16): what is reported and why; illegal content needs an explanation."""

    model_config = ConfigDict(extra="forbid")

    target_type: TargetType
    target_id: str = Field(min_length=1, max_length=128)
    reason: ReportedReason
    explanation: str | None = Field(default=None, max_length=5000)
    #: The reporting account (platform keys pass their user's id; creators report as themselves).
    reporter_id: str | None = AccountIdField
    #: The reporter's country (ISO 3166 alpha-2), to show them the right helpline.
    country: str = Field(default="FR", pattern=r"^[A-Za-z]{2}$")


class ReportReceipt(BaseModel):
    """The acknowledgement of a report; ``merged`` when it joined the reporter's open one."""

    id: int
    status: str
    priority: int
    due_at: dt.datetime | None
    received_at: dt.datetime
    merged: bool
    #: After a report of harassment, the helpline to show the reporter (None for other reasons).
    helpline: HelplinePublic | None = None


class ReportPublic(BaseModel):
    """A report as its reporter follows it, with the outcome once decided."""

    id: int
    target_type: TargetType
    target_id: str
    reason: ReportedReason
    explanation: str | None
    source: str
    reporter_id: str | None
    status: str
    priority: int
    due_at: dt.datetime | None
    created_at: dt.datetime
    resolved_at: dt.datetime | None
    outcome: str | None
    outcome_message: str | None
    decision_id: int | None


class TimeToAction(BaseModel):
    """How fast an organisation's reports were acted on (hours; percentiles interpolated)."""

    organisation_id: int | None
    resolved: int
    open: int
    overdue: int
    median_hours: float | None
    p90_hours: float | None
    #: Share of decided reports acted on by their deadline (None when none is decided).
    share_within_deadline: float | None = None


class ReporterSuspensionCreate(BaseModel):
    """Suspend an account from reporting for a period, with the reason (DSA Art. 23)."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=2000)
    days: int = Field(ge=1, le=365)


class ReporterSuspensionPublic(BaseModel):
    id: int
    account_id: str
    reason: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    unfounded_reports: int


class ReviewItemPublic(BaseModel):
    """One item of the review queue: a target with its reports and detections, or an appeal."""

    id: str
    target_type: str
    target_id: str
    sources: list[ReviewSource]
    trusted_flagger: bool
    severity: int
    due_at: dt.datetime | None
    reporters: int
    reports: int
    reasons: list[str]
    categories: list[str]
    lang: str | None
    text: str | None
    status: str | None
    created_at: dt.datetime
    appeal_id: int | None = None
    decision_id: int | None = None
    claimed_by: str | None = None
    claim_expires_at: dt.datetime | None = None


class ClaimPublic(BaseModel):
    item_id: str
    moderator_id: str
    claimed_at: dt.datetime
    expires_at: dt.datetime


class DecisionCreate(BaseModel):
    """A moderator's decision on a review item: ``action`` for a target, ``outcome`` for an appeal.

    Reversing an appeal against a no_action also needs the ``action`` to take instead.
    """

    model_config = ConfigDict(extra="forbid")

    action: DecisionAction | None = None
    outcome: Literal["upheld", "reversed"] | None = None
    category: str | None = Field(default=None, max_length=32)
    ground: Ground | None = None
    legal_ground: str | None = Field(default=None, min_length=3, max_length=2000)
    rule_id: str | None = Field(default=None, max_length=64)
    explanation: str = Field(min_length=3, max_length=5000)
    duration_hours: int | None = Field(default=None, ge=1, le=24 * 365 * 5)

    @model_validator(mode="after")
    def _grounded(self) -> DecisionCreate:
        if self.action is not None and self.action.is_violation and self.ground is None:
            raise ValueError("a decision that restricts something needs a ground")
        if self.ground is Ground.ILLEGAL_CONTENT and not self.legal_ground:
            raise ValueError("illegal_content needs legal_ground (the law it breaks)")
        return self


class DecisionPublic(BaseModel):
    """A decision record; never names the reporters."""

    id: int
    target_type: str
    target_id: str
    author_id: str
    action: DecisionAction
    category: str | None
    ground: Ground | None
    legal_ground: str | None
    rule_id: str | None
    explanation: str
    automated_detection: bool
    automated_decision: AutomatedDecision
    decided_by_type: str
    decided_by: str
    decided_at: dt.datetime
    ends_at: dt.datetime | None
    source: str
    reports_resolved: int
    previous_status: str | None
    new_status: str | None
    reverses_id: int | None
    appealable_until: dt.datetime


class AppealInfo(BaseModel):
    text: str
    deadline: dt.datetime
    endpoint: str


class StatementPublic(BaseModel):
    """The statement of reasons (DSA Art. 17) given to the author, in the author's language."""

    decision_id: int
    lang: str
    issued_at: dt.datetime
    action: DecisionAction
    decision: str
    ground: Ground | None
    grounds: str
    legal_ground: str | None
    rule: RuleSummary | None
    category: str | None
    category_label: str | None
    facts: str
    explanation: str
    automated_detection: bool
    automated_decision: AutomatedDecision
    automation: str
    ends_at: dt.datetime | None
    how_to_appeal: AppealInfo
    redress: str


class AppealCreate(BaseModel):
    """A complaint against a decision; ``appellant_id`` is the author (or a reporter) it is for."""

    model_config = ConfigDict(extra="forbid")

    explanation: str = Field(min_length=3, max_length=5000)
    appellant_id: str | None = AccountIdField


class AppealPublic(BaseModel):
    id: int
    decision_id: int
    appellant_role: str
    status: AppealStatus
    created_at: dt.datetime
    due_at: dt.datetime
    decided_at: dt.datetime | None
    outcome_explanation: str | None
    result_decision_id: int | None


class WebhookCreate(BaseModel):
    """A URL to receive events (all of them when ``events`` is empty)."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://[^\s]+$")
    events: list[WebhookEvent] = Field(default_factory=list, max_length=20)


class WebhookPublic(BaseModel):
    id: int
    url: str
    events: list[WebhookEvent]
    created_at: dt.datetime


class WebhookCreated(WebhookPublic):
    """The new webhook with its signing secret, shown once."""

    secret: str


class DeliveryPublic(BaseModel):
    id: int
    event_id: str
    event: WebhookEvent
    status: DeliveryStatus
    attempts: int
    created_at: dt.datetime
    next_attempt_at: dt.datetime
    delivered_at: dt.datetime | None
    last_error: str | None
