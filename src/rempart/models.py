"""Imports every table module, so ``Base.metadata`` knows the whole schema."""

from rempart.access.models import ApiKey, InstanceSecret, Organisation, User
from rempart.audit import AuditEntry
from rempart.awareness.models import Campaign, Helpline, Quiz, QuizQuestion
from rempart.db import Base
from rempart.jobs.models import JobCursor
from rempart.moderation.decision_models import (
    AccountSanction,
    Appeal,
    Decision,
    ReporterSuspension,
    ReviewClaim,
    Strike,
    Webhook,
    WebhookAttempt,
    WebhookDelivery,
)
from rempart.moderation.models import (
    Account,
    Check,
    Comment,
    Content,
    CreatorSettings,
    Guideline,
    Report,
)
from rempart.pileon.models import (
    CommentMention,
    PileonEvent,
    PileonHit,
    PileonIncident,
    PileonTarget,
)
from rempart.ratelimit.models import RateLimitCounter

__all__ = [
    "Account",
    "AccountSanction",
    "ApiKey",
    "Appeal",
    "AuditEntry",
    "Base",
    "Campaign",
    "Check",
    "Comment",
    "CommentMention",
    "Content",
    "CreatorSettings",
    "Decision",
    "Guideline",
    "Helpline",
    "InstanceSecret",
    "JobCursor",
    "Organisation",
    "PileonEvent",
    "PileonHit",
    "PileonIncident",
    "PileonTarget",
    "Quiz",
    "QuizQuestion",
    "RateLimitCounter",
    "Report",
    "ReporterSuspension",
    "ReviewClaim",
    "Strike",
    "User",
    "Webhook",
    "WebhookAttempt",
    "WebhookDelivery",
]
