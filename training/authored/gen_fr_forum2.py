"""Generate fr_forum2.csv: longer French forum posts (2-6 sentences), toxic and not, deterministic."""
# ruff: noqa: E501  (data file: long hand-written French posts are kept on one line each)
import csv
import random
import re
import unicodedata
from pathlib import Path

SEED = 20261126
N_PER_SIDE = 3000
OUT = Path(__file__).with_name("fr_forum2.csv")

PSEUDOS = ["Kevin_du_92", "LaMouetteRieuse", "Zyzz_Eternel", "Bobby_Lapointe", "Xx_Shadow_xX", "Meuf_Random",
           "PapaOurs59", "Le_Crabe", "Nanou_Lyon", "DarkVador2008", "Sardoche_Fan", "TontonJu", "ChatPerché",
           "MaximeB", "Jeune_Cadre_Dynamique", "Soja_Power", "Fredo13", "Lea_Bzh", "KhalDrogo95", "Yanis_Off",
           "Mamie_Geek", "Bernard_Tapie_Stan", "Grosminet", "Elodie_R", "Sylvain_Muscu", "Taxi_Driver_75",
           "Hugo_Ramen", "Clemence_K", "Benji_Ligue1", "Ornithorynque", "RatioMan", "Karim_D", "Pauline_Pau"]

# Topic context: neutral-to-opinionated sentences that open or frame a post (used on BOTH sides).
TOPICS = {
    "salaire": ["Je suis à 2100 net en province avec 5 ans d'expérience.", "Les augmentations cette année c'est 2 % pour tout le monde, l'inflation a tout bouffé.",
                "Mon boss m'a proposé un 13e mois au lieu d'une augmentation.", "Sérieux, 1800 net à Paris c'est de la survie.",
                "Je demande combien en entretien pour un poste de dev junior ?", "Les salaires en France sont bloqués depuis dix ans, c'est un fait."],
    "loyer": ["950 balles pour un 25m² à Lyon, le proprio ose même pas repeindre.", "Mon proprio veut augmenter le loyer de 80 euros d'un coup.",
              "J'ai visité 14 apparts ce mois-ci, les dossiers partent en deux heures.", "Le garant physique c'est devenu obligatoire partout.",
              "Ma caution m'a jamais été rendue, 3 mois que j'attends."],
    "immo": ["On hésite à acheter à Nantes avec des taux à 3,5 %.", "Le prix au m² à Bordeaux a pris 40 % en dix ans.",
             "Acheter ou louer, le débat éternel.", "La banque nous a refusé le prêt à cause de ma période d'essai.",
             "Le notaire nous annonce 8 % de frais, on est tombés de haut."],
    "crypto": ["J'ai mis 3000 balles sur le Bitcoin en 2021, je suis toujours dans le rouge.", "Les memecoins c'est du casino, point.",
               "Ce shitcoin a fait x40 en une semaine et tout le monde s'extasie.", "Je DCA 100 euros par mois sur ETH depuis deux ans.",
               "Le marché crypto est rouge sang aujourd'hui."],
    "muscu": ["Je stagne au développé couché à 80 kg depuis trois mois.", "Programme full body 3 fois par semaine, ça vous paraît bien ?",
              "La créatine, vous en prenez ou c'est du marketing ?", "J'ai fait ma première séance de squat lourd, j'ai plus de jambes.",
              "Je sèche pour l'été, 2200 kcal par jour."],
    "regime": ["J'ai perdu 12 kilos avec le jeûne intermittent.", "Le régime keto m'a donné des migraines pendant une semaine.",
               "Je compte mes calories sur une appli depuis janvier.", "Les nutritionnistes sur Insta racontent n'importe quoi.",
               "Je reprends le sport après deux ans sans rien faire."],
    "series": ["La dernière saison de la série était bâclée.", "Vous avez regardé le final hier soir ?",
               "Netflix annule toutes les séries qui marchent bien, c'est dingue.", "Le doublage français est catastrophique sur celle-là.",
               "Je me suis enchaîné toute la saison en un week-end."],
    "anime": ["One Piece est en train de livrer son arc final.", "L'adaptation de Chainsaw Man divise pas mal.",
              "Frieren c'est le meilleur anime de ces dernières années.", "Les fillers de Naruto j'ai jamais pu.",
              "Le manga était bien mieux que l'anime, classique."],
    "jv": ["J'ai 200 heures sur Elden Ring et je bloque encore sur Malenia.", "Le dernier patch de Valorant a cassé l'équilibrage.",
           "Baldur's Gate 3 mérite son GOTY, aucun débat.", "Les serveurs de Call of Duty sont injouables ce soir.",
           "Je suis Platine 2 sur League of Legends depuis trois saisons.", "FIFA, enfin EA FC, c'est le même jeu chaque année.",
           "Zelda Tears of the Kingdom m'a pris 150 heures.", "Le ranked de Rocket League est rempli de smurfs."],
    "politique": ["Le conseil municipal a voté la hausse de la taxe foncière.", "Le maire veut piétonniser tout le centre-ville.",
                  "La réforme des retraites passe encore mal.", "Les élections municipales approchent et personne n'a de programme.",
                  "Le député de ma circo n'a jamais mis les pieds au marché.", "Le 49.3, encore, vraiment ?"],
    "religion": ["Le ramadan commence la semaine prochaine.", "Je suis croyant mais je ne vais plus à la messe.",
                 "La laïcité c'est pas l'interdiction de croire.", "Ma grand-mère est très pratiquante.", "Le débat sur le voile revient tous les six mois."],
    "feminisme": ["L'écart de salaire hommes-femmes, on en parle ?", "Le congé paternité devrait être allongé.",
                  "Le féminisme sur les réseaux part dans tous les sens.", "Ma copine gagne plus que moi et ça me pose aucun problème.",
                  "Les violences conjugales augmentent chaque année."],
    "immigration": ["Le débat sur l'immigration revient à chaque élection.", "Mon quartier a beaucoup changé en vingt ans.",
                    "Les délais pour les titres de séjour sont interminables.", "La régularisation des travailleurs sans papiers, vous en pensez quoi ?",
                    "Les chiffres de l'immigration sont toujours mal présentés à la télé."],
    "police": ["Encore un contrôle de police pour rien hier soir.", "Les policiers manquent de moyens, c'est évident.",
               "La vidéo de l'interpellation tourne partout.", "Mon cousin est gendarme et il est épuisé.", "Les bavures, on en parle ou pas ?"],
    "ecole": ["Mon fils a 32 élèves dans sa classe de CP.", "Les profs sont pas remplacés depuis septembre.",
              "Le bac ne veut plus rien dire selon certains.", "Parcoursup m'a mis en attente partout.", "Je suis prof de maths en collège REP."],
    "permis": ["J'ai raté mon permis pour la deuxième fois.", "L'inspectrice m'a recalé pour un stop mal marqué.",
               "1800 euros pour avoir le permis, c'est du vol.", "Les délais pour repasser le permis sont de trois mois."],
    "voiture": ["Ma Clio a 220 000 km et elle tient encore.", "Le prix du gasoil est reparti à la hausse.",
                "Électrique ou hybride pour faire 60 km par jour ?", "Le garagiste me demande 1200 euros pour l'embrayage.",
                "Les radars tronçons se multiplient sur l'A7."],
    "foot": ["L'OM a encore perdu à domicile.", "Le PSG a recruté pour 200 millions et toujours pas de jeu.",
             "Lens fait une saison incroyable avec trois fois moins de budget.", "L'arbitrage en Ligue 1 est une catastrophe.",
             "Le mercato de Lyon est une blague.", "Le Stade Rennais est enfin régulier cette saison.", "Droits TV de la Ligue 1 : quel fiasco."],
    "couple": ["Elle m'a ghosté après trois dates.", "Ma copine veut qu'on emménage ensemble après six mois.",
               "Les applis de rencontre c'est devenu un marché.", "J'ai osé aborder une fille à la salle, elle a souri.",
               "Mon mec passe sa vie sur la console.", "On se sépare après huit ans, je sais pas comment le dire aux enfants."],
    "parents": ["Mes parents veulent que je rentre avant minuit à 22 ans.", "Ma mère appelle tous les jours, c'est épuisant.",
                "Mon père refuse de parler de son héritage.", "Mes beaux-parents débarquent sans prévenir.", "Je vis encore chez mes parents à 27 ans."],
    "sante": ["Trois mois pour un rendez-vous chez le dermato.", "Mon médecin traitant part à la retraite et personne le remplace.",
              "Les urgences de mon hôpital ferment la nuit.", "J'ai une tendinite depuis des semaines.", "Le burn-out, c'est pas une légende."],
    "vaccin": ["Le rappel grippe est ouvert en pharmacie.", "Le débat sur les vaccins, ça recommence.",
               "Mon fils doit faire ses vaccins obligatoires.", "J'ai eu de la fièvre 24h après la dose, rien de grave."],
    "travail": ["Mon patron m'appelle le dimanche pour des conneries.", "Je vais poser ma démission lundi.",
                "Le télétravail a été supprimé dans ma boîte.", "Rupture conventionnelle refusée, je fais quoi ?",
                "Mon N+1 s'attribue tout mon travail en réunion.", "Les open spaces c'est l'enfer sur terre."],
    "argent": ["J'ai 4000 euros d'épargne à 26 ans, c'est peu ?", "Le Livret A a baissé, vous placez où ?",
               "Je suis à découvert le 15 du mois, chaque mois.", "Mon PEA est vert cette année, ça fait plaisir."],
}
TOPIC_KEYS = sorted(TOPICS)

SUBJ = {  # short noun phrase for the thread subject, for slots
    "salaire": "les salaires", "loyer": "les loyers", "immo": "l'immobilier", "crypto": "la crypto", "muscu": "la muscu",
    "regime": "les régimes", "series": "cette série", "anime": "cet anime", "jv": "ce jeu", "politique": "la politique locale",
    "religion": "la religion", "feminisme": "le féminisme", "immigration": "l'immigration", "police": "la police",
    "ecole": "l'école", "permis": "le permis", "voiture": "les bagnoles", "foot": "la Ligue 1", "couple": "les relations",
    "parents": "les parents", "sante": "la santé", "vaccin": "les vaccins", "travail": "le taf", "argent": "l'argent",
}

INS = ["bouffon", "teubé", "cassos", "abruti", "débile", "clown", "guignol", "tocard", "crétin", "sombre merde",
       "trou de balle", "con", "imbécile", "pauvre type", "boloss", "cas soc", "fragile", "baltringue",
       "pignouf", "idiot fini", "zgeg", "naze", "victime"]
INS_FEM = ["connasse", "pétasse", "grognasse", "conne", "pauvre fille", "cruche", "pouffiasse"]
ABLE = ["mongol", "gogol", "triso", "autiste", "attardé", "handicapé mental"]
HOMO = ["pd", "tarlouze", "tapette", "fiotte", "gouine"]
ORIG = ["arabe", "noir", "rebeu", "renoi", "chinetoque", "bougnoule", "gitan", "roumain", "portos", "feuj"]
GROUPS = ["les Arabes", "les Noirs", "les musulmans", "les juifs", "les Roms", "les migrants", "les Africains",
          "les Asiatiques", "les homos", "les trans", "les femmes", "les handicapés", "les Maghrébins", "les Turcs"]
DEH = ["des rats", "de la vermine", "des parasites", "des animaux", "des cafards", "des sous-hommes", "une plaie", "des singes"]
BODY = ["ta tête de fouine", "ton double menton", "tes 1m62", "ta calvitie", "tes bourrelets", "ton gros bide", "ta tronche de cheval",
        "ton acné", "tes dents de lapin", "tes bras de crevette", "ton gros cul", "tes oreilles décollées"]
BODY2 = [("f", "grosse vache"), ("f", "baleine"), ("m", "nabot"), ("m", "gros lard"), ("f", "crevette"), ("m", "cachalot"),
         ("m", "boudin"), ("m", "thon"), ("m", "squelette"), ("f", "tête de pioche"), ("f", "barrique"), ("m", "hobbit")]
NEUTRAL_NOUNS = ["Bitcoin", "Elden Ring", "l'OM", "le PSG", "Valorant", "One Piece", "la réforme", "le maire", "mon proprio", "mon patron"]

def pick(r, xs):
    return xs[r.randrange(len(xs))]

# --- Toxic cores: (frame, labels). Slots: {p} pseudo, {i} insult, {f} fem insult, {a} ableist, {h} homo, {o} origin,
# {g} group, {d} dehum, {b} body, {b2} body noun, {s} subject.
TOX = [
    # condescension / insult
    ("Retourne à l'école {p}, t'as visiblement raté quelques chapitres. Même un élève de CM2 comprendrait {s} mieux que toi.", "insult"),
    ("T'as le QI d'une huître sérieux. Chaque message que tu postes fait baisser le niveau du topic.", "insult"),
    ("Mais quel {i} celui-là. Il débarque sans rien savoir sur {s} et il fait la leçon à tout le monde.", "insult"),
    ("Je lis tes messages depuis une heure {p} et je confirme : t'es un {i}. Pas un avis, un constat.", "insult"),
    ("Typiquement le genre de {i} qui n'a jamais bossé de sa vie et qui vient parler de {s}. Retourne jouer.", "insult"),
    ("T'es payé combien pour écrire autant de conneries ? Parce que gratuitement, personne peut être aussi {i}.", "insult"),
    ("Ferme-la {p}. Sérieux, ferme-la, t'as rien à apporter à part ta bêtise.", "insult"),
    ("Tu touches le RSA et tu viens donner des leçons sur {s} ? Le mépris que j'ai pour les cassos comme toi...", "insult"),
    ("Bac -3 détecté. Va faire un tour à Pôle emploi au lieu de polluer le forum avec ta bouillie.", "insult"),
    ("Mec t'es un raté, ça se voit à ta façon d'écrire. 30 ans chez maman et tu parles de {s}, ayaaa.", "insult"),
    ("Ton avis sur {s} vaut autant que toi : rien. Pauvre {i}.", "insult"),
    ("Ah bah évidemment c'est {p} qui sort encore la plus grosse connerie du topic. Un {i} reste un {i}.", "insult"),
    ("T'as 12 ans ou t'es juste {i} ? Non parce qu'à ce niveau faut consulter.", "insult"),
    ("Désolé mais les gens comme toi, smicards aigris qui savent pas aligner deux phrases, devraient pas avoir le droit de voter.", "insult"),
    ("Tu pues la défaite {p}. Ton pseudo, ta signature, ta logique : tout est pathétique.", "insult"),
    ("J'ai rarement vu un {i} aussi fier de l'être. Continue, tu fais rire tout le monde.", "insult"),
    ("Lis-toi avant de poster, tu passes pour un {i} fini. Ah non pardon, t'en es un.", "insult"),
    ("Personne t'a sonné le {i}. Retourne dans ta cave avec tes Doritos.", "insult"),
    ("C'est fou d'être aussi teubé et aussi sûr de soi. Tu devrais donner des cours de médiocrité.", "insult"),
    ("Ouais ouais, un bouffon qui se prend pour un expert en {s}. On t'a pas attendu pour savoir que t'es nul.", "insult"),
    ("Ta mère aurait dû te garder à la maison, franchement. T'es une honte, {i}.", "insult"),
    ("Sale {i} va. Tu mérites même pas qu'on te réponde sérieusement.", "insult"),
    ("Regarde-toi {p}, t'es l'incarnation du beauf de base : PMU, Ricard et avis de merde sur {s}.", "insult"),
    ("Ce qui est triste c'est que tu crois vraiment être intelligent. T'es juste un {i} avec un clavier.", "insult"),
    ("Ton cerveau tourne sur Windows 95 ou quoi ? Redémarre-toi, {i}.", "insult"),
    ("Mdr le mec a un niveau de CP en orthographe et il veut parler de {s}. Cassos jusqu'au bout.", "insult"),
    ("Non mais les gens comme toi c'est la lie de la société. Tu sers à rien {p}.", "insult"),
    ("Elle sait pas de quoi elle parle, cette {f}. Retourne sur Doctissimo ma grande.", "insult"),
    ("Encore une {f} qui vient pleurer sur le forum. Personne en a rien à foutre de ta vie.", "insult"),
    ("Cherche pas à comprendre, t'as pas le matos entre les oreilles. Laisse parler les grands, {i}.", "insult"),
    ("Tu ressembles à ce que t'écris : un déchet. Bon courage à ton entourage.", "insult"),
    ("Quel pigeon sérieux, t'as acheté à ce prix-là ? T'es tellement {i} que ça en devient touchant.", "insult"),
    # body shaming
    ("Avec {b} tu ferais mieux de te taire sur {s}. Déjà règle ton problème de miroir.", "insult body_shaming"),
    ("On a vu ta photo sur le topic des physiques {p}. Avec {b}, je comprends mieux ton aigreur.", "insult body_shaming"),
    ("Ptdr {lb2} qui donne des conseils muscu. Commence par perdre tes 30 kilos et on en reparle.", "insult body_shaming"),
    ("T'es {ub2}, point. Aucun régime te sauvera et aucune meuf te regardera.", "insult body_shaming"),
    ("Le mec fait 1m60 et il vient parler de séduction. Nabot va, range ton ego dans ta petite taille.", "insult body_shaming"),
    ("Vu {b}, normal qu'elle t'ait ghosté. Moi aussi je me serais enfuie.", "insult body_shaming"),
    ("Sa photo de profil c'est {ub2} en débardeur, et il ose critiquer le physique des autres mdr.", "insult body_shaming"),
    ("Je parie que t'es gros, moche et chauve. Le trio gagnant du forumeur aigri.", "insult body_shaming"),
    ("Mdr {lb2} qui parle de sécher pour l'été alors qu'il a pas vu ses pieds depuis 2015 :rire:", "insult body_shaming"),
    ("Elle est grosse et moche, évidemment qu'elle défend le body positive. Personne veut d'elle.", "insult body_shaming"),
    # misogyny
    ("Les femmes c'est toutes des vénales. Dès que t'as plus de fric elles se barrent, c'est biologique.", "identity_hate"),
    ("Une femme au volant, ça explique tout. Elles ont pas le cerveau fait pour conduire.", "identity_hate"),
    ("Les meufs sur les applis c'est toutes des putes à 15 likes par minute. Faut arrêter de les traiter comme des humaines.", "identity_hate"),
    ("Une femme ça doit rester à la maison et s'occuper des gosses. Le féminisme a tout détruit.", "identity_hate"),
    ("Les femelles modernes sont des parasites qui vivent sur le dos des hommes.", "identity_hate"),
    ("Les femmes savent pas gérer un budget, c'est connu. Laisse ton mari s'occuper de l'argent.", "identity_hate"),
    ("Les féministes c'est toutes des moches frustrées qui ont jamais été baisées.", "identity_hate"),
    ("Une femme manager ? Boîte condamnée. Elles sont trop émotives pour diriger.", "identity_hate"),
    # racism / xenophobia
    ("Eux là-bas, ils viennent ici pour les allocs et ils foutent le bordel. {g} c'est {d}.", "identity_hate"),
    ("{g} c'est {d}, il faudrait tous les renvoyer chez eux. Remigration maintenant.", "identity_hate"),
    ("Ton quartier a changé ? Normal, {g} ont tout envahi. C'est {d}, faut pas avoir peur de le dire.", "identity_hate"),
    ("Ah bah c'est évidemment un {o}. Sale race, ils sont tous pareils.", "insult identity_hate"),
    ("Rentre dans ton pays sale {o}. Personne veut de toi ici.", "insult identity_hate"),
    ("Les {o}s volent, c'est dans leur culture. Regardez les stats au lieu de pleurer.", "identity_hate"),
    ("Un prénom comme ça et tu donnes ton avis sur la France ? Retourne au bled, {o} de merde.", "insult identity_hate"),
    ("On sait très bien qui contrôle les banques et les médias. Les juifs tirent les ficelles, ouvrez les yeux.", "identity_hate"),
    ("Les musulmans sont incompatibles avec la France. Faut fermer toutes les mosquées et les virer.", "identity_hate"),
    ("Ces gens-là se reproduisent comme des lapins et vivent des aides. {g} c'est {d}.", "identity_hate"),
    ("Les Roms c'est tous des voleurs. Quand ils s'installent près de chez toi tu peux dire adieu à ta bagnole.", "identity_hate"),
    ("Les Noirs ont pas le niveau pour ce poste, faut arrêter l'hypocrisie.", "identity_hate"),
    # homophobia / transphobia / ableism
    ("Un {h} qui vient parler de foot, on aura tout vu. Retourne à ton défilé.", "insult identity_hate"),
    ("Les homos c'est une maladie mentale, on devrait les soigner au lieu de les encourager.", "identity_hate"),
    ("Les trans sont des malades, point. Faut pas laisser ces tarés approcher des gosses.", "identity_hate"),
    ("T'écris comme un {a} mon pauvre. On t'a lâché trop tôt du centre spécialisé ?", "insult identity_hate"),
    ("Mais quel {a} sérieux. T'as un chromosome en trop ou c'est de naissance ?", "insult identity_hate"),
    ("Sale {h} va, tu défends ton équipe de fiottes.", "insult identity_hate"),
    ("Les handicapés coûtent une blinde à la sécu pour rien, faudrait arrêter de les financer.", "identity_hate"),
    ("T'es un {a} ou quoi ? Même ma grand-mère comprend mieux que toi.", "insult identity_hate"),
    # harassment calls / exclusion
    ("Tout le monde va signaler le compte de {p}, il faut qu'il dégage. Copiez-collez le lien dans vos groupes.", "exclusion"),
    ("Les kheys on raid son topic ce soir, on le fait craquer. Spammez-le jusqu'à ce qu'il supprime son compte.", "exclusion"),
    ("Personne répond plus à {p}, on l'ignore tous. Il mérite pas qu'on lui adresse la parole.", "exclusion"),
    ("On l'a viré du Discord et je propose qu'on le bloque partout. Qu'il reste seul avec ses conneries.", "exclusion"),
    ("Signalement en masse sur sa chaîne YouTube, j'ai mis le lien en MP. Faut la faire tomber.", "exclusion"),
    ("Allez tous commenter sous sa dernière photo Insta, qu'elle comprenne qu'elle est pas la bienvenue.", "exclusion"),
    ("Ce {i} on le dégage du groupe. Quelqu'un qui l'invite encore, il sort avec lui.", "insult exclusion"),
    ("Je lance un topic pour harceler {p}, qu'il arrête de poster ici. Tout le monde participe.", "exclusion"),
    # threats / death wishes
    ("J'espère que tu crèves dans un accident {p}. Personne te pleurera.", "threat"),
    ("Continue comme ça et je viens te chercher. Je suis de Marseille aussi, on va se croiser.", "threat"),
    ("Toi je te retrouve à la sortie du stade, tu vas comprendre ta douleur.", "threat"),
    ("Je te souhaite un cancer bien douloureux, sale {i}.", "insult threat"),
    ("Si je te croise en vrai je te défonce la gueule, je rigole pas.", "threat"),
    ("Des gens comme toi faudrait les aligner contre un mur. Une balle et basta.", "threat"),
    ("Que ta famille paie pour ce que t'écris. Je le souhaite sincèrement.", "threat"),
    ("{g}, faudrait tous les cramer. Je suis sérieux, on attend quoi ?", "identity_hate threat"),
    ("Ton proprio aurait dû te foutre à la rue, et j'espère que tu crèves de froid dehors.", "threat"),
    ("Je sais où tu bosses, ton patron va recevoir des messages. Et après je passerai te voir.", "threat"),
    # self harm incitement
    ("Va te pendre {p}. Sérieux, fais une faveur au monde.", "self_harm_incitement"),
    ("Si t'as raté ton permis trois fois, fais-nous plaisir et saute d'un pont.", "self_harm_incitement"),
    ("Personne te regretterait si tu disparaissais. Pense-y ce soir.", "self_harm_incitement"),
    ("T'es déprimé ? Bah finis le travail, une corde ça coûte pas cher.", "self_harm_incitement"),
    ("Kys sale {i}, t'es un poids pour ta famille.", "insult self_harm_incitement"),
    ("Tu veux pas arrêter de respirer ? Ça réglerait ton problème et le nôtre.", "self_harm_incitement"),
    # sexual harassment
    ("Tu postes tes photos de muscu ma belle, envoie plutôt tes nudes en MP.", "sexual_harassment"),
    ("Elle a un joli cul sur sa photo de profil, moi je la prendrais bien dans sa voiture.", "sexual_harassment"),
    ("Ta copine dont tu parles, elle suce bien au moins ? Envoie une photo qu'on juge.", "sexual_harassment"),
    ("T'as 16 ans ? Parfait, envoie une photo de toi en maillot en MP.", "sexual_harassment"),
    ("J'ai des photos d'elle en sous-vêtements, si elle continue à me parler comme ça je les balance.", "sexual_harassment"),
    ("Viens en MP {p}, je vais t'expliquer ce que je te ferais. T'as pas le choix.", "sexual_harassment threat"),
    ("Une meuf qui parle de crypto ? Montre tes seins, on verra si t'as un portefeuille intéressant.", "sexual_harassment"),
    # doxxing
    ("{p} c'est Julien Marchetti, il bosse au Leclerc de Villefranche. Allez lui dire bonjour.", "doxxing"),
    ("J'ai retrouvé son adresse : 14 rue des Lilas à Tourcoing. Amusez-vous les kheys.", "doxxing"),
    ("Son num c'est le 06 47 18 93 20, appelez-la jusqu'à ce qu'elle supprime son post.", "doxxing exclusion"),
    ("Je balance ton vrai nom et ta boîte sur le topic si tu t'excuses pas, {p}.", "doxxing threat"),
    ("Elle est en terminale au lycée Jean-Moulin, son Insta c'est @clara.lmb, allez-y.", "doxxing"),
    ("Je connais ta rue {p}, la photo de ton balcon t'a trahi. On passe ce week-end.", "doxxing threat"),
]

# Non-toxic cores: heated, sarcastic, vulgar-untargeted, strong opinions, counter-speech, advice. Same slots.
NON = [
    # strong opinion without attack
    ("Je suis pas d'accord avec toi {p}, mais alors pas du tout. Tes chiffres sur {s} datent de 2015.", "neutral"),
    ("Désolé mais c'est n'importe quoi comme raisonnement. Relis la source que t'as mise, elle dit l'inverse.", "neutral"),
    ("Franchement {s} c'est devenu une arnaque complète. Personne ne s'en sort à ce prix-là.", "hard_negative"),
    ("Le gouvernement se fout de notre gueule sur {s}, et ça depuis des années.", "hard_negative"),
    ("Je maintiens : ton argument est faible. Mais je respecte que tu le défendes proprement.", "neutral"),
    ("T'as tort sur le fond mais t'as raison sur un point : personne n'écoute les gens concernés.", "neutral"),
    ("C'est une position de riche de dire ça, sans vouloir t'offenser. Tout le monde n'a pas les moyens.", "neutral"),
    ("Je suis pour une immigration plus contrôlée, mais cracher sur les gens c'est pas un argument.", "neutral"),
    ("Les patrons qui appellent le dimanche devraient être sanctionnés, c'est illégal point.", "hard_negative"),
    ("Les proprios qui louent des taudis à 900 balles, faut leur taper dessus fiscalement. Ça me rend fou.", "hard_negative"),
    ("La police a des problèmes structurels, dire ça c'est pas être anti-flic.", "neutral"),
    ("Le féminisme a fait avancer plein de choses, même si certains comptes Twitter racontent n'importe quoi.", "neutral"),
    ("La religion c'est privé. Chacun croit ce qu'il veut tant qu'il l'impose pas aux autres.", "neutral"),
    ("Je suis athée et je trouve ça dingue qu'on tape sur les musulmans à chaque fait divers.", "hard_negative"),
    ("Les vaccins ont sauvé des millions de vies. On peut critiquer la com' du gouvernement sans délirer.", "neutral"),
    ("Il faut expulser les délinquants étrangers condamnés, ça n'a rien à voir avec les gens qui bossent.", "neutral"),
    ("Ce maire est incompétent, son bilan est nul et je voterai contre lui. Rien de personnel.", "hard_negative"),
    ("Le député de ma circo est un vrai guignol politique, il a voté tout et son contraire.", "hard_negative"),
    # sarcasm / irony
    ("Ah oui génial, encore une hausse de 2 %. Je vais enfin pouvoir m'acheter un demi-kebab.", "hard_negative"),
    ("Bravo à la SNCF, trois heures de retard, on applaudit bien fort. Quel service de merde.", "hard_negative"),
    ("Merci le patch, maintenant mon perso est aussi utile qu'une huître. Les devs sont des génies, clairement.", "hard_negative"),
    ("Ouais bien sûr, et moi je suis le pape. Ton shitcoin va faire x1000, on y croit très fort.", "hard_negative"),
    ("Quelle surprise, le PSG se fait sortir en huitième. Qui aurait pu prévoir ça, personne, jamais.", "hard_negative"),
    ("Ah ce bon vieux forum où chaque topic finit en débat sur l'immigration. Vous êtes prévisibles les kheys mdr.", "hard_negative"),
    ("Je suis un génie, j'ai acheté du Bitcoin au sommet. Mon QI d'huître a encore frappé.", "hard_negative"),
    ("Le niveau du topic est au ras des pâquerettes, moi le premier hein. On est tous des teubés le dimanche soir.", "hard_negative"),
    # vulgar untargeted
    ("Putain de merde, j'ai encore raté mon permis. L'inspectrice était gentille, c'est moi le problème.", "hard_negative"),
    ("Bordel ce jeu est une tuerie, j'ai pas dormi de la nuit.", "hard_negative"),
    ("Ce mercato c'est vraiment de la merde en barre. On va finir quinzièmes.", "hard_negative"),
    ("Fait chier, ma bagnole m'a encore lâché sur l'autoroute. 1200 balles de réparation, j'ai envie de chialer.", "hard_negative"),
    ("Ce boss est un enfoiré de première, 47 tentatives. Je vais casser ma manette.", "hard_negative"),
    ("Ma vie est un bordel sans nom en ce moment, le taf, l'appart, tout part en couille.", "hard_negative"),
    ("Ce final était une insulte aux fans. Les scénaristes ont bâclé, c'est scandaleux.", "hard_negative"),
    ("Ce marché crypto c'est un cancer, je retire tout et je mets sur le Livret A comme un boomer.", "hard_negative"),
    ("L'arbitrage de ce soir, c'est une honte, un vrai braquage. Je suis dégoûté.", "hard_negative"),
    # self-deprecation
    ("Je suis gros, 1m70 pour 105 kilos. Par où je commence pour perdre du poids ?", "hard_negative"),
    ("Je suis un cassos de la gestion d'argent, à découvert le 10 du mois. Des conseils ?", "hard_negative"),
    ("J'ai un physique de crevette, 58 kilos pour 1m80. Un programme prise de masse ?", "hard_negative"),
    ("Je me sens vraiment nul en ce moment, j'ai envie de tout lâcher. Vous faites comment pour tenir ?", "hard_negative"),
    ("Moi je suis le bouffon de service dans mon équipe, et franchement j'assume. Ça détend l'ambiance.", "hard_negative"),
    ("Je suis chauve à 24 ans, j'ai fini par raser et j'ai jamais été aussi bien.", "hard_negative"),
    # counter-speech / reporting / victims
    ("Quelqu'un a écrit que {g} c'est {d}. Signalé, et j'espère que les modos vont bannir.", "hard_negative"),
    ("Arrête de traiter les gens de {i} dès qu'ils sont pas d'accord avec toi. Réponds sur le fond.", "hard_negative"),
    ("On m'a traité de sale {o} sur le topic d'hier. Je sais pas si je dois porter plainte, vous feriez quoi ?", "hard_negative"),
    ("Dire que les femmes c'est toutes des vénales, c'est juste dire que t'as eu une mauvaise expérience. Généraliser c'est bête.", "hard_negative"),
    ("Utiliser « mongol » ou « autiste » comme insulte, ça blesse des familles entières. Mon frère est autiste.", "hard_negative"),
    ("Le topic de harcèlement contre {p} est dégueulasse. Ne participez pas, signalez-le aux modos.", "hard_negative"),
    ("On m'a envoyé « va te pendre » en MP après mon post. J'ai fait des captures, je fais quoi ?", "hard_negative"),
    ("Un député a été condamné pour injures racistes, l'article est dans la section actu.", "hard_negative"),
    ("Ma copine reçoit des messages dégueulasses sur Insta, des mecs lui demandent des nudes. Comment on signale efficacement ?", "hard_negative"),
    ("Quelqu'un a posté l'adresse d'un membre hier. Les modos, supprimez ça vite s'il vous plaît.", "hard_negative"),
    # positive/neutral identity mentions
    ("Je suis gay et je joue en club de foot depuis dix ans, l'ambiance a vraiment changé en bien.", "hard_negative"),
    ("Mes voisins sont roumains et c'est les plus serviables de l'immeuble.", "hard_negative"),
    ("Ma femme est musulmane, je suis catho, on fête Noël et l'Aïd, les gosses adorent.", "hard_negative"),
    ("Ma cousine est trisomique et elle bosse dans un ESAT, elle est super fière de son taf.", "hard_negative"),
    ("Mon chef est une femme et c'est la meilleure manager que j'ai eue.", "hard_negative"),
    ("Les Arabes de mon quartier m'ont aidé à déménager sans rien demander, respect.", "hard_negative"),
    ("Je suis noir, cadre, et oui on me demande encore si je suis le livreur. On en rigole mais bon.", "hard_negative"),
    ("J'ai passé deux semaines en Mongolie, le barbecue mongol là-bas n'a rien à voir avec celui du resto.", "hard_negative"),
    # gaming / sports banter
    ("Je vais te défoncer à Valorant ce soir {p}, prépare tes excuses.", "hard_negative"),
    ("L'OM s'est fait massacrer, on a été nuls de A à Z. Je retourne me coucher.", "hard_negative"),
    ("Raid ce soir à 21h sur le boss final, on a besoin d'un tank et de deux heals.", "hard_negative"),
    ("Ce mec en face m'a humilié en ranked, respect, il était juste meilleur.", "hard_negative"),
    ("Je vais me pendre si Lyon perd encore ce week-end mdr.", "hard_negative"),
    ("On a tué le dragon à la 30e tentative, je vais crever de fatigue demain au taf.", "hard_negative"),
    ("Cet attaquant est une chèvre cette saison, il rate tout devant le but.", "hard_negative"),
    # advice / help
    ("Pour la rupture conventionnelle, demande un entretien par écrit et garde une trace de tout.", "neutral"),
    ("Pour ton dossier de location, mets tes trois dernières fiches de paie et Visale si t'as pas de garant.", "neutral"),
    ("En muscu, au début, concentre-toi sur la technique. La charge viendra après, pas l'inverse.", "neutral"),
    ("Si ton proprio garde la caution plus de deux mois, tu peux lui envoyer une mise en demeure.", "neutral"),
    ("Pour le permis, prends une ou deux heures de conduite sur le parcours d'examen, ça rassure.", "neutral"),
    ("En crypto n'investis que ce que t'es prêt à perdre. Et évite les influenceurs.", "neutral"),
    ("Pour une tendinite, repos et kiné, et arrête de forcer dessus sinon ça traîne des mois.", "neutral"),
    ("Pour ton salaire, regarde les grilles de l'Apec et vise un peu au-dessus en entretien.", "neutral"),
    ("Parle à ta copine franchement, six mois c'est tôt mais si vous êtes prêts pourquoi pas.", "neutral"),
    ("Pour un premier achat, fais jouer un courtier, ça m'a fait gagner 0,3 point.", "neutral"),
    ("Ton médecin peut te faire un courrier pour accélérer le rendez-vous chez le spécialiste.", "neutral"),
    ("Pour les parents envahissants, pose une règle simple : pas de visite sans prévenir. Ça marche.", "neutral"),
    ("Si tu bloques sur Malenia, farm les cendres de l'ombre et reviens avec la Mimic, ça change tout.", "neutral"),
    ("Commence One Piece direct par l'anime, les fillers tu peux les skip avec une liste en ligne.", "neutral"),
    ("Pour l'hybride, si t'as une prise à la maison c'est rentable, sinon reste sur un diesel récent.", "neutral"),
    ("Les prud'hommes c'est long mais ça vaut souvent le coup, prends un avocat en droit du travail.", "neutral"),
    ("Avant de quitter ton job, sécurise ton prochain contrat. Les démissions sur un coup de tête, ça pique.", "neutral"),
    ("J'ai regardé la série jusqu'au bout, la saison 2 est bien meilleure, tiens bon.", "neutral"),
    ("Merci à tous pour vos réponses, j'ai appelé mon syndic et ça a bougé.", "neutral"),
    ("Pour ton fils, demande une réunion avec l'équipe pédagogique, souvent ça débloque les choses.", "neutral"),
]

# More frames built compositionally: shared leads + toxic or civil predicates aimed at the poster.
LEADS = ["Relis-toi {p}.", "Alors déjà, non.", "Je te cite : « {q} ».", "Bon, je vais être clair.", "Sérieux ?",
         "Encore ce débat.", "J'ai lu tout ton pavé.", "Mdr.", "On en parle de ton dernier message ?", "Je reviens sur ce que t'as dit hier.",
         "Franchement.", "Ayaa.", "Écoute-moi bien.", "Pfff.", "Ok boomer.", "Je vais être honnête avec toi."]
TOX_PRED = [("T'es vraiment un {i}, il y a pas d'autre mot.", "insult"), ("T'as le QI d'une huître, c'est dingue.", "insult"),
            ("Retourne à l'école, tu sais même pas lire un graphique.", "insult"), ("Ta gueule {p}, personne te calcule.", "insult"),
            ("Avec {b}, je m'attendais pas à mieux.", "insult body_shaming"), ("Sale {a} va.", "insult identity_hate"),
            ("Pauvre {h}, retourne pleurer.", "insult identity_hate"), ("Rentre au bled sale {o}.", "insult identity_hate"),
            ("Crève {p}, sérieusement.", "threat"), ("Va te foutre en l'air, ça nous fera des vacances.", "self_harm_incitement"),
            ("Tout le monde le signale, qu'il dégage du forum.", "exclusion"), ("T'es qu'une {f} frustrée.", "insult"),
            ("Les mecs comme toi devraient même pas avoir d'enfants, {i}.", "insult"), ("T'es {ub2} et tu le sais.", "insult body_shaming"),
            ("Typique d'une femme, ça réfléchit avec ses hormones.", "identity_hate"), ("Encore un {o}, étonnant.", "identity_hate")]
NON_PRED = [("Je pense que tu te trompes, voilà pourquoi.", "neutral"), ("Ton raisonnement se tient, mais il manque des chiffres.", "neutral"),
            ("Source ? Parce que j'ai lu l'inverse.", "neutral"), ("On est d'accord sur le constat, pas sur la solution.", "neutral"),
            ("Je comprends ta colère, franchement je ressens la même.", "neutral"), ("Putain t'as trop raison, ça me rend dingue aussi.", "hard_negative"),
            ("C'est un débat de merde mais t'as bien argumenté.", "hard_negative"), ("Ça m'énerve tellement que j'ai envie de tout casser mdr.", "hard_negative"),
            ("Bref, on sera jamais d'accord, bonne soirée quand même.", "neutral"), ("T'es relou mais t'as pas tort.", "hard_negative"),
            ("Le sujet me gave, mais t'as le droit de penser ça.", "neutral"), ("On se calme, personne mérite de se faire insulter ici.", "hard_negative"),
            ("Bon, j'étais un peu con hier, je retire ce que j'ai dit.", "hard_negative"), ("Tu m'as convaincu, je change d'avis.", "neutral"),
            ("Les gros titres racontent n'importe quoi, lis l'étude complète.", "neutral"), ("Moi aussi j'ai un QI d'huître sur ce sujet, j'avoue.", "hard_negative")]

CLOSERS = ["", "", "", " Bref.", " Fin du débat.", " /hs", " :hap:", " :noel:", " :rire:", " 🙄", " 😂", " mdr", " ptdr", " Voilà.",
           " Bonne soirée.", " Et après on s'étonne.", " Next.", " C'est tout.", " 🤡", " ayaaa", " Dixit moi.", " 👍"]
QUOTES = ["vous pensez quoi de {s} ?", "c'est moi ou {s} ça part en vrille ?", "besoin d'avis sur {s}", "petite question sur {s}"]
FOLLOW = ["Je dis ça je dis rien.", "Désolé pour le pavé.", "Edit : orthographe.", "Up.", "Ça fait du bien de le dire.",
          "On en reparle dans six mois.", "Je vais me coucher.", "Vous en pensez quoi les autres ?", "C'est mon avis en tout cas.",
          "Sinon ça va vous ?", "Bon dimanche les kheys."]
SMS = [("je suis", "jsuis"), ("c'est", "c"), ("quoi", "koi"), ("pourquoi", "pk"), ("que ", "ke "), ("je sais pas", "jsp"),
       ("tout le monde", "tlm"), ("beaucoup", "bcp"), ("toujours", "tjrs"), ("parce que", "pcq"), ("vraiment", "vrmt"),
       ("aujourd'hui", "ajd"), ("qu'est-ce que", "kesk"), ("t'es", "t"), ("sérieux", "srx"), ("rien", "r1")]

# Topic-specific cores (toxic, non-toxic), so the attack fits the thread as on real boards.
TT = {
    "salaire": [("Tu gagnes 1500 balles et tu la ramènes ? Normal, t'as le niveau d'un stagiaire {i}.", "insult"),
                ("Les smicards comme toi devraient se taire quand les adultes parlent salaire, cassos.", "insult"),
                ("Si t'es payé au lance-pierre c'est que tu vaux rien, pauvre {i}.", "insult")],
    "salaire_n": [("Je gagne 1500 net et je la ramène, oui, parce que c'est pas normal à 35 ans.", "hard_negative"),
                  ("Le SMIC n'a pas suivi l'inflation, les chiffres de l'Insee le montrent clairement.", "neutral"),
                  ("Négocie ton salaire en brut annuel, et demande les primes par écrit.", "neutral")],
    "loyer": [("Si t'as pas de garant c'est que ta famille c'est des cassos comme toi. Dors dans ta voiture.", "insult"),
              ("Les locataires qui pleurent comme toi, je les fous dehors sans préavis. Sale assisté.", "insult"),
              ("T'auras jamais d'appart avec un nom pareil, les proprios vous connaissent bien vous autres.", "identity_hate")],
    "loyer_n": [("Les proprios qui refusent les dossiers sans garant, c'est une plaie du marché parisien.", "hard_negative"),
                ("Ton proprio n'a pas le droit d'augmenter comme ça en cours de bail, regarde l'IRL.", "neutral"),
                ("J'ai dormi dans ma voiture deux semaines entre deux apparts, c'était la galère mais ça va mieux.", "hard_negative")],
    "immo": [("T'achètes à Nantes avec ton CDD ? Mdr le pigeon. Les banques devraient bannir les teubés comme toi.", "insult"),
             ("Les primo-accédants comme toi sont des moutons débiles, t'as mérité ton crédit sur 25 ans.", "insult")],
    "immo_n": [("Acheter avec une période d'essai c'est compliqué, attends de la valider avant de voir la banque.", "neutral"),
               ("Les frais de notaire dans l'ancien c'est 7-8 %, c'est normal, désolé pour la douche froide.", "neutral")],
    "crypto": [("Bien fait pour ta gueule, t'as tout perdu. Les pigeons dans ton genre méritent de finir à la rue.", "insult"),
               ("Le mec a acheté au top et pleure maintenant, va te pendre avec ton wallet vide.", "self_harm_incitement"),
               ("Les cryptobros comme toi c'est des gogols avec une Lambo en fond d'écran.", "insult identity_hate")],
    "crypto_n": [("J'ai tout perdu sur un memecoin, je suis un pigeon, je l'assume. Leçon retenue.", "hard_negative"),
                 ("Les influenceurs crypto sont des escrocs, ils pumpent et ils vendent sur ton dos.", "hard_negative"),
                 ("Mets un stop loss et ne touche pas aux levier si tu débutes.", "neutral")],
    "muscu": [("80 kg au DC à ton âge ? T'as des bras de crevette, arrête la salle tu fais honte.", "insult body_shaming"),
              ("Le gros lard qui parle de sèche, je pleure. Commence par lâcher le McDo, {b2}.", "insult body_shaming"),
              ("Les meufs à la salle viennent juste pour se faire mater, c'est toutes des allumeuses.", "identity_hate")],
    "muscu_n": [("80 au DC c'est déjà très correct, rajoute du volume et mange plus.", "neutral"),
                ("J'avais des bras de crevette il y a deux ans, la régularité paie, accroche-toi.", "hard_negative"),
                ("La créatine c'est l'un des compléments les plus étudiés, 3 à 5 g par jour.", "neutral")],
    "regime": [("Perdre 12 kilos et t'es encore une baleine sur ta photo, faut pas pousser.", "insult body_shaming"),
               ("Les grosses comme toi qui font des régimes Insta, vous êtes pathétiques.", "insult body_shaming")],
    "regime_n": [("Je me trouvais énorme mais j'ai perdu 12 kilos, vous inquiétez pas c'est possible.", "hard_negative"),
                 ("Les régimes miracles sur Insta c'est de la merde, déficit calorique et patience.", "hard_negative")],
    "series": [("Si t'as aimé cette saison c'est que t'es un débile profond, aucun goût.", "insult"),
               ("Les fans de cette série c'est des attardés qui comprennent rien à une intrigue.", "identity_hate insult")],
    "series_n": [("Cette saison est une purge, les scénaristes ont fumé quelque chose.", "hard_negative"),
                 ("J'ai adoré le final, désolé pour les rageux mais moi j'ai pleuré.", "hard_negative")],
    "anime": [("Un adulte qui regarde des animes c'est forcément un puceau de 35 ans qui sent la sueur.", "insult"),
              ("Les otakus comme toi devraient même pas sortir de chez eux, sale weeb dégueulasse.", "insult")],
    "anime_n": [("J'ai 35 ans, je regarde des animes et j'assume, Frieren m'a fait chialer.", "hard_negative"),
                ("Le dernier arc est lent mais la réal est magnifique, accrochez-vous.", "neutral")],
    "jv": [("T'es Platine depuis trois saisons parce que t'es nul à chier, uninstall le jeu sale {i}.", "insult"),
           ("Les meufs sur Valorant c'est juste des boulets qui se font carry, retourne en cuisine.", "identity_hate"),
           ("Le noob qui bloque sur Malenia, je vais te trouver et te casser les doigts pour que t'arrêtes de jouer.", "threat"),
           ("Report ce joueur en masse, on le fait ban de la ranked, il a rien à faire là.", "exclusion")],
    "jv_n": [("Je suis nul à chier sur Valorant mais je m'amuse, c'est le principal.", "hard_negative"),
             ("Ce patch a détruit mon main, je vais pleurer dans mon coin.", "hard_negative"),
             ("Pour Malenia, esquive vers l'avant sur la danse de l'eau, ça passe.", "neutral"),
             ("Je l'ai défoncé en 1v1 et il m'a dit gg, respect au gars.", "hard_negative")],
    "politique": [("Ceux qui votent pour ce maire sont des consanguins débiles, je le dis sans filtre.", "insult"),
                  ("Le maire je lui crève les pneus ce soir, il sait pas ce qui l'attend.", "threat"),
                  ("Toi t'es un gaucho assisté, ton avis ne compte pas, sale parasite.", "insult")],
    "politique_n": [("Ce maire a fait n'importe quoi avec le budget, j'irai voter contre en masse.", "hard_negative"),
                    ("Je suis de gauche et je trouve le bilan municipal désastreux, ça arrive.", "neutral"),
                    ("Le 49.3 c'est légal, mais politiquement c'est un aveu de faiblesse.", "neutral")],
    "religion": [("Les musulmans c'est tous des terroristes en puissance, faut arrêter la naïveté.", "identity_hate"),
                 ("Les cathos comme ta grand-mère sont des débiles superstitieux qu'on devrait mépriser.", "identity_hate"),
                 ("Les juifs ont toujours été un problème, c'est pas moi qui le dis, c'est l'histoire.", "identity_hate")],
    "religion_n": [("Je critique toutes les religions comme systèmes de pensée, pas les croyants.", "neutral"),
                   ("Ramadan mubarak à ceux qui le font, bon courage pour les journées longues.", "neutral"),
                   ("Mon voisin juif m'a invité à Pessah, c'était super intéressant.", "hard_negative")],
    "feminisme": [("Les féministes sont des hystériques qu'il faudrait faire taire une bonne fois pour toutes.", "identity_hate"),
                  ("Une meuf qui gagne plus que son mec c'est une castratrice, point.", "identity_hate"),
                  ("Toi la féministe, on sait où tu bosses, fais gaffe à toi en rentrant ce soir.", "threat")],
    "feminisme_n": [("Certaines féministes sur Twitter exagèrent, mais les chiffres sur les violences sont réels.", "neutral"),
                    ("Ma copine gagne plus que moi et je m'en fous complètement, on partage tout.", "hard_negative")],
    "immigration": [("Les migrants c'est des envahisseurs, faut couler les bateaux avant qu'ils arrivent.", "identity_hate threat"),
                    ("Eux là-bas ils savent que voler et dealer, ton quartier est foutu à cause de ces gens.", "identity_hate"),
                    ("Les Africains ont un QI plus bas, c'est de la science, renseignez-vous.", "identity_hate")],
    "immigration_n": [("Je suis fils d'immigrés et je suis pour une politique migratoire plus stricte, les deux sont compatibles.", "neutral"),
                      ("Dire « eux là-bas » pour parler de millions de gens, c'est pas un argument, c'est un réflexe.", "hard_negative"),
                      ("Les délais en préfecture sont scandaleux, ma femme attend son titre depuis 8 mois.", "hard_negative")],
    "police": [("Les flics c'est tous des ordures, je leur souhaite de crever en service.", "threat"),
               ("Ton cousin gendarme, on sait où il habite, dis-lui de faire attention.", "threat doxxing")],
    "police_n": [("La police française a un vrai problème de formation, c'est un constat pas une haine.", "neutral"),
                 ("Mon cousin est flic et il dit lui-même que certains collègues sont des tarés.", "hard_negative")],
    "ecole": [("Les profs sont tous des feignasses, et toi t'es le pire, retourne en vacances {i}.", "insult"),
              ("Un prof REP qui se plaint ? Les gosses de ton collège c'est des singes de toute façon.", "identity_hate")],
    "ecole_n": [("Les élèves de REP sont souvent géniaux, c'est les moyens qui manquent.", "neutral"),
                ("Parcoursup c'est une loterie, accroche-toi, les places se libèrent en juillet.", "neutral")],
    "permis": [("Raté deux fois ? Faut vraiment être un gogol, même mon chien l'aurait.", "insult identity_hate"),
               ("Les femmes et le créneau, éternelle histoire, elles devraient même pas passer le permis.", "identity_hate")],
    "permis_n": [("Raté deux fois aussi, eu à la troisième, c'est souvent le stress, pas le niveau.", "hard_negative"),
                 ("L'inspectrice a raison sur le stop, marque-le bien, roues arrêtées.", "neutral")],
    "voiture": [("Rouler en Clio à ton âge, t'es un cassos de la route, assume ta misère.", "insult"),
                ("Le mec avec sa Golf tunée, je vais te rayer ta caisse sur le parking du boulot.", "threat")],
    "voiture_n": [("Ma Clio pourrie m'a jamais lâché, respect à cette voiture de cassos.", "hard_negative"),
                  ("Pour l'embrayage, demande un deuxième devis, 1200 c'est dans le haut de la fourchette.", "neutral")],
    "foot": [("Les supporters de l'OM c'est des consanguins, et toi t'es le roi des débiles.", "insult"),
             ("Ce joueur noir a raté son penalty, normal, ces singes savent pas tirer.", "identity_hate"),
             ("L'arbitre je l'attends à la sortie, il va le payer de sa vie.", "threat"),
             ("Tous sur le compte Insta du défenseur, faut qu'il quitte le club, harcelez-le.", "exclusion")],
    "foot_n": [("L'OM a été catastrophique, la défense c'était une passoire, je suis vert.", "hard_negative"),
               ("L'arbitre a volé le match, c'est un scandale, mais calmez-vous sur les réseaux.", "hard_negative"),
               ("On s'est fait défoncer 4-0, rien à dire, ils étaient meilleurs.", "hard_negative"),
               ("Les insultes racistes contre ce joueur sont une honte, le club doit porter plainte.", "hard_negative")],
    "couple": [("Elle t'a ghosté parce que t'es un {i} moche et pauvre, pas besoin de chercher plus loin.", "insult"),
               ("Ta copine c'est une salope, elle te trompe sûrement déjà avec un mec de la salle.", "insult"),
               ("Envoie-moi le Insta de ta meuf, je vais lui montrer ce qu'est un vrai homme.", "sexual_harassment"),
               ("Les femmes c'est toutes des salopes sur Tinder, elles couchent qu'avec les 10 %.", "identity_hate")],
    "couple_n": [("Elle m'a ghosté aussi, ça fait mal mais faut pas généraliser sur toutes les femmes.", "hard_negative"),
                 ("Si tu l'aimes, parle-lui, les non-dits c'est ce qui tue un couple.", "neutral"),
                 ("J'ai abordé une fille au parc, elle m'a mis un vent, j'ai ri et j'ai continué ma vie.", "hard_negative")],
    "parents": [("27 ans chez tes parents, tu fais pitié, ta mère doit avoir honte de toi.", "insult"),
                ("T'es un tanguy minable, personne veut de toi même pas tes vieux.", "insult")],
    "parents_n": [("Je vis chez mes parents à 27 ans pour économiser, et franchement c'est un choix intelligent.", "hard_negative"),
                  ("Pose des limites avec ta mère, gentiment mais fermement.", "neutral")],
    "sante": [("Ton burn-out c'est de la flemme, t'es juste une fiotte qui supporte rien.", "insult identity_hate"),
              ("Les dépressifs comme toi devraient arrêter de se plaindre et finir le travail.", "self_harm_incitement")],
    "sante_n": [("J'ai fait un burn-out l'an dernier, parlez-en à votre médecin, c'est pas de la faiblesse.", "hard_negative"),
                ("Si t'as des idées noires, appelle le 3114, c'est gratuit et ils sont bien.", "neutral")],
    "vaccin": [("Les antivax c'est des gogols qui méritent de crever sans soins.", "identity_hate insult threat"),
               ("Toi le pro-vax je te retrouve et je t'injecte ce que je veux.", "threat")],
    "vaccin_n": [("Les antivax me fatiguent, mais les insulter ne convainc personne.", "hard_negative"),
                 ("Le rappel grippe est conseillé après 65 ans, renseigne-toi en pharmacie.", "neutral")],
    "travail": [("Ton patron a bien raison de te traiter comme une merde, t'es un incapable.", "insult"),
                ("Je vais retrouver ton N+1 et lui dire que t'es le glandeur du topic, je sais pour quelle boîte tu bosses.", "doxxing threat"),
                ("Les collègues arabes c'est toujours en retard et en arrêt maladie, tout le monde le sait.", "identity_hate")],
    "travail_n": [("Mon patron est un connard fini, mais c'est mon problème, je me casse en mars.", "hard_negative"),
                  ("Mon N+1 me vole mes idées, j'ai commencé à tout envoyer par mail avec copie.", "hard_negative"),
                  ("Pour un abandon de poste, attention aux nouvelles règles du chômage.", "neutral")],
    "argent": [("4000 d'épargne à 26 ans ? Quel raté, les gens comme toi finiront à la soupe populaire.", "insult"),
               ("Le cassos à découvert le 15 qui donne des conseils, ptdr, va mendier.", "insult")],
    "argent_n": [("Je suis à découvert le 15 aussi, on est nombreux, fais un budget par enveloppes.", "hard_negative"),
                 ("4000 à 26 ans c'est très bien, la plupart n'ont rien, t'inquiète.", "neutral")],
}

TOX += [
    ("Je vais être poli une seule fois : t'es un {i}. La prochaine fois je serai moins gentil.", "insult"),
    ("Bref, encore un {i} qui confond opinion et fait.\n\nRetourne lire un livre, si t'en as déjà ouvert un.", "insult"),
    ("1) t'as tort\n2) t'es moche\n3) t'es un {i}\nVoilà, débat clos.", "insult body_shaming"),
    ("Quand je vois {b}, je comprends pourquoi tu passes tes journées sur le forum.", "insult body_shaming"),
    ("Les gens de ton milieu, HLM et survêt, devraient même pas avoir accès à internet. Cassos de naissance.", "insult"),
    ("Le mépris que j'ai pour les prolos comme toi, c'est indescriptible. Va pointer, {i}.", "insult"),
    ("Toi t'as fini caissière et tu viens nous parler de {s}, ma pauvre {f}.", "insult"),
    ("Elle a la tête {db2} et elle se croit influenceuse. Qu'elle se cache.", "insult body_shaming"),
    ("Un {h} qui donne des conseils de drague aux hétéros, on aura tout vu. Dégage.", "insult identity_hate"),
    ("Les gens comme toi, les {o}s, vous êtes une tumeur pour ce pays.", "identity_hate"),
    ("Les pédés devraient pas avoir le droit d'adopter, c'est de la maltraitance.", "identity_hate"),
    ("On devrait stériliser {g}, ça réglerait le problème en une génération.", "identity_hate"),
    ("Ta place c'est à la cuisine ma chérie, laisse les hommes parler de {s}.", "identity_hate"),
    ("Tu vas voir ce qui arrive aux balances comme toi. Regarde bien derrière toi ce soir.", "threat"),
    ("Un jour quelqu'un va te casser les dents {p}, et ce jour-là j'espère être là pour filmer.", "threat"),
    ("Crève sale {i}, toi et ta famille de cassos.", "insult threat"),
    ("Franchement la corde c'est la solution pour toi, t'as raté ta vie de toute façon.", "self_harm_incitement"),
    ("Tu sers à rien, ni à ta famille ni au forum. Disparais pour de bon.", "self_harm_incitement"),
    ("Mdr ce post de chialeuse. Si t'es si mal, saute, personne t'en empêchera.", "self_harm_incitement"),
    ("Lâche ton snap en MP, je veux voir si t'es aussi bonne qu'on le dit.", "sexual_harassment"),
    ("Je t'ai reconnue sur ta photo, j'ai tes stories enregistrées, sois gentille avec moi ou tout le monde les verra.", "sexual_harassment threat"),
    ("Tout le monde bloque {p} et le dit dans son topic, qu'il comprenne qu'il est seul.", "exclusion"),
    ("Interdisez-lui l'accès au groupe, et si quelqu'un lui parle on le sort aussi.", "exclusion"),
    ("J'ai trouvé son LinkedIn, il bosse chez Orange à Rennes. Écrivez à son manager.", "doxxing exclusion"),
    ("Sa mère s'appelle Sandrine Leroy, elle habite à Tarbes, son fixe est dans l'annuaire. Amusez-vous.", "doxxing"),
]
NON += [
    ("Je vais être poli une seule fois : ton argument ne tient pas. Voilà les chiffres.", "neutral"),
    ("1) t'as tort sur les chiffres\n2) t'as raison sur le fond\n3) on est tous crevés\nVoilà, débat clos.", "neutral"),
    ("Je suis un gogol, j'ai oublié mes clés dans la voiture et elle est fermée. Un serrurier pas cher sur Lille ?", "hard_negative"),
    ("J'ai la tête d'une baleine échouée ce matin, trois heures de sommeil, le taf va être long.", "hard_negative"),
    ("Les cassos de la rue font du bruit toute la nuit, je vais devenir fou. On appelle qui ?", "hard_negative"),
    ("Le mépris de classe sur ce forum me dégoûte, les caissières bossent plus que nous tous.", "hard_negative"),
    ("Je suis issu d'un milieu HLM et survêt, et j'ai fini ingénieur. Rien n'est écrit d'avance.", "hard_negative"),
    ("Les remarques sur le physique des autres posteurs, c'est vraiment le niveau zéro. Arrêtez ça.", "hard_negative"),
    ("Mon meilleur pote est pd, c'est lui qui le dit en rigolant, et c'est le mec le plus drôle que je connaisse.", "hard_negative"),
    ("Les gens qui disent « eux là-bas » n'ont jamais mis les pieds dans mon quartier. On vit très bien ensemble.", "hard_negative"),
    ("Il y a trop de violence dans ce topic, faites une pause, allez prendre l'air.", "hard_negative"),
    ("Franchement je suis crevé, ma vie part en couille, mais je tiens bon. Merci à ceux qui m'ont écrit en MP.", "hard_negative"),
    ("Ce mec a le QI d'une huître, disait mon prof de philo de lui-même. Il était génial.", "hard_negative"),
    ("Je propose qu'on arrête de nourrir le troll, on répond plus à ses provocations et on parle du sujet.", "hard_negative"),
    ("Je cherche un groupe pour le raid de jeudi, niveau max, pas de prise de tête.", "neutral"),
    ("Le clip de ce rappeur dit « sale race » toutes les deux phrases, ça me gêne un peu, vous trouvez pas ?", "hard_negative"),
    ("Je me suis fait traiter de bouffon par mon chef devant tout le monde. C'est du harcèlement ou pas ?", "hard_negative"),
    ("Le documentaire sur le harcèlement en ligne passe ce soir sur France 2, à voir.", "neutral"),
    ("Bonne chance pour ton entretien demain, tu vas gérer.", "neutral"),
    ("J'ai 30 ans, chauve, 1m65, et j'ai une copine géniale. Arrêtez avec vos complexes les kheys.", "hard_negative"),
    ("Putain les gars, j'ai eu mon permis !!! Quatrième tentative mais je l'ai.", "hard_negative"),
    ("On a fait un raid de 6 heures, on a crevé de rire, je recommande ce jeu à tout le monde.", "hard_negative"),
    ("Mes collègues musulmans m'ont invité à rompre le jeûne, super soirée.", "hard_negative"),
    ("Sérieux, lâchez-la, elle a juste posé une question. Le topic devient du harcèlement.", "hard_negative"),
    ("Je suis pas raciste mais les chiffres de la délinquance sont à lire avec prudence, le contexte social compte.", "neutral"),
]
OPENERS = ["", "", "", "", "Réponse : ", "Bon. ", "Wsh ", "Alors, ", "Perso ", "Hmm ", "Déjà, ", "Ayaa ", "Up. ", "Edit : ",
           "Je rebondis : ", "Petit pavé, désolé. ", "HS mais ", "Franchement ", "Nan mais ", "Ok. "]


def typo(r, text):
    """Swap two adjacent letters or stretch a vowel once, as people do when typing fast."""
    i = r.randrange(1, max(2, len(text) - 2))
    if r.random() < 0.5 and text[i].isalpha() and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    for j in range(i, len(text)):
        if text[j] in "aeiou":
            return text[:j] + text[j] * r.randint(3, 6) + text[j + 1:]
    return text

# Subtle contempt (no slur) vs. the same irony aimed at a situation.
TOX += [
    ("Ok mon petit, quand tu seras grand tu comprendras comment marche {s}. En attendant, laisse parler les adultes.", "insult"),
    ("C'est mignon d'y croire {p}. Vraiment, c'est touchant de naïveté, ça se voit que t'as jamais rien accompli.", "insult"),
    ("On voit tout de suite le niveau d'éducation. Tes parents ont fait ce qu'ils ont pu, j'imagine.", "insult"),
    ("Je vais te l'expliquer lentement, vu ton niveau. Re-lis. Dou-ce-ment.", "insult"),
    ("Laisse tomber {p}, c'est pas pour les gens comme toi. Reste sur TikTok, c'est plus ton niveau.", "insult"),
    ("Ah, un diplômé de l'université de Facebook. On t'écoute, génie.", "insult"),
    ("Tu écris comme tu penses : mal. Mais bon, on peut pas demander à un poisson de grimper aux arbres.", "insult"),
    ("Ça se voit que tu sors d'un bac pro, sans vouloir te vexer. Chacun sa place.", "insult"),
    ("Franchement plains-toi pas d'être seul, avec ta personnalité de serpillère c'est logique.", "insult"),
    ("Je lis « {q} » et je me dis que certains devraient pas avoir le droit d'ouvrir un topic.", "insult"),
    ("Oh la pauvre, elle a besoin d'attention. Va pleurer ailleurs chérie, on n'est pas ton psy.", "insult"),
    ("T'es le genre de mec que personne invite aux soirées et qui comprend pas pourquoi. Spoiler : c'est toi.", "insult"),
    ("Moi je juge pas, mais t'as une tête à vivre chez ta mère et à sentir le renfermé.", "insult body_shaming"),
    ("Les gens de ta région c'est vraiment des consanguins, ça explique beaucoup de choses sur toi.", "insult"),
    ("Toi et les femmes de ton espèce, vous êtes là pour faire joli, pas pour donner votre avis.", "identity_hate"),
]
NON += [
    ("Ok les jeunes, quand vous aurez un crédit sur 25 ans vous comprendrez {s}. Bon courage à vous, sincèrement.", "neutral"),
    ("C'est mignon d'y croire, au marché qui va baisser. Moi j'y crois plus depuis 2015.", "hard_negative"),
    ("Je vais l'expliquer lentement parce que c'est technique : le taux d'usure bloque les dossiers.", "neutral"),
    ("Ah, les diplômés de l'université de Facebook sont de sortie sur ce topic. Sourcez vos propos les gens.", "hard_negative"),
    ("J'ai un bac pro et je gagne très bien ma vie, les diplômes ne font pas tout.", "hard_negative"),
    ("Personne m'invite jamais aux soirées et j'ai fini par m'en foutre. Vive les soirées jeux seul.", "hard_negative"),
    ("Je vis chez ma mère et ça sent le renfermé, faut que j'aère plus souvent mdr.", "hard_negative"),
    ("Je lis « {q} » et je suis d'accord, c'est exactement ce que je vis.", "neutral"),
    ("Désolé si j'ai été sec hier {p}, c'était pas contre toi.", "neutral"),
    ("Je sais que je suis pas le plus malin du forum mais là je crois que j'ai raison.", "hard_negative"),
]

# Vocabulary balancing: words that leaned to one side get rows on the other side.
NON += [
    ("Je crève de chaud dans cet open space, la clim est en panne depuis lundi.", "hard_negative"),
    ("Ma plante crève, mon frigo crève, ma Clio crève. Sale semaine.", "hard_negative"),
    ("Crève l'abcès avec ton patron, parle-lui franchement, ça peut que t'aider.", "neutral"),
    ("Le nouveau maillot du club est moche à pleurer, qui valide ces designs ?", "hard_negative"),
    ("Je me trouve moche en ce moment, j'ai pris 8 kilos. Ça arrive à tout le monde ou pas ?", "hard_negative"),
    ("Sale journée : crevaison, retard, et le boss qui gueule. Je rentre me poser.", "hard_negative"),
    ("Sale match de notre part, on a rien montré, l'entraîneur doit sauter.", "hard_negative"),
    ("J'ai été teubé sur ce coup, j'ai signé le bail sans lire les clauses. Je fais quoi ?", "hard_negative"),
    ("C'était une sale période pour moi, mais toi tu m'as bien aidé sur ce forum {p}, merci.", "neutral"),
    ("Toi tu devrais ouvrir un topic conseils, t'expliques super bien.", "neutral"),
    ("Toi t'as raison sur le taux, je me suis planté de 0,2 point.", "neutral"),
    ("Tu devrais voir un avocat, ton patron n'a pas le droit de faire ça.", "neutral"),
    ("Tu peux m'envoyer le lien de ton programme muscu en MP ?", "neutral"),
    ("Tu t'es fait avoir par le vendeur, ça arrive, demande un recours à la DGCCRF.", "neutral"),
    ("Les mecs qui traitent les autres de cassos sont souvent ceux qui galèrent le plus, on se calme.", "hard_negative"),
    ("La vidéo du mec qui se fait traiter de gogol dans le métro m'a retourné, personne n'a réagi.", "hard_negative"),
    ("On dit pas « sale race » à un joueur, point. Le club doit sanctionner.", "hard_negative"),
    ("Le gardien a fait un match de merde mais crever le pneu de sa voiture c'est débile, les ultras abusent.", "hard_negative"),
    ("Je viens de regarder mon relevé, je vais crever la dalle jusqu'au 30.", "hard_negative"),
    ("Le mec à la salle soulève 200 kg, moi je crève à 60. Respect.", "hard_negative"),
]
TOX += [
    ("Putain de {i}, tu vas fermer ta gueule un jour ou jamais ?", "insult"),
    ("Putain mais t'es moche et con en plus, c'est pas de chance pour toi.", "insult body_shaming"),
    ("Putain, encore toi {p}. T'es le cancer de ce forum, barre-toi.", "insult"),
    ("Putain ces {o}s, toujours les mêmes problèmes, qu'ils dégagent tous.", "identity_hate"),
    ("Tu conseilles quoi à part de la merde ? Rien. Comme d'habitude, {i}.", "insult"),
    ("Tu devrais avoir honte d'exister {p}, franchement.", "insult"),
    ("Merci pour ton avis de merde, mais on s'en bat les couilles de ce que pense un {i}.", "insult"),
    ("Sérieux je lis ton post et je me dis que l'école a échoué. Complètement échoué.", "insult"),
    ("Le raid est lancé sur le compte de {p}, tout le monde en MP pour la liste des messages à envoyer.", "exclusion"),
    ("Ton topic sur les nudes de ton ex, poste-les, on veut voir.", "sexual_harassment"),
]

# Third batch: 18-25 board register, relationships, work, money.
TOX += [
    ("L'auteur a 25 ans, puceau, chômeur, et il se demande pourquoi les meufs le calculent pas. Khey t'es un déchet, accepte-le.", "insult"),
    ("Ce topic pue la misère. L'op vit dans 9m² avec son chat et donne des conseils de vie, ayaaa le cassos.", "insult"),
    ("Ta meuf t'a quitté pour un mec de la salle ? Normal, t'es un sous-homme de 55 kilos.", "insult body_shaming"),
    ("Ta sœur sur ta photo de vacances, elle est célibataire ? Je lui ferais des trucs, dis-lui.", "sexual_harassment"),
    ("Montre ta tronche si t'es si sûre de toi, et après un petit body en MP pour voir.", "sexual_harassment"),
    ("Avec une jupe pareille sur ta photo, faut pas t'étonner de te faire toucher dans le métro.", "sexual_harassment"),
    ("Je t'ai vue à la salle de la rue Gambetta, le mardi à 19h. Tu devrais mettre des leggings moins serrés, je regarde.", "sexual_harassment doxxing"),
    ("Le mec qui a posté sa fiche de paie a oublié de flouter son nom : Thomas Berthier, Capgemini Lille. Amusez-vous.", "doxxing"),
    ("J'ai son compte Twitter perso, et ses parents tiennent la boulangerie de Vendôme. On y va quand ?", "doxxing threat"),
    ("Les kheys, elle a mis la plaque de sa voiture sur sa photo, AB-123-CD, on la retrouve en deux minutes.", "doxxing"),
    ("Mon patron est une femme et comme toutes les femmes elle est incapable de trancher, vivement qu'un homme la remplace.", "identity_hate"),
    ("Les collègues homos qui parlent de leur mec à la machine à café, faudrait les virer pour prosélytisme.", "identity_hate"),
    ("Les stagiaires rebeus dans ma boîte c'est tous des branleurs, c'est culturel chez eux.", "identity_hate"),
    ("Le gars en fauteuil à l'accueil, franchement à quoi il sert ? Les handicapés devraient rester chez eux.", "identity_hate"),
    ("Ton N+1 a bien raison, t'es qu'une merde de stagiaire qui mérite même pas un ticket resto.", "insult"),
    ("Démissionne, de toute façon personne dans ta boîte te supporte. Même la machine à café te déteste.", "insult"),
    ("On sait tous que t'as eu ton poste par piston, t'as le niveau d'un collégien attardé.", "insult identity_hate"),
    ("Les smicards qui achètent des iPhone à crédit, bien fait que vous crevez la dalle le 20 du mois, bande de cassos.", "insult"),
    ("Le mec est à découvert et il parle d'investir en crypto, ptdr va vendre un rein pauvre clochard.", "insult"),
    ("Ton père qui refuse de parler héritage, il a raison, il attend que tu crèves avant lui vu comment t'es.", "insult"),
    ("Ta mère t'appelle tous les jours parce qu'elle sait que t'es un attardé incapable de vivre seul.", "insult identity_hate"),
    ("Elle a trois gosses de trois pères, et ça vient nous parler de couple. Quelle traînée.", "insult"),
    ("La prochaine fois que tu postes, je balance tes anciens messages avec ta photo sur le topic des cas sociaux.", "doxxing threat"),
    ("Allez, tout le monde sur son topic « besoin d'aide », on lui répond « suicide-toi » en boucle.", "self_harm_incitement exclusion"),
    ("Si t'as pas la force de te battre pour ton couple, t'as pas la force de vivre non plus. Tu sais ce qu'il te reste à faire.", "self_harm_incitement"),
    ("Ton burn-out j'en ai rien à foutre, si tu sautes du 5e étage ça fera une place de libre dans l'open space.", "self_harm_incitement"),
    ("Le mec parle de vaccins avec une tête de trisomique, on l'écoute pas.", "insult identity_hate body_shaming"),
    ("Le jour où tu viens à une rencontre du forum, je te réserve une surprise que t'oublieras pas.", "threat"),
    ("J'ai ton IP grâce à ton lien d'image, continue de faire le malin et tu verras.", "doxxing threat"),
    ("Vous êtes mignons avec vos débats, mais les Noirs et les Arabes ne seront jamais français, point barre.", "identity_hate"),
]
NON += [
    ("L'auteur a 25 ans, il se cherche, on est tous passés par là. Khey, inscris-toi à un club, ça change la vie.", "neutral"),
    ("Ce topic pue la misère mais c'est la vraie vie de beaucoup de gens. Courage à l'op, ça ira mieux.", "hard_negative"),
    ("Ma meuf m'a quitté pour un mec de la salle, je suis une loque depuis. Comment on tourne la page ?", "hard_negative"),
    ("J'ai posté ma fiche de paie sans flouter mon nom, les modos vous pouvez supprimer svp ?", "neutral"),
    ("Conseil : floutez vos plaques et vos noms sur les photos, des gens retrouvent tout en deux minutes.", "neutral"),
    ("Ma patronne est une femme et c'est la seule qui sait trancher dans cette boîte.", "hard_negative"),
    ("Mon collègue parle de son mari à la machine à café, et personne n'en a rien à faire, c'est ça la normalité.", "hard_negative"),
    ("Notre collègue en fauteuil gère l'accueil mieux que tout le monde, et il a un humour noir génial.", "hard_negative"),
    ("Je suis stagiaire et je me sens comme une merde, mon N+1 me parle mal. Je tiens ou je pars ?", "hard_negative"),
    ("À découvert le 20 du mois avec un SMIC, c'est pas de la mauvaise gestion, c'est des maths.", "hard_negative"),
    ("Les iPhone à crédit, c'est un piège marketing, je l'ai fait et je le regrette.", "hard_negative"),
    ("Mon père refuse de parler héritage, j'ai proposé un notaire comme médiateur, ça a débloqué.", "neutral"),
    ("Ma mère m'appelle tous les jours depuis que mon père est parti. Je sais pas comment lui dire que c'est trop.", "neutral"),
    ("Quelqu'un a écrit « suicide-toi » sur mon topic. J'ai signalé, mais si vous voyez ça, signalez aussi s'il vous plaît.", "hard_negative"),
    ("Je vais pas bien en ce moment, j'ai parfois envie de disparaître. Je préfère en parler ici qu'à personne.", "hard_negative"),
    ("Si tu vas pas bien, parle à quelqu'un, le 3114 répond jour et nuit. On est là aussi sur le topic.", "neutral"),
    ("Une rencontre du forum à Lyon le mois prochain, qui est chaud ? Bière et pétanque.", "neutral"),
    ("Les gens qui disent que les Noirs ou les Arabes ne seront jamais français, je les invite à rencontrer ma famille.", "hard_negative"),
    ("Ma sœur est célibataire et elle en a marre des mecs lourds sur les applis, franchement je la comprends.", "hard_negative"),
    ("Elle a trois gosses et elle les élève seule, respect total à ma voisine.", "hard_negative"),
    ("Les leggings à la salle c'est juste pratique, les mecs qui matent faut se calmer.", "hard_negative"),
    ("J'ai eu 34 € de ticket resto en moins ce mois-ci, c'est normal ou je me fais avoir ?", "neutral"),
    ("Vendre un rein pour payer mon loyer, c'est bientôt là où on en sera à Paris mdr.", "hard_negative"),
    ("Le mec de mon topic d'hier m'a menacé en MP, j'ai les captures. Plainte en ligne ou commissariat ?", "hard_negative"),
]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fill(r, tpl, topic):
    g, b2 = pick(r, BODY2)
    fem = g == "f"
    return tpl.format(ub2=("une " if fem else "un ") + b2, lb2=("la " if fem else "le ") + b2, db2=("d'une " if fem else "d'un ") + b2,
                      p="@" + pick(r, PSEUDOS) if r.random() < 0.5 else pick(r, PSEUDOS), i=pick(r, INS), f=pick(r, INS_FEM),
                      a=pick(r, ABLE), h=pick(r, HOMO), o=pick(r, ORIG), g=pick(r, GROUPS), d=pick(r, DEH), b=pick(r, BODY),
                      b2=b2, s=SUBJ[topic], q=pick(r, TOPICS[topic]))

# Combinatorial block: the same contempt words aimed at a poster (attack) or at a thing/situation (not harmful).
ADJ = ["débile", "nul", "pathétique", "minable", "lamentable", "ridicule", "stupide", "affligeant", "navrant", "consternant",
       "risible", "médiocre", "honteux", "grotesque", "à chier", "éclaté au sol"]
OBJ = ["ce patch", "ce mercato", "ce final", "cet arbitrage", "ce loyer", "ce taux", "ce gouvernement", "ce projet de loi", "ce match",
       "ce jeu", "cette appli", "ce système", "ce contrat", "ce barème", "ce calendrier", "ce règlement", "ce budget municipal",
       "ce trailer", "ce DLC", "ce devis", "ce planning", "ce service client"]
TOX_FORM = ["Espèce de {i} {adj}, t'as rien compris à {s}.", "T'es {adj} à un point que ça en devient gênant, {p}.",
            "Quel {i} {adj} sérieux, relis-toi.", "Franchement t'es le {i} le plus {adj} du forum.",
            "Tu fais pitié {p}, vraiment {adj}. Personne te prend au sérieux.", "T'es aussi {adj} que ton pseudo, {i}.",
            "Ton cerveau est {adj}, comme toi. Parle pas de {s}.", "Toi t'es {adj}, ta mère doit avoir honte.",
            "Mec t'es {adj}, dégage du topic.", "T'es un {i}, {adj} en plus, la totale."]
NON_FORM = ["Franchement {o} est {adj}, j'ai rien compris.", "{O} est {adj} à un point que ça en devient gênant.",
            "Quel {o} {adj} sérieux, qui a validé ça ?", "Franchement {o}, c'est le truc le plus {adj} de l'année.",
            "{O} fait pitié, vraiment {adj}. Personne le prend au sérieux.", "Mon avis sur {o} ? {adj}, point.",
            "{O} est {adj}, je pèse mes mots. Parlons d'autre chose.", "Je trouve {o} {adj}, et pourtant j'étais optimiste.",
            "{O} est {adj}, je dégage du topic avant de m'énerver.", "J'ai été {adj} sur ce coup, je m'excuse {p}."]


def comb(r, topic, toxic):
    """A contempt sentence aimed at the poster (toxic) or at an object (not harmful)."""
    adj = pick(r, ADJ)
    if toxic:
        return fill(r, pick(r, TOX_FORM).replace("{adj}", adj), topic)
    o = pick(r, OBJ)
    return fill(r, pick(r, NON_FORM).replace("{adj}", adj).replace("{O}", o[0].upper() + o[1:]).replace("{o}", o), topic)


def core(r, topic, toxic):
    """Return (text, labels, kind) for one message core."""
    x = r.random()
    if x < 0.15:
        txt = comb(r, topic, toxic)
        return (txt, "insult", "attack") if toxic else (txt, "", "hard_negative")
    if x < 0.45:
        tpl, lab = pick(r, TT[topic] if toxic else TT[topic + "_n"])
        txt = fill(r, tpl, topic)
        if r.random() < 0.25:
            tpl2, lab2 = pick(r, TOX_PRED if toxic else NON_PRED)
            txt += " " + fill(r, tpl2, topic)
            if toxic:
                lab = " ".join(sorted(set(lab.split()) | set(lab2.split())))
    elif x < 0.62:
        lead = fill(r, pick(r, LEADS), topic)
        tpl, lab = pick(r, TOX_PRED if toxic else NON_PRED)
        txt = lead + " " + fill(r, tpl, topic)
    else:
        tpl, lab = pick(r, TOX if toxic else NON)
        txt = fill(r, tpl, topic)
    if toxic:
        return txt, lab, "attack"
    return txt, "", lab


def mess(r, text):
    """Apply forum noise; return (text, register)."""
    n = 0
    if r.random() < 0.2:
        for a, b in SMS:
            pat = r"(?<![\w'])" + re.escape(a.strip()) + r"(?!\w)"
            if re.search(pat, text) and r.random() < 0.8:
                text = re.sub(pat, b.strip(), text)
                n += 1
        text = text.replace("Je suis", "Jsuis").replace("C'est", "C")
    x = r.random()
    if x < 0.2:
        text = strip_accents(text)
    elif x < 0.3:
        text = text.lower()
    elif x < 0.33:
        text = text.upper()
    if r.random() < 0.1:
        text = text.rstrip(".")
    return text, ("sms" if n >= 2 else "adult")


def post(r, toxic):
    topic = pick(r, TOPIC_KEYS)
    c, lab, kind = core(r, topic, toxic)
    ctx = r.sample(TOPICS[topic], k=min(len(TOPICS[topic]), r.choice([0, 1, 1, 2, 2, 3])))
    parts = list(ctx)
    pos = r.random()
    if pos < 0.6:
        parts.append(c)
    elif pos < 0.8:
        parts.insert(0, c)
    else:
        parts.insert(r.randrange(len(parts) + 1), c)
    if r.random() < 0.35:
        parts.append(pick(r, FOLLOW))
    sep = "\n\n" if r.random() < 0.2 else ("\n" if r.random() < 0.1 else " ")
    opener, text = pick(r, OPENERS), sep.join(parts)
    if opener and not opener.endswith((". ", ": ")):
        text = text[0].lower() + text[1:]
    body = opener + text + pick(r, CLOSERS)
    if r.random() < 0.12:
        body = typo(r, body)
    if r.random() < 0.12:
        q = fill(r, pick(r, QUOTES), topic)
        body = f"Le {r.randint(1, 28)}/{r.randint(1, 12):02d}/2026 à {r.randint(0, 23):02d}:{r.randint(0, 59):02d} {pick(r, PSEUDOS)} a écrit :\n> {q}\n\n" + body
    body, reg = mess(r, body)
    return body, lab, kind, reg


def main():
    r = random.Random(SEED)
    rows, seen = [], set()
    for toxic in (True, False):
        got, tries = 0, 0
        while got < N_PER_SIDE and tries < N_PER_SIDE * 50:
            tries += 1
            text, lab, kind, reg = post(r, toxic)
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            rows.append((text, "fr", " ".join(sorted(set(lab.split()))), kind, reg))
            got += 1
    r.shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "lang", "labels", "kind", "register"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
