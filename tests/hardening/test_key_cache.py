"""Keys remembered for a second: a busy key is not looked up per request, revocation still holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from rempart.access import key_cache
from rempart.access.key_cache import PrincipalCache
from rempart.access.models import ApiKey
from rempart.access.roles import Role
from rempart.access.service import Principal
from rempart.app import create_app
from rempart.db import transaction
from rempart.settings import Settings
from tests.factories import bearer, make_account, make_content, make_key
from tests.fakes import FakeClock, FakeScorer

PLATFORM = Principal(key_id=1, role=Role.PLATFORM)


def test_a_principal_is_remembered_for_ttl_seconds_only() -> None:
    now = [100.0]
    cache = PrincipalCache(ttl=1.0, clock=lambda: now[0])
    assert cache.lookup("rmp_secret") is None
    cache.remember("rmp_secret", PLATFORM)
    assert cache.lookup("rmp_secret") == PLATFORM
    assert cache.lookup("rmp_other") is None
    now[0] += 0.999
    assert cache.lookup("rmp_secret") == PLATFORM
    now[0] += 0.001
    assert cache.lookup("rmp_secret") is None
    cache.remember("rmp_secret", PLATFORM)
    cache.forget_all()
    assert cache.lookup("rmp_secret") is None


def test_no_ttl_remembers_nothing_and_the_cache_stays_bounded(monkeypatch: Any) -> None:
    off = PrincipalCache(ttl=0, clock=lambda: 0.0)
    off.remember("rmp_secret", PLATFORM)
    assert off.lookup("rmp_secret") is None
    monkeypatch.setattr(key_cache, "MAX_KEYS", 4)
    cache = PrincipalCache(ttl=5, clock=lambda: 0.0)
    for n in range(9):
        cache.remember(f"rmp_{n}", PLATFORM)
    assert cache.lookup("rmp_8") == PLATFORM and cache.lookup("rmp_0") is None
    assert len(cache._known) <= 4


@pytest.fixture
def world(sessions: sessionmaker[Session], now: dt.datetime) -> dict[str, str]:
    make_account(sessions, "creator-1", now=now)
    make_content(sessions, "video-1", creator_id="creator-1", now=now)
    return {"platform": make_key(sessions, Role.PLATFORM, now=now)}


@pytest.fixture
def apps(database_url: str, now: dt.datetime) -> Iterator[Any]:
    clients: list[TestClient] = []

    def build(clock: FakeClock, **overrides: Any) -> TestClient:
        app = create_app(Settings(database_url=database_url, webhook_sender=False, **overrides),
                         clock=clock, scorer=FakeScorer())
        client = TestClient(app)
        clients.append(client.__enter__())
        return client
    yield build
    for client in clients:
        client.__exit__(None, None, None)


def _revoke_elsewhere(sessions: sessionmaker[Session], now: dt.datetime) -> None:
    """Revoke every key as another process would: straight in the database."""
    with transaction(sessions) as session:
        session.execute(update(ApiKey).values(revoked_at=now))


def _publish(client: TestClient, key: str) -> int:
    body = {"content_id": "video-1", "author_id": "kid-1", "text": "Bravo"}
    return client.post("/v1/comments", json=body, headers=bearer(key)).status_code


def test_a_key_revoked_by_another_process_stops_working_within_the_ttl(
        apps: Any, world: dict[str, str], sessions: sessionmaker[Session], now: dt.datetime) -> None:
    clock = FakeClock(now)
    client = apps(clock, auth_cache_seconds=1.0)
    assert _publish(client, world["platform"]) == 201
    _revoke_elsewhere(sessions, now)
    assert _publish(client, world["platform"]) == 201  # this worker remembers it for a second
    clock.advance(seconds=1)
    assert _publish(client, world["platform"]) == 401


def test_without_the_cache_a_revoked_key_is_refused_at_once(
        apps: Any, world: dict[str, str], sessions: sessionmaker[Session], now: dt.datetime) -> None:
    client = apps(FakeClock(now), auth_cache_seconds=0)
    assert _publish(client, world["platform"]) == 201
    _revoke_elsewhere(sessions, now)
    assert _publish(client, world["platform"]) == 401


def test_a_wrong_key_is_never_remembered(apps: Any, world: dict[str, str],
                                         now: dt.datetime) -> None:
    client = apps(FakeClock(now))
    assert _publish(client, "rmp_made-up") == 401
    assert client.app.state.principals.lookup("rmp_made-up") is None  # type: ignore[attr-defined]
    assert _publish(client, world["platform"]) == 201
    assert client.app.state.principals.lookup(world["platform"]) is not None  # type: ignore[attr-defined]
