"""Scores of hand-written lines the packaged model never saw, against the nudge threshold.

The forum and everyday-word tests each hold lists of harmless and hurtful lines written after a
model was trained; these two functions say which of them the packaged detector gets wrong, with
their scores, so a failing assertion shows what moved.
"""

from __future__ import annotations

from collections.abc import Iterable

from rempart.detection.detector import NUDGE_THRESHOLD, Detector


def nudged(texts: Iterable[str]) -> dict[str, float]:
    """The harmless lines at or above the nudge threshold, with their toxicity."""
    detector = Detector.default()
    scores = {text: round(detector.score(text).toxicity, 3) for text in texts}
    return {text: score for text, score in scores.items() if score >= NUDGE_THRESHOLD}


def missed(texts: Iterable[str]) -> dict[str, float]:
    """The hurtful lines below the nudge threshold, with their toxicity."""
    detector = Detector.default()
    scores = {text: round(detector.score(text).toxicity, 3) for text in texts}
    return {text: score for text, score in scores.items() if score < NUDGE_THRESHOLD}
