"""db.percentile and db.elapsed_seconds give the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rempart.audit import AuditEntry
from rempart.db import elapsed_seconds, percentile, transaction
from rempart.moderation.enums import ActorType
from rempart.transparency.periods import Period, make_period

BASE = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _entries(sessions: sessionmaker[Session], minutes: list[int]) -> None:
    with transaction(sessions) as session:
        for i, m in enumerate(minutes):
            session.add(AuditEntry(at=BASE + dt.timedelta(minutes=m), actor_type=ActorType.SYSTEM.value,
                                   actor_id="test", action="t", target_type="t", target_id=str(i),
                                   details={}))


@pytest.mark.parametrize(("fraction", "expected"), [(0.0, 0.0), (0.5, 35.0), (0.9, 66.0), (1.0, 80.0)])
def test_percentile_interpolates_like_percentile_cont(sessions: sessionmaker[Session], fraction: float,
                                                      expected: float) -> None:
    _entries(sessions, [90, 10, 60, 20, 50, 30, 40, 70])  # unordered on purpose
    with sessions() as session:
        minutes = select(elapsed_seconds(session.get_bind().dialect.name,
                                         select(AuditEntry.at).order_by(AuditEntry.at).limit(1)
                                         .scalar_subquery(), AuditEntry.at) / 60)
        # Minutes since the first entry: 0, 10, 20, 30, 40, 50, 60, 80.
        assert percentile(session, minutes, fraction) == pytest.approx(expected)


def test_percentile_of_nothing_is_none(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        assert percentile(session, select(AuditEntry.id), 0.5) is None
        with pytest.raises(ValueError):
            percentile(session, select(AuditEntry.id), 1.5)


def test_periods_have_a_previous_period_and_buckets() -> None:
    week = make_period(dt.date(2026, 11, 1), dt.date(2026, 11, 8))
    assert week.previous() == Period(BASE - dt.timedelta(days=7), BASE)
    assert len(week.buckets()) == 7
    year = make_period(dt.date(2025, 1, 1), dt.date(2026, 1, 1))
    first = year.buckets()[0]
    assert len(year.buckets()) == 53 and first.end - first.start == dt.timedelta(days=7)
    assert make_period(dt.datetime(2026, 11, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
                       dt.date(2026, 11, 2)).start == BASE
