"""Transparency figures, computed by the database: GROUP BY aggregates over indexed ranges.

One service function, ``transparency_report``, feeds the API, the CLI exports and the dashboard,
so every surface shows the same numbers. Nothing here loads rows into Python to count them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from sqlalchemy import BigInteger, ColumnElement, and_, case, cast, func, select
from sqlalchemy.orm import Session

from rempart.detection.categories import CATEGORIES
from rempart.moderation import checks
from rempart.moderation.decision_enums import (
    AppealStatus,
    AutomatedDecision,
    DecisionAction,
    SanctionKind,
)
from rempart.moderation.decision_models import AccountSanction, Appeal, Decision
from rempart.moderation.enums import CommentStatus
from rempart.moderation.models import Check, Comment, Report
from rempart.transparency import notices
from rempart.transparency.periods import Period
from rempart.transparency.schemas import (
    ActionFigures,
    ActionGround,
    AppealFigures,
    CategoryActions,
    CommentFigures,
    DecisionFigures,
    LanguageActions,
    LanguageComments,
    PeriodFigures,
    SanctionFigures,
    TimelineBucket,
    TransparencyReport,
)

#: The category of a decision that named none.
UNSPECIFIED: Final = "unspecified"
_CONTENT_ACTIONS: Final = (DecisionAction.HIDE.value, DecisionAction.REMOVE.value)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """SQL: how many rows of the group meet ``condition`` (0 for an empty group)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def share(part: int, whole: int) -> float | None:
    """part / whole rounded to 4 places; None when whole is 0."""
    return round(part / whole, 4) if whole else None


def _within(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column < period.end)


def comment_figures(session: Session, *, period: Period) -> CommentFigures:
    """Comments received (by language and current status) and drafts checked in ``period``."""
    statuses = [s.value for s in CommentStatus]
    per_lang: dict[str, dict[str, int]] = {}
    for lang, status, n in session.execute(
            select(Comment.lang, Comment.status, func.count())
            .where(_within(Comment.created_at, period)).group_by(Comment.lang, Comment.status)):
        per_lang.setdefault(lang, dict.fromkeys([*statuses, "checked"], 0))[status] = int(n)
    for lang, n in session.execute(select(Check.lang, func.count())
                                   .where(_within(Check.created_at, period)).group_by(Check.lang)):
        per_lang.setdefault(lang, dict.fromkeys([*statuses, "checked"], 0))["checked"] = int(n)
    languages = [LanguageComments(lang=lang, received=sum(c[s] for s in statuses),
                                  checked=c["checked"], visible=c["visible"], held=c["held"],
                                  pending_review=c["pending_review"], hidden=c["hidden"],
                                  removed=c["removed"])
                 for lang, c in sorted(per_lang.items())]

    def total(field: str) -> int:
        return sum(int(getattr(row, field)) for row in languages)

    return CommentFigures(received=total("received"), checked=total("checked"),
                          visible=total("visible"), held=total("held"),
                          pending_review=total("pending_review"), hidden=total("hidden"),
                          removed=total("removed"), by_language=languages)


def decided_comment() -> ColumnElement[bool]:
    """SQL join condition: the comment a decision is about (none for account or content decisions).

    The decision's target id is cast to the comment's key, not the reverse, so the join reads the
    comments' primary key; CASE keeps PostgreSQL from casting an account id.
    """
    return Comment.id == case((Decision.target_type == "comment", cast(Decision.target_id, BigInteger)))


def _content_decisions(period: Period) -> ColumnElement[bool]:
    return and_(_within(Decision.decided_at, period), Decision.action.in_(_CONTENT_ACTIONS),
                Decision.reverses_id.is_(None))


def _first_reports(period: Period) -> Any:
    """Each target's first report before the end of ``period`` (a subquery)."""
    return (select(Report.target_type, Report.target_id,
                   func.min(Report.created_at).label("first_at"))
            .where(Report.created_at < period.end)
            .group_by(Report.target_type, Report.target_id).subquery())


def action_figures(session: Session, *, period: Period) -> ActionFigures:
    """Hides and removals by category and language, the proactive rate, and removals over time."""
    hidden, removed = (Decision.action == DecisionAction.HIDE.value,
                       Decision.action == DecisionAction.REMOVE.value)
    category = func.coalesce(Decision.category, UNSPECIFIED)
    lang = func.coalesce(Comment.lang, Decision.lang)
    # Proactive: nobody reported the target before (or when) it was decided. One join on each
    # target's first report, rather than a lookup per decision.
    first = _first_reports(period)
    proactive = removed & (first.c.first_at.is_(None) | (first.c.first_at > Decision.decided_at))
    rows: dict[str, tuple[int, int, int]] = {}
    languages: dict[str, tuple[int, int]] = {}
    for cat, code, h, r, p in session.execute(
            select(category, lang, count_if(hidden), count_if(removed), count_if(proactive))
            .select_from(Decision).outerjoin(Comment, decided_comment())
            .outerjoin(first, and_(first.c.target_type == Decision.target_type,
                                   first.c.target_id == Decision.target_id))
            .where(_content_decisions(period)).group_by(category, lang)):
        h0, r0, p0 = rows.get(str(cat), (0, 0, 0))
        rows[str(cat)] = (h0 + int(h), r0 + int(r), p0 + int(p))
        lh, lr = languages.get(str(code), (0, 0))
        languages[str(code)] = (lh + int(h), lr + int(r))
    names = [*CATEGORIES, *sorted(set(rows) - set(CATEGORIES))]
    by_category = [CategoryActions(category=name, hidden=h, removed=r, removed_proactively=p,
                                   proactive_rate=share(p, r))
                   for name in names for h, r, p in [rows.get(name, (0, 0, 0))]]
    by_language = [LanguageActions(lang=code, hidden=h, removed=r)
                   for code, (h, r) in sorted(languages.items())]
    n_hidden, n_removed, n_proactive = (sum(c.hidden for c in by_category),
                                        sum(c.removed for c in by_category),
                                        sum(c.removed_proactively for c in by_category))
    return ActionFigures(hidden=n_hidden, removed=n_removed, removed_proactively=n_proactive,
                         proactive_rate=share(n_proactive, n_removed), by_category=by_category,
                         by_language=by_language, timeline=timeline(session, period=period))


def timeline(session: Session, *, period: Period) -> list[TimelineBucket]:
    """Removals per bucket of ``period`` and category (buckets are cut by the database)."""
    buckets = period.buckets()
    index = case(*[(Decision.decided_at < b.end, i) for i, b in enumerate(buckets)],
                 else_=len(buckets) - 1)
    # Grouping on the labelled columns of a subquery: PostgreSQL would see the CASE in
    # SELECT and in GROUP BY as two expressions (their parameters are bound separately).
    inner = select(index.label("bucket"), func.coalesce(Decision.category, UNSPECIFIED)
                   .label("category")).where(_content_decisions(period),
                                             Decision.action == DecisionAction.REMOVE.value
                                             ).subquery()
    counts: dict[int, dict[str, int]] = {}
    for bucket, cat, n in session.execute(select(inner.c.bucket, inner.c.category, func.count())
                                          .group_by(inner.c.bucket, inner.c.category)):
        counts.setdefault(int(bucket), {})[str(cat)] = int(n)
    return [TimelineBucket(start=b.start, end=b.end,
                           removed={c: counts.get(i, {}).get(c, 0) for c in CATEGORIES}
                           | {c: n for c, n in counts.get(i, {}).items() if c not in CATEGORIES})
            for i, b in enumerate(buckets)]


def decision_figures(session: Session, *, period: Period) -> DecisionFigures:
    """Decisions by action and ground, and by how far a machine took them."""
    in_period = _within(Decision.decided_at, period)
    pairs = [ActionGround(action=a, ground=g, count=int(n)) for a, g, n in session.execute(
        select(Decision.action, Decision.ground, func.count()).where(in_period)
        .group_by(Decision.action, Decision.ground).order_by(Decision.action, Decision.ground))]
    automation = dict.fromkeys([a.value for a in AutomatedDecision], 0)
    detected = reversals = 0
    for level, n, machine, reversing in session.execute(
            select(Decision.automated_decision, func.count(),
                   count_if(Decision.automated_detection.is_(True)),
                   count_if(Decision.reverses_id.is_not(None)))
            .where(in_period).group_by(Decision.automated_decision)):
        automation[str(level)] = int(n)
        detected, reversals = detected + int(machine), reversals + int(reversing)
    total = sum(automation.values())
    fully = automation[AutomatedDecision.FULLY.value]
    return DecisionFigures(total=total, by_action_ground=pairs, by_automation=automation,
                           automated=fully, human=total - fully, automated_detection=detected,
                           reversals=reversals)


def appeal_figures(session: Session, *, period: Period) -> AppealFigures:
    """Appeals filed in ``period`` and how they ended so far."""
    received, upheld, reversed_, still_open = (int(v) for v in session.execute(
        select(func.count(), count_if(Appeal.status == AppealStatus.UPHELD.value),
               count_if(Appeal.status == AppealStatus.REVERSED.value),
               count_if(Appeal.status == AppealStatus.OPEN.value))
        .where(_within(Appeal.created_at, period))).one())
    return AppealFigures(received=received, upheld=upheld, reversed=reversed_, open=still_open,
                         reversal_rate=share(reversed_, upheld + reversed_))


def sanction_figures(session: Session, *, period: Period) -> SanctionFigures:
    """Account sanctions that started in ``period``, by kind."""
    by_kind = dict.fromkeys([k.value for k in SanctionKind], 0)
    from_strikes = 0
    for kind, n, strikes in session.execute(
            select(AccountSanction.kind, func.count(),
                   count_if(AccountSanction.strike_threshold.is_not(None)))
            .where(_within(AccountSanction.starts_at, period)).group_by(AccountSanction.kind)):
        by_kind[str(kind)] = int(n)
        from_strikes += int(strikes)
    return SanctionFigures(total=sum(by_kind.values()), by_kind=by_kind, from_strikes=from_strikes)


def period_figures(session: Session, *, period: Period, now: dt.datetime,
                   abandon_after: dt.timedelta) -> PeriodFigures:
    """Every figure of ``period``."""
    return PeriodFigures(
        start=period.start, end=period.end,
        comments=comment_figures(session, period=period),
        actions=action_figures(session, period=period),
        reports=notices.report_figures(session, period=period, now=now),
        nudges=checks.nudge_stats(session, start=period.start, end=period.end, now=now,
                                  abandon_after=abandon_after),
        decisions=decision_figures(session, period=period),
        appeals=appeal_figures(session, period=period),
        sanctions=sanction_figures(session, period=period))


def transparency_report(session: Session, *, period: Period, now: dt.datetime,
                        abandon_after: dt.timedelta) -> TransparencyReport:
    """The figures of ``period`` and of the period of the same length just before it."""
    return TransparencyReport(
        generated_at=now,
        current=period_figures(session, period=period, now=now, abandon_after=abandon_after),
        previous=period_figures(session, period=period.previous(), now=now,
                                abandon_after=abandon_after))
