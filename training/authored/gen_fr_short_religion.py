"""Generate fr_short_religion.csv: short French forum posts about religion and belief, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks aim at believers
(and non-believers) as people: dehumanising Muslims, Jews, Christians, Buddhists, Hindus, Sikhs,
atheists; conspiracy ("c'est toujours eux"); collective guilt for terrorism; calls to burn
mosques, churches or synagogues; mocking one person's faith to humiliate them; excluding
believers from jobs, flatshares, schools, servers; insults through religion ("sale muzz",
"youpin", "bouffeur d'hostie"). Harmless lines use the same words: believers and atheists
speaking for themselves, questions, practice, food, holidays, history, attacks told as news,
good-faith debate on laïcité, criticism of doctrines and institutions, blasphemy and jokes aimed
at gods, texts or clergy as institutions, jokes about one's own faith, counter-speech and quoting
hate to condemn it. Every line is 5 to 25 words. No extra variants.
See fr_short_religion.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_religion.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the religion words or
# the attack phrasing and attack nobody; neutral lines are ordinary posts on the topic.

# --- Ramadan, fasting, Eid --------------------------------------------------------------------
RAMADAN_HARD = """
premier jour de ramadan et j'ai deja envie de tuer pour un kebab :rire:
je suis musulman et je fais le ramadan en alternance avec mon taf de nuit, vous avez des astuces pour pas crever de soif ?
les kheys le ftour chez ma grand mere c'est chorba, bricks et dattes, le paradis sur terre
question sincere d'un athée : on a le droit de se brosser les dents pendant le ramadan ?
mon coloc est musulman et fait le ramadan, alors j'évite de manger devant lui le soir, la base
je suis musulman et entre nous on s'appelle les muzz en rigolant, mais venant d'un inconnu c'est une insulte
"les musulmans qui font le ramadan sont des fanatiques" ayaa t'as quel age golem
ramadan en juin c'est 17h sans boire, respect à ceux qui tiennent sur les chantiers
ma pote est convertie et c'est son premier ramadan, on lui a fait une surprise pour le ftour
je fais pas le ramadan mais je squatte les ftours de mes potes chaque année :hap:
l'aid c'est demain ou apres demain ? le debat de la lune chaque annee ca me tue
jeûner 30 jours ca me parait dingue mais franchement respect à la discipline
mon manager m'a proposé de décaler ma pause pour le ftour, trop classe le mec
je trouve que faire jeûner des ados en pleine période de bac c'est une mauvaise idée, c'est mon avis
on peut trouver le ramadan pas adapté aux sportifs pro sans cracher sur les musulmans
ahi mon daron a cassé le jeûne 3 minutes avant l'heure, ma mere l'a regardé comme un criminel
les gens qui disent "meme pas de l'eau ?" a chaque ramadan, oui meme pas de l'eau khey
ma collegue musulmane m'a ramené des cornes de gazelle pour l'aid, je suis conquis
je suis athée d'origine maghrébine, ma famille me saoule un peu pendant le ramadan mais bon
je fais le ramadan et a 16h en pleine canicule je maudis mon estomac :noel:
le ramadan c'est surtout le mois où ma mere cuisine pour 40 alors qu'on est 5
des kheys qui font le ramadan en salle ? je garde ma séance ou je décale apres le ftour
l'op demande si ca choque de manger devant un musulman qui jeûne, non en general on s'en fout
le mec qui jeûne et qui joue à Valorant jusqu'au shour, la vraie endurance
mon prof a décalé un partiel du soir pour les étudiants qui jeûnent, sympa de sa part
la pression sociale sur les jeunes pour le jeûne dans certaines familles, je la critique, c'est la pratique que je vise
perso je jeûne pas mais mes parents respectent, on s'engueule pas pour ca
j'ai rompu mon premier jeûne à l'hopital, les infirmieres m'ont apporté des dattes, gros respect
le ramadan en hiver c'est cheat code, 10h de jeûne et c'est plié :hap:
les musulmans malades sont dispensés de jeûne, beaucoup de gens savent pas ça
"tu fais le ramadan alors t'es intégriste ?" non frérot je suis juste croyant
l'aid au taf c'est posé en congé, mon chef a capté direct, aucun souci
est-ce que le mouton de l'aid se fait encore à la maison ou seulement à l'abattoir agréé ?
voisins qui se plaignent du bruit des ftours en terrasse, c'est pas la religion le probleme c'est 23h
la mosquée du quartier fait plus de dons alimentaires pendant le ramadan que toute l'année
chui pas croyant mais le shour à 4h avec mes freres c'est un souvenir que je garde
ma meuf est catho, elle a fait le ramadan avec moi une semaine pour voir, la boss
les memes "quand t'as oublié que tu jeûnais et t'as bu" c'est tout moi
moi musulman qui fumait en cachette pendant le ramadan à 15 ans, pardon maman :rire:
ftour chez mamie, chorba de ouf
ramadan moubarak les kheys, bon courage
"""

RAMADAN_NEUTRAL = """
le ramadan commence quand cette année ? j'ai vu deux dates différentes
c'est quoi la différence entre l'aid el fitr et l'aid el kebir au juste
bon plan pour des dattes medjool pas cheres vers la fin du mois ?
le ftour à Lille c'est à quelle heure ce soir les kheys
vous connaissez une appli fiable pour les horaires de priere et du jeûne ?
"""

RAMADAN_ATTACKS = """
encore un mois à supporter leur ramadan de sauvages qui bouffent à minuit | identity_hate
franchement les musulmans qui jeûnent deviennent des bêtes agressives, faut les enfermer ce mois là | identity_hate exclusion
le ramadan c'est le mois où les muzz volent plus pour se payer le ftour :rire: | identity_hate
ton ramadan de chèvre tu te le gardes, t'es qu'un bougnoule qui pue de la bouche | identity_hate insult
je vais manger un sandwich au jambon devant mon coloc muzz toute la journée pour l'humilier :noel: | identity_hate insult
pendant le ramadan on devrait interdire les arabes dans les transports, ils puent la faim | identity_hate exclusion
l'aid ils égorgent des moutons, normal qu'apres ils égorgent des gens | identity_hate
qu'ils crèvent de soif pendant leur ramadan, un muzz de moins c'est pas une perte | identity_hate threat
ma collegue fait le ramadan, on va la virer de l'open space elle sent la mort | identity_hate insult exclusion
le chef qui fait le ramadan est trop mou, les musulmans c'est des feignasses de naissance | identity_hate
je crache dans la soupe de la voisine voilée pour casser son jeûne :hap: | identity_hate insult
ramadan = mois de la racaille, ils rodent la nuit comme des rats | identity_hate
ahi le khey qui fait le ramadan, t'as mangé du porc en cachette comme tous les hypocrites de ta race | identity_hate insult
les jeûneurs au boulot on devrait les mettre à part, ils servent à rien tout le mois | identity_hate exclusion
l'aid el kebir c'est la fête des barbares, renvoyez les avec leurs moutons | identity_hate exclusion
perso je trouve que les musulmanes qui jeûnent font que chouiner et puer, quel enfer de bosser avec elles | identity_hate
t'es en ramadan ? parfait, tu vas pouvoir bouffer ma bite au ftour | identity_hate insult sexual_harassment
si je croise encore un muzz qui fait son ftour dans le parc avec sa famille, je lui renverse sa bouffe et je le cogne | identity_hate threat
le ramadan ça devrait être le mois de la chasse aux barbus :noel: | identity_hate threat
mon voisin fait le ramadan, ce porc de musulman va se goinfrer toute la nuit encore | identity_hate insult
pas de jeûneurs dans mon équipe de foot, ils sont éclatés physiquement ces muzz | identity_hate exclusion
le ramadan c'est juste une excuse des arabes pour pas bosser, parasites | identity_hate
un gosse qui fait le ramadan à 10 ans, c'est un petit terroriste en formation | identity_hate
un musulman qui jeûne c'est comme un chameau, ca tient sans boire et ca crache :rire: | identity_hate
l'op fait le ramadan, bah reste affamé, tu ressembles déjà à un squelette de taliban | identity_hate insult body_shaming
les musulmans avec leur haleine de ramadan, faut les mettre en quarantaine | identity_hate exclusion
je mettrais du lard dans les dattes de la mosquée du quartier, qu'ils s'étouffent | identity_hate threat
on devrait affamer les muzz toute l'année, au moins ils seraient enfin calmes | identity_hate threat
Farid fait le ramadan, regardez moi ce bougnoule qui se prend pour un saint | identity_hate insult
chaque aid c'est la meme, ces gens ramènent la crasse du bled dans nos rues | identity_hate
le ramadan devrait etre interdit et les musulmans qui le font, expulsés | identity_hate exclusion
"ramadan moubarak" mon cul, rentrez faire vos simagrées chez vous | identity_hate exclusion
je suis prof et mes collègues musulmans en ramadan devraient pas avoir le droit d'enseigner, trop instables | identity_hate exclusion
ton ramadan tu le fais parce que t'as un cerveau de mouton comme ton père | identity_hate insult
sale muzz affamé, dégage d'ici | identity_hate insult exclusion
"""

# --- Christians: Catholics, Protestants, evangelicals, Christmas, Easter, Mass --------------------
CHRISTIAN_HARD = """
messe de minuit avec ma grand mere, je comprends rien mais l'ambiance est folle
je suis catho pratiquant et oui khey j'ai quand meme une vie sociale :hap:
j'ai été baptisée à 22 ans, ma famille était pas croyante du tout, choix perso
Noel sans la buche de ma tante c'est pas Noel, et je suis même pas croyant
critiquer la position de l'Église sur la contraception c'est pas de la cathophobie
le Vatican qui a couvert des abus pendant des décennies, c'est une honte institutionnelle
le curé de mon village est un mec adorable qui joue à la pétanque avec les jeunes
je suis catho et je trouve que l'Église doit rendre des comptes sur les abus, point
ma pote évangélique m'a invitée à un culte, c'était genre concert de gospel, j'ai kiffé
Pâques = chasse aux oeufs + gigot, la religion je m'en fous mais la tradition je garde
le carême c'est 40 jours sans quoi exactement ? ma copine fait sans sucre
"les cathos c'est tous des réacs" non, ma paroisse héberge des réfugiés chaque hiver
le pape qui change d'avis sur un truc tous les 30 ans, l'institution est lente c'est tout
les hosties ont un gout de carton, je l'ai dit au catéchisme j'ai été puni :rire:
perso je trouve la doctrine du péché originel absurde, mais je respecte ceux qui y croient
mon parrain est prêtre et c'est lui qui m'a appris à jouer aux échecs
se faire traiter de bouffeur d'hostie en cours parce que je vais à la messe, sympa l'ambiance
la confession c'est bizarre pour moi, tu racontes tout à un inconnu derriere une grille ?
les JMJ c'était la meilleure semaine de ma vie, même sans être hyper croyant
j'ai arrêté la messe à 15 ans, mes parents cathos l'ont bien pris au final
les chants grégoriens pour réviser c'est sous-coté les kheys, essayez
la Toussaint c'est pas Halloween, ma grand mere tient à aller au cimetiere chaque année
l'Église catholique a un rapport à l'argent et à l'immobilier qui mérite des questions
les cathos tradis qui font la messe en latin, c'est leur délire, ils gênent personne
mon pote évangélique prie avant chaque repas même au McDo, perso je trouve ça mignon
je suis protestante et on me demande tout le temps si on a le droit de boire, oui on a le droit
Noël au tieks, les voisins musulmans nous ont ramené des pâtisseries, trop bien
"les chrétiens sont des moutons" ayaa t'as 14 ans et tu découvres Nietzsche
le concept de l'enfer éternel pour un seul péché je trouve ça moralement indéfendable, désolé
j'ai fait ma confirmation l'an dernier et mes potes athées sont venus, c'était cool
la crèche vivante du village avec un vrai âne qui a chié sur Joseph :rire:
les évangéliques qui sonnent le dimanche matin, je dis non merci poliment et voilà
le sapin c'est païen à la base non ? un khey historien pour confirmer
les prêtres qui ont violé des gosses doivent être jugés comme tout le monde, soutane ou pas, et l'institution qui les a couverts aussi
ma mamie récite le chapelet devant la télé, elle prie pour mes partiels, je prends
le mariage à l'église c'était juste pour faire plaisir à la belle mere, j'ai pas honte
le célibat des prêtres c'est une règle de l'institution, je la trouve dépassée perso
croire en Dieu à 40 ans c'est comme croire au père Noël pour moi, mais chacun son délire
joyeux Noël même aux athées du forum :noel:
"""

CHRISTIAN_NEUTRAL = """
la messe de Noël c'est à 18h ou à minuit dans la plupart des paroisses ?
on offre quoi à un filleul pour son baptême, j'ai aucune idée
le lundi de Pâques est férié partout en France ou pas ?
c'est quoi la différence entre un catholique et un orthodoxe au juste
j'ai une retraite de 3 jours dans une abbaye, quelqu'un a déjà fait ça ?
"""

CHRISTIAN_ATTACKS = """
t'es catho pratiquant ? t'as un cerveau de mouton, bouffeur d'hostie va | identity_hate insult
ayaa les cathos, tous des pédos qui se cachent derriere une soutane | identity_hate
tous les curés sont des violeurs, faudrait les castrer à la sortie de la messe | identity_hate threat
ma voisine va à la messe, je vais lui pourrir la vie à cette grenouille de bénitier | identity_hate insult
l'op va à la messe chaque dimanche, golem débile lobotomisé par les curés | identity_hate insult
les chrétiens d'Orient qu'on les laisse crever, c'est pas nos affaires ces bigots | identity_hate threat
on devrait bruler toutes les églises avec les fidèles dedans le dimanche | identity_hate threat
les évangéliques c'est une secte de débiles, faut les virer de la fac | identity_hate exclusion
pas de cathos dans notre coloc, ils vont nous faire la morale toute la journée ces coincés | identity_hate exclusion
ta mère la bigote elle prie pour que tu trouves une meuf ? sale puceau de catho | identity_hate insult
ces culs bénis de tradis faut les gazer avec leur encens | identity_hate threat
protestant = rat radin, c'est dans leur religion de compter chaque centime | identity_hate
ma collegue évangélique a parlé de Jésus à la pause ? je la fais virer, ces illuminés ont rien à faire dans une boîte normale | identity_hate exclusion
vous avez vu les familles cathos avec 6 gosses ? ils se reproduisent comme des lapins consanguins | identity_hate
les bonnes soeurs c'est des frustrées mal baisées, je leur montrerais bien moi | identity_hate sexual_harassment
lui il porte une croix au cou, on va lui arracher et lui faire bouffer | identity_hate threat
les chrétiens sont des faibles qui tendent l'autre joue, frappez les ils diront rien | identity_hate threat
le petit catho de ma promo, personne lui parle, on le laisse manger seul avec son chapelet | identity_hate exclusion
jamais je sortirai avec une catho, c'est toutes des coincées du cul frigides | identity_hate insult
les chrétiens africains dans les églises, on dirait des singes qui dansent | identity_hate
les scouts cathos c'est un élevage de futurs fachos et de pédos | identity_hate
ton Jésus il a fini cloué, toi aussi on va te clouer si tu continues tes sermons | identity_hate threat
à la messe y a que des vieux inutiles qui devraient déjà être morts | identity_hate threat
mon pote va à l'aumônerie, il est aussi attardé que tous ces cathos de merde | identity_hate insult
les cathos de Versailles faut les parquer dans leur ghetto de bourges et fermer les grilles | identity_hate exclusion
les orthodoxes c'est des ivrognes barbus, une religion de sauvages de l'Est | identity_hate
t'as fait ta communion ? donc t'es un sale hypocrite comme tous les chrétiens | identity_hate insult
les prêtres africains dans nos églises, qu'ils retournent dans leur brousse | identity_hate exclusion
grenouille de bénitier, tu pues l'encens et la naphtaline, dégage du serveur | identity_hate insult exclusion
si ton église brule cette nuit faudra pas t'étonner, on sait où elle est | identity_hate threat
je suis athée et pour moi les cathos sont des lâches qui ont tous collaboré, une race de traîtres | identity_hate
cette catho de Léa avec sa croix, on va lui faire regretter de l'afficher en cours | identity_hate threat
les chrétiens c'est des attardés qui croient au père Noël à 40 ans | identity_hate insult
les évangéliques noirs qui crient dans leur hangar faudrait les expulser du quartier | identity_hate exclusion
crève bouffeur d'hostie, toi et ta paroisse | identity_hate insult threat
"""

# --- Jews and Judaism: Yom Kippur, Shabbat, kippa, synagogue, conspiracy ------------------------
JEWISH_HARD = """
je suis juif et je fais Kippour chaque année même si je suis pas hyper pratiquant
Yom Kippour c'est 25h sans boire ni manger, les kheys qui font le ramadan vous comprenez la douleur
mon pote m'a invité à un repas de shabbat, pas d'électricité, on a joué aux cartes, top soirée
question sincère : pourquoi on casse un verre aux mariages juifs ?
"les juifs contrôlent les banques" c'est le genre de phrase qui a mené aux camps, réfléchis deux secondes
je porte la kippa à la synagogue, dans le métro je la mets sous une casquette, triste époque
critiquer la politique du gouvernement israélien c'est pas de l'antisémitisme, par contre demander des comptes à ton voisin juif pour ça, oui clairement
ma grand mere séfarade fait une dafina le vendredi, meilleur plat de l'univers
la bar mitzvah de mon cousin c'était une dinguerie, DJ, danses, j'ai fini en sueur
être athée et juif c'est possible, je suis la preuve, c'est une culture aussi
Hanoukka c'est pas le Noël juif, on me le demande chaque décembre :ok:
le Talmud c'est des débats sur des débats, j'adore la logique même sans croire
je trouve certaines règles de la cacheroute absurdes mais ma mère y tient, je respecte
un tag antisémite sur la boulangerie de mon quartier, tout le monde est venu nettoyer avec le patron
le mec qui dit "youpin" en vocal s'est fait ban direct, bien fait pour lui
rabbin et imam qui font un match de foot ensemble dans ma ville, j'adore
ma prof d'hébreu au lycée nous faisait goûter des pâtisseries de Pourim
le shabbat je peux pas jouer en ranked le vendredi soir, ma team a l'habitude maintenant
les juifs ashkénazes et séfarades c'est pas la même cuisine du tout, j'ai découvert ça
je suis juive et je me fais traiter de sioniste dès que je dis mon prénom, ça fatigue
la visite du musée d'art et d'histoire du judaïsme avec ma classe, très bien fait
l'orthodoxie juive avec ses règles sur les femmes, je la trouve patriarcale, comme les autres orthodoxies
Kippour au bureau, mon chef m'a souhaité bonne fête, euh non c'est le grand pardon chef
"vous les juifs vous êtes riches" m'a dit un gamin, je lui ai expliqué que mon daron est plombier
j'ai appris le yiddish avec ma grand mère, quelques mots de ouf comme schlemiel
un khey peut m'expliquer le concept du peuple élu ? c'est théologique ou politique ?
mon voisin juif et moi on se prête la perceuse depuis 10 ans, la vraie fraternité
la kippa c'est pas porté pareil partout hein, ça dépend des courants
les blagues juives de mon oncle sur lui-même, c'est du stand-up de cuisine :rire:
la rafle du Vel d'Hiv, plus de treize mille personnes arrêtées en deux jours, on en parle pas assez
synagogue de mon quartier sous protection militaire depuis des années, ça me rend triste
le bagel saumon cream cheese c'est juif new-yorkais à la base, culture générale
"t'es juif donc t'as un avis sur Israël" non, j'ai un avis sur mes partiels
je suis pas juif mais Pessah chez ma meuf c'était 4h de lecture et un repas énorme
les complotistes qui mettent des triples parenthèses autour des noms, signalez direct
le judaïsme interdit le porc et le lapin aussi ? quelqu'un de calé
"les juifs sont partout dans les médias" est un vieux mythe antisémite, arrête de recycler ça
mon pote converti au judaïsme a étudié 3 ans avant le bain rituel, respect
chabbat chalom les kheys, bon week-end
"""

JEWISH_NEUTRAL = """
Kippour tombe quand cette année ? mon pote veut qu'on décale le match
vous savez si les synagogues se visitent pendant les journées du patrimoine ?
c'est quoi la différence entre casher et glatt casher ?
une idée de cadeau pour une bat mitzvah, elle a 12 ans
quelqu'un connait un bon resto israélien pas trop cher à Marseille ?
"""

JEWISH_ATTACKS = """
les juifs contrôlent les banques et les médias, ouvrez les yeux les kheys | identity_hate
encore un youpin qui pleure sur la Shoah pour toucher des sous | identity_hate insult
le mec avec sa kippa dans le métro, je lui aurais arraché et craché dessus | identity_hate threat
ils se disent peuple élu mais c'est juste des parasites qui sucent le pays | identity_hate
comme par hasard c'est toujours eux derrière chaque guerre :hap: | identity_hate
mon prof d'éco est juif, normal qu'il note mal les arabes et qu'il surnote ses potes, ils se serrent toujours les coudes entre eux | identity_hate
la synagogue de ma ville, faudrait y foutre le feu un samedi matin | identity_hate threat
le moustachu a pas fini le travail, voilà ce que je pense de ces gens | identity_hate threat
sérieux les juifs c'est des rats radins, même leurs gosses comptent les centimes | identity_hate
Nathan de ma classe porte une kippa, on va lui faire comprendre qu'il est pas chez lui | identity_hate threat exclusion
pas de feujs dans notre équipe, ils vont encore nous gratter le budget :noel: | identity_hate exclusion
le Grand Remplacement c'est eux qui l'organisent, tout le monde le sait | identity_hate
Kippour ils s'excusent une fois par an d'avoir volé le monde entier | identity_hate
la Shoah c'est exagéré, 6 millions c'est un chiffre inventé par eux | identity_hate
ton nez de youpin t'empêche de voir l'écran ? :rire: | identity_hate insult body_shaming
les rabbins égorgent des enfants, c'est écrit dans leurs livres, renseignez vous | identity_hate
ces sales juifs ont tué le Christ, ils méritent tout ce qui leur arrive | identity_hate threat
je veux pas de juifs dans ma coloc, ils mettent des caméras partout | identity_hate exclusion
le patron juif de mon taf nous exploite comme tous ceux de sa race | identity_hate
"sioniste" c'est juste le mot poli pour dire que tous les juifs sont des ordures | identity_hate
moi je dis que les juifs devraient tous partir en Israël et nous laisser la France | identity_hate exclusion
regardez qui possède les chaînes de télé, les noms finissent tous pareil :ok: | identity_hate
la kippa c'est une cible, qu'ils assument quand ils se font tabasser | identity_hate threat
mon voisin feuj compte son fric le samedi en cachette, tous des hypocrites | identity_hate
Sarah se plaint d'antisémitisme ? sale juive, t'as qu'à te barrer en Israël | identity_hate insult exclusion
les juifs orthodoxes avec leurs papillotes, on dirait des clowns consanguins | identity_hate body_shaming
une bonne chambre à gaz pour les streamers juifs qui chouinent | identity_hate threat
ils tiennent le gouvernement, c'est pour ça que personne ose parler d'eux | identity_hate
le covid c'était encore un coup des labos juifs pour s'enrichir | identity_hate
on devrait ficher tous les juifs du pays, au cas où | identity_hate exclusion
la bar mitzvah du petit Benjamin, encore une fête payée avec notre argent | identity_hate
quand je vois un juif dans le tram je change de wagon, ils portent malheur | identity_hate exclusion
l'op a un nom juif, vous étonnez pas qu'il défende les banques | identity_hate insult
une juive c'est frigide sous sa perruque, faut la décoincer | identity_hate sexual_harassment
youpin un jour, youpin toujours | identity_hate insult
"""

# --- Food: halal, kosher, pork at the canteen, alcohol -----------------------------------------
FOOD_HARD = """
la boucherie halal de mon quartier fait les meilleures merguez de la ville, débat clos
je mange pas de porc parce que je suis musulman, la cantine fait une alternative et c'est très bien
l'abattage sans étourdissement, je suis contre pour le bien-être animal, halal ou casher pareil
on peut débattre de l'étiquetage halal sans dire que les musulmans envahissent le rayon
ma coloc mange casher, on a deux éponges différentes, c'est pas la mort
"le halal finance le terrorisme" ayaa c'est le kebab d'Ahmed, il finance surtout son crédit
je suis juif et je mange pas casher, ma grand mère fait semblant de pas le savoir
menu sans porc à la cantine, en vrai tout le monde prend le poisson pané
question sérieuse : le bonbon Haribo halal il a le même gout ? :hap:
mon pote musulman boit pas mais il est toujours le conducteur des soirées, une légende
le débat sur les menus de substitution revient à chaque municipale, perso je suis pour
mon daron a élevé des cochons et maintenant il achète du halal pour son voisin, l'amitié
je critique l'industrie du halal comme business, les labels c'est souvent du marketing
bah moi je suis catho et je mange pas de viande le vendredi saint, chacun son délire
les végétariens juifs et musulmans ils se prennent pas la tête avec tout ça :rire:
l'épicerie casher ferme le vendredi aprem, j'ai appris ça à la dure avec mon houmous
un khey sait si la gélatine dans les yaourts est halal ?
la viande casher coûte un bras, je comprends pas pourquoi d'ailleurs
"les muzz et leur halal de merde" c'est ce qu'a écrit un mec, ban en 5 minutes, merci les modos
soirée raclette avec mes potes musulmans, on a fait un plateau dinde fumée, 10/10
le jambon-beurre est sacré en France mais ça veut pas dire que tout le monde doit en manger
je trouve les interdits alimentaires religieux irrationnels, mais ton assiette me regarde pas
mon patron a prévu des plats halal au repas d'équipe sans qu'on demande, chef respectable
les grecs de ma fac sont tous halal, même les végans y vont pour les frites
le saucisson de dinde c'est halal ou c'est une arnaque ? question sérieuse
ma mère a acheté des chipolatas halal par erreur, mon père a rien remarqué :noel:
les épiceries halal ouvertes à 23h m'ont sauvé la vie pendant le confinement
l'abattage rituel sera peut-être encadré par l'Europe, ça va faire débat
on peut trouver ridicule l'interdit du porc et rester pote avec ceux qui le suivent, c'est mon cas
mon pote juif et mon pote musulman se battent pour savoir qui a le meilleur shawarma :rire:
le Big Mac halal existe pas en France ? j'ai vu ça en vacances au Maroc
je suis bouddhiste et végétarien, pour une fois que c'est pas moi le relou à table :hap:
dire "le halal c'est cruel" sans parler des abattoirs classiques c'est un peu hypocrite
ma belle mère juive pratiquante vérifie chaque étiquette, au début ça m'a saoulé, maintenant je l'aide
le rayon casher du supermarché a des gâteaux de Pessah trop bons, je suis pas juif et j'en achète
les mairies qui servent que du porc à la cantine juste pour faire chier les familles musulmanes, c'est de la politique, pas de la laïcité
mon coloc musulman m'a appris à faire un tajine, moi je lui ai appris la blanquette
la bière sans alcool c'est halal ou pas ? mon pote se pose la question depuis 3 ans
meilleur kebab halal de la ville, validé
"""

FOOD_NEUTRAL = """
vous connaissez un traiteur halal pour un mariage de 80 personnes vers Lyon ?
c'est quoi exactement la différence entre halal et casher pour la viande ?
la cantine de ma fac propose un menu végé tous les jours maintenant
le poulet Label Rouge peut etre halal aussi ou c'est incompatible ?
bonne adresse de restaurant libanais à Toulouse ? budget étudiant
"""

FOOD_ATTACKS = """
les muzz et leur halal de merde, ils égorgent des bêtes comme ils égorgent des gens | identity_hate
je vais foutre du lard dans le sandwich de mon collègue musulman, il le verra même pas :noel: | identity_hate insult
le halal c'est l'impôt des barbus, chaque kebab finance un terroriste | identity_hate
pas de bouffe halal dans ma boite, si les muzz sont pas contents ils dégagent | identity_hate exclusion
casher = arnaque, même la bouffe les juifs la font payer plus cher, rapaces | identity_hate
faut servir que du porc à la cantine tous les jours, et les petits arabes qui veulent pas manger ils ont qu'à crever de faim | identity_hate threat
ma voisine voilée achète halal, je lui ai collé une tranche de jambon sur sa porte | identity_hate insult
tu manges pas de porc parce que t'es cousin avec, sale muzz :rire: | identity_hate insult
les boucheries halal faut toutes les fermer et les cramer, on est en France | identity_hate threat exclusion
le rayon halal au supermarché c'est le début de l'invasion, ils nous grignotent | identity_hate
Karim refuse le saucisson à l'apéro, on va le forcer à en bouffer devant tout le monde | identity_hate threat
ceux qui mangent casher se croient supérieurs même dans leur assiette, peuple de parasites | identity_hate
jamais j'embauche un cuisinier musulman, il va cracher dans le porc des clients | identity_hate exclusion
les kebabs halal c'est tenu par des bougnoules qui font du trafic derrière | identity_hate insult
le mec qui prend le menu sans porc on le met à la table des terroristes :hap: | identity_hate exclusion
l'odeur des épiceries halal, ça pue le bled et la crasse de ces gens | identity_hate
le gamin juif qui mange pas comme nous, isolez le à la cantine, il l'a cherché | identity_hate exclusion
un bon coup de jambon dans la gueule des barbus et ils se convertissent :rire: | identity_hate threat
tu bois pas d'alcool ? t'es encore un de ces muzz coincés, dégage de la soirée | identity_hate insult exclusion
on devrait balancer du porc dans toutes leurs mosquées, qu'ils bouffent leur dieu | identity_hate
chez les muzz on saigne des moutons dans la baignoire, des sauvages | identity_hate
le traiteur casher c'est encore un moyen des juifs pour nous racketter | identity_hate
l'op mange halal, je parie qu'il a aussi une bombe dans son tupperware | identity_hate insult
les musulmans qui mangent halal à la cantine faut les regrouper dans une salle à part | identity_hate exclusion
un vrai Français mange du porc, les autres on les renvoie chez eux | identity_hate exclusion
mon pote dit qu'il mange casher, je l'appelle le youpin de la bande maintenant :noel: | identity_hate insult
la bouchère voilée, je lui mettrais bien autre chose que du halal dans la bouche | identity_hate sexual_harassment
les moutons de l'aid ont plus de cervelle que ceux qui les égorgent | identity_hate insult
les musulmans qui vendent du halal faudrait les ficher, ça finance le djihad | identity_hate exclusion
vas-y mange ton casher dans ton coin le feuj, personne veut de toi à notre table | identity_hate insult exclusion
le kebab de Mehdi c'est sûrement du chat, c'est comme ça chez eux | identity_hate
les juifs qui contrôlent les labels casher se font des milliards sur notre dos | identity_hate
si ta bouffe halal te plait pas ici, retourne manger du sable au bled | identity_hate insult exclusion
je pisse dans la marmite de l'aid des voisins muzz, qu'ils sentent l'accueil français | identity_hate insult
ton halal de sauvage, rentre au bled | identity_hate insult exclusion
"""

# --- Veil, kippa, religious signs, laïcité at school ---------------------------------------------
VEIL_HARD = """
je suis voilée depuis mes 19 ans, choix perso, ma mère l'est même pas
on peut être contre le voile à l'école primaire et traiter les femmes voilées avec respect, c'est mon cas
la loi de 2004 interdit les signes religieux ostensibles au lycée, la croix, la kippa et le voile pareil
les abayas au lycée, je comprends pas bien la règle, c'est un vêtement ou un signe religieux ?
ma pote a enlevé son voile et elle s'est pris des remarques de sa famille, c'est dur aussi dans ce sens
le voile comme symbole patriarcal je le critique, mais j'insulte pas les meufs qui le portent
les mamans voilées en sortie scolaire, moi j'y vois aucun problème, elles aident la maîtresse
la kippa au lycée public c'est interdit aussi, les gens l'oublient souvent
"pas de voilées dans mon entreprise" c'est illégal dans le privé sauf cas précis, j'ai vérifié
je suis prof et je fais respecter la laïcité sans humilier personne, c'est tout un art
les sikhs et leur turban au lycée, ça a fait jurisprudence, c'est intéressant à lire
une meuf voilée m'a aidé à retrouver mon chat, respect, les kheys arrêtez les clichés
mettre le voile ou pas c'est un débat à l'intérieur de l'islam aussi
je trouve la burqa oppressive, je suis pour son interdiction dans l'espace public, sans haine
ma meilleure amie porte le hijab et fait de la boxe, elle me met des patates à l'entraînement
je porte une croix discrète et le CPE m'a rien dit, la règle c'est "ostensible" je crois
à la fac le voile est autorisé, c'est pas le lycée, beaucoup confondent
turbans, kippas, voiles, croix, perso je m'en fiche tant que la personne est sympa
"retire ton voile ou casse toi" c'est ce qu'un patron a dit à ma soeur en stage, inadmissible
la laïcité c'est la neutralité de l'État, pas l'interdiction des religions dans la rue
je suis musulmane et pas voilée, et non je suis pas une "mauvaise musulmane"
la tenue du voile de ma cousine avec des épingles, 20 minutes chaque matin, la patience :rire:
hijab de sport d'une grande marque, ma pote a enfin trouvé un truc qui tient pendant le foot
débat en TD sur le voile intégral, tout le monde a parlé calmement, rare et agréable
mon prof d'histoire porte la kippa le week-end, au lycée il l'enlève, la règle c'est la règle
la burqa et le niqab c'est pas le même truc que le hijab, renseignez vous avant de débattre
un khey m'a demandé si j'ai chaud sous mon voile, oui en août c'est la fournaise honnêtement
je trouve que la règle sur l'abaya est floue et mal appliquée, c'est un avis sur une règle
ma mamie bretonne portait un foulard sur la tête toute sa vie et personne en parlait
la bonne soeur de mon école avait un voile aussi hein, c'est pas qu'une histoire d'islam
hier dans le bus une vieille a traité une fille voilée de terroriste, j'ai pris la défense de la meuf et le bus a suivi
"voilée = soumise" c'est un raccourci, ma pote voilée est la plus grande gueule de la promo
la kippa cachée sous une casquette pour éviter les agressions, c'est la France d'aujourd'hui ça
on peut discuter du voile des accompagnatrices sans traiter les mères de terroristes
je suis laïcard à fond et je défends le droit de ma voisine à porter son voile dans la rue
les arguments pour interdire le voile aux mineures je les comprends, j'hésite encore
le burkini à la piscine municipale, perso je vois pas le problème d'hygiène, c'est du lycra
ma pote portait le voile en terminale hors du lycée, elle l'enlevait au portail chaque matin
voilée et en master de droit, coucou
"""

VEIL_NEUTRAL = """
c'est quoi la règle exacte sur les signes religieux en BTS, c'est considéré comme le lycée ?
quelqu'un sait si on peut porter un bandana au lycée sans se faire embrouiller ?
la loi de 2004 s'applique aux établissements privés sous contrat ou pas ?
vous avez une boutique de foulards en soie pas chère à conseiller ?
en stage en mairie, on peut garder un bracelet religieux ou ça compte comme signe ?
"""

VEIL_ATTACKS = """
voilée = sac poubelle ambulant, faut les ramasser le mardi | identity_hate
la meuf voilée de ma classe, on lui arrache son torchon à la récré demain | identity_hate threat
pas de voilées dans mon entreprise, qu'elles retournent au bled avec leurs serpillières | identity_hate exclusion
toutes les voilées sont des soumises qui pondent des futurs terroristes | identity_hate
Inès met le voile maintenant, elle est devenue une pute à barbus | identity_hate insult sexual_harassment
le mec à kippa qui passe dans ma rue, je lui fais bouffer sa kippa la prochaine fois | identity_hate threat
ces mamans voilées aux sorties scolaires faut les dégager, elles font peur aux gosses | identity_hate exclusion
sous son voile elle cache sûrement une ceinture d'explosifs :rire: | identity_hate
la prof voilée de ma soeur, je vais aller la voir et lui retirer moi-même | identity_hate threat
une voilée dans la rue et c'est déjà l'invasion, faut nettoyer ça au kärcher | identity_hate threat
le foulard de ta mère il sert à cacher sa gueule de guenon ou quoi | identity_hate insult body_shaming
les voilées au lycée faut pas renvoyer juste le voile, faut les renvoyer elles, définitivement | identity_hate exclusion
balancez le nom et la promo de la voilée du TD 3, qu'on lui fasse une surprise | identity_hate threat doxxing
les burqas c'est des fantômes de merde, faut leur tirer dessus comme à la chasse | identity_hate threat
porter la kippa c'est afficher qu'on est un parasite, au moins on les repère | identity_hate
la voilée du TD elle est bonne, dommage qu'elle soit emballée comme un kebab | identity_hate sexual_harassment
je serre pas la main aux voilées, elles sont sales de l'intérieur ces muzz | identity_hate exclusion
ton hijab de merde c'est pour cacher que t'es chauve ma pauvre fille | identity_hate insult body_shaming
les profs qui laissent entrer des voilées devraient être virés avec elles | identity_hate exclusion
une nana voilée à la piscine ? je la noie moi-même avec son burkini | identity_hate threat
toute cette racaille en abaya faudrait la parquer dans un lycée à part | identity_hate exclusion
la voilée du bus, j'ai bien fait de lui cracher dessus, qu'elle rentre chez elle | identity_hate exclusion
honnêtement une femme voilée a le QI d'une chèvre, c'est prouvé | identity_hate
les sikhs avec leurs turbans c'est des têtes de serviette, pas mieux que les muzz | identity_hate
la fille voilée du serveur Discord, kickez la, on veut pas de ça ici | identity_hate exclusion
le voile c'est un torchon de soumise et tes filles finiront pareil, esclaves de barbus | identity_hate insult
si ma soeur met le voile je la défigure, aucune hésitation | identity_hate threat
les gamines voilées c'est l'islam qui nous envahit, virez les toutes de l'école | identity_hate exclusion
la maman voilée qui voulait accompagner la sortie, je lui ai dit devant tout le monde de rester à la cuisine comme une bonne muzz | identity_hate insult exclusion
les profs juifs à kippa ? ils peuvent aller enseigner en Israël, pas chez nous | identity_hate exclusion
les voilées ont toutes des poux sous leur foulard, c'est pour ça qu'elles le gardent :rire: | identity_hate body_shaming
arrachons tous les voiles dans la rue, une par une, c'est ça la vraie laïcité | identity_hate threat
elle porte le niqab ? bah au moins on voit pas sa gueule de thon | identity_hate insult body_shaming
je suis pour qu'on retire la garde aux mères voilées, elles élèvent des bêtes | identity_hate
dehors les voilées, toutes sans exception | identity_hate exclusion
"""

# --- Laïcité at work, hiring, flatshares, prayer at work ------------------------------------------
WORK_HARD = """
je prie pendant ma pause déj dans ma voiture, personne le sait et ça gêne personne
une salle de prière au boulot, perso je suis contre en entreprise mais c'est un avis, pas une haine
mon patron est évangélique, il nous parle jamais de Jésus et heureusement, pro jusqu'au bout
refuser un candidat parce qu'il est musulman c'est de la discrimination, j'ai gagné aux prud'hommes
collegue qui demande son vendredi aprem pour la grande prière, RH a dit ok avec récup, simple
dans la fonction publique on peut pas porter de signe religieux, c'est la neutralité, je l'applique
ma boss juive m'a laissé partir plus tôt pour un enterrement, le respect c'est pas une question de religion
je suis musulman et je serre pas la main des femmes au taf, je pose la main sur le coeur, ça passe
perso je trouve bizarre de refuser de serrer la main, on peut en parler au taf sans s'insulter
le règlement intérieur de ma boite limite les signes religieux au contact client, c'est légal dans certains cas
"pas de juifs dans ma boîte" a dit mon ancien chef, on l'a balancé à l'inspection du travail
je suis catho et mes collegues se foutent de moi gentiment quand je vais à la messe de Noël, ça me va
annonce de coloc avec "pas de musulmans", c'est illégal, signalez ces annonces
ma coloc est voilée, on fait des soirées jeux, elle gagne toujours au Uno :hap:
le taf m'a proposé de bosser à Noël, comme je suis pas croyant j'ai dit oui, prime x2
le prosélytisme au boulot me saoule, qu'il vienne d'un évangélique ou d'un témoin de Jéhovah
ce que je dis c'est que le boulot c'est pas l'endroit pour convertir, pas que les croyants sont nuls
la neutralité s'applique à l'État et aux fonctionnaires, pas au caissier de Lidl, faut arreter
en entretien d'embauche on m'a demandé si je faisais le ramadan, c'est illégal non ?
je suis athée dans une boite de cathos tradis, franchement tout le monde est courtois
le chef de chantier musulman jeûne et il bosse plus que nous tous, respect éternel
j'ai posé Kippour en congé sans solde, mon manager a juste dit "ok bon courage"
on peut critiquer les religions à la pause café tant qu'on vise personne
un collegue me demande pourquoi je bois jamais à l'afterwork, je lui dis que je suis musulman, il m'a commandé un virgin mojito sans commentaire
la salle de repos sert de salle de prière pour deux collegues le midi, on fait attention au bruit
"les religieux au taf c'est relou" dit mon pote, je lui ai dit que le relou c'est lui :rire:
ma boite fête Noël et organise un repas de l'aid, c'est con mais ça crée du lien
le mec qui se fait refuser un logement parce qu'il s'appelle Mohamed, c'est du racisme, portez plainte
en stage à la mairie j'ai dû enlever ma croix, c'est la règle des agents publics, ok
pour moi les horaires aménagés pour la prière en entreprise c'est non, pour toutes les religions pareil
je trouve limite qu'un patron impose la prière du matin dans sa boite catho, même s'il est sympa
mon coloc est témoin de Jéhovah, il fête pas les anniversaires mais il mange mon gâteau :noel:
recruteuse ici : on regarde jamais la religion d'un candidat, on a même pas le droit de demander
les kheys athées, vous avez déjà eu des soucis au taf avec des collegues trop croyants ?
une crèche privée confessionnelle peut imposer des règles, la publique non, c'est la loi
mon boss musulman a fait les courses pour le pot de départ et a pris du rosé pour nous, le plus chill
ma collègue a une croix tatouée sur le poignet et les clients s'en foutent, normal
le mec qui fait la prière au fond de l'entrepôt, on le laisse tranquille, il rattrape ses minutes
je prie au taf, discrètement, tranquille
"""

WORK_NEUTRAL = """
est-ce qu'un employeur privé peut interdire le voile en télétravail ? question sérieuse
les jours fériés en Alsace c'est différent du reste de la France, non ?
comment on demande un congé pour une fête religieuse sans que ce soit bizarre ?
le Concordat en Alsace-Moselle, quelqu'un peut expliquer en deux lignes ?
vous connaissez un bon guide sur la laïcité en entreprise, côté droit du travail ?
"""

WORK_ATTACKS = """
pas de voilées dans mon entreprise, je les jette au premier entretien | identity_hate exclusion
je recrute jamais de musulmans, ils prient au lieu de bosser ces feignasses | identity_hate exclusion
mon collegue prie dans l'entrepôt, la prochaine fois je lui roule dessus avec le fenwick | identity_hate threat
annonce de coloc : pas de juifs, pas de muzz, que des gens normaux | identity_hate exclusion
les témoins de Jéhovah au boulot faut les isoler, personne leur parle, c'est des tarés | identity_hate exclusion
le nouveau à la compta s'appelle Mohamed et fait la prière, on va lui mener la vie dure jusqu'à ce qu'il démissionne de lui-même | identity_hate exclusion
les cathos tradis au taf ils votent tous facho, faut les virer de l'équipe | identity_hate exclusion
ma collègue voilée, on la met au fond du bureau, loin des clients, elle fait tache | identity_hate exclusion
un muzz à la caisse ça fait fuir la clientèle, c'est pas du racisme c'est du business | identity_hate exclusion
le patron juif, on sait tous comment il a eu sa boîte, magouilles de sa race | identity_hate
ton tapis de prière dans le vestiaire je vais pisser dessus, tu verras | identity_hate insult
les évangéliques à l'accueil ils font peur aux gens, tous des illuminés à enfermer | identity_hate exclusion
le mec qui refuse de serrer la main des femmes, on va lui casser la sienne | identity_hate threat
jamais j'embauche un bigot catho, ça ruine l'ambiance d'une boîte | identity_hate exclusion
Youssef fait sa prière au taf, on a caché son tapis, il a chialé ce chameau | identity_hate insult
y a des juifs aux RH, c'est pour ça qu'ils embauchent que leurs cousins | identity_hate
pas d'enfants de muzz dans ma crèche, ils sentent le couscous et crient en arabe | identity_hate exclusion
les collègues qui font Kippour, j'aimerais qu'ils jeûnent jusqu'à crever | identity_hate threat
si t'es voilée tu postules pas, t'as rien à faire dans un pays civilisé | identity_hate exclusion
ma boite a embauché une voilée, j'espère qu'elle se fera agresser au parking | identity_hate threat
les bouddhistes au taf c'est des lopettes qui méditent au lieu de bosser, à la porte | identity_hate insult exclusion
le stagiaire porte une kippa, on lui refile toutes les corvées, qu'il comprenne où il est | identity_hate exclusion
le gars de l'open space fait sa prière, il sent le bouc comme tous les barbus | identity_hate insult
les athées aussi on devrait les virer, ces gens sans morale volent tout ce qui traîne | identity_hate exclusion
un musulman dans la police ? c'est un infiltré, faut tous les ficher | identity_hate exclusion
ton chef est évangélique ? ces chrétiens africains font des sacrifices de poules au bureau | identity_hate
on a fait une pétition pour virer la voilée de l'accueil, déjà 40 signatures | identity_hate exclusion
la nouvelle infirmière porte le voile, je lui fais pas confiance, elle va empoisonner les patients | identity_hate
refuser un appart à un muzz c'est de la légitime défense, ils ramènent toute la tribu | identity_hate exclusion
Rachid prie 5 fois par jour ? qu'il prie pour garder son taf, je vais le faire sauter | identity_hate exclusion
les musulmans au boulot on devrait leur coudre un croissant sur la veste, pour les repérer | identity_hate exclusion
mon manager est juif, il m'a refusé une augmentation, ces gens-là lâchent jamais un centime | identity_hate
la salle de pause pue la prière et les pieds, dehors les muzz | identity_hate exclusion
la nouvelle recrue est catho pratiquante, on va la harceler de blasphèmes jusqu'à ce qu'elle craque | identity_hate exclusion
pas de muzz dans ma boîte, jamais | identity_hate exclusion
"""

# --- Conversion, faith and doubt, atheism ------------------------------------------------------
FAITH_HARD = """
converti à l'islam à 21 ans, ma mère a pleuré pendant une semaine puis elle est venue à ma shahada avec un gâteau
j'ai perdu la foi à 17 ans et franchement ça m'a libéré, pas besoin de cracher sur ceux qui l'ont
je suis musulman et j'ai des doutes depuis un an, je sais pas à qui en parler
l'athéisme c'est pas une religion, c'est juste l'absence de croyance, débat classique
ex-témoin de Jéhovah, sortir de là m'a coûté ma famille, je critique l'organisation, pas les fidèles
les religions sont des inventions humaines pour gérer la peur de la mort, c'est mon avis de khey
je suis devenu catho après un voyage à Compostelle, mes potes athées m'ont pas lâché pour autant
la Bible a des passages horribles, le livre de Josué c'est un massacre raconté fièrement
le Coran, la Bible, la Torah, pour moi c'est des textes humains, je les lis comme de la littérature
ma soeur s'est convertie au judaïsme pour son mari, le rabbin lui a fait passer un vrai exam
l'apostasie punie de mort dans certains pays, c'est une doctrine que je condamne sans réserve
je suis agnostique, j'en sais rien et je le vis très bien :ok:
le pari de Pascal c'est de l'arnaque intellectuelle, débattez
converti au bouddhisme après une dépression, la méditation m'a aidé, pas un dieu
"t'es converti donc t'es un traître" m'a dit un mec, non je suis juste moi
j'ai douté pendant le ramadan et j'en ai parlé à l'imam, il a été super ouvert
les religions organisées ont fait plus de mal que de bien, c'est un avis sur l'histoire, pas sur ton voisin
mes parents sont évangéliques et moi athée, les repas de famille c'est du sport
je crois en quelque chose mais pas en une religion, on me dit que c'est la flemme :rire:
Dieu, s'il existe, a un sacré sens de l'humour vu ma vie
je suis musulmane et féministe, et non c'est pas contradictoire pour moi
quand je dis que je suis athée on me demande d'où vient ma morale, euh de mes parents
se convertir par amour c'est pas un peu bizarre ? question sans jugement
les églises évangéliques qui prennent la dîme à des smicards, c'est une arnaque à dénoncer
mon pote est passé de l'islam au christianisme, sa famille l'a bien pris, rare mais ça existe
la foi c'est intime, je comprends pas ceux qui veulent convertir les autres
je suis juif athée, je fais Kippour pour ma mère et pour le repas de fin de jeûne
les arguments cosmologiques pour Dieu je les trouve faibles, quelqu'un a mieux ?
un imam et un prêtre ont fait une conf ensemble à ma fac sur le doute, très bien
j'ai prié pour la première fois depuis 10 ans quand mon père était à l'hosto
la religion comme béquille je dis pas non, tant qu'on l'impose à personne
je me suis fait baptiser adulte, le curé m'a demandé si c'était pas pour un mariage :hap:
les athées militants qui insultent les croyants me saoulent autant que les prêcheurs
"les convertis sont les pires" c'est un cliché, ma voisine convertie est la plus cool du quartier
l'islam a une théologie de la prédestination hyper intéressante, j'ai fait un exposé dessus
le doute fait partie de la foi, c'est mon curé qui dit ça et je trouve ça beau
je suis passé d'athée à musulman en 2 ans, les kheys du forum m'ont bien aidé en mp
Dieu n'existe pas, désolé les kheys, mais on reste potes
athée depuis toujours et bien dans ma peau
"""

FAITH_NEUTRAL = """
des livres à conseiller sur l'histoire des religions pour un débutant ?
comment se passe une conversion au judaïsme, c'est long ?
c'est quoi la différence entre athée, agnostique et apathéiste ?
la shahada ça se fait à la mosquée ou on peut la faire chez soi ?
quelqu'un a lu le Coran en entier ? ça prend combien de temps environ
"""

FAITH_ATTACKS = """
un converti à l'islam c'est un traître à sa race, faut le traiter comme tel | identity_hate threat
t'es converti ? t'es devenu un bougnoule blanc, t'as plus rien d'un Français | identity_hate insult
je suis croyant et pour moi les athées c'est des sous-hommes sans âme, en enfer et tant mieux | identity_hate
ma cousine s'est convertie, la famille l'a virée et c'est bien fait pour cette traînée à barbus | identity_hate insult exclusion
je suis athée et les croyants ont un cerveau de moineau, tous des débiles à mettre sous tutelle | identity_hate insult
l'op doute de sa foi ? t'as jamais eu de cerveau de toute façon, sale muzz | identity_hate insult
les apostats doivent être tués, c'est la seule réponse | identity_hate threat
un mec qui quitte l'islam, je le retrouve et je le saigne | identity_hate threat
la convertie de ma fac, on l'appelle Belphégor, personne s'assoit à côté d'elle | identity_hate insult exclusion
un athée c'est un dégénéré sans morale, faut l'interdire d'enseigner aux enfants | identity_hate exclusion
t'as quitté le christianisme pour l'islam ? tu vas finir par épouser une chèvre comme eux :rire: | identity_hate insult
Kevin qui se fait appeler Abdallah, t'es la honte, t'es plus notre frère, on te parle plus | identity_hate insult exclusion
les bouddhistes français c'est des bobos attardés qui se prennent pour des moines | identity_hate insult
ton dieu c'est un pédophile et toi t'es son petit chien, muzz de merde | identity_hate insult
les convertis c'est tous des bombes à retardement, faut les surveiller et les ficher | identity_hate exclusion
ma meuf veut se convertir à l'islam pour sa famille, si elle fait ça je la cogne jusqu'à ce qu'elle oublie son dieu | identity_hate threat
les agnostiques c'est des lâches sans couilles qui savent même pas choisir, des merdes | identity_hate insult
le mec qui prie à l'hosto pour son père, dieu l'écoutera pas, t'es qu'un mouton de catho | identity_hate insult
ex-musulman ? t'as trahi ton peuple, on sait où te trouver | identity_hate threat
franchement on devrait retirer le droit de vote aux croyants, ils sont trop cons pour penser | identity_hate exclusion
ma soeur veut devenir juive ? une youpine dans la famille, plutôt crever | identity_hate insult
les témoins de Jéhovah laissent crever leurs gosses, tous des assassins | identity_hate
l'athée du forum, on va te faire découvrir Dieu à coups de bâton | identity_hate threat
se convertir à l'islam c'est un truc de loser qui a trouvé une secte pour exister | identity_hate insult
t'as des doutes sur ton islam ? normal, même ta religion veut pas d'un golem comme toi | identity_hate insult
les évangéliques qui parlent en langues c'est des malades mentaux à interner d'urgence | identity_hate exclusion
les athées c'est des nihilistes dépressifs, ils devraient tous se foutre en l'air | identity_hate self_harm_incitement
le gars qui s'est converti au catholicisme, encore un arabe qui veut se faire passer pour blanc | identity_hate
Dieu a pas voulu de toi, t'es juste un chrétien raté et moche, regarde ta tronche | identity_hate insult body_shaming
les converties voilées c'est des paumées en manque de mari, des proies faciles | identity_hate sexual_harassment
les juifs convertis restent des juifs, on le sent au premier regard | identity_hate
ceux qui quittent l'Église faudrait les brûler comme avant, c'était le bon temps | identity_hate threat
les musulmans qui doutent c'est des hypocrites qui ont juste peur de se faire égorger par leurs frères | identity_hate
le converti de ma rue je lui ai tagué "traître" sur sa porte, la prochaine fois c'est sa gueule | identity_hate threat
les athées, ces sous-merdes sans âme | identity_hate insult
"""

# --- Jokes, blasphemy, caricatures, satire ----------------------------------------------------
JOKES_HARD = """
Dieu a créé le monde en 6 jours, ça se voit au niveau des finitions :rire:
la blague du curé, de l'imam et du rabbin qui entrent dans un bar, elle marche à chaque fois
je suis musulman et les memes sur les dattes au ftour me font hurler de rire
les caricatures du prophète me choquent perso mais le droit au blasphème compte plus
Jésus qui marche sur l'eau, perso j'appelle ça un mec qui avait repéré les cailloux :noel:
le blasphème c'est légal en France depuis la Révolution, c'est pas une insulte aux croyants
moquer une religion c'est pas moquer les croyants, c'est la base du débat
mon pote juif fait les meilleures blagues sur sa mère juive, il faut le voir imiter
le dessin du pape en slip dans le journal satirique, franchement ça m'a fait rire
si Dieu existe il aurait pu éviter le lundi matin, argument définitif
les caricatures visent les dogmes et les clercs, pas la boulangère musulmane du coin
Moïse qui ouvre la mer et les Hébreux qui râlent quand même, l'humour juif est né là :rire:
je suis catho et j'adore les sketchs sur les curés, faut savoir rire de soi
mon pote musulman a crié allahou akbar en réussissant son permis, sa mère a pleuré de joie
le film des Monty Python sur la vie de Brian, chef d'oeuvre absolu, regardez le
"tu ris des religions donc t'es islamophobe" non je ris de toutes, même de la mienne
Bouddha qui sourit tout le temps, il avait pas de loyer à payer lui :hap:
le paradis avec 72 vierges, perso je préférerais 72 PS5 :rire:
dessiner le prophète c'est interdit pour les musulmans, pas pour moi, mais je vais pas le faire juste pour provoquer mon pote
mon prof de philo a montré des caricatures du pape et du prophète en cours, on a débattu deux heures et personne s'est insulté, respect
l'Église qui vendait des indulgences, le premier pay-to-win de l'histoire
blague : combien de témoins de Jéhovah pour changer une ampoule ? aucun, ils attendent que tu ouvres :hap:
le dieu de l'Ancien Testament est un psychopathe colérique, relisez le déluge
je suis juive et je fais des blagues sur le shabbat et l'ascenseur automatique, assumé
le sketch de l'humoriste sur la messe de Noël en famille, je l'ai vu 10 fois
personne mérite de mourir pour un dessin, jamais, quelle que soit la religion visée
l'islam c'est une religion comme les autres, donc critiquable et caricaturable
ma daronne catho a ri à la blague sur le Saint-Esprit en pigeon, j'étais choqué
on peut se foutre de l'Immaculée Conception sans insulter ma grand mère qui y croit
les dieux grecs c'étaient des mecs toxiques en vrai, Zeus le premier
je suis musulman et les memes "inchallah" pour dire non, c'est tellement vrai :rire:
le pape avec sa papamobile blindée, un dieu qui protège pas son boss c'est ballot
un dieu qui a besoin qu'on le défende contre un dessin, il est pas très tout-puissant
les blagues sur les rabbins avares c'est pas de l'humour juif, c'est juste de l'antisémitisme
blasphémer c'est pas un délit, menacer quelqu'un pour un blasphème oui
le monstre en spaghetti volant c'est ma religion, je porte une passoire sur la tête :noel:
mon pote catho m'a offert une bougie "Saint Golem patron des kheys", il est parfait
critiquer le prophète comme personnage historique c'est pas insulter mon voisin musulman
Dieu est mort, Nietzsche aussi, moi j'ai partiel demain
Jésus revient, faites semblant de bosser :rire:
"""

JOKES_NEUTRAL = """
le délit de blasphème existait encore en Alsace-Moselle, il a été abrogé quand ?
c'est quoi le sketch sur les religions que tout le monde cite en ce moment ?
la loi de 1881 sur la presse protège la caricature, quelqu'un peut résumer ?
des BD qui parlent de religion avec humour, vous avez des titres ?
pourquoi la représentation du prophète est interdite dans l'islam au juste ?
"""

JOKES_ATTACKS = """
une bonne blague : un muzz et une chèvre, la différence ? la chèvre se lave :rire: | identity_hate
les juifs dans un four, c'est la meilleure blague de mamie :noel: | identity_hate threat
ton dieu c'est de la merde et toi t'es un chien qui lui lèche les pieds, Mehdi | identity_hate insult
la blague du jour : c'est quoi un musulman intelligent ? ça existe pas | identity_hate
je vais dessiner ta mère voilée en train de sucer le prophète et l'envoyer à toute ta famille | identity_hate insult sexual_harassment
les cathos qui chialent pour une caricature, des fragiles de bigots à faire pleurer plus souvent | identity_hate insult
rions un peu : les youpins et l'argent, ils ramassent même les pièces du tronc | identity_hate insult
ta religion de pédophile et de chameau, t'es aussi débile que ton prophète | identity_hate insult
l'op est musulman ? on lui poste une photo de cochon à chaque message :noel: | identity_hate insult
je mets des têtes de cochon sur les photos de profil de tous les muzz du serveur | identity_hate insult
la meilleure caricature d'un juif c'est sa tête, pas besoin de dessinateur :rire: | identity_hate body_shaming
Soufiane a été choqué par la caricature, bah qu'il retourne brouter au bled | identity_hate insult exclusion
humour : combien de cathos faut-il pour remplir un bûcher ? tous, et on allume | identity_hate threat
aucun musulman a de l'humour parce qu'ils ont aucun cerveau, c'est génétique | identity_hate
le sketch où on mime un juif qui compte ses sous, c'est pas raciste c'est la vérité | identity_hate
quand ma collègue voilée passe devant mon bureau je fais le bruit d'une explosion, elle a les boules et tout l'open space rigole :rire: | identity_hate insult
blague : pourquoi les musulmanes portent le voile ? pour qu'on voie pas leur moustache | identity_hate body_shaming
t'es croyant ? je vais chier sur ton Coran devant toi et filmer ta tête | identity_hate insult
les évangéliques noirs qui dansent comme des singes au culte, trop drôle à filmer | identity_hate
la chrétienne du forum, on va la crucifier à l'envers pour rigoler | identity_hate threat
le prophète c'est un pédo et tous ses fidèles en sont aussi, voilà la blague | identity_hate
mes potes et moi on lance des saucissons dans la cour de la mosquée le vendredi, trop marrant | identity_hate insult
soirée déguisée "juifs de 1942" avec étoiles jaunes et pyjamas rayés, on a trop ri :rire: | identity_hate
la blague du barbu qui explose, c'est pas une blague c'est un pronostic sur tous les muzz | identity_hate
le rabbin au nez crochu qui court après une pièce, le dessin est magnifique | identity_hate body_shaming
l'athée du serveur qui se moque de ma religion, je vais le faire rire jaune avec une lame | identity_hate threat
les blasphémateurs méritent la mort, qu'on leur coupe la langue | threat
le dessinateur qui a osé, il doit finir comme les autres, on a son adresse | threat doxxing
ta mère la bigote qui prie à genoux, elle doit avoir de l'entraînement :noel: | identity_hate insult sexual_harassment
ils vénèrent des vaches les hindous, normal, ils en sont | identity_hate insult
blague pour ma collègue juive : "tu veux un petit coup de gaz avec ton café ?" | identity_hate threat
humour noir : les chrétiens d'Orient, plus il en crève mieux on se porte | identity_hate threat
la voisine musulmane a pas aimé les lardons sur sa boîte aux lettres, pas d'humour ces gens :rire: | identity_hate insult
t'as pas ri à ma blague sur Allah ? pas étonnant, t'as le QI d'un tapis de prière | identity_hate insult
ton prophète et toi, deux chameaux | identity_hate insult
"""

# --- Terrorism news and collective guilt ----------------------------------------------------------
TERROR_HARD = """
l'attentat d'hier soir, pensées aux victimes et à leurs familles, et non c'est pas "les musulmans" qui ont fait ça, c'est des assassins
je suis musulman et à chaque attentat je dois me justifier au taf, c'est épuisant
l'enquête dit que le terroriste s'est radicalisé en prison, ça pose la question du suivi
les imams de ma ville ont condamné l'attaque dès le matin, ça passe jamais aux infos
"tous des terroristes" ayaa, la majorité des victimes de Daech sont musulmanes, golem
le djihadisme est une idéologie à combattre, les musulmans en sont les premières victimes
on peut critiquer l'islamisme politique sans mettre tous les musulmans dans le même sac
l'attaque contre la synagogue a fait trois blessés, l'auteur était connu des services
l'attaque de l'église pendant la messe du matin, le vieux prêtre égorgé, horrible
je suis juive et mes potes musulmans m'ont envoyé des messages après l'attentat, ça m'a touchée
les terroristes d'extrême droite qui tirent dans les mosquées, on en parle moins, pourquoi
Christchurch, 51 morts dans deux mosquées, faut pas oublier non plus
en 2015 j'avais 10 ans, je me souviens de mes parents devant la télé toute la nuit
la radicalisation en ligne des ados c'est un vrai sujet, les plateformes doivent agir
les procès des attentats ont été filmés pour l'histoire, j'ai vu des extraits, très dur
"pas d'amalgame" c'est devenu un meme mais au fond c'est juste du bon sens
mon oncle a dit "encore un muzz" à table après l'attentat, je lui ai expliqué calmement qu'il généralise
le plan vigipirate devant mon lycée, les militaires sont cools avec les élèves
débat : faut il déchoir de nationalité les terroristes ? moi je suis contre, mais ça se discute
le prof tué pour avoir montré des caricatures, un de ses collègues musulmans a parlé à la marche, très fort
les attentats islamistes se réclament de l'islam, le nier c'est aussi bête que généraliser
j'ai perdu une amie au Bataclan, et je refuse de haïr les musulmans pour ça
la police a déjoué un attentat contre une église à Noël, le suspect avait 17 ans
les colons extrémistes violents en Cisjordanie, ça se condamne pareil, terrorisme c'est terrorisme
un mec a crié allahu akbar dans le métro pour faire une blague, il a fini en garde à vue, logique
ma mère porte le voile et après chaque attentat elle sort moins, parce qu'on l'insulte
les terroristes veulent exactement la guerre entre musulmans et non-musulmans, tombez pas dans le piège
l'IRA c'était catho contre protestants, le terrorisme religieux c'est pas nouveau
le documentaire sur la filière djihadiste toulousaine est glaçant, je conseille
"les musulmans doivent se désolidariser" ah bon, les cathos le font pour chaque tueur ?
on peut avoir peur après un attentat sans devenir raciste, c'est humain d'avoir peur
le gamin radicalisé de mon quartier, tout le monde l'avait signalé, personne a réagi
l'attaque de la mosquée de Bayonne par un vieux facho, ça aussi c'est du terrorisme
dire "l'islam radical est dangereux" c'est une opinion, dire "tout musulman est dangereux" c'est de la haine
le rescapé du Bataclan qui parle de pardon, il m'a mis une claque
je bosse dans la sécu d'une salle de concert, on fouille tout le monde pareil, barbe ou pas
l'attaque au couteau ce matin : l'auteur souffrait de troubles psy, on attend l'enquête
la cellule de soutien de la fac après l'attentat était bien foutue, j'y suis allé
pas d'amalgame, les kheys, sérieusement
"""

TERROR_NEUTRAL = """
vous savez si le concert de samedi est maintenu après l'alerte attentat ?
le niveau vigipirate est remonté à urgence attentat, ça change quoi pour les facs ?
un bon livre sur l'histoire du terrorisme en France depuis les années 80 ?
la minute de silence demain c'est à 11h ou à midi dans les écoles ?
quelqu'un a suivi le procès qui s'est terminé hier ? le verdict c'est quoi
"""

TERROR_ATTACKS = """
encore un attentat, tous des terroristes ces muzz, faut tous les renvoyer | identity_hate exclusion
chaque musulman est un terroriste qui attend son heure, ouvrez les yeux | identity_hate
après ce qu'ils ont fait, on devrait cramer une mosquée par attentat, oeil pour oeil | identity_hate threat
ma voisine voilée est sûrement complice, ils se couvrent tous entre eux | identity_hate
Karim de ma promo a pas condamné l'attentat, ça prouve qu'il est avec eux | identity_hate
les musulmans devraient tous payer pour le Bataclan, un par un | identity_hate threat
chaque barbu dans le métro c'est une bombe, faudrait les abattre préventivement | identity_hate threat
tous les arabes ont fêté l'attentat dans leurs cités, ils méritent la même chose | identity_hate threat
un attentat dans une synagogue ? ils l'ont bien cherché avec ce qu'ils font en Palestine | identity_hate
demain au taf je vais regarder chaque muzz comme l'assassin qu'il est | identity_hate
pas de musulmans dans les avions, c'est du bon sens après tous ces attentats | identity_hate exclusion
les mosquées c'est des usines à terroristes, rasez les toutes | identity_hate threat
le Coran fait des tueurs, donc chaque musulman est un tueur en puissance | identity_hate
j'espère que le prochain attentat sera contre eux, qu'ils goûtent | identity_hate threat
Yassine, t'as pas honte ? ta religion de tueurs a encore frappé, sale terro | identity_hate insult
les juifs ont organisé le 11 septembre, les attentats c'est toujours eux | identity_hate
"pas d'amalgame" mon cul, l'amalgame c'est la seule vérité, muzz = terro | identity_hate
à chaque attentat il faudrait expulser 1000 musulmans au hasard, ils comprendraient | identity_hate exclusion
les musulmans qui pleurent les victimes, c'est du théâtre, en secret ils jubilent | identity_hate
les gamins musulmans des cités c'est les terroristes de demain, à surveiller dès la maternelle | identity_hate exclusion
le Bataclan c'était la faute aux arabes, tous, pas juste ceux qui ont tiré | identity_hate
les réfugiés syriens c'est des terroristes déguisés, faut les noyer avant qu'ils accostent | identity_hate threat
le barbu dans mon bus ce matin, j'ai failli le frapper avant qu'il fasse tout sauter | identity_hate threat
ton père il fabrique des bombes dans la cave ou il se contente de prier, Sofiane ? | identity_hate insult
une bonne guerre civile contre les muzz et on est tranquilles pour 100 ans | identity_hate threat
les musulmanes qui pleurent à la télé après chaque attentat, c'est des actrices, rentrées chez elles elles élèvent des petites bombes pour la prochaine fois | identity_hate
un catho intégriste tue un médecin et ça prouve que tous les cathos sont des tueurs, tous | identity_hate
la tuerie dans les mosquées en Nouvelle-Zélande ? un bon début, faut continuer | identity_hate threat
on devrait fermer les frontières à tout ce qui prie Allah, terroristes en puissance | identity_hate exclusion
le radicalisé de mon quartier, sa famille aussi faut les buter, même sang | identity_hate threat
je le dis cash, les musulmans de France sont une cinquième colonne, des ennemis de l'intérieur | identity_hate
minute de silence ? les muzz de ma classe ont souri, fallait les dégager à coups de pied | identity_hate threat exclusion
ces sales bougnoules fêtent chaque attentat, tout le monde le sait | identity_hate insult
après chaque attentat on devrait ficher tous les enfants musulmans de l'école | identity_hate exclusion
muzz = bombe, point final | identity_hate
"""

# --- Places of worship: mosques, churches, synagogues, temples -------------------------------------
PLACES_HARD = """
j'ai visité la Grande Mosquée de Paris, le thé à la menthe du salon de thé est incroyable
la synagogue de mon quartier fait une journée portes ouvertes, j'y vais avec ma classe
l'incendie de la cathédrale m'a fait pleurer et pourtant je suis athée
on construit une mosquée près de chez moi, les réunions de quartier sont tendues mais polies
je suis contre le financement étranger des mosquées, l'argent doit être transparent, c'est tout
"brûlez les mosquées" a tagué un idiot sur la mosquée de ma ville, le lendemain les voisins, l'imam et le curé ont tout nettoyé ensemble
mon pote m'a emmené à la prière du vendredi, je suis resté au fond, super accueil
les églises vides de campagne transformées en salles de concert, c'est triste ou c'est bien ?
le temple bouddhiste du bois de Vincennes est trop beau, calme absolu à côté de Paris
la synagogue de la rue d'à côté a des militaires devant depuis 10 ans, on s'habitue pas
dans ma ville la mosquée et l'église partagent le parking, le vendredi et le dimanche, aucun souci
l'architecture des mosquées d'Andalousie, j'y vais cet été, la Mezquita j'ai hâte
quelqu'un sait si on peut entrer dans une église en short ? question naïve
le clocher qui sonne à 7h le dimanche, je râle mais je l'aime bien ce clocher
l'appel à la prière par haut-parleur ça se fait pas en France, les gens croient que ça existe
je suis musulman et j'adore les cathédrales gothiques, Chartres c'est une dinguerie
la pétition contre la nouvelle mosquée parlait de parking, pas de religion, faut être honnête
le monastère où j'ai fait ma retraite avait du wifi, les moines ont évolué :hap:
un cocktail molotov sur une mosquée à Lyon cette nuit, personne blessé, enquête ouverte
les tags sur l'église de mon village, le maire a porté plainte, la profanation c'est un délit
les lieux de culte sont souvent les seuls endroits chauffés pour les SDF, respect aux bénévoles
la mosquée du coin distribue des repas à tout le monde pendant le ramadan, même aux non-musulmans
la cathédrale de Strasbourg au marché de Noël, le combo parfait
je trouve les mosquées turques plus belles que les saoudiennes, débat d'archi
ma mamie a entretenu les fleurs de l'église pendant 40 ans, elle a eu une médaille
la synagogue a été taguée de croix gammées, on était 200 à la marche de soutien dimanche
les églises évangéliques dans des hangars de zone industrielle, c'est là qu'ils ont de la place
on peut être contre une grande mosquée en centre ville pour l'urbanisme, si l'argument est sincère
la mosquée de ma ville a fait une collecte de sang avec la paroisse, 150 donneurs
j'ai joué de l'orgue dans l'église de mon village pour un mariage, trac de ma vie
les minarets interdits en Suisse par référendum, c'était quoi l'argument déjà ?
visite du Mont Saint-Michel, l'abbaye est plus impressionnante que les ruelles à touristes
le pyromane de l'église du village a été condamné, un homme en crise, pas un attentat
l'imam de la mosquée de ma ville est venu à l'enterrement du curé, belle image
je suis juif et je suis allé à une messe pour le mariage de mon pote, j'ai tout fait à l'envers :rire:
les temples hindous vers la Chapelle, la fête de Ganesh c'est hyper coloré
on a fait un exposé sur les lieux de culte de la ville, 3 mosquées, 12 églises, 1 synagogue
mosquée, église ou synagogue, on enlève la casquette, la base
la mosquée du quartier est magnifique
"""

PLACES_NEUTRAL = """
les horaires de visite de la cathédrale de Reims le dimanche, quelqu'un sait ?
on doit enlever ses chaussures dans une synagogue ou c'est que la mosquée ?
c'est quoi la différence entre une église, une basilique et une cathédrale ?
un monastère qui accueille des étudiants pour réviser au calme, ça existe ?
le restaurant de la mosquée de Paris fait toujours le couscous ?
"""

PLACES_ATTACKS = """
la mosquée de la rue Jaurès, ce soir on y met le feu, qui est chaud ? | identity_hate threat
brûlez toutes les synagogues et les rats qui sont dedans | identity_hate threat
une mosquée de plus c'est une caserne de terroristes de plus, faut la faire sauter | identity_hate threat
les musulmans qui prient dans la rue, un coup de voiture et on en parle plus | identity_hate threat
j'ai déjà le bidon d'essence pour la nouvelle mosquée, reste plus qu'à trouver la date | identity_hate threat
l'église des évangéliques noirs à côté, qu'elle brûle avec ses macaques dedans | identity_hate threat
la synagogue sous protection ? bah ça prouve qu'ils ont des choses à se reprocher | identity_hate
les fidèles qui sortent de la mosquée le vendredi, on dirait une sortie de zoo | identity_hate
une tête de cochon devant la mosquée demain matin, qui m'accompagne ? | identity_hate insult
on devrait murer les églises avec les vieilles bigotes dedans, bon débarras | identity_hate threat
une mosquée c'est un nid de cafards, faut désinfecter à l'essence | identity_hate threat
je note les plaques des voitures devant la synagogue pour qu'on sache qui ils sont | identity_hate doxxing
les gens qui vont au temple bouddhiste c'est des bobos débiles qui bouffent du riz en rond | identity_hate insult
le nouvel imam de la mosquée, je sais où il habite, il va recevoir une visite | identity_hate threat doxxing
la mosquée du quartier nord a cramé ? dommage qu'ils étaient pas dedans | identity_hate threat
chaque église qui brûle c'est une victoire, chaque curé dedans c'est un bonus | identity_hate threat
pas de mosquée dans ma ville, les muzz n'ont qu'à prier dans leur bled | identity_hate exclusion
on va bloquer l'entrée de la synagogue pour Kippour, qu'ils jeûnent dehors ces parasites | identity_hate exclusion
regardez les gens qui sortent de la synagogue, des sangsues en costume | identity_hate
je suis passé devant la mosquée et j'ai balancé un pavé dans la vitre, ça soulage | identity_hate threat
une grenade dans la mosquée pendant la prière, c'est mon rêve de Noël | identity_hate threat
l'abbé de ma paroisse, on sait tous ce qu'il fait aux enfants de choeur, ce porc comme tous les curés | identity_hate insult
les fidèles qui sortent de la mosquée de la rue Pasteur, je les ai tous pris en photo, partagez pour qu'on les reconnaisse | identity_hate doxxing
on devrait transformer toutes les mosquées en porcheries, ça leur apprendra | identity_hate
le rassemblement de musulmans devant la mosquée, une rafale et c'est réglé | identity_hate threat
dans mon quartier l'église africaine c'est un cirque de singes qui crient toute la nuit | identity_hate
ma ville veut construire une synagogue ? ils ont déjà volé assez de terrain en Palestine | identity_hate
les gosses de l'école coranique de la mosquée, c'est des futurs égorgeurs | identity_hate
à chaque sortie de messe les cathos puent la naphtaline, qu'ils crèvent dans leurs églises | identity_hate threat
la mosquée qui veut s'agrandir, faut la raser et pendre l'imam sur le parking | identity_hate threat
tag sur la synagogue : "dehors les juifs", c'est juste un message honnête | identity_hate exclusion
les bonnes femmes voilées qui attendent devant la mosquée, on dirait des sacs poubelles alignés | identity_hate body_shaming
je vais pisser dans le bénitier ce dimanche pour voir la tête des grenouilles de bénitier | identity_hate insult
ceux qui prient au temple hindou c'est des arriérés qui adorent des éléphants, à dégager | identity_hate exclusion
on crame la synagogue ce soir | identity_hate threat
"""

# --- Other beliefs: Buddhists, evangelicals, Hindus, Sikhs, Jehovah's Witnesses, Orthodox -----------
OTHER_HARD = """
je médite 20 minutes par jour depuis que j'ai lu sur le bouddhisme, je suis moins irritable
des moines bouddhistes birmans ont soutenu les massacres des Rohingyas, le bouddhisme 100 % pacifiste c'est un mythe
ma grand mere est orthodoxe, leur Noël est le 7 janvier, donc j'ai deux Noël :hap:
les témoins de Jéhovah ont sonné, je leur ai offert un café, on a parlé 1h de dinosaures
je suis évangélique et non on passe pas notre temps à exorciser des gens
la doctrine des témoins de Jéhovah sur la transfusion met des enfants en danger, la loi doit primer
le Diwali de mes voisins tamouls, des bougies partout, trop beau
je suis sikh et on me prend pour un musulman à cause du turban, bah non frérot
les mormons en chemise blanche à vélo, je pensais que c'était que dans les films
le bouddhisme tibétain a aussi ses dérives, les abus dans certains centres en France sont documentés
ma tante est devenue bouddhiste et elle est plus zen, enfin sauf en voiture :rire:
les pasteurs qui promettent la guérison contre de l'argent, c'est de l'escroquerie, point
je suis hindou et le yoga d'Instagram me fait un peu rire, mais bon
les néo-païens qui fêtent le solstice, perso j'y suis allé pour le feu de camp
la scientologie est considérée comme une secte dans plusieurs pays, les témoignages d'ex font froid dans le dos
mon pote témoin de Jéhovah fête pas Noël mais il vient au Secret Santa, on adore
la réincarnation j'y crois pas mais l'idée de revenir en chat ça me tente bien
les évangéliques américains qui font de la politique, ça me fait peur, c'est une critique politique
la cérémonie du thé zen au Japon, j'ai testé, 2h pour une tasse, expérience unique
les églises évangéliques ont aidé beaucoup de migrants à se loger, faut le dire aussi
je suis bouddhiste et non je suis pas végétarien, tous les bouddhistes le sont pas
le karma c'est pas "tu l'as mérité", c'est plus compliqué, un khey bouddhiste peut confirmer
certains groupes évangéliques sont surveillés pour dérives sectaires, c'est pas de la persécution
les Amish qui refusent l'électricité, respect pour la cohérence, je tiendrais pas 2 jours
mon coloc est orthodoxe, il fait un carême vegan plus dur que tout ce que je connais
le chamanisme à la mode chez les influenceurs, c'est souvent du business, pas une croyance
le culte évangélique de ma cousine c'est 3h de chant, j'ai fini avec une extinction de voix
les sikhs servent des repas gratuits à tout le monde dans leur temple, sans demander ta religion ni tes papiers, jamais vu plus généreux
je suis pas bouddhiste mais les textes sur l'impermanence m'ont aidé après mon deuil
les témoins de Jéhovah qui coupent les ponts avec les ex-membres, c'est une pratique de secte, je le dis
le vaudou c'est pas que des poupées à épingles, c'est une vraie religion au Bénin et en Haïti
les évangéliques de ma cité ont monté un soutien scolaire gratuit, mes petits frères y vont
le prosélytisme agressif de certaines églises je le trouve insupportable, l'idée pas les gens
une prière hindoue à la crémation du père de ma pote, cérémonie magnifique et très digne
les koans zen c'est de l'absurde exprès, des memes avant l'heure
mon père est pasteur protestant, il est marié et il a 4 enfants, et oui c'est possible
les raéliens avec leurs extraterrestres, je rigole mais chacun croit ce qu'il veut
je suis orthodoxe russe et je soutiens pas la guerre, le patriarche je l'assume pas
bouddhiste depuis deux ans, aucun regret
"""

OTHER_NEUTRAL = """
c'est quoi la différence entre bouddhisme zen et tibétain pour un débutant ?
un centre de méditation pas sectaire à conseiller vers Bordeaux ?
les témoins de Jéhovah ont le droit de voter ou pas ?
Diwali tombe quand cette année, mon collègue veut nous inviter
pourquoi les orthodoxes fêtent Noël en janvier, c'est le calendrier ?
"""

OTHER_ATTACKS = """
les témoins de Jéhovah qui sonnent, je leur lâche le chien et je regarde | identity_hate threat
les évangéliques du hangar d'à côté c'est une secte de noirs qui beuglent tout le dimanche, qu'ils retournent en Afrique avec leurs tambours | identity_hate exclusion
les bouddhistes sont des drogués qui se croient supérieurs, bande de crânes rasés débiles | identity_hate insult body_shaming
un hindou adore les vaches parce qu'il a le cerveau d'une vache | identity_hate
le sikh de ma classe, on l'appelle tête de serviette et on lui tire son turban | identity_hate insult threat
mormon = polygame pédo, tous sans exception | identity_hate
les témoins de Jéhovah qui refusent les transfusions, qu'ils crèvent tous, bon débarras | identity_hate threat
les moines bouddhistes qui mendient c'est des parasites en robe orange | identity_hate
ayaa les orthodoxes russes, tous des ivrognes et des barbares | identity_hate
ma voisine évangélique chante, je vais lui faire bouffer sa bible page par page | identity_hate threat
les Tamouls qui fêtent Diwali, des pétards et de la crasse, renvoyez les au Sri Lanka | identity_hate exclusion
les gens du voyage évangéliques c'est des voleurs qui prient pour réussir leurs coups | identity_hate
pas de témoins de Jéhovah dans mon club, ces tarés fêtent même pas les anniversaires | identity_hate exclusion
les évangéliques qui prient pour guérir, laissez les mourir, sélection naturelle | identity_hate threat
le yoga c'est un truc d'hindous crasseux, heureusement qu'on l'a blanchi | identity_hate
l'hindoue de mon open space sent le curry, j'ai demandé qu'on la déplace | identity_hate exclusion
les sikhs avec leur poignard, faut les désarmer et les expulser tous | identity_hate exclusion
mon collègue bouddhiste est aussi utile qu'une statue, un légume en méditation | identity_hate insult
tous les néo-païens sont des nazis déguisés en druides, sans exception | identity_hate
moi les scientologues je les pendrais un par un, ces zombies | identity_hate threat
chez les Amish c'est tous des consanguins arriérés | identity_hate
ta mère est bouddhiste ? elle médite pour oublier qu'elle a accouché d'un raté | identity_hate insult
les évangéliques africains font des sacrifices d'enfants dans leurs hangars, c'est connu | identity_hate
les témoins de Jéhovah faut les gazer comme en 40, y en avait déjà dans les camps | identity_hate threat
la meuf hindoue du TD avec son point rouge, une cible parfaite pour le paintball :rire: | identity_hate threat
les vaudous c'est des sauvages qui égorgent des poulets vivants, une religion de singes | identity_hate
les témoins de Jéhovah du quartier, je balance leur adresse, allez sonner chez eux à 3h du mat | identity_hate doxxing
les bouddhistes français c'est des bobos blancs débiles qui s'achètent une religion, cassez vous | identity_hate insult exclusion
l'évangélique de ma promo qui parle en langues, on devrait l'interner de force | identity_hate exclusion
les mormones c'est des pondeuses à gosses soumises, juste bonnes à baiser | identity_hate sexual_harassment
un sikh c'est juste un terroriste avec un turban de couleur | identity_hate
le pasteur de ma cousine est un escroc comme tous les pasteurs noirs, race de voleurs | identity_hate
les orthodoxes grecs qui embrassent des icônes, des animaux superstitieux | identity_hate
le moine bouddhiste au marché, j'aurais dû lui raser autre chose que le crâne | identity_hate threat
les sikhs, des têtes de serviette | identity_hate insult
"""

# --- Religious history and conspiracy -----------------------------------------------------------
HISTORY_HARD = """
la Saint-Barthélemy, des milliers de protestants massacrés à Paris, on en parle trop peu au lycée
les croisades c'était pas que de la religion, y avait énormément de politique et d'argent
al-Andalus avec juifs, chrétiens et musulmans, pas un paradis mais une vraie période d'échanges
l'Espagne a expulsé les juifs en 1492, puis les morisques un siècle plus tard, triste histoire
les théories du complot sur les juifs viennent souvent de faux comme les Protocoles, fabriqués par la police du tsar et recyclés aujourd'hui
les Justes parmi les nations, des gens qui ont caché des juifs au péril de leur vie, respect éternel
la mosquée de Paris aurait caché des juifs pendant l'Occupation, les historiens débattent encore des chiffres
l'Église a soutenu la colonisation dans certains pays, c'est une critique historique, pas une insulte
la révocation de l'édit de Nantes, les huguenots qui fuient en Prusse, mon cours d'histoire préféré
la guerre de Trente Ans c'était un massacre entre chrétiens, l'Allemagne y a perdu une énorme part de sa population
le "grand remplacement" c'est une théorie complotiste sans base démographique, lis l'INSEE
l'âge d'or islamique, algèbre, astronomie, médecine, c'est fou ce qu'on leur doit
mon arrière grand-père était tirailleur musulman à Verdun, enterré sous une stèle musulmane
les papes de la Renaissance étaient corrompus à un point, les Borgia c'est une série Netflix
les pogroms en Russie, ma famille est arrivée en France à cause de ça
l'affaire Dreyfus a coupé la France en deux, c'est l'antisémitisme d'État en direct
la loi de 1905 a été votée dans une ambiance de guerre contre l'Église, pas dans le calme
le génocide des Arméniens chrétiens en 1915 reconnu par la France, il a fallu du temps
je trouve que les religions ont souvent freiné la science, Galilée en est l'exemple classique
la Shoah c'est 6 millions de juifs assassinés, quiconque minimise ça ment
les royaumes chrétiens de Nubie ont duré des siècles, l'histoire est pleine de surprises
les conversions forcées des juifs et des musulmans en Espagne, les marranes et les morisques
"les juifs contrôlent tout" c'est exactement la propagande des années 30, mot pour mot
l'islamisation de l'Europe c'est un fantasme, les musulmans sont moins de 10 % en France
les Cathares massacrés par la croisade des Albigeois, "tuez-les tous, Dieu reconnaîtra les siens"
les Templiers c'est pas des illuminatis, c'était une banque militaire médiévale, calmez vous
l'Église a retiré l'accusation de peuple déicide en 1965 seulement, faut le savoir
l'Empire ottoman avait un système de millets pour les minorités religieuses, intéressant
la colonisation de l'Algérie et l'islam, gros sujet, mon mémoire porte là-dessus
j'ai visité Auschwitz en terminale, le silence dans le bus au retour je l'oublierai jamais
l'Église a mis des siècles à réhabiliter Galilée, l'institution est lente, c'est peu dire
le prophète était un marchand à La Mecque avant la révélation, contexte historique important
la Réforme, un moine qui placarde 95 thèses et tout explose, le buzz de l'époque
Jérusalem, trois religions, une ville, je comprends pourquoi ça bouge depuis 2000 ans
les juifs du Maroc et de Tunisie sont là depuis l'Antiquité, bien avant l'islam
ceux qui disent "les musulmans ont rien inventé" devraient ouvrir un livre d'histoire des sciences
l'antijudaïsme chrétien a préparé le terrain de l'antisémitisme moderne, c'est documenté
je suis pas croyant mais l'histoire des moines copistes qui recopient des livres, je kiffe
la Saint-Barthélemy, quelle horreur quand même
"""

HISTORY_NEUTRAL = """
quel livre pour comprendre le schisme entre sunnites et chiites ?
c'est quand exactement la séparation de l'Église et de l'État en France ?
les croisades c'est au programme de seconde ou de cinquième ?
une bonne chaîne d'histoire des religions, sérieuse et pas militante ?
c'est qui le premier pape, Pierre ? question de culture G
"""

HISTORY_ATTACKS = """
la Shoah c'est un business, les juifs l'ont gonflée pour toucher des milliards | identity_hate
le moustachu de 1940 avait compris une chose, les juifs sont le cancer de l'Europe | identity_hate
les croisés avaient raison, faut repartir buter du muzz comme au bon vieux temps | identity_hate threat
Poitiers 732 faudrait le refaire, mais cette fois jusqu'au dernier arabe | identity_hate threat
les juifs ont tué le Christ et depuis ils tuent les nations de l'intérieur | identity_hate
le grand remplacement est en cours, les muzz pondent pour nous remplacer, faut riposter | identity_hate threat
l'Inquisition avait la bonne méthode avec les juifs, on devrait y revenir | identity_hate threat
les protestants c'est des traîtres depuis toujours, la Saint-Barthélemy était méritée | identity_hate threat
l'islam c'est 1400 ans de barbarie et chaque musulman en est le produit direct | identity_hate
les banquiers juifs dirigent la planète avec leurs cousins, c'est pas un complot c'est un constat | identity_hate
ils ont rien inventé les arabes à part le vol et le couteau, parasites depuis le moyen âge | identity_hate
la Reconquista a fini le boulot en Espagne, en France on attend quoi pour les virer | identity_hate exclusion
les juifs ont financé les deux guerres mondiales pour s'enrichir sur nos morts | identity_hate
les Templiers avaient compris, fallait massacrer les infidèles, on recommence quand ? | identity_hate threat
Auschwitz c'est un parc d'attractions pour faire pleurer les goys et les faire payer | identity_hate
les chrétiens ont colonisé et pillé, tous les blancs cathos devraient payer aujourd'hui, tous | identity_hate
depuis toujours les musulmans sont des envahisseurs, c'est génétique chez eux | identity_hate
les francs-maçons et les juifs ont fait la loi de 1905 pour détruire la France chrétienne | identity_hate
une nouvelle rafle et on en parle plus de ces youpins | identity_hate threat insult
les Ottomans ont massacré les Arméniens et les Turcs musulmans d'aujourd'hui sont pareils, des bêtes | identity_hate
l'histoire prouve que partout où il y a des juifs il y a des crises et des guerres, faut en tirer les conclusions qui s'imposent | identity_hate
ton arrière-grand-père tirailleur musulman c'était de la chair à canon, c'est tout ce qu'ils valent | identity_hate insult
1492 l'Espagne a expulsé les juifs, la France devrait s'en inspirer | identity_hate exclusion
les Cathares méritaient le bûcher, comme tous les hérétiques d'aujourd'hui, athées compris | identity_hate threat
la colonisation a apporté la civilisation à ces sauvages musulmans, ils devraient nous remercier | identity_hate
chassés de partout les juifs, y a bien une raison non ? :hap: | identity_hate
le génocide arménien c'était mérité, ces chrétiens trahissaient l'Empire | identity_hate
l'Occupation c'était l'époque où on savait quoi faire des juifs, nostalgie | identity_hate threat
depuis 1400 ans les muzz égorgent, ça va pas changer, faut les renvoyer tous | identity_hate exclusion
je suis catho et je sais que les papes sont des juifs déguisés qui dirigent le nouvel ordre mondial | identity_hate
les descendants de harkis musulmans, des traîtres qui devraient même pas être ici | identity_hate exclusion
la dîme, les croisades, les bûchers : les cathos sont une race de bourreaux à rayer de la carte | identity_hate threat
la Shoah a jamais eu lieu et ceux qui disent le contraire sont des youpins menteurs | identity_hate insult
les musulmans d'Andalousie étaient déjà des égorgeurs, ta famille aussi khey | identity_hate insult
une petite rafle et ça repart :noel: | identity_hate threat
"""

# --- One poster, player or classmate targeted through their religion; counter-speech ------------
PERSON_HARD = """
"sale muzz" dans le chat du stream, les modos ont ban le mec en 10 secondes, bravo
on m'a traité de youpin en ranked, j'ai report et j'ai mute, le jeu est pas fini pour ça
l'op dit qu'il est musulman et demande des conseils de muscu, répondez à sa question les kheys
arrête de dire "bouffeur d'hostie" à Thomas, il t'a rien fait, il va à la messe c'est tout
je suis musulman et je joue à des jeux où on tue des templiers, zéro problème :rire:
un mec m'a traité de terroriste parce que je m'appelle Bilal, je lui ai dit que je fais un master de chimie, mauvais exemple :rire:
signalez le compte qui insulte la streameuse voilée, c'est du harcèlement organisé
mon pote Elie est juif et on l'appelle "le banquier" au lycée, c'est pas drôle, c'est raciste
dire à quelqu'un "ton dieu existe pas" c'est pas une insulte, c'est un débat
la streameuse catho qui prie en live avant un tournoi, moi je trouve ça chou
Mehdi du serveur est musulman pratiquant et c'est le meilleur support de la team
on m'a dit "retourne à ta mosquée" en vocal, je rigole mais en vrai ça m'a saoulé
ce khey a écrit "ton prophète est un menteur", c'est une opinion sur une doctrine, pas du harcèlement
pas besoin de me traiter de bouffeur d'hostie pour me dire que tu crois pas en Dieu, on peut discuter
j'ai découvert que mon pote de jeu était rabbin, il joue sniper, le plus calme de la team
les kheys, si quelqu'un vous insulte sur votre religion, capturez et signalez, pas de clash
je suis chrétien et on me traite de mouton tous les jours en cours, je m'en fous un peu
l'op se fait pourrir parce qu'il porte une kippa sur sa photo de profil, c'est la honte du forum
"mange ton porc" on m'a dit en ranked, je suis même pas musulman :rire:
mon coéquipier a crié "allah akbar" en lançant une grenade, on lui a dit de calmer ses blagues
la meuf voilée qui stream Valorant se fait insulter à chaque live et elle continue, queen
débat sur le serveur : l'islam est-il compatible avec la démocratie ? tout le monde est resté poli
je suis athée et on me souhaite de brûler en enfer dans les commentaires, bon ok les gars
le mec qui a traité l'op de "sale juif" s'est pris 3 mois de ban, justice
mon pseudo c'est Léa la catho et elle vous emmerde, j'assume
mon pseudo c'est HalalBoy et on me demande si je suis musulman, oui et alors :hap:
quand tu lis "les musulmans c'est tous des X" sous une vidéo de cuisine, tu te dis que l'humanité est perdue
ma pote juive a répondu aux insultes en postant une photo de sa challah, classe
critiquer l'imam de la vidéo pour ses propos homophobes, je trouve ça justifié
le prêtre youtubeur qui explique la Bible en memes, je l'aime trop
mon pote musulman m'appelle l'infidèle quand je lui pique son kill, on est morts de rire
je suis musulman converti et roux, donc je suis un mystère pour tout le monde :rire:
la réponse de la streameuse à celui qui l'a traitée de "sale muzz", un chef d'oeuvre de calme
citer "sale youpin" pour montrer ce que reçoit mon pote, c'est pas insulter, c'est témoigner
mon prof de maths est pasteur le dimanche, il fait des blagues sur les anges en cours
quand on me demande si je suis "un vrai musulman" parce que je fume, je réponds que ça regarde que moi
bloquez pas le mec parce qu'il est catho, bloquez le parce qu'il spam :hap:
ma meuf est musulmane et moi juif, nos familles se sont rencontrées et tout le monde a bien mangé
musulman, gamer et fier de l'être
"""

PERSON_NEUTRAL = """
le nouveau règlement interdit les débats religieux dans la section jeux, c'est dommage
un serveur Discord sur la philo des religions, quelqu'un connait ?
comment on signale un message haineux sur le forum, y a un bouton spécial ?
je cherche une team Valorant chill, peu importe la religion, juste pas toxique
un streamer qui parle de théologie de façon fun, ça existe ?
"""

PERSON_ATTACKS = """
sale muzz, ferme ta gueule et retourne prier ton dieu de chameau | identity_hate insult
le youpin de la team a encore raté, normal il cherche des pièces par terre | identity_hate insult
Thomas le bouffeur d'hostie, va sucer ton curé et laisse nous jouer | identity_hate insult sexual_harassment
l'op est musulman, ça explique qu'il soit aussi con qu'une chèvre | identity_hate insult
la streameuse voilée, on va la raid et l'insulter jusqu'à ce qu'elle arrête | identity_hate insult exclusion
Bilal t'es qu'un terroriste en devenir, on sait où tu traînes | identity_hate insult threat
ton prénom juif ça pue l'argent sale, sale feuj | identity_hate insult
la catho du serveur, kickez la, elle va nous faire la morale avec son petit Jésus | identity_hate exclusion
mange ton porc sale bougnoule, t'es en France ici | identity_hate insult
l'infidèle qui se moque de l'islam, on va te couper la tête comme au prof | identity_hate threat
Elie le banquier, rends nous notre argent, t'as le nez qui te trahit | identity_hate insult body_shaming
le rabbin sniper, il doit viser avec son gros nez :rire: | identity_hate insult body_shaming
tu portes une kippa sur ta pp ? on va te trouver et te la faire bouffer | identity_hate threat
Mehdi, si tu fais encore ta prière en plein vocal pendant la game, je te dox et je balance ton adresse et ta mosquée | identity_hate threat doxxing
l'athée de la team c'est un sous-homme sans âme, personne doit jouer avec lui | identity_hate insult exclusion
la meuf catho du TD, vierge jusqu'au mariage ? je vais m'en occuper moi | identity_hate sexual_harassment
t'es évangélique ? donc t'es un cul béni attardé qui croit aux licornes | identity_hate insult
la voilée du stream, montre ce que t'as sous ton torchon pour voir | identity_hate sexual_harassment
ce bouffeur d'hostie pue la mort et le vin de messe, dégage du vocal | identity_hate insult exclusion
le support musulman de ma team, il explose toujours le premier, logique :rire: | identity_hate insult
toi le juif, tu parles pas, t'as déjà volé assez de temps de parole | identity_hate insult exclusion
va te signer bouffeur d'hostie, et crève avec ton chapelet | identity_hate insult threat
l'op porte une croix au cou sur sa photo, encore un facho catho à virer du forum | identity_hate exclusion
la streameuse musulmane, sa famille doit la battre si elle enlève le voile, normal chez eux | identity_hate
Karim le muzz, je connais ton lycée et ta mosquée, on va venir te voir | identity_hate threat doxxing
sale youpine, tes photos de challah on s'en branle, va pleurer au mur | identity_hate insult
HalalBoy, alors t'as égorgé combien de moutons ce matin, le barbu ? | identity_hate insult
le prêtre youtubeur, encore un pédo en soutane qui cherche des gosses | identity_hate insult
Sarah la juive du serveur, on l'ignore tous à partir de maintenant, mot d'ordre | identity_hate exclusion
ton dieu t'a fait moche pour te punir, regarde ta gueule de bigote | identity_hate insult body_shaming
Samir, je vais te faire manger ton tapis de prière devant toute la classe | identity_hate threat
le converti roux du forum, un traître de bougnoule blanc à pendre | identity_hate insult threat
le bouddhiste du serveur fait le zen, je vais lui éclater sa tête de pastèque rasée | identity_hate threat body_shaming
la meuf à kippa du lycée, une juive qui s'affiche comme ça, elle cherche les coups | identity_hate threat
ferme-la le feuj, personne t'a sonné | identity_hate insult exclusion
"""


TABLES = (
    (RAMADAN_HARD, RAMADAN_NEUTRAL, RAMADAN_ATTACKS),
    (CHRISTIAN_HARD, CHRISTIAN_NEUTRAL, CHRISTIAN_ATTACKS),
    (JEWISH_HARD, JEWISH_NEUTRAL, JEWISH_ATTACKS),
    (FOOD_HARD, FOOD_NEUTRAL, FOOD_ATTACKS),
    (VEIL_HARD, VEIL_NEUTRAL, VEIL_ATTACKS),
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
    (FAITH_HARD, FAITH_NEUTRAL, FAITH_ATTACKS),
    (JOKES_HARD, JOKES_NEUTRAL, JOKES_ATTACKS),
    (TERROR_HARD, TERROR_NEUTRAL, TERROR_ATTACKS),
    (PLACES_HARD, PLACES_NEUTRAL, PLACES_ATTACKS),
    (OTHER_HARD, OTHER_NEUTRAL, OTHER_ATTACKS),
    (HISTORY_HARD, HISTORY_NEUTRAL, HISTORY_ATTACKS),
    (PERSON_HARD, PERSON_NEUTRAL, PERSON_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
