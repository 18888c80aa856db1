"""Bulk actions on up to 100 comments or accounts; ``on_behalf_of`` in the body or the query."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from rempart.access.service import Principal
from rempart.api.deps import Now, caller, unit_of_work
from rempart.api.responses import ERRORS
from rempart.moderation import bulk
from rempart.moderation.acting import pick_on_behalf_of, resolve_actor
from rempart.moderation.enums import CommentStatus
from rempart.moderation.schemas import (
    AccountBulkRequest,
    BulkItemPublic,
    BulkResult,
    CommentBulkRequest,
)

router = APIRouter(prefix="/v1", tags=["bulk actions"], responses=ERRORS)
Caller = Annotated[Principal, Depends(caller)]
OnBehalfOf = Annotated[str | None, Query(
    min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$",
    description="The account a platform key acts for (a creator key may only name itself).")]


def _result(action: str, outcomes: list[bulk.ItemOutcome]) -> BulkResult:
    counts = Counter(o.result.value for o in outcomes)
    return BulkResult(
        action=action,
        results=[BulkItemPublic(id=o.id, result=o.result,
                                status=CommentStatus(o.status) if o.status else None,
                                detail=o.detail, report_id=o.report_id) for o in outcomes],
        counts={r.value: counts.get(r.value, 0) for r in bulk.ItemResult})


@router.post("/comments/bulk", response_model=BulkResult)
def bulk_comments(body: CommentBulkRequest, principal: Caller, now: Now, request: Request,
                  on_behalf_of: OnBehalfOf = None) -> BulkResult:
    """Approve, hide, delete or report 1 to 100 comments under the creator's contents."""
    actor = resolve_actor(principal=principal,
                          on_behalf_of=pick_on_behalf_of(query=on_behalf_of, body=body.on_behalf_of))
    with unit_of_work(request) as session:
        outcomes = bulk.bulk_comments(session, actor=actor, action=body.action, ids=body.ids,
                                      now=now, reason=body.reason, explanation=body.explanation)
    return _result(body.action.value, outcomes)


@router.post("/accounts/bulk", response_model=BulkResult)
def bulk_accounts(body: AccountBulkRequest, principal: Caller, now: Now, request: Request,
                  on_behalf_of: OnBehalfOf = None) -> BulkResult:
    """Block, restrict or report 1 to 100 accounts for the creator."""
    actor = resolve_actor(principal=principal,
                          on_behalf_of=pick_on_behalf_of(query=on_behalf_of, body=body.on_behalf_of))
    with unit_of_work(request) as session:
        outcomes = bulk.bulk_accounts(session, actor=actor, action=body.action, ids=body.ids,
                                      now=now, reason=body.reason, explanation=body.explanation)
    return _result(body.action.value, outcomes)
