# ruff: noqa: E501  (template/data lines are kept whole so each comment reads as typed)
"""Generate en_all.csv: English personal-harassment attacks, hard negatives and neutrals.

Deterministic (random.Random(20261125)), standard library only. Re-running rewrites the CSV identically.
See en_all.md for how the rows are made and the label rules.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SEED = 20261125
OUT = Path(__file__).with_name("en_all.csv")
rng = random.Random(SEED)

# ---------------------------------------------------------------- fillers (shared by attacks AND negatives)
NAMES = [
    "Jake", "Emma", "Tyler", "Chloe", "Liam", "Mia", "Noah", "Ava", "Dylan", "Kayla", "Marcus", "Priya",
    "Sofia", "Ethan", "Zoe", "Brandon", "Jess", "Connor", "Maddie", "Aiden", "Leah", "Josh", "Hannah",
    "Ryan", "Olivia", "Caleb", "Grace", "Mason", "Lily", "Kev", "Becca", "Jamal", "Ana", "Luca", "Tom",
    "Ellie", "Harvey", "Amira", "Ben", "Kaitlyn", "Owen", "Nadia", "Sam", "Riley", "Jordan", "Destiny",
    "Callum", "Freya", "Dev", "Ruby", "Nate", "Imogen", "Trev", "Skye", "Max", "Poppy", "Zach", "Isla",
]
SURNAMES = ["Miller", "Hughes", "Patel", "Kowalski", "Bennett", "Okafor", "Walsh", "Carter", "Nguyen",
            "Harper", "Dawson", "Reyes", "Fletcher", "Lindqvist", "Moran", "Ashby", "Pryce", "Garza"]
HANDLE_BITS = ["xX_{}_Xx", "{}_official", "lil{}", "{}.gaming", "{}{}", "its_{}", "{}_ttv", "real{}", "{}__", "{}.x"]
INS_N = [
    "loser", "idiot", "moron", "clown", "freak", "creep", "failure", "joke", "dumbass", "dipshit",
    "dickhead", "asshole", "prick", "twat", "wanker", "tool", "muppet", "weirdo", "bitch", "piece of shit",
    "waste of space", "waste of oxygen", "npc", "bot", "simp", "rat", "snake", "degenerate", "parasite",
    "hypocrite", "attention seeker", "pick-me", "lowlife", "scumbag", "manchild", "brat", "coward", "fraud",
    "cunt", "dork", "nobody", "idiot", "loser", "clown", "dumbass", "jackass", "bellend", "nonce-looking creep",
]
INS_ADJ = [
    "pathetic", "stupid", "useless", "worthless", "braindead", "dumb", "annoying", "cringe", "fake",
    "clueless", "dense", "spineless", "insufferable", "delusional", "irrelevant", "embarrassing",
    "disgusting", "talentless", "boring", "thick", "brainless", "sad", "miserable", "pitiful", "low iq",
]
IQ_THING = ["a potato", "a doorknob", "a goldfish", "a brick", "a traffic cone", "a wet sock", "a spoon",
            "a houseplant", "a rock", "a microwave", "a pigeon", "expired milk"]
HURT = [
    "beat the shit out of you", "smash your face in", "break your legs", "punch your teeth in", "end you",
    "stab you", "jump you", "make you bleed", "fuck you up", "break your jaw", "put you in hospital",
    "crack your skull", "snap your neck", "hurt you so bad", "knock you out cold", "drag you by your hair",
]
WHEN = ["tomorrow", "after school", "on monday", "tonight", "at the bus stop", "after practice",
        "at lunch", "next time i see you", "this weekend", "outside the gym", "after class", "at the party"]
KYS = [
    "kys", "kill yourself", "go kill yourself", "just kys already", "kill urself", "go hang yourself",
    "go jump off a bridge", "drink bleach", "end it already", "unalive yourself", "go unalive urself",
    "do everyone a favour and kill yourself", "just end it", "go die", "k y s", "slit your wrists",
    "rope yourself", "go step in front of a train",
]
NOBODY = [
    "nobody would miss you", "nobody would even notice if you were gone", "the world would be better without you",
    "everyone would be happier if you weren't here", "no one would come to your funeral",
    "your parents would be relieved if you were gone", "why are you still alive",
    "you should just disappear forever", "nobody would care if you died", "the world doesn't need you",
]
STREETS = ["Maple Close", "Birch Avenue", "Oak Road", "Ferndale Street", "Harbour Lane", "Kingsley Drive",
           "Willow Court", "Station Road", "Elm Grove", "Cedar Way", "Beacon Hill Rd", "Mill Lane"]
TOWNS = ["Ashford", "Millbrook", "Riverton", "Eastfield", "Granby", "Lakeside", "Northgate", "Fairview",
         "Kingsport", "Dunmore", "Hollis", "Brackley"]
SCHOOLS = ["Westbrook High", "St. Anne's", "Riverside Academy", "Lincoln Middle", "Northgate Comp",
           "Oakwood High", "Fairview Academy", "Kingsport Secondary", "Hollis Prep", "Eastfield College"]
WORKPLACES = ["the Tesco on Station Road", "Brackley Dental", "the Riverside call centre", "Dunmore Motors",
              "the council office", "Starbucks on Mill Lane", "the Granby library", "Lakeside Vets"]
APPS = ["insta", "snap", "tiktok", "discord", "the gc", "the group chat", "twitter", "whatsapp", "the server"]
GAMES = ["fifa", "fortnite", "valorant", "cod", "minecraft", "rocket league", "mario kart", "apex",
         "league", "overwatch", "smash", "2k", "roblox", "among us"]
TEAMS = ["Arsenal", "the Lakers", "Liverpool", "the Yankees", "Chelsea", "the Eagles", "United", "City",
         "the Warriors", "Spurs", "the Rangers", "our rivals"]
SUBJECTS = ["maths", "chemistry", "history", "english", "biology", "french", "physics", "art", "geography"]
EMO_ATK = ["💀", "😂", "🤡", "🖕", "🤣", "😹", "🙄", "💅", "🤢", "😬"]
EMO_NEG = ["💀", "😂", "🤡", "😭", "🤣", "🔥", "❤️", "🙏", "😅", "👀", "💯", "🥲"]


def phone() -> str:
    """Invented phone number in a reserved/fictional range."""
    return rng.choice([
        f"07700 900{rng.randint(0, 999):03d}", f"555-01{rng.randint(0, 99):02d}",
        f"(555) 01{rng.randint(0, 99):02d}", f"07700900{rng.randint(0, 999):03d}",
    ])


def addr() -> str:
    return f"{rng.randint(1, 240)} {rng.choice(STREETS)}"


def ip() -> str:
    return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"


def plate() -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    return (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 73)} "
            f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}")


def handle() -> str:
    pat = rng.choice(HANDLE_BITS)
    n = rng.choice(NAMES).lower()
    return "@" + (pat.format(n, rng.randint(1, 2010)) if pat.count("{}") == 2 else pat.format(n))


DYN: dict[str, Callable[[], str]] = {
    "name": lambda: rng.choice(NAMES), "name2": lambda: rng.choice(NAMES),
    "fullname": lambda: f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}",
    "h": handle, "phone": phone, "addr": addr, "ip": ip, "plate": plate,
    "num": lambda: str(rng.randint(2, 40)), "age": lambda: str(rng.randint(12, 16)),
}
POOLS: dict[str, list[str]] = {
    "n": INS_N, "adj": INS_ADJ, "thing": IQ_THING, "hurt": HURT, "when": WHEN, "kys": KYS, "nobody": NOBODY,
    "town": TOWNS, "school": SCHOOLS, "work": WORKPLACES, "app": APPS, "game": GAMES, "team": TEAMS,
    "subj": SUBJECTS, "street": STREETS,
}


def fill(tpl: str) -> str:
    """Replace every {slot} with a random filler."""
    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in DYN:
            return DYN[key]()
        return rng.choice(POOLS[key])
    return re.sub(r"\{(\w+)\}", sub, tpl)


def add_pools(extra: dict[str, list[str]]) -> None:
    POOLS.update(extra)


# ---------------------------------------------------------------- obfuscation
LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1", "g": "9"}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}  # Cyrillic look-alikes
TRIGGERS = [
    "kill yourself", "kill urself", "kill myself", "kys", "kms", "fucking", "fuck", "shit", "bitch", "cunt",
    "twat", "wanker", "asshole", "dickhead", "dipshit", "dumbass", "idiot", "moron", "loser", "clown",
    "retard", "slut", "whore", "thot", "nudes", "pig", "whale", "cow", "fat", "ugly", "die", "dead", "kill",
    "stab", "hang", "bleach", "stfu", "gtfo", "pathetic", "worthless", "stupid", "disgusting", "freak",
    "creep", "simp", "prick", "bastard", "damn", "hell", "ass", "boobs", "tits", "pics", "address",
    "nobody", "kick", "block", "spam", "report", "ignore", "invite", "miss", "alive", "naked", "strip", "virgin",
    "skirt", "rape", "bullet", "shot", "burn", "rope", "skeleton", "acne", "ugly", "jump", "number", "ratio",
    "trash", "garbage", "noob", "bot", "kids", "house", "hurt", "punch", "smash", "hospital", "nude", "onlyfans",
    "underwear", "sexy", "hoe", "slag", "skank", "useless", "dumb", "annoying", "weirdo", "cringe", "disgrace",
    "alone", "regret", "shame", "leave", "unfollow", "chat", "run", "lesson", "bus", "fire", "kitchen", "die", "cancer",
]
TRIG_RE = re.compile(r"\b(" + "|".join(re.escape(t) for t in TRIGGERS) + r")\b", re.IGNORECASE)


def obf_word(w: str) -> str:
    """Disguise one word the way people dodge filters."""
    method = rng.choice(["leet", "leet", "space", "star", "star", "homo", "dots", "stretch"])
    if method == "leet":
        out = "".join(rng.choice(LEET[c]) if c in LEET and rng.random() < 0.7 else c for c in w)
        return out if out != w else w.replace(w[0], rng.choice(LEET.get(w[0], "*")), 1)
    if method == "space":
        return " ".join(w)
    if method == "dots":
        return rng.choice([".", "-", "_"]).join(w)
    if method == "star":
        if len(w) <= 3:
            return w[0] + "*" * (len(w) - 1)
        inner = list(w[1:-1])
        idx = [i for i, c in enumerate(inner) if c.lower() in "aeiou"] or [0]
        for i in rng.sample(idx, k=max(1, len(idx) if rng.random() < 0.5 else 1)):
            inner[i] = "*"
        return w[0] + "".join(inner) + w[-1]
    if method == "homo":
        out = "".join(HOMO[c] if c in HOMO and rng.random() < 0.6 else c for c in w)
        return out if out != w else w + "\u200b"
    # stretch
    i = rng.randrange(len(w))
    return w[: i + 1] + w[i] * rng.randint(2, 5) + w[i + 1:]


EMOJI_SUB = {"pig": "🐷", "kill": "🔪", "die": "🪦", "dead": "💀", "clown": "🤡", "whale": "🐋", "cow": "🐄",
             "rat": "🐀", "snake": "🐍", "fuck": "🖕", "trash": "🗑️", "stab": "🔪", "knife": "🔪"}


def obfuscate(text: str) -> str:
    """Obfuscate one trigger word in text (or return text unchanged if none)."""
    hits = list(TRIG_RE.finditer(text))
    if not hits:
        return text
    m = rng.choice(hits)
    word = m.group(0)
    if word.lower() in EMOJI_SUB and rng.random() < 0.35:
        return text[: m.start()] + EMOJI_SUB[word.lower()] + text[m.end():]
    return text[: m.start()] + obf_word(word) + text[m.end():]


# ---------------------------------------------------------------- registers
SMS_RULES: list[tuple[str, list[str], float]] = [
    (r"shut the fuck up", ["stfu"], 0.95), (r"get the fuck out( of here)?", ["gtfo"], 0.95),
    (r"kill yourself", ["kys"], 0.7), (r"oh my god", ["omg", "omfg"], 0.9), (r"what the fuck", ["wtf"], 0.9),
    (r"i don'?t know", ["idk"], 0.9), (r"to be honest", ["tbh"], 0.9), (r"in my opinion", ["imo"], 0.9),
    (r"for real", ["fr"], 0.8), (r"laughing", ["lmao"], 0.0), (r"you are", ["ur", "u r"], 0.9),
    (r"you're", ["ur", "youre", "u r"], 0.9), (r"your", ["ur", "ya"], 0.9), (r"yourself", ["urself"], 0.9),
    (r"you", ["u", "u", "ya"], 0.9), (r"are", ["r"], 0.8), (r"because", ["cuz", "bc", "coz"], 0.9),
    (r"please", ["pls", "plz"], 0.9), (r"people", ["ppl"], 0.9), (r"really", ["rly", "rlly"], 0.8),
    (r"tonight", ["2nite", "tn"], 0.8), (r"tomorrow", ["tmrw", "tmr", "2moro"], 0.9), (r"before", ["b4"], 0.8),
    (r"great", ["gr8"], 0.6), (r"thanks", ["thx", "ty"], 0.9), (r"okay", ["ok", "k"], 0.9), (r"with", ["w", "wiv"], 0.6),
    (r"something", ["smth", "sumthin"], 0.8), (r"nothing", ["nth", "nuthin"], 0.7), (r"going to be", ["gonna be"], 0.9),
    (r"want to", ["wanna"], 0.9), (r"don't", ["dont", "dnt"], 0.9), (r"i'm", ["im"], 0.9), (r"can't", ["cant", "cnt"], 0.9),
    (r"won't", ["wont"], 0.9), (r"doesn't", ["doesnt"], 0.9), (r"that's", ["thats"], 0.9), (r"what", ["wat", "wot"], 0.5),
    (r"see", ["c"], 0.6), (r"why", ["y"], 0.6), (r"be", ["b"], 0.5), (r"to", ["2"], 0.25), (r"for", ["4"], 0.35),
    (r"love", ["luv"], 0.6), (r"girl", ["gurl"], 0.3), (r"talk to you later", ["ttyl"], 0.9),
    (r"right now", ["rn"], 0.9), (r"by the way", ["btw"], 0.9), (r"never mind", ["nvm"], 0.9),
    (r"seriously", ["srsly"], 0.7), (r"message", ["msg"], 0.8), (r"and", ["n", "&"], 0.4),
    (r"the", ["da", "teh"], 0.1), (r"though", ["tho"], 0.9), (r"later", ["l8r"], 0.7), (r"everyone", ["evry1"], 0.5),
    (r"someone", ["sum1", "some1"], 0.5), (r"whatever", ["wtv", "watevs"], 0.8), (r"probably", ["prob", "prolly"], 0.8),
]
SMS_RE = [(re.compile(r"\b" + p + r"\b", re.IGNORECASE), r, pr) for p, r, pr in SMS_RULES]


def to_sms(text: str) -> tuple[str, int]:
    """Rewrite text in heavy SMS spelling; return it and the number of rewrites."""
    n = 0
    for rx, repl, pr in SMS_RE:
        def sub(m: re.Match[str], repl: list[str] = repl, pr: float = pr) -> str:
            nonlocal n
            if rng.random() < pr:
                n += 1
                return rng.choice(repl)
            return m.group(0)
        text = rx.sub(sub, text)
    text = text.replace("'", "") if rng.random() < 0.8 else text
    text = text.lower() if rng.random() < 0.85 else text
    text = re.sub(r"[.]$", "", text)
    if rng.random() < 0.3:
        text = text.replace(",", "")
    return text, n


def teenify(text: str, emo: list[str]) -> str:
    if rng.random() < 0.65:
        text = text.lower()
    text = re.sub(r"\.$", "", text)
    if rng.random() < 0.3:
        text += " " + rng.choice([*emo, "lmao", "fr", "bro", "ngl", "ong", "lol", "😭", "no cap"])
    if rng.random() < 0.08:
        words = text.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if w and w[-1].isalpha():
            words[i] = w + w[-1] * rng.randint(2, 5)
        text = " ".join(words)
    if rng.random() < 0.05:
        text = text.upper()
    return text


def adultify(text: str) -> str:
    text = text[0].upper() + text[1:] if text else text
    text = re.sub(r"\bi\b", "I", text)
    text = re.sub(r"\bi'", "I'", text)
    if text and text[-1].isalnum() and rng.random() < 0.75:
        text += "."
    return text


def style(text: str, ctx: str, attack: bool) -> tuple[str, str]:
    """Apply a register to a filled template; return (text, register)."""
    emo = EMO_ATK if attack else EMO_NEG
    base = ctx if ctx in ("teen", "adult") else rng.choice(["teen", "teen", "adult"])
    p_sms = 0.42 if base == "teen" else 0.15
    if rng.random() < p_sms:
        t, n = to_sms(text)
        if n >= 2 or (n == 1 and len(t) < 40):
            if rng.random() < 0.2:
                t += " " + rng.choice(["lol", "lmao", "smh", "tbh", "fr", "rn", "ffs", "jk"] if not attack
                                      else ["lol", "lmao", "smh", "tbh", "fr", "rn", "ffs", *emo[:3]])
            return t, "sms"
    if base == "teen":
        return teenify(text, emo), "teen"
    return adultify(text), "adult"


# ---------------------------------------------------------------- attack templates: bucket -> [(ctx, labels, template)]
Tpl = tuple[str, str, str]


def T(ctx: str, labels: str, *tpls: str) -> list[Tpl]:
    return [(ctx, labels, t) for t in tpls]


add_pools({
    "body": ["fat pig", "whale", "fatass", "lard ass", "pizza face", "cow", "landwhale", "beached whale",
             "stick insect", "skeleton", "hippo", "blob", "fat cow", "walking skeleton", "troll face", "ugly rat"],
    "feat": ["that double chin", "your acne", "those teeth", "your nose", "that forehead", "your belly",
             "those thighs", "your unibrow", "your rolls", "those stick legs", "your moobs", "that hairline",
             "your crooked teeth", "those arms", "your stretch marks", "your braces"],
    "sexd": ["send nudes", "send me pics", "show me your boobs", "show me what's under that top",
             "send something spicy", "send a pic without the hoodie", "show me your ass", "send feet pics",
             "take it off", "show more skin"],
    "sexr": ["nice tits", "nice ass", "i'd smash", "bet you're a freak in bed", "sit on my face",
             "you'd look better naked", "i wanna see you bent over", "i'd ruin you", "those lips tho 🤤",
             "wife material if you'd shut up and strip", "bet you taste good", "show me what that mouth can do"],
    "slutw": ["slut", "whore", "thot", "hoe", "skank", "slag"],
})

ATTACK_SRC: dict[str, tuple[list[Tpl], ...]] = {}

ATTACK_SRC["insult"] = (
    T("any", "insult",
      "{name} you're such a {n}", "you are the most {adj} {n} i've ever seen", "imagine being this {adj}",
      "shut up you {adj} {n}", "stfu {name} nobody asked", "who asked? literally no one. {adj} {n}",
      "{name} is a {adj} {n} and everyone knows it", "get out of here you {n}", "your mum must be so ashamed of you",
      "you have the iq of {thing}", "you're not even worth the effort, {n}", "{name} = {n}. end of story",
      "no one cares about your opinion you {adj} {n}", "you're a disgrace, {name}", "delete your account you {n}",
      "ratio + you're a {n} + nobody likes you", "you're so {adj} it's actually painful to watch",
      "every word out of your mouth is garbage", "typical {n} behaviour from {name}",
      "sit down {name}, the adults are talking", "{h} you are genuinely {adj}. log off",
      "you're a {n} and you'll always be a {n}", "{name} 🤡🤡🤡", "🖕 {name}", "you absolute {n}",
      "what a {adj} {n}", "dumb {n}", "{adj} {n}", "{h} {adj} {n} lol", "go cry about it, {n}",
      "the fact that you breathe the same air as me is disgusting", "you're a walking L, {name}",
      "you're literally the dumbest person alive", "nobody likes you {name}, you're a {n}",
      "your personality is as {adj} as your face", "{name} you talk so much shit for a {n}",
      "bro is a certified {n} 💀", "how are you this {adj}", "congrats on being the biggest {n} here",
      "you're so {adj} that {thing} would beat you in a debate", "go back under your rock, {n}",
      "i've met smarter {thing}s... wait no, you're dumber than {thing}", "get a life you {adj} {n}",
      "can you be any more {adj}? genuinely asking", "this {n} really thought he was somebody",
      "you're the reason shampoo has instructions", "absolute {n} energy from {name} as usual",
      "you were a mistake", "ur mom should've swallowed", "you're nothing but a {adj} little {n}",
      "{name}: exists. everyone: 🙄 what a {n}", "who let this {n} talk", "{name} ur a {n} and u know it",
      "honestly {name} you're the most {adj} person in this whole school",
      ),
    T("teen", "insult",
      "lmao look at this {n} trying to act cool", "this {n} really thought he could sing 💀",
      "bro you're trash at {game}, uninstall you {n}", "0 kills again? you're actually {adj}",
      "literal bot, go back to roblox kid", "you sound like a 12 year old {n} on mic",
      "report this {n} jungler, useless", "{name} is the most {adj} kid in our {subj} class",
      "everyone in year 9 knows {name} is a {n}", "{name} cried in {subj} again what a {n}",
      "this is why nobody sits with you at lunch, {n}", "your tiktoks are as {adj} as you are",
      "ur so {adj} {name} even the teachers hate u", "imagine getting carried every game, {adj} {n}",
      "@{name} stop posting, you're {adj}", "your voice is so annoying you {n} 🙄",
      "{name} really posted that and thought it was good? {adj} {n}", "muted, you {adj} {n}",
      "bro plays {game} like {thing} 💀 {n}", "kid ur a {n}, go do ur homework",
      "no one in this server likes you {name}", "{name}'s the class {n} fr",
      "your edits are mid and so are you, {n}", "{h} ur actually the most {adj} streamer ever",
      ),
    T("adult", "insult",
      "only a complete {n} would write this", "your comment proves you're an absolute {n}",
      "what a {adj} {n}. blocked", "you're a sad, bitter little {n} and everyone at the office can see it",
      "honestly {name}, you're the most {adj} person i've ever worked with",
      "can't believe they hired a {n} like you", "people like you are the reason nothing works, you {adj} {n}",
      "you're an embarrassment to your family, {name}", "every time you open your mouth you prove you're a {n}",
      "you're a {adj} excuse for a manager", "go back to your basement, {n}",
      "i pity your kids, having a {n} like you for a parent", "you're a fraud and a {n}, {name}",
      "{name} from accounts is a spineless {n}", "you're too {adj} to understand a simple sentence",
      "nobody at this school gate can stand you, {name}", "you are a vile, {adj} human being",
      "what a {adj} thing you are", "you're a joke of a teacher, {name}",
      "{fullname} is the most {adj} {n} in {town}", "my god you're {adj}. get off the internet",
      ),
)
ATTACK_SRC["threat"] = (
    T("any", "threat",
      "i'm gonna {hurt} {when}", "watch your back {name}", "see you {when} 🔪", "{name} you're dead {when}",
      "we're going to find you", "i hope you get hit by a bus", "i hope you die in a fire",
      "wait till i catch you alone", "i'll burn your house down", "i'll slash your tyres",
      "me and the boys are gonna jump you {when}", "keep talking and see what happens 🔪",
      "one more word and i'll put you in the hospital", "sleep with one eye open {name}",
      "next time i see you i'm breaking your jaw", "i swear to god i'll kill you {name}. you're done",
      "you won't make it home {when}", "i'll {hurt}, that's a promise", "🔪🔪🔪 {name}", "🔪 {when}",
      "{name} better not show up {when} or i'll {hurt}", "i hope someone breaks your neck",
      "you're gonna regret this when i {hurt}", "you better run {name}", "say that again and i'll {hurt}",
      "i'm coming for you {name}", "i'll find you and {hurt}", "hope your house burns down with you in it",
      "i hope you get cancer and die", "i'll make sure you never walk again", "count your days {name} 🪦",
      "you're next 🔪", "i will hurt you. that's not a joke", "watch what happens to your dog",
      "i'll smash your phone and then your face", "i hope your plane crashes",
      ),
    T("teen", "threat",
      "you better not come to school monday or else", "catch me outside {when}, i'll {hurt}",
      "everyone meet behind the gym {when}, {name}'s getting jumped", "ur getting stabbed {when} fr",
      "i'll {hurt} in front of the whole class", "bring ur friends, ur still getting hurt {when}",
      "{name} i know ur bus route. see u {when}", "we're waiting for u at the gates {when} 👀🔪",
      "snitch again and ur dead", "tell a teacher and i'll {hurt}",
      ),
    T("adult", "threat",
      "people like you deserve to be shot", "someone should put a bullet in this guy",
      "i know your car, i know your route home", "your kids should be careful walking to school",
      "it would be a shame if something happened to your shop", "i'll be waiting outside your office, {name}",
      "i know where you work. see you friday", "someone needs to teach you a lesson you won't forget",
      "i'd love to see you hanging from a lamppost", "you'll get what's coming to you, i'll make sure of it",
      "your car won't look so nice with the windows smashed in", "i will find out where you live and deal with you",
      ),
    T("any", "threat doxxing",
      "i know where you live, {addr}. see you soon", "{addr}, right? i'll be there {when}",
      "nice house on {street}. would be a shame if it burned", "i know you're at {school}. watch yourself",
      ),
)
ATTACK_SRC["self_harm_incitement"] = (
    T("any", "self_harm_incitement",
      "{kys}", "{kys} {name}", "{name} {kys}", "{nobody}", "{nobody}, {name}", "{kys}. {nobody}",
      "just {kys}", "{kys} lol", "seriously {kys}", "do us all a favour and {kys}", "{kys} 🪦",
      "{kys}, no one will stop you", "{nobody} so do it", "{name} honestly {nobody}", "{kys} pls",
      "why don't you just {kys}", "if i were you i'd {kys} tbh", "cut deeper next time",
      "rope is cheap {name}", "do it. {nobody}", "when are you gonna {kys}? asking for everyone",
      "everyone's waiting for you to {kys}", "{nobody}. think about it", "🪦 when?", "🪦🪦 {name}",
      "you should've done it last time", "{name} just do it already, {nobody}",
      "no one would cry if you killed yourself", "you'd be doing the world a favour if you died",
      "the bridge is that way {name} 👉", "pls end yourself", "you don't deserve to live",
      "nobody wants you alive", "go back to cutting yourself, it suited you",
      ),
    T("any", "self_harm_incitement insult",
      "you're a {adj} {n}, {kys}", "ur so {adj}, {kys}", "{adj} {n}. {kys}", "{name} you {n}, {kys}",
      "you're such a {n} that {nobody}", "{kys} you {adj} {n}", "imagine being this {adj}. {kys}",
      ),
    T("teen", "self_harm_incitement",
      "lose again and {kys}", "ur so bad at {game} just {kys}", "{kys} noob", "gg {kys}",
      "{name} got dumped lmao {kys}", "comment section: {kys} {name}", "@{name} {kys} fr",
      "everyone in the gc agrees {nobody}",
      ),
    T("any", "self_harm_incitement body_shaming",
      "if i looked like you i'd {kys}", "with a face like that i'd {kys}", "fat and ugly, just {kys}",
      ),
    T("any", "self_harm_incitement exclusion",
      "nobody wants you in this group, {kys}", "we all left the chat so {nobody}",
      ),
)
ATTACK_SRC["doxxing"] = (
    T("any", "doxxing",
      "{name}'s address is {addr}, go say hi", "here's her number {phone}, spam her",
      "{name} goes to {school}, find her", "his real name is {fullname}, he lives in {town}",
      "i'm leaking your address if you don't delete that video", "got his ip: {ip} 😂",
      "i found your mom's facebook, want me to send her these screenshots?",
      "her number is {phone}, she's single lol text her", "this is the car he drives, plate {plate}",
      "{h} is actually {fullname}, {addr}, {town}", "everyone text {phone} and tell him what you think",
      "posting your real name and school on my story tonight {name}", "i have your address. {addr}",
      "{name} lives at {addr}. just saying", "ur ip is {ip}, u want me to post it?",
      "dropping {h}'s home address in 10 likes", "this is {name}'s dad's number {phone}, call him",
      "she works at {work}, go leave reviews about her", "{name} from {school} — {addr}, spam her door",
      "want me to tell everyone where you live? {street} right?", "doxxed: {fullname}, {phone}, {school}",
      "he's at {work} every morning, go tell him yourself", "found her linkedin, sending this to her boss",
      "i'll post your old pics with your real name if you don't stop",
      "{fullname}. {addr}. {phone}. have fun everyone",
      "her parents' number is {phone} lmao someone call them", "ur school is {school} and ur in year {num}. see u",
      "i know your real name {name}. want me to share it?", "posting his number in every server, {phone}",
      ),
    T("any", "doxxing sexual_harassment",
      "posting {name}'s nudes in the gc tonight", "sending your pics to everyone at {school}",
      "i'll send your nudes to your mum, {phone} right?",
      ),
    T("any", "doxxing threat",
      "i know where you live {name}, {addr}. you're dead", "{addr}. i'm coming tonight",
      ),
    T("any", "doxxing exclusion",
      "everyone spam {name} at {phone}, let's make her leave", "raid time: {name}'s number is {phone}",
      ),
)
ATTACK_SRC["body_shaming"] = (
    T("any", "insult body_shaming",
      "{name} is a {body}", "lose some weight you {body}", "who let the whale out 🐳", "you {body}",
      "shut up {body}", "{name} the {body} 🐷", "moo moo {body} 🐄", "oink oink 🐷🐷", "🐷🐷🐷 {name}",
      "{body} alert 🚨", "get off the screen you {body}", "nobody wants to see your {body} body",
      "{h} {body} lol", "go eat another burger you {body}", "ok {body}", "{name} ur a {body} fr",
      "imagine being a {body} and posting bikini pics", "put the fork down {body}", "🐋🐋 {name}",
      "you look like a {body} in that dress", "{body} with a phone 💀", "my man looks like a thumb",
      ),
    T("any", "body_shaming",
      "you're so ugly your mirror cracks", "that acne though 🤢", "ur so skinny u look like a skeleton",
      "your teeth are so yellow lmao", "have you tried not eating for once", "look at {feat} 🤢",
      "no wonder nobody dates you, look at your face", "she's built like a fridge",
      "put a bag over your head", "{feat} is disgusting", "bro has a forehead like a billboard",
      "{name} has {feat}, how do you even leave the house", "did you get hit by the ugly truck",
      "you need a gym membership and a new face", "short and fat, what a combo",
      "how can someone be this ugly", "the camera adds 10 pounds, what's your excuse",
      "{name} ur legs are like toothpicks 💀", "delete this, nobody needs to see {feat}",
      "your body is the reason people go blind", "stop posting selfies {name}, ur ugly af",
      "bro is 5'2 and thinks he's a man", "eww {feat}", "the double chin in every photo 😭",
      "manboobs bigger than my mum's", "ur so ugly even ur filter gave up", "cover up, nobody wants to see that body",
      ),
    T("teen", "body_shaming",
      "{name} showered in the PE changing room and everyone saw {feat} 🤢",
      "{name}'s {feat} in the class photo lmaooo", "acne face {name} sat next to me in {subj} 🤮",
      ),
    T("adult", "body_shaming",
      "she really let herself go after the kids", "with that weight he shouldn't be allowed on a plane",
      "no man will ever want a woman built like that", "you're too fat to be a personal trainer",
      "balding at 25, no wonder your wife left",
      ),
    T("any", "body_shaming insult",
      "fat {n}", "ugly {n}", "{adj} fat {n}", "you ugly {adj} {n}", "ugly af and a {n} too",
      ),
)
ATTACK_SRC["exclusion"] = (
    T("any", "exclusion",
      "nobody talk to {name} anymore", "everyone unfollow {name}", "kick {name} from the gc",
      "{name} isn't invited, don't tell her about the party", "if you sit with {name} you're out of the group too",
      "let's all leave the server when {name} joins", "block her everyone, spread it",
      "don't pick {name} for your team, nobody wants him", "mass report {h} 🚨 let's get this account banned",
      "everyone go spam her comments", "ignore {name} at lunch tomorrow, pass it on",
      "we made a new group chat without {name} 😂", "{name} you're not welcome here, leave",
      "nobody wants you here", "vote {name} out of the club", "everyone report {h}, make her delete",
      "remove {name} from {app}, nobody likes her", "don't invite {name} to anything ever again",
      "whoever talks to {name} is getting kicked too", "we're all leaving if {name} stays",
      "go to {h}'s latest post and flood it 🤡🤡", "pass it on: nobody sits with {name}",
      "{name}'s banned from our table", "don't let {name} in the vc", "unfriend {name}, she's done",
      "everyone block {name} at the same time lol", "let's all pretend {name} doesn't exist",
      "{name} isn't part of the group anymore, don't add her back", "nobody reply to {name}",
      "all of us are ignoring you now {name}", "tell everyone not to partner with {name} in {subj}",
      "raid {h}'s live tonight, 8pm", "leave the chat every time {name} posts 😂",
      ),
    T("adult", "exclusion",
      "let's all make sure {name} doesn't get invited to the christmas party",
      "everyone in the PTA should stop talking to her", "flood her reviews with 1 stars, everyone",
      "nobody on the team should help {name} with anything, let her fail",
      "i've told the other mums not to invite her kids to anything",
      "everyone go leave a comment on {name}'s business page", "let's freeze {name} out of the meetings",
      ),
    T("any", "exclusion insult",
      "nobody wants a {n} like you here, leave", "kick the {n} from the gc", "everyone ignore {name}, she's a {n}",
      "{name}'s a {adj} {n}, nobody talk to him", "unfollow {h}, {adj} {n}",
      ),
)
ATTACK_SRC["sexual_harassment"] = (
    T("any", "sexual_harassment",
      "{sexd}", "{name} {sexd}", "{sexd} babe", "hey {sexd} 😏", "{sexr}", "{sexr} {name}",
      "{sexd} or i'll tell everyone you did anyway", "how much for a night", "dm me, {sexd}",
      "u up? {sexd}", "what colour is your underwear", "you'd be prettier if you smiled and took that top off",
      "bend over", "{sexr} 🥵", "your onlyfans when?", "the way you move 🤤 dm me", "{sexd} 🍆",
      "rate your body 10/10 would ruin", "sit on my lap and we'll talk about your grade",
      "i'm gonna post the pics you sent me if you don't {sexd}", "{sexd} or your pics go public",
      "send more or i send these to your parents", "i know you want it, stop pretending",
      "bet you moan loud", "i'm thinking about you in that skirt, send a pic", "nice legs, where do they end 😏",
      "why are you ignoring me? {sexd}", "{sexd}. i won't show anyone i promise 😇",
      "stop acting shy, {sexd}", "i'll pay you to {sexd}",
      ),
    T("teen", "sexual_harassment",
      "you're {age}? age is just a number 😏", "shake it again 🥵", "ur {age} but built like 20 😍 dm me",
      "{name} send me a pic in your school uniform", "bet ur a virgin lol, want me to fix that",
      "{name} from {subj} has the best ass in our year 🍑", "everyone rate {name}'s body in the comments",
      "saw ur story in the bikini, {sexd}", "i'll give u robux if u {sexd}", "add me on snap, {sexd}",
      ),
    T("adult", "sexual_harassment",
      "with a body like that you should be on my desk, not behind it", "wear the tight skirt tomorrow, for me",
      "you'd get promoted faster if you were nicer to me, if you know what i mean",
      "i saw your dating profile, {sexd}", "love the yoga videos, i replay the stretching part 🤤",
      ),
    T("any", "sexual_harassment insult",
      "you're such a {slutw}", "{name} is a {slutw}", "{slutw} 🤮", "dirty little {slutw}",
      "everyone knows {name} is the school {slutw}", "shut up {slutw}", "ok {slutw} {sexd}",
      ),
)
ATTACK_SRC["sexual_harassment"] += (T("any", "threat sexual_harassment",
    "i'd rape you", "keep ignoring me and i'll come take what i want", "i'll find you and do what i want to you",
    "one day i'll get you alone {name} 😈",
),)
ATTACK_SRC["identity_hate"] = (
    T("any", "identity_hate insult",
      "go back to your country you {n}", "you're only on the team because you're a girl, go make a sandwich",
      "gay ass {n}", "you're such a retard", "typical muslim {n}", "no women in my lobby, go back to the kitchen",
      "shut up you tranny freak", "ur autistic af lmao {n}", "stop being such a f*g {name}",
      "{name} is a paki {n}",
      ),
)


# ---------------------------------------------------------------- non-harmful templates: bucket -> [(ctx, kind, template)]
add_pools({
    "song": ["this song", "the new album", "that chorus", "the bridge", "this remix", "the drop", "this beat",
             "the live version", "this cover", "the intro"],
    "artist": ["Taylor", "Drake", "Billie", "the Arctic Monkeys", "Dua Lipa", "Kendrick", "Olivia", "Coldplay",
               "SZA", "Harry", "Stormzy", "Beyoncé", "Sabrina", "the band"],
    "food": ["pizza", "tacos", "ramen", "pancakes", "a burger", "sushi", "chicken nuggets", "a kebab",
             "mac and cheese", "pho", "chips", "cookies"],
    "thingc": ["this video", "the editing", "the thumbnail", "this recipe", "the article", "the ending",
               "the new update", "this episode", "the sound mix", "the plot", "this policy", "the new logo",
               "the sequel", "this tutorial", "the lighting", "the script", "this song", "the menu redesign"],
    "critq": ["way too long", "kind of lazy tbh", "honestly weak", "trash compared to the first one", "so boring",
              "a mess", "clickbait", "badly researched", "really confusing", "overrated", "awful", "stupid",
              "garbage", "painfully slow", "pretty mid", "a disaster", "cringe", "lazy and predictable"],
    "compl": ["amazing", "so talented", "gorgeous", "adorable", "incredible", "hilarious", "so cool",
              "stunning", "iconic", "underrated", "so wholesome", "brilliant", "unreal", "goated"],
    "animal": ["pig", "cow", "whale", "hippo", "rat", "snake", "goat", "donkey", "chicken", "sloth", "pug"],
})

NEG: dict[str, list[Tpl]] = {}


def N(ctx: str, kind: str, *tpls: str) -> list[Tpl]:
    return [(ctx, kind, t) for t in tpls]


H = "hard_negative"
NEG["profanity"] = N("any", H,
    "holy shit this is amazing", "fucking finally", "damn this slaps", "{song} goes fucking hard",
    "wtf that ending 😭", "shit, i forgot my {subj} homework again", "hell yeah!!", "fuck mondays",
    "bitching about the weather again, sorry guys", "this traffic is such bullshit", "god damn what a goal",
    "what the fuck did i just watch 😂 this is genius", "that's a badass tattoo", "shit just got real",
    "i'm so fucking proud of this team", "fuck yes we won", "the bass on this is stupid good", "this is sick af",
    "no fucking way 😱 congrats!!", "stfu this is so cute 😭", "shut up i love this so much", "i'm dead 💀😂",
    "this bitch of a printer jammed again", "son of a bitch, i stubbed my toe", "fuck, i missed the bus",
    "holy fuck {artist} really did that", "damn girl you ate this 🔥", "this shit is fire", "oh hell no, it's raining again",
    "fucking hell the queue at the post office", "my wifi is shit today", "ass o'clock in the morning and i'm still up",
    "this cake is fucking delicious", "fuck cancer. stay strong auntie ❤️", "shit shit shit i overslept",
    "screw it, ordering {food} again", "bloody hell that was close", "damn, this {game} update is insane",
    "{artist} is fucking iconic", "the absolute state of my kitchen lol, what a shitshow", "pissing down all day",
    "life's a bitch sometimes, but we keep going", "🖕 mondays", "🖕 to cancer, she beat it!!",
    "flipping off the rain 🖕☔", "fuck off winter, nobody asked for you ❄️", "that drop is nasty 🔥", "fuck it we ball",
    "i'm so damn tired", "crap, left my charger at school", "omg shut up, you got the job?? congrats!!",
    "what the hell is this weather", "motherfucking finally friday", "bruh this is fucked up, my order got lost",
    "stfu no way, {name} you're engaged?!", "this is some next level shit 👏",
)
NEG["banter"] = N("any", H,
    "i'm gonna destroy you at {game} tonight lol", "you killed it!", "you absolutely murdered that set 🔥",
    "gg ez... jk you played well", "we're gonna smash {team} on saturday, get ready 😤", "{name} you killed it on stage",
    "you're such an idiot lmao i love you", "shut up {name} 😂 you're the best", "you're dead meat in the next round 😂",
    "prepare to get wrecked at {game} loser buys {food}", "rematch tomorrow, loser buys {food}",
    "you're going down on sunday, no mercy 😤", "bro you slayed", "that outfit is killer", "she's a beast on the court",
    "you're a monster at {game} fr", "you crushed that exam", "{name} you absolute legend", "you clown 😂 that was hilarious",
    "i'll kill you if you spoil the finale lol", "my mum's gonna kill me when she sees this grade",
    "{team} are getting destroyed this weekend, mark my words", "we're gonna bury {team} 🔥",
    "you're lucky i lagged, rematch now", "lmao {name} you muppet, you left your bag on the bus again 😂",
    "you little shit, you actually beat me 😂 gg", "{name} is an absolute menace on {game} i love her",
    "i'm gonna murder this karaoke tonight", "she slaughtered that solo", "you nailed it, {name}!",
    "{name} you're so dumb for this 😭😭 love you", "this squad is unstoppable, {team} don't stand a chance",
    "ok that was a sick shot, i hate you 😂", "get rekt {name} 😂 good game tho", "bro is cooking 🔥",
    "our defense is gonna eat {team} alive", "see you on the pitch, prepare to lose 😤⚽",
    "dumbass you forgot your keys again 😂 i'll let you in", "you weirdo, i love it", "i'll fight you for the last slice 🍕",
    "{name} you cheeky bastard, congrats on the promotion!", "we absolutely annihilated them, gg boys",
    "you're the worst, you ate my fries 😤 (i still love u)", "lmao {name} you nerd, you actually read the whole book",
)
NEG["counter"] = N("any", H,
    "leave her alone, this is bullying", "telling someone to kys is never ok", "stop calling him fat, it's not funny",
    "reported. nobody deserves this", "posting someone's address is dangerous, take it down",
    "guys stop spamming her comments, it's a pile-on", "if you wouldn't say it to her face don't type it",
    "body shaming isn't a joke", "{name} didn't deserve any of this, we stand with her",
    "asking a 14 year old for pics is a crime, reported", "don't leave {name} out, invite everyone",
    "the people saying 'kys' under this video need to log off and reflect", "calling someone a whale is cruel, stop",
    "stop sharing {name}'s number, it's not yours to share", "it's not banter if only one side is laughing",
    "everyone ganging up on one kid is disgusting behaviour. stop", "threatening people online is still a threat",
    "to whoever wrote 'nobody would miss you': people would. we would. {name}, we're here",
    "you don't get to comment on her body. ever", "reporting every comment that calls her a slut",
    "please don't dox people, even if you disagree with them", "excluding someone from the group chat on purpose is bullying",
    "mods please delete the comments with her address", "sending nudes requests to minors is illegal, reported to the platform",
    "you can criticise the video without insulting the creator", "be kind. you don't know what {name} is going through",
    "stop with the 🐷 emojis, it's body shaming", "the 🤡 spam in her comments is harassment, cut it out",
    "i used to be the kid everyone ignored. please include the new kid", "nobody should be told to kill themselves over a game",
    "if you see someone being bullied, screenshot and report it", "calling people retarded isn't edgy, it's just cruel",
    "we don't do that here. apologise to {name}", "stand up for people when they're being ganged up on",
    "i blocked everyone who posted her school name. that's not ok", "threats aren't free speech. reported",
)
NEG["victim"] = N("any", H,
    "someone told me to kill myself, what should i do", "people keep calling me a fat pig at school and i don't know who to tell",
    "a guy in my class posted my address on discord, how do i get it removed",
    "someone is threatening to share my pics, please help", "my ex keeps texting me he'll post my nudes, what do i do",
    "everyone in my group chat left and made a new one without me, it hurts",
    "how do i report someone who says kys in my comments",
    "got told nobody would miss me today. trying not to let it get to me",
    "is it normal that people say kys in every game? it's getting to me",
    "a stranger keeps asking me for nudes on snap, i'm 14, who do i tell",
    "someone wrote 'ugly whale' under my photo and i can't stop crying", "they said they'd jump me after school. should i tell a teacher?",
    "my daughter is being called a slut in a group chat. what can we do as parents",
    "how do i get screenshots as evidence before they delete the comments", "i got doxxed, my phone number is everywhere, help",
    "my son says kids at {school} ignore him on purpose every day. advice?",
    "someone made a fake account with my photos calling me a pig 🐷. how do i get it taken down",
    "is it a crime if someone threatens to kill you online?", "what helpline can i call if i'm being bullied",
    "the comments on my tiktok are all 'kys'. i deleted the app for now",
    "my coworker keeps commenting on my body and it makes me uncomfortable. hr?",
    "thank you everyone who reported the accounts harassing me ❤️", "day 3 of being called a loser by the whole class. tired",
)
NEG["news"] = N("adult", H,
    "teen charged after posting classmate's home address online, police say",
    "report: one in three girls has received unsolicited sexual messages online",
    "the court heard the defendant sent 'you're dead' to the victim forty times",
    "study finds body shaming comments spike under fitness videos",
    "the campaign targets phrases like 'kys' that many teenagers see daily",
    "in the novel, the bully calls him a 'worthless loser', and it's one of the hardest scenes to read",
    "the school has introduced a new policy on exclusion and group chat bullying",
    "police warn parents about sextortion scams targeting teenage boys",
    "the judge said threats made online are treated exactly like threats made in person",
    "researchers counted how often players are told to 'kill yourself' in ranked matches",
    "the documentary follows three families affected by cyberbullying", "the law now makes doxxing a criminal offence",
    "a new survey says most harassment victims never report it", "the helpline received twice as many calls this year",
    "the article quotes messages like 'nobody would miss you' sent to a 13-year-old",
    "the headteacher wrote to parents after pupils were excluded from a class group chat",
    "'i'm gonna kill you' was the line the prosecutor read out to the jury",
    "the streamer read out the worst comments she gets, including 'fat cow', to show the scale of abuse",
    "the platform says it removed 2 million comments for harassment last quarter",
    "moderators reported a raid where hundreds of accounts posted a creator's phone number",
    "the bill would require platforms to act on threats within 24 hours",
    "the character screams 'i'll kill you' in the final scene, a callback to the first film",
    "the report defines body shaming as mocking someone's weight, shape or appearance",
    "the teacher said students used the clown emoji 🤡 to mock a classmate, which led to suspensions",
)
NEG["self"] = N("any", H,
    "i'm such an idiot, i locked myself out again", "i look like a whale in this photo lol", "i'm so ugly today, no sleep 😭",
    "honestly i want to disappear sometimes", "i feel like nobody would miss me", "i'm a clown 🤡 for believing he'd text back",
    "my fat ass ate the whole {food}", "i hate myself for failing that test", "i'm the worst player on my team lmao",
    "kms this {subj} homework is endless", "i'm such a loser, i spent friday night doing spreadsheets",
    "me trying to parallel park: absolute moron behaviour", "i'm so stupid i put salt in my coffee",
    "i'm a fat pig after christmas dinner 🐷 no regrets", "i'm dying, this week is too much",
    "i don't want to be here anymore. i don't know who to talk to", "sometimes i think about hurting myself",
    "i feel worthless lately", "i'm pathetic at {game} but i keep trying", "ugh i look like a potato in every pic 😂",
    "i'm such a dumbass, i forgot my own birthday dinner", "my acne is so bad this week, anyone have tips?",
    "i'm a walking disaster today", "i'm the weirdo of my friend group and i'm proud of it",
    "i was bullied for my weight for years. i'm doing better now", "being the short kid in class sucks sometimes",
    "i'm the biggest simp for {artist} lol", "i feel so alone at school, nobody talks to me",
    "lol i'm so bad at this, i'm a bot", "i'm a mess but i'm trying",
)
NEG["innocent"] = N("any", H,
    "scunthorpe won 2-1 last night, get in", "watched a documentary about an assassin, so good",
    "{subj} class starts at 9 tomorrow", "this cocktail recipe is great", "my therapist is amazing",
    "the analysis of the data was solid", "shiitake mushrooms in the stir fry 🤤", "the cockpit of a 747 is so cool",
    "going to middlesex for the weekend", "i passed my bass exam!!", "essex vs sussex cricket today",
    "shuttlecock went straight into the net lol", "the pussy willow in my garden is blooming", "used the hoe to weed the veg patch",
    "weekend in penistone with my grandparents", "clitheroe castle was lovely", "arsenal are flying this season",
    "hitchcock's best film is vertigo, fight me", "kill the lights, the movie's starting", "how do i kill a process in linux?",
    "the dead sea is on my bucket list", "killer whale documentary tonight 🐋", "killer queen is the best queen song",
    "this {food} is the bomb", "she looked drop dead gorgeous at the wedding", "i'm dying to see the new film",
    "how do i change my ip address in settings?", "please address the letter to the head office",
    "enter your home address on the form to get the delivery", "my phone died in the middle of the call",
    "the battery is dead again", "we need to execute the plan by friday", "shoot me a message when you land",
    "he's a real lady killer in that suit 😂", "the butt of the joke was the dog", "he's a total nut for vintage cars",
    "the tits in my garden are back, love birdwatching", "great tit spotted at the feeder 🐦", "cock-a-doodle-doo at 5am, thanks rooster",
    "dick's sporting goods has a sale", "moby dick is a long read", "we played spot the dickens quote in english",
    "the sniper in this level is brutal", "headshot! what a shot", "i'll take a stab at the crossword",
    "the bait and tackle shop", "she's my ride or die", "twat is also a word in old poems, weird right",
    "the assassins guild quest in skyrim is the best", "i'm gonna shoot some hoops after school",
    "shoot, i forgot the milk", "our class is having a bake sale", "the hangman game in {subj} was fun",
    "hang the picture a bit higher", "hang out later?", "we're gonna hang at {name}'s",
    "i need to cut my hair", "cut the onions finely", "the knife skills class was great 🔪",
    "🔪🧅 chopping onions and crying", "rip my sleep schedule 🪦", "rest in peace grandpa, i miss you 🪦",
    "slay queen 👑", "that drop killed me", "this meme killed me 💀", "the bleach aisle is next to the detergent",
    "bleach your hair at home? tips?", "she jumped off the diving board so gracefully", "bridge jump bungee was terrifying but fun",
    "my cat is an absolute unit", "the fat content in this yoghurt is low", "fat tuesday pancakes 🥞",
    "phat beat on this track", "big fan of your work!", "ugly christmas sweater party friday!",
    "the ugly duckling was my favourite story", "my nudes palette arrived, the shades are beautiful 💄",
    "nude lipstick recommendations?", "the loser of the bet has to sing at the party lol",
)
NEG["animal"] = N("any", H,
    "visited a pig farm today, the piglets were so cute 🐷", "whale watching was incredible 🐳",
    "the cow at the petting zoo licked my hand 🐄", "my guinea pig is called biscuit", "pork belly recipe please",
    "saw a baby hippo at the zoo 🦛", "charlotte's web made me cry, that pig 🐷", "my snake plant is thriving",
    "we have a rat terrier, he's the best boy", "clownfish in the aquarium 🐠", "the circus clown at my nephew's party was so funny 🤡",
    "hog roast at the wedding was amazing", "a beached whale was rescued off the coast this morning",
    "the {animal} at the sanctuary is so chill", "i love {animal}s so much", "fun fact: a {animal} is smarter than you'd think",
    "this {animal} video made my day", "my grandma keeps a {animal} on her farm", "drew a {animal} in art class",
    "peppa pig is still on repeat at my house 🐷", "cow print jacket is back in fashion 🐄", "whale song is so calming",
    "is it true pigs are cleaner than dogs?", "happy cows make better milk apparently", "the goat yelling video lmao 🐐",
    "🐷🐷 piglet season at the farm!", "🐳 blue whales are the biggest animals ever", "snake 🐍 in the garden, help",
    "the sloth at the zoo didn't move for an hour 😂", "my pug snores louder than my dad",
    "chicken nuggets shaped like dinosaurs 🦖", "cow tongue tacos are underrated", "the pig roast smells amazing",
)
NEG["critique"] = N("any", H,
    "{thingc} is {critq}", "honestly {thingc} is {critq}", "sorry but {thingc} was {critq}",
    "i disagree with your take on the ending", "the argument in this article is weak",
    "worst episode of the season tbh", "the referee made terrible calls today",
    "{thingc} is {critq}, but you're still my favourite creator", "i think {thingc} could be shorter",
    "not a fan of {thingc}, it's {critq}", "{thingc} is stupid, but the rest is great",
    "that policy is idiotic and needs to go", "the new update ruined {game} for me",
    "this recipe didn't work for me, way too salty", "the mic audio is terrible in this one, can you fix it?",
    "{thingc}: {critq}. the creator: still a legend", "{team} played like garbage today, embarrassing performance",
    "the movie was dumb but fun", "that take is braindead, sorry, the stats say otherwise",
    "this logic is stupid, here's why:", "the plot twist was pathetic honestly",
)
NEG["direct_hn"] = N("any", H,
    "you're insane at this, how", "{name} you're crazy for that 😂", "you're dead to me for spoiling it lol",
    "you're a menace {name} 😂", "i'm gonna fight you for that last cookie", "stop it {name} you're killing me 😂",
    "you stupid genius, it actually worked!", "you're so extra lol", "you're a nerd and i love you",
    "shut up and take my money", "shut up you did NOT get tickets?!", "you're such a dork 😂❤️",
    "you ugly crying at this too? same", "you look like you've seen a ghost lol", "you lucky bastard, enjoy the trip!",
    "you animal, you finished the whole {food} 😂", "you beast 💪", "your mum is so lovely, say hi for me",
    "what's your number? i'll add you to the team chat", "you'd look great in red, try it",
    "{name} you sick genius 🔥", "you're a savage for that comeback 💀", "you idiot 😂 you sent it to the wrong chat",
    "you absolute weirdo, i'm crying 😭", "{name} you're gonna kill it at the audition", "go get 'em {name}, destroy them 💪",
    "you're the biggest troll in this server lol", "you freak, how did you hit that shot", "you monster, you pulled an all-nighter again",
    "i hate you (affectionately) for being this good at {game}", "you're so stupid good at drawing it's unfair",
    "{name} you're ugly crying in every graduation pic 😂 love you", "how are you this bad at mario kart 😂 rematch",
    "you're wild for eating {food} at 3am", "i'll never forgive you for that pun", "you suck at lying, we know you planned the party 🎉",
    "you're lucky you're cute {name} 😂", "bet you can't beat my score", "ur dead when mum finds out you took the car lol",
)
NEG["exclusion_like"] = N("any", H,
    "the group chat is only for the team captains, sorry", "we're keeping the party small, just family",
    "the server is closed for maintenance, nobody can join tonight", "everyone please leave the hall after the exam",
    "let's all report this spam bot", "everyone block the scam account pretending to be the school",
    "nobody talk during the minute of silence please", "don't invite too many people, the venue is tiny",
    "the club is full this term, sign up next term", "we kicked the bot from the server, it was spamming links",
    "voting closes tonight, pick your class rep", "mass report this fake giveaway page, it's a scam",
    "mute the chat during the stream please", "leave the group if you're not coming to the trip, so we can plan",
    "{name} left the group chat because she got a new phone lol", "the team is only 11 players, not everyone can start",
    "ignore the notifications, the bot is broken", "let's all unfollow brands that use sweatshops",
)
NEG["sex_like"] = N("any", H,
    "love you babe ❤️ you look gorgeous", "sex education class was actually useful today",
    "how to talk to your teen about nudes: a guide for parents", "my sister's wedding dress was stunning",
    "the hottest day of the year 🥵", "you look stunning in that photo, {name}!", "that outfit is so cute!!",
    "happy anniversary to my hot husband 🔥", "consent matters. always", "where did you get that dress? it's gorgeous",
    "the new bikini collection is out", "wife is gorgeous as always 😍", "that smile though, so happy for you {name}",
    "sexting laws for teens explained in this video", "my boyfriend is so sweet ❤️",
)
NEG["body_ok"] = N("any", H,
    "i lost 10kg this year and feel great", "stretch marks are normal, love your body",
    "body positivity matters", "tall people problems lol", "my nose is peeling from sunburn",
    "your hair looks amazing like this!", "big or small, all bodies are good bodies", "short kings unite 👑",
    "skinny jeans are out apparently?", "my braces come off next week!!", "acne is normal, you're still beautiful",
    "weight loss tips that actually work?", "gained some weight and honestly i'm happier", "nice glasses!",
    "curly hair gang 🙌", "my dad's bald and he rocks it",
)
NEG["identity_ok"] = N("any", H,
    "proud to be muslim and british", "happy pride month 🏳️‍🌈", "my brother has autism and he's the funniest person i know",
    "women in gaming deserve respect", "i'm gay and my family supports me ❤️", "saying 'go back to your country' is racist, stop",
    "my mum's an immigrant and she's the hardest worker i know", "trans people exist and deserve kindness",
)
NEG["address_ok"] = N("any", H,
    "our bakery is at {addr}, open from 8!", "the concert is at the town hall, {addr}",
    "call us on {phone} for bookings", "the lost dog was found near {street}, owner please call {phone}",
    "new shop opening on {street} next week!", "meet at {school} gates at 8 for the trip",
    "my number changed, new one is {phone} — family only pls", "the charity run starts at {street}, see you there",
)
NEG["threat_like"] = N("any", H,
    "i'm gonna kill this workout today 💪", "i'd kill for {food} rn", "this heat is killing me",
    "you're gonna die laughing at this", "i'm dead serious, it's the best {food} in town",
    "the boss fight destroyed me 3 times", "i'll fight anyone who says {artist} isn't the goat (jk)",
    "watch your back in this level, the enemies respawn", "see you tomorrow at practice 🏀",
    "we're coming for that trophy 🏆", "the cake is so good it should be illegal",
    "my feet are killing me after the hike", "i'm gonna smash this exam", "this game is killing my battery",
    "ready to fight for the title this season 🥊", "boxing class tonight, gonna hit the bag hard",
)

NEU: dict[str, list[Tpl]] = {}
NEU["compliment"] = N("any", "neutral",
    "{name} you're {compl}", "this is {compl}", "omg {name} this is {compl}", "your art is {compl}",
    "you're so {compl}, keep going!", "{h} your videos are {compl}", "love this so much, {compl}",
    "{song} is {compl}", "your voice is {compl}", "you deserve way more followers, {compl}",
    "this made my day, thank you {name}", "congrats {name}!! so proud of you", "well done on the exam {name}!",
    "you look so happy here ❤️", "best content on this app", "you always make me smile",
    "the colours in this are {compl}", "huge respect for this", "instant follow, {compl}",
)
NEU["direct"] = N("any", "neutral",
    "{name} are you coming to practice?", "you played so well today", "can you send me the notes {name}?",
    "did you finish the {subj} homework?", "you're so right about this", "thank you so much {name}",
    "you're the best teacher ever", "you should do a q&a", "you look just like your mum here haha",
    "are you okay {name}? haven't seen you in a while", "your dog is so cute", "your room setup is sick",
    "you make the best {food}", "{name} your handwriting is so neat", "where are you guys sitting?",
    "{name} do you want to get {food} after school?", "you're so good at explaining this", "happy birthday to you {name} 🎂",
    "you deserve a break after this week", "{name} can you save me a seat", "your garden looks lovely this year",
    "you were right, the film was great", "{name} you left your jacket at mine", "are you streaming tonight?",
    "your cover of {song} is better than the original", "{name} i miss you, let's catch up soon",
    "do you want to be partners for the {subj} project?", "{name} your presentation was really clear",
    "you always know the best songs", "{name} text me when you're home safe", "good luck tomorrow {name}, you've got this",
    "{name} how was your holiday?", "your cat looks so judgemental 😂", "you're welcome! happy to help",
    "{name} congrats on passing your driving test!", "you guys are the best team", "{name} thanks for coming",
)
NEU["question"] = N("any", "neutral",
    "what time does the match start?", "where did you get that hoodie?", "does anyone have the {subj} notes?",
    "what song is this?", "how long did this take you?", "is {game} free to play?", "can you do a tutorial?",
    "what camera do you use?", "when's the next video?", "who's going to {name}'s party saturday?",
    "what's the homework for {subj}?", "anyone know if the bus is running today?", "is this available in the uk?",
    "what mic do you use?", "how do i get better at {game}?", "can someone explain the ending?",
    "what's the recipe for the {food}?", "which {artist} album should i start with?", "is school closed tomorrow?",
    "does the ticket include parking?", "what time is the parents evening?", "where is the meeting point?",
)
NEU["opinion"] = N("any", "neutral",
    "i think {artist}'s old stuff was better", "{food} is the best comfort food", "honestly summer is overrated",
    "{team} need a new striker", "i prefer the book to the film", "{game} was better before the update",
    "cats > dogs, don't argue", "pineapple on pizza is fine actually", "i like the first season more",
    "the new kit looks clean", "i don't really get the hype but ok", "{subj} is my favourite subject",
    "mornings are the worst", "the ending was a bit rushed imo", "i'd rather have {food} tbh",
    "autumn is the best season 🍂", "{artist} live is a whole different experience",
)
NEU["gaming"] = N("teen", "neutral",
    "anyone wanna play {game} tonight?", "gg everyone", "new season of {game} is out!", "just hit diamond 🎉",
    "who's on for a squad game at 8?", "lag is terrible today", "best loadout for {game}?",
    "add me, {h}", "streaming {game} at 7, come say hi", "that clutch was insane", "just got my first win in {game}",
    "server's back up", "who wants to duo?", "lowkey {game} is my comfort game", "new skin looks sick",
    "finally finished the campaign", "does anyone trade in {game}?", "ranked is so sweaty today lol",
)
NEU["music"] = N("any", "neutral",
    "{song} has been on repeat all week", "{artist} never misses", "can't wait for the tour",
    "the vocals on {song} 🎶", "this reminds me of summer", "who else is here from tiktok?",
    "the live version is better", "saw {artist} last night, unreal", "my playlist needs this",
    "this song got me through exams", "the guitar solo 😍", "dance practice with this song every day",
)
NEU["sports"] = N("any", "neutral",
    "{team} play tonight at 8", "what a season for {team}", "great match yesterday", "that save was unreal",
    "the ref was fair today", "training was tough but worth it", "ran my first 10k!", "who's watching the final?",
    "{team} signed a new keeper", "netball tournament this saturday 🏐", "swim meet went well, new PB",
    "football practice is cancelled today", "good luck to {name} in the race tomorrow!",
)
NEU["daily"] = N("any", "neutral",
    "running late, save me a seat", "just made {food} for dinner", "the weather is lovely today",
    "can't believe it's already friday", "happy birthday {name}!! 🎂", "good morning everyone",
    "i'll be there in 10", "thanks for the lift {name}", "studying for {subj} all weekend",
    "new haircut, who dis", "my dog learned a new trick", "what a beautiful sunset", "rainy day, staying in",
    "finished my essay finally", "who's coming to the cinema later?", "the train is delayed again",
    "picked up my new glasses", "excited for the school trip", "just moved into my new flat",
    "does anyone want to carpool tomorrow?", "the library closes at 6 today", "meeting moved to 3pm",
    "thanks for the help with the project {name}", "weekend plans: sleep", "my little sister started school today",
)


# ---------------------------------------------------------------- assembly
# buckets are written as tuples of T(...) lists; flatten them
ATTACKS: dict[str, list[Tpl]] = {k: [t for part in v for t in part] for k, v in ATTACK_SRC.items()}
OBF: Counter[str] = Counter()
PREFIX = ["", "", "", "", "@{name} ", "{name} ", "{h} ", "lol ", "ngl ", "honestly ", "bro ", "omg ", "ok but ",
          "replying to {h}: ", "yo ", "wow ", "not gonna lie, ", "seriously ", "guys ", "so ", "literally "]
SUFFIX = ["", "", "", "", " lol", " fr", " 😂", " tbh", "!!", "...", " ngl", " 💀", " 🙄", " smh", " lmao", "!", "?!",
          " 😭", " istg", " 👀", " ffs", " 🙃"]
OPENERS = ["saw your video.", "just read this.", "first day back and", "about yesterday:", "nice edit but",
           "cool story but", "update:", "for the record,", "posting this here:", "not gonna lie,"]

ATTACK_TARGET = {"insult": 800, "threat": 400, "self_harm_incitement": 360, "doxxing": 310, "body_shaming": 370,
                 "exclusion": 340, "sexual_harassment": 350, "identity_hate": 40}
NEG_TARGET = {"profanity": 270, "banter": 290, "counter": 270, "victim": 190, "news": 120, "self": 210,
              "innocent": 300, "animal": 160, "critique": 200, "exclusion_like": 70, "sex_like": 60,
              "body_ok": 60, "identity_ok": 30, "address_ok": 50, "threat_like": 100, "direct_hn": 240}
NEU_TARGET = {"direct": 300, "compliment": 160, "question": 150, "opinion": 120, "gaming": 130, "music": 90,
              "sports": 90, "daily": 160}
LABEL_ORDER = ["insult", "identity_hate", "threat", "sexual_harassment", "self_harm_incitement", "doxxing",
               "body_shaming", "exclusion"]


def decorate(text: str, attack: bool) -> str:
    """Add the loose prefixes/suffixes people type, on both sides alike."""
    r = rng.random()
    if r < 0.35:
        text = fill(rng.choice(PREFIX)) + text
    elif not attack and r < 0.55:
        # harmless comments address people by name too, so a name alone never signals an attack
        text = fill(rng.choice(["{name} ", "@{name} ", "{h} ", "{name}, ", "hey {name} "])) + text
    if rng.random() < 0.3:
        text = text.rstrip(".!") + fill(rng.choice(SUFFIX))
    return text


def make_row(tpl: Tpl, attack: bool, pool: dict[str, list[Tpl]]) -> tuple[str, set[str], str, str]:
    ctx, lab, t = tpl
    text = fill(t)
    labels = set(lab.split()) if attack else set()
    kind = "attack" if attack else lab
    roll = rng.random()
    if attack and roll < 0.12:
        # two attacks in one comment: labels are the union
        other_bucket = rng.choice([b for b in ATTACK_TARGET if b != "identity_hate"])
        octx, olab, ot = rng.choice(pool[other_bucket])
        sep = rng.choice([" ", " ", "!! ", " 😂 "]) if text[-1:] in "?!" else rng.choice([". ", ", ", " ", "!! ", " and "])
        text = text.rstrip(".") + sep + fill(ot)
        labels |= set(olab.split())
        ctx = ctx if ctx != "any" else octx
    elif roll < 0.2:
        # a harmless opener in front: the harm (if any) is unchanged
        text = rng.choice(OPENERS) + " " + text
    text = decorate(text, attack)
    text, register = style(text, ctx, attack)
    if (attack and rng.random() < 0.3) or (kind == "hard_negative" and rng.random() < 0.07):
        new = obfuscate(text)
        OBF[kind] += new != text
        text = new
    return text, labels, kind, register


def main() -> None:
    global TRIG_RE
    words = set(TRIGGERS) | {w for pool in ("n", "adj", "body", "slutw") for w in POOLS[pool] if " " not in w}
    TRIG_RE = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(words, key=lambda x: (-len(x), x))) + r")\b",
                         re.IGNORECASE)
    rows: list[tuple[str, str, str, str, str]] = []
    seen: set[str] = set()

    def collect(pool: dict[str, list[Tpl]], targets: dict[str, int], attack: bool) -> None:
        for bucket, target in targets.items():
            got, tries = 0, 0
            while got < target and tries < target * 40:
                tries += 1
                text, labels, kind, register = make_row(rng.choice(pool[bucket]), attack, pool)
                text = re.sub(r"\s+", " ", text).strip()
                # punctuation/spacing variants of one comment count as duplicates; emoji and letters do not
                key = re.sub(r"[\s.,!?'\"…:;()-]+", "", text.lower())
                if not text or key in seen:
                    continue
                seen.add(key)
                lab = " ".join(x for x in LABEL_ORDER if x in labels)
                rows.append((text, "en", lab, kind, register))
                got += 1

    collect(ATTACKS, ATTACK_TARGET, True)
    collect(NEG, NEG_TARGET, False)
    collect(NEU, NEU_TARGET, False)
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "lang", "labels", "kind", "register"])
        w.writerows(rows)
    stats(rows)


def stats(rows: list[tuple[str, str, str, str, str]]) -> None:
    kinds = Counter(r[3] for r in rows)
    regs = Counter((r[3], r[4]) for r in rows)
    labs = Counter(lab for r in rows for lab in r[2].split())
    print(f"rows={len(rows)} kinds={dict(kinds)}")
    print("labels:", dict(labs.most_common()))
    print("register x kind:", dict(sorted(regs.items())))
    print("obfuscated rows:", dict(OBF))
    print("multi-label attacks:", sum(1 for r in rows if len(r[2].split()) > 1))


if __name__ == "__main__":
    main()
