"""Requests per API key, or per client address without a key: parsed limits, shared counters.

Limits are parsed by ``rempart.ratelimit.parsing`` (one per setting, so each request costs at most
one counter statement). A large limit is counted in batches: each worker adds its hits to the
shared counter ``amount // batch_divisor`` at a time (every 120 hits for 120000/minute), judging
the hits in between against the count it last saw, so a platform's busy key costs a shared write
once in a while rather than on every request. Each worker may thus let through at most one batch
(a thousandth of the limit) more than the limit; a limit below ``batch_divisor`` is counted
exactly, hit by hit. Counters live in the database (``SQLStorage``, the default: every worker and
machine of a deployment shares them) or, with a ``redis://`` storage URL, in Redis through limits'
own ``RedisStorage`` (``pip install redis``; its windows follow Redis's clock, not the app's).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from limits import RateLimitItem
from limits.storage import Storage, storage_from_string
from sqlalchemy.engine import Engine

from rempart.clock import Clock
from rempart.errors import RateLimited
from rempart.ratelimit.parsing import describe, parse_limit
from rempart.ratelimit.storage import SQLStorage


@dataclass(frozen=True, slots=True)
class Outcome:
    """One counted request: whether it is allowed, and the figures for the RateLimit headers."""

    allowed: bool
    limit: int
    remaining: int
    #: Whole seconds (at least 1) until the window ends and the count starts again.
    reset_after: int

    def headers(self) -> dict[str, str]:
        """``RateLimit-Limit/Remaining/Reset`` (and ``Retry-After`` when refused)."""
        headers = {"RateLimit-Limit": str(self.limit), "RateLimit-Remaining": str(self.remaining),
                   "RateLimit-Reset": str(self.reset_after)}
        if not self.allowed:
            headers["Retry-After"] = str(self.reset_after)
        return headers


@dataclass(slots=True)
class _Batch:
    """This worker's view of one shared counter: the count it last read, and hits since."""

    shared: int
    expires_at: float
    unsent: int = 0


class RateLimits:
    """The per-key and anonymous limits of one app, over one shared storage."""

    def __init__(self, *, storage: Storage, clock: Clock, per_key: RateLimitItem,
                 anonymous: RateLimitItem, batch_divisor: int = 1000) -> None:
        self.storage = storage
        self.clock = clock
        self.per_key = per_key
        self.anonymous = anonymous
        self.batch_divisor = batch_divisor
        self._batches: dict[str, _Batch] = {}
        self._lock = threading.Lock()

    @classmethod
    def build(cls, *, engine: Engine, clock: Clock, per_key: str, anonymous: str,
              storage_url: str | None = None) -> RateLimits:
        """Limits counted in ``engine``'s database, or in Redis when ``storage_url`` says so."""
        if storage_url and storage_url.split(":", 1)[0] in ("memory", "async+memory"):
            raise ValueError("memory:// keeps counters in one process, and workers must share them: "
                             "leave rate_limit_storage_url empty (the database) or use redis://")
        storage = storage_from_string(storage_url) if storage_url else SQLStorage(engine, clock=clock)
        if not isinstance(storage, Storage):
            raise ValueError(f"rate_limit_storage_url must name a synchronous storage: {storage_url!r}")
        return cls(storage=storage, clock=clock, per_key=parse_limit(per_key),
                   anonymous=parse_limit(anonymous))

    def _count(self, item: RateLimitItem, identity: str) -> Outcome:
        key = item.key_for(identity)
        return self._count_locally(item, key) or self._count_shared(item, key)

    def _count_locally(self, item: RateLimitItem, key: str) -> Outcome | None:
        """Count a hit in this worker's batch; None when it must go to the shared counter."""
        batch_size = item.amount // self.batch_divisor
        if batch_size <= 1:
            return None
        now = self.clock().timestamp()
        with self._lock:
            batch = self._batches.get(key)
            if batch is None or now >= batch.expires_at or batch.unsent + 1 >= batch_size:
                return None
            batch.unsent += 1
            return self._outcome(item, batch.shared + batch.unsent, batch.expires_at)

    def _count_shared(self, item: RateLimitItem, key: str) -> Outcome:
        """Add this hit and the batch's unsent ones to the shared counter."""
        now = self.clock().timestamp()
        with self._lock:
            batch = self._batches.pop(key, None)
        # Hits kept back from a window that has ended belonged to that window: dropped.
        amount = 1 + (batch.unsent if batch is not None and now < batch.expires_at else 0)
        hits, expires_at = self._add(item, key, amount)
        if item.amount // self.batch_divisor > 1:
            with self._lock:
                self._batches[key] = _Batch(shared=hits, expires_at=expires_at)
        return self._outcome(item, hits, expires_at)

    def _add(self, item: RateLimitItem, key: str, amount: int) -> tuple[int, float]:
        if isinstance(self.storage, SQLStorage):
            return self.storage.hit(key, item.get_expiry(), amount)
        hits = self.storage.incr(key, item.get_expiry(), amount)
        return hits, self.storage.get_expiry(key)

    def _outcome(self, item: RateLimitItem, hits: int, expires_at: float) -> Outcome:
        # A window never resets more than its length from now; Redis's expiry is read against
        # another clock and can land a fraction past it, which ceil() would make one second more.
        seconds = min(expires_at - self.clock().timestamp(), item.get_expiry())
        reset_after = max(1, math.ceil(seconds))
        return Outcome(allowed=hits <= item.amount, limit=item.amount,
                       remaining=max(0, item.amount - hits), reset_after=reset_after)

    def hit_key(self, key_id: int) -> Outcome:
        """Count one request of API key ``key_id``."""
        return self._count(self.per_key, f"key:{key_id}")

    def hit_key_locally(self, key_id: int) -> Outcome | None:
        """Count one request of API key ``key_id`` if this worker's batch can take it, without
        touching storage; None when :meth:`hit_key` must be called instead."""
        return self._count_locally(self.per_key, self.per_key.key_for(f"key:{key_id}"))

    def hit_client(self, address: str) -> Outcome:
        """Count one request made without a (valid) key from client ``address``."""
        return self._count(self.anonymous, f"client:{address}")

    def refuse(self, outcome: Outcome, *, keyed: bool) -> RateLimited:
        """The 429 error for a refused ``outcome``, in both languages."""
        item = self.per_key if keyed else self.anonymous
        who_en, who_fr = (("for this API key", "pour cette clé d'API") if keyed else
                          ("from this address without an API key",
                           "depuis cette adresse sans clé d'API"))
        seconds = outcome.reset_after
        return RateLimited(
            f"Too many requests {who_en}: at most {describe(item, 'en')}. "
            f"Try again in {seconds} s.",
            f"Trop de requêtes {who_fr} : au plus {describe(item, 'fr')}. "
            f"Réessayez dans {seconds} s.",
            retry_after=seconds, headers=outcome.headers(),
            details={"scope": "key" if keyed else "client", "limit": str(item)})
