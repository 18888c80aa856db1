"""Generate fr_short_racism.csv: short French forum posts about origin and race in daily life, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks demean people for
their origin, ethnicity, skin colour or nationality (Black people, Arabs and North Africans, Asian
people, Roma, Turks and Kurds, Portuguese, Antilleans and people from overseas France, Africans,
white people, mixed families), often in the coded or "casual" register of the boards ("les
chances pour la France", "bounty", "un nom à coucher dehors", "retourne au bled", "tu parles bien
français pour un…", "le grand remplacement", monkey comparisons, "ils sont tous au RSA"): in
housing, hiring, nightclubs, police stops, football, dating, neighbourhoods, accents and names,
food and culture, papers and immigration, overseas France. Harmless lines use the same words:
people telling their own origin and their experiences of racism, questions about culture,
discrimination statistics, civil immigration debate, banter between friends, counter-speech.
Every line is 5 to 25 words. No extra variants.
See fr_short_racism.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_racism.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the origin words or the
# phrases the attacks use, and attack nobody; neutral lines are ordinary posts on the topic.

# --- Housing, flatshares, landlords ------------------------------------------------------------
HOUSING_HARD = """
mon proprio m'a dit au tel que l'appart etait libre, puis il a vu mon nom et d'un coup c'etait loué :ouch:
"pas de Noirs dans ma coloc" c'est ce qu'un mec a écrit sur son annonce, j'ai fait un signalement direct
les kheys c'est légal un proprio qui demande la nationalité des garants ? je suis renoi et ça pue
Ma coloc est rebeue, l'autre est portugaise et moi je suis bretonne, on s'entend trop bien :hap:
testing à la location : les dossiers avec un nom arabe ont beaucoup moins de réponses, l'étude est sortie hier
Je cherche une coloc sur Lyon, je suis antillais, calme, je fais pas la fête en semaine
l'agence m'a demandé trois fois si j'etais "vraiment francais", j'ai saisi le Défenseur des droits
retourne au bled qu'il m'a dit le voisin, j'ai porté plainte et il a pris une amende, justice :ok:
ma daronne est portugaise, elle a fait concierge pendant trente ans dans le 16e, respect eternel
on est une coloc de 4 : un renoi, deux rebeus et un babtou, la meilleure ambiance de ma vie
quand j'appelle avec ma voix "de blanc" l'appart est dispo, avec mon vrai nom non, ayaa la France
vous avez des astuces pour un dossier de location sans garant en France ? je suis étudiant sénégalais
"on loue pas aux gens du voyage" c'est illégal en fait, mon pote gitan a gagné au tribunal
mon voisin turc m'a monté mes meubles au 5e sans ascenseur, le goat
La discrimination au logement c'est puni par la loi, prison et grosse amende, faut pas hésiter à porter plainte
ma mere mettait "Martin" sur les demandes de visite pour avoir des réponses, on en est là
Coloc cherche 4e personne, peu importe d'ou tu viens tant que tu fais ta vaisselle :hap:
les voisins du dessus sont comoriens, ils m'invitent à chaque mariage, j'ai pris 3 kilos
je suis blanc et mon proprio est algérien, il est super carré, aucun souci depuis 2 ans
"les gens comme vous abîment les apparts" m'a sorti l'agent immo, je lui ai demandé "comme qui ?" il a bégayé
Un mec de ma fac refuse les colocs "trop bruyants" et bizarrement c'est toujours des africains, signalé
dans mon immeuble y a une mamie roumaine qui nourrit tous les chats du quartier, elle est adorable
c'est normal qu'une agence me demande une photo pour un dossier ? je trouve ça chelou
Mon pere a galeré six mois pour louer en arrivant du Mali, aujourd'hui il est proprio lui meme :ok:
le quartier a changé, beaucoup de familles turques et kurdes, les boulangeries ouvrent tard c'est top
la cité où j'ai grandi c'etait pas le paradis mais y avait une solidarité de ouf
ahi l'annonce "uniquement personnes françaises" c'est illégal, signalez les kheys
Je suis rebeu et mon coloc est juif, ramadan et shabbat dans la même cuisine sans aucun drama
"trop de noirs dans l'immeuble" ? mec tu parles de tes voisins comme d'une fuite d'eau, t'es grave
le bailleur social a relogé des familles syriennes dans ma résidence, elles ont fait un repas pour tout le monde
mon proprio a refusé mon pote parce qu'il est renoi, on a refait la visite avec un pote blanc et tout enregistré
Quelqu'un connait une asso qui aide les victimes de discrimination au logement ? Paris ou proche banlieue
Les visites d'appart en Île-de-France c'est la galère pour tous, mais avec un nom en -ouche c'est mode hardcore
mon quartier c'est 40 nationalités dans 3 rues et le marché du dimanche est incroyable
elle m'a dit "je loue pas aux étrangers" alors que je suis né à Créteil ayaa
ma coloc vietnamienne m'a appris à faire des nems, j'ai 24 ans et je découvre la vie
"odeurs de cuisine" dans le reglement de copro, c'est visé contre la famille sri lankaise du 2e, on a fait retirer
"""

HOUSING_NEUTRAL = """
Les loyers à Lille ont pris 15 pourcent en deux ans, c'est plus vivable pour les étudiants
quelqu'un a testé la garantie Visale ? c'est long à obtenir ?
je cherche une coloc vers Nantes pour septembre, budget 450 max, non fumeur
l'état des lieux de sortie c'est toujours une arnaque ou j'ai juste pas de chance ?
Les résidences Crous sont pleines à craquer, on m'a mis sur liste d'attente
"""

HOUSING_ATTACKS = """
pas de Noirs dans ma coloc, je veux pas d'odeurs bizarres et de musique à fond toute la nuit | identity_hate exclusion
je loue mon studio mais pas aux rebeus, la derniere fois ils ont ramené tout le bled | identity_hate exclusion
"uniquement profil européen" c'est pas du racisme c'est de la prudence, ils dégradent tout | identity_hate exclusion
le nouveau voisin est renoi, je vais devoir cacher mon vélo maintenant :hap: | identity_hate
depuis que les Roms squattent en face faut fermer à double tour, c'est des rats ces gens | identity_hate
on a viré le coloc malien, il ramenait des cousins tous les soirs comme une fourmilière | identity_hate exclusion
mon immeuble était tranquille avant que les chances pour la France débarquent du 93 | identity_hate
les HLM c'est pour les familles de douze gosses du bled, le Français de souche peut crever dehors | identity_hate
Toi avec ton nom à coucher dehors, t'auras jamais d'appart ici et c'est tant mieux | identity_hate insult exclusion
les chinetoques du 3e font cuire des chiens, ça pue dans toute la cage d'escalier | identity_hate
retourne au bled si t'es pas content de ton HLM, personne te retient | identity_hate exclusion
Un proprio qui loue à des Africains mérite ce qui lui arrive, appart ravagé garanti | identity_hate
les gitans on les laisse pas s'installer, on appelle le maire et on bloque le terrain avec des tracteurs | identity_hate exclusion
mettez "pas de maghrébins" dans l'annonce et vous dormirez tranquille les kheys :noel: | identity_hate exclusion
les portos c'est des cafards, ils s'incrustent dans chaque loge de concierge de Paris | identity_hate
si un rebeu emménage sur le palier je fais une pétition pour qu'il dégage | identity_hate exclusion
La coloc de ma soeur a pris une Noire, bonjour les cheveux crépus dans la douche et le bruit | identity_hate
l'op qui cherche une coloc avec son prénom en -ia, tu vas ramener ton mari barbu aussi ? | identity_hate insult
les turcs du rez de chaussée je vais leur cramer leur boite aux lettres, qu'ils comprennent | identity_hate threat
on devrait pouvoir trier les locataires à la couleur, ca éviterait bien des problèmes | identity_hate exclusion
quartier envahi par les blédards, j'ai vendu avant que ca devienne Alger | identity_hate
"je suis étudiant sénégalais et je cherche un appart" mdr rentre chez toi, y a des apparts à Dakar | identity_hate exclusion
ils égorgent des moutons dans la baignoire, c'est ça leur culture les kheys | identity_hate
les voisins arabes je leur parle pas et je dis à mes gosses de pas jouer avec les leurs | identity_hate exclusion
en bas de chez moi c'est le zoo, des singes qui crient toute la nuit en bande | identity_hate
Le proprio a eu raison de te refuser, t'as une tête de dealer avec ta peau de charbon | identity_hate insult body_shaming
à la résidence on a une règle non écrite : pas de renois, pas de rebeus, et tout va bien | identity_hate exclusion
ce bâtard de kurde du 2e, s'il touche encore à ma place de parking je lui casse les genoux | identity_hate insult threat
les manouches du terrain d'à côté, un bon coup de bulldozer et on en parle plus | identity_hate threat
les asiatiques en coloc c'est parfait, ils bossent, ils parlent pas, comme des robots | identity_hate
t'es une Noire qui cherche une coloc ? j'ai une chambre gratuite si tu paies en nature | identity_hate sexual_harassment
Pourquoi l'État loge les migrants à l'hôtel pendant que nos SDF crèvent ? ces parasites dehors d'abord | identity_hate exclusion
pas de gitans ici, dégagez | identity_hate exclusion
"""

# --- Hiring, work, names on a CV -----------------------------------------------------------------
HIRING_HARD = """
j'ai enlevé ma photo et mis mon deuxieme prénom sur le CV, trois entretiens en une semaine, coincidence ? :hap:
Mon nom c'est Boubacar et ma manager m'appelle Bob depuis deux ans, je sais pas comment lui dire que ça me saoule
Le CV anonyme ça marche vraiment ou c'est du flan ? je suis rebeu et je galere à trouver une alternance
"un nom à coucher dehors" c'est ce que m'a dit un RH en rigolant, j'ai pas rigolé
ma cheffe est d'origine vietnamienne et c'est la meilleure manager que j'ai eue
les études par testing montrent que Mohamed a moins de rappels que Julien à CV égal, c'est documenté
Mon daron est arrivé d'Algérie en 78, il a monté sa boite de maçonnerie, aujourd'hui douze salariés
en entretien on m'a demandé si je faisais ramadan, c'est légal cette question ?
Au taf on a un collègue portugais qui ramène des pasteis de nata chaque vendredi, employé du mois à vie
je suis noire, j'ai lissé mes cheveux pour mon entretien, je regrette, la prochaine fois j'y vais en afro
les quotas de diversité je suis contre perso, je préfère le CV anonyme, mais ça se débat
mes collègues antillais m'ont invité au barbecue de l'équipe, le colombo de poulet était dingue
"tu parles bien français pour un africain" m'a dit un client, je lui ai répondu que je suis né à Rouen
On m'a refusé un stage car "le client préfère un profil européen", j'ai tout gardé par écrit
Ma boite recrute de partout, un dev ivoirien, une data scientist chinoise, et moi le babtou du Nord
les immigrés bossent dans le BTP, le ménage, la restauration, sans eux le pays s'arrête demain
les kheys comment on répond à un collègue qui fait des blagues sur les "bounty" en réunion ?
j'ai dénoncé un manager qui appelait les intérimaires maliens "les bamboulas", il a été viré :ok:
dans ma boite la direction est toute blanche et les agents d'entretien tous noirs, ça interroge quand même
ayaa le recruteur qui me dit "vous êtes pas trop typé, ça ira pour l'accueil" j'ai quitté l'entretien
Mon nom est Nguyen et tout le monde le prononce n'importe comment, je m'en fiche c'est drôle
"ils sont tous au RSA" c'est le cliché que j'entends le plus alors que mes oncles font les trois-huit à l'usine
Le chômage des jeunes en banlieue est deux fois plus élevé, et c'est pas parce qu'ils veulent pas bosser
un khey rebeu en master de droit ici ? je cherche des conseils pour le barreau
ma tante est aide soignante, camerounaise, elle a tenu le service à bout de bras pendant le covid
je suis recruteuse et je regarde jamais la ligne nationalité, seulement les compétences
Mon nom arabe m'a fait rater des boulots et je le garde quand même, c'est le nom de mon grand-pere
nouveau taf, ma collègue guadeloupéenne m'apprend le créole pendant les pauses, je suis nul :rire:
"les Portugais c'est des bosseurs" c'est un cliché gentil mais ça reste un cliché les kheys
j'ai entendu mon chef dire "encore un Traoré" en lisant les CV, je fais quoi, RH ou inspection du travail ?
je croyais que c'était exagéré jusqu'à ce que mon pote Karim envoie le même CV sous le nom de Kevin
le BTP sans les Turcs et les Portugais y aurait plus un chantier qui tourne à Paris, respect aux anciens
Mon oncle sans papiers bosse depuis dix ans en cuisine, il paye même des impôts, sa régularisation est en cours
je suis blanc et j'ai jamais subi ça, mais je vois bien que mes potes noirs galèrent plus en intérim
"""

HIRING_NEUTRAL = """
Quelqu'un a déjà fait une alternance en banque ? le rythme est tenable ?
premier entretien demain pour un poste de commercial, des conseils pour pas bafouiller ?
la période d'essai peut être renouvelée combien de fois en CDI ?
j'ai envoyé 80 candidatures pour mon stage de fin d'études, zéro réponse, le marché est mort
c'est quoi le meilleur site pour trouver des jobs étudiants le week-end ?
"""

HIRING_ATTACKS = """
un CV avec Mamadou dessus, direct à la poubelle, on cherche des gens qui bossent | identity_hate exclusion
les rebeus en entreprise c'est arrêts maladie et prières dans le bureau, non merci | identity_hate exclusion
"discrimination à l'embauche" non khey c'est juste que ton nom fait peur, et à raison | identity_hate
ils sont tous au RSA et après ils viennent nous parler de racisme au taf, la blague | identity_hate
Ton nom à coucher dehors annonce déjà le niveau, retourne faire des kebabs | identity_hate insult
j'embauche jamais d'Africains, ils arrivent en retard, c'est génétique chez eux | identity_hate exclusion
la nouvelle stagiaire renoi parle bien français pour une sortie de brousse :noel: | identity_hate insult
Mettez un Chinois à la compta, ça sait que compter et fermer sa gueule | identity_hate
les quotas c'est pour caser des incompétents basanés à la place des nôtres | identity_hate
mon collègue bounty il lèche les bottes des blancs pour avoir sa promo | identity_hate insult
le livreur sénégalais je le fais attendre dehors sous la pluie, il a l'habitude de la boue | identity_hate
La RH qui recrute que des racailles du 9-3, la boite va couler en six mois | identity_hate
je refuse de travailler sous les ordres d'une Noire, question de principe | identity_hate exclusion
Les Roms ils bossent pas, ils volent, c'est leur métier depuis des siècles | identity_hate
t'as eu ton poste grâce à ta couleur, t'as rien mérité, la négresse de service | identity_hate insult
les portos c'est bon qu'à poser du carrelage, pas à faire de l'ingénierie | identity_hate
le collègue turc je l'appelle "le kebab", il rigole pas mais c'est pas mon problème | identity_hate insult
si tu t'appelles Mohamed prends un prénom français, faut s'adapter ou partir | identity_hate exclusion
On a une équipe 100% blanche et on compte bien la garder comme ça, merci au revoir | identity_hate exclusion
l'intérimaire malien je lui parle comme à un chien, il comprend que ça | identity_hate insult
un arabe au service compta ? autant filer les clés du coffre directement | identity_hate
les asiats au boulot c'est des machines sans âme, zero créativité | identity_hate
Les Antillais au taf c'est le rythme des îles, rien avant midi et sieste après | identity_hate
le chef de chantier, un gros Turc qui pue la sueur et le raki, il mérite une balle | identity_hate body_shaming threat
ta promotion c'est de la discrimination positive, tout le bureau le sait, sale rebeue | identity_hate insult
personne veut bosser avec le nouveau, il sent le bled, on le laisse manger seul à la cantine | identity_hate exclusion
ce genre de collègue black on le garde pour la photo diversité et après on le vire | identity_hate exclusion
les polaks et les roumains nous volent tous les postes sur les chantiers, dehors | identity_hate exclusion
les gens du voyage qui demandent du boulot, tu leur files un râteau et tu comptes tes outils | identity_hate exclusion
Elle a eu le poste parce que le boss aime les beurettes, tout le monde a compris comment | identity_hate sexual_harassment
"""

# --- Nightclubs, bars, nights out --------------------------------------------------------------
CLUB_HARD = """
refoulé à l'entrée avec mes potes rebeus, mes potes blancs sont rentrés juste derrière avec la même tenue
"pas ce soir les gars" le videur dit ça qu'aux groupes de renois, on a filmé et envoyé à une asso
Le videur de la boite était un grand Sénégalais trop gentil, il m'a raccompagnée jusqu'au taxi
on organise une soirée afro dans le 11e, dancehall et coupé décalé, tout le monde est le bienvenu
c'est legal de refuser l'entrée "parce que trop de mecs" ? on était trois rebeus et deux meufs
ma pote antillaise m'a emmené à une soirée zouk, j'ai dansé comme un frigo mais kiff total
ayaa la boite qui affiche "tenue correcte exigée" et qui refoule que les survets des mecs de banlieue
les kheys c'est quoi vos meilleures soirées raï ? je cherche un plan pour samedi
en Espagne aucun souci pour rentrer en boite, en France refoulé une fois sur deux, je suis noir
un mec m'a sorti "reste avec les tiens" en soirée, j'ai ri et je suis allée danser ailleurs
Mon pote chinois s'est fait appeler "Jackie Chan" toute la soirée, il a fini par partir, c'était pas drôle
soirée bal portugais avec ma grand-mere, les kheys l'ambiance est incroyable
On a fait une soirée comorienne chez ma tante, on a dansé jusqu'à 4h du mat
testing en boite par une asso : sur dix clubs, sept refusaient les groupes d'hommes noirs ou arabes
le videur était rebeu et il refoulait les rebeus, la vie est ironique les kheys
ma meuf est noire et les mecs en boite lui sortent des trucs sur ses formes, elle en peut plus
DJ turc à la soirée de samedi, il a passé du Tarkan et tout le monde a chanté, golem :rire:
le bar en bas de chez moi c'est des vieux kabyles qui jouent aux dominos, meilleure ambiance
"vous êtes pas sur la liste" mais les blancs derrière non plus et ils sont entrés, je suis pas parano
On est allé au carnaval tropical avec toute la bande, costumes, steel band, je recommande
au nouvel an chinois dans le 13e c'est magnifique, les dragons et les pétards
"pas de caillera ce soir" hurlait le videur à un groupe de mecs en costard, on a tous halluciné
quand un pote te sort "les renois ils savent danser c'est dans le sang" c'est gentil mais c'est chelou aussi
Ma pote dit que les videurs de sa ville sont des racistes notoires, vous avez des adresses de bars plus cool ?
je suis reubeu et je bois pas, on me demande toujours si c'est "pour la religion", non c'est pour mon foie
un mec bourré m'a crié "retourne au bled" en boite, tout le club l'a sorti, respect aux gens
le gérant a présenté ses excuses après la vidéo du refus d'entrée, mais bon, un peu tard
soirée shatta au Havre ce week-end, qui est chaud ?
Le soir où j'ai dansé sur du coupé décalé avec trois mamies bretonnes, ma plus belle soirée
"""

CLUB_NEUTRAL = """
les prix des boites à Paris c'est devenu n'importe quoi, 25 balles l'entrée sans conso
vous préférez bar tranquille ou grosse boite pour un anniversaire ?
Le dernier métro est à quelle heure le samedi déjà ? je veux pas payer un VTC
les festivals d'été cette année ont une prog moyenne je trouve
"""

CLUB_ATTACKS = """
les videurs ont raison de filtrer les rebeus, sinon ton portable disparaît dans la minute | identity_hate exclusion
une boite sans renois c'est une boite sans bagarre, simple | identity_hate exclusion
"refoulé parce que noir" ou refoulé parce que t'as une gueule de singe l'op ? :noel: | identity_hate insult
ce soir pas de chances pour la France à l'entrée, le patron a été clair avec nous | identity_hate exclusion
Les blacks en boite ils collent les meufs comme des animaux en chaleur | identity_hate
la meuf rebeue qui danse en boite, son frère va venir la lapider demain | identity_hate
j'ai kiffé la soirée, pas un seul bronzé à l'horizon, la vraie France :ok: | identity_hate
Les asiatiques en soirée elles sont toutes faciles, c'est connu les kheys | identity_hate sexual_harassment
je vais me taper une black ce soir, il paraît que c'est des bêtes au lit | identity_hate sexual_harassment
Les beurettes en boite c'est pour la soirée, pas pour présenter à maman | identity_hate sexual_harassment
le videur a refoulé un groupe de nègres, il mérite une médaille | identity_hate
Sale bicot, t'as cru qu'on allait te laisser rentrer avec ta gueule de voleur ? | identity_hate insult exclusion
si un rebeu touche ma meuf en soirée je le fume sur le parking, direct | identity_hate threat
les gitans au bal du village on les accueille à coups de batte maintenant | identity_hate threat exclusion
soirée "blanc" obligatoire, et pas que pour la tenue si vous voyez ce que je veux dire :noel: | identity_hate exclusion
une chinoise en boite c'est comme un porte clé, ça se ramène à la maison | identity_hate sexual_harassment
soirée afro = soirée couteaux, tu y vas t'es un golem suicidaire | identity_hate
ahi les antillaises qui twerkent, c'est des guenons en chaleur | identity_hate sexual_harassment
les métisses en boite je les repère, moitié rien moitié galère | identity_hate insult
Ce bar était cool avant que la racaille basanée du quartier débarque, faut tous les virer | identity_hate exclusion
le DJ passe du raï, manquerait plus que les youyous et les drapeaux algériens, casse toi | identity_hate exclusion
mec t'es refoulé partout parce que t'as la tête d'un Arabe de gare, accepte | identity_hate insult
Les Roumaines au vestiaire, elles fouillent tes poches à coup sûr | identity_hate
soirée étudiante gâchée par une bande de renois qui ont ramené l'ambiance de la savane | identity_hate
l'étudiant congolais qui drague toutes les blanches, faut lui rappeler où est sa place à coups de pompes | identity_hate threat
Les videurs noirs c'est bien, au moins ils servent à quelque chose, ils font peur comme des gorilles | identity_hate
t'es une rebeue et tu bois ? t'es une honte pour ta race et une pute pour les autres | identity_hate insult
"les renois savent danser c'est dans le sang" ouais comme les singes au zoo | identity_hate
"""

# --- Police stops, "contrôle au faciès", riots ---------------------------------------------------
POLICE_HARD = """
contrôlé trois fois cette semaine en rentrant du taf, toujours moi et jamais mon collègue blanc
le contrôle au faciès a été reconnu par la Cour de cassation, c'est pas une légende urbaine
Mon frère s'est fait contrôler devant la fac, le flic l'a tutoyé direct, c'est normal ?
je suis flic et d'origine marocaine, oui on peut faire les deux et oui je me bats contre le délit de sale gueule
le récépissé de contrôle ça existe dans d'autres pays, pourquoi pas chez nous ?
"tu parles bien français" m'a sorti un agent pendant le contrôle, ayaa j'ai un bac+5
les jeunes hommes perçus comme noirs ou arabes sont bien plus contrôlés, c'est une étude du Défenseur des droits
mon pote a filmé le contrôle, c'est légal de filmer des policiers en France ?
On peut critiquer les contrôles au faciès sans dire que tous les flics sont racistes, les deux sont vrais
ma mère me fait sortir avec ma carte d'identité même pour aller à la boulangerie, l'habitude au quartier
un policier m'a traité de "bougnoule" en garde à vue, j'ai saisi l'IGPN, vous pensez que ça aboutit ?
le flic de mon quartier est antillais, il connait tout le monde, il a aidé ma grand mère quand elle est tombée
Contrôle d'identité dans le RER, j'avais ma carte de séjour étudiante, ça s'est bien passé franchement
je suis blanc et en dix ans jamais contrôlé, mon coloc noir trois fois en un mois, c'est statistique
La banlieue c'est pas que les émeutes à la télé, c'est aussi des profs, des infirmières, des mamans qui bossent
les émeutes après la mort du jeune, je comprends la colère même si je cautionne pas les voitures brûlées
"retourne chez toi" m'a dit un agent alors que j'étais devant chez moi, littéralement
une asso propose des ateliers "que faire lors d'un contrôle", je l'ai fait avec mon petit frère
le contrôle au faciès c'est du racisme institutionnel, c'est pas moi qui le dis c'est les chiffres
un policier noir m'a raconté qu'il se fait contrôler en civil par ses propres collègues, le malaise
on a été contrôlés à cinq rebeus dans une voiture, le flic a été correct, fallait le dire aussi
mon daron m'a appris à garder les mains visibles et à parler calmement, triste qu'il ait dû le faire
les kheys les gendarmes ont le droit de fouiller le coffre sans motif ? j'étais avec mes cousins
Je suis gitan et les gendarmes passent sur l'aire chaque semaine, mes gosses ont peur des uniformes
pas mal de flics dans ma famille, et aucun n'accepte le racisme, faut pas tout mélanger
"délit de sale gueule" c'est une vieille expression, et malheureusement toujours d'actualité
mon pote asiatique s'est fait agresser et on lui a demandé ses papiers avant de prendre sa plainte
Les caméras piétons ont un peu calmé les contrôles abusifs dans ma ville, enfin je trouve
ayaa le golem qui dit "si t'as rien à te reprocher t'as rien à craindre", il a jamais été noir à Saint-Denis
encore contrôlé ce matin, lassant
"""

POLICE_NEUTRAL = """
On a le droit de refuser un alcootest ou ça compte comme un délit ?
Combien de temps peut durer une garde à vue pour un truc mineur ?
quelqu'un sait si on peut porter plainte en ligne pour un vol de vélo ?
Le concours de gardien de la paix c'est dur ? je pense m'inscrire l'an prochain
"""

POLICE_ATTACKS = """
s'ils se font contrôler c'est qu'ils ont des têtes de délinquants, faut arrêter de pleurer | identity_hate
les flics ont raison de contrôler les bronzés, c'est eux qui remplissent les prisons | identity_hate
un contrôle de plus pour les rebeus, une voiture brûlée de moins | identity_hate
ton frère s'est fait plaquer au sol ? tant mieux, une racaille de moins dans la rue | identity_hate threat
les renois qui courent devant la police, c'est l'instinct de la savane qui revient | identity_hate
la BAC devrait tirer dans le tas pendant les émeutes, ça calmerait la banlieue | identity_hate threat
un Arabe qui se plaint d'un contrôle c'est comme un voleur qui se plaint de l'alarme | identity_hate
contrôle au faciès ? non, contrôle de la faune locale :noel: | identity_hate
Les gitans il faudrait tous les ficher, avec photo et empreintes dès la naissance | identity_hate
t'as été contrôlé parce que t'as une tête de clandé mon reuf, accepte ton faciès | identity_hate insult
Ces singes brûlent des voitures et après ils chialent sur les contrôles | identity_hate
les émeutiers c'est des sauvages, faut les renvoyer au bled avec toute leur famille | identity_hate exclusion
moi j'aurais tiré aussi, un jeune de cité de moins c'est pas une perte | identity_hate threat
Les Noirs en garde à vue devraient pas avoir droit à l'avocat, ils mentent tous | identity_hate
la police devrait faire des rafles dans les quartiers, comme au bon vieux temps | identity_hate threat
les flics d'origine arabe c'est des traîtres infiltrés, faut les virer de la police | identity_hate exclusion
l'op qui raconte son contrôle, t'avais sûrement du shit sur toi sale rebeu | identity_hate insult
faut un mur autour du 93 et laisser les bêtes s'entretuer dedans | identity_hate threat exclusion
le flic antillais qui fait du zèle, c'est le bounty parfait, noir dehors blanc dedans | identity_hate insult
les chinois agressés à Aubervilliers ? ils ont qu'à arrêter de se balader avec du liquide, ces rats | identity_hate
un Rom tabassé par les flics, personne va pleurer, c'est de la vermine | identity_hate
ces bamboulas en survêt qui crient au racisme dès qu'un flic les regarde | identity_hate insult
la prochaine émeute je sors le fusil et je défends mon quartier contre les bougnoules | identity_hate threat
Les Maghrébins ont la délinquance dans le sang, c'est pas du racisme c'est des stats | identity_hate
on connaît ton adresse à la cité des Tilleuls, on va venir te contrôler nous-mêmes le bicot | identity_hate insult threat doxxing
Le délit de sale gueule ça existe pas, c'est juste que vous avez tous une sale gueule | identity_hate insult
"je me fais contrôler tout le temps" normal t'es noir et de banlieue, c'est pareil que délinquant | identity_hate
"""

# --- Football, stands, amateur clubs -------------------------------------------------------------
FOOT_HARD = """
l'équipe de France c'est des joueurs de tous les coins du pays et de l'outre-mer, c'est ça qui est beau
Les cris de singe dans le stade hier c'est une honte, le club doit être sanctionné lourdement
mon club amateur a des joueurs de 15 nationalités, le coach parle quatre langues :rire:
le banc de touche se faisait insulter "retourne au bled", l'arbitre aurait dû arrêter le match
je suis franco-algérien et quand les deux équipes jouent je suis content dans tous les cas
la CAN c'était incroyable cette année, le Sénégal a régalé
"pourquoi tant de joueurs d'origine africaine en équipe de France ?" parce qu'ils sont français, voilà
La banlieue parisienne c'est le plus gros vivier de foot au monde, c'est pas un hasard, les city stades
Mon petit frère joue en U15 et un parent adverse a crié "sale noir", match stoppé, bravo l'arbitre
les supporters qui ont jeté une banane au joueur adverse sont interdits de stade, bien fait
Le futsal dans les quartiers c'est une école de technique, les recruteurs le savent
les Portugais de ma ville ont fêté la victoire jusqu'à 3h, les klaxons, les drapeaux, trop beau
les kheys vous avez vu le but du petit Antillais de Lorient ? frappe de mule
"les blacks c'est physique, les blancs c'est tactique" ce cliché de commentateur est daté et faux
Un joueur se fait traiter de singe, tout le stade se lève pour l'applaudir, ça fait du bien
Le Maroc en demi de coupe du monde, Barbès était en feu dans le bon sens
mon coach turc m'a fait bosser le pied gauche tout l'été, aujourd'hui je suis titulaire
les Ultras du club ont sorti une banderole contre le racisme, respect
je joue en district et le racisme en tribune c'est tous les week-ends, les instances font rien
ma pote est arbitre, noire, et se fait insulter deux fois plus que ses collègues, elle tient bon
Quand l'Algérie gagne les Champs sont bondés, et alors ? les Argentins font pareil à Buenos Aires
le joueur qui a répondu aux singeries en marquant et en montrant sa peau, le boss
les binationaux qui choisissent le pays de leurs parents ont le droit, c'est pas une trahison
dans mon club l'équipe féminine c'est des meufs du quartier de toutes origines, elles cartonnent
ayaa les mecs en tribune qui crient "bounty" à un joueur noir, faut les bannir à vie
le tournoi de foot du ramadan à minuit au city, meilleure ambiance de ma jeunesse
"""

FOOT_NEUTRAL = """
Le mercato cet été est complètement fou, des prix délirants pour des joueurs moyens
qui a un bon plan pour regarder la Ligue 1 sans payer trois abonnements ?
mon genou me lâche depuis le match de dimanche, ménisque ou simple entorse vous pensez ?
les kheys meilleur latéral gauche de l'histoire ? je pose ça là
"""

FOOT_ATTACKS = """
l'équipe de France c'est l'équipe d'Afrique, les blancs se comptent sur les doigts d'une main | identity_hate
ouh ouh ouh au numéro 9, il retrouve sa famille de la jungle :noel: | identity_hate insult
Les singes en crampons ça court vite mais ça réfléchit pas | identity_hate
ils célèbrent l'Algérie sur les Champs ? qu'ils y retournent tous, billet aller simple | identity_hate exclusion
L'arbitre noir a sifflé contre nous, normal il soutient ses frères de la savane | identity_hate
Si ce macaque rate encore un penalty je lui jette une banane moi-même | identity_hate insult
les binationaux qui choisissent le Maroc, retirez-leur la nationalité française direct | identity_hate exclusion
L'attaquant nigérian c'est un animal, du muscle et zero cerveau | identity_hate insult
Les supporters turcs c'est des barbares, faut leur interdire tous les stades d'Europe | identity_hate exclusion
un défenseur portos c'est un maçon qui tacle, rien de plus | identity_hate
le gardien asiat il voit rien avec ses yeux bridés, normal qu'il prenne trois buts | identity_hate body_shaming
notre club était mieux quand il était blanc, aujourd'hui c'est une équipe de cité | identity_hate
Le petit rebeu du district, je l'attends à la sortie du vestiaire avec mes potes | identity_hate threat
le joueur qui pleure sur le racisme en tribune, il a qu'à rentrer jouer au Mali | identity_hate exclusion
les Antillais c'est de la vitesse et des dreadlocks, zéro cerveau tactique | identity_hate
un entraineur arabe dans un grand club français ? le vestiaire va devenir une mosquée | identity_hate
Les joueurs africains mentent sur leur âge, ils ont tous 35 ans et trois femmes | identity_hate
Ce bounty de capitaine, il est noir que sur les photos, au fond c'est un vendu | identity_hate insult
les Roms autour du stade, surveillez vos poches, ou mieux tabassez-les | identity_hate threat
le club de mon fils a trop de renois, je le mets dans un club de campagne plus blanc | identity_hate exclusion
le numéro 10 a le nez épaté d'un gorille, on comprend pourquoi il respire mal | identity_hate insult body_shaming
à la prochaine célébration algérienne dans ma ville, on descend avec des battes | identity_hate threat
Le foot français a été remplacé par le foot de banlieue, merci le grand remplacement | identity_hate
le gamin métis de l'équipe adverse, je lui ai dit d'aller chercher son vrai père | identity_hate insult
Les Africains devraient pas avoir le droit de jouer en Ligue 1, les places c'est pour les nôtres | identity_hate exclusion
les kheys on se fait une minute de cris de singe pour l'ailier ce soir ? :noel: | identity_hate insult
"""

# --- Dating, couples, mixed families, fetishising ----------------------------------------------
DATING_HARD = """
ma meuf est sénégalaise et moi breton, nos parents se sont rencontrés au mariage et ils sont devenus potes
mon père est kabyle, ma mère normande, et je baragouine les deux patois de mes grands-mères :rire:
Je suis métisse et on me demande toujours "tu viens d'où vraiment", je réponds Limoges et ça déçoit
les kheys comment dire à mes darons que je sors avec une chinoise ? ils sont un peu vieux jeu
Les applis de rencontre c'est rude quand t'es un mec asiatique, les stats sont claires et c'est pas juste
un mec m'a écrit "j'ai jamais testé une noire" en premier message, bloqué signalé, que c'est lourd
"mes enfants seront trop beaux, les métis sont toujours beaux" c'est gentil mais on est pas des chiots
mariage mixte franco-marocain cet été, deux cérémonies, trois jours de fête, j'ai perdu deux kilos en dansant
Ma belle-famille vietnamienne m'a accueilli comme un fils, ma belle-mère me bourre de pho
je suis blanche et je sors avec un renoi, on me demande si c'est "pour tester", non c'est pour l'aimer
Les fétichistes de "l'exotique" sur les applis ça me dégoûte, je suis pas un safari
mes parents voulaient pas de mon copain parce qu'il est arabe, on s'est mariés quand même, ça fait cinq ans
La nounou de mon fils est ivoirienne, il dit des mots en dioula maintenant, trop mignon
c'est normal d'avoir un "type" physique ou c'est raciste ? j'aime bien les rousses, je me pose la question
mon copain est antillais et ses cousines m'ont appris à faire les accras, je suis adoptée
les kheys ma copine turque veut me présenter à son père, stress de ouf, des conseils ?
je suis reubeu et ma meuf est juive, nos familles ont rigolé en voyant qu'on mange pareil
"tu sors avec un bounty" m'a dit une pote en parlant de mon mec, j'ai coupé les ponts, ça suffit
mon pote gitan se marie avec une fille de la Creuse, la fête va être mémorable
la fille de ma voisine est adoptée, elle vient de Colombie, les gens lui parlent espagnol, elle parle breton
mariage portugais, tout le village est venu et y avait encore de la bouffe le lendemain midi
Mon fils métis m'a demandé pourquoi il est "marron clair", on a lu un livre sur la peau ensemble
ma copine est coréenne et en soirée les mecs lui disent "konnichiwa", elle est fatiguée
"je préfère les Noirs" c'est un compliment qui n'en est pas un, vous en pensez quoi ?
Je suis camerounaise et je cherche un mec sérieux, pas un touriste qui veut "essayer", merci
mes grands parents ont jamais accepté ma mère parce qu'elle était algérienne, ils ont raté vingt ans de nous
on a appelé notre fils Adam pour que ça marche en arabe et en français, des idées de deuxième prénom ?
ma meuf rebeue et moi on s'est rencontrés au BDE, rien d'exotique, juste deux golems fans de jeux de société
vive les couples mixtes franchement :hap:
"""

DATING_NEUTRAL = """
premier date ce soir, resto ou balade ? je suis nul pour choisir
Tinder c'est mort ou ça marche encore pour des relations sérieuses ?
ma copine veut qu'on emménage ensemble après six mois, trop tôt ou pas ?
Comment vous faites pour garder le contact quand vous êtes en relation à distance ?
les mariages coûtent une fortune, on pense juste faire la mairie et un pique nique
"""

DATING_ATTACKS = """
les asiatiques c'est des poupées soumises, parfait pour une copine qui dit jamais non | identity_hate sexual_harassment
une black au lit c'est une panthère, faut que j'en teste une avant mes 30 ans | identity_hate sexual_harassment
Une blanche avec un Arabe, elle va finir voilée et battue, c'est écrit | identity_hate
ta soeur sort avec un renoi ? faut la renier, elle a sali le sang de la famille | identity_hate exclusion
les métisses sont des erreurs, ni d'ici ni de là-bas | identity_hate
Les beurettes c'est pour s'amuser, on se marie avec une fille de chez nous | identity_hate sexual_harassment
t'es mignonne pour une noire, t'as des traits presque européens | identity_hate body_shaming
les mecs asiatiques ont une micro bite, c'est pour ça qu'aucune meuf en veut | identity_hate body_shaming
envoie des photos de ton corps d'ébène ma belle, je kiffe le chocolat | identity_hate sexual_harassment
Les latinas ça se paie pas cher au Brésil, trois bières et elles te suivent | identity_hate sexual_harassment
le mec de ma cousine est turc, on l'invite pas à Noël, il a rien à faire chez nous | identity_hate exclusion
une chinoise pour la cuisine, une black pour le lit, une blanche pour les gosses :noel: | identity_hate sexual_harassment
ton gosse métis il ressemble à un petit singe, c'est mignon remarque | identity_hate insult body_shaming
Les Maghrébines sont canons jusqu'à 25 ans, après moustache et 90 kilos | identity_hate body_shaming
les Roumaines on les achète pour une nuit au bord de la route | identity_hate sexual_harassment
ma fille avec un Noir ? je préfère la voir morte | identity_hate
l'op qui sort avec une Ivoirienne, elle est avec toi que pour les papiers golem | identity_hate
les Antillaises ça a le feu au cul, c'est le soleil qui fait ça | identity_hate sexual_harassment
Mélanger les races c'est fabriquer des gosses sans racines, faut l'interdire | identity_hate
les blanches qui sortent avec des rebeus c'est des traîtresses à leur peuple | identity_hate insult
la fille qui a posté sa photo avec son mari sénégalais, t'as trouvé ton singe au zoo ? | identity_hate insult
Avec tes grosses lèvres de renoi tu peux embrasser deux meufs à la fois | identity_hate insult body_shaming
les Asiatiques sur Tinder je swipe à gauche, ils ont tous la même tête | identity_hate
une japonaise en uniforme d'écolière, le rêve de tout homme, montre toi la nouvelle | identity_hate sexual_harassment
Les Noirs violent nos femmes, faut protéger nos soeurs avant qu'il soit trop tard | identity_hate
je parle pas aux métis sur les applis, je veux pas de sang mélangé dans ma famille | identity_hate exclusion
t'as les cheveux crépus comme de la laine de mouton, pas étonnant que t'es célib | identity_hate insult body_shaming
Ta meuf rebeue doit bien cuisiner, mais tu l'enfermes à la maison j'espère :hap: | identity_hate
"""

# --- Neighbourhoods, "les quartiers", "la banlieue" ----------------------------------------------
QUARTIER_HARD = """
j'ai grandi à la cité des Aubépines et j'en suis fier, c'est là que j'ai appris l'entraide
la banlieue c'est des millions de personnes, arrêtez de la résumer à trois reportages des chaines d'info
Mon quartier a eu sa première médiathèque il y a cinq ans, les gamins y sont tous les mercredis
Les mamans du quartier ont monté une asso de soutien scolaire, mes petits cousins ont eu leur bac
"les quartiers" dans les médias c'est toujours les noirs et les arabes, alors qu'y a plein de blancs pauvres aussi
le rap de banlieue m'a fait découvrir la poésie, oui je suis sérieux les kheys
je suis babtou et j'ai grandi dans le 9-3, on m'appelait le seul blanc du bâtiment, c'était affectueux
La rénovation urbaine a détruit la tour de mon enfance, gros pincement au coeur
les épiceries ouvertes jusqu'à minuit tenues par des Tunisiens, vous sauvez des vies
ma prof de français du collège en ZEP est la raison pour laquelle je suis en master aujourd'hui
quand je dis que je viens de Sevran les gens reculent, puis ils apprennent que je suis en école d'ingé
"c'est chaud chez toi ?" non c'est juste un quartier avec des gens qui vont bosser le matin
Le marché de Barbès le samedi matin, les épices, les tissus, je pourrais y passer la journée
Les quartiers nord de Marseille ont les plus belles vues de la ville, personne le sait
un pote de province est venu chez moi en banlieue, il pensait se faire braquer, il est reparti avec un tajine
les grands frères du quartier qui organisent des sorties à la mer pour les petits, les vrais héros
On peut parler du trafic dans les cités sans dire que tous les habitants sont des dealers
les rebeus du quartier m'ont défendu quand je me faisais racketter au collège, je l'oublierai jamais
Le RER B à 7h c'est toute la banlieue qui va bosser à Paris, infirmières, agents, étudiants
mes voisins maliens font la fête de fin d'année dans la cour, tout le bâtiment danse
"zone de non-droit" ayaa chez moi y a plus de nounous que de dealers
je suis parti du quartier pour les études et il me manque, l'ambiance, les potes, le kebab de Momo
le taux de pauvreté en Seine-Saint-Denis est le plus élevé de métropole, ça explique beaucoup de choses
Ma grand-mère polonaise a vécu quarante ans dans la même tour que des Algériens et des Antillais, que des bons souvenirs
la cité c'est pas une identité, c'est un endroit où des gens vivent, on est pas une catégorie
les pompiers de mon quartier se font caillasser parfois, c'est nul et les habitants sont les premiers à le dire
les chances pour la France, mdr c'est comme ça qu'ils appellent mon frère qui est chirurgien ?
ma ville a élu un maire d'origine sénégalaise, une première, la fierté des darons
"banlieusard" c'est pas une insulte, c'est une adresse :ok:
"""

QUARTIER_NEUTRAL = """
Le prix du pass Navigo va encore augmenter, c'est abusé pour les étudiants
la nouvelle ligne de tram devait ouvrir l'an dernier, toujours des travaux
quelqu'un connaît une salle de sport pas chère vers Bobigny ?
les kheys vous payez combien d'assurance habitation pour un 30 m2 ?
"""

QUARTIER_ATTACKS = """
la banlieue c'est un zoo à ciel ouvert, faut juste arrêter de nourrir les animaux | identity_hate
Les quartiers faut les raser au bulldozer avec les gens dedans | identity_hate threat
Saint-Denis c'est plus la France, c'est Bamako avec un RER | identity_hate
les racailles de cité ont toutes un nom à coucher dehors et un casier long comme le bras | identity_hate
à chaque fois que je passe dans ta cité je vois des singes sur les toits des voitures | identity_hate
Les blédards du quartier vivent des allocs et crachent sur la France | identity_hate
ils sont tous au RSA dans ta tour l'op, tes parents compris, ça se voit | identity_hate insult
les bâtiments pleins de noirs et d'arabes, c'est pas des quartiers c'est des colonies inversées | identity_hate
un mur autour de la Seine-Saint-Denis et on règle le problème en une génération | identity_hate exclusion
Le gamin du quartier qui a eu son bac, il a triché ou son prof a eu peur ? | identity_hate
t'es de Sevran ? sale wesh, retourne vendre ta came dans ton hall | identity_hate insult
les gitans du campement je leur mettrais le feu moi, personne se plaindrait | identity_hate threat
quartiers tchétchènes, turcs, comoriens, plus un Français nulle part, le grand remplacement c'est ça | identity_hate
les Maliens du foyer c'est quarante par chambre comme des poulets en batterie | identity_hate
On devrait déchoir tous les gars de cité qui brûlent une poubelle et les expulser | identity_hate exclusion
La police devrait gazer les halls, ça pue le shit et le bled là-dedans | identity_hate threat
ton quartier c'est une fabrique à terroristes, faut pas pleurer après | identity_hate
les chinetoques de Belleville font du trafic de chiens et de chats, tout le monde le sait | identity_hate
les cités c'est l'Afrique sans le soleil, la même misère et les mêmes sauvages | identity_hate
je traverse jamais le quartier arabe, je tiens à mes pneus et à mes dents | identity_hate
le bâtiment C de la cité Pasteur, c'est là que crèche le rebeu qui fait le malin, on passe ce soir | identity_hate threat doxxing
les quartiers populaires ça veut dire quartiers envahis, appelons un chat un chat | identity_hate
Les Comoriens ont transformé Marseille en Moroni, faut les renvoyer par bateau | identity_hate exclusion
ta mère fait le ménage comme toutes les Africaines de ta cité, reste à ta place | identity_hate insult exclusion
une cité où les blancs peuvent plus vivre c'est un territoire perdu, à reconquérir par la force | identity_hate threat
les rebeus de ma résidence je les ai tous signalés à la CAF, juste par principe | identity_hate
"""

# --- Accents, names, "tu parles bien français pour un…" ------------------------------------------
ACCENT_HARD = """
"tu parles bien français" m'a dit une dame au supermarché, madame je suis prof de lettres
Mon accent du Sud fait rire mes collègues parisiens, je leur rends bien avec leurs "du coup"
Je m'appelle Oumou et au taf c'est "Oumou la douce", une blague de ma collègue, j'adore
mon nom de famille a quatorze lettres et aucun prof l'a jamais bien prononcé, ma fierté
ma grand-mère a l'accent portugais à couper au couteau après cinquante ans en France, la plus belle voix du monde
les kheys comment on prononce "Nguyen" correctement ? je veux pas écorcher le nom de mon binôme
le créole réunionnais et le créole martiniquais c'est pas pareil ? j'apprends, soyez indulgents
Changer de prénom pour trouver du boulot, j'y pense, mais c'est mon grand-père que j'efface
mon daron a un accent kabyle et les conseillers au téléphone lui raccrochent au nez, ça me rend fou
"un nom à coucher dehors" mon prof d'histoire disait ça en rigolant, aujourd'hui je trouve ça violent en fait
Je suis né à Rennes, mes parents sont vietnamiens, et ma grand-mère de coeur c'est la voisine bretonne
les gens qui m'écrivent en anglais parce que je suis noir, je suis de Lille les gars
Mes potes m'appelaient "le Chinois" mais je suis laotien, au début je laissais passer, maintenant je corrige
"retourne au bled" ayaa mon bled c'est un village du Cantal, mon père est monté d'Auvergne à Paris
je fais des vidéos pour apprendre l'arabe dialectal aux enfants de la diaspora, ça vous intéresse ?
En 5e un prof a dit "Fatoumata, c'est ton vrai prénom ?" devant toute la classe, ça reste
le verlan est né dans les quartiers et maintenant même les pubs pour les banques l'utilisent
ma mère dit "chouf" et "wallah" depuis vingt ans alors qu'elle est de Quimper, c'est le quartier
L'accent marseillais, l'accent ch'ti, l'accent antillais, c'est tout le français, arrêtez de hiérarchiser
On m'a dit "mais t'as pas d'accent !" quand j'ai dit que ma mère est malienne, je sais pas quoi répondre
Je prends des cours de wolof pour parler avec ma belle-famille, c'est dur mais ils sont adorables
ils ont mal orthographié mon nom sur mon diplôme, Benbrahim devenu Benbraïm, l'administration quoi
ma collègue Aïcha a eu un client qui voulait "parler à quelqu'un de français", elle a souri et dit qu'elle l'était
Mon petit cousin parle turc à la maison et français à l'école, il a 5 ans et il traduit pour sa grand mère
les surnoms "le renoi", "le rebeu" entre potes, ça vous choque ou c'est normal dans votre groupe ?
"tu parles bien français pour un..." la phrase qui finit jamais bien, racontez vos pires anecdotes kheys
en Guadeloupe le créole c'est la langue de la maison, le français celle de l'école, pourquoi ça choque ?
"retourne au bled" mdr je suis d'Amiens
fier d'être renoi et breton :ok:
"""

ACCENT_NEUTRAL = """
Les applis pour apprendre l'espagnol ça marche vraiment ou c'est du vent ?
le passé simple c'est encore enseigné au collège ou c'est fini ?
vous dites pain au chocolat ou chocolatine ? débat éternel
"""

ACCENT_ATTACKS = """
tu parles bien français pour un singe, on t'a appris ça au zoo ? | identity_hate insult
Avec ton accent de blédard on comprend rien, retourne apprendre la langue chez toi | identity_hate insult exclusion
un nom à coucher dehors comme le tien, faut le laisser à la douane et toi avec | identity_hate insult exclusion
Ça s'appelle Mamadou et ça veut devenir avocat :rire: | identity_hate
les Asiatiques qui parlent avec des "ching chong" plein la bouche, tellement ridicule | identity_hate
Ton prénom c'est Kader ? t'as déjà volé combien de scooters avec ce prénom | identity_hate insult
les Portugais parlent comme s'ils avaient une patate chaude dans la bouche | identity_hate
un prof qui s'appelle Mohamed, les gamins vont réciter le Coran en cours de maths | identity_hate
l'accent antillais c'est un accent de feignant, ça traîne comme eux | identity_hate
tu parles français comme une vache espagnole avec ton accent de bamboula | identity_hate insult
Les Roms ont même pas de vraie langue, c'est des bruits de corbeaux | identity_hate
Au lieu de pleurer sur ton nom, change-le, Rachid ça sonne casier judiciaire | identity_hate insult
ce streamer avec son accent chinois, on croirait un jouet à piles, ching chong miaou | identity_hate insult
Les prénoms africains ça ressemble à des noms de maladies tropicales | identity_hate
appeler ton fils Mohamed en France c'est une déclaration de guerre | identity_hate
"j'ai un accent du bled et alors" et alors tu devrais fermer ta gueule et parler moins fort | identity_hate insult
Les Turcs qui crient en turc dans le tram, une amende et un billet retour | identity_hate exclusion
parle français ou casse toi, on est en France ici pas dans ton souk | identity_hate exclusion
t'écris comme un Arabe qui a appris le français avec les panneaux de kebab | identity_hate insult
les noms vietnamiens c'est le bruit d'une pile d'assiettes qui tombe | identity_hate
L'antillaise de l'accueil avec son accent de cocotier, on dirait un perroquet | identity_hate insult
le prof qui a dit "Fatoumata c'est pas un prénom" avait raison, c'est un cri de jungle | identity_hate
Les gamins de banlieue qui parlent en "wesh wallah" c'est des sous-hommes | identity_hate insult
ton prénom c'est Aïcha ? cache ça sur ton CV, on croirait une kamikaze | identity_hate insult
retourne au bled, sale bicot | identity_hate insult exclusion
"""

# --- Food, music, festivals, culture ------------------------------------------------------------
FOOD_HARD = """
le couscous de ma mère le vendredi c'est sacré, même mes potes bretons viennent
les kheys vous avez une bonne recette de mafé ? ma coloc sénégalaise est partie en vacances et je suis en manque
Aïd chez mes voisins, ils m'ont ramené des gâteaux, j'ai ramené des crêpes, échange culturel validé
le nouvel an lunaire avec ma belle-famille chinoise, enveloppes rouges et raviolis jusqu'à minuit
Le kebab est un des plats préférés des Français, l'intégration passe par l'estomac :rire:
Le bokit guadeloupéen c'est le meilleur sandwich du monde et je ne débattrai pas
L'épicerie turque en bas de chez moi a le meilleur pain du quartier, le simit est une dinguerie
ma grand-mère portugaise fait la morue de 365 façons, elle dit mille mais j'ai compté
Mes potes rebeus m'ont appris à jeûner pendant le ramadan par solidarité, j'ai tenu trois jours
La musique gnawa en concert à Paris, découvert par hasard, c'est hypnotique
Les fêtes de la Saint-Jean à Porto avec mes cousins, les marteaux en plastique, la meilleure nuit
"odeur de cuisine bizarre" ayaa c'est des épices, ta raclette pue aussi khey
On a fait un repas partagé à la fac, chacun ramène un plat de sa famille, j'ai goûté douze pays
le thiéboudiène de la tante de mon pote, je demande à être adopté
La culture rom c'est aussi la musique manouche, tout un pan du jazz vient de là
Mes darons sont pieds-noirs et les voisins algériens, les deux familles cuisinent les mêmes plats
Je voudrais comprendre le carnaval antillais, vous avez des docs ou des livres à conseiller ?
la chicha entre potes c'est pas "une culture de racaille" c'est juste un bar avec des chichas
la mode wax cartonne, ma pote ivoirienne a lancé sa marque et vend partout en Europe
ma voisine cambodgienne m'a appris le lok lak, je le rate encore mais je progresse
Mes collègues kurdes fêtent Newroz chaque printemps, cette année j'étais invité, feu de joie et danses
le raï, le rap, le zouk, le fado, la kora, ma playlist c'est la France d'aujourd'hui
les "bounty" comme insulte c'est nul, mais le Bounty comme barre chocolatée c'est pas mal :hap:
Je suis Réunionnaise et le cari du dimanche chez ma grand-mère me manque tellement à Paris
pourquoi le henné aux mariages ? je suis invitée à un mariage marocain et je veux pas faire de gaffe
Le kimchi de ma coloc coréenne sent fort, elle m'avait prévenue, j'adore maintenant
On dit "pâtisseries orientales" mais y a des dizaines de traditions différentes, je découvre
Les tajines de tante Zohra, le pain de la voisine Ayşe, la feijoada de Dona Maria, vive mon immeuble
couscous du vendredi chez ma daronne, validé
"""

FOOD_NEUTRAL = """
quelqu'un a une recette de lasagnes qui prend moins de trois heures ?
Vous faites comment pour manger équilibré avec 50 balles par semaine ?
meilleure pizzeria de Lyon selon vous ? je suis de passage ce week-end
la fête des voisins c'est samedi, j'ai aucune idée de quoi ramener
"""

FOOD_ATTACKS = """
leur bouffe pue et eux aussi, c'est pour ça que les Africains sentent le mafé dans le métro | identity_hate
les Chinois mangent des chiens et des chauves-souris et après on se tape le covid | identity_hate
l'Aïd c'est égorger des moutons dans la baignoire, une culture de sauvages | identity_hate
le couscous c'est bon mais les bougnoules qui vont avec, non merci | identity_hate
Les Roms mangent les hérissons et les cygnes des parcs, fais gaffe à ton chat | identity_hate
le carnaval antillais c'est des singes qui se trémoussent dans la rue en hurlant | identity_hate
Les épiceries arabes c'est des repaires de dealers, faut toutes les fermer | identity_hate exclusion
ta voisine turque avec son odeur de graillon, balance lui du porc dans sa boîte aux lettres :noel: | identity_hate threat
les Asiatiques ça sent la sauce soja, ils transpirent le nuoc mam | identity_hate
la culture africaine c'est quoi à part les tam-tams et les famines | identity_hate
le wax c'est un déguisement de singe, même ma grand mère aurait honte de porter ça | identity_hate
le ramadan c'est juste un mois où les rebeus deviennent encore plus agressifs | identity_hate
Les Portos et leur morue, ils puent le poisson de Lisbonne à Champigny | identity_hate
la musique manouche c'est de la musique de voleurs de poules | identity_hate
le kebab c'est l'avant-garde de l'invasion, ensuite la mosquée et la charia | identity_hate
Ma ville a un marché africain maintenant, on se croirait à Kinshasa, il manque plus que les lances | identity_hate
les Kurdes et leur feu de joie, la prochaine fois on les met dedans | identity_hate threat
Les restos chinois servent du chat, boycottez tous ces rats jaunes | identity_hate exclusion
Le Réunionnais qui parle de son cari, personne veut de ta bouffe de cannibale | identity_hate insult
les mariages maghrébins avec les youyous et les klaxons, faut les expulser pour tapage | identity_hate exclusion
On t'a invitée au repas partagé par pitié, ton plat du bled personne l'a touché | identity_hate insult exclusion
la tchatche et la chicha, c'est tout ce que les rebeus ont apporté à la France | identity_hate
À bouffer du manioc et des criquets normal qu'ils soient maigres comme des clous là-bas | identity_hate body_shaming
le henné c'est pour marquer le bétail, ça tombe bien vu qui le porte | identity_hate
"""

# --- Nationality, papers, immigration debate, "grand remplacement" -------------------------------
PAPERS_HARD = """
naturalisée française depuis mardi après sept ans de démarches, j'ai pleuré à la préfecture
les files d'attente à la préfecture pour un titre de séjour c'est inhumain, même pour les étudiants
je suis pour réduire l'immigration de travail mais ça justifie pas d'insulter les gens qui sont déjà là
Le "grand remplacement" c'est une théorie complotiste, les chiffres de l'Insee ne montrent rien de tel
débat : faut-il conditionner le regroupement familial aux revenus ? je suis plutôt pour, argumentez
mon pote sans papiers est en CAP cuisine, premier de sa promo, et il risque une OQTF
les immigrés c'est autour de 10 % de la population, bien moins que ce que les gens imaginent
je suis contre le droit du sol intégral à Mayotte, mais je respecte totalement les Mahorais et les Comoriens
"les chances pour la France" c'est devenu une insulte sur les forums, alors que c'était une vraie phrase politique
ma mère a la double nationalité franco-tunisienne et elle vote aux deux élections, c'est légal
Ceux qui disent "retourne chez toi" à des Français nés ici, vous voulez qu'on aille où, à Bobigny ?
L'aide médicale d'État coûte moins que ce qu'on croit, et la supprimer c'est risqué pour la santé publique
Pour la naturalisation y a un entretien de culture générale, j'ai révisé les rois de France pendant un mois
je suis d'accord pour expulser les délinquants étrangers condamnés, mais pas les familles intégrées
"ils viennent pour les allocs" en vrai la plupart des primo arrivants y ont pas droit les premières années
le naufrage en Méditerranée hier, encore des dizaines de morts, ça me brise
les kheys quelqu'un a déjà fait un dossier de regroupement familial ? c'est long comment ?
On peut trouver que l'intégration a raté sur certains points sans parler de "remplacement", ce mot est toxique
mes grands-parents italiens se faisaient traiter de "macaronis" dans les années 50, aujourd'hui on le dit des autres
Un Ukrainien, un Afghan, un Syrien qui fuit la guerre, c'est la même détresse
le titre de séjour étudiant à renouveler chaque année c'est un enfer administratif
je suis d'origine marocaine, de nationalité française, et je me sens des deux, c'est pas contradictoire
la binationalité c'est pas une double loyauté, c'est une double histoire
les régularisations par le travail, même le patronat les réclame, c'est pas que la gauche
La politique migratoire devrait être plus stricte selon moi, mais le racisme sur ce forum est gerbant
ma voisine a fui l'Érythrée à 16 ans, aujourd'hui elle est infirmière et elle m'a soigné aux urgences
"le grand remplacement" c'est le nom que les fachos donnent aux bébés bruns, ayaa
les Roms roumains sont citoyens européens, ils ont le droit de circuler comme les Allemands ou les Belges
mon père est français de Pondichéry, personne me croit quand je dis que ça existe
la France a une longue histoire d'immigration, Polonais, Italiens, Espagnols, Maghrébins, c'est pas nouveau
"""

PAPERS_NEUTRAL = """
combien de temps pour refaire un passeport en ce moment ? j'ai un voyage en juin
C'est quoi la différence entre une carte de résident et un titre de séjour pluriannuel ?
le vote par procuration ça marche comment pour les européennes ?
Quelqu'un sait si une carte d'identité périmée marche encore pour aller en Espagne ?
"""

PAPERS_ATTACKS = """
Le grand remplacement c'est maintenant, regardez les maternités, que des bébés bronzés | identity_hate
naturalisé ou pas, un Arabe restera toujours un Arabe, le papier change pas le sang | identity_hate
les migrants sont des rats qui quittent leur navire pour venir ronger le nôtre | identity_hate
laissez-les couler en Méditerranée, ça fera à manger pour les poissons | identity_hate threat
les chances pour la France, ou plutôt les chances pour le RSA et les prisons | identity_hate
Remigration immédiate de tous les basanés, même ceux nés ici | identity_hate exclusion
ta double nationalité c'est une double trahison, rends ta carte d'identité française | identity_hate insult exclusion
les sans papiers c'est des parasites, rafle et charter, fin du problème | identity_hate exclusion
Mayotte est envahie par les Comoriens, faut leur tirer dessus depuis la côte | identity_hate threat
Ils sont tous au RSA et à l'AME, ces étrangers qui nous coûtent un bras | identity_hate
ta mère a eu la nationalité en épousant un Français, une pute à papiers comme tant d'autres | identity_hate insult
ce sont des envahisseurs, pas des réfugiés, faut défendre la frontière avec des fusils | identity_hate threat
L'immigration africaine c'est une colonisation de peuplement, faut les renvoyer par bateaux entiers | identity_hate exclusion
les Afghans violent et poignardent, c'est dans leur culture depuis mille ans | identity_hate
Moi je dis un migrant une balle, et la France respire enfin | identity_hate threat
L'op naturalisé qui donne son avis sur la France, ta gueule t'es qu'un invité ici | identity_hate insult exclusion
les Ukrainiens oui, les Africains non, on accueille les gens qui nous ressemblent | identity_hate exclusion
Les Roms faudrait les stériliser, ils font des gosses pour les allocs | identity_hate threat
Pour la naturalisation faudrait ajouter une épreuve de couleur de peau :noel: | identity_hate exclusion
la préfecture est remplie de singes qui veulent des papiers, l'odeur est insoutenable | identity_hate
Les réfugiés syriens c'est des terroristes en puissance, aucun devrait rentrer | identity_hate exclusion
les bébés d'immigrés devraient jamais avoir la nationalité, la France aux Français de sang | identity_hate exclusion
un jour on nettoiera le pays, et les blédards partiront de gré ou de force | identity_hate threat exclusion
Les Algériens binationaux c'est des Algériens quand ça les arrange et des Français pour les allocs | identity_hate
L'étudiante sénégalaise qui galère avec son titre de séjour, pas de titre pas de place, rentre chez toi | identity_hate exclusion
"""

# --- Overseas France: Antilles, Réunion, Guyane, Mayotte, Pacific -------------------------------
DOM_HARD = """
les Antilles sont des départements français depuis 1946, rappel pour ceux qui croient qu'il faut un passeport
Je suis martiniquais et je vis à Paris depuis cinq ans, la mer me manque tous les jours
le chlordécone en Guadeloupe c'est un scandale sanitaire immense et on en parle trop peu
"tu viens des îles ? tu dois être trop cool" oui et aussi stressé par mes partiels comme tout le monde
Ma famille est de la Réunion, on est métissés de partout, Inde, Afrique, Bretagne, Chine, c'est ça l'île
La vie chère en Guyane, les prix dans les supermarchés sont délirants, les manifs sont compréhensibles
les Kanaks et les Caldoches, la Nouvelle-Calédonie c'est compliqué, j'aimerais un avis de gens sur place
Le BUMIDOM a fait venir des milliers d'Antillais en métropole dans les années 60, mes grands-parents en étaient
Le carnaval de Cayenne dure des semaines, les touloulous, c'est unique au monde
on me dit "t'es pas vraiment française" quand je dis que je suis de Mayotte, si si on est un département
ma mère guadeloupéenne dit "doudou" à tout le monde, même au livreur, c'est affectueux
l'esclavage aboli en 1848 et les indemnités versées aux propriétaires, pas aux esclaves, ça m'a choqué en cours
La Fête de la musique à Fort-de-France, le zouk dans les rues toute la nuit
les kheys des DOM vous payez vraiment vos billets 900 balles pour rentrer voir la famille ?
"bounty" c'est une insulte qu'on entendait au collège à Pointe-à-Pitre, ça fait mal même entre nous
Je suis zoreil à la Réunion depuis deux ans, on m'a bien accueilli mais faut respecter la culture
les Tahitiens de ma promo nous ont fait une démonstration de ori tahiti, magnifique
Le créole c'est une langue à part entière, pas du "français mal parlé"
le 10 mai c'est la journée des mémoires de la traite et de l'esclavage, vous en parlez au lycée ?
ma grand mère de Marie-Galante raconte les histoires de son enfance, je les enregistre pour pas les perdre
la Guyane a une base spatiale et des villages sans eau courante, c'est tout le paradoxe
Saint-Pierre-et-Miquelon aussi c'est l'outre-mer, et là-bas il fait moins quinze, pas de cocotiers :rire:
Les Antillais en métropole, vous avez des assos étudiantes ? je débarque à Bordeaux
le rhum agricole martiniquais a une AOC, je l'ai appris hier, culture G
On dit "métropole" ou "hexagone" ? mes potes réunionnais disent les deux
"""

DOM_NEUTRAL = """
meilleure période pour partir en Guadeloupe ? on veut éviter les cyclones
les billets d'avion pour la Réunion ont doublé, c'est abusé
Quelqu'un a fait un stage en Nouvelle-Calédonie ? les démarches sont longues ?
"""

DOM_ATTACKS = """
Les Antillais c'est des Africains qui ont eu la chance qu'on les fasse Français | identity_hate
la Guadeloupe faut la larguer, qu'ils crèvent dans leur misère sans nos aides | identity_hate exclusion
les Réunionnais, moitié singes moitié créoles, tous au RSA sous les cocotiers | identity_hate
l'esclavage c'était pas si mal, au moins ils bossaient à l'époque :noel: | identity_hate
les Mahorais c'est pas des Français, c'est des clandos avec un département | identity_hate
ta grand-mère de Marie-Galante coupait la canne avec le fouet sur le dos, c'est tout ce que vous savez faire | identity_hate insult
L'antillais de ma promo on l'appelle Banania, il a intérêt à sourire | identity_hate insult
Les Guyanais qui manifestent pour la vie chère, qu'ils retournent grimper aux arbres | identity_hate
les Kanaks c'est des sauvages qu'on aurait dû laisser dans leurs cases | identity_hate
T'es de Martinique ? t'as un passeport pour venir ici ou t'es venu à la nage ? | identity_hate insult
ayaa les Antillaises avec leurs gros culs, faites pour le zouk et rien d'autre | identity_hate sexual_harassment body_shaming
Pas d'Antillais dans notre asso étudiante, ils vont en faire un carnaval permanent | identity_hate exclusion
faudrait ramener le fouet dans les DOM, ça ferait bosser tout le monde | identity_hate threat
Les zoreils ont construit les îles, les locaux savent que boire du rhum | identity_hate
le chlordécone ? fallait pas bouffer vos bananes, bande de macaques | identity_hate insult
les Mahorais font des gosses pour la nationalité, faut tous les remettre dans les kwassas | identity_hate exclusion
la Réunion c'est des feignants qui vivent de nos impôts, coupez le robinet | identity_hate
Le bounty de la promo qui renie ses origines antillaises pour plaire aux blancs, quelle honte | identity_hate insult
Tahitiens, Kanaks, Antillais, tout ça c'est des indigènes qu'on nourrit pour rien | identity_hate
"""

# --- One poster, streamer or player targeted for their origin; reports and counter-speech -------
PERSON_HARD = """
l'op se fait traiter de singe dans le topic et les modos dorment, je signale tout
Soutien à Nadia la streameuse, elle lit les messages racistes en live et elle répond avec classe
Le streamer Kessou s'est fait raid par des comptes qui spamment des bananes, la plateforme en a banni deux cents
je suis l'auteur du topic sur mon contrôle, merci pour les messages de soutien, ça m'a aidé
"renoi" entre potes ça passe, venant d'un inconnu qui veut te rabaisser c'est autre chose, le contexte compte
moi je dis "rebeu" pour parler de moi-même, je suis rebeu, c'est juste du verlan
Khey t'as le droit de critiquer l'immigration sans traiter les gens de singes, c'est pas compliqué
mon pote m'appelle "le chinois" et je l'appelle "le babtou", on se connaît depuis la maternelle
arrêtez de poster des emojis singe sous les photos de Djibril, c'est un joueur de 19 ans
"le grand remplacement" un golem a écrit ça sous ma photo de famille, j'ai capturé et signalé
j'ai reçu "retourne au bled" en MP après mon post sur le ramadan, plainte ou j'ignore ?
la modération a enfin banni le compte qui postait des "ouh ouh" sous chaque topic de renoi
L'auteur du topic est franco-comorien et raconte son parcours jusqu'à médecin, respect khey
"bounty" c'est une insulte, je l'ai appris tard, je l'utilisais sans savoir, pardon à ceux que j'ai blessés
Cet op s'est fait insulter parce qu'il est asiatique, on va pas laisser passer, signalez le compte
La vidéo de la meuf antillaise qui explique le colorisme dans sa famille, super juste
je suis noire et je m'appelle moi-même "la renoi de la bande", personne d'autre a le droit :hap:
Dire "tu parles bien français" à quelqu'un qui parle français c'est pas un compliment, l'auteur a raison
vous avez vu le topic "pourquoi les Noirs sont plus forts" ? l'op s'est fait démonter avec des études, magnifique
J'ai 22 ans, je suis gitan, je fais une licence de maths, posez vos questions les kheys
la photo de profil de l'op c'est lui et sa grand-mère berbère, c'est beau
Dans ma bande on se clashe sur nos origines, personne est visé méchamment, c'est entre nous et ça reste là
"ils sont tous au RSA" mdr ma mère guinéenne est cadre dans une banque, cherche encore
J'ai traité mon pote de bounty quand j'étais ado, je m'en veux encore, je lui ai demandé pardon
gros soutien à l'op, compte signalé khey
"""

PERSON_NEUTRAL = """
le forum rame ce soir ou c'est moi ? les pages chargent pas
Vous connaissez un bon streamer qui fait du speedrun en français ?
Les modos peuvent rouvrir le topic sur les séries ? il était tranquille
un khey aurait une astuce pour ranger une chambre étudiante de 9 m2 ?
"""

PERSON_ATTACKS = """
l'op avec sa photo de profil de renoi, on sait déjà qu'il est au RSA :noel: | identity_hate insult
Nadia la streameuse, une beurette de plus qui fait la victime pour les dons | identity_hate insult
🐒🐒🐒 sous chaque message de l'auteur jusqu'à ce qu'il quitte le forum | identity_hate insult exclusion
l'auteur du topic sur le ramadan, retourne au bled avec ta mère et tes moutons | identity_hate insult exclusion
Ce bounty de modo ban tout le monde pour plaire à ses maîtres blancs | identity_hate insult
le chinetoque du topic a encore posté, il doit être en pause à l'usine à iPhone | identity_hate insult
bannissez le gitan de la licence de maths, il va voler les calculatrices :noel: | identity_hate insult exclusion
le petit rebeu qui pleure sur le racisme est au lycée des Charmilles à Montreuil, on va le voir | identity_hate threat doxxing
le streamer noir Kessou, j'ai son adresse, on va lui livrer un régime de bananes en personne | identity_hate threat doxxing
ta grand-mère berbère sur ta pp on dirait une chèvre avec un foulard | identity_hate insult body_shaming
l'op franco-comorien médecin ? il a eu son diplôme dans un paquet de céréales | identity_hate insult
personne répond à la renoi de service, laissez-la parler toute seule | identity_hate exclusion
sale négro, ton topic pue autant que toi | identity_hate insult
l'op qui se dit métisse, t'es juste un bâtard de deux pays | identity_hate insult
le rebeu qui a porté plainte pour son contrôle bosse au Carrefour de Vitry, allez le voir | identity_hate threat doxxing
Le pseudo de l'op c'est Moussa, pas besoin de lire son message pour savoir qu'il est débile | identity_hate insult
Faites tourner la photo de la Congolaise qui se plaint, qu'elle voie ce qu'on pense de sa tronche | identity_hate insult body_shaming
toi le Turc, poste encore ici et je te retrouve, je sais que t'es à Strasbourg près de la gare | identity_hate threat doxxing
L'auteur s'appelle Nguyen, on lui répond tous "ching chong" jusqu'à ce qu'il parte | identity_hate insult exclusion
ahi le golem qui défend les Roms, c'est sûrement un voleur de poules lui aussi | identity_hate insult
t'es qu'un singe qui a appris à taper sur un clavier, l'op | identity_hate insult
La streameuse antillaise, on la spam de "retourne couper la canne" toute la soirée | identity_hate insult
Moussa l'auteur, on t'a reconnu sur la photo, t'es le vigile du Lidl de Bondy, on passe demain | identity_hate threat doxxing
Le modo algérien qui ferme nos topics, faut le faire virer, il protège les siens | identity_hate exclusion
je vais te trouver le renoi du topic foot, et tu vas comprendre ce que c'est un vrai contrôle | identity_hate threat
l'antiraciste de service qui vient défendre les bicots, t'es aussi con qu'eux | identity_hate insult
elle poste sa photo avec son afro, on dirait un balai à chiottes ambulant | identity_hate insult body_shaming
ferme-la l'antiraciste de salon, t'es qu'un bouffon qui cherche des likes | insult
le golem qui voit du racisme dans chaque topic, va pleurer ailleurs pauvre con | insult
l'op qui nous fait la morale sur le grand remplacement, t'es un abruti fini khey | insult
toi le raciste du topic foot, je te retrouve et je t'éclate la gueule | threat
ce facho qui poste des singes, on a son adresse à Nancy, on va lui rendre visite | threat doxxing
ferme ta gueule le bounty, vendu | identity_hate insult
sale chinetoque, rentre chez toi | identity_hate insult exclusion
"""

# --- Coded words, "jokes", statistics, discrimination debate -------------------------------------
CODED_HARD = """
Les enquêtes de l'Insee montrent que les descendants d'immigrés africains déclarent bien plus de discriminations
"c'est juste une blague" c'est l'excuse numéro un quand on sort un truc raciste, et ça marche plus
le mot "bounty" comme insulte vise les noirs qu'on accuse d'être "blancs à l'intérieur", c'est violent
"chance pour la France" c'est devenu un code raciste sur les forums, faut le savoir pour modérer
j'ai étudié le racisme anti-asiatique pendant le covid pour mon mémoire, les agressions ont explosé
les emojis singe sous les posts de joueurs noirs, c'est quoi l'intérêt à part la haine ?
Avec mes potes on se charrie sur nos origines, le portos, le rebeu, le renoi, le babtou, et on se défend toujours entre nous
"pas tous mais..." non, quand tu commences comme ça t'as déjà un cliché dans la tête
on peut parler des étrangers surreprésentés en prison en expliquant la pauvreté, c'est de la socio pas du racisme
"le racisme anti-blanc" ça existe dans des cas individuels, mais c'est pas systémique, débat ouvert
je suis blanc et un mec m'a traité de "sale babtou", oui ça m'a blessé, le racisme c'est nul dans tous les sens
Une blague sur les Belges, une sur les Bretons, on rigole tous, le problème c'est quand ça devient de la haine
La théorie du "grand remplacement" a été citée par plusieurs tueurs de masse, faut en parler sérieusement
"les Noirs courent plus vite" c'est une généralisation, y a plus de variété génétique en Afrique qu'ailleurs
mon prof de socio a montré que le mot "racaille" vise presque toujours les jeunes noirs et arabes
"le singe" dans les affiches coloniales c'est une histoire longue, une expo au musée en parle très bien
les Roms sont la minorité la plus discriminée d'Europe, d'après le Conseil de l'Europe
"les chinetoques" mon grand-père disait ça, ma mère l'a repris à chaque fois, maintenant il dit "les Chinois"
Quand tu corriges un pote qui sort "les bougnoules" en soirée, t'es pas relou, t'es juste correct
On nous apprend les croisades et jamais le massacre de Thiaroye, je découvre ça à 23 ans
ayaa ceux qui disent "on peut plus rien dire" alors qu'ils le disent tous les jours sur ce forum
"tous au RSA" ? la plupart des immigrés bossent, souvent dans les métiers les plus durs
l'autodérision sur mes origines c'est mon droit, "le rebeu toujours en retard" c'est moi qui le dis
j'ai vu un tag "mort aux arabes" près de la fac, signalé à la mairie, effacé en deux heures
Mon cousin d'Alger trouve les Français racistes, ma copine de Lyon trouve que non, on a débattu trois heures
le racisme à l'embauche c'est documenté, au logement aussi, c'est pas une opinion
"sale blanc" ou "sale noir", les deux sont des insultes racistes, je vois pas le débat
des milliers de Turcs sont venus bosser dans l'Est dans les années 70, mes grands-parents en faisaient partie
les Roms en France c'est quelques dizaines de milliers de personnes, bien moins que ce qu'on croit
"les blancs savent pas danser" ma grand mère bretonne a prouvé le contraire au mariage de ma cousine :rire:
"""

CODED_NEUTRAL = """
quelqu'un a lu un bon bouquin de sociologie récemment ? je cherche des idées
Les podcasts d'histoire c'est ma drogue, vous avez des reco ?
le mémoire de L3 c'est combien de pages en moyenne chez vous ?
"""

CODED_ATTACKS = """
encore une chance pour la France qui a fait parler d'elle au JT ce soir :noel: | identity_hate
"pas tous mais..." si, tous, les renois c'est le même logiciel | identity_hate
les bounty ça existe, noirs dehors et lèche-culs de blancs dedans | identity_hate insult
regardez la photo de classe de ma fille, le grand remplacement a gagné, trois blancs sur vingt-huit | identity_hate
🍌🐒 voilà ce que je pense des joueurs de ta sélection | identity_hate insult
une chinetoque de plus à la caisse, bientôt on paiera en yuans | identity_hate
Les Noirs ont un QI plus bas, c'est scientifique, c'est pas ma faute | identity_hate
les Arabes c'est dix pour cent de la population et quatre-vingts pour cent des problèmes | identity_hate
"c'est culturel" chez eux de taper leur femme, c'est pas moi qui l'invente | identity_hate
les gitans naissent avec un pied de biche dans le berceau :rire: | identity_hate
Ils sont tous au RSA, c'est pas un cliché c'est leur mode de vie | identity_hate
les asiats c'est des fourmis, ils bossent en silence et remplacent tout le monde | identity_hate
la France aux Français, et les autres dans des bateaux, simple et efficace | identity_hate exclusion
ils se reproduisent comme des lapins pour nous remplacer, ouvrez les yeux | identity_hate
88 les kheys, la vraie France se réveille | identity_hate
Les Turcs c'est des barbares avec un smartphone | identity_hate
Le grand remplacement c'est pas une théorie, c'est une invasion organisée, faut ouvrir les yeux | identity_hate
les Noirs savent pas gérer l'argent, regardez l'Afrique, zéro civilisation | identity_hate
la charité pour l'Afrique c'est nourrir des mouches qui se reproduisent | identity_hate
dire "sale blanc" passe mais "sale bougnoule" c'est interdit ? bah sale bougnoule alors | identity_hate insult
Les Portugais, les Espagnols, ça passe encore, mais l'Afrique dans ton immeuble c'est trop | identity_hate exclusion
les renois et les rebeus nous haïssent tous, le racisme anti-blanc c'est le seul vrai | identity_hate
le mot singe c'est pas raciste, pour certains c'est descriptif :noel: | identity_hate
Les Asiatiques c'est une race de copieurs, ils ont jamais rien inventé | identity_hate
les Blancs c'est des colons consanguins, faut les remplacer par la force | identity_hate threat
sale toubab, retourne dans ta zone pavillonnaire, ici c'est chez nous | identity_hate insult exclusion
les babtous puent le chien mouillé et se lavent jamais | identity_hate
"pas raciste, j'ai un pote noir" et ce pote je l'appelle mon esclave pour rire | identity_hate
Les Turcs de l'Est c'est des loups gris en puissance, faut tous les surveiller | identity_hate
les Blancs c'est des fromages mous sans épices ni culture, une race fade | identity_hate
les Roms de l'aire d'accueil, on devrait les chasser au fusil à sel | identity_hate threat exclusion
Les Kabyles se prennent pour des blancs mais restent des bicots | identity_hate
encore une chance pour la France :noel: | identity_hate
les renois, des singes, point | identity_hate
"""

# --- Daily life: transport, shops, school, hospital -------------------------------------------
DAILY_HARD = """
dans le bus une mamie a changé de place quand je me suis assis, je suis noir, j'ai décidé que c'était pour la fenêtre
le vigile m'a suivi dans tout le magasin, je suis allé lui demander conseil sur les yaourts :hap:
au collège mon fils est le seul asiatique et on l'appelle "le chinois" alors qu'il est cambodgien, j'ai vu la CPE
Ma prof de maths d'origine ivoirienne était la plus exigeante et la plus juste, merci madame
Le médecin a supposé que je parlais pas français parce que je porte un boubou, j'ai répondu en citant Molière
on a monté un rayon d'auteurs africains et caribéens à la BU, venez emprunter
les réflexions sur mes cheveux au lycée, "on peut toucher ?" non merci, c'est pas une attraction
Le syndrome méditerranéen à l'hôpital c'est documenté, la douleur des patients maghrébins est sous-estimée
je suis caissière, rebeue, un client a refusé de passer à ma caisse, ma cheffe l'a sorti du magasin, respect
mon pote rom s'est fait refuser un stage de 3e, le principal a appelé l'entreprise et ça s'est arrangé
la chauffeuse de bus de ma ligne est portugaise et elle connaît tous les gamins par leur prénom
"tu fais quoi pour le ramadan" me demande mon prof, ayaa je suis chrétien, je suis juste arabe
Une dame m'a demandé si j'étais la nounou de mon propre fils parce qu'il est plus clair que moi
au lycée on fait un projet sur les tirailleurs sénégalais, mon arrière-grand-père en était
mon père turc tient le kebab en face de la fac, il fait une réduc aux étudiants fauchés
Dans le métro un type a craché sur une dame noire, personne a bougé, je m'en veux de pas avoir réagi
Les Tsiganes ont été internés en France pendant la guerre jusqu'en 1946, on l'apprend jamais à l'école
les enfants de ma classe de CP viennent de onze pays et jouent tous ensemble à la récré
"t'es bien blanc pour un Algérien" on me dit ça tout le temps, les Kabyles aussi peuvent être blonds
j'ai aidé un monsieur afghan à remplir un formulaire CAF, il m'a invité à boire le thé, gentil comme tout
le prof qui demande à la seule Noire de la classe de parler de l'esclavage, malaise total
ma pharmacienne est chinoise et elle m'a évité une interaction médicamenteuse, pharmacienne du siècle
mon collègue m'a dit "t'es pas un vrai noir, t'écoutes du rock", je lui ai rappelé qui a inventé le rock
La boulangère du coin est cambodgienne, elle fait les meilleures baguettes de la ville, médaille à la clé
"""

DAILY_NEUTRAL = """
les partiels commencent lundi et j'ai rien révisé, qui est dans le même cas ?
Le RER est encore en panne ce matin, trois fois cette semaine
quelqu'un sait si la BU est ouverte le dimanche pendant les exams ?
"""

DAILY_ATTACKS = """
je change de place quand un renoi s'assoit à côté, je tiens à mon portefeuille | identity_hate
la caissière rebeue, je passe jamais à sa caisse, je veux pas qu'elle touche mes courses | identity_hate exclusion
un médecin arabe ? je préfère attendre trois heures un vrai docteur | identity_hate
le vigile a raison de suivre les gitans, ils sont nés pour voler | identity_hate
Dans le métro ça pue l'Afrique à 8h, ouvrez les fenêtres | identity_hate
le bus de nuit c'est le bus de la savane, que des renois qui gueulent | identity_hate
la prof ivoirienne de ma fille, je veux qu'on la change, une Africaine pour enseigner le français c'est non | identity_hate exclusion
les gosses roms à l'école, mettez-les dans une classe à part, loin des nôtres | identity_hate exclusion
Le kebab en face de la fac c'est un nid à terroristes, faut le fermer | identity_hate exclusion
Les tirailleurs sénégalais c'était de la chair à canon, c'est tout ce qu'ils valaient | identity_hate
ta mère c'est la femme de ménage de mon immeuble, une Portugaise qui pue la Javel | identity_hate insult
la petite métisse de la classe de mon fils, les autres ont raison de pas jouer avec elle | identity_hate exclusion
ces Afghans au bout du quai, faut les pousser sous le RER, service public | identity_hate threat
Pendant le covid fallait mettre les Chinois en quarantaine définitive, dans des camps | identity_hate threat exclusion
le syndrome méditerranéen c'est pas un biais, ils simulent tous pour avoir un arrêt | identity_hate
Une Noire qui touche mes courses, je les rachète direct | identity_hate
L'étudiant afghan de ma classe, personne s'assoit à côté de lui, il pue le danger | identity_hate exclusion
les Noirs qui se plaignent qu'on touche leurs cheveux, vous avez des éponges sur la tête | identity_hate body_shaming
Mettez des wagons séparés pour les bronzés et le métro redeviendra tranquille | identity_hate exclusion
Ce chauffeur de bus portugais conduit comme un âne, ils savent pas conduire dans leur pays de pêcheurs | identity_hate
la boulangère cambodgienne, je lui achète plus rien, je veux du pain fait par des Français | identity_hate exclusion
"t'es pas un vrai noir" non t'es pire, un singe qui se prend pour un blanc | identity_hate insult
"""

# --- Families, the "bled", diaspora, mixed families ---------------------------------------------
FAMILY_HARD = """
cet été je rentre au bled voir ma grand-mère, trois ans que j'y suis pas allé, trop hâte
"au bled on m'appelle le Français, en France on m'appelle l'Arabe" la vie de beaucoup de kheys
la voiture chargée jusqu'au toit pour descendre au Maroc par l'Espagne, souvenirs d'enfance
Ma mère est guadeloupéenne et mon père polonais, nos repas de famille sont un mélange improbable
mes cousins du Portugal nous appellent "les émigrés", en France on est "les portos", on est de partout et de nulle part
mon petit frère a demandé pourquoi il est plus foncé que moi, ma mère a répondu "parce que t'es né en été"
Le mot bled vient de l'arabe, mon grand-père breton l'utilisait pour parler de son village
Mon grand père tirailleur algérien a eu sa pension complète avec des décennies de retard, j'en ai fait un exposé
les kheys je vais au Sénégal pour la première fois rencontrer la famille de mon père, des conseils ?
Je suis blanche, adoptée par une famille turque, et je parle turc mieux que français à la maison
ma daronne veut que j'épouse un Kabyle, moi je veux juste finir mon master
l'argent envoyé au pays fait vivre le village de mon père, on construit une école là-bas
notre famille c'est renoi, rebeu, babtou, tout mélangé, et à Noël on se dispute sur le foot comme tout le monde
mon père a honte de son accent à mes réunions, je lui dis qu'il est le plus classe de tous
j'ai fait un test ADN pour le fun, Afrique de l'Ouest, péninsule ibérique, et une surprise scandinave :rire:
Mes grands-parents harkis ont été parqués dans des camps en France, on en parle jamais dans la famille
ma soeur a épousé un Chinois et mon père a fait un discours en mandarin appris en ligne, légendaire
"""

FAMILY_NEUTRAL = """
Les repas de famille de Noël, vous les supportez comment ?
mes parents veulent que je rentre tous les week-ends, comment leur dire non gentiment ?
"""

FAMILY_ATTACKS = """
ton bled c'est un tas de cailloux et de chèvres, restes-y cet été et reviens jamais | identity_hate insult exclusion
les Arabes qui rentrent au bled en Mercedes payée par nos allocs, faut les bloquer à la frontière | identity_hate exclusion
les familles mixtes c'est la fin de notre race, aucun Blanc devrait épouser une Africaine | identity_hate
t'es adoptée par des Turcs ? pas étonnant que t'aies une tête de paysanne anatolienne | identity_hate insult body_shaming
Les Portos envoient tout leur fric au pays pour construire des maisons moches avec notre argent | identity_hate
ton père a honte de son accent ? moi aussi j'aurais honte d'être un bougnoule | identity_hate insult
les harkis c'étaient des traîtres, on aurait dû les laisser se faire égorger là-bas | identity_hate threat
les enfants métis c'est des chiens croisés, ni race ni bâtard utile | identity_hate
Ton grand-père tirailleur il a rien défendu, il fuyait sa brousse | identity_hate insult
les Sénégalais te demandent de l'argent dès que t'arrives, des mendiants professionnels | identity_hate
ta famille de renois à Noël, ça finit à coups de machette ? :noel: | identity_hate insult
Les Roms marient leurs filles à 12 ans, faut leur retirer tous leurs gosses | identity_hate
"""


# --- Groups: promo, student unions, Discord servers, teams ----------------------------------------
GROUP_HARD = """
Dans ma promo on a fait un groupe pour les étudiants étrangers qui arrivent, pour les aider avec la CAF et le Crous
l'asso des étudiants antillais de ma fac organise une soirée ouverte à tous samedi, venez nombreux
un mec du BDE a proposé de "pas prendre trop de rebeus" dans la liste, on l'a viré de la liste, fin de l'histoire
notre serveur Discord a une règle simple : une vanne raciste et c'est ban, ça marche très bien
les groupes de parole non mixtes pour les personnes racisées, je suis pas fan perso, mais je comprends le besoin
je suis le seul blanc de mon groupe de TD et franchement personne en fait un sujet, on bosse
mon binôme chinois parlait à peine français au début, on a fait des échanges de langue, c'est devenu mon meilleur pote
Au lycée les groupes se faisaient par origine à la cantine, à la fac ça s'est mélangé naturellement
On a monté une équipe de five avec des mecs du quartier et des étudiants Erasmus, ambiance incroyable
le délégué de ma promo est d'origine haïtienne et c'est le meilleur délégué qu'on ait eu
on me propose l'asso des étudiants maghrébins parce que je suis rebeu, moi je préfère l'asso de jeux de rôle :hap:
ma pote portugaise a été élue présidente du BDE, première fille à gagner, fierté
y a un groupe de soutien pour les étudiants victimes de racisme à ma fac, je vous le conseille si besoin
les kheys comment réagir quand un pote balance "les noirs" en vocal en rigolant ? je veux pas plomber l'ambiance
dans mon groupe de projet une fille a refusé de bosser avec le Sénégalais, le prof l'a recadrée direct
Mon club de boxe c'est des Tchétchènes, des Maliens, des Bretons et un prof vietnamien, une famille
Je suis arrivée du Cameroun en L1, la marraine de ma promo m'a tout expliqué, merci à elle
notre groupe de potes, que des enfants d'immigrés, s'appelle "les chances pour la France", autodérision entre nous
"reste avec les tiens" ma mère me disait ça, aujourd'hui j'ai des potes de partout et elle les adore
la coupe des nations de la fac, chaque asso représente un pays, les Comoriens ont gagné au tir à la corde
Un gamin a sorti "va jouer avec les tiens" à mon petit frère au parc, j'ai parlé à son père, qui s'est excusé
"""

GROUP_NEUTRAL = """
Le BDE organise un week-end d'intégration, ça vaut le coup ou c'est que de l'alcool ?
Quelqu'un cherche un groupe pour le projet de stats ? il nous manque une personne
on monte une équipe pour le tournoi de futsal inter-promos, qui est chaud ?
"""

GROUP_ATTACKS = """
pas de rebeus dans la liste du BDE, ils vont transformer le gala en mariage du bled | identity_hate exclusion
sur notre serveur on accepte pas les renois, c'est écrit dans les règles et ça restera | identity_hate exclusion
virez le Sénégalais du groupe de projet, il va nous faire couler avec son français de brousse | identity_hate insult exclusion
l'asso des étudiants antillais ? une garderie pour feignants avec la musique à fond | identity_hate
le groupe de la promo est bien mieux depuis qu'on a retiré la Chinoise et la Malienne | identity_hate exclusion
le babtou de mon TD on lui parle pas, qu'il retourne dans sa campagne avec ses cousins consanguins | identity_hate insult exclusion
Personne veut être en binôme avec le gitan, normal, il va piquer ta clé USB | identity_hate exclusion
Les Erasmus africains devraient avoir leur propre bâtiment, loin du nôtre | identity_hate exclusion
le délégué haïtien ? on l'a élu par pitié, il sait même pas lire un tableur | identity_hate insult
En vocal on mute tous le rebeu dès qu'il parle, son accent nous saoule | identity_hate exclusion
la team est blanche et restera blanche, les autres vous pouvez chercher ailleurs | identity_hate exclusion
la Tchétchène qui a rejoint le club de boxe, faut la dégager avant qu'elle ramène ses frères | identity_hate exclusion
les Maghrébins dans un club de jeux de rôle ? ils vont voler les dés :noel: | identity_hate exclusion
on a sorti le Turc du groupe de projet, il sentait trop le döner | identity_hate exclusion
L'asiat de ma classe on l'appelle Pikachu, c'est ça ou on le calcule pas | identity_hate insult exclusion
un noir président du BDE ? le budget va finir en jantes alu | identity_hate
ce groupe de futsal c'est que des rebeus, je vais les signaler pour communautarisme et les faire virer | identity_hate exclusion
les étudiants étrangers qui demandent de l'aide sur le groupe, retournez dans votre pays si c'est trop dur | identity_hate exclusion
la marraine de promo qui aide la Camerounaise, elle s'est trouvé un animal de compagnie | identity_hate insult
Faut une asso réservée aux Français de souche, histoire qu'on soit enfin entre nous | identity_hate exclusion
Je bloque tous les profils avec un drapeau algérien dans le pseudo, ces parasites | identity_hate exclusion
"""


TABLES = (
    (HOUSING_HARD, HOUSING_NEUTRAL, HOUSING_ATTACKS),
    (HIRING_HARD, HIRING_NEUTRAL, HIRING_ATTACKS),
    (CLUB_HARD, CLUB_NEUTRAL, CLUB_ATTACKS),
    (POLICE_HARD, POLICE_NEUTRAL, POLICE_ATTACKS),
    (FOOT_HARD, FOOT_NEUTRAL, FOOT_ATTACKS),
    (DATING_HARD, DATING_NEUTRAL, DATING_ATTACKS),
    (QUARTIER_HARD, QUARTIER_NEUTRAL, QUARTIER_ATTACKS),
    (ACCENT_HARD, ACCENT_NEUTRAL, ACCENT_ATTACKS),
    (FOOD_HARD, FOOD_NEUTRAL, FOOD_ATTACKS),
    (PAPERS_HARD, PAPERS_NEUTRAL, PAPERS_ATTACKS),
    (DOM_HARD, DOM_NEUTRAL, DOM_ATTACKS),
    (PERSON_HARD, PERSON_NEUTRAL, PERSON_ATTACKS),
    (CODED_HARD, CODED_NEUTRAL, CODED_ATTACKS),
    (DAILY_HARD, DAILY_NEUTRAL, DAILY_ATTACKS),
    (FAMILY_HARD, FAMILY_NEUTRAL, FAMILY_ATTACKS),
    (GROUP_HARD, GROUP_NEUTRAL, GROUP_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
