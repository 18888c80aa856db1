# ruff: noqa: E501  (data tables: one template per string reads better than wrapped fragments)
"""Generate fr_hard_negatives.csv: French comments that look risky but attack nobody, plus paired attacks.

Deterministic (fixed seed, standard library only): re-running rewrites the CSV identically.
See fr_hard_negatives.md for what is covered and the labelling rules.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from evaluation_sets import evaluation_texts, text_key

SEED = 20261125
OUT = Path(__file__).with_name("fr_hard_negatives.csv")

# ---------------------------------------------------------------------------
# Shared fillers (the same names, games, animals, rude words appear on both sides)
# ---------------------------------------------------------------------------

NAMES = [
    "Inès", "Lucas", "Yanis", "Chloé", "Mehdi", "Léa", "Sofiane", "Camille", "Aya", "Hugo", "Jade",
    "Nassim", "Manon", "Ibrahima", "Emma", "Théo", "Fatou", "Rayan", "Sarah", "Kenza", "Mathis", "Lina",
    "Adam", "Zoé", "Moussa", "Clara", "Noah", "Wassim", "Océane", "Enzo", "Maëlys", "Bilal", "Louna",
    "Kylian", "Amira", "Tom", "Eva", "Ilyes", "Anaïs", "Samuel", "Nour", "Lou", "Jules", "Yasmine",
    "Dylan", "Awa", "Romane", "Axel", "Mélissa", "Karim", "Lilou", "Nathan", "Salomé", "Mamadou",
    "Julie", "Bastien", "Rose", "Ethan", "Soraya", "Gabriel", "Maya", "Malik", "Élise", "Timéo",
    "Assia", "Baptiste", "Naël", "Jeanne", "Kaïs", "Margot", "Ryan", "Alicia", "Sacha", "Pauline",
]
FEM_NAMES = [
    "Inès", "Chloé", "Léa", "Camille", "Aya", "Jade", "Manon", "Emma", "Fatou", "Sarah", "Kenza",
    "Lina", "Zoé", "Clara", "Océane", "Maëlys", "Louna", "Amira", "Eva", "Anaïs", "Nour", "Yasmine",
    "Awa", "Romane", "Mélissa", "Lilou", "Salomé", "Julie", "Rose", "Soraya", "Maya", "Élise", "Assia",
    "Jeanne", "Margot", "Alicia", "Pauline",
]
MASC_NAMES = [n for n in NAMES if n not in FEM_NAMES and n not in ("Camille", "Sacha", "Lou")]

FILL: dict[str, list[str]] = {
    "name": NAMES,
    "fname": FEM_NAMES,
    "mname": MASC_NAMES,
    "lol": ["mdr", "ptdr", "😂", "🤣", "lol", "xD", "jpp", "mdrrr", "ptdrrr", "😂😂", "💀", "haha", "ahah"],
    "emo": ["", "", "", "😂", "🤣", "😭", "💀", "🔥", "😅", "❤️", "🙏", "😎", "👀", "💪", "🥲", "😤",
            "🫶", "👏", "✨", "😍", "🥰", "🤝", "😂😂", "🔥🔥"],
    "pos_emo": ["", "", "❤️", "🙏", "💪", "🫶", "👏", "✨", "🥰", "🤝", "💜", "🌈"],
    "frr": ["frère", "frr", "gros", "mon reuf", "poto", "bro", "mec", "wesh", "ma gueule", "khey",
            "mon pote", "le sang", "ma sœur", "ma belle", "chacal"],
    "game": ["Mario Kart", "FIFA", "Fortnite", "Smash", "Rocket League", "Valorant", "LoL", "Among Us",
             "Uno", "Mario Party", "Brawl Stars", "Clash Royale", "Tekken", "Street Fighter", "Warzone",
             "Apex", "Just Dance", "Minecraft", "GTA", "Fall Guys", "Overwatch", "Rainbow Six", "Pokémon Unite"],
    "sport": ["au foot", "au basket", "au ping-pong", "au tennis", "à la pétanque", "aux échecs",
              "au badminton", "au hand", "au five", "au futsal", "au bowling", "au volley", "au padel"],
    "when": ["demain", "ce soir", "samedi", "dimanche", "mercredi aprem", "à la récré", "ce week-end",
             "la semaine pro", "tout à l'heure", "après les cours", "au prochain match", "lundi"],
    "team": ["l'OM", "le PSG", "Lyon", "Lens", "les Bleus", "Marseille", "Nantes", "Rennes", "Lille",
             "Sainté", "le Barça", "le Real", "Monaco", "Brest", "Toulouse"],
    "thing": ["ce son", "ce film", "ce match", "ce concert", "ce clip", "ce gâteau", "ce burger",
              "cette série", "ce jeu", "cette vidéo", "ce feat", "ce but", "cet album", "cette tenue",
              "ce tacos", "ce couscous", "cette prod", "ce freestyle", "ce couplet", "cette édit",
              "ce dessin", "ce tuto", "ce plat", "cette chorégraphie", "ce live"],
    "swear": ["putain", "ptn", "merde", "bordel", "putaiiin", "ptain", "purée", "punaise", "mince",
              "oh la vache", "bordel de merde", "putain de merde", "nom de Dieu", "sa mère", "fais chier"],
    "where": ["sur Snap", "sur Insta", "en DM", "dans le groupe de classe", "sur TikTok", "sur Discord",
              "en commentaire", "sur WhatsApp", "sous ma vidéo", "en story", "sur Twitch", "par SMS",
              "sur le serveur", "dans le chat du jeu"],
    "city": ["Lyon", "Marseille", "Lille", "Toulouse", "Nantes", "Rennes", "Bordeaux", "Montpellier",
             "Strasbourg", "Nice", "Grenoble", "Dijon", "Brest", "Rouen", "Limoges", "Metz"],
    "street": ["rue des Lilas", "rue Victor-Hugo", "avenue Jean-Jaurès", "rue de la Gare",
               "impasse des Tilleuls", "boulevard Voltaire", "rue Pasteur", "allée des Peupliers",
               "chemin du Moulin", "rue des Écoles", "place de la Mairie", "rue du Stade"],
    "num": [str(n) for n in (3, 7, 12, 14, 18, 21, 25, 33, 41, 52, 8, 2, 116, 9)],
    "school": ["le collège Jean-Moulin", "le lycée Condorcet", "le collège Pasteur", "le lycée Jules-Ferry",
               "le collège des Tilleuls", "le lycée Camus", "le lycée pro Voltaire", "le collège Brassens"],
}


def phone(rng: random.Random) -> str:
    """An invented French mobile number in the 06 12 34 56 78 style."""
    return "0" + rng.choice("67") + " " + " ".join(f"{rng.randint(10, 99)}" for _ in range(4))


def handle(rng: random.Random) -> str:
    """An invented @handle."""
    base = strip_accents(rng.choice(NAMES)).lower()
    return "@" + base + rng.choice(["", "_", ".", "__"]) + rng.choice(["", str(rng.randint(1, 99)), "off", "tv", "x"])


# ---------------------------------------------------------------------------
# Surface noise
# ---------------------------------------------------------------------------

def strip_accents(s: str) -> str:
    """Drop combining accents, as people typing fast on phones do."""
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").replace("œ", "oe")


SMS_SUBS = [
    (r"\bqu'est-ce que\b", "kesk"), (r"\bje ne sais pas\b", "jsp"), (r"\bje sais pas\b", "jsp"),
    (r"\bj'en peux plus\b", "jpp"), (r"\bt'inquiète\b", "tkt"), (r"\btkt pas\b", "tkt"),
    (r"\bc'est\b", "c"), (r"\bje suis\b", "chui"), (r"\btu es\b", "t"), (r"\bt'es\b", "t"),
    (r"\bpourquoi\b", "pk"), (r"\bbeaucoup\b", "bcp"), (r"\btoujours\b", "tjr"), (r"\baujourd'hui\b", "ajd"),
    (r"\bvraiment\b", "vrmt"), (r"\bquelqu'un\b", "qqn"), (r"\bquelque chose\b", "qqch"),
    (r"\bs'il te plaît\b", "stp"), (r"\bs'il vous plaît\b", "svp"), (r"\bparce que\b", "pcq"),
    (r"\bquoi\b", "koi"), (r"\bdemain\b", "dmn"), (r"\bavec\b", "avc"), (r"\bdans\b", "ds"),
    (r"\bfrère\b", "frr"), (r"\bbonjour\b", "bjr"), (r"\bsalut\b", "slt"), (r"\bmaintenant\b", "mtn"),
    (r"\bje t'aime\b", "jtm"), (r"\bpersonne\b", "persone"), (r"\bqu'il\b", "kil"), (r"\bque\b", "ke"),
    (r"\bqui\b", "ki"), (r"\bmoi\b", "mwa"), (r"\btoi\b", "twa"), (r"\btrop\b", "tro"),
    (r"\bcomme\b", "cm"), (r"\bpas\b", "pa"), (r"\bnormal\b", "nrml"), (r"\bmême\b", "mm"),
    (r"\bd'accord\b", "dac"), (r"\bje\b", "j"), (r"\btout\b", "tt"), (r"\btous\b", "ts"),
    (r"\bsérieux\b", "srx"), (r"\bquand\b", "qd"), (r"\bbien\b", "b1"), (r"\bputain\b", "ptn"),
]


def sms(rng: random.Random, s: str) -> str:
    """Heavy SMS spelling: each abbreviation is applied with some probability, accents mostly dropped."""
    s = s.lower()
    for pat, rep in SMS_SUBS:
        if rng.random() < 0.7:
            s = re.sub(pat, rep, s)
    s = re.sub(r"\bj ([aeiouyh])", r"j'\1", s)  # "j ai" reads wrong: keep the elision
    if rng.random() < 0.8:
        s = strip_accents(s)
    if rng.random() < 0.5:
        s = s.replace("?", "").replace("!", "").replace(",", "")
    return re.sub(r"\s+", " ", s).strip()


EXPRESSIVE = {"trop", "ouf", "mdr", "grave", "sale", "nul", "nulle", "mort", "chaud", "beau", "bien", "fort", "moche", "con",
              "pute", "gros", "grosse", "mais", "non", "oui", "stp", "vrai", "wsh", "frère", "putain", "merde", "bordel",
              "jpp", "ptdr", "dinguerie", "tuerie", "fou", "folle", "bonne", "belle", "honte", "pitié", "arrête", "dégage"}


def stretch(rng: random.Random, s: str) -> str:
    """Stretch the last vowel of an expressive or final word ("trop" -> "trooop"), a common way of insisting."""
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if w.lower().strip("!?.,") in EXPRESSIVE and re.search(r"[aeiouy]", w)]
    if not idx and words[-1].isalpha() and len(words[-1]) >= 3 and re.search(r"[aeiouy]", words[-1]):
        idx = [len(words) - 1]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    m = list(re.finditer(r"[aeiouy]", w))[-1]
    words[i] = w[: m.end()] + m.group() * rng.randint(2, 4) + w[m.end():]
    return " ".join(words)


OPENERS_TEEN = ["franchement", "sérieux", "bon", "wsh", "ah", "genre", "omg", "bref", "oh", "jure", "nan mais"]
OPENERS_ADULT = ["Honnêtement,", "Bon,", "Franchement,", "Alors,", "Sincèrement,", "Bref,"]
END_TEEN = ["!", "!!", "...", " !", ".", "?!", "!!!", " 😂", " 🙏", " ❤️", " 💀", " 😭"]
SAD = re.compile(r"disparaître|seule?\b|vide|pleure|à bout|peur|aide|harcel|menac|plainte|craque|honte|déteste|complexe|lâcher|dors plus")
END_ADULT = [".", "!", "...", " !", "."]
END_SOBER = [".", "...", " 🙏", " 😢", " 💔", "!", " 🥺", ".."]
END_ATTACK = ["!", "!!", "...", ".", "!!!", " 🤡", " 🖕", " 💀", " 😤", " 🤮", " 😂"]
TEEN_MARKERS = re.compile(r"\b(mdr|ptdr|lol|xd|jpp|wsh|frr|gros|khey|wesh|tkt|oklm|sah|ptn|bg)\b|[😂🤣💀]", re.I)


def noise(rng: random.Random, s: str, register: str, attack: bool = False, sober: bool = False) -> tuple[str, str]:
    """Apply surface messiness; may turn the text into the sms register."""
    if register == "mix":
        register = "adult" if not TEEN_MARKERS.search(s) and rng.random() < 0.3 else "teen"
    if rng.random() < 0.12 and not s.startswith(("A|",)):
        op = rng.choice(OPENERS_ADULT if register == "adult" else OPENERS_TEEN)
        s = op + " " + (s[0].lower() + s[1:] if s[:2] != "I " else s)
    if register != "adult" and rng.random() < 0.28:
        return sms(rng, s), "sms"
    if register == "teen":
        if rng.random() < 0.35:
            s = s.lower()
        if rng.random() < 0.25:
            s = strip_accents(s)
        if rng.random() < 0.12:
            s = stretch(rng, s)
        if rng.random() < 0.04:
            s = s.upper()
    else:
        if rng.random() < 0.3 and s[:1].islower():
            s = s[0].upper() + s[1:]
        if rng.random() < 0.05:
            s = strip_accents(s)
    if rng.random() < 0.07:
        s = obfuscate(rng, s)
    if s and s[-1].isalnum() and rng.random() < 0.45:
        ends = END_ATTACK if attack else END_SOBER if sober else END_TEEN if register != "adult" else END_ADULT
        s += rng.choice(ends)
    return s, register


OBFUSCATIONS = {
    "putain": ["p*tain", "put1", "p.u.t.a.i.n", "putaing", "ptnnn"], "merde": ["m3rde", "m*rde", "merdeuh", "mrd"],
    "con": ["c0n", "k0n", "kon"], "conne": ["c0nne", "konne"], "pute": ["put3", "p*te", "puuute", "p u t e"],
    "connard": ["c0nnard", "konnard", "c*nnard"], "salope": ["s4lope", "sal0pe", "s@lope"], "bordel": ["b0rdel", "bord3l"],
    "tuer": ["tu3r", "tu€r"], "tue": ["tu3"], "grosse": ["gr0sse", "grosssse"], "baleine": ["bal3ine", "b4leine"],
    "pd": ["p.d", "p d", "pédé"], "nique": ["nik", "n1que", "niq"], "chienne": ["ch1enne", "chi€nne"],
}


def obfuscate(rng: random.Random, s: str) -> str:
    """Disguise one rude word the way people dodge filters (on both sides of the corpus)."""
    hits = [w for w in OBFUSCATIONS if re.search(r"\b" + w + r"\b", s, re.I)]
    if not hits:
        return s
    w = rng.choice(hits)
    return re.sub(r"\b" + w + r"\b", rng.choice(OBFUSCATIONS[w]), s, count=1, flags=re.I)


QUOTE_STYLES = [('"', '"'), ('"', '"'), ("« ", " »"), ("'", "'"), ("“", "”"), ("", ""), ("", ""), ("", "")]
SLOT = re.compile(r"\{(\w+)\}")


def fill(rng: random.Random, tpl: str, local: dict[str, list[str]]) -> str:
    """Replace each {slot} independently from the local then the shared fillers."""
    def rep(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "phone":
            return phone(rng)
        if key == "at":
            return handle(rng)
        pool = local.get(key) or FILL[key]
        return rng.choice(pool)
    out = tpl
    for slot in ("abuse", "slur", "insn"):
        if f'"{{{slot}}}"' in out:  # vary the quoting so quote marks alone never signal "reported speech"
            op, cl = rng.choice(QUOTE_STYLES)
            out = out.replace(f'"{{{slot}}}"', op + "{" + slot + "}" + cl)
    for _ in range(3):  # fillers may themselves contain slots ("à {game}")
        out = SLOT.sub(rep, out)
    out = re.sub(r"\s+([,.!?])", r"\1", out) if "?" not in out else out
    out = re.sub(r"\s{2,}", " ", out).strip()
    out = re.sub(r"\(\s*\)", "", out).strip()
    out = re.sub(r"\b(en tant) que ([aeiouéêh])", r"\1 qu'\2", out)
    out = re.sub(r"\bde (être|avoir|exister)\b", r"d'\1", out)
    return out


Row = tuple[str, str, str, str, str]

# at most this many surface variants (case, accents, emoji, punctuation, stretching) of one sentence,
# so that the corpus teaches meaning rather than one sentence's spelling variants
MAX_PER_BASE = 2
BASES: dict[str, int] = {}


FILLER_WORDS = re.compile(r"\b(" + "|".join(sorted({re.escape(strip_accents(w.lower())) for w in FILL["lol"] + FILL["frr"] if w.isascii() or w.isalpha() or " " in w}, key=lambda w: (-len(w), w))) + r")\b")


def skeleton(s: str) -> str:
    """The sentence with surface noise removed: lowercase, no accents, letters and digits only, no repeats."""
    s = strip_accents(s.lower())
    s = "".join(c if c.isalnum() else " " for c in s)
    s = FILLER_WORDS.sub(" ", s)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"\s+", " ", s)).strip()


def gen(rng: random.Random, templates: Sequence[str | tuple[str, ...]], n: int, *, kind: str = "hard_negative", register: str = "teen",
        local: dict[str, list[str]] | None = None, sober: bool = False, seen: set[str], rows: list[Row]) -> int:
    """Draw up to n new unique rows from templates; a template is "text", ("text", labels) or ("text", labels, register)."""
    local = local or {}
    made, tries = 0, 0
    while made < n and tries < n * 25:
        tries += 1
        t = rng.choice(templates)
        labels, reg = "", register
        if isinstance(t, tuple):
            labels = t[1]
            if len(t) > 2:
                reg = t[2]
            t = t[0]
        if t.startswith("A|"):
            reg, t = "adult", t[2:]
        elif t.startswith("T|"):
            reg, t = "teen", t[2:]
        text = fill(rng, t, local)
        base = skeleton(text)
        text, reg2 = noise(rng, text, reg, attack=bool(labels), sober=sober or bool(SAD.search(text)))
        key = text.lower()
        if key in seen or not text or BASES.get(base, 0) >= MAX_PER_BASE:
            continue
        seen.add(key)
        BASES[base] = BASES.get(base, 0) + 1
        k = kind if not labels else "attack"
        if kind == "attack":
            assert labels, t
        rows.append((text, "fr", labels, k, reg2))
        made += 1
    if made < n and n > 1:
        print(f"  short: {made}/{n} from {len(templates)} templates starting {str(templates[0])[:40]!r}")
    return made


# ---------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------

PROFANITY = [
    "{swear} que c'est beau", "{swear} j'ai raté le bus", "{swear} j'ai oublié mes clés", "{swear} quelle partie",
    "{swear} j'ai encore oublié mon chargeur", "{swear} il pleut encore", "{swear} le wifi a encore sauté",
    "{swear} j'ai renversé mon café sur mon clavier", "{swear} j'ai perdu ma carte de bus",
    "{swear} il est déjà minuit", "{swear} j'ai zappé le contrôle de demain", "{swear} le réveil a pas sonné",
    "{swear} la batterie est à 1%", "{swear} j'ai cassé mon écran", "{swear} ce coucher de soleil {emo}",
    "{swear} quelle vue de ouf", "{swear} ce but à la 90e {emo}", "{swear} ils ont égalisé",
    "{swear} le train est encore supprimé", "{swear} j'ai brûlé les pâtes", "{swear} j'ai loupé le début de l'épisode",
    "{swear} je me suis cogné le petit orteil", "{swear} c'est trop bon", "{swear} {thing} est incroyable",
    "quelle journée de merde", "journée de merde, vivement ce soir", "semaine de merde, j'en peux plus des partiels",
    "putain de pluie", "putain de lundi", "putain de bouchons sur le périph", "saloperie d'imprimante",
    "cette putain d'appli plante tout le temps", "fait chier ce wifi", "fait chier, plus de lait",
    "ce devoir de maths me casse les couilles", "j'en ai rien à foutre de ce match, je regarde pour la bouffe",
    "merde alors, j'avais pas vu", "et merde, c'est complet", "oh merde le contrôle c'était aujourd'hui ?",
    "bordel de merde le chantier recommence à 7h", "quel bordel ce vestiaire", "c'est le bordel dans ma chambre",
    "nique ce lundi matin", "nique la pluie", "nique ce devoir de philo", "nique les maths {lol}",
    "ptn de bug sur {game}", "ptn le lag sur {game}", "{game} a encore crash, ptn",
    "la vache, il fait froid ce matin", "oh la vache le prix des places", "purée j'ai trop mangé",
    "mais quelle merde ce temps", "c'est la merde pour trouver un appart à {city}",
    "ça me fait chier de partir en vacances sans toi {name}", "bordel, où j'ai mis mon téléphone",
    "putain {name} t'as vu ce but ?!", "merde {name} j'ai oublié ton anniv, pardon 🥲",
    "putain de bordel de merde, encore une panne de courant", "j'ai trop la flemme putain",
    "ptn 8h de cours demain", "putain ça fait du bien les vacances", "mais putain qu'est-ce qu'il fait chaud",
    "A|Bon sang, la réunion a encore été déplacée.", "A|Quelle galère ce parking, bordel.",
    "A|Merde, j'ai oublié de poster le colis.", "A|Putain, quinze ans déjà que ce film est sorti.",
    "A|Fichu logiciel, il a planté avant la sauvegarde.", "A|Mais quel bazar ce réseau SNCF, franchement.",
    "A|Putain de grève, encore deux heures de retard.", "A|Nom d'un chien, quelle chaleur aujourd'hui.",
    "A|Merde, la pâte à crêpes a raté.", "A|Bordel, la facture d'électricité a doublé.",
    "{swear}, {swear} {emo}", "{swear}, je me suis trompé de salle", "{swear} j'ai envoyé le message au mauvais groupe {lol}",
]

ENTHUSIASM = [
    "{thing} était une dinguerie", "{thing} est une tuerie", "c'est une tuerie {thing}", "une dinguerie {thing} {emo}",
    "j'ai tué ce contrôle", "j'ai tué l'oral de français", "j'ai défoncé mon partiel", "j'ai explosé mon record",
    "j'ai fumé tout le monde au cross", "trop de la balle", "c'est de la balle {thing}", "c'est ouf {emo}",
    "c'est trop ouf {thing}", "ça déchire {emo}", "{thing} déchire tout", "{thing} ça tue", "ça tue ce délire",
    "c'est une masterclass", "quelle masterclass {emo}", "il a tué le game", "elle a tué sa perf {emo}",
    "{name} a tué sa choré", "{name} a tué le game ce soir", "ce joueur est un malade", "il est malade ce gardien",
    "il est chaud {name} aujourd'hui", "c'est chaud {thing}", "c'est sale {thing} {emo}", "ce but est sale",
    "trop sale ce dribble", "c'est violent {thing}", "c'est un banger", "{thing} c'est un banger", "c'est une pépite",
    "je suis mort de rire", "je meurs {lol}", "tu m'as tué {lol}", "je suis morte {lol}", "jsuis décédé {lol}",
    "cette vidéo m'a achevé {lol}", "ce mec est un génie", "il est fou ce mec", "elle est folle cette meuf, trop forte",
    "t'es un monstre {name}, bravo", "monstrueux {thing}", "une boucherie ce concert", "une masterclass de {name}",
    "c'est une bombe {thing}", "{thing} c'est de la bombe", "{thing} de fou furieux", "truc de malade",
    "truc de ouf", "de ouf {thing}", "c'est le feu {thing} 🔥", "ça part en couille ce live {lol}",
    "il a grave assuré", "elle a grave géré", "trop bien joué", "quel carnage ce solo de batterie",
    "on a massacré le karaoké {lol}", "on a cassé la baraque", "le public était en feu", "ambiance de tarés au stade",
    "les supporters étaient des fous furieux, ambiance de dingue", "ce gâteau est à tomber", "c'est à mourir de rire",
    "j'suis fan de ouf", "je valide à mort", "validé à 1000%", "je kiffe de ouf", "trop stylé {thing}",
    "c'est stylé de ouf", "{team} a tout déchiré ce soir", "{team} les a détruits {emo}", "{team} a écrasé le match",
    "on les a démolis 4-0", "quelle raclée on leur a mis", "quel massacre ce match, 6-1", "{name} t'es un tueur au bad",
    "A|Ce concert était une pure merveille, quelle claque.", "A|Le film est une tuerie, allez-y.",
    "A|Un spectacle de malade, on a adoré.", "A|Cette recette est une tuerie, merci pour le partage.",
    "A|Quelle dinguerie ce dernier set.", "A|Il a tué la concurrence avec ce prix.",
]

BANTER = [
    "je vais t'éclater {sport} {when} {lol}", "t'es mort au prochain round {lol}", "je vais te défoncer à {game} {lol}",
    "je vais te détruire à {game} {when}", "prépare-toi à perdre à {game} {name} {lol}", "tu vas pleurer à {game} {when}",
    "toi t'es un malade {lol} (compliment)", "t'es un malade {name} {lol} comment t'as fait ça", "t'es grillé {frr} {lol}",
    "t'es trop nul à {game} {lol} reviens quand t'as progressé", "je vais te mettre une raclée {sport} {lol}",
    "on va vous rouler dessus {when}, {team} tremble", "{team} va prendre cher {when} {lol}",
    "t'es con ou quoi {lol} je t'aime {frr}", "t'es bête {lol} je t'adore", "idiot va {lol} bisous",
    "t'es qu'un bouffon {lol} je rigole je t'aime", "espèce de gros nul {lol} viens on rejoue",
    "{name} t'es une quiche à {game} mais je t'aime quand même {lol}", "revanche {when}, t'es mort {lol}",
    "je te démonte {sport} quand tu veux {lol}", "tu vas manger la poussière {lol}", "ça va saigner {when} sur {game} {lol}",
    "attends la revanche, je vais te ruiner {lol}", "je t'ai éclaté {frr} {lol} GG", "GG, je t'ai défoncé proprement {lol}",
    "je t'ai tué 3 fois d'affilée sur {game} {lol}", "headshot, t'es mort {lol}", "{name} m'a tué en boucle sur {game} {lol}",
    "bien joué {name}, tu m'as détruit", "GG {name}, t'as été un monstre", "je vais te massacrer au Uno {lol}",
    "ma mère va me tuer si je rentre tard {lol}", "mon père va me tuer, j'ai rayé la voiture 😭",
    "le prof va nous tuer si on rend pas le DM", "ma sœur va me tuer j'ai pris son pull {lol}",
    "je vais le tuer {mname}, il a encore mangé mes chips {lol}", "je vais tuer {mname} il m'a spoil la fin {lol}",
    "je te jure je vais t'étrangler {name} {lol} t'as spoil la série", "t'es relou {name} {lol} mais je t'aime",
    "t'es un boulet {name} {lol} t'as encore oublié les clés", "arrête de faire le fou {name} {lol}",
    "wesh {frr} t'es fou {lol}", "t'es ouf toi {lol}", "mais t'es grave {lol}", "t'es un génie incompris {lol}",
    "vous êtes des oufs {lol} je vous aime", "bande de tarés {lol} meilleure soirée", "vous êtes des malades, trop fort le spectacle",
    "{team} c'est des tocards ce soir {lol} ils ont raté 3 penos", "on est nuls ce soir, on a joué comme des pieds",
    "le goal était en vacances {lol}", "la défense a dormi tout le match {lol}", "quelle bande de chèvres on fait au volley {lol}",
    "T|je vais te faire manger ta manette {lol}", "T|prépare les mouchoirs {name} {lol}", "T|t'as pris une rouste {lol}",
    "T|viens {when} sur {game} si t'es un homme {lol}", "T|noob {lol} viens en 1v1", "T|ez {lol} gg quand même",
    "T|t'as joué comme un manche {lol} mais on a gagné", "T|ton deck est éclaté au sol {lol}",
    "A|Je vais vous mettre la pâtée au tarot samedi, préparez-vous.", "A|Revanche à la belote, et cette fois je vous écrase.",
    "A|On va les atomiser au quiz du bar jeudi.", "A|Attention {name}, je vais te battre à plate couture au squash.",
]

SMS_FORMS = [
    "mdr", "ptdr", "jpp {lol}", "tkt {frr}", "tkt je gère", "tmtc", "oklm", "wsh {frr} ça va", "wsh gros ça va",
    "sah c'est chaud", "sah quel plaisir", "frr t'es où", "jsp {lol}", "jsp trop", "jsp si je viens {when}",
    "tkt pas je suis là", "tmtc on se comprend", "oklm à la maison", "chui oklm", "on est oklm", "wsh les gens",
    "wsh bien ou quoi", "wsh {name}", "ptdr t'as vu ça", "mdr jpp de toi", "jpp de ce prof {lol}", "jpp de ma vie {lol}",
    "sah t'as raison", "sah quel délire", "vas-y tkt", "askip c'est {when}", "askip il pleut {when}",
    "jsp ce que t'as dit mais mdr", "mdrr t'es trop", "ptdrrr je meurs", "tkt frr on se capte {when}",
    "wsh t'es dispo {when}", "on se capte {when} ? tkt", "tmtc frr", "sah {frr} je t'attends", "tkt c'est rien",
    "jsp frr on verra", "ça va oklm et toi", "wsh la famille", "bg t'as géré", "t'es bg {lol}", "trkl", "tranquille frr",
    "grave", "grave {lol}", "ah grave", "c grave bien", "vas-y grave", "ouais grave", "mdr grave", "sah grave",
    "jtm {frr}", "jtm fort {pos_emo}", "bsx", "bisous bsx", "dac tkt", "dak ça marche",
    "osef mdr", "on s'en fout {lol}", "c'est mort pour {when} dsl", "chui mort de fatigue", "chui dead {lol}",
    "ça passe crème", "c'est carré", "c'est validé", "ça me saoule ce bus", "ça me saoule les lundis",
    "genre t'as vu ça", "genre t'es sérieux {lol}", "wsh gros t'es où", "gros t'as vu le match", "viens gros on y va",
    "bien joué gros", "merci gros", "t'es un bon gros", "mon gros t'es le meilleur", "ma gueule t'es où",
    "salut la mif", "frérot ça dit quoi", "ça dit quoi les gars", "kestu fais {when}", "on fé koi ce soir",
]

# the abusive phrases victims, witnesses and teachers quote (they also appear as real attacks below)
QUOTED_ABUSE = [
    "va te tuer", "va te pendre", "sale pute", "grosse vache", "grosse baleine", "on sait où t'habites",
    "personne t'aime", "envoie des nudes", "je vais balancer tes photos", "t'es moche", "sale pd",
    "retourne dans ton pays", "suicide-toi", "t'es mort à la sortie", "espèce de thon", "sale chienne",
    "tout le monde te déteste", "kys", "t'es qu'un déchet", "sale arabe", "sale gouine", "t'es grosse",
    "tu mérites de crever", "on va te défoncer", "fils de pute", "t'as une tête de boudin", "sale tapette",
]
INSULT_NOUNS = ["sale pute", "grosse vache", "grosse baleine", "thon", "sale chienne", "sale pd", "sale arabe", "sale gouine",
                "déchet", "fils de pute", "boudin", "tapette", "bouffon", "grosse dinde", "mongol", "cochon", "salope",
                "sale noir", "morue", "gros lard", "pédé", "sale juif", "guignol"]
LOCAL_Q = {"abuse": QUOTED_ABUSE, "insn": INSULT_NOUNS}

COUNTER = [
    "laissez-la tranquille, c'est du harcèlement", "laissez-le tranquille, c'est du harcèlement",
    "arrêtez de l'insulter", "arrêtez de l'insulter, elle vous a rien fait", "arrêtez de harceler {name}",
    "traiter quelqu'un de grosse vache c'est nul", "traiter quelqu'un de \"{insn}\" c'est grave, arrêtez",
    "écrire \"{abuse}\" à quelqu'un c'est pas drôle, c'est du harcèlement",
    "signalez ce compte, il harcèle {name} depuis des semaines", "signalez ce compte, il envoie des menaces à tout le monde",
    "on soutient {name} {pos_emo}", "force à toi {name} {pos_emo}", "t'es pas seule {fname}, on est là {pos_emo}",
    "t'es pas seul {mname}, on est avec toi", "courage {name}, ceux qui t'insultent sont des lâches",
    "les gens qui écrivent \"{abuse}\" sous ses vidéos devraient avoir honte",
    "vous vous rendez compte que dire \"{abuse}\" à une gamine de 14 ans c'est criminel ?",
    "stop au harcèlement de {name}", "#StopHarcèlement on est tous avec {name}", "soutien total à {name} {pos_emo}",
    "je signale tous les commentaires haineux sous cette vidéo", "j'ai signalé les messages qui l'insultent",
    "ne répondez pas aux haters, signalez et bloquez", "bloquez et signalez, ne répondez pas",
    "c'est pas de l'humour, c'est du harcèlement", "ça s'appelle du cyberharcèlement et c'est puni par la loi",
    "se moquer de son poids c'est vraiment bas", "se moquer de quelqu'un parce qu'il est gay c'est débile",
    "le racisme dans les commentaires c'est non", "c'est pathétique d'attaquer une ado de 14 ans sous ses vidéos",
    "personne mérite de recevoir \"{abuse}\"", "si tu vois quelqu'un se faire harceler, parle-en à un adulte",
    "les insultes homophobes dans le chat, ça suffit", "on laisse pas passer les insultes racistes ici",
    "t'inquiète {fname}, on a tous signalé le compte qui t'a menacée", "{name} t'as rien fait de mal, c'est eux le problème",
    "bravo {name} d'avoir osé en parler {pos_emo}", "respect à {name} qui a porté plainte", "merci de l'avoir défendue",
    "t'as bien fait de prendre sa défense {name}", "on arrête les moqueries sur son physique svp",
    "arrêtez de vous moquer de lui, il a un handicap et alors ?", "c'est pas parce qu'elle est ronde que vous avez le droit de l'insulter",
    "mettre son adresse dans le groupe c'est du doxxing, supprimez ça", "supprimez la photo de {name}, c'est illégal de la partager sans son accord",
    "exclure quelqu'un du groupe pour se moquer de lui c'est du harcèlement", "invitez {fname} aussi, faut pas la laisser de côté",
    "on l'intègre au groupe, personne reste seul", "viens avec nous {name}, on t'a gardé une place",
    "A|Modération : les commentaires insultants envers {name} seront supprimés.", "A|Merci de rester respectueux, les attaques personnelles seront retirées.",
    "A|Ce genre de propos haineux n'a pas sa place ici, je signale.", "A|Soutien à la journaliste, les menaces qu'elle reçoit sont inadmissibles.",
    "A|Les insultes sexistes adressées à l'arbitre sont indignes, sanctionnez les supporters.",
    "A|En tant que parent je trouve ces messages effrayants, il faut protéger ces ados.",
    "A|Je suis prof, et j'en ai marre de voir des élèves se faire traiter de \"{insn}\" en ligne.",
]

VICTIM = [
    "quelqu'un m'a écrit de me tuer, qu'est-ce que je dois faire ?", "quelqu'un m'a écrit \"{abuse}\" {where}, je fais quoi ?",
    "on m'a traité de sale pute {where}, je fais quoi", "on m'a traitée de \"{insn}\" {where}, je sais plus quoi faire",
    "ils ont balancé mon adresse dans le groupe, j'ai peur", "ils ont mis mon numéro {where}, j'ai reçu plein d'appels, aidez-moi",
    "j'ai appelé le 3018", "j'ai appelé le 3018, ils ont fait supprimer les posts", "j'ai appelé le 3018 et ça m'a aidée, faites-le",
    "c'est quoi le numéro pour le harcèlement ? le 3018 ?", "un mec de ma classe m'envoie \"{abuse}\" tous les soirs, j'ose pas le dire",
    "depuis une semaine je reçois \"{abuse}\" {where}, comment on bloque ?", "je reçois des messages qui disent \"{abuse}\", j'ai trop peur",
    "on m'a exclue du groupe de classe et ils se moquent de moi, je fais quoi", "tout le monde m'a bloquée {where} du jour au lendemain, j'comprends pas",
    "{name} reçoit des messages \"{abuse}\" {where}, comment je peux l'aider ?", "une fille de ma classe se fait harceler {where}, je fais quoi ?",
    "mon pote se fait traiter de \"{insn}\" tous les jours, on en parle à qui ?", "j'ai vu qu'ils écrivaient \"{abuse}\" à {name}, j'ai fait des captures",
    "j'ai fait des captures d'écran de tout, je porte plainte ?", "comment on signale un compte qui harcèle ?",
    "il menace de publier mes photos si je lui envoie pas d'autres, aidez-moi svp", "quelqu'un a créé un faux compte à mon nom, je fais comment ?",
    "j'ai peur d'aller au lycée demain, ils ont écrit \"{abuse}\" sur le groupe", "j'ose pas en parler à mes parents, on m'a écrit \"{abuse}\"",
    "ça fait trois mois qu'on m'écrit \"{abuse}\", je craque", "est-ce que \"{abuse}\" c'est du harcèlement ? on me l'écrit tous les jours",
    "on a diffusé une photo de moi sans mon accord, qui contacter ?", "je me suis fait insulter en live, je sais pas comment réagir",
    "A|Ma fille de 13 ans a reçu \"{abuse}\" {where}, à qui doit-on s'adresser ?", "A|Mon fils est harcelé {where}, quelles démarches faire ?",
    "A|Un élève m'a montré des messages \"{abuse}\" qu'il reçoit, quelle est la procédure ?",
    "A|Bonjour, je reçois des menaces depuis que j'ai publié cette vidéo, comment porter plainte ?",
    "A|On a publié mon adresse personnelle sur un forum, que puis-je faire ?", "A|Des inconnus m'écrivent \"{abuse}\" en commentaire, comment les bloquer ?",
    "A|Nous avons porté plainte après les messages \"{abuse}\" reçus par notre fils.", "A|J'ai contacté le 3018 pour ma nièce, très bon accueil.",
    "merci à tous pour votre soutien, ça fait du bien après les messages d'hier {pos_emo}",
    "je voulais dire merci, grâce à vous j'ai osé en parler à la CPE", "j'ai enfin porté plainte, je me sens mieux",
]

QUOTES = [
    "l'article parle des insultes racistes reçues par le joueur", "le joueur a reçu des insultes racistes après le match, c'est honteux",
    "le mot 'pédé' est une insulte homophobe, ne l'utilisez pas", "le mot \"{slur}\" est une insulte, ne l'utilisez pas",
    "dire \"{abuse}\" à quelqu'un, c'est du harcèlement puni par la loi", "écrire \"va te pendre\" à quelqu'un c'est de l'incitation au suicide",
    "en cours on a parlé du cyberharcèlement et des insultes comme \"{abuse}\"", "notre prof nous a expliqué pourquoi \"{slur}\" est une insulte",
    "le tribunal a condamné l'auteur des messages \"{abuse}\"", "l'influenceuse raconte avoir reçu des milliers de \"{abuse}\"",
    "un rapport montre que 1 ado sur 5 a déjà reçu des messages du genre \"{abuse}\"", "dans la vidéo elle lit les commentaires haineux qu'elle reçoit",
    "la streameuse a montré les DM \"{abuse}\" qu'elle reçoit chaque jour", "la chanson dénonce le harcèlement scolaire",
    "le documentaire sur le harcèlement de {name} m'a bouleversé", "l'enquête révèle un raid de harcèlement contre une lycéenne",
    "des supporters ont crié des insultes homophobes, le match a été arrêté", "l'arbitre a interrompu le match après des cris de singe",
    "le club a porté plainte après des chants racistes", "le prévenu avait écrit \"on sait où t'habites\" à sa victime",
    "\"{abuse}\" : voilà le genre de messages que reçoivent les ados selon l'association",
    "dans le livre, le personnage se fait traiter de \"{slur}\", c'est dur à lire", "le film montre très bien comment une rumeur détruit une ado",
    "le mot \"{slur}\" est dans le dictionnaire comme injure", "au théâtre on a joué une pièce sur le harcèlement, trop forte",
    "\"t'es grosse\" c'est ce qu'elle entendait tous les jours, et elle en parle enfin", "elle explique que \"{abuse}\" l'a poursuivie pendant des années",
    "l'expression \"{abuse}\" revient dans 40% des signalements", "l'intervenant nous a lu des messages haineux anonymisés",
    "la loi punit le doxxing : publier l'adresse de quelqu'un pour lui nuire", "la campagne contre le harcèlement passe à la télé ce soir",
    "A|Selon l'étude, les insultes sexistes visent majoritairement les adolescentes.", "A|L'article cite les menaces de mort reçues par la maire.",
    "A|Le rapport recense les insultes homophobes signalées en 2025.", "A|Le procès du raid numérique contre la journaliste s'ouvre lundi.",
    "A|Le terme \"{slur}\" est une injure ; son usage peut être poursuivi.", "A|Cours d'EMC : définir l'injure, la diffamation et la menace.",
    "A|Le juge a rappelé que des messages comme \"{abuse}\" sont punis par la loi.", "A|Le témoignage de cette mère sur le harcèlement de sa fille est poignant.",
    "A|L'historien revient sur l'usage du mot \"{slur}\" dans la propagande des années 30.",
]
SLURS_QUOTED = ["pédé", "sale arabe", "grosse vache", "tapette", "gouine", "mongol", "négro", "bougnoule", "youpin",
                "pute", "salope", "PD", "bouffon", "thon", "boudin", "trisomique", "nain", "bridé", "bamboula", "travelo"]
LOCAL_Q2 = {"abuse": QUOTED_ABUSE, "slur": SLURS_QUOTED, "insn": INSULT_NOUNS}

SELF = [
    "je suis trop nulle", "je suis trop nul en maths", "je suis vraiment trop con j'ai oublié mon sac", "quelle conne j'ai oublié mes clés",
    "quel con je suis, j'ai raté le train", "je suis un boulet {lol}", "je suis une quiche en cuisine {lol}", "je me trouve grosse",
    "je me trouve grosse en ce moment", "je me trouve moche sur cette photo", "je suis moche ce matin {lol}", "j'ai une tête de déterré",
    "j'ai une tête de cul ce matin {lol}", "j'ai pris 5 kilos, je ressemble à une baleine {lol}", "je mange comme un cochon {lol}",
    "je suis une vraie larve aujourd'hui", "je suis une grosse feignasse", "je suis le roi des boulets", "je suis le pire à {game} {lol}",
    "j'ai envie de disparaître ce soir", "j'ai envie de disparaître sous ma couette", "j'en peux plus de tout ça",
    "j'ai l'impression d'être nulle en tout", "parfois je me déteste", "je me sens seule en ce moment", "je me sens tellement inutile",
    "je sais pas si je vais tenir, quelqu'un peut me parler ?", "j'ai besoin d'aide, ça va pas du tout", "ça va pas fort ce soir, je peux en parler à qui ?",
    "je me suis ridiculisé devant toute la classe", "je suis trop bête, j'ai tout raté", "je me suis trouvé con sur ce coup",
    "j'ai honte de mon corps", "j'aime pas mon corps en ce moment", "je complexe trop sur mon nez", "je complexe sur mes boutons",
    "je suis trop petit pour le basket {lol}", "mes cheveux sont une catastrophe", "je m'habille comme un sac {lol}",
    "je suis débile, j'ai mis du sel dans mon café", "je suis un déchet à {game} {lol}", "je suis nul à chier au foot {lol}",
    "A|Je suis vraiment nulle avec les papiers administratifs.", "A|Quel idiot, j'ai oublié l'anniversaire de ma femme.",
    "A|Je me trouve trop gros depuis l'hiver, il faut que je reprenne le sport.", "A|Je me sens épuisée et seule, il faut que j'en parle à quelqu'un.",
    "A|J'ai parfois envie de tout plaquer.", "A|Je suis nul en bricolage, j'ai percé la canalisation.",
]

INNOCENT = [
    # salopette, disputer, réputé, député, computer
    "j'ai acheté une salopette en jean", "ta salopette est trop mignonne", "la salopette jaune de {name} {emo}",
    "on s'est disputés pour rien avec ma sœur", "match très disputé hier soir", "la finale a été disputée jusqu'au bout",
    "ce resto est réputé pour ses crêpes", "le député a voté contre", "la députée de {city} était à la réunion", "c'est un quartier réputé calme",
    "j'ai une mauvaise réputation au volley {lol}", "le prof de computer science est top",
    # con
    "j'ai un contrôle de maths {when}", "le contrôle de SVT était facile", "je connais un raccourci", "on va faire un concours de dessin",
    "le conseil de classe est {when}", "j'ai reçu un conseil de ma prof", "la connexion est trop lente", "je lis un conte à ma petite sœur",
    "des concombres et des tomates", "salade de concombre au yaourt", "le concert est complet", "confiture de fraise", "j'ai ma conduite accompagnée",
    "c'est trop confortable ce canapé", "le concierge a les clés", "je suis content pour toi {name}", "on déconne {lol}", "arrête de déconner {lol}",
    "Dakar, Conakry, Abidjan : ma tournée des capitales", "le match contre Concarneau", "on a une connexion avec {city}",
    # bite / cul / pute / pd / nazi-like
    "j'habite à {city}", "elle habite à côté de chez moi", "on habite dans le même immeuble", "le bitume est brûlant cet été",
    "j'ai un calcul de proba à finir", "le calcul mental c'est mon truc", "j'ai reculé la voiture trop vite", "c'est un cas particulier",
    "le cours de culture G", "la bascule du pont", "une culotte en coton", "un cul-de-sac au bout de la rue", "cul sec {lol}",
    "envoie-moi le pdf du cours", "le PDG de la boîte a démissionné", "t'as le pdf stp ?", "pdt les vacances on part à {city}",
    "l'assurance auto a encore augmenté", "j'ai eu mon brevet avec mention", "la négociation a duré des heures",
    # chatte, tapette, bouffon, morue, dinde, vache, cochon, chienne, thon, baleine, guignol, boudin, chameau...
    "ma chatte a eu des petits", "ma chatte dort sur mon lit {emo}", "notre chatte s'appelle Moustache", "la chatte de ma voisine est perdue, qqn l'a vue ?",
    "j'ai posé une tapette à souris dans la cave", "passe-moi la tapette à mouches", "une tapette pour les moustiques ça existe encore ?",
    "le bouffon du roi au Moyen Âge amusait la cour", "on étudie le rôle du bouffon dans le théâtre de Shakespeare", "mon costume de bouffon pour le carnaval",
    "morue à la portugaise ce soir", "la morue dessalée c'est un art", "brandade de morue maison {emo}", "accras de morue trop bons",
    "dinde aux marrons pour Noël", "la dinde est au four depuis 3h", "recette de dinde farcie ?", "escalope de dinde à la crème",
    "la vache de la ferme a eu un veau", "on a vu des vaches en rando", "le lait de vache entier", "la vache qui rit {lol}", "une vache normande",
    "le cochon d'Inde de ma sœur s'appelle Biscotte", "on a nourri les cochons à la ferme", "un cochon nain trop mignon", "jambon de cochon noir de Bigorre",
    "ma chienne est trop douce avec les enfants", "notre chienne a 12 ans", "la chienne du voisin aboie toute la nuit", "ma chienne a eu 6 chiots {emo}",
    "salade de thon", "un sandwich thon mayo", "pâtes au thon ce soir", "le thon rouge est protégé", "thon albacore grillé",
    "on a vu une baleine à bosse au large", "les baleines bleues sont les plus grands animaux", "documentaire sur les baleines trop beau",
    "on a emmené les petits au guignol", "le théâtre de guignol à Lyon", "le spectacle de guignol était trop mignon",
    "boudin noir aux pommes", "le boudin blanc truffé pour Noël", "boudin créole en apéro",
    "un chameau dans le désert", "un chameau et un dromadaire c'est pas pareil", "les singes du zoo étaient trop drôles",
    "un rat dans le métro {lol}", "mon rat domestique s'appelle Remy", "poulet rôti du dimanche", "la poule a pondu",
    "le porc au caramel", "filet mignon de porc", "la larve du moustique vit dans l'eau", "une nouille de plus dans la soupe {lol}",
    "des nouilles sautées au wok", "une purée de patate douce", "une cruche d'eau sur la table", "on a marché dans une bouse de vache {lol}",
    "un nain de jardin sur la pelouse", "Blanche-Neige et les sept nains", "ma tenue de sorcière pour Halloween", "la folle journée de Nantes",
    "je suis malade, j'ai de la fièvre", "je suis crevé après le match", "j'ai crevé un pneu sur la route", "on a tué le temps en jouant aux cartes",
    "du pain bâtard à la boulangerie", "un pétard de fête nationale", "une bête de somme", "l'âne du voisin brait le matin",
    "la Mongolie c'est magnifique", "un chant de gorge mongol", "le Niger et le Nigeria sont voisins",
    # gros / grave / ma gueule
    "wsh gros ça va", "gros t'es où", "gros je t'attends en bas", "une grosse part de gâteau svp", "gros bisous à tous",
    "un gros merci à {name}", "grosse journée demain", "grosse ambiance ce soir", "c'est grave bien", "grave, trop d'accord",
    "je kiffe grave", "t'inquiète c'est pas grave", "il fait moche aujourd'hui", "quel temps moche", "le grand méchant loup {lol}",
    "A|La morue salée se dessale 24 heures à l'avance.", "A|Les vaches rentrent à l'étable en octobre.", "A|Recette : dinde rôtie, marrons et pommes.",
    "A|La baleine franche a été observée près des côtes bretonnes.", "A|Le bouffon était un personnage central de la cour.",
    "A|Le député a été réélu dans sa circonscription.", "A|Ma chienne a besoin d'un vétérinaire le dimanche, une adresse à {city} ?",
    "A|Le conseil municipal se réunit jeudi.", "A|Le thon en conserve se garde des années.", "A|Les cochons d'Inde ont besoin de vitamine C.",
    "A|Un boudin noir, une purée maison, et c'est parti.", "A|Pensez à la tapette à souris avant l'hiver dans le garage.",
]

INNOCENT_X = ["{food} ce soir {emo}", "recette de {food} ?", "{food} chez ma grand-mère, le meilleur", "qui a une recette de {food} facile ?",
              "on a vu {animal} à la ferme pédagogique", "trop mignon {animal} au zoo {emo}", "photo de {animal} pour l'exposé de SVT",
              "{word_in} : j'ai mis {time} à finir", "j'ai {word_in} demain matin", "t'as pensé au {word_in2} ?",
              "A|Au menu de la cantine : {food}.", "A|Sortie scolaire : observation de {animal} en milieu naturel."]
LOCAL_INN = {
    "food": ["brandade de morue", "dinde aux marrons", "boudin aux pommes", "rôti de porc", "thon à la provençale", "accras de morue",
             "blanquette de dinde", "pâté de cochon", "cuisses de grenouille", "rillettes de thon", "boudin blanc", "filet de dinde"],
    "animal": ["une baleine", "des vaches", "un cochon", "une chienne et ses chiots", "une dinde", "des morues", "un âne",
               "des chameaux", "un thon rouge", "des singes", "une truie et ses porcelets", "des poules"],
    "word_in": ["un contrôle de maths", "un concours blanc", "un conseil de classe", "le calcul de la moyenne",
                "une dispute avec ma sœur", "le compte rendu de TP", "une consultation chez le dentiste"],
    "word_in2": ["conseil de classe", "contrôle de physique", "calcul de l'exo 3", "concert de samedi", "pdf du cours",
                 "concours de nouvelles", "contrat de location"],
    "time": ["deux heures", "toute la nuit", "20 minutes", "la journée"],
}
IDENT_FIRST = [("musulman", "m"), ("musulmane", "f"), ("juif", "m"), ("juive", "f"), ("noir", "m"), ("noire", "f"),
               ("gay", "m"), ("lesbienne", "f"), ("trans", "f"), ("trans", "m"), ("arabe", "m"), ("arabe", "f"),
               ("bi", "f"), ("bi", "m"), ("handicapé", "m"), ("handicapée", "f"), ("autiste", "m"), ("autiste", "f"),
               ("sourde", "f"), ("sourd", "m"), ("chrétien", "m"), ("chrétienne", "f"), ("asiatique", "m"),
               ("asiatique", "f"), ("rom", "m"), ("métisse", "f"), ("kabyle", "m"), ("sénégalaise", "f"),
               ("en fauteuil roulant", "m"), ("malvoyante", "f"), ("pédé", "m"), ("une femme qui joue à {game}", "f")]
GROUPS = ["les femmes", "les filles", "les gays", "les lesbiennes", "les personnes trans", "les musulmans", "les juifs",
          "les Noirs", "les Arabes", "les Asiatiques", "les Roms", "les migrants", "les réfugiés", "les personnes handicapées",
          "les autistes", "les chrétiens", "les homos", "les immigrés", "les Maghrébins", "les Africains", "les personnes sourdes",
          "les meufs", "les musulmanes voilées", "les trisomiques", "les Chinois", "les noirs", "les rebeus", "les renois"]
FRIEND = ["mon pote est noir", "ma meilleure amie est lesbienne", "mon frère est autiste", "ma voisine est musulmane",
          "mon coach est gay", "ma coloc est trans", "mon meilleur ami est juif", "ma prof est en fauteuil", "mon cousin est trisomique",
          "ma copine est arabe", "mon binôme est sourd", "mon collègue est chinois", "ma cousine est voilée", "mon oncle est homo"]


def ident_rows(rng: random.Random) -> list[str]:
    """Identity self-statements and friend statements (first person, agreement handled)."""
    out = []
    for ident, g in IDENT_FIRST:
        fier = "fière" if g == "f" else "fier"
        heureux = "heureuse" if g == "f" else "heureux"
        out += [f"je suis {ident} et {fier}", f"je suis {ident} et {fier} de l'être", f"je suis {ident}, et alors ?",
                f"en tant que {ident.replace('une femme qui joue', 'joueuse')}, je me sens {heureux} ici {{pos_emo}}",
                f"je suis {ident} et j'adore ta chaîne {{pos_emo}}", f"moi aussi je suis {ident}, merci pour cette vidéo"]
    return [o for o in out if "pédé" not in o or "je suis pédé et" in o]


IDENTITY = [
    "les femmes ont le droit de jouer aux jeux vidéo", "{grp} ont le droit de {act}", "{grp} ont autant le droit que toi de {act}",
    "je ne déteste pas {grp}, ça n'a aucun sens", "je déteste pas {grp}, pourquoi je les détesterais ?", "personne devrait détester {grp}",
    "{friend} et c'est le meilleur", "{friend} et c'est la meilleure personne que je connaisse", "{friend}, et franchement on s'en fiche",
    "arrêtez de dire que {grp} sont {stereo}, c'est faux", "dire que {grp} sont {stereo}, c'est de la haine pure", "non, {grp} ne sont pas {stereo}",
    "les clichés sur {grp}, ça suffit", "je suis pas d'accord, {grp} ne sont pas le problème", "bravo à {grp} qui se battent pour leurs droits",
    "soutien à {grp} {pos_emo}", "on accueille {grp} à bras ouverts ici", "{grp}, bienvenue dans notre club", "{grp} méritent le respect comme tout le monde",
    "je vois pas le problème avec {grp}", "aucune raison de haïr {grp}", "merci de parler de {grp} avec respect", "enfin une série qui montre {grp} normalement",
    "je suis pour l'égalité, point", "les filles qui jouent au foot c'est trop bien", "l'équipe de France féminine est incroyable",
    "les femmes dans l'esport, il en faut plus", "une meuf top 1 sur {game}, respect", "le mariage pour tous c'est une bonne chose",
    "joyeux Aïd à ceux qui le fêtent {pos_emo}", "joyeux Hanouka {pos_emo}", "joyeux Noël à tous", "bon ramadan à tous {pos_emo}",
    "bonne marche des fiertés {pos_emo}", "le mois des fiertés c'est important", "bonne journée internationale des droits des femmes",
    "A|Les personnes handicapées doivent pouvoir accéder à tous les lieux publics.", "A|Les réfugiés ont droit à un accueil digne.",
    "A|Je ne vois aucune raison de discriminer les personnes trans.", "A|Les musulmans de France sont des citoyens comme les autres.",
    "A|Les femmes ne sont pas moins compétentes en informatique, les études le montrent.",
]
LOCAL_ID = {
    "grp": GROUPS,
    "act": ["jouer aux jeux vidéo", "faire du foot", "être ici", "s'exprimer", "streamer", "être respectés", "vivre en paix",
            "commenter", "se marier", "travailler", "porter ce qu'ils veulent", "être dans l'équipe"],
    "stereo": ["tous pareils", "dangereux", "inférieurs", "moins intelligents", "des voleurs", "nuls aux jeux vidéo", "malades"],
    "friend": FRIEND,
}

CRITICISM = [
    "je ne suis pas d'accord avec ton argument", "je suis pas d'accord avec toi {name}, mais je respecte", "ton argument tient pas, regarde les chiffres",
    "cette vidéo est nulle, le montage est raté", "{thing} est nul, désolé", "{thing} est complètement raté", "franchement {thing} c'est une daube",
    "le son est pourri sur cette vidéo", "la qualité a baissé, les dernières vidéos sont nulles", "le scénario est débile", "ce film est débile mais je l'aime bien {lol}",
    "ta théorie est bancale, je t'explique pourquoi", "je trouve que t'as tort sur ce point", "c'est faux, la source dit l'inverse",
    "l'arbitrage était catastrophique", "{team} avait une défense nulle ce soir", "{team} a joué comme des pieds", "la prod est moyenne, le texte est bon",
    "la fin de la série est ratée, quel gâchis", "le jeu est buggé de partout, c'est scandaleux", "cette mise à jour est une catastrophe",
    "le prix est abusé pour ce que c'est", "la vidéo est trop longue, coupe les pubs", "ça manque de sources, dommage", "ce débat tourne en rond",
    "je suis pas convaincu par ta démonstration", "l'idée est bonne mais l'exécution est nulle", "honnêtement ce clip est raté, l'audio est saturé",
    "je respecte ton avis mais je pense le contraire", "je vois pas les choses comme toi, mais ok", "désolé mais ce tuto sert à rien, il manque des étapes",
    "cette règle est débile, elle sert à rien", "cette loi est une honte", "la réforme est mal pensée", "ce resto est une arnaque, à éviter",
    "A|Je ne partage pas votre analyse, les données de l'INSEE disent autre chose.", "A|L'article est mal sourcé et partial.",
    "A|Le spectacle était raté, la mise en scène n'avait aucun sens.", "A|Votre raisonnement comporte une erreur à la deuxième étape.",
    "A|Cette politique est un échec, les chiffres sont clairs.", "A|Montage bâclé, son saturé : dommage, le sujet était bon.",
]

# ---------------------------------------------------------------------------
# Paired attacks: the same words, aimed at someone
# ---------------------------------------------------------------------------

INS, B, IH, T, SH, SX, D, E = ("insult", "body_shaming", "identity_hate", "threat", "self_harm_incitement",
                             "sexual_harassment", "doxxing", "exclusion")


def lab(*cats: str) -> str:
    """Labels in the canonical order of the format note."""
    order = ["insult", "identity_hate", "threat", "sexual_harassment", "self_harm_incitement", "doxxing",
             "body_shaming", "exclusion"]
    return " ".join(c for c in order if c in cats)


# (with article, bare, labels)
ANIMAL_INSULTS = [
    ("une grosse dinde", "grosse dinde", lab(INS)), ("une dinde", "dinde", lab(INS)), ("un cochon", "cochon", lab(INS)),
    ("une grosse baleine", "grosse baleine", lab(INS, B)), ("un thon", "thon", lab(INS, B)), ("un boudin", "boudin", lab(INS, B)),
    ("une grosse vache", "grosse vache", lab(INS, B)), ("une chienne", "chienne", lab(INS)), ("une morue", "morue", lab(INS)),
    ("un bouffon", "bouffon", lab(INS)), ("un guignol", "guignol", lab(INS)), ("une tapette", "tapette", lab(INS, IH)),
    ("une larve", "larve", lab(INS)), ("un porc", "porc", lab(INS)), ("un gros porc", "gros porc", lab(INS, B)),
    ("un gros lard", "gros lard", lab(INS, B)), ("une truie", "truie", lab(INS, B)), ("un rat", "rat", lab(INS)),
    ("une nouille", "nouille", lab(INS)), ("une cruche", "cruche", lab(INS)), ("un âne", "âne", lab(INS)),
    ("un PD", "PD", lab(INS, IH)), ("un mongol", "mongol", lab(INS, IH)), ("une sale pute", "sale pute", lab(INS)),
    ("un déchet", "déchet", lab(INS)), ("un con", "con", lab(INS)), ("une conne", "conne", lab(INS)), ("un nain", "nain", lab(INS, B)),
]
ANIMAL_FRAMES = [
    "t'es {a}", "t'es qu'{a}", "t'es vraiment {a} {name}", "espèce de {b}", "sale {b}", "{name} c'est {a}", "regarde-toi, {a}",
    "ferme-la {b}", "ta gueule {b}", "personne t'a demandé ton avis {b}", "{at} t'es {a}, dégage", "mais quelle {b} celle-là" ,
    "{b} va", "t'es {a} et tout le monde le sait", "on dirait {a} sur cette photo", "retourne pleurer {b}", "tais-toi {b}",
    "{a} comme toi devrait pas avoir de téléphone", "t'as vu {name} ? quel{e} {b}", "ptn t'es {a} {name}", "ptdr t'es {a} et t'as même pas honte",
]


def animal_attacks(rng: random.Random, n: int, seen: set[str], rows: list[Row]) -> int:
    """Animal/food/rude words used as name-calling, the mirror of the INNOCENT section."""
    made, tries = 0, 0
    while made < n and tries < n * 30:
        tries += 1
        a, b, labels = rng.choice(ANIMAL_INSULTS)
        frame = rng.choice(ANIMAL_FRAMES)
        fem = a.startswith("une")
        if "quelle {b}" in frame and not fem:
            continue
        frame = frame.replace("{a}", a).replace("{b}", b).replace("{e}", "le" if fem else "")
        made += gen(rng, [(frame, labels)], 1, kind="attack", register=rng.choice(["teen", "teen", "adult"]), seen=seen, rows=rows)
    return made


ATTACKS = [
    # threats (mirror of banter)
    ("je vais te défoncer pour de vrai, je sais où t'habites", lab(T)), ("je vais te défoncer {when}, et pas à {game}", lab(T)),
    ("t'es mort à la sortie du lycée {when}", lab(T)), ("t'es mort {name}, je t'attends à la sortie", lab(T)),
    ("je vais t'éclater la tête {when}, et c'est pas une blague", lab(T)), ("on va te retrouver {name}", lab(T)),
    ("fais gaffe à toi {when} {name}", lab(T)), ("j'espère que tu crèves {name}", lab(T)), ("je vais te planter 🔪", lab(T)),
    ("je sais où t'habites, {num} {street}, on arrive", lab(T, D)), ("on t'attend devant {school} {when}, viens seul", lab(T)),
    ("je vais te casser les jambes si tu reviens", lab(T)), ("tu vas voir ce qui va t'arriver {when}", lab(T)),
    ("si je te croise je te tue {name}", lab(T)), ("je vais brûler ta caisse", lab(T)), ("on va te faire la peau", lab(T)),
    ("ça va mal finir pour toi {name}, je rigole pas", lab(T)), ("je te jure je vais te tuer, pour de vrai", lab(T)),
    ("on va te défoncer toi et ta famille", lab(T)), ("crève {name} 🔪🔪", lab(T)),
    ("je vais te {objv} {name}, c'est pas une blague", lab(T)), ("je vais te {objv} {when}, compte là-dessus", lab(T)),
    ("{when} je vais te {objv} pour de vrai", lab(T)), ("je vais {objv} ta famille", lab(T)), ("on va te {objv} à la sortie", lab(T)),
    ("A|Je connais votre adresse, vous allez le regretter.", lab(T)), ("A|On va s'occuper de toi à la sortie du stade.", lab(T)),
    # self-harm incitement (mirror of own distress)
    ("va te tuer", lab(SH)), ("va te pendre {name}", lab(SH)), ("kys", lab(SH)), ("kys {name} {lol}", lab(SH)), ("tue-toi", lab(SH)),
    ("personne te regretterait si tu disparaissais", lab(SH)), ("disparais, personne te regrettera", lab(SH)),
    ("jette-toi d'un pont {lol}", lab(SH)), ("t'as qu'à te foutre en l'air", lab(SH)), ("suicide-toi, rends service au monde", lab(SH)),
    ("va te tuer {b}", lab(SH, INS)), ("t'es qu'un déchet, va te pendre", lab(SH, INS)), ("fais-nous une faveur et crève {name}", lab(SH)),
    ("t'as envie de disparaître ? vas-y, on t'en empêchera pas", lab(SH)), ("tu devrais te tuer sérieux", lab(SH)),
    ("A|Rendez service à tout le monde et mettez fin à vos jours.", lab(SH)),
    # sexual harassment (mirror of the cat, banter, compliments)
    ("envoie des nudes {fname}", lab(SX)), ("montre ta chatte", lab(SX)), ("t'es bonne {fname}, envoie des photos", lab(SX)),
    ("si tu m'envoies pas d'autres photos je balance celles que j'ai", lab(SX)), ("je vais balancer tes photos à tout le lycée", lab(SX)),
    ("t'as quel âge ? 13 ? envoie une photo en maillot", lab(SX)), ("viens chez moi je vais te montrer ma bite", lab(SX)),
    ("{fname} sale chienne, je vais te prendre", lab(SX, INS)), ("je veux voir tes seins {fname}", lab(SX)), ("suce {lol}", lab(SX)),
    ("A|Jolie photo, vous faites quoi après ? envoyez-moi plus en privé.", lab(SX)),
    # doxxing
    ("elle habite au {num} {street} à {city}, allez-y", lab(D)), ("voilà son num : {phone}, spammez-le", lab(D, E)),
    ("je balance ton adresse sur le groupe", lab(D)), ("je balance ton num sur le groupe {name}", lab(D)),
    ("{fname} c'est {at}, elle est à {school}, vous savez quoi faire", lab(D, E)), ("son vrai nom c'est {name} Martin, il habite {street}", lab(D)),
    ("voici la photo de sa maison, {num} {street}", lab(D)), ("son numéro c'est {phone}, appelez-la toute la nuit", lab(D, E)),
    ("A|Je publie l'adresse de ce monsieur : {num} {street}, {city}. Faites-en ce que vous voulez.", lab(D)),
    # exclusion
    ("personne lui parle à {name}", lab(E)), ("on la vire du groupe", lab(E)), ("on le vire du groupe {lol}", lab(E)),
    ("tout le monde bloque {name}", lab(E)), ("signalez tous le compte de {name} pour qu'il saute", lab(E)),
    ("n'invitez pas {fname} à l'anniv, personne veut d'elle", lab(E)), ("{name} mange seul(e) à la cantine, et ça restera comme ça", lab(E)),
    ("on fait un groupe sans {name} {lol}", lab(E)), ("si quelqu'un parle à {name} il sort du groupe", lab(E)),
    ("tout le monde va signaler son compte ce soir", lab(E)), ("allez tous en commentaire sous sa vidéo, on la fait craquer", lab(E)),
    ("t'es une merde au foot, personne veut de toi dans l'équipe", lab(INS, E)),
    # targeted profanity / insults (mirror of profanity without target)
    ("t'es trop con {name}", lab(INS)), ("ferme ta gueule {name}", lab(INS)), ("ptn t'es vraiment un déchet", lab(INS)),
    ("nique ta mère {name}", lab(INS)), ("t'es qu'une sale pute", lab(INS)), ("fils de pute", lab(INS)), ("{name} t'es un connard", lab(INS)),
    ("pauvre merde", lab(INS)), ("t'es nul à chier, désinstalle", lab(INS)), ("putain mais t'es débile ou quoi, dégage", lab(INS)),
    ("t'es con ou quoi ? personne t'aime", lab(INS)), ("t'es con, t'es moche et personne t'aime", lab(INS, B)),
    ("bordel t'es le plus gros boulet de la terre, casse-toi", lab(INS)), ("t'es un malade mental, va te faire soigner", lab(INS)),
    ("t'es une honte, tes parents doivent regretter", lab(INS)), ("{at} sale merde", lab(INS)), ("wsh gros t'es trop nul, arrête de parler", lab(INS)),
    ("tu sers à rien {name}", lab(INS)), ("t'es grave {name}, un vrai cas social", lab(INS)), ("t'es une erreur de la nature", lab(INS)),
    ("ptdr t'es une blague {name}", lab(INS)), ("va niquer ta mère", lab(INS)), ("t'as zéro neurone", lab(INS)),
    # body shaming (mirror of self-deprecation)
    ("t'es trop grosse, arrête de manger", lab(INS, B)), ("t'as vu ta tête ? {lol}", lab(INS, B)), ("{name} la baleine échouée {lol}", lab(INS, B)),
    ("avec ton nez tu peux creuser un tunnel", lab(INS, B)), ("t'es tellement moche que ta mère pleure", lab(INS, B)),
    ("t'es grosse et moche {fname}", lab(INS, B)), ("le nain de la classe {lol}", lab(INS, B)), ("cache tes boutons, ça me dégoûte", lab(INS, B)),
    ("sale grosse, t'as honte de rien", lab(INS, B)), ("ton corps c'est une catastrophe", lab(INS, B)), ("tu ressembles à un cochon", lab(INS, B)),
    # content criticism turned personal
    ("cette vidéo est nulle, comme toi", lab(INS)), ("ton argument est débile, comme ta gueule", lab(INS)),
    ("le montage est raté, t'es un incapable", lab(INS)), ("arrête les vidéos, t'es trop con pour ça", lab(INS)),
    ("A|Vous êtes un imbécile, votre article ne vaut rien.", lab(INS)), ("A|Pauvre idiote, retournez à vos casseroles.", lab(INS, IH)),
]
LOCAL_ATT = {"objv": ["tuer", "défoncer", "buter", "fracasser", "détruire", "éclater", "massacrer", "démolir", "planter", "égorger"], "b": ["bouffon", "grosse vache", "déchet", "sale con", "thon", "tocard", "guignol"]}

IDENT_ATTACKS = [
    ("{grp} n'ont rien à faire {place}", lab(IH)), ("je déteste {grp}", lab(IH)), ("{grp} sont tous {stereo}", lab(IH)),
    ("{grp} dehors", lab(IH)), ("il faudrait virer tous {ogrp} du pays", lab(IH)), ("les femmes n'ont rien à faire dans les jeux vidéo", lab(IH)),
    ("retourne à la cuisine {fname}", lab(IH, INS)), ("une fille à {game} ? retourne faire la vaisselle", lab(IH, INS)),
    ("retourne dans ton pays {name}", lab(IH, INS)), ("sale arabe", lab(IH, INS)), ("sale juif", lab(IH, INS)), ("sale noir", lab(IH, INS)),
    ("sale pd", lab(IH, INS)), ("sale gouine", lab(IH, INS)), ("t'es gay ? dégoûtant", lab(IH, INS)),
    ("tu mérites pas de vivre, sale {ident}", lab(INS, IH, T)), ("{grp}, on en veut pas dans notre équipe", lab(IH)),
    ("{grp} c'est des sous-hommes", lab(IH)), ("{grp} ça devrait pas exister", lab(IH)), ("vive la race blanche, {grp} dehors", lab(IH)),
    ("t'es {ident} donc t'as pas le droit de parler", lab(IH, INS)), ("{grp} c'est des animaux", lab(IH)),
    ("A|{grp} sont un danger pour notre civilisation.", lab(IH)), ("A|Renvoyons {ogrp} chez eux.", lab(IH)),
]
LOCAL_IA = {
    "grp": GROUPS, "stereo": LOCAL_ID["stereo"], "friend": FRIEND,
    "place": ["ici", "en France", "dans le foot", "dans les jeux vidéo", "à l'école", "sur cette plateforme", "dans notre quartier"],
    "ogrp": ["les migrants", "les immigrés", "les Arabes", "les Africains", "les Roms", "les réfugiés", "les Maghrébins",
             "les Noirs", "les Chinois", "les rebeus", "les renois", "les musulmans", "les juifs"],
    "ident": ["arabe", "juif", "noir", "pd", "gouine", "trans", "handicapé", "musulman", "renoi", "bougnoule"],
}



# ---------------------------------------------------------------------------
# Slot-driven extensions (more structures and fillers, so no single sentence dominates)
# ---------------------------------------------------------------------------

MISHAP = [
    "j'ai raté le bus", "j'ai oublié mes clés", "j'ai cassé mon téléphone", "il pleut des cordes", "le prof a avancé le contrôle",
    "j'ai plus de batterie", "j'ai perdu un AirPod", "j'ai loupé mon arrêt", "la cantine est fermée", "mon vélo a crevé",
    "j'ai taché mon pull blanc", "j'ai zappé l'anniv de ma mère", "le serveur est down", "ma box a planté", "j'ai marché dans une flaque",
    "j'ai oublié mon code de carte", "j'ai supprimé ma sauvegarde", "j'ai raté la dernière marche", "j'ai dormi 3h", "j'ai mal au dos",
    "il reste plus de pizza", "ma connexion rame", "le tome 12 est déjà en rupture", "j'ai confondu les dates", "le four a pas chauffé",
    "j'ai oublié de rendre le DM", "la mise à jour a tout effacé", "mon colis est perdu", "j'ai 14 devoirs pour lundi",
    "il fait 35 degrés dans la salle", "les places sont déjà sold out", "j'ai eu 4 en physique", "mon chat a vomi sur le tapis",
    "le distributeur a avalé ma carte", "j'ai mis mon pull à l'envers toute la journée", "le bus est passé en avance",
]
WOW = [
    "que c'est beau", "quelle vue", "quel but", "quelle voix elle a", "quel talent", "quel match", "quelle ambiance", "c'est magnifique",
    "ils l'ont fait", "on est qualifiés", "on a gagné", "ils ont remonté trois buts", "quelle action", "ce coucher de soleil",
    "elle chante trop bien", "il neige", "j'ai eu mon bac", "j'ai eu mon permis", "je suis prise en alternance", "quelle remontada",
    "quel retourné", "c'est trop beau ce paysage", "quelle dinguerie ce final", "j'ai eu 18 en philo",
]
PRAISE = ["c'est une dinguerie", "c'est une tuerie", "ça déchire", "c'est ouf", "c'est de la balle", "c'est un truc de malade",
          "c'est violent", "c'est sale", "ça tue", "c'est une masterclass", "c'est le feu", "c'est un banger", "c'est une pépite",
          "c'est une dinguerie absolue", "c'est chaud", "ça casse tout", "c'est une bombe", "ça m'a tué", "j'en suis mort"]
EXAM = ["ce contrôle", "le bac de français", "l'oral", "mon partiel de droit", "l'éval de maths", "mon entretien", "le code",
        "mon permis", "le brevet blanc", "l'audition", "la compèt", "le grand oral", "l'exposé", "le concours"]
KILLV = ["tué", "défoncé", "explosé", "démonté", "plié", "atomisé", "massacré", "éclaté"]
BANTERV = ["t'éclater", "te défoncer", "te détruire", "te démolir", "t'atomiser", "te massacrer", "te mettre une tôle",
           "te rouler dessus", "te ridiculiser", "te plier", "te fumer", "te tuer", "te briser", "te faire pleurer"]
AFF_INS = ["t'es con", "t'es bête", "t'es trop con", "t'es un idiot", "t'es une andouille", "t'es un boulet", "t'es un gros nul",
           "t'es une quiche", "t'es cinglé", "t'es chiant", "t'es une tête de mule", "t'es un clown", "t'es fou"]
LOVE = ["je t'aime {frr}", "je t'adore", "jtm", "mais je t'aime quand même", "c'est pour ça que je t'aime", "meilleur pote du monde",
        "bisous", "❤️", "ma personne préférée", "t'es le meilleur", "t'es la meilleure", "jamais changer"]
SELFNEG = ["trop nulle", "trop nul", "une quiche", "un boulet", "trop bête", "trop con", "trop conne", "vraiment nulle",
           "un cas désespéré", "une catastrophe ambulante", "la reine des boulets", "nul à chier", "une vraie tanche", "une brêle"]
SELFCTX = ["en maths", "en cuisine", "en orthographe", "au foot", "à {game}", "pour les créneaux", "en anglais", "avec les plantes",
           "pour me lever le matin", "en dessin", "en drague {lol}", "", "aujourd'hui", "en chimie", "au volley"]
BODYNEG = ["grosse", "gros", "moche", "trop maigre", "trop petite", "trop grand", "laide", "bizarre", "trop ronde", "pas belle"]
BODYCTX = ["en ce moment", "sur cette photo", "depuis l'été", "ce matin", "avec cette coupe", "dans ce maillot", "", "dans le miroir"]
DISTRESS = ["j'ai envie de disparaître", "je me sens vide", "j'ai plus envie de rien", "je pleure tout le temps", "je me sens nulle",
            "j'ai l'impression que personne me comprend", "je supporte plus le lycée", "j'ai envie de tout lâcher", "je me sens seul",
            "je dors plus", "je suis à bout"]
HELPASK = ["quelqu'un peut me parler ?", "je devrais appeler qui ?", "vous faites comment quand ça va pas ?", "j'en parle à ma mère demain",
           "je vais appeler une ligne d'écoute", "j'ai pris rdv avec l'infirmière", "", "ça passera", "je vais en parler à ma psy"]
OBJV = ["tuer", "défoncer", "exploser", "massacrer", "buter", "fracasser", "détruire", "éclater", "assassiner", "démolir"]
OBJ = ["ce boss", "ce devoir", "mon réveil", "ce niveau", "cette imprimante", "ce donjon", "le contrôle de demain", "ce moustique",
       "cette araignée", "ce raid", "le boss final", "la playlist", "ce gâteau entier", "la pizza", "mes révisions", "ce tiramisu",
       "le record du club", "cette compo", "le chrono", "ce sudoku"]
LOCAL_EXT = {"objv": OBJV, "obj": OBJ, "mishap": MISHAP, "wow": WOW, "praise": PRAISE, "exam": EXAM, "kv": KILLV, "bv": BANTERV, "aff": AFF_INS, "love": LOVE,
             "selfneg": SELFNEG, "selfctx": SELFCTX, "bodyneg": BODYNEG, "bodyctx": BODYCTX, "distress": DISTRESS, "helpask": HELPASK}

PROFANITY_X = ["{swear} {mishap}", "{mishap}, {swear}", "{swear}, {mishap} {lol}", "mais {swear} {mishap}", "{swear} {wow}",
               "{wow}, {swear}", "{swear} {wow} {emo}", "mais {swear} {wow}", "{mishap}... {swear} de journée", "{swear} !! {mishap}",
               "A|Bon sang, {mishap}.", "A|{mishap}, quelle poisse."]
ENTHUSIASM_X = ["{thing}, {praise}", "{thing} : {praise} {emo}", "{praise} {thing}", "j'ai {kv} {exam}", "j'ai {kv} {exam} {emo}",
                "{name} a {kv} {exam}", "on a {kv} {exam} {lol}", "{praise} {lol}", "{name} {thing} {praise}"]
BANTER_X = ["je vais {objv} {obj} {lol}", "je vais {objv} {obj} {when}", "{when} je vais {objv} {obj}", "aide-moi à {objv} {obj} {lol}",
            "on va {objv} {obj} ensemble {emo}", "j'ai envie de {objv} {obj} {lol}", "qui veut m'aider à {objv} {obj} ?",
            "je vais {bv} {sport} {when} {lol}", "{name}, je vais {bv} à {game} {lol}", "prépare-toi {name}, je vais {bv} {when} à {game}",
            "t'es mort {when} à {game} {lol}", "{aff} {lol} {love}", "{aff} {name} {lol} {love}", "{aff} mais {love}",
            "{at} {aff} {lol} {love}", "{when} à {game} je vais {bv} {lol}", "attends {when} {sport}, je vais {bv} {lol}"]
SELF_X = ["je suis {selfneg} {selfctx}", "je suis {selfneg} {selfctx} {lol}", "je me trouve {bodyneg} {bodyctx}",
          "je me trouve {bodyneg} {bodyctx}, ça me mine", "{distress}", "{distress} ce soir", "{distress}, {helpask}",
          "depuis quelques semaines {distress}, {helpask}", "A|Je me trouve {bodyneg} {bodyctx}, il faut que je m'accepte.",
          "pourquoi je suis {selfneg} {selfctx} 😭", "moi je suis {selfneg} {selfctx}, t'inquiète {name}"]


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

def build() -> list[Row]:
    """All rows, hard negatives first, then paired attacks; exact duplicates (lowercased) removed."""
    rng = random.Random(SEED)
    BASES.clear()
    seen: set[str] = set()
    rows: list[Row] = []
    neg = [
        (PROFANITY + PROFANITY_X, 560, "teen", LOCAL_EXT), (ENTHUSIASM + ENTHUSIASM_X, 540, "teen", LOCAL_EXT),
        (BANTER + BANTER_X, 660, "teen", LOCAL_EXT), (SMS_FORMS, 300, "sms", None), (COUNTER, 500, "mix", LOCAL_Q),
        (VICTIM, 470, "mix", LOCAL_Q), (QUOTES, 430, "mix", LOCAL_Q2), (SELF + SELF_X, 380, "teen", LOCAL_EXT),
        (INNOCENT + INNOCENT_X, 760, "mix", LOCAL_INN), (IDENTITY + ident_rows(rng), 520, "mix", LOCAL_ID), (CRITICISM, 360, "mix", None),
    ]
    sober_sections = {id(COUNTER), id(VICTIM), id(QUOTES)}
    names = ["profanity", "enthusiasm", "banter", "sms_forms", "counter_speech", "victim_help", "quotes_news",
             "self_deprecation", "innocent_words", "identity_positive", "criticism"]
    for name, (templates, n, reg, local) in zip(names, neg, strict=True):
        SECTION_COUNTS[name] = gen(rng, templates, n, register=reg, local=local,
                                   sober=id(templates) in sober_sections, seen=seen, rows=rows)
    SECTION_COUNTS["attack_name_calling"] = animal_attacks(rng, 300, seen, rows)
    SECTION_COUNTS["attack_mixed"] = gen(rng, ATTACKS, 680, kind="attack", register="mix", local=LOCAL_ATT, seen=seen, rows=rows)
    SECTION_COUNTS["attack_identity"] = gen(rng, IDENT_ATTACKS, 230, kind="attack", register="mix", local=LOCAL_IA, seen=seen, rows=rows)
    return rows


SECTION_COUNTS: dict[str, int] = {}


def main() -> None:
    """Write the CSV and print counts."""
    heldout = evaluation_texts()
    rows = [r for r in build() if text_key(r[0]) not in heldout]
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "lang", "labels", "kind", "register"])
        w.writerows(rows)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[3]] = counts.get(r[3], 0) + 1
        counts["reg:" + r[4]] = counts.get("reg:" + r[4], 0) + 1
        for c in r[2].split():
            counts["label:" + c] = counts.get("label:" + c, 0) + 1
    print(len(rows), dict(sorted(counts.items())))
    print(SECTION_COUNTS)


if __name__ == "__main__":
    main()
