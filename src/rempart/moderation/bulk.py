"""Bulk actions on up to 100 comments or accounts, each id with its own result, in one transaction.

A bad list (empty, more than 100 ids, duplicates) is refused whole before anything is read. Then
every id gets ``done``, ``not_found``, ``forbidden`` or ``already_done``; the permitted items are
applied in the caller's transaction and audited one by one, so either all of them hold or none.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.errors import InvalidInput, TooManyItems
from rempart.moderation.acting import Actor
from rempart.moderation.comment_actions import CommentAction, Outcome, change_status, outcome
from rempart.moderation.creator_reports import file_report
from rempart.moderation.creator_settings import (
    MAX_LISTED_ACCOUNTS,
    editable_row,
    find_row,
    require_account,
)
from rempart.moderation.enums import ReportedReason, TargetType
from rempart.moderation.models import Account, Comment, Content

MAX_BULK_ITEMS = 100


class ItemResult(StrEnum):
    """What happened to one id of a bulk request."""

    DONE = "done"
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    ALREADY_DONE = "already_done"


class AccountAction(StrEnum):
    """An action of the account bulk endpoint."""

    BLOCK = "block"
    RESTRICT = "restrict"
    REPORT = "report"


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """One id's result; ``status`` is the comment's status after the action, when it may be shown."""

    id: int | str
    result: ItemResult
    status: str | None = None
    detail: str | None = None
    report_id: int | None = None


def check_ids(ids: Sequence[int] | Sequence[str]) -> None:
    """Refuse an empty list, more than 100 ids, or a list naming an id twice."""
    if not ids:
        raise InvalidInput("Give at least one id.", "Donnez au moins un identifiant.",
                           code="empty_ids")
    if len(ids) > MAX_BULK_ITEMS:
        raise TooManyItems(
            f"At most {MAX_BULK_ITEMS} ids per request; {len(ids)} given. Nothing was changed.",
            f"Au plus {MAX_BULK_ITEMS} identifiants par requête ; {len(ids)} donnés. Rien n'a changé.",
            details={"limit": MAX_BULK_ITEMS, "given": len(ids)})
    repeated = sorted(str(i) for i, n in Counter[int | str](ids).items() if n > 1)
    if repeated:
        raise InvalidInput(
            f"Each id may appear once; repeated: {', '.join(repeated[:10])}. Nothing was changed.",
            f"Chaque identifiant n'apparaît qu'une fois ; répétés : {', '.join(repeated[:10])}. "
            "Rien n'a changé.",
            code="duplicate_ids", details={"ids": repeated[:20]})


def _check_report_fields(*, report: bool, reason: ReportedReason | None,
                         explanation: str | None) -> None:
    if not report and (reason is not None or explanation is not None):
        raise InvalidInput("reason and explanation go only with the report action.",
                           "reason et explanation ne vont qu'avec l'action report.",
                           code="reason_not_applicable")
    if reason is ReportedReason.ILLEGAL_CONTENT and not (explanation or "").strip():
        raise InvalidInput("A report of illegal content must explain why it is illegal.",
                           "Un signalement de contenu illicite doit expliquer en quoi il l'est.",
                           code="explanation_required")


def bulk_comments(
    session: Session, *, actor: Actor, action: CommentAction, ids: Sequence[int], now: dt.datetime,
    reason: ReportedReason | None = None, explanation: str | None = None,
) -> list[ItemOutcome]:
    """Approve, hide, delete or report each comment under the actor's contents; one result per id."""
    check_ids(ids)
    _check_report_fields(report=action is CommentAction.REPORT, reason=reason,
                         explanation=explanation)
    rows = session.execute(
        select(Comment, Content.creator_id).join(Content, Content.id == Comment.content_id)
        .where(Comment.id.in_(ids)).with_for_update(of=Comment)
    ).all()
    found = {comment.id: (comment, creator_id) for comment, creator_id in rows}
    results: list[ItemOutcome] = []
    for comment_id in ids:
        if comment_id not in found:
            results.append(ItemOutcome(comment_id, ItemResult.NOT_FOUND))
            continue
        comment, creator_id = found[comment_id]
        if not actor.may_act_for(creator_id):
            results.append(ItemOutcome(comment_id, ItemResult.FORBIDDEN, detail="not_your_content"))
        elif action is CommentAction.REPORT:
            report, new = file_report(
                session, actor=actor, target_type=TargetType.COMMENT, target_id=str(comment_id),
                reason=reason or ReportedReason.HARASSMENT, explanation=explanation, now=now)
            results.append(ItemOutcome(comment_id, ItemResult.DONE if new else ItemResult.ALREADY_DONE,
                                       status=comment.status, report_id=report.id))
        else:
            results.append(_change(session, comment=comment, action=action, actor=actor,
                                   creator_id=creator_id, now=now))
    return results


def _change(session: Session, *, comment: Comment, action: CommentAction, actor: Actor,
            creator_id: str, now: dt.datetime) -> ItemOutcome:
    verdict = outcome(comment, action)
    if verdict is Outcome.LOCKED:
        return ItemOutcome(comment.id, ItemResult.FORBIDDEN, status=comment.status,
                           detail=f"status_{comment.status}")
    if verdict is Outcome.ALREADY_DONE:
        return ItemOutcome(comment.id, ItemResult.ALREADY_DONE, status=comment.status)
    change_status(session, comment=comment, action=action, actor=actor, creator_id=creator_id,
                  now=now, bulk=True)
    return ItemOutcome(comment.id, ItemResult.DONE, status=comment.status)


def bulk_accounts(
    session: Session, *, actor: Actor, action: AccountAction, ids: Sequence[str], now: dt.datetime,
    reason: ReportedReason | None = None, explanation: str | None = None,
) -> list[ItemOutcome]:
    """Block, restrict or report each account for the acting creator; one result per id.

    Block and restrict add to the creator's account-wide lists (and withdraw an approval).
    """
    check_ids(ids)
    _check_report_fields(report=action is AccountAction.REPORT, reason=reason,
                         explanation=explanation)
    creator = actor.account_id
    if action is not AccountAction.REPORT:
        if creator is None:
            raise InvalidInput("Blocking or restricting needs on_behalf_of: the creator's account.",
                               "Bloquer ou restreindre demande on_behalf_of : le compte du créateur.",
                               code="on_behalf_of_required")
        require_account(session, account_id=creator)
    known = set(session.scalars(select(Account.id).where(Account.id.in_(ids))))
    field = "blocked_accounts" if action is AccountAction.BLOCK else "restricted_accounts"
    lists = creator if action is not AccountAction.REPORT else None
    row = find_row(session, account_id=lists, content_id=None, lock=True) if lists else None
    listed: list[str] = list(getattr(row, field)) if row else []
    approved: list[str] = list(row.approved_commenters) if row else []
    results: list[ItemOutcome] = []
    for account_id in ids:
        if account_id not in known:
            results.append(ItemOutcome(account_id, ItemResult.NOT_FOUND))
        elif account_id == creator:
            results.append(ItemOutcome(account_id, ItemResult.FORBIDDEN, detail="own_account"))
        elif action is AccountAction.REPORT:
            report, new = file_report(
                session, actor=actor, target_type=TargetType.ACCOUNT, target_id=account_id,
                reason=reason or ReportedReason.HARASSMENT, explanation=explanation, now=now)
            results.append(ItemOutcome(account_id, ItemResult.DONE if new else ItemResult.ALREADY_DONE,
                                       report_id=report.id))
        elif account_id in listed:
            results.append(ItemOutcome(account_id, ItemResult.ALREADY_DONE))
        else:
            listed.append(account_id)
            # An approved commenter bypasses the filters: blocking or restricting withdraws that.
            unapproved = account_id in approved
            if unapproved:
                approved.remove(account_id)
            audit.record(session, now=now, actor_type=actor.actor_type, actor_id=actor.actor_id,
                         action=f"account.{action.value}", target_type="account",
                         target_id=account_id,
                         details={**actor.audit_details(), "creator_id": creator,
                                  "approval_withdrawn": unapproved, "bulk": True})
            results.append(ItemOutcome(account_id, ItemResult.DONE))
    if lists and any(r.result is ItemResult.DONE for r in results):
        _save_lists(session, creator=lists, field=field, listed=listed, approved=approved,
                    now=now)
    return results


def _save_lists(session: Session, *, creator: str, field: str, listed: list[str],
                approved: list[str], now: dt.datetime) -> None:
    if len(listed) > MAX_LISTED_ACCOUNTS:
        raise TooManyItems(f"{field} would exceed {MAX_LISTED_ACCOUNTS} accounts. Nothing was changed.",
                           f"{field} dépasserait {MAX_LISTED_ACCOUNTS} comptes. Rien n'a changé.",
                           details={"field": field, "limit": MAX_LISTED_ACCOUNTS})
    row, _ = editable_row(session, account_id=creator, content_id=None, now=now)
    setattr(row, field, listed)
    row.approved_commenters = approved
    row.updated_at = now
