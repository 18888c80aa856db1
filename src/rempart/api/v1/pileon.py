"""Pile-on protection: incidents for moderators and targets, bulk actions, lifting protective mode."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from sqlalchemy.orm import Session

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, caller, require, unit_of_work
from rempart.api.params import RowId
from rempart.api.responses import ERRORS
from rempart.api.v1.review import Rules
from rempart.api.v1.webhooks import wake_sender
from rempart.errors import NotFound
from rempart.moderation.acting import resolve_actor
from rempart.moderation.decision_schemas import DecisionCreate
from rempart.pileon import actions, service, views
from rempart.pileon.detector import PileonRules
from rempart.pileon.models import PileonIncident
from rempart.pileon.schemas import (
    PileonActionItem,
    PileonActionRequest,
    PileonActionResult,
    PileonIncidentDetail,
    PileonIncidentPublic,
    PileonLift,
)

router = APIRouter(prefix="/v1", tags=["pile-on protection"], responses=ERRORS)
Anyone = Annotated[Principal, Depends(caller)]
Moderator = Annotated[Principal, Depends(require(Role.MODERATOR, Role.ADMIN))]
AccountId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")]
_STAFF = (Role.MODERATOR, Role.ADMIN, Role.PLATFORM)


def pileon_rules(request: Request) -> PileonRules:
    """The pile-on rules the app's publisher was built with."""
    rules: PileonRules = request.app.state.publisher.pileon_rules
    return rules


PRules = Annotated[PileonRules, Depends(pileon_rules)]


def _readable(principal: Principal, target_id: str) -> bool:
    return principal.role in _STAFF or (principal.role is Role.CREATOR
                                        and principal.account_id == target_id)


def _incident_for(session: Session, principal: Principal, incident_id: int) -> PileonIncident:
    incident = actions.get_incident(session, incident_id=incident_id)
    if not _readable(principal, incident.target_id):
        raise NotFound(f"No pile-on incident {incident_id}.",
                       f"Aucun incident de harcèlement groupé {incident_id}.",
                       code="incident_not_found")
    return incident


@router.get("/pileon/incidents", response_model=list[PileonIncidentPublic])
def list_incidents(principal: Moderator, now: Now, rules: PRules, request: Request,
                   open_only: bool = True,
                   limit: Annotated[int, Query(ge=1, le=200)] = 50) -> list[PileonIncidentPublic]:
    """Incidents, newest first (by default those not yet lifted)."""
    with unit_of_work(request) as session:
        rows = service.list_incidents(session, open_only=open_only, limit=limit)
        return views.many(session, rows, now=now, rules=rules)


@router.get("/pileon/incidents/{incident_id}", response_model=PileonIncidentDetail)
def get_incident(incident_id: RowId, principal: Anyone, now: Now, rules: PRules,
                 request: Request) -> PileonIncidentDetail:
    """An incident with its accounts and comments (staff, or its target)."""
    with unit_of_work(request) as session:
        incident = _incident_for(session, principal, incident_id)
        return views.detail(session, incident, now=now, rules=rules,
                            staff=principal.role in _STAFF)


@router.post("/pileon/incidents/{incident_id}/actions", response_model=PileonActionResult)
def act_on_incident(incident_id: RowId, body: PileonActionRequest, principal: Moderator, now: Now,
                    rules: Rules, request: Request) -> PileonActionResult:
    """One decision on up to 100 of the incident's comments (or accounts), each with its result."""
    try:
        decision = DecisionCreate(action=body.action, category=body.category, ground=body.ground,
                                  legal_ground=body.legal_ground, rule_id=body.rule_id,
                                  explanation=body.explanation, duration_hours=body.duration_hours)
    except ValidationError as exc:  # the decision's own rules (a ground, a legal ground): 422
        raise RequestValidationError(exc.errors(include_url=False)) from exc
    with unit_of_work(request) as session:
        incident = actions.get_incident(session, incident_id=incident_id)
        outcomes = actions.act(session, incident=incident, body=decision,
                               ids=body.ids, principal=principal, now=now, rules=rules)
    wake_sender(request)
    counts = Counter(o.result.value for o in outcomes)
    return PileonActionResult(
        incident_id=incident_id, action=body.action,
        results=[PileonActionItem(id=o.id, result=o.result, decision_id=o.decision_id,
                                  status=o.status, detail=o.detail) for o in outcomes],
        counts={r.value: counts.get(r.value, 0) for r in actions.ActionResult})


@router.post("/pileon/incidents/{incident_id}/lift", response_model=PileonIncidentPublic)
def lift_incident(incident_id: RowId, principal: Anyone, now: Now, rules: PRules, request: Request,
                  body: PileonLift | None = None) -> PileonIncidentPublic:
    """Turn protective mode off now: the target (creator key, or platform on_behalf_of) or staff."""
    moderator = principal.role in (Role.MODERATOR, Role.ADMIN)
    with unit_of_work(request) as session:
        incident = _incident_for(session, principal, incident_id)
        if not moderator:
            actor = resolve_actor(principal=principal, on_behalf_of=body.on_behalf_of if body else None)
            if not actor.may_act_for(incident.target_id):
                raise NotFound(f"No pile-on incident {incident_id}.",
                               f"Aucun incident de harcèlement groupé {incident_id}.",
                               code="incident_not_found")
        service.lift(session, incident=incident, by_target=not moderator,
                     actor_id=principal.actor_id, now=now, rules=rules)
        result = views.many(session, [incident], now=now, rules=rules)[0]
    wake_sender(request)
    return result


@router.get("/accounts/{account_id}/pileon", response_model=list[PileonIncidentPublic])
def target_incidents(account_id: AccountId, principal: Anyone, now: Now, rules: PRules,
                     request: Request,
                     limit: Annotated[int, Query(ge=1, le=200)] = 50) -> list[PileonIncidentPublic]:
    """The pile-on incidents against an account (the account itself, or staff)."""
    if not _readable(principal, account_id):
        raise NotFound(f"No pile-on incidents for {account_id!r} visible to this key.",
                       f"Aucun incident visible pour {account_id!r} avec cette clé.",
                       code="not_your_account")
    with unit_of_work(request) as session:
        rows = service.list_for_target(session, target_id=account_id, limit=limit)
        return views.many(session, rows, now=now, rules=rules)
