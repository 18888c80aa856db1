"""Weekly opening hours in a line's own time zone: is it open at an instant, when it next opens.

Hours are data: ``[{"days": ["mon", ...], "opens": "09:00", "closes": "23:00"}]``, written in the
wall-clock time of an IANA zone. "24:00" closes at midnight; a closing time at or before the
opening time runs past midnight into the next day. Every local time is turned into an instant
through ``zoneinfo`` on its own date, so daylight-saving changes are followed exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rempart.awareness.enums import WEEKDAYS
from rempart.errors import InvalidInput

_CLOCK = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
#: How far ahead the next opening is looked for; a weekly schedule repeats within 7 days.
_HORIZON_DAYS = 8


@dataclass(frozen=True, slots=True)
class Window:
    """One weekly opening: on ``days`` (0 = Monday) from ``opens`` to ``closes`` minutes after midnight."""

    days: frozenset[int]
    opens: int
    closes: int


@dataclass(frozen=True, slots=True)
class OpenStatus:
    """Whether a line is open at ``at``; ``closes_at`` when open (None if it never closes within a
    week); ``next_opening`` is the next time it opens after ``at`` (None if it never closes)."""

    at: dt.datetime
    open: bool
    closes_at: dt.datetime | None
    next_opening: dt.datetime | None


def _invalid(what: str, quoi: str) -> InvalidInput:
    return InvalidInput(f"Invalid opening hours: {what}.", f"Horaires invalides : {quoi}.",
                        code="invalid_hours")


def _minutes(value: Any) -> int:
    match = _CLOCK.match(value) if isinstance(value, str) else None
    if match is None or (match.group(1) == "24" and match.group(2) != "00"):
        raise _invalid(f"{value!r} is not a HH:MM time", f"{value!r} n'est pas une heure HH:MM")
    return int(match.group(1)) * 60 + int(match.group(2))


def zone(name: str) -> ZoneInfo:
    """The IANA time zone called ``name`` (InvalidInput if unknown)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidInput(f"Unknown time zone {name!r}.", f"Fuseau horaire inconnu : {name!r}.",
                           code="unknown_timezone") from error


def parse_hours(hours: Sequence[Mapping[str, Any]]) -> list[Window]:
    """The windows described by ``hours`` (InvalidInput on an unknown day or a malformed time)."""
    windows = []
    for entry in hours:
        days = entry.get("days")
        if not isinstance(days, list | tuple) or not days or any(d not in WEEKDAYS for d in days):
            raise _invalid(f"days must be a non-empty list of {', '.join(WEEKDAYS)}",
                           f"days doit être une liste non vide de {', '.join(WEEKDAYS)}")
        opens, closes = _minutes(entry.get("opens")), _minutes(entry.get("closes"))
        if opens == 24 * 60 or opens == closes:
            raise _invalid("opening and closing times must differ, opening before 24:00",
                           "ouverture et fermeture doivent différer, ouverture avant 24:00")
        windows.append(Window(frozenset(WEEKDAYS.index(d) for d in days), opens, closes))
    return windows


def _local(day: dt.date, minutes: int, tz: ZoneInfo) -> dt.datetime:
    day += dt.timedelta(days=minutes // (24 * 60))
    wall = dt.datetime.combine(day, dt.time(*divmod(minutes % (24 * 60), 60)), tzinfo=tz)
    return wall.astimezone(dt.UTC)


def intervals(windows: Iterable[Window], *, tz: ZoneInfo, first: dt.date,
              days: int) -> list[tuple[dt.datetime, dt.datetime]]:
    """The opening intervals (UTC, merged when they touch) of the windows starting on ``days``
    local dates from ``first``."""
    spans = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        for window in windows:
            if day.weekday() in window.days:
                closes = window.closes if window.closes > window.opens else window.closes + 24 * 60
                spans.append((_local(day, window.opens, tz), _local(day, closes, tz)))
    merged: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:  # a window lost entirely in a daylight-saving gap opens nothing
            merged.append((start, end))
    return merged


def status_at(hours: Sequence[Mapping[str, Any]], *, timezone: str, at: dt.datetime) -> OpenStatus:
    """Whether a line with ``hours`` in ``timezone`` is open at ``at`` (an aware time)."""
    tz = zone(timezone)
    at = at.astimezone(dt.UTC)
    first = at.astimezone(tz).date() - dt.timedelta(days=1)  # yesterday's overnight window
    spans = intervals(parse_hours(hours), tz=tz, first=first, days=_HORIZON_DAYS + 1)
    current = next(((s, e) for s, e in spans if s <= at < e), None)
    if current is not None and current[1] - current[0] >= dt.timedelta(days=7):
        return OpenStatus(at=at, open=True, closes_at=None, next_opening=None)
    after = current[1] if current else at
    upcoming = next((s for s, _ in spans if s > after), None)
    return OpenStatus(at=at, open=current is not None,
                      closes_at=current[1] if current else None, next_opening=upcoming)
