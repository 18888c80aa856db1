"""Lists of comments, newest first, paged by an opaque cursor that new comments cannot disturb.

Pages are keyed on the comment id (ids only grow), so a comment published while a reader pages
lands before the first page and never shifts later ones: every comment is seen at most once,
and every comment that existed when paging began is seen exactly once if its status holds.
The approval queue is one such list: held comments on a creator's contents.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from rempart.errors import InvalidInput
from rempart.moderation.acting import Actor, forbidden_account
from rempart.moderation.creator_settings import owned_content, require_account
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Comment, Content

DEFAULT_LIMIT = 50
MAX_LIMIT = 100


@dataclass(frozen=True, slots=True)
class Page:
    """Some comments, newest first, and the cursor of the next page (None on the last page)."""

    items: list[Comment]
    next_cursor: str | None


def encode_cursor(last_id: int) -> str:
    """The opaque cursor of the page that follows the comment ``last_id``."""
    raw = json.dumps({"v": 1, "before": last_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The comment id a cursor pages after; InvalidInput for anything this API did not issue."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        before = data["before"]
        if data.get("v") != 1 or not isinstance(before, int) or isinstance(before, bool):
            raise ValueError(cursor)
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise InvalidInput("This cursor is not valid: use next_cursor from a previous page.",
                           "Ce curseur n'est pas valide : reprenez next_cursor d'une page.",
                           code="invalid_cursor") from error
    return before


def _page(session: Session, query: Select[int], *, cursor: str | None,
          limit: int) -> Page:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}.",
                           f"limit doit être entre 1 et {MAX_LIMIT}.", code="invalid_limit")
    if cursor:
        query = query.where(Comment.id < decode_cursor(cursor))
    # The page's ids come from an index alone; only those rows are read (a viral video's
    # held comments are sorted as ids, not as whole rows).
    ids = list(session.scalars(query.order_by(Comment.id.desc()).limit(limit + 1)))
    more = len(ids) > limit
    items = list(session.scalars(select(Comment).where(Comment.id.in_(ids[:limit]))
                                 .order_by(Comment.id.desc()))) if ids else []
    return Page(items=items, next_cursor=encode_cursor(ids[limit - 1]) if more else None)


def content_comments(
    session: Session, *, actor: Actor, content_id: str,
    statuses: Sequence[CommentStatus] = (), cursor: str | None = None, limit: int = DEFAULT_LIMIT,
) -> Page:
    """Comments on ``content_id`` (of any status, or of ``statuses``) for its creator or the platform."""
    content = owned_content(session, actor=actor, content_id=content_id)
    query = select(Comment.id).where(Comment.content_id == content.id)
    if statuses:
        query = query.where(Comment.status.in_([s.value for s in statuses]))
    return _page(session, query, cursor=cursor, limit=limit)


def approval_queue(
    session: Session, *, actor: Actor, account_id: str, cursor: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> Page:
    """Held comments on the contents of ``account_id``, newest first, with their reasons."""
    require_account(session, account_id=account_id)
    if not actor.may_act_for(account_id):
        raise forbidden_account(account_id)
    contents = select(Content.id).where(Content.creator_id == account_id)
    query = select(Comment.id).where(Comment.status == CommentStatus.HELD.value,
                                  Comment.content_id.in_(contents))
    return _page(session, query, cursor=cursor, limit=limit)
