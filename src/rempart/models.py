"""Imports every table module, so ``Base.metadata`` knows the whole schema."""

from rempart.access.models import ApiKey, Organisation
from rempart.audit import AuditEntry
from rempart.db import Base
from rempart.moderation.models import (
    Account,
    Check,
    Comment,
    Content,
    CreatorSettings,
    Guideline,
    Report,
)

__all__ = [
    "Account",
    "ApiKey",
    "AuditEntry",
    "Base",
    "Check",
    "Guideline",
    "Report",
    "Comment",
    "Content",
    "CreatorSettings",
    "Organisation",
]
