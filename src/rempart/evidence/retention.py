"""How long the evidence store keeps comments removed by moderation, and the purge after that.

Nothing in Rempart deletes a comment: a removal changes its status and keeps its text, so
evidence bundles still contain it. Only ``purge_expired_evidence`` — which a scheduler calls
(not yet wired; see the README) — redacts the text of comments removed longer ago than
``evidence_retention_days``; their ids, dates, statuses and decisions stay.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.moderation.enums import SYSTEM_ACTOR_ID, ActorType, CommentStatus
from rempart.moderation.models import Comment

DEFAULT_RETENTION_DAYS = 365
_BATCH = 500


def purge_expired_evidence(session: Session, *, now: dt.datetime,
                           retention_days: int = DEFAULT_RETENTION_DAYS) -> int:
    """Redact (at most 500 per call) comments removed more than ``retention_days`` ago.

    Returns how many were redacted; each is audited. A comment removed then restored is not removed.
    """
    cutoff = now - dt.timedelta(days=retention_days)
    rows = session.scalars(select(Comment).where(
        Comment.status == CommentStatus.REMOVED.value, Comment.updated_at < cutoff,
        Comment.text != "").order_by(Comment.id).limit(_BATCH).with_for_update()).all()
    for comment in rows:
        comment.text, comment.spans = "", []
        audit.record(session, now=now, actor_type=ActorType.SYSTEM, actor_id=SYSTEM_ACTOR_ID,
                     action="comment.evidence_purged", target_type="comment",
                     target_id=str(comment.id),
                     details={"removed_at": comment.updated_at.isoformat(),
                              "retention_days": retention_days})
        comment.updated_at = now
    return len(rows)
