"""The default community guidelines seeded at installation (an admin edits them afterwards)."""

from __future__ import annotations

from typing import Final

# (id, category, title_fr, title_en, summary_fr, summary_en)
DEFAULT_GUIDELINES: Final = (
    ("respect-insults", "insult",
     "Pas d'insultes ni d'humiliation",
     "No insults or humiliation",
     "On peut critiquer une idée ou une vidéo, pas rabaisser une personne : pas d'insultes, de moqueries ni de mépris.",
     "Criticise ideas or videos, not people: no name-calling, mockery or contempt."),
    ("hate-identity", "identity_hate",
     "Pas de haine envers un groupe",
     "No hate against a group",
     "Aucun propos haineux visant l'origine, la religion, le genre, l'orientation sexuelle, l'identité de genre ou le handicap.",
     "No hateful speech targeting origin, religion, gender, sexual orientation, gender identity or disability."),
    ("violence-threats", "threat",
     "Pas de menaces",
     "No threats",
     "Menacer quelqu'un, même « pour rire », peut faire très peur et est puni par la loi.",
     "Threatening someone, even 'as a joke', can be frightening and is against the law."),
    ("sexual-harassment", "sexual_harassment",
     "Pas de harcèlement sexuel",
     "No sexual harassment",
     "Pas de remarques sexuelles non désirées, de demandes de photos intimes ni de menaces de les diffuser.",
     "No unwanted sexual remarks, requests for intimate images, or threats to share them."),
    ("self-harm", "self_harm_incitement",
     "Ne jamais pousser quelqu'un à se faire du mal",
     "Never push anyone to hurt themselves",
     "Inciter quelqu'un à se faire du mal ou à se suicider est grave et interdit.",
     "Encouraging someone to hurt or kill themselves is serious and forbidden."),
    ("privacy-doxxing", "doxxing",
     "Respecter la vie privée",
     "Respect privacy",
     "Ne publiez pas l'adresse, le numéro, l'école ou les photos de quelqu'un sans son accord.",
     "Do not post someone's address, number, school or photos without their consent."),
    ("body-respect", "body_shaming",
     "Pas de moqueries sur le physique",
     "No mocking of appearance",
     "Se moquer du corps, du poids ou de l'apparence de quelqu'un blesse : ce n'est pas accepté ici.",
     "Mocking someone's body, weight or looks hurts: it is not accepted here."),
    ("inclusion", "exclusion",
     "Pas d'exclusion ni de harcèlement en groupe",
     "No exclusion or group harassment",
     "Appeler à mettre quelqu'un à l'écart ou à le harceler à plusieurs, c'est du harcèlement.",
     "Calling on others to shut someone out or to gang up on them is harassment."),
)

#: Where the full guidelines live when the platform does not give its own link.
DEFAULT_GUIDELINES_URL: Final = "/guidelines"
