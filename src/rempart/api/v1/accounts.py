"""Accounts and contents of the host platform (platform key)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, require, unit_of_work
from rempart.api.responses import ERRORS
from rempart.moderation import accounts
from rempart.moderation.schemas import AccountPublic, AccountUpsert, ContentPublic, ContentUpsert

router = APIRouter(prefix="/v1", tags=["accounts"], responses=ERRORS)
PlatformId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")]
Platform = Annotated[Principal, Depends(require(Role.PLATFORM, Role.ADMIN))]


@router.put("/accounts/{account_id}", response_model=AccountPublic,
            responses={201: {"model": AccountPublic, "description": "Created"}})
def put_account(
    account_id: PlatformId,
    body: AccountUpsert,
    principal: Platform,
    now: Now,
    request: Request,
    response: Response,
) -> AccountPublic:
    """Create or update an account of the platform (201 when created)."""
    with unit_of_work(request) as session:
        account, created = accounts.upsert_account(
            session,
            account_id=account_id,
            handle=body.handle,
            age_band=body.age_band.value if body.age_band else None,
            now=now,
            actor_id=principal.actor_id,
        )
        response.status_code = 201 if created else 200
        return AccountPublic.model_validate(account, from_attributes=True)


@router.put("/contents/{content_id}", response_model=ContentPublic,
            responses={201: {"model": ContentPublic, "description": "Created"}})
def put_content(
    content_id: PlatformId,
    body: ContentUpsert,
    principal: Platform,
    now: Now,
    request: Request,
    response: Response,
) -> ContentPublic:
    """Create or update a content and name its creator (201 when created)."""
    with unit_of_work(request) as session:
        content, created = accounts.upsert_content(
            session,
            content_id=content_id,
            creator_id=body.creator_id,
            title=body.title,
            url=body.url,
            now=now,
            actor_id=principal.actor_id,
        )
        response.status_code = 201 if created else 200
        return ContentPublic.model_validate(content, from_attributes=True)
