"""The believable French demo world that ``rempart demo`` seeds (data only, no logic)."""

from __future__ import annotations

from typing import Final

CREATOR: Final = ("lea_dessine", "Léa Dessine", "adult")

CONTENTS: Final = (
    ("vid-portrait-manga", "Dessiner un portrait manga en 10 minutes",
     "https://video.example/lea/portrait-manga"),
    ("vid-aquarelle-debutant", "Aquarelle : les bases pour débuter",
     "https://video.example/lea/aquarelle"),
    ("vid-vlog-harcelement", "Mon histoire : le harcèlement au collège",
     "https://video.example/lea/mon-histoire"),
)

COMMENTERS: Final = (
    ("tom_92", "Tom", "13_15"),
    ("ines.art", "Inès", "16_17"),
    ("maxime_b", "Maxime", "adult"),
    ("chloe_lm", "Chloé", "13_15"),
    ("yanis_off", "Yanis", "16_17"),
    ("sarah_k", "Sarah", "adult"),
    ("nathan_gaming", "Nathan", "13_15"),
    ("jade.m", "Jade", "16_17"),
    ("lucas_dz", "Lucas", "adult"),
    ("troll_du_93", "troll_du_93", None),
    ("anonyme_4521", "anonyme_4521", None),
    ("kevin_x", "kevin_x", "16_17"),
)

#: (external id, content, author, text): mostly ordinary comments, a few hurtful ones.
COMMENTS: Final = (
    ("demo-001", "vid-portrait-manga", "tom_92", "Trop stylé le portrait, tu peux faire Naruto la prochaine fois ?"),
    ("demo-002", "vid-portrait-manga", "ines.art", "Merci pour l'astuce des yeux, j'ai enfin réussi !"),
    ("demo-003", "vid-portrait-manga", "maxime_b", "Quel crayon tu utilises pour les ombres ?"),
    ("demo-004", "vid-portrait-manga", "chloe_lm", "ptdr le chat qui passe devant la caméra à 3:12 😂"),
    ("demo-005", "vid-portrait-manga", "troll_du_93", "t'es vraiment qu'une grosse merde, arrête de dessiner"),
    ("demo-006", "vid-portrait-manga", "nathan_gaming", "putain que c'est beau, abonné direct"),
    ("demo-007", "vid-aquarelle-debutant", "sarah_k", "Super clair, j'ai commandé le papier que tu conseilles."),
    ("demo-008", "vid-aquarelle-debutant", "jade.m", "Ça m'a donné envie de reprendre la peinture ❤️"),
    ("demo-009", "vid-aquarelle-debutant", "anonyme_4521", "grosse vache va, personne veut voir ta tête"),
    ("demo-010", "vid-aquarelle-debutant", "yanis_off", "Je vais t'éclater au concours de dessin demain 😂"),
    ("demo-011", "vid-aquarelle-debutant", "lucas_dz", "Tu pourrais montrer comment faire un ciel de coucher de soleil ?"),
    ("demo-012", "vid-vlog-harcelement", "ines.art", "Merci d'en parler, ça m'est arrivé aussi en 5e."),
    ("demo-013", "vid-vlog-harcelement", "kevin_x", "va te pendre personne te regrettera"),
    ("demo-014", "vid-vlog-harcelement", "chloe_lm", "Laissez-la tranquille, c'est du harcèlement ce que vous faites."),
    ("demo-015", "vid-vlog-harcelement", "sarah_k", "Pour celles et ceux qui vivent ça : le 3018, c'est gratuit et anonyme."),
    ("demo-016", "vid-vlog-harcelement", "troll_du_93", "je sais où t'habites, fais gaffe à toi"),
    ("demo-017", "vid-vlog-harcelement", "maxime_b", "Courage Léa, t'es une source d'inspiration."),
    ("demo-018", "vid-vlog-harcelement", "tom_92", "Quelqu'un m'a écrit de me tuer la semaine dernière, je fais quoi ?"),
    ("demo-019", "vid-portrait-manga", "jade.m", "Tu dessines depuis combien de temps ?"),
    ("demo-020", "vid-aquarelle-debutant", "nathan_gaming", "mdr j'ai essayé et on dirait une patate mais c'était drôle"),
)

MODERATION_TEAM: Final = "Équipe de modération"
TRUSTED_FLAGGER_ORG: Final = "e-Enfance / 3018"
