"""Generate fr_short_everyday.csv: ordinary short French forum posts that use everyday words the
detector over-weights, and a smaller set of real attacks using the same words.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". The words (ton, tes, ses,
ces, tous, faire, faut, petit, photo, groupe, story, retard, blague, mort, crevé, raid, ban,
vrille, ...) scored as toxic on their own because older templated files used them mostly in
attacks. Here they appear mostly in harmless posts, on both sides of the label, so that they stop
deciding. Every line is 5 to 25 words. No extra variants.
See fr_short_everyday.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_everyday.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives sound rough or touch a
# sensitive subject and attack nobody; neutral lines are ordinary posts.

# --- Social networks, photos, stories ------------------------------------------------------------
SOCIAL_HARD = """
J'ai posté une photo de mon chat sur insta et ma story a fait plus de vues que moi :rire:
Ma mere a découvert facebook à 60 ans, elle like toutes mes photos de 2014, je veux mourir :hap:
Les influenceurs qui font des story sponsorisées sur les vaccins, vous en pensez quoi sérieusement ?
Je vais bloquer mon ex sur insta, pas par haine, juste pour arrêter de regarder ses story
twitter c'est devenu une vrille totale, je me suis barré sur un autre reseau
Sincèrement les influenceurs dubai c'est pas mon délire mais chacun fait ce qu'il veut
Elle m'a bloqué partout après la rupture, je la comprends honnêtement, j'étais pas clean
Mon oncle boomer partage des fake news sur facebook, comment je lui explique sans le vexer ?
J'ai mis une story de mon lit défait à 15h, ma mere a commenté "debout" :rire:
Les boomers sur facebook qui écrivent tout en majuscules c'est attendrissant en vrai
Une influenceuse a parlé de son régime en story, j'ai trouvé ça dangereux pour les jeunes qui regardent
Ayaa le prof a trouvé mon insta, toutes mes photos de soirée y passent :hap:
Quelqu'un a vu la story de Kaelyx ? il a annoncé qu'il arrête, je suis mort de rire de sa vidéo d'adieu
Si tu veux pas que ta photo tourne, la poste pas sur un compte public, c'est la base khey
Je suis crevé, j'ai scrollé twitter jusqu'à 4h du mat pour rien
"""

SOCIAL_NEUTRAL = """
Vous postez vos photos de vacances sur insta ou vous gardez tout pour vous ?
Comment on met une musique sur une story insta sans que ça coupe au bout de 15 secondes ?
J'ai changé mon prénom sur facebook pour mettre un surnom, ça pose probleme ?
Le groupe facebook de mon quartier sert surtout à retrouver des chats perdus :noel:
Ma story de ce matin : un café, un croissant, un ciel gris, la vie quoi
Vous utilisez encore twitter ou vous etes tous passés ailleurs ?
Je fais une liste des meilleurs comptes insta de photo de rue, envoyez vos idées
J'ai retrouvé une photo de moi petit avec un bol de cheveux, les kheys c'était violent :rire:
Le nom d'utilisateur que je voulais était pris, j'ai mis un 7 à la fin comme tout le monde
Mon petit frere veut ouvrir un compte insta à 11 ans, vous en pensez quoi ?
Les infos sur twitter vont plus vite que la télé mais faut vérifier deux fois
Je poste une photo de mon plat chaque dimanche, personne like mais j'assume
Vous mettez votre vrai nom sur facebook vous ? moi jamais
Je viens de voir la story de ma cousine en Bretagne, il fait beau là-bas au moins
Comment on archive une story au lieu de la supprimer ?
Le groupe whatsapp de la famille c'est 200 messages par jour de photos de fleurs
"""

SOCIAL_ATTACKS = """
Ta photo de profil fait peur khey, supprime ton insta et va te cacher | insult
Vu ta story t'as pris 20 kilos, arrête de poster ton gros ventre partout | body_shaming
Je connais ton prénom, ton nom et ta rue, fais gaffe à ce que tu postes | threat doxxing
Ses photos insta c'est du filtre à 100%, en vrai elle est immonde la meuf | body_shaming insult
Cette influenceuse devrait se pendre au lieu de faire des story | self_harm_incitement insult
Postez tous ses photos de soirée sur le groupe, qu'elle soit grillée partout | doxxing
Envoie des photos de toi en maillot ou je balance tes story privées | sexual_harassment threat
Les boomers sur facebook faut tous les bloquer et les laisser crever seuls | insult
Ton insta c'est que des photos de ton cul, t'attends quoi, qu'on te paye ? | sexual_harassment insult
Je vais poster ta photo avec ton adresse dans la story, t'inquiète | doxxing threat
"""

# --- Games: raids, junglers, bans, tilt -------------------------------------------------------
GAMES_HARD = """
Le raid de ce soir c'est un massacre, on a wipe 14 fois sur le dernier boss :rire:
Mon jungler a fini 0/9 et il a dit gg wp, respect le mental en vrai
Je me suis fait ban 24h pour avoir spam des emotes, la justice est dure :hap:
J'ai lancé une game à 2h du mat, je suis mort de fatigue, j'ai fini en vrille totale
Le couteau dans ce jeu est cheaté, tu meurs en un coup de dos
Le boss du pont m'a tué 30 fois, je vais pleurer dans mon lit
Notre tank a ragequit au milieu du raid, on a fini à quatre et on a gagné quand même
Je suis crevé, trois raids d'affilée, mes yeux saignent khey
Le mec se fait ban pour triche et il fait une story pour pleurer, classique
Jungler c'est le role le plus ingrat, tout le monde te reproche tout
Les supporters de cette équipe esport sont en vrille depuis la défaite d'hier
Ce jeu de survie c'est mourir de faim, mourir de froid, mourir tout court :rire:
J'ai pris une balle perdue de mon propre coéquipier, tir ami activé les kheys
Je devrais arrêter de jouer en ranked, je finis toujours tilté à pleurer devant l'écran
Dans ce jeu ta main de cartes décide tout, ma main était morte dès le début
"""

GAMES_NEUTRAL = """
Quelqu'un pour le raid de jeudi soir ? il nous manque un heal
Le nouveau patch a nerf le jungler, fallait s'y attendre
Vous jouez quel role sur ce jeu ? moi support depuis trois saisons
Le groupe pour le raid se retrouve sur le vocal à 21h, soyez pas en retard
La prochaine saison commence mardi, faut finir le pass avant
Je cherche une guilde chill pour faire les raids le week-end
Mon record de speedrun est tombé hier, 47 minutes, je suis content
Le manager de l'équipe esport a annoncé deux nouveaux joueurs
J'ai acheté un fauteuil gamer, mon dos me dit merci
Comment on fait pour lancer une partie privée avec ses potes ?
Ce jeu indé a une histoire sur le deuil et la mort, j'ai été touché
Le mode photo du jeu est incroyable, j'ai passé deux heures à faire des screens
Liste des meilleurs jeux coop pour jouer en groupe, vos idées ?
Mon jungler favori c'est celui qui ping avant de venir gank
Faut combien de temps pour finir le jeu à 100% ? je suis à 60 heures
Le prochain raid sort en mars d'apres les infos des devs
Dans le jeu de plateforme il faut sauter du pont au bon moment, je galère
"""

GAMES_ATTACKS = """
Ton jungler c'est toi et t'es une merde, désinstalle et va crever | insult
Ce golem de tank devrait se faire ban à vie, handicapé mental va | insult
Je vais te retrouver après la game et te planter un couteau dans le bide | threat
Les filles dans les raids c'est juste pour se faire porter, retournez en cuisine | identity_hate exclusion
Kick le noir du groupe, on raid pas avec ces gens là | identity_hate exclusion
Si t'es aussi nul à vivre qu'à jouer, tu devrais te foutre en l'air | self_harm_incitement insult
Le streamer qui m'a ban, je connais sa rue, il va voir | threat doxxing
Pose ta main sur ton clavier et pas sur ta queue, sale puceau inutile | insult sexual_harassment
"""

# --- Football, supporters, managers ---------------------------------------------------------------
SPORT_HARD = """
Les supporters ont lancé des fumigènes toute la deuxième mi-temps, l'arbitre a arrêté le match dix minutes
Notre défense c'est une passoire, le manager devrait être viré demain matin
Le stade était en vrille après le but à la 93e, j'en ai pleuré de joie
Ce penalty c'est une erreur d'arbitrage énorme, la VAR dormait
Le gardien a pris la balle en pleine face, il est resté au sol cinq minutes
Mort de rire, notre attaquant a tiré dans le poteau à un mètre du but
Les supporters adverses ont chanté toute la soirée sous la pluie, respect sincèrement
Faut virer le manager, trois défaites de suite c'est pas un hasard
Ils ont perdu 5-0, les supporters sont partis à la mi-temps, ambiance de mort
Le club a mis un ban de stade à vie pour les mecs qui ont lancé des sièges
Je suis crevé, j'ai couru le semi-marathon avec des jambes en bois
Le milieu a le cerveau d'un meneur, il voit des passes que personne voit
"""

SPORT_NEUTRAL = """
Qui regarde le match de ce soir ? je cherche un bar pas trop blindé
Le manager a donné une conférence de presse assez honnête apres la défaite
La prochaine journée on joue à domicile, faut prendre les trois points
Mon petit club de quartier cherche des joueurs pour le dimanche matin
Les supporters du club ont organisé une collecte pour les Restos, c'est beau
J'ai perdu 6 kilos depuis que je cours trois fois par semaine, je suis fier
Vous faites quoi pour pas avoir mal aux jambes après la muscu ?
Le groupe de supporters fait un déplacement en bus pour le match à Lyon
Le nom du nouveau stade est nul mais le stade est magnifique
Je vais faire du vélo le long du canal, vous connaissez un bon parcours ?
Mon prof de sport m'a mis 18, première fois de ma vie :noel:
Les filles de l'équipe de hand sont qualifiées pour la finale, allez les bleues
Le basket en fauteuil c'est d'un niveau incroyable, j'ai regardé un match hier
"""

SPORT_ATTACKS = """
Ce manager c'est un clochard sans cerveau, qu'il aille se jeter d'un pont | insult self_harm_incitement
Les supporters d'en face on va les attendre à la sortie avec des barres, ramenez vos dents | threat
L'attaquant noir a raté, normal ces gens là ont pas de cerveau | identity_hate insult
Les filles qui commentent le foot elles devraient retourner à la vaisselle | identity_hate exclusion
Ton gardien chauve et gros, il bouche le but avec son bide | body_shaming insult
On sait où l'arbitre habite, rue des Lilas, on va lui rendre visite | threat doxxing
"""

# --- School, teachers, work ---------------------------------------------------------------------
WORK_HARD = """
Mon prof de maths m'a défoncé sur la copie, je suis mort, 4 sur 20
Mon manager m'a dit que je devrais sourire plus, j'ai failli pleurer de rage
Je suis arrivé en retard pour la troisième fois, je vais me faire virer sérieusement
Les profs sont en grève demain, mort de rire le lycée va être vide
Une erreur dans mon tableur et toute la paie du mois est fausse, je suis en vrille
J'ai fait une blague nulle en réunion, silence de mort, je veux disparaitre :hap:
Mon cerveau a lâché pendant l'oral, j'ai oublié mon propre prénom
Le manager a mis tout le monde face au mur en réunion, ambiance tendue
Je suis crevé, 10h de taf debout, mes jambes me lâchent
Notre groupe de TP c'est moi qui fais tout et les trois autres qui dorment
Il faudrait que les profs arrêtent de donner des devoirs pendant les vacances
"""

WORK_NEUTRAL = """
Vous révisez comment pour les partiels ? je fais des fiches mais je retiens rien
Mon prof d'histoire nous a fait une liste de films à voir, elle est cool
Je commence mon alternance lundi, des conseils pour le premier jour ?
Faut combien d'heures de stage pour valider la licence en général ?
Le groupe de projet se réunit jeudi à la bibli, qui a la salle ?
J'ai rendu mon mémoire avec deux jours de retard, la prof a accepté
Je cherche un job d'été dans le social, animateur ou aide à domicile
Le nom de mon école est écrit faux sur mon diplome, c'est grave ?
Mon manager est sympa, il nous laisse partir à 16h le vendredi
Les profs de prépa ils dorment quand ? ils corrigent à minuit
Vous mettez quoi comme loisirs sur un CV ? moi j'ai mis photo et vélo
La période des partiels c'est café, fiches et pas de vie sociale
Je dois faire une présentation face à 200 personnes, des conseils pour le stress ?
Il devrait y avoir des cours de finances perso au lycée, personne sait faire ses impots
Mon prochain entretien est mardi, je stresse déjà
"""

WORK_ATTACKS = """
Ta prof de maths c'est une grosse vache, elle mérite qu'on lui crève les pneus | insult threat
Ton manager devrait te virer, t'es un boulet inutile qui sert à rien | insult
Les profs femmes sont toutes hystériques, faudrait leur interdire d'enseigner | identity_hate exclusion
Notre stagiaire antillais il arrive toujours en retard, c'est dans leur sang | identity_hate
Je vais balancer ton nom et ton école dans le groupe, tout le monde saura | doxxing threat
Sale grosse, avec tes kilos tu passes même pas la porte de la salle | body_shaming insult
"""

# --- Everyday life: flats, streets, family --------------------------------------------------------
LIFE_HARD = """
Mon voisin a percé le mur à 7h du mat, j'ai cru que j'allais crever de rage
Je suis crevé, j'ai déménagé tout un appart au 5e sans ascenseur
Mon proprio veut louer à 900 balles un studio avec une fissure dans le mur, il est en vrille
La rue en bas de chez moi est en travaux depuis six mois, on va tous devenir fous
Ma grand-mere est morte la semaine dernière, je sais pas comment en parler à mon petit frere
Mon chat a tué une souris et l'a posée sur mon lit, cadeau empoisonné :rire:
J'ai failli tomber du pont en vélo, le trottoir est défoncé
J'ai coupé ma main avec le couteau à pain, trois points de suture, je suis un golem
Mes parents me mettent la pression pour partir de la maison, ils ont raison je crois
Ce plat est tellement épicé que j'ai pleuré comme un bébé
Quelqu'un m'a volé mon vélo dans la rue devant le tabac, je suis dégouté
Ma mere pleure devant chaque épisode de sa série, c'est mignon
"""

LIFE_NEUTRAL = """
Vous conseillez quel quartier pour louer un appart pas trop cher à Lyon ?
On cherche à louer une maison avec des potes pour l'été, des idées pas loin de la mer ?
Je repeins le mur de ma chambre en vert sauge, vous validez ?
Mon petit neveu vient de naitre, il s'appelle Elio, je suis tonton :noel:
C'est quoi le prénom le plus beau que vous connaissez ?
Vous faites comment pour pas être en retard le matin ? moi trois réveils
Faut que j'achète un nouveau lit, le mien grince à chaque mouvement
La prochaine fois je prends le train, la voiture sur l'autoroute c'est l'enfer
Je vais vivre à Nantes en septembre, des bons plans ?
J'habite dans une rue piétonne, le matin c'est calme, le soir c'est la fête
Ma main gauche est plus forte que la droite depuis que je joue de la guitare
Mes parents fêtent leurs 30 ans de mariage, je cherche une idée de cadeau
Vous mettez combien de temps pour aller au taf ? moi 45 minutes de métro
La période de Noël chez moi c'est trois repas de famille en deux jours
Je me suis mis à la cuisine, hier j'ai fait un gratin, fierté totale
Ils ont refait le pont du centre ville, il est vraiment joli maintenant
Le marché du dimanche dans ma rue c'est le meilleur moment de la semaine
J'ai mis une étagère au mur tout seul, elle tient, je suis un bricoleur
Ils ont ouvert une boulangerie en bas de chez moi, ses croissants sont fous
Ça fait combien de temps vous vivez seuls ? moi deux ans et j'adore
Une petite balade au bord de l'eau le soir, rien de mieux
Mes voisins ont fait une fête des voisins, tous les étages étaient là
Vous faites quoi de vos weekends quand il pleut ? moi série et lit
Il faudrait que je range ma chambre mais ma motivation est morte
"""

LIFE_ATTACKS = """
Je sais où tu vis, rue Pasteur au 3e, je vais venir frapper à ta porte | threat doxxing
Ton voisin a raison de te détester, t'es un déchet qui pue | insult
Les migrants dans ma rue faut tous les renvoyer, ils salissent tout | identity_hate exclusion
Ta mere devrait avoir honte d'avoir un fils aussi débile que toi | insult
Si tu mets encore ta musique je te fais passer par la fenêtre, compris ? | threat
"""

# --- Body, health, diets -----------------------------------------------------------------------
BODY_HARD = """
J'ai pris 10 kilos pendant le confinement, je me suis mis au sport et j'en ai perdu 6
Je deviens chauve à 23 ans, je vais tout raser et assumer comme un chef
Mon grand-pere est sourd d'une oreille, il met la télé à fond, on a tous appris la langue des signes
Le régime sans sucre c'est une vrille, j'ai tenu trois jours et j'ai craqué sur un kebab
Mon cousin est en fauteuil depuis son accident, il fait du tennis et il me défonce
Je suis mort de fatigue, les vaccins m'ont mis K.O. deux jours, mais ça passe
J'ai des jambes de poulet, même après six mois de muscu :rire:
Mon cerveau refuse de dormir avant 3h, quelqu'un connait une solution ?
Si vous pensez au suicide, appelez le 3114, c'est gratuit et quelqu'un répond jour et nuit
Un pote a fait une tentative de suicide, comment je l'aide sans être lourd ?
Je suis devenu chauve et ma copine dit que ça me va mieux, rien à faire des moqueries
Le médecin m'a dit de perdre quelques kilos, vous avez des recettes simples ?
Ma soeur est sourde de naissance, elle lit sur les lèvres mieux que moi
J'ai pleuré devant le film sur le cancer, je l'assume totalement
Quand t'es crevé à ce point, ton corps te dit de te reposer, écoutez le
"""

BODY_NEUTRAL = """
Vous faites un régime ou juste manger mieux ? je cherche des idées simples
Les vaccins de rappel c'est tous les dix ans ou je me trompe ?
J'ai rendez-vous chez le dentiste demain, je stresse comme un enfant
Vous dormez combien d'heures par nuit ? moi six et je sens que c'est pas assez
Je me suis mis à la course à pied, mes jambes me remercient pas encore
Un kiné m'a dit que mon fauteuil de bureau était la cause de mon mal de dos
Mon pote sourd m'apprend la langue des signes, c'est super intéressant
Faut boire combien d'eau par jour au juste ? on entend tout et son contraire
J'ai fait mes vaccins pour partir en Asie, le bras encore tout raide
Le sport le matin ça change la vie, je suis plus de bonne humeur
Ma main droite tremble un peu quand je suis stressé, c'est normal ?
J'ai coupé le sucre pendant une période et j'ai vu la différence sur le sommeil
"""

BODY_ATTACKS = """
Sale chauve tu ressembles à un oeuf pourri, cache toi | body_shaming insult
T'es tellement grosse, t'as pris combien de kilos ce mois, 30 ? | body_shaming
Le sourd du groupe on s'en fout de son avis, il entend rien de toute façon | insult exclusion  identity_hate
Les mecs en fauteuil ils servent à rien, ça coute juste de l'argent | identity_hate
Avec tes jambes de poteau, aucun mec te regardera jamais | body_shaming insult
Va te suicider, personne te pleurera, même pas ta famille | self_harm_incitement insult
Ta grosse face de porc me donne envie de vomir | body_shaming insult
Fais nous plaisir, fais un régime jusqu'à la mort | self_harm_incitement body_shaming
"""

# --- Religion, origins, LGBT, women ----------------------------------------------------------------
IDENTITY_HARD = """
Je suis athée et ma copine est pratiquante, on s'entend très bien, on parle juste pas de dieu au petit dej
Ma mere est antillaise, mon pere breton, le repas de Noël c'est colombo et far :rire:
La mosquée de mon quartier fait une distribution de repas pendant le ramadan, tout le monde vient
Mon meilleur pote est gay, il m'a présenté son copain hier, ils sont trop mignons
Les migrants qui arrivent à Calais dorment dehors en plein hiver, c'est indigne de notre pays
Les féministes de ma fac ont organisé une conférence sur le harcèlement de rue, c'était intéressant
Je suis pratiquante et je fais le ramadan en période d'examens, c'est dur mais ça passe
Les noirs sont sous-représentés dans les films français, c'est pas moi qui le dis, c'est une étude
Le mois des fiertés LGBT commence, la mairie a mis des drapeaux partout, je trouve ça cool
Dieu ou pas dieu, l'important c'est d'être quelqu'un de bien, non ?
Les gays ont pu se marier en 2013, ma tante a épousé sa femme l'année d'après
Ma copine est féministe et elle m'a fait découvrir plein de bouquins
Les antillais de ma fac ont organisé une soirée zouk, la meilleure soirée de l'année
Je suis athée mais j'aime visiter les églises pour l'architecture
Les meufs de mon groupe de TD sont bien plus sérieuses que nous, respect
Ma femme est pratiquante et moi pas, nos enfants choisiront plus tard
On dit toujours que les migrants volent le travail, les chiffres montrent plutôt l'inverse
Le racisme contre les noirs dans le foot, ça existe encore en 2026, c'est triste
Je suis gay et ma famille l'a bien pris, ça arrive aussi les kheys
Les filles qui jouent aux jeux vidéo se prennent des insultes en vocal, c'est la honte pour nous
Un pote m'a fait une blague raciste, je lui ai dit d'arrêter, ambiance gênante
La mosquée et l'église de mon village ont fait une fête commune, c'était beau
"""

IDENTITY_NEUTRAL = """
C'est quoi la différence entre une église et une cathédrale ? sérieusement je sais pas
Je vais visiter la grande mosquée de Paris ce weekend, le salon de thé est top
Ma copine est antillaise, elle m'a appris à faire des accras, je suis fan
Vous fêtez quoi en décembre ? chez moi c'est Noël et Hanoucca
Mes grands-parents ont prié dieu toute leur vie, moi je crois plus en rien
Qui va à la marche des fiertés samedi ? on se retrouve avec un groupe d'amis
Les filles de ma promo ont lancé une asso d'entraide, je me suis inscrit
La femme de mon oncle fait le meilleur tiep du monde
Ils ont nommé une rue de ma ville avec le nom d'une résistante, bonne idée
Un docu sur l'histoire des antillais à Paris dans les années 60, très bien fait
Les associations LGBT de ma ville cherchent des bénévoles pour l'accueil
Vous connaissez des bons livres sur l'histoire des migrants en France ?
"""

IDENTITY_ATTACKS = """
Les noirs c'est tous des singes, rentrez chez vous | identity_hate exclusion
Les gays devraient être soignés, c'est une maladie | identity_hate
La mosquée de ta ville faudrait la bruler avec tous ceux dedans | identity_hate threat
Les migrants faut les laisser se noyer, ça fera de la place | identity_hate threat
Les féministes c'est toutes des grosses moches frustrées | identity_hate body_shaming
Sale pratiquante, retire ton voile ou casse toi du pays | identity_hate exclusion
Les antillais ils savent que danser et voler, pas étonnant | identity_hate
Les lgbt ils veulent pervertir vos gosses, faut les virer des écoles | identity_hate exclusion
Les meufs ça sert qu'à faire des gosses et le ménage | identity_hate
Ton dieu c'est un pédophile et toi t'es une merde de croyant | identity_hate insult
Une femme au volant c'est un danger public, faut leur retirer le permis à toutes | identity_hate exclusion
Les athées c'est des animaux sans morale, ils méritent rien | identity_hate
Les gays qui se tiennent la main dans la rue, on va les attendre au coin | identity_hate threat
Les filles en short elles cherchent ce qui leur arrive | identity_hate sexual_harassment
"""

# --- News, streets, police ------------------------------------------------------------------------
NEWS_HARD = """
Un homme a été arrêté avec un couteau devant la gare, personne blessé heureusement
Un jeune est tombé du pont hier soir, les pompiers l'ont sauvé, il va bien
Les infos disent qu'une balle perdue a touché une voiture, le quartier est choqué
La police a arrêté le suspect trois jours après, il avait laissé ses empreintes partout
Un street artist a peint une fresque sur le mur de la mairie, le maire a porté plainte
Une manif en masse contre la réforme, la rue était noire de monde
Les infos en continu c'est anxiogène, je regarde plus que le journal du soir
Le procès du meurtre de la rue des Tanneurs commence lundi, la famille attend des réponses
Un supporter est mort après une bagarre devant le stade, c'est horrible
Le mec qui a lancé la pierre sur le bus a été arrêté ce matin
Les migrants évacués du campement seront relogés d'après la préfecture
Un prof a été agressé à la sortie du lycée, les collègues font grève demain
Ils ont trouvé un couteau dans le sac d'un élève, le collège a convoqué les parents
Le pont s'est effondré à cause de la crue, heureusement personne passait dessus
"""

NEWS_NEUTRAL = """
Les infos de ce matin parlent d'une grève des trains jeudi, vous allez faire comment ?
Le prix du loyer a encore augmenté dans ma ville, on va tous finir en colocation
La mairie veut refaire la rue principale, ils attendent l'avis des habitants
Le nouveau pont sur la Loire sera ouvert en septembre d'après le journal
Il faut attendre combien de temps pour une carte d'identité en ce moment ?
Le service social de ma fac aide pour les bourses, allez-y c'est utile
Le festival de street art revient cette année, les murs du quartier seront repeints
La liste des candidats aux municipales est sortie, je connais personne
Il devrait y avoir plus de pistes cyclables, la rue c'est la jungle en vélo
Les logements sociaux de mon quartier ont été rénovés, c'est plus joli
Vous suivez les infos sur la réforme des bourses ? j'y comprends rien
Ils ont lancé un nouveau bus de nuit le vendredi, merci enfin
La prochaine élection c'est dans deux ans, vous comptez voter ?
"""

NEWS_ATTACKS = """
Le mec arrêté avec le couteau c'est encore un de ces migrants, faut tous les dégager | identity_hate exclusion
Ce journaliste devrait prendre une balle, il ment à chaque phrase | threat
Les profs grévistes on devrait les aligner contre un mur | threat
Je connais le nom et le prénom du témoin, je le poste si vous voulez | doxxing
"""

# --- Jokes, humour, forum banter ----------------------------------------------------------------
BANTER_HARD = """
L'op a posté la même blague que l'an dernier, le recyclage khey :rire:
Cette blague sur les boomers m'a tué, je suis mort de rire dans le bus
Je me suis fait ban du topic pour une blague nulle, les modos sont sévères ce soir
Ayaa ce topic part en vrille, on parlait de pâtes et maintenant c'est géopolitique
Mon humour est mort en 2015, je fais encore des blagues de vine
Je vais me faire ban si je dis ce que je pense du dernier film Marvel :hap:
Ce golem a mis son prénom en pseudo, je suis mort :rire:
Les boomers de ma famille adorent les blagues de Toto, j'ai abandonné
Sérieusement l'op, tu postes ça à 4h du mat, va dormir
Ta blague m'a fait pleurer de rire, je la ressors au repas de famille
Le forum c'est un asile à cette heure, tout le monde part en vrille
"""

BANTER_NEUTRAL = """
Vous avez une blague à me raconter ? journée pourrie, j'ai besoin de rire
L'op a raison, le dernier épisode était le meilleur de la saison
Je crée un topic pour faire une liste des meilleurs films des années 2000
C'est qui le modo de ce forum ? il fait du bon taf
Ma blague préférée c'est celle du pingouin qui va chez le médecin
Vous connaissez un bon sandwich à faire en cinq minutes ? :ok:
Rappel les kheys, la règle du topic c'est de mettre une source
Je fais partie de ce forum depuis 2019, ça a bien changé
Quel est le nom de ce film avec le chat qui parle ? ça m'obsède
Je mets ma main à couper que le prochain patch sort vendredi
"""

BANTER_ATTACKS = """
L'op est un golem consanguin, il devrait se faire ban et crever | insult
Ta blague est nulle comme toi, t'es un raté de la vie | insult
Ce khey est tellement débile qu'il devrait se jeter sous un train | insult self_harm_incitement
Je vais balancer ta vraie identité sur le topic, on sait tous qui tu es | doxxing threat
"""

# --- Dating, friends, relationships ---------------------------------------------------------------
DATING_HARD = """
Elle m'a laissé en vu trois jours puis elle m'a dit qu'elle était morte de fatigue, je la crois
Mon ex a posté une photo avec son nouveau mec, j'ai pleuré dix minutes puis j'ai mangé des pâtes
Les meufs de mon groupe d'amis m'ont dit que mon profil Tinder était une catastrophe :rire:
Je suis crevé, date hier jusqu'à 3h, on a parlé de tout et de rien, c'était génial
Ma copine m'a largué par message, je suis mort intérieurement mais ça va aller
Je l'ai bloquée partout après qu'elle m'ait trompé, c'était nécessaire pour ma santé mentale
Ses parents me détestent parce que je suis athée, elle dit que ça passera
Je suis tombé amoureux d'une fille rencontrée à un raid en ligne, elle habite à Toulouse
Sérieusement les kheys, faut arrêter de harceler les meufs en DM, ça marche jamais et c'est gênant
Ma meuf m'a offert un couteau suisse pour mon anniversaire, elle me connait trop bien
"""

DATING_NEUTRAL = """
Premier date ce soir, vous conseillez un resto ou un verre en terrasse ?
Ma copine veut qu'on parte vivre ensemble, je suis content mais j'ai un peu peur
On fête nos deux ans vendredi, je cherche une idée pas trop cliché
Vous rencontrez des gens comment après la fac ? tous mes potes sont partis
Le prénom de ma copine est tellement rare que personne arrive à l'écrire
Ma meilleure amie se marie en juin, je suis témoin, je dois faire un discours
J'ai invité une fille à un concert, elle a dit oui, je vole les kheys :noel:
Ils se sont rencontrés dans un groupe de randonnée, maintenant ils sont mariés
Vous pensez qu'on peut rester amis avec son ex ? honnêtement
Mon coloc et sa copine vont partir en voyage, j'ai l'appart pour moi seul
Elle m'a dit qu'elle voulait attendre avant de présenter ses parents, c'est normal ?
"""

DATING_ATTACKS = """
Envoie des nudes ou je montre tes messages à toute la fac | sexual_harassment threat
T'es bonne qu'à écarter les jambes, sale pute | sexual_harassment insult
Ta meuf je l'ai déjà eue dans mon lit, elle est facile comme toutes les autres | sexual_harassment insult
Les filles comme toi on les viole dans les ruelles, fais gaffe ce soir | sexual_harassment threat
Personne t'aime, ton ex avait raison de partir, fais nous une faveur et disparais | insult self_harm_incitement
J'ai ses photos nues, je les mets sur le groupe si elle me répond pas | sexual_harassment doxxing threat
Ton cul sur la photo, je veux le voir en vrai, réponds vite | sexual_harassment
Son adresse c'est le 12 rue Voltaire, allez lui dire ce qu'on pense d'elle | doxxing threat
"""

# --- Music, films, series, free time ------------------------------------------------------------
CULTURE_HARD = """
La fin de la série m'a tué, le héros meurt et je suis resté devant l'écran à pleurer
Le concert était une dinguerie, la foule en masse, j'ai perdu ma voix et un pote
Le rappeur a lancé son album à minuit, la prod est une tuerie
Dans ce film d'horreur le tueur au couteau est ridicule, j'ai ri tout le long
Le groupe de rock de mon lycée a fait une reprise massacrée, mais avec le coeur :rire:
Cette chanson sur le suicide de son frère m'a mis une claque, très belle et très triste
Le film sur la guerre d'Algérie m'a laissé sans voix, allez le voir
Ce film est une vrille de trois heures, j'ai rien compris mais j'ai adoré
Le boss final du manga est mort au chapitre 200, je suis en deuil :hap:
"""

CULTURE_NEUTRAL = """
Vous écoutez quoi en ce moment ? moi beaucoup de jazz, ça me calme
Le prochain concert de mon groupe préféré est complet en dix minutes, dégouté
Conseillez moi une série courte pour ce soir, genre six épisodes
J'ai fait une liste de 50 albums à écouter avant mes 30 ans
Le nom du groupe est nul mais leur dernier album est magnifique
Je me suis mis à la photo argentique, les pellicules coutent une fortune
Vous lisez quoi ? je viens de finir un roman sur la vie d'un pêcheur breton
Faut voir ce film au cinéma, sur un écran de téléphone c'est pas pareil
Le festival cet été a une programmation de fou, qui vient ?
Mon petit cousin apprend la batterie, les voisins sont ravis :rire:
J'ai regardé toute la saison en un week-end, j'ai plus de vie sociale
La bande son de ce jeu est la plus belle que j'ai entendue
Le prochain tome sort en avril, je vais attendre devant la librairie
"""

CULTURE_ATTACKS = """
Ton groupe de musique c'est de la merde, comme ta face de rat | insult
Ce rappeur devrait se faire buter, qu'il finisse dans une tombe | threat
Les gays dans les séries c'est de la propagande, faut les censurer | identity_hate exclusion
Cette actrice a des jambes de vieille et un cerveau de poule | body_shaming insult
"""

# --- Tech, phones, money ------------------------------------------------------------------------
TECH_HARD = """
Mon téléphone est tombé dans les toilettes, il est mort, RIP trois ans de photos
Mon PC bloque au démarrage depuis la mise à jour, je suis en vrille
Ma banque a bloqué ma carte à l'étranger, j'ai dû pleurer au téléphone pour la débloquer
L'appli bloque à chaque fois que je veux poster une photo, quelqu'un a la solution ?
Erreur 404 sur le site des impots le dernier jour, ils le font exprès ou quoi
Je suis crevé, j'ai passé la nuit à réinstaller Windows, mon cerveau fume
Mon compte twitter a été ban par erreur, j'ai fait appel, toujours aucune réponse
Mon écran est fissuré en plein milieu, on dirait une balle l'a traversé
"""

TECH_NEUTRAL = """
Vous conseillez quel téléphone à moins de 300 balles pour faire des photos ?
Comment on récupère des photos supprimées sur un iPhone ? j'ai fait une erreur
Mon forfait mobile a pris 5 euros sans prévenir, je change d'opérateur
Faut que je sauvegarde mes fichiers avant de formater, vous utilisez quoi ?
Je veux me lancer dans le montage vidéo, quel logiciel gratuit ?
Ils ont sorti une mise à jour qui règle le bug de la batterie, enfin
Je cherche un bon casque sans fil, mon ancien a rendu l'âme
Ça vaut le coup de faire un livret A à 20 ans ? j'y connais rien
La liste de courses partagée sur téléphone ça a sauvé mon couple :rire:
Aucun de mes potes sait réparer un ordi, je vais devoir apprendre seul
Ils devraient faire des chargeurs universels pour tout, c'est tellement pénible
"""

TECH_ATTACKS = """
Je vais hacker ton insta et poster toutes tes photos privées, tu verras | doxxing threat
Ce technicien est un incapable, un sous-homme qui mérite rien | insult
Ton nom, ton adresse, ton numéro de sécu, j'ai tout trouvé en deux minutes, flippe | doxxing threat
"""

# --- Society, politics, boomers, vaccines ------------------------------------------------------
SOCIETY_HARD = """
Les boomers ont acheté leur maison pour trois fois rien, nous on va louer toute notre vie
Les vaccins ont sauvé des millions de vies, je comprends pas les débats sur facebook
Mon oncle antivax m'a sorti que les vaccins mettent des puces, j'ai pas su quoi répondre :hap:
Sérieusement les boomers c'est pas tous des réacs, mon grand-père vote écolo
Les influenceurs qui parlent de politique sans rien savoir, ça m'énerve sincèrement
Le système social français est pas parfait mais je préfère ça au modèle américain
Les féministes ont fait avancer les droits des femmes, même si on est pas d'accord sur tout
Le débat sur les migrants à la télé hier c'était une vrille, personne s'écoutait
Les réseaux sociaux rendent fou, je me suis déconnecté une semaine et j'allais mieux
Les boomers sur facebook partagent des infos fausses, mais nous sur tiktok on fait pareil
Le taux de suicide chez les jeunes agriculteurs est énorme, personne en parle
"""

SOCIETY_NEUTRAL = """
Vous votez pour qui aux élections étudiantes ? j'ai lu les programmes, c'est flou
La réforme des retraites c'est pour quand déjà ? je me perds dans les infos
Mon grand-père m'a raconté sa vie d'ouvrier dans les années 60, c'était dur
Le service civique c'est une bonne idée pour une année de pause ?
Les vaccins contre la grippe c'est gratuit pour les étudiants ?
Je fais du bénévolat dans une asso d'aide sociale le samedi, je recommande
Il faudrait plus de logements étudiants, les loyers sont délirants
Le débat de ce soir est à 21h, qui regarde ?
"""

SOCIETY_ATTACKS = """
Les boomers faut les laisser crever dans leurs ehpad, ils ont tout pris | insult threat
Les antivax devraient tous mourir de leur connerie, bon débarras | threat insult
Ces influenceurs de merde faudrait tous les enfermer et jeter la clé | insult
Les noirs et les arabes c'est eux qui ruinent le système social | identity_hate
Les féministes faudrait les violer pour qu'elles comprennent la vie | identity_hate sexual_harassment threat
"""

# --- Advice threads: "ton", "tes", "ces", "faut", "devrait" in help and kind replies ---------------
ADVICE_HARD = """
Khey ton message m'a touché, parle à quelqu'un, t'es pas seul, le 3114 répond la nuit
Si ton pote parle de suicide, prends le au sérieux et reste avec lui
Ton ex te bloque partout ? laisse tomber, c'est sa façon de tourner la page
Tes parents crient parce qu'ils ont peur pour toi, pas parce qu'ils te détestent
Franchement l'op, ton manager a pas le droit de te hurler dessus, va voir les RH
Ces pensées noires ça passe, j'ai connu, va voir un psy de la fac c'est gratuit
Tu devrais porter plainte, ce qu'il t'a fait dans la rue c'est du harcèlement
Ton corps change, prendre des kilos à 20 ans c'est normal, arrête de te peser tous les jours
Si tu te sens mort à l'intérieur depuis des semaines, c'est peut-être une dépression, consulte
Ta soeur est athée et tes parents pratiquants ? laisse les parler, ça finit toujours par se calmer
Ton cousin gay a besoin que quelqu'un de la famille le soutienne, sois cette personne
Pleurer c'est pas être faible, ça m'a fait du bien après l'enterrement
Elle est morte de peur avant son opération, envoyez des ondes positives les kheys
Toutes mes condoléances l'op, perdre sa mère à notre âge c'est terrible
"""

ADVICE_NEUTRAL = """
Ton CV est bien mais mets tes expériences récentes en premier
Tes photos sont super, tu devrais les poster sur un compte dédié
Ton vélo est trop petit pour toi, prends une taille au-dessus
Tes plantes meurent ? arrose moins, c'est souvent l'erreur de base
Ton texte est clair, juste une faute à la deuxième ligne
Tu devrais essayer le bouldering, c'est fun et pas cher
Ces chaussures sont confortables pour marcher toute la journée ?
Ton chat a quel âge ? le mien a douze ans et il dort toute la journée
Mets ton réveil loin du lit, tu seras obligé de te lever
Ces deux bouquins sont top, commence par le plus court
Tes notes du semestre sont bonnes, arrête de stresser khey
Ton appart a l'air chouette sur la photo, c'est combien le loyer ?
Faut que tu demandes une aide au logement, beaucoup d'étudiants oublient
Il faudrait que tu mettes une alarme pour tes médicaments
Mettez vos idées de cadeaux pour un petit budget, je suis à sec
Tes conseils m'ont aidé pour l'entretien, j'ai eu le poste merci
Ton prénom est super beau, il vient d'où ?
Ils devraient rembourser les lunettes à 100%, c'est un scandale
Il devrait faire beau ce weekend, qui est chaud pour un pique-nique ?
Ces gâteaux sont faits maison ? la recette s'il te plait
Toutes les places du concert sont parties en deux minutes, le scandale
Faut que je fasse mes papiers de la CAF, je repousse depuis un mois
Ton idée de randonnée est top, on part à quelle heure ?
Sincèrement merci pour vos réponses les kheys, ça m'a bien aidé
Les profs devraient tous avoir une formation sur le harcèlement, ça aiderait les élèves
"""

ADVICE_ATTACKS = """
Ton message c'est de la merde comme toi, va te pendre | insult self_harm_incitement
Tes parents ont honte de toi, t'es le raté de la famille | insult
Ces pleurnichards qui parlent de dépression, qu'ils se tuent et qu'on en parle plus | self_harm_incitement insult
Tu devrais vraiment te suicider, tu rendrais service à tout le monde | self_harm_incitement
Ton corps est dégueulasse, avec tes kilos en trop personne te touchera | body_shaming
Tes photos de toi en robe, je les garde pour moi, petite salope | sexual_harassment insult
"""

# --- Food, cooking, animals --------------------------------------------------------------------
FOOD_HARD = """
J'ai raté mon gâteau, il est tombé par terre, ma mère est morte de rire
Mon chien a mangé un couteau en plastique, le véto a dit que ça passera
Ce burger était tellement gras que je suis mort pendant deux heures :rire:
Le piment de mon oncle antillais m'a fait pleurer pendant tout le repas
Mon régime c'est lundi, comme chaque lundi depuis trois ans :hap:
Ma tortue est morte à 25 ans, elle était plus vieille que moi, je suis triste
Je suis crevé, j'ai cuisiné pour douze personnes pour l'anniv de ma soeur
"""

FOOD_NEUTRAL = """
Vous mettez de la crème dans la carbonara ? débat éternel
Mon petit déjeuner c'est café et tartines depuis dix ans
Quelqu'un a une recette de curry facile pour étudiant ?
Ils ont ouvert un resto libanais dans ma rue, le houmous est incroyable
Mon chat veut dormir sur mon clavier chaque fois que je bosse
Je vais adopter un petit chien, des conseils pour les premiers jours ?
La liste des courses de la semaine : pâtes, riz, oeufs, et c'est tout :rire:
Faut combien de temps pour cuire un oeuf mollet ? je rate toujours
Ma grand-mère veut m'apprendre ses recettes avant qu'il soit trop tard
Le prochain repas chez mes parents c'est raclette, j'attends que ça
"""

FOOD_ATTACKS = """
Ta bouffe ressemble à ta gueule, immonde et grasse | insult body_shaming
Les arabes et leur bouffe qui pue, qu'ils rentrent avec leurs épices | identity_hate exclusion
"""

# --- Attacks on one poster, with the everyday words ---------------------------------------------
PERSON_HARD = """
Mdr l'op t'es un golem mais je t'aime bien, ton topic m'a fait rire
Tu veux vraiment faire ça ? c'est risqué mais c'est ton choix, bonne chance
Je bloque personne sur le forum, même ceux qui me saoulent, je scroll juste
Ce type m'a insulté en vocal, je l'ai signalé et il s'est pris un ban, justice
On se moque de mon prénom depuis la maternelle, maintenant ça me fait rire
Arrête de traiter les gens de gros sur le topic, c'est pas drôle, c'est nul
Il m'a traité de chauve en public, j'ai ri avec lui, faut savoir rire de soi
Quand on insulte la femme de quelqu'un dans un topic, faut pas s'étonner du ban
Ils ont signalé son message pour harcèlement, le modo a bien fait de le supprimer
Je suis sourd et les gens qui crient en articulant trop ça me fait rire
"""

PERSON_NEUTRAL = """
L'op tu peux mettre le nom du jeu dans le titre stp ?
Tu veux faire quoi plus tard ? moi je sais toujours pas à 24 ans
Bienvenue sur le forum, lis les règles et amuse toi
Ton pseudo me dit quelque chose, t'étais sur le topic musique l'an dernier ?
Ces deux topics parlent de la même chose, un modo peut les fusionner ?
Tous les kheys du topic foot sont invités au bar dimanche
"""

PERSON_ATTACKS = """
Ton prénom est aussi moche que ta gueule, t'aurais dû crever à la naissance | insult
Tes parents auraient dû t'avorter, personne veut de toi ici | insult exclusion
T'es qu'un petit con sans couilles, viens me le dire en face | insult threat
Ces cassos du topic je les attends à la sortie du lycée, vous allez pleurer | threat
Ferme ta gueule sale chauve, t'as même pas de cerveau sous ton crâne | insult body_shaming
Si je te croise dans la rue je te plante, t'es prévenu | threat
Je vais faire tourner ta photo partout avec ton nom de famille | doxxing threat
Ton petit frère est aussi débile que toi, c'est génétique chez vous | insult
On veut pas de toi dans le groupe, t'es une tache, dégage | insult exclusion
Tu finis ta vie seul et moche, et franchement tu mérites que ça | insult
Va mourir, sérieusement, personne va pleurer ta mort | self_harm_incitement insult
Ta femme est moche et ton gosse est un attardé | insult
Je mets ton nom et ta photo sur la liste des balances du quartier | doxxing threat
Mettez son prénom sur le topic, qu'elle comprenne ce qu'on pense d'elle | doxxing
Toi t'es le genre de boomer qui mérite une balle dans la tête | threat insult
T'as la tête d'un violeur, t'as ton casier sur ta face | insult
Ce petit pédé de l'op devrait fermer sa gueule | identity_hate insult
Aucun respect pour toi, t'es une sous-merde, même ta mère te renie | insult
Ton cerveau a la taille d'un petit pois, retourne à l'école maternelle | insult
Attends que je te retrouve, tu vas finir dans une tombe | threat
Tu pues la mort et la misère, va te laver sale clodo | insult
Ta story d'hier, t'as l'air d'une pute avec cette jupe | sexual_harassment insult
On connait ton lycée et ton arrêt de bus, fais gaffe à toi le petit | doxxing threat
Ce golem à lunettes je vais lui éclater la face au prochain raid IRL | threat insult
Sincèrement t'es la personne la plus débile du forum, retourne sous ton pont | insult
Elle est morte ta mère ? vu comment t'as été élevé on dirait | insult
Ton père il devrait te foutre dehors, parasite | insult exclusion
T'as la trace de ta main sur ta queue toute la journée, pervers | insult sexual_harassment
Les gens comme toi on devrait les enfermer à vie | insult exclusion
"""

# --- Neighbourhood, city life, street culture ---------------------------------------------------
CITY_HARD = """
Le street food du quai c'est en masse de monde le samedi, j'ai attendu 40 minutes pour un taco
Le bus est en retard de vingt minutes tous les matins, je vais finir par partir à pied
Ma rue est bloquée par une manif, les flics ont fermé le pont, je suis coincé
Un mec s'est effondré dans le métro, tout le monde a aidé, les pompiers sont arrivés vite
Les gays de mon quartier ont monté un bar associatif, c'est devenu le meilleur spot du coin
Un chauffard a percuté le mur de la boulangerie, personne blessé, la vitrine est morte
Le skatepark sous le pont c'est street à fond, on a failli se tuer cinq fois hier :rire:
Je suis crevé, j'ai marché toute la nuit parce que le dernier métro était parti
Mon quartier a mauvaise réputation mais les gens sont adorables, faut venir pour voir
"""

CITY_NEUTRAL = """
Vous connaissez un bon spot de street food à Marseille ?
Le marché de Noël ouvre la semaine prochaine, qui est chaud ?
Ils vont louer des vélos électriques en libre service dans ma ville, enfin
Les travaux du tram seront finis en juin, d'après la mairie
La prochaine fête de quartier c'est le 21 juin, on cherche des bénévoles
Vous faites quoi pour la fête de la musique ? concert dans la rue ou soirée chez un pote ?
Le musée est gratuit le premier dimanche du mois, profitez en
Il faut attendre le printemps pour que les terrasses ouvrent, j'ai hâte
Je cherche à louer un garage pour stocker mon scooter, des idées ?
Les nouveaux logements sociaux du quartier seront livrés l'an prochain
Mon petit boulot du samedi c'est vendeur au marché, j'adore l'ambiance
Vous avez vu le mur peint près de la gare ? le street art est magnifique
La bibliothèque du quartier est ouverte le dimanche maintenant, grosse nouvelle
Tous les cinémas de la ville font une place à 5 euros le mardi
"""

CITY_ATTACKS = """
Les migrants du campement sous le pont, faudrait tout bruler avec eux dedans | identity_hate threat
Les noirs du quartier ils font que dealer, faut les virer en masse | identity_hate exclusion
Les gays du bar associatif, on va leur rendre visite avec des battes | identity_hate threat
"""

# --- Sleep, stress, tiredness, feelings --------------------------------------------------------
MOOD_HARD = """
Je suis crevé à un point, mon cerveau fonctionne plus, je vais dormir 14 heures
Je suis mort de rire, mon père a confondu le micro-ondes et le four
Cette période d'exams me rend fou, je pleure sous la douche tous les soirs, c'est normal ?
J'ai envie de tout plaquer et partir vivre dans une cabane en Norvège
Ma vie part en vrille depuis la rupture, mais je remonte doucement
Journée de merde, j'ai renversé mon café, raté mon bus, perdu mes clés, je suis mort
Quand mon chien est mort j'ai pleuré pendant une semaine, les kheys c'est pas que des animaux
J'ai fait une crise d'angoisse en plein partiel, je suis sorti, la prof a été adorable
Mon pote a perdu sa mère, il dit qu'il est mort à l'intérieur, je fais quoi ?
Elle est morte de fatigue après son service de nuit à l'hôpital, respect aux soignants
Je vais crever de chaud dans cet appart, 34 degrés sous les toits
Je me sens comme un boomer quand j'entends la musique des ados :hap:
"""

MOOD_NEUTRAL = """
Vous faites quoi quand vous arrivez pas à dormir ? moi podcast
Cette période de l'année me met de bonne humeur, les jours rallongent
Il faut que je prenne des vacances, je tiens plus debout
Mon objectif de l'année : lire un livre par mois, j'en suis à trois
Ça fait du bien de parler sur ce forum, merci les kheys
Je viens de finir ma dernière épreuve, je suis libre, vive l'été
Vous méditez ? j'ai essayé dix minutes par jour et ça aide un peu
Le dimanche soir c'est la période où j'angoisse pour la semaine
Ils ont ouvert une permanence psy gratuite à la fac, le mardi et le jeudi
"""

MOOD_ATTACKS = """
Arrête de pleurer sur le forum, personne en a rien à foutre de ta vie de raté | insult
Tu parles de suicide pour attirer l'attention, fais le au lieu d'en parler | self_harm_incitement
Ta période de déprime on s'en fout, t'avais qu'à pas naître aussi con | insult
"""

# --- Groups talked about without contempt, and "they are all..." attacks ------------------------
GROUPS_HARD = """
Ils disent que les boomers comprennent rien à internet, ma mère code en Python
Les influenceurs ont lancé une cagnotte pour l'hôpital, pour une fois c'est utile
Les filles de mon école d'ingé sont 30%, ça progresse doucement
Les femmes gagnent encore moins que les hommes à poste égal, c'est documenté
Les meufs du club de boxe m'ont mis une raclée à l'entrainement, respect
Aucun de mes potes noirs se fait contrôler moins de trois fois par mois, c'est pas normal
La mosquée a ouvert ses portes pour les journées du patrimoine, on a bu du thé
Je suis pratiquante et j'ai des potes athées, on rigole bien ensemble
Les féministes de ma fac veulent une salle de repos pour les étudiantes enceintes, je soutiens
Mon prof de philo est athée et il nous a fait un cours génial sur dieu chez Spinoza
Un joueur gay a fait son coming out en Ligue 1, les supporters l'ont applaudi
La communauté lgbt de ma ville organise un tournoi de foot, tout le monde peut venir
Les supporters antillais au stade mettent une ambiance de fou avec les tambours
Les migrants sont souvent diplomés, mon voisin syrien était médecin
Sur twitter tous les jours c'est une nouvelle vrille, je regarde même plus
Ma femme m'a dit que j'étais un boomer parce que j'écoute la radio, elle a raison
"""

GROUPS_NEUTRAL = """
Ma voisine est sourde, elle m'a invité à un café signes, super soirée
Mon oncle en fauteuil voyage plus que moi, il revient du Japon
Ils ont mis une rampe à la fac pour les fauteuils, il était temps
La prochaine réunion de l'asso LGBT c'est jeudi, ouverte à tous
Ma coloc est pratiquante, elle fait le ramadan et me garde toujours une part
Les filles du club d'escalade organisent une sortie, tous niveaux
"""

GROUPS_ATTACKS = """
Ils sont tous pareils ces migrants, des parasites qui veulent nos allocs | identity_hate
Les femmes devraient pas avoir le droit de vote, elles votent avec leur coeur | identity_hate exclusion
Les meufs de ce forum c'est toutes des putes à followers | identity_hate sexual_harassment
Toutes les féministes devraient être enfermées, elles sont malades | identity_hate exclusion
Les noirs seront toujours des sauvages, même avec un diplome | identity_hate
La mosquée du coin faut la raser et renvoyer tous les pratiquants au bled | identity_hate exclusion threat
Il faudrait interdire les lgbt de parler aux enfants, c'est des malades | identity_hate exclusion
Les sourds et les mecs en fauteuil ça devrait même pas avoir le droit de faire des gosses | identity_hate exclusion
Les antillais c'est des fainéants, ils vivent des aides sociales | identity_hate
Les gays seront brulés en enfer et c'est bien fait pour eux | identity_hate threat
Ces influenceuses c'est que des salopes à régime qui vendent leur cul | sexual_harassment insult
Les filles voilées dans ma fac faut les virer, elles ont rien à faire là | identity_hate exclusion
Les athées méritent de crever, dieu les punira tous | identity_hate threat
Les pratiquantes voilées c'est des soumises sans cerveau | identity_hate insult
Un gay dans le vestiaire ? faut le sortir à coups de pied | identity_hate threat exclusion
Les meufs qui font du streaming faut toutes les violer en live | sexual_harassment threat identity_hate
Les migrants en masse dans les bateaux, faut tirer à balles réelles | identity_hate threat
Les boomers qui votent comme ça, faudrait les priver de retraite et les laisser mourir | insult threat
Les juifs contrôlent twitter et facebook, tout le monde le sait | identity_hate
Les arabes ils veulent tous nous faire la guerre, faut les dégager en masse | identity_hate exclusion
Les filles qui jouent jungler c'est pour être portées, elles savent rien faire | identity_hate
Les chauves c'est des sous-hommes, aucune meuf veut d'eux | body_shaming insult
"""

# --- Games 2: guilds, streams, moderation --------------------------------------------------------
STREAM_HARD = """
Le streamer a ban un mec qui spammait des insultes racistes, le chat a applaudi
Mon jungler m'a laissé crever trois fois en bot, mais il a carry la game à la fin
Je suis mort, le raid a duré six heures et le boss a bug au dernier pour cent
Le chat du stream est parti en vrille quand elle a battu le record du monde
J'ai lancé la ranked en pleine nuit, erreur fatale, je finis la saison en bronze
La streameuse a bloqué les mecs lourds en DM, elle a bien raison
Le jungler adverse me campait toute la game, j'ai cru que j'allais pleurer
Mon clan s'est fait raid par des joueurs niveau max, on a tout perdu, c'était marrant
Les supporters de l'équipe esport coréenne sont partout dans le chat, ambiance de fou
"""

STREAM_NEUTRAL = """
Vous regardez quel streamer en ce moment ? je cherche du chill
Le jungler doit ping avant de gank, sinon le mid comprend rien
Quelqu'un veut faire le raid de la prochaine extension avec moi ? je suis heal
Ma guilde organise un tournoi interne, tous les niveaux sont acceptés
Le modo du stream fait un super taf, le chat est propre
Faut combien de followers pour devenir affilié ? je suis à 40
Elle a fini le jeu sans prendre un seul coup, le talent
Je finis toujours mes parties en retard sur le farm, des conseils ?
Le manager de la team a annoncé le roster de la prochaine saison
Les meufs de ma guilde sont les meilleures joueuses du serveur, elles tank tout
La streameuse sourde qui joue avec des sous-titres, je recommande, elle est géniale
Ils ont mis un mode daltonien dans le jeu, enfin
"""

STREAM_ATTACKS = """
Ta main est tellement lente que ta mère doit jouer pour toi, handicapé | insult
Je bloque pas les gens comme toi, je les retrouve et je les défonce | threat
Ta story de stream c'est pathétique, t'as aucun talent et aucune vie | insult
Cette streameuse montre ses jambes pour les dons, sale chienne en chaleur | sexual_harassment insult
Le jungler de ma team mérite qu'on lui crève les yeux | threat
Les joueurs comme toi devraient s'ouvrir les veines, ça fera un de moins | self_harm_incitement insult
La prochaine fois que tu me ban je débarque chez toi, je sais où tu vis | threat doxxing
Son pseudo c'est son vrai nom, allez tous le spam sur facebook | doxxing
"""

# --- More school and uni life ----------------------------------------------------------------------
UNI_HARD = """
Mon prof a fait une erreur dans le sujet, tout l'amphi était en vrille
Le partiel de droit social m'a tué, je suis sorti avec le cerveau en compote
Les profs de fac devraient mettre les cours en ligne, je bosse la nuit pour payer mon loyer
J'ai eu une note de mort en stats, 3 sur 20, mais j'ai validé le semestre
Sérieusement qui met un partiel un samedi à 8h, c'est criminel :hap:
Un élève a fait un malaise en plein cours, la prof a été super réactive
"""

UNI_NEUTRAL = """
Vous louez un appart ou vous êtes en résidence étudiante ?
Les infos pour les bourses seront envoyées par mail fin juillet
Mettez vos bons plans pour manger pas cher autour de la fac
Les profs de langues à la fac sont vraiment pédagogues, je suis surpris
Mon groupe de révision se retrouve tous les mardis, on a progressé en masse
Il faudrait que je rende mon dossier avant vendredi, je suis à la bourre
Le prochain partiel c'est en janvier, j'ai le temps de m'y mettre
J'ai fait une erreur de filière, je me réoriente en socio l'an prochain
Vous mettez combien de temps pour faire une dissert ? moi quatre heures
Aucun prof m'a répondu pour le stage, je relance lundi
La vie étudiante à Rennes c'est top, les bars sont pas chers
Toutes les filles de ma promo ont eu leur master, on fête ça samedi
Sincèrement la meilleure décision de ma vie c'est d'avoir changé de fac
"""

UNI_ATTACKS = """
Ce prof est un gros porc, il mérite qu'on le tabasse à la sortie | insult threat
Les profs arabes faudrait les renvoyer chez eux, ils nous apprennent rien | identity_hate exclusion
La déléguée fait sa féministe, faudrait la remettre à sa place avec une bonne gifle | threat identity_hate
T'es en fac de socio ? normal t'as le cerveau d'une huitre | insult
"""

# --- Travel, transport, holidays ---------------------------------------------------------------
TRAVEL_HARD = """
Mon vol a eu six heures de retard, j'ai dormi par terre à l'aéroport, je suis crevé
J'ai failli rater le train, j'ai couru avec ma valise comme un mort de faim
À Naples un scooter m'a frôlé, j'ai cru que j'allais mourir, les Italiens rigolaient
On s'est perdus en pleine montagne, la batterie morte, on a dormi dans la voiture
Le ferry a tangué toute la nuit, la moitié des passagers étaient en vrille
Le pont de Millau en vrai c'est vertigineux, je me suis senti tout petit
"""

TRAVEL_NEUTRAL = """
On part à Lisbonne en mai, des conseils pour les quartiers à voir ?
Ça vaut le coup de louer une voiture en Corse ou le bus suffit ?
Faut un visa pour le Canada si on part en PVT ?
Le train de nuit pour Vienne c'est une expérience, je recommande
Vous partez où cet été ? moi camping en Ardèche avec des potes
La prochaine fois je prends un sac à dos, la valise à roulettes dans les pavés c'est l'enfer
Mon petit budget vacances c'est 300 euros, des idées pas loin de Paris ?
Les infos trafic annoncent des bouchons partout samedi, partez tôt
Il faudrait que les billets de train soient moins chers pour les jeunes
"""

TRAVEL_ATTACKS = """
Les roms dans le métro faut tous les jeter sur les rails | identity_hate threat
Les touristes chinois c'est des rats qui mangent n'importe quoi | identity_hate
Ton vol peut s'écraser, ça ferait un con de moins sur terre | threat insult
"""

# --- Family ---------------------------------------------------------------------------------------
FAMILY_HARD = """
Mon père m'a fait une blague sur mon chômage au repas, j'ai rigolé jaune
Ma grand-mère croit que twitter c'est un oiseau, je l'adore
Ma mère est morte quand j'avais 12 ans, la fête des mères c'est encore dur
Mon petit frère a fugué hier soir, la police l'a retrouvé chez un pote, on a eu peur
Mes parents se disputent sur dieu et la politique à chaque repas, je mets mes écouteurs
Ma soeur sort avec une fille, mes parents ont mis du temps mais maintenant ils l'adorent
Mon oncle boomer a dit que les jeunes veulent plus bosser, je lui ai montré mon planning de 50h
Mon cousin est antillais et breton, il dit qu'il est né pour la pluie et le soleil :rire:
"""

FAMILY_NEUTRAL = """
Mes parents veulent partir vivre au Portugal à la retraite, je les comprends
Ma petite soeur passe le bac cette année, elle stresse plus que moi à l'époque
Vous appelez vos parents combien de fois par semaine ?
Mon grand-père m'a appris à pêcher, on y va tous les dimanches
Ma mère veut que je sois médecin, moi je veux faire de la photo
Le groupe whatsapp des cousins prépare l'anniv surprise de mamie
Je vais être parrain de mon petit neveu, c'est une fierté
Ma tante met des photos de nous bébés sur facebook sans demander :hap:
"""

FAMILY_ATTACKS = """
Ta mère la pute, je l'ai vue dans la rue Saint-Denis | insult sexual_harassment
Ta famille de consanguins devrait tous crever dans l'incendie | insult threat
Ta soeur je vais la choper à la sortie du collège, tu vas voir | sexual_harassment threat
"""

# --- Health, vaccines, medical questions -------------------------------------------------------
HEALTH_HARD = """
Les vaccins ont des effets secondaires, j'ai eu de la fièvre, c'est normal et ça passe
Ma tante a eu un cancer du sein, elle est devenue chauve avec la chimio, elle est guérie maintenant
Un pote s'est cassé les deux jambes au ski, il est en fauteuil pour deux mois
Mon cerveau a fait un black-out, j'ai oublié mon code de carte bleue devant la caissière
Je suis sourd d'une oreille depuis un concert, protégez vos oreilles les kheys
Mon régime végé m'a fait perdre des kilos sans le vouloir, le médecin m'a dit de manger plus
"""

HEALTH_NEUTRAL = """
Quelqu'un sait si le vaccin contre la méningite est obligatoire pour la fac ?
Faut prendre rendez-vous combien de temps à l'avance chez un dermato ?
Vous mettez de la crème solaire même en ville ? je fais jamais attention
Les vaccins pour le Brésil c'est lesquels ? je pars en août
J'ai pris deux kilos en vacances, normal avec les glaces tous les jours
"""

HEALTH_ATTACKS = """
Les antivax comme toi faut les laisser crever sans soins, ça fera le tri | threat insult
Tes vaccins t'ont grillé le cerveau, t'es devenu un légume | insult
Les handicapés en fauteuil c'est des poids morts pour la société | identity_hate
"""

# --- Twins: the same everyday words on both sides ------------------------------------------------
TWINS_HARD = """
Il devrait y avoir plus de profs noirs et antillais dans les manuels d'histoire, on en parle jamais
Le film sur les gays pendant les années sida m'a fait pleurer, allez le voir
Les féministes iraniennes risquent leur vie pour enlever le voile, respect total
Mon pote est chauve depuis ses 20 ans et c'est le plus beau mec de la bande
Ce mec devrait arrêter de poster ses opinions sur twitter à 3h du mat, il se fait du mal
Un influenceur a parlé de sa dépression en vidéo, ça a aidé plein de gens
L'arbitre a pris une balle de tennis en pleine face, tout le court a rigolé, lui aussi
Les gays et les lesbiennes de mon taf ont organisé l'afterwork, la meilleure soirée
Je me suis rasé la tête, chauve volontaire, ma mère a pleuré :rire:
Le prof de sport devrait arrêter de nous faire courir sous la pluie, j'ai chopé la crève
Je suis crevé mais content, on a fini le déménagement de ma soeur
Ce topic part en vrille mais je le trouve drôle, continuez
"""

TWINS_NEUTRAL = """
Ton avis sur le nouveau resto de la place ? j'hésite à y aller ce soir
Ce film devrait gagner un prix, la photo est sublime
Il devrait neiger en montagne le weekend prochain, qui part ?
Mon manager devrait valider mes congés demain, je croise les doigts
Ma coloc devrait rentrer de voyage ce soir, j'ai fait le ménage
La musique devrait être moins forte dans les salles de sport, je m'entends plus penser
Ils devraient ouvrir la piscine plus tard le soir, j'ai pas le temps avant 20h
Vous postez le dimanche ou en semaine ? je cherche le meilleur moment pour mes photos
Je vais poster mes photos du festival ce soir, j'en ai 400 à trier
Ils finissent les travaux de la gare en juin, enfin un vrai quai
Il finit sa thèse cette année, on va enfin le revoir en soirée
Ma série préférée finit la semaine prochaine, je suis triste
Le bus finit son service à minuit, faut pas le rater
Mettez en commentaire vos séries préférées, je fais une liste
Je me suis lancé dans la poterie, mon premier bol est tout tordu
On va louer un chalet à six pour le nouvel an, ça revient à 80 euros chacun
"""

TWINS_ATTACKS = """
Les noirs face à la police ils font que pleurer, qu'ils retournent en Afrique | identity_hate exclusion
Ce sale gay de l'op devrait faire profil bas ou on le retrouve | identity_hate threat
Tu bloques mon compte ? je vais poster ton adresse sur twitter, bonne nuit | doxxing threat
Ton cerveau est parti en vrille depuis longtemps, retourne à l'asile | insult
Refuser de louer aux noirs c'est normal, ils détruisent tout | identity_hate exclusion
Les infos ils osent pas le dire mais c'est toujours les mêmes, tous des voleurs | identity_hate
Ton street art c'est des gribouillis de gamin attardé, t'as aucun talent | insult
Tu as fait une erreur en naissant, corrige la et saute | self_harm_incitement insult
Le mec qui a lancé ce topic est un pédophile, allez lui dire sur son facebook | insult doxxing
Tu finis ta vie seule avec tes chats, aucun mec voudra de ta grosse carcasse | body_shaming insult
Les athées, les gays et les féministes, faut tous les mettre dans un camp | identity_hate exclusion threat
Met ta main dans ta culotte et filme, sinon je publie tes messages | sexual_harassment threat
Mettez vos mains dans ses cheveux de chauve, c'est comme toucher un oeuf | body_shaming insult
Ta prochaine vidéo je veux te voir te vider de ton sang | self_harm_incitement threat
Les meufs antillaises c'est que pour le cul, elles servent à rien d'autre | identity_hate sexual_harassment
Ce supporter marseillais mérite une balle dans les genoux | threat
Ton petit corps tout maigre me dégoute, t'as les jambes d'un squelette | body_shaming
Les influenceurs qui parlent de santé mentale c'est des pleureuses, qu'ils crèvent | insult
Tes vaccins et ton masque, tu peux te les mettre au cul espèce de mouton | insult
Sale boomer, tu devrais être mort depuis longtemps | insult
Les musulmans de la mosquée de mon quartier faudrait les gazer | identity_hate threat
Elle bloque tout le monde sur insta, je vais lui faire regretter, je connais sa rue | threat doxxing
"""

# --- Last odds and ends ---------------------------------------------------------------------------
MISC_HARD = """
Aucun mec de ma promo ose dire qu'il est gay, l'ambiance est encore lourde en école de commerce
Les influenceurs qui montrent leur vie de rêve, ça me met le moral à zéro, je me désabonne en masse
Les noirs de ma famille ont tous vécu le contrôle au faciès, on en parle souvent au repas
Un mec a tagué la mosquée de ma ville, tout le quartier est venu nettoyer le lendemain
Mon voisin sourd a sauvé un gamin de la noyade, il a vu ce que personne entendait
Les féministes et les boomers qui débattent sur le plateau télé, ça finit toujours en cris
"""

MISC_NEUTRAL = """
Aucun de mes potes a vu ce film, je dois y aller seul
Je veux vivre dans une ville avec la mer et la montagne, des idées ?
Les maisons face à la mer coutent une fortune, je vais rester dans mon studio
Mon cousin fait un service civique dans une association LGBT, il adore
Mon grand-père se dit boomer et il en rigole, il a du recul
Le logement social de ma grand-mère a été refait, elle est ravie
Ma soeur veut poster ses dessins en ligne, quel site vous conseillez ?
Des gays et des hétéros dans la même équipe de rugby, et personne en fait un sujet, enfin
"""

MISC_ATTACKS = """
Les athées finiront tous en enfer, et je prierai pour que ça arrive vite | identity_hate threat
Ta soirée finit quand je décide, et tu viens dans ma chambre que tu le veuilles ou non | sexual_harassment threat
Ce sourd de merde, il comprend rien, qu'on le jette du groupe | identity_hate insult exclusion
Les mecs lgbt c'est des pervers, faut les tenir loin de nos enfants | identity_hate exclusion
Ton mec va te quitter, t'es grosse et chiante, va vivre seule avec ta honte | body_shaming insult
"""


TABLES = (
    (SOCIAL_HARD, SOCIAL_NEUTRAL, SOCIAL_ATTACKS),
    (GAMES_HARD, GAMES_NEUTRAL, GAMES_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
    (LIFE_HARD, LIFE_NEUTRAL, LIFE_ATTACKS),
    (BODY_HARD, BODY_NEUTRAL, BODY_ATTACKS),
    (IDENTITY_HARD, IDENTITY_NEUTRAL, IDENTITY_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
    (BANTER_HARD, BANTER_NEUTRAL, BANTER_ATTACKS),
    (DATING_HARD, DATING_NEUTRAL, DATING_ATTACKS),
    (CULTURE_HARD, CULTURE_NEUTRAL, CULTURE_ATTACKS),
    (TECH_HARD, TECH_NEUTRAL, TECH_ATTACKS),
    (SOCIETY_HARD, SOCIETY_NEUTRAL, SOCIETY_ATTACKS),
    (ADVICE_HARD, ADVICE_NEUTRAL, ADVICE_ATTACKS),
    (FOOD_HARD, FOOD_NEUTRAL, FOOD_ATTACKS),
    (PERSON_HARD, PERSON_NEUTRAL, PERSON_ATTACKS),
    (CITY_HARD, CITY_NEUTRAL, CITY_ATTACKS),
    (MOOD_HARD, MOOD_NEUTRAL, MOOD_ATTACKS),
    (GROUPS_HARD, GROUPS_NEUTRAL, GROUPS_ATTACKS),
    (STREAM_HARD, STREAM_NEUTRAL, STREAM_ATTACKS),
    (UNI_HARD, UNI_NEUTRAL, UNI_ATTACKS),
    (TRAVEL_HARD, TRAVEL_NEUTRAL, TRAVEL_ATTACKS),
    (FAMILY_HARD, FAMILY_NEUTRAL, FAMILY_ATTACKS),
    (HEALTH_HARD, HEALTH_NEUTRAL, HEALTH_ATTACKS),
    (TWINS_HARD, TWINS_NEUTRAL, TWINS_ATTACKS),
    (MISC_HARD, MISC_NEUTRAL, MISC_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
