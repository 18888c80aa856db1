"""Generate fr_short_neighbours.csv: short French forum posts naming groups of people in ordinary life, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". The file corrects an
imbalance: in the project's training data, words naming groups (meuf/meufs, femmes, voilées, Turcs,
Tchétchènes, Gitans, rebeus, migrants, Comoriens, Indiens, blacks, Roms, aveugles, Arabes,
Afghans, Roumains, Africains, féministes…) appear about twice as often in attacks as in harmless
posts, so "Les <group> ..." looks suspicious even when it tells something ordinary about
particular people. About 70 % of the lines here are harmless: specific neighbours, classmates,
colleagues, teammates, shopkeepers, families and villagers of a group doing ordinary things, told
in the plural or the singular, often as the subject of the sentence (neighbours and the
building, campsites and beaches, markets and kebabs, school and university, work, sport clubs,
weddings and religious holidays, villages, public transport, hospitals, dating, family and
in-laws, gaming and Discord, music, associations, local news). About 30 % are attacks, written as
twins where possible: the same group word in the same place, turned into a generalisation that
demeans the whole group ("les X sont tous…", "chez les X c'est…", animal comparisons, calls to
expel, "ils volent / ils violent" asserted), an insult to one person for being of the group, or a
sexualising or contemptuous line about "les meufs" / "les femmes" as a class.
Every line is 5 to 25 words. No extra variants.
See fr_short_neighbours.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_neighbours.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives name a group and tell
# something ordinary about particular people of it; neutral lines are ordinary posts on the topic;
# attacks use the same group words to demean the whole group or one person for belonging to it.

# --- Neighbours and the building --------------------------------------------------------------
BUILDING_HARD = """
les voisins du 3e sont turcs, ils m'ont monté un plateau de baklavas pour la nouvelle année :hap:
Les Comoriens du deuxième organisent un mariage samedi, ils ont prévenu tout l'immeuble avec un petit mot très gentil
la famille rom d'en face a aidé mon père à déboucher la gouttière hier, trop sympas
ma voisine voilée garde mon chat quand je pars, elle lui parle en arabe et il adore
les rebeus du bâtiment B ont réparé le portail de la résidence eux-memes, le syndic dormait
les meufs du 4e font des soirées jeux de société le jeudi et elles m'ont invité ptdr
wsh les voisins tchétchènes m'ont aidé à porter mon frigo, trois étages sans ascenseur, respect
Les Afghans arrivés dans l'immeuble cet hiver ont planté des tomates dans la cour commune
la daronne portugaise du rez-de-chaussée arrose les plantes de tout le monde l'été
les Chinois du 5e m'ont invité pour le nouvel an lunaire, raviolis à volonté :hap:
les Antillais du premier ont mis du zouk à la fête des voisins, meilleure ambiance de l'année
la famille juive du palier m'a apporté de la brioche pour shabbat, c'etait trop bon
Mon voisin aveugle reconnaît tout le monde au bruit des pas dans l'escalier, c'est impressionnant.
Les personnes âgées de la résidence ont monté un club de tricot dans le local à vélos.
les voisines du dessous sont un couple de lesbiennes, elles ont un chien énorme et adorable
les Roumains du 6e ont refait la peinture de la cage d'escalier bénévolement, chapeau
Les femmes de l'immeuble ont créé un groupe pour faire les courses des dames qui ne sortent plus.
question : les voisins africains font une fête de baptême, je ramène quoi comme cadeau ?
ma voisine est sourde, j'apprends quelques signes en LSF pour lui dire bonjour :ok:
les gitans du terrain d'à côté m'ont prêté un cric quand j'ai crevé, gentils comme tout
le couple gay du 2e a organisé la chasse aux oeufs pour les gosses de la résidence
Les Indiens du premier cuisinent tous les dimanches, ça sent tellement bon dans l'escalier.
Les réfugiés ukrainiens hébergés au troisième donnent des cours de piano à ma petite sœur.
nouvelle voisine voilée au 2e, elle a sonné pour se présenter avec des gâteaux, trop mignon
Les Arabes de mon immeuble m'ont invité à rompre le jeûne, j'ai jamais autant mangé de ma vie
les Maghrébins du quartier ont organisé le nettoyage du square dimanche matin, 40 sacs ramassés
la meuf du dessus joue du violon le soir, franchement c'est agréable de s'endormir avec
les meufs de la coloc d'en face m'ont rendu le colis que le livreur avait déposé chez elles
ma voisine trans m'a aidé à remplir mon dossier CAF, elle est assistante sociale
les blacks du bâtiment C font un tournoi de foot en bas chaque samedi, tout le monde joue
les voisins turcs m'ont prêté leur perceuse et m'ont même aidé à fixer l'étagère
la famille algérienne du 4e a invité tout l'étage pour l'Aïd, couscous géant
la voisine autiste du 2e connaît tous les horaires de bus par coeur, elle m'a sauvé plusieurs fois
les Chinois du rez-de-chaussée ont eu un bébé, on a fait une carte avec tout le palier
les migrants logés dans l'ancien hôtel du quartier sont venus aider à monter les tables de la fête des voisins
Les femmes du conseil syndical ont enfin obtenu la réparation de l'ascenseur, merci à elles.
nos voisins marseillais parlent fort mais ils sont adorables, ils m'invitent à l'apéro chaque vendredi
les Parisiens qui ont acheté la maison d'en face ont tout retapé eux-mêmes, chantier propre
ma voisine noire est infirmière de nuit, on s'arrange pour que personne fasse de bruit le matin
la meuf de la loge est gardienne depuis 20 ans, elle connaît le prénom de chaque gamin
ma voisine de palier est une femme de 80 ans qui me donne des confitures, je lui monte ses packs d'eau
les meufs du 1er ont adopté un chaton et tout l'immeuble passe le voir ptdr
Deux femmes du bâtiment A ont lancé une bibliothèque partagée dans le hall, j'ai déjà pris trois romans.
la meuf du 5e m'a aidé à porter mon canapé, elle est plus costaud que moi frr
une femme de l'immeuble organise des cours de yoga sur le toit l'été, c'est gratuit
les blacks du 2e ont organisé un anniversaire pour la petite du 4e, tout l'étage était là
Ma voisine voilée et ma mère font leur marche du matin ensemble depuis deux ans.
les Turcs du rez-de-chaussée ont sorti leur barbecue pour la fête des voisins, brochettes pour tous
les gens du voyage garés derrière la résidence ont rapporté le chat perdu de la voisine
les Comoriens du 2e ont fait du bruit jusqu'à 3h pour le mariage, je leur ai dit et ils se sont excusés le lendemain
"""

BUILDING_NEUTRAL = """
qui a déjà organisé une fête des voisins ? on a un budget de 50 balles pour 30 personnes
le syndic veut augmenter les charges de 20 %, quelqu'un sait si c'est contestable ?
mon voisin met sa musique à fond à 2h du mat, je fais quoi sans m'embrouiller ?
l'ascenseur est en panne depuis trois semaines et je vis au 7e, ayaa
"""

BUILDING_ATTACKS = """
les voisins turcs du 3e c'est tous des mafieux, ils blanchissent de l'argent avec leur kebab | identity_hate
Les Comoriens du deuxième font un mariage samedi, encore des singes qui vont hurler toute la nuit | identity_hate
la famille rom d'en face faut la virer de l'immeuble avant qu'ils volent les vélos de la cour | identity_hate exclusion
les voilées du bâtiment c'est des pondeuses, elles servent à rien à part faire des gosses | identity_hate
les rebeus du bâtiment B c'est des rats, faut dératiser la résidence :noel: | identity_hate
les Tchétchènes du 3e faut les renvoyer chez eux, c'est des sauvages qui égorgent pour un regard | identity_hate exclusion
les Afghans de l'immeuble c'est tous des violeurs en puissance, fermez vos portes les filles | identity_hate
Les Africains du bâtiment C puent, on devrait leur interdire l'ascenseur. | identity_hate exclusion
les meufs du 4e c'est des salopes, elles ramènent un mec différent chaque soir | identity_hate insult
les femmes du conseil syndical feraient mieux de retourner à la cuisine au lieu de gérer l'immeuble | identity_hate exclusion
Les Juifs qui ont acheté au cinquième vont racheter tout l'immeuble, c'est ce qu'ils font partout. | identity_hate
mon voisin aveugle sert à rien, ces gens-là devraient être enfermés en institution | identity_hate exclusion
les gitans du terrain d'à côté faudrait tout cramer avec leurs caravanes dedans | identity_hate threat
le couple de lesbiennes du 2e, faudrait leur montrer ce que c'est un vrai homme :noel: | identity_hate sexual_harassment threat
Les migrants logés dans l'ancien hôtel sont des parasites, il faut les mettre dehors. | identity_hate exclusion
les Roumains du 6e sont tous des voleurs, cachez vos bijoux les kheys | identity_hate
les Chinois du rez-de-chaussée bouffent les chats du quartier, c'est connu ces bestioles | identity_hate
la voisine trans c'est un mec déguisé, un malade mental qui devrait pas approcher les gosses | identity_hate insult
les Arabes de mon immeuble c'est des cafards, ils se reproduisent dans tous les apparts | identity_hate
les vieux de la résidence, qu'ils crèvent vite qu'on récupère les apparts :noel: | threat
les Antillais du premier et leur zouk, des sauvages bruyants qui foutent rien de la journée | identity_hate
les Maghrébins du quartier c'est tous des dealers, le square c'est leur bureau | identity_hate
"""

# --- Campsites, holidays, beaches -------------------------------------------------------------
CAMPING_HARD = """
les meufs de la tente d'à côté nous ont appris à jouer au tarot, on a perdu toute la soirée mdr
la famille turque du mobil-home 12 nous a prêté leur glacière quand la nôtre a lâché, des crèmes
Les femmes voilées sur la plage se baignaient en burkini avec leurs enfants, ambiance tranquille.
les Marseillais du camping ont gagné le concours de pétanque, évidemment :hap:
cet été au camping, une famille afghane tenait la buvette, les beignets étaient incroyables
Les Roumains de l'emplacement 40 jouaient de l'accordéon le soir, tout le monde dansait.
à la plage, un groupe de rebeus a sorti de l'eau un gamin qui se noyait, les maîtres-nageurs les ont remerciés
les Parisiens du bungalow d'à côté avaient jamais entendu de cigales, ils étaient émerveillés ptdr
les personnes âgées du camping organisaient l'aquagym à 9h, j'y suis allé, j'ai souffert
avec mes potes on a rencontré des Tchétchènes en rando dans les Pyrénées, super sympas et ultra sportifs
les Antillais du camping ont fait un colombo géant pour le 14 juillet, toute l'allée a mangé
les aveugles du club de rando marchaient avec des guides, on a fait la journée avec eux
En Bretagne, on a croisé une bande de femmes qui faisaient le sentier côtier à vélo, très inspirant.
les Portugais du camping avaient ramené un barbecue énorme, sardines grillées pour tout le monde
la colo de mon frère c'etait avec des gamins sourds, il a appris à signer en deux semaines
les réfugiés ukrainiens accueillis au village sont venus à la plage avec nous, première fois qu'ils voyaient l'Atlantique
des Indiens en vacances m'ont demandé de les prendre en photo devant le Mont-Saint-Michel, très polis
au camping, le couple gay du mobil-home voisin gardait nos gosses pendant qu'on allait au marché
Les gens du voyage se sont installés sur l'aire prévue à l'entrée de la ville, tout s'est bien passé.
une famille comorienne a partagé son pique-nique avec nous sur la plage, riz coco de folie
ma soeur et ses copines sont parties entre meufs à Biarritz, elles ont surfé toute la semaine
les femmes du club de voile ont gagné la régate de l'été, bravo à elles
les Africains du camping ont organisé un concours de danse le dernier soir, j'ai été ridicule :rire:
les migrants hébergés près du lac viennent pêcher avec les anciens du coin le matin
le gars du mobil-home 9 est autiste, il connaissait tous les oiseaux du marais, passionnant
Les Arabes du camping jouaient aux cartes jusqu'à minuit, ils m'ont appris la ronda.
En Ardèche, deux lesbiennes tenaient un gîte magnifique, accueil parfait, je recommande.
les Chinois du groupe de touristes faisaient du tai-chi au lever du soleil sur la plage, j'ai suivi
wsh les Roms qui vendaient des chichis sur la plage étaient adorables avec ma fille
une famille juive de Strasbourg au camping nous a appris à jouer à la toupie de Hanoucca
les meufs au camping ont monté la tente en dix minutes pendant qu'on galérait comme des golems
les Maghrébins de l'emplacement voisin servaient du thé à la menthe à tout le monde l'après-midi
la famille noire du mobil-home d'à côté nous a invités à l'anniversaire de leur fils, super soirée
ma meuf a fait son premier saut en parachute pendant les vacances, elle est folle :hap:
les femmes du camping ont organisé un tournoi de beach-volley, elles nous ont éclatés :noel:
ma copine et ses soeurs ont loué un van pour faire la Corse entre femmes, trois semaines de rêve
les meufs qui tenaient le snack de la plage faisaient les meilleures crêpes de la côte
la meuf du club nautique nous a appris le paddle, patiente de ouf avec nous
Ma mère et ses amies partent chaque été entre femmes dans les Cévennes, elles marchent 20 km par jour.
au camping une meuf m'a prêté son réchaud parce que le mien marchait plus, merci à elle
les femmes de la famille italienne d'à côté nous ont fait des pâtes fraîches le dernier soir
Les Africains de la tente voisine nous ont appris une chanson en wolof autour du feu.
les blacks du groupe de rando nous ont attendus au sommet avec de l'eau, trop sympas
une étudiante voilée faisait du kayak avec nous sur l'Ardèche, elle nous a tous battus
les rebeus du camping ont organisé un tournoi de foot sur la plage, les gamins étaient aux anges
les Roumains du mobil-home voisin ont mis la musique trop fort le premier soir, un mot au gardien et c'était réglé
"""

CAMPING_NEUTRAL = """
vous conseillez quel camping en Vendée pas trop cher avec piscine ?
premier camping de ma vie ce week-end, j'ai oublié les sardines de la tente ayaa
La plage de l'Espiguette est-elle bondée en août ? Je pars avec des amis.
"""

CAMPING_ATTACKS = """
Les femmes voilées sur la plage en burkini c'est des sacs poubelle ambulants, qu'on les interdise | identity_hate exclusion
les Roumains de l'emplacement 40 c'est des voleurs de poules, surveillez vos glacières :noel: | identity_hate
Les Afghans au bord du lac regardent les gamines en maillot, ce sont tous des pervers. | identity_hate
les meufs en maillot sur la plage demandent qu'à se faire toucher, faut pas qu'elles pleurent après | identity_hate sexual_harassment
ta soeur et ses copines entre meufs à Biarritz ? elles sont parties se faire tourner oui :noel: | insult sexual_harassment
les Tchétchènes en rando faut les éviter, chez eux on égorge pour un regard de travers | identity_hate
les gens du voyage sur l'aire, faudrait leur lâcher les chiens dessus | identity_hate threat
Les Arabes à la plage, c'est une invasion. On se croirait au bled, il faut les renvoyer. | identity_hate exclusion
des Chinois au Mont-Saint-Michel, encore des virus sur pattes qui crachent partout | identity_hate
les Africains du camping dansent comme des singes, c'etait un zoo ce concours | identity_hate
le couple gay du mobil-home, je laisserais jamais mes gosses à des pédophiles pareils | identity_hate
les réfugiés ukrainiens à la plage profitent de nos impôts en vacances, dehors | identity_hate exclusion
les Roms qui vendent des chichis, des mendiants crasseux, je leur jette même pas une pièce | identity_hate
les lesbiennes du gîte, elles ont juste jamais croisé un vrai mec qui les remette droites | identity_hate sexual_harassment
les vieux à l'aquagym c'est des baleines échouées, ça devrait pas se montrer en maillot | body_shaming
les Maghrébins du camping, dès qu'ils sont dix ça vole et ça agresse, je l'ai vu de mes yeux | identity_hate
le Parisien du bungalow d'à côté, gros bouffon arrogant, retourne respirer ta pollution | insult
les Portugais du camping, des maçons de troisième zone qui bouffent de la morue pourrie | identity_hate
les meufs qui font du camping seules cherchent juste un mec à ramener dans leur tente | identity_hate sexual_harassment
"""

# --- Markets, shops, restaurants and kebabs ---------------------------------------------------
SHOPS_HARD = """
les Turcs du kebab en bas de chez moi me mettent toujours du rab de frites, des frères
le kebab des deux frères turcs a eu la note maximale au contrôle d'hygiène, cheh aux rageux
la famille rom du marché vend les plus beaux paniers en osier que j'ai jamais vus
le resto indien de ma rue a rouvert, les patrons m'ont reconnu et m'ont offert le cheese naan
les Chinois de la supérette du coin ouvrent jusqu'à minuit, ils m'ont sauvé plus d'une soirée
les Afghans qui tiennent le snack près de la gare font des bolanis de fou, allez-y
La boucherie des Maghrébins du marché fait merguez-frites le dimanche, c'est une institution.
les femmes du stand de fromages au marché m'ont fait goûter dix trucs, j'en ai acheté trois
ma meuf bosse au rayon vrac d'une épicerie bio, elle connaît tous les clients par leur prénom
les Portugais de la boulangerie font des pastéis de nata le samedi, la queue va jusqu'au trottoir
Les Comoriens du marché vendent des épices que je ne trouve nulle part ailleurs.
les Antillais du food truck font des bokits, j'en ai mangé deux d'affilée :hap:
les vendeuses voilées de la boutique de tissus m'ont aidé à choisir pour la robe de ma soeur
Les Tchétchènes qui ont ouvert la boulangerie du quartier font un pain au fromage incroyable.
les Roumains du marché aux puces m'ont retrouvé une pièce pour ma vieille mobylette
wsh les rebeus du tacos de la place m'ont fait crédit quand j'avais oublié ma CB, je suis repassé payer
Les Africaines du marché vendent du wax, ma mère y passe des heures à choisir.
la boutique des deux meufs qui font de la céramique a ouvert, j'ai pris un bol pour ma daronne
les femmes du marché bio ont monté une coopérative et les prix ont baissé
le caviste juif de ma rue m'a conseillé un vin casher pour le repas chez mes beaux-parents
Les gens du voyage qui rempaillent les chaises sont passés, ils ont refait les six chaises de ma grand-mère.
les migrants qui ont ouvert une épicerie soudanaise vendent du bissap fait maison
le sourd qui tient le bar à jus a mis des pictos sur le menu, tout le monde commande par signes
Les personnes âgées du quartier font la queue au marché dès 7 heures pour les meilleurs légumes.
le magasin de vélos tenu par deux gays a réparé mon dérailleur gratos
les Marseillais du stand d'olives ont une tchatche, ils te vendent n'importe quoi mdr
le Parisien qui a ouvert la fromagerie du village a mis un moment à s'intégrer, maintenant tout le monde l'adore
La pizzeria tenue par des Arabes à côté de la fac fait une réduction étudiante, merci à eux.
les Noirs qui tiennent le barbier de la rue principale sont des artistes, dégradé parfait
la meuf du food truck thaï se souvient de ma commande à chaque fois
la commerçante aveugle du marché reconnaît les pièces au toucher, bluffant
les réfugiés ukrainiens ont ouvert une pâtisserie, leur gâteau au miel est dingue
une meuf m'a rendu mon portefeuille tombé au marché, y avait tout dedans, merci inconnue
les femmes de la fromagerie m'ont expliqué comment faire un plateau, j'ai régalé mes invités
le traiteur indien fait des samoussas végé, les meilleurs de la ville
les Chinoises du salon de manucure m'ont fait les ongles pour le mariage de ma cousine, magnifique
la boulangère voilée fait des croissants parfaits, elle est là dès 5h du mat
les meufs de la friperie du centre m'ont trouvé une veste vintage à 8 balles
ma meuf tient une librairie avec sa pote, venez les voir c'est la plus belle de la ville
les femmes qui tiennent la crêperie du port font des galettes saucisse incroyables
une femme âgée tient le kiosque à journaux depuis 40 ans, elle me garde mon magazine chaque mois
les blacks de la boutique de cosmétiques m'ont conseillé pour les cheveux de ma fille, top
les Gitans de la foire aux chevaux connaissent tout sur les bêtes, j'ai appris énormément
le kebab turc de la gare m'a offert un repas quand j'ai raté le dernier train, des anges
Les migrants qui tiennent la cordonnerie ont recousu mes chaussures préférées pour trois fois rien.
le kebab des Turcs de la place a raté ma commande deux fois, ils m'ont remboursé sans discuter
"""

SHOPS_NEUTRAL = """
meilleur kebab de Lille selon vous ? je suis nouveau dans la ville
ahi les prix au marché ont pris 30 % en deux ans, on va finir par manger des cailloux
c'est quoi la différence entre un tacos français et un vrai taco mexicain ?
"""

SHOPS_ATTACKS = """
les Turcs du kebab mettent de la viande de chat dans leurs broches, des sales bêtes | identity_hate
la famille rom du marché faut la chasser, leurs gosses font diversion pendant qu'ils piquent les portefeuilles | identity_hate exclusion
Les Chinois de la supérette sont des fourmis, ils travaillent comme des robots sans âme. | identity_hate
les Afghans du snack près de la gare, tu sais jamais s'ils vont te servir ou t'égorger | identity_hate
Les vendeuses voilées, on devrait leur interdire de travailler au contact des clients. | identity_hate exclusion
Les Roumains du marché aux puces revendent ce qu'ils ont volé la veille, tous des receleurs. | identity_hate
le caviste juif de ma rue c'est un rapace comme tous les Juifs, il t'arnaque au centime près | identity_hate
les Africaines du marché puent, je sais pas comment on les laisse vendre de la bouffe | identity_hate
wsh les rebeus du tacos c'est des racailles, ils crachent dans ta sauce si t'es blanc | identity_hate
les femmes au marché bio ça sait pas compter, faut un homme à la caisse ahi | identity_hate
les meufs des salons de manucure c'est des putes, tout le monde le sait | identity_hate insult
les migrants de l'épicerie soudanaise, fermez leur boutique et renvoyez-les dans leur désert | identity_hate exclusion
les gens du voyage qui rempaillent les chaises repèrent juste les maisons à cambrioler | identity_hate
le magasin de vélos des deux gays, j'irai jamais me faire toucher par des tarlouzes | identity_hate insult
les Indiens du traiteur se lavent jamais les mains, un peuple de crasseux :hap: | identity_hate
les Noirs du barbier c'est tous des dealers, le salon c'est une façade | identity_hate
les Tchétchènes de la boulangerie c'est des terroristes en sommeil, boycottez-les | identity_hate exclusion
les Portugais de la boulangerie, des bouffeurs de morue juste bons à faire concierge | identity_hate
les Comoriens du marché vendent des épices coupées avec de la terre, des arnaqueurs nés | identity_hate
les Antillais du food truck, des feignants qui ouvrent quand ils ont envie, c'est culturel | identity_hate
"""

# --- School and university --------------------------------------------------------------------
SCHOOL_HARD = """
les meufs de la promo ont monté un groupe de révision et elles m'ont laissé rejoindre, je valide enfin l'algèbre
les étudiantes voilées de l'amphi B ont eu les meilleures notes en droit constit, respect
Les étudiantes féministes du BDE ont organisé un débat sur le consentement, la salle était pleine.
les Chinois de mon master m'ont aidé pour le projet de stats, ils expliquent trop bien
Mon binôme est tchétchène, champion de lutte et 17 de moyenne, le mec est cheaté
les Africains de la résidence universitaire font des soirées cuisine, meilleur moment de la semaine
Les Comoriens de ma classe de BTS m'ont appris à jouer au mraha, un jeu de stratégie.
les Indiens du labo de chimie ont fêté Diwali avec des lumières partout dans le couloir
la prof de maths est voilée et c'est la meilleure prof du lycée, elle explique avec patience
les rebeus du fond de la classe ont fait un exposé sur l'Andalousie, la prof a adoré
Les élèves sourds du lycée ont une interprète en cours, j'ai appris plein de signes grâce à eux.
l'étudiant aveugle de mon TD prend ses notes en braille plus vite que moi à l'ordi
les migrants de la classe d'accueil ont gagné le concours d'éloquence du collège, incroyable
Les femmes de ma promo d'ingé sont quatre sur trente, et elles squattent le top 5 du classement.
ma pote est autiste et elle a eu sa thèse avec les félicitations du jury
les Roumains de l'Erasmus ont organisé une soirée avec de la musique des Carpates
les Arabes de ma licence m'ont fait réviser le partiel de langue arabe, je leur dois tout
les Portugais de ma classe ont ramené des pastéis pour la fin de l'année
les gitans de ma classe en primaire jouaient de la guitare à la kermesse, je m'en souviens encore
les meufs de l'équipe de robotique ont qualifié le lycée pour la finale nationale
le club LGBT de la fac a organisé une conférence, des lesbiennes et des trans ont raconté leur parcours
les Antillais de l'IUT ont ramené du rhum arrangé à la soirée d'intégration, fini en 10 minutes
Les Afghans du cours de FLE parlent déjà bien français après six mois, bravo à eux !
Les réfugiés ukrainiens de ma classe de terminale ont eu leur bac avec mention.
les Noirs de ma promo ont créé une asso pour l'orientation des lycéens de banlieue
mon prof de philo est juif et il nous a fait un cours génial sur Spinoza
les Turcs de ma classe prépa m'ont appris à faire le thé à la turque pendant les révisions
les meufs du BDE ont géré toute la soirée de gala, zéro problème, merci à elles
une meuf de ma classe m'a prêté ses fiches quand j'étais malade, je lui ai payé un kebab
Les femmes qui reprennent leurs études à 40 ans dans ma promo sont les plus motivées.
wsh les féministes du syndicat étudiant ont obtenu des protections gratuites dans les toilettes de la fac
Les Maghrébins de l'atelier théâtre ont joué du Molière, la salle s'est levée.
la meuf assise à côté de moi en TD dessine des portraits de tous les profs, elle a un talent fou
les Parisiens de ma promo à Toulouse découvrent la chocolatine, ils sont perdus :hap:
les Marseillais de ma classe prépa font des exposés avec un accent de ouf, les profs adorent
les personnes âgées de l'université du temps libre suivent les mêmes amphis d'histoire que nous, trop cool
les musulmans de la résidence ont organisé un iftar pour tous les étudiants pendant le ramadan
ma soeur est la seule meuf de sa classe de mécanique et c'est elle qui aide les autres
les meufs de ma classe de terminale ont organisé le voyage à Berlin, tout était carré
La femme qui dirige mon labo a publié dans Nature, on a fêté ça avec des croissants.
les meufs du groupe de TP m'ont expliqué les titrages trois fois sans soupirer, des saintes
Les Africains de ma promo d'éco ont gagné le concours de business plan de l'école.
les voilées de ma promo de pharma font les meilleures fiches, tout le monde se les partage
les rebeus de ma classe de terminale ont tous eu leur bac, on a fêté ça au parc
le Gitan de ma promo de BTS est premier en mécanique, il répare tout ce qu'on lui donne
les meufs de mon groupe de projet ont pas rendu leur partie à temps, on s'est expliqués et on a fini ensemble
"""

SCHOOL_NEUTRAL = """
les partiels commencent lundi et j'ai pas ouvert un cours, je suis en PLS
Parcoursup c'est un cauchemar, quelqu'un a eu des réponses pour les licences de psycho ?
quel ordi pour la fac à moins de 600 balles ? je fais surtout du traitement de texte
"""

SCHOOL_ATTACKS = """
les meufs de la promo ont eu leurs notes en couchant avec les profs, c'est évident | identity_hate sexual_harassment
les étudiantes voilées de l'amphi faut les virer de la fac, des soumises qui se cachent | identity_hate exclusion
les étudiantes féministes du BDE c'est des hystériques mal baisées ahi | identity_hate insult sexual_harassment
Les Chinois de mon master trichent tous, copier fait partie de leur culture. | identity_hate
les Africains de la résidence universitaire c'est des singes, on les entend hurler à travers les murs | identity_hate
Les élèves sourds devraient être dans des écoles à part, ils ralentissent toute la classe. | identity_hate exclusion
l'étudiant aveugle de mon TD, un boulet qui prend la place d'un vrai étudiant | identity_hate insult exclusion
les migrants de la classe d'accueil tirent le niveau vers le bas, faut les dégager dans leur bled | identity_hate exclusion
ta pote autiste avec sa thèse, un légume avec un diplôme, ça vaut rien :noel: | identity_hate insult
les Roumains de l'Erasmus c'est tous des pickpockets, surveillez vos sacs à la soirée | identity_hate
la prof voilée faudrait la renvoyer dans son pays, elle endoctrine nos gosses | identity_hate exclusion
les gitans à l'école primaire c'est des sauvages, faudrait leur interdire l'école | identity_hate exclusion
les rebeus du fond de la classe c'est des futurs taulards, la racaille c'est génétique | identity_hate
les trans de la conférence c'est des malades mentaux, faut les interner pas leur donner un micro | identity_hate exclusion
Les femmes ingénieures sont des quotas, aucune n'a le niveau. | identity_hate
ton prof de philo est juif ? évidemment il vous lave le cerveau | identity_hate
les Noirs de ma promo sont là grâce aux quotas, ils ont pas le niveau de toute façon | identity_hate
ta soeur seule meuf en mécanique ? elle doit passer sous toute la classe :noel: | insult sexual_harassment
les musulmans de la résidence, faudrait leur couper l'eau pendant leur ramadan de barbares | identity_hate
les Comoriens de ma classe, des feignants qui savent à peine lire | identity_hate
les Maghrébins de l'atelier théâtre, qu'ils jouent leur rôle préféré : voleurs de sacs | identity_hate
"""

# --- Work and colleagues ----------------------------------------------------------------------
WORK_HARD = """
les collègues femmes de l'open space ont organisé un pot surprise pour mon anniv, trop gentilles
Les femmes de mon équipe de dev ont livré la refonte avant la deadline, le boss était bluffé.
ma cheffe est une meuf de 28 ans et c'est la meilleure manager que j'ai eue
Les maçons roumains qui ont refait notre toit ont fini en avance et ont tout nettoyé.
les Afghans qui bossent en cuisine à la cantine font un riz pilaf que tout le monde réclame
mon collègue tchétchène m'apprend à tenir une conversation en russe pendant les pauses
les Turcs du chantier m'ont invité à manger avec eux à midi, du pain maison et des olives
les Indiens de la boîte de presta ont débugué notre serveur à 3h du mat, des héros
La nouvelle collègue voilée est comptable, elle a trouvé l'erreur qu'on cherchait depuis six mois.
les Portugais de l'entreprise de plomberie ont réparé la fuite en une heure, travail propre
les rebeus de l'entrepôt m'ont appris à conduire le chariot élévateur, patience infinie
les migrants embauchés à la boulangerie industrielle sont les plus ponctuels, dixit mon père qui est chef d'équipe
ma collègue sourde lit sur les lèvres, en réunion on fait gaffe à bien se tourner vers elle
le collègue aveugle du service client a les meilleurs retours de l'équipe, il a une voix apaisante
les meufs de l'équipe commerciale ont explosé les objectifs du trimestre, prime pour tout le monde
les Comoriens de l'équipe de nuit à l'hôpital m'ont fait goûter le mataba, trop bon
Mes collègues africains m'ont invité au mariage de leur ami, ambiance incroyable.
les Chinois de la boîte partenaire nous ont offert du thé au premier rendez-vous, tradition sympa
le stagiaire autiste a automatisé tous nos tableaux Excel, il nous a fait gagner des heures
les Arabes du service compta m'avaient prévenu que le logiciel allait planter, ils avaient raison
ma collègue trans a été promue responsable RH, amplement mérité
les gens du voyage qui ont élagué les arbres de la boîte ont fait un boulot nickel
les Antillais de mon équipe ramènent des accras le vendredi, c'est devenu un rituel
une meuf de ma boîte a négocié une augmentation pour toute l'équipe, la reine
les femmes de ménage de l'immeuble de bureaux arrivent à 5h, je leur dis toujours merci
mon collègue gay a organisé le séminaire à Lisbonne, le meilleur de l'histoire de la boîte
les Maghrébins de la boîte d'intérim ont tous été embauchés en CDI à la fin de la mission
Les Juifs de mon service m'ont expliqué Kippour, alors nous avons décalé la réunion.
les personnes âgées bénévoles tiennent l'accueil de la mairie le mercredi, elles connaissent tout le monde
le Parisien muté dans notre agence de Brest a adopté le kouign-amann dès la première semaine
ma daronne est la seule femme chef de chantier de sa boîte et les ouvriers la respectent à fond
les féministes de mon taf ont obtenu que les réunions finissent avant 18h, tout le monde y gagne
les meufs de l'atelier couture de l'usine ont fait des masques pour tout le personnel en 2020
Mes collègues marseillaises mettent l'ambiance à la machine à café, on rit tous les matins.
Les ouvrières de l'usine ont voté la grève, je les soutiens, les conditions sont horribles.
ma collègue musulmane jeûne pendant le ramadan et elle garde une énergie de dingue
les Noirs de la sécu du centre commercial connaissent tous les gamins du quartier, ils gèrent
les réfugiés ukrainiens embauchés à la ferme ont sauvé la récolte de pommes
la meuf du support informatique m'a réparé mon ordi en deux minutes, je suis un golem
les femmes de l'équipe de nuit m'ont appris le métier quand j'étais intérimaire, je leur dois beaucoup
une femme de mon service part à la retraite après 35 ans, on lui a offert un voyage
les meufs de la compta ont fait un calendrier de l'avent pour tout l'étage, trop mignon
les blacks de l'équipe logistique ont monté une équipe de foot en entreprise, on a gagné le tournoi
les Roms qui bossent au centre de tri m'ont appris à démonter un moteur, des pros
ma collègue voilée est cheffe de projet et c'est la plus organisée de l'étage
les Africains de mon équipe m'ont appris à négocier sans m'énerver, meilleure formation de ma vie
mon collègue afghan et moi on s'est engueulés sur le planning, on a réglé ça autour d'un café
"""

WORK_NEUTRAL = """
entretien d'embauche demain pour un poste de magasinier, des conseils les kheys ?
mon patron me paie toujours avec une semaine de retard, c'est légal ?
Le télétravail trois jours par semaine, vous trouvez ça bien ou on finit par s'isoler ?
"""

WORK_ATTACKS = """
les collègues femmes de l'open space passent leur journée à papoter, des pondeuses inutiles | identity_hate
ta cheffe de 28 ans, elle a eu le poste à genoux sous le bureau c'est sûr :noel: | insult sexual_harassment
les maçons roumains c'est des voleurs de cuivre, ils repartent avec tes câbles | identity_hate
les Afghans en cuisine à la cantine crachent dans nos assiettes, ces barbares | identity_hate
les Turcs du chantier c'est des bêtes de somme, juste bons à porter des sacs | identity_hate
les Indiens de la boîte de presta c'est des esclaves crasseux qui codent avec les pieds | identity_hate
la nouvelle collègue voilée, faut la virer avant qu'elle transforme la boîte en mosquée | identity_hate exclusion
Les migrants embauchés volent le travail des Français, il faut les renvoyer d'où ils viennent. | identity_hate exclusion
ma collègue sourde, un boulet qu'on aurait jamais dû embaucher, elle comprend rien | identity_hate insult exclusion
les meufs de l'équipe commerciale font leurs chiffres en montrant leurs seins aux clients | identity_hate sexual_harassment
mes collègues africains sentent le fauve, qu'on les mette dans un bureau à part | identity_hate exclusion
le stagiaire autiste c'est un attardé, on l'a pris pour la prime handicap | identity_hate insult
ma collègue trans c'est un homme malade qui a piqué le poste d'une vraie femme | identity_hate
Les Juifs de mon service se serrent les coudes pour tenir l'entreprise, comme partout ailleurs. | identity_hate
les femmes de ménage c'est des bonnes, qu'elles restent invisibles et qu'elles se taisent | identity_hate
La seule femme chef de chantier ? Sa place est à la maison, pas sur un échafaudage. | identity_hate exclusion
les féministes de mon taf c'est des connasses qui auraient besoin d'une bonne claque | identity_hate insult threat
les gens du voyage de l'élagage reviennent la nuit pour voler les outils, tous pareils | identity_hate
les Noirs de la sécu c'est des gorilles payés pour faire peur, rien dans le crâne | identity_hate
les Portugais du chantier, tout juste bons à couler du béton, pas à réfléchir | identity_hate
les femmes en réunion ça parle pour rien dire, faudrait leur couper le micro | identity_hate exclusion
"""

# --- Sport clubs and gyms ---------------------------------------------------------------------
SPORT_HARD = """
les lutteurs tchétchènes de ma salle m'ont montré des techniques de projection, ils sont très pédagogues
les coureurs aveugles du club d'athlé courent avec un guide relié par une corde, c'est beau à voir
les meufs de l'équipe de foot féminine ont gagné la coupe régionale, je suis allé les encourager
Les migrants arrivés au village jouent maintenant au club de foot, et l'équipe est remontée en district.
Les femmes de mon club de boxe m'ont mis une raclée au sparring, respect total.
les filles voilées de l'équipe de basket jouent avec des hijabs de sport et mettent des paniers de loin
les Turcs du club de lutte ont organisé un tournoi amical avec les Tchétchènes, super ambiance
les Africains du club de rugby ont ramené toute la famille pour la finale, tribune en feu
le club handisport a une équipe de cécifoot, les joueurs aveugles sont ultra techniques
Les Comoriens du quartier ont monté une équipe de futsal qui joue le dimanche matin.
la meuf qui coache la muscu à ma salle m'a corrigé mon squat, je progresse enfin
les rebeus du city stade m'ont appris le petit pont quand j'avais 12 ans, souvenirs
les Roms du club de boxe du quartier ont trois champions régionaux, le coach est trop fier
les Antillais du club d'athlé dominent le 100 m depuis des années, respect
les Portugais de l'équipe vétérans font un barbecue après chaque match, gagné ou perdu
les Arabes du club de foot en salle m'ont invité à leur tournoi du ramadan après la rupture du jeûne
Les sourds de mon club de volley communiquent par signes pendant les points, c'est redoutable.
les Chinois du parc font du tai-chi tous les matins, je m'y suis mis avec ma mère
les Indiens du quartier ont monté un club de cricket, ils m'ont expliqué les règles pendant une heure
Les Gitans de mon club de boxe mettent les gants avec un sérieux que j'ai jamais vu ailleurs.
les meufs de la salle de crossfit soulèvent plus lourd que moi, je reste humble :noel:
les femmes de l'équipe de hand ont fini premières du championnat, le club leur offre un voyage
ma meuf fait de la boxe thaï, elle m'emmène courir le dimanche et je meurs :noel:
les réfugiés ukrainiens ont rejoint l'équipe de volley du lycée, deux passeurs de ouf
les anciens du club de pétanque m'ont mis 13 à 0, j'ai été humilié ptdr
les autistes du club d'escalade grimpent avec une concentration impressionnante, le moniteur est top
le club gay de rugby de la ville a gagné le tournoi régional, bravo les gars
les lesbiennes de mon équipe de foot ont organisé le tournoi inter-clubs, logistique parfaite
la nageuse trans de mon club a battu son record sur 200 m, tout le club l'a applaudie
Les Noirs de mon équipe de basket m'ont appris à dunker, enfin presque :hap:
les Afghans du club de cricket ont battu l'équipe anglaise de la ville, dinguerie
les supporters marseillais rigolent avec les Parisiens au bar du club, même pendant le classico
Les Maghrébins du club de course ont couru le semi-marathon en plein ramadan, chapeau !
Les femmes du club de rando de ma mère font 25 km par semaine, elles ont toutes plus de 60 ans.
la coach du club de boxe est une femme de 50 ans ceinture noire, personne la chauffe
ma soeur joue avec des meufs de toutes les origines dans son équipe de rugby, c'est une famille
les féministes du club de foot ont obtenu des créneaux de terrain à égalité avec les mecs
une meuf du club m'a prêté ses gants quand j'avais oublié les miens
les Juifs du club de foot local ont joué contre l'équipe de la mosquée, match nul et barbecue commun
les meufs du club de course m'ont attendu à chaque ravitaillement, je finis mon premier 10 km grâce à elles
Les femmes de l'équipe de water-polo s'entraînent à 6 heures du matin, je ne sais pas comment elles font.
les blacks de mon club d'athlé m'ont appris à partir dans les starting-blocks
les gens du voyage du quartier ont un club de boxe qui forme les gamins gratuitement
les Turcs de la salle de muscu m'ont prêté leurs bandes de poignets pour mon premier 100 kg
les migrants de l'équipe de course du foyer ont fini le cross départemental dans le top 10
les Tchétchènes du club m'ont un peu trop secoué au sparring, le coach a recadré tout le monde, moi compris
"""

SPORT_NEUTRAL = """
je commence la muscu à 20 ans, un programme débutant à conseiller ?
quel club de foot amateur sur Nantes pour un mec de niveau moyen ?
perdu 8 kilos en courant trois fois par semaine, je lâche plus rien
"""

SPORT_ATTACKS = """
les lutteurs tchétchènes de ma salle c'est des bêtes sauvages, faut les renvoyer dans leurs montagnes | identity_hate exclusion
les coureurs aveugles c'est du spectacle de foire, ça a rien à faire sur une piste | identity_hate exclusion
le foot féminin c'est des grosses gouines qui courent comme des vaches | identity_hate insult body_shaming
wsh les migrants du club de foot ont volé la place de nos gamins, virez-les de l'équipe | identity_hate exclusion
les meufs à la salle viennent juste pour se faire mater le cul, qu'elles assument | identity_hate sexual_harassment
les filles voilées au basket, des sacs qui courent, la honte pour le club | identity_hate
Les Africains du club de rugby ont des gènes de singe, c'est pour cela qu'ils courent vite. | identity_hate
les Roms du club de boxe, faut leur interdire les compètes, ils vident les vestiaires | identity_hate exclusion
les Arabes au foot en salle, dès qu'ils perdent ils sortent le couteau, tous pareils | identity_hate
les sourds au volley, des débiles qui poussent des cris de singe | identity_hate insult
les gays du club de rugby, je me change pas dans le même vestiaire que des pédales | identity_hate insult exclusion
la nageuse trans, c'est un mec, faut l'exclure du club et lui arracher son maillot | identity_hate threat exclusion
ta meuf fait de la boxe thaï ? une camionneuse, en fait tu sors avec un mec :noel: | insult body_shaming
la coach de 50 ans, une vieille peau ménopausée qui se croit à sa place sur un ring | identity_hate insult body_shaming
les Gitans du club de boxe, faudrait les mettre en cage comme des chiens de combat | identity_hate
les Noirs au basket c'est du muscle sans cerveau, même pas capables de lire un schéma :rire: | identity_hate
les femmes au hand c'est des camionneuses, aucune n'est baisable | identity_hate body_shaming sexual_harassment
Les Juifs du club local, il faut les empêcher de jouer contre nos équipes. | identity_hate exclusion
les Indiens du cricket puent le curry jusque dans le parking, ayaa | identity_hate
les Antillais au 100 m, des bêtes de course, c'est la sélection des esclaves qui a fait ça | identity_hate
les Maghrébins au foot, des tricheurs qui plongent au moindre contact, c'est culturel | identity_hate
"""

# --- Weddings, parties and religious holidays -------------------------------------------------
PARTY_HARD = """
le mariage comorien de l'immeuble a duré trois jours, on a tous été invités au grand dîner
les Turcs du quartier ont fait un mariage avec davul et zurna, j'ai dansé le halay jusqu'à 3h
les femmes de la chorale gospel ont chanté à l'enterrement de ma grand-mère, j'ai pleuré
Les gitans font le pèlerinage aux Saintes-Maries chaque mai, ma mère y va pour la musique.
Les Arabes de ma rue distribuent des pâtisseries à tout le quartier pour l'Aïd.
les Indiens de mon bâtiment m'ont invité pour Holi, j'ai fini rose et vert de la tête aux pieds
la famille juive de mon pote nous a reçus pour Hanoucca, on a allumé les bougies ensemble
Les Africains du mariage de mon cousin avaient des tenues en wax magnifiques.
les meufs à l'EVJF de ma soeur ont loué un karaoké, elles ont chanté du Céline pendant 4h
les femmes voilées du mariage de ma collègue avaient des robes incroyables, j'ai jamais vu autant de couleurs
les Chinois du quartier ont fait défiler le dragon pour le nouvel an, les gamins étaient fous
les rebeus du quartier ont monté un DJ set pour le mariage de Yanis, la piste était pleine
Les Antillais du mariage ont lancé le zouk à minuit et plus personne ne s'est assis.
les Roumains de ma belle-famille ont fait un baptême orthodoxe, trois heures de cérémonie mais très belle
les Portugais ont organisé la fête de la Saint-Jean au quartier, sardines et marteaux en plastique
Les Afghans de l'association ont fêté Norouz avec des plats que je n'avais jamais goûtés.
les Tchétchènes au mariage de mon pote dansaient la lezginka, une énergie folle
les personnes âgées de l'EHPAD ont fait un bal pour le réveillon, ma grand-mère a dansé la valse
les musulmans du quartier ont fait un iftar géant dans le parc, tout le monde était invité
mon pote gay se marie en juin avec son mec, je suis témoin et j'ai trop le trac
les lesbiennes de ma bande ont fait leur mariage à la campagne, la plus belle fête de l'année
Les gens du voyage ont organisé un baptême sur l'aire, ils ont invité le maire et les voisins.
les Maghrébins de la fête de quartier ont servi du thé et des cornes de gazelle à tout le monde
les sourds du mariage de ma cousine ont fait un discours en LSF traduit par une interprète, émouvant
ma meuf a organisé mon anniversaire surprise, elle a fait venir des potes que j'avais pas vus depuis 5 ans
les femmes de ma famille préparent les plats du mariage une semaine à l'avance, organisation militaire
les meufs du mariage ont fait une chorégraphie sur du Aya Nakamura, la salle était en feu
Les Noirs de ma famille et les Bretons de ma belle-famille ont dansé ensemble au mariage, magique.
les migrants du centre d'accueil ont chanté à la fête de la musique du village, ovation
les Parisiens invités au mariage à la campagne ont découvert les poules, trop drôle :noel:
les Marseillais du mariage ont fait une haie d'honneur avec des écharpes de l'OM :rire:
mes potes indiens se marient et la fête dure une semaine, j'ai posé mes congés
une meuf m'a invité à danser au mariage de mon cousin, j'ai accepté et j'ai marché sur ses pieds
les femmes de la mosquée ont préparé un repas solidaire de Noël pour les sans-abri du quartier
les trans de l'asso ont organisé la soirée du nouvel an, la meilleure de ma vie
les aveugles de l'asso ont organisé un dîner dans le noir, expérience incroyable
Les féministes de la fac ont organisé une soirée stand-up, j'ai ri du début à la fin.
mes tantes voilées ont dansé toute la nuit au henné de ma cousine
la fête des voisins avec les Roms de la rue, ils ont ramené un violon et une guitare, ambiance de dingue
ma femme a fait le gâteau de mariage de sa meilleure amie, quatre étages, tout le monde a pris une photo
les meufs de la promo ont organisé mon pot de départ, j'ai failli pleurer devant tout le monde
les femmes du village ont fait les couronnes de fleurs pour la fête de la Saint-Jean
les Africains du baptême de ma nièce ont dansé jusqu'à l'aube, moi je dormais à 2h
Les Gitans du quartier ont invité toute la rue au mariage de leur fille, quelle fête !
les voilées du henné de ma cousine ont dansé comme jamais, j'ai tout filmé pour la mariée
les Arabes de ma rue ont fait une grande table pour la fin du ramadan, j'ai ramené un gâteau
le mariage turc d'à côté a bloqué la rue une heure avec les voitures, un peu relou mais c'était beau
"""

PARTY_NEUTRAL = """
témoin pour un mariage en septembre, je fais quoi comme discours sans être ridicule ?
combien on met dans l'enveloppe pour le mariage d'un collègue ? 50 c'est radin ?
quelqu'un connaît un traiteur pas cher pour 80 personnes vers Tours ?
"""

PARTY_ATTACKS = """
le mariage comorien de l'immeuble, trois jours de cris de singes, faudrait les gazer | identity_hate threat
les Turcs avec leurs mariages de péquenauds qui klaxonnent, qu'ils rentrent chez eux | identity_hate exclusion
les Arabes de ma rue et leur Aïd, ils égorgent des moutons dans la baignoire ces sauvages | identity_hate
les Indiens et leur Holi, des crasseux qui se roulent dans la poussière comme leurs vaches | identity_hate
chez les Juifs les fêtes c'est toujours pareil, chouiner et compter les sous | identity_hate
les Africains au mariage, danse de la jungle et bouffe de brousse, un zoo humain | identity_hate
les meufs en EVJF c'est des chiennes en chaleur, suffit de leur payer un verre | identity_hate sexual_harassment
les femmes voilées au mariage, des sacs de patates emballés dans des rideaux | identity_hate body_shaming
Les musulmans qui font un iftar dans le parc préparent l'invasion, il faut les chasser. | identity_hate exclusion
ton pote gay se marie ? encore deux pédophiles qui vont adopter un gosse | identity_hate
Les lesbiennes qui se marient, c'est contre nature. Elles méritent une bonne correction. | identity_hate threat
les gens du voyage et leur baptême, ils ont pillé la moitié du parking en partant | identity_hate
les Tchétchènes qui dansent au mariage, on dirait des chèvres, peuple de barbares | identity_hate
les Roms avec leur violon, fermez les portes, pendant qu'ils jouent leurs gosses vous volent | identity_hate
les trans à la soirée du nouvel an, un cirque de monstres, foutez-les dehors | identity_hate exclusion
les meufs qui dansent sur Aya Nakamura, des tchoins qui cherchent un mari à plumer | identity_hate insult
les Roumains et leur baptême orthodoxe, des voleurs qui prient pour pas se faire attraper | identity_hate
les Maghrébins à la fête de quartier foutent la merde comme d'hab, faut plus jamais les inviter | identity_hate exclusion
les Portugais à la Saint-Jean, une bande d'ivrognes qui tapent tout le monde au marteau | identity_hate
les meufs au mariage pensent qu'à se faire remarquer pour trouver un pigeon à plumer | identity_hate
"""

# --- The village and small towns --------------------------------------------------------------
VILLAGE_HARD = """
la famille syrienne arrivée dans mon village tient maintenant la boulangerie, tout le monde y va
Les migrants arrivés au village l'an dernier ont repeint l'école avec les parents d'élèves.
les Afghans du centre d'accueil ont aidé les anciens à faire les foins, les papis les adorent
les gens du voyage passent chaque été au village, ils réparent les chaudrons et les tondeuses
Les Portugais du village ont construit la moitié des maisons depuis les années 70.
les réfugiés ukrainiens du village ont fait un spectacle de danse pour la fête communale
les Marocaines du village ont ouvert un salon de thé, c'est le nouveau QG des mamies
les femmes du village ont sauvé l'épicerie en la reprenant en coopérative
les meufs du comité des fêtes ont organisé le meilleur 14 juillet depuis 20 ans
Les Roumains qui travaillent aux vignes reviennent à chaque vendange, le viticulteur les loge et les paie bien.
les anciens du village ont un club de belote, j'ai joué avec eux et ils m'ont plumé
le Parisien qui a racheté la ferme a été élu au conseil municipal, il s'investit à fond
Les Tchétchènes installés dans le bourg ont ouvert un club de lutte pour les gamins du coin.
les Turcs du village tiennent le seul resto ouvert le dimanche soir, on les bénit :noel:
une famille comorienne s'est installée au village, la petite est dans la classe de ma nièce
les Gitans du village voisin ont un groupe de rumba qui joue à toutes les fêtes du coin
les Antillais installés dans mon village ont fait découvrir le boudin créole aux anciens
La seule famille noire du village tient le garage, tout le monde leur confie sa voiture.
les Arabes du bourg ont organisé un repas pour les pompiers après les incendies
le couple de lesbiennes du village élève des chèvres, leur fromage est incroyable
les meufs du village ont monté une équipe de foot, elles jouent sur le terrain des vétérans
l'aveugle du village se promène avec son chien-guide et salue tout le monde par son prénom
les Chinois qui ont repris le bar-tabac ont gardé la belote du jeudi, les anciens sont contents
les femmes voilées du village vont à la marche du dimanche avec le club de rando
les musulmans du bourg ont obtenu une petite salle de prière, aucun souci avec personne
les Indiens qui ont ouvert un resto dans ma petite ville font un curry doux pour les anciens, trop mignon
Les Maghrébins du bourg jouent à la pétanque avec les anciens tous les soirs.
ma grand-mère est la seule femme maire du canton, elle a fait refaire toutes les routes
les Juifs de la petite ville ont ouvert la vieille synagogue pour les journées du patrimoine
l'ado autiste du village a fait la carte des sentiers pour l'office du tourisme
le fils de la famille rom du bourg a eu son bac, le village a fait une fête
les Africains du foyer de travailleurs ont planté un jardin partagé avec l'école
les Marseillais en résidence secondaire ont financé la rénovation de la fontaine
le couple gay du village tient la chambre d'hôtes, la mieux notée de la région
les meufs du club de tricot de mon village ont fait des bonnets pour toute l'école
les sourds du village ont une asso de randonnée, je marche avec eux le samedi
ma tante est l'une des rares femmes agricultrices du coin, elle gère 80 vaches seule
les rebeus venus de la ville pour bosser à la fromagerie se sont intégrés direct
les trans de la ville d'à côté ont monté une expo photo à la médiathèque du village
les féministes du village ont obtenu des toilettes à la salle des fêtes, enfin
la meuf de la boulangerie du village connaît l'histoire de chaque famille
les femmes du village tiennent la bibliothèque municipale bénévolement depuis 15 ans
Dans mon village, ce sont deux femmes qui tiennent la caserne des pompiers volontaires.
une meuf du village a ouvert un atelier de réparation de vélos, il y a déjà une liste d'attente
les blacks qui ont repris la ferme du haut ont relancé les fromages, le marché du samedi a doublé
Les Roms installés au bord de la rivière ont été invités au repas des anciens par le maire.
les rebeus du foot du village ont entraîné les petits tout l'été, les parents étaient ravis
les Turcs du village voisin ont restauré le vieux moulin, on peut le visiter maintenant
les gens du voyage ont laissé des déchets sur l'aire en partant, la mairie a appelé leur responsable qui est revenu nettoyer
"""

VILLAGE_NEUTRAL = """
on a acheté une maison dans un village de 300 habitants, comment s'intégrer ?
la dernière épicerie de mon village ferme, faut faire 15 km pour acheter du pain
le bus passe deux fois par jour dans mon bled, sans permis t'es mort
"""

VILLAGE_ATTACKS = """
les migrants arrivés au village c'est une invasion, faut brûler le centre avant qu'ils soient plus nombreux | identity_hate threat
les Afghans du centre d'accueil, on va les chasser du village à coups de fourche | identity_hate threat exclusion
les gens du voyage au village, que de la vermine, faut bloquer l'aire avec des rochers | identity_hate exclusion
Les Roumains des vignes sont du bétail, ils vivent comme des porcs. | identity_hate
les Tchétchènes du bourg ouvrent un club de lutte pour entraîner des terroristes, bien joué le maire | identity_hate
la famille comorienne du village, qu'elle reparte sur son caillou, on veut pas d'eux ici | identity_hate exclusion
les Gitans du village voisin, fermez tout à clé, ils viennent jouer pour repérer | identity_hate
la seule famille noire du village, bientôt ils vont ramener toute leur tribu :noel: | identity_hate
les Arabes du bourg, chaque fois qu'il y a un feu de forêt c'est eux, pyromanes dans le sang | identity_hate
le couple de lesbiennes du village, faut pas les laisser approcher des gamines | identity_hate exclusion
Les femmes voilées du village n'ont qu'à retourner dans leur pays avec leurs torchons. | identity_hate exclusion
les musulmans du bourg et leur salle de prière, faut y foutre le feu avant que ça devienne une mosquée | identity_hate threat
Les Chinois du bar-tabac, c'est l'invasion jaune, ils vont racheter tout le village. | identity_hate
les meufs du village, à part écarter les cuisses elles savent rien faire | identity_hate sexual_harassment
le couple gay de la chambre d'hôtes, des dégénérés qui devraient pas avoir le droit de recevoir des familles | identity_hate exclusion
les Africains du foyer, des singes qui volent nos emplois, faut fermer ce foyer | identity_hate exclusion
les Parisiens qui achètent au village, des parasites, faudrait les accueillir à coups de pied dans la gueule | threat
la famille rom du bourg, même leur fils bachelier finira voleur, c'est la race | identity_hate
les Antillais installés au village, des feignants qui vivent des allocs à l'ombre | identity_hate
les Indiens du resto, des crasseux qui font leur curry avec les chats du coin | identity_hate
"""

# --- Public transport -------------------------------------------------------------------------
TRANSPORT_HARD = """
dans le RER, un groupe de Maghrébins a aidé une mamie à monter sa valise, tout le wagon a applaudi
les femmes voilées du bus 38 discutent avec le chauffeur tous les matins, ambiance de quartier
le conducteur de mon bus est un Tchétchène qui dit bonjour à chaque passager, le meilleur
les Africains du tram chantaient après la victoire du Sénégal, tout le monde souriait
une meuf dans le métro m'a prêté son chargeur quand j'étais à 2 %, merci reine
un aveugle m'a guidé dans les couloirs de la gare, il connaissait mieux le chemin que moi
les Roms qui jouent de l'accordéon sur la ligne 4 m'ont fait sourire après une journée pourrie
les Chinois du car de touristes m'ont demandé le chemin, j'ai fait de mon mieux en anglais
Les rebeus du fond du bus ont cédé leur place à une femme enceinte sans qu'on leur demande.
les contrôleuses de la ligne ont été super gentilles quand j'avais perdu mon ticket
les personnes âgées du bus du marché se racontent leur semaine, c'est mon podcast préféré
un groupe de sourds signait dans le TER, j'ai essayé de suivre et ils ont rigolé avec moi
Les migrants de la gare m'ont aidé à porter la poussette dans l'escalier, l'ascenseur était en panne.
les Turcs de la navette de l'aéroport m'ont déposé jusqu'à ma porte, service de ouf
la chauffeuse du bus de nuit est une femme de 60 ans qui chante du Piaf, elle est légendaire
les Indiens du train m'ont partagé leur repas quand on est restés bloqués trois heures
les femmes de l'asso qui raccompagnent les étudiantes le soir font un boulot génial
les Antillais du car pour l'aéroport rigolaient tellement que tout le car s'y est mis
Les Roumains du bus de nuit m'ont aidé à retrouver mon téléphone tombé sous un siège.
la femme trans qui conduit le tram de ma ligne est ultra pro, jamais une minute de retard
un Juif avec sa kippa m'a laissé sa place dans le métro quand j'avais des béquilles
les supporters marseillais et parisiens ont chanté ensemble dans le TGV, fraternité rare
les Parisiens dans le métro de Lyon ont l'air perdus, je les aide avec plaisir
les gens du voyage en caravane nous ont fait signe sur l'aire d'autoroute, trop sympas
mon pote autiste connaît tous les plans de métro du monde, il m'a fait gagner 20 minutes
les Arabes du taxi collectif de l'aéroport m'ont appris trois mots de darija
les Noirs de la chorale ont chanté dans le métro pour une collecte, j'ai donné 5 balles
les Afghans du bus scolaire rentrent avec leurs cahiers à la main, ils bossent dur
les meufs de l'équipe de nuit des transports gèrent les incivilités avec un calme olympien
Les femmes peuvent demander un arrêt entre deux stations dans le bus de nuit, c'est une très bonne mesure.
la meuf qui vend des fleurs à la sortie du métro m'a offert une rose pour ma mère
les Comoriens du car pour Marseille ont mis une ambiance de fête pendant tout le trajet
les gays du bus de la Pride ont balancé des confettis sur tout le monde, c'etait beau
ma meuf prend le RER B tous les jours, elle a un mérite incroyable
les Portugais du car Paris-Lisbonne m'ont fait goûter du chouriço pendant le trajet
les réfugiés ukrainiens prenaient le bus pour leurs cours de français, maintenant deux d'entre eux conduisent les bus
les lesbiennes du vélo-taxi de Bordeaux font aussi des visites guidées, adorables
une femme dans le tram m'a rattrapé quand j'ai fait un malaise, je la remercierai jamais assez
les meufs du covoit pour Lyon m'ont fait écouter leur playlist, j'ai découvert plein de sons
ma meuf est conductrice de métro, elle connaît chaque station par coeur
deux blacks m'ont aidé à relever ma mobylette sur le rond-point, sans un mot de trop
les gitans du bus de la foire rigolaient avec le chauffeur comme de vieux potes
Une dame voilée m'a indiqué le bon quai à la gare, sans elle j'aurais raté mon train.
les Africains du TGV ont fait goûter leurs beignets à tout le wagon bloqué en pleine voie
deux rebeus parlaient fort au téléphone dans le TER, je leur ai demandé de baisser et ils l'ont fait direct
"""

TRANSPORT_NEUTRAL = """
la ligne 13 en heure de pointe c'est une épreuve olympique, je sais pas comment on tient
le pass Navigo augmente encore, à ce rythme je vais faire du vélo
les retards de TER en Normandie c'est une blague, 40 min tous les matins
"""

TRANSPORT_ATTACKS = """
dans le RER les Maghrébins c'est que des voleurs de portables, ils traînent en meute | identity_hate
les femmes voilées du bus 38, faut les faire descendre, elles font peur aux enfants | identity_hate exclusion
les Africains du tram, des singes qui hurlent, il faudrait des wagons à part | identity_hate exclusion
les Roms de la ligne 4, dès qu'ils montent je serre mon sac, tous des pickpockets mdr | identity_hate
Les aveugles dans le métro sont des boulets, qu'ils restent chez eux. | identity_hate exclusion
les rebeus du fond du bus, des racailles qui pissent dans les escaliers, c'est leur culture | identity_hate
la chauffeuse de 60 ans, une femme au volant c'est déjà un danger, une vieille c'est un meurtre | identity_hate
les meufs en jupe dans le métro veulent qu'on les touche, faut pas chialer après | identity_hate sexual_harassment
les migrants de la gare, faudrait les parquer dans un train et les renvoyer au bled sans retour | identity_hate exclusion
la femme trans qui conduit le tram, un homme travesti, qu'on la vire avant qu'elle tripote nos gamins | identity_hate exclusion
un Juif avec sa kippa dans le métro, tu surveilles ton porte-monnaie direct :noel: | identity_hate
Les Arabes du taxi collectif vous font payer le triple, voler fait partie de leur culture. | identity_hate
les Noirs de la chorale dans le métro, jetez-leur des bananes au lieu de pièces | identity_hate
Les Afghans du bus scolaire sont de futurs violeurs qui repèrent déjà nos filles. | identity_hate
les gays de la Pride dans le bus, tous des malades qui devraient être internés | identity_hate exclusion
les gens du voyage sur l'autoroute, faudrait leur rentrer dedans pour qu'ils dégagent | identity_hate threat
les Chinois du car de touristes, ça crache et ça pue, une invasion de sauterelles :ouch: | identity_hate
ta meuf prend le RER B ? elle se fait peloter par tout le wagon et elle kiffe :noel: | insult sexual_harassment
les Comoriens du car pour Marseille, un troupeau qui braille, faudrait un car à part | identity_hate exclusion
les Turcs de la navette roulent comme des tarés, tous des chauffards sans permis | identity_hate
"""

# --- Hospitals and doctors --------------------------------------------------------------------
HOSPITAL_HARD = """
les infirmières de nuit de la maternité ont été incroyables avec ma femme, merci à elles
Le chirurgien qui m'a opéré est d'origine tunisienne, il a pris le temps de tout m'expliquer.
Les internes africains des urgences enchaînent des gardes de 24 heures et gardent le sourire.
mon médecin traitant est une femme voilée et c'est la plus à l'écoute que j'ai eue
les aides-soignantes antillaises du service de ma grand-mère lui chantent des chansons le matin
Les Comoriens de l'équipe de brancardiers connaissent tous les patients par leur prénom.
le kiné aveugle de mon quartier a les meilleures mains de la ville, je recommande
les Roumains de l'équipe de chirurgie sont venus bosser en France et ils sauvent des vies tous les jours
les femmes médecins du centre de planification m'ont aidée sans jamais me juger
l'interprète en LSF de l'hôpital a permis à mon oncle sourd de comprendre son diagnostic
les meufs de la salle d'attente ont gardé un oeil sur mon fils le temps de ma radio
Les médecins indiens de l'hôpital ont traité mon père avec une grande humanité.
la psychiatre qui suit mon frère autiste est géniale, il progresse énormément
les Chinois du centre d'acupuncture ont soulagé le dos de ma mère, elle y retourne
les personnes âgées du service de gériatrie font des ateliers peinture, ma grand-mère expose ses toiles
des médecins ukrainiens réfugiés ont passé leurs équivalences et bossent aux urgences de la ville
les migrants soignés au centre de santé gratuit sont suivis par des bénévoles au top
une sage-femme marocaine a accouché ma soeur, elle a été d'une douceur incroyable
les Maghrébins de l'équipe d'ambulanciers sont arrivés en 8 minutes pour mon père
les Tchétchènes du centre de rééducation m'ont motivé pendant les séances de kiné, des machines
mon dentiste est juif et il m'a reçu en urgence un samedi alors que c'était shabbat
les gitans venus voir leur patriarche à l'hosto étaient une trentaine, le service leur a ouvert une salle
Les Turcs de la chambre d'à côté m'ont apporté du thé quand j'étais hospitalisé.
le médecin gay de mon centre de santé a monté une consultation sur le VIH, très utile
les sages-femmes de la maternité sont en grève pour leurs conditions, je les soutiens
la meuf de l'accueil des urgences a géré une bagarre avec un calme incroyable
ma meuf est infirmière de bloc, elle sauve des vies pendant que je joue à Fortnite
les femmes de l'asso d'aide aux patientes atteintes de cancer ont accompagné ma tante
les aides-soignants noirs de l'EHPAD de mon grand-père le faisaient rire tous les jours
les Afghans du foyer ont ramené des jouets pour tous les enfants hospitalisés en pédiatrie
la femme trans qui dirige le service de dermato est une référence nationale
Mon ophtalmo est voilée, elle m'a diagnostiqué un glaucome à temps, je lui dois mes yeux.
les meufs de la pharmacie de garde m'ont sauvé la nuit où mon fils avait 40 de fièvre
les Portugais de l'équipe de ménage de l'hôpital font un travail énorme qu'on voit jamais
les Arabes de l'équipe de nuit des urgences m'ont rassurée pendant la crise de ma fille
les lesbiennes du planning familial font des permanences gratuites, elles m'ont beaucoup aidée
les féministes de l'asso ont obtenu une consultation sur l'endométriose au CHU
une infirmière rom de mon service parle quatre langues, elle traduit pour tout l'étage
Les femmes de la salle de repos de la maternité m'ont donné plein de conseils pour l'allaitement.
une meuf que je connaissais pas m'a tenu la main aux urgences pendant qu'on me recousait, merci à elle
la médecin voilée des urgences pédiatriques a calmé mon fils en deux minutes, merci docteur
les blacks de l'équipe de brancardiers m'ont fait rigoler jusqu'au bloc, j'avais moins peur
les rebeus de l'équipe d'entretien ont ramené un fauteuil pour ma grand-mère sans qu'on demande
les migrants suivis à la permanence de santé gratuite sont des gens d'un courage incroyable
l'infirmière voilée des urgences a été sèche avec moi à 4h du mat, en même temps elle enchaînait depuis 12h
"""

HOSPITAL_NEUTRAL = """
ahi 6 heures d'attente aux urgences pour une entorse, l'hôpital public est à bout
trouver un médecin traitant dans la Nièvre c'est mission impossible
vous avez déjà fait une IRM ? c'est vraiment bruyant à ce point ?
"""

HOSPITAL_ATTACKS = """
les internes africains des urgences ont eu leur diplôme dans la brousse, ils savent pas soigner | identity_hate
mon médecin traitant est voilée, je veux un vrai médecin français pas une islamiste | identity_hate exclusion
les Roumains de l'équipe de chirurgie, des bouchers qui revendent les organes | identity_hate
les femmes médecins c'est des secrétaires avec un stéthoscope, ahi | identity_hate
les migrants soignés gratos, qu'ils crèvent chez eux au lieu de vider notre Sécu | identity_hate threat exclusion
Les médecins indiens ? Je ne me laisserais jamais toucher par leurs mains sales. | identity_hate
ton frère autiste, faudrait le piquer comme un chien, c'est une charge | identity_hate insult threat
les gitans à l'hosto c'est trente voleurs dans un couloir, faut les foutre dehors | identity_hate exclusion
le médecin gay s'occupe du sida parce que c'est sa maladie, sale pd | identity_hate insult
les sages-femmes c'est des bonnes femmes hystériques qui savent même pas compter les gouttes | identity_hate insult
les infirmières de bloc c'est des cochonnes qui couchent avec tous les chirurgiens | identity_hate sexual_harassment
Les vieux en gériatrie, qu'on les débranche tous pour libérer des lits. | threat
la femme trans de dermato, un monstre qui devrait pas avoir le droit d'exercer | identity_hate exclusion
les Maghrébins des ambulances te dépouillent pendant le transport, c'est leur truc | identity_hate
les aides-soignants noirs de l'EHPAD, des gorilles qui maltraitent nos vieux | identity_hate
Les médecins juifs inventent des maladies pour vendre les médicaments de leurs laboratoires. | identity_hate
les lesbiennes du planning familial, des gouines qui veulent faire avorter toutes les femmes | identity_hate insult
les Tchétchènes en rééducation, faudrait pas les soigner, des tueurs en puissance | identity_hate exclusion
les Comoriens de l'équipe de brancardiers, des singes en blouse, ça me dégoûte | identity_hate
les Antillaises aides-soignantes, des feignasses qui chantent au lieu de bosser | identity_hate
"""

# --- Dating and couples -----------------------------------------------------------------------
DATING_HARD = """
ma meuf m'a appris à cuisiner le mafé de sa grand-mère, on le refait tous les dimanches
les kheys comment aborder une meuf à la salle sans être lourd ? je veux juste lui proposer un café
ma copine est voilée et ses parents m'ont accueilli comme un fils, j'etais stressé pour rien
Les meufs sur les applis m'ont toutes dit la même chose : faut une vraie bio, pas juste "salut"
premier date avec une meuf rencontrée au club de lecture, on a parlé trois heures, je plane
Ma femme et moi fêtons nos cinq ans de mariage, elle est turque et j'ai appris la langue pour sa grand-mère.
une meuf m'a recalé poliment hier, je l'ai remerciée d'avoir été franche et on est restés potes
c'est quoi un bon resto pour emmener une meuf au premier rencard à Lyon ?
Ma copine est rom, nous vivons ensemble depuis trois ans et sa famille est très accueillante.
ma meuf est autiste et elle m'a appris à dire clairement ce que je ressens, ça a changé notre couple
Les femmes que j'ai rencontrées au speed dating étaient toutes passionnantes, je n'ai pas osé demander de numéro.
ma meuf m'a largué par message après deux ans, je suis dégoûté mais je lui souhaite le meilleur
Mon copain est tchétchène et il cuisine mieux que moi, je ne vais pas me plaindre.
les meufs de mon pote ont toujours été adorables avec nous, il choisit bien
je sors avec une meuf sourde, j'apprends la LSF et elle se moque gentiment de mon accent des mains
ma copine comorienne m'a emmené au mariage de sa cousine, j'ai dansé devant 300 personnes
comment dire à une meuf qu'elle me plaît sans la mettre mal à l'aise ? on bosse ensemble
ma meuf est féministe et elle m'a fait lire des bouquins qui m'ont ouvert les yeux
Ma femme est malvoyante, c'est elle qui s'occupe des comptes et elle gère mieux que moi.
les meufs de mon ancienne promo sont toutes en couple maintenant, et moi toujours seul :ouch:
ma meuf est indienne et sa mère m'a appris à faire des chapatis, je suis officiellement adopté
ma copine est black, on a eu une fille qui a les yeux de sa mère, je suis fou d'elles
je suis en couple avec une meuf de 35 ans, j'en ai 24, on s'en fout de l'âge on est bien
ma meuf est algérienne et je suis converti au thé à la menthe à vie :hap:
les kheys ma copine voilée m'a présenté à son père, il m'a demandé mes intentions, j'ai transpiré
une meuf m'a offert un verre dans un bar, première fois de ma vie, j'ai pas su quoi dire mdr
je suis lesbienne et ma copine m'a demandée en mariage au sommet du Ventoux
mon copain est trans et il m'a fait la plus belle déclaration de ma vie
ma meuf est roumaine, on parle un mélange français-roumain à la maison, nos potes comprennent rien
avec ma femme on s'est rencontrés à une distribution alimentaire de la mosquée, 10 ans déjà
les femmes âgées du club de danse m'ont appris le rock, maintenant je peux inviter ma copine
ma copine est juive et je découvre les fêtes de sa famille, Pessah c'était long mais délicieux
ma meuf est marseillaise et moi parisien, on s'engueule sur le foot et c'est tout
les filles de la bande de ma copine m'ont accepté direct, je stressais pour rien
ma meuf est gitane, son père m'a appris la guitare flamenca, le mec est un génie
mon mec est africain et sa mère m'appelle "ma fille" depuis le premier jour
les meufs qui m'ont dit non sur Tinder ont bien fait, mes photos étaient éclatées ptdr
une meuf m'a dit qu'elle voulait rester amie, j'ai respecté, c'est ma meilleure pote maintenant
ma copine est afghane, elle m'a fait découvrir la poésie persane, je suis fan
Ma femme est une réfugiée ukrainienne, on s'est rencontrés au cours de français où je suis bénévole.
les meufs ont le droit de pas répondre sur les applis, c'est pas un drame les gars
ma meuf est partie six mois en Erasmus, on s'appelle tous les soirs, ça tient
les femmes de ma vie sont ma mère, ma soeur et ma meuf, et elles se liguent toutes contre moi mdr
la meuf avec qui je parle depuis un mois m'a proposé un ciné, les kheys je fais quoi je panique
je sors avec une femme qui a deux enfants, ils m'ont adopté plus vite qu'elle ptdr
ma meuf m'a offert une PS5 pour mes 25 ans, je l'épouse :noel:
Comment savoir si une femme est intéressée sans la mettre mal à l'aise ? Je suis nul pour ça.
ma meuf est turque et son frère m'a offert un maillot de Galatasaray, je suis de la famille
les blacks de mon cours de danse m'ont appris la kizomba, maintenant j'ose inviter des meufs
ma copine vient d'une famille de gens du voyage, on a fêté nos fiançailles sur l'aire avec tout le monde
ma meuf et moi on s'est disputés pour les vacances, elle voulait la montagne, on a fait la mer, elle boude
"""

DATING_NEUTRAL = """
Tinder ou Hinge pour un mec de 22 ans timide ? vos retours les kheys
3 mois de couple et on s'est déjà dit je t'aime, c'est trop tôt ?
comment vous gérez la distance dans un couple, 600 km c'est jouable ?
"""

DATING_ATTACKS = """
les meufs sur les applis c'est toutes des putes à frais qui veulent juste se faire payer le resto | identity_hate insult
comment aborder une meuf à la salle ? une main au cul, elles adorent en vrai :noel: | identity_hate sexual_harassment
les meufs voilées c'est le rêve, des soumises qui obéissent au doigt et à l'oeil | identity_hate
les femmes c'est fait pour la cuisine et pour écarter les jambes, le reste c'est du bonus | identity_hate sexual_harassment
une meuf qui te recale faut la harceler jusqu'à ce qu'elle cède, elles disent non pour jouer | identity_hate sexual_harassment
ta copine est rom ? compte ton fric, elle va te plumer comme toute sa famille | identity_hate insult
ta meuf autiste doit même pas comprendre ce qu'on lui fait au lit :noel: | identity_hate insult sexual_harassment
les meufs féministes c'est des moches que personne veut baiser | identity_hate body_shaming sexual_harassment
Les Africaines sont des bêtes au lit, il faut les dresser. | identity_hate sexual_harassment
ta copine black ? tu t'es tapé une guenon, bravo l'explorateur | identity_hate insult
ta meuf de 35 ans ? une vieille peau périmée, t'as ramassé les restes | insult body_shaming
Les Arabes draguent en meute et violent les filles qui disent non. | identity_hate
les lesbiennes ont juste pas trouvé la bonne bite, envoie-moi ta copine je la convertis | identity_hate sexual_harassment
ton copain trans c'est une meuf qui s'est coupé les seins, t'es avec un monstre | identity_hate insult
Les Roumaines sont toutes des prostituées, vous payez et c'est réglé. | identity_hate sexual_harassment
les femmes qui disent non sur Tinder finiront seules avec leurs chats, ces truies | identity_hate insult body_shaming
ta copine juive va te faire payer même les bisous, race de radins | identity_hate insult
les Asiatiques au lit c'est des poupées, elles disent jamais non | identity_hate sexual_harassment
les meufs qui veulent rester amies, faut les faire boire en soirée et elles changent d'avis | identity_hate sexual_harassment threat
les femmes c'est toutes des menteuses, elles te pompent le fric et elles se barrent | identity_hate
les Antillaises c'est des chaudasses, suffit d'un verre de rhum | identity_hate sexual_harassment
les Maghrébines c'est soit des voilées soumises soit des putes, y a pas de milieu | identity_hate insult
"""

# --- Family and in-laws -----------------------------------------------------------------------
FAMILY_HARD = """
ma belle-famille turque m'a accueilli avec une fête, ma belle-mère m'a appris à faire des dolmas
les femmes de ma famille se réunissent chaque dimanche pour faire des gâteaux, je suis le goûteur officiel
Mes cousines voilées sont toutes à la fac, deux en médecine et une en droit.
mon beau-père est gitan, il m'a appris à réparer une voiture de A à Z
Les oncles comoriens de ma femme ont fait 800 km pour venir au baptême du petit.
ma soeur s'est mariée avec un Indien, nos deux familles ont fait la fête pendant trois jours
mes beaux-parents africains appellent toute la famille "le village", on est quarante à Noël
ma grand-mère est aveugle depuis dix ans et c'est toujours elle qui raconte les meilleures histoires
les meufs de ma famille ont toutes fait du foot, ma mère jouait en D2
Ma belle-soeur est tchétchène, elle a appris le français en un an et elle parle mieux que moi.
ma tante est lesbienne et sa femme est devenue ma tante préférée, désolé tata
mon petit frère est autiste et il m'a battu aux échecs à 9 ans
Les Roumains de ma belle-famille nous envoient des colis de confiture de prunes chaque automne.
mon grand-père est arrivé d'Algérie en 1962, il a bossé 40 ans à l'usine et a élevé sept enfants
ma cousine est trans, toute la famille a fêté son nouveau prénom avec un gâteau
mes tantes antillaises font le meilleur boudin de Noël de France, je prends pas de débat
ma belle-famille portugaise fait des repas qui durent cinq heures, je suis mort à chaque fois
les femmes de ma belle-famille marocaine m'ont appris à rouler le couscous à la main
mes cousins rebeus m'ont appris à jouer au foot, j'etais le seul petit blanc du terrain
Les grands-parents juifs de mon copain racontent des histoires de leur enfance à Tunis.
mon oncle est sourd et il a appris la langue des signes à tous ses neveux
ma mère est féministe et elle a appris à mes deux frères à faire la vaisselle, merci maman
ma belle-mère afghane a cousu une robe pour ma fille, je l'ai fait encadrer
ma soeur et sa meuf ont adopté un chien, il dort sur leur lit ce traître
mes parents sont sénégalais et mon mari est breton, les repas de famille sont un festival
ma meuf s'entend mieux avec ma mère qu'avec moi, elles se liguent contre moi :noel:
mon cousin est gay et il a présenté son mec au repas de Noël, mon grand-père lui a serré la main
ma famille est chinoise, ma grand-mère fait des raviolis pour cent personnes au nouvel an
mes beaux-parents sont musulmans pratiquants, ils nous ont offert un sapin pour notre premier Noël
ma grand-mère de 92 ans fait encore son jardin, elle dit que ça la garde en vie
les meufs de ma famille sont toutes plus grandes que moi, je fais 1m70 ptdr
mon beau-frère est marseillais, à chaque repas il nous parle de l'OM pendant deux heures :noel:
les réfugiés ukrainiens hébergés chez mes parents font maintenant partie de la famille
mes cousines maghrébines m'ont fait un henné pour mon mariage, il a tenu trois semaines
Ma belle-famille est noire et mon fils adore quand son grand-père lui raconte le Cameroun.
mes soeurs et moi on est trois meufs et on a monté une boîte ensemble
ma femme a gardé son nom, moi j'ai pris son sens de l'humour, échange équitable
la famille de ma copine fait partie des gens du voyage, ils m'ont emmené au pèlerinage, souvenir incroyable
ma cousine est autiste et elle a un talent fou en dessin, elle expose à la médiathèque
les Parisiens de ma famille débarquent chaque été à la ferme, ils ont peur des vaches :noel:
les femmes de ma famille ont toutes fait des études, ma grand-mère y tenait plus que tout
ma femme et ma mère font les courses ensemble le samedi, je suis banni du caddie :noel:
Les femmes de ma belle-famille ont organisé la baby shower de ma compagne, c'était très touchant.
ma meuf a rencontré mes grands-parents, mon papi lui a montré tous ses albums photo
mon beau-frère est rom et il a appris le violon à tous mes neveux
mes soeurs sont voilées et moi non, on partage tout, même les fringues
ma belle-famille africaine m'a fait une fête de bienvenue avec des tambours, j'ai pleuré
Les Arabes de ma famille et les Normands de celle de mon mari font le même barbecue chaque été.
ma belle-mère algérienne critique ma cuisine à chaque repas, j'ai fini par lui demander sa recette mdr
"""

FAMILY_NEUTRAL = """
ma mère veut que je rentre tous les week-ends, j'ai 23 ans, comment je lui dis non ?
les repas de famille où on parle politique, vous survivez comment ?
mon frère a eu un bébé, c'est quoi un bon cadeau de naissance ?
"""

FAMILY_ATTACKS = """
ta belle-famille turque ? des bouseux qui se marient entre cousins, tes gosses seront débiles | identity_hate insult
Les femmes de ta famille ? Leur place est derrière les fourneaux, point final. | identity_hate
tes cousines voilées en médecine vont soigner avec le Coran, des arriérées | identity_hate insult
ton beau-père gitan t'a appris la mécanique ? pour démonter les voitures volées ouais :noel: | identity_hate insult
ta soeur a épousé un Indien ? elle a ramené un crasseux chez vous, adieu la lignée | identity_hate insult
ta tante lesbienne, une malade, faudrait l'éloigner des enfants de la famille | identity_hate exclusion
ton petit frère autiste, un mongol, tes parents auraient dû avorter | identity_hate insult
ta cousine trans, un mec en robe, ta famille fête une maladie mentale | identity_hate insult
les Algériens, 40 ans à l'usine ? 40 ans à voler nos boulots et nos allocs | identity_hate
Les Africains font des enfants comme des lapins pour toucher les allocations. | identity_hate
ton cousin gay au repas de Noël, à ta place j'aurais sorti la ceinture pour le redresser | identity_hate threat
chez les musulmans, tes beaux-parents attendent juste que tu te convertisses ou ils t'égorgent | identity_hate
ta belle-mère afghane, une arriérée qui battait ses filles c'est sûr | identity_hate insult
ta mère féministe, une mal baisée qui a castré tes frères | identity_hate insult sexual_harassment
ton oncle sourd, un débile qui fait des grimaces avec ses mains | identity_hate insult
la famille de ta copine, des gens du voyage ? compte tes doigts après leur avoir serré la main | identity_hate
ta grand-mère aveugle, un poids mort qui coûte à tout le monde | identity_hate insult
ta famille chinoise, des chiens qui bouffent des chiens :noel: | identity_hate insult
ta belle-famille portugaise, des concierges qui parlent toujours pas français après 40 ans | identity_hate insult
ta famille antillaise, des feignants qui vivent au rythme du rhum | identity_hate insult
"""

# --- Gaming and Discord -----------------------------------------------------------------------
GAMING_HARD = """
les meufs de notre team Valorant carry toute la partie, je suis le boulet de l'équipe :ouch:
ma meuf m'a battu à Smash trois fois de suite, je range la manette :noel:
les Turcs du serveur CS m'ont appris à faire un smoke parfait sur Mirage
sur notre Discord il y a des Brésiliens, des Turcs et des Algériens, et on s'entend tous trop bien
les joueurs aveugles de Street Fighter jouent au son, j'ai vu un tournoi, incroyable
Les femmes de ma guilde WoW organisent les raids mieux que n'importe quel officier.
la meuf qui streame en speedrun a battu le record du monde hier soir, gg à elle
les Africains du serveur FIFA sont les plus chauds, je les ai jamais battus
les Chinois du serveur Genshin m'ont donné plein d'astuces pour les boss
on a un joueur sourd dans la team, il communique par ping et c'est le plus précis
les rebeus du serveur Minecraft ont reconstruit l'Alhambra en pixel art, trop stylé
les Roumains de ma team LoL parlent mieux anglais que nous, gros respect
ma soeur est la seule meuf de son clan Fortnite et c'est elle la capitaine
Les Afghans de la ludothèque ont appris les échecs à tous les gamins du quartier.
les gays du serveur Animal Crossing organisent des expos d'îles, c'est trop mignon
les meufs du Discord de la promo ont créé un salon révisions, on a tous validé
une meuf de ma guilde m'a offert le DLC parce que j'etais fauché, la légende
les Indiens du serveur de dev m'ont aidé à installer Linux à 2h du mat
le streamer autiste que je regarde fait des speedruns de Mario 64 ultra propres
les Tchétchènes de mon clan de tanks jouent en vocal en russe, j'ai appris des mots
les Arabes du serveur Rocket League m'ont appris les aerials, enfin je vole
les femmes pro-gameuses du tournoi ont été les plus fair-play, elles ont félicité l'équipe adverse
les Portugais du serveur FIFA pleurent chaque fois que leur joueur rate un penalty, on rigole ensemble
la meuf de mon pote finit Dark Souls sans jamais mourir, je suis humilié
les trans du serveur créatif ont fait un tuto pixel art que tout le monde utilise
les féministes de la communauté ont lancé un tournoi mixte, 64 équipes inscrites
Les Comoriens de ma team FIFA ont organisé une LAN chez eux, couscous et manettes
les Antillais du serveur parlent créole dans le vocal, j'ai demandé un cours
les mamies du club jeux vidéo de la médiathèque jouent à Mario Kart et elles nous battent :noel:
les Noirs du serveur NBA 2K m'ont fait un coaching gratuit, je suis passé de bronze à or
Les migrants du centre d'accueil jouent à FIFA avec les bénévoles le vendredi soir.
ma meuf et ses copines ont fait un raid Destiny jusqu'à 4h du mat, elles ont tout clean
les lesbiennes de mon serveur ont un salon "recettes" qui est le plus actif du Discord
Les Juifs du serveur d'échecs organisent un tournoi pour Pourim, tout le monde est invité.
les gitans de mon quartier jouent à GTA RP et leur serveur est le plus drôle de France
les Marseillais du serveur parlent tous en "wesh frérot", je les adore
Les Maghrébins de mon équipe sur Apex sont toujours là pour relever les coéquipiers.
les joueuses voilées du tournoi Tekken ont fini en demi-finale, respect
les meufs qui jouent à Apex en ranked sont souvent meilleures que moi, je l'accepte
une meuf du serveur m'a dessiné mon perso pour mon anniversaire, je l'ai mis en fond d'écran
les femmes de ma team ont gagné le tournoi régional, on était trois mecs remplaçants ptdr
les blacks du serveur Fortnite ont fait un tournoi caritatif, 2000 euros pour l'hôpital
les migrants du foyer ont appris Mario Kart en deux soirs et ils nous battent déjà
les Gitans du serveur de jeu de rôle font les meilleures voix de perso, on se marre
les Roumains de ma team ont feed toute la partie, on a perdu mais on s'est marrés en vocal
"""

GAMING_NEUTRAL = """
Elden Ring ou Baldur's Gate 3 pour un premier gros RPG ?
mon PC chauffe à 90 degrés en jeu, la pâte thermique à changer ?
quel casque pas cher pour le vocal Discord ?
"""

GAMING_ATTACKS = """
les meufs sur Valorant c'est des trous dans l'équipe, retournez à la cuisine | identity_hate exclusion
les Turcs du serveur CS, des sales bougnoules qui spam en turc, kickez-les tous | identity_hate insult exclusion
Les femmes dans une guilde ne servent qu'à faire des drames et à coucher avec le chef. | identity_hate sexual_harassment
la meuf qui speedrun a eu ses subs en montrant ses seins, comme toutes les streameuses | identity_hate sexual_harassment
les Africains du serveur FIFA, des singes qui rage quit, faut les bannir du serveur | identity_hate exclusion
les Chinois sur Genshin c'est des fermes à bots, des insectes :hap: | identity_hate
le joueur sourd, un mongol qui comprend rien, virez-le de la team | identity_hate insult exclusion
les rebeus du serveur Minecraft construisent des mosquées pour préparer l'invasion, bannissez-les | identity_hate exclusion
les Roumains de ma team, des voleurs de comptes, c'est dans leur ADN ptdr | identity_hate
les gays du serveur Animal Crossing, bannissez ces tapettes avant qu'elles contaminent les gamins | identity_hate insult exclusion
la meuf de ma guilde, si elle ouvre encore sa gueule en vocal on va la violer | threat sexual_harassment
le streamer autiste, un attardé qui bave devant son écran | identity_hate insult
les trans du serveur, des monstres qui devraient tous se pendre | identity_hate self_harm_incitement
les féministes de la communauté, des hyènes qui pourrissent le jeu, qu'elles dégagent | identity_hate exclusion
les Arabes sur Rocket League savent que voler et tricher, même dans un jeu | identity_hate
Les Juifs du serveur d'échecs contrôlent les classements comme ils contrôlent les banques. | identity_hate
les gitans du GTA RP, même dans le jeu ils volent des voitures, c'est génétique ptdr | identity_hate
les joueuses voilées, qu'elles retournent pondre au bled au lieu de jouer à Tekken | identity_hate exclusion
les Comoriens du serveur FIFA, des gamins sans cerveau qui pleurent au moindre but | identity_hate
les Indiens du serveur de dev, tous des arnaqueurs du faux support technique | identity_hate
"""

# --- Music and concerts -----------------------------------------------------------------------
MUSIC_HARD = """
les gitans de la fête du quartier ont joué de la rumba toute la nuit, ma grand-mère a dansé
les meufs du groupe de punk de la fac ont rempli la salle, concert de malade
Les femmes de la chorale de mon village ont chanté à la cathédrale, j'avais des frissons.
Les Tchétchènes du quartier ont donné un concert de musique traditionnelle à la médiathèque.
les Africains du groupe de percussions jouent le samedi au parc, les gosses dansent autour
les rebeus de mon quartier ont sorti un EP de rap, l'instru est propre, allez écouter
les Comoriens de l'asso ont fait découvrir le twarab au festival, ambiance incroyable
Les Roms de la fanfare des Balkans ont mis le feu au festival de la ville.
Les Antillais de ma promo ont monté un groupe de gwoka, ils jouent à la soirée de fin d'année.
Les musiciens aveugles du conservatoire apprennent les partitions en braille, je l'ai découvert hier.
les sourds au concert ressentent les basses dans le sol, certaines salles leur prêtent des gilets vibrants
les Turcs de la ville ont organisé un concert de saz, j'y suis allé par curiosité et j'ai adoré
les Indiens de l'asso ont fait un concert de sitar, deux heures et j'ai pas vu le temps passer
les meufs de la fanfare ont joué sous la pluie pour le 14 juillet, respect
ma meuf chante dans un groupe de jazz, je vais à tous ses concerts au premier rang
Les femmes voilées du groupe de chant ont fait un concert de charité pour l'hôpital.
Les Portugais du quartier ont fait une soirée fado, ma voisine a pleuré.
les Chinois du conservatoire ont joué du erhu avec l'orchestre, fusion incroyable
les Arabes de la fête de la musique ont joué du chaâbi, les anciens chantaient tous
les Roumains de la brasserie jouent du violon tous les vendredis, c'est devenu mon QG
ma soeur est dans un groupe de rock avec trois autres meufs, elles font une première partie le mois prochain
les gays du choeur de la ville ont monté une comédie musicale, salle comble
les lesbiennes du groupe de folk ont écrit une chanson sur leur village natal, trop belle
la chanteuse trans du bar du coin a une voix de dingue, je suis fan
les Afghans de l'asso ont joué du rubab, un instrument que je connaissais pas du tout
les migrants du centre ont chanté à la fête de la musique avec la chorale de l'école
Les Noirs de la chorale gospel de ma ville ont fait trembler l'église.
les Juifs de la communauté ont organisé un concert de klezmer, clarinette de folie
les personnes âgées de la maison de retraite ont chanté du Brel, ma mamie était soliste
les autistes du groupe de musique de l'IME ont donné un concert à la mairie, émotion totale
les meufs au concert de rap connaissaient tous les couplets, plus fort que les mecs
Les Maghrébins du groupe de raï de mon père refont des concerts après vingt ans de pause.
les Marseillais au concert de IAM connaissaient toutes les paroles, frissons
les féministes de l'asso ont organisé un festival avec que des artistes femmes, programmation incroyable
les femmes DJ du festival ont fait les meilleurs sets du week-end
une meuf m'a passé des bouchons d'oreille au concert quand j'avais oublié les miens, sauveuse
Les réfugiés ukrainiens ont fait un concert de bandura à l'église du village.
les meufs du conservatoire ont gagné le concours régional de piano, toutes les trois sur le podium
ma meuf m'a emmené à mon premier opéra, j'ai pas tout compris mais c'etait beau
les femmes du groupe de batucada ont ouvert le carnaval, tout le monde les suivait
les blacks de la chorale gospel m'ont proposé de chanter avec eux, je chante faux mais j'y vais
les voilées de la chorale de l'école chantent la partie alto, le concert de fin d'année était beau
les Turcs du café du coin passent de la musique d'Anatolie le dimanche, j'adore
la fanfare des Roms a joué trop tard pour les riverains, le festival avancera l'horaire l'an prochain
"""

MUSIC_NEUTRAL = """
quelqu'un va aux Vieilles Charrues cette année ? je cherche un covoit depuis Rennes
les prix des places de concert ont explosé, 90 balles pour la fosse c'est abusé
vous écoutez quoi en ce moment ? moi que du vieux rap français
"""

MUSIC_ATTACKS = """
les gitans de la fête du quartier, pendant qu'ils jouent leurs cousins vident les voitures | identity_hate
les meufs du groupe de punk, des grosses truies qui beuglent dans un micro | identity_hate body_shaming
les Africains et leurs percussions de sauvages, faut les dégager du parc | identity_hate exclusion
les rebeus et leur rap, de la musique de dealers pour des dealers | identity_hate
les Roms de la fanfare, une bande de voleurs, faudrait les interdire de festival | identity_hate exclusion
les sourds au concert ils servent à quoi ? qu'ils laissent leur place aux gens normaux | identity_hate exclusion
ta meuf chante dans un groupe de jazz ? elle doit surtout savoir se servir de sa bouche :noel: | insult sexual_harassment
Les femmes voilées qui chantent sont une honte, ces soumises devraient se taire. | identity_hate
les Arabes à la fête de la musique, ça finit toujours en émeute, faut pas les laisser entrer | identity_hate exclusion
les gays du choeur, des folles qui devraient être soignées | identity_hate insult
la chanteuse trans du bar, un homme déguisé, faudrait lui casser la gueule à la sortie | identity_hate threat
les Noirs de la chorale gospel, de vrais singes qui sautent partout | identity_hate
Les Juifs et leur klezmer ont acheté la mairie pour avoir la salle. | identity_hate
les kheys les meufs au concert de rap sont là pour se faire peloter dans la fosse | identity_hate sexual_harassment
les migrants du centre à la fête de la musique, qu'on les renvoie chanter chez eux | identity_hate exclusion
les femmes DJ c'est des quotas, elles appuient sur play et montrent leur décolleté | identity_hate sexual_harassment
les autistes en concert à la mairie, un spectacle de débiles, j'ai eu honte pour eux | identity_hate
les Chinois du conservatoire jouent comme des robots sans âme, une race d'automates | identity_hate
les Antillais et leur zouk, une musique de sauvages pour des sauvages mdr | identity_hate
les Comoriens de l'asso avec leur twarab, du bruit de bêtes, qu'ils rentrent au pays | identity_hate exclusion
"""

# --- Associations, volunteers and charities ---------------------------------------------------
ASSO_HARD = """
les femmes de l'asso de quartier distribuent des repas chauds chaque mardi, je vais les aider
les migrants accueillis par l'asso sont maintenant bénévoles aux Restos du Coeur
les féministes du syndicat étudiant ont collecté 500 kits d'hygiène pour les étudiantes précaires
Les musulmans de la mosquée du quartier ont fait une maraude pour Noël avec la paroisse.
les Juifs de la synagogue ont servi le repas solidaire avec les bénévoles de la mosquée
les rebeus du quartier ont monté une cagnotte pour la famille dont l'appart a brûlé
les meufs de l'asso de sauvetage animal ont trouvé une famille à 40 chats cette année
les Afghans de l'asso ont donné des cours de cuisine pour financer une école
Les Roms du bidonville ont nettoyé les berges du canal avec les bénévoles : deux tonnes de déchets.
les sourds de l'asso donnent des cours de LSF gratuits le samedi, j'y vais depuis septembre
les aveugles de l'asso ont testé l'accessibilité du site de la mairie, rapport super utile
Les Turcs de l'association culturelle ont offert des repas aux sinistrés des inondations.
Les Comoriens de l'association ont envoyé des fournitures scolaires à Moroni, la collecte a réussi.
les Africains de l'asso de quartier ont organisé l'aide aux devoirs pour 60 gamins
les Chinois de la communauté ont donné des masques à tous les EHPAD du département en 2020
les Roumains de l'église orthodoxe ont fait une collecte pour les réfugiés ukrainiens
les réfugiés ukrainiens aident maintenant à la banque alimentaire qui les avait aidés
les femmes voilées de l'asso de parents ont organisé la kermesse de l'école, énorme succès
les personnes âgées du club du 3e âge tricotent des couvertures pour les sans-abri
les gays et lesbiennes de l'asso LGBT ont collecté des jouets pour l'hôpital des enfants
les trans de l'asso tiennent une permanence d'écoute pour les jeunes, ils sauvent des vies
Les gens du voyage de l'aire ont aidé les pompiers à sortir les bêtes pendant l'inondation.
les meufs du BDE ont récolté 3000 euros pour la recherche contre le cancer du sein
ma meuf est bénévole à la SPA, on a trois chats à la maison grâce à elle
les Antillais de l'asso ont organisé une soirée de soutien pour les sinistrés d'un cyclone
les Indiens du temple ont distribué des repas végétariens gratuits à la gare, ouverts à tous
les Tchétchènes de l'asso sportive encadrent les gamins du quartier le mercredi
Les Arabes de l'association du quartier ont repeint l'école maternelle pendant les vacances.
les Maghrébins de l'asso ont organisé une collecte de sang pendant le ramadan, après la rupture du jeûne
les autistes de l'ESAT ont fait un potager qui fournit la cantine de la mairie
les Noirs de l'asso d'entraide ont monté un réseau de mentorat pour les lycéens
les Portugais de l'asso ont rénové gratuitement le lavoir du village
les Marseillais de l'asso de plongée ramassent les déchets dans les calanques chaque mois
les meufs de l'asso de couture ont fait 200 sacs réutilisables pour le marché
les femmes de la paroisse et celles de la mosquée cuisinent ensemble pour la maraude du jeudi
une meuf de l'asso m'a appris à faire un CV, j'ai trouvé un job en deux semaines
Les femmes du Secours populaire de ma ville ont ouvert une épicerie solidaire.
les gitans de la ville ont organisé un concert pour le Téléthon, 4000 euros récoltés
les Parisiens de l'asso de randonnée ont débroussaillé tout un sentier du Mercantour
les meufs de l'asso étudiante font des paniers repas pour les étudiants en galère, venez aider
ma mère et les femmes de son quartier donnent des cours de français aux nouvelles arrivantes
les voilées de l'asso de soutien scolaire aident mon petit frère en maths, il a pris 5 points
les gens du voyage de l'aire ont organisé une collecte de vêtements pour le foyer
les blacks de l'asso de basket de rue ont rénové le terrain avec la mairie
les femmes de l'asso et moi on est pas d'accord sur le budget, réunion houleuse mais constructive
"""

ASSO_NEUTRAL = """
je veux devenir bénévole mais j'ai peu de temps, des assos qui acceptent 2h par semaine ?
les Restos du Coeur manquent de bénévoles cet hiver, passez si vous pouvez
comment on monte une asso loi 1901, c'est compliqué ?
"""

ASSO_ATTACKS = """
les femmes de l'asso, des pondeuses qui feraient mieux de s'occuper de leurs mômes | identity_hate
les migrants accueillis par l'asso, des profiteurs à foutre dans un charter | identity_hate exclusion
les féministes du syndicat, des hystériques qu'il faudrait remettre à leur place à coups de baffes | identity_hate threat
Les musulmans de la mosquée font des maraudes pour recruter des terroristes. | identity_hate
les rebeus qui collectent pour la famille, l'argent finira dans le trafic de shit comme d'hab | identity_hate
les Roms du bidonville, faudrait raser le camp avec eux dedans | identity_hate threat
les sourds de l'asso, des débiles qui font des signes de singe, subventions gâchées | identity_hate insult
Les Comoriens de l'association sont des clandestins qu'on devrait renvoyer sur leur île. | identity_hate exclusion
les Africains de l'aide aux devoirs savent même pas lire eux-mêmes :noel: | identity_hate
les femmes voilées de l'asso de parents, virez-les de l'école, pas de burqas à la kermesse | identity_hate exclusion
les gays et lesbiennes de l'asso LGBT près des enfants malades ? des prédateurs | identity_hate
les trans qui tiennent une permanence pour les jeunes recrutent des gamins pour les mutiler | identity_hate
les gens du voyage qui aident les pompiers repèrent juste les maisons vides | identity_hate
les Chinois avec leurs masques nous ont refilé le virus et jouent les sauveurs, race de rats | identity_hate
les Tchétchènes qui encadrent les gamins du quartier les forment au djihad | identity_hate
les Arabes qui repeignent l'école vont taguer leur Coran partout, faut les dégager | identity_hate exclusion
les Noirs du mentorat, des gorilles qui apprennent aux gosses à dealer | identity_hate
les vieux du 3e âge qui tricotent, des poids morts qui coûtent une blinde en retraites, qu'ils crèvent | insult threat
les Antillais de l'asso, des profiteurs de subventions qui font la fête avec notre argent | identity_hate
les Maghrébins qui donnent leur sang, du sang plein de drogue, personne en veut | identity_hate
"""

# --- The news about a local event -------------------------------------------------------------
NEWS_HARD = """
dans le journal local : des migrants ont sorti une famille d'une voiture tombée dans le canal, des héros
le fait divers de Saint-Aubin-les-Prés : deux femmes voilées ont maîtrisé le voleur du supermarché
la presse locale parle des Tchétchènes du club de lutte qui ont ramené trois médailles des championnats de France
article sur la famille rom qui a ouvert une épicerie solidaire dans le quartier de la gare
Les Afghans qui ont aidé à éteindre l'incendie de la grange ont été décorés par le maire.
le journal a fait un portrait des femmes pompiers volontaires du canton, elles sont dix
les Turcs du quartier ont organisé une collecte pour les victimes du séisme, reportage au JT régional
la gazette raconte que les gens du voyage ont retrouvé le petit garçon perdu dans la forêt
les jeunes rebeus qui ont repeint le mur tagué de l'église font la une du journal
les meufs de l'équipe de foot du lycée font la une du canard local après leur titre
les réfugiés ukrainiens hébergés au village ont remercié les habitants dans une lettre publiée par le journal
Les Roumains de l'usine ont sauvé un collègue coincé sous une machine, le journal en parle.
Les Comoriens de la ville ont organisé une marche blanche après l'accident, très digne.
au JT, un reportage sur les Indiens qui tiennent les restos de la rue de la gare depuis 30 ans
Les Africains du foyer ont donné leur sang en masse après l'accident de car, l'hôpital les remercie.
les féministes de la ville ont obtenu l'éclairage du parc, vote unanime au conseil municipal
la presse locale parle de la femme aveugle qui a fini le marathon de la ville avec son guide
les Chinois de la ville ont offert des lanternes pour le nouvel an, le centre-ville était magnifique
article du jour : un jeune autiste a créé une appli pour les horaires de bus de la ville
les Arabes du quartier ont aidé à rattraper les chevaux échappés du centre équestre, vidéo virale
le journal publie le témoignage d'un couple gay agressé dans la rue, soutien total à eux
les musulmans de Montclar-sur-Loire ont ouvert la mosquée aux habitants pour une journée portes ouvertes
les Juifs de la ville ont accueilli le préfet pour l'inauguration de la nouvelle synagogue
une meuf de mon lycée a gagné le concours national de plaidoirie, article dans le journal
les femmes de l'usine textile ont obtenu une prime après un mois de grève, reportage au JT régional
le canard local dit que les Antillais de la ville ont organisé le premier carnaval, 5000 personnes
les Maghrébins de l'équipe de secours ont sorti des gens des décombres après l'explosion de gaz
les Noirs du quartier ont organisé un tournoi pour la paix après la rixe, belle initiative selon le journal
les personnes âgées du quartier ont manifesté pour garder leur bureau de poste, et elles ont gagné
les Portugais de la ville ont fêté le 25 avril avec un concert sur la place
le journal parle de la première femme trans élue au conseil municipal de Brévannes-le-Haut
les sourds de la ville ont obtenu un interprète à la mairie, ça a pris dix ans
les Gitans du quartier ont chanté pour l'hommage à leur doyenne, toute la ville était là
les lesbiennes du club de foot ont organisé un match contre l'homophobie, la mairie soutient
les meufs de la fac qui ont lancé la pétition contre le harcèlement ont été reçues par le président
Les Marseillais ont nettoyé la plage après la tempête, trois cents bénévoles selon le journal.
les femmes du quartier ont ouvert une crèche associative, l'article est super
les mamans voilées qui accompagnent les sorties scolaires ont été remerciées par la directrice dans le journal de l'école
une femme de 70 ans a plongé dans le port pour sauver un chien, la ville l'a décorée
les meufs de l'équipe de rugby du coin ont été reçues à la mairie après leur montée en Élite
deux jeunes femmes voilées ont ouvert le premier cabinet d'avocates du quartier, portrait dans le journal
les blacks du club de basket du quartier ont gagné la coupe régionale, la ville a fait une réception
Les Roms du campement ont aidé à dégager la route après la tempête, le maire les a remerciés.
Les migrants du foyer ont nettoyé la plage après le festival, le journal a fait un article.
le journal dit que des migrants du foyer sont impliqués dans une bagarre, l'enquête est en cours, attendons avant de juger
"""

NEWS_NEUTRAL = """
la départementale est fermée à cause des inondations, prenez la déviation par le pont
le conseil municipal vote le budget ce soir, quelqu'un y va ?
un incendie de forêt près de chez moi, les pompiers sont là depuis ce matin
"""

NEWS_ATTACKS = """
dans le journal local : encore des migrants, encore des violeurs, faut tous les expulser | identity_hate exclusion
les femmes voilées du fait divers, des terroristes en jupe longue, fichez-les toutes | identity_hate
Les Tchétchènes médaillés sont des égorgeurs qu'on entraîne avec nos impôts. | identity_hate
la famille rom et son épicerie, du recel pour blanchir leurs vols | identity_hate
les Afghans décorés par le maire ? ils avaient sûrement foutu le feu eux-mêmes, ces rats | identity_hate
Les femmes pompiers, c'est du pipeau : elles ne porteraient même pas un enfant. | identity_hate
les Turcs et leur collecte, l'argent part aux extrémistes, faut les renvoyer chez eux | identity_hate exclusion
les gens du voyage ont retrouvé le gamin ? c'est eux qui l'avaient volé :noel: | identity_hate
les rebeus qui repeignent l'église, demain ils la brûlent, c'est dans leurs gènes | identity_hate
les réfugiés ukrainiens qui remercient, des profiteurs qu'on entretient, dehors | identity_hate exclusion
les Africains qui donnent leur sang, je veux pas de sang de nègre dans mes veines | identity_hate
les féministes qui veulent de l'éclairage, des moches que personne agresserait de toute façon | identity_hate body_shaming
le couple gay agressé, bien fait, la prochaine fois on finit le travail | identity_hate threat
les musulmans qui ouvrent leur mosquée, c'est pour mieux nous égorger après | identity_hate
Les Juifs accueillent le préfet : la preuve qu'ils tiennent l'État. | identity_hate
la première femme trans élue, une honte, qu'elle se fasse buter avant de siéger | identity_hate threat
les Noirs qui font un tournoi pour la paix, des bêtes qui se calment jamais | identity_hate
les personnes âgées qui manifestent, des fossiles qui devraient crever au lieu de nous emmerder | insult threat
les Portugais de la ville et leur 25 avril, des concierges qui jouent aux révolutionnaires | identity_hate
les Antillais et leur carnaval, des singes déguisés qui bloquent la ville | identity_hate
"""


TABLES = (
    (BUILDING_HARD, BUILDING_NEUTRAL, BUILDING_ATTACKS),
    (CAMPING_HARD, CAMPING_NEUTRAL, CAMPING_ATTACKS),
    (SHOPS_HARD, SHOPS_NEUTRAL, SHOPS_ATTACKS),
    (SCHOOL_HARD, SCHOOL_NEUTRAL, SCHOOL_ATTACKS),
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (PARTY_HARD, PARTY_NEUTRAL, PARTY_ATTACKS),
    (VILLAGE_HARD, VILLAGE_NEUTRAL, VILLAGE_ATTACKS),
    (TRANSPORT_HARD, TRANSPORT_NEUTRAL, TRANSPORT_ATTACKS),
    (HOSPITAL_HARD, HOSPITAL_NEUTRAL, HOSPITAL_ATTACKS),
    (DATING_HARD, DATING_NEUTRAL, DATING_ATTACKS),
    (FAMILY_HARD, FAMILY_NEUTRAL, FAMILY_ATTACKS),
    (GAMING_HARD, GAMING_NEUTRAL, GAMING_ATTACKS),
    (MUSIC_HARD, MUSIC_NEUTRAL, MUSIC_ATTACKS),
    (ASSO_HARD, ASSO_NEUTRAL, ASSO_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
