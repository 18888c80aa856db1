"""Everyday sentences are not hurtful because of their words (see training/authored/fr_everyday.md).

Rivers, trains, neighbours of any origin and family news once scored as toxic: the public tweet
corpora and the templated authored files had given ordinary words toxic weight. These sentences
were written after the model was trained and are not in its training data.
"""

from __future__ import annotations

from tests.detection.held_out_lines import missed, nudged

HARMLESS = [
    "Le Rhône a débordé à Valence cette nuit",
    "Ma grand-mère fait les meilleures crêpes du monde",
    "Les pompiers ont éteint le feu de forêt près de Gap",
    "Mon fils commence le judo mercredi",
    "Elle a eu son bac avec mention très bien",
    "Ils ont ouvert une boulangerie en bas de chez moi",
    "Le TGV pour Bordeaux a 40 minutes de retard",
    "Qui regarde le Tour de France cette année ?",
    "Une réfugiée syrienne a ouvert une épicerie dans mon quartier",
    "Les musulmans du quartier ont organisé une collecte pour les sans-abri",
    "Mon voisin turc m'a appris à faire du café à l'ancienne",
    "Le tribunal a condamné le chauffard à deux ans de prison",
    "Un adolescent a été retrouvé sain et sauf après trois jours de recherches",
    "Le frigo fait un bruit bizarre depuis hier",
    "La Garonne est magnifique au coucher du soleil",
    "Le concert de samedi est complet",
    "J'ai adopté un chat noir au refuge",
    "Les filles de mon équipe ont gagné le tournoi de handball",
    "Les Gitans du camping d'à côté nous ont invités au barbecue",
    "Mon coloc antillais cuisine un colombo de fou",
    "Le prof d'histoire nous a parlé de la guerre d'Algérie",
    "Il pleut des cordes à Brest, rien de nouveau",
    "Le kiné m'a dit d'arrêter la course pendant un mois",
    "Ma sœur part vivre au Québec en septembre",
    "Le match de rugby a été reporté à cause de l'orage",
]
ATTACKS = [
    "Ton frigo est plus intelligent que toi",
    "Les Turcs c'est tous des magouilleurs",
    "Va te noyer dans la Garonne",
    "Ta grand-mère aurait honte de toi, sale rat",
    "Les Gitans c'est des voleurs de poules, faut les dégager",
    "Toi au judo ? Avec ton gros bide tu roulerais sur le tapis",
    "Personne te veut dans l'équipe, casse-toi",
]


def test_everyday_sentences_are_not_nudged() -> None:
    assert nudged(HARMLESS) == {}


def test_attacks_with_the_same_everyday_words_are_flagged() -> None:
    assert missed(ATTACKS) == {}
