"""Imports every table module, so ``Base.metadata`` knows the whole schema."""

from rempart.access.models import ApiKey, Organisation
from rempart.audit import AuditEntry
from rempart.db import Base
from rempart.moderation.models import Account, Comment, Content, CreatorSettings

__all__ = [
    "Account",
    "ApiKey",
    "AuditEntry",
    "Base",
    "Comment",
    "Content",
    "CreatorSettings",
    "Organisation",
]
