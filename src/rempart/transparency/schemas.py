"""The shapes of a transparency report: per-period figures, and the period before for comparison."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from rempart.moderation.schemas import NudgeStats


class LanguageComments(BaseModel):
    """Comments received in one language, by where they stand now."""

    lang: str
    received: int
    checked: int
    visible: int
    held: int
    pending_review: int
    hidden: int
    removed: int


class CommentFigures(BaseModel):
    """Comments received and checked in the period, by where they stand now."""

    received: int
    #: Drafts checked by the reconsider prompt (``POST /v1/checks``).
    checked: int
    visible: int
    #: Waiting for the creator's approval.
    held: int
    #: Waiting for a moderator.
    pending_review: int
    hidden: int
    removed: int
    by_language: list[LanguageComments]


class CategoryActions(BaseModel):
    """Hide and remove decisions on content in one category."""

    category: str
    hidden: int
    removed: int
    #: Removals made before anyone reported the content.
    removed_proactively: int
    #: removed_proactively / removed (None when nothing was removed).
    proactive_rate: float | None


class LanguageActions(BaseModel):
    lang: str
    hidden: int
    removed: int


class TimelineBucket(BaseModel):
    """Removals decided in [start, end), by category."""

    start: dt.datetime
    end: dt.datetime
    removed: dict[str, int]


class ActionFigures(BaseModel):
    """Content hidden or removed by decisions in the period (appeal reversals excluded)."""

    hidden: int
    removed: int
    removed_proactively: int
    proactive_rate: float | None
    by_category: list[CategoryActions]
    by_language: list[LanguageActions]
    timeline: list[TimelineBucket]


class SourceReports(BaseModel):
    """Reports received from one kind of reporter, and what became of them."""

    source: str
    received: int
    resolved: int
    #: Resolved by a decision that restricted something.
    actioned: int
    no_action: int
    open: int
    median_hours_to_action: float | None


class TrustedFlaggerFigures(BaseModel):
    """Trusted flaggers' reports (DSA Art. 22): speed against their deadline."""

    received: int
    resolved: int
    open: int
    median_hours_to_action: float | None
    p90_hours_to_action: float | None
    within_deadline: int
    #: Resolved after the deadline, or still open past it.
    missed_deadline: int
    #: within_deadline / (within_deadline + missed_deadline).
    share_within_deadline: float | None


class ReportFigures(BaseModel):
    """Reports received in the period (notices, DSA Art. 16) and their outcomes."""

    received: int
    by_reason: dict[str, int]
    by_source: list[SourceReports]
    #: Resolved reports by the action the decision took.
    outcomes: dict[str, int]
    actioned: int
    median_hours_to_action: float | None
    trusted_flaggers: TrustedFlaggerFigures


class ActionGround(BaseModel):
    action: str
    ground: str | None
    count: int


class DecisionFigures(BaseModel):
    """Every decision taken in the period, appeal reversals included."""

    total: int
    by_action_ground: list[ActionGround]
    #: fully / partially / not_automated.
    by_automation: dict[str, int]
    #: Taken by Rempart alone (fully automated).
    automated: int
    #: Taken by a person (partially or not automated).
    human: int
    automated_detection: int
    reversals: int


class AppealFigures(BaseModel):
    """Appeals filed in the period (DSA Art. 20) and how they ended."""

    received: int
    upheld: int
    reversed: int
    open: int
    #: reversed / (upheld + reversed).
    reversal_rate: float | None


class SanctionFigures(BaseModel):
    """Account sanctions that started in the period."""

    total: int
    by_kind: dict[str, int]
    #: Triggered by reaching a strike threshold (the rest by an account decision).
    from_strikes: int


class PeriodFigures(BaseModel):
    """Every figure of one period [from, to)."""

    model_config = ConfigDict(populate_by_name=True)

    start: dt.datetime = Field(alias="from")
    end: dt.datetime = Field(alias="to")
    comments: CommentFigures
    actions: ActionFigures
    reports: ReportFigures
    nudges: NudgeStats
    decisions: DecisionFigures
    appeals: AppealFigures
    sanctions: SanctionFigures


class TransparencyReport(BaseModel):
    """A period's figures beside those of the period of the same length just before it."""

    generated_at: dt.datetime
    current: PeriodFigures
    previous: PeriodFigures
