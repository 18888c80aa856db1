"""``create_app(settings)``: builds the ASGI application; nothing is built at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import CapacityLimiter
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.telemetry import TelemetryConfig

from rempart import __version__
from rempart.access.key_cache import PrincipalCache
from rempart.api import health
from rempart.api.errors import install_error_handlers
from rempart.api.headers import install_security_headers
from rempart.api.limits import install_request_limits
from rempart.api.rate_limits import install_rate_limits
from rempart.api.v1 import (
    accounts,
    awareness,
    bulk,
    checks,
    comments,
    creator,
    decisions,
    evidence,
    guidelines,
    pileon,
    privacy,
    reports,
    review,
    transparency,
    webhooks,
)
from rempart.api.v1alpha1 import perspective
from rempart.clock import Clock, utc_now
from rempart.db import make_engine, make_session_factory
from rempart.detection.detector import Scorer
from rempart.jobs.queue import JobRuntime
from rempart.jobs.worker import serving_jobs
from rempart.privacy import log_redaction
from rempart.runtime import build_publisher
from rempart.settings import Settings
from rempart.web.mount import install_pages


def _telemetry(settings: Settings) -> TelemetryConfig:
    enabled = settings.opentelemetry
    return {"tracing": enabled, "metrics": enabled, "logs": enabled, "operation_spans": enabled}


def create_app(
    settings: Settings | None = None, *, clock: Clock = utc_now, scorer: Scorer | None = None
) -> FastAPI:
    """A Rempart app for ``settings`` (from the environment when omitted).

    ``clock`` gives the current time and ``scorer`` replaces the packaged detector (tests pass fakes).
    """
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Background work stops before the engine closes, so no connection outlives the app.
        runtime = JobRuntime(settings=app.state.settings, sessions=app.state.sessions,
                             clock=app.state.clock, publisher_factory=lambda: app.state.publisher)
        try:
            async with serving_jobs(app.state.settings, runtime=runtime) as jobs:
                app.state.jobs = jobs
                yield
        finally:
            app.state.jobs = None
            app.state.engine.dispose()

    app = FastAPI(
        lifespan=lifespan,
        telemetry=_telemetry(settings),
        title="Rempart",
        version=__version__,
        description="Self-hostable shield against cyber-harassment in comment sections.",
        docs_url=None,  # served below with Swagger UI vendored into the package (no CDN)
        openapi_url="/openapi.json",
    )
    engine = make_engine(settings.database_url, echo=settings.echo_sql,
                         sqlite_synchronous=settings.sqlite_synchronous)
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = make_session_factory(engine)
    app.state.clock = clock
    app.state.principals = PrincipalCache(ttl=settings.auth_cache_seconds,
                                          clock=lambda: clock().timestamp())
    app.state.default_language = settings.default_language
    app.state.publisher = build_publisher(settings, scorer=scorer)
    app.state.publish_threads = CapacityLimiter(settings.publish_threads or (
        1 if engine.dialect.name == "sqlite" else 4))
    install_error_handlers(app)
    install_request_limits(app, settings)
    install_rate_limits(app, settings, clock=clock)  # before any API router is included
    install_security_headers(app)
    log_redaction.install()

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """The interactive API documentation, with assets served by Rempart itself."""
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="Rempart API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png")

    # Routes are matched in order: the hot API paths (checks, publishes) first, the pages last.
    app.include_router(checks.router)
    app.include_router(comments.router)
    app.include_router(health.router)
    app.include_router(accounts.router)
    app.include_router(guidelines.router)
    app.include_router(perspective.router)
    app.include_router(creator.router)
    app.include_router(bulk.router)
    app.include_router(awareness.router)
    app.include_router(reports.router)
    app.include_router(review.router)
    app.include_router(decisions.router)
    app.include_router(webhooks.router)
    app.include_router(transparency.router)
    app.include_router(pileon.router)
    app.include_router(evidence.router)
    app.include_router(privacy.router)
    install_pages(app, settings)
    return app
