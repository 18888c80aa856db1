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
    return {text: score for text, score in _scores(texts).items() if score >= NUDGE_THRESHOLD}


def missed(texts: Iterable[str]) -> dict[str, float]:
    """The hurtful lines below the nudge threshold, with their toxicity."""
    return {text: score for text, score in _scores(texts).items() if score < NUDGE_THRESHOLD}


def _scores(texts: Iterable[str]) -> dict[str, float]:
    # Compared unrounded: a line at 0.4996 is below the threshold, whatever it prints as.
    detector = Detector.default()
    return {text: detector.score(text).toxicity for text in texts}
