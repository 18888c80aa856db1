"""Fixtures of the job tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from tests.fakes import FakeClock
from tests.moderation.test_webhooks import Receiver
from tests.server import free_port


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver(free_port())
    yield receiver
    receiver.stop()
