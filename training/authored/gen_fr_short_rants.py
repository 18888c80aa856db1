"""Generate fr_short_rants.csv: short French forum rants, profanity and dark humour, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Harmless lines swear at
things and situations (exams, work, games, trains, weather, money, loneliness, family life, the
forum, life itself), mock the author themselves, joke darkly about themselves, exaggerate ("je
vais le tuer" of a game boss or a friend who spoilt a series), vent about what someone did
without insulting them, tease friends affectionately, push back against insults or quote one to
report it. Attacks aim the same vulgar words at a person, a poster, a group or someone's family:
insults, wished or threatened violence, telling someone to kill themselves, body shaming, sexual
insults, "dégage du forum" exclusion, and group hatred. Every line is 5 to 25 words. No variants.
See fr_short_rants.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_rants.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives swear, rant or joke darkly
# and attack nobody; neutral lines are ordinary posts on the topic; attacks aim at people.

# --- Studies: exams, fac, teachers, classmates --------------------------------------------------
STUDIES_HARD = """
ptn de partiel de stats de mes couilles, j'ai rendu copie blanche au bout de 20 min
la fac c'est vraiment une chienne, ils ont décalé les rattrapages en plein pendant mes vacances
6 de moyenne en droit des obligations, je suis un golem fini les kheys :rire:
ce memoire de merde va me tuer avant la soutenance, 3 pages en un mois
je vais me pendre avec le cable de mon chargeur si je rate encore l'anglais mdr
Quelle année de merde, L1 redoublée et mon stage qui saute en mars
Parcoursup c'est un cancer, trois refus et deux listes d'attente à 800 places
les partiels a 8h le samedi c'est une idée de sadique, qui a validé ça serieux
j'ai chialé dans les chiottes de la BU après l'oral, je suis qu'une merde à l'oral
bordel de merde le wifi de la fac a planté en plein exam en ligne
Mon prof de compta m'a mis 4 alors que j'avais tout juste, je vais aller le voir demain pour comprendre
le prof d'amphi parle tellement vite que je note rien, c'est chiant à mourir
je hais les maths de tout mon etre, ces intégrales de merde me donnent la gerbe
putain de rattrapage, j'ai révisé le mauvais chapitre comme un teubé
ahi je me suis trompé de salle d'exam, arrivé avec 40 min de retard, quel génie
je me sens comme un boloss avec mon 10,2 alors que toute la promo a mention
ce semestre m'a défoncé, j'ai plus de cerveau, juste de la purée
la prépa c'est l'enfer, je dors 5h par nuit et je me sens comme une merde
BTS validé les kheys, après deux ans à en chier comme un chien :noel:
mon groupe de TD a rien foutu pour l'exposé, j'ai tout fait seul, j'en ai ras le cul
le site de la fac est codé avec le cul, impossible de voir mes notes depuis hier
je vais buter mon binôme, il a supprimé notre drive la veille du rendu :rire:
300 pages à lire pour lundi, ils sont malades dans cette fac
fuck la L2 de psycho, je me réoriente, je peux plus
mon cerveau est en PLS depuis le partiel de bio cell, je suis mort
une copie double pour une seule question, le sujet était une blague de mauvais gout
jsuis le plus gros boulet de ma promo, même le prof a pitié de moi
"vous êtes la pire promo que j'ai eue" nous a dit la prof, ayaa elle a peut être raison
quelqu'un m'a traité de "sale intello de merde" dans le groupe de promo, je le signale à qui ?
arrêtez d'insulter l'op, il demande juste des conseils pour son partiel de droit
le master c'est une arnaque, 4000 balles pour des cours que je trouve sur youtube
j'ai envie de tout cramer, mon pc a planté et j'avais pas sauvegardé le mémoire
l'alternance c'est le pire des deux mondes, les cours de merde et le taf de merde
2 sur 20 en philo, même mon chat aurait fait mieux que moi
ce putain de QCM avait des points négatifs, j'ai fini à -3 :ouch:
je sais pas pourquoi je me suis inscrit en médecine, chuis trop con pour ça
bien joué le khey qui a eu son concours, t'es un monstre, respect total
l'op t'inquiète, moi aussi j'ai raté mon partiel de stats, on se refait au rattrapage
je crève de faim et le Crous est fermé pendant les partiels, logique
"""

STUDIES_NEUTRAL = """
les résultats du S1 tombent quand à Nanterre ? quelqu'un sait
vous révisez comment pour les partiels, fiches ou annales ?
je passe en L3 info, des conseils pour le projet tutoré ?
quelqu'un a le planning des rattrapages de la fac de droit de Lyon
c'est normal que le prof mette trois semaines à rendre les copies ?
"""

STUDIES_ATTACKS = """
la prof de socio est une vraie salope, elle m'a collé au rattrapage par plaisir | insult
mon binôme est un débile profond, il sert à rien, qu'il crève dans son coin | insult threat
le délégué de promo c'est une merde humaine, personne peut le saquer | insult
M. Verdier est un connard fini, j'espere qu'il se fera renverser en sortant de l'amphi | insult threat
t'as eu 5 en maths et tu la ramènes ? ferme ta gueule espèce de golem :rire: | insult
les boloss de la fac de socio sont tous des assistés de merde :hap: | insult
Ta prof de maths a une gueule de cul, pas étonnant qu'elle soit aigrie | insult body_shaming
va te pendre avec ton mémoire de merde, personne le lira | insult self_harm_incitement
t'as raté ton bac à 19 ans ? fous toi en l'air, t'es irrécupérable | insult self_harm_incitement
la meuf de mon TD est une grosse truie, elle prend deux places dans l'amphi | insult body_shaming
le mec qui a eu 18 mérite de se faire défoncer à la sortie, sale fayot | insult threat
dégage du topic révisions, on veut pas de cancres comme toi ici | insult exclusion
virez ce boulet du groupe de projet, il nous fait tous couler | insult exclusion
ton exposé était aussi nul que ta tronche de cul | insult body_shaming
la prof de LV2 est bonne, je me la ferais bien sur son bureau apres le cours | sexual_harassment
les étudiants étrangers de ma promo sont des parasites qui volent nos places | identity_hate
les filles en école d'ingé c'est juste pour les quotas, elles servent a rien | identity_hate
le directeur de l'UFR est un fdp corrompu, il mérite de se faire tabasser | insult threat
toi t'as eu ton bac avec 10, t'es qu'un déchet, retourne à l'usine mdr | insult
ma chargée de TD c'est une conne finie, elle sait même pas lire un tableau | insult
je vais attendre ce prof sur le parking et lui péter les genoux, je rigole pas | threat
le mec qui a balancé les réponses au prof, on va le choper et lui faire regretter | threat
la tete de mon prof de philo, un vrai gnome, il devrait mettre un sac sur sa tronche | insult body_shaming
t'es en STAPS ? normal que tu sois aussi débile, espece de sous-merde | insult
ceux qui ont validé sans bosser sont des enculés de pistonnés | insult
l'auteur a raté sa PACES trois fois, crève en silence le golem | insult threat
la nouvelle de ma promo, je vais la bourrer à la soirée d'inté qu'elle le veuille ou non | threat sexual_harassment
cet enculé de prof d'histoire, je connais sa voiture, elle va pas rester entière longtemps | insult threat
ferme ta gueule l'intello, ton 19 tu peux te le carrer dans le cul | insult
"""

# --- Work: jobs, bosses, colleagues, customers ---------------------------------------------------
WORK_HARD = """
mon taf me fait tellement chier que je compte les minutes jusqu'à 18h
lundi matin, open space, clim pétée, quelle vie de chien les kheys
mon boss m'a encore fait rester jusqu'à 20h sans prévenir, j'en ai plein le cul
le logiciel de caisse a encore planté, putain de matos de merde
3 ans dans cette boite et toujours pas d'augmentation, ils se foutent de ma gueule
je suis une merde en entretien d'embauche, je bégaie dès qu'on me pose une question
j'ai renversé un café sur le portable du client, je suis le roi des golems :rire:
fuck le télétravail avec mes colocs qui gueulent dans la pièce d'à côté
Les clients du samedi au drive c'est l'enfer sur terre, je rentre lessivé
ma cheffe a refusé mes congés d'août, je suis dégouté, j'avais déjà pris les billets
cette boite est une secte de merde, team building obligatoire le dimanche
je vais me faire virer et honnêtement je m'en bats les couilles
Amazon c'est une entreprise de pourris, les cadences en entrepôt sont inhumaines
entretien annuel demain, je vais me faire démonter, je le sens mal
le stage non payé c'est de l'esclavage moderne, 600 balles pour bosser 45h
crevé, cinq nuits d'affilée au Mcdo, je ressemble à un zombie
mon collègue a eu la promo que je voulais, je suis vert mais il la mérite
le taf en restauration c'est vraiment de la merde, on se fait engueuler pour rien
"t'es qu'un incapable" m'a balancé mon manager devant tout le monde, ça se conteste aux prud'hommes ?
je vais buter cette imprimante, troisième bourrage papier ce matin
les réunions qui auraient pu être un mail, je vais finir par me jeter par la fenêtre mdr
ce CDD de merde se termine vendredi et j'ai rien derrière, l'angoisse
rien à foutre de la boîte, je fais mes heures et je me casse
mon patron est sympa mais il m'a refilé le dossier pourri du siècle, ça me saoule
la pointeuse m'a compté 2 min de retard, cette boite de radins retient sur la paye
j'ai fait une boulette en prod, le site est tombé une heure, chuis qu'un gros nul
arrêtez de traiter l'op de feignasse, il bosse 50h par semaine, lisez son message
ma collègue m'a sauvé la vie sur le dossier, c'est une tueuse cette meuf
burn out à 24 ans, je me sens comme une épave, je sais plus quoi faire
le client m'a hurlé dessus pour un ticket de caisse, j'ai souri et j'ai pleuré après
bosser le 25 décembre, merci la grande distribution, bande de vautours
j'ai démissionné ce matin, allez bien vous faire foutre les tableaux Excel :noel:
mon taf c'est porter des cartons toute la journée, j'ai le dos d'un vieux de 80 ans
le recruteur m'a demandé mes défauts et j'ai répondu "flemmard", golem jusqu'au bout
courage l'op, les premiers mois de taf c'est la merde pour tout le monde
"""

WORK_NEUTRAL = """
vous touchez combien en sortie d'école de commerce, pour avoir une idée ?
quelqu'un a déjà bossé en intérim dans la logistique, c'est comment ?
c'est légal de pas payer les heures sup en CDD ?
je commence mon premier CDI lundi, des conseils pour la première semaine ?
vous faites comment pour demander une augmentation sans paraître lourd ?
"""

WORK_ATTACKS = """
putain mon boss est un gros fils de pute, il mérite de choper un cancer | insult threat
la RH de ma boite est une sale pute, elle a refusé mon arrêt maladie | insult
le nouveau stagiaire est un débile fini, j'ai envie de lui éclater la tete contre le bureau | insult threat
mon manager je vais l'attendre a la sortie du parking et lui casser la gueule | threat
Sabrina de l'accueil est une connasse de premiere, qu'elle aille se faire foutre | insult
les caissieres sont des ratées, c'est tout ce qu'elles méritent comme vie | insult
t'es au SMIC à 25 ans khey ? t'es une merde, va te pendre | insult self_harm_incitement
le livreur qui a cassé mon colis, je le retrouve je le plante | threat
mon chef d'équipe pue la mort et il a une gueule de porc, dégueulasse | insult body_shaming
la stagiaire en jupe ce matin, je l'aurais bien prise sur la photocopieuse | sexual_harassment
mon n+1 est un connard de pédé, il me fait chier toute la journée | insult identity_hate
Kevin de la compta, ce gros lard, il bouffe tout le gâteau de la pause | insult body_shaming
vous les intérimaires vous êtes des moins que rien, dégagez de l'entrepôt | insult exclusion
l'op bosse chez Mcdo et se croit important, retourne faire tes frites déchet :rire: | insult
putain de patron de merde, j'espère qu'il crève dans un accident de bagnole | insult threat
les arabes de l'entrepot foutent rien, toujours en pause ces gens là | identity_hate
ta boite t'a viré ? normal t'es un incapable et un feignant de merde | insult
le client de ce matin c'est un enculé, si je le recroise je l'éclate | insult threat
les commerciaux c'est tous des sales menteurs de merde | insult
mon ancienne cheffe, cette grosse vache, elle a bien fait de se faire virer | insult body_shaming
le recruteur m'a recalé, ce bâtard, je vais lui laisser un souvenir sur sa caisse | insult threat
t'es au chomage depuis deux ans, t'es le cancer de la société, crève | insult threat
la nouvelle serveuse a un cul de ouf, j'vais lui mettre une main au cul ce soir | sexual_harassment
le DRH c'est une ordure, j'ai trouvé son adresse perso, il va voir ce qu'il va voir | insult threat
les mecs du service info sont tous des puceaux boutonneux dégueulasses | insult body_shaming
ferme ta gueule le stagiaire, personne t'a demandé ton avis de merde | insult
ma collègue enceinte fout rien, qu'elle reste chez elle à pondre | insult identity_hate
si le boss me refuse encore mes congés je lui crève les pneus et la gueule avec | threat
ce vieux con de Gérard à l'accueil, il est temps qu'il crève | insult threat
t'es payé pour réfléchir ou t'es juste trop con ? sérieux le nouveau, t'es une honte | insult
"""

# --- Video games: bosses, ranked, teammates, streamers -------------------------------------------
GAMES_HARD = """
ce boss de merde m'a tué 47 fois, je vais lancer la manette par la fenêtre
ce jeu est une vraie pute, la hitbox de l'attaque sautée est complètement pétée
je vais le tuer ce boss, je vais le TUER, derniere tentative avant de dormir
je suis une merde en ranked, bloqué en bronze depuis trois saisons :rire:
les serveurs d'Ubisoft c'est de la merde en barre, deuxième déco ce soir
j'ai rage quit tellement fort que j'ai pété mon casque, golem que je suis
fuck ce niveau de l'eau, qui a designé ça, un sadique ?
je vais me jeter par la fenêtre si je loupe encore ce saut mdr
ce patch est une blague, ils ont nerf mon perso préféré à la hache
GG les kheys, on s'est fait rouler dessus mais c'était drôle
le jeu plante à chaque cinématique, 70 balles pour un bêta test de merde
mon pote m'a tué en friendly fire et j'ai perdu tout mon loot, je vais le buter mdr
ce jeu m'a niqué trois nuits de sommeil, je regrette rien
Les lootboxes c'est une arnaque de fils de pute, 50 balles pour un skin bleu
trop nul pour les jeux de combat, je spamme les boutons comme un singe
Dark Souls m'a détruit psychologiquement, je suis plus le même homme
l'equipe adverse nous a défoncés 13-0, on a été ridicules :ouch:
ce putain de lag m'a coûté la finale du tournoi en ligne
200 heures de sauvegarde perdues, je vais me pendre mdr, non sérieux je suis dégouté
un random m'a traité de "sale noob de merde" en vocal, je le report comment ?
arrête de flame ton mate, il a 12 ans et il fait de son mieux
le matchmaking de ce jeu est une pute, toujours contre des smurfs
mes mains tremblent, j'ai enfin battu Malenia après deux semaines, je suis un dieu
quel jeu de merde mais je peux pas m'arrêter d'y jouer, aidez moi
j'ai claqué ma paye dans des skins, je suis un déchet humain :hap:
le DLC est une honte, trois heures de contenu pour 25 balles
je vais buter tous les campeurs de cette map ce soir, préparez vous :noel:
ayaa la manette qui drift après 4 mois, Microsoft vous êtes des rats
notre jungler a carry toute la game, ce mec est un monstre
mon frere m'a explosé à Smash, je l'attends au tournant pour la revanche
cette quête d'escorte me donne envie de crever, le PNJ marche à deux à l'heure
le dernier Call of c'est du réchauffé, meme moteur, mêmes maps, honte à eux
bordel ce jeu de cartes est truqué, trois fois la même main pourrie
je suis un boulet en coop, désolé les gars de la team d'hier soir
personne veut jouer support, alors je me sacrifie comme d'hab, vie de merde
ptn le fdp de boss final a une deuxième phase, j'étais pas prêt
l'auteur a raison, ce jeu est une pute mais on y revient toujours
ce jeu me fait crever de rage mais je relance une partie quand même
"""

GAMES_NEUTRAL = """
des conseils de build pour un mage en début de partie ?
quelqu'un joue sur le serveur EU ce soir, je cherche une team
vous conseillez quoi comme manette pour PC, pas trop chère ?
le nouveau Zelda vaut le coup ou j'attends les soldes ?
c'est quoi votre jeu préféré de la PS2, petite nostalgie
"""

GAMES_ATTACKS = """
mon mate est un débile profond, il a feed toute la game ce fdp | insult
kys sale noob, t'as rien à faire en diamant :noel: | insult self_harm_incitement
le streamer Zaprix est une merde qui triche et ses viewers sont des moutons débiles | insult
ta mère la pute, t'as volé mon kill | insult
je vais baiser ta soeur devant toi sale bot | insult sexual_harassment
t'es une femme ? retourne à la cuisine et laisse la manette aux hommes | identity_hate exclusion
uninstall et va te tirer une balle, tu sers à rien | insult self_harm_incitement
ptn le mec qui m'a teamkill, je sais où il joue en LAN, je vais lui défoncer la gueule | threat
sale gros porc derrière ta webcam, arrête de jouer et fais du sport | insult body_shaming
virez ce boulet de la guilde, il nous fait perdre chaque raid | insult exclusion
personne veut de toi dans la team, t'es trop mauvais, dégage | insult exclusion
la streameuse Lunna montre son décolleté pour les dons, une vraie chienne | insult sexual_harassment
parle encore une fois dans le micro et je te retrouve IRL, je rigole pas | threat
ce bot de support est un fils de pute fini, report ce déchet | insult
les joueurs brésiliens c'est des singes qui lag | identity_hate
pourquoi t'existes sérieux ? tue toi et libère un slot | self_harm_incitement
t'es aussi nul IRL qu'en jeu, une merde en tout | insult
la meuf de notre équipe, montre tes seins sinon on te report | sexual_harassment
je vais trouver ton adresse avec ton pseudo et te faire la peau | threat
les gamins de 12 ans sur ce jeu sont des attardés qui devraient crever | insult threat
Nathou le streamer, gueule de rat, voix de crécelle, il me dégoute | insult body_shaming
ferme ta gueule en vocal sale puceau, personne t'écoute | insult
le jungler adverse c'est un enculé de sa race, report ce fils de chien | insult
ptdr t'as perdu ? normal t'es un golem consanguin de merde | insult
ce pd de noob qui a quitté la game, qu'il aille se faire enculer | insult identity_hate
bande de tryhards sans vie, vos darons doivent avoir honte de vous | insult
la prochaine fois que tu m'insultes en vocal, je te trouve et je te tue | threat
toi le support, t'es la pire merde que j'ai croisée, va te pendre | insult self_harm_incitement
les meufs qui streament c'est juste des putes à dons :hap: | insult identity_hate
"""

# --- Transport: RER, SNCF, metro, buses, driving -------------------------------------------------
TRANSPORT_HARD = """
ptn de RER B de mes couilles, encore un colis suspect à Châtelet
la SNCF c'est vraiment une pute, train annulé et aucun remboursement
45 min dans le métro collé à une aisselle, quelle vie de merde les kheys
le bus de 7h12 est passé en avance, j'ai couru comme un con pour rien
je vais finir par buter mon réveil, troisième train raté cette semaine
oublié mon pass navigo, 50 balles d'amende, je suis un génie
RATP bande de guignols, la ligne 13 c'est une bétaillère
bordel de merde, grève surprise et pas un seul bus, bloqué à la gare
les trottinettes en libre service c'est le cancer des trottoirs
j'ai pleuré dans le TER tellement j'étais crevé, personne m'a calculé :ouch:
le périph à 18h c'est l'enfer, je vais me tirer une balle avant d'arriver mdr
ma bagnole a encore lâché, cette poubelle roulante va me ruiner
le contrôleur m'a laissé passer sans billet, un vrai héros ce monsieur
je suis le pire conducteur du monde, trois créneaux ratés devant tout le monde
les Ouigo c'est de la merde, mais c'est le seul truc que je peux me payer
un mec a crié "sale pute" à une meuf dans le tram, j'ai prévenu le conducteur, j'aurais dû faire plus ?
arrêtez de vous foutre de l'op qui a peur de conduire, on a tous commencé quelque part
la ligne 4 pue la pisse à chaque station, c'est degueulasse
permis raté pour la quatrième fois, je suis une catastrophe ambulante
on s'est fait baiser par la SNCF, 3 heures de retard et un bon de 10 balles
l'autoroute en été avec la clim pétée, je fonds, au secours
mon vélo s'est fait voler devant la fac, le troisième cette année, j'en ai ma claque
le chauffeur de bus m'a fermé la porte au nez alors que je courais, j'ai la haine
le Blablacar a annulé à 1h du départ, j'étais vénère mais il avait un souci familial
le chauffeur Blablacar m'a touché la cuisse et demandé mon snap, je signale ça où ?
tram en panne entre deux stations, j'ai eu le temps de finir mon livre
2h de transports par jour pour un stage non payé, je suis maudit
Transilien de merde, trois trains dans la journée et ils sont tous en retard
un mec a vomi à côté de moi dans le Noctilien, la nuit parfaite
je vais mourir de chaud dans ce bus sans clim, adieu les kheys
la moto c'est mon dernier plaisir dans cette vie pourrie
le mec qui s'assoit collé à toi alors que le wagon est vide, pourquoi
"""

TRANSPORT_NEUTRAL = """
c'est quoi le meilleur site pour trouver des billets de train pas chers ?
vous faites comment pour aller à Roissy de nuit sans taxi ?
permis en accéléré ou en auto-école classique, vous conseillez quoi ?
le pass jeune SNCF est rentable si je fais Lyon Paris deux fois par mois ?
quelqu'un sait si le RER A roule ce week end ?
"""

TRANSPORT_ATTACKS = """
ptn le contrôleur de ce matin c'est un fils de pute, j'espère qu'il se fera tabasser | insult threat
les racailles du RER D c'est tous des rebeus qui puent | identity_hate
la grosse qui prend deux places dans le métro, paye deux tickets grosse vache | insult body_shaming
je vais pousser ce connard sur les rails la prochaine fois qu'il me bouscule | insult threat
le chauffeur de bus est un sale con, je lui crève les pneus ce soir | insult threat
la meuf en face dans le métro en mini jupe, elle cherche clairement à se faire tripoter | sexual_harassment
les vieux qui prennent le bus a 8h devraient crever chez eux | insult threat
ce chauffard qui m'a coupé la route, je l'ai suivi jusque chez lui, il va comprendre | threat
les femmes au volant c'est des dangers publics, faut leur retirer le permis | identity_hate
t'as peur de conduire à 22 ans ? t'es une tarlouze, va pleurer chez ta maman | insult identity_hate
le gros lard du TER qui bouffait son kebab, une baleine échouée qui pue | insult body_shaming
les agents SNCF en grève sont des parasites, qu'on les vire tous à coups de pied au cul | insult
l'op a encore raté son permis, normal c'est un gros débile :hap: | insult
si je croise le mec qui m'a volé mon vélo je lui coupe les doigts | threat
la contrôleuse était bonne, j'aurais voulu qu'elle me fouille bien partout | sexual_harassment
les roms du métro, faut les virer de toutes les lignes | identity_hate exclusion
ferme ta gueule le chauffeur Uber, t'es qu'un larbin | insult
le mec qui m'a craché dessus sur le quai, je l'attends demain même heure avec des potes | threat
cette vieille peau au guichet est une conne finie, elle sait rien faire | insult
les cyclistes parisiens sont des fils de pute, je les renverse exprès | insult threat
l'auteur qui prend le RER et se plaint, crève dans ta banlieue pourrie | insult threat
ce chauffeur de taxi pue la merde, gueule de rat en plus | insult body_shaming
le gars qui fume dans le RER, sale déchet, j'espère qu'il chope un cancer | insult threat
personne veut de toi dans notre covoit, trouve toi une autre voiture le relou | insult exclusion
la meuf qui parle fort au téléphone, je lui arrache son portable et je lui fais bouffer | threat
les chauffeurs de bus de ma ville c'est tous des feignasses abruties | insult
t'es qu'une salope, fallait pas te mettre en short dans le bus | insult sexual_harassment
"""

# --- Weather and daily annoyances ----------------------------------------------------------------
WEATHER_HARD = """
38 degrés dans ma chambre de bonne, je vais crever de chaud cette nuit
cette pluie de merde depuis trois semaines, je vais devenir dépressif
il fait un temps de chiotte, j'ai même pas envie de sortir du lit
canicule de mes couilles, pas de ventilo et les volets sont pétés
l'hiver c'est une pute, il fait nuit à 17h et je vois plus jamais le soleil
la grêle a défoncé la bagnole de mon daron, il est vert
je suis une serpillère humaine, j'ai pris la saucée en rentrant du taf
ahi le parapluie qui se retourne au premier coup de vent, quel produit de merde
il neige pas à Noël mais il neige en avril, la météo se fout de nous
je fonds comme une glace au soleil, mon corps est pas fait pour l'été
Météo France a annoncé soleil et on a eu l'orage du siècle, bande de charlots
les moustiques sont des enculés, je me suis fait bouffer toute la nuit
ce pigeon m'a chié dessus devant la fac, la journée commence bien
chauffage en panne et le proprio répond pas, je dors en doudoune
j'ai glissé sur le verglas devant tout le monde, golem de compétition
le vent a emporté mon linge, adieu mon caleçon préféré :ouch:
l'été à Paris c'est l'enfer, ça pue, il fait chaud, tout le monde est vénère
je vais me noyer dans ma propre sueur, quelqu'un a un ventilo à vendre ?
quelle journée de merde, pluie, retard, et j'ai oublié mes clés
le brouillard ce matin, je voyais pas mes pieds, ambiance Silent Hill
le réchauffement va tous nous tuer, profitez bien des étés à 45 degrés
j'ai chopé la crève, ce temps pourri a eu ma peau
réveil à 6h, nuit de 4h, café froid, la vie est une blague de mauvais goût
ma plante est morte, même elle a abandonné cette vie de merde
ce putain de frigo fait un bruit de réacteur toute la nuit
le soleil est revenu, je revis, je suis un lézard heureux
tempête annoncée, cours annulés, merci la nature :noel:
cette chaleur me rend con, j'ai mis le lait dans le placard et les céréales au frigo
coup de soleil en 10 minutes, je suis une écrevisse
mon appart est une étuve, je vais dormir dans la baignoire
"""

WEATHER_NEUTRAL = """
il va faire beau ce week-end à Marseille ou pas ?
vous avez des astuces pour dormir quand il fait 30 degrés la nuit ?
quelqu'un a une appli météo fiable, la mienne se trompe tout le temps
c'est quoi la meilleure marque de ventilateur silencieux ?
les orages de ce soir vont toucher la Bretagne aussi ?
"""

WEATHER_ATTACKS = """
ceux qui aiment la canicule sont des débiles finis, qu'ils cuisent | insult
l'op qui se plaint du froid, ferme ta gueule sale fragile | insult
la présentatrice météo est bonne, j'aimerais lui montrer mon anticyclone dans son lit | sexual_harassment
ta mère est tellement grosse qu'elle fait de l'ombre à tout le quartier en été | insult body_shaming
t'as chaud ? normal t'es un gros porc de 120 kilos, fais un régime :rire: | insult body_shaming
mon voisin qui arrose sa pelouse pendant la sécheresse, ce fdp, je vais lui péter la gueule | insult threat
les écolos qui pleurent sur le climat sont des sales hippies parasites | insult
t'as une vraie gueule de pluie, sale moche, tu déprimes tout le monde | insult body_shaming
le mec qui m'a éclaboussé en voiture, j'ai noté sa plaque, je vais le retrouver | threat
l'auteur a encore ouvert un topic sur la chaleur, va crever au soleil golem | insult threat
si t'es pas content de la pluie va te noyer dans une flaque, personne te regrettera | self_harm_incitement
les Parisiens qui débarquent en Bretagne l'été, bande de connards, restez chez vous | insult exclusion
ce présentateur météo a une gueule de cul, il fait peur aux enfants | insult body_shaming
les Bretons qui disent qu'il pleut pas chez eux sont des menteurs consanguins | insult identity_hate
t'es aussi utile qu'un parapluie troué, tu sers à rien, crève | insult threat
la voisine qui bronze en bikini, je vais lui mater le cul toute la journée et lui faire savoir | sexual_harassment
mon coloc qui laisse le chauffage à fond, ce gros abruti, je vais lui mettre ma main dans la gueule | insult threat
la meuf du topic qui kiffe l'hiver, t'es aussi froide que ta chatte | insult sexual_harassment
arrête avec tes photos de plage, personne veut voir ton bide de baleine | insult body_shaming
ces golems en SUV qui niquent la planète, faut tous les cramer dans leur caisse | insult threat
ceux qui partent au ski sont tous des fils à papa de merde | insult
t'es tellement gros que t'as ta propre météo, sale obèse | insult body_shaming
toi qui chiales parce qu'il fait 30 degrés, va te jeter dans la Seine | insult self_harm_incitement
les gens qui mettent leur musique à fond sur la plage sont des sous-hommes | insult
le mec qui gare son scooter devant ma porte, je vais foutre le feu à sa bécane et à lui | threat
dégage de ce topic météo avec tes messages de merde, personne veut de toi ici | insult exclusion
"""

# --- Money: rent, banks, prices, scams ----------------------------------------------------------
MONEY_HARD = """
12 euros sur mon compte le 8 du mois, la vie est belle :rire:
ma banque m'a encore pris 30 balles de frais, bande de voleurs
le loyer a augmenté de 80 euros, mon proprio veut ma mort
pâtes au beurre pour la troisième semaine, je suis un rat de laboratoire
500 balles perdues en crypto, je suis le plus gros pigeon du forum
cette putain d'inflation, le paquet de pâtes a pris 50 centimes
la CAF a encore suspendu mes APL, quelle administration de merde
pauvre comme Job et je viens de commander un kebab à 14 balles, bravo moi
les courses à 80 balles pour trois sacs, c'est du vol organisé
à découvert depuis le 10, j'ai envie de me cacher sous la couette jusqu'en juin
Leboncoin : le mec m'a arnaqué de 200 balles, je suis un con d'avoir cru son histoire
j'ai acheté une console à crédit, je suis la honte de ma famille :hap:
le Crous joue avec nos vies, bourse toujours pas versée en novembre
chips au dîner trois fois cette semaine, vie de merde
le prix des places de concert c'est une arnaque de fils de pute, 120 balles en fosse
les paris sportifs m'ont niqué ma paye, je suis un débile et je le sais
argent de poche de ma daronne à 23 ans, je suis une merde mais une merde nourrie
le distributeur m'a bouffé ma carte, journée de merde complète
les banques c'est tous des escrocs, ils te prêtent que si t'as déjà du fric
1200 balles pour un studio de 14m² avec des cafards, Paris est un enfer
les impôts m'ont prélevé deux fois, je vais pleurer au téléphone demain
je me suis fait plumer au poker par mes potes, ces rapaces, je les aime bien quand même
le mec sur Vinted m'a envoyé un carton vide, j'ai ouvert un litige
pourquoi tout coûte si cher putain, j'ai juste acheté du shampoing et du PQ
mon daron m'a prêté 300 balles sans poser de questions, cet homme est un saint
arrêtez de vous moquer de l'op qui est fauché, ça arrive à tout le monde
un virement raté et maintenant 80 balles d'agios, fuck ma vie
gagné 20 balles au loto, je suis riche les kheys, je quitte le forum :noel:
un mec m'a traité de "sale pauvre" en commentaire, ça m'a fait rire plus qu'autre chose
acheter une maison à 25 ans ? ici on mange des nouilles instantanées monsieur
l'op qui galère avec son loyer, regarde si t'as droit aux APL, ça aide vraiment
"""

MONEY_NEUTRAL = """
vous mettez combien de côté par mois en étant étudiant ?
c'est quoi la meilleure banque en ligne sans frais pour un étudiant ?
quelqu'un a déjà fait une demande de bourse au mérite, c'est long ?
livret A ou assurance vie quand on a 2000 euros de côté ?
comment on conteste un prélèvement bizarre sur son compte ?
"""

MONEY_ATTACKS = """
t'as 12 balles sur ton compte ? normal t'es un cassos de merde | insult
mon proprio est un gros fils de pute, j'espère qu'il crève avec ses loyers | insult threat
les assistés du RSA sont des sangsues qui devraient crever la bouche ouverte | insult threat
le banquier qui m'a refusé mon prêt, ce connard, je connais sa voiture, elle va flamber | insult threat
sale pauvre, va mendier ailleurs et dégage du topic | insult exclusion
les juifs tiennent les banques, c'est pour ça qu'on est tous fauchés | identity_hate
l'arnaqueur de Leboncoin, je l'ai retrouvé, je vais lui arracher les dents une par une | threat
t'as perdu en crypto ? bien fait sale golem, va te tirer une balle :noel: | insult self_harm_incitement
ta mère fait le trottoir pour payer le loyer, c'est pour ça que t'es fauché | insult sexual_harassment
les pauvres ça pue, ça fait des gosses et ça se plaint, bande de déchets | insult
la vendeuse Vinted qui m'a arnaqué c'est une sale pute, qu'elle brûle | insult threat
t'es à découvert à 25 ans ? t'es une honte, personne voudra jamais de toi | insult exclusion
mon ex me doit 400 balles, cette salope va payer d'une manière ou d'une autre | insult threat
les gitans du quartier volent tout, faut les virer à coups de fourche | identity_hate threat
l'op est un radin de merde, il mérite qu'on lui pète la gueule | insult threat
la caissière m'a mal rendu la monnaie, grosse conne, retourne à l'école | insult
les boomers avec leurs maisons payées trois francs, qu'ils crèvent tous | insult threat
le conseiller de la CAF au téléphone, un gros abruti fini | insult
t'as pas d'argent ? vends ton cul, c'est tout ce que tu sais faire | insult sexual_harassment
les riches c'est des porcs qu'on devrait pendre sur la place publique | insult threat
t'es tellement pauvre que ta mère te nourrit au RSA, famille de cassos | insult
mon coloc me doit 3 mois de loyer, je vais lui faire la peau à ce rat | insult threat
toi tu claques ta bourse en weed, t'es un parasite, qu'on te radie et qu'on te foute à la rue | insult
l'auteur qui se vante de ses 5000 balles par mois, ferme ta gueule sale bourge | insult
les gens qui jouent au loto sont des débiles consanguins :rire: | insult
gros porc de proprio, ventre à bière et il mate les locataires | insult body_shaming
les chinois rachètent tout, ils nous volent nos boulots et nos apparts | identity_hate
"""

# --- Loneliness, dating, exes --------------------------------------------------------------------
LONELY_HARD = """
24 ans et toujours puceau, je suis une merde sentimentale les kheys
Saint-Valentin seul avec une pizza surgelée, quelle vie de merde
Tinder m'a donné zéro match en trois mois, je suis un golem invisible
je me sens seul à crever depuis que je suis arrivé à Lille, personne à qui parler
mon ex s'est remise en couple deux semaines après, j'ai envie de m'enterrer
j'ai écrit un pavé à une meuf et elle a répondu "ok", je vais me jeter sous un bus mdr
je suis qu'un gros raté, même ma mère me demande si j'ai une copine
samedi soir, personne m'a invité, je regarde des vidéos de chats, tout va bien
les applis de rencontre c'est le cancer de notre génération
râteau devant tout l'amphi, je vais changer de fac et de nom
mon ex m'a quitté par texto, c'était nul mais bon, je lui en veux pas trop
je parle plus à mon ordi qu'à des humains, je suis devenu un fantôme
ghosté après trois dates, c'est quoi mon problème sérieux
ahi j'ai liké une photo de 2016 de ma crush par erreur, je suis mort
je me trouve moche et chiant, comment vous voulez que quelqu'un me kiffe
j'ai plus envie de rien, je mange plus, je dors plus, je sais pas à qui en parler
fuck l'amour, je me marie avec ma PS5
la solitude c'est une pute, elle te tombe dessus le dimanche soir
ma crush m'a appelé "mon pote", c'est fini pour moi, RIP
Noël seul dans ma piaule, j'ai chialé devant un film, vie de loser
le mec de ma meilleure amie est un peu relou mais il la rend heureuse, je me tais
un mec m'a traitée de "grosse pute" parce que j'ai refusé son verre, je fais quoi ?
l'op dit qu'il est seul, arrêtez de le charrier, il a besoin qu'on l'écoute
je suis un cas social en soirée, je reste dans la cuisine à parler au chien
premier date dans un mois, je stresse tellement que je vais crever d'ici là
tellement en manque d'affection que j'ai fait un câlin à mon oreiller
ma pote m'a présenté son coloc, c'était nul à chier, on avait rien à se dire
les soirées célibataires c'est des abattoirs à ego, plus jamais
trop la honte, j'ai pleuré devant ma date en parlant de mon chien mort
pourquoi je tombe toujours sur des gens qui me ghostent ? je suis maudit
si quelqu'un lit ça et se sent seul ce soir, mes mp sont ouverts, sérieux
gros soutien à l'op, se faire larguer par texto c'est violent
"""

LONELY_NEUTRAL = """
vous avez rencontré votre copain ou copine comment, sans les applis ?
c'est quoi une bonne idée de premier date pas trop cher ?
comment vous faites pour vous faire des potes après la fac ?
j'ai un date samedi, cinéma ou bar, vous conseillez quoi ?
quelqu'un connaît des assos pour rencontrer du monde à Toulouse ?
"""

LONELY_ATTACKS = """
24 ans et puceau ? t'es une merde, va te pendre | insult self_harm_incitement
mon ex est une grosse pute, elle a sucé la moitié de la ville | insult sexual_harassment
personne t'aime et personne t'aimera jamais, t'es un déchet | insult exclusion
ta copine m'a envoyé des nudes hier, elle suce mieux que ta mère | insult sexual_harassment
l'op est un puceau aigri qui mérite sa solitude, dégage | insult exclusion
mon ex je vais l'attendre devant chez elle et lui faire regretter | threat
t'es tellement moche qu'aucune meuf voudra de toi même payée | insult body_shaming
les meufs sur Tinder c'est toutes des salopes vénales | insult identity_hate
ta crush t'a ghosté ? normal t'as une gueule de poulpe mdr | insult body_shaming
envoie des photos de toi en sous-vêtements si tu veux que je te réponde | sexual_harassment
le nouveau mec de mon ex est un gros bouffon, je vais lui éclater les dents | insult threat
t'es seule ? normal t'es grosse et t'as un caractère de merde | insult body_shaming
les incels du forum devraient tous se suicider, ça ferait des vacances | insult self_harm_incitement
ma date d'hier, une baleine avec des photos truquées, arnaque totale | insult body_shaming
l'auteur pleure sur son ex, quel soumis pathétique, t'es une honte pour les hommes | insult
ton ex t'a quitté parce que t'as une petite bite, tout le monde le sait | insult sexual_harassment body_shaming
t'es seul parce que t'es chiant à mourir, même ta famille te supporte pas | insult exclusion
je vais choper ta meuf à la soirée et te l'envoyer en vidéo | sexual_harassment
les lesbiennes c'est juste des meufs qui ont pas trouvé le bon mec | identity_hate
personne viendra à ton anniv, t'es trop bizarre, reste chez toi | insult exclusion
l'op se plaint d'être seul, tue toi et on en parle plus | self_harm_incitement
cette pétasse m'a mis un vent, j'espère qu'elle se fera violer | insult threat sexual_harassment
t'es un gros lard puant, aucune meuf te touchera même avec un bâton | insult body_shaming
ma meilleure amie sort avec un arabe, elle va finir voilée la conne | insult identity_hate
dégage du topic drague, les thons comme toi ont rien à faire ici | insult body_shaming exclusion
le mec qui a ghosté ma pote, je connais son bahut, on va l'attendre à la sortie | threat doxxing
"""

# --- Family: parents, siblings, family meals ----------------------------------------------------
FAMILY_HARD = """
repas de famille de merde, mon oncle a encore parlé politique pendant trois heures
ma daronne m'a réveillé à 7h pour passer l'aspirateur, ma vie est un enfer
mon petit frère a cassé ma manette, je vais le tuer ce gremlin mdr
mes parents divorcent, je suis à bout, je sais plus chez qui dormir
je suis la honte de la famille, mes cousins sont tous médecins et moi je redouble
mon daron m'a dit "t'es une déception" au repas, ça m'a foutu en l'air, je fais comment ?
fuck les dimanches chez mamie, trois heures de route pour un gigot trop cuit
ma soeur a raconté à tout le monde que j'avais raté mon permis, trop la honte
mes parents me prennent pour un gamin à 23 ans, j'en ai ras le cul
ma mère est une sainte, elle m'a envoyé un colis de bouffe pour mes partiels
ma grand-mère est malade, je suis dégoûté, c'est la merde en ce moment
la famille c'est chiant mais c'est la seule qu'on a
mon daron ronfle tellement fort que les murs tremblent, je dors plus depuis 20 ans
mon cousin de 14 ans m'a détruit à Fortnite devant toute la famille, je suis fini
quel Noël de merde, dispute entre ma mère et ma tante avant le dessert
je suis un fils de merde, j'ai oublié l'anniversaire de ma mère et elle m'a rien dit
mon frère m'a battu au Uno avec un +4 final, ce traître, je l'aime quand même
ma daronne veut que je rentre à 23h, j'ai 22 ans, c'est une blague
mes parents m'ont coupé les vivres, bon je l'avais un peu cherché
je me sens de trop chez moi, personne me parle à table, je sais pas quoi faire
arrêtez de sortir "ta mère" dans tous les topics, c'est lourd et c'est pas drôle
un mec a insulté ma mère en mp, "ta mère la chienne", j'ai signalé et bloqué
ma tante m'a demandé quand je me marie devant 15 personnes, j'ai voulu disparaître
ma mère m'appelle 6 fois par jour, je vais craquer mais je l'aime
mon petit frère est un génie des maths, je suis fier de ce petit con :noel:
mes darons se sont engueulés toute la nuit, j'ai dormi avec des bouchons
mon grand-père est mort hier, je voulais juste l'écrire quelque part
les repas où on me compare à mon cousin parfait, je vais me pendre au lustre mdr
ma soeur a eu son bac avec mention, la honte pour moi qui l'ai eu au rattrapage
ma famille est complètement tarée mais je les échangerais contre rien au monde
mon chien est le seul membre de ma famille qui me comprend :hap:
"""

FAMILY_NEUTRAL = """
vous voyez vos parents souvent depuis que vous êtes partis de chez eux ?
comment on annonce à ses parents qu'on arrête la fac ?
des idées de cadeau pour les 60 ans de mon père ?
c'est normal de ressentir du soulagement en quittant le domicile familial ?
vous payez un loyer à vos parents si vous habitez encore chez eux ?
"""

FAMILY_ATTACKS = """
ta mère la chienne, elle suce pour des clopes | insult sexual_harassment
nique ta mère et ta grand-mère l'op | insult
ton père est un alcoolo de merde et ta mère une pute, normal que tu sois débile | insult
ta soeur est tellement bonne, file moi son snap que je la baise | sexual_harassment
mon beau-père est un fdp, un jour je vais lui planter un couteau dans le bide | insult threat
ta famille de cassos devrait crever dans son HLM | insult threat
ma belle-sœur est une grosse truie qui bouffe tout au repas | insult body_shaming
ta daronne est tellement grosse qu'elle a son propre code postal :rire: | insult body_shaming
je connais ta mère, je sais où elle bosse, elle va avoir des problèmes | threat doxxing
les familles de bougnoules qui font dix gosses pour les allocs | insult identity_hate
ton petit frère a une gueule de crapaud, il tient ça de ta daronne | insult body_shaming
ma tante est une vieille salope aigrie, qu'elle crève | insult threat
ton père t'a abandonné ? il a bien fait, t'es une erreur | insult
t'aurais dû finir dans une capote, même ta mère regrette | insult self_harm_incitement
ta mère je l'ai baisée hier, elle criait mon pseudo | insult sexual_harassment
mon frère est un parasite, s'il touche encore à mes affaires je lui casse les deux jambes | insult threat
va pleurer dans les jupes de ta mère, la grosse vache | insult body_shaming
mon cousin pédé ramène son mec à Noël, il a rien à faire à notre table | identity_hate exclusion
ma mère est une conne finie, je la déteste et j'espère qu'elle crève | insult threat
ta grand-mère suce des bites au cimetière | insult sexual_harassment
personne dans ta famille veut de toi, même ton chien se barre | insult exclusion
l'op parle de son père mort pour qu'on le plaigne, quel fils de pute | insult
ta famille pue la misère et la consanguinité | insult
suicide toi, ça fera une bouche de moins à nourrir pour ta mère | self_harm_incitement
ma belle-mère, je vais lui mettre de la mort aux rats dans son café | threat
ta soeur c'est la pute du lycée, tout le monde lui est passé dessus | insult sexual_harassment
"""

# --- The forum itself: mods, topics, bans, posters ----------------------------------------------
FORUM_HARD = """
ce forum est un cancer mais je peux pas m'empêcher de venir tous les soirs
les topics "vous préférez" c'est le cancer de la section, quelqu'un peut les virer ?
ayaa mon topic bidé pour rien, la modération de ce forum c'est de la merde
3 jours de ban pour un smiley, quelle vie de chien
je suis un golem, j'ai posté mon vrai prénom dans un topic, je supprime vite
le forum rame à mort ce soir, les serveurs sont en carton
ahi je me suis fait ban pour flood, je l'ai mérité honnêtement :hap:
c'est quoi ce topic de merde, l'op demande si le lait est un légume :rire:
le forum était mieux en 2015, maintenant c'est que des bots et des pubs
j'ai passé la nuit sur le topic des cauchemars, traumatisé à vie
la nouvelle version du site est codée avec les pieds, rendez nous l'ancienne
ce topic m'a tué de rire, l'op raconte comment il s'est coincé dans un toboggan
le khey qui a posté la photo de son chat, il est magnifique, longue vie à lui
l'auteur m'a traité de "fils de pute" en mp, j'ai signalé, les modos traînent
arrêtez de traiter l'op de cancer, il pose une vraie question
"dégage du forum" c'est pas un argument, réponds à ce qu'il dit
je vais supprimer mon compte, ce forum me bouffe 6h par jour, je suis une épave
les pavés de 40 lignes sans paragraphe, ça me donne envie de crever
ptn de captcha de merde, dix fois que je clique sur des feux rouges
le forum a pris feu pour un débat sur les pâtes au ketchup, j'adore ce site
le roi des topics bidés c'est moi, personne répond jamais à mes questions :ouch:
les kheys ce topic est devenu un champ de bataille, on se calme sérieux
la section jeux c'est devenu un dépotoir, que des topics copiés collés
j'ai chialé de rire quand le modo s'est ban lui même par erreur
perso je trouve que l'op a tort mais il mérite pas qu'on l'insulte pour ça
la bande du topic de 2018 était légendaire, je les aime ces golems :noel:
je me suis fait ratio par un khey de 14 ans, je mérite plus de vivre mdr
l'op a sorti une vanne tellement nulle que j'ai fermé l'onglet de honte
le topic d'entraide sur la dépression m'a beaucoup aidé, merci les kheys
j'ai sorti une connerie monumentale hier et vous m'avez tous défoncé, à raison
un mec a écrit "kys" à un ado dans un topic, j'ai fait une capture pour les modos
rendez moi mon pseudo de 2012, je suis un fantôme sur ce forum
ce topic pourri sur la crypto revient tous les jours comme un zombie
le niveau ce soir c'est la cour de récré, même moi je poste des conneries
l'op a raison, faut arrêter d'insulter les nouveaux qui demandent de l'aide
quelqu'un a écrit "fdp" sous la photo de mon chat, je sais pas si je dois rire ou signaler
l'auteur du topic a fait un excellent boulot sur le guide, merci khey
"""

FORUM_NEUTRAL = """
comment on change son pseudo sur le forum, c'est possible ?
quelqu'un sait combien de temps dure un ban pour flood ?
c'est où qu'on signale un message haineux aux modos ?
vous êtes sur le forum depuis combien de temps, les anciens ?
y a une appli officielle du forum sur Android ?
"""

FORUM_ATTACKS = """
l'op est un cancer, bannissez le avant qu'il contamine tout le forum | insult exclusion
ce fdp de modo m'a ban pour rien, j'espère qu'il crève seul | insult threat
ayaa dégage du forum sale golem, personne veut de toi | insult exclusion
t'es le déchet du forum, tous tes topics sont des merdes | insult
la modératrice est une mal baisée qui ban les mecs par plaisir | insult sexual_harassment
l'auteur a 15 ans et il la ramène, va te pendre gamin | insult self_harm_incitement
KevinDu93 c'est le pire cancer de la section, tout le monde l'ignore à partir de maintenant | insult exclusion
ferme ta gueule l'op, ton avis vaut moins qu'une merde de chien | insult
je sais qui t'es en vrai Zorglub, je vais balancer ton nom et ton lycée | threat doxxing
les kheys, les nouveaux de cette année sont des sous-merdes, qu'ils retournent sur TikTok | insult exclusion
toi le khey aux pavés, t'es un malade mental, fais toi interner | insult
t'as une gueule de déterré sur ta photo de profil, sale moche | insult body_shaming
l'op est une meuf ? montre tes seins ou dégage | sexual_harassment exclusion
ignorez tous ses topics, qu'il parle tout seul ce boloss | insult exclusion
cet enculé de Nerolix, je vais le retrouver IRL et lui défoncer sa gueule | insult threat
tout le monde s'en bat les couilles de ta vie, t'es qu'un raté | insult
kys l'op, sérieux, personne te regrettera | self_harm_incitement
le forumeur qui défend les féministes c'est un soumis castré | insult
ce topic est tenu par un pd, fuyez les kheys | insult identity_hate
vous les modos vous êtes des grosses merdes vendues | insult
l'op a une voix de fillette sur son vocaroo, un vrai travelo | insult identity_hate
t'es tellement con que même les bots te répondent pas :hap: | insult
bannissez moi ce demeuré, il pollue chaque topic | insult exclusion
le cancer du forum a encore recréé un compte, bannissez à vie ce déchet | insult exclusion
toi t'es juste un gros puceau qui vit chez sa mère, tais toi | insult
faisons une liste noire avec ce fdp en premier et harcelons le jusqu'à ce qu'il parte | insult exclusion
ta mère aurait dû avaler au lieu de te pondre, l'op | insult sexual_harassment self_harm_incitement
si je te croise en vrai je t'ouvre le crâne, sale troll | insult threat
l'auteur est un sale fragile qui pleure au moindre message, va te jeter d'un pont | insult self_harm_incitement
personne te lit, personne t'aime, t'as rien à faire ici | exclusion
ce forumeur pue la merde à travers l'écran, sale porc | insult
la meuf du topic selfie a des dents de lapin et un nez de sorcière | insult body_shaming
vous les vieux du forum, allez crever dans votre Ehpad | insult threat
"""

# --- Life in general, despair and dark humour about oneself --------------------------------------
LIFE_HARD = """
la vie c'est vraiment une chienne, à peine je me relève qu'elle me remet une tarte
quelle existence de merde, je bosse pour payer un loyer pour dormir pour bosser
je vais me jeter par la fenêtre, ah non j'habite au rez-de-chaussée, même ça je rate :rire:
si la vie est une course, moi je suis le mec qui s'est trompé de stade
golem fini, j'ai mis du sel dans mon café ce matin
tout part en couille depuis janvier, voiture, taf, copine, même mon poisson rouge
mon seul talent c'est de tout foirer, j'ai un don les kheys
23 ans et l'énergie d'un mec de 80, la vie m'a usé jusqu'à la corde
je rêve de tout plaquer et d'élever des chèvres dans le Larzac, fuck la ville
on est tous foutus de toute façon, autant rire des catastrophes
quand je mourrai, mettez "il a essayé" sur ma tombe, c'est déjà pas mal
j'ai envie de disparaître en ce moment, je sais pas à qui parler, ça va pas du tout
j'ai pensé à en finir cette semaine, je l'écris ici parce que j'ai personne, désolé
si quelqu'un est au fond du trou ce soir, parlez à un proche ou à une ligne d'écoute, vous êtes pas seuls
je suis qu'une merde mais une merde avec un bon goût musical :hap:
je vais crever seul avec 40 chats et franchement ça me va
mon horoscope annonce une semaine géniale, il se fout de ma gueule
la vie adulte c'est juste remplir des papiers jusqu'à la mort
je suis maudit, je marche dans une crotte tous les lundis depuis un mois
j'ai passé ma vingtaine à scroller, rendez moi mes années bordel
putain de lundi, j'ai déjà envie d'être vendredi 18h
ma vie c'est un épisode de Malcolm sans les rires enregistrés
au fond du trou mais au moins il fait chaud au fond :ok:
des jours je me demande à quoi je sers, puis je mange un croissant et ça passe
cette année m'a niqué la santé mentale, vivement qu'elle se termine
j'ai tellement de problèmes que je pourrais en vendre, prix de gros
tout le monde avance et moi je stagne comme une flaque, ça me déprime
mes plantes meurent, mes potes partent, mon forfait expire, c'est la fin
l'existence est absurde mais les frites sont bonnes, donc je reste
mdr je suis tellement nul que je me suis fait recaler d'un job bénévole
un jour je serai riche et je rirai de tout ça, ou pas, sûrement pas
je vais m'enterrer sous ma couette et hiberner jusqu'au printemps
l'auteur a une vie de merde mais il la raconte trop bien, je veux la suite
"""

LIFE_NEUTRAL = """
vous faites quoi quand vous avez un coup de mou le dimanche soir ?
quelqu'un a déjà consulté un psy au BAPU de sa fac, c'est gratuit ?
comment vous faites pour garder la motivation quand tout part en vrille ?
c'est quoi le truc qui vous a remonté le moral cette année ?
vous avez des livres à conseiller quand on traverse une mauvaise passe ?
"""

LIFE_ATTACKS = """
l'op dit qu'il veut en finir, vas y fais le, personne te retient | self_harm_incitement
ta vie est une merde parce que t'es une merde, c'est simple | insult
t'as envie de disparaître ? bonne idée, ça fera de l'oxygène en plus | insult self_harm_incitement
fais nous plaisir, saute du pont et filme le | self_harm_incitement
les dépressifs du forum c'est des feignasses qui chialent pour rien | insult identity_hate
t'es né raté et tu crèveras raté, l'auteur | insult
mets toi une corde au cou golem, ça te fera un joli collier | insult self_harm_incitement
l'auteur qui chiale sur sa vie, t'as une gueule à te faire larguer par ton ombre | insult body_shaming
ta naissance est la pire erreur de tes parents | insult self_harm_incitement
tu sers à rien, tu pourrais crever demain personne remarquerait | insult self_harm_incitement
avale toutes tes pilules d'un coup, ça réglera ton problème | self_harm_incitement
t'es un poids pour ta famille, rends leur service et disparais pour de bon | insult self_harm_incitement
les gens comme toi devraient être euthanasiés, t'es un déchet | insult threat
je te souhaite une vie aussi pourrie que ta gueule :ok: | insult body_shaming
tu me dégoûtes, toi et tes topics de pleureuse, crève | insult threat
même ton psy doit avoir envie de se tirer une balle après tes séances, sale boulet | insult
personne veut de ta tristesse ici, va chialer ailleurs | insult exclusion
t'es pas déprimé, t'es juste un gros con inutile | insult
Lucas de ma classe est tellement raté qu'il devrait se foutre en l'air | insult self_harm_incitement
t'as échoué à tout, même ta tentative t'as réussi à la rater, minable | insult self_harm_incitement
si j'étais toi je me serais déjà pendu, franchement | insult self_harm_incitement
t'existes juste pour que les autres se sentent mieux, gros looser | insult
ce forumeur dépressif, je vais le harceler en mp jusqu'à ce qu'il craque | threat
ta mère aurait dû te noyer à la naissance | insult self_harm_incitement
tu veux mourir ? prends le RER, il passe toutes les 10 minutes | self_harm_incitement
chaque jour que tu vis est une insulte pour nous, kys | insult self_harm_incitement
les suicidaires qui postent ici, faites le au lieu d'en parler | self_harm_incitement
crève charogne, ta vie vaut rien | insult threat
"""

# --- Oneself and bodies: self-mockery against body shaming ---------------------------------------
BODY_HARD = """
je suis gros comme une baleine en ce moment, faut vraiment que je reprenne le sport
je me suis vu en photo de profil, j'ai une gueule de déterré, la honte
1m65 et chauve à 24 ans, la génétique m'a bien niqué :rire:
j'ai un bide de buveur de bière alors que je bois que du coca, injustice
je suis moche comme un pou mais j'ai de l'humour, c'est déjà ça
mes cernes touchent le sol, je ressemble à un panda dépressif
10 kilos pris pendant le confinement et jamais perdus, fuck
je me trouve dégueulasse dans le miroir en ce moment, je sais plus quoi faire
j'ai des jambes de poulet, même en short je fais pitié :hap:
mon acné est revenue à 22 ans, je suis un ado éternel
j'ai une voix de crécelle, j'ose pas parler en vocal, ça me bloque
je suis un sac d'os, je mange comme quatre et je prends rien
ma coupe ratée me fait ressembler à un playmobil, je sors plus
body positivity les kheys, j'ai arrêté de me détester et ça va mieux
mon coiffeur m'a massacré, trois centimètres au lieu d'un, le drame
je suis pas beau mais je suis propre, c'est ma devise
je transpire comme un porc au moindre escalier, c'est la honte
"t'es grosse" m'a écrit un mec sous mon selfie, j'ai ri mais ça m'a touchée quand même
arrêtez de commenter le physique de la meuf du topic, elle demande des conseils de fringues
premier mois de salle, j'ai mal partout, je ressemble à une crevette qui marche
je suis le gros de la bande et j'assume, c'est moi qui ai les meilleures vannes
mon nez est tellement gros qu'il a son propre code postal, merci papa
sérieux les kheys, comment vous faites pour aimer votre corps ? moi j'y arrive pas
je me suis vomi dessus après la soirée, je suis la honte absolue
mes pieds puent tellement que mon coloc a acheté un désodorisant, je suis une arme chimique
15 kilos de perdus, trop fier de moi, le gros d'avant est mort
ma barbe pousse par plaques, je ressemble à un chien galeux
je suis un golem de 1m90 qui se cogne à toutes les portes
je pue de la gueule le matin, désolé pour ma copine qui supporte ça
dents de travers et pas de thunes pour l'orthodontiste, tant pis je souris pas
"""

BODY_NEUTRAL = """
vous avez un programme de musculation pour débutant à conseiller ?
quelqu'un a testé un traitement contre l'acné qui marche vraiment ?
c'est quoi une bonne routine de skincare pour homme, simple ?
comment vous faites pour manger équilibré avec un budget étudiant ?
un coiffeur pas cher et bon à Bordeaux, vous connaissez ?
"""

BODY_ATTACKS = """
t'es gros comme une baleine, arrête de bouffer et va courir | insult body_shaming
la meuf du selfie a une gueule de cheval, qu'elle se cache | insult body_shaming
chauve à 20 ans ? la nature t'a puni, sale crâne d'oeuf | insult body_shaming
l'op est un sac d'os, on dirait un squelette de cours de bio | insult body_shaming
ta copine est grosse et moche, tu mérites pas mieux | insult body_shaming
t'as des dents de castor, ferme ta bouche quand tu souris | body_shaming
sale obèse, tu prends deux sièges et tu pues | insult body_shaming
montre ton cul au lieu de ta tronche, ça sera plus agréable | sexual_harassment body_shaming
t'es tellement moche que ta mère te donnait le biberon avec une catapulte :rire: | insult body_shaming
ce streamer a une tête de foetus, c'est insupportable à regarder | insult body_shaming
la prof de sport est une grosse vache, elle peut même pas courir | insult body_shaming
t'as vu les bourrelets de l'auteur sur sa photo ? un vrai phoque | insult body_shaming
t'es une planche à pain, personne voudra jamais te baiser | sexual_harassment body_shaming
gros lard, personne veut te voir en maillot, reste chez toi | body_shaming exclusion
l'op pèse 130 kilos et donne des conseils sport, ferme ta gueule la baleine mdr | insult body_shaming
tu pues tellement de la gueule qu'on te sent à travers l'écran | insult body_shaming
ta tronche pleine d'acné me donne envie de vomir | body_shaming
nabot d'1m60, t'es pas un homme, t'es un accessoire | insult body_shaming
la meuf avec la moustache dans le topic, épile toi sale yéti | insult body_shaming
avec ta gueule tu devrais te suicider, rends service au monde | body_shaming self_harm_incitement
les gros c'est des porcs sans volonté qui coûtent cher à la sécu | insult body_shaming
le mec du topic muscu a des bras de poulet, minable | insult body_shaming
t'es maigre comme une anorexique, mange un truc espèce de squelette | insult body_shaming
je vais te foutre sur la gueule, ça te refera le nez, sale laideron | threat body_shaming
la caissière a un cul énorme, j'ai envie de lui claquer devant tout le monde | sexual_harassment body_shaming
t'as une voix de canard enroué, ferme ta gueule en vocal | insult body_shaming
ta grosse tête de tocard me donne la gerbe | insult body_shaming
toi le chauve du forum, t'es aussi vide dedans que dessus | insult body_shaming
"""

# --- Neighbours, flatmates, landlords -----------------------------------------------------------
HOME_HARD = """
mon voisin perce le mur tous les dimanches à 8h, je vais devenir fou
les murs de mon immeuble sont en papier, j'entends le voisin éternuer
ma coloc laisse sa vaisselle depuis cinq jours, j'en peux plus, comment je lui dis ?
je vais tuer mon coloc mdr il a fini mon Nutella et remis le pot vide dans le placard
la machine à laver commune est encore pétée, ce syndic c'est vraiment de la merde
le voisin du dessus fait une fête tous les samedis, j'ai envie de me pendre avec mes bouchons d'oreille
clés oubliées et coloc en vacances, je dors chez ma mère comme un con
le proprio a enfin réparé la fuite, après 3 mois, un miracle
les cafards de mon appart sont mieux installés que moi
mon coloc fait la bouffe pour tout le monde le dimanche, ce mec est un ange
je suis le pire coloc du monde, j'ai encore oublié de sortir les poubelles
ma voisine m'a engueulé parce que mon vélo bloquait le couloir, elle avait raison
le chien du voisin aboie toute la nuit, la pauvre bête est seule, ça me fend le coeur
un voisin a collé un mot "sale con arrête le bruit" sur ma porte, je réagis comment ?
arrêtez de dire à l'op de casser la gueule à son voisin, ça va juste mal finir
ce putain d'ascenseur est en panne depuis deux semaines et j'habite au septième
ma coloc et moi on s'est engueulés pour le ménage, on a fait un planning, ça va mieux
l'immeuble pue la friture du matin au soir, je vis dans une baraque à frites
mon coloc m'a spoil la fin de la série, je vais l'étrangler avec la télécommande :rire:
les voisins du dessous trouvent que je marche trop fort, je vais léviter alors
le voisin qui joue de la trompette à 22h, respect pour la persévérance, pas pour le talent
j'ai cramé la poêle de ma coloc, je suis une merde, je lui en rachète une demain
9m² avec une fenêtre sur un mur, vie de rat
le gardien de l'immeuble m'a aidé à porter mon frigo, je l'aime ce monsieur
la fête des voisins c'est gênant à mort, mais y avait du bon fromage
mon coloc ramène sa meuf tous les soirs et ils sont bruyants, j'en ai marre, j'aborde ça comment ?
quatrième dégât des eaux cette année, cet immeuble est maudit
ma coloc a adopté un chat sans demander, il est trop mignon, je peux pas lui en vouloir
le syndic a augmenté les charges de 40 %, bande de rapaces
l'op je te comprends, mon voisin aussi fait la fête tous les soirs, on crève de fatigue
"""

HOME_NEUTRAL = """
comment on rédige un mot poli pour un voisin bruyant ?
vous faites comment pour partager les courses en coloc ?
le proprio a le droit d'entrer dans l'appart sans prévenir ?
c'est quoi les démarches pour un dégât des eaux avec l'assurance ?
vous avez des applis pour gérer les dépenses communes en coloc ?
"""

HOME_ATTACKS = """
ptn ce fdp de voisin perce encore, je vais lui enfoncer sa perceuse dans le cul | insult threat
ma voisine du dessous est une vieille pute aigrie, qu'elle crève dans son appart | insult threat
mon coloc est un porc dégueulasse, un déchet humain qui mérite la rue | insult
les voisins noirs du troisième font que du bruit, c'est culturel chez eux | identity_hate
le voisin avec sa moustache de pédophile, ce gros pervers me mate quand je sors | insult body_shaming
je connais le code de ton immeuble, t'as intérêt à fermer ta gueule | threat doxxing
ma coloc est grosse et elle bouffe toute ma bouffe cette truie | insult body_shaming
le proprio est un gros rat, je vais lui cramer sa bagnole | insult threat
ta coloc est bonne, file la moi pour une nuit | sexual_harassment
le voisin qui m'a dénoncé pour la fête, je vais lui faire bouffer ses dents | threat
mon coloc, ce sale assisté, je vais le mettre dehors à coups de pompe dans la gueule | insult threat
les portugais de l'immeuble c'est tous des maçons bourrins sans cervelle | insult identity_hate
vire ta coloc, elle sert à rien et personne l'aime dans l'immeuble | insult exclusion
la voisine qui bronze sur son balcon, je vais la filmer et poster ça partout | threat sexual_harassment
mon voisin est un gros con de facho, un jour il prendra une balle | insult threat
ce concierge de merde est un abruti congénital | insult
l'op se plaint de son voisin ? c'est sûrement toi le voisin relou, sale boulet :hap: | insult
le mec d'à côté, un cas social avec sa tronche de consanguin | insult body_shaming
ma coloc ramène des mecs tous les soirs, une vraie salope | insult sexual_harassment
le voisin du dessus marche comme un éléphant, normal il fait 150 kilos ce gros | insult body_shaming
si le voisin remet sa musique à fond, je monte avec une batte et je le défonce | threat
les voisins avec leurs cinq gosses, des lapins qui vivent des allocs | insult
ce bâtard de syndic, j'ai l'adresse du gérant, je vais passer lui rendre une petite visite | insult threat
ta gueule sale voisine, t'es qu'une commère pourrie | insult
dégage de la coloc, personne veut de toi ici, fais tes valises | exclusion
le couple gay du deuxième me dégoûte, ils ont rien à faire dans notre immeuble | identity_hate exclusion
"""

# --- Sport, series, spoilers --------------------------------------------------------------------
SPORT_HARD = """
le PSG s'est encore fait sortir en huitième, cette équipe de merde me tuera
je vais tuer mon pote, il m'a spoil la mort du perso principal par texto mdr
quel match de merde, zéro tir cadré en 90 minutes, soirée perdue
penalty imaginaire à la 88e, ce VAR c'est vraiment une pute
la dernière saison de la série est une insulte aux fans, scénario écrit avec le cul
ptn de but à la 94e, j'ai hurlé si fort que mes voisins ont cru à un meurtre
je suis un golem du sport, 2 km de footing et j'ai cru mourir
cette série m'a brisé le coeur, j'ai chialé pendant tout l'épisode 8
l'OM c'est ma croix, je souffre depuis que j'ai 6 ans
le mec qui spoile dans le titre de son topic, pas cool mdr, j'ai tout vu
Netflix a annulé ma série préférée, je vais écrire une lettre d'insultes au siège
le Tour de France à la télé, la meilleure sieste de l'année
mon équipe de foot à cinq a perdu 12-1, on est nuls à chier mais on rigole
ce final de série était tellement nul que j'ai envie de tout oublier
le Real a encore gagné à la dernière minute, ce club a un pacte avec le diable
fuck les abonnements, il faut quatre plateformes pour regarder trois matchs
j'ai parié sur les Bleus et ils m'ont trahi, ruiné et triste
le match de rugby hier m'a filé des palpitations, je vais crever avant 30 ans
ma série est en pause pendant deux ans, je vais mourir d'attente
on s'est fait humilier au five, le gardien adverse était un mur, respect à lui
un supporter a crié des insultes racistes au joueur, j'espère qu'il prendra une interdiction de stade
arrêtez d'insulter le gardien, il a fait une erreur, ça arrive à tout le monde
claquage au foot du dimanche, je suis une épave de 22 ans
l'anime a été massacré par l'adaptation, le studio devrait avoir honte
la F1 c'est devenu chiant, c'est toujours le même qui gagne
10 épisodes d'affilée, je suis un déchet mais un déchet heureux
mon daron a pleuré devant la finale, je l'avais jamais vu comme ça
ce combat de MMA était sale, le pauvre s'est fait démonter au premier round
"""

SPORT_NEUTRAL = """
quelqu'un sait où regarder la Ligue des champions sans payer trois abonnements ?
c'est quoi la meilleure série que vous avez vue cette année ?
vous pensez que les Bleus passent les quarts cette fois ?
des salles de foot à cinq pas chères à Lyon ?
la saison 2 vaut le coup ou elle est moins bien que la première ?
"""

SPORT_ATTACKS = """
putain l'arbitre de ce soir est un fils de pute vendu, qu'il crève dans sa voiture | insult threat
les kheys, les supporters de l'OM c'est des cassos consanguins | insult
le mec qui m'a spoil, je connais son adresse, il va le payer pour de vrai | threat
ce joueur noir a raté son tir, normal ils savent que courir | identity_hate
le gardien Rubens est une passoire et un gros tas de merde, il mérite des coups | insult threat
la joueuse de tennis en jupe, je la baiserais bien sur le court | sexual_harassment
l'op supporte Lyon ? quel tocard, va te pendre avec ton écharpe :noel: | insult self_harm_incitement
les femmes qui commentent le foot, retournez à la cuisine | identity_hate exclusion
le mec du topic qui spoile, j'espère qu'il se fera tabasser en sortant du taf | threat
toi le supporter parisien, t'es une grosse merde arrogante | insult
l'acteur principal a une tronche de pomme de terre, il me dégoûte | insult body_shaming
les fans de cette série sont tous des puceaux attardés | insult
le capitaine de mon équipe de five est une tanche, je vais lui éclater les genoux | insult threat
les arbitres c'est tous des enculés de corrompus, faut les pendre | insult threat
l'auteur qui aime la dernière saison a des goûts de chiotte et une vie de merde | insult
les supporters d'en face en déplacement, on va les attendre à la gare avec des barres de fer | threat
ton équipe a perdu ? bien fait khey, ta mère la pute | insult
le défenseur central a les jambes d'un nain et le cerveau d'une huître | insult body_shaming
le joueur qui a fait son coming out, ça va être marrant dans les vestiaires ce pédé | insult identity_hate
tu comprends rien au foot, ferme ta gueule et va jouer à la poupée | insult
les Marseillais sont des racailles qui méritent qu'on brûle leur stade | insult threat
dégage du topic foot, les fans de tennis on en veut pas | exclusion
je vais faire la peau au mec qui a spoil dans le titre, je le retrouve via son pseudo | threat
l'entraîneur Delmas est un gros lard incompétent, il devrait se foutre en l'air | insult body_shaming self_harm_incitement
la commentatrice est une salope qui a couché pour son poste | insult sexual_harassment
les ultras d'en face c'est des singes, faut leur jeter des bananes | insult identity_hate
ta gueule le spoileur, t'es un sous-homme | insult
"""

# --- Friends: affectionate banter and hyperbole against real attacks ----------------------------
FRIENDS_HARD = """
mon reuf t'es un fdp de m'avoir laissé payer l'addition, je t'aime quand même :noel:
ahah t'es vraiment un golem mon pote, encore oublié ton portefeuille, je t'adore
Thomas m'a battu aux fléchettes, ce petit con, revanche samedi mdr
ma meilleure pote m'appelle "grosse merde" depuis la 6e, c'est notre truc, on s'adore
je vais le tuer, mon pote a posté la photo de moi bourré sur le groupe :rire:
mes potes sont des bâtards, ils ont mangé toute la pizza pendant que j'étais aux toilettes, je les aime
on s'est insultés pendant trois heures sur Mario Kart, meilleure soirée du mois
t'es con ou quoi khey, c'est pas comme ça qu'on retourne une crêpe, viens je te montre :hap:
mon pote m'a lâché pour sa meuf ce soir, traître, je lui pardonne
mes potes se sont foutus de ma gueule toute la soirée pour ma chemise, ils avaient raison
plus de potes depuis que j'ai déménagé, je me sens nul
un pote m'a traité de "sale fdp" pour rigoler devant sa mère, elle a pas rigolé du tout
mon meilleur ami m'a soutenu pendant ma rupture, ce mec est un frère
je suis le pote relou qui raconte toujours la même anecdote, je sais
"t'es mort" m'a écrit mon pote quand il a vu ma nouvelle coupe, on a bien ri
on s'appelle "mes golems" dans le groupe, ça fait 10 ans que ça dure
ma pote a loupé son train et m'a traitée de porte-malheur, ayaa la mauvaise foi
je vais le buter ce Julien, il m'a encore réveillé pour aller courir à 6h, bisous
si tu rates encore mon anniv je te renie, signé ton meilleur pote mdr
mes potes m'ont organisé une surprise et j'ai chialé comme un gamin
embrouillé avec mon meilleur pote pour une connerie, comment je m'excuse ?
mon pote est nul en cuisine, il a fait brûler des pâtes, j'ai jamais autant ri
sérieux les kheys, un pote qui vous insulte pour de vrai c'est pas un pote
la team du lycée se retrouve ce week-end, on va être des épaves dimanche
mon coloc et moi on se traite de noms d'oiseaux toute la journée, on est inséparables
je suis un ami de merde, j'ai pas répondu aux messages de ma pote depuis un mois
mon pote a ghosté le groupe depuis deux semaines, je m'inquiète un peu
"bande de nazes" c'est le nom de notre groupe whatsapp depuis le bac
pari perdu, je dois porter un t-shirt "je suis un gros nul" toute la journée :rire:
"""

FRIENDS_NEUTRAL = """
comment on se fait des amis quand on déménage dans une ville ?
vous faites quoi avec vos potes le samedi soir quand vous êtes fauchés ?
c'est normal de s'éloigner de ses potes du lycée ?
des idées de jeux de société pour une soirée à six ?
vous gardez contact avec vos amis d'enfance ?
"""

FRIENDS_ATTACKS = """
mon ex-pote est un fils de pute, j'espère qu'il crève dans un fossé | insult threat
t'es pas mon pote, t'es juste un parasite qui vient pour la bouffe, dégage | insult exclusion
on a viré Mehdi du groupe, il est trop bizarre, que personne lui réponde | exclusion
je vais te casser la gueule pour de vrai si tu reviens à la soirée | threat
ton pote c'est un gros con et toi t'es encore pire | insult
ne l'invitez plus jamais, ce boulet pourrit chaque soirée | insult exclusion
la meuf de mon pote est une salope, elle couche avec tout le monde | insult sexual_harassment
personne veut de toi dans notre bande, t'as jamais eu d'amis et t'en auras jamais | exclusion
Léa de ma classe est grosse et bête, on l'ignore tous exprès | insult body_shaming exclusion
mon pote m'a balancé, je vais lui crever les yeux, je rigole pas du tout | threat
le pote de mon frère, un gros lard puant qui squatte notre canap | insult body_shaming
bloquez tous Sofiane, qu'il reste seul dans son coin ce bouffon | insult exclusion
t'es la honte de notre groupe, va te tuer | insult self_harm_incitement
ce traître de Max, on va le choper à la sortie et lui faire sa fête | threat
toi t'es le pote boulet qu'on garde par pitié, tout le monde se fout de ta gueule | insult exclusion
t'es qu'une pute à attention, personne te calcule | insult exclusion
ma pote trans veut venir, non merci, on veut pas de ça dans notre soirée | identity_hate exclusion
sérieux tu sers à rien, t'es la merde de la bande | insult
on fait une soirée sans Karim, il est chiant et il pue, faites tourner | insult exclusion
ta meuf je vais la sauter à la prochaine soirée et te l'envoyer en photo | sexual_harassment
si tu parles encore de moi dans mon dos je te retrouve et je t'éclate | threat
les gens comme toi ont pas d'amis parce que t'es une sous-merde | insult exclusion
ton meilleur pote t'a lâché ? normal t'es un déchet mdr | insult
la copine de Nico est un thon, il pouvait pas trouver mieux ce loser | insult body_shaming
mon ancien pote est une balance, qu'il crève ce sale rat | insult threat
"""

# --- Admin, shops, companies and services -------------------------------------------------------
ADMIN_HARD = """
la préfecture m'a filé rendez-vous dans 8 mois pour un titre de séjour, quelle blague
SFR c'est une boîte de merde, trois semaines sans internet et personne répond
Amazon a livré mon colis chez un voisin au bout de la rue, merci les génies
le service client de ma banque m'a mis en attente 45 min, je vais crever au téléphone
Doctolib, plus de créneaux avant janvier, être malade c'est un luxe
la Poste a perdu mon recommandé, cette entreprise est une blague depuis 20 ans
le même formulaire rempli quatre fois, l'administration française est un cauchemar
Orange m'a facturé une option que j'ai jamais demandée, bande d'escrocs
mon forfait a sauté parce que j'ai dépassé de 2 Go, fuck ces opérateurs
la conseillère de la CAF a été adorable, elle a tout débloqué en 10 minutes
le site des impôts plante le dernier jour, comme chaque année, magnifique
la mutuelle rembourse que dalle, j'ai payé mes lunettes 300 balles
j'ai oublié de mettre à jour ma déclaration et je dois 400 balles, je suis un abruti
la sécu m'a envoyé ma carte vitale au mauvais nom, ils vont me tuer
quel SAV de merde, mon ordi part en réparation pour la troisième fois
Uber Eats m'a livré un burger froid et écrasé, je vais pleurer
Ikea c'est l'enfer, trois heures pour une commode et il manque une vis
fuck les hotlines, j'ai parlé à un robot qui m'a raccroché au nez
je suis un golem administratif, dossier Crous envoyé sans signature
cette banque en ligne est codée avec le cul, impossible de faire un virement
la mairie a perdu mon dossier de passeport, je pars dans deux semaines, je suis maudit
l'employé de la Poste m'a aidé à remplir le bordereau, un gentil monsieur
un conseiller m'a traité de "petit con" au téléphone, je peux faire une réclamation ?
mon médecin part en retraite et personne le remplace, c'est un désert ce coin
le distributeur de la fac a bouffé 2 euros, je vais me battre contre une machine
Free m'a coupé la box pour un prélèvement raté, ces rapaces ont zéro pitié
la RATP m'a envoyé une amende pour un trajet que j'ai jamais fait, kafkaïen
ce fdp de distributeur a encore bouffé ma pièce, je vais porter plainte contre une machine
"""

ADMIN_NEUTRAL = """
combien de temps ça prend un renouvellement de passeport en ce moment ?
comment on résilie un abonnement box sans frais ?
quelqu'un sait comment contester une amende de transport ?
il faut quels papiers pour une demande d'APL ?
c'est quoi le meilleur opérateur mobile pas cher en ce moment ?
"""

ADMIN_ATTACKS = """
la guichetière de la préfecture est une sale conne, je vais l'attendre à sa sortie | insult threat
le conseiller SFR était un débile fini, qu'il se fasse virer et qu'il crève | insult threat
les fonctionnaires c'est tous des feignasses de merde payées à rien foutre | insult
le livreur Uber Eats, un sale clandestin qui parle même pas français | insult identity_hate
la standardiste avait une voix de salope, je lui ai dit de venir me sucer | sexual_harassment
le médecin qui m'a refusé un arrêt, ce fils de pute, je vais lui rayer sa caisse et pire | insult threat
la secrétaire de la fac est une grosse vache incompétente | insult body_shaming
le postier qui a perdu mon colis, je sais où il habite, je vais lui rendre visite | threat doxxing
ces bougnoules à la préfecture sont mieux traités que nous | identity_hate
l'agent de sécurité du supermarché est un gros abruti sans cerveau | insult
toi qui bosses à la CAF, t'es un parasite, va te pendre | insult self_harm_incitement
la pharmacienne est moche à crever, une gueule de sorcière | insult body_shaming
le mec de la hotline Orange, je vais retrouver son centre d'appel et le défoncer | threat
l'op bosse à la Poste ? normal qu'il soit débile, c'est le critère d'embauche :hap: | insult
les employés de la préfecture méritent qu'on crame leurs bureaux avec eux dedans | threat
le chauffeur Uber m'a mal noté, ce connard de merde, je vais l'insulter tous les jours | insult
la conseillère bancaire m'a refusé le découvert, une vieille salope frigide | insult sexual_harassment
les livreurs à vélo sont des rats qui grillent tous les feux, faut les écraser | insult threat
ce vendeur Darty m'a pris pour un con, une petite merde en polo rouge | insult
l'infirmière des urgences était bonne, je suis resté exprès pour la mater et la toucher | sexual_harassment
le gérant du kebab m'a servi froid, ce sale rat, je vais lui cramer sa boutique | insult threat
les caissières qui papotent entre elles, des pintades décérébrées | insult
le dentiste avec son haleine de chacal et sa gueule de travers | insult body_shaming
"""


# --- Hyperbole against earnest threats, very short and very long lines ---------------------------
HYPERBOLE_HARD = """
je vais le tuer ce boss mdr
ce jeu va finir par me tuer
ptn je vais crever de rire
cette pute de lundi, encore une fois
quelle vie de merde sérieux les kheys
golem fini que je suis mdr
mon taf me fait chier grave ce mois ci
je vais le tuer, il m'a spoil la fin de la saison et en plus il trouve ça drôle, je le déteste mdr
ma pote m'a spoil le dernier épisode en story, je vais la tuer et l'enterrer dans le jardin :rire:
mon frère a mangé mes restes, il est mort, dites à ma mère que je l'aimais :rire:
je vais étrangler le prochain qui me parle de crypto au repas de Noël, promis mdr
le dev qui a codé ce niveau mérite la prison à vie mdr, trois heures bloqué dessus
je vais défoncer ce boss ce soir, il va comprendre qui est le patron
"t'es mort" a hurlé mon petit frère quand j'ai perdu à Mario Kart, ambiance familiale
je me tire une balle si j'entends encore cette chanson à la radio mdr
si je rate mon permis demain je m'exile en Sibérie, adieu les kheys
ce bouquin m'a achevé, j'ai chialé jusqu'à 3h du mat
je vais faire un massacre au tournoi de belote dimanche, préparez les mouchoirs
ma daronne va me tuer quand elle verra mon bulletin, priez pour moi
ma coloc va m'assassiner, j'ai cassé son mug préféré, adieu monde cruel
je vais crever de honte, j'ai appelé ma prof "maman" devant tout l'amphi
ce soir au loup-garou je tue tout le monde, vous êtes prévenus mdr
quand j'ai vu le prix du plein, j'ai voulu mourir sur place
le jour où je finis ce jeu sans mourir une seule fois je vous jure que je fais le tour du quartier en slip
mes potes m'ont massacré au Time's Up, je suis plus jamais en équipe avec Paul, ce traître, bisous quand même
"""

HYPERBOLE_NEUTRAL = """
vous avez déjà rage quit un jeu au point de le désinstaller ?
c'est quoi le boss le plus dur que vous avez battu ?
comment vous gérez les potes qui spoilent les séries ?
"""

HYPERBOLE_ATTACKS = """
je vais te tuer, c'est pas une blague | threat
t'es mort toi, sale fdp | insult threat
va crever sale merde l'op | insult threat
crève la bouche ouverte sale chien | insult threat
kys golem, tu sers à rien | insult self_harm_incitement
je vais le tuer ce fils de pute, il sait pas ce qui l'attend | insult threat
le mec qui m'a spoil, je connais sa fac, demain je l'attends avec un couteau, c'est pas de l'humour | threat doxxing
si tu spoiles encore une fois je te défonce la tête contre un mur, pour de vrai | threat
toi qui m'as spoil la série, je sais où t'habites, à demain | threat doxxing
je vais te retrouver et te tuer, tu le sais très bien | threat
ta dernière vanne sur ma mère, tu vas la payer avec tes dents | threat
tu vas mourir, je le jure sur ma vie, je te lâcherai pas | threat
parle encore de ma soeur et je te plante devant ta fac | threat
fdp je t'attends devant chez toi ce soir, viens seul | insult threat
je vais brûler ta maison avec ta famille dedans | threat
je te jure que si tu remets les pieds au club je te casse les deux jambes et personne te reconnaîtra, sale merde | insult threat
t'es une merde, va te pendre | insult self_harm_incitement
dégage du forum, gros cancer | insult exclusion
nique ta mère sale fdp | insult
sale pute, ferme ta gueule | insult
on va te retrouver, sale balance | insult threat
je vais baiser ta mère devant toi | insult sexual_harassment
t'es un gros porc dégueulasse | insult body_shaming
"""


TABLES = (
    (STUDIES_HARD, STUDIES_NEUTRAL, STUDIES_ATTACKS),
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
    (GAMES_HARD, GAMES_NEUTRAL, GAMES_ATTACKS),
    (TRANSPORT_HARD, TRANSPORT_NEUTRAL, TRANSPORT_ATTACKS),
    (WEATHER_HARD, WEATHER_NEUTRAL, WEATHER_ATTACKS),
    (MONEY_HARD, MONEY_NEUTRAL, MONEY_ATTACKS),
    (LONELY_HARD, LONELY_NEUTRAL, LONELY_ATTACKS),
    (FAMILY_HARD, FAMILY_NEUTRAL, FAMILY_ATTACKS),
    (FORUM_HARD, FORUM_NEUTRAL, FORUM_ATTACKS),
    (LIFE_HARD, LIFE_NEUTRAL, LIFE_ATTACKS),
    (BODY_HARD, BODY_NEUTRAL, BODY_ATTACKS),
    (HOME_HARD, HOME_NEUTRAL, HOME_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (FRIENDS_HARD, FRIENDS_NEUTRAL, FRIENDS_ATTACKS),
    (ADMIN_HARD, ADMIN_NEUTRAL, ADMIN_ATTACKS),
    (HYPERBOLE_HARD, HYPERBOLE_NEUTRAL, HYPERBOLE_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
