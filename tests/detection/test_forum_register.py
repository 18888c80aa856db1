"""Forum posts in the 18-25 discussion-board register are judged by what they say to whom
(see training/authored/fr_jvc.md and fr_implicit.md): board slang and swearing at things are not
attacks; contempt, coded hate and exposure of a person are.

These posts were written after the model was trained and are not in its training data.
"""

from __future__ import annotations

from sklearn.metrics import roc_auc_score

from rempart.detection.detector import MEDIUM_THRESHOLD, Detector
from tests.detection.held_out_lines import missed

ATTACKS = [
    "l'op qui pleure parce que sa meuf l'a quitté, normal vu ta tête de furet khey",
    "Ce clown de streamer devrait arrêter de parler politique, il a le cerveau d'une moule",
    "sérieux les gars cette meuf sur la vidéo c'est une tchoin finie, elle mérite rien",
    "L'auteur tu sers à rien, même ta mère doit regretter de t'avoir fait ayaa",
    "Les femmes en ranked c'est un handicap pour l'équipe, qu'elles restent sur les Sims",
    "Vu son nom de famille je sais déjà d'où il vient et ce qu'il a fait :noel:",
    "Le 4 mai à 14:02 Lucie_bzh a écrit : je cherche des conseils muscu >> "
    "envoie des photos en brassière d'abord et on verra",
    "Ce type mérite qu'on lui éclate la tête contre le trottoir, je rigole pas",
    "Tout le monde signale le topic de ce bouffon, on le fait ban ce soir",
    "Il bosse au Décathlon de Villeurbanne le gars, allez lui faire coucou de ma part",
    "Les pédés qui défilent en string devant les gosses, faut les enfermer",
    "t'es tellement gros que ta photo de profil prend deux écrans mdr",
    "Franchement khey fais-nous plaisir et disparais pour de bon, personne va te pleurer",
    "Ces racailles de banlieue c'est tous des singes, renvoyez-les au bled",
    "Mdr le mec croit qu'avec son bac pro il a le droit de donner son avis, retourne à l'usine",
]
HARMLESS = [
    "Putain j'ai encore raté mon partiel de stat, je suis vraiment un golem ayaa",
    "Les kheys vous conseillez quoi comme clavier mécanique à moins de 100 balles ?",
    "Ce match de l'OM c'était une purge absolue, j'ai envie de crever de honte pour eux",
    "Arrêtez de traiter la streameuse de tchoin, elle a rien fait à personne, c'est minable",
    "Quelqu'un m'a dit de me pendre en MP après mon topic, je fais quoi, je signale ?",
    "Un homme a été poignardé à la sortie d'une boîte à Rennes, le suspect est en garde à vue",
    "Je pense que l'immigration doit être mieux régulée, mais insulter les gens ça sert à rien",
    "Le 2 juin à 20:10 Krokmou a écrit : les arabes c'est tous des voleurs >> "
    "Généraliser comme ça c'est juste du racisme, t'as jamais dû en croiser un",
    "Mon pote Hugo c'est le roi des boulets mais je l'adore, il m'a aidé à déménager tout le week-end",
    "Nique ce jeu, 3 heures sur le même boss je vais lancer ma manette par la fenêtre",
    "Ma copine veut qu'on parle contraception, vous avez des conseils pour aborder le sujet ?",
    "Je suis gros et je commence la muscu demain, des conseils pour pas abandonner ?",
    "Bordel de merde le RER B encore en panne, 1h30 pour faire 20 km",
    "La laïcité c'est pas contre les musulmans, c'est la neutralité de l'État, point",
    "Ayaa j'ai dit bonjour à la mauvaise personne dans le bus, je vais déménager :rire:",
]


def test_forum_attacks_rank_above_harmless_forum_posts() -> None:
    detector = Detector.default()
    scores = [a.toxicity for a in detector.score_many([*ATTACKS, *HARMLESS])]
    labels = [1] * len(ATTACKS) + [0] * len(HARMLESS)
    assert roc_auc_score(labels, scores) >= 0.95


def test_harmless_forum_posts_are_not_sent_to_review() -> None:
    detector = Detector.default()
    scores = {text: detector.score(text).toxicity for text in HARMLESS}
    assert max(scores.values()) < MEDIUM_THRESHOLD, scores


def test_most_forum_attacks_are_nudged() -> None:
    wrong = missed(ATTACKS)
    assert len(wrong) <= 1, wrong
