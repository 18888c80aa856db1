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
