"""Reading comments, with each role seeing only what it may."""

from __future__ import annotations

from sqlalchemy.orm import Session

from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.errors import NotFound
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Comment, Content
from rempart.moderation.schemas import CommentPublic, SpanPublic


def _not_found(comment_id: int) -> NotFound:
    return NotFound(
        f"No comment {comment_id}.", f"Aucun commentaire {comment_id}.", code="comment_not_found"
    )


def can_read(session: Session, *, principal: Principal, comment: Comment) -> bool:
    """Whether ``principal`` may read ``comment`` (creators: their contents' and their own)."""
    if principal.role in (Role.PLATFORM, Role.MODERATOR, Role.ADMIN):
        return True
    if principal.role is Role.CREATOR and principal.account_id:
        if comment.author_id == principal.account_id:
            return True
        content = session.get(Content, comment.content_id)
        return content is not None and content.creator_id == principal.account_id
    return False


def get_comment(session: Session, *, principal: Principal, comment_id: int) -> Comment:
    """The comment ``comment_id`` if it exists and ``principal`` may read it, else NotFound."""
    comment = session.get(Comment, comment_id)
    if comment is None or not can_read(session, principal=principal, comment=comment):
        raise _not_found(comment_id)
    return comment


def to_public(comment: Comment) -> CommentPublic:
    """The API shape of a stored comment."""
    return CommentPublic(
        id=comment.id,
        external_id=comment.external_id,
        content_id=comment.content_id,
        author_id=comment.author_id,
        parent_id=comment.parent_id,
        text=comment.text,
        lang=comment.lang,
        status=CommentStatus(comment.status),
        toxicity=comment.toxicity,
        scores=comment.scores,
        spans=[SpanPublic(**span) for span in comment.spans],
        reasons=comment.reasons,
        model_version=comment.model_version,
        created_at=comment.created_at,
        updated_at=comment.updated_at,
    )
