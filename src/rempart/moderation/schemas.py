"""Request and response shapes of the moderation API (``XCreate`` in, ``XPublic`` out)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from rempart.moderation.bulk import AccountAction, ItemResult
from rempart.moderation.comment_actions import CommentAction
from rempart.moderation.enums import AgeBand, CommentStatus, FilterMode, ReportedReason

PlatformId = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")


class AccountUpsert(BaseModel):
    """Create or update a host-platform account."""

    model_config = ConfigDict(extra="forbid")

    handle: str = Field(min_length=1, max_length=200)
    age_band: AgeBand | None = None


class AccountPublic(BaseModel):
    id: str
    handle: str
    age_band: AgeBand | None
    created_at: dt.datetime
    updated_at: dt.datetime


class ContentUpsert(BaseModel):
    """Create or update a content (a video or post) and its creator."""

    model_config = ConfigDict(extra="forbid")

    creator_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")
    title: str = Field(default="", max_length=500)
    url: str | None = Field(default=None, max_length=2000)


class ContentPublic(BaseModel):
    id: str
    creator_id: str
    title: str
    url: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


class SpanPublic(BaseModel):
    start: int
    end: int
    category: str
    term: str | None = None


class CommentPublic(BaseModel):
    id: int
    external_id: str | None
    content_id: str
    author_id: str
    parent_id: int | None
    text: str
    lang: str
    status: CommentStatus
    toxicity: float | None
    scores: dict[str, float]
    spans: list[SpanPublic]
    reasons: list[dict[str, Any]]
    model_version: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


class CommentCreate(BaseModel):
    """A comment the platform publishes (``check_id`` links it to an earlier reconsider check)."""

    model_config = ConfigDict(extra="forbid")

    external_id: str | None = Field(default=None, min_length=1, max_length=128)
    content_id: str = Field(min_length=1, max_length=128)
    author_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")
    text: str = Field(max_length=100_000)
    parent_id: int | None = Field(default=None, ge=1)
    check_id: str | None = Field(default=None, max_length=64)
    lang: str | None = Field(default=None, pattern=r"^(fr|en|other)$")


class CommentPublished(BaseModel):
    """The pipeline's answer to a publish."""

    id: int
    status: CommentStatus
    reasons: list[dict[str, Any]]


class GuidelineIn(BaseModel):
    """One community-guidelines rule, in French and English."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    category: str = Field(min_length=1, max_length=32)
    title_fr: str = Field(min_length=1, max_length=200)
    title_en: str = Field(min_length=1, max_length=200)
    summary_fr: str = Field(min_length=1, max_length=2000)
    summary_en: str = Field(min_length=1, max_length=2000)
    url: str | None = Field(default=None, max_length=2000)


class GuidelinesReplace(BaseModel):
    """The whole rule set, replacing the current one."""

    model_config = ConfigDict(extra="forbid")

    rules: list[GuidelineIn] = Field(min_length=1, max_length=100)


class GuidelinePublic(GuidelineIn):
    position: int
    updated_at: dt.datetime


class RuleSummary(BaseModel):
    """The rule a commenter may break, in the commenter's language."""

    id: str
    title: str
    summary: str
    url: str | None


class CheckCreate(BaseModel):
    """A draft comment to check before it is posted."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=100_000)
    author_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")
    content_id: str = Field(min_length=1, max_length=128)
    lang: str | None = Field(default=None, pattern=r"^(fr|en)$")


class CheckSpan(BaseModel):
    start: int
    end: int
    category: str


class CheckResult(BaseModel):
    """The reconsider prompt: whether to nudge, why, and what to show the commenter."""

    check_id: str
    nudge: bool
    severity: str
    categories: dict[str, float]
    spans: list[CheckSpan]
    rule: RuleSummary | None
    message: str | None
    lang: str


class CheckOutcomePublic(BaseModel):
    check_id: str
    outcome: str | None
    outcome_at: dt.datetime | None


class NudgeStats(BaseModel):
    """Reconsider-prompt outcomes for checks created in [from, to)."""

    from_: dt.datetime = Field(alias="from")
    to: dt.datetime
    checks: int
    nudged: int
    withdrawn: int
    edited: int
    posted_anyway: int
    abandoned: int
    pending: int
    #: (withdrawn + edited) / nudged checks whose outcome is known (abandoned counts as known).
    share_withdrawn_or_edited: float | None

    model_config = ConfigDict(populate_by_name=True)


AccountRef = Annotated[str, PlatformId]


class CreatorSettingsUpdate(BaseModel):
    """A change of a creator's filters: a field left out keeps its value, a list sent replaces it.

    ``on_behalf_of`` (here or as a query parameter) names the creator a platform key acts for.
    """

    model_config = ConfigDict(extra="forbid")

    filter_mode: FilterMode | None = None
    keywords: list[str] | None = None
    approved_commenters: list[AccountRef] | None = None
    blocked_accounts: list[AccountRef] | None = None
    restricted_accounts: list[AccountRef] | None = None
    on_behalf_of: AccountRef | None = None


class CreatorRulesPublic(BaseModel):
    filter_mode: FilterMode
    keywords: list[str]
    approved_commenters: list[str]
    blocked_accounts: list[str]
    restricted_accounts: list[str]


class CreatorSettingsPublic(CreatorRulesPublic):
    """Stored settings (``updated_at`` null: never set, defaults shown) of an account or a content."""

    account_id: str
    content_id: str | None
    updated_at: dt.datetime | None
    #: For a content: what applies to its new comments (its settings over the account defaults).
    effective: CreatorRulesPublic | None = None


class CommentPage(BaseModel):
    """Comments, newest first; pass ``next_cursor`` back as ``cursor`` for the next page."""

    items: list[CommentPublic]
    next_cursor: str | None


class CommentBulkRequest(BaseModel):
    """One action on 1 to 100 comments (``reason``/``explanation`` only with ``report``)."""

    model_config = ConfigDict(extra="forbid")

    action: CommentAction
    ids: list[Annotated[int, Field(ge=1, le=2**63 - 1)]]
    on_behalf_of: AccountRef | None = None
    reason: ReportedReason | None = None
    explanation: str | None = Field(default=None, max_length=2000)


class AccountBulkRequest(BaseModel):
    """One action on 1 to 100 accounts (``reason``/``explanation`` only with ``report``)."""

    model_config = ConfigDict(extra="forbid")

    action: AccountAction
    ids: list[AccountRef]
    on_behalf_of: AccountRef | None = None
    reason: ReportedReason | None = None
    explanation: str | None = Field(default=None, max_length=2000)


class BulkItemPublic(BaseModel):
    id: int | str
    result: ItemResult
    status: CommentStatus | None = None
    detail: str | None = None
    report_id: int | None = None


class BulkResult(BaseModel):
    """One result per id, in the order given, and how many ids got each result."""

    action: str
    results: list[BulkItemPublic]
    counts: dict[str, int]
