"""The error responses the API documents: one body shape, ``{"error": {"code", "message"}}``.

Routers pass ``responses=ERRORS`` (or ``error_responses(...)``) so that the OpenAPI description
lists every status a caller may meet, each with the schema of the body it carries.
"""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    """What went wrong: a stable machine-readable ``code`` and a sentence in the reader's language."""

    code: str = Field(description="Stable, machine-readable code, e.g. `text_too_long`.")
    message: str = Field(description="A sentence in the caller's language (French or English).")
    details: dict[str, Any] | None = Field(default=None,
                                           description="Extra facts, e.g. the invalid fields.")


class ErrorPublic(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


_DESCRIPTIONS: Final = {
    400: "Malformed request (e.g. JSON nested too deeply).",
    401: "No key, or an unknown or revoked key.",
    403: "The key's role may not do this.",
    404: "Not found, or not yours to see.",
    409: "Conflicts with the current state (taken, already claimed, already done).",
    413: "The request body is larger than the configured limit.",
    422: "Invalid input: the code says which rule was broken.",
    429: "Too many requests: wait and retry.",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries for these error statuses, all with the error body schema."""
    return {status: {"model": ErrorPublic, "description": _DESCRIPTIONS[status]}
            for status in statuses}


#: The errors any API route may answer with (authentication, roles, ownership, state, limits).
ERRORS: Final = error_responses(400, 401, 403, 404, 409, 413, 422, 429)
