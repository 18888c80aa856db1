"""The roles an API key can hold."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A key's role; each sees only what it owns."""

    PLATFORM = "platform"  # the integrating app: publishes comments, asks for checks
    CREATOR = "creator"  # acts on comments under its own account's contents
    MODERATOR = "moderator"
    TRUSTED_FLAGGER = "trusted_flagger"  # files and follows its organisation's reports
    ADMIN = "admin"
