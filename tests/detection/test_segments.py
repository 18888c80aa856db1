"""Long comments: an attack inside a long, otherwise ordinary post stays visible (segments.py)."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from rempart.detection.detector import NUDGE_THRESHOLD, Detector
from rempart.detection.segments import LONG_COMMENT_CHARS, MAX_SENTENCES, lifted, sentence_spans

NARRATIVE = (
    "Alors je vous raconte, ce week-end on est partis camper près du lac avec mes cousins, il a "
    "plu tout le samedi mais le dimanche était magnifique et on a fait une longue balade jusqu'au "
    "refuge. Le soir on a fait des grillades et on a joué aux cartes jusqu'à minuit. "
)


def test_short_and_single_sentence_comments_are_not_split() -> None:
    assert sentence_spans("T'es nul. Vraiment.") == []
    assert sentence_spans("x" * (LONG_COMMENT_CHARS + 10)) == []


def test_sentences_are_found_with_their_offsets() -> None:
    text = NARRATIVE + "\n\nEt toi l'auteur, t'es vraiment un sale con !"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans][-1] == "Et toi l'auteur, t'es vraiment un sale con !"
    assert all(text[a:b] == text[a:b].strip() and b > a for a, b in spans)


def test_the_number_of_sentences_scored_is_bounded() -> None:
    assert len(sentence_spans("Bonjour à tous. " * 100)) == MAX_SENTENCES


@given(st.text(alphabet="ab .!?\n…", max_size=400))
def test_spans_are_ordered_slices_of_the_text(text: str) -> None:
    spans = sentence_spans(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))


def test_an_attack_after_a_long_harmless_story_is_nudged() -> None:
    detector = Detector.default()
    attack = (
        "Et toi le Breton qui commente à chaque fois, ferme ta gueule, personne te demande rien."
    )
    assert detector.score(NARRATIVE + attack).toxicity >= NUDGE_THRESHOLD


def test_a_long_harmless_story_is_not_flagged() -> None:
    detector = Detector.default()
    ending = "Bref, un super week-end, je recommande le coin à tout le monde, surtout en juin."
    assert detector.score(NARRATIVE + ending).toxicity < NUDGE_THRESHOLD


def test_a_sure_sentence_pulls_halfway_and_a_doubtful_one_less() -> None:
    whole = np.array([[0.2, 0.1], [0.2, 0.1], [0.2, 0.1], [0.6, 0.1]], dtype=np.float32)
    sentence = np.array([[1.0, 0.5]], dtype=np.float32).repeat(4, axis=0)
    overall = np.array([1.0, 0.75, 0.5, 1.0], dtype=np.float32)  # how sure each sentence is
    out = lifted(whole, sentence, [0, 1, 2, 3], overall, floor=0.5)
    np.testing.assert_allclose(out[0], [0.6, 0.3])  # halfway
    np.testing.assert_allclose(out[1], [0.4, 0.2])  # a quarter of the way
    np.testing.assert_allclose(out[2], [0.2, 0.1])  # at the nudge threshold: no pull
    np.testing.assert_allclose(out[3], [0.8, 0.3])
    # The floor is the detector's nudge threshold; a higher floor pulls less.
    stricter = lifted(whole, sentence, [0, 1, 2, 3], overall, floor=0.75)
    np.testing.assert_allclose(stricter[1], [0.2, 0.1])
    np.testing.assert_allclose(stricter[0], [0.6, 0.3])


def test_the_strongest_sentence_wins_and_nothing_is_lowered() -> None:
    whole = np.array([[0.9, 0.2]], dtype=np.float32)
    sentences = np.array([[0.1, 0.6], [0.3, 1.0]], dtype=np.float32)
    out = lifted(whole, sentences, [0, 0], np.array([1.0, 1.0], dtype=np.float32), floor=0.5)
    np.testing.assert_allclose(out[0], [0.9, 0.6])
