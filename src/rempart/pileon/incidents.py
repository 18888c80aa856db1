"""Where a pile-on incident stands, computed from stored state (no timers, no process memory).

An incident is *active* (protective mode on) while it is open and its newest hurtful event is
less than the quiet period old; *quiet* once that period has passed with nothing new (it is
closed for good at the target's next event); *lifted* when the target or a moderator closed it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import bindparam, distinct, func, select
from sqlalchemy.orm import Session

from rempart.pileon.models import PileonEvent, PileonIncident


class IncidentState(StrEnum):
    ACTIVE = "active"  # protective mode is on
    QUIET = "quiet"  # nothing hurtful for the quiet period: protective mode is off
    LIFTED = "lifted"  # closed by the target, a moderator, or at an event after a quiet period


class CloseReason(StrEnum):
    QUIET = "quiet"
    LIFTED_BY_TARGET = "lifted_by_target"
    LIFTED_BY_MODERATOR = "lifted_by_moderator"


@dataclass(frozen=True, slots=True)
class IncidentCounts:
    """How many distinct accounts, comments and reports an incident groups."""

    accounts: int = 0
    comments: int = 0
    reports: int = 0


def state(incident: PileonIncident, *, now: dt.datetime, quiet: dt.timedelta) -> IncidentState:
    """The incident's state at ``now``."""
    if incident.closed_at is not None:
        return IncidentState.LIFTED
    return IncidentState.ACTIVE if now < incident.last_event_at + quiet else IncidentState.QUIET


# Built once: every publish asks for the open incident of the people it speaks to.
_OPEN_INCIDENT = select(PileonIncident).where(PileonIncident.target_id == bindparam("target_id"),
                                              PileonIncident.closed_at.is_(None))
_OPEN_INCIDENT_LOCKED = _OPEN_INCIDENT.with_for_update()


def open_incident(session: Session, *, target_id: str, lock: bool = False) -> PileonIncident | None:
    """The target's open incident (at most one), if any."""
    return session.scalars(_OPEN_INCIDENT_LOCKED if lock else _OPEN_INCIDENT,
                           {"target_id": target_id}).first()


class ActiveIncident(NamedTuple):
    """An incident whose protective mode is on: its id and when it opened."""

    id: int
    opened_at: dt.datetime


# Built once: every publish asks it, as a plain row (nothing loaded into the session).
_OPEN_INCIDENT_TIMES = select(PileonIncident.id, PileonIncident.opened_at,
                              PileonIncident.last_event_at).where(
    PileonIncident.target_id == bindparam("target_id"), PileonIncident.closed_at.is_(None))


def active_incident(session: Session, *, target_id: str, now: dt.datetime,
                    quiet: dt.timedelta) -> ActiveIncident | None:
    """The target's incident whose protective mode is on at ``now`` (see ``state``), if any."""
    row = session.connection().execute(_OPEN_INCIDENT_TIMES, {"target_id": target_id}).first()
    if row is None or now >= row.last_event_at + quiet:
        return None
    return ActiveIncident(row.id, row.opened_at)


def counts(session: Session, *, incident_ids: list[int]) -> dict[int, IncidentCounts]:
    """Accounts, comments and reports grouped by each incident (one grouped query)."""
    if not incident_ids:
        return {}
    rows = session.execute(
        select(PileonEvent.incident_id, func.count(distinct(PileonEvent.actor_id)),
               func.count(distinct(PileonEvent.comment_id)),
               func.count(distinct(PileonEvent.report_id)))
        .where(PileonEvent.incident_id.in_(incident_ids)).group_by(PileonEvent.incident_id))
    return {int(i or 0): IncidentCounts(int(a), int(c), int(r)) for i, a, c, r in rows}


def participants(session: Session, *, incident_id: int, reporters: bool = True) -> list[str]:
    """The accounts an incident groups, in the order they joined; without ``reporters``, those
    counted only for reporting the target (report-bombing) are left out, so a target never
    learns who reported it."""
    query = select(PileonEvent.actor_id, func.min(PileonEvent.id).label("first")).where(
        PileonEvent.incident_id == incident_id)
    if not reporters:
        query = query.where(~((PileonEvent.kind == "report") & PileonEvent.comment_id.is_(None)))
    rows = session.execute(query.group_by(PileonEvent.actor_id).order_by("first"))
    return [actor for actor, _first in rows]


def is_participant(session: Session, *, incident_id: int, account_id: str) -> bool:
    """Whether ``account_id`` took part in the incident."""
    return session.scalar(select(PileonEvent.id).where(
        PileonEvent.incident_id == incident_id, PileonEvent.actor_id == account_id).limit(1)) \
        is not None


def comment_ids(session: Session, *, incident_id: int) -> list[int]:
    """The comments an incident groups, oldest first."""
    return [int(c or 0) for c in session.scalars(
        select(PileonEvent.comment_id).where(PileonEvent.incident_id == incident_id,
                                             PileonEvent.comment_id.is_not(None))
        .group_by(PileonEvent.comment_id).order_by(PileonEvent.comment_id))]
