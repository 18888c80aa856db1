"""The Detector: hard negatives stay low, attacks score high, spans, batching, determinism."""

from __future__ import annotations

import pytest

from rempart.detection.categories import CATEGORIES
from rempart.detection.detector import (
    _NOT_A_REASON,
    NUDGE_THRESHOLD,
    Assessment,
    Detector,
    Scorer,
    severity_of,
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector.default()


@pytest.mark.parametrize(
    "text",
    [
        "putain que c'est beau",
        "je vais t'éclater au foot demain 😂",
        "laissez-la tranquille, c'est du harcèlement",
        "quelqu'un m'a écrit de me tuer, qu'est-ce que je dois faire ?",
        "Bonjour à tous, super vidéo !",
    ],
)
def test_hard_negatives_score_low(detector: Detector, text: str) -> None:
    a = detector.score(text)
    assert a.toxicity < NUDGE_THRESHOLD, a
    assert a.severity == "none"
    assert a.top_category() is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("t'es qu'une grosse merde", "insult"),
        ("va te pendre", "self_harm_incitement"),
        ("je sais où tu habites, 12 rue des Lilas", "doxxing"),
    ],
)
def test_attacks_score_high_in_the_right_category(
    detector: Detector, text: str, category: str
) -> None:
    a = detector.score(text)
    assert a.toxicity >= NUDGE_THRESHOLD, a
    assert a.scores[category] >= NUDGE_THRESHOLD, a
    assert a.severity in ("medium", "high")


def test_address_is_also_a_threat_or_doxxing(detector: Detector) -> None:
    a = detector.score("je sais où tu habites, 12 rue des Lilas")
    assert a.top_category() in ("doxxing", "threat")


def test_assessment_has_every_category_and_a_language(detector: Detector) -> None:
    a = detector.score("t'es qu'une grosse merde")
    assert set(a.scores) == set(CATEGORIES)
    assert all(0.0 <= v <= 1.0 for v in a.scores.values())
    assert a.language == "fr"
    assert detector.score("you are a pathetic loser").language == "en"
    assert a.model_version.startswith("rempart-linear-")


@pytest.mark.parametrize(
    "text", ["personne ne lui parle demain", "les arabes sont les bienvenus ici", "sale pute"]
)
def test_no_category_exceeds_the_overall_score(detector: Detector, text: str) -> None:
    a = detector.score(text)
    assert all(v <= a.toxicity for v in a.scores.values()), a
    if a.top_category() is not None:
        assert a.severity != "none"


def test_spans_point_into_the_original_text(detector: Detector) -> None:
    text = "Franchement t'es qu'une GROSSE M3RDE 💩"
    a = detector.score(text)
    assert a.spans, a
    for span in a.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.category in CATEGORIES
    assert any("M3RDE" in text[s.start : s.end] for s in a.spans)


def test_score_many_equals_score(detector: Detector) -> None:
    texts = ["va te pendre", "super vidéo", "you are trash", "", "   ", "🙂"]
    batch = detector.score_many(texts)
    assert batch == [detector.score(t) for t in texts]
    assert detector.score_many([]) == []


def test_given_language_is_used(detector: Detector) -> None:
    assert detector.score("ok", lang="en").language == "en"
    assert detector.score_many(["ok"], ["fr"])[0].language == "fr"
    assert detector.score("ok", lang="FR-fr").language == "fr"
    assert detector.score("va te pendre", lang="de").language == "other"
    with pytest.raises(ValueError):
        detector.score_many(["a", "b"], ["fr"])


def test_very_long_comment_is_judged_on_its_beginning(detector: Detector) -> None:
    text = "va te pendre " + "bla " * 20_000
    a = detector.score(text)
    assert a.scores["self_harm_incitement"] >= NUDGE_THRESHOLD
    assert all(s.end <= len(text) for s in a.spans)


def test_scoring_is_deterministic_and_default_is_cached(detector: Detector) -> None:
    assert Detector.default() is detector
    assert detector.score("sale pute") == detector.score("sale pute")


def test_detector_is_a_scorer(detector: Detector) -> None:
    scorer: Scorer = detector
    assert isinstance(scorer.score("x"), Assessment)


def test_severity_bands() -> None:
    quiet = dict.fromkeys(CATEGORIES, 0.0)
    assert severity_of(0.1, quiet) == "none"
    assert severity_of(0.55, quiet) == "low"
    assert severity_of(0.8, quiet) == "medium"
    assert severity_of(0.99, quiet) == "high"
    assert severity_of(0.55, quiet | {"threat": 0.9}) == "high"
    assert severity_of(0.3, quiet | {"threat": 0.9}) == "none"


def test_function_words_are_never_shown_as_the_reason(detector: Detector) -> None:
    # The model weighs `quel`, `ta`, `tes`, `ils` (attacks address people), but an author told
    # that `quel` is the problem learns nothing: such words are never returned as spans.
    texts = [
        "Elle a quel âge ta sœur ?",
        "Tes potes et toi vous êtes tous des tocards",
        "Ils sont tous pareils avec leur religion de merde",
    ]
    assessments = [detector.score(t) for t in texts]
    assert all(a.severity != "none" for a in assessments), assessments
    terms = {s.term for a in assessments for s in a.spans}
    assert not terms & _NOT_A_REASON, terms
