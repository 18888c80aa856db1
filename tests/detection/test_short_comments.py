"""Very short comments are judged by their words, not by their length (see training/authored/short.md).

These phrases were written after the model was trained and are not in its training data.
"""

from __future__ import annotations

from rempart.detection.detector import Detector

HARMLESS = [
    "Superbe", "Merci à toi", "On sait tous comment ça finit", "C'est la catastrophe",
    "Quel enfer ce niveau", "À la prochaine", "Trop fort", "Je le savais", "Pas terrible", "Ça craint",
    "Ça me fait peur", "Quelle horreur ce temps", "Bonne chance", "Bien dit", "Pas sûr", "J'y crois pas",
    "Trop drôle", "Génie", "On y croit", "Tu m'étonnes", "Bien sûr", "Je rigole", "Ah bon ?",
    "C'est pas faux", "Vous savez tous pourquoi", "Il sait pourquoi", "La prochaine fois peut-être",
    "Tu vas voir la suite", "I knew it", "What a disaster", "Good luck", "Well said", "Not sure",
    "Can't believe it", "So funny", "Genius", "Of course", "Just kidding", "You all know why",
    "Nightmare fuel",
]
ATTACKS = [
    "T'es qu'un déchet", "Crétin", "Sale chienne", "Va mourir", "Je vais te frapper", "T'es grosse",
    "Sale merde", "T'es un raté", "Dégage sale con", "Tu pues", "You idiot", "You're worthless",
    "I'll hurt you", "Fat loser", "Die bitch", "You're a joke", "Go die", "Stupid whore",
    "Nobody wants you here",
]


def test_short_harmless_comments_are_never_removed_and_rarely_nudged() -> None:
    detector = Detector.default()
    scores = {text: detector.score(text).toxicity for text in HARMLESS}
    assert max(scores.values()) < 0.99, scores  # the removal threshold
    assert sum(score >= 0.5 for score in scores.values()) <= 5, scores  # the nudge threshold


def test_short_attacks_are_still_flagged() -> None:
    detector = Detector.default()
    missed = [text for text in ATTACKS if detector.score(text).toxicity < 0.5]
    assert missed == []
