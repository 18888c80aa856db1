# ruff: noqa: E501  (data tables: long template lines are clearer unwrapped)
"""Generate the HELD-OUT development sets bench/data/functional_heldout.csv and teen_heldout.csv.

NEVER TRAINED ON: these files live under bench/data/ (not training/authored/, whose *.csv are all
loaded by `rempart train`). The templates, phrasings, fillers and most slurs were written for this
file only and deliberately avoid the frames of gen_identity.py / gen_identity2.py (see
gen_heldout_functional.md). Deterministic: random.Random(SEED), standard library only.

functional_heldout.csv: text,lang,label,functionality,target. `label` is 1 for hateful
(identity hate), 0 otherwise, following HateCheck's functionalities: abuse of one person, of
objects or of non-protected groups is NOT hateful, nor are negated hate, counter-speech,
reclaimed slurs, homonyms and neutral/positive mentions.
teen_heldout.csv: text,lang,label,kind,functionality. French teenage comments; `label` is 1 when
the comment is harmful (any category), 0 for hard negatives (banter, counter-speech, victims
asking for help, innocent words containing insults, profanity without a target).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from random import Random

SEED = 7_3_2027
R = Random(SEED)
OUT_DIR = Path(__file__).resolve().parents[2] / "bench" / "data"
PER_FUNC = 56  # cases per functionality and language (fewer when the templates run out)

# ------------------------------------------------------------------------------------------------
# identities: (key, plural, singular with article, gender) ; gender only matters in French
# ------------------------------------------------------------------------------------------------
EN_ID = [
    ("women", "women", "a woman"), ("trans", "trans people", "a trans person"),
    ("gay", "gay people", "a gay person"), ("black", "black people", "a black person"),
    ("disabled", "disabled people", "a disabled person"), ("muslim", "Muslims", "a Muslim"),
    ("immigrant", "immigrants", "an immigrant"), ("jew", "Jewish people", "a Jewish person"),
    ("asian", "Asian people", "an Asian person"), ("refugee", "refugees", "a refugee"),
]
FR_ID = [
    ("women", "femmes", "une femme", "f"), ("trans", "personnes trans", "une personne trans", "f"),
    ("gay", "homosexuels", "un homosexuel", "m"), ("black", "Noirs", "un Noir", "m"),
    ("disabled", "handicapés", "un handicapé", "m"), ("muslim", "musulmans", "un musulman", "m"),
    ("immigrant", "immigrés", "un immigré", "m"), ("jew", "juifs", "un juif", "m"),
    ("asian", "Asiatiques", "un Asiatique", "m"), ("refugee", "réfugiés", "un réfugié", "m"),
    ("lesbian", "lesbiennes", "une lesbienne", "f"),
]
# slurs per identity (plural); a mix of common ones and rarer ones absent from the training files
EN_SLUR = {
    "women": ["skanks", "bimbos", "hoes"], "trans": ["trannies", "he-shes", "it-girls"],
    "gay": ["faggots", "poofters", "sodomites"], "black": ["niggers", "darkies", "sambos"],
    "disabled": ["retards", "mongs", "gimps"], "muslim": ["muzzies", "ragheads", "hajis"],
    "immigrant": ["wetbacks", "spics", "illegals"], "jew": ["kikes", "yids", "shylocks"],
    "asian": ["chinks", "gooks", "nips"], "refugee": ["invaders", "parasites from abroad", "dinghy divers"],
}
FR_SLUR = {
    "women": ["salopes", "pétasses", "grognasses"], "trans": ["travelos", "trans-dégénérés", "travestis de merde"],
    "gay": ["pédés", "tafioles", "tantes"], "black": ["nègres", "bamboulas", "négros"],
    "disabled": ["mongoliens", "gogols", "débiles"], "muslim": ["bougnoules", "barbus", "muzz"],
    "immigrant": ["bougnouls", "clandos", "métèques"], "jew": ["youpins", "youdes", "feujs rapaces"],
    "asian": ["niakoués", "bridés", "chinetoques"], "refugee": ["clandos", "envahisseurs", "rapatriables"],
    "lesbian": ["gouines", "broute-minous", "camionneuses"],
}

# ------------------------------------------------------------------------------------------------
# English templates: {G} plural, {g} singular, {GS} slur plural
# ------------------------------------------------------------------------------------------------
EN_T: dict[str, tuple[int, list[str]]] = {
    "derog_emotion": (1, [
        "I absolutely loathe {G}.", "{G} fill me with pure disgust.", "Nothing enrages me more than {G}.",
        "I feel sick every time I have to deal with {G}.", "My contempt for {G} grows every day.",
        "Honestly, {G} make my blood boil.", "I despise {G} with every fibre of my being.",
        "Just being near {G} makes me want to vomit.", "I have nothing but hatred for {G}.",
        "{G} are the thing I detest most in this world.",
    ]),
    "derog_attribute": (1, [
        "{G} are dishonest by nature.", "{G} are incapable of basic decency.", "All {G} are thieves and liars.",
        "{G} are a drain on everyone around them.", "{G} are mentally inferior to the rest of us.",
        "{G} are dirty and they spread filth wherever they go.", "{G} are too dumb to hold a real job.",
        "{G} are violent and always have been.", "{G} are lazy freeloaders.", "{G} are pathetic, worthless creatures.",
    ]),
    "dehumanisation": (1, [
        "{G} are nothing but cattle.", "{G} are a swarm of locusts eating this country alive.",
        "{G} are more like apes than humans.", "{G} are just walking garbage.", "{G} are a plague of insects.",
        "{G} are mindless beasts.", "To me {G} are no better than sewer rats.", "{G} are a tumour we need to cut out.",
        "{G} are basically a lower species.", "{G} are leeches, not people.",
    ]),
    "implicit_derog": (1, [
        "I'd never let {G} babysit, you know how they are.", "{G} belong behind a counter, not in charge of anything.",
        "Open a window, {G} have been in here.", "Can't believe they let {G} run a company now, we're doomed.",
        "{G} should stick to cleaning jobs.", "Of course the thief was one of the {G}, who else would it be.",
        "Hire {G} and watch your profits disappear.", "Lock your car, there are {G} in this area.",
        "It figures, {G} never could follow simple rules.", "{G} in government? Might as well give the keys to toddlers.",
    ]),
    "threat_direct": (1, [
        "I'm going to hurt every one of those {G} I meet.", "I will shoot the next {g} I see.",
        "I'm coming for you {G}, one by one.", "I'm going to set fire to the homes of {G}.",
        "Tonight I'm going to beat up some {G}.", "I promise I'll make {G} bleed.",
        "I'm going to slit the throats of {G}.", "Watch out {G}, I'm going to get you all.",
        "I will personally wipe {G} off the map.", "I'm going to run my car into the next group of {G}.",
    ]),
    "threat_normative": (1, [
        "{G} ought to be lined up against a wall.", "{G} deserve to be beaten.", "{G} should all be hanged in public.",
        "Someone needs to get rid of {G} for good.", "It would be right to execute {G}.",
        "{G} should be thrown in prison camps.", "The world needs a final solution for {G}.",
        "{G} should be put down like sick dogs.", "Every {g} deserves a bullet.", "{G} need to be eradicated.",
    ]),
    "slur": (1, [
        "Bunch of {GS} everywhere in this town.", "{GS} like you should not exist.", "Never seen so many {GS} in one place.",
        "Those {GS} ruined the neighbourhood.", "Shut up, you filthy {GS}.", "Typical {GS}, always causing problems.",
        "The {GS} are at it again.", "Get these {GS} out of my sight.",
    ]),
    "hate_profanity": (1, [
        "Fuck {G}.", "{G} are fucking trash.", "Screw all {G}, bunch of bastards.", "{G} are shit human beings.",
        "I'm so sick of these fucking {G}.", "Goddamn {G} ruining everything again.", "{G} can go to hell.",
        "Bloody {G}, the whole lot of them are crap.", "{G} are absolute shit.", "Damn {G}, fucking useless.",
    ]),
    "pronoun_clause": (1, [
        "I met some {G} yesterday and they were as revolting as I expected.",
        "{G} keep moving here and they bring nothing but crime.", "You see {G} on the news and they're always the problem.",
        "My neighbours are {G} and they are filthy animals.", "If you let {G} in, they will destroy everything.",
        "{G} think they are equal, but they are vermin.", "I know {G} and they're all a waste of oxygen.",
        "Whenever {G} show up, they ruin it for everyone.",
    ]),
    "pronoun_sentence": (1, [
        "Have you ever met {G}? They are vile.", "Don't talk to me about {G}. They disgust me.",
        "There's a new family of {G} on my street. I hope they suffer.", "So many {G} at the mall today. Pure scum.",
        "{G} got their own TV show now. Such worthless creatures.", "I watched a documentary on {G}. Subhuman, every one of them.",
        "My boss hired {G}. They should all be fired and deported.", "Another article about {G}. I wish they'd all disappear.",
    ]),
    "negated_positive": (1, [
        "{G} will never be as good as normal people.", "No {g} can ever be trusted.", "{G} are not worth anything.",
        "{G} lives do not matter.", "I have never met a {g} who wasn't a criminal.", "{G} aren't real human beings.",
        "There's not a single {g} with any value.", "{G} are never going to be equal to us.",
        "{G} don't deserve any respect.", "No {g} belongs in a decent society.",
    ]),
    "question": (1, [
        "Why are {G} so repulsive?", "Why do {G} always stink?", "Isn't it obvious that {G} are inferior?",
        "Why can't {G} just go away for good?", "Who else thinks {G} are parasites?", "Aren't {G} just a bunch of animals?",
        "How can anyone stand being around {G}?", "Why do we still let {G} live here?", "Why are {G} all so stupid?",
    ]),
    "opinion": (1, [
        "I think {G} are scum.", "In my opinion, {G} are worthless.", "I believe {G} are a danger to society.",
        "Personally, I find {G} disgusting.", "I'm convinced {G} are less than human.", "If you ask me, {G} are all crooks.",
        "I really think {G} are a disease.", "My view: {G} are nothing but trouble.", "I feel that {G} are vermin.",
    ]),
    "spell_swap": (1, ["I hate {G}.", "{G} are disgusting.", "{G} are scum.", "Death to {G}.", "{G} are vermin.", "Kill all {G}."]),
    "spell_missing": (1, ["I hate {G}.", "{G} are disgusting.", "{G} are scum.", "Death to {G}.", "{G} are vermin.", "Kill all {G}."]),
    "spell_boundary": (1, ["I hate {G}.", "{G} are disgusting.", "{G} are scum.", "Death to {G}.", "{G} are vermin.", "Kill all {G}."]),
    "spell_spaces": (1, ["I hate {G}.", "{G} are disgusting.", "{G} are scum.", "Death to {G}.", "{G} are vermin.", "Kill all {G}."]),
    "spell_leet": (1, ["I hate {G}.", "{G} are disgusting.", "{G} are scum.", "Death to {G}.", "{G} are vermin.", "Kill all {G}."]),
    "hate_person_identity": (1, [
        "You're just another useless {g1}, nobody wants you here.", "Go back to where you came from, you dirty {g1}.",
        "Typical {g1}, you ruin everything you touch.", "Nobody will ever hire a filthy {g1} like you.",
        "You {G} are all the same, you make me sick.", "Of course you failed, you're {g}.",
    ]),
    # ---------------- non-hateful
    "slur_homonym": (0, [
        "I had this queer feeling that someone was watching me.", "The farmer piled the faggots of wood by the fire.",
        "We walked along the dyke to watch the sunset.", "My cigarette? In British slang that's a fag.",
        "The spastic muscles in my calf are killing me after the run.", "My tire is retarded by the mud, said the mechanic.",
        "We watched the monkeys at the zoo eating bananas.", "The fairy lights on the tree are beautiful.",
        "She wore a gay, colourful dress to the party, in the old sense of the word.", "That old bundle of sticks is called a faggot in old English.",
        "The chink in his armour was his temper.", "Spic and span, the kitchen is finally clean.",
        "Niggardly means stingy, the word has nothing to do with race.", "Gook is what we called the sticky mud on the trail.",
        "The coon hound chased a raccoon up the tree.", "A dyke protects the village from the sea.",
    ]),
    "reclaimed": (0, [
        "We queers have to look out for each other.", "Proud dyke here, and loving it.", "As a gay man I call myself a fag all the time, it's ours.",
        "My nigga just got his degree, so proud of him!", "Crip pride, the disabled community rocks.", "Queer and here, happy pride everyone!",
        "Us dykes are throwing a party on Saturday.", "I'm a bitch and I own it, ladies stay strong.", "Being a queer kid in a small town taught me a lot.",
        "Me and my niggas finna go to the game tonight.",
    ]),
    "profanity_nonhate": (0, [
        "Holy shit, that concert was amazing!", "Fuck yeah, I passed my exam!", "Damn, this pizza is good.",
        "What the hell happened to the weather today?", "Shit, I forgot my keys again.", "That goal was fucking incredible.",
        "Bloody hell, the train is late again.", "I'm so fucking tired today.", "Goddamn, that's a huge dog.", "Fuck, I spilled my coffee.",
    ]),
    "negated_hate": (0, [
        "I don't hate {G}.", "I'd never say {G} are worthless.", "{G} are not vermin, and saying so is wrong.",
        "I don't think {G} are inferior at all.", "It isn't true that {G} are lazy.", "No, {G} are not a danger to anyone.",
        "I have no problem whatsoever with {G}.", "{G} aren't the cause of our problems.", "I will never believe {G} are less than human.",
    ]),
    "neutral_identity": (0, [
        "I work with a lot of {G}.", "My new flatmate is {g}.", "There's a conference for {G} next week.",
        "The survey asked {G} about their commute.", "My cousin is {g} and lives in Leeds.", "Are there many {G} in your town?",
        "The museum has an exhibition about the history of {G}.", "I met {g} on the train today and we talked about football.",
        "Several {G} were interviewed for the documentary.", "Our school has a support group for {G}.",
    ]),
    "positive_identity": (0, [
        "I love {G}.", "{G} are wonderful people.", "We should celebrate {G} more.", "{G} make this city a better place.",
        "So much respect for {G}.", "{G} are brilliant and I'm glad they're here.", "The world needs more {G}.",
        "I'm proud to be {g}.", "{G} deserve every opportunity.", "My favourite teacher was {g}, she was amazing.",
    ]),
    "counter_quote": (0, [
        "Saying \"{G} are scum\" is disgusting and you should be ashamed.", "\"I hate {G}\" is not an opinion, it's bigotry.",
        "Someone wrote \"death to {G}\" on the wall of the station. Horrible.", "If you post \"{G} are vermin\" you will be banned.",
        "My uncle said \"{G} are animals\" at dinner and I left the table.", "\"{G} should all be deported\"? Seriously, get help.",
        "Comments like \"{G} are worthless\" hurt real people.", "He tweeted \"kill all {G}\" and was arrested, good.",
    ]),
    "counter_reference": (0, [
        "Stop calling {G} animals, it's hateful.", "It's not okay to say {G} are inferior.", "Calling {G} parasites is dehumanising.",
        "People who spread hate about {G} should be called out.", "We must stand up against violence towards {G}.",
        "Insulting {G} online is still hate speech.", "I'm tired of seeing hate directed at {G} on this app.",
        "Hating {G} says more about you than about them.",
    ]),
    "abuse_object": (0, [
        "I absolutely loathe this printer.", "This phone is a piece of garbage.", "I hate Mondays with a passion.",
        "This app is worthless trash.", "My car is a disgusting heap of junk.", "Broccoli is vile, I can't stand it.",
        "This weather makes me want to vomit.", "This game is utter shit.", "Rats in the basement, kill them all.",
        "These cockroaches are vermin, I'm calling pest control.",
    ]),
    "abuse_individual": (0, [
        "You are a disgusting excuse for a human.", "You're a pathetic waste of space.", "I hate you, you're a liar and a cheat.",
        "You're the dumbest person I've ever met.", "Shut up, you worthless idiot.", "You disgust me, go away.",
        "You're vermin and everyone knows it.", "What a stupid clown you are.", "I despise you and your ugly face.",
        "You are scum, absolute scum.",
    ]),
    "abuse_nonprotected": (0, [
        "{N} are scum.", "I absolutely loathe {N}.", "{N} are a cancer on society.", "All {N} are thieves and liars.",
        "{N} are nothing but parasites.", "Why are {N} so repulsive?", "I think {N} are worthless.", "Fuck {N}.",
        "{N} should all be locked up.", "{N} are vermin.",
    ]),
}
EN_NONPROT = ["capitalists", "bankers", "fans of Arsenal", "Tottenham supporters", "hipsters", "landlords",
              "vegans", "lawyers", "politicians", "influencers", "tax inspectors", "NFT bros", "commuters",
              "estate agents", "anti-vaxxers", "Marvel fans", "climbers", "cat owners"]

# ------------------------------------------------------------------------------------------------
# French templates: {G} plural, {g} singular with article, [m/f] agreement, {ils}
# ------------------------------------------------------------------------------------------------
FR_T: dict[str, tuple[int, list[str]]] = {
    "derog_emotion": (1, [
        "J'exècre les {G}.", "Les {G} me remplissent de dégoût.", "Rien ne me met plus en rage que les {G}.",
        "J'ai la nausée dès que je croise des {G}.", "Mon mépris pour les {G} n'a aucune limite.",
        "Les {G} me donnent envie de vomir.", "Je hais les {G} de tout mon être.", "Je n'ai que de la haine pour les {G}.",
        "Les {G}, c'est ce que je déteste le plus au monde.", "Sincèrement, les {G} me font gerber.",
    ]),
    "derog_attribute": (1, [
        "Les {G} sont [malhonnêtes/malhonnêtes] par nature.", "Les {G} sont [tous/toutes] des [voleurs/voleuses] et des [menteurs/menteuses].",
        "Les {G} sont incapables de la moindre décence.", "Les {G} sont un fardeau pour tout le monde.",
        "Les {G} sont [intellectuellement inférieurs/intellectuellement inférieures].", "Les {G} sont [sales/sales] et [répugnants/répugnantes].",
        "Les {G} sont trop [bêtes/bêtes] pour travailler.", "Les {G} sont [violents/violentes] depuis toujours.",
        "Les {G} sont des [profiteurs/profiteuses] et des [fainéants/fainéantes].", "Les {G} sont des êtres pitoyables et sans valeur.",
    ]),
    "dehumanisation": (1, [
        "Les {G} ne sont que du bétail.", "Les {G} sont une nuée de sauterelles qui dévore le pays.",
        "Les {G} sont plus proches du singe que de l'homme.", "Les {G}, ce sont des ordures ambulantes.",
        "Les {G} sont une invasion d'insectes.", "Les {G} sont des bêtes sans cervelle.", "Pour moi les {G} valent moins que des rats d'égout.",
        "Les {G} sont une tumeur qu'il faut enlever.", "Les {G} sont une espèce inférieure.", "Les {G} sont des sangsues, pas des humains.",
    ]),
    "implicit_derog": (1, [
        "Je laisserais jamais des {G} garder mes enfants, on sait comment [ils/elles] sont.",
        "Les {G} ont leur place derrière un comptoir, pas à la tête d'une entreprise.",
        "Ouvrez les fenêtres, il y a eu des {G} ici.", "Des {G} au gouvernement ? Autant confier le pays à des gamins.",
        "Les {G} devraient se contenter du ménage.", "Évidemment le voleur était un des {G}, qui d'autre.",
        "Embauchez des {G} et regardez vos bénéfices fondre.", "Fermez bien vos voitures, il y a des {G} dans le coin.",
        "Tu m'étonnes, les {G} n'ont jamais su respecter les règles.", "Un quartier avec des {G}, c'est un quartier fichu.",
    ]),
    "threat_direct": (1, [
        "Je vais faire du mal à tous les {G} que je croise.", "Je vais tirer sur le prochain {G1} que je vois.",
        "J'arrive les {G}, je vais vous avoir [un par un/une par une].", "Je vais mettre le feu aux maisons des {G}.",
        "Ce soir je vais tabasser des {G}.", "Je vous le jure, les {G} vont saigner.", "Je vais égorger les {G}.",
        "Faites gaffe les {G}, je vais tous vous crever.", "Je vais rayer les {G} de la carte moi-même.",
        "Je vais foncer en voiture sur le prochain groupe de {G}.",
    ]),
    "threat_normative": (1, [
        "Les {G} devraient être [alignés/alignées] contre un mur.", "Les {G} mériteraient d'être [battus/battues].",
        "Il faudrait pendre les {G} sur la place publique.", "Quelqu'un devrait se débarrasser des {G} pour de bon.",
        "Ce serait juste d'exécuter les {G}.", "Les {G}, faudrait les enfermer dans des camps.",
        "Il faut une solution finale pour les {G}.", "Les {G} devraient être [piqués/piquées] comme des chiens malades.",
        "Chaque {G1} mérite une balle.", "Les {G} doivent être [éradiqués/éradiquées].",
    ]),
    "slur": (1, [
        "Une bande de {GS} partout dans cette ville.", "Des {GS} comme vous ne devraient pas exister.",
        "J'ai jamais vu autant de {GS} au même endroit.", "Ces {GS} ont ruiné le quartier.", "Fermez-la, bande de {GS}.",
        "Typique des {GS}, toujours à foutre la merde.", "Les {GS} recommencent.", "Dégagez-moi ces {GS} de ma vue.",
    ]),
    "hate_profanity": (1, [
        "Nique les {G}.", "Les {G} c'est de la merde.", "Je chie sur les {G}, bande de bâtards.",
        "Les {G} sont des connards, [tous/toutes].", "J'en ai ras le cul de ces putains de {G}.",
        "Ces bordel de {G} pourrissent tout.", "Les {G} peuvent aller se faire foutre.", "Les {G}, c'est vraiment de la merde humaine.",
        "Putain de {G}, toujours inutiles.", "Les {G} ? Des enfoirés, point.",
    ]),
    "pronoun_clause": (1, [
        "J'ai croisé des {G} hier et [ils/elles] étaient aussi [répugnants/répugnantes] que prévu.",
        "Les {G} continuent d'arriver et [ils/elles] n'apportent que du crime.",
        "Tu vois des {G} aux infos et c'est toujours [eux/elles] le problème.",
        "Mes voisins sont des {G} et ce sont de sales bêtes.", "Si on laisse entrer les {G}, [ils/elles] vont tout détruire.",
        "Les {G} se croient nos égaux alors qu'[ils/elles] sont de la vermine.",
        "Je connais des {G} et [ils/elles] ne valent pas l'oxygène qu'[ils/elles] respirent.",
        "Dès que des {G} arrivent, [ils/elles] gâchent tout.",
    ]),
    "pronoun_sentence": (1, [
        "T'as déjà rencontré des {G} ? [Ils/Elles] sont ignobles.", "Me parle pas des {G}. [Ils/Elles] me dégoûtent.",
        "Une famille de {G} s'est installée dans ma rue. J'espère qu'[ils/elles] vont souffrir.",
        "Plein de {G} au centre commercial aujourd'hui. Des déchets.", "J'ai vu un reportage sur les {G}. Des sous-humains, [tous/toutes].",
        "Mon patron a embauché des {G}. Faut [les virer/les virer] et les expulser.",
        "Encore un article sur les {G}. Si seulement [ils/elles] pouvaient disparaître.", "Les {G} ont leur émission maintenant. Quelles créatures minables.",
    ]),
    "negated_positive": (1, [
        "Les {G} ne seront jamais aussi bien que les gens normaux.", "On ne peut jamais faire confiance à {g}.",
        "Les {G} ne valent rien.", "La vie des {G} ne compte pas.", "Je n'ai jamais croisé {g} qui ne soit pas [un délinquant/une délinquante].",
        "Les {G} ne sont pas de vrais êtres humains.", "Il n'y a pas [un seul/une seule] {G1} qui vaille quelque chose.",
        "Les {G} ne seront jamais nos égaux.", "Les {G} ne méritent aucun respect.", "Aucun {G1} n'a sa place dans une société correcte.",
    ]),
    "question": (1, [
        "Pourquoi les {G} sont si répugnants ?", "Pourquoi les {G} puent toujours ?", "C'est pas évident que les {G} sont inférieurs ?",
        "Pourquoi les {G} ne dégagent pas pour de bon ?", "Qui d'autre pense que les {G} sont des parasites ?",
        "Les {G}, c'est pas juste des animaux ?", "Comment on peut supporter d'être entouré de {G} ?",
        "Pourquoi on laisse encore les {G} vivre ici ?", "Pourquoi les {G} sont tous aussi cons ?",
    ]),
    "opinion": (1, [
        "Je pense que les {G} sont des raclures.", "À mon avis, les {G} ne valent rien.", "Je crois que les {G} sont un danger pour la société.",
        "Personnellement, je trouve les {G} dégoûtants.", "Je suis convaincu que les {G} sont moins que des humains.",
        "Si tu veux mon avis, les {G} sont [tous/toutes] des escrocs.", "Je pense vraiment que les {G} sont une maladie.",
        "Mon point de vue : les {G} n'apportent que des problèmes.", "J'ai l'impression que les {G} sont de la vermine.",
    ]),
    "spell_swap": (1, ["Je hais les {G}.", "Les {G} sont dégueulasses.", "Les {G} sont des ordures.", "Mort aux {G}.", "Les {G} sont de la vermine.", "Il faut tuer les {G}."]),
    "spell_missing": (1, ["Je hais les {G}.", "Les {G} sont dégueulasses.", "Les {G} sont des ordures.", "Mort aux {G}.", "Les {G} sont de la vermine.", "Il faut tuer les {G}."]),
    "spell_boundary": (1, ["Je hais les {G}.", "Les {G} sont dégueulasses.", "Les {G} sont des ordures.", "Mort aux {G}.", "Les {G} sont de la vermine.", "Il faut tuer les {G}."]),
    "spell_spaces": (1, ["Je hais les {G}.", "Les {G} sont dégueulasses.", "Les {G} sont des ordures.", "Mort aux {G}.", "Les {G} sont de la vermine.", "Il faut tuer les {G}."]),
    "spell_leet": (1, ["Je hais les {G}.", "Les {G} sont dégueulasses.", "Les {G} sont des ordures.", "Mort aux {G}.", "Les {G} sont de la vermine.", "Il faut tuer les {G}."]),
    "hate_person_identity": (1, [
        "T'es qu'[un/une] {G1} de plus, personne veut de toi ici.", "Retourne d'où tu viens, sale {G1}.",
        "Typique [d'un/d'une] {G1}, tu gâches tout.", "Personne n'embauchera [un/une] {G1} crasseux comme toi.",
        "Vous les {G}, vous êtes [tous/toutes] pareils, vous me dégoûtez.", "Évidemment que t'as raté, t'es [un/une] {G1}.",
    ]),
    # ---------------- non-hateful
    "slur_homonym": (0, [
        "J'ai changé la pédale de frein de mon vélo.", "Le raton laveur a renversé la poubelle cette nuit.",
        "La tapette à souris a enfin attrapé quelque chose.", "Les Mongols ont fondé un immense empire au XIIIe siècle.",
        "Le melon de Cavaillon est le meilleur de France.", "Il y a des singes magnifiques au zoo de Beauval.",
        "Ma grand-tante est venue avec mon oncle, toute la famille était là.", "On a mangé une tarte aux citrons délicieuse.",
        "Le bridé du moteur limite la vitesse à 45.", "Ce prof est débile-léger en humour mais il explique bien, je rigole.",
        "Les folles nuits de Paris, c'est un vieux film.", "Il a pris un camion à la place de la camionnette.",
        "Le Nègre du Narcisse, c'est l'ancien titre d'un roman de Conrad qu'on a étudié.", "Une pédale d'effet pour ma guitare, trop contente.",
    ]),
    "reclaimed": (0, [
        "Nous les gouines, on se serre les coudes.", "Pédé et fier, bonne marche des fiertés à tous !", "Entre pédés on se comprend mdr",
        "Mes renois et moi on part en vacances ensemble.", "On est les tafioles du groupe et on assume 😘",
        "Fière d'être une goudou depuis mes 16 ans.", "Les folles de la soirée drag étaient incroyables.", "Moi, la gouine du lycée, j'ai fini major de promo.",
    ]),
    "profanity_nonhate": (0, [
        "Putain, quel concert de malade !", "Merde, j'ai oublié mes clés.", "Bordel, il fait un froid de canard.",
        "Ce but était putain de magnifique.", "Putain j'ai eu mon bac !", "Chier, le train est encore en retard.",
        "Je suis crevé de ouf, bordel.", "Nom de Dieu, quel orage.", "Merde alors, j'ai renversé mon café.", "Foutu lundi, vivement le week-end.",
    ]),
    "negated_hate": (0, [
        "Je ne déteste pas les {G}.", "Je ne dirais jamais que les {G} ne valent rien.", "Les {G} ne sont pas de la vermine, c'est faux de dire ça.",
        "Je ne pense pas du tout que les {G} soient inférieurs.", "C'est faux que les {G} soient fainéants.",
        "Non, les {G} ne sont un danger pour personne.", "Je n'ai absolument aucun problème avec les {G}.",
        "Les {G} ne sont pas la cause de nos problèmes.", "Jamais je ne croirai que les {G} sont moins que des humains.",
    ]),
    "neutral_identity": (0, [
        "Je travaille avec beaucoup de {G}.", "Mon nouveau coloc est {g}.", "Il y a une conférence pour les {G} la semaine prochaine.",
        "Le sondage interrogeait des {G} sur leurs trajets.", "Ma cousine vit à Lille avec {g}.", "Il y a beaucoup de {G} dans ta ville ?",
        "Le musée fait une expo sur l'histoire des {G}.", "J'ai discuté foot avec {g} dans le train.",
        "Plusieurs {G} ont été interviewés pour le documentaire.", "Mon lycée a un groupe de parole pour les {G}.",
    ]),
    "positive_identity": (0, [
        "J'adore les {G}.", "Les {G} sont des gens formidables.", "On devrait davantage célébrer les {G}.",
        "Les {G} rendent cette ville meilleure.", "Beaucoup de respect pour les {G}.", "Les {G} sont géniaux et je suis content qu'ils soient là.",
        "Le monde a besoin de plus de {G}.", "Je suis fier d'être {g}.", "Les {G} méritent toutes les chances.", "Ma meilleure prof était {g}, elle était top.",
    ]),
    "counter_quote": (0, [
        "Dire « les {G} sont des ordures », c'est ignoble, t'as pas honte ?", "« Je hais les {G} », ce n'est pas une opinion, c'est du racisme.",
        "Quelqu'un a tagué « mort aux {G} » sur le mur de la gare. Horrible.", "Si tu postes « les {G} sont de la vermine », tu seras banni.",
        "Mon oncle a dit « les {G} sont des animaux » au repas et je suis partie.", "« Faut expulser tous les {G} » ? Sérieux, fais-toi soigner.",
        "Des commentaires comme « les {G} ne valent rien » blessent de vraies personnes.", "Il a tweeté « tuez tous les {G} » et il a été arrêté, tant mieux.",
    ]),
    "counter_reference": (0, [
        "Arrêtez de traiter les {G} d'animaux, c'est haineux.", "C'est pas ok de dire que les {G} sont inférieurs.",
        "Traiter les {G} de parasites, c'est les déshumaniser.", "Ceux qui répandent la haine contre les {G} doivent être dénoncés.",
        "On doit s'opposer à la violence contre les {G}.", "Insulter les {G} en ligne, ça reste un discours de haine.",
        "J'en ai marre de voir autant de haine contre les {G} sur cette appli.", "Détester les {G}, ça en dit plus sur toi que sur eux.",
    ]),
    "abuse_object": (0, [
        "Je hais cette imprimante de tout mon cœur.", "Ce téléphone est une vraie merde.", "Je déteste les lundis.",
        "Cette appli ne vaut rien, c'est de la daube.", "Ma bagnole est un tas de ferraille dégueulasse.", "Les endives, c'est immonde.",
        "Cette météo me donne envie de vomir.", "Ce jeu est une grosse merde.", "Des rats dans la cave, faut tous les exterminer.",
        "Ces cafards sont de la vermine, j'appelle le dératiseur.",
    ]),
    "abuse_individual": (0, [
        "T'es une sombre merde.", "T'es un déchet, un vrai gâchis.", "Je te hais, sale menteur.", "T'es la personne la plus débile que je connaisse.",
        "Ferme-la, espèce d'abruti.", "Tu me dégoûtes, casse-toi.", "T'es de la vermine et tout le monde le sait.", "Quel clown pathétique tu fais.",
        "Je te méprise, toi et ta sale gueule.", "T'es une ordure, une vraie ordure.",
    ]),
    "abuse_nonprotected": (0, [
        "Les {N} sont des ordures.", "J'exècre les {N}.", "Les {N} sont un cancer pour la société.", "Les {N} sont tous des voleurs et des menteurs.",
        "Les {N} ne sont que des parasites.", "Pourquoi les {N} sont si répugnants ?", "Je pense que les {N} ne valent rien.", "Nique les {N}.",
        "Les {N} devraient tous être enfermés.", "Les {N} sont de la vermine.",
    ]),
}
FR_NONPROT = ["capitalistes", "banquiers", "supporters de l'OM", "fans du PSG", "hipsters", "propriétaires",
              "végans", "avocats", "politiciens", "influenceurs", "contrôleurs fiscaux", "traders", "automobilistes",
              "agents immobiliers", "antivax", "fans de Marvel", "chasseurs", "youtubeurs"]


# ------------------------------------------------------------------------------------------------
# spelling variations (applied to the identity word or the hateful word)
# ------------------------------------------------------------------------------------------------
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def _longest(words: list[str]) -> int:
    return max(range(len(words)), key=lambda i: len(words[i].strip(".,?!")))


def respell(text: str, how: str, target: str) -> str:
    """Apply one HateCheck-style spelling variation to `target` (a word of text) or the sentence."""
    word = target
    if how == "spell_boundary":  # drop one word boundary next to the target
        i = text.find(target)
        if i > 0 and text[i - 1] == " ":
            return text[: i - 1] + text[i:]
        j = i + len(target)
        return text[:j] + text[j + 1 :] if text[j : j + 1] == " " else text
    core = word
    if how == "spell_swap" and len(core) >= 4:
        k = R.randrange(1, len(core) - 2)
        new = core[:k] + core[k + 1] + core[k] + core[k + 2 :]
    elif how == "spell_missing" and len(core) >= 4:
        k = R.randrange(1, len(core) - 1)
        new = core[:k] + core[k + 1 :]
    elif how == "spell_spaces":
        new = " ".join(core)
    elif how == "spell_leet":
        new = "".join(LEET.get(c, c) if R.random() < 0.7 else c for c in core)
        if new == core:
            new = core.replace("e", "3").replace("a", "4").replace("o", "0")
    else:
        new = core
    return text.replace(core, new, 1)


def agree(text: str, gender: str) -> str:
    """Resolve [masculine/feminine] alternatives."""
    return re.sub(r"\[([^/\]]*)/([^\]]*)\]", lambda m: m.group(1) if gender == "m" else m.group(2), text)


def fr_fix(text: str, gender: str) -> str:
    text = agree(text, gender)
    if gender == "f":
        text = (text.replace("inférieurs", "inférieures").replace("répugnants", "répugnantes")
                .replace("dégoûtants", "dégoûtantes").replace("géniaux et je suis content qu'ils", "géniales et je suis content qu'elles")
                .replace("fainéants", "fainéantes").replace("interviewés", "interviewées").replace("sont tous aussi cons", "sont toutes aussi connes"))
    text = re.sub(r"\bde ([aeiouéèhAEIOUÉH])", r"d'\1", text)
    text = re.sub(r"\bque ([aeiouéèAEIOUÉ])", r"qu'\1", text)
    return text


def cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def functional_rows() -> list[list[str]]:
    rows: list[list[str]] = []
    seen: set[str] = set()
    for lang, table in (("en", EN_T), ("fr", FR_T)):
        ids = EN_ID if lang == "en" else FR_ID
        slurs = EN_SLUR if lang == "en" else FR_SLUR
        nonprot = EN_NONPROT if lang == "en" else FR_NONPROT
        for func, (label, templates) in table.items():
            combos: list[tuple[str, str, str]] = []
            for t in templates:
                if "{N}" in t:
                    combos += [(t, "nonprotected", n) for n in nonprot]
                elif func == "abuse_individual":
                    names = ["Kevin", "Sarah", "Tom", "Lucie", "Marco", "Jess"] if lang == "en" else ["Kévin", "Sarah", "Tom", "Lucie", "Marco", "Jess"]
                    combos += [(t, "individual", "")] + [(n + ", " + t[0].lower() + t[1:], "individual", "") for n in names]
                elif "{" in t:
                    combos += [(t, i[0], "") for i in ids]
                else:
                    combos.append((t, "none", ""))
            R.shuffle(combos)
            got = 0
            for t, key, extra in combos:
                if got >= PER_FUNC:
                    break
                ident = next((i for i in ids if i[0] == key), None)
                gender = ident[3] if (ident and lang == "fr") else "m"
                text = t
                if ident:
                    pl, sg = ident[1], ident[2]
                    if lang == "fr" and not pl[0].isupper():
                        pass
                    g1 = sg.split(" ", 1)[1]
                    text = text.replace("{GS}", R.choice(slurs.get(key, [pl])))
                    text = text.replace("{G1}", g1).replace("{g1}", g1)
                    text = text.replace("{G}", pl).replace("{g}", sg)
                if extra:
                    text = text.replace("{N}", extra)
                if lang == "fr":
                    text = fr_fix(text, gender)
                if func.startswith("spell_") and ident:
                    # half the time respell the identity word, else the hateful word
                    words = [w.strip(".,?!") for w in text.split()]
                    hateful = [w for w in words if w.lower() in {"hate", "disgusting", "scum", "death", "vermin", "kill",
                                                              "hais", "dégueulasses", "ordures", "mort", "vermine", "tuer"}]
                    tgt = ident[1].split()[-1] if (R.random() < 0.5 or not hateful) else hateful[0]
                    if func == "spell_spaces" and len(tgt) > 8:
                        tgt = hateful[0] if hateful else tgt
                    text = respell(text, func, tgt)
                text = cap(text)
                k = " ".join(text.lower().split())
                if k in seen:
                    continue
                seen.add(k)
                rows.append([text, lang, str(label), func, key])
                got += 1
    return rows


# ------------------------------------------------------------------------------------------------
# French teen set: attacks vs hard negatives, scored on overall toxicity
# ------------------------------------------------------------------------------------------------
PRENOMS = ["Maëlys", "Noa", "Rayan", "Jade", "Ilyes", "Lou", "Timéo", "Anaïs", "Sacha", "Yasmine", "Évan", "Clara",
           "Adam", "Zoé", "Nolan", "Lilou", "Wassim", "Océane", "Kylian", "Nina"]
TEEN: dict[str, tuple[int, list[str]]] = {
    "insult_direct": (1, [
        "{P} t'es vraiment qu'un cassos", "t'es trop moche {P} sérieux personne peut te blairer", "{P} espèce de grosse baltringue",
        "ferme ta bouche {P} t'es qu'une cruche", "t'es un vrai déchet {P}", "{P} sale fils de pute", "va niquer ta mère {P}",
        "t'es une salope {P} tout le bahut le sait", "{P} t'es qu'un bouffon sans amis", "t'es débile ou quoi {P}, t'as zéro cerveau",
        "{P} la honte de la classe c'est toi", "t'es un tocard {P} et tu le resteras", "{P} gros lâche va",
        "t'es qu'une pauvre conne {P}", "{P} la pétasse du 3e rang", "ptdr {P} t'es tellement nul que même ta mère t'aime pas",
    ]),
    "body_shaming": (1, [
        "{P} la baleine est arrivée 🐳", "t'as vu tes cuisses {P} ? bouge-toi un peu", "{P} t'es une planche à pain mdr",
        "{P} avec ton gros pif personne veut de toi", "mange moins {P} tu prends toute la place", "{P} le boudin du collège",
        "t'as une tête de cheval {P}", "{P} t'es tellement maigre on dirait un squelette, dégoûtant", "{P} t'as des boutons partout t'es immonde",
    ]),
    "exclusion": (1, [
        "personne veut de toi dans le groupe {P}, dégage", "{P} on t'a viré du snap de classe, t'as compris pourquoi",
        "n'invitez pas {P} à l'anniv, elle pue", "{P} t'as aucun ami et c'est mérité", "on fait un groupe sans {P}, elle sert à rien",
        "{P} assieds-toi ailleurs, on veut pas de toi ici", "tout le monde te déteste {P}, même les profs",
    ]),
    "threat": (1, [
        "{P} on t'attend à la sortie demain, tu vas prendre cher", "je vais te défoncer la gueule {P}", "{P} fais gaffe à toi ce soir 🔪",
        "on sait où t'habites {P}", "{P} je vais te faire regretter d'être née", "si tu reviens au lycée {P} t'es morte",
        "{P} je te casse les dents lundi",
    ]),
    "self_harm": (1, [
        "{P} va te pendre franchement", "personne te regretterait {P}, saute", "{P} crève, le monde ira mieux",
        "{P} fais-nous plaisir et disparais pour de bon", "tu devrais te tuer {P}", "{P} kys",
    ]),
    "sexual": (1, [
        "{P} envoie des nudes ou je balance tes photos", "{P} t'as un beau cul, viens dans mon lit", "{P} je vais te baiser que tu le veuilles ou non",
        "{P} montre tes seins en story", "{P} la chaudasse du lycée", "t'es bonne {P}, tu suces ?",
    ]),
    "obfuscated": (1, [
        "{P} t'es qu'une s4l0pe", "{P} f d p", "{P} c o n n a s s e", "{P} t'es un b@tard", "{P} ntm", "{P} va te f@ire f0utre",
        "{P} t'es une p u t e", "{P} encu1é", "{P} tg sale merde", "{P} 🐷🐷🐷",
    ]),
    "identity_insult": (1, [
        "{P} sale pédale", "{P} retourne dans ton bled", "{P} la gouine du fond de la classe", "{P} sale gros autiste",
        "{P} t'es qu'un triso", "{P} sale noir de merde", "{P} espèce de feuj radin",
    ]),
    # ---------------- hard negatives
    "banter": (0, [
        "{P} t'es trop bête mdrr je t'adore ❤️", "mon reuf {P} est un vrai boloss 😂 love sur toi", "{P} je vais te massacrer à Fortnite ce soir 😈",
        "ptdr {P} t'es grave conne mais t'es ma sœur de cœur", "{P} espèce de clown t'as encore oublié ton sac 😂😂", "t'es un génie du mal {P} 😂",
        "{P} je te tue si tu spoil la série 😭", "gros naze va {P} 😂 on se voit demain", "{P} on va vous éclater au foot jeudi, préparez-vous 😤",
        "t'es chiant {P} mais je t'aime quand même 😘", "{P} ma folle préférée 💖", "{P} t'es une grosse feignasse mdr viens on révise",
    ]),
    "counter_speech": (0, [
        "arrêtez de traiter {P} de grosse, c'est du harcèlement", "laissez {P} tranquille, elle vous a rien fait", "c'est pas drôle de se moquer de {P}, signalez ce compte",
        "ceux qui insultent {P} en commentaire, vous êtes pathétiques", "traiter quelqu'un de pute c'est pas une blague, stop", "on soutient {P} à fond, ignore les haters 💪",
        "le mot « pédé » c'est une insulte, arrêtez de l'utiliser", "{P} t'as rien fait de mal, c'est eux le problème",
    ]),
    "help_seeking": (0, [
        "on m'a traitée de salope devant toute la classe, je fais quoi ?", "des gens m'envoient « va te pendre » sur insta, j'ai peur",
        "un mec de ma classe me dit que je suis grosse tous les jours, j'en peux plus", "on a créé un compte pour se moquer de moi, à qui j'en parle ?",
        "quelqu'un m'a menacé de me frapper à la sortie, je dois le dire aux surveillants ?", "ils m'appellent « la baleine » depuis la 6e, comment je réagis ?",
        "on m'a dit de me suicider en commentaire, j'ai appelé le 3018", "mon ex a partagé mes photos, aidez-moi svp",
    ]),
    "innocent_words": (0, [
        "j'ai hâte de connaître les résultats du brevet", "le conseil de classe est jeudi", "ma salopette en jean est trop stylée",
        "on s'est disputés pour un bonbon mdr", "la réputation de ce resto est ouf", "on a étudié Conakry en géo", "je kiffe les concombres à la crème",
        "c'est quoi la connexion wifi du CDI ?", "il a disputé son premier match hier", "on a visité Montcuq avec la classe 😂",
        "le computer de la salle info est en panne", "ma prof de SVT nous a montré une bite d'amarrage au port 😂", "j'ai acheté des capotes de protection pour mon vélo",
        "j'ai lu un article sur l'histoire de la Constitution", "le bouquin s'appelle « La Conquête de l'espace »", "la pute… non la putt de golf mdr j'ai mal écrit",
        "on passe par Vitry-sur-Seine et Conflans", "j'adore les fraises tagada",
    ]),
    "profanity_no_target": (0, [
        "putain j'ai raté le bus encore", "merde le contrôle de maths c'était trop dur", "bordel j'ai plus de batterie", "chiotte il pleut",
        "ptn ce film m'a trop fait pleurer", "mais quelle journée de merde", "nique sa mère le wifi du lycée", "fait chier j'ai oublié ma trousse",
    ]),
    "enthusiasm": (0, [
        "ce son est une dinguerie", "t'as tué ce solo {P} 🔥", "c'est sale ce but 😍", "cette tenue elle tue {P}", "la fête d'hier c'était une tuerie",
        "{P} t'es une bête en maths", "ce prof est un monstre de gentillesse", "j'ai explosé mon record au 100 m", "trop de la balle ce concert",
    ]),
    "self_talk": (0, [
        "je suis vraiment trop nulle en anglais", "j'ai l'impression d'être un boulet pour mon équipe", "je me sens moche aujourd'hui",
        "chui trop bête j'ai encore oublié mes affaires", "je me déteste quand je rate un contrôle", "je me trouve grosse sur cette photo",
    ]),
}


def teen_rows() -> list[list[str]]:
    rows: list[list[str]] = []
    seen: set[str] = set()
    decor_pre = ["", "", "", "wsh ", "frr ", "nan mais ", "jte jure ", "@lou_lmb "]
    decor_suf = ["", "", "", " 😂", " 💀", " !!", " 😭", " frr", "..."]
    for func, (label, templates) in TEEN.items():
        kind = "attack" if label else "hard_negative"
        for t in templates:
            for _ in range(4):
                text = t.replace("{P}", R.choice(PRENOMS) if R.random() < 0.6 else "@" + R.choice(PRENOMS).lower())
                text = R.choice(decor_pre) + text + R.choice(decor_suf)
                if R.random() < 0.3:
                    text = text.replace("é", "e").replace("è", "e").replace("'", " ")
                k = " ".join(text.lower().split())
                if k in seen:
                    continue
                seen.add(k)
                rows.append([text.strip(), "fr", str(label), kind, func])
    return rows


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, header, rows in (
        ("functional_heldout.csv", ["text", "lang", "label", "functionality", "target"], functional_rows()),
        ("teen_heldout.csv", ["text", "lang", "label", "kind", "functionality"], teen_rows()),
    ):
        with (OUT_DIR / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        n1 = sum(r[2] == "1" for r in rows)
        print(f"{name}: {len(rows)} rows, {n1} positive, {len(rows) - n1} negative")


if __name__ == "__main__":
    main()
