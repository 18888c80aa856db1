"""The detector: normalisation + lexicon + statistical model -> one Assessment per comment."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal, Protocol

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from rempart.detection.categories import CATEGORIES, TOXICITY
from rempart.detection.features import Featurizer
from rempart.detection.language import detect_language
from rempart.detection.lexicon import Lexicon
from rempart.detection.model import FloatArray, LinearModel, default_model
from rempart.detection.normalize import NormalizedText, normalize
from rempart.detection.quotes import own_words
from rempart.detection.segments import lifted, sentence_spans

Severity = Literal["none", "low", "medium", "high"]

#: Characters of a comment that are analysed; far beyond any platform's comment limit.
MAX_ANALYSED_CHARS: Final = 20_000
#: Toxicity at or above which a commenter is asked to reconsider (the "nudge").
NUDGE_THRESHOLD: Final = 0.5
#: Toxicity bands for severity: [NUDGE, MEDIUM) low, [MEDIUM, HIGH) medium, >= HIGH high.
MEDIUM_THRESHOLD: Final = 0.75
HIGH_THRESHOLD: Final = 0.92
#: Categories that make a flagged comment high severity when the model is confident.
_GRAVE: Final = frozenset({"threat", "self_harm_incitement", "doxxing", "sexual_harassment"})
_GRAVE_THRESHOLD: Final = 0.7
#: Words tried, at most, when explaining a flagged category the lexicon did not see.
_MAX_WORDS: Final = 24
_WORD_CACHE_SIZE: Final = 50_000
_WORD = re.compile(r"\w+")
#: Function words never shown as the reason for a flag, even when the model weighs them
#: (`ta`, `tes`, `ils` carry weight because attacks address or point at people, but showing
#: them to an author explains nothing). Normalised forms (no accents, lower case) of three
#: letters or more, the shortest words tried.
_NOT_A_REASON: Final = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    _WORD.findall(
        """aux avec cet cette chez comme dans des elle elles est etait etre eux ils les leur
        leurs lui mais meme mes moi mon nos notre nous par pas pour que quel quelle quelles
        quels qui quoi sans ses son sont sur tes toi ton tous tout toute toutes une vos votre
        vous aussi alors donc car deja encore ici plus moins tres trop bien fait faire avoir
        avait sera suis etes"""
    )
)


@dataclass(frozen=True)
class Span:
    """A stretch of the ORIGINAL text that triggered a category."""

    start: int
    end: int
    category: str
    term: str


@dataclass(frozen=True)
class Assessment:
    """How hurtful a comment is: calibrated probabilities per category and overall."""

    scores: dict[str, float]
    toxicity: float
    severity: Severity
    language: str
    spans: tuple[Span, ...]
    model_version: str

    def top_category(self) -> str | None:
        """The most probable category, or None when no category reaches the nudge threshold."""
        if not self.scores:
            return None
        best = max(self.scores, key=lambda c: self.scores[c])
        return best if self.scores[best] >= NUDGE_THRESHOLD else None


class Scorer(Protocol):
    """Anything that assesses comments (the Detector, or a fake in tests)."""

    def score(self, text: str, lang: str | None = None) -> Assessment: ...

    def score_many(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> list[Assessment]: ...


@dataclass(frozen=True)
class Analysis:
    """What the model sees of one comment: normalised text, language, lexicon hits."""

    norm: NormalizedText
    language: str
    hit_severity: dict[str, float]  # highest lexicon severity per category hit
    spans: tuple[Span, ...]

    @property
    def normalized(self) -> str:
        """The normalised text the model reads."""
        return self.norm.text


def analyze(text: str, lang: str | None, lexicon: Lexicon) -> Analysis:
    """Normalise a comment's own words (quoted lines are someone else's), identify its language
    and find its lexicon hits (in the first MAX_ANALYSED_CHARS characters: a longer text is
    judged on its beginning)."""
    text = own_words(text[:MAX_ANALYSED_CHARS])  # same length: offsets still fit the original
    norm = normalize(text)
    given = (lang or "").strip().lower()[:2]
    language = given if given in ("fr", "en") else ("other" if given else detect_language(text))
    hits = [
        h
        for h in lexicon.find(norm, lang=language if language != "other" else None)
        if h.category in CATEGORIES
    ]
    severity: dict[str, float] = {}
    for h in hits:
        severity[h.category] = max(severity.get(h.category, 0.0), float(h.severity))
    spans = tuple(
        sorted(
            {Span(h.start, h.end, h.category, h.term) for h in hits},
            key=lambda s: (s.start, s.end, s.category),
        )
    )
    return Analysis(norm, language, severity, spans)


def severity_of(toxicity: float, scores: dict[str, float]) -> Severity:
    """Severity band of an assessment: toxicity bands, raised to high for grave categories."""
    if toxicity < NUDGE_THRESHOLD:
        return "none"
    if toxicity >= HIGH_THRESHOLD or any(scores[c] >= _GRAVE_THRESHOLD for c in _GRAVE):
        return "high"
    return "medium" if toxicity >= MEDIUM_THRESHOLD else "low"


class Detector:
    """Scores comments with the lexicon and the calibrated linear model."""

    def __init__(self, model: LinearModel, *, lexicon: Lexicon | None = None) -> None:
        self._model = model
        self._featurizer = Featurizer(model.config)
        self._lexicon = lexicon if lexicon is not None else Lexicon.default()
        self._columns = {h: model.heads.index(h) for h in (*CATEGORIES, TOXICITY)}
        self._category_columns = [self._columns[c] for c in CATEGORIES]
        self.model_version = f"rempart-linear-{model.version}"
        self._word_cache: dict[str, FloatArray] = {}

    @classmethod
    def default(cls) -> Detector:
        """The detector over the packaged model and lexicon, built once per process."""
        return _default_detector()

    def score(self, text: str, lang: str | None = None) -> Assessment:
        """Assess one comment; a given lang ("fr", "en", or any other code, read as "other")
        skips language identification."""
        return self.score_many([text], [lang])[0]

    def score_many(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> list[Assessment]:
        """Assess a batch; same results as score() on each text, faster per comment."""
        if langs is None:
            langs = [None] * len(texts)
        if len(langs) != len(texts):
            raise ValueError("langs must have one entry per text")
        analyses = [analyze(t, lg, self._lexicon) for t, lg in zip(texts, langs, strict=True)]
        if not analyses:
            return []
        probs = self._model.predict_proba_rows(self._featurizer.rows(
            [a.normalized for a in analyses], [a.hit_severity for a in analyses]
        ))
        probs = self._with_sentences(analyses, probs)
        overall = self._overall(probs)
        out = []
        for i, (a, row) in enumerate(zip(analyses, probs, strict=True)):
            raw: dict[str, float] = {c: float(row[self._columns[c]]) for c in CATEGORIES}
            toxicity = round(float(overall[i]), 4)
            # No category may exceed the overall score, so a flagged category always means a
            # flagged comment.
            scores: dict[str, float] = {c: min(round(p, 4), toxicity) for c, p in raw.items()}
            severity = severity_of(toxicity, scores)
            spans = self._spans(a, scores) if severity != "none" else ()
            out.append(
                Assessment(scores, toxicity, severity, a.language, spans, self.model_version)
            )
        return out

    def _overall(self, probs: FloatArray) -> FloatArray:
        """The overall score of each row of head probabilities. The heads are trained
        separately; a confident category lifts the toxicity head halfway to itself (a comment
        is at least as likely to be hurtful as to be, say, exclusion)."""
        head = probs[:, self._columns[TOXICITY]]
        category = probs[:, self._category_columns].max(axis=1)
        out: FloatArray = 0.5 * (head + np.maximum(head, category))
        return out

    def _with_sentences(self, analyses: Sequence[Analysis], probs: FloatArray) -> FloatArray:
        """Probabilities of each comment, its sentences pulling them up (segments.lifted).
        Every long comment is split: skipping those that look harmless as a whole would skip
        exactly the diluted attacks this is for."""
        owners: list[int] = []
        parts: list[Analysis] = []
        for i, a in enumerate(analyses):
            own = a.norm.original  # quoted lines already blanked
            for start, end in sentence_spans(own):
                owners.append(i)
                parts.append(analyze(own[start:end], a.language, self._lexicon))
        if not parts:
            return probs
        sentences = self._model.predict_proba_rows(self._featurizer.rows(
            [a.normalized for a in parts], [a.hit_severity for a in parts]
        ))
        return lifted(probs, sentences, owners, self._overall(sentences), floor=NUDGE_THRESHOLD)

    def _spans(self, a: Analysis, scores: dict[str, float]) -> tuple[Span, ...]:
        """Lexicon spans, plus the model's strongest words for flagged categories they miss."""
        missing = [
            c for c in CATEGORIES
            if scores[c] >= NUDGE_THRESHOLD and not any(s.category == c for s in a.spans)
        ]  # fmt: skip
        if not missing:
            return a.spans
        # The words that alone make the model flag the category are the ones to show.
        words = [
            w for w in _WORD.finditer(a.normalized)
            if len(w.group()) >= 3 and w.group() not in _NOT_A_REASON
        ][:_MAX_WORDS]  # fmt: skip
        if not words:
            return a.spans
        alone = self._word_probabilities([w.group() for w in words])
        extra = []
        for c in missing:
            j = self._columns[c]
            for i in np.argsort(-alone[:, j], kind="stable")[:2]:
                if alone[i, j] >= NUDGE_THRESHOLD:
                    start, end = a.norm.to_original(words[i].start(), words[i].end())
                    extra.append(Span(start, end, c, words[i].group()))
        return tuple(sorted({*a.spans, *extra}, key=lambda s: (s.start, s.end, s.category)))

    def _word_probabilities(self, words: list[str]) -> FloatArray:
        """Each word's probabilities scored alone (memoised: words recur across comments)."""
        cache = self._word_cache
        todo = list(dict.fromkeys(w for w in words if w not in cache))
        if todo:
            if len(cache) + len(todo) > _WORD_CACHE_SIZE:
                cache.clear()
            probs = self._model.predict_proba(self._featurizer.transform(todo, [{}] * len(todo)))
            cache.update(zip(todo, probs, strict=True))
        return np.vstack([cache[w] for w in words])


@lru_cache(maxsize=1)
def _default_detector() -> Detector:
    return Detector(default_model())
