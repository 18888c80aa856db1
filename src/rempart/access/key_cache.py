"""Principals found by API key, remembered for a second so a busy key is not looked up per request.

Every API request presents a key; looking it up is a database read in a transaction of its own
and a hop to a worker thread, about a tenth of a publish's CPU. A platform's key sends hundreds of
requests a second, so each worker remembers what a key authenticated as for ``ttl`` seconds
(``REMPART_AUTH_CACHE_SECONDS``, 1 by default; 0 turns this off). Only keys that authenticated
are remembered, under their SHA-256 digest (never the secret), and a wrong key is looked up every
time, so a made-up key gains nothing.

The price: a key revoked by another process (``rempart erase-account``, another worker) still
works on a worker that remembers it, for at most ``ttl`` seconds. A revocation made by this app
(an account erasure through the API) forgets everything at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from rempart.access.service import Principal, digest

#: Keys remembered at most; past it the oldest half is dropped (a deployment has few keys).
MAX_KEYS = 4096


class PrincipalCache:
    """What each recently seen key authenticated as, for ``ttl`` seconds of ``clock``."""

    def __init__(self, *, ttl: float, clock: Callable[[], float]) -> None:
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._known: dict[str, tuple[float, Principal]] = {}

    def lookup(self, secret: str) -> Principal | None:
        """The principal ``secret`` authenticated as less than ``ttl`` seconds ago, if any."""
        if self.ttl <= 0:
            return None
        found = self._known.get(digest(secret))
        if found is None or self._clock() >= found[0]:
            return None
        return found[1]

    def remember(self, secret: str, principal: Principal) -> None:
        """Note that ``secret`` authenticated as ``principal`` just now."""
        if self.ttl <= 0:
            return
        with self._lock:
            if len(self._known) >= MAX_KEYS:
                for stale in list(self._known)[: MAX_KEYS // 2]:
                    del self._known[stale]
            self._known[digest(secret)] = (self._clock() + self.ttl, principal)

    def forget_all(self) -> None:
        """Drop everything remembered (after this app revoked keys)."""
        with self._lock:
            self._known.clear()
