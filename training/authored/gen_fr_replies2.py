"""Generate fr_replies2.csv: short French forum replies about society and the public sphere.

Deterministic (fixed seed, standard library only): re-running rewrites the CSV byte for byte.
Every table below holds one hand-written line per text line: harmless lines as "text", attacks as
"text | label1 label2". Topics: news and faits divers, politics, immigration, religion, origins,
women, LGBT people, disability, banlieue and regions, police, football, streamers and
celebrities (all invented), teachers and bosses, and the forum's own politics. Harmless lines and
attacks share their vocabulary on purpose. See fr_replies2.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

SEED = 20261202
OUT = Path(__file__).with_name("fr_replies2.csv")
REGISTER = "forum_reply"
VARIANT_SHARE = 0.25


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives mention a group or use
# words that attacks use, and attack nobody; neutral lines are ordinary replies on the topic.

# --- News and faits divers -------------------------------------------------------------------
NEWS_HARD = """
Un mec s'est fait poignarder à Lyon hier soir, ça fait flipper
Encore un féminicide dans le Nord, le troisième du mois
RIP au pompier mort dans l'incendie, force à sa famille
Le tueur a pris perpète, justice est faite
les flics ont retrouvé la gamine saine et sauve, ouf
Ayaa le mec qui braque une boulangerie avec une baguette :rire:
Attentat déjoué à Strasbourg d'après la radio, quelqu'un a des infos ?
Le suspect est un Français de 34 ans selon le parquet
Accident sur l'A7, trois morts, faites gaffe sur la route ce weekend
l'agresseur du bus a été arrêté, 4 ans ferme
putain cette affaire me retourne le bide
Ils ont relâché le chauffard, la famille de la victime est dégoûtée
Attendez le procès avant de lyncher le mec, on sait rien encore
Pourquoi tout le monde parle de l'origine du suspect ? c'est le crime qui compte
Le journal dit que le suspect est d'origine algérienne, ça change rien à la gravité
le mec qui a sorti la petite de la Garonne c'est un héros
Un sans-papiers malien a rattrapé un gosse qui tombait d'un balcon, respect éternel
Émeutes à Nanterre cette nuit, ça va les kheys du 92 ?
Les émeutes c'est de la merde, ça crame les voitures des voisins
Des mosquées taguées à Poitiers, c'est honteux
Une synagogue vandalisée à Rouen, pensée pour la communauté juive
Une église a brûlé dans le Gers, on sait si c'est criminel ?
Le type qui a tabassé un couple gay à la sortie du bar, j'espère qu'il va prendre cher
Inondations dans le Pas-de-Calais, courage aux gens là-bas
Tempête en Bretagne, plus d'électricité depuis hier chez mes parents
Le mec a tué son voisin pour une histoire de haie, la France en 2026
Les chaînes d'info qui tournent en boucle sur l'affaire depuis 3 jours, ça devient malsain
Le violeur du parc a été arrêté, bon débarras
Encore un attentat raté, le mec s'est fait maîtriser par deux passants
Le prénom du suspect on s'en fiche, ce qui compte c'est qu'il soit jugé
Les gens qui commentent l'origine de chaque suspect sur ce topic, vous êtes fatigants
La victime était juive et l'agresseur criait des insultes, c'est un crime antisémite, point
Le meurtre de la prof a choqué tout le lycée, les élèves ont fait une marche blanche
Un Afghan a sauvé trois personnes dans l'incendie de son immeuble, personne en parle
Rixe entre bandes à Évry, un ado de 15 ans entre la vie et la mort, ça me rend triste
La nana qui a filmé son agression dans le métro a eu un courage de fou
Le mec qui insultait une femme voilée dans le tram s'est fait recadrer par tout le wagon
Incendie criminel dans un camp de Roms près de Lille, deux enfants brûlés, c'est horrible
Le policier blessé à Grenoble est sorti de l'hôpital, bonne nouvelle
Le maire qui s'est fait agresser chez lui, peu importe son bord c'est inacceptable
Je vois des appels au lynchage dans le topic, laissez la justice faire son taf
Un pit-bull a attaqué un gamin à Béziers, le chien a été euthanasié
"""

NEWS_NEUTRAL = """
Quelqu'un a un lien vers l'article ?
Source stp l'op, j'trouve rien sur google
C'est arrivé où exactement ?
Le topic a 10 minutes et déjà 300 messages
Attendons les infos officielles avant de s'emballer
Fake news, le maire a démenti ce matin
C'est dans le journal local, lien en dessous
Ahi l'article est réservé aux abonnés
Quelqu'un peut copier-coller l'article ? paywall
L'info est sortie à quelle heure ?
Fait divers du jour : un sanglier dans une piscine à Nîmes :rire:
Le sanglier a été relâché dans la garrigue, happy end
Up, je veux savoir la suite
Les journaux disent tous des trucs différents jsp qui croire
"""

NEWS_ATTACKS = """
Prénom du suspect ? on connaît déjà la chanson :hap: | identity_hate
Encore un déséquilibré venu d'ailleurs, quelle surprise :noel: | identity_hate
Comme par hasard il s'appelle Mohamed, qui aurait cru :hap: | identity_hate
Ces gens-là ont le couteau dans le sang | identity_hate
Une chance pour la France de plus devant le juge :rire: | identity_hate
Le suspect est noir, pas besoin de lire l'article | identity_hate
Faut renvoyer toute sa famille au bled avec lui | identity_hate exclusion
Le couple gay tabassé ? ils l'ont un peu cherché à se tenir la main | identity_hate
Elle était habillée comment la fille du métro ? on sait tous | identity_hate sexual_harassment
Dommage que le mec de la mosquée se soit fait maîtriser | identity_hate threat
La synagogue taguée ? ils l'ont fait eux-mêmes pour se victimiser comme d'hab | identity_hate
Les émeutiers c'est tous des bougnoules, faut tirer dans le tas | identity_hate threat
Le chauffard j'espère qu'il crève en taule | threat
Balancez l'adresse de l'agresseur, on va lui rendre une petite visite | threat
Un Afghan héros ? il a dû foutre le feu lui-même :hap: | identity_hate
Le camp de Roms a brûlé, deux de moins à voler dans le métro | identity_hate
La femme voilée du tram elle a eu ce qu'elle méritait | identity_hate
Rixe à Évry, des singes qui se tapent entre eux, rien de neuf | identity_hate
Si c'était une prof juive, bon, c'est moins grave :noel: | identity_hate
Le maire agressé c'était un gauchiste, bien fait pour sa gueule | insult threat
On sait tous de quelle couleur est l'agresseur, les médias le cachent | identity_hate
La victime était un Arabe, un de moins, on va pas pleurer | identity_hate
"""

# --- Politics and elections (politicians invented) ------------------------------------------
POLITICS_HARD = """
Je vote Leboucq mais son programme sur les retraites est bancal
Morvanec a sorti des chiffres faux sur l'écologie hier, c'est vérifiable
Putain cette réforme des retraites de merde, 64 ans c'est déjà trop
Je suis contre la loi immigration de Tessard, elle va surtout précariser les étudiants étrangers
Je suis pour durcir le regroupement familial, c'est mon avis, on peut en débattre
Le débat d'hier c'était un naufrage des deux côtés
Tessard s'est fait démonter sur les chiffres du chômage, il avait rien préparé
Benhadda est ministre de l'Intérieur depuis deux ans et son bilan est vide, c'est ça le sujet
les fachos et les gauchos qui s'insultent dans le même topic, le 18-25 en 2026
Arrêtez de traiter tout le monde de facho dès qu'il parle de sécurité
Traiter Leboucq de pute parce qu'elle pense pas comme toi, t'as pas d'arguments
Fontanes veut taxer les jets privés, je trouve ça logique perso
Morvanec est le seul qui parle du pouvoir d'achat concrètement, même si je vote pas pour lui
Abstention à 55 %, la démocratie est morte les kheys
La droite et la gauche c'est la même merde sur le logement étudiant
Les black blocs ont tout cassé à la manif, ça dessert le mouvement
Le 49.3 encore, ils se foutent vraiment de nous
Le ministre a menti sur les chiffres, trois journaux l'ont vérifié
Leboucq islamo-gauchiste ? t'as une source ou juste un tweet ?
Le mot islamo-gauchiste veut plus rien dire à force d'être utilisé partout
Morvanec a des positions limites sur l'immigration mais personne devrait le menacer
Les menaces de mort contre les élus c'est grave, peu importe le bord
Le maire de ma ville est d'origine marocaine et il fait du très bon boulot
Première femme présidente de région en Bretagne, bien joué à elle
Je trouve la parité sur les listes justifiée, y'avait 80 % de mecs avant
Le wokisme c'est un mot fourre-tout que personne sait définir
Son discours sur les banlieues était condescendant, je l'ai trouvé mauvais
La laïcité c'est pas contre les musulmans, c'est la neutralité de l'État
Benhadda a grandi à Vaulx-en-Velin et il en parle bien, même si je suis pas d'accord avec lui
Tessard veut supprimer l'AME, je pense que c'est une erreur sanitaire
Le discours de Fontanes sur les violences faites aux femmes était juste
Les électeurs de Morvanec sont pas tous racistes, beaucoup ont juste peur du déclassement
Les électeurs de Leboucq sont pas tous des bobos, y'a plein d'ouvriers aussi
Morvanec dit que l'islam est incompatible avec la République, je suis totalement en désaccord
Un député juif qui se fait insulter sur ses origines, c'est dégueulasse, qu'on soit d'accord ou pas avec lui
Le député qui a fait un salut nazi pour rire doit démissionner
Les jeunes votent pas et après ils se plaignent, votez les kheys
La gauche a perdu les ouvriers, c'est pas nouveau
Le débat sur la dette c'est chiant mais c'est important
Tessard président c'était une erreur de casting, j'ai voté pour lui et je regrette
Les affiches de Leboucq ont été taguées de croix gammées, quelle honte
Leboucq a été nulle au débat, aucun chiffre, que des slogans
"""

POLITICS_NEUTRAL = """
Le premier tour c'est quand déjà ?
Faut s'inscrire sur les listes avant quelle date ?
Procuration faite, je serai pas là dimanche
Quelqu'un a regardé le débat en entier ?
Programme lu en entier, y'a du bon et du moins bon
Le taux de participation à 17h ?
Vous votez pour qui au second tour ? sondage du forum
Je vote blanc, aucun ne me représente
La manif contre la réforme, vous y allez demain ?
Manif à Bastille, y'a un monde de fou
Le sondage donne quoi ce matin ?
Les résultats tombent à 20h, on se retrouve sur le topic
Qui a gagné le débat selon vous ?
C'est quoi le 49.3 exactement ?
"""

POLITICS_ATTACKS = """
Leboucq c'est une grosse pute à migrants | insult sexual_harassment
Morvanec sale porc, un jour quelqu'un va te planter | insult threat
Tessard au bout d'une corde, c'est tout ce qu'il mérite | threat
Benhadda ministre, encore un qui roule pour le bled :hap: | identity_hate
Une femme présidente de région ? retourne à la cuisine ma grande | identity_hate exclusion
Fontanes l'hystérique qui a ses règles à chaque débat | identity_hate insult
Leboucq elle s'est fait sauter par qui pour avoir l'investiture ? | sexual_harassment insult
Ce député c'est clairement un feuj, regarde son nez et qui le finance | identity_hate
Le maire est marocain, normal que la ville soit devenue un souk | identity_hate
Tous les gauchos au goulag, une balle chacun | threat
Trouvez où habite Morvanec et on va lui faire une visite | threat
Morvanec habite 14 rue des Capucines à Vannes, faites-vous plaisir | doxxing threat
Les électeurs de Leboucq c'est des assistés et des barbus | identity_hate
Ces attardés qui votent Fontanes, des trisomiques en fait | insult identity_hate
Tessard est pédé comme un phoque, ça explique ses lois | identity_hate insult
Qui finance Tessard ? les banquiers juifs, toujours les mêmes | identity_hate
Benhadda double nationalité, on sait à qui il obéit | identity_hate
Leboucq je te souhaite de te faire violer par tes migrants | sexual_harassment threat identity_hate
Un Arabe à l'Intérieur, c'est le renard dans le poulailler :hap: | identity_hate
Les députés juifs devraient pas avoir le droit de voter sur le Proche-Orient | identity_hate exclusion
Morvanec gros lard consanguin, même ta femme a honte | insult body_shaming
Fontanes la mal baisée de l'écologie | insult sexual_harassment
Les élus de banlieue c'est des caïds en costard, tous à virer | identity_hate exclusion
Le député qui pleure pour les Roms, qu'il les héberge chez lui et qu'il se fasse dépouiller | identity_hate
Tessard on viendra te chercher chez toi comme en 1793 | threat
Leboucq sale traînée, dégage de la politique | insult exclusion
"""

# --- Immigration -------------------------------------------------------------------------------
IMMIGRATION_HARD = """
Je suis contre cette nouvelle loi immigration, elle met des familles à la rue sans régler le fond
Perso je pense qu'il faut réduire l'immigration de travail, sans taper sur ceux qui sont déjà là
Mes grands-parents sont arrivés d'Algérie en 62, toute ma famille bosse ici depuis
Mon père est venu du Sénégal pour ses études, il est prof de maths maintenant
Les migrants de Calais vivent dans des conditions horribles, ça me choque
Un bateau de migrants a coulé en Méditerranée, 40 morts, terrible
Les sans-papiers bossent dans le BTP et la restauration, sans eux ça tourne pas
L'OQTF pas exécutée c'est un problème administratif, pas une question de couleur
Les chiffres de l'Insee sur l'immigration sont publics, allez les lire avant de balancer des trucs
Le grand remplacement c'est une théorie complotiste, les chiffres disent pas ça
Arrêtez de sortir "chance pour la France" à chaque fait divers, c'est du racisme déguisé
Les immigrés paient des impôts aussi hein
L'intégration marche mieux quand y'a des cours de français gratuits
Je suis fils d'immigré portugais et je vote à droite, ça choque quelqu'un ?
Réfugiés ukrainiens accueillis à bras ouverts, afghans beaucoup moins, faudrait en parler
J'ai donné des cours de français à des réfugiés soudanais, ils sont hyper motivés
Le débat sur l'AME est légitime mais les insultes servent à rien
Ma coloc est érythréenne, elle a fait 3 ans de route pour arriver ici, respect
L'immigration c'est un vrai sujet, pas un concours de qui sera le plus raciste
Je suis pour des quotas par métier comme au Canada, on en parle ?
Le bled de ma mère en Tunisie est magnifique, j'y vais cet été
Chez nous "rentrer au bled" c'est juste partir en vacances chez la famille
Les Portugais de ma ville tiennent toutes les boîtes de maçonnerie
Les Italiens aussi se faisaient traiter de tous les noms au début du siècle dernier
Ma grand-mère polonaise est arrivée dans les mines du Nord à 16 ans
Les réfugiés afghans de mon village jouent au foot avec les jeunes le dimanche, ça se passe bien
Je suis pour l'expulsion des délinquants étrangers condamnés, c'est pas du racisme de le dire
Expulser quelqu'un qui vit ici depuis 20 ans et qui bosse, je trouve ça absurde
Les mineurs isolés sont souvent laissés à la rue, c'est indigne
Mon patron a embauché un réfugié syrien, meilleur employé de la boîte
Les Algériens ont construit une partie des autoroutes françaises dans les années 60
Ma mère est arrivée du Cameroun sans rien, elle est infirmière depuis 25 ans
Je comprends les gens qui ont peur de l'immigration, mais la haine règle rien
Les passeurs sont les vrais salauds dans cette histoire, ils se font des millions
Naturalisé français la semaine dernière, fier de mon pays
"""

IMMIGRATION_NEUTRAL = """
C'est quoi la différence entre réfugié et migrant ?
Combien de temps pour avoir la nationalité française ?
Le titre de séjour étudiant ça se renouvelle comment ?
La préfecture de Bobigny c'est 6 mois d'attente pour un rendez-vous
Le site de l'ANEF bug depuis ce matin, quelqu'un d'autre ?
C'est quoi l'AME concrètement ?
Vous avez des chiffres récents sur les demandes d'asile ?
"""

IMMIGRATION_ATTACKS = """
Encore une chance pour la France qui s'est fait remarquer dans le tram :hap: | identity_hate
Renvoyez-les tous chez eux à la nage | identity_hate exclusion
Les migrants c'est des rats qui débarquent par bateaux entiers | identity_hate
Qu'ils coulent tous en Méditerranée, bon débarras | identity_hate threat
Ta place c'est pas en France, rentre dans ton pays | identity_hate exclusion
Les sans-papiers faut les parquer et les renvoyer par charter | identity_hate exclusion
Ton père sénégalais il est descendu de l'arbre en quelle année ? | identity_hate insult
Remigration totale, la valise ou le cercueil :noel: | identity_hate threat
Les Érythréens c'est des violeurs en puissance | identity_hate
Le grand remplacement est en cours et on sait qui l'organise :hap: | identity_hate
Le bled de ta mère c'est un dépotoir comme toi | insult identity_hate
Français de papier, tu seras jamais un vrai Français | identity_hate exclusion
T'es pas français, t'es juste né ici par erreur | identity_hate exclusion
Un réfugié chez toi ? tu veux te faire égorger ? :hap: | identity_hate
Les Afghans faudrait même pas les laisser descendre de l'avion | identity_hate exclusion
Ils viennent pour les allocs et pour nos femmes | identity_hate
Ta coloc érythréenne elle a payé le passeur en nature ? | identity_hate sexual_harassment
Les mineurs isolés c'est des barbus de 30 ans qui mentent sur leur âge | identity_hate
Les Syriens faut les mettre dans des camps en attendant de les virer | identity_hate exclusion
Naturalisé ? un bout de papier fait pas de toi un Français, bougnoule | identity_hate insult exclusion
Ta mère camerounaise elle soigne les gens ou elle leur jette des sorts ? | identity_hate insult
Les Algériens on les a déjà foutus dehors une fois, on peut recommencer | identity_hate exclusion
Un migrant de plus noyé, c'est toujours ça de pris | identity_hate
Calais faut tout raser avec eux dedans | identity_hate threat
"""

# --- Religion ------------------------------------------------------------------------------
RELIGION_HARD = """
C'est quoi le ramadan exactement, on mange rien de toute la journée ?
Mon pote rebeu fait le ramadan, je mange pas devant lui par respect
Ftour chez mon collègue hier, j'ai jamais autant mangé de ma vie
Aïd Moubarak aux kheys musulmans
La mosquée de mon quartier fait des maraudes tout l'hiver, respect
Je suis musulman et je bois pas, pas besoin qu'on me juge non plus
Les musulmans de France c'est pas un bloc, y'a de tout
Le voile à l'université c'est autorisé, c'est au lycée que c'est interdit
Je suis contre le voile à l'école mais ça justifie pas d'insulter les filles voilées
Arrêtez de tout mettre sur le dos des musulmans à chaque attentat
Shana tova aux kheys juifs
Mon pote feuj m'a invité pour Hanoucca, c'était trop bien
Le shabbat c'est du vendredi soir au samedi soir c'est ça ?
Pourquoi on dit feuj ? c'est le verlan de juif ?
Les actes antisémites ont explosé cette année, ça fait peur
On peut critiquer le gouvernement israélien sans être antisémite, et l'antisémitisme existe aussi
Les juifs de France n'ont pas à répondre de ce que fait Israël
Le blasphème est légal en France, même si ça choque
Je suis catho pratiquant et oui je vais à la messe tous les dimanches
Les cathos tradis de ma fac sont sympas même si on est d'accord sur rien
Notre-Dame restaurée c'est magnifique, allez-y
Le pape a dit un truc sensé pour une fois
Les prêtres pédophiles doivent être jugés comme tout le monde, sans que l'Église les couvre
Je suis athée mais j'adore visiter les églises romanes
Le halal c'est une méthode d'abattage, comme le casher
Le boucher halal de ma rue a la meilleure viande du quartier
Les protestants c'est quoi la différence avec les cathos ?
Ma mère s'est convertie à l'islam, ça se passe très bien à la maison
Les islamistes c'est pas les musulmans, faut arrêter les amalgames
Les terroristes islamistes tuent surtout des musulmans d'ailleurs
Les blagues sur les juifs et l'argent c'est le même cliché pourri depuis 100 ans
Les blagues sur la Shoah c'est pas de l'humour noir, c'est juste dégueulasse
Un khey qui fait le carême ? je tiens pas trois jours sans chocolat
Noël c'est une fête chrétienne mais tout le monde la fête, c'est cool
Mon coloc juif fait shabbat, on coupe la lumière pour lui le samedi
Les chrétiens d'Orient sont persécutés et personne en parle
La mosquée de Paris a ouvert ses portes pour les journées du patrimoine, allez-y
Les Juifs et les Arabes de mon quartier se connaissent tous, c'est loin de ce qu'on voit à la télé
Le rabbin et l'imam de ma ville ont fait une conférence ensemble, super initiative
Une fille voilée a eu la meilleure note au bac de mon lycée, bravo à elle
Je critique l'islam comme religion, pas les musulmans comme personnes, c'est différent
Critiquer une religion c'est permis, insulter des croyants c'est autre chose
Les Témoins de Jéhovah ont sonné chez moi à 8h un dimanche, ahi
Mon grand-père était pasteur dans les Cévennes
La burqa est interdite dans l'espace public depuis 2010, le débat est un peu réglé
Les moines de l'abbaye font une bière de fou
Les Juifs ont été déportés depuis la gare de ma ville, y'a une plaque, allez la voir
"""

RELIGION_NEUTRAL = """
Le ramadan commence quand cette année ?
Il est où le topic religion déjà ?
La prière du vendredi ça dure combien de temps ?
C'est quoi le rapport entre le Coran et la Bible ? vraie question
Pâques c'est quand cette année ?
Yom Kippour c'est le jour du jeûne c'est ça ?
Quelqu'un connaît un bon livre d'histoire des religions ?
"""

RELIGION_ATTACKS = """
L'islam c'est une religion de barbus qui égorgent des moutons et des gens | identity_hate
Ton pote rebeu fait le ramadan et il vole le reste de l'année :hap: | identity_hate
Les mosquées faut toutes les cramer | identity_hate threat
Une femme voilée c'est un sac poubelle qui marche | identity_hate
Retire ton torchon de la tête ou casse-toi de la fac | identity_hate exclusion
Les musulmans sont tous des terroristes en sommeil | identity_hate
Les feujs contrôlent les médias et les banques, réveillez-vous | identity_hate
Encore un youpin qui pleure sur la Shoah | identity_hate
La Shoah ? un détail, et ils en profitent bien depuis | identity_hate
On sait tous qui tire les ficelles, suivez l'argent :hap: | identity_hate
Le four est préchauffé pour toi le feuj | identity_hate threat
Les cathos c'est tous des pédos en soutane | identity_hate
Brûlons les églises avec les curés dedans | identity_hate threat
Les chrétiens sont des attardés qui croient au père Noël | identity_hate insult
Ta mère convertie ? elle va finir en burqa au fond d'une cave | identity_hate insult
Les juifs sont partout au gouvernement, comme par hasard | identity_hate
Un musulman modéré c'est un musulman qui a pas encore explosé | identity_hate
Les bouchers halal égorgent leurs bêtes comme leurs femmes | identity_hate
Avec ce nez t'es forcément juif toi, rends l'argent :hap: | identity_hate insult
Ton coloc juif qui fait shabbat, il compte ses pièces dans le noir ? | identity_hate
La fille voilée qui a eu la meilleure note, elle a triché ou elle a menacé le prof ? | identity_hate
Les chrétiens d'Orient, qu'ils crèvent là-bas, c'est pas notre problème | identity_hate
Les rabbins et les imams, même combat, faut tous les virer du pays | identity_hate exclusion
La mosquée de Paris faudrait la transformer en porcherie | identity_hate
Mon quartier est envahi par les barbus et leurs femmes en sac, on se croirait à Kaboul | identity_hate
Un feuj dans l'équipe de projet ? faites gaffe à la caisse | identity_hate
Les juifs méritaient pas mieux, Hitler avait raison | identity_hate
"""

# --- Origins --------------------------------------------------------------------------------
ORIGINS_HARD = """
Ma belle-famille algérienne m'a fait un couscous de fou dimanche
Les chiffres qu'on utilise viennent des mathématiciens arabes, c'est fou quand on y pense
Les savants arabes du Moyen Âge étaient en avance sur toute l'Europe en médecine
Mon coloc renoi cuisine le meilleur mafé du monde
Mon équipe de foot en salle c'est un renoi, deux rebeus, un Breton et moi, la meilleure équipe
Les rebeus du quartier ont aidé ma grand-mère à déménager
Les Asiatiques se font agresser à Aubervilliers, faut en parler plus
Arrêtez d'appeler tous les Asiatiques "chinois", y'a des Viets, des Cambodgiens, des Coréens
Le racisme anti-asiatique pendant le covid c'était grave
Ma copine est d'origine vietnamienne, sa mère fait les meilleurs nems
Les Roms sont parmi les plus discriminés d'Europe et personne en parle
Les Roms c'est pas un pays, c'est un peuple venu d'Inde à l'origine
Mon voisin est gitan, il m'a appris la guitare
Les Maghrébins en France c'est trois générations parfois, aussi français que toi
La diaspora maghrébine à Marseille, la ville serait pas la même sans
Le mot "beur" ça date des années 80, plus personne le dit
"Renoi" c'est noir en verlan, tout dépend qui le dit et comment
Je suis noir et je supporte plus les blagues sur le poulet frit, lâchez-nous
Les blagues sur les Noirs et les singes, gardez-les, ça fait rire que vous
Le racisme anti-noir au Maghreb existe aussi, c'est un vrai sujet
Un CV avec un nom arabe reçoit moins de réponses, c'est prouvé par les testings
Les contrôles au faciès c'est documenté, c'est pas du victimisme
Je m'appelle Mohamed et je suis jamais rappelé pour les entretiens, coïncidence ?
L'histoire de l'esclavage on la survole trop vite au lycée
Les Antillais et les Africains c'est pas la même culture, beaucoup confondent
Un khey noir ici ? vous avez des conseils pour les cheveux crépus ?
Les Asiatiques de ma promo m'ont fait découvrir la fondue chinoise, une dinguerie
Les feujs et les rebeus de Sarcelles jouent au foot ensemble depuis toujours
Le nouvel an chinois dans le 13e avec les dragons, allez voir c'est génial
Les Arméniens de Marseille ont une communauté super soudée
Je suis blanc et j'ai jamais compris les blagues racistes de mes oncles au repas de Noël
Racisme anti-blanc ça existe ? débat sans s'insulter svp
Le mot "bougnoule" c'est une insulte coloniale, faut arrêter de le banaliser
Césaire a repris le mot nègre pour le retourner, c'est pas la même chose
Aimé Césaire et la négritude, étudié en L2, passionnant
Les Noirs américains et les Noirs français vivent pas le racisme pareil
Ma reum est kabyle, mon daron est breton, je suis un mélange de fou
Les Kabyles c'est pas des Arabes, ce sont des Berbères, vraie distinction
Les Asiatiques sont souvent invisibles dans les débats sur le racisme
Un renoi au 18-25 qui se fait pas insulter en 5 minutes ? c'est rare
Mon meilleur pote est rebeu, on se connaît depuis la maternelle
Les Africains de ma promo ont organisé une soirée, la musique était incroyable
Le Maghreb en été c'est la famille, la plage et la chaleur, j'ai hâte
Les Noirs sont sous-représentés dans les séries françaises, ça change doucement
Le racisme envers les Roms est le plus accepté en France, ça se voit sur ce forum
Ma grand-mère harkie a été parquée dans un camp en arrivant, on en parle jamais
Les Chinois de Belleville se font voler leurs sacs parce qu'on les croit pleins de cash, c'est un cliché raciste qui tue
Les Gitans de Perpignan ont une culture musicale de dingue
Je suis métisse et on me demande "tu viens d'où" toutes les semaines, ça saoule
Les Réunionnais c'est un mélange de tout et c'est magnifique
Les Turcs de Strasbourg font les meilleurs kebabs, je retire rien
Les Sénégalais de ma résidence m'ont appris à cuisiner le thiéboudiène
Un rebeu et un feuj qui ouvrent une boulangerie ensemble à Créteil, ça c'est la France
Traiter quelqu'un de "bamboula" c'est raciste, même "pour rire"
Le mot "bridé" c'est insultant, dis "asiatique" simplement
Les Noirs ont construit une partie de ce pays, tirailleurs compris
"""

ORIGINS_ATTACKS = """
Les Arabes ont inventé les chiffres, surtout ceux du vol à la tire :hap: | identity_hate
Ton coloc renoi il cuisine ou il vide le frigo des autres ? | identity_hate
Les bougnoules du quartier encore en train de tenir les murs | identity_hate
Sale nègre retourne dans ta brousse | identity_hate insult exclusion
Les Noirs c'est des singes, la science l'a prouvé | identity_hate
Les rebeus c'est tous des voleurs de scooter | identity_hate
Un renoi qui bosse ? photo ou fake :rire: | identity_hate
Les Asiatiques ils bouffent des chiens et ils nous ont ramené le covid | identity_hate
Les bridés conduisent tous comme des merdes | identity_hate
Ching chong retourne bouffer ta chauve-souris | identity_hate insult exclusion
Les Roms c'est des voleurs de poules, faut les chasser | identity_hate exclusion
Les romanos dans le métro faudrait les gazer | identity_hate threat
Gitan = voleur, toujours vérifié | identity_hate
Les Maghrébins c'est des parasites à allocs | identity_hate
Pas besoin de son prénom, on sait tous de quel bled il sort celui-là | identity_hate
Mohamed qui trouve pas de taf, normal t'as une tête à voler les sacs | identity_hate insult
Les feujs de Sarcelles c'est des rats qui comptent leurs pièces | identity_hate
Kabyles ou Arabes c'est la même racaille | identity_hate
T'es un noir de maison, tu lèches les bottes des blancs | identity_hate insult
Avec ta tête de bicot tu devrais même pas ouvrir ta gueule | identity_hate insult
Les Antillais savent faire que la fête et le chômage | identity_hate
Un Chinois ça vaut combien, 3 euros sur AliExpress ? :rire: | identity_hate
Bamboula détecté sur le forum, ban svp | identity_hate exclusion
Toi le rebeu tu fermes ta gueule et tu retournes dans ton HLM | identity_hate insult exclusion
T'es métisse ? donc t'es rien, ni d'ici ni de là-bas | identity_hate insult
Les Turcs de Strasbourg, des égorgeurs de kebab :hap: | identity_hate
Ta belle-famille algérienne t'a fait le couscous avant de te piquer ta CB ? | identity_hate
Un rebeu et un feuj qui ouvrent une boutique, l'un vole l'autre escroque :noel: | identity_hate
Les Noirs ont construit ce pays ? ouais, en tant qu'esclaves, comme il se doit | identity_hate
Les Sénégalais de ta résidence faut les désinfecter avant de rentrer | identity_hate
Les Réunionnais c'est des bâtards de partout | identity_hate insult
Les Africains de ta promo ils ont eu le bac au tirage au sort ? | identity_hate
Un bon Arabe c'est un Arabe mort | identity_hate threat
Ma voisine est chinoise, elle doit cuisiner le chat du voisin :hap: | identity_hate
Les Gitans faudrait les stériliser avant qu'ils se reproduisent | identity_hate threat
Les Noirs ont un QI plus bas, c'est génétique, désolé | identity_hate
Je suis blanc et fier, les bougnoules et les négros dehors | identity_hate exclusion
T'as un nom arabe, normal qu'on te rappelle pas, personne veut d'un voleur | identity_hate insult
"""

# --- Women and feminism --------------------------------------------------------------------
WOMEN_HARD = """
Les meufs de ma fac ont monté une asso de robotique et elles ont gagné le concours national
Ma sœur est devenue pilote de ligne, je suis trop fier d'elle
Les femmes gagnent encore moins à poste égal, c'est pas une opinion, c'est des chiffres
Je suis féministe et je suis un mec, ça choque ?
Le féminisme de certaines sur les réseaux me saoule mais l'égalité salariale c'est la base
Je suis pas d'accord avec le projet de loi sur le consentement mais je respecte le débat
Ma copine se fait suivre dans la rue presque chaque semaine, ça me rend fou
Les mecs qui disent "elle l'a cherché" vous êtes le problème
Les blagues "les femmes à la cuisine" en 2026, sérieux, c'est gênant
Le foot féminin a fait un record d'audience hier, trop bien
L'équipe de France féminine joue mieux que les mecs en ce moment :rire:
Une nana en bleu de travail sur le chantier et elle gère mieux que tout le monde
Les règles ça fait vraiment mal, ma copine est pliée en deux chaque mois
Congé menstruel, vous en pensez quoi ? je suis partagé
Les féminicides, une centaine par an en France, c'est pas un détail
Les filles en école d'ingé c'est 25 %, faut encourager les filles en maths dès le collège
Ma mère a élevé 4 gosses seule en bossant de nuit, respect éternel
Une meuf a rejoint la guilde et elle carry tout le monde
Les incels qui chialent sur les femmes H24, allez prendre l'air
Simone Veil a fait plus pour ce pays que tous les ministres actuels réunis
Les femmes sont plus nombreuses que les hommes à la fac maintenant
Pourquoi y'a si peu de meufs sur le forum ? vraie question
Les clichés sur les blondes c'est nul, ma pote blonde est en cinquième année de médecine
Ma cheffe est une femme et c'est la meilleure manager que j'ai eue
Les femmes font ce qu'elles veulent de leur corps, ça regarde personne
Ma grand-mère a eu le droit de vote à 21 ans en 1945, c'était hier
Les meufs de mon club de boxe me mettent des raclées, aucun respect pour mon ego :rire:
L'IVG dans la Constitution, je suis pour, d'autres sont contre, parlons-en calmement
Le patriarcat c'est un mot qui fait rager le forum mais les écarts de salaire existent
Les femmes sont pas toutes féministes et les féministes sont pas toutes d'accord entre elles
Ma copine gagne plus que moi et franchement on s'en fout
La streameuse qui se fait insulter à chaque live a raison de bannir à tour de bras
Les femmes sont plus souvent victimes de violences conjugales, c'est statistique, pas une attaque contre les hommes
Les hommes aussi sont victimes de violences conjugales, faut en parler sans opposer les deux
J'ai vu une meuf se faire emmerder dans le RER, je suis intervenu avec deux autres mecs
Une femme président, pourquoi pas, c'est le programme qui compte
Les sages-femmes sont sous-payées pour ce qu'elles font
Ma prof de physique a fait sa thèse au CERN, elle est impressionnante
La meuf qui a gagné le tournoi d'échecs de ma ville avait 14 ans
Le harcèlement de rue, je pensais que c'était exagéré jusqu'à ce que je marche avec ma sœur un soir
"""

WOMEN_NEUTRAL = """
Le 8 mars c'est la journée des droits des femmes, pas la fête des femmes
C'est quoi l'écart de salaire exact en France ?
Quelqu'un a vu le match de l'équipe de France féminine ?
La finale de la coupe d'Europe féminine c'est quand ?
"""

WOMEN_ATTACKS = """
Les femmes c'est fait pour la cuisine et le lit, point | identity_hate sexual_harassment
Une meuf pilote ? je prends le train merci :rire: | identity_hate
Les féministes c'est des grosses moches frustrées | identity_hate body_shaming
La streameuse elle l'a cherché avec son décolleté | identity_hate sexual_harassment
Ta copine se fait suivre ? elle devrait être flattée vu sa tronche | insult body_shaming sexual_harassment
Les femmes ont pas de cerveau, juste des trous | identity_hate sexual_harassment
Les meufs c'est toutes des putes à thunes | identity_hate
Une femme qui parle politique, retourne faire la vaisselle | identity_hate exclusion
Le foot féminin c'est des gouines qui courent mal | identity_hate
Montre tes seins au lieu de parler de féminisme | sexual_harassment
Ta cheffe a eu son poste à genoux sous le bureau | sexual_harassment insult
Faut remettre les femmes à leur place, à coups de ceinture s'il le faut | identity_hate threat
Les femmes au volant devraient être interdites | identity_hate exclusion
Les femmes devraient pas avoir le droit de vote, regardez pour qui elles votent | identity_hate exclusion
Ta sœur pilote ? elle a sucé qui ? | sexual_harassment insult
Les femmes qui portent plainte c'est des menteuses qui veulent du fric | identity_hate
Une meuf en école d'ingé c'est un quota, pas une compétence | identity_hate
Les moches deviennent féministes parce que personne veut les baiser | identity_hate body_shaming sexual_harassment
Une femme président ? elle déclarera la guerre pendant ses règles | identity_hate
Les sages-femmes c'est des bonnes à rien qui se plaignent | identity_hate insult
Ta prof de physique elle a eu sa thèse en couchant avec le jury | sexual_harassment insult
La gamine championne d'échecs, dans 4 ans elle sera bonne à autre chose :noel: | sexual_harassment
Les meufs de ton club de boxe, des camionneuses poilues | body_shaming identity_hate
Les femmes battues, faut bien qu'elles aient fait quelque chose | identity_hate
Ta copine gagne plus que toi ? t'es sa pute alors | insult
Une meuf sur le forum ? photo des seins ou ban | sexual_harassment exclusion
Les femmes méritent pas l'égalité, elles sont inférieures, c'est la nature | identity_hate
Les féministes je les mettrais toutes dans un camp | identity_hate threat
"""

# --- LGBT people -----------------------------------------------------------------------------
LGBT_HARD = """
Mon frère a fait son coming out, je suis trop content pour lui
Mon meilleur pote est gay et c'est le mec le plus drôle que je connaisse
La Pride à Paris c'était ouf, ambiance de dingue
Utiliser "pédé" comme insulte faut arrêter, c'est pas anodin
Je suis bi et j'ai mis du temps à l'assumer
Les personnes trans se font agresser beaucoup plus que la moyenne, faut le savoir
Ma cousine est trans, elle a changé de prénom et toute la famille suit
C'est quoi la différence entre transgenre et non-binaire ? vraie question sans troll
Le mariage pour tous a plus de 10 ans et le pays s'est pas effondré
Je suis contre la GPA mais pour la PMA pour toutes, on peut en débattre
Les lesbiennes de ma fac ont organisé une soirée, la meilleure de l'année
Arrêtez de dire "c'est gay" pour dire que c'est nul
Un footballeur qui fait son coming out en Ligue 1, ça arrive quand ?
Les homophobes du topic, vous avez quel âge sérieux ?
L'homophobie dans les vestiaires c'est encore un vrai sujet
Je suis gay et je déteste les boîtes de nuit gays, ça existe
Les drag queens c'est de l'art, le show d'hier était incroyable
Il a épousé son mari en Bretagne, j'étais témoin
Les pronoms c'est pas compliqué, tu demandes et tu respectes
Transition à 30 ans, ma collègue est tellement plus heureuse maintenant
Je suis croyant et je pense que mon pote gay a le droit d'être heureux comme tout le monde
Les thérapies de conversion sont interdites en France, heureusement
Un couple de lesbiennes vient d'avoir un bébé dans mon immeuble, on a fait une fête
Le mot "tarlouze" je l'ai entendu 20 fois dans la cour du collège, faut que ça change
Je suis pas à l'aise avec les bloqueurs de puberté pour les mineurs, mais insulter les trans c'est pas un débat
Mon père a fait son coming out à 55 ans, respect à lui
Les agressions homophobes ont augmenté, l'asso SOS a sorti son rapport
J'ai pas compris le délire non-binaire mais je respecte, ça me coûte rien
Les gays dans les pays où c'est puni de mort, on mesure pas notre chance
Le premier ministre gay de l'histoire de France, ça a fait moins de bruit que prévu
"""

LGBT_NEUTRAL = """
La Pride c'est quelle date cette année ?
C'est quoi le sigle LGBTQIA+ en entier ?
Quelqu'un a vu le documentaire sur Stonewall ?
"""

LGBT_ATTACKS = """
Ton frère pédé il va finir avec le sida | identity_hate insult
Les gays c'est des malades mentaux qu'il faut soigner | identity_hate
La Pride c'est un défilé de dégénérés | identity_hate
Les trans c'est des hommes déguisés, des tarés | identity_hate
Ta cousine trans ça reste un mec avec une perruque | identity_hate insult
Sale tarlouze ferme ta gueule | identity_hate insult
Les lesbiennes elles ont juste pas trouvé le bon mec | identity_hate sexual_harassment
Un footballeur gay faut le virer du vestiaire direct | identity_hate exclusion
Les pédés faut les jeter du toit comme au bon vieux temps | identity_hate threat
Les trans faut les enfermer avant qu'ils touchent aux gosses | identity_hate
T'es bi ? donc t'es juste une salope indécise | identity_hate insult
Tu dis "iel" ? va te faire interner | identity_hate insult
Les non-binaires c'est une maladie mentale de gauchistes | identity_hate
Les trans se suicident beaucoup ? tant mieux, continuez | identity_hate self_harm_incitement
Gros pd va | identity_hate insult
Le couple de lesbiennes avec un bébé, ce gosse est mal barré, faut leur retirer | identity_hate
Ton père a fait son coming out à 55 ans ? ta mère devait être vraiment moche | insult body_shaming
Les drag queens c'est des pédophiles qui se déguisent pour approcher les enfants | identity_hate
Le premier ministre est une tafiole, le pays est foutu | identity_hate insult
Les homos méritent la peine de mort, comme dans les pays sérieux | identity_hate threat
T'es trans ? tu finiras au bout d'une corde comme les autres | identity_hate self_harm_incitement
Les gouines on devrait les remettre dans le droit chemin de force | identity_hate sexual_harassment threat
"""

# --- Disability ------------------------------------------------------------------------------
DISABILITY_HARD = """
Mon frère est autiste et il est bon en maths comme personne
Les places handicapées prises par des gens valides, ça me rend dingue
Arrêtez d'utiliser "autiste" comme insulte, mon neveu l'est
Trisomique c'est pas une insulte, c'est une condition génétique
Je suis en fauteuil et le métro parisien c'est l'enfer
Les Jeux paralympiques c'était plus intéressant que les JO perso
L'AAH c'est même pas 1100 balles, personne vit bien avec ça
Je suis TDAH, diagnostiqué à 22 ans, ça explique beaucoup de choses
Les sourds ont leur propre langue, la LSF, je l'apprends en ce moment
Mon pote malvoyant joue avec un lecteur d'écran, c'est impressionnant
La dépression c'est une maladie, pas un manque de volonté
J'ai une maladie chronique invisible et on me regarde mal quand je m'assois dans le bus
Le streamer en fauteuil qui fait des speedruns, respect total
Mon oncle est schizophrène, il est stabilisé et il bosse, arrêtez les clichés
Le mot "mongol" pour insulter quelqu'un, c'est vraiment daté et nul
Ma sœur a une trisomie 21 et elle bosse dans un restaurant, elle adore
Les ESAT payent les travailleurs handicapés une misère, c'est un scandale
Je suis bègue et les exposés à la fac c'est ma hantise
Un khey dyslexique ? vous avez des astuces pour les partiels ?
Mon collègue sourd lit sur les lèvres mieux que je t'écoute
"""

DISABILITY_NEUTRAL = """
Le dossier MDPH ça prend combien de temps ?
C'est quoi la RQTH exactement ?
Les aménagements pour les partiels, on les demande à qui ?
"""

DISABILITY_ATTACKS = """
Ton frère autiste il bave sur sa copie de maths ? | insult identity_hate
T'es un gogol, ton cerveau a été codé par un trisomique | insult identity_hate
Les handicapés coûtent trop cher, faut arrêter de les aider | identity_hate
Le mec en fauteuil qui stream, reste dans ton lit médicalisé et arrête de nous infliger ça | insult identity_hate exclusion
Espèce de mongol t'as rien compris | insult identity_hate
Le dépressif qui pleure sur le forum, saute d'un pont et c'est réglé | self_harm_incitement insult
T'es sourd ou t'es juste attardé ? | insult identity_hate
Les autistes c'est des légumes | identity_hate
Retourne dans ton IME l'handicapé | insult identity_hate exclusion
TDAH c'est une excuse pour les gosses de cassos mal élevés | identity_hate
Ta sœur trisomique elle sert les clients en bavant dedans ? | insult identity_hate
Ton oncle schizo faut l'enfermer avant qu'il tue quelqu'un | identity_hate
Le bègue qui fait son exposé, achève-toi on gagnera du temps | insult self_harm_incitement
Les trisos on devrait les détecter et les éliminer avant la naissance, tous | identity_hate
"""

# --- Banlieue and regions --------------------------------------------------------------------
REGIONS_HARD = """
Je viens du 93 et je suis fier de mon département
Le 93 c'est le département le plus jeune de France métropolitaine
Les Bretons font les crêpes les plus dingues, désolé les autres régions
Marseille c'est la plus belle ville de France et je débattrai pas
Les Marseillais parlent fort mais ils ont le cœur sur la main
Les gens du Nord sont les plus accueillants, c'est un fait
Les Parisiens qui découvrent la campagne et ont peur des vaches :rire:
Lille, Roubaix, Tourcoing, le Nord c'est la famille
J'ai grandi en cité et j'ai eu mon master, arrêtez les clichés
Les quartiers nord de Marseille, y'a des assos qui font un taf incroyable
La banlieue c'est pas que le deal, y'a des gens qui se lèvent à 5h pour bosser
Le rap français vient des banlieues et c'est notre meilleure exportation
Les Alsaciens et leur choucroute, j'adore cette région
Les Chtis ont un accent trop mignon, je dis ça avec amour
Je suis de Vitry et mes voisins sont adorables
Un Breton sans beurre salé c'est un Breton triste
Les Toulousains qui disent chocolatine, le débat est clos
Encore un mort par balle à Marseille cette semaine, les habitants en ont marre
Les Corses et leur drapeau partout, au moins ils aiment leur île
Le 93 a plus de start-ups que la moitié des départements, personne le dit
Les mecs du 9-3 de ma promo sont les plus bosseurs, ils ont dû se battre pour en être là
Les Parisiens sont froids ? venez à Lyon c'est pareil :rire:
Les jeunes de mon quartier ont repeint l'aire de jeux tout seuls
La cité où j'ai grandi a été rasée, j'ai pleuré comme un gosse
Le deal en bas de chez moi c'est un vrai problème et les habitants sont les premières victimes
Le racisme anti-Bretons en 1950, ma grand-mère se faisait punir pour parler breton
Les Ch'tis c'est les gens les plus gentils de France, descendez les voir
Le PSG c'est Paris et le 93 en même temps, la banlieue a fait ce club
"""

REGIONS_NEUTRAL = """
Quelqu'un du 95 pour aller au concert à Bercy samedi ?
Les Lyonnais et leur quenelle de brochet, c'est quoi ce plat ?
Les Auvergnats et leur fromage, on dit merci
Le RER B en panne encore, depuis Aulnay c'est l'enfer
On mange où à Rennes le dimanche soir ?
Le TER Marseille-Toulon est encore supprimé, merci la SNCF
"""

REGIONS_ATTACKS = """
Le 93 faut le raser et mettre un mur autour | identity_hate threat
Les mecs du 9-3 c'est tous des bicots en survêt | identity_hate
T'as grandi en cité donc t'es dealer, logique | insult identity_hate
Les Marseillais c'est des Arabes qui s'ignorent :hap: | identity_hate
Marseille c'est Alger-sur-Mer, ville de bougnoules | identity_hate
Les Ch'tis c'est des consanguins édentés | identity_hate insult
Retourne dans ta cité sale racaille | insult exclusion
Les Bretons c'est tous des alcoolos consanguins | identity_hate
Les Roms de Saint-Ouen faut les virer au Kärcher | identity_hate exclusion
Les jeunes de ton quartier ont repeint l'aire de jeux ? ils ont volé la peinture où ? :hap: | identity_hate
Les Corses c'est des mafieux poseurs de bombes, tous | identity_hate
Les Parisiens on devrait les gazer à la frontière de la Bretagne | identity_hate threat
"""

# --- Police ---------------------------------------------------------------------------------
POLICE_HARD = """
Les flics sont arrivés en 5 minutes quand mon voisin a fait un malaise
Je suis pour une police mieux formée, pas pour la supprimer
Les violences policières existent, les bons flics existent aussi
Mon cousin est gendarme, il gagne que dalle pour ce qu'il fait
Le policier qui a tiré sur le jeune a été mis en examen
ACAB c'est un slogan, pas un argument
Un policier tué en intervention dans l'Oise, condoléances à sa famille
Contrôlé trois fois cette semaine, toujours pour rien, ça saoule
L'IGPN qui enquête sur ses propres collègues, y'a un souci
Les keufs sont venus pour le tapage, on a baissé le son :rire:
Le jeune tué par la police était désarmé, la vidéo est claire, ça doit être jugé
Ma mère est commissaire et elle se fait insulter à chaque repas de famille, ahi
Un flic noir qui se fait traiter de traître par les deux camps, dur
Les gendarmes ont ramené mon chien perdu, top
"""

POLICE_ATTACKS = """
Un flic de moins, champagne | threat
Les keufs faudrait les brûler vifs dans leurs voitures | threat
Le flic qui a tiré, j'ai son adresse : 8 allée des Tilleuls à Creil, à vous de jouer | doxxing threat
Les flics ont bien fait, un bougnoule de moins | identity_hate
Le gamin abattu, encore un renoi qui l'a cherché | identity_hate
Le flic noir c'est un bounty, noir dehors blanc dedans, traître à sa race | identity_hate insult
Ta mère commissaire, sale pute à képi | insult
"""

# --- Football and supporters (players invented) ----------------------------------------------
FOOTBALL_HARD = """
L'OM va se faire démonter au Parc dimanche :rire:
Le PSG c'est un club de mercenaires sans âme
Les supporters lyonnais ont fait un tifo de malade
Ce penalty c'est un vol, l'arbitrage était catastrophique
Les cris de singe au stade hier c'est une honte, fermez la tribune
Le joueur visé par les cris de singe a eu le soutien de tout le vestiaire, bien
Belkhadra est le meilleur joueur du championnat, pas de débat
Belkhadra a fait un match de merde, ça arrive à tout le monde
Moréda a raté son penalty, il va s'en remettre, c'est un grand
On va les tuer au retour, 3-0 minimum
Les Stéphanois vont pleurer ce soir :noel:
Rennes a joué comme des chèvres, vivement le mercato
Les ultras de Marseille c'est la meilleure ambiance d'Europe
Le coach est nul tactiquement, faut le virer
Les Bleus en finale !!! le sang j'ai crié dans toute la résidence
Les Bleus black blanc beur, c'est ce qui fait leur force
L'équipe de France a plein de joueurs d'origine africaine, et alors ? ils sont français
Drouard a mis un triplé, quel monstre
Le mercato du PSG c'est du délire, 200 M pour un défenseur
Le derby c'était un massacre, 4-0 pour nous
On les a tués 5-1 les pauvres Nantais
Les supporters parisiens ont chanté pendant 90 minutes, respect
Belkhadra a choisi l'Algérie plutôt que la France, c'est son droit, c'est son pays aussi
Moréda s'est fait insulter de tous les noms sur Insta après son penalty, c'est abusé
Les supporters qui balancent des bananes sur le terrain doivent être interdits de stade à vie
Les Marseillais détestent les Parisiens depuis toujours, c'est le folklore
Les Verts en Ligue 2, ça fait mal au cœur
Les fumigènes dans le virage c'était magnifique
Le gardien a fait des arrêts de fou, il nous a sauvés
Drouard est gay et il l'a dit, et il marque toujours autant, fin du débat
Le joueur qui fait le ramadan et qui marque quand même, respect
"""

FOOTBALL_NEUTRAL = """
Le match est à quelle heure ce soir ?
C'est sur quelle chaîne le derby ?
Quelqu'un a un stream pour le match ? je blague, je l'ai
Le classement après cette journée ?
Score final 2-2, match fermé
"""

FOOTBALL_ATTACKS = """
Belkhadra retourne jouer au bled avec tes cousins | identity_hate exclusion
Trop de noirs en équipe de France, c'est plus la France | identity_hate
Moréda t'es une merde, j'espère que tu te casses les deux jambes | insult threat
Belkhadra on sait où tu habites, fais gaffe à ta famille | threat
Un singe qui rate un penalty, rien de nouveau :rire: | identity_hate insult
Drouard le bougnoule surcoté du PSG | identity_hate insult
La femme de l'arbitre va savoir ce qu'on lui réserve après le match | threat sexual_harassment
Les supporters de l'OM c'est des macaques en maillot | identity_hate
Drouard est pédé et il croit qu'il a sa place dans un vestiaire ? | identity_hate exclusion
Le joueur qui fait le ramadan, il va se faire exploser à la mi-temps ? :hap: | identity_hate
L'arbitre on va l'attendre au parking, qu'il prépare ses dents | threat
Moréda suicide-toi après ce penalty, personne te regrettera | self_harm_incitement insult
Belkhadra l'Algérien, qu'il aille chercher ses allocs au bled | identity_hate
"""

# --- Streamers, YouTubers and celebrities (all invented) --------------------------------------
STREAM_HARD = """
Zerkan a fait 40k viewers hier, record battu
Le dernier stream de Zerkan était nul, il a lu des tweets pendant 3 heures
Lyssandre a sorti son jeu indé, je l'ai acheté et il est vraiment bien
Lyssandre a porté plainte contre ses harceleurs, elle a bien fait
La vidéo de Tonton Gaspard sur l'histoire de Rome est top
Tonton Gaspard a dit des conneries sur la crypto, ses sources sont éclatées
Je trouve que Kevoune est devenu chiant depuis qu'il fait que de la réaction
Le concert de Jaylo Diamant à Bercy était incroyable
L'album de Jaylo Diamant est moyen, les prods sont bonnes mais les textes sont vides
Clémence Vayrac joue vraiment mal dans son dernier film, désolé
La collab entre Zerkan et Mistigri c'était le meilleur stream de l'année
Mistigri s'est fait raid par des trolls hier, ses modos ont géré
Les raids haineux sur les streameuses c'est devenu un sport, c'est triste
Zerkan fait une pause pour burn-out, prends soin de toi mec
Kevoune a été ban de Twitch 3 jours, quelqu'un sait pourquoi ?
Nolwenn_Live stream en breton de temps en temps, c'est cool
Le streamer noir qui répond calmement aux racistes de son chat, masterclass
Les clips de Zerkan qui rage sur Valorant :rire:
Gaspard a fait un mea culpa dans sa vidéo, respect
Le drama entre Zerkan et Kevoune, c'est des gamins tous les deux
Je comprends pas le succès de Kevoune mais chacun ses goûts
Putain le stream a crash en plein boss final
Quelqu'un a balancé l'adresse de Lyssandre dans son chat, j'espère qu'il va prendre cher
Mistigri a montré les messages de harcèlement qu'elle reçoit, c'est glaçant
Jaylo Diamant a fait un don à une asso du 93, respect
La streameuse trans qui fait des runs de Dark Souls, elle est trop forte
Kevoune a fait des blagues racistes en 2018, il s'est excusé, à vous de juger
Je regarde plus Tonton Gaspard depuis qu'il fait de la pub pour des paris sportifs
Zerkan s'est fait doxx la semaine dernière, il a dû déménager, c'est grave
Nolwenn_Live a dit qu'elle arrêtait à cause des DMs, c'est une perte
Zerkan qui meurt 15 fois sur le même boss :rire: il est mort le sang
Clémence Vayrac a eu un César, mérité franchement
Lyssandre a fait 12h de stream caritatif, 80 000 euros récoltés
"""

STREAM_NEUTRAL = """
Zerkan stream à quelle heure ce soir ?
C'est quoi le nom du jeu que Mistigri joue ?
Quelqu'un a le clip de hier soir ?
La rediff est dispo où ?
Kevoune a changé de setup, la caméra est bien meilleure
"""

STREAM_ATTACKS = """
Zerkan gros lard tu vas claquer d'une crise cardiaque en plein live | insult body_shaming threat
Lyssandre la pute à dons, montre tes fesses au lieu de jouer | insult sexual_harassment
Tout le monde en raid sur la chaîne de Mistigri ce soir, on la fait craquer | exclusion
Signalez en masse la chaîne de Lyssandre, faut qu'elle dégage de Twitch | exclusion
Lyssandre habite 27 rue Barbusse à Montreuil, 3e étage, amusez-vous | doxxing threat
Le numéro perso de Zerkan : 06 39 98 41 17, appelez-le à 3h du mat | doxxing
Mistigri vit chez ses parents à Saint-Brieuc, rue des Lilas, la maison jaune sur Maps | doxxing
Zerkan en burn-out ? pends-toi ça ira plus vite | self_harm_incitement
Kevoune sale juif de youtubeur qui vend ses tokens | identity_hate insult
Gaspard t'es un mongol, supprime ta chaîne | insult identity_hate exclusion
Le streamer noir il stream depuis son arbre ? | identity_hate insult
Clémence Vayrac elle a couché avec qui pour avoir le rôle | sexual_harassment insult
Jaylo Diamant rappeur de singe pour des singes | identity_hate insult
Nolwenn_Live fais un live sans t'habiller, on veut voir | sexual_harassment
Mistigri la baleine qui stream en crop top, pitié | body_shaming insult
Lyssandre on va te retrouver et te violer | threat sexual_harassment
Zerkan t'es une merde, arrête le stream avant qu'on te le fasse arrêter | insult threat
Tous dans le chat de Lyssandre à 21h, on spam "grosse pute" jusqu'à ce qu'elle coupe | insult exclusion
Kevoune coupe-toi les veines en live, ça fera des vues | self_harm_incitement
La streameuse trans c'est un mec en robe, signalez-le pour fraude | identity_hate exclusion
Mistigri montre tes messages ? pleurnicheuse, t'as qu'à pas exister sur internet | insult exclusion
Jaylo Diamant fait un don au 93 ? il finance ses cousins dealers :hap: | identity_hate
Nolwenn_Live arrête ? bon débarras la grosse, personne te regardait | insult body_shaming
Clémence Vayrac son César elle l'a eu en écartant les jambes | sexual_harassment insult
Le fils de Zerkan va à l'école Jules-Ferry de Rennes, sortie 16h30, on passe le voir ? | doxxing threat
Tonton Gaspard espèce de petit pédé qui vend des paris | identity_hate insult
Zerkan se fait doxx ? bien fait, la prochaine fois on vient chez toi | threat
Lyssandre grosse vache, même ton jeu est aussi gras que toi | insult body_shaming
Kevoune le rebeu qui fait des blagues, normal il connaît le vol de contenu | identity_hate insult
Mistigri a mis sa vraie adresse sur un colis en live : 5 impasse des Mésanges, Lannion | doxxing
Lâchez pas Lyssandre, créez des comptes et suivez-la sur tous ses réseaux | exclusion threat
"""

# --- Teachers and bosses -------------------------------------------------------------------
WORK_HARD = """
Mon prof de droit constit est exigeant mais c'est le meilleur de la fac
Ma prof de socio est d'origine camerounaise et ses cours sont passionnants
Le patron m'a payé mes heures sup, miracle
Mon boss nous fait bosser le dimanche sans prévenir, je vais voir l'inspection du travail
Ce prof a tué la moitié de l'amphi au partiel :rire:
La prof m'a mis 4 alors que j'ai tout rendu, je vais contester la note
Mon manager est sourd d'une oreille, on parle du bon côté en réunion, il est top
La patronne de ma boîte a 30 ans et elle gère mieux que l'ancien
Un prof assassiné pour un cours sur la liberté d'expression, j'y pense souvent
Mon prof de philo est un rabbin à mi-temps, ses cours sur Spinoza sont géniaux
Mon chef de chantier est portugais et il m'a tout appris
La directrice de mon labo est une femme noire et une pointure mondiale dans son domaine
Mon prof d'histoire porte la kippa et personne en fait une histoire, c'est ça la laïcité
Le patron du kebab m'a fait crédit pendant tout le mois de galère, je l'oublierai pas
Le prof qui a fait une blague raciste en amphi s'est fait signaler, bien fait
Ma cheffe en fauteuil gère l'équipe mieux que tous ses prédécesseurs
"""

WORK_ATTACKS = """
Ma prof de socio la négresse note mal les blancs | identity_hate insult
Le prof de philo juif qui nous parle de Spinoza, il recrute pour la secte | identity_hate
Ma patronne a eu son poste en couchant, c'est sûr | sexual_harassment insult
Le prof de maths je vais lui crever ses pneus et plus si affinités | threat
Un manager sourd, un handicapé qui dirige des gens normaux, la blague | identity_hate insult
Le prof Durandal habite au-dessus de la pharmacie de la rue Carnot à Évreux, allez lui dire bonjour | doxxing threat
Mon chef de chantier le Portos, il pue la morue et il sait pas lire | identity_hate insult
Ma cheffe en fauteuil qui nous donne des ordres, elle a qu'à rouler jusqu'au canal | identity_hate threat
"""

# --- The forum's own politics: modos, raids, bans, alt accounts ------------------------------
FORUM_HARD = """
Les modos ont supprimé le topic raciste en 2 minutes, bien joué
Ayaa encore un ban de 3 jours pour avoir dit golem
Les modos laissent passer des topics racistes et ban pour un smiley, logique
Le 18-25 est devenu un repaire de fachos, ça me rend triste
Arrêtez les raids sur les autres sites, c'est pour ça que le forum a une réputation pourrie
Raid annoncé sur le forum par un autre site, les modos sont sur le pont
Je me suis fait ban pour mon pseudo, ahi
J'ai un multi parce que mon main s'est fait ban à vie, pas fier
Le khey qui poste avec 12 multis pour se répondre à lui-même :rire:
Quel golem ce topic mdr
Célestin depuis 24 ans et fier, ça compte ?
Je suis en PLS devant ce topic
Up pour l'op qui cherche de l'aide pour son dossier CAF
Le modo a supprimé mon message alors qu'il était poli, on peut en parler ?
Les topics "les femmes sont…" tous les jours, vous êtes pas fatigués ?
Tout le forum rage parce que les modos ont enfin ban les racistes :rire:
Signalez le topic, y'a un mec qui balance l'adresse d'une streameuse
Alerte : quelqu'un a posté le numéro d'un khey, modos svp
Le topic "chance pour la France" a été supprimé, enfin
Les pseudos racistes sont enfin bannis à la création, les modos se réveillent
Le forum après minuit c'est 50 % de topics racistes, ça me dégoûte
Ne répondez pas aux trolls racistes, signalez et passez à autre chose
L'auteur est une meuf et elle s'est fait insulter en 3 messages, bravo le forum
Les kheys qui ont aidé l'op à retrouver son chat, le forum a encore du cœur
Le raid sur le forum de jardinage c'était puéril, faut arrêter
Je suis modo sur un autre forum et franchement je vous plains
Ban définitif pour le mec qui a doxx la streameuse, merci les modos
Le forum était mieux avant, surtout les topics de chasse aux fantômes
Un khey gay a raconté son coming out et le topic est resté bienveillant, ça fait plaisir
L'op rebeu qui se fait traiter de tous les noms alors qu'il demandait une recette, le forum est malade
"""

FORUM_NEUTRAL = """
Up
C'est quoi la charte du forum déjà ?
Comment on contacte un modo ?
Le forum rame ce soir
Quelqu'un sait quand le ban se termine ?
J'ai perdu mon mot de passe, je recrée un compte ou pas ?
Le smiley :ok: a disparu ou c'est moi ?
jsp pourquoi mon message a été supprimé mdr
tkt l'op, c'est juste un bug d'affichage
wsh le forum est lent de ouf
ptdr le titre du topic
Le sang ce topic est un chef-d'œuvre
:hap: :hap: :hap:
"""

FORUM_ATTACKS = """
L'op est un rebeu, pas besoin de lire la suite | identity_hate exclusion
Ce khey c'est un feuj, regardez son historique :hap: | identity_hate
Raid sur le discord des féministes ce soir 22h, lien en MP | exclusion identity_hate
L'op a donné son prénom et sa ville, on le retrouve en 5 minutes kheys | doxxing
Tout le monde signale le compte de l'op, faut qu'il dégage du forum | exclusion
Golem de l'op, va te pendre | insult self_harm_incitement
L'auteur est une meuf, retourne sur ton forum de maquillage | identity_hate exclusion
L'op c'est un pd, signalez-le tous | identity_hate exclusion
L'op s'appelle Théo Marchetti, il est en L2 à Nanterre, je vous laisse faire | doxxing
Créez vos multis et on inonde le topic de l'op jusqu'à ce qu'il supprime son compte | exclusion
L'op renoi qui demande une recette, commence par une recette de banane :rire: | identity_hate insult
Le khey gay qui raconte sa vie, personne veut savoir, casse-toi du forum | identity_hate exclusion
L'op c'est une meuf qui cherche de l'attention, qu'elle poste des photos ou qu'elle dégage | sexual_harassment exclusion
"""

# --- Everyday words that over-score: "ta mère", "mort", "tuer" ----------------------------------
WORDS_HARD = """
Ta mère elle bosse dans quoi, l'hôpital ? la mienne est aide-soignante
Ta mère cuisine trop bien, remercie-la encore pour le repas
Ta daronne est prof aussi ? la mienne enseigne en primaire
Le topic est mort, plus personne répond
Le forum est mort depuis la mise à jour
Il est mort de rire le khey :rire:
Je suis mort :rire:
Ma grand-mère est morte la semaine dernière, j'ai pas le cœur à poster
Cette chanson me tue à chaque fois
La mort de ce personnage dans la série, j'ai pas supporté
On va les tuer au quiz de jeudi soir, la team est chaude
Ta mère et la mienne se sont rencontrées à la réunion parents-profs :rire:
J'ai tué le game au partiel de droit pénal
Crève l'abcès avec ton coloc, parlez-vous franchement
"""

WORDS_ATTACKS = """
Ta mère la pute, va la rejoindre sur le trottoir | insult
Ta mère elle bosse dans quoi, sous un pont ? | insult
Je vais niquer ta mère et ta sœur | insult sexual_harassment threat
Ta grand-mère est morte ? bien fait, une vieille de moins | insult
Le topic est mort comme toi bientôt si tu continues | threat
T'es mort, je sais où tu traînes le soir | threat
"""


# --- Second pass of attacks, one block per topic, written against the harmless lines above ------
NEWS_ATTACKS2 = """
Le mec du balcon, un sans-papiers héros ? il était là pour cambrioler l'appart :hap: | identity_hate
La nana qui a filmé son agression voulait juste des vues, cette pute | insult
Le mec planté à Lyon, c'est les rebeus du coin, comme toujours | identity_hate
Les Roms brûlés dans leur camp, fallait pas s'installer là | identity_hate
Le pompier mort dans l'incendie, fallait pas être aussi con | insult
"""

POLITICS_ATTACKS2 = """
Leboucq nulle au débat, normal, une gonzesse ça comprend rien aux chiffres | identity_hate
Fontanes je t'attendrai à ton prochain meeting, tu rentreras pas chez toi | threat
Benhadda a grandi à Vaulx-en-Velin, c'est un dealer en costard | identity_hate insult
Tessard crève dans ton palais, sale pourriture | insult threat
Les électeurs de Morvanec c'est des beaufs consanguins sans dents | insult
Le député juif insulté ? qu'il retourne en Israël s'il est pas content | identity_hate exclusion
"""

IMMIGRATION_ATTACKS2 = """
Les Portugais c'est bon qu'à couler des dalles et faire des ménages | identity_hate
Ta grand-mère polonaise est venue piquer le pain des mineurs français | identity_hate
Les réfugiés syriens c'est tous des égorgeurs déguisés en victimes | identity_hate
Ton patron a embauché un Syrien ? vérifie sous son bureau avant de t'asseoir :hap: | identity_hate
Ta mère est arrivée du Cameroun sans rien, et elle a rien apporté non plus | identity_hate insult
"""

RELIGION_ATTACKS2 = """
Le halal c'est de la torture de barbares, comme leurs prières à quatre pattes | identity_hate
Les Témoins de Jéhovah faudrait leur lâcher les chiens | identity_hate threat
Aïd Moubarak ? égorge ton mouton et retourne au bled | identity_hate exclusion
Shana tova, maintenant rendez l'argent :hap: | identity_hate
Ta mère voilée elle a un numéro de série sous son sac ? | identity_hate insult
Les juifs déportés de ta gare, dommage qu'il en reste | identity_hate
"""

ORIGINS_ATTACKS2 = """
Les Chinois de Belleville c'est des distributeurs de cash, servez-vous | identity_hate threat
Les nems de sa mère vietnamienne, c'est du chien ou du chat ? :hap: | identity_hate
Mère kabyle et père breton ? un bâtard quoi | insult identity_hate
Mon voisin gitan va me voler ma guitare avant la fin de la semaine :hap: | identity_hate
Les Arméniens de Marseille, une mafia de plus à virer | identity_hate exclusion
Les recruteurs rappellent pas les Arabes parce qu'ils savent qu'ils vont voler, c'est tout | identity_hate
T'es noir et tu veux des conseils cheveux ? rase-toi, t'auras moins l'air d'un singe | identity_hate insult
"""

WOMEN_ATTACKS2 = """
Ta copine pliée en deux pendant ses règles ? qu'elle arrête de chouiner et fasse à manger | identity_hate
Les meufs dans les guildes c'est des boulets qui se font carry contre des nudes | identity_hate sexual_harassment
La meuf qui a rejoint la guilde, photo en petite tenue ou dégage | sexual_harassment exclusion
Les femmes faut les frapper pour qu'elles comprennent | identity_hate threat
Ma pote blonde en médecine ? elle a eu ses partiels en montrant ses seins | sexual_harassment insult
"""

LGBT_ATTACKS2 = """
Ton meilleur pote gay il t'a déjà mis un doigt ? :rire: | identity_hate sexual_harassment
Je suis croyant et les pédés brûleront en enfer, vivement | identity_hate
Mon frère a fait son coming out, je l'ai foutu dehors, pas de tapette chez moi | identity_hate exclusion
Le mec qui a épousé son mari en Bretagne, deux pédales de plus à éviter | identity_hate insult
"""

DISABILITY_ATTACKS2 = """
Les places handicapées ? les mecs en fauteuil ont qu'à rester chez eux | identity_hate exclusion
T'es dyslexique ? non t'es juste con | insult identity_hate
Le mec en fauteuil qui speedrun, il court plus vite en jeu qu'en vrai espèce d'infirme :rire: | insult identity_hate
"""

REGIONS_ATTACKS2 = """
Vitry c'est un zoo à ciel ouvert | identity_hate
T'es du 93 ? c'est pour ça que t'écris comme un singe | identity_hate insult
Les Bretons et leur patois de bouseux, qu'ils retournent garder les cochons | identity_hate insult
"""

POLICE_ATTACKS2 = """
Ton cousin gendarme c'est une merde en uniforme, j'espère qu'il se fait renverser | insult threat
Les flics faudrait les égorger un par un | threat
Le policier tué dans l'Oise, bien fait, à qui le tour | threat
"""

FOOTBALL_ATTACKS2 = """
Les supporters lyonnais on les attend à la gare avec des barres de fer | threat
Les ultras marseillais c'est des bicots qui crament des fumigènes | identity_hate
Le gardien c'est un gros tas de graisse qui plonge comme une baleine | insult body_shaming
Le coach est nul, qu'il se jette sous le bus de l'équipe | self_harm_incitement insult
"""

STREAM_ATTACKS2 = """
Zerkan 40k viewers et toujours cette gueule de raté | insult body_shaming
Nolwenn_Live parle breton parce qu'elle sait pas parler français, sale paysanne | insult
Gaspard je t'ai retrouvé, tu vis à Tours, rue Nationale au-dessus du tabac | doxxing threat
Zerkan en dépression mon cul, saute de ton balcon qu'on en parle plus | self_harm_incitement insult
Lyssandre 80 000 euros, elle va s'acheter des nouveaux nichons avec ? | sexual_harassment insult
On fait une campagne de faux signalements sur Kevoune jusqu'à ce que Twitch le ban | exclusion
Mistigri je vais t'écrire tous les jours jusqu'à ce que tu craques | threat
"""

WORK_ATTACKS2 = """
La prof m'a mis 4, je vais l'attendre à la sortie de l'amphi avec mes potes | threat
Le patron du kebab, encore un bougnoule qui fraude l'URSSAF | identity_hate
Ma patronne de 30 ans, une pétasse qui se prend pour une cheffe | insult
La directrice du labo, noire, recrutée pour la diversité, zéro compétence | identity_hate
Le prof qui porte la kippa, faudrait lui arracher dans la cour | identity_hate threat
"""

FORUM_ATTACKS2 = """
L'auteur c'est un célestin obèse qui vit chez sa mère, fais-nous plaisir et suicide-toi | insult body_shaming self_harm_incitement
L'op poste avec son multi, il s'appelle Kévin Ravanel et il bosse au Lidl de Quimper | doxxing
Les modos c'est des gauchistes pédés, on raid le forum jusqu'à leur démission | identity_hate exclusion
Voici l'IP et le quartier de l'op, régalez-vous | doxxing
L'op t'es qu'un déchet, personne te parle dans la vraie vie et c'est mérité | insult
Khey t'es tellement laid que ta mère a porté plainte à ta naissance | insult body_shaming
"""

WORDS_ATTACKS2 = """
Ta mère elle suce pour combien ? | insult sexual_harassment
Ta daronne est prof ? pauvres gosses, elle est aussi conne que toi | insult
Va crever dans ton coin, le monde ira mieux sans toi | insult self_harm_incitement
"""

TABLES = [
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS + NEWS_ATTACKS2),
    (POLITICS_HARD, POLITICS_NEUTRAL, POLITICS_ATTACKS + POLITICS_ATTACKS2),
    (IMMIGRATION_HARD, IMMIGRATION_NEUTRAL, IMMIGRATION_ATTACKS + IMMIGRATION_ATTACKS2),
    (RELIGION_HARD, RELIGION_NEUTRAL, RELIGION_ATTACKS + RELIGION_ATTACKS2),
    (ORIGINS_HARD, "", ORIGINS_ATTACKS + ORIGINS_ATTACKS2),
    (WOMEN_HARD, WOMEN_NEUTRAL, WOMEN_ATTACKS + WOMEN_ATTACKS2),
    (LGBT_HARD, LGBT_NEUTRAL, LGBT_ATTACKS + LGBT_ATTACKS2),
    (DISABILITY_HARD, DISABILITY_NEUTRAL, DISABILITY_ATTACKS + DISABILITY_ATTACKS2),
    (REGIONS_HARD, REGIONS_NEUTRAL, REGIONS_ATTACKS + REGIONS_ATTACKS2),
    (POLICE_HARD, "", POLICE_ATTACKS + POLICE_ATTACKS2),
    (FOOTBALL_HARD, FOOTBALL_NEUTRAL, FOOTBALL_ATTACKS + FOOTBALL_ATTACKS2),
    (STREAM_HARD, STREAM_NEUTRAL, STREAM_ATTACKS + STREAM_ATTACKS2),
    (WORK_HARD, "", WORK_ATTACKS + WORK_ATTACKS2),
    (FORUM_HARD, FORUM_NEUTRAL, FORUM_ATTACKS + FORUM_ATTACKS2),
    (WORDS_HARD, "", WORDS_ATTACKS + WORDS_ATTACKS2),
]


def main() -> None:
    tables.write_varied(tables.entries(TABLES), out=OUT, register=REGISTER, seed=SEED, share=VARIANT_SHARE)


if __name__ == "__main__":
    main()
