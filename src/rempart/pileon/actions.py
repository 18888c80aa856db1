"""One moderator action on up to 100 of an incident's comments or accounts, through the decisions service.

Content actions (hide, remove, no_action) apply to the incident's comments; account actions
(restrict, suspend, ban) to its accounts. Each item is decided in its own savepoint, so one
refusal (already decided, claimed by another moderator) is reported for that item and the
others still hold; everything commits in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from sqlalchemy.orm import Session

from rempart import audit
from rempart.access.service import Principal
from rempart.errors import NotFound, RempartError
from rempart.moderation import decisions, review
from rempart.moderation.bulk import check_ids
from rempart.moderation.decision_schemas import DecisionCreate
from rempart.moderation.models import Comment
from rempart.pileon import incidents
from rempart.pileon.models import PileonIncident


class ActionResult(StrEnum):
    DONE = "done"
    NOT_IN_INCIDENT = "not_in_incident"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    """One item's result: the decision made, or why none was."""

    id: int | str
    result: ActionResult
    decision_id: int | None = None
    status: str | None = None
    detail: str | None = None


def get_incident(session: Session, *, incident_id: int) -> PileonIncident:
    """The incident ``incident_id``, else NotFound."""
    incident = session.get(PileonIncident, incident_id)
    if incident is None:
        raise NotFound(f"No pile-on incident {incident_id}.",
                       f"Aucun incident de harcèlement groupé {incident_id}.",
                       code="incident_not_found")
    return incident


def act(session: Session, *, incident: PileonIncident, body: DecisionCreate,
        ids: Sequence[int | str] | None, principal: Principal, now: dt.datetime,
        rules: decisions.DecisionRules) -> list[ActionOutcome]:
    """Decide ``body`` on the named items of the incident (all of them when ``ids`` is None)."""
    assert body.action is not None  # the router requires it
    on_account = body.action.on_account
    members: list[int | str] = list(
        incidents.participants(session, incident_id=incident.id) if on_account
        else incidents.comment_ids(session, incident_id=incident.id))
    chosen = list(members if ids is None else ids)
    check_ids(cast(list[str], chosen))
    allowed = {str(m) for m in members}
    results: list[ActionOutcome] = []
    for item_id in chosen:
        if str(item_id) not in allowed:
            results.append(ActionOutcome(item_id, ActionResult.NOT_IN_INCIDENT))
            continue
        ref = review.ItemRef("account" if on_account else "comment", str(item_id))
        try:
            with session.begin_nested():
                decision = decisions.decide(session, ref=ref, body=body, principal=principal,
                                            now=now, rules=rules)
        except RempartError as error:
            results.append(ActionOutcome(item_id, ActionResult.REFUSED, detail=error.code))
            continue
        status = None if on_account else getattr(session.get(Comment, int(item_id)), "status", None)
        results.append(ActionOutcome(item_id, ActionResult.DONE, decision_id=decision.id,
                                     status=status))
    if incident.reviewed_at is None:
        incident.reviewed_at = now
    audit.record(session, now=now, actor_type=principal.actor_type, actor_id=principal.actor_id,
                 action="pileon.action", target_type="pileon_incident", target_id=str(incident.id),
                 details={"action": body.action.value, "items": len(chosen),
                          "done": sum(r.result is ActionResult.DONE for r in results)})
    return results
