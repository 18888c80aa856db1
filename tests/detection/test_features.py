"""Hashed n-gram features: the fast per-word path must give scikit-learn's exact rows."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import HashingVectorizer

from rempart.detection.features import FeatureConfig, Featurizer

SMALL = FeatureConfig(char_bits=12, word_bits=11)

# Spaces of every kind, repeated words and stretched letters: what the per-word cache and
# char_wb's padding must agree on.
_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(["t'es", "nul", "nuuuul", "LOL", "é", "ça", "a", "🤡", "--", "x" * 40]),
        st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1c", " \n "]),
        st.text(max_size=6),
    ),
    max_size=30,
).map("".join)


def _reference(config: FeatureConfig, texts: list[str]) -> sp.csr_matrix:
    """scikit-learn's own hashing of the same n-grams (murmurhash3, no sign flip, L2)."""
    char = HashingVectorizer(
        analyzer="char_wb",
        ngram_range=config.char_ngram,
        n_features=1 << config.char_bits,
        alternate_sign=False,
    )
    word = HashingVectorizer(
        analyzer="word",
        ngram_range=config.word_ngram,
        token_pattern=r"(?u)\b\w+\b",
        n_features=1 << config.word_bits,
        alternate_sign=False,
    )
    return sp.hstack([char.transform(texts), word.transform(texts)]).tocsr()


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=4))
def test_rows_equal_scikit_learn_hashing(texts: list[str]) -> None:
    featurizer = Featurizer(SMALL)
    ours = featurizer.transform(texts, [{}] * len(texts))
    width = (1 << SMALL.char_bits) + (1 << SMALL.word_bits)
    np.testing.assert_allclose(
        ours[:, :width].toarray(), _reference(SMALL, texts).toarray(), rtol=1e-6, atol=1e-6
    )


def test_a_comment_gets_the_same_row_alone_and_after_others() -> None:
    featurizer = Featurizer(SMALL)
    text = "t'es nul  nul\tnul, vraiment nul"
    alone = featurizer.transform([text], [{}]).toarray()
    featurizer.transform(["nul " * 50, "vraiment", "t'es"], [{}] * 3)  # warms the word cache
    again = featurizer.transform([text], [{}]).toarray()
    assert np.array_equal(alone, again)
