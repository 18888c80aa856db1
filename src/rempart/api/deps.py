"""What routers need from a request: the database, the clock, the caller and its language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from rempart.access.key_cache import PrincipalCache
from rempart.access.roles import Role
from rempart.access.service import Principal, authenticate
from rempart.db import transaction
from rempart.errors import Forbidden
from rempart.i18n import pick_language
from rempart.settings import Settings

T = TypeVar("T")


async def on_publish_thread(request: Request, work: Callable[..., T], *args: Any) -> T:
    """``work(*args)`` on a worker thread, at most ``settings.publish_threads`` at once per
    process: the checks and publishes, which write (see Settings.publish_threads)."""
    return await anyio.to_thread.run_sync(work, *args, limiter=request.app.state.publish_threads)


@contextmanager
def unit_of_work(request: Request) -> Iterator[Session]:
    """A transaction on the app's database: commits when the block ends, rolls back on error."""
    with transaction(request.app.state.sessions) as session:
        yield session


# Dependencies that only read the request are ``async`` so FastAPI runs them on the event loop
# rather than hopping to a worker thread for each (a hop costs more than the work).


async def now(request: Request) -> dt.datetime:
    """The current time from the app's clock (tests pass a fake one)."""
    current: dt.datetime = request.app.state.clock()
    return current


async def settings(request: Request) -> Settings:
    """The settings the app was built with."""
    current: Settings = request.app.state.settings
    return current


async def language(request: Request) -> str:
    """The language the caller reads (from Accept-Language)."""
    return pick_language(
        request.headers.get("accept-language"), default=request.app.state.settings.default_language
    )


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def caller(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
) -> Principal:
    """The authenticated caller; 401 when the key is missing or wrong."""
    secret = _bearer(authorization)
    # The rate limit (api/rate_limits.py) usually looked this key up already for this request;
    # then no thread hop is needed, which is why this dependency is ``async``.
    known: tuple[str, Principal] | None = getattr(request.state, "authenticated", None)
    if known is not None and secret is not None and known[0] == secret:
        return known[1]
    return await authenticated(request, secret)


async def authenticated(request: Request, secret: str | None) -> Principal:
    """The principal behind ``secret``: remembered from a recent request (access.key_cache), or
    looked up in a worker thread; Unauthenticated when missing, wrong or revoked."""
    cache: PrincipalCache = request.app.state.principals
    principal = cache.lookup(secret) if secret else None
    if principal is None:
        principal = await run_in_threadpool(_authenticate, request, secret)
        cache.remember(secret or "", principal)
    return principal


def _authenticate(request: Request, secret: str | None) -> Principal:
    with request.app.state.sessions() as session:
        return authenticate(session, secret=secret)


def require(*roles: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency that admits only callers holding one of ``roles`` (else 403)."""
    allowed = frozenset(roles)

    # Takes the request itself rather than depending on ``caller``: one dependency to solve
    # instead of two, on every authenticated request.
    async def check(request: Request,
                    authorization: Annotated[str | None, Header()] = None) -> Principal:
        principal = await caller(request, authorization)
        if principal.role not in allowed:
            names = ", ".join(sorted(r.value for r in allowed))
            raise Forbidden(
                f"This needs a key with role: {names}.", f"Il faut une clé avec le rôle : {names}."
            )
        return principal

    return check


Now = Annotated[dt.datetime, Depends(now)]
Lang = Annotated[str, Depends(language)]
AppSettings = Annotated[Settings, Depends(settings)]
