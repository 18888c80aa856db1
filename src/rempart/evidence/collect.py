"""What was said to a victim: every comment on their contents, replying to them, or naming them.

Comments removed by moderation are included: they stay in the comments table (the evidence
store) until ``rempart.evidence.retention`` redacts them after the retention period.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from typing import Any, Final
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from rempart.detection.categories import CATEGORIES
from rempart.errors import TooManyItems
from rempart.moderation.decision_models import Decision
from rempart.moderation.models import Account, Comment, Content
from rempart.pileon.models import CommentMention

#: Most comments one bundle holds; a longer history is exported period by period.
MAX_ITEMS: Final = 5000
#: Scores at or above which a category is listed as detected.
_DETECTED: Final = 0.5


def canonical(value: Any) -> bytes:
    """The canonical JSON bytes that digests are computed over (sorted keys, no spaces, UTF-8)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def local(at: dt.datetime | None, zone: ZoneInfo) -> str | None:
    """ISO 8601 date-time with the zone's offset (e.g. ``2026-11-02T11:00:00+01:00``)."""
    return at.astimezone(zone).isoformat(timespec="seconds") if at is not None else None


def said_to(session: Session, *, account_id: str, start: dt.datetime | None,
            end: dt.datetime) -> list[Comment]:
    """Comments by others to ``account_id`` posted in [start, end), oldest first (at most 5000)."""
    parent = aliased(Comment)
    query = select(Comment).where(
        Comment.author_id != account_id, Comment.created_at < end,
        or_(Comment.content_id.in_(select(Content.id).where(Content.creator_id == account_id)),
            Comment.parent_id.in_(select(parent.id).where(parent.author_id == account_id)),
            Comment.id.in_(select(CommentMention.comment_id)
                           .where(CommentMention.account_id == account_id))))
    if start is not None:
        query = query.where(Comment.created_at >= start)
    rows = list(session.scalars(query.order_by(Comment.created_at, Comment.id).limit(MAX_ITEMS + 1)))
    if len(rows) > MAX_ITEMS:
        raise TooManyItems(
            f"More than {MAX_ITEMS} comments in this period: export a shorter period at a time.",
            f"Plus de {MAX_ITEMS} commentaires sur cette période : exportez-la en plusieurs fois.",
            details={"limit": MAX_ITEMS})
    return rows


def items(session: Session, *, account_id: str, comments: list[Comment],
          zone: ZoneInfo) -> list[dict[str, Any]]:
    """Each comment as a self-contained evidence item (facts only; the digest is added around it)."""
    ids = [c.id for c in comments]
    authors = {a.id: a for a in session.scalars(
        select(Account).where(Account.id.in_({c.author_id for c in comments})))}
    contents = {c.id: c for c in session.scalars(
        select(Content).where(Content.id.in_({c.content_id for c in comments})))}
    parents: dict[int, str] = {row.id: row.author_id for row in session.execute(
        select(Comment.id, Comment.author_id).where(
            Comment.id.in_({c.parent_id for c in comments if c.parent_id is not None})))}
    mentioned = set(session.scalars(select(CommentMention.comment_id).where(
        CommentMention.account_id == account_id, CommentMention.comment_id.in_(ids))))
    decided: dict[str, list[Decision]] = defaultdict(list)
    for decision in session.scalars(select(Decision).where(
            Decision.target_type == "comment", Decision.target_id.in_([str(i) for i in ids]))
            .order_by(Decision.decided_at, Decision.id)):
        decided[decision.target_id].append(decision)
    result = []
    for comment in comments:
        content = contents[comment.content_id]
        author = authors.get(comment.author_id)
        how = [name for name, yes in (
            ("on_their_content", content.creator_id == account_id),
            ("reply_to_them", parents.get(comment.parent_id or 0) == account_id),
            ("mentions_them", comment.id in mentioned)) if yes]
        result.append({
            "comment_id": comment.id, "external_id": comment.external_id,
            "author": {"id": comment.author_id, "handle": author.handle if author else None},
            "text": comment.text, "lang": comment.lang,
            "posted_at": local(comment.created_at, zone),
            "content": {"id": content.id, "title": content.title, "url": content.url},
            "addressed": how, "parent_id": comment.parent_id, "status": comment.status,
            "detected": sorted(c for c in CATEGORIES if comment.scores.get(c, 0.0) >= _DETECTED),
            "toxicity": round(comment.toxicity, 4) if comment.toxicity is not None else None,
            "decisions": [{
                "id": d.id, "action": d.action, "category": d.category, "ground": d.ground,
                "legal_ground": d.legal_ground, "explanation": d.explanation,
                "automated_decision": d.automated_decision, "decided_by_type": d.decided_by_type,
                "decided_at": local(d.decided_at, zone), "new_status": d.new_status,
                "reverses_id": d.reverses_id} for d in decided[str(comment.id)]],
        })
    return result
