"""Decisions (DSA Art. 17): authorize, change the target, resolve reports, strike, audit — one transaction.

Every decision is an append-only record. Webhook events are queued in the same transaction
and sent after commit. Automatic removals by the pipeline are decisions too, fully automated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.access.service import Principal
from rempart.detection.categories import CATEGORIES
from rempart.errors import Conflict, InvalidInput, NotFound
from rempart.moderation import reports, review, strikes, webhooks
from rempart.moderation.decision_enums import (
    AutomatedDecision,
    DecisionAction,
    Ground,
    ReviewSource,
    WebhookEvent,
)
from rempart.moderation.decision_models import AccountSanction, Decision
from rempart.moderation.decision_schemas import DecisionCreate, DecisionPublic
from rempart.moderation.decision_targets import (
    STATUS_BY_ACTION,
    Target,
    check_applicable,
    load_target,
    rule_snapshot,
)
from rempart.moderation.enums import SYSTEM_ACTOR_ID, ActorType, CommentStatus, ReportSource
from rempart.moderation.models import Comment
from rempart.privacy.reporters import mask, reporter_names
from rempart.settings import Settings

#: Pipeline reason codes that mean the detector brought the comment to attention.
_AUTOMATED_CODES = frozenset({"automatic_removal", "needs_review", "detector_failed"})


@dataclass(frozen=True, slots=True)
class DecisionRules:
    """What decisions need from the settings: strikes, the default language, appeal periods."""

    strikes: strikes.StrikePolicy = field(default_factory=strikes.StrikePolicy)
    default_lang: str = "fr"
    appeal_window: dt.timedelta = dt.timedelta(days=183)
    appeal_due: dt.timedelta = dt.timedelta(hours=72)

    @classmethod
    def from_settings(cls, settings: Settings) -> DecisionRules:
        """The rules the settings describe."""
        lang = settings.default_language if settings.default_language in ("fr", "en") else "fr"
        return cls(strikes=strikes.StrikePolicy.from_settings(settings), default_lang=lang,
                   appeal_window=dt.timedelta(days=settings.appeal_window_days),
                   appeal_due=dt.timedelta(hours=settings.appeal_due_hours))


@dataclass(frozen=True, slots=True)
class Decider:
    """Who decides: a moderator's key, or Rempart itself."""

    actor_type: ActorType
    actor_id: str


SYSTEM = Decider(ActorType.SYSTEM, SYSTEM_ACTOR_ID)


def record(session: Session, *, target: Target, action: DecisionAction, category: str | None,
           ground: Ground | None, legal_ground: str | None, rule: dict[str, Any] | None,
           explanation: str, automated_detection: bool, automated_decision: AutomatedDecision,
           decider: Decider, source: str, ends_at: dt.datetime | None, now: dt.datetime,
           rules: DecisionRules, reverses: Decision | None = None,
           new_target: bool = False) -> Decision:
    """Store a decision and apply it: target status, open reports, strike, sanctions, audit, events
    (``new_target``: created in this very transaction, so nobody can have reported it yet)."""
    comment = target.comment
    previous = comment.status if comment else None
    new = previous
    if comment is not None:
        if action in STATUS_BY_ACTION:
            new = STATUS_BY_ACTION[action]
        elif reverses is not None or previous == CommentStatus.PENDING_REVIEW.value:
            new = CommentStatus.VISIBLE.value  # reviewed and kept, or restored on appeal
    open_reports = [] if new_target else reports.open_reports(
        session, target_type=target.target_type, target_id=target.target_id)
    decision = Decision(
        target_type=target.target_type, target_id=target.target_id, author_id=target.author_id,
        action=action.value, category=category, ground=ground.value if ground else None,
        legal_ground=legal_ground, rule=rule, explanation=explanation,
        automated_detection=automated_detection, automated_decision=automated_decision.value,
        decided_by_type=decider.actor_type.value, decided_by=decider.actor_id, decided_at=now,
        ends_at=ends_at, lang=target.lang, source=source, reports_resolved=len(open_reports),
        previous_status=previous, new_status=new, reverses_id=reverses.id if reverses else None)
    session.add(decision)
    session.flush()
    if comment is not None and new != previous:
        comment.status, comment.updated_at = str(new), now
    for report in open_reports:
        report.status, report.resolved_at = "resolved", now
        report.outcome, report.decision_id = action.value, decision.id
    sanctions: list[AccountSanction] = []
    if action.is_violation:
        _strike, reached = strikes.add_strike(session, decision=decision,
                                              policy=rules.strikes, now=now)
        sanctions += [s for s in (reached, strikes.sanction_for_action(
            session, decision=decision, now=now)) if s is not None]
    audit.record(session, now=now, actor_type=decider.actor_type, actor_id=decider.actor_id,
                 action="decision.create", target_type=target.target_type,
                 target_id=target.target_id,
                 details={"decision_id": decision.id, "action": action.value,
                          "automated_decision": automated_decision.value,
                          "reports_resolved": len(open_reports), "from": previous, "to": new,
                          "reverses": decision.reverses_id})
    _announce(session, decision=decision, reports_done=open_reports, sanctions=sanctions, now=now,
              comment=comment, rules=rules)
    return decision


def _announce(session: Session, *, decision: Decision, reports_done: list[Any],
              sanctions: list[AccountSanction], now: dt.datetime, comment: Comment | None,
              rules: DecisionRules) -> None:
    # The platform may show this event to the author: reporters are masked in the explanation.
    public = to_public(decision, rules=rules)
    # Only the reporters of the reports it resolved can be named in it.
    names = reporter_names(session, decision_id=decision.id) if reports_done else set()
    public.explanation = mask(public.explanation, names) or ""
    webhooks.enqueue(session, event=WebhookEvent.DECISION_CREATED,
                     data=public.model_dump(mode="json"), now=now)
    for report in reports_done:
        webhooks.enqueue(session, event=WebhookEvent.REPORT_RESOLVED, now=now, data={
            "report_id": report.id, "reporter_id": report.reporter_account_id,
            "organisation_id": report.organisation_id, "target_type": report.target_type,
            "target_id": report.target_id, "outcome": report.outcome,
            "decision_id": decision.id})
    if comment is not None and decision.new_status != decision.previous_status:
        webhooks.enqueue(session, event=WebhookEvent.COMMENT_STATUS_CHANGED, now=now, data={
            "comment_id": comment.id, "external_id": comment.external_id,
            "from": decision.previous_status, "to": decision.new_status,
            "decision_id": decision.id})
    for sanction in sanctions:
        webhooks.enqueue(session, event=WebhookEvent.ACCOUNT_SANCTIONED, now=now, data={
            "account_id": sanction.account_id, "sanction": sanction.kind,
            "ends_at": sanction.ends_at.isoformat() if sanction.ends_at else None,
            "decision_id": decision.id})


def _source(session: Session, target: Target) -> tuple[str, bool]:
    """Where the case came from, and whether a machine detected it."""
    open_sources = {r.source for r in reports.open_reports(
        session, target_type=target.target_type, target_id=target.target_id)}
    comment = target.comment
    automated = comment is not None and any(
        r.get("code") in _AUTOMATED_CODES for r in comment.reasons)
    for report_source, review_source in ((ReportSource.TRUSTED_FLAGGER, ReviewSource.TRUSTED_FLAGGER),
                                         (ReportSource.USER, ReviewSource.USER_REPORT),
                                         (ReportSource.CREATOR, ReviewSource.CREATOR_REPORT)):
        if report_source.value in open_sources:
            return review_source.value, automated
    if comment is not None and comment.status == CommentStatus.PENDING_REVIEW.value:
        return ReviewSource.DETECTION.value, automated
    return "moderator", automated


def ends_at_for(action: DecisionAction, *, duration_hours: int | None, now: dt.datetime,
                rules: DecisionRules) -> dt.datetime | None:
    """When an account restriction or suspension ends (None for a ban or a content action)."""
    if duration_hours is not None and action in (DecisionAction.RESTRICT_ACCOUNT,
                                                 DecisionAction.SUSPEND_ACCOUNT):
        return now + dt.timedelta(hours=duration_hours)
    if action is DecisionAction.RESTRICT_ACCOUNT:
        return now + rules.strikes.restrict_for
    if action is DecisionAction.SUSPEND_ACCOUNT:
        return now + rules.strikes.suspend_for
    return None


def _refuse_repeat(session: Session, *, ref: review.ItemRef, action: DecisionAction) -> None:
    """Two moderators deciding the same closed item alike must not record it (and strike) twice."""
    if review.is_open(session, ref=ref):
        return
    latest = session.scalars(select(Decision.action).where(
        Decision.target_type == ref.kind, Decision.target_id == ref.key)
        .order_by(Decision.id.desc()).limit(1)).first()
    if latest == action.value:
        raise Conflict("This target was already decided so; nothing is left open on it.",
                       "Cet élément a déjà fait l'objet de cette décision ; rien n'y reste ouvert.",
                       code="already_decided")


def decide(session: Session, *, ref: review.ItemRef, body: DecisionCreate, principal: Principal,
           now: dt.datetime, rules: DecisionRules) -> Decision:
    """A moderator's decision on a target item (not an appeal), releasing its claim."""
    if body.action is None or body.outcome is not None:
        raise InvalidInput("A decision on a target gives an action (outcome is for appeals).",
                           "Une décision sur un élément donne une action (outcome : recours).",
                           code="action_required")
    target = load_target(session, target_type=ref.kind, target_id=ref.key,
                         default_lang=rules.default_lang)
    review.ensure_not_claimed_by_other(session, ref=ref, moderator_id=principal.actor_id, now=now)
    check_applicable(body.action, target=target, category=body.category)
    _refuse_repeat(session, ref=ref, action=body.action)
    source, automated = _source(session, target)
    decision = record(
        session, target=target, action=body.action, category=body.category,
        ground=body.ground if body.action.is_violation else None,
        legal_ground=body.legal_ground if body.action.is_violation else None,
        rule=rule_snapshot(session, rule_id=body.rule_id, category=body.category)
        if body.ground is Ground.COMMUNITY_GUIDELINES and body.action.is_violation else None,
        explanation=body.explanation, automated_detection=automated,
        automated_decision=AutomatedDecision.PARTIALLY if automated else AutomatedDecision.NOT_AUTOMATED,
        decider=Decider(principal.actor_type, principal.actor_id), source=source,
        ends_at=ends_at_for(body.action, duration_hours=body.duration_hours, now=now, rules=rules),
        now=now, rules=rules)
    review.release(session, ref=ref)
    return decision


#: Written in the author's language, the default language of the statement of reasons.
_AUTOMATIC_REMOVAL: Final = {
    "fr": "Retiré automatiquement : les scores du détecteur ont atteint le seuil de retrait "
          "({scores}).",
    "en": "Removed automatically: detector scores reached the removal threshold ({scores}).",
}


def record_automated_removal(session: Session, *, comment: Comment, now: dt.datetime,
                             rules: DecisionRules) -> Decision:
    """The pipeline removed ``comment`` above the remove threshold: a fully automated decision."""
    detail: dict[str, Any] = next((r.get("detail", {}) for r in comment.reasons
                   if r.get("code") == "automatic_removal"), {})
    category = next((c for c in detail.get("categories", []) if c in CATEGORIES), None)
    lang = comment.lang if comment.lang in ("fr", "en") else rules.default_lang
    comma = lang == "fr"  # French writes 0,99
    scores = ", ".join(f"{name} {str(value).replace('.', ',') if comma else value}"
                       for name, value in detail.get("scores", {}).items())
    target = Target("comment", str(comment.id), comment.author_id, lang, comment)
    return record(
        session, target=target, action=DecisionAction.REMOVE, category=category,
        ground=Ground.COMMUNITY_GUIDELINES, legal_ground=None,
        rule=rule_snapshot(session, rule_id=None, category=category),
        explanation=_AUTOMATIC_REMOVAL[lang].format(scores=scores),
        automated_detection=True, automated_decision=AutomatedDecision.FULLY, decider=SYSTEM,
        source="proactive", ends_at=None, now=now, rules=rules, new_target=True)


def get_decision(session: Session, *, decision_id: int) -> Decision:
    """The decision ``decision_id``, else NotFound."""
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(f"No decision {decision_id}.", f"Aucune décision {decision_id}.",
                       code="decision_not_found")
    return decision


def to_public(decision: Decision, *, rules: DecisionRules, staff: bool = True) -> DecisionPublic:
    """The API shape of a decision: never names reporters, nor the moderator to non-staff."""
    decided_by = decision.decided_by
    if not staff and decision.decided_by_type != ActorType.SYSTEM.value:
        decided_by = "moderator"
    return DecisionPublic(
        id=decision.id, target_type=decision.target_type, target_id=decision.target_id,
        author_id=decision.author_id, action=DecisionAction(decision.action),
        category=decision.category, ground=Ground(decision.ground) if decision.ground else None,
        legal_ground=decision.legal_ground, rule_id=(decision.rule or {}).get("id"),
        explanation=decision.explanation, automated_detection=decision.automated_detection,
        automated_decision=AutomatedDecision(decision.automated_decision),
        decided_by_type=decision.decided_by_type, decided_by=decided_by,
        decided_at=decision.decided_at, ends_at=decision.ends_at, source=decision.source,
        reports_resolved=decision.reports_resolved, previous_status=decision.previous_status,
        new_status=decision.new_status, reverses_id=decision.reverses_id,
        appealable_until=decision.decided_at + rules.appeal_window)
