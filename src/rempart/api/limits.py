"""Request limits checked before any route runs: body size, JSON nesting depth, NUL characters.

A body larger than ``max_body_bytes`` is refused with 413 ``body_too_large``; a JSON body nested
deeper than ``max_json_depth`` with 422 ``json_too_deep`` (never a RecursionError); a NUL character
(``\\u0000`` in JSON, ``%00`` in the query string or a form) with 422 ``nul_character``, since
PostgreSQL cannot store it and no text a person writes needs it. Nothing is changed by a refusal.
"""

from __future__ import annotations

import re
from typing import Any, Final

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rempart.api.errors import error_body
from rempart.i18n import pick_language
from rempart.settings import Settings

#: ``\u0000`` preceded by an even number of backslashes (an odd one would escape the ``\``).
_JSON_NUL: Final = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
_URL_NUL: Final = re.compile(rb"%00")
#: JSON strings (with their escapes), removed before counting brackets.
_JSON_STRING: Final = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_BRACKETS: Final = re.compile(rb"[\[\]{}]")
_BODY_METHODS: Final = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def json_depth(body: bytes) -> int:
    """The deepest nesting of arrays and objects in ``body`` (a JSON text; 0 for a scalar)."""
    if body.count(b"[") + body.count(b"{") <= 1:
        return body.count(b"[") + body.count(b"{")
    depth = deepest = 0
    for match in _BRACKETS.finditer(_JSON_STRING.sub(b"", body)):
        if match.group() in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _refusal(scope: Scope, default_language: str, status: int, code: str, en: str, fr: str,
             details: dict[str, Any] | None = None) -> JSONResponse:
    lang = pick_language(Headers(scope=scope).get("accept-language"), default=default_language)
    return JSONResponse(error_body(code, fr if lang == "fr" else en, details), status_code=status)


class RequestLimits:
    """ASGI middleware that refuses oversized, too deeply nested or NUL-carrying requests."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_json_depth: int,
                 default_language: str = "en") -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_json_depth = max_json_depth
        self.default_language = default_language

    def _refuse(self, scope: Scope, status: int, code: str, en: str, fr: str,
                details: dict[str, Any] | None = None) -> JSONResponse:
        return _refusal(scope, self.default_language, status, code, en, fr, details)

    def _too_large(self, scope: Scope) -> JSONResponse:
        limit = self.max_body_bytes
        return self._refuse(
            scope, 413, "body_too_large",
            f"The request body is larger than {limit} bytes.",
            f"Le corps de la requête dépasse {limit} octets.", {"limit": limit})

    def _nul(self, scope: Scope, where: str) -> JSONResponse:
        return self._refuse(
            scope, 422, "nul_character",
            f"The {where} contains a NUL character (U+0000), which is not allowed.",
            f"Le caractère NUL (U+0000) n'est pas permis ({where}).", {"where": where})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _URL_NUL.search(scope.get("query_string", b"")) or "\x00" in scope.get("path", ""):
            await self._nul(scope, "URL")(scope, receive, send)
            return
        if scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(scope)(scope, receive, send)
            return
        body, more = await self._read(receive)
        if more:
            await self._too_large(scope)(scope, receive, send)
            return
        refusal = self._check(scope, headers.get("content-type", ""), body)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive) -> tuple[bytes, bool]:
        """The body, and whether it went past the limit (then reading stopped)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away; the app will see the disconnect
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return b"", True
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks), False

    def _check(self, scope: Scope, content_type: str, body: bytes) -> JSONResponse | None:
        kind = content_type.split(";")[0].strip().lower()
        if kind == "application/json" or kind.endswith("+json"):
            if _JSON_NUL.search(body) or b"\x00" in body:
                return self._nul(scope, "JSON body")
            depth = json_depth(body)
            if depth > self.max_json_depth:
                return self._refuse(
                    scope, 422, "json_too_deep",
                    f"The JSON body is nested {depth} levels deep; the limit is "
                    f"{self.max_json_depth}.",
                    f"Le JSON est imbriqué sur {depth} niveaux ; la limite est "
                    f"{self.max_json_depth}.", {"limit": self.max_json_depth})
        elif kind == "application/x-www-form-urlencoded" and (
                _URL_NUL.search(body) or b"\x00" in body):
            return self._nul(scope, "form")
        return None


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the app the body already read, then the client's next messages."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def install_request_limits(app: Starlette, settings: Settings) -> None:
    """Refuse requests past the settings' body size and JSON depth, and NUL characters."""
    app.add_middleware(RequestLimits, max_body_bytes=settings.max_body_bytes,
                       max_json_depth=settings.max_json_depth,
                       default_language=settings.default_language)
