"""Builds the long-lived parts a process needs from its settings: the scorer and the publisher."""

from __future__ import annotations

from rempart.detection.detector import Detector, Scorer
from rempart.moderation.author_limits import AuthorLimit
from rempart.moderation.decisions import DecisionRules
from rempart.moderation.publish import Publisher
from rempart.moderation.thresholds import Policy
from rempart.pileon.detector import PileonRules
from rempart.settings import Settings


def build_publisher(settings: Settings, *, scorer: Scorer | None = None) -> Publisher:
    """A publisher with the packaged detector (or ``scorer``) and the settings' thresholds."""
    return Publisher(
        scorer=scorer or Detector.default(),
        policy=Policy.from_overrides(settings.thresholds),
        max_text_length=settings.max_text_length,
        decision_rules=DecisionRules.from_settings(settings),
        pileon_rules=PileonRules.from_settings(settings),
        author_limit=(AuthorLimit.parse(settings.rate_limit_per_author)
                      if settings.rate_limits_enabled else None),
    )
