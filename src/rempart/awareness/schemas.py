"""Request and response shapes of the awareness API (``XCreate`` in, ``XPublic`` out)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

Slug = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")


class MediaIn(BaseModel):
    """A campaign video: a testimonial or an awareness clip, with its caption in both languages."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(max_length=32)
    url: str = Field(min_length=1, max_length=2000)
    caption_fr: str = Field(min_length=1, max_length=500)
    caption_en: str = Field(min_length=1, max_length=500)


class CampaignCreate(BaseModel):
    """A campaign to create or to replace (all fields, both languages)."""

    model_config = ConfigDict(extra="forbid")

    slug: str = Slug
    title_fr: str = Field(min_length=1, max_length=200)
    title_en: str = Field(min_length=1, max_length=200)
    description_fr: str = Field(min_length=1, max_length=5000)
    description_en: str = Field(min_length=1, max_length=5000)
    placement: str = Field(max_length=32)
    starts_at: dt.datetime
    ends_at: dt.datetime
    priority: int = Field(default=0, ge=-1000, le=1000)
    media: list[MediaIn] = Field(default_factory=list, max_length=10)
    quiz_id: str | None = Field(default=None, max_length=64)
    helpline_id: str | None = Field(default=None, max_length=64)


class CampaignPublic(CampaignCreate):
    """A stored campaign, both languages (the admin view)."""

    id: int
    created_at: dt.datetime
    updated_at: dt.datetime


class MediaLocalized(BaseModel):
    kind: str
    url: str
    caption: str


class QuizSummary(BaseModel):
    """Where to play a quiz: its id, title and how many questions it has."""

    id: str
    title: str
    questions: int
    url: str


class ChannelPublic(BaseModel):
    """One way to reach a helpline (``value`` is a number or handle, ``url`` a link)."""

    kind: str
    label: str
    value: str | None = None
    url: str | None = None


class HelplinePublic(BaseModel):
    """A helpline card in one language; with ``open`` when a time was given."""

    id: str
    country: str
    name: str
    number: str | None
    description: str
    free: bool
    anonymous: bool
    confidential: bool
    languages: list[str]
    channels: list[ChannelPublic]
    timezone: str
    #: Weekly hours in the line's time zone: [{days, opens, closes}].
    hours: list[dict[str, Any]]
    #: Whether it is open at ``at`` (None when no time was asked about).
    open: bool | None = None
    at: dt.datetime | None = None
    #: When it closes, if open (None if it does not close within a week).
    closes_at: dt.datetime | None = None
    #: The next time it opens after ``at`` (None if it never closes).
    next_opening: dt.datetime | None = None


class CampaignFeatured(BaseModel):
    """A campaign as a platform shows it, in one language."""

    id: int
    slug: str
    title: str
    description: str
    placement: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    media: list[MediaLocalized]
    quiz: QuizSummary | None
    helpline: HelplinePublic | None


class ActiveCampaigns(BaseModel):
    """The campaigns to feature in ``placement`` at ``at``, the one to show first first."""

    placement: str
    lang: str
    at: dt.datetime
    campaigns: list[CampaignFeatured]


class QuestionPublic(BaseModel):
    """A question as played: the choices, never which one is right."""

    position: int
    topic: str
    prompt: str
    choices: list[str]


class QuizPublic(BaseModel):
    id: str
    lang: str
    title: str
    intro: str
    questions: list[QuestionPublic]


class SubmissionCreate(BaseModel):
    """One answer per question, in order: the index of the chosen choice."""

    model_config = ConfigDict(extra="forbid")

    answers: list[int] = Field(min_length=1, max_length=50)


class AnswerResult(BaseModel):
    """How one answer went, with the explanation of the chosen and of the right choice."""

    position: int
    chosen: int
    correct_choice: int
    is_correct: bool
    explanation: str
    correct_explanation: str


class SubmissionResult(BaseModel):
    quiz_id: str
    lang: str
    score: int
    total: int
    results: list[AnswerResult]


class QuestionStats(BaseModel):
    position: int
    topic: str
    prompt: str
    attempts: int
    successes: int
    #: successes / attempts (None before any attempt).
    success_rate: float | None


class QuizStats(BaseModel):
    """Anonymous aggregates of a quiz's submissions."""

    quiz_id: str
    submissions: int
    questions: list[QuestionStats]
