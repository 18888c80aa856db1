"""Community guidelines: anyone reads them, an admin replaces them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, require, unit_of_work
from rempart.api.responses import ERRORS
from rempart.moderation import guidelines
from rempart.moderation.schemas import GuidelinePublic, GuidelinesReplace

router = APIRouter(prefix="/v1", tags=["guidelines"], responses=ERRORS)


@router.get("/guidelines", response_model=list[GuidelinePublic])
def get_guidelines(request: Request) -> list[GuidelinePublic]:
    """The community guidelines, in French and English (public)."""
    with unit_of_work(request) as session:
        return [guidelines.to_public(rule) for rule in guidelines.list_guidelines(session)]


@router.put("/guidelines", response_model=list[GuidelinePublic])
def put_guidelines(body: GuidelinesReplace, principal: Annotated[Principal, Depends(require(Role.ADMIN))],
                   now: Now, request: Request) -> list[GuidelinePublic]:
    """Replace the whole rule set (admin)."""
    with unit_of_work(request) as session:
        stored = guidelines.replace_guidelines(session, rules=body.rules, now=now,
                                               actor_id=principal.actor_id)
        return [guidelines.to_public(rule) for rule in stored]
