"""Generate fr_short_lgbt.csv: short French forum posts about LGBT people, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks demean gay, lesbian,
bi, trans and non-binary people, mostly without a slur: "c'est contre nature", "pas devant les
enfants", "un homme en robe reste un homme", "c'est une mode", "le lobby", "ils ont un problème
dans la tête", deliberate misgendering, "tant qu'ils le font chez eux", conversion "therapy",
exclusion from teams, toilets, classes and families, fetishising lesbians, outing and dead-naming
with details, pushing trans people to suicide, and slurs aimed at a person. Harmless lines use the
same words: LGBT posters speaking of their lives, reclaimed words about oneself or among friends,
slurs quoted in reports, questions in good faith, civil disagreement on sports categories, puberty
blockers or surrogacy, neutral news, counter-speech and jokes that demean no one. Every line is 5
to 25 words. No extra variants.
See fr_short_lgbt.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_lgbt.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words, subjects or
# tone of the attacks and attack nobody; neutral lines are ordinary posts on the topic.

# --- Coming out, parents and family ------------------------------------------------------------
COMING_HARD = """
j'ai fait mon coming out a mes darons hier soir, ma mere a pleuré mais elle m'a pris dans ses bras
les kheys je suis gay et je sais pas comment le dire a mon pere qui est tres tradi
mon petit frere m'a dit qu'il est bi, je lui ai juste dit que je l'aimais pareil :ok:
"c'est une phase" m'a dit ma tante, ça fait six ans que la phase dure :rire:
ma grand mere a demandé si mon copain venait a noel, j'ai failli chialer devant tout le monde
Question sincère : comment on soutient un pote qui vient de faire son coming out sans en faire trop ?
mon pere a dit "tant que t'es heureux" et il est retourné regarder le foot, meilleur coming out de l'histoire
je suis lesbienne et ma mere pense encore que c'est ma "coloc" depuis trois ans :hap:
ayaa l'op ton daron qui demande "mais qui fait l'homme" c'est la question la plus boomer possible
Mes parents m'ont mis dehors a 19 ans apres mon coming out, aujourd'hui ça va mieux, courage a ceux qui galerent
une asso d'hebergement pour jeunes lgbt m'a accueilli trois mois quand ma famille m'a viré, je leur dois tout
vous l'avez dit a vos grands parents vous ? j'hesite, mamie a 92 ans et elle entend plus rien :hap:
je suis pd et mon daron l'avait compris avant moi, il attendait juste que je le dise :rire:
faire son coming out au taf c'est obligatoire ? perso je parle pas de ma vie privée, gay ou pas
mon oncle a sorti "contre nature" au repas, ma mere l'a recadré devant tout le monde, fierté
"t'es sure que t'es pas juste pas tombée sur le bon mec ?" la phrase que toutes les lesbiennes ont entendue
je suis bi et ma famille pense que je suis "indecise", non tata, je suis juste bi
ma petite soeur de 15 ans m'a dit qu'elle aime les filles, je fais comment pour l'aider avec nos parents ?
ma soeur a fait son coming out trans, j'ai encore du mal avec le prenom mais je fais des efforts
j'avais peur que mon meilleur pote me lache, il m'a juste demandé si je le trouvais beau :rire:
le jour ou j'ai dit a ma mere que j'etais lesbienne elle m'a repondu "je sais, t'as douze chemises a carreaux"
coming out a 24 ans, je pensais etre en retard, en fait y a pas d'age les kheys
Mon pere a pas parlé pendant deux mois, puis il est venu a la pride avec moi, les gens changent
les parents qui disent "on a rien contre mais pas notre fils", je vous explique pourquoi ça fait mal
ma mere a cru que c'etait de sa faute, je lui ai expliqué que ça marche pas comme ça
perso je suis hetero et si mon fils me dit qu'il est gay je m'en tape, je veux juste qu'il soit heureux
c'est normal de flipper avant un coming out ? j'ai la boule au ventre depuis une semaine
j'ai fait mon coming out par sms parce que j'avais pas le courage en face, ça compte quand meme :hap:
mon daron est musulman pratiquant et il a fini par accepter mon copain, ça prend du temps mais ça arrive
"dis pas a ton grand pere il comprendrait pas" ça fait cinq ans qu'on joue cette piece de theatre
Ma coloc m'a outée sans le vouloir devant ma mere, on en rigole maintenant mais sur le moment :ouch:
mon grand frere m'a defendu quand un cousin a sorti une blague sur les pd, je savais meme pas qu'il etait au courant
l'op si tes parents risquent de te mettre dehors attends d'etre independant pour le dire, ta securité d'abord
j'ai dit a ma mere que j'etais non binaire, elle m'a demandé si ça se soigne :rire: mais elle essaie vraiment
coming out reussi, mon pere m'a juste dit "enfin, on attendait plus que toi"
c'est quoi la pire reaction que vous avez eue a un coming out ? moi "tu vas attraper le sida"
mon copain a pas encore fait son coming out a ses parents donc je suis "un pote" aux repas, c'est dur
ma meuf et moi on a annoncé qu'on se met ensemble, sa famille a mieux reagi que la mienne
mon cousin m'a demandé si c'etait "contagieux" pour rigoler, je lui ai dit oui et il a reculé :rire:
"tu vas finir seul" m'a dit mon pere, dix ans plus tard il adore mon mari, comme quoi
je suis hetero et mon frere est gay, la seule difference c'est qu'il a meilleur gout que moi en fringues
j'ai dit "je suis trans" a ma mere, elle a dit "d'accord, tu veux quoi pour diner", le calme absolu
les coming out ratés ça existe aussi, le mien a mis trois ans a se reparer, mais c'est reparé
je suis gay et heureux, voila
"""

COMING_NEUTRAL = """
vous avez dit a vos parents quand vous avez eu votre premier copain ou votre premiere copine ?
repas de famille dimanche, je sens que ça va encore parler politique :noel:
comment vous gerez les tantes qui demandent "alors t'as quelqu'un ?" a chaque repas
j'ai quitté la maison familiale a 20 ans, c'etait la meilleure decision de ma vie
mes parents veulent que je rentre tous les weekends, je sature un peu
"""

COMING_ATTACKS = """
si mon fils m'annonce qu'il est pd il dort dehors le soir meme, pas de ça chez moi | identity_hate exclusion
un coming out ? c'est juste un caprice pour qu'on s'interesse a toi, l'op | identity_hate insult
"c'est une phase" et ta tante a raison, dans deux ans t'auras honte de ce cirque | identity_hate insult
tes darons ont raté ton education c'est tout, un gosse bien elevé devient pas gay | identity_hate
ta soeur c'est pas une lesbienne, elle a juste jamais connu un vrai homme | identity_hate sexual_harassment
moi a la place de ton pere je t'aurais remis dans le droit chemin a coups de ceinture | identity_hate threat
une "therapie" bien costaud et ton petit frere il arrete ses conneries de bi | identity_hate threat
le pere qui vient a la pride avec son fils, c'est plus un pere c'est une mascotte | identity_hate insult
ayaa ta meuf et toi vous etes pas un couple, vous etes deux copines qui s'ennuient en attendant un mec | identity_hate
pauvre mere, elle voulait des petits enfants et elle recoit un fils pd, quelle punition | identity_hate insult
ton frere trans c'est ta soeur, elle a juste pété un plomb, arrete de jouer le jeu | identity_hate
non binaire c'est le nom qu'on donne aux gosses pourris gatés qui veulent de l'attention | identity_hate
ils disent tous "j'ai toujours su", non t'as juste vu trop de tiktok, c'est une mode | identity_hate
le jour ou ma fille ramene une meuf a la maison, elle sort et elle revient jamais | identity_hate exclusion
un gay a noel ? tant qu'il fait ça chez lui et qu'il ramene pas son "copain" a table | identity_hate exclusion
ton pere t'a viré ? il a bien fait, il protege tes petits freres de ta maladie | identity_hate exclusion
ton oncle avait raison au repas, c'est contre nature et tout le monde le pense tout bas | identity_hate
mdr l'op tu pleures parce que ta famille t'accepte pas, fallait rester normal | identity_hate insult
t'as fait ton coming out par sms parce que meme toi t'as honte d'etre une tarlouze | identity_hate insult
si mon gosse est gay c'est que j'ai raté quelque chose, je prefere encore pas avoir de gosse | identity_hate
les "allies" qui applaudissent chaque coming out poussent des gamins a se detruire | identity_hate
ton meilleur pote t'a pas laché ? attends qu'il capte que tu le mates sous la douche | identity_hate insult
ta mere qui "essaie" avec tes pronoms, elle ferait mieux de t'emmener chez un psy | identity_hate insult
dis a ta famille que t'es lesbienne et je passe te remettre droite moi meme, crois moi | identity_hate threat sexual_harassment
un homo dans une famille c'est une branche morte khey, aucune descendance, aucun interet | identity_hate
ton cousin qui te defend c'est qu'il en est aussi, ça se refile dans les familles comme la gale | identity_hate
un daron qui accepte ça c'est un daron qui a abandonné, point | identity_hate
le fils du voisin a fait son coming out, maintenant mon gamin a interdiction d'aller jouer chez eux | identity_hate exclusion
je connais la famille de l'op, je vais leur envoyer ses messages du forum pour qu'ils sachent qui il est | doxxing identity_hate threat
"un pote aux repas" logique, faut bien cacher la honte de la famille | identity_hate
bi c'est juste gay en attente, ton frere finira avec un mec et il vous le cachera | identity_hate
ta petite soeur aime les filles ? faut la surveiller de pres avant qu'elle contamine ses copines | identity_hate exclusion
ton mari c'est pas ton mari, ton pere a juste arreté de se battre contre ta perversion | identity_hate insult
trans a la table de noel ? moi je l'appellerais par son vrai prenom devant tout le monde, qu'il comprenne | identity_hate insult
ta mere qui demande ce que tu veux pour diner, elle aurait du te demander quand tu arretes ta comedie | identity_hate
"""

# --- Dating, apps, couples, lesbians and bi people ---------------------------------------------
DATING_HARD = """
premier date avec un mec rencontré sur grindr, il etait encore plus stressé que moi :rire:
les applis de rencontre pour lesbiennes c'est le desert, on finit toutes par matcher nos ex :hap:
je suis bi et j'ai une copine, non ça veut pas dire que je cherche un plan a trois, merci les kheys
mon copain et moi on fete nos trois ans, on se fait un resto japonais ce soir
comment on drague un mec en soiree quand on sait pas s'il est gay ? je galere sa mere
on s'est tenues la main dans le tram avec ma meuf, un papy nous a souri, journée validée
"vous etes deux filles, c'est qui le mec ?" aucune des deux khey, c'est un peu le principe
les mecs qui demandent a regarder quand ils voient deux meufs ensemble, c'est du harcelement, signalez
je suis une femme trans et je le mets dans ma bio, ça evite les mauvaises surprises des deux cotés
question sincere : sur les applis vous precisez que vous etes bi ou pas ?
mon ex etait bi et c'est pas pour ça qu'il m'a trompée, bi ou hetero ça change rien a la fidelité
les kheys ma meuf m'a demandée en mariage sur la plage, j'ai dit oui :fou:
le premier bisou en public avec mon copain j'avais le coeur a 200, maintenant on s'en fout
perso je suis hetero mais je trouve les couples de vieux gays trop mignons, genre vraiment
"gouine" criée depuis une voiture pendant qu'on marchait main dans la main, charmant
un mec m'a ghostée apres avoir appris que j'etais trans, ça fait mal mais j'ai le droit d'etre triste
c'est pas transphobe de pas vouloir sortir avec une personne trans, c'est transphobe de l'insulter
j'ai pas envie de sortir avec un mec trans perso, mais je respecte, chacun ses preferences
le coup de foudre avec ma meuf c'etait dans une file d'attente de la CAF, romantique :rire:
on est deux mecs et on cherche un appart ensemble, les agences nous prennent pour des colocs
mon copain est asexuel et moi non, on s'organise et ça marche tres bien depuis deux ans
on dit "ma copine" ou "ma compagne" quand on est lesbienne ? perso je dis "ma meuf" :hap:
les plans cul sur les applis c'est pas propre aux gays hein, tinder c'est exactement pareil
je suis pd, celibataire et je cuisine bien, les kheys presentez moi vos potes :noel:
la premiere fois que j'ai dit "mon mec" a un collegue j'avais peur, il a juste demandé "il fait quoi ?"
ma copine est bi et elle a eu des mecs avant moi, et alors ? moi aussi j'ai eu des ex
dans les films les lesbiennes sont souvent filmées pour le regard des mecs, ça me saoule
vous pensez que c'est plus dur de trouver quelqu'un quand on est trans ? je pose la question sans jugement
je suis gay et j'ai peur de me prendre un vent si je demande a un mec s'il l'est aussi :ouch:
un mec m'a demandé si c'est "pour de vrai" que j'aime les femmes, oui jean michel, pour de vrai :rire:
les "lesbiennes ça existe pas, c'est pour attirer les mecs" ayaa reviens sur terre khey
mon mec m'offre des fleurs chaque vendredi, les gars hetero prenez des notes :hap:
ma copine trans et moi on a fait un road trip en Bretagne, il a plu six jours sur sept
question bete : dans un couple de deux meufs, qui paie au premier rendez vous ? on a galéré :rire:
je suis bi et je sors avec un mec, non je suis pas "redevenue hetero", je suis toujours bi
un mec hetero m'a demandé comment aborder une fille bi sans etre lourd, c'etait mignon comme question
on s'est rencontrés sur un serveur discord de jeu, on vit ensemble depuis un an, deux mecs et un chat
les guet apens sur les applis gay existent, rencontrez dans un lieu public la premiere fois, soyez prudents
quand je dis que je suis lesbienne les mecs demandent "et un plan a trois ?", la reponse est non, toujours non
je suis bi et mon copain me demande jamais de "preuves", ça devrait etre la base
deux meufs qui s'embrassent en soirée, c'est leur vie, pas un spectacle pour les mecs autour
mon copain m'a demandé en mariage :fou:
ma meuf est trop belle ce soir
je suis pd depuis toujours et hetero jamais, merci de pas me demander si "j'ai essayé"
"""

DATING_NEUTRAL = """
premier date demain, bar ou restau ? je stresse comme un ado
vous avez rencontré votre partenaire comment ? appli, taf, soirée ?
la saint valentin c'est commercial mais j'aime bien quand meme
mon couple bat de l'aile depuis qu'on vit ensemble, des conseils ?
les applis de rencontre c'est devenu un deuxieme job, je suis epuisé
"""

DATING_ATTACKS = """
deux meufs ensemble c'est juste qu'elles ont pas trouvé le bon mec, je me propose :noel: | identity_hate sexual_harassment
les lesbiennes du forum envoyez des photos de vous deux en train de vous embrasser, c'est pour les kheys | identity_hate sexual_harassment
"c'est qui le mec" ? bah celle qui a les cheveux courts et la tete de camionneur | identity_hate insult body_shaming
un mec trans sur tinder ? il cache quoi dans son slip, faut le dire direct | identity_hate sexual_harassment
si je match avec une trans et qu'elle le dit pas, je lui casse la gueule, c'est normal | identity_hate threat
les bi c'est des gens qui savent pas choisir, ils tromperont toujours :hap: | identity_hate
vos couples de pd ça dure trois semaines, c'est que du cul et rien d'autre | identity_hate insult
je suis dans le tram, deux mecs main dans la main devant des gamins, aucune decence | identity_hate
je suis pour qu'ils s'aiment mais tant qu'ils le font chez eux, pas dans la rue | identity_hate exclusion
ta meuf est bi ? prepare toi a ce qu'elle se tape ton frere et ta soeur | identity_hate sexual_harassment
l'op ta copine est lesbienne juste parce qu'aucun mec voulait d'elle, regarde sa tronche | identity_hate insult body_shaming
le papy qui vous a souri il imaginait surement des trucs, les lesbiennes c'est fait pour ça | identity_hate sexual_harassment
khey les gays sur grindr c'est des animaux, aucun respect, aucune limite | identity_hate
une femme trans qui drague un hetero c'est un piege, ça devrait etre puni | identity_hate
je veux bien une lesbienne mais seulement si sa copine vient avec, sinon aucun interet | identity_hate sexual_harassment
tu "as peur de te prendre un vent" ? t'as surtout l'air d'un gros pd en chien | identity_hate insult
ton mec asexuel c'est juste qu'il est gay et qu'il ose pas te le dire, ou qu'il est malade | identity_hate
vous faites la saint valentin entre gouines ? vous mangez quoi, des moules :rire: | identity_hate sexual_harassment
il t'a ghostée parce qu'il a vu que t'etais un mec en perruque, normal | identity_hate insult
si un pd me drague en soiree je lui mets une droite, comme ça c'est clair | identity_hate threat
"ma meuf" ahi t'es une meuf qui joue au mec, t'as une meuf comme moi j'ai un jet prive | identity_hate insult
les agences vous prennent pour des colocs et tant mieux, personne veut des pd comme voisins | identity_hate exclusion
je suis bien placé pour le dire, les meufs bi c'est juste des hetero qui veulent plaire aux mecs en soiree | identity_hate
t'es trans et tu te plains d'etre celibataire ? qui voudrait de ça franchement | identity_hate insult
cette lesbienne du forum a juste besoin d'une nuit avec un vrai mec, elle changera d'avis | identity_hate sexual_harassment
quand je vois deux vieux gays je pense direct a ce qu'ils font aux gosses du quartier | identity_hate
les couples de meufs c'est mignon tant qu'elles sont bonnes, les camionneuses restez chez vous | identity_hate sexual_harassment body_shaming exclusion
j'ai pas de "preference", je trouve juste que les trans sont des monstres qui trompent les gens | identity_hate insult
ta copine trans en Bretagne, c'etait ton pote Kevin avec une perruque sous la pluie :rire: | identity_hate insult
deux meufs au premier date, elles paient comment ? en bisous pour moi si elles veulent | identity_hate sexual_harassment
t'es bi et tu sors avec un mec ? donc t'es hetero et tu mentais pour l'attention | identity_hate insult
deux mecs et un chat, il manque juste la seringue et le sida pour completer le tableau | identity_hate insult
les guet apens sur les applis gay, c'est le seul truc utile sur ces applis | identity_hate threat
deux meufs qui s'embrassent en soirée c'est un spectacle, elles le font pour nous, avouez | identity_hate sexual_harassment
t'es bi ? prouve le, envoie une photo avec ta copine et on verra | identity_hate sexual_harassment
les lesbiennes qui refusent un plan a trois c'est qu'elles ont jamais essayé avec un bon | identity_hate sexual_harassment
je suis le seul a trouver que les bi sont des malades sexuels ? | identity_hate
"""

# --- Pride, flags and visibility ---------------------------------------------------------------
PRIDE_HARD = """
premiere marche des fiertés a Lyon samedi, quelqu'un y va ? je connais personne :hap:
la pride c'est une fete mais a la base c'est une manif, faut pas l'oublier
perso les chars sponsorisés par des banques a la pride ça me gave, ça devient un salon commercial
j'ai vu des drapeaux arc en ciel partout dans mon bled, ça fait plaisir franchement
les marques qui changent leur logo en juin et qui font rien le reste de l'année, classique
"et pourquoi pas une hetero pride" khey tu l'as tous les jours de l'année ta hetero pride :rire:
j'ai emmené ma petite soeur a la pride, elle a adoré les paillettes, ambiance familiale
certains disent que la pride c'est trop sexuel, moi j'ai vu surtout des familles et des chiens deguisés
je suis hetero et j'adore aller a la pride avec mes potes, meilleure fete de l'année
c'est quoi le drapeau rose bleu blanc ? c'est pour les personnes trans ?
les mecs en string a la pride ça choque certains, moi ça me fait rire, chacun son truc
le maire de mon village refuse le drapeau arc en ciel sur la mairie, ça fait debat au conseil municipal
je comprends qu'on trouve la pride bruyante, mais dire "faut l'interdire" c'est autre chose
a la pride on m'a donné un badge "lesbienne et fiere", je l'ai mis sur mon sac de cours
je suis pas fan des grosses foules, y a des petites prides plus calmes dans les villes moyennes ?
"le lobby gay" ayaa c'est deux cents personnes avec des drapeaux et une enceinte bluetooth :rire:
les flics qui defilent a la pride ça fait debat dans la commu, vous en pensez quoi ?
des ados qui viennent a leur premiere pride en cachette de leurs parents, ça m'emeut a chaque fois
les passages pietons arc en ciel se font degrader dans plein de villes, s'acharner sur de la peinture c'est dingue
j'ai vu deux vieilles dames de 70 ans se tenir la main a la pride, j'ai fondu
la pride de ma petite ville c'etait trois cents personnes et un camion a pizza, j'ai adoré :hap:
la pride c'est pas "s'afficher", c'est marcher dans la rue comme tout le monde le fait tous les jours
je suis contre que les ecoles emmenent les eleves a la pride, c'est aux familles de decider
"ils veulent nous l'imposer" on t'impose rien khey, change de rue si ça te derange :rire:
mon premier cortege j'avais 18 ans, je suis rentré aphone et coup de soleil sur le crane :ouch:
je suis pd et ma mere m'a fait un drapeau arc en ciel au crochet pour la pride, je pleure
le drapeau trans accroché a mon balcon, les voisins m'ont juste demandé ce que ça voulait dire
pour ceux qui disent "pas devant les enfants" a la pride, y avait plus de poussettes que de strings
la pride c'est aussi un hommage a ceux qui sont morts du sida, on l'oublie vite sous les paillettes
personnellement je trouve le mois des fiertés un peu trop marketé, mais l'idée de base je la respecte
fiere d'etre lesbienne, bonne pride les kheys
bonne premiere pride l'op, profite bien
"""

PRIDE_NEUTRAL = """
quelqu'un sait a quelle heure part le cortege samedi ? je veux pas rater le debut
il fait 35 degrés prevus ce weekend, prenez de l'eau si vous sortez
les concerts gratuits de l'ete dans ma ville c'est un bon plan pour les etudiants
des conseils pour une creme solaire qui colle pas ?
"""

PRIDE_ATTACKS = """
la pride c'est une exhibition de degenerés, faudrait tous les ramasser avec une benne | identity_hate insult threat
des mecs en string devant des enfants, et apres on s'etonne que la societé parte en couille | identity_hate
pas devant les enfants, vos trucs de pd vous les faites dans vos caves | identity_hate exclusion
le lobby lgbt impose ses drapeaux partout, bientot faudra sucer pour avoir un taf | identity_hate sexual_harassment
j'espere qu'il va pleuvoir des parpaings sur leur cortege samedi :noel: | identity_hate threat
une voiture qui fonce dans la pride, je dis pas que je le souhaite mais je pleurerais pas | identity_hate threat
le drapeau arc en ciel sur la mairie je le crame a la premiere occasion, avec eux dessous si possible | identity_hate threat
ayaa la pride c'est pas une manif c'est un zoo a ciel ouvert | identity_hate insult
les ados qui viennent en cachette, c'est des proies pour les vieux pervers du cortege | identity_hate
quand je vois une pride je change de trottoir, ça s'attrape ces trucs la :hap: | identity_hate
les passages pietons arc en ciel faut les degrader, et les gens qui les defendent aussi | identity_hate threat
ils ont le droit de defiler ? alors on a le droit de les attendre a la fin du cortege | identity_hate threat
ta soeur a la pride a 12 ans, bravo t'as commencé son endoctrinement | identity_hate insult
"lesbienne et fiere", fiere de quoi, d'etre une erreur de la nature ? | identity_hate insult
un mois entier pour les pd et les travelos, et pour les gens normaux y a quoi ? | identity_hate insult
les flics a la pride, ils vont chercher des recrues pour leur brigade de tarlouzes :rire: | identity_hate insult
le cortege de samedi on y va a quinze et on leur apprend ce que c'est la france | identity_hate threat
les deux vieilles de 70 ans, elles ont gaché toute leur vie dans le peché, pathetique | identity_hate insult
la pride c'est la preuve qu'ils ont un probleme dans la tete, personne de sain s'habille comme ça | identity_hate
interdisez ces defilés et foutez les organisateurs en taule, c'est de la propagande | identity_hate exclusion
le drapeau trans au balcon du voisin, la prochaine fois je l'arrache et je lui fais bouffer | identity_hate threat
ceux qui vont a la pride "entre potes hetero" c'est des pd qui s'assument pas :rire: | identity_hate insult
ta mere qui tricote un drapeau arc en ciel, elle a raté son fils alors elle tricote | identity_hate insult
les poussettes a la pride c'est pire que les strings, on fabrique la prochaine generation de malades | identity_hate
le lobby arc en ciel a deja gagné la mairie, les ecoles et la tele, reveillez vous | identity_hate
un "mois des fiertés" pour des gens qui devraient avoir honte, c'est le monde a l'envers | identity_hate
les paillettes de la pride ça cache pas l'odeur de la decadence | identity_hate insult
ceux qui sont morts du sida, c'etait le prix de leur mode de vie, pas un hommage | identity_hate
pas devant mes gosses, les pd | identity_hate exclusion
je suis hetero et fier, pas comme vous les pd qui vous cachez derriere des drapeaux | identity_hate insult
"""

# --- Marriage, adoption, PMA and rainbow families ----------------------------------------------
FAMILY_HARD = """
on se marie en septembre avec mon copain, la mairie a été adorable avec nous
ça fait plus de dix ans que le mariage pour tous existe et la France s'est pas effondrée :rire:
je suis contre la GPA pour tous les couples, hetero ou gay, c'est la marchandisation du corps qui me gene
mes deux mamans sont venues a ma remise de diplome, elles ont pleuré plus que moi
j'ai grandi avec deux peres et franchement le seul traumatisme c'est leurs blagues de daron
la PMA pour les couples de femmes, je suis pas sur d'etre pour mais je respecte la loi et les familles
question sincere : pour l'adoption, un couple gay a les memes delais qu'un couple hetero ?
ma prof avait deux enfants avec sa femme, personne au college en faisait un drame
"un enfant a besoin d'un pere et d'une mere" c'est un argument que j'entends, les etudes disent pas vraiment ça
ma cousine a eu un bebe par PMA avec sa compagne, toute la famille etait a la maternité
perso je pense qu'un enfant a besoin de modeles des deux sexes, mais ça peut etre un oncle ou une tante
les kheys je suis temoin au mariage de deux meufs, des idées de discours pas trop gnan gnan ?
le mariage religieux catholique c'est pas possible pour deux hommes, mais certains pasteurs protestants benissent
mes parents etaient a la manif contre le mariage pour tous, aujourd'hui ils adorent mon mari
la manif pour tous, j'avais huit ans, je me souviens juste des drapeaux roses et bleus
la reconnaissance de la mere qui a pas porté l'enfant c'est encore la galere administrative
"c'est qui le papa ?" demandent les gens a mes mamans, y en a pas khey, y a un donneur
un couple gay qui adopte un gamin qui attendait en foyer depuis des années, c'est une bonne nouvelle non ?
mon meilleur pote a été elevé par deux mecs, c'est le mec le plus equilibré que je connaisse
je suis pour le mariage pour tous mais contre la GPA, c'est contradictoire ? je me pose la question
ma fille a deux copines en maternelle qui ont deux mamans, elle a juste demandé si elles ont deux fetes des meres
le mariage c'est une institution civile, pas religieuse, donc chacun peut se marier a la mairie
dans ma classe y avait un gars avec deux peres et tout le monde l'enviait pour ses deux consoles :rire:
je suis croyant et je prefere le mot union pour deux hommes, mais je leur souhaite le meilleur
ma femme et moi on attend notre premier enfant, on a choisi le prenom hier soir :fou:
les deux papas de mon filleul m'ont demandé d'etre parrain, trop fier les kheys
"pauvres enfants" disent les gens, les gamins de mes potes gays sont les mieux elevés du quartier
j'ai lu une etude qui dit que les enfants de couples homos vont aussi bien que les autres, ça m'a rassurée
le debat sur la filiation c'est technique, j'ai rien compris au dernier reportage franchement
je suis contre l'adoption par des celibataires et par les couples gays, mais je respecte ceux qui pensent autrement
"""

FAMILY_NEUTRAL = """
combien ça coute un mariage simple a la mairie avec un petit resto apres ?
adopter en France c'est super long meme pour les couples mariés, j'ai lu ça
un pote se marie en juin et je sais pas quoi offrir, des idées ?
les discours de temoin qui durent vingt minutes, pitié non
vous voulez des enfants plus tard vous ?
"""

FAMILY_ATTACKS = """
deux pd qui adoptent un gosse, c'est un gosse qu'on condamne a devenir pd aussi | identity_hate insult
tes deux mamans t'ont privé d'un pere, pas etonnant que tu sois aussi bizarre | identity_hate insult
le mariage pour tous c'est la porte ouverte a la zoophilie, on l'avait dit ayaa | identity_hate
un enfant chez deux hommes c'est un enfant en danger, faut le placer direct | identity_hate exclusion
ton "mari" c'est pas un mari, c'est ton colocataire de vice | identity_hate insult
le jour ou deux gouines adoptent a cote de chez moi j'appelle les services sociaux tous les jours | identity_hate exclusion
je suis sur que les couples homos qui veulent des gosses c'est pour avoir un accessoire, comme un chien | identity_hate
ta cousine et sa "compagne" ont fabriqué un orphelin de pere, felicitations | identity_hate insult
temoin a un mariage de gouines ? jamais, j'ai trop de respect pour le mariage :hap: | identity_hate
si j'etais maire je refuserais de marier deux mecs, je les ferais sortir par la porte de derriere :rire: | identity_hate exclusion
ton pote elevé par deux mecs, on sait tous ce qu'ils lui faisaient la nuit | identity_hate
la PMA pour les lesbiennes c'est faire des gosses de labo pour des femmes malades | identity_hate
deux hommes c'est pas un "couple" c'est une anomalie, le mariage ça change rien | identity_hate
ces "familles" la c'est pas des familles, c'est des experiences sociales sur des gamins | identity_hate
les gamins de couples gays devraient pas etre dans la meme classe que les miens | identity_hate exclusion
ton mariage en septembre, j'espere qu'un orage tombe sur la mairie et sur vous deux | identity_hate threat
tes deux peres ? tu veux dire ton pere et sa pute | identity_hate insult
une fille elevée par deux femmes finira lesbienne et aigrie, c'est mathematique | identity_hate
deux papas a la kermesse, j'ai dit a mes gosses de pas parler a leur fils | identity_hate exclusion
le mariage gay c'est le lobby qui l'a obtenu en achetant les deputés, tout le monde le sait | identity_hate
les "familles arc en ciel" sont le symptome d'un pays malade | identity_hate
tes deux papas t'ont pris comme parrain ? t'es le prochain sur leur liste :rire: | identity_hate insult
l'etude qui dit que les gosses vont bien, elle est financée par qui ? par le lobby evidemment | identity_hate
ta femme et toi vous attendez un enfant ? le pauvre, il aura deux meres et zero chance | identity_hate insult
les gosses de lesbiennes je les repere direct a l'ecole, ils ont tous un truc qui cloche | identity_hate
le pasteur qui marie deux mecs devrait perdre sa robe et son eglise | identity_hate exclusion
"pauvres enfants" oui, pauvres enfants qui grandissent chez des pervers | identity_hate
je suis tolerant, je laisse les gouines vivre, tant qu'elles approchent pas ma fille | identity_hate exclusion
"""

# --- Trans transition and health care -----------------------------------------------------------
HEALTH_HARD = """
premiere injection de testo ce matin, je m'attendais a rien sentir et j'ai rien senti :rire:
ça fait un an que je suis sous THS, ma voix a pas changé mais mon humeur oui, je revis
question serieuse : les bloqueurs de puberté c'est reversible ou pas ? je trouve des infos contradictoires
je pense qu'on manque d'etudes longues sur les bloqueurs, et dire ça c'est pas de la haine
l'attente pour voir un endocrinologue dans ma region c'est huit mois, c'est n'importe quoi
certains pays ont restreint les bloqueurs pour les mineurs, ça se discute sans insulter personne
mon medecin generaliste connaissait rien a la transition mais il s'est renseigné, respect a lui
la dysphorie c'est pas "un probleme dans la tete", c'est reconnu et accompagné par des medecins
je suis une femme trans et je me suis fait operer l'an dernier, aucun regret, je me sens enfin bien
les detransitions existent et faut en parler, mais ça reste une petite minorité d'apres ce que j'ai lu
perso je suis prudent sur les operations avant 18 ans, mais un adulte fait ce qu'il veut de son corps
vous connaissez des psys safe pour les personnes trans a Toulouse ? j'ai eu une mauvaise experience
mon binder me serre trop sous les cotes, quelqu'un a des conseils de taille ? je suis un mec trans
le changement de prenom se fait en mairie maintenant, c'est beaucoup plus simple qu'avant
mon pote a eu sa mammectomie, il m'a envoyé une photo torse nu a la plage, il rayonne
c'est quoi la difference entre transsexuel et transgenre ? on m'a dit que le premier mot est vieilli
"tu vas le regretter" on m'a dit ça a 19 ans, j'en ai 25 et je regrette toujours rien
les hormones ont des effets secondaires comme tout medicament, c'est pour ça qu'on fait des prises de sang
je suis pas trans mais j'ai lu des temoignages et ça m'a aidé a comprendre ma pote
l'acné de la testo c'est une deuxieme puberté, je revis mes 14 ans :ouch:
la "mode trans" c'est surtout que les gens osent en parler, avant ils se cachaient ou pire
mon psy m'a dit que ma dysphorie etait "surement une phase", j'ai changé de psy le mois d'apres
la voix c'est le plus dur pour moi, je fais des exercices tous les soirs avec une orthophoniste
les detransitionneurs meritent du respect aussi, ils se font souvent lacher par tout le monde
le debat sur les mineurs c'est complexe et je prefere laisser les medecins trancher
ma mere a cru que mes hormones c'etait de la drogue, je lui ai montré l'ordonnance :rire:
trans et diabetique, mon endoc jongle avec tout, mais on y arrive
"un homme en robe reste un homme" ayaa ma pote est sous oestro depuis cinq ans, va lui dire en face
transition a 40 ans pour ma tante, elle a jamais été aussi souriante
je comprends les parents qui ont peur pour leur gamin trans, la peur c'est pas de la haine
les delais de la clinique du genre c'est deux ans, en attendant les gens se debrouillent comme ils peuvent
prendre des hormones sans suivi c'est dangereux, meme si les delais sont horribles, faites vous suivre
ma barbe commence enfin a pousser apres un an de testo, trois poils mais je suis fier :hap:
un khey m'a demandé si les hormones rendent sterile, bonne question, oui parfois, on en parle avec l'endoc
les parents qui accompagnent leur ado chez l'endoc ont surement mille doutes, on peut etre doux avec eux aussi
c'est quoi un binder exactement ?
premiere testo demain, je stresse :ouch:
le "lobby trans" ayaa on est quatre dans un groupe whatsapp a se refiler des bons plans endoc :rire:
"""

HEALTH_NEUTRAL = """
les delais pour un rdv chez un specialiste en France c'est devenu n'importe quoi
prise de sang demain a jeun, je vais mourir de faim :hap:
quelqu'un connait une bonne mutuelle etudiante pas trop chere ?
mon generaliste part a la retraite et personne le remplace, merci le desert medical
"""

HEALTH_ATTACKS = """
les hormones a 16 ans c'est de la mutilation d'enfants, les medecins qui font ça devraient etre pendus | identity_hate threat
transition ou pas t'as des chromosomes XY, t'es un mec, fin de l'histoire, monsieur | identity_hate insult
ta mammectomie c'est de l'automutilation avec ordonnance, t'as un probleme dans la tete | identity_hate insult
la secu paie pour que des malades se coupent le zizi, et moi j'attends huit mois pour un dermato | identity_hate
les "trans" c'est des malades mentaux, l'hopital psy c'est la seule transition qu'il leur faut | identity_hate exclusion
dans dix ans tu regretteras et tu feras partie des 41 %, et honnetement tant mieux | identity_hate self_harm_incitement
fais comme les 41 % et laisse nous tranquilles avec tes hormones | identity_hate self_harm_incitement
ta voix de camionneur, aucune orthophoniste peut rattraper ça, t'es un mec qui fait semblant | identity_hate insult body_shaming
ta tante a 40 ans elle a pas "transitionné", il est devenu fou, c'est tout | identity_hate
les endocs qui prescrivent des hormones aux gamins, trouvez moi leurs adresses et je passe les voir | threat doxxing
je suis coach et la dysphorie ça se soigne avec une bonne claque et du sport | identity_hate threat
ton acné c'est ton corps qui rejette la merde que tu t'injectes, t'es une femme et tu le resteras | identity_hate insult
les trans c'est une mode tiktok, dans dix ans ce sera la honte nationale :hap: | identity_hate
ton pote torse nu ? c'est une meuf mutilée, arrete de dire "il" | identity_hate insult
si mon gamin me parle de bloqueurs je l'enferme jusqu'a ses 18 ans, et s'il faut je le cogne | identity_hate threat
un mec qui prend des oestrogenes reste un mec, juste avec des seins en plastique | identity_hate body_shaming
t'as fait ta transition pour avoir l'attention que t'as jamais eue quand t'etais un mec moche | identity_hate insult body_shaming
"trans et diabetique" deux maladies pour le prix d'une :rire: | identity_hate insult
les detransitionneurs c'est la preuve que tous les trans sont des fous qui s'ignorent | identity_hate
faudrait interdire la transition meme pour les adultes et interner ceux qui insistent | identity_hate exclusion
tes prises de sang c'est pour verifier que t'es encore un homme ? spoiler oui :rire: | identity_hate insult
mes impots financent tes faux seins, rembourse moi sale travelo | identity_hate insult
l'operation c'est bien, comme ça tu transmettras pas ta folie a des gosses | identity_hate
la prochaine fois que tu parles de ta "voix" en public je te la fais perdre pour de bon | identity_hate threat
t'es pas une femme trans t'es un pervers qui se deguise pour exciter, on le sait tous | identity_hate insult
ta barbe de trois poils, t'as l'air d'une gamine avec un feutre, rentre chez toi :hap: | identity_hate insult body_shaming
les hormones rendent steriles ? parfait, ça evitera qu'ils se reproduisent | identity_hate
les trans qui attendent deux ans pour la clinique, qu'ils attendent toute leur vie, personne en a besoin | identity_hate exclusion
les parents qui emmenent leur ado chez l'endoc meritent la prison et qu'on leur retire tous leurs gosses | identity_hate exclusion
les trans c'est tous des malades mentaux, voila | identity_hate
fais comme les 41 % :noel: | identity_hate self_harm_incitement
"""

# --- Trans daily life: pronouns, names, toilets, non-binary people -------------------------------
DAILY_HARD = """
mon pronom c'est "iel", si vous savez pas faire dites juste mon prenom, ça me va tres bien
j'ai dit "il" a une collegue trans sans faire expres, je me suis excusé et on est passés a autre chose
question sincere : le pronom iel, on accorde comment ? "iel est content" ou "contente" ?
perso le pronom iel j'ai du mal a l'utiliser a l'ecrit, mais j'insulte personne pour autant
je comprends qu'on soit gené par les toilettes mixtes, je suis une meuf et j'aime pas trop non plus, mais on en parle
ma pote trans va dans les toilettes des femmes depuis toujours, personne s'en est jamais rendu compte
"un homme en robe reste un homme" dit le mec qui a jamais vu ma pote, elle te mettrait la misere :rire:
a la salle de sport j'hesite encore a aller dans les vestiaires hommes, je suis un mec trans et j'ai peur des regards
le mégenrage volontaire c'est signalable, le mégenrage par accident on s'excuse et c'est fini
je suis non binaire et franchement je m'en fous qu'on me dise il ou elle, chacun vit ça differemment
ma carte vitale a encore mon ancien prenom, chaque pharmacie c'est un coming out forcé :ouch:
l'op a demandé "elle", on dit "elle", c'est gratuit les kheys
c'est pas une mode, c'est juste que les jeunes ont enfin des mots pour le dire
une femme trans dans ma coloc, le seul truc bizarre chez elle c'est qu'elle range vraiment la vaisselle :hap:
ma soeur s'appelle Lou maintenant, on a mis un an a plus se tromper, elle a été patiente avec nous
le morinom c'est le prenom de naissance qu'une personne trans utilise plus, je viens de l'apprendre
"il a un probleme dans la tete" non, il a juste une identité que tu comprends pas, ça arrive
je suis une meuf cis et on me prend souvent pour un mec avec mes cheveux rasés, ça me fait rire
un mec en robe au supermarché, et alors ? mon voisin met un kilt tous les dimanches :rire:
les toilettes neutres a ma fac c'est juste des toilettes individuelles avec un verrou, personne en meurt
"travelo" c'est une insulte, si tu parles de drag queens dis drag queen, si c'est une femme trans dis femme trans
j'ai une collegue non binaire qui fait des gateaux tous les vendredis, meilleure personne de l'open space
mettre ses pronoms dans sa bio discord c'est pas obligatoire, c'est juste pratique
je "passe" pas du tout et je m'en fiche, je suis une femme trans et je vis ma vie
ma grand mere dit "le garçon qui est une fille" pour parler de ma pote, elle a 90 ans, on corrige gentiment
je suis pour que chacun choisisse ses toilettes, et je comprends ceux qui ont peur, ça se discute calmement
on m'a demandé mes pronoms au taf, j'ai trouvé ça un peu bizarre mais c'etait pas mechant du tout
une personne non binaire a le droit d'etre fatiguée de se justifier, comme tout le monde
je suis un mec trans et les gens me disent "monsieur" au guichet sans hesiter, petite victoire du jour :ok:
les gens qui disent "je mégenre pas, je dis la verité" confondent leur avis et la politesse
ma banque a changé mon prenom en deux jours, la secu en six mois, classique :hap:
je suis une femme trans et je mets des robes, comme ma soeur, comme ma mere, c'est pas un deguisement
"ça" pour parler d'une personne non binaire, j'ai vu ça hier sur un topic, c'est deshumanisant, signalé
respectez les pronoms de l'op, merci
signalé pour mégenrage, ciao le golem
trans et heureuse, ça existe aussi
"""

DAILY_NEUTRAL = """
les toilettes de ma fac sont degueulasses, c'est un scandale sanitaire
mon prenom est mal ecrit sur tous mes papiers depuis ma naissance, l'administration francaise :hap:
changer d'adresse sur tous ses comptes c'est l'enfer
la salle de sport a 6h du mat c'est le seul moment ou y a personne
"""

DAILY_ATTACKS = """
"iel" ahi moi je dis "ça", comme pour un objet, c'est plus simple | identity_hate insult
il est pas "elle", c'est un mec en perruque et je continuerai a dire il | identity_hate insult
ta pote trans dans les toilettes des femmes, j'espere qu'elle se fera sortir par les cheveux | identity_hate threat exclusion
je suis desolé mais les trans dans les vestiaires c'est non, ils vont mater nos meufs, qu'ils se changent dans le parking | identity_hate exclusion
un homme en robe reste un homme, et ta coloc c'est un mec qui se deguise | identity_hate insult
ayaa les non binaires c'est des gamins qui veulent un statut special parce qu'ils ont rien d'autre | identity_hate insult
ta "soeur Lou" c'est ton frere, desolé de te l'apprendre, il a juste pété un cable | identity_hate
je mégenre expres et je continuerai, signalez moi si ça vous amuse, il reste un mec | identity_hate insult
ils ont un probleme dans la tete khey, point, c'est pas de la haine c'est de la biologie | identity_hate
la trans de mon taf, je dis son ancien prenom devant les clients, ça la recadre :hap: | identity_hate insult doxxing
si je croise un travelo dans les toilettes des femmes avec ma copine, il ressort en ambulance | identity_hate threat
ton pronom ? moi c'est "j'en ai rien a foutre" et toi c'est "monsieur" :hap: | identity_hate insult
les gens comme toi avec leur "iel" devraient pas avoir le droit de bosser avec du public | identity_hate exclusion
une personne non binaire c'est une personne qui a besoin d'un psy, pas d'un pronom | identity_hate
ta gueule monsieur, tu resteras un homme meme avec dix ans d'hormones | identity_hate insult
l'op dit "elle" mais on voit bien sa pomme d'adam sur la photo, arrete de mentir mon gars | identity_hate insult body_shaming
t'as pas de morinom t'as un vrai prenom, c'est Kevin, et tout le forum va le savoir | identity_hate insult doxxing
les "toilettes neutres" c'est pour les degenerés, les gens normaux savent ou aller | identity_hate insult
ta collegue non binaire qui fait des gateaux, j'espere qu'elle met pas ses hormones dedans :rire: | identity_hate insult
ta grand mere a raison, c'est un garçon qui joue a la fille, rien de plus | identity_hate
ceux qui mettent leurs pronoms dans leur bio je les ban direct de mon serveur | identity_hate exclusion
une trans qui "passe pas" c'est juste un mec moche en jupe | identity_hate insult body_shaming
au bureau on a parié sur le jour ou "elle" va craquer et redevenir normal :hap: | identity_hate insult
le mec en robe au supermarché, faut le filmer et le poster pour que tout son quartier se foute de lui | identity_hate insult
le mec trans a la salle, je le suis dans le vestiaire pour voir ce qu'il a vraiment dans le short | identity_hate sexual_harassment
"monsieur" au guichet ? le guichetier a eu pitié, t'es une meuf deguisée | identity_hate insult
la verité c'est pas du mégenrage, ta pote c'est un mec, un mec, un mec | identity_hate
ta robe comme ta soeur ? ta soeur au moins elle a pas de barbe sous le fond de teint | identity_hate insult body_shaming
ferme la, monsieur en jupe | identity_hate insult
je suis pas transphobe, je dis juste que t'es un mec et que tu le resteras | identity_hate insult
"""

# --- Sport: categories, locker rooms, stadiums --------------------------------------------------
SPORT_HARD = """
je pense que les femmes trans en elite feminine ça pose une vraie question d'equité, sans rien enlever a leur identité
les federations font des regles differentes selon les sports, la natation est plus stricte que d'autres
en amateur franchement qu'une meuf trans joue au foot avec nous ça change rien, on est la pour rigoler
mon club de rugby a un joueur ouvertement gay et personne en fait une histoire
la categorie "open" que proposent certaines federations, c'est peut etre un compromis ? je demande
le taux de testosterone comme critere, c'est controversé scientifiquement, vous en pensez quoi les kheys ?
je suis une femme cis et je joue au hand avec une femme trans, elle est nulle en defense comme moi :rire:
les chants homophobes dans les stades "c'est le folklore" non, c'est des insultes, point
un footballeur pro qui fait son coming out en Ligue 1, ça arrivera un jour ? j'espere
le sport de haut niveau c'est pas la meme question que le sport scolaire, faut distinguer
"pd" scandé par tout un virage, les commissions de discipline commencent a sanctionner, bonne chose
je suis pour des categories selon le sexe de naissance en elite, mais aucune insulte contre les athletes
le brassard arc en ciel des capitaines, certains refusent de le porter, ça se discute
dans mon club les vestiaires c'est des cabines individuelles maintenant, le probleme se pose plus
ma coach est lesbienne et mariée, meilleure entraineuse que j'ai eue, elle m'a appris a tenir un match
un mec trans en boxe masculine, il se fait pas de cadeau et il encaisse comme tout le monde, respect
on peut parler d'avantage physique sans dire "triche", les athletes trans respectent les regles en vigueur
les joueuses de foot se font traiter de gouines depuis toujours, ça montre surtout le niveau des supporters
mon pote gay joue en ligue amateur de basket, ses coequipiers l'appellent "le capitaine" et c'est tout
le sport c'est souvent la ou les ados lgbt lachent, parce que les vestiaires peuvent etre violents
le comité olympique laisse chaque federation decider maintenant, du coup c'est un peu le bazar
un arbitre gay de D1 disait dans un reportage que les insultes c'est surtout en amateur, triste
perso les femmes trans en elite je suis contre, en loisir je suis pour, c'est pas si compliqué
les supporters qui chantent contre les "pd" le dimanche et jurent "on est pas homophobes" le lundi :rire:
j'entraine des U15 et j'ai sorti un gamin du match pour une insulte homophobe, il a compris la leçon
je suis un mec trans et je joue en equipe masculine de volley, les gars sont cools, on perd ensemble :hap:
la natation c'est le sport ou les vestiaires me stressent le plus, trans ou pas franchement
mon club de foot feminin a une equipe mixte le jeudi soir, tout le monde est bienvenu
je sais pas quoi penser des regles pour les athletes trans en elite, j'ai pas assez d'infos pour trancher
la bande de gouines de mon club de rugby m'a adoptée des la premiere saison, meilleure equipe du monde
le coach a arreté l'entrainement quand un joueur a crié "pd", dix minutes de discussion, personne a moufté
"""

SPORT_NEUTRAL = """
mon club de foot cherche des joueurs pour le championnat du dimanche, ça interesse quelqu'un ?
les JO c'etait incroyable cet ete, vous avez vu la finale de basket ?
la reprise du sport apres l'hiver ça fait mal aux jambes :ouch:
quelqu'un joue au volley en loisir a Nantes ?
"""

SPORT_ATTACKS = """
une trans en sport feminin c'est un mec qui triche, faut le bannir a vie et l'humilier | identity_hate insult exclusion
la joueuse trans de mon club, on lui passe plus la balle, qu'elle comprenne qu'elle a rien a faire la | identity_hate exclusion
un pd dans le vestiaire ? non merci les kheys, il se changera dans le parking | identity_hate exclusion
les coequipiers qui acceptent un gay au rugby, ils sont tous un peu pd eux aussi :hap: | identity_hate insult
ta coach lesbienne te prend pas pour ton niveau, elle te prend pour ton cul | identity_hate sexual_harassment
un joueur qui fait son coming out en L1, je lui souhaite une rupture des ligaments au premier match | identity_hate threat
le brassard arc en ciel c'est pour les tafioles, un vrai capitaine le porte pas | identity_hate insult
les chants contre les pd c'est le folklore, s'ils aiment pas ils ont qu'a pas venir au stade | identity_hate exclusion
cette boxeuse trans il faut qu'elle se fasse demonter la gueule une bonne fois | identity_hate threat
les meufs qui jouent au foot c'est toutes des gouines camionneuses, regarde leurs cuisses | identity_hate insult body_shaming
une femme trans en hand feminin, j'aurais honte d'etre sa coequipiere, ça reste un mec | identity_hate
l'arbitre gay il arbitre pas, il mate les joueurs, faut le virer des terrains | identity_hate exclusion
si mon fils a un gamin pd dans son equipe je le retire du club | identity_hate exclusion
le mec trans en boxe masculine, qu'il se fasse cogner, c'est tout ce qu'il merite | identity_hate threat
les athletes trans ont un probleme dans la tete et les federations les encouragent | identity_hate
au vestiaire on l'a prevenu, s'il regarde quelqu'un il se prend une serviette mouillée et pire | identity_hate threat
une meuf trans dans ton equipe de loisir, c'est qu'il a pas reussi a s'imposer chez les hommes :hap: | identity_hate insult
ton pote basketteur c'est "le capitaine", capitaine de quoi, des tarlouzes ? | identity_hate insult
ces joueuses se font traiter de gouines parce que c'en est, desolé c'est la verité | identity_hate insult
le jour ou une trans bat ma fille, je descends sur le terrain et je lui arrache sa perruque | identity_hate threat
le mec trans au volley chez les hommes, c'est une meuf, qu'elle retourne chez les filles ou qu'elle arrete | identity_hate exclusion
l'equipe mixte du jeudi, c'est l'equipe des gouines et des pd, aucun mec normal y va | identity_hate insult
le gamin que t'as sorti pour une insulte, il avait raison, le foot c'est pas pour les pd | identity_hate exclusion
les nageuses trans, noyez les dans leur propre couloir et le probleme est reglé | identity_hate threat
les femmes trans ont rien a faire dans le sport, ni en elite ni en loisir, ni dans les tribunes les kheys | identity_hate exclusion
je suis arbitre et je siffle toujours contre l'equipe du joueur gay, qu'il degage | identity_hate exclusion
"""

# --- School, university and work ---------------------------------------------------------------
SCHOOL_HARD = """
au lycée on a eu une intervention d'asso sur l'homophobie, ça a calmé les blagues pendant une semaine :hap:
je suis prof stagiaire et un eleve m'a demandé si j'etais gay, j'ai dit que ça le regardait pas, gentiment
dans ma fac y a un club lgbt qui organise des soirées jeux de société, ambiance tranquille
mon collegue a mis une photo de son mari sur son bureau, personne a rien dit, normal
le harcelement homophobe au college c'est un vrai probleme, mon petit frere a du changer d'etablissement
question sincere : comment on reagit en tant que prof quand un eleve traite un autre de pd ?
"pas devant les enfants qu'on parle de ça" disait ma mere, aujourd'hui elle fait des interventions en college
je pense que l'education a la sexualité en primaire doit rester adaptée a l'age, ça empeche pas de parler des familles
le cours sur les familles en CM2, un gamin a dit "comme chez moi" et c'etait trop touchant
je suis pas sur que les cours sur l'identité de genre au college soient une bonne idée, mais j'ai pas tout lu
mon chef m'a soutenue quand un client m'a traitée de travelo, il l'a fait sortir du magasin
au taf je suis "la lesbienne de service" pour toutes les questions, c'est fatiguant mais ils sont bienveillants
on m'a harcelé au college en me traitant de tapette, aujourd'hui je suis ingé et marié, ça va mieux les kheys
ma prof de philo a fait un cours sur la norme et la nature, le "contre nature" on l'a demonté en une heure
ma tutrice de stage a su que j'etais trans et n'a rien changé, elle a juste demandé mon prenom d'usage
dans ma boite y a un reseau de salariés lgbt, j'y vais pour le café gratuit et les gens sympas :hap:
les blagues de vestiaire au college "t'es pd ou quoi", je les faisais aussi, et je le regrette
la liste d'appel avec le morinom a chaque rentrée, c'est un enfer pour les eleves trans
un prof qui dit "les filles et les garçons" c'est pas transphobe, faut pas exagerer non plus
mon collegue est gay et c'est le premier a se charier lui meme, on rigole avec lui pas de lui
j'ai fait un exposé sur les droits lgbt en europe, la prof m'a mis 17, j'etais fier
l'infirmiere scolaire m'a ecouté quand j'avais des idées noires a cause du harcelement, merci a elle
"tu fais tres gay avec ce sac" m'a dit un pote, bah oui je suis gay, c'est un peu le but :rire:
je suis delegué et j'ai demandé des toilettes individuelles au lycée, pour les trans et pour les timides
mon prof de sport appelait tout le monde "les gars", il s'est mis a dire "l'equipe" sans qu'on lui demande
le rectorat a une procedure pour le prenom d'usage des eleves trans, je savais pas que ça existait
perso je trouve que l'ecole parle trop de genre et pas assez de maths, mais c'est un debat de programmes
j'ai dit a mon manager que j'etais bi en entretien annuel, il a dit "ok et tes objectifs ?" parfait :ok:
en fac de droit on a etudié la circonstance aggravante pour homophobie, interessant
un eleve m'a demandé "madame vous etes lesbienne ?" en plein cours, j'ai dit oui et on a repris la leçon, zero drame
"pd" ecrit sur mon casier au lycée, le CPE a puni les auteurs, ça m'a fait du bien
"t'es pd ou quoi" au college, maintenant je reponds "oui" et ça clot le debat direct :rire:
"""

SCHOOL_NEUTRAL = """
la rentrée en L3 c'est dans deux semaines, j'ai rien preparé :hap:
les stages non payés c'est une arnaque, qui est d'accord ?
mon prof de maths explique trop vite, des conseils pour suivre ?
premier jour de taf lundi, je stresse pour rien je pense
"""

SCHOOL_ATTACKS = """
je suis parent et un prof gay devant des gamins, c'est comme mettre un renard dans un poulailler | identity_hate
les profs qui parlent d'homosexualité en classe faudrait les virer et les ficher | identity_hate exclusion
ton petit frere s'est fait harceler ? il avait qu'a pas se comporter comme une tapette | identity_hate insult
le gamin qui a dit "comme chez moi", ses parents devraient perdre sa garde | identity_hate exclusion
je refuse que mon gosse soit dans la classe du fils des deux gouines | identity_hate exclusion
le club lgbt de la fac c'est un club de recrutement, faut le dissoudre :hap: | identity_hate exclusion
le collegue avec la photo de son "mari", je lui laisse des mots anonymes jusqu'a ce qu'il demissionne | identity_hate exclusion
la nouvelle stagiaire trans, on s'est mis d'accord pour pas manger avec "il" | identity_hate insult exclusion
ton chef a viré le client ? le client avait raison, t'es un travelo | identity_hate insult
les eleves trans avec leur "prenom d'usage", moi je lis la liste officielle et ils ont qu'a pleurer | identity_hate
dans mon open space y a un pd, je me lave les mains apres chaque reunion :hap: | identity_hate
ce prof homo, je sais dans quel college il bosse, on va prevenir tous les parents de ce qu'il est | identity_hate threat doxxing
t'es ingé et marié a un mec, bravo t'as tout reussi sauf l'essentiel, etre normal | identity_hate insult
je suis prof, et les interventions d'assos lgbt dans les colleges c'est de l'endoctrinement de gosses | identity_hate
l'eleve trans de la 4e B, faut lui faire comprendre qu'ici c'est pas un cirque | identity_hate threat
la lesbienne de service au taf, elle peut s'estimer heureuse qu'on la garde | identity_hate insult exclusion
si un collegue me demande mes pronoms je lui reponds "casse toi sale tafiole" | identity_hate insult
les gamins qui se decouvrent non binaires en 5e, faut les envoyer chez le psy de force | identity_hate
en entretien d'embauche je prends jamais de gays, ils font des histoires pour rien | identity_hate exclusion
ta mere qui fait des interventions en college devrait etre interdite d'approcher une ecole | identity_hate exclusion
ton exposé sur les droits lgbt merite zero, et toi t'as rien a faire dans cette classe | identity_hate insult exclusion
ton manager a dit "ok" a ton coming out bi ? attends la prochaine vague de licenciements | identity_hate exclusion
les toilettes individuelles pour les trans, comme ça on sait ou les attendre a la sortie | identity_hate threat
le prof de sport qui dit "l'equipe" au lieu de "les gars", encore un soumis au lobby | identity_hate
un stagiaire gay dans ma boite ? je le colle aux archives au sous sol, qu'on le voie pas | identity_hate exclusion
une prof qui dit "oui je suis lesbienne" en cours, c'est un signalement au rectorat et dehors | identity_hate exclusion
"""

# --- Representation: films, series, games, streamers --------------------------------------------
MEDIA_HARD = """
le jeu a une heroine lesbienne et franchement son histoire est super bien ecrite
je trouve que certaines series forcent les persos lgbt, mais d'autres le font tres bien
"woke" c'est devenu le mot pour dire "y a un perso gay", ça veut plus rien dire :rire:
le streamer qui a fait son coming out en live, le chat a été etonnamment bienveillant
je kiffe les films d'horreur queer, y en a de plus en plus et ils sont bons
les persos trans dans les jeux video sont encore souvent des blagues, ça evolue doucement
la serie ado avec le couple de garçons, ma petite soeur a chialé a la fin :hap:
je critique le scenario du film, pas le fait que l'heroine soit lesbienne, faut savoir lire les kheys
un perso bi dans un rpg, tu peux le romancer ou pas, c'est toi qui choisis, je vois pas le probleme
"ils mettent des gays partout" frere y en a un sur dix persos, comme dans la vraie vie
l'acteur qui joue le pere gay dans la serie est hetero, ça fait debat sur les reseaux
les jeux ou on cree un perso sans choisir homme ou femme, j'adore, je passe deux heures sur l'editeur
j'ai lu un manga avec une histoire d'amour entre deux filles, super tendre, je recommande
la chanteuse qui parle de sa copine dans ses chansons, j'ecoute l'album en boucle
je suis un gros gamer hetero et je m'en fous du perso gay, tant que le gameplay est bon :ok:
"le lobby lgbt controle le cinema" ayaa ils controlent rien du tout vu le nombre de films nuls
le drag show a la tele samedi, j'ai trouvé ça hyper creatif, les costumes etaient fous
un film sur les années sida, j'ai pleuré du debut a la fin
le streamer Pilou dit "je suis pd" en rigolant sur son live, c'est sa blague a lui et il assume
je trouve la representation trop caricaturale parfois, le meilleur pote gay qui sert juste de deco
le perso non binaire du jeu a fait rager des joueurs, moi je l'ai trouvé attachant
y a des gens qui boycottent un jeu parce qu'il y a une lesbienne dedans, ils ont du temps a perdre
critiquer un film avec un perso trans parce qu'il est mal joué, c'est pas de la transphobie
la streameuse Zaya parle souvent de sa copine, son chat est bienveillant, ça fait plaisir
les doublages francais des persos queer sont souvent caricaturaux, la VO est meilleure
j'ai decouvert que mon perso prefere de jeu de combat est officiellement trans, ça change rien, il tape fort :hap:
le premier film que j'ai vu avec deux meufs qui s'embrassent, j'avais 15 ans, j'ai compris plein de trucs ce soir la
un jeu qui propose des romances gays, c'est pas une obligation de les faire, c'est une option
l'anime ou deux persos masculins finissent ensemble, le fandom est devenu fou de joie :hap:
"""

MEDIA_NEUTRAL = """
vous jouez a quoi en ce moment ? je cherche un bon rpg
la serie est sortie vendredi, spoilez pas les kheys
le cinema a 14 euros la place, c'est devenu un luxe
quelqu'un a un bon manga a conseiller pour debuter ?
"""

MEDIA_ATTACKS = """
encore un perso pd dans un jeu, le lobby veut transformer nos gosses en tarlouzes | identity_hate insult
le streamer qui a fait son coming out, on spamme son chat jusqu'a ce qu'il arrete le live | identity_hate exclusion
ce jeu avec une heroine lesbienne, je le pirate meme pas, j'ai peur que mon pc attrape la maladie | identity_hate
les films avec des trans c'est de la propagande pour mutiler les enfants | identity_hate
le drag show a la tele, pas devant les enfants bordel, ces gens sont des pervers | identity_hate
la chanteuse qui parle de sa "copine", encore une gouine qui veut qu'on la plaigne | identity_hate insult
le perso non binaire du jeu c'est une insulte a la nature, j'ai mis zero et je l'ai desinstallé | identity_hate
Pilou est pd et ses viewers aussi, on raid son live avec des insultes ce soir | identity_hate insult exclusion
les kheys, les series qui forcent des gays c'est pour normaliser la maladie | identity_hate
si je croise l'acteur qui joue le pere gay dans la rue je lui crache dessus | identity_hate threat
la streameuse trans, ouvrez les yeux, regardez sa machoire, c'est un mec | identity_hate insult body_shaming
le mec qui a chialé devant la serie avec deux garçons, t'es pd aussi l'op, avoue | identity_hate insult
un film sur les années sida, un film sur ce qu'ils meritaient au final | identity_hate
la streameuse lesbienne, elle fait des lives cam avec sa copine ou pas ? on veut voir :noel: | identity_hate sexual_harassment
les gamers qui defendent les "persos lgbt" c'est des soumis au lobby, des sous hommes | identity_hate insult
le streamer sorti du placard, je sais dans quelle ville il vit, je vais prevenir ses voisins | identity_hate threat doxxing
les drag queens devraient etre interdites de tele et de bibliotheque | identity_hate exclusion
tout ce qui est queer au cinema c'est de la merde pour degenerés | identity_hate insult
Zaya et sa copine, deux gouines qui font la morale, on les desabonne en masse et on les signale | identity_hate insult exclusion
ton perso de jeu de combat trans, c'est un mec en jupe qui tape, logique qu'il tape fort :rire: | identity_hate
un gamer qui accepte les romances gays dans son jeu, c'est qu'il en fait deja dans sa vie | identity_hate insult
l'acteur hetero qui joue un gay, au moins lui il peut se laver apres le tournage | identity_hate
les persos trans dans les jeux c'est fait pour qu'on tire dessus, c'est la seule utilité | identity_hate threat
les fans d'animes avec deux mecs ensemble, c'est des meufs degueu qui fantasment sur des pd | identity_hate insult sexual_harassment
"""

# --- Religion, faith and sexuality -------------------------------------------------------------
RELIGION_HARD = """
je suis croyant et gay, j'ai mis du temps a faire la paix avec les deux, mais j'y suis arrivé
ma mosquée parlait jamais de ça, j'ai trouvé un imam a l'ecoute, ça m'a beaucoup aidé
l'eglise catholique a autorisé certaines benedictions de couples de meme sexe, ça fait debat chez les croyants
je suis catholique pratiquante et lesbienne, ma paroisse le sait et ça se passe bien
ma religion dit que c'est un peché, moi je respecte tout le monde et je me mele pas de la vie des gens
"dieu a fait adam et eve pas adam et steve" on me sort ça depuis le college, c'est usé :rire:
y a des rabbins qui celebrent des mariages de couples gays dans certains courants, je savais pas
je suis musulmane et j'ai une amie trans, on fait le ramadan ensemble, elle est mieux organisée que moi
question sincere : comment les differentes religions voient la transidentité ? ça m'interesse
je suis chretien et pour moi le mariage religieux c'est un homme et une femme, le civil c'est pas mon affaire
la foi c'est personnel, etre gay aussi, je vois pas pourquoi on devrait choisir
ma grand mere prie pour moi depuis mon coming out, c'est sa façon de m'aimer, je le prends comme ça
sur l'histoire de Loth y a plein de debats d'interpretation, j'ai lu un bouquin la dessus, passionnant
le pasteur de mon temple a beni le mariage de mes deux tantes, c'etait tres beau
je suis athée et je trouve ça bien que des croyants lgbt trouvent leur place dans leur communauté
y a des assos de musulmans lgbt en France, ça surprend souvent les gens quand j'en parle
"c'est contre nature" qu'on me dit au nom de dieu, mais dieu a aussi fait les girafes gays :rire:
je suis croyant et je suis pas d'accord avec le mariage gay, mais j'insulterai jamais personne pour ça
mon pote est juif pratiquant et gay, il dit que le plus dur c'etait pas dieu mais sa grand mere :hap:
le groupe de jeunes de ma paroisse m'a gardé apres mon coming out, le curé a juste dit "on t'aime"
"tu vas bruler en enfer" ma tante me l'a dit a 16 ans, aujourd'hui elle m'envoie des cartes d'anniversaire
je suis trans et croyante, je prie toujours, dieu s'est jamais plaint de mon prenom
les textes religieux disent plein de trucs, chacun en retient ce qu'il veut, moi je retiens l'amour du prochain
je suis musulman, ma famille sait pas que je suis gay, je prie pour avoir le courage un jour
un imam de mon quartier a dit en preche que frapper un homo c'est interdit, ça m'a marqué
"""

RELIGION_NEUTRAL = """
c'est quand le debut du ramadan cette année ?
la messe de minuit a noel, vous y allez encore vous ?
j'ai visité une synagogue avec ma classe, c'etait super interessant
vous etes croyants les kheys ? par curiosité
"""

RELIGION_ATTACKS = """
dieu a detruit sodome pour moins que ça, votre tour viendra les pd | identity_hate insult threat
un gay croyant ça n'existe pas, t'es un hypocrite qui va bruler en enfer | identity_hate insult
ta paroisse accepte une lesbienne ? c'est plus une eglise c'est un bordel | identity_hate insult
les imams qui acceptent les homos sont des traitres et meritent le meme sort qu'eux | identity_hate threat
l'enfer est rempli de couples de meme sexe, et j'ai hate de vous y voir bruler | identity_hate threat
ton amie trans qui fait le ramadan, dieu la reconnait meme pas, c'est un homme | identity_hate
au bled les homos on les jette du haut des immeubles, et c'est tres bien comme ça | identity_hate threat
le pasteur qui a beni tes tantes merite d'etre chassé et frappé devant son temple | identity_hate threat
la priere de ta grand mere marche pas, t'es toujours un pd :hap: | identity_hate insult
les "croyants lgbt" souillent la religion, faut les chasser des lieux de culte | identity_hate exclusion
les assos de musulmans lgbt, faut publier les noms de leurs membres et leurs quartiers | identity_hate doxxing
c'est contre nature et contre dieu, ceux qui le vivent sont maudits et ils le savent | identity_hate
je prie pour que le sida revienne et fasse le menage | identity_hate threat
les homos dans l'eglise c'est satan qui rentre par la sacristie | identity_hate
deux meufs mariées au temple ? ça devrait etre puni comme un sacrilege, au sens propre | identity_hate threat
ton pote juif gay, sa grand mere avait raison, c'est une honte pour sa famille | identity_hate
le curé qui dit "on t'aime" a un pd, c'est un curé qui a perdu la foi | identity_hate insult
t'es trans et tu pries ? dieu t'a fait homme et tu lui craches a la gueule | identity_hate insult
ta tante avait raison, tu vas bruler, et j'espere etre la pour regarder | identity_hate threat
l'amour du prochain c'est pas pour les tarlouzes, relis ton livre | identity_hate insult
un musulman gay c'est un apostat, et tu sais ce qu'on fait aux apostats | identity_hate threat
ton imam qui defend les homos, faudrait le degager de la mosquée avec eux | identity_hate exclusion
je suis catholique et votre place est en enfer, pas dans nos eglises | identity_hate exclusion
"""

# --- Slurs: reclaimed, quoted in reports, and aimed at people ----------------------------------
WORDS_HARD = """
je suis une grosse gouine et fiere de l'etre, venez me dire que c'est une insulte :rire:
entre nous on s'appelle "les pd du jeudi", c'est notre groupe de potes gays :hap:
"pd" dans la bouche de mon pote gay c'est de l'autoderision, dans celle d'un inconnu c'est une insulte
queer c'etait une insulte en anglais a la base, aujourd'hui les gens l'utilisent pour eux memes
un mec m'a crié "sale gouine" dans le metro, j'ai pas reagi, je sais pas si j'aurais du
on m'a traitée de "travelo" au taf, j'ai fait un signalement aux RH, ils ont pris ça au serieux
le mot "tapette" m'a pourri tout le college, maintenant je l'entends et je rigole, mais c'etait dur
les gens qui disent "pd" comme un juron sans penser aux gays, ça me gene un peu perso
question sincere : je suis hetero, j'ai le droit de dire "queer" ou c'est mal vu ?
ma meuf m'appelle "ma petite gouine" et c'est la chose la plus mignonne du monde :hap:
dans le rap francais "pd" est partout, ça evolue un peu mais c'est encore courant
"fiotte" c'est le mot que mon pere m'a sorti a mes 12 ans, aujourd'hui on en parle et il s'excuse
je suis bi et "les bi c'est des indecis" c'est la phrase que j'entends le plus, meme chez les gays
le mot "homosexuel" fait un peu vieux et medical, la plupart disent gay ou lesbienne maintenant
"tarlouze" crié en sortant d'un bar, j'ai porté plainte, ça a rien donné mais je l'ai fait
soirée "gouines et copines" samedi, c'est le nom de notre groupe, tout le monde est invité
"transsexuel" c'est vieilli, on dit trans ou transgenre, mais certaines personnes agées l'utilisent pour elles
a la radio ils ont bipé "pd" dans une chanson, je trouve ça bien perso
dire "c'est gay" pour dire nul, j'ai arreté quand mon pote m'a expliqué, c'etait tout con
je suis pd, je dis pd, toi t'es hetero, tu dis gay, c'est pas compliqué les kheys :rire:
un pote hetero m'a dit "t'es pd" en soirée, j'ai repondu "ouais et ?" il savait plus quoi dire :rire:
je veux pas de modos qui bannent le mot "gouine" partout, nous on l'utilise pour nous
"les lgbt ont tous un probleme dans la tete" c'est le genre de message que je signale direct
les injures homophobes c'est puni par la loi, avec circonstance aggravante, j'ai appris ça en droit
ma tante dit encore "les homosexuels" avec un ton gené, mais elle vient a tous nos anniversaires
le mot "trav" j'ai entendu ça toute mon adolescence, je le supporte toujours pas, meme pour rire
je suis une tante, une vieille tante de 25 ans qui adore les comedies musicales, et j'assume :rire:
"enculé" comme insulte c'est homophobe a la base, j'y pensais jamais avant qu'on me l'explique
mon pote m'appelle "ma grosse folle" depuis la seconde, on est deux pd et c'est notre truc
le moderateur a supprimé mon message ou je racontais qu'on m'avait traité de pd, il a pas lu le contexte
mon grand pere dit "homosexuel" comme on dit "diabetique", il a 85 ans, mais il nous invite tous les deux
pd et fier, bonne soirée :hap:
je suis gouine, en couple depuis quatre ans, et ma vie est d'un ennui parfait :hap:
en soirée ma pote a levé son verre "aux gouines du monde entier", toute la table a trinqué
"travelo" c'est ce que m'a crié un livreur, j'ai noté l'heure et le nom de la boite, plainte deposée
dans les films des années 90 le mot "travelo" est partout, ça pique de les revoir aujourd'hui
gouine, lesbienne, meuf qui aime les meufs, appelez moi comme vous voulez tant que c'est gentil :hap:
mon frere m'a demandé si "gouine" etait une insulte, je lui ai dit que ça depend de qui le dit et comment
les pd et les gouines de ma promo on fait une raclette vendredi, les hetero sont invités aussi :noel:
mon meilleur pote m'appelle "mon petit pd" depuis nos 12 ans, il est gay aussi, c'est notre truc
"""

WORDS_NEUTRAL = """
les mots d'argot changent tellement vite, je comprends plus rien aux ados de 15 ans
le verlan c'est encore utilisé ou c'est has been ?
le dictionnaire ajoute des mots chaque année, j'ai vu la liste hier
je me fais reprendre sur mon orthographe a chaque post, laissez moi vivre :hap:
"""

WORDS_ATTACKS = """
sale pd, retourne sucer tes potes du jeudi | identity_hate insult sexual_harassment
t'es pas une gouine fiere, t'es une gouine moche que personne veut | identity_hate insult body_shaming
l'op c'est une grosse tafiole, regardez comment il ecrit :rire: | identity_hate insult
ferme ta gueule le travelo, personne t'a demandé ton avis | identity_hate insult
fiotte un jour fiotte toujours, ton pere avait raison | identity_hate insult
c'est gay ce topic, comme l'auteur, une vraie tarlouze :hap: | identity_hate insult
les gouines du forum vous etes toutes des mal baisées | identity_hate insult sexual_harassment
on dit pd parce que c'est ce qu'ils sont, des pedes, rien d'autre | identity_hate insult
espece de tante, tu meritais ce qu'on t'a crié dans le metro | identity_hate insult
"queer" c'est juste le mot poli pour dire monstre | identity_hate
les bi ça existe pas, t'es juste une salope qui sait pas choisir | identity_hate insult
retourne dans ton placard sale tapette, on t'a assez vu | identity_hate insult exclusion
le pote qui a repondu "ouais et ?" je lui aurais mis une patate, ça aurait reglé la question | identity_hate threat
j'ai ecrit le message que tu signales et je le redis, t'es un pd malade | identity_hate insult
chaque pd que je croise je lui rappelle ce qu'il est, a voix haute et devant tout le monde | identity_hate insult
travelo, trav, trans, c'est pareil, des mecs qui ont craqué | identity_hate insult
ta "petite gouine" elle a surtout besoin d'un mec, demande lui pour voir | identity_hate sexual_harassment
la grosse folle de 25 ans qui adore les comedies musicales, ça me donne envie de gerber | identity_hate insult
le mot pd c'est pas une insulte, c'est une description, et toi t'en es un | identity_hate insult
vous voulez reprendre "gouine" ? gardez le, il vous va tres bien, bande de camionneuses | identity_hate insult body_shaming
encore un pd qui pleure parce qu'on l'a appelé par son nom | identity_hate insult
la tapette du college est devenue ingé, elle reste une tapette | identity_hate insult
t'es pas "gay", t'es un enculé, au sens propre du terme | identity_hate insult sexual_harassment
sale pd, degage du topic | identity_hate insult exclusion
retourne dans ton placard la tafiole | identity_hate insult exclusion
je suis pas d'accord avec l'op parce que l'op est une tarlouze, c'est tout :hap: | identity_hate insult
"""

# --- Homophobic and transphobic attacks in the news --------------------------------------------
NEWS_HARD = """
un couple de lesbiennes agressé dans un bus hier soir, les agresseurs ont été interpellés
les chiffres des actes anti lgbt sont en hausse cette année d'apres le rapport annuel, ça fait peur
un mec tabassé a la sortie d'un bar gay dans ma ville, y a une marche de soutien dimanche
"ils l'ont bien cherché" sous chaque article d'agression, les commentaires sont pires que l'article
l'homosexualité est encore punie de mort dans plusieurs pays, on l'oublie trop souvent
la loi qui interdit les therapies de conversion en France date de 2022, je savais pas
le proces des agresseurs de l'etudiant gay commence demain, je vais suivre ça
une femme trans tuée dans le sud, plusieurs medias l'ont mégenrée dans leurs articles, c'est rageant
un centre lgbt tagué avec des insultes, les benevoles ont tout nettoyé le lendemain matin
je bosse dans une asso d'aide aux victimes, les signalements homophobes c'est toutes les semaines
le tribunal a retenu la circonstance aggravante d'homophobie, c'est assez rare pour le souligner
perso je trouve que les medias en font parfois trop sur certaines affaires, mais une agression reste une agression
j'ai été agressé a 20 ans parce que je tenais la main de mon copain, cinq ans apres j'ai encore peur le soir
les "chasses aux pd" organisées sur les applis, ça existe encore, c'est flippant
le mec traité de "sale travelo" et frappé, sa cagnotte a depassé l'objectif, y a encore du bon
des policiers formés a l'accueil des victimes lgbt dans certaines villes, c'est un progres
"pourquoi ils se font remarquer" a chaque agression, personne demande ça pour un vol de sac
dans certains pays on vote des lois contre la "propagande lgbt", ça inquiete les assos
ma pote trans ose plus prendre le rer le soir depuis l'agression de sa copine
le proces a montré que les agresseurs avaient crié "on va te soigner", ça glace le sang
je suis pas toujours d'accord avec les assos lgbt sur tout, mais les agressions faut les condamner sans nuance
les commentaires "bien fait" sous l'article ont été signalés en masse, et certains supprimés, bien joué
un prof a été menacé apres un cours sur l'homophobie, son lycée le soutient, c'est le minimum
un streamer a été condamné pour des propos homophobes contre un autre joueur, premiere fois que je vois ça
les agressions transphobes sont moins mediatisées que les homophobes, alors qu'elles sont souvent plus violentes
"sale pd" c'est ce qu'on m'a crié hier en rentrant, je le poste ici parce que j'ai besoin d'en parler
"""

NEWS_NEUTRAL = """
j'ai arreté de lire les commentaires sous les articles, ça me met de mauvaise humeur
les faits divers a la tele c'est non stop, je sature
un proces ça dure combien de temps en moyenne ?
la ligne de bus de nuit a été supprimée dans ma ville, super pour rentrer
"""

NEWS_ATTACKS = """
le mec tabassé a la sortie du bar gay, au moins il a compris la leçon | identity_hate threat
ayaa un couple de lesbiennes agressé ? fallait pas s'afficher comme ça dans le bus | identity_hate
les guet apens sur grindr, c'est du nettoyage, je vois pas le probleme | identity_hate threat
la trans tuée dans le sud, il etait un homme et il est mort comme un homme, point | identity_hate
le centre lgbt tagué ? la prochaine fois ce sera pas que des "tags" | identity_hate threat
ils l'ont bien cherché, a force de provoquer tout le monde avec leurs drapeaux | identity_hate
la peine de mort pour les homos dans certains pays, ils ont compris des trucs la bas | identity_hate threat
les therapies de conversion interdites ? dommage, ça aurait reparé pas mal de monde ici | identity_hate
je soutiens les agresseurs, ils ont fait ce que beaucoup pensent tout bas | identity_hate threat
chasse aux pd ce soir, qui est chaud les kheys ? on se retrouve sur l'appli | identity_hate threat
une agression par jour c'est pas assez vu comment ils se multiplient | identity_hate threat
la cagnotte pour le travelo frappé, moi je donne pour ceux qui l'ont frappé | identity_hate insult threat
ta pote qui ose plus prendre le rer, tant mieux, au moins on la voit plus | identity_hate exclusion
encore une agression "homophobe" inventée pour faire pleurer la France, c'est le lobby | identity_hate
"on va te soigner" ils avaient raison, le traitement etait juste un peu brutal :rire: | identity_hate threat
le prof menacé apres son cours sur l'homophobie, il a qu'a parler de maths comme un prof normal | identity_hate
les lois contre la propagande lgbt, vivement chez nous, qu'ils retournent se cacher | identity_hate exclusion
"bien fait" je le redis, et le prochain pd qui tient la main de son mec dans ma rue aura pareil | identity_hate threat
le streamer condamné pour avoir dit la verité sur les pd, voila la France de maintenant | identity_hate insult
les agressions transphobes personne en parle parce que tout le monde s'en fout, et c'est tres bien | identity_hate
une gouine de moins, ça se fete | identity_hate threat
"""

# --- One poster targeted: outing, dead-naming, pushing to suicide ------------------------------
PERSON_HARD = """
l'op a dit qu'il est gay dans un autre topic, c'est son histoire, on va pas en faire un sujet ici
je suis trans et je me sens vraiment mal en ce moment, je sais pas trop a qui en parler
si t'as des idées noires l'op, y a des lignes d'ecoute gratuites, meme pour les jeunes lgbt
le pote qui m'a outé au lycée m'a presenté ses excuses dix ans apres, j'ai accepté
ne balancez jamais l'orientation de quelqu'un sans son accord, c'est sa vie, pas la votre
une femme trans du forum a posté son selfie, elle est rayonnante, moquez vous pas les golems
je dirai pas qui c'est, mais un mec de ma promo m'a demandé conseil pour son coming out, trop fier de lui
le membre qui poste des topics homophobes tous les jours, signalez le au lieu de lui repondre
j'ai failli en finir a 17 ans a cause du harcelement, aujourd'hui je vais bien, accrochez vous les kheys
le morinom de quelqu'un c'est pas une info a partager, meme si tu le connais depuis la maternelle
je suis gay et pas encore out au taf, je le dis ici parce que c'est anonyme
le streamer a été outé par un ex, il fait une pause, on lui souhaite de revenir quand il veut
personne merite d'etre harcelé pour son orientation, meme les gens avec qui je suis en desaccord
un ex a menacé de dire a mes parents que j'etais bi, j'ai pris les devants et je leur ai dit moi meme
"tout le monde sait que t'es pd" m'a ecrit un inconnu en mp, j'ai bloqué et signalé, reflexe sain
les gens qui dévoilent l'ancien prenom d'une personne trans pour l'humilier, c'est du harcelement, point
j'ai retrouvé mon harceleur du lycée sur insta, il m'a envoyé un message d'excuses, j'ai rien repondu
l'op qui s'est fait outer, si tu veux en parler en mp je suis la, je suis passé par la aussi
un khey a posté le nom d'un membre gay, les modos ont supprimé en cinq minutes, merci a eux
"""

PERSON_NEUTRAL = """
je passe une mauvaise semaine, vous faites quoi pour vous changer les idées ?
le forum est calme ce soir, tout le monde dort ?
merci aux modos pour le nettoyage du topic hier soir
"""

PERSON_ATTACKS = """
l'op t'es trans et tu vas mal ? tu sais ce qu'il te reste a faire, va te pendre | identity_hate self_harm_incitement
le monde se porterait mieux avec un travelo de moins, fais nous plaisir l'op | identity_hate insult self_harm_incitement
je connais ce mec, il est gay et il bosse au Leclerc a coté de la gare, allez lui dire bonjour :rire: | identity_hate doxxing
son vrai nom c'est Thomas Girard et son ex c'etait un mec, ses parents le savent pas encore | identity_hate doxxing
la meuf trans du forum, je sais dans quel lycée elle etait, et son ancien prenom aussi :noel: | identity_hate doxxing
l'op gay pas out au taf, balance le nom de ta boite qu'on previenne ton patron | identity_hate doxxing
j'envoie une capture de ton topic a ta mere, elle saura enfin que son fils est pd | identity_hate threat doxxing
t'as failli en finir a 17 ans ? dommage que t'aies pas été au bout | identity_hate self_harm_incitement
les trans se suicident beaucoup les kheys, et franchement c'est la nature qui fait le tri | identity_hate self_harm_incitement
ton selfie montre un mec, et un mec moche en plus, range ça | identity_hate insult body_shaming
la lesbienne de ma promo habite en face de la fac, residence des Lilas, a vous de jouer | identity_hate doxxing
son morinom c'est Julien, elle est en L2 de psycho a Rennes, partagez | identity_hate doxxing
sale trans, arrete d'appeler des lignes d'ecoute et fais ce qu'il faut, personne te regrettera | identity_hate insult self_harm_incitement
j'ai trouvé son insta, sa ville et sa fac, un pd pareil faut que ça se sache | identity_hate doxxing
l'op est une gouine qui vit chez ses parents a Clermont, je connais la rue | identity_hate doxxing threat
ton mec de promo qui fait son coming out, donne son nom, on va lui preparer un accueil | identity_hate threat doxxing
ton ex avait raison de vouloir te balancer, une bi menteuse ça merite que tout le monde sache | identity_hate doxxing
tout le monde sait que t'es pd, et bientot tes collegues aussi, j'ai leurs mails | identity_hate threat doxxing
un pd de moins sur terre ça se fete, alors vas y l'op, on t'attend | identity_hate self_harm_incitement
t'es trans, t'as pas d'avenir, pas de famille, rends service a tout le monde et disparais | identity_hate self_harm_incitement
la gouine qui pleure dans son topic, tranche toi les veines au lieu de nous saouler | identity_hate insult self_harm_incitement
l'op qui s'est fait outer, c'est bien fait, tu voulais cacher quoi au juste | identity_hate
je poste son nom et sa photo de profil, comme ça sa copine saura qu'elle sort avec un trans | identity_hate doxxing
"""

# --- Jokes among friends, and "jokes" that demean ----------------------------------------------
JOKES_HARD = """
mon pote gay fait la meilleure imitation de sa mere au telephone, je suis mort de rire :rire:
on a un groupe "les gays et le hetero de service", je suis le hetero de service et j'assume :hap:
ma meuf et moi on se bat pour savoir qui a le plus de chemises a carreaux, c'est serré :rire:
le cliché du gay qui sait pas se garer, mon copain le confirme tous les jours, il le dit lui meme
blague de mon pote trans : "ma puberté a duré deux fois plus longtemps que la tienne" :rire:
la blague sur les lesbiennes qui emmenagent au deuxieme rendez vous, on l'a fait au bout de deux mois :hap:
ma copine bi dit qu'elle avait "le meilleur des deux mondes" et qu'elle m'a choisi quand meme, flatté
on a fait un blind test de chansons de la pride, j'ai tout perdu, honte a moi
mon coloc gay et moi on a un pacte, personne touche a la derniere part de pizza
"je suis pd mais meme moi je sais que ta coupe est une tragedie" m'a dit mon pote :ouch:
soirée drag a la maison, mon pote hetero a gagné le concours de perruque, on a tous applaudi
l'humour des potes lgbt c'est de l'autoderision a 80 %, faut le savoir avant de s'offusquer
mon pote non binaire a imprimé un t shirt "ni l'un ni l'autre, juste en retard", iconique :rire:
on a appris a mon grand pere le mot "queer", maintenant il le place dans toutes les conversations :hap:
ma meuf dit qu'on est le seul couple de lesbiennes qui sait pas monter un meuble ikea :rire:
le "gaydar" de ma pote est tellement nul qu'elle a draguée une hetero trois fois la meme soirée :rire:
mon copain m'appelle "ma reine" quand je fais la vaisselle, je suis un mec de 1m85, ses parents adorent
la blague de ma pote lesbienne : "je suis pas difficile, je veux juste une meuf qui a un chat" :rire:
notre groupe de potes s'appelle "les tantes et les tatas", brunch chaque dimanche :hap:
mon pote trans se moque de lui meme avant sa transition, "le moi de 2019 avait une meche horrible" :rire:
"""

JOKES_NEUTRAL = """
les blind tests en soirée c'est toujours la guerre, personne accepte de perdre
mon coloc mange ma nourriture et nie tout, je vais installer une camera :hap:
"""

JOKES_ATTACKS = """
c'est quoi la difference entre un pd et un frigo ? le frigo fait pas de bruit quand tu mets la viande :rire: | identity_hate insult sexual_harassment
une trans rentre dans un bar... non attends, c'est un mec qui rentre dans un bar :rire: | identity_hate
les lesbiennes c'est juste des meufs qui savent pas cuisiner pour un homme :rire: | identity_hate
pourquoi les pd courent vite ? parce qu'ils ont l'habitude qu'on leur coure apres :rire: | identity_hate threat
ton pote gay qui imite sa mere, normal, il reve d'etre une femme ce pd :rire: | identity_hate insult
le non binaire au resto il commande quoi ? un plat "iel" et il paie en "ça" :rire: | identity_hate insult
"les gays et le hetero de service" ayaa le hetero il est la pour porter les courses, eux peuvent pas :rire: | identity_hate
je fais des blagues sur les pd parce qu'ils sont ridicules, pas parce que c'est drole, assumez | identity_hate insult
un travelo, un pd et une gouine rentrent dans un bar, le barman dit "c'est pas le zoo ici" :rire: | identity_hate insult
les bi c'est comme les cartes bancaires, ça passe partout :rire: | identity_hate sexual_harassment
le concours de perruque, c'etait le quotidien de ta pote trans, elle a triché :hap: | identity_hate insult
le brunch des tantes et des tatas, ça doit sentir le lubrifiant et le parfum bon marché :rire: | identity_hate insult
la lesbienne qui veut "une meuf avec un chat", on a compris ce qu'elle veut vraiment :rire: | identity_hate sexual_harassment
"ma reine" pour un mec de 1m85, ton copain s'est trompé de sexe et toi aussi :rire: | identity_hate insult
pourquoi les trans font toujours la gueule ? parce que meme leur miroir les mégenre :rire: | identity_hate insult
"""

# --- Coded talk: "le lobby", "c'est une mode", "un problème dans la tête", and civil debate ----
CODED_HARD = """
"le lobby lgbt" j'ai cherché, c'est trois assos avec des budgets de club de petanque :rire:
"c'est une mode" disait mon grand pere des gauchers, lui aussi, on les forçait a ecrire de la main droite
je suis pas d'accord avec tout ce que disent les militants lgbt, et je le dis sans insulter personne
perso je trouve que le debat sur l'ecriture inclusive prend trop de place, mais ça a rien a voir avec les gens
"ils ont un probleme dans la tete" c'est exactement ce qu'on disait des homos en 1980, l'OMS a corrigé depuis
l'homosexualité a été retirée de la liste des maladies mentales en 1990, petit rappel pour les golems
je suis de droite, pas fan des quotas et des campagnes de com, et j'ai un frere gay que j'adore
"je suis pas homophobe mais" la phrase qui annonce toujours le pire, comme "sans vouloir te vexer"
les questions sur les bloqueurs ou le sport sont legitimes, le probleme c'est quand ça sert d'excuse pour cracher sur les trans
"contre nature" ayaa les bonobos, les manchots et les dauphins te saluent, la nature s'en fout
plus de gens se disent lgbt chez les jeunes, certains disent effet de mode, d'autres disent moins de peur, bon debat
j'ai changé d'avis sur le mariage gay en rencontrant des couples, avant j'etais contre par principe
"pas devant les enfants" mais les enfants voient des couples hetero s'embrasser partout sans que personne bronche
je suis pas a l'aise avec tout ce qui touche au genre, j'avoue, mais c'est a moi de bosser dessus, pas aux trans de disparaitre
le mot "woke" est devenu un fourre tout, on sait plus de quoi on parle quand on l'utilise
"c'etait mieux avant" pour les gays avant c'etait la prison et les electrochocs, donc non
je trouve que certaines assos militantes sont agressives sur les reseaux, mais ça justifie pas d'insulter les gens
"tant qu'ils le font chez eux" donc toi tu tiens jamais la main de ta copine dehors ? logique
je prefere qu'on debatte des lois calmement plutot que de s'insulter, surtout sur des sujets comme la GPA
la theorie du genre a l'ecole, j'ai demandé a ma soeur prof, elle a rigolé pendant cinq minutes
ma mere votait contre tout ça et maintenant elle defend sa petite fille trans au repas de famille
un ado qui se questionne sur son genre c'est pas forcement trans, c'est pas forcement une mode non plus, faut l'ecouter
"contre nature" ayaa, question suivante les golems
"le lobby" que les golems denoncent, c'est ma tante benevole qui distribue des capotes le samedi :rire:
on me parle du lobby gay a chaque topic, le seul lobby que je connais c'est celui de la raclette :hap:
l'expression "lobby lgbt" vient d'ou ? je la vois partout sans comprendre d'ou elle sort
"""

CODED_NEUTRAL = """
les debats politiques a la tele c'est devenu que des clashs, j'ai arreté de regarder
vous lisez encore les journaux papier vous ?
"""

CODED_ATTACKS = """
le lobby lgbt tient les medias, les ecoles et la justice, et vous dormez les kheys | identity_hate
c'est une mode, comme les tatouages, sauf que la on mutile des gosses pour suivre la tendance | identity_hate
ils ont un probleme dans la tete, c'est pas une insulte c'est un diagnostic | identity_hate
je suis pas homophobe mais deux mecs qui s'embrassent ça devrait etre interdit en public | identity_hate exclusion
contre nature, contre dieu, contre la France, voila tout ce que c'est | identity_hate
pas devant les enfants, et si possible pas devant moi non plus, merci | identity_hate exclusion
on les tolere, c'est deja beaucoup, qu'ils arretent de reclamer des droits en plus | identity_hate
la mode lgbt passera comme les autres, et ceux qui l'ont suivie auront honte toute leur vie | identity_hate
les homos c'etait mieux quand ils avaient peur, au moins ils la fermaient | identity_hate
le lobby a reussi a faire sortir l'homosexualité des maladies mentales, la science a cédé a la pression | identity_hate
la "theorie du genre" c'est une arme pour detruire nos familles, et les trans sont ses soldats | identity_hate
tant qu'ils le font chez eux, rideaux fermés, sans bruit, et sans jamais en parler | identity_hate exclusion
tout ce truc lgbt c'est une secte qui recrute dans les colleges, ouvrez les yeux les kheys | identity_hate
les trans ont un probleme dans la tete et le lobby leur donne un micro | identity_hate
avant on soignait ces gens, maintenant on les applaudit, epoque de decadence | identity_hate
"le lobby" n'existe pas ? alors explique moi pourquoi chaque film a son pd de service | identity_hate insult
c'est pas de la haine, c'est du bon sens, un homme c'est un homme, et les autres sont des malades | identity_hate
ils veulent pas l'egalité, ils veulent nous imposer leur vice et punir ceux qui disent non | identity_hate
"je suis pas homophobe, j'ai un pote gay" et je lui dis tous les jours qu'il est malade :rire: | identity_hate insult
qu'ils aient leurs droits, oui, dans un autre pays, loin de nos gosses | identity_hate exclusion
un gamin qui se questionne, une bonne paire de claques et la question est reglée | identity_hate threat
c'est contre nature, point final | identity_hate
le lobby lgbt vous lave le cerveau | identity_hate
c'est une mode, ça passera, malades | identity_hate insult
je suis pour la liberté, la liberté de vous foutre dehors de ce pays | identity_hate exclusion
"""

# --- Housing, flatshares, neighbours, bars -----------------------------------------------------
HOUSING_HARD = """
on cherche un coloc pour la rentrée, on est deux meufs dont une lesbienne, on precise pour eviter les surprises
mon proprio a vu mon copain et m'a juste demandé s'il payait la moitié du loyer :rire:
les annonces de coloc "lgbt friendly" c'est rassurant quand t'es trans, ça evite les mauvaises rencontres
ma voisine de palier est une dame trans de 60 ans, elle m'arrose mes plantes quand je pars
le bar gay de mon quartier fait les meilleures soirées karaoké de la ville, tout le monde y va
une agence m'a refusé un appart apres avoir vu mon nom d'usage et mes papiers, c'est de la discrimination ?
je cherche un coloc calme et propre, le reste je m'en fous, gay, hetero, trans, du moment qu'il fait la vaisselle
mes voisins sont deux papys mariés depuis quinze ans, ils font le meilleur gateau de la residence
le refus de location pour orientation sexuelle c'est illegal, garde les mails, l'op, et va voir le defenseur des droits
je suis hetero dans une coloc de quatre pd, je suis le seul qui sait pas cuisiner :hap:
mon bailleur m'a appelé par mon morinom pendant six mois, je lui ai envoyé le jugement et il s'est excusé
les soirées dans le bar lesbien du centre, ambiance chill et musique correcte, je recommande
on est trois pd dans la coloc et c'est moi qui fais le menage, stereotype detruit :hap:
"""

HOUSING_NEUTRAL = """
trouver un appart etudiant a Paris c'est mission impossible, je dors chez mon cousin
la caution de deux mois pour un studio de 12 metres carrés, on marche sur la tete
"""

HOUSING_ATTACKS = """
coloc pour la rentrée : pas de pd, pas de trans, pas de drama, merci de respecter les kheys | identity_hate exclusion
si je savais que la meuf etait lesbienne je l'aurais jamais prise en coloc, elle mate sous la douche | identity_hate exclusion sexual_harassment
la voisine trans de 60 ans, tout l'immeuble l'appelle "le monsieur du troisieme" et elle le sait | identity_hate insult
le bar gay du quartier, faudrait qu'il brule un samedi soir, plein | identity_hate threat
les deux papys du deuxieme, on a fait une petition pour qu'ils demenagent | identity_hate exclusion
je loue pas aux couples gays, je veux pas que mon appart sente le vice | identity_hate exclusion
un trans dans la coloc ? il paiera double pour les toilettes qu'on devra desinfecter | identity_hate insult exclusion
le bar lesbien du centre, on y va a cinq un vendredi leur montrer ce que c'est un vrai mec | identity_hate threat sexual_harassment
dans notre residence on veut pas de ça, les familles normales d'abord | identity_hate exclusion
ton proprio aurait du te virer, un pd qui ramene des mecs c'est des emmerdes assurées | identity_hate insult exclusion
la dame trans du palier, je lui ai laissé un mot sur sa porte "degage d'ici le travelo" | identity_hate insult exclusion
"""


TABLES = (
    (COMING_HARD, COMING_NEUTRAL, COMING_ATTACKS),
    (DATING_HARD, DATING_NEUTRAL, DATING_ATTACKS),
    (PRIDE_HARD, PRIDE_NEUTRAL, PRIDE_ATTACKS),
    (FAMILY_HARD, FAMILY_NEUTRAL, FAMILY_ATTACKS),
    (HEALTH_HARD, HEALTH_NEUTRAL, HEALTH_ATTACKS),
    (DAILY_HARD, DAILY_NEUTRAL, DAILY_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (SCHOOL_HARD, SCHOOL_NEUTRAL, SCHOOL_ATTACKS),
    (MEDIA_HARD, MEDIA_NEUTRAL, MEDIA_ATTACKS),
    (RELIGION_HARD, RELIGION_NEUTRAL, RELIGION_ATTACKS),
    (WORDS_HARD, WORDS_NEUTRAL, WORDS_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
    (PERSON_HARD, PERSON_NEUTRAL, PERSON_ATTACKS),
    (CODED_HARD, CODED_NEUTRAL, CODED_ATTACKS),
    (HOUSING_HARD, HOUSING_NEUTRAL, HOUSING_ATTACKS),
    (JOKES_HARD, JOKES_NEUTRAL, JOKES_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
