"""The human review queue: a query over open reports, grey-zone comments and open appeals.

There is no queue table. An item is a target (``comment:42``, ``account:kid-1``,
``content:video-1``) with everything open on it grouped together, or an appeal (``appeal:7``).
Ranked: trusted flagger first, then severity, then the closest deadline, then most reporters.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
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
from rempart.moderation.decision_enums import AppealStatus, ReviewSource
from rempart.moderation.decision_models import Appeal, Decision, ReviewClaim
from rempart.moderation.decision_schemas import ReviewItemPublic
from rempart.moderation.enums import CommentStatus, ReportedReason, ReportSource, ReportStatus
from rempart.moderation.models import Comment, Report
from rempart.pileon import incidents as pileon_incidents
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


@dataclass
class _Item:
    ref: ItemRef
    created_at: dt.datetime
    sources: set[ReviewSource] = field(default_factory=set)
    trusted: bool = False
    severity: int = 0
    due_at: dt.datetime | None = None
    reporters: int = 0
    reports: int = 0
    reasons: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    comment: Comment | None = None
    appeal: Appeal | None = None

    def deadline(self, at: dt.datetime) -> None:
        self.due_at = at if self.due_at is None else min(self.due_at, at)

    def rank(self) -> tuple[bool, int, dt.datetime, int, dt.datetime, str]:
        far = dt.datetime.max.replace(tzinfo=dt.UTC)
        return (not self.trusted, -self.severity, self.due_at or far, -self.reporters,
                self.created_at, self.ref.id)


def _add_comment(item: _Item, comment: Comment) -> None:
    item.comment = comment
    severity, categories = detected(comment)
    item.categories.update(categories)
    if comment.status == CommentStatus.PENDING_REVIEW.value:
        item.sources.add(ReviewSource.DETECTION)
        item.severity = max(item.severity, severity)


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


def _items(session: Session, *, review_due: dt.timedelta) -> dict[str, _Item]:
    items: dict[str, _Item] = {}
    for group in session.execute(_report_groups()):
        ref = ItemRef(group.target_type, group.target_id)
        item = items[ref.id] = _Item(ref, group.first_at, reports=group.reports,
                                     reporters=group.reporters, severity=group.severity)
        item.sources = {_SOURCES[source] for source in _SOURCES if getattr(group, source)}
        item.trusted = ReviewSource.TRUSTED_FLAGGER in item.sources
        item.reasons = {reason.value for reason in ReportedReason if getattr(group, reason.value)}
        item.categories = {REASON_CATEGORY[r] for r in item.reasons if r in REASON_CATEGORY}
        if group.due_at is not None:
            item.deadline(group.due_at)
        if group.undated_at is not None:  # reports filed without a deadline get the default one
            item.deadline(group.undated_at + review_due)
    reported = [int(i.ref.key) for i in items.values()
                if i.ref.kind == "comment" and i.ref.key.isdigit()]
    comments = session.scalars(select(Comment).where(or_(
        Comment.status == CommentStatus.PENDING_REVIEW.value, Comment.id.in_(reported))))
    for comment in comments:
        ref = ItemRef("comment", str(comment.id))
        item = items.setdefault(ref.id, _Item(ref, comment.created_at))
        _add_comment(item, comment)
        if comment.status == CommentStatus.PENDING_REVIEW.value:
            item.deadline(comment.updated_at + review_due)
    for appeal, decision in session.execute(select(Appeal, Decision).join(
            Decision, Decision.id == Appeal.decision_id).where(
            Appeal.status == AppealStatus.OPEN.value)):
        item = _Item(ItemRef("appeal", str(appeal.id)), appeal.created_at, {ReviewSource.APPEAL},
                     appeal=appeal, due_at=appeal.due_at, reasons={decision.action})
        item.severity = 3 if decision.category in _GRAVE else 2 if decision.category else 1
        if decision.category:
            item.categories.add(decision.category)
        if decision.target_type == "comment":
            item.comment = session.get(Comment, int(decision.target_id))
        items[item.ref.id] = item
    # --- pile-on incidents (rempart.pileon): severity 3, due when opened, one reporter per account.
    for incident, numbers in pileon_incidents.awaiting_review(session):
        item = _Item(ItemRef("pileon", str(incident.id)), incident.opened_at,
                     {ReviewSource.DETECTION}, severity=3, due_at=incident.opened_at,
                     reporters=numbers.accounts, reports=numbers.reports, reasons={"pileon"})
        items[item.ref.id] = item
    # --- end pile-on
    return items


def queue(session: Session, *, now: dt.datetime, limit: int, review_due: dt.timedelta,
          category: str | None = None, lang: str | None = None,
          source: ReviewSource | None = None) -> list[ReviewItemPublic]:
    """The open review items, best first, filtered by detected category, language and source."""
    items = [i for i in _items(session, review_due=review_due).values()
             if (category is None or category in i.categories)
             and (lang is None or (i.comment is not None and i.comment.lang == lang))
             and (source is None or source in i.sources)]
    items.sort(key=_Item.rank)
    claims = {c.item_id: c for c in session.scalars(
        select(ReviewClaim).where(ReviewClaim.expires_at > now))}
    result = []
    for item in items[:limit]:
        claim, appeal = claims.get(item.ref.id), item.appeal
        decision = session.get(Decision, appeal.decision_id) if appeal else None
        result.append(ReviewItemPublic(
            id=item.ref.id, target_type=decision.target_type if decision else item.ref.kind,
            target_id=decision.target_id if decision else item.ref.key,
            sources=sorted(item.sources), trusted_flagger=item.trusted, severity=item.severity,
            due_at=item.due_at, reporters=item.reporters, reports=item.reports,
            reasons=sorted(item.reasons), categories=sorted(item.categories),
            lang=item.comment.lang if item.comment else None,
            text=item.comment.text if item.comment else None,
            status=item.comment.status if item.comment else None, created_at=item.created_at,
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
