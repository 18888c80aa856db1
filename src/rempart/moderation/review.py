"""The human review queue: a query over open reports, grey-zone comments and open appeals.

There is no queue table. An item is a target (``comment:42``, ``account:kid-1``,
``content:video-1``) with everything open on it grouped together, or an appeal (``appeal:7``).
Ranked: trusted flagger first, then severity, then the closest deadline, then most reporters.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import (
    Select,
    String,
    case,
    cast,
    delete,
    distinct,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rempart.detection.categories import CATEGORIES
from rempart.detection.detector import NUDGE_THRESHOLD
from rempart.errors import Conflict, NotFound
from rempart.moderation import review_rank
from rempart.moderation.decision_enums import AppealStatus, ReviewSource
from rempart.moderation.decision_models import Appeal, Decision, ReviewClaim
from rempart.moderation.decision_schemas import ReviewItemPublic
from rempart.moderation.enums import CommentStatus, ReportedReason, ReportSource, ReportStatus
from rempart.moderation.models import Comment, Report
from rempart.pileon.models import PileonIncident

_ITEM_ID: Final = re.compile(r"^(comment|account|content|appeal|pileon):([A-Za-z0-9._:@-]{1,128})$")
#: Severity 1-3 of what a person reports (what the system detects has its own scale below).
REASON_SEVERITY: Final = {"threat": 3, "self_harm": 3, "doxxing": 3, "sexual": 3,
                          "illegal_content": 3, "hate": 2, "harassment": 2, "body_shaming": 2,
                          "exclusion": 2, "spam": 1, "other": 1}
#: The detected category a reported reason points to, for the queue's category filter.
REASON_CATEGORY: Final = {"harassment": "insult", "hate": "identity_hate", "threat": "threat",
                          "sexual": "sexual_harassment", "self_harm": "self_harm_incitement",
                          "doxxing": "doxxing", "body_shaming": "body_shaming",
                          "exclusion": "exclusion"}
_GRAVE: Final = frozenset({"threat", "self_harm_incitement", "doxxing", "sexual_harassment"})
_SOURCES: Final = {ReportSource.USER.value: ReviewSource.USER_REPORT,
                   ReportSource.CREATOR.value: ReviewSource.CREATOR_REPORT,
                   ReportSource.TRUSTED_FLAGGER.value: ReviewSource.TRUSTED_FLAGGER}


@dataclass(frozen=True, slots=True)
class ItemRef:
    """What a review item id names."""

    kind: str
    key: str

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.key}"


def parse_item(item_id: str) -> ItemRef:
    """The item ``item_id`` names; NotFound when it is not an item id."""
    match = _ITEM_ID.match(item_id)
    if match is None or (match[1] in ("comment", "appeal", "pileon") and not match[2].isdigit()):
        raise NotFound(f"No review item {item_id!r}.", f"Aucun élément de revue {item_id!r}.",
                       code="item_not_found")
    return ItemRef(match[1], match[2])


def detected(comment: Comment) -> tuple[int, list[str]]:
    """Severity 0-3 of a comment's detection and its flagged categories, worst first."""
    flagged: list[str] = sorted(
        (c for c in CATEGORIES if comment.scores.get(c, 0.0) >= NUDGE_THRESHOLD),
        key=lambda c: -comment.scores[c])
    top = max((comment.scores.get(c, 0.0) for c in CATEGORIES), default=0.0)
    if any(comment.scores.get(c, 0.0) >= 0.7 for c in _GRAVE) or top >= 0.9:
        return 3, flagged
    return (2 if top >= 0.75 else 1 if flagged or not comment.scores else 0), flagged


def _report_groups() -> Select[*tuple[Any, ...]]:
    """Open reports grouped by target: counts, worst severity, deadlines, which reasons/sources."""
    severity = case(*((Report.reason == reason, level) for reason, level in REASON_SEVERITY.items()),
                    else_=1)
    # One reporter per organisation, per account, or per anonymous report.
    reporter = func.coalesce(literal("org:") + cast(Report.organisation_id, String),
                             literal("account:") + Report.reporter_account_id,
                             literal("report:") + cast(Report.id, String))
    flags = [func.max(case((column == value, 1), else_=0)).label(value)
             for column, values in ((Report.reason, [r.value for r in ReportedReason]),
                                    (Report.source, list(_SOURCES)))
             for value in values]
    return (select(Report.target_type, Report.target_id,
                   func.min(Report.created_at).label("first_at"),
                   func.count().label("reports"),
                   func.count(distinct(reporter)).label("reporters"),
                   func.max(severity).label("severity"),
                   func.min(Report.due_at).label("due_at"),
                   func.min(case((Report.due_at.is_(None), Report.created_at))).label("undated_at"),
                   *flags)
            .where(Report.status == ReportStatus.OPEN.value)
            .group_by(Report.target_type, Report.target_id))


def _categories(row: Any, comment: Comment | None, decision: Decision | None) -> list[str]:
    found = {REASON_CATEGORY[r.value] for r in ReportedReason
             if getattr(row, r.value) and r.value in REASON_CATEGORY}
    if comment is not None and row.kind != "appeal":
        found.update(detected(comment)[1])
    if decision is not None and decision.category:
        found.add(decision.category)
    return sorted(found)


def _reasons(row: Any, decision: Decision | None) -> list[str]:
    if row.kind == "pileon":
        return ["pileon"]
    if decision is not None:
        return [decision.action]
    return sorted(r.value for r in ReportedReason if getattr(row, r.value))


def queue(session: Session, *, now: dt.datetime, limit: int, review_due: dt.timedelta,
          category: str | None = None, lang: str | None = None,
          source: ReviewSource | None = None) -> list[ReviewItemPublic]:
    """The open review items, best first, filtered by detected category, language and source."""
    rows = review_rank.ranked(session, groups=_report_groups(), review_due=review_due,
                              limit=limit, reason_category=REASON_CATEGORY, category=category,
                              lang=lang, source=source)
    appeals = {a.id: (a, d) for a, d in session.execute(select(Appeal, Decision).join(
        Decision, Decision.id == Appeal.decision_id).where(
        Appeal.id.in_([int(r.key) for r in rows if r.kind == "appeal"])))}
    comment_ids = {int(r.key) for r in rows if r.kind == "comment"} | {
        int(d.target_id) for _a, d in appeals.values() if d.target_type == "comment"}
    comments = {c.id: c for c in session.scalars(select(Comment).where(Comment.id.in_(comment_ids)))}
    claims = {c.item_id: c for c in session.scalars(select(ReviewClaim).where(
        ReviewClaim.expires_at > now, ReviewClaim.item_id.in_([f"{r.kind}:{r.key}" for r in rows])))}
    result = []
    for row in rows:
        item_id = f"{row.kind}:{row.key}"
        appeal, decision = appeals.get(int(row.key), (None, None)) if row.kind == "appeal" \
            else (None, None)
        comment = comments.get(int(row.key)) if row.kind == "comment" else (
            comments.get(int(decision.target_id))
            if decision is not None and decision.target_type == "comment" else None)
        claim = claims.get(item_id)
        result.append(ReviewItemPublic(
            id=item_id, target_type=decision.target_type if decision else row.kind,
            target_id=decision.target_id if decision else row.key,
            sources=sorted(s for s, flag in review_rank.SOURCE_FLAGS.items() if getattr(row, flag)),
            trusted_flagger=bool(row.trusted), severity=row.severity, due_at=row.due_at,
            reporters=row.reporters, reports=row.reports, reasons=_reasons(row, decision),
            categories=_categories(row, comment, decision),
            lang=comment.lang if comment else None, text=comment.text if comment else None,
            status=comment.status if comment else None, created_at=row.created_at,
            appeal_id=appeal.id if appeal else None, decision_id=decision.id if decision else None,
            claimed_by=claim.moderator_id if claim else None,
            claim_expires_at=claim.expires_at if claim else None))
    return result


def is_open(session: Session, *, ref: ItemRef) -> bool:
    """Whether the item has something left to review."""
    if ref.kind == "appeal":
        appeal = session.get(Appeal, int(ref.key))
        return appeal is not None and appeal.status == AppealStatus.OPEN.value
    if ref.kind == "pileon":  # pile-on incidents: open until a moderator acts (rempart.pileon)
        incident = session.get(PileonIncident, int(ref.key))
        return incident is not None and incident.reviewed_at is None
    if ref.kind == "comment":
        comment = session.get(Comment, int(ref.key))
        if comment is not None and comment.status == CommentStatus.PENDING_REVIEW.value:
            return True
    return session.scalar(select(Report.id).where(
        Report.target_type == ref.kind, Report.target_id == ref.key,
        Report.status == ReportStatus.OPEN.value).limit(1)) is not None


def _claimed(claim: ReviewClaim) -> Conflict:
    return Conflict("Another moderator is working on this item.",
                    "Un·e autre modérateur·rice traite déjà cet élément.", code="already_claimed",
                    details={"claimed_by": claim.moderator_id,
                             "expires_at": claim.expires_at.isoformat()})


def claim(session: Session, *, item_id: str, moderator_id: str, now: dt.datetime,
          ttl: dt.timedelta) -> ReviewClaim:
    """Claim an open item for ``ttl``; 409 already_claimed while another moderator holds it."""
    ref = parse_item(item_id)
    if not is_open(session, ref=ref):
        raise NotFound(f"No open review item {item_id!r}.",
                       f"Aucun élément de revue ouvert {item_id!r}.", code="item_not_found")
    # Taking over is one conditional UPDATE, so of two moderators racing only one wins.
    taken = session.execute(update(ReviewClaim).where(
        ReviewClaim.item_id == ref.id,
        or_(ReviewClaim.expires_at <= now, ReviewClaim.moderator_id == moderator_id),
    ).values(moderator_id=moderator_id, claimed_at=now, expires_at=now + ttl)
        .execution_options(synchronize_session=False))
    if getattr(taken, "rowcount", 0) != 1:
        try:
            with session.begin_nested():
                session.add(ReviewClaim(item_id=ref.id, moderator_id=moderator_id,
                                        claimed_at=now, expires_at=now + ttl))
        except IntegrityError:
            held = session.get(ReviewClaim, ref.id, populate_existing=True)
            raise _claimed(held) if held else Conflict(
                "Another moderator is working on this item.",
                "Un·e autre modérateur·rice traite déjà cet élément.",
                code="already_claimed") from None
    held = session.get(ReviewClaim, ref.id, populate_existing=True)
    assert held is not None
    return held


def ensure_not_claimed_by_other(session: Session, *, ref: ItemRef, moderator_id: str,
                                now: dt.datetime) -> None:
    """Refuse (409) to decide an item another moderator holds a live claim on."""
    held = session.get(ReviewClaim, ref.id, with_for_update=True)
    if held is not None and held.expires_at > now and held.moderator_id != moderator_id:
        raise _claimed(held)


def release(session: Session, *, ref: ItemRef) -> None:
    """Drop the claim on a decided item."""
    session.execute(delete(ReviewClaim).where(ReviewClaim.item_id == ref.id))
