"""Keeping secrets out of logs: credentials in URLs' query strings are redacted before writing.

Rempart never logs API keys, passwords, webhook secrets or session cookies itself. The one way a
secret reached a log was a URL: Perspective clients send the API key as ``?key=...``, which the
server's access log writes with the path, and a webhook URL may carry a token. ``install`` puts a
filter on those loggers that rewrites such parameters to ``[redacted]``.
"""

from __future__ import annotations

import logging
import re

#: Query parameters whose value is a credential.
SECRET_PARAMETERS = ("key", "api_key", "apikey", "token", "access_token", "secret", "password",
                     "session", "signature", "sig")
#: Loggers whose records may hold a URL with a query string.
LOGGERS = ("uvicorn.access", "uvicorn.error", "rempart.webhooks", "rempart.api", "httpx",
           "httpx2")
REDACTED = "[redacted]"
_PARAMETER = re.compile(
    r"([?&;](?:" + "|".join(SECRET_PARAMETERS) + r")=)[^&;#\s\"']*", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with the value of every credential query parameter replaced by ``[redacted]``."""
    return _PARAMETER.sub(lambda m: m.group(1) + REDACTED, text)


class RedactSecrets(logging.Filter):
    """Rewrites a record's message and string arguments so no credential parameter survives."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_scrub(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: _scrub(v) for k, v in record.args.items()}
        return True


def _scrub(value: object) -> object:
    """A string (or an object printed as one, such as a URL) without credential parameters."""
    if isinstance(value, (int, float)) or value is None:
        return value
    text = value if isinstance(value, str) else str(value)
    cleaned = redact(text)
    return value if cleaned == text else cleaned


def install() -> None:
    """Put the redacting filter on every logger that may write a URL (once; idempotent)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSecrets) for f in logger.filters):
            logger.addFilter(RedactSecrets())
