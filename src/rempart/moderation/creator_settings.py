"""A creator's filters: account-wide defaults and per-content settings, read and changed.

Fields left out of a change keep their value; a list that is sent replaces the stored list.
Limits: 200 keywords of at most 100 characters, 5000 accounts per list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rempart import audit
from rempart.detection.normalize import normalize
from rempart.errors import Conflict, InvalidInput, NotFound, TooManyItems
from rempart.moderation.accounts import get_content
from rempart.moderation.acting import Actor, forbidden_account
from rempart.moderation.enums import FilterMode
from rempart.moderation.models import Account, Content, CreatorSettings

MAX_KEYWORDS = 200
MAX_KEYWORD_LENGTH = 100
MAX_LISTED_ACCOUNTS = 5000
ACCOUNT_LISTS = ("approved_commenters", "blocked_accounts", "restricted_accounts")


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """What a creator changes; ``None`` keeps the stored value."""

    filter_mode: FilterMode | None = None
    keywords: Sequence[str] | None = None
    approved_commenters: Sequence[str] | None = None
    blocked_accounts: Sequence[str] | None = None
    restricted_accounts: Sequence[str] | None = None


def find_row(
    session: Session, *, account_id: str, content_id: str | None, lock: bool = False
) -> CreatorSettings | None:
    """The stored settings of ``account_id`` for ``content_id`` (None: account-wide), if any."""
    query = select(CreatorSettings).where(
        CreatorSettings.account_id == account_id,
        CreatorSettings.content_id == content_id
        if content_id is not None
        else CreatorSettings.content_id.is_(None),
    )
    # Locked on PostgreSQL so two concurrent changes of the same lists cannot lose one another.
    return session.scalar(query.with_for_update() if lock else query)


def editable_row(
    session: Session, *, account_id: str, content_id: str | None, now: dt.datetime
) -> tuple[CreatorSettings, bool]:
    """The settings row, locked for update, and whether it was (re)started just now.

    A new content row starts from the account's filter mode, so creating it changes nothing.
    """
    row = find_row(session, account_id=account_id, content_id=content_id, lock=True)
    if row is not None:
        return row, False
    default = None if content_id is None else find_row(
        session, account_id=account_id, content_id=None)
    if content_id is not None:
        # The content may have changed hands: its former creator's row is reused, started afresh.
        row = session.scalar(select(CreatorSettings).where(
            CreatorSettings.content_id == content_id).with_for_update())
    if row is None:
        row = CreatorSettings(content_id=content_id)
        session.add(row)
    row.account_id = account_id
    row.filter_mode = default.filter_mode if default else FilterMode.OFF.value
    row.keywords, row.approved_commenters = [], []
    row.blocked_accounts, row.restricted_accounts = [], []
    row.updated_at = now
    try:
        session.flush()
    except IntegrityError as error:  # another request created the same row a moment ago
        raise Conflict("These settings were changed at the same time; retry.",
                       "Ces réglages ont été modifiés au même moment ; réessayez.",
                       code="concurrent_update") from error
    return row, True


def require_account(session: Session, *, account_id: str) -> Account:
    """The account ``account_id``; NotFound if the platform never declared it."""
    account = session.get(Account, account_id)
    if account is None:
        raise NotFound(f"No account {account_id!r}.", f"Aucun compte {account_id!r}.",
                       code="account_not_found")
    return account


def owned_content(session: Session, *, actor: Actor, content_id: str) -> Content:
    """The content ``content_id`` if ``actor`` acts for its creator (else Forbidden)."""
    content = get_content(session, content_id=content_id)
    if not actor.may_act_for(content.creator_id):
        raise forbidden_account(content.creator_id)
    return content


def _unique(values: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _clean_keywords(keywords: Sequence[str]) -> list[str]:
    cleaned = _unique([k.strip() for k in keywords])
    if len(cleaned) > MAX_KEYWORDS:
        raise TooManyItems(f"At most {MAX_KEYWORDS} keywords.", f"Au plus {MAX_KEYWORDS} mots-clés.",
                           details={"field": "keywords", "limit": MAX_KEYWORDS})
    for keyword in cleaned:
        # A keyword that normalises to nothing could never match: refuse it rather than keep it.
        if len(keyword) > MAX_KEYWORD_LENGTH or not normalize(keyword).text.strip():
            raise InvalidInput(
                f"Each keyword needs 1 to {MAX_KEYWORD_LENGTH} characters: {keyword[:120]!r}.",
                f"Chaque mot-clé compte de 1 à {MAX_KEYWORD_LENGTH} caractères : {keyword[:120]!r}.",
                code="invalid_keyword", details={"keyword": keyword[:120]})
    return cleaned


def _clean_accounts(field: str, accounts: Sequence[str]) -> list[str]:
    cleaned = _unique(accounts)
    if len(cleaned) > MAX_LISTED_ACCOUNTS:
        raise TooManyItems(f"At most {MAX_LISTED_ACCOUNTS} accounts in {field}.",
                           f"Au plus {MAX_LISTED_ACCOUNTS} comptes dans {field}.",
                           details={"field": field, "limit": MAX_LISTED_ACCOUNTS})
    return cleaned


def _check_lists(row: CreatorSettings) -> None:
    approved = set(row.approved_commenters)
    overlap = approved & (set(row.blocked_accounts) | set(row.restricted_accounts))
    if overlap:
        raise InvalidInput(
            "An account cannot be both approved and blocked or restricted.",
            "Un compte ne peut pas être à la fois approuvé et bloqué ou restreint.",
            code="conflicting_lists", details={"accounts": sorted(overlap)[:20]})


def _apply(row: CreatorSettings, change: SettingsChange) -> dict[str, Any]:
    """Write ``change`` into ``row``; returns what changed, lists as added/removed."""
    changed: dict[str, Any] = {}
    if change.filter_mode is not None and change.filter_mode.value != row.filter_mode:
        changed["filter_mode"] = change.filter_mode.value
        row.filter_mode = change.filter_mode.value
    new_lists: dict[str, list[str]] = {}
    if change.keywords is not None:
        new_lists["keywords"] = _clean_keywords(change.keywords)
    for field in ACCOUNT_LISTS:
        value = getattr(change, field)
        if value is not None:
            new_lists[field] = _clean_accounts(field, value)
    for field, new in new_lists.items():
        old: list[str] = getattr(row, field)
        if new != old:
            changed[field] = {"added": [v for v in new if v not in old],
                              "removed": [v for v in old if v not in new]}
            setattr(row, field, new)  # a new list, so the JSON column is seen as changed
    return changed


def update_settings(
    session: Session, *, actor: Actor, account_id: str | None, content_id: str | None,
    change: SettingsChange, now: dt.datetime,
) -> CreatorSettings:
    """Change the settings of a content (``content_id``) or an account's defaults (``account_id``)."""
    if content_id is not None:
        owner = owned_content(session, actor=actor, content_id=content_id).creator_id
    else:
        assert account_id is not None
        owner = require_account(session, account_id=account_id).id
        if not actor.may_act_for(owner):
            raise forbidden_account(owner)
    row, created = editable_row(session, account_id=owner, content_id=content_id, now=now)
    changed = _apply(row, change)
    _check_lists(row)
    if changed or created:
        row.updated_at = now
        audit.record(session, now=now, actor_type=actor.actor_type, actor_id=actor.actor_id,
                     action="creator_settings.update", target_type="creator_settings",
                     target_id=f"{owner}/{content_id}" if content_id else owner,
                     details={**actor.audit_details(), "created": created, "changed": changed})
    return row


def read_settings(
    session: Session, *, actor: Actor, account_id: str | None, content_id: str | None
) -> tuple[str, CreatorSettings | None, Content | None]:
    """The owner, stored row (None: never set) and content of the settings ``actor`` asks for."""
    if content_id is not None:
        content = owned_content(session, actor=actor, content_id=content_id)
        row = find_row(session, account_id=content.creator_id, content_id=content_id)
        return content.creator_id, row, content
    assert account_id is not None
    require_account(session, account_id=account_id)
    if not actor.may_act_for(account_id):
        raise forbidden_account(account_id)
    return account_id, find_row(session, account_id=account_id, content_id=None), None
