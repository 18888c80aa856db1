"""Report figures (DSA Art. 16 notices, Art. 22 trusted flaggers), computed by the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from rempart.db import elapsed_seconds, percentile
from rempart.moderation.decision_enums import DecisionAction
from rempart.moderation.enums import ReportedReason, ReportSource
from rempart.moderation.models import Report
from rempart.transparency.periods import Period
from rempart.transparency.schemas import ReportFigures, SourceReports, TrustedFlaggerFigures


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 4)


def hours_to_action(session: Session, *, where: ColumnElement[bool], fraction: float) -> float | None:
    """The ``fraction`` percentile of hours from report to decision, over resolved reports ``where``."""
    dialect = session.get_bind().dialect.name
    seconds = select(elapsed_seconds(dialect, Report.created_at, Report.resolved_at)).where(
        where, Report.resolved_at.is_not(None))
    return _hours(percentile(session, seconds, fraction))


def _trusted(session: Session, *, received: ColumnElement[bool],
             now: dt.datetime) -> TrustedFlaggerFigures:
    trusted = and_(received, Report.source == ReportSource.TRUSTED_FLAGGER.value)
    resolved = Report.resolved_at.is_not(None)
    n, n_resolved, on_time, late = (int(v) for v in session.execute(select(
        func.count(), _count_if(resolved), _count_if(resolved & (Report.resolved_at <= Report.due_at)),
        _count_if((resolved & (Report.resolved_at > Report.due_at))
                  | (~resolved & (Report.due_at < now)))).where(trusted)).one())
    return TrustedFlaggerFigures(
        received=n, resolved=n_resolved, open=n - n_resolved,
        median_hours_to_action=hours_to_action(session, where=trusted, fraction=0.5),
        p90_hours_to_action=hours_to_action(session, where=trusted, fraction=0.9),
        within_deadline=on_time, missed_deadline=late,
        share_within_deadline=round(on_time / (on_time + late), 4) if on_time + late else None)


def report_figures(session: Session, *, period: Period, now: dt.datetime) -> ReportFigures:
    """Reports received in ``period``: by reason and source, outcomes, and time to action."""
    received = and_(Report.created_at >= period.start, Report.created_at < period.end)
    by_reason = dict.fromkeys([r.value for r in ReportedReason], 0)
    for reason, n in session.execute(select(Report.reason, func.count()).where(received)
                                     .group_by(Report.reason)):
        by_reason[str(reason)] = int(n)
    resolved = Report.resolved_at.is_not(None)
    no_action = Report.outcome == DecisionAction.NO_ACTION.value
    sources = {s.value: (0, 0, 0) for s in ReportSource}
    for source, n, n_resolved, n_none in session.execute(
            select(Report.source, func.count(), _count_if(resolved), _count_if(resolved & no_action))
            .where(received).group_by(Report.source)):
        sources[str(source)] = (int(n), int(n_resolved), int(n_none))
    by_source = [SourceReports(
        source=name, received=n, resolved=n_resolved, actioned=n_resolved - n_none,
        no_action=n_none, open=n - n_resolved,
        median_hours_to_action=hours_to_action(
            session, where=and_(received, Report.source == name), fraction=0.5) if n_resolved else None)
        for name, (n, n_resolved, n_none) in sources.items()]
    outcomes = dict.fromkeys([a.value for a in DecisionAction], 0)
    for outcome, n in session.execute(select(Report.outcome, func.count())
                                      .where(received, resolved).group_by(Report.outcome)):
        outcomes[str(outcome)] = int(n)
    return ReportFigures(
        received=sum(s.received for s in by_source), by_reason=by_reason, by_source=by_source,
        outcomes=outcomes, actioned=sum(s.actioned for s in by_source),
        median_hours_to_action=hours_to_action(session, where=received, fraction=0.5),
        trusted_flaggers=_trusted(session, received=received, now=now))
