"""Reports a creator (or the platform) files from its tools, merged per reporter and target.

A reporter who already has an open report on a target does not open a second one: moderators
see one notice per reporter, however many times the button was pressed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.moderation.acting import Actor
from rempart.moderation.enums import (
    ReportedReason,
    ReportSource,
    ReportStatus,
    TargetType,
)
from rempart.moderation.models import Report


def open_report(
    session: Session, *, actor: Actor, target_type: TargetType, target_id: str
) -> Report | None:
    """The open report this reporter (its account, else its key) already has on the target."""
    query = select(Report).where(Report.target_type == target_type.value,
                                 Report.target_id == target_id,
                                 Report.status == ReportStatus.OPEN.value)
    if actor.account_id is not None:
        query = query.where(Report.reporter_account_id == actor.account_id)
    else:
        query = query.where(Report.reporter_account_id.is_(None),
                            Report.reporter_key_id == actor.principal.key_id)
    return session.scalars(query.order_by(Report.id).limit(1)).first()


def file_report(
    session: Session, *, actor: Actor, target_type: TargetType, target_id: str,
    reason: ReportedReason, explanation: str | None, now: dt.datetime,
) -> tuple[Report, bool]:
    """A creator report on the target, and whether it is new (an open one is reused, not doubled)."""
    existing = open_report(session, actor=actor, target_type=target_type, target_id=target_id)
    if existing is not None:
        return existing, False
    report = Report(
        target_type=target_type.value, target_id=target_id, reason=reason.value,
        explanation=explanation, source=ReportSource.CREATOR.value,
        reporter_account_id=actor.account_id, reporter_key_id=actor.principal.key_id,
        status=ReportStatus.OPEN.value, priority=0, created_at=now,
    )
    session.add(report)
    session.flush()
    audit.record(session, now=now, actor_type=actor.actor_type, actor_id=actor.actor_id,
                 action="report.create", target_type="report", target_id=str(report.id),
                 details={**actor.audit_details(), "target_type": target_type.value,
                          "target_id": target_id, "reason": reason.value,
                          "source": ReportSource.CREATOR.value})
    return report, True
