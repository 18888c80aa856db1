"""Politics, rants, sexual talk, groups and distress on a forum: harsh words are not attacks,
and the same subjects still carry attacks (see training/authored/fr_short_politics.md,
fr_short_rants.md, fr_short_sexual.md, fr_short_groups.md, fr_short_selfharm.md and
fr_short_mixed.md).

These lines were written after model 177095dd195f was trained and are in no training or
evaluation file (`Macron démission…`, `La vie est une pute les kheys` and `Les boomers comprennent
rien à TikTok` were quoted to the files' authors as examples not to reuse).
"""

from __future__ import annotations

from tests.detection.held_out_lines import missed, nudged

HARMLESS = [
    "Macron démission, il a ruiné le pays",
    "Ce ministre est complètement à côté de la plaque sur les loyers",
    "Encore un 49.3, putain ils se foutent de nous",
    "Le débat d'hier soir était nul, personne a répondu aux questions",
    "Je vote pas RN mais je comprends ceux qui en ont marre",
    "La réforme des retraites c'est de la merde, je manifeste jeudi",
    "La police a chargé les lycéens devant le bahut, c'est grave",
    "Les migrants qui traversent la Manche risquent leur vie",
    "La vie est une pute les kheys",
    "Ce jeu est une arnaque, 80 balles pour un patch day one",
    "Le RER A de mes couilles, encore bloqué à Nanterre",
    "Quelle semaine de merde, je suis crevé",
    "Je suis un déchet en cuisine, j'ai cramé des pâtes",
    "Ma banque m'a encore pris 20 balles de frais, bande de voleurs",
    "C'est normal d'avoir mal la première fois ? question sérieuse",
    "Mon mec veut essayer des trucs au lit, je sais pas trop quoi en penser",
    "Arrêtez de noter les filles sur 10, c'est gênant",
    "Mon ex m'a trompé, j'ai du mal à refaire confiance aux meufs",
    "Elle m'a recalé après le resto, tant pis, je retente ma chance ailleurs",
    "Les boomers comprennent rien à TikTok",
    "Les Parisiens qui klaxonnent au feu vert, j'en peux plus de cette ville",
    "Mon oncle est fonctionnaire et il bosse plus que moi, les clichés ont la vie dure",
    "Les supporters lyonnais ont mis une ambiance de fou hier soir",
    "J'ai des pensées noires depuis des semaines, vous avez appelé le 3114 déjà ?",
    "Ce partiel de droit va me tuer, trois chapitres en une nuit",
    "Un mec m'a écrit de me pendre en mp, je fais quoi ?",
    "Super soirée hier, le resto était top, seul bémol le serveur qui a renversé le vin sur ma veste",
]
#: Model 177095dd195f nudged 5 of the 27; models 68ec3bbeea1d, 3f853b5df700 and 3ed7765bbaf4
#: nudge 3 (`Encore un 49.3, putain ils se foutent de nous`, `La vie est une pute les kheys`,
#: `Les boomers comprennent rien à TikTok`). Model dba83863264a nudges 4: `Macron démission, il a
#: ruiné le pays` went back over the line (0.23 → 0.62) with fr_short_advice, fr_short_grave
#: and fr_short_confessions (0.68 trained with those three alone): small shifts of common words
#: (`il a`), no new word of the line; the same model misses none of the 17 attacks below.
#: Model 19191e775731 (with fr_short_celebs and fr_short_reactions) nudges the same 4
#: (`Macron démission…` 0.55).
MAX_NUDGED = 4

ATTACKS = [
    "Les électeurs de gauche c'est des parasites qu'il faut gazer",
    "Ce député je lui crève les pneus, je sais où il gare sa caisse",
    "Sale gauchiasse de l'op, retourne pleurer chez ta mère",
    "Un bon flic c'est un flic à l'hôpital",
    "Ce prof est un connard fini, il m'a mis 4",
    "Ta mère la pute l'op, ferme ta gueule",
    "L'op est le cancer du forum, qu'il crève",
    "Va te pendre le golem, personne te regrettera",
    "Elle a un cul à se faire défoncer la petite du topic",
    "Toutes des salopes sur Tinder, elles méritent qu'on les traite comme des chiennes",
    "Je l'ai fait boire et après elle pouvait plus dire non",
    "Envoie tes nudes ou je montre tes photos à tout ton lycée",
    "Les vieux qui votent c'est des parasites, qu'ils crèvent vite",
    "T'es bien un Marseillais toi, menteur et voleur comme les autres",
    "Personne te regrettera l'op, fais-le ce soir",
    "Bon match hier, par contre le gardien c'est un sale singe qui devrait retourner en Afrique",
    "Sympa ton topic cuisine, dommage que t'aies une gueule de thon et que personne te calcule",
]
#: Model 177095dd195f missed 2 of the 17; models 68ec3bbeea1d, 3f853b5df700 and 3ed7765bbaf4
#: miss 1 (`Je l'ai fait boire et après elle pouvait plus dire non`, about 0.3: no hurtful word,
#: the harm is in what it tells). Model dba83863264a misses none, after fr_short_confessions
#: (boasts of getting someone drunk, among others: its author did not see this line, but the
#: subject is the same, so this one no longer tests an unseen kind of attack).
MAX_MISSED = 1


def test_harsh_words_about_things_and_policies_are_rarely_nudged() -> None:
    wrong = nudged(HARMLESS)
    assert len(wrong) <= MAX_NUDGED, wrong


def test_attacks_on_the_same_subjects_are_flagged() -> None:
    wrong = missed(ATTACKS)
    assert len(wrong) <= MAX_MISSED, wrong
