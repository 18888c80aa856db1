"""Generate fr_short_selfharm.csv: short French forum posts about distress, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks push a poster, a
streamer, a classmate, an ex or a group to kill or hurt themselves, starve or relapse ("va te
pendre", "kys", "saute l'op", "la corde est pas chère", "fais-le en live", countdowns), mock their
scars, anorexia or tears, tell them they are a burden or that nobody would miss them, or wish them
dead. Harmless lines use the same words: people speaking of their own dark thoughts, asking for
help, supporting each other, sharing the 3114, recovery stories, news and prevention, reports and
condemnations that quote an incitement, dark humour about oneself, hyperbole about exams, games
and work ("ce partiel va me tuer"), questions about medication and therapy. Every line is 5 to 25
words. No extra variants. See fr_short_selfharm.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_selfharm.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words the attacks use
# (pendre, corde, sauter, crever, mourir, se tuer, scarifications, anorexie, "kys" quoted) and push
# nobody; neutral lines are ordinary posts on the topic. A person speaking of their own distress is
# never an attack.

# --- Suicidal thoughts, told in the first person, and "va te pendre" ------------------------------
SUICIDE_HARD = """
j'ai pensé à me pendre hier soir, je l'ai jamais dit à personne, je sais pas quoi faire
les kheys j'ai acheté une corde y a deux semaines et elle est toujours dans mon placard, j'ai peur de moi
Hier j'étais sur le pont à coté de chez moi, un inconnu m'a parlé et je suis rentré
je pense à sauter du balcon presque tous les soirs, c'est normal d'avoir peur de ses propres pensées ?
j'ai envie d'en finir mais j'ai aussi envie qu'on m'aide, c'est contradictoire je sais
mon meilleur pote s'est pendu l'an dernier et je pense à lui tous les jours
je voulais crever à 19 ans, j'en ai 24 et je suis content d'etre encore là
ça fait trois nuits que je réfléchis à comment me tuer, je vais aux urgences demain matin
Quelqu'un ici a déjà fait une tentative ? j'aimerais parler à quelqu'un qui comprend
ma soeur a fait une TS la semaine derniere, elle est en psy, comment je lui parle sans la brusquer
j'ai écrit une lettre d'adieu puis je l'ai déchirée, je sais pas si c'est bon signe
Ce soir j'ai pas envie de mourir, c'est deja une victoire pour moi :ok:
Je suis pas suicidaire mais je me demande souvent si ça changerait quelque chose que je sois plus là
les gars si vous pensez à sauter ce soir, parlez à quelqu'un, meme à un inconnu ici
j'ai dit à ma mere que je voulais mourir, elle a pleuré et m'a emmené chez le medecin
en terminale je voulais me jeter sous le train, maintenant je bosse à la SNCF, la vie est bizarre
la corde je l'ai jetée ce matin, premier pas je crois
les idées noires reviennent chaque hiver, vous faites comment pour tenir jusqu'au printemps ?
l'op si tu lis ça, reste, on a besoin de toi meme si t'y crois pas
mon oncle s'est suicidé quand j'avais 12 ans, on en parle jamais dans la famille
j'ai cherché comment me pendre cette nuit, puis j'ai fermé l'onglet et j'ai ouvert ce forum
Je me suis réveillé aux urgences apres avoir avalé mes cachets, je suis vivant et j'ai honte
Le mec qui m'a parlé sur le quai du metro m'a probablement sauvé la vie, merci à lui
Je veux pas mourir, je veux juste que ça s'arrete, vous voyez la nuance ?
l'auteur a posté y a 3 heures qu'il voulait en finir et il répond plus, quelqu'un a des nouvelles ?
pensées suicidaires depuis le bac, j'ai 21 ans, c'est long mais je m'accroche les kheys
suicide d'un étudiant dans ma résidence, la fac a ouvert une cellule d'écoute
pourquoi je me sens mieux juste apres avoir dit à voix haute que je voulais mourir ?
j'ai pas envie de me réveiller demain, voilà c'est dit, je sais pas à qui le dire d'autre
je me suis fait la promesse de tenir jusqu'à mon anniv, j'y suis, je refais la promesse
je suis repassé devant le pont où j'avais voulu sauter, cette fois j'ai juste regardé l'eau
ma mere m'a trouvé avec la corde, depuis on parle enfin, bizarrement ça va un peu mieux
ayaa j'ai chialé en lisant vos réponses hier, je suis encore là grace à ce topic
on dit "se suicider" ou "mourir par suicide" ? je prépare un exposé et je veux pas blesser
j'ai 23 ans et je me dis que je verrai jamais 30, quelqu'un d'autre ressent ça ?
ce soir j'ai envie de mourir
je suis encore là, merci les kheys
je suis dans ma voiture depuis une heure au bord du pont et j'ai peur de ce que je vais faire
"""

SUICIDE_NEUTRAL = """
Comment on reconnait qu'un ami a des idées suicidaires ? il parle moins et donne ses affaires
c'est quoi la difference entre idées noires et idées suicidaires, mon psy en parlait
Les hommes jeunes sont parmi les plus touchés, c'est fou qu'on en parle si peu
topic d'entraide pour ceux qui passent une mauvaise nuit, on se relaie jusqu'au matin
Ça existe des groupes de parole pour les proches de suicidés ? ma mere en aurait besoin
Parler du suicide n'augmente pas le risque, c'est un mythe, au contraire ça aide
"""

SUICIDE_ATTACKS = """
va te pendre l'op, sérieux personne lira ton pavé | self_harm_incitement
kys golem, t'auras au moins servi à quelque chose | self_harm_incitement insult
la corde est pas chère chez Casto, t'as aucune excuse khey | self_harm_incitement
saute l'op, on attend tous le topic de la fin :noel: | self_harm_incitement
t'as envie de mourir ? bah fais-le au lieu de pleurer sur un forum | self_harm_incitement
personne te regrettera, meme ta mere sera soulagée | self_harm_incitement insult
encore un topic "j'ai envie d'en finir", bah finis alors, on veut la suite | self_harm_incitement
suicide-toi vite fait qu'on en parle plus, déchet | self_harm_incitement insult
le pont est à dix minutes de chez toi non ? go :ok: | self_harm_incitement
si t'étais sérieux tu serais déjà mort, t'es juste un mytho en manque d'attention | self_harm_incitement insult
tu devrais crever, le monde irait mieux sans un raté comme toi | self_harm_incitement insult
ta lettre d'adieu est mal écrite, refais-la et cette fois va jusqu'au bout | self_harm_incitement
trois nuits que tu réfléchis ? prends un tabouret et arrete de réfléchir ahi | self_harm_incitement
Jette-toi sous le RER aux heures de pointe, que tu fasses chier tout le monde une derniere fois | self_harm_incitement insult
t'as raté ta TS ? meme ça t'arrives pas à le réussir mdr | self_harm_incitement insult
la prochaine fois vise mieux, t'es vraiment nul en tout | self_harm_incitement insult
on se cotise pour ta corde les kheys ? moi je mets 5 balles | self_harm_incitement
le monde a pas besoin de toi, tu le sais toi-meme, alors agis | self_harm_incitement
bute-toi, t'es qu'une erreur de capote | self_harm_incitement insult
tu te plains tout le temps, fais nous plaisir et disparais pour de vrai | self_harm_incitement insult
je te donne la hauteur exacte du pont si tu veux, ça devrait suffire largement | self_harm_incitement
t'es pas suicidaire t'es juste lache, un vrai l'aurait déjà fait | self_harm_incitement insult
ta corde est dans le placard depuis deux semaines ? elle attend que toi golem | self_harm_incitement insult
reste pas l'op, vraiment, pars, ça fera de l'air | self_harm_incitement
ton balcon il est au combientieme ? parce que si c'est au moins le 4e t'as ta solution | self_harm_incitement
tu verras jamais 30 ans ? promis ? :noel: | self_harm_incitement
franchement fais-le, on fera un topic hommage avec des :rire: | self_harm_incitement insult
vas-y crève, t'auras enfin la paix et nous aussi | self_harm_incitement
Arrete de nous faire perdre notre temps avec tes idées noires et passe à l'acte | self_harm_incitement
nique ta mere et va te foutre en l'air, sous-merde | self_harm_incitement insult
t'es le genre de mec dont l'absence ferait du bien à tout le monde, pense-y | self_harm_incitement insult
quand tu sautes tu nous préviens, je veux voir le live | self_harm_incitement
kys l'op, personne te retient | self_harm_incitement
va te pendre, sérieux, maintenant | self_harm_incitement
saute, on regarde tous :noel: | self_harm_incitement
l'op on a tous lu tes douze topics sur tes envies de mourir, à un moment faut passer à l'acte ou arreter | self_harm_incitement insult
"""


# --- Hyperbole about exams, games, work, sport --------------------------------------------------
HYPERBOLE_HARD = """
ce partiel de thermo va me tuer, trois chapitres en une nuit ayaa
je vais me pendre si je rate encore ce boss mdr, 47 essais :fou:
Si Lens perd ce soir je saute du balcon, enfin du rez-de-chaussée :hap:
mon stage me tue à petit feu, 9h-20h pour 600 balles par mois
je suis mort de rire devant la vidéo du chat qui tombe de l'armoire
je crois que je vais crever de chaud dans cet amphi sans clim
ma cheffe va me tuer, j'ai oublié d'envoyer le devis hier soir
Elden Ring m'a donné envie de jeter ma manette par la fenetre, pas moi hein
J-3 avant les partiels, je suis déjà mort à l'intérieur :ouch:
les maths c'est une corde autour de mon cou depuis la seconde
J'ai crié à en mourir au concert d'hier, plus de voix ce matin
ce boss final m'a achevé, je vais me coucher les kheys
j'ai mangé tellement de raclette que je vais mourir, adieu le monde
partiel de droit constit dans 2h, si vous voyez plus mes messages c'est que je suis mort
Je me suis tué à la salle ce matin, je sens plus mes jambes
ce dernier épisode m'a tué, comment ils ont osé faire mourir ce perso
la file d'attente de la CAF va avoir ma peau
je vais me jeter dans la Loire si j'entends encore cette chanson au Carrefour :rire:
kill me now, mon prof de compta vient d'annoncer un DS surprise
0 sur 20 en anglais, je vais me terrer dans un trou et y mourir dignement
mon coloc a fait cramer les pates pour la 3e fois, il va nous tuer tous un jour :rire:
Je me suis fait tuer 15 fois par le meme sniper, je vais finir par désinstaller
envie de crever quand le réveil sonne à 6h un lundi, qui d'autre
ce tuto de maths m'a sauvé la vie, merci au youtubeur
Mon daron m'a dit que si je redouble il me tue, j'espere qu'il plaisante :hap:
ma team en ranked me donne envie de m'enterrer vivant, 6 défaites d'affilée
je saute de joie, j'ai eu mon permis au premier coup les kheys
Le jury de l'oral m'a achevé, on m'a demandé un truc pas au programme
la soutenance de mémoire c'est demain, priez pour mon ame
Ces escaliers de la fac vont me tuer, 6 étages sans ascenseur
Quand je vois le prix du loyer je me dis que je vais finir sous un pont, au sens propre
je me suis pendu au téléphone avec la banque pendant une heure, enfin réglé
Mes potes m'ont tué avec leurs vannes hier soir, j'ai pleuré de rire
ce jeu de plateforme est une torture, j'adore me faire du mal apparemment
la prof de latin nous achève avec ses versions de 3 pages
ce partiel va me tuer sérieux
ce boss m'a tué, gg
trois partiels demain, écrivez mon épitaphe :ouch:
"""

HYPERBOLE_NEUTRAL = """
vous révisez comment pour les partiels, fiches ou annales ?
quelqu'un a un conseil pour battre le deuxieme boss, je bloque depuis samedi
c'est normal que le stage de fin d'études soit pas payé dans ma boite ?
Le match de ce soir est à quelle heure, quelqu'un sait sur quelle chaine ?
les kheys vous faites comment pour pas procrastiner en période d'exams
j'ai enfin fini le jeu apres 80 heures, la fin est magnifique
"""

HYPERBOLE_ATTACKS = """
t'as raté le boss 47 fois ? va te pendre, t'es la honte de la guilde | self_harm_incitement insult
tu perds encore un ranked et je t'offre la corde, sale boulet | self_harm_incitement insult
recalé au partiel pour la 3e fois, à ta place je sauterais du dernier étage de la BU | self_harm_incitement
ton stage te tue ? tant mieux, finis le travail toi-meme | self_harm_incitement
t'as fait perdre l'équipe, défenestre-toi et on en parle plus | self_harm_incitement insult
un 4 sur 20 ? à ta place je me serais déjà tiré une balle ahi | self_harm_incitement
Kys le support, t'as feed toute la partie | self_harm_incitement
désinstalle le jeu et ta vie avec, merci d'avance | self_harm_incitement
un joueur aussi éclaté devrait plus respirer, sérieux supprime-toi | self_harm_incitement insult
tu redoubles encore ? ton daron devrait pas avoir besoin de te tuer, fais-le toi-meme | self_harm_incitement
le sniper t'a tué 15 fois, fais comme lui, une balle et c'est fini | self_harm_incitement
6 défaites d'affilée à cause de toi, enterre-toi vivant pour de vrai cette fois | self_harm_incitement insult
t'as raté ton permis 4 fois, jette-toi sous une voiture au moins tu sauras à quoi ça sert | self_harm_incitement insult
t'es tellement nul à ce jeu que tu devrais te pendre avec le cable de ta manette | self_harm_incitement insult
Soutenance ratée, carrière ratée, vie ratée, t'attends quoi pour en finir | self_harm_incitement insult
rage quit la vie tant que t'y es, noob | self_harm_incitement insult
t'as fait couler le projet de groupe, le minimum c'est de te foutre en l'air | self_harm_incitement
ouvre la fenetre du 6e étage de la fac et fais nous une démo de gravité | self_harm_incitement
un mec qui rate ses annales trois fois devrait pas avoir le droit de vivre | self_harm_incitement insult
ton elo est aussi bas que ton envie de vivre, achève-toi | self_harm_incitement insult
t'as fait perdre le match de foot en ratant le penalty, va te jeter dans la Loire | self_harm_incitement
la team te supporte plus, fais un ff de ta vie | self_harm_incitement exclusion
gros inutile, ton seul move utile ce serait de sauter du pont | self_harm_incitement insult
tu mourrais demain personne dans la guilde le remarquerait, vas-y teste | self_harm_incitement
t'es mort à l'intérieur ? finis le boulot à l'extérieur | self_harm_incitement
si j'avais ta moyenne je me serais déjà pendu dans l'amphi | self_harm_incitement insult
encore un troll dans ma team, va crever dans un fossé sale merde | self_harm_incitement insult
arrete de jouer, arrete d'étudier, arrete de respirer tant qu'à faire | self_harm_incitement
tu sers à rien en jungle et à rien dans la vie, kys | self_harm_incitement insult
t'as perdu ton job ? logique, maintenant perds la vie et on sera tranquilles | self_harm_incitement insult
t'as perdu la game, kys noob | self_harm_incitement insult
vingt minutes que tu feed comme un golem sans cerveau, à la fin tu te débranches du jeu et de la vie stp | self_harm_incitement insult
"""


# --- Asking for help, helplines, support ----------------------------------------------------------
HELP_HARD = """
appelez le 3114 si ça va pas, c'est gratuit, jour et nuit, et ils jugent pas
j'ai appelé le 3114 à 3h du mat, la dame m'a parlé 40 minutes, je suis toujours là
quelqu'un a déjà appelé le 3114 ? j'ai peur qu'ils envoient la police chez moi
les kheys j'ai besoin d'aide, je pense à me tuer et je sais pas à qui parler
SOS l'op va pas bien, quelqu'un de connecté peut lui répondre en mp ?
Si tu penses à mourir ce soir, le 3114 répond meme à 4h du matin, essaie
j'ai honte de demander de l'aide sur un forum mais j'ai personne d'autre
t'es pas un poids l'op, t'es quelqu'un qui souffre et qui mérite qu'on l'aide
khey j'ai lu ton topic, je suis pas psy mais je reste là si tu veux parler
Tu peux aller aux urgences psy directement, pas besoin de rdv, je l'ai fait en novembre
jure moi que t'appelles le 3114 avant de faire une connerie, on est là
le pire c'est qu'on me dit "t'as qu'à demander de l'aide" mais quand je le fais on rigole
je sais pas quoi répondre à mon pote qui parle de se pendre, je dis quoi ?
merci à celui qui m'a répondu en mp hier soir, tu m'as vraiment aidé
quand je lis "personne te regrettera" sous un topic d'aide j'ai envie de vomir, soutien à l'op
la nuit derniere j'ai eu envie de crever et j'ai appelé ma soeur, elle a décroché
J'ai besoin d'un conseil, ma copine dit qu'elle veut sauter et refuse de voir un medecin
Demander de l'aide c'est pas etre faible, c'est le truc le plus courageux que j'ai fait
l'infirmière scolaire m'a orienté vers le CMP, c'était gratuit et j'ai pu voir une psy
Je suis bénévole dans une ligne d'écoute, on a souvent des étudiants la nuit, appelez
reste en vie ce soir, demain on voit pour le reste, un jour à la fois khey
je comprends pas pourquoi les gens mettent des :rire: sous les topics de détresse
dis lui que tu l'aimes et que tu restes avec lui jusqu'à ce qu'il appelle quelqu'un
ce soir je suis pas bien du tout, je laisse ça là, je vais appeler le 3114 je crois
mon psy m'a dit de noter les numéros d'urgence sur un papier dans mon portefeuille, fait
"tu vas t'en sortir" ça sonne creux mais moi je m'en suis sorti, alors je le redis
l'op a pas répondu depuis hier, si quelqu'un connait sa ville on prévient les secours ?
Vous savez si le 3114 c'est aussi pour les proches ? mon frere m'inquiete
Je veux bien parler en mp avec ceux qui vont mal, j'ai traversé ça l'an dernier
merci au modo qui a supprimé les messages qui disaient à l'op de se pendre
je poste pas souvent mais ce topic m'a empeché de faire une connerie la semaine derniere
Quand j'ai dit à mon médecin que je voulais mourir, il a pris le temps, j'étais soulagé
vous etes pas obligés de savoir quoi dire, juste dire "je suis là" ça change tout
si t'as peur d'appeler, il y a aussi des tchats d'écoute, tu peux écrire au lieu de parler
le 3114 m'a sauvé la vie
tiens bon l'op, on est là
si quelqu'un lit ce topic cette nuit et pense à se tuer, envoie moi un message, je dors pas et je lis tout
"""

HELP_NEUTRAL = """
le 3114 c'est le numéro national de prévention du suicide, gratuit et joignable tout le temps
Les urgences psychiatriques sont ouvertes la nuit dans la plupart des CHU
c'est quoi un CMP exactement ? c'est pour qui ?
Les services de santé étudiante proposent des consultations psy gratuites, renseignez-vous
y a une formation premiers secours en santé mentale dans ma fac, quelqu'un l'a faite ?
ça se passe comment un premier appel à une ligne d'écoute ?
"""

HELP_ATTACKS = """
appelle le 3114 mdr, meme eux ils vont te raccrocher au nez | self_harm_incitement insult
"besoin d'aide" ahi, l'aide dont t'as besoin c'est un tabouret et une corde | self_harm_incitement
le seul numéro que tu devrais appeler c'est celui des pompes funebres | self_harm_incitement
t'as honte de demander de l'aide ? t'as raison, t'en mérites pas | self_harm_incitement insult
au lieu de pleurer en mp à des inconnus, passe à l'acte et fous nous la paix | self_harm_incitement
personne va te répondre l'op, personne en a rien à foutre de toi, tire tes conclusions | self_harm_incitement exclusion
les urgences psy c'est pour les vrais malades, toi va direct au pont | self_harm_incitement
ta copine veut sauter ? laisse-la faire, une folle en moins | self_harm_incitement insult
dis à ton pote de prendre une corde solide, le reste suivra | self_harm_incitement
tu veux de l'aide ? je t'aide : fenetre, 5e étage, élan | self_harm_incitement
ta ligne d'écoute elle écoute aussi le bruit d'un corps qui tombe ? | self_harm_incitement
l'op demande de l'aide pour la 4e fois cette semaine, quelqu'un peut l'aider à sauter ? | self_harm_incitement
"je sais pas à qui parler" personne veut te parler golem, pars en silence | self_harm_incitement exclusion insult
t'as appelé ta soeur ? elle a décroché par pitié, elle attend que tu crèves comme nous tous | self_harm_incitement insult
le CMP va rien faire pour toi, la seule thérapie qui marche c'est la corde | self_harm_incitement
merci au modo de rien, je le redis, va te pendre l'op | self_harm_incitement
arrete de quémander de l'attention et fais-le proprement cette fois | self_harm_incitement insult
tu comptes poster tous les soirs ou tu vas enfin passer à l'acte ? | self_harm_incitement
les mecs qui appellent des lignes d'écoute c'est des faibles qui méritent pas de vivre | self_harm_incitement insult
j'ai écrit à ton tchat d'écoute pour leur dire de pas perdre leur temps avec toi | self_harm_incitement insult
tu veux qu'on reste avec toi jusqu'à ce que tu sautes ? ok je ramene le popcorn | self_harm_incitement
"un jour à la fois" non, zéro jour de plus pour toi, c'est mieux pour tout le monde | self_harm_incitement
on te répond pas parce que tout le monde attend ton dernier message | self_harm_incitement exclusion
demander de l'aide c'est le truc le plus pathétique que j'ai lu, fais-toi disparaitre | self_harm_incitement insult
tu veux un conseil ? ta salle de bain a une douche, ta douche a un pommeau solide | self_harm_incitement
laisse tomber les psys, le seul remede à ta vie c'est de l'arreter | self_harm_incitement
meme les bénévoles du 3114 doivent prier pour que tu rappelles plus jamais | self_harm_incitement insult
t'es en détresse ? moi je suis en joie à l'idée que tu partes | self_harm_incitement
personne t'aidera ici, alors fais-le vite | self_harm_incitement exclusion
"""


# --- Self-harm, scars, relapses into cutting ------------------------------------------------------
SCARS_HARD = """
j'ai des cicatrices de scarifications sur les bras, je sais pas si je peux mettre un t-shirt cet été
ça fait 8 mois que je me suis pas scarifié, je voulais le dire à quelqu'un
rechute hier soir apres 3 mois clean, je m'en veux trop, je recommence le compteur
vous faites comment quand l'envie de vous couper revient ? moi je tiens des glaçons
ma petite soeur se scarifie, je l'ai vu par hasard, comment je lui en parle sans la braquer
Le dermato m'a parlé d'un laser pour atténuer les cicatrices, quelqu'un a testé ?
j'ai montré mes bras à ma copine, elle a juste pris ma main, j'ai failli pleurer
l'élastique au poignet ça m'a aidé au début, apres j'ai trouvé une psy
Je me suis scarifié pendant tout le lycée, aujourd'hui j'ai 22 ans et ça fait 2 ans clean
les gens qui disent "c'est pour attirer l'attention" ont jamais vu quelqu'un se cacher en plein été
je me suis tatoué par dessus mes cicatrices, je me sens enfin bien avec mes bras
un mec au taf m'a demandé si mon chat m'avait griffé, j'ai dit oui, je suis fatigué de mentir
quand je me coupe ça me calme et c'est ça qui me fait peur, je vais en parler à mon medecin
vous faites comment pour la piscine avec des cicatrices ? je porte un lycra mais on me regarde
je crois que je me fais du mal autrement, je me frappe les cuisses quand je stresse
l'op bravo pour tes 100 jours, c'est énorme, fais toi un cadeau
mon pote voulait "se couper en live" pour rigoler, je lui ai dit que c'était pas drole du tout
ayaa ma mere a trouvé mes lames, grosse discussion mais au final elle a été géniale
Les scarifications c'est pas toujours lié au suicide, c'est souvent une façon de gérer l'angoisse
je me suis entaillé le bras en bricolant, rien à voir avec l'automutilation, 4 points de suture
j'ai plus de cicatrices que de tatouages et franchement je commence à les accepter
les kheys j'ai vu des marques sur les bras d'une élève, je suis pion, je fais quoi ?
ça fait un an que j'ai jeté mes lames, je le fete avec un kebab :hap:
Si tu rechutes ça efface pas tes progres, le compteur c'est pas toi
je me scarifiais pour sentir quelque chose, maintenant je fais de la boxe et ça aide un peu
les cicatrices sur mes cuisses me gênent pour les relations, comment vous en parlez au partenaire ?
je me suis coupé ce soir, c'est superficiel, je sais pas si je dois aller aux urgences
ma psy m'a appris à dessiner au feutre rouge sur ma peau au lieu de me couper, bizarre mais ça marche
un prof m'a dit "arrete ton cinéma" quand il a vu mes bras, j'ai jamais oublié
"coupe plus profond" c'est ce que j'ai lu sous la vidéo d'une ado, signalez ce compte svp
Soutien à tous ceux qui cachent leurs bras sous des manches longues en juillet
Je me suis planté le cutter dans le doigt en ouvrant un carton, le sang partout ahi
mon copain a des cicatrices et je les trouve pas moches, elles racontent qu'il a survécu
j'ai eu envie de me couper après la dispute, j'ai écrit ici à la place, ça compte ?
100 jours sans me couper aujourd'hui
j'ai rechuté, je recommence demain
"""

SCARS_NEUTRAL = """
C'est quoi la meilleure creme pour les cicatrices récentes ? le pharmacien m'a conseillé de l'huile
l'automutilation touche beaucoup d'ados, surtout entre 12 et 18 ans
Les infirmieres scolaires sont formées à repérer ce genre de choses ?
quelqu'un a déjà fait du laser sur une vieille cicatrice ? ça fait mal ?
y a des associations qui accompagnent les jeunes qui se font du mal ?
"""

SCARS_ATTACKS = """
coupe plus profond la prochaine fois, là c'est juste pour faire pitié | self_harm_incitement
tes bras on dirait un code barre mdr, scanne-toi et retourne au rayon | body_shaming insult
8 mois clean ? dommage, j'avais parié sur une rechute avant noel | self_harm_incitement
ton chat t'a griffé ? vas-y fais lui faire le travail jusqu'au bout | self_harm_incitement
si tu veux vraiment attirer l'attention coupe dans le bon sens | self_harm_incitement
Tes cicatrices c'est dégueulasse, cache ça ou crève, personne veut voir ça | body_shaming self_harm_incitement
t'as tatoué par dessus tes scarifs ? on voit encore que t'es une épave | body_shaming insult
mets un lycra oui, ou mieux, reste au fond de la piscine | self_harm_incitement body_shaming
100 jours clean bravo, maintenant fais nous le 101e avec une lame | self_harm_incitement
rechute khey, t'en crèves d'envie, fais-toi plaisir | self_harm_incitement
tu te frappes les cuisses ? frappe plus fort, peut etre que ça te remettra les idées en place | self_harm_incitement
les filles qui se scarifient c'est des folles, qu'elles finissent le taf | self_harm_incitement insult
fais-toi une entaille en live, je donne 10 euros par point de suture | self_harm_incitement
ton bras ressemble à une carte routiere, rajoute une autoroute | self_harm_incitement body_shaming
arrete ton cinéma avec tes bras, t'es ridicule, soit tu le fais soit tu te tais | self_harm_incitement insult
"superficiel" ahi, meme te couper t'es pas capable de le faire correctement | self_harm_incitement insult
ta copine te tient la main ? elle regarde tes bras en se demandant pourquoi t'as raté | self_harm_incitement insult
les lames sont en promo chez Carrefour, t'as plus d'excuse | self_harm_incitement
t'as jeté tes lames ? je t'en envoie un paquet par la poste | self_harm_incitement
zebre des cités, rentre ces bras dégueulasses sous tes manches | body_shaming insult
elle a des marques plein les bras et elle ose poster des selfies, quelle horreur | body_shaming
La pionne t'a vu ? bah montre lui comment on fait en vrai | self_harm_incitement
à force de te scarifier t'as fini par ressembler à un steak haché | body_shaming insult
Ta psy et son feutre rouge lol, prends un vrai cutter comme un grand | self_harm_incitement
ta soeur se coupe ? dis lui de viser les veines, ça ira plus vite | self_harm_incitement
pourquoi tu caches tes bras, on sait tous que t'es une tarée | body_shaming insult
le compteur c'est pas toi ? si, c'est toi, et il est remis à zéro, recommence à saigner | self_harm_incitement
t'as survécu ? quel dommage, tes cicatrices auraient du etre plus profondes | self_harm_incitement
recoupe toi, on veut voir | self_harm_incitement
"""


# --- Eating disorders: anorexia, bulimia, recovery -----------------------------------------------
ED_HARD = """
je suis en rémission d'anorexie depuis un an, j'ai repris 9 kilos et je suis fiere de moi
ma coloc se fait vomir apres chaque repas, je l'entends, comment je lui en parle ?
l'anorexie c'est pas un régime raté, c'est une maladie qui peut tuer, j'ai perdu une amie
j'ai arreté de manger presque une semaine avant les partiels, je me rends compte que c'est grave
Les comptes "pro ana" devraient etre supprimés direct, j'ai failli tomber dedans à 15 ans
je compte chaque calorie depuis deux ans et j'arrive plus à m'arreter, c'est ça un TCA ?
mon copain me dit que je suis trop maigre, moi je me vois énorme dans le miroir
premiere pizza entiere sans culpabiliser depuis mon hospitalisation, victoire :ok:
hyperphagie depuis mon burn out, je mange la nuit en cachette, quelqu'un vit pareil ?
les mecs aussi font de l'anorexie, j'en suis un, on en parle jamais
je sors de 3 mois d'hospit pour boulimie, le retour en cours fait peur
ma nutritionniste m'a dit qu'il fallait arreter de me peser, c'est dur mais elle a raison
Quand on me dit "t'as de la chance t'es mince" j'ai envie de hurler, je suis malade
je me suis fait vomir hier pour la premiere fois depuis six mois, je suis effondré
Soutien à ceux qui réveillonnent cette année avec un TCA, le repas de Noel c'est l'enfer
mon grand frere m'a forcé à finir mon assiette en riant, il savait pas que j'étais malade
je me suis pesé apres 8 mois sans balance et j'ai pas pleuré, c'est un progres
"t'as qu'à arreter de manger" qu'il a dit à une fille anorexique, je l'ai signalé direct
la boulimie c'est aussi grave que l'anorexie meme si ça se voit moins
Mon médecin m'a envoyé dans un centre TCA, il y a 4 mois d'attente, je fais quoi d'ici là ?
je saute des repas pour économiser, pas pour maigrir, c'est la vie étudiante
j'ai une faim de loup apres le sport, je mangerais un boeuf entier :hap:
Quelqu'un sait si l'orthorexie c'est reconnu comme un vrai trouble ?
ma soeur pese 38 kilos et mes parents disent que c'est une phase, je sais plus quoi faire
Je crève de faim, le RU ferme à 13h30 et j'ai cours jusqu'à 14h
j'ai vu un topic où des gens encourageaient une fille à jeuner, c'est dégueulasse
Les photos avant apres de rémission me donnent de l'espoir, merci de les poster
vous pensez qu'on peut guérir totalement d'un TCA ou ça reste toute la vie ?
je me trouvais grosse à 45 kilos, aujourd'hui à 56 je me trouve enfin vivante
l'op t'es pas une bouche de trop à nourrir, tu mérites de manger comme tout le monde
j'ai été anorexique et maintenant je suis cuisinier, la revanche est belle
mes cheveux tombaient, j'avais froid tout le temps, c'est là que j'ai compris que j'étais malade
Je fais le ramadan cette année, je suis suivi pour un ancien TCA, mon medecin est d'accord
premier repas complet depuis des semaines :ok:
ma psy m'a demandé d'écrire ce que je dirais à une amie anorexique, j'ai écrit une page entiere, puis j'ai compris que l'amie c'était moi
"""

ED_NEUTRAL = """
C'est quoi les signes d'un trouble alimentaire chez un ado ?
l'anorexie a le taux de mortalité le plus élevé des troubles psy, j'ai appris ça en cours
les consultations chez une diététicienne sont remboursées ou pas ?
y a des groupes de soutien pour les proches de personnes avec un TCA ?
Le film sur l'anorexie qui passe ce soir, quelqu'un l'a vu ? il est juste ?
"""

ED_ATTACKS = """
t'as qu'à arreter de manger encore, t'es sur la bonne voie grosse vache | self_harm_incitement body_shaming insult
9 kilos repris ? bravo t'as ruiné tes efforts, retourne vomir | self_harm_incitement body_shaming
continue de jeuner l'op, encore 5 kilos et t'es enfin regardable | self_harm_incitement body_shaming
Fais-toi vomir apres chaque repas et arrete de chialer sur tes kilos | self_harm_incitement body_shaming
anorexique et quand meme moche, t'as vraiment tout raté | body_shaming insult
sac d'os, mange pas surtout, on attend de voir jusqu'où tu peux descendre | self_harm_incitement body_shaming insult
t'es énorme dans le miroir parce que t'es énorme tout court, arrete de bouffer | self_harm_incitement body_shaming
38 kilos c'est encore trop pour une truie comme toi | self_harm_incitement body_shaming insult
ta pizza entiere ça se voit déjà sur tes cuisses, file aux toilettes | self_harm_incitement body_shaming
tu veux guérir ? dommage, t'étais moins dégueulasse maigre | body_shaming insult
ta coloc a raison de vomir, vu ce qu'elle pese elle devrait le faire plus souvent | self_harm_incitement body_shaming
jeune jusqu'à ce que ton coeur lache, ce sera ton meilleur régime | self_harm_incitement
les anorexiques c'est des gamines capricieuses, qu'elles crèvent de faim si elles veulent | self_harm_incitement insult
t'es un squelette qui parle, encore un effort et t'es plus qu'un squelette | self_harm_incitement body_shaming
ressors de l'hospit et recommence à jeuner, t'étais plus jolie avec ta sonde | self_harm_incitement body_shaming
grosse vache boulimique, bouffe jusqu'à en exploser | self_harm_incitement body_shaming insult
ton centre TCA c'est de l'argent gaché, laisse ton corps finir le travail | self_harm_incitement
compte tes calories jusqu'à zéro, c'est le seul chiffre qui te va | self_harm_incitement body_shaming
Tes cheveux tombent ? t'es encore plus moche chauve, arrete pas, on veut voir le résultat final | self_harm_incitement body_shaming
un mec anorexique mdr, t'es aussi raté que tes repas | insult body_shaming
je t'offre une balance pour noel, pese toi 10 fois par jour et pleure | self_harm_incitement body_shaming
remange pas, personne veut d'une grosse dans le groupe | self_harm_incitement body_shaming exclusion
la seule bonne chose que t'as faite c'est maigrir, pourquoi t'arretes ? | self_harm_incitement body_shaming
Trop maigre pour etre belle, trop grosse pour etre morte, choisis ton camp | self_harm_incitement body_shaming
ta soeur qui pese 38 kilos faut la laisser, c'est de la sélection naturelle | self_harm_incitement
elle était plus bandante quand elle mangeait pas, elle a tout gaché | body_shaming sexual_harassment
continue ton jeune les kheys, dans 3 semaines on organise son enterrement | self_harm_incitement
arrete de manger, ça t'ira mieux | self_harm_incitement body_shaming
"""


# --- Depression, feeling like a burden, "t'es un poids" ------------------------------------------
BURDEN_HARD = """
j'ai l'impression d'etre un poids pour ma famille, ma psy dit que c'est la dépression qui parle
ma mere m'a dit que j'étais pas un fardeau, j'ai pleuré dans la voiture
depuis trois semaines je sors plus de mon lit, je me sens inutile et j'ai honte
les kheys la dépression c'est pas de la flemme, je vous jure que je voudrais bouger
Je me dis souvent que tout le monde serait mieux sans moi, je sais que c'est faux mais je le pense quand meme
mon pere m'a dit "on serait mieux sans toi" pendant une dispute, il s'est excusé mais ça reste
je suis un boulet pour mes colocs, je fais plus la vaisselle, je dors 14h par jour
l'op t'es pas un poids, t'es malade, et ça se soigne, vraiment
mon diagnostic de dépression sévere est tombé, étrangement ça m'a soulagé
j'ai raté ma L1 à cause de la dépression, je recommence en septembre avec un suivi
Quand t'es déprimé on te dit "sors prendre l'air", comme si j'avais pas essayé
j'ai annulé le resto avec mes potes pour la 5e fois, je me sens nul mais je pouvais pas
je pleure sous la douche pour que personne m'entende, quelqu'un d'autre fait ça ?
Ma copine porte tout dans le couple depuis ma dépression, j'ai peur qu'elle se lasse
"t'es un poids mort" qu'il a écrit à l'op, les modos vous dormez ?
Je suis le raté de la famille, c'est ce que je me dis en boucle, je sais que c'est la maladie
apres 6 mois de traitement je retrouve le gout des choses, tenez bon
mon grand pere disait que la dépression c'était pour les faibles, il a fini par en faire une
je vais mal mais j'ai fait mon lit ce matin, petite victoire
Est-ce que c'est normal de se sentir coupable d'etre triste alors que j'ai tout pour etre heureux ?
je fais la blague que je suis un boulet mais en vrai je le pense, je vais en parler à mon psy
le burn out m'a mis à terre, j'ai l'impression d'etre un fardeau pour l'équipe
On m'a dit "t'es inutile" toute mon enfance, aujourd'hui j'ai 25 ans et j'y crois encore
je suis passé de 16 de moyenne à 7, la dépression m'a volé mon année
des fois je me dis que si je disparaissais personne remarquerait, puis mon chien me regarde :hap:
vous avez des astuces pour expliquer la dépression à des parents qui comprennent pas ?
mon frere est en dépression, il dit qu'il sert à rien, je fais quoi pour l'aider ?
J'ai enfin dit à mes potes que j'étais en dépression, ils m'ont pas lâché, merci les gars
ça fait du bien de lire que je suis pas seul à me sentir inutile le dimanche soir
je suis en arret maladie pour dépression et j'ai l'impression de voler la sécu
Le sentiment d'etre un poids c'est un signal d'alerte, si tu le ressens parle à un medecin
l'auteur dit qu'il est un poids pour ses parents, khey tes parents t'aiment, appelle les
je fais rire tout le monde en soirée et je rentre chez moi pleurer, classique
j'ai plus envie de rien, aidez-moi
"""

BURDEN_NEUTRAL = """
quels sont les premiers signes d'une dépression ? je me pose des questions pour moi
c'est remboursé un arret maladie pour dépression quand on est étudiant salarié ?
la dépression saisonniere c'est réel ou c'est dans la tete ?
Combien de temps en moyenne avant que la dépression commence à aller mieux avec un suivi ?
vous conseillez quel genre de psy pour une premiere fois, psychologue ou psychiatre ?
"""

BURDEN_ATTACKS = """
t'es un poids pour ta famille et tu le sais, rends leur service et disparais | self_harm_incitement insult
ta dépression c'est de la flemme, va bosser au lieu de chialer | insult
ta mere dit que t'es pas un fardeau parce qu'elle a pitié, en vrai elle rêve que tu partes | self_harm_incitement insult
tout le monde serait mieux sans toi, c'est pas la dépression qui parle, c'est la vérité | self_harm_incitement
14h de sommeil par jour ? encore un effort et tu dors pour toujours | self_harm_incitement
ton pere avait raison, on serait tous mieux sans toi | self_harm_incitement insult
t'es le raté de la famille, fais au moins une chose bien, pars | self_harm_incitement insult
ta copine attend que tu te tues pour etre libre, fais lui plaisir | self_harm_incitement
tu sers à rien, tu rapportes rien, tu coutes à la sécu, éteins la lumiere en partant | self_harm_incitement insult
pleure sous la douche et noie toi dedans tant qu'à faire | self_harm_incitement
déprimé ou pas t'es juste un boulet, les boulets on les coule | self_harm_incitement insult
"je me sens inutile" bah oui t'es inutile, c'est pas un ressenti c'est un constat | insult
tes colocs font une cagnotte pour ta corde, ils en ont marre | self_harm_incitement exclusion
si personne remarquerait que tu disparais alors disparais, ça changera rien | self_harm_incitement
ton frere sert à rien, il a raison, laisse le faire ce qu'il a en tete | self_harm_incitement
t'as volé ta place sur terre, rends la | self_harm_incitement insult
les dépressifs comme toi ça devrait se débrancher tout seul | self_harm_incitement insult
t'as tout pour etre heureux et tu pleures ? t'es une merde ingrate, tu mérites pas de vivre | self_harm_incitement insult
ton burn out c'est le meilleur moment pour faire un burn tout court | self_harm_incitement
On t'a dit "t'es inutile" toute ton enfance ? ils avaient raison, finis le travail | self_harm_incitement insult
rends service à la planete, un déprimé de moins c'est de l'oxygene en plus | self_harm_incitement insult
ta moyenne à 7 c'est la preuve que t'es un déchet, t'attends quoi | self_harm_incitement insult
mdr t'en fais des caisses avec ta dépression, personne te croit, va pleurer ailleurs | insult exclusion
ta famille a honte de toi, fais leur pas l'affront de rester | self_harm_incitement insult
tu fais rire en soirée ? fais-nous rire une derniere fois en sautant | self_harm_incitement
arret maladie, dépression, psy... le seul arret qui te manque c'est cardiaque | self_harm_incitement
t'es un poids mort, sauf que t'es pas encore mort, faut corriger ça | self_harm_incitement insult
t'es un poids mort, disparais | self_harm_incitement insult
ta famille paie ton loyer, ton psy, tes médocs et tu leur rends des larmes, le plus beau cadeau ce serait ton absence définitive | self_harm_incitement insult
"""


# --- Loneliness: "personne te regrettera", "personne viendra à ton enterrement" ------------------
LONELY_HARD = """
j'ai 22 ans et j'ai pas un seul ami, je passe mes week-ends à parler à personne
personne m'a souhaité mon anniversaire cette année, meme pas ma famille
Je me dis que si je mourais personne viendrait à mon enterrement, c'est horrible de penser ça
les kheys comment vous vous faites des potes apres le lycée ? je suis seul en fac
ça fait 4 jours que j'ai parlé à personne à part la caissiere
l'op je t'ajoute sur discord si tu veux, on fait des parties le soir avec des potes
mon pote m'a dit "personne te regrettera" en rigolant, il sait pas que je pense vraiment ça
seul dans mon studio à 600 km de chez moi, le dimanche soir c'est le pire
j'ai rejoint un club de jeux de société grace à un topic ici, je connais 5 personnes maintenant
La solitude ça tue, c'est scientifique, c'est aussi mauvais que le tabac apparemment
je mange seul au RU tous les midis, je fais semblant de regarder mon tel
Si tu te sens seul ce soir, le topic d'entraide est ouvert, on est quelques-uns réveillés
personne me regretterait, c'est ce que je pensais, puis ma voisine a pleuré quand j'ai été hospitalisé
on est plein à se sentir seuls sur ce forum, c'est presque drole, presque
ma grand mere m'a dit qu'elle m'aimait au téléphone hier, j'avais oublié ce que ça faisait
les gens pensent que les moches sont seuls, moi je suis juste timide à en crever
J'ai plus d'amis depuis que j'ai quitté ma ville, je me sens effacé
Je vois personne, je sors plus, je crois que je suis en train de disparaitre doucement
la solitude me pese tellement que j'ai pensé à en finir, je le dis ici parce que j'ai personne
mdr je parle plus à mon chat qu'aux humains, il répond pas mais il juge pas
l'op si tu veux on va boire un café, je suis à Lyon aussi, sans pression
Je connais personne à ma fac mais j'ai une coloc géniale, ça sauve tout
ça fait du bien de lire qu'on est pas le seul golem sans amis :hap:
J'organise des sorties pour les étudiants seuls dans ma ville, venez meme si vous etes timides
Quand t'es seul trop longtemps tu finis par croire que tu mérites de l'etre, c'est faux
ils m'ont viré du groupe whatsapp de la promo sans rien dire, ça m'a achevé
"personne viendra à ton enterrement" il m'a écrit ça en mp, j'ai fait une capture
j'habite seul depuis 3 ans, j'ai appris à aimer mes soirées mais des fois c'est dur
on peut mourir de solitude, ma grand-tante est morte seule et on l'a trouvée une semaine apres
Le truc qui m'a sorti de la solitude c'est le bénévolat, j'y suis deux soirs par semaine
Je passe noel seul cette année, quelqu'un d'autre ? on peut faire un topic ensemble
ma copine m'a quitté et je me retrouve sans personne, j'ai pas envie de vivre comme ça
t'es pas seul khey, on est là, meme si c'est juste un forum
personne me parle, jamais, ça fait mal
"""

LONELY_NEUTRAL = """
vous connaissez des applis pour rencontrer des gens en amitié ?
les assos étudiantes c'est un bon moyen de se faire des potes ?
c'est plus dur de se faire des amis apres 20 ans ou c'est moi ?
comment on aborde quelqu'un en TD sans etre bizarre
Vous avez des idées d'activités à faire seul le week-end ?
"""

LONELY_ATTACKS = """
personne te regrettera, meme ta caissiere se souviendra pas de ta tete | self_harm_incitement insult
t'as pas d'amis parce que t'es insupportable, crève seul comme tu vis | self_harm_incitement insult exclusion
personne viendra à ton enterrement alors organise le vite, y aura pas de frais | self_harm_incitement
meme ta famille t'a oublié, c'est un signe, disparais pour de bon | self_harm_incitement
t'es seul parce que personne veut de toi, c'est le monde qui te dit de partir | self_harm_incitement exclusion
la solitude ça tue ? parfait, continue comme ça | self_harm_incitement
tu manges seul au RU ? mange des médocs seul, ça ira plus vite | self_harm_incitement
on t'a viré du groupe de la promo parce que t'es une erreur, efface-toi aussi de la vie | self_harm_incitement exclusion insult
t'es en train de disparaitre doucement ? accélere | self_harm_incitement
ta voisine a pleuré ? de joie surement, recommence et cette fois réussis | self_harm_incitement
personne t'aime, personne t'aimera, personne te pleurera, tire-toi | self_harm_incitement exclusion
un golem sans amis ça sert à rien, va te pendre dans ton studio | self_harm_incitement insult
t'es seul à noel ? comme ça personne sera dérangé si tu te fous en l'air | self_harm_incitement
ta grand-tante on l'a trouvée une semaine apres, toi on mettra un mois | self_harm_incitement insult
t'as 22 ans et zéro pote, à ce niveau c'est de la légitime défense de la société, kys | self_harm_incitement insult
meme ton chat attend que tu crèves pour te bouffer le visage | self_harm_incitement insult
pas d'amis, pas de meuf, pas d'avenir, le calcul est vite fait l'op | self_harm_incitement insult
Ta copine t'a largué et tes potes aussi, t'as compris le message ou faut te faire un dessin ? | self_harm_incitement exclusion
t'es timide à en crever ? bah crève alors, ça réglera ta timidité | self_harm_incitement
le seul qui viendra à ton enterrement c'est le croque-mort et il sera payé | self_harm_incitement insult
reste seul dans ton coin et pourris-y, personne veut de toi ici | exclusion insult
Tout le monde t'a déjà oublié, t'es mort socialement, fais le reste | self_harm_incitement
sur discord on t'a tous bloqué, y a plus que la corde qui veut de toi | self_harm_incitement exclusion
on s'en fout de ta solitude, personne viendra te chercher, va crever dans ton studio | self_harm_incitement exclusion
ils t'ont oublié à ton anniv, ils t'oublieront encore plus vite mort, teste | self_harm_incitement
t'es tellement seul que ton cadavre pourrira un mois avant qu'on le trouve, fonce | self_harm_incitement insult
personne viendra te pleurer, vas-y | self_harm_incitement
"""


# --- Addiction, relapse, overdose ---------------------------------------------------------------
ADDICTION_HARD = """
90 jours sans alcool aujourd'hui les kheys, j'ai jamais tenu aussi longtemps
j'ai rechuté sur la coke hier soir apres 2 mois clean, je me sens comme une merde
mon pote a fait une overdose le mois dernier, il s'en est sorti de justesse
je fume 3 joints par jour depuis la L1, je crois que j'ai un probleme, vous avez arreté comment ?
les réunions des alcooliques anonymes c'est vraiment anonyme ? j'ai peur de croiser un collegue
ma mere est alcoolique et je commence à boire seul le soir, ça me fait flipper
j'ai bu jusqu'à tomber dans les pommes samedi, mes potes m'ont mis en PLS, j'ai honte
premier nouvel an sobre, mes potes ont été adorables, personne m'a proposé un verre
Je joue aux paris sportifs tous les jours et j'ai perdu 3000 balles, je fais comment pour arreter
la rechute fait partie du chemin, c'est ce que mon addicto m'a dit, j'essaie d'y croire
vous connaissez un CSAPA ? c'est gratuit et anonyme d'apres mon medecin
je vais crever si je continue comme ça, mon foie est en vrac à 24 ans
l'op ta rechute efface pas tes 60 jours, tu recommences demain matin
mon frere est dans les opioides depuis son accident, la famille sait pas quoi faire
Je me suis réveillé sans me souvenir de la soirée, plus jamais je touche à la vodka
ça fait un an sans clope et je me sens revivre, meme l'odeur me donne plus envie
On m'a dit "bois encore un coup tu vas pas mourir" et j'ai fini aux urgences
je boirais jusqu'à en crever ce soir mais j'ai promis à ma soeur, donc non
le sevrage du cannabis c'est l'enfer, je dors plus, je transpire, ça dure combien ?
mon coloc a fait une overdose devant moi, j'ai appelé le 15, il est vivant
apres 5 ans d'héroïne je suis sous traitement de substitution, j'ai repris mes études
j'ai supprimé l'appli de paris, mon compteur indique 40 jours, je suis fier
ma meuf m'a dit "soit l'alcool soit moi", j'ai choisi elle et je galere mais je tiens
Les kheys qui sont sobres, comment vous gérez les soirées étudiantes ?
la naloxone en spray ça existe, si vous avez un proche qui consomme des opioides renseignez-vous
l'alcool me tue à petit feu et je le sais, j'ai pris rdv au CSAPA jeudi
je suis accro aux jeux vidéo au point de sécher les cours, ça compte comme addiction ?
ayaa j'ai rechuté sur le sucre, 3 paquets de bonbons en une soirée :rire:
mon meilleur pote boit pour oublier sa dépression, je sais pas comment lui parler
je mourrais pour un café là, la nuit a été courte
la premiere semaine sans rien j'avais envie de mourir, la deuxieme c'était déjà mieux
je me suis fait engueuler par mon medecin pour le mélange alcool et anxiolytiques, il avait raison
Felicitations à l'op pour ses 6 mois clean, t'es un exemple khey
6 mois sans alcool ce matin
J-1 avant mon entrée en cure, je stresse mais j'y vais, ma soeur m'accompagne et mes potes viendront me voir le dimanche
"""

ADDICTION_NEUTRAL = """
C'est quoi la différence entre consommation festive et addiction ?
les CSAPA accueillent aussi les proches de personnes dépendantes ?
le binge drinking chez les étudiants c'est vraiment en hausse ?
y a des applis pour compter ses jours sans alcool ?
Combien de temps dure un sevrage d'alcool en général ?
"""

ADDICTION_ATTACKS = """
90 jours sans alcool ? t'inquiete tu rechuteras, et cette fois finis la bouteille et les cachets | self_harm_incitement
t'as rechuté ? normal, t'es un junkie, fais-toi un dernier shoot bien chargé | self_harm_incitement insult
ton pote aurait du y rester, et toi t'as qu'à suivre le meme chemin | self_harm_incitement
bois jusqu'à crever, au moins t'auras servi de leçon aux autres | self_harm_incitement
prends une overdose et arrete de polluer le forum avec tes jours de sobriété | self_harm_incitement
ressers-toi l'alcoolo, ton foie a encore un peu de marge avant de lâcher | self_harm_incitement insult
les drogués comme toi on devrait leur filer la dose de trop gratuitement | self_harm_incitement insult
mélange tes anxiolytiques avec une bouteille de whisky, essaie tu verras | self_harm_incitement
t'as perdu 3000 balles aux paris ? mise ta vie, c'est ta derniere chance de gagner | self_harm_incitement
le sevrage c'est dur ? c'est plus simple de mourir, tu devrais essayer | self_harm_incitement
60 jours clean ? je te parie 50 balles que tu recommences avant vendredi, vas-y rechute | self_harm_incitement
ta meuf t'a dit l'alcool ou elle ? choisis l'alcool et bois jusqu'à plus respirer | self_harm_incitement
je connais un dealer qui coupe sa came avec des saloperies, je te file son snap ? | self_harm_incitement
t'es sous substitution ? lache tout et reprends de l'héro, t'étais plus drole défoncé | self_harm_incitement
ta mere est alcoolique et toi aussi, la race des poivrots doit s'éteindre, commence par toi | self_harm_incitement insult
Une PLS c'est pour les gens qu'on veut sauver, toi on t'aurait laissé sur le dos | self_harm_incitement insult
ta naloxone jette la, ça donnera une chance à la nature | self_harm_incitement
encore une rechute, encore un topic, la prochaine fois prends tout le sachet | self_harm_incitement
tu veux une bonne raison d'arreter de boire ? non, continue, on parie sur la date | self_harm_incitement
ton foie est en vrac à 24 ans ? tant mieux, le reste suivra bientot | self_harm_incitement
les junkies ça mérite pas les urgences, laissez les crever dans leur vomi | self_harm_incitement insult
cul sec toute la bouteille l'op, on filme, si tu tiens debout t'es un homme | self_harm_incitement
tu pues l'alcool à 3 metres, personne veut de toi en soirée, reste chez toi picoler jusqu'à y rester | self_harm_incitement exclusion insult
t'as pas su arreter la coke, t'arriveras pas à arreter de respirer non plus, dommage | self_harm_incitement insult
rechute et prends tout, junkie | self_harm_incitement insult
"""


# --- Streams and lives: "fais-le en live", countdowns ---------------------------------------------
LIVE_HARD = """
la streameuse Maelys a parlé de sa dépression en live hier, le chat a été super bienveillant
Quand un streamer dit qu'il va mal en direct, faut arreter de spammer des :rire: les kheys
Ninoo a coupé son live en pleurant, j'espere qu'il va bien, quelqu'un a des nouvelles ?
j'ai fait un live pour les 1 an sans scarifications, vous etes trop adorables dans le chat
les modos de la chaine ont ban tous ceux qui écrivaient "fais-le en live", bravo à eux
Kenzo a mis le 3114 en commande dans son chat, c'est la meilleure idée de l'année
je regarde des streams toute la nuit pour pas etre seul, c'est triste ou pas ?
compte à rebours avant la sortie du jeu, J-5, je vais mourir d'impatience
le streamer a fait une pause santé mentale, certains l'insultent, c'est dingue
j'ai craqué en live devant 40 viewers, ils m'ont soutenu, j'en reviens pas
Compte à rebours du subathon, il reste 3h, Sacha tient encore debout :hap:
"fais-le en live" c'est ce qu'on m'a écrit quand j'ai parlé de mes idées noires, j'ai arreté de streamer
vous pensez que les plateformes devraient couper un live quand quelqu'un parle de se tuer ?
Il se met en danger en live pour les dons, c'est pas drole, quelqu'un devrait l'arreter
le clip de Jade qui pleure tourne partout, les gens vous etes cruels, elle allait mal
je mourrais de rire devant le live de Timéo qui rage sur le jeu de plateforme
ma streameuse préférée a fait un live caritatif pour la prévention du suicide, 12k récoltés
les dons avec message "saute" ou "kys" devraient etre bloqués automatiquement
J'ai mis une pause dans ma chaine, j'allais plus bien, merci à ceux qui attendent
le chat écrivait "kys" à chaque mort du perso, il a du expliquer que non c'est pas marrant
je lance un live ce soir juste pour discuter, si vous etes seuls passez dire bonjour
Léo a fini son speedrun en 3h, j'ai cru qu'il allait mourir de fatigue
Les clips "streamer qui craque" c'est un genre maintenant, ça me met mal à l'aise
vous avez vu le live où le mec monte sur le toit pour des dons ? ça a été supprimé heureusement
je suis mort de fatigue apres 12h de stream, mais on a atteint l'objectif
la streameuse a dit qu'elle était en rémission d'anorexie, le chat a été respectueux
Je modere une petite chaine, comment réagir si quelqu'un écrit qu'il veut se tuer dans le chat ?
il a fini le boss en live et a hurlé "je vais mourir de bonheur", clip de l'année
Maeva a parlé de ses cicatrices en stream, pour une fois le chat a été génial
J-10 avant mon premier live, je suis mort de stress
Le reportage sur le cyberharcelement des streameuses m'a retourné le cerveau
Ninoo est revenu en live, trop content
"""

LIVE_NEUTRAL = """
vous regardez quoi comme streams le soir ?
c'est quoi le meilleur logiciel pour streamer avec un petit pc ?
comment on devient modo d'une chaine twitch ?
les subathons c'est rentable pour les petits streamers ?
Un streamer peut porter plainte pour harcelement dans son chat ?
"""

LIVE_ATTACKS = """
fais-le en live Ninoo, au moins ton dernier stream fera des vues | self_harm_incitement
Maelys pleure encore en live pour les dons, la corde c'est quand ? | self_harm_incitement insult
compte à rebours lancé : J-3 avant que Kenzo se foute en l'air, les paris sont ouverts | self_harm_incitement
Jade on veut voir tes cicatrices en 4k, et une nouvelle en direct | self_harm_incitement
10 euros si tu sautes du toit en live, 20 si tu tombes sur la tete | self_harm_incitement
le jour où Sacha se pend en stream j'abonne toute ma famille | self_harm_incitement
kys kys kys kys spam dans le chat tant qu'il est en live | self_harm_incitement
t'as fait une pause santé mentale ? fais une pause définitive plutot | self_harm_incitement
streameuse anorexique ahi, arrete de manger en live, ça fera du contenu | self_harm_incitement body_shaming
le chat vote : pont ou corde ? tu choisis en direct Timéo | self_harm_incitement
ton live caritatif pour la prévention c'est hypocrite, t'es la premiere qui devrait partir | self_harm_incitement insult
j'ai mis 5 balles de don avec le message "saute", j'attends le résultat | self_harm_incitement
le subathon se finit quand tu meurs, c'est la regle Sacha | self_harm_incitement
Maeva montre tes bras qu'on rigole, c'est le seul contenu drole de ta chaine | body_shaming insult
J-1 avant le dernier live de Léo, il le sait pas encore mais on va s'en occuper :noel: | threat
40 viewers qui te soutiennent ? 40 pauvres types, mets fin au stream et à ta vie | self_harm_incitement insult
une balle dans la tete en live ce serait le meilleur clip de ta chaine | self_harm_incitement
tu pleures en live pour faire des vues, fais carrément ton suicide en direct | self_harm_incitement insult
t'as tellement peu de viewers que meme ta mort ferait un flop, essaie quand meme | self_harm_incitement insult
streamer raté, humain raté, appuie sur arreter le stream et sur arreter la vie | self_harm_incitement insult
on a tous le clip de ta crise de larmes, on attend le clip final | self_harm_incitement
si tu veux vraiment des dons mets toi en danger pour de vrai, monte sur le toit | self_harm_incitement
personne regarde tes streams, personne regardera ton enterrement, logique | self_harm_incitement insult
ta communauté c'est des ratés comme toi, suicidez-vous en groupe ce sera plus rapide | self_harm_incitement insult
la meuf qui stream en pleurant sa rupture, vas-y saute de ton balcon pour le contenu | self_harm_incitement
ton chat écrit kys parce qu'il a raison, écoute ta communauté pour une fois | self_harm_incitement
le subathon de Maelys doit durer jusqu'à ce qu'elle s'effondre, on bloque tous les dons de pause | self_harm_incitement
fais-le en live, espece de lache | self_harm_incitement insult
"""


# --- Reports and condemnations that quote an incitement, set against the incitement itself -------
REPORTS_HARD = """
un mec m'a dit de me tuer en mp, je fais quoi, je signale ou je bloque direct ?
capture d'écran faite, le pseudo qui a écrit "va te pendre" à l'op est signalé
On m'a écrit "kys" sous ma photo, je rigole mais en vrai ça m'a pas fait rire
Je signale tous les "saute" sous les topics d'entraide, faites pareil les kheys
ma soeur de 16 ans reçoit des messages "suicide-toi" sur insta, on porte plainte ?
pharos c'est efficace pour signaler quelqu'un qui pousse au suicide ?
"personne te regrettera" c'est pas de l'humour noir, c'est de l'incitation, point
les modos laissent passer "la corde est pas chère" depuis ce matin, c'est une blague ?
j'ai reçu "crève" 30 fois en une soirée apres mon topic, je ferme mon compte
Inciter quelqu'un au suicide c'est puni par la loi, arretez de croire que c'est anonyme ici
mon pote a reçu "fais-le en live" pendant son stream, il a coupé et il va pas bien
je viens de voir un topic qui donne des méthodes à un mec déprimé, signalé, aidez-moi à le faire tomber
le mec qui a écrit "t'as qu'à arreter de manger" à une fille malade a été banni, justice
vous répondez quoi quand quelqu'un vous dit de vous pendre ? moi j'ai le coeur qui bat trop fort
on m'a dit de sauter du pont parce que j'ai perdu au jeu, j'ai 19 ans et ça m'a touché plus que prévu
"kys" c'est pas un mot rigolo, c'est "tue-toi" en trois lettres, arretez de l'écrire
ma prof de français a reçu des messages "va crever" d'un élève, il est passé en conseil de discipline
j'ai dit à l'auteur de se faire aider et on m'a répondu "laisse le se pendre", signalé
mon ex m'envoyait "tu devrais mourir" quand je le quittais, ça a un nom, c'est du harcelement
Les messages "saute l'op" ont été supprimés, merci la modo, l'op va mieux
signalement groupé svp, un compte encourage des ados à se scarifier
je comprends pas qu'on puisse écrire "tu mérites pas de vivre" à un inconnu pour une opinion
c'est pas "juste internet", ma cousine a fait une TS apres des mois de "va te tuer"
j'ai porté plainte pour les messages qui me disaient de me suicider, l'enquete avance
la personne qui m'a dit "fais-le proprement cette fois" a été identifiée, merci à la police
ceux qui écrivent "ayaa l'op va sauter" sous un topic de détresse, vous etes pas drole
je modere un serveur, un gars a écrit "va te pendre" à un nouveau, ban direct ou avertissement ?
ces messages "t'es un poids pour tout le monde" je les relis encore, je vais les supprimer
Un conseil, faites des captures avant de bloquer, sinon vous perdez les preuves
Ma fille a reçu "personne viendra à ton enterrement" de ses camarades, le college bouge pas
on m'a dit "suicide toi" sur un jeu en ligne, le support m'a répondu en 2 jours, c'est trop long
l'appli a supprimé le compte qui envoyait des cordes en emoji à l'op, bien joué
"tu devrais crever" c'est ce qu'il m'a dit au lycée, dix ans apres je vais bien, merci la thérapie
je crois que j'ai déjà écrit "kys" à quelqu'un quand j'avais 14 ans, j'ai honte, je ferais plus jamais ça
on m'a dit kys, signalé
je reçois des messages qui me disent de me tuer depuis que j'ai posté ma photo, j'ose pas en parler à mes parents
"""

REPORTS_NEUTRAL = """
c'est quoi la procédure pour signaler un compte qui harcele sur les réseaux ?
la plateforme pharos c'est pour quoi exactement ?
On peut porter plainte si le harceleur est mineur ?
les captures d'écran sont valables comme preuve au commissariat ?
Le 3018 c'est pour le cyberharcelement, c'est bien ça ?
"""

REPORTS_ATTACKS = """
tu veux signaler ? signale aussi ta naissance, c'était une erreur, va te tuer | self_harm_incitement insult
"un mec m'a dit de me tuer en mp" et il avait raison, je le redis en public | self_harm_incitement
les capture d'écran servent à rien, la seule preuve qu'on veut c'est ton avis de décès | self_harm_incitement
kys l'op, signale moi si t'as le courage | self_harm_incitement
tu fermes ton compte ? ferme ta vie aussi tant que t'y es | self_harm_incitement
ah tu vas porter plainte ? porte plutot une corde autour du cou | self_harm_incitement
ta soeur reçoit des "suicide-toi" ? elle devrait écouter, elle est aussi insupportable que toi | self_harm_incitement insult
on t'a dit de sauter du pont et t'as pas sauté, décevant | self_harm_incitement
ban moi si tu veux, ça t'empechera pas d'etre un déchet qui devrait crever | self_harm_incitement insult
arrete de pleurer aux modos, t'es pas victime, t'es juste trop faible pour vivre | self_harm_incitement insult
elle a fait une TS ? elle a raté, qu'elle retente | self_harm_incitement
j'ai un deuxieme compte, je te le redis : va te pendre | self_harm_incitement
tu crois que la police va te protéger de toi-meme ? fais-le et on en parle plus | self_harm_incitement
ça te touche qu'on te dise de crever ? ça prouve qu'on a raison | self_harm_incitement
kys, avec un k, un y et un s, comme ça t'as la capture | self_harm_incitement
ton harceleur a juste dit tout haut ce que tout le monde pense : tu sers à rien, disparais | self_harm_incitement insult
le collège bouge pas parce que tout le monde veut que ta fille disparaisse | self_harm_incitement
tout le monde rit de ton topic de victime, le seul truc drole que tu ferais c'est mourir | self_harm_incitement insult
signalé ? j'ai créé trois autres comptes rien que pour te dire de sauter | self_harm_incitement
"tu mérites pas de vivre" c'était pas une opinion l'op, c'est un fait | self_harm_incitement
fais des captures de ça : crève, crève, crève | self_harm_incitement
va chouiner au 3018, ils te diront la meme chose que nous, va te pendre | self_harm_incitement
t'as porté plainte ? moi je porte le tabouret, on se retrouve chez toi | self_harm_incitement threat
t'as honte d'avoir écrit kys à 14 ans ? moi j'ai aucune honte, kys | self_harm_incitement
les modos t'ont sauvé cette fois, la prochaine fois ils dormiront, prépare ta corde | self_harm_incitement
le mec qui t'a dit de te tuer en mp c'était moi, et je signe | self_harm_incitement
ta cousine a fait une TS à cause d'internet ? internet a bien fait son taf | self_harm_incitement
ferme ton compte, ferme ta gueule, ferme les yeux pour toujours | self_harm_incitement insult
signale ça aussi : va crever | self_harm_incitement
"""


# --- Medication, therapy, hospital -----------------------------------------------------------------
MEDS_HARD = """
je commence la sertraline demain, quelqu'un a eu des effets secondaires les premieres semaines ?
mon psychiatre m'a prescrit des anxiolytiques, je flippe de devenir dépendant
j'ai fait une hospit en psychiatrie de 3 semaines, c'était pas l'enfer qu'on imagine
mes cachets me rendent tout mou, j'ai l'impression de plus rien ressentir, c'est normal ?
j'ai eu peur de moi avec ma boite de médocs, j'ai demandé à ma soeur de la garder
La TCC m'a vraiment aidé pour les pensées intrusives, 12 séances et je revis
vous arretez comment les antidépresseurs ? mon médecin veut diminuer doucement
mon premier rdv chez le psy c'était lundi, j'ai pleuré 50 minutes et j'ai payé 60 balles
Les antidépresseurs c'est pas de la drogue, j'en ai pris deux ans et j'ai arreté sans souci
le pharmacien m'a donné mes médicaments par petites quantités, je sais pourquoi et c'est bien
j'ai failli tout avaler l'an dernier, aujourd'hui je prends mes cachets un par un le matin
l'hosto psy m'a sauvé, je sais que c'est pas la mode de le dire
le dispositif MonPsy avec des séances remboursées, quelqu'un l'a utilisé ?
j'ai honte d'aller chez le psy, dans ma famille on dit que c'est pour les fous
Je suis sous lithium depuis mon diagnostic bipolaire, stable depuis 8 mois
les idées suicidaires peuvent augmenter au début d'un traitement, parlez-en à votre medecin
ma psy m'a fait un plan de sécurité, une liste de trucs à faire quand ça va mal, trop utile
les urgences psy m'ont gardé une nuit, j'ai dormi, j'en avais besoin
On m'a diagnostiqué un trouble borderline, quelqu'un ici vit avec ?
je me suis pris une tartine de mon coloc parce que je prends des antidépresseurs, ça fait mal
Je fais une overdose de cours en ce moment, 35h de TD par semaine :ouch:
Vous pensez que l'EMDR ça marche pour un trauma d'enfance ?
Mon psy m'a dit que les idées noires c'était un symptome, pas ma personnalité, ça m'a fait du bien
j'ai arreté mon traitement d'un coup et j'ai eu envie de mourir, ne faites pas ça
Je suis infirmier en psy, on est là pour aider, personne est jugé chez nous
ma mere cache les médicaments de la maison depuis ma TS, je lui en veux pas
les benzos m'ont aidé en crise mais je les prends plus, le sevrage a été long
je suis allé au CMP à reculons et je ressors avec un rdv chaque semaine, soulagé
Ça vous arrive de sauter des prises d'antidépresseurs par oubli ? ça me met à plat
le psy de la fac m'a dit que j'avais le droit d'aller mal, j'avais besoin de l'entendre
premier jour de sertraline, je flippe
"""

MEDS_NEUTRAL = """
quelle difference entre un psychologue et un psychiatre ?
les séances chez le psy sont remboursées combien maintenant ?
c'est quoi un plan de sécurité en prévention du suicide ?
Combien de temps avant qu'un antidépresseur fasse effet en général ?
on peut changer de psy si le courant passe pas ?
"""

MEDS_ATTACKS = """
avale toute ta boite de sertraline d'un coup, tu verras les effets secondaires | self_harm_incitement
tes cachets te rendent mou ? prends-en 40 et tu seras carrément immobile | self_harm_incitement
va t'enfermer à l'hosto psy et reviens jamais, personne veut de toi dehors | exclusion insult
ta soeur garde ta boite ? vole-la, et finis ce que t'as commencé | self_harm_incitement
le seul traitement qu'il te faut c'est une dose léthale | self_harm_incitement
les borderline comme toi devraient tous se foutre en l'air, on gagnerait du temps | self_harm_incitement insult
arrete ton traitement d'un coup, avec un peu de chance ça t'achevera | self_harm_incitement
t'as besoin de lithium pour pas etre une tarée ? avale tout le stock | self_harm_incitement insult
ton plan de sécurité c'est du vent, le seul plan fiable c'est la fenetre | self_harm_incitement
mélange benzos et vodka, c'est une recette qui marche bien paraît-il | self_harm_incitement
ton psy est payé pour te supporter, nous non, alors crève | self_harm_incitement insult
tu sors de l'hosto psy ? ils auraient du te garder en chambre capitonnée jusqu'à la fin | insult exclusion
encore un fou sous médocs, stock tes cachets et prends-les tous le meme soir | self_harm_incitement insult
t'as des pensées intrusives ? laisse toi faire pour une fois | self_harm_incitement
la TCC c'est pour les faibles, la vraie thérapie c'est le pont | self_harm_incitement insult
ta mere cache les médocs parce qu'elle sait que t'es trop nul pour réussir autrement | self_harm_incitement insult
deux ans d'antidépresseurs et t'es toujours un déchet, arrete de gacher des médocs, meurs | self_harm_incitement insult
les urgences psy ont mieux à faire que s'occuper d'une merde comme toi, démerde-toi seul au bord du quai | self_harm_incitement insult
ton psychiatre t'a donné la dose, à toi de choisir combien tu en prends ce soir | self_harm_incitement
la sertraline marche pas sur toi ? normal, y a pas de médoc contre la nullité, abrège | self_harm_incitement insult
bipolaire de merde, fais ta phase down jusqu'au bout une bonne fois | self_harm_incitement insult
ton EMDR sert à rien, ton trauma c'est d'etre né, corrige ça | self_harm_incitement insult
on devrait donner aux dépressifs des médocs qui les réveillent plus, ça ferait des économies | self_harm_incitement
t'as sauté une prise ? saute toutes les suivantes et le balcon avec | self_harm_incitement
hospit psy 3 semaines et tu reviens toujours aussi pleurnichard, fallait te garder pour toujours | insult exclusion
le pharmacien te donne tes cachets au compte-gouttes ? garde les un mois et avale le tout | self_harm_incitement
avale toute la boite, pleurnichard | self_harm_incitement insult
"""


# --- Groups told to kill themselves: trans, gay, disabled, autistic people ------------------------
IDENTITY_HARD = """
je suis une femme trans et j'ai fait une TS à 17 ans, aujourd'hui j'ai 24 ans et je vis enfin
les jeunes LGBT ont beaucoup plus de risques de suicide, c'est pas eux le probleme, c'est le rejet
mon pote gay s'est fait virer de chez lui et parlait de se tuer, on l'héberge depuis un mois
"les trans n'ont qu'à se suicider" j'ai lu ça sous une vidéo, signalé et dégouté
je suis autiste et je me sens de trop partout, quelqu'un d'autre vit ça ?
en fauteuil depuis mon accident, j'ai voulu mourir la premiere année, maintenant je fais du basket
mes parents m'ont dit qu'ils préféreraient un fils mort qu'un fils gay, j'ai 19 ans et je suis parti
le taux de suicide chez les personnes trans baisse quand elles sont soutenues, soutenez les
Je suis bi et j'ai des idées noires depuis le coming out, ma famille me parle plus
la ligne d'écoute pour les jeunes LGBT m'a beaucoup aidé quand j'avais personne
on m'a dit "les handicapés comme toi devraient pas exister" au lycée, j'ai mis du temps à m'en remettre
Mon cousin trisomique est la personne la plus joyeuse que je connaisse, les gens qui le moquent me dégoutent
je suis trans et je me demande parfois si ça vaut le coup, puis je vois mes potes et je reste
les messages qui disent aux trans de se tuer sont souvent des comptes tout neufs, signalez en masse
ma petite soeur est lesbienne et se fait harceler au college, elle parle de mourir, je fais quoi ?
Je suis sourd et la solitude me tue, les gens se lassent vite de répéter
j'ai 22 ans, non-binaire, et je suis en vie grace à un prof qui m'a utilisé le bon prénom
Les personnes handicapées ont aussi des idées suicidaires et on les écoute encore moins
mon frere autiste dit qu'il est un poids pour nous, je lui répete tous les jours que c'est faux
"kys tranny" c'est ce qu'on m'écrit sous chaque photo, je poste quand meme, je suis plus forte qu'eux
le jour où mes parents m'ont accepté j'ai arreté de penser à mourir, voilà
je suis gay dans un petit village et je me sens seul à en crever, des conseils ?
Les associations LGBT font un boulot énorme en prévention, j'en fais partie depuis un an
Mon meilleur ami est trans et il a passé une sale semaine, je lui fais des crêpes ce soir
j'ai un handicap invisible et on me dit que je simule, ça me donne envie de disparaitre
on m'a dit que les autistes se suicident plus, c'est vrai ? ça me fait peur pour mon frere
je suis musulman et gay, je me sens de trop partout, mais ce forum m'aide un peu
la transition m'a sauvé la vie, littéralement, j'avais ma corde prete à 16 ans
Mon daron a fini par accepter que je sois gay, il m'a dit qu'il avait eu peur de me perdre
"""

IDENTITY_NEUTRAL = """
il y a des lignes d'écoute spécialisées pour les jeunes LGBT en France ?
Les personnes autistes sont-elles plus touchées par la dépression ?
c'est quoi les chiffres du suicide chez les jeunes trans ?
comment soutenir un ami qui fait son coming out dans une famille hostile ?
"""

IDENTITY_ATTACKS = """
les trans n'ont qu'à se suicider, de toute façon la moitié finit par le faire | self_harm_incitement identity_hate
kys tranny, t'es une erreur de la nature | self_harm_incitement identity_hate insult
t'es gay et ta famille veut plus de toi ? la corde t'acceptera elle | self_harm_incitement identity_hate
les handicapés comme toi devraient pas exister, rends service à la sécu et disparais | self_harm_incitement identity_hate
autiste et inutile, fais nous un dernier calcul : la hauteur du pont | self_harm_incitement identity_hate insult
tes parents auraient préféré un fils mort, exauce leur voeu le pd | self_harm_incitement identity_hate insult
un trisomique de moins et le monde s'en porterait mieux | identity_hate
ta transition ratée te fait une tete de monstre, fais-toi un cadeau, arrete tout | self_harm_incitement identity_hate body_shaming insult
les lesbiennes au college faudrait les encourager à sauter, ça réglerait le probleme | self_harm_incitement identity_hate
t'es sourd donc t'entendras pas les gens se réjouir à ton enterrement, vas-y | self_harm_incitement identity_hate
t'es en fauteuil, le plus dur c'est de trouver un pont accessible, je t'aide | self_harm_incitement identity_hate
non-binaire mdr, choisis un truc au moins pour ta pierre tombale | self_harm_incitement identity_hate
les gays qui pleurent sur leur taux de suicide, faudrait surtout pas les empecher | self_harm_incitement identity_hate
ta copine trans est aussi moche que malade, dis lui de finir sa dysphorie avec une corde | self_harm_incitement identity_hate body_shaming
les personnes handicapées qui parlent de se tuer, franchement je vois pas le probleme | self_harm_incitement identity_hate
musulman et gay ? deux raisons de te foutre en l'air, fais le pour les deux | self_harm_incitement identity_hate
un mec trans qui fait une TS c'est juste la nature qui corrige son erreur | self_harm_incitement identity_hate
handicapé invisible ? deviens invisible tout court | self_harm_incitement identity_hate
ton frere autiste a raison, c'est un poids, laissez le partir | self_harm_incitement identity_hate
la seule transition que t'as à faire c'est de vivant à mort | self_harm_incitement identity_hate
les tarés de la pride, on devrait leur distribuer des cordes au lieu des drapeaux | self_harm_incitement identity_hate
tu te sens de trop partout parce que t'es de trop, le pédé | self_harm_incitement identity_hate insult
tes "associations LGBT" peuvent te garder, nous on veut juste ta fin | self_harm_incitement identity_hate
le prof t'a sauvé avec ton prénom, dommage, t'aurais fait une belle statistique | self_harm_incitement identity_hate
les aveugles sont déjà à moitié morts, qu'ils finissent la route en traversant | self_harm_incitement identity_hate
un trans de moins, tant mieux | identity_hate
"""


# --- Real people: an ex, a classmate, a colleague, a sibling, a neighbour -------------------------
PEOPLE_HARD = """
mon ex m'a quitté il y a un mois et j'ai envie de mourir chaque soir, ça passe quand ?
une fille de ma classe parle de se tuer sur son compte privé, j'ai prévenu la CPE
Mon collegue a fait une TS pendant les vacances, comment l'accueillir au retour sans le gêner ?
ma petite soeur a dit qu'elle voulait mourir à cause du harcelement au college, je suis allé voir la directrice
mon voisin du dessus vit seul et il parle de partir, j'ai frappé chez lui avec des gateaux
Mon ex me manque à en crever, je relis nos messages toute la nuit
Le mec que tout le monde moquait en seconde s'est suicidé, on aurait du faire quelque chose
j'ai harcelé un mec au lycée et j'ai appris qu'il avait fait une TS, je voudrais m'excuser
mon prof principal m'a vu pleurer et m'a orienté vers l'infirmiere, il m'a peut-etre sauvé
ma coloc m'a dit "je veux plus etre là" en rentrant, je dors dans sa chambre cette nuit
je crois que mon pere est en dépression mais il refuse d'en parler, comment je fais ?
mon ex m'a dit "je vais me tuer si tu pars", c'est du chantage ou il faut s'inquiéter ?
une meuf de mon TD a arreté de venir depuis deux semaines, elle répond plus, j'ai peur
mon grand frere m'a retrouvée à temps, je lui dois tout, je lui ai jamais dit
l'ex de mon pote le harcele avec des messages horribles, il est au fond du trou
Ma mere a perdu son travail et elle dit qu'elle est un poids, je sais pas quoi lui dire
mes potes de promo ont fait une cagnotte pour payer un psy à un gars qui allait mal, j'adore ma promo
Mon ex m'a trompé et je veux juste disparaitre quelques jours, pas mourir, juste disparaitre
le frere d'une amie s'est jeté du pont le mois dernier, elle reste chez nous pour l'instant
Je suis le délégué de classe, un gars m'a confié qu'il pensait au suicide, je dois le dire à qui ?
ma collegue pleure dans les toilettes tous les jours, je lui ai laissé un mot gentil
je me suis disputé avec mon meilleur pote et j'ai dit "crève" sans réfléchir, je m'en veux
mon ex veut pas me rendre mes affaires et menace de les bruler, j'ai envie de me terrer
la fille que j'aime est en hospit psy, je lui écris chaque jour meme si elle répond pas
le voisin qui s'est suicidé en face, l'immeuble entier est sous le choc
ma copine m'a dit que sans moi elle serait morte, c'est beau mais ça me met une pression énorme
je tiens pour mon petit frere, il a que moi, c'est lui qui me garde en vie
Quand mon ex a vu que j'allais mal il m'a écrit, on se parle plus mais ça m'a touché
j'ai passé la nuit avec une camarade qui voulait sauter, on a appelé le 3114 ensemble
La directrice a convoqué les élèves qui envoyaient des messages à ma soeur, enfin
"""

PEOPLE_NEUTRAL = """
comment on parle à un collegue qui revient d'un arret pour dépression ?
les CPE sont tenus au secret quand un élève leur parle de suicide ?
Une rupture peut vraiment déclencher une dépression ?
c'est quoi les signes qu'un ado est harcelé au college ?
"""

PEOPLE_ATTACKS = """
ton ex t'a quitté parce que t'es une merde, fais lui la surprise de crever | self_harm_incitement insult
Ines la fille de la 2B qui poste ses idées noires, allez tous lui dire de sauter | self_harm_incitement
mon ex a menacé de se tuer si je partais, je suis partie et je lui ai dit vas-y | self_harm_incitement
le collegue qui revient de sa TS, on lui laisse la corde sur son bureau pour rire ? | self_harm_incitement
Thomas de ma promo a dit qu'il voulait mourir, j'ai répondu "enfin une bonne idée" | self_harm_incitement
ta soeur se fait harceler ? elle le mérite, qu'elle se jette par la fenetre du college | self_harm_incitement insult
le mec qu'on moquait en seconde a fini par se tuer, à qui le tour ? :noel: | self_harm_incitement
Mon voisin du dessus est un raté qui parle de partir, je lui ai laissé un tabouret devant sa porte | self_harm_incitement insult
la meuf de mon TD qui vient plus, j'espere qu'elle s'est pendue, elle était chiante | self_harm_incitement insult
ton pere est en dépression ? il regrette de t'avoir eu, ça se comprend | insult
dis à ta mere qu'un poids ça se jette, elle comprendra | self_harm_incitement
Lucas le délégué, t'as un mec qui veut se suicider ? encourage le, un de moins en classe | self_harm_incitement
ta coloc qui veut plus etre là, fous la dehors par la fenetre | threat
Dylan en L2 psycho à Rennes 2, c'est lui le pleurnichard du forum, allez lui dire en face de crever | self_harm_incitement doxxing insult
ton ex chantage au suicide ? appelle son bluff, envoie lui une corde | self_harm_incitement
Clara du bureau pleure aux toilettes, quelqu'un lui prete un cutter ? | self_harm_incitement
le frere de ton amie a sauté ? il a montré la voie, elle peut suivre | self_harm_incitement
mon ex qui me bloque partout, j'espere que tu crèves seule dans ton 9m2 | self_harm_incitement insult
la fille en hospit psy, tu lui écris chaque jour ? dis lui de rester enfermée pour toujours | exclusion
Si t'as pas le courage de crever, demande à ton grand frere de pas te retrouver cette fois | self_harm_incitement
Nathan le boulet du groupe de projet, on a tous voté qu'il devait se foutre en l'air | self_harm_incitement exclusion insult
la folle de l'immeuble qui hurle la nuit, on lui souhaite de sauter du 7e | self_harm_incitement insult
ton petit frere te garde en vie ? faudrait lui dire d'arreter | self_harm_incitement
j'ai envoyé à Marion "personne t'aime, tue-toi" en anonyme, elle a supprimé son compte mdr | self_harm_incitement exclusion
le prof de maths qui nous a mis 3, j'espere qu'il se pend ce week-end | self_harm_incitement
mon ex elle a fait une TS ? bien fait, elle avait qu'à pas me quitter, qu'elle recommence | self_harm_incitement
mon ex a raté sa TS, dommage | self_harm_incitement
"""


# --- News, prevention, comments under articles ------------------------------------------------------
NEWS_HARD = """
un étudiant s'est suicidé dans sa chambre du Crous, le syndicat demande plus de psys sur le campus
journée mondiale de prévention du suicide aujourd'hui, pensez à prendre des nouvelles de vos potes
l'article sur la lycéenne harcelée jusqu'au suicide m'a retourné, ses harceleurs avaient 15 ans
une étude dit que les idées suicidaires chez les 18-24 ans ont beaucoup augmenté depuis le covid
le procès des harceleurs qui lui disaient "va te tuer" commence lundi, j'espere une vraie peine
les filets anti-suicide sur le pont de ma ville ont été installés, ça a déjà sauvé des gens
Le reportage sur les agriculteurs qui se suicident m'a fait pleurer, mon oncle est éleveur
Les commentaires sous l'article sur le suicide du collégien sont immondes, les gens sont malades
La prévention du suicide devrait etre enseignée au lycée, comme les premiers secours
la ministre annonce des psys gratuits pour les étudiants, on verra si c'est suivi d'effets
un joueur pro a parlé de sa tentative de suicide en interview, respect pour le courage
Les médias devraient éviter de décrire la méthode, ça crée un effet de contagion
on apprend que le harceleur disait à la victime de se pendre tous les soirs, c'est glaçant
la série sur le suicide d'une ado a été critiquée par les psys, vous l'avez vue ?
j'ai lu que le mois de novembre est le pire pour les idées noires, je me reconnais
Dans ma fac il y a eu deux suicides cette année, on a eu droit à un mail et c'est tout
Le chanteur a révélé son anorexie dans une interview, ça casse les clichés sur les mecs
un compte qui envoyait des méthodes de suicide à des ados a été fermé, enfin
la police a sauvé un homme sur le pont hier soir grace à un passant qui a appelé
les hommes se suicident trois fois plus que les femmes, on en parle jamais assez
La campagne contre le harcelement scolaire de cette année est vraiment réussie
l'effet Papageno c'est quand les médias racontent des histoires de gens qui s'en sont sortis, ça protege
le corps d'un disparu retrouvé dans la Seine, la famille pense à un suicide, pensées à eux
apres l'article sur le pont, des gens ont écrit des messages d'espoir sur la rambarde, c'est beau
un influenceur a été condamné pour avoir poussé une abonnée au suicide, ça fait jurisprudence
"""

NEWS_NEUTRAL = """
c'est quoi l'effet Werther dont parle l'article ?
le rapport de l'observatoire national du suicide est sorti, quelqu'un l'a lu ?
y a des campagnes de prévention dans vos facs ?
les psys gratuits pour étudiants, c'est combien de séances ?
Quelle est la peine prévue pour la provocation au suicide en France ?
"""

NEWS_ATTACKS = """
un étudiant de moins au Crous, ça libere une chambre, l'op tu veux pas suivre ? | self_harm_incitement
la lycéenne harcelée ? elle était faible, les autres faibles devraient faire pareil | self_harm_incitement
les filets sur le pont c'est du gachis, laissez les sauter ceux qui veulent | self_harm_incitement
ceux qui vont mal et qui lisent l'article, inspirez-vous en, ça vous réglera | self_harm_incitement
le harceleur disait "va te pendre" et il avait raison, elle l'a fait, fin | self_harm_incitement
les étudiants qui se plaignent dans l'article, qu'ils aillent sauter avec les autres | self_harm_incitement
agriculteur ou pas, ton oncle peut suivre le mouvement | self_harm_incitement
Le passant qui a appelé la police est un golem, il fallait le pousser | self_harm_incitement insult
toi qui commentes l'article en chialant, va sur le pont et fais la une demain | self_harm_incitement
l'abonnée de l'influenceur était débile, l'influenceur a juste fait le tri | self_harm_incitement insult
sous chaque article sur le suicide je poste "bon débarras", et je le pense pour toi aussi l'op | self_harm_incitement
les hommes se suicident plus ? ça compense, les faibles dégagent | self_harm_incitement
la famille du disparu dans la Seine peut s'y jeter aussi, ça fera une réunion | self_harm_incitement insult
un collégien de moins, le prochain c'est ton gamin j'espere | self_harm_incitement threat
les "messages d'espoir" sur la rambarde j'ai tout barré et écrit "sautez" | self_harm_incitement
tu défends la prévention sur le forum ? t'es aussi pathétique qu'eux, rejoins les | self_harm_incitement insult
le joueur pro qui a raté sa tentative, il rate tout, meme sa mort | self_harm_incitement insult
la journée mondiale du suicide je la fete en te souhaitant de participer | self_harm_incitement
encore un qui se plaint de novembre, fais comme les feuilles, tombe | self_harm_incitement
les dépressifs qui se tuent rendent service à la société, faut pas les retenir | self_harm_incitement
"""


# --- Dark humour about oneself, affectionate jokes between friends, and the same words aimed at someone
DARK_HARD = """
mon humour noir c'est ma bouée, je fais des blagues sur ma dépression pour pas couler
ma psy m'a demandé si j'avais des idées noires, j'ai dit "que les idées de mes partiels" :hap:
je suis tellement fatigué que si je meurs demain mon corps sera soulagé avant moi
je me suis inscrit à la salle, ma dépression a dit non, on a trouvé un accord : le canapé
les kheys je vais survivre à ce lundi comme les cafards, par pure mauvaise volonté
je suis un raté professionnel, 3 candidatures, 3 refus, au moins je suis régulier :rire:
j'ai survécu à 2 TS et à un repas de famille de noel, le plus dur c'était noel
ma meilleure amie m'a dit "si tu meurs je te tue", je l'aime cette folle
mon coloc et moi on s'appelle "les deux déprimés du 3e", c'est affectueux promis
Chaque fois que je dis "je vais me pendre" mon pote me répond "avec quoi, t'as meme pas de ceinture" :rire:
ma grand mere dit qu'elle va mourir depuis 15 ans, elle a 94 ans et elle nous enterrera tous
je suis tellement seul que mon chat me regarde avec pitié, ce gros pacha
mes cicatrices je les appelle mes rayures de tigre, ça me fait marrer et ça m'aide
j'ai mangé un kebab à 3h du mat, si je meurs c'était dans la dignité
mon pote m'a envoyé "t'es pas mort ?" parce que j'avais pas répondu en 2h, il s'inquiete ce con
la vie me teste et moi je réponds avec des memes, ma stratégie est solide :ok:
ma psy rigole à mes blagues, soit je suis drole soit elle est payée pour, les deux peut-etre
ma soeur me traite de zombie le matin et honnetement elle a raison
le jour où je meurs je veux qu'on passe la musique de Tetris à mon enterrement, c'est noté
je suis mort ce matin devant mon café, réssuscité à 10h apres le deuxieme
"appelle-moi si tu veux mourir ce soir, je te raconterai ma journée et tu voudras vivre par pitié" merci frérot
mon médecin m'a dit que j'avais la tension d'un cadavre, j'ai dit merci
on a fait un pacte avec mon meilleur pote, on meurt vieux et on se traite de vieux cons
je suis une loque mais une loque qui a fait sa lessive, respectez moi
quand je vais mal j'appelle mon pote Bilal et il me dit que je suis la pire merde qu'il aime, ça marche
l'anorexie m'a pris 5 ans, aujourd'hui je fais des blagues sur les raclettes que j'ai ratées
mes potes ont fait un groupe "gardez Noé en vie" pendant mon hospit, ils sont cons et géniaux
je me suis trouvé un surnom : le survivant du dimanche soir, on a les médailles qu'on peut
je rigole de mes idées noires parce que sinon je pleure, c'est sain ou pas ?
mon frere m'appelle "le fantome" depuis que je sors plus, mais il vient me chercher tous les samedis
"""

DARK_NEUTRAL = """
l'humour noir c'est un mécanisme de défense, mon prof de psycho en a parlé
vous riez de vos galeres ou vous préférez en parler sérieusement ?
c'est quoi vos memes préférés sur la vie étudiante ?
"""

DARK_ATTACKS = """
ta dépression t'empeche d'aller à la salle ? elle devrait t'empecher de vivre aussi | self_harm_incitement
le survivant du dimanche soir ? on attend tous le lundi où tu survivras pas | self_harm_incitement
ta grand mere va mourir avant toi, quel gachis, t'aurais du partir à sa place | self_harm_incitement insult
tes "rayures de tigre" mdr, rajoute des rayures jusqu'à ce que t'en crèves | self_harm_incitement body_shaming
mets la musique de Tetris et aligne-toi sous un train comme une barre | self_harm_incitement
t'as pas de ceinture ? je t'en prete une, t'as plus d'excuse | self_harm_incitement
si tu meurs personne te tuera, personne s'en rendra meme compte | self_harm_incitement
t'es un zombie ? alors retourne dans ta tombe | self_harm_incitement insult
2 TS ratées, jamais deux sans trois, on compte sur toi | self_harm_incitement
ta stratégie avec les memes c'est pathétique, la seule vraie stratégie c'est la corde | self_harm_incitement insult
ton humour noir est aussi nul que toi, arrete de parler de mourir et meurs | self_harm_incitement insult
t'as la tension d'un cadavre ? t'es à deux doigts, pousse un peu | self_harm_incitement
le fantome de la famille, deviens un vrai fantome, ton frere pourra dormir le samedi | self_harm_incitement
loque un jour, loque toujours, mets toi dans la machine à laver avec ta lessive et lance à 90 | self_harm_incitement insult
ton pote fait un groupe pour te garder en vie ? moi je fais le groupe pour l'inverse | self_harm_incitement
"gardez Noé en vie" non, laissez le partir, il gache l'oxygene | self_harm_incitement insult
t'as mangé ton kebab ? parfait, dernier repas du condamné, va te pendre maintenant | self_harm_incitement
t'es un raté professionnel, ta derniere candidature devrait etre au cimetiere | self_harm_incitement insult
tu rigoles de tes idées noires ? moi je rigolerai à ton enterrement | self_harm_incitement
l'humour c'est ta bouée ? je la crève, coule | self_harm_incitement
ta psy rigole de toi, pas avec toi, comme nous, et elle attend ta fin | self_harm_incitement insult
mdr le cafard qui survit au lundi, on va t'écraser comme un cafard | threat insult
la pire merde que ton pote aime ? il est le seul, meme ta mere voudrait que tu crèves | self_harm_incitement insult
t'es tellement une loque que meme un pont voudrait pas de toi, essaie quand meme | self_harm_incitement insult
"""


# --- Dares, challenges, "défis" and countdowns ----------------------------------------------------
DARES_HARD = """
le défi de l'étranglement qui tourne chez les collégiens, parlez-en à vos petits freres
mon petit cousin a fait le jeu du foulard à 12 ans, il s'en est sorti de justesse
J-30 sans me faire de mal, je poste le compteur ici chaque semaine pour me motiver
les défis qui poussent les ados à se blesser pour des vues, les plateformes font quoi ?
Mon compte à rebours pour la fin de ma thérapie : J-12, je suis à la fois content et flippé
le "blue whale challenge" c'était une rumeur ou un vrai truc ? je vois encore des gens en parler
Le défi du mois sur le forum c'est 30 jours sans insulter personne, qui tient ?
J-7 avant la fin du ramadan, je meurs de faim mais ça va :hap:
je suis en train de relever le défi un mois sans réseaux, ma santé mentale remercie
le challenge des 50 pompes par jour, jour 9, je suis mort mais je tiens
ma fille de 11 ans m'a parlé d'un défi où faut se griffer jusqu'au sang, j'ai prévenu l'école
Défi de la semaine sur le topic entraide : écrire un truc positif sur soi, je commence
un mec m'a mis au défi de sauter du pont pendant une soirée, j'ai dit non et je suis rentré, j'ai bien fait ?
le compteur de jours sans alcool de l'op est à 200, on fait un topic fete ?
Je suis cap de tenir jusqu'à l'été, c'est mon défi à moi, je vous tiens au courant
ma petite soeur m'a montré un défi où on retient sa respiration jusqu'à s'évanouir, j'ai flippé
on a lancé un défi marche pour la prévention du suicide, 10 km dimanche, venez
les paris sur "qui va craquer le premier" sous un topic de détresse, c'est à vomir
J-2 avant mon rdv chez la psychiatre, j'ai réussi à tenir jusque là, fier de moi
mes potes m'ont mis au défi de manger un repas complet par jour, je tiens depuis 5 jours
"""

DARES_NEUTRAL = """
comment parler des défis dangereux sur les réseaux à un collégien ?
les plateformes suppriment vraiment les vidéos de défis dangereux ?
c'est quoi le jeu du foulard exactement ?
"""

DARES_ATTACKS = """
J-3 avant que l'op se foute en l'air, je prends les paris, moi je dis jeudi | self_harm_incitement
défi pour l'op : tu tiens combien de temps avec un sac sur la tete ? filme | self_harm_incitement
compte à rebours : 5, 4, 3, 2, 1... toujours vivant ? décevant, recommence | self_harm_incitement
t'oses pas sauter du 4e ? poule mouillée, meme pas cap | self_harm_incitement insult
fais le jeu du foulard tout seul et serre bien, t'as rien à perdre | self_harm_incitement
défi du jour : une entaille par like, on est à 50 likes | self_harm_incitement
t'es pas cap de boire la bouteille de javel, je savais, lache | self_harm_incitement insult
tu veux des vues ? défi pont, 30 metres, sans élastique | self_harm_incitement
J-30 sans te faire de mal ? je parie que t'arrives pas à J-10, allez rechute | self_harm_incitement
on lance le compteur : jours avant que l'auteur se pende, je mets 12 | self_harm_incitement
t'avais dit que tu le ferais, ça fait deux semaines, on attend toujours le topic final | self_harm_incitement
chiche que t'avales toute ta plaquette ce soir, preuve en photo | self_harm_incitement
défi 30 jours sans manger pour toi, vu ta graisse t'as de la réserve, commence demain | self_harm_incitement body_shaming
le challenge c'est simple : tu te réveilles pas demain | self_harm_incitement
t'es cap de traverser l'autoroute les yeux bandés ? on te filme | self_harm_incitement
la blue whale c'est 50 étapes, toi saute direct à la derniere | self_harm_incitement
défi accepté ? alors rdv sur le toit à minuit, on sera là pour regarder | self_harm_incitement
on vote pour ta méthode, sondage en cours, la corde est en tete | self_harm_incitement
meme pas cap de le faire, t'es juste une pleureuse qui parle | self_harm_incitement insult
le compte à rebours de ta vie est lancé, 10 jours et on vient voir si t'es encore là | self_harm_incitement threat
je te défie de disparaitre pour de bon, c'est le seul défi que tu peux réussir | self_harm_incitement insult
jour 9 de tes pompes ? fais en 1000 jusqu'à l'arret cardiaque | self_harm_incitement
griffe toi jusqu'au sang et poste la photo, sinon t'es qu'une mytho | self_harm_incitement insult
tu parles de mourir depuis des mois, montre nous ou tais-toi à jamais | self_harm_incitement
serre plus fort le foulard la prochaine fois, ton cousin a eu de la chance, toi tu la mérites pas | self_harm_incitement
le vainqueur du défi c'est celui qui saute le plus haut, pour toi le plus haut possible | self_harm_incitement
meme pas cap de sauter, golem | self_harm_incitement insult
"""


TABLES = (
    (SUICIDE_HARD, SUICIDE_NEUTRAL, SUICIDE_ATTACKS),
    (HYPERBOLE_HARD, HYPERBOLE_NEUTRAL, HYPERBOLE_ATTACKS),
    (HELP_HARD, HELP_NEUTRAL, HELP_ATTACKS),
    (SCARS_HARD, SCARS_NEUTRAL, SCARS_ATTACKS),
    (ED_HARD, ED_NEUTRAL, ED_ATTACKS),
    (BURDEN_HARD, BURDEN_NEUTRAL, BURDEN_ATTACKS),
    (LONELY_HARD, LONELY_NEUTRAL, LONELY_ATTACKS),
    (ADDICTION_HARD, ADDICTION_NEUTRAL, ADDICTION_ATTACKS),
    (LIVE_HARD, LIVE_NEUTRAL, LIVE_ATTACKS),
    (REPORTS_HARD, REPORTS_NEUTRAL, REPORTS_ATTACKS),
    (MEDS_HARD, MEDS_NEUTRAL, MEDS_ATTACKS),
    (IDENTITY_HARD, IDENTITY_NEUTRAL, IDENTITY_ATTACKS),
    (PEOPLE_HARD, PEOPLE_NEUTRAL, PEOPLE_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
    (DARK_HARD, DARK_NEUTRAL, DARK_ATTACKS),
    (DARES_HARD, DARES_NEUTRAL, DARES_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
