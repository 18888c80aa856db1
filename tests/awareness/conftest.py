"""Fixtures of the awareness tests: an app on a fresh database, a clock the test moves, keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.access.roles import Role
from rempart.app import create_app
from rempart.settings import Settings
from tests.factories import make_account, make_key
from tests.fakes import FakeClock, FakeScorer


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=database_url), clock=clock, scorer=FakeScorer())
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def keys(sessions: sessionmaker[Session], now: dt.datetime) -> dict[str, str]:
    make_account(sessions, "creator-1", now=now)
    return {"platform": make_key(sessions, Role.PLATFORM, now=now),
            "admin": make_key(sessions, Role.ADMIN, now=now),
            "moderator": make_key(sessions, Role.MODERATOR, now=now),
            "creator": make_key(sessions, Role.CREATOR, now=now, account_id="creator-1")}
