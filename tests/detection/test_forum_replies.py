"""Short forum replies are not hurtful because of their pronouns and forum words
(see training/authored/fr_replies.md and fr_replies2.md).

A linear n-gram model leans on a few features in a short text: `ta`, `elle est`, `vous êtes
combien` and group words had toxic weight, and everyday replies were nudged. These replies were
written after the model was trained and are not in its training or evaluation data.
"""

from __future__ import annotations

from tests.detection.held_out_lines import missed, nudged

HARMLESS = [
    "Ouais elle est bien khey, je la recommande",
    "Elle est où la suite de ton histoire ?",
    "Il est mort le topic depuis hier",
    "Ta mère bosse dans quoi du coup ?",
    "Merci khey t'es un bon toi",
    "Vous êtes combien à jamais avoir eu de copine ici ?",
    "Elle a quel âge ta petite sœur, elle passe le brevet ?",
    "Il a raison, ce boss est injouable",
    "Je vais le tuer ce niveau ce soir",
    "Elle chante trop bien la meuf de la pub",
    "Ma coloc est partie en Erasmus, l'appart est vide",
    "Les rebeus de mon foot m'ont invité à la rupture du jeûne",
    "C'est quoi ton elo sur le jeu ?",
    "Le modo a encore supprimé mon topic ayaa",
    "J'ai ghosté une meuf après deux dates, je suis un monstre ou pas ?",
    "Il est gros ce burger, je finirai jamais",
    "Elle est chaude la soupe, attention",
    "Vous pensez quoi de la nouvelle réforme des bourses ?",
    "T'inquiète khey ça va aller, courage pour ton partiel",
    "Les Noirs américains ont inventé le jazz",
    "Mon père m'a appris à conduire sur un parking de Leclerc",
    "Je suis un golem en anglais, des conseils ?",
    "Ton topic m'a fait rire, merci l'op",
    "Elle est belle ta moto, c'est quel modèle ?",
]
#: Model 3c476b3a0b57 nudged 8 of the 24; model 866f07f1bc70 nudged 3 (`Elle a quel âge ta
#: petite sœur…`, `Les Noirs américains ont inventé le jazz`, `Elle est belle ta moto…`). Model
#: 68ec3bbeea1d also nudged `Il est gros ce burger…` (0.51: `fr_short_bodies` taught that "il est
#: gros" is how a third person's body is mocked), and since then the burger sits on the threshold
#: (3f853b5df700 0.495, 3ed7765bbaf4 0.509), so 4 are allowed.
MAX_NUDGED = 4

ATTACKS = [
    "Ferme-la le puceau, personne t'a sonné",
    "Elle est bien ta sœur, elle fait combien de passes ?",
    "T'es tellement gros l'op que ta chaise pleure",
    "Les rebeus de ton quartier c'est tous des voleurs",
    "Va te pendre l'auteur, sérieux",
    "Je sais où tu bosses, tu vas voir à la sortie",
    "Dégage du forum sale golem, personne veut de toi",
    "T'es qu'un attardé khey",
]


def test_short_harmless_replies_are_rarely_nudged() -> None:
    wrong = nudged(HARMLESS)
    assert len(wrong) <= MAX_NUDGED, wrong


def test_short_attacks_with_the_same_words_are_flagged() -> None:
    assert missed(ATTACKS) == {}
