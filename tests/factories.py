"""Factories: tests build their own data through the real service functions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.access.service import create_key
from rempart.db import transaction
from rempart.moderation.accounts import upsert_account, upsert_content


def make_key(sessions: sessionmaker[Session], role: Role, *, now: dt.datetime,
             account_id: str | None = None, organisation: str | None = None) -> str:
    """A new key's secret."""
    with transaction(sessions) as session:
        return create_key(session, role=role, now=now, account_id=account_id,
                          organisation=organisation).secret


def make_account(sessions: sessionmaker[Session], account_id: str, *, now: dt.datetime,
                 handle: str | None = None) -> str:
    with transaction(sessions) as session:
        upsert_account(session, account_id=account_id, handle=handle or account_id, age_band=None,
                       now=now, actor_id="test")
    return account_id


def make_content(sessions: sessionmaker[Session], content_id: str, *, creator_id: str,
                 now: dt.datetime, title: str = "A video") -> str:
    with transaction(sessions) as session:
        upsert_content(session, content_id=content_id, creator_id=creator_id, title=title,
                       url=None, now=now, actor_id="test")
    return content_id


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}
