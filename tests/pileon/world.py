"""A small world for pile-on tests: creator-1 owns video-1; accounts are made on demand."""

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

INSULT = "[insult=0.9] t'es vraiment nul, dégage"


@contextmanager
def running_app(database_url: str, clock: FakeClock, **settings: Any) -> Iterator[TestClient]:
    """A test client on a fresh app (no background webhook sender)."""
    settings.setdefault("webhook_sender", False)
    app = create_app(Settings(database_url=database_url, **settings), clock=clock,
                     scorer=FakeScorer())
    with TestClient(app) as client:
        yield client


@dataclass(frozen=True)
class Keys:
    platform: str
    moderator: str
    admin: str
    creator: str  # creator-1's own key
    other_creator: str  # creator-2's key
    flagger: str


def build_keys(sessions: sessionmaker[Session], now: dt.datetime) -> Keys:
    """creator-1 owns video-1, creator-2 owns video-2; keys of every role."""
    for account in ("creator-1", "creator-2"):
        make_account(sessions, account, now=now, handle=account.replace("-", "_"))
    make_content(sessions, "video-1", creator_id="creator-1", now=now, title="Ma vidéo")
    make_content(sessions, "video-2", creator_id="creator-2", now=now)
    return Keys(
        platform=make_key(sessions, Role.PLATFORM, now=now),
        moderator=make_key(sessions, Role.MODERATOR, now=now),
        admin=make_key(sessions, Role.ADMIN, now=now),
        creator=make_key(sessions, Role.CREATOR, now=now, account_id="creator-1"),
        other_creator=make_key(sessions, Role.CREATOR, now=now, account_id="creator-2"),
        flagger=make_key(sessions, Role.TRUSTED_FLAGGER, now=now, organisation="Helpline"),
    )


def publish(client: TestClient, keys: Keys, author: str, text: str, *,
            content: str = "video-1", parent_id: int | None = None) -> dict[str, Any]:
    """Publish one comment; returns ``{id, status, reasons}``."""
    body: dict[str, Any] = {"content_id": content, "author_id": author, "text": text, "lang": "fr"}
    if parent_id is not None:
        body["parent_id"] = parent_id
    response = client.post("/v1/comments", headers=bearer(keys.platform), json=body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def raid(client: TestClient, keys: Keys, clock: FakeClock, count: int, *, every_seconds: float = 30,
         prefix: str = "raider", content: str = "video-1") -> list[dict[str, Any]]:
    """``count`` distinct accounts insult the content's creator, one every ``every_seconds``."""
    results = []
    for n in range(count):
        results.append(publish(client, keys, f"{prefix}-{n}", INSULT, content=content))
        clock.advance(seconds=every_seconds)
    return results


def incidents(client: TestClient, key: str, account: str = "creator-1") -> list[dict[str, Any]]:
    response = client.get(f"/v1/accounts/{account}/pileon", headers=bearer(key))
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()
    return rows
