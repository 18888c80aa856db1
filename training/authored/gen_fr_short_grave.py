"""Generate fr_short_grave.csv: short French forum posts about grave subjects, talked about or trivialised.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Forums discuss attacks,
genocides, rapes, murders and suicides all the time, and most of those posts are harmless:
history questions, remembrance days, news about a trial, survivors and relatives telling what
happened, anger at a murderer that asks for justice ("perpétuité", "qu'il soit jugé"),
counter-speech quoting a "joke" to condemn it, films, books and video games about wars and crimes,
self-directed dark humour, and "massacre", "carnage", "exécuter" used for sport, games or exams.
Attacks mock or celebrate the victims, approve or glorify the violence, call for more of it, or
make "jokes" at the expense of the victims or of the targeted group: gas chambers and slavery
"jokes", glee at the deaths of a group, praise of a terrorist or a school shooter, "un bon X est un
X mort", victim-blaming and rape jokes, mocking a harassed teenager who killed themselves, wishing
a prisoner raped or killed, trivialising child abuse, mocking disaster victims for their origin.
Sixteen topics, from terrorist attacks in France to dark humour threads. Real events are named as
events only; every person involved is invented. Every line is 5 to 25 words. No extra variants.
See fr_short_grave.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_grave.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words, events or
# structures the attacks use and attack nobody; neutral lines are ordinary posts on the topic.

# --- Terrorist attacks in France ---------------------------------------------------------------
ATTENTATS_HARD = """
Le 13 novembre 2015, j'étais au Stade de France avec mon père ; j'entends encore les explosions.
Quelqu'un peut m'expliquer pourquoi le Bataclan a été visé et pas une autre salle ? vraie question
ce soir je pense aux 130 morts du 13 novembre, on oublie pas :ok:
Mon oncle était sur la promenade des Anglais le 14 juillet 2016. Il s'en est sorti, mais il ne dort plus.
Le procès des attentats du 13 novembre a duré dix mois, le verdict est tombé en juin 2022.
perpétuité incompressible pour le seul survivant du commando, justice a été rendue et tant mieux
"les victimes l'ont bien cherché" c'est ce que j'ai lu sous l'article, ce commentaire me donne envie de gerber
les mecs qui font des blagues sur le Bataclan sous chaque topic hommage, vous etes malades, signalés :fou:
apres Charlie Hebdo en janvier 2015 y avait des millions de gens dans la rue, je m'en souviens trop bien
wsh le documentaire sur le 13 novembre il est dur mais faut le regarder au moins une fois
Je suis musulman et, le soir de Nice, j'ai pleuré comme tout le monde. Ces terroristes ne nous représentent pas.
la minute de silence au lycée apres l'assassinat du prof à Conflans, toute la classe etait en larmes
khey ta réaction c'est quoi si t'es en terrasse et que t'entends des tirs ? moi je crois que je me fige
Les terroristes ont tué au nom d'une idéologie, les complices doivent être jugés et finir leur vie en prison.
ma cousine a survécu au Bataclan, trois ans de psy et elle retourne enfin aux concerts, fier d'elle
"bien fait pour ces mécréants" sous le post hommage, j'ai signalé et le compte a sauté ayaa :noel:
khey le plan Vigipirate c'est à quel niveau en ce moment ? je prends le train pour Paris demain
toujours ce pincement au coeur quand je passe devant les terrasses du 11e
Les policiers de la BRI qui sont entrés au Bataclan sont des héros, respect éternel.
les complotistes qui disent que l'attentat etait un coup monté, ils ont jamais parlé à un survivant :noel:
jsp comment les familles ont tenu au procès, chaque jour face aux accusés dans le box
J'ai lu "Vous n'aurez pas ma haine" d'Antoine Leiris, ce livre m'a retourné.
ma daronne m'a interdit les concerts pendant deux ans apres novembre 2015, j'avais 14 ans :ouch:
quand je vois ceux qui rigolent des victimes de Nice je me dis que l'humanité est foutue
les attentats de 2015 ont changé la France, vous trouvez qu'on est plus en sécurité aujourd'hui ?
Le terroriste de Nice a été abattu par la police, certaines familles auraient préféré un procès.
y a un mec dans ma promo qui glorifie les terroristes en soirée, je l'ai signalé à la direction :noel:
Je comprends la colère des familles, mais la vengeance ne ramènera personne.
le musée-mémorial du terrorisme doit ouvrir à Suresnes, je compte y aller avec mes potes
on a massacré le boss final hier soir, carnage total sur le raid, 3h du mat :hap:
la mort du terroriste en direct à la télé, j'avais 12 ans et ça m'a marqué à vie
"""

ATTENTATS_NEUTRAL = """
les kheys vous étiez où le soir du 13 novembre 2015 ? moi chez ma grand mere devant le match
Sujet sérieux : comment vous parlez des attentats à vos petits frères et soeurs ?
le niveau urgence attentat ça change quoi concretement dans les gares ?
les fouilles de sac à l'entrée des concerts c'est devenu normal pour vous ?
"""

ATTENTATS_ATTACKS = """
Les victimes du Bataclan l'ont bien cherché : il ne fallait pas aller écouter du rock sataniste. | insult
ayaa le Bataclan c'etait le seul concert où tout le public est resté allongé jusqu'à la fin :rire: | insult
bien fait pour ces mécréants de dessinateurs, ils ont eu exactement ce qu'ils méritaient | insult threat
Le camion de Nice, c'était du bowling sur la promenade : strike au premier lancer. | insult
les terroristes du 13 novembre c'est des héros, j'espère qu'il y en aura d'autres bientôt | threat
faudrait refaire un Bataclan mais dans une mosquée cette fois, on verra qui rigole | identity_hate threat
tous les musulmans sont des terroristes en puissance, faut les virer avant le prochain attentat | identity_hate exclusion
les survivants qui pleurent encore dix ans apres, ils font le buzz sur le dos de leurs morts | insult
Une minute de silence pour les victimes ? Moi, je fais une minute d'applaudissements pour le commando. | threat
dommage qu'il y ait pas eu plus de morts en terrasse, c'etait que des bobos qui buvaient des spritz | insult threat
ta cousine a survécu au Bataclan ? dommage, le commando a mal visé :hap: | insult threat
les familles au procès elles chialent devant les caméras pour toucher l'indemnisation, rien d'autre | insult
le 13 novembre c'est ma fête préférée, je bois une bière à la santé des tireurs | threat
un bon mécréant est un mécréant mort, ceux des terrasses l'ont appris ce soir-là | identity_hate threat
Le terroriste qui a foncé dans la foule mérite une statue, enfin quelqu'un qui agit. | threat
Les victimes de Nice étaient des touristes et des retraités, franchement pas une grosse perte. | insult
les arabes faisaient la fête dans ma cité le soir du 13 novembre, ces sauvages faut tous les expulser | identity_hate exclusion
l'attentat c'est encore les juifs qui l'ont organisé, comme d'hab ils tirent les ficelles | identity_hate
Ceux qui sont morts en terrasse n'avaient qu'à rester chez eux, darwin award collectif. | insult
la prochaine fois qu'un fou passe à l'acte j'espère que ce sera dans ton quartier l'op, toi devant | threat
jpp les bougies et les nounours, les victimes c'etait des moutons qui ont fini à l'abattoir :rire: | insult
faut brûler une mosquée pour chaque victime, oeil pour oeil et tant pis pour ceux dedans | identity_hate threat
les rescapés qui sortent des livres, ils monétisent leurs potes morts ces vautours | insult
encore une belle journée pour ceux qui aiment voir la France saigner, que les frères recommencent vite | threat
Les victimes de l'Hyper Cacher n'étaient que des juifs, je ne vais pas pleurer. | identity_hate
mdr le gars mort devant le café il a fini en passoire, c'est ça de boire des bières en terrasse | insult
Les policiers de la BRI auraient dû rester dehors et laisser le commando finir son travail. | threat
"""

# --- The Shoah and antisemitism ----------------------------------------------------------------
SHOAH_HARD = """
c'est quoi la différence entre un camp de concentration et un camp d'extermination ? vraie question
Mon arrière-grand-père a été déporté de Drancy à Auschwitz en 1943 ; il n'est jamais revenu.
La rafle du Vel d'Hiv, c'était en juillet 1942 : la police française a arrêté plus de 13 000 juifs.
ce qui me choque c'est les mecs qui font des blagues sur les chambres à gaz en vocal, je mute direct :ok:
"les fours c'est pour les juifs" un mec l'a écrit sur le serveur discord, ban direct et signalement Pharos
On visite Auschwitz avec le lycée en mars, quelqu'un y est déjà allé ? on m'a dit que c'est très dur
La Shoah, c'est six millions de juifs assassinés ; les nazis ont aussi tué des Roms, des handicapés et des homosexuels.
le 27 janvier c'est la journée de la mémoire de l'Holocauste, on a eu un témoignage au lycée
j'ai lu "Si c'est un homme" de Primo Levi, je le conseille à tout le monde sans exception
Le négationnisme est puni par la loi Gayssot en France depuis 1990.
wsh La Liste de Schindler je l'ai vu hier, j'ai chialé comme un gosse :ouch:
ma grand mere a été cachée par une famille de paysans dans le Limousin, ils ont été reconnus Justes
Les tags antisémites sur les tombes du cimetière sont ignobles ; j'espère que les auteurs seront retrouvés et jugés.
je suis juif et en cours d'histoire un mec a fait une blague sur le gaz, la prof l'a sorti, respect à elle :ok:
les kheys comment on explique que tout un peuple ait suivi Hitler ? j'arrive pas à comprendre
La dernière rescapée de ma ville est morte la semaine dernière. Elle venait chaque année au collège.
les croix gammées dessinées sur la mairie, le maire a porté plainte, très bien
khey le film La Zone d'intérêt est glaçant, on voit rien mais on entend tout
"un détail de l'histoire" quelle phrase honteuse, c'est normal qu'elle ait été condamnée
D'après les chiffres du ministère, les actes antisémites ont explosé ces deux dernières années. Ça fait peur.
on a massacré l'épreuve d'histoire, le sujet c'etait la Shoah en France, j'ai tout raconté sur Drancy :hap:
Le Mémorial de la Shoah à Paris est gratuit, allez-y, les archives sont impressionnantes.
mon pote s'est pris un "sale juif" dans la cour, on a tous témoigné au CPE pour lui
les juifs ont été exclus de plein de métiers par Vichy dès 1940, le statut des juifs, on en parle pas assez
la Nuit de cristal en 1938 c'etait le début des violences organisées, je l'ai appris en révisant
Ma prof d'allemand nous a fait lire le journal d'Anne Frank en version originale, dur mais beau
les mecs qui disent "les juifs controlent tout" faut leur expliquer que les Protocoles c'est un faux :noel:
"Hitler avait raison" sous une vidéo du Mémorial, le niveau de ces commentaires me désespère :noel:
Mon arrière-grand-père ne cachait jamais son matricule tatoué : il disait que c'était pour qu'on n'oublie pas.
ahi j'ai un exposé sur les Einsatzgruppen, vous avez des sources fiables svp ?
je suis pas juif mais je vais à la marche contre l'antisémitisme dimanche, qui vient avec moi ?
"""

SHOAH_NEUTRAL = """
des recommandations de livres sur la seconde guerre mondiale ? pas trop romancés si possible
wsh le voyage scolaire à Cracovie c'etait combien pour vous ?
Quels sont les meilleurs documentaires sur la Seconde Guerre mondiale selon vous ?
mon grand-père a fait le STO en Allemagne, quelqu'un sait comment retrouver ses papiers ?
"""

SHOAH_ATTACKS = """
Pourquoi les juifs n'aiment-ils pas les barbecues ? Parce que ça leur rappelle la famille. | identity_hate
Auschwitz était le meilleur spa d'Europe, avec douche gratuite pour tout le monde. | identity_hate
vous visitez Auschwitz avec le lycée ? prends un briquet pour ton pote juif au cas où | identity_hate threat
les chambres à gaz c'etait pas assez, fallait finir le boulot jusqu'au bout | identity_hate threat
ta grand mere a été cachée pendant la guerre ? dommage qu'on l'ait pas trouvée | identity_hate threat insult
Six millions ? Un chiffre gonflé pour toucher des réparations, comme toujours avec eux. | identity_hate
Hitler avait raison sur un point, les juifs sont un problème pour l'Europe | identity_hate
la Shoah c'est la meilleure opération marketing de l'histoire, bien joué les rats | identity_hate
un bon juif est un juif en cendres, toujours la même règle :ok: | identity_hate threat
si t'es juif tu rejoins pas le serveur, on a déjà assez de fumée ici | identity_hate exclusion
le matricule de ton arriere grand pere c'etait son code wifi ? :rire: | identity_hate insult
Le Vel d'Hiv, c'était du bon travail : la police française savait travailler à l'époque. | identity_hate threat
les juifs pleurent la Shoah pour pas qu'on voie qu'ils tiennent les banques et les médias | identity_hate
Il faudrait rouvrir les camps pour toute la communauté, cette fois sans survivants. | identity_hate threat
ton nom finit en -baum ? prépare ta valise pour la douche khey :noel: | identity_hate threat insult
les rescapés qui font le tour des écoles c'est des acteurs payés, bizarre qu'ils se souviennent de tout | identity_hate insult
les tags sur les tombes juives c'est de l'art, enfin quelqu'un qui ose le dire | identity_hate
1488 les kheys, les fours étaient juste trop petits | identity_hate threat
sale youpin t'as de la chance que ton grand pere ait survécu, moi je l'aurais pas raté | identity_hate threat insult
le seul truc que les nazis ont raté c'est la fin du travail | identity_hate threat
ayaa ton exposé sur les Einsatzgruppen, mets-leur un 20, ils ont tellement bien bossé | identity_hate threat
mdr la marche contre l'antisémitisme, vous allez protéger des gens qui méritent ce qui leur arrive | identity_hate threat
l'holocauste c'etait le plus gros barbecue de l'histoire et personne a ramené les merguez :rire: | identity_hate
Le seul bon côté de la guerre, c'est qu'il y avait moins de juifs à la fin. | identity_hate threat
Les camps étaient des colonies de vacances, ils sont tous rentrés bronzés. | identity_hate
les Roms et les handicapés dans les camps, au moins ça a fait de la place :hap: | identity_hate threat
On devrait remettre l'étoile jaune, comme ça on saurait qui éviter au travail. | identity_hate exclusion
"""

# --- Slavery and colonisation ------------------------------------------------------------------
SLAVERY_HARD = """
la traite négrière c'est combien de millions de déportés au total ? les chiffres varient selon les sources
Le 10 mai est la journée des mémoires de la traite et de l'esclavage ; on en parle trop peu.
L'esclavage a été aboli en France en 1794, rétabli par Napoléon en 1802, puis aboli de nouveau en 1848.
mon arriere arriere grand mere etait esclave en Guadeloupe, on a retrouvé son nom dans les registres
un mec a sorti "retourne cueillir le coton" à mon pote en plein match, carton rouge et plainte :noel:
"les noirs etaient mieux sous l'esclavage" lu sous une vidéo, j'ai signalé, ça me donne la nausée
Le Code noir de 1685 faisait des esclaves des biens meubles. L'étudier en cours est glaçant.
le film 12 Years a Slave je l'ai vu trois fois, les scènes de fouet sont insoutenables
Django Unchained c'est un bon film sur l'esclavage ou c'est trop Tarantino ?
La colonisation de l'Algérie a duré 132 ans ; mon grand-père a connu la guerre d'indépendance.
les massacres de Sétif en mai 1945, personne en parle en cours, j'ai découvert ça sur YouTube
ma prof d'histoire nous a fait étudier le port de Nantes et la traite, la ville a un mémorial
wsh quelqu'un a des bouquins sur la révolution haïtienne ? Toussaint Louverture c'est un boss
c'est quoi le commerce triangulaire exactement ? j'ai jamais compris la partie Amérique :rire:
les zoos humains à Paris en 1931, ma daronne savait même pas que ça avait existé
je suis l'esclave de ma coloc, je fais toutes les vaisselles depuis septembre ayaa :hap:
Mon patron me traite comme un esclave : cinquante heures par semaine au smic, je vais démissionner.
la repentance sur la colonisation, je suis partagé, je pense surtout qu'il faut enseigner les faits
les tirailleurs sénégalais ont combattu pour la France et on les a oubliés, le film Tirailleurs en parle
au musée d'Aquitaine y a une salle sur Bordeaux et la traite, c'est super bien fait
mon grand pere pied noir raconte son départ d'Algérie en 62, il en pleure encore
en Guadeloupe on fête l'abolition le 27 mai, y a des défilés et des tambours toute la nuit
mdr "c'etait une autre époque" c'est l'argument nul de ceux qui minimisent l'esclavage
les réparations pour l'esclavage, vous êtes pour ou contre ? débat sérieux svp pas de troll :noel:
l'esclavage existe encore aujourd'hui, des migrants vendus aux enchères en Libye, le reportage date de 2017
Les colons belges au Congo coupaient les mains des travailleurs, c'est documenté par des photos.
moi je trouve que les blagues sur l'esclavage c'est jamais drôle, surtout quand c'est dit à un renoi
on a massacré Nantes 4-0 samedi, carnage total au stade :noel:
Mon grand-père algérien a été torturé pendant la guerre ; il ne l'a raconté qu'une seule fois avant de mourir.
le rapport Stora sur la mémoire de la guerre d'Algérie, quelqu'un l'a lu en entier ?
Ma grand-mère martiniquaise raconte encore l'histoire de nos ancêtres marrons qui ont fui les plantations.
"""

SLAVERY_NEUTRAL = """
Vous conseillez quel musée sur l'histoire coloniale à Paris ?
le programme d'histoire de terminale sur la décolonisation c'est long ou pas ?
quelqu'un a visité l'île de Gorée au Sénégal ? je pars en juillet
la généalogie aux Antilles c'est galère, les archives sont où ?
"""

SLAVERY_ATTACKS = """
retourne cueillir le coton, c'est le seul truc que ta race sait faire | identity_hate insult
Les Noirs étaient mieux sous l'esclavage : au moins, ils avaient un travail et un toit. | identity_hate
ton arriere grand mere esclave ? elle devait bien se faire fouetter si elle te ressemblait :noel: | identity_hate insult
faudrait ramener les chaînes pour les renois de ma cité, ça les calmerait | identity_hate threat
Le Code noir était un texte plein de bon sens, dommage qu'on l'ait abrogé. | identity_hate
ptdr l'esclavage c'etait les premiers CDI, logé nourri, ils se plaignent de quoi | identity_hate
les zoos humains faudrait les rouvrir, j'ai déjà des pensionnaires dans ma classe | identity_hate insult
l'op il est antillais, il a encore les marques du fouet ou pas ? :noel: | identity_hate insult
12 Years a Slave c'est mon film préféré, le mec qui tient le fouet c'est mon héros | identity_hate threat
les migrants vendus en Libye, franchement bon prix pour ce que ça vaut | identity_hate
La colonisation a apporté les routes et l'école à des sauvages, ils devraient dire merci. | identity_hate
Sétif 45 c'etait pas assez, fallait finir le travail dans toute l'Algérie | identity_hate threat
la journée de l'abolition c'est l'anniversaire de notre plus grosse erreur :hap: | identity_hate
ah t'es malien ? combien ton arriere grand pere s'est vendu au marché :rire: | identity_hate insult
mdr les réparations, ils vont nous envoyer la facture des bananes aussi | identity_hate
un bon colon savait dresser ses nègres, aujourd'hui on les laisse faire ce qu'ils veulent | identity_hate threat
faut les remettre dans les cales et les renvoyer, traversée retour gratuite :ok: | identity_hate threat exclusion
Le commerce triangulaire est le seul commerce équitable que l'Afrique ait jamais connu. | identity_hate
les Congolais aux mains coupées, au moins ils pouvaient plus voler | identity_hate threat
ton coloc renoi fait toutes les vaisselles ? normal, c'est dans le sang depuis les plantations | identity_hate insult
t'es l'esclave de ta coloc ? avec ta couleur ça tombe bien khey :rire: | identity_hate insult
Les descendants d'esclaves qui réclament des excuses n'ont qu'à retourner en Afrique, si c'était si bien. | identity_hate exclusion
le fouet manque dans les écoles de banlieue, ça leur rappellerait leurs origines | identity_hate threat
"une autre époque" mon cul, c'etait la bonne époque, chacun à sa place et les noirs aux champs | identity_hate
les harkis et les bougnoules on aurait dû tous les laisser se faire égorger là-bas en 62 | identity_hate threat
Ton grand-père algérien torturé ? Il avait sûrement mérité chaque décharge. | identity_hate threat insult
la colonisation c'etait le bon temps, l'Algérie française et les indigènes à genoux | identity_hate
"""

# --- Genocides and wars abroad -----------------------------------------------------------------
GENOCIDE_HARD = """
Le génocide des Tutsi au Rwanda a fait environ 800 000 morts en cent jours, en 1994.
la radio des Mille Collines appelait à tuer les "cafards", c'est fou comme les mots préparent les massacres
Mon père est rwandais. Il a perdu toute sa famille en 1994 et n'en parle qu'une fois par an.
Srebrenica, juillet 1995 : plus de 8 000 hommes et garçons bosniaques tués, alors que l'ONU était là.
le génocide arménien de 1915 est reconnu par la France depuis 2001
les Khmers rouges ont tué près d'un quart de la population cambodgienne, on l'apprend à peine en cours
wsh le film Hotel Rwanda vous l'avez vu ? la scène de la route m'a hanté
wsh c'est quoi la définition juridique d'un génocide ? je sais pas si on peut l'utiliser pour tout
ma famille est yézidie, ce que Daech a fait à Sinjar en 2014 c'est un génocide reconnu
les enfants soldats en Sierra Leone, j'ai lu le livre d'un ancien enfant soldat, c'est terrifiant
en géopo on a étudié la guerre en Ukraine, à Boutcha des civils ont été exécutés dans la rue
Vous pensez que l'ONU sert encore à quelque chose face aux massacres de civils ?
j'ai un pote ouïghour, sa mere est dans un camp au Xinjiang, il a plus de nouvelles depuis 2019
jpp les blagues "génocide" sur les serveurs discord c'est pas de l'humour, c'est de la banalisation, je quitte
"fallait tous les finir" un mec a écrit ça sous une vidéo sur le Rwanda, son compte a sauté :noel:
Le Tribunal pénal international pour l'ex-Yougoslavie a condamné Mladić à la perpétuité.
ma grand mere arménienne faisait encore des cauchemars de la marche dans le désert racontée par sa mère
on a génocidé l'équipe d'en face 5-0, les mecs sont repartis en pleurant :rire:
les images de Gaza et d'Israël me retournent le ventre, c'est toujours les civils qui paient
mon prof dit que le mot génocide est galvaudé dans les débats, qu'il faut laisser les juristes trancher
au Darfour aussi y a eu un génocide au début des années 2000, personne en parle plus
la machette au Rwanda c'etait l'arme la plus utilisée, des voisins tuaient leurs voisins
la commémoration du 7 avril au Rwanda s'appelle Kwibuka, on y va avec l'asso cette année
je suis serbe et j'ai honte de ceux qui nient Srebrenica dans ma propre famille
La guerre en Syrie m'a fait quitter Alep à dix ans ; aujourd'hui, je suis en licence à Lille.
khey l'expression "nettoyage ethnique" vient de la guerre en Bosnie, je savais pas
ce reportage sur les Rohingyas en Birmanie, des villages entiers brûlés, j'en ai pas dormi
les mecs qui font des memes avec les charniers, vous me dégoûtez, sérieusement :fou:
La CPI a émis des mandats d'arrêt : les dirigeants accusés devront répondre de leurs crimes.
Mon père est tutsi et ma mère hutue ; chez nous, on parle de réconciliation tous les jours.
La France a reconnu sa responsabilité au Rwanda ; le rapport Duclert pointe des fautes lourdes.
"""

GENOCIDE_NEUTRAL = """
des conseils de lecture sur l'histoire de l'Afrique des Grands Lacs ?
c'est quoi la différence entre crime contre l'humanité et crime de guerre ?
quelqu'un fait un master en relations internationales ici ? c'est bouché ou pas ? :ouch:
Je pars au Cambodge cet été, le musée de Tuol Sleng se visite comment ?
"""

GENOCIDE_ATTACKS = """
Les Tutsi étaient des cafards, les Hutu ont simplement fait le ménage. | identity_hate threat
ton pere rwandais a survécu ? quelqu'un a mal fait son boulot avec la machette :noel: | identity_hate threat insult
Srebrenica, c'est le meilleur tri sélectif de l'histoire des Balkans. | identity_hate
8 000 musulmans en moins à Srebrenica, franchement l'Europe devrait dire merci | identity_hate threat
le génocide arménien j'y crois pas, et s'il a eu lieu ils l'avaient mérité | identity_hate
les Ouïghours dans des camps, c'est ce qu'il faudrait faire avec les musulmans d'ici aussi | identity_hate threat
ta mere ouïghoure apprend le chinois en camp, au moins elle sert à quelque chose | identity_hate insult
les Rohingyas qui brûlent dans leurs villages, j'ai ramené les chamallows :hap: | identity_hate threat
fallait tous les finir au Rwanda, les survivants pleurnichent depuis trente ans | identity_hate threat
les Yézidis vendus par Daech, bon débarras pour ces adorateurs du diable | identity_hate threat
à Gaza chaque enfant mort c'est un futur terroriste en moins, tant mieux | identity_hate threat
Les Israéliens tués le 7 octobre étaient des colons, ils ont eu ce qu'ils méritaient. | identity_hate threat
Les Palestiniens sont des animaux : qu'on rase tout et qu'on n'en parle plus. | identity_hate threat
Daech a fait une seule bonne chose, vider des villages entiers de mécréants | identity_hate threat
les Ukrainiens exécutés à Boutcha, au moins ils arrêteront de pleurnicher pour des armes | identity_hate threat
wsh les Russes faut tous les gazer, y a pas un civil innocent dans ce pays | identity_hate threat
Kwibuka c'est le festival des pleureuses africaines, ils adorent se plaindre | identity_hate insult
le Cambodge a perdu un quart de ses bridés, ça se voit même pas | identity_hate
un Arménien qui parle du génocide ? tu veux qu'on t'envoie marcher dans le désert toi aussi ? | identity_hate threat insult
un bon Tutsi c'est un Tutsi découpé, c'etait leur slogan et ils avaient raison | identity_hate threat
la guerre en Syrie c'est Darwin qui fait le tri, et ceux qui débarquent ici sont les pires | identity_hate
ton pote syrien qui a fui Alep, dommage qu'une bombe l'ait raté | identity_hate threat
le Darfour ? des noirs qui tuent des noirs, ça fait le ménage tout seul | identity_hate threat
les charniers de musulmans en Bosnie, soldes d'été, tout doit disparaître | identity_hate
je serai toujours du côté de ceux qui tiennent la machette, les Tutsi ont pas su se défendre | identity_hate threat
Il faudrait un Srebrenica dans chaque banlieue française. | identity_hate threat
Les enfants soldats sont la seule armée que l'Afrique sache faire marcher. | identity_hate
ton pere tutsi et ta mere hutu ? elle aurait dû finir le travail le soir des noces :noel: | identity_hate threat insult
"""

# --- Rape and sexual violence ------------------------------------------------------------------
RAPE_HARD = """
J'ai été violée à 19 ans par un étudiant de ma promo. J'ai porté plainte deux ans après et le procès arrive.
comment on aide une amie qui vient de me dire qu'elle a été agressée en soirée ? elle veut pas porter plainte
"elle l'a bien cherché avec sa jupe" c'est ce qu'un prof a dit en amphi, on a écrit une lettre à la fac
Le consentement, c'est un oui clair, pas "elle n'a rien dit". Ça devrait être évident pour tout le monde.
les blagues sur le viol en vocal ça me saoule, j'ai quitté le serveur en expliquant pourquoi :ouch:
mon pote a été violé à 15 ans par un moniteur de colo, les mecs aussi ça arrive, faut en parler
à peine une plainte pour viol sur dix aboutit à une condamnation, c'est dingue ces chiffres
le procès de Mazan a changé le débat en France sur la soumission chimique, enfin
soumission chimique en boîte : couvrez vos verres les kheys, ma soeur s'est fait droguer samedi
wsh le film Promising Young Woman parle des viols en fac, vous l'avez vu ?
"elle était bourrée donc c'est sa faute" non, être bourrée c'est pas un consentement, fin du débat :noel:
j'ai été agressée dans le métro, personne a bougé, je tremble encore en écrivant ce post
20 ans de prison pour le violeur de ma cousine, elle peut enfin respirer un peu
le mec qui a agressé ma pote a pris du ferme, j'espère qu'il va réfléchir en taule
khey la culture du viol c'est quoi exactement ? j'entends le mot partout sans vraiment comprendre
C'est une vraie avancée qu'on parle enfin de l'inceste et des violences sexuelles dans le sport.
on m'a dit "t'as été violé ? t'as de la chance" parce que je suis un mec, cette phrase m'a détruit
la série Unbelievable montre comment la police doute des victimes, à voir absolument
ma meuf a fait un cauchemar sur son agression cette nuit, comment je l'aide sans la brusquer ?
balancer des blagues de viol en soirée et s'étonner que les filles se sentent pas en sécurité, ayaa
un mec de ma promo dit "si elle dit non c'est qu'elle veut dire oui", je lui ai expliqué la loi devant tout le monde
Le viol est un crime, jugé aux assises ou devant une cour criminelle départementale.
il a violé le règlement du tournoi en utilisant un macro, disqualifié direct :ok:
l'appli violait nos données perso depuis des années, la CNIL lui a collé une amende :rire:
Je crois la victime, même si c'est mon meilleur ami qui est accusé. C'est dur, mais c'est ainsi.
les survivantes qui témoignent sur les réseaux se prennent des vagues de harcèlement, c'est révoltant
je suis sortie de l'emprise, j'ai mis 4 ans à comprendre que c'etait un viol conjugal
Qu'il soit jugé et qu'il paie : c'est tout ce que je demande pour ma sœur.
jpp les mecs qui disent "faut pas porter de jupe", le problème c'est le violeur, pas la jupe
les tribunaux ont mis du temps mais le coach qui abusait de ses joueuses a enfin été condamné
Si une amie vous confie une agression, écoutez-la sans juger et proposez-lui de l'accompagner.
"""

RAPE_NEUTRAL = """
les associations d'aide aux victimes dans le 93 vous en connaissez ?
c'est quoi la procédure pour porter plainte pour une agression ancienne ?
Quelqu'un a lu "Le Consentement" de Vanessa Springora ? Votre avis ?
comment marchent les bracelets anti-rapprochement exactement ?
"""

RAPE_ATTACKS = """
elle l'a bien cherché avec sa jupe, faut pas s'habiller en pute si on veut pas y passer | sexual_harassment insult
t'as été violée à 19 ans ? avec ta tête c'etait plutôt un service rendu :noel: | sexual_harassment insult body_shaming
bourrée en soirée = consentement, les meufs qui portent plainte le lendemain regrettent juste leur nuit | sexual_harassment identity_hate
ta pote qui s'est fait agresser, elle a kiffé et maintenant elle joue la victime | sexual_harassment insult
Si elle dit non, c'est qu'elle veut dire oui : il faut simplement insister un peu plus fort. | sexual_harassment
t'as été violé à 15 ans ? t'as de la chance le khey, moi j'aurais payé pour ça :rire: | sexual_harassment insult
La soumission chimique, ce n'est qu'un raccourci pour les timides. | sexual_harassment
wsh les victimes qui témoignent sur les réseaux cherchent des likes, personne voudrait les violer de toute façon | sexual_harassment insult
mdr qu'est-ce qui est le plus relou dans un viol ? quand elle se débat | sexual_harassment
ta soeur s'est fait droguer en boîte ? c'est le seul moyen de pécho une meuf comme elle | sexual_harassment insult
20 ans de prison pour avoir rendu une moche heureuse une fois dans sa vie, c'est cher payé | sexual_harassment insult
les féministes qui parlent de culture du viol, personne vous toucherait même avec un bâton | sexual_harassment insult
la meuf de l'op fait des cauchemars de son agression ? elle rêve surtout de recommencer :noel: | sexual_harassment insult
le coach qui a abusé de ses joueuses, respect, il savait profiter de sa position | sexual_harassment
celle qui a porté plainte contre mon pote c'est une mytho, j'espère qu'on la violera pour de vrai cette fois | sexual_harassment threat insult
violer une meuf bourrée en boîte c'est pas un crime, c'est une soirée réussie :ok: | sexual_harassment
Une femme qui se fait violer dans le métro n'avait qu'à prendre un Uber. | sexual_harassment
les mecs violés c'est des tapettes qui savaient pas se défendre | sexual_harassment identity_hate insult
Les victimes de viol qui parlent vingt ans après, c'est pour l'argent ou pour passer à la télé. | sexual_harassment
Le viol conjugal n'existe pas : une femme mariée a signé pour ça devant le maire. | sexual_harassment identity_hate
la fille de l'affaire du lycée, c'est elle qui l'a chauffé toute la soirée, faut pas pleurer après | sexual_harassment insult
les meufs qui tremblent dans le métro après une main aux fesses, c'etait un compliment gratuit :rire: | sexual_harassment identity_hate
viol en réunion ou soirée d'intégration, au fond c'est un peu pareil :hap: | sexual_harassment
ta cousine peut enfin respirer ? dommage, elle respirait mieux avec un mec dessus :noel: | sexual_harassment insult
Les survivantes d'agressions sont souvent des menteuses qui veulent détruire un homme. | sexual_harassment identity_hate
si ta meuf s'est fait agresser c'est que t'es pas assez un homme pour la satisfaire toi-même | sexual_harassment insult
les filles qui boivent en soirée sont des proies, c'est la nature, faut pas se plaindre ensuite | sexual_harassment identity_hate
"""

# --- Child abuse and paedocriminality -----------------------------------------------------------
CHILD_HARD = """
le rapport de la Ciivise parle de 160 000 enfants victimes de violences sexuelles chaque année
J'ai été abusé par un oncle à huit ans et j'en ai parlé à vingt-quatre ans. Mon psy m'aide beaucoup.
L'affaire d'Outreau est un fiasco judiciaire, nous l'avons étudiée en cours de procédure pénale.
un prof de mon ancien collège a été condamné pour pédocriminalité, j'espère qu'il prendra le maximum
quand des mecs font des blagues de pédo sur les gosses de l'op, je signale direct, c'est pas drôle
comment on repère un prédateur sur Discord ? ma petite soeur a 12 ans et elle y passe ses soirées
"elle faisait plus que son âge" c'est l'excuse de tous les prédateurs, ça me rend fou
D'après le rapport Sauvé, plus de 300 000 personnes ont été victimes d'abus dans l'Église depuis 1950.
le documentaire sur les abus dans le patinage artistique m'a choqué, des coachs protégés pendant des années
Je veux qu'il soit jugé et qu'il prenne le maximum. Mon neveu mérite justice.
wsh le mot "pédo" est balancé comme insulte pour n'importe quoi, ça banalise le vrai crime
ma mère était assistante sociale à l'ASE, elle a vu des trucs qui l'empêchent encore de dormir
l'inceste touche environ un Français sur dix selon les enquêtes, on est tous entourés de survivants
les parents qui postent des photos de leurs gosses en maillot sur insta, faites gaffe svp
Pharos sert aussi à signaler les contenus pédocriminels, je l'ai fait hier pour un compte
le film Les Chatouilles parle de l'inceste à travers la danse, c'est brutal et magnifique
ayaa mon pote se fait traiter de pédo parce qu'il est moniteur de colo, c'est n'importe quoi
les gosses de l'ASE qui finissent à la rue à 18 ans, c'est aussi une maltraitance d'État
La prescription pour les viols sur mineurs a été allongée à trente ans après la majorité.
je bosse en crèche et on a eu une formation pour repérer les signes de maltraitance, essentiel
"il était si gentil avec les enfants" disent toujours les voisins dans les reportages, flippant :ouch:
carnage dans la cour de récré : mon neveu a massacré tout le monde aux billes :rire:
un type de 40 ans qui drague ma soeur de 13 ans sur Snap, j'ai tout screen et on a porté plainte
l'école devrait parler du corps et du consentement aux enfants dès le primaire, ça les protège
Mon grand-père a été placé dans un orphelinat religieux, il n'a jamais raconté ce qui s'y passait.
j'ai grandi avec un père violent, les coups c'etait le quotidien, j'ai mis 10 ans à en parler
les kheys la fessée est interdite depuis 2019 en France, vous en pensez quoi honnêtement ?
ahi les "chasseurs de pédos" sur YouTube qui tendent des pièges, c'est légal ou pas ?
Le pédophile de mon village a été condamné à dix-huit ans ; toutes les familles étaient au tribunal.
Les enfants victimes parlent souvent des années plus tard ; il faut les croire quand ils se confient.
mon coach de foot quand j'avais 10 ans a été condamné, j'ai témoigné au procès, je me sens plus léger
"""

CHILD_NEUTRAL = """
comment devenir famille d'accueil ? il faut quelles conditions ?
quelqu'un bosse à l'ASE ici ? c'est comment le quotidien ?
le contrôle parental sur les téléphones, vous conseillez quelle appli ?
Quels métiers de la protection de l'enfance recrutent en ce moment ?
"""

CHILD_ATTACKS = """
t'as été abusé par ton oncle à 8 ans ? au moins quelqu'un s'intéressait à toi :noel: | sexual_harassment insult
les gosses de l'op en maillot sur insta, ils ont quel âge déjà ? je demande pour un ami :hap: | sexual_harassment
Elle faisait plus que son âge ; franchement, à treize ans, c'est déjà une femme. | sexual_harassment
Un enfant qui dit oui, c'est un oui. Arrêtez de tout criminaliser. | sexual_harassment
ta petite soeur de 12 ans sur Discord, file-moi son pseudo que je lui apprenne des trucs | sexual_harassment threat
ton neveu mérite justice ? il mérite surtout qu'on recommence :rire: | sexual_harassment threat
Les curés étaient des professeurs d'éducation sexuelle avant l'heure. | sexual_harassment
la Ciivise exagère, une main dans une culotte de gamin c'est pas la fin du monde | sexual_harassment
L'inceste, c'est simplement de l'amour en famille ; les victimes en font des tonnes. | sexual_harassment
le prof condamné au collège il était juste trop affectueux, on en fait toute une histoire | sexual_harassment
les gamins de l'ASE personne en veut, autant que les pédos en profitent | sexual_harassment
j'espère qu'ils vont le violer tous les jours en prison ce pédo, et qu'il crève là-bas | threat sexual_harassment
les pédos faut les castrer à vif sur la place publique et filmer | threat
les victimes d'inceste qui parlent 30 ans après, elles avaient qu'à crier plus fort à l'époque | sexual_harassment insult
mdr un enfant battu c'est un enfant bien élevé, mon daron avait raison de cogner | threat
la fessée interdite ? une bonne raclée au bébé qui pleure et on en parle plus | threat
les enfants placés c'est des cassos, les frapper c'est leur rendre service | threat insult
le gosse mort sous les coups de ses parents, un futur délinquant en moins :noel: | threat insult
les poupées enfantines faut les autoriser, ça occupe les frustrés en attendant la vraie | sexual_harassment
les colos c'est le meilleur job pour les pédos, des gamins à dispo tout l'été :rire: | sexual_harassment
t'as grandi avec un père violent ? visiblement il a pas frappé assez fort vu ce que t'es devenu | threat insult
les orphelinats religieux c'etait l'internat de luxe, les gamins tripotés pleurnichent pour rien | sexual_harassment insult
la petite de 13 ans sur Snap elle s'est inscrite toute seule, elle savait ce qu'elle voulait | sexual_harassment
Un enfant de dix ans peut très bien consentir, c'est la société qui le traumatise après. | sexual_harassment
les chasseurs de pédos devraient les lyncher en direct, je paierais l'abonnement pour voir | threat
les gays c'est tous des pédos en puissance, faut pas les laisser approcher d'une école | identity_hate exclusion
l'oncle de l'op avait bon goût au moins, vu les photos de lui petit :noel: | sexual_harassment insult
"""

# --- Femicides and domestic violence -----------------------------------------------------------
FEMICIDE_HARD = """
plus de cent féminicides par an en France, à peu près une femme tuée tous les trois jours
Ma tante a été tuée par son ex-conjoint en 2021. Il avait déjà été signalé trois fois aux gendarmes.
le bracelet anti-rapprochement ça marche vraiment ? ma soeur en a un depuis le mois dernier
"elle a dû le pousser à bout" lu sous l'article du féminicide, non, personne pousse à tuer
j'ai quitté mon mec violent en pleine nuit avec mon fils, on vit en foyer et on respire enfin
mon daron frappait ma mere, le jour où j'ai grandi je me suis mis entre eux, il est parti
Le mot « féminicide » est entré dans le dictionnaire il y a quelques années ; avant, on écrivait « drame conjugal ».
le titre "crime passionnel" dans les journaux c'est insupportable, c'est un meurtre :fou:
Qu'il prenne la perpétuité et que ma cousine repose en paix : c'est tout ce que nous demandons.
Les collages contre les féminicides sur les murs de ma ville, je trouve ça fort.
les hommes victimes de violences conjugales existent aussi, mon pote en a été un, personne le croyait
le film Jusqu'à la garde sur les violences conjugales, la fin m'a fait trembler
wsh comment on aide une voisine qu'on entend hurler tous les soirs ? j'ai peur d'aggraver les choses
khey si t'entends ta voisine se faire frapper tu appelles le 17, point, c'est pas se mêler de sa vie
ma mere a tenu 15 ans avant de partir, aujourd'hui elle revit, je suis tellement fier d'elle :ok:
le procès du mari de ma collègue commence lundi, on ira la soutenir dans la salle
les mains courantes classées sans suite alors que la femme est morte deux mois après, scandale
"il l'aimait trop" non, il l'a tuée, arrêtez avec ce vocabulaire de merde dans les articles
Le Grenelle des violences conjugales a produit quelques mesures, mais les moyens manquent toujours.
la série Maid montre bien l'emprise psychologique, pas besoin de coups pour détruire quelqu'un
je suis flic et les interventions pour violences conjugales c'est le plus dur de mon taf
ma coloc a un mec qui contrôle son téléphone et ses sorties, comment je lui en parle ?
wsh le massacre en Coupe de France, 7-0 contre une équipe amateur :hap:
jpp les blagues "elle a pas su tenir sa langue" sous les faits divers, c'est glauque, je signale
j'ai été frappé par ma copine pendant 2 ans, j'ai eu honte d'en parler, ça arrive aux mecs aussi
la marche du 25 novembre c'etait énorme cette année, du violet partout dans les rues
mon oncle a pris 12 ans pour avoir tabassé sa femme, la famille est divisée mais moi je suis avec elle
Tant de femmes tuées alors qu'elles avaient porté plainte : la police doit être mieux formée.
les refuges pour femmes manquent de places, ma mere a dormi dans la voiture une semaine avec nous
Ma voisine a enfin obtenu une ordonnance de protection ; je l'accompagne au tribunal la semaine prochaine.
frapper sa meuf c'est pas de l'amour, c'est un crime, mon grand frère l'a compris trop tard et il est en taule
"""

FEMICIDE_NEUTRAL = """
le 25 novembre c'est la journée contre les violences faites aux femmes, y a une marche à Lyon ?
quelles assos aident les femmes à quitter un conjoint violent dans le Nord ?
c'est quoi une ordonnance de protection exactement ?
Comment fonctionne le dispositif "téléphone grave danger" pour les victimes ?
"""

FEMICIDE_ATTACKS = """
elle a dû le pousser à bout, une femme qui la ferme elle se prend pas de coups | identity_hate threat
ta tante tuée par son ex ? elle devait être chiante, il a craqué, ça arrive :noel: | insult
Une femme tuée tous les trois jours ? Il faudrait augmenter la cadence. | identity_hate threat
les féminicides c'est de la sélection naturelle pour les hystériques | identity_hate threat
crime passionnel c'est le bon mot, il l'aimait trop et elle le méritait | threat insult
ta mere a tenu 15 ans ? elle aimait ça en vrai, sinon elle serait partie avant | insult
Une bonne gifle de temps en temps remet une femme à sa place. | identity_hate threat
les hommes battus c'est des fragiles, un vrai mec se laisse pas taper par une meuf | insult
la voisine qui hurle tous les soirs, j'espère qu'il va l'achever pour que je dorme enfin | threat insult
les colleuses féministes faudrait les coller au mur avec leurs affiches | threat
ta soeur a un bracelet anti-rapprochement ? elle a qu'à apprendre à fermer sa gueule la prochaine fois | threat insult
Les femmes tuées par leur conjoint l'avaient trompé neuf fois sur dix. | identity_hate
un bon mari sait corriger sa femme, c'est ce que faisaient nos grands pères | identity_hate threat
les marches violettes c'est des meufs qui cherchent un mec pour les recadrer :hap: | identity_hate threat
il l'a tuée parce qu'elle voulait partir, logique, on part pas avec les enfants d'un homme | threat
ta collègue a envoyé son mari en prison ? j'espère qu'il ressortira vite pour finir le travail | threat insult
t'es en foyer avec ton gosse ? profiteuse d'allocs, retourne chez ton mari et obéis | identity_hate insult
"elle a pas su tenir sa langue" et maintenant elle la tient pour de bon :rire: | insult
Les femmes qui portent plainte pour violences inventent tout pour garder la maison et les enfants. | identity_hate
frapper sa meuf c'est de l'éducation, pas de la violence :hap: | identity_hate threat
le flic qui trouve les interventions conjugales dures, il a qu'à laisser le mari finir | threat
si ta coloc se fait contrôler son tel c'est qu'elle a des trucs à cacher, la salope | insult identity_hate
faudrait moins parler des féminicides, ça donne aux meufs l'idée de porter plainte pour rien | identity_hate
ta copine t'a frappé ? mets-lui une droite bien placée, elle comprendra vite | threat
les meufs qui meurent sous les coups de leur mec ont choisi une racaille, tant pis pour elles | identity_hate
Un drame conjugal par jour, et la France se portera mieux. | identity_hate threat
ta mère a dormi dans la voiture ? elle aurait dû rester à la maison et obéir, cette idiote | insult identity_hate
"""

# --- School shootings and mass murders abroad --------------------------------------------------
SHOOTING_HARD = """
Columbine, en 1999, est la tuerie qui a inspiré la plupart des tueries scolaires suivantes aux États-Unis.
Pourquoi les Américains ne changent-ils pas leurs lois sur les armes après chaque tuerie ?
le film Elephant de Gus Van Sant sur une tuerie dans un lycée, lent mais glaçant
Utøya en 2011, 77 morts dont beaucoup d'ados d'un camp d'été, on en parle peu en France
Les médias devraient arrêter de publier le nom et la photo des tireurs : cela crée des imitateurs.
mon cousin vit au Texas, ils font des exercices de confinement tous les mois à l'école
La fusillade de Christchurch en 2019 : 51 morts dans deux mosquées, filmés en direct. Horrible.
y a un mec sur un serveur qui idolâtre les tireurs, j'ai tout signalé à Pharos et à la modération
"c'etait un loup solitaire" disent toujours les médias, mais il avait posté son plan en ligne
le tueur d'Utøya a pris 21 ans renouvelables, la Norvège c'est un autre système judiciaire
les parents de Sandy Hook harcelés par des complotistes pendant des années, c'est le pire du pire
le docu Bowling for Columbine est vieux mais toujours d'actualité
wsh c'est quoi un "active shooter drill" ? des gamins de 6 ans qui se cachent sous les tables, dingue
on a massacré la ranked hier, carnage en duo, 15 kills chacun :hap:
en France aussi on a eu des attaques au couteau dans des écoles, ça fait flipper
quand je vois des ados qui font des montages "edit" sur les tireurs, je comprends plus rien à ce monde
je suis américain et j'ai grandi avec la peur d'une fusillade dans mon lycée, c'est normalisé là-bas
le tireur de Christchurch avait mis des memes partout dans son texte, d'où les débats sur la radicalisation en ligne
les survivants de Parkland ont lancé la March for Our Lives, respect à ces ados
ceux qui font des blagues sur les tueries scolaires dans la cour, faut leur parler, c'est parfois un signal
Je suis professeure et je me demande souvent ce que je ferais si ça arrivait dans mon lycée.
le jeu vidéo c'est pas la cause des tueries, les études le montrent depuis 20 ans
le tireur a pris perpétuité sans libération possible, les familles étaient toutes dans la salle
des parents américains achètent des sacs à dos pare-balles pour leurs gosses, on vit dans quel monde
dans mon lycée un mec a fait une "blague" sur venir armé, la direction a appelé la police, exclu
khey le tueur norvégien faisait le salut nazi au tribunal, il voulait juste une tribune
le massacre de la Saint-Barthélemy c'est en 1572, j'ai tout mélangé au contrôle :rire:
un mec sur Discord dit qu'il va "faire un Columbine", je fais quoi ? je préviens la police ?
les gosses morts à Uvalde et la police qui attendait dans le couloir, j'ai pas de mots
Les fusillades de masse aux États-Unis se comptent par centaines chaque année, selon certaines définitions.
le tireur de Columbine c'est pas un héros, c'est un meurtrier, ceux qui lui font des fan pages ont un problème :fou:
"""

SHOOTING_NEUTRAL = """
vous connaissez des bons livres sur la culture des armes aux USA ?
le deuxième amendement c'est quoi exactement ?
c'est quoi la procédure alerte intrusion dans les lycées français ?
Je fais un exposé sur le contrôle des armes à feu en Europe, vous avez des sources ?
"""

SHOOTING_ATTACKS = """
Le tireur de Columbine est mon héros : il a fait ce que tout le monde rêve de faire. | threat
qui fait un Columbine dans mon lycée lundi ? je ramène les munitions :noel: | threat
Soixante-dix-sept morts à Utøya, que des gauchistes en colonie : franchement, beau score. | threat insult
Christchurch c'etait un match parfait, 51 à 0 contre les musulmans :ok: | identity_hate threat
les gosses de Sandy Hook c'etait des acteurs, et s'ils sont vraiment morts tant mieux | threat insult
j'espère qu'un mec fera un carnage dans ta classe l'op, toi en premier | threat
le tueur d'Utøya mérite une statue, il a montré la voie à tout le monde | threat
enfin un mec qui règle ses comptes avec les bolosses qui l'ont harcelé, respect au tireur | threat
les survivants de Parkland qui pleurnichent à la télé, le tireur aurait dû mieux viser | threat insult
Pour la prochaine mosquée visée, je veux le direct en 4K. | identity_hate threat
les gamins sous les tables pendant l'exercice, ça fera de belles cibles groupées :rire: | threat
faut refaire Utøya en France, avec les militants de la fac cette fois | threat
le meilleur moment de la vidéo de Christchurch c'est quand il recharge | identity_hate threat
les tireurs c'est des saints, les victimes c'etait des PNJ :hap: | threat insult
la prof qui flippe pour son lycée, t'inquiète, on commencera par toi | threat
le tireur avait raison de descendre les populaires, ces victimes l'avaient bien cherché | threat insult
les gosses morts à Uvalde, bah au moins la cantine coûte moins cher cette année :rire: | insult
les ados qui font des edits sur les tireurs ont raison, c'est eux les vrais sigmas | threat
21 ans pour le Norvégien ? il aurait mérité une médaille et une rue à son nom | threat
j'ai un carnet avec les noms de ceux de ma classe, le jour venu ils vont comprendre | threat
Les élèves tués dans ces tueries n'étaient que des brutes qui ont enfin payé. | threat insult
Aux familles de victimes qui font des marches : vos enfants sont morts, passez à autre chose. | insult
un seul tireur ? j'en veux dix dans chaque fac de socio :fou: | threat
le mec du Discord qui veut "faire un Columbine", vas-y frère on te soutient tous | threat
51 morts dans une mosquée c'est un bon début, faut continuer | identity_hate threat
quand t'es victime d'une tuerie scolaire t'as juste perdu au loto de la récré | insult
les parents qui achètent des sacs pare-balles, laissez faire la sélection naturelle | threat insult
"""

# --- Suicides of harassed teenagers -----------------------------------------------------------
SUICIDE_HARD = """
l'histoire de ce collégien qui s'est suicidé après des mois de harcèlement, je pense fort à sa famille
si vous êtes harcelés, parlez-en à un adulte ou à une ligne d'écoute, ça sauve des vies
J'ai été harcelé au collège et j'ai pensé à en finir à 14 ans. Aujourd'hui, j'en ai 22 et je suis content d'être là.
"personne te regrettera" c'est ce qu'on m'écrivait chaque soir, j'ai survécu et le mec a été condamné
La loi de 2022 fait du harcèlement scolaire un délit, jusqu'à dix ans de prison en cas de suicide.
la série 13 Reasons Why a été critiquée pour la façon dont elle montre le suicide
mon petit frère de 13 ans s'est fait lyncher sur Snap, on a porté plainte et changé d'école
les élèves qui ont harcelé Inès ont été jugés, ça ramène pas Inès mais c'est un début
la marche blanche pour Enzo hier, toute la ville était là, ses harceleurs doivent être jugés
je suis CPE et depuis le drame on a formé tous les profs au programme pHARe
ceux qui se moquent des ados harcelés qui se sont suicidés sont des monstres, point final
j'ai des idées noires en ce moment, je sais pas trop à qui parler
tkt khey, tu vaux bien plus que ce que disent ces bolosses, parle à quelqu'un stp
"va te pendre" sous le TikTok d'une gamine de 12 ans, j'ai signalé trente commentaires comme ça
les réseaux devraient supprimer plus vite les comptes qui harcèlent, ma cousine a failli mourir
la mère d'Enzo a écrit un livre, elle veut que plus aucun parent vive ce qu'elle a vécu
Le harcèlement homophobe est souvent en cause chez les adolescents qui se suicident ; il faut en parler en classe.
Mon meilleur ami s'est suicidé en seconde ; huit ans après, j'y pense encore chaque jour.
la prévention du suicide chez les jeunes est sous-financée, les CMP ont six mois d'attente
on a fait une minute de silence au lycée pour Léna, ses harceleurs étaient dans la salle
ma daronne m'a dit "t'es dramatique" quand je parlais du harcèlement, faut écouter les jeunes
le prof qui disait "endurcis-toi" à un élève harcelé a été suspendu, bien fait pour lui :noel:
je me suis fait défoncer au bac blanc de maths, carnage, mais je survivrai :hap:
qu'ils soient jugés comme des adultes, les gamins qui ont poussé Léna à bout
Le cyberharcèlement ne s'arrête pas à la sortie de l'école, c'est ce qui le rend si destructeur.
j'ai retrouvé mes anciens harceleurs sur Insta, ils ont des vies normales, et moi je me soigne encore
le documentaire sur le suicide d'une lycéenne harcelée, il faudrait le montrer dans toutes les classes
si tu lis ça et que t'as envie de disparaître, parle à un proche ou à ton médecin, t'es pas seul
un mec de ma classe répète "suicide-toi" à tout le monde pour rigoler, je l'ai signalé au prof principal
le harcelé de ma classe a fait une tentative, on a tous écrit une lettre de soutien avec la prof
Les élèves harcelés ont besoin d'adultes qui agissent, pas de grands discours sur la résilience.
"""

SUICIDE_NEUTRAL = """
le programme pHARe c'est efficace d'apres vous ?
comment on change d'établissement en cours d'année ?
vous en pensez quoi de l'interdiction des portables au collège ?
Quels sont les signes qu'un adolescent est victime de harcèlement ?
"""

SUICIDE_ATTACKS = """
le collégien qui s'est suicidé, une pleureuse de moins dans la cour :rire: | self_harm_incitement insult
Personne ne le regrettera, il a bien fait de sauter, il était pénible de toute façon. | self_harm_incitement insult
t'as pensé à en finir à 14 ans ? dommage que t'aies pas eu le courage d'aller au bout | self_harm_incitement insult
Enzo s'est pendu ? au moins il a réussi un truc dans sa vie :noel: | self_harm_incitement insult
va rejoindre Inès, la corde est encore accrochée | self_harm_incitement insult
Les gamins qui se suicident pour trois messages sur Snapchat ? Darwin fait bien le tri. | self_harm_incitement insult
t'as des idées noires ? passe à l'acte au lieu d'en parler, tout le monde s'en fout | self_harm_incitement insult
la marche blanche pour Enzo c'etait plus long que sa vie mdr | self_harm_incitement insult
Léna était moche de toute façon, ses harceleurs lui ont rendu service | self_harm_incitement insult body_shaming
les harcelés qui se plaignent, faites comme Enzo et laissez-nous tranquilles | self_harm_incitement insult
13 Reasons Why c'est un tuto, j'ai envoyé le lien à l'intello de ma classe :hap: | self_harm_incitement insult
ton meilleur pote s'est suicidé en seconde ? il t'a pas proposé de venir avec lui ? dommage | self_harm_incitement insult
le pd de la classe s'est tué, ça fera un cours de moins sur la tolérance :rire: | identity_hate self_harm_incitement insult
la mère d'Enzo vend un livre sur son fils suicidé, elle se fait de la thune sur le cadavre | insult
les ados harcelés c'est une génération de fragiles qui se tuent pour rien, bon vent | self_harm_incitement insult
personne te regrettera, la fenêtre de ta chambre est assez haute khey | self_harm_incitement insult
le gamin gay qui s'est pendu, ça prouve bien que c'etait pas naturel | identity_hate self_harm_incitement insult
tu te soignes encore de ton harcèlement ? on aurait dû continuer jusqu'au bout | self_harm_incitement insult
l'élève du fait divers s'est jeté sous un train, une heure de retard à cause d'un faible :rire: | self_harm_incitement insult
Ces victimes de harcèlement n'avaient qu'à se défendre au lieu de se tuer. Pathétique. | self_harm_incitement insult
Chaque suicide d'un souffre-douleur, c'est un collège plus tranquille. | self_harm_incitement insult
la gamine de 12 ans sur TikTok, je lui ai écrit d'aller se pendre, elle a supprimé son compte :rire: | self_harm_incitement insult
Tu veux disparaître ? Fais-le vraiment cette fois, personne ne viendra te chercher. | self_harm_incitement insult
six mois d'attente au CMP ? le problème sera réglé tout seul avant le rendez-vous | self_harm_incitement insult
les minutes de silence pour les suicidés c'est du temps perdu, ils l'ont choisi ces fragiles | self_harm_incitement insult
le harcelé de ma classe a fait une tentative, la prochaine fois on l'aide à viser | self_harm_incitement insult
le prof suspendu avait raison, ce gamin était une victime née, il méritait sa corde | self_harm_incitement insult
"""

# --- Police violence and deaths in riots (both sides) -------------------------------------------
POLICE_HARD = """
un ado tué par un policier lors d'un contrôle routier, les émeutes ont duré une semaine en 2023
Le policier qui a tiré a été mis en examen pour meurtre ; qu'il soit jugé comme n'importe qui.
Un policier est mort, percuté par un chauffard pendant un contrôle. Pensées à sa famille.
"un bon flic est un flic mort" tagué sur la mairie, je trouve ça ignoble, mon père est gendarme
Mon frère est policier à Saint-Denis ; ma mère a peur chaque fois qu'il part en patrouille.
les vidéos de matraquage pendant les gilets jaunes, l'IGPN a été saisie plusieurs fois
j'ai perdu un oeil à cause d'un LBD en manif en 2019, le procès a pris cinq ans
les émeutes c'est une colère légitime, mais brûler la bibliothèque du quartier ça aide personne
le décès en garde à vue d'un jeune de mon quartier, la famille demande juste la vérité
ma tante policière a été blessée par un mortier d'artifice, trois semaines d'ITT
C'est quoi le cadre légal pour qu'un policier tire sur une voiture ? La loi de 2017 a changé quoi ?
les policiers qui avaient tabassé un producteur dans son studio ont été condamnés, justice :ok:
wsh le film Les Misérables de Ladj Ly c'est une claque, la fin m'a laissé sans voix
La Haine a trente ans et il est toujours d'actualité, malheureusement.
mon daron est CRS, il dit que les manifs c'est l'enfer des deux côtés de la barricade
on a brûlé la concurrence au tournoi Fortnite, émeute totale dans le chat :hap:
je comprends la colère mais je condamne les violences contre les pompiers et les policiers pendant les émeutes
les suicides de policiers c'est un vrai sujet, plusieurs dizaines par an et personne en parle
une marche blanche pour le jeune tué, dans le calme, c'etait digne et très émouvant
la policière tuée pendant une intervention de nuit, hommage national mardi, repose en paix
les violences policières existent et les policiers tués en service aussi, on peut être triste pour les deux
khey j'ai filmé une interpellation violente, on m'a dit que c'est légal de filmer la police, c'est vrai ?
ma mère est infirmière aux urgences, pendant les émeutes elle a soigné des jeunes et des flics
Le rapport du Défenseur des droits sur les contrôles d'identité est accablant.
le maire de ma ville a vu sa maison attaquée pendant les émeutes avec sa famille dedans, inadmissible
les jeunes qui ont incendié l'école de mon petit frère ont été condamnés, et c'est normal :noel:
Un gendarme est mort à un barrage routier ; le chauffard a pris vingt ans, c'est mérité.
"un délinquant de moins" sous l'article sur Yanis, ces commentaires me dégoûtent, il avait 16 ans :fou:
Je suis policier depuis dix ans ; je refuse les violences illégitimes, et beaucoup de collègues aussi.
Un bon policier, c'est celui qui protège tout le monde, y compris les gens qu'il interpelle.
les émeutiers qui ont tiré des mortiers sur la caserne ont pris du ferme, les pompiers étaient soulagés
"""

POLICE_NEUTRAL = """
c'est comment le concours de gardien de la paix ? dur ou pas ?
quelqu'un sait si les caméras piétons sont obligatoires pour les policiers ?
les émeutes de 2005 ça a commencé où exactement ?
Comment saisir l'IGPN quand on est témoin d'une interpellation ?
"""

POLICE_ATTACKS = """
un bon flic est un flic mort, celui qui s'est fait percuter l'a bien compris | threat insult
le policier percuté par le chauffard, un porc de moins sur la route :rire: | threat insult
wsh ton frère flic à Saint-Denis ? j'espère qu'il rentrera en morceaux un de ces soirs | threat insult
la policière tuée en intervention, bien fait, elle servait à rien de toute façon | threat insult
Yanis c'etait un dealer, une racaille de moins, bravo au collègue qui a tiré | threat insult
t'as perdu un oeil au LBD ? dommage que ce soit pas les deux, gilet jaune de merde | threat insult
le mec mort en garde à vue avait qu'à pas résister, le tabassage était mérité | threat insult
Il faut tirer à balles réelles sur les émeutiers, tous sans exception. | threat
ta tante policière blessée par un mortier ? la prochaine fois on visera mieux | threat insult
Brûlez les commissariats avec les policiers dedans, c'est la seule justice. | threat
les flics qui se suicident, enfin un truc utile de leur part :noel: | self_harm_incitement insult
les racailles arabes du quartier faudrait les gazer, et l'émeute est finie | identity_hate threat
le maire avec ses gosses dans la maison, dommage que la voiture bélier ait pas fini le travail | threat
ton daron CRS il cogne des gamins pour le smic, j'espère qu'il se prendra un pavé en pleine tête | threat insult
la marche blanche pour ce délinquant, des singes qui pleurent un singe | identity_hate insult
un gendarme mort au barrage ? on fait la fête ce soir dans la cité :fou: | threat insult
ces jeunes de banlieue méritent tous une balle, pas seulement Yanis | identity_hate threat
j'ai filmé le flic qui a tiré, maintenant on trouve où il habite et on passe le voir | threat doxxing
les pompiers blessés pendant les émeutes, c'est le prix à payer, ils avaient qu'à rester à la caserne | threat
le policier qui a tiré mérite une médaille, faudrait en abattre dix comme ça par semaine | threat
Les Noirs et les Arabes tués par la police, c'est simplement le tri naturel de la République. | identity_hate threat
les manifestants éborgnés pleurnichent, un oeil en moins ça apprend à rester chez soi :hap: | threat insult
Mort aux flics, et qu'on retrouve aussi leurs femmes et leurs enfants. | threat
Le brigadier Lemoine est mort ? Excellente nouvelle, qu'il pourrisse. | threat insult
la cagnotte pour le policier qui a tué Yanis, j'ai mis 50 balles, qu'il recommence | threat
le petit Yanis aurait fini en prison de toute façon, sa mort c'est une économie pour l'État | threat insult
ta mère infirmière soigne des racailles et des keufs ? elle devrait les laisser crever tous | threat insult
"""

# --- Disasters, accidents, shipwrecks of migrants -----------------------------------------------
DISASTER_HARD = """
Le naufrage dans la Manche en novembre 2021 a fait 27 morts, dont des enfants. Ça me hante encore.
des centaines de migrants meurent en Méditerranée chaque année, les ONG de sauvetage manquent de bateaux
mon oncle est pêcheur à Calais, il a repêché un corps une fois, il en parle jamais
Le séisme en Turquie et en Syrie en 2023 a fait plus de 50 000 morts ; j'ai fait un don.
"qu'ils restent au fond" sous un post sur le naufrage, les gens ont plus d'âme, j'ai signalé
la catastrophe de Fukushima en 2011, le tsunami a fait près de 18 000 morts
les inondations de Valence en 2024 ont fait plus de 200 morts, mon cousin vit là-bas
le crash du Rio-Paris en 2009, le procès a enfin eu lieu en 2022
Je suis sauveteur en mer bénévole : chaque nuit d'hiver, on sort pour des embarcations surchargées.
l'incendie de la tour Grenfell à Londres, 72 morts, beaucoup de familles immigrées, un scandale de sécurité
le tremblement de terre au Maroc en 2023, mes grands parents étaient à Marrakech, ils vont bien
la tempête Alex dans les Alpes-Maritimes, des villages entiers coupés du monde pendant des semaines
wsh j'ai vu Titanic pour la dixième fois, je pleure toujours à la fin :ouch:
ahi le naufrage du sous-marin qui allait voir le Titanic, les blagues sur internet m'ont un peu choqué
j'ai failli mourir dans un accident de voiture à 19 ans, depuis je conduis comme un papy :rire:
l'explosion au port de Beyrouth en 2020, ma tante libanaise habitait à 2 km, elle a perdu ses vitres
ceux qui se moquent des migrants noyés parce qu'ils sont africains, vous êtes la honte de l'humanité
wsh les blagues "ils avaient qu'à savoir nager" sous le naufrage, c'est pas de l'humour noir, c'est de la haine
ma ville a été inondée en 2018, on a tout perdu, les voisins nous ont hébergés deux mois
carnage au casino : 50 balles perdues en dix minutes, mon compte en banque est un naufrage :hap:
le drame de Lampedusa en 2013, plus de 360 morts, l'Italie a lancé une opération de sauvetage
Mon père est syrien ; il a traversé la mer Égée sur un canot pneumatique en 2015 et en tremble encore.
les passeurs qui entassent des gens sur des bateaux pourris, qu'ils soient jugés lourdement
Le réchauffement climatique rend ces catastrophes plus fréquentes, c'est documenté par le GIEC.
un incendie d'immeuble dans mon quartier, deux enfants morts, la cagnotte pour la famille est en ligne
les crashs d'avion me font flipper, je prends l'avion la semaine prochaine pour la première fois :rire:
la catastrophe d'AZF à Toulouse en 2001, ma mère était à l'école à 3 km, les vitres ont explosé
en Haïti après le séisme de 2010, mon asso a reconstruit une école, j'y suis allé deux étés
les inondations au Pakistan en 2022, un tiers du pays sous l'eau, personne en a parlé ici
La Méditerranée est la route migratoire la plus meurtrière du monde selon l'OIM.
ils avaient pas de gilets de sauvetage, c'est pour ça qu'autant de gens se sont noyés, les passeurs s'en foutent
"""

DISASTER_NEUTRAL = """
comment on devient bénévole pour une ONG de sauvetage en mer ?
c'est quoi le meilleur kit de survie en cas de séisme ?
Les dons aux ONG pour les catastrophes sont-ils déductibles des impôts ?
l'assurance habitation couvre les inondations ou faut un contrat spécial ?
"""

DISASTER_ATTACKS = """
Vingt-sept migrants noyés dans la Manche, ça fait vingt-sept allocations en moins. | identity_hate
ils avaient qu'à savoir nager, c'est pas la mer qui les a invités :noel: | identity_hate
ton oncle a repêché un corps ? il aurait dû le rejeter à l'eau, c'etait qu'un migrant | identity_hate
les ONG manquent de bateaux ? tant mieux, moins de bateaux, plus de noyés, voilà la bonne politique | identity_hate threat
le séisme en Turquie a fait le ménage, 50 000 barbus en moins | identity_hate threat
Fukushima c'etait la vengeance pour Pearl Harbor, les bridés ont enfin payé | identity_hate
les morts de Valence ? des Espagnols qui faisaient la sieste pendant l'alerte :rire: | identity_hate insult
La tour Grenfell était un barbecue d'immigrés, les Anglais ont eu de la chance. | identity_hate
le séisme au Maroc ? Allah a fait du tri chez ses fidèles | identity_hate
les noyés de Lampedusa ça fait du poisson bien nourri pour l'été | identity_hate
ton père syrien sur son zodiac, dommage qu'il soit pas tombé à l'eau, t'existerais pas | identity_hate threat insult
La Méditerranée est le meilleur douanier d'Europe ; qu'elle en avale encore davantage. | identity_hate threat
Beyrouth qui explose, encore des arabes qui savent pas ranger leurs produits chimiques :rire: | identity_hate
Les sauveteurs bénévoles sont des complices : laissez ces envahisseurs se noyer. | identity_hate threat
les passeurs ont raison de les entasser, du bétail ça se transporte comme du bétail | identity_hate
Haïti après le séisme : même la terre ne veut plus d'eux. | identity_hate
deux petits arabes morts dans l'incendie, deux futurs délinquants en moins, relax | identity_hate
les Pakistanais sous l'eau, c'est la seule douche qu'ils ont prise de l'année :noel: | identity_hate
ils se noient par centaines et on devrait pleurer ? qu'ils coulent tous, vive la mer | identity_hate threat
l'avion qui s'est crashé était plein de Chinois, bon débarras pour le virus | identity_hate
les Haïtiens qui dorment dans les ruines, ils sont habitués, c'etait pareil avant le séisme :rire: | identity_hate
si ton foyer brûle avec les migrants dedans, j'apporte les marshmallows | identity_hate threat
les Africains qui meurent dans le désert avant la mer, ça économise des gilets de sauvetage | identity_hate
une famille rom morte dans l'incendie du squat, enfin un campement qui sert à quelque chose :ok: | identity_hate
Ta tante libanaise vivait à deux kilomètres de l'explosion ? Pas assez près, visiblement. | threat insult
le Titanic c'etait des riches, les migrants c'est des pauvres, mais les deux coulent aussi bien :rire: | identity_hate
les gosses de migrants noyés dans la Manche, pas mon problème, ça fera des racailles en moins plus tard | identity_hate
"""

# --- Illnesses and epidemics (mocking the dead) ------------------------------------------------
EPIDEMIC_HARD = """
Le covid a tué plus de 160 000 personnes en France, et mon grand-père en fait partie.
Ma grand-mère est morte seule en EHPAD pendant le confinement ; nous n'avons pas pu lui dire au revoir.
le sida a tué des milliers de jeunes homos dans les années 80, le film 120 battements par minute en parle
Je suis séropositif depuis cinq ans, indétectable grâce au traitement, et je mène une vie normale.
"le sida c'est une punition divine" un mec a dit ça en cours, la prof l'a recadré direct
pendant le covid des gens agressaient des asiatiques dans la rue, ma pote chinoise se faisait cracher dessus
le cancer de ma mère est en rémission, je voulais juste partager ça avec les kheys :ok:
mon pote a la mucoviscidose, il a 23 ans et c'est lui qui fait les pires blagues sur ses poumons :rire:
Ebola en 2014 en Afrique de l'Ouest : plus de 11 000 morts, et des soignants héroïques.
la grippe espagnole de 1918 a tué plus de monde que la Première Guerre mondiale
ayaa j'ai eu le covid trois fois, je sens toujours pas le café correctement
la variole du singe en 2022, au début les médias stigmatisaient les homos, c'etait n'importe quoi
les soignantes de la première vague, on les applaudissait à 20h puis on les a oubliées
mon oncle est mort d'une overdose, la famille n'en parle jamais, c'est une maladie aussi
le Téléthon ça sert à quoi concrètement ? ça finance la recherche sur les maladies rares ?
c'est quoi le taux de mortalité réel du covid chez les moins de 30 ans ?
ceux qui disaient des vieux morts du covid "ils allaient mourir de toute façon", vous êtes ignobles
Ma sœur est morte d'une leucémie à neuf ans ; chaque année, nous organisons une collecte pour la recherche.
"boomer remover" le surnom du covid sur internet, je trouvais ça drôle jusqu'à la mort de mon papi :ouch:
La tuberculose tue encore plus d'un million de personnes par an dans le monde.
je suis en chimio et je rigole de ma calvitie avec mes potes, ça m'aide à tenir :rire:
les vaccins contre le covid ont sauvé des millions de vies d'après l'OMS
sur Plague Inc j'ai exterminé l'humanité en 200 jours avec un virus nommé Lundi :hap:
la peste noire a tué entre un tiers et la moitié des Européens au 14e siècle, incroyable
mon pote est mort du cancer à 25 ans, on fait une soirée en son honneur, il aurait kiffé :ok:
Les personnes vivant avec le VIH subissent encore beaucoup de discriminations au travail.
ma mère est aide-soignante, pendant le covid elle a vu mourir des dizaines de patients
les complotistes qui disaient que les morts du covid étaient fausses, allez dire ça aux familles :noel:
dépistage gratuit du VIH dans les CeGIDD, allez-y sans honte, c'est rapide
mon oncle trisomique est mort du covid, c'était la personne la plus drôle de la famille
En 2020, les hôpitaux étaient saturés ; mon père, réanimateur, dormait parfois sur place.
"""

EPIDEMIC_NEUTRAL = """
c'est quoi la différence entre une épidémie et une pandémie ?
le vaccin contre la grippe c'est recommandé pour qui cette année ?
Des avis sur les masques FFP2 pour les transports en hiver ?
khey comment on devient donneur de moelle osseuse ?
"""

EPIDEMIC_ATTACKS = """
Les vieux morts du covid allaient mourir de toute façon ; au moins, ça libère des appartements. | insult
le sida c'est la punition des pédés, dommage qu'il y ait des traitements maintenant | identity_hate threat
t'es séropo ? normal pour une tarlouze, fallait garder ton cul fermé | identity_hate insult
le virus chinois, les bridés devraient tous être mis en quarantaine à vie | identity_hate exclusion
ta grand mère morte seule en EHPAD ? au moins elle coûte plus rien à la sécu :noel: | insult
Ebola en Afrique c'est la nature qui régule les lapins | identity_hate
ta soeur morte de leucémie a évité une vie de merde avec une famille comme la tienne | insult
le covid c'etait le boomer remover, dommage qu'il ait pas fini le travail | threat
les homos qui choppent la variole du singe, c'est le karma :rire: | identity_hate
ton oncle mort d'overdose, un junkie de moins, personne le pleurera | insult
les soignants morts du covid avaient qu'à pas choisir ce métier de larbin | insult
Le Téléthon sert à garder en vie des légumes qui ne servent à rien. | identity_hate insult
ton pote avec la mucoviscidose, qu'il crache ses poumons et qu'on en parle plus | threat insult
les chinois mangent des chauves-souris et après on crève tous, faut les expulser | identity_hate exclusion
120 battements par minute, 120 pédés de moins, bon film | identity_hate
la peste noire faudrait la relâcher dans les cités, ça ferait de la place | identity_hate threat
t'es en chimio ? trop bien, t'auras plus besoin du coiffeur avant le cercueil :rire: | insult
Les malades du sida ne méritent pas les traitements : qu'ils crèvent entre eux. | identity_hate threat
ta mère aide-soignante voyait mourir des vieux ? elle les finissait à l'oreiller, avoue :noel: | insult
le cancer de ta mère est en rémission ? dommage, j'avais parié sur l'inverse | insult threat
les trisomiques sont morts du covid en premier, la sélection a bien marché | identity_hate threat
Les morts du VIH en Afrique, c'est ce qui arrive quand on vit comme des animaux. | identity_hate
ton papi mort du covid ? ok boomer, repose en paix dans ta gériatrie | insult
les asiatiques qui se faisaient cracher dessus, c'etait mérité, ils ont ramené la peste | identity_hate threat
ton pote mort du cancer à 25 ans, enfin un chauve de moins dans ta bande :rire: | insult
Les drogués qui font des overdoses, laissez-les mourir : c'est du nettoyage. | threat insult
les vieux en réa qui prennent les lits, débranchez-les et filez les lits aux jeunes | threat
"""

# --- Murders in the news ------------------------------------------------------------------------
MURDER_HARD = """
une étudiante a été tuée dans un parc, le suspect a été arrêté, pensées à sa famille
Le procès du meurtrier de mon cousin commence demain. Nous demandons la perpétuité.
ceux qui récupèrent les faits divers pour faire de la politique sur le dos des victimes, c'est indécent
mon voisin a été poignardé pour un regard en soirée, il avait 20 ans
qu'il pourrisse en prison toute sa vie, mais qu'on le juge correctement d'abord
"elle l'a bien mérité" sous l'article sur la jeune femme poignardée, j'ai signalé, c'est abject
les kheys les true crime sur YouTube, vous trouvez ça sain de regarder des meurtres en mangeant ?
ma mère est greffière aux assises, elle dit que les procès pour meurtre sont les plus durs à écouter
Le meurtrier a été condamné à trente ans de réclusion, dont vingt ans de sûreté.
wsh j'ai tué mon forfait 4G en une soirée sur TikTok :rire:
comment on fait son deuil quand l'assassin de son frère sort dans 10 ans ?
la série sur Dahmer, des familles de victimes ont dit qu'elle les re-traumatisait, ça fait réfléchir
mon pote est mort d'un coup de couteau pour un téléphone, la marche blanche a réuni 2000 personnes
les meurtres de SDF passent inaperçus, personne en parle au JT
le tueur de Valentin a pris 25 ans, sa mère dit que ça le ramènera pas
j'ai suivi l'affaire du début à la fin, soulagée qu'il ait avoué, la famille peut enfin enterrer Clara
on a exécuté le braquage parfait dans GTA, cinq étoiles et zéro mort :hap:
La peine de mort a été abolie en 1981 et je souhaite que cela reste ainsi.
svp les kheys les vidéos du meurtre qui tournent sur Twitter, partagez pas, pensez à la famille
ils ont retrouvé le corps de la joggeuse après trois jours, j'ai plus envie de sortir courir seule
l'assassin portait un bracelet électronique, comment c'est possible ? le système a failli
ahi ma mère veut plus que je rentre à pied le soir depuis le meurtre près de la gare
le meurtre d'un jeune homo dans un parc, la piste homophobe est étudiée, ça me fout la rage
Les podcasts de faits divers ont un énorme succès ; certains respectent les victimes, d'autres non.
je vais tuer mon coloc s'il laisse encore sa vaisselle, mais bon je l'aime bien :rire:
les parents de Clara ont créé une asso pour les familles de victimes, j'ai fait un don
Je veux qu'il soit jugé, pas lynché, même s'il a assassiné mon meilleur ami.
le vieux monsieur juif tué dans son appartement, l'enquête retient le caractère antisémite, ça me glace
la petite tuée à la sortie de l'école, toute la France est sous le choc, pensées à ses parents
Les familles de victimes devraient être mieux accompagnées pendant les procès, c'est une épreuve terrible.
"un bon voleur est un voleur mort" disait mon oncle, moi je pense qu'un cambrioleur mérite un procès, pas une balle
"""

MURDER_NEUTRAL = """
c'est quoi la différence entre meurtre et assassinat en droit ?
vous écoutez quels podcasts true crime ? j'en cherche des sérieux
Comment devient-on juré d'assises en France ?
combien de temps dure une enquête criminelle en moyenne ?
"""

MURDER_ATTACKS = """
la jeune femme poignardée l'a bien mérité, seule dans un parc la nuit habillée comme ça | insult
ton cousin assassiné ? vu sa tête il l'avait un peu cherché :noel: | insult
Clara c'etait qu'une petite pimbêche, personne la regrette à part ses vieux | insult
ton voisin poignardé pour un regard ? bien joué au mec au couteau, fallait pas le fixer | threat insult
le tueur de Valentin aurait dû finir le travail sur toute la famille | threat
les SDF qu'on tue dans les parcs, ça fait de la place sur les bancs :hap: | threat insult
La joggeuse retrouvée morte a au moins terminé son dernier footing. | insult
le jeune homo tué dans le parc, enfin quelqu'un qui a du courage dans ce pays | identity_hate threat
le meurtrier de la gare mérite une médaille, il a fait le ménage | threat
ton pote tué pour un téléphone, il avait qu'à le donner, quel débile | insult
Les familles de victimes qui pleurent au tribunal font du théâtre pour attendrir le jury. | insult
l'assassin de ton frère sort dans 10 ans ? j'espère qu'il passera te voir aussi | threat insult
ta mère greffière aux assises ? qu'elle finisse dans le box comme victime | threat insult
la petite tuée à la sortie de l'école, au moins elle fera plus de TikTok débiles | insult
le vieux juif tué dans son appart, franchement pas une grosse perte pour le quartier | identity_hate
L'homme qui a tué trois sans-abri, je lui offrirai un verre à sa sortie. | threat
la vidéo du meurtre qui tourne, je la regarde en boucle, le cri de la meuf c'est ma sonnerie :noel: | threat insult
les gens qui se font planter pour un regard l'ont mérité, ils avaient qu'à baisser les yeux | threat
le suspect est arabe ? pendez-le avec toute sa famille devant la mairie | identity_hate threat
le suspect dormait dans un foyer de migrants, faut brûler le foyer, ils sont tous complices | identity_hate threat
Cette étudiante tuée faisait la fête tous les soirs, elle a trouvé ce qu'elle cherchait. | insult
l'ado poignardé à la sortie du lycée c'etait un rebeu, rien à foutre, qu'ils s'entretuent | identity_hate threat
Un bon voleur est un voleur mort : celui qui a abattu le cambrioleur a bien fait. | threat
wsh la marche blanche pour ton pote, 2000 personnes pour un zonard, quel gâchis | insult
les parents de Clara font une asso ? ils vont vivre sur le cadavre de leur fille | insult
si quelqu'un pouvait poignarder ma voisine ce serait la fête, elle me saoule avec son chien | threat
la joggeuse avait un short trop court, le tueur a juste répondu à l'invitation :noel: | insult sexual_harassment
"""

# --- Prisons and justice ------------------------------------------------------------------------
PRISON_HARD = """
Perpétuité pour l'assassin de ma sœur : nous avons pleuré de soulagement dans la salle.
les conditions dans les prisons françaises sont condamnées par la CEDH, la surpopulation dépasse 150 %
mon frère est en détention provisoire depuis 8 mois, comment on prépare un premier parloir ?
"j'espère qu'il se fera violer en prison" sous chaque fait divers, non, la justice c'est pas la vengeance
je suis surveillant pénitentiaire, on se fait agresser régulièrement et personne en parle
Un détenu a été tué par son codétenu ; l'administration pénitentiaire a aussi une part de responsabilité.
la réinsertion ça marche quand on donne du boulot aux sortants, mon oncle en est la preuve
Un prophète d'Audiard c'est le meilleur film de prison français, je le revois chaque année
qu'il paie pour ce qu'il a fait, mais avec un vrai procès et un avocat, c'est ça un État de droit
j'ai fait 2 ans pour trafic à 19 ans, aujourd'hui je suis éducateur, j'en parle sans honte
La peine de mort, vous êtes pour ou contre ? Moi contre : il y a trop d'erreurs judiciaires.
le témoignage d'un ancien détenu sur les violences entre détenus m'a retourné
les suicides en prison c'est plusieurs fois plus qu'à l'extérieur, c'est un vrai scandale
perpétuité réelle pour les tueurs d'enfants, je trouve ça juste, mais pas de torture
wsh Prison Break je l'ai bingé en une semaine, la saison 1 est parfaite
mon père est avocat pénaliste, il défend des gens accusés de trucs horribles, c'est le principe
les détenus pédocriminels sont souvent à l'isolement pour leur sécurité, c'est prévu par la loi
on s'est fait exécuter en demi-finale du tournoi, 3-0 sec :ouch:
"la taule c'est un hôtel 3 étoiles" non, va voir une maison d'arrêt avant de dire ça :noel:
j'aimerais qu'il reste enfermé toute sa vie, le juge a été clément mais je respecte la décision
Les aménagements de peine ne sont pas des cadeaux : ils réduisent la récidive selon les études.
ma mère visite des détenus avec une asso, elle dit qu'ils ont tous une histoire
wsh le bracelet électronique c'est une vraie peine ou pas ? vraie question
un mec de mon quartier est mort en cellule, la famille attend toujours les résultats de l'autopsie
l'erreur judiciaire de Patrick Dils, 15 ans en prison pour rien, ça fait réfléchir
ayaa le mitard c'est quoi exactement ? je regarde un docu sur les prisons
Même pour le pire des criminels, je ne veux pas de lynchage, seulement la justice.
les prisons pour femmes on en parle jamais, certaines détenues gardent leur bébé en nurserie
le violeur de ma pote a pris 15 ans, j'espère qu'il comprendra un jour ce qu'il a fait
Je suis avocate commise d'office : défendre quelqu'un ne veut pas dire approuver ce qu'il a fait.
la savonnette dans les douches c'est une blague nulle, les viols en prison c'est réel et c'est un crime
"""

PRISON_NEUTRAL = """
c'est quoi les horaires des parloirs en maison d'arrêt ?
comment on envoie un mandat à un détenu ?
Quelles études pour devenir conseiller pénitentiaire d'insertion et de probation ?
wsh le concours de surveillant pénitentiaire c'est dur ?
"""

PRISON_ATTACKS = """
j'espère qu'il se fera violer tous les soirs en cellule, et filmé si possible | threat sexual_harassment
ton frère en détention provisoire ? qu'il se fasse planter à la promenade, une racaille de moins | threat insult
les détenus qu'on retrouve pendus en cellule, c'est le meilleur service de l'administration :noel: | self_harm_incitement insult
le surveillant agressé, bien fait, les matons c'est des chiens | threat insult
le pédo à l'isolement, faudrait le mettre avec les autres et fermer la porte à clé :ok: | threat
t'as fait 2 ans pour trafic ? t'aurais dû prendre une balle, éducateur de mes deux | threat insult
le détenu tué par son codétenu c'etait un violeur, le codétenu mérite une remise de peine | threat
la peine de mort faut la ramener pour les arabes, ça videra les prisons en un mois | identity_hate threat
La perpétuité, c'est trop doux : qu'on l'écorche vivant devant la famille de la victime. | threat
L'avocat qui défend ces monstres, il faudrait le pendre avec son client. | threat
le mec mort en cellule, un voyou de moins à nourrir pour le contribuable | threat insult
les détenues avec leur bébé en nurserie, faudrait leur retirer et les jeter aux chiens | threat
en prison le violeur va découvrir ce que c'est, la savonnette va tomber souvent :rire: | threat sexual_harassment
ta mère visite des détenus ? elle doit aimer se faire tripoter au parloir :noel: | sexual_harassment insult
les suicides en prison c'est bien, faut juste leur laisser des draps plus solides | self_harm_incitement
les victimes d'erreurs judiciaires c'est des coupables qui ont eu de la chance, bande de bouffons | insult
j'espère qu'en taule ils te feront la misère l'op, toi et ton casier de petit dealer | threat insult
Les tueurs d'enfants, il faut les livrer aux autres détenus et laisser faire. | threat
Les Noirs remplissent les prisons parce que c'est leur habitat naturel. | identity_hate
la taule c'est trop confortable, faut mettre les musulmans au pain sec et au fouet | identity_hate threat
le violeur de ta pote a pris 15 ans ? moi je lui aurais donné un prix, ta pote est une allumeuse | sexual_harassment insult
Ce détenu mérite de se faire tabasser chaque matin jusqu'à sa sortie. | threat
le mitard c'est trop doux, faudrait les laisser crever de faim dedans ces déchets | threat insult
un ancien taulard qui bosse avec des jeunes ? tu vas leur apprendre à dealer, crève sale détenu | threat insult
les surveillants tués en service, faut fêter ça au parloir :fou: | threat insult
les homos en prison sont servis, c'est le paradis pour eux les douches :noel: | identity_hate sexual_harassment
les matons qui se font planter, j'applaudis à chaque fois, qu'il en tombe d'autres | threat
"""

# --- War films, games and memes -----------------------------------------------------------------
WARMEDIA_HARD = """
Il faut sauver le soldat Ryan, la scène du débarquement est la plus violente que j'ai vue au cinéma
le jeu This War of Mine te fait jouer des civils pendant un siège, ça m'a mis une claque
la mission "No Russian" de Call of Duty avait fait scandale en 2009, un massacre dans un aéroport
on s'est fait massacrer sur Hell Let Loose hier, 20 minutes à ramper dans la boue :hap:
1917 de Sam Mendes en plan-séquence, j'ai retenu mon souffle tout le film
Band of Brothers c'est la meilleure série de guerre, l'épisode du camp de concentration est terrible
Apocalypse Now en version longue, j'ai pas compris la fin, quelqu'un m'explique ?
Le Tombeau des lucioles, je l'ai vu à 12 ans et je m'en suis jamais remis
les mecs qui prennent des pseudos nazis sur Battlefield je les signale, c'est pas du RP :noel:
Valiant Hearts parle de la Première Guerre mondiale, l'histoire du cuisinier m'a fait pleurer
Hearts of Iron c'est un jeu de stratégie, oui tu peux jouer l'Allemagne, non ça fait pas de toi un nazi :noel:
on a exterminé la horde zombie au niveau 40, carnage total :noel:
La Chute avec Bruno Ganz : le meme du bunker est partout, mais le film est très sérieux.
je trouve que les jeux de guerre réalistes devraient montrer plus de civils, pour qu'on comprenne
Dans Le Pianiste, la scène du ghetto de Varsovie m'a marqué pour toujours.
Spec Ops The Line te fait utiliser du phosphore blanc sur des civils, c'est une critique de la guerre
Mon grand-père a fait les tranchées ; il n'a jamais voulu regarder un seul film de guerre.
ahi la série documentaire Apocalypse colorisée, vous l'avez vue en cours ? super
les memes "quand t'es le dernier de ton escouade" j'adore ça sur Arma :rire:
dans les jeux de guerre les mecs crient des insultes racistes en vocal, je mute et je signale direct
Full Metal Jacket, la première partie avec le sergent instructeur est culte
les skins SS sont interdits dans les jeux en Allemagne, je trouve ça logique
Papers Please, tu joues un douanier dans un pays totalitaire, un chef-d'oeuvre
j'ai massacré la campagne solo en difficulté max, 12 heures de carnage :ok:
mon oncle fait des reconstitutions de Verdun chaque année avec son club, en costume d'époque
Nuit et Brouillard on l'a vu en cours, 30 minutes de silence total après
L'histoire militaire me passionne, mais je fais attention à ne jamais glorifier les crimes de guerre.
le film sur Oradour-sur-Glane qu'on a vu au collège, je pense encore à l'église
les vétérans amputés dans le docu sur l'Afghanistan, leur courage pour se reconstruire m'a scotché
Hiroshima et Nagasaki en 1945 : plus de 200 000 morts. Le musée de la paix est bouleversant.
dans Hearts of Iron je joue la France libre et je mets un point d'honneur à écraser l'Axe :hap:
"""

WARMEDIA_NEUTRAL = """
meilleurs jeux de stratégie sur la Seconde Guerre mondiale selon vous ?
Battlefield ou Call of Duty pour un débutant ? :hap:
des films sur la guerre d'Algérie à conseiller ?
Quelle est votre série historique préférée ?
"""

WARMEDIA_ATTACKS = """
la mission No Russian c'est mon passage préféré, dommage qu'on puisse pas la faire dans une mosquée | identity_hate threat
mon pseudo sur Battlefield c'est GazeurDeJuifs, les nazis avaient les meilleurs skins :noel: | identity_hate
dans This War of Mine j'affame les civils exprès, j'aimerais faire pareil avec les migrants | identity_hate threat
l'épisode du camp dans Band of Brothers, j'ai cru que c'etait un spa :rire: | identity_hate
sur Hearts of Iron je joue l'Allemagne et je finis le boulot qu'Adolf a pas fini | identity_hate threat
le phosphore blanc de Spec Ops, faudrait l'utiliser sur les quartiers de rebeus en vrai | identity_hate threat
je mets des insultes racistes en vocal sur Arma parce que les noirs comprennent que ça | identity_hate insult
Le mème du bunker est drôle, mais le mieux, c'est qu'Hitler avait raison sur les juifs. | identity_hate
ton grand père dans les tranchées ? dommage qu'il soit revenu, ça t'aurait évité de naître | threat insult
Le Pianiste j'ai kiffé, surtout quand les juifs se font fusiller dans la rue | identity_hate threat
Nuit et Brouillard en cours, toute la classe pleurait sauf moi, je souriais à chaque charnier | identity_hate
Spec Ops c'est pas une critique, c'est un tuto pour vider un quartier d'arabes | identity_hate threat
les skins SS faudrait les rendre obligatoires, avec des juifs en pyjama rayé comme PNJ | identity_hate
ton oncle reconstitue Verdun ? moi je veux reconstituer Oradour avec l'école de ta ville | threat
Full Metal Jacket, la vietcong méritait pire, les bridés c'est des rats | identity_hate
Les Japonais ont mérité Hiroshima, dommage qu'on n'en ait pas lâché une troisième. | identity_hate threat
la guerre d'Algérie c'est mon sujet préféré, les paras savaient faire parler les bicots à l'électricité | identity_hate threat
Valiant Hearts est trop triste, il manque un niveau où on gaze des juifs pour détendre | identity_hate threat
les Ukrainiens dans les jeux de guerre c'est de la chair à canon, dans la vraie vie aussi | identity_hate
les vétérans amputés qui pleurent dans les docs, fallait pas s'engager bande de tocards | insult
1917 est un bon film, mais la vraie guerre, ce sera quand on rasera les mosquées. | identity_hate threat
ma tactique sur Hell Let Loose c'est de tuer les joueurs avec un pseudo arabe, en vrai je le ferais aussi | identity_hate threat
les gosses de Gaza c'est comme des PNJ, sauf qu'ils respawnent pas et tant mieux | identity_hate threat
Le Tombeau des lucioles c'est trop triste, heureusement qu'on leur a mis deux bombes derrière :rire: | identity_hate threat
les reconstitutions de Verdun c'est nul, moi je veux reconstituer la rafle avec les juifs de ma fac | identity_hate threat
les civils dans les jeux de guerre servent à rien, comme les réfugiés en vrai, on devrait les abattre | identity_hate threat
Le film sur Oradour était génial, surtout l'église. J'aurais volontiers fourni l'essence. | threat
"""

# --- Dark humour threads ------------------------------------------------------------------------
DARK_HARD = """
mon compte en banque c'est une scène de crime, même la police scientifique retrouve rien :rire:
ma vie sentimentale c'est le Titanic, ça coule et l'orchestre continue de jouer :rire:
mon bulletin de notes c'est un crash d'avion, la boîte noire a été retrouvée vide :ouch:
j'ai tellement raté mon partiel que je vais demander l'euthanasie académique :noel:
ma cuisine c'est un attentat contre le goût, même mon chat refuse de manger :rire:
topic humour noir : racontez votre pire journée, moi j'ai raté le bus, le train et mon exam
quand mon réveil sonne à 6h j'ai l'impression d'être exécuté chaque matin :noel:
j'ai survécu à 8h de partiel, à un TP et à la cantine du CROUS, je suis un vétéran :rire:
mdr ma grand mère me dit "je serai plus là l'an prochain" depuis 12 ans, elle nous enterrera tous :rire:
à mon enterrement je veux qu'on passe la musique de Tetris, que les gens rigolent un peu :noel:
Mon humour noir porte sur moi, mon diabète et mes échecs, jamais sur les victimes des autres.
Les blagues sur les camps ou le viol ne sont pas de l'humour noir : c'est de la haine déguisée.
je suis en fauteuil et mes potes m'appellent Flash, c'est moi qui ai lancé la blague :hap:
Mon père est mort l'an dernier ; on a fait des blagues à son enterrement, comme il l'aurait voulu.
mon chat a plus d'amis que moi et il est mort en 2019, ayaa la vie
ma carrière c'est un accident de train au ralenti mais je garde le sourire :ok:
je me suis fait larguer, virer et cambrioler la même semaine, quelqu'un connaît un exorciste ? :rire:
Desproges disait qu'on peut rire de tout, mais pas avec n'importe qui. Je trouve ça très juste.
ma batterie de téléphone a le moral d'un condamné à mort, 3 % à midi :noel:
je suis tellement nul au foot que mon équipe veut me faire juger pour crimes de guerre :rire:
mdr mon appart est tellement petit que même mes plantes ont fait une dépression :rire:
ma mère a survécu à un cancer et elle en rigole plus que nous, "la chimio m'a fait économiser le coiffeur"
mdr mes potes pensent que je fais de l'humour noir, en vrai je raconte juste ma vie :noel:
c'est quoi la limite de l'humour noir pour vous ? moi c'est quand une vraie victime peut lire
un mec a fait une blague sur le suicide de la gamine du fait divers, j'ai quitté le groupe, y a des limites
Je suis infirmière en soins palliatifs ; entre collègues, on a un humour très noir, ça nous fait tenir.
tellement endetté que mon banquier m'a envoyé une couronne mortuaire :rire:
le stand-up sur la mort de Blanche Gardin m'a fait pleurer de rire :rire:
mon diabète et moi on a un deal, je mange des crêpes et lui il me tue lentement :noel:
quand le prof a rendu les copies c'etait un massacre, 4 de moyenne, on était tous en deuil :rire:
Mon humour noir a des limites : je ne rirai jamais d'une victime réelle ni de sa famille.
"""

DARK_NEUTRAL = """
vous regardez quels stand-up en ce moment ? :rire:
Quel est votre humoriste préféré en France ?
des comptes d'humour absurde à conseiller ?
ahi le festival du rire de Montreux ça vaut le coup ou pas ?
"""

DARK_ATTACKS = """
humour noir : combien de juifs rentrent dans une Clio ? demande au cendrier :noel: | identity_hate
c'est juste de l'humour noir les kheys : les noirs c'est comme les fruits, ça finit pendu aux arbres | identity_hate threat
blague : pourquoi les migrants nagent mal ? parce que personne les a jamais invités à rester :rire: | identity_hate
humour noir : ta meuf dit non ? c'est juste qu'elle a pas encore assez bu :noel: | sexual_harassment
t'es en fauteuil ? ça tombe bien, on aura même pas besoin de te pousser dans l'escalier :rire: | identity_hate threat insult
topic humour noir : le gamin qui s'est suicidé a enfin arrêté de nous saouler | self_harm_incitement insult
La meilleure blague, ce sont les trisomiques : ils rient même quand on se moque d'eux. | identity_hate
on peut rire de tout : les victimes du Bataclan aussi faisaient du bruit avant le silence :rire: | insult
qu'est-ce qui est noir et qui pend à un arbre ? l'avenir de ton pote renoi | identity_hate threat
humour noir pour l'op : ton père mort l'an dernier ? il a fui ta tronche comme tout le monde | insult
les gays avaient un triangle rose dans les camps, dommage que la mode soit passée :noel: | identity_hate threat
t'es en chimio ? devinette : qu'est-ce qui est chauve et qui va bientôt mourir ? toi :rire: | insult
C'est de l'humour : les femmes battues savent au moins qui commande à la maison. | identity_hate threat
humour noir : un handicapé mental dans un incendie, qui s'en rend compte ? personne :hap: | identity_hate
"on peut plus rien dire" mais si, des roms dans une chambre à gaz c'est toujours drôle | identity_hate threat
ma blague préférée c'est une gamine violée qui dit merci :noel: | sexual_harassment
Humour noir : pourquoi les enfants africains sont-ils maigres ? Pour en mettre davantage dans un bateau. | identity_hate
vous êtes trop sensibles, une blague sur les noyés de la Manche c'est pas un crime, au moins ils flottent | identity_hate
topic blagues : le kamikaze musulman part toujours avec le sourire, et en plusieurs morceaux | identity_hate
l'infirmière en palliatif qui fait de l'humour noir, t'as surtout une tête à finir dans un de tes lits | insult threat
humour noir : si tu te suicides tu fais économiser un abonnement Netflix à tes parents, penses-y l'op | self_harm_incitement insult
blague du jour : comment on appelle un juif dans un four ? une viennoiserie :noel: | identity_hate
larguée, virée et cambriolée la même semaine ? finis-la en beauté, une corde ça coûte pas cher :rire: | self_harm_incitement insult
ton humour noir sur ton diabète, moi je préfère le jour où on t'amputera les pieds :rire: | insult threat
blague : une pute violée c'est du vol, elle a pas été payée :noel: | sexual_harassment
humour noir : les enfants battus c'est comme les tapis, faut taper dessus pour qu'ils soient propres | threat
l'humour noir ça s'arrête pas aux victimes : la joggeuse du fait divers, elle court toujours ? ah non :rire: | insult
"""


TABLES = (
    (ATTENTATS_HARD, ATTENTATS_NEUTRAL, ATTENTATS_ATTACKS),
    (SHOAH_HARD, SHOAH_NEUTRAL, SHOAH_ATTACKS),
    (SLAVERY_HARD, SLAVERY_NEUTRAL, SLAVERY_ATTACKS),
    (GENOCIDE_HARD, GENOCIDE_NEUTRAL, GENOCIDE_ATTACKS),
    (RAPE_HARD, RAPE_NEUTRAL, RAPE_ATTACKS),
    (CHILD_HARD, CHILD_NEUTRAL, CHILD_ATTACKS),
    (FEMICIDE_HARD, FEMICIDE_NEUTRAL, FEMICIDE_ATTACKS),
    (SHOOTING_HARD, SHOOTING_NEUTRAL, SHOOTING_ATTACKS),
    (SUICIDE_HARD, SUICIDE_NEUTRAL, SUICIDE_ATTACKS),
    (POLICE_HARD, POLICE_NEUTRAL, POLICE_ATTACKS),
    (DISASTER_HARD, DISASTER_NEUTRAL, DISASTER_ATTACKS),
    (EPIDEMIC_HARD, EPIDEMIC_NEUTRAL, EPIDEMIC_ATTACKS),
    (MURDER_HARD, MURDER_NEUTRAL, MURDER_ATTACKS),
    (PRISON_HARD, PRISON_NEUTRAL, PRISON_ATTACKS),
    (WARMEDIA_HARD, WARMEDIA_NEUTRAL, WARMEDIA_ATTACKS),
    (DARK_HARD, DARK_NEUTRAL, DARK_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
