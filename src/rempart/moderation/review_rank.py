"""The review queue's ranking, done by the database: only the page asked for leaves it.

Items come from four branches of one UNION ALL — open reports grouped by target (with the
reported comment, if any), grey-zone comments nobody reported, open appeals and pile-on
incidents awaiting review — each giving the ranking keys: trusted flagger first, then
severity, the closest deadline, most reporters, the oldest, and the item id (bytewise).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    distinct,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rempart.db import bytewise, json_document, later_by
from rempart.detection.categories import CATEGORIES
from rempart.detection.detector import NUDGE_THRESHOLD
from rempart.moderation.decision_enums import AppealStatus, ReviewSource
from rempart.moderation.decision_models import Appeal, Decision
from rempart.moderation.enums import CommentStatus, ReportedReason, ReportStatus
from rempart.moderation.models import Comment, Report
from rempart.pileon.models import PileonEvent, PileonIncident

GRAVE: Final = ("threat", "self_harm_incitement", "doxxing", "sexual_harassment")
#: Source flag columns of a ranked row, by the review source they stand for.
SOURCE_FLAGS: Final = {ReviewSource.DETECTION: "src_detection",
                       ReviewSource.USER_REPORT: "user",
                       ReviewSource.CREATOR_REPORT: "creator",
                       ReviewSource.TRUSTED_FLAGGER: "trusted_flagger",
                       ReviewSource.APPEAL: "src_appeal"}
#: Flag columns of a ranked row: its sources, then the reasons reported.
FLAGS: Final = (*SOURCE_FLAGS.values(), *(r.value for r in ReportedReason))


def _score(document: Any, category: str) -> ColumnElement[float]:
    return document[category].as_float()  # type: ignore[no-any-return]


def detected_severity(document: Any, empty: Any) -> ColumnElement[int]:
    """SQL: ``review.detected``'s severity (0-3) of a comment's scores (``document``);
    ``empty`` is true when the comment has no scores at all."""
    def reaching(names: tuple[str, ...], level: float) -> ColumnElement[bool]:
        return or_(*(_score(document, c) >= level for c in names))

    return case((or_(reaching(GRAVE, 0.7), reaching(CATEGORIES, 0.9)), 3),
                (reaching(CATEGORIES, 0.75), 2),
                (or_(reaching(CATEGORIES, NUDGE_THRESHOLD), empty), 1), else_=0)


def _no_scores(comment: Any) -> ColumnElement[bool]:
    return cast(comment.scores, String).in_(["{}", "null"])


def _earliest(*moments: Any) -> Any:
    """SQL: the earliest of some nullable timestamps (NULL when all are)."""
    result = moments[0]
    for other in moments[1:]:
        result = case((result.is_(None), other), (other.is_(None), result),
                      (other < result, other), else_=result)
    return result


def _branch(kind: Any, key: Any, *, created_at: Any, trusted: Any, severity: Any, due_at: Any,
            reporters: Any, reports: Any, lang: Any, flags: dict[str, Any],
            category_match: Any) -> list[Any]:
    kind = literal(kind, String) if isinstance(kind, str) else kind
    columns = [kind.label("kind"), cast(key, String).label("key"),
               created_at.label("created_at"), trusted.label("trusted"),
               severity.label("severity"), due_at.label("due_at"),
               reporters.label("reporters"), reports.label("reports"), lang.label("lang"),
               category_match.label("category_match")]
    return columns + [flags.get(name, literal(0, Integer)).label(name) for name in FLAGS]


def ranked(session: Session, *, groups: Select[Any], review_due: dt.timedelta, limit: int,
           reason_category: dict[str, str], category: str | None, lang: str | None,
           source: ReviewSource | None) -> list[Row[Any]]:
    """The best ``limit`` items as rows (kind, key, ranking keys, source flags), best first.

    ``groups`` is the open-report aggregate of ``review._report_groups``.
    """
    dialect = session.get_bind().dialect.name
    g = groups.subquery()
    none_matches = literal(False) if category is None else None

    def detected_match(document: Any) -> Any:
        return none_matches if category is None else func.coalesce(
            _score(document, category) >= NUDGE_THRESHOLD, false())

    # Grey-zone comments, read once (their scores parsed once) for branches 1 and 2.
    grey = select(Comment.id, Comment.lang, Comment.created_at, Comment.updated_at,
                  json_document(dialect, Comment.scores).label("doc"),
                  _no_scores(Comment).label("empty")).where(
        Comment.status == CommentStatus.PENDING_REVIEW.value).cte("grey_comments")
    reported_comment = case((g.c.target_type == "comment", cast(g.c.target_id, BigInteger)))
    is_grey = grey.c.id.is_not(None)
    severity = detected_severity(grey.c.doc, grey.c.empty)
    # 1. Open reports grouped by target; a grey-zone comment adds its detection. The reported
    # comment itself is only read when the language or a detected category is asked for.
    reported = select(*_branch(
        g.c.target_type, g.c.target_id, created_at=g.c.first_at,
        trusted=g.c.trusted_flagger, due_at=_earliest(
            g.c.due_at, later_by(dialect, g.c.undated_at, review_due),
            case((is_grey, later_by(dialect, grey.c.updated_at, review_due)))),
        severity=case((and_(is_grey, severity > g.c.severity), severity), else_=g.c.severity),
        reporters=g.c.reporters, reports=g.c.reports,
        lang=null() if lang is None else Comment.lang,
        flags={"src_detection": case((is_grey, 1), else_=0),
               **{name: g.c[name] for name in FLAGS if name in g.c}},
        category_match=none_matches if category is None else or_(
            detected_match(Comment.scores),
            *(g.c[reason] == 1 for reason, cat in reason_category.items() if cat == category))),
    ).select_from(g).outerjoin(grey, grey.c.id == reported_comment)
    if lang is not None or category is not None:
        reported = reported.outerjoin(Comment, Comment.id == reported_comment)
    # 2. Grey-zone comments nobody reported.
    open_report = select(Report.id).where(
        Report.target_type == "comment", Report.target_id == cast(grey.c.id, String),
        Report.status == ReportStatus.OPEN.value).exists()
    unreported = select(*_branch(
        "comment", grey.c.id, created_at=grey.c.created_at, trusted=literal(0, Integer),
        severity=severity, due_at=later_by(dialect, grey.c.updated_at, review_due),
        reporters=literal(0, Integer), reports=literal(0, Integer), lang=grey.c.lang,
        flags={"src_detection": literal(1, Integer)},
        category_match=detected_match(grey.c.doc))).where(~open_report)
    # 3. Open appeals, with the decided comment's language.
    grave = Decision.category.in_(GRAVE)
    appealed = select(*_branch(
        "appeal", Appeal.id, created_at=Appeal.created_at, trusted=literal(0, Integer),
        severity=case((grave, 3), (Decision.category.is_not(None), 2), else_=1),
        due_at=Appeal.due_at, reporters=literal(0, Integer), reports=literal(0, Integer),
        lang=Comment.lang, flags={"src_appeal": literal(1, Integer)},
        category_match=none_matches if category is None else func.coalesce(
            Decision.category == category, false())),
    ).join(
        Decision, Decision.id == Appeal.decision_id).outerjoin(
        Comment, Comment.id == case((Decision.target_type == "comment",
                                     cast(Decision.target_id, BigInteger)))).where(
        Appeal.status == AppealStatus.OPEN.value)
    # 4. Pile-on incidents no moderator has acted on (rempart.pileon): severity 3, due when opened.
    events = select(PileonEvent.incident_id, func.count(distinct(PileonEvent.actor_id)).label("n"),
                    func.count(distinct(PileonEvent.report_id)).label("r")).join(
        PileonIncident, PileonIncident.id == PileonEvent.incident_id).where(
        PileonIncident.reviewed_at.is_(None)).group_by(PileonEvent.incident_id).subquery()
    raids = select(*_branch(
        "pileon", PileonIncident.id, created_at=PileonIncident.opened_at,
        trusted=literal(0, Integer), severity=literal(3, Integer), due_at=PileonIncident.opened_at,
        reporters=func.coalesce(events.c.n, 0), reports=func.coalesce(events.c.r, 0),
        lang=null(), flags={"src_detection": literal(1, Integer)},
        category_match=none_matches if category is None else false()),
    ).outerjoin(
        events, events.c.incident_id == PileonIncident.id).where(
        PileonIncident.reviewed_at.is_(None))
    items = union_all(reported, unreported, appealed, raids).subquery()
    query = select(items).where(
        true() if category is None else items.c.category_match.is_(True),
        true() if lang is None else items.c.lang == lang,
        true() if source is None else items.c[SOURCE_FLAGS[source]] == 1)
    return list(session.execute(query.order_by(
        items.c.trusted.desc(), items.c.severity.desc(), items.c.due_at.is_(None),
        items.c.due_at, items.c.reporters.desc(), items.c.created_at,
        bytewise(dialect, items.c.kind), bytewise(dialect, items.c.key)).limit(limit)))
