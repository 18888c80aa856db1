"""A creator's keyword filter, matched through the detector's normalisation (``n u l`` is ``nul``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rempart.detection.normalize import normalize


@lru_cache(maxsize=4096)
def _pattern(keyword: str) -> re.Pattern[str] | None:
    folded = normalize(keyword).text.strip()
    if not folded:
        return None
    return re.compile(r"(?<!\w)" + re.escape(folded) + r"(?!\w)")


def match_keywords(keywords: Sequence[str], text: str) -> list[str]:
    """The keywords (as the creator wrote them) found in ``text`` as whole words, once each."""
    folded = normalize(text).text
    found = []
    for keyword in keywords:
        pattern = _pattern(keyword)
        if pattern is not None and pattern.search(folded):
            found.append(keyword)
    return found
