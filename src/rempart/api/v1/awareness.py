"""Awareness: featured campaigns (public) and their admin CRUD, the quiz, the helpline directory."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Lang, Now, require, unit_of_work
from rempart.api.params import RowId
from rempart.api.responses import ERRORS
from rempart.awareness import campaigns, helplines, quiz
from rempart.awareness.schemas import (
    ActiveCampaigns,
    CampaignCreate,
    CampaignPublic,
    HelplinePublic,
    QuizPublic,
    QuizStats,
    SubmissionCreate,
    SubmissionResult,
)

router = APIRouter(prefix="/v1", tags=["awareness"], responses=ERRORS)
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
Organisers = Annotated[Principal, Depends(require(Role.ADMIN, Role.MODERATOR))]
#: ``?lang=fr|en``; when absent, the caller's Accept-Language decides.
LangQuery = Annotated[str | None, Query(pattern=r"^(fr|en)$")]


@router.get("/campaigns/active", response_model=ActiveCampaigns)
def active_campaigns(
    placement: Annotated[str, Query(max_length=32)], now: Now, accepted: Lang, request: Request,
    lang: LangQuery = None,
) -> ActiveCampaigns:
    """The campaigns to feature now in ``placement``, the first to show first (public)."""
    with unit_of_work(request) as session:
        return campaigns.active(session, placement=placement, lang=lang or accepted, now=now)


@router.post("/campaigns", response_model=CampaignPublic, status_code=201)
def create_campaign(body: CampaignCreate, principal: Admin, now: Now, request: Request) -> CampaignPublic:
    """Create a campaign (admin)."""
    with unit_of_work(request) as session:
        return campaigns.to_public(campaigns.create_campaign(
            session, data=body, now=now, actor_id=principal.actor_id))


@router.get("/campaigns", response_model=list[CampaignPublic])
def list_campaigns(principal: Admin, request: Request) -> list[CampaignPublic]:
    """Every campaign, both languages (admin)."""
    with unit_of_work(request) as session:
        return [campaigns.to_public(c) for c in campaigns.list_campaigns(session)]


@router.get("/campaigns/{campaign_id}", response_model=CampaignPublic)
def get_campaign(campaign_id: RowId, principal: Admin, request: Request) -> CampaignPublic:
    """One campaign, both languages (admin)."""
    with unit_of_work(request) as session:
        return campaigns.to_public(campaigns.get_campaign(session, campaign_id=campaign_id))


@router.put("/campaigns/{campaign_id}", response_model=CampaignPublic)
def replace_campaign(campaign_id: RowId, body: CampaignCreate, principal: Admin, now: Now,
                     request: Request) -> CampaignPublic:
    """Replace a campaign (admin)."""
    with unit_of_work(request) as session:
        return campaigns.to_public(campaigns.replace_campaign(
            session, campaign_id=campaign_id, data=body, now=now, actor_id=principal.actor_id))


@router.delete("/campaigns/{campaign_id}", status_code=204)
def delete_campaign(campaign_id: RowId, principal: Admin, now: Now, request: Request) -> Response:
    """Delete a campaign (admin)."""
    with unit_of_work(request) as session:
        campaigns.delete_campaign(session, campaign_id=campaign_id, now=now,
                                  actor_id=principal.actor_id)
    return Response(status_code=204)


@router.get("/quizzes/{quiz_id}", response_model=QuizPublic)
def get_quiz(quiz_id: str, accepted: Lang, request: Request, lang: LangQuery = None) -> QuizPublic:
    """A quiz to play: questions and choices, never the answers (public)."""
    with unit_of_work(request) as session:
        return quiz.to_public(session, quiz_id=quiz_id, lang=lang or accepted)


@router.post("/quizzes/{quiz_id}/submissions", response_model=SubmissionResult)
def submit_quiz(quiz_id: str, body: SubmissionCreate, accepted: Lang, request: Request,
                lang: LangQuery = None) -> SubmissionResult:
    """Score a submission with explanations; only anonymous counters are kept (public)."""
    with unit_of_work(request) as session:
        return quiz.submit(session, quiz_id=quiz_id, answers=body.answers, lang=lang or accepted)


@router.get("/quizzes/{quiz_id}/stats", response_model=QuizStats)
def quiz_stats(quiz_id: str, principal: Organisers, accepted: Lang, request: Request,
               lang: LangQuery = None) -> QuizStats:
    """Per-question success rates (admin, moderator)."""
    with unit_of_work(request) as session:
        return quiz.stats(session, quiz_id=quiz_id, lang=lang or accepted)


@router.get("/helplines", response_model=list[HelplinePublic])
def list_helplines(
    now: Now, accepted: Lang, request: Request,
    country: Annotated[str | None, Query(max_length=8)] = None,
    at: Annotated[dt.datetime | None, Query(description="ISO-8601 time with offset")] = None,
    lang: LangQuery = None,
) -> list[HelplinePublic]:
    """Helplines of ``country``, each saying whether it is open now or at ``at`` (public)."""
    with unit_of_work(request) as session:
        return helplines.directory(session, country=country, lang=lang or accepted, at=at or now)
