"""Opening hours: open or closed at an instant, next opening, overnight windows, DST, bad data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from rempart.awareness.enums import WEEKDAYS
from rempart.awareness.hours import status_at
from rempart.errors import InvalidInput

UTC = dt.UTC
DAILY_9_23 = [{"days": list(WEEKDAYS), "opens": "09:00", "closes": "23:00"}]
SEED_DOC_HOURS = [{"days": ["mon", "tue", "wed", "thu", "fri", "sat"], "opens": "09:00",
                   "closes": "20:00"}]


def _paris(hours: Sequence[Mapping[str, Any]], at: dt.datetime) -> tuple[bool, dt.datetime | None,
                                                                       dt.datetime | None]:
    status = status_at(hours, timezone="Europe/Paris", at=at)
    return status.open, status.closes_at, status.next_opening


@pytest.mark.parametrize(("at", "expected"), [
    # Winter (UTC+1): 10:00 Paris is 09:00 UTC, 08:30 Paris is 07:30 UTC.
    (dt.datetime(2026, 1, 15, 9, 0, tzinfo=UTC), True),
    (dt.datetime(2026, 1, 15, 7, 30, tzinfo=UTC), False),
    (dt.datetime(2026, 1, 15, 21, 59, tzinfo=UTC), True),  # 22:59 Paris
    (dt.datetime(2026, 1, 15, 22, 0, tzinfo=UTC), False),  # 23:00 Paris: closed
    # Summer (UTC+2): 10:00 Paris is 08:00 UTC; 08:30 UTC is 10:30 Paris.
    (dt.datetime(2026, 7, 15, 8, 0, tzinfo=UTC), True),
    (dt.datetime(2026, 7, 15, 6, 59, tzinfo=UTC), False),  # 08:59 Paris
    (dt.datetime(2026, 7, 15, 21, 0, tzinfo=UTC), False),  # 23:00 Paris
    # The days the clocks change: 29 March and 25 October 2026.
    (dt.datetime(2026, 3, 29, 7, 30, tzinfo=UTC), True),  # 09:30 CEST
    (dt.datetime(2026, 10, 25, 7, 30, tzinfo=UTC), False),  # 08:30 CET
    (dt.datetime(2026, 10, 25, 8, 0, tzinfo=UTC), True),  # 09:00 CET
])
def test_daily_hours_follow_paris_time_across_daylight_saving(at: dt.datetime, expected: bool) -> None:
    assert _paris(DAILY_9_23, at)[0] is expected


def test_closed_line_says_when_it_opens_next_and_open_line_when_it_closes() -> None:
    night = dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 CEST, the night the clocks go forward
    is_open, closes_at, next_opening = _paris(DAILY_9_23, night)
    assert not is_open and closes_at is None
    assert next_opening == dt.datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # 09:00 CEST
    morning = dt.datetime(2026, 10, 25, 9, 0, tzinfo=UTC)  # 10:00 CET
    is_open, closes_at, next_opening = _paris(DAILY_9_23, morning)
    assert is_open and closes_at == dt.datetime(2026, 10, 25, 22, 0, tzinfo=UTC)
    assert next_opening == dt.datetime(2026, 10, 26, 8, 0, tzinfo=UTC)


def test_the_seed_documents_hours_skip_sunday() -> None:
    saturday_night = dt.datetime(2026, 11, 28, 19, 30, tzinfo=UTC)  # 20:30 Paris, after closing
    is_open, _, next_opening = _paris(SEED_DOC_HOURS, saturday_night)
    assert not is_open
    assert next_opening == dt.datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # Monday 09:00 Paris


def test_overnight_window_runs_past_midnight() -> None:
    evenings = [{"days": ["fri"], "opens": "20:00", "closes": "02:00"}]
    saturday_1am = dt.datetime(2026, 11, 28, 0, 0, tzinfo=UTC)  # Sat 01:00 Paris
    is_open, closes_at, _ = _paris(evenings, saturday_1am)
    assert is_open and closes_at == dt.datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    assert not _paris(evenings, dt.datetime(2026, 11, 28, 1, 30, tzinfo=UTC))[0]


def test_a_line_open_around_the_clock_never_closes() -> None:
    always = [{"days": list(WEEKDAYS), "opens": "00:00", "closes": "24:00"}]
    status = status_at(always, timezone="Europe/London", at=dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC))
    assert status.open and status.closes_at is None and status.next_opening is None


@pytest.mark.parametrize("hours", [
    [{"days": ["monday"], "opens": "09:00", "closes": "10:00"}],
    [{"days": [], "opens": "09:00", "closes": "10:00"}],
    [{"days": ["mon"], "opens": "9h", "closes": "10:00"}],
    [{"days": ["mon"], "opens": "24:30", "closes": "10:00"}],
    [{"days": ["mon"], "opens": "10:00", "closes": "10:00"}],
])
def test_malformed_hours_are_refused(hours: Sequence[Mapping[str, Any]]) -> None:
    with pytest.raises(InvalidInput) as caught:
        status_at(hours, timezone="Europe/Paris", at=dt.datetime(2026, 1, 1, tzinfo=UTC))
    assert caught.value.code == "invalid_hours"
    assert "Horaires invalides" in caught.value.message("fr")


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        status_at(DAILY_9_23, timezone="Europe/Atlantis", at=dt.datetime(2026, 1, 1, tzinfo=UTC))
    assert caught.value.code == "unknown_timezone"
