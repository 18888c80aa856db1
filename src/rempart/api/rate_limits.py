"""Rate limits on the API: every /v1 and /v1alpha1 request counts against its key, or its address.

A request with a valid key (``Authorization: Bearer``, or Perspective's ``?key=`` on /v1alpha1)
counts against that key (``rate_limit_per_key``); any other request against the client address
(``rate_limit_anonymous``), so public endpoints are limited too and a made-up key buys nothing.
Past the limit the answer is 429 ``rate_limited`` with ``Retry-After`` and the route never runs,
so nothing changes. Successful JSON answers carry ``RateLimit-Limit``, ``RateLimit-Remaining`` and
``RateLimit-Reset`` (seconds). /healthz, the pages and static files are not limited.

The counters are shared by every worker (``rempart.ratelimit``; a busy key's are counted in
batches). The principal behind the key (remembered for a second, ``access.key_cache``) is handed
to ``deps.caller`` so the route does not look the key up again. A request that needs neither a
key lookup nor a shared counter write costs no database work and no thread hop here. The client
address is the connection's peer: behind a reverse proxy, run ``uvicorn --proxy-headers``
(``--forwarded-allow-ips``) so it is the caller's.
"""

from __future__ import annotations

from typing import Final

from fastapi import Depends, FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool

from rempart.access.service import Principal
from rempart.api.deps import _bearer, authenticated
from rempart.clock import Clock
from rempart.errors import Unauthenticated
from rempart.ratelimit.limiter import RateLimits
from rempart.settings import Settings

API_PREFIXES: Final = ("/v1/", "/v1alpha1/")


async def enforce_rate_limits(request: Request, response: Response) -> None:
    """Count this API request against its key or client address; 429 once the window is full."""
    limits: RateLimits | None = getattr(request.app.state, "rate_limits", None)
    path = request.url.path
    if limits is None or not path.startswith(API_PREFIXES):
        return
    secret = _bearer(request.headers.get("authorization"))
    if path.startswith("/v1alpha1/"):
        secret = request.query_params.get("key") or secret
    principal: Principal | None = None
    if secret:
        try:
            principal = await authenticated(request, secret)
        except Unauthenticated:
            principal = None  # counted by address; the route still answers 401 if it needs a key
    if principal is not None and principal.key_id is not None:
        local = limits.hit_key_locally(principal.key_id)
        outcome = (local if local is not None
                   else await run_in_threadpool(limits.hit_key, principal.key_id))
    else:
        address = request.client.host if request.client else "unknown"
        outcome = await run_in_threadpool(limits.hit_client, address)
    if principal is not None:
        request.state.authenticated = (secret, principal)
    if not outcome.allowed:
        raise limits.refuse(outcome, keyed=principal is not None)
    response.headers.update(outcome.headers())


def install_rate_limits(app: FastAPI, settings: Settings, *, clock: Clock) -> None:
    """Limit ``app``'s API routes as ``settings`` say; call it before the routers are included."""
    app.state.rate_limits = RateLimits.build(
        engine=app.state.engine, clock=clock, per_key=settings.rate_limit_per_key,
        anonymous=settings.rate_limit_anonymous,
        storage_url=settings.rate_limit_storage_url) if settings.rate_limits_enabled else None
    app.router.dependencies.append(Depends(enforce_rate_limits))
