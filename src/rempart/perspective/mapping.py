"""How Rempart's categories answer Perspective's attributes (documented in the README).

| Perspective attribute | Rempart score |
| --- | --- |
| TOXICITY | the overall score (`toxicity`) |
| SEVERE_TOXICITY | the highest grave category (see ``GRAVE``), or the overall score |
|                 | when the detector rates severity high (half of it otherwise) |
| IDENTITY_ATTACK | `identity_hate` |
| INSULT | the higher of `insult` and `body_shaming` |
| PROFANITY | the higher of `insult` and a swear-word score (0.9 when the lexicon finds a plain swear word) |
| THREAT | `threat` |
| SEXUALLY_EXPLICIT | `sexual_harassment` |
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from rempart.detection.detector import Assessment, Scorer
from rempart.detection.lexicon import Lexicon

GRAVE: Final = ("threat", "self_harm_incitement", "identity_hate", "sexual_harassment", "doxxing")
#: Lexicon hits at or under this severity are swear words rather than attacks.
SWEAR_SEVERITY: Final = 0.3
SWEAR_SCORE: Final = 0.9


def _severe(a: Assessment) -> float:
    grave = max(a.scores.get(name, 0.0) for name in GRAVE)
    return max(grave, a.toxicity if a.severity == "high" else a.toxicity * 0.5)


ATTRIBUTES: Final[dict[str, Callable[[Assessment], float]]] = {
    "TOXICITY": lambda a: a.toxicity,
    "SEVERE_TOXICITY": _severe,
    "IDENTITY_ATTACK": lambda a: a.scores.get("identity_hate", 0.0),
    "INSULT": lambda a: max(a.scores.get("insult", 0.0), a.scores.get("body_shaming", 0.0)),
    "THREAT": lambda a: a.scores.get("threat", 0.0),
    "SEXUALLY_EXPLICIT": lambda a: a.scores.get("sexual_harassment", 0.0),
}
#: PROFANITY also looks at the words themselves, so it is computed apart.
ALL_ATTRIBUTES: Final = (*ATTRIBUTES, "PROFANITY")

#: A sentence ends at . ! ? or … followed by a space or the end (so "3.5" stays whole), or at a newline.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?…]+(?=\s|$)|(?=\n)|$)|\n+")


@dataclass(frozen=True, slots=True)
class SpanScore:
    begin: int
    end: int
    value: float


@dataclass(frozen=True, slots=True)
class AttributeScore:
    summary: float
    spans: tuple[SpanScore, ...]


def sentences(text: str) -> list[tuple[int, int]]:
    """(begin, end) of each sentence, trailing spaces trimmed; the whole text if there is one."""
    found = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group(0)
        if chunk.strip():
            begin = match.start() + (len(chunk) - len(chunk.lstrip()))
            end = match.start() + len(chunk.rstrip())
            found.append((begin, end))
    return found or [(0, len(text))]


def profanity(assessment: Assessment, text: str, lexicon: Lexicon) -> float:
    """How profane a text is: insults, or plain swear words the lexicon knows."""
    swear = any(hit.severity <= SWEAR_SEVERITY for hit in lexicon.find(text))
    return max(assessment.scores.get("insult", 0.0), SWEAR_SCORE if swear else 0.0)


def analyze(scorer: Scorer, lexicon: Lexicon, *, text: str, attributes: Sequence[str],
            lang: str | None, with_spans: bool) -> tuple[dict[str, AttributeScore], str]:
    """Scores for each requested attribute (with per-sentence spans if asked) and the language."""
    whole = scorer.score(text, lang=lang)
    parts = sentences(text) if with_spans else []
    part_assessments = scorer.score_many([text[b:e] for b, e in parts], [lang] * len(parts)) if parts else []

    def value(name: str, assessment: Assessment, piece: str) -> float:
        if name == "PROFANITY":
            return profanity(assessment, piece, lexicon)
        return ATTRIBUTES[name](assessment)

    result = {}
    for name in attributes:
        spans = tuple(SpanScore(begin, end, round(value(name, a, text[begin:end]), 6))
                      for (begin, end), a in zip(parts, part_assessments, strict=True))
        result[name] = AttributeScore(round(value(name, whole, text), 6), spans)
    return result, whole.language
