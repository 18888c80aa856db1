"""Generate fr_short_mockery.csv: short French forum replies that mock or talk down to a poster, and
replies that only disagree, correct, tease kindly or give blunt advice.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks belittle the original
poster ("l'op", "l'auteur") or another poster without needing a swear word: condescension ("t'as
quel âge pour écrire ça", "retourne à l'école", "c'est mignon de croire ça"), public humiliation
("screen avant suppression, la honte"), contempt for someone's life, job, spelling or looks,
dismissal ("personne t'a demandé", "t'existes pas"), sarcastic pile-ons (":rire: :rire:"),
mockery of a poster's mental health or of a woman poster, organised exclusion, "kys"-style pushes
and screenshots that tie a poster to a real identity. Harmless lines use the same shapes and forum
words: firm disagreement, corrections without contempt, light teasing between regulars, blunt
advice that was asked for, jokes at a situation, self-mockery, "ayaa" at a funny story. Every line
is 5 to 25 words. No extra variants.
See fr_short_mockery.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_mockery.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words, shapes or
# subjects of the attacks and demean nobody; neutral lines are ordinary posts on the topic.

# --- Age, school, "lis un livre": condescension about someone's mind -----------------------------
AGE_HARD = """
t'as quel âge l'op ? je demande parce que les conseils changent si t'es au lycée ou en fac
sérieux l'op, à 19 ans c'est normal de pas savoir faire sa déclaration d'impôts, personne nous apprend ça
lis le tuto épinglé en haut du forum, tout est expliqué étape par étape
perso j'ai repris l'école à 24 ans, meilleure décision de ma vie khey
t'as quel âge ? si t'as moins de 26 ans t'as droit à la réduc sur la carte de train
Retourner à l'école à 22 ans c'est pas une honte, vas-y l'auteur, fonce
lis L'Étranger si t'as aimé ce genre de bouquin, c'est court et ça se lit vite
je suis pas d'accord avec l'op, le bac pro ouvre plein de portes contrairement à ce qu'il dit
tu as tort sur la date, la prise de la Bastille c'est 1789 pas 1798, mais le reste de ton post tient
j'ai 23 ans et j'ai lu mon premier vrai roman l'an dernier, jamais trop tard :hap:
t'as quel âge pour écrire aussi bien ? on dirait un prof de lettres, respect l'auteur
Sérieux les kheys, lisez les sources avant de débattre, ça vaut pour moi aussi
l'auteur a 17 ans, soyez cool avec lui dans les réponses svp
à ton âge j'avais exactement les mêmes questions, ça passe avec le temps t'inquiète
je pense que tu confonds inflation et récession, la première c'est quand les prix montent
non khey, ton raisonnement tient pas : les salaires ont monté moins vite que les loyers, regarde les chiffres
c'est mignon ton histoire avec ta grand-mère et ses lettres, merci d'avoir partagé l'op
retourne à l'école si t'en as la possibilité, la formation adulte peut être financée par ton cpf
Lis les conditions du contrat avant de signer, c'est toujours là qu'ils t'ont eu khey
t'as quel âge ton chat ? le mien a fait pareil à 12 ans, c'était les reins
les gens qui répondent juste "lis un livre" en argument ça m'a toujours saoulé, explique plutôt
ma petite soeur de 14 ans m'a corrigé en maths hier soir, l'humiliation :rire:
on a pas les mêmes sources mais je respecte ton avis l'op, on en reparle quand les chiffres sortent
j'ai raté mon bac deux fois, je l'ai eu la troisième, lâchez rien les kheys
Tu as l'air jeune donc je précise : un crédit conso à 20 % c'est un piège, fuis
ta question est un peu naïve mais légitime, le salaire net c'est ce qui reste après les cotisations
je suis prof en collège et franchement ton message est mieux écrit que la moitié de mes copies
désolé mais ta source c'est un blog anonyme, t'aurais pas un article plus solide ?
l'op a raison sur le fond, juste le chiffre est faux, c'est 12 % et pas 20
t'as quel âge khey ? 18 ? alors oublie le leasing et prends une petite occasion
retourne voir le chapitre sur les dérivées dans ton cours de terminale, c'est exactement ton exo
on a tous écrit des posts éclatés à 15 ans, moi le premier ayaa
Lis le règlement de la copro, normalement c'est le syndic qui paie ce genre de travaux
tu peux pas dire que la terre a 6000 ans khey, les datations géologiques montrent autre chose
lis la doc, c'est expliqué
je suis pas d'accord avec toi sur la retraite, mais ton post est argumenté, sourcé et poli, c'est rare ici, donc merci l'op vraiment
"""

AGE_NEUTRAL = """
Qui a fait une reprise d'études après 25 ans ? vos retours m'intéressent
vous conseillez quoi comme livre pour quelqu'un qui lit jamais ?
Le bac de français c'est quelle date cette année déjà ?
je cherche une alternance en compta vers Lille, des plans ?
"""

AGE_ATTACKS = """
t'as quel âge pour écrire un truc aussi débile ? 12 ans ? | insult
retourne à l'école l'op, visiblement t'as sauté quelques années | insult
lis un livre de temps en temps, ça t'évitera de poster ce genre de bouse | insult
c'est mignon de croire ça, ta maman t'a dit que t'étais intelligent aussi ? | insult
ahi l'auteur qui découvre l'économie avec son cerveau de collégien :rire: | insult
t'as quel âge pour écrire aussi mal ? on dirait un gosse de cm2 qui découvre le clavier | insult
sérieux, t'as eu ton bac dans un paquet de chips ? | insult
un quotient de poisson rouge et ça vient donner son avis sur l'inflation, sublime | insult
ta mère t'a prêté l'ordi ce soir ? va faire tes devoirs le gosse | insult
on t'a jamais appris à réfléchir avant de poster ? c'est triste à ton âge | insult
lis, petit, lis, et reviens quand t'auras compris un seul mot de ce que t'écris | insult
l'op pense que la terre a 6000 ans, appelez un adulte responsable svp :rire: | insult
c'est fou d'être aussi inculte et aussi sûr de soi en même temps :rire: | insult
explique moi comme à un enfant de 5 ans... ah non, c'est toi l'enfant de 5 ans | insult
bac pro mention rien du tout et ça veut donner des leçons d'économie :hap: | insult
le niveau de ce topic, une récré de maternelle dirigée par l'op | insult
va réviser ton brevet au lieu de polluer le forum gamin | insult
tes parents ont vraiment raté ton éducation, c'est pas possible autrement | insult
pauvre chou, t'as découvert wikipedia hier et tu te prends déjà pour un prof | insult
chaque post de ce golem fait baisser le QI moyen du forum | insult
tu lis à quel niveau, CP ? parce que visiblement la phrase d'avant t'a échappé | insult
ahi l'autodidacte youtube qui explique la médecine aux médecins, quelle misère intellectuelle | insult
oh le pauvre, il a cru que sa source wordpress allait impressionner quelqu'un :rire: | insult
j'ai honte pour toi l'op, même mon neveu de 10 ans raisonne mieux | insult
reviens quand t'auras un cerveau, d'ici là laisse parler les grands | insult
on a un génie incompris dans le topic les kheys, vite applaudissez-le :rire: :rire: | insult
25 ans et tu sais pas ce qu'est un salaire brut ? la tristesse mon pauvre | insult
faut vraiment être simplet pour croire qu'un patron augmente ses employés tout seul | insult
retourne en primaire, ils t'apprendront peut-être à compter jusqu'à dix | insult
c'est adorable quand les gens sans cerveau essaient d'expliquer la physique :hap: | insult
désolé hein, mais t'es clairement le plus lent du forum, et de loin | insult
t'as quel âge, dix ans ? :rire: | insult
lis un livre, golem illettré | insult
je sais pas ce qui est le plus triste dans ton message, l'inculture crasse, l'arrogance ou le fait que t'aies plus de vingt ans | insult
"""

# --- Spelling: corrections without contempt vs mocking how someone writes -----------------------
SPELLING_HARD = """
c'est "ils ont" pas "ils on", sans méchanceté hein, ça m'arrive aussi quand je tape vite
petite correction : on écrit "au temps pour moi", mais tout le monde met "autant", pas grave
l'op est dyslexique, il l'a dit dans son premier message, on comprend très bien ce qu'il veut dire
mon ortho est catastrophique depuis toujours, désolé d'avance pour vos yeux les kheys :hap:
"quoique" en un seul mot ici, je le signale juste parce que tu demandais de l'aide pour ta lettre
tu demandais des avis donc je le dis : fais relire ta lettre, y a quatre fautes dans la première phrase
le correcteur de mon tel change "golem" en "gollum" à chaque fois ayaa
j'écris en phonétique quand je suis sur mobile, c'est la flemme pas l'ignorance :noel:
on s'en fout des fautes, le fond de son message est juste, répondez au fond
pour "j'ai été" ou "j'étais" y a une règle assez simple, je t'explique en mp si tu veux
les accents sur mon clavier qwerty c'est l'enfer, pardonnez l'absence de é
tu peux corriger le titre du topic l'op ? "sa" au lieu de "ça", sinon la recherche le trouve pas
ayaa j'ai écrit "sa va" dans un mail à mon boss ce matin, je veux disparaître
personne est obligé d'écrire parfaitement sur un forum, c'est pas l'épreuve de français
Bon conseil pour l'ortho : lire beaucoup, et le projet Voltaire est souvent gratuit pour les étudiants
je te reprends pas pour t'enfoncer, c'est "je serais" au conditionnel ici, ta candidature mérite ça
le français c'est pas ma langue maternelle, corrigez moi si je fais des erreurs svp
toujours les mêmes qui corrigent l'orthographe au lieu de répondre, ça fait pas avancer le débat
"malgré que" c'est toléré maintenant, l'académie grogne mais l'usage a gagné
honnêtement ton texte se lit très bien, deux trois coquilles mais rien de grave
j'ai relu ton cv vite fait, surtout des accords à reprendre, le reste est propre :ok:
"de part" ou "de par", je me trompe à chaque fois, quelqu'un a un moyen mnémo ?
le mec a écrit "sa" au lieu de "ça" mais son analyse du match est la meilleure du topic
c'est voulu le "pa" sans s ? je le vois partout sur le forum maintenant, c'est devenu un style
l'orthographe de l'op est pas top mais faut admettre que son plan tient la route
j'ai 21 ans et je confonds toujours "a" et "à" quand j'écris vite, ça se soigne ? :rire:
les fautes sur les affiches de la mairie me font toujours rire, ils ont pas de relecteur ?
Retiens juste ça : si tu peux remplacer par "avait", c'est "a" sans accent
aucune moquerie, mais écris "hôpital" avec l'accent circonflexe si c'est pour ton dossier d'infirmier
mon prof de fac écrit pire que moi et il a un doctorat, comme quoi
merci pour la correction khey, j'avais pas vu, c'est modifié
la faute dans le titre français du film m'a fait rire, c'est voulu par le distributeur ?
Bescherelle offert à mon frère pour Noël, on en rigole encore tous les deux
c'est "quand même", sans s
"""

SPELLING_NEUTRAL = """
quelqu'un connait un bon correcteur gratuit pour les mails pro ?
le projet Voltaire ça vaut le coup pour un concours de la fonction publique ?
vous écrivez avec ou sans accents sur le forum, par flemme ?
C'est quoi la différence entre "quand" et "quant", je me perds tout le temps
"""

SPELLING_ATTACKS = """
"ils on" :rire: retourne au CE1 avant de parler de politique golem | insult
l'op écrit comme il pense, c'est-à-dire pas du tout :rire: | insult
j'ai perdu dix points de QI à lire ton pavé bourré de fautes | insult
avec une orthographe pareille normal que personne t'embauche | insult
"sa va" "sé" "pa" : le mec tape avec ses coudes ou quoi :rire: | insult
screen de l'orthographe de l'auteur pour les archives, un chef d'oeuvre de débilité | insult
même un analphabète ferait moins de fautes, t'as un diplôme de quoi au juste ? | insult
arrête d'écrire, chaque phrase que tu postes est une insulte à la langue | insult
dyslexique mon cul, t'es juste bête et t'as trouvé une excuse qui sonne bien | insult identity_hate
le dyslexique qui vient nous faire la morale, commence par apprendre à lire | insult identity_hate
t'écris "quoi que" en deux mots et tu veux qu'on te prenne au sérieux ? :rire: | insult
faut un traducteur pour comprendre ce golem, il écrit en langue des cavernes | insult
tu vas vraiment envoyer cette lettre avec quatre fautes ? le recruteur va bien rire de toi, abruti | insult
l'orthographe d'un gosse de 8 ans et l'arrogance d'un ministre, bravo l'artiste | insult
chaque fois que l'auteur poste j'ai besoin d'un doliprane, c'est un massacre | insult
étranger ou pas, si tu sais pas écrire le français t'as rien à faire sur un forum français | identity_hate exclusion
l'op confond "a" et "à" depuis trois pages, on va se cotiser pour lui acheter un cerveau | insult
"malgré que", "de part", "au jour d'aujourd'hui", le festival du golem illettré | insult
c'est plus des fautes de frappe à ce niveau, c'est un cerveau en panne | insult
je copie ton message dans le topic des pires orthographes, tu vas faire un carton :rire: | insult
tu écris comme tu parles, c'est-à-dire comme un paysan bourré | insult
les fautes de l'op c'est la seule chose drôle qu'il ait jamais produite | insult
on dirait un texto de ma grand-mère sous anesthésie, en moins intelligent | insult
correcteur désactivé, cerveau désactivé, tout est cohérent chez lui | insult
ton cv avec "j'ai été" partout, je comprends pourquoi t'es au chômage depuis deux ans | insult
pas étonnant que t'aies raté ton bac avec une syntaxe pareille, pauvre tâche | insult
tu tapes avec tes pieds ou t'es juste aussi limité que t'en as l'air ? | insult
ayaa "hopital" sans accent, le niveau des gens qui veulent être infirmiers, on est mal barrés | insult
même ta correction est bourrée de fautes, t'es illettré jusqu'au bout khey | insult
"""

# --- Public humiliation: screens, "la honte", "tout le forum se fout de toi" ---------------------
SHAME_HARD = """
screen avant suppression : le patch note annonce enfin le retour du mode classé
la honte de ma vie : j'ai appelé ma prof "maman" en amphi devant 200 personnes :rire:
tout le forum se fout de ce débat sur les trottinettes, on peut revenir à la question de l'op ?
je screen le prix affiché avant que le magasin le change, c'est leur erreur pas la mienne
l'op a supprimé son message, dommage, la question était vraiment intéressante
le screen du bug où le perso marche dans le vide, j'en peux plus :rire:
pas la peine de screen son message pour se moquer, signalez et passez à autre chose
je garde des screens des menaces qu'on m'a envoyées, c'est pour la plainte
me suis fait afficher au karaoké du boulot, j'ai chanté faux devant tout l'open space ayaa
vous vous êtes déjà tapé une honte en entretien ? moi j'ai tutoyé la DRH sans faire exprès
le topic de l'op est épinglé en page d'accueil, bien joué khey c'est mérité
screen de mon score au quiz de géo, 3 sur 20, je suis une catastrophe :rire:
l'auteur a reconnu son erreur et a édité son post, respect, ça arrive pas souvent ici
Je comprends pas pourquoi on ressort ses vieux messages de 2019, les gens changent
le streamer s'est pris une porte vitrée en live et il a rigolé le premier, trop bon délire
la honte c'est pas de se tromper, c'est de pas l'admettre, et l'op l'a admis, donc gg
je partage le screen de ma conv avec le service client, 45 minutes pour rien, la blague
tout le forum se fout de moi depuis que j'ai dit que j'aimais l'ananas sur la pizza, j'assume :hap:
sérieux arrêtez de relayer son ancien pseudo, il a demandé qu'on passe à autre chose
j'ai screen ton astuce pour nettoyer le four, elle marche super bien, merci l'op
c'était une honte l'arbitrage hier soir, le penalty était clair comme de l'eau de roche
bon j'avoue j'avais tort sur toute la ligne, vous pouvez archiver le topic :rire:
pas besoin d'humilier quelqu'un qui pose une question, on a tous débuté un jour
screen avant suppression mais pour la bonne cause : le code promo marche encore
ahi on ressort mon topic de 2015 où je demandais si le wifi donnait le cancer, j'ai grandi depuis :rire:
le topic "vos pires hontes" est une pépite, je l'ai lu en entier cette nuit
même si t'as eu un gros raté, dans une semaine personne s'en souviendra, t'inquiète pas l'op
j'ai glissé sur le sol mouillé devant toute la classe, même le prof riait, on était pliés
archivez ce topic quelqu'un, c'est le meilleur tuto qu'on ait eu sur le forum
on rigole avec lui pas de lui, il a posté la vidéo lui-même et il se tape des barres
je suis pas fier de mon message d'hier, j'étais énervé, désolé à l'op
la honte internationale hier soir, on prend quatre buts à domicile contre une équipe de seconde zone
on a tous posté un truc gênant, moi j'ai demandé en 2016 comment recharger un téléphone au micro-ondes, et je suis encore vivant :rire:
"""

SHAME_NEUTRAL = """
comment on fait un screen sur un pc portable sans touche impr écran ?
les modos peuvent restaurer un message supprimé par erreur ?
c'est possible de changer de pseudo sans perdre ses anciens messages ?
ça vous est déjà arrivé de regretter un vieux post ?
"""

SHAME_ATTACKS = """
screen avant suppression, la honte absolue de ce golem :rire: | insult
tout le forum se fout de toi depuis trois pages et tu le vois même pas | insult
on l'archive dans le topic des pires golems du forum, il l'a bien mérité | insult
j'ai partagé ton message sur le discord, tout le monde pleure de rire, t'es devenu un mème | insult
ressortez ses vieux posts de 2019 les kheys, on va bien rigoler de sa vie de loser | insult
la honte d'avoir posté ça, à ta place je me cacherais pendant dix ans | insult
il a supprimé son post mais on a tout screen, trop tard pour toi petit clown | insult
t'es la risée du forum et tu continues à poster, c'est fascinant | insult
le topic des hontes de l'op, à épingler en page d'accueil, faites tourner :rire: | insult
on garde ton message au chaud pour te l'afficher chaque fois que tu l'ouvres | insult
tu t'es humilié tout seul, on a juste à regarder et à rigoler :rire: | insult
vous avez vu la dégaine du mec dans sa vidéo ? un sac à patates qui parle :rire: | insult body_shaming
chaque fois que je vois ton pseudo je repense à ton topic de la honte :rire: | insult
les kheys on a fait un montage de ses pires messages, il est prêt pour la postérité | insult
mdr le mec qui a chialé en vocal, on l'a enregistré, ça va tourner partout | insult
l'op croyait avoir raison devant tout le forum, le retour à la réalité va piquer :rire: | insult
son ancien pseudo c'était "BgDuQuartier" ayaa on va l'appeler comme ça pour toujours | insult
imagine être moqué par tout un forum et revenir le lendemain comme si de rien n'était, pathétique | insult
ta chute en vocal fait le tour du serveur, t'es officiellement le clown du mois | insult
on va mettre ton message en signature, que tout le monde se rappelle de ta honte | insult
je te ressortirai ce screen à chaque débat, tu vas le traîner toute ta vie | insult
lui c'est le golem qui a appelé sa prof maman, on lui rappelle tous les jours :rire: | insult
t'as effacé ton topic ? trop tard, il tourne déjà partout avec ton pseudo, bon courage | insult
ahi l'humiliation publique, même les modos se moquent de toi | insult
tout le monde rit de toi, pas avec toi, faut que tu le comprennes un jour | insult
vous inquiétez pas, il revient tous les jours se faire humilier, c'est son hobby | insult
c'est le genre de gars qu'on invite en soirée juste pour se foutre de lui | insult
ton fiasco d'hier mérite un topic dédié, je m'en occupe, prépare toi | insult
la honte de sa famille ce mec, j'espère que ses parents lisent pas le forum | insult
la honte, screen et archivé :rire: | insult
"""

# --- Someone's life: loneliness, no girlfriend, living with parents ------------------------------
LIFE_HARD = """
ta vie a l'air chargée en ce moment khey, prends un peu de temps pour toi
normal que t'aies pas de meuf pour l'instant, t'as déménagé y a deux mois, laisse le temps
célibataire depuis quatre ans et franchement je le vis bien, on peut être heureux seul
j'ai passé mon samedi soir seul devant un film et c'était parfait :ok:
la solitude après la fac ça tape fort, vous faites comment pour rencontrer du monde ?
ma vie est triste en ce moment, mais je bosse dessus, merci pour vos messages les kheys
puceau à 24 ans et alors ? chacun son rythme, ça regarde personne
je vis encore chez mes parents à 25 ans, avec les loyers c'est la seule option
Toujours pas de copine, ma mère me pose la question à chaque repas, la pression ayaa
tu vis chez tes parents ? aucun souci khey, moi aussi jusqu'à 27 ans, ça m'a permis d'épargner
t'as pas d'amis dans ta nouvelle ville ? essaie un club de sport, c'est là que j'ai rencontré ma bande
sans vouloir te vexer, douze heures par jour sur lol c'est peut-être ce qui te mine, tu demandais un avis
jouer aux jeux vidéo tout le week-end c'est une vie tout à fait normale, laisse les parler
ma vie sociale c'est trois potes et un chat, et ça me suffit largement :hap:
l'op dit qu'il se sent seul, soyez sympas les kheys, c'est pas le topic pour troller
le célibat à vingt ans c'est pas une maladie, arrêtez de vous comparer à instagram
Mon pote est resté seul longtemps, il a rencontré sa copine à 29 ans, y a pas d'âge
ayaa mon vendredi soir : pâtes au beurre et série coréenne, la vie de rêve
ça fait plaisir de lire que t'as enfin trouvé une coloc sympa, ça va changer ton quotidien
tu dis que t'as pas de vie, mais t'as un boulot, un appart et un chien, c'est déjà énorme
Je crois que la solitude c'est pas une honte, c'est juste un moment de la vie
vous trouvez ça triste de fêter son anniv seul ? moi je me suis payé un resto rien que pour moi
je suis le dernier célibataire de ma promo, on me chambre gentiment en soirée et ça me va
ta meuf t'a largué ? courage khey, les deux premières semaines c'est le pire
trois semaines sur une appli de rencontre, zéro match, je rigole jaune :rire:
tu passes tes soirées sur le forum comme nous tous, on est dans le même bateau :hap:
ma grand-mère vit seule depuis 10 ans et elle a une vie sociale de dingue, bridge, chorale, tout
l'auteur parle de son quotidien avec pudeur, on pourrait éviter les blagues sur sa vie
le sous-sol de mes parents est devenu mon studio de musique, meilleur endroit de la maison
je trouve ça courageux d'écrire que tu te sens seul, beaucoup le vivent sans le dire
honnêtement peu d'amis mais des vrais, c'est mieux que cinquante potes de soirée
t'es pas "bizarre" parce que t'aimes rester chez toi, t'es juste introverti
normal que t'aies pas de meuf si tu sors jamais, essaie un club d'escalade, c'est plein de gens sympas
"""

LIFE_NEUTRAL = """
comment vous rencontrez des gens après 25 ans quand tous les potes sont casés ?
des idées d'activités pas chères pour le week-end à Lyon ?
les applis de rencontre c'est encore utile ou c'est mort ?
quelqu'un a testé les soirées jeux de société dans les bars ?
"""

LIFE_ATTACKS = """
ta vie doit être tellement triste pour passer tes journées à poster ici | insult
normal que t'aies pas de meuf, qui voudrait d'un raté pareil | insult
puceau à 24 ans, ça explique toute la rage dans tes messages :rire: | insult
25 ans chez ses parents et ça donne des leçons de vie, l'audace du golem | insult
t'as pas d'amis et ça se comprend vu ta personnalité de serpillère | insult exclusion
personne viendra à ton anniversaire, comme chaque année, pauvre type | insult exclusion
ahi le mec qui fête son anniv seul au resto, une vie de chien :rire: | insult
même ta mère doit avoir honte de ce que t'es devenu | insult
pâtes au beurre, jeux vidéo et zéro meuf, le kit complet du loser :rire: | insult
trois semaines zéro match sur l'appli ? normal, t'as vu ta gueule | insult body_shaming
ta meuf t'a largué ? elle a enfin ouvert les yeux, bien joué à elle | insult
tu finiras seul avec ton chat et personne remarquera rien | insult
ta seule relation c'est ton clavier, et encore il doit en avoir marre de toi | insult
le genre de type dont la seule interaction sociale c'est le livreur uber eats | insult
t'es célibataire depuis ta naissance khey, et c'est pas un hasard :rire: | insult
t'as 30 ans, pas de taf, pas de meuf, et tu viens juger les autres, sérieux | insult
sortir de ta chambre ça te ferait du bien, ah non, t'as nulle part où aller | insult
ta vie est tellement vide que t'as besoin de troller pour exister | insult
imagine être ce golem et se réveiller chaque matin, le courage qu'il faut :rire: | insult
on voit que tu parles jamais à une femme, ça transpire dans chaque phrase | insult
ta vie sociale c'est trois pixels et un chat qui te méprise :rire: | insult
rentre dans ta cave et ressors dans vingt ans, personne verra la différence | insult exclusion
l'op se sent seul ? normal, même ses amis imaginaires l'ont quitté | insult
ton sous-sol sent le renfermé jusqu'ici, ouvre une fenêtre et va vivre | insult
faut vraiment avoir une vie de merde pour écrire des pavés pareils à 3h du mat | insult
si j'avais ta vie je resterais couché toute la journée, franchement | insult
le gars est tellement seul qu'il répond à ses propres topics :rire: | insult
ça fait pitié, un adulte qui mendie un peu d'attention auprès d'inconnus | insult
on sent la solitude et le désespoir à travers l'écran khey, c'est gênant | insult
retourne jouer, le puceau :rire: | insult
vingt-huit ans, chez maman, pas de permis, pas de taf, pas d'amis, et il passe ses nuits à expliquer la vie aux autres | insult
"""

# --- Dismissal: "personne t'a demandé", "t'existes pas", "qui t'es toi" --------------------------
DISMISS_HARD = """
personne t'a demandé de t'excuser khey, t'as rien fait de mal
l'op a demandé des avis sur le vélo, pas sur la politique, recentrez svp
je réponds même si personne m'a demandé : perso je prendrais le modèle de l'an dernier
t'existes encore toi ? ça fait des mois que je t'ai pas vu sur le forum, content de te lire
Revenons au sujet, on s'éloigne de la question de l'op depuis deux pages
j'avais pas demandé d'avis sur ma coupe mais merci, je prends :rire:
ton avis compte autant que le mien, on est juste pas d'accord
je sais que personne m'a demandé mais j'ai testé les deux et le premier est mieux
hors sujet total mais votre débat sur la cuisson des pâtes est génial :rire:
t'as pas besoin de te justifier, ton choix de fac te regarde
Ça c'est ton avis, moi je pense l'inverse pour trois raisons, je développe
pas compris ta réponse khey, tu peux reformuler ? je veux pas mal interpréter
qui est l'auteur du tuto ? je veux le remercier, il m'a sauvé la journée
Désolé de m'incruster dans la discussion mais j'ai une info utile sur ce point
tu as le droit de donner ton avis, et moi j'ai le droit de dire que je suis pas d'accord
je passe mon tour sur ce débat, j'y connais rien, je laisse ceux qui savent
ton message est passé inaperçu mais il était super pertinent, je le remonte
je te connais pas mais ta réponse est la plus claire du topic, merci
je t'ignore pas hein, j'ai juste pas eu le temps de répondre hier
l'avis de l'op sur la fin de la série m'intéresse, il a souvent des bonnes analyses
on t'a pas oublié khey, on t'attendait pour le topic du match :hap:
personne est obligé de répondre, mais si quelqu'un a une idée je suis preneur
Toi t'as pas vu la saison 2, sinon tu dirais pas ça :hap: regarde et on en reparle
"qui t'es toi" c'était une vraie question, je voulais savoir si t'étais le dev du mod
ton point de vue est minoritaire sur le forum mais ça le rend pas faux
je suis nouveau, désolé si la question a déjà été posée, je cherche des conseils pour mon premier pc
on dirait que personne a lu jusqu'au bout, l'op précise justement ça dans son dernier paragraphe
j'avais zappé ton message, désolé, je te réponds maintenant
ton avis sur la question ? je te lis souvent et t'as l'air de t'y connaître
t'inquiète, même si ton topic a fait que trois réponses, elles étaient utiles
Je suis pas d'accord avec toi mais merci d'avoir pris le temps d'expliquer
tu dis que ton avis compte pas parce que t'es nouveau, bien sûr qu'il compte, vas-y
merci l'op, topic très utile
t'as tort mais je respecte
"""

DISMISS_NEUTRAL = """
comment on fait pour remonter un topic sans spammer ?
Y a une limite de messages par jour pour les nouveaux comptes ?
c'est normal que mes topics apparaissent pas dans la liste ?
on peut mettre un avatar animé sur le forum ?
"""

DISMISS_ATTACKS = """
personne t'a demandé ton avis, retourne dans ton coin | insult exclusion
t'existes pas, ton avis vaut zéro, fin de la discussion | insult
qui t'es toi déjà ? ah oui, personne :rire: | insult
ton avis on s'en tape, t'as jamais rien apporté à ce forum | insult
tu parles mais personne t'écoute, t'as remarqué ? | insult exclusion
ferme-la un peu, les adultes discutent ici | insult
t'es un figurant dans ta propre vie, alors ici n'en parlons même pas | insult
ton message c'est du bruit, comme toi | insult
on t'a sonné ? non ? alors tais toi | insult
personne se souvient de ton pseudo et c'est mieux comme ça | insult
sérieux, tu crois vraiment que quelqu'un lit tes pavés ? :rire: | insult
ton topic a fait trois réponses, même le forum te trouve inintéressant | insult
quand tu postes c'est comme si t'avais rien dit, en moins utile | insult
un avis de plus dont tout le monde se fout, merci de ta participation inutile | insult
t'es le genre de mec qu'on oublie pendant qu'il parle | insult
ta gueule le nouveau, t'as pas le niveau pour parler ici | insult exclusion
je savais même pas que t'avais un compte, et j'aurais préféré pas savoir | insult
encore toi ? t'as pas compris que ta présence dérange tout le monde ? | insult exclusion
qui a laissé le golem sortir de sa cage ? rentrez le svp :rire: | insult
ton avis sur la série on s'en fout, t'as les goûts d'un poisson mort | insult
tes messages sont tellement vides qu'on devrait les compter comme du spam | insult
ah t'es encore là toi ? quelle déception, on était si bien sans toi | insult exclusion
les gens comme toi sont la raison pour laquelle les forums meurent | insult
pas besoin de répondre à l'op, il existe pas, laissez le parler dans le vide | insult exclusion
ton avis a la même valeur qu'un pet dans le vent | insult
t'as rien à dire, t'as jamais rien eu à dire, arrête d'essayer | insult
on t'a pas oublié khey... on t'a juste jamais remarqué | insult
dégage de mon topic, personne veut lire un mec aussi creux | insult exclusion
tes analyses de série sont aussi profondes qu'une flaque, tais toi | insult
personne t'a sonné, le golem | insult
"""

# --- Pile-ons: "ahi le golem", ":rire:" spam, against laughing at a story or self ----------------
PILEON_HARD = """
ayaa l'histoire du chat qui vole le sandwich du voisin, j'en peux plus :rire: :rire:
ahi le golem qui croit avoir raison, c'était moi hier soir face à ma copine :rire:
:rire: :rire: :rire: la fin de ton histoire, je m'y attendais pas du tout
ayaa ton coloc qui met du ketchup dans ses pâtes carbo, c'est un crime contre l'Italie
le topic part en vrille mais dans le bon sens, meilleur fou rire de la semaine
ahi les kheys, j'ai encore raté mon permis, le golem c'est moi :rire:
vous avez raison, j'avais tort, je rends les armes :hap:
ayaa ton prof qui s'endort pendant son propre cours, c'est du génie
mon oncle est persuadé que la 5G fait fuir les pigeons, j'ai pas su quoi répondre au repas :rire:
je plussoie l'op, son argument sur les loyers est solide, répondez sur le fond
:fou: :fou: le clip est tellement nul qu'il en devient génial
on est tous d'accord pour dire que l'op a raison ? je crois que le débat est clos :ok:
ayaa la chute du skateur, il se relève en souriant, le respect
je suis d'accord avec les autres pour une fois, ton build est pas optimal, voilà pourquoi
:rire: :rire: l'op qui raconte comment il a révisé la veille et eu 18, la chance insolente
tout le monde te dit la même chose parce que c'est le consensus technique, pas pour t'attaquer
ça fait cinq personnes qui te disent que le ssd est mieux, je pense que c'est un signe :hap:
ahi Pimousse qui se prend encore une défaite en classé, on t'aime quand même mon reuf :hap:
l'ambiance du topic est géniale, on se chambre mais personne se prend la tête
ayaa les chambrages entre supporters de Lyon et de Saint-Étienne, c'est chaque année pareil
on a créé un topic pour rire de nos propres fails en cuisine, venez poster vos désastres
t'inquiète on te taquine, t'es le meilleur modo du forum :hap:
ayaa ma mère qui m'envoie des vocaux de huit minutes pour dire bonjour, les darons :rire:
les kheys vous êtes trop forts, le topic blagues m'a sauvé ma journée pourrie
:noel: la réponse de Pimousse, je savais qu'il allait sortir celle-là, tu me connais trop
l'op avait raison depuis le début et on s'est tous plantés, je m'incline
golem toi-même, moi aussi j'ai acheté ce jeu day one, on est pareils :rire:
:rire: la tête du chien quand il voit l'aspirateur, mon fou rire du jour
le meme du golem qui crie, je l'ai fait en sticker, je vous l'envoie ?
ahi le match d'hier, Pimousse m'avait prévenu et je l'ai pas écouté, il avait raison
ayaa le mec dans la vidéo qui dit "je suis pas tombé, j'ai attaqué le sol" :rire:
ta réponse est longue mais juste, lis pas les railleries, y a que des arguments faibles en face
"""

PILEON_NEUTRAL = """
c'est quoi l'origine du mot golem sur le forum ?
Comment on met les smileys dans la réponse rapide ?
ça vient d'où l'expression ayaa ? je la vois partout
il y a un topic pour les blagues du jour ?
"""

PILEON_ATTACKS = """
ahi le golem qui croit avoir raison :rire: :rire: :rire: | insult
ayaa l'op qui s'enfonce à chaque message :rire: :rire: on le regarde couler | insult
:rire: :rire: :rire: regardez le golem essayer de se défendre, on dirait un chiot mouillé | insult
tout le topic contre toi et tu continues, ahi le bouffon :rire: | insult
venez les kheys, l'op s'est encore ridiculisé, on vous attend pour le spectacle | insult
+1 golem, +1 clown, +1 loser, faites tourner :rire: | insult
ahi le génie qui croit que son build est bon, il se fait démonter par tout le forum | insult
ayaa lui il a vraiment cru qu'on allait le prendre au sérieux :rire: | insult
:rire: :rire: :rire: :rire: :rire: ce mec sérieux | insult
qui veut taper sur le golem aujourd'hui ? il est encore revenu :rire: | insult
l'op qui répond à tout le monde en panique, ahi le naufrage | insult
on se relaie pour lui répondre les kheys, qu'il dorme pas cette nuit :rire: | insult
encore un golem qui se croit plus malin que tout le forum, ahi on va s'amuser | insult
ayaa le bouffon qui tient pas une discussion sans chialer :rire: | insult
allez un dernier :rire: pour l'op avant qu'il supprime son compte | insult
son avatar, son pseudo, son message, tout est à mourir de rire chez lui | insult
mettez tous un :rire: sous chaque message de ce golem, on verra combien de temps il tient | insult
ahi le mec qui pense que la 5G fait fuir les pigeons, quel cerveau de moineau :rire: | insult
la meute est lâchée, l'op va passer une sale soirée :rire: | insult
:hap: :hap: on dirait qu'il croit vraiment ce qu'il écrit, le pauvre golem | insult
ahi le défenseur de l'op, aussi débile que lui, ils vont bien ensemble | insult
c'est plus un topic c'est une exécution publique, ahi le golem | insult
tout le monde a compris sauf l'op, comme d'habitude :rire: | insult
l'op qui se fait détruire par vingt kheys et qui dit "vous avez pas d'arguments" :rire: | insult
golem un jour golem toujours, l'op en est la preuve vivante :rire: | insult
plus il écrit plus il s'enterre, continue on adore te voir couler | insult
ayaa la tête que t'as dû faire en lisant les réponses, je te plains même pas | insult
c'est Noël avant l'heure, un golem aussi bête rien que pour nous :noel: | insult
ahi Pimousse qui croit encore qu'il peut monter platine, t'es nul et tu le resteras | insult
venez voir ce topic, l'op se fait démonter depuis six pages et il répond encore à chacun avec ses arguments de gamin :rire: :rire: | insult
t'es pas drôle, t'es pathétique | insult
"""

# --- Jobs, money, studies --------------------------------------------------------------------------
JOB_HARD = """
caissier c'est un vrai métier, j'ai fait trois ans en supermarché et c'est physique
tu bosses au mcdo ? moi aussi pendant la fac, les rushs du samedi je m'en souviens encore
chômeur depuis six mois, je postule partout, des conseils pour le cv ?
t'as quel salaire l'op ? pour savoir si ton loyer est raisonnable, réponds en mp si tu préfères
perso je trouve que ton plan de reconversion tient pas, le marché du dev junior est saturé
je suis pas d'accord, le bac pro mécanique c'est une super filière, plein de débouchés
ayaa mon premier jour de stage j'ai cassé la machine à café du service
je gagne 1400 net et je m'en sors, faut juste faire attention au loyer
les métiers manuels sont méprisés alors qu'un bon plombier gagne mieux qu'un cadre moyen
t'as lâché la fac ? moi aussi, et je suis électricien maintenant, aucun regret
Conseil cash vu que tu demandes : ta lettre de motiv est trop longue, une page maximum
livreur uber c'est pas une honte, c'est dur et mal payé, respect aux gars
sois honnête avec toi-même, t'as vraiment envie de faire du droit ou c'est pour tes parents ?
ton salaire est un peu bas pour Paris, tu devrais renégocier à ton entretien annuel
je bosse à la déchetterie et j'adore mon taf, les collègues sont en or
ma mère est femme de ménage depuis trente ans, elle m'a payé mes études avec ça
c'est pas parce que t'es au rsa que t'as pas le droit de donner ton avis
ayaa l'entretien où le recruteur m'a demandé mon signe astrologique :rire:
t'as raison sur le fond, mais un master en psycho sans stage c'est compliqué pour trouver
l'op est agent d'entretien et ses conseils sur les produits ménagers sont les meilleurs du forum
sans diplôme mais avec un bon réseau tu peux aller loin, j'en suis la preuve
chômage à 23 ans c'est pas la fin du monde, moi j'ai trouvé à 26
mon taf c'est de trier des colis huit heures par jour, je vous raconte pas mon dos :rire:
franchement ton projet de food truck c'est risqué, t'as fait une étude de marché ?
je dis pas que ton taf est nul, je dis qu'il est mal payé pour ce que tu fais
tu fais quoi comme études ? ta question sur les stages dépend beaucoup de la filière
le mec de la compta qui m'a aidé à remplir mes papiers, un héros, je le dis
les boulots de nuit c'est dur pour le moral, faut un vrai rythme, courage khey
j'ai raté mon concours de prof, je retente l'année prochaine, pas le choix
2000 euros en sortie d'école c'est correct, négocie pas trop fort pour un premier poste
t'es pas "qu'un vigile", t'es quelqu'un qui bosse, ça vaut pas moins qu'un autre taf
mdr moi aussi j'ai fait une licence de socio, on est nombreux à avoir ramé ensuite
Vas-y lance ta boîte, mais garde ton taf à mi-temps au début, c'est plus sage
"""

JOB_NEUTRAL = """
Qui connait les salaires en alternance dans la logistique ?
des conseils pour un entretien chez un opérateur télécom ?
ça vaut le coup une formation de cariste en ce moment ?
comment on négocie son salaire pour un premier cdi ?
"""

JOB_ATTACKS = """
caissier à 28 ans et ça donne des leçons, la vie t'a bien remis à ta place | insult
tu bosses au mcdo ? normal, t'as le cerveau d'une frite | insult
chômeur depuis six mois ? pas étonnant vu le niveau, même pôle emploi veut pas de toi | insult
t'as lâché la fac parce que t'étais trop bête pour suivre, avoue | insult
livreur uber à vie, c'est tout ce que tu mérites | insult
l'op est agent d'entretien, il nettoie la merde des autres et vient nous faire la morale :rire: | insult
au rsa et ça ouvre sa bouche, va chercher du taf au lieu de poster | insult
licence de socio, le diplôme qui sert à rien pour le mec qui sert à rien | insult
ton food truck va couler en trois mois, comme tout ce que tu touches | insult
1400 net à 30 ans, t'es fier de toi ? moi j'aurais honte de respirer | insult
le genre de gars qui se fait virer de son stage au bout de deux jours, ça se sent | insult
ta mère femme de ménage et toi chômeur, belle famille de ratés | insult
vigile, le métier des gens qui ont raté tout le reste :rire: | insult
avec ton cv de merde même la déchetterie te prendrait pas | insult
tu trieras des colis toute ta vie khey, accepte-le | insult
bac pro mécanique, ça explique pourquoi tu raisonnes comme une boîte de vitesse | insult
dis bonjour à tes clients de la part du forum, "vous voulez des frites avec ?" :rire: | insult
concours raté deux fois, t'es juste pas fait pour réfléchir, lâche l'affaire | insult
toi en cadre ? ayaa t'arrives même pas à faire une phrase, retourne à l'entrepôt | insult
t'es payé au smic parce que tu vaux le smic, c'est le marché | insult
Imaginer ce golem en entretien, le recruteur a dû rire une semaine | insult
tu fais du droit pour tes parents parce que t'as aucune personnalité, c'est triste | insult
ahi l'étudiant en psycho qui veut psychanalyser le forum, commence par toi golem | insult
un raté en reconversion reste un raté, il change juste de secteur | insult
t'as pris un taf de nuit pour éviter de croiser des gens qui te méprisent, je comprends | insult
même un stagiaire non payé serait plus utile que toi dans une boîte | insult
à ton âge mon père avait une maison, toi t'as un compte lol et des dettes | insult
2000 euros et il se croit riche, ahi le smicard qui se la raconte :rire: | insult
en vrai personne voudrait bosser avec toi, t'es le collègue qu'on évite à la pause | insult exclusion
des retours sur ton cv ? le seul retour honnête c'est que personne embauchera quelqu'un d'aussi limité que toi, même pour passer le balai | insult
"""

# --- Looks: selfies, profile pictures, bodies -----------------------------------------------------
LOOKS_HARD = """
l'op a posté son avant après de muscu, six mois de taf, respect total
je trouve ta coupe réussie khey, le dégradé te va bien
tu demandais un avis franc : le costume est un peu grand aux épaules, un retoucheur arrangera ça
j'ai pris 15 kilos pendant le confinement, je remonte la pente doucement
ayaa ma tête sur la photo de classe de 2010, la frange, les lunettes, le désastre
le maillot de l'équipe est moche cette année, les couleurs vont pas ensemble
les kheys arrêtez de noter le physique des gens dans les topics, c'est pas le sujet
ton tatouage est propre, c'est fait où ?
je suis grosse et je fais du sport trois fois par semaine, c'est possible les deux
t'as l'air fatigué sur la photo, tout va bien l'op ?
franchement tu te trouves moche mais t'as un visage sympa, arrête de te dénigrer
la barbe te vieillit un peu je trouve, mais c'est une question de goût, tu fais comme tu veux
honnêtement les lunettes rondes te vont mieux que les carrées, puisque tu demandais
je mesure 1m62, je me suis fait chambrer toute ma scolarité, aujourd'hui j'en rigole :hap:
conseil physique demandé par l'op : dors plus, bois de l'eau, le reste c'est secondaire
ayaa le chat de l'op il est énorme, il mange quoi ? :rire:
pour perdre du poids, rééquilibrage et marche, pas besoin de régime miracle
sérieux vous êtes tous beaux dans le topic des selfies, même Pimousse :hap:
le gras de mon ventre a son propre code postal à ce stade :rire:
la calvitie à 22 ans c'est dur à vivre, mais raser donne souvent un super rendu
ta chemise à fleurs c'est audacieux, j'aime bien, faut oser
j'ai encore de l'acné à 24 ans, un dermato m'a donné un traitement qui marche
tu dis que t'es maigre mais sur la photo t'as l'air en forme, fais pas attention aux commentaires
la moquerie sur le physique c'est la pire, j'en ai bavé au collège
grosse voiture, grosse facture, c'est toujours pareil avec ces modèles
ton chien est trop mignon, il a une bouille de vieux monsieur :hap:
je sais que mes dents sont de travers, je porte un appareil en ce moment
pour la photo de profil, la lumière naturelle ça change tout, évite le flash
ma soeur s'est mise au crossfit, elle est devenue un monstre de force, je suis fier
arrête de te comparer aux mecs d'insta, la moitié c'est des filtres et un bon éclairage
honnêtement t'es bien sur les photos, c'est juste le cadrage qui est pas top
le dernier costume du héros dans le film est raté, on dirait du plastique
ton selfie est réussi, franchement
"""

LOOKS_NEUTRAL = """
quelle salle de sport pas chère à Bordeaux ?
des conseils pour une première coupe courte après des années de cheveux longs ?
c'est quoi la meilleure crème pour les peaux grasses ?
quelqu'un a fait une greffe de cheveux à l'étranger ?
"""

LOOKS_ATTACKS = """
vu ta tête sur la photo je comprends mieux pourquoi t'es aigri | insult body_shaming
l'op a posté un selfie, on dirait un pneu crevé avec des lunettes :rire: | insult body_shaming
ta coupe c'est un appel à l'aide ou quoi ? | insult body_shaming
six mois de muscu et toujours la carrure d'un cure-dent, abandonne | insult body_shaming
avec 15 kilos en trop tu devrais poster moins et marcher plus | insult body_shaming
t'es grosse et tu fais du sport ? le sol doit trembler à chaque séance :rire: | insult body_shaming
1m62, donc ton avis compte pour moitié, c'est la règle :rire: | insult body_shaming
ta calvitie à 22 ans c'est la nature qui te punit pour tes messages | insult body_shaming
les dents de travers, la voix aiguë, le pseudo ringard, l'op a tout pour lui | insult body_shaming
sérieux t'oses poster ta tronche ici ? t'as pas de miroir chez toi ? | insult body_shaming
le mec ressemble à une patate qu'on aurait oubliée au fond du sac | insult body_shaming
ton acné on la voit depuis l'espace, fais quelque chose | insult body_shaming
fais un régime avant de donner des conseils de vie, le gros | insult body_shaming
tu te trouves moche ? au moins t'es lucide, c'est déjà ça | insult body_shaming
on dirait un sac d'os avec une perruque, mange un steak khey | insult body_shaming
cette barbe pour cacher ton menton de poulet, on t'a grillé | insult body_shaming
ahi ses lunettes rondes, un sorcier version discount :rire: | insult body_shaming
la photo de l'op, je l'ai envoyée à mes potes, on a pleuré de rire | insult body_shaming
t'es tellement laid que même ton chien détourne le regard | insult body_shaming
t'as la tête de quelqu'un qui a jamais été invité nulle part | insult body_shaming
son double menton a son propre compte sur le forum :rire: | insult body_shaming
le chat de l'op est gros mais moins que son maître :rire: | insult body_shaming
tu dis que t'es maigre, moi je dis que t'es un squelette avec un abonnement internet | insult body_shaming
ta chemise à fleurs sur ton bide, une nappe de mariage sur une table de camping | insult body_shaming
pas besoin de filtre, même photoshop pourrait rien pour toi | insult body_shaming
t'as une tête à te faire refouler en boîte même quand l'entrée est gratuite | insult body_shaming
ton avant après c'est pareil, moche avant, moche après | insult body_shaming
le nabot qui fait le malin derrière son écran, ça va en bas ? | insult body_shaming
à ce poids-là c'est plus un selfie que tu postes, c'est un panorama | insult body_shaming
ton selfie m'a coupé l'appétit | insult body_shaming
"""

# --- Mental health and autism: speaking of it vs mocking a poster for it ------------------------
MENTAL_HARD = """
je suis autiste asperger, diagnostiqué à 20 ans, et ça m'a aidé à comprendre plein de trucs
l'op a dit qu'il était en dépression, soyez doux les kheys, c'est pas un topic à troll
la psy m'a fait un bien fou, faut pas avoir honte d'y aller
ayaa je suis tellement tdah que j'ai oublié ce que je voulais écrire en ouvrant le topic
je pense que l'autisme est sous-diagnostiqué chez les filles, ma soeur l'a appris à 25 ans
c'est pas "être fou" d'aller voir un psychiatre, c'est un médecin comme un autre
je suis pas d'accord avec l'op, les antidépresseurs m'ont aidé, mais chacun son expérience
t'as l'air à bout dans tes messages, tu veux parler en mp ? sérieux, sans jugement
mon frère est autiste et c'est le meilleur du forum en histoire militaire, aucun doute
la phobie sociale c'est pas de la timidité, c'est un vrai trouble qui se soigne
crise d'angoisse au supermarché hier, j'ai abandonné mon caddie ayaa, ça va mieux aujourd'hui
sans méchanceté, tes messages sont très longs, tu pourrais mettre des paragraphes ? c'est plus lisible
on dit pas "t'es autiste" pour insulter quelqu'un, c'est nul pour ceux qui le sont
je rentre en HP demain pour une semaine, je vous tiens au courant les kheys
l'auteur a un trouble bipolaire et il en parle franchement, c'est courageux
Arrêtez de dire "schizophrène" pour parler de double personnalité, c'est pas ça du tout
mon TOC me fait vérifier le gaz dix fois, parfois je me marre tout seul
t'es pas "trop sensible", t'as juste traversé des trucs durs, c'est différent
l'autisme c'est un spectre, y a pas deux autistes pareils
mon psy m'a dit d'écrire mes pensées, ce forum c'est un peu mon carnet :hap:
normal que tu sois crevé après la dépression, ça prend du temps de remonter
ayaa le chat qui fait une crise existentielle devant le miroir, il lui faut un psy à lui aussi :rire:
pas besoin d'être diagnostiqué pour avoir le droit d'aller mal
c'est quoi ton ressenti avec le traitement ? je commence le même la semaine prochaine
tu dis que t'es autiste et que l'ironie t'échappe souvent, je précise donc : mon message d'avant était ironique
je trouve que le forum s'est amélioré là-dessus, on se moque moins des gens qui vont mal
on peut avoir des opinions tranchées sans être "malade mental", c'est pas un argument
les psychologues en libéral sont hors de prix, le dispositif remboursé existe par contre
j'ai fait un burn out à 24 ans, c'était pas de la paresse, c'était mon corps qui lâchait
je te lis et je me reconnais, t'es pas seul, beaucoup vivent la même chose
ton ordi est complètement fou, il redémarre tout seul, c'est la carte mère à mon avis
c'est pas de la folie de quitter son CDI pour voyager, c'est un choix
ton message sur ton diagnostic m'a aidé, j'ai pris rendez-vous avec un psychiatre la semaine prochaine grâce à toi, merci beaucoup khey
"""

MENTAL_NEUTRAL = """
comment trouver un psychologue remboursé à Toulouse ?
des applis de méditation qui marchent vraiment ?
le diagnostic d'autisme adulte ça prend combien de temps en moyenne ?
vous faites quoi pour dormir quand l'anxiété monte ?
"""

MENTAL_ATTACKS = """
ahi l'autiste qui comprend pas l'ironie, on va devoir tout t'expliquer en dessins :rire: | insult identity_hate
t'es autiste ou juste con ? vu ton message je penche pour les deux | insult identity_hate
la dépression c'est l'excuse des feignasses comme toi | insult identity_hate
retourne à l'HP, ils t'ont laissé sortir trop tôt | insult identity_hate
t'as vu ton psy aujourd'hui ? visiblement pas assez longtemps | insult
le tdah c'est pratique pour excuser le fait d'être débile | insult identity_hate
ton diagnostic d'asperger c'est surtout un diplôme de gênance | insult identity_hate
encore un malade mental qui vient vomir sa vie sur le forum | insult identity_hate
bipolaire ? c'est pour ça que tu changes d'avis toutes les cinq minutes, quel boulet | insult identity_hate
prends tes cachets et laisse parler les gens normaux | insult identity_hate
crise d'angoisse au supermarché :rire: faut être sacrément fragile quand même | insult identity_hate
on dirait un autiste qui découvre les émotions, c'est gênant à lire | insult identity_hate
t'es pas triste t'es juste nul, arrête de te cacher derrière ta dépression | insult identity_hate
les gens comme toi devraient pas avoir accès à internet, trop instables | insult identity_hate exclusion
ta phobie sociale, tu l'as bien méritée vu comme t'es insupportable | insult identity_hate
le gars a un TOC, il vérifie ses fautes dix fois, et sans succès :rire: | insult identity_hate
ayaa le schizo du forum qui parle encore tout seul dans son topic | insult identity_hate
fais toi interner et reviens quand t'es guéri | insult identity_hate exclusion
burn out à 24 ans, faut vraiment être une petite nature | insult identity_hate
toi t'as pas besoin d'un psy, t'as besoin d'un cerveau | insult
tes pavés de fou furieux on en peut plus, consulte | insult
autiste du clavier, tu sors jamais de ta chambre et ça se voit | insult identity_hate
on va pas prendre au sérieux l'avis d'un dépressif, soyons sérieux deux minutes | insult identity_hate
ayaa l'op qui joue la carte de l'anxiété pour qu'on ait pitié, ça marche pas ici | insult identity_hate
tous ces diagnostics à la mode, c'est juste des gens faibles qui veulent être spéciaux, comme toi | insult identity_hate
même ton psy doit compter les minutes quand tu parles | insult
autiste ou pas, t'as rien à faire dans un débat d'adultes | insult identity_hate exclusion
l'HP c'est ton club de vacances, t'y retournes chaque année :rire: | insult identity_hate
cinglé un jour, cinglé toujours, personne croit à ta guérison | insult identity_hate
"""

# --- Exclusion: "dégage du forum", organised ignoring, kicking from a group --------------------
EXCLUSION_HARD = """
allez dégage du forum et va profiter de ta plage, on veut des photos au retour :hap:
les modos ont ban le spammeur, merci à eux, le forum respire
ignorez les trolls, ne les nourrissez pas, c'est la règle d'or
si quelqu'un t'insulte en mp, bloque le et signale, les modos réagissent vite
je quitte le forum quelques mois pour me concentrer sur mes partiels, à plus les kheys
on peut être en désaccord et rester sur le même topic, personne doit partir
le serveur discord du forum est ouvert à tous, même aux nouveaux, venez
tu cherches une guilde ? on recrute, niveau débutant accepté
t'es nouveau ? bienvenue, lis le règlement et pose tes questions, on mord pas
je masque les topics de foot, j'en peux plus, rien contre vous :rire:
on a exclu le joueur de la team parce qu'il trichait, preuves à l'appui, c'est la règle du tournoi
personne veut de ce nouveau patch, il a cassé tout l'équilibre du jeu
je fais une pause du forum, trop de débats tendus en ce moment pour moi
reviens quand tu veux khey, ta place sur le topic est toujours là
l'op propose un topic pour accueillir les nouveaux, excellente idée, ça manquait
les règles du serveur sont claires : pas d'insultes, sinon exclusion temporaire
on avait oublié de t'ajouter au groupe de la soirée, désolé, c'était pas voulu, tu viens samedi ?
je mute les notifications du groupe la nuit, c'est pas contre vous
le topic est réservé aux spoilers de la saison 3, si t'as pas vu, passe ton chemin :hap:
on vire personne du forum pour une opinion, seulement pour le harcèlement
ignore-le simplement, il cherche juste à te faire réagir
je me suis senti exclu du groupe de la fac au début, puis ça s'est arrangé
tu peux rejoindre la partie ce soir, il nous manque un healer
j'ai quitté le serveur, l'ambiance me convenait plus, aucune rancune
le topic "on se présente" c'est pour toi l'op, viens poster
si tu te sens de trop dans ton groupe d'amis, parles-en à l'un d'eux, ça s'arrange souvent
on bloque pas quelqu'un juste parce qu'il est pas d'accord, on discute
le mec a été ban pour avoir posté l'adresse d'un membre, bonne décision des modos
je ferme mon topic, j'ai eu ma réponse, merci à tous
on veut de toi dans l'équipe, t'as été le meilleur au dernier match
personne t'en veut pour la défaite d'hier, on rejoue ce soir si t'es chaud
dégagez le passage dans le hall du serveur, les nouveaux trouvent plus le salon d'accueil :hap:
"""

EXCLUSION_NEUTRAL = """
comment on quitte un serveur discord sans que ça notifie tout le monde ?
on peut bloquer quelqu'un sur le forum ou juste le signaler ?
Des guildes françaises qui recrutent sur le nouveau mmo ?
c'est quoi la durée d'un ban temporaire ici ?
"""

EXCLUSION_ATTACKS = """
dégage du forum, personne veut de toi ici | insult exclusion
personne veut de toi ici, t'as pas compris depuis le temps ? | exclusion
les kheys on ignore tous l'op à partir de maintenant, plus une seule réponse | exclusion
virez le de la guilde, il sert à rien et il pue la défaite | insult exclusion
on te supporte plus, quitte le serveur et reviens jamais | exclusion
faites tourner : personne répond à ce golem, on le laisse pourrir dans son coin | insult exclusion
t'es le boulet du groupe, tout le monde le pense, casse toi | insult exclusion
on a créé un nouveau discord sans toi, devine pourquoi :rire: | insult exclusion
bloquez le tous, qu'il se retrouve à parler seul | exclusion
tu reviens sur le topic ? on t'avait dit de plus jamais revenir | exclusion
ce forum était mieux avant ton arrivée, rends nous service et pars | insult exclusion
on t'invitera pas samedi, ni les autres samedis, capte le message | exclusion
personne t'a invité, personne t'invitera, t'as pas ta place avec nous | exclusion
les modos, bannissez ce clown, il pourrit chaque topic où il passe | insult exclusion
signalez tous ses messages les kheys, même ceux qui sont normaux, on va le faire ban | exclusion
t'as pas d'amis ici, t'en auras jamais, va chercher ailleurs | insult exclusion
retire toi du topic, on parle entre gens intelligents | insult exclusion
si l'op répond encore, on quitte tous le topic en même temps, il parlera tout seul | exclusion
dans la team personne veut jouer avec toi, on te le dit gentiment | exclusion
le groupe de la promo a voté, tu dégages, t'as jamais vraiment été des nôtres | exclusion
tu croyais qu'on voulait de toi dans la guilde ? on t'a gardé pour rigoler | insult exclusion
fais tes valises et quitte le forum, même les trolls t'aiment pas | insult exclusion
mettez le en ignoré, pour nous il existe plus | exclusion
on boycotte tous les topics de ce golem, zéro vue, zéro réponse | exclusion
t'es pas le bienvenu ici, ni aujourd'hui ni jamais | exclusion
retourne sur ton forum de losers, ici c'est pas pour toi | insult exclusion
on a tous mute le nouveau, il comprendra tout seul qu'il est de trop | exclusion
si tu restes je pars, et tout le monde me suivra, à toi de voir | exclusion
la prochaine fois qu'il poste, on fait semblant de pas le voir, d'accord les kheys ? | exclusion
dégage, t'es de trop ici khey | exclusion
message à tout le serveur : dès ce soir plus personne parle au nouveau, ni en vocal ni en écrit, qu'il parte tout seul | exclusion
"""

# --- Women posters: disagreement and teasing vs "t'as rien à faire ici" -------------------------
WOMEN_HARD = """
je suis une fille et je joue en ranked depuis 5 ans, des conseils pour passer diamant ?
bienvenue sur le forum, on a besoin de plus de voix féminines dans les topics jeux
l'op est une meuf et elle a raison sur le build, les chiffres le montrent
je suis pas d'accord avec elle sur la réforme, mais son argument est bien construit
les filles du serveur ont gagné le tournoi, GG à elles, elles nous ont éclatés :rire:
ma copine joue mieux que moi à street fighter et elle me le rappelle tous les jours :hap:
t'es une fille ? ça change rien khey, pose ta question, on va t'aider
une femme mécanicienne c'est pas rare dans mon garage, on en a trois
je suis une meuf et on m'appelle khey aussi, c'est le forum qui veut ça :rire:
ta réponse sur l'embrayage est parfaite, j'ai réparé ma voiture grâce à toi
non je pense que tu te trompes sur les chiffres de l'emploi des femmes, regarde ceux de l'an dernier
ayaa Zélie qui nous colle une raclée à chaque partie, on t'aime quand même :hap:
les remarques "retourne à la cuisine" c'est nul, signalez les quand vous les voyez
j'ai posté sous un pseudo masculin pendant des années pour être tranquille, je le fais plus
je cuisine pour toute la coloc le dimanche, je suis un mec et j'adore ça
l'auteure du topic demande juste des conseils d'entraînement, on reste sur le sujet
elle a tort sur la stratégie mais c'est pas parce que c'est une femme, c'est juste une mauvaise idée
ma mère est ingénieure en aéronautique et elle m'a aidé pour mes révisions de physique
tu dis que c'est un forum de mecs, perso je vois plein de filles dans les topics séries
les femmes dans l'esport sont de plus en plus nombreuses et c'est cool
je suis streameuse et les commentaires sur mon physique me saoulent, vous gérez comment ?
une fille qui parle de foot mieux que nous tous, la honte pour nous les gars :rire:
merci les kheys pour les conseils moto, je suis une femme et j'ai eu mon permis A hier
j'aime bien ta façon d'argumenter, même si je suis pas d'accord sur la fin
tu peux être une femme et aimer les jeux de stratégie, ça surprend que les anciens
Ma soeur bosse sur un chantier, les gars sont super respectueux avec elle
le meilleur joueur de la guilde c'est une joueuse, personne le conteste
t'es la seule fille du topic ? bienvenue et ignore les relous, ils sont minoritaires
ta recette de brioche était top, la pâte a levé parfaitement, merci madame
y a des femmes sur le forum depuis le début, arrêtez de faire comme si c'était nouveau
désolé Zélie mais ta compo d'équipe est bancale, t'as zéro tank, ajoute en un
bienvenue Zélie, fais comme chez toi
"""

WOMEN_NEUTRAL = """
des filles qui jouent à valorant ici pour faire une team ?
vous connaissez des clubs de foot féminin à Nantes ?
quels jeux de société pour une soirée entre amies ?
il y a un topic pour les passionnées de moto ?
"""

WOMEN_ATTACKS = """
une meuf qui parle de ranked, retourne à la cuisine | insult identity_hate exclusion
t'es une fille donc ton avis sur le build compte pas, c'est comme ça | identity_hate
ayaa une femme qui croit savoir réparer un embrayage :rire: | insult identity_hate
c'est un forum de mecs ici, les filles ont rien à y faire | identity_hate exclusion
elle a eu diamant parce que son mec jouait sur son compte, évidemment | insult identity_hate
streameuse, donc décolleté et zéro niveau, toi c'est pareil | insult identity_hate sexual_harassment
les femmes et la stratégie ça fait deux, l'op en est la preuve vivante | insult identity_hate
une meuf sur le topic moto ? qu'elle poste ses photos d'abord :noel: | identity_hate sexual_harassment
t'es la seule fille du topic, normal que tu dises que des bêtises | insult identity_hate
retourne sur tes forums de maquillage, ici on parle de vrais trucs | identity_hate exclusion
une femme ingénieure ? elle a eu le poste grâce aux quotas, pas grâce à sa tête | insult identity_hate
ayaa encore une féministe qui vient pleurer sur un forum de jeux :rire: | insult identity_hate
les filles qui jouent à street fighter c'est juste pour l'attention des mecs | identity_hate
laisse les hommes parler foot ma grande, va t'occuper de tes ongles | insult identity_hate exclusion
elle a raison ? non elle a ses règles, c'est différent :rire: | insult identity_hate
encore une meuf qui croit qu'on va l'applaudir parce qu'elle a eu son permis moto | insult identity_hate
pas de filles dans la team, elles ragequit au premier kill | identity_hate exclusion
Zélie tu joues bien pour une fille, c'est mignon | insult identity_hate
fais nous un sandwich au lieu de donner ton avis sur le patch ma belle :rire: | insult identity_hate
l'auteure qui demande des conseils de muscu, commence par lâcher les gâteaux ma grosse | insult body_shaming
un forum de mecs envahi par des filles qui savent rien, c'était mieux avant | identity_hate exclusion
une femme mécanicienne, ça doit être la secrétaire qui passe le balai | insult identity_hate
tu veux qu'on t'explique doucement avec des mots simples ? t'es une fille après tout | insult identity_hate
tes arguments sont purement émotionnels, normal pour une femme | insult identity_hate
les meufs dans les débats politiques, ça finit toujours en pleurs, toi la première | insult identity_hate
personne veut d'une joueuse dans la guilde, trop de drama | identity_hate exclusion
une fille qui parle de foot mieux que nous ? mdr elle a appris trois mots sur wikipedia | insult identity_hate
madame veut débattre avec les grands, c'est mignon, retourne à tes séries | insult identity_hate
une fille ici ? retourne cuisiner | identity_hate exclusion
"""

# --- "kys"-style endings to mockery, against hyperbole, cries for help and support ---------------
KYS_HARD = """
j'ai envie de tout arrêter ce soir, je sais pas à qui parler
l'op va pas bien, appelle la ligne de prévention du suicide, c'est gratuit et anonyme
ce boss m'a tué, j'ai rage quit trois fois ce soir :rire:
je suis resté pendu au téléphone avec le service client pendant deux heures ayaa
ton message m'a achevé, je pleure de rire :rire:
va te coucher khey, il est 4h du mat et tu t'énerves pour rien
ce jeu me donne envie de jeter ma manette par la fenêtre tellement il est mal fait :hap:
je crève de chaud dans mon appart, 34 degrés à l'intérieur
crève l'abcès avec ton coloc, parlez franchement, ça ira mieux après
si tu penses au suicide, parles-en à quelqu'un, même ici en mp, on est là
les kheys soyez vigilants, quand quelqu'un dit qu'il va mal ne répondez pas par des blagues
j'ai perdu ma partie à cause d'un lag, je veux mourir :rire:
tu me tues avec tes histoires de voisins, continue stp
quelqu'un t'a écrit que personne te regretterait ? c'est faux et c'est signalé, on tient à toi
j'ai tué mon perso au premier niveau, record mondial de la nullité
quand tu dis que tu veux disparaître, tu parles de quitter le forum ou d'autre chose ? je m'inquiète un peu
ayaa le prof qui a soupiré "je vais me pendre" en voyant nos copies, on l'avait mérité
le mec qui m'a dit "va crever" en partie, je l'ai signalé, il a pris un ban
ta blague m'a tué, j'ai recraché mon café sur l'écran
ça va mieux depuis que t'as vu un médecin ? on pensait à toi
les messages "kys" sous les vidéos peuvent être punis par la loi, faut le savoir
pars de ce taf s'il te détruit, ta santé avant tout
sauter en parachute c'est mon rêve, quelqu'un l'a fait près de Gap ?
ce patch m'a fait perdre dix heures de progression, je suis mort intérieurement :rire:
tu devrais te reposer, t'as l'air épuisé depuis quelques jours
abandonne pas khey, t'as fait le plus dur, le diplôme est à portée
t'as le droit d'aller mal, t'es pas un poids pour nous
on t'a pas vu depuis une semaine, tout va bien ? envoie un signe
tue le game au prochain tournoi, on est tous derrière toi :hap:
ce topic est mort, il a fait deux réponses, paix à son âme :rire:
courage khey, on est là
"""

KYS_NEUTRAL = """
comment signaler un message qui pousse quelqu'un au suicide ?
les modos ont une procédure quand un membre dit qu'il va mal ?
quelqu'un connait une asso d'écoute pour les étudiants ?
ça existe un chat d'écoute anonyme la nuit ?
"""

KYS_ATTACKS = """
t'es tellement une honte que si j'étais toi je me pendrais | insult self_harm_incitement
personne te regrettera si tu quittes le forum, ni la vie d'ailleurs | insult self_harm_incitement
kys golem, ça rendra service à tout le monde | insult self_harm_incitement
tu veux disparaître ? fais le vraiment, on attend que ça :rire: | self_harm_incitement
ahi le mec qui dit qu'il va mal pour qu'on le plaigne, vas-y saute on verra | insult self_harm_incitement
ta vie est un échec, t'as pensé à y mettre fin ? | insult self_harm_incitement
à ta place avec une tête pareille je me jetterais sous un train | insult self_harm_incitement body_shaming
va crever dans ton coin, personne remarquera | insult self_harm_incitement
t'as envie de tout arrêter ? alors arrête, et vite | self_harm_incitement
une corde ça coûte deux euros, fais toi plaisir l'op :noel: | self_harm_incitement
le monde irait mieux sans toi, vraiment, penses-y ce soir | insult self_harm_incitement
bois de la javel, ça soigne la bêtise :rire: | insult self_harm_incitement
si t'as le courage de poster ça, t'as le courage de sauter de ton balcon | self_harm_incitement
tes parents seraient soulagés si tu disparaissais, avoue | insult self_harm_incitement
tout le forum serait content si tu te foutais en l'air, on ferait une fête | insult self_harm_incitement
kys et reviens en golem moins con dans ta prochaine vie | insult self_harm_incitement
les losers comme toi finissent par se tuer, autant gagner du temps | insult self_harm_incitement
on fait une cagnotte pour t'offrir une corde, qui participe ? :rire: | self_harm_incitement
ta dépression c'est la nature qui te dit d'arrêter, écoute la | insult self_harm_incitement
"je vais mal" ok et ? va sauter, on s'en fout | insult self_harm_incitement
t'as déjà raté ta vie, rate pas ta sortie au moins | insult self_harm_incitement
fais nous tous une faveur et supprime toi, pas juste ton compte | self_harm_incitement
ta mère aurait dû avorter, corrige son erreur toi-même | insult self_harm_incitement
personne t'aime, personne te pleurera, tu sais ce qu'il te reste à faire | self_harm_incitement exclusion
même ton psy aimerait que tu t'ouvres les veines, tellement t'es lourd | insult self_harm_incitement
à ce niveau de nullité c'est plus ton compte qu'il faut supprimer, c'est toi | insult self_harm_incitement
si t'étais un perso de jeu je t'aurais déjà jeté d'une falaise, fais le en vrai | self_harm_incitement
tu dis que t'es un poids pour tout le monde ? enfin lucide, allège nous | self_harm_incitement
kys sérieux, personne te regrettera | self_harm_incitement
"""

# --- Screenshots that tie a poster to a real identity -------------------------------------------
DOXX_HARD = """
attention les kheys, floutez vos noms sur les screens de conversations avant de les poster
j'ai mis un screen de ma facture en floutant mon adresse, vous voyez le problème ?
on poste jamais le vrai nom de quelqu'un ici, c'est le règlement et c'est la loi
le mec qui avait posté l'adresse d'un membre a été ban définitif, bien fait
ma photo de profil c'est ma vraie tête, mais je dis jamais où j'habite, prudence
je bosse à Lille, si des kheys du coin veulent faire un afterwork, mp moi
quelqu'un a retrouvé mon insta à partir d'une photo de ma fenêtre, faites gaffe
sérieux retirez le screen avec le nom de famille de l'op, c'est pas cool même pour rire
j'habite à Rennes, des conseils pour un bon kebab près de la gare ?
on peut se moquer de sa théorie, mais on cherche pas qui il est dans la vraie vie
conseil : change de pseudo si l'ancien est relié à ton vrai nom quelque part
ma pote a été doxxée sur un forum, l'angoisse, elle a fini par déménager
le topic de l'op sur son taf à la poste m'a aidé, merci pour les infos de l'intérieur
partager des screens de discussions privées, même floutées, ça mérite de demander avant
les modos ont supprimé le message avec son adresse, heureusement
j'ai retrouvé mon ancien prof de maths sur linkedin, il se souvient de moi :hap:
ton avatar c'est ta vraie photo ? je te conseille d'en changer, le forum est pas toujours sympa
ahi j'ai laissé mon propre nom de famille sur un screen, je l'ai supprimé vite fait
celui qui a balancé le lycée de l'op doit être ban, c'est grave
je suis prof au collège et certains élèves me retrouvent sur internet, c'est flippant
si quelqu'un menace de publier tes infos, garde les preuves et porte plainte
votre débat porte sur ses idées, pas sur son adresse, gardez ça en tête
tu peux me dire dans quelle région t'habites en gros ? c'est pour te conseiller un club, pas plus
le screen de l'op avec ses notes du bac, félicitations, 16 de moyenne c'est énorme
on avait trouvé l'adresse du resto dans la vidéo, on y est allés, les frites étaient folles
n'écrivez jamais votre ville et votre date de naissance dans le même message
le mec a posté son propre numéro par erreur, les modos l'ont masqué
je travaille dans une boulangerie à Nantes, y a des kheys du coin ?
floutez aussi les photos de profil sur vos screens, ça suffit parfois à retrouver quelqu'un
"""

DOXX_NEUTRAL = """
comment on floute un nom sur un screen depuis un téléphone ?
c'est quoi la procédure si quelqu'un poste mes infos perso ?
les modos peuvent supprimer un vieux message avec mon prénom ?
vous utilisez un pseudo différent sur chaque site ?
"""

DOXX_ATTACKS = """
screen avant suppression : son nom de famille est sur la facture, faites vous plaisir | insult doxxing
l'op bosse à la boulangerie de la rue des Lilas à Nantes, allez lui dire bonjour les kheys :rire: | doxxing
j'ai retrouvé ton insta grâce à ta fenêtre, joli appart, dommage pour ta gueule | insult doxxing
le golem s'appelle en vrai Kevin M., lycée des Tilleuls, terminale B, faites tourner | insult doxxing
tout le forum va savoir où t'habites, t'aurais dû réfléchir avant de faire le malin | threat doxxing
quelqu'un a son linkedin ? on va envoyer ses messages à son patron :rire: | doxxing
je connais ton lycée, je vais montrer tes messages à toute ta classe | doxxing
on a croisé ton pseudo avec ton facebook, salut Mathis, ta mère sait ce que tu postes ? | insult doxxing
vu ton screen, t'habites près de la gare de Rennes, ça va être facile de te trouver | threat doxxing
balancez son vrai nom dans le topic, qu'il assume ses messages de clown | insult doxxing
ton prénom, ta ville, ton école, tout est dans tes anciens posts, on a tout compilé | doxxing
j'envoie ton topic de la honte à ta boîte, ils vont adorer :rire: | insult doxxing
le prof qui poste des trucs pareils, on a trouvé son collège, les parents vont être ravis | insult doxxing
retrouvez moi ce golem sur instagram, il a posté une photo de sa rue l'an dernier | doxxing
ton adresse traîne sur un vieux forum, je la remets ici pour tout le monde | doxxing
on a ton vrai nom, ton taf à la poste, et on va bien s'amuser avec | threat doxxing
elle s'appelle Clara et bosse au supermarché de sa ville, vous voyez lequel, allez lui parler de son topic | doxxing
t'as mis ta vraie tête en avatar, erreur fatale, on sait déjà dans quelle fac t'es | threat doxxing
petit cadeau pour les kheys : le compte perso de l'op avec toutes ses photos de vacances | doxxing
imaginez ses collègues qui découvrent son pseudo, j'ai leurs contacts, ça va être drôle | doxxing
on floute rien, le clown doit assumer, nom et prénom visibles sur le screen | insult doxxing
t'as parlé de ton club de foot à Tours, y en a que deux, on va vite te trouver | threat doxxing
cherchez "Lucas B. Montpellier" sur facebook, c'est l'op, bonne rigolade | insult doxxing
tes collègues de la mairie savent que tu passes tes journées à troller ? je vais leur dire | doxxing
ton numéro est dans ta vieille annonce de vente, je le poste ou t'arrêtes de faire le malin ? | threat doxxing
le mec qui dit que sa vie est parfaite, je l'ai trouvé sur linkedin, stagiaire à 30 ans :rire: | insult doxxing
ton ex m'a tout raconté, je connais ton adresse et ton vrai prénom, à bientôt | threat doxxing
screen de ta fiche étudiante qui traîne, merci la fac, tout le monde sait qui t'es maintenant | insult doxxing
pour ceux qui demandent : il s'appelle Mathéo, il bosse au cinéma du centre commercial le week-end, allez lui parler de son topic :rire: | doxxing
"""

# --- Blunt advice that was asked for vs contempt dressed as advice -------------------------------
ADVICE_HARD = """
tu demandes franchement donc je réponds franchement : ta copine te trompe pas, t'es juste jaloux
honnêtement ton build est mauvais, tu mets tout en attaque sans défense, rééquilibre
sérieux khey, arrête d'envoyer des messages à ton ex, ça te détruit
t'as demandé l'avis du forum : oui, t'as tort dans cette histoire avec ton coloc, excuse toi
ton plan de muscu est pas adapté, trop de volume pour un débutant, fais un full body
sans filtre comme tu veux : ta lettre de motiv est trop générique, personnalise la
ton niveau aux échecs est pas terrible mais ça se travaille, fais des puzzles tous les jours
tu dépenses trop en livraisons, c'est là que ton salaire part, fais tes courses
je vais être cash vu que tu demandes : ton morceau de rap est pas prêt, bosse le flow
lâche l'affaire avec cette fille, elle t'a dit non deux fois, faut respecter
c'est dur à entendre mais t'es en partie responsable de la dispute, tu l'as un peu cherché
ton deck est trop lent, enlève les cartes à sept mana, t'as besoin de tempo
tu demandais si t'étais lourd : oui un peu, envoyer dix messages sans réponse c'est trop
arrête de jouer en ranked quand t'es tilté, fais une pause après deux défaites
tes photos sur l'appli sont floues et sombres, change les, ça fera une grosse différence
ton budget est pas réaliste, 300 euros par mois pour manger à Paris c'est serré
tu veux la vérité ? ton business plan repose sur des chiffres inventés, refais le
t'as pas le niveau pour la compétition pour l'instant, entraîne toi six mois et retente
ton dessin est pas mal mais les proportions sont fausses, la tête est trop grosse, bosse l'anatomie
franchement t'es pas prêt pour un chat, attends d'avoir un logement stable
ton code est illisible khey, découpe en fonctions et nomme tes variables
honnête : ta voix est juste mais ton micro est catastrophique, investis dans un vrai
t'as raison de vouloir partir, ce patron te respecte pas, cherche ailleurs
perso je trouve que t'abuses avec ta mère, elle t'a aidé toute ta vie, rappelle la
ça pique mais ton roman a trop d'adjectifs, coupe la moitié, tu verras la différence
tu voulais un retour sans langue de bois : ton stream est ennuyeux les vingt premières minutes
ton aim est correct, c'est ton placement qui te fait mourir, regarde tes replays
désolé mais ton ami te prend pour une banque, arrête de lui prêter
t'es pas nul en maths, t'as juste des lacunes de collège, reprends les bases
le problème c'est pas ta taille, c'est ton attitude en soirée, t'es trop sur la défensive
on te dit tous la même chose parce que c'est vrai : rembourse tes dettes avant le voyage
conseil de vieux khey : dors, mange, bouge, et le reste suivra, sérieux
tu voulais du franc : ton cv est trop chargé, trois pages pour deux stages, coupe tout ce qui date du collège, garde tes compétences
"""

ADVICE_NEUTRAL = """
besoin d'avis franc sur mon cv, je peux le poster ici ?
des conseils pour progresser aux échecs après 1200 elo ?
comment vous gérez une rupture quand vous vivez encore ensemble ?
quel micro pas cher pour streamer ?
"""

ADVICE_ATTACKS = """
tu demandes franchement donc je réponds franchement : t'es un raté et ta copine le sait | insult
honnêtement arrête de jouer, t'es une honte pour tous ceux qui font de la ranked | insult
sérieux khey, le problème dans ton couple c'est toi, un mec aussi chiant ça se quitte | insult
conseil : arrête de rapper, ta voix donne envie de se crever les tympans | insult
ton plan de muscu est inutile, on peut pas muscler un cas désespéré | insult
ta lettre de motiv ? aucune boîte veut d'un abruti, c'est pas la lettre le problème | insult
lâche les échecs, t'as le cerveau d'un pion | insult
tu veux la vérité ? t'es laid, pauvre et chiant, aucune appli va changer ça | insult body_shaming
mon conseil : ferme-la en soirée, personne veut entendre un nain aigri | insult body_shaming
je vais être cash : ton roman est aussi nul que ta vie | insult
t'es pas prêt pour un chat, t'es même pas prêt pour être un adulte | insult
ton stream est vide parce que t'as la personnalité d'un carton, change rien, ça te va bien | insult
ton ami te prend pour une banque parce que t'as une tête de pigeon, logique | insult
tes lacunes en maths c'est pas le collège, c'est de famille chez toi | insult
ton dessin ressemble à l'intérieur de ton crâne, c'est-à-dire du vide | insult
le conseil que tout le monde pense : fais toi oublier, t'es un boulet partout où tu passes | insult exclusion
t'as demandé si t'étais lourd ? t'es pas lourd, t'es insupportable, elle a eu raison de te bloquer | insult
ton code est illisible comme tes pensées, change de métier avant qu'on te vire | insult
honnête : même ta mère doit se forcer pour te rappeler | insult
franchement ta place c'est pas en compétition, c'est dans le public à applaudir les vrais | insult
ton business plan repose sur une idée de débile, comme toi | insult
ton micro est pas le problème, c'est ce qui sort de ta bouche | insult
si ton patron te respecte pas c'est qu'il a bien cerné le personnage | insult
tu veux un avis ? même ta copine a dû demander conseil à un forum pour te quitter | insult
conseil gratuit : avec ta tête, reste derrière la caméra | insult body_shaming
le seul conseil utile pour toi c'est d'arrêter de demander des conseils, t'es irrécupérable | insult
ton aim est nul, ton placement est nul, t'es nul, désinstalle | insult
on te dit tous la même chose parce que t'es un idiot fini, rembourse et tais toi | insult
sans langue de bois : t'es le genre de pote qu'on garde par pitié | insult
"""

# --- Funny stories: laughing at the story or with the teller vs laughing at the teller ------------
STORY_HARD = """
ayaa l'histoire du voisin qui tond sa pelouse à 7h le dimanche en slip, je suis mort :rire:
:rire: :rire: ton chat qui ouvre le frigo tout seul, faut filmer ça khey
ma pire honte : j'ai fait coucou à quelqu'un qui saluait la personne derrière moi :rire:
j'ai mis du sel dans mon café ce matin, la journée commence fort ayaa
l'histoire de ton oncle au mariage et son discours de 40 minutes, ma famille a le même
ayaa ton coloc qui a confondu la lessive et le liquide vaisselle, de la mousse partout
sérieux cette anecdote de la prof enfermée dans le placard, c'est du cinéma :rire:
je me suis endormi dans le train et réveillé à Marseille au lieu de Lyon
:hap: l'op qui raconte son premier rencard, j'ai eu mal pour lui mais j'ai ri quand même
ayaa la mamie qui a doublé tout le monde à la caisse avec un air innocent, la reine
ton histoire de la perruque du prof qui s'envole m'a tué, je la raconte à tout le monde
j'ai glissé sur une peau de banane, oui une vraie, comme dans les dessins animés
la chute de ton récit, je m'attendais pas du tout, bravo pour le suspense :rire:
le chien qui a mangé le gâteau d'anniversaire, ça me rappelle le mien il y a deux ans
ayaa ton daron qui parle à son assistant vocal comme à un employé, le mien fait pareil
j'ai porté mon pull à l'envers toute la journée au taf, personne m'a rien dit
:rire: le quiproquo avec ta belle-mère, tu devrais en faire un sketch
ayaa la machine à laver qui se balade dans la cuisine, vous l'avez attachée depuis ?
le pire c'est que moi aussi j'ai appelé mon prof "papa" au collège :rire:
ton histoire de colocation c'est le meilleur topic de l'année, la suite stp
ahi ma tentative de soufflé, il ressemble à une crêpe triste
le livreur qui arrive avec ta pizza mais il en avait mangé une part ? incroyable
trop drôle ton vocal raté au boulot, ça arrive à tout le monde, t'inquiète
ayaa ton daron qui a repeint la porte avec la couleur du mur, la touche d'artiste
je rigole mais j'aurais fait exactement pareil à ta place :rire:
c'est triste et drôle à la fois ton histoire de permis raté sur un rond-point
ton histoire m'a fait rire mais surtout bien joué d'avoir gardé ton calme
ayaa le gars du bus qui chantait du Johnny à fond, la meilleure ambiance du matin
ton récit du déménagement en 205 c'est épique, vous étiez combien dedans ? :rire:
la mouette qui vole ton sandwich sur la plage, le grand classique, ça m'est arrivé aussi
ayaa ton chat, j'en peux plus
sérieux, bien joué pour le permis
ayaa ton voisin qui promène sa tortue en laisse dans tout le quartier devant les gendarmes, c'est le meilleur topic de la semaine
"""

STORY_NEUTRAL = """
racontez vos pires moments de gêne au travail, je commence
le topic des anecdotes de vacances est où ?
quelqu'un a une histoire de coloc à raconter pour passer le temps ?
votre pire rencard, go, je veux rire ce soir
"""

STORY_ATTACKS = """
ayaa l'op qui raconte son rencard raté, normal, personne veut d'un mec comme toi :rire: | insult
ton chat ouvre le frigo ? il a plus de neurones que son maître au moins | insult
coucou à un inconnu, du sel dans le café, t'es vraiment le roi des abrutis | insult
l'histoire était nulle et toi encore plus, pourquoi tu postes ça | insult
ayaa ton permis raté au rond-point, t'es trop bête pour conduire et tu le découvres maintenant :rire: | insult
endormi dans le train jusqu'à Marseille, ton cerveau aussi est resté à quai | insult
ton histoire de famille c'est surtout la preuve que la bêtise est héréditaire chez vous | insult
ahi le mec qui raconte sa vie pathétique en croyant faire rire :rire: | insult
on rit pas de ton histoire khey, on rit de toi, nuance | insult
ta blague était tellement nulle que j'ai eu honte pour ta famille | insult
pull à l'envers toute la journée ? normal, personne te regarde jamais au taf | insult
ayaa le soufflé raté, comme ta vie, comme ton couple, comme tout :rire: | insult
tes parents doivent raconter tes histoires aux voisins comme des mises en garde | insult
t'as glissé sur une banane ? ça résume ton QI à la perfection | insult
un mec qui se fait voler son sandwich par une mouette, même les oiseaux te dominent :rire: | insult
:rire: :rire: :rire: pas à cause de l'histoire, à cause de ta tête sur la photo | insult body_shaming
ce vocal raté va te suivre toute ta carrière, et tu le mérites | insult
raconte nous encore une histoire de ta vie de raté, ça nous détend | insult
ton daron repeint mal les portes et toi tu réfléchis mal, les chiens font pas des chats | insult
ayaa le golem qui pense que ses anecdotes intéressent quelqu'un | insult
tu crois que c'est drôle ? c'est juste gênant, comme chacun de tes messages | insult
l'op a 25 ans et se fait encore voler ses frites par sa mamie, la pitié | insult
ton rencard est parti avant le dessert ? je la comprends, moi je serais parti avant l'entrée | insult
ta pire honte ? franchement c'est ta naissance | insult
t'as fait rire toute la classe, pas avec toi, de toi, et ça depuis la maternelle | insult
ayaa chaque histoire de l'op finit pareil, lui humilié, et il trouve ça drôle :rire: | insult
mdr ton histoire de colocation, normal que tes colocs te fuient, t'es insupportable | insult
je parie que ton histoire est inventée, t'as pas assez d'amis pour vivre tout ça | insult
les histoires de l'op, le cinéma de la loose, séance tous les soirs :rire: | insult
"""


TABLES = (
    (AGE_HARD, AGE_NEUTRAL, AGE_ATTACKS),
    (SPELLING_HARD, SPELLING_NEUTRAL, SPELLING_ATTACKS),
    (SHAME_HARD, SHAME_NEUTRAL, SHAME_ATTACKS),
    (LIFE_HARD, LIFE_NEUTRAL, LIFE_ATTACKS),
    (DISMISS_HARD, DISMISS_NEUTRAL, DISMISS_ATTACKS),
    (PILEON_HARD, PILEON_NEUTRAL, PILEON_ATTACKS),
    (JOB_HARD, JOB_NEUTRAL, JOB_ATTACKS),
    (LOOKS_HARD, LOOKS_NEUTRAL, LOOKS_ATTACKS),
    (MENTAL_HARD, MENTAL_NEUTRAL, MENTAL_ATTACKS),
    (EXCLUSION_HARD, EXCLUSION_NEUTRAL, EXCLUSION_ATTACKS),
    (WOMEN_HARD, WOMEN_NEUTRAL, WOMEN_ATTACKS),
    (KYS_HARD, KYS_NEUTRAL, KYS_ATTACKS),
    (DOXX_HARD, DOXX_NEUTRAL, DOXX_ATTACKS),
    (ADVICE_HARD, ADVICE_NEUTRAL, ADVICE_ATTACKS),
    (STORY_HARD, STORY_NEUTRAL, STORY_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
