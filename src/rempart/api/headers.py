"""Security headers on every response, and a content security policy on the pages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Final

from fastapi import FastAPI, Request, Response

HEADERS: Final = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
#: Pages load scripts and styles from Rempart only (htmx adds its own indicator styles inline);
#: campaign media may come from the campaign's own video hosts.
PAGE_POLICY: Final = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                      "img-src 'self' data: https:; media-src 'self' https:; object-src 'none'; "
                      "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
#: The API documentation page (Swagger UI) starts itself with an inline script.
DOCS_POLICY: Final = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


def install_security_headers(app: FastAPI) -> None:
    """Add the headers to every response of ``app``."""

    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if response.headers.get("content-type", "").startswith("text/html"):
            policy = DOCS_POLICY if request.url.path == "/docs" else PAGE_POLICY
            response.headers.setdefault("Content-Security-Policy", policy)
        return response
