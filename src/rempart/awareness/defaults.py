# ruff: noqa: E501  (data: each sentence stays on one line so translators can compare them)
"""Seed data of the awareness pages: the default quiz, the helplines, the demo campaign (data only).

The migration that creates the awareness tables inserts ``DEFAULT_QUIZ`` and ``HELPLINES``; an admin
corrects them afterwards through the database (they are data, not code).
"""

from __future__ import annotations

from typing import Any, Final

from rempart.awareness.enums import WEEKDAYS

DEFAULT_QUIZ_ID: Final = "online-safety"

DEFAULT_QUIZ: Final[dict[str, str]] = {
    "id": DEFAULT_QUIZ_ID,
    "title_fr": "Quiz : les bons réflexes en ligne",
    "title_en": "Quiz: the right moves online",
    "intro_fr": "8 questions pour reconnaître le cyberharcèlement, savoir quoi faire et utiliser les "
    "outils qui protègent. Tes réponses sont anonymes.",
    "intro_en": "8 questions on spotting cyber-harassment, knowing what to do and using the tools "
    "that protect you. Your answers are anonymous.",
}


def _choice(text_fr: str, text_en: str, explanation_fr: str, explanation_en: str) -> dict[str, str]:
    return {"text_fr": text_fr, "text_en": text_en,
            "explanation_fr": explanation_fr, "explanation_en": explanation_en}


#: (topic, prompt_fr, prompt_en, correct index, choices), written for 11–17-year-olds.
DEFAULT_QUESTIONS: Final[tuple[tuple[str, str, str, int, tuple[dict[str, str], ...]], ...]] = (
    ("recognise",
     "Dans le groupe de la classe, des élèves se moquent chaque jour de la même personne avec des surnoms et des stickers. C'est…",
     "In the class group chat, some students make fun of the same person every day with nicknames and stickers. This is…",
     1,
     (_choice("Juste de l'humour entre potes.", "Just a joke between friends.",
              "Si une seule personne est visée et que ça recommence, ce n'est plus une blague : ça fait mal.",
              "When the same person is targeted again and again, it is no longer a joke: it hurts."),
      _choice("Du cyberharcèlement : des moqueries répétées contre une personne.",
              "Cyber-harassment: repeated mockery aimed at one person.",
              "Oui. Des propos blessants répétés contre quelqu'un, c'est du harcèlement, et c'est puni par la loi.",
              "Yes. Repeated hurtful messages against someone are harassment, and it is against the law."),
      _choice("Pas grave tant que personne ne l'insulte directement.",
              "Not serious as long as nobody insults them directly.",
              "Les surnoms, les stickers moqueurs et l'exclusion blessent autant qu'une insulte.",
              "Nicknames, mocking stickers and being left out hurt as much as an insult."))),
    ("group_harassment",
     "Un influenceur demande à ses abonnés d'aller « tous commenter » sous la vidéo d'une personne pour se moquer d'elle. Des centaines de messages arrivent en une heure. C'est…",
     "An influencer asks their followers to \"all go and comment\" under someone's video to mock them. Hundreds of messages arrive within an hour. This is…",
     0,
     (_choice("Un raid : du harcèlement en groupe, même si chacun n'a écrit qu'un message.",
              "A raid: group harassment, even if each person wrote only one message.",
              "Exact. Participer à un harcèlement en meute est du harcèlement, même avec un seul message.",
              "Right. Taking part in a pile-on is harassment, even with a single message."),
      _choice("Pas du harcèlement, puisque chacun n'a envoyé qu'un seul message.",
              "Not harassment, since each person only sent one message.",
              "Faux : pour la personne visée, ce sont des centaines de messages. Chaque participant est responsable.",
              "Wrong: for the target it is hundreds of messages. Every participant is responsible."),
      _choice("Un débat normal entre internautes.", "A normal debate between users.",
              "Un débat porte sur des idées. Ici, on attaque une personne à plusieurs.",
              "A debate is about ideas. Here, many people gang up on one person."))),
    ("intimate_images",
     "Quelqu'un t'envoie une photo intime d'une personne de ta classe. Que fais-tu ?",
     "Someone sends you an intimate photo of a person in your class. What do you do?",
     2,
     (_choice("Je la transfère à des amis pour savoir si c'est vrai.",
              "I forward it to friends to find out if it's real.",
              "Non : partager l'image intime de quelqu'un sans son accord est interdit, encore plus quand c'est un·e mineur·e.",
              "No: sharing someone's intimate image without their consent is illegal, even more so when they are a minor."),
      _choice("Je la supprime et je n'en parle à personne.",
              "I delete it and tell nobody.",
              "Bien de ne pas la partager, mais la personne a besoin d'aide pour que l'image disparaisse.",
              "Good not to share it, but the person needs help to get the image taken down."),
      _choice("Je ne la partage pas, je la signale à la plateforme et j'en parle à un adulte ou au 3018.",
              "I don't share it, I report it to the platform and tell an adult or a helpline.",
              "Oui. Ne la fais jamais circuler. Le 3018 peut aider à faire retirer l'image très vite.",
              "Yes. Never pass it on. A helpline (3018 in France) can help get the image removed quickly."))),
    ("react",
     "Tu reçois des messages blessants d'un compte que tu ne connais pas. Quelle est la meilleure première réaction ?",
     "You get hurtful messages from an account you don't know. What is the best first move?",
     1,
     (_choice("Répondre sur le même ton pour qu'il arrête.", "Reply in the same tone so they stop.",
              "Répondre donne souvent envie au harceleur de continuer, et tes messages pourraient se retourner contre toi.",
              "Replying often makes the harasser keep going, and your messages could be used against you."),
      _choice("Ne pas répondre, faire des captures d'écran, puis bloquer et signaler le compte.",
              "Don't reply, take screenshots, then block and report the account.",
              "Oui. Les captures (avec la date et le nom du compte) sont des preuves ; bloquer et signaler arrête le contact.",
              "Yes. Screenshots (with the date and the account name) are evidence; blocking and reporting stop the contact."),
      _choice("Supprimer tous les messages pour ne plus les voir.",
              "Delete all the messages so you don't see them any more.",
              "Compréhensible, mais sans preuves, il est plus difficile d'obtenir de l'aide. Fais des captures d'abord.",
              "Understandable, but without evidence it is harder to get help. Take screenshots first."))),
    ("get_help",
     "Tu es harcelé·e en ligne et tu n'oses pas en parler à tes parents. Que peux-tu faire ?",
     "You are being harassed online and don't dare tell your parents. What can you do?",
     0,
     (_choice("En parler à un adulte de confiance (prof, CPE, infirmier·e) ou appeler le 3018, gratuit, anonyme et confidentiel.",
              "Talk to a trusted adult (a teacher, the school nurse) or call a helpline: free and confidential.",
              "Oui. Tu n'as pas à gérer ça seul·e. Au 3018, des pros t'écoutent, tous les jours, par téléphone ou par tchat.",
              "Yes. You don't have to deal with it alone. Helplines have trained people who listen, by phone or chat."),
      _choice("Attendre que ça passe tout seul.", "Wait for it to stop on its own.",
              "Le harcèlement s'arrête rarement tout seul. En parler, c'est déjà commencer à le faire cesser.",
              "Harassment rarely stops on its own. Talking about it is the first step to ending it."),
      _choice("Régler ça seul·e en menaçant le harceleur.", "Sort it out alone by threatening the harasser.",
              "Menacer est aussi interdit et peut se retourner contre toi. Demande de l'aide.",
              "Threats are against the rules too and can backfire on you. Ask for help."))),
    ("reconsider_prompt",
     "Avant que tu publies un commentaire, l'appli affiche : « Ce commentaire pourrait blesser. Veux-tu le modifier ? » Ça veut dire…",
     "Before you post a comment, the app shows: \"This comment may be hurtful. Do you want to edit it?\" It means…",
     2,
     (_choice("Que ton compte est bloqué.", "That your account is blocked.",
              "Non, rien n'est bloqué : c'est juste un moment pour réfléchir.",
              "No, nothing is blocked: it's just a moment to think."),
      _choice("Que ton commentaire a été signalé à la police.", "That your comment was reported to the police.",
              "Non. Le message reste entre toi et l'appli tant que tu n'as rien publié.",
              "No. The message stays between you and the app until you post."),
      _choice("Que ton commentaire risque d'enfreindre une règle : tu peux le modifier, le supprimer ou le publier quand même.",
              "That your comment may break a rule: you can edit it, delete it or post it anyway.",
              "Oui. Sur une grande plateforme vidéo, 4 personnes sur 10 modifient ou retirent leur message après ce rappel.",
              "Yes. On a large video platform, 4 in 10 people edit or withdraw their comment after this reminder."))),
    ("safety_tools",
     "Pendant un raid, une créatrice reçoit des dizaines de commentaires haineux par minute. Quel outil l'aide le plus vite ?",
     "During a raid, a creator gets dozens of hateful comments a minute. Which tool helps her fastest?",
     0,
     (_choice("Filtrer tous les commentaires (rien ne s'affiche sans son accord), puis bloquer et signaler les comptes en masse.",
              "Filter all comments (nothing appears without her approval), then block and report the accounts in bulk.",
              "Oui. Le filtre arrête le flot tout de suite, et les actions groupées traitent jusqu'à 100 comptes d'un coup.",
              "Yes. The filter stops the flood at once, and bulk actions handle up to 100 accounts at a time."),
      _choice("Répondre à chaque commentaire un par un.", "Reply to every comment one by one.",
              "C'est épuisant et ça nourrit le raid. Les outils de filtre et d'action groupée sont faits pour ça.",
              "It's exhausting and feeds the raid. Filters and bulk actions are made for this."),
      _choice("Supprimer son compte pour toujours.", "Delete her account for good.",
              "Elle n'a pas à disparaître : ce sont les harceleurs qui sont en faute. Les outils la protègent.",
              "She shouldn't have to disappear: the harassers are in the wrong. The tools protect her."))),
    ("restrict",
     "Un camarade laisse sans arrêt des remarques méchantes sous tes posts. Tu veux le mettre à distance sans le bloquer complètement. Quel outil ?",
     "A classmate keeps leaving mean remarks under your posts. You want to keep him at a distance without blocking him completely. Which tool?",
     1,
     (_choice("Publier son nom pour que tout le monde le bloque.", "Post his name so everyone blocks him.",
              "Non : ça peut lancer un harcèlement en groupe contre lui. Utilise plutôt les outils et signale.",
              "No: that can start a pile-on against him. Use the tools and report instead."),
      _choice("Le restreindre : ses commentaires n'apparaissent plus pour les autres tant que tu ne les approuves pas.",
              "Restrict him: his comments no longer appear to others unless you approve them.",
              "Oui. Restreindre te protège sans couper tout contact. Si ça continue, bloque et signale.",
              "Yes. Restricting protects you without cutting all contact. If it goes on, block and report."),
      _choice("Lui envoyer un message pour le menacer.", "Send him a threatening message.",
              "Menacer quelqu'un est interdit, même pour se défendre. Garde des preuves et demande de l'aide.",
              "Threatening someone is against the rules, even to defend yourself. Keep evidence and ask for help."))),
)

#: The helplines seeded at installation. Hours are data: correct them when the line publishes new ones.
HELPLINES: Final[tuple[dict[str, Any], ...]] = (
    {
        "id": "fr-3018",
        "country": "FR",
        "position": 0,
        "name": "3018",
        "number": "3018",
        "description_fr": "Le numéro national contre le harcèlement et les violences numériques chez les "
        "jeunes (association e-Enfance). Écoute, conseils, et aide pour faire retirer des contenus.",
        "description_en": "France's national number against harassment and online violence among young "
        "people (e-Enfance). Listening, advice, and help to get content taken down.",
        "free": True,
        "anonymous": True,
        "confidential": True,
        "languages": ["fr"],
        "channels": [
            {"kind": "phone", "label": "3018", "value": "3018", "url": "tel:3018"},
            {"kind": "chat", "label": "Tchat sur 3018.fr", "value": None, "url": "https://www.3018.fr/"},
            {"kind": "messaging", "label": "WhatsApp, Messenger", "value": None,
             "url": "https://www.3018.fr/"},
            {"kind": "app", "label": "Application 3018", "value": None, "url": "https://www.3018.fr/"},
            {"kind": "website", "label": "e-enfance.org", "value": None, "url": "https://e-enfance.org/"},
        ],
        "timezone": "Europe/Paris",
        # The campaign's seed document gave Monday–Saturday 9:00–20:00; the current published hours
        # are every day 9:00–23:00, which is what is stored. Correct the row if the line changes them.
        "hours": [{"days": list(WEEKDAYS), "opens": "09:00", "closes": "23:00"}],
        "source_note": "Seed document: Monday–Saturday 9:00–20:00. Current published hours: every day "
        "9:00–23:00 (Europe/Paris). Re-check on 3018.fr before each campaign.",
    },
    {
        "id": "gb-childline",
        "country": "GB",
        "position": 0,
        "name": "Childline",
        "number": "0800 1111",
        "description_fr": "Exemple de ligne en anglais : la ligne d'écoute britannique pour les moins de "
        "19 ans (NSPCC). Vérifiez ses horaires avant de l'afficher en production.",
        "description_en": "English-language example: the UK helpline for anyone under 19 (NSPCC). "
        "Verify its hours before featuring it in production.",
        "free": True,
        "anonymous": True,
        "confidential": True,
        "languages": ["en"],
        "channels": [
            {"kind": "phone", "label": "0800 1111", "value": "0800 1111", "url": "tel:08001111"},
            {"kind": "chat", "label": "1-2-1 counsellor chat", "value": None,
             "url": "https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/"},
            {"kind": "website", "label": "childline.org.uk", "value": None,
             "url": "https://www.childline.org.uk/"},
        ],
        "timezone": "Europe/London",
        "hours": [{"days": list(WEEKDAYS), "opens": "00:00", "closes": "24:00"}],
        "source_note": "Example entry: Childline publishes its phone line as free, confidential and "
        "open 24 hours a day; re-check childline.org.uk (chat hours may differ) before relying on it.",
    },
)

DEMO_CAMPAIGN_SLUG: Final = "demo-ensemble-contre-le-harcelement"

#: The campaign ``rempart demo`` features on the Discover tab (dates are set relative to now).
DEMO_CAMPAIGN: Final[dict[str, Any]] = {
    "slug": DEMO_CAMPAIGN_SLUG,
    "title_fr": "Ensemble contre le cyberharcèlement",
    "title_en": "Together against cyber-harassment",
    "description_fr": "Un témoignage, un clip de 30 secondes et un quiz de 8 questions pour savoir "
    "quoi faire si ça t'arrive, ou si ça arrive à quelqu'un autour de toi. Besoin d'en parler ? "
    "Appelle le 3018, c'est gratuit, anonyme et confidentiel.",
    "description_en": "A testimonial, a 30-second clip and an 8-question quiz on what to do if it "
    "happens to you, or to someone around you. Need to talk? Call a helpline: it's free and "
    "confidential.",
    "placement": "discover",
    "priority": 10,
    "media": [
        {"kind": "testimonial_video", "url": "https://video.example/rempart/temoignage-lea",
         "caption_fr": "Léa, 16 ans, raconte le raid qu'elle a subi et comment elle s'en est sortie.",
         "caption_en": "Léa, 16, tells how she lived through a raid and how she got through it."},
        {"kind": "awareness_clip", "url": "https://video.example/rempart/clip-bons-reflexes",
         "caption_fr": "Ne réponds pas, garde des preuves, bloque, signale, parles-en.",
         "caption_en": "Don't reply, keep evidence, block, report, talk about it."},
    ],
    "quiz_id": DEFAULT_QUIZ_ID,
    "helpline_id": "fr-3018",
}
