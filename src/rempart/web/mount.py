"""Adds the pages to the app: signed sessions, static assets, page routers, HTML error pages."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from rempart.access.users import session_key
from rempart.settings import Settings

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def _secret(app: FastAPI, settings: Settings) -> str:
    if settings.secret_key:
        return settings.secret_key
    with app.state.sessions() as session:
        return session_key(session)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    """The HTML page for an error met while browsing (API callers get JSON instead)."""
    from rempart.web.templating import render

    return render(request, "error.html", status_code=status, message=message)


def install_pages(app: FastAPI, settings: Settings) -> None:
    """Mount the console pages and their assets on ``app``."""
    from rempart.web import campaign_pages, creator_pages, demo_host, pages, transparency_page
    from rempart.web.flagger_pages import router as flagger_router
    from rempart.web.moderation_pages import router as moderation_router

    secure = settings.cookie_secure if settings.cookie_secure is not None else settings.host not in LOOPBACK
    app.add_middleware(SessionMiddleware, secret_key=_secret(app, settings),
                       session_cookie="rempart_session", same_site="lax", https_only=secure,
                       max_age=12 * 3600)
    static = resources.files("rempart.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.state.render_error = render_error
    app.include_router(pages.router)
    app.include_router(transparency_page.router)
    app.include_router(creator_pages.router)
    app.include_router(campaign_pages.router)
    app.include_router(moderation_router)
    app.include_router(flagger_router)
    if settings.demo_host:
        app.include_router(demo_host.router)
