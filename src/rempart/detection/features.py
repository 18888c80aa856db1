"""Turns normalised comments (and their lexicon hits) into the model's feature vectors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.utils import murmurhash3_32

from rempart.detection.cues import DENSE_FEATURES, dense_cues

#: Only the start of a very long comment is read by the model (bounds the time per comment).
MAX_CHARS: Final = 5000
#: n-grams remembered per hasher before the cache is reset.
_CACHE_SIZE: Final = 1 << 20

#: One comment's features: the non-zero columns and their values.
Row = tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]


@dataclass(frozen=True)
class FeatureConfig:
    """Hashing parameters: everything needed to rebuild the feature space exactly."""

    char_ngram: tuple[int, int] = (2, 5)
    char_bits: int = 19
    word_ngram: tuple[int, int] = (1, 2)
    word_bits: int = 18
    dense: tuple[str, ...] = DENSE_FEATURES

    @property
    def n_features(self) -> int:
        """Total width of a feature vector."""
        return (1 << self.char_bits) + (1 << self.word_bits) + len(self.dense)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable form, stored in the artifact."""
        return {
            "char_ngram": list(self.char_ngram),
            "char_bits": self.char_bits,
            "word_ngram": list(self.word_ngram),
            "word_bits": self.word_bits,
            "dense": list(self.dense),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeatureConfig:
        """The inverse of to_dict."""
        return cls(
            char_ngram=(int(data["char_ngram"][0]), int(data["char_ngram"][1])),
            char_bits=int(data["char_bits"]),
            word_ngram=(int(data["word_ngram"][0]), int(data["word_ngram"][1])),
            word_bits=int(data["word_bits"]),
            dense=tuple(str(d) for d in data["dense"]),
        )


class _Hasher:
    """Hashes the n-grams of one analyser into a fixed number of columns (murmurhash3, seed 0,
    as scikit-learn's HashingVectorizer does), with a bounded cache of n-gram -> column."""

    def __init__(self, analyzer: Callable[[str], list[str]], bits: int) -> None:
        self._analyze = analyzer
        self._n = 1 << bits
        self._cache: dict[str, int] = {}

    def column(self, gram: str) -> int:
        """The column of one n-gram."""
        col = self._cache.get(gram)
        if col is None:
            col = abs(int(murmurhash3_32(gram, seed=0))) % self._n
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()  # crude bound on memory; refills from hot n-grams
            self._cache[gram] = col
        return col

    def columns(self, text: str) -> list[int]:
        """The column of each of a text's n-grams, in the analyser's order."""
        column = self.column
        return [column(gram) for gram in self._analyze(text)]

    def row(self, text: str) -> Row:
        """Columns (in first-seen order) and L2-normalised counts of a text's n-grams."""
        return _normalized_counts(Counter(self.columns(text)))


class _WordwiseHasher:
    """A _Hasher for char_wb n-grams, which never cross a space: a text's n-grams are its
    words' n-grams in turn, so each word's columns are computed once and remembered (words
    recur across comments far more than whole texts do). Same rows as _Hasher.row."""

    def __init__(self, hasher: _Hasher) -> None:
        self._hasher = hasher
        self._words: dict[str, list[int]] = {}

    def row(self, text: str) -> Row:
        """Columns (in first-seen order) and L2-normalised counts of a text's n-grams."""
        words = self._words
        cols: list[int] = []
        for word in text.lower().split():
            known = words.get(word)
            if known is None:
                known = self._hasher.columns(word)
                if len(words) >= _CACHE_SIZE:
                    words.clear()  # crude bound on memory, as in _Hasher
                words[word] = known
            cols.extend(known)
        return _normalized_counts(Counter(cols))


def _normalized_counts(counts: Counter[int]) -> Row:
    """Columns in first-seen order and their L2-normalised counts."""
    cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    values = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    if len(values):
        values /= np.float32(np.sqrt(float(np.dot(values, values))))
    return cols, values


class Featurizer:
    """Builds sparse feature rows: hashed char and word n-grams plus dense cues.

    Each row is computed on its own, so a comment gets the same features alone or in a batch.
    """

    def __init__(self, config: FeatureConfig) -> None:
        if config.dense != DENSE_FEATURES:
            raise ValueError("the artifact was trained with a different set of dense features")
        self.config = config
        char = CountVectorizer(analyzer="char_wb", ngram_range=config.char_ngram, lowercase=True)
        word = CountVectorizer(
            analyzer="word",
            ngram_range=config.word_ngram,
            token_pattern=r"(?u)\b\w+\b",
            lowercase=True,
        )
        self._char = _WordwiseHasher(_Hasher(char.build_analyzer(), config.char_bits))
        self._word = _Hasher(word.build_analyzer(), config.word_bits)
        self._word_offset = 1 << config.char_bits
        self._dense_offset = self._word_offset + (1 << config.word_bits)

    def word_columns(self, words: Sequence[str]) -> list[int]:
        """The feature column of each single word (its unigram), for explaining scores."""
        return [self._word_offset + self._word.column(w.lower()) for w in words]

    def rows(self, texts: Sequence[str], hits: Sequence[Mapping[str, float]]) -> list[Row]:
        """Each normalised text's feature columns and values, given its lexicon severity per
        category (what ``transform`` stacks into a matrix)."""
        out: list[Row] = []
        word_offset = self._word_offset
        dense_cols = np.arange(len(DENSE_FEATURES), dtype=np.int64) + self._dense_offset
        for full, hit in zip(texts, hits, strict=True):
            text = full[:MAX_CHARS]
            c_cols, c_vals = self._char.row(text)
            w_cols, w_vals = self._word.row(text)
            dense = np.asarray(dense_cues(text, hit), dtype=np.float32)
            nz = dense != 0
            out.append((np.concatenate((c_cols, w_cols + word_offset, dense_cols[nz])),
                        np.concatenate((c_vals, w_vals, dense[nz]))))
        return out

    def transform(self, texts: Sequence[str], hits: Sequence[Mapping[str, float]]) -> sp.csr_matrix:
        """Feature rows for normalised texts, given each text's lexicon severity per category."""
        shape = (len(texts), self.config.n_features)
        if not texts:
            return sp.csr_matrix(shape, dtype=np.float32)
        rows = self.rows(texts, hits)
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum([len(cols) for cols, _ in rows], out=indptr[1:])
        return sp.csr_matrix(
            (np.concatenate([v for _, v in rows]), np.concatenate([c for c, _ in rows]), indptr),
            shape=shape,
        )
