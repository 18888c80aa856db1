"""Request and response shapes of pile-on protection."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from rempart.moderation.decision_enums import DecisionAction, Ground
from rempart.moderation.enums import CommentStatus
from rempart.pileon.actions import ActionResult
from rempart.pileon.incidents import IncidentState

AccountRef = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")]


class PileonIncidentPublic(BaseModel):
    """A pile-on incident: whom it targets, where it stands, how many accounts and comments."""

    id: int
    target_id: str
    state: IncidentState
    protective_mode: bool
    opened_at: dt.datetime
    last_event_at: dt.datetime
    #: When protective mode lifts by itself if nothing new happens (null once lifted).
    quiet_at: dt.datetime | None
    closed_at: dt.datetime | None
    close_reason: str | None
    accounts_at_open: int
    accounts: int
    comments: int
    reports: int
    reviewed_at: dt.datetime | None


class PileonCommentPublic(BaseModel):
    id: int
    author_id: str
    content_id: str
    text: str
    status: CommentStatus
    toxicity: float | None
    created_at: dt.datetime


class PileonIncidentDetail(PileonIncidentPublic):
    """An incident with the accounts (in the order they joined) and comments it groups."""

    account_ids: list[str]
    items: list[PileonCommentPublic]


class PileonActionRequest(BaseModel):
    """One decision for up to 100 of the incident's items: comments for hide/remove/no_action,
    accounts for restrict/suspend/ban; ``ids`` left out means all of them."""

    model_config = ConfigDict(extra="forbid")

    action: DecisionAction
    ids: list[int | str] | None = Field(default=None, max_length=1000)
    category: str | None = Field(default=None, max_length=32)
    ground: Ground | None = None
    legal_ground: str | None = Field(default=None, min_length=3, max_length=2000)
    rule_id: str | None = Field(default=None, max_length=64)
    explanation: str = Field(min_length=3, max_length=5000)
    duration_hours: int | None = Field(default=None, ge=1, le=24 * 365 * 5)


class PileonActionItem(BaseModel):
    id: int | str
    result: ActionResult
    decision_id: int | None = None
    status: str | None = None
    detail: str | None = None


class PileonActionResult(BaseModel):
    """One result per item, in order, and how many got each result."""

    incident_id: int
    action: DecisionAction
    results: list[PileonActionItem]
    counts: dict[str, int]


class PileonLift(BaseModel):
    """Turn protective mode off now; a platform key names the target in ``on_behalf_of``."""

    model_config = ConfigDict(extra="forbid")

    on_behalf_of: AccountRef | None = None
