"""Erasing an account on request (GDPR Art. 17), keeping only what the law requires for decisions.

In the caller's transaction, every record that names the account either goes or moves to its
stable pseudonym (``rempart.privacy.pseudonyms``):

- deleted: its handle and age band (the account row), its creator settings, its place in other
  creators' approved/blocked/restricted lists, the @mentions naming it, its pile-on counters and
  moderator claims on it;
- blanked and moved to the pseudonym: the texts, spans, external ids and idempotency keys of its
  comments (ids, dates, statuses and scores stay for the figures), its checks' draft
  fingerprints, its contents' titles and URLs, the explanations of its reports and appeals, its
  console users (disabled, renamed, password unusable) and its API keys (revoked, label blanked);
- pseudonymised, kept: decisions and statements of reasons (DSA Art. 17, 24), appeals, strikes,
  sanctions, reporting suspensions, reports, pile-on events and incidents, and the account id
  inside stored webhook payloads.

The audit entry names the pseudonym and counts, never the id. A platform that later sends the
same account id gets a new, clean account. Erasing twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from sqlalchemy import Text, cast, delete, or_, select, update
from sqlalchemy.orm import Session

from rempart import audit
from rempart.access.models import ApiKey, User
from rempart.errors import InvalidInput, NotFound
from rempart.moderation.decision_models import (
    AccountSanction,
    Appeal,
    Decision,
    ReporterSuspension,
    ReviewClaim,
    Strike,
    WebhookDelivery,
)
from rempart.moderation.enums import ActorType, TargetType
from rempart.moderation.models import Account, Check, Comment, Content, CreatorSettings, Report
from rempart.pileon.models import (
    CommentMention,
    PileonEvent,
    PileonHit,
    PileonIncident,
    PileonTarget,
)
from rempart.privacy.pseudonyms import is_pseudonym, pseudonym_for
from rempart.privacy.schemas import AccountErasure

#: The unusable password hash given to an erased account's console users.
ERASED_PASSWORD = "!erased"
_LISTS = ("approved_commenters", "blocked_accounts", "restricted_accounts")


class AuditActor(Protocol):
    """Who asks for the erasure, as the audit log names them (a Principal fits)."""

    @property
    def actor_type(self) -> ActorType: ...

    @property
    def actor_id(self) -> str: ...


def erase_account(session: Session, *, account_id: str, actor: AuditActor,
                  now: dt.datetime) -> AccountErasure:
    """Erase ``account_id``'s personal data and move what decisions need to its pseudonym, in the
    caller's transaction; idempotent. NotFound when nothing ever named the account."""
    if is_pseudonym(account_id):
        raise InvalidInput("This account is already a pseudonym of an erased account.",
                           "Ce compte est déjà le pseudonyme d'un compte effacé.",
                           code="already_pseudonymised")
    session.flush()
    pseudonym = pseudonym_for(session, account_id=account_id)
    holder = session.get(Account, pseudonym)
    existed = holder is not None
    if holder is None:  # the pseudonym row exists before any foreign key points at it
        holder = Account(id=pseudonym, handle="", age_band=None, created_at=now, updated_at=now,
                         erased_at=now)
        session.add(holder)
        session.flush()
    counts = _move_records(session, account_id=account_id, pseudonym=pseudonym, now=now)
    original = session.get(Account, account_id)
    if original is not None:
        session.delete(original)
        session.flush()
    counts["account"] = int(original is not None)
    if not any(counts.values()):
        if existed:
            session.expire_all()
            return AccountErasure(pseudonym=pseudonym, erased_at=holder.erased_at or now,
                                  already_erased=True, counts=counts)
        raise NotFound(f"No account {account_id!r} and no record naming it.",
                       f"Aucun compte {account_id!r} ni aucune donnée le concernant.",
                       code="account_not_found")
    holder.erased_at, holder.updated_at = holder.erased_at or now, now
    audit.record(session, now=now, actor_type=actor.actor_type, actor_id=actor.actor_id,
                 action="account.erase", target_type="account", target_id=pseudonym,
                 details={"counts": counts})
    session.flush()
    session.expire_all()
    return AccountErasure(pseudonym=pseudonym, erased_at=now, already_erased=False, counts=counts)


def _move_records(session: Session, *, account_id: str, pseudonym: str,
                  now: dt.datetime) -> dict[str, int]:
    def run(statement: Any) -> int:
        return int(getattr(session.execute(
            statement, execution_options={"synchronize_session": False}), "rowcount", 0) or 0)

    counts: dict[str, int] = {}
    external_ids = _blank_comments(session, account_id=account_id, pseudonym=pseudonym, now=now)
    counts["comments"] = len(external_ids)
    counts["contents"] = run(update(Content).where(Content.creator_id == account_id).values(
        creator_id=pseudonym, title="", url=None, updated_at=now))
    counts["checks"] = run(update(Check).where(Check.author_id == account_id).values(
        author_id=pseudonym, text_digest=""))
    counts["mentions"] = run(delete(CommentMention).where(CommentMention.account_id == account_id))
    counts["settings"] = run(delete(CreatorSettings).where(CreatorSettings.account_id == account_id))
    counts["listed_by_creators"] = _unlist(session, account_id=account_id, now=now)
    counts["reports_filed"] = run(update(Report).where(Report.reporter_account_id == account_id)
                                  .values(reporter_account_id=pseudonym, explanation=None))
    counts["reports_about"] = run(update(Report).where(
        Report.target_type == TargetType.ACCOUNT.value, Report.target_id == account_id)
        .values(target_id=pseudonym))
    counts["decisions"] = run(update(Decision).where(Decision.author_id == account_id)
                              .values(author_id=pseudonym))
    counts["decisions"] += run(update(Decision).where(
        Decision.target_type == TargetType.ACCOUNT.value, Decision.target_id == account_id)
        .values(target_id=pseudonym))
    counts["appeals"] = run(update(Appeal).where(Appeal.appellant_account_id == account_id)
                            .values(appellant_account_id=pseudonym, explanation=""))
    counts["strikes"] = run(update(Strike).where(Strike.account_id == account_id)
                            .values(account_id=pseudonym))
    counts["sanctions"] = run(update(AccountSanction).where(AccountSanction.account_id == account_id)
                              .values(account_id=pseudonym))
    counts["reporter_suspensions"] = run(update(ReporterSuspension).where(
        ReporterSuspension.account_id == account_id).values(account_id=pseudonym))
    run(delete(ReviewClaim).where(ReviewClaim.item_id == f"{TargetType.ACCOUNT.value}:{account_id}"))
    counts["pileon"] = _pileon(session, run, account_id=account_id, pseudonym=pseudonym, now=now)
    counts["api_keys"] = _keys_and_users(session, run, account_id=account_id, pseudonym=pseudonym,
                                         now=now)
    counts["webhook_payloads"] = _webhook_payloads(
        session, replacements={account_id: pseudonym,
                               **{e: None for e in external_ids.values() if e}})
    return counts


def _blank_comments(session: Session, *, account_id: str, pseudonym: str,
                    now: dt.datetime) -> dict[int, str | None]:
    """Blank the account's comments (their reasons keep the phase and code, not the details);
    returns their former external ids by comment id."""
    rows = session.execute(select(Comment.id, Comment.reasons, Comment.external_id)
                           .where(Comment.author_id == account_id)).all()
    if not rows:
        return {}
    session.execute(update(Comment), [
        {"id": comment_id, "author_id": pseudonym, "text": "", "spans": [], "external_id": None,
         "idempotency_key": None, "updated_at": now,
         "reasons": [{"phase": r.get("phase"), "code": r.get("code"), "detail": {}}
                     for r in reasons or []]}
        for comment_id, reasons, _external in rows])
    return {comment_id: external for comment_id, _reasons, external in rows}


def _unlist(session: Session, *, account_id: str, now: dt.datetime) -> int:
    """Take the account out of every creator's approved, blocked and restricted lists."""
    needle = f'%"{account_id}"%'
    rows = session.scalars(select(CreatorSettings).where(or_(
        *(cast(getattr(CreatorSettings, name), Text).like(needle) for name in _LISTS)))).all()
    changed = 0
    for row in rows:
        for name in _LISTS:
            listed: list[str] = getattr(row, name)
            if account_id in listed:
                setattr(row, name, [a for a in listed if a != account_id])
                row.updated_at = now
                changed += 1
    session.flush()
    return changed


def _pileon(session: Session, run: Any, *, account_id: str, pseudonym: str, now: dt.datetime) -> int:
    """Drop the live counters; the incidents and their events stay, pseudonymised and closed."""
    run(delete(PileonTarget).where(PileonTarget.account_id == account_id))
    moved = run(delete(PileonHit).where(or_(PileonHit.target_id == account_id,
                                            PileonHit.actor_id == account_id)))
    # At most one open incident per target: the erased target's open one closes first.
    run(update(PileonIncident).where(PileonIncident.target_id == account_id,
                                     PileonIncident.closed_at.is_(None))
        .values(closed_at=now, close_reason="account_erased", closed_by="rempart"))
    moved += run(update(PileonIncident).where(PileonIncident.target_id == account_id)
                 .values(target_id=pseudonym))
    moved += run(update(PileonEvent).where(PileonEvent.target_id == account_id)
                 .values(target_id=pseudonym))
    moved += run(update(PileonEvent).where(PileonEvent.actor_id == account_id)
                 .values(actor_id=pseudonym))
    return int(moved)


def _keys_and_users(session: Session, run: Any, *, account_id: str, pseudonym: str,
                    now: dt.datetime) -> int:
    """Revoke the account's API keys and disable its console users, keeping their rows."""
    run(update(ApiKey).where(ApiKey.account_id == account_id, ApiKey.revoked_at.is_(None))
        .values(revoked_at=now))
    keys = int(run(update(ApiKey).where(ApiKey.account_id == account_id)
                   .values(account_id=pseudonym, label="")))
    for user in session.scalars(select(User).where(User.account_id == account_id)):
        user.account_id, user.display_name = pseudonym, ""
        user.username = f"{pseudonym}-{user.id}"
        user.password_hash = ERASED_PASSWORD
        user.disabled_at = user.disabled_at or now
        keys += 1
    session.flush()
    return keys


def _replace(value: Any, replacements: dict[str, str | None]) -> Any:
    if isinstance(value, str):
        return replacements.get(value, value)
    if isinstance(value, list):
        return [_replace(v, replacements) for v in value]
    if isinstance(value, dict):
        return {k: _replace(v, replacements) for k, v in value.items()}
    return value


def _webhook_payloads(session: Session, *, replacements: dict[str, str | None]) -> int:
    """Replace the account id (and its comments' external ids) inside stored webhook payloads,
    sent or still to send."""
    changed: set[int] = set()
    names = sorted(replacements)
    for start in range(0, len(names), 50):
        needles = [cast(WebhookDelivery.payload, Text).like(f'%"{name}"%')
                   for name in names[start:start + 50]]
        for delivery in session.scalars(select(WebhookDelivery).where(or_(*needles))):
            payload = _replace(delivery.payload, replacements)
            if payload != delivery.payload:
                delivery.payload = payload
                changed.add(delivery.id)
    session.flush()
    return len(changed)
