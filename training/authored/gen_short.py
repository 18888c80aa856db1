# ruff: noqa: E501  (data tables: one phrase per string reads better than wrapped fragments)
"""Generate short.csv: very short comments (1 to about 8 words), everyday ones and attacks alike.

Deterministic (fixed seed, standard library only): re-running rewrites the CSV identically.
See short.md for why this file exists and how it was labelled.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from pathlib import Path

SEED = 20261126
OUT = Path(__file__).with_name("short.csv")

# Everyday short comments: reactions, questions, thanks, set phrases that read as menacing or rude
# out of context but attack nobody ("on sait tous pourquoi", "la prochaine fois", "tu m'as tué").
FR_OK = [
    "Merci", "Merci beaucoup", "Merci pour l'info", "Merci pour la vidéo", "Trop bien", "Incroyable",
    "J'adore", "Génial", "Pas mal", "Bof", "Dommage", "Bien joué", "Bravo", "Top", "Magnifique",
    "Je suis d'accord", "Pas d'accord", "Exactement", "C'est vrai", "Tellement vrai", "On sait tous pourquoi",
    "On sait pourquoi", "Je sais pourquoi", "Tout le monde sait pourquoi", "On verra", "La prochaine fois",
    "Retiens-toi la prochaine fois", "La prochaine fois préviens", "C'est un cauchemar ce bug", "Quel cauchemar",
    "C'est un cauchemar", "Ce niveau est un cauchemar", "C'est un chef-d'œuvre", "Un chef-d'œuvre", "Pourquoi ?",
    "Comment ça ?", "Hâte de voir la suite", "Vivement la suite", "À demain", "Bonne soirée", "Bonne journée",
    "Première !", "Qui est là en 2026 ?", "Le son à 2:31 ?", "Mdr", "Ptdr", "Jpp", "Ah ouais", "Ok", "D'accord",
    "Pas faux", "Exact", "Bien vu", "Je comprends pas", "Quelqu'un sait ?", "Trop mignon", "Ça me tue",
    "Mort de rire", "C'est chaud", "C'est fou", "Dingue", "Énorme", "Ouf", "Respect", "Courage",
    "Force à toi", "Prends soin de toi", "Tu gères", "T'es trop fort", "T'es la meilleure", "Tu m'as tué",
    "Je suis mort", "Ça fait peur", "J'ai peur", "Flippant", "Terrifiant ce film", "Horrible cette fin",
    "Triste", "Nul ce match", "Quelle galère", "Enfin !", "Ça arrive quand ?", "Encore ?", "Sérieux ?",
    "Non mais allô", "Tout est dit", "Rien à ajouter", "Sans commentaire", "On en reparle", "À suivre", "Vu",
    "Pareil", "Moi aussi", "Pas moi", "Qui ça ?", "Ça dépend", "Peut-être", "Jamais de la vie", "Grave",
    "Carrément", "Trop stylé", "Masterclass", "Légendaire", "Il est où le lien ?", "Source ?", "C'est qui ?",
    "On attend quoi ?", "Ils ont tout cassé", "Il a tout déchiré", "Elle a tué le game", "Ça tue",
    "J'ai craqué", "Je vais craquer", "Je vais le refaire", "Je vais essayer demain", "On va les battre",
    "On va gagner", "On les aura", "Allez les bleus", "Quel match", "Quelle fin", "Quelle dinguerie",
    "Putain c'est beau", "Putain enfin", "Oh merde", "Merde alors", "Trop dur ce niveau", "Je suis nul à ce jeu",
    "Je suis trop nulle en maths", "C'est moi le boss", "Ça sent la fin", "Ça va chauffer", "Attention à toi au prochain tour",
    "Tu vas voir au prochain match", "Ton heure viendra au classement", "Je te retrouve en finale", "Personne ne l'avait vu venir",
    "Personne ne comprend", "Personne", "Rien", "Tout", "Pourquoi pas", "Et alors ?", "Et après ?",
    "Je vous l'avais dit", "On s'en doutait", "Comme d'hab", "Classique", "Toujours pareil", "Bien fait pour le méchant",
    "Il l'a mérité ce trophée", "Elle mérite tout", "Reste comme tu es", "Ne change rien", "Continue",
    "Lâche rien", "On est ensemble", "Big up", "Gros respect", "Ça c'est fait", "C'est parti",
]
EN_OK = [
    "Thanks", "Thank you so much", "Thanks for sharing", "So good", "Love it", "Amazing", "Not bad", "Meh",
    "Too bad", "Well played", "Well done", "Beautiful", "I agree", "I disagree", "Exactly", "So true",
    "We all know why", "We know why", "I know why", "Everyone knows why", "We'll see", "Next time",
    "Next time hold back", "Next time warn us", "What a nightmare", "This bug is a nightmare", "That level is a nightmare",
    "Masterpiece", "A masterpiece", "Why?", "How come?", "Can't wait for the next one", "See you tomorrow",
    "Have a nice day", "First!", "Who's here in 2026?", "Song at 2:31?", "lol", "lmao", "Oh yeah", "Ok", "Okay",
    "Fair enough", "Good point", "I don't get it", "Anyone know?", "So cute", "I'm dead", "You killed it",
    "Killed it", "This is sick", "Insane", "Legend", "GOAT", "Respect", "Stay strong", "Take care",
    "You're the best", "You're so good", "That's scary", "I'm scared", "Creepy", "Terrifying movie",
    "That ending was brutal", "Sad", "Terrible match", "Finally!", "When is it out?", "Again?", "Seriously?",
    "Say no more", "Nothing to add", "No comment", "To be continued", "Same", "Me too", "Not me", "Who?",
    "It depends", "Maybe", "No way", "Absolutely", "So stylish", "Where's the link?", "Source?", "Who is that?",
    "They destroyed it", "She slayed", "We're gonna win", "Let's go", "What a match", "What an ending",
    "Damn that's beautiful", "Holy shit finally", "Oh crap", "This level is so hard", "I suck at this game",
    "I'm terrible at maths", "Watch out next round", "See you in the finals", "Nobody saw that coming",
    "Nobody", "Nothing", "Why not", "So what?", "Told you so", "As usual", "Classic", "Same as always",
    "He earned that trophy", "Stay as you are", "Don't change", "Keep going", "Never give up", "RIP my sleep",
]
# Short attacks on a person, with their categories (as in the other authored files).
FR_ATTACKS = [
    ("Ta gueule", "insult"), ("Ferme ta gueule", "insult"), ("Ferme-la", "insult"), ("T'es nul", "insult"),
    ("T'es nulle", "insult"), ("Connard", "insult"), ("Connasse", "insult"), ("Sale con", "insult"),
    ("Pauvre type", "insult"), ("Espèce d'idiot", "insult"), ("T'es débile", "insult"), ("Abruti", "insult"),
    ("Bouffon va", "insult"), ("T'es une merde", "insult"), ("Gros naze", "insult"), ("Tocard", "insult"),
    ("Sale pute", "insult sexual_harassment"), ("Montre tes seins", "sexual_harassment"), ("Envoie des nudes", "sexual_harassment"),
    ("Je vais te tuer", "threat"), ("Je vais te défoncer", "threat"), ("Je sais où tu habites", "threat doxxing"),
    ("On va te retrouver", "threat"), ("Fais gaffe à toi à la sortie", "threat"), ("T'es mort demain", "threat"),
    ("Suicide-toi", "self_harm_incitement"), ("Tue-toi", "self_harm_incitement"),
    ("Personne ne te regrettera", "self_harm_incitement"), ("Sale grosse", "insult body_shaming"), ("T'es moche", "body_shaming"),
    ("Gros porc", "insult body_shaming"), ("Baleine", "insult body_shaming"), ("Sac d'os", "body_shaming"),
    ("Personne ne t'aime", "exclusion"), ("Dégage du groupe", "exclusion"), ("T'as pas d'amis", "exclusion"),
    ("Casse-toi d'ici", "exclusion"), ("Tout le monde te déteste", "exclusion"), ("Nique ta mère", "insult"),
    ("Fils de pute", "insult"), ("Ntm", "insult"), ("Fdp", "insult"), ("Tg", "insult"),
    ("Retourne dans ton pays", "identity_hate exclusion"), ("Sale pédé", "identity_hate insult"),
    ("Les femmes à la cuisine", "identity_hate"), ("Sale bougnoule", "identity_hate insult"),
]
EN_ATTACKS = [
    ("Shut up", "insult"), ("Shut the fuck up", "insult"), ("You're trash", "insult"), ("Idiot", "insult"),
    ("You moron", "insult"), ("Loser", "insult"), ("You suck", "insult"), ("Pathetic loser", "insult"),
    ("Dumb bitch", "insult"), ("Stupid clown", "insult"), ("Send nudes", "sexual_harassment"),
    ("Show me your tits", "sexual_harassment"), ("I'll kill you", "threat"), ("I know where you live", "threat doxxing"),
    ("You're dead tomorrow", "threat"), ("Watch your back", "threat"), ("Kill yourself", "self_harm_incitement"),
    ("Go hang yourself", "self_harm_incitement"), ("Nobody would miss you", "self_harm_incitement"),
    ("Ugly pig", "insult body_shaming"), ("Fat cow", "insult body_shaming"), ("You're ugly", "body_shaming"),
    ("Nobody likes you", "exclusion"), ("Leave the group", "exclusion"), ("You have no friends", "exclusion"),
    ("Everyone hates you", "exclusion"), ("Go back to your country", "identity_hate exclusion"),
    ("Women belong in the kitchen", "identity_hate"), ("Dirty faggot", "identity_hate insult"),
]
EMOJI_OK = ["😂", "🤣", "❤️", "👍", "🔥", "😭", "🙏", "😍", "💯", "👏", "😅", "💀"]
EMOJI_BAD = ["🤡", "🖕", "😡", "🤮", "🔪", "😂", "💀"]
PREFIX = ["", "", "", "@{h} ", "Franchement ", "Ptdr ", "Wsh ", "Bon ", "Ahah "]
PREFIX_EN = ["", "", "", "@{h} ", "Honestly ", "lol ", "Bro ", "Ok ", "Haha "]
HANDLES = ["Lina_92", "kev.du.13", "NinaGaming", "tom_off", "yasmine.b", "LeGolem77", "MaxPlays", "sarahlvs",
           "dr4gon", "Zoe.art", "Milo_Music", "JuJu", "xX_Nassim_Xx", "pauline.c", "RayanFC"]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _surface(rng: random.Random, text: str, prefixes: list[str], emoji: list[str]) -> str:
    out = rng.choice(prefixes).format(h=rng.choice(HANDLES)) + text
    roll = rng.random()
    if roll < 0.2:
        out = out.lower()
    elif roll < 0.25:
        out = out.upper()
    if rng.random() < 0.2:
        out = _strip_accents(out)
    if rng.random() < 0.3:
        out += " " + rng.choice(emoji)
    if rng.random() < 0.2:
        out += rng.choice(["", "!", " !", "...", " ?!", "!!"])
    return out


def build() -> list[tuple[str, str, str, str, str]]:
    """The rows: (text, lang, labels, kind, register)."""
    rng = random.Random(SEED)
    rows: dict[str, tuple[str, str, str, str, str]] = {}
    plans = [
        ([(p, "") for p in FR_OK], "fr", PREFIX, EMOJI_OK, 9),
        ([(p, "") for p in EN_OK], "en", PREFIX_EN, EMOJI_OK, 8),
        (FR_ATTACKS, "fr", PREFIX, EMOJI_BAD, 16),
        (EN_ATTACKS, "en", PREFIX_EN, EMOJI_BAD, 16),
    ]
    for phrases, lang, prefixes, emoji, copies in plans:
        for phrase, labels in phrases:
            kind = "attack" if labels else "neutral"
            for _ in range(copies):
                text = _surface(rng, phrase, prefixes, emoji)
                rows.setdefault(text.lower(), (text, lang, labels, kind, "short"))
    return sorted(rows.values(), key=lambda r: (r[3], r[1], r[0]))


def main() -> None:
    rows = build()
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "lang", "labels", "kind", "register"])
        writer.writerows(rows)
    kinds: dict[tuple[str, str], int] = {}
    for _, lang, _, kind, _ in rows:
        kinds[(kind, lang)] = kinds.get((kind, lang), 0) + 1
    print(len(rows), "rows", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
