"""Reports (DSA Art. 16 notices): filed, merged per reporter, followed, and closed by a decision.

Trusted flaggers' reports (Art. 22) get top priority and a deadline in their organisation's
hours. A reporter who keeps sending unfounded reports can be suspended from reporting (Art. 23).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.access.models import Organisation
from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.db import elapsed_seconds, percentile
from rempart.errors import Forbidden, InvalidInput, NotFound
from rempart.moderation.decision_enums import DecisionAction
from rempart.moderation.decision_models import ReporterSuspension
from rempart.moderation.decision_schemas import ReportCreate, ReportPublic, TimeToAction
from rempart.moderation.enums import (
    ActorType,
    ReportedReason,
    ReportSource,
    ReportStatus,
    TargetType,
)
from rempart.moderation.models import Account, Comment, Content, Report
from rempart.pileon import service as pileon
from rempart.pileon.detector import PileonRules

#: Priority of a trusted flagger's report; everyone else's is 0 (larger is more urgent).
TRUSTED_PRIORITY: Final = 100

_OUTCOMES: Final = {
    "fr": {DecisionAction.NO_ACTION: "Après examen, aucune mesure n'a été prise.",
           DecisionAction.HIDE: "Le contenu signalé a été masqué.",
           DecisionAction.REMOVE: "Le contenu signalé a été retiré.",
           DecisionAction.RESTRICT_ACCOUNT: "Le compte concerné a été restreint.",
           DecisionAction.SUSPEND_ACCOUNT: "Le compte concerné a été suspendu.",
           DecisionAction.BAN_ACCOUNT: "Le compte concerné a été banni."},
    "en": {DecisionAction.NO_ACTION: "After review, no action was taken.",
           DecisionAction.HIDE: "The reported content was hidden.",
           DecisionAction.REMOVE: "The reported content was removed.",
           DecisionAction.RESTRICT_ACCOUNT: "The account concerned was restricted.",
           DecisionAction.SUSPEND_ACCOUNT: "The account concerned was suspended.",
           DecisionAction.BAN_ACCOUNT: "The account concerned was banned."},
}


def _target_exists(session: Session, target_type: TargetType, target_id: str) -> bool:
    if target_type is TargetType.COMMENT:
        return target_id.isdigit() and session.get(Comment, int(target_id)) is not None
    table = Account if target_type is TargetType.ACCOUNT else Content
    return session.get(table, target_id) is not None


def _reporter(principal: Principal, body: ReportCreate) -> tuple[ReportSource, str | None]:
    if principal.role is Role.TRUSTED_FLAGGER:
        return ReportSource.TRUSTED_FLAGGER, None
    if principal.role is Role.CREATOR:
        if body.reporter_id not in (None, principal.account_id):
            raise Forbidden("A creator key reports as its own account.",
                            "Une clé créateur signale en son propre nom.", code="not_your_account")
        return ReportSource.CREATOR, principal.account_id
    return ReportSource.USER, body.reporter_id


def active_suspension(session: Session, *, account_id: str,
                      now: dt.datetime) -> ReporterSuspension | None:
    """The reporting suspension in force on ``account_id``, if any."""
    return session.scalars(select(ReporterSuspension).where(
        ReporterSuspension.account_id == account_id, ReporterSuspension.starts_at <= now,
        ReporterSuspension.ends_at > now).order_by(ReporterSuspension.ends_at.desc())).first()


def file_report(session: Session, *, principal: Principal, body: ReportCreate, now: dt.datetime,
                due_hours: int, pileon_rules: PileonRules | None = None) -> tuple[Report, bool]:
    """Record a report and whether it is new; the reporter's open report on the target is reused."""
    if body.reason is ReportedReason.ILLEGAL_CONTENT and not (body.explanation or "").strip():
        raise InvalidInput("A report of illegal content must explain why it is illegal.",
                           "Un signalement de contenu illicite doit expliquer en quoi il l'est.",
                           code="explanation_required")
    if not _target_exists(session, body.target_type, body.target_id):
        raise NotFound(f"No {body.target_type.value} {body.target_id!r} to report.",
                       f"Aucun élément {body.target_type.value} {body.target_id!r} à signaler.",
                       code="target_not_found")
    source, account_id = _reporter(principal, body)
    if account_id and (suspension := active_suspension(session, account_id=account_id, now=now)):
        raise Forbidden(f"This account may not report until {suspension.ends_at.isoformat()}.",
                        f"Ce compte ne peut plus signaler jusqu'au {suspension.ends_at.isoformat()}.",
                        code="reporter_suspended", details={"until": suspension.ends_at.isoformat()})
    query = select(Report).where(Report.target_type == body.target_type.value,
                                 Report.target_id == body.target_id,
                                 Report.status == ReportStatus.OPEN.value)
    if source is ReportSource.TRUSTED_FLAGGER:
        query = query.where(Report.organisation_id == principal.organisation_id)
    elif account_id:
        query = query.where(Report.reporter_account_id == account_id)
    else:  # anonymous reports cannot be told apart, so none is merged
        query = query.where(Report.id.is_(None))
    existing = session.scalars(query.order_by(Report.id).limit(1)).first()
    if existing is not None:
        return existing, False
    if source is ReportSource.TRUSTED_FLAGGER:
        organisation = session.get(Organisation, principal.organisation_id)
        due_hours = organisation.due_hours if organisation else due_hours
    report = Report(
        target_type=body.target_type.value, target_id=body.target_id, reason=body.reason.value,
        explanation=body.explanation, source=source.value, reporter_account_id=account_id,
        reporter_key_id=principal.key_id,
        organisation_id=principal.organisation_id if source is ReportSource.TRUSTED_FLAGGER else None,
        status=ReportStatus.OPEN.value,
        priority=TRUSTED_PRIORITY if source is ReportSource.TRUSTED_FLAGGER else 0,
        due_at=now + dt.timedelta(hours=due_hours), created_at=now)
    session.add(report)
    session.flush()
    audit.record(session, now=now, actor_type=principal.actor_type, actor_id=principal.actor_id,
                 action="report.create", target_type="report", target_id=str(report.id),
                 details={"target_type": report.target_type, "target_id": report.target_id,
                          "reason": report.reason, "source": report.source})
    pileon.record_report(session, report=report, now=now, rules=pileon_rules)  # raid counting
    return report, True


def can_follow(principal: Principal, report: Report) -> bool:
    """Whether ``principal`` may follow ``report``: staff, its organisation, or its own account."""
    if principal.role in (Role.MODERATOR, Role.ADMIN, Role.PLATFORM):
        return True
    if principal.role is Role.TRUSTED_FLAGGER:
        return report.organisation_id is not None and report.organisation_id == principal.organisation_id
    return principal.role is Role.CREATOR and report.reporter_account_id == principal.account_id


def get_report(session: Session, *, principal: Principal, report_id: int) -> Report:
    """The report if ``principal`` may follow it; otherwise NotFound (never another's report)."""
    report = session.get(Report, report_id)
    if report is None or not can_follow(principal, report):
        raise NotFound(f"No report {report_id}.", f"Aucun signalement {report_id}.",
                       code="report_not_found")
    return report


def list_flagger_reports(session: Session, *, organisation_id: int, status: ReportStatus | None,
                         limit: int) -> list[Report]:
    """An organisation's own reports, newest first."""
    query = select(Report).where(Report.organisation_id == organisation_id)
    if status is not None:
        query = query.where(Report.status == status.value)
    return list(session.scalars(query.order_by(Report.id.desc()).limit(limit)))


def to_public(report: Report, *, lang: str) -> ReportPublic:
    """The report as its reporter sees it, with the outcome in ``lang``."""
    outcome = DecisionAction(report.outcome) if report.outcome in set(DecisionAction) else None
    return ReportPublic(
        id=report.id, target_type=TargetType(report.target_type), target_id=report.target_id,
        reason=ReportedReason(report.reason), explanation=report.explanation, source=report.source,
        reporter_id=report.reporter_account_id, status=report.status, priority=report.priority,
        due_at=report.due_at, created_at=report.created_at, resolved_at=report.resolved_at,
        outcome=report.outcome, decision_id=report.decision_id,
        outcome_message=_OUTCOMES["en" if lang == "en" else "fr"][outcome] if outcome else None)


def open_reports(session: Session, *, target_type: str, target_id: str) -> list[Report]:
    """The open reports on a target, locked for the deciding transaction."""
    return list(session.scalars(select(Report).where(
        Report.target_type == target_type, Report.target_id == target_id,
        Report.status == ReportStatus.OPEN.value).order_by(Report.id).with_for_update()))


def suspend_reporter(session: Session, *, account_id: str, reason: str, days: int,
                     now: dt.datetime, actor_id: str) -> ReporterSuspension:
    """Refuse ``account_id``'s reports for ``days`` (Art. 23), recording its unfounded reports."""
    unfounded = session.scalar(select(func.count()).select_from(Report).where(
        Report.reporter_account_id == account_id,
        Report.outcome == DecisionAction.NO_ACTION.value)) or 0
    suspension = ReporterSuspension(account_id=account_id, reason=reason, starts_at=now,
                                    ends_at=now + dt.timedelta(days=days), decided_by=actor_id,
                                    unfounded_reports=unfounded)
    session.add(suspension)
    session.flush()
    audit.record(session, now=now, actor_type=ActorType.API_KEY, actor_id=actor_id,
                 action="reporter.suspend", target_type="account", target_id=account_id,
                 details={"reason": reason, "days": days, "unfounded_reports": unfounded})
    return suspension


def time_to_action(session: Session, *, organisation_id: int | None,
                   now: dt.datetime) -> TimeToAction:
    """Hours from report to decision for trusted-flagger reports (one organisation, or all).

    Computed by the database with the transparency report's percentile (linear interpolation),
    so the portal, this endpoint and the report give the same figures.
    """
    scope = [Report.source == ReportSource.TRUSTED_FLAGGER.value]
    if organisation_id is not None:
        scope.append(Report.organisation_id == organisation_id)
    decided = Report.resolved_at.is_not(None)
    resolved, still_open, overdue, on_time = session.execute(select(
        func.coalesce(func.sum(case((decided, 1), else_=0)), 0),
        func.coalesce(func.sum(case((~decided, 1), else_=0)), 0),
        func.coalesce(func.sum(case((~decided & (Report.due_at < now), 1), else_=0)), 0),
        func.coalesce(func.sum(case((decided & (Report.resolved_at <= Report.due_at), 1),
                                    else_=0)), 0),
    ).where(*scope)).one()
    seconds = select(elapsed_seconds(session.get_bind().dialect.name, Report.created_at,
                                     Report.resolved_at)).where(*scope, decided)

    def hours(fraction: float) -> float | None:
        value = percentile(session, seconds, fraction)
        return None if value is None else round(value / 3600, 3)

    return TimeToAction(organisation_id=organisation_id, resolved=int(resolved),
                        open=int(still_open), overdue=int(overdue), median_hours=hours(0.5),
                        p90_hours=hours(0.9),
                        share_within_deadline=round(int(on_time) / int(resolved), 3)
                        if resolved else None)
