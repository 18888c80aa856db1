"""The reconsider prompt: check a draft, withdraw it, and the nudge outcome figures."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import AppSettings, Now, on_publish_thread, require, unit_of_work
from rempart.api.responses import ERRORS
from rempart.moderation import checks
from rempart.moderation.schemas import CheckCreate, CheckOutcomePublic, CheckResult, NudgeStats

router = APIRouter(prefix="/v1", tags=["reconsider prompt"], responses=ERRORS)
Platform = Annotated[Principal, Depends(require(Role.PLATFORM, Role.ADMIN))]
Staff = Annotated[Principal, Depends(require(Role.PLATFORM, Role.MODERATOR, Role.ADMIN))]


@router.post("/checks", response_model=CheckResult, status_code=201)
async def create_check(body: CheckCreate, principal: Platform, request: Request) -> CheckResult:
    """Score a draft comment; ``nudge`` says whether to show the reconsider prompt."""
    # One hop to a worker thread for the scoring and the database; FastAPI then validates the
    # answer on the event loop instead of hopping again. The clock is read here rather than
    # through the ``Now`` dependency (a hot path: every draft is checked).
    now: dt.datetime = request.app.state.clock()
    return await on_publish_thread(request, _create_check, body, now, request)


def _create_check(body: CheckCreate, now: dt.datetime, request: Request) -> CheckResult:
    publisher = request.app.state.publisher
    publisher.validate_text(body.text)
    assessment = publisher.scorer.score(body.text, lang=body.lang)
    with unit_of_work(request) as session:
        return checks.check_comment(
            session, assessment=assessment, text=body.text, author_id=body.author_id,
            content_id=body.content_id, lang=body.lang, policy=publisher.policy, now=now,
            author_limit=publisher.author_limit)


@router.post("/checks/{check_id}/withdraw", response_model=CheckOutcomePublic)
def withdraw_check(check_id: str, principal: Platform, now: Now, request: Request) -> CheckOutcomePublic:
    """Record that the commenter withdrew (deleted) the draft after the prompt."""
    with unit_of_work(request) as session:
        check = checks.withdraw(session, check_id=check_id, now=now)
        return CheckOutcomePublic(check_id=check.id, outcome=check.outcome, outcome_at=check.outcome_at)


@router.get("/stats/nudges", response_model=NudgeStats, response_model_by_alias=True)
def nudge_stats(
    principal: Staff, now: Now, request: Request, settings: AppSettings,
    start: Annotated[dt.datetime, Query(alias="from")],
    end: Annotated[dt.datetime, Query(alias="to")],
) -> NudgeStats:
    """Counts of withdrawn, edited, posted-anyway and abandoned nudges, and the share reconsidered."""
    if start.tzinfo is None or end.tzinfo is None:
        start, end = start.replace(tzinfo=start.tzinfo or dt.UTC), end.replace(tzinfo=end.tzinfo or dt.UTC)
    with unit_of_work(request) as session:
        return checks.nudge_stats(
            session, start=start, end=end, now=now,
            abandon_after=dt.timedelta(minutes=settings.check_abandon_after_minutes))
