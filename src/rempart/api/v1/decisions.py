"""Decisions, their statements of reasons, and appeals against them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, caller, require, unit_of_work
from rempart.api.v1.review import Rules
from rempart.api.v1.webhooks import wake_sender
from rempart.moderation import appeals, decisions, statements
from rempart.moderation.decision_schemas import (
    AppealCreate,
    AppealPublic,
    DecisionCreate,
    DecisionPublic,
    StatementPublic,
)

router = APIRouter(prefix="/v1", tags=["decisions"])
Anyone = Annotated[Principal, Depends(caller)]
Appellant = Annotated[Principal, Depends(require(Role.PLATFORM, Role.CREATOR, Role.TRUSTED_FLAGGER,
                                                 Role.ADMIN))]
Moderator = Annotated[Principal, Depends(require(Role.MODERATOR, Role.ADMIN))]


@router.get("/decisions/{decision_id}", response_model=DecisionPublic)
def get_decision(decision_id: int, principal: Anyone, rules: Rules,
                 request: Request) -> DecisionPublic:
    """A decision, for staff, its author or the reporters it answered (never naming reporters)."""
    with unit_of_work(request) as session:
        decision = appeals.readable(session, principal=principal, decision_id=decision_id)
        staff = principal.role in (Role.MODERATOR, Role.ADMIN, Role.PLATFORM)
        return decisions.to_public(decision, rules=rules, staff=staff)


@router.get("/decisions/{decision_id}/statement", response_model=StatementPublic)
def get_statement(decision_id: int, principal: Anyone, rules: Rules, request: Request,
                  lang: Annotated[str | None, Query(pattern=r"^(fr|en)$")] = None) -> StatementPublic:
    """The statement of reasons, in the author's language unless ``lang`` asks for another."""
    with unit_of_work(request) as session:
        decision = appeals.readable(session, principal=principal, decision_id=decision_id)
        return statements.statement(decision, lang=lang, appeal_window=rules.appeal_window)


@router.post("/decisions/{decision_id}/appeals", response_model=AppealPublic, status_code=201)
def file_appeal(decision_id: int, body: AppealCreate, principal: Appellant, now: Now, rules: Rules,
                request: Request) -> AppealPublic:
    """Appeal a decision: its author, or a reporter against a no_action, within the window."""
    with unit_of_work(request) as session:
        return appeals.to_public(appeals.file_appeal(
            session, principal=principal, decision_id=decision_id, body=body, now=now,
            rules=rules))


@router.get("/appeals/{appeal_id}", response_model=AppealPublic)
def get_appeal(appeal_id: int, principal: Anyone, request: Request) -> AppealPublic:
    """An appeal and its outcome, for its appellant (or staff)."""
    with unit_of_work(request) as session:
        return appeals.to_public(appeals.readable_appeal(session, principal=principal,
                                                         appeal_id=appeal_id))


@router.post("/appeals/{appeal_id}/decision", response_model=AppealPublic)
def decide_appeal(appeal_id: int, body: DecisionCreate, principal: Moderator, now: Now,
                  rules: Rules, request: Request) -> AppealPublic:
    """Uphold or reverse an appeal (a different moderator than the one who decided)."""
    with unit_of_work(request) as session:
        appeal = appeals.to_public(appeals.decide_appeal(
            session, appeal_id=appeal_id, body=body, principal=principal, now=now, rules=rules))
    wake_sender(request)
    return appeal
