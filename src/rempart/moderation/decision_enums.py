"""The vocabularies of decisions: actions, grounds, automation, appeals, sanctions and review sources."""

from __future__ import annotations

from enum import StrEnum


class DecisionAction(StrEnum):
    """What a decision does to its target (or to the target's author)."""

    NO_ACTION = "no_action"
    HIDE = "hide"
    REMOVE = "remove"
    RESTRICT_ACCOUNT = "restrict_account"
    SUSPEND_ACCOUNT = "suspend_account"
    BAN_ACCOUNT = "ban_account"

    @property
    def is_violation(self) -> bool:
        """Whether the decision finds a violation (and so adds a strike)."""
        return self is not DecisionAction.NO_ACTION

    @property
    def on_account(self) -> bool:
        """Whether the action sanctions an account rather than one piece of content."""
        return self in (DecisionAction.RESTRICT_ACCOUNT, DecisionAction.SUSPEND_ACCOUNT,
                        DecisionAction.BAN_ACCOUNT)


class Ground(StrEnum):
    """Why a restriction is lawful: illegal content, or a breach of the community guidelines."""

    ILLEGAL_CONTENT = "illegal_content"
    COMMUNITY_GUIDELINES = "community_guidelines"


class AutomatedDecision(StrEnum):
    """How far a decision was taken by a machine (DSA Art. 17(3)(c))."""

    FULLY = "fully"
    PARTIALLY = "partially"
    NOT_AUTOMATED = "not_automated"


class AppealStatus(StrEnum):
    OPEN = "open"
    UPHELD = "upheld"
    REVERSED = "reversed"


class AppellantRole(StrEnum):
    """Who appeals: the author of the decided content, or a reporter against a no_action."""

    AUTHOR = "author"
    REPORTER = "reporter"


class SanctionKind(StrEnum):
    """An account-wide sanction, mildest first."""

    RESTRICTED = "restricted"  # new comments wait for a moderator
    SUSPENDED = "suspended"  # new comments are refused until the end date
    BANNED = "banned"  # new comments are refused for good

    @property
    def rank(self) -> int:
        """Larger is harsher."""
        return (SanctionKind.RESTRICTED, SanctionKind.SUSPENDED, SanctionKind.BANNED).index(self)


class ReviewSource(StrEnum):
    """Where a review item comes from."""

    DETECTION = "detection"  # a comment the detector put in the grey zone
    USER_REPORT = "user_report"
    CREATOR_REPORT = "creator_report"
    TRUSTED_FLAGGER = "trusted_flagger"
    APPEAL = "appeal"


class WebhookEvent(StrEnum):
    """Events delivered to the platform's webhooks, after the change commits."""

    DECISION_CREATED = "decision.created"
    REPORT_RESOLVED = "report.resolved"
    COMMENT_STATUS_CHANGED = "comment.status_changed"
    APPEAL_DECIDED = "appeal.decided"
    ACCOUNT_SANCTIONED = "account.sanctioned"
    PILEON_OPENED = "pileon.opened"
    PILEON_LIFTED = "pileon.lifted"


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # not yet delivered; retried with backoff
    DELIVERED = "delivered"
    FAILED = "failed"  # gave up after the last attempt; stays visible
    CANCELLED = "cancelled"  # the webhook was deleted before delivery
