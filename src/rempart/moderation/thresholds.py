"""Policy thresholds per category: when to nudge, hold for review, or remove."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from rempart.detection.categories import CATEGORIES, TOXICITY


@dataclass(frozen=True, slots=True)
class Threshold:
    """Probabilities at or above which a comment is nudged, held for review, or removed."""

    nudge: float
    review: float
    remove: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.nudge <= self.review <= self.remove <= 1.0:
            raise ValueError("thresholds must satisfy 0 <= nudge <= review <= remove <= 1")


#: Documented defaults. Threats, self-harm incitement and doxxing endanger someone, so they are
#: nudged and reviewed earlier; a removal always needs a very confident score.
DEFAULT_THRESHOLDS: Final[dict[str, Threshold]] = {
    "insult": Threshold(nudge=0.5, review=0.8, remove=0.97),
    "identity_hate": Threshold(nudge=0.45, review=0.7, remove=0.95),
    "threat": Threshold(nudge=0.4, review=0.6, remove=0.95),
    "sexual_harassment": Threshold(nudge=0.45, review=0.7, remove=0.95),
    "self_harm_incitement": Threshold(nudge=0.4, review=0.6, remove=0.95),
    "doxxing": Threshold(nudge=0.4, review=0.6, remove=0.95),
    "body_shaming": Threshold(nudge=0.5, review=0.8, remove=0.97),
    "exclusion": Threshold(nudge=0.5, review=0.8, remove=0.98),
    TOXICITY: Threshold(nudge=0.5, review=0.85, remove=0.99),
}


@dataclass(frozen=True, slots=True)
class Policy:
    """The thresholds in force, one per category plus the overall score."""

    thresholds: dict[str, Threshold] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))

    def over(self, scores: dict[str, float], level: str) -> list[str]:
        """Categories whose score reaches ``level`` ('nudge', 'review' or 'remove'), worst first."""
        hits = [(scores[name], name) for name in (*CATEGORIES, TOXICITY)
                if name in scores and scores[name] >= getattr(self.thresholds[name], level)]
        return [name for _, name in sorted(hits, reverse=True)]

    @classmethod
    def from_overrides(cls, overrides: dict[str, dict[str, float]]) -> Policy:
        """Defaults with some categories' thresholds replaced (unknown names are refused)."""
        merged = dict(DEFAULT_THRESHOLDS)
        for name, values in overrides.items():
            if name not in merged:
                raise ValueError(f"unknown category {name!r} in thresholds")
            base = merged[name]
            merged[name] = Threshold(
                nudge=values.get("nudge", base.nudge), review=values.get("review", base.review),
                remove=values.get("remove", base.remove))
        return cls(thresholds=merged)
