"""Generate fr_short_bodies.csv: short French forum posts about bodies and looks, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks mock someone else's
body or appearance (a poster, a streamer, a classmate, a colleague, a neighbour, a date, a group
such as "les grosses" or "les chauves"): weight, height, hair, skin, teeth, faces, voices,
clothes, gym bodies, photos posted on the forum, looks on dating apps, visible illness and
disability, ageing. Harmless lines use the same words (gros, grosse, moche, chauve, boutons,
petit, maigre, dents, nez): self-description and self-mockery, feedback that was asked for (kind
or blunt, without contempt), health and fitness questions, compliments, style talk, body
positivity, counter-speech and reports of mockery, neutral descriptions of people. Every line is
5 to 25 words. No extra variants.
See fr_short_bodies.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_bodies.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the body words or the
# tone the attacks use and mock nobody else; neutral lines are ordinary posts on the topic.

# --- Weight: gros, grosse, maigre, kilos, régime ------------------------------------------------
WEIGHT_HARD = """
j'ai pris 12 kilos pendant le master, le gros pack étudiant complet :rire:
les kheys je fais 110 kg pour 1m80, je commence où pour maigrir sans me dégouter ?
gros et heureux, fin du topic
gros et fier de l'etre, ma meuf m'aime comme ça et je mange ce que je veux :hap:
Je suis maigre comme un clou depuis toujours, des conseils pour prendre du poids sans manger de la merde ?
au college on m'appelait la baleine, aujourd'hui j'ai perdu 25 kilos et je dis merci à personne
"gros lard" en réponse à un mec qui demande de l'aide pour maigrir, vous etes sérieux les golems ?
ma soeur est grosse et c'est la personne la plus drole que je connaisse, rien à voir
j'ai une grosse flemme d'aller courir mais la balance m'a humilié ce matin ayaa
Honnêtement l'op t'es pas gros, t'es juste un peu enveloppé, et ta tete est sympa
les grosses aussi ont le droit de se mettre en maillot, c'est une plage pas un concours
Question sérieuse : c'est normal de pas perdre de poids en mangeant 1500 kcal par jour ?
mon médecin m'a dit obésité de classe 1, ça m'a mis un coup mais au moins c'est clair
signalé le message qui traite l'auteur de baleine, la modération fait quoi là
je suis la grosse de ma bande de potes et franchement j'en rigole plus qu'eux :noel:
perdre 10 kilos avant l'été c'est jouable ou je rêve ? je pars de 85
ma mere me dit que j'ai grossi à chaque repas de famille, je sature les kheys
j'assume mon ventre de buveur de biere, c'est le fruit de longues soirées :hap:
la grossophobie chez les médecins c'est réel, on m'a parlé de mon poids pour une entorse
Trop maigre selon ma grand mere, trop gros selon le mec de la salle, je fais comment moi
le gros du topic c'est moi et j'ai battu tout le monde au semi marathon, cheh
on dit "personne en surpoids" ou "grosse" ? ma pote préfère grosse, elle dit que c'est pas une insulte
j'ai arreté les sodas et j'ai perdu 4 kilos en un mois sans rien faire d'autre, incroyable
Ton pote dit que t'es gros pour rire ? si ça te fait mal dis le lui franchement
elle a grossi après sa grossesse et alors ? elle a fait un humain, laissez la tranquille
45 kilos pour 1m70 je suis pas fier, je mange mais ça prend pas, quelqu'un a le meme souci ?
Ahi j'ai craqué sur une pizza entière hier soir, le régime commence lundi comme toujours :rire:
les vannes sur les gros dans les films des années 2000 ont vraiment mal vieilli
mon ventre déborde un peu du jean mais je me trouve bien, c'est déjà ça
c'est pas "manque de volonté", j'ai une thyroïde qui fait n'importe quoi, merci de pas juger
l'op demande comment perdre du ventre et vous lui sortez des vannes, aidez le ou taisez vous
j'ai un gros cul et je l'aime, fin du débat :hap:
Grosse victoire ce matin : je rentre dans mon ancien jean de terminale
ptdr ma balance affiche ERR quand je monte dessus, meme elle abandonne
je suis passée de 95 à 70, mais dans ma tete je me vois toujours grosse, c'est normal ?
Mon frere se moque de mon poids à chaque repas, comment je lui dis d'arreter sans drama ?
"mange moins bouge plus" c'est un peu simpliste comme conseil, ça dépend de plein de trucs
mon médecin m'a dit de faire un régime, vous avez des recettes pas trop tristes ?
maigre mais je mange comme quatre
j'ai perdu 20 kilos en un an sans régime miracle, juste en marchant tous les jours et sans grignoter le soir
j'ai encore pris deux kilos :hap:
"""

WEIGHT_NEUTRAL = """
quelqu'un utilise une appli pour compter les calories ? je cherche un truc gratuit sans pub
c'est quoi un IMC normal pour un mec de 1m75 ? j'ai jamais compris le calcul
une diét à la mutuelle, ça vaut le coup ou c'est de l'argent jeté ?
ça fait combien de calories un kebab frites en vrai ? je demande pour un ami :hap:
"""

WEIGHT_ATTACKS = """
gros lard va, t'as plus besoin d'un régime que d'un conseil | body_shaming insult
gros lard, ferme ta gueule | body_shaming insult
la baleine du topic qui vient donner des conseils nutrition ayaa | body_shaming insult
avec ton bide t'as pas vu tes pieds depuis le college l'op :rire: | body_shaming
arrete de manger ou crève, dans les deux cas on sera soulagés | body_shaming self_harm_incitement
la grosse du premier rang elle prend deux places dans l'amphi, faudrait la faire payer double | body_shaming
t'es pas "enveloppé" t'es obèse, assume et pose la fourchette gros porc | body_shaming insult
sac d'os, on dirait un squelette de cours de SVT avec une perruque | body_shaming insult
Elle a grossi de ouf ta meuf, tu la nourris au seau ou quoi :noel: | body_shaming
les grosses qui postent en maillot vous avez pas de miroir chez vous ? | body_shaming
fais toi vomir après chaque repas, c'est comme ça qu'on maigrit vite la grosse | body_shaming self_harm_incitement
Khey t'as des seins plus gros que ta copine, arrete la biere un peu :rire: | body_shaming
j'espère que tu vas t'étouffer avec ton tacos, sale gros | body_shaming insult threat
vous avez vu la prof de sport ? un hippopotame en legging, comment elle peut enseigner ça | body_shaming insult
mdr le mec pèse 130 kilos et il parle de discipline, gros tas va | body_shaming insult
maigre comme ça t'as l'air malade, mange un steak au lieu de poster ta tronche de cadavre | body_shaming
ton poids c'est ton probleme mais pas quand tu débordes sur mon siège dans le train, baleine | body_shaming insult
pas de grosses dans notre groupe de soirée, elles cassent l'ambiance et les photos | body_shaming exclusion
la voisine qui fait sa gym en bas de l'immeuble, on dirait un tremblement de terre :rire: | body_shaming
grossophobie mon cul, t'es juste grosse et feignasse | body_shaming insult
Jsuis sur que l'op transpire en montant deux marches, regardez ses bras de bébé phoque | body_shaming
personne va te toucher avec ce ventre, commence par la salle avant Tinder | body_shaming insult
ta soeur est tellement grosse qu'elle a son propre code postal ayaa | body_shaming
Le gros de la compta mange à son bureau toute la journée, une vraie vache qui rumine | body_shaming insult
avec tes bourrelets tu pourrais cacher une manette entre deux plis :hap: | body_shaming
arrete de te plaindre de ton poids et crève sur ton canapé, gros | body_shaming insult self_harm_incitement
On devrait peser les passagers comme les valises, surtout les gros comme l'auteur | body_shaming
tu manges comme un porc, tu ressembles à un porc, logique | body_shaming insult
un mec de 50 kilos qui vient parler de bagarre, je te casse en deux avec un doigt crevette | body_shaming insult
la meuf fait du 48 et elle poste des photos en crop top, pitié pour nos yeux | body_shaming
elle est trop grosse pour etre à la soirée, dites lui que c'est complet | body_shaming exclusion
Les gros ça devrait payer plus de sécu, ils se sont fait ça tout seuls | body_shaming
fais un régime avant de poster ta photo la prochaine fois | body_shaming
sac d'os va, mange un peu | body_shaming insult
regardez la photo de l'op à la plage, une baleine échouée que meme les secours ont abandonnée, reste dans l'eau gros tas | body_shaming insult
t'es gros et moche, abandonne | body_shaming insult
"""

# --- Height: petit, grand, taille, talonnettes ---------------------------------------------------
HEIGHT_HARD = """
1m65 et je vis très bien, je vois les concerts depuis les épaules de mes potes :hap:
petit mais costaud, c'est ce que dit ma mere depuis 20 ans et j'ai fini par y croire
je fais 1m92, les plafonds des vieux apparts parisiens sont mes pires ennemis
les kheys les talonnettes ça se voit ? je fais 1m68 et j'ai un mariage samedi
"trop petit pour moi" sur son profil, ok c'est son droit, je passe au suivant
Ma copine fait 1m80 et moi 1m70, les regards dans la rue on s'en tape
le grand roux au fond de l'amphi c'est lui qui prend les notes, demandez lui
j'ai arreté de grandir à 14 ans et j'en fais un complexe, ça se soigne ?
petite taille = pas de place dans les bus bondés, je respire les aisselles des autres ayaa
arretez avec le mythe des mecs de moins d'1m75 invisibles, ma soeur a épousé un 1m66
le mec se fait traiter de nain sous chaque photo, vous etes vraiment des gamins
je suis petite et tous mes jeans doivent passer chez la retoucheuse, un budget de ouf
grand et maigre, on m'a surnommé la girafe au lycée, aujourd'hui ça me fait rire
La croissance ça s'arrete à quel age en vrai ? j'ai 19 ans et je prends encore un peu
c'est quoi ces commentaires sur la taille du streamer ? il joue bien, c'est tout ce qui compte
mon pote de 1m60 a plus de succès que moi avec mes 1m85, la taille fait pas tout
pour les petits, les chaussures à semelle épaisse changent pas mal la silhouette, testé
je suis le plus petit de ma famille, mes freres m'appellent "le mini" avec amour :noel:
en vrai j'aimerais bien faire 10 cm de plus, mais bon c'est pas la fin du monde
Aucune honte à mesurer 1m58, t'es pas une taille, t'es une personne
le nanisme c'est une maladie génétique, pas un sujet de blague, merci de vous calmer
je suis trop grande pour les mecs de mon lycée, du coup je sors avec un mec de la fac :hap:
les petites meufs qui galèrent à atteindre l'étagère du haut, je vous vois et je vous aide
une amie fait 1m50, elle s'achete des fringues au rayon ado et économise un max, génie
L'auteur demande si 1m70 c'est petit, non mon reuf, c'est la moyenne de plein de pays
honnetement l'op la taille on s'en fout, c'est ta façon de te tenir qui change tout
je mets toujours des talons pour les photos de groupe, sinon on voit que ma tete :rire:
un crush m'a dit que j'étais "petit mais mignon", je prends ou je pleure ?
je suis grand et je me tiens voûté, vous avez des exos pour le dos ?
les mecs qui disent "les petits n'ont aucune chance" vous projetez vos complexes en fait
mesurer 1m95 c'est aussi chiant, lits trop courts, avion horrible, personne nous plaint :hap:
ma fille est la plus petite de sa classe, le pédiatre dit que c'est dans la norme
petite et fière de l'etre
"""

HEIGHT_NEUTRAL = """
c'est quoi la taille moyenne des hommes en France aujourd'hui ? j'ai vu des chiffres différents
vous connaissez une marque de costards pour les grands ? tout est trop court aux manches
en pointure 47 vous achetez vos baskets où ? les magasins ont jamais ma taille
on mesure plus grand le matin que le soir, c'est vrai ce truc ?
"""

HEIGHT_ATTACKS = """
ferme la nain, on t'entend meme pas de là haut | body_shaming insult
un mec d'1m60 qui fait le malin, retourne jouer avec les enfants du square :rire: | body_shaming insult
les petits comme toi c'est pas des hommes, c'est des demi portions | body_shaming insult
t'as acheté tes talonnettes chez Decathlon enfant ? ayaa le gnome | body_shaming insult
l'op fait 1m62 et il se demande pourquoi Tinder marche pas, la réponse est dans la question | body_shaming
on prend pas les nabots dans l'équipe, ça fait tache sur la photo | body_shaming exclusion
la girafe du TD qui bloque tout le tableau, qu'elle aille s'asseoir par terre avec son cou de dinosaure | body_shaming
Petit et chauve, t'as vraiment tiré le mauvais numéro au loto génétique khey | body_shaming
mdr le streamer met un coussin sur sa chaise pour paraitre grand, le nain de jardin | body_shaming insult
1m55 et tu parles de muscu ? tu soulèves quoi, tes jouets ? | body_shaming
une meuf qui sort avec un mec plus petit qu'elle c'est de la charité | body_shaming
t'es tellement petit que tu fais du saut à l'élastique avec un trottoir :noel: | body_shaming
les mecs sous 1m70 devraient etre interdits des applis de rencontre, on perd notre temps | body_shaming exclusion
Le nabot de la compta qui croit qu'il a de l'autorité, il arrive à la machine à café sur un tabouret | body_shaming insult
grande perche sans formes, on dirait un lampadaire avec une perruque | body_shaming insult
arrete de la ramener le hobbit, t'as l'air d'avoir 12 ans sur toutes tes photos | body_shaming insult
les nains c'est fait pour les cirques, pas pour les plateaux télé | body_shaming identity_hate
Meme assis t'es plus petit que ma chaise de bureau, c'est triste à voir | body_shaming
t'as la taille d'un gamin de CM2 et la gueule d'un vieux, combo raté | body_shaming insult
la meuf est plus grande que tous les mecs de la classe, un vrai camionneur | body_shaming
un mec petit c'est un mec aigri, regardez l'op, le cas d'école | body_shaming insult
on a voté : le petit reste sur le banc, on veut pas de lui sur les photos d'équipe | body_shaming exclusion
ton frere de 1m58 il a besoin d'un rehausseur pour conduire ou comment ? :rire: | body_shaming
Les grandes meufs maigres c'est des portemanteaux, zéro intéret | body_shaming
le gnome du serveur Discord qui se croit chef, retourne dans ta boite à chaussures | body_shaming insult
tu mesures combien, 1m50 avec les cheveux ? pas étonnant que ta meuf regarde ailleurs | body_shaming
demi homme, demi cerveau, toi t'es complet dans le rien | body_shaming insult
la boulangère a du nanisme, elle monte sur un escabeau pour rendre la monnaie, un spectacle ptdr | body_shaming identity_hate
Le grand dadais qui se cogne partout, on dirait un sac de patates qui marche | body_shaming insult
nabot, retourne dans ta boite | body_shaming insult
"""

# --- Hair: chauve, calvitie, golfes, coupes, roux, barbe ----------------------------------------
HAIR_HARD = """
chauve à 23 ans, le pack complet, au moins j'économise le shampoing :rire:
chauve à 23 ans, j'assume totalement
les kheys finasteride ou minoxidil ? mes golfes avancent plus vite que mon mémoire
la calvitie c'est génétique, mon pere, mon grand pere, moi, la malédiction continue :hap:
j'ai tout rasé hier, ma copine dit que ça me va mieux que la couronne clairsemée
roux et fier, les blagues sur les rouquins au college m'ont forgé une carapace
Greffe en Turquie à 24 ans, des retours honnetes ? j'ai peur de me faire arnaquer
ma coupe ratée du samedi, le coiffeur a confondu dégradé et catastrophe, aidez moi
Honnêtement la coupe te va pas l'op, essaie plus court sur les cotés, ta tete sera plus fine
on se moque des chauves mais perso je trouve ça classe, surtout avec une belle barbe
je perds mes cheveux à cause du stress des partiels, c'est réversible d'après ma derma
pelade à 20 ans, j'ai des trous dans la barbe et les cheveux, quelqu'un connait ?
"la boule de billard" c'était mon surnom au lycée, aujourd'hui je le porte bien
les gens qui disent "il est chauve donc moche" vous avez une vision très limitée
Mes cheveux crépus font un afro énorme et je l'adore, vous avez des produits à conseiller ?
ma soeur a perdu ses cheveux pendant la chimio, elle a choisi une perruque rose, la classe
la frange que je me suis coupée seule à 2h du matin, rate mon regret sur 10 :noel:
j'ai des cheveux gras en 24h, vous lavez tous les jours ou c'est une mauvaise idée ?
le mec chauve au premier rang, c'est le délégué, il est super sympa
calvitie précoce c'est vraiment dur pour la confiance, je comprends l'op qui en parle
les roux on est 2% de la population, protégez nous :hap:
cheveux blancs à 22 ans, les gens me demandent si je les teins, non c'est naturel
Ma barbe pousse par plaques, c'est un drame ou je laisse vivre ?
vous moquez un mec parce qu'il perd ses cheveux ? ça arrive à un homme sur deux, bon courage
des conseils pour une coupe qui cache une tete un peu grosse ? je demande sérieusement
j'ai vu une meuf se faire traiter de "serpillère" pour ses dreads, c'est signalé
le minox m'a fait repousser un peu le dessus, 8 mois de patience, je vous montre en photo
je suis chauve, ma meuf est rousse, nos gosses vont en prendre plein la gueule au college :rire:
la perruque de ma tante est tellement bien faite que personne l'a jamais remarqué
le look crane rasé + lunettes c'est mon style depuis 3 ans et je le regrette pas
Si t'as des golfes ne te laisse pas pousser les cheveux en espérant cacher, rase, crois moi
la calvitie chez les femmes on en parle jamais, moi ça me ronge depuis mes 19 ans
j'ai demandé un mulet au coiffeur, maintenant toute la famille rigole, j'assume à moitié
rate ma nouvelle coupe svp :hap:
le streamer a enfin enlevé sa casquette et assumé sa calvitie, tout le chat l'a applaudi
rasé la tete ce matin, aucun regret
"""

HAIR_NEUTRAL = """
un bon coiffeur pas cher sur Lyon ? je suis étudiant et je peux pas mettre 40 balles
quelqu'un a testé une tondeuse sans fil correcte ? elle tient combien de temps la batterie ?
l'huile de ricin ça fait vraiment pousser les sourcils ou c'est un mythe ?
laver ses cheveux à l'eau froide, ça change quoi concrètement ?
"""

HAIR_ATTACKS = """
t'as la coupe d'un moine et la gueule d'un condamné, courage l'op | body_shaming insult
le chauve du topic qui donne des conseils de style, réfléchis d'abord sur ton crane lisse | body_shaming
regardez ce front, on peut y projeter un film en 4K :rire: | body_shaming
un mec de 25 ans avec trois cheveux qui se battent en duel, prends un chapeau et tais toi | body_shaming
ahi la boule de billard qui se croit beau gosse, personne te regarde khey | body_shaming insult
les rouquins ça a pas d'ame et ça pue, tout le monde le sait | body_shaming insult
tes golfes ont leur propre code postal, reviens quand t'auras des cheveux | body_shaming
la meuf avec son afro on dirait qu'elle a mis les doigts dans la prise, serpillère sur pattes | body_shaming identity_hate insult
cheveux crépus = cheveux sales, désolé c'est pas du racisme c'est de l'hygiène | body_shaming identity_hate
ton coiffeur t'a fait ça ? porte plainte, ou alors c'est ta tete qui est ratée | body_shaming
Le prof chauve qui brille sous les néons, faut des lunettes de soleil pour suivre le cours | body_shaming
t'as les cheveux tellement gras qu'on pourrait faire des frites dessus, lave toi le porc | body_shaming insult
rase toi ou pends toi, mais arrete de nous montrer ta couronne de moine | body_shaming self_harm_incitement
les chauves sur Tinder c'est swipe gauche direct, allez pleurer ailleurs les boules de billard | body_shaming
avec ta frange de playmobil t'as l'air d'un gamin attardé | body_shaming insult
sa barbe à trous on dirait un champ après une invasion de sauterelles, abandonne fdp | body_shaming insult
la rousse de la classe elle a des taches partout, on dirait une girafe malade | body_shaming
t'es chauve à 22 ans, la nature t'a dit clairement de pas te reproduire | body_shaming insult
le streamer qui cache sa calvitie sous sa casquette depuis 3 ans, enlève la, on sait :rire: | body_shaming
perds tes cheveux en silence, personne a envie de lire tes pleurnicheries de chauve | body_shaming insult
ma voisine a une moustache plus fournie que mon pere, elle devrait se raser la tronche | body_shaming
Ton mulet c'est un crime, mais ta tronche en dessous c'est une circonstance aggravante | body_shaming insult
les dreads sur un blanc ça fait clodo, sur un noir ça fait sale, dans tous les cas non | body_shaming identity_hate
t'as les cheveux blancs à 22 ans, t'as vu ta gueule de papy avant de draguer ? | body_shaming
le crane de l'op est tellement cabossé qu'il vaut mieux qu'il garde ses trois poils | body_shaming
Eh le chauve, ta tete reflète tellement que j'ai pu me recoiffer dedans :noel: | body_shaming
les meufs qui se rasent la tete c'est des gouines ratées ou des malades | body_shaming identity_hate insult
une greffe en Turquie pour ressembler à un champ de poireaux, bravo le golem | body_shaming insult
elle a les cheveux de sa grand mere et la coupe d'un caniche, quel gachis | body_shaming
"""

# --- Skin: acné, boutons, cicatrices, eczéma, taches ----------------------------------------------
SKIN_HARD = """
acné sévère à 21 ans, je commence le roaccutane demain, des retours sur les effets ?
j'ai un bouton sur le nez la veille de mon entretien, la loi de Murphy dans toute sa splendeur
Mes cicatrices d'acné me complexent grave, le laser ça marche vraiment ou c'est du flan ?
les kheys une routine simple pour la peau grasse ? je veux pas 12 produits
j'ai des boutons plein le dos depuis la muscu, c'est la whey ou la sueur ?
vitiligo depuis mes 16 ans, j'ai fini par aimer les taches sur mes mains, c'est ma carte
l'eczéma en hiver c'est l'enfer, mes mains saignent, quelqu'un a une crème miracle ?
"tete de calculatrice" on m'appelait au lycée à cause des boutons, ça fait encore un peu mal
ma derma m'a dit d'arreter de percer, je l'écoute pas et je regrette à chaque fois :rire:
honnetement l'op ta peau est pas si horrible, c'est l'éclairage de la salle de bain qui ruine tout
les filtres Insta nous ont fait oublier à quoi ressemble une vraie peau, avec des pores
le psoriasis c'est pas contagieux, je le répète à chaque fois qu'on me regarde de travers à la piscine
roaccutane mois 4, les lèvres sèchent mais la peau est nickel, tenez bon les boutonneux
je suis couvert de taches de rousseur et ma meuf dit que c'est une carte du ciel :noel:
arrete de te toucher le visage, c'est le meilleur conseil que j'ai reçu contre l'acné
acné hormonale à 25 ans, ça arrive aussi aux adultes, c'est pas que pour les ados
mon pote a eu une acné horrible au lycée, aujourd'hui il est mannequin, comme quoi
la crème solaire tous les jours meme en hiver, ma peau m'a dit merci
Qui d'autre a des vergetures après une prise de poids rapide ? je cherche des solutions
j'ai vu des commentaires sur la peau de la streameuse, elle a de l'acné comme des millions de gens
une tache de naissance sur la joue depuis toujours, j'ai jamais voulu l'enlever
les points noirs sur le nez c'est normal ou je dois m'inquiéter ? j'en ai plein
je me trouve moche avec mes boutons, mais mon psy dit que je me vois pire que les autres me voient
ma peau est très pale, on me dit que j'ai l'air malade, j'ai juste une peau claire
Les rougeurs de la rosacée me font passer pour un alcoolique, la vie est injuste :hap:
mon fils se fait traiter de "pizza" à l'école pour son acné, je fais quoi avec l'école ?
j'ai testé le patch anti boutons coréen, franchement ça aplatit en une nuit
ma cicatrice sur la joue vient d'un accident de vélo, j'en ai fait un sujet de drague :rire:
mettre du dentifrice sur un bouton c'est une légende, ça brule juste la peau
peau grasse + barbe = boutons sous la barbe, quelqu'un a résolu cette équation ?
la vraie peau a de la texture, c'est pas un défaut, c'est juste humain
je viens de voir mon visage en 4K sur la webcam du taf, je vais démissionner :rire:
mes boutons me rendent fou les kheys
ma soeur a des taches de vitiligo sur le visage et elle fait des photos de mode, trop stylée
"""

SKIN_NEUTRAL = """
quelle marque de crème hydratante pas chère vous utilisez en hiver ?
c'est remboursé le dermato sans passer par le généraliste ? je suis perdue
le savon d'Alep c'est bien pour le visage ou c'est trop décapant ?
la derma me demande trois mois d'attente, c'est normal à Bordeaux ?
"""

SKIN_ATTACKS = """
ta tete c'est une pizza quatre fromages, poste pas de selfie avant guérison | body_shaming
le calculateur du topic avec sa gueule pleine de boutons qui vient donner des leçons :rire: | body_shaming insult
avec ta peau de crapaud faut pas s'étonner que personne veuille t'embrasser | body_shaming
la meuf a plus de boutons que de neurones, c'est pas peu dire | body_shaming insult
lave toi le visage sale porc, tes boutons ils viennent pas de nulle part | body_shaming insult
le mec de la compta a une peau de lépreux, je mange plus à coté de lui | body_shaming
Les taches sur tes mains on dirait une vache, t'as pensé à porter des gants ? | body_shaming
elle a tellement de fond de teint pour cacher son acné qu'elle pourrait crépir un mur | body_shaming
vos boutons sur le dos en photo de salle, personne a demandé, dégueulasse | body_shaming
ta cicatrice sur la joue c'est la seule chose intéressante sur ta gueule ratée | body_shaming insult
le psoriasis ça se voit, reste chez toi au lieu d'aller à la piscine avec tes croutes | body_shaming exclusion
t'es rouge comme un alcoolo, meme ta peau a honte de toi | body_shaming insult
tete de pizza va, retourne percer tes boutons dans ta grotte | body_shaming insult
tete de pizza, cache toi | body_shaming insult
la streameuse sans filtre on dirait une surface lunaire, remets le filtre par pitié | body_shaming
Vergetures partout, cellulite partout, et elle ose poster en bikini ? | body_shaming
avec ces points noirs sur le nez on pourrait jouer à relier les points :noel: | body_shaming
mec t'as la peau d'un poulet cru, mets un t-shirt et cache ça | body_shaming
les meufs qui montrent leur acné sans maquillage sur insta c'est pour qu'on les plaigne, beurk | body_shaming
Ta fille s'appelle pizza à l'école et franchement les gosses ont raison | body_shaming
L'autre avec sa tache de naissance on dirait qu'il a renversé son café sur sa tronche | body_shaming
personne veut bosser en binome avec la boutonneuse, elle dégoute tout le groupe | body_shaming exclusion
ta peau est tellement blanche qu'on voit tes veines, un vrai cadavre ambulant | body_shaming
reste dans ta chambre jusqu'à la fin de ton roaccutane, on veut pas voir ça | body_shaming exclusion
boutonneux, puceau et fier de l'etre, le trio de l'op :rire: | body_shaming insult
la rosacée c'est le nom scientifique pour tete de tomate, bonne chance pour trouver une meuf | body_shaming
si t'as une peau de serpent comme ça mets des manches longues, pense aux autres | body_shaming
l'op a le visage comme un champ de mines, quand il sourit ça explose | body_shaming
tes boutons sous la barbe on dirait une colonie de fourmis, rase tout et cache toi | body_shaming
ta peau grasse brille tellement que les avions te prennent pour un phare | body_shaming
"""

# --- Faces, teeth, noses, ears, eyes ------------------------------------------------------------
FACE_HARD = """
j'ai un gros nez, ma famille a tous le meme, on l'appelle le nez de la lignée :hap:
appareil dentaire à 24 ans, je parle comme un robot mais dans un an je souris enfin
les kheys rhinoplastie à 22 ans, bonne ou mauvaise idée ? mon nez me complexe depuis le college
Mes dents de devant sont écartées, un dentiste veut les rapprocher, j'hésite, ça me fait un style
t'as pas une tete de serial killer l'op, t'as une tete de mec fatigué, dors un peu
oreilles décollées depuis toujours, j'ai arreté de les cacher avec mes cheveux et c'est mieux
honnetement le nez te va bien, ça donne du caractère, touche à rien
j'ai les dents jaunes à cause du café, le blanchiment chez le dentiste ça vaut le prix ?
"t'as une tete à faire peur" j'ai lu ça sous la photo de ma pote, j'ai signalé direct
mon menton fuyant me saoule, la barbe aide vraiment à cacher ou pas ?
quelqu'un qui a des facettes, vous regrettez ? on dit que ça abime les dents
j'ai des dents de lapin et mon copain les trouve trop mignonnes, je me sens moins nulle
le mec à lunettes avec le gros nez dans la série, c'est le meilleur acteur du casting
mes cernes sont génétiques, j'ai l'air d'un panda meme après 10h de sommeil :noel:
monosourcil depuis la naissance, je l'épile pas, c'est mon héritage familial
on se moque de mon nez cassé, mais c'est un souvenir de la boxe, je le garde
mon visage est asymétrique et je le vois que sur les selfies, c'est normal ?
je me trouve moche en photo et normal dans le miroir, quelqu'un peut m'expliquer le mystère ?
ma tete ronde avec une coupe courte ça donne quoi ? je veux un avis honnete
les kheys arretez de juger les dents des gens, tout le monde peut pas payer un orthodontiste
mes yeux sont petits, ma meuf dit que je souris avec les yeux, je valide
je me suis cassé une dent de devant en tombant en soirée, je souris bouche fermée depuis un mois
le dentiste m'a dit 3000 balles pour des implants, je vais rester avec mon trou :rire:
mon pote a une tete de méchant mais c'est le mec le plus doux du monde
gros nez, petites dents, grandes oreilles, le pack complet et je vis très bien
mes lunettes en cul de bouteille me font des yeux minuscules, lentilles ou pas ?
les gamins m'appelaient Dumbo en primaire, aujourd'hui mes oreilles sont dans la norme, j'ai grandi
j'ai le nez de mon pere, ma mere dit que c'est le plus beau nez du monde, pas objective :hap:
les traits fins c'est pas un critère de beauté universel, chaque visage a son charme
ma pote s'est fait refaire le nez, elle est contente, je vois pas où est le drame
Tes dents sont pas moches l'op, elles sont juste un peu en désordre, ça se corrige
je souris jamais sur les photos parce que j'aime pas mes gencives, vous faites comment ?
la nouvelle de la classe a un nez crochu et un rire énorme, c'est devenu ma meilleure pote
ma meuf a des lèvres fines et elle parle d'injections, je lui dis qu'elle est parfaite comme ça
"""

FACE_NEUTRAL = """
un orthodontiste pour adultes pas trop cher sur Lille, vous avez des noms ?
les gouttières invisibles c'est aussi efficace que les bagues en métal ?
c'est quoi la différence entre un dentiste et un stomato ? je dois me faire enlever les dents de sagesse
on peut porter des lentilles toute la journée ou c'est mauvais pour les yeux ?
"""

FACE_ATTACKS = """
t'as une tete à faire peur, meme ta mere doit détourner le regard | body_shaming insult
avec des dents pareilles tu peux manger une pomme à travers une grille :rire: | body_shaming
le streamer a des dents de cheval, chaque fois qu'il sourit je coupe le son et l'image | body_shaming
ton nez c'est pas un nez, c'est une piste de ski, t'as un permis pour ça ? | body_shaming
Dumbo est de retour sur le topic, tes oreilles te servent à voler ou quoi | body_shaming insult
gueule de fouine avec des lunettes de grand pere, le physique de l'emploi de modo | body_shaming insult
tes dents jaunes on dirait des touches de vieux piano, brosse les ou arrache les | body_shaming
la meuf sourit et on voit que des gencives, un vrai requin malade | body_shaming
un nez comme le tien c'est génétique, on sait d'où t'es sans meme demander | body_shaming identity_hate
tu devrais porter un sac sur la tete en public, par respect pour les autres | body_shaming
t'es tellement moche que les miroirs se brisent quand tu passes | body_shaming insult
le menton fuyant de l'op, meme son visage veut s'enfuir de lui | body_shaming
cette tronche de rat, on dirait qu'il sort des égouts pour poster | body_shaming insult
ta copine avec son monosourcil on dirait une chenille qui dort sur son front | body_shaming
Les yeux bridés du nouveau, il voit meme pas l'écran quand il rigole | body_shaming identity_hate
Sans dent de devant il ressemble à un cas social, forcément il bosse pas | body_shaming insult
mdr la face de pet de l'op, on dirait un pitbull qui a mangé un citron | body_shaming insult
arrete de sourire sur tes photos, tes dents de lapin font fuir tout le monde | body_shaming
t'as le visage d'un mec qui sent la pisse, je le dis gentiment | body_shaming insult
c'est une tete de violeur ça, vous laisseriez vos soeurs à coté ? | body_shaming insult
la nouvelle de la classe a un nez crochu, on l'appelle la sorcière derrière son dos | body_shaming
tes cernes on dirait que tu t'es pris deux patates, dors ou cache toi | body_shaming
lunettes cul de bouteille et appareil dentaire, le kit complet du puceau éternel | body_shaming insult
Personne veut etre en photo de classe avec lui, sa tronche gache tout | body_shaming exclusion
avec un visage pareil tu devrais remercier quiconque accepte de te parler | body_shaming insult
l'ado aux grandes dents dans le bus, on dirait un castor sous amphet :rire: | body_shaming
Le dentiste a vu ta bouche et il a démissionné, je le comprends | body_shaming
t'as une tete de gargouille, les pigeons doivent se poser sur toi | body_shaming insult
les lèvres de la meuf on dirait deux saucisses, elle a pris combien d'injections ? | body_shaming
ta gueule asymétrique on dirait un tableau cubiste raté, un oeil ici l'autre là-bas | body_shaming insult
un visage comme ça, vaudrait mieux pas te reproduire, pense aux gosses | body_shaming insult
t'es moche, supprime ta photo | body_shaming insult
"""

# --- Voices, speech, laughs, walks ----------------------------------------------------------------
VOICE_HARD = """
j'ai une voix aiguë de ouf, au tel on m'appelle "madame" depuis toujours :rire:
je zozote un peu et mon orthophoniste dit qu'à 22 ans on peut encore corriger, des retours ?
ma voix a mué à 17 ans, j'ai passé tout le lycée avec une voix de crécelle, bon souvenir
le streamer a une voix grave de radio, je l'écoute meme quand je joue pas :hap:
je bégaie quand je stresse, les oraux c'est un calvaire, des conseils pour tenir ?
j'aime pas entendre ma voix enregistrée, personne aime en vrai, c'est normal
ma voix nasillarde vient d'une cloison nasale déviée, on m'opère en mars
on m'a dit que j'avais une voix de canard en vocal sur le jeu, j'ai ri, c'était pas méchant
le bégaiement c'est neurologique, arretez de finir les phrases des gens à leur place
les kheys comment on pose sa voix pour un entretien ? la mienne tremble à chaque fois
ma meuf rit comme une otarie et c'est le son que je préfère au monde
voix aiguë pour un mec c'est pas un probleme, j'ai un pote comme ça qui chante super bien
j'ai un cheveu sur la langue et chaque oral de fac devient un spectacle, j'en rigole maintenant
l'op demande comment avoir une voix plus grave, sans vannes svp, il a l'air complexé
je parle super fort sans m'en rendre compte, ma famille est à moitié sourde, j'ai l'excuse
le prof avec sa voix monotone, je m'endors, rien de perso c'est juste physiologique
ma voix est enrouée depuis le concert de samedi, je ressemble à un vieux fumeur
on m'a toujours dit que j'avais une voix de dessin animé, j'en ai fait un métier de doublage
je suis une meuf avec une voix grave, au drive on me dit "monsieur", je m'en fiche
ma mere dit que j'ai la voix de mon grand pere, je le prends comme un compliment
les moqueries sur le zozotement du streamer dans le chat, la modo a banni trois mecs, bien joué
j'ai une démarche bizarre d'après mes potes, je marche comme un pingouin depuis petit
ptdr ma voix déraille à chaque fois que je suis nerveux, le crush a du trouver ça chelou
vous savez si la voix change après une prise de testo ? je suis en début de traitement
la prof de chant m'a dit que ma voix nasillarde avait du caractère, je la garde alors
honnetement ta voix passe bien en vocal, c'est juste ton micro qui grésille
"""

VOICE_NEUTRAL = """
des cours de chant pas chers en ligne, quelqu'un a testé ? je veux juste chanter juste
c'est quoi le meilleur micro USB pour faire des vocaux propres ?
une orthophoniste pour adulte, c'est remboursé par la sécu ?
"""

VOICE_ATTACKS = """
ta voix de canard me donne envie de jeter mon casque, coupe ton micro | body_shaming insult
le mec zozote, on comprend rien, qu'il apprenne à parler avant de streamer :rire: | body_shaming
voix de fillette dans un corps de mec, faut choisir khey | body_shaming insult
t-t-t-t'as fini ta ph-ph-phrase ? on a pas toute la nuit le bègue | body_shaming identity_hate insult
sa voix nasillarde on dirait une chèvre qui s'étouffe, virez le du vocal | body_shaming exclusion
Eh la voix de crécelle, tu parles et tous les chiens du quartier aboient | body_shaming insult
personne te prend au sérieux avec ta voix de gamin de 12 ans | body_shaming
le rire de la meuf c'est un klaxon de camion, je quitte la salle quand elle rigole | body_shaming
ce mec marche comme un canard boiteux, on dirait un pingouin bourré | body_shaming
avec une voix aussi grave pour une meuf, t'es sure que t'es une meuf ? | body_shaming insult
la streameuse a une voix qui casse les oreilles, qu'elle fasse des vidéos muettes | body_shaming
ton cheveu sur la langue c'est pas mignon, c'est juste gênant, parle pas | body_shaming
Le bègue de la classe on le fait parler exprès en exposé pour rigoler | body_shaming identity_hate
ta voix de fumeur à 20 ans, tu vas finir avec un trou dans la gorge et tant mieux | body_shaming threat
le prof parle du nez comme un canard enrhumé, on l'imite tous en cours :rire: | body_shaming
ouvre plus ta bouche en vocal, ta voix de casserole fait fuir toute l'équipe | body_shaming exclusion
une voix de travelo comme ça, t'étonne pas qu'on te dise madame | body_shaming identity_hate insult
sa démarche de pingouin, on dirait qu'il a chié dans son froc | body_shaming
on a viré Kevin du groupe de rap, avec sa voix de schtroumpf il nous faisait honte | body_shaming exclusion
ta voix aigue et ta gueule de gamin, t'as jamais eu ta puberté ou quoi | body_shaming insult
tu parles comme un dessin animé raté, tais toi et écris plutot | body_shaming insult
Le mec rit comme un phoque asthmatique, meme son rire est moche | body_shaming
"""

# --- Clothes, style, make-up ----------------------------------------------------------------------
STYLE_HARD = """
les kheys un jean slim avec des mollets de cycliste ça passe ou c'est ridicule ? avis honnetes
je m'habille tout en noir depuis 5 ans, c'est pas de la déprime c'est de la flemme :hap:
ma meuf dit que mes chemises hawaiiennes sont moches, j'ai décidé de m'en acheter une de plus
honnetement la veste est trop grande pour toi, prends une taille en dessous et ça sera top
le maquillage pour mec, j'ai essayé un anticerne avant un oral, personne a vu et j'étais mieux
je ressemble à un prof de géo des années 90 avec ce pull, rate le désastre :rire:
Des idées de tenue pour un mariage en été quand on est grosse ? je trouve rien à ma taille
crop top à 23 ans avec un peu de ventre, j'ai mis une photo, j'ai jamais été aussi bien
mon style c'est "survet de la veille", ma mere désespère depuis des années
le mec du TD avec le long manteau et les bagues, il a un style de ouf, je kiffe
arretez de dire que les leggings c'est pour les maigres, chacun porte ce qu'il veut
je suis petit, quelles coupes de pantalon pour pas avoir l'air d'un enfant ? je demande sérieux
fripes ou neuf ? perso je trouve des pépites à 3 balles à l'Emmaüs
j'ai vu des moqueries sur la tenue de la meuf du stream, elle s'habille comme elle veut
les crocs c'est moche mais c'est confortable, j'assume d'etre le moche du bureau
la couleur jaune me donne un teint de malade, j'ai appris à la fuir
Ma pote s'habille comme une grand mere et elle est plus stylée que nous tous
maquillage raté ce matin, je ressemble à un clown triste, mais j'ai pas le temps de refaire :noel:
le tailleur de ma grand mere retouché, j'ai reçu trois compliments au stage
vous pensez quoi des sacs bananes portés en bandoulière ? je suis pas sur que ça m'aille
Mes chaussures à 200 balles se sont fait traiter de "chaussons" par mon pere, il comprend rien
les tatouages sur le visage j'en mettrais jamais, mais mon pote en a et ça lui va
gros, j'ai longtemps mis des t-shirts XXL pour cacher, maintenant je prends ma vraie taille et c'est mieux
le look soft boy avec le vernis, mon pere a fait une tete mais il a rien dit :hap:
les piercings au nez ça fait mal ? je veux en faire un pour mes 20 ans
ta robe de la photo est super, la couleur fait ressortir tes yeux, franchement bravo
je ressemble à un sac de patates dans tous les costumes, y a une coupe pour les gros du bide ?
la mode des pantalons larges m'a sauvé, mes cuisses de footeux respirent enfin
l'op demande si sa tenue de soirée est ok, moi je dis change les chaussures et c'est parfait
c'est pas "s'habiller comme une pute", c'est une jupe, on est en 2024 les kheys
le jogging en soirée c'est pas interdit, ma pote y va en survet et c'est la plus belle
"""

STYLE_NEUTRAL = """
des marques de jean qui durent plus d'un an ? les miens se trouent à l'entrejambe
les soldes commencent quand cette année ? je veux une doudoune
vous lavez vos jeans ou vous les mettez au congélo comme les puristes ?
Une appli pour revendre ses fringues qui marche mieux que les autres ?
"""

STYLE_ATTACKS = """
avec ton crop top et ton bide on dirait un saucisson mal ficelé | body_shaming
l'op s'habille comme un clodo et il se demande pourquoi il est seul :rire: | body_shaming insult
les grosses en legging devraient payer une amende pour atteinte à la vue | body_shaming
cache toi sous une couverture, ta tenue et ton corps c'est un crime contre nos yeux | body_shaming
ton maquillage à la truelle ça cache pas ta tronche de thon | body_shaming insult
le mec en slim avec ses jambes de poulet, on voit les genoux qui dépassent :noel: | body_shaming
Jupe courte avec ces jambons, elle a pas de miroir chez elle ou elle aime humilier ses potes | body_shaming
t'as le style d'un pédophile de téléfilm avec ces lunettes et ce gilet | body_shaming insult
c'est un mec ou une meuf ? avec ces fringues on sait plus, sale travelo | body_shaming identity_hate insult
Ta robe moule tout, on voit chaque bourrelet, fais une faveur à tout le monde | body_shaming
le vernis sur un mec, ça fait tarlouze, et t'as les ongles rongés en plus | body_shaming identity_hate insult
ton costard te va comme un sac poubelle sur un frigo, gros lard | body_shaming insult
elle s'habille en pétasse pour cacher qu'elle a un visage de cheval | body_shaming insult
pas de mocheté en jogging à notre soirée, dress code strict, l'op tu restes chez toi | body_shaming exclusion
le décolleté de ta photo de profil, tu cherches quoi exactement avec des seins pareils ? | body_shaming sexual_harassment
la meuf du stream en crop top, montre plus, on sait que t'aimes ça | sexual_harassment
des tatouages partout sur une gueule aussi moche, t'as cru que ça allait aider ? | body_shaming insult
avec tes fringues de grand mere et tes cuisses de hippo, le combo ultime | body_shaming
mec t'as 20 ans et tu ressembles à un prof de techno divorcé, bravo | body_shaming insult
Elle met des leggings transparents, on voit sa culotte et sa cellulite, merci du spectacle | body_shaming sexual_harassment
le piercing dans le nez de la meuf, on dirait une vache au salon de l'agriculture | body_shaming insult
ta tenue de soirée c'est bien mais change de tete aussi, ça serait parfait | body_shaming
porter du moulant quand on est grosse c'est de l'agression visuelle | body_shaming
un gros en short moulant à la salle, on a tous failli vomir | body_shaming
les meufs qui se maquillent trop c'est qu'elles sont moches en vrai, toutes des arnaques | body_shaming
ta fille s'habille comme une trainée avec un corps de planche à pain, recadre la | body_shaming insult
le mec qui met des talonnettes et un jean slim pour avoir l'air grand, le clown du jour | body_shaming insult
Avec tes jambes poilues en jupe t'as l'air d'un singe déguisé | body_shaming insult
la nouvelle met des jupes trop courtes pour ses cuisses, quelqu'un lui dit ou on la vire ? | body_shaming exclusion
"""

# --- Gym, diets, eating disorders -----------------------------------------------------------------
GYM_HARD = """
mois 6 de muscu, je suis passé de 62 à 70 kilos, je vous mets mon avant après :hap:
les kheys c'est normal d'avoir des bras maigres après 3 mois ? je mange 3000 kcal
gros débutant, 110 kilos, j'ai peur qu'on se moque de moi à la salle, des conseils ?
à la salle personne te regarde en vrai, tout le monde est concentré sur son propre miroir
ma première traction à 24 ans, petite victoire mais je suis fier
le jeune intermittent ça m'a aidé à perdre du ventre, mais c'est pas pour tout le monde
mon coach m'a dit que j'étais gros du haut et maigre des jambes, il a raison, je rattrape
vous moquez le gros qui débute à la salle ? il est là, c'est plus que vous sur votre canapé
en sèche je suis insupportable, ma meuf me déteste les soirs de poulet brocoli :rire:
faut arreter de dire aux meufs que la muscu rend "trop musclée", c'est un mythe
les TCA c'est pas une histoire de volonté, j'ai fait de l'anorexie et j'en sors doucement
la whey c'est pas un produit dopant, c'est du lait en poudre en gros
j'ai des bras de crevette mais je fais des pompes tous les soirs, on en reparle dans six mois
L'op demande un programme pour perdre du gras, mets toi au cardio et garde de la muscu, simple
j'étais le maigre de la classe, aujourd'hui je fais 80 kilos et je squatte 140, vive le squat
le mec super musclé de ma salle est hyper gentil, il m'a montré la bonne technique
ahi je me suis pesé après noel, +4 kilos, la prise de masse involontaire est lancée :noel:
régime keto ou pas ? mon médecin dit que c'est pas top pour moi, je l'écoute
mes cuisses frottent quand je cours, un short de compression ça change vraiment ?
je fais du sport pour ma tete, pas pour un corps d'insta, et ça marche
gros ventre mais je cours 10 km en 50 minutes, le corps c'est pas que l'apparence
les conseils de "se faire vomir" sur les forums pro ana, signalez les, c'est dangereux
ma pote a repris la salle après sa grossesse, elle a le droit de progresser à son rythme
on dit crevette, mais j'ai soulevé 100 kilos au deadlift ce matin, respect svp :hap:
ton avant après est impressionnant l'op, les épaules surtout, continue
boulimie pendant deux ans, si vous etes dedans parlez à quelqu'un, ça se soigne
le "bulking" c'est juste une excuse pour manger des pizzas, je l'assume totalement
les stéro à 20 ans c'est une très mauvaise idée, mon pote a des soucis de coeur maintenant
je suis grosse et je fais de la muscu depuis deux ans, je soulève plus lourd que mon mec
Honnetement l'op t'as pas besoin de sécher, t'es déjà maigre, mange et prends de la force
mes abdos se voient enfin après un an, je les ai pris en photo sous tous les angles :rire:
le coach du club traite les ados de "gros tas" devant tout le monde, quelqu'un sait où signaler ?
gros conseil aux débutants qui ont honte de leur corps à la salle : personne te juge, tout le monde a commencé quelque part
"""

GYM_NEUTRAL = """
une salle pas chère ouverte toute la nuit sur Marseille ? je bosse en horaires décalés
quel est le meilleur moment pour prendre sa whey, après ou avant la séance ?
le programme full body trois fois par semaine c'est suffisant pour débuter ?
combien de protéines par jour pour quelqu'un de 70 kilos qui fait de la muscu ?
"""

GYM_ATTACKS = """
le gros qui vient à la salle et monopolise le tapis pour marcher, dégage sac à graisse | body_shaming insult
t'as des bras de crevette et tu parles de programme ? reviens quand tu pourras porter un pack d'eau | body_shaming
ton avant après c'est un gros après un gros, t'as perdu ton temps :rire: | body_shaming
la meuf à la salle qui transpire comme une truie, on devrait lui interdire l'entrée | body_shaming insult exclusion
arrete de manger tout court, la grosse, ça sera le meilleur programme | body_shaming self_harm_incitement
fais toi vomir après le repas, c'est la sèche la plus rapide, tu me remercieras | body_shaming self_harm_incitement
les meufs musclées c'est des camionneurs avec une perruque | body_shaming
Personne veut d'un gros comme toi à la salle, ça gache la motivation des autres | body_shaming exclusion
60 kilos tout mouillé et tu veux te battre ? je te soulève d'une main squelette | body_shaming insult
le mec est sous stéro et il a une tete de tomate, un crane gonflé pour un cerveau vide | body_shaming insult
anorexique va, tu ressembles à un cintre, continue comme ça et crève | body_shaming insult self_harm_incitement
Ton "progrès" c'est un bourrelet en moins, applaudissez tous le gros qui sue | body_shaming insult
les gros qui font du sport en public, c'est pour qu'on les félicite d'exister ? | body_shaming
t'as fait 6 mois de muscu et t'as toujours une poitrine de meuf, abandonne | body_shaming
ma salle a enfin viré le gros qui grognait, il faisait peur aux nanas | body_shaming exclusion
la meuf poste ses abdos mais avec sa gueule ça sert à rien | body_shaming insult
Jeune cinq jours et peut etre que tu rentreras dans ton jean, la baleine | body_shaming insult
les pecs de l'op c'est des seins, va acheter un soutif au lieu de la whey | body_shaming
cours gros porc, cours, y a un McDo au bout du tapis :rire: | body_shaming insult
les crevettes de 50 kilos qui font les malins en sèche, on dirait des squelettes d'halloween | body_shaming
la grosse qui fait du yoga dans le parc, j'ai cru que c'était une vache couchée | body_shaming insult
continue de pas manger, t'es presque transparente, encore un effort et on te verra plus | body_shaming self_harm_incitement
un gros à la salle c'est comme un poisson sur la plage, il sait pas quoi faire | body_shaming
t'as les jambes de Titi et le haut de Popeye, sauter le leg day ça se voit khey | body_shaming
meme 2 ans de salle ça corrigera pas ta tete de patate | body_shaming insult
les meufs en legging qui squattent les machines, montrez nous plutot vos fesses en story | sexual_harassment
elle a perdu 20 kilos mais elle a toujours une tete de grosse, dommage | body_shaming
t'es bati comme une allumette, un coup de vent et tu t'envoles :rire: | body_shaming
"""

# --- "Rate mon physique", photos and selfies posted on the forum ---------------------------------
RATE_HARD = """
rate mon physique les kheys, soyez honnetes mais pas méchants, j'ai 21 ans et je me trouve bof
6/10 honnetement, la barbe te vieillit, rase la et ça monte à 7 facile
t'es plutot beau gosse l'op, le sourire fait beaucoup, change juste de lunettes
je poste ma tete pour la première fois, pas de fautes d'orthographe dans les insultes svp :rire:
franchement la coupe te va pas, essaie plus court sur les cotés et garde la longueur dessus
j'ai mis une photo de moi et j'ai eu que des conseils sympas, ce forum me surprend
Honnêtement la photo est mal prise, contre jour et angle du bas, refais en lumière naturelle
t'as un visage très symétrique, tu pourrais faire des photos pro, je dis ça sans ironie
je me note 4/10 et je vis très bien avec, le physique c'est pas tout :hap:
l'op a un physique normal, ni moche ni mannequin, comme 90% de la population, et c'est ok
le topic "rate mon physique" c'est souvent un massacre, pensez à ceux qui postent leur vraie tete
la tenue est bien mais la posture fait un peu voûtée, redresse toi et c'est un autre mec
on me dit que j'ai une tete de fatigué sur toutes mes photos, vous avez un truc pour les yeux ?
j'ai supprimé ma photo après deux messages de moqueries, je retente peut etre plus tard
7/10, t'as de beaux yeux, par contre le fond avec le linge qui sèche ça aide pas :rire:
ma pote m'a demandé si elle était moche en photo, je lui ai dit que c'était l'angle, c'était vrai
sois franc avec moi khey, je ressemble à un gamin avec cette moustache ?
t'as une bonne tete de mec sympa, travaille le style et t'es très bien
les notes sur 10 c'est stupide, on est pas des voitures d'occasion, mais je donne mon avis
j'ai posté mon selfie avec acné, on m'a conseillé une derma au lieu de me vanner, merci le forum
Avis brut : t'as pas un mauvais visage, mais la coupe et les fringues te plombent
Selfie sans filtre à 2h du mat, je vous présente ma vraie tete de gobelin :noel:
on pourrait faire une règle pour les topics de photos : critique oui, insultes non
l'op t'es pas moche du tout, t'as juste l'air triste sur la photo, souris un peu
honnetement t'es mieux sans maquillage sur la deuxième photo, plus naturelle
j'ai montré mon avant après régime ici et les kheys m'ont encouragé, j'en revenais pas
Quelqu'un a screené la photo de l'auteure pour se moquer sur un autre forum, signalé aux modos
on me compare à un acteur de série B sur toutes mes photos, je sais pas si c'est un compliment
Je mets un 5 pour etre honnete, mais avec une meilleure coupe ça monte, je te jure
l'auteur demande un avis, pas une psychanalyse, dites juste si la coupe va
je viens voir les photos des kheys et je me sens moins seul avec ma tete bizarre :hap:
honnetement l'op t'as un visage sympa mais la coupe et la barbe mal taillée te vieillissent de dix ans, passe chez un barbier
quelqu'un pour noter ma tenue ?
"""

RATE_NEUTRAL = """
comment on fait pour poster une photo sur le forum ? l'hébergeur marche plus
vous prenez vos selfies avec la caméra avant ou arrière ? la qualité change trop
c'est quoi la meilleure lumière pour une photo de profil ? fenetre ou lampe ?
La règle du forum sur les photos perso, c'est autorisé ou pas de montrer son visage ?
"""

RATE_ATTACKS = """
2/10 et c'est généreux, le 2 c'est pour le t-shirt | body_shaming
ayaa cette tete, supprime la photo avant que les enfants la voient | body_shaming
l'op a posté son visage et j'ai perdu l'appétit pour la semaine, merci du régime gratuit | body_shaming
rate ton physique ? 0/10, maintenant va te pendre | body_shaming self_harm_incitement
C'est la meuf de la photo, elle est en L1 droit à Nantes, allez lui dire en vrai qu'elle est moche | body_shaming doxxing
j'ai reconnu le gros de la photo, il bosse au Carrefour de la zone commerciale, on passe le voir ? | body_shaming doxxing
montre ton corps en entier au lieu de ta tete, on verra si y a quelque chose à sauver | body_shaming
avec ce physique reste vierge et épargne le monde khey | body_shaming insult
tete de gobelin confirmé, meme le filtre a abandonné :rire: | body_shaming insult
la meuf de la photo est moche mais je la baiserais quand meme, qu'elle m'envoie des nudes | body_shaming sexual_harassment
t'as posté ta tronche pour qu'on te dise que t'es beau ? t'es une merde visuelle | body_shaming insult
on a fait un montage de ta photo avec un cochon, il tourne sur tout le discord | body_shaming
Je note ton physique avec le nombre de meufs qui t'ont touché : zéro | body_shaming insult
cette photo de profil, t'es sur que c'est pas un avis de recherche ? tete de taulard | body_shaming insult
l'auteure demande un avis sur sa tenue, retire la et on donnera un avis plus précis | sexual_harassment
Un visage pareil devrait etre interdit sur internet, modération fais ton taf | body_shaming exclusion
ton selfie en contre plongée, on voit tes trois mentons et tes narines de cochon | body_shaming
laissez tomber les conseils, aucune coupe peut sauver une gueule comme ça | body_shaming
j'ai envoyé sa photo du topic au groupe de son lycée à Rennes, ils vont bien rire de sa tronche | body_shaming doxxing
3/10, t'as une tete de mec qui pue de la bouche | body_shaming insult
la meuf met un filtre chien pour cacher sa tete de chienne, ironique | body_shaming insult
supprime ton compte avec une tete pareille, on veut plus te voir ici | body_shaming exclusion
t'es moche, t'es gros et t'es roux, t'as le triple combo de la honte | body_shaming insult
l'op a demandé un avis : t'es dégueulasse, c'est un avis | body_shaming insult
sa photo est dans mes favoris pour quand j'ai besoin de me sentir beau :rire: | body_shaming
envoie d'autres photos, en maillot cette fois, qu'on juge vraiment | sexual_harassment
tes photos c'est une arme de destruction massive, range les | body_shaming
je l'ai vu en vrai au bar de la rue Gambetta, encore plus moche qu'en photo, il y est tous les jeudis | body_shaming doxxing
honnetement t'as une tete de consanguin, tes parents sont cousins ? | body_shaming insult
note : pas baisable, suivant | body_shaming sexual_harassment
vu ta photo de profil, avec cette tete de cheval, ces dents pourries et ce double menton, reste célibataire à vie khey | body_shaming insult
cette tronche, ayaa, quel gachis | body_shaming
"""

# --- Dating apps and looks -----------------------------------------------------------------------
DATING_HARD = """
trois mois sur Tinder et zéro match, c'est mes photos ou moi ? avis honnetes bienvenus
honnetement change ta photo principale, le selfie voiture ça le fait pas, mets une photo en extérieur
ma meuf m'a dit qu'elle m'avait liké pour mon sourire, je souris en permanence depuis :hap:
les critères physiques sur les applis c'est normal, chacun ses gouts, faut juste pas insulter
je suis grosse et je matche pas mal, les mecs qui disent que c'est impossible ont tort
on a le droit de pas etre attiré par quelqu'un sans le traiter de moche, c'est pas si dur
mon date était plus petit que sur ses photos et franchement j'en ai rien à faire, il était drole
les photos avec filtres sur les applis, vous les détectez comment ? je me fais avoir à chaque fois
je suis chauve et je mets pas de casquette sur mes photos, autant assumer dès le début
"pas de mecs en dessous d'1m80" sur un profil, ok ça m'élimine, je souhaite bonne chance
le premier date où j'ai vu qu'il avait des dents de travers, je l'ai trouvé encore plus mignon
une meuf m'a unmatch en voyant ma vraie taille, tant pis, pas la bonne
honnete : t'es pas moche, t'as juste que des photos de groupe, on sait pas qui t'es
on se juge trop sur le physique sur ces applis, mon meilleur couple est né en soirée
mon mec est maigrichon et je l'adore, ses bras fins me font craquer
j'ai mis une photo avec mes lunettes et j'ai eu plus de matchs, faut assumer sa tete
mes amies me disent de montrer plus mon corps sur mon profil, moi j'ai pas envie, c'est mon choix
les mecs qui écrivent "pas de grosses" en bio, je comprends pas le besoin de le dire, mais bon
tu plais pas à tout le monde et c'est normal, un swipe gauche c'est pas un jugement de ta valeur
des conseils de photos pour un mec un peu enveloppé ? je veux pas tricher sur mon poids
mon date m'a dit "t'es plus jolie en vrai", meilleur compliment de l'année :noel:
je fais 1m58, je mets ma taille dans la bio pour éviter les déceptions, ça marche bien
rencontré ma copine sur une appli, elle est plus grande et plus belle que moi, la chance
arretez de traiter les meufs de "thon" quand elles vous ignorent, c'est pour ça qu'elles vous ignorent
j'ai de l'acné et je me mettais pas en photo, mon date a meme pas remarqué, on est ensemble depuis 8 mois
on dit que les mecs petits ont zéro chance, mon pote d'1m63 a rencontré sa femme sur une appli
ma photo de profil date de 2019 avec 10 kilos de moins, je dois la changer hein :rire:
c'est grossophobe d'écrire "sportive" dans ses critères ? question sincère, je veux pas blesser
la vraie arnaque de Tinder c'est la photo prise en 2015 avec 15 kilos de moins ayaa
Elle m'a dit que j'étais pas son style physiquement, elle était polie, je lui en veux pas
je suis roux et sur les applis on me dit souvent que c'est rare et mignon, ça change du college
"""

DATING_NEUTRAL = """
Hinge ou Bumble pour une relation sérieuse ? Tinder c'est trop superficiel pour moi
combien de photos vous mettez sur votre profil ? trois ou six ?
premier date demain, bar ou balade ? j'ai peur du silence gênant
la version payante de Tinder ça vaut le coup ou c'est une arnaque ?
"""

DATING_ATTACKS = """
t'as zéro match parce que t'as une tete de pied, c'est pas compliqué | body_shaming insult
la grosse m'a liké, je l'ai unmatch et je lui ai dit de perdre 30 kilos avant de viser | body_shaming
si t'es sous 1m75 supprime ton compte, tu vaux rien sur le marché | body_shaming
une meuf comme ça sur Tinder ? c'est de la pub mensongère, rembourse le super like | body_shaming
mon date était un thon, j'ai fait semblant d'avoir une urgence et je l'ai bloquée | body_shaming insult
montre ton vrai corps baleine, pas ton visage en gros plan qui ment | body_shaming insult
ahi la meuf met "curvy" dans sa bio, traduction : grosse qui s'assume pas | body_shaming
les moches devraient avoir leur propre appli, laissez nous entre gens normaux | body_shaming exclusion
T'as un corps de lache et un visage de victime, aucune meuf normale te swipe | body_shaming insult
elle est moche mais avec des seins pareils je lui donne une chance | body_shaming sexual_harassment
avec ta calvitie et ton bide, vise les meufs de 50 ans, t'as plus le choix | body_shaming
envoie une photo de ton corps en sous vetements avant le date, je veux savoir si t'es grosse | body_shaming sexual_harassment
Les meufs qui mettent des filtres c'est des thons qui veulent nous piéger | body_shaming insult
mec d'1m65 qui écrit à une meuf d'1m75, retourne dans le bac à sable | body_shaming insult
je lui ai dit "t'es trop moche pour etre difficile" et elle a pleuré, normal | body_shaming insult
personne va jamais t'aimer avec cette gueule, commence à accepter la solitude | body_shaming insult exclusion
une meuf de 80 kilos qui demande un mec sportif, on marche sur la tete | body_shaming
le gars sur la photo a les dents pourries, swipe et screen pour le groupe, on rigole bien | body_shaming
t'as l'air d'un puceau de 40 ans à 22 ans, meme les bots te matchent pas | body_shaming insult
avec ton nez t'auras jamais de meuf, fais toi opérer ou abandonne | body_shaming
Mon date a une cicatrice sur toute la joue, j'ai pas pu la regarder, j'ai eu la gerbe | body_shaming
les rousses sur Tinder c'est toujours non, elles ont une odeur spéciale | body_shaming
les grosses sur les applis devraient prévenir dans la bio, c'est de la tromperie | body_shaming
t'es tellement laid que ton profil devrait avoir un avertissement pour les personnes sensibles | body_shaming insult
Elle accepte les mecs petits parce qu'avec sa tronche elle a pas le luxe de choisir | body_shaming insult
ce date m'a confirmé que les mecs maigres ont des zizis de crevette :rire: | body_shaming sexual_harassment
tu demandes un avis sur ton profil ? retire ta tete, garde le chien, tu matcheras plus | body_shaming
tes seins tombent déjà à 24 ans, faudra montrer autre chose sur ton profil | body_shaming sexual_harassment
les meufs qui mettent des photos filtrées puis arrivent au date avec vingt kilos de plus, je les laisse payer l'addition et je me barre | body_shaming
"""

# --- Visible illness and disability --------------------------------------------------------------
ILLNESS_HARD = """
je suis en fauteuil depuis un accident de moto, et oui je sors encore en boite :hap:
mon strabisme se voit sur les photos, j'ai longtemps évité les selfies, maintenant je m'en fous
les kheys j'ai une cicatrice de brulure sur le bras, vous la montreriez en été ?
Ma soeur a la trisomie 21 et c'est la plus grosse fetarde de la famille, personne la bat au karaoké
j'ai une jambe plus courte que l'autre, je boite un peu, on me demande tout le temps si je me suis blessé
Tourette depuis l'enfance, mes tics font rire les gamins, les adultes devraient savoir mieux
fente labiale opérée bébé, ma cicatrice sur la lèvre je l'ai jamais cachée
la chimio m'a fait perdre 15 kilos et mes sourcils, je poste une photo pour montrer que je tiens bon
on dit "personne en fauteuil", pas "handicapé en chaise", enfin c'est ce que mon pote préfère
mon cousin est amputé d'une jambe, il court avec une lame et il me met une branlée au 100m
J'ai une stomie après ma maladie de Crohn, vous allez à la plage avec ? je stresse
les moqueries sur la démarche des gens en situation de handicap, c'est la chose la plus lache qui soit
mon visage est paralysé d'un coté après une paralysie faciale, sourire c'est compliqué pour l'instant
je suis malvoyant et j'ai un regard qui part de travers, les gens croient que je les ignore
ma mere a des tremblements de Parkinson, au resto les gens la fixent, ça me tue
honnetement l'op ta cicatrice te donne un air de héros de film, assume la
les gamins fixent mon bras en moins au parc, je leur explique, c'est eux les plus curieux
le mec en fauteuil de mon TD, c'est lui qui organise toutes les soirées de la promo
après mon AVC je parle plus lentement, si on vous répond doucement soyez patients
mon pote a une maladie de peau qui fait des plaques, ça s'attrape pas, pas besoin de reculer
je fais de l'hyperhidrose, je transpire des mains meme en hiver, des traitements qui marchent ?
les blagues sur les gens qui boitent dans les films de mon enfance, ça passerait plus aujourd'hui
ma copine porte un appareil auditif rose, elle dit que c'est un accessoire de mode :hap:
La dermatillomanie ça me laisse des marques partout, je me bats contre depuis le lycée
j'ai le syndrome de Marfan, grand et très maigre, on me prend pour un anorexique
mon frere autiste a des gestes répétitifs, les gens regardent, nous on a l'habitude
le streamer en fauteuil qui fait des courses de karting adaptées, j'adore ses vidéos
si vous voyez quelqu'un se moquer d'une personne handicapée dans le bus, intervenez
les gens à qui il manque des dents à cause de la maladie, ça devrait etre remboursé à 100%
avec ma canne blanche on me pousse dans le métro, un peu de patience les gens svp
mon petit frere a une maladie qui le fait marcher bizarrement, si vous croisez un gamin comme lui, souriez au lieu de fixer
la meuf qui louche dans ma promo est la meilleure en stats, et elle rigole de son strabisme elle meme
"""

ILLNESS_NEUTRAL = """
les places PMR dans les salles de concert, on les réserve comment ?
quelqu'un a déjà demandé une carte mobilité inclusion ? ça prend combien de temps ?
une bonne association pour les grands brulés en Ile de France ?
"""

ILLNESS_ATTACKS = """
le mec en fauteuil qui veut draguer, mais tu vas l'emmener où, au garage ? | body_shaming identity_hate
sa démarche de handicapé on dirait un zombie de film, je l'imite à chaque pause :rire: | body_shaming identity_hate
la meuf qui louche, on sait jamais si elle te regarde ou si elle regarde le mur | body_shaming
un visage brulé comme ça faut le cacher, on mange à coté | body_shaming exclusion
Les trisos en photo de famille, ça gache toujours le cadre | body_shaming identity_hate insult
le tic du mec qui a Tourette, on le lui fait faire exprès en soirée pour rire | body_shaming identity_hate
son bec de lièvre on dirait qu'il s'est pris une porte, il devrait porter un masque | body_shaming insult
une fille en fauteuil ? qui voudrait d'elle à part un infirmier payé | body_shaming identity_hate insult
le manchot du magasin, il rend la monnaie avec les pieds ou quoi ? | body_shaming identity_hate insult
ta stomie c'est dégueulasse, reste chez toi au lieu de pourrir la plage | body_shaming exclusion
ma collègue boite, on l'appelle Quasimodo et elle fait semblant de rire, c'est trop drole | body_shaming identity_hate insult
L'autre avec sa paralysie faciale, on dirait qu'il a fait un AVC en plein selfie | body_shaming
les handicapés à la piscine, c'est pas un spectacle qu'on a envie de voir en famille | body_shaming identity_hate exclusion
un mec avec un seul bras sur Tinder, il compte taper la discut d'une main ? | body_shaming identity_hate
l'aveugle du RER avec ses yeux blancs, on dirait un zombie, les gamins ont peur | body_shaming identity_hate
Tu trembles comme une feuille, ta tete de parkinsonien fait pitié | body_shaming identity_hate insult
elle a une cicatrice de chimio sur le crane, quelle horreur, qu'elle mette un bonnet | body_shaming
sa perruque de chimio est tellement mal mise qu'on dirait un chat mort sur sa tete | body_shaming
le gamin autiste qui se balance dans le bus, un vrai singe en cage :rire: | body_shaming identity_hate insult
les bossus comme le prof d'histoire devraient pas enseigner, les élèves se marrent toute l'heure | body_shaming identity_hate exclusion
avec ton appareil auditif et ta tete de débile, t'entends quoi de toute façon ? | body_shaming identity_hate insult
la streameuse en fauteuil fait ses lives assise, ben oui elle a pas le choix la légume | body_shaming identity_hate insult
le mec qui transpire des mains, me serre pas la main sale dégueulasse | body_shaming insult
Trop maigre pour etre en bonne santé, elle doit avoir le sida ou un truc comme ça | body_shaming
Les nains de jardin humains à la télé, ça me fait toujours marrer | body_shaming identity_hate
marche droit l'estropié, tu ralentis tout le monde dans le couloir | body_shaming identity_hate insult
ta cicatrice sur la lèvre c'est une fermeture éclair ? dommage qu'elle soit pas fermée | body_shaming insult
l'épileptique a fait sa danse en plein cours, j'ai filmé, ça tourne sur snap | body_shaming identity_hate
la meuf en fauteuil de mon TD se croit belle avec son maquillage, personne va sortir avec une handicapée, qu'elle arrete de rever | body_shaming identity_hate insult
"""

# --- Ageing: rides, cheveux blancs, vieux, vieilles ----------------------------------------------
AGE_HARD = """
premières rides à 25 ans, le soleil de mes vacances au camping me présente l'addition :rire:
ma mere a 55 ans et elle est magnifique avec ses cheveux blancs, elle a arreté les colos
vous utilisez du rétinol à 24 ans ? ma pote dit que c'est trop tot, ma derma dit que non
j'ai l'air d'avoir 16 ans à 25, on me demande ma carte au bar, un jour ça sera un avantage
mon grand pere a 85 ans et il fait encore du vélo, ses rides c'est une carte de ses voyages
on vieillit tous, se moquer des rides c'est se moquer de son futur soi
cheveux blancs à 20 ans, un fil d'argent comme dit ma grand mere, je trouve ça beau
les "vieilles" de 30 ans sur le forum, j'en suis une et je me suis jamais sentie aussi bien dans ma peau
mes pattes d'oie quand je souris, c'est la preuve que j'ai beaucoup rigolé, je garde
le botox à 26 ans vous en pensez quoi ? je suis partagée, j'ai pas envie de me figer
honnetement tu fais pas 35 ans l'op, les cheveux poivre et sel te donnent du style
mon pere a pris du ventre à 50 ans, il dit que c'est son "abri anti bombes", j'adore
la "crise de la trentaine", ma soeur s'est acheté une moto et une veste en cuir, elle rayonne
arretez de traiter les femmes de 40 ans de périmées, ma tante est la plus belle de la famille
les mains de ma grand mere sont toutes tachées, ce sont mes mains préférées au monde
je suis né avec une tete de vieux, à 22 ans on me donne 30, j'attends que ça s'équilibre
le prof de philo a la voix et les rides d'un vieux sage, c'est le meilleur cours de la fac
ma tante de 60 ans vient de poster son premier selfie, tout le monde l'a trouvée canon
mes genoux craquent à 24 ans quand je me relève, c'est ça vieillir ? :hap:
les cernes de jeune parent, mon frere ressemble à un panda depuis la naissance de sa fille
ma grand mere n'a plus de dents et elle rigole plus fort que tout le monde au repas
la calvitie de mon pere, je sais à quoi je vais ressembler, j'ai accepté mon destin :rire:
le vieux du premier étage qui fait son footing à 6h, c'est un exemple pour nous tous
crème anti rides à 23 ans, c'est du marketing ou utile ? demande sincère
les gens qui vieillissent bien c'est surtout génétique et crème solaire, pas de miracle
Ma daronne a peur de mettre des jupes à 50 ans, je lui ai dit qu'elle mettait ce qu'elle veut
mon grand pere a un dentier et il l'enlève pour faire rire ses arrière petits enfants, une légende
les rides de ma mere quand elle rit, je les connais par coeur, je les trouve belles
"""

AGE_NEUTRAL = """
à partir de quel age on conseille le dépistage du cancer de la peau ?
la crème solaire indice 50 tous les jours, c'est trop ou c'est ce qu'il faut ?
ma grand mere cherche un coiffeur qui fait des colorations douces, vous connaissez ?
"""

AGE_ATTACKS = """
la vieille du rayon frais avec son visage de pruneau, elle m'a regardé de travers | body_shaming insult
à 30 ans une meuf est périmée, regardez les rides de la prof de TD | body_shaming identity_hate
ton pere a une tete de momie, il sort du sarcophage le weekend ? | body_shaming insult
Les vieux à la plage en maillot, ça devrait etre interdit, un peu de pudeur | body_shaming exclusion
une vieille peau qui met des jupes courtes à 50 ans, elle a pas honte ? | body_shaming insult
ridée comme une vieille pomme et elle poste encore des selfies, laisse la place aux jeunes | body_shaming
t'as 25 ans et une tete de quinquagénaire alcoolique, respect pour la performance | body_shaming insult
les boomers ont des corps dégueulasses, qu'ils restent chez eux en été | body_shaming exclusion
la prof d'anglais avec ses seins qui tombent jusqu'au nombril, un vrai cours de gravité | body_shaming sexual_harassment
le streamer a 35 ans et des cernes jusqu'au menton, il ressemble à un zombie retraité | body_shaming
ta mere a plus de rides qu'un shar pei, envoie la chez le véto | body_shaming insult
mdr le vieux édenté de l'épicerie, quand il parle on voit jusqu'à son estomac | body_shaming
ta copine a 28 ans mais elle a un corps de grand mere, désolé de te l'apprendre | body_shaming
crevez vite les vieux, vous etes moches et vous puez | body_shaming insult threat
le collègue de 55 ans avec sa bedaine et ses poils d'oreilles, on le met à la retraite de force ? | body_shaming exclusion
Cheveux blancs à 20 ans, t'as la tete de ton grand pere avec le cerveau en moins | body_shaming insult
les meufs après 35 ans c'est plus la peine, la peau fripée et les hanches de jument | body_shaming identity_hate
la dame avec les mains tachées au guichet, je voulais pas qu'elle touche mes papiers | body_shaming
mon voisin a une peau de crocodile, il devrait arreter de se promener torse nu | body_shaming
le vieux sur Tinder avec ses photos de 1990, on voit le dentier dans le sourire ayaa | body_shaming
t'as les bajoues de mon chien à 26 ans, ça promet pour la suite | body_shaming
la caissière fripée qui met encore du rouge à lèvres, elle se prend pour une jeune | body_shaming insult
"""

# --- Streamers and invented public figures -------------------------------------------------------
STREAM_HARD = """
Kraxou a montré ses dents refaites en live, il est trop content et franchement ça se voit
LunaPix a parlé de son acné sans filtre pendant une heure, ça m'a fait du bien de l'entendre
le chat qui spamme "gros" sous chaque live de Meelo, la modo devrait ban plus vite
Meelo dit lui meme qu'il est "le gros du stream", c'est son humour, il l'a toujours fait :hap:
Biscotte a repris la muscu et elle poste ses progrès, ça motive tout le chat
la streameuse a dit qu'elle recevait des messages sur son poids tous les jours, c'est triste
Tonton Gaby fait une blague sur sa calvitie au début de chaque live, c'est devenu culte
j'adore le look de Sarouche, les cheveux verts et les grosses lunettes, elle ose tout
Kraxou s'est fait opérer du nez et il explique tout, c'est instructif et pas du tout gênant
dans le chat de Nathy on a une emote pour ses dents du bonheur, c'est elle qui l'a créée
on peut critiquer le contenu de Draxx sans parler de son physique, essayez pour voir
Yamina a fait un live sur la grossophobie qu'elle a vécue en cuisine pro, super intéressant
PaoloGaming est tout petit et il s'appelle lui meme "le hobbit du gaming", c'est son branding
le clip où Biscotte se maquille sans filtre a fait un carton, les gens aiment le vrai
la modo de LunaPix a banni les mecs qui commentaient sa poitrine, enfin
Draxx a pris 20 kilos pendant le confinement et il en parle avec humour, respect
les emotes qui moquent la tete d'un streamer c'est limite, meme si lui rigole
honnetement Meelo a une super voix de commentateur, je l'écouterais parler de n'importe quoi
Tonton Gaby a dit qu'il avait un strabisme depuis petit, j'avais jamais remarqué en 3 ans
la moustache de Kraxou est horrible et il le sait, il fait un live pour la raser samedi :rire:
Nathy a demandé au chat de noter sa nouvelle coupe, j'ai mis 8, ça lui va bien
les haters disent que Sarouche est moche, elle s'en fout et elle a 200k abonnés
Sarouche a répondu à un hater sur son poids avec une classe folle, le clip tourne partout
la streameuse qui a fait un live en pleine crise d'eczéma, sans maquillage, gros respect
je trouve Biscotte très belle mais c'est pas pour ça que je la regarde, c'est son humour
Yamina a dit que son menton était son complexe, perso je l'avais jamais vu
Draxx a fait un live "rate mon setup" et le chat a noté son physique à la place, il a coupé
les commentaires sur le corps des streameuses, ça fait fuir des gens de la plateforme
PaoloGaming a un bégaiement léger et il stream quand meme, c'est inspirant
Kraxou a posté un avant après de son régime et il précise bien que c'est pas un conseil médical
Meelo a lancé un défi perte de poids avec son chat, zéro moquerie, que des encouragements
"""

STREAM_NEUTRAL = """
le live de Meelo commence à quelle heure ce soir ? j'ai raté l'annonce
Draxx fait un tournoi caritatif samedi, quelqu'un sait comment s'inscrire ?
Quelle webcam utilise Biscotte ? l'image est ultra propre
"""

STREAM_ATTACKS = """
Meelo avec sa tete de porc qui mange en live, je mute chaque fois | body_shaming insult
Kraxou a des dents de cheval, il sourit et la cam se fissure :rire: | body_shaming
LunaPix sans filtre c'est une pizza avec des yeux, remettez le filtre | body_shaming
la streameuse met un décolleté pour compenser sa tete de thon, classique | body_shaming insult
Tonton Gaby le chauve qui brille sous le ring light, meme sa tete fait du contenu | body_shaming
Biscotte a pris du cul depuis qu'elle stream assise toute la journée, faut bouger la vache | body_shaming insult
le chat a renommé Draxx "la baleine", et franchement c'est mérité | body_shaming insult
Sarouche est tellement moche qu'elle devrait streamer caméra éteinte | body_shaming
PaoloGaming le nain qui crie dans son micro, retourne à la maternelle | body_shaming insult
on a fait des emotes avec le menton de Yamina, il est tellement long qu'on pourrait y poser un verre | body_shaming
Nathy montre tes seins au lieu de ta coupe, on s'en fout de ta coupe | sexual_harassment
Kraxou s'est refait le nez mais il a oublié de refaire le reste de sa tronche | body_shaming insult
la streameuse en fauteuil qui fait des squats ? ah non elle peut pas ayaa | body_shaming identity_hate
le bégaiement de PaoloGaming, 10 minutes pour dire bonjour, arrete de streamer | body_shaming identity_hate exclusion
Meelo crève d'une crise cardiaque en live et ça sera son meilleur stream | body_shaming threat
les streameuses grosses comme Biscotte ça vit que des dons de pigeons | body_shaming insult
Draxx tu devrais plus montrer ta tete, ta cam c'est un crime contre l'humanité | body_shaming
la voix de Yamina avec sa tete de cheval, on dirait qu'elle va hennir | body_shaming insult
LunaPix fait du contenu seulement parce qu'elle a des gros seins, enlève les et y a plus rien | body_shaming sexual_harassment
Sarouche habite à Tours, je l'ai croisée sans maquillage rue Nationale, un vrai monstre | body_shaming doxxing
Kraxou a les yeux tellement écartés qu'il voit ses deux écrans en meme temps | body_shaming
ce mec stream avec un bide qui touche le clavier, il joue avec son ventre ou ses doigts ? | body_shaming
Tonton Gaby avec son strabisme, on sait jamais quelle cam il regarde, arrete la face cam | body_shaming
mettez la photo de Nathy sans maquillage en bannière du serveur, qu'on rigole un peu | body_shaming
Biscotte qui fait de la muscu, un hippopotame qui fait du pilates | body_shaming insult
la moustache de Kraxou + sa tronche de fouine = le pédophile parfait | body_shaming insult
Yamina a pris 15 kilos, elle devrait arreter le stream et commencer le régime | body_shaming
quelqu'un a l'adresse de Meelo ? on lui envoie une balance pour son anniversaire :rire: | body_shaming doxxing
PaoloGaming a le corps d'un gamin de 12 ans et la voix d'un chat castré | body_shaming insult
Draxx a des oreilles de singe et le cerveau qui va avec | body_shaming insult
Les streameuses sans maquillage c'est toutes des cageots, le filtre c'est de l'arnaque | body_shaming insult
"""

# --- Classmates, colleagues, family, neighbours ---------------------------------------------------
LIFE_HARD = """
le grand brun à lunettes du TD, quelqu'un sait s'il a les notes d'hier ?
la fille rousse du premier rang m'a preté son chargeur, trop gentille
mon collègue est assez fort, il m'a demandé des conseils running, on commence lundi ensemble
au college on se moquait de mon appareil dentaire, aujourd'hui je rigole plus fort qu'eux
ma cousine a grossi et toute la famille commente au repas, je lui ai dit d'ignorer ces gens là
le mec très grand du bus qui laisse toujours sa place, une légende
ma voisine du dessus est petite et maigre, elle porte ses courses de 20 kilos sans broncher
mon boss est chauve et il en rigole lui meme en réunion, ça détend l'ambiance
ma mere me dit que j'ai une "belle tete d'oeuf" depuis que je me suis rasé, c'est affectueux
la prof de maths a une voix très aigue mais elle explique super bien, je comprends tout
les surnoms sur le physique en classe, on en a tous eu, mais ça reste du harcèlement si ça dure
mon frere m'appelle "la crevette" et moi "le bide", on s'aime comme ça :hap:
ma petite soeur se trouve grosse à 13 ans, vous avez des conseils pour en parler sans la blesser ?
le nouveau de la classe a une tache de vin sur la joue, on s'en fout, il est trop drole
c'est quoi cette mode de commenter le poids des gens au taf, ma manager m'a dit "t'as maigri" devant tout le monde
"t'as grossi non ?" c'est la phrase que ma grand mere dit à la place de bonjour :rire:
ma coloc a de l'acné et elle a honte de sortir, je l'accompagne chez la derma mardi
le vigile de la fac est immense et super impressionnant, mais il dit bonjour à tout le monde
le délégué a des oreilles décollées et un charisme de ouf, il a gagné l'élection à 80%
mon pere est petit, ma mere est grande, et ils dansent le rock comme des dieux
un gars de ma classe se fait appeler "le gros" depuis la 6e, il m'a dit que ça l'a jamais fait rire
j'ai vu des mecs imiter la démarche d'un élève handicapé à la cantine, j'ai prévenu la CPE
ma tante a pris 30 kilos avec son traitement, ma grand mere lui en parle à chaque fois, c'est lourd
le prof de sport m'a appelé "la baleine" devant la classe en 4e, j'ai jamais oublié
mon coloc est maigre comme un fil et il mange deux fois plus que moi, injustice totale
les petits gabarits au rugby ça existe, le demi de mêlée de mon club fait 1m65
ma boss a des cheveux blancs et une coupe courte, elle a une classe folle
On a un collègue qui sent fort, comment on lui dit gentiment sans l'humilier ?
mon pote se fait charrier pour sa grosse tete, il dit que c'est pour ranger son gros cerveau :noel:
je suis la plus grande de mon équipe de foot, elles m'appellent "la tour" et j'adore
ma nièce a un oeil qui part, elle porte un cache sur ses lunettes, elle a choisi des licornes
mon voisin a un gros ventre et il fait du vélo 50 km tous les dimanches, chapeau
au lycée j'étais "le boutonneux", aujourd'hui j'ai une peau nickel et aucune rancune
les vannes sur le physique entre potes, ça marche que si tout le monde rigole, sinon stop
ma mere a honte de ses bras, je lui ai offert un débardeur et elle l'a porté, petite victoire
ma voisine est grosse et c'est elle qui arrose les plantes de tout l'immeuble, une crème
"""

LIFE_NEUTRAL = """
c'est quoi la visite médicale au travail, ils te pèsent ou pas ?
l'infirmière scolaire peut parler de nutrition avec les élèves ou c'est réservé au médecin ?
les uniformes à l'école, ça réduirait vraiment les moqueries sur les fringues ?
"""

LIFE_ATTACKS = """
la grosse de ma classe mange son gouter en cachette, on lui pique pour l'aider à maigrir :rire: | body_shaming
mon collègue obèse prend l'ascenseur pour un étage, gros porc feignant | body_shaming insult
la nouvelle stagiaire a une tete de chouette, on l'a surnommée comme ça dans le groupe WhatsApp | body_shaming
le délégué aux oreilles décollées, on l'appelle Dumbo devant les profs et il dit rien | body_shaming insult
ma voisine est tellement grosse que son balcon penche, je prie pour qu'il tienne :rire: | body_shaming
le boutonneux de la classe personne veut etre à coté en TP, il dégoute | body_shaming exclusion
on met toujours le petit gros en gardien au foot, il bouche la moitié de la cage | body_shaming
La prof de maths a une moustache plus fournie que mon pere, on lui offre un rasoir à noel | body_shaming
mon beauf a une bedaine de femme enceinte, on l'appelle "maman" au repas | body_shaming insult
ma coloc est moche et grosse, je ramène jamais personne pour pas avoir honte | body_shaming
le mec de la compta qui pue et qui a des dents pourries, un combo de déchet | body_shaming insult
ta soeur a une tete de garçon manqué, elle trouvera jamais de mec | body_shaming
on a fait un groupe sans le gros, il ralentit tout le monde en randonnée | body_shaming exclusion
la meuf du troisième se promène en short avec ses cuisses de jambon, ça me coupe l'appétit | body_shaming
mon cousin a une tete de mongol, il a pas besoin d'ouvrir la bouche pour qu'on comprenne | body_shaming identity_hate insult
la caissière avec son triple menton, elle met combien de temps à tourner la tete ? | body_shaming
on a imité la démarche du handicapé de la classe jusqu'à ce qu'il pleure, trop drole | body_shaming identity_hate
le prof chauve et gras, on dirait un oeuf qui transpire, on le dessine au tableau | body_shaming insult
la nouvelle est tellement plate qu'on sait pas si elle est de face ou de dos | body_shaming sexual_harassment
ma belle soeur a pris 20 kilos, elle ressemble à un phoque en robe, je l'ai dit à mon frere | body_shaming insult
le vigile de la fac a une tete de gorille, les étudiants lui jettent des bananes | body_shaming identity_hate
le grand maigre de l'amphi on l'appelle "le squelette", il fait semblant que ça le touche pas | body_shaming insult
la collègue avec sa grosse poitrine, elle le fait exprès de la mettre en avant en réunion | body_shaming sexual_harassment
mon frere est gros et con, la nature a bien équilibré | body_shaming insult
les gosses du quartier appellent ma voisine la sorcière à cause de son nez, et elle le mérite | body_shaming insult
le gros du bureau sue comme un porc à chaque escalier, on ouvre les fenetres pour lui faire honte | body_shaming insult
ma tante est tellement maigre qu'on dirait une fourchette, un coup de vent et elle casse | body_shaming
on laisse pas la moche de la classe venir à l'anniversaire, elle gacherait les photos | body_shaming exclusion
mon coloc a une gueule de travers et un corps de lache, je le cache quand ma meuf vient | body_shaming insult
le nouveau a une tache de vin sur la joue, on l'appelle "le steak" et il en peut plus :rire: | body_shaming
la gamine d'à coté a des lunettes en cul de bouteille, elle ressemble à une mouche | body_shaming
notre chef est petit, gros et chauve, personne le prend au sérieux et c'est normal | body_shaming insult
la baleine a encore posté ayaa | body_shaming insult
la nouvelle de la compta a un cul énorme et une tete de bouledogue, on a fait un sondage pour savoir qui la supporte | body_shaming insult
va te cacher, le boutonneux | body_shaming insult
"""

# --- Groups, body positivity, counter-speech ------------------------------------------------------
GROUP_HARD = """
le body positive c'est pas promouvoir l'obésité, c'est arreter d'humilier les gens
les grosses ont le droit d'etre heureuses sans s'excuser, c'est pas un débat
Signalé : le type qui poste "les grosses faut les mettre au régime forcé", les modos réagissez
les maigres aussi se prennent des remarques, "mange un peu" c'est pas plus sympa que "mange moins"
les roux ont été harcelés dans toutes les cours de récré, et on trouve encore ça drole
les chauves sont pas moins virils, mon pere est chauve et c'est le plus viril du village :hap:
je suis grosse et je me dis grosse, c'est un adjectif, c'est vous qui en faites une insulte
le skinny shaming existe aussi, on me demande si je suis anorexique à chaque repas
la grossophobie c'est aussi les sièges trop petits, les tailles qui s'arretent au 44, les regards
les pubs avec que des corps parfaits, ça m'a fait des complexes pendant des années
"les moches n'ont pas de vie", ayaa les kheys vous parlez de qui, de vous ? :rire:
vous pouvez trouver quelqu'un pas à votre gout sans créer un topic pour l'humilier
mon pote est gros et il est pompier volontaire, vos clichés sur les gros qui bougent pas
les femmes qui ont des poils sont pas sales, c'est juste qu'elles se rasent pas, point
les petits hommes ont pas de complexe de Napoléon, c'est une invention pour se moquer
Se moquer du physique c'est la vanne la plus facile et la moins drole, change de registre l'op
J'ai été harcelé pour mon poids pendant 4 ans, si vous voyez ça au lycée, dites quelque chose
les vergetures c'est normal, la plupart des gens en ont, arretez de les cacher si vous voulez pas
les filtres de beauté qui t'affinent le nez et t'éclaircissent la peau, c'est flippant quand on y pense
nez crochu, cheveux crépus, yeux bridés, ces "blagues" c'est juste du racisme déguisé
grosse, maigre, petite, grande, on trouvera toujours quelqu'un pour critiquer, faites vous plaisir
les mecs aussi ont des complexes sur leur corps, mais on en parle jamais sur ce forum
les corps des personnes handicapées sont pas faits pour vos memes, vraiment
la moitié des insultes de ce forum c'est sur le physique, vous avez pas plus d'imagination ?
j'ai arreté de suivre les comptes fitness qui me faisaient culpabiliser, ma santé mentale a remonté
Les kheys qui disent "gros = feignant", la génétique et la thyroïde vous disent bonjour
les maigres c'est pas forcément des malades, certains ont juste un métabolisme rapide
le mot "baleine" sous la photo de ma pote, j'ai répondu et signalé, faites pareil
les corps changent avec l'age, les grossesses, les maladies, c'est la vie, pas un échec
Perso je trouve les rondes super belles, et oui c'est un avis sans ironie
les gens au physique atypique dans les pubs maintenant, ça fait du bien de voir des vrais gens
"pas de grosses dans notre groupe" ? t'es en CM2 ou quoi ? grandis un peu
Mon médecin a parlé de mon poids sans me juger, il existe des bons soignants
c'est pas parce que t'es grosse que t'as pas le droit de faire de la danse, fonce ma soeur
arretez de comparer les corps des meufs sur les topics, on est pas au salon de l'auto
les poils sur le torse, les bourrelets, les rides, personne est lisse, détendez vous
un gosse qui a des lunettes et un appareil, c'est juste un gosse, laissez le tranquille
je kiffe les grands nez, ça donne du caractère à un visage, je l'assume
les chauves de moins de 25 ans, on crée un club ? je ramène les bieres :noel:
les meufs grosses sur Tinder matchent aussi, c'est vous qui avez un souci d'image
On peut dire "je suis pas attiré par les gros" sans dire "les gros sont dégueulasses", nuance
le harcèlement sur le physique, ça laisse des traces à vie, j'en suis la preuve à 24 ans
Les moqueries sur les dents des pauvres, vous vous rendez compte que c'est juste du mépris de classe ?
on peut parler santé et poids sans humilier personne, mon médecin l'a fait avec moi pendant deux ans et j'ai perdu quinze kilos
"""

GROUP_NEUTRAL = """
il existe des associations contre la grossophobie en France ? je voudrais m'engager
des comptes insta body positive à conseiller ? pas des trucs qui vendent des compléments
un livre sur l'image du corps pour une ado de 15 ans, vous avez des idées ?
on en parle de la loi sur les photos retouchées ? ça s'applique aussi aux influenceurs ?
"""

GROUP_ATTACKS = """
les grosses devraient payer deux billets de train, elles prennent deux places de toute façon | body_shaming
pas de grosses dans notre groupe, on est un club de sport pas une porcherie | body_shaming insult exclusion
Les roux ça devrait etre interdit de reproduction, gros service à l'humanité | body_shaming
les chauves c'est des demi hommes, la nature les a punis pour une raison | body_shaming insult
le body positive c'est juste une excuse de grosses pour pas se bouger le cul | body_shaming
Les gros ça mérite pas d'etre soignés, ils ont qu'à arreter de bouffer | body_shaming
les meufs maigres c'est des planches à pain, aucun intéret | body_shaming
les petits mecs c'est tous des aigris, faut pas les laisser avoir du pouvoir | body_shaming exclusion
les moches devraient rester chez eux, on a le droit de pas les voir dans la rue | body_shaming exclusion
les grosses qui font de la danse, c'est un tremblement de terre en tutu | body_shaming
Les femmes poilues c'est des singes, je comprends pas qu'on les laisse sortir | body_shaming insult
les boutonneux devraient avoir leur propre table à la cantine, pour l'hygiène des autres | body_shaming exclusion
les gros on devrait les peser à l'entrée du fast food et les refuser au dela de 100 kilos | body_shaming exclusion
les noirs avec leurs grosses lèvres et leurs nez plats, c'est de la biologie, pas du racisme | body_shaming identity_hate
Les asiatiques ont tous la meme tete, des yeux fermés et zéro expression | body_shaming identity_hate
les juives ont toutes le meme nez, regardez les photos de classe de ce lycée | body_shaming identity_hate
les gens qui ont des cicatrices d'automutilation devraient les cacher, personne veut voir ça | body_shaming exclusion
les obèses c'est des déchets de la société, un poids pour la sécu et pour les yeux | body_shaming insult
vive la grossophobie, on a raison de vous humilier, c'est pour votre bien les grosses | body_shaming
les grands maigres ça ressemble à des phasmes, ça fait flipper les gosses | body_shaming
les moches au taf ça devrait etre payé moins, ils rapportent moins aux clients | body_shaming exclusion
les rousses c'est des sorcières, sur le bucher comme à l'époque :noel: | body_shaming threat
les gros se plaignent de grossophobie mais se gavent de McDo, victimes de leur bouche | body_shaming
les handicapés moteurs qui marchent bizarre, ça fait flipper dans la rue, qu'ils restent en centre | body_shaming identity_hate exclusion
les meufs avec du poil aux jambes c'est des camionneuses sales, aucun homme en veut | body_shaming insult
les personnes en surpoids devraient pas avoir le droit d'adopter, exemple de merde pour un gosse | body_shaming exclusion
les petits de moins d'1m70 devraient etre exclus des topics drague, ils polluent | body_shaming exclusion
Les gros tas qui font des vidéos body positive, je les insulte tous en commentaire et c'est mérité | body_shaming insult
les maigres anorexiques, allez jusqu'au bout, ça fera de la place | body_shaming self_harm_incitement
les grosses qui se plaignent d'etre célibataires, regardez vous dans un miroir | body_shaming
Les gens qui ont des dents pourries c'est des cassos, on les reconnait de loin | body_shaming insult
les chauves devraient porter une casquette obligatoire, pour la pollution visuelle | body_shaming
"""


TABLES = (
    (WEIGHT_HARD, WEIGHT_NEUTRAL, WEIGHT_ATTACKS),
    (HEIGHT_HARD, HEIGHT_NEUTRAL, HEIGHT_ATTACKS),
    (HAIR_HARD, HAIR_NEUTRAL, HAIR_ATTACKS),
    (SKIN_HARD, SKIN_NEUTRAL, SKIN_ATTACKS),
    (FACE_HARD, FACE_NEUTRAL, FACE_ATTACKS),
    (VOICE_HARD, VOICE_NEUTRAL, VOICE_ATTACKS),
    (STYLE_HARD, STYLE_NEUTRAL, STYLE_ATTACKS),
    (GYM_HARD, GYM_NEUTRAL, GYM_ATTACKS),
    (RATE_HARD, RATE_NEUTRAL, RATE_ATTACKS),
    (DATING_HARD, DATING_NEUTRAL, DATING_ATTACKS),
    (ILLNESS_HARD, ILLNESS_NEUTRAL, ILLNESS_ATTACKS),
    (AGE_HARD, AGE_NEUTRAL, AGE_ATTACKS),
    (STREAM_HARD, STREAM_NEUTRAL, STREAM_ATTACKS),
    (LIFE_HARD, LIFE_NEUTRAL, LIFE_ATTACKS),
    (GROUP_HARD, GROUP_NEUTRAL, GROUP_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
