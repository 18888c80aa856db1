"""The scripted week, played once per test on a fresh database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from rempart.db import transaction
from rempart.transparency import metrics
from rempart.transparency.periods import make_period
from rempart.transparency.schemas import TransparencyReport
from tests.fakes import FakeClock
from tests.transparency.scenario import END, NOW, START, Scenario, play, running_app


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def client(database_url: str, clock: FakeClock) -> Iterator[TestClient]:
    with running_app(database_url, clock) as test_client:
        yield test_client


@pytest.fixture
def scenario(client: TestClient, clock: FakeClock, sessions: sessionmaker[Session]) -> Scenario:
    return play(client, clock, sessions)


@pytest.fixture
def report(scenario: Scenario, sessions: sessionmaker[Session]) -> TransparencyReport:
    """The report of the scripted week, from the service function."""
    with transaction(sessions) as session:
        return metrics.transparency_report(session, period=make_period(START, END), now=NOW,
                                           abandon_after=dt.timedelta(minutes=60))
