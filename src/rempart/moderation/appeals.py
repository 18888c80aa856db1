"""Appeals (DSA Art. 20): the author, or a reporter against a no_action, contests a decision.

An appeal is reviewed by a different moderator than the one who decided, never by a machine;
it is upheld or reversed with reasons, and a reversal is a new decision that restores the
content and takes back the strike.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.errors import Conflict, Forbidden, InvalidInput, NotFound
from rempart.moderation import decision_targets, decisions, review, strikes, webhooks
from rempart.moderation.decision_enums import (
    AppealStatus,
    AppellantRole,
    AutomatedDecision,
    DecisionAction,
    Ground,
    WebhookEvent,
)
from rempart.moderation.decision_models import Appeal, Decision
from rempart.moderation.decision_schemas import AppealCreate, AppealPublic, DecisionCreate
from rempart.moderation.models import Report


def _reporters(session: Session, decision: Decision) -> tuple[set[str], set[int]]:
    rows = session.execute(select(Report.reporter_account_id, Report.organisation_id)
                           .where(Report.decision_id == decision.id)).all()
    return {a for a, _ in rows if a}, {o for _, o in rows if o is not None}


def can_read(session: Session, *, principal: Principal, decision: Decision) -> bool:
    """Staff read every decision; otherwise only its author and the reporters it answered."""
    if principal.role in (Role.MODERATOR, Role.ADMIN, Role.PLATFORM):
        return True
    accounts, organisations = _reporters(session, decision)
    if principal.role is Role.CREATOR and principal.account_id:
        return principal.account_id == decision.author_id or principal.account_id in accounts
    return principal.role is Role.TRUSTED_FLAGGER and principal.organisation_id in organisations


def readable(session: Session, *, principal: Principal, decision_id: int) -> Decision:
    """The decision if ``principal`` may read it, else NotFound."""
    decision = session.get(Decision, decision_id)
    if decision is None or not can_read(session, principal=principal, decision=decision):
        raise NotFound(f"No decision {decision_id}.", f"Aucune décision {decision_id}.",
                       code="decision_not_found")
    return decision


def _appellant(session: Session, principal: Principal, decision: Decision,
               appellant_id: str | None) -> tuple[AppellantRole, str | None]:
    accounts, organisations = _reporters(session, decision)
    if principal.role is Role.TRUSTED_FLAGGER:
        account, is_reporter = None, principal.organisation_id in organisations
    else:
        account = principal.account_id if principal.role is Role.CREATOR else appellant_id
        if principal.role is Role.CREATOR and appellant_id not in (None, account):
            raise Forbidden("A creator key appeals for its own account.",
                            "Une clé créateur fait recours pour son propre compte.",
                            code="not_your_account")
        if account is None:
            raise InvalidInput("Say who appeals: appellant_id.", "Indiquez qui fait recours : appellant_id.",
                               code="appellant_required")
        if account == decision.author_id:
            return AppellantRole.AUTHOR, account
        is_reporter = account in accounts
    if not is_reporter:
        raise Forbidden("Only the author, or a reporter, may appeal this decision.",
                        "Seul·e l'auteur·rice, ou un·e signalant·e, peut contester cette décision.",
                        code="not_a_party")
    if decision.action != DecisionAction.NO_ACTION.value:
        raise Forbidden("A reporter may appeal only a decision to take no action.",
                        "Un·e signalant·e ne peut contester qu'une décision de ne rien faire.",
                        code="not_appealable")
    return AppellantRole.REPORTER, account


def file_appeal(session: Session, *, principal: Principal, decision_id: int, body: AppealCreate,
                now: dt.datetime, rules: decisions.DecisionRules) -> Appeal:
    """Open an appeal within the appeal window; one per party and decision."""
    decision = readable(session, principal=principal, decision_id=decision_id)
    role, account = _appellant(session, principal, decision, body.appellant_id)
    if now > decision.decided_at + rules.appeal_window:
        raise Conflict("The period to appeal this decision is over.",
                       "Le délai pour contester cette décision est dépassé.",
                       code="appeal_window_closed")
    same = select(Appeal.id).where(Appeal.decision_id == decision.id)
    same = (same.where(Appeal.organisation_id == principal.organisation_id) if account is None
            else same.where(Appeal.appellant_account_id == account))
    if session.scalar(same.limit(1)) is not None:
        raise Conflict("This decision was already appealed by this party.",
                       "Cette partie a déjà contesté cette décision.", code="appeal_exists")
    appeal = Appeal(decision_id=decision.id, appellant_role=role.value,
                    appellant_account_id=account, appellant_key_id=principal.key_id,
                    organisation_id=principal.organisation_id if account is None else None,
                    explanation=body.explanation, status=AppealStatus.OPEN.value, created_at=now,
                    due_at=now + rules.appeal_due)
    session.add(appeal)
    session.flush()
    audit.record(session, now=now, actor_type=principal.actor_type, actor_id=principal.actor_id,
                 action="appeal.create", target_type="decision", target_id=str(decision.id),
                 details={"appeal_id": appeal.id, "role": role.value})
    return appeal


def _reverse(session: Session, *, original: Decision, body: DecisionCreate, principal: Principal,
             now: dt.datetime, rules: decisions.DecisionRules) -> Decision:
    target = decision_targets.load_target(session, target_type=original.target_type,
                                   target_id=original.target_id, default_lang=original.lang)
    decider = decisions.Decider(principal.actor_type, principal.actor_id)
    if original.action == DecisionAction.NO_ACTION.value:  # a reporter's appeal succeeded
        action = body.action
        if action is None or not action.is_violation:
            raise InvalidInput("Reversing a no_action needs the action to take instead.",
                               "Infirmer une absence de mesure demande l'action à prendre.",
                               code="action_required")
        decision_targets.check_applicable(action, target=target, category=body.category)
        guidelines_ground = body.ground is Ground.COMMUNITY_GUIDELINES
        return decisions.record(
            session, target=target, action=action, category=body.category, ground=body.ground,
            legal_ground=body.legal_ground,
            rule=decision_targets.rule_snapshot(session, rule_id=body.rule_id, category=body.category)
            if guidelines_ground else None,
            explanation=body.explanation, automated_detection=original.automated_detection,
            automated_decision=AutomatedDecision.NOT_AUTOMATED, decider=decider, source="appeal",
            ends_at=decisions.ends_at_for(action, duration_hours=body.duration_hours, now=now,
                                          rules=rules),
            now=now, rules=rules, reverses=original)
    reversal = decisions.record(
        session, target=target, action=DecisionAction.NO_ACTION, category=original.category,
        ground=None, legal_ground=None, rule=None, explanation=body.explanation,
        automated_detection=original.automated_detection,
        automated_decision=AutomatedDecision.NOT_AUTOMATED, decider=decider, source="appeal",
        ends_at=None, now=now, rules=rules, reverses=original)
    strikes.reverse(session, original=original, reversal=reversal, now=now)
    return reversal


def decide_appeal(session: Session, *, appeal_id: int, body: DecisionCreate, principal: Principal,
                  now: dt.datetime, rules: decisions.DecisionRules) -> Appeal:
    """Uphold or reverse an open appeal; the moderator who took the decision may not."""
    appeal = session.get(Appeal, appeal_id, with_for_update=True)
    if appeal is None:
        raise NotFound(f"No appeal {appeal_id}.", f"Aucun recours {appeal_id}.",
                       code="appeal_not_found")
    if appeal.status != AppealStatus.OPEN.value:
        raise Conflict("This appeal was already decided.", "Ce recours a déjà été tranché.",
                       code="appeal_decided")
    original = decisions.get_decision(session, decision_id=appeal.decision_id)
    if original.decided_by == principal.actor_id:
        raise Forbidden("An appeal is reviewed by a different moderator than the one who decided.",
                        "Un recours est examiné par un·e autre modérateur·rice que l'auteur·rice "
                        "de la décision.", code="same_moderator")
    if body.outcome is None:
        raise InvalidInput("An appeal decision gives an outcome: upheld or reversed.",
                           "La décision sur un recours donne un résultat : upheld ou reversed.",
                           code="outcome_required")
    ref = review.ItemRef("appeal", str(appeal.id))
    review.ensure_not_claimed_by_other(session, ref=ref, moderator_id=principal.actor_id, now=now)
    if body.outcome == "reversed":
        reversal = _reverse(session, original=original, body=body, principal=principal, now=now,
                            rules=rules)
        appeal.status, appeal.result_decision_id = AppealStatus.REVERSED.value, reversal.id
    else:
        appeal.status = AppealStatus.UPHELD.value
    appeal.decided_at, appeal.decided_by = now, principal.actor_id
    appeal.outcome_explanation = body.explanation
    audit.record(session, now=now, actor_type=principal.actor_type, actor_id=principal.actor_id,
                 action="appeal.decide", target_type="appeal", target_id=str(appeal.id),
                 details={"outcome": appeal.status, "decision_id": original.id,
                          "result_decision_id": appeal.result_decision_id})
    webhooks.enqueue(session, event=WebhookEvent.APPEAL_DECIDED, now=now, data={
        "appeal_id": appeal.id, "decision_id": original.id, "outcome": appeal.status,
        "result_decision_id": appeal.result_decision_id})
    review.release(session, ref=ref)
    return appeal


def readable_appeal(session: Session, *, principal: Principal, appeal_id: int) -> Appeal:
    """The appeal if ``principal`` is staff or the appellant, else NotFound."""
    appeal = session.get(Appeal, appeal_id)
    staff = principal.role in (Role.MODERATOR, Role.ADMIN, Role.PLATFORM)
    own = appeal is not None and (
        (principal.role is Role.CREATOR and appeal.appellant_account_id == principal.account_id)
        or (principal.role is Role.TRUSTED_FLAGGER and appeal.appellant_account_id is None
            and appeal.organisation_id == principal.organisation_id))
    if appeal is None or not (staff or own):
        raise NotFound(f"No appeal {appeal_id}.", f"Aucun recours {appeal_id}.",
                       code="appeal_not_found")
    return appeal


def to_public(appeal: Appeal) -> AppealPublic:
    """The API shape of an appeal."""
    return AppealPublic.model_validate(appeal, from_attributes=True)
