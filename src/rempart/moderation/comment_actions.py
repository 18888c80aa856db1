"""What a creator (or the platform) does to one comment: approve, hide, delete.

Each action moves a comment to one status from a fixed set of statuses; a comment waiting for a
moderator or already removed is out of a creator's reach (only removal goes further). Rows are
never deleted: a deleted comment becomes ``removed`` with a reason, and every change is audited
in the transaction that makes it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy.orm import Session

from rempart import audit
from rempart.errors import Forbidden, NotFound
from rempart.moderation.acting import Actor
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Comment, Content


class CommentAction(StrEnum):
    """An action of the comment bulk endpoint."""

    APPROVE = "approve"
    HIDE = "hide"
    DELETE = "delete"
    REPORT = "report"


class Outcome(StrEnum):
    """What an action would do to a comment in its current status."""

    CHANGE = "change"
    ALREADY_DONE = "already_done"
    LOCKED = "locked"  # the comment's status is out of this action's reach


_S = CommentStatus
#: Each status-changing action: the status it gives and the statuses it may start from.
TRANSITIONS: dict[CommentAction, tuple[CommentStatus, frozenset[CommentStatus]]] = {
    CommentAction.APPROVE: (_S.VISIBLE, frozenset({_S.HELD, _S.HIDDEN})),
    CommentAction.HIDE: (_S.HIDDEN, frozenset({_S.VISIBLE, _S.HELD})),
    CommentAction.DELETE: (_S.REMOVED, frozenset({_S.VISIBLE, _S.HELD, _S.HIDDEN,
                                                  _S.PENDING_REVIEW})),
}


def outcome(comment: Comment, action: CommentAction) -> Outcome:
    """Whether ``action`` would change ``comment``, has nothing left to do, or may not touch it."""
    target, sources = TRANSITIONS[action]
    status = CommentStatus(comment.status)
    if status is target:
        return Outcome.ALREADY_DONE
    return Outcome.CHANGE if status in sources else Outcome.LOCKED


def reason_code(action: CommentAction, *, actor: Actor, comment: Comment, creator_id: str) -> str:
    """The stored reason for the change: who asked for it, e.g. ``deleted_by_author``."""
    verb = {CommentAction.APPROVE: "approved", CommentAction.HIDE: "hidden",
            CommentAction.DELETE: "deleted"}[action]
    if actor.account_id == comment.author_id and action is CommentAction.DELETE:
        return f"{verb}_by_author"
    if actor.account_id == creator_id:
        return f"{verb}_by_creator"
    return f"{verb}_by_{actor.principal.role.value}"


def change_status(
    session: Session, *, comment: Comment, action: CommentAction, actor: Actor, creator_id: str,
    now: dt.datetime, bulk: bool = False,
) -> None:
    """Apply ``action`` to ``comment`` (which it must be able to change), with a reason and audit."""
    target, _ = TRANSITIONS[action]
    previous = comment.status
    code = reason_code(action, actor=actor, comment=comment, creator_id=creator_id)
    comment.status = target.value
    comment.updated_at = now
    # A new list, so the JSON column is seen as changed.
    comment.reasons = [*comment.reasons, {"phase": "creator_action", "code": code,
                                          "detail": {"on_behalf_of": actor.account_id}}]
    audit.record(session, now=now, actor_type=actor.actor_type, actor_id=actor.actor_id,
                 action=f"comment.{action.value}", target_type="comment", target_id=str(comment.id),
                 details={**actor.audit_details(), "from": previous, "to": target.value,
                          "reason": code, "bulk": bulk})


def delete_comment(session: Session, *, actor: Actor, comment_id: int, now: dt.datetime) -> Comment:
    """Mark ``comment_id`` removed, for its author or its content's creator; deleting twice is a no-op."""
    comment = session.get(Comment, comment_id, with_for_update=True)
    if comment is None:
        raise NotFound(f"No comment {comment_id}.", f"Aucun commentaire {comment_id}.",
                       code="comment_not_found")
    content = session.get(Content, comment.content_id)
    assert content is not None  # a foreign key guarantees it
    if not (actor.may_act_for(comment.author_id) or actor.may_act_for(content.creator_id)):
        raise Forbidden("Only the comment's author or the content's creator may delete it.",
                        "Seuls l'auteur du commentaire ou le créateur du contenu peuvent le supprimer.",
                        code="not_your_comment")
    if outcome(comment, CommentAction.DELETE) is Outcome.CHANGE:
        change_status(session, comment=comment, action=CommentAction.DELETE, actor=actor,
                      creator_id=content.creator_id, now=now)
    return comment
