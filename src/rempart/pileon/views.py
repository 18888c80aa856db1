"""Stored incidents in their API shapes, with state computed at ``now``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Comment
from rempart.pileon import incidents
from rempart.pileon.detector import PileonRules
from rempart.pileon.incidents import IncidentCounts, IncidentState
from rempart.pileon.models import PileonIncident
from rempart.pileon.schemas import PileonCommentPublic, PileonIncidentDetail, PileonIncidentPublic


def to_public(incident: PileonIncident, *, numbers: IncidentCounts, now: dt.datetime,
              rules: PileonRules) -> PileonIncidentPublic:
    """The incident as the API shows it."""
    current = incidents.state(incident, now=now, quiet=rules.quiet)
    return PileonIncidentPublic(
        id=incident.id, target_id=incident.target_id, state=current,
        protective_mode=current is IncidentState.ACTIVE, opened_at=incident.opened_at,
        last_event_at=incident.last_event_at,
        quiet_at=incident.last_event_at + rules.quiet if incident.closed_at is None else None,
        closed_at=incident.closed_at, close_reason=incident.close_reason,
        accounts_at_open=incident.accounts_at_open, accounts=numbers.accounts,
        comments=numbers.comments, reports=numbers.reports, reviewed_at=incident.reviewed_at)


def many(session: Session, rows: list[PileonIncident], *, now: dt.datetime,
         rules: PileonRules) -> list[PileonIncidentPublic]:
    """Several incidents, counted in one query."""
    numbers = incidents.counts(session, incident_ids=[i.id for i in rows])
    return [to_public(i, numbers=numbers.get(i.id, IncidentCounts()), now=now, rules=rules)
            for i in rows]


def detail(session: Session, incident: PileonIncident, *, now: dt.datetime,
           rules: PileonRules, staff: bool = True) -> PileonIncidentDetail:
    """The incident with its accounts and comments; for the target (not ``staff``), the accounts
    leave out those who only reported it."""
    summary = many(session, [incident], now=now, rules=rules)[0]
    ids = incidents.comment_ids(session, incident_id=incident.id)
    comments = session.scalars(select(Comment).where(Comment.id.in_(ids)).order_by(Comment.id))
    return PileonIncidentDetail(
        **summary.model_dump(),
        account_ids=incidents.participants(session, incident_id=incident.id, reporters=staff),
        items=[PileonCommentPublic(id=c.id, author_id=c.author_id, content_id=c.content_id,
                                   text=c.text, status=CommentStatus(c.status),
                                   toxicity=c.toxicity, created_at=c.created_at)
               for c in comments])
