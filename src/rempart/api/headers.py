"""Security headers on every response, and a content security policy on the pages."""

from __future__ import annotations

from typing import Final

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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


class SecurityHeaders:
    """ASGI middleware adding the headers to every response (plain ASGI: it only touches the
    response start, so it costs nothing like a ``BaseHTTPMiddleware`` per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = DOCS_POLICY if scope.get("path") == "/docs" else PAGE_POLICY

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
                if headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("Content-Security-Policy", policy)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install_security_headers(app: FastAPI) -> None:
    """Add the headers to every response of ``app``."""
    app.add_middleware(SecurityHeaders)
