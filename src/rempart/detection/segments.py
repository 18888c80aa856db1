"""Sentences of a long comment, scored on their own as well as within the whole.

The model reads L2-normalised n-gram counts, so one hurtful sentence inside a long, otherwise
ordinary post weighs little: behind 250 characters of harmless narrative, 80 % of the French forum
attacks in `bench/data/forum_heldout.csv` fell below the nudge threshold. Scoring each sentence
too, and letting a hurtful one pull the comment's scores up towards its own, keeps the attack
visible. A sentence read alone has lost its context, and short texts are where the model errs
most, so the pull grows with how sure the sentence's own score is (`lifted`): halfway for a
surely hurtful sentence, nothing at or below the nudge threshold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

__all__ = ["LONG_COMMENT_CHARS", "MAX_SENTENCES", "lifted", "sentence_spans"]

#: Comments shorter than this are judged as a whole only.
LONG_COMMENT_CHARS: Final = 200
#: Sentences scored on their own, at most, per comment (the first ones).
MAX_SENTENCES: Final = 32
_BOUNDARY: Final = re.compile(r"(?<=[.!?…])\s+|\n+")
_MIN_SENTENCE_CHARS: Final = 3


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a long comment, or [] when the comment is short or is
    a single sentence (the whole already says it)."""
    if len(text.strip()) < LONG_COMMENT_CHARS:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        _add(text, start, boundary.start(), spans)
        start = boundary.end()
    _add(text, start, len(text), spans)
    return spans[:MAX_SENTENCES] if len(spans) > 1 else []


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if len(stripped) >= _MIN_SENTENCE_CHARS:
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def lifted(
    whole: npt.NDArray[np.float32],
    sentences: npt.NDArray[np.float32],
    owners: Sequence[int],
    sentence_overall: npt.NDArray[np.float32],
    *,
    floor: float,
) -> npt.NDArray[np.float32]:
    """Each comment's head probabilities (rows of `whole`), pulled up towards those of its
    sentences (rows of `sentences`, sentence k belonging to comment owners[k]) by
    0.5 * clip((overall - floor) / (1 - floor), 0, 1) of the way, overall being the sentence's
    overall score and floor the score below which a sentence pulls nothing; the strongest pull
    wins, and nothing is ever lowered."""
    pull = 0.5 * np.clip((sentence_overall - floor) / (1.0 - floor), 0.0, 1.0)
    mine = whole[owners]
    candidates = mine + pull[:, None] * (np.maximum(mine, sentences) - mine)
    out: npt.NDArray[np.float32] = whole.copy()
    np.maximum.at(out, np.asarray(owners, dtype=np.intp), candidates)
    return out
