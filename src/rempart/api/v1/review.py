"""The human review queue: list ranked items, claim one, decide it (a target or an appeal)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import AppSettings, Now, require, unit_of_work
from rempart.api.responses import ERRORS
from rempart.api.v1.webhooks import wake_sender
from rempart.moderation import appeals, decisions, review
from rempart.moderation.decision_enums import ReviewSource
from rempart.moderation.decision_schemas import (
    AppealPublic,
    ClaimPublic,
    DecisionCreate,
    DecisionPublic,
    ReviewItemPublic,
)

router = APIRouter(prefix="/v1", tags=["review"], responses=ERRORS)
Moderator = Annotated[Principal, Depends(require(Role.MODERATOR, Role.ADMIN))]


def decision_rules(request: Request) -> decisions.DecisionRules:
    """The decision rules the app's publisher was built with."""
    rules: decisions.DecisionRules = request.app.state.publisher.decision_rules
    return rules


Rules = Annotated[decisions.DecisionRules, Depends(decision_rules)]


@router.get("/review/queue", response_model=list[ReviewItemPublic])
def get_queue(principal: Moderator, now: Now, settings: AppSettings, request: Request,
              limit: Annotated[int, Query(ge=1, le=200)] = 50,
              category: Annotated[str | None, Query(max_length=32)] = None,
              lang: Annotated[str | None, Query(pattern=r"^(fr|en|other)$")] = None,
              source: ReviewSource | None = None) -> list[ReviewItemPublic]:
    """Open items, trusted flaggers first, then severity, deadline and number of reporters."""
    with unit_of_work(request) as session:
        return review.queue(session, now=now, limit=limit, category=category, lang=lang,
                            source=source,
                            review_due=dt.timedelta(hours=settings.review_due_hours))


@router.post("/review/items/{item_id}/claim", response_model=ClaimPublic)
def claim_item(item_id: str, principal: Moderator, now: Now, settings: AppSettings,
               request: Request) -> ClaimPublic:
    """Claim an item to work on it; 409 already_claimed while another moderator holds it."""
    with unit_of_work(request) as session:
        held = review.claim(session, item_id=item_id, moderator_id=principal.actor_id, now=now,
                            ttl=dt.timedelta(minutes=settings.review_claim_minutes))
        return ClaimPublic.model_validate(held, from_attributes=True)


@router.post("/review/items/{item_id}/decision", response_model=DecisionPublic | AppealPublic,
             status_code=201)
def decide_item(item_id: str, body: DecisionCreate, principal: Moderator, now: Now, rules: Rules,
                request: Request) -> DecisionPublic | AppealPublic:
    """Decide an item: ``action`` on a target (a decision), ``outcome`` on an appeal."""
    ref = review.parse_item(item_id)
    result: DecisionPublic | AppealPublic
    with unit_of_work(request) as session:
        if ref.kind == "appeal":
            result = appeals.to_public(appeals.decide_appeal(
                session, appeal_id=int(ref.key), body=body, principal=principal, now=now,
                rules=rules))
        else:
            result = decisions.to_public(decisions.decide(
                session, ref=ref, body=body, principal=principal, now=now, rules=rules),
                rules=rules)
    wake_sender(request)
    return result
