"""A small world for the creator-controls tests: two creators, their videos, commenters and keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.audit import AuditEntry
from rempart.moderation.models import Comment, CreatorSettings, Report
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock, FakeScorer


def build_world(sessions: sessionmaker[Session], now: dt.datetime) -> dict[str, str]:
    """Creator-1 owns video-1 and video-2, creator-2 owns video-3; u1..u3 comment. Returns keys."""
    for account in ("creator-1", "creator-2", "u1", "u2", "u3"):
        make_account(sessions, account, now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    make_content(sessions, "video-2", creator_id="creator-1", now=now)
    make_content(sessions, "video-3", creator_id="creator-2", now=now)
    return {
        "platform": make_key(sessions, Role.PLATFORM, now=now),
        "admin": make_key(sessions, Role.ADMIN, now=now),
        "moderator": make_key(sessions, Role.MODERATOR, now=now),
        "flagger": make_key(sessions, Role.TRUSTED_FLAGGER, now=now, organisation="Helpline"),
        "creator1": make_key(sessions, Role.CREATOR, now=now, account_id="creator-1"),
        "creator2": make_key(sessions, Role.CREATOR, now=now, account_id="creator-2"),
    }


def publish(client: TestClient, key: str, *, content_id: str = "video-1", author_id: str = "u1",
            text: str = "Super vidéo !") -> dict[str, Any]:
    """Publish one comment through the API; returns ``{id, status, reasons}``."""
    response = client.post("/v1/comments", headers=bearer(key),
                           json={"content_id": content_id, "author_id": author_id, "text": text})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def status_of(client: TestClient, key: str, comment_id: int) -> str:
    response = client.get(f"/v1/comments/{comment_id}", headers=bearer(key))
    assert response.status_code == 200, response.text
    status: str = response.json()["status"]
    return status


def snapshot(sessions: sessionmaker[Session]) -> dict[str, Any]:
    """Everything a creator action may change: comments, settings, reports, audit entries."""
    with sessions() as session:
        return {
            "comments": [(c.id, c.status, c.reasons) for c in
                         session.scalars(select(Comment).order_by(Comment.id))],
            "settings": [(s.account_id, s.content_id, s.filter_mode, s.keywords,
                          s.approved_commenters, s.blocked_accounts, s.restricted_accounts)
                         for s in session.scalars(select(CreatorSettings).order_by(CreatorSettings.id))],
            "reports": session.scalar(select(func.count()).select_from(Report)),
            "audit": session.scalar(select(func.count()).select_from(AuditEntry)),
        }


def audit_actions(sessions: sessionmaker[Session], prefix: str) -> list[AuditEntry]:
    """Audit entries whose action starts with ``prefix``, oldest first."""
    with sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action.startswith(prefix))
                                    .order_by(AuditEntry.id)))


@contextmanager
def running_app(database_url: str, now: dt.datetime) -> Iterator[TestClient]:
    """The app at ``now`` with the fake scorer; these tests post up to 100 comments by one author
    at one instant, so the author limit is raised past that."""
    settings = Settings(database_url=database_url, rate_limit_per_author="1000/minute")
    with TestClient(create_app(settings, clock=FakeClock(now), scorer=FakeScorer())) as client:
        yield client
