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
