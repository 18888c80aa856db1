# ruff: noqa: E501  (data tables: long template lines are clearer unwrapped)
"""Generate identity.csv: French + English identity-hate attacks and their hard contrasts.

Deterministic (random.Random(SEED)), standard library only. Re-running rewrites the CSV identically.
See identity.md for the label rules.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from random import Random

from evaluation_sets import evaluation_texts, text_key

SEED = 1488_2026  # fixed seed; any constant works, it only has to stay the same
OUT = Path(__file__).with_name("identity.csv")
R = Random(SEED)

IH = "identity_hate"
IHI = "identity_hate insult"
IHT = "identity_hate threat"
IHIT = "identity_hate insult threat"


def pick(seq):  # type: ignore[no-untyped-def]
    return seq[R.randrange(len(seq))]


# ----------------------------------------------------------------------------------------------------
# obfuscation of slurs (used on hateful rows AND on quoted slurs in counter-speech / news)
# ----------------------------------------------------------------------------------------------------
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7", "g": "9"}
VOW = "aeiouy"


def obf(word: str) -> str:
    """Return one spelling variant of a slur (asterisks, leet, spacing, missing letter...)."""
    if len(word) < 4 or " " in word.strip():
        return word
    m = R.randrange(9)
    if m == 0:  # asterisk on interior vowels
        out = [c if (i == 0 or c.lower() not in VOW) else "*" for i, c in enumerate(word)]
        return "".join(out)
    if m == 1:  # one asterisk
        i = R.randrange(1, len(word) - 1)
        return word[:i] + "*" + word[i + 1:]
    if m == 2:  # leet
        return "".join(LEET.get(c, c) if R.random() < 0.6 else c for c in word)
    if m == 3:  # spaced letters
        return " ".join(word)
    if m == 4:  # dotted
        return R.choice([".", "-", "_"]).join(word)
    if m == 5:  # missing letter
        i = R.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1:]
    if m == 6:  # doubled letter
        i = R.randrange(1, len(word))
        return word[:i] + word[i - 1] + word[i:]
    if m == 7:  # caps
        return word.upper()
    i = R.randrange(2, len(word) - 1)  # added space
    return word[:i] + " " + word[i:]


def maybe_obf(word: str, p: float = 0.35) -> str:
    return obf(word) if R.random() < p else word


# ----------------------------------------------------------------------------------------------------
# registers
# ----------------------------------------------------------------------------------------------------
FR_SMS = [
    ("qu'est-ce que", "kesk"), ("pourquoi", "pk"), ("c'est", "c"), ("t'es", "t"), ("tu es", "t"),
    ("je suis", "chui"), ("quoi", "koi"), ("beaucoup", "bcp"), ("toujours", "tjrs"), ("vraiment", "vrmt"),
    ("avec", "avc"), ("pour", "pr"), ("que", "ke"), ("qu'", "k"), ("aujourd'hui", "ajd"), ("rien", "ri1"),
    ("quand", "qd"), ("tout le monde", "tlm"), ("franchement", "franchemen"), ("mais", "mé"),
    ("ils sont", "ils st"), ("elles sont", "elles st"), ("j'ai", "jai"), ("il y a", "ya"), ("tous", "tt"),
]
EN_SMS = [
    ("you're", "ur"), ("your", "ur"), ("you", "u"), (" are ", " r "), ("because", "bc"), ("people", "ppl"),
    ("really", "rly"), ("though", "tho"), ("don't", "dont"), ("I'm", "im"), ("what", "wut"), ("for ", "4 "),
    ("to be", "2 b"), ("please", "pls"), ("tonight", "2nite"), ("with", "w/"), ("about", "abt"),
    ("going to", "gonna"), ("want to", "wanna"), ("can't", "cant"), ("that", "tht"), ("okay", "ok"),
]
FR_TEEN_PRE = ["wsh ", "frr ", "sérieux ", "jpp ", "genre ", "nan mais ", "bon ", "wesh ", "ptn ", "oklm "]
FR_TEEN_SUF = [" mdr", " ptdr", " 😂", " 💀", " frr", " wallah", " 🙄", " jure", " !!!", " sah", " 😭", " tkt"]
EN_TEEN_PRE = ["bro ", "ngl ", "tbh ", "lowkey ", "fr ", "yo ", "bruh ", "honestly ", "like ", "omg "]
EN_TEEN_SUF = [" lol", " fr", " 💀", " 😂", " smh", " tbh", " no cap", " 🙄", " lmao", " 😭", " ong", " fr fr"]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def stretch(s: str) -> str:
    words = s.split(" ")
    i = R.randrange(len(words))
    w = words[i]
    if len(w) > 2 and w[-1].isalpha():
        words[i] = w + w[-1] * R.randint(2, 4)
    return " ".join(words)


def register(text: str, lang: str, reg: str) -> str:
    """Re-spell a clean sentence in the given register."""
    if reg == "sms":
        t = text.lower()
        for a, b in (FR_SMS if lang == "fr" else EN_SMS):
            if R.random() < 0.75:  # whole words only, so "algérien" never becomes "algéri1"
                t = re.sub(r"(?<![\w])" + re.escape(a.lower().strip()) + r"(?![\w])", b.strip(), t)
        if lang == "fr" and R.random() < 0.7:
            t = strip_accents(t)
        if R.random() < 0.6:
            t = t.rstrip(".!")
        if R.random() < 0.3:
            t = t.replace("'", "")
        return t
    if reg == "teen":
        t = text
        if R.random() < 0.4:
            t = t[0].lower() + t[1:]
        pre, suf = (FR_TEEN_PRE, FR_TEEN_SUF) if lang == "fr" else (EN_TEEN_PRE, EN_TEEN_SUF)
        if R.random() < 0.4:
            t = pick(pre) + t[0].lower() + t[1:]
        if R.random() < 0.5:
            t = t.rstrip(".") + pick(suf)
        if R.random() < 0.15:
            t = stretch(t)
        if R.random() < 0.08:
            t = t.upper()
        return t
    t = text
    if R.random() < 0.05:
        t = t.upper()
    return t


def cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


# ----------------------------------------------------------------------------------------------------
# shared people
# ----------------------------------------------------------------------------------------------------
FR_NAMES = ["Yanis", "Inès", "Kevin", "Léa", "Mamadou", "Fatou", "Sarah", "Mehdi", "Chloé", "Lucas", "Thomas",
            "Aïcha", "David", "Rachel", "Linh", "Kenza", "Jordan", "Manon", "Bilal", "Emma", "Nathan", "Moussa",
            "Camille", "Enzo", "Samia", "Dylan", "Awa", "Julien", "Nour", "Théo", "Marie", "Sofiane", "Lina"]
EN_NAMES = ["Jake", "Tyler", "Aisha", "Jamal", "Priya", "Emily", "Connor", "Mohammed", "Rachel", "Kevin", "Mei",
            "Darnell", "Sophie", "Liam", "Fatima", "Noah", "Chloe", "Ryan", "Keisha", "Ethan", "Amir", "Hannah",
            "Marcus", "Olivia", "Raj", "Zoe", "Deshawn", "Ella", "Josh", "Layla", "Sam", "Ben", "Grace"]


def mention(lang: str) -> str:
    names = FR_NAMES if lang == "fr" else EN_NAMES
    n = pick(names)
    r = R.random()
    if r < 0.4:
        return "@" + strip_accents(n).lower() + pick(["", "_", "."]) + pick(["", str(R.randint(1, 99)), "off", "x"])
    if r < 0.6:
        return "@" + strip_accents(n)
    return n


PLAYERS = ["@diallo_10", "@kone_officiel", "@mbaye9", "@traore_fc", "@sissoko.7", "@mendy_22", "@okafor_11",
           "le n°9", "le gardien", "l'arrière gauche", "@ndiaye_off", "@camara.14", "@boateng_5"]
EN_PLAYERS = ["@okafor_11", "@mensah9", "@adeyemi_fc", "@the_keeper1", "@diallo_10", "@boateng_5",
              "@osei.7", "@kamara_22", "number 9", "the left back", "@jones_official", "@abiola14"]


# ----------------------------------------------------------------------------------------------------
# FRENCH groups: forms (plural, singular, gender), slurs, stereotypes, group-specific lines
# ----------------------------------------------------------------------------------------------------
FR_GROUPS: dict[str, dict] = {
    "women": dict(
        forms=[("femmes", "femme", "f"), ("meufs", "meuf", "f"), ("nanas", "nana", "f"),
               ("gonzesses", "gonzesse", "f"), ("bonnes femmes", "bonne femme", "f"), ("filles", "fille", "f"),
               ("féministes", "féministe", "f")],
        slurs_pl=["femelles", "pondeuses", "poules pondeuses"], slurs_sg=["femelle", "pondeuse"],
        stereo=["sont incapables de conduire", "sont trop émotives pour diriger quoi que ce soit",
                "devraient rester à la cuisine", "n'ont rien à faire dans le foot", "mentent toutes sur les agressions",
                "sont moins intelligentes que les hommes", "ne servent qu'à faire des gosses",
                "ne comprennent rien aux jeux vidéo", "devraient fermer leur gueule et obéir",
                "ne méritent pas le droit de vote"],
        ind=["retourne à ta cuisine {N}, t'es qu'une femme", "t'es une meuf, ton avis compte pas",
             "{N} ferme-la, une femme ça parle pas de foot", "typique d'une bonne femme, hystérique comme toujours",
             "va faire la vaisselle au lieu de commenter, t'es qu'une gonzesse", "une femelle qui donne son avis mdr, retourne au ménage",
             "les femmes comme toi devraient se taire", "{N} t'es qu'une femelle, tais-toi",
             "t'as tes règles ou quoi {N} ? typique des meufs", "encore une femme au volant, évidemment"],
        facts=["La parité progresse enfin dans les conseils d'administration.",
               "Ma mère a élevé trois enfants seule, respect à toutes les mamans solo.",
               "L'équipe de France féminine joue ce soir, allez les Bleues !",
               "Les femmes sont toujours moins payées à poste égal, il faut que ça change.",
               "Journée internationale des droits des femmes : rassemblement place de la République à 14h.",
               "Ma sœur est pilote de ligne et c'est la meilleure de sa promo.",
               "Les meufs du club de rugby ont gagné le championnat, trop fier d'elles !",
               "Les femmes scientifiques ont longtemps été invisibilisées, ce documentaire le montre bien."],
        emoji=["🐄", "🍳", "🐷"], anti="sexistes",
    ),
    "trans": dict(
        forms=[("trans", "trans", "m"), ("personnes trans", "personne trans", "f"), ("femmes trans", "femme trans", "f"),
               ("hommes trans", "homme trans", "m"), ("transgenres", "transgenre", "m")],
        slurs_pl=["travelos", "travs", "trannys", "transsexuels dégénérés"], slurs_sg=["travelo", "trav", "tranny"],
        stereo=["sont des malades mentaux", "sont des pervers déguisés", "veulent pervertir nos enfants",
                "ne seront jamais de vraies femmes", "sont juste des mecs en robe", "sont une mode qui va passer",
                "devraient se faire soigner", "sont un danger dans les toilettes"],
        ind=["t'es qu'un mec en robe {N}, tu seras jamais une femme", "{N} sale travelo, personne te croit",
             "lol {N} t'es un homme, arrête ton délire de trav", "ferme-la le travelo",
             "{N} tu seras jamais une vraie femme, juste un monstre", "regardez-moi ce travelo dégueulasse"],
        facts=["Ma cousine est une femme trans et elle vient d'avoir son diplôme d'infirmière.",
               "La journée de visibilité trans, c'est le 31 mars.",
               "Les personnes trans ont un taux de harcèlement scolaire énorme, il faut les protéger.",
               "Une association accompagne les jeunes trans et leurs parents dans ma ville.",
               "Le changement d'état civil est plus simple depuis quelques années.",
               "Mon collègue est un homme trans et franchement c'est un collègue génial."],
        emoji=["🤡", "🤢"], anti="transphobes",
    ),
    "gays": dict(
        forms=[("gays", "gay", "m"), ("homos", "homo", "m"), ("homosexuels", "homosexuel", "m"),
               ("lesbiennes", "lesbienne", "f"), ("LGBT", "LGBT", "m"), ("personnes LGBT", "personne LGBT", "f"),
               ("bisexuels", "bisexuel", "m"), ("gens de la communauté LGBT", "membre de la communauté LGBT", "m")],
        slurs_pl=["pédés", "tapettes", "tarlouzes", "gouines", "tantouzes", "fiottes", "pédales"],
        slurs_sg=["pédé", "tapette", "tarlouze", "gouine", "fiotte", "tantouze", "pédale"],
        stereo=["sont des pervers", "veulent corrompre les enfants", "sont contre-nature", "propagent des maladies",
                "détruisent la famille", "devraient se cacher", "sont tous des malades", "font honte à leurs parents"],
        ind=["{N} sale pédé, dégage", "ferme ta gueule la tapette", "{N} t'es qu'une gouine frustrée",
             "t'es qu'une tarlouze {N}, un vrai homme ferait pas ça", "on veut pas de fiottes comme toi ici {N}",
             "{N} va sucer tes potes pédés ailleurs", "regarde-le marcher ce pédé mdr", "la gouine a encore parlé"],
        facts=["Le mariage pour tous a été voté en 2013 en France.",
               "Mes deux oncles sont mariés depuis dix ans, c'est le couple le plus solide de la famille.",
               "La Marche des fiertés passe devant chez moi samedi, ça va être une belle fête 🏳️‍🌈",
               "Ma meilleure amie est lesbienne et elle vient de se fiancer !",
               "Beaucoup de jeunes LGBT sont encore rejetés par leur famille, c'est triste.",
               "Un joueur de foot a fait son coming out, gros respect.",
               "Les couples homos peuvent adopter en France depuis 2013."],
        emoji=["🤮", "🍑"], anti="homophobes",
    ),
    "black": dict(
        forms=[("Noirs", "Noir", "m"), ("noirs", "noir", "m"), ("Africains", "Africain", "m"), ("blacks", "black", "m"),
               ("renois", "renoi", "m"), ("Noires", "Noire", "f"), ("Sénégalais", "Sénégalais", "m"),
               ("Antillais", "Antillais", "m")],
        slurs_pl=["nègres", "négros", "bamboulas", "macaques", "singes"],
        slurs_sg=["nègre", "négro", "bamboula", "macaque", "singe"],
        stereo=["sont tous des dealers", "vivent des aides", "n'ont jamais rien inventé", "sont plus proches du singe",
                "sont violents par nature", "sont fainéants", "ont un QI plus bas", "ne savent pas se tenir",
                "sont faits pour l'esclavage"],
        ind=["retourne dans ta jungle sale nègre", "{N} sale singe, rentre en Afrique",
             "{N} t'es qu'un bamboula", "ferme-la le négro", "{N} va manger ta banane 🍌",
             "rentre dans ton pays {N}, sale noir", "le macaque a raté son penalty évidemment",
             "{N} t'as rien à faire ici avec ta couleur"],
        facts=["Le Mois de l'histoire des Noirs met en avant des figures oubliées.",
               "La cuisine sénégalaise de ma voisine est incroyable, le thiéboudiène 🔥",
               "Les Antillais de mon quartier organisent un carnaval chaque année.",
               "Ce livre raconte l'histoire des tirailleurs africains pendant la guerre.",
               "Beaucoup d'étudiants africains choisissent la France pour leurs études.",
               "La mode afro-caribéenne est trop belle, j'adore ce défilé."],
        emoji=["🐒", "🐵", "🍌", "🦍"], anti="racistes",
    ),
    "arabs": dict(
        forms=[("Arabes", "Arabe", "m"), ("arabes", "arabe", "m"), ("Maghrébins", "Maghrébin", "m"),
               ("rebeus", "rebeu", "m"), ("beurs", "beur", "m"), ("Nord-Africains", "Nord-Africain", "m"),
               ("Algériens", "Algérien", "m"), ("Marocains", "Marocain", "m"), ("Tunisiens", "Tunisien", "m")],
        slurs_pl=["bougnoules", "bicots", "ratons", "crouilles", "melons", "bicotes"],
        slurs_sg=["bougnoule", "bicot", "raton", "crouille", "melon"],
        stereo=["volent tout ce qui traîne", "vivent des allocs", "foutent le bordel dans nos quartiers",
                "sont tous des voleurs", "ne respectent pas les femmes", "brûlent des voitures",
                "sont incapables de s'intégrer", "dealent dans toutes les cités"],
        ind=["{N} sale bougnoule, rentre au bled", "retourne dans ton pays sale arabe",
             "{N} t'es qu'un bicot", "ferme ta gueule le raton", "{N} rends le scooter que t'as volé sale rebeu",
             "encore un bougnoule qui l'ouvre", "{N} sale crouille va", "personne veut de toi ici sale Arabe"],
        facts=["Le couscous de ma grand-mère algérienne, rien ne le bat.",
               "L'arabe est la deuxième langue la plus parlée en France.",
               "Beaucoup de Maghrébins ont reconstruit la France après la guerre.",
               "J'apprends l'arabe à la fac, c'est dur mais passionnant.",
               "Le festival de musique raï de Marseille était génial cette année.",
               "Les Marocains de l'équipe ont fait un mondial incroyable."],
        emoji=["🐀", "🐫", "🛵"], anti="racistes",
    ),
    "muslims": dict(
        forms=[("musulmans", "musulman", "m"), ("Musulmans", "Musulman", "m"), ("musulmanes", "musulmane", "f"),
               ("femmes voilées", "femme voilée", "f"), ("muslims", "muslim", "m"), ("pratiquants de l'islam", "pratiquant de l'islam", "m")],
        slurs_pl=["muzz", "moz", "barbus", "islamo-racailles"], slurs_sg=["muzz", "moz", "barbu"],
        stereo=["sont tous des terroristes", "veulent imposer la charia", "égorgent des gens", "sont des fanatiques",
                "veulent nous envahir", "battent leurs femmes", "posent des bombes", "ne sont pas compatibles avec la France"],
        ind=["{N} sale muzz, retourne prier dans ton désert", "enlève ton torchon {N}, sale musulmane",
             "{N} tu vas poser une bombe quand ? 💣", "ferme-la le barbu", "{N} t'es qu'un terroriste comme tous les tiens",
             "rentre chez toi avec ton voile {N}"],
        facts=["Bon ramadan à tous ceux qui jeûnent ! 🌙",
               "La grande mosquée de Paris organise une journée portes ouvertes.",
               "L'Aïd tombe ce week-end cette année.",
               "Mes collègues musulmans m'ont invitée à rompre le jeûne, c'était délicieux.",
               "Le voile n'empêche pas ma voisine d'être médecin urgentiste.",
               "L'islam est la deuxième religion de France."],
        emoji=["💣", "🐐", "🐷"], anti="antimusulmans",
    ),
    "jews": dict(
        forms=[("juifs", "juif", "m"), ("Juifs", "Juif", "m"), ("juives", "juive", "f"), ("feujs", "feuj", "m"),
               ("israélites", "israélite", "m")],
        slurs_pl=["youpins", "youtres", "youpines", "feujs radins"], slurs_sg=["youpin", "youtre", "youpine"],
        stereo=["contrôlent les banques", "contrôlent les médias", "ne pensent qu'à l'argent", "tirent les ficelles",
                "ont tout planifié", "sont radins", "dirigent le monde en secret", "s'entraident pour nous voler"],
        ind=["{N} sale youpin, rends l'argent", "retourne compter tes billets sale juif",
             "{N} t'es qu'un youpin radin", "dommage qu'Hitler ait pas fini le travail {N}",
             "{N} avec un nez pareil t'es forcément feuj mdr", "ferme ta gueule le youtre"],
        facts=["Joyeux Hanoukka à tous ceux qui le fêtent ! 🕎",
               "Le musée d'art et d'histoire du judaïsme à Paris vaut vraiment le détour.",
               "Ma prof d'histoire nous a emmenés au mémorial de la Shoah, très émouvant.",
               "Le shabbat commence le vendredi soir au coucher du soleil.",
               "La communauté juive de Strasbourg est l'une des plus anciennes de France.",
               "Yom Kippour est le jour le plus important du calendrier juif."],
        emoji=["👃", "💰", "🐀"], anti="antisémites",
    ),
    "immigrants": dict(
        forms=[("immigrés", "immigré", "m"), ("migrants", "migrant", "m"), ("réfugiés", "réfugié", "m"),
               ("étrangers", "étranger", "m"), ("sans-papiers", "sans-papiers", "m"),
               ("demandeurs d'asile", "demandeur d'asile", "m"), ("clandestins", "clandestin", "m"),
               ("exilés", "exilé", "m")],
        slurs_pl=["envahisseurs", "clandos", "bougnoules"], slurs_sg=["clando", "envahisseur"],
        stereo=["viennent voler nos allocs", "ramènent la délinquance", "volent nos boulots", "sont tous des violeurs",
                "remplacent les Français", "vivent sur notre dos", "ruinent le pays", "apportent des maladies"],
        ind=["{N} rentre chez toi sale clando", "{N} t'es qu'un migrant qui vit sur notre dos",
             "retourne dans ton bateau {N}", "on veut pas de toi ici {N}, sale étranger",
             "{N} va mendier dans ton pays", "dégage l'immigré"],
        facts=["Les migrants secourus en Méditerranée ont été accueillis à Marseille.",
               "Ma grand-mère est arrivée d'Italie en 1950, nous sommes tous un peu immigrés.",
               "Une association cherche des bénévoles pour donner des cours de français aux réfugiés.",
               "Les exilés afghans ont besoin de couvertures, dépôt à la mairie.",
               "Beaucoup de médecins de notre hôpital sont des étrangers, et heureusement.",
               "Le dossier des demandeurs d'asile met parfois deux ans à être traité."],
        emoji=["🐀", "🦠", "🚣"], anti="xénophobes",
    ),
    "roma": dict(
        forms=[("Roms", "Rom", "m"), ("roms", "rom", "m"), ("gitans", "gitan", "m"), ("gens du voyage", "voyageur", "m"),
               ("Tsiganes", "Tsigane", "m"), ("manouches", "manouche", "m"), ("gitanes", "gitane", "f")],
        slurs_pl=["romanos", "romanichels", "voleurs de poules", "bohémiens crasseux"],
        slurs_sg=["romano", "romanichel", "voleur de poules"],
        stereo=["volent tout", "sont des voleurs de poules", "ne travaillent jamais", "dressent leurs enfants à voler",
                "sont sales", "laissent leurs ordures partout", "vivent comme des animaux", "volent le cuivre"],
        ind=["{N} sale romano, rends mon portefeuille", "{N} retourne dans ta caravane sale gitan",
             "planquez vos affaires, {N} est un manouche", "t'es qu'un voleur de poules {N}",
             "{N} sale gitane, va faire la manche ailleurs"],
        facts=["Le jazz manouche de Django Reinhardt est une merveille.",
               "Le pèlerinage des gitans aux Saintes-Maries-de-la-Mer a lieu en mai.",
               "La langue romani est parlée par des millions de personnes en Europe.",
               "Les Roms ont été persécutés pendant la Seconde Guerre mondiale, on en parle trop peu.",
               "Une aire d'accueil pour les gens du voyage va ouvrir près de chez moi."],
        emoji=["🐀", "🐔"], anti="anti-Roms",
    ),
    "asians": dict(
        forms=[("Asiatiques", "Asiatique", "m"), ("asiatiques", "asiatique", "m"), ("Chinois", "Chinois", "m"),
               ("Chinoises", "Chinoise", "f"), ("Vietnamiens", "Vietnamien", "m"), ("asiats", "asiat", "m"),
               ("Japonais", "Japonais", "m"), ("Coréens", "Coréen", "m")],
        slurs_pl=["chinetoques", "bridés", "niakoués", "citrons", "chintoks"],
        slurs_sg=["chinetoque", "bridé", "niakoué", "chintok"],
        stereo=["mangent des chiens", "ont apporté le covid", "mangent des chauves-souris", "sont tous pareils",
                "copient tout", "sont des robots sans âme", "puent le nem", "conduisent comme des pieds"],
        ind=["{N} sale chinetoque, retourne manger ton chien", "ouvre les yeux {N} sale bridé mdr",
             "{N} t'as ramené le covid sale chinois", "le niakoué sait pas parler français",
             "{N} t'es qu'une bridée", "ching chong {N} 😂"],
        facts=["Le Nouvel An chinois dans le 13e, c'était magnifique 🐉",
               "J'apprends le japonais pour mon voyage à Tokyo.",
               "La cuisine vietnamienne est ma préférée, le phở de mon quartier est top.",
               "Les Coréens ont une industrie musicale impressionnante.",
               "La communauté chinoise de Belleville a organisé une marche contre les agressions."],
        emoji=["🦇", "🐶", "🍜"], anti="anti-asiatiques",
    ),
    "disabled": dict(
        forms=[("handicapés", "handicapé", "m"), ("personnes handicapées", "personne handicapée", "f"),
               ("autistes", "autiste", "m"), ("trisomiques", "trisomique", "m"),
               ("personnes en fauteuil", "personne en fauteuil", "f"), ("sourds", "sourd", "m"),
               ("schizophrènes", "schizophrène", "m"), ("malades mentaux", "malade mental", "m"),
               ("aveugles", "aveugle", "m")],
        slurs_pl=["mongols", "gogols", "trisos", "attardés", "débiles mentaux", "estropiés"],
        slurs_sg=["mongol", "gogol", "triso", "attardé", "estropié"],
        stereo=["coûtent trop cher à la société", "sont un fardeau", "ne devraient pas avoir d'enfants",
                "ne servent à rien", "devraient être enfermés", "auraient dû être avortés",
                "gâchent la vie de leurs familles", "profitent des aides"],
        ind=["{N} sale handicapé, t'as rien à faire ici", "{N} t'aurais dû être avorté, sale triso",
             "le gogol en fauteuil bloque le passage encore", "{N} sale autiste, va te cacher",
             "{N} retourne dans ton centre pour attardés", "même pas capable de marcher {N}, sale estropié"],
        facts=["Les Jeux paralympiques étaient incroyables cette année.",
               "Mon frère est autiste et il est passionné d'astronomie.",
               "Il manque encore beaucoup de rampes d'accès dans le métro parisien.",
               "La journée mondiale de la trisomie 21 c'est le 21 mars, chaussettes dépareillées 🧦",
               "Ma prof de maths est sourde et elle nous apprend quelques signes en LSF.",
               "Les personnes handicapées ont droit à un aménagement de poste."],
        emoji=["🤪", "🥴"], anti="validistes",
    ),
}

FR_NP = [  # non-protected human groups: abusing them is `insult` (or `threat`), never identity_hate
    ("politiciens", "politicien", "m"), ("supporters du PSG", "supporter du PSG", "m"), ("fans de l'OM", "fan de l'OM", "m"),
    ("profs", "prof", "m"), ("flics", "flic", "m"), ("banquiers", "banquier", "m"), ("bobos", "bobo", "m"),
    ("influenceurs", "influenceur", "m"), ("youtubeurs", "youtubeur", "m"), ("gamers", "gamer", "m"),
    ("joueurs de Fortnite", "joueur de Fortnite", "m"), ("fans de K-pop", "fan de K-pop", "m"),
    ("chauffeurs de bus", "chauffeur de bus", "m"), ("avocats", "avocat", "m"), ("journalistes", "journaliste", "m"),
    ("patrons", "patron", "m"), ("automobilistes", "automobiliste", "m"), ("cyclistes", "cycliste", "m"),
    ("macronistes", "macroniste", "m"), ("écolos", "écolo", "m"), ("chasseurs", "chasseur", "m"),
    ("arbitres", "arbitre", "m"), ("supporters lyonnais", "supporter lyonnais", "m"), ("anti-vax", "anti-vax", "m"),
    ("racistes", "raciste", "m"), ("homophobes", "homophobe", "m"), ("harceleurs", "harceleur", "m"),
    ("agents immobiliers", "agent immobilier", "m"), ("streamers", "streamer", "m"), ("fonctionnaires", "fonctionnaire", "m"),
    ("syndicalistes", "syndicaliste", "m"), ("vendeuses de chez Zara", "vendeuse de chez Zara", "f"),
    ("influenceuses", "influenceuse", "f"), ("modos de ce serveur", "modo de ce serveur", "m"),
    ("violeurs", "violeur", "m"), ("pédophiles", "pédophile", "m"), ("terroristes", "terroriste", "m"),
    ("dealers", "dealer", "m"), ("nazis", "nazi", "m"), ("fascistes", "fasciste", "m"), ("escrocs", "escroc", "m"),
]
FR_THINGS = [  # non-human targets: same frames, no label
    ("moustiques", "moustique", "m"), ("cafards", "cafard", "m"), ("rats d'égout", "rat d'égout", "m"),
    ("punaises de lit", "punaise de lit", "f"), ("lundis", "lundi", "m"), ("embouteillages", "embouteillage", "m"),
    ("brocolis", "brocoli", "m"), ("pubs YouTube", "pub YouTube", "f"), ("frelons asiatiques", "frelon asiatique", "m"),
    ("pigeons du quartier", "pigeon du quartier", "m"), ("tiques", "tique", "f"), ("mauvaises herbes", "mauvaise herbe", "f"),
    ("spams", "spam", "m"), ("limaces", "limace", "f"), ("bugs de ce jeu", "bug de ce jeu", "m"),
    ("guêpes", "guêpe", "f"), ("trottinettes électriques", "trottinette électrique", "f"), ("examens du lundi", "examen du lundi", "m"),
]

FR_PN = ["des parasites", "de la vermine", "des rats", "une plaie", "des déchets", "des cafards", "des bons à rien",
         "un cancer pour la société", "des ordures", "des nuisibles", "une calamité", "une honte", "des moins que rien",
         "des sangsues", "des porcs", "une catastrophe", "des fléaux", "des pourritures"]
FR_PG = ["une race inférieure", "des sous-hommes", "une sous-race", "la lie de l'humanité", "des animaux",
         "des bêtes sauvages", "une erreur de la nature", "des dégénérés", "une espèce à éradiquer", "des singes",
         "une tare pour l'humanité", "des êtres inférieurs"]
FR_ADJ = [("dégoûtants", "dégoûtantes"), ("stupides", "stupides"), ("sales", "sales"), ("répugnants", "répugnantes"),
          ("dangereux", "dangereuses"), ("inutiles", "inutiles"), ("débiles", "débiles"), ("arriérés", "arriérées"),
          ("tarés", "tarées"), ("pourris", "pourries"), ("violents", "violentes"), ("hypocrites", "hypocrites"),
          ("fainéants", "fainéantes"), ("crasseux", "crasseuses"), ("insupportables", "insupportables"),
          ("inférieurs", "inférieures"), ("immondes", "immondes"), ("nuisibles", "nuisibles")]
FR_POS = [("géniaux", "géniales"), ("courageux", "courageuses"), ("drôles", "drôles"), ("accueillants", "accueillantes"),
          ("talentueux", "talentueuses"), ("solidaires", "solidaires"), ("gentils", "gentilles"), ("brillants", "brillantes")]
FR_ANIMALS = ["rats", "cafards", "porcs", "chiens", "bêtes", "sauterelles", "poux", "cancrelats", "hyènes", "chacals",
              "moustiques", "vers", "singes", "cafards puants", "rats d'égout", "sangsues"]
FR_DISEASE = ["une maladie", "une infection", "un virus", "une gangrène", "une peste", "une épidémie", "un cancer",
              "une tumeur"]
FR_IND_INSULT = ["con", "connard", "bouffon", "abruti", "crétin", "enculé", "tocard", "naze", "clown", "guignol",
                 "boloss", "cassos", "raclure", "mytho", "rageux", "bâtard", "gros lourd", "charlot", "trou du cul",
                 "pauvre type", "minable", "idiot", "imbécile", "looser"]
VOWELS_FR = "aeiouéèêàâîïôûyAEIOUÉÈÊÀÂÎÏÔÛY"


def fr_ctx_from(form: tuple[str, str, str], slurs_pl: list[str], slurs_sg: list[str], st: list[str], anti: str) -> dict:
    pl, sg, gen = form
    m = gen == "m"
    a = pick(FR_ADJ)
    pa = pick(FR_POS)
    adj = a[0] if m else a[1]
    pn = pick(FR_PN)
    return dict(
        G=pl, sg=sg, tous="tous" if m else "toutes", ils="ils" if m else "elles", eux="eux" if m else "elles",
        un="un" if m else "une", qu_un="qu'un" if m else "qu'une", aucun="aucun" if m else "aucune",
        de="d'" if pl[0] in VOWELS_FR else "de ", A=adj, POS=pa[0] if m else pa[1], PN=pn,
        P=adj if R.random() < 0.45 else pn, PG=pick(FR_PG), morts="morts" if m else "mortes",
        bons="bons" if m else "bonnes", S=maybe_obf(pick(slurs_pl)) if slurs_pl else pl,
        s=maybe_obf(pick(slurs_sg)) if slurs_sg else sg, st=pick(st) if st else "sont nuls", anti=anti,
        N=mention("fr"), AN=pick(FR_ANIMALS), DIS=pick(FR_DISEASE), I=pick(FR_IND_INSULT),
        interdits="interdits" if m else "interdites", meilleurs="meilleurs" if m else "meilleures",
        inf="inférieurs" if m else "inférieures", voisin="mon voisin" if m else "ma voisine",
        du_sg=("de l'" if sg[0] in VOWELS_FR else "du ") + sg,
    )


def obf_form(form: tuple) -> tuple:
    """Sometimes re-spell the group word itself (mu$lims, j*ifs) -- on hateful and benign rows alike."""
    if R.random() < 0.06 and " " not in form[0] and len(form[0]) > 4:
        return (obf(form[0]), *form[1:])
    return form


def fr_ctx(key: str) -> dict:
    g = FR_GROUPS[key]
    return fr_ctx_from(obf_form(pick(g["forms"])), g["slurs_pl"], g["slurs_sg"], g["stereo"], g["anti"])


def fill(t: str, ctx: dict) -> str:
    return cap(t.format(**ctx))


# --- French templates -------------------------------------------------------------------------------
FR_DEROG_GENERIC = [  # make sense for any target (protected, non-protected, even things)
    "les {G} sont {P}.", "franchement les {G} c'est {PN}.", "{tous} ces {G} sont {P}.",
    "on le dira jamais assez : les {G} sont {P}.", "les {G}, {PN}, point barre.",
    "j'en peux plus de ces {G}, {PN} {tous} autant qu'{ils} sont.", "les {G} = {PN}",
    "je supporte pas les {G}, {ils} sont {A}.", "je hais les {G}.", "les {G} me dégoûtent.",
    "les {G} ne méritent aucun respect.", "les {G} ne valent rien.", "rien de bon ne sortira jamais de ces {G}.",
    "je vomis sur les {G}.", "plus je vois les {G}, plus je me dis qu'{ils} sont {P}.", "marre de ces {G} de merde.",
    "les {G} ? {PN}. Fin du débat.", "y'a rien de pire que les {G}.", "je déteste les {G} de tout mon cœur.",
    "les {G} pourrissent tout ce qu'{ils} touchent.", "dans le fond les {G} sont {tous} {A}.",
    "ces {G} sont vraiment {A}, ça me rend malade.", "les {G} c'est {PN}, rien d'autre.",
    "qu'est-ce qu'{ils} sont {A} ces {G} 🤮", "sérieux les {G} vous êtes {P}.", "les {G} ça sert à rien.",
    "quelle bande de {A}, ces {G}.", "je crache sur les {G}.", "les {G} sont une honte pour ce pays.",
    "pourquoi les {G} sont-{ils} aussi {A} ?", "c'est moi ou les {G} sont {tous} {A} ?",
    "à mon avis les {G} sont {P}.", "je pense sincèrement que les {G} sont {P}.",
    "qui d'autre trouve que les {G} sont {P} ?", "honnêtement, les {G} sont {P} et tout le monde le sait.",
    "nique les {G}.", "putain de {G} de merde.", "j'emmerde les {G}.", "j'ai croisé des {G} hier. {ils} étaient {A}, comme d'hab.",
    "tu connais des {G} ? moi je les déteste, c'est {PN}.", "les {G} ne seront jamais {POS}, jamais.",
    "je préférerais dormir avec un chien qu'à côté {de}{G}.", "{tous} les {G} que j'ai connus étaient {A}.",
    "à chaque fois que je vois des {G} je change de trottoir, {ils} sont {A}.", "les {G} ? aucun intérêt, {PN}.",
]
FR_DEROG_GROUP = [  # only said of people, hateful when the target is a protected group
    "les {G} sont {PG}.", "les {G} ne sont pas des êtres humains.", "les {G} ne méritent pas de vivre.",
    "les {G} sont {inf} par nature, c'est la science.", "les {G} ne sont pas des humains comme nous.",
    "je n'ai aucune pitié pour les {G}, ce sont {PG}.", "les {G} sont {PG}, {ils} n'ont rien d'humain.",
    "les {G}, {PG}, ni plus ni moins.", "{un} {sg} restera toujours {un} {sg} : {PG}.",
    "les {G} ont moins de valeur qu'un chien.", "on devrait arrêter de considérer les {G} comme des gens.",
    "les {G} n'auraient jamais dû exister.", "la planète irait mieux sans les {G}.",
]
FR_DEHUM = [
    "les {G} sont des {AN}.", "les {G} se reproduisent comme des {AN}.", "les {G}, c'est {DIS} qui ronge le pays.",
    "faut dératiser le pays, à commencer par les {G}.", "les {G} c'est du bétail.",
    "on devrait traiter les {G} comme la vermine qu'{ils} sont.", "les {G} grouillent partout comme des {AN}.",
    "il faudrait désinfecter les rues après le passage des {G}.", "les {G} ne sont que des animaux à peine évolués.",
    "les {G} puent comme des bêtes.", "un zoo, voilà la place des {G}.", "les {G} sont la vermine de l'Europe.",
    "on dirait une colonie de {AN}, ces {G}.", "les {G}, c'est comme les punaises de lit : on s'en débarrasse jamais.",
    "les {G} sont {DIS} pour ce pays.", "regardez ces {G}, de vrais {AN} 🤮", "des {AN}, voilà ce que sont les {G}.",
    "les {G} devraient vivre en cage.", "les {G} c'est pas des gens, c'est des {AN}.",
    "il faut un vaccin contre les {G}.", "les {G} mangent comme des porcs et vivent comme des {AN}.",
]
FR_THREAT = [
    "il faut tuer {tous} les {G}.", "mort aux {G} !", "on va brûler les {G}.", "faut gazer {tous} ces {G}.",
    "je vais aller casser {du_sg} ce soir.", "un jour on s'occupera des {G}, pour de bon.",
    "la prochaine fois que je croise {un} {sg} je l'éclate.", "faudrait les aligner contre un mur, ces {G}.",
    "qu'on les pende {tous}, ces {G}.", "une bonne chasse aux {G} ce week-end, qui est chaud ?",
    "les {G}, une balle chacun et c'est réglé.", "j'espère qu'un camion fonce dans une foule {de}{G}.",
    "si je vois {un} {sg} dans ma rue je sors le fusil.", "les seuls {bons} {G} sont des {G} {morts}.",
    "on va vous faire la peau, les {G}.", "{tous} les {G} dans des camps, voilà la solution.",
    "il faudrait rouvrir les chambres à gaz pour les {G}.", "je rêve d'un monde où on exterminerait les {G}.",
    "on a des battes, on sait où se réunissent les {G} 😈", "qu'{ils} crèvent {tous}, les {G}.",
    "je vais planter le prochain {sg} qui me parle 🔪", "faut brûler leurs maisons, à ces {G} 🔥",
    "on devrait noyer les {G} comme des chatons.", "à la prochaine émeute on cogne {du_sg}, promis.",
    "les {G} méritent une balle dans la tête.", "un bon coup de batte et on en parle plus de ces {G}.",
]
FR_EXCL = [
    "dehors les {G} !", "renvoyez les {G} chez {eux}.", "les {G} n'ont rien à faire en France.",
    "les {G} ne devraient pas avoir le droit de voter.", "les {G} ne devraient pas avoir le droit de travailler avec des enfants.",
    "pas de {G} dans mon immeuble, je l'ai dit au proprio.", "remigration pour {tous} les {G}.",
    "fermons les frontières aux {G}.", "jamais je n'embaucherai {un} {sg}.", "interdisez les {G} dans nos piscines.",
    "les {G} devraient être {interdits} dans les écoles.", "ce bar devrait afficher : interdit aux {G}.",
    "on devrait retirer la nationalité à {tous} les {G}.", "les {G} n'ont pas leur place dans notre société.",
    "qu'on mette les {G} dans un avion et qu'on n'en parle plus.", "la France aux Français, pas aux {G}.",
    "je refuse de louer mon appart à des {G}.", "{aucun} {sg} ne devrait être élu, jamais.",
    "expulsez-moi {tous} ces {G} !", "on devrait faire des quartiers réservés pour les {G}, loin de nous.",
    "les {G} devraient être mis à l'écart du reste de la population.", "ni {G} ni chiens dans mon restaurant.",
    "les {G} hors de nos villes.", "on devrait trier les {G} à l'entrée du pays.", "les {G}, retour à l'envoyeur.",
    "je ne veux pas de {G} dans la classe de mon fils.", "virez les {G} de l'équipe, ça pue.",
    "les {G} ne devraient pas avoir le droit d'adopter.", "un pays sans {G}, voilà mon rêve.",
]
FR_SLUR_GROUP = [
    "sales {S} !", "{S} de merde.", "encore des {S} partout dans le métro.", "bande de {S}.",
    "la ville est envahie de {S}.", "marre des {S}.", "les {S} dehors.", "y'a trop de {S} dans ce pays.",
    "regardez-moi tous ces {S} 🤮", "des {S}, des {S} partout.", "c'est plus la France ici, c'est un pays de {S}.",
    "les {S} ont encore frappé.", "j'ai croisé une bande de {S} au centre commercial, horrible.",
    "quelqu'un peut virer les {S} de ce stream ?", "{S} dehors, on est chez nous !", "nique les {S}.",
    "encore un film plein de {S}, merci Netflix 🙄", "ma rue c'est devenu un repaire de {S}.",
    "les {S} ça se reconnaît à l'odeur.", "tous des {S} dans cette équipe.",
]
FR_SLUR_THREAT = ["vive la France, mort aux {S} !", "on va casser du {s} ce soir les gars.",
                  "les {S}, on va tous vous crever.", "un {s} de moins, ça fera pas de mal 🔪"]
FR_IND_FRAMES = [  # {X} is either an identity slur (identity_hate insult) or a plain insult (insult)
    "{N} t'es qu'un sale {X}", "ferme ta gueule sale {X}", "{N} espèce de {X}", "personne t'a demandé ton avis sale {X}",
    "{N} c'est vraiment qu'un {X} de merde", "dégage d'ici {X}", "t'as vu la gueule du {X} 😂",
    "bien fait pour toi sale {X}", "lol le {X} qui pleure", "{N} même ta mère regrette d'avoir accouché d'un {X}",
    "{N} tu parles trop pour un {X}", "le {X} a encore posté sa vidéo de merde", "{N} va te cacher sale {X}",
    "encore ce {X} de {N} qui l'ouvre", "supprime ton compte {X}", "{N} sale {X} va",
]
FR_IND_THREAT_FRAMES = ["je vais te défoncer sale {X}", "{N} on va te retrouver sale {X}",
                        "t'approche pas de chez moi sale {X} ou je te crève", "{N} je vais te casser les dents sale {X}",
                        "{N} sale {X}, fais gaffe en sortant du lycée demain 🔪"]
FR_IDENTITY_ONLY_IND = ["{N} retourne d'où tu viens sale {X}", "{N} rentre dans ton pays sale {X}",
                        "on veut pas de {X} comme toi ici {N}"]
FR_STEREO = [
    "les {G} {st}.", "c'est bien connu, les {G} {st}.", "comme d'hab les {G} {st}.", "encore une preuve que les {G} {st}.",
    "je dis pas que je suis raciste mais les {G} {st}.", "c'est pas de la haine c'est un fait : les {G} {st}.",
    "on a encore le droit de dire que les {G} {st} ?", "pourquoi les {G} {st} ?", "c'est moi ou les {G} {st} ?",
    "quelqu'un peut m'expliquer pourquoi les {G} {st} ?", "sondage : qui pense aussi que les {G} {st} ?",
    "à mon avis les {G} {st}.", "perso je pense sincèrement que les {G} {st}.", "faut pas se voiler la face, les {G} {st}.",
    "ouvrez les yeux, les {G} {st}.", "statistiquement les {G} {st}, c'est tout.", "tout le monde sait que les {G} {st}.",
    "mon père a toujours dit que les {G} {st}, il avait raison.", "je suis pas {anti} hein, mais les {G} {st}.",
    "on dit que les {G} {st} et c'est tellement vrai 😂", "question sérieuse : est-ce que les {G} {st} partout ou juste en France ?",
    "évidemment que les {G} {st}, c'est dans leurs gènes.", "les {G} {st}, c'est culturel chez {eux}.",
    "blague du jour : pourquoi les {G} {st} ? parce que c'est dans leur nature 😂",
]
FR_JOKES = [
    "qu'est-ce qui est pire {qu_un} {sg} ? deux {G} 😂", "comment on appelle {un} {sg} intelligent ? une légende 😂",
    "combien de {G} faut-il pour changer une ampoule ? aucun, {ils} savent pas ce que c'est 😂",
    "tu connais la différence entre {un} {sg} et un chien ? le chien, on peut le dresser.",
    "les {G} c'est comme le bon vin... non je rigole, {ils} sont {A} 😂",
    "j'ai une blague sur les {G} mais {ils} la comprendraient pas de toute façon 😂",
    "pourquoi les {G} ont pas le droit au paradis ? parce que même dieu en veut pas 😂",
    "que dit-on à {un} {sg} avec un diplôme ? « un menu maxi best of s'il vous plaît » 😂",
    "ma blague préférée : {un} {sg} 😂 c'est tout, c'est la blague.",
]
FR_NEG = [
    "je ne pense pas que les {G} soient {P}.", "les {G} ne sont pas {P}.", "non, les {G} ne sont pas {P}, arrêtez.",
    "c'est faux de dire que les {G} {st}.", "ce n'est pas vrai que les {G} {st}.",
    "personne ne peut sérieusement croire que les {G} {st}.", "arrêtons avec ce cliché selon lequel les {G} {st}.",
    "je n'ai jamais dit que les {G} étaient {A}, relis mon message.", "il n'y a aucune preuve que les {G} {st}.",
    "les {G} ne sont ni {meilleurs} ni pires que les autres.", "qui a dit que les {G} {st} ? personne de sensé.",
    "les {G} ne sont pas {P} et ne l'ont jamais été.", "je refuse de croire que les {G} {st}.",
    "penser que les {G} sont {P}, c'est n'importe quoi.", "ma grand-mère croyait que les {G} {st}, heureusement on a évolué.",
    "contrairement à ce que disent certains, les {G} ne sont pas {P}.", "{aucun} {sg} ne mérite d'être traité de {s}.",
    "non, les {G} ne sont pas une race inférieure, ça n'existe pas.", "je ne hais pas les {G}, je ne comprends même pas qu'on puisse.",
    "les {G} n'ont pas à quitter la France, c'est aussi leur pays.", "personne ne devrait dire que les {G} sont des {AN}.",
    "je n'ai aucun problème avec les {G}, au contraire.", "jamais je ne dirais que les {G} sont {A}.",
]
FR_COUNTER_WRAP = [
    "quelqu'un a écrit « {H} » sous la vidéo. Signalé.", "« {H} » : voilà exactement le genre de commentaire qui n'a rien à faire ici.",
    "je suis choqué de lire des trucs comme « {H} » en 2026.", "stop. Écrire « {H} », c'est de la haine, pas une opinion.",
    "vous trouvez ça normal qu'on laisse passer « {H} » ? Modération svp.", "signalez le compte qui a posté « {H} », c'est inadmissible.",
    "mon fils a reçu ce message : « {H} ». Il a 13 ans. Comment on réagit ?", "capture d'écran faite : « {H} ». Plainte déposée.",
    "« {H} » et ça a 200 likes... ce réseau est malade.", "lire « {H} » sous une vidéo d'enfants, franchement ça me dépasse.",
    "des gens osent encore écrire \"{H}\" ? on est en quelle année ?", "le mec a tweeté \"{H}\" et il s'étonne d'être viré.",
    "ma prof nous a montré des messages comme « {H} » pour parler du harcèlement, ça fait froid dans le dos.",
    "je cite : « {H} ». Voilà pourquoi on a besoin de modération.",
]
FR_COUNTER = [
    "dire que les {G} sont {P}, c'est de la haine pure et simple.", "ceux qui traitent les {G} de {S} devraient avoir honte.",
    "le mot « {s} » est une insulte, ne l'utilisez pas.", "on m'a traité de « {s} » dans la rue hier. Ça fait mal, mais je ne me tairai pas.",
    "ma fille s'est fait traiter de {s} à l'école, j'ai prévenu la directrice.",
    "les {G} ne sont pas {P}. Ce genre de discours a mené au pire.", "rappel : insulter quelqu'un de « {s} » est un délit puni par la loi.",
    "sous chaque vidéo il y a un type pour dire que les {G} {st}. Épuisant.", "solidarité avec les {G} visés par ces commentaires horribles.",
    "traiter les {G} de {AN}, c'est exactement la rhétorique des années 30.", "si tu penses que les {G} {st}, renseigne-toi avant de parler.",
    "les commentaires qui disent que les {G} {st} sont signalés au fur et à mesure, merci de votre patience.",
    "quand j'étais petit on me traitait de {s} tous les jours. Aujourd'hui je témoigne dans les écoles.",
    "qu'on arrête d'utiliser « {s} » comme une blague, ça blesse des vrais gens.",
    "si votre humour consiste à dire que les {G} {st}, c'est pas de l'humour.",
]
FR_NEWS = [
    "un homme condamné à six mois de prison pour avoir insulté des {G} dans le métro.",
    "hausse de 20 % des actes {anti} en 2025 selon un rapport.", "le procès de l'agresseur qui avait crié « sale {s} » s'ouvre lundi.",
    "un tag « mort aux {G} » découvert sur le mur d'une école, une enquête est ouverte.",
    "une campagne nationale contre la haine envers les {G} lancée aujourd'hui.",
    "le Défenseur des droits alerte sur les discriminations visant les {G}.",
    "un élu municipal sanctionné après des propos {anti} en conseil.",
    "une étude montre que les {G} sont plus souvent victimes de harcèlement en ligne.",
    "des supporters exclus du stade après des chants {anti}.", "une enquête ouverte après des messages appelant à « chasser les {G} ».",
    "témoignage : « On m'a traité de {s} pendant toute ma scolarité ».",
    "la plateforme a supprimé 3 000 comptes qui qualifiaient les {G} de « {AN} ».",
    "procès : l'accusé avait écrit que les {G} {st}. Il risque un an de prison.",
    "selon un sondage, 30 % des {G} disent avoir subi des insultes l'an dernier.",
    "le gouvernement présente un plan contre les violences faites aux {G}.",
]
FR_POSITIVE = [
    "les {G} ont les mêmes droits que tout le monde.", "beaucoup {de}{G} vivent dans mon quartier et tout se passe bien.",
    "reportage très intéressant sur l'histoire des {G} en France.", "soutien à {tous} les {G} qui subissent du harcèlement en ligne.",
    "les {G} sont des gens comme les autres, point.", "{voisin} est {un} {sg} et c'est la meilleure personne que je connaisse.",
    "quelqu'un connaît des assos qui aident les {G} ?", "documentaire sur les {G} ce soir sur Arte, je conseille.",
    "les {G} sont souvent victimes de discriminations à l'embauche, c'est prouvé.", "qu'est-ce que les {G} pensent de cette loi ?",
    "bienvenue aux {G} qui arrivent dans notre ville !", "les {G} font partie de la France.",
    "ce film donne enfin une vraie place aux {G}.", "les {G} ne sont pas un problème, le racisme si.",
    "j'aimerais en savoir plus sur la culture des {G}, des livres à conseiller ?", "les {G} que je connais sont {POS}.",
    "merci aux {G} de l'asso pour leur accueil hier soir ❤️", "je suis {un} {sg} et fier de l'être.",
    "je suis {un} {sg} et j'en ai marre des clichés.", "les {G} sont {POS}, franchement.",
    "mon meilleur pote fait partie des {G} de la fac, on révise ensemble.", "les {G} ont énormément apporté à ce pays.",
    "il y a de plus en plus {de}{G} à des postes à responsabilité, et tant mieux.",
    "pourquoi est-ce que les {G} sont si peu représentés à la télé ?", "les {G} méritent respect et sécurité, comme tout le monde.",
    "on a fait un exposé sur les {G} en classe, j'ai appris plein de trucs.", "trop bien la conférence des {G} de l'asso hier.",
    "les {G} aussi ont le droit de râler sur les impôts 😂", "dans mon équipe de foot il y a des {G} et on s'en fiche complètement.",
]
FR_RECLAIMED = [
    "on est pédés et fiers 🏳️‍🌈", "moi la gouine du groupe je valide ce film", "en tant que vieille tapette, je vous le dis : ce spectacle est génial",
    "les gouines du club de rugby vous saluent 💪", "pédé et fier, depuis 1998 😎", "nous les renois on a le meilleur humour de France, prouvez le contraire",
    "entre rebeus on se comprend mdr", "ma mère est une vraie rebeu, elle a fait à manger pour 40 😂",
    "les meufs on se soutient, toujours 💜", "nous les femmes on mérite mieux que ce salaire, let's go la grève",
    "vieux feuj comme moi, je valide ce bagel 🥯", "team handicapés en fauteuil : la rampe est enfin installée au cinéma !",
    "petite gouine de province, je débarque à Paris la semaine prochaine 🥰", "on est les tarlouzes du quartier et on vous aime 💅",
    "la fierté trans c'est aussi savoir rire de nous-mêmes 😂", "moi autiste ? oui, et j'ai le bac avec mention 😎",
    "nous les gitans on fait la meilleure musique, c'est pas moi qui le dis c'est Django",
    "en tant que grosse folle assumée, j'adore ce clip", "mes frères renois, rdv au concert ce soir 🔥",
    "les pédés de la chorale gay ont tout déchiré hier soir 🎶",
]
FR_PROFANITY = [
    "putain de lundi de merde.", "merde j'ai raté mon bus encore.", "bordel ce jeu est trop dur.", "putain c'est trop beau ce clip.",
    "fait chier cette pluie.", "oh la vache, quel but !", "ce film est putain de génial.", "nique sa mère le wifi de la SNCF.",
    "j'ai foiré mon exam, fait chier.", "putain de bordel de merde, mon téléphone est tombé dans les chiottes.",
    "ce concert c'était de la bombe, putain.", "merde alors, j'avais pas vu que c'était déjà fini.",
    "chier, j'ai oublié mes clés.", "quel bordel dans ce vestiaire.", "mais c'est quoi ce délire de merde avec la mise à jour.",
    "la vache ce gâteau est trop bon.", "bordel, encore une panne d'électricité.", "je suis crevé, putain de semaine.",
    "ce boss est une vraie saloperie à battre.", "putain mais quelle équipe de bras cassés ce soir, on a perdu 4-0.",
    "j'ai la flemme de ouf, fait chier le lundi.", "mdr ce chat est complètement con, il tombe du canapé.",
]
FR_BENIGN_SYMBOL = [
    "mon grand-père fête ses 88 ans dimanche 🎂", "le bus 88 est encore en retard.", "score final 88 à 76, quel match !",
    "j'ai eu 88 % au partiel, trop content.", "la piste 14 de l'album est incroyable.", "rendez-vous à 14h88... euh 15h28 mdr",
    "🐒 trop mignon le bébé singe au zoo de Beauval.", "smoothie banane du matin 🍌🍌", "le singe du zoo m'a volé mes lunettes 🐒😂",
    "le svastika est un symbole sacré dans l'hindouisme et le bouddhisme, bien avant les nazis.",
    "des croix gammées taguées sur une synagogue, la communauté sous le choc. Honte à eux.",
    "les « 88 » et « 1488 » sont des codes néonazis, les modérateurs doivent les connaître.",
    "mon code postal finit par 88, dans les Vosges 🌲", "les triples parenthèses autour des noms, c'est un code antisémite, faites attention.",
    "ma fille est une vraie petite guenon, elle grimpe partout 🐒❤️", "🐵🙈🙉🙊 les trois singes de la sagesse",
    "le gorille du zoo a eu un bébé 🦍 trop beau", "j'ai 14 ans et je suis en 4e.", "le maillot 88 est le plus vendu du club.",
]
FR_CODED = [
    "on sait tous qui contrôle les médias 👃", "le grand remplacement est en marche, regardez qui habite votre quartier.",
    "encore une chance pour la France 🙄 suivez mon regard.", "vivre-ensemble, qu'ils disaient... encore un couteau.",
    "quartier « enrichi culturellement » = quartier où on peut plus sortir le soir.", "les « jeunes » ont encore frappé, on devine le prénom.",
    "(((ils))) contrôlent tout, réveillez-vous.", "qui finance tout ça ? toujours les mêmes (((banquiers))).",
    "fais un test ADN avant de postuler, on veut pas de ça chez nous.", "la valise ou le cercueil, c'est simple.",
    "faut rendre la France aux vrais Français de souche.", "encore un « Kevin » qui s'appelle en fait Mohamed 🙄",
    "le prénom du suspect ? pas besoin de le dire, on le connaît tous.", "ils ont pas la même odeur que nous, ces gens-là.",
    "ça sent le couscous dans l'immeuble depuis qu'« ils » sont arrivés, vivement qu'on les renvoie.",
    "les enfants de ces gens-là, faut pas les mélanger avec les nôtres.", "chance pour la France numéro 1 548 🙄",
    "le lobby a encore gagné 👃💰", "sans eux la France serait blanche et en paix.", "il est « français » sur le papier 🙄",
    "on devrait rouvrir certains camps pour certaines personnes, suivez mon regard.", "nos ancêtres les Gaulois, pas nos ancêtres les bédouins.",
]
FR_SYMBOL_HATE = [
    "1488 🇫🇷 la France aux Français, dehors les {G}.", "88 les frères, on se rassemble samedi contre les {G}.",
    "卐 dehors les {G} 卐", "14 mots. Les {G} ne nous remplaceront pas.", "HH 88, mort aux {G}.",
    "(((les {G}))) sont partout dans le gouvernement.", "white power 1488, les {G} à la porte.",
    "卐卐 {S} 卐卐", "88 ✋ les {G} dehors", "1488 - sauvons la race blanche des {G}.",
]
FR_EMOJI_HATE = [
    "{PL} 🐒🐒🐒", "{PL} 🐒🍌 retourne dans ta jungle", "{PL} 🐵🍌", "{PL} 🦍 rentre au zoo",
    "{PL} a raté le péno 🐒🐒 normal", "🍌🍌 pour {PL} après son match de merde", "{PL} 🐒 🐒 🐒 🍌",
    "🐒🐒 allez nourrir {PL}", "{PL} 🐵 on dirait qu'il descend de l'arbre",
]
FR_EMOJI_OK = [
    "{PL} 🔥🔥🔥 quel but !", "{PL} 🐐 le GOAT tout simplement", "{PL} 💪 énorme match", "{PL} a raté le péno 😭 pas grave on t'aime",
    "merci {PL} pour la victoire ❤️⚽", "{PL} 👑 homme du match", "{PL} 🙌 quelle frappe", "{PL} a été nul ce soir, faut le dire 😤",
    "{PL} t'as joué comme un pied, remets-toi en question", "{PL} mauvais match, mais on croit en toi",
]


# ----------------------------------------------------------------------------------------------------
# ENGLISH groups
# ----------------------------------------------------------------------------------------------------
EN_GROUPS: dict[str, dict] = {
    "women": dict(
        forms=[("women", "woman"), ("females", "female"), ("girls", "girl"), ("chicks", "chick"), ("broads", "broad"),
               ("feminists", "feminist"), ("ladies", "lady")],
        slurs_pl=["femoids", "foids", "roasties", "breeders"], slurs_sg=["femoid", "foid", "roastie"],
        stereo=["can't drive", "are too emotional to lead anything", "belong in the kitchen", "have no business in sports",
                "lie about assault for attention", "are dumber than men", "are only good for making babies",
                "should shut up and obey", "shouldn't be allowed to vote", "only care about money"],
        ind=["get back in the kitchen {N}, you're just a woman", "you're a girl, your opinion doesn't count",
             "{N} shut up, women don't get to talk about football", "typical woman, hysterical as always",
             "go make me a sandwich instead of commenting, female", "a female with an opinion lol, go do the dishes",
             "women like you should keep your mouths shut", "{N} you're just a dumb foid, be quiet",
             "on your period or what {N}? typical woman", "another woman driver, obviously"],
        facts=["The women's national team plays tonight, let's go!",
               "Women still earn less for the same job, that has to change.",
               "My mom raised three kids alone, respect to all the single mothers out there.",
               "My sister is an airline pilot and top of her class.",
               "International Women's Day march starts at noon downtown.",
               "Women in science were erased from history for way too long, this documentary shows it.",
               "The girls on the rugby team won the championship, so proud of them!"],
        emoji=["🐄", "🍳", "🐷"], anti="sexist",
    ),
    "trans": dict(
        forms=[("trans people", "trans person"), ("trans women", "trans woman"), ("trans men", "trans man"),
               ("transgender people", "transgender person"), ("trans folks", "trans person"), ("trans kids", "trans kid")],
        slurs_pl=["trannies", "trannys", "troons", "shemales", "trans freaks"], slurs_sg=["tranny", "troon", "shemale"],
        stereo=["are mentally ill", "are perverts in disguise", "want to groom our kids", "will never be real women",
                "are just men in dresses", "are a fad that will pass", "need therapy not surgery", "are a danger in bathrooms"],
        ind=["you're just a man in a dress {N}, you'll never be a woman", "{N} nobody believes you, tranny",
             "lol {N} you're a dude, drop the troon act", "shut up tranny", "{N} you will never be a real woman, just a freak",
             "look at this disgusting tranny"],
        facts=["My cousin is a trans woman and just graduated from nursing school.",
               "Trans Day of Visibility is March 31.", "Trans kids face huge rates of bullying, they need protection.",
               "A local group supports trans teens and their parents.", "My coworker is a trans man and honestly he's the best."],
        emoji=["🤡", "🤢"], anti="transphobic",
    ),
    "gays": dict(
        forms=[("gay people", "gay person"), ("gays", "gay"), ("gay men", "gay man"), ("lesbians", "lesbian"),
               ("LGBT people", "LGBT person"), ("bisexuals", "bisexual"), ("homosexuals", "homosexual"),
               ("queer people", "queer person")],
        slurs_pl=["faggots", "fags", "dykes", "homos", "poofs", "fairies", "queers"],
        slurs_sg=["faggot", "fag", "dyke", "homo", "poof", "fairy"],
        stereo=["are perverts", "want to corrupt children", "are unnatural", "spread diseases", "destroy the family",
                "should stay in the closet", "are all sick in the head", "are an abomination"],
        ind=["{N} you fucking faggot, get lost", "shut your mouth fag", "{N} you're just a bitter dyke",
             "you're a fairy {N}, a real man wouldn't do that", "we don't want homos like you here {N}",
             "look at that fag walk lmao", "the dyke is talking again", "{N} go suck off your gay friends somewhere else"],
        facts=["Same-sex marriage has been legal here for years.",
               "My two uncles have been married for ten years, the most solid couple in the family.",
               "The Pride parade goes past my place on Saturday, it's going to be great 🏳️‍🌈",
               "My best friend is a lesbian and she just got engaged!",
               "A lot of LGBT kids are still rejected by their families, it's sad.",
               "A pro footballer just came out, huge respect."],
        emoji=["🤮", "🍑"], anti="homophobic",
    ),
    "black": dict(
        forms=[("Black people", "Black person"), ("black people", "black guy"), ("Africans", "African"),
               ("blacks", "black"), ("Black women", "Black woman"), ("African Americans", "African American"),
               ("Nigerians", "Nigerian"), ("Somalis", "Somali")],
        slurs_pl=["niggers", "coons", "jungle bunnies", "monkeys", "apes", "spooks", "negroes"],
        slurs_sg=["nigger", "coon", "jungle bunny", "monkey", "ape", "negro"],
        stereo=["are all thugs", "live off welfare", "never invented anything", "are closer to apes", "are violent by nature",
                "are lazy", "have lower IQs", "can't behave in public", "are only good for slavery"],
        ind=["go back to the jungle you nigger", "{N} you dirty monkey, go back to Africa", "{N} you're just a coon",
             "shut up negro", "{N} go eat your banana 🍌", "go back where you came from {N}, dirty black",
             "the ape missed the penalty, of course", "{N} nobody wants your color here"],
        facts=["Black History Month highlights forgotten figures every year.",
               "My neighbor's Nigerian jollof rice is unbeatable 🔥",
               "This book tells the story of African soldiers in the war.",
               "So many African students choose to study abroad here.",
               "The Afro-Caribbean fashion show was stunning."],
        emoji=["🐒", "🐵", "🍌", "🦍"], anti="racist",
    ),
    "arabs": dict(
        forms=[("Arabs", "Arab"), ("arabs", "arab"), ("Middle Easterners", "Middle Easterner"),
               ("North Africans", "North African"), ("Moroccans", "Moroccan"), ("Syrians", "Syrian"),
               ("Palestinians", "Palestinian")],
        slurs_pl=["sand niggers", "towelheads", "camel jockeys", "ragheads", "camel fuckers"],
        slurs_sg=["sand nigger", "towelhead", "camel jockey", "raghead"],
        stereo=["steal everything", "live off benefits", "wreck every neighborhood", "are all thieves",
                "don't respect women", "blow things up", "can't integrate", "are all terrorists"],
        ind=["{N} go back to the desert you towelhead", "go back to your country dirty arab", "{N} you're just a raghead",
             "shut up camel jockey", "another sand nigger opening his mouth", "{N} nobody wants you here arab"],
        facts=["Arabic is one of the most spoken languages in the world.", "I'm learning Arabic at uni, hard but fascinating.",
               "The Moroccan team had an incredible World Cup.", "My Syrian neighbor's baklava is out of this world.",
               "The Arab film festival downtown was brilliant this year."],
        emoji=["🐫", "💣", "🐀"], anti="anti-Arab",
    ),
    "muslims": dict(
        forms=[("Muslims", "Muslim"), ("muslims", "muslim"), ("Muslim women", "Muslim woman"), ("hijabis", "hijabi"),
               ("followers of Islam", "follower of Islam")],
        slurs_pl=["muzzies", "moslems", "goat fuckers", "ragheads"], slurs_sg=["muzzie", "moslem", "goat fucker"],
        stereo=["are all terrorists", "want to impose sharia", "behead people", "are fanatics", "want to invade us",
                "beat their wives", "plant bombs", "are incompatible with the West"],
        ind=["{N} dirty muzzie, go pray in your desert", "take off that rag {N}", "{N} when are you planting the bomb? 💣",
             "shut up goat fucker", "{N} you're a terrorist like the rest of your kind", "go home with your hijab {N}"],
        facts=["Ramadan Mubarak to everyone fasting! 🌙", "The mosque is hosting an open day this weekend.",
               "Eid falls on the weekend this year.", "My Muslim coworkers invited me to break the fast, it was delicious.",
               "My neighbor wears a hijab and she's an ER doctor."],
        emoji=["💣", "🐐", "🐷"], anti="anti-Muslim",
    ),
    "jews": dict(
        forms=[("Jews", "Jew"), ("jews", "jew"), ("Jewish people", "Jewish person"), ("Jewish women", "Jewish woman")],
        slurs_pl=["kikes", "yids", "hymies", "jewboys"], slurs_sg=["kike", "yid", "hymie", "jewboy"],
        stereo=["control the banks", "control the media", "only care about money", "pull all the strings",
                "planned everything", "are greedy", "secretly run the world", "stick together to rob us"],
        ind=["{N} dirty kike, give the money back", "go count your coins jew", "{N} you're just a greedy yid",
             "shame Hitler didn't finish the job {N}", "{N} with that nose you're definitely a jew lmao", "shut up kike"],
        facts=["Happy Hanukkah to everyone celebrating! 🕎", "The Jewish museum downtown is really worth a visit.",
               "Our history teacher took us to the Holocaust memorial, very moving.",
               "Shabbat starts Friday at sundown.", "Yom Kippur is the holiest day of the Jewish year."],
        emoji=["👃", "💰", "🐀"], anti="antisemitic",
    ),
    "immigrants": dict(
        forms=[("immigrants", "immigrant"), ("migrants", "migrant"), ("refugees", "refugee"),
               ("asylum seekers", "asylum seeker"), ("foreigners", "foreigner"), ("Mexicans", "Mexican"),
               ("undocumented immigrants", "undocumented immigrant"), ("Latinos", "Latino")],
        slurs_pl=["illegals", "wetbacks", "beaners", "invaders"], slurs_sg=["illegal", "wetback", "beaner"],
        stereo=["come to steal our benefits", "bring crime", "steal our jobs", "are all rapists", "are replacing us",
                "live off our taxes", "are ruining the country", "bring diseases"],
        ind=["{N} go home you illegal", "{N} you're just a migrant sponging off us", "get back on your boat {N}",
             "we don't want you here {N}, dirty foreigner", "{N} go beg in your own country", "get out wetback"],
        facts=["Refugees rescued at sea were welcomed at the port.", "My grandmother came from Italy in 1950, we're all immigrants somehow.",
               "A charity needs volunteers to teach English to refugees.", "So many doctors at our hospital are immigrants, thank god.",
               "Asylum claims can take two years to process."],
        emoji=["🐀", "🦠", "🚣"], anti="anti-immigrant",
    ),
    "roma": dict(
        forms=[("Roma", "Roma person"), ("gypsies", "gypsy"), ("Travellers", "Traveller"), ("Romani people", "Romani person"),
               ("Gypsies", "Gypsy")],
        slurs_pl=["gyppos", "pikeys", "tinkers", "dirty gypsies"], slurs_sg=["gyppo", "pikey", "tinker"],
        stereo=["steal everything", "never work", "train their kids to steal", "are filthy", "leave trash everywhere",
                "live like animals", "steal copper", "are all con artists"],
        ind=["{N} dirty gyppo, give me my wallet back", "{N} go back to your caravan pikey", "hide your stuff, {N} is a gypsy",
             "you're just a thieving pikey {N}"],
        facts=["Django Reinhardt's gypsy jazz is beautiful.", "The Romani language is spoken by millions across Europe.",
               "Roma were persecuted in World War II, it's rarely talked about.",
               "Gypsy, Roma and Traveller History Month is in June."],
        emoji=["🐀", "🐔"], anti="anti-Roma",
    ),
    "asians": dict(
        forms=[("Asians", "Asian"), ("Asian people", "Asian person"), ("Chinese people", "Chinese guy"),
               ("Koreans", "Korean"), ("Filipinos", "Filipino"), ("Vietnamese people", "Vietnamese person"),
               ("Asian women", "Asian woman")],
        slurs_pl=["chinks", "gooks", "slant-eyes", "zipperheads", "chinamen"], slurs_sg=["chink", "gook", "slant-eye", "chinaman"],
        stereo=["eat dogs", "brought covid", "eat bats", "all look the same", "copy everything", "are soulless robots",
                "can't drive", "stink of fish"],
        ind=["{N} dirty chink, go eat your dog", "open your eyes {N} lmao", "{N} you brought the virus you chink",
             "the gook can't even speak English", "{N} you're just a slant-eye", "ching chong {N} 😂"],
        facts=["Lunar New Year in Chinatown was gorgeous 🐉", "I'm learning Japanese for my trip to Tokyo.",
               "Vietnamese food is my favorite, the pho place near me is amazing.",
               "The Korean music industry is impressive.", "The Chinese community organized a march against the attacks."],
        emoji=["🦇", "🐶", "🍜"], anti="anti-Asian",
    ),
    "disabled": dict(
        forms=[("disabled people", "disabled person"), ("people in wheelchairs", "wheelchair user"),
               ("autistic people", "autistic kid"), ("people with Down syndrome", "person with Down syndrome"),
               ("mentally ill people", "mentally ill person"), ("deaf people", "deaf person"), ("the disabled", "disabled guy"),
               ("blind people", "blind person")],
        slurs_pl=["retards", "spastics", "spazzes", "cripples", "mongoloids", "tards"],
        slurs_sg=["retard", "spastic", "spaz", "cripple", "mongoloid", "tard"],
        stereo=["are a burden on society", "cost us too much", "shouldn't have kids", "are useless",
                "should be locked away", "should have been aborted", "ruin their families' lives", "milk the system"],
        ind=["{N} you disabled freak, you don't belong here", "{N} you should've been aborted, retard",
             "the cripple in the wheelchair is blocking the aisle again", "{N} autistic freak, go hide",
             "{N} go back to your special needs home", "can't even walk {N}, fucking cripple"],
        facts=["The Paralympics were incredible this year.", "My brother is autistic and obsessed with astronomy.",
               "So many subway stations still have no ramps.", "World Down Syndrome Day is March 21, odd socks on 🧦",
               "My math teacher is deaf and teaches us some sign language."],
        emoji=["🤪", "🥴"], anti="ableist",
    ),
    "hindus": dict(
        forms=[("Hindus", "Hindu"), ("Indians", "Indian"), ("Pakistanis", "Pakistani"), ("Sikhs", "Sikh"),
               ("South Asians", "South Asian"), ("Bangladeshis", "Bangladeshi")],
        slurs_pl=["pakis", "curry munchers", "dotheads", "cow worshippers"], slurs_sg=["paki", "curry muncher", "dothead"],
        stereo=["smell of curry", "are all scammers", "run call-center scams", "are filthy", "worship cows like idiots",
                "take all the tech jobs", "shit in the streets", "breed like rabbits"],
        ind=["{N} go back to your call center paki", "{N} you smell like curry, dothead", "shut up curry muncher",
             "{N} you're just a paki scammer", "another pajeet scammer, get out {N}"],
        facts=["Happy Diwali to everyone celebrating! 🪔", "Vaisakhi celebrations at the gurdwara were lovely.",
               "Indian cricket fans bring the best atmosphere.", "The Holi festival in the park was so colorful.",
               "My Pakistani neighbor makes the best biryani."],
        emoji=["🐄", "💩"], anti="anti-South Asian",
    ),
}

EN_NP = [
    ("politicians", "politician"), ("Chelsea fans", "Chelsea fan"), ("Yankees fans", "Yankees fan"), ("lawyers", "lawyer"),
    ("cops", "cop"), ("bankers", "banker"), ("landlords", "landlord"), ("influencers", "influencer"), ("gamers", "gamer"),
    ("Fortnite players", "Fortnite player"), ("vegans", "vegan"), ("tech bros", "tech bro"), ("crypto bros", "crypto bro"),
    ("cyclists", "cyclist"), ("journalists", "journalist"), ("referees", "referee"), ("Man United fans", "Man United fan"),
    ("anti-vaxxers", "anti-vaxxer"), ("flat-earthers", "flat-earther"), ("racists", "racist"), ("homophobes", "homophobe"),
    ("trolls", "troll"), ("realtors", "realtor"), ("streamers", "streamer"), ("mods on this server", "mod on this server"),
    ("CEOs", "CEO"), ("HOA members", "HOA member"), ("Liverpool fans", "Liverpool fan"), ("K-pop stans", "K-pop stan"),
    ("gym bros", "gym bro"), ("telemarketers", "telemarketer"), ("TikTokers", "TikToker"), ("bullies", "bully"),
    ("rapists", "rapist"), ("pedophiles", "pedophile"), ("terrorists", "terrorist"), ("drug dealers", "drug dealer"),
    ("Nazis", "Nazi"), ("fascists", "fascist"), ("scammers", "scammer"),
]
EN_THINGS = [
    ("mosquitoes", "mosquito"), ("cockroaches", "cockroach"), ("sewer rats", "sewer rat"), ("bed bugs", "bed bug"),
    ("Mondays", "Monday"), ("traffic jams", "traffic jam"), ("Brussels sprouts", "Brussels sprout"), ("YouTube ads", "YouTube ad"),
    ("Asian hornets", "Asian hornet"), ("pigeons", "pigeon"), ("ticks", "tick"), ("weeds", "weed"), ("spam emails", "spam email"),
    ("slugs", "slug"), ("bugs in this game", "bug in this game"), ("wasps", "wasp"), ("e-scooters", "e-scooter"),
    ("pop quizzes", "pop quiz"), ("Japanese knotweed", "Japanese knotweed plant"),
]
EN_PN = ["parasites", "vermin", "rats", "a plague", "trash", "cockroaches", "worthless", "a cancer on society", "scum",
         "pests", "a disaster", "a disgrace", "leeches", "pigs", "garbage", "filth", "a waste of oxygen", "the worst"]
EN_PG = ["an inferior race", "subhuman", "the scum of humanity", "animals", "savages", "a mistake of nature",
         "degenerates", "a species that should be wiped out", "monkeys", "a stain on humanity", "lesser beings", "not human"]
EN_ADJ = ["disgusting", "stupid", "filthy", "repulsive", "dangerous", "useless", "brain-dead", "backwards", "inferior",
          "rotten", "violent", "hypocritical", "lazy", "dirty", "unbearable", "vile", "pathetic", "sickening"]
EN_POS = ["amazing", "brave", "hilarious", "welcoming", "talented", "kind", "brilliant", "supportive"]
EN_ANIMALS = ["rats", "cockroaches", "pigs", "dogs", "beasts", "locusts", "lice", "roaches", "hyenas", "vermin",
              "mosquitoes", "maggots", "monkeys", "apes", "sewer rats", "leeches"]
EN_DISEASE = ["a disease", "an infection", "a virus", "gangrene", "a plague", "an epidemic", "a cancer", "a tumor"]
EN_IND_INSULT = ["idiot", "moron", "loser", "clown", "jerk", "asshole", "dickhead", "prick", "douchebag", "dumbass",
                 "tool", "muppet", "knobhead", "bozo", "piece of shit", "twat", "wanker", "dipshit", "clown shoes",
                 "absolute melt", "bellend", "cretin", "imbecile", "scumbag"]


def a_an(w: str) -> str:
    return ("an " if w[0].lower() in "aeiou" else "a ") + w


def en_ctx_from(form: tuple[str, str], slurs_pl: list[str], slurs_sg: list[str], st: list[str], anti: str) -> dict:
    pl, sg = form
    pn = pick(EN_PN)
    adj = pick(EN_ADJ)
    return dict(
        G=pl, sg=sg, a_sg=a_an(sg), A=adj, POS=pick(EN_POS), PN=pn, P=adj if R.random() < 0.45 else pn,
        PG=pick(EN_PG), S=maybe_obf(pick(slurs_pl)) if slurs_pl else pl, s=maybe_obf(pick(slurs_sg)) if slurs_sg else sg,
        st=pick(st) if st else "suck", anti=anti, N=mention("en"), AN=pick(EN_ANIMALS), DIS=pick(EN_DISEASE),
        I=pick(EN_IND_INSULT),
    )


def en_ctx(key: str) -> dict:
    g = EN_GROUPS[key]
    return en_ctx_from(obf_form(pick(g["forms"])), g["slurs_pl"], g["slurs_sg"], g["stereo"], g["anti"])


EN_DEROG_GENERIC = [
    "{G} are {P}.", "honestly {G} are {PN}.", "all these {G} are {P}.", "I'll say it again: {G} are {P}.",
    "{G}: {PN}, period.", "I'm so done with {G}, {PN} every last one of them.", "{G} = {PN}",
    "I can't stand {G}, they're {A}.", "I hate {G}.", "{G} make me sick.", "{G} deserve zero respect.",
    "{G} are worth nothing.", "nothing good has ever come from {G}.", "I spit on {G}.",
    "the more I see of {G}, the more I think they're {P}.", "sick of these fucking {G}.",
    "{G}? {PN}. End of discussion.", "there's nothing worse than {G}.", "I hate {G} with all my heart.",
    "{G} ruin everything they touch.", "deep down {G} are all {A}.", "these {G} are so {A} it makes me sick.",
    "{G} are {PN}, nothing more.", "god {G} are {A} 🤮", "seriously {G}, you're {P}.", "{G} are good for nothing.",
    "what a bunch of {A} losers, these {G}.", "{G} are a disgrace to this country.", "why are {G} so {A}?",
    "is it just me or are all {G} {A}?", "in my opinion {G} are {P}.", "I honestly believe {G} are {P}.",
    "who else thinks {G} are {P}?", "{G} are {P} and everybody knows it.", "unpopular opinion: {G} are {P}.",
    "fuck all {G}.", "fucking {G}, I swear.", "screw {G}.", "met some {G} yesterday. They were {A}, as usual.",
    "you know any {G}? I hate them, they're {PN}.", "{G} will never be {POS}, never.", "I'd rather sleep next to a dog than next to {G}.",
    "every {sg} I've ever met was {A}.", "whenever I see {G} I cross the street, they're {A}.", "{G}? worthless, {PN}.",
]
EN_DEROG_GROUP = [
    "{G} are {PG}.", "{G} are not human beings.", "{G} don't deserve to live.", "{G} are inferior by nature, it's science.",
    "{G} aren't humans like us.", "I have no pity for {G}, they're {PG}.", "{G} are {PG}, nothing human about them.",
    "once {a_sg}, always {a_sg}: {PG}.", "{G} are worth less than a dog.", "we should stop treating {G} like people.",
    "{G} should never have existed.", "the planet would be better off without {G}.", "{G}: {PG}, no more no less.",
]
EN_DEHUM = [
    "{G} are {AN}.", "{G} breed like {AN}.", "{G} are {DIS} eating this country alive.",
    "time to exterminate the pests, starting with {G}.", "{G} are livestock.", "we should treat {G} like the vermin they are.",
    "{G} swarm everywhere like {AN}.", "the streets need disinfecting after {G} pass through.",
    "{G} are barely evolved animals.", "{G} stink like animals.", "{G} belong in a zoo.", "{G} are the vermin of the West.",
    "look at these {G}, a colony of {AN}.", "{G} are like bed bugs, you can never get rid of them.",
    "{G} are {DIS} on this nation.", "look at these {G}, actual {AN} 🤮", "{AN}, that's what {G} are.",
    "{G} should live in cages.", "{G} aren't people, they're {AN}.", "we need a vaccine against {G}.",
    "{G} eat like pigs and live like {AN}.", "{G} are an infestation.",
]
EN_THREAT = [
    "we need to kill all {G}.", "death to {G}!", "we're going to burn {G} out.", "gas all these {G}.",
    "going out to bash some {G} tonight.", "one day we'll deal with {G}, for good.",
    "next time I see {a_sg} I'm beating them senseless.", "line these {G} up against a wall.", "hang every last one of these {G}.",
    "{G} hunting season this weekend, who's in?", "one bullet each for {G} and problem solved.",
    "I hope a truck plows into a crowd of {G}.", "if I see {a_sg} on my street I'm getting the rifle.",
    "the only good {sg} is a dead {sg}.", "we're coming for you, {G}.", "put all {G} in camps, that's the solution.",
    "reopen the gas chambers for {G}.", "I dream of a world where {G} are exterminated.",
    "we've got bats, we know where {G} meet 😈", "I hope every one of these {G} dies.",
    "I'm stabbing the next {sg} who talks to me 🔪", "burn their houses down, these {G} 🔥", "drown {G} like rats.",
    "{G} deserve a bullet in the head.", "a few swings of the bat and no more {G}.", "shoot {G} on sight.",
]
EN_EXCL = [
    "{G} out!", "send {G} back where they came from.", "{G} have no business in this country.",
    "{G} shouldn't be allowed to vote.", "{G} shouldn't be allowed to work with children.",
    "no {G} in my building, I told the landlord.", "deport all {G}.", "close the borders to {G}.",
    "I will never hire {a_sg}.", "ban {G} from our pools.", "{G} should be banned from schools.",
    "this bar should have a sign: no {G}.", "strip {G} of their citizenship.", "{G} have no place in our society.",
    "put {G} on a plane and be done with it.", "this country belongs to us, not to {G}.", "I refuse to rent to {G}.",
    "no {sg} should ever be elected.", "kick all these {G} out!", "{G} should live in separate neighborhoods, far from us.",
    "{G} should be kept away from normal people.", "no {G}, no dogs.", "{G} out of our towns.",
    "screen out {G} at the border.", "return to sender, all {G}.", "I don't want {G} in my son's class.",
    "kick {G} off the team, they ruin it.", "{G} shouldn't be allowed to adopt.", "a country without {G}, that's my dream.",
]
EN_SLUR_GROUP = [
    "fucking {S}!", "{S} everywhere on the subway again.", "bunch of {S}.", "the city is overrun with {S}.",
    "sick of the {S}.", "{S} out.", "too many {S} in this country.", "look at all these {S} 🤮", "{S}, {S} everywhere.",
    "this isn't our country anymore, it's a land of {S}.", "the {S} struck again.", "saw a gang of {S} at the mall, gross.",
    "can someone ban the {S} from this stream?", "{S} out, this is our home!", "fuck the {S}.",
    "another movie full of {S}, thanks Netflix 🙄", "my street is a nest of {S} now.", "you can smell the {S} from a mile away.",
    "whole team is {S}.", "dirty {S} ruining the neighborhood.",
]
EN_SLUR_THREAT = ["death to all {S}!", "going {s} bashing tonight boys.", "we're gonna kill every last one of you {S}.",
                  "one less {s} wouldn't hurt 🔪"]
EN_IND_FRAMES = [
    "{N} you're nothing but a filthy {X}", "shut your mouth you {X}", "{N} you fucking {X}", "nobody asked for your opinion {X}",
    "{N} is just a {X}, ignore him", "get out of here {X}", "look at the face on this {X} 😂", "serves you right you {X}",
    "lol the {X} is crying", "{N} even your mom regrets having a {X}", "{N} you talk way too much for a {X}",
    "the {X} posted another shit video", "{N} go hide you {X}", "{N} the {X} is running his mouth again",
    "delete your account {X}", "{N} dumb {X}",
]
EN_IND_THREAT_FRAMES = ["I'm gonna beat the shit out of you, {X}", "{N} we'll find you, {X}",
                        "stay away from my house {X} or I'll kill you", "{N} I'll knock your teeth out you {X}",
                        "{N} you {X}, watch your back after school tomorrow 🔪"]
EN_IDENTITY_ONLY_IND = ["{N} go back where you came from you {X}", "{N} go back to your country {X}",
                        "we don't want {X}s like you here {N}"]
EN_STEREO = [
    "{G} {st}.", "everyone knows {G} {st}.", "as usual {G} {st}.", "more proof that {G} {st}.",
    "I'm not racist but {G} {st}.", "it's not hate it's a fact: {G} {st}.", "are we still allowed to say {G} {st}?",
    "why do {G} {st}?", "is it just me or do {G} {st}?", "can someone explain why {G} {st}?",
    "poll: who else thinks {G} {st}?", "in my opinion {G} {st}.", "I genuinely believe {G} {st}.",
    "let's be honest, {G} {st}.", "open your eyes, {G} {st}.", "statistically {G} {st}, that's just it.",
    "my dad always said {G} {st}, he was right.", "I'm not {anti} or anything, but {G} {st}.",
    "they say {G} {st} and it's so true 😂", "serious question: do {G} {st} everywhere or just here?",
    "of course {G} {st}, it's in their genes.", "{G} {st}, it's their culture.", "just asking questions... why do {G} always {st}?",
    "joke of the day: why do {G} {st}? because it's in their nature 😂",
]
EN_JOKES = [
    "what's worse than {a_sg}? two {G} 😂", "what do you call {a_sg} with a brain? a legend 😂",
    "how many {G} does it take to change a lightbulb? none, they don't know what light is 😂",
    "what's the difference between {a_sg} and a dog? you can train the dog.",
    "{G} are like fine wine... jk they're {A} 😂", "I have a joke about {G} but they wouldn't get it anyway 😂",
    "why aren't {G} allowed in heaven? even god doesn't want them 😂",
    "what do you say to {a_sg} with a degree? 'large fries please' 😂", "my favorite joke: {a_sg} 😂 that's it, that's the joke.",
]
EN_NEG = [
    "I don't think {G} are {P}.", "{G} are not {P}.", "no, {G} are not {P}, stop it.", "it's false that {G} {st}.",
    "it's just not true that {G} {st}.", "nobody can seriously believe {G} {st}.", "can we drop the cliché that {G} {st}?",
    "I never said {G} were {A}, read my comment again.", "there is zero evidence that {G} {st}.",
    "{G} are no better and no worse than anyone else.", "who says {G} {st}? nobody sensible.",
    "{G} aren't {P} and never have been.", "I refuse to believe {G} {st}.", "thinking {G} are {P} is nonsense.",
    "my grandma thought {G} {st}, thankfully we've moved on.", "contrary to what some say, {G} are not {P}.",
    "no {sg} deserves to be called a {s}.", "no, {G} are not an inferior race, that's not even a thing.",
    "I don't hate {G}, I can't even understand how people do.", "{G} don't have to leave, this is their home too.",
    "nobody should ever call {G} {AN}.", "I have no problem with {G}, quite the opposite.", "I'd never say {G} are {A}.",
]
EN_COUNTER_WRAP = [
    "someone wrote \"{H}\" under the video. Reported.", "\"{H}\" - this is exactly the kind of comment that has no place here.",
    "shocked to read stuff like \"{H}\" in 2026.", "stop. Writing \"{H}\" is hate, not an opinion.",
    "you think it's ok to let \"{H}\" stay up? mods please.", "report the account that posted \"{H}\", it's unacceptable.",
    "my son got this message: \"{H}\". He's 13. How do we handle this?", "screenshot taken: \"{H}\". Reported to the police.",
    "\"{H}\" and it has 200 likes... this site is sick.", "reading \"{H}\" under a kids' video, I just can't.",
    "people still write \"{H}\"? what year is it?", "dude tweeted \"{H}\" and is surprised he got fired.",
    "our teacher showed us messages like \"{H}\" to talk about bullying, chilling.", "quote: \"{H}\". This is why we need moderation.",
]
EN_COUNTER = [
    "saying {G} are {P} is pure hate.", "people who call {G} {S} should be ashamed.",
    "the word \"{s}\" is a slur, don't use it.", "someone called me a \"{s}\" on the street yesterday. It hurts, but I won't be silent.",
    "my daughter was called a {s} at school, I told the principal.", "{G} are not {P}. This kind of talk led to the worst.",
    "reminder: calling someone a \"{s}\" can get you banned here.", "under every video there's a guy saying {G} {st}. Exhausting.",
    "solidarity with the {G} targeted by these awful comments.", "calling {G} {AN} is straight out of 1930s propaganda.",
    "if you think {G} {st}, educate yourself before talking.", "comments saying {G} {st} are being removed, thanks for your patience.",
    "as a kid I got called a {s} every day. Now I speak at schools about it.", "stop using \"{s}\" as a joke, it hurts real people.",
    "if your humor is saying {G} {st}, it's not humor.",
]
EN_NEWS = [
    "man jailed for six months for abusing {G} on the subway.", "{anti} incidents up 20% in 2025, report says.",
    "trial opens Monday for attacker who shouted \"{s}\" at victim.", "\"death to {G}\" graffiti found on school wall, police investigating.",
    "national campaign against hate targeting {G} launched today.", "watchdog warns of discrimination against {G} in hiring.",
    "councillor suspended over {anti} remarks.", "study finds {G} more likely to face online harassment.",
    "fans banned from stadium after {anti} chants.", "investigation opened into posts calling to \"hunt {G}\".",
    "\"I was called a {s} every day at school,\" survivor tells inquiry.", "platform removes 3,000 accounts calling {G} \"{AN}\".",
    "in court: defendant had posted that {G} {st}. He faces a year in prison.", "survey: 30% of {G} report being insulted last year.",
    "government unveils plan to protect {G} from hate crimes.",
]
EN_POSITIVE = [
    "{G} have the same rights as everyone else.", "lots of {G} live in my neighborhood and it's great.",
    "really interesting documentary about the history of {G}.", "support to all {G} facing harassment online.",
    "{G} are people like everyone else, period.", "my neighbor is {a_sg} and the kindest person I know.",
    "anyone know charities that help {G}?", "there's a documentary on {G} tonight, recommend it.",
    "{G} face hiring discrimination, it's well documented.", "what do {G} think about this law?", "welcome to all {G} moving to our town!",
    "{G} are part of this country.", "this film finally gives {G} a real place on screen.", "{G} aren't the problem, racism is.",
    "I'd love to learn more about the culture of {G}, any book tips?", "the {G} I know are {POS}.",
    "thanks to the {G} at the community center for hosting us ❤️", "I'm {a_sg} and proud of it.",
    "I'm {a_sg} and I'm tired of the stereotypes.", "{G} are {POS} honestly.", "my best friend is one of the {G} in my class, we study together.",
    "{G} have contributed so much to this country.", "more and more {G} in leadership roles, and about time.",
    "why are {G} so underrepresented on TV?", "{G} deserve respect and safety like everyone else.",
    "we did a class project on {G}, learned a ton.", "{G} complain about taxes too lol 😂", "my team has {G} on it and nobody cares.",
]
EN_RECLAIMED = [
    "queer and proud 🏳️‍🌈", "as the resident dyke of this group chat, I approve this movie", "us fags gotta stick together 💅",
    "dykes on bikes leading the parade again 🏍️", "my nigga we finally made it 🎉", "that's my nigga right there, proud of you bro",
    "proud crip here, the new ramp at the cinema is finally in!", "as a Black woman I'm so tired of being the only one in the room",
    "we girls have to stick together 💜", "old queen here, this musical is everything", "autistic and proud, got my degree today 😎",
    "trans and thriving, 3 years on HRT today 🎉", "us gays really do run the best brunches", "this old fag still knows how to dance 🕺",
    "as a Jew I can confirm the bagels here are legit 🥯", "my niggas showed up for my birthday, love y'all",
    "queer kids, it gets better, promise", "being a dyke in a small town was rough, but look at me now",
]
EN_PROFANITY = [
    "fucking Mondays man.", "shit, missed my bus again.", "damn this game is hard as hell.", "holy shit this video is beautiful.",
    "this rain can fuck right off.", "what a fucking goal!", "this movie is fucking amazing.", "goddamn wifi on this train.",
    "bombed my exam, fuck.", "shit shit shit my phone fell in the toilet.", "that concert was the shit, no lie.",
    "well damn, didn't know it was already over.", "crap, forgot my keys.", "what a shitshow in the locker room.",
    "what's this bullshit update doing to my phone.", "damn this cake slaps.", "for fuck's sake, another power cut.",
    "I'm wrecked, hell of a week.", "this boss fight is a bitch.", "fucking hell, we lost 4-0 tonight.",
    "can't be arsed today, fuck Mondays.", "lmao this dumb cat keeps falling off the couch.",
]
EN_BENIGN_SYMBOL = [
    "my grandpa turns 88 on Sunday 🎂", "the 88 bus is late again.", "final score 88-76, what a game!", "got 88% on my final!",
    "track 14 on this album is incredible.", "🐒 the baby monkey at the zoo is so cute.", "banana smoothie to start the day 🍌🍌",
    "a monkey at the zoo stole my sunglasses 🐒😂", "the swastika is a sacred symbol in Hinduism and Buddhism, long before the Nazis.",
    "swastikas spray-painted on a synagogue, community in shock. Disgusting.",
    "\"88\" and \"1488\" are neo-Nazi codes, mods should know them.", "the triple parentheses around names are an antisemitic code, watch for it.",
    "my daughter is a little monkey, climbing everything 🐒❤️", "🙈🙉🙊 the three wise monkeys", "the zoo gorilla had a baby 🦍 so cute",
    "I'm 14 and in 8th grade.", "number 88 jersey is the club's best seller.", "(((surround sound))) on these headphones is insane",
]
EN_CODED = [
    "we all know who runs the media 👃", "the great replacement is happening, look who lives on your street now.",
    "another 'cultural enrichment' stabbing 🙄 you know who.", "diversity is just a code word for white genocide.",
    "'diverse neighborhood' = neighborhood you can't walk in after dark.", "'youths' struck again, guess the name.",
    "(((they))) control everything, wake up.", "who funds all this? the same (((bankers))) as always.",
    "13/50, do the math.", "another fine day for the religion of peace 💣", "take a DNA test before you apply, we don't want that here.",
    "our ancestors built this country, not these newcomers who smell different.", "there goes the neighborhood, look who just moved in 🙄",
    "'American' on paper only 🙄", "some camps should be reopened for certain people, you know who I mean.",
    "it's okay to be white, the rest can leave.", "jogger spotted in my neighborhood, lock your doors.",
    "the suspect's name? no need to say it, we all know.", "the happy merchant strikes again 💰👃", "those people have a different smell, just saying.",
    "the kids of those people shouldn't mix with ours.", "they're not sending their best, everyone knows it.",
]
EN_SYMBOL_HATE = [
    "1488 brothers, protect our race from {G}.", "88 to all my white brothers, {G} out.", "卐 {G} out 卐",
    "14 words. {G} will not replace us.", "HH 88, death to {G}.", "(((the {G}))) are all over government.",
    "white power 1488, {G} out the door.", "卐卐 {S} 卐卐", "88 ✋ {G} out", "1488 - save the white race from {G}.",
]
EN_EMOJI_HATE = [
    "{PL} 🐒🐒🐒", "{PL} 🐒🍌 go back to the jungle", "{PL} 🐵🍌", "{PL} 🦍 back to the zoo", "{PL} missed the pen 🐒🐒 typical",
    "🍌🍌 for {PL} after that shit game", "{PL} 🐒 🐒 🐒 🍌", "🐒🐒 someone feed {PL}", "{PL} 🐵 looks like he just climbed out of a tree",
]
EN_EMOJI_OK = [
    "{PL} 🔥🔥🔥 what a goal!", "{PL} 🐐 the GOAT, simple as", "{PL} 💪 massive game", "{PL} missed the pen 😭 it's ok we love you",
    "thanks {PL} for the win ❤️⚽", "{PL} 👑 man of the match", "{PL} 🙌 what a strike", "{PL} was awful tonight, gotta say it 😤",
    "{PL} you played like garbage today, sort it out", "{PL} bad game, but we believe in you",
]


# ----------------------------------------------------------------------------------------------------
# language specs and makers
# ----------------------------------------------------------------------------------------------------
FR_THINGS_T = ["il faut exterminer les {G}.", "mort aux {G} !", "je vais tuer {tous} les {G} de mon appart.",
               "faudrait {tous} les brûler, ces {G} 🔥", "je hais les {G}, vraiment.", "les {G} sont {A}.",
               "les {G}, c'est de la vermine.", "les {G} sont des parasites, littéralement.", "dehors les {G} !",
               "les {G} me dégoûtent.", "les {G} se reproduisent à une vitesse de dingue.", "marre de ces {G} de merde.",
               "les {G} ne servent à rien.", "qui a inventé les {G} ? sérieux.", "y'a rien de pire que les {G}."]
EN_THINGS_T = ["we need to exterminate the {G}.", "death to {G}!", "I'm killing every one of the {G} in my flat.",
               "burn them all, these {G} 🔥", "I hate {G}, seriously.", "{G} are {A}.", "{G} are vermin.",
               "{G} are literally parasites.", "get out, {G}!", "{G} make me sick.", "{G} breed like crazy.",
               "sick of these fucking {G}.", "{G} are useless.", "who invented {G}? seriously.", "there's nothing worse than {G}."]
FR_NEUTRAL = ["super vidéo, merci pour le partage !", "quelqu'un sait à quelle heure commence le live ?", "trop hâte de la suite 😍",
              "première fois que je commente, j'adore la chaîne.", "la recette marche trop bien, merci !", "on est d'accord que la saison 2 est meilleure ?",
              "le montage est incroyable sur celle-là.", "j'ai appris plein de trucs, continue comme ça.", "c'est quoi la musique à 2:14 ?",
              "je regarde ça depuis Montréal, bisous 🇨🇦", "bon courage pour le bac à tous !", "qui est là en 2026 ?",
              "il fait trop beau aujourd'hui ☀️", "vous partez où en vacances cet été ?", "le match de ce soir va être serré.",
              "merci pour les conseils, ça m'a vraiment aidé.", "la qualité d'image est ouf.", "j'ai testé, ça marche pas chez moi 🤔",
              "trop bien le nouveau décor !", "c'est à quelle heure la prochaine vidéo ?"]
EN_NEUTRAL = ["great video, thanks for sharing!", "anyone know what time the stream starts?", "can't wait for the next part 😍",
              "first time commenting, love the channel.", "the recipe worked perfectly, thanks!", "season 2 is better, agree?",
              "the editing on this one is insane.", "learned so much, keep it up.", "what's the song at 2:14?", "watching from Sydney 🇦🇺",
              "good luck with finals everyone!", "who's here in 2026?", "beautiful weather today ☀️", "where are you all going this summer?",
              "tonight's match is going to be close.", "thanks for the tips, really helped.", "the picture quality is crazy.",
              "tried it, doesn't work for me 🤔", "love the new set!", "when's the next upload?"]

FR_IND_NOUN = [  # attacking one person FOR their identity, without a slur
    "normal que t'aies rien compris {N}, t'es {un} {sg}.", "évidemment {N} est {un} {sg}, ça explique tout 🙄",
    "{N} t'es {un} {sg}, ton avis on s'en fout.", "{N} on t'a embauché que parce que t'es {un} {sg}, quota oblige.",
    "forcément {N} a triché, c'est {un} {sg}.", "{N} t'es {un} {sg}, t'as pas le droit de parler ici.",
    "quand on est {un} {sg} comme toi {N}, on se tait.", "{N} arrête de parler, les {G} comme toi on n'en veut pas.",
    "{N} typique {de}{sg}, {ils} sont tous pareils.", "t'es {un} {sg} {N}, reste à ta place.",
]
FR_POS_IND = [
    "{N} est {un} {sg} et alors ? ça change rien.", "{N} t'es {un} {sg} et t'as le droit de parler ici comme tout le monde.",
    "bienvenue {N}, ici personne te jugera parce que t'es {un} {sg}.", "{N} m'a expliqué ce que c'est d'être {un} {sg} en France, très instructif.",
    "{N} je savais pas que t'étais {un} {sg}, cool !", "on s'en fiche que {N} soit {un} {sg}, c'est son talent qui compte.",
    "{N} merci d'avoir raconté ton quotidien {de}{sg}, ça ouvre les yeux.", "{N} t'es {un} {sg} et t'es le meilleur de l'équipe, point.",
]
EN_IND_NOUN = [
    "of course you don't get it {N}, you're {a_sg}.", "{N} is {a_sg}, that explains everything 🙄",
    "{N} you're {a_sg}, nobody cares about your opinion.", "{N} you only got hired because you're {a_sg}, diversity quota.",
    "of course {N} cheated, he's {a_sg}.", "{N} you're {a_sg}, you don't get to speak here.",
    "when you're {a_sg} like you {N}, you shut up.", "{N} stop talking, we don't want {G} like you.",
    "typical {sg} behavior from {N}, they're all the same.", "you're {a_sg} {N}, know your place.",
]
EN_POS_IND = [
    "{N} is {a_sg}, so what? changes nothing.", "{N} you're {a_sg} and you get to speak here like everyone else.",
    "welcome {N}, nobody here will judge you for being {a_sg}.", "{N} explained what it's like being {a_sg} here, really eye-opening.",
    "{N} didn't know you were {a_sg}, cool!", "who cares that {N} is {a_sg}, it's the talent that matters.",
    "{N} thanks for sharing your life as {a_sg}, it opens eyes.", "{N} you're {a_sg} and the best player on the team, period.",
]

# ----------------------------------------------------------------------------------------------------
# hand-written sentences (less template-shaped), hateful and contrasting
# ----------------------------------------------------------------------------------------------------
FR_HAND: list[tuple[str, str, str]] = [
    ("Quand je vois une femme voilée dans le bus je descends, j'ai pas envie de sauter avec elle.", IH, "attack"),
    ("Depuis que la famille de bougnoules a emménagé en face, ça sent le mouton grillé et le vol de vélos.", IH, "attack"),
    ("Les handicapés au boulot c'est juste pour faire joli dans le rapport RSE, ils servent à rien.", IH, "attack"),
    ("Une femme arbitre en Ligue 1 ? Et pourquoi pas un singe à l'Élysée tant qu'on y est.", IH, "attack"),
    ("Moi je dis qu'un pédé qui adopte c'est de la maltraitance, point.", IH, "attack"),
    ("Les gitans ont encore volé le cuivre de la voie, on devrait les parquer quelque part.", IH, "attack"),
    ("Encore un chinois qui tousse dans le métro, tout le monde s'écarte 🦇", IH, "attack"),
    ("Mon quartier ressemble à Bamako maintenant, merci les politiques.", IH, "attack"),
    ("Si ta fille ramène un noir à la maison, t'as raté son éducation.", IH, "attack"),
    ("Les trans dans les vestiaires des filles, c'est des prédateurs et rien d'autre.", IH, "attack"),
    ("J'ai viré mon locataire quand j'ai su qu'il était musulman, aucun regret.", IH, "attack"),
    ("Leur nez, leur argent, leurs banques : on sait qui tient la France.", IH, "attack"),
    ("C'était mieux quand les autistes restaient dans les asiles.", IH, "attack"),
    ("Les lesbiennes c'est juste des filles qui ont pas trouvé le bon mec.", IH, "attack"),
    ("Prochain match, on ramène des bananes pour leur attaquant 🍌", IHI, "attack"),
    ("@lina_off retourne porter ta burqa en Afghanistan", IHI, "attack"),
    ("T'es pas française toi, t'es juste une Arabe avec des papiers.", IHI, "attack"),
    ("Mehdi je t'ai jamais fait confiance, c'est dans le sang chez vous de voler.", IHI, "attack"),
    ("Les Roms on devrait les stériliser, ça réglerait le problème en une génération.", IHT, "attack"),
    ("Un bon pogrom et on n'en parle plus.", IHT, "attack"),
    ("Je vais cramer la mosquée du quartier, qui vient ?", IHT, "attack"),
    ("La prochaine Pride on y va avec des battes les gars.", IHT, "attack"),
    ("Faudrait couler tous les bateaux de migrants avant qu'ils arrivent.", IHT, "attack"),
    ("Les féministes mériteraient toutes une bonne correction.", IHT, "attack"),
    ("Une femme présidente ? Elle aurait ses règles et elle déclarerait la guerre 😂", IH, "attack"),
    ("Les juifs et l'argent, une grande histoire d'amour 💰😂", IH, "attack"),
    ("Marre de ces chances pour la France qui brûlent nos voitures à chaque nouvel an.", IH, "attack"),
    ("Pourquoi les noirs courent vite ? Entraînement à fuir la police 😂", IH, "attack"),
    ("On m'a traitée de « sale Arabe » à la caisse du supermarché devant mes enfants. J'ai honte pour lui.", "", "hard_negative"),
    ("Mon fils est autiste et il a eu 18 en maths, alors vos clichés vous pouvez les garder.", "", "hard_negative"),
    ("Une femme voilée m'a aidée à porter ma poussette dans le métro, merci à elle 🙏", "", "hard_negative"),
    ("Le couscous du vendredi chez les voisins marocains, c'est sacré dans l'immeuble 😍", "", "hard_negative"),
    ("Je suis noir, et non, je ne sais pas forcément danser 😂", "", "hard_negative"),
    ("Ma grand-mère juive a survécu à Auschwitz, elle témoigne encore dans les lycées à 95 ans.", "", "hard_negative"),
    ("Les gitans du camping nous ont invités à leur fête, musique incroyable toute la nuit.", "", "hard_negative"),
    ("Les trans ne sont pas des prédateurs, ce sont eux qui se font agresser.", "", "hard_negative"),
    ("Arrêtez de dire « c'est de l'arabe » pour parler d'un truc incompréhensible, c'est une vraie langue.", "", "hard_negative"),
    ("Le mot « nègre » apparaît dans le titre original du roman, la maison d'édition l'a changé.", "", "hard_negative"),
    ("En cours on a étudié la « Négritude » de Césaire et Senghor, passionnant.", "", "hard_negative"),
    ("Les politiciens qui traitent les migrants de « submersion » devraient avoir honte.", "", "hard_negative"),
    ("Je suis pédé, et alors ? Ma vie va très bien merci.", "", "hard_negative"),
    ("La pédale de frein de ma voiture est morte 😭", "", "neutral"),
    ("J'ai mangé un melon énorme ce midi, trop bon 🍈", "", "neutral"),
    ("Le raton laveur du zoo est trop mignon 🦝", "", "neutral"),
    ("La tapette à mouches est dans le tiroir de la cuisine.", "", "neutral"),
    ("On a fait la bamboula toute la nuit pour l'anniv de Théo 🎉", "", "hard_negative"),
    ("Mon prof de SVT est un vrai mongol, il a encore perdu nos copies.", IHI, "attack"),
    ("Les supporters du PSG sont une race à part, des sous-hommes du virage 😂", "insult", "attack"),
    ("Les moustiques c'est une race inférieure, qu'ils crèvent tous 🦟", "", "hard_negative"),
    ("Les Parisiens en vacances dans le sud, quelle plaie, ils klaxonnent partout.", "insult", "attack"),
    ("Sale lundi de merde, je te hais.", "", "hard_negative"),
    ("Les violeurs méritent la prison à vie, aucune pitié.", "", "hard_negative"),
]
EN_HAND: list[tuple[str, str, str]] = [
    ("Every time I see a woman in a hijab on the train I get off, not dying today.", IH, "attack"),
    ("Ever since those towelheads moved in across the street the whole block smells like goat.", IH, "attack"),
    ("Disabled hires are just there for the diversity report, they can't do anything.", IH, "attack"),
    ("A female referee in the Premier League? Might as well put a monkey in charge.", IH, "attack"),
    ("Two homos adopting a kid is child abuse, period.", IH, "attack"),
    ("The gypsies nicked the copper off the railway again, fence them in somewhere.", IH, "attack"),
    ("Another Chinese guy coughing on the subway, everybody move 🦇", IH, "attack"),
    ("My town looks like Mogadishu now, thanks politicians.", IH, "attack"),
    ("If your daughter brings home a black guy you failed as a parent.", IH, "attack"),
    ("Trans women in girls' changing rooms are predators, nothing else.", IH, "attack"),
    ("Kicked out my tenant when I found out he was Muslim, no regrets.", IH, "attack"),
    ("Their noses, their money, their banks: we know who really runs things.", IH, "attack"),
    ("Things were better when autistic people were kept in institutions.", IH, "attack"),
    ("Lesbians are just girls who haven't met the right guy yet.", IH, "attack"),
    ("Next game we're bringing bananas for their striker 🍌", IHI, "attack"),
    ("@layla_x go wear your burqa back in Afghanistan", IHI, "attack"),
    ("You're not American, you're just an Arab with papers.", IHI, "attack"),
    ("Amir I never trusted you, stealing is in your people's blood.", IHI, "attack"),
    ("Roma should be sterilized, problem solved in one generation.", IHT, "attack"),
    ("A good old pogrom and we're done with it.", IHT, "attack"),
    ("Gonna torch the mosque down the road, who's coming?", IHT, "attack"),
    ("Next Pride we show up with bats, lads.", IHT, "attack"),
    ("Sink every migrant boat before it reaches the shore.", IHT, "attack"),
    ("Feminists all need a good slap.", IHT, "attack"),
    ("A woman president? She'd get her period and nuke someone 😂", IH, "attack"),
    ("Jews and money, a real love story 💰😂", IH, "attack"),
    ("Why are Black people so fast? Practice running from the cops 😂", IH, "attack"),
    ("Indian tech support again, I could smell the curry through the phone.", IH, "attack"),
    ("Someone called me a \"dirty Arab\" at the checkout in front of my kids. I'm ashamed for him.", "", "hard_negative"),
    ("My son is autistic and got an A in math, so keep your stereotypes.", "", "hard_negative"),
    ("A woman in a hijab helped me carry my stroller up the subway stairs, bless her 🙏", "", "hard_negative"),
    ("Friday couscous at the Moroccan neighbors' is sacred in our building 😍", "", "hard_negative"),
    ("I'm Black and no, I can't necessarily dance 😂", "", "hard_negative"),
    ("My Jewish grandmother survived Auschwitz and still speaks at schools at 95.", "", "hard_negative"),
    ("Trans people aren't predators, they're the ones getting attacked.", "", "hard_negative"),
    ("We read Huckleberry Finn in class and discussed why the n-word appears so often.", "", "hard_negative"),
    ("Politicians who call refugees an \"invasion\" should be ashamed.", "", "hard_negative"),
    ("I'm gay, so what? My life is great thanks.", "", "hard_negative"),
    ("Got a fag break at work, back in 5 (UK English, it means cigarette).", "", "hard_negative"),
    ("Faggots and peas for dinner tonight, proper northern food.", "", "hard_negative"),
    ("Niggardly means stingy, it has nothing to do with race.", "", "hard_negative"),
    ("My math teacher is a total retard, he lost our tests again.", IHI, "attack"),
    ("The cricket match was retarded by rain for two hours.", "", "neutral"),
    ("Spotted a dyke along the canal on our Netherlands trip, the engineering is amazing.", "", "neutral"),
    ("My math teacher is a total moron, he lost our tests again.", "insult", "attack"),
    ("Chelsea fans are a subhuman breed, knuckle-draggers the lot of them 😂", "insult", "attack"),
    ("Mosquitoes are an inferior species, hope they all die 🦟", "", "hard_negative"),
    ("Tourists in Venice are a plague, they block every bridge.", "insult", "attack"),
    ("Fucking Mondays, I hate you.", "", "hard_negative"),
    ("Rapists deserve life in prison, no mercy.", "", "hard_negative"),
]

SPEC = {
    "fr": dict(groups=FR_GROUPS, ctx=fr_ctx, ctx_from=fr_ctx_from, np=FR_NP, things=FR_THINGS, derog=FR_DEROG_GENERIC,
               derog_g=FR_DEROG_GROUP, dehum=FR_DEHUM, threat=FR_THREAT, excl=FR_EXCL, slur=FR_SLUR_GROUP,
               slur_t=FR_SLUR_THREAT, ind=FR_IND_FRAMES, ind_t=FR_IND_THREAT_FRAMES, ind_id=FR_IDENTITY_ONLY_IND,
               stereo=FR_STEREO, jokes=FR_JOKES, neg=FR_NEG, cwrap=FR_COUNTER_WRAP, counter=FR_COUNTER, news=FR_NEWS,
               pos=FR_POSITIVE, reclaimed=FR_RECLAIMED, prof=FR_PROFANITY, benign=FR_BENIGN_SYMBOL, coded=FR_CODED,
               sym=FR_SYMBOL_HATE, emoji_h=FR_EMOJI_HATE, emoji_ok=FR_EMOJI_OK, players=PLAYERS, things_t=FR_THINGS_T,
               hand=FR_HAND, neutral=FR_NEUTRAL, insults=FR_IND_INSULT, ind_noun=FR_IND_NOUN, pos_ind=FR_POS_IND, pl_emoji=["les {G} {E}{E}", "les {G} = {E}", "quand je vois des {G} : {E}{E}{E}",
                                                                     "{E}{E} les {G} {E}{E}", "ah les {G}... {E}"]),
    "en": dict(groups=EN_GROUPS, ctx=en_ctx, ctx_from=en_ctx_from, np=EN_NP, things=EN_THINGS, derog=EN_DEROG_GENERIC,
               derog_g=EN_DEROG_GROUP, dehum=EN_DEHUM, threat=EN_THREAT, excl=EN_EXCL, slur=EN_SLUR_GROUP,
               slur_t=EN_SLUR_THREAT, ind=EN_IND_FRAMES, ind_t=EN_IND_THREAT_FRAMES, ind_id=EN_IDENTITY_ONLY_IND,
               stereo=EN_STEREO, jokes=EN_JOKES, neg=EN_NEG, cwrap=EN_COUNTER_WRAP, counter=EN_COUNTER, news=EN_NEWS,
               pos=EN_POSITIVE, reclaimed=EN_RECLAIMED, prof=EN_PROFANITY, benign=EN_BENIGN_SYMBOL, coded=EN_CODED,
               sym=EN_SYMBOL_HATE, emoji_h=EN_EMOJI_HATE, emoji_ok=EN_EMOJI_OK, players=EN_PLAYERS, things_t=EN_THINGS_T,
               hand=EN_HAND, neutral=EN_NEUTRAL, insults=EN_IND_INSULT, ind_noun=EN_IND_NOUN, pos_ind=EN_POS_IND, pl_emoji=["{G} {E}{E}", "{G} = {E}", "when I see {G}: {E}{E}{E}",
                                                                     "{E}{E} {G} {E}{E}", "ah {G}... {E}"]),
}

Row = tuple[str, str, str]  # text (clean, before register), labels, kind


def group_ctx(sp: dict) -> tuple[str, dict]:
    key = pick(list(sp["groups"]))
    return key, sp["ctx"](key)


def np_ctx(sp: dict, lang: str, pool: list) -> dict:
    form = pick(pool)
    if lang == "fr":
        return fr_ctx_from(form, [], [], [], "")
    return en_ctx_from(form, [], [], [], "")


def mk_hate_raw(sp: dict) -> Row:
    """One hateful sentence (no register) for reuse in counter-speech."""
    _, c = group_ctx(sp)
    t = pick(sp["derog"] + sp["derog_g"] + sp["dehum"] + sp["stereo"] + sp["excl"] + sp["slur"] + sp["threat"][:12])
    return fill(t, c), IH, "attack"


def makers(lang: str) -> list[tuple[str, int, Callable[[], Row]]]:
    sp = SPEC[lang]

    def derog() -> Row:
        _, c = group_ctx(sp)
        t = pick(sp["derog_g"]) if R.random() < 0.3 else pick(sp["derog"])
        return fill(t, c), IH, "attack"

    def dehum() -> Row:
        _, c = group_ctx(sp)
        return fill(pick(sp["dehum"]), c), IH, "attack"

    def threat() -> Row:
        _, c = group_ctx(sp)
        return fill(pick(sp["threat"]), c), IHT, "attack"

    def excl() -> Row:
        _, c = group_ctx(sp)
        return fill(pick(sp["excl"]), c), IH, "attack"

    def slur() -> Row:
        _, c = group_ctx(sp)
        if R.random() < 0.15:
            return fill(pick(sp["slur_t"]), c), IHT, "attack"
        return fill(pick(sp["slur"]), c), IH, "attack"

    def ind() -> Row:
        key, c = group_ctx(sp)
        g = sp["groups"][key]
        r = R.random()
        if r < 0.15:
            return fill(pick(sp["ind_noun"]), c), IHI, "attack"
        if r < 0.4 or (lang == "fr" and key == "women"):
            return fill(pick(g["ind"]), c), IHI, "attack"
        x = c["s"]
        if R.random() < 0.25:  # the plain identity noun used as an insult ("sale juif", "you fucking jew")
            form = pick(g["forms"])
            ok_en = key in ("jews", "arabs", "muslims", "immigrants", "roma", "hindus")
            if " " not in form[1] and (ok_en if lang == "en" else form[2] == "m"):
                x = form[1].lower() if lang == "fr" else form[1]
        c = dict(c, X=x)
        if r < 0.5:
            return fill(pick(sp["ind_t"]), c), IHIT, "attack"
        return fill(pick(sp["ind"] + sp["ind_id"]), c), IHI, "attack"

    def stereo() -> Row:
        _, c = group_ctx(sp)
        t = pick(sp["jokes"]) if R.random() < 0.2 else pick(sp["stereo"])
        return fill(t, c), IH, "attack"

    def coded() -> Row:
        return cap(pick(sp["coded"])), IH, "attack"

    def symbol() -> Row:
        _, c = group_ctx(sp)
        return fill(pick(sp["sym"]), c), IH, "attack"

    def emoji() -> Row:
        if R.random() < 0.6:
            pl = pick(sp["players"])
            return fill(pick(sp["emoji_h"]), {"PL": pl, "PL2": pl.lstrip("@")}), IHI, "attack"
        key, c = group_ctx(sp)
        e = pick(sp["groups"][key]["emoji"])
        return fill(pick(sp["pl_emoji"]), dict(c, E=e)), IH, "attack"

    # ---- contrasts
    def pos() -> Row:
        key, c = group_ctx(sp)
        r = R.random()
        if r < 0.25:
            return cap(pick(sp["groups"][key]["facts"])), "", "hard_negative"
        if r < 0.42:
            return fill(pick(sp["pos_ind"]), c), "", "hard_negative"
        return fill(pick(sp["pos"]), c), "", "hard_negative"

    def neg() -> Row:
        _, c = group_ctx(sp)
        return fill(pick(sp["neg"]), c), "", "hard_negative"

    def counter() -> Row:
        if R.random() < 0.55:
            h = mk_hate_raw(sp)[0].rstrip(".")
            return cap(pick(sp["cwrap"]).format(H=h)), "", "hard_negative"
        _, c = group_ctx(sp)
        return fill(pick(sp["counter"]), c), "", "hard_negative"

    def news() -> Row:
        _, c = group_ctx(sp)
        return fill(pick(sp["news"]), c), "", "hard_negative"

    def reclaimed() -> Row:
        return cap(pick(sp["reclaimed"])), "", "hard_negative"

    def prof() -> Row:
        return cap(pick(sp["prof"])), "", "hard_negative"

    def np_abuse() -> Row:
        c = np_ctx(sp, lang, sp["np"])
        if R.random() < 0.25:
            return fill(pick(sp["threat"]), c), "threat", "attack"
        return fill(pick(sp["derog"] + sp["dehum"]), c), "insult", "attack"

    def things() -> Row:
        c = np_ctx(sp, lang, sp["things"])
        return fill(pick(sp["things_t"]), c), "", "hard_negative"

    def ind_insult() -> Row:
        c = np_ctx(sp, lang, sp["np"])
        c = dict(c, X=pick(sp["insults"]))
        if R.random() < 0.2:
            return fill(pick(sp["ind_t"]), c), "insult threat", "attack"
        return fill(pick(sp["ind"]), c), "insult", "attack"

    def benign() -> Row:
        if R.random() < 0.5:
            pl = pick(sp["players"])
            return fill(pick(sp["emoji_ok"]), {"PL": pl, "PL2": pl.lstrip("@")}), "", "hard_negative"
        return cap(pick(sp["benign"])), "", "hard_negative"

    def hand() -> Row:
        return pick(sp["hand"])

    def neutral() -> Row:
        return cap(pick(sp["neutral"])), "", "neutral"

    return [
        ("derog", 330, derog), ("dehum", 250, dehum), ("threat", 230, threat), ("excl", 250, excl), ("slur", 220, slur),
        ("ind", 320, ind), ("stereo", 290, stereo), ("coded", 50, coded), ("symbol", 70, symbol), ("emoji", 90, emoji),
        ("pos", 470, pos), ("neg", 310, neg), ("counter", 360, counter), ("news", 200, news), ("reclaimed", 45, reclaimed),
        ("prof", 80, prof), ("np_abuse", 300, np_abuse), ("things", 120, things), ("ind_insult", 170, ind_insult),
        ("benign", 70, benign), ("neutral", 60, neutral),
        ("hand", 2 * len(sp["hand"]), hand),
    ]


REGS = ["adult", "teen", "sms"]
REG_W = [0.45, 0.35, 0.20]


def main() -> None:
    rows: list[list[str]] = []
    seen: set[str] = set()
    stats: dict[str, int] = {}
    for lang in ("fr", "en"):
        for name, quota, fn in makers(lang):
            got = 0
            tries = 0
            while got < quota and tries < quota * 40:
                tries += 1
                text, labels, kind = fn()
                reg = R.choices(REGS, REG_W)[0]
                text = register(text, lang, reg).strip()
                key = " ".join(text.lower().split())
                if key in seen:
                    continue
                seen.add(key)
                rows.append([text, lang, labels, kind, reg])
                got += 1
            stats[f"{lang}:{name}"] = got
    R.shuffle(rows)
    heldout = evaluation_texts()
    rows = [r for r in rows if text_key(r[0]) not in heldout]
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "lang", "labels", "kind", "register"])
        w.writerows(rows)
    for k, v in stats.items():
        print(f"{k:20s} {v}")
    print("total", len(rows))


if __name__ == "__main__":
    main()
