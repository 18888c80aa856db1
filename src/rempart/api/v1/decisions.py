"""Decisions, their statements of reasons, and appeals against them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, caller, require, unit_of_work
from rempart.api.params import RowId
from rempart.api.responses import ERRORS
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
from rempart.privacy.reporters import mask, reporter_names

router = APIRouter(prefix="/v1", tags=["decisions"], responses=ERRORS)
Anyone = Annotated[Principal, Depends(caller)]
Appellant = Annotated[Principal, Depends(require(Role.PLATFORM, Role.CREATOR, Role.TRUSTED_FLAGGER,
                                                 Role.ADMIN))]
Moderator = Annotated[Principal, Depends(require(Role.MODERATOR, Role.ADMIN))]
_STAFF = (Role.MODERATOR, Role.ADMIN, Role.PLATFORM)


@router.get("/decisions/{decision_id}", response_model=DecisionPublic)
def get_decision(decision_id: RowId, principal: Anyone, rules: Rules,
                 request: Request) -> DecisionPublic:
    """A decision, for staff, its author or the reporters it answered (never naming reporters)."""
    with unit_of_work(request) as session:
        decision = appeals.readable(session, principal=principal, decision_id=decision_id)
        staff = principal.role in _STAFF
        public = decisions.to_public(decision, rules=rules, staff=staff)
        if staff:
            return public
        names = reporter_names(session, decision_id=decision.id)
        return public.model_copy(update={"explanation": mask(public.explanation, names) or ""})


@router.get("/decisions/{decision_id}/statement", response_model=StatementPublic)
def get_statement(decision_id: RowId, principal: Anyone, rules: Rules, request: Request,
                  lang: Annotated[str | None, Query(pattern=r"^(fr|en)$")] = None) -> StatementPublic:
    """The statement of reasons, in the author's language unless ``lang`` asks for another."""
    with unit_of_work(request) as session:
        decision = appeals.readable(session, principal=principal, decision_id=decision_id)
        statement = statements.statement(decision, lang=lang, appeal_window=rules.appeal_window)
        if principal.role in _STAFF:
            return statement
        names = reporter_names(session, decision_id=decision.id)
        return statement.model_copy(update={"explanation": mask(statement.explanation, names) or ""})


@router.post("/decisions/{decision_id}/appeals", response_model=AppealPublic, status_code=201)
def file_appeal(decision_id: RowId, body: AppealCreate, principal: Appellant, now: Now, rules: Rules,
                request: Request) -> AppealPublic:
    """Appeal a decision: its author, or a reporter against a no_action, within the window."""
    with unit_of_work(request) as session:
        return appeals.to_public(appeals.file_appeal(
            session, principal=principal, decision_id=decision_id, body=body, now=now,
            rules=rules))


@router.get("/appeals/{appeal_id}", response_model=AppealPublic)
def get_appeal(appeal_id: RowId, principal: Anyone, request: Request) -> AppealPublic:
    """An appeal and its outcome, for its appellant (or staff)."""
    with unit_of_work(request) as session:
        appeal = appeals.readable_appeal(session, principal=principal, appeal_id=appeal_id)
        public = appeals.to_public(appeal)
        if principal.role in _STAFF:
            return public
        names = reporter_names(session, decision_id=appeal.decision_id)
        return public.model_copy(update={
            "outcome_explanation": mask(public.outcome_explanation, names)})


@router.post("/appeals/{appeal_id}/decision", response_model=AppealPublic)
def decide_appeal(appeal_id: RowId, body: DecisionCreate, principal: Moderator, now: Now,
                  rules: Rules, request: Request) -> AppealPublic:
    """Uphold or reverse an appeal (a different moderator than the one who decided)."""
    with unit_of_work(request) as session:
        appeal = appeals.to_public(appeals.decide_appeal(
            session, appeal_id=appeal_id, body=body, principal=principal, now=now, rules=rules))
    wake_sender(request)
    return appeal
