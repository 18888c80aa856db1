"""A small world for the reports/review/decisions/appeals/webhooks tests, built through the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock, FakeScorer


@contextmanager
def running_app(database_url: str, clock: FakeClock, **settings: Any) -> Iterator[TestClient]:
    """A test client on a fresh app; the background webhook sender is off unless asked for."""
    settings.setdefault("webhook_sender", False)
    # These tests' webhook receivers listen on 127.0.0.1, a private address.
    settings.setdefault("webhook_allow_private_addresses", True)
    app = create_app(Settings(database_url=database_url, **settings), clock=clock,
                     scorer=FakeScorer())
    with TestClient(app) as client:
        yield client


@dataclass(frozen=True)
class World:
    """Keys of every role. ``kid`` (account kid-1) comments; ``rep1``/``rep2`` report as users."""

    platform: str
    platform2: str
    admin: str
    moderator: str
    moderator2: str
    creator: str
    kid: str
    rep1: str
    flagger_a: str
    flagger_b: str


def build_world(sessions: sessionmaker[Session], now: dt.datetime) -> World:
    """creator-1 owns video-1; kid-1 comments; reporter-1 and reporter-2 report."""
    for account in ("creator-1", "kid-1", "kid-2", "reporter-1", "reporter-2"):
        make_account(sessions, account, now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    return World(
        platform=make_key(sessions, Role.PLATFORM, now=now),
        platform2=make_key(sessions, Role.PLATFORM, now=now),
        admin=make_key(sessions, Role.ADMIN, now=now),
        moderator=make_key(sessions, Role.MODERATOR, now=now),
        moderator2=make_key(sessions, Role.MODERATOR, now=now),
        creator=make_key(sessions, Role.CREATOR, now=now, account_id="creator-1"),
        kid=make_key(sessions, Role.CREATOR, now=now, account_id="kid-1"),
        rep1=make_key(sessions, Role.CREATOR, now=now, account_id="reporter-1"),
        flagger_a=make_key(sessions, Role.TRUSTED_FLAGGER, now=now, organisation="Helpline A"),
        flagger_b=make_key(sessions, Role.TRUSTED_FLAGGER, now=now, organisation="Helpline B"),
    )


def publish(client: TestClient, world: World, text: str = "Tu es nul", *, author: str = "kid-1",
            lang: str = "fr") -> dict[str, Any]:
    """Publish one comment on video-1; returns ``{id, status, reasons}``."""
    response = client.post("/v1/comments", headers=bearer(world.platform), json={
        "content_id": "video-1", "author_id": author, "text": text, "lang": lang})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def report(client: TestClient, key: str, target_id: int | str, *, reason: str = "harassment",
           target_type: str = "comment", **extra: Any) -> Any:
    """File a report; returns the response."""
    return client.post("/v1/reports", headers=bearer(key), json={
        "target_type": target_type, "target_id": str(target_id), "reason": reason, **extra})


def decide(client: TestClient, key: str, item_id: str, **body: Any) -> Any:
    """Decide a review item; returns the response."""
    return client.post(f"/v1/review/items/{item_id}/decision", headers=bearer(key), json=body)


REMOVE = {"action": "remove", "category": "insult", "ground": "community_guidelines",
          "explanation": "Insulte directe envers une personne."}
