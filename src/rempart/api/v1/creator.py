"""Creator controls: filter settings, comment lists, the approval queue, deleting a comment.

A creator key acts for its own account; a platform key acts for the account named
``on_behalf_of`` (query parameter, or body field on PUT), or as the platform when it names none.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy.orm import Session

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import Now, caller, unit_of_work
from rempart.api.responses import ERRORS
from rempart.moderation import comment_actions, creator_settings, listing
from rempart.moderation.acting import pick_on_behalf_of, resolve_actor
from rempart.moderation.comments import to_public
from rempart.moderation.enums import CommentStatus, FilterMode
from rempart.moderation.models import Content, CreatorSettings
from rempart.moderation.publish import creator_rules
from rempart.moderation.schemas import (
    CommentPage,
    CommentPublic,
    CreatorRulesPublic,
    CreatorSettingsPublic,
    CreatorSettingsUpdate,
)

router = APIRouter(prefix="/v1", tags=["creator controls"], responses=ERRORS)
PlatformId = Annotated[str, Path(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$")]
Caller = Annotated[Principal, Depends(caller)]
OnBehalfOf = Annotated[str | None, Query(
    min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:@-]+$",
    description="The account a platform key acts for (a creator key may only name itself).")]
Cursor = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=listing.MAX_LIMIT)]
READERS = frozenset({Role.MODERATOR})


def _settings_public(session: Session, *, owner: str, row: CreatorSettings | None,
                     content: Content | None) -> CreatorSettingsPublic:
    effective = None
    if content is not None:
        rules = creator_rules(session, creator_id=content.creator_id, content_id=content.id)
        effective = CreatorRulesPublic(
            filter_mode=rules.filter_mode, keywords=list(rules.keywords),
            approved_commenters=sorted(rules.approved_commenters),
            blocked_accounts=sorted(rules.blocked_accounts),
            restricted_accounts=sorted(rules.restricted_accounts))
    return CreatorSettingsPublic(
        account_id=owner, content_id=content.id if content else None,
        filter_mode=FilterMode(row.filter_mode) if row else FilterMode.OFF,
        keywords=row.keywords if row else [],
        approved_commenters=row.approved_commenters if row else [],
        blocked_accounts=row.blocked_accounts if row else [],
        restricted_accounts=row.restricted_accounts if row else [],
        updated_at=row.updated_at if row else None, effective=effective)


def _change(body: CreatorSettingsUpdate) -> creator_settings.SettingsChange:
    return creator_settings.SettingsChange(
        filter_mode=body.filter_mode, keywords=body.keywords,
        approved_commenters=body.approved_commenters, blocked_accounts=body.blocked_accounts,
        restricted_accounts=body.restricted_accounts)


def _put_settings(request: Request, principal: Principal, now: Now, body: CreatorSettingsUpdate,
                  on_behalf_of: str | None, *, account_id: str | None,
                  content_id: str | None) -> CreatorSettingsPublic:
    actor = resolve_actor(principal=principal,
                          on_behalf_of=pick_on_behalf_of(query=on_behalf_of, body=body.on_behalf_of))
    with unit_of_work(request) as session:
        creator_settings.update_settings(session, actor=actor, account_id=account_id,
                                         content_id=content_id, change=_change(body), now=now)
        owner, row, content = creator_settings.read_settings(
            session, actor=actor, account_id=account_id, content_id=content_id)
        return _settings_public(session, owner=owner, row=row, content=content)


def _get_settings(request: Request, principal: Principal, on_behalf_of: str | None, *,
                  account_id: str | None, content_id: str | None) -> CreatorSettingsPublic:
    actor = resolve_actor(principal=principal, on_behalf_of=on_behalf_of)
    with unit_of_work(request) as session:
        owner, row, content = creator_settings.read_settings(
            session, actor=actor, account_id=account_id, content_id=content_id)
        return _settings_public(session, owner=owner, row=row, content=content)


@router.get("/contents/{content_id}/settings", response_model=CreatorSettingsPublic)
def get_content_settings(content_id: PlatformId, principal: Caller, request: Request,
                         on_behalf_of: OnBehalfOf = None) -> CreatorSettingsPublic:
    """This content's own filters, and the ``effective`` ones (with the account defaults)."""
    return _get_settings(request, principal, on_behalf_of, account_id=None, content_id=content_id)


@router.put("/contents/{content_id}/settings", response_model=CreatorSettingsPublic)
def put_content_settings(content_id: PlatformId, body: CreatorSettingsUpdate, principal: Caller,
                         now: Now, request: Request,
                         on_behalf_of: OnBehalfOf = None) -> CreatorSettingsPublic:
    """Change this content's filters; fields left out keep their value."""
    return _put_settings(request, principal, now, body, on_behalf_of, account_id=None,
                         content_id=content_id)


@router.get("/accounts/{account_id}/settings", response_model=CreatorSettingsPublic)
def get_account_settings(account_id: PlatformId, principal: Caller, request: Request,
                         on_behalf_of: OnBehalfOf = None) -> CreatorSettingsPublic:
    """The creator's defaults for all of its contents."""
    return _get_settings(request, principal, on_behalf_of, account_id=account_id, content_id=None)


@router.put("/accounts/{account_id}/settings", response_model=CreatorSettingsPublic)
def put_account_settings(account_id: PlatformId, body: CreatorSettingsUpdate, principal: Caller,
                         now: Now, request: Request,
                         on_behalf_of: OnBehalfOf = None) -> CreatorSettingsPublic:
    """Change the creator's defaults for all of its contents; fields left out keep their value."""
    return _put_settings(request, principal, now, body, on_behalf_of, account_id=account_id,
                         content_id=None)


@router.get("/contents/{content_id}/comments", response_model=CommentPage)
def list_content_comments(
    content_id: PlatformId, principal: Caller, request: Request,
    status: Annotated[list[CommentStatus] | None, Query()] = None,
    cursor: Cursor = None, limit: Limit = listing.DEFAULT_LIMIT, on_behalf_of: OnBehalfOf = None,
) -> CommentPage:
    """Comments on this content, newest first (``status`` may repeat); for its creator or staff."""
    actor = resolve_actor(principal=principal, on_behalf_of=on_behalf_of, readers=READERS)
    with unit_of_work(request) as session:
        page = listing.content_comments(session, actor=actor, content_id=content_id,
                                        statuses=status or (), cursor=cursor, limit=limit)
        return CommentPage(items=[to_public(c) for c in page.items], next_cursor=page.next_cursor)


@router.get("/accounts/{account_id}/approval-queue", response_model=CommentPage)
def approval_queue(account_id: PlatformId, principal: Caller, request: Request,
                   cursor: Cursor = None, limit: Limit = listing.DEFAULT_LIMIT,
                   on_behalf_of: OnBehalfOf = None) -> CommentPage:
    """Held comments on this creator's contents, newest first, with the detector's reasons."""
    actor = resolve_actor(principal=principal, on_behalf_of=on_behalf_of, readers=READERS)
    with unit_of_work(request) as session:
        page = listing.approval_queue(session, actor=actor, account_id=account_id, cursor=cursor,
                                      limit=limit)
        return CommentPage(items=[to_public(c) for c in page.items], next_cursor=page.next_cursor)


@router.delete("/comments/{comment_id}", response_model=CommentPublic)
def delete_comment(comment_id: Annotated[int, Path(ge=1, le=2**63 - 1)], principal: Caller,
                   now: Now, request: Request, on_behalf_of: OnBehalfOf = None) -> CommentPublic:
    """Remove a comment (kept, with status ``removed`` and a reason): by its author or creator."""
    actor = resolve_actor(principal=principal, on_behalf_of=on_behalf_of)
    with unit_of_work(request) as session:
        return to_public(comment_actions.delete_comment(session, actor=actor,
                                                        comment_id=comment_id, now=now))
