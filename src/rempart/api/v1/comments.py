"""Comments: publish through the pipeline, read one."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response
from sqlalchemy.exc import IntegrityError

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.api.deps import caller, on_publish_thread, require, unit_of_work
from rempart.api.params import RowId
from rempart.api.responses import ERRORS
from rempart.api.v1.webhooks import wake_sender
from rempart.moderation import comments, webhooks
from rempart.moderation.publish import PublishRequest
from rempart.moderation.schemas import CommentCreate, CommentPublic, CommentPublished

router = APIRouter(prefix="/v1", tags=["comments"], responses=ERRORS)
Platform = Annotated[Principal, Depends(require(Role.PLATFORM, Role.ADMIN))]


@router.post("/comments", response_model=CommentPublished, status_code=201, responses={
    200: {"model": CommentPublished, "description": "The first answer to a retried Idempotency-Key"}})
async def publish_comment(
    body: CommentCreate, principal: Platform, request: Request, response: Response,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> CommentPublished:
    """Publish a comment; the pipeline gives its status. A retried Idempotency-Key returns the first."""
    # One hop to a worker thread for the pipeline and the database; FastAPI then validates the
    # answer on the event loop instead of hopping again. The clock is read here rather than
    # through the ``Now`` dependency: the hottest path of all saves a dependency to solve.
    now: dt.datetime = request.app.state.clock()
    scoped_key = f"{principal.key_id}:{idempotency_key}" if idempotency_key else None
    return await on_publish_thread(request, _publish, body, principal, now, request, response,
                                   scoped_key)


def _publish(body: CommentCreate, principal: Principal, now: dt.datetime, request: Request,
             response: Response, scoped_key: str | None) -> CommentPublished:
    try:
        return _publish_once(body, principal, now, request, response, scoped_key)
    except IntegrityError:
        if scoped_key is None and body.external_id is None:
            raise
        # The Idempotency-Key or external_id is taken: a client retrying (the first try is not
        # looked up in advance, see Publisher.publish), or a concurrent request committing
        # between our reads and our insert. Once more, in a new transaction, looking the key up
        # first: the first comment is answered (or 409 for a reused external_id), never a
        # duplicate and never a 500.
        return _publish_once(body, principal, now, request, response, scoped_key,
                             after_conflict=True)


def _publish_once(body: CommentCreate, principal: Principal, now: dt.datetime, request: Request,
                  response: Response, scoped_key: str | None, *,
                  after_conflict: bool = False) -> CommentPublished:
    with unit_of_work(request) as session:
        comment, created = request.app.state.publisher.publish(
            session, now=now, actor_id=principal.actor_id, after_conflict=after_conflict,
            request=PublishRequest(
                content_id=body.content_id, author_id=body.author_id, text=body.text,
                external_id=body.external_id, parent_id=body.parent_id, check_id=body.check_id,
                idempotency_key=scoped_key, lang=body.lang))
        response.status_code = 201 if created else 200
        published = CommentPublished(id=comment.id, status=comment.status,
                                     reasons=comment.reasons)
        queued = webhooks.queued_any(session)  # an automated removal, a pile-on opening
    if queued:
        wake_sender(request)
    return published


@router.get("/comments/{comment_id}", response_model=CommentPublic)
def get_comment(comment_id: RowId, principal: Annotated[Principal, Depends(caller)],
                request: Request) -> CommentPublic:
    """One comment with its status, scores and reasons (404 if absent or not yours to see)."""
    with unit_of_work(request) as session:
        return comments.to_public(
            comments.get_comment(session, principal=principal, comment_id=comment_id))
