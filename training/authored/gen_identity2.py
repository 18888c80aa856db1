"""Generate identity2.csv: a second, frame-diverse identity-hate corpus (EN + FR) with close contrasts."""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from evaluation_sets import evaluation_texts

SEED = 20261125
OUT = Path(__file__).with_name("identity2.csv")
R = random.Random(SEED)

# ---------------------------------------------------------------- English groups (plural surface forms)
EN_GROUPS: dict[str, list[str]] = {
    "women": ["women", "females", "girls", "ladies", "wives", "woman drivers", "female bosses"],
    "trans": [
        "trans people",
        "trans women",
        "trans men",
        "transgender people",
        "trans folks",
        "trans kids",
        "nonbinary people",
        "transwomen",
    ],
    "lgb": [
        "gay people",
        "gays",
        "lesbians",
        "bisexuals",
        "gay men",
        "homosexuals",
        "queers",
        "gay couples",
        "bi people",
        "LGBT people",
    ],
    "black": [
        "Black people",
        "blacks",
        "Black folks",
        "Africans",
        "Black men",
        "Black women",
        "Somalis",
        "Haitians",
        "Nigerians",
        "Black families",
    ],
    "muslim": [
        "Muslims",
        "muslims",
        "Muslim women",
        "hijabis",
        "Muslim immigrants",
        "Pakistani Muslims",
        "mosque goers",
    ],
    "jew": [
        "Jews",
        "jews",
        "Jewish people",
        "the Jewish community",
        "Orthodox Jews",
        "Jewish bankers",
        "Hasidic Jews",
    ],
    "immigrant": [
        "immigrants",
        "migrants",
        "refugees",
        "asylum seekers",
        "illegals",
        "foreigners",
        "Mexicans",
        "Syrians",
        "Afghans",
        "Polish workers",
    ],
    "disabled": [
        "disabled people",
        "people in wheelchairs",
        "autistic people",
        "deaf people",
        "the blind",
        "people with Down syndrome",
        "the mentally ill",
        "schizophrenics",
        "cripples",
    ],
    "asian": [
        "Asians",
        "Chinese people",
        "the Chinese",
        "Koreans",
        "Vietnamese people",
        "Filipinos",
        "Japanese people",
        "Asian women",
    ],
    "arab": [
        "Arabs",
        "arabs",
        "Arab men",
        "Moroccans",
        "Algerians",
        "Palestinians",
        "Egyptians",
        "Syrians",
    ],
    "roma": ["Roma", "gypsies", "Romani people", "travellers", "Roma families", "gypsy families"],
    "hindu": ["Hindus", "hindus", "Indians", "Sikhs", "Hindu families", "Tamils"],
    "indigenous": [
        "Indigenous people",
        "Native Americans",
        "Aboriginal people",
        "First Nations people",
        "natives",
        "Indians on reservations",
        "Inuit",
    ],
}
EN_SING: dict[str, list[str]] = {
    "women": ["a woman", "a girl", "a female"],
    "trans": ["trans", "a trans woman", "a tranny"],
    "lgb": ["gay", "a lesbian", "a fag", "bi"],
    "black": ["Black", "a black guy", "African"],
    "muslim": ["a Muslim", "a muzzie"],
    "jew": ["a Jew", "Jewish"],
    "immigrant": ["an immigrant", "a refugee", "a foreigner"],
    "disabled": ["disabled", "a retard", "autistic", "a cripple"],
    "asian": ["Asian", "Chinese", "a chink"],
    "arab": ["an Arab", "a sand n*gger"],
    "roma": ["a gypsy", "Roma"],
    "hindu": ["a Hindu", "a p*ki"],
    "indigenous": ["a native", "Indigenous", "a redskin"],
}
EN_SLURS: dict[str, list[str]] = {
    "women": ["bitches", "whores", "sluts", "femoids"],
    "trans": ["trannies", "shemales", "troons"],
    "lgb": ["faggots", "fags", "dykes", "homos"],
    "black": ["niggers", "n*ggers", "coons", "monkeys"],
    "muslim": ["muzzies", "goatf*ckers", "ragheads"],
    "jew": ["kikes", "yids", "k*kes"],
    "immigrant": ["wetbacks", "invaders", "beaners"],
    "disabled": ["retards", "cripples", "spastics", "r3tards"],
    "asian": ["chinks", "gooks", "ch*nks"],
    "arab": ["towelheads", "sand n*ggers", "camel jockeys"],
    "roma": ["gyppos", "pikeys", "thieving gypsies"],
    "hindu": ["p*kis", "curry munchers", "pajeets"],
    "indigenous": ["redskins", "savages", "injuns"],
}
# non-protected targets: same frames -> insult / threat, never identity_hate
EN_NONPROT = [
    "lawyers",
    "gamers",
    "vegans",
    "cyclists",
    "football fans",
    "billionaires",
    "politicians",
    "landlords",
    "influencers",
    "crypto bros",
    "Chelsea fans",
    "tax collectors",
    "bankers",
    "journalists",
    "referees",
    "TikTokers",
    "boomers",
    "car dealers",
    "real estate agents",
    "anime fans",
    "golfers",
    "moderators",
    "Tories",
    "Democrats",
    "Republicans",
    "cops",
    "teachers",
    "CEOs",
    "stockbrokers",
    "vloggers",
    "flat earthers",
    "racists",
    "Nazis",
    "pedophiles",
]

# ---------------------------------------------------------------- English hateful frames (identity_hate)
EN_DEROG = [
    "{G} are disgusting.",
    "{G} are a plague on this country.",
    "I can't stand {G}.",
    "honestly {G} make me sick",
    "{G} are nothing but parasites living off our taxes",
    "{G} are subhuman trash",
    "All {G} are the same: dirty, lazy and dishonest.",
    "{G} ruin every neighbourhood they move into.",
    "Never trust {G}. Ever.",
    "{G} are too stupid to be allowed to vote.",
    "{G} should know their place.",
    "{G} are a cancer on society.",
    "there is nothing more pathetic than {G}",
    "{G} are vermin, simple as that",
    "i fucking hate {G}",
    "{G} disgust me to my core",
    "{G} are worthless",
    "{G} are filthy animals",
    "{G} are a disease",
    "The world would be a better place without {G}.",
    "{G} are inferior, it's just biology.",
    "Typical {G}, always whining and never working.",
    "{G}: born criminals.",
    "{G} belong in a zoo, not in our streets.",
    "{G} breed like rats.",
    "Being surrounded by {G} makes my skin crawl.",
    "{G} are a stain on humanity.",
    "{G} are the lowest form of life",
    "Nobody wants {G} around, they just don't get it.",
    "{G} are a burden and always will be.",
    "{G} are a mistake of nature.",
    "We have way too many {G} here. It's disgusting.",
    "{G} are freaks, end of discussion.",
    "{G} can't be trusted with anything important.",
    "{G} are mentally defective, all of them.",
    "{G} are just useless mouths to feed.",
    "Every time I see {G} I lose faith in humanity.",
    "{G} ain't even human tbh",
    "{G} r trash",
    "{G} = scum",
    "{G} 🤮🤮",
    "{G} smell and everybody knows it.",
    "{G} are the reason this country is falling apart.",
    "{G} have no culture, only crime.",
    "{G} should be ashamed to exist.",
    "You can dress {G} up but they'll always be savages.",
    "{G} are like cockroaches, kill one and ten more appear.",
    "It's a fact that {G} are less intelligent.",
    "{G} are a virus.",
    "Sorry not sorry, {G} are garbage.",
    "{G} ruin everything they touch.",
    "Give {G} rights and they take everything.",
    "{G} are an infestation.",
    "{G} are a burden on the rest of us, period.",
    "{G} are degenerates.",
    "Only an idiot would hire {G}.",
    "{G} are filth and always will be.",
    "I would never let {G} near my children.",
    "{G} are predators, every single one.",
    "{G} are a joke of a people.",
    "{G} are basically animals with phones.",
    "My disgust for {G} has no limits.",
    "Most {G} are criminals, the rest are accomplices.",
    "{G} are genetically broken.",
    "the problem with {G} is that they exist",
    "{G} have never contributed anything to civilisation.",
    "{G} are a pest that needs controlling.",
    "Zero respect for {G}. None.",
    "{G} are lower than dirt.",
    "{G} deserve every bit of hate they get.",
    "People like {G} make me ashamed to live here.",
    "{G} are leeches on our welfare system.",
]
EN_OPINION = [  # opinions, questions, sarcasm, just asking, conditional, reported
    "Unpopular opinion: {G} are a blight.",
    "Just asking: why are {G} always so violent?",
    "Why are {G} so damn stupid?",
    "Is it just me or are {G} getting more disgusting every year?",
    "Am I the only one who thinks {G} are subhuman?",
    "Why do we even tolerate {G}?",
    "Can someone explain why {G} can't behave like normal people?",
    "Not racist but {G} really are inferior.",
    "I'm not a bigot, I just think {G} are vermin.",
    "No offence but {G} are a waste of space.",
    "With all due respect, {G} are parasites.",
    "Call me old fashioned but {G} shouldn't be allowed to work.",
    "Let's be honest, {G} are a problem that needs solving.",
    "If you ask me, {G} are a plague.",
    "Say what you want, but {G} are filth.",
    "Genuine question: why do {G} breed like rabbits?",
    "What is it with {G} and crime?",
    "How is it that {G} are always the ones causing trouble?",
    "Wow, {G} being disgusting again, what a surprise 🙄",
    "Oh great, more {G}. Just what we needed. 🙄",
    "Ah yes, {G}, the pinnacle of human evolution 😂",
    "Imagine being as useless as {G} lol",
    "Funny how {G} always end up on welfare, isn't it?",
    "If {G} had any decency they'd leave.",
    "If I were in charge, {G} would have no rights at all.",
    "My dad always said {G} were animals and he was right.",
    "Everyone at work agrees that {G} are scum, they're just afraid to say it.",
    "Like my grandma used to say, {G} are dirt.",
    "Facts don't care about feelings: {G} are inferior.",
    "It's not hate if it's true: {G} are parasites.",
    "Am I wrong for thinking {G} should be sterilised?",
    "Is it really so bad to say {G} are animals?",
    "Do {G} even have souls?",
    "Honest question, are {G} even capable of thinking?",
    "Where are all these {G} coming from and when will they leave?",
    "Newsflash: {G} are not people like us.",
    "Hot take: {G} are a plague.",
    "I don't care what anyone says, {G} are disgusting.",
    "Say it with me: {G} are vermin.",
    "Maybe if {G} stopped being so pathetic people would respect them.",
    "{G} are just not as evolved as the rest of us, that's science.",
    "tbh {G} kinda ruin everything",
    "ngl {G} are the worst",
    "lowkey think {G} should all be locked up",
    "wouldn't it be nice if there were no {G}?",
    "I'd rather die than have {G} as neighbours.",
    "Who else is sick of {G}?",
    "Raise your hand if you're tired of {G} 🙋",
    "Honestly, can we just admit {G} are a lost cause?",
]
EN_THREAT = [
    "{G} should be shot on sight.",
    "All {G} need to be exterminated.",
    "Round up the {G} and burn them.",
    "I will kill any {G} I see.",
    "Someone should bomb the places where {G} gather.",
    "Hang all {G}.",
    "{G} deserve to die.",
    "Gas the {G}.",
    "We need to wipe out {G} once and for all.",
    "It's open season on {G}.",
    "I'd happily run over a crowd of {G}.",
    "Kill all {G}",
    "If I see {G} near my house I'm grabbing my gun.",
    "The only good {G} are dead ones.",
    "{G} need a bullet each.",
    "Next time {G} march, we bring bats.",
    "Time to start cleaning the streets of {G}.",
    "Throw {G} off a bridge, problem solved.",
    "We should burn down every building full of {G}.",
    "{G} will hang when the day comes.",
    "Let's go hunting {G} tonight 🔫",
    "Put {G} in camps and let them starve.",
    "I hope {G} all get cancer and die.",
    "{G} should be drowned like the rats they are.",
    "Drag {G} into the street and beat them.",
    "Any {G} who comes near me is getting stabbed 🔪",
]
EN_EXCL = [
    "{G} should be banned from this country.",
    "Deport all {G} now.",
    "{G} should not be allowed to vote.",
    "No {G} should ever be allowed to teach children.",
    "Send {G} back where they came from.",
    "Keep {G} out of our schools.",
    "{G} shouldn't have the right to marry.",
    "No {G} allowed in my shop.",
    "{G} should not be allowed in public places.",
    "Close the borders to {G}, every one of them.",
    "Companies should be allowed to refuse to hire {G}.",
    "{G} don't belong here and never will.",
    "Landlords should be able to refuse {G}.",
    "Ban {G} from the Olympics.",
    "{G} have no place in our society.",
    "{G} shouldn't be allowed to have children.",
    "Segregate {G} from normal people.",
    "{G} have no business in politics.",
    "Get {G} out of our neighbourhood.",
    "Strip {G} of citizenship.",
]
EN_PRONOUN = [  # hate carried by pronoun reference to an earlier group mention
    "I hate them. Those {G} are all the same.",
    "Those {G}? They're vermin, all of them.",
    "Just met some {G}. They're disgusting, honestly.",
    "Talking about {G}: they should all be deported.",
    "{G} moved in next door. I hope they die.",
    "You know who I mean. {G}. They're a disease.",
    "There were {G} at the station again. They make me sick.",
    "Seen the {G} at the park? Animals, the lot of them.",
    "Ugh, {G}. I can't stand them.",
    "Re: {G}. They shouldn't exist.",
    "{G}... they're parasites, every last one.",
    "My town is full of {G} now. They ruin everything.",
    "They let {G} in. Now they're breeding like rats.",
    "When I think of {G}, I think of filth. That's what they are.",
    "Can't believe they hired more {G}. They're useless.",
]
EN_CODED = {  # implicit / coded hate per group
    "women": [
        "Women belong in the kitchen, not in parliament.",
        "Make me a sandwich and stay quiet, that's what girls are for.",
        "Females and logic, name a worse pair 😂",
        "Women's rights were a mistake.",
        "Another female driver, say no more 🙄",
    ],
    "trans": [
        "Trans women are just men in dresses.",
        "There are only two genders and trans people are mentally ill.",
        "41% of them, do the math 😉 trans people",
        "Trans kids are groomed by predators, nothing else.",
        "Troons will never be real women.",
    ],
    "lgb": [
        "Gays are grooming our kids.",
        "Being gay is a mental illness that can be cured.",
        "Ever notice how gays always go after kids?",
        "Homosexuality is a sin and gays will burn.",
        "Protect the children from the LGBT agenda, keep gays away from schools.",
    ],
    "black": [
        "13/50, do the math 🐒",
        "Another jogger story, what a surprise.",
        "Black people are statistically just more violent, it's genetics.",
        "Fatherless behaviour, typical Black family.",
        "Ooga booga, go back to the jungle.",
    ],
    "muslim": [
        "Religion of peace strikes again 🙄",
        "Every Muslim is a terrorist in waiting.",
        "Muslims are taking over Europe, one baby at a time.",
        "Another diverse cultural enrichment in a truck, thanks Muslims.",
        "Islam is a cancer and Muslims are its cells.",
    ],
    "jew": [
        "(((They))) control the media, wake up.",
        "Follow the money and you'll always find Jews.",
        "Jews run the banks, everybody knows it.",
        "The Holocaust was exaggerated and Jews profit from it.",
        "Notice who owns everything? 👃",
    ],
    "immigrant": [
        "The great replacement is real and migrants are the weapon.",
        "Refugees are just invaders with smartphones.",
        "Immigrants are here to rape our women.",
        "Diversity is code for white genocide, migrants are the tool.",
        "Every migrant boat is an invasion force.",
    ],
    "disabled": [
        "Disabled people are a drain on society, we should stop wasting money on them.",
        "Autistic people are basically broken computers.",
        "In the old days, cripples were left in the woods, and for good reason.",
        "Mentally ill people should be locked away forever.",
        "People with Down syndrome shouldn't have been born.",
    ],
    "asian": [
        "Asians brought the virus, ban them all.",
        "Chinese people eat dogs and bats, disgusting.",
        "Asian women only want a green card.",
        "Kung flu came from the Chinese and they should pay.",
        "Ching chong, go back to China.",
    ],
    "arab": [
        "Arabs only know how to blow things up.",
        "Every Arab is a thief in a tracksuit.",
        "Arabs are desert rats.",
        "Arabs and their camels should go back to the sand.",
        "Arab men can't control themselves around women.",
    ],
    "roma": [
        "Gypsies steal, it's in their blood.",
        "Hide your wallet, the gypsies are in town.",
        "Roma are thieves by birth.",
        "Lock your car, travellers have moved in.",
        "Roma children are trained to pickpocket from birth.",
    ],
    "hindu": [
        "Hindus worship cows because they're dumber than them.",
        "Indians smell like curry and filth.",
        "Hindus are dirty, look at their rivers.",
        "Indian scammers, the whole lot of them.",
        "Sikhs are just terrorists with turbans.",
    ],
    "indigenous": [
        "Natives are all drunks living off handouts.",
        "Indigenous people had no civilisation before us.",
        "Give the natives more casinos so they can drink more.",
        "Aboriginals are stone age people.",
        "Natives should be grateful we civilised them.",
    ],
}
# ---------------------------------------------------------------- personal, identity-based attacks
EN_PERSONAL = [
    "You're {S} so your opinion doesn't count.",
    "Shut up, you're {S}.",
    "Of course you'd say that, you're {S}.",
    "Nobody listens to you because you're {S}.",
    "You only got the job because you're {S}.",
    "Go back to your country, you're {S} and you'll never belong.",
    "Being {S} explains why you're so stupid.",
    "Typical {S}, can't do anything right.",
    "@{N} you're {S}, go away",
    "{N} is {S}, that's why he's useless.",
    "I'd never date you, you're {S}, gross.",
    "Lol look at {N}, so {S}, disgusting",
]
# ---------------------------------------------------------------- individual abuse, no identity
EN_INDIV = [
    "You are a pathetic loser.",
    "you're such an idiot",
    "Nobody likes you, {N}.",
    "@{N} shut up you absolute clown",
    "You're the dumbest person I've ever met.",
    "What a worthless piece of garbage you are.",
    "{N} is a fucking moron.",
    "Go away, nobody asked for your opinion, you muppet.",
    "You are disgusting, {N}.",
    "i hope you choke on your words you prick",
    "{N} you're a waste of oxygen",
    "Your brain must be the size of a pea.",
    "You're such a fake, {N}.",
    "Honestly {N}, you're a joke.",
    "You're pathetic and everyone knows it.",
    "shut ur mouth {N} u clown",
    "{N} is a lying snake.",
    "Imagine being this stupid, {N}.",
    "You absolute waste of space.",
    "You're garbage at this game and at life.",
    "Nobody will ever love you, you ugly rat.",
    "{N}, you're a spineless coward.",
    "Can you be any more useless?",
    "What a miserable little troll you are.",
    "You make me sick, {N}.",
    "You're vermin, {N}, crawl back under your rock.",
    "I hope you get fired, you incompetent fool.",
    "Stfu {N} you absolute donkey",
]
EN_INDIV_THREAT = [
    "I'm going to find you, {N}.",
    "Watch your back {N}, I know where you live.",
    "Say that again and I'll break your face.",
    "{N}, I hope you die in a ditch.",
    "You're dead when I see you, {N}.",
]
NAMES = [
    "Kevin",
    "Sarah",
    "Jake",
    "Emma",
    "Liam",
    "Chloe",
    "Tyler",
    "Megan",
    "Ryan",
    "Olivia",
    "Dylan",
    "Zoe",
    "Marcus",
    "Priya",
    "Aisha",
    "David",
    "Lucas",
    "Amira",
    "Tom",
    "Hannah",
    "mike_88x",
    "gamergirl22",
]

# ---------------------------------------------------------------- English contrasts
EN_COUNTER = [  # wrap a hateful sentence
    'Someone in the comments wrote "{H}" and nobody reported it. Shame.',
    'Saying "{H}" is pure bigotry.',
    'If you think "{H}", you need to educate yourself.',
    '"{H}" - this is the kind of hate we are fighting against.',
    'I just got a DM saying "{H}". Reported and blocked.',
    'Stop posting things like "{H}". It hurts real people.',
    'My uncle said "{H}" at dinner and I walked out.',
    'People who write "{H}" should be banned from this platform.',
    'It is wrong to say "{H}"',
    'Screenshots of tweets like "{H}" were shown in court today.',
    'Quoting this so everyone sees how vile it is: "{H}"',
    '"{H}"? Are you serious? That is disgusting racism.',
    'No, "{H}" is not an opinion, it is hate speech.',
    'The guy next to me on the bus said "{H}". I told him to shut up.',
    'Mods, this user keeps saying "{H}", please remove.',
    'Ugh, "{H}". Blocked. We don\'t do that here.',
    'Report: the banner read "{H}". Police are investigating.',
    'Hearing "{H}" in 2026 is unbelievable.',
    'Teaching my kids that sentences like "{H}" are never OK.',
    'imagine typing "{H}" and thinking ur the good guy 🤡',
]
EN_DENOUNCE = [
    "It's wrong to say {G} are vermin.",
    "Calling {G} animals is dehumanising and dangerous.",
    "Nobody should ever say {G} deserve to die.",
    "Saying {G} are a plague is hate, plain and simple.",
    "People who call {G} parasites are the real problem.",
    "I'm sick of people saying {G} are inferior.",
    "Stop calling {G} subhuman. They are people.",
    "The idea that {G} are criminals by nature is racist nonsense.",
    "Hate against {G} has no place here.",
    "If you hate {G}, unfollow me now.",
    "Attacks on {G} rose 30% this year, report says.",
    "A man was arrested for threatening to kill {G} online.",
    "The court convicted him for inciting hatred against {G}.",
    "Graffiti saying 'death to {G}' was found on the school wall; the mayor condemned it.",
    "Survey: one in three {G} has faced abuse online.",
    "Police are investigating leaflets calling {G} vermin.",
    "Denying {G} the right to vote would be a disgrace.",
    "Telling {G} to go back where they came from is bigotry.",
    "Those who want {G} deported are fuelled by fear, not facts.",
    "We must protect {G} from this wave of hate.",
]
EN_NEGATED = [
    "{G} are not vermin.",
    "I don't hate {G} at all.",
    "{G} are not a plague, they're our neighbours.",
    "I would never say {G} are inferior.",
    "It's not true that {G} are criminals.",
    "{G} are no more violent than anyone else.",
    "No, {G} don't deserve to die, what is wrong with you?",
    "{G} are not disgusting.",
    "I have never thought {G} were a problem.",
    "{G} aren't parasites, they pay taxes like everyone.",
    "Nobody should be deported for being {S}.",
    "There's nothing wrong with being {S}.",
    "{G} are not subhuman and never were.",
    "I don't think {G} are dangerous.",
    "{G} shouldn't be banned from anything.",
    "Why would anyone think {G} are stupid? They're not.",
]
EN_POSITIVE = [
    "I fucking love {G}.",
    "{G} are amazing, fight me.",
    "{G} are damn brilliant.",
    "Shoutout to all the {G} out there ❤️",
    "{G} deserve so much better than this shitty treatment.",
    "Honestly {G} are the best neighbours I've ever had.",
    "Hell yeah, {G} rights!",
    "{G} are welcome here. Always.",
    "Proud to stand with {G}.",
    "{G} are strong as hell 💪",
    "Fuck the haters, {G} are beautiful.",
    "So many {G} in my team and they kick ass.",
    "I'm {S} and proud of it.",
    "As {S} myself, this thread made my day.",
    "My best friend is {S} and she's a legend.",
    "{G} built this city too.",
    "Can we talk about how damn funny {G} are on this show?",
    "{G} are people. Full stop.",
    "Where can I learn more about the history of {G}?",
    "Our school is hosting a week celebrating {G}.",
    "{G} make up about 5% of the population here.",
    "The new museum tells the story of {G} in this region.",
    "My neighbour is {S} and he helped me move today.",
    "Is it offensive to say {G} or is there a better term?",
    "Lots of {G} came to the festival this year.",
    "Happy holidays to all the {G} celebrating this week!",
    "{G} are just as human as you and me.",
    "Why are {G} underrepresented in tech? Genuine question.",
    "What's the best way to support {G} in my community?",
    "I've learned so much from {G} at my job.",
    "Damn, {G} got robbed in that vote.",
    "Fucking finally, a film that shows {G} as real people.",
]
EN_NONPROT_EXTRA = [  # frames aimed at non-protected groups
    "All {G} should rot in hell.",
    "I hate {G} more than anything.",
]
EN_PROFANITY = [
    "fucking Mondays, I swear",
    "this shit weather is killing me",
    "damn, that goal was fucking insane",
    "holy shit I passed my exam!!",
    "what the fuck is this update",
    "bloody hell, lost my keys again",
    "shit shit shit I missed the bus",
    "that concert was fucking unreal",
    "my wifi is garbage today ffs",
    "fuck yeah, weekend!",
    "this traffic is a disease",
    "these mosquitoes are vermin, kill them all",
    "rats in the basement again, exterminate them",
    "I'd gas the wasps nest if I could",
    "my code is trash and I hate it",
    "kill all the bugs in this release pls",
    "Mondays should be banned",
]
EN_RECLAIM = [
    "Proud dyke here and loving it 🌈",
    "we queers gotta stick together",
    "as a fag myself I find this hilarious",
    "my nigga we did it!!",
    "crip life, wheelchair gang 😎",
    "us queer folks know how to party",
    "I'm a proud bitch and I own it",
    "ma bitches and me out tonight 💅",
]

# ---------------------------------------------------------------- French groups: (plural, gender m/f)
FR_GROUPS: dict[str, list[tuple[str, str]]] = {
    "women": [("femmes", "f"), ("meufs", "f"), ("nanas", "f"), ("gonzesses", "f")],
    "trans": [
        ("trans", "m"),
        ("femmes trans", "f"),
        ("personnes trans", "f"),
        ("transgenres", "m"),
    ],
    "lgb": [
        ("homos", "m"),
        ("gays", "m"),
        ("lesbiennes", "f"),
        ("bisexuels", "m"),
        ("homosexuels", "m"),
    ],
    "black": [
        ("Noirs", "m"),
        ("Africains", "m"),
        ("Sénégalais", "m"),
        ("Maliens", "m"),
        ("Antillais", "m"),
    ],
    "muslim": [("musulmans", "m"), ("femmes voilées", "f"), ("muzz", "m")],
    "jew": [("juifs", "m"), ("Juifs", "m"), ("feujs", "m")],
    "immigrant": [
        ("immigrés", "m"),
        ("migrants", "m"),
        ("réfugiés", "m"),
        ("clandestins", "m"),
        ("étrangers", "m"),
    ],
    "disabled": [
        ("handicapés", "m"),
        ("autistes", "m"),
        ("trisomiques", "m"),
        ("sourds", "m"),
        ("schizophrènes", "m"),
    ],
    "asian": [("Asiatiques", "m"), ("Chinois", "m"), ("Vietnamiens", "m"), ("Cambodgiens", "m")],
    "arab": [
        ("Arabes", "m"),
        ("rebeus", "m"),
        ("Maghrébins", "m"),
        ("Algériens", "m"),
        ("Marocains", "m"),
    ],
    "roma": [("Roms", "m"), ("gitans", "m"), ("gens du voyage", "m"), ("manouches", "m")],
    "hindu": [("hindous", "m"), ("Indiens", "m"), ("Tamouls", "m")],
    "indigenous": [("Amérindiens", "m"), ("Kanaks", "m"), ("autochtones", "m")],
}
FR_NONPROT = [
    "avocats",
    "gamers",
    "vegans",
    "cyclistes",
    "supporters du PSG",
    "milliardaires",
    "politiciens",
    "influenceurs",
    "propriétaires",
    "banquiers",
    "journalistes",
    "arbitres",
    "boomers",
    "flics",
    "profs",
    "youtubeurs",
    "fans de K-pop",
    "chauffards",
    "racistes",
    "macronistes",
]
FR_DEROG = [
    "Les {G} sont une plaie pour ce pays.",
    "J'en peux plus des {G}.",
    "les {G} me dégoûtent",
    "Les {G} sont des parasites.",
    "Les {G} c'est vraiment de la merde.",
    "Les {G} sont tous pareils : sales et menteurs.",
    "Les {G} pourrissent tous les quartiers.",
    "Jamais faire confiance aux {G}.",
    "Les {G} sont des sous-hommes.",
    "Les {G} sont une maladie.",
    "Je hais les {G}.",
    "putain ces {G} jsuis à bout",
    "Les {G} sont des animaux.",
    "Les {G}, une vraie vermine.",
    "Les {G} ça sert à rien.",
    "Le monde irait mieux sans les {G}.",
    "Les {G} sont inférieurs, c'est biologique.",
    "Les {G} vivent sur notre dos.",
    "Ces {G} me donnent envie de vomir 🤮",
    "Les {G} se reproduisent comme des rats.",
    "Les {G} ne sont pas des êtres humains.",
    "Les {G} sont des déchets.",
    "Y'a trop de {G} ici, c'est écœurant.",
    "Les {G} c'est des cafards.",
    "Franchement les {G} sont une honte pour l'humanité.",
    "Les {G} sont bêtes par nature.",
    "Les {G} n'ont rien apporté à la civilisation.",
    "Les {G} = racaille.",
    "Zéro respect pour les {G}.",
]
FR_OPINION = [
    "Je suis pas raciste mais les {G} sont des parasites.",
    "Question sérieuse : pourquoi les {G} sont aussi violents ?",
    "C'est moi ou les {G} sont de plus en plus insupportables ?",
    "Sans vouloir choquer, les {G} sont une race à part.",
    "Avis impopulaire : les {G} sont une calamité.",
    "Je dis juste ce que tout le monde pense : les {G} sont de la vermine.",
    "Comme disait mon grand-père, les {G} c'est des bêtes.",
    "Pourquoi on tolère encore les {G} ?",
    "Si j'étais président, les {G} n'auraient aucun droit.",
    "Ah les {G}, toujours à se plaindre et jamais à bosser 🙄",
    "Bravo les {G}, encore une belle preuve de votre intelligence 🙄",
    "On a le droit de dire que les {G} sont inférieurs ou pas ?",
    "Franchement, qui en a pas marre des {G} ?",
    "Les {G} ont-ils seulement une âme ?",
    "Je me pose la question : les {G} sont-ils humains ?",
    "Est-ce que c'est si grave de dire que les {G} sont des animaux ?",
    "mdr les {G} toujours aussi débiles",
    "On va pas se mentir, les {G} sont une plaie.",
]
FR_THREAT = [
    "Il faut exterminer les {G}.",
    "Tous les {G} méritent une balle.",
    "On devrait brûler les {G}.",
    "Mort aux {G} !",
    "Je tuerai le premier des {G} que je croise.",
    "Les {G} au four.",
    "Faut gazer les {G}.",
    "La chasse aux {G} est ouverte 🔫",
    "Les {G} devraient crever.",
    "Qu'on pende les {G}.",
    "Un jour on nettoiera la France des {G}.",
    "Les {G}, faut les noyer.",
]
FR_EXCL = [
    "Les {G} dehors !",
    "Il faut expulser tous les {G}.",
    "Les {G} ne devraient pas avoir le droit de vote.",
    "Interdisons les {G} dans nos écoles.",
    "Renvoyez les {G} chez eux.",
    "Les {G} n'ont rien à faire en France.",
    "Aucun des {G} ne devrait pouvoir enseigner.",
    "Les {G} devraient être interdits de se marier.",
    "Remigration pour les {G}.",
    "Pas de {G} dans mon immeuble.",
]
FR_PRONOUN = [
    "Je les déteste. Ces {G} sont tous les mêmes.",
    "Les {G} ? Ce sont des rats, tous.",
    "Des {G} ont emménagé à côté. J'espère qu'ils crèvent.",
    "Vous voyez de qui je parle. Les {G}. Une vraie maladie.",
    "Encore des {G} à la gare. Ils me dégoûtent.",
    "Ces {G}... des parasites, jusqu'au dernier.",
]
FR_COUNTER = [
    "Quelqu'un a écrit « {H} » sous la vidéo. Signalé.",
    "Dire « {H} », c'est du racisme pur.",
    "Mon oncle a sorti « {H} » au repas, je suis parti.",
    "« {H} » : voilà le genre de haine qu'on combat.",
    "J'ai reçu en MP « {H} ». Bloqué et signalé.",
    "Arrêtez d'écrire des trucs comme « {H} », ça blesse des vraies personnes.",
    "Il est faux de dire « {H} »",
    "Le tribunal a cité le message « {H} » lors du procès.",
    "Modos, ce compte poste « {H} » en boucle, merci de supprimer.",
    "Entendre « {H} » en 2026, sérieux ?",
    "« {H} » ? T'as honte de rien toi.",
]
FR_DENOUNCE = [
    "C'est honteux de dire que les {G} sont des parasites.",
    "Traiter les {G} d'animaux, c'est de la déshumanisation.",
    "Personne ne devrait dire que les {G} méritent de mourir.",
    "Les actes contre les {G} ont augmenté de 20 %, selon un rapport.",
    "Un homme condamné pour incitation à la haine contre les {G}.",
    "Un tag « mort aux {G} » a été découvert sur le mur de l'école.",
    "Arrêtez de dire que les {G} sont inférieurs.",
    "La haine contre les {G} n'a pas sa place ici.",
    "Vouloir expulser les {G}, c'est de la pure xénophobie.",
    "Soutien total aux {G} face à ce harcèlement.",
]
FR_NEGATED = [
    "Les {G} ne sont pas des parasites.",
    "Je ne déteste pas du tout les {G}.",
    "C'est faux que les {G} sont violents.",
    "Non, les {G} ne méritent pas de mourir, t'es malade ?",
    "Je n'ai jamais pensé que les {G} étaient un problème.",
    "Les {G} ne sont pas inférieurs, point.",
    "Les {G} ne sont pas plus dangereux que les autres.",
]
FR_POSITIVE = [
    "J'adore les {G}, putain !",
    "Les {G} sont trop forts, franchement.",
    "Big up à tous les {G} ❤️",
    "Les {G} sont les bienvenus ici.",
    "Fiers de soutenir les {G}.",
    "Les {G} méritent tellement mieux que ce traitement de merde.",
    "Les {G} sont des gens comme tout le monde.",
    "Où apprendre l'histoire des {G} en France ?",
    "Beaucoup de {G} étaient présents au festival.",
    "Mon voisin fait partie des {G} et il est adorable.",
    "Les {G} ont construit ce pays aussi.",
    "Bordel, enfin un film qui montre les {G} comme des humains.",
    "Y'a plein de {G} dans mon équipe et ils assurent.",
    "Comment soutenir les {G} dans mon quartier ?",
    "Les {G} représentent environ 5 % de la population ici.",
]
FR_INDIV = [
    "T'es qu'un pauvre loser.",
    "Ferme-la {N}, espèce de bouffon.",
    "{N} t'es vraiment le plus con que je connaisse.",
    "Personne ne t'aime, {N}.",
    "T'es une merde, {N}.",
    "T'es pathétique et tout le monde le sait.",
    "Quel abruti ce {N}.",
    "Dégage, personne t'a demandé ton avis, clown.",
    "{N} t'es un déchet",
    "tg {N} sale bouffon",
    "T'es une vermine, {N}, retourne sous ton caillou.",
    "T'es nul à ce jeu et dans la vie.",
    "{N}, espèce de lâche.",
]
FR_INDIV_THREAT = [
    "Je vais te retrouver, {N}.",
    "Fais gaffe {N}, je sais où t'habites.",
    "{N}, j'espère que tu crèves.",
]
FR_NAMES = [
    "Kevin",
    "Léa",
    "Mehdi",
    "Julie",
    "Thomas",
    "Inès",
    "Lucas",
    "Camille",
    "Yanis",
    "Manon",
    "Hugo",
    "Sarah",
]
FR_PERSONAL = [
    "T'es {S}, ton avis compte pas.",
    "Ferme-la, sale {B}.",
    "Évidemment que tu dis ça, t'es {S}.",
    "{N} a eu le poste juste parce qu'il est {S}.",
    "Rentre chez toi, {B} de merde.",
    "@{N} sale {B} dégage",
]
FR_SING = {
    "women": ["une meuf", "une femme"],
    "trans": ["trans", "un travelo"],
    "lgb": ["pédé", "une gouine", "homo"],
    "black": ["noir", "un négro"],
    "muslim": ["musulman", "un muzz"],
    "jew": ["juif", "un youpin"],
    "immigrant": ["immigré", "un clandestin"],
    "disabled": ["handicapé", "un mongol", "autiste"],
    "asian": ["chinetoque", "un bridé"],
    "arab": ["bougnoule", "un arabe"],
    "roma": ["gitan", "un romano"],
    "hindu": ["indien"],
    "indigenous": ["sauvage"],
}
FR_PROFANITY = [
    "putain de lundi",
    "merde j'ai raté le bus",
    "bordel ce match était ouf",
    "fait chier cette pluie",
    "ces moustiques faut tous les exterminer",
    "les frelons asiatiques, faut les éradiquer",
    "mort aux lundis 💀",
]


EN_PERSONAL += [
    "Nobody asked you, you're {S}.",
    "Go cry about it, you're just {S}.",
    "You people ruin everything. Yeah you, the one who's {S}.",
    "{N} is {S}, so obviously he's a thief.",
    "Get out of my class, I don't teach {S}.",
    "Lol of course you failed the test, you're {S}.",
    "Hey {N}, you're {S}, nobody wants you here.",
    "I'm not sitting next to {S} on the bus.",
    "You'll never be a real person, you're {S}.",
    "Didn't know they let {S} into this server. Leave.",
    "{N} got promoted?? Must be a diversity hire, {S} lol",
    "Can't trust you with money, you're {S}.",
    "Ew, my lab partner is {S}.",
]
FR_PERSONAL += [
    "Personne t'a sonné, t'es {S}.",
    "Va pleurer ailleurs, t'es {S}.",
    "{N} est {S}, donc forcément c'est un voleur.",
    "Je m'assois pas à côté de toi, t'es {S}, déso.",
    "T'as été embauché parce que t'es {S}, c'est tout.",
    "Hé {N}, t'es {S}, personne veut de toi ici.",
    "Jamais je sortirais avec toi, t'es {S}, beurk.",
]
FR_SLURS = [
    "pédé",
    "bougnoule",
    "youpin",
    "chinetoque",
    "négro",
    "travelo",
    "mongol",
    "gouine",
    "bridé",
]
FR_DENOUNCE += [
    "Traiter quelqu'un de « {SL} », c'est jamais ok.",
    "Il a été exclu pour avoir crié « {SL} » à un élève. Bien fait.",
    "Le mot « {SL} » est une insulte raciste, arrêtez de l'utiliser.",
    "Pourquoi « {SL} » est encore en tendance ? Signalez ces comptes.",
]
FR_RECLAIM = [
    "fiers d'être pédés et on vous emmerde 🌈",
    "mon renoi t'es le meilleur ❤️",
    "les gouines au pouvoir mdr",
    "entre tapettes on se comprend 💅",
    "mon reuf t'es un vrai frère",
]
EN_NEUTRAL = [
    "Does anyone know when the library opens on Sunday?",
    "great match last night, what a finish",
    "Can someone recommend a good vegan lasagna recipe?",
    "The bus was late again this morning.",
    "I finally finished the book, loved the ending.",
    "lol my cat just knocked my coffee over",
    "What time does the parade start tomorrow?",
    "Thanks for sharing, really interesting article.",
    "Happy birthday Emma!! 🎉",
    "Anyone else watching the debate tonight?",
    "the new update fixed my battery issue",
    "Where did you buy that jacket?",
    "We should do this again next week!",
    "Congrats on the new job Marcus!",
]
FR_NEUTRAL = [
    "Quelqu'un sait à quelle heure ouvre la médiathèque dimanche ?",
    "Trop bien le match hier soir",
    "Merci pour l'article, très intéressant.",
    "Le bus était encore en retard ce matin.",
    "Joyeux anniversaire Léa !! 🎉",
    "Vous avez une bonne recette de lasagnes vegan ?",
    "On remet ça la semaine prochaine ?",
    "Bravo pour ton nouveau taf Mehdi !",
]


FR_CODED = {
    "women": [
        "Les femmes à la cuisine, pas à l'Assemblée.",
        "Une meuf au volant, je dis rien 🙄",
        "Le droit de vote des femmes, quelle erreur.",
    ],
    "trans": [
        "Une femme trans c'est juste un mec en robe.",
        "Les trans c'est une maladie mentale, point.",
        "Un travelo restera toujours un homme.",
    ],
    "lgb": [
        "Les homos veulent endoctriner nos gosses.",
        "L'homosexualité ça se soigne.",
        "Protégez les enfants du lobby LGBT, loin des écoles.",
    ],
    "black": [
        "Retourne dans ta brousse 🐒",
        "Les Noirs c'est génétique, ils sont plus violents.",
        "Encore une chance pour la France au JT 🙄",
    ],
    "muslim": [
        "Religion de paix, qu'ils disaient 🙄",
        "Chaque musulman est un terroriste qui attend son heure.",
        "L'islam c'est un cancer, les musulmans en sont les cellules.",
    ],
    "jew": [
        "Suivez l'argent, vous trouverez toujours les juifs 👃",
        "Les (((médias))), on sait qui les tient.",
        "Les juifs tiennent les banques, tout le monde le sait.",
    ],
    "immigrant": [
        "Le grand remplacement c'est pas un mythe, les migrants en sont l'arme.",
        "Les réfugiés, des envahisseurs avec des iPhones.",
        "Chaque bateau de migrants est une invasion.",
    ],
    "disabled": [
        "Les handicapés coûtent une fortune à la Sécu pour rien.",
        "Les trisomiques auraient pas dû naître.",
        "Les autistes c'est des ordis en panne.",
    ],
    "asian": [
        "Les Chinois ont ramené le virus, qu'ils dégagent.",
        "Les Chinois bouffent des chiens, dégueu.",
        "Ching chong, retourne en Chine.",
    ],
    "arab": [
        "Les Arabes savent que voler et tout casser.",
        "Un Arabe en survêt = un voleur.",
        "Les Arabes, des rats du désert.",
    ],
    "roma": [
        "Les Roms volent, c'est dans le sang.",
        "Planquez vos portefeuilles, les gitans sont en ville.",
        "Les gens du voyage sont arrivés, fermez vos voitures.",
    ],
    "hindu": [
        "Les hindous adorent les vaches parce qu'ils sont plus cons qu'elles.",
        "Les Indiens puent le curry.",
        "Les Indiens, tous des arnaqueurs au téléphone.",
    ],
    "indigenous": [
        "Les Kanaks sont restés à l'âge de pierre.",
        "Les Amérindiens, tous des alcoolos assistés.",
        "Les autochtones devraient nous remercier de les avoir civilisés.",
    ],
}
EN_COUNTER += [
    'My teacher read out "{H}" as an example of what propaganda looks like.',
    'This is your daily reminder that "{H}" is NOT free speech.',
    'Lmao someone really commented "{H}" under a cooking video. Touch grass.',
    'The defendant admitted posting "{H}" and apologised to the victims.',
    'Whoever spray-painted "{H}" on the mosque wall, the cameras got you.',
    '"{H}" - yeah no, blocked, bye.',
    'Imagine raising your kids to believe "{H}". Heartbreaking.',
    'Why are posts like "{H}" still up? @support',
    'A study found that messages like "{H}" spike after every terror attack.',
    'When someone says "{H}", don\'t stay silent. Call it out.',
]
FR_COUNTER += [
    "Ma prof nous a lu « {H} » comme exemple de propagande.",
    "Rappel : « {H} », c'est pas la liberté d'expression.",
    "Mdr quelqu'un a vraiment commenté « {H} » sous une recette de gâteau. Sors dehors.",
    "L'accusé a reconnu avoir posté « {H} ».",
    "Quand quelqu'un dit « {H} », restez pas silencieux.",
    "Pourquoi des posts comme « {H} » sont encore en ligne ? @support",
]

# ------------------------------------------------ extra hand-written frames (long, formal, casual)
EN_DEROG += [
    "In my professional opinion, {G} are fundamentally incapable of living in a civilised society.",
    "I've lived next to {G} for ten years and I can tell you they are dirty, loud and dishonest, "
    "every single one of them.",
    "It is an objective truth that {G} lower the quality of any community they are allowed into.",
    "{G} contribute nothing but crime and misery to this country.",
    "We must stop pretending {G} are our equals.",
    "The sooner people accept that {G} are a lesser kind of human, the better.",
    "{G} are rodents in human clothing.",
    "{G}? More like walking diseases.",
    "{G} ruin the vibe wherever they go 🙄",
    "ew {G}",
    "{G} are gross af",
    "{G} lie, cheat and steal. That's who they are.",
    "{G} are the filthiest people on earth.",
    "Honestly {G} don't deserve to breathe the same air as us.",
    "There's a reason nobody likes {G}.",
    "Any country that lets {G} in deserves what happens to it.",
    "{G} are animals and should be treated like animals.",
    "{G} bring disease wherever they go.",
    "Look at any prison and you'll see it's full of {G}. Says it all.",
    "{G} are a drain on every system they touch.",
    "Every problem in this town started when {G} arrived.",
    "{G} can't help it, they're just born evil.",
    "{G} are not like us and never will be.",
    "Scratch one of the {G} and you'll find a savage.",
    "{G} are a species apart, and not a good one.",
    "If {G} vanished tomorrow nobody would miss them.",
]
EN_OPINION += [
    "I'm just saying what everyone's thinking: {G} are a disease.",
    "Is anyone else worried that {G} are multiplying?",
    "Why is it always {G}? Every. Single. Time.",
    "Hmm, who could have done it? Let me guess... {G} 🙄",
    "Not saying all {G} are criminals, but most are.",
    "People will call me a bigot but {G} really are animals.",
    "I used to defend {G} until I saw what they're really like. Vermin.",
    "My teacher told us {G} are inferior and honestly she had a point.",
    "So we're supposed to pretend {G} are normal now? lol no",
    "Explain to me why my taxes pay for {G}.",
    "What if we just... stopped letting {G} exist in public?",
    "Would it really be so bad if {G} disappeared?",
    "How long until we admit {G} are the problem?",
    "Some say {G} are people. I disagree.",
    "Reminder that {G} are not your friends. They're parasites.",
    'Sure, {G} are "equal". Equally useless 😂',
]
EN_THREAT += [
    "One day we'll make {G} pay, and it won't be pretty.",
    "Someone needs to put {G} down like rabid dogs.",
    "I'd pull the trigger on {G} without a second thought.",
    "If it were legal I'd shoot {G} myself.",
]
EN_EXCL += [
    "{G} should be kept away from our children at all costs.",
    "Fire every {G} working in a hospital.",
    "No {G} in the army, period.",
    "{G} should be forced to live in separate areas.",
    "We need a law to keep {G} out.",
]
EN_PRONOUN += [
    "Don't get me started on {G}. I wish they would all disappear.",
    "Another bus full of {G}. Send them back.",
    "My daughter's school has {G} now. I hope they get expelled.",
    "I met {G} once. Never again, they're filth.",
]
EN_DENOUNCE += [
    'Calling someone a "{SL}" is never OK.',
    'He got suspended for yelling "{SL}" at a classmate. Good.',
    'The word "{SL}" is a slur and you know it.',
    'Why is "{SL}" still trending? Report these accounts.',
    "I'm {S} and I'm tired of being told I'm vermin.",
    "As {S}, reading these comments hurts. Please stop.",
    "Anyone who thinks {G} should be shot needs help.",
    "Claims that {G} are diseased are a classic hate trope.",
    "Historians explained how propaganda painted {G} as rats before the killings.",
    "My grandfather was told {G} were subhuman. He spent his life proving them wrong.",
]
EN_NEGATED += [
    "I refuse to believe {G} are worse than anyone else.",
    "Don't let anyone tell you {G} are a burden.",
    "{G} are not the reason your town is struggling.",
    "It's ridiculous to claim {G} are less intelligent.",
    "No one deserves to be hated for being {S}.",
    "{G} never asked to be scapegoated.",
]
EN_POSITIVE += [
    "Holy shit, {G} in this thread are hilarious 😂",
    "{G} are goddamn heroes for putting up with this.",
    "I love {G} so much it's not even funny.",
    "{G} have every right to be here, fuck anyone who says otherwise.",
    "Reading about {G} for my history class and it's fascinating.",
    "{G} are the heart of this community.",
    "Bro {G} cooked at the talent show 🔥",
    "Being {S} is not a crime.",
]
EN_INDIV += [
    "You, specifically you, are the most annoying person on this site.",
    "{N} can't string a sentence together, what a muppet.",
    "I've never met someone as spineless as you.",
    "Your mum must be so ashamed of you, {N}.",
    "You're a disgusting little creep, {N}.",
    "{N}? More like walking disappointment.",
    "You're all talk, {N}, a sad little nobody.",
]


FR_DEROG += [
    "Objectivement, les {G} sont incapables de vivre dans une société civilisée.",
    "J'ai vécu à côté des {G} pendant dix ans : sales, bruyants, malhonnêtes, tous sans exception.",
    "Les {G} n'apportent que la délinquance et la misère.",
    "Faut arrêter de faire croire que les {G} sont nos égaux.",
    "Les {G} c'est des rats en costume.",
    "beurk les {G}",
    "Les {G} sont crades, c'est tout.",
    "Les {G} mentent, volent et trichent, c'est dans leur nature.",
    "Si les {G} disparaissaient demain, personne ne les regretterait.",
    "Regarde les prisons, pleines de {G}. Ça veut tout dire.",
    "Les {G} ramènent des maladies partout où ils passent.",
    "Tous les problèmes du quartier ont commencé quand les {G} sont arrivés.",
    "Les {G} ne méritent pas de respirer le même air que nous.",
    "Les {G}, des bêtes sauvages à peine civilisées.",
    "Les {G} sont une espèce à part, et pas une bonne.",
]
FR_OPINION += [
    "Je dis tout haut ce que les gens pensent tout bas : les {G} sont une maladie.",
    "Pourquoi c'est toujours les {G} ? À chaque fois.",
    "Devinez qui a encore fait le coup... les {G} évidemment 🙄",
    "Je dis pas que tous les {G} sont des délinquants, mais presque.",
    "On va me traiter de facho mais les {G} sont des animaux.",
    "Expliquez-moi pourquoi mes impôts paient pour les {G}.",
    "Et si on arrêtait simplement de laisser les {G} sortir dans la rue ?",
    "Ce serait si grave que les {G} disparaissent ?",
    "Les {G} « égaux » ? Égaux en inutilité oui 😂",
    "Rappel : les {G} ne sont pas vos amis, ce sont des parasites.",
    "Mon prof disait que les {G} étaient inférieurs, et franchement il avait pas tort.",
]
FR_THREAT += [
    "Un jour on fera payer les {G}, et ce sera pas joli.",
    "Si c'était légal, je tirerais sur les {G} moi-même.",
    "Faut abattre les {G} comme des chiens enragés.",
]
FR_EXCL += [
    "Faut virer tous les {G} des hôpitaux.",
    "Les {G} devraient vivre dans des quartiers séparés.",
    "Une loi pour tenir les {G} loin de nos enfants, vite.",
]
FR_PRONOUN += [
    "Parle-moi pas des {G}. J'aimerais qu'ils disparaissent tous.",
    "Encore un bus plein de {G}. Renvoyez-les.",
    "L'école de ma fille accueille des {G} maintenant. J'espère qu'ils seront virés.",
]
FR_DENOUNCE += [
    "Je fais partie des {G} et j'en ai marre qu'on me traite de vermine.",
    "Dire que les {G} sont des rats, c'est le vieux discours de la propagande.",
    "Quiconque pense que les {G} méritent une balle a besoin d'aide.",
    "Les historiens montrent comment on a présenté les {G} comme des parasites avant les violences.",
]
FR_NEGATED += [
    "Personne ne mérite d'être détesté parce qu'il fait partie des {G}.",
    "Les {G} ne sont pas la cause des problèmes de ta ville.",
    "C'est ridicule de prétendre que les {G} sont moins intelligents.",
]
FR_POSITIVE += [
    "Putain les {G} de ce thread sont trop drôles 😂",
    "Les {G} ont parfaitement le droit d'être ici, et merde aux haineux.",
    "Je lis un bouquin sur l'histoire des {G}, c'est passionnant.",
    "Les {G} sont le cœur de ce quartier.",
]
FR_INDIV += [
    "Toi, précisément toi, t'es la personne la plus relou du site.",
    "{N} est incapable d'aligner deux phrases, quel boulet.",
    "Ta mère doit avoir honte de toi, {N}.",
    "T'es qu'un petit minable, {N}.",
]

# ---------------------------------------------------------------- obfuscation + registers
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$"}


def obfuscate(word: str) -> str:
    """Return one spelling variant of word (missing letter, spaces, leetspeak, swap, asterisk)."""
    if len(word) < 4:
        return word
    k = R.randrange(6)
    i = R.randrange(1, len(word) - 2)
    if k == 0:
        return word[:i] + word[i + 1 :]
    if k == 1:
        return " ".join(word)
    if k == 2:
        return "".join(LEET.get(c, c) if R.random() < 0.6 else c for c in word)
    if k == 3:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if k == 4:
        return word[:i] + "*" + word[i + 1 :]
    return word[:i] + " " + word[i:]


def obf_phrase(p: str) -> str:
    """Obfuscate the longest word of a phrase."""
    words = p.split(" ")
    j = max(range(len(words)), key=lambda t: len(words[t]))
    words[j] = obfuscate(words[j])
    return " ".join(words)


EN_PRE = ["", "", "", "lol ", "ngl ", "bro ", "tbh ", "omg ", "honestly ", "yo ", "srsly "]
EN_SUF = ["", "", "", " 😂", " 💀", " 🙄", " lmao", " fr", "!!", " smh", " 😤", "..."]
FR_PRE = ["", "", "", "wsh ", "frr ", "mdr ", "sérieux ", "franchement ", "bon ", "jpp "]
FR_SUF = ["", "", "", " mdr", " 💀", " 😂", " frr", " wlh", "!!", "...", " 🙄"]
SMS_EN = {
    "you": "u",
    "are": "r",
    "your": "ur",
    "people": "ppl",
    "because": "bc",
    "for": "4",
    "really": "rly",
}
SMS_FR = {
    "c'est": "c",
    "pourquoi": "pk",
    "que": "ke",
    "beaucoup": "bcp",
    "toujours": "tjrs",
    "je suis": "jsuis",
    "tu es": "t",
}


def register(text: str, lang: str) -> tuple[str, str]:
    """Apply a register (adult/teen/sms) transform; shared by hateful and benign rows."""
    x = R.random()
    if x < 0.45:
        return (text.upper() if R.random() < 0.05 else text), "adult"
    if x < 0.8:
        pre, suf = (EN_PRE, EN_SUF) if lang == "en" else (FR_PRE, FR_SUF)
        t = (
            R.choice(pre)
            + (text[0].lower() + text[1:] if R.random() < 0.5 else text)
            + R.choice(suf)
        )
        if R.random() < 0.08:
            t = t.upper()
        return t, "teen"
    t = text.lower().rstrip(".")
    table = SMS_EN if lang == "en" else SMS_FR
    for a, b in table.items():
        t = (" " + t + " ").replace(" " + a + " ", " " + b + " ").strip()
    if lang == "fr":
        for a, b in (("é", "e"), ("è", "e"), ("ê", "e"), ("à", "a"), ("ç", "c"), ("'", "")):
            t = t.replace(a, b)
    return t, "sms"


ROWS: list[tuple[str, str, str, str, str]] = []


def add(text: str, lang: str, labels: str, kind: str) -> None:
    """Queue one row after applying a register."""
    if lang == "fr":
        text = fr_fix(text, LAST_GENDER[0])
        LAST_GENDER[0] = "m"
    if R.random() < 0.07:  # spelling noise on any long word, on hateful and benign rows alike
        words = text.split(" ")
        long_ix = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if long_ix:
            j = R.choice(long_ix)
            words[j] = obfuscate(words[j])
            text = " ".join(words)
    t, reg = register(text, lang)
    ROWS.append((t, lang, labels, kind, reg))


def en_g(group: str, obf: float = 0.12) -> str:
    """Pick an English surface form of a group, sometimes obfuscated."""
    g = R.choice(EN_GROUPS[group])
    return obf_phrase(g) if R.random() < obf else g


def en_hate_sentence(group: str) -> tuple[str, str]:
    """Return one hateful English sentence about group and its labels."""
    x = R.random()
    g = en_g(group)
    if x < 0.12:
        s = R.choice(EN_SLURS[group])
        s = obfuscate(s) if R.random() < 0.35 else s
        return R.choice(EN_DEROG + EN_OPINION).format(G=s), "identity_hate"
    if x < 0.40:
        return R.choice(EN_DEROG).format(G=g), "identity_hate"
    if x < 0.62:
        return R.choice(EN_OPINION).format(G=g), "identity_hate"
    if x < 0.72:
        return R.choice(EN_THREAT).format(G=g), "identity_hate threat"
    if x < 0.82:
        return R.choice(EN_EXCL).format(G=g), "identity_hate"
    if x < 0.90:
        return R.choice(EN_PRONOUN).format(G=g), "identity_hate"
    t = R.choice(EN_CODED[group])
    return t, "identity_hate"


def build_en() -> None:
    """English rows: ~2000 hateful, ~2000 contrasts."""
    groups = list(EN_GROUPS)
    for _ in range(1850):
        grp = R.choice(groups)
        t, lab = en_hate_sentence(grp)
        add(t, "en", lab, "attack")
    for _ in range(220):
        grp = R.choice(groups)
        s = R.choice(EN_SING[grp])
        s = obf_phrase(s) if R.random() < 0.2 else s
        add(
            R.choice(EN_PERSONAL).format(S=s, N=R.choice(NAMES)),
            "en",
            "identity_hate insult",
            "attack",
        )
    # contrasts
    for _ in range(470):  # counter-speech with full hateful sentence
        t, _lab = en_hate_sentence(R.choice(groups))
        add(R.choice(EN_COUNTER).format(H=t.rstrip(".")), "en", "", "hard_negative")
    for _ in range(330):
        grp = R.choice(groups)
        g = en_g(grp, 0.06)
        sl = R.choice(EN_SLURS[grp])
        sl = obfuscate(sl) if R.random() < 0.3 else sl
        add(R.choice(EN_DENOUNCE).format(G=g, SL=sl, S=EN_SING[grp][0]), "en", "", "hard_negative")
    for _ in range(220):
        grp = R.choice(groups)
        add(
            R.choice(EN_NEGATED).format(G=en_g(grp, 0.06), S=R.choice(EN_SING[grp][:1])),
            "en",
            "",
            "hard_negative",
        )
    for _ in range(380):
        grp = R.choice(groups)
        add(
            R.choice(EN_POSITIVE).format(G=en_g(grp, 0.06), S=EN_SING[grp][0]),
            "en",
            "",
            "hard_negative",
        )
    for _ in range(420):  # non-protected groups in hateful frames
        g = R.choice(EN_NONPROT)
        if R.random() < 0.2:
            add(R.choice(EN_THREAT).format(G=g), "en", "threat", "attack")
        else:
            add(
                R.choice(EN_DEROG + EN_OPINION + EN_PRONOUN + EN_NONPROT_EXTRA).format(G=g),
                "en",
                "insult",
                "attack",
            )
    for _ in range(300):
        n = R.choice(NAMES)
        if R.random() < 0.15:
            add(R.choice(EN_INDIV_THREAT).format(N=n), "en", "insult threat", "attack")
        else:
            add(R.choice(EN_INDIV).format(N=n), "en", "insult", "attack")
    for t in EN_NEUTRAL:
        for _ in range(3):
            add(t, "en", "", "neutral")
    for t in EN_PROFANITY + EN_RECLAIM:
        for _ in range(4):
            add(t, "en", "", "hard_negative")


FEM = [
    ("tous pareils", "toutes pareilles"),
    ("Tous les", "Toutes les"),
    ("tous les mêmes", "toutes les mêmes"),
    ("violents", "violentes"),
    ("inférieurs", "inférieures"),
    ("sont-ils", "sont-elles"),
    ("qu'ils", "qu'elles"),
    ("Ils ", "Elles "),
    ("bêtes par nature", "bêtes par nature"),
    ("interdits", "interdites"),
    ("les mêmes", "les mêmes"),
    ("Aucun des", "Aucune des"),
    ("adorable", "adorable"),
    ("ils assurent", "elles assurent"),
    ("étaient présents", "étaient présentes"),
    ("menteurs", "menteuses"),
    ("des êtres humains", "des êtres humains"),
    ("comme des humains", "comme des humaines"),
    ("seulement une âme", "seulement une âme"),
    ("humains ?", "humaines ?"),
    ("débiles", "débiles"),
    ("plus dangereux", "plus dangereuses"),
    ("les bienvenus", "les bienvenues"),
    ("Fiers de", "Fières de"),
    ("trop forts", "trop fortes"),
    ("exterminer", "exterminer"),
]
ELIDE = re.compile(r"\b([dD])e ([aeiouéèâAEIOUÉ])")


def fr_fix(text: str, gender: str) -> str:
    """Apply feminine agreement for feminine groups and elide de -> d'."""
    if gender == "f":
        for a, b in FEM:
            text = text.replace(a, b)
    return ELIDE.sub(r"\1'\2", text)


def fr_g(group: str, obf: float = 0.1) -> str:
    """Pick a French plural group form, sometimes obfuscated; remembers its gender in LAST_GENDER."""
    g, gen = R.choice(FR_GROUPS[group])
    LAST_GENDER[0] = gen
    return obf_phrase(g) if R.random() < obf else g


LAST_GENDER = ["m"]


def fr_hate_sentence(group: str) -> tuple[str, str]:
    """Return one hateful French sentence about group and its labels."""
    g = fr_g(group)
    x = R.random()
    if x < 0.35:
        return R.choice(FR_DEROG).format(G=g), "identity_hate"
    if x < 0.6:
        return R.choice(FR_OPINION).format(G=g), "identity_hate"
    if x < 0.75:
        return R.choice(FR_THREAT).format(G=g), "identity_hate threat"
    if x < 0.85:
        return R.choice(FR_EXCL).format(G=g), "identity_hate"
    if x < 0.95:
        return R.choice(FR_PRONOUN).format(G=g), "identity_hate"
    LAST_GENDER[0] = "m"  # coded lines are complete sentences with their own agreement
    return R.choice(FR_CODED[group]), "identity_hate"


def build_fr() -> None:
    """French rows: ~750 hateful, ~750 contrasts."""
    groups = list(FR_GROUPS)
    for _ in range(720):
        t, lab = fr_hate_sentence(R.choice(groups))
        add(t.replace("des les", "des").replace("de les", "des"), "fr", lab, "attack")
    for _ in range(90):
        grp = R.choice(groups)
        s = R.choice(FR_SING[grp])
        s = obf_phrase(s) if R.random() < 0.2 else s
        add(
            R.choice(FR_PERSONAL).format(S=s, B=s.split(" ")[-1], N=R.choice(FR_NAMES)),
            "fr",
            "identity_hate insult",
            "attack",
        )
    for _ in range(170):
        t, _lab = fr_hate_sentence(R.choice(groups))
        add(R.choice(FR_COUNTER).format(H=t.rstrip(".")), "fr", "", "hard_negative")
    for _ in range(130):
        sl = R.choice(FR_SLURS)
        sl = obfuscate(sl) if R.random() < 0.3 else sl
        add(
            R.choice(FR_DENOUNCE).format(G=fr_g(R.choice(groups), 0.05), SL=sl),
            "fr",
            "",
            "hard_negative",
        )
    for _ in range(90):
        add(R.choice(FR_NEGATED).format(G=fr_g(R.choice(groups), 0.05)), "fr", "", "hard_negative")
    for _ in range(140):
        add(R.choice(FR_POSITIVE).format(G=fr_g(R.choice(groups), 0.05)), "fr", "", "hard_negative")
    for _ in range(170):
        g = R.choice(FR_NONPROT)
        if R.random() < 0.2:
            add(R.choice(FR_THREAT).format(G=g), "fr", "threat", "attack")
        else:
            add(R.choice(FR_DEROG + FR_OPINION + FR_PRONOUN).format(G=g), "fr", "insult", "attack")
    for _ in range(110):
        n = R.choice(FR_NAMES)
        if R.random() < 0.15:
            add(R.choice(FR_INDIV_THREAT).format(N=n), "fr", "insult threat", "attack")
        else:
            add(R.choice(FR_INDIV).format(N=n), "fr", "insult", "attack")
    for t in FR_NEUTRAL:
        for _ in range(3):
            add(t, "fr", "", "neutral")
    for t in FR_PROFANITY + FR_RECLAIM:
        for _ in range(4):
            add(t, "fr", "", "hard_negative")


def main() -> None:
    """Build, dedupe (lowercased, squeezed whitespace) and write the CSV."""
    build_en()
    build_fr()
    seen: set[str] = evaluation_texts()
    out = []
    for row in ROWS:
        key = " ".join(row[0].lower().split())
        if key in seen:
            continue
        seen.add(key)
        out.append(row)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "lang", "labels", "kind", "register"])
        w.writerows(out)
    print(len(out))


if __name__ == "__main__":
    main()
