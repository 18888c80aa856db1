# ruff: noqa: E501  (data tables: one template per string reads better than wrapped fragments)
"""Generate fr_attacks.csv: French personal-harassment attacks plus as many ordinary/hard-negative comments.

Deterministic (fixed seed, standard library only): re-running rewrites the CSV identically.
Templates use a small slot language, resolved by `_fill`:
  {SLOT}          a filler drawn from FILLERS (may itself contain slots / choices)
  {g:masc|fem}    chosen by the grammatical gender of the row's target
  {r:a|b|c}       a uniform random choice
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evaluation_sets import evaluation_texts, text_key

SEED = 20261125
OUT = Path(__file__).with_name("fr_attacks.csv")

# Row quotas. Attack quotas are per *primary* category (the frame's own category); composed rows add labels.
ATTACK_QUOTA = {
    "insult": 1350,
    "threat": 450,
    "self_harm_incitement": 420,
    "doxxing": 420,
    "body_shaming": 450,
    "exclusion": 430,
    "sexual_harassment": 440,
    "identity_hate": 40,
}
BENIGN_QUOTA = {"neutral": 2650, "hard_negative": 1350}
REGISTER_WEIGHTS = {"teen": 0.45, "adult": 0.35, "sms": 0.20}
OBFUSCATION_RATE = 0.21
COMPOSE_RATE = 0.17
MAX_VARIANTS = 2  # surface variants (decoration, SMS, obfuscation, typos) kept per filled sentence


# ---------------------------------------------------------------- fillers

NAMES_F = ["Léa", "Inès", "Chloé", "Manon", "Jade", "Lina", "Yasmine", "Emma", "Camille", "Sarah", "Nour", "Maëlys", "Louna", "Océane", "Clara", "Zoé", "Anaïs", "Lou", "Alice", "Romane", "Ambre", "Eva", "Rose", "Lola", "Louise", "Juliette", "Mélissa", "Kenza", "Aya", "Salomé", "Fatou", "Aïcha", "Julie", "Aurélie", "Sandrine", "Nadia", "Laetitia", "Coralie", "Marine", "Élodie", "Justine", "Morgane", "Cindy", "Jessica", "Maëva", "Lilou", "Assia", "Nina", "Elsa", "Capucine"]
NAMES_M = ["Lucas", "Enzo", "Nathan", "Kylian", "Mehdi", "Rayan", "Théo", "Hugo", "Yanis", "Adam", "Noah", "Ethan", "Sofiane", "Bilal", "Mathis", "Axel", "Kevin", "Dylan", "Jordan", "Alexis", "Julien", "Thomas", "Nicolas", "Marc", "Sébastien", "Laurent", "Karim", "Mamadou", "Loïc", "Maxime", "Tom", "Louis", "Gabriel", "Arthur", "Jules", "Ilyes", "Samy", "Noé", "Timéo", "Evan", "Baptiste", "Quentin", "Romain", "Florian", "Jérémy", "Anthony", "Malik", "Killian", "Esteban", "Sacha"]
LAST = ["Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Simon", "Michel", "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "Mercier", "Blanc", "Guérin", "Boyer", "Chevalier", "Benali", "Diallo", "Nguyen", "Haddad", "Traoré", "Da-Silva", "Lopez", "Perrin", "Morel", "Lemoine", "Carpentier", "Marchand", "Colin", "Renaud"]
HANDLE_SUFFIX = ["", "_", ".", "_off", "77", "2010", "_x", "_officiel", "tv", "_gaming", "_pv", "lol", "93", "_bzh",
                 "13", "_98", ".b", "_tkt", "xx", "_2011", "__", "_music", "69", "_ytb"]
CLASSES = ["6e A", "6e C", "5e B", "5e D", "4e B", "4e A", "4e E", "3e D", "3e F", "3e B", "seconde 3", "seconde 7",
           "1ère G2", "1ère G5", "terminale 4", "terminale 1", "BTS 1", "CM2"]
PLACES = ["à la sortie", "devant le collège", "devant le lycée", "au city", "à l'arrêt de bus", "au parking",
          "derrière le gymnase", "devant chez toi", "à la gare", "au kebab", "à la récré", "au skatepark",
          "dans les vestiaires", "au foot", "en bas de ta tour", "devant ton bahut", "au McDo", "à la cantine",
          "près du stade", "devant la boulangerie", "au centre commercial", "à la piscine"]
TIMES = ["demain", "ce soir", "lundi", "à 16h30", "après les cours", "vendredi", "cet aprèm", "la semaine pro",
         "mardi à 17h", "dans 5 min", "jeudi midi", "samedi", "à la fin des cours", "mercredi", "tout à l'heure"]
STREETS = ["rue des Lilas", "rue Victor-Hugo", "avenue Jean-Jaurès", "allée des Peupliers", "impasse des Tilleuls",
           "chemin du Moulin", "rue de la Gare", "boulevard Gambetta", "rue Pasteur", "rue des Écoles",
           "résidence les Mimosas bât. C", "rue du Stade", "place de la Mairie", "rue Jules-Ferry",
           "cité des Fleurs tour 4", "rue des Acacias", "allée des Cerisiers", "rue du Four", "route de la Forêt",
           "square des Glycines", "rue Émile-Zola", "rue des Vignes"]
CITIES = ["Villebourg", "Montclar-sur-Orne", "Beaulieu-les-Pins", "Sainte-Marthe", "Pont-Lavaux", "Brissac-le-Haut",
          "Lormont-sur-Isle", "Saint-Aubin-des-Bois", "Roncières", "Valmont", "Chantelle-sur-Loire", "Les Aubiers",
          "Fontenelle", "Marsac", "Cressy-la-Vallée"]
SCHOOLS = ["Jean-Moulin", "Victor-Hugo", "Jules-Ferry", "Louise-Michel", "Marie-Curie", "Pablo-Picasso",
           "Les Tilleuls", "Saint-Exupéry", "Albert-Camus", "Simone-Veil", "Jean-Rostand", "Paul-Éluard"]
SUBJECTS = ["maths", "physique", "SVT", "anglais", "espagnol", "histoire-géo", "français", "techno", "philo",
            "allemand", "éco", "latin", "EPS", "musique", "arts plastiques"]
GAMES = ["Fortnite", "Valo", "LoL", "Rocket League", "FIFA", "Minecraft", "Apex", "CoD", "Brawl Stars",
         "Clash Royale", "Among Us", "Overwatch", "Rainbow Six", "GTA RP", "Mario Kart"]
CLUBS = ["le PSG", "l'OM", "l'OL", "Lens", "Rennes", "Nantes", "Monaco", "Lille", "Nice", "Brest", "Toulouse",
         "Strasbourg", "Reims", "les Bleus"]
PLATFORMS = ["snap", "insta", "tiktok", "le groupe", "la conv", "discord", "le serv", "whatsapp", "twitch", "youtube"]
TOPICS = ["les voitures électriques", "la nouvelle saison", "le dernier album", "la réforme du bac", "le télétravail",
          "les trottinettes", "la VAR", "le mercato", "les séries coréennes", "la cuisine végé", "le vélo en ville",
          "les jeux en early access", "le montage vidéo", "l'IA dans les jeux", "les montres connectées",
          "le budget vacances", "les ados sur les réseaux", "les films de super-héros", "le rap des années 2000"]

INSULT_N = [
    "{g:bouffon|bouffonne}", "bolosse", "boloss", "m:clown", "débile", "abruti{g:|e}", "crétin{g:|e}", "idiot{g:|e}",
    "imbécile", "{g:connard|connasse}", "{g:con|conne}", "{g:pauvre type|pauvre fille}", "tocard{g:|e}", "nullos",
    "m:guignol", "cassos", "m:cas social", "f:sous-merde", "m:déchet", "raté{g:|e}", "minable", "{g:clochard|clocharde}",
    "baltringue", "{g:bâtard|bâtarde}", "{g:fils de pute|pute}", "{g:enfoiré|enfoirée}", "{g:enculé|salope}",
    "m:trou du cul", "f:tête de con", "f:tête de nœud", "f:face de rat", "m:sac à merde", "f:ordure", "f:raclure", "f:vermine",
    "f:larve", "m:parasite", "{g:chien|chienne}", "m:rat", "teubé", "m:blaireau", "plouc", "beauf", "naze", "{g:nul|nulle}",
    "m:gland", "{g:couillon|couillonne}", "trouduc", "fragile", "loser", "{g:crevard|crevarde}",
    "{g:rageux|rageuse}", "neuneu", "mytho", "f:victime", "m:PNJ", "noob", "f:tache", "{g:pouilleux|pouilleuse}",
    "{g:attardé|attardée}", "{g:demeuré|demeurée}", "{g:abruti fini|pétasse}", "{g:bouseux|grognasse}",
    "{g:pignouf|pouffiasse}", "schlag", "kassos", "bolos", "cave", "m:boulet", "{g:tebé|tebé}", "{g:cancre|cancre}",
    "{g:merdeux|merdeuse}", "{g:gamin|gamine} attardé{g:|e}", "{g:salaud|morue}", "{g:guignol|dinde}",
    "{g:pleurnichard|pleurnicharde}", "{g:lèche-cul|lèche-cul}", "{g:clampin|cruche}", "{g:sale mioche|sale gosse}",
    "{g:nazebroque|nazebroque}", "{g:bouffon de service|bouffonne de service}", "{g:tâcheron|tâcheronne}",
]
INSULT_A = [
    "{g:nul|nulle}", "débile", "{g:con|conne}", "bête", "pathétique", "ridicule", "minable", "insupportable",
    "{g:gênant|gênante}", "{g:claqué|claquée}", "{g:éclaté|éclatée}", "cringe", "{g:malaisant|malaisante}",
    "inutile", "stupide", "pitoyable", "lamentable", "dégueulasse", "immonde", "{g:répugnant|répugnante}",
    "{g:attardé|attardée}", "teubé", "{g:lourd|lourde}", "relou", "{g:abruti|abrutie}", "{g:niais|niaise}",
    "{g:arriéré|arriérée}", "{g:pourri|pourrie}", "{g:limité|limitée}", "{g:prétentieux|prétentieuse}",
    "hypocrite", "{g:chiant|chiante}", "{g:bidon|bidon}", "{g:naze|naze}", "{g:mauvais|mauvaise}",
    "{g:aigri|aigrie}", "{g:toxique|toxique}", "{g:inculte|inculte}", "{g:con comme un balai|conne comme un balai}",
]
BODY_N = [
    "{g:gros lard|grosse vache}", "f:baleine", "{g:gros tas|grosse dondon}", "f:boule de graisse", "m:sac à gras",
    "{g:gros porc|grosse truie}", "m:squelette", "m:cure-dent", "{g:nain|naine}", "f:girafe", "f:face de pizza",
    "f:tête de cheval", "m:sac d'os", "m:morse", "m:hippopotame", "m:bibendum", "{g:gros thon|thon}", "m:cachalot", "f:mocheté",
    "{g:gros boudin|boudin}", "{g:gros plein de soupe|grosse patate}", "f:{g:asperge|asperge}", "{g:boutonneux|boutonneuse}",
    "{g:gros bide|grosse dinde}", "f:{g:tête de fion|tête de fion}", "{g:gros cochon|grosse cochonne}",
]
BODY_A = [
    "{g:gros|grosse}", "obèse", "moche", "{g:laid|laide}", "maigre", "{g:gras|grasse}", "{g:boutonneux|boutonneuse}",
    "difforme", "{g:dégueu|dégueu}", "flasque", "{g:poilu|poilue}", "minuscule", "{g:gros et moche|grosse et moche}",
    "{g:hideux|hideuse}", "{g:énorme|énorme}", "{g:squelettique|squelettique}", "{g:mal foutu|mal foutue}",
]
BODY_PART = [
    "ton gros cul", "ton bide", "ton double menton", "tes bourrelets", "ton nez de sorcière", "tes dents de lapin",
    "tes oreilles de Dumbo", "tes cuisses de jambon", "ta face de pizza", "tes vergetures", "ta cellulite",
    "tes bras de crevette", "tes cheveux gras", "ta moustache", "ton front de 3 mètres", "tes boutons",
    "ta tête de cheval", "tes jambes de poulet", "ton ventre", "tes poignées d'amour", "ton crâne dégarni",
]
VIOLENCE = [
    "défoncer", "casser les dents", "éclater", "refaire le portrait", "casser les jambes", "briser les doigts",
    "péter le nez", "démonter la tête", "régler ton compte", "planter", "buter", "tabasser", "massacrer",
    "faire bouffer tes dents", "mettre en PLS", "fracasser", "égorger", "cramer", "faire saigner", "crever les yeux",
    "ouvrir en deux", "faire la peau", "allumer", "niquer ta race",
]
KILL = ["tue", "bute", "crève", "défonce", "plante", "massacre", "fume", "termine", "démonte", "éclate"]
E_INS = ["🤡", "🖕", "💩", "🐀", "🐍", "🤮", "🙄", "🤢", "🤡🤡", "🖕🖕", "🤡🤡🤡", "🐒"]
E_THR = ["🔪", "🔪🔪", "🪓", "🔫", "💀", "🪦", "⚰️", "🩸", "🔪🩸", "🔫💀", "🪦🪦", "👊"]
E_BODY = ["🐷", "🐳", "🐖", "🦛", "🐘", "🤮", "🍔", "🐷🐷", "🐳🐳", "🐽", "🤢"]
E_SEX = ["😏", "🍆", "💦", "👅", "🍑", "🍆💦", "😏😏", "👀🍑", "🥵"]
E_EXC = ["👋", "🚫", "❌", "🙋", "👋👋", "🚮", "🚪"]
E_NEUT = ["😂", "🤣", "❤️", "🔥", "👏", "💯", "😍", "🙏", "✨", "😭", "💀", "🥲", "😅", "👀", "🫶", "💪", "😮"]


def _phone(r: random.Random) -> str:
    d = [f"{r.randint(0, 99):02d}" for _ in range(4)]
    lead = r.choice(["06", "07"])
    style = r.randint(0, 3)
    if style == 0:
        return " ".join([lead, *d])
    if style == 1:
        return ".".join([lead, *d])
    if style == 2:
        return lead + "".join(d)
    return "+33 " + lead[1] + " " + " ".join(d)


@dataclass
class Ctx:
    """Per-row state: gender and identity of the target so all slots agree."""

    r: random.Random
    gender: str
    name: str
    reg: str
    other: str = ""
    cache: dict[str, str] = field(default_factory=dict)


def _handle(c: Ctx, name: str | None = None) -> str:
    base = unicodedata.normalize("NFKD", (name or c.name).lower()).encode("ascii", "ignore").decode()
    pre = c.r.choice(["", "", "", "xx_", "the_", "le_vrai_", "la_vraie_" if c.gender == "f" else "le_", "its"])
    return "@" + pre + base + c.r.choice(HANDLE_SUFFIX)


DESC_F = ["la meuf en rouge", "la nouvelle de {C}", "la blonde du premier rang", "la fille sur la vidéo",
          "la rousse de {C}", "la streameuse", "la déléguée de {C}", "celle qui fait des tiktoks", "la meuf à lunettes",
          "la petite de {C}", "la youtubeuse", "la meuf du bus 12", "la fille avec le sac rose", "la meuf de {C}",
          "la fille qui chante à 1:20", "la brune en story", "la meuf de l'équipe de hand"]
DESC_M = ["le mec de {C}", "le nouveau de {C}", "le gars en vert", "le streamer", "le mec sur la vidéo",
          "le gardien de l'équipe", "celui qui commente en boucle", "le délégué de {C}", "le mec du fond de la classe",
          "le youtubeur", "le gars du bus 12", "le mec avec la casquette", "le tiktokeur", "le petit de {C}",
          "le mec qui parle à 3:45", "le gars de l'équipe de foot", "le rouquin de {C}"]


def _voc(c: Ctx) -> str:
    x = c.r.random()
    if x < 0.33:
        return ""
    if x < 0.58:
        return c.name
    if x < 0.78:
        return _handle(c)
    if x < 0.93:
        return c.r.choice(DESC_F if c.gender == "f" else DESC_M)
    return "toi"


def _third(c: Ctx) -> str:
    if "P" in c.cache:
        return c.cache["P"]
    x = c.r.random()
    if x < 0.55:
        v = c.name
    elif x < 0.75:
        v = _handle(c)
    else:
        v = c.r.choice(DESC_F if c.gender == "f" else DESC_M)
    c.cache["P"] = v
    return v


def _noun(item: str) -> str:
    """Nouns with a fixed grammatical gender ("f:ordure") carry a marker so determiners can agree with the noun."""
    if item[:2] in ("m:", "f:"):
        return f"\x01{item[0]}\x02{item[2:]}"
    return item


FILLERS: dict[str, Callable[[Ctx], str]] = {
    "N": lambda c: _noun(c.r.choice(INSULT_N)),
    "A": lambda c: c.r.choice(INSULT_A),
    "BN": lambda c: _noun(c.r.choice(BODY_N)),
    "BA": lambda c: c.r.choice(BODY_A),
    "BP": lambda c: c.r.choice(BODY_PART),
    "V": _voc,
    "P": _third,
    "NAME": lambda c: c.name,
    "NAME2": lambda c: c.other,
    "H": lambda c: _handle(c),
    "C": lambda c: c.r.choice(CLASSES),
    "PL": lambda c: c.r.choice(PLACES),
    "T": lambda c: c.r.choice(TIMES),
    "VIOL": lambda c: c.r.choice(VIOLENCE),
    "KILL": lambda c: c.r.choice(KILL),
    "EI": lambda c: c.r.choice(E_INS),
    "ET": lambda c: c.r.choice(E_THR),
    "EB": lambda c: c.r.choice(E_BODY),
    "ES": lambda c: c.r.choice(E_SEX),
    "EX": lambda c: c.r.choice(E_EXC),
    "EN": lambda c: c.r.choice(E_NEUT),
    "ADDR": lambda c: f"{c.r.randint(1, 148)}{c.r.choice(['', '', '', ' bis', 'B'])} {c.r.choice(STREETS)}"
    + c.r.choice(["", "", f" à {c.r.choice(CITIES)}", f", {c.r.choice(CITIES)}"]),
    "TEL": lambda c: _phone(c.r),
    "CITY": lambda c: c.r.choice(CITIES),
    "SCHOOL": lambda c: c.r.choice(SCHOOLS),
    "FULL": lambda c: f"{c.name} {c.r.choice(LAST)}",
    "AGE": lambda c: str(c.r.randint(11, 17) if c.reg != "adult" else c.r.randint(18, 52)),
    "SUBJ": lambda c: c.r.choice(SUBJECTS),
    "GAME": lambda c: c.r.choice(GAMES),
    "CLUB": lambda c: c.r.choice(CLUBS),
    "PLAT": lambda c: c.r.choice(PLATFORMS),
    "TOPIC": lambda c: c.r.choice(TOPICS),
    "TS": lambda c: f"{c.r.randint(0, 14)}:{c.r.randint(0, 59):02d}",
    "HOUR": lambda c: c.r.choice(["8h", "9h30", "12h", "14h", "16h30", "17h", "18h", "18h30", "19h", "20h", "21h"]),
    "IP": lambda c: f"{c.r.randint(80, 92)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}",
    "PLATE": lambda c: f"{c.r.choice('ABCDEFGH')}{c.r.choice('JKLMNPQRS')}-{c.r.randint(100, 999)}-"
    f"{c.r.choice('ABCDEFGH')}{c.r.choice('TUVWXYZ')}",
    "N_INT": lambda c: str(c.r.choice([2, 3, 5, 10, 15, 20, 50])),
}


# ---------------------------------------------------------------- frames


@dataclass(frozen=True)
class Frame:
    """One template with its labels, allowed registers (t/a/s) and grammatical person of the target."""

    tpl: str
    labels: frozenset[str]
    regs: str
    person: int
    cat: str


def F(labels: str, regs: str, *tpls: str, p: int = 2, cat: str = "") -> list[Frame]:
    """Build frames sharing labels/registers; cat defaults to the first label (or the kind for benign rows)."""
    labs = frozenset(labels.split()) if labels and labels not in ("neutral", "hard_negative") else frozenset()
    out = []
    for t in tpls:
        extra: set[str] = set()
        if labs and any(slot in t for slot in ("{N}", "{A}", "{BN}")):
            extra.add("insult")  # an attack that also name-calls is an insult as well
        if labs and "{BN}" in t:
            extra.add("body_shaming")
        out.append(Frame(t, labs | extra, regs, p, cat or labels.split()[0]))
    return out


ATTACKS: list[Frame] = []

# ---- insult, teen
ATTACKS += F("insult", "ts",
    "t'es trop {g:un|une} {N}", "wsh t'es {A} toi", "ptdr t ki ? {r:va|allez|dégage} {N}", "{V} t'es {g:qu'un|qu'une} {N}",
    "ferme ta gueule {N}", "mais quel{g:|le} {N} {r:sérieux|frr|wsh|sah|jpp|mdr}", "personne t'a demandé ton avis {N}",
    "t'as le QI d'{r:une huître|une moule|un poisson rouge|une chaise|un caillou|une huître périmée|un bulot}",
    "{V} t'es la honte de {r:ta famille|ta classe|ton quartier|la {C}|ton équipe|ta race}",
    "sah t'es {g:le plus gros|la plus grosse} {N} du {r:collège|lycée|bahut|groupe|serveur}",
    "askip t'es {A}, bah c'est vrai", "jsp comment on peut être aussi {A}", "retourne jouer aux billes {N}",
    "mdr t'es tellement {A} que même ta mère a honte de toi", "t'es une erreur de la nature {V}",
    "tu sers à rien {N}", "ton cerveau il est où {N} ?", "va te cacher {N}", "tu fais pitié {V}", "cheh {N}",
    "{V} arrête de parler t'es {A}", "tes vidéos sont aussi nulles que toi {N}",
    "qui a laissé {g:ce|cette} {N} poster ici ?", "on dirait {g:un|une} {N} quand tu danses",
    "t'as cru t'étais qui {N} {EI}", "espèce de {N}", "sale {N}", "t'es {A} et {A}", "tes {A} {V} {EI}",
    "ta gueule {N}", "tes potes te supportent par pitié {N}", "même ton chien t'aime pas {V}",
    "t'es le PNJ de la classe {V}", "t'es trop {g:claqué|claquée} {V}", "la {r:honte|hess} d'être toi",
    "t'es {g:un|une} {N} et tu le sais", "quand ils distribuaient les cerveaux t'étais aux toilettes {N}",
    "{V} tu pues la merde", "{V} t'es {g:un|une} {N} de première", "t'es {A} de ouf {V}",
    "gros{g:| } {N}".replace("gros{g:| }", "{g:gros|grosse}"), "pauvre {N} va", "tu parles trop pour {g:un|une} {N}",
    "qui t'a appris à {r:parler|écrire|jouer|chanter} {N} ?", "{V} retourne en maternelle",
    "wsh {V} t'es {A} comme ta {r:sœur|mère|cousine}", "t'es {A}, point", "tu te crois drôle mais t'es juste {A}",
    "ntm {N}", "nique ta mère {N}", "ta mère la {N}", "fils de {N}", "t'es {g:un|une} {N} {EI}", "{N} {EI}",
    "{EI}{EI} {V}", "la {r:tête|gueule|dégaine} de {N} que t'as", "t'as une tête de {N} {V}",
    "tu mérites même pas qu'on te réponde {N}", "{V} t'es vraiment {g:le roi|la reine} des {r:cons|bouffons|boloss|clowns}",
    "t'es en {C} et t'as l'âge mental d'un bébé {N}", "même en {SUBJ} t'as 2 de moyenne {N}",
    "t'as raté ta vie à {AGE} ans {N}", "tu crois que quelqu'un t'aime {N} ?", "on rigole de toi sur {PLAT} {N}",
    "à chaque fois que t'ouvres ta bouche tu perds un neurone {V}", "t'es {A} même sur {PLAT}",
    "{V} c'est toi le {r:plus gros boloss|plus gros clown|plus gros bouffon} de {C}", "t'es pas drôle t'es {A}",
    "t'as vu ta tête {N}", "tu fais honte à tous les {r:gamers|joueurs|élèves|fans}", "t'es {A} c'est abusé",
    "arrête tes vidéos {N}, personne regarde", "{V} ton tiktok est aussi {A} que toi",
    "ptdr {V} {g:il|elle} se croit {r:stylé|beau|populaire|drôle}{g:|e} alors que c'est {g:un|une} {N}",
    "mdrrr t'as cru t'étais une star {N}", "c'est qui {g:ce|cette} {N} dans les comms",
)
ATTACKS += F("insult", "ts",
    "{P} c'est {g:un|une} {N}, tout le monde le sait", "{P} {g:il|elle} est trop {A} {r:mdr|ptdr|frr|sérieux|wsh}",
    "{P} c'est {g:le|la} {N} de la classe", "vous avez vu {P} ? quel{g:|le} {N} {EI}",
    "{P} {g:il|elle} sert à rien dans le groupe, {g:un|une} vrai{g:|e} {N}",
    "le {r:cringe|malaise} quand {P} parle", "{P} {g:il|elle} est {A} et {g:il|elle} le sait pas",
    "honnêtement {P} c'est {g:le|la} pire {N} du bahut", "{P} = {N}", "{P} {EI}{EI}",
    "trop {A} {P} mdr", "{P} {g:il|elle} se la raconte alors que c'est {g:un|une} {N}",
    "sah {P} {g:il|elle} est {A}, personne peut {g:le|la} blairer",
    "qqn peut dire à {P} que c'est {g:un|une} {N} ?", "{P} c'est le plus gros {r:mytho|bouffon|boloss} de {C}",
    "jpp de {P} {g:il|elle} est tellement {A}", "{P} {g:il|elle} a une tête de {N}",
    "askip {P} {g:il|elle} a pleuré en {SUBJ} mdr quel{g:|le} {N}",
    p=3)
# ---- insult, adult
ATTACKS += F("insult", "as",
    "Vous êtes {g:un parfait|une parfaite} {N}.", "Encore un commentaire de {N}. T'as rien d'autre à faire de ta vie ?",
    "Quel ramassis de conneries, t'es vraiment {A}", "T'as été {g:bercé|bercée} trop près du mur toi",
    "Désinstalle le jeu, {N}", "t'es le pire {r:support|tank|jungler|gardien|coéquipier|mid} que j'ai jamais vu, espèce de {N}",
    "tu feed depuis 10 min {N}", "Pauvre {N}, retourne dans ta cave", "Personne n'a besoin de ton avis, {N}",
    "On voit bien que t'as pas inventé l'eau tiède", "Tu dois être {A} dans la vraie vie aussi",
    "Avec des gens comme toi pas étonnant que ce forum coule. {N}.",
    "t'es {A} ou tu le fais exprès ?", "Ah bah bravo, encore {g:un|une} {N} qui la ramène", "Ferme-la, {N}.",
    "Va te faire foutre {N}", "Va te faire voir, {N}", "{V}, tu es d'une {r:bêtise|médiocrité|nullité|stupidité} affligeante",
    "Ton live est à ton image : vide. {N}.", "Sérieux t'es payé pour être aussi {A} ?", "report ce {N} svp, il throw",
    "gg ez, retourne sur Candy Crush {N}", "ton niveau c'est celui d'un {r:bot|enfant de 5 ans|poisson rouge} {N}",
    "Tu fais partie de ces {N}s qui ouvrent leur bouche sans réfléchir.", "Quel{g:|le} {N}, franchement.",
    "t'es {g:un|une} {N} fini{g:|e}", "Retourne à ton RSA, {N}", "Tu mérites même pas le temps que je passe à te répondre, {N}.",
    "Ta gueule, t'y connais rien {N}", "T'es la preuve vivante que la bêtise n'a pas de limite.",
    "Allez dégage, {N}", "Mon dieu que t'es {A}", "Je plains tes collègues, ils doivent te supporter {N}.",
    "Quelle {r:tanche|quiche|truffe|buse|cruche|andouille|endive}, t'as même pas lu l'article",
    "{V} tu as la cervelle d'un moineau", "t'es {A}, ça se voit même à travers l'écran",
    "Abruti{g:|e} de {r:streamer|youtubeur|commentateur|modo}", "Les modos, virez-moi {g:ce|cette} {N}",
    "Toi t'es {g:le genre de|le genre de} {N} qui parle fort au resto", "Va jouer ailleurs {N}, tu pourris toutes les games",
    "Incroyable d'être aussi {A} à {AGE} ans.", "Tu pues la défaite, {N}.", "Le QI d'une {r:huître|moule|chaussette}, bravo.",
    "{N}. Point.", "Cher {N}, personne ne t'a sonné.", "Tu n'es qu'{g:un|une} {N}, et ça se lit à chaque ligne.",
    "Si la connerie était un sport t'aurais la médaille d'or {V}", "T'es {A} à en pleurer.",
    "j'ai rarement vu {g:un|une} {N} pareil{g:|le}", "t'es un déchet de la société {V}",
    "Fermez-la, bande de {r:cons|bouffons|guignols|clowns}, et toi {V} le premier",
)
ATTACKS += F("insult", "as",
    "{P} est {g:un|une} {N} fini{g:|e}", "L'auteur de cette vidéo est {g:un|une} {N}", "{P}, quel{g:|le} {N} {EI}",
    "Ce {r:youtubeur|streamer|mec} est {g:un|une} {N} de compétition".replace("Ce {r:youtubeur|streamer|mec}", "{P}"),
    "{P} n'a aucun talent, c'est {g:un|une} {N}", "Comment on peut suivre {P}, c'est {g:un|une} {N}",
    "{P} devrait arrêter les vidéos, {g:il|elle} est {A}", "Pire {r:créateur|créatrice} de la plateforme : {P}. {A}.",
    "{P} est {A}, ça fait peine à voir", "Franchement {P} c'est {g:un|une} {N}, unfollow direct",
    p=3)
# ---- insult, sms native
ATTACKS += F("insult", "s",
    "tg {N}", "ftg {V}", "ntm {V}", "fdp va", "t 1 {N}", "tes qu1 {N}", "va chier {N}", "nik ta mer {N}", "ta gl {V}",
    "pov {N}", "ptn t {A}", "tes tro {A} wsh", "jte kif pa t 1 {N}", "ta mer la {N}", "fdp {EI}", "tg fdp",
    "ntm ftg", "va te fr foutr {N}", "t ki toi {N}", "tes ko {N}", "tpm {N}", "nsm t {A}", "t 1 gros {N} mdr",
    "ferm ta gl {N}", "bouffon va", "tes 1 merde", "vtff {N}", "tro {A} lol", "t grav {A}", "slt {N} 🙂",
)

# ---- threat
ATTACKS += F("threat", "tas",
    "je vais te retrouver {PL}", "jte retrouve {T} {PL}, tu vas voir", "on t'attend {PL} {T}",
    "fais gaffe à toi {V}, je sais où tu {r:habites|dors|traînes|passes le mercredi}",
    "t'es mort{g:|e} {T}", "{T} {PL} t'es mort{g:|e}", "je vais te {VIOL}", "je vais te {VIOL} {T}",
    "si je te croise je te {KILL}", "tu vas prendre cher {V}", "j'espère que tu crèves {r:dans d'atroces souffrances|ce soir|seul{g:|e}|comme un chien|bientôt}",
    "j'espère que tu vas te faire {r:écraser par un bus|renverser|tabasser|poignarder}",
    "on va crever les pneus de ta {r:caisse|scoot|mob|voiture|bécane}", "je vais brûler ta {r:maison|caisse|baraque}",
    "compte tes jours {N}", "dors avec un œil ouvert {V}", "{ET} {V}", "{V} {ET}{ET}", "attends que je te choppe {PL}",
    "tu vas pas finir l'année {V}", "on est {N_INT} à t'attendre {PL} {T}",
    "je connais ton {r:bahut|lycée|collège|club|taf|quartier}, je vais venir", "mes grands frères vont s'occuper de toi {V}",
    "tu vas finir à l'hôpital", "tu vas regretter d'être né{g:|e}", "quelqu'un devrait te casser la gueule {V}",
    "tu mérites une balle", "je vais te faire disparaître", "ça va mal finir pour toi {V}",
    "je te jure je vais te {r:tuer|buter|défoncer}", "on va te lyncher à la récré", "ta famille va payer",
    "je vais m'en prendre à ton petit frère", "tu vas voir ce que ça fait de saigner", "bientôt {r:🪦|⚰️|💀} pour toi",
    "je vais te faire ravaler tes paroles à coups de poing", "redis ça {PL} et t'es mort{g:|e}",
    "viens {PL} {T} si t'es un homme", "t'inquiète on va se voir {PL}, et là tu rigoleras moins",
    "la prochaine fois je viens avec un couteau {ET}", "je vais te défigurer {V}",
    "tu sortiras pas vivant{g:|e} {PL}", "je vais te faire la misère jusqu'à ce que tu pleures du sang",
    "on va te chopper à {r:plusieurs|10|15|toute la bande}", "j'ai hâte de voir ta tête en sang",
    "je sais à quelle heure tu sors, fais attention {V}", "ta vie est finie {V}",
    "un jour quelqu'un va te retrouver et tu vas comprendre", "je vais venir te chercher chez toi {V}",
    "Je vais te trouver, et ce jour-là tu vas regretter ce message.", "Continue comme ça et tu finis dans un fossé.",
    "J'espère qu'on te retrouvera dans un ravin", "Si je te vois à la convention, je t'éclate.",
    "Je vais attendre devant ton boulot, on va discuter", "On va te faire passer l'envie de poster, crois-moi",
    "Je vais mettre le feu à ta bagnole", "t'as de la chance que je sois pas à côté de toi",
    "crève {N}", "crève {ET}", "j'espère que tu vas crever {V}", "que quelqu'un te {r:bute|plante|tue} svp",
    "je vais te {VIOL} sale {N}", "t'es {g:un|une} {N} mort{g:|e}", "{T} tu vas comprendre ta douleur",
)
ATTACKS += F("threat", "s",
    "jvé te {VIOL}", "jte retrouv {PL}", "t mor {T}", "jte bute", "on t'atten {PL}", "fo ke tu crev",
    "jte defonc {T}", "t mor{g:|te} {ET}", "att ke jte choppe", "jsai ou t'habit", "jvai te crevé",
    "tu va voir dm1", "jte croise jte {KILL}", "crev {N}",
)
ATTACKS += F("threat", "ta",
    "{P} {g:il|elle} va se faire {r:défoncer|tabasser|éclater|démonter} {PL} {T}", "{P} {g:il|elle} est mort{g:|e} {T}",
    "qui vient avec moi {PL} {T} ? on va défoncer {P}", "on va régler son compte à {P} {T}",
    "{P} va pas finir la semaine {ET}", "j'espère que {P} va crever",
    p=3)

# ---- self-harm incitement
ATTACKS += F("self_harm_incitement", "tas",
    "va te pendre {V}", "va te tuer {V}", "suicide-toi {N}", "kys {V}", "va te jeter d'un pont {V}",
    "jette-toi sous un train", "personne te regretterait si tu disparaissais", "le monde serait mieux sans toi, fais le nécessaire",
    "fais-nous une faveur et disparais pour de bon", "tu devrais en finir {V}", "t'attends quoi pour te foutre en l'air ?",
    "coupe plus profond la prochaine fois", "tes parents seraient soulagés si tu te tuais", "pourquoi t'es encore en vie toi",
    "arrête de respirer stp", "va te noyer {N}", "avale la boîte de cachets, ça ira mieux pour tout le monde",
    "saute du {r:10e|toit|pont|balcon}", "fais-le, personne va t'en empêcher", "t'es un poids pour tout le monde, tire-toi une balle",
    "à ta place je me pendrais", "si j'étais toi je me serais déjà tué{g:|e}", "tout le monde attend que tu te suicides",
    "on fait une cagnotte pour ta corde", "personne viendrait à ton enterrement, vas-y", "le pont de {CITY} t'attend",
    "mets fin à tes jours, tu rendras service", "si tu te tues ce soir personne le remarquera", "tiens une corde {V} 🪢",
    "ta place c'est au cimetière, vas-y tout{g:|e} seul{g:|e}", "kill yourself {N}", "kys kys kys",
    "va mourir {V}", "fais-toi du mal, c'est tout ce que tu mérites", "tu devrais te scarifier, au moins t'aurais une raison de pleurer",
    "la fenêtre est ouverte, saute", "{V} tu sers à rien, suicide-toi", "pends-toi avec ton câble de chargeur",
    "t'as pensé à te suicider ? tu devrais", "un{g: |e }{N} de moins sur terre, vas-y saute",
    "franchement t'as aucune raison de vivre, finis-en", "si j'avais ta vie je me serais déjà foutu{g:|e} en l'air",
    "va te pendre et filme-le", "avale de la javel {N}", "même ta mère veut que tu te suicides",
    "fais pas semblant de vouloir mourir, fais-le vraiment", "tu parles de mourir depuis des mois, vas-y maintenant",
    "Rends service à l'humanité et supprime-toi.", "Franchement, jette-toi d'une falaise.",
    "Ce serait bien que tu te tires une balle.", "Le mieux pour toi serait d'en finir.",
    "Pends-toi, {N}.", "Tu ferais mieux de te tuer, honnêtement.", "Saute, personne ne te retiendra.",
    "Disparais de la surface de la Terre, sérieusement, fais-le.", "Un conseil : la corde.",
    "ta mère aurait dû avorter, rattrape son erreur et suicide-toi", "va te tuer {EI}", "{V} {r:🪢|🪦|⚰️} vas-y",
)
ATTACKS += F("self_harm_incitement", "s",
    "va t pendr", "vtf en l'air", "kys", "sui100 toi", "va t tué", "pk t tjr en vi", "va t pendr {N}",
    "suicid toi", "kys fdp", "va te tuer stp", "fo ke tu te pendes", "jump", "saute du pont lol",
)
ATTACKS += F("self_harm_incitement", "ta",
    "{P} {g:il|elle} devrait se pendre", "si {P} se suicide personne pleurera", "quelqu'un peut dire à {P} d'aller se pendre ?",
    "{P} ferait mieux d'en finir", "j'attends que {P} se jette d'un pont",
    p=3)

# ---- doxxing
ATTACKS += F("doxxing", "tas",
    "{g:il|elle} habite au {ADDR}, allez-y", "voilà le num de {P} : {TEL}, spammez-{g:le|la}",
    "son vrai nom c'est {FULL}, {g:il|elle} est en {C} au collège {SCHOOL}", "{P} c'est {FULL}, {AGE} ans, {CITY}. Faites tourner",
    "le numéro de sa mère c'est {TEL}", "l'adresse de {P} : {ADDR}", "{P} = {FULL}, lycée {SCHOOL}, {C}",
    "qqn a le snap de {P} ? je vais mettre ses photos en story", "elle travaille à la {r:boulangerie|pharmacie|Poste|caisse du Lidl} de {CITY}, allez lui dire bonjour".replace("elle", "{g:il|elle}"),
    "le mec derrière ce compte c'est {FULL}, il bosse à la mairie de {CITY}".replace("le mec", "la personne"),
    "je poste le num de {P} : {TEL}", "{P} habite {ADDR}, sonnez chez {g:lui|elle}", "voici son insta perso {H}",
    "j'ai trouvé l'adresse de {P} : {ADDR} 😈", "{P} c'est {FULL}, son père bosse au garage de {CITY}",
    "son compte privé c'est {H}, je mets les captures ici", "le vrai nom du modo c'est {FULL}, {CITY}",
    "l'IP de {P} : {IP}", "la plaque de {P} c'est {PLATE}", "{P} est au {ADDR}, 3e étage porte gauche",
    p=3)
ATTACKS += F("doxxing", "tas",
    "je balance ton num sur le groupe {V}", "je vais poster tes photos {r:sur le groupe de la classe|en story|sur insta|sur le serv}",
    "je connais ton adresse {V} : {ADDR}", "je vais leak ton adresse {V}", "je vais balancer tes DM à tout le {r:lycée|collège|serveur}",
    "je vais envoyer tes messages à tes parents", "je vais dire à tout le monde que t'es {r:adopté{g:|e}|suivi{g:|e} par un psy|en foyer|redoublant{g:|e}}",
    "je vais publier ton bulletin de notes {V}", "j'ai les screens de ta conv avec {NAME2}, je les poste ce soir",
    "je vais balancer ta vraie identité {V}", "ton IP : {IP} 😘", "je vais mettre ton num sur un site de rencontre {EI}",
    "je vais balancer ton adresse sur {PLAT}", "tout le monde va savoir où t'habites {V}", "je connais ton vrai nom, {FULL}",
    "envoie encore un message et je publie ton {r:adresse|num|nom de famille|lycée}", "t'es {FULL} non ? je vais le dire à tout le serv",
    "je vais montrer ton journal intime à toute la classe", "j'ai ton carnet de correspondance en photo, je le poste",
    "je vais afficher ta photo de classe partout sur {PLAT}", "{V} t'habites {ADDR}, tout le monde va le savoir",
    "je vais balancer ta story privée à tout le monde", "ton numéro va tourner dans tous les groupes {V}",
    "je vais faire fuiter tes mails perso", "On a ton nom, ton adresse et ton employeur. Bonne chance.",
    "Je vais publier ton adresse pour que tout le monde vienne te voir.", "J'ai retrouvé ton LinkedIn, {FULL}, je préviens ton patron.",
    "Ton adresse est déjà sur le forum, {V}.", "je vais dévoiler ton visage à tout le monde {V}",
)
ATTACKS += F("doxxing", "s",
    "jbalance ton num", "jvé leak ton adress", "ton num c {TEL} lol", "jsai ou t'habit {ADDR}", "jpost tes foto",
    "num de {P} : {TEL} spam la".replace("spam la", "spam {g:le|la}"), "adress de {NAME} {ADDR} go",
)
ATTACKS += F("doxxing threat", "tas",
    "j'ai retrouvé ta maison grâce à ta story, jolie porte {r:bleue|verte|rouge}", "t'es au {ADDR}, je passe {T}",
    "je connais ton emploi du temps, tu sors à 16h30 le mardi {ET}", "ta plaque c'est {PLATE}, on sait où tu te gares",
    "je vais retrouver ton adresse et tu vas comprendre", "{ADDR}. {T}. tu vas voir {ET}",
    "J'ai ton IP, je viens te rendre visite.", "on sait que t'habites {ADDR}, on arrive",
)
ATTACKS += F("doxxing exclusion", "tas",
    "son snap c'est {H}, ajoutez-{g:le|la} et pourrissez-{g:le|la}", "voilà le num de {P} : {TEL}, tout le monde l'harcèle",
    "{P} c'est {H}, allez tous commenter sur son compte", "tout le monde écrit à {P} au {TEL}, on va {g:le|la} rendre {g:fou|folle}",
    p=3)

# ---- body shaming (most also insult)
ATTACKS += F("body_shaming insult", "tas",
    "sale {BN}", "{V} t'es {g:qu'un|qu'une} {BN}", "t'as pris combien de kilos {BN} ?", "arrête de bouffer {BN}",
    "{BN} {EB}", "{EB} {V}", "{EB}{EB}{EB}", "espèce de {BN}", "ta gueule {BN}", "retourne manger {BN}",
    "t'es {BA} et {A} {V}", "t'es {g:un|une} {BN} et tu le sais", "bouge ton gros cul {N}", "{V} t'es {BA} comme pas possible",
    "la {BN} elle a parlé mdr".replace("la ", "{g:le|la} "), "même ton miroir veut pas te voir {BN}",
    "va courir {BN}", "on dirait {g:un|une} {BN} sur ta photo", "{BN} va", "wsh {BN} {EB}", "t'es trop {BA} {V}",
    "{BN} de {C}", "t'es moche {N}", "quelle mocheté {EI}", "ta face me donne envie de vomir 🤮",
    "t'es tellement {BA} que {r:ta photo prend tout l'écran|t'as ton propre code postal|la balance a demandé pitié|la chaise a craqué}",
    "{V} t'es aussi {BA} que {A}", "personne veut voir {BP} {N}", "tu ressembles à rien {BN}", "cache-toi {BN}",
    "mets un sac sur ta tête {V}", "t'es {BA}, personne voudra jamais sortir avec toi",
)
ATTACKS += F("body_shaming", "tas",
    "{V} t'as vu {BP} ?", "mange moins {V}", "mdr {BP} sur la vidéo", "on dirait un {r:squelette|balai|manche à balai} avec une perruque",
    "t'as plus de boutons que d'abonnés", "cache ton visage stp {V}", "personne veut voir {BP}", "mets un t-shirt stp, on voit {BP}",
    "{BP} 🤮", "t'es plate comme une planche à pain".replace("plate", "{g:plat|plate}"),
    "mdr t'es tout{g:|e} petit{g:|e}, t'as quel âge 8 ans ?", "{BP} me fait gerber", "fais un régime {V}",
    "t'es chauve à {AGE} ans la honte", "tes lunettes culs de bouteille mdr", "t'as une tête à faire peur {V}",
    "ton acné c'est une carte du monde", "t'as le visage d'un {r:pitbull|crapaud|rat|cheval}", "t'as vu ton poids ?",
    "on voit que {BP} sur ta photo", "t'es {BA} wsh", "t'es {BA} {EB}", "reste en jogging, ça cache {BP}",
    "avec {BP} tu devrais pas poster de photos", "t'as grossi de ouf depuis l'an dernier {V}",
    "c'est quoi ces jambes de poulet {V}", "rase-toi {V}, on dirait un singe", "t'as la peau d'une orange pourrie",
    "la prochaine fois filme-toi de loin, ça cachera {BP}", "Avec ce physique, évite la caméra.",
    "Faudrait penser à perdre 20 kilos avant de faire des vidéos.", "Le maquillage cache pas tout, hein.",
    "Elle a grossi, ça se voit trop.".replace("Elle", "{g:Il|Elle}").replace("Il a grossi", "Il a grossi"),
    "Ton ventre dépasse de l'écran.", "Tu devrais avoir honte de te montrer avec {BP}.",
    "T'as une gueule à faire fuir les caméras.", "c'est ça le résultat de trop de McDo {V}",
)
ATTACKS += F("body_shaming", "tas",
    "{P} {g:il|elle} est trop {BA}", "vous avez vu {BP} de {P} ?".replace("{BP}", "le ventre"),
    "{P} {g:il|elle} prend deux places dans le bus", "{P} a grossi de ouf", "{P} {g:il|elle} est {BA} mdr",
    "le nez de {P} 😂😂", "{P} devrait arrêter le maquillage, ça sert à rien",
    "Léa elle est grosse et moche".replace("Léa", "{P}").replace("elle est grosse et moche", "{g:il|elle} est {g:gros|grosse} et moche"),
    "{P} c'est {g:le|la} plus {BA} de {C}", "{P} en maillot 🤮", "{P} avec ses {r:boutons|kilos en trop|dents de travers} mdr",
    "Avez-vous vu le physique de {P} ? Ça fait peur.", "{P} a pris 15 kilos, c'est plus possible",
    p=3)
ATTACKS += F("body_shaming", "s",
    "t tro gro{g:|sse}", "t moch", "{EB}{EB}", "t {BA} mdr", "mange moin lol", "tes boutons beurk", "t'es obez",
)
# name-calling with a body noun is both insult and body shaming
ATTACKS += F("body_shaming insult", "s", "gro{g:|sse} {BN}", "gros lard va", "baleine {EB}", "sale {BN} va", "ta gl {BN}")
ATTACKS += F("body_shaming insult", "tas", "{P} c'est {g:un|une} {BN} {EB}", "{P} ressemble à {g:un|une} {BN}", p=3)

# ---- exclusion
ATTACKS += F("exclusion", "tas",
    "personne {g:lui|lui} parle à partir de {T}", "on {g:le|la} vire du groupe", "sortez {P} de la conv",
    "on fait un nouveau groupe sans {NAME}", "bloquez-{g:le|la} tous", "tout le monde signale son compte {H}",
    "on {g:l'|l'}ignore jusqu'à ce qu'{g:il|elle} parte", "kick {P} de la guilde", "tout le monde unfollow {H}",
    "faites tourner : on boycotte {NAME}", "si quelqu'un parle à {NAME} il sort du groupe aussi",
    "à la récré personne joue avec {g:lui|elle}", "on {g:l'|l'}invite pas à l'anniv", "raid sur le live de {H} ce soir, tous en commentaires",
    "envoyez tous des messages à {H}", "qui vote pour qu'on vire {NAME} du groupe ? 🙋", "{NAME} a été {g:retiré|retirée} du groupe 😂 bon débarras",
    "ne {g:le|la} mettez jamais dans votre groupe pour l'exposé", "spammez ses comms jusqu'à ce qu'{g:il|elle} supprime son compte",
    "on a créé {r:un groupe|une conv} '{r:anti|contre|team sans} {NAME}', rejoignez", "personne répond à ses messages ok ?",
    "mettez tous un pouce rouge sur toutes ses vidéos", "on {g:le|la} laisse dans son coin, {g:il|elle} mérite pas d'amis",
    "tout le monde fait comme si {NAME} existait pas demain", "{P} on {g:le|la} calcule plus, c'est acté",
    "signalez tous le compte de {P} jusqu'à ce qu'il saute", "on {g:le|la} retire de la story proches",
    "personne se met à côté de {NAME} en cours", "si {NAME} vient à la soirée on se casse tous",
    "on va {g:le|la} pousser à quitter le lycée", "ajoutez {H} et insultez-{g:le|la} en masse",
    "on boycotte {P} {EX}", "{NAME} dehors {EX}", "tous sur le tiktok de {H}, on l'enterre",
    "personne prend {NAME} dans son équipe en sport", "la prochaine sortie on dit rien à {NAME}",
    "Tout le monde bloque {H}, {g:il|elle} n'a rien à faire ici.", "Bannissez {P} du serveur, personne ne veut de {g:lui|elle}.",
    "Je propose qu'on exclue {P} de l'association, personne ne {g:le|la} supporte.",
    "Allez tous signaler {H}, on fait fermer son compte ce soir.", "On ignore {NAME} à partir de maintenant, tous.",
    "On {g:le|la} vire de la team {EX}", "{P} ? on {g:le|la} veut plus nulle part",
    p=3)
ATTACKS += F("exclusion", "tas",
    "{V} t'es plus {g:invité|invitée} à rien", "t'assois plus à notre table {V}", "personne veut de toi ici",
    "dégage du serveur, on veut pas de toi", "on te veut plus dans l'équipe {V}", "à partir de maintenant tu manges {g:seul|seule}",
    "t'as plus d'amis {V}, on t'a tous bloqué{g:|e}", "on t'a viré{g:|e} du groupe, cherche pas", "personne va te parler demain {V}",
    "reviens plus jamais dans la conv {V} {EX}", "t'es {g:banni|bannie} de toutes nos soirées", "t'es plus dans la bande {V}",
    "on a fait un groupe sans toi et on rigole de toi dedans", "même en cours personne veut se mettre à côté de toi",
    "dégage de {r:la classe|notre groupe|la guilde|la team|ce serveur} {N}", "t'as rien à faire avec nous {V}",
    "tu comprends pas qu'on veut plus de toi ? {EX}", "on t'a unfollow tous {V}", "casse-toi, personne veut de toi {N}",
    "Personne ici ne veut de toi, pars.", "Tu n'es plus le bienvenu, tout le monde t'a bloqué.".replace("bienvenu", "bienvenu{g:|e}"),
)
ATTACKS += F("exclusion", "s",
    "parl plu a {NAME}", "on la vire du grp".replace("la", "{g:le|la}"), "bloké{g:-le|-la} tous", "signal son compt {H}",
    "ts unfollow {H}", "t plu ds le grp", "personn te parl dm1", "deg du grp", "kick {NAME}", "ignoré {g:le|la} tt",
)

# ---- sexual harassment
ATTACKS += F("sexual_harassment", "tas",
    "envoie des nudes {V}", "t'as pas une photo sans rien ?", "montre tes {r:seins|fesses|cuisses|pieds} {V}",
    "je veux te voir en sous-vêtements", "t'es bonne, viens en privé", "t'as quel âge ? {r:12|13|14} ? viens en dm 😏",
    "jolie bouche, je sais ce que j'en ferais {ES}", "mets une jupe plus courte {T} 😏", "ta sœur elle est chaude {ES}",
    "viens me sucer", "combien pour une nuit ?", "t'es trop bonne pour une meuf de {C}", "{ES} {V}", "{V} {ES}{ES}",
    "fais voir ton cul", "tu suces pour combien ?", "tu dois être {g:bon|bonne} au lit", "je me suis touché en regardant ta vidéo",
    "retire ton haut au prochain live", "on voit ton soutif sur la vidéo, t'en veux plus ?".replace("t'en veux plus", "enlève-le"),
    "je paye {r:20|50|100} balles pour une vidéo de toi sous la douche", "passe chez moi ce soir, je te montre un truc {ES}",
    "ta bouche c'est fait pour {r:sucer|autre chose que parler}", "j'ai screen ta story en maillot, je la garde pour moi {ES}",
    "envoie une photo de tes seins ou je te bloque", "t'as des beaux seins sur ta pp {ES}", "wsh la bonne, t'es seule ce soir ?",
    "je veux te {r:lécher|toucher|prendre} {ES}", "vas-y fais un tiktok en string", "t'as quel âge ? t'es bonne pour ton âge",
    "montre en cam ou j'arrête pas", "j'te mets une note : 8/10, 10 si t'enlèves le t-shirt", "fais la danse en maillot stp {ES}",
    "Je t'ai envoyé une photo de ma bite, t'as aimé ?", "Tu as un corps fait pour le porno.", "Jolie poitrine, ça se voit que tu cherches.",
    "Avec une tenue pareille, faut pas s'étonner qu'on te touche", "Tu veux que je te montre ce que je te ferais ?",
    "Tu ferais mieux de faire du OnlyFans, au moins tu servirais à quelque chose", "Un message privé pour que je t'envoie ma photo ? 😏",
    "t'as un copain ? non ? je vais m'occuper de toi 😈", "réponds en DM ou je viens te voir, on sait jamais ce que je pourrais faire {ES}",
    "je kiffe tes photos en maillot, t'en as d'autres sans ?", "mate-moi ces seins {ES}",
)
ATTACKS += F("sexual_harassment insult", "tas",
    "{r:salope|chaudasse|pute} envoie ton snap", "sale {r:salope|pute|traînée|chienne}, montre tes seins",
    "t'es qu'une salope qui veut qu'on la regarde", "t'es qu'une {r:pute|salope}, on sait tous ce que tu fais pour les likes",
    "sale traînée, t'as sucé combien de mecs de {C} ?", "la {r:pute|salope} de {C} elle a des photos qui tournent",
)
ATTACKS += F("sexual_harassment doxxing", "tas",
    "si t'envoies pas de photo je montre celles que j'ai à tout le monde", "réponds ou j'envoie tes photos à ton père",
    "j'ai des photos de toi sous la douche, je les balance si tu refuses", "je vais diffuser ta vidéo à tout le lycée {ES}",
    "envoie d'autres nudes sinon je mets les premières sur {PLAT}", "tes nudes vont tourner dans tout le collège {V}",
    "je vais poster la vidéo de toi à la soirée si tu me réponds pas", "Envoie 50 € ou ta vidéo part à tes contacts.",
    "J'ai ta vidéo intime, tu fais ce que je dis ou tout le monde la voit.", "Je vais partager tes photos nues à ta famille.",
)
ATTACKS += F("sexual_harassment threat", "tas",
    "je vais te violer", "on va te violer {PL}", "je vais te baiser de force", "tu vas voir ce que je vais te faire quand je te croise {ES}",
    "fais gaffe {PL}, je vais te toucher partout", "je vais te coincer dans les vestiaires 😈",
)
ATTACKS += F("sexual_harassment", "tas",
    "{P} {g:il|elle} est {g:bon|bonne}, qqn a ses nudes ?", "qui a les photos de {P} en maillot ? {ES}", "{P} à 13 ans {g:il|elle} a déjà un corps d'adulte 😏",
    "{P} {g:il|elle} suce pour un paquet de bonbons askip", "{P} j'aimerais bien {g:le|la} {r:baiser|toucher|prendre} {ES}",
    "vous avez vu {r:la poitrine|les fesses} de {P} sur la story ? {ES}", "quelqu'un a les nudes de {P} ? je paye",
    "{P} {g:il|elle} fait des vidéos pour que les gens se branlent", "{P} {g:il|elle} est {g:chaud|chaude}, je {g:le|la} veux dans mon lit",
    p=3)
ATTACKS += F("sexual_harassment", "s",
    "envoi nude", "mtn tes seins", "t bonne {ES}", "nudes stp", "t'a snap ? jveu te voir nu{g:|e}", "suc moi", "tu suc ?",
    "envoi foto sans rien", "t seul{g:|e} ? {ES}",
)

# ---- a few identity-hate rows (covered elsewhere; kept few and honestly labelled)
ATTACKS += F("identity_hate insult", "tas",
    "sale pd va", "t'es qu'une tarlouze {V}", "retourne dans ton pays {V}", "sale gouine {EI}",
    "t'es handicapé{g:|e} ou quoi, va dans un centre", "les gens comme toi devraient pas avoir le droit d'exister, sale pédé",
    "{P} c'est une travelo mdr", "rentre chez toi sale {r:bougnoule|négro|bicot}", "t'es juif, ça explique tout, rat",
    "sale {r:pd|pédale}, personne veut de toi", "les {r:arabes|noirs|juifs|musulmans} comme toi on en veut pas ici",
    "les trans comme toi c'est des malades", "t'es un singe, retourne en Afrique",
)

# ---------------------------------------------------------------- benign frames

NEUTRAL: list[Frame] = []
NEUTRAL += F("neutral", "tas",
    # compliments / video comments
    "trop {r:belle|bien|stylée|drôle|cool|propre|réussie} cette vidéo {EN}", "ta voix est trop belle {V}",
    "j'adore ton {r:montage|maquillage|style|humour|accent|énergie|setup|rire}", "{V} t'es grave drôle",
    "première fois que je commente mais bravo {EN}", "ça fait plaisir de te voir reposter {V}",
    "t'as trop progressé depuis tes premières vidéos", "le passage à {TS} {EN}{EN}", "qui regarde encore en 2026 ?",
    "{V} ta tenue est trop belle", "le plan à {TS} est magnifique", "je relance la vidéo pour la 3e fois {EN}",
    "merci pour le tuto {V}, ça marche nickel", "j'ai appris plein de trucs, merci", "vivement la partie 2 !",
    "t'es trop {r:forte|fort|douée|doué} {V}", "meilleure chaîne de youtube franchement", "abonné{g:|e} depuis le début, {g:fier|fière} de toi",
    "ça c'est du contenu {EN}", "ton chat à {TS} 😍", "la qualité de l'image est folle, t'as quelle caméra ?",
    "ce concept est trop cool, refais-en", "tes vidéos me font du bien après les cours", "big up à {NAME} pour le montage",
    "les sous-titres aident trop, merci", "la musique de fond est parfaite", "ça mérite plus de vues",
    "{V} ton dessin est incroyable", "la chorée à {TS} 🔥", "j'ai essayé la recette, validé par toute la famille",
    # questions
    "c'est quoi la musique à {TS} ?", "t'as pris quel {r:micro|appareil|logiciel|clavier|casque} ?",
    "quelqu'un a les devoirs de {SUBJ} pour {T} ?", "on a contrôle de {SUBJ} {T} ?", "c'est où le concert {V} ?",
    "le lien de la playlist svp", "tu peux faire une vidéo sur {TOPIC} ?", "comment t'as fait pour battre le boss final ?",
    "c'est à quelle heure le rdv {T} ?", "quelqu'un sait si le bus 12 passe {T} ?", "c'est quelle salle pour la {SUBJ} ?",
    "y a cours {T} ou pas ?", "t'as la correction de l'exo 4 {V} ?", "le prof a dit quoi pour l'exposé ?",
    "vous partez où en vacances ?", "c'est quand la sortie du prochain épisode ?", "qqn a un chargeur à me prêter {T} ?",
    "c'est combien la place pour le match ?", "on doit rendre le DM de {SUBJ} quand ?", "qui vient au ciné {T} ?",
    "Quelqu'un a déjà eu ce problème avec la mise à jour ?", "Quelle version du logiciel vous utilisez ?",
    "Vous conseillez quoi comme {r:vélo|ordinateur|téléphone|casque|poussette|chaussures de running} pour moins de 300 € ?",
    "Est-ce que la boutique est ouverte le dimanche ?", "Il faut combien de temps pour la cuisson ?",
    # opinions / polite disagreement
    "je préfère la version d'avant perso", "je suis pas d'accord, je pense que {TOPIC} c'est l'avenir",
    "perso je trouve que {TOPIC} c'est surcoté", "bon point, mais t'oublies le prix", "chacun ses goûts mais moi j'aime pas trop ce son",
    "Je comprends ton point de vue mais je ne suis pas d'accord sur {TOPIC}.", "Pas convaincu{g:|e} par l'argument sur {TOPIC}, t'as des sources ?",
    "Intéressant, mais je nuancerais un peu sur la fin.", "Je vois pas les choses comme ça mais merci pour la vidéo",
    "On peut pas être d'accord sur tout, mais respect pour le travail", "{V} je pense que tu te trompes sur les chiffres, regarde l'Insee",
    "Désolé{g:|e} mais l'épisode 3 était meilleur", "Moi j'ai préféré le livre au film.",
    # criticism of content, not person
    "la vidéo est un peu longue", "le son est trop bas au début", "le montage est moins bien qu'avant", "trop de pubs dans la vidéo",
    "le titre est un peu putaclic quand même", "l'intro est trop longue, on zappe", "la fin est bâclée je trouve",
    "les sous-titres sont décalés à partir de {TS}", "le jeu est pas optimisé du tout, ça rame", "la nouvelle maj est ratée",
    "le scénario de la saison 2 est nul, dommage", "cette recette est trop salée pour moi", "l'album est moyen, pas son meilleur",
    # gaming
    "quelqu'un pour une game de {GAME} ce soir ?", "gg à tous, belle game", "la nouvelle saison de {GAME} est trop bien",
    "qui joue support ?", "le patch a cassé le jeu", "j'ai enfin atteint le rang {r:or|platine|diamant|master}",
    "on fait une ranked après les cours ?", "le nouveau skin est trop beau", "ajoutez-moi sur {GAME}, je suis dispo {T}",
    "{V} tu joues sur quelle plateforme ?", "la map est trop grande maintenant", "les serveurs sont down ou c'est moi ?",
    # music / culture
    "ce son tourne en boucle chez moi", "le refrain est trop catchy", "le concert était incroyable hier",
    "l'album est sorti à minuit, je l'ai déjà écouté 3 fois", "le clip est trop bien réalisé", "quelqu'un a des places pour le festival ?",
    "cette série est trop bien, saison 3 quand ?", "j'ai pleuré à la fin du film", "le livre est mieux que le film comme d'hab",
    # football / sport
    "quel match hier soir !", "{CLUB} a bien joué en deuxième mi-temps", "penalty sifflé trop vite à mon avis",
    "l'arbitrage était moyen des deux côtés", "belle victoire de {CLUB}", "j'ai hâte du derby", "le but à la 89e 😱",
    "on va au stade {T} ?", "entraînement de hand annulé {T}", "qui fait le cross du collège ?", "le mercato de {CLUB} est bizarre",
    # school / daily
    "le contrôle de {SUBJ} était dur", "vivement les vacances", "qui est en {C} ici ?", "la cantine ce midi c'était bon pour une fois",
    "on a sortie au musée {T}", "le prof de {SUBJ} est absent {T} 🙌", "j'ai eu 15 en {SUBJ} trop contente".replace("contente", "content{g:|e}"),
    "le brevet approche, stress", "qui fait le voyage en Espagne ?", "les résultats de Parcoursup c'est quand ?",
    "on se rejoint à quelle heure ?", "je serai là vers {HOUR}", "t'es où {V} ?", "tkt je gère", "bon anniv {NAME} 🎂",
    "merci pour hier c'était trop bien", "je suis en retard, gardez-moi une place", "qqn a vu mon sweat gris ?",
    "bonne chance pour l'oral {V} !", "félicitations {NAME} pour ton bac 🎉", "on fait un resto pour l'anniv de {NAME} ?",
    "j'arrive dans 10 min", "je peux pas ce soir, demain ?", "il fait trop froid ce matin", "joyeux Noël à tous",
    "Merci pour le partage, très utile.", "Je recommande ce garage, très pro.", "Pour info, la mise à jour corrige le bug.",
    "Super article, bien documenté.", "Quelqu'un a testé le nouveau resto de {CITY} ?", "La réunion est décalée à {HOUR}.",
    "Bonne journée à tous !", "Le marché de {CITY} a lieu samedi matin.", "Très bon tuto, clair et rapide.",
    "{V} tu peux m'envoyer le fichier pour l'exposé ?", "Félicitations pour la naissance !",
)
NEUTRAL += F("neutral", "s",
    "slt sa va ?", "tkt jsui la a {HOUR}", "t ou ?", "jarive", "mdr tro bien la vid", "c koi la musik a {TS}",
    "on sé ki pr le ciné ?", "bjr, qqn a les devoirs de {SUBJ} ?", "jpeu pa ce soir dsl", "bon anniv {NAME} 🎂",
    "gg bien jouer", "tu vien {T} ?", "ok ça marche", "mrc bcp", "jte di ça dm1", "c ou le rdv", "tro bi1 le concert",
    "on fé 1 game ?", "jsp encore, jte redi", "bisous a {NAME}", "t rentré ?", "jsuis dans le bus",
)

HARD: list[Frame] = []
HARD += F("hard_negative", "tas",
    # hyperbole, gaming / sports trash talk (no real threat)
    "je vais te tuer à {GAME} ce soir mdr", "ce boss m'a détruit", "on les a massacrés 4-0 {EN}", "tu m'as tuée avec cette vidéo 😂".replace("tuée", "tué{g:|e}"),
    "je suis mort{g:|e} de rire {EN}", "ce sketch m'a achevé{g:|e}", "{CLUB} s'est fait défoncer hier", "j'ai explosé mon record au 100m",
    "on va les écraser samedi 💪", "je crève de chaud dans cette salle", "je crève de faim, on mange quand ?", "mdrr je suis décédé{g:|e} 💀",
    "ptdr t'es mort{g:|e} au premier round", "je vais te défoncer à Mario Kart ce soir {EN}", "revanche demain, tu vas prendre cher 😂",
    "cette prof va me tuer avec ses contrôles surprises", "j'ai défoncé l'exam de {SUBJ} 💪", "cette chanson me tue à chaque fois",
    "on s'est fait éclater 5-0, dur", "on a tué le game hier soir", "tu vas mourir de rire quand tu vas voir ça",
    "le boss final m'a massacré 15 fois", "j'ai buté le boss en 2 min", "attention spoiler : ils meurent tous à la fin",
    "je suis morte de fatigue".replace("morte", "mort{g:|e}"), "ça m'a tuer cette fin de match", "gg ez mais bien joué quand même les gars",
    # logistics that look like threats / doxxing
    "je vais te retrouver à la sortie du cinéma à 18h ?", "je t'attends devant le collège {T}, on y va ensemble",
    "je passe te chercher chez toi à {HOUR} pour le foot", "on se retrouve {PL} {T} ?", "je sais où t'habites, je te ramène ton sweat {T}",
    "la fête c'est au {ADDR}, ramenez des chips", "le numéro du resto c'est {TEL} si vous voulez réserver", "Je vous mets l'adresse de la salle : {ADDR}",
    "mon snap c'est {H}, ajoutez-moi", "envoie-moi ton snap pour l'exposé", "je t'envoie les photos de la sortie scolaire ce soir",
    "envoie les photos de la soirée sur le groupe stp", "t'as les photos de la classe verte ?", "voici le lien pour s'inscrire au tournoi",
    "c'est quoi l'adresse du ciné ?", "Le club se trouve au {ADDR}, entrée par la cour.", "Pour le covoit, rdv {PL} à {HOUR}.",
    "Mon numéro pro est sur le site de l'asso si besoin.", "je t'ai envoyé l'adresse en privé pour l'anniv",
    # self-deprecation
    "je suis {g:nul|nulle} en {SUBJ} mdr", "quel boloss je suis, j'ai oublié mon sac", "je suis trop {g:con|conne}, j'ai raté le bus",
    "j'ai pris 3 kilos à Noël 😭", "je suis trop petit{g:|e} pour atteindre l'étagère", "mes boutons me saoulent, une crème à conseiller ?",
    "moi sur la photo on dirait une patate mdr", "je suis le plus gros boulet de l'équipe ce soir dsl", "je suis un clown, j'ai encore oublié mon DM",
    "j'ai une tête de déterré{g:|e} ce matin", "je suis {g:le roi|la reine} des {r:boulets|teubés|nullos} aujourd'hui", "je me trouve {r:moche|nulle|ridicule} sur cette vidéo mais bon".replace("nulle", "nul{g:|le}"),
    # affectionate banter
    "t'es {g:con|conne} mdr je t'aime ❤️", "ptdr t'es bête 😂 mon {r:frère|reuf|poto|sang}", "{NAME} t'es {g:un clown|une clown} 😂 jte kiffe",
    "t'es trop {g:bête|bête} 🤣 c'est pour ça que je t'aime", "ma {r:sœur|meilleure amie|bff} la plus {r:folle|débile} que je connaisse ❤️",
    "espèce d'idiot{g:|e} tu m'as fait peur 😂 bisous", "t'es relou mais je t'adore", "mdr t'es grave {r:cheloue|chelou}, bisous", "wsh mon gros bouffon, t'arrives quand ? 😂",
    # counter-speech
    "arrêtez de traiter {P} de {BN}, c'est du harcèlement", "dire 'va te pendre' à quelqu'un c'est grave, signalez", "personne mérite qu'on {g:lui|lui} dise qu'{g:il|elle} est {A}",
    "Soutien à {NAME}, les commentaires sous sa vidéo sont immondes", "ceux qui insultent {P} en commentaire, vous êtes la honte".replace("vous êtes la honte", "ça suffit"),
    "se moquer du physique de quelqu'un c'est nul, arrêtez", "exclure quelqu'un du groupe pour rire c'est du harcèlement", "publier l'adresse de quelqu'un c'est illégal, supprimez ça",
    "demander des nudes à une fille de {C} c'est grave, je signale", "{V} tu mérites pas ces messages, courage ❤️", "on est avec toi {NAME}, ignore les rageux",
    "les gens qui écrivent 'kys' devraient être bannis", "c'est pas drôle de faire une conv 'anti-{NAME}', arrêtez",
    # victim asking for help / reporting
    "on m'a écrit 'va te pendre' sur snap, je fais quoi ?", "des gens de ma classe m'ont viré du groupe et se moquent de mon poids, j'en parle à qui ?",
    "quelqu'un a publié mon adresse sur {PLAT}, comment je fais supprimer ?", "un mec me demande des nudes et menace de publier mes photos, aidez-moi",
    "{NAME} m'a dit 'je vais te retrouver', j'ai fait des captures pour la CPE", "j'ai signalé le compte qui insultait {NAME}",
    "on me traite de grosse vache tous les jours, je sais plus quoi faire", "mon fils reçoit des menaces sur {PLAT}, vers qui se tourner ?",
    "j'ai appelé le 3018 pour un compte qui harcelait ma sœur, ils ont été super", "comment bloquer quelqu'un qui m'insulte sur {PLAT} ?",
    "ma fille a été exclue de tous les groupes de sa classe, des conseils ?", "ils m'ont dit que personne me regretterait, j'ai besoin d'en parler",
    # news / quoting
    "Un collégien de {CITY} harcelé sur Snapchat : trois élèves exclus", "Le 3018 aide les victimes de cyberharcèlement, c'est gratuit",
    "Procès pour cyberharcèlement : les prévenus avaient publié l'adresse de la victime", "Selon l'étude, un élève sur dix a déjà reçu des insultes en ligne",
    "Le tribunal a condamné l'auteur des menaces de mort à six mois de prison", "Sextorsion : la police rappelle de ne jamais payer",
    "dans le film le méchant dit 'je vais te retrouver', trop flippant", "la réplique culte 'je vais te tuer' dans la série m'a fait rire",
    # innocent words
    "on pend la crémaillère samedi, venez !", "on a joué au pendu en anglais", "une baleine à bosse filmée au large de {CITY}",
    "le cochon de la ferme pédagogique s'appelle Gaston", "je prends un bâtard et deux croissants svp", "recette de morue à la portugaise, un régal",
    "salade de thon ce midi", "boudin blanc à Noël, tradition", "la vache de mon grand-père a vêlé cette nuit", "mon cochon d'Inde est trop mignon",
    "la chatte de ma voisine a eu 4 chatons", "grosse journée, je suis rincé{g:|e}", "une grosse pensée pour {NAME} qui passe son permis",
    "le con­cours de cuisine c'est {T}".replace("\u00ad", ""), "le lâcher de dindes à la ferme 😂", "le documentaire sur les hippopotames était génial",
    "le squelette du T-rex au muséum est énorme", "ma mère m'a mise au régime sans sucre, dur".replace("mise", "mis{g:|e}"),
    # profanity without a target
    "putain j'ai raté le bus", "merde j'ai oublié mon devoir", "bordel ce niveau est impossible", "fait chier ce wifi", "ce putain de réveil a pas sonné",
    "oh la vache, t'as vu le prix ?", "putain de lundi", "merde, il pleut encore", "ptn ce match de fou", "bordel de merde, encore une panne",
    # exclusion-looking but fine
    "on a viré le coach, enfin", "je quitte le groupe, trop de notifs", "je me suis fait virer de la partie, bug de connexion",
    "le groupe de l'exposé est complet désolé, demande à {NAME}", "bloquez ce numéro, c'est une arnaque au colis", "on bloque vendredi soir pour le ciné ?",
    "qui veut être dans mon équipe pour l'exposé ?", "le modo a banni le bot qui spammait, merci", "je me retire de la conv quelques jours, besoin de calme",
    "signalez ce faux compte qui se fait passer pour la mairie, c'est une arnaque",
    # body vocabulary without shaming
    "elle a pris du poids pour le rôle, respect", "il a perdu 20 kilos pour le film, impressionnant".replace("il a", "{g:il|elle} a"),
    "{V} tes lunettes te vont trop bien", "j'adore tes taches de rousseur", "ta coupe courte te va trop bien {V}", "t'as trop grandi depuis l'an dernier {V} !",
    "taille {r:38|42|46|XL} dispo ?", "conseils pour prendre de la masse ?", "le tuto make-up pour cacher les boutons m'a sauvé",
    # negated / positive
    "t'es pas nul{g:|le} du tout, t'as juste besoin d'entraînement", "personne pense que t'es moche, tkt", "t'es loin d'être {g:un bouffon|une bouffonne} {V}",
    "t'es pas {g:un|une} {N}, t'as juste eu une mauvaise note", "arrête de dire que t'es {g:gros|grosse}, t'es magnifique", "ne te laisse pas dire que t'es nul{g:|le}, t'as du talent",
    "ma pote est musulmane et elle fait le ramadan, on l'accompagne à l'iftar", "mon frère est gay et fier, je le soutiens à fond", "le club de basket fauteuil recrute, venez voir",
)
HARD += F("hard_negative", "s",
    "jte tu a {GAME} ce soir lol", "jsui mor de rire 😂", "jcrev de fain", "ptn jai raté le bus", "merd jai oublié mes clé", "jsui tro nul{g:|le} en {SUBJ}",
    "t con mdr jtm ❤️", "jte retrouv a la sorti du ciné a {HOUR} ?", "on pend la crémaillère sam", "tu m'as tué{g:|e} mdrrr", "jte defonc a fifa ce soir",
    "on ma dit va t pendr sur snap jfé koi", "jai signalé le compt ki insult {NAME}", "mon snap c {H} ajout moi", "jquitte le grp tro de notif",
)

HARD += F("hard_negative", "tas",
    # attack vocabulary in games / sport / jokes
    "je vais te {r:défoncer|éclater|massacrer|détruire|atomiser} à {GAME} {T} {EN}", "t'es mort{g:|e} si tu rates le penalty mdr 😂",
    "on va les {r:défoncer|écraser|manger} en finale 💪", "t'as été {g:un monstre|une machine} ce soir, gg {V}", "{V} tu m'as tué{g:|e} avec ta blague {EN}",
    "ce jeu me rend {g:fou|folle} 😭", "le boss de la zone 3 c'est un {r:tueur|monstre|enfer}", "déguisé{g:|e} en clown pour Halloween 🤡",
    "le clown du cirque était trop drôle 🤡", "je coupe les oignons 🔪 et je pleure", "vu des baleines en Bretagne 🐳🐳", "mon cochon d'Inde a 3 ans 🐷🎂",
    "le bouffon du roi dans la pièce de Molière était génial", "le mot 'bolosse' ça vient d'où ?", "'cassos' est entré dans le dictionnaire mdr",
    "mon perroquet dit 'gros nul' à tout le monde 😂", "le méchant du film dit 'je vais te retrouver', j'ai flippé", "j'ai tué le game à l'oral de {SUBJ} 💅",
    "on s'est fait laminer en {SUBJ}, le contrôle était horrible", "t'inquiète je vais pas te lâcher avant que t'aies compris l'exo", "je vais te saouler jusqu'à ce que tu viennes au ciné mdr ❤️",
    "la corde à sauter en EPS c'était l'enfer", "sauter du plongeoir de 10 m, j'ai osé 💪", "je me suis jeté{g:|e} à l'eau et je lui ai parlé 🙈",
    "le pont de {CITY} est fermé pour travaux", "la vidéo de {P} m'a achevé{g:|e} 💀💀", "on a massacré le karaoké hier soir",
    # reports / quoting / counter-speech with slots
    "{NAME2} a traité {P} de {N} sur {PLAT}, j'ai signalé", "arrête d'appeler {P} '{N}', c'est pas drôle", "les commentaires genre 'va te pendre' sous la vidéo de {P} c'est abusé",
    "quelqu'un a écrit '{BN}' sous la photo de {P}, on signale tous le commentaire", "j'ai fait des captures des messages où ils traitent {NAME} de {N}, je les montre au CPE",
    "si quelqu'un vous dit 'envoie des nudes', bloquez et signalez", "on m'a traité{g:|e} de {BN} toute l'année, aujourd'hui je m'aime comme je suis",
    "ils ont créé une conv 'anti-{NAME}', j'ai prévenu la prof principale", "ne partagez pas l'adresse de {P} même pour rire, c'est dangereux",
    "ceux qui disent à {P} de se suicider, vous vous rendez compte ?", "{V} t'es pas {g:un|une} {N}, ceux qui disent ça sont jaloux",
    "traiter quelqu'un de {N} sur internet, c'est toujours du harcèlement", "le prof a dit que celui qui a écrit '{N}' sur la table sera collé",
    "être traité{g:|e} de {N} tous les jours, ça use. je suis content{g:|e} d'avoir changé de lycée", "je viens de bloquer un mec qui m'envoyait des {ES}, courage les filles",
    "mon ex a menacé de publier mes photos, j'ai porté plainte", "campagne de prévention : ne partagez jamais de nudes, même à quelqu'un de confiance",
    "j'ai envie de disparaître en ce moment, quelqu'un à qui parler ?", "si t'as des idées noires appelle le 3114, c'est gratuit et ils écoutent",
    "je me sens {g:seul|seule} au lycée, personne me parle, ça passe quand ?", "on m'a viré{g:|e} du groupe de classe sans raison, c'est normal d'être triste ?",
    "Selon le rapport, les menaces de mort en ligne ont augmenté de 20 %", "Le député a reçu des menaces, une enquête est ouverte",
    "Harcèlement scolaire : l'élève avait été exclu de tous les groupes de la classe", "L'article explique comment les harceleurs utilisent les emojis 🔪 et 🪦",
    # innocent numbers / addresses / photos
    "appelez le {TEL} pour l'inscription au club de {r:foot|hand|judo|théâtre}", "le cabinet est au {ADDR}, 2e étage", "la brocante c'est {ADDR}, dimanche dès 8h",
    "{V} je t'envoie mon num en privé pour le covoit", "envoie-moi les photos du match {V} stp", "t'as des photos de {NAME} à son anniv ? c'est pour le montage surprise",
    "le vrai nom de l'auteur c'est un pseudo, dans l'interview il en parle", "je poste les photos de classe sur l'ENT ce soir",
    # body vocabulary without shaming
    "{P} est trop {g:grand|grande}, {g:futur basketteur|future basketteuse} 🏀", "j'ai arrêté le sucre, -5 kilos 💪", "le gros chat de ma grand-mère dort toute la journée",
    "mes cheveux gras après le sport, help, un shampoing ?", "je suis {g:petit|petite} mais je cours vite 😎", "tu peux faire une vidéo sur l'acné ? j'en ai marre de mes boutons",
    "les vergetures c'est normal, arrêtez de complexer", "t'as trop bien maigri{g:|e} pour ta course, bravo pour l'entraînement",
    # exclusion vocabulary, fine
    "je bloque les pubs sur youtube, ça change la vie", "le groupe est plein désolé {V}, on en refait un au prochain projet", "le modo a kick le bot de spam",
    "on se fait une soirée sans les parents 🎉", "personne lui parle de la surprise hein ! c'est pour l'anniv de {NAME}", "ne dites rien à {NAME}, c'est une surprise 🎁",
    "je quitte {PLAT} quelques semaines, pause réseaux", "{NAME} a quitté le groupe (changement de numéro)", "on vire les vieux messages de la conv ?",
)
NEUTRAL += F("neutral", "tas",
    "{P} a trop bien chanté à la fête de l'école", "{V} tu nous manques au foot le mercredi", "{NAME} t'es trop {g:beau|belle} sur cette photo 😍",
    "{V} merci pour ton aide en {SUBJ}", "{P} a gagné le concours de dessin, bravo !", "{V} t'as trop bien parlé au conseil de classe",
    "{NAME} et {NAME2} sont trop forts en duo", "qui a la vidéo de {P} au spectacle ?", "{V} ton exposé était super intéressant",
    "{V} ça te dit un ciné {T} ?", "{V} t'as pensé à prendre les billets ?", "{P} a fini {g:premier|première} au cross, trop fort{g:|e}",
    "{V} t'as fait quoi pour les vacances ?", "{V} tu me prêtes ta calculatrice {T} ?", "{V} bonne chance pour le match {T} 🍀",
    "la {r:prof|CPE|principale|documentaliste} a dit que le CDI est fermé {T}", "le car pour la sortie part à {HOUR}", "le club de théâtre cherche des volontaires",
    "on fait une bataille de boules de neige {T} ?", "il a neigé à {CITY} 😍", "le marché de Noël de {CITY} est trop joli", "enfin le week-end 🙌",
    "quelqu'un a compris le chapitre sur les fonctions ?", "l'exo 12 page 84 est chaud", "j'ai révisé toute la nuit pour {SUBJ}", "qui fait {SUBJ} en spé ?",
    "{GAME} en promo sur le store, foncez", "j'ai acheté {GAME}, qui veut jouer ?", "le tournoi {GAME} du lycée c'est {T}", "le streamer a fait 10h de live, respect",
    "{CLUB} joue à quelle heure {T} ?", "le but à la {r:12e|34e|67e|90e} minute, quelle frappe !", "{CLUB} va finir dans le top 5 cette saison",
    "j'ai écouté l'album 5 fois depuis hier", "le feat à la fin est incroyable", "quelqu'un a des recos de séries ?", "l'épisode de ce soir va être ouf",
    "Merci pour cette analyse très claire sur {TOPIC}.", "Article intéressant sur {TOPIC}, merci.", "Quelqu'un a un avis sur {TOPIC} ?",
    "Je partage, ça peut servir à d'autres.", "Top, exactement ce que je cherchais.", "Vous avez la source de l'étude ?", "Bonne idée, je teste ce week-end.",
    "perso je préfère {GAME} à {GAME}", "je trouve que {TOPIC} c'est pas si mal", "franchement la 2e partie de la vidéo est meilleure",
    "{V} tu pourrais mettre les sources en description ?", "{V} tu fais des lives quand ?", "{V} c'était quoi le nom du resto dans la vidéo ?",
)

# Second-person, tags and third-person "il/elle" are common in friendly comments too; these frames keep
# pronouns, @handles and "tout le monde"/"personne" from being attack-only cues.
NEUTRAL += F("neutral", "tas",
    "{H} regarde ça 😂", "{H} c'est toi ça mdr", "{H} viens voir", "{H} {H} on fait ça {T} ?", "{H} t'avais raison pour le resto",
    "{H} ta chanson préférée {EN}", "{H} ça c'est nous en {C} 😂", "{H} tu vas adorer", "{H} ton sweat est sur la vidéo mdr",
    "{V} comment tu vas ?", "{V} tu vas à la soirée {T} ?", "{V} t'es trop {r:fort|drôle|gentil|stylé}{g:|e} toi", "{V} t'es la meilleure, merci pour tout".replace("la meilleure", "{g:le meilleur|la meilleure}"),
    "{V} ta story m'a trop fait rire", "{V} tes photos de vacances sont trop belles", "{V} ton chien est trop mignon", "{V} ta mère fait trop bien les crêpes",
    "{V} tes conseils m'ont aidé{g:|e}, merci", "{V} toi aussi t'as vu la fin ?", "{V} tu retournes au club {T} ?", "{V} on se voit {PL} {T} ?",
    "{V} t'as raison, je suis d'accord avec toi", "{V} t'es où ? on t'attend pour manger", "{V} t'as une voix de fou, tu devrais chanter",
    "{P} {g:il|elle} est trop {r:fort|drôle|gentil|doué|marrant}{g:|e} en vrai", "{P} {g:il|elle} a trop bien joué hier", "{P} {g:il|elle} chante trop bien",
    "{P} {g:il|elle} m'a aidé{g:|e} pour le DM, trop gentil{g:|le}", "{P} {g:il|elle} a eu 18 en {SUBJ} 😮", "{P} {g:il|elle} arrive à quelle heure ?",
    "{P} {g:il|elle} est {g:malade|malade} aujourd'hui, {g:il|elle} revient {T}", "{P} c'est {g:le|la} plus {g:gentil|gentille} de {C}",
    "merci tout le monde pour les messages ❤️", "tout le monde est invité samedi 🎉", "tout le monde a fini l'exo ?", "bonne année tout le monde !",
    "personne a les devoirs de {SUBJ} ?", "personne a vu mes clés ?", "personne sait si y a cours {T} ?", "personne veut un billet pour le concert ? j'en ai un en trop",
    "qui veut venir au ciné {T} ?", "qui veut un gâteau ? j'en ai fait trop", "on voit rien sur la vidéo, tu peux remonter la luminosité ?",
    "cette vidéo a changé ma vie mdr", "la vie est belle quand c'est les vacances", "bon anniv {NAME}, {r:15|16|18|20|30} ans déjà !", "j'ai mal à la tête depuis ce matin",
    "retourne la crêpe maintenant 😂", "je retourne à {CITY} ce week-end", "moi aussi j'ai adoré", "toi aussi tu regardes encore en 2026 ?",
    "{V} 😏 on verra bien au prochain match", "😏 je savais que t'allais gagner", "*exposé, pas exposition dsl", "c'était *trop* bien hier",
    "t'es pas mal en {SUBJ} toi, tu m'expliques ?", "{V} t'es grave drôle", "{V} ta tête quand t'as gagné 😂😂", "{V} tu fais des trucs de ouf sur {GAME}",
)
HARD += F("hard_negative", "tas",
    "{H} t'es {g:un|une} {r:boloss|clown|bouffon} mdr jtm ❤️".replace("{r:boloss|clown|bouffon}", "{r:boloss|clown|{g:bouffon|bouffonne}}"),
    "{H} ptdr t ki ? 😂 (c'est mon frère, il a changé de pp)", "{V} t'es pas {A}, t'es juste fatigué{g:|e}", "{V} ta tête de déterré{g:|e} ce matin 😂 courage",
    "tout le monde dit que t'es moche ? bah c'est faux, t'es magnifique {V}", "personne mérite d'être exclu{g:|e}, invitez {NAME} à la soirée",
    "{P} {g:il|elle} s'est fait insulter sous sa vidéo, allez la soutenir ❤️".replace("la soutenir", "{g:le|la} soutenir"),
    "{P} {g:il|elle} a reçu des menaces, j'espère que la police va agir", "{V} on est tous avec toi, ceux qui t'insultent sont des lâches",
    "ma petite sœur s'est fait traiter de {BN} à la piscine, elle a pleuré, ça me dégoûte", "ils ont dit à {NAME} de se pendre, la CPE est au courant",
    "j'ai reçu 'je sais où tu habites' d'un compte fake, j'ai porté plainte", "tu vas voir, tu vas adorer le film {V}", "je vais te tuer si tu me spoiles la fin mdr 😂",
    "{V} tu vas te faire défoncer au tournoi, la team d'en face est trop forte 😅", "j'espère que tu vas gagner {V} 🍀", "je vais retrouver mon vieux tel pour les photos",
)

NEUTRAL += F("neutral", "tas",
    "ça va {V} ?", "je vais être en retard, partez sans moi", "jvais au foot {T}, tu viens ?", "va voir la vidéo de {H} c'est trop drôle",
    "je vais faire une vidéo sur {TOPIC} bientôt", "mets le lien en bio stp", "mets-moi dans la conv pour l'exposé", "fais-moi signe quand t'arrives {V}",
    "fais gaffe au verglas ce matin", "rien à voir mais quelqu'un a vu la nouvelle série ?", "je vais faire du sport {T}, motivé{g:|e}",
    "va falloir réviser pour {SUBJ}", "tu vas où pour les vacances {V} ?", "je vais dormir, bonne nuit tout le monde", "jvais manger, jreviens",
    "{V} tu veux faire l'exposé avec moi ?", "{V} tu me diras ce que t'en penses", "on va au parc {T} avec {NAME}", "même moi j'ai réussi, t'inquiète tu vas y arriver",
    "rien de mieux qu'un bon film le dimanche", "ça fait plaisir de voir tout le monde {PL}", "je vais acheter le nouveau {GAME} 🔥",
)
HARD += F("hard_negative", "tas",
    "fais gaffe à toi en scooter, il pleut {V}", "je sais où t'as laissé ton sac, il est au CDI", "on t'attend {PL} pour le match, dépêche 😂",
    "tu vas prendre cher en {SUBJ} si tu révises pas mdr", "compte tes jours avant les vacances, plus que {N_INT} 🎉", "dors bien {V}, grosse journée demain",
    "je vais te casser les oreilles avec mon nouveau son 🎶", "je vais brûler les étapes mais ok", "va te coucher {V}, t'as l'air crevé{g:|e} 😂",
    "on va faire disparaître les restes du gâteau 😋", "t'as vu ton poids au décollage ? la valise fait 23 kg pile 😅", "tu vas pas finir l'année avec ce stylo mdr il est mort",
)



# ---------------------------------------------------------------- engine

SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
GCH = re.compile(r"\{g:([^{}|]*)\|([^{}|]*)\}")
RCH = re.compile(r"\{r:([^{}]*)\}")


DET_FORMS = [("le plus gros", "la plus grosse"), ("qu'un", "qu'une"), ("un", "une"), ("le", "la"), ("ce", "cette"),
             ("quel", "quelle"), ("vrai", "vraie"), ("gros", "grosse"), ("parfait", "parfaite")]
DET = re.compile(r"\b(" + "|".join(re.escape(x) for pair in DET_FORMS for x in pair) + r")\s+\x01([mf])\x02", re.I)


def _agree(m: re.Match[str]) -> str:
    det, g = m.group(1), m.group(2)
    for masc, fem in DET_FORMS:
        if det.lower() in (masc, fem):
            out = masc if g == "m" else fem
            out = out[0].upper() + out[1:] if det[0].isupper() else out
            return out + " "
    return m.group(0)


def _fill(tpl: str, c: Ctx) -> str:
    """Resolve slots, gender choices and random choices until none remain."""
    s = tpl
    for _ in range(8):
        s2 = SLOT.sub(lambda m: FILLERS[m.group(1)](c), s)
        s2 = GCH.sub(lambda m: m.group(1) if c.gender == "m" else m.group(2), s2)
        s2 = RCH.sub(lambda m: c.r.choice(m.group(1).split("|")), s2)
        if s2 == s:
            break
        s = s2
    s = DET.sub(_agree, s)
    s = s.replace("\x01m\x02", "").replace("\x01f\x02", "")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,.])", r"\1", s)
    s = re.sub(r"^[,.]\s*", "", s)
    s = s.replace(", ,", ",").replace(",,", ",")
    return s


TEEN_PRE = ["wsh ", "frr ", "sah ", "ptdr ", "mdr ", "askip ", "jsp ", "wallah ", "bro ", "genre ", "oh ", "eh ", "azy ",
            "jure ", "nan mais ", "attends ", "oh la la ", "mais ", "bon ", "ah ouais ", "hein ", "bref ", "tkt ", "wesh ",
            "gros ", "la team ", "jpp ", "putain ", "ptn "]
TEEN_SUF = [" mdr", " ptdr", " frr", " sah", " wsh", " 😂", " 💀", " 🤣", " jpp", " wallah", " de ouf", " grave", " hein",
            " ou quoi", " lol", " mdrrr", " xD", " 😭", " !!", " ?!", " tkt", " frérot", " la", " quoi", " 🤷", " 😤", " 👀",
            " bref", " sérieux", " jsp", " askip", " nan ?"]
ADULT_PRE = ["Franchement, ", "Sérieusement, ", "Honnêtement, ", "Bon, ", "Alors là, ", "Pff, ", "Ah bah ", "Ok, ",
             "Mouais, ", "Perso, ", "Euh, ", "Bref, ", "Encore une fois, ", "Désolé mais ", "Je dis ça je dis rien, ",
             "Au passage, ", "Cela dit, ", "Bonjour, ", "Mdr, ", "Ah, "]
ADULT_SUF = [" Bref.", "...", " !", ".", " Point.", " Voilà.", " lol", " 🙄", " Sans rancune.", " !!", " 😂", " 👍",
             " Tout est dit.", " (édit : orthographe)", " C'est tout.", " ?", " mdr", " 🤷‍♂️", " Merci.", " Enfin bon."]


PROPER = set(NAMES_F + NAMES_M + ["Dieu", "Insee", "Afrique", "Espagne", "Noël", "Parcoursup", "Candy", "Snapchat", "Gaston"])


def _lower_first(s: str) -> str:
    """Lowercase the first letter after an added opener, unless the sentence starts with a name or all-caps word."""
    first = re.split(r"[\s,']", s, maxsplit=1)[0]
    if not s or first in PROPER or first.isupper():
        return s
    return s[0].lower() + s[1:]


def _decorate(s: str, reg: str, r: random.Random) -> str:
    """Add register-typical openers/closers and punctuation."""
    if reg == "teen":
        if r.random() < 0.35:
            s = r.choice(TEEN_PRE) + _lower_first(s)
        if r.random() < 0.45:
            s = s.rstrip(".") + r.choice(TEEN_SUF)
    elif reg == "adult":
        if r.random() < 0.25:
            p = r.choice(ADULT_PRE)
            s = p + _lower_first(s)
        if r.random() < 0.35 and not s.endswith((".", "!", "?", "…")):
            s = s + r.choice(ADULT_SUF)
    else:
        if r.random() < 0.3:
            s = s + r.choice([" lol", " mdr", " ptdr", " 😂", " !!", " ?", " wsh", " tkt", " jpp", " xD", " :)", " :/", " ."])
    return s


def _strip_accents(s: str) -> str:
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        base = "".join(x for x in d if unicodedata.category(x) != "Mn")
        out.append(base if ch.isalpha() and ord(ch) < 0x250 else ch)
    return "".join(out)


SMS_PHRASES = [
    ("ferme ta gueule", "ftg"), ("ta gueule", "tg"), ("nique ta mère", "ntm"), ("fils de pute", "fdp"), ("je sais pas", "jsp"),
    ("t'inquiète", "tkt"), ("s'il te plaît", "stp"), ("s'il vous plaît", "svp"), ("parce que", "pcq"), ("quelqu'un", "qqn"),
    ("aujourd'hui", "ajd"), ("quelque chose", "qqch"), ("je te ", "jte "), ("je t'", "jt'"), ("je vais", "jvais"), ("je suis", "jsuis"),
    ("tu es", "t"), ("t'es", "t"), ("c'est", "c"), ("qu'un", "k1"), ("est-ce que", "esk"), ("mort de rire", "mdr"),
    ("ce soir", "ce soir"), ("je ", "j "), ("n'", ""), ("ne ", ""),
]
SMS_WORDS = {
    "quoi": "koi", "pourquoi": "pk", "demain": "dm1", "rien": "r1", "bien": "b1", "toujours": "tjrs", "vraiment": "vrmt",
    "beaucoup": "bcp", "pas": "pa", "que": "ke", "qui": "ki", "avec": "avc", "dans": "ds", "tout": "tt", "tous": "ts",
    "mais": "m", "quand": "qd", "comme": "cm", "moi": "mwa", "toi": "twa", "oui": "ui", "elle": "el", "salut": "slt",
    "bonjour": "bjr", "merci": "mrc", "trop": "tro", "mort": "mor", "pendre": "pendr", "crever": "crevé", "retrouver": "retrouvé",
    "ton": "ton", "sur": "sr", "pour": "pr", "tes": "tes", "un": "1", "une": "1", "groupe": "grp", "message": "msg",
    "messages": "msg", "photo": "foto", "photos": "fotos", "numéro": "num", "adresse": "adress", "vais": "vé", "sais": "c",
    "quel": "kel", "quelle": "kel", "encore": "encor", "maintenant": "mtn", "vas": "va", "est": "é", "ça": "sa", "ce": "ce",
    "coucou": "cc", "temps": "tps", "personne": "personn", "bisous": "bsx", "ouais": "wé", "après": "apré", "vidéo": "vid",
}


def _sms(s: str, r: random.Random) -> str:
    """Rewrite a sentence in heavy SMS spelling (probabilistic, so variants differ)."""
    t = s.lower() if r.random() < 0.9 else s
    for a, b in SMS_PHRASES:
        if a in t and r.random() < 0.8:
            # whole-word match only, so "ne " never eats the end of "une " or "musulmane "
            pat = r"(?<![\w'])" + re.escape(a) + (r"(?!\w)" if a[-1].isalnum() else "")
            t = re.sub(pat, b.replace("\\", "\\\\"), t)
    words = t.split(" ")
    out = []
    for w in words:
        core = w.strip(",.!?;:")
        if core in SMS_WORDS and r.random() < 0.7:
            w = w.replace(core, SMS_WORDS[core])
        out.append(w)
    t = " ".join(out)
    if r.random() < 0.85:
        t = _strip_accents(t)
    if r.random() < 0.5:
        t = re.sub(r"[,.;:](?=\s|$)", "", t)
    if r.random() < 0.3:
        t = t.replace("'", " ") if r.random() < 0.5 else t.replace("'", "")
    return re.sub(r"\s+", " ", t).strip()


def _obf_vocab() -> set[str]:
    words: set[str] = set()
    for lst in (INSULT_N, INSULT_A, BODY_N, BODY_A):
        for item in lst:
            for g in (1, 2):
                txt = GCH.sub(r"\1" if g == 1 else r"\2", item)
                for w in re.findall(r"[\wàâäéèêëîïôöùûüç]+", txt.lower()):
                    if len(w) >= 3 and w not in {"de", "des", "fini", "pauvre", "sale", "gros", "comme", "type", "fille", "tête"}:
                        words.add(w)
    words |= {"pendre", "pends", "tuer", "tue", "suicide", "suicider", "crève", "crèves", "crever", "mort", "morte", "nudes",
              "salope", "pute", "seins", "adresse", "num", "défoncer", "planter", "buter", "vire", "bloquez", "signalez", "moche",
              "fdp", "ntm", "connard", "kys", "bite", "sucer", "suces", "cul", "viré", "violer", "baiser", "gueule", "merde",
              "tabasser", "éclater", "massacrer", "grosse", "obèse", "baleine", "tarlouze", "pd", "gouine", "traînée", "cachets",
              "corde", "noyer", "jeter", "balance", "leak", "poster", "unfollow", "boycotte", "ignore", "kick", "string"}
    return words


OBF_VOCAB = _obf_vocab()
LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"], "t": ["7"], "l": ["1"], "g": ["9"], "b": ["8"]}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
EMOJI_SWAP = ["🤡", "🐷", "🐍", "💩", "🐀", "🖕"]
EMOJI_FOR = {"insult": E_INS, "threat": E_THR, "self_harm_incitement": ["🪦", "🪢", "⚰️", "💀"], "body_shaming": E_BODY,
             "sexual_harassment": E_SEX, "exclusion": E_EXC, "doxxing": ["📍", "🏠", "📱", "👀"], "identity_hate": ["🤮", "🐒", "🖕"]}


def _obf_word(w: str, r: random.Random, insult_noun: bool) -> str:
    letters = list(w)
    m = r.randrange(7 if insult_noun else 6)
    if m == 0:  # leetspeak
        idx = [i for i, ch in enumerate(letters) if ch.lower() in LEET]
        if not idx:
            return w[0] + "*" * (len(w) - 1)
        for i in r.sample(idx, k=max(1, min(len(idx), r.randint(1, 3)))):
            letters[i] = r.choice(LEET[letters[i].lower()])
        return "".join(letters)
    if m == 1:  # spaced / dotted
        sep = r.choice([" ", " ", ".", "-", "_", " . "])
        return sep.join(letters)
    if m == 2:  # stretched
        vow = [i for i, ch in enumerate(letters) if ch.lower() in "aeiouyéè"]
        i = r.choice(vow) if vow else len(letters) - 1
        letters[i] = letters[i] * r.randint(3, 7)
        return "".join(letters)
    if m == 3:  # homoglyphs (Cyrillic look-alikes)
        idx = [i for i, ch in enumerate(letters) if ch in HOMO]
        if not idx:
            return w[0] + "*" + w[2:] if len(w) > 2 else w
        for i in r.sample(idx, k=max(1, min(len(idx), r.randint(1, 3)))):
            letters[i] = HOMO[letters[i]]
        return "".join(letters)
    if m == 4:  # asterisks
        if len(w) <= 2:
            return w[0] + "*"
        inner = list(range(1, len(w) - 1))
        for i in r.sample(inner, k=min(len(inner), r.randint(1, 2))):
            letters[i] = "*"
        return "".join(letters)
    if m == 5:  # mixed: upper + repeated consonant
        return "".join(ch.upper() if r.random() < 0.5 else ch for ch in w) + w[-1] * r.randint(1, 3)
    return r.choice(EMOJI_SWAP)  # insult noun replaced by an emoji


def _obfuscate(s: str, labels: frozenset[str], r: random.Random) -> str:
    """Disguise one harmful word (leet, spacing, stretching, homoglyph, asterisk, emoji); else add a pointed emoji."""
    toks = list(re.finditer(r"[\wàâäéèêëîïôöùûüç]+", s))
    cands = [m for m in toks if m.group(0).lower() in OBF_VOCAB]
    if not cands or r.random() < 0.12:
        lab = r.choice(sorted(labels))
        e = r.choice(EMOJI_FOR[lab])
        return f"{e} {s}" if r.random() < 0.3 else f"{s} {e}"
    m = r.choice(cands)
    insult_noun = m.group(0).lower() in {"bouffon", "clown", "connard", "con", "débile", "bolosse", "boloss", "rat", "porc", "truie", "cochon"}
    new = _obf_word(m.group(0), r, insult_noun)
    out = s[: m.start()] + new + s[m.end():]
    if r.random() < 0.25 and len(cands) > 1:  # sometimes a second word too
        m2 = r.choice(cands)
        if m2.start() > m.end():
            shift = len(new) - (m.end() - m.start())
            a, b = m2.start() + shift, m2.end() + shift
            out = out[:a] + _obf_word(out[a:b], r, False) + out[b:]
    return out


def _stylize(s: str, r: random.Random) -> str:
    """Harmless emphasis on benign rows (stretching, spacing, asterisks, emoji) so style alone never means attack."""
    ws = s.split(" ")
    idx = [i for i, w in enumerate(ws) if len(w) >= 3 and w.isalpha()]
    if not idx:
        return s + " " + r.choice(E_NEUT)
    i = r.choice(idx)
    w = ws[i]
    m = r.randrange(4)
    if m == 0:
        vow = [j for j, ch in enumerate(w) if ch.lower() in "aeiouyé"]
        j = vow[-1] if vow else len(w) - 1
        ws[i] = w[:j] + w[j] * r.randint(3, 6) + w[j + 1:]
    elif m == 1:
        ws[i] = " ".join(w.upper())
    elif m == 2:
        ws[i] = "*" + w + "*"
    else:
        ws[i] = w + " " + r.choice([*E_NEUT, "😏", "🙈", "🥹"])
    return " ".join(ws)


def _typo(s: str, r: random.Random) -> str:
    """One realistic slip: swapped, dropped or doubled letter in a word of 4+ letters."""
    ws = s.split(" ")
    idx = [i for i, w in enumerate(ws) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    w = ws[i]
    j = r.randrange(1, len(w) - 1)
    k = r.randrange(3)
    if k == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif k == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    ws[i] = w
    return " ".join(ws)


def _case(s: str, reg: str, r: random.Random) -> str:
    x = r.random()
    if x < 0.04:
        return s.upper()
    cap = {"adult": 0.75, "teen": 0.3, "sms": 0.05}[reg]
    if s and s[0].isalpha():
        s = s[0].upper() + s[1:] if r.random() < cap else s[0].lower() + s[1:]
    return s


def _pick_reg(r: random.Random, regs: str) -> str:
    allowed = {"t": "teen", "a": "adult", "s": "sms"}
    pool = [allowed[c] for c in regs]
    w = [REGISTER_WEIGHTS[p] for p in pool]
    return r.choices(pool, weights=w)[0]


def _ctx(r: random.Random, reg: str, cat: str) -> Ctx:
    fem_p = 0.8 if cat == "sexual_harassment" else 0.5
    g = "f" if r.random() < fem_p else "m"
    name = r.choice(NAMES_F if g == "f" else NAMES_M)
    other = r.choice(NAMES_F + NAMES_M)
    return Ctx(r=r, gender=g, name=name, reg=reg, other=other)


def _frames_for(pool: list[Frame], reg: str) -> list[Frame]:
    code = reg[0]
    return [f for f in pool if code in f.regs]


STATS: dict[str, int] = {}


def _finish(s: str, reg: str, r: random.Random, labels: frozenset[str] | None) -> str:
    STATS["_obf"] = 0
    s = _decorate(s, reg, r)
    if reg == "sms":
        s = _sms(s, r)
    elif r.random() < {"teen": 0.3, "adult": 0.08}[reg]:
        s = _strip_accents(s)
    if labels and r.random() < OBFUSCATION_RATE:
        s = _obfuscate(s, labels, r)
        STATS["_obf"] = 1
    elif not labels and r.random() < 0.07:
        s = _stylize(s, r)
    if r.random() < 0.06:
        s = _typo(s, r)
    return _case(s, reg, r)


def generate() -> list[dict[str, str]]:
    """Build all rows (deduplicated on lowercase text), shuffled deterministically."""
    r = random.Random(SEED)
    seen: set[str] = set()
    skeletons: dict[str, int] = {}
    rows: list[dict[str, str]] = []
    by_cat: dict[str, list[Frame]] = {}
    for f in ATTACKS:
        by_cat.setdefault(f.cat, []).append(f)

    def add(text: str, labels: frozenset[str], kind: str, reg: str, core: str) -> bool:
        key = text.lower().strip()
        skel = re.sub(r"[^a-z0-9 ]", "", _strip_accents(core.lower()))
        if not text or key in seen or skeletons.get(skel, 0) >= MAX_VARIANTS:
            return False
        seen.add(key)
        skeletons[skel] = skeletons.get(skel, 0) + 1
        STATS["obfuscated"] = STATS.get("obfuscated", 0) + STATS["_obf"]
        order = ["insult", "identity_hate", "threat", "sexual_harassment", "self_harm_incitement", "doxxing",
                 "body_shaming", "exclusion"]
        rows.append({"text": text, "lang": "fr", "labels": " ".join(x for x in order if x in labels), "kind": kind,
                     "register": reg})
        return True

    for cat, quota in ATTACK_QUOTA.items():
        got, tries = 0, 0
        while got < quota and tries < quota * 60:
            tries += 1
            reg = r.choices(list(REGISTER_WEIGHTS), weights=list(REGISTER_WEIGHTS.values()))[0]
            frames = _frames_for(by_cat[cat], reg)
            if not frames:
                continue
            fr = r.choice(frames)
            ctx = _ctx(r, reg, cat)
            text = _fill(fr.tpl, ctx)
            labels = fr.labels
            if r.random() < COMPOSE_RATE:
                others = [f for c2, fs in by_cat.items() if c2 not in (cat, "identity_hate")
                          for f in fs if f.person == fr.person and reg[0] in f.regs]
                f2 = r.choice(others)
                t2 = _fill(f2.tpl, ctx)
                joiner = r.choice([", ", ". ", " ", " ... ", " et ", " !! "])
                text = f"{text}{joiner}{t2}" if r.random() < 0.6 else f"{t2}{joiner}{text}"
                labels = labels | f2.labels
            if add(_finish(text, reg, r, labels), labels, "attack", reg, text):
                got += 1
        print(f"{cat}: {got}/{quota} (tries {tries})")

    for kind, quota in BENIGN_QUOTA.items():
        pool = NEUTRAL if kind == "neutral" else HARD
        got, tries = 0, 0
        while got < quota and tries < quota * 80:
            tries += 1
            reg = r.choices(list(REGISTER_WEIGHTS), weights=list(REGISTER_WEIGHTS.values()))[0]
            frames = _frames_for(pool, reg)
            fr = r.choice(frames)
            ctx = _ctx(r, reg, kind)
            text = _fill(fr.tpl, ctx)
            if r.random() < 0.08:  # two benign sentences in one comment
                text = text + r.choice([". ", " ", ", ", " !! "]) + _fill(r.choice(frames).tpl, ctx)
            if add(_finish(text, reg, r, None), frozenset(), kind, reg, text):
                got += 1
        print(f"{kind}: {got}/{quota} (tries {tries})")

    r.shuffle(rows)
    return rows


def main() -> None:
    heldout = evaluation_texts()
    rows = [row for row in generate() if text_key(row["text"]) not in heldout]
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["text", "lang", "labels", "kind", "register"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    per_label = Counter(lab for row in rows for lab in row["labels"].split())
    per_kind = Counter((row["kind"], row["register"]) for row in rows)
    print("labels:", dict(per_label.most_common()))
    print("kind x register:", {f"{k}/{g}": n for (k, g), n in sorted(per_kind.items())})
    multi = sum(1 for row in rows if len(row["labels"].split()) > 1)
    print(f"multi-label attacks: {multi}; obfuscated attacks: {STATS.get('obfuscated', 0)}")


if __name__ == "__main__":
    main()
