"""Pile-on protection as a service: record events, open and extend incidents, lift them, count them.

``record_comment`` and ``record_report`` run inside the transaction that stored the comment or
the report, so an incident exists exactly when the events that opened it do. Every opening and
lifting is audited, and the ``pileon.opened`` / ``pileon.lifted`` webhooks are queued.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rempart import audit
from rempart.detection.detector import Assessment
from rempart.moderation import webhooks
from rempart.moderation.accounts import content_creator
from rempart.moderation.decision_enums import WebhookEvent
from rempart.moderation.enums import SYSTEM_ACTOR_ID, ActorType, TargetType
from rempart.moderation.models import Comment, Content, Report
from rempart.pileon import detector, incidents
from rempart.pileon.detector import PileonRules
from rempart.pileon.incidents import CloseReason
from rempart.pileon.models import CommentMention, PileonEvent, PileonIncident

log = logging.getLogger("rempart.pileon")


def record_comment(session: Session, *, comment: Comment, creator_id: str,
                   assessment: Assessment | None, now: dt.datetime,
                   rules: PileonRules | None = None) -> PileonIncident | None:
    """Note a stored comment's @mentions and, if it is hurtful, count it against each target
    (``creator_id``: the creator of the comment's content).

    Returns the incident the comment joined or opened, if any.
    """
    rules = rules or PileonRules()
    mentions = detector.mentioned_accounts(session, text=comment.text)
    for account_id in mentions:
        session.add(CommentMention(comment_id=comment.id, account_id=account_id))
    if not detector.is_hurtful(comment, assessment, policy=rules.policy):
        return None
    joined = None
    # Targets are locked in a fixed order, so two comments naming the same two never deadlock.
    for target_id in sorted(detector.targets_of(
            session, creator_id=creator_id, parent_id=comment.parent_id,
            author_id=comment.author_id, mentions=mentions)):
        incident = _record(session, target_id=target_id, actor_id=comment.author_id, kind="comment",
                           comment_id=comment.id, report_id=None, now=now, rules=rules)
        joined = joined or incident
    return joined


def record_report(session: Session, *, report: Report, now: dt.datetime,
                  rules: PileonRules | None = None) -> PileonIncident | None:
    """Count a new report: a reported comment counts its author against the comment's targets;
    many accounts reporting one content or account (report-bombing) count against its owner."""
    rules = rules or PileonRules()
    pairs: list[tuple[str, str]] = []
    comment_id: int | None = None
    if report.target_type == TargetType.COMMENT.value and report.target_id.isdigit():
        comment = session.get(Comment, int(report.target_id))
        if comment is None:
            return None
        comment_id = comment.id
        mentions = list(session.scalars(select(CommentMention.account_id).where(
            CommentMention.comment_id == comment.id)))
        pairs = [(t, comment.author_id) for t in detector.targets_of(
            session, creator_id=content_creator(session, content_id=comment.content_id),
            parent_id=comment.parent_id, author_id=comment.author_id, mentions=mentions)]
    elif report.reporter_account_id:
        owner = (session.scalar(select(Content.creator_id).where(Content.id == report.target_id))
                 if report.target_type == TargetType.CONTENT.value else report.target_id)
        if owner and owner != report.reporter_account_id:
            pairs = [(owner, report.reporter_account_id)]
    joined = None
    for target_id, actor_id in sorted(pairs):
        incident = _record(session, target_id=target_id, actor_id=actor_id, kind="report",
                           comment_id=comment_id, report_id=report.id, now=now, rules=rules)
        joined = joined or incident
    return joined


def _record(session: Session, *, target_id: str, actor_id: str, kind: str, comment_id: int | None,
            report_id: int | None, now: dt.datetime, rules: PileonRules) -> PileonIncident | None:
    detector.touch_target(session, target_id=target_id, now=now)  # one event per target at a time
    detector.record_hit(session, target_id=target_id, actor_id=actor_id, now=now)
    event = PileonEvent(target_id=target_id, actor_id=actor_id, kind=kind, comment_id=comment_id,
                        report_id=report_id, at=now)
    session.add(event)
    session.flush()
    incident = incidents.open_incident(session, target_id=target_id, lock=True)
    if incident is not None and incident.last_event_at + rules.quiet <= now:
        _close(session, incident=incident, at=incident.last_event_at + rules.quiet,
               reason=CloseReason.QUIET, by=SYSTEM_ACTOR_ID, now=now, actor_type=ActorType.SYSTEM)
        incident = None
    if incident is None:
        counted = detector.distinct_accounts(session, target_id=target_id, since=now - rules.window)
        if counted < rules.threshold:
            return None
        incident = _open(session, target_id=target_id, counted=counted, now=now, rules=rules)
    event.incident_id = incident.id
    incident.last_event_at = max(incident.last_event_at, now)
    return incident


def _open(session: Session, *, target_id: str, counted: int, now: dt.datetime,
          rules: PileonRules) -> PileonIncident:
    """Open the target's incident, grouping the window's events; a concurrent opener's wins."""
    try:
        with session.begin_nested():
            incident = PileonIncident(target_id=target_id, opened_at=now, accounts_at_open=counted,
                                      last_event_at=now)
            session.add(incident)
            session.flush()
    except IntegrityError:
        # Another worker opened it first (the partial unique index): join theirs.
        existing = incidents.open_incident(session, target_id=target_id, lock=True)
        if existing is None:
            raise
        return existing
    session.execute(update(PileonEvent).where(
        PileonEvent.target_id == target_id, PileonEvent.at >= now - rules.window,
        PileonEvent.incident_id.is_(None)).values(incident_id=incident.id)
        .execution_options(synchronize_session=False))
    details = {"accounts": counted, "threshold": rules.threshold,
               "window_minutes": int(rules.window.total_seconds() // 60)}
    audit.record(session, now=now, actor_type=ActorType.SYSTEM, actor_id=SYSTEM_ACTOR_ID,
                 action="pileon.opened", target_type="pileon_incident", target_id=str(incident.id),
                 details={"target_id": target_id, **details})
    _announce(session, event=WebhookEvent.PILEON_OPENED, now=now,
              data={"incident_id": incident.id, "target_id": target_id,
                    "opened_at": now.isoformat(), "protective_mode": True, **details})
    log.info("pile-on incident %s opened against %s (%s accounts)", incident.id, target_id, counted)
    return incident


def _announce(session: Session, *, event: WebhookEvent, data: dict[str, object],
              now: dt.datetime) -> None:
    """Queue the webhook event telling the platform (and so the target) about the incident."""
    webhooks.enqueue(session, event=event, data=data, now=now)


def _close(session: Session, *, incident: PileonIncident, at: dt.datetime, reason: CloseReason,
           by: str, now: dt.datetime, actor_type: ActorType) -> None:
    incident.closed_at, incident.close_reason, incident.closed_by = at, reason.value, by
    session.flush()
    audit.record(session, now=now, actor_type=actor_type, actor_id=by, action="pileon.lifted",
                 target_type="pileon_incident", target_id=str(incident.id),
                 details={"target_id": incident.target_id, "reason": reason.value,
                          "lifted_at": at.isoformat()})
    _announce(session, event=WebhookEvent.PILEON_LIFTED, now=now,
              data={"incident_id": incident.id, "target_id": incident.target_id,
                    "reason": reason.value, "lifted_at": at.isoformat()})


def lift(session: Session, *, incident: PileonIncident, by_target: bool, actor_id: str,
         now: dt.datetime, rules: PileonRules) -> PileonIncident:
    """Turn protective mode off now (the target's choice, or a moderator's); idempotent."""
    if incident.closed_at is not None:
        return incident
    if incident.last_event_at + rules.quiet <= now:  # already quiet: record when it ended
        _close(session, incident=incident, at=incident.last_event_at + rules.quiet,
               reason=CloseReason.QUIET, by=SYSTEM_ACTOR_ID, now=now, actor_type=ActorType.SYSTEM)
        return incident
    reason = CloseReason.LIFTED_BY_TARGET if by_target else CloseReason.LIFTED_BY_MODERATOR
    _close(session, incident=incident, at=now, reason=reason, by=actor_id, now=now,
           actor_type=ActorType.API_KEY)
    return incident


def list_for_target(session: Session, *, target_id: str, limit: int = 50) -> list[PileonIncident]:
    """The target's incidents, newest first."""
    return list(session.scalars(select(PileonIncident).where(PileonIncident.target_id == target_id)
                                .order_by(PileonIncident.opened_at.desc()).limit(limit)))


def list_incidents(session: Session, *, open_only: bool, limit: int) -> list[PileonIncident]:
    """Incidents newest first (``open_only``: not yet lifted)."""
    query = select(PileonIncident)
    if open_only:
        query = query.where(PileonIncident.closed_at.is_(None))
    return list(session.scalars(query.order_by(PileonIncident.opened_at.desc()).limit(limit)))


def count_incidents(session: Session, *, start: dt.datetime, end: dt.datetime) -> int:
    """Pile-on incidents opened in [start, end), for the transparency report."""
    return session.scalar(select(func.count()).select_from(PileonIncident).where(
        PileonIncident.opened_at >= start, PileonIncident.opened_at < end)) or 0
