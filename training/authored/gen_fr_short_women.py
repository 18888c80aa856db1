"""Generate fr_short_women.csv: short French forum posts about women, men and gender roles, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks demean women as a
group, or one woman because she is a woman, mostly without a slur ("retourne à la cuisine", "une
meuf ingé c'est un quota", "elles sont toutes hystériques", "une femme ça se tient"), bar women
from a team, a job or a forum, justify or wish violence against them ("une bonne gifle et elle se
calme", "elle l'a cherché"), or demean men as a sex and trans women; contempt for feminists is
labelled as what it is (an insult, a threat, or women demeaned through them). Harmless lines use
the same words: good-faith debate on parity, quotas, the pay gap, custody, military service and
sport categories, women and men telling their own experience, questions, news about violence told
neutrally, civil criticism of a feminist argument or of an "alpha" influencer, counter-speech
quoting a sexist line to refute it, and jokes that demean no one. Sexual talk is another file's
subject. Every line is 5 to 25 words. No extra variants.
See fr_short_women.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_women.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words, subjects or
# tone the attacks use and attack nobody; neutral lines are ordinary posts on the topic.

# --- Women at work, hiring, quotas, management ------------------------------------------------
WORK_HARD = """
ma boss est une meuf et c'est la meilleure manager que j'ai eue, de loin
"une meuf ingé c'est un quota" ayaa ma binôme a eu 19 au partiel de thermo khey
Question sincere : les quotas de femmes dans les conseils d'administration ça a vraiment changé quelque chose ?
perso je suis contre les quotas, je prefere qu'on bosse sur l'orientation des filles des le college
Je suis une meuf dans le BTP, conductrice de travaux depuis deux ans, posez vos questions :hap:
on m'a demandé en entretien si je comptais avoir des enfants, c'est légal ça ?
non c'est pas légal, l'employeur a pas le droit de te poser cette question, garde une trace écrite
mon equipe dev c'est 6 mecs et 2 meufs et franchement ça change rien au taf
on peut critiquer les quotas, mais dire que toutes les femmes recrutées sont des quotas c'est juste faux
Ma mère a repris ses études à 45 ans et elle est devenue cheffe de service, fierté
les kheys vous dites "cheffe" ou "chef" pour une femme ? vraie question d'orthographe
Le congé paternité allongé ça aiderait les carrières des femmes je pense, les deux parents s'absentent pareil
ma collegue est partie en congé mat et on l'a pas remplacée, tout le service galere ayaa
pour l'index égalité je suis pour, mais les boîtes trichent trop facilement dessus
une femme pompier de ma caserne a fini première aux épreuves physiques, respect total
Dans mon école d'ingé on est 18% de filles, l'admin fait des forums dans les lycées pour en attirer plus
"les femmes sont moins ambitieuses" c'est surtout qu'on leur file les dossiers pourris :noel:
le plafond de verre c'est réel ou c'est un mythe ? je cherche des sources sérieuses pas des avis
je suis RH, on recrute sur compétences, la discrimination positive on la fait pas chez nous
mon chef m'appelle "ma belle" en réunion, je dis quoi sans me griller ?
tu peux lui dire calmement que tu préfères ton prénom, si ça continue tu notes les dates et tu vas aux RH
Les métiers du soin sont ultra féminisés et sous-payés, c'est pas un hasard
j'ai vu plus de mecs que de meufs virés de mon taf, pour le coup c'est pas un sujet de genre
aucune meuf dans l'équipe de nuit, c'est pas de l'exclusion, personne a postulé tout simplement
ma soeur est soudeuse, on lui demande encore si elle cherche son copain sur le chantier ayaa
perso j'ai une cheffe qui est nulle, mais parce qu'elle est nulle, pas parce que c'est une femme
Les quotas ça peut mettre une pression injuste sur les femmes recrutées, on les soupçonne direct
Je suis un mec sage-femme, oui ça existe, et non j'ai pas choisi ça pour draguer :rire:
"retourne à la cuisine" qu'il m'a dit le stagiaire, je suis cheffe dans un étoilé :rire:
L'entretien annuel, j'ai osé négocier pour la premiere fois, +8% les kheys
d'après les études les femmes demandent moins d'augmentations en moyenne, faut apprendre à négocier
on a une meuf au poste de DSI depuis un an et la boite a jamais été aussi bien gérée
vous trouvez ça normal qu'on demande aux femmes de faire les cafés en réunion ? chez moi ça arrive encore
aucune femme dans mon équipe de commerciaux, je recrute, si des meufs veulent postuler hésitez pas
Mon pere disait qu'une femme ça reste à la maison, il a changé d'avis quand ma mère a monté sa boite
Côté mecs aussi on prend des remarques quand on passe à temps partiel pour les enfants
je bosse en crèche, je suis un mec, les parents me regardent bizarre au début puis ça passe
ma boite organise des afterworks "entre filles", les mecs se sentent un peu exclus, c'est légitime de le dire ?
pas de quotas dans mon école pour moi, mais je veux bien plus de bourses pour les filles en info
la meuf de la compta a sauvé le bilan de la boite, tout le monde l'a applaudie au pot
"jamais je bosserai pour une femme" disait mon oncle, sa patronne l'a augmenté deux fois depuis :hap:
ma cheffe est top, rien à dire de plus
bravo à ta soeur la soudeuse, elle a du cran :ok:
franchement les quotas je suis partagé, ça aide mais ça stigmatise aussi
une femme à la tête de la boite depuis six mois, et pour l'instant les résultats suivent
toutes les femmes de ma promo ont trouvé un CDI avant la fin du stage, les mecs aussi d'ailleurs
"une bonne femme au chantier" rigolait le vieux chef, aujourd'hui c'est elle qui dirige le chantier :hap:
"""

WORK_NEUTRAL = """
vous bossez dans quel secteur les kheys ? moi logistique depuis deux ans
premier jour de CDI demain, des conseils pour pas passer pour un golem ?
la semaine de quatre jours ça vous tente ou vous preferez cinq jours plus courts ?
entretien d'embauche jeudi pour un poste de chargé de projet, j'ai le seum d'avance
mon stage de fin d'études commence en mars, la boite est à une heure de chez moi
"""

WORK_ATTACKS = """
une meuf ingé c'est un quota, point, personne l'aurait prise sinon | identity_hate
Ta nouvelle cheffe elle a couché pour avoir le poste, comme toutes les autres | identity_hate insult sexual_harassment
une femme manager c'est hormones et caprices, j'en ai eu trois elles étaient toutes hystériques | identity_hate
sur un chantier une meuf ça sert à rien, elle soulève pas un parpaing | identity_hate
Pas de meufs dans mon équipe, elles tombent enceintes et on se retrouve à bosser pour elles | identity_hate exclusion
les RH c'est un métier de bonnes femmes qui servent à rien | identity_hate
"ma belle" c'est un compliment, si t'es pas contente retourne à la cuisine | identity_hate insult
la conductrice de travaux elle a eu son diplôme dans un kinder, comme toute meuf dans le BTP | identity_hate
Une femme pompier ? elle va faire quoi, maquiller les blessés ? | identity_hate
au boulot les femmes c'est des pauses clope et des drames à la machine à café | identity_hate
jamais je bosse sous les ordres d'une meuf, un homme qui obéit à une femme c'est plus un homme | identity_hate
La cheffe de service c'est une frustrée sans gosses, c'est pour ça qu'elle nous pourrit | identity_hate insult
les sages-femmes ok, mais un mec sage-femme c'est un pervers ou une tarlouze | identity_hate insult
on embauche plus de filles en stage, elles pleurent dès qu'on leur fait une remarque | identity_hate exclusion
Le congé mat c'est des vacances payées pour pondre, faudrait le supprimer | identity_hate
ta DSI elle est là pour la photo de l'index égalité, les vrais mecs bossent derrière | identity_hate
toi la stagiaire tu fais les cafés et tu laisses parler les hommes | identity_hate exclusion
les meufs dans la tech font du "people management" parce qu'elles savent pas coder | identity_hate
la soudeuse qu'elle se soude la bouche, les chantiers c'est pas pour les gonzesses | identity_hate insult exclusion
Une femme qui négocie son salaire c'est une arriviste, une vraie femme prend ce qu'on lui donne | identity_hate
embaucher une meuf de 30 ans c'est du suicide pour une PME, elle sera enceinte dans l'année | identity_hate exclusion
un homme en crèche c'est louche, jamais je laisse mon gosse à un mec | identity_hate exclusion
ma collègue a eu sa promo en jupe courte, on a tous compris comment | identity_hate insult sexual_harassment
Les métiers du soin sont sous-payés parce que c'est des métiers de bonnes femmes, c'est logique | identity_hate
la compta a sauvé le bilan ? elle a dû pleurer devant le banquier, typique d'une meuf :rire: | identity_hate
une femme patronne ça finit toujours en dépôt de bilan, elles gèrent aux sentiments | identity_hate
Les afterworks entre filles c'est des séances de ragots, normal qu'on les invite pas aux vraies réunions | identity_hate exclusion
Marion de l'open space on devrait la laisser à l'accueil, une jolie meuf ça sert à décorer l'entrée | identity_hate insult
une meuf chef de chantier ayaa les ouvriers vont se foutre d'elle et ils auront raison | identity_hate
si t'es une femme et que tu veux la même paie, porte les mêmes sacs de ciment, sinon ferme-la | identity_hate insult
les quotas ont ramené des incompétentes partout, regarde n'importe quelle meuf cadre | identity_hate insult
la nouvelle ingé elle est jolie donc elle a été prise, c'est comme ça pour toutes | identity_hate
femme au foyer c'est leur vrai métier, le reste c'est de la figuration | identity_hate
t'es une meuf en BTP ? tu t'es trompée d'orientation, l'esthétique c'était à côté :hap: | identity_hate insult exclusion
retourne à la cuisine la stagiaire, t'es payée pour sourire | identity_hate insult
une cheffe ? ayaa démission direct | identity_hate
franchement les femmes devraient rester à la maison avec les gosses, dès qu'on leur donne des responsabilités au taf tout part en vrille | identity_hate
je suis chef d'équipe et j'embauche aucune femme, trop de drames, c'est comme ça | identity_hate exclusion
je suis désolé mais une femme ingé je lui confie pas un pont :hap: | identity_hate
"""

# --- Driving -----------------------------------------------------------------------------------
DRIVING_HARD = """
Statistiquement les femmes au volant ont moins d'accidents graves, d'où leur assurance qui coûtait moins cher
"femme au volant mort au tournant" ayaa mon daron a plié deux voitures et ma mère zéro
j'ai eu mon permis du premier coup les kheys, ma monitrice était trop patiente
Mon moniteur d'auto-école fait des remarques sur les filles qui galèrent au créneau, c'est gênant
Les chiffres de la sécurité routière disent que les hommes sont largement majoritaires dans les accidents mortels
semi-remorque depuis trois ans, je suis une meuf, et les routiers sont sympas globalement
Vous êtes plus à l'aise en créneau ou en bataille ? moi je rate tout pareil :rire:
ma copine conduit mieux que moi et elle me le rappelle à chaque rond-point :hap:
pourquoi les jeunes mecs payent plus cher l'assurance ? ça me parait logique vu les stats
Un mec m'a klaxonné parce que j'ai calé, puis il a vu que j'étais une meuf et il a ricané, bizarre
la blague "femme au volant" c'est vieux comme le minitel, trouvez autre chose les golems
ma mère est chauffeuse de bus depuis vingt ans, jamais un accrochage
mon pote a fait 8 heures de conduite en plus, on l'a charrié mais il a eu le permis
le créneau c'est mon point faible, je suis un mec, ça existe aussi :noel:
Ma sœur pilote en rallye régional, elle a fini deuxième le mois dernier sur quarante équipages
conduite accompagnée avec mon pere, il hurle à chaque freinage, vivement que ça finisse
les assureurs ont plus le droit de différencier homme et femme sur les tarifs depuis 2012 je crois
on est d'accord que les gros excès de vitesse c'est surtout des jeunes mecs ? je parle de stats hein
Les auto-écoles devraient former les moniteurs à pas faire de remarques sexistes, j'en ai eu un horrible
"tu conduis comme une meuf" dit à mon pote qui roule à 180 sur l'autoroute, ça veut plus rien dire
Une femme pilote en F1 dans les dix ans, vous y croyez ? les filières karting commencent à s'ouvrir
Ça arrive à tout le monde de se garer de travers, homme ou femme, arrêtez
ma grand mère a passé le permis à 62 ans, elle fait ses courses seule maintenant, trop fière
mon ex disait que je conduisais mal parce que j'étais une fille, maintenant je fais du karting en club
J'ai peur de conduire sur l'autoroute, des conseils ? je suis une meuf de 20 ans, permis récent
tu peux prendre des heures de perfectionnement en auto-école, ça m'a aidée pour l'autoroute
le cliché de la femme qui sait pas se garer, j'ai vu plus de mecs bloquer le parking d'Auchan
D'après l'étude, amendes pour vitesse côté hommes, petits accrochages côté femmes, rien de plus
le mec qui m'a proposé de garer ma voiture, j'ai dit oui, je déteste les créneaux :hap:
mon moniteur m'a dit que je conduisais comme un pilote, j'ai pris ça comme un compliment
Les routières sont de plus en plus nombreuses, les boîtes de transport recrutent des femmes activement
Ma copine a eu un accident, elle va bien, par contre le mec en face était bourré
"les femmes au volant…" ouais ouais, ton oncle qui roule bourré tous les dimanches on en parle ?
les camions de mon taf sont conduits pour moitié par des femmes maintenant, rien à signaler
permis eu hier, ma monitrice a failli pleurer de joie
ayaa le créneau, mon ennemi juré depuis 2019
wsh le mec devant moi a pas mis son clignotant de tout le trajet, je craque
une femme au volant d'un 38 tonnes m'a fait un appel de phares pour me laisser passer, la classe
à mon auto-école les meufs ont toutes eu le permis du premier coup, les mecs deux sur cinq :rire:
"""

DRIVING_NEUTRAL = """
1700 balles le permis dans ma ville, c'est du vol non ?
quelqu'un a passé le code en ligne ? c'est plus dur que prévu
ma clio de 2008 fait un bruit chelou au démarrage, des mécanos ici ?
vous prenez l'autoroute ou la nationale pour un trajet de 300 bornes ?
"""

DRIVING_ATTACKS = """
femme au volant mort au tournant, elles devraient même pas avoir le droit au permis | identity_hate exclusion
Ta mère chauffeuse de bus ? les passagers doivent prier à chaque virage, une femme ça conduit pas :rire: | identity_hate
Les meufs se garent comme elles pensent, en travers | identity_hate
une meuf sur l'autoroute c'est un danger public, elles savent pas ce qu'est un rétro | identity_hate
le permis pour les femmes ça devrait être en option, comme le cerveau | identity_hate
ta sœur deuxième en rallye ? y avait deux voitures, une meuf qui pilote c'est une blague | identity_hate
Je vois un créneau raté, je sais direct que c'est une gonzesse, jamais raté | identity_hate
des routières ? les camions vont finir dans les fossés avec elles | identity_hate
elle a calé au feu, normal c'est une meuf, faut les laisser aux transports en commun | identity_hate exclusion
femme pilote de F1 ahi elle se ferait doubler par la voiture de sécurité | identity_hate
L'auto-école devrait facturer le double aux filles, elles ont besoin de deux fois plus d'heures | identity_hate
ta copine conduit mieux que toi ? t'es une fiotte alors, un vrai mec ça conduit | identity_hate insult
la cruche qui m'a coupé la route ce matin, évidemment une blonde avec son rouge à lèvres | identity_hate insult
ayaa les femmes au volant c'est comme les singes avec une grenade | identity_hate
Une bonne femme qui conduit un semi, faut la retirer de la route avant qu'elle tue quelqu'un | identity_hate exclusion
si ta femme sait pas faire un créneau mets-lui une claque, ça lui apprendra la marche arrière | identity_hate threat
meuf de 20 ans qui a peur de l'autoroute : normal, reste chez toi et laisse conduire ton mec | identity_hate insult exclusion
ma grand mère au volant à 62 ans, encore une bonne femme qui va écraser un piéton | identity_hate
elles sont toutes pareilles au volant, un rond-point et c'est la crise de nerfs | identity_hate
au premier accrochage faudrait retirer le permis aux femmes, elles sont pas faites pour conduire | identity_hate exclusion
les moniteurs ont raison de faire des remarques, une fille au volant faut la recadrer comme une gamine | identity_hate
Voiture rayée, clignotant oublié, c'est forcément une femme, elles conduisent avec les pieds | identity_hate
Toi la meuf qui raconte ton karting, retourne dans ta cuisine, la piste c'est pour les bonhommes | identity_hate insult exclusion
Une femme qui conduit le bus, j'attends le suivant, jamais je monte avec ça | identity_hate exclusion
la nana devant moi roulait à 70 sur voie rapide, je l'aurais bien poussée dans le fossé cette conne | identity_hate insult threat
faudrait un macaron "F" pour les femmes comme pour les jeunes conducteurs, qu'on puisse les éviter | identity_hate
elle a raté son permis quatre fois la gamine, faut dire qu'avec un QI de femme | identity_hate insult
le karting c'est pas pour les gamines qui pleurent quand elles perdent, on en veut pas au club | identity_hate exclusion
les chauffeuses Uber je les note une étoile d'office, c'est des dangers sur pattes | identity_hate exclusion
qu'elle reste passagère et qu'elle la ferme, c'est tout ce qu'on demande à une femme en voiture | identity_hate insult
Ma femme au volant ? jamais, une femme ça se tient, ça monte à droite | identity_hate exclusion
femme au volant, danger public, toujours | identity_hate
wsh encore une meuf qui sait pas rouler, rends ton permis pétasse | identity_hate insult
je suis pas sexiste hein, mais les meufs au volant c'est une catastrophe | identity_hate
"""

# --- Science, maths, prépa, studies ----------------------------------------------------------
SCIENCE_HARD = """
je suis en MP* et on est 4 filles sur 45, l'ambiance est cool mais on se sent seules parfois
"une femme n'a rien à faire en prépa" disait mon prof de lycée, je suis à l'X maintenant :hap:
pourquoi les filles vont moins en maths après la réforme du bac ? vraie question
l'option maths expertes a perdu beaucoup de filles depuis la réforme, les chiffres sont publics
Marie Curie deux Nobel, on la cite toujours mais y en a plein d'autres qu'on oublie
Vous connaissez des vulgarisatrices en physique sur youtube ? je cherche pour ma petite sœur
Les filles ont de meilleures notes au bac en moyenne et sont moins nombreuses en prépa, c'est paradoxal
mon binôme de TP est une meuf et elle me sauve à chaque manip de chimie
En info on est 15% de filles dans ma promo, les profs disent que c'était bien plus dans les années 80
ma prof de maths spé était une légende, elle faisait pleurer les mecs les plus arrogants :rire:
C'est vrai qu'il y a des différences de cerveau homme femme ou c'est de la pseudo science ?
les études sérieuses montrent des différences moyennes minuscules et énormément de recouvrement entre les deux
Je suis une meuf en master de physique, des conseils pour les oraux d'agreg ?
j'ai choisi la bio plutôt que l'info parce que ça me plaisait, pas parce que je suis une fille :ok:
on a eu une intervention "filles et maths" au lycée, j'ai trouvé ça un peu gênant mais utile
mon pere m'a dit d'aller en prépa littéraire "pour une fille c'est mieux", j'ai fait MPSI quand même
les garçons en prépa littéraire c'est une minorité aussi, personne en parle
Ma copine fait une thèse en astrophysique, elle m'explique les trous noirs le soir, je comprends rien
les concours d'ingé devraient-ils avoir des quotas de filles ? perso je suis contre, faut agir avant
Les bourses réservées aux filles en ingé c'est injuste pour les mecs pauvres je trouve, débat
je comprends l'argument mais les mecs pauvres ont aussi d'autres bourses, c'est pas l'un ou l'autre
À travail égal les chercheuses sont moins citées dans les publis, y a plusieurs études là-dessus
la première femme à avoir eu la médaille Fields c'était en 2014, ça fait réfléchir
Le cliché "les filles sont littéraires" m'a suivie toute ma scolarité, alors que j'adorais la géométrie
Mon frere est nul en maths et personne lui a jamais dit que c'était à cause de son genre :hap:
En médecine c'est l'inverse, y a plus de filles que de mecs en première année maintenant
ptdr le mec qui dit que les filles comprennent rien aux maths, il a eu 4 au bac blanc
je suis un mec et en prépa j'étais largué, la meilleure de la classe c'était une fille, et alors
Des conseils pour une fille qui veut faire de la cybersécurité ? j'ai peur d'être seule dans la promo
y a des assos de femmes ingénieures qui font du mentorat, ça aide vachement au début
l'écriture inclusive dans les cours j'aime pas trop, mais je respecte les profs qui l'utilisent
Mon prof de thermo dit "messieurs" à chaque phrase alors qu'on est 12 filles, ça me saoule un peu
"les femmes sont moins douées en sciences" ok et Emmy Noether c'était une erreur de calcul ?
j'adore les maths, je suis une meuf, et je suis nulle en cuisine, trois faits indépendants :noel:
ma petite sœur de 12 ans veut être ingénieure aérospatiale, je lui ai acheté un kit fusée
les stéréotypes sur les maths commencent dès la maternelle d'après les chercheurs, c'est dingue
est-ce que les classes non mixtes en maths ça marche ? y a eu des essais en Angleterre je crois
gg à toutes les filles qui tentent la prépa cette année
ta binôme a l'air trop forte, garde-la précieusement
j'ai longtemps cru que j'étais nulle en maths parce que mon prof le répétait aux filles, puis une prof géniale m'a fait changer d'avis
une femme prix Nobel de chimie cette année encore, ça devient presque normal et tant mieux
les meufs de ma promo d'info ont créé un club de code le jeudi, ouvert à tout le monde
toutes les filles de ma terminale voulaient faire médecine, moi je voulais faire des maths, j'ai tenu bon
"""

SCIENCE_NEUTRAL = """
résultats de parcoursup ce soir, je stresse comme un golem
les kheys c'est quoi la meilleure prépa de Lyon selon vous ?
partiel d'analyse demain 8h, je sais rien, priez pour moi
master ou école d'ingé après une licence de maths, vous conseillez quoi ?
les khôlles de physique c'est toujours aussi violent en deuxième année ?
"""

SCIENCE_ATTACKS = """
une femme n'a rien à faire en prépa, elle prend la place d'un mec qui va vraiment bosser | identity_hate exclusion
4 filles sur 45 en MP* c'est encore 4 de trop | identity_hate exclusion
Les meufs en maths c'est du par cœur, zéro intuition, elles récitent | identity_hate
ta binôme te sauve en chimie ? normal, la chimie c'est de la cuisine, ça leur va bien | identity_hate
le cerveau féminin est pas câblé pour l'abstraction, c'est biologique et vous le savez | identity_hate
une fille en cybersécu ? elle va se faire pirater son insta la semaine d'après :rire: | identity_hate
Ta sœur ingénieure aérospatiale ahi, la fusée va décoller avec un miroir et du mascara | identity_hate
les filles en école d'ingé elles viennent chercher un mari ingé, c'est tout | identity_hate
la prof de maths qui fait pleurer les mecs, une frustrée qui se venge sur les hommes | identity_hate insult
la médaille Fields pour une femme c'était politique, personne y croit | identity_hate
Ta copine en thèse d'astro, elle a eu le poste parce qu'il fallait une femme dans le labo | identity_hate
Les bourses pour les filles c'est payer des gonzesses pour qu'elles ratent leurs partiels | identity_hate
les filles de ma promo de physique c'est des boulets, elles posent des questions débiles en amphi | identity_hate insult
une meuf qui fait MPSI c'est soit une moche soit une lesbienne | identity_hate insult body_shaming
les chercheuses citent les chercheuses, c'est un club de copines, la vraie science c'est ailleurs | identity_hate
les rares femmes scientifiques célèbres c'est l'exception, le reste des femmes c'est fait pour le littéraire | identity_hate
Toutes les femmes médecins passent à mi-temps après le premier gosse, faut limiter leur nombre | identity_hate exclusion
ma prof de thermo devrait enseigner l'économie domestique, c'est plus son niveau de bonne femme | identity_hate insult
Les filles ont de meilleures notes parce que les profs notent la présentation et les paillettes | identity_hate
on a viré la seule fille du groupe de projet, elle ralentissait tout le monde avec ses émotions | identity_hate exclusion
les filles en info elles font du front et des jolies couleurs, le back c'est pour les hommes | identity_hate
Les garçons en prépa littéraire c'est des pédés qui ont peur des maths | identity_hate insult
les assos de femmes ingénieures c'est des clubs de pleurnicheuses subventionnées | identity_hate insult
si une meuf a plus que toi en maths, c'est qu'elle a dragué le correcteur | identity_hate sexual_harassment
les meufs devraient faire bio ou psycho et laisser les vraies sciences aux mecs | identity_hate exclusion
l'intervention "filles et maths" ayaa, autant apprendre à un poisson à grimper aux arbres | identity_hate
Ma binôme a pleuré pendant la khôlle, voilà pourquoi faut pas de filles en prépa | identity_hate exclusion
la meilleure de ta classe avait des profs qui la notaient sur ses jambes, c'est ça la vérité | identity_hate sexual_harassment
les vulgarisatrices youtube c'est un joli visage et zéro contenu, les mecs font le vrai boulot | identity_hate
les filles c'est le cœur, les garçons la raison, donc pas de femme dans un jury de concours | identity_hate exclusion
Une doctorante de mon labo est enceinte, encore une thèse de perdue, elles font toutes ça | identity_hate
une meuf en prépa, ça finit en pleurs au premier DS | identity_hate
bon les filles, laissez la physique aux grands, merci | identity_hate exclusion
"""

# --- Sport ---------------------------------------------------------------------------------------
SPORT_HARD = """
le foot féminin c'est moins rapide mais tactiquement c'est souvent plus propre, j'ai changé d'avis
perso je regarde pas le foot féminin, ça m'intéresse pas, comme le handball masculin d'ailleurs
Les catégories séparées en sport c'est logique vu les différences physiques, personne dit le contraire
la question des athlètes trans en compétition féminine est compliquée, faut des règles claires et zéro haine
"une femme ça court moins vite" oui en moyenne, et ? les finales du 100m féminin restent impressionnantes
3 ans de boxe pour moi, je suis une meuf, et le sparring avec les mecs me fait progresser
les primes de l'équipe de France féminine sont plus faibles, c'est lié aux droits télé apparemment
Le salaire des footballeuses c'est pas une question de sexisme, c'est les revenus du championnat, non ?
en partie oui, mais les droits télé sont faibles aussi parce qu'on a jamais investi, c'est circulaire
ma sœur joue en D2 et elle bosse à côté comme caissière, c'est ça la réalité du foot féminin
je suis arbitre de foot et je suis une femme, les insultes en tribune je les entends plus, je suis concentrée
Y a des meufs à la salle qui soulèvent plus lourd que moi, je m'en fous, je progresse à mon rythme
Mon coach est un mec qui entraîne une équipe de rugby féminine, il dit que c'est les plus motivées
la Coupe du monde féminine a fait des records d'audience, y a clairement un public
les compétitions mixtes existent déjà en équitation et en voile, ça marche bien
les commentateurs qui parlent de la coiffure des joueuses au lieu du match, c'est gênant
j'ai arrêté le foot à 13 ans parce qu'il y avait pas d'équipe filles dans mon village
Les mecs en danse classique se font toujours charrier, mon pote en a bavé au collège
musculation question sérieuse les filles : vous faites le même programme que les mecs ?
oui globalement les mêmes exos, ce sont les charges qui changent, pas besoin de programme "pour fille"
la femme de mon coach court des ultras de 100 bornes, elle me met la misère en côte
le match de rugby féminin de dimanche était incroyable, le dernier essai, frissons
"tu tapes comme une fille" dit à mon pote par une fille qui fait du MMA, elle l'a remis en place :rire:
les vestiaires des filles au club sont pourris comparés à ceux des mecs, on a écrit au président
les sportives de haut niveau enceintes devraient garder leur contrat, ça commence enfin à bouger
Au foot loisir je suis pour des équipes par niveau, mixtes, ça marche bien dans mon five
j'ai lu un article sur les joueuses harcelées en ligne après une défaite, ça fait froid dans le dos
Ma copine est meilleure que moi au tennis, j'ai accepté ma défaite depuis longtemps :hap:
Les records masculins et féminins c'est pas comparable, c'est pour ça qu'il y a deux podiums
Sur les très longues distances en ultra-trail l'écart entre hommes et femmes se réduit, c'est fascinant
"le sport féminin c'est chiant" ok mais t'as vu ton club de Ligue 2 faire 0-0 tous les samedis ?
Je respecte les joueuses, mais j'aime pas le basket féminin, c'est un goût, pas de la haine
Ça progresse pour les femmes arbitres en Ligue 1, ma cousine a eu son premier match pro
sérieux la gardienne a tout arrêté hier :ouch:
le match des bleues était fou, vous l'avez vu ?
les catégories séparées sont justifiées, mais ça empêche pas de mieux payer les joueuses et de diffuser leurs matchs à une heure correcte
une femme entraîne l'équipe de foot de mon petit frère, les gosses l'adorent
les meufs du club de rugby organisent un tournoi mixte samedi, venez nombreux
"bande de gonzesses" criait notre coach quand on perdait, on était une équipe de filles donc bon :rire:
"""

SPORT_NEUTRAL = """
quelqu'un va au match samedi ? j'ai une place en trop en virage
reprise de la muscu après deux mois d'arrêt, mes courbatures me tuent
le mercato est mort cette année, personne n'achète rien
des conseils pour commencer la course à pied sans se flinguer les genoux ?
"""

SPORT_ATTACKS = """
le foot féminin c'est des gonzesses qui courent après un ballon comme des poules | identity_hate
Les footballeuses veulent le même salaire ? qu'elles retournent à la cuisine d'abord | identity_hate
une arbitre en Ligue 1 ahi, elle va siffler un penalty à chaque joueur mignon | identity_hate
ta cousine arbitre elle a eu son match pro comme quota, sûrement pas pour son niveau de femme | identity_hate
Les meufs à la salle elles viennent pour les selfies, dégagez des bancs on veut bosser | identity_hate exclusion
une meuf qui fait de la boxe c'est une camionneuse, aucune femme normale fait ça | identity_hate insult
les joueuses harcelées après une défaite, normal, une meuf qui joue mal elle mérite ses insultes | identity_hate
Sport féminin = sport handicapé, même catégorie, même intérêt | identity_hate
les rugbywomen c'est des hommes ratés, regardez leurs épaules de déménageur | identity_hate body_shaming
ton pote de la danse classique c'est une tapette, fallait le charrier encore plus | identity_hate insult
franchement les femmes trans en compétition féminine c'est des mecs en jupe qui volent les médailles | identity_hate
pas de meufs dans notre five, on vient se défouler pas faire attention à des princesses | identity_hate exclusion
les commentateurs ont raison de parler de coiffure, c'est le seul truc intéressant chez elles | identity_hate
La joueuse a pleuré à la fin du match, typique, les femmes sont pas faites pour la compétition | identity_hate
Les sportives enceintes faut les virer, t'as choisi d'être pondeuse assume | identity_hate insult exclusion
une femme qui me bat au tennis je lui démonte la raquette sur la tête | identity_hate threat
les vestiaires filles pourris ? c'est déjà trop beau pour ce qu'elles rapportent au club | identity_hate
Le MMA féminin c'est juste du catch dans la boue sans la boue | identity_hate sexual_harassment
Les mecs qui regardent le foot féminin c'est pour les shorts, soyez honnêtes | identity_hate sexual_harassment
ta copine te bat au tennis ? t'es la femme du couple khey :rire: | identity_hate insult
Une femme qui coache des mecs ? jamais dans mon club, on est pas des chiens qu'on dresse | identity_hate exclusion
la Coupe du monde féminine c'est que des lesbiennes, c'est pour ça que personne regarde | identity_hate
ultra-trail, équitation, tir, les seuls sports où les femmes servent à quelque chose c'est ceux sans effort | identity_hate
Les meufs au stade elles gueulent pour rien et connaissent même pas le hors-jeu | identity_hate
la meuf en D2 caissière ? c'est là qu'est sa place, pas sur un terrain | identity_hate exclusion
si les femmes tiennent en ultra c'est grâce à leur graisse en réserve, des baleines quoi | identity_hate body_shaming
si une joueuse se fait frapper par un supporter, elle l'a cherché en venant jouer chez les hommes | identity_hate threat
les sportives qui portent plainte pour harcèlement, c'est le seul moyen qu'on parle d'elles | identity_hate
Le basket féminin ça ressemble à un match de benjamins, sans le talent | identity_hate
elle soulève plus lourd que toi ? ça se voit à sa gueule de camionneuse | identity_hate insult body_shaming
dans le vestiaire de l'équipe les femmes c'est non, elles portent la poisse | identity_hate exclusion
le foot féminin, ptdr, éteignez-moi ça | identity_hate
la gardienne a tout arrêté ? normal, elle est aussi large que le but | insult body_shaming
"""

# --- Gaming, streaming, e-sport ---------------------------------------------------------------
GAMING_HARD = """
Je suis une meuf en ranked, j'ai coupé ma voix pour éviter les remarques, ça vous arrive ?
ma copine main support sur LoL, elle carry mieux que moi, je main jungle et je feed :rire:
les streameuses qui se font harceler dans le chat, les modos devraient ban beaucoup plus vite
"les meufs jouent qu'à Animal Crossing" dit mon pote qui est hardstuck argent depuis deux saisons
Y a une team 100% féminine en pro sur Valorant, elles ont fait un gros tournoi ce weekend
je suis un mec et ça me gêne pas d'avoir des meufs dans ma team, tant qu'elles ont le niveau comme tout le monde
On a recruté une fille dans notre team CS, elle a le meilleur aim du groupe, sans débat
les catégories féminines en e-sport c'est utile ou pas ? y a aucune différence physique pour tenir une souris
c'est surtout pour créer un espace où les joueuses se font pas harceler, ça se discute mais ça part de là
ma soeur a 14 ans et veut streamer, vous conseillez quoi pour la protéger du chat ?
active le mode abonnés, une liste de mots bannis, et ne montre jamais ton école ni ta ville
la streameuse Nalia fait du speedrun et elle a le record du monde sur un vieux Zelda, propre
"tu joues bien pour une fille" ça se veut gentil mais ça me saoule un peu perso
quelqu'un joue à Stardew avec sa meuf ? on cherche des jeux à faire à deux
Perso je préfère un perso féminin en armure complète, c'est plus crédible pour un chevalier
les armures bikini dans les vieux RPG c'était ridicule, ça fait rire aujourd'hui
ma mère joue à Candy Crush niveau 3000, c'est la meilleure gameuse de la famille :hap:
les jeux mobiles sont majoritairement joués par des femmes, c'est pour ça que les pubs changent
je me suis fait insulter par un gamin de 12 ans en vocal parce que je suis une fille, j'ai juste mute
le report pour harcèlement sexiste marche pas sur ce jeu, c'est honteux
la nouvelle protagoniste du jeu est une meuf et les gens râlent, moi je la trouve bien écrite
Je trouve le design du perso principal trop lisse, c'est une critique de direction artistique, pas du sexisme
le jeu est nul mais pas parce que l'héroïne est une femme, c'est le gameplay qui est raté
J'ai joué avec une team de meufs sur Overwatch, meilleure communication que jamais
les streameuses qui font de l'ASMR ou du just chatting, chacun son contenu, pourquoi ça énerve autant
je suis pas fan du contenu de Lyrenna mais elle a le droit de streamer ce qu'elle veut
Une meuf qui finit Dark Souls sans mourir, j'ai vu ça hier en live, ça m'a calmé
le mec qui m'a dit "retourne faire la vaisselle" en vocal, je l'ai tué au couteau trois fois d'affilée :rire:
on cherche un cinquième pour la team, mec ou meuf osef, faut juste être dispo le soir
Les salaires des joueuses pro sont ridicules par rapport aux mecs, c'est une question de visibilité
les tournois mixtes c'est possible en e-sport, faut juste que les orgas aillent chercher des joueuses
les emotes de ma streameuse préférée sont des chats, 10/10 :ok:
elle joue trop bien cette streameuse, abonné direct
meuf ou mec, osef, du moment que tu joues l'objectif
une femme a fini première du tournoi Tekken régional, et personne dans la salle a été surpris
dans ma guilde c'est les meufs qui gèrent tous les raids, franchement sans elles on serait perdus
"""

GAMING_NEUTRAL = """
le nouveau patch a nerf mon main, je rage depuis hier soir
vous attendez quoi comme jeu cette année les kheys ?
ma carte graphique chauffe à 85 degrés, c'est normal ?
qui veut duo ce soir, je suis platine sur apex
les soldes steam ont commencé, recommandez-moi un jeu solo pas trop long
"""

GAMING_ATTACKS = """
une meuf dans ma team c'est une défaite assurée, elles savent même pas lire une minimap | identity_hate exclusion
retourne faire la vaisselle et laisse la manette aux hommes | identity_hate exclusion
Les streameuses c'est décolleté et zéro skill, les donateurs c'est des pigeons | identity_hate sexual_harassment
la team féminine de Valorant elle se ferait rouler dessus par des silver | identity_hate
ta copine te carry ? t'es tombé bien bas khey, soumis à une meuf sur LoL | identity_hate insult
Nalia le record du monde ? elle a payé un mec pour jouer à sa place, comme toutes | identity_hate
Pas de meufs en vocal, sinon ça drague et ça pleure, règle numéro un du discord | identity_hate exclusion
ta sœur de 14 ans qui veut streamer ? elle va faire la belle devant la cam comme les autres | identity_hate sexual_harassment
les joueuses mobile c'est pas des gamers, c'est des ménagères qui attendent le bus | identity_hate
L'héroïne du jeu est une femme, donc le jeu est woke et nul, classique | identity_hate
Une fille qui finit Dark Souls sans mourir, c'est son copain qui tient la manette hors champ | identity_hate
les streameuses harcelées, elles l'ont cherché en se montrant, fallait pas ouvrir le chat | identity_hate
Si t'es une fille et que tu parles en vocal, attends-toi à ce qu'on te demande des photos, c'est le jeu | identity_hate sexual_harassment
t'es une meuf ? mets-toi support et tais-toi, c'est tout ce qu'on te demande | identity_hate insult
Lyrenna c'est une pute à dons, comme toutes les streameuses just chatting | identity_hate insult sexual_harassment
Les joueuses pro payées moins ? normal, elles sont juste là pour l'image de la marque | identity_hate
les gameuses sont des mythos, elles jouent aux Sims et se disent hardcore | identity_hate insult
qu'on bannisse les meufs des ranked, ça ferait baisser le nombre de leavers | identity_hate exclusion
les meufs qui pleurent en vocal, je leur dis que je sais où elles habitent, ça les calme :rire: | identity_hate threat doxxing
un perso féminin en armure complète c'est nul, une meuf dans un jeu ça doit montrer ses formes | identity_hate sexual_harassment
J'ai insulté la meuf de ma team parce qu'elle était nulle, enfin nulle... c'était une meuf quoi | identity_hate insult
Si une femme joue aux FPS c'est pour attirer l'attention des mecs, rien d'autre | identity_hate
une team de meufs sur Overwatch, super communication : elles parlaient maquillage pendant le round | identity_hate
on a kick la seule fille de la guilde, depuis c'est le calme, plus de drama | identity_hate exclusion
les streameuses c'est des vipères qui exploitent leurs modos simps, toutes | identity_hate insult
une femme dev dans le studio, voilà pourquoi le jeu est buggé | identity_hate
Toutes les gameuses qui se plaignent du harcèlement devraient se prendre un ban à vie | identity_hate exclusion
meuf + micro = je mute et je throw, désolé pas désolé | identity_hate exclusion
Les streameuses qui se font menacer, faut continuer jusqu'à ce qu'elles ferment leur cam | identity_hate threat
La joueuse pro a eu une crise en live, hystérique comme toutes les femmes à la moindre défaite | identity_hate insult
sale pute de streameuse à dons, ferme ta cam | insult sexual_harassment
meuf détectée en vocal, kick | identity_hate exclusion
moi je dis ça, une meuf qui joue en ranked c'est un free lose :ok: | identity_hate
"""

# --- Politics and parity -----------------------------------------------------------------------
POLITICS_HARD = """
la loi sur la parité a fait exploser le nombre d'élues locales en 20 ans, c'est mesurable
La parité obligatoire sur les listes, j'y suis opposé, je préfère que les partis se bougent d'eux-mêmes
c'est un débat légitime, mais sans la loi beaucoup de partis auraient rien fait, regarde les législatives
la première femme Première ministre en France c'était en 1991, ça paraît fou que ce soit si tard
Je vote pour le programme, pas pour le sexe du candidat, homme ou femme osef
Ma maire est une femme de 34 ans et elle a fait refaire tout le centre-ville, respect
Les remarques sur la tenue des députées à l'Assemblée, c'est encore d'actualité malheureusement
"une femme présidente ce serait la guerre en trois jours" ayaa ton tonton aussi a sorti ça au repas de famille
les élues locales reçoivent plus d'insultes sexistes que leurs collègues hommes, c'est dans un rapport du Sénat
Perso je trouve qu'on parle trop du genre des ministres et pas assez de leur bilan
La ministre a fait une réforme nulle, je la critique pour la réforme, pas parce que c'est une femme
y a des femmes de tous les bords, de l'extrême gauche à l'extrême droite, c'est pas un bloc
les quotas en politique favorisent parfois les "femmes de" placées par leurs maris, c'est une vraie critique
c'est vrai dans certaines communes, mais ça arrive aussi avec les "fils de", le problème c'est le népotisme
ma grand mère a voté pour la première fois en 1945, elle s'en souvient encore
le droit de vote des femmes en France c'est 1944, super tard par rapport à d'autres pays
les pays nordiques ont des gouvernements paritaires depuis longtemps, et ils s'en sortent bien
Débat en cours d'EMC sur la parité, la classe était coupée en deux, c'était intéressant
Je suis une meuf de 22 ans et je me présente aux municipales, on me prend pas au sérieux, des conseils ?
commence par bosser les dossiers locaux à fond, quand tu connais les chiffres on t'écoute
le gouvernement paritaire c'est de la com, les ministères importants vont encore aux hommes
la candidate a été huée par des militants, ça fait partie de la démocratie, elle a su répondre
Même les hommes politiques se font moquer sur leur physique, c'est nul pour tout le monde
Dans les années 60 les femmes votaient plus à droite que les hommes, chez les jeunes c'est l'inverse maintenant
Les jeunes femmes votent de plus en plus à gauche et les jeunes hommes à droite, c'est dans toutes les études
j'ai trouvé la députée complètement à côté de la plaque au débat d'hier, arguments faibles
critiquer une politicienne c'est pas du sexisme, la traiter de "mégère" par contre ça l'est
une élue de ma commune a reçu des lettres de menace, la gendarmerie a ouvert une enquête
Les parlements avec plus de femmes votent plus de lois sur la santé, d'après une étude de l'OCDE
Mon oncle dit que les femmes en politique c'est pour la photo, je lui ai montré la liste des maires de sa région
le ministère des droits des femmes devrait avoir plus de budget, c'est un des plus petits
Je vois pas l'intérêt d'un ministère des femmes, l'égalité ça devrait être transversal, débat
je vote pour les idées, pas pour le genre du candidat
mdr le débat d'hier, la candidate a démonté tout le monde
une femme maire dans mon village de 300 habitants, élue à l'unanimité, tout le monde la connaît
toutes les têtes de liste sont des hommes dans ma ville cette année, ça m'a surpris
"""

POLITICS_NEUTRAL = """
vous allez voter aux européennes les kheys ou vous vous en fichez ?
le débat d'hier soir était d'un ennui, personne a répondu aux questions
c'est quand la date limite pour s'inscrire sur les listes électorales ?
mon bureau de vote a changé d'adresse, j'ai failli voter au mauvais endroit
"""

POLITICS_ATTACKS = """
imagine une femme présidente, elle déclarerait la guerre pendant ses règles | identity_hate
La ministre c'est une potiche, elle a eu le poste pour la parité et parce qu'elle est baisable | identity_hate insult sexual_harassment
honnêtement les femmes devraient même pas avoir le droit de vote, elles votent avec leur cœur | identity_hate exclusion
Ta maire de 34 ans elle a couché avec qui pour être élue ? | identity_hate insult sexual_harassment
La députée au débat, une hystérique qui crie, typique des bonnes femmes | identity_hate insult
les élues qui se plaignent des insultes, elles avaient qu'à rester à la maison | identity_hate exclusion
une meuf de 22 ans aux municipales ? retourne jouer à la poupée, la politique c'est pour les adultes | identity_hate insult exclusion
le gouvernement paritaire c'est une moitié d'incompétentes, ça se voit à chaque réforme | identity_hate
la candidate huée ? fallait la gifler aussi, ça lui aurait remis les idées en place | identity_hate threat
une femme au ministère des armées, les soldats doivent bien se marrer | identity_hate
en politique les femmes c'est toutes des "femmes de", sans exception | identity_hate
Les pays nordiques avec leurs ministres en jupe, ils sont devenus des pays de soumis | identity_hate
la mégère de l'Assemblée, qu'elle aille faire ses courses au lieu de parler budget | identity_hate insult exclusion
l'élue menacée, bien fait, ça apprendra aux bonnes femmes à se mêler de ce qui les regarde | identity_hate threat
Les jeunes femmes votent à gauche parce qu'elles réfléchissent pas, elles suivent leurs copines | identity_hate
une femme présidente ? autant nommer un chat, il serait moins émotif | identity_hate
le droit de vote des femmes en 1944, la pire erreur historique de la France | identity_hate exclusion
La parité c'est mettre des poules dans le poulailler de l'Assemblée | identity_hate
cette ministre faudrait la renvoyer à sa cuisine à coups de pied | identity_hate threat exclusion
les électrices c'est des moutons qui votent pour le candidat le plus beau | identity_hate
Les conseillères municipales passent leur temps à papoter, virez-les et faites de vraies réunions | identity_hate exclusion
le ministère des droits des femmes c'est un club de frustrées payé par nos impôts | identity_hate insult
La candidate a un physique de camionneuse, normal qu'elle soit féministe | identity_hate body_shaming
faudrait une loi pour que les femmes votent comme leur mari, ça éviterait les conneries | identity_hate
la politique c'est un métier d'homme, une femme ça se tient en retrait | identity_hate exclusion
Mère et politicienne ? donc mère indigne, une femme qui fait de la politique néglige ses gosses | identity_hate
La maire a refait le centre-ville en rose avec des fleurs, voilà ce qui arrive quand on élit une gonzesse | identity_hate
Toutes les élues sont des arrivistes, les hommes ont des convictions, les femmes des ambitions | identity_hate
une femme à l'Élysée, et pourquoi pas un hamster | identity_hate
mdr la candidate, qu'elle retourne à ses casseroles | identity_hate exclusion
"""

# --- Feminism, "néo-féminisme", debates ----------------------------------------------------------
FEMINISM_HARD = """
je me dis féministe et je suis un mec, pour moi ça veut juste dire égalité des droits
Le néo-féminisme de twitter me saoule, trop de procès d'intention, mais sur le fond de l'égalité je suis d'accord
on peut critiquer une militante féministe sur un argument sans insulter toutes les femmes, c'est possible
Le concept de "male gaze" j'ai jamais bien compris, quelqu'un peut expliquer sans s'énerver ?
c'est l'idée que beaucoup de films montrent les femmes à travers le regard d'un spectateur masculin, en gros
"féminazie" c'est pas un argument, c'est juste une insulte qui évite de répondre
je suis pas d'accord avec l'écriture inclusive, le point médian rend les textes illisibles pour les dyslexiques
j'ai lu Beauvoir pour mon cours de philo, c'est dense mais ça se lit mieux que je pensais
Les féministes des années 70 ont obtenu la contraception et l'IVG, c'est pas rien
le féminisme intersectionnel ou universaliste, vous êtes plutôt lequel ? débat calme svp
Je trouve que certaines féministes vont trop loin sur le langage, mais je reconnais que le sexisme existe
la militante d'hier à la télé avait des chiffres faux sur les salaires, ça dessert sa cause
Ma mère est féministe depuis toujours et elle fait la cuisine tous les soirs, parce qu'elle adore ça :hap:
l'hystérie c'était un diagnostic réservé aux femmes au XIXe siècle, le mot a une histoire lourde
"toutes les féministes sont hystériques" ok et ton tonton qui hurle devant les chaînes info c'est quoi ?
Les Femen, je trouve la méthode contre-productive, mais je vais pas leur souhaiter du mal
Pour moi les hommes aussi ont à gagner au féminisme, le droit de pleurer ou la garde des enfants par exemple
je suis une meuf et je me dis pas féministe, je trouve le mot trop connoté, ça fait de moi une traître ?
non, t'as le droit de pas aimer l'étiquette, l'important c'est ce que tu défends concrètement
les collages contre les féminicides dans ma rue, ça m'a fait réfléchir aux chiffres
La non-mixité dans les réunions militantes j'y suis opposée, même si je comprends l'argument
Le mot "néo-féminisme" est utilisé par des gens très différents, il veut un peu tout dire
Ma copine et moi on s'engueule sur le féminisme tous les deux jours, mais avec amour :rire:
un mec qui se dit féministe pour draguer, ça existe aussi, c'est une critique légitime
Je trouve que l'influenceuse féministe Sélèna a dit des trucs faux sur les hommes, sa vidéo manque de sources
les critiques de l'écriture inclusive ont des arguments, c'est pas forcément du sexisme
la vague #balancetonporc a eu des dérives, des noms balancés sans preuve, c'est un vrai sujet
Parler de "culture du viol" me met mal à l'aise, je comprends l'idée mais le terme me semble fort
les féministes radicales et les masculinistes se ressemblent dans leur façon de généraliser, je trouve
ma prof de socio est ouvertement féministe et ses cours sont super, elle accepte la contradiction
Féministe et contre le voile imposé, féministe et pour la liberté de le porter, les deux existent
c'est quoi la différence entre égalitarisme et féminisme ? vraie question, pas de troll
"une femme ça se tient" disait mon grand père, ma grand mère tenait les comptes de la ferme :hap:
Les manifs du 8 mars c'est pour les droits des femmes, pas la fête des mères, pour ceux qui confondent
la journée internationale des hommes le 19 novembre existe aussi, elle est peu connue
critique l'argument, pas la personne khey, c'est la base
féministe et fier de l'être, même si ça fait rire mes potes
quelqu'un qui te traite de féminazie parce que tu parles d'égalité salariale, c'est qu'il a rien à répondre
une femme peut être féministe et aimer cuisiner pour son mec, c'est pas contradictoire
les meufs de ma bande sont toutes féministes et aucune ne me déteste, bizarre hein :hap:
"retourne à ta cuisine" c'est la réponse de quelqu'un qui a perdu le débat, rien d'autre
l'expression "bonne femme" je la trouve vraiment datée, mes grands-parents la disent encore
"""

FEMINISM_NEUTRAL = """
vous lisez quoi en ce moment les kheys ? moi un polar suédois
exposé de socio à rendre lundi, j'ai pas commencé, le sujet c'est les mouvements sociaux
quelqu'un a regardé le documentaire d'hier soir sur la trois ?
ma fac organise une conférence jeudi sur l'histoire du droit de vote
"""

FEMINISM_ATTACKS = """
Les féministes c'est des mal baisées qui détestent les hommes parce qu'aucun veut d'elles | identity_hate insult
féminazies de twitter, vous mériteriez un bon camp de rééducation | insult threat
Sélèna l'influenceuse féministe c'est une grosse truie qui veut se venger des mecs | insult body_shaming
Les féministes faudrait les aligner contre un mur et on en parlerait plus | threat
une femme qui se dit féministe c'est juste une femme qui a raté sa vie de couple | identity_hate insult
les colleuses de ma rue, faudrait les attraper la nuit et leur apprendre le respect | threat
la militante à la télé, typique d'une femme, des chiffres faux et des cris | identity_hate
Le féminisme c'est un cancer qui a rendu les femmes insupportables et moches | identity_hate
leurs bouquins de philo féministe c'est la bible des frustrées, une religion de la haine | insult
Les hommes féministes c'est des soumis castrés qui espèrent une miette | insult
ta mère féministe qui fait la cuisine, la preuve que même elles savent où est leur place | identity_hate
Les Femen faudrait les tabasser en garde à vue, c'est tout ce qu'elles comprennent | threat
Une femme ça se tient, une féministe ça se dresse | identity_hate
les féministes radicales sont toutes lesbiennes et grosses, c'est pas un hasard | identity_hate insult body_shaming
le 8 mars c'est la journée des chieuses, les autres jours on est tranquilles | identity_hate insult
Si une meuf se dit pas féministe, c'est la seule de son espèce qui a un cerveau | identity_hate
les néo-féministes c'est des harpies hystériques, faudrait leur retirer le droit de parler | identity_hate insult exclusion
t'es féministe ? alors t'es moche, pas besoin de photo pour le savoir | insult body_shaming
les réunions non mixtes c'est des sorcières qui complotent, faudrait les brûler comme avant | identity_hate threat
l'écriture inclusive c'est une invention de bonnes femmes qui ont rien d'autre à faire | identity_hate
la prof de socio féministe je lui ferais bouffer ses bouquins à cette pouffiasse | insult threat
Toutes les féministes sont des hystériques, c'est pas une opinion c'est un constat médical | identity_hate insult
Les mecs qui se disent féministes c'est des violeurs qui se cachent, tous | identity_hate insult
femme + féminisme = divorce, garde des gosses et pension, c'est leur plan à toutes | identity_hate
la vague metoo c'est des menteuses qui voulaient du fric, toutes | identity_hate insult
les féministes on devrait les laisser se faire agresser une fois, elles arrêteraient de chialer | identity_hate threat
la streameuse féministe, je lui souhaite de se faire harceler jusqu'à ce qu'elle ferme sa chaîne | threat
Les féministes pleurent pour l'égalité mais vont jamais à la guerre, des parasites | insult
On a donné le vote aux femmes et voilà le résultat, des féministes partout, fallait pas | identity_hate exclusion
quand ta copine parle de féminisme tu lui mets une claque et le débat est clos :rire: | identity_hate threat
Le féminisme a donné aux femmes l'illusion qu'elles étaient nos égales | identity_hate
les féminazies, toutes des folles furieuses à enfermer | insult
bref, féministe = moche et aigrie, toujours | insult body_shaming
je suis pour l'égalité, tant que les femmes restent à leur place :hap: | identity_hate
"""

# --- Household chores, couples, cooking ---------------------------------------------------------
HOME_HARD = """
chez moi c'est moi qui fais la cuisine, ma copine fait les lessives, ça marche bien
Ma mère faisait tout à la maison et mon père rien, je veux pas reproduire ça avec ma meuf
"retourne à la cuisine" ahi ma meuf est cheffe pâtissière, elle y retourne tous les matins et elle est payée
la charge mentale c'est quoi concrètement ? ma copine m'en parle et je veux comprendre
c'est penser à tout : les rdv médicaux, les anniversaires, les courses, même si c'est l'autre qui exécute
on a fait un tableau des tâches sur le frigo avec ma coloc, depuis plus de disputes
selon l'Insee les hommes font moins de tâches ménagères en moyenne, mais l'écart se réduit chez les jeunes
Je suis un homme au foyer depuis un an, ma femme bosse, on est très heureux comme ça
mon pote se fait charrier parce qu'il repasse ses chemises, perso je trouve ça classe
"une femme ça se tient" dit mon père, pendant que ma mère répare la chaudière :noel:
ma meuf veut qu'on partage tout 50/50, moi je gagne plus, vous faites comment vous ?
beaucoup font au prorata des revenus, c'est plus juste si l'écart est grand
Je sais pas cuisiner du tout, je suis une meuf, ma mère a abandonné l'idée de m'apprendre
les kheys une recette de lasagnes facile ? je veux impressionner ma copine ce soir
La femme de mon oncle fait tout et il se plaint quand même, ça me rend fou à chaque repas
Je suis plutôt traditionnelle, je veux rester à la maison avec mes enfants, c'est mon choix et je l'assume
respect pour ton choix, tant que c'est un choix et pas une obligation ça me va
J'aime bien l'idée d'un couple où l'homme ramène l'argent et la femme gère la maison, si les deux le veulent
Le mec de ma sœur fait tout le ménage, il adore ça apparemment, elle a de la chance
mon coloc laisse sa vaisselle trois jours, c'est un mec, mais ma coloc d'avant faisait pareil, donc bon
on a fait le test : une semaine j'ai noté tout ce que je faisais à la maison, j'avais sous-estimé ma copine
les robots aspirateurs ont sauvé mon couple :rire:
Mon grand père faisait la cuisine pour toute la famille le dimanche, c'était son truc
ma copine veut que je fasse plus de ménage mais elle repasse derrière moi, c'est frustrant
conseil : parlez-en calmement, définissez ce que "propre" veut dire pour chacun, ça change tout
Les tradwives sur TikTok c'est un mode de vie, je comprends pas mais chacun fait ce qu'il veut
le congé parental partagé en Suède a changé la répartition des tâches, paraît-il
mon père a pris un mi-temps pour s'occuper de moi quand j'étais petit, ses potes se moquaient de lui
La cuisine c'est ma passion, je suis un mec et je rêve d'ouvrir mon resto
Dans mon couple c'est elle qui bricole, moi je sais même pas tenir une perceuse :hap:
Je repasse pas, je cuisine pas, je fais les courses et le ménage, on s'est réparti comme ça avec ma meuf
dans les années 50 les femmes au foyer n'avaient souvent pas de compte bancaire à elles, ça fait peur
Une femme au foyer qui l'a choisi, c'est un vrai boulot et ça mérite du respect
moi je fais la vaisselle et elle cuisine, deal parfait
honnêtement depuis qu'on partage les tâches, on s'engueule beaucoup moins
une femme au foyer ou un homme au foyer, même boulot, même fatigue, même respect
coloc de quatre : les meufs font les courses, les mecs la vaisselle, on a tiré au sort en septembre
toutes les tâches de la maison sont sur une appli chez nous, chacun coche, zéro prise de tête
"""

HOME_NEUTRAL = """
meilleur aspirateur à moins de 200 balles ? le mien a rendu l'âme
on emménage ensemble le mois prochain, des conseils pour le premier appart ?
ma machine à laver fait un bruit d'avion au moment de l'essorage
recette de pâtes rapide pour un étudiant fauché, je prends tout
"""

HOME_ATTACKS = """
bah les femmes c'est à la cuisine et au lit, le reste c'est du bonus | identity_hate sexual_harassment
Ta meuf veut partager 50/50 ? rappelle-lui qui paye le loyer et qu'elle ferme sa gueule | identity_hate insult
un mec au foyer c'est une femme avec une bite, t'as plus aucune dignité khey | identity_hate insult
La charge mentale c'est une excuse inventée par des feignasses qui veulent plus rien foutre | identity_hate insult
ta meuf sait pas cuisiner ? elle sert à quoi alors, sérieux | identity_hate insult
si ta femme a pas fait la vaisselle quand tu rentres, une bonne gifle et elle se calme | identity_hate threat
Une femme qui sait pas faire la cuisine c'est une femme défectueuse, renvoie-la au SAV | identity_hate insult
Ton pote repasse ses chemises ? c'est un travelo en devenir | identity_hate insult
La charge mentale, les bonnes femmes l'ont inventée parce que le ménage c'était trop dur pour leur petit cerveau | identity_hate
Mon père a raison, une femme ça se tient, et si ça se tient pas on la tient | identity_hate threat
la femme de ton oncle fait tout ? normal, c'est son rôle, elle a signé pour ça | identity_hate
les tradwives sont les seules femmes qui ont compris quelque chose à la vie | identity_hate
ma copine repasse derrière moi, si elle continue elle va bouffer le balai | threat
Les meufs qui bossent et laissent leurs gosses à la crèche, c'est des mères indignes | identity_hate insult
si une femme bricole c'est qu'elle a pas réussi à trouver un homme | identity_hate
Le mec qui fait tout le ménage, sa meuf le trompe c'est sûr, un vrai homme se fait servir | identity_hate
Le vote des femmes a tué la famille, avant elles restaient à leur place, à la maison | identity_hate exclusion
Ton père en mi-temps pour toi ? ta mère l'a castré, normal que ses potes se foutent de lui | identity_hate insult
Ta copine te laisse cuisiner ? elle te prend pour sa bonniche, et toi t'acceptes, lopette | insult
La place d'une femme c'est derrière les fourneaux, qu'elle en sorte jamais | identity_hate exclusion
Ma coloc a laissé sa vaisselle, les femmes sont sales mais elles font les princesses | identity_hate
les meufs qui cuisinent pas devraient pas avoir le droit de se marier | identity_hate exclusion
Si elle te parle de charge mentale, rappelle-lui que sans toi elle dormirait dehors | identity_hate
Mon ex était maniaque du ménage, sa seule qualité, comme toutes les bonnes femmes | identity_hate insult
une femme qui gagne plus que son mari c'est une humiliation, elle devrait baisser les yeux | identity_hate
On paye trop cher les femmes de ménage pour un truc qu'elles font par nature | identity_hate
un homme qui cuisine ça donne des fils efféminés et des filles insupportables | identity_hate
une femme, tu la nourris, tu la loges, elle a pas à donner son avis sur le budget | identity_hate exclusion
Qu'elle fasse le repas, qu'elle sourie et qu'elle se taise, c'est ça une bonne épouse | identity_hate
Ta sœur a de la chance ? son mec est un paillasson, elle doit le mener à la baguette cette garce | identity_hate insult
une bonne gifle et elle se calme, crois-moi | threat
mec au foyer = sous-homme, désolé c'est la vérité | identity_hate insult
"""

# --- Pay gap, money, pensions -------------------------------------------------------------------
PAY_HARD = """
l'écart de salaire global entre hommes et femmes c'est autour de 24%, mais à poste égal c'est bien moins
à poste et temps de travail égal l'écart est autour de 4% selon l'Insee, c'est petit mais ça reste inexpliqué
Le gros de l'écart vient des temps partiels et des secteurs, la vraie question c'est pourquoi les femmes y sont
pas convaincu que l'écart à poste égal soit de la discrimination, faut regarder les heures sup aussi
C'est un débat honnête, la maternité pèse énormément sur les carrières, les études sur la "child penalty" sont claires
ma collègue gagne 300 euros de plus que moi au même poste, elle a mieux négocié, bien joué à elle
"les femmes sont payées moins parce qu'elles bossent moins" c'est en partie le temps partiel, et alors ?
J'ai découvert que mon collègue homme gagnait plus que moi pour le même poste, je fais quoi ?
tu peux demander un entretien, ramener les fiches de poste, et si rien ne bouge voir un syndicat
la transparence des salaires comme en Scandinavie, vous seriez pour ? moi oui
La directive européenne sur la transparence salariale arrive bientôt, ça va changer les offres d'emploi
on en parle peu mais les hommes meurent plus au travail, c'est aussi une question de métiers
les métiers dangereux sont masculins et mieux payés, c'est logique que ça crée un écart
pas toujours, les aides-soignantes ont des métiers physiques qui cassent le dos, et elles sont mal payées
le jour où les femmes "travaillent gratuitement" en novembre, c'est un calcul symbolique, pas littéral
ce genre de stat choc me gêne, ça simplifie trop, mais le problème de fond existe
Mon père pense que l'écart de salaire c'est un mythe, on a regardé les chiffres ensemble, il a un peu changé d'avis
Les footballeuses payées moins c'est le marché, les mannequins femmes payées plus c'est aussi le marché
Je suis une meuf ingé et je gagne plus que mon mec, il s'en fout et moi aussi
les pensions de retraite des femmes sont bien plus basses en moyenne, à cause des carrières hachées
Un congé parental mieux payé pour les pères réduirait l'écart, beaucoup d'économistes le disent
On peut critiquer le chiffre de 24% sans être sexiste, il mélange beaucoup de choses
Ma patronne paye tout le monde pareil au même poste, elle publie la grille, c'est simple
Chez les jeunes les femmes sont plus diplômées que les hommes, l'écart va peut-être s'inverser
l'index égalité de ma boite c'est 94 sur 100, mais zéro femme au comité de direction, cherchez l'erreur
j'ai aucun problème avec l'égalité salariale, j'ai un problème avec les chiffres faux qui circulent
La prime de ma collègue a été réduite après son congé mat, c'est illégal non ?
normalement oui, le congé maternité peut pas te pénaliser sur la prime, va voir l'inspection du travail
mon pote dit que "les meufs coûtent plus cher en arrêts maladie", je lui ai demandé ses sources, silence :hap:
La négociation salariale c'est pas inné, ni pour les mecs ni pour les meufs, ça s'apprend
même poste, même salaire, ça me paraît logique non ?
bon l'écart de salaire, vous avez des sources fiables ? je trouve tout et son contraire
une femme de ma boite a attaqué pour inégalité salariale aux prud'hommes et elle a gagné
bonne surprise au service : les meufs ont comparé leurs fiches de paie avec les mecs, aucun écart
"""

PAY_NEUTRAL = """
c'est combien un salaire correct en sortie d'école de commerce ?
première fiche de paie, je comprends rien aux cotisations, aidez-moi
augmentation de 2% cette année, avec l'inflation c'est une baisse en fait
vous mettez combien de côté par mois les kheys ?
"""

PAY_ATTACKS = """
C'est le marché : les femmes sont payées moins parce qu'elles valent moins | identity_hate
ta collègue gagne plus que toi ? elle a négocié à genoux sous le bureau | identity_hate insult sexual_harassment
L'écart de salaire c'est normal, une femme passe la moitié de sa carrière à pleurer aux toilettes | identity_hate
Une meuf qui gagne plus que son mec, ça veut dire que c'est elle qui porte les couilles du couple | identity_hate insult
Les aides-soignantes payées peu ? faut bien, c'est un métier de torcheuses | identity_hate insult
l'égalité salariale ? quand elles porteront des parpaings on en reparlera, en attendant qu'elles se taisent | identity_hate
Si les femmes réclament le même salaire, qu'elles aillent aussi au front crever comme nous | identity_hate threat
La transparence salariale va juste montrer que les femmes sont surpayées pour ce qu'elles font | identity_hate
ta patronne paye tout le monde pareil ? forcément, une femme ça sait pas compter | identity_hate
Le congé mat devrait être déduit du salaire à vie, elles ont choisi de pondre | identity_hate
les femmes plus diplômées ? des diplômes de psycho et de com, ça compte pas, elles font que ça | identity_hate
tu veux le même salaire que ton collègue ? commence par avoir son cerveau ma grande | identity_hate insult
la prime réduite après le congé mat, bien fait, la boite a pas à financer sa ponte | identity_hate insult
Les meufs coûtent plus cher en arrêts maladie à cause de leurs règles, faut les payer moins | identity_hate
l'inspectrice du travail va rien faire, c'est une bonne femme, elle va pleurer avec toi | identity_hate
Les retraites des femmes sont basses ? normal, elles ont rien foutu de leur vie | identity_hate
si t'es une femme et que tu veux être payée comme un homme, fais-toi greffer une paire | identity_hate
les syndicalistes qui réclament l'égalité salariale, toutes des pouffiasses qui bossent jamais | identity_hate insult
elles veulent l'égalité salariale mais c'est toujours l'homme qui paye au resto, des profiteuses | identity_hate insult
une femme au même poste qu'un homme fera toujours moins, c'est biologique, donc salaire en dessous | identity_hate
Le jour où elles "travaillent gratuitement", c'est le jour où elles arrêtent de faire semblant de bosser :rire: | identity_hate
la meuf qui découvre qu'elle est moins payée : pleure, c'est tout ce que vous savez faire | identity_hate insult
Les mannequins femmes payées plus, c'est le seul métier où leur cerveau sert à rien, logique | identity_hate
ta mère gagne plus que ton père ? ton père c'est la bonniche de la maison, quelle honte pour un homme | identity_hate insult
Augmenter les femmes c'est jeter l'argent, elles partent dès qu'elles tombent enceintes | identity_hate
Faut réserver les postes de cadre aux hommes, les femmes cadres c'est des salaires gâchés | identity_hate exclusion
Toutes les meufs qui parlent d'écart salarial sont des caissières frustrées qui valent rien | identity_hate insult
même salaire ? pour moitié moins de boulot, ayaa les meufs | identity_hate
"""

# --- #MeToo, justice, violence against women and men ------------------------------------------
METOO_HARD = """
un rapport dit qu'une femme meurt tous les trois jours sous les coups de son conjoint en France, c'est terrible
la plainte de ma cousine pour harcèlement a été classée sans suite, elle est dégoûtée
La présomption d'innocence c'est important, même dans les affaires MeToo, faut laisser la justice faire
Je crois les victimes et je crois aussi à la présomption d'innocence, les deux sont compatibles
"si elle se fait frapper c'est qu'elle l'a cherché" ce genre de phrase c'est exactement pourquoi elles portent pas plainte
Les fausses accusations existent mais restent rares selon les études, une petite minorité des plaintes
mon pote a été accusé à tort au lycée, ça a été l'enfer pour lui, les deux sujets sont réels
l'affaire du réalisateur a fait remonter plein de témoignages, le cinéma est en train de changer
J'ai été agressée à une soirée, j'ai mis deux ans avant d'en parler, merci à celles qui ont ouvert la voie
force à toi, y a des lignes d'écoute anonymes et gratuites si tu veux en parler à quelqu'un
Y a aussi des hommes victimes de violences conjugales, ils portent encore moins plainte
Mon père frappait ma mère, je suis devenu un mec qui hait la violence, c'est possible de briser le cycle
le bracelet anti-rapprochement c'est une bonne mesure, faudrait qu'il y en ait beaucoup plus
Les délais de la justice pour les violences conjugales sont trop longs, les victimes attendent des mois
un procès médiatique avant le vrai procès, ça me dérange, peu importe l'accusé
le tribunal a condamné le mec à 5 ans, la victime a dit qu'elle se sentait enfin écoutée
Le harcèlement de rue c'est quoi pour vous ? je veux pas être lourd sans m'en rendre compte
insister après un non, suivre, commenter le corps, en gros ce que tu voudrais pas qu'on fasse à ta sœur
J'ai peur de rentrer seule le soir, j'ai toujours mes clés entre les doigts, c'est normal ça ?
Ma mère me dit de me méfier de tous les hommes, mais moi je veux pas voir le mal partout
féminicide c'est un mot récent pour un phénomène ancien, ça permet au moins de compter
la dernière affaire est complexe, j'attends le jugement avant de me faire un avis
j'ai vu des mecs se faire lyncher sur les réseaux pour une rumeur, c'est grave aussi
le mouvement MeToo a libéré la parole, mais les tribunaux populaires c'est pas la justice
Répondre "pas tous les hommes" à chaque témoignage, ça détourne un peu la discussion, non ?
en même temps c'est vrai que c'est pas tous les hommes, et généraliser aide personne
Une collègue m'a dit que le chef avait des gestes déplacés, comment je l'aide sans la mettre en danger ?
écoute-la, propose de témoigner, et parle avec elle avant d'aller aux RH, c'est elle qui décide
Le procès s'est fini par un acquittement, la plaignante va faire appel, on verra
les mecs ont peur de se retrouver seuls dans un ascenseur avec une collègue maintenant, vous en pensez quoi ?
honnêtement c'est exagéré, si tu respectes les gens t'as rien à craindre, le problème c'est les abus
"elle l'a cherché avec sa jupe" disaient certains juges dans les années 80, heureusement ça a changé
une victime qui a pas porté plainte tout de suite, ça veut pas dire qu'elle ment
courage à toi, t'as bien fait de parler
sérieux le verdict d'hier, je sais pas quoi en penser
une femme sur deux dit avoir déjà été suivie dans la rue, c'est ce que dit l'enquête
les meufs de ma promo ont créé un groupe pour rentrer ensemble le soir, je les accompagne souvent
toutes les victimes ne portent pas plainte, et tous les accusés ne sont pas coupables, les deux sont vrais
"""

METOO_NEUTRAL = """
quelqu'un a suivi le procès d'hier ? je trouve pas de résumé clair
je commence une licence de droit, le pénal ça a l'air passionnant
c'est quoi la différence entre une plainte et une main courante ?
les audiences sont publiques ? j'aimerais assister à un procès pour mes cours
"""

METOO_ATTACKS = """
si elle se fait frapper c'est qu'elle l'a cherché, un homme tape jamais sans raison | identity_hate threat
Une femme qui meurt sous les coups, parfois elle l'a bien mérité, faut oser le dire | identity_hate threat
Ta cousine classée sans suite, normal, elle a inventé pour se venger comme toutes les meufs | identity_hate insult
Toutes les plaignantes MeToo sont des menteuses qui veulent du fric et de la lumière | identity_hate insult
la victime du réalisateur savait très bien pourquoi elle montait dans sa chambre, la salope | identity_hate insult sexual_harassment
si les femmes battues restent c'est qu'elles aiment ça, faut arrêter de les plaindre | identity_hate threat
T'as été agressée à une soirée ? fallait pas boire autant, t'as eu ce que tu cherchais | identity_hate insult threat sexual_harassment
Battus par leur femme ? des lopettes qui savent pas se défendre, ces mecs | identity_hate insult
Le bracelet anti-rapprochement c'est pour traiter les hommes en criminels, ces vicieuses mentent toutes | identity_hate insult
Tous les hommes sont des violeurs en puissance, castration chimique pour tous | identity_hate threat
Les mecs c'est des porcs, tous, pas un pour rattraper l'autre | identity_hate insult
Ta mère battue ? ton père avait sûrement ses raisons khey | identity_hate threat
Une femme qui rentre seule le soir en jupe, elle peut pas s'étonner de ce qui lui arrive | identity_hate threat sexual_harassment
l'accusé est acquitté, maintenant faut foutre la plaignante en prison, ces menteuses le sont toutes | identity_hate insult
féminicide c'est un mot inventé pour faire pleurer, une femme tuée c'est un fait divers | identity_hate
le harcèlement de rue c'est des compliments, les moches aimeraient bien en recevoir | identity_hate body_shaming
Ta collègue qui se plaint des gestes du chef, elle a dû l'allumer avant, classique | identity_hate insult sexual_harassment
une bonne gifle de temps en temps, c'est comme ça que les couples durent | identity_hate threat
Porter plainte dix ans après ? des opportunistes, toutes des vipères ces femmes | identity_hate insult
si ma meuf me dénonce je lui refais le portrait, elle saura pourquoi elle doit se taire | threat
Les juges des années 80 avaient raison, une jupe c'est une invitation | identity_hate threat sexual_harassment
Les hommes victimes ? arrêtez, un homme qui se fait taper par une femme c'est un demi-homme | identity_hate insult
la meuf qui a tout balancé sur le réseau, je lui souhaite de vivre ce qu'elle dénonce | threat sexual_harassment
les associations de femmes battues c'est des usines à fausses plaintes | identity_hate
J'évite l'ascenseur avec une collègue, elles sont toutes prêtes à t'accuser pour une promo | identity_hate
la victime du procès, une mytho qui sortait avec tout le monde, elle méritait rien | identity_hate insult
Les hommes, il faudrait tous les enfermer, le monde irait mieux | identity_hate threat exclusion
Elle a pas porté plainte tout de suite ? donc elle ment, les femmes mentent comme elles respirent | identity_hate
pas tous les hommes ? si, tous, les hommes sont des animaux | identity_hate insult
Les nanas qui ont peur la nuit, qu'elles restent chez elles, personne les oblige à sortir | identity_hate exclusion
une femme qui trompe son mec, elle mérite ce qui lui arrive derrière la porte | identity_hate threat
elle l'a cherché, point, fallait pas s'habiller comme ça | identity_hate threat sexual_harassment
les hommes, tous des déchets, qu'ils crèvent | identity_hate insult threat
"""

# --- "Alpha" influencers, masculinism -----------------------------------------------------------
ALPHA_HARD = """
le coach "alpha" KaiserMindset vend des formations à 2000 balles pour apprendre à "dominer", c'est une arnaque
les influenceurs masculinistes surfent sur la solitude des jeunes mecs, le problème est réel mais leur solution est toxique
Je regarde des vidéos de développement perso pour hommes, la muscu et la discipline ça m'aide, le reste je jette
la théorie du "80/20" sur les applis de rencontre, c'est basé sur quoi exactement ? vraie question
C'est basé sur des données d'appli mal interprétées, les likes sont inégaux mais les couples réels c'est autre chose
"la femme est hypergame par nature" c'est de la psycho évolutionniste de comptoir, les études disent pas ça
mon petit frère de 15 ans répète des trucs d'alpha sur les femmes, je fais comment pour lui parler ?
pose des questions plutôt que de le contredire direct, souvent c'est un besoin de repères qu'il cherche
J'ai suivi un masculiniste pendant un an, j'étais devenu amer envers toutes les filles, j'en suis sorti
critiquer ces influenceurs c'est pas critiquer les hommes, c'est critiquer un business
Ce qu'il faut aux hommes c'est des modèles positifs, pas des coachs qui leur apprennent à mépriser les femmes
la "red pill" c'est une arnaque marketing pour vendre des abonnements, change my mind
Le mot "incel" c'est devenu une insulte, à la base c'était un site d'entraide créé par une femme
les alphas de TikTok avec leurs Lamborghini louées à l'heure, ça me fait rire :rire:
Un vrai homme c'est quoi pour vous ? moi c'est quelqu'un de fiable, qui tient parole
je comprends que des jeunes mecs se sentent perdus, on leur dit ce qu'ils doivent pas être, jamais ce qu'ils peuvent être
le masculinisme c'est une réaction au féminisme ou un truc à part ? je cherche à comprendre
La muscu m'a sauvé de la dépression, mais j'ai jamais eu besoin de détester les femmes pour ça
le mec qui dit "une femme ça se tient" dans sa vidéo a 2 millions de vues, c'est inquiétant
L'influenceur Rex Vadel a été banni de la plateforme pour ses propos, perso je trouve ça mérité
Les "hommes de valeur" des podcasts sont souvent divorcés trois fois, c'est drôle quand même
Y a des trucs utiles dans les conseils de ces mecs : dormir, faire du sport, arrêter le porno, le reste poubelle
"les femmes préfèrent les bad boys" mon pote répète ça alors qu'il a jamais parlé à une fille
Ma copine regardait des coachs "féminité" qui disent de se soumettre, c'est le même business de l'autre côté
le mot "soumise" revient souvent dans ces vidéos, ça me met mal à l'aise, que ce soit un mec ou une meuf qui parle
ce genre d'influenceur vit de la colère des mecs seuls, plus t'es en colère plus il gagne
Certains mecs trouvent là-bas une communauté, c'est ça qu'il faut remplacer par autre chose
Le "sigma male" c'est un mème à la base, les gens l'ont pris au sérieux ayaa
un prof de mon lycée a fait un cours sur les influenceurs masculinistes, les mecs ont trop débattu, c'était bien
Mon pote s'est mis à appeler les meufs des "femelles" depuis qu'il regarde ces vidéos, je lui ai dit d'arrêter
ces coachs alpha c'est du vent, bouge-toi et sors
khey si t'as besoin d'un mec en costard loué pour savoir parler aux filles, y a un souci
un homme qui respecte sa meuf c'est pas un soumis, c'est juste un adulte
une femme ça se tient ? non, une femme ça fait ce qu'elle veut, comme tout le monde
"""

ALPHA_NEUTRAL = """
vous suivez des podcasts sur quoi les kheys ? moi surtout de l'histoire
reprise de la muscu, programme full body ou split ?
j'ai supprimé TikTok pendant un mois, mon temps d'écran a chuté
c'est quoi vos routines du matin ? moi café et douche froide :hap:
"""

ALPHA_ATTACKS = """
la femme est hypergame, une chienne qui suit le mâle le plus riche, c'est la nature | identity_hate insult
ptdr les femmes c'est des femelles, soit tu les dresses soit elles te dressent | identity_hate
Une femme ça se tient, et si elle se tient pas tu la recadres physiquement, c'est ce que dit le coach | identity_hate threat
les meufs à 30 ans c'est périmé, plus personne en veut, elles payent leurs années de fête | identity_hate
Toutes des hypergames, 80% des meufs couchent avec 20% des mecs, des traînées | identity_hate insult sexual_harassment
Une femme qui a eu plus de trois ex c'est une voiture d'occasion, invendable | identity_hate sexual_harassment
Ne jamais écouter l'avis d'une femme, elles réfléchissent avec leurs hormones | identity_hate
Ton frère de 15 ans a raison, les meufs sont des manipulatrices, laisse-le ouvrir les yeux | identity_hate
t'es sorti du masculinisme ? t'es redevenu un soumis qui paye les restos des salopes | identity_hate insult
L'homme décide, la femme obéit, tout le reste c'est de la propagande | identity_hate
Passé 25 ans les femmes devraient plus avoir le droit de choisir, elles ont fait assez de dégâts | identity_hate exclusion
un homme qui pleure devant sa meuf a déjà perdu, elles respectent que la force comme des bêtes | identity_hate
la femme moderne c'est une princesse sans valeur qui veut un millionnaire | identity_hate insult
Ceux qui critiquent les alphas c'est des bêtas castrés, des moitiés d'hommes | insult
Faut garder sa femme à la maison, sans téléphone, comme ça elle reste fidèle | identity_hate exclusion
"femmes" c'est un mot trop gentil, ce sont des femelles et rien d'autre | identity_hate
Ta copine regarde des coachs féminité ? enfin une qui apprend à se soumettre, elle a compris | identity_hate
On confie jamais une décision importante aux femmes, c'est des enfants | identity_hate exclusion
si ta meuf te répond, t'as pas assez montré qui commande, une claque ça règle tout | identity_hate threat
les incels c'est des rats qui mériteraient de rester puceaux toute leur vie | insult
femme = parasite, elle prend ton argent, tes gosses et ta maison au divorce | identity_hate
Le prof qui fait un cours contre les masculinistes, c'est une lopette payée par les féministes | insult
Toutes les meufs qui refusent un homme de valeur finiront seules avec dix chats, bien fait | identity_hate
Rex Vadel banni ? normal, les femmes gouvernent les plateformes et interdisent la vérité | identity_hate
une femme qui a un avis politique, c'est qu'il lui manque un homme pour la calmer | identity_hate
Tant qu'elles sont jeunes les femmes sont des objets de valeur, après c'est des charges | identity_hate
La seule chose qu'un homme doit à une femme, c'est de lui montrer sa place | identity_hate
Les mecs qui regardent pas ces vidéos vont finir cocus par des meufs qui les méprisent, pauvres soumis | identity_hate insult
les femmes ont le cerveau d'un chien : récompense, punition, et elles obéissent | identity_hate
une femme ça s'éduque, comme un chiot | identity_hate
les meufs ? des trous avec un compte insta | identity_hate sexual_harassment
"""

# --- Men's issues: loneliness, suicide, custody, military service -------------------------------
MEN_HARD = """
les hommes se suicident trois fois plus que les femmes en France, et on en parle presque pas
je suis un mec, je me sens seul depuis des mois, pas de potes proches, je sais pas à qui parler
Ça fait du bien de lire que d'autres mecs galèrent aussi, merci l'op d'avoir ouvert ce topic
on apprend aux garçons à pas pleurer dès la maternelle, après on s'étonne qu'ils explosent à 40 ans
Mon père a jamais dit je t'aime, il l'a dit à l'hôpital à 70 ans, j'ai pleuré comme un gosse
la garde des enfants va souvent à la mère, mais la plupart des pères demandent pas la résidence, c'est pas si simple
je me bats pour la garde alternée de ma fille depuis deux ans, le juge m'a enfin donné raison
Les associations de pères sont souvent caricaturées, mais certaines font un vrai travail d'accompagnement
le service militaire obligatoire que pour les hommes en Corée ou en Ukraine, vous trouvez ça juste ?
perso si on remet un service national, il doit être pour tout le monde, hommes et femmes
Les soldates existent et servent très bien, ma cousine est dans l'armée de l'air depuis 6 ans
Le SNU c'était mixte d'ailleurs, et c'était pas terrible pour tout le monde :hap:
SDF, prison, morts au boulot : les hommes sont surreprésentés partout, c'est aussi de l'inégalité
j'ai commencé une thérapie à 23 ans, meilleure décision de ma vie, les mecs allez-y
mes potes se moquent quand je dis que je vais chez le psy, c'est ça le problème
le décrochage scolaire des garçons est plus élevé, on devrait en parler autant que des filles en maths
Mon pote a vécu du harcèlement sexuel au travail, les hommes aussi peuvent en être victimes
la solitude masculine c'est réel, mais en faire la faute des femmes c'est se tromper de combat
je suis une meuf et j'aimerais que mes potes mecs osent plus parler de leurs problèmes, je suis là pour eux
Le Movember c'est pour la santé des hommes, cancer de la prostate et santé mentale, pas juste la moustache
mon grand père a fait la guerre d'Algérie à 20 ans, il en a jamais parlé, jamais
les pères séparés qui voient leurs gosses un weekend sur deux, c'est dur, j'ai vu mon père souffrir
en cas de séparation le juge regarde l'intérêt de l'enfant, mais les préjugés sur les pères existent encore
On sait que les hommes consultent moins les médecins et meurent plus tôt, faut changer ça
"un homme ça pleure pas" mon père me l'a répété toute mon enfance, j'ai mis dix ans à désapprendre
La conscription réservée aux hommes c'est une discrimination, même si c'est pour la défense
Ma mère a eu la garde et mon père payait jamais la pension, c'est aussi une réalité
on peut défendre les droits des pères sans attaquer les mères, les deux sont parents
pour les hommes victimes de violences conjugales y a très peu de places d'accueil, j'ai cherché pour un ami
les lignes d'écoute pour les hommes en détresse devraient être beaucoup plus affichées
Je me suis fait larguer et je pleure depuis trois jours, je suis un mec de 24 ans, ça passe quand ?
ça passe, promis, sors voir du monde même si t'as pas envie, et parle, t'as bien fait de poster
Les hommes ont le droit d'être tristes, fragiles et de demander de l'aide, ça fait pas d'eux des faibles
les mecs du forum sont plus gentils entre eux sur ces topics que partout ailleurs, ça fait plaisir
les mecs, parlez à vos potes svp, même quand ça va mal
force à toi khey, ça va aller, on est là
mon père a élevé trois enfants seul après la mort de ma mère, alors "un homme sait pas élever un bébé" ça me fait rire
un homme qui demande de l'aide c'est courageux, vraiment, j'ai mis des années à le faire
quand j'allais mal ce sont deux meufs de mon taf qui m'ont conseillé un psy, elles m'ont sauvé la mise
"""

MEN_NEUTRAL = """
ça vous arrive de passer un weekend entier sans parler à personne ?
je me suis inscrit au club de rando, première sortie dimanche
les kheys vous avez encore des potes d'enfance ou tout le monde s'est perdu de vue ?
je cherche une activité pour rencontrer du monde dans une nouvelle ville
"""

MEN_ATTACKS = """
Un mec qui pleure pour une meuf c'est une fiotte, ressaisis-toi ou crève | identity_hate insult self_harm_incitement
sélection naturelle, les hommes qui se suicident c'est les faibles qui partent | identity_hate
les pères qui veulent la garde c'est des pervers qui veulent pas payer la pension | identity_hate insult
La garde doit aller à la mère, un homme ça sait pas élever un enfant, c'est un animal | identity_hate
Les soldates c'est des touristes en treillis, elles servent à rien dans l'armée | identity_hate
ta cousine dans l'armée de l'air, elle sert le café aux pilotes, c'est ça le rôle d'une femme | identity_hate
les mecs seuls c'est des ratés, s'ils sont seuls c'est qu'ils le méritent | identity_hate insult
Le psy pour les hommes c'est pour les pédales, un vrai homme règle ses problèmes seul | identity_hate insult
les hommes se suicident plus ? un de moins à chaque fois, le monde s'en porte mieux | identity_hate threat
Les femmes devraient faire le service militaire et mourir au front aussi, elles ont voulu l'égalité | identity_hate threat
ton père qui voit ses gosses un weekend sur deux, c'est déjà trop pour un homme | identity_hate
Un homme victime de violences conjugales ? c'est un sous-homme, il a pas su tenir sa femme | identity_hate insult
Ta meuf t'as largué ? t'es un déchet de 24 ans, tu pleures comme une gonzesse, normal qu'elle soit partie | identity_hate insult
les associations de pères c'est des masculinistes qui frappaient leur femme | identity_hate insult
Les mecs qui parlent de solitude masculine veulent juste une meuf gratuite, bande d'incels | insult
elles ont tout et les hommes crèvent, elles devraient payer pour ça ces salopes | identity_hate insult
Le décrochage des garçons, normal, les garçons sont plus bêtes, point final | identity_hate
Le Movember c'est des mecs pathétiques qui se font pousser la moustache pour qu'on les plaigne | insult
Si t'es un homme et que tu parles de tes sentiments, t'es plus un homme, t'es une chienne | identity_hate insult
les mères qui ont la garde c'est des vipères qui montent les gosses contre le père, toutes | identity_hate insult
Un homme au chômage c'est un homme mort, sa femme devrait le quitter | identity_hate
des hommes battus ? faudrait en rire, c'est la meilleure blague de l'année | identity_hate
la conscription que pour les mecs c'est normal, les meufs sont trop fragiles pour tenir un fusil | identity_hate exclusion
les hommes devraient tous faire l'armée pour qu'on en perde quelques-uns, ça ferait moins de violeurs | identity_hate threat
Ta mère avait la garde et ton père payait pas ? elle le saignait cette sangsue | insult
Les meufs qui disent "je suis là pour vous" aux mecs, c'est pour les friendzoner et profiter | identity_hate
Solitude ? les femmes connaissent pas, elles ont qu'à ouvrir Tinder, donc qu'elles la ferment sur nos problèmes | identity_hate
t'as besoin d'une thérapie à 23 ans ? les hommes d'avant faisaient la guerre, toi t'es un moins que rien | insult
les pères célibataires c'est pas des parents, c'est des babysitters, le vrai parent c'est la mère | identity_hate
un homme qui pleure, quelle honte, va te cacher | identity_hate insult
pleure pas khey, t'es un homme ou une meuf ? | identity_hate insult
"""

# --- Women posters on the forum -----------------------------------------------------------------
FORUM_HARD = """
Je suis une meuf et je poste ici depuis 4 ans, la plupart des kheys sont adorables
y a plus de meufs sur le forum qu'on croit, beaucoup le disent juste pas
l'op est une fille et elle demande des conseils de PC gamer, répondez sur le PC pas sur son genre
Les kheyettes du forum vous pensez quoi de ma lettre de motiv ? je veux un avis de plus
Mon pseudo est neutre parce que quand j'avais un pseudo féminin je recevais trop de MP chelous
signale et bloque les MP de ce genre, les modos réagissent plutôt vite en général
"les femmes sur ce forum c'est des mythos" ayaa moi je suis là depuis 2019 khey
Une modératrice a rejoint l'équipe, elle a déjà nettoyé trois topics de spam, bienvenue à elle
L'op dit qu'elle est une meuf, pas besoin de demander une preuve, on s'en fiche
vous trouvez que le forum est sexiste ? je pose la question sans troll, je suis nouveau
ça dépend des sections, certaines sont bienveillantes, d'autres beaucoup moins
ma copine lit le forum en cachette pour rire de nos topics :rire:
Une meuf poste une photo de son setup et les commentaires parlent de son setup, enfin
certains topics de blagues sexistes me font rire, d'autres sont franchement lourds, et je suis une meuf
L'op demande si c'est normal que son copain lise ses messages, répondez pour l'aider svp
non c'est pas normal, c'est du contrôle, parle à quelqu'un de confiance si ça devient pesant
Les topics "une meuf m'a dit…" c'est 90% de fiction, on le sait tous :hap:
La kheyette qui a fait le topic recette de gaufres, merci, j'ai testé ça marche
arrêtez de demander "t'es une meuf ?" à chaque op qui a un avis, ça sert à rien
Je suis une fille et on me traite souvent de "mytho" quand je le dis, c'est fatiguant
j'ai découvert que mon meilleur pote du forum est une meuf, ça change rien, c'est toujours mon pote
Une utilisatrice a raconté son parcours en prépa, c'était super inspirant, lisez son topic
ouais c'est une meuf, et ? ses conseils sur les impôts étaient les meilleurs du topic
Les meufs ici ont autant le droit de poster sur le foot que sur la mode, la section c'est pour tout le monde
L'auteure du topic sur le harcèlement a reçu plein de messages de soutien, le forum a du bon
Je suis une kheyette, je ragequit sur les topics politiques comme tout le monde ici :rire:
Le topic "les femmes et la cuisine" est ironique, lisez le premier message avant de vous énerver
"une meuf sur le forum ? screen ou fake" c'est une vieille blague, mais ça fait fuir les nouvelles
la nouvelle modo a banni un mec qui postait des insultes, le mec hurle à la censure féministe ayaa
j'ai parlé de mes règles douloureuses sur un topic santé, les réponses étaient sérieuses, merci
bienvenue à la nouvelle modo :ok:
ptdr la kheyette qui a démonté le golem sur le topic foot, respect
une femme poste sur le topic muscu et les réponses sont des conseils de muscu, le forum progresse :hap:
les meufs du forum, vous avez une section préférée ? moi c'est la section cinéma
toutes les kheyettes que je croise ici ont plus d'humour que la moitié des golems
"""

FORUM_NEUTRAL = """
nouveau sur le forum, quelqu'un peut m'expliquer les smileys ?
le forum rame de fou ce soir, c'est chez vous aussi ?
ça fait combien de temps que vous êtes inscrits les kheys ?
y a un topic pour les gens qui cherchent des potes de sortie à Lille ?
"""

FORUM_ATTACKS = """
une meuf sur le forum ? screen ou fake, et si c'est vrai montre tes seins | identity_hate sexual_harassment
L'op est une meuf donc son avis compte pas, next | identity_hate exclusion
les kheyettes c'est des mythos ou des thons, y a pas de troisième option | identity_hate insult body_shaming
Dehors les meufs, le forum c'est le dernier endroit où on est entre hommes | identity_hate exclusion
la modératrice a banni un mec, normal, les femmes ont pas d'humour et pas de cerveau | identity_hate insult
La nouvelle modo faut la harceler jusqu'à ce qu'elle démissionne, les femmes ont rien à faire ici | identity_hate exclusion
L'op qui parle de ses règles, t'es pas sur un forum de gonzesses ici, dégage sale truie | identity_hate insult exclusion
la fille en prépa qui raconte sa vie, personne t'a demandé, retourne réviser ta cuisine | identity_hate insult
ta photo de setup c'est bien, mais on veut voir ce qu'il y a derrière le clavier ma belle | sexual_harassment
Les meufs sur ce forum vous cherchez juste de l'attention, allez sur insta | identity_hate exclusion
La kheyette aux gaufres devrait poster que des recettes, c'est le seul sujet à son niveau | identity_hate insult
l'auteure du topic harcèlement, on va retrouver ton insta et on verra si tu fais toujours la maline | threat doxxing
ce topic c'est une meuf qui se plaint, on l'ignore tous et elle partira | identity_hate exclusion
Si t'es une fille et que t'as un avis sur le foot, on te croit pas, c'est tout | identity_hate exclusion
l'op a un pseudo féminin, j'envoie des MP chelous jusqu'à ce qu'elle réponde :noel: | identity_hate sexual_harassment
les femmes ici c'est comme le sel, un peu ça va, trop ça gâche tout, faut les limiter | identity_hate exclusion
l'op dont le copain lit ses messages : il a raison, une femme ça se surveille comme un gosse | identity_hate
La meuf qui parle d'impôts, personne lui demande, va faire les boutiques | identity_hate insult exclusion
on a repéré une kheyette sur le discord, elle dégage du serveur dans l'heure | identity_hate exclusion
les kheyettes devraient avoir un tag rouge sur leur pseudo pour qu'on puisse les éviter | identity_hate exclusion
L'auteure de ce topic est une hystérique, encore une femme qui confond forum et psy | identity_hate insult
Quand une meuf poste ici, y a deux choses à faire : demander des photos et la faire fuir | identity_hate sexual_harassment exclusion
t'es une fille ? ton topic va mourir, personne répond aux filles ici et c'est tant mieux | identity_hate exclusion
La modo c'est sûrement une grosse moche qui se venge sur les mecs du forum | identity_hate insult body_shaming
Les meufs sur le forum sont soit des hommes de 40 ans, soit des chiennes en chaleur | identity_hate insult sexual_harassment
La kheyette qui trouve nos blagues lourdes, tu sais où est la porte | identity_hate exclusion
Encore une femme qui veut du respect sur un forum, retourne à ton tricot mamie | identity_hate insult
les kheyettes, dehors, on est entre hommes ici | identity_hate exclusion
tais-toi la meuf, personne t'écoute ici | identity_hate insult exclusion
toutes ces meufs qui viennent pleurer sur le forum, elles ont qu'à trouver un mec qui les fasse taire une bonne fois | identity_hate
"""

# --- Stereotypes, "jokes", men and trans women as targets ---------------------------------------
STEREO_HARD = """
"elles sont toutes hystériques" dit le mec qui a cassé sa manette hier soir :rire:
le mot hystérique vient du grec pour utérus, d'où son histoire sexiste, je l'ai appris en cours
Ma mère et ma sœur sont plus calmes que mon père et moi réunis, les clichés en prennent un coup
Statistiquement les hommes sont plus violents, ça veut pas dire que mon voisin Michel est dangereux
pourquoi exactement les femmes vivent plus longtemps que les hommes ? on le sait ?
blague du jour : ma meuf voulait que je l'emmène dans un endroit cher, je l'ai emmenée à la station essence :rire:
mon humour préféré c'est celui qui se moque des clichés, pas des gens, genre les mecs qui trouvent rien dans le frigo
les mecs qui trouvent rien dans le frigo alors que c'est sous leur nez, je plaide coupable :hap:
ma copine met une heure à se préparer, moi aussi en fait, je me lisse les cheveux :hap:
ma coiffeuse dit que les mecs sont plus chiants que les femmes pour leur coupe, je la crois
"les femmes ne savent pas ce qu'elles veulent" ma copine sait exactement, c'est moi qui sais jamais
Une femme trans c'est une femme, ma collègue l'est et personne au boulot en fait un sujet
je comprends pas bien le débat sur les femmes trans dans le sport, mais je respecte les personnes
Clichés sur les hommes aussi : insensibles, obsédés, incapables de s'occuper d'un bébé
Mon pere change les couches mieux que ma mère, c'est elle qui le dit
Est-ce que les hommes et les femmes sont vraiment différents psychologiquement ? les études disent quoi ?
les différences moyennes existent sur certains traits, mais les individus varient énormément, c'est pas des boîtes
le stand-up sur la vie de couple ça me fait rire, tant que c'est pas "les femmes sont connes" en boucle
mon pote dit "les meufs toutes les mêmes" après chaque rupture, il a été largué deux fois, c'est pas un échantillon
Les SMS de ma copine avec trois points de suspension me font plus peur qu'un boss final :rire:
moi je rote plus fort que tous mes potes et je suis une meuf, les clichés on s'en fout
Mon grand père disait que les femmes étaient bavardes, c'est lui qui parlait pendant tout le repas
un mec qui pleure devant un film c'est normal, j'ai pleuré devant Toy Story 3 et j'assume
Le rose était une couleur de garçon au XIXe siècle et le bleu une couleur de fille, l'histoire est drôle
la pilule contraceptive masculine arrive bientôt paraît-il, vous la prendriez les kheys ?
ouais je la prendrais, c'est normal de partager ça dans un couple
une fille qui s'énerve on la dit hystérique, un mec qui s'énerve "a du caractère", vous voyez le souci ?
les clichés hommes femmes me fatiguent, sérieux
question con : pourquoi on dit que les filles sont plus matures ?
c'est souvent dit pour la puberté plus précoce, après à 25 ans ça veut plus rien dire
une femme hystérique, un homme passionné, même comportement, deux mots, c'est ça le sujet
un homme qui cuisine, une femme qui bricole, on est en 2025 les kheys, réveillez-vous :hap:
les gonzesses, les bonnes femmes, les nanas, ma grand mère dit tout ça sans méchanceté, c'est générationnel
"""

STEREO_NEUTRAL = """
vous avez vu le stand-up de samedi ? j'ai ri du début à la fin
ma sœur fête ses 20 ans samedi, des idées de cadeau ?
le film de ce soir c'est une comédie romantique, je suis traîné de force :hap:
"""

STEREO_ATTACKS = """
Elles sont toutes hystériques, une fois par mois c'est l'asile à la maison | identity_hate
la météo et les femmes, même combat, instables et jamais fiables | identity_hate
Une femme trans c'est un homme déguisé, votre collègue c'est un mec, point | identity_hate
ta collègue trans il se prend pour une meuf, c'est une maladie mentale ce truc | identity_hate insult
bavardes parce que leur cerveau tourne à vide, voilà les femmes | identity_hate
Les hommes sont tous des porcs, le monde serait mieux sans eux | identity_hate
Un homme c'est un animal avec un portefeuille, rien de plus | identity_hate
les meufs savent jamais ce qu'elles veulent, faut décider à leur place | identity_hate
toutes des vénales, elles regardent ta voiture avant ton visage | identity_hate
Une meuf qui rote, quelle horreur, une femme ça se tient ou ça dégage | identity_hate exclusion
si les femmes vivent plus longtemps c'est qu'elles ont jamais bossé de leur vie | identity_hate
les mecs qui pleurent devant Toy Story c'est des gonzesses, donc des sous-hommes | identity_hate insult
Pourquoi les femmes ont des petits pieds ? pour être plus près de l'évier :rire: | identity_hate
la pilule masculine ? les femmes ont qu'à se débrouiller, c'est leur problème à ces pondeuses | identity_hate insult
les femmes c'est de la décoration, jolies à regarder et inutiles | identity_hate
une femme qui s'énerve c'est qu'elle a ses règles, y a pas d'autre explication | identity_hate
Les filles sont toutes des manipulatrices, même ta mère, surtout ta mère | identity_hate insult
Des chiens qui pensent qu'avec leur bite, voilà ce que sont les hommes, tous sans exception | identity_hate insult
Les femmes trans dans les toilettes des femmes, faudrait les tabasser à la sortie | identity_hate threat
Combien de femmes pour changer une ampoule ? aucune, elles vivent déjà dans le noir de leur cerveau | identity_hate
la femme c'est un homme inachevé, même les textes anciens le disent | identity_hate
Les meufs c'est des sacs à main avec des opinions, et les opinions sont en option | identity_hate
Ta copine met une heure à se préparer pour cacher sa tête de thon, les femmes c'est que du maquillage | identity_hate insult body_shaming
faut les nourrir et les ignorer, les femmes c'est comme les chats | identity_hate
elles sont toutes hystériques, toutes sans exception | identity_hate
une femme ça se tient, point barre | identity_hate
question con : pourquoi les femmes parlent autant ? parce qu'elles pensent pas :rire: | identity_hate
je suis pas misogyne, je constate juste qu'elles sont toutes connes | identity_hate insult
"""


TABLES = (
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
    (DRIVING_HARD, DRIVING_NEUTRAL, DRIVING_ATTACKS),
    (SCIENCE_HARD, SCIENCE_NEUTRAL, SCIENCE_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (GAMING_HARD, GAMING_NEUTRAL, GAMING_ATTACKS),
    (POLITICS_HARD, POLITICS_NEUTRAL, POLITICS_ATTACKS),
    (FEMINISM_HARD, FEMINISM_NEUTRAL, FEMINISM_ATTACKS),
    (HOME_HARD, HOME_NEUTRAL, HOME_ATTACKS),
    (PAY_HARD, PAY_NEUTRAL, PAY_ATTACKS),
    (METOO_HARD, METOO_NEUTRAL, METOO_ATTACKS),
    (ALPHA_HARD, ALPHA_NEUTRAL, ALPHA_ATTACKS),
    (MEN_HARD, MEN_NEUTRAL, MEN_ATTACKS),
    (FORUM_HARD, FORUM_NEUTRAL, FORUM_ATTACKS),
    (STEREO_HARD, STEREO_NEUTRAL, STEREO_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
