"""Every category in French and English, plain and obfuscated, against look-alike negatives."""

from __future__ import annotations

import pytest

from rempart.detection.detector import NUDGE_THRESHOLD, Detector

ATTACKS: list[tuple[str, str, str]] = [
    # (category, lang, text)
    ("insult", "fr", "t'es qu'un gros bouffon"),
    ("insult", "fr", "ferme ta gueule espèce de connard"),
    ("insult", "fr", "t'es un c.o.n.n.a.r.d"),
    ("insult", "en", "you're a pathetic loser"),
    ("insult", "en", "shut up you stupid b1tch"),
    ("identity_hate", "fr", "les musulmans sont une plaie, dehors"),
    ("identity_hate", "fr", "sale pd"),
    ("identity_hate", "en", "gay people are disgusting freaks"),
    ("identity_hate", "en", "immigrants are rats infesting our cities"),
    ("threat", "fr", "je vais te retrouver et te casser les dents"),
    ("threat", "fr", "j'espère que tu vas crever"),
    ("threat", "en", "I'm going to find you and beat you up"),
    ("sexual_harassment", "fr", "envoie des nudes sinon je balance tout"),
    ("sexual_harassment", "en", "send nudes or I'll share your pics"),
    ("self_harm_incitement", "fr", "va te pendre"),
    ("self_harm_incitement", "fr", "personne te regretterait si tu disparaissais"),
    ("self_harm_incitement", "en", "kys nobody would miss you"),
    ("doxxing", "fr", "je balance ton num sur le groupe : 06 12 34 56 78"),
    ("doxxing", "en", "her address is 44 Elm Street, go pay her a visit"),
    ("body_shaming", "fr", "sale grosse baleine"),
    ("body_shaming", "en", "you're so fat and ugly"),
    ("exclusion", "fr", "personne lui parle à partir de demain"),
    ("exclusion", "en", "nobody invite him to the party"),
]

HARD_NEGATIVES: list[tuple[str, str]] = [
    ("fr", "putain que c'est beau"),
    ("fr", "je vais t'éclater au foot demain 😂"),
    ("fr", "laissez-la tranquille, c'est du harcèlement"),
    ("fr", "quelqu'un m'a écrit de me tuer, qu'est-ce que je dois faire ?"),
    ("fr", "ptn j'ai encore raté mon bus"),
    ("fr", "je respecte les musulmans et leur foi"),
    ("fr", "on a accueilli une famille de réfugiés dans notre village"),
    ("en", "fucking hell this song is amazing"),
    ("en", "leave her alone, this is bullying"),
    ("en", "someone told me to kill myself, what should I do?"),
    ("en", "I'm a proud gay man"),
    ("en", "great video, thanks for sharing"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector.default()


@pytest.mark.parametrize(("category", "lang", "text"), ATTACKS)
def test_attack_is_flagged_in_its_category(
    detector: Detector, category: str, lang: str, text: str
) -> None:
    a = detector.score(text)
    assert a.language == lang
    assert a.toxicity >= NUDGE_THRESHOLD, a
    assert a.scores[category] >= 0.3, a


@pytest.mark.parametrize(("lang", "text"), HARD_NEGATIVES)
def test_hard_negative_is_not_flagged(detector: Detector, lang: str, text: str) -> None:
    a = detector.score(text)
    assert a.language == lang
    assert a.toxicity < NUDGE_THRESHOLD, a


def test_attacks_outrank_hard_negatives_per_language(detector: Detector) -> None:
    for lang in ("fr", "en"):
        worst_attack = min(detector.score(t).toxicity for _, lg, t in ATTACKS if lg == lang)
        best_negative = max(detector.score(t).toxicity for lg, t in HARD_NEGATIVES if lg == lang)
        assert worst_attack > best_negative, lang
