"""The vocabularies of moderation: statuses, filter modes and the system actor."""

from __future__ import annotations

from enum import StrEnum


class CommentStatus(StrEnum):
    """Where a comment stands: who can see it."""

    VISIBLE = "visible"
    HELD = "held"  # waiting for the creator's approval
    PENDING_REVIEW = "pending_review"  # waiting for a moderator
    HIDDEN = "hidden"  # filtered for everyone but its author
    REMOVED = "removed"


class FilterMode(StrEnum):
    """A creator's filter for new comments."""

    OFF = "off"
    OFFENSIVE = "offensive"  # hide what the detector flags
    ALL = "all"  # nothing appears until the creator approves it


class AgeBand(StrEnum):
    """A host account's age band, when the platform knows it."""

    UNDER_13 = "under_13"
    TEEN_13_15 = "13_15"
    TEEN_16_17 = "16_17"
    ADULT = "adult"


class ActorType(StrEnum):
    """Who did something: an API key, a signed-in user, or Rempart itself."""

    SYSTEM = "system"
    API_KEY = "api_key"
    USER = "user"


#: The explicit actor id of Rempart's own automated actions.
SYSTEM_ACTOR_ID = "rempart"


class NudgeOutcome(StrEnum):
    """What the commenter did after a reconsider prompt ("abandoned" is derived from time)."""

    POSTED_ANYWAY = "posted_anyway"
    EDITED = "edited"
    WITHDRAWN = "withdrawn"
    ABANDONED = "abandoned"


class ReportedReason(StrEnum):
    """Why a person reports something (distinct from what the system detects)."""

    HARASSMENT = "harassment"
    HATE = "hate"
    THREAT = "threat"
    SEXUAL = "sexual"
    SELF_HARM = "self_harm"
    DOXXING = "doxxing"
    BODY_SHAMING = "body_shaming"
    EXCLUSION = "exclusion"
    SPAM = "spam"
    ILLEGAL_CONTENT = "illegal_content"
    OTHER = "other"


class ReportSource(StrEnum):
    """Who filed a report."""

    USER = "user"
    TRUSTED_FLAGGER = "trusted_flagger"
    CREATOR = "creator"


class ReportStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class TargetType(StrEnum):
    COMMENT = "comment"
    ACCOUNT = "account"
    CONTENT = "content"
