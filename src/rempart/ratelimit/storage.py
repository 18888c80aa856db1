"""A ``limits`` storage kept in Rempart's own database, so every worker and machine shares it.

The ``limits`` library (PyPI ``limits``) parses "1200/minute" and implements the strategies, but
ships no SQL storage. This one implements its synchronous ``Storage`` interface, enough for the
fixed-window strategy (``limits.strategies.FixedWindowRateLimiter`` works on it): a window opens
at a key's first hit and lasts the limit's period, as in limits' own Redis storage.

Each hit is **one** atomic statement on both databases (SQLite >= 3.35 and PostgreSQL)::

    INSERT INTO rate_limits (key, hits, expires_at) VALUES (:key, :amount, :now + :expiry)
    ON CONFLICT (key) DO UPDATE SET
        hits       = CASE WHEN rate_limits.expires_at <= :now THEN :amount ELSE hits + :amount END,
        expires_at = CASE WHEN rate_limits.expires_at <= :now THEN :now + :expiry ELSE expires_at END
    RETURNING hits, expires_at

so concurrent hits from any number of workers are counted exactly (the row lock orders them).
``hit`` returns the count *and* the window's end, which the interface's ``incr`` cannot, so the
caller learns ``Retry-After`` without a second query. Time comes from the clock passed in, so
tests with a fake clock see windows roll over deterministically. Expired rows are deleted by
``purge_expired``, which ``hit`` runs once every ``purge_every`` hits of this process.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any, cast

from limits.storage import Storage
from sqlalchemy import Connection, Float, Table, bindparam, case, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from rempart.clock import Clock
from rempart.db import disposable_commit, insert_or_merge
from rempart.ratelimit.models import RateLimitCounter

_TABLE = cast(Table, RateLimitCounter.__table__)


@functools.cache
def _hit_statement(dialect_name: str) -> Any:
    # Built once per database kind: every API request runs it.
    statement = insert_or_merge(dialect_name, _TABLE).values(
        key=bindparam("key"), hits=bindparam("amount"), expires_at=bindparam("ends"))
    expired = _TABLE.c.expires_at <= bindparam("now", type_=Float())
    return statement.on_conflict_do_update(
        index_elements=["key"],
        set_={"hits": case((expired, statement.excluded.hits),
                           else_=_TABLE.c.hits + statement.excluded.hits),
              "expires_at": case((expired, statement.excluded.expires_at),
                                 else_=_TABLE.c.expires_at)},
    ).returning(_TABLE.c.hits, _TABLE.c.expires_at)


class SQLStorage(Storage):
    """Fixed-window counters in the ``rate_limits`` table of ``engine``'s database."""

    STORAGE_SCHEME = None  # built with an engine, never from a URL string

    def __init__(self, engine: Engine, *, clock: Clock, purge_every: int = 1000) -> None:
        super().__init__(wrap_exceptions=False)
        self.engine = engine
        self.clock = clock
        self.purge_every = purge_every
        self._hits = itertools.count(1)

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return SQLAlchemyError

    def _now(self) -> float:
        return self.clock().timestamp()

    def hit(self, key: str, expiry: int, amount: int = 1, *,
            connection: Connection | None = None) -> tuple[int, float]:
        """Add ``amount`` to ``key``'s current window (opening one of ``expiry`` seconds if none is
        open); returns the window's count after it and its end (epoch seconds). Runs on
        ``connection`` (the caller commits) or else in a transaction of its own."""
        now = self._now()
        if connection is None:
            with self.engine.begin() as own:
                return self.hit(key, expiry, amount, connection=own)
        disposable_commit(connection)  # counters may be lost in a crash: no need to wait for the disk
        hits, expires_at = connection.execute(
            _hit_statement(connection.dialect.name),
            {"key": key, "amount": amount, "ends": now + expiry, "now": now}).one()
        if next(self._hits) % self.purge_every == 0:
            self.purge_expired(connection=connection)
        return int(hits), float(expires_at)

    def purge_expired(self, *, connection: Connection | None = None) -> int:
        """Delete the counters whose window has ended; returns how many went."""
        if connection is None:
            with self.engine.begin() as own:
                return self.purge_expired(connection=own)
        result = connection.execute(delete(_TABLE).where(_TABLE.c.expires_at <= self._now()))
        return int(getattr(result, "rowcount", 0) or 0)

    # -- the limits.storage.Storage interface ------------------------------------------------

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        """The count of ``key``'s current window after adding ``amount``."""
        return self.hit(key, expiry, amount)[0]

    def get(self, key: str) -> int:
        """The count of ``key``'s current window (0 when none is open)."""
        with self.engine.connect() as connection:
            hits = connection.scalar(select(_TABLE.c.hits).where(
                _TABLE.c.key == key, _TABLE.c.expires_at > self._now()))
        return int(hits or 0)

    def get_expiry(self, key: str) -> float:
        """When ``key``'s current window ends (epoch seconds; now when none is open)."""
        now = self._now()
        with self.engine.connect() as connection:
            expires_at = connection.scalar(select(_TABLE.c.expires_at).where(
                _TABLE.c.key == key, _TABLE.c.expires_at > now))
        return float(expires_at) if expires_at is not None else now

    def check(self) -> bool:
        """Whether the database answers."""
        try:
            with self.engine.connect() as connection:
                connection.scalar(select(_TABLE.c.key).limit(1))
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        """Forget every counter; returns how many there were."""
        with self.engine.begin() as connection:
            return int(getattr(connection.execute(delete(_TABLE)), "rowcount", 0) or 0)

    def clear(self, key: str) -> None:
        """Forget ``key``'s counter."""
        with self.engine.begin() as connection:
            connection.execute(delete(_TABLE).where(_TABLE.c.key == key))
