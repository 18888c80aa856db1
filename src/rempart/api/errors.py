"""Turns every failure into ``{"error": {"code", "message"}}`` with the right status."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from rempart.errors import RempartError
from rempart.i18n import pick_language

log = logging.getLogger("rempart.api")

_HTTP_CODES = {
    400: ("bad_request", "The request is malformed.", "La requête est mal formée."),
    401: ("unauthenticated", "Authentication is required.", "Une authentification est requise."),
    403: ("forbidden", "This key may not do that.", "Cette clé ne permet pas cette action."),
    404: ("not_found", "Nothing here: check the URL.", "Rien ici : vérifiez l'adresse."),
    405: (
        "method_not_allowed",
        "This method is not allowed here.",
        "Cette méthode n'est pas permise ici.",
    ),
    413: (
        "payload_too_large",
        "The request body is too large.",
        "Le corps de la requête est trop gros.",
    ),
}


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON body of every error response."""
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    return {"error": error}


def _language(request: Request) -> str:
    default = getattr(request.app.state, "default_language", "en")
    return pick_language(request.headers.get("accept-language"), default=default)


def _describe(errors: list[Any], lang: str) -> str:
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    head = "Données invalides" if lang == "fr" else "Invalid input"
    return f"{head} — " + "; ".join(parts)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return (not path.startswith(("/v1", "/v1alpha1", "/healthz", "/static"))
            and "text/html" in request.headers.get("accept", "")
            and hasattr(request.app.state, "render_error"))


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that shape every error response."""

    @app.exception_handler(RempartError)
    async def rempart_error(request: Request, exc: RempartError) -> Response:
        if exc.status >= 500:
            log.error("request failed: %s", exc.code)
        if _wants_html(request):
            response: Response = request.app.state.render_error(
                request, exc.status, exc.message(_language(request)))
            return response
        return JSONResponse(
            error_body(exc.code, exc.message(_language(request)), exc.details),
            status_code=exc.status,
            headers=getattr(exc, "headers", None),  # Retry-After on a 429 (errors.RateLimited)
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        details = {
            "fields": [
                {"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg")}
                for e in errors[:20]
            ]
        }
        return JSONResponse(
            error_body("invalid_request", _describe(errors, _language(request)), details),
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code, en, fr = _HTTP_CODES.get(
            exc.status_code, ("http_error", str(exc.detail), str(exc.detail))
        )
        message = fr if _language(request) == "fr" else en
        return JSONResponse(
            error_body(code, message),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        fr = _language(request) == "fr"
        message = (
            "Erreur interne : rien n'a été modifié."
            if fr
            else "Internal error: nothing was changed."
        )
        return JSONResponse(error_body("internal_error", message), status_code=500)
