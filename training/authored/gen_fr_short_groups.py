"""Generate fr_short_groups.csv: short French forum posts about groups NOT protected by
anti-discrimination law, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". The groups are generations
(boomers, zoomers, millennials, les vieux, les ados), regions and cities (Parisiens, Marseillais,
Bretons, gens du Nord, provinciaux), social classes and lifestyles (riches, bourgeois, cassos,
beaufs, bobos, gens de la campagne), jobs and studies, sports fans, gamers and fandoms, online
types (influenceurs, streamers, modos, nouveaux du forum, PNJ) and habits (vegans, fumeurs,
cyclistes, automobilistes, gens qui ont un chien). Harmless lines: mild generalisation, teasing,
stereotypes told with a wink, complaints about a behaviour, self-mockery, sociological remarks,
game and sports banter, harmless house rules. Attacks: contempt and name-calling of the group or
of one member through the group (insult), wished or threatened harm (threat), barring people
(exclusion), mocking bodies (body_shaming), sexual insults (sexual_harassment), telling people to
kill themselves (self_harm_incitement). Age and region are not protected grounds here; a few lines
where the group word stands for origin, religion, sex, sexual orientation or disability carry
identity_hate. Every line is 5 to 25 words. No extra variants.
See fr_short_groups.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_groups.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives name the group or use the
# words and tone the attacks use, and attack nobody; neutral lines are ordinary posts on the topic.

# --- Generations: boomers, zoomers, millennials, les vieux, les ados ---------------------------
GEN_HARD = """
les boomers de ma famille ont découvert les stickers whatsapp, le groupe familial est devenu un enfer :rire:
Mon daron m'a demandé si TikTok c'était un jeu video, j'ai pas eu le courage d'expliquer
ayaa les zoomers savent plus utiliser un ordi, ils font tout sur le tel, moi le premier
je suis un zoomer et j'avoue j'ai peur d'appeler au telephone, meme pour commander une pizza
les millennials et leur avocado toast, ma grande soeur est exactement ça et elle assume
Les vieux au supermarché qui paient en cheque a 18h, je les aime bien mais c'est long :hap:
"ok boomer" c'est devenu une ponctuation sur ce forum ayaa
ma grand-mere est plus à l'aise sur Facebook que moi, les vieux ont pris le pouvoir là-bas
Les ados de maintenant parlent avec des mots que je comprends pas et j'ai 23 ans :ouch:
Génération Z : on a grandi avec la crise, le covid et la fin du monde en fond sonore, normal qu'on soit cramés
les boomers ont eu les maisons pas cheres, nous on a les colocs à 700 balles, c'est un constat pas une insulte
Je défends les boomers deux secondes : mon papy m'a appris à réparer un vélo, les jeunes savent plus faire ça
les ados dans le bus avec le son à fond sans écouteurs, pourquoi ils font ça les kheys
Les vieux qui commentent "bravo" sous toutes les pubs Facebook, c'est devenu mon contenu préféré
entre millennials et zoomers la guerre du skinny jean continue, moi je porte ce que je veux
ma mère m'envoie des gifs "bonjour" avec des chatons tous les matins, boomer core mais je l'aime
les jeunes veulent plus bosser ? non, on veut juste pas bosser pour un smic et des pizza party
Les boomers disaient que les jeux vidéo rendaient violent, maintenant mon oncle farm sur Candy Crush toute la nuit
golem les vieux votent plus que nous, c'est pour ça qu'on les écoute, va voter au lieu de chouiner
Je suis millennial et j'ai mal au dos en me levant, on est les nouveaux vieux :rire:
les ados de 15 ans qui traînent sur le forum se reconnaissent direct à leur orthographe :noel:
Mes grands-parents savent pas ce qu'est un mème mais ils ont survécu à des trucs bien pires que nous
Le daron qui tape "google" dans la barre google pour aller sur google, classique boomer, je l'adore
"c'était mieux avant" disent les vieux, alors qu'avant y avait pas la clim ni internet :hap:
les zoomers ont ramené les jeans baggy et les appareils photo jetables, la mode tourne en rond
perso les vieux de mon immeuble sont adorables, ils gardent mes colis et me filent des confitures
Débat du soir : les boomers ont-ils vraiment eu la vie plus facile que nous ? avis des kheys
Les ados sont pas plus cons qu'avant, ils ont juste des téléphones pour qu'on les voie faire des conneries
ma prof de 60 ans utilise mieux Notion que toute la classe, les vieux nous humilient
les millennials qui disaient "doggo" et "pupper", c'était une époque :rire:
Les gens de plus de 50 ans qui écrivent tout en majuscules, c'est pas de la colère, c'est la vue
On se moque des boomers mais dans 30 ans ce sera nous les vieux cons qui captent rien :hap:
les ados de ma rue font des roues arrières toute la journée, ça me saoule mais ils sont pas méchants
La génération de mes parents a connu le plein emploi, la mienne connait les stages non payés, voilà
mon grand-père boomer m'a demandé de lui installer Discord pour jouer avec ses potes, respect
ça me rend fou les vieux qui doublent dans la queue à la boulangerie en faisant semblant de pas voir
Les zoomers sont la génération la plus anxieuse selon plein d'études, ça m'étonne pas trop
ahi les millennials qui font des reels avec des transitions de 2015 :rire:
j'ai dit "ok boomer" à mon propre père et il m'a répondu "ok zoomer", j'ai perdu
"vieux con" c'est une insulte, "les vieux galèrent avec les applis" c'est juste un constat
je vais tuer mon daron s'il m'envoie encore une chaîne de lettres à 6h du mat :rire:
boomer moi ? j'ai 24 ans
les vieux ont toujours raison, apparemment :hap:
Les ados qui font des trends dangereuses sur TikTok, ça me fait peur pour eux, vraiment
les boomers vont tous nous enterrer ayaa, mon papy de 85 ans court encore des semi-marathons
"""

GEN_NEUTRAL = """
quelqu'un a des conseils pour apprendre à ma grand-mère à faire des visios avec son tel ?
A partir de quel âge on est considéré millennial au juste ? je suis né en 1997
Mon père part à la retraite le mois prochain, vous offrez quoi pour un pot de départ ?
je fais un mémoire sur le conflit de générations au travail, des témoignages de kheys ?
Les ados de ma famille jouent tous à Roblox, c'est quoi le délire exactement ?
ma mamie veut s'inscrire sur un site de rencontres à 72 ans, je l'aide comment ?
"""

GEN_ATTACKS = """
franchement les boomers c'est une génération de parasites qui a tout pillé, vivement qu'ils clamsent tous | insult threat
Des déchets qui coûtent une blinde à la sécu, les vieux, faudrait les débrancher | insult threat
génération de merde, les zoomers c'est des limaces sans cerveau qui savent juste scroller | insult
ayaa les millennials, des assistés pleurnichards, bande de chiffes molles inutiles | insult
Les ados c'est des sous-merdes, je leur mettrais des baffes à tous jusqu'à ce qu'ils saignent | insult threat
Moi je dis que les boomers devraient tous crever dans leurs pavillons, ça libérerait des logements | insult threat
les vieux au volant faut les sortir de la route, et de la vie tant qu'à faire | insult threat
Génération Z = génération de débiles congénitaux, le QI d'une huître | insult
ces fossiles séniles qui votent, faudrait leur retirer le droit de vote et les parquer quelque part | insult exclusion
ok boomer, retourne dans ton ehpad crever en silence, vieux débris | insult threat
Les ados dépressifs sur TikTok, qu'ils se foutent en l'air pour de vrai au lieu de pleurnicher | insult self_harm_incitement
les millennials c'est la génération la plus laide, des gros lards avec des barbes de hipster dégueu | insult body_shaming
les vieilles peaux ridées à la piscine municipale, cachez vos corps flasques ça donne la gerbe | insult body_shaming
de la vermine égoïste, voilà ce que sont les boomers, je cracherai sur leurs tombes | insult
ceux qui trainent en bas de chez moi, ces ados, des petits rats qu'il faudrait dératiser au karcher | insult threat
Les zoomers sont des abrutis finis, ils savent même pas lire l'heure sur une horloge | insult
les vieux cons comme toi devraient fermer leur gueule et laisser la place | insult
pas de boomers sur ce serveur, vous êtes trop lents et trop cons, dehors | insult exclusion
la génération de mes parents c'est des connards finis qui nous laissent une planète en ruine, qu'ils pourrissent | insult threat
les ados de 14 ans sur le forum, des larves inutiles, on devrait vous bannir d'internet | insult exclusion
Perso les retraités c'est que des sangsues qui vivent sur notre dos, qu'ils crèvent vite | insult threat
les millennials et leur santé mentale, bande de fragiles de merde, allez vous pendre ça ira plus vite | insult self_harm_incitement
la canicule qui emporte des vieux c'est pas un drame, c'est du ménage naturel | insult threat
les zoomers ont des têtes d'avortons mal finis avec leurs moustaches de puceaux | insult body_shaming
t'es bien un boomer, con comme tes pieds et radin en plus | insult
Les vieux qui prennent le bus aux heures de pointe, faudrait les enfermer chez eux à clé | exclusion
Sérieux les ados sont des sacs à merde, je comprends les parents qui les foutent dehors | insult
Génération de pleureuses les zoomers, ça chiale pour tout, des merdes molles | insult
Des boomers qui crèvent du covid ? rien à foutre, ils l'ont bien mérité | insult threat
Les vieux séniles devraient avoir un couvre-feu et interdiction d'internet, ils polluent tout | insult exclusion
ma génération est pourrie mais les boomers c'est des ordures de la pire espèce | insult
les ados du collège d'à côté, je leur souhaite de finir tous sous un bus | threat
vieux croûton de modo, t'as l'âge de crever alors lâche ton clavier | insult threat
des losers sans colonne vertébrale, des moins que rien, c'est tout ce que sont les millennials | insult
"ok boomer" ? non, "ok vieux déchet qui pue la naphtaline", c'est plus précis | insult
Les zoomers sont trop cons pour survivre, l'espèce ira mieux quand ils auront disparu | insult threat
crevez les boomers, bande de déchets | insult threat
les vieux, tous des poids morts | insult
"""

# --- Regions and cities: Parisiens, Marseillais, Bretons, gens du Nord, provinciaux ------------
REGION_HARD = """
les Parisiens qui débarquent en Bretagne l'été et se plaignent qu'il pleut, c'est mon sport préféré :rire:
Marseillais ici, oui on exagère tout, mon oncle a pêché un thon de trois mètres au Vieux-Port (non)
les Bretons mettent du beurre salé partout, même dans le café, je suis breton je confirme
Les gens du Nord sont les plus accueillants de France, je maintiens, les corons c'est la chaleur humaine
provinciale à Paris depuis 3 mois, je comprends toujours pas pourquoi personne se dit bonjour dans le métro
chocolatine ou pain au chocolat, les Toulousains vont encore pourrir le topic :hap:
les Parisiens ont l'air pressés et froids mais ma coloc parisienne est la personne la plus chaleureuse que je connaisse
Les Lyonnais et leurs bouchons, je suis devenu accro à la quenelle depuis mon stage là-bas
ayaa l'accent du Sud, les Marseillais parlent comme s'ils étaient en train de s'engueuler en permanence
Les Alsaciens mettent de la choucroute dans tout, j'ai testé la pizza choucroute, c'est pas si mal
les gens du Nord ils sortent en t-shirt par 8 degrés, c'est génétique ou quoi :rire:
Bretons = consanguins ? ayaa c'est la vanne la plus éclatée du forum, trouvez mieux
je suis ch'ti et fier, moquez-vous de notre accent, on s'en bat les couilles on a la friterie
les provinciaux qui montent à Paris pour les études, vous tenez comment avec les loyers ?
Parisien depuis toujours et j'avoue, on râle tout le temps, c'est notre sport national
Les Normands répondent "p'tet ben que oui p'tet ben que non", mon grand-père le fait vraiment
les Marseillais et l'OM c'est une religion, mon coloc a pleuré pour une défaite contre Brest
Les Bordelais snobs avec leur vin ? j'ai vécu là-bas, ils sont surtout fans de canelés
"les Parisiens sont des connards" ayaa t'en connais trois et tu généralises, calme-toi khey
les gens de la Creuse ont des vies plus calmes que nous et franchement je les envie
Les Corses ont la réputation d'être fermés, j'y ai fait un stage et on m'a invité à tous les repas
ma meuf est de Lille et moi de Nice, chaque repas de famille c'est un match de stéréotypes
Les Parisiens en vacances avec leur trottinette électrique sur les chemins de randonnée, je vous jure
les Auvergnats et leur fromage, j'ai pris 3 kilos en une semaine à Clermont :ouch:
le Sud c'est le soleil, le Nord c'est les gens, c'est ce qu'on dit chez nous et c'est vrai
Les gens de province qui disent "monter à Paris" comme si c'était l'Everest :hap:
Bretonne ici : oui il pleut, non on se lave pas au cidre, merci pour les clichés les kheys :rire:
Les Marseillais mythos ? mon père est marseillais et il raconte toujours qu'il a failli signer pro
les Lillois supportent la pluie mieux que personne, c'est une compétence de survie
ça me saoule les Parisiens qui klaxonnent pour rien, même à 3h du mat dans une rue vide
Les Toulousains te parlent de rugby au bout de 4 minutes, c'est un fait scientifique
paysan de la Mayenne et fier, les citadins qui se moquent de nos bottes venez faire les foins
Les Niçois et leur socca, les Marseillais et leur panisse, c'est presque pareil et ils se battent dessus
les gens du Nord avec l'accent ch'ti c'est trop mignon, j'ai revu le film là-dessus hier
Je suis de Clermont et les Parisiens pensent qu'on vit dans des grottes au pied des volcans, presque vrai
Les Parisiens ont inventé la queue de 45 minutes pour un brunch, respect quand même
les Bretons et les Normands se disputent le Mont-Saint-Michel depuis mille ans, laissez-les
jsuis marseillais et quand je dis "fada" mes collègues lyonnais croient que je les insulte :rire:
ayaa les Parisiens et leurs trottinettes
Les Marseillais ont le sens de l'accueil, trois inconnus m'ont invité à un barbecue en une semaine
"""

REGION_NEUTRAL = """
je déménage à Lille en septembre pour mon master, des conseils de quartier pour étudiant ?
c'est quoi la meilleure ville pour un premier job, Lyon ou Nantes, en terme de loyers ?
Quelqu'un connait un bon resto breton vers Montparnasse, pour des galettes pas trop cheres ?
Je fais le tour de France en van cet été, des régions à pas rater selon vous ?
mon stage est à Marseille, c'est facile de trouver une coloc près de la gare Saint-Charles ?
Les accents régionaux disparaissent chez les jeunes selon une étude, vous le remarquez chez vous ?
"""

REGION_ATTACKS = """
on va pas se mentir, les Parisiens c'est des parasites arrogants qui méritent leur pollution | insult
Les Marseillais sont tous des menteurs et des voleurs, pas un pour rattraper l'autre | insult
Sérieux, les Bretons consanguins avec leurs gueules de patates pourries | insult body_shaming
les gens du Nord c'est des alcoolos édentés et obèses, des cassos de naissance | insult body_shaming
Les provinciaux c'est des bouseux débiles qui devraient rester dans leur ferme avec leurs vaches | insult exclusion
pas de Parisiens dans notre village, on vous a assez vus, cassez-vous et crevez dans votre béton | insult threat exclusion
Des sous-hommes, les Marseillais, faudrait mettre un mur autour de la ville | insult exclusion
Lyon c'est une ville de merde remplie de merdes, des bourges coincés et des faux-culs | insult
Les Ch'tis c'est des dégénérés qui parlent comme des demeurés, ça me dégoûte | insult
les Corses c'est tous des mafieux poseurs de bombes, faudrait les mettre en taule | insult
Parisiens de merde, j'espère qu'un jour le périph vous écrasera tous | insult threat
ayaa les gens de la Creuse ont le QI de leurs vaches, des consanguins inutiles | insult
Les Toulousains sont des gros beaufs qui puent le cassoulet et la sueur | insult
t'es bien marseillaise toi, grande gueule et rien dans le crâne | insult
les provinciaux qui montent à Paris, retournez dans vos trous paumés, personne veut de vous ici | insult exclusion
Les Normands c'est des alcooliques qui battent leurs gosses, tout le monde le sait | insult
ces crasseux de Bretons, faut les noyer dans leur cidre | insult threat
ayaa les Nordistes édentés, vos gueules de consanguins me font gerber | insult body_shaming
les Parisiens devraient être interdits de louer chez nous, ces rats qui font monter les prix | insult exclusion
cette ville est un cancer, faut gazer tous les Marseillais | insult threat
Dans le Sud c'est que des feignasses qui font la sieste pendant qu'on bosse, des boulets | insult
les Bordelais avec leurs têtes de consanguins aristos, je leur cracherais à la gueule | insult
Vous les Parisiens vous êtes la honte de la France, des merdes prétentieuses | insult
le Nord c'est la poubelle du pays et ses habitants les déchets dedans | insult
Les Niçois sont tous des fachos dégueulasses, une ville de vieux cons aigris | insult
les provinciaux sont des PNJ incultes, ils savent même pas ce qu'est un musée | insult
Honnêtement les ploucs de Mayenne devraient être stérilisés avant de se reproduire | insult threat
Les Lillois ont des gueules de déprimés parce qu'ils sont moches comme leur ciel | insult body_shaming
j'en croise un, de Lyonnais, je lui défonce la tête, c'est tous des fils de pute | insult threat
Bretons de merde, rentrez chez vous et restez-y avec vos crêpes dégueulasses | insult exclusion
Les Parisiens ont pas d'âme, des robots qui méritent même pas qu'on leur adresse la parole | insult exclusion
les Marseillais de ma promo, des racailles qui volent tout, je peux pas les blairer | insult
ce forum serait mieux sans les Parisiens, bannissez-les tous ces puants | insult exclusion
mdr les gens du Nord sont tellement cons que même leurs chiens ont honte d'eux | insult
les Parisiens, tous des connards | insult
"""

# --- Social classes and lifestyles: riches, bourgeois, cassos, beaufs, bobos, campagne ---------
CLASS_HARD = """
les riches qui disent "l'argent fait pas le bonheur" depuis leur yacht, ça me fait toujours rire
Les bourgeois du 16e et leurs doudounes sans manches, c'est un uniforme à ce stade :hap:
j'ai grandi chez les cassos et j'en suis fier, les repas du dimanche c'était chips-coca-foot
Les beaufs au camping avec leur barbecue et la musique à fond, j'avoue c'est mes meilleures vacances
bobo assumé : vélo cargo, kombucha et marché bio, vous pouvez me taper :rire:
les gens de la campagne savent réparer un tracteur et faire pousser des tomates, nous on sait scroller
Les riches paient moins d'impôts en proportion que les classes moyennes, c'est pas une opinion c'est des chiffres
ma belle-famille est ultra bourgeoise, au repas on m'a demandé dans quelle "maison" je faisais mes études ayaa
beauf et fier : claquettes chaussettes, pastis et tuning, c'est mon identité
Les bobos qui gentrifient Montreuil, sujet sérieux, les loyers ont explosé pour les anciens habitants
les cassos de télé-réalité sont scénarisés, les gens en vrai ils sont juste pauvres et fatigués
Taxer les riches ? je suis pour, mais j'ai pas de haine contre les gens qui ont réussi
j'habite à la campagne, 40 minutes pour le premier Lidl, les citadins connaissent pas ce game
Les fils de riches en école de commerce ont un réseau de fou, c'est injuste mais c'est la vie
les beaufs c'est devenu une esthétique sur Insta, mes potes parisiens portent des tongs Ricard au second degré
"cassos" c'est méprisant comme mot, on parle de gens qui galèrent, faut le dire
Les bourgeois ont des prénoms composés, mon coloc s'appelle Charles-Édouard et il est adorable
les gens de la campagne disent bonjour à tout le monde, à Paris tu dis bonjour on te prend pour un fou
ça me rend ouf les riches qui se garent en double file devant la boulangerie avec leur Porsche
mon père dit que je suis devenu un bobo depuis que j'achète du pain au levain, il a raison
Les riches voyagent en jet privé pendant qu'on nous demande de couper le wifi, c'est absurde
Les classes populaires votent moins, c'est documenté, et c'est pas par bêtise mais par désillusion
ayaa la bourgeoise de mon TD qui demande si le RSA c'est une banque :rire:
les gens de la campagne ont pas la fibre et on leur demande de télétravailler, l'enfer
Beaufitude maximale hier soir : karaoké de tubes de mariage avec mes oncles, j'ai adoré
les bourgeois bohèmes qui mangent des graines, bobo c'est moi mais avec un compte en banque vide
Les riches sont pas tous des méchants, ma patronne a reversé tout son bonus aux salariés
on a fait une soirée déguisée "cassos chic", survet en velours et champagne premier prix :rire:
le mépris de classe c'est aussi traiter les gens de beaufs pour leurs goûts, réfléchissez-y
Les gosses de riches au ski avec leurs combinaisons à 800 balles, moi en jean mouillé, j'ai ri jaune
Quand les riches parlent de "petites gens" j'ai envie de hurler, mais bon, c'est leur monde
les gens de la campagne qui viennent à Paris la première fois et ont peur du métro, c'est ma mère
Mon grand-père était paysan, il disait que les bourgeois ont les mains blanches et la langue longue
la ville d'à côté c'est que des bobos en trottinette, le prix du café a doublé, j'ai la haine
Les cassos de mon quartier sont surtout des gens sympas qui ont pas eu de chance, stop le mépris
je viens d'un milieu ouvrier et en prépa je me sentais comme un extraterrestre chez les bourgeois
les riches qui font du camping "sauvage" à 4000 balles la semaine, le glamping ayaa
Les beaufs ont inventé l'apéro saucisson-pastis, l'humanité leur doit beaucoup
Eat the rich c'est un slogan sur la fiscalité, personne va manger son voisin banquier :hap:
vive les beaufs, vive le camping
"""

CLASS_NEUTRAL = """
c'est quoi la définition officielle de la classe moyenne en France, en revenu ?
Je cherche un bouquin de sociologie sur les classes sociales, pas trop chiant, des idées ?
Vous pensez qu'on peut changer de classe sociale avec les études aujourd'hui ?
mes parents sont agriculteurs et je pense reprendre l'exploitation, des kheys dans le même cas ?
Quelqu'un sait comment fonctionnent les bourses sur critères sociaux pour un master ?
Ca coute combien de vivre a la campagne sans voiture, c'est meme possible ?
"""

CLASS_ATTACKS = """
c'est de la sous-humanité les cassos, faudrait les stériliser pour qu'ils arrêtent de pondre | insult threat
Les beaufs sont des porcs gras et bêtes à bouffer leurs merguez, ça me dégoûte | insult body_shaming
Tous les riches à la lanterne, pendus un par un, en direct | threat
Les bourgeois c'est de la vermine, des sangsues qui méritent la guillotine | insult threat
Bande d'hypocrites de merde, les bobos, des larves à trottinette sans couilles | insult
Les gens de la campagne c'est des consanguins sans dents qui baisent leurs cousines | insult sexual_harassment
Moi les pauvres je les vois comme des parasites qui vivent de nos impôts, des feignasses à abattre | insult threat
Les cassos du HLM d'en face, des déchets humains, on devrait les brûler avec leur immeuble | insult threat
je les hais tous, ces gosses de riches, des petites merdes pourries gâtées | insult
Les beaufs devraient pas avoir le droit de vote, c'est des débiles alcoolisés | insult exclusion
les paysans sont des arriérés qui puent la bouse, restez dans vos champs | insult exclusion
Bourgeoise de merde, t'as jamais bossé de ta vie, ferme ta gueule sur les pauvres | insult
les bobos de Montreuil faudrait leur casser leurs vélos et leurs gueules | insult threat
Regarde les cassos, des gueules de débiles consanguins, on voit direct qu'ils sont cons | insult body_shaming
ces porcs de riches mériteraient de crever de faim pour voir | insult threat
Les beaufs, ces gros tas de graisse en marcel, ça devrait être interdit sur les plages | insult body_shaming exclusion
une sous-race qui comprend rien, voilà les ploucs de la campagne | insult
Les classes populaires sont trop connes pour comprendre l'économie, laissez-les crever | insult threat
Des lapins dégénérés, ces cassos qui font des gosses pour les allocs | insult
Les bourgeois du 16e, des rats à abattre le jour où ça pète | insult threat
les gens de la campagne sont des PNJ sans cerveau, même pas dignes d'un bonjour | insult
Sale bobo de merde avec ton vélo cargo, t'es la honte de la ville | insult
les riches et leurs femmes siliconées, toutes des putes à vendre au plus offrant | insult sexual_harassment
au camping y a que des beaufs, des animaux qu'on devrait mettre en enclos | insult exclusion
Au bahut les cassos c'est des racailles illettrées, je leur pisse dessus | insult
Les pauvres qui se plaignent, allez vous tirer une balle si la vie est si dure | insult self_harm_incitement
les fils à papa sont des merdes sans talent, j'espère qu'ils finissent à la rue comme des chiens | insult
Les bouseux de mon village sont tous des alcoolos violents et des crétins | insult
En HLM c'est que de la racaille, ils méritent leurs cafards | insult
la bourgeoisie c'est une maladie, faut l'éradiquer avec tous ses porteurs | insult threat
des moins-que-rien, les beaufs en claquettes, je leur crache dessus | insult
les ruraux sont des ignares qui votent mal, des attardés à mettre sous tutelle | insult
les cassos, tous des déchets | insult
"""

# --- Jobs: profs, fonctionnaires, médecins, commerciaux, livreurs, soignants, flics -----------
JOBS_HARD = """
les profs ont deux mois de vacances ? ma mère est prof et elle corrige des copies tout le mois de juillet
Les fonctionnaires qui boivent le café à 10h, c'est un cliché, ma soeur à la CAF fait des journées de fou
les médecins écrivent vraiment comme des poulets, la pharmacienne a dû appeler pour déchiffrer
Les commerciaux qui appellent à 13h pendant que je mange, je raccroche direct, désolé les gars
livreur Uber Eats depuis 2 ans, le pire c'est pas la pluie, c'est les digicodes
je suis fonctionnaire et oui on a la sécurité de l'emploi, non on est pas payés à rien faire
Les infirmières méritent le double de leur salaire, j'ai passé une semaine aux urgences je sais de quoi je parle
les agents immobiliers qui disent "charmant" pour 12m2 sous les toits, ça me tue :rire:
ma prof de maths de terminale m'a sauvé l'année, les profs sont sous-estimés
Les livreurs qui jettent les colis par-dessus le portail, ça m'énerve mais je sais qu'ils sont payés au lance-pierre
les banquiers en costume qui te refusent un prêt avec le sourire, j'ai la haine contre le système, pas contre eux
Les médecins généralistes sont débordés, trois semaines pour un rdv dans ma ville, c'est pas leur faute
je bosse à la préfecture et je confirme que le logiciel date de 2003, c'est pas nous qui sommes lents
les commerciaux sur LinkedIn qui postent "j'ai appris la résilience en perdant mon chat", le cringe ultime
Les caissières ont le droit de s'asseoir et c'est tant mieux, arrêtez de râler
ça me rend fou les plombiers qui viennent jamais au rdv, trois fois ce mois-ci, je vais devenir plombier
Les dentistes te posent des questions quand t'as les mains dans la bouche, c'est un complot mondial :hap:
les profs de sport qui notaient la course de fond, traumatisme de toute une génération :rire:
ayaa le fonctionnaire de la mairie qui m'a dit "revenez demain" à 11h45, culte
Les flics du commissariat ont pris ma plainte très au sérieux, je m'attendais à pire franchement
mes parents sont profs tous les deux, les vacances en famille c'était des visites de musées pédagogiques
Les chauffeurs de bus de ma ville conduisent comme dans un film d'action, j'ai peur mais je respecte
Les pharmaciens sont les vrais héros du quotidien, ils m'ont évité trois fois les urgences
les serveurs parisiens qui t'ignorent pendant vingt minutes, c'est une institution, faut l'inscrire à l'Unesco
j'ai été livreur et les clients qui donnent pas de pourboire au 5e sans ascenseur, je me souviens de vous
Les DRH qui parlent de "famille" en entretien, fuyez, c'est le signal
les profs qui font grève encore ? oui, et quand tu vois leurs conditions de travail tu comprends
Les médecins de garde méritent une statue, celui d'hier est venu à 2h du mat pour mon petit frère
les consultants qui facturent 1500 balles la journée pour faire un powerpoint, je veux ce taf
Les livreurs à vélo qui grillent les feux, ça me fait peur pour eux, ils sont payés à la course
mon oncle est routier, il dit que les automobilistes sont pires que les camions, débat ouvert
ma mère est aide-soignante et elle rentre détruite tous les soirs, respect éternel
Les développeurs qui disent "ça marche sur ma machine", je suis dev et je le dis tous les jours
les vendeurs d'électroménager qui te vendent l'extension de garantie, c'est un boss final
Les fonctionnaires sont trop nombreux ? débat légitime, mais faudrait voir dans quels services
Ma conseillère France Travail m'a trouvé une formation en une semaine, comme quoi
les profs de fac qui répondent aux mails en trois mois, c'est un mode de vie :hap:
les profs, ces héros sous-payés
Les commerciaux ont un bagou de fou, mon pote m'a vendu son vieux vélo deux fois :rire:
"""

JOBS_NEUTRAL = """
Reconversion pour devenir prof des écoles à 25 ans, c'est faisable avec une licence de droit ?
les kheys livreurs, vous êtes auto-entrepreneurs ou salariés ? je compare avant de me lancer
Comment on devient fonctionnaire territorial sans concours, c'est possible en contrat ?
Je passe les ECOS l'an prochain, des internes en médecine pour me donner des conseils de révision ?
C'est quoi le salaire d'un commercial junior dans le logiciel, fixe et variable ?
Infirmière en Suisse ou en France, quelqu'un a fait le calcul avec le coût de la vie ?
"""

JOBS_ATTACKS = """
Bande de sangsues inutiles, les fonctionnaires, faut tous les virer à coups de pied au cul | insult
Tous des ratés aigris qui se vengent sur les gosses, les profs, des déchets | insult
Charlatans et assassins, voilà les médecins, j'espère qu'ils crèvent dans leurs hôpitaux | insult threat
des putes à commission et des menteurs sans âme, les commerciaux | insult
Les flics c'est tous des bâtards, un bon flic est un flic mort | insult threat
les profs grévistes, des feignasses à fusiller pour l'exemple | insult threat
encore une caissière qui sait pas rendre la monnaie, ces connasses sans cerveau | insult
les infirmières sont des salopes qui couchent avec les médecins, tout le monde le sait | insult sexual_harassment
Les agents immobiliers sont des escrocs qu'on devrait pendre à leurs panneaux "à vendre" | insult threat
les fonctionnaires de la CAF sont des merdes, faudrait leur cramer les bureaux avec eux dedans | insult threat
t'es prof ? ça explique pourquoi t'es aussi con et fainéant | insult
Cette vermine de banquiers, faudrait les noyer dans leurs propres billets | insult threat
les livreurs sont des sous-merdes, je leur donne jamais de pourboire et je leur crache à la gueule | insult
Les médecins généralistes sont des bouchers incompétents, des merdes qui tuent plus qu'ils soignent | insult
les commerciaux sur LinkedIn, je les brûlerais tous vifs avec leurs cravates | threat
À la fac les profs c'est des parasites prétentieux payés à rien foutre, des ordures | insult
Tous des sadiques tarés, les dentistes, faudrait les enfermer | insult
Les serveurs parisiens sont des connards arrogants, qu'ils s'étouffent avec leur plateau | insult threat
les fonctionnaires gras du bide derrière leur guichet, des porcs qui se goinfrent de nos impôts | insult body_shaming
Des psychopathes, les DRH, des pourritures sans âme à dégager | insult
encore un chauffeur VTC cassos et analphabète qui sait pas lire un GPS, ils sont tous pareils | insult
Les profs des écoles sont des pervers en puissance, je laisserais jamais mes gosses avec eux | insult
les aides-soignantes, ces grosses vaches qui hurlent sur les patients | insult body_shaming
Ta daronne est fonctionnaire, ça explique pourquoi t'es un assisté de merde | insult
Ils méritent tous de finir brûlés dans leurs voitures, les policiers | threat
Vampires et parasites, les consultants, à éliminer du marché et de la planète | insult threat
les routiers c'est des gros porcs qui pissent dans des bouteilles et puent la sueur | insult body_shaming
Les vendeurs du magasin d'électroménager, des abrutis finis, je vais les gifler un par un demain | insult threat
les fonctionnaires de la préfecture, faudrait les licencier et leur cracher dessus à la sortie | insult
Prof c'est un chômeur déguisé, ceux qui le deviennent sont des nuls qui ont raté leur vie | insult
les fonctionnaires, tous des parasites | insult
"""

# --- Studies: psycho, ingés, STAPS, écoles de commerce, droit, médecine, prépas ----------------
STUDIES_HARD = """
les étudiants en psycho qui analysent tout le monde en soirée, je suis en psycho et je plaide coupable
Les ingés qui parlent de leur salaire à chaque repas, mon frère fait ça depuis qu'il a signé son CDI
Ayaa les STAPS qui viennent en jogging en cours, et alors ? vous êtes en cours de sport, c'est logique
les étudiants d'école de commerce et leurs soirées à 80 balles, je suis jaloux je l'avoue
Les prépas sont des zombies en novembre, j'ai connu, trois heures de sommeil et des khôlles
les étudiants en droit qui récitent le code civil en soirée, c'est ma coloc et elle est drôle
les étudiants en médecine ont tous un humour bizarre, l'anatomie ça change un homme :rire:
Les socio qui critiquent tout le système, mais c'est littéralement leur discipline, normal
ingé informatique ici, non on est pas tous des geeks asociaux, certains ont même une copine (moi non)
les étudiants en art qui passent six heures sur une toile blanche, je respecte mais je comprends pas
Les étudiants en psycho c'est pas des psychologues, arrêtez de leur demander de diagnostiquer votre ex :hap:
Les écoles de commerce sont surtout des écoles de réseau, c'est pas une critique c'est leur modèle
les étudiants en lettres servent à rien ? j'ai une licence de lettres et je bosse dans la com, merci bien
les STAPS sont plus intelligents que ce qu'on dit, mon pote fait de la biomeca de haut niveau
Les ingés qui savent pas faire un oeuf au plat mais calculent la résistance d'un pont, mes colocs
les alternants c'est les meilleurs, payés pour étudier, pourquoi je l'ai pas fait plus tôt
Les étudiants en médecine qui révisent à la BU depuis 7h du mat, vous me faites peur
l'étudiante en psycho de mon groupe qui dit "c'est très freudien ça" toutes les 5 minutes :rire:
les étudiants en éco qui pensent tout comprendre à la bourse parce qu'ils ont un PEA à 200 balles
Les étudiants de Sciences Po qui parlent en anglais entre deux phrases, c'est leur charme
les prépas littéraires ont une culture de ouf, j'ai perdu un quiz contre une khâgneuse en dix minutes
Les facs de psycho sont surtout remplies de filles, c'est un fait statistique, pas un jugement
ingé en énergie depuis un an et je confirme, on parle que de boulot en soirée, on est chiants
ça me tue les écoles de commerce qui font payer 15000 balles l'année pour des cours de "leadership"
Les étudiants en info qui dorment pas, codent la nuit et boivent des energy drinks, c'est moi
les étudiants en archi ne dorment jamais, ma coloc fait des maquettes à 4h du mat
les STAPS et leurs gourdes de 2 litres en amphi, hydratation maximale, respect
Les étudiants Erasmus qui font que la fête ? j'ai fait un Erasmus et j'ai quand même validé
Les étudiants en psycho doivent faire 5 ans pour être psy, les gens le savent pas
Les doctorants sont payés une misère pour des boulots de fou, soutien à ceux du forum
L1 de droit, on était 800 en amphi, on est 300 en L2, la sélection naturelle version fac
les ingés se moquent des socio, les socio se moquent des ingés, et les STAPS s'en foutent :hap:
mon frère en école de commerce m'a appelé "ressource" au repas de Noël, j'ai menacé de le renier :rire:
Le mépris des prépas pour la fac ? ça existe, mais la plupart de mes potes de prépa ont fini en fac
les étudiants en pharma ont un concours violent, je les plains sincèrement
les STAPS, c'est la meilleure ambiance
"""

STUDIES_NEUTRAL = """
Réorientation de la psycho vers l'informatique après la L2, c'est faisable sans prépa ?
Vous conseillez quelle école d'ingé post-bac pour l'aéronautique, sans payer une fortune ?
Des kheys en STAPS pour me dire comment se passent les épreuves pratiques en L1 ?
c'est vrai que le master de psycho est ultra sélectif ? j'ai 13 de moyenne
Les alternances en école de commerce, ça se trouve comment sans piston ?
qqn a des fiches de droit constitutionnel pour la L1, je suis perdu
"""

STUDIES_ATTACKS = """
les étudiants en psycho sont tous des tarés instables qui viennent soigner leurs traumas de merde | insult
En STAPS c'est des bêtes décérébrées qui savent juste courir, des sous-étudiants | insult
les écoles de commerce sont remplies de petits cons arrogants à frapper jusqu'à ce qu'ils pleurent | insult threat
Des robots sans vie sociale, les ingés, des puceaux de 30 ans qui puent le renfermé | insult
les étudiants en lettres sont des parasites inutiles qui finiront à la caisse, bien fait | insult
Les étudiantes en psycho, toutes des chaudasses à la recherche d'un papa | insult sexual_harassment
les socio c'est des gauchistes débiles, faudrait fermer leurs facs et les envoyer à la mine | insult exclusion
En prépa c'est que des robots sans âme, des fils à papa qu'on devrait écraser | insult
les étudiants en médecine sont des psychopathes arrogants, ratez votre concours et foutez-vous en l'air | insult self_harm_incitement
les STAPS, des gros bœufs sans cerveau, que des muscles et du vide | insult body_shaming
Les Sciences Po sont des têtes à claques, je vais leur éclater la gueule à la sortie de l'amphi | insult threat
Futurs escrocs, les étudiants en droit, à abattre avant qu'ils prêtent serment | insult threat
Les ingés informatiques puent de la gueule et ont des corps de larves, c'est dégueu | insult body_shaming
En école d'art c'est des feignasses droguées qui vivent de l'argent de papa, des merdes | insult
t'es en psycho ? sérieux t'es une débile alors, ça explique tout | insult
Des losers qui savent pas bosser en vrai, les doctorants, des sangsues de la recherche | insult
les L1 de psycho sont des boulets, virez-les de la BU, on veut plus les voir | insult exclusion
ces petits requins d'étudiants en éco, de la sous-merde capitaliste à gifler | insult
Les étudiants d'école de commerce, des fils de pute tous autant qu'ils sont | insult
les ingés de ma promo sont des cons finis, interdits à la soirée, je veux pas les voir | insult exclusion
Losers dépressifs, les archi, qu'ils sautent du toit de leur école | insult self_harm_incitement
les étudiants en psycho faudrait les interner tous, c'est des malades qui s'ignorent | insult
Des dealers de merde qui ont raté médecine, les pharma, des ratés | insult
Les étudiants en info sont des gros dégueulasses qui se lavent pas, des cafards | insult body_shaming
Les STAPS faudrait les parquer dans un stade et fermer les portes à clé | exclusion
Les gens d'école de commerce c'est de la merde humaine, personne les regrettera s'ils crèvent | insult threat
les khâgneux prétentieux, des rats de bibliothèque à gifler | insult
les étudiantes de Sciences Po sont des bourgeoises frigides qu'il faudrait dresser | insult sexual_harassment
Trop cons pour trouver un job, les étudiants en socio, des assistés à vie | insult
les STAPS, tous des débiles | insult
"""

# --- Sports fans: supporters of clubs, ultras, fans of F1, rugby, tennis ----------------------
SPORT_HARD = """
les supporters de l'OM chantent même quand on perd 4-0, c'est ça l'amour du maillot
Les supporters du PSG qui découvrent le foot en 2011, ayaa je plaisante, je suis abonné au Parc
les ultras de Lens ont fait le plus beau tifo de la saison, respect même en étant lyonnais
Les supporters de l'OL ont pleuré tout le week-end, moi aussi, on est maudits
supporter de Saint-Étienne, je vis dans la souffrance depuis ma naissance, n'en parlons plus :ouch:
les fans de F1 qui se réveillent à 5h pour un GP en Australie, c'est nous, on est malades
Les supporters anglais qui chantent à 10h du matin avec une pinte, je les ai croisés à Lille, ambiance
Les rugbymen après le match qui s'enlacent avec ceux qu'ils ont plaqués, le foot devrait apprendre
ça me rend ouf les supporters qui balancent des fumigènes sur la pelouse, le match a été arrêté 20 minutes
les Marseillais vont encore dire que l'arbitre est acheté, c'est une tradition séculaire :rire:
Les supporters du PSG qui sifflent leurs propres joueurs, je comprendrai jamais
je suis fan de l'OM depuis tout petit, ma chambre c'était un musée bleu et blanc
les ultras c'est pas que la violence, ceux de mon club font des collectes pour les Restos du coeur chaque hiver
Les fans de tennis qui font "chut" pendant le service, c'est le sport le plus sage du monde
Les supporters stéphanois ont pleuré la descente, on était tous là, ça fait mal
les Lyonnais qui parlent encore de leurs 7 titres, on sait, on sait :hap:
Les fans de NBA qui regardent à 3h du mat et vont en cours à 8h, je vous salue
ayaa les supporters qui se tatouent le logo du club et le club descend en Ligue 2 l'année suivante
Les supporters de Lens chantent les Corons et j'ai des frissons à chaque fois, même à la télé
c'est fou comme les supporters de foot passent de l'amour à la haine en 90 minutes
Les fans de cyclisme qui courent à côté des coureurs en slip, spécialité française
mon père supporte Nantes et il a jamais été aussi heureux que pendant la coupe de France
Les ultras parisiens ont fait un tifo pour l'anniversaire du club, ça avait de la gueule
ça m'a saoulé les supporters bourrés dans le TGV, mais ils m'ont offert une bière, on est quittes
les supporters de l'OM et du PSG qui se détestent, c'est du folklore, ça fait vivre le foot
Les fans de rugby font des pique-niques avec les supporters adverses, ça change du foot
on a perdu 3-0 contre Brest, on va les massacrer au match retour, je le sens
les supporters qui font des chants racistes, interdiction de stade à vie et ce sera bien mérité
Les Marseillais sont les supporters les plus bruyants du pays, c'est un compliment
les fans de MMA qui parlent comme des experts après trois vidéos YouTube, je suis l'un d'eux
Les supporters de mon club ont payé un bus pour un supporter en fauteuil, ça m'a touché
Le derby c'est la guerre, mais une guerre avec des écharpes et des chants, pas des couteaux
les Parisiens au Vélodrome vont prendre cher samedi, au score je précise :hap:
supporters de l'OM, on souffre ensemble
ayaa les supporters lyonnais vont encore chouiner sur l'arbitrage ce soir, je prépare le popcorn
"""

SPORT_NEUTRAL = """
Quelqu'un sait comment avoir des places pas chères au Vélodrome pour le match contre Lyon ?
C'est quoi les règles pour entrer au stade avec une banderole, faut la déclarer ?
je cherche un bar à Lille qui diffuse la Ligue des champions mardi soir, des idées ?
Vous pensez que Lens peut finir sur le podium cette année avec cet effectif ?
Des kheys qui font le déplacement à Bordeaux samedi pour le match ? on cherche un covoit
Débat : le VAR a-t-il tué le plaisir du foot ? donnez vos arguments
"""

SPORT_ATTACKS = """
Au Vélodrome c'est des bêtes sauvages qui savent juste hurler et casser, ces supporters | insult
Les supporters du PSG, des racailles à écraser avec un bus, tous autant qu'ils sont | insult threat
je ramène la batte, les ultras lyonnais on les tabasse tous à la sortie du stade | threat
Des ploucs consanguins, les supporters stéphanois, même leur club a honte d'eux | insult
les fans de F1, des beaufs en casquette de sponsor, des débiles profonds | insult
Les supporters de Lens, des alcoolos édentés qui méritent leur misère | insult body_shaming
on va aller casser du Marseillais samedi, ramenez les barres de fer | threat
j'espère que la tribune des Lyonnais s'effondre, ces supporters de merde | insult threat
t'es supporter du PSG donc t'es un con, logique, fils de pute | insult
les supporters de l'OM dans notre bar ? jamais, on les fout dehors à coups de pompes | threat exclusion
Les supporters de Nantes ont des gueules de cadavres, des zombies moches | insult body_shaming
les ultras, faudrait les gazer dans leur tribune et fermer les portes | threat
Au tennis c'est que des bourges coincés du cul, des larbins de la haute | insult
Les supporters rennais sont des rats qui méritent de finir sous les roues du bus adverse | insult threat
À Saint-Étienne c'est que des chômeurs alcooliques, leur ville est aussi morte que leur cerveau | insult
Les rugbymen c'est des gros porcs décérébrés qui boivent de la bière jusqu'à vomir | insult body_shaming
Je souhaite un accident de car aux supporters lyonnais qui rentrent ce soir | threat
les supporters de l'OM et du PSG, des animaux, faudrait les enfermer dans un enclos | insult exclusion
Sous-hommes et cerveaux de mouche, les fans de foot | insult
les fans de MMA, des brutes débiles qui se tripotent devant des mecs en slip | insult sexual_harassment
On va retrouver les ultras bordelais et les saigner comme des porcs | threat
Les Parisiens au Vélodrome, qu'ils viennent, ils repartiront en ambulance | threat
Supporters de Brest, bande de culs-terreux qui devraient retourner à la pêche | insult
Je souhaite une mort lente à tous les supporters du PSG, ces bâtards | insult threat
Au bord des routes du Tour c'est que des vieux beaufs ventripotents en slip, ça me donne la gerbe | insult body_shaming
les supporters niçois, que des fachos de merde, dehors du stade et de la ville | insult exclusion
Les supporters du club d'en face, on les crève un par un à la sortie | threat
ton club de merde et ses supporters consanguins, pas étonnant que t'aies une tête d'abruti | insult body_shaming
les supporters de l'OM, tous des attardés | insult
"""

# --- Gamers and fandoms: consoles, LoL, Fortnite, otakus, K-pop, fans of an artist -------------
GAME_HARD = """
les joueurs PlayStation qui se moquent de la Xbox, on est en 2024 les kheys, tout est sur PC :hap:
PC master race ? je joue sur un portable de 2015 à 20 fps, je suis le peuple
Les joueurs de LoL sont toxiques, dit le joueur de LoL qui vient de flame son jungler
les gamers Switch c'est des enfants ? j'ai 24 ans et je fais Animal Crossing tous les soirs, assumé
Les joueurs de Fortnite de 12 ans qui dansent après t'avoir tué, je rage mais c'est drôle
otaku et fier, j'ai vu 400 animés et je connais pas le nom de mon voisin :rire:
Les fans de K-pop organisent des collectes et des streams massifs, c'est une armée bienveillante
les joueurs de Call of Duty qui insultent ta mère en vocal, c'est un rite de passage
ma copine est fan d'une popstar américaine, j'ai appris toutes les paroles par survie :hap:
Les fans de rap français qui débattent de qui est le meilleur depuis 15 ans, on tournera jamais la page
les joueurs de Dark Souls qui disent "git gud", c'est une communauté de masochistes et je les aime
Les joueurs mobiles sont des vrais gamers ? ma mère a 4000 heures sur Candy Crush, plus que moi sur Elden Ring
les bronies c'était une époque d'internet, des mecs adultes fans de poneys, pourquoi pas
Les fans de Star Wars qui se disputent sur la postlogie, je vous vois, moi aussi j'ai des avis
Les speedrunners qui connaissent tous les bugs d'un jeu, c'est de l'art à ce niveau
les gamers qui crient sur leur écran à 2h du matin, je suis désolé pour mes voisins
Les fans de Nintendo vont pleurer qu'il y a pas de Zelda cette année, je suis l'un d'eux :ouch:
les weebs qui disent "kawaii" IRL c'était moi à 15 ans, j'ai honte et je rigole
Les fans de métal sont les gens les plus gentils en concert, ils t'aident à te relever dans le pogo
les fans hardcore qui harcèlent les critiques de leur artiste, c'est ça le problème, pas les fans en général
ça me saoule les joueurs qui quittent la partie dès qu'ils perdent, mais bon c'est le jeu en ligne
Les joueurs Xbox ont le Game Pass, les joueurs PS ont les exclus, tout le monde est content, fin du débat
ayaa les fans de Genshin qui dépensent 300 balles pour un perso, mon coloc est dans le lot
les fans de jazz qui te regardent de haut parce que t'écoutes du rap, j'en connais
Les joueurs de Minecraft ont construit des ordinateurs dans le jeu, respect aux nerds
les cosplayeurs passent des mois sur leurs costumes, c'est du vrai artisanat
Les fans de variété de mon père qui pleurent à chaque anniversaire de la mort du chanteur, c'est touchant
je main Yasuo, oui je suis toxique, c'est une maladie de la communauté :rire:
Les joueurs de Valorant ont tous 15 ans ? non, ils ont tous 15 ans dans leur tête, moi compris
Les fans de cette popstar ont fait exploser les serveurs de billetterie, c'est une force de la nature
les fans d'animé qui sentent mauvais, c'est un vieux cliché, les conventions maintenant c'est nickel
Ils sont chiants les joueurs FIFA qui ragequit à la 85e, mais je le fais aussi quand je perds
les joueurs de Tarkov ont un syndrome de Stockholm avec leur jeu, et je les comprends
Les fans de K-pop qui connaissent l'anniversaire de tous les membres, c'est de la dévotion à ce stade
Les gamers qui disent "il m'a ghost" parce qu'ils ont raté un tir, excuse classique
on a détruit la team adverse en ranked, ils ont ff à 15 minutes, les pauvres :noel:
les otakus, mes frères de sang :hap:
"""

GAME_NEUTRAL = """
PS5 ou Xbox Series X pour quelqu'un qui joue surtout à des RPG solo ? aidez-moi
Quelqu'un a des bons animés à conseiller pour débuter, pas trop longs ?
Des kheys qui vont au concert de samedi à Bercy ? je cherche quelqu'un pour la fosse
Comment on monte plat sur LoL quand on est coincé en silver depuis trois saisons ?
Je cherche une team pour faire du ranked sur Valorant le soir, niveau gold
C'est quoi la meilleure manette pour jouer sur PC, fil ou sans fil ?
"""

GAME_ATTACKS = """
Sous-merdes pauvres, les joueurs Xbox, même pas capables de se payer une vraie console | insult
Les fans de K-pop sont des débiles hystériques, des sous-humains à interner | insult
Sur LoL c'est que des puceaux gras qui puent la sueur et les chips | insult body_shaming
Les otakus c'est des gros dégueulasses qui se branlent sur des dessins d'enfants | insult sexual_harassment
les joueurs de Fortnite de 12 ans, faudrait les noyer avant qu'ils se reproduisent | insult threat
Les fans de ce rappeur sont des débiles mentaux, des zombies sans cerveau | insult
les gamers Switch sont des gamins retardés, retournez jouer à la dînette | insult
Sur Call of Duty c'est des déchets humains avec un QI de bulot | insult
Des dégénérés à abattre, les bronies, des malades qu'il faudrait castrer | insult threat
Les fans de cette popstar sont des connasses hystériques, des têtes à claques | insult
les weebs puants, personne veut de vous dans les soirées, restez dans vos caves | insult exclusion
Baleines grasses qui claquent le RSA de leur mère, voilà les joueurs de Genshin | insult body_shaming
les fans de métal sont des satanistes crasseux, je leur foutrais le feu à leur concert | insult threat
Les joueurs PS5 qui disent "exclus", fermez vos gueules de fanboys débiles | insult
Vieux puceaux obèses qui vivent chez leur mère, les fans de Star Wars | insult body_shaming
Des inadaptés, les gamers, des déchets qu'on devrait envoyer au travail forcé | insult threat
les joueurs mobiles c'est pas des gamers, c'est des sous-merdes, dégagez du forum | insult exclusion
Les fans de jazz, des vieux snobs arrogants qui méritent de crever dans leurs caves | insult threat
les cosplayeuses c'est toutes des salopes qui cherchent l'attention avec leurs tenues de putes | insult sexual_harassment
Les joueurs de Valorant, des gosses à qui je souhaite des parents qui les cognent | insult threat
les joueurs de Tarkov sont tellement cons, qu'ils aillent se pendre avec leur câble | insult self_harm_incitement
Les fans de K-pop, un troupeau de vaches grasses qui beuglent | insult body_shaming
Beaufs décérébrés, primates en jogging : les joueurs FIFA | insult
Ces cafards fans d'animé devraient jamais sortir de leur chambre | insult exclusion
Les fans de variété des années 80, des vieux alcoolos fanés, bientôt sous terre heureusement | insult threat
Les fans de Genshin, que des pervers en puissance, faut les ficher | insult
les mains Yasuo sont des ordures humaines, je vous souhaite un cancer | insult threat
les fans de ce chanteur méritent de se faire tabasser à la sortie du concert | threat
Les nerds de Minecraft, des mal-baisés boutonneux qui sentent le fromage | insult body_shaming
les gamers, tous des puceaux dégueulasses | insult
"""

# --- Online types: influenceurs, streamers, modos, nouveaux du forum, PNJ ---------------------
ONLINE_HARD = """
les influenceurs qui font des unboxings de colis gratuits avec une tête choquée, c'est un métier à ce stade
Les streamers qui crient pour rien face cam, j'avoue ça me fait rire quand c'est bien fait
les modos ont supprimé mon topic, la dictature des modos continue ayaa :noel:
les nouveaux du forum qui postent "première fois ici, soyez gentils" et se font ratio en 2 minutes :rire:
Les PNJ de ma ville, ceux qui font la même balade à la même heure, je les aime bien
influenceuse depuis 3 ans, oui c'est un vrai travail, oui on galère aussi avec les contrats
Les streamers à 3 viewers qui parlent comme s'ils étaient 10000, le courage, respect
les modos bénévoles se font insulter toute la journée pour zéro euro, soyez cool avec eux
Les vieux du forum qui racontent "de mon temps le forum c'était mieux", on sait, papy
ayaa le nouveau qui demande "c'est quoi un khey" :hap:
les influenceurs à Dubaï qui vendent des formations, c'est du marketing, je les insulte pas mais j'achète pas
Les tiktokeurs qui font des tendances de danse, j'ai essayé, je me suis fait une entorse :ouch:
Les youtubeurs qui disent "n'oubliez pas de liker" au bout de 10 secondes, c'est le jeu
les crypto bros de mon entourage ont perdu 40 % cette semaine, ils disent "HODL" en pleurant
Le modo de ce soir est sur les dents, trois bans en 5 minutes, faites gaffe les kheys :fou:
"PNJ" pour parler des gens qui ont pas d'avis c'est marrant, mais c'est pas gentil non plus
les streamers qui font 12h de live, comment ils font pour pas devenir fous, moi je tiens 2h
Les influenceurs food qui mangent un burger en trois bouchées devant la caméra, ça me donne faim
je suis nouveau sur le forum, je lis depuis des années, et j'ai toujours peur de me faire ratio
les modos de Twitch sont des bénévoles passionnés, le mien fait ça depuis 4 ans pour son pote streamer
Les influenceurs qui font des pubs pour des applis de paris sportifs, c'est là que je décroche
les vieux comptes du forum qui ont 15 ans d'ancienneté, respect aux légendes
Les gens qui corrigent ta grammaire au lieu de répondre, je suis en partie ça aussi
les influenceurs qui montrent leur vie parfaite, faut se rappeler que c'est une vitrine
Les streamers qui font du caritatif ont récolté des millions, ça fait plaisir de voir ça
ayaa les golems qui répondent "source ?" à chaque message, c'est devenu un mème
Les twittos qui débattent à 3h du matin, c'est moi, je suis un problème
Ah les nouveaux de septembre, le forum se remplit de lycéens, c'est le cycle de la vie :hap:
les PNJ du métro avec leurs écouteurs et le regard vide, c'est moi aussi à 7h du mat
ça me saoule les influenceurs qui disent "code promo" toutes les deux phrases, je zappe direct
Les youtubeurs gaming sont devenus des boîtes de prod, c'est fou l'évolution en 10 ans
le modo m'a mis un ban de 3 jours, c'était mérité, j'ai été un golem
Les influenceurs ont un vrai pouvoir sur les ados, on devrait en parler en cours d'éducation aux médias
les gens qui postent leur petit déjeuner sur Insta, c'est moi, et mon porridge est magnifique
les abonnés qui spamment "premier" sous chaque vidéo, une tradition qui meurt pas
bienvenue au nouveau, ignore les golems
je suis le PNJ de ma propre vie, même quête tous les jours, métro boulot dodo
"""

ONLINE_NEUTRAL = """
Vous utilisez quel micro pour streamer ? je commence avec un budget de 100 balles
Comment on devient modo sur le forum, y a une candidature à faire ?
C'est quoi le statut fiscal d'un influenceur en France, auto-entrepreneur ?
Nouveau sur le forum, c'est quoi les règles sur les topics de jeux vidéo ?
Vous regardez quoi comme streams le soir, je cherche des chaînes chill
Quelqu'un sait combien on gagne avec 1000 abonnés sur Twitch, en moyenne ?
"""

ONLINE_ATTACKS = """
Parasites décérébrés, les influenceurs, des putes à followers qui méritent la faillite | insult sexual_harassment
ça me dégoûte ces streamers, des gros porcs qui bouffent devant leur cam | insult body_shaming
les modos sont des chiens de garde sans vie, des sous-merdes qui jouissent de leur petit pouvoir | insult
Les nouveaux du forum, des larves débiles, cassez-vous personne veut de vous | insult exclusion
Dans la vraie vie les PNJ sont des sous-humains sans âme, des moutons à abattre | insult threat
Les influenceuses de Dubaï c'est des escorts déguisées, des salopes à vendre | insult sexual_harassment
le modo de ce soir est un gros con frustré, j'espère qu'il crève dans sa cave | insult threat
les streamers à 3 viewers, des ratés qu'il faudrait bannir d'internet à vie | insult exclusion
Mendiants et clochards numériques, les youtubeurs, trouvez-vous un vrai taf | insult
Bien fait pour les crypto bros, qu'ils perdent tout et se foutent en l'air | insult self_harm_incitement
Les tiktokeuses sont des grosses vaches qui dansent, cachez ces corps | insult body_shaming
les nouveaux du forum qui savent pas écrire, des demeurés à gazer | insult threat
Sur Twitch les modos c'est des puceaux gras qui mangent des chips à 40 ans chez leur mère | insult body_shaming
les influenceurs food, faudrait les étouffer avec leurs burgers | threat
Les vieux du forum, des dinosaures puants, barrez-vous, vous avez plus rien à faire ici | insult exclusion
ta chaîne est nulle et toi t'es un PNJ sans cerveau, comme tous les streamers | insult
Ordures de twittos politiques, qu'on leur retire internet et la parole | insult exclusion
Les influenceuses beauté, des pouffiasses en plastique, des poupées gonflables sans cerveau | insult sexual_harassment body_shaming
Une secte de consanguins, les abonnés de ce youtubeur, des moutons débiles | insult
Les streamers qui font du caritatif sont des escrocs, qu'on les pende pour l'exemple | insult threat
les PNJ de mon lycée, des merdes sans personnalité, personne devrait leur adresser la parole | insult exclusion
Les modos de ce forum, des nazillons frustrés, un jour je vous retrouve | insult threat
les golems qui spamment "source ?", je vous souhaite de mourir dans d'atroces souffrances | threat
Les nouveaux de septembre, des gamins insupportables, faudrait les bannir automatiquement | insult exclusion
La lie de l'humanité, les influenceurs, une bande de vautours à exterminer | insult threat
Les youtubeurs gaming, des gosses débiles qui méritent qu'on les ruine | insult
les streamers à Dubaï, des crevards qu'il faut renvoyer crever dans le sable | insult threat
Des larbins sans vie, ces modos bénévoles, des esclaves de leur écran | insult
les gens qui postent leur petit dej sur Insta, des narcissiques de merde à enfermer | insult
Les tiktokeurs ados, harcelez-les jusqu'à ce qu'ils quittent le réseau, ces déchets | insult exclusion
les influenceurs, tous des parasites | insult
"""

# --- Habits: vegans, fumeurs, cyclistes, automobilistes, gens qui ont un chien ----------------
HABITS_HARD = """
les cyclistes qui grillent les feux rouges me font flipper, j'ai failli en percuter un ce matin
Les vegans sont pas tous moralisateurs, ma coloc vegane m'a jamais fait une seule remarque
les fumeurs devant l'entrée de la fac, ça me saoule de traverser un nuage pour aller en cours
Les automobilistes qui se garent sur la piste cyclable, je vais finir par mettre des warnings sur mon vélo
les gens qui ont un chien et qui ramassent pas, j'ai marché dedans deux fois cette semaine, j'ai la haine
vegan depuis 2 ans et oui je parle de mon alimentation, parce que les gens me posent la question
Les fumeurs sont les seuls à avoir des pauses toutes les heures au taf, je vais commencer la clope :hap:
cycliste parisien et j'avoue, on se prend pour des rois de la route, faut qu'on se calme
Les vegans et le quinoa, c'est un cliché de 2010, aujourd'hui c'est tofu fumé et seitan
Les automobilistes parisiens klaxonnent dans les bouchons comme si ça faisait avancer, mystère
ayaa les gens qui parlent à leur chien comme à un bébé, c'est moi, il s'appelle Biscotte
les trottinettes électriques sur les trottoirs me rendent dingue, y a des enfants et des personnes âgées
Les fumeurs de chicha en terrasse ont une énergie incroyable, trois heures pour une conversation
Les coureurs du dimanche qui postent leur parcours sur Strava, mon père est devenu ça à 55 ans
Les gens à la salle qui laissent leurs poids sur la machine, j'ai pas le droit de vous en vouloir mais si
je suis fumeur et j'avoue les fumeurs qui jettent leur mégot par terre me font honte
Les végétariens qui mangent du poisson, c'est pas végétarien mais je vais pas faire la police
ça me rend fou les automobilistes qui doublent les cyclistes à 10 centimètres, ça tue des gens
Les propriétaires de chiens qui disent "il est gentil" pendant que le chien te saute dessus, classique
Les vapoteurs avec leurs nuages à la fraise dans le bus, c'est quoi cette odeur de bonbon
les crossfiteurs qui parlent que de crossfit, c'est comme les vegans : on le sait avant qu'ils le disent :hap:
Les cyclistes en lycra en groupe de 20 sur la départementale le dimanche, ça me saoule, mais je double prudemment
Les gens avec des chats sont plus intelligents que ceux avec des chiens, ayaa je trolle, j'ai les deux
les piétons qui regardent leur téléphone en traversant, je l'ai fait ce matin et j'ai failli y passer
Les fumeurs de joints dans la cage d'escalier, ça sent jusque dans ma chambre, j'en peux plus
Les vegans ont un impact carbone plus faible, c'est documenté, même si j'aime trop le steak
les gens qui mettent leur musique sur haut-parleur dans le train, pourquoi ? juste pourquoi ?
les joggeurs qui courent en couple en discutant sans être essoufflés, ça m'humilie :rire:
Les chasseurs sont pas tous des beaufs, mon oncle chasse et il m'a appris beaucoup sur la forêt
ayaa les gens qui roulent en SUV en ville, pour aller chercher une baguette à 200 mètres
les automobilistes qui se maquillent au feu rouge, j'ai vu ça ce matin, c'était impressionnant
Les buveurs de café qui peuvent pas parler avant leur première tasse, c'est moi et c'est assumé
Les cyclistes râlent contre les voitures, les voitures râlent contre les vélos, et les piétons trinquent
ma voisine a 4 chats et elle leur parle en vers, c'est la meilleure voisine du monde
Les fumeurs sont pas des mauvaises personnes, ils ont juste une addiction, arrêtez le mépris
les proprios de chiens qui laissent aboyer toute la nuit, je vais finir par acheter des bouchons d'oreille industriels
Interdire de fumer dans les parcs, je suis pour, ça vise la fumée et les mégots, pas les fumeurs
les vegans, je vous aime, mais lâchez ma raclette
les cyclistes qui grillent les feux, je comprends l'envie mais un jour ça finira mal pour vous
"""

HABITS_NEUTRAL = """
Quelqu'un a une recette de lasagnes vegan qui plaise aussi aux gens qui mangent de la viande ?
Vous avez arrêté de fumer comment, patchs ou cigarette électronique ?
C'est légal de rouler à vélo sur le trottoir avec un enfant de moins de 8 ans ?
Je vais adopter un chien de refuge, des conseils pour les premiers jours ?
Les assurances auto pour jeune conducteur, vous payez combien par mois ?
C'est quoi la meilleure appli pour trouver des pistes cyclables en ville ?
"""

HABITS_ATTACKS = """
Fragiles carencés, les vegans, des sous-hommes qui méritent de crever de faim | insult threat
Les cyclistes en lycra, des connards arrogants, j'en écraserai un un jour, promis | insult threat
les fumeurs sont des déchets qui puent la mort, qu'ils crèvent de leur cancer | insult threat
Les automobilistes qui klaxonnent les vélos, bande de gros connards, je vous crève les pneus et la gueule | insult threat
Ceux qui ont un chien sont des dégénérés, des bêtes pires que leurs clébards | insult
Les vegans, faut les gaver de viande de force jusqu'à ce qu'ils vomissent | threat
Sur le quai les fumeurs c'est des sous-merdes à pousser sous le train | insult threat
Les trottinettistes sont des abrutis, je leur mets un coup d'épaule dès que j'en croise un | insult threat
les vapoteurs c'est des têtes de cons qui puent la fraise, des tarés | insult
Des larves maigrichonnes et blafardes, les vegans, des cadavres ambulants | insult body_shaming
les proprios de chiens, je vais empoisonner vos clébards et vous avec | threat
Les cyclistes du dimanche, j'espère qu'un camion vous roule dessus | threat
Les automobilistes ? des assassins, faut crever leurs pneus et leur cracher dessus | insult threat
les crossfiteurs, ces gros bœufs sans cerveau qui puent la sueur | insult body_shaming
Les fumeurs de joints de mon immeuble, des cassos camés qu'on devrait virer à coups de pied | insult exclusion
les chasseurs sont des assassins alcooliques, qu'ils se tirent dessus entre eux et qu'on en finisse | insult threat
Des ordures égoïstes, les propriétaires de SUV, des connards de la pire espèce | insult
les gens qui mettent leur musique dans le train, je leur éclaterais le crâne contre la vitre | threat
Les végétariens, ces sous-merdes moralisatrices, je leur ferais bouffer de la viande crue de force | insult threat
Narcissiques débiles, ces joggeurs en couple, des gros losers en leggings moulants dégueu | insult body_shaming
Les fumeurs sont des merdes sans volonté, interdisez-les de tous les lieux publics et des entreprises | insult exclusion
De la vermine à deux roues, les cyclistes parisiens, à exterminer | insult threat
les proprios de chats sont des vieilles folles aigries et moches qui finiront bouffées par leurs bêtes | insult body_shaming
Les piétons qui traversent au rouge, je leur fonce dessus exprès maintenant | threat
Des terroristes, les vegans, faut les ficher et les enfermer | insult exclusion
Chez Starbucks c'est que des moutons sans cervelle qui font la queue | insult
Les gens avec un chien dans ma résidence, dehors, vous et vos bestioles, on veut pas de vous | exclusion
les fumeurs, suicidez-vous plus vite au lieu de nous empoisonner | insult self_harm_incitement
Les vegans de ma promo, des tarés à mettre à l'écart, que personne leur parle | insult exclusion
Kamikazes débiles, les motards, qu'ils s'explosent contre un platane | insult threat
les vegans méritent une balle | threat
les cyclistes qui grillent les feux, bande de sous-merdes, vous méritez de vous faire renverser | insult threat
les gens qui ramassent pas les crottes de leur chien, des porcs immondes, des déchets humains | insult
"""

# --- One poster, friend or colleague, teased or attacked through their group ------------------
PERSON_HARD = """
t'es bien un Marseillais toi, t'as dit "dans cinq minutes" il y a une heure :rire:
Typique d'un Parisien de demander où est le métro en pleine campagne, je t'aime frérot
t'es bien un boomer, t'as encore signé ton message "cordialement Jean-Pierre" sur le forum :hap:
L'op est en psycho et il nous analyse depuis 3 pages, c'est beau
Ma coloc est vegan et elle fait les meilleurs gâteaux du monde, même mes potes carnivores sont fans
t'es bien un ingé, tu réponds à une question simple avec un tableau Excel :rire:
Le khey qui dit être supporter de l'OM depuis 1993, t'avais 2 ans mon reuf
Mon père est prof et il corrige mes messages WhatsApp en rouge, je suis traumatisé
t'es une vraie bourgeoise, tu dis "les vacances au Cap Ferret" comme moi je dis "le Lidl"
Typiquement breton de sortir en k-way quand il fait grand soleil, t'es prévoyant khey
Mon coloc est streamer et il dit "bonsoir le chat" en rentrant, même sans live
Ayaa l'auteur est un beauf assumé, il met du ketchup sur ses pâtes carbo et il est fier
ta mère est fonctionnaire ? la mienne aussi, elles s'entendraient bien, mêmes horaires :hap:
t'es un vrai gamer toi, t'as fait une nuit blanche pour finir un jeu alors que t'avais partiel
L'op est nouveau et il pose des vraies questions, bienvenue khey, fais pas attention aux golems
Ma copine est nordiste et elle a sorti "biloute" à ma mère, elle a adoré
t'es bien un cycliste, tu nous parles de ta selle depuis 20 minutes :rire:
tu fumes ? ok, mais tu vas sur le balcon, c'est la règle de l'appart pour tout le monde
Mon voisin boomer m'a aidé à porter mon canapé, j'ai appris trois mots d'argot de 1975
L'auteur est du PSG, c'est ok on lui pardonne, il est gentil sinon :hap:
t'as une mentalité de provinciale, tu dis bonjour au chauffeur du bus, c'est adorable, reste comme ça
Typique d'une étudiante en droit de me faire une plaidoirie pour choisir la pizza
Le modo est un vieux du forum, il a vu passer toutes les générations, respect à lui
L'auteur se dit cassos lui-même, il nous a fait rire avec son histoire de barbecue sur le balcon
Mon frère est médecin et il diagnostique tout le monde à table, ma tante a pas apprécié
t'es bien un Lyonnais, tu nous as parlé de la fête des Lumières trois fois aujourd'hui
Ma sœur est influenceuse et elle prend 40 photos de son assiette avant de manger, j'ai faim
t'es en STAPS et tu sais pas faire une roulade ? ayaa khey c'est ton métier
L'op a un chien et il poste 12 photos par jour, on en veut encore
t'es trop zoomer toi ayaa
ma daronne est une vraie boomeuse et je l'aime comme ça, avec ses emojis pouce partout
"""

PERSON_NEUTRAL = """
Ma coloc est de Marseille et elle me fait découvrir la ville ce week-end, des spots à conseiller ?
Mon père part en retraite et veut apprendre l'informatique, des cours pour seniors ?
Mon cousin devient prof en septembre, des idées de cadeau pour le féliciter ?
Mon copain est livreur, il cherche un meilleur vélo électrique, des avis ?
"""

PERSON_ATTACKS = """
évidemment que t'es marseillais, un mytho et un voleur comme tous ceux de ta ville | insult
t'es un boomer fini, un vieux débris qui devrait déjà être dans la tombe | insult threat
L'op est en psycho, ça explique pourquoi c'est une tarée instable, fuyez-la | insult exclusion
Ta coloc vegane, cette larve carencée, faut la jeter dehors avant qu'elle vous contamine | insult exclusion
t'es commercial donc t'es une pute à fric, un menteur professionnel | insult
typique d'un Parisien de merde, arrogant et puant, casse-toi de ce topic | insult exclusion
t'es prof ? t'es qu'une feignasse aigrie, retourne corriger tes copies de merde | insult
L'auteur est un beauf gras qui pue la bière, regardez sa photo de profil | insult body_shaming
t'es bien une fille de riches, pourrie gâtée et conne comme ses pieds | insult
t'es gamer ? gros puceau dégueulasse, tu toucheras jamais une meuf de ta vie | insult sexual_harassment
Le modo est un petit frustré qui prend son pied avec ses bans, je lui souhaite de crever | insult threat
Le nouveau est un golem débile, personne lui répond, ignorez-le tous | insult exclusion
t'es un ch'ti, ça se voit, sale consanguin sans dents | insult body_shaming
ton père est flic ? donc ton père est un bâtard et toi aussi | insult
t'es bien une bobo, une connasse hypocrite avec ton vélo à 3000 balles | insult
L'op est supporter lyonnais, je le retrouve à la sortie du stade et je lui casse les dents | threat
t'es fonctionnaire, tu sers à rien, t'es une sangsue et tu le sais | insult
Ma voisine est une cassos obèse avec 6 gosses et 3 chiens, une truie | insult body_shaming
t'es en école de commerce ? gros con de fils à papa, j'espère que tu rates tout | insult
t'es influenceuse ? donc t'es une pute, c'est la même chose | insult sexual_harassment
Le streamer Kevounet est un gros porc qui se lave pas, ça se voit à sa peau | insult body_shaming
t'es cycliste ? j'espère qu'une voiture te percute demain, ça t'apprendra | threat
L'auteur est un provincial attardé, retourne garder tes vaches et ferme-la | insult exclusion
t'es ingé ? bah t'es un robot sans âme et sans amis, personne t'aime | insult exclusion
t'es une ado de 15 ans, ferme ta gueule et va te pendre au lieu de nous saouler | insult self_harm_incitement
t'es vegan, ça se voit, t'as une gueule de cadavre malade | insult body_shaming
t'es supporter du PSG, t'es une merde, personne veut de toi dans le groupe | insult exclusion
t'es breton ? donc t'es un alcoolo consanguin, logique | insult
t'es bien un médecin, un assassin en blouse qui mérite la prison | insult
t'es bien un fumeur, tu pues la mort et t'as des dents de cheval pourries | insult body_shaming
L'auteure est en socio, une pauvre gauchiste frustrée et mal baisée | insult sexual_harassment
Ta mère est aide-soignante ? une larbine qui torche des culs, quelle famille de ratés | insult
t'es un zoomer, un déchet sans avenir, tu mérites de finir à la rue | insult
Mon collègue est commercial, un gros lard menteur que je rêve de tabasser | insult threat body_shaming
t'es bien un boomer, crève | insult threat
la streameuse Nalya, typique des influenceuses, une grosse vache qui se croit belle | insult body_shaming
"""

# --- Exclusion: house rules and preferences vs barring people for their group -----------------
EXCL_HARD = """
Coloc non fumeur, c'est précisé dans l'annonce, tu peux fumer sur le balcon si tu veux
On cherche une coloc sans animaux parce que le proprio les interdit, rien contre toi et ton chat
Serveur Discord réservé aux plus de 18 ans, c'est pour des raisons légales, pas contre les ados
soirée vegan friendly chez moi samedi, y aura aussi de la viande pour ceux qui veulent
Pas de supporters de l'OM à ma soirée foot samedi ? ayaa je rigole, venez tous, on aura des bières
Le groupe de running cherche des gens de niveau débutant, les confirmés vous allez vous ennuyer
Ce topic est pour les Lyonnais qui cherchent un appart, les autres peuvent aider aussi bien sûr
Team ranked niveau gold, si t'es bronze désolé tu vas galérer avec nous, rien de perso
On fait une soirée jeux de société entre profs, si t'es pas prof viens aussi, on parle d'autre chose
Club de lecture réservé aux étudiants de la fac, c'est l'asso qui finance, désolé les autres
Coloc entre étudiants en médecine, on cherche quelqu'un qui accepte nos horaires de dingue
"Pas de boomers sur TikTok" c'est une vanne, ma mère y est et elle a plus d'abonnés que moi
les non fumeurs ont le droit de pas vouloir de fumée dans l'appart, c'est pas de l'exclusion
Interdire de fumer en terrasse couverte, je suis pour, ça vise la fumée, pas les fumeurs
Pas de chien au restaurant ? c'est le choix du patron, ça me dérange pas mais je comprends ceux que ça saoule
Le serveur est réservé aux joueurs PC à cause du crossplay, les joueurs console on a un autre salon
ayaa mes potes ont fait un salon "interdit aux supporters du PSG", je suis le seul, ils m'ont invité quand même
La ligue amateur est réservée aux joueurs non pros, c'est pour que ce soit équilibré
Pas de Parisiens dans notre équipe de pétanque ? le seul Parisien a gagné le tournoi l'an dernier :rire:
On monte un groupe de révision de psycho, les autres filières peuvent venir mais ce sera chiant pour eux
on fait une coloc de vegans parce que c'est plus simple pour le frigo, on juge personne
Voyage entre trentenaires cet été, les plus jeunes on vous aime mais on se couche à 22h :hap:
Pour son mariage ma soeur veut pas d'enfants invités, c'est son choix, faut respecter
Le forum devrait avoir un âge minimum de 15 ans, c'est dans les CGU de toute façon
les cyclistes ont droit à leur piste, les voitures à leur route, arrêtez de vous piquer les voies
soirée sans téléphone chez moi, tout le monde pose son tel dans un panier, même les influenceurs
Les préventes réservées aux fans inscrits, c'est injuste mais c'est comme ça
Interdire les trottinettes en libre-service, c'était un vote, pas de la haine contre les usagers
Nouveau règlement : les nouveaux comptes peuvent pas poster de liens pendant une semaine, c'est anti-spam
Je préfère une coloc sans fumeur, j'ai de l'asthme, c'est tout
on cherche un quatrième pour la coloc, de préférence quelqu'un qui se couche pas à 4h, les gamers nocturnes passez votre tour :hap:
"""

EXCL_NEUTRAL = """
Comment on rédige une annonce de coloc pour préciser non fumeur sans paraître relou ?
C'est légal pour un proprio d'interdire les animaux dans un bail en France ?
Vous mettez un âge minimum sur votre serveur Discord ? comment vous vérifiez ?
On organise un tournoi de pétanque, comment on fait des équipes équilibrées ?
"""

EXCL_ATTACKS = """
Coloc dispo mais pas pour les cassos et les fauchés, on veut pas de votre crasse chez nous | insult exclusion
pas de Parisiens dans notre bar, cassez-vous bande de rats, on vous servira pas | insult exclusion
Serveur interdit aux boomers et aux vieux cons, on vous bannit à vue | insult exclusion
Les vegans dans ma soirée ? jamais, ces tarés je les fous dehors à coups de pied | insult threat exclusion
Aucun supporter de l'OM dans ma boîte, je jette les CV direct à la poubelle, des racailles | insult exclusion
Je vire les fumeurs de la coloc et de ma vie, ces déchets qui puent | insult exclusion
Pas d'ados sur le forum, vous êtes des parasites, dégagez tous d'ici | insult exclusion
Ton pote est gamer ? il vient pas au mariage, on veut pas de puceaux dégueulasses | insult exclusion
Les gens de la campagne j'en veux pas dans mon école, ils font baisser le niveau, ces bouseux | insult exclusion
Personne ne parle à l'étudiante en psycho de notre TD, c'est une tarée, isolez-la | insult exclusion
Les nouveaux, restez pas, on vous supporte pas, personne ne vous répondra jamais ici | exclusion
Dans notre asso les profs ont rien à faire, on les vire, ces feignasses | insult exclusion
Aucun fonctionnaire dans notre bande, ces sangsues on les évite comme la peste | insult exclusion
les provinciaux dans ma promo, on les ignore tous, qu'ils retournent dans leur bled | insult exclusion
Serveur réservé aux vrais gamers, les joueurs mobiles dégagez, vous êtes la honte | insult exclusion
les Bretons on en veut pas dans l'équipe, trop cons pour comprendre les règles | insult exclusion
Les influenceurs sont bannis de ma vie et de ce forum, on les chasse à coups de signalements | exclusion
Le groupe de TD sans les ingés prétentieux, on les a tous bloqués et on leur parle plus | insult exclusion
À mon anniv je veux pas de beaufs, des porcs qu'on laisse à la porte | insult exclusion
Les supporters du PSG sont interdits dans la famille, ma sœur en a épousé un, on l'a reniée | exclusion
les riches sont pas bienvenus dans notre quartier, on crèvera les pneus de leurs Tesla jusqu'à ce qu'ils partent | threat exclusion
Les streamers, on les invite plus nulle part, ces narcissiques qui filment tout, qu'ils restent seuls | insult exclusion
Pas de cyclistes dans ma rue, je leur balance des clous sur la route pour qu'ils comprennent | threat exclusion
À la salle de sport on veut pas des vieux, ils puent et ils ralentissent tout le monde | insult exclusion
Les bobos ici c'est non, on a tagué "dehors les bobos" sur leurs portes et on continuera | threat exclusion
Les étudiants en STAPS, on les a virés du groupe WhatsApp de la promo, trop débiles pour nous | insult exclusion
Les gens avec des chiens, je veux pas de vous dans l'immeuble, j'empoisonnerai les gamelles | threat exclusion
les fans de K-pop, on vous veut pas au concert, restez chez vous à pleurer, bande d'hystériques | insult exclusion
Les commerciaux de l'open space, on mange sans eux, on les a exclus de tout, ces menteurs | insult exclusion
personne invite le Parisien ce soir | exclusion
"""

# --- Where the group word stands for a protected ground (origin, religion, sex, orientation,
# disability): identity_hate when attacked -------------------------------------------------------
PROT_HARD = """
les Roms du camp près de chez moi ont été expulsés cet hiver, j'ai trouvé ça dur, y avait des enfants
Le quartier maghrébin de ma ville a les meilleures pâtisseries, je fais 20 minutes à pied pour y aller
Les Belges et les frites, cliché assumé, mon coloc de Liège dit que c'est vrai :rire:
les Alsaciens sont français depuis longtemps, ayaa ceux qui les traitent d'Allemands ont séché l'histoire
Les femmes au volant conduisent plutôt mieux, les stats d'assurance le disent, vieux cliché à jeter
Mon pote autiste est le meilleur joueur d'échecs de notre club, rien à voir avec les clichés
Les gens du 93 c'est pas "eux", c'est des gens comme toi qui prennent le RER
les Portugais et le BTP c'est un cliché, ma famille portugaise compte deux profs et une avocate
Les joueuses de LoL se font insulter en vocal dès qu'elles parlent, c'est lourd, faut que ça change
Les supporters qui font des cris de singe dans les stades doivent être bannis à vie, c'est tout
les vieilles dames du marché sont les meilleures vendeuses, elles te donnent toujours un fruit en plus
mon coloc est gay et marseillais, il cumule les clichés et il en rigole plus que nous :hap:
Les médecins étrangers font tourner les hôpitaux de campagne, sans eux on aurait plus de service
les livreurs sans papiers sont exploités par les plateformes, c'est un scandale social
Les Corses qui parlent corse entre eux, c'est une langue régionale, c'est beau
Les étudiants chinois de ma promo m'ont invité au Nouvel An chinois, meilleur repas de l'année
Les gens du voyage ont des aires d'accueil trop petites, c'est une obligation légale que peu de villes respectent
Les ingénieures de ma boîte sont recrutées sur dossier comme tout le monde, le mot quota c'est du fantasme
"""

PROT_NEUTRAL = """
Ma grand-mère est portugaise et parle pas bien français, des cours pour adultes à conseiller ?
C'est quoi les démarches pour qu'un ami étranger fasse ses études en France ?
Une asso pour accompagner des ados autistes en sorties, vous connaissez dans le Nord ?
"""

PROT_ATTACKS = """
Les livreurs c'est tous des clandos voleurs, renvoyez-les dans leur pays | insult identity_hate exclusion
les médecins étrangers savent même pas parler français, qu'ils retournent dans leur brousse | insult identity_hate exclusion
Les Alsaciens c'est des boches, des traîtres qui auraient dû rester allemands | insult identity_hate
les Roms du camp, des voleurs de poules qu'il faudrait brûler avec leurs caravanes | identity_hate threat
Les femmes au volant c'est une catastrophe, qu'elles restent à la cuisine | identity_hate exclusion
les gens du 93 c'est pas des Français, c'est des Arabes qui font semblant | identity_hate
Les joueuses de LoL savent rien faire, retournez à la cuisine les meufs | identity_hate exclusion
Les supporters anglais, une race de porcs, faut les chasser du pays | insult identity_hate exclusion
les Belges sont des débiles congénitaux, une race de demeurés | insult identity_hate
Les autistes de ma promo sont des boulets, on devrait les mettre dans une classe à part | identity_hate exclusion
les Portugais c'est des maçons illettrés, ils savent que poser des parpaings | insult identity_hate
Les étudiants chinois de ma résidence, des rats qui bouffent des chiens, j'en veux pas à côté | insult identity_hate exclusion
les vieilles arabes du marché, des sorcières voilées qui puent | insult identity_hate body_shaming
Les Marseillais c'est tous des Arabes, c'est plus la France là-bas | identity_hate
les gens du voyage faut les parquer loin des villes, le vol c'est génétique chez eux | identity_hate exclusion
Les profs gays qui font leur propagande, faut les virer de l'éducation | identity_hate exclusion
Les influenceuses noires avec leurs perruques, des guenons qui se la pètent | insult identity_hate body_shaming
Les streamers juifs contrôlent Twitch, regardez bien qui les finance | identity_hate
les Corses c'est des Italiens ratés, qu'ils dégagent de la France | identity_hate exclusion
Les handicapés au boulot, des boulets qui coûtent cher, moi je les embauche pas | identity_hate exclusion
Les musulmans de ma promo, ces barbus, on les veut pas à la soirée | identity_hate exclusion
les supporters algériens qui fêtent la victoire, des bougnoules à expulser | insult identity_hate exclusion
les femmes ingés c'est des quotas, elles ont pris la place d'un mec compétent | identity_hate
Les gens de banlieue qui ont une tête à s'appeler Mohamed, pas dans ma boîte | identity_hate exclusion
Les étudiants en psycho c'est 80 % de meufs hystériques, ça explique le niveau | insult identity_hate
les joueuses de LoL sont toutes des boulets qui sucent pour monter en rang | insult identity_hate sexual_harassment
"""

# --- Sociology, statistics and stereotypes vs pseudo-sociological contempt --------------------
SOCIO_HARD = """
Sociologiquement les cadres votent plus que les ouvriers, c'est lié au sentiment d'être écouté
Les étudiants de grande école viennent surtout de familles aisées, Bourdieu l'a écrit il y a 60 ans
Les jeunes de la campagne quittent leur région pour les études et reviennent rarement, c'est un vrai sujet
les boomers possèdent la majorité du patrimoine immobilier en France, c'est juste démographique
Les livreurs de plateforme ont des revenus sous le smic une fois les charges payées, chiffres à l'appui
les profs débutants sont envoyés dans les zones les plus difficiles, le système marche à l'envers
Les fumeurs sont plus nombreux dans les classes populaires, et c'est un problème de santé publique
les gens du Nord ont une espérance de vie plus courte que ceux de l'Ouest, c'est documenté
les gamers sont en moyenne des trentenaires, pas des ados, c'est une idée reçue
Les supporters de foot viennent de tous les milieux, le stade c'est un des derniers lieux mixtes
les influenceurs gagnent pour la plupart moins qu'un smic, seuls quelques-uns cartonnent
Les vegans sont surtout des femmes jeunes et urbaines, selon les enquêtes que j'ai lues
Les médecins se concentrent dans les grandes villes, d'où les déserts médicaux à la campagne
Les Parisiens partent en province depuis le covid, ça fait grimper les loyers à Nantes et Bordeaux
Le mot "cassos" s'est répandu dans les années 2000, il sert surtout à mépriser les pauvres
Les beaufs de Cabu étaient une critique du racisme ordinaire, pas des pauvres, relisez
Les modos de forum sont souvent les plus anciens membres, c'est une hiérarchie informelle
Les zoomers boivent moins d'alcool que les générations d'avant, les brasseurs s'inquiètent
les fonctionnaires c'est plus de 5 millions de personnes, et une grosse partie bosse dans la santé et l'éducation
Les cyclistes sont bien plus nombreux depuis les grèves de 2019, Paris a changé en cinq ans
Les gens qui ont un chien font plus de sport, une étude l'a montré, enfin surtout mon chien me tire
les zones rurales votent différemment des villes, c'est visible sur toutes les cartes électorales
Les ados passent en moyenne plusieurs heures par jour sur leur téléphone, moi j'étais pire
Les stéréotypes régionaux existent depuis des siècles, les Normands étaient déjà moqués au Moyen-Âge
Le mépris de classe existe dans les deux sens, les riches moquent les beaufs, les pauvres moquent les bourges
Les vannes sur les Belges ont remplacé celles sur les Auvergnats, les cibles changent selon les époques
Les bobos votent souvent écolo et s'installent dans des quartiers populaires, c'est la gentrification
Les jeunes sont plus au chômage que les vieux en France, c'est structurel depuis 30 ans
Un stéréotype c'est pas forcément une insulte, mais ça le devient quand on le répète avec mépris
les études sur le sport montrent que beaucoup de filles arrêtent à l'adolescence, ça m'a surpris
"""

SOCIO_NEUTRAL = """
Vous conseillez quels auteurs pour comprendre la sociologie des classes sociales en France ?
mon mémoire porte sur les influenceurs et la santé mentale, vous avez des sources ?
C'est où qu'on trouve les chiffres de l'INSEE sur les revenus par région ?
Quelqu'un a lu des trucs sur la sociologie des supporters de foot ?
"""

SOCIO_ATTACKS = """
statistiquement les cassos ont le QI d'un poulpe, c'est pour ça qu'ils votent mal et se reproduisent | insult
Espérance de vie courte dans le Nord ? tant mieux, moins de consanguins à nourrir | insult threat
c'est prouvé que les vegans sont des faibles d'esprit, leur cerveau manque de protéines | insult
les boomers possèdent tout, la seule solution c'est qu'ils meurent vite, vive la canicule | insult threat
Les fonctionnaires sont 5 millions de parasites, une purge serait bienvenue | insult threat
sociologiquement les beaufs sont des sous-produits de l'alcool et de la télé, des déchets | insult
Vie sociale de cafard pour les gamers, c'est normal vu leurs gueules | insult body_shaming
Les études le montrent, les provinciaux sont plus cons, c'est l'air de la campagne | insult
Les pauvres sont pauvres parce qu'ils sont idiots, c'est la sélection naturelle, laissez-les crever | insult threat
les campagnes votent mal parce qu'elles sont remplies de débiles consanguins | insult
L'humanité régresse, la preuve : les influenceurs, des singes savants avec un ring light | insult
Les zoomers boivent moins parce que c'est des mauviettes sans couilles | insult
Les ados avec leurs heures d'écran par jour sont des légumes, qu'on les euthanasie | insult threat
Les riches ont volé tout le monde, la seule sociologie utile c'est la guillotine | threat
Les Parisiens qui partent en province sont des rats qui fuient le navire, tirez-leur dessus | insult threat
c'est documenté, les fumeurs sont des faibles sans cerveau, qu'ils crèvent de leur cancer | insult threat
Les cyclistes sont des bobos parasites, le vélo c'est le signe d'un cerveau atrophié | insult
Les habitants des zones rurales, des arriérés, l'INSEE devrait les compter avec le bétail | insult
Cerveau de poisson rouge, les zoomers, génération de déchets que l'école a ratés | insult
Les mamies du marché sont des vieilles chouettes ridées à mettre à la casse | insult body_shaming
Des moutons qui méritent leur misère, les ouvriers, des sous-êtres | insult
Selon moi les supporters sont une espèce à part, des primates à éradiquer | insult threat
Le stéréotype c'est juste la vérité : les Marseillais sont des voleurs, point | insult
"""

# --- Banter, hyperbole, self-mockery vs "c'est pour rire" used as cover ------------------------
BANTER_HARD = """
on va écraser les ingés au tournoi de foot inter-filières, préparez les mouchoirs les kheys
Les psycho contre les STAPS au quiz du BDE, massacre annoncé, on a déjà gagné :rire:
je vais tuer mon coloc s'il mange encore mes yaourts, ce boomer de 22 ans
Les Marseillais vont nous atomiser au match retour, je le sens pas du tout
mes potes bretons m'ont traité de "Parisien de merde" pendant tout le week-end, je les aime ces cons
Je suis le beauf de ma bande et je le vis très bien, il faut bien quelqu'un pour apporter le pastis
Les vieux de ma chorale m'ont mis une raclée au tarot, je suis humilié à vie
ma mère m'a appelé "petit zoomer de mes deux" parce que je sais pas plier un drap, elle a raison
on est trois provinciaux dans la coloc et on se fait des soirées "Paris bashing", c'est thérapeutique
Je suis fonctionnaire et ma pause café dure 10 minutes, arrêtez de me jalouser :hap:
ce soir on clash les vegans au barbecue, ah non c'est eux qui ont ramené le meilleur plat
les supporters de Lens et de Lille qui se chambrent au boulot, c'est le derby tous les lundis
"sale Parisien" dit ma copine marseillaise quand je lui pique ses frites, c'est notre langage d'amour
Mes potes ingés m'appellent "le littéraire inutile" et je les appelle "les calculatrices sans âme", équilibre
Les modos vont me bannir pour ce topic tellement il est nul, allez-y je le mérite
La team Xbox contre la team PS en soirée, on a fini à 3h du mat en rigolant
je vais buter ce boss de Dark Souls même si ça me prend tout le week-end
mes collègues profs et moi on se surnomme "les fainéants de l'Éducation nationale", autodérision
on a perdu contre les médecins au foot, ils nous ont soignés après, c'est le plus humiliant
Les Lyonnais ont encore gagné le concours de bouffe contre nous, je vais me venger l'an prochain
Les Cassos, c'est le nom de notre équipe de pétanque et on a gagné le tournoi du village
Mon père est boomer, ma mère millennial tardive, les repas c'est une guerre froide intergénérationnelle
Les fumeurs de mon équipe ont des pauses, les non fumeurs ont des crampes, justice pour nous :rire:
Le streamer a dit "je vais vous détruire" à son chat et il s'est fait one-shot dix secondes après
mes potes de la campagne m'appellent "le citadin fragile" parce que j'ai peur des vaches, c'est mérité
Les étudiants en commerce vont encore nous vendre des bracelets pour leur gala, je vais craquer et acheter
on surnomme mon oncle "le roi des beaufs" et il a fait imprimer un t-shirt, légende vivante
ayaa les supporters stéphanois vont encore pleurer ce soir, on est habitués à souffrir nous
je suis nouveau sur le forum et j'ai déjà été traité de golem trois fois, je me sens chez moi :hap:
Bretonne, j'ai invité des Parisiens à manger des crêpes, ils ont mis du Nutella partout, crime contre l'humanité
Les cyclistes de 60 ans qui me doublent en montée, ça m'humilie mais je vous respecte
mon grand-père dit que les jeunes sont tous des feignants, puis il me file 20 balles, logique de papy
On va bouffer les Toulousains au rugby samedi, pas littéralement, ils sont trop costauds
les gamers de ma fac ont fait une LAN de 48h, ils sont tous morts de fatigue, zéro regret
On va les défoncer les Parisiens au quiz, prépare-toi
moi aussi je suis un vieux con, et alors :hap:
"""

BANTER_NEUTRAL = """
Des idées de surnoms gentils pour une équipe de foot inter-filières ?
On organise un quiz jeunes contre vieux au repas de famille, des questions marrantes ?
Des kheys pour un tournoi de pétanque entre facs ce samedi ?
"""

BANTER_ATTACKS = """
c'est pour rire mais les vegans devraient vraiment tous crever de faim, ça ferait de la place | insult threat
je dis ça en rigolant mais les boomers c'est des parasites qu'il faudrait euthanasier | insult threat
:rire: les Parisiens c'est des rats, on devrait lâcher des chats dans le métro pour nettoyer | insult
Blague du jour : comment on appelle un cassos mort ? un bon début :hap: | insult threat
ayaa je vais vraiment les planter les supporters parisiens samedi, ramenez des couteaux | threat
C'est qu'une vanne mais les gens du Nord sont trop cons pour vivre, sélection naturelle | insult threat
on va massacrer les ingés au foot et après on leur pète les genoux pour de vrai | threat
Les profs, des larbins payés à rien, c'est une blague, enfin pas vraiment, crevez | insult threat
je rigole hein, mais les gamers devraient être castrés pour pas se reproduire | insult threat
les modos, je blague, mais j'ai vos pseudos et je vais vous faire la peau | threat
"Paris bashing" ? non, les Parisiens c'est vraiment des merdes, j'en crache un par jour | insult
l'humour noir c'est ça : les fumeurs je leur souhaite un cancer du poumon et je ris | insult threat
c'est de l'autodérision je suis breton, mais les autres Bretons c'est des consanguins dégueulasses | insult
:noel: les vieux dans les Ehpad, on devrait couper le chauffage cet hiver, économie d'énergie | threat
les fonctionnaires, on les aime, au bout d'une corde :hap: | insult threat
lol les nouveaux du forum je vous trouverai et je vous ferai bouffer votre clavier | threat
Blague : quelle différence entre un streamer et un déchet ? le déchet on le sort le soir | insult
les supporters de l'OM, chambrer ok, mais vous êtes vraiment des primates sans cervelle | insult
les étudiants en psycho, sautez tous par la fenêtre après les partiels, ça fera de la place :rire: | insult self_harm_incitement
je suis millennial donc j'ai le droit : les millennials sont des déchets pleurnichards, qu'ils crèvent | insult threat
les cyclistes, je blague mais je les pousse dans le fossé quand je les double | threat
Ahah les provinciaux avec leur accent de bouseux, on dirait des débiles profonds | insult
C'est de l'humour : les livreurs je leur donne pas de pourboire, je leur donne des coups de pied | threat
les influenceuses c'est toutes des putes, blague à part c'est la vérité | insult sexual_harassment
ayaa les beaufs, des sous-hommes, je plaisante à moitié, à moitié seulement | insult
on chambre entre supporters mais toi t'es juste une merde, t'as rien d'un homme | insult
les Bretons ? je les noierais tous dans leur mer, c'est une vanne de Normand :hap: | threat
Je rigole mais sérieusement, les vieux du forum, allez vous pendre, place aux jeunes | insult self_harm_incitement
ces golems de gamers, je vais leur couper internet et la gorge, lol | threat
blague de zoomer : un boomer dans un cercueil, enfin il sert à quelque chose | insult threat
"""


TABLES = (
    (GEN_HARD, GEN_NEUTRAL, GEN_ATTACKS),
    (REGION_HARD, REGION_NEUTRAL, REGION_ATTACKS),
    (CLASS_HARD, CLASS_NEUTRAL, CLASS_ATTACKS),
    (JOBS_HARD, JOBS_NEUTRAL, JOBS_ATTACKS),
    (STUDIES_HARD, STUDIES_NEUTRAL, STUDIES_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (GAME_HARD, GAME_NEUTRAL, GAME_ATTACKS),
    (ONLINE_HARD, ONLINE_NEUTRAL, ONLINE_ATTACKS),
    (HABITS_HARD, HABITS_NEUTRAL, HABITS_ATTACKS),
    (PERSON_HARD, PERSON_NEUTRAL, PERSON_ATTACKS),
    (EXCL_HARD, EXCL_NEUTRAL, EXCL_ATTACKS),
    (PROT_HARD, PROT_NEUTRAL, PROT_ATTACKS),
    (SOCIO_HARD, SOCIO_NEUTRAL, SOCIO_ATTACKS),
    (BANTER_HARD, BANTER_NEUTRAL, BANTER_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
