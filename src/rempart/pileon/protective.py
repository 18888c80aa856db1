"""Protective mode: while a pile-on is active, comments to the target from strangers are held.

A stranger is an account that never interacted with the target before the pile-on began (no
comment on the target's contents, no reply exchange with the target), or that took part in
the pile-on. The publish pipeline's ``protective_mode`` phase does the holding; this module
decides, for one new comment, whether that phase should act.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from rempart.moderation.models import Comment, Content
from rempart.moderation.pipeline import ProtectiveHold
from rempart.pileon import detector, incidents
from rempart.pileon.detector import PileonRules


def interacted_before(session: Session, *, author_id: str, target_id: str,
                      before: dt.datetime) -> bool:
    """Whether the author commented on the target's contents or exchanged replies with the
    target before ``before``."""
    on_contents = exists().where(Comment.author_id == author_id, Comment.created_at < before,
                                 Comment.content_id == Content.id, Content.creator_id == target_id)
    parent = aliased(Comment)
    replies = exists().where(
        Comment.parent_id == parent.id, Comment.created_at < before,
        or_(and_(Comment.author_id == author_id, parent.author_id == target_id),
            and_(Comment.author_id == target_id, parent.author_id == author_id)))
    return bool(session.scalar(select(on_contents)) or session.scalar(select(replies)))


def hold_for(session: Session, *, creator_id: str, parent_id: int | None, text: str,
             author_id: str, now: dt.datetime, rules: PileonRules) -> ProtectiveHold | None:
    """The protective hold a new comment (on a content of ``creator_id``) falls under, or None
    (no active pile-on, or a friend)."""
    mentions = detector.mentioned_accounts(session, text=text) if "@" in text else []
    for target_id in detector.targets_of(session, creator_id=creator_id, parent_id=parent_id,
                                         author_id=author_id, mentions=mentions):
        incident = incidents.active_incident(session, target_id=target_id, now=now,
                                             quiet=rules.quiet)
        if incident is None:
            continue
        # Interactions inside the window that opened the incident are the pile-on itself.
        began = incident.opened_at - rules.window
        if (incidents.is_participant(session, incident_id=incident.id, account_id=author_id)
                or not interacted_before(session, author_id=author_id, target_id=target_id,
                                         before=began)):
            return ProtectiveHold(incident_id=incident.id, target_id=target_id)
    return None
