"""Generate fr_short_news.csv: short French forum replies in news and "faits divers" threads.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". The threads are about
stabbings, shootings, riots, rapes, road accidents, trials, police stops, terror attacks, fires,
migrant drownings, celebrity deaths (invented celebrities), missing children and hate crimes.
Attacks insinuate the culprit's origin or religion ("on connaît le prénom", "encore un
déséquilibré :hap:", "chance pour la France", "vivre ensemble"), blame whole groups, celebrate
or wish deaths ("un de moins", "bien fait"), dehumanise victims or suspects, call for vigilante
violence, mock or sexualise victims, expose a suspect's or a family's address, or call for groups
to be expelled. Harmless lines use the same words: shock, grief, anger at the act and its author,
wishing a heavy sentence through the courts, factual questions, criticism of police and justice,
due process, counter-speech quoting the coded phrases to refute them, neutral news, dark jokes
aimed at no one. Every line is 5 to 25 words. No extra variants.
See fr_short_news.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_news.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words, subjects or
# tone of the attacks and attack nobody; neutral lines are ordinary posts on the news item.

# --- Stabbings ---------------------------------------------------------------------------------
STAB_HARD = """
"on connaît le prénom" ayaa arretez, la préfecture a rien dit et vous avez deja un coupable
le prénom qui tourne sur X c'est un fake, le mec en garde à vue a un autre nom
attendez l'enquete avant de deviner le prenom, la derniere fois c'était un retraité breton
le procureur parle d'un déséquilibré suivi en psychiatrie depuis des années, ça pose la question du suivi
"encore un déséquilibré" oui bah des fois c'est vraiment un malade, la psychiatrie publique est à l'agonie
le vivre ensemble c'est aussi le kebabier qui a plaqué l'agresseur au sol, respect à lui
"chance pour la France" ayaa vous avez que ça à la bouche, c'était un mec de la Creuse de 53 ans
ce type mérite la prison à vie, poignarder une mamie pour un sac c'est impardonnable
j'espère qu'il prendra le maximum, la petite a douze points de suture au visage
putain la gare où je passe tous les matins, je suis choqué les kheys
mes pensées pour la famille de l'infirmière, elle rentrait juste de sa garde
trois blessés dont un grave, quelqu'un sait si les urgences ont lancé le plan blanc ?
j'ai la rage, un gamin de 17 ans tué pour un regard, on vit dans quel monde
vraie question : il était sous OQTF ou c'est une rumeur ? personne cite de source
si c'est vrai qu'il était sous OQTF c'est l'Etat qui a failli, pas "les étrangers" en général
Le gars qui a sorti son couteau mérite perpète, et le passant qui s'est interposé une médaille
ayaa les détectives du forum qui ont la nationalité du suspect avant la police :rire:
A chaque attaque au couteau c'est pareil, 200 messages sur l'origine et zéro sur la victime
"ils sont tous comme ça" non, le mec est un criminel, sa communauté a rien demandé
le mot racaille sort au bout de trois messages, vous savez meme pas si c'était un ado ou un quadra
Je bosse à deux rues de là, tout le quartier est bouclé, hélico au dessus depuis une heure
franchement j'ai peur de reprendre le RER ce soir, c'est con mais ça me travaille
le khey qui a filmé au lieu d'aider, je le juge pas trop, la sidération ça existe
mdr les golems qui réclament la peine de mort à chaque topic, on est en France les gars
"à abattre" je lis dans les commentaires, non, on veut un procès et une vraie peine
la police a neutralisé l'agresseur en quatre minutes, franchement chapeau à eux
les témoins parlent d'un homme calme qui a sorti le couteau d'un coup, ça fait froid dans le dos
ma soeur était dans le tram, elle va bien mais elle tremble encore
je comprends la colère mais insulter toute une communauté pour un type ça fait rien avancer
Encore une fois c'est le voisin d'origine malienne qui a fait les premiers secours :ok:
faut arrêter de dire "déséquilibré" pour excuser, et aussi arrêter de dire "musulman" pour accuser
il a poignardé son ex devant l'école, c'est un féminicide, qu'il prenne le max
les profs du lycée sont traumatisés, une cellule psy ouvre demain matin
relâché avec douze mentions au casier ? la justice a un sérieux probleme de suivi
:hap: ceux qui ricanent "vivre ensemble" iront pas donner leur sang demain pour les blessés
L'agresseur est français, né à Lyon, ça calme direct ceux qui attendaient le prénom
qu'il pourrisse en taule, mais par pitié laissez sa petite soeur tranquille sur les réseaux
"on connaît le prénom" c'est devenu un mème, mais derriere y a des gens insultés pour rien
ptn un couteau de trente centimètres dans le métro, comment personne l'a vu avant
le pronostic vital du gamin est plus engagé, ouf, il va s'en sortir
"il criait en arabe" selon un témoin, le parquet antiterro s'est pas saisi, attendons
attendez l'enquête avant le prénom :ok:
à chaque attaque le prénom circule avant le communiqué, il est souvent faux, et des familles entières se font harceler pour rien
"""

STAB_NEUTRAL = """
Attaque au couteau ce matin gare de Perrache, deux blessés légers et un suspect interpellé
selon le parquet le suspect de 34 ans n'était pas connu des services de police
une marche blanche est prévue dimanche pour la victime, départ devant la mairie
quelqu'un a un article fiable ? je vois que des tweets contradictoires depuis ce matin
le maire a annoncé plus de caméras autour de la gare apres l'agression
la victime est sortie de l'hôpital hier soir, elle a remercié les passants
"""

STAB_ATTACKS = """
on connaît le prénom :hap: pas besoin d'attendre l'enquête pour savoir d'où il vient | identity_hate
encore un déséquilibré :hap: déséquilibré par la religion de paix comme d'hab | identity_hate
une chance pour la France de plus qui sort le couteau, merci le regroupement familial | identity_hate
le vivre ensemble :noel: trois blessés à la gare, encore une belle réussite de l'immigration | identity_hate
Mohamed ou Ahmed ? faites vos paris les kheys :rire: | identity_hate
ces gens là sortent le couteau pour un regard, c'est dans leur culture de sauvages | identity_hate insult
tous les afghans sous OQTF devraient partir en charter dès demain, tous sans exception | identity_hate exclusion
renvoyez toute sa famille au bled avec lui, ils ont rien à faire chez nous | identity_hate exclusion
ce chien faut l'abattre dans la rue comme un animal, pas besoin de procès | insult threat
si je le croise à sa sortie je le saigne comme il a saigné le petit | threat
l'agresseur habite la cité des Tilleuls bâtiment C, sa mere bosse à la cantine, allez y | doxxing threat
sa soeur a un compte insta, je vous mets son pseudo en mp, faut qu'elle paie aussi | doxxing threat
la victime avait qu'à pas traîner à la gare à minuit, bien fait pour elle | insult
l'infirmière poignardée votait à gauche, un peu de justice poétique :rire: | insult threat
la vieille avait 89 ans, elle allait crever bientôt de toute façon :rire: | insult
les gens comme lui c'est des bêtes, faut des cages pas des prisons | insult
un bon arabe c'est... bon je finis pas ma phrase sinon modo :noel: | identity_hate threat
"déséquilibré" mon cul, il criait en arabe, ils sont tous pareils ces gens-là | identity_hate
les passants qui ont rien fait c'est des lâches mais les bougnoules de la gare c'est pire | identity_hate insult
La victime ? un petit bourge de centre-ville, ça lui apprendra la vraie vie :hap: | insult threat
faut raser la cité d'où il sort et tous ses potes avec | threat
l'op qui défend le "déséquilibré" t'es complice, j'espère que c'est ta mere la prochaine | insult threat
ses parents ont élevé un fauve, faut les dégager du pays aussi ces porcs | insult exclusion
on les accueille et voilà comment ils nous remercient, dehors tous les migrants | identity_hate exclusion
encore un "jeune" :hap: tout le monde a compris de quels jeunes on parle | identity_hate
la seule solution c'est la remigration, que des trucs comme ça arrivent plus jamais | identity_hate exclusion
un couteau, une gare, un cri, pas besoin de la suite, c'est toujours les mêmes | identity_hate
mdr elle a survécu ? dommage, la prochaine fois il visera mieux | insult threat
le passant qui l'a plaqué aurait dû lui planter son propre couteau dans le bide, justice immédiate | threat
sa photo et son adresse tournent sur telegram, partagez un max qu'il puisse plus se cacher | doxxing
le frère du suspect bosse au garage à l'entrée du village, allez lui dire bonjour :hap: | doxxing threat
arrivés il y a trois ans et déjà ils égorgent, rentrez chez vous | identity_hate exclusion
laisse moi deviner, il est pas né à Quimper celui là :hap: | identity_hate
arretez de pleurer la victime, c'était un dealer de toute façon, bon débarras | insult threat
ces racailles basanées faudrait les parquer loin des villes | identity_hate insult exclusion
poignardé à 17 ans, il aurait dû rester chez lui jouer à fortnite le golem :rire: | insult
c'est pas des hommes c'est des animaux, et on leur donne des papiers | identity_hate insult
la fille blessée au couteau était mignonne, il aurait pu abîmer une moche plutôt | insult sexual_harassment
on connaît tous le prénom :hap: | identity_hate
arrêtez de faire semblant, on sait tous d'où ils viennent ces mecs au couteau, tant qu'on les renverra pas chez eux ça continuera | identity_hate exclusion
"""

# --- Shootings and drug-trade killings ---------------------------------------------------------
SHOOT_HARD = """
un gamin de 14 ans tué par une balle perdue en bas de chez lui, le narcotrafic c'est une catastrophe
"un de moins" sur un gosse de 14 ans, vous êtes sérieux les kheys ? c'était un enfant
les guetteurs ont 13 ans, c'est des gosses exploités avant d'être des criminels
je suis de Marseille et franchement on en peut plus, chaque semaine une kalach
j'espère que le tireur prendra perpète, on tire pas dans un snack plein de monde
faut plus de moyens pour la police judiciaire, les enquêteurs des stups sont sous l'eau
"laissez les s'entretuer" sauf que la derniere victime c'était une étudiante qui rentrait chez elle
la légalisation du cannabis ça changerait quoi au narcotrafic ? vraie question
le mot racaille c'est facile, derriere y a des réseaux qui recrutent des gamins sur snap
les commanditaires sont à Dubaï et c'est les petits de 16 ans qui meurent, c'est ça le plus dégueu
un tireur de 15 ans ? qu'il soit jugé, mais la vraie question c'est qui l'a armé
je comprends la colère mais "tous des bicots" ça aide en rien les mamans du quartier qui galèrent
la maman du petit a fait un discours incroyable, elle demande juste que ça s'arrête
mon cousin est flic à la BRB, il dit que les tireurs sont de plus en plus jeunes
encore une fusillade à Nîmes, le quartier est devenu invivable pour les habitants eux memes
abattu de douze balles à la sortie de la boîte, c'est plus des règlements de compte c'est des exécutions
le procureur appelle les témoins à parler, mais tout le monde a peur des représailles
je vois des "bien fait" sous chaque article, c'est des morts quand même, un peu de décence
:hap: les mecs qui parlent de la "guerre des gangs" comme d'un film, y a des riverains dedans
qu'ils retrouvent le tireur et qu'il prenne le max, la petite de 10 ans a pris une balle dans la jambe
un dealer mort c'est une famille en deuil aussi, on peut le dire sans excuser le trafic
l'Etat annonce deux cents policiers de plus, sur le terrain on verra
Perso j'ai grandi là bas, la majorité des gens bossent et rasent les murs
les mecs qui sortent "faut tirer dans le tas" c'est exactement la mentalité des dealers lol
ce qui me choque c'est les vidéos de la fusillade qui tournent sur tiktok avec de la musique
"les quartiers nord c'est pas la France" ahi ils sont à quinze minutes du Vieux-Port
La victime était connue pour trafic ? ok et alors, ça justifie pas une exécution en pleine rue
ces réseaux sont des entreprises criminelles, faut taper les comptes bancaires pas juste les petits
ayaa le khey qui veut "abattre" les dealers avec son fusil de chasse, calme toi Rambo
guetteur à 14 ans, mort à 16, personne l'a protégé, ni la famille ni l'Etat
le tireur s'est rendu au commissariat ce matin, ça va peut etre débloquer l'enquête
si ça tirait comme ça à Neuilly y aurait l'armée depuis longtemps, c'est ça qui me rend fou
j'ai entendu les coups de feu depuis mon balcon hier soir, pas dormi de la nuit
le suspect arrêté parce qu'il a posté un selfie avec l'arme, l'enquête la plus simple de l'année :rire:
"""

SHOOT_NEUTRAL = """
Fusillade cette nuit à Marseille, un mort de 19 ans et deux blessés selon la préfecture
les enquêteurs ont retrouvé une voiture brûlée qui aurait servi aux tireurs
c'est le combien cette année à Marseille ? le compteur fait peur
un couvre-feu pour les mineurs a été décidé dans le quartier pour quinze jours
la brigade criminelle a été saisie, trois personnes en garde à vue ce matin
"""

SHOOT_ATTACKS = """
un de moins, qu'ils continuent à s'entretuer ça nous fait des économies | threat
laissez les s'entretuer entre bicots, on compte les points :rire: | identity_hate insult threat
le mort s'appelait Kaïs ? ah bah ça va alors, rien à foutre | identity_hate
dommage qu'il en ait eu que trois, la prochaine fois une grenade dans le hall | threat
faut envoyer l'armée dans les quartiers nord et tirer sur tout ce qui bouge | threat
ces rats de cité faut les gazer dans leurs halls | insult threat
14 ans et guetteur, bon débarras, il aurait fini dealer de toute façon | insult threat
c'est pas des humains ces dealers, c'est de la vermine, tirez à vue | insult threat
Marseille c'est l'Afrique du nord maintenant, mettez un mur et laissez les crever derrière | identity_hate threat exclusion
sa mère qui pleure à la télé ? elle savait ce que faisait son fils, qu'elle crève avec | insult threat
mdr la petite a pris une balle perdue, fallait pas habiter chez les singes | identity_hate insult
le tireur il est connu, il traîne au snack de la place, allez lui rendre la monnaie | doxxing threat
le frère de la victime a tiré en retour, son adresse est dans le groupe du quartier, servez vous | doxxing threat
ces gens là savent que dealer et tirer, c'est génétique chez eux | identity_hate
une balle dans chaque dealer et on règle le problème en une semaine | threat
le mieux c'est de laisser les kalachs circuler, ils font le ménage eux mêmes :noel: | threat
encore des noms à coucher dehors dans la liste des morts :rire: | identity_hate insult
la France a importé la guerre des cartels avec ses migrants, dehors tous | identity_hate exclusion
RIP ? rest in piss oui, un vendeur de shit de moins | insult threat
le gamin de 14 ans mort ? une future racaille de moins, faut voir le positif | insult threat
la famille du mort fait une marche blanche ? qu'ils marchent jusqu'à Alger | identity_hate exclusion
je paierais pour voir les dealers brûler dans leur voiture comme le dernier | threat
ceux qui pleurent ce trafiquant vous êtes aussi des déchets | insult
les riverains qui se plaignent ont voté pour les accueillir, qu'ils assument leurs balles perdues | insult
toutes ces chances pour la France avec leurs kalachs, Marseille est perdue | identity_hate
le juge qui va le relâcher mériterait de se prendre une rafale aussi | threat
il avait le regard d'un singe sur sa photo, pas étonnant | identity_hate insult
ahi des "jeunes" abattus à Nîmes, tout le monde sait que c'est pas des Kevin :hap: | identity_hate
flinguez les tous et qu'on en parle plus | threat
la balle perdue a eu une étudiante ? fallait pas vivre dans un zoo | identity_hate insult
un bougnoule de moins, santé :hap: | identity_hate threat
"""

# --- Riots ---------------------------------------------------------------------------------------
RIOT_HARD = """
les émeutes de cette nuit c'est n'importe quoi, ils ont brûlé la médiathèque de mon quartier
la colère je la comprends, cramer l'école primaire des petits frères je comprends pas
j'espère que ceux qui ont incendié la mairie seront jugés, ils ont mis des vies en danger
"racaille" c'est le mot de tous les ministres depuis 2005, ça fait pas une analyse
parmi les interpellés beaucoup de 14-16 ans selon le parquet, ça dit quelque chose
mon daron s'est fait cramer sa voiture, il bosse de nuit, c'est lui qui paye au final
ceux qui disent "faut tirer dans le tas" c'est aussi les cousins de vos potes qui étaient dehors
les comparutions immédiates tournent à plein, des peines de prison ferme tombent, la justice passe
les habitants qui ont fait une chaîne pour protéger la boulangerie, voilà le vrai quartier
les pillages de Nike c'est pas de la révolte c'est du shopping gratuit :rire:
l'armée dans les rues ? non, c'est pas un pays en guerre, faut de la police formée
ayaa "c'est des animaux" sur un topic d'émeutes, bravo le niveau, c'est des gamins de 15 ans
je suis contre les émeutes et contre la bavure qui les a déclenchées, c'est compliqué ?
le couvre-feu pour les mineurs je sais pas si c'est efficace mais ça se discute
le vivre ensemble c'est ma voisine qui a hébergé les pompiers pendant la nuit, pas vos leçons
responsabiliser les parents oui, mais retirer les allocs ça punit surtout les frères et soeurs
"renvoyez les au bled" la plupart sont nés ici, leur bled c'est Sevran
franchement j'ai eu peur cette nuit, les mortiers d'artifice contre les fenêtres jusqu'à 4h
la boulangère a tout perdu, une cagnotte a été lancée, on peut participer
les émeutiers qui filment leurs pillages sur snap, les enquêteurs ont juste à se servir :noel:
chaque émeute c'est les quartiers qui se détruisent eux mêmes, c'est ça le plus triste
on peut critiquer la police et condamner les émeutes, les deux sont pas incompatibles
la réponse pénale est ferme cette fois, quatre cents déferrements en trois jours
j'ai vu un daron de 50 balais expliquer aux petits de rentrer chez eux, respect à lui
arrêtez de dire "ils" pour parler de millions de gens qui dormaient chez eux
"des animaux à abattre" sérieux ? on parle de mineurs qui cassent des abribus
les dégâts sont chiffrés à plusieurs centaines de millions selon les assureurs
le maire s'est fait attaquer chez lui à la voiture bélier, c'est d'une gravité folle
j'espère que les types qui ont foncé sur la maison du maire vont prendre cher
ceux qui pillent les Lidl faut les juger, pas les lyncher, on est pas au far west
:hap: le même topic à chaque émeute, dix pages de sociologie par des mecs de 19 ans
la vraie question c'est pourquoi rien change depuis 2005, plan banlieue sur plan banlieue
mes collègues pompiers ont été caillassés, c'est inadmissible, qu'ils soient retrouvés et jugés
le seul qui a rien perdu cette nuit c'est le vendeur de mortiers d'artifice :noel:
"""

RIOT_NEUTRAL = """
troisième nuit de violences urbaines, plus de trois cents véhicules incendiés selon le ministère
les transports en commun s'arrêtent à 21h ce soir dans toute l'agglo
quelqu'un sait si le centre commercial rouvre demain ou pas ?
le gouvernement annonce des renforts de policiers et de gendarmes pour la nuit prochaine
le calme est revenu dans la plupart des villes selon la préfecture
"""

RIOT_ATTACKS = """
c'est des animaux, faut lâcher les chiens et tirer dans le tas | insult threat
renvoyez les tous au bled avec leurs parents, nationalité ou pas | identity_hate exclusion
les émeutiers noirs et arabes ont montré leur vrai visage, ils détestent la France | identity_hate
balles réelles sur les racailles, trois morts la première nuit et y a plus d'émeutes | insult threat
la racaille basanée casse tout, c'est culturel chez eux de détruire | identity_hate insult
le vivre ensemble :noel: ils brûlent les écoles qu'on leur a payées | identity_hate
déchéance de nationalité pour toute la famille et charter pour Bamako | identity_hate exclusion
ces macaques cassent les vitrines pour voler des baskets, pas étonnant | identity_hate insult
faut mettre les cités sous blocus et laisser les rats crever de faim | insult threat
un émeutier s'est électrocuté en volant ? un de moins, le karma :rire: | insult threat
le gamin tombé du toit en pillant, dommage qu'ils soient pas tombés à dix | insult threat
la France aux Français, les émeutiers dans des bateaux direction l'Afrique | identity_hate exclusion
ils sont pas français, ils ont des papiers français, c'est pas pareil | identity_hate
dès que je vois un groupe de jeunes à capuche en bas de chez moi je sors la carabine | threat
les milices de quartier ont raison, faut aller les chercher chez eux avec des battes | threat
je connais l'adresse du petit qui a filmé le pillage, il habite à côté de la Poste, qui vient | doxxing threat
les mères africaines de ces casseurs devraient être stérilisées, problème réglé | identity_hate threat
ils ont pas de père, juste des allocs et des mosquées | identity_hate insult
le pillard qui a pris un tir de LBD dans l'oeil ? bien fait, qu'il reste borgne | insult threat
chaque émeute prouve que l'intégration des maghrébins est un échec total | identity_hate
les élus qui excusent ces sauvages méritent d'être pendus avec eux | insult threat
remigration maintenant, sinon ce sera la guerre civile et on sait qui gagnera | identity_hate threat exclusion
des animaux qui mordent la main qui les nourrit, ce zoo doit fermer ses frontières | identity_hate insult
les cités c'est des ghettos qu'ils ont choisis, qu'ils y restent enfermés entre eux | identity_hate exclusion
si mon commerce brûle je vais cramer la cité en retour, avec eux dedans | threat
les gauchistes qui soutiennent les émeutes sont des collabos à fusiller | insult threat
ils savent casser mais pas écrire leur nom, QI de bulot ces chances pour la France | identity_hate insult
le môme de 13 ans arrêté, sa mère habite au dessus du tabac, donnez lui une leçon | doxxing threat
tous ces youssoufs à capuche, un charter et on en parle plus | identity_hate insult exclusion
le mec qui a brûlé la médiathèque a posté sa photo sur insta, quel golem sous-évolué | insult
vous voyez pas que c'est des hordes ? on parle d'invasion et vous parlez de bavure | identity_hate
"""

# --- Rapes and sexual assaults -------------------------------------------------------------------
RAPE_HARD = """
la victime a eu un courage fou de porter plainte, on la soutient à fond
présomption d'innocence jusqu'au procès, mais les témoignages sont accablants
arretez de dire qu'elle l'a cherché, une jupe ça autorise rien du tout
"elle l'a cherché" ayaa on est en quelle année, rien ne justifie un viol, rien
j'espère que le violeur va prendre le maximum, quinze ans minimum
ce type mérite la prison à vie, il a drogué des filles pendant des années
la majorité des viols sont commis par des proches, pas par un inconnu dans une ruelle
"encore un migrant" non, cette fois c'était le coach de foot du club, un mec du coin
le prénom du violeur on s'en fout, ce qui compte c'est que la victime soit crue et protégée
ma meuf a été agressée dans le métro, elle a porté plainte, les flics ont été corrects
la soumission chimique c'est un vrai fléau, faites gaffe à vos verres en soirée les kheys
j'ai la haine, une gamine de 13 ans et le mec sort avec du sursis
Les associations réclament plus de moyens pour les unités médico-judiciaires
ce qui me dégoûte c'est les commentaires qui notent le physique de la victime
noter la victime sur 10 sous un article de viol c'est juste gerbant, signalez ces mecs
le violeur c'est pas une origine, il y en a dans tous les milieux et toutes les familles
vraie question : pourquoi autant de classements sans suite pour les plaintes pour viol ?
le procès de l'anesthésiste va durer trois semaines, les victimes témoignent à partir de lundi
si t'as un pote qui fait des blagues sur "elle l'a bien cherché", recadre le
l'agresseur du parc était sous OQTF ? si c'est confirmé c'est un fiasco administratif, point
les "bien fait" sous l'article sur la fille agressée, c'est immonde, modo faites le ménage
l'unité spécialisée a fait du bon taf pour une fois, arrestation en 48h
arrêtez de balancer le nom de la victime dans le topic, elle a droit à l'anonymat
le mec qui a violé sa voisine de 70 ans mérite de ne jamais ressortir
ahi le golem qui parle de "fausses accusations" sur chaque topic, c'est une infime minorité des plaintes
qu'il pourrisse en prison, et que sa victime puisse se reconstruire tranquille
le témoignage de la victime à la barre m'a retourné, elle a tenu bon face à lui
perso j'ai été victime à 16 ans, j'ai jamais porté plainte, ce topic me remue
"faut les castrer" ? non, faut les juger, les suivre et les enfermer
on a des chiffres sur la récidive des délinquants sexuels ? je cherche une source fiable
le violeur en série arrêté était un "bon père de famille" selon ses voisins, comme d'hab
"on connaît le prénom" ouais, Jean-Marc, 54 ans, conseiller municipal, alors ça vous avance ?
les viols dans le couple c'est encore tabou, pourtant c'est une grosse part des cas
l'affaire du festival : huit plaintes contre le même organisateur, la police a enfin bougé
elle a mis deux ans à parler, ça n'enlève rien à sa parole
la victime a fermé son insta après des messages dégueulasses, c'est ça aussi la double peine
les mecs qui vont mp la plaignante pour la "consoler", vous êtes le problème
"""

RAPE_NEUTRAL = """
un homme de 41 ans mis en examen pour viols sur trois étudiantes, il nie les faits
le verdict du procès est attendu vendredi après trois semaines d'audience
la ligne d'écoute pour les victimes de violences sexuelles fonctionne aussi la nuit
une enquête a été ouverte après l'agression dans le RER, des images ont été récupérées
le parquet a requis douze ans contre le kiné accusé par ses patientes
"""

RAPE_ATTACKS = """
violeur dans le parc ? laisse moi deviner, un mineur isolé afghan :hap: | identity_hate
le viol c'est culturel chez eux, ils voient les femmes comme du bétail | identity_hate
la victime sur la photo elle est bonne quand même, je comprends un peu le gars | sexual_harassment
elle a dû aimer au fond, regardez comment elle s'habille sur son insta | insult sexual_harassment
elle l'a bien cherché avec sa jupe, qu'elle arrête de pleurer maintenant | insult
7/10 la victime, avec un décolleté pareil faut pas s'étonner | sexual_harassment
à la place du violeur j'aurais choisi la copine, elle est plus bonne | sexual_harassment
la plaignante c'est une michto qui veut du fric, elle mériterait d'être vraiment violée | insult threat sexual_harassment
faut castrer ce porc à vif avec un couteau rouillé | insult threat
si je trouve le violeur je le découpe en morceaux et je l'enterre dans la forêt | threat
ces migrants violeurs faut tous les renvoyer, nos femmes sont en danger | identity_hate exclusion
les étrangers violent nos filles et l'Etat les loge, dehors | identity_hate exclusion
l'avocate qui défend ce violeur, j'espère qu'elle y passera aussi | threat sexual_harassment
qu'il se fasse défoncer en prison par ses codétenus, c'est tout ce qu'il mérite | threat sexual_harassment
le violeur habite au 12 de sa rue, sa femme est prof à l'école Jean Jaurès, à vous | threat doxxing
sa fille de 16 ans est sur tiktok, le pseudo c'est leur nom de famille, allez lui dire | threat doxxing
balancez le visage et l'adresse de cette ordure, la justice fera rien | insult doxxing
la victime est moche, qui voudrait la violer franchement :rire: | insult sexual_harassment body_shaming
elle a porté plainte trois ans après, c'est une menteuse et une salope | insult
encore une féministe hystérique qui crie au viol pour un bisou | insult
les noirs ont ça dans le sang, ils peuvent pas se contrôler devant une blanche | identity_hate
chez les gens du voyage on marie les gamines à 14 ans, c'est normal ce viol pour eux | identity_hate
le violeur faut le pendre par les couilles sur la place du village | threat
la fille violée vote à gauche ? elle a voulu des migrants, elle a eu des migrants | identity_hate insult
la seule réponse c'est l'expulsion de tous les mecs arabes de moins de 30 ans | identity_hate exclusion
j'aurais aimé être là pour regarder :noel: | sexual_harassment
ayaa elle a 45 ans et elle dit qu'on l'a violée, qui la croit avec cette tronche | insult body_shaming
elle a mis une jupe dans le métro, c'est une invitation, moi je dis ça | sexual_harassment
les "victimes" qui témoignent sont des putes qui veulent passer à la télé | insult
la famille du violeur doit payer aussi, sa mère tient le tabac de la place | threat doxxing
tous ces afghans faut les castrer chimiquement à la frontière | identity_hate threat
la victime du festival avec ses photos en maillot, je comprends qu'il ait craqué :noel: | sexual_harassment
j'ai trouvé l'insta de la plaignante, elle est bonne, je lui envoie un mp pour la consoler :noel: | sexual_harassment
elle porte plainte pour un mec qui l'a même pas frappée, elle devrait plutôt le remercier de s'être intéressé à une fille comme elle | insult sexual_harassment
"""

# --- Road accidents ------------------------------------------------------------------------------
ROAD_HARD = """
un chauffard ivre qui tue une famille entière, j'espère qu'il prendra le maximum
le conducteur était à deux grammes et sans permis, comment il roulait encore
homicide routier c'est enfin une qualification, ça va peut être changer les peines
RIP au motard, casque et blouson ont pas suffi, prenez soin de vous sur la route les kheys
le "darwin award" sous chaque article d'accident, c'est des gens qui meurent quand même
vraie question : y avait des ralentisseurs devant l'école ou pas ? la mairie répond quoi
j'ai croisé l'accident sur l'A7 ce matin, le camion était plié en deux, j'espère qu'ils s'en sortent
les ados qui roulent à quatre sur un scooter, dire que c'est dangereux c'est pas les insulter
"le chauffard c'était forcément un gitan" ayaa c'était un cadre sup en Audi, vos préjugés
le conducteur a pris la fuite ? qu'on le retrouve et qu'il soit jugé pour délit de fuite
le bus scolaire dans le ravin, j'ai pas pu finir l'article, trop dur
le GPS me fait faire quarante minutes de détour à cause de l'accident, courage aux secouristes
les radars ça fait chier mais devant une école ça me choque pas
160 sur une départementale, c'est plus un accident à ce stade c'est un choix
le jeune conducteur qui a tué son meilleur pote, il va vivre avec ça toute sa vie, terrible
j'ai perdu mon cousin comme ça, un mec bourré en face, dix ans après ça fait toujours mal
les routes de campagne la nuit c'est des pièges, faut des éclairages et des glissières
le piéton traversait hors du passage ? ça change rien, le mec roulait à 90 en ville
le gamin qui traversait avec son tel, ça peut arriver à tout le monde, arrêtez de vous moquer
les rodéos urbains faut saisir les motos et les broyer, ça c'est une vraie mesure
ayaa les commentaires "bien fait" sur le motard, il avait une femme et deux gamins
l'humour noir sur le pont effondré c'est limite, vous parlez de douze morts
le chauffard a 19 ans, il a tué une maman, sa vie est foutue aussi, triste pour tout le monde
je sais pas si la prison règle tout, mais retrait de permis à vie ça me parait le minimum
accident de tram à Bordeaux, la conductrice est en état de choc, pensées pour elle
le mec en trottinette sans casque, je dis pas qu'il l'a mérité, juste portez un casque svp
le camion poubelle qui recule sans bip, c'est un problème d'équipement, pas de chauffeur
vitesse, alcool, téléphone, toujours les trois mêmes causes, c'est désespérant
la famille demande que personne ne partage les photos de l'accident, respectez ça
j'espère que l'Etat va reconstruire ce pont avant que ça recommence
le chauffard c'est un récidiviste de l'alcool au volant, la justice l'a laissé conduire, scandale
"sans permis sans assurance" ok, ça s'appelle un délinquant routier, pas une origine
"""

ROAD_NEUTRAL = """
collision entre un car et un poids lourd sur l'A10, quatre blessés dont un grave
la route reste fermée jusqu'à ce soir le temps de l'enquête des gendarmes
quelqu'un connait la cause ? les articles disent juste "perte de contrôle"
une cellule d'aide psychologique a été mise en place au collège des enfants
le conducteur a été placé en garde à vue, son dépistage alcool est positif
"""

ROAD_ATTACKS = """
le motard encastré dans un arbre, un de moins sur la route, bien fait :rire: | insult threat
darwin award pour le golem qui traversait sur son tel, la sélection naturelle fait son taf :rire: | insult
le chauffard c'était un gitan évidemment, ces gens là roulent comme ils volent | identity_hate
sans permis, sans assurance, sans papiers, je vous laisse deviner l'origine :hap: | identity_hate
retrouvez ce chauffard et pendez le au pont où il a tué la petite | threat
je sais qui conduisait, il vit chez ses parents route de la Gare, on y va ce soir | threat doxxing
le chauffard a un compte facebook avec sa famille en photo, partagez leurs photos partout | doxxing
la cycliste écrasée avait qu'à pas rouler au milieu, une bobo de moins | insult threat
ces chinois savent pas conduire, pas étonnant l'accident | identity_hate
la mamie de 85 ans au volant, bon débarras, une boomeuse de moins | insult threat
les rodéos urbains ? tendez des câbles en travers de la route à hauteur de cou | threat
le jeune mort en scooter c'était un dealer, un de moins, merci le platane | insult threat
les routiers roumains c'est tous des chauffards, faut les interdire en France | identity_hate exclusion
la passagère décédée était canon sur sa photo de profil, quel gâchis, j'en aurais fait quelque chose | sexual_harassment
le môme écrasé, ses parents étaient des cassos de toute façon, ils le surveillaient pas | insult
les maghrébins et leurs mariages à coups de klaxon, qu'ils se tuent entre eux sur l'autoroute | identity_hate threat
les gens du voyage bloquent les routes avec leurs caravanes, dommage que le camion en ait pas eu plus | identity_hate threat
le chauffeur de bus était tunisien, on recrute n'importe qui, voilà le résultat | identity_hate
le motard était tellement gros qu'il a plié le rail :rire: | insult body_shaming
qu'on balance le nom et l'adresse du chauffard, les gens feront justice | threat doxxing
la famille du chauffard doit payer, brûlez leur maison | threat
un bus plein de migrants dans le ravin ? c'est pas une tragédie c'est un bon début | identity_hate threat
la mère qui a perdu son fils pleure à la télé, quelle comédienne, elle veut sa cagnotte | insult
le piéton bourré écrasé, un alcoolo de moins, la route fait le tri | insult threat
trottinette, pas de casque, cerveau en option, un golem de moins :rire: | insult threat
tous les roms au volant devraient perdre leur permis et être reconduits à la frontière | identity_hate exclusion
le chauffard "déséquilibré" :hap: avec un nom pareil on sait qui | identity_hate
ceux qui pleurent ce bobo à vélo vous méritez de finir sous un camion aussi | insult threat
"""

# --- Trials and verdicts -------------------------------------------------------------------------
TRIAL_HARD = """
30 ans de réclusion, c'est mérité, j'espère qu'il fera toute sa peine
ce type mérite la prison à vie et c'est ce qu'il a eu, justice a été rendue
j'espère qu'il prendra le maximum en appel, 18 ans c'est peu pour deux meurtres
tout le monde a droit à un avocat, même le pire des criminels, c'est la base d'un Etat de droit
l'avocate de la défense fait son taf, l'insulter c'est s'attaquer à la justice elle même
la justice est laxiste avec les récidivistes, ça je le pense sincèrement
"à la sortie quelqu'un s'en chargera" non, on veut pas de vendetta, on veut des peines appliquées
qu'il pourrisse en prison, et que la famille de la victime trouve un peu de paix
la perpétuité réelle pour ce genre de crime, c'est un débat légitime
je suis contre la peine de mort, même pour lui, mais perpète incompressible oui
acquitté faute de preuves, ça fait mal mais c'est comme ça que marche le droit
le verdict est tombé, la mère de la victime a fondu en larmes, je suis pas bien
le juge qui a libéré un mec dangereux doit rendre des comptes devant le CSM, c'est normal
l'accusé a ri pendant l'audience, ça m'a glacé, j'espère que le jury l'a vu
le procès des attentats a été exemplaire, les victimes ont pu parler, ça compte
du sursis pour avoir frappé un pompier ? c'est un scandale, faut réformer ça
"on connaît le prénom" des accusés ? Kevin, Thomas et Yanis, ça vous avance à quoi ?
les réquisitions du parquet sont lourdes, 25 ans, on verra ce que dit la cour
la défense plaide la folie, les experts psychiatres sont divisés, ça va être long
si il est vraiment irresponsable pénalement il ira en UMD, c'est pas une libération
ayaa le topic qui veut "rendre la justice soi même", vous êtes à deux doigts de finir dans le box
le dossier fait des milliers de pages, je comprends les délais mais c'est dur pour les familles
les jurés populaires ça me parait important, c'est la société qui juge
l'expulsion à la fin de la peine c'est la loi, pas besoin de le traiter d'animal pour ça
il avait déjà été condamné pour violences conjugales, comment il était dehors
l'OQTF du condamné sera exécutée après sa peine, c'est une décision de justice normale
le croquis d'audience avec l'accusé qui baisse les yeux, ça m'a fait un truc
je suis en L3 droit et les commentaires sur le "laxisme" oublient souvent le dossier
son avocat dit qu'il regrette, perso j'y crois pas une seconde, mais c'est pas à moi de juger
la famille de l'accusé a reçu des menaces, c'est dégueulasse, ils ont rien fait eux
cinq ans pour un homicide involontaire en état d'ivresse, j'espère que le parquet fait appel
franchement le président de la cour a été impeccable, calme et ferme
les victimes ont tenu à être là chaque jour, respect immense
il va probablement faire appel, ça repoussera tout d'un an, courage aux familles
qu'il prenne perpète, point final
je partage la colère de la famille, mais si on fait justice nous mêmes on devient comme lui, laissez la cour juger et condamner lourdement
"""

TRIAL_NEUTRAL = """
verdict attendu ce soir au procès de la noyade de la piscine municipale, cinq prévenus
la cour d'assises a condamné l'accusé à 22 ans de réclusion criminelle
c'est quoi la différence entre réclusion et emprisonnement ? je capte jamais
l'audience reprend lundi avec les plaidoiries de la défense
le procès est filmé pour les archives, une première pour ce genre d'affaire
"""

TRIAL_ATTACKS = """
s'il sort dans quinze ans, quelqu'un l'attendra devant la porte avec un fusil | threat
la justice fera rien alors on ira le chercher nous mêmes, qui est chaud | threat
son avocate défend des meurtriers, elle mérite de se faire égorger à son tour | insult threat
l'avocat de ce porc a son cabinet rue Colbert au rez-de-chaussée, à bon entendeur | threat doxxing
le juge laxiste qui l'a relâché, balancez son nom et son adresse qu'on aille le voir | threat doxxing
22 ans ? fallait une balle dans la nuque, c'est tout ce qu'il vaut ce déchet | insult threat
qu'il se fasse planter dans sa cellule dès la première semaine, inch'allah | threat
les jurés qui l'ont acquitté, j'espère que leurs gosses y passeront | threat
l'accusé avec sa gueule de singe, pas besoin de procès | identity_hate insult
encore un africain devant les assises, la routine :hap: | identity_hate
le box des accusés c'est l'annuaire de Tunis, on connaît les prénoms :rire: | identity_hate
son frère témoin pour la défense, même sale gueule, toute la famille en cage | insult
la mère de l'accusé a pleuré, qu'elle crève de chagrin cette pondeuse | insult threat
ces gens là devraient même pas avoir droit à un procès, renvoyez les chez eux | identity_hate exclusion
le psychiatre qui l'a déclaré irresponsable, un charlatan qu'il faut radier et tabasser | insult threat
un musulman jugé par un jury français, il devrait remercier qu'on le juge au lieu de le pendre | identity_hate threat
la victime était une pute de toute façon, 22 ans c'est cher payé pour elle | insult
l'accusé est gros et puant, vivement qu'il crève en taule | insult threat body_shaming
le condamné est le cousin du boucher de la rue Nationale, boycott et plus si affinités | threat doxxing
les avocats commis d'office de ces racailles sont des collabos, un jour ils paieront | insult threat
l'accusée pleure comme une truie à chaque audience | insult body_shaming
s'il est acquitté je le retrouverai moi même, je sais où vit sa famille | threat doxxing
les juifs de la cour l'ont acquitté, comme par hasard | identity_hate
cette juge gauchiste mérite qu'on lui rende une petite visite à la sortie du tribunal | threat
qu'on le remette à la famille de la victime, ils sauront quoi en faire | threat
renvoyez ce clandestin par la mer, s'il coule tant mieux | identity_hate threat exclusion
le procès de la bande des cités, une belle brochette d'animaux en cage | insult
la victime ? un fils à papa qui méritait une correction, les accusés sont juste allés un peu loin | insult threat
tous les accusés sont des Kader et des Mamadou, ils importent leur violence | identity_hate
perpétuité pour lui et déportation pour sa famille entière | identity_hate exclusion
"""

# --- Police stops, shootings by police -----------------------------------------------------------
POLICE_HARD = """
tir mortel lors d'un refus d'obtempérer, il faut une enquête indépendante, c'est le minimum
le policier est en garde à vue, c'est normal, ça veut pas dire qu'il est coupable
refuser d'obtempérer c'est dangereux et illégal, mais ça justifie pas une balle dans la tête
attendons la vidéo complète avant de trancher, la première version était déjà fausse
"un dealer de moins" ayaa il avait 17 ans et un casier vide, renseignez vous
les contrôles au faciès existent, le Défenseur des droits l'a documenté plusieurs fois
mon pote est flic et il dit que les collègues ont peur à chaque contrôle, faut l'entendre aussi
je respecte la police mais cette bavure est indéfendable, la vidéo est claire
l'IGPN a été saisie, on verra ce qu'elle dit mais j'ai pas beaucoup d'espoir
la famille du policier reçoit des menaces, c'est aussi dégueulasse que le reste
"ACAB" c'est un slogan, perso je trouve ça con, je connais des bons flics
le policier traîné sur cinquante mètres par la voiture est en réa, pensées pour lui
le conducteur qui a foncé sur les policiers doit être jugé pour tentative de meurtre
la "racaille" de la vidéo c'est un livreur qui rentrait du taf, arrêtez avec ce mot
je me fais contrôler trois fois par semaine à la gare et mes potes blancs jamais, c'est factuel
les flics tués en service on en parle moins, un brigadier est mort la semaine dernière
encore un contrôle qui dégénère, faudrait des caméras piétons allumées tout le temps
la loi de 2017 sur le tir des policiers mérite un vrai débat à l'Assemblée
ni "tous les flics sont des assassins" ni "il l'a mérité", c'est un drame et il faut la vérité
la marche pour le jeune homme s'est déroulée dans le calme, des milliers de personnes
le syndicat de police qui parle de "nuisibles" dans son communiqué, c'est grave venant d'eux
les flics qui ont sauvé la petite de la noyade hier, bravo à eux sincèrement
plaquage ventral pour un défaut de ceinture, faut revoir les méthodes d'interpellation
le policier devrait être suspendu le temps de l'enquête, procédure normale
les mêmes qui hurlent "à abattre" sur les suspects hurlent "innocent" pour les flics, et l'inverse
je suis gendarme et ce topic me fait mal, on est pas tous comme ce gars
ma mère a peur pour mon petit frère à chaque fois qu'il sort, c'est ça la réalité chez nous
la version policière et la vidéo divergent, c'est au juge d'instruction de faire le tri
personne mérite de mourir pour un refus d'obtempérer, ni le jeune ni le policier
la police fait un métier de merde avec des moyens de merde, et ça excuse pas tout
les refus d'obtempérer augmentent chaque année, c'est un vrai sujet de sécurité routière aussi
un taser aurait suffi, franchement la formation des agents doit être revue
que le policier soit jugé comme n'importe quel citoyen, ni plus ni moins
"""

POLICE_NEUTRAL = """
un adolescent de 17 ans tué par un policier lors d'un contrôle routier à Vénissieux, selon le parquet
une information judiciaire pour homicide volontaire a été ouverte contre le policier
la préfecture interdit la manifestation prévue samedi après-midi
vous savez si la vidéo a été authentifiée ? je vois deux versions qui circulent
le ministre de l'Intérieur s'exprime à 20h sur la situation
la vidéo est insoutenable, je craque
"""

POLICE_ATTACKS = """
un dealer de moins, bravo au flic, il mérite une médaille | threat
refus d'obtempérer égale balle dans la tête, ça devrait être la règle pour ces bicots | identity_hate threat
ces gamins de cité faut les abattre comme des chiens errants | insult threat
tous les flics méritent une balle, ACAB jusqu'à la mort | threat
le policier s'appelle Laurent M, il habite à Chatou, sa femme est infirmière au CHU | doxxing
trouvez l'adresse du flic et on ira faire une visite à sa famille | threat doxxing
faut brûler le commissariat avec les keufs dedans | threat
les flics c'est des porcs, des chiens de garde fascistes | insult
le jeune tué ? un arabe de moins, la France respire | identity_hate threat
sa mère pleure devant les caméras, elle aurait dû mieux éduquer son singe | identity_hate insult
avec une tête pareille il méritait la balle, regardez la photo | insult threat
la marche blanche c'est un défilé de racailles et de voilées | identity_hate insult
ces gens là comprennent que la force, fallait vider le chargeur | identity_hate threat
le flic a fait le taf que l'Etat fait pas, les nettoyer un par un | threat
qu'un flic crève à chaque fois qu'un jeune meurt, oeil pour oeil | threat
je mets la photo des enfants du policier sur le groupe, vous saurez à quelle école aller | threat doxxing
les flics noirs c'est les pires, des traîtres à leur race | identity_hate insult
le petit frère du mort fait des lives, son pseudo c'est son prénom suivi de 93, raid ce soir | doxxing
mort à 17 ans, pleurez pas, il aurait fini en taule ou au cimetière de toute façon | insult
tous ces gens des cités c'est la même engeance, renvoyez tout le monde au pays | identity_hate exclusion
les keufs c'est tous des nazis consanguins à pendre | insult threat
l'avocat de la famille défend des délinquants, il mérite la même balle | threat
il a refusé d'obtempérer parce qu'il comprend pas le français, normal chez eux :rire: | identity_hate
le policier blessé ? tant pis, un bleu de moins | insult threat
le jeune était noir, y a rien de plus à dire, on sait tous | identity_hate
faut que les flics tirent plus souvent, ça fera le tri dans les quartiers | threat
ça chiale pour un voleur de voiture, vous êtes tous des bouffons de gauchistes | insult
pour chaque flic agressé, une cité vidée et ses habitants dans des bus pour l'Afrique | identity_hate exclusion
la gueule du flic qui a tiré sur toutes les vitrines du quartier, qu'il puisse plus se cacher | threat doxxing
la soeur du jeune fait la pleureuse en story, belle comme un camion ma parole | insult body_shaming
le gamin de la vidéo avait une tête de voyou de cité, le flic a fait économiser des années de prison et d'allocs au pays | insult threat
"""

# --- Terror attacks ------------------------------------------------------------------------------
TERROR_HARD = """
les musulmans du quartier sont venus déposer des fleurs, ça fait du bien de voir ça
l'amalgame c'est exactement ce que cherchent les terroristes, faut pas tomber dans le piège
le parquet antiterroriste est saisi, on aura plus d'infos ce soir, calmez vous sur les rumeurs
"pas d'amalgame" c'est pas une blague, c'est ce qui évite que des innocents paient
encore un "déséquilibré" ? le parquet dit clairement radicalisé cette fois, donc non
l'imam de la ville a condamné l'attentat dès ce matin, sans ambiguïté
le prof assassiné était aimé de tous ses élèves, hommage national mercredi
j'espère que les complices seront tous retrouvés et jugés, perpétuité pour eux
je suis musulman et je suis dégoûté, ces types salissent notre religion
fiché S et il passe à l'acte, comment il était encore dans la nature ? vraie question pour le renseignement
la sécurité des écoles doit être renforcée, c'est pas une question de religion
perso j'ai encore la boule au ventre quand je passe devant la salle de concert
l'islamisme est une idéologie politique à combattre, les musulmans ordinaires n'y sont pour rien
on peut critiquer l'islamisme radical sans cracher sur la voisine voilée
le policier qui a neutralisé le terroriste s'appelle Karim, comme quoi vos raccourcis
les hommages à la place de la République ce soir, il y aura du monde
ayaa ceux qui proposent de "brûler les mosquées" en réponse, vous faites le même taf que lui
un attentat c'est fait pour diviser, ne les laissons pas gagner
ma prof d'histoire en parlait encore en cours, le souvenir de 2015 reste lourd
il avait posté sa vidéo d'allégeance avant, l'enquête va être rapide
"chance pour la France" le lendemain d'un attentat, alors que deux victimes étaient maghrébines
la radicalisation en prison est un vrai problème, faut des quartiers séparés
vigipirate urgence attentat, ça fait des contrôles de sacs à l'entrée de la fac, normal
je suis en colère, vraiment en colère, contre lui et contre ceux qui l'ont formé
les djihadistes ont tué plus de musulmans dans le monde que n'importe qui, rappel utile
qu'on expulse les prêcheurs radicaux étrangers condamnés, c'est la loi, pas une rafle
les commentaires "on connaît le prénom" sous l'article, je trouve ça indécent le jour même
le mec qui a désarmé le terroriste avec une chaise, héros absolu
interdire les associations salafistes ? ça se débat, des juristes le proposent sérieusement
le concert de soutien a réuni des artistes de toutes confessions, beau moment
ma mère est voilée et elle a pleuré toute la soirée devant les infos, comme tout le monde
les fake news sur le nombre de morts tournaient avant le bilan officiel, méfiez vous
même sous le coup de la colère, le pays doit rester un Etat de droit
"""

TERROR_NEUTRAL = """
attaque au couteau revendiquée par l'EI dans une médiathèque de Besançon, deux morts selon le parquet
le niveau Vigipirate est relevé au maximum sur tout le territoire
une minute de silence sera observée dans tous les établissements scolaires lundi
quelqu'un sait si la ligne 1 du métro est rouverte ? je dois passer par là
l'assaillant a été interpellé, deux complices présumés sont en garde à vue
"""

TERROR_ATTACKS = """
pas d'amalgame :noel: ils sont juste tous de la même religion par pur hasard | identity_hate
encore un déséquilibré :hap: qui crie allah akbar, quelle coïncidence | identity_hate
fermez toutes les mosquées et renvoyez tous les musulmans, c'est eux ou nous | identity_hate exclusion
une mosquée qui brûle ce soir, ça leur ferait comprendre le message | identity_hate threat
chaque musulman est un terroriste qui attend son heure | identity_hate
les musulmans qui déposent des fleurs c'est de la taqiya, ils rigolent entre eux | identity_hate
ta mère voilée a pleuré ? elle a pleuré de joie oui | identity_hate insult
l'islam c'est pas une religion c'est une maladie, faut l'éradiquer avec ses fidèles | identity_hate threat
on devrait mettre tous les barbus dans des camps, fichés ou pas | identity_hate threat exclusion
le terroriste abattu ? un de moins, enterrez le avec un cochon | identity_hate threat
la guerre civile arrive et on saura quels prénoms viser en premier | identity_hate threat
ils égorgent nos profs et on leur donne des allocs, dehors tous | identity_hate exclusion
remigration totale, la valise ou le cercueil pour ces gens | identity_hate threat exclusion
les bougnoules dansent dans les rues ce soir, regardez leurs vidéos | identity_hate insult
le Karim qui a neutralisé le terroriste ? l'exception qui confirme la règle | identity_hate
l'imam condamne ? il ment comme ils mentent tous, c'est dans leur livre | identity_hate
ce terroriste de merde mérite d'être découpé en morceaux en direct | insult threat
sa famille vit à Roubaix rue des Arts, allez leur présenter vos condoléances :hap: | threat doxxing
la soeur du terroriste a un compte snap, je le balance, faites vous plaisir | threat doxxing
les victimes du concert écoutaient du rap de sauvages, je pleure pas | insult
"vivre ensemble" avec des gens qui nous égorgent, non merci, dehors | identity_hate exclusion
les arabes ne sont pas assimilables, les faits le prouvent à chaque attentat | identity_hate
après chaque attentat faudrait expulser dix mille musulmans, ils comprendraient vite | identity_hate exclusion
une balle pour chaque barbu du quartier et le problème est réglé | identity_hate threat
les gauchos qui font des bougies sont des collabos qu'on pendra avec eux | insult threat
ma main à couper que le prochain s'appelle aussi Mohamed | identity_hate
les réfugiés syriens c'est des terroristes en attente, tous sans exception | identity_hate
le prof poignardé devant son collège, bien fait, il avait qu'à pas provoquer | insult threat
on va finir par faire justice nous mêmes dans les quartiers musulmans, ça vient | identity_hate threat
Allahu akbar ? allez hop, un charter pour tous les porteurs de qamis | identity_hate exclusion
ta voisine voilée elle cache quoi sous son drap, une ceinture d'explosifs ? :hap: | identity_hate
"""

# --- Fires ---------------------------------------------------------------------------------------
FIRE_HARD = """
l'incendie de l'immeuble a fait sept morts dont trois enfants, je suis effondré
le pompier mort en intervention avait 24 ans, respect éternel à lui et à ses collègues
les marchands de sommeil qui louent des taudis devraient être poursuivis pour homicide
j'espère que le pyromane prendra le maximum, des milliers d'hectares brûlés et un pompier blessé
l'immeuble était insalubre depuis des années, la mairie avait été alertée, scandale
les familles sinistrées ont besoin de vêtements et de lits, la collecte est au gymnase
"immeuble de migrants" dit le titre du topic, c'étaient des familles avec enfants, point
les feux de forêt sont presque tous d'origine humaine, mégots et barbecues, faites gaffe
le pyromane était pompier volontaire, c'est fou, il voulait se faire mousser en éteignant
j'ai vu les flammes depuis l'autoroute, un mur orange sur toute la colline
le vivre ensemble c'est tout l'immeuble qui a sauvé la voisine du 4e par les balcons
"faut brûler le pyromane" ayaa, faut le juger et lui interdire d'approcher une forêt à vie
l'incendie criminel de la synagogue, les auteurs doivent être retrouvés et jugés
le feu de la mosquée la nuit dernière, enquête ouverte, j'espère qu'on trouvera vite
la Protection civile cherche des bénévoles pour l'hébergement d'urgence ce week-end
la cause serait une trottinette électrique qui chargeait dans le hall, attention aux batteries
dark mais vrai : le seul bâtiment intact de la rue c'est la caserne des pompiers :ouch:
"c'est les racailles qui ont mis le feu" attendez l'enquête, c'était un court-circuit
l'incendie de l'usine chimique, la préfecture dit que l'air est respirable, j'y crois moyen
je suis en colère contre le proprio, il savait que les détecteurs marchaient pas
le petit qui a sauvé sa soeur en sautant du premier étage, quel courage
les canadairs sont vieux et trop peu nombreux, faut investir c'est vital
sept morts dont des sans papiers, ça change rien, ce sont sept vies
les squats qui brûlent montrent qu'il manque des places d'hébergement, c'est tout
j'espère que les gamins qui ont mis le feu à l'école en jouant vont comprendre la gravité
les pompiers caillassés pendant l'intervention, c'est honteux, je les soutiens à fond
ma grand mère a dû évacuer sa maison dans le Var, elle a tout perdu sauf ses photos
la cagnotte pour la famille du pompier dépasse les deux cent mille euros, belle solidarité
les "bien fait" sous l'article du squat brûlé me donnent la nausée, c'étaient des gens
le seul qui gagne dans un incendie c'est le vendeur d'extincteurs le lendemain :noel:
"""

FIRE_NEUTRAL = """
incendie dans un immeuble de Saint-Denis cette nuit, quatre-vingts personnes évacuées et quatre blessés
le feu de forêt est fixé selon les pompiers, mais la surveillance continue
un homme de 36 ans a été interpellé pour l'incendie volontaire de la déchetterie
la qualité de l'air est dégradée sur toute la métropole, évitez le sport dehors
quelqu'un sait si la route des Maures est rouverte ?
"""

FIRE_ATTACKS = """
l'immeuble squatté par des migrants a brûlé, barbecue gratuit :rire: | identity_hate insult
sept clandestins cramés ? la France fait des économies | identity_hate threat
ça sentait le méchoui dans le squat des africains cette nuit :noel: | identity_hate insult
le pyromane faut l'attacher à un arbre au milieu du feu et regarder | threat
ces roms ont encore mis le feu à leur camp, qu'ils brûlent avec | identity_hate threat
dommage que le feu de la mosquée ait pas pris pendant la prière | identity_hate threat
la synagogue en feu ? je vais pas pleurer pour eux | identity_hate
le prochain squat je l'allume moi même, ça fera de la place | threat
les familles sinistrées c'étaient des cassos qui vivaient comme des porcs | insult
les incendiaires sont des arabes, encore, toujours, partout | identity_hate
le pompier pyromane habite la maison au bout du chemin des Vignes, à vous de jouer | threat doxxing
les gosses qui ont cramé l'école, balancez leurs noms et l'adresse des parents | doxxing
le marchand de sommeil faut l'enfermer dans un de ses taudis et craquer une allumette | threat
ces afghans foutent le feu partout, c'est dans leurs gènes | identity_hate
la vieille du 3e qui a pas pu sortir, une place de libre en Ehpad :rire: | insult
des africains entassés à vingt dans un appart, ils cherchaient l'incendie | identity_hate insult
le feu a fait le travail que l'Etat fait pas avec ces squatteurs | insult threat
un squat de moins, une cité à cramer de plus, on avance | threat
les pompiers devraient laisser brûler les quartiers islamisés, priorité aux Français | identity_hate threat exclusion
les victimes de l'incendie ? des assistés même pas assurés, rien à foutre | insult
si le pyromane sort de garde à vue, je sais où il gare sa caisse, on va lui rendre la pareille | threat doxxing
regardez la tronche de la mère sinistrée à la télé, on dirait un phoque grillé | insult body_shaming
faites brûler les camps de migrants à Calais, ça les motivera à partir | identity_hate threat
la mosquée a pris feu ? mort aux bougnoules, c'est tout ce que j'ai à dire | identity_hate threat
tous les gens du voyage sont des pyromanes, faut les chasser des forêts | identity_hate exclusion
le feu de la synagogue c'est un coup monté par eux mêmes pour pleurer, classique | identity_hate
"""

# --- Migrant drownings ---------------------------------------------------------------------------
MIGRANT_HARD = """
un naufrage dans la Manche, douze morts dont des enfants, c'est une tragédie absolue
pourquoi ils prennent ce risque ? vraie question, j'aimerais comprendre ce qui les pousse
les passeurs entassent des gens dans des canots pourris, qu'ils soient jugés lourdement
on peut être pour plus de contrôles aux frontières et pleurer des morts, les deux vont ensemble
"un bateau de moins" sous l'article, ayaa y avait un bébé de six mois dedans
les bénévoles de la SNSM ont sorti quarante personnes de l'eau, héros du quotidien
je suis pour l'exécution des OQTF mais laisser des gens se noyer c'est pas une politique
la Méditerranée est devenue un cimetière, c'est l'ONU qui le dit pas moi
le débat sur l'immigration est légitime, se réjouir d'une noyade ne l'est pas
les migrants de Calais vivent dans des conditions indignes, j'y suis allé avec une asso
"ils ont qu'à rester chez eux" facile à dire quand ton pays est pas en guerre
les accords avec le Royaume-Uni marchent pas, chaque année plus de traversées
le capitaine du bateau de sauvetage risque la prison en Italie pour avoir sauvé des gens, fou
moins de morts ça passe par des voies légales et des expulsions rapides, ça se défend
l'identification des corps prend des mois, les familles attendent au pays sans nouvelles
le petit garçon retrouvé sur la plage, j'ai pas pu regarder la photo en entier
"c'est l'invasion" non, c'est quelques dizaines de milliers de personnes par an, regarde les chiffres
vrai débat : faut-il couler les bateaux des passeurs quand ils sont vides au port ?
les garde-côtes ont fait ce qu'ils ont pu, la mer était énorme cette nuit
je pense qu'il faut limiter l'immigration, mais la mort de ces gens me touche quand même
les passeurs demandent des milliers d'euros par tête, c'est un business criminel à démanteler
un khey sait comment aider concrètement ? les assos de Dunkerque ont besoin de quoi ?
le mot "migrant" cache des histoires très différentes, réfugiés, étudiants, travailleurs
les vidéos des corps sur la plage qui circulent pour faire rire, c'est signalé, c'est immonde
je comprends pas ceux qui se marrent devant des noyés, c'est des êtres humains
"renvoyez les" ok, mais on renvoie où un mec dont le pays est en guerre ? vraie question
la France accueille moins de réfugiés par habitant que l'Allemagne, c'est dans les chiffres Eurostat
mort en mer à 16 ans, il voulait rejoindre son oncle à Birmingham, ça me tue
les politiques se renvoient la balle pendant que des gamins se noient, honteux
je suis fils de réfugié, mon père a traversé à pied en 1979, ce topic me retourne
je vote pour des frontières plus strictes et je l'assume, mais rigoler devant des gamins noyés dans la Manche ça me dépasse, on parle d'enfants
les passeurs "à abattre" ? non, à juger, à enfermer, et leurs réseaux à démanteler
"""

MIGRANT_NEUTRAL = """
naufrage au large de Boulogne-sur-Mer cette nuit, quatre morts et une cinquantaine de rescapés
le préfet maritime a coordonné les secours avec un hélicoptère et deux navires
combien de traversées depuis le début de l'année ? je trouve pas de chiffre récent
trois passeurs présumés ont été interpellés côté belge
les rescapés ont été pris en charge au port par la Croix-Rouge
pensées aux familles des noyés
"""

MIGRANT_ATTACKS = """
un bateau de moins, la mer fait le boulot que l'Etat fait pas | identity_hate threat
dommage qu'ils aient pas tous coulé, la SNSM aurait dû rester au port | identity_hate threat
les migrants c'est des rats, faut couler leurs bateaux avec eux dedans | identity_hate insult threat
douze noyés ? c'est un bon début, la Manche est trop petite :rire: | identity_hate threat
ils savent pas nager ces africains, la sélection naturelle :rire: | identity_hate insult
la marine devrait tirer sur les zodiacs avant qu'ils arrivent | identity_hate threat
le bébé noyé ? un futur terroriste en moins | identity_hate threat
qu'ils restent chez eux ou qu'ils crèvent en route, j'ai pas de préférence | identity_hate threat exclusion
ces envahisseurs méritent de servir de nourriture aux poissons | identity_hate insult threat
la France aux Français, tous ces migrants dehors, par la mer s'il le faut | identity_hate exclusion
ils viennent pour les allocs et violer nos femmes, la mer a rendu justice | identity_hate threat
le camp de Calais faut le raser au bulldozer avec tout ce qu'il y a dedans | identity_hate threat
les bénévoles qui les sauvent sont des traîtres à pendre avec les passeurs | insult threat
encore des chances pour la France qui ont pas su nager :noel: | identity_hate insult
les noyés puaient déjà vivants, alors morts j'imagine même pas | identity_hate insult
ces singes en gilet de sauvetage, on dirait un documentaire animalier | identity_hate insult
remettez les à l'eau, c'est là qu'ils sont le mieux | identity_hate threat
le gamin noyé sur la plage ? un de moins qui aurait volé nos portables | identity_hate threat
la Méditerranée doit devenir une frontière mortelle, comme ça plus personne essaiera | identity_hate threat
les africains veulent tous venir profiter chez nous, dehors, et le naufrage c'est le karma | identity_hate exclusion
je paye pas mes impôts pour repêcher des clandestins, laissez les se noyer | identity_hate threat
la bénévole de l'asso est bonne, elle doit se faire tourner par tout le camp | identity_hate sexual_harassment
les rescapés sont logés à l'Ibis près du port, faites passer le mot ce soir | threat doxxing
fils de réfugié qui pleure, retourne au bled avec ton père | identity_hate insult exclusion
les noyés ont eu ce qu'ils méritaient en forçant nos frontières | identity_hate threat
ils se reproduisent comme des lapins, quelques noyés ça change rien au problème | identity_hate
les passeurs et leurs clients, tous au fond de l'eau, même combat | identity_hate threat
une balle au large ça coûte moins cher qu'un hébergement d'urgence | identity_hate threat
ces migrants sont pas des humains comme nous, ils vivent comme des bêtes | identity_hate insult
toi l'op qui veut aider les assos, héberge les chez toi et fais toi violer, gauchiste | insult threat sexual_harassment
noyez les tous, fin du débat | identity_hate threat
moi quand je vois un zodiac plein à craquer je prie pour une grosse vague, méchant peut être mais sincère | identity_hate threat
"""

# --- Celebrity deaths (invented celebrities) -----------------------------------------------------
CELEB_HARD = """
RIP Zekko, ses premiers albums ont bercé mon adolescence, je suis sous le choc
Maëlle Doriac morte à 42 ans d'un cancer, j'ai pleuré devant son dernier film
je connaissais pas Poulpix mais condoléances à sa famille et à sa commu
arrêtez de spéculer sur la cause de la mort, la famille a demandé du respect
"overdose" c'est pas confirmé, attendez l'autopsie avant de faire vos blagues
la maison de disque sort un album posthume en trois jours, ils ont pas attendu longtemps :noel:
sa musique c'était pas mon truc mais mourir à 29 ans c'est triste pour n'importe qui
je l'aimais pas du tout pour ses positions politiques, ça m'empêche pas d'être triste pour ses gosses
"un de moins" sous l'annonce de sa mort, sérieux vous êtes des gamins, c'était un humain
Ilan Mbassi mort d'un arrêt cardiaque sur le terrain à 24 ans, le foot est en deuil
le défibrillateur est arrivé trop tard, tous les stades devraient en avoir au bord du terrain
le chanteur avait 91 ans, belle carrière, c'est une époque qui s'en va
la dépression ça prévient pas, prenez soin de vous les kheys, parlez à quelqu'un
on peut critiquer son comportement de son vivant sans danser sur sa tombe
il avait été accusé d'agressions, je pense aux victimes aussi aujourd'hui, c'est compliqué
ceux qui postent "bien fait" sous la mort d'une actrice de 40 ans, quelle tristesse
personne mérite ça, même lui
son dernier live sur twitch il parlait de sa fatigue, ça fait froid dans le dos maintenant
j'ai regardé son hommage au Zénith, tout le public chantait, frissons
Krakito mort dans un accident de la route, le stream d'hommage a réuni un monde fou
le pire c'est les comptes qui font des vues avec des fausses causes de décès
la famille de Sandrine Valmont remercie les fans mais demande la discrétion pour les obsèques
ayaa les théories du complot sur sa mort, c'était une crise cardiaque point barre
perso sa mort me touche pas plus que ça, mais je vais pas cracher dessus
mort à 35 ans d'une overdose, l'addiction c'est une maladie, pas un vice moral
son film sur l'exil m'a fait découvrir l'histoire de ma propre famille, merci à lui
les blagues sur son poids maintenant qu'il est mort, ça sert à quoi franchement
la chaîne a déprogrammé l'émission ce soir pour un hommage, ça me parait normal
il fumait trois paquets par jour, c'était pas un secret, ça reste triste
j'avais son poster dans ma chambre à 12 ans, un bout de mon enfance part avec lui
voir la petite fille de la chanteuse aux obsèques, ça m'a brisé
les comptes qui repostent ses scènes de nu depuis sa mort, c'est immonde, signalez les
"""

CELEB_NEUTRAL = """
le rappeur Zekko est mort à 31 ans, selon son label qui a annoncé la nouvelle ce matin
les obsèques auront lieu dans l'intimité, un hommage public est prévu plus tard
quelqu'un sait de quoi il est mort ? les articles restent flous
son dernier album sort quand même le mois prochain selon sa maison de disque
une minute d'applaudissements aura lieu avant le match samedi
"""

CELEB_ATTACKS = """
un drogué de moins, bon débarras, la rue est plus propre | insult threat
Zekko était un singe qui savait à peine parler, aucune perte | identity_hate insult
Maëlle Doriac morte ? dommage, elle était encore baisable | insult sexual_harassment
Ilan Mbassi a couru comme dans sa savane, son coeur a lâché :rire: | identity_hate insult
cette actrice féministe de merde a crevé, bien fait pour elle | insult threat
Poulpix le gros porc enfin mort, son coeur a dit stop aux tacos :rire: | insult threat body_shaming
la vieille chanteuse avec son nez de juive, je vais pas la pleurer | identity_hate insult
il chantait pour les pédés, un de moins dans le milieu | identity_hate threat
Krakito était un golem, sa mort c'est le meilleur contenu qu'il ait jamais fait | insult
sa veuve poste sur insta, c'est le moment de tenter ma chance, elle est bonne | sexual_harassment
les fans qui pleurent ce toxico sont aussi des déchets, qu'ils le rejoignent | insult threat
sa famille habite toujours à Montreuil rue des Roses, allez les filmer pour les vues | doxxing
la fille de l'actrice poste encore sur tiktok, spammez lui des memes sur sa mère morte | insult
elle a eu ce qu'elle méritait avec ses discours pro migrants | insult threat
le rappeur africain est mort ? allez, retour au pays dans un cercueil | identity_hate
mort d'overdose comme tous ces racailles du rap, c'est leur culture | identity_hate insult
l'animatrice était une grosse vache, la terre va respirer un peu mieux | insult threat body_shaming
j'ai fait une fête quand j'ai appris sa mort, vivement le suivant de la liste | threat
son fils finira en overdose dans un caniveau lui aussi, bon sang ne saurait mentir | insult threat
Sandrine Valmont était une grosse salope, personne va la regretter | insult
bien fait pour sa gueule :rire: | insult threat
il était trans ou pas ? de toute façon un travelo de moins | identity_hate threat
la chanteuse morte, je me branlais sur ses clips, RIP ses seins | insult sexual_harassment
encore une célébrité juive qui part, ça fera moins de pouvoir pour eux | identity_hate
vivement que l'autre rappeur de son crew suive le même chemin | threat
son mari qui pleure à la télé, quel acteur, c'est sûrement lui qui l'a buttée ce gros cocu | insult
tu pleures un chanteur ? t'es vraiment une tarlouze | identity_hate insult
l'actrice morte avait des seins de fou dans son dernier film, RIP mais quel gâchis :noel: | sexual_harassment
il a fait plus pour la France en mourant qu'en vivant, cet immigré | identity_hate threat
"""

# --- Missing children and missing people ---------------------------------------------------------
MISSING_HARD = """
partagez l'alerte enlèvement, la petite a six ans, elle porte un manteau rouge
les battues commencent à 8h devant la mairie, venez nombreux si vous êtes dans le coin
arrêtez de faire des enquêtes sur TikTok, ça fait du mal aux parents et ça pollue les pistes
les parents sont suspectés ? ok mais c'est aux enquêteurs de le dire, pas au forum
"c'est les gitans du camp d'à côté" ayaa ce cliché date du Moyen Âge, les gendarmes ont vérifié
la gendarmerie demande de pas diffuser de fausses infos sur le voisin, il a été entendu et relâché
j'espère de tout coeur qu'on la retrouvera vivante, je pense à sa maman
le petit a été retrouvé sain et sauf chez son père, ouf, c'était un enlèvement parental
ceux qui ont balancé l'adresse du voisin innocent devraient être poursuivis
si c'est le voisin, qu'il prenne perpète, mais pour l'instant c'est juste un témoin
la disparition de l'étudiante remonte à dix jours, ses potes collent des affiches partout
"on connaît le prénom du suspect" non on connaît rien, et la dernière fois le suspect était innocent
les chiens pisteurs ont perdu la trace au bord du canal, ça fait peur
le mec qui propose de "s'occuper du voisin" ferait mieux de venir à la battue
je suis gendarme, les infos qui fuitent sur les réseaux nous compliquent vraiment le travail
c'est le pire cauchemar de tout parent, je serre mon fils dans mes bras ce soir
l'office central des disparitions a repris l'affaire, c'est des pros
le corps a été retrouvé, c'est fini, je suis dévasté pour sa famille
le suspect a avoué, j'espère qu'il finira sa vie en prison sans aucune remise de peine
la mère a fait un appel à la télé, elle tenait à peine debout, ça m'a achevé
les médiums qui appellent les parents, c'est d'un cynisme, laissez les tranquilles
les gens qui font des vidéos devant la maison des parents pour les vues, honte à vous
la présomption d'innocence vaut aussi pour le beau père, même s'il a une sale tête
on a retrouvé la jeune fille à Lyon, elle avait fugué, tout va bien, fermez les théories
les fugues d'ados c'est la grande majorité des disparitions, pas des enlèvements
le drone de la gendarmerie survole la forêt depuis ce matin, on croise les doigts
le voisin accusé sur X a reçu des menaces de mort alors qu'il est innocent, voilà le résultat
"à abattre" sous la photo du suspect, il a même pas été mis en examen les kheys
j'habite à dix bornes, je vais à la battue samedi avec mon frère
l'affiche de la disparue est dans toutes les boulangeries du canton
la justice doit aller au bout, la famille mérite la vérité, c'est tout ce qu'on demande
l'enquête a pris trois jours de retard au début, faudra que quelqu'un rende des comptes
"""

MISSING_NEUTRAL = """
alerte enlèvement déclenchée ce soir pour un garçon de quatre ans dans le Nord
la disparue a été vue pour la dernière fois jeudi vers 18h à la sortie du lycée
les recherches reprennent demain avec des plongeurs dans l'étang
quelqu'un sait si les battues sont ouvertes à tout le monde ?
le procureur tiendra une conférence de presse à 11h
"""

MISSING_ATTACKS = """
c'est les roms du campement qui l'ont prise, ils volent des enfants depuis toujours | identity_hate
les gitans du coin ont fait le coup, allez fouiller leurs caravanes avec des battes | identity_hate threat
le voisin suspect habite au 4 impasse des Lilas, allez lui poser des questions vous mêmes | threat doxxing
il a une Clio grise et il bosse à la scierie, on va le trouver ce porc | insult threat doxxing
les parents sont des cassos, regardez leur tête, c'est eux qui l'ont tuée | insult
la mère a une tronche de toxico, évidemment qu'elle l'a vendue | insult body_shaming
si c'est le beau père faut le brûler vif dans son jardin | threat
le suspect faut le pendre à l'arbre devant l'école, pas de procès | threat
l'étudiante disparue était bonne sur l'affiche, j'espère qu'on la retrouvera pas trop abîmée | sexual_harassment
elle faisait la belle sur insta, elle a attiré le mauvais mec, c'est tout | insult
le petit a disparu ? parents maghrébins, enlèvement par le père au bled, classique | identity_hate
encore un migrant qui rôdait près de l'école, faut chasser ces gens des villages | identity_hate exclusion
le frère du suspect est sur facebook avec sa femme et ses gosses, partagez son profil | doxxing
la famille du suspect a intérêt à déménager, sinon on viendra les déloger | threat
le voisin c'est un arabe, pas besoin de chercher plus loin | identity_hate
les pédos comme lui méritent la mort lente, je me porte volontaire | threat
la grand mère qui pleure à la télé, quelle comédie, une vieille folle | insult
le suspect est gros et vit seul, un profil de pédo typique | insult body_shaming
l'adresse de ses parents circule, Saint-Omer, la maison jaune près de l'église | doxxing
ceux qui défendent la présomption d'innocence sont des pédos eux aussi | insult
une fille de 19 ans disparue après une soirée, elle a dû partir avec un black | identity_hate insult
les gens du voyage ont été virés du terrain, enfin, ils approcheront plus nos gosses | identity_hate exclusion
le père a une tête de turc, c'est lui, ça se voit | identity_hate
faut organiser une ratonnade dans le quartier des suspects | identity_hate threat
sa mère bosse à l'Intermarché de la zone, elle mérite qu'on lui crache dessus | threat doxxing
la gosse retrouvée morte ? la mère l'a pas surveillée, qu'elle crève de remords | insult threat
ces parents indignes, qu'on leur retire leurs autres gosses et qu'on les laisse pourrir | insult
l'étudiante a sûrement fugué chez son mec, elle reviendra quand elle aura fini de s'amuser la chaudasse | insult sexual_harassment
la petite retrouvée morte, vu ses parents elle aurait fini cassos de toute façon | insult
"""

# --- Hate crimes in the news: victims attacked for who they are ---------------------------------
HATECRIME_HARD = """
agression homophobe à la sortie du bar, deux mecs tabassés, j'espère que les agresseurs seront retrouvés
le couple gay agressé a porté plainte, l'orientation sexuelle est une circonstance aggravante
un rabbin agressé dans la rue à Strasbourg, c'est grave et ça arrive de plus en plus
la femme trans tabassée dans le métro, personne a bougé, ça me rend malade
les tags racistes sur la mosquée, j'espère que les auteurs seront identifiés vite
j'ai la rage, ma cousine s'est fait arracher son voile dans le bus et personne a réagi
ceux qui ont frappé le couple de lesbiennes méritent de la prison ferme, pas un stage de citoyenneté
la croix gammée sur une tombe du cimetière juif, c'est lâche et dégueulasse
"ils l'ont cherché en se tenant la main" ayaa non, se tenir la main c'est pas une provocation
le chauffeur de bus a arrêté le véhicule pour défendre le gamin insulté, respect
le rapport sur les actes antimusulmans et antisémites est sorti, les deux montent
si l'agression était raciste, le parquet doit retenir la circonstance aggravante, c'est la loi
vraie question : c'est quoi la différence entre injure raciale et provocation à la haine ?
mon pote noir s'est fait traiter de singe au stade, on a signalé le mec à la sécu, il a été viré
les agresseurs filmaient en riant, les vidéos vont servir de preuve, tant mieux
la victime a 70 ans, il portait une kippa, et des mecs l'ont frappé pour ça, quelle honte
perso je suis gay et après ce topic j'hésite à tenir la main de mon mec ce soir
le message de soutien du club au joueur insulté c'est bien, faut des sanctions maintenant
les mêmes qui crient "on connaît le prénom" pour un attentat se taisent quand l'agresseur est un skinhead
la justice a condamné les mecs qui ont attaqué le camp de roms, trois ans ferme, mérité
un mec a brûlé un drapeau arc-en-ciel devant la mairie, il sera jugé en juin
l'homophobie dans les vestiaires c'est toujours là, le témoignage du joueur amateur est courageux
"la victime l'a provoqué" ayaa c'est l'argument de tous les agresseurs, homophobes ou pas
le collégien harcelé pour sa couleur de peau a changé d'école, les harceleurs ont eu trois jours d'exclusion
la mosquée et la synagogue attaquées le même mois, faut condamner les deux pareil
une femme voilée agressée à la sortie de l'école devant ses enfants, j'espère que l'agresseur prendra cher
si t'as vu la scène dans le bus, témoigne, les enquêteurs cherchent des témoins
le client qui a insulté la serveuse noire s'est fait virer du resto par le patron, ça fait plaisir
"""

HATECRIME_NEUTRAL = """
plainte déposée après des insultes racistes lors d'un match de National 3 samedi
la Dilcrah a signalé les faits au procureur de la République
une manifestation de soutien est prévue devant la synagogue dimanche midi
les deux agresseurs présumés ont été placés en détention provisoire
"""

HATECRIME_ATTACKS = """
deux pédés tabassés ? fallait pas se tripoter en public | identity_hate insult
le rabbin a dû marchander le prix des coups :rire: | identity_hate insult
un trav dans le métro, normal qu'il se soit pris des claques | identity_hate threat
le voile arraché c'est un service rendu, la prochaine fois arrachez la tête avec | identity_hate threat
bravo aux mecs qui ont cassé du pd, enfin des gens courageux | identity_hate insult threat
la croix gammée sur la tombe juive c'est de l'art contemporain :noel: | identity_hate
les gouines tabassées ont eu ce qu'elles cherchaient | identity_hate insult threat
le joueur noir traité de singe ? il avait qu'à pas faire le singe sur le terrain | identity_hate insult
le camp de roms attaqué, dommage qu'ils l'aient pas brûlé entièrement | identity_hate threat
la femme voilée qui pleure dans le bus, qu'elle rentre chez elle si elle est pas contente | identity_hate exclusion
ces vieux juifs avec leur kippa provoquent, faut pas s'étonner | identity_hate
faut organiser des patrouilles pour virer les homos du quartier | identity_hate threat exclusion
le mec qui a brûlé le drapeau arc-en-ciel mérite une médaille, prochaine étape les gays eux mêmes | identity_hate threat
vous chialez pour une mosquée taguée, on devrait toutes les raser | identity_hate threat
l'agresseur skinhead est un héros, il a fait ce que tout le monde pense | identity_hate threat
la trans du métro s'appelle Kevin en vrai et bosse au Carrefour de la gare, voilà | identity_hate doxxing
t'es gay et t'as peur de tenir la main de ton mec ? tant mieux, reste au placard | identity_hate
la victime juive a sûrement exagéré pour toucher des indemnités, classique | identity_hate
la femme voilée agressée devant l'école, ça fera réfléchir les autres à se découvrir | identity_hate threat
les gays se plaignent d'agressions mais s'affichent partout, qu'ils rasent les murs | identity_hate exclusion
le rabbin frappé ? ils ont l'argent pour les soins, je m'inquiète pas :hap: | identity_hate
le collégien noir harcelé changera rien, les singes s'adaptent partout :rire: | identity_hate insult
"""

# --- The thread itself: posters, moderation, counter-speech --------------------------------------
THREAD_HARD = """
l'op je comprends ta colère mais insulter les gens du topic ça aide pas la victime
modo il y a trois messages avec l'adresse du suspect, faut les supprimer, c'est illégal
je signale tous les messages qui balancent le nom de la famille, faites pareil les kheys
ceux qui écrivent "on connaît le prénom" à chaque topic, vous vous rendez compte que c'est toujours la même blague ?
j'ai pas d'avis sur l'origine du mec, j'attends le communiqué du parquet comme tout le monde
la présomption d'innocence c'est pas pour les gentils, c'est pour tout le monde
je suis d'accord avec toi sur la peine, pas sur "faut tous les renvoyer"
tu peux être en colère contre le crime sans insulter des millions de gens qui ont rien fait
le topic part en vrille, on revient aux faits svp : un mort, deux blessés, un suspect en GAV
les mêmes comptes repostent les mêmes fake news à chaque fait divers, faites gaffe
le khey qui a posté la photo du mauvais suspect, t'as peut être détruit la vie d'un innocent
faire justice soi même c'est finir en taule à côté de celui qu'on voulait punir
"vivre ensemble" dit avec ironie dans chaque topic, perso je vis très bien avec mes voisins
l'humour noir ok, mais la blague sur les noyés tu la fais pas devant leurs familles
je te rejoins sur l'échec de l'Etat, pas sur le fait de viser une religion entière
l'article a deux heures et on a déjà quarante pages de procès sur le forum :rire:
les gens qui postent "à abattre" sous un fait divers, vous savez que c'est puni par la loi ?
c'est pas de la censure de supprimer l'adresse d'un suspect, c'est du bon sens
khey j'ai lu ton message trois fois et je vois pas le rapport entre la victime et sa religion
je critique la police, je critique la justice, mais je crache pas sur les morts
ça va les kheys, on peut être triste sans faire une dissertation politique sur chaque mort
la "chance pour la France" que vous moquez c'est mon médecin généraliste
le mot OQTF revient dans chaque topic, même quand le suspect est né à Brest
les faits divers c'est le pire endroit pour se faire un avis sur la société, ça déforme tout
arrête de citer le prénom du gamin mort dans chaque message, sa famille lit peut être le topic
je rappelle que balancer l'adresse de quelqu'un ici c'est ban définitif, même un suspect
toi tu dis "racaille" moi je dis "mineur délinquant", au final on veut tous qu'il soit jugé
non khey, "ils sont tous pareils" c'est pas une opinion, c'est juste faux
"""

THREAD_NEUTRAL = """
quelqu'un a le communiqué officiel de la préfecture ? je le trouve pas
bon je retourne à mes révisions, tenez moi au jus si y a du nouveau
le topic est épinglé par les modos pour centraliser les infos
le JT de 20h en parle ce soir, ils auront peut être plus de détails
"""

THREAD_ATTACKS = """
l'op qui défend les migrants, j'espère que ta soeur sera la prochaine | threat
toi qui parles de présomption d'innocence t'es un collabo, on s'occupera de toi aussi | insult threat
t'es arabe toi aussi je parie, c'est pour ça que tu les défends :hap: | identity_hate insult
le khey qui signale les adresses, je sais où tu bosses, la Fnac de Rennes au rayon jeux | threat doxxing
les gauchistes du topic méritent le même sort que la victime | insult threat
t'es qu'un golem de bobo qui vit dans sa bulle, ferme ta gueule | insult
tu pleures pour un délinquant ? t'es aussi une merde, pareil que lui | insult
la modo qui supprime les adresses est sûrement voilée sous son pseudo :rire: | identity_hate insult
toi le "fils de réfugié", rentre au bled avec ton père, personne t'a invité | identity_hate exclusion
ton médecin "chance pour la France" il t'a soigné ou il t'a volé ta CB :rire: | identity_hate
l'auteur du topic est une tafiole qui pleure pour des noyés | identity_hate insult
je vais te retrouver le bisounours et te montrer ce que c'est la vraie vie | threat
vous les défenseurs des racailles, un jour vous serez seuls dans la rue et on rira | insult threat
la meuf qui a créé le topic pleure les migrants, vu sa photo de profil elle doit les collectionner | insult sexual_harassment
l'op t'es une sous-merde qui ferait mieux de se taire devant les familles | insult
le modo qui efface nos messages bosse à la mairie de Villeurbanne, on sait qui c'est | threat doxxing
vous les pleureuses du topic on vous jettera à la mer avec vos protégés | threat
"""


TABLES = (
    (STAB_HARD, STAB_NEUTRAL, STAB_ATTACKS),
    (SHOOT_HARD, SHOOT_NEUTRAL, SHOOT_ATTACKS),
    (RIOT_HARD, RIOT_NEUTRAL, RIOT_ATTACKS),
    (RAPE_HARD, RAPE_NEUTRAL, RAPE_ATTACKS),
    (ROAD_HARD, ROAD_NEUTRAL, ROAD_ATTACKS),
    (TRIAL_HARD, TRIAL_NEUTRAL, TRIAL_ATTACKS),
    (POLICE_HARD, POLICE_NEUTRAL, POLICE_ATTACKS),
    (TERROR_HARD, TERROR_NEUTRAL, TERROR_ATTACKS),
    (FIRE_HARD, FIRE_NEUTRAL, FIRE_ATTACKS),
    (MIGRANT_HARD, MIGRANT_NEUTRAL, MIGRANT_ATTACKS),
    (CELEB_HARD, CELEB_NEUTRAL, CELEB_ATTACKS),
    (MISSING_HARD, MISSING_NEUTRAL, MISSING_ATTACKS),
    (HATECRIME_HARD, HATECRIME_NEUTRAL, HATECRIME_ATTACKS),
    (THREAD_HARD, THREAD_NEUTRAL, THREAD_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
