"""Accounts and contents of the host platform, under the platform's own ids."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from rempart import audit
from rempart.db import insert_or_merge
from rempart.errors import NotFound
from rempart.moderation.enums import ActorType
from rempart.moderation.models import Account, Content


def upsert_account(
    session: Session,
    *,
    account_id: str,
    handle: str,
    age_band: str | None,
    now: dt.datetime,
    actor_id: str,
) -> tuple[Account, bool]:
    """Create or update the account ``account_id``; returns it and whether it was created."""
    account = session.get(Account, account_id)
    created = account is None
    handle_changed = created
    if account is None:
        account = Account(
            id=account_id, handle=handle, age_band=age_band, created_at=now, updated_at=now
        )
        session.add(account)
    else:
        handle_changed = account.handle != handle
        account.handle, account.age_band, account.updated_at = handle, age_band, now
    audit.record(
        session,
        now=now,
        actor_type=ActorType.API_KEY,
        actor_id=actor_id,
        action="account.create" if created else "account.update",
        target_type="account",
        target_id=account_id,
        # The audit log is append-only and outlives an erasure: it records no handle.
        details={"handle_changed": handle_changed, "age_band": age_band},
    )
    return account, created


def ensure_account(session: Session, *, account_id: str, now: dt.datetime) -> Account:
    """The account ``account_id``, created with its id as handle if never seen before."""
    account = session.get(Account, account_id)
    if account is None:
        ensure_account_exists(session, account_id=account_id, now=now)
        account = session.get_one(Account, account_id)
    return account


@functools.cache
def _insert_if_absent(dialect_name: str) -> Any:
    # Two first comments of one new account may race: the second insert does nothing.
    return (insert_or_merge(dialect_name, Account.__table__)
            .values(id=bindparam("id"), handle=bindparam("id"), created_at=bindparam("now"),
                    updated_at=bindparam("now"))
            .on_conflict_do_nothing(index_elements=["id"]))


_ACCOUNT_EXISTS = select(Account.id).where(Account.id == bindparam("id"))


def create_account_if_absent(session: Session, *, account_id: str, now: dt.datetime) -> None:
    """Create the account ``account_id`` (its id as handle) unless a concurrent request just did;
    for a caller that saw it missing."""
    connection = session.connection()
    connection.execute(_insert_if_absent(connection.dialect.name), {"id": account_id, "now": now})


def ensure_account_exists(session: Session, *, account_id: str, now: dt.datetime) -> None:
    """Create the account ``account_id`` (its id as handle) unless it exists; no load, for the hot
    paths that only need the row to be there."""
    # Look before writing: most authors exist already, and on SQLite a write takes the single
    # write lock, which every other writer then waits for.
    if session.connection().scalar(_ACCOUNT_EXISTS, {"id": account_id}) is None:
        create_account_if_absent(session, account_id=account_id, now=now)


def upsert_content(
    session: Session,
    *,
    content_id: str,
    creator_id: str,
    title: str,
    url: str | None,
    now: dt.datetime,
    actor_id: str,
) -> tuple[Content, bool]:
    """Create or update the content ``content_id`` (its creator is created if unknown)."""
    ensure_account(session, account_id=creator_id, now=now)
    content = session.get(Content, content_id)
    created = content is None
    if content is None:
        content = Content(
            id=content_id,
            creator_id=creator_id,
            title=title,
            url=url,
            created_at=now,
            updated_at=now,
        )
        session.add(content)
    else:
        content.creator_id, content.title, content.url = creator_id, title, url
        content.updated_at = now
    audit.record(
        session,
        now=now,
        actor_type=ActorType.API_KEY,
        actor_id=actor_id,
        action="content.create" if created else "content.update",
        target_type="content",
        target_id=content_id,
        details={"creator_id": creator_id, "title": title, "url": url},
    )
    return content, created


def content_not_found(content_id: str) -> NotFound:
    """The error for a content the platform never declared."""
    return NotFound(
        f"No content {content_id!r}: declare it with PUT /v1/contents/{{id}} first.",
        f"Aucun contenu {content_id!r} : déclarez-le d'abord avec PUT /v1/contents/{{id}}.",
        code="content_not_found",
    )


def get_content(session: Session, *, content_id: str) -> Content:
    """The content ``content_id``; NotFound if the platform never declared it."""
    content = session.get(Content, content_id)
    if content is None:
        raise content_not_found(content_id)
    return content


# Built once: every check and publish runs it.
_CREATOR_OF = select(Content.creator_id).where(Content.id == bindparam("content_id"))


def content_creator(session: Session, *, content_id: str) -> str:
    """The creator of the content ``content_id``; NotFound if the platform never declared it.

    A plain row rather than a loaded ``Content``: the hot paths need only its creator.
    """
    creator_id: str | None = session.connection().scalar(_CREATOR_OF, {"content_id": content_id})
    if creator_id is None:
        raise content_not_found(content_id)
    return creator_id
