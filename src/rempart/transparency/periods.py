"""Reporting periods: a half-open UTC interval, the one before it, and its chart buckets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from rempart.errors import InvalidInput

#: The longest period a report covers (a little over five years).
MAX_PERIOD: Final = dt.timedelta(days=5 * 366)
#: Most buckets a timeline is cut into (days, then weeks, then 30-day months).
MAX_BUCKETS: Final = 60
_STEPS: Final = (dt.timedelta(days=1), dt.timedelta(days=7), dt.timedelta(days=30),
                 dt.timedelta(days=91))


@dataclass(frozen=True, slots=True)
class Period:
    """The times ``start <= t < end``, timezone-aware, in UTC."""

    start: dt.datetime
    end: dt.datetime

    @property
    def length(self) -> dt.timedelta:
        return self.end - self.start

    def previous(self) -> Period:
        """The period of the same length that ends where this one starts."""
        return Period(self.start - self.length, self.start)

    def buckets(self) -> list[Period]:
        """Consecutive slices of a day, a week, 30 or 91 days (at most ``MAX_BUCKETS``)."""
        step = next((s for s in _STEPS if self.length / s <= MAX_BUCKETS), _STEPS[-1])
        slices, cursor = [], self.start
        while cursor < self.end:
            slices.append(Period(cursor, min(cursor + step, self.end)))
            cursor += step
        return slices


def _aware(value: dt.datetime) -> dt.datetime:
    # A time without an offset is read as UTC: the figures are computed in UTC.
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def make_period(start: dt.datetime | dt.date, end: dt.datetime | dt.date) -> Period:
    """The period [start, end); a date means its midnight UTC. InvalidInput when it is empty or too long."""
    bounds = [_aware(v) if isinstance(v, dt.datetime)
              else dt.datetime.combine(v, dt.time(), tzinfo=dt.UTC) for v in (start, end)]
    period = Period(bounds[0], bounds[1])
    if period.end <= period.start:
        raise InvalidInput("'to' must be after 'from'.", "« to » doit être après « from ».",
                           code="invalid_period")
    if period.length > MAX_PERIOD:
        raise InvalidInput("A report covers at most five years.",
                           "Un rapport couvre au plus cinq ans.", code="period_too_long")
    return period


def default_period(now: dt.datetime, *, days: int = 30) -> Period:
    """The ``days`` whole UTC days before today (the dashboard's default)."""
    today = dt.datetime.combine(now.astimezone(dt.UTC).date(), dt.time(), tzinfo=dt.UTC)
    return Period(today - dt.timedelta(days=days), today)
