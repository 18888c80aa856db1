"""The demo host: a pretend video platform whose server calls Rempart, as a real platform would."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from rempart import demo_world
from rempart.api.deps import unit_of_work
from rempart.errors import NotFound
from rempart.moderation import checks
from rempart.moderation.accounts import get_content
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Account, Comment, Content
from rempart.moderation.publish import PublishRequest
from rempart.web.security import verify_csrf
from rempart.web.templating import language_of, render

router = APIRouter(prefix="/demo", include_in_schema=False)
HOST_ACTOR = "demo-host"
VIEWERS = [account_id for account_id, _, _ in demo_world.COMMENTERS]


class DraftIn(BaseModel):
    text: str = Field(max_length=100_000)
    author_id: str = Field(min_length=1, max_length=128)
    check_id: str | None = Field(default=None, max_length=64)


DEMO_CONTENTS = frozenset(content_id for content_id, _, _ in demo_world.CONTENTS)


def _demo_content(content_id: str) -> str:
    """Only the demo world's videos can be commented on through the demo host."""
    if content_id not in DEMO_CONTENTS:
        raise NotFound(f"No demo video {content_id!r}.", f"Aucune vidéo de démo {content_id!r}.",
                       code="content_not_found")
    return content_id


def _viewer(requested: str | None) -> str:
    return requested if requested in VIEWERS else VIEWERS[0]


def _thread(request: Request, content_id: str, viewer: str) -> list[dict[str, Any]]:
    """Comments a viewer sees: the visible ones, plus their own whatever their status."""
    with unit_of_work(request) as session:
        rows = session.execute(
            select(Comment, Account.handle).join(Account, Account.id == Comment.author_id)
            .where(Comment.content_id == content_id,
                   (Comment.status == CommentStatus.VISIBLE.value) | (Comment.author_id == viewer))
            .order_by(Comment.id.desc()).limit(100)).all()
    return [{"id": c.id, "text": c.text, "handle": handle, "status": c.status,
             "mine": c.author_id == viewer, "created_at": c.created_at} for c, handle in rows]


@router.get("", response_class=HTMLResponse)
def videos(request: Request) -> Response:
    """The pretend platform's videos."""
    with unit_of_work(request) as session:
        contents = session.scalars(select(Content).where(
            Content.id.in_([c[0] for c in demo_world.CONTENTS])).order_by(Content.id)).all()
        listing = [{"id": c.id, "title": c.title} for c in contents]
    return render(request, "demo/index.html", videos=listing)


@router.get("/videos/{content_id}", response_class=HTMLResponse)
def video(request: Request, content_id: str, viewer: Annotated[str | None, Query(alias="as")] = None
          ) -> Response:
    """One video with its comments and the comment box wired to the reconsider prompt."""
    with unit_of_work(request) as session:
        content = get_content(session, content_id=_demo_content(content_id))
        creator = session.get(Account, content.creator_id)
        info = {"id": content.id, "title": content.title,
                "creator": creator.handle if creator else content.creator_id}
    who = _viewer(viewer)
    return render(request, "demo/video.html", video=info, viewer=who, viewers=VIEWERS,
                  comments=_thread(request, content_id, who))


@router.get("/videos/{content_id}/comments", response_class=HTMLResponse)
def thread(request: Request, content_id: str,
           viewer: Annotated[str | None, Query(alias="as")] = None) -> Response:
    """The comment list alone (refreshed after posting)."""
    return render(request, "partials/demo_comments.html",
                  comments=_thread(request, content_id, _viewer(viewer)))


@router.post("/videos/{content_id}/check")
def check(request: Request, content_id: str, draft: Annotated[DraftIn, Body()]) -> JSONResponse:
    """What the platform's server does before posting: ask Rempart whether to nudge."""
    verify_csrf(request, None)
    publisher = request.app.state.publisher
    publisher.validate_text(draft.text)
    assessment = publisher.scorer.score(draft.text)
    with unit_of_work(request) as session:
        result = checks.check_comment(
            session, assessment=assessment, text=draft.text, author_id=_viewer(draft.author_id),
            content_id=_demo_content(content_id), lang=language_of(request), policy=publisher.policy,
            now=request.app.state.clock())
    return JSONResponse(result.model_dump(mode="json"))


@router.post("/videos/{content_id}/comments")
def post(request: Request, content_id: str, draft: Annotated[DraftIn, Body()]) -> JSONResponse:
    """Publish through Rempart's pipeline; the answer says where the comment stands."""
    verify_csrf(request, None)
    with unit_of_work(request) as session:
        comment, _ = request.app.state.publisher.publish(
            session, now=request.app.state.clock(), actor_id=HOST_ACTOR,
            request=PublishRequest(content_id=_demo_content(content_id), author_id=_viewer(draft.author_id),
                                   text=draft.text, check_id=draft.check_id))
        return JSONResponse({"id": comment.id, "status": comment.status, "reasons": comment.reasons},
                            status_code=201)


@router.post("/checks/{check_id}/withdraw")
def withdraw(request: Request, check_id: str) -> JSONResponse:
    """The commenter chose *Delete* in the prompt."""
    verify_csrf(request, None)
    with unit_of_work(request) as session:
        done = checks.withdraw(session, check_id=check_id, now=request.app.state.clock())
        return JSONResponse({"check_id": done.id, "outcome": done.outcome})
