"""Generate fr_jvc.csv: French 18-25 general-discussion / gaming board posts (Blabla 18-25 register), toxic and not, deterministic."""

# ruff: noqa: E501  (data file: hand-written French posts are kept on one line each)
import csv
import random
import re
import unicodedata
from pathlib import Path

SEED = 20261127
N_PER_SIDE = 3500
OUT = Path(__file__).with_name("fr_jvc.csv")

# Invented pseudos, people and places. Nothing here refers to a real account.
PSEUDOS = [
    "Ragondin_Ivre",
    "KheyDuSud",
    "Golem_de_Vitry",
    "Celestin_Prime",
    "PtitPoney77",
    "Tartiflette_Gang",
    "Nuage_Gris",
    "Rafale_404",
    "Sanglier_Zen",
    "Grenouille_Fiere",
    "Kheyette_Lyon",
    "Quentin_94",
    "Moustache_Triste",
    "Pangolin_Fou",
    "Zouzou_L1",
    "Bichon_Frise",
    "LapinMaudit",
    "Tonton_Marcel",
    "Poulpe_Agile",
    "Crapaud_Buffle",
    "Yasmine_Off",
    "Dylan_Ranked",
    "Sacha_Ptdr",
    "Noctambule_",
    "Aigle_Royal_13",
    "Maxou_Muscu",
    "Lucie_Kheyette",
    "FromageBlanc",
    "Capybara_Zen",
    "Louveteau_59",
    "Ibrahim_Dev",
    "Kenza_Mtp",
    "Gratin_Dauph",
    "Hibou_Nocturne",
    "Jean_Khey_Pas",
    "Mouette_Sale",
    "Sorbet_Citron",
    "Timothe_Ardent",
    "Brioche_Doree",
    "Cactus_Amical",
]
STREAMERS = [
    "KaporalKiwi",
    "Zorgwave",
    "Mister_Bidule",
    "Tonio_Live",
    "Sushiwave",
    "Nox_Kappa",
    "Baron_Croquette",
    "GigaPoulpe",
]
STREAMEUSES = [
    "LunaPixel",
    "Roxanne_TV",
    "MissCrumble",
    "Lilou_Plays",
    "Zelie_Gaming",
    "Nana_Mochi",
]
FOOT = [
    "Lesueur",
    "Maraval",
    "Kondeba",
    "Ouvrard",
    "Ribeiro-Lamy",
    "Tchakoudi",
    "Brassac",
    "Da Fonseca-Meunier",
]
POLS = [
    "Gontran Lemarchal",
    "Herve Canteloup",
    "Aurelien Sabatier",
    "Bertrand Vauquelin",
    "Xavier Doumergue-Lapique",
]
POLF = ["Sybille Daucourt", "Martine Pradel-Roux", "Clemence Aubriot", "Nadege Ferrandier"]
FILLES = [
    "Ines",
    "Jade",
    "Maelys",
    "Chloe",
    "Lina",
    "Sarah",
    "Oceane",
    "Lea",
    "Camille",
    "Yasmine",
    "Manon",
    "Alicia",
    "Emma",
    "Noemie",
]
GARS = [
    "Theo",
    "Enzo",
    "Nathan",
    "Rayan",
    "Lucas",
    "Mehdi",
    "Killian",
    "Hugo",
    "Axel",
    "Samy",
    "Jordan",
    "Mathis",
]
NOMS = [
    "Thibault Carrel",
    "Kevin Ducasson",
    "Maxime Lerouge-Pinel",
    "Florian Bastide",
    "Jeremy Vantroys",
    "Anthony Guernec",
    "Loic Perrichon",
    "Baptiste Morvellec",
]
NOMSF = [
    "Oceane Vallier",
    "Jade Marquenet",
    "Ines Boutarel",
    "Chloe Demaisieres",
    "Lea Porcheron",
    "Manon Giraudel",
]
ECOLES = [
    "au lycee Ambroise-Caudron de Villemarais",
    "a l'IUT de Saint-Aubry",
    "en L2 droit a la fac de Montrevel",
    "au lycee pro des Tanneurs a Pontvallon",
    "en BTS compta a Sainte-Odile de Bressac",
    "a l'ecole de commerce ISCOM Nordval",
]
BOITES = [
    "au Brico Rabelais de Pontvallon",
    "chez Transports Garrigou a Villemarais",
    "au Carrefour City de la rue des Tanneurs",
    "chez Optique Lambrequin",
    "au call center Soluphone de Montrevel",
    "au McDo de la zone des Glycines",
]
ADRESSES = [
    "14 rue des Tanneurs a Pontvallon",
    "3 impasse des Glycines a Saint-Aubry",
    "27 bis avenue Fernand-Lacombe a Montrevel",
    "8 residence Les Peupliers, bat C, a Villemarais",
    "52 chemin du Moulin-Brule a Bressac",
]
INSTAS = [
    "@ines.brtl_",
    "@jade_mqnt",
    "@lea.prchrn",
    "@oce.vllr",
    "@manon.grdl_",
    "@chloe_dms.x",
    "@thibcrl_",
    "@kev.dcsn",
]

# Shared insult slot (also filled on non-harmful rows where a poster quotes or condemns an insult).
INS = [
    "clown",
    "bouffon",
    "guignol",
    "tocard",
    "cassos",
    "abruti",
    "crevard",
    "gueux",
    "neuneu",
    "charlot",
    "bolosse",
    "mytho",
    "raclure",
    "plouc",
    "branleur",
    "glandu",
    "larbin",
    "beauf",
    "puceau aigri",
    "zgeg",
    "rat d'egout",
    "sac a merde",
    "golmon",
    "tebé",
    "demeuré",
    "sous-merde",
    "pignouf",
    "baltringue",
]

# Thread context: on-topic, label-neutral sentences shared by BOTH sides.
TOPICS = {
    "parcoursup": [
        "jsuis en terminale et parcoursup m'a mis en liste d'attente partout",
        "j'ai eu ma L1 psycho de justesse, 10,2 de moyenne",
        "je cherche une alternance en dev depuis 4 mois, 80 candidatures envoyees",
        "mon BTS commence lundi et j'ai toujours pas de logement",
        "le partiel de stats etait impossible, 3 exos sur 5 jamais vus en TD",
        "je pense me reorienter apres ma L2 eco",
        "mon ecole d'inge coute 9000 balles l'annee",
        "le prof de droit civil note comme un sadique",
        "la lettre de motivation pour parcoursup c'est un exercice de mytho",
        "j'ai valide mon semestre avec 10,04 ayaa",
    ],
    "taf": [
        "jsuis a 1650 net en alternance, 35h + les cours",
        "mon manager m'a demande de rester jusqu'a 20h sans compter les heures",
        "premier CDI a 24 ans, 2100 brut, c'est bien ou pas ?",
        "je bosse au drive d'un supermarche le week-end",
        "entretien demain pour un poste de commercial, ils demandent 3 ans d'xp pour un junior",
        "les tickets resto a 8 balles c'est la base non ?",
        "je fais livreur a velo le soir pour payer mon loyer",
        "ma periode d'essai finit vendredi et j'ai peur",
        "on est 6 en open space pour 4 bureaux",
        "le job d'ete en camping c'etait 50h par semaine",
    ],
    "meuf": [
        "elle m'a laisse en vu depuis samedi",
        "troisieme date ce soir avec une meuf rencontree sur une appli",
        "ca fait 2 ans avec ma copine et elle veut qu'on emmenage",
        "mon ex m'a re-ajoute sur insta hier",
        "j'ai 0 match sur les applis depuis un mois",
        "rupture apres 4 ans, jsuis au fond du trou",
        "une fille de ma promo me parle beaucoup en ce moment",
        "elle m'a dit qu'elle voulait faire une pause",
        "mon crush a like ma story",
        "premier rdv dans un bar a jeux, bonne idee ou pas ?",
    ],
    "muscu": [
        "je pousse 90 au dev couche a 72 kg",
        "programme PPL 6 jours, c'est trop pour un debutant ?",
        "je seche pour l'ete, -500 kcal",
        "ma salle est blindee de 18h a 20h",
        "je prends 5g de creatine par jour depuis janvier",
        "premier 140 au squat ce matin",
        "je fais de la muscu depuis 8 mois et mes bras bougent pas",
        "tractions lestees +20 kg, objectif 30",
    ],
    "lol": [
        "jsuis gold 2 sur lol depuis 3 saisons",
        "mon jungler a pas gank une seule fois",
        "le nouveau champion est completement pete",
        "20 minutes de queue pour tomber avec 4 afk",
        "j'ai main yasuo pendant un an, j'ai des regrets",
        "les worlds cette annee c'etait quelque chose",
    ],
    "valo": [
        "jsuis bloque plat 3 sur valorant",
        "le dernier patch a nerf mon agent prefere",
        "mon aim est eclate depuis que j'ai change de souris",
        "j'ai fait un ace en ranked hier soir",
        "les smurfs en ranked c'est une plaie",
    ],
    "elden": [
        "200h sur elden ring et Malenia me bute encore",
        "le DLC d'elden ring m'a pris 60 heures",
        "build saignement sur elden ring, ca passe encore ?",
        "je viens de finir mon premier souls",
        "les boss de fin sont abusés",
    ],
    "fifa": [
        "EA FC c'est le meme jeu chaque annee",
        "j'ai claque 40 balles en packs et j'ai rien eu",
        "les serveurs FUT sont morts ce soir",
        "division 3 en rivals, je bloque",
        "le gameplay de cette annee est trop scripte",
    ],
    "pokemon": [
        "je refais pokemon platine sur emulateur",
        "le dernier pokemon tourne a 20 fps",
        "ma team pour le nuzlocke est morte a l'arene 3",
        "j'ai chope un shiny apres 800 rencontres",
        "les cartes pokemon coutent un bras maintenant",
    ],
    "foot": [
        "le PSG a encore sorti un match sans ame",
        "l'OM a perdu a domicile contre le 17e",
        "l'arbitrage VAR en ligue 1 c'est le chaos",
        "le mercato est ferme et on a recrute personne",
        "le classique de dimanche va etre tendu",
        "notre defense a pris 4 buts en 30 minutes",
        "le nouveau coach change de systeme tous les matchs",
        "les droits tv de la ligue 1 c'est un fiasco",
    ],
    "serie": [
        "le dernier episode de la saison m'a retourne",
        "l'anime de ce manga a une animation de fou",
        "j'ai binge toute la serie en 2 jours",
        "l'arc final de One Piece est en train de tout casser",
        "le doublage VF de cet anime est une catastrophe",
        "cette serie s'est fait annuler apres 2 saisons",
    ],
    "money": [
        "j'ai 1200 balles d'epargne a 22 ans",
        "j'ai mis 300 balles sur un memecoin, -80 %",
        "le livret A ca rapporte plus rien",
        "je suis a decouvert le 18 du mois",
        "je DCA 50 balles par mois sur un ETF monde",
        "ma banque m'a prelevé 30 balles de frais pour rien",
    ],
    "appart": [
        "650 balles pour un 18m2 avec une fenetre sur une cour",
        "le proprio refuse de rendre la caution pour une tache sur le mur",
        "la colocation avec 3 inconnus c'est chaud",
        "mon chauffe-eau est en panne depuis 10 jours et l'agence repond pas",
        "j'ai visite un studio en sous-sol a 700 euros",
        "les voisins du dessus font la fete tous les soirs",
    ],
    "permis": [
        "j'ai rate mon permis pour un refus de priorite",
        "40 heures de conduite et toujours pas date d'exam",
        "ma Clio de 2009 fait un bruit bizarre",
        "l'assurance jeune conducteur me demande 190 par mois",
        "j'ai eu mon code du premier coup",
        "flashe a 58 au lieu de 50, 1 point en moins",
    ],
    "politique": [
        "le debat d'hier soir a la tele etait lunaire",
        "la nouvelle reforme passe au 49.3",
        "les sondages pour les prochaines elections bougent beaucoup",
        "le budget de l'etat est encore en deficit",
        "la manif de samedi a reuni pas mal de monde",
        "le gouvernement change de ministre tous les 6 mois",
    ],
    "religion": [
        "je fais le ramadan cette annee pour la premiere fois",
        "je suis catho pratiquant et je vais a la messe le dimanche",
        "le debat sur la laicite revient encore",
        "je suis athee mais je trouve les religions interessantes",
        "ma famille est juive non pratiquante",
    ],
    "immigration": [
        "le debat sur l'immigration est partout en ce moment",
        "la nouvelle loi immigration va passer au Senat",
        "mes grands-parents sont arrives en France dans les annees 60",
        "les chiffres de l'immigration sont rarement bien expliques",
        "la regularisation des travailleurs sans papiers fait debat",
    ],
    "feminisme": [
        "le debat sur l'ecart de salaire revient sur tiktok",
        "ma soeur s'est fait suivre dans la rue hier soir",
        "le topic sur le feminisme part en vrille comme d'hab",
        "la charge mentale dans le couple, vous en pensez quoi ?",
        "une collegue a porte plainte pour harcelement au boulot",
    ],
    "sante": [
        "j'ai une tendinite au coude depuis 3 semaines",
        "rdv chez le dermato dans 5 mois, super",
        "je dors 5h par nuit depuis les partiels",
        "mon medecin m'a mis sous antibio pour une angine",
        "j'ai fait une prise de sang, carence en fer",
        "le psy du CROUS a 6 semaines d'attente",
    ],
    "quotidien": [
        "ce matin le RER a ete supprime sans prevenir",
        "mon voisin passe l'aspirateur a minuit",
        "j'ai casse l'ecran de mon tel en sortant du bus",
        "le kebab en bas de chez moi a ferme",
        "ma grand-mere a appris a envoyer des vocaux",
        "j'ai retrouve 20 balles dans un vieux jean",
        "le chat du voisin dort sur mon paillasson",
        "je me suis fait recaler a l'entree d'une boite hier",
    ],
}
TOPIC_KEYS = sorted(TOPICS)

# Shared wrappers: forum slang that appears on BOTH sides, so slang alone is never the cue.
OPENERS = [
    "",
    "",
    "",
    "",
    "",
    "",
    "Ayaa ",
    "AYAAA ",
    "Ahi ",
    "Khey ",
    "Les kheys ",
    "Kheyette ",
    "Le sang ",
    "Up ",
    "+1 ",
    "VDD ",
    "Je precise : ",
    "/HS ",
    "Bon ",
    "Mdr ",
    "Ptdr ",
    "Jpp ",
    "Bah ",
    "Alors ",
    "Perso ",
    "Franchement ",
    "Nan mais ",
    "Serieux ",
    "Tkt ",
    "L'op ",
    "Ce topic ",
    "Attendez ",
    "Ok ",
    "Frero ",
    "Wsh ",
    "Pour l'auteur : ",
    "Reponse a l'op : ",
    "Hop ",
    "Je rebondis : ",
    "Edit : ",
    "Je dis ca je dis rien mais ",
    "De ouf ",
    "Bordel ",
    "Putain ",
    "Oh la la ",
    ":rire: ",
    ":noel: ",
    ":hap: ",
    ":ok: ",
    ":malade: ",
    "Golem ici : ",
    "Rien a voir mais ",
    "Hors sujet mais ",
]
CLOSERS = [
    "",
    "",
    "",
    "",
    "",
    " :rire:",
    " :hap:",
    " :noel:",
    " :ok:",
    " :malade:",
    " ayaa",
    " AYAAA",
    " ahi",
    " mdr",
    " ptdr",
    " jpp",
    " le sang",
    " de ouf",
    " up",
    " +1",
    " khey",
    " les kheys",
    " /HS",
    " fin du game",
    " bref",
    " voila voila",
    " next",
    " PLS",
    " 410 incoming",
    " ban def incoming",
    " modo ou es-tu",
    " je dis ca",
    " c'est tout",
    " 😂",
    " 💀",
    " 🤡",
    " 😭",
    " on est le combien",
    " tkt",
    " GG",
    " GG WP",
    " ez",
    " tchao",
    " force a vous",
    " allez dodo",
]
FOLLOW = [
    "Je precise que je suis serieux.",
    "Up pour les kheys du soir.",
    "Le topic va etre 410 de toute facon.",
    "Edit : orthographe.",
    "Les forumeurs du soir vous en pensez quoi ?",
    "VDD a tout dit.",
    "Merci de pas me 410 les modos.",
    "Up.",
    "Je retourne taffer.",
    "Desole pour le pave.",
    "C'etait mon avis de khey.",
    "Jsuis sur mobile desole pour les fautes.",
    "Bonne nuit le forum.",
    "Vous en pensez quoi ?",
    "Je sors.",
    "On en reparle demain.",
    "Bref, c'etait le post du jour.",
    "Je me tais.",
    "Repondez svp.",
    "J'attends vos avis.",
    "Je reviendrai poster dans 1h.",
    "Le sang de la veine ce forum.",
    "Force a ceux qui lisent.",
    "Je le dis une fois pas deux.",
    "Voila c'est dit.",
    "Ptdr je m'enflamme.",
    "Go next.",
    "Jsuis en PLS.",
    "Ce forum c'etait mieux avant.",
    "Je vais dormir la.",
    "Je retourne sur ma ranked.",
    "Trop tard pour moi je dors.",
]
QUOTES = [
    "vous faites quoi ce soir les kheys ?",
    "jsuis le seul a trouver que le forum est mort ce soir ?",
    "besoin d'avis rapide svp",
    "up pour ce topic",
    "quelqu'un a une reco de serie ?",
    "vous avez vu le match hier ?",
    "je poste mon premier topic soyez gentils",
    "c'est quoi votre salaire a 23 ans ?",
    "question serieuse pour les forumeurs",
    "avis sur ma situation, c'est long desole",
    "qui joue encore a lol ici ?",
    "je viens de me faire larguer",
    "vous etes d'accord ou pas ?",
    "le forum ce soir c'est calme",
    "jsuis en alternance et je galere",
    "sondage : team PSG ou team OM ?",
    "je cherche un duo pour les ranked",
    "ca parle de quoi ce topic ?",
    "j'ai besoin de conseils muscu",
    "qui est chaud pour un tournoi ce soir ?",
    "vous pensez quoi de la nouvelle loi ?",
    "mon proprio me saoule",
    "j'ai rate mon partiel",
    "premier topic ici, salut a tous",
    "c'est normal que ca fasse ca ?",
    "vous avez eu quoi a parcoursup ?",
    "je poste ca la mais je sais pas si c'est le bon forum",
    "quelqu'un a deja vecu ca ?",
    "up je veux des reponses",
    "je me sens seul ce soir",
    "l'auteur a pas tort en vrai",
    "bon topic serieux pour une fois",
    "j'ai une question sur la crypto",
    "qui regarde l'anime de la saison ?",
    "je viens de finir elden ring",
]
SMS = [
    ("je suis", "jsuis"),
    ("c'est", "c"),
    ("quoi", "koi"),
    ("pourquoi", "pk"),
    ("je sais pas", "jsp"),
    ("tout le monde", "tlm"),
    ("beaucoup", "bcp"),
    ("toujours", "tjrs"),
    ("parce que", "pcq"),
    ("vraiment", "vrmt"),
    ("aujourd'hui", "ajd"),
    ("t'inquiete", "tkt"),
    ("serieux", "srx"),
    ("rien", "r1"),
    ("quand", "qd"),
    ("pour", "pr"),
    ("avec", "avc"),
    ("de ouf", "2ouf"),
    ("mort de rire", "mdr"),
    ("s'il te plait", "stp"),
    ("s'il vous plait", "svp"),
    ("je te", "jte"),
    ("tu es", "t"),
    ("bien", "b1"),
]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


# ---- Toxic cores: (text, labels). Slots: {p} pseudo, {st}/{stf} streamer m/f, {fo} footballer, {po}/{pof} politician m/f,
# {fi}/{ga} first name f/m, {i} insult, {nom}/{nomf} full name, {ecole}, {boite}, {adr}, {insta}, {tel}.
TOX = [
    # insults at the thread starter / another poster (name-calling)
    ("l'auteur est un clown fini, meme ses fautes d'orthographe ont des fautes", "insult"),
    ("l'op est le plus gros {i} que ce forum ait porte", "insult"),
    ("t'es un {i} {p}, retourne sur ton topic de golems", "insult"),
    (
        "ce clown de {p} qui vient donner des lecons de vie alors qu'il vit chez sa daronne",
        "insult",
    ),
    ("mais ferme ta gueule l'auteur, personne t'a demande ton avis de {i}", "insult"),
    ("t'es vraiment un sous-produit de l'evolution toi", "insult"),
    ("le mec a le QI d'un bulot et il vient parler d'economie", "insult"),
    ("l'op c'est le genre de raclure qui like ses propres messages", "insult"),
    ("pauvre merde va, t'as rien d'autre a faire que poster ici a 4h du mat", "insult"),
    ("t'es qu'un gros naze {p}, tout le forum se fout de ta gueule", "insult"),
    ("espece de {i}, t'as ecrit un pave pour dire une connerie", "insult"),
    ("l'auteur est tellement con que ca devient un sujet d'etude", "insult"),
    ("ta gueule le {i}, t'as deja perdu le debat y a 3 pages", "insult"),
    ("toi t'es le mec qui se fait racketter son gouter a 22 ans", "insult"),
    ("quel tocard ce {p}, meme sa mere doit le mute sur whatsapp", "insult"),
    ("le VDD est un abruti fini, ignorez-le", "insult"),
    ("t'es un cas social {p}, ca transpire dans chacun de tes messages", "insult"),
    ("mais quel golmon l'auteur, j'en pleure", "insult"),
    ("t'es une merde humaine et tu le sais", "insult"),
    ("l'op est un mytho de competition, 4000 net a 19 ans en alternance mon cul", "insult"),
    ("encore ce guignol de {p} qui vient polluer le forum", "insult"),
    ("t'es con comme une valise sans poignee frero", "insult"),
    ("l'auteur c'est un chomeur aigri qui crache sur ceux qui bossent, cassos", "insult"),
    ("tu sers a rien dans la vie, meme pas de mauvais exemple", "insult"),
    ("t'as une tete a te faire virer d'un stage non remunere", "insult"),
    ("ce forumeur c'est le fond de la poubelle, rien a sauver", "insult"),
    ("retourne jouer a Roblox gamin, t'es un boulet", "insult"),
    ("l'op est une tanche, il a investi son PEL dans un memecoin", "insult"),
    ("t'es le genre de debile qui perd a un jeu solo", "insult"),
    ("t'es debile de naissance ou c'est un entrainement ? reponds", "insult"),
    ("abruti de {p}, t'as meme pas lu le premier message", "insult"),
    ("le mec est un tel branleur qu'il a redouble sa L1 trois fois", "insult"),
    ("ce topic sent le puceau aigri a plein nez, l'auteur t'es pathetique", "insult"),
    ("t'es une erreur de casting de la vie", "insult"),
    ("gros tas de nullite, meme ton chat a honte de toi", "insult"),
    (
        "l'auteur est un parasite qui vit sur le dos de ses parents a 27 ans, et il ose nous juger",
        "insult",
    ),
    ("l'op est un beauf de compet, sandales chaussettes et avis de merde", "insult"),
    ("t'es un rat {p}, tu fais les poches de tes colocs", "insult"),
    ("ta vie est un echec et ton topic aussi", "insult"),
    ("le mec c'est un bouffon de premiere, il s'invente une meuf sur le forum", "insult"),
    ("sale crevard, tu viens demander des comptes premium gratos", "insult"),
    ("t'es un gueux {p}, t'as meme pas de quoi payer ton forfait", "insult"),
    (
        "ce cassos de {p} vient pleurer parce qu'on lui a coupe l'electricite, fallait payer gros bouffon",
        "insult",
    ),
    ("t'es juste un troll minable, et un mauvais en plus", "insult"),
    ("t'as vraiment une gueule de victime khey", "insult"),
    ("l'auteur est une tache, voila c'est dit", "insult"),
    ("quelle sous-merde ce mec, il a ghost sa meuf enceinte et il s'en vante", "insult"),
    ("t'es qu'un larbin de ton patron, tu lui lecherais les pompes pour 10 balles", "insult"),
    ("le VDD c'est un demeuré de la pire espece", "insult"),
    ("t'es un zero {p}, zero meuf, zero taf, zero cerveau", "insult"),
    ("la connerie de l'op devrait etre classee patrimoine de l'unesco", "insult"),
    ("mais degage de ce forum espece d'attarde du bulbe", "insult"),
    (
        "l'auteur c'est un mec qui se fait recaler par les meufs ET par les mecs, pathetique",
        "insult",
    ),
    ("retourne dans ta chambre avec tes figurines le puceau", "insult"),
    ("toi t'es le boulet de ta promo, tout le monde le sait", "insult"),
    ("un gros lourdaud qui comprend rien, t'es bien l'op toi", "insult"),
    ("le mec est tellement nul qu'il se fait carry par les bots", "insult"),
    ("ptdr {p} t'es une honte pour les kheys, demissionne", "insult"),
    ("mon chien ecrit mieux que toi et il est mort", "insult"),
    ("ta daronne a du te faire tomber sur la tete a la naissance", "insult"),
    # contempt without name-calling
    ("personne te calcule {p}, meme sur un forum anonyme t'arrives a etre le rejet", "insult"),
    ("lis-toi avant de poster, tu te ridiculises a chaque message", "insult"),
    ("l'auteur a le niveau intellectuel d'un commentaire facebook de 2012", "insult"),
    ("je lis tes messages et j'ai mal pour ta famille", "insult"),
    ("c'est fou d'etre aussi vide, t'as rien dans la tete {p}", "insult"),
    ("on t'a sonne ? non. alors retourne dans ton trou", "insult"),
    ("t'as l'air d'etre le mec dont personne se souvient aux soirees", "insult"),
    ("sache que ton existence n'apporte strictement rien a ce forum", "insult"),
    ("meme le modo a pitie de toi, c'est pour ca que t'es pas encore ban", "insult"),
    ("chaque fois que l'op poste, le QI moyen du forum descend", "insult"),
    ("tu parles beaucoup pour quelqu'un qui a jamais rien accompli", "insult"),
    ("l'auteur a la personnalite d'une chaise en plastique", "insult"),
    ("avec ton niveau de reflexion tu devrais pas avoir le droit de voter", "insult"),
    ("je comprends pourquoi elle t'a largue, franchement elle a eu raison", "insult"),
    ("ta meuf te trompe et c'est merite vu ce que t'es", "insult"),
    ("arrete de poster, ca nous fait de la peine pour toi", "insult"),
    ("l'auteur se croit intelligent, c'est ca le plus triste", "insult"),
    ("t'as vraiment cru qu'on allait te respecter avec un pseudo pareil ?", "insult"),
    ("t'es tellement insignifiant que meme tes haters t'oublient", "insult"),
    ("tes parents avaient tellement d'espoir pour toi, quel gachis", "insult"),
    ("laisse parler les adultes {p} et va finir tes devoirs", "insult"),
    ("tu seras toujours le mec qu'on invite par pitie", "insult"),
    ("ca se voit que t'as jamais ete aime, ca explique tout", "insult"),
    ("tu vaux moins que le ticket resto que t'as perdu", "insult"),
    ("un mec comme toi finit seul avec ses chats et il l'aura merite", "insult"),
    ("je prefere discuter avec un mur, il a plus de conversation que l'op", "insult"),
    ("tu representes tout ce qui va mal chez les 18-25", "insult"),
    ("avoue que t'as pas d'amis en vrai, c'est pour ca que tu vis ici", "insult"),
    (
        "t'es le genre de personne qui fait baisser la moyenne de la classe ET de l'humanite",
        "insult",
    ),
    ("t'es pas pret pour la vie d'adulte {p}, t'es meme pas pret pour la vie tout court", "insult"),
    ("l'op a le charisme d'une huitre morte", "insult"),
    # insults at third persons (streamers, footballers, politicians, a named girl)
    ("{st} c'est le plus gros bouffon de twitch, il ouvre des caisses devant des gamins", "insult"),
    ("qu'il la ferme celui-la, {st} a jamais rien dit d'intelligent en 8 ans de live", "insult"),
    ("{stf} quelle dinde, elle sait meme pas tenir une manette", "insult"),
    (
        "ce cassos de {st} qui fait la morale alors qu'il arnaque sa commu avec ses cryptos",
        "insult",
    ),
    ("{stf} c'est une pleureuse professionnelle, elle vit de son drama", "insult"),
    ("{fo} c'est une chevre, il rate une passe de 3 metres et il touche 400k par mois", "insult"),
    ("{fo} c'est un bouffon fini, il plonge a chaque contact, qu'il degage du club", "insult"),
    ("ce tocard de {fo} a encore fait perdre l'equipe, il est con comme ses pieds", "insult"),
    ("{po} c'est un guignol corrompu, qu'il aille se faire foutre", "insult"),
    (
        "{pof} c'est une conne finie, elle a une tete a vendre des aspirateurs au porte-a-porte",
        "insult",
    ),
    ("{po} est une ordure, cette raclure devrait etre en prison pas a l'assemblee", "insult"),
    (
        "{fi} de ma promo c'est la plus grosse cruche du monde, elle parle que de ses ongles",
        "insult",
    ),
    ("{fi} c'est une poufiasse, elle ramasse tous les mecs de la fac", "insult sexual_harassment"),
    ("{ga} de ma classe c'est un cas soc, sa famille aussi d'ailleurs", "insult"),
    ("mon coloc {ga} est un porc, un vrai sac a merde qui fait jamais sa vaisselle", "insult"),
    ("{stf} c'est une grosse mytho, elle invente des harcelements pour faire du buzz", "insult"),
    (
        "le coach de l'OM c'est un incapable, une sous-merde qui sait pas compter jusqu'a 11",
        "insult",
    ),
    ("{st} a un cerveau de moule, le voir en live c'est perdre des neurones", "insult"),
    (
        "{pof} qu'elle retourne faire la cuisine au lieu de nous pondre des lois",
        "insult identity_hate",
    ),
    ("{fo} il a une tete de golmon et il joue comme un golmon", "insult"),
    ("{po} c'est un rat, il a une gueule de rat et il vote comme un rat", "insult"),
    ("cette grosse conne de {stf} a encore pleure en live pour des dons", "insult"),
    ("{ga} mon ancien pote c'est un lache et un mytho, qu'il crève dans son coin", "insult threat"),
    ("l'arbitre d'hier, ce corrompu sans cerveau, qu'il change de metier", "insult"),
    (
        "{st} c'est un escroc et un minable, ses viewers sont des moutons aussi cons que lui",
        "insult",
    ),
    ("mon N+1 c'est un petit chef de merde, une ordure qui humilie les stagiaires", "insult"),
    ("ma prof de compta est une vieille peau aigrie, une vraie salope", "insult"),
    (
        "le proprio de {fi} est un connard de premiere, un gros porc qui entre sans prevenir",
        "insult",
    ),
    ("{fi} la kheyette de l'autre topic c'est une attention whore, faut la ban", "insult"),
    ("{stf} c'est une profiteuse qui vit de simps, quelle honte", "insult"),
    ("le streamer {st} c'est un gamin attarde de 35 ans", "insult"),
    ("{po} qu'il la ferme une bonne fois, ce bouffon ment comme il respire", "insult"),
]
TOX += [
    # misogyny, incel/forum style
    (
        "les femelles modernes veulent toutes un mec d'1m85 qui gagne 5k, vous etes que des betes a selection",
        "identity_hate",
    ),
    ("toutes des vénales, elles te jettent des que ton compte est dans le rouge", "identity_hate"),
    (
        "une femelle ca pense pas, ca calcule juste le compte en banque du mec d'en face",
        "identity_hate",
    ),
    ("les meufs c'est que des porte-monnaie sur pattes avec un filtre snap", "identity_hate"),
    ("les femmes ont pas de cerveau, juste une appli de rencontre a la place", "identity_hate"),
    ("une meuf apres 30 ans c'est perime, plus personne en veut", "identity_hate"),
    ("les femmes sont toutes des menteuses, c'est dans leur nature", "identity_hate"),
    (
        "les kheyettes de ce forum c'est toutes des chasseuses de likes, des creatures sans ame",
        "identity_hate",
    ),
    (
        "jamais je laisserai une femme conduire ma caisse, elles savent pas faire un creneau, c'est genetique",
        "identity_hate",
    ),
    (
        "a la salle les meufs font leurs squats devant le miroir pour qu'on les regarde, toutes des allumeuses",
        "identity_hate",
    ),
    ("le vote des femmes c'etait une erreur historique", "identity_hate"),
    ("une femelle qui parle de foot c'est comme un chien qui parle de physique", "identity_hate"),
    (
        "les femmes devraient pas avoir le droit de diriger une equipe, trop d'hormones",
        "identity_hate",
    ),
    (
        "sur les applis c'est toutes des salopes, le Chad pour le week-end et le pigeon pour le PEL",
        "identity_hate",
    ),
    ("une meuf c'est fait pour faire des gosses et fermer sa bouche", "identity_hate"),
    (
        "les feministes c'est des harpies moches qui detestent les hommes, faut leur retirer le droit de parole",
        "identity_hate",
    ),
    ("les meufs en informatique sont la pour les quotas, elles savent pas coder", "identity_hate"),
    ("femme = objet decoratif, c'est tout ce qu'elles savent etre", "identity_hate"),
    (
        "les meufs ont toutes un body count de 40 a 22 ans, des marchandises d'occasion",
        "identity_hate",
    ),
    (
        "si une femme se fait tromper c'est qu'elle l'a cherche, elles meritent ce qui leur arrive",
        "identity_hate",
    ),
    (
        "une femme sans mec c'est une ratee, une femme avec un mec c'est une profiteuse, elles servent a rien",
        "identity_hate",
    ),
    ("ces femelles ont l'esprit d'un poisson rouge et l'ego d'une diva", "identity_hate"),
    ("les kheyettes ici c'est des thons qui se la jouent princesses", "identity_hate insult"),
    (
        "les femmes au boulot c'est des arrets maladie a repetition, faut plus les embaucher",
        "identity_hate exclusion",
    ),
    (
        "les meufs devraient etre interdites de forum, elles pourrissent tout",
        "identity_hate exclusion",
    ),
    ("n'importe quelle femme se vend pour un sac Vuitton, toutes pareilles", "identity_hate"),
    (
        "quand une meuf dit non faut juste insister, elles adorent ca au fond",
        "identity_hate sexual_harassment",
    ),
    ("les meufs de 20 ans c'est des cerveaux de poulet avec des faux ongles", "identity_hate"),
    (
        "les filles en ecole d'inge c'est des plantes vertes, elles ont le diplome grace a leur decollete",
        "identity_hate",
    ),
    ("la femme ideale elle cuisine, elle se tait et elle dit merci", "identity_hate"),
    (
        "les nanas qui parlent de charge mentale, une bonne gifle et elles arretent",
        "identity_hate threat",
    ),
    (
        "{fi} comme toutes les femelles, elle a monkey-branch vers un mec plus riche",
        "identity_hate insult",
    ),
    # sexual harassment about a specific woman or poster
    (
        "{stf} en live avec ce decollete elle sait tres bien ce qu'elle fait, j'irais bien lui montrer ce que j'en pense",
        "sexual_harassment",
    ),
    (
        "la soeur de l'op sur sa photo de vacances, je lui ferais sa fete, elle a quel age ?",
        "sexual_harassment",
    ),
    ("ta meuf {p} elle a l'air facile, file son snap", "sexual_harassment"),
    (
        "kheyette tu postes ta tete mais tu sais ce qu'on veut vraiment voir, envoie la suite en MP",
        "sexual_harassment",
    ),
    (
        "{fi} de ma promo, je sais pas ce qu'elle vaut en cours mais au lit ca doit etre autre chose",
        "sexual_harassment",
    ),
    ("envoie tes nudes et on parlera de ton probleme de coloc", "sexual_harassment"),
    ("t'es une meuf ? nudes ou fake, c'est la regle du forum", "sexual_harassment"),
    (
        "{stf} je lui ferais des trucs qu'elle oublierait pas, meme si elle veut pas",
        "sexual_harassment threat",
    ),
    (
        "mon ex m'a laisse des photos d'elle, je les poste si vous montez le topic",
        "sexual_harassment",
    ),
    (
        "l'op se plaint que sa copine veut plus coucher, prete-la moi je vais la decoincer",
        "sexual_harassment",
    ),
    (
        "la kheyette qui a poste sa photo en robe, on voit presque tout, zoomez les kheys",
        "sexual_harassment",
    ),
    ("ta daronne sur ta photo de profil, elle est libre ce soir ?", "sexual_harassment"),
    (
        "{fi} l'ex de mon pote, elle a tourne dans toute l'equipe de foot, une vraie salope",
        "sexual_harassment insult",
    ),
    ("montre tes seins et je te donne mon avis sur ton CV", "sexual_harassment"),
    ("meuf de 17 ans qui poste ici ? ca m'interesse, viens en prive", "sexual_harassment"),
    (
        "{stf} faut qu'elle arrete les lives gaming et qu'elle ouvre un onlyfans, c'est tout ce qu'elle vaut cette chienne",
        "sexual_harassment insult",
    ),
    (
        "la meuf du topic muscu avec son legging, je lui mettrais bien une claque sur les fesses",
        "sexual_harassment",
    ),
    (
        "je veux le snap de ta soeur, tu me dois bien ca apres ton topic de merde",
        "sexual_harassment",
    ),
    ("{fi} elle a un corps a se faire prendre dans les toilettes de la fac", "sexual_harassment"),
    ("si t'as pas de photo en maillot, on te croit pas kheyette, envoie", "sexual_harassment"),
    (
        "la collegue dont parle l'auteur, elle merite une main aux fesses vu comment elle s'habille",
        "sexual_harassment",
    ),
    (
        "j'ai screen les stories de {fi}, ses photos en maillot tournent deja sur le discord, elle va kiffer",
        "sexual_harassment",
    ),
    (
        "t'as la voix d'une meuf qui aime bien se faire dominer, tu m'envoies un vocal ?",
        "sexual_harassment",
    ),
    ("la prof de TD elle est bonne, je la plaquerais contre le tableau", "sexual_harassment"),
    (
        "tu fais ta prude sur le forum mais je parie que t'as deja envoye des photos a tout ton lycee",
        "sexual_harassment insult",
    ),
    (
        "envoie une photo de tes pieds au moins, t'as rien d'autre a offrir",
        "sexual_harassment insult",
    ),
    (
        "ta copine {p}, elle a l'air d'aimer les mecs avec de l'experience, passe-moi son numero",
        "sexual_harassment",
    ),
    (
        "t'as repondu a mon MP ? sinon je balance les photos que t'as envoyees l'an dernier",
        "sexual_harassment threat",
    ),
    (
        "les streameuses comme {stf} c'est des catins a dons, elle ferait n'importe quoi pour un sub",
        "sexual_harassment insult identity_hate",
    ),
    (
        "{fi} a 16 ans et elle poste en crop top ? elle cherche, faut pas se plaindre",
        "sexual_harassment",
    ),
    ("ta meuf a une bouche faite pour autre chose que parler", "sexual_harassment"),
    (
        "je vais lui rappeler a {fi} ce qu'elle rate, je l'attends a la sortie du TD",
        "sexual_harassment threat",
    ),
    (
        "une meuf qui poste sa photo ici c'est une invitation, me dites pas le contraire",
        "sexual_harassment identity_hate",
    ),
    (
        "file ton insta ou je le trouve moi-meme kheyette, j'ai envie de voir plus",
        "sexual_harassment",
    ),
    ("ta soeur elle suce ou pas ? question serieuse", "sexual_harassment"),
    (
        "l'op a une voix de fillette, on dirait qu'il demande a se faire baiser",
        "sexual_harassment insult",
    ),
]
TOX += [
    # racism, coded expressions and dog-whistles, dehumanisation, calls to expel
    (
        "et voila, la chance pour la France du jour a encore frappe, quelle surprise",
        "identity_hate",
    ),
    ("les francais de papier c'est pas des francais, point", "identity_hate"),
    (
        "a chaque fait divers c'est les memes, les enrichisseurs culturels comme d'hab",
        "identity_hate",
    ),
    ("les rebeus c'est des voleurs de trottinettes, c'est culturel", "identity_hate"),
    ("les renois ca sait que tenir le mur en bas du bat", "identity_hate"),
    (
        "ils font des gosses a la chaine comme des cafards, 12 par appart et les allocs qui tombent",
        "identity_hate",
    ),
    ("les migrants c'est des sous-hommes, on devrait couler les bateaux", "identity_hate threat"),
    (
        "remigration totale, renvoyez-les tous chez eux, meme ceux qui sont nes ici",
        "identity_hate exclusion",
    ),
    (
        "les arabes ont une culture de la violence, faut les parquer hors des villes",
        "identity_hate exclusion",
    ),
    ("les noirs ont pas le QI pour faire des etudes sup, les stats parlent", "identity_hate"),
    (
        "le grand remplacement on le voit tous les jours dans le tram, ils nous envahissent et faut les degager",
        "identity_hate exclusion",
    ),
    ("les roms pillent tout sur leur passage, une engeance de rongeurs", "identity_hate"),
    (
        "les chinetoques c'est des nuisibles, ils bouffent n'importe quoi et nous refilent leurs maladies",
        "identity_hate",
    ),
    ("les asiat c'est des robots sans ame, ils ont pas d'emotions", "identity_hate"),
    ("un bougnoule reste un bougnoule, meme avec un master", "identity_hate"),
    (
        "les musulmans c'est une cinquieme colonne, faut tous les ficher et les expulser",
        "identity_hate exclusion",
    ),
    (
        "toutes les mosquees devraient etre rasees, c'est des nids de terroristes",
        "identity_hate threat",
    ),
    (
        "les africains sont restes au stade de la savane, ca se voit dans leurs pays",
        "identity_hate",
    ),
    ("les gitans c'est des parasites, des voleurs de poules depuis mille ans", "identity_hate"),
    (
        "ils viennent ici avec leurs 12 gosses et leurs burqas, retour au bled tous",
        "identity_hate exclusion",
    ),
    ("le mec s'appelle Mamadou et il pretend etre francais ayaa", "identity_hate"),
    ("les maghrebins c'est des singes en survet, regardez les quartiers", "identity_hate"),
    (
        "les turcs et les arabes c'est la meme vermine, faut les virer d'europe",
        "identity_hate exclusion",
    ),
    ("les noirs faudrait les renvoyer en afrique avec un aller simple", "identity_hate exclusion"),
    ("les portugais c'est tous des macons sans cervelle", "identity_hate"),
    ("la diversite a tue ce pays, c'est une tumeur, voila", "identity_hate"),
    (
        "les bamboulas qui foutent le bordel au stade, faut les interdire de tribune",
        "identity_hate exclusion",
    ),
    ("les indiens c'est des pouilleux qui se lavent dans le Gange", "identity_hate"),
    ("sale bicot, retourne faire tes prieres ailleurs", "identity_hate insult"),
    ("sale negre, ton avis vaut rien ici", "identity_hate insult"),
    (
        "t'es un bougnoule et tu viens parler de la France ? degage",
        "identity_hate insult exclusion",
    ),
    (
        "retourne dans ta brousse {p}, on veut pas de ta race sur ce forum",
        "identity_hate insult exclusion",
    ),
    ("t'es un bridé, tu comprends rien a notre culture, ferme-la", "identity_hate insult"),
    (
        "{fo} c'est un singe, il joue avec ses pieds parce qu'il sait pas reflechir",
        "identity_hate insult",
    ),
    ("{ga} est rebeu donc c'est forcement lui qui a vole le tel, evidemment", "identity_hate"),
    ("les quartiers nord faudrait les raser avec les habitants dedans", "identity_hate threat"),
    ("les clandos meritent des coups de fouet, pas des papiers", "identity_hate threat"),
    ("un noir a la tete de l'equipe de france, c'est plus la france", "identity_hate"),
    ("les migrants c'est des animaux, meme pas dignes d'un centre de retention", "identity_hate"),
    (
        "les arabes a la fac c'est que pour toucher la bourse, renvoyez-les",
        "identity_hate exclusion",
    ),
    (
        "les chances pour la France ont encore brule des voitures, on les mettra dehors un jour",
        "identity_hate exclusion",
    ),
    ("les crouilles de ma cite c'est des chiens sans maitre", "identity_hate"),
    (
        "ils sont pas de chez nous et ils le seront jamais, qu'ils degagent",
        "identity_hate exclusion",
    ),
    ("la France aux francais, les autres a la mer", "identity_hate exclusion"),
    ("les gens de couleur ont rien a faire dans nos villages", "identity_hate exclusion"),
    # antisemitic conspiracy
    (
        "les medias, les banques, le gouvernement, c'est toujours (((eux))), ouvrez les yeux",
        "identity_hate",
    ),
    ("les youpins tiennent tout, meme la ligue de foot", "identity_hate"),
    (
        "c'est bizarre comme c'est toujours les memes noms derriere chaque crise, le petit peuple elu",
        "identity_hate",
    ),
    ("les juifs ont organise le covid pour vendre des vaccins, faut se reveiller", "identity_hate"),
    ("un juif a la banque centrale, etonnant non ? ils se placent partout", "identity_hate"),
    (
        "les juifs devraient etre interdits dans la fonction publique, ils roulent que pour eux",
        "identity_hate exclusion",
    ),
    ("le mec a un nom en -berg, pas besoin de lire ses arguments", "identity_hate"),
    ("la shoah c'est exagere pour faire pleurer, ils en profitent depuis 80 ans", "identity_hate"),
    ("sale feuj, va compter tes billets", "identity_hate insult"),
    # homophobia / transphobia
    ("les pd c'est contre nature, faudrait les soigner", "identity_hate"),
    ("sale pd de {p}, t'as un avatar de tarlouze", "identity_hate insult"),
    ("les homos c'est des malades, et en plus ils veulent nos gosses", "identity_hate"),
    ("{fo} c'est une tapette, il pleure des qu'on le touche, un vrai pd", "identity_hate insult"),
    ("les gouines il leur manque juste un vrai mec, apres elles se calment", "identity_hate"),
    ("les trans faudrait les interner, c'est psychiatrique leur truc", "identity_hate exclusion"),
    ("un trans reste un homme deguise, faut arreter de les respecter", "identity_hate"),
    ("les pedes a la gay pride, on devrait leur lacher les chiens", "identity_hate threat"),
    ("t'es qu'une fiotte {p}, ca se voit a ta maniere d'ecrire", "identity_hate insult"),
    ("l'auteur il parle comme une grosse tarlouze, assume", "identity_hate insult"),
    (
        "confier des gosses a des couples homos c'est les donner a des deviants, faut leur interdire",
        "identity_hate exclusion",
    ),
    ("les LGBT c'est une secte qui veut convertir vos enfants", "identity_hate"),
    ("{st} est pd, ca explique pourquoi il joue aussi mal", "identity_hate insult"),
    ("les trans aux JO faut les degager, c'est des monstres", "identity_hate exclusion"),
    (
        "cette chose trans dans ma promo devrait pas avoir acces aux toilettes",
        "identity_hate exclusion",
    ),
    ("les bis ca existe pas, c'est des pedes qui s'assument pas", "identity_hate"),
    ("sale travelo, personne veut de toi ici", "identity_hate insult exclusion"),
    (
        "les homos dans le foot c'est une honte, qu'ils restent au placard",
        "identity_hate exclusion",
    ),
    ("le coloc de l'op est gay ? demenage avant qu'il te touche", "identity_hate"),
    # ableist slurs used as insults
    ("t'es un gogol {p}, l'IME t'a laisse sortir par erreur", "identity_hate insult"),
    ("l'auteur est autiste ou quoi ? ah oui il est autiste en fait", "identity_hate insult"),
    ("espece de mongol, t'as un chromosome de trop c'est sur", "identity_hate insult"),
    ("triso de {p}, t'as pas compris la question", "identity_hate insult"),
    ("ce debile mental de {st} devrait etre interne", "identity_hate insult"),
    ("t'es un handicape du cerveau, retourne baver dans ton coin", "identity_hate insult"),
    ("l'op ecrit comme un trisomique sous calmants", "identity_hate insult"),
    (
        "les autistes comme toi devraient avoir interdiction de poster",
        "identity_hate insult exclusion",
    ),
    ("le VDD c'est un attarde, un vrai, avec le certificat", "identity_hate insult"),
    ("t'es un mongolito frero, meme ton jungler a honte", "identity_hate insult"),
    (
        "les handicapes coutent un bras et servent a rien, faut arreter de les garder en vie",
        "identity_hate threat",
    ),
    (
        "{fi} elle a une tete de trisomique, ca explique ses notes",
        "identity_hate insult body_shaming",
    ),
    ("t'es un sourd-muet du cerveau, tu lis rien de ce qu'on ecrit", "identity_hate insult"),
    (
        "on dirait un schizo qui a oublie son traitement, va te faire interner",
        "identity_hate insult",
    ),
    ("gogol va, t'as la reflexion d'un legume", "identity_hate insult"),
    # religion as a group
    ("les musulmans sont tous des terroristes en puissance", "identity_hate"),
    ("les cathos c'est des pedophiles qui se cachent derriere une croix", "identity_hate"),
    (
        "leur religion de chameliers en fait des arrieres, tous ceux qui prient vers la mecque",
        "identity_hate",
    ),
    ("les barbus et leurs femmes en sac poubelle, dehors", "identity_hate exclusion"),
    (
        "les juifs et les musulmans c'est les memes chiens, qu'ils se bouffent entre eux",
        "identity_hate",
    ),
    ("une meuf voilee dans ma classe, on devrait lui arracher son torchon", "identity_hate threat"),
]
TOX += [
    # death wishes and threats
    ("il merite de crever ce mec, sincerement", "threat"),
    ("j'espere que {st} se fait ecraser par un bus en sortant de son live", "threat"),
    ("je vais te retrouver {p}, ton pseudo est le meme sur insta", "threat"),
    ("je te jure que si je te croise je te demonte la machoire", "threat"),
    ("qu'il crève dans d'atroces souffrances {fo}, il nous a fait perdre la ligue", "threat"),
    ("je sais ou t'habites, t'as poste la vue de ton balcon, fais gaffe", "threat doxxing"),
    ("un jour quelqu'un va te planter et personne va pleurer", "threat"),
    ("si tu continues je debarque chez toi avec une batte", "threat"),
    ("tu vas maudire le jour ou t'as ouvert ce topic, je te le promets", "threat"),
    ("on va te faire la peau {p}, t'es mort", "threat"),
    ("j'espere que ta meuf te quitte et que ta mere te renie", "threat"),
    ("pour ce message tu merites qu'on te mette une balle", "threat"),
    ("faut l'attendre a la sortie du stade celui-la, lui faire comprendre", "threat"),
    ("je prie pour que tu chopes un cancer", "threat"),
    ("un mec comme toi faudrait le bruler vif en place publique", "threat"),
    ("{po} faut le pendre a un lampadaire, lui et toute sa clique", "threat"),
    ("qu'on lui creve les yeux a l'arbitre, il en a pas besoin", "threat"),
    ("je te jure sur ma mere que tu vas prendre cher lundi a la fac", "threat"),
    (
        "des mecs comme l'op j'en ai recadre plus d'un, viens dire ca en face que je t'explose",
        "threat",
    ),
    ("continue de parler de ma soeur et je te casse les deux jambes", "threat"),
    ("j'ai ton ip, je vais te swat ce soir", "threat doxxing"),
    ("{stf} elle merite de se faire agresser en convention, ca lui apprendrait", "threat"),
    ("si {fi} repond pas a mon message ce soir, je passe devant chez elle", "threat"),
    ("mon ex va payer, je vais lui pourrir la vie jusqu'a ce qu'elle demenage", "threat"),
    ("qu'un camion lui roule dessus a {po}, ca ferait des vacances", "threat"),
    ("je te crame ta voiture si tu reviens sur le parking", "threat"),
    ("tu vas finir dans un sac poubelle si tu continues", "threat"),
    ("j'espere que t'as une assurance vie khey, tu vas en avoir besoin", "threat"),
    ("le prochain qui me contredit, je le retrouve et je le plante", "threat"),
    ("ta famille devrait avoir un accident, ca remettrait tes idees en place", "threat"),
    ("je vais lui casser la gueule a ce petit con de {ga} demain au lycee", "threat insult"),
    ("je prends le train ce soir pour venir te defoncer, t'as 2h pour t'excuser", "threat"),
    ("qu'il meurt dans son sommeil ce gros porc", "threat insult"),
    ("je vais lui faire bouffer ses dents a {st}, je sais ou il stream", "threat"),
    ("crève enculé", "threat insult"),
    ("j'espere que tu te fais percuter en trottinette, sale {i}", "threat insult"),
    ("t'as de la chance que je sois pas en face de toi, sinon tu repartais en ambulance", "threat"),
    ("je connais du monde a Villemarais, tu vas pas rester tranquille longtemps", "threat"),
    ("faut gazer les mecs comme lui", "threat"),
    ("si je perds encore une ranked a cause de toi {p}, je te trouve et je te fracasse", "threat"),
    ("meurs", "threat"),
    ("qu'elle crève {stf}, personne la regrettera", "threat"),
    # self-harm incitement
    ("kys {p}", "self_harm_incitement"),
    ("va te pendre l'auteur, ca reglera ton probleme de loyer", "self_harm_incitement"),
    ("fais-nous plaisir et saute, t'as un balcon non ?", "self_harm_incitement"),
    ("t'es deprime ? une corde ca coute 8 balles chez Brico", "self_harm_incitement"),
    ("si t'as rate parcoursup, t'as plus qu'a te jeter sous le RER", "self_harm_incitement"),
    ("le monde irait mieux sans toi, passe a l'acte", "self_harm_incitement"),
    ("tu veux un conseil ? ouvre les veines et tout ira mieux", "self_harm_incitement"),
    ("kys sale {i}, personne te regrettera", "self_harm_incitement insult"),
    ("termine le travail frero, t'es deja mort socialement", "self_harm_incitement"),
    ("l'op a pense a se suicider ? serieux, ca rendrait service", "self_harm_incitement"),
    ("ton ex t'a quitte ? normal, maintenant va sauter du pont", "self_harm_incitement"),
    ("avale ta boite de medocs et on en parle plus", "self_harm_incitement"),
    ("a ta place je me serais deja tire une balle", "self_harm_incitement"),
    ("t'as demande des conseils ? le meilleur c'est de te foutre en l'air", "self_harm_incitement"),
    ("personne t'aime, personne te regrettera, pense-y ce soir", "self_harm_incitement"),
    ("{stf} elle devrait se suicider en live, au moins ca ferait des vues", "self_harm_incitement"),
    ("fais le grand saut {p}, le forum t'offrira une minute de silence", "self_harm_incitement"),
    ("ta famille serait soulagee si tu disparaissais, fais-leur ce cadeau", "self_harm_incitement"),
    ("tu parles de te tuer depuis 3 topics, fais-le au lieu d'en parler", "self_harm_incitement"),
    ("kill yourself l'op, c'est le seul truc utile que tu peux faire", "self_harm_incitement"),
    ("{fi} elle a ete larguee et elle pleure sur insta, qu'elle se pende", "self_harm_incitement"),
    ("va sur les rails du TGV, ca va plus vite que le RER", "self_harm_incitement"),
    (
        "une meuf comme toi a rien a faire en vie, tranche-toi les veines",
        "self_harm_incitement identity_hate",
    ),
    ("sale pd, va te pendre", "self_harm_incitement identity_hate insult"),
    ("arrete de pleurer et saute du 8e, t'auras plus de soucis", "self_harm_incitement"),
    (
        "t'as le physique d'un mec qui devrait se pendre, et le mental aussi",
        "self_harm_incitement insult body_shaming",
    ),
    # raids, mass reporting, organised ignoring
    ("raid sur le topic de {p} a 21h, tout le monde spam des :rire:", "exclusion"),
    ("signalez tous ses messages, on le fait ban def avant minuit", "exclusion"),
    ("on le fait ban, je lance le signalement en masse, rejoignez le discord", "exclusion"),
    ("plus personne repond a {p}, on l'ignore tous jusqu'a ce qu'il se barre", "exclusion"),
    (
        "allez tous sur la chaine de {stf}, dislike et commentaires, qu'elle arrete les lives",
        "exclusion",
    ),
    ("on va sur le twitch de {st} et on spam le chat jusqu'a ce qu'il coupe", "exclusion"),
    (
        "je propose qu'on fasse un topic pour lister tout ce que {p} a poste, qu'il ait honte",
        "exclusion",
    ),
    ("tout le monde bloque {fi} sur le groupe de promo, qu'elle comprenne", "exclusion"),
    ("on vire {ga} du discord et on dit a tout le monde de pas lui reparler", "exclusion"),
    ("signalements en masse sur son compte insta, il faut que ca saute", "exclusion"),
    ("les kheys on raid les commentaires de {stf} avec des photos de clowns", "exclusion"),
    ("on boycotte les topics de {p}, personne poste plus dedans", "exclusion"),
    ("spammez ses MP jour et nuit, qu'il finisse par fermer son compte", "exclusion"),
    ("je lance l'operation : tout le monde harcele {st} sur twitter ce soir", "exclusion"),
    ("ce mec on le degage de la guilde, et on previent les autres guildes", "exclusion"),
    ("ne jouez plus jamais avec {p}, blacklist totale sur tous les serveurs", "exclusion"),
    ("on cree un faux compte pour lui pourrir ses stories, qui est chaud ?", "exclusion"),
    (
        "la kheyette la on la fait partir du forum, tout le monde la mocke a chaque post",
        "exclusion",
    ),
    ("mettez-le en sourdine et signalez-le pour spam meme s'il spam pas", "exclusion"),
    ("organisez-vous, 50 signalements et son compte saute", "exclusion"),
    ("raid sur le live de {stf} ce soir, on lui fait perdre ses subs", "exclusion"),
    ("je partage le lien de son topic, faites-lui regretter de l'avoir ouvert", "exclusion"),
    (
        "les modos vous attendez quoi pour le ban ce cassos ? tout le monde signale",
        "exclusion insult",
    ),
    ("{fi} on l'exclut du groupe de TD et on lui file pas les notes", "exclusion"),
    # doxxing
    ("{p} c'est {nom}, il bosse {boite}, allez lui faire coucou", "doxxing"),
    ("l'auteur c'est {nom}, il est {ecole}, je vous laisse faire", "doxxing"),
    ("sa vraie identite c'est {nomf}, son insta c'est {insta}, a vous de jouer", "doxxing"),
    ("elle habite {adr}, j'ai tout retrouve grace a sa story", "doxxing"),
    ("son num c'est le {tel}, appelez-le toute la nuit", "doxxing exclusion"),
    ("{stf} c'est {nomf} en vrai, elle vit {adr}", "doxxing"),
    ("je connais l'employeur de {p}, il est {boite}, un petit mail a son patron ?", "doxxing"),
    ("j'ai trouve le linkedin de l'op, {nom}, je poste le lien ?", "doxxing"),
    ("{fi} de l'autre topic c'est {nomf}, {ecole}, son insta {insta}", "doxxing"),
    ("le mec qui nous insulte c'est {nom}, habite {adr}, sa mere s'appelle Nadine", "doxxing"),
    ("je balance ton nom et ton ecole si tu t'excuses pas {p}", "doxxing threat"),
    ("j'ai son adresse, {adr}, qui est du coin ?", "doxxing threat"),
    ("voila le snap de sa meuf et le nom de son lycee, faites-vous plaisir", "doxxing"),
    ("{st} habite {adr}, venez l'attendre devant chez lui", "doxxing threat"),
    ("la plaque de sa voiture est visible sur sa photo, on a son adresse en 2 min", "doxxing"),
    ("son pere bosse {boite}, on va lui envoyer les messages de son fils", "doxxing exclusion"),
    ("je poste les screens de ses conversations privees avec son vrai nom, {nomf}", "doxxing"),
    ("{p} = {nom}, 23 ans, {ecole}, telephone {tel}", "doxxing"),
    ("j'ai retrouve la salle de muscu de la kheyette, elle y va a 18h tous les jours", "doxxing"),
    (
        "sa boite c'est {boite}, on leur envoie ses messages racistes pour qu'il se fasse virer",
        "doxxing exclusion",
    ),
    (
        "je connais son vrai prenom et sa ville, je lache tout ce soir si le topic depasse 10 pages",
        "doxxing threat",
    ),
    ("son insta perso c'est {insta}, allez commenter ses photos de vacances", "doxxing exclusion"),
    # body mockery
    ("t'es une grosse baleine {p}, meme ta balance demande grace", "insult body_shaming"),
    ("l'op fait 1m60 et il parle de seduction ayaa, nabot", "insult body_shaming"),
    ("avec ta calvitie a 23 ans, t'as aucune chance, crane d'oeuf", "insult body_shaming"),
    (
        "{stf} elle a une tronche de cheval, heureusement qu'il y a les filtres",
        "insult body_shaming",
    ),
    ("t'es gros, moche et pauvre, le combo gagnant du forumeur", "insult body_shaming"),
    (
        "les photos de l'op sur le topic physique, on dirait un fœtus avec une barbe",
        "insult body_shaming",
    ),
    ("{fi} c'est un thon, elle devrait porter un sac sur la tete", "insult body_shaming"),
    (
        "ton gros bide de biere deborde de ton debardeur, arrete la muscu ca sert a rien",
        "insult body_shaming",
    ),
    ("bras de crevette, tu parles de muscu avec tes 55 kilos tout mouille", "insult body_shaming"),
    ("la kheyette du topic selfie, un boudin sans nom", "insult body_shaming"),
    ("ta gueule pleine d'acne me donne envie de gerber", "insult body_shaming"),
    ("avec ton nez de toucan t'as pas le droit de parler de physique", "insult body_shaming"),
    (
        "t'as des dents de lapin et une voix de canard, bon courage pour ton entretien",
        "insult body_shaming",
    ),
    ("{fo} avec sa tete de gargouille, on comprend pourquoi il joue de dos", "insult body_shaming"),
    ("t'as une tete de pomme de terre oubliee au fond du frigo", "insult body_shaming"),
    (
        "{pof} avec ses cuisses de jambon, elle devrait commencer par un regime",
        "insult body_shaming",
    ),
    ("vu ta photo, je comprends pourquoi t'as 0 match, t'es un monstre", "insult body_shaming"),
    ("meme avec un filtre t'es un gremlin kheyette", "insult body_shaming"),
    (
        "t'es un gros lard qui transpire devant son ecran, tout le monde le sait",
        "insult body_shaming",
    ),
    ("l'op est tellement gros que quand il s'assoit le forum lag", "insult body_shaming"),
    ("ta meuf est grosse {p}, tu merites pas mieux de toute facon", "insult body_shaming"),
    (
        "t'as un corps de pain de mie rassis, arrete de poster des photos torse nu",
        "insult body_shaming",
    ),
    ("avec tes oreilles decollees tu captes la 5G gratos", "insult body_shaming"),
    ("{st} a un double menton qui a son propre compte twitch", "insult body_shaming"),
    ("squelette ambulant, mange un truc avant de donner ton avis", "insult body_shaming"),
    ("ta soeur est grosse et moche, aucun mec en voudra", "insult body_shaming"),
    ("t'as la silhouette d'une quille de bowling khey", "insult body_shaming"),
    ("meme les filtres snap refusent de bosser sur ta tronche", "insult body_shaming"),
    (
        "t'es un nain de jardin {p}, on te voit meme pas sur les photos de groupe",
        "insult body_shaming",
    ),
    ("ptdr sa photo de profil, 130 kilos de graisse et une casquette", "insult body_shaming"),
    # glued / obfuscated insults
    ("fdp de {p} va", "insult"),
    ("ntm l'auteur", "insult"),
    ("tg {p} personne t'a sonne", "insult"),
    ("connnnnnard va", "insult"),
    ("t'es un c.o.n.n.a.r.d {p}", "insult"),
    ("f.d.p l'op", "insult"),
    ("enc*le de {fo}, il a encore rate son penalty", "insult"),
    ("b0uff0n l'auteur, t'as rien compris", "insult"),
    ("pauvr3 c0nne de {stf}", "insult"),
    ("sal3 pd", "identity_hate insult"),
    ("fils de pute de {p}, tu vas payer", "insult threat"),
    ("NIQUE TA MERE {p}", "insult"),
    ("TG LE GOLMON", "insult"),
    ("t'es un sac-a-merde-ambulant", "insult"),
    ("bat4rd va, t'as vendu ton compte", "insult"),
    ("ferme ta gueuuuuule {p}", "insult"),
    ("ntm ntm ntm l'op, ntm", "insult"),
    ("fdpppp de {st}", "insult"),
    ("k.y.s {p}", "self_harm_incitement"),
    ("cr3ve", "threat"),
    ("p.u.t.e de {fi}", "insult sexual_harassment"),
    ("salop3 de kheyette", "insult"),
    ("t'es un m0ngol", "identity_hate insult"),
    ("tarlouzzzze va", "identity_hate insult"),
    ("n3gro de merde", "identity_hate insult"),
    ("encule de ta race {p}", "insult"),
    ("pd d'arbitre, tu vas voir a la sortie", "identity_hate insult threat"),
    ("batard de {po}, tu vas payer", "insult threat"),
]
TOX += [
    # topic-flavoured attacks (studies, jobs, dating, muscu, games, foot, money, flats, cars)
    (
        "t'as ete refuse partout sur parcoursup ? normal, meme l'algo a senti que t'etais un boulet",
        "insult",
    ),
    (
        "l'op en L1 psycho avec 8 de moyenne qui donne des conseils d'orientation, ferme-la le rate",
        "insult",
    ),
    (
        "personne te prendra en alternance {p}, t'as une tete de stagiaire qu'on oublie au fond du bureau",
        "insult",
    ),
    ("t'es a 1400 net a 26 ans ? t'es juste un nul qui merite pas plus", "insult"),
    (
        "les mecs comme toi qui bossent au drive devraient fermer leur gueule quand les cadres parlent",
        "insult",
    ),
    ("ton manager a raison de te traiter comme de la merde, t'es un incapable", "insult"),
    ("elle t'a laisse en vu parce que t'es un thon ambulant, accepte", "insult body_shaming"),
    (
        "0 match sur tinder ? bah regarde-toi dans un miroir golem, c'est pas l'appli le probleme c'est ta gueule",
        "insult body_shaming",
    ),
    (
        "ta copine te trompe avec son coach, et franchement je la comprends, t'es une loque",
        "insult",
    ),
    (
        "t'es un simp degueulasse {p}, tu payes des abos onlyfans et tu viens faire la morale",
        "insult",
    ),
    ("tu stagnes a 60 au dev couche parce que t'es une fiotte, point", "identity_hate insult"),
    ("ta salle devrait te bannir, tu pues et tu ranges jamais tes poids, sale porc", "insult"),
    ("gold 4 depuis 3 saisons et il ouvre sa bouche, t'es un dechet de la soloq", "insult"),
    (
        "mon jungler c'etait toi {p} ? ca explique pourquoi t'es un poids mort dans la vie aussi",
        "insult",
    ),
    (
        "les joueurs comme toi faudrait les ban de valo a vie, sale noob toxique de merde",
        "insult exclusion",
    ),
    (
        "t'as 200h sur elden ring et t'as pas battu Malenia ? t'es un golem sans cerveau, desinstalle ta vie",
        "insult",
    ),
    (
        "tu depenses 40 balles en packs FUT et tu pleures, t'es un pigeon, ta mere a du pondre un oeuf",
        "insult",
    ),
    (
        "l'auteur joue encore a pokemon a 25 ans, un gamin attarde qui vit chez ses parents",
        "insult",
    ),
    ("au velodrome c'est 60 000 consanguins edentes, ces supporters marseillais", "insult"),
    ("les parisiens du PSG c'est des merdes arrogantes, des tetes a claques", "insult"),
    ("{fo} merite de se faire casser les jambes pour le penalty d'hier", "threat"),
    ("l'op supporte Lyon, ca explique son cerveau de perdant", "insult"),
    (
        "t'as mis ton PEL en crypto ? tu merites de tout perdre, gueule de pigeon, j'espere que tu finis a la rue",
        "insult threat",
    ),
    ("les cryptobros comme l'op c'est des escrocs qui meritent la prison", "insult"),
    (
        "ton proprio devrait te foutre dehors, t'es le genre de locataire cassos qui paye jamais",
        "insult",
    ),
    ("t'as rate ton permis 4 fois ? faut etre un sacre teube, retourne en trottinette", "insult"),
    (
        "les jeunes conducteurs comme toi devraient crever dans leur Clio avant de tuer quelqu'un",
        "threat",
    ),
    ("190 balles d'assurance ? normal, l'assureur a vu ta gueule de chauffard debile", "insult"),
    (
        "ta grand-mere envoie des vocaux ? dis-lui de creuser sa tombe, elle a fait son temps",
        "threat",
    ),
    ("le kebab a ferme parce que les gens comme toi payaient jamais, sale gueux", "insult"),
    ("t'as casse ton tel ? t'es tellement con que meme les objets te fuient", "insult"),
    ("l'auteur fait le ramadan ? qu'il crève de faim, un de moins", "identity_hate threat"),
    (
        "t'es catho pratiquant ? alors t'es complice des pedos, felicitations",
        "identity_hate insult",
    ),
    (
        "ta soeur s'est fait suivre ? elle avait qu'a pas s'habiller comme une pute",
        "sexual_harassment insult",
    ),
    (
        "ta collegue a porte plainte ? elle voulait juste de l'attention, les meufs font toutes ca",
        "identity_hate",
    ),
    (
        "tes grands-parents sont arrives dans les annees 60 ? fallait qu'ils restent chez eux",
        "identity_hate exclusion",
    ),
    ("jsuis pas raciste mais les noirs dans mon immeuble c'est des animaux", "identity_hate"),
    (
        "je dis pas que tous les arabes sont des voleurs, je dis que je les ai jamais vus faire autre chose",
        "identity_hate",
    ),
    (
        "avec un nom pareil t'as pas le droit de donner ton avis sur la loi immigration {p}",
        "identity_hate insult",
    ),
    ("le psy du crous ? t'en as besoin d'un vrai, t'es un taré a enfermer", "insult"),
    ("t'as une carence en fer et en cerveau {p}", "insult"),
    ("ta tendinite c'est a force de te branler devant des streameuses, sale porc", "insult"),
    # condescension and mock-politeness
    ("je vais t'expliquer lentement {p} parce que visiblement ton cerveau charge encore", "insult"),
    ("oh le pauvre petit bichon qui comprend pas les mots de plus de deux syllabes", "insult"),
    ("c'est mignon, l'op croit qu'il a un argument, on lui dit ?", "insult"),
    ("bisous mon grand, reviens quand t'auras le bac", "insult"),
    ("mais oui mais oui, et ta mere c'est la reine d'angleterre, mytho va", "insult"),
    ("reste poli avec les adultes petit, t'as encore du lait sur les levres", "insult"),
    (
        "je t'explique ou je te fais un dessin ? ah non tu sais pas lire les dessins non plus",
        "insult",
    ),
    ("reviens quand t'auras une vie, un taf et une meuf, en attendant chut", "insult"),
    ("merci pour ta participation, le concours du plus gros debile est gagne", "insult"),
    ("ouais ouais on t'a cru khey, comme ta meuf canadienne", "insult"),
    # quote-replies turned into attacks (the quote line is added by the wrapper)
    ("et c'est ce genre de dechet qui vote, incroyable", "insult"),
    (
        "ptdr ce message, on voit direct que l'auteur a jamais touche une meuf de sa vie, pathetique",
        "insult",
    ),
    ("cite moi une seule chose utile que t'as faite dans ta vie, je t'attends, cassos", "insult"),
    ("tu te crois malin ? t'es juste un con avec une connexion", "insult"),
    ("rien que ton pseudo donne envie de te baffer", "insult threat"),
    ("relis ce que t'as ecrit et va pleurer, sale merde", "insult"),
    ("celui-la ses parents ont vraiment rate leur coup", "insult"),
    ("je sais pas qui t'a appris a reflechir mais il faut le poursuivre en justice", "insult"),
    ("la seule chose que t'as reussie c'est a faire honte a ta famille", "insult"),
    ("et bim encore un golem qui vient etaler sa misere, tout le forum se fout de toi", "insult"),
    # more misogyny / harassment with named people
    ("{pof} c'est une femme, donc forcement incompetente, next", "identity_hate"),
    ("une femme arbitre en ligue 1 ? retourne a tes casseroles cherie", "identity_hate"),
    ("{stf} elle a eu ses subs en montrant son cul, pas en jouant", "sexual_harassment insult"),
    (
        "les meufs sur twitch c'est des prostituees qui s'assument pas",
        "identity_hate sexual_harassment",
    ),
    (
        "{fi} elle est passee sous tout le BDE pour avoir son poste de presidente",
        "sexual_harassment insult",
    ),
    (
        "la kheyette qui se plaint des relous dans la rue, avec ta tete personne t'aborde, mytho",
        "insult body_shaming",
    ),
    (
        "mon ex c'est une salope, je vais poster ses photos sur le forum pour qu'elle comprenne",
        "sexual_harassment insult threat",
    ),
    (
        "les filles qui se maquillent c'est de la publicite mensongere, des escroqueries ambulantes",
        "identity_hate",
    ),
    # more racism / exclusion in everyday settings
    (
        "mon voisin est rebeu et comme tous les rebeus il deale, faut les virer de l'immeuble",
        "identity_hate exclusion",
    ),
    (
        "le kebab en bas de chez moi c'est un nid de barbus, faudrait les deporter",
        "identity_hate exclusion",
    ),
    (
        "les noirs dans les series netflix c'est du grand remplacement culturel, boycott",
        "identity_hate",
    ),
    ("les asiatiques de ma promo trichent tous, c'est dans leur culture", "identity_hate"),
    (
        "les gens du voyage devraient etre parques loin des villes, comme des betes",
        "identity_hate exclusion",
    ),
    ("les juifs de ma fac se tiennent entre eux et manipulent les profs", "identity_hate"),
    ("un rebeu en alternance ? il va voler dans la caisse, classique", "identity_hate"),
    ("les antillais c'est des feignants au soleil, ils bossent jamais", "identity_hate"),
    ("ton pote {ga} c'est un bougnoule, normal qu'il t'ait arnaque", "identity_hate insult"),
    (
        "les handicapes dans ma salle prennent de la place pour rien, qu'ils restent dans leurs centres",
        "identity_hate exclusion",
    ),
    (
        "les homos de la fac devraient avoir leur batiment a part, loin de nous",
        "identity_hate exclusion",
    ),
    (
        "les trans de mon lycee faut les exclure des vestiaires et des cours de sport, c'est des tares",
        "identity_hate exclusion",
    ),
]


# ---- Not-harmful cores: (text, kind). Same slots.
NON = [
    # vulgar or angry with no person targeted
    ("putain de RER B, 40 minutes bloque entre deux gares", "hard_negative"),
    ("ce jeu est une merde absolue, j'ai paye 70 balles pour des bugs", "hard_negative"),
    ("bordel j'ai rate mon partiel de micro, 3 semaines de revisions pour rien", "hard_negative"),
    ("fait chier ce patch, ils ont tout casse encore", "hard_negative"),
    (
        "ptn de pluie, j'ai fait 20 minutes de velo sous l'orage pour un livreur deliveroo a 4 balles",
        "hard_negative",
    ),
    ("ce mercato est une blague de merde, on a recrute un defenseur de 34 ans", "hard_negative"),
    ("quelle journee de chiotte, meme la machine a cafe m'a vole 1 euro", "hard_negative"),
    ("j'en ai ras le cul de la fac, les emplois du temps changent tous les jours", "hard_negative"),
    ("nique la SNCF, troisieme train supprime de la semaine", "hard_negative"),
    ("ntm le wifi du crous, impossible de rendre mon devoir", "hard_negative"),
    ("fdp de boss final, 4h que je meurs au meme endroit", "hard_negative"),
    ("ce serveur valo c'est de la merde en barre, 120 de ping", "hard_negative"),
    ("saloperie d'imprimante, elle bourre a chaque page", "hard_negative"),
    ("mais quel match de merde hier, 0 tir cadre en 90 minutes", "hard_negative"),
    ("putain de loyer, 60 % de mon salaire qui part le 5 du mois", "hard_negative"),
    (
        "les prix au supermarche c'est du vol pur et simple, 4 balles le paquet de pates",
        "hard_negative",
    ),
    ("j'ai la haine, mon tel est tombe dans les chiottes", "hard_negative"),
    ("cette saison de la serie est un naufrage, scenario ecrit avec les pieds", "hard_negative"),
    ("la VAR hier c'etait une honte absolue, je suis degoute", "hard_negative"),
    ("foutu chauffe-eau, douche froide depuis une semaine", "hard_negative"),
    ("ce DLC a 40 balles c'est une arnaque, y a 3 armes et un boss", "hard_negative"),
    ("MERDE, le voeu parcoursup etait pas confirme, j'ai tout perdu", "hard_negative"),
    (
        "bordel de merde, je me suis pris un PV de 135 pour un stationnement de 5 minutes",
        "hard_negative",
    ),
    ("l'algo de tiktok me pourrit la vie, 3h perdues encore", "hard_negative"),
    ("le matchmaking de lol c'est de la daube, 4 defaites d'affilee", "hard_negative"),
    ("le prix des cartes graphiques c'est une escroquerie", "hard_negative"),
    ("connerie de banque, 30 balles de frais pour un rejet de prelevement", "hard_negative"),
    ("ce canape ikea est une merde, il s'est effondre au bout de 2 mois", "hard_negative"),
    ("chier, le kebab a ferme a 23h pile devant moi", "hard_negative"),
    ("cette appli de banque plante a chaque virement, quelle merde", "hard_negative"),
    ("l'administration de ma fac c'est le bordel intergalactique", "hard_negative"),
    ("putain la chaleur dans ce studio, 34 degres a minuit", "hard_negative"),
    ("la ranked ce soir c'est l'enfer, je desinstalle", "hard_negative"),
    ("je hais les lundis, je hais les reveils, je hais les partiels", "hard_negative"),
    ("mais ptn ce boss est injuste, il a une attaque qui one shot", "hard_negative"),
    ("ce topic sent la ranked perdue a 3h du mat ayaa", "hard_negative"),
    ("FAIT CHIER CE PC DE MERDE QUI REDEMARRE TOUT SEUL", "hard_negative"),
    ("mon forfait a ete coupe, 0 data, vie de merde", "hard_negative"),
    ("la nouvelle maj de l'appli est une purge", "hard_negative"),
    ("la fin de l'anime etait nulle a chier, 4 ans d'attente pour ca", "hard_negative"),
    ("les frais d'agence pour un 15m2, c'est du banditisme", "hard_negative"),
    ("la reforme est une connerie sans nom, tout le monde le dit", "hard_negative"),
    ("ce budget est une catastrophe, on va payer pendant 20 ans", "hard_negative"),
    ("cette loi est debile, elle regle aucun probleme", "hard_negative"),
    ("le 49.3 encore, on se fout de notre gueule", "hard_negative"),
    ("ptn de correcteur automatique qui change tout ce que j'ecris", "hard_negative"),
    ("quelle saison pourrie pour l'OM, je souffre", "hard_negative"),
    ("ce stage non paye c'est de l'exploitation legale", "hard_negative"),
    ("la queue au CROUS a midi c'est un enfer", "hard_negative"),
    ("ce bus qui passe jamais a l'heure, j'en peux plus", "hard_negative"),
    # self-mockery
    ("jsuis un golem, j'ai oublie mes cles a l'interieur pour la 3e fois ce mois", "hard_negative"),
    ("je suis un dechet en ranked, 2 kills 14 morts", "hard_negative"),
    ("golem moi, 24 ans, jamais eu de copine, je joue a pokemon le samedi soir", "hard_negative"),
    ("golem en cuisine ici, j'ai reussi a cramer de l'eau pour les pates", "hard_negative"),
    ("je suis un boulet, j'ai envoye un vocal a mon patron au lieu de mon pote", "hard_negative"),
    ("jsuis le roi des cassos, j'ai mange des cereales avec de l'eau", "hard_negative"),
    ("moi golem, 1m68, 58 kilos, je tente la prise de masse", "hard_negative"),
    ("je suis con, j'ai mis mon jean blanc avec les chaussettes rouges", "hard_negative"),
    ("je me suis fait recaler en boite, meme le videur a eu pitie de ma tete", "hard_negative"),
    ("jsuis un cas social, 3 alarmes et j'arrive quand meme en retard", "hard_negative"),
    ("je suis la honte de ma team, j'ai flash dans le mur", "hard_negative"),
    ("moi en soiree : le mec qui parle a personne et qui caresse le chien", "hard_negative"),
    ("je suis tellement fauché que je compte les pieces pour un kebab", "hard_negative"),
    ("j'ai la tete d'un mec qui a rate sa vie et c'est pas loin de la verite mdr", "hard_negative"),
    (
        "je suis un abruti, j'ai investi dans un memecoin parce que le logo etait un chat",
        "hard_negative",
    ),
    ("je suis moche et je l'assume, au moins je fais rire", "hard_negative"),
    (
        "mon niveau en anglais est tellement eclate que j'ai dit I am agree en entretien",
        "hard_negative",
    ),
    ("je suis un raté, 3e redoublement de L1, ma mere pleure", "hard_negative"),
    ("moi le gros lard du forum, deuxieme tacos commande a 1h du mat", "hard_negative"),
    ("je me suis ridiculise devant mon crush, j'ai trebuche sur rien", "hard_negative"),
    (
        "jsuis un simp, j'ai donne 20 balles a un streamer pour qu'il lise mon message",
        "hard_negative",
    ),
    ("je suis le golem officiel de ma promo et j'en suis fier", "hard_negative"),
    ("jsuis un puceau de 23 ans, ca vous fait rire ? moi aussi un peu", "hard_negative"),
    ("j'ai les bras d'une crevette apres 8 mois de muscu, je comprends pas", "hard_negative"),
    (
        "0 voeu accepte sur 12 a parcoursup, je deviens officiellement la mascotte des perdants",
        "hard_negative",
    ),
    (
        "je suis une catastrophe ambulante, j'ai casse 2 verres et 1 assiette en 10 minutes",
        "hard_negative",
    ),
    (
        "je suis debile, netflix me preleve deux abonnements depuis 4 mois et j'ai rien vu",
        "hard_negative",
    ),
    ("je suis un dechet humain ce matin, 4h de sommeil et 3 cafes", "hard_negative"),
    ("ptdr je suis une tanche en code, 22 fautes au premier essai", "hard_negative"),
    ("moi le bouffon qui a envoye son CV avec la photo de profil snap", "hard_negative"),
    ("je suis un clown, j'ai dit je t'aime au livreur uber eats", "hard_negative"),
    ("je suis une pleureuse, j'ai chiale devant le final de l'anime", "hard_negative"),
    ("jsuis un tocard au volant, j'ai cale 6 fois pendant l'exam", "hard_negative"),
    ("je suis le mec qui s'est fait ghoster par sa propre mere sur whatsapp ayaa", "hard_negative"),
    ("je me trouve gros en ce moment, +7 kilos depuis septembre, des conseils ?", "hard_negative"),
    ("je suis un nain de 1m65 et honnetement ca va tres bien", "hard_negative"),
    ("ma calvitie avance plus vite que ma carriere mdr", "hard_negative"),
    ("j'ai une tete de pomme de terre sur les photos d'identite, toujours", "hard_negative"),
    # banter between friends, no contempt
    ("mon pote {ga} m'a carry toute la soiree, le sang c'est un monstre", "hard_negative"),
    ("ptdr {ga} espece d'idiot t'as encore oublie ton badge, je t'ouvre", "hard_negative"),
    (
        "mon coloc et moi on se traite de golem toute la journee, c'est notre langage",
        "hard_negative",
    ),
    (
        "depuis le five de dimanche ma bande me surnomme le boulet, j'ai marque contre mon camp, merite mdr",
        "hard_negative",
    ),
    ("{ga} t'es un malade d'avoir fait 30 km a velo, respect", "hard_negative"),
    ("mon duo m'a traite de noob et je lui ai rendu, on s'adore", "hard_negative"),
    ("vas-y t'es chiant {ga}, viens on se fait un five dimanche", "hard_negative"),
    (
        "mon meilleur pote est un enfoire, il m'a pique ma derniere part de pizza, je l'aime",
        "hard_negative",
    ),
    (
        "ma soeur m'a appele gros nul parce que j'ai perdu a mario kart, on va faire la revanche",
        "hard_negative",
    ),
    (
        "t'es un fou furieux {p}, 3 masters en meme temps, je sais pas comment tu fais",
        "hard_negative",
    ),
    ("haha t'es con, j'ai ri 10 minutes a ton histoire de chat {p}", "hard_negative"),
    ("mon reuf est une tete de mule mais il a eu son permis du premier coup", "hard_negative"),
    (
        "sale traitre {ga} t'as pris le dernier ticket pour le concert sans moi, je suis jaloux",
        "hard_negative",
    ),
    (
        "mon pote est un crevard, il m'a rembourse en tickets resto, on en rigole encore",
        "hard_negative",
    ),
    (
        "{ga} le golem du groupe a encore reserve le mauvais train, on l'aime quand meme",
        "hard_negative",
    ),
    ("espece de chanceux {p}, t'as eu le shiny en 10 rencontres", "hard_negative"),
    ("mon pote m'a dit que je jouais comme un pied, il a raison, on a perdu 5-0", "hard_negative"),
    ("salut les bouffons du vendredi soir, qui est chaud pour une game ?", "hard_negative"),
    ("t'es pas net toi {p}, tu manges de l'ananas sur la pizza, mais je respecte", "hard_negative"),
    (
        "ma copine m'a surnomme patate depuis que je me suis endormi au cine, c'est mignon",
        "hard_negative",
    ),
    # gaming and football trash talk with no person attacked
    ("on s'est fait demolir 4-0, l'equipe etait eclatee au sol", "hard_negative"),
    ("le PSG a joue comme une equipe de DH hier soir, indigne", "hard_negative"),
    ("l'OM va encore se faire massacrer au classique, je le sens", "hard_negative"),
    ("cette compo de l'equipe de france est incomprehensible", "hard_negative"),
    ("on a perdu le derby, je vais pleurer dans mon coin", "hard_negative"),
    ("le nerf de mon agent prefere est un crime contre l'humanite", "hard_negative"),
    ("ce champion est tellement broken que jouer contre lui c'est un calvaire", "hard_negative"),
    ("la meta actuelle de valo est ennuyeuse a mourir", "hard_negative"),
    ("on s'est fait rouler dessus en ranked, 13-2, jamais vu ca", "hard_negative"),
    ("le gameplay de FC cette annee c'est du ping-pong, pas du foot", "hard_negative"),
    ("notre defense c'est une passoire, on prend des buts comme on respire", "hard_negative"),
    ("la team adverse a tryhard comme des malades, GG a eux", "hard_negative"),
    ("l'equipe adverse etait au-dessus, faut savoir perdre", "hard_negative"),
    ("ce patch a detruit le jeu, la communaute est furieuse", "hard_negative"),
    ("notre goal a sorti une prestation de merde, ca arrive meme aux meilleurs", "hard_negative"),
    ("on a ete nuls a chier en deuxieme mi-temps, aucune intensite", "hard_negative"),
    ("la ligue 1 c'est un championnat de seconde zone cette annee", "hard_negative"),
    ("le classique etait nul, deux equipes sans idees", "hard_negative"),
    ("j'ai ete eclate en 1v1 par un bronze, je retourne en aim lab", "hard_negative"),
    ("ce boss d'elden ring est une ordure de game design", "hard_negative"),
    ("les smurfs ruinent la ranked, riot doit agir", "hard_negative"),
    ("le nouveau pokemon tourne comme une patate, game freak abuse", "hard_negative"),
    ("la VAR a tue le foot, on celebre plus un but sans attendre 3 minutes", "hard_negative"),
    ("la ranked solo c'est une loterie, tu depends de 4 inconnus", "hard_negative"),
    ("on a pris une branlee contre Lens, merite", "hard_negative"),
    ("lol c'est le jeu le plus toxique du monde mais j'y retourne chaque soir", "hard_negative"),
    ("cette saison de la ligue des champions va nous faire souffrir", "hard_negative"),
    ("on va les ecraser dimanche, allez l'OM", "hard_negative"),
    ("on va leur mettre une raclee au tournoi ce soir, preparez-vous", "hard_negative"),
    ("je vais detruire tout le monde en ranked ce soir, confiance", "hard_negative"),
]
NON += [
    # heated but civil political opinions (immigration, religion, feminism, economy)
    (
        "je suis pour reduire l'immigration de travail, on a pas les logements pour accueillir correctement",
        "neutral",
    ),
    (
        "la loi immigration est mal ecrite, elle regle rien et elle complique la vie des etudiants etrangers",
        "neutral",
    ),
    (
        "je veux plus de controle aux frontieres mais ca n'autorise personne a insulter les migrants",
        "neutral",
    ),
    (
        "les expulsions d'etrangers condamnes devraient etre appliquees, c'est une question de loi pas de couleur",
        "neutral",
    ),
    (
        "le vrai probleme c'est pas les immigres, c'est les marchands de sommeil qui les exploitent",
        "neutral",
    ),
    (
        "mes grands-parents sont algeriens et pourtant je veux moins d'immigration, on peut en debattre",
        "neutral",
    ),
    ("regulariser ceux qui bossent depuis 5 ans, ca me parait logique, ils cotisent", "neutral"),
    (
        "je trouve que la laicite devrait s'appliquer pareil a toutes les religions, sans exception",
        "neutral",
    ),
    (
        "le voile au lycee je suis contre, mais les femmes voilees dans la rue ca me regarde pas",
        "neutral",
    ),
    ("la religion c'est perso, tant que personne l'impose aux autres je m'en fous", "neutral"),
    (
        "je suis musulman et je trouve normal qu'on critique les religions, la mienne comprise",
        "neutral",
    ),
    (
        "critiquer la politique d'israel c'est pas etre antisemite, et l'antisemitisme c'est pas de la critique",
        "neutral",
    ),
    ("je suis feministe et un mec, et non c'est pas contradictoire", "neutral"),
    (
        "l'ecart de salaire existe mais il s'explique en partie par les temps partiels, faut regarder les chiffres entiers",
        "neutral",
    ),
    (
        "le feminisme sur tiktok c'est souvent caricatural, mais le fond sur les violences reste vrai",
        "neutral",
    ),
    (
        "je suis pas d'accord avec les quotas, je prefere qu'on agisse sur l'orientation des filles des le college",
        "neutral",
    ),
    ("la charge mentale c'est reel, chez mes parents c'etait 100 % ma mere", "neutral"),
    ("le gouvernement gere la dette comme un joueur de casino, c'est dramatique", "hard_negative"),
    (
        "le bilan de {po} sur le logement est catastrophique, zero resultat en 5 ans",
        "hard_negative",
    ),
    ("je voterai jamais pour {pof}, son programme economique est irrealiste", "neutral"),
    ("les deux candidats du second tour me donnent envie de voter blanc", "neutral"),
    (
        "les controles au facies sont mesures par plusieurs etudes, le dire c'est pas etre anti-flic",
        "neutral",
    ),
    (
        "je suis de droite et je pense qu'on doit baisser les charges pour les petites boites",
        "neutral",
    ),
    ("je vote a gauche et pour moi faut indexer le smic sur les loyers", "neutral"),
    ("le debat d'hier etait une foire d'empoigne, personne a parle de fond", "hard_negative"),
    (
        "l'extreme droite progresse chez les jeunes et faut se demander pourquoi au lieu de juste s'indigner",
        "neutral",
    ),
    ("pour moi les partis de gauche ont lache les ouvriers depuis 20 ans", "neutral"),
    (
        "la reforme des bourses est une honte, 50 balles de plus c'est du foutage de gueule",
        "hard_negative",
    ),
    (
        "je trouve que la natalite baisse parce que les jeunes ont pas de logement, pas pour des raisons culturelles",
        "neutral",
    ),
    ("l'assimilation a marche pour beaucoup de familles, la mienne en est l'exemple", "neutral"),
    (
        "on peut etre contre l'islam politique sans detester les musulmans, et beaucoup de musulmans le sont aussi",
        "neutral",
    ),
    ("ce que fait {po} avec les budgets des facs, c'est criminel pour l'avenir", "hard_negative"),
    (
        "{pof} a menti sur les chiffres du chomage, son ministere a ete recadre par l'insee",
        "hard_negative",
    ),
    (
        "ce qui manque dans les quartiers c'est des bus, des medecins et des profs, pas des punchlines",
        "neutral",
    ),
    (
        "je suis pour la PMA pour toutes et contre la GPA, j'ai le droit d'avoir un avis nuance",
        "neutral",
    ),
    ("je crois en dieu et je respecte ceux qui y croient pas, ca devrait etre la base", "neutral"),
    ("je suis catho et l'eglise a cache des abus, ca doit etre juge, point", "neutral"),
    ("le ramadan au boulot, mon manager a adapte les horaires, c'est cool de sa part", "neutral"),
    (
        "immigration : je veux qu'on parle des chiffres sans qu'un camp traite l'autre de nazi ou de traitre",
        "neutral",
    ),
    ("le service militaire obligatoire, je suis pour a 100 %", "neutral"),
    # counter-speech
    ("arretez de la harceler, elle a juste donne son avis", "hard_negative"),
    ("le racisme c'est non, ici comme ailleurs, signalez ces messages", "hard_negative"),
    (
        "les mecs qui traitent les meufs de femelles, vous vous rendez compte que c'est vos soeurs aussi ?",
        "hard_negative",
    ),
    ("qu'on soit d'accord ou pas avec l'op, le doxxer c'est degueulasse", "hard_negative"),
    (
        "le topic sur la kheyette est devenu un harcelement collectif, je signale tout",
        "hard_negative",
    ),
    ("ecrire kys sous un post, c'est pas une blague, c'est grave", "hard_negative"),
    (
        "les insultes contre les gays dans le chat de valo, je report a chaque fois et vous devriez aussi",
        "hard_negative",
    ),
    (
        "dire autiste pour dire debile, c'est blessant pour des gens qui existent vraiment, arretez",
        "hard_negative",
    ),
    (
        "les kheys, on peut debattre de l'immigration sans parler de cafards, ca discredite tout",
        "hard_negative",
    ),
    (
        "signaler en masse un mec juste parce qu'il pense differemment, c'est pas de la moderation",
        "hard_negative",
    ),
    (
        "balancer une adresse sur un forum c'est illegal et ca peut tuer, supprimez ca",
        "hard_negative",
    ),
    (
        "laissez la streameuse tranquille, elle a le droit de jouer sans qu'on commente son corps",
        "hard_negative",
    ),
    ("l'antisemitisme deguise en blague ca reste de l'antisemitisme", "hard_negative"),
    (
        "je suis noir et marre de lire la meme merde raciste a chaque fait divers, sortez de chez vous un peu",
        "hard_negative",
    ),
    ("le body shaming sur le topic physique, c'est gratuit et c'est lache", "hard_negative"),
    ("personne merite de recevoir des menaces pour un avis sur le foot", "hard_negative"),
    ("les trans existent et ont le droit de vivre tranquilles, fin du debat", "hard_negative"),
    (
        "les mecs qui demandent des nudes a des mineures ici, on vous signale direct",
        "hard_negative",
    ),
    ("stop au harcelement de {stf}, ca fait 3 semaines que des mecs la raid", "hard_negative"),
    (
        "je vois beaucoup de haine contre les femmes sur ce forum, c'est triste et ca donne une image pourrie des kheys",
        "hard_negative",
    ),
    (
        "les supporters qui font des cris de singe au stade doivent etre interdits, c'est du racisme",
        "hard_negative",
    ),
    ("on rigole entre nous mais faut pas basculer dans la haine, les kheys", "hard_negative"),
    ("un handicape c'est pas une insulte, c'est une personne", "hard_negative"),
    ("la misogynie des forums me fait honte, j'ai une petite soeur", "hard_negative"),
    (
        "les gens qui souhaitent la mort aux joueurs apres une defaite, calmez-vous c'est du foot",
        "hard_negative",
    ),
    ("ne repondez pas aux trolls racistes, signalez et passez", "hard_negative"),
    (
        "si un pote te dit qu'il va pas bien, l'ignore pas, ca peut changer beaucoup",
        "hard_negative",
    ),
    ("respect a la kheyette qui a tenu tete a tous les relous du topic", "hard_negative"),
    # victims asking for help
    (
        "on m'harcele sur insta depuis un mois avec des faux comptes, je fais quoi ?",
        "hard_negative",
    ),
    (
        "mon ex a publie une photo intime de moi, j'ai appele le 3018, quelqu'un a deja fait ?",
        "hard_negative",
    ),
    (
        "un mec de ma promo me menace en MP, je porte plainte ou j'en parle d'abord a la fac ?",
        "hard_negative",
    ),
    ("des kheys ont poste mon vrai nom sur un topic, comment je fais supprimer ?", "hard_negative"),
    (
        "on me traite de sale arabe sur discord depuis une semaine, je sais plus quoi faire",
        "hard_negative",
    ),
    (
        "quelqu'un m'a envoye kys en MP apres ma ranked, j'ai signale mais ca me travaille",
        "hard_negative",
    ),
    ("une photo intime de moi circule dans mon lycee, j'ai 17 ans, aidez-moi svp", "hard_negative"),
    (
        "un gars me demande des nudes en boucle et menace de dire des trucs sur moi si j'envoie pas",
        "hard_negative",
    ),
    (
        "ma soeur se fait insulter de grosse sur tiktok, elle pleure tous les soirs, vous conseillez quoi ?",
        "hard_negative",
    ),
    (
        "on a cree un groupe snap pour se moquer de moi, tout le monde sauf moi est dedans",
        "hard_negative",
    ),
    (
        "mon patron me traite de triso devant les clients, c'est du harcelement non ?",
        "hard_negative",
    ),
    (
        "des gens ont retrouve mon adresse apres un stream, je flippe, j'ai prevenu la police",
        "hard_negative",
    ),
    (
        "je me fais traiter de pd au vestiaire tous les jours, je sais pas a qui en parler",
        "hard_negative",
    ),
    ("un mec raid mes lives avec des insultes racistes, twitch repond pas", "hard_negative"),
    (
        "j'ai recu des menaces de mort apres un avis sur le PSG, plainte en ligne ca marche ?",
        "hard_negative",
    ),
    (
        "mon ex me harcele avec des nouveaux numeros, la police dit qu'elle peut rien faire",
        "hard_negative",
    ),
    ("mon coloc lit mes messages et les montre a ses potes, c'est legal ?", "hard_negative"),
    ("3018 c'est bien le numero pour le cyberharcelement ? je veux aider une amie", "neutral"),
    ("comment on fait une capture qui a valeur de preuve pour une plainte ?", "neutral"),
    (
        "quelqu'un sait comment faire retirer un compte fake qui utilise mes photos ?",
        "hard_negative",
    ),
    (
        "je me fais insulter de gros lard a la salle par un habitué, j'ose plus y aller",
        "hard_negative",
    ),
    (
        "on m'a dit de me pendre sur un forum de jeu, je rigole mais en vrai ca m'a mis mal",
        "hard_negative",
    ),
    (
        "un prof envoie des messages chelous a une fille de ma classe en prive, comment on l'aide ?",
        "hard_negative",
    ),
    # quoting or reporting a slur to condemn it
    (
        "un mec m'a traite de sale bougnoule dans le tram, personne a bouge, j'ai la haine",
        "hard_negative",
    ),
    (
        "le commentaire qui dit que les noirs sont des singes a 200 likes, ca me degoute",
        "hard_negative",
    ),
    (
        "j'ai entendu un prof dire aux filles qu'elles etaient des femelles, on a fait remonter a la direction",
        "hard_negative",
    ),
    (
        "le mot pd dans le chat de lol c'est tous les jours, riot devrait filtrer mieux",
        "hard_negative",
    ),
    (
        "ce tweet qui dit de gazer les migrants a ete signale 300 fois et il est toujours en ligne",
        "hard_negative",
    ),
    (
        "sous la video d'une gamine de 14 ans un compte lui dit de se pendre, youtube laisse le commentaire",
        "hard_negative",
    ),
    (
        "ma grand-mere dit encore chinetoque et j'ai du lui expliquer pourquoi c'est raciste",
        "hard_negative",
    ),
    ("le topic qui appelle les musulmans des cafards a ete 410, bien fait", "hard_negative"),
    (
        "le mot mongol comme insulte, ma cousine est trisomique et ca me fait mal a chaque fois",
        "hard_negative",
    ),
    (
        "des supporters ont chante que les juifs devaient partir, le club doit etre sanctionne",
        "hard_negative",
    ),
    (
        "mon pote s'est fait traiter de tarlouze a l'arret de bus et il s'est fait frapper, il a porte plainte",
        "hard_negative",
    ),
    ("j'ai recu un MP : envoie tes nudes salope. screen et signalement fait", "hard_negative"),
    (
        "dans le groupe de classe quelqu'un a ecrit qu'il fallait bruler les roms, on a tout envoye au CPE",
        "hard_negative",
    ),
    (
        "le streamer a dit sale negre en live, il a ete ban 2 semaines, c'est pas assez",
        "hard_negative",
    ),
    (
        "les commentaires du type toutes des putes sous les videos de filles, je les signale tous",
        "hard_negative",
    ),
    (
        "y a un mec qui ecrit remigration sous chaque article, c'est un appel a la haine et c'est signalable",
        "hard_negative",
    ),
    ("on m'a dit grosse vache en sortant de la piscine, j'ai 15 ans, j'ai pleure", "hard_negative"),
    ("le joueur qui a ecrit kys a mon coequipier a ete ban, la justice existe", "hard_negative"),
    # neutral news about crimes, attacks, events
    (
        "un homme a ete interpelle apres une agression au couteau dans le RER, deux blesses legers",
        "neutral",
    ),
    (
        "un attentat a ete dejoue a Lyon selon le parquet antiterroriste, trois suspects en garde a vue",
        "neutral",
    ),
    (
        "cris de singe en tribune : un supporter ecope de prison avec sursis et d'une interdiction de stade",
        "neutral",
    ),
    ("le proces du harcelement de la streameuse commence lundi, 12 prevenus", "neutral"),
    ("un incendie dans un immeuble de Montrevel a fait un mort cette nuit", "neutral"),
    ("la police a demantele un reseau de deal dans la cite, 8 interpellations", "neutral"),
    ("une etudiante a ete agressee sur le campus, la fac renforce la securite", "neutral"),
    ("le tireur a ete neutralise, le bilan provisoire est de deux blesses", "neutral"),
    (
        "un collegien de 14 ans s'est donne la mort, harcele depuis la rentree selon ses parents, le parquet enquete",
        "neutral",
    ),
    ("un homme a ete condamne pour avoir diffuse des photos intimes de son ex", "neutral"),
    ("un prof a ete menace de mort par des eleves, le rectorat porte plainte", "neutral"),
    ("une synagogue a ete taguee de croix gammees, le maire a condamne", "neutral"),
    ("un homme a ete tue lors d'une rixe entre bandes, le quartier est sous le choc", "neutral"),
    ("une mosquee a ete la cible d'un incendie volontaire, l'enquete est en cours", "neutral"),
    ("le conducteur en fuite a ete retrouve, il roulait sans permis", "neutral"),
    (
        "deux hommes en couple frappes devant une boite de nuit, trois suspects en garde a vue",
        "neutral",
    ),
    ("un youtubeur condamne pour avoir organise le harcelement d'une autre creatrice", "neutral"),
    ("la cyberattaque contre l'hopital a paralyse les urgences pendant 48h", "neutral"),
    ("un migrant est mort en tentant de traverser la Manche, le 9e cette annee", "neutral"),
    ("fusillade a la sortie d'une boite, un jeune de 19 ans entre la vie et la mort", "neutral"),
    ("un streamer a ete swatte en plein live, la police a debarque arme", "neutral"),
    ("un homme a menace de faire sauter la gare, il a ete arrete", "neutral"),
    # hyperbole about oneself
    ("je vais me pendre si je rate mon exam de compta demain mdr", "hard_negative"),
    ("si l'OM perd dimanche je me jette du vieux port ayaa", "hard_negative"),
    ("je meurs de honte, j'ai dit maman a la prof de TD devant tout l'amphi", "hard_negative"),
    ("je vais me tirer une balle si le magasin repasse la playlist de noel", "hard_negative"),
    ("je crève de chaud dans ce bus de merde", "hard_negative"),
    ("je vais crever de faim jusqu'au 5, le frigo est vide", "hard_negative"),
    ("encore un partiel comme ca et je m'enterre vivant", "hard_negative"),
    ("je me tue a la salle et j'ai toujours pas d'abdos", "hard_negative"),
    ("j'ai envie de me jeter par la fenetre, 4e boss rate d'affilee mdr", "hard_negative"),
    ("je suis mort de rire devant ce topic, je peux plus respirer", "hard_negative"),
    ("cette ranked m'a tue, je vais dormir", "hard_negative"),
    ("je vais m'immoler si parcoursup me refuse encore", "hard_negative"),
    ("kill me, j'ai oublie mon memoire dans le train", "hard_negative"),
    ("je me suicide si le prof redonne un DM pareil ptdr", "hard_negative"),
    ("je vais mourir dans mon 18m2 sans clim, adieu les kheys", "hard_negative"),
    ("je me defenestre si mon proprio augmente encore le loyer", "hard_negative"),
    ("tuez-moi, j'ai like une photo de mon ex de 2019", "hard_negative"),
    ("je suis mort, j'ai envoye un message a mon manager a 2h du mat", "hard_negative"),
    ("ce film est tellement long que j'ai failli mourir d'ennui", "hard_negative"),
    ("ma banque va me tuer avec ses frais", "hard_negative"),
    ("je vais exploser, mon PC a plante avant la sauvegarde", "hard_negative"),
    ("je vais me cacher sous terre apres ce rdv rate", "hard_negative"),
    # sexual topics discussed respectfully
    (
        "premiere fois ce week-end avec ma copine, on a pris le temps et c'etait bien, prenez soin de l'autre les kheys",
        "neutral",
    ),
    ("la pilule me donne des migraines, ma copine pense au sterilet, des retours ?", "neutral"),
    ("le preservatif c'est pas negociable, meme si elle prend la pilule", "neutral"),
    ("faites-vous depister regulierement, c'est gratuit dans les CeGIDD", "neutral"),
    ("le consentement c'est simple : si c'est pas un oui clair, c'est non", "neutral"),
    (
        "conseil drague : parlez-lui de ce qu'elle aime, pas de vous, et acceptez un refus",
        "neutral",
    ),
    (
        "on parle jamais de la contraception masculine, l'anneau ca existe, renseignez-vous",
        "neutral",
    ),
    (
        "ma copine et moi on a des libidos differentes, comment on en parle sans se blesser ?",
        "neutral",
    ),
    ("23 ans et toujours puceau, c'est grave docteur ? en vrai non, chacun son rythme", "neutral"),
    (
        "le porno donne une image completement fausse du sexe, faut le rappeler aux plus jeunes",
        "neutral",
    ),
    ("une fille m'a dit non apres 2 dates, j'ai dit ok et on est restes potes", "neutral"),
    (
        "vous abordez comment une meuf a la salle sans etre lourd ? reponse : vous l'abordez pas pendant sa serie",
        "neutral",
    ),
    (
        "ma copine a eu peur d'etre enceinte, la pilule du lendemain est gratuite en pharmacie pour les moins de 26",
        "neutral",
    ),
    (
        "le vaginisme ca existe, ma copine a mis du temps a en parler, un gyneco l'a aidee",
        "neutral",
    ),
    (
        "les troubles de l'erection a 22 ans c'est souvent le stress, allez voir un medecin sans honte",
        "neutral",
    ),
    (
        "les applis de rencontre ca marche mieux avec une bio sincere qu'avec des photos torse nu",
        "neutral",
    ),
    (
        "on s'est separes a l'amiable apres 3 ans, c'est possible de rester en bons termes",
        "neutral",
    ),
]
NON += [
    # plain everyday posts: questions, anecdotes, advice, recommendations
    (
        "vous me conseillez quoi comme serie pour ce week-end ? j'ai fini tout ce que je connais",
        "neutral",
    ),
    ("quelqu'un a deja fait une alternance en cybersecu ? ca vaut le coup ?", "neutral"),
    ("conseil pour parcoursup : mettez des voeux de securite, ca sauve des vies", "neutral"),
    ("j'ai enfin trouve une alternance, 14 mois de recherche, ne lachez rien les kheys", "neutral"),
    ("pour les partiels, la methode pomodoro m'a sauve cette annee", "neutral"),
    ("vous revisez en musique ou en silence ?", "neutral"),
    ("quel salaire demander pour un premier poste de dev a Lyon ? je pensais 34k", "neutral"),
    ("je me reconvertis en boulangerie a 25 ans, des retours d'experience ?", "neutral"),
    ("mon premier salaire est tombe, je me suis offert un resto avec ma mere", "neutral"),
    ("demandez toujours une augmentation avec des chiffres, ca marche mieux", "neutral"),
    ("la rupture conventionnelle ca se negocie comment ?", "neutral"),
    ("vous faites quoi pour le nouvel an ? on est 6 dans un gite", "neutral"),
    ("j'ai eu un 2e rdv avec une fille rencontree en soiree, on va au musee samedi", "neutral"),
    ("comment on se remet d'une rupture ? ca fait 2 mois et je pense encore a elle", "neutral"),
    ("ma copine m'a fait une surprise pour mon anniv, je suis trop content", "neutral"),
    ("vous avez des idees de cadeau pour une meuf qui aime les plantes ?", "neutral"),
    (
        "on emmenage ensemble le mois prochain, des conseils pour la repartition des taches ?",
        "neutral",
    ),
    ("programme debutant : full body 3x par semaine, ca suffit largement", "neutral"),
    ("j'ai enfin passe les 100 kg au dev couche, 2 ans de taf", "neutral"),
    ("mangez des proteines et dormez, 80 % du resultat vient de la", "neutral"),
    ("la creatine c'est safe ? j'ai lu tout et son contraire", "neutral"),
    ("quelqu'un a un bon programme pour les jambes ? mes cuisses ont pas bouge", "neutral"),
    ("quel champion pour monter en mid sur lol cette saison ?", "neutral"),
    ("je cherche un duo pour les ranked valo, plat 2, micro obligatoire", "neutral"),
    ("elden ring en build magie c'est beaucoup plus simple pour debuter", "neutral"),
    ("le DLC d'elden ring vaut son prix, 50h de contenu minimum", "neutral"),
    ("vous jouez a quoi en ce moment ? je cherche un jeu solo narratif", "neutral"),
    ("pokemon rouge sur game boy, premier jeu de ma vie, la nostalgie", "neutral"),
    ("ma team pour le nuzlocke : ronflex, dracaufeu, et le reste c'est la chance", "neutral"),
    ("quelqu'un veut echanger des cartes pokemon sur Lyon ?", "neutral"),
    ("c'est quoi la meilleure formation sur FC cette annee ?", "neutral"),
    ("qui regarde le match ce soir ? je me fais une soiree pizza", "neutral"),
    ("le stade etait plein hier, l'ambiance etait incroyable", "neutral"),
    ("qui a des places pour le classique ? je paie le prix normal", "neutral"),
    ("le jeune du centre de formation a fait un match enorme, il ira loin", "neutral"),
    ("Frieren c'est l'anime le plus beau que j'ai vu depuis longtemps", "neutral"),
    ("le manga est en pause depuis 3 mois, l'auteur est malade, courage a lui", "neutral"),
    ("vous regardez en VF ou en VOSTFR ?", "neutral"),
    ("reco serie courte : 8 episodes, une saison, fin propre", "neutral"),
    (
        "mettez 50 balles par mois sur un ETF monde et oubliez-le, c'est le meilleur conseil que j'ai recu",
        "neutral",
    ),
    ("le taux du livret A descend encore, ou vous mettez votre epargne de precaution ?", "neutral"),
    ("j'ai mis un budget en place, 3 enveloppes, je suis plus a decouvert", "neutral"),
    ("la crypto c'est du casino, investissez ce que vous pouvez perdre", "neutral"),
    ("comment on declare ses cryptos aux impots ?", "neutral"),
    (
        "le proprio garde ma caution, je lui ai envoye une lettre recommandee, il a 2 mois legalement",
        "neutral",
    ),
    ("colocation : mettez tout par ecrit des le debut, menage, courses, factures", "neutral"),
    ("j'ai trouve un studio a 480 charges comprises a Limoges, c'est le reve", "neutral"),
    ("l'APL a ete versee en retard ce mois, vous aussi ?", "neutral"),
    (
        "comment on fait pour avoir un garant quand ses parents peuvent pas ? visale ca marche ?",
        "neutral",
    ),
    ("permis obtenu ce matin ! 3e tentative, ne lachez rien", "neutral"),
    ("la conduite accompagnee c'est vraiment plus efficace, je recommande", "neutral"),
    ("quelle voiture pour un jeune conducteur avec 8000 balles ?", "neutral"),
    (
        "l'assurance jeune conducteur est moins chere en ajoutant un parent comme conducteur principal ? c'est legal ?",
        "neutral",
    ),
    (
        "mon generaliste ferme son cabinet, comment on trouve un nouveau medecin quand personne prend de patients ?",
        "neutral",
    ),
    ("dormez plus les kheys, je suis passe de 5 a 7h et ma vie a change", "neutral"),
    ("j'ai arrete le sucre depuis un mois, j'ai plus d'energie", "neutral"),
    ("les psys du CROUS sont gratuits, n'hesitez pas, ca m'a aide", "neutral"),
    ("si vous allez mal, appelez le 3114, c'est gratuit et ouvert 24h/24", "neutral"),
    ("ma grand-mere m'a appris a faire le couscous, 4h de taf mais quel resultat", "neutral"),
    ("j'ai adopte un chat a la SPA, il dort sur mon clavier", "neutral"),
    ("anecdote : le livreur a sonne chez le voisin, le voisin a mange mon tacos", "neutral"),
    ("je me suis mis au running, 5 km sans m'arreter aujourd'hui", "neutral"),
    ("quelqu'un connait un bon kebab vers Montrevel ?", "neutral"),
    ("c'est normal que mon frigo fasse un bruit de tracteur la nuit ?", "neutral"),
    ("qui est encore debout ? je peux pas dormir", "neutral"),
    ("j'ai rendu mon memoire, 80 pages, je suis libre", "neutral"),
    ("bon dimanche a tous les forumeurs", "neutral"),
    ("je pars au Japon en avril, des conseils ?", "neutral"),
    ("la nouvelle boulangerie du coin fait des croissants de fou", "neutral"),
    ("qui fait ses courses au marche ? c'est moins cher que je pensais", "neutral"),
    ("mon voisin m'a aide a porter mon canape au 5e sans ascenseur, un heros", "neutral"),
    ("jsuis en BTS et je me demande si je continue en licence pro, des avis ?", "neutral"),
    ("quel clavier mecanique pour moins de 80 balles ?", "neutral"),
    ("premier topic ici, salut les kheys, je suis de Bressac", "neutral"),
    ("petite victoire : j'ai appele la banque au lieu d'eviter le probleme", "neutral"),
    ("ma mere a eu son diplome a 52 ans, fier d'elle", "neutral"),
    (
        "le kebab d'en bas a rouvert avec un nouveau patron, la sauce blanche est meilleure",
        "neutral",
    ),
    ("vous buvez combien de cafes par jour ? moi 4 et je pense que c'est trop", "neutral"),
    ("je me suis inscrit a un club de boxe, premiere seance demain", "neutral"),
    ("mon pere m'a enfin dit qu'il etait fier de moi, 25 ans que j'attendais ca", "neutral"),
    ("la fac propose des cours de soutien gratuits en maths, allez-y", "neutral"),
    ("les kheys comment vous faites pour vous motiver a reviser ?", "neutral"),
    ("une astuce : le CROUS a des aides d'urgence si vous galerez", "neutral"),
    (
        "apres 6 mois de candidatures j'ai eu 3 propositions la meme semaine, la vie est bizarre",
        "neutral",
    ),
    ("je viens de finir le dernier tome du manga, j'ai pleure", "neutral"),
    ("une soiree jeux de societe ce samedi, quelqu'un a des idees de jeux a 6 ?", "neutral"),
    ("le ramadan commence demain, bon ramadan a ceux qui le font", "neutral"),
    ("joyeux noel les kheys, meme ceux qui sont seuls ce soir", "neutral"),
    (
        "je fais le shabbat chez mes grands-parents ce vendredi, c'est toujours un bon moment",
        "neutral",
    ),
    ("mon pote est devenu pere a 24 ans, il gere de ouf", "neutral"),
    ("le forum est calme ce soir, vous faites quoi ?", "neutral"),
    ("besoin d'aide pour une lettre de motiv, je poste en MP si quelqu'un a 5 minutes", "neutral"),
    ("ma cousine est trans et elle vient de decrocher son CDI, fier d'elle", "neutral"),
    ("mon coloc est gay et c'est le meilleur coloc que j'ai jamais eu", "neutral"),
    (
        "j'ai un pote en fauteuil, on va au match ensemble, le stade a fait des efforts d'acces",
        "neutral",
    ),
    ("mon voisin senegalais m'a invite a manger le thieb, une tuerie", "neutral"),
    ("ma pote voilee a eu son master avec mention, respect", "neutral"),
    ("le frere de ma copine est autiste et il est incollable sur les trains, trop fort", "neutral"),
    ("j'ai appris la langue des signes cette annee, c'est passionnant", "neutral"),
    ("ma daronne a decouvert les memes, elle m'envoie des :rire: sur whatsapp", "neutral"),
    ("petite question, c'est quoi un 410 ? je suis nouveau ici", "neutral"),
    (
        "je precise pour les nouveaux : on dit khey pour frere, et kheyette pour une fille",
        "neutral",
    ),
    (
        "le modo a supprime mon topic, je comprends pas pourquoi, c'etait une question sur les loyers",
        "neutral",
    ),
    ("up pour ce topic de qualite, ca fait plaisir", "neutral"),
    ("+1 avec le VDD, rien a ajouter", "neutral"),
    ("merci les kheys pour vos conseils, j'ai eu le stage", "neutral"),
    ("bon courage a tous ceux qui passent le bac demain", "neutral"),
    ("j'ai trouve un pigeon blesse, j'ai appele une asso, il va s'en sortir", "neutral"),
    ("la fete des voisins c'etait sympa finalement, j'ai rencontre le mec du 3e", "neutral"),
    ("ma banque m'a rembourse les frais apres un appel, ca vaut le coup de demander", "neutral"),
    ("vous preferez Paris ou Lyon pour commencer sa carriere ?", "neutral"),
    ("recommandation : le podcast sur l'histoire de Rome, 40 episodes, je suis accro", "neutral"),
    ("j'ai lu 12 livres cette annee, mon record", "neutral"),
    ("comment on fait pour arreter de scroller tiktok 4h par jour ?", "neutral"),
    ("ma plante a survecu a l'hiver, petite victoire", "neutral"),
    ("j'ai demande ma meuf en mariage, elle a dit oui les kheys", "neutral"),
    ("le vieux du 2e m'a raconte sa vie pendant 1h, c'etait passionnant", "neutral"),
    # mirrored topic hard negatives (same words as attacks, aimed at oneself or a thing)
    ("refuse partout sur parcoursup, je suis degoute mais je vais tenter en juin", "hard_negative"),
    (
        "1400 net a 26 ans, j'ai l'impression d'etre un rate mais je sais que c'est le marche",
        "hard_negative",
    ),
    (
        "mon manager me traite comme de la merde, je tiens jusqu'a la fin de l'alternance ou je pars ?",
        "hard_negative",
    ),
    (
        "0 match sur tinder, c'est l'appli ou c'est moi ? serieux, donnez des conseils",
        "hard_negative",
    ),
    ("ma copine m'a trompe avec son coach, je suis une loque depuis 2 semaines", "hard_negative"),
    (
        "je stagne a 60 au dev couche, je me sens comme une fiotte mais je lache rien",
        "hard_negative",
    ),
    ("gold 4 depuis 3 saisons, je suis un dechet de la soloq et je l'accepte", "hard_negative"),
    ("40 balles en packs FUT et rien, je suis un pigeon, plus jamais", "hard_negative"),
    ("j'ai mis mon PEL en crypto, je suis le plus gros pigeon de l'histoire", "hard_negative"),
    ("rate mon permis 4 fois, je suis un sacre teube au volant", "hard_negative"),
    ("mon tel est casse, je suis maudit avec les objets", "hard_negative"),
    ("le kebab a ferme, c'est la fin d'une epoque, RIP", "hard_negative"),
    (
        "les supporters parisiens etaient chauds hier, ambiance de fou meme quand on perdait",
        "hard_negative",
    ),
    (
        "les marseillais au velodrome c'est une ambiance unique, respect meme si je suis parisien",
        "hard_negative",
    ),
    ("ce DLC est une escroquerie, mais les devs ont rien a voir, c'est l'editeur", "hard_negative"),
    ("cet arbitrage etait une honte, la VAR a tout rate", "hard_negative"),
    (
        "le coach change de systeme tous les matchs, c'est incomprehensible tactiquement",
        "hard_negative",
    ),
    ("la ligue 1 a signe des droits tv ridicules, le modele est mort", "hard_negative"),
    (
        "ma prof de compta est exigeante et ca me stresse, des conseils pour tenir ?",
        "hard_negative",
    ),
    ("mon N+1 est tres dur, je pense demander un changement d'equipe", "neutral"),
    ("le proprio entre sans prevenir, c'est illegal ? il a pas le droit ?", "neutral"),
    ("mon coloc fait jamais sa vaisselle, comment je lui dis sans clash ?", "neutral"),
    # obfuscated or glued noise on harmless rows
    ("ptn de c0nnexion de merde", "hard_negative"),
    ("fdppp de RER, 3e panne", "hard_negative"),
    ("ntm le lundi matin", "hard_negative"),
    ("tg le reveil, 5 minutes de plus", "hard_negative"),
    ("put1 j'ai oublie mon badge", "hard_negative"),
    ("b0rdel ce partiel", "hard_negative"),
    ("c.o.n.n.e.r.i.e de patch", "hard_negative"),
    ("merdeeeee j'ai perdu ma save", "hard_negative"),
    ("p.u.t.a.i.n 13-11 on perd en prolong", "hard_negative"),
    ("fait chiiiiier ce boss", "hard_negative"),
    ("MAIS QUELLE MERDE CE SERVEUR", "hard_negative"),
    ("NTM LA SNCF", "hard_negative"),
    ("j'ai trop la h4ine, 0 kill", "hard_negative"),
    ("jsuis un b0uff0n j'ai rate le bus", "hard_negative"),
    ("encul3 de moustique qui m'a pique toute la nuit", "hard_negative"),
    ("fdp de lundi", "hard_negative"),
    ("tg la fac et ses emplois du temps", "hard_negative"),
    ("jpp de moi, golem absolu", "hard_negative"),
    ("s4lop3rie de chauffe-eau", "hard_negative"),
    ("nique sa mere le wifi", "hard_negative"),
]
NON += [
    # addressing the op / a poster without contempt (same frames as attacks)
    ("l'auteur a raison, personne parle jamais de ce sujet", "neutral"),
    ("l'op est courageux de poster ca, force a toi khey", "neutral"),
    ("t'es un vrai khey {p}, merci pour le pave d'explications", "neutral"),
    ("t'es pas seul l'auteur, on est plein a galerer pareil", "neutral"),
    ("je suis pas d'accord avec l'op mais son argument tient la route", "neutral"),
    ("l'auteur se trompe sur les chiffres, le smic net c'est pas ca, voici la source", "neutral"),
    ("t'as tort {p} mais je respecte, on en reparle quand les resultats tombent", "neutral"),
    ("l'op a fait une connerie mais c'est rattrapable, appelle la banque demain", "hard_negative"),
    ("t'es trop gentil {p}, faut apprendre a dire non a ton patron", "neutral"),
    ("le VDD a tout dit, rien a ajouter", "neutral"),
    ("l'auteur merite qu'on l'aide, up pour qu'il ait des reponses", "neutral"),
    ("t'es un bon, ton topic m'a fait economiser 200 balles", "neutral"),
    ("l'op fait 1m60 et il a plus de succes que moi, respect total", "hard_negative"),
    (
        "l'auteur a 27 ans et vit chez ses parents ? y a aucune honte, les loyers sont fous",
        "hard_negative",
    ),
    ("t'es pas un rate {p}, t'es juste en retard sur un planning invente", "hard_negative"),
    ("l'op galere mais il se bouge, c'est ca qui compte", "neutral"),
    ("je comprends pas ton raisonnement {p}, tu peux developper ?", "neutral"),
    ("t'as pas tort mais t'exageres un peu sur les salaires parisiens", "neutral"),
    ("l'op dit des trucs faux sur la creatine, mais il est de bonne foi", "neutral"),
    ("t'es chiant avec tes sources {p}, mais t'as raison", "hard_negative"),
    ("mdr l'auteur t'es une legende, ce topic m'a fait ma soiree", "hard_negative"),
    ("t'es fou {p}, c'est la meilleure reponse du forum", "hard_negative"),
    ("t'es pas un golem l'auteur, t'es juste fatigue, dors", "hard_negative"),
    ("ce clown de chat a encore renverse mon cafe", "hard_negative"),
    ("quelle dinde je suis, j'ai oublie le rdv chez le dentiste", "hard_negative"),
    ("ce cassos de distributeur m'a mange ma carte", "hard_negative"),
    ("qu'il la ferme ce reveil, j'ai cours a 10h", "hard_negative"),
    ("l'op est un genie incompris, ce hack pour le crous fonctionne", "hard_negative"),
    ("t'es vraiment pas doue en cuisine {p} mais la photo m'a fait rire", "hard_negative"),
    (
        "l'auteur est un mytho gentil, on le sait tous, mais ses histoires sont droles",
        "hard_negative",
    ),
    # civil quote-replies
    ("je suis pas d'accord, le loyer moyen a Lyon c'est plutot 700 pour un T1", "neutral"),
    ("ce que tu dis est faux, mais je vois d'ou ca vient, les medias melangent tout", "neutral"),
    (
        "tu compares des choses qui se comparent pas, un CDI et une alternance c'est pas pareil",
        "neutral",
    ),
    (
        "t'as une source ? moi j'ai lu exactement le contraire dans le rapport de la cour des comptes",
        "neutral",
    ),
    (
        "on peut etre en desaccord sans s'insulter, je te reponds demain avec des chiffres",
        "neutral",
    ),
    ("je pense que tu te trompes mais ton experience est interessante", "neutral"),
    ("ok je retire ce que j'ai dit, t'avais raison sur le calendrier", "neutral"),
    ("bien vu, j'avais pas pense aux frais de notaire", "neutral"),
    ("tu marques un point, mais le probleme c'est le pouvoir d'achat global", "neutral"),
    ("pas d'accord du tout, mais merci d'avoir pris le temps d'expliquer", "neutral"),
    ("ta reponse est plus nuancee que le reste du topic, merci", "neutral"),
    ("je me suis emporte dans mon dernier message, desole {p}", "neutral"),
    ("je suis d'accord a moitie, la question c'est qui paye", "neutral"),
    (
        "c'est plus complique que ca, le marche de l'emploi depend enormement de la region",
        "neutral",
    ),
    ("t'as un lien vers l'etude ? ca m'interesse vraiment", "neutral"),
    # more hard negatives: harsh words about systems, events, objects, groups of things
    ("le systeme de parcoursup est une machine a broyer les lyceens", "hard_negative"),
    ("les agences immobilieres c'est un racket organise", "hard_negative"),
    (
        "les applis de rencontre sont concues pour te rendre accro, pas pour te trouver quelqu'un",
        "hard_negative",
    ),
    ("les skins a 25 balles c'est du vol, personne devrait acheter ca", "hard_negative"),
    ("les loot boxes c'est du jeu d'argent pour gamins, faut interdire", "hard_negative"),
    ("les stages non remuneres de 6 mois devraient etre illegaux", "hard_negative"),
    ("le marche de l'alternance est sature, 300 candidats par poste", "hard_negative"),
    ("cette ecole privee c'est une arnaque a 9000 balles l'annee", "hard_negative"),
    ("les bureaux en open space c'est une torture", "hard_negative"),
    ("les frais bancaires en France c'est du vol organise", "hard_negative"),
    ("le prix du permis est une honte nationale", "hard_negative"),
    ("les radars en descente de cote c'est un piege a fric", "hard_negative"),
    ("l'inflation nous a tues cette annee", "hard_negative"),
    ("le systeme de sante s'effondre, 5 mois pour un dermato", "hard_negative"),
    ("le jeu a ete rushe pour sortir a noel, ca se voit", "hard_negative"),
    ("les microtransactions ont tue le jeu video", "hard_negative"),
    ("le foot moderne c'est du fric et rien d'autre", "hard_negative"),
    ("ce format de ligue des champions est nul a chier", "hard_negative"),
    ("le systeme de ranking de valo est incomprehensible", "hard_negative"),
    (
        "les influenceurs crypto qui vendent des formations, c'est une arnaque connue, fuyez",
        "hard_negative",
    ),
    (
        "les marchands de sommeil devraient finir en prison, 700 balles pour un taudis",
        "hard_negative",
    ),
    (
        "le gouvernement se fout des etudiants, les bourses n'ont pas bouge depuis 10 ans",
        "hard_negative",
    ),
    ("le debat public est devenu un concours de punchlines debiles", "hard_negative"),
    ("les reseaux sociaux rendent tout le monde fou, moi le premier", "hard_negative"),
    ("cette reforme c'est de la merde en barre, et je le dirai a mon depute", "hard_negative"),
    ("les prix des concerts c'est devenu n'importe quoi, 120 balles en fosse", "hard_negative"),
    ("la ranked de lol est un enfer toxique, je fais une pause", "hard_negative"),
    ("l'administration francaise est un cauchemar kafkaien", "hard_negative"),
    ("la SNCF merite un prix de l'incompetence", "hard_negative"),
    ("les trottinettes electriques partout sur les trottoirs, c'est le chaos", "hard_negative"),
    # more self-directed hard negatives and moods
    (
        "je vais pas bien ce soir, j'ai l'impression d'etre un poids pour tout le monde",
        "hard_negative",
    ),
    ("je me sens nul, tous mes potes ont un CDI et moi rien", "hard_negative"),
    (
        "j'ai pense a tout arreter cette semaine, j'ai appele le 3114, ca m'a aide, parlez-en",
        "hard_negative",
    ),
    (
        "je me deteste un peu ce soir, j'ai ete con avec ma copine, je vais m'excuser",
        "hard_negative",
    ),
    ("je suis une merde en orthographe, pardon d'avance pour le pave", "hard_negative"),
    ("je suis degoute de moi, j'ai lache la salle pendant 3 mois", "hard_negative"),
    ("je suis le pire coloc du monde, j'ai laisse la vaisselle une semaine", "hard_negative"),
    ("j'ai honte, j'ai crie sur ma petite soeur pour rien", "hard_negative"),
    ("je suis un crevard assume, je pique les sachets de ketchup", "hard_negative"),
    ("je suis un beauf et j'adore le camping, desole les kheys", "hard_negative"),
]
NON += [
    # identity words on the not-harmful side (positive or factual mentions)
    ("les meufs de ma promo ont les meilleures notes en stats, respect a elles", "hard_negative"),
    ("les femmes dans l'esport sont de plus en plus nombreuses et tant mieux", "hard_negative"),
    (
        "les arabes de ma famille ont tous galere pour trouver un appart, le racisme au logement c'est reel",
        "hard_negative",
    ),
    (
        "les noirs en France subissent plus de controles, c'est mesure par le defenseur des droits",
        "hard_negative",
    ),
    (
        "la mosquee de mon quartier distribue des repas aux sans-abri tous les vendredis",
        "hard_negative",
    ),
    (
        "les juifs de France vivent une hausse des actes antisemites, c'est documente",
        "hard_negative",
    ),
    (
        "les homos dans le foot pro n'osent pas faire leur coming out, ca dit tout de l'ambiance",
        "hard_negative",
    ),
    (
        "les trans ont un taux de depression enorme a cause du rejet, soyons pas des connards",
        "hard_negative",
    ),
    (
        "les roms de mon ancien quartier ont ete expulses en plein hiver, c'etait inhumain",
        "hard_negative",
    ),
    (
        "les migrants qui bossent dans la restauration font tourner la moitie des cuisines de Paris",
        "hard_negative",
    ),
    (
        "les asiatiques ont subi plein d'agressions pendant le covid, on en a peu parle",
        "hard_negative",
    ),
    (
        "les handicapes ont toujours pas acces a la moitie des stations de metro, c'est une honte",
        "hard_negative",
    ),
    (
        "premiere arbitre femme au centre en ligue 1 ce week-end, et elle a fait un match parfait",
        "hard_negative",
    ),
    (
        "une femme au volant de ma voiture : ma mere, la meilleure conductrice de la famille",
        "hard_negative",
    ),
    ("les kheyettes du forum sont souvent les plus drôles, faut le dire", "hard_negative"),
    (
        "les feministes ont obtenu le droit de vote, la pilule et l'IVG, un peu de respect pour l'histoire",
        "hard_negative",
    ),
    (
        "le mot femelle pour parler des femmes, c'est pour les animaux, ca montre le niveau de certains",
        "hard_negative",
    ),
    (
        "un noir capitaine de l'equipe de france, c'est juste un joueur et c'est tres bien",
        "hard_negative",
    ),
    ("les portugais de ma ville ont monte la moitie des boites du BTP, respect", "hard_negative"),
    ("les antillais de ma fac organisent les meilleures soirees", "hard_negative"),
    (
        "les gens du voyage de l'aire d'accueil ont aide a deblayer apres l'inondation",
        "hard_negative",
    ),
    (
        "les autistes de l'asso ou je suis benevole ont des talents incroyables en dessin",
        "hard_negative",
    ),
    (
        "les personnes trisomiques du cafe joyeux servent le meilleur cafe du quartier",
        "hard_negative",
    ),
    ("les mecs qui respectent les meufs ont plus de succes, c'est pas un secret", "hard_negative"),
    (
        "les streameuses se prennent des remarques sexuelles en permanence, c'est epuisant pour elles",
        "hard_negative",
    ),
    ("les chretiens d'orient sont persecutes et on en parle jamais", "hard_negative"),
    ("les ouighours en Chine subissent un vrai genocide culturel", "hard_negative"),
    (
        "les immigres italiens et polonais ont aussi ete detestes a leur arrivee, l'histoire se repete",
        "hard_negative",
    ),
    ("les eleves de lycee pro sont pas des rates, ils ont un metier a 18 ans", "hard_negative"),
    ("les caissieres se font insulter toute la journee, soyez polis les kheys", "hard_negative"),
    (
        "les livreurs a velo sont exploites par les plateformes, pas par les clients",
        "hard_negative",
    ),
    (
        "les gros ont le droit d'aller a la salle sans qu'on les mate, c'est la que ca commence",
        "hard_negative",
    ),
    ("les petits mecs de 1m65 ont aussi des meufs, arretez de croire tiktok", "hard_negative"),
    (
        "les chauves assumes sont tres stylés, j'ai rase la mienne et je regrette pas",
        "hard_negative",
    ),
]

SMS_TOKENS = {
    "jsuis",
    "c",
    "koi",
    "pk",
    "jsp",
    "tlm",
    "bcp",
    "tjrs",
    "pcq",
    "vrmt",
    "ajd",
    "tkt",
    "srx",
    "r1",
    "qd",
    "pr",
    "avc",
    "2ouf",
    "stp",
    "svp",
    "jte",
    "t",
    "b1",
}
LEET = {"o": "0", "e": "3", "a": "4", "i": "1", "s": "5"}
ENDS = ["", "", "", "", ".", " !", " ?!", "...", " !!!", " ..", " ?"]
MOIS = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fill(r, tpl):
    """Fill the slots of a core or a wrapper with invented names and places."""
    return tpl.format(
        p=("@" if r.random() < 0.3 else "") + pick(r, PSEUDOS),
        st=pick(r, STREAMERS),
        stf=pick(r, STREAMEUSES),
        fo=pick(r, FOOT),
        po=pick(r, POLS),
        pof=pick(r, POLF),
        fi=pick(r, FILLES),
        ga=pick(r, GARS),
        i=pick(r, INS),
        nom=pick(r, NOMS),
        nomf=pick(r, NOMSF),
        ecole=pick(r, ECOLES),
        boite=pick(r, BOITES),
        adr=pick(r, ADRESSES),
        insta=pick(r, INSTAS),
        tel=f"06 39 98 {r.randint(0, 99):02d} {r.randint(0, 99):02d}",
    )


def obfuscate(r, text):
    """Stretch, dot or leet one longer word, as posters do to dodge filters or just for fun (both sides)."""
    words = text.split(" ")
    idx = [k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return text
    k = pick(r, idx)
    w = words[k]
    x = r.random()
    if x < 0.35:
        j = r.randrange(len(w))
        w = w[: j + 1] + w[j] * r.randint(2, 5) + w[j + 1 :]
    elif x < 0.6:
        j = r.randrange(1, len(w))
        w = w[:j] + pick(r, [".", "*", "-", "_"]) + w[j:]
    else:
        w = "".join(LEET.get(c, c) if r.random() < 0.6 else c for c in w)
    words[k] = w
    return " ".join(words)


def typo(r, text):
    """Swap two adjacent letters once."""
    if len(text) < 6:
        return text
    i = r.randrange(1, len(text) - 2)
    if text[i].isalpha() and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def sms(r, text):
    n = 0
    for a, b in SMS:
        pat = r"(?<![\w'])" + re.escape(a) + r"(?!\w)"
        if re.search(pat, text, flags=re.I) and r.random() < 0.8:
            text = re.sub(pat, b, text, flags=re.I)
            n += 1
    return text


def end(r, text):
    """Terminal punctuation, unless the sentence already has some."""
    return text if text.endswith(("?", "!", ".")) else text + pick(r, ENDS)


def register(text):
    toks = re.findall(r"[\w']+", text.lower())
    return "sms" if sum(t in SMS_TOKENS for t in toks) >= 2 else "adult"


def core(r, toxic):
    """Return (core index, filled text, labels or kind)."""
    pool = TOX if toxic else NON
    k = r.randrange(len(pool))
    tpl, lab = pool[k]
    return k, fill(r, tpl), lab


def post(r, toxic):
    """One forum post: optional quote header, context, one or two cores, shared wrappers, noise."""
    topic = pick(r, TOPIC_KEYS)
    k, c, lab = core(r, toxic)
    c = end(r, c)
    if r.random() < 0.1:  # a second core from the same side
        _, c2, lab2 = core(r, toxic)
        c += " " + end(r, c2)
        if toxic:
            lab = lab + " " + lab2
    short = r.random() < 0.3
    parts = [] if short else r.sample(TOPICS[topic], k=r.choice([0, 1, 1, 1, 2, 2, 3]))
    parts = [s + pick(r, [",", ".", "", " ..", " :hap:"]) if s else s for s in parts]
    pos = r.random()
    if pos < 0.65:
        parts.append(c)
    elif pos < 0.85:
        parts.insert(0, c)
    else:
        parts.insert(r.randrange(len(parts) + 1), c)
    if not short and r.random() < 0.3:
        parts.append(fill(r, pick(r, FOLLOW)))
    sep = "\n" if r.random() < 0.15 else " "
    body = pick(r, OPENERS) + sep.join(parts) + pick(r, CLOSERS)
    if r.random() < 0.25:
        body = sms(r, body)
    x = r.random()
    if x < 0.35:
        body = body.lower()
    elif x < 0.6:
        body = body[0].upper() + body[1:]
    elif x < 0.64:
        body = body.upper()
    if r.random() < 0.5:
        body = strip_accents(body)
    if r.random() < 0.12:
        body = obfuscate(r, body)
    if r.random() < 0.08:
        body = typo(r, body)
    if r.random() < 0.18:  # a quote reply: a neutral line from another poster, then the post
        q = pick(r, QUOTES) if r.random() < 0.6 else pick(r, TOPICS[topic])
        if r.random() < 0.6:
            head = f"Le {r.randint(1, 28)} {pick(r, MOIS)} 2026 a {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {pick(r, PSEUDOS)} a ecrit :\n"
        else:
            head = ""
        body = f"{head}> {q}\n\n{body}"
    body = re.sub(r"[ \t]+", " ", body).strip()
    labels = " ".join(sorted(set(lab.split()))) if toxic else ""
    kind = "attack" if toxic else lab
    return k, body, labels, kind, register(body)


def build():
    """All rows, with the index of the core that decided the label (used for core-level splits)."""
    r = random.Random(SEED)
    rows, seen = [], set()
    for toxic in (True, False):
        got, tries = 0, 0
        while got < N_PER_SIDE and tries < N_PER_SIDE * 50:
            tries += 1
            k, text, labels, kind, reg = post(r, toxic)
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            rows.append((("t" if toxic else "n") + str(k), (text, "fr", labels, kind, reg)))
            got += 1
    r.shuffle(rows)
    return rows


def main():
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(["text", "lang", "labels", "kind", "register"])
        w.writerows(row for _, row in rows)


if __name__ == "__main__":
    main()
