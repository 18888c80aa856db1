"""Strikes and account sanctions: repeated violations restrict, suspend, then ban an account."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from rempart.moderation.decision_enums import DecisionAction, SanctionKind
from rempart.moderation.decision_models import AccountSanction, Decision, Strike
from rempart.moderation.models import Account
from rempart.settings import Settings


@dataclass(frozen=True, slots=True)
class Rung:
    """At ``strikes`` active strikes the account gets ``kind`` for ``duration`` (None: for good)."""

    strikes: int
    kind: SanctionKind
    duration: dt.timedelta | None


@dataclass(frozen=True, slots=True)
class StrikePolicy:
    """How long strikes count and the ladder of sanctions they lead to."""

    expiry: dt.timedelta = dt.timedelta(days=180)
    ladder: tuple[Rung, ...] = (
        Rung(3, SanctionKind.RESTRICTED, dt.timedelta(hours=24)),
        Rung(5, SanctionKind.SUSPENDED, dt.timedelta(days=7)),
        Rung(8, SanctionKind.BANNED, None),
    )
    restrict_for: dt.timedelta = dt.timedelta(hours=24)
    suspend_for: dt.timedelta = dt.timedelta(days=7)

    def __post_init__(self) -> None:
        counts = [rung.strikes for rung in self.ladder]
        if counts != sorted(set(counts)):
            raise ValueError("strike thresholds must increase: restrict < suspend < ban")

    @classmethod
    def from_settings(cls, settings: Settings) -> StrikePolicy:
        """The policy the settings describe."""
        restrict = dt.timedelta(hours=settings.strike_restrict_hours)
        suspend = dt.timedelta(days=settings.strike_suspend_days)
        return cls(
            expiry=dt.timedelta(days=settings.strike_expiry_days),
            ladder=(Rung(settings.strike_restrict_at, SanctionKind.RESTRICTED, restrict),
                    Rung(settings.strike_suspend_at, SanctionKind.SUSPENDED, suspend),
                    Rung(settings.strike_ban_at, SanctionKind.BANNED, None)),
            restrict_for=restrict, suspend_for=suspend)


def active_strikes(session: Session, *, account_id: str, now: dt.datetime) -> int:
    """How many unexpired, unreversed strikes ``account_id`` has."""
    return session.scalar(select(func.count()).select_from(Strike).where(
        Strike.account_id == account_id, Strike.revoked_at.is_(None),
        Strike.expires_at > now)) or 0


class SanctionInForce(NamedTuple):
    """What a sanction in force means for its account: its kind and when it ends (None: never)."""

    kind: str
    ends_at: dt.datetime | None


class AuthorStanding(NamedTuple):
    """What a publish needs to know of its author: whether the account exists, and the harshest
    sanction in force on it (None when it may comment freely)."""

    known: bool
    sanction: SanctionInForce | None


# Built once: every publish runs it, as plain rows (nothing loaded into the session). The account
# comes with its sanctions in force: one row per sanction, or one with no sanction.
_STANDING = (
    select(Account.id, AccountSanction.kind, AccountSanction.ends_at)
    .select_from(Account)
    .outerjoin(AccountSanction, and_(
        AccountSanction.account_id == Account.id, AccountSanction.lifted_at.is_(None),
        AccountSanction.starts_at <= bindparam("now"),
        or_(AccountSanction.ends_at.is_(None), AccountSanction.ends_at > bindparam("now"))))
    .where(Account.id == bindparam("account_id")))


def author_standing(session: Session, *, account_id: str, now: dt.datetime) -> AuthorStanding:
    """Whether ``account_id`` exists, and the harshest sanction in force on it, in one query."""
    rows = session.connection().execute(_STANDING, {"account_id": account_id, "now": now}).all()
    sanctions = [SanctionInForce(kind, ends_at) for _, kind, ends_at in rows if kind is not None]
    return AuthorStanding(bool(rows), max(sanctions, key=lambda s: (
        SanctionKind(s.kind).rank, s.ends_at is None, s.ends_at or now), default=None))


def active_sanction(session: Session, *, account_id: str,
                    now: dt.datetime) -> SanctionInForce | None:
    """The harshest sanction in force on ``account_id`` (None when it may comment freely)."""
    return author_standing(session, account_id=account_id, now=now).sanction


def _sanction(session: Session, *, account_id: str, kind: SanctionKind, now: dt.datetime,
              duration: dt.timedelta | None, decision: Decision,
              threshold: int | None) -> AccountSanction:
    sanction = AccountSanction(account_id=account_id, kind=kind.value, starts_at=now,
                               ends_at=now + duration if duration else None,
                               decision_id=decision.id, strike_threshold=threshold)
    session.add(sanction)
    return sanction


def add_strike(session: Session, *, decision: Decision, policy: StrikePolicy,
               now: dt.datetime) -> tuple[Strike, AccountSanction | None]:
    """Count ``decision`` as a strike on its author; apply the rung it reaches, if any."""
    strike = Strike(account_id=decision.author_id, decision_id=decision.id, created_at=now,
                    expires_at=now + policy.expiry)
    session.add(strike)
    session.flush()
    count = active_strikes(session, account_id=decision.author_id, now=now)
    reached = [rung for rung in policy.ladder if rung.strikes == count]
    if not reached:
        return strike, None
    rung = reached[0]
    return strike, _sanction(session, account_id=decision.author_id, kind=rung.kind, now=now,
                             duration=rung.duration, decision=decision, threshold=rung.strikes)


def sanction_for_action(session: Session, *, decision: Decision,
                        now: dt.datetime) -> AccountSanction | None:
    """The account sanction an account action (restrict, suspend, ban) imposes itself."""
    kinds = {DecisionAction.RESTRICT_ACCOUNT: SanctionKind.RESTRICTED,
             DecisionAction.SUSPEND_ACCOUNT: SanctionKind.SUSPENDED,
             DecisionAction.BAN_ACCOUNT: SanctionKind.BANNED}
    kind = kinds.get(DecisionAction(decision.action))
    if kind is None:
        return None
    duration = decision.ends_at - now if decision.ends_at else None
    return _sanction(session, account_id=decision.author_id, kind=kind, now=now,
                     duration=duration, decision=decision, threshold=None)


def reverse(session: Session, *, original: Decision, reversal: Decision,
            now: dt.datetime) -> int:
    """Undo ``original``'s strike and sanctions; lift ladder sanctions no longer earned.

    Returns how many sanctions were lifted.
    """
    strike = session.scalar(select(Strike).where(Strike.decision_id == original.id,
                                                 Strike.revoked_at.is_(None)))
    if strike is not None:
        strike.revoked_at, strike.revoked_by_decision_id = now, reversal.id
        session.flush()
    remaining = active_strikes(session, account_id=original.author_id, now=now)
    live = session.scalars(select(AccountSanction).where(
        AccountSanction.account_id == original.author_id, AccountSanction.lifted_at.is_(None))).all()
    lifted = 0
    for sanction in live:
        own = sanction.decision_id == original.id and sanction.strike_threshold is None
        unearned = sanction.strike_threshold is not None and sanction.strike_threshold > remaining
        if own or unearned:
            sanction.lifted_at, sanction.lifted_by_decision_id = now, reversal.id
            lifted += 1
    return lifted
