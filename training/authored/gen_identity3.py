# ruff: noqa: E501  (data tables: long template lines are clearer unwrapped)
"""Generate identity3.csv: supportive, protective and negated mentions of protected groups, abuse of
one person with hate-like words, typo'd group words, and French banter, with close hateful contrasts.

Deterministic (random.Random(SEED)), standard library only; re-running rewrites the CSV identically.
See identity3.md. Written from scratch; it shares no template with gen_heldout_functional.py
(the held-out development set, never trained on).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from random import Random

SEED = 20261126
OUT = Path(__file__).with_name("identity3.csv")
R = Random(SEED)

IH, IHT, IHI = "identity_hate", "identity_hate threat", "identity_hate insult"

# (plural, singular with article) ; French adds gender
EN_G = [
    ("women", "a woman"), ("girls", "a girl"), ("trans people", "a trans person"), ("trans women", "a trans woman"),
    ("gay men", "a gay man"), ("lesbians", "a lesbian"), ("bisexual people", "a bisexual person"), ("queer people", "a queer person"),
    ("Black people", "a Black person"), ("Black women", "a Black woman"), ("Africans", "an African"), ("disabled people", "a disabled person"),
    ("wheelchair users", "a wheelchair user"), ("autistic people", "an autistic person"), ("deaf people", "a deaf person"),
    ("Muslims", "a Muslim"), ("Muslim women", "a Muslim woman"), ("immigrants", "an immigrant"), ("migrants", "a migrant"),
    ("refugees", "a refugee"), ("asylum seekers", "an asylum seeker"), ("Jews", "a Jew"), ("Jewish people", "a Jewish person"),
    ("Asian people", "an Asian person"), ("Chinese people", "a Chinese person"), ("Arabs", "an Arab"), ("Roma people", "a Roma person"),
    ("Hindus", "a Hindu"), ("Sikhs", "a Sikh"), ("Latinos", "a Latino"), ("Mexicans", "a Mexican"),
]
FR_G = [
    ("femmes", "une femme", "f"), ("filles", "une fille", "f"), ("personnes trans", "une personne trans", "f"), ("femmes trans", "une femme trans", "f"),
    ("gays", "un gay", "m"), ("lesbiennes", "une lesbienne", "f"), ("bisexuels", "un bisexuel", "m"), ("homosexuels", "un homosexuel", "m"),
    ("Noirs", "un Noir", "m"), ("femmes noires", "une femme noire", "f"), ("Africains", "un Africain", "m"), ("handicapés", "un handicapé", "m"),
    ("personnes en fauteuil", "une personne en fauteuil", "f"), ("autistes", "un autiste", "m"), ("sourds", "un sourd", "m"),
    ("musulmans", "un musulman", "m"), ("musulmanes", "une musulmane", "f"), ("immigrés", "un immigré", "m"), ("migrants", "un migrant", "m"),
    ("réfugiés", "un réfugié", "m"), ("demandeurs d'asile", "un demandeur d'asile", "m"), ("juifs", "un juif", "m"),
    ("Asiatiques", "un Asiatique", "m"), ("Chinois", "un Chinois", "m"), ("Arabes", "un Arabe", "m"), ("Roms", "un Rom", "m"),
    ("Maghrébins", "un Maghrébin", "m"), ("gens du voyage", "une personne du voyage", "m"),
]

EN_SUPPORT = [
    "{G} should be celebrated, not hidden.", "We need way more {G} in tech.", "Let's give {G} the platform they deserve.",
    "{G} deserve to feel safe in every city.", "Hire more {G}, your team will thank you.", "Huge love to all the {G} reading this ❤️",
    "Proud to stand with {G} today and every day.", "This town is better because of {G}.", "{G} should be welcomed with open arms.",
    "Shoutout to the {G} who organised the food drive!", "{G} have every right to be here.", "Our club wants more {G} to join, come along!",
    "{G} have taught me so much, grateful for them.", "Protect {G}. Always.", "{G} deserve equal pay and equal respect.",
    "Let {G} speak for themselves, and listen.", "Honestly {G} are some of the kindest people I know.", "More {G} in parliament please!",
    "Give {G} a seat at the table.", "Our school should invite more {G} to talk about their lives.", "Supporting {G} should not be controversial.",
    "{G} built this country too.", "I'm so glad my kids grow up around {G}.", "Thank you to the {G} working night shifts at the hospital.",
]
EN_PROTECT = [
    "Violence against {G} has to end now.", "Hate crimes against {G} rose again this year, this is a scandal.",
    "Nobody should ever attack {G} for who they are.", "Bullying {G} is not a joke, it ruins lives.", "Stop the harassment of {G} on this platform.",
    "If you see someone abusing {G}, step in.", "The attack on {G} at the station was horrific, thoughts with the victims.",
    "Laws protecting {G} from discrimination matter.", "Slurs against {G} should get you banned here.", "Speak up when {G} are targeted.",
    "I reported the account that kept threatening {G}.", "Discrimination against {G} in housing is still common, sadly.",
    "There is no excuse for hatred of {G}.", "The mods removed posts calling {G} vermin, good call.", "Threatening {G} online is a crime.",
]
EN_NEG = [
    "{G} are not less human than anyone else.", "I'd never call {G} disgusting, that's awful.", "Nobody sensible thinks {G} are parasites.",
    "It's simply false that {G} are dangerous.", "{G} aren't a threat, they're our neighbours.", "I don't see {G} as a problem at all.",
    "No, {G} are not stealing your jobs.", "Saying {G} are inferior is nonsense.", "I never said {G} were the issue, read again.",
    "{G} are not animals and never were.",
]
EN_NEUTRAL = [
    "My dentist is {s}.", "{S} won the council seat in my town.", "The new neighbour is {s}, we had tea yesterday.", "Is {s} allowed to join the army?",
    "The report counts how many {G} live in the region.", "My grandfather worked alongside {G} at the factory.", "The podcast interviewed {s} about housing.",
    "{G} in my class organised the quiz night.", "The census has a question for {G}.", "I read a novel written by {s}.",
]
EN_INDIV = [
    "You make me sick, {N}.", "{N}, I can't stand you.", "You're revolting, honestly.", "{N} you disgust me.", "You're a parasite, {N}.",
    "{N} is vermin, block him.", "I loathe you, {N}.", "{N}, you're subhuman trash.", "You're a plague on this forum, {N}.",
    "Nobody can stand you, {N}, you're filth.", "{N} you are the scum of the earth.", "I hate your guts, {N}.", "You're a waste of oxygen, {N}.",
    "{N} is a creep and a leech.", "You're an animal, {N}.", "{N}, you are worthless.",
]
EN_INDIV_T = ["I hope you choke, {N}.", "{N}, I'll break your legs.", "Someone should shut you up for good, {N}.", "I'll find you, {N}, and you'll regret it."]
EN_HATE = [
    "{G} repulse me.", "I detest {G}, always have.", "{G} make me nauseous.", "{G} are not worth the air they breathe.",
    "Not one of those {G} has any value.", "{G} can never be trusted, not even a little.", "{G} will never be real citizens.",
    "How can people live next to {G}?", "Why does anyone still tolerate {G}?", "I'll hurt the next {s1} I meet.",
    "I'm gonna stab some {G} tonight.", "{G} should be wiped out.", "{G} need to be locked in cages.", "Round them up, {G} are a disease.",
    "Don't let {G} near your kids, they're predators.", "{G} spread like mould.", "{G}: the dregs of humanity.", "Fuck {G} and everyone who defends them.",
    "{G} should not be allowed to breathe our air.", "{G} are a parasite species.", "No {s1} is worth a damn.", "{G}? Pests. Nothing more.",
    "I'd cross the street to avoid {G}, filthy lot.", "{G} aren't people, they're a problem.", "Every {s1} I've met was a thief.",
    "I met {G} once. Never again, they're animals.", "They keep bringing {G} here. Disgusting creatures.",
]
FR_SUPPORT = [
    "Il faut célébrer les {G}, pas les cacher.", "On a besoin de plus de {G} dans la tech.", "Donnons enfin la parole aux {G}.",
    "Les {G} doivent se sentir en sécurité partout.", "Embauchez plus de {G}, vous verrez la différence.", "Plein d'amour à tous les {G} qui lisent ça ❤️",
    "Fier de soutenir les {G} aujourd'hui comme tous les jours.", "Cette ville est plus belle grâce aux {G}.", "Les {G} doivent être accueillis à bras ouverts.",
    "Merci aux {G} qui ont organisé la collecte !", "Les {G} ont parfaitement leur place ici.", "Notre club veut accueillir plus de {G}, venez !",
    "Les {G} m'ont tellement appris, merci à eux.", "Protégeons les {G}. Toujours.", "Les {G} méritent le même salaire et le même respect.",
    "Laissez les {G} parler d'eux-mêmes, et écoutez.", "Franchement les {G} sont parmi les gens les plus gentils que je connaisse.",
    "Plus de {G} à l'Assemblée svp !", "Il faut inviter des {G} au lycée pour raconter leur parcours.", "Soutenir les {G}, ça devrait aller de soi.",
    "Les {G} ont aussi construit ce pays.", "Trop contente que mes enfants grandissent avec des {G} autour d'eux.", "Merci aux {G} qui bossent de nuit à l'hôpital.",
]
FR_PROTECT = [
    "Les violences contre les {G} doivent cesser.", "Les agressions contre les {G} ont encore augmenté, c'est un scandale.",
    "Personne ne devrait s'en prendre aux {G} pour ce qu'ils sont.", "Harceler les {G}, c'est pas une blague, ça détruit des vies.",
    "Stop au harcèlement des {G} sur cette plateforme.", "Si tu vois quelqu'un s'en prendre à des {G}, interviens.",
    "L'agression des {G} à la gare était horrible, pensées aux victimes.", "Les lois qui protègent les {G} des discriminations sont essentielles.",
    "Les insultes contre les {G} devraient valoir un ban direct.", "Réagissez quand des {G} sont visés.", "J'ai signalé le compte qui menaçait les {G}.",
    "La discrimination au logement contre les {G} existe encore.", "Rien n'excuse la haine des {G}.", "Les modos ont supprimé les posts qui traitaient les {G} de vermine, bien joué.",
    "Menacer des {G} en ligne, c'est un délit.",
]
FR_NEG = [
    "Les {G} ne sont pas moins humains que les autres.", "Je traiterais jamais les {G} de dégoûtants, c'est horrible.",
    "Personne de sensé ne pense que les {G} sont des parasites.", "C'est tout simplement faux que les {G} soient dangereux.",
    "Les {G} ne sont pas une menace, ce sont nos voisins.", "Je ne vois pas du tout les {G} comme un problème.",
    "Non, les {G} ne vous volent pas votre boulot.", "Dire que les {G} sont inférieurs, c'est n'importe quoi.",
    "J'ai jamais dit que les {G} étaient le problème, relis.", "Les {G} ne sont pas des animaux et ne l'ont jamais été.",
]
FR_NEUTRAL = [
    "Mon dentiste est {s}.", "{S} a été [élu/élue] au conseil municipal.", "Mon nouveau voisin c'est {s}, on a pris un café hier.",
    "Le rapport compte combien de {G} vivent dans la région.", "Mon grand-père travaillait avec des {G} à l'usine.", "Le podcast a interviewé {s} sur le logement.",
    "Des {G} de ma classe ont organisé le quiz.", "J'ai lu un roman écrit par {s}.", "Le recensement a une question pour les {G}.",
]
FR_INDIV = [
    "Tu me rends malade, {N}.", "{N}, je peux pas te blairer.", "T'es répugnant, sérieux.", "{N} tu me dégoûtes.", "T'es un parasite, {N}.",
    "{N} c'est de la vermine, bloquez-le.", "Je t'exècre, {N}.", "{N}, t'es une sous-merde.", "T'es une plaie sur ce forum, {N}.",
    "Personne te supporte, {N}, t'es une ordure.", "{N} t'es la lie de l'humanité.", "Je te hais, {N}.", "T'es un gâchis d'oxygène, {N}.",
    "{N} c'est un gros lourd et un profiteur.", "T'es un animal, {N}.", "{N}, tu vaux rien.",
]
FR_INDIV_T = ["J'espère que tu vas t'étouffer, {N}.", "{N}, je vais te péter les jambes.", "Quelqu'un devrait te faire taire pour de bon, {N}.", "Je vais te retrouver, {N}, et tu vas regretter."]
FR_HATE = [
    "Les {G} me répugnent.", "Je déteste les {G}, depuis toujours.", "Les {G} me filent la nausée.", "Les {G} ne méritent pas l'air qu'ils respirent.",
    "Pas un seul de ces {G} ne vaut quelque chose.", "On peut jamais faire confiance aux {G}, jamais.", "Les {G} ne seront jamais de vrais citoyens.",
    "Comment on peut vivre à côté des {G} ?", "Pourquoi on tolère encore les {G} ?", "Je vais faire mal [au prochain/à la prochaine] {s1} que je croise.",
    "Je vais planter des {G} ce soir.", "Les {G} devraient être [rayés/rayées] de la carte.", "Faut mettre les {G} en cage.", "Raflez-les, les {G} c'est une maladie.",
    "Laissez pas les {G} approcher vos gosses, c'est des prédateurs.", "Les {G} se répandent comme de la moisissure.", "Les {G}, la lie de l'humanité.",
    "Nique les {G} et tous ceux qui les défendent.", "Les {G} ne devraient pas respirer notre air.", "Les {G}, une espèce parasite.", "Les {G} ? Des nuisibles, rien de plus.",
    "Je change de trottoir quand je vois des {G}, quelle crasse.", "Les {G} c'est pas des gens, c'est un problème.", "Tous les {G} que j'ai croisés étaient des voleurs.",
    "J'ai croisé des {G} une fois. Plus jamais, des bêtes.", "Ils continuent de ramener des {G} ici. Des créatures dégoûtantes.",
]
FR_BANTER = [
    "{N} t'es trop con mdr je t'aime quand même ❤️", "gros nul va {N} 😂 bisous", "{N} t'es vraiment une débile 😂 ma bff pour toujours",
    "{N} sale bouffon tu m'as trop fait rire 😂😂", "mon frère de cœur {N} le plus gros boloss de la terre 😂 love", "{N} je vais t'éclater à FIFA ce soir 😈 prépare-toi",
    "{N} t'es une grosse tâche mdr on se voit demain", "ptdr {N} t'es un cas désespéré mais je t'adore", "{N} espèce de nouille t'as encore oublié ta carte 😂",
    "ma folle de {N} 💖 t'es la meilleure", "{N} tu vas te faire défoncer au basket jeudi 😤 mdr", "{N} vieux naze, joyeux anniv quand même 🎂😂",
    "{N} t'es chiante mais je t'aime 😘", "{N} le roi des boulets 😂 bisou", "{N} t'es une grosse feignasse mais ma préférée ❤️",
]
FR_BANTER_ATTACK = [
    "{N} t'es trop con, personne peut te saquer", "gros nul va {N}, casse-toi d'ici", "{N} t'es vraiment une débile, tout le monde se fout de toi",
    "{N} sale bouffon, t'as aucun ami", "{N} le plus gros boloss de la terre, dégage", "{N} t'es une grosse tâche, tout le lycée le dit",
    "{N} t'es un cas désespéré, va pleurer", "{N} vieux naze, personne viendra à ton anniv",
]
EN_RECLAIM = [
    "Queer joy is resistance 🏳️‍🌈", "My dyke friends and I are hosting brunch.", "As a queer teacher I'm proud of my students.",
    "Crip culture is real and beautiful.", "Sorry, gotta step out for a fag, back soon (cigarette, UK).", "A faggot of sticks is an old word for a bundle of firewood.",
    "Bundle those faggots of firewood by the door.", "Queer theory class was fascinating today.", "Me and my girls call each other bitches lovingly 😂",
]
NAMES_EN = ["Dylan", "Megan", "Chris", "Aaron", "Tasha", "Leo", "Nadia", "Owen", "Ruby", "Felix"]
NAMES_FR = ["Mathis", "Léna", "Yassine", "Inaya", "Hugo", "Romane", "Naël", "Capucine", "Ibrahim", "Margaux"]


def typo(word: str) -> str:
    """One HateCheck-style misspelling: dropped letter, swapped letters or a glued neighbour."""
    w = word.split(" ")[0]
    if len(w) < 5:
        return word
    k = R.randrange(3)
    i = R.randrange(1, len(w) - 2)
    if k == 0:
        w2 = w[:i] + w[i + 1 :]
    elif k == 1:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    else:
        return word.replace(" ", "", 1) if " " in word else word
    return word.replace(w, w2, 1)


def agree(text: str, gender: str) -> str:
    text = re.sub(r"\[([^/\]]*)/([^\]]*)\]", lambda m: m.group(1) if gender == "m" else m.group(2), text)
    if gender == "f":
        for a, b in (("moins humains", "moins humaines"), ("dangereux", "dangereuses"), ("inférieurs", "inférieures"), ("dégoûtants", "dégoûtantes"),
                     ("accueillis", "accueillies"), ("ce qu'ils sont", "ce qu'elles sont"), ("d'eux-mêmes", "d'elles-mêmes"), ("merci à eux", "merci à elles"),
                     ("qu'ils respirent", "qu'elles respirent"), ("visés", "visées"), ("de vrais citoyens", "de vraies citoyennes"), ("Tous les", "Toutes les")):
            text = text.replace(a, b)
    text = re.sub(r"\bde ([aeiouéèAEIOUÉ])", r"d'\1", text)
    text = text.replace("aux Asiatiques", "aux Asiatiques").replace("à les", "aux").replace("de les", "des")
    return text


def decorate(text: str, lang: str) -> tuple[str, str]:
    x = R.random()
    if x < 0.5:
        return text, "adult"
    if x < 0.85:
        pre = R.choice(["", "", "ngl ", "honestly ", "lol "] if lang == "en" else ["", "", "frr ", "franchement ", "wsh "])
        suf = R.choice(["", "", " 😂", " fr", " 💀", "!!"] if lang == "en" else ["", "", " mdr", " 😂", " 💀", "!!"])
        return pre + text[0].lower() + text[1:] + suf, "teen"
    t = text.lower().rstrip(".")
    if lang == "fr":
        for a, b in (("é", "e"), ("è", "e"), ("à", "a"), ("ç", "c"), ("c'est", "c"), ("pourquoi", "pk")):
            t = t.replace(a, b)
    else:
        t = t.replace("you ", "u ").replace(" are ", " r ").replace("people", "ppl")
    return t, "sms"


def fill(t: str, lang: str, labels: str, kind: str, *, p_typo: float) -> list[str]:
    if lang == "en":
        pl, sg = R.choice(EN_G)
        gender = "m"
    else:
        pl, sg, gender = R.choice(FR_G)
    if R.random() < p_typo:
        pl = typo(pl)
    s1 = sg.split(" ", 1)[1]
    text = t.replace("{G}", pl).replace("{s1}", s1).replace("{S}", sg[0].upper() + sg[1:]).replace("{s}", sg)
    text = text.replace("{N}", R.choice(NAMES_EN if lang == "en" else NAMES_FR))
    if lang == "fr":
        text = agree(text, gender)
    text = text[0].upper() + text[1:]
    text, reg = decorate(text, lang)
    return [text, lang, labels, kind, reg]


def main() -> None:
    plan: list[tuple[str, list[str], str, str, int, float]] = [
        ("en", EN_SUPPORT, "", "hard_negative", 520, 0.12), ("en", EN_PROTECT, "", "hard_negative", 380, 0.12),
        ("en", EN_NEG, "", "hard_negative", 250, 0.12), ("en", EN_NEUTRAL, "", "hard_negative", 180, 0.1),
        ("en", EN_HATE, IH, "attack", 900, 0.15), ("en", EN_INDIV, "insult", "attack", 330, 0.0), ("en", EN_INDIV_T, "insult threat", "attack", 70, 0.0),
        ("en", EN_RECLAIM, "", "hard_negative", 40, 0.0),
        ("fr", FR_SUPPORT, "", "hard_negative", 520, 0.12), ("fr", FR_PROTECT, "", "hard_negative", 380, 0.12),
        ("fr", FR_NEG, "", "hard_negative", 250, 0.12), ("fr", FR_NEUTRAL, "", "hard_negative", 170, 0.1),
        ("fr", FR_HATE, IH, "attack", 900, 0.15), ("fr", FR_INDIV, "insult", "attack", 330, 0.0), ("fr", FR_INDIV_T, "insult threat", "attack", 70, 0.0),
        ("fr", FR_BANTER, "", "hard_negative", 330, 0.0), ("fr", FR_BANTER_ATTACK, "insult", "attack", 200, 0.0),
    ]
    rows: list[list[str]] = []
    seen: set[str] = set()
    for lang, templates, labels, kind, quota, p_typo in plan:
        got = tries = 0
        while got < quota and tries < quota * 20:
            tries += 1
            t = R.choice(templates)
            lab = labels
            if "threat" not in lab and lab == IH and any(w in t for w in ("stab", "hurt", "wiped", "planter", "faire mal", "rayés", "cage")):
                lab = IHT
            row = fill(t, lang, lab, kind, p_typo=p_typo)
            key = " ".join(row[0].lower().split())
            if key in seen:
                continue
            seen.add(key)
            rows.append(row)
            got += 1
    R.shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "lang", "labels", "kind", "register"])
        w.writerows(rows)
    print(len(rows), "rows;", sum("identity_hate" in r[2] for r in rows), "identity_hate")


if __name__ == "__main__":
    main()
