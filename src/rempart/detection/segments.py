"""Sentences of a long comment, scored on their own as well as within the whole.

The model reads L2-normalised n-gram counts, so one hurtful sentence inside a long, otherwise
ordinary post weighs little: behind 250 characters of harmless narrative, 80 % of the French forum
attacks in `bench/data/forum_heldout.csv` fell below the nudge threshold. Scoring each sentence
too, and letting the most hurtful one pull the comment's score halfway up to its own, keeps the
attack visible without letting one odd sentence of a harmless post decide alone.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["LONG_COMMENT_CHARS", "MAX_SENTENCES", "sentence_spans"]

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
