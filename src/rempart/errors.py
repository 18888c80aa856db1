"""The errors Rempart raises on purpose, each with an HTTP status and a machine-readable code.

    RempartError                       500 internal_error
    ├── InvalidInput                   422 invalid_request
    │   ├── TextTooLong                422 text_too_long
    │   └── TooManyItems               422 too_many_items
    ├── Unauthenticated                401 unauthenticated
    ├── Forbidden                      403 forbidden
    ├── NotFound                       404 not_found
    ├── Conflict                       409 conflict
    ├── RateLimited                    429 rate_limited (with Retry-After)
    │   └── AuthorRateLimited          429 author_rate_limited
    └── DatabaseCheckFailed            500 database_check_failed

Routers never build error bodies themselves: the app turns any ``RempartError`` into
``{"error": {"code": ..., "message": ...}}`` with the error's status, in the caller's language.
"""

from __future__ import annotations

from typing import Any, ClassVar


class RempartError(Exception):
    """Base class: an error with a stable ``code``, an HTTP ``status`` and a message per language."""

    status: ClassVar[int] = 500
    default_code: ClassVar[str] = "internal_error"

    def __init__(
        self,
        message_en: str,
        message_fr: str | None = None,
        *,
        code: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message_en)
        self.code = code or self.default_code
        self.messages = {"en": message_en, "fr": message_fr or message_en}
        self.details = details or {}

    def message(self, lang: str) -> str:
        """The human sentence in ``lang`` (French or English; English otherwise)."""
        return self.messages.get(lang, self.messages["en"])


class InvalidInput(RempartError):
    status = 422
    default_code = "invalid_request"


class TextTooLong(InvalidInput):
    default_code = "text_too_long"


class TooManyItems(InvalidInput):
    default_code = "too_many_items"


class Unauthenticated(RempartError):
    status = 401
    default_code = "unauthenticated"


class Forbidden(RempartError):
    status = 403
    default_code = "forbidden"


class NotFound(RempartError):
    status = 404
    default_code = "not_found"


class Conflict(RempartError):
    status = 409
    default_code = "conflict"


class RateLimited(RempartError):
    """Too many requests in a window; ``retry_after`` is the whole seconds (>= 1) until another
    is accepted, and ``headers`` what the response carries (``Retry-After`` among them)."""

    status = 429
    default_code = "rate_limited"

    def __init__(self, message_en: str, message_fr: str | None = None, *, retry_after: int,
                 headers: dict[str, str] | None = None, code: str | None = None,
                 details: dict[str, Any] | None = None) -> None:
        self.retry_after = max(1, int(retry_after))
        super().__init__(message_en, message_fr, code=code,
                         details={**(details or {}), "retry_after": self.retry_after})
        self.headers = {**(headers or {}), "Retry-After": str(self.retry_after)}


class AuthorRateLimited(RateLimited):
    """The comment's author has sent too many comments (or drafts) in the window."""

    default_code = "author_rate_limited"


class DatabaseCheckFailed(RempartError):
    default_code = "database_check_failed"
