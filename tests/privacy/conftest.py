"""Fixtures of the personal-data tests: the moderation backbone's app, clock and small world."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.fakes import FakeClock
from tests.moderation.backbone_world import World, build_world, running_app


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    with running_app(database_url, clock) as test_client:
        yield test_client


@pytest.fixture
def world(sessions: sessionmaker[Session], now: dt.datetime) -> World:
    return build_world(sessions, now)
