"""Request and response shapes of the moderation API (``XCreate`` in, ``XPublic`` out)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from rempart.moderation.enums import AgeBand, CommentStatus

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
