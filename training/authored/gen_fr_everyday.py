"""Generate fr_everyday.csv: short and medium everyday French lines, harmless ones and attacks.

Deterministic (fixed seed, standard library only): re-running rewrites the CSV byte for byte.
The phrase tables below hold one hand-written line per text line ("text" for harmless lines,
"text | labels" for attacks). See fr_everyday.md for why this file exists and how it was labelled.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from evaluation_sets import text_key
from tables import CATEGORIES, HEADER, canonical, excluded_texts, lines

SEED = 20261129
OUT = Path(__file__).with_name("fr_everyday.csv")


# Places and geography: rivers, cities, stations, beaches (the words the old model over-weighted).
N_PLACES = lines("""
la Seine
la Seine ce matin
la Seine a encore débordé
balade le long de la Seine
les quais de Seine sont bondés
le niveau de la Seine monte
on a pique-niqué au bord de la Seine
la Seine est magnifique au coucher du soleil
les bateaux-mouches sur la Seine
la Loire
les châteaux de la Loire
la Loire à vélo c'est top
la Loire est à sec cet été
le Rhône
le Rhône déborde à Lyon
la Garonne à Bordeaux
Marseille
Marseille sous le soleil
le Vieux-Port de Marseille
on descend à Marseille en août
Lyon
Lille sous la pluie comme d'hab
Toulouse la ville rose
Nantes
Bordeaux
Strasbourg à Noël
Brest
Rennes
Montpellier
Nice
Grenoble et ses montagnes
Clermont-Ferrand
Le Havre
Dijon
Perpignan
la Bretagne
la Normandie
la Corse
l'Alsace
l'Auvergne
le Sud
le Nord
la banlieue
le 93
la province
Paris
Paris au mois d'août c'est vide
le métro
le métro ligne 13
le métro est bondé ce matin
la ligne 4 est fermée ce week-end
le RER B encore en retard
la gare
la gare de Lyon
la gare du Nord
la gare Saint-Lazare
on se retrouve devant la gare
la plage
la plage était bondée
une journée à la plage
la plage de sable fin
la mer était froide
la montagne
la forêt
la campagne
le lac d'Annecy
le Mont-Saint-Michel
la tour Eiffel illuminée
Montmartre
le marché du dimanche
la boulangerie du coin
la mairie
la piscine municipale
la médiathèque
le centre commercial
le parc
le stade
le périph
l'autoroute A7
le parking de la gare
un petit village en Dordogne
les Alpes
les Pyrénées
le Massif central
l'Italie
l'Espagne
le Portugal
la Belgique
la Suisse
le Québec
le Maroc
l'Algérie
la Tunisie
le Sénégal
le Japon
Tokyo
New York
Londres
Berlin
on part en Grèce cet été
je rentre de Lisbonne
on visite Rome en mai
la vue depuis le pont est dingue
il y a des travaux sur le pont
la place du village
le port de pêche
""")

# People and family told about in ordinary sentences: pronouns, kin, neighbours, colleagues.
N_PEOPLE = lines("""
un enfant
les enfants
un enfant de 6 ans
mon enfant adore dessiner
les enfants sont en vacances
les enfants dorment enfin
ma fille
ma fille a eu son bac
ma fille commence la danse
mon fils
mon fils a perdu sa première dent
mon père
mon père fait un barbecue
mon père a pris sa retraite
ma mère
ma mère m'appelle tous les jours
ma sœur
mon frère
mon petit frère joue à Fortnite
ma grand-mère
ma grand-mère fait la meilleure tarte
mon grand-père
mon grand-père raconte toujours la même histoire
mes parents
mes parents viennent dimanche
ma femme
ma copine
mon copain
mon mari
mon cousin
ma tante
mon oncle
mon parrain
ma marraine
les cousins
la famille
toute la famille était là
elle
il
ils
elles
elle est partie
elle arrive
il arrive
ils sont là
elles sont là
elle a raison
il a raison
ils ont raison
elles ont gagné
elle a gagné le tournoi
il a fini premier
ils sont partis tôt
elle a dit oui
il a dit non
elle chante super bien
il cuisine super bien
elle est médecin
il est boulanger
elle est prof de maths
il est infirmier
les voisins
mes voisins font des travaux
les voisins ont un nouveau chien
la voisine m'a apporté des gâteaux
le voisin du dessus
une femme
un homme
une femme âgée
un homme âgé
les filles
les garçons
les filles ont gagné le match
les garçons sont au foot
les ados
un ado
une ado
les jeunes
les vieux du village
les retraités
les bébés
un bébé
le bébé dort
ma collègue
mon collègue
mon chef
ma cheffe
le patron
le prof
la maîtresse
le médecin
le facteur
la boulangère
le plombier
le pompier
le gardien
la concierge
mon pote
mes potes
ma pote
mon meilleur ami
ma meilleure amie
un ami d'enfance
des amis
un inconnu
une inconnue
quelqu'un
tout le monde
personne n'est venu
les gens
les gens sont gentils ici
""")

# Work, school, money.
N_WORK = lines("""
le boulot
le travail
je commence lundi
premier jour au nouveau boulot
j'ai un entretien demain
j'ai décroché le poste
réunion à 9h
encore une réunion
le télétravail
deux jours de télétravail
la pause café
la pause déj
les collègues
le chef a validé
le patron est sympa
la clim du bureau est en panne
les heures sup
les congés payés
je pose mes congés
RTT vendredi
la fiche de paie
le salaire
l'augmentation
la prime de fin d'année
le SMIC
le chômage
Pôle emploi
France Travail
un CDI
un CDD
un stage
l'intérim
la retraite
mon CV
la lettre de motivation
le recrutement
l'école
le collège
le lycée
la fac
la rentrée
la rentrée scolaire
les devoirs
les devoirs de maths
le bac
le brevet
les partiels
les exams
les résultats du bac
le prof de français
la prof d'anglais
le cours d'histoire
la cantine
la récré
le bulletin
le conseil de classe
Parcoursup
le master
la thèse
l'alternance
le BTS
la bibliothèque universitaire
l'argent
l'économie
l'économie française
l'économie ralentit
le budget du mois
les impôts
la déclaration d'impôts
la banque
mon banquier
le compte épargne
le livret A
un crédit immo
le loyer
le loyer a encore augmenté
les charges
la facture d'électricité
la facture de gaz
les prix à la pompe
l'inflation
les courses coûtent cher
les soldes
le Black Friday
une bonne affaire
un bon plan
le prix du carburant
la bourse
le bitcoin
les actions ont chuté
un euro
dix euros
cent balles
vingt balles le menu
c'est gratuit
c'est trop cher
""")
# Food and drink.
N_FOOD = lines("""
mcdo
un mcdo ce soir
on se fait un mcdo
le mcdo est fermé
le drive du mcdo
un Big Mac
un kebab
kebab frites sauce blanche
le kebab du coin est le meilleur
un tacos
un tacos trois viandes
une raclette
raclette ce soir
la raclette en plein mois d'août
une fondue
une tartiflette
une pizza
pizza 4 fromages
des pâtes
des pâtes carbo
un couscous
le couscous de ma mère
un tajine
des sushis
un ramen
un bo bun
un burger
des frites
des crêpes
une galette complète
un croissant
des croissants pour tout le monde
une baguette
une baguette bien cuite
du pain
du fromage
du camembert
du comté
un steak
un poulet rôti
du riz
des lentilles
une soupe
une salade
des légumes
des fruits
une pomme
une banane
des fraises
un gâteau
un gâteau au chocolat
une tarte aux pommes
un tiramisu
une glace
du chocolat
un café
un café serré
un thé
un chocolat chaud
un jus d'orange
de l'eau
une bière
un verre de vin
un apéro
l'apéro ce soir
le barbecue
le brunch
le petit-déj
le goûter
le dîner
le repas de Noël
la cantine du midi
un resto
un resto japonais
un restaurant japonais
un restaurant italien
le traiteur chinois
la boulangerie
le marché
le supermarché
une recette
la recette de ma grand-mère
j'ai raté ma mayo
le gratin était trop bon
""")

# Objects and home.
N_OBJECTS = lines("""
aspirateur
un aspirateur
l'aspirateur
mon aspirateur est en panne
l'aspirateur robot
passer l'aspirateur
papier
du papier
le papier toilette
une feuille de papier
le papier peint
le papier cadeau
la caméra
une caméra
la caméra de surveillance
ma caméra est floue
la caméra du téléphone
une photo
la photo
une photo de vacances
la photo est floue
prendre une photo
l'appareil photo
le téléphone
mon téléphone
mon téléphone est à 2 %
le téléphone a sonné
le chargeur
les écouteurs
l'ordi
l'ordinateur portable
le clavier
la souris
l'imprimante
l'imprimante est bloquée
la télé
la télécommande
le frigo
le frigo est vide
le four
le micro-ondes
la machine à laver
le lave-vaisselle
le canapé
le lit
l'oreiller
la couette
le radiateur
la chaudière
la fenêtre
la porte
les clés
j'ai perdu mes clés
le parapluie
le sac à dos
la valise
le vélo
la trottinette
la voiture
le vélo électrique
une lampe
une ampoule
une bougie
les piles
un stylo
un cahier
un carnet
un livre
une chaise
une table
un tapis
un miroir
la boîte aux lettres
le colis
le colis est arrivé
un meuble IKEA
la perceuse
un tournevis
""")

# Media, games and sport.
N_MEDIA = lines("""
Netflix
la série sur Netflix
un film sur Netflix
l'abonnement Netflix
Netflix augmente ses prix
YouTube
une vidéo YouTube
la vidéo est sortie
Twitch
le live Twitch
le stream de ce soir
TikTok
Instagram
Twitter
Spotify
Disney+
la PS5
une PS5
la Switch
la Xbox
un jeu vidéo
Fortnite
Minecraft
Mario Kart
Zelda
FIFA
Call of Duty
GTA 6
Elden Ring
le nouveau Pokémon
la série
la série est finie
la saison 2
le dernier épisode
la fin de la série
le film
le film de ce soir
le cinéma
la bande-annonce
le documentaire
le dessin animé
un manga
un anime
One Piece
la BD
le podcast
la radio
le journal de 20h
la chanson
l'album
le concert
le festival
le clip
la playlist
l'arbitre
l'arbitre a sifflé
l'arbitre a accordé le penalty
le penalty
le match
le match de ce soir
le match est à 21h
le match nul
le but
le but à la 90e
le hors-jeu
la VAR
le carton rouge
le carton jaune
la mi-temps
les prolongations
les tirs au but
le PSG
l'OM
l'OL
les Bleus
l'équipe de France
la Ligue des champions
la Coupe du monde
le Tour de France
Roland-Garros
le rugby
le basket
le handball
le tennis
la boxe
le judo
la F1
le marathon de Paris
le gardien a tout arrêté
l'attaquant
le coach
le mercato
le transfert
""")
# Weather, health, transport.
N_DAILY = lines("""
il pleut
il pleut encore
il fait froid
il fait chaud
il neige à Lyon
quelle chaleur aujourd'hui
la canicule arrive
alerte orages sur le Sud-Ouest
le vent souffle fort sur la côte
un temps de chien aujourd'hui
grand soleil ce week-end
brouillard sur l'autoroute ce matin
la météo annonce de la pluie toute la semaine
il a grêlé sur la voiture
première neige de l'hiver
la grippe
j'ai la grippe
le rhume
la gastro fait le tour de l'école
le covid
le vaccin
la pharmacie de garde
le dentiste
rendez-vous chez le médecin
rendez-vous chez le kiné
l'hôpital
les urgences
quatre heures d'attente aux urgences
j'ai mal au dos
mal à la tête depuis ce matin
je me suis cassé le poignet au ski
mon fils a la varicelle
la sécu m'a remboursé
la mutuelle
les lunettes
les lentilles de contact
le sport ça fait du bien
je cours deux fois par semaine
la salle de sport
je me suis remis au vélo
bien dormir c'est important
la voiture est au garage
le contrôle technique
le plein d'essence
les bouchons sur le périph
un bouchon de dix kilomètres
le train est en retard
le TGV a une heure de retard
le train de 8h12 est supprimé
la grève SNCF
le bus 38
le tram
le bus ne passe plus le dimanche
le vélo c'est plus rapide en ville
l'avion décolle à 6h
l'aéroport
les valises sont perdues
le permis de conduire
j'ai eu mon permis
le code de la route
une amende de stationnement
un radar sur la nationale
le covoiturage
un BlaBlaCar pour Nantes
la trottinette électrique
""")

# Bureaucracy and daily admin.
N_ADMIN = lines("""
la préfecture
rendez-vous à la préfecture
la CAF
la CAF a versé les aides
la sécurité sociale
la carte vitale
la carte d'identité
le passeport
le renouvellement du passeport prend trois mois
le formulaire Cerfa
encore un formulaire à remplir
la paperasse
l'administration
le service client
le numéro surtaxé
un courrier recommandé
la Poste
le bureau de poste ferme à midi
la lettre n'est jamais arrivée
les impôts en ligne
le site des impôts plante
mon dossier est en cours
il manque une pièce justificative
un justificatif de domicile
l'état des lieux
le bail
l'assurance habitation
l'assurance auto
la déclaration de sinistre
le syndic
l'assemblée générale de copro
le notaire
le permis de construire
la mairie est fermée le samedi
inscription sur les listes électorales
la carte grise
la fourrière
le PV
""")

# News told neutrally, including violent events described factually.
N_NEWS = lines("""
un accident sur l'A6 fait deux blessés
un camion s'est renversé sur l'autoroute
un incendie dans un immeuble à Lyon
les pompiers ont maîtrisé l'incendie
un feu de forêt dans le Var
les pompiers ont sauvé un chat coincé sur un toit
un enfant sauvé de la noyade à la plage
un nageur secouru au large de Biarritz
un randonneur retrouvé sain et sauf
un corps retrouvé dans la Seine, une enquête est ouverte
la police enquête sur un cambriolage
un braquage dans une bijouterie de Nice
un homme interpellé après une agression au couteau
deux blessés dans une bagarre à la sortie d'une boîte
une fusillade fait trois morts aux États-Unis
le procès s'ouvre lundi à Paris
le verdict est tombé
l'accusé a été condamné à dix ans de prison
l'accusé a été acquitté
le procès en appel est reporté
le tribunal a rendu sa décision
les élections municipales
le second tour des législatives
le taux de participation est en baisse
le président s'exprime ce soir
le gouvernement présente son budget
l'Assemblée vote la réforme
le Sénat rejette le texte
la réforme des retraites
une grève nationale jeudi
la grève des profs
grève des contrôleurs ce week-end
la manifestation a réuni des milliers de personnes
la manif part de République à 14h
les agriculteurs bloquent l'autoroute
les routiers en colère
une inondation dans le Pas-de-Calais
un séisme au Japon
un ouragan frappe la Floride
un tremblement de terre en Turquie
la guerre en Ukraine
le conflit au Proche-Orient
un cessez-le-feu a été annoncé
un attentat a fait plusieurs victimes
le suspect a été arrêté
une minute de silence pour les victimes
un hommage national aux victimes
une explosion de gaz dans un immeuble
une fuite de gaz évacue une école
un avion atterrit en urgence
un bateau de migrants secouru en Méditerranée
la mairie ferme la piscine
la ville installe des caméras de surveillance
le prix du ticket de métro augmente
le chômage baisse légèrement
la croissance est revue à la baisse
une nouvelle ligne de tram inaugurée
le pont sera fermé pendant trois mois
les JO de Paris
la flamme olympique passe par Marseille
un record de chaleur en juin
la sécheresse touche tout le Sud
une marée noire en Bretagne
un loup aperçu dans les Vosges
""")

# History and science.
N_KNOW = lines("""
la Révolution française
la prise de la Bastille
Napoléon
la bataille de Waterloo
la Première Guerre mondiale
la Seconde Guerre mondiale
le débarquement en Normandie
la Résistance
la Shoah
les camps de concentration
la guerre d'Algérie
mai 68
la chute du mur de Berlin
les pyramides d'Égypte
l'Empire romain
le Moyen Âge
les châteaux forts
la Renaissance
Louis XIV
Versailles
les Vikings
les dinosaures
la préhistoire
la grotte de Lascaux
la Lune
Mars
le système solaire
la station spatiale
la fusée a décollé
un satellite
un trou noir
les étoiles
l'éclipse de ce soir
la physique quantique
la chimie
la biologie
l'ADN
les volcans
le réchauffement climatique
les énergies renouvelables
le nucléaire
les éoliennes
l'intelligence artificielle
ChatGPT
un robot
un microscope
un vaccin contre le paludisme
les maths
le théorème de Pythagore
Einstein
Marie Curie
Victor Hugo
Molière
""")

# Hobbies, pets and animals (the animals themselves).
N_HOBBY = lines("""
le jardinage
mes tomates poussent enfin
la pêche
la randonnée
le camping
le tricot
la couture
la peinture
le dessin
la photo argentique
la guitare
le piano
la danse
le yoga
la natation
l'escalade
le skate
le surf
la lecture
les jeux de société
le Monopoly
les échecs
le bricolage
la cuisine
la pâtisserie
le chien
mon chien
le chien du voisin
mon chien adore la neige
le chat
mon chat dort sur le clavier
un chaton
un chiot
le chat de ma grand-mère
un lapin
un hamster
un poisson rouge
un perroquet
un cheval
un poney
une vache
un cochon
un cochon à la ferme
les cochons de la ferme
une poule
les poules pondent bien
un mouton
une chèvre
un âne
un singe
un singe au zoo
les singes du zoo de Vincennes
un gorille
un éléphant
une girafe
un lion
un tigre
un ours
un loup
un renard
un écureuil
un hérisson
un pigeon
les pigeons de la place
un rat
une souris
une araignée
un serpent
un crocodile
une baleine
un dauphin
un requin
une tortue
les abeilles
un papillon
les moustiques
le zoo
la ferme pédagogique
l'aquarium
""")
# Forum reactions and meta talk.
N_FORUM = lines("""
up
up pour le topic
+1
+1 avec l'op
ayaa
ayaaa le topic
khey
merci khey
merci l'op
merci l'op pour le partage
:rire:
:rire: :rire:
mdr
mdrr
ptdr le topic
source stp ?
une source ?
t'as une source ?
tu as un lien ?
le lien est mort
ah ouais quand même
ça se tente
je valide
validé
pas faux khey
bien vu l'op
on attend la suite
la suite ?
suite stp
je reviens dans une heure
je bump
le topic est mort
ce topic est une pépite
topic sérieux
topic culte
hors sujet mais bon
pas le bon forum
faut poster dans le bon forum
c'est le topic d'hier
les modos dorment
lock du topic
les modos vont lock
bonne nuit le forum
bonjour le forum
salut tout le monde
hello
coucou
re
edit : orthographe
edit : j'ai retrouvé le lien
désolé pour le double post
premier message ici
ça fait dix ans que je lis ce forum
je lurk depuis longtemps
qui pour une partie ce soir ?
quelqu'un a testé ?
des avis ?
vos avis ?
ça vaut le coup ?
je me pose la même question
même question
jamais entendu parler
ça me rappelle un truc
je garde le topic en favori
c'est noté
c'est compris
je vais tester ce soir
j'ai testé, ça marche
ça marche pas chez moi
je confirme
je plussoie
entièrement d'accord
nuance quand même
j'ai ri
j'ai pleuré de rire
il est 3h du mat et je suis encore là
""")

# Medium everyday sentences (7 to ~20 words) on the same themes, so the vocabulary also lives in longer lines.
N_MEDIUM = lines("""
On a fait une balade au bord de la Seine dimanche, il faisait super beau
Quelqu'un sait si le métro ligne 1 roule ce week-end ?
J'ai raté mon train à la gare de Lyon pour deux minutes
Ma fille a appris à faire du vélo sans les petites roues ce matin
Les enfants ont construit une cabane dans le jardin tout l'après-midi
Mon père a enfin appris à envoyer des photos sur WhatsApp
Elle m'a appelé pour me dire qu'elle avait eu son permis
Il est parti chercher du pain et il est revenu avec un chat
Ils ont ouvert une nouvelle boulangerie en bas de chez moi
Elles ont gagné le tournoi de volley du quartier
Les voisins ont organisé une fête des voisins très sympa
Un enfant m'a demandé pourquoi le ciel est bleu et j'ai pas su répondre
Le mcdo de la gare est ouvert jusqu'à deux heures du matin
Raclette chez mes parents ce soir, j'ai prévu trois sortes de fromage
Le kebab en bas de chez moi a changé de propriétaire et il est meilleur
J'ai acheté un aspirateur robot et mon chat en a peur
Mon aspirateur fait un bruit bizarre depuis hier, quelqu'un connaît la marque ?
Il me faut du papier pour l'imprimante, le magasin est fermé
La caméra de mon téléphone fait des photos floues depuis la mise à jour
Vous avez vu la photo de la pleine lune hier soir ?
J'ai retrouvé une vieille photo de classe de 1998
Netflix a encore supprimé ma série préférée
Je regarde la nouvelle série sur Netflix, le premier épisode est lent
La vidéo YouTube de hier sur les volcans était passionnante
Il streame sur Twitch tous les soirs à 21h
J'ai enfin réussi à avoir une PS5 d'occasion
L'arbitre a été excellent ce soir, aucune erreur
L'arbitre a sifflé la fin du match trop tôt je trouve
Le match de ce soir commence à 21h sur Canal
Belle victoire des Bleus hier soir, quel but à la fin
Le gardien a arrêté trois penaltys, incroyable
J'ai la main qui tremble après trois cafés
Coup de main pour déménager samedi, qui est dispo ?
Je me suis coupé la main en cuisinant, rien de grave
Donnez-moi un coup de main pour le montage du meuble
L'économie française a ralenti au dernier trimestre selon l'Insee
Je fais des économies pour partir au Japon l'an prochain
Je suis allé dans un restaurant japonais incroyable à Lyon
Les Japonais ont une culture du respect impressionnante dans les transports
Il faut attendre le bus 20 minutes le dimanche
Je déteste attendre chez le médecin sans rien à lire
On va attendre les résultats avant de paniquer
Aucun bus ne passe après minuit dans mon quartier
Aucun problème, on décale à demain
Aucun souci pour moi, je serai là à 18h
Il y a des travaux partout dans le centre-ville en ce moment
Il y a des pigeons partout sur le balcon
On trouve des trottinettes partout dans Paris
J'ai cherché mes clés partout et elles étaient dans ma poche
Il pleut depuis trois jours sans arrêt sur la Bretagne
La canicule est annoncée pour la semaine prochaine dans le Sud
Ma grand-mère a 92 ans et elle fait encore son jardin
Mon grand-père m'a appris à pêcher dans la Loire
Le prof d'histoire nous a parlé de la Révolution toute l'heure
La cantine servait des frites le vendredi, meilleur souvenir
Mon fils rentre au CP en septembre, il est tout excité
Je commence un nouveau boulot lundi, un peu stressé
Mon chef m'a accordé mon vendredi, trop content
La réunion de 9h aurait pu être un mail
Le loyer de mon appart a pris 40 euros cette année
Quelqu'un a des astuces pour faire des économies sur les courses ?
Les prix à la pompe ont encore augmenté ce matin
J'ai enfin fini de remplir ma déclaration d'impôts
La CAF m'a demandé trois fois le même papier
Deux heures d'attente à la préfecture pour un renouvellement de titre
Mon colis est bloqué au centre de tri depuis une semaine
La Poste a livré mon colis chez le voisin
Le chien du voisin aboie toute la nuit, je vais aller lui parler gentiment
Mon chat a renversé mon café sur le clavier
On a vu un singe voler une banane au zoo, les enfants étaient morts de rire
On a visité une ferme avec des cochons, des poules et des chèvres
Les cochons de la ferme pédagogique adorent les épluchures
J'ai fait une tarte aux pommes avec la recette de ma grand-mère
Le couscous du vendredi chez ma tante, une institution
Mon train pour Marseille a été annulé à cause des orages
On part à la plage dès que le soleil revient
La mer est à 24 degrés à Nice, ça donne envie
Le TGV pour Bordeaux est bloqué en pleine campagne
Mon vélo a été volé devant la gare, je suis dégoûté
J'ai oublié mon parapluie dans le métro encore une fois
La ligne 13 aux heures de pointe, une expérience à vivre
Il y avait une panne de courant dans tout le quartier hier soir
Le frigo nous a lâchés en pleine canicule
La machine à laver fuit, j'attends le plombier
J'ai monté un meuble IKEA et il me reste quatre vis
Mon téléphone est tombé dans les toilettes, il marche encore
Le chargeur de mon ordi a rendu l'âme
Qui a un bon tuto pour changer une ampoule de phare ?
Ma mère a découvert TikTok, on est perdus
Mon petit frère a fini Zelda en trois jours
On a fait une soirée jeux de société, Monopoly jusqu'à 2h
Je me suis mis à la guitare à 40 ans, c'est dur mais génial
J'ai couru mon premier 10 km ce matin
Le cours de yoga du mardi m'a sauvé la semaine
Premier jour de vacances et il pleut, classique
On a trouvé un hérisson dans le jardin ce soir
Un écureuil vient manger sur mon balcon tous les matins
Les abeilles sont revenues dans le jardin, bonne nouvelle
Il y avait un renard dans la rue ce matin à Londres
L'éclipse de ce soir sera visible depuis tout le pays
La fusée a décollé avec deux heures de retard
Le documentaire sur les dinosaures était super bien fait
J'ai visité le musée de la Résistance à Lyon, très émouvant
Le château de Versailles était blindé de touristes
La médiathèque prête aussi des jeux vidéo maintenant
La piscine municipale rouvre enfin après travaux
La mairie a installé des bancs dans le parc, c'est agréable
Le marché du dimanche a de super fromages
Mon collègue m'a ramené des chocolats de Belgique
Ma collègue part en congé maternité, on lui a fait un cadeau
Le facteur passe de plus en plus tard
Le plombier est venu en une heure, au top
Les pompiers sont intervenus très vite pour le feu de cuisine
Le voisin du dessus fait des travaux le dimanche matin
J'ai croisé mon prof de CM2 au supermarché
Ma meilleure amie se marie en juin, je suis témoin
Mon pote a trouvé un appart à Rennes après six mois
Les enfants du quartier jouent au foot jusqu'à la nuit
Le bébé a fait ses nuits pour la première fois
Il a eu son bac avec mention, toute la famille est fière
Elle a ouvert son salon de coiffure à Toulouse
Ils ont adopté un chien à la SPA
Elles sont parties faire le tour de l'Europe en van
Le procès du cambrioleur s'est tenu hier au tribunal de Lille
Un accident entre un bus et une voiture, aucun blessé grave
Un incendie a détruit un entrepôt près de Rouen cette nuit
Un homme a été retrouvé mort dans son appartement, l'enquête commence
Le tribunal a condamné l'agresseur à cinq ans de prison ferme
Trois personnes ont été blessées dans l'explosion d'une usine
Les secours ont sorti un enfant des décombres après le séisme
Le maire a été réélu dès le premier tour
Les résultats des élections seront connus vers 20h
La grève des éboueurs laisse des poubelles partout à Paris
Les contrôleurs aériens sont en grève jeudi, vols annulés
La manifestation s'est déroulée dans le calme selon la préfecture
Une tempête a arraché des arbres dans tout l'Ouest
Les inondations ont coupé plusieurs routes dans le Gard
La police a démantelé un trafic de voitures volées
Le suspect de l'attaque au couteau a été placé en garde à vue
Les jurés ont délibéré pendant six heures
L'ancien ministre est jugé pour corruption
Le feu de forêt a brûlé mille hectares dans les Landes
Un alpiniste a été hélitreuillé dans le massif du Mont-Blanc
La Seine a atteint six mètres à Paris, les quais sont fermés
Un bateau a coulé dans le port, l'équipage a été sauvé
Quelqu'un connaît un bon garage vers Nantes ?
Vous conseillez quel aspirateur sans fil pour un petit appart ?
Quel forfait téléphone vous avez pris ?
Une idée de série à regarder ce week-end ?
Des conseils pour un premier voyage au Japon ?
C'est quoi votre kebab préféré à Paris ?
Vous mettez quoi dans votre raclette à part le fromage ?
Qui regarde le match ce soir ?
Vous pensez que l'arbitre aurait dû donner rouge ?
Quelqu'un a déjà vu un renard en pleine ville ?
Est-ce que la gare est accessible en fauteuil ?
Combien de temps pour avoir un passeport en ce moment ?
Je cherche un bon livre pour les vacances, des idées ?
""")
# More medium lines: everyday life, work, media and news, told plainly.
N_MEDIUM += lines("""
Le métro était tellement plein que j'ai attendu trois rames
On a fait Paris-Marseille en voiture, neuf heures de route avec les bouchons
La gare de Bordeaux est super jolie depuis les travaux
Je vais à la plage tous les matins avant le boulot, ça change la vie
On a loué un gîte au bord de la Loire pour l'été
Il y a un nouveau marché bio sur la place du village
Le parc est fermé à cause du vent, dommage pour le pique-nique
Le nouveau pont sur le Rhône est enfin ouvert aux vélos
Les quais de la Garonne sont parfaits pour courir le soir
Ma fille veut devenir vétérinaire depuis qu'elle a vu un veau naître
Mon fils m'a battu aux échecs pour la première fois
Ma sœur vient d'accoucher, c'est une petite fille
Mon oncle a pris sa retraite et il s'est mis à la poterie
Les enfants ont fait un spectacle de fin d'année trop mignon
Elle a repris ses études à 35 ans, franchement chapeau
Il a couru le marathon de Paris en moins de quatre heures
Ils ont refait toute la cuisine eux-mêmes en un mois
Elles ont monté une asso pour nettoyer les plages
Les voisins m'ont gardé mes colis pendant les vacances
Un homme m'a rendu mon portefeuille que j'avais oublié dans le bus
Une femme a chanté dans le métro, tout le wagon a applaudi
Les filles du club de foot sont qualifiées pour la finale régionale
Mon père a planté des tomates partout dans le jardin
Ma mère a enfin accepté d'avoir un smartphone
Le stage de mon fils se passe bien, il adore son tuteur
J'ai eu une augmentation, petite mais je prends
On a fait le budget du mois, va falloir réduire les restos
La prime de Noël tombe la semaine prochaine
Je change de banque, la mienne prend trop de frais
Ma boîte passe à la semaine de quatre jours
On cherche un appart à Lille, c'est la galère
Les partiels commencent lundi, je vis à la bibliothèque
J'ai eu 16 en maths, je suis trop content
Le prof de physique fait des expériences géniales en classe
Ma fille a eu une mauvaise note en anglais, on va l'aider
On a reçu les résultats de Parcoursup, elle est prise à Lyon
J'ai mangé le meilleur kebab de ma vie à Berlin
Le mcdo a sorti un nouveau burger, quelqu'un a goûté ?
On a fait une raclette avec dix personnes, il restait rien
Le resto japonais en bas de chez moi fait des ramens incroyables
J'ai raté mes crêpes, la première est toujours ratée
Le chocolat chaud de ma grand-mère, rien ne bat ça
On a fait des sushis maison, c'était moche mais bon
Le boulanger m'a offert un croissant parce que j'étais le centième client
J'ai passé l'aspirateur partout et le chien a tout remis en bazar
L'aspirateur sans fil, le meilleur achat de l'année
Il me faut du papier cadeau pour demain, tout est fermé
J'ai imprimé trente pages et l'imprimante a bourré à la dernière
La caméra de surveillance a filmé un renard dans la cour
J'ai installé une caméra pour surveiller le chat quand je suis au boulot
Les photos du mariage sont enfin arrivées, elles sont superbes
J'ai pris une photo de la Seine au lever du soleil
Mon téléphone a survécu à une chute du troisième étage
Mon ordi a 10 ans et il marche encore nickel
J'ai retrouvé mes clés dans le frigo, ne me demandez pas
Le canapé est arrivé, impossible de le faire passer par la porte
La nouvelle saison sur Netflix sort vendredi
On a regardé toute la série en un week-end
Le documentaire sur les abeilles sur YouTube est super
Le stream d'hier soir a duré huit heures
J'ai fini le jeu à 100 %, il m'a fallu deux mois
La PS5 chauffe comme un radiateur, c'est normal ?
On a fait une partie de Mario Kart en famille, ma mère a gagné
L'arbitre a bien fait de revoir l'action à la VAR
Le match était nul mais l'ambiance au stade était folle
Les Bleus jouent mardi contre l'Espagne
Le club de mon fils a gagné la coupe du département
J'ai des places pour Roland-Garros jeudi
Le Tour de France passe devant chez ma grand-mère cette année
Il neige dans les Alpes, les stations ouvrent ce week-end
Orage violent hier soir, le jardin est inondé
Il fait 35 degrés dans l'appart, je dors dans la baignoire
La pluie s'est arrêtée juste à temps pour le mariage
Enfin un week-end de soleil, tout le monde est dehors
J'ai attrapé la grippe juste avant les vacances, classique
Le médecin m'a dit de me reposer une semaine
Trois heures d'attente aux urgences pour une entorse
La pharmacie de garde est à vingt minutes en voiture
Mon train a été supprimé et le suivant est complet
Le bus est passé en avance, je l'ai vu partir
J'ai réussi mon permis du premier coup
Le contrôle technique est passé sans problème
Le covoiturage pour Rennes était super sympa
La préfecture m'a enfin donné un rendez-vous pour mon titre
La CAF a recalculé mes droits, je comprends rien
J'ai reçu ma nouvelle carte vitale après deux mois
Le site des impôts est en maintenance le jour de la date limite
Mon dossier de logement social est en attente depuis trois ans
Le syndic ne répond jamais aux mails
Le notaire a enfin fixé la date de signature
Le maire a inauguré la nouvelle médiathèque samedi
Un bus a pris feu sur le périphérique, aucun blessé
Un enfant de huit ans a appelé les secours et sauvé sa mère
Un chauffeur de bus a évité un accident de justesse à Lyon
Une femme a été secourue après être tombée dans la Seine
Le cambrioleur s'est endormi dans la maison qu'il visitait
Un homme a été condamné pour avoir frappé un contrôleur
Deux personnes sont mortes dans un accident de la route dans l'Aisne
La police a retrouvé l'enfant disparu, il va bien
Le procès de l'incendie de l'immeuble reprend demain
Le tribunal juge trois hommes pour un trafic de drogue à Marseille
La grève des transports continue, le trafic est très perturbé
Les élections européennes ont lieu en juin
Le ministre de l'Économie présente un plan pour les PME
Une nouvelle usine de batteries ouvre dans le Nord
Les agriculteurs manifestent devant la préfecture avec leurs tracteurs
Un séisme de magnitude 6 frappe le Chili, pas de victime signalée
Le musée du Louvre bat son record de visiteurs
La fusée Ariane a mis en orbite deux satellites
Des archéologues ont trouvé une villa romaine sous un parking
Un ours a été aperçu près d'un village des Pyrénées
Le zoo de Beauval accueille un bébé panda
Un singe s'est échappé du zoo et a été retrouvé dans un jardin
Des cochons se sont échappés d'une ferme et ont bloqué la route
Mon chien a mangé mon sandwich pendant que je répondais au téléphone
Mon chat ramène des souris tous les soirs, merci mais non
On a adopté deux chatons à la SPA, ils sont adorables
Les poules du jardin ont pondu six œufs aujourd'hui
J'ai vu un dauphin depuis le ferry pour la Corse
J'ai commencé le tricot, mon premier bonnet est de travers
Le club de randonnée organise une sortie dans le Vercors
On a fait une partie d'échecs au parc avec un monsieur de 80 ans
Je me suis mis à la pâtisserie pendant l'hiver
Mon jardin est envahi par les limaces cette année
Je relis Victor Hugo pendant les vacances
La guerre de Cent Ans a duré 116 ans, je viens de l'apprendre
Le débarquement en Normandie, visite des plages avec mon grand-père
L'expo sur l'Égypte ancienne vaut vraiment le détour
Le réchauffement climatique se voit déjà sur les glaciers des Alpes
J'ai posé la question à ChatGPT, il m'a répondu n'importe quoi
Merci l'op pour le tuto, ça a marché du premier coup
Up, quelqu'un a la réponse ?
Ayaa le topic est parti en vrille mais j'adore
Khey t'as une source pour le chiffre ?
J'ai la même question que l'op, quelqu'un sait ?
Bon je vais me coucher, bonne nuit le forum
Je reviens sur le topic après le match
Sérieux ce topic m'a fait rire toute la soirée
Perso je préfère la version d'avant de la série
Franchement le nouveau Zelda est une merveille
""")


# Extra lines for words that the attack side uses a lot (singe, photo), so they stay on both sides.
N_MEDIUM += lines("""
Le singe du zoo a piqué les lunettes d'un visiteur
Les singes de Gibraltar volent les sandwichs des touristes
Un bébé singe est né au zoo de La Palmyre
Les enfants ont adoré les singes au parc animalier
Le singe capucin est l'un des primates les plus malins
On a vu des singes dans les arbres pendant notre voyage au Costa Rica
Le dessin animé avec le petit singe, ma fille le regarde en boucle
Mon fils imite le singe depuis la visite au zoo
Un documentaire sur les grands singes passe ce soir
La photo de classe est prévue jeudi
J'ai imprimé les photos des vacances pour ma grand-mère
Elle a gagné un concours de photo avec une image de la Loire
Il fait des photos de mariage le week-end
Tu peux m'envoyer la photo du menu ?
Belle photo, la lumière est magnifique
Une expo photo sur les ports de Bretagne à la médiathèque
""")
# Hard negatives: neutral or friendly mentions of protected groups (factual or warm sentences).
H_GROUPS = lines("""
les juifs de France
les juifs de France commémorent la rafle du Vél d'Hiv
les juifs de France fêtent Hanoukka cette semaine
la communauté juive de Strasbourg
la synagogue du quartier ouvre ses portes au public
mon collègue juif m'a invité pour Pessah
le grand rabbin a rencontré le maire
un migrant
un migrant a sauvé un enfant tombé d'un balcon
un migrant a reçu la médaille du courage
un migrant ouvre sa boulangerie à Calais
les migrants
les migrants secourus en mer ont été accueillis à Marseille
une association aide les migrants à apprendre le français
des réfugiés ukrainiens arrivent à Strasbourg
des réfugiés ukrainiens arrivent à la gare de l'Est
une famille de réfugiés
une famille de réfugiés syriens s'installe dans notre village
une famille de réfugiés a ouvert un restaurant dans ma rue
les réfugiés afghans apprennent le français à la médiathèque
les réfugiés
mes voisins musulmans
mes voisins musulmans nous ont invités pour l'Aïd
mes voisins musulmans m'ont aidé à déménager
les musulmans de France
les musulmans commencent le ramadan demain
la mosquée du quartier organise une collecte pour les sans-abri
l'imam et le curé ont fait une marche ensemble
les chrétiens fêtent Pâques ce dimanche
la messe de Noël à la cathédrale
les catholiques
les protestants
les bouddhistes
mon collègue noir
mon collègue noir a été promu chef d'équipe
mon collègue noir m'a fait découvrir le mafé
les Noirs de France
une femme noire élue maire de la ville
les Maghrébins
les Arabes
les Asiatiques
mes voisins chinois
mes voisins chinois nous ont offert des raviolis pour le Nouvel An
le Nouvel An chinois dans le 13e
les Africains
les Antillais
les Comoriens de Marseille
les Turcs
les Roms
les Roms relogés par la mairie
les Roms relogés par la mairie ont inscrit leurs enfants à l'école
une famille rom s'installe dans le quartier
les gens du voyage
les gens du voyage ont une aire d'accueil près du stade
les femmes ingénieures
les femmes ingénieures sont encore trop peu nombreuses
les femmes ingénieures de l'Airbus présentent leur projet
les femmes
les femmes au pouvoir
une femme pilote de ligne
les femmes dans le sport
l'équipe de France féminine
un couple gay
un couple gay adopte un enfant
un couple gay a ouvert une crêperie à Rennes
un couple de lesbiennes
mes voisines sont mariées depuis dix ans
les homosexuels
les gays et les lesbiennes
la marche des fiertés
la Pride de Paris
une personne trans
une femme trans élue au conseil municipal
mon pote est gay et il cuisine trop bien
ma cousine est lesbienne et elle se marie en mai
les personnes handicapées
un fauteuil roulant
l'accès en fauteuil roulant à la gare
les sourds
la langue des signes
un enfant autiste
mon frère est autiste et il adore les trains
les personnes âgées
les seniors
les Juifs
les Arabes de France
les immigrés
un immigré
les immigrés italiens des années 50
mon grand-père était un immigré espagnol
les immigrés portugais ont construit la moitié de Paris
les étrangers
un étranger
les sans-papiers
les sans-papiers régularisés
les sans-abri
un SDF
un SDF a rendu un portefeuille trouvé
il s'appelle Mamadou
il s'appelle Mamadou et il est boulanger
Mamadou a eu son bac avec mention
Mamadou m'a aidé à porter mes courses
Rachid
Rachid a ouvert un garage
Rachid est le meilleur prof de maths du lycée
il s'appelle Rachid et il fait du vélo tous les matins
Fatou a eu son permis
Samira est infirmière aux urgences
Moussa joue au foot au club du quartier
Yasmina prépare son master
Karim est plombier dans le 93
Aïcha fait le meilleur couscous du quartier
Mohamed est chauffeur de bus
Ibrahim répare les vélos du quartier
Nadia a été élue déléguée de classe
Youssef est pompier volontaire
Li Wei tient la supérette du coin
Ahmed m'a prêté sa perceuse
David et Sarah ont fêté leur mariage à la synagogue
Lévi a ouvert une librairie à Paris
Kofi est arbitre de foot le week-end
Amadou a fini le marathon de Paris
les Ukrainiens
les Syriens
les Afghans
les Algériens
les Marocains
les Sénégalais
les Maliens
les Chinois
les Japonais
les Polonais
les Portugais
les Italiens
les Espagnols
les Belges
les Suisses
les Bretons
les Corses
les Marseillais
les Parisiens
les Lyonnais
les Ch'tis
un Noir
une Noire
un Arabe
un Juif
une musulmane
une femme voilée
une femme voilée a aidé une dame âgée dans le bus
le voile
la kippa
le ramadan
l'Aïd
Hanoukka
Kippour
les cours d'arabe au collège
la cuisine libanaise
la cuisine marocaine
un resto éthiopien
la musique africaine
le créole
la culture berbère
Yom Kippour est célébré demain
une exposition sur l'histoire de l'immigration
le musée de l'Histoire de l'immigration
la loi sur l'immigration est votée au Sénat
le débat sur l'immigration à l'Assemblée
les chiffres de l'immigration publiés par l'Insee
le racisme
la lutte contre le racisme
l'antisémitisme
la lutte contre l'antisémitisme
l'homophobie
la journée contre l'homophobie
le sexisme au travail
une campagne contre le harcèlement scolaire
le harcèlement en ligne est puni par la loi
""")

# Hard negatives: rough words with no target (things, events, oneself).
H_ROUGH = lines("""
putain de métro
putain le RER est encore en panne
ce match de merde
cette série de merde
quelle merde ce temps
merde j'ai raté le bus
merde mon téléphone est mort
putain de réveil
fait chier cette pluie
ça me fait chier de bosser samedi
le wifi est pourri
ce jeu est nul à chier
la fin de la série est nulle
cette mise à jour est une catastrophe
quelle connerie cette réforme
la réforme est débile
ce bouchon c'est l'enfer
je suis trop con j'ai oublié mes clés
je suis une quiche en cuisine
je suis nul en orthographe
je suis trop bête parfois
je suis grosse en ce moment, j'ai trop mangé de raclette
j'ai une tête de déterré ce matin
je suis moche sur cette photo
je vais tuer ce boss ce soir
on va les massacrer au match retour
on les a défoncés au foot
je vais crever de chaud
je meurs de faim
je suis mort de fatigue
ce prof est chiant mais il explique bien
ce film est chiant à mourir
l'arbitre est aveugle ce soir
mon aspirateur est con, il se coince partout
mon téléphone est débile il redémarre tout seul
cette imprimante de merde
saloperie de moustique
ce putain de bug
quel bordel à la gare
c'est le bordel dans ma chambre
c'est la merde avec la CAF
bordel de caméra qui marche pas
mon ordi rame comme pas possible
ta gueule le réveil
la ferme le chien du voisin
l'arbitre a sorti un carton rouge débile
ce resto est une arnaque
c'est du vol ce prix
ce kebab m'a tué
cette raclette m'a achevé
ce tacos est une bombe
ce burger est une tuerie
cette chanson me tue
c'est mortel ce film
c'est une dinguerie
le boss final est un enfoiré de difficulté
ce niveau est sadique
les moustiques sont des salopards cette année
j'ai envie de balancer mon téléphone par la fenêtre
je vais jeter cette imprimante dans la Seine
je déteste les lundis
je hais la pluie
j'en peux plus de ce froid
ras le bol des travaux
j'ai honte de mon score
""")
# More hard negatives in medium lines: friendly or factual lines about groups, rough words about things.
H_GROUPS += lines("""
Le club de foot a accueilli trois jeunes migrants, ils jouent super bien
Des réfugiés ukrainiens donnent des cours de cuisine à la maison de quartier
Mes voisins musulmans nous ont apporté des gâteaux pour la fin du ramadan
Mon collègue noir organise le tournoi de pétanque de la boîte
Les juifs de France rendent hommage aux déportés du convoi de 1942
Une famille de réfugiés afghans a ouvert une épicerie dans mon village
Les femmes ingénieures de l'équipe ont conçu le nouveau pont
Un couple gay s'est marié à la mairie du village, tout le monde était invité
Les Roms relogés par la mairie ont commencé à cultiver un potager
Il s'appelle Mamadou et il m'a appris à jouer aux échecs
Rachid nous a fait un couscous pour toute la rue
Une femme voilée a été élue présidente de l'association des parents d'élèves
Mon voisin juif m'a montré comment faire des latkes
Un migrant soudanais a obtenu son diplôme d'infirmier
Les enfants de réfugiés syriens ont appris le français en un an
Ma collègue lesbienne organise la sortie d'équipe
Un homme trans raconte son parcours dans un documentaire
Mon pote en fauteuil roulant m'a battu au tennis de table
Les personnes sourdes ont enfin des sous-titres au cinéma du quartier
Mes voisins chinois m'ont appris à faire des raviolis
La mosquée et l'église ont organisé une collecte commune
Des jeunes de la cité ont repeint l'école pendant les vacances
Les immigrés italiens ont apporté la pizza à Marseille
Un sans-papiers a sauvé un enfant suspendu à un balcon
L'histoire des tirailleurs sénégalais est enseignée au collège
""")

H_ROUGH += lines("""
Putain le métro ligne 13 encore bloqué, je vais être en retard
Ce match de merde m'a gâché la soirée
Fait chier, la CAF m'a encore demandé le même papier
La série est partie en cacahuète, quelle fin de merde
Mon aspirateur de merde a encore lâché
Cette imprimante est possédée, je vais la jeter par la fenêtre
Je suis vraiment trop con, j'ai mis du sel dans le café
Je me trouve moche sur toutes les photos de vacances
J'ai grossi pendant les fêtes, trop de raclette
Le boss de fin m'a massacré quinze fois
On va les défoncer au match retour, j'y crois
Je vais tuer mon réveil s'il sonne encore un dimanche
Ce prof est sadique, trois contrôles la même semaine
L'arbitre était complètement à la ramasse ce soir
C'est quoi ce bordel à la gare, aucun panneau ne marche
""")

H_GROUPS += lines("""
Les juifs de France célèbrent Rosh Hashana ce week-end
Les juifs de Tunisie ont une cuisine incroyable
Un livre sur l'histoire des juifs d'Alsace vient de sortir
Les juifs et les musulmans du quartier ont planté des arbres ensemble
Le musée d'art et d'histoire du judaïsme à Paris vaut la visite
Les juifs séfarades de Marseille
Ma prof d'histoire nous a parlé des juifs cachés pendant la guerre
Les juifs du Marais préparent la fête de Pourim
Un migrant guinéen a été élu meilleur apprenti boulanger de sa région
Des réfugiés soudanais ont rénové le jardin partagé
""")
# Attacks on a person or a protected group: "text | labels". Many reuse the everyday vocabulary above,
# so the same words sit on both sides and the target and the contempt decide.
ATTACKS = [
    tuple(part.strip() for part in line.split("|"))
    for line in lines("""
retourne dans la Seine | insult exclusion
va te jeter dans la Seine | self_harm_incitement
on devrait te jeter dans la Seine | threat
je vais te noyer dans la Seine | threat
va te noyer dans la Loire | self_harm_incitement
t'as une tête de mcdo périmé | insult body_shaming
t'as une tête de kebab froid | insult body_shaming
t'as une gueule de raclette fondue | insult body_shaming
t'as la tête d'un tacos écrasé | insult body_shaming
même mon aspirateur est plus malin que toi | insult
mon aspirateur a plus de cerveau que toi | insult
t'as le QI d'un aspirateur | insult
t'as le QI d'une feuille de papier | insult
t'es aussi utile que du papier toilette | insult
t'es plat comme une feuille de papier | body_shaming
même ma caméra veut pas te filmer tellement t'es moche | body_shaming
t'es tellement laid que la caméra a planté | body_shaming
t'es pas photogénique, t'es juste moche | body_shaming
t'es une erreur de photo | insult
ta photo de profil me donne envie de vomir | body_shaming
cache ta tête sur les photos | body_shaming
t'es le bug de l'humanité | insult
t'es aussi nul que l'arbitre de ce soir, et lui au moins il est payé | insult
t'es un arbitre raté comme ta vie | insult
t'as le niveau d'un enfant de 3 ans | insult
t'as un cerveau de singe | insult
t'es un singe | insult
espèce de cochon | insult
gros cochon va | insult body_shaming
t'es sale comme un cochon | insult
t'es une vache | insult body_shaming
grosse vache | insult body_shaming
t'es un âne | insult
espèce d'âne bâté | insult
t'es un rat | insult
t'es un serpent, personne te fait confiance | insult
sale chien | insult
t'es un chien galeux | insult
t'es un boulet | insult
t'es une plaie | insult
t'es une catastrophe ambulante | insult
t'es un déchet | insult
t'es une ordure | insult
sale ordure | insult
t'es un raté | insult
t'es une ratée | insult
t'es qu'un loser | insult
t'es qu'une merde | insult
t'es un clown | insult
clown va | insult
bouffon | insult
t'es un bouffon de première | insult
t'es pathétique | insult
t'es ridicule | insult
t'es con comme une valise sans poignée | insult
t'es bête comme tes pieds | insult
t'es con ou tu le fais exprès ? | insult
t'es vraiment trop con | insult
t'es débile mon pauvre | insult
pauvre débile | insult
pauvre conne | insult
petit con | insult
petite conne | insult
sale connard | insult
espèce de connasse | insult
abruti fini | insult
crétin | insult
triple idiot | insult
t'es un idiot du village | insult
gros nul | insult
t'es nul à chier | insult
t'es un incapable | insult
t'es une incapable | insult
t'es bon à rien | insult
t'es bonne à rien | insult
t'es qu'un parasite | insult
t'es un cas social | insult
cas soc va | insult
t'es une honte | insult
t'es la honte de ta famille | insult
ta mère a honte de toi | insult
ton père aurait dû se retenir | insult
tes parents ont raté leur enfant | insult
ton fils aura honte de toi | insult
t'es un mauvais père | insult
t'es une mauvaise mère | insult
t'es un enfant gâté pourri | insult
sale gamin | insult
sale gamine | insult
gamin débile | insult
morveux va | insult
t'es un fils à papa | insult
ferme ta bouche | insult
ferme ta gueule une bonne fois | insult
tais-toi personne t'a sonné | insult exclusion
on t'a pas demandé ton avis | insult exclusion
personne t'écoute | exclusion
personne veut de toi ici | exclusion
dégage du forum | exclusion
dégage du topic | exclusion
casse-toi du serveur | exclusion
on veut plus te voir au club | exclusion
t'es pas invitée à la soirée, personne t'aime | exclusion
reste chez toi, personne veut te voir | exclusion
ne reviens jamais au lycée | exclusion
tu vas manger seul à la cantine toute l'année | exclusion
personne veut être dans ton groupe | exclusion
on t'a viré du groupe WhatsApp, devine pourquoi | exclusion
t'as pas d'amis et c'est normal | exclusion insult
même ton chien veut pas de toi | exclusion insult
même ta mère veut plus te voir | exclusion insult
barre-toi de la classe | exclusion
va jouer ailleurs le boulet | exclusion insult
t'es pas la bienvenue ici | exclusion
personne te regrettera si tu pars | exclusion
t'es gros comme un frigo | body_shaming
t'es grosse comme un camion | body_shaming
grosse baleine | insult body_shaming
t'es une baleine échouée sur la plage | insult body_shaming
gros lard | insult body_shaming
t'as mangé tout le mcdo ou quoi, gros tas | insult body_shaming
arrête le kebab, t'as vu ton ventre | body_shaming
t'as un ventre de raclette | body_shaming
t'es énorme sur la photo | body_shaming
t'es un sac d'os | body_shaming
t'es maigre comme un clou, c'est dégueulasse | body_shaming
t'as des dents de lapin | body_shaming
t'as un nez de cochon | body_shaming
t'as une tête de rat | body_shaming
t'as des oreilles de singe | body_shaming
t'as une tronche de cheval | body_shaming
t'as le visage d'une pomme de terre | body_shaming
t'es moche comme un pou | body_shaming
t'es laide à pleurer | body_shaming
t'as une gueule à faire peur aux enfants | body_shaming
cache tes bourrelets | body_shaming
avec ton acné on dirait une pizza | body_shaming
t'es chauve et moche | body_shaming
t'es trop petit pour être un homme | body_shaming
naine va | insult body_shaming
t'as des cuisses de jambon | body_shaming
ta graisse déborde du siège du métro | body_shaming
t'es une honte à regarder | body_shaming
je vais te tuer | threat
je vais te retrouver à la sortie du métro | threat
je sais que tu prends le RER B tous les matins | threat doxxing
je t'attends devant la gare demain | threat
je vais te défoncer à la sortie du lycée | threat
je vais te casser la gueule | threat
je vais te refaire le portrait | threat
tu vas te prendre une balle | threat
je vais brûler ta voiture | threat
je vais crever les pneus de ton vélo et toi avec | threat
on va te faire la peau | threat
fais gaffe quand tu rentres ce soir | threat
tu vas finir à l'hôpital | threat
tu finiras dans un fossé | threat
un jour on te retrouvera dans la Seine | threat
je connais ton adresse, 12 rue des Lilas | threat doxxing
je sais où habite ta mère | threat doxxing
je sais dans quelle école va ta fille | threat doxxing
ta fille sort à 16h30, je serai là | threat doxxing
je connais ta plaque d'immatriculation | threat doxxing
voilà son numéro, appelez-le tous | doxxing
voilà l'adresse de cette idiote, allez la voir | doxxing insult
je balance ton adresse sur le forum ce soir | doxxing threat
je vais publier tes photos partout | doxxing threat
je vais envoyer tes photos à ton patron | doxxing threat
je vais t'égorger | threat
je vais te planter | threat
je vais mettre le feu chez toi | threat
tu vas regretter d'être né | threat
tu vas payer pour ça | threat
tu mérites une bonne raclée | threat
on va te lyncher | threat
suicide-toi vite | self_harm_incitement
tue-toi stp | self_harm_incitement
va te pendre avec ton câble de chargeur | self_harm_incitement
saute du pont, personne te retiendra | self_harm_incitement
jette-toi sous le métro | self_harm_incitement
jette-toi sous un train | self_harm_incitement
saute par la fenêtre | self_harm_incitement
finis-en, ça rendra service | self_harm_incitement
le monde irait mieux sans toi | self_harm_incitement
personne pleurera à ton enterrement | self_harm_incitement
crève | self_harm_incitement
crève seul | self_harm_incitement
va crever | self_harm_incitement
va mourir | self_harm_incitement
avale tes médocs d'un coup | self_harm_incitement
arrête de respirer, ça nous fera des vacances | self_harm_incitement
t'as qu'à disparaître | self_harm_incitement exclusion
mets fin à ta vie de loser | self_harm_incitement insult
montre tes seins | sexual_harassment
envoie une photo en maillot | sexual_harassment
envoie des photos sans rien | sexual_harassment
t'as un beau cul, viens me voir | sexual_harassment
t'es bonne, je te ferais bien des trucs | sexual_harassment
suce-moi | sexual_harassment insult
viens t'asseoir sur mes genoux ma belle | sexual_harassment
écarte les jambes | sexual_harassment
je vais te prendre de force | sexual_harassment threat
je veux te voir toute nue | sexual_harassment
ta jupe est trop courte, tu l'as cherché | sexual_harassment
avec ce décolleté tu demandes que ça | sexual_harassment
tu fais combien la nuit ? | sexual_harassment insult
sale pute | sexual_harassment insult
sale chienne | sexual_harassment insult
t'es une salope | sexual_harassment insult
grosse salope | sexual_harassment insult body_shaming
t'es qu'un trou | sexual_harassment insult
je te baiserais bien dans le métro | sexual_harassment
ta photo m'a excité, envoie la suite | sexual_harassment
je me touche en regardant ta photo | sexual_harassment
montre-moi ce que t'as sous le t-shirt | sexual_harassment
les migrants c'est des rats | identity_hate
les migrants sont des parasites | identity_hate
les migrants dehors | identity_hate exclusion
renvoyez tous les migrants à la mer | identity_hate threat
laissez couler les bateaux de migrants | identity_hate threat
un migrant de plus, un voleur de plus | identity_hate
les réfugiés c'est tous des profiteurs | identity_hate
une famille de réfugiés de plus, encore des assistés | identity_hate
les juifs contrôlent tout | identity_hate
les juifs de France devraient partir | identity_hate exclusion
sale juif | identity_hate insult
sale juive | identity_hate insult
les juifs au four | identity_hate threat
sale arabe | identity_hate insult
les arabes dehors | identity_hate exclusion
les arabes c'est tous des voleurs | identity_hate
sale bougnoule | identity_hate insult
sale noir | identity_hate insult
sale négro | identity_hate insult
retourne en Afrique | identity_hate exclusion
retourne dans ton pays | identity_hate exclusion
retourne dans ton bled | identity_hate exclusion
rentre chez toi l'immigré | identity_hate exclusion
va manger ta banane, singe | identity_hate insult
les noirs c'est des singes | identity_hate
t'es un singe, retourne dans ta jungle | identity_hate insult exclusion
les musulmans c'est tous des terroristes | identity_hate
mes voisins musulmans ? des terroristes en puissance | identity_hate
sale musulman | identity_hate insult
les musulmans dehors | identity_hate exclusion
brûlez les mosquées | identity_hate threat
les mosquées il faut les raser | identity_hate threat
sale chinetoque | identity_hate insult
les chinois mangent des chiens, dégueulasses | identity_hate
les asiatiques ça pue | identity_hate
les roms c'est des voleurs de poules | identity_hate
les roms c'est tous des voleurs | identity_hate
les gens du voyage sont des parasites | identity_hate
sale gitan | identity_hate insult
sale pédé | identity_hate insult
les pédés devraient pas avoir d'enfants | identity_hate
un couple gay, c'est contre nature, honte à eux | identity_hate
les gays c'est des malades | identity_hate
les lesbiennes ont juste pas trouvé le bon | identity_hate sexual_harassment
sale gouine | identity_hate insult
les trans sont des malades mentaux | identity_hate
sale travelo | identity_hate insult
les femmes à la cuisine, pas à l'usine | identity_hate
les femmes ingénieures ? laisse-moi rire | identity_hate
une femme au volant, mort au tournant | identity_hate
les femmes sont trop connes pour voter | identity_hate insult
les filles c'est juste bon à faire le ménage | identity_hate
les handicapés coûtent trop cher | identity_hate
sale mongol | identity_hate insult
t'es autiste ou quoi | identity_hate insult
les autistes faut les enfermer | identity_hate
les vieux devraient crever | identity_hate
t'es une tapette | identity_hate insult
les noirs dehors | identity_hate exclusion
les étrangers c'est la vermine | identity_hate
les immigrés c'est la racaille | identity_hate
les maghrébins c'est tous des dealers | identity_hate
les sénégalais puent | identity_hate
Mamadou retourne dans ta case | identity_hate insult exclusion
Rachid rentre au bled | identity_hate exclusion
ton collègue noir il a eu son poste grâce aux quotas, c'est un singe | identity_hate insult
les femmes voilées dehors | identity_hate exclusion
arrache ton voile et casse-toi | identity_hate exclusion
""")
]
# More short attacks, built on the same everyday nouns (places, food, objects, media, animals).
ATTACKS += [
    tuple(part.strip() for part in line.split("|"))
    for line in lines("""
t'es aussi utile qu'un aspirateur sans sac | insult
ta tête ferait peur à un aspirateur | body_shaming
t'as autant de charisme qu'un aspirateur | insult
t'es une chaise en plastique avec un cerveau | insult
t'as le QI d'une table basse | insult
même une imprimante réfléchit mieux que toi | insult
même mon grille-pain est plus drôle que toi | insult
même mon chat est plus intelligent que toi | insult
même mon chien a plus de vocabulaire que toi | insult
t'es aussi fin qu'une raclette | insult
t'es aussi frais qu'un kebab de la veille | insult
t'es le menu enfant du mcdo, petit et triste | insult
retourne travailler au mcdo, c'est tout ce que tu sais faire | insult
t'es juste bon à retourner les steaks au mcdo | insult
tu sens le kebab froid | insult body_shaming
tu pues la raclette | insult body_shaming
tu pues des pieds jusqu'ici | insult body_shaming
t'as une haleine de poubelle | insult body_shaming
t'es un tacos sans sauce | insult
ton cerveau c'est de la purée | insult
t'as de la compote à la place du cerveau | insult
retourne regarder Netflix dans ta cave | insult exclusion
tes vidéos YouTube sont aussi nulles que toi | insult
arrête de streamer sur Twitch, t'es une honte | insult
ta PS5 a honte de toi | insult
t'es nul à FIFA et dans la vie | insult
t'as le niveau d'un bot | insult
noob de merde | insult
t'es un boulet pour l'équipe, dégage | insult exclusion
désinstalle le jeu et ta vie avec | self_harm_incitement
l'arbitre c'est ta mère ? elle est aussi aveugle que toi | insult
t'es la série la plus nulle de Netflix | insult
t'es un épisode raté | insult
ta gueule de gare du Nord à 3h du mat | insult body_shaming
t'as une tête de ligne 13 aux heures de pointe | insult body_shaming
t'es aussi en retard que le RER B, et aussi sale | insult
va te perdre dans le métro | exclusion
descends du train et reste sur le quai pour toujours | exclusion
tu sers à rien, comme un parapluie troué | insult
t'es une erreur de la nature | insult
t'es un accident de capote | insult
t'aurais dû rester au zoo | insult
t'as une tête de singe au zoo | insult body_shaming
t'es un cochon qui parle | insult body_shaming
t'es la honte de ta ferme | insult
t'as une tête de poule mouillée | insult
t'es une poule mouillée | insult
lâche va | insult
t'es une grosse merde | insult
t'es qu'une grosse vache à lait | insult body_shaming
t'as une voix de crécelle, ferme-la | insult
ta voix me donne envie de vomir | insult
tu parles comme un enfant attardé | insult
tu cuisines comme tu penses, mal | insult
t'es une blague | insult
t'es un gros mytho | insult
sale mytho | insult
t'es une balance | insult
t'es un lèche-bottes | insult
t'es un gros beauf | insult
t'es une cagole | insult
pétasse | insult
grognasse | insult
connard de voisin | insult
ton fils est aussi débile que toi | insult
ta fille est aussi moche que toi | body_shaming insult
ta femme te trompe et on la comprend | insult
ton père est un alcoolo et toi un raté | insult
ta mère la pute | insult
nique ta race | insult
je t'encule | insult
va te faire foutre | insult
va te faire voir | insult
va chier | insult
dégage sale rat | insult exclusion
casse-toi pauvre con | insult exclusion
t'as rien à faire ici, retourne à ta plage | exclusion
t'es même pas digne de la cantine | insult exclusion
personne veut s'asseoir à côté de toi dans le bus | exclusion
on a voté, t'es viré de l'équipe | exclusion
tout le lycée se moque de toi | exclusion
t'as zéro abonné et c'est mérité | insult
t'es seul parce que t'es insupportable | exclusion insult
je vais t'attendre devant chez toi avec mes potes | threat
je vais te défigurer | threat
je vais te crever les yeux | threat
je vais te jeter du pont | threat
on va te retrouver à la plage | threat
je sais à quelle heure tu sors du boulot | threat doxxing
je connais ton collège, je vais venir | threat doxxing
ton adresse est sur le forum maintenant, bonne chance | doxxing threat
je vais mettre ton numéro sur Twitter | doxxing threat
je vais te filmer en cachette | threat sexual_harassment
j'ai ta photo, je vais l'afficher au lycée | doxxing threat
je vais te tabasser | threat
tu dors pas tranquille ce soir | threat
je vais te démonter la tête | threat
va te pendre, vite | self_harm_incitement
saute du pont de la Seine | self_harm_incitement
va te noyer à la plage | self_harm_incitement
personne viendra te sauver, noie-toi | self_harm_incitement
un cachet de plus et c'est fini pour toi, fais-le | self_harm_incitement
ouvre-toi les veines | self_harm_incitement
t'es trop moche pour vivre | self_harm_incitement body_shaming
viens dans mon lit au lieu de parler | sexual_harassment
t'es jolie, envoie-moi des photos de toi en sous-vêtements | sexual_harassment
t'as des beaux seins sur ta photo | sexual_harassment
je te mettrais bien contre un mur | sexual_harassment
j'aimerais te toucher partout | sexual_harassment
t'as une bouche faite pour sucer | sexual_harassment
les migrants ça vit comme des cochons | identity_hate
les réfugiés ukrainiens prennent nos apparts, qu'ils dégagent | identity_hate exclusion
les arabes c'est des chiens | identity_hate
les juifs c'est des rats | identity_hate
les noirs sentent mauvais | identity_hate
les femmes c'est des vaches à lait | identity_hate
les roms faut les mettre dans des camps | identity_hate threat
les musulmans c'est des porcs | identity_hate
les homos c'est des pervers | identity_hate
un couple gay au parc, dégueulasse, fallait les virer | identity_hate exclusion
encore un arabe dans le métro, on est plus chez nous | identity_hate exclusion
les chinois c'est des virus | identity_hate
""")
]

NEUTRAL = (
    N_PLACES
    + N_PEOPLE
    + N_WORK
    + N_FOOD
    + N_OBJECTS
    + N_MEDIA
    + N_DAILY
    + N_ADMIN
    + N_NEWS
    + N_KNOW
    + N_HOBBY
    + N_FORUM
    + N_MEDIUM
)
HARD = H_GROUPS + H_ROUGH

# Surface noise, drawn with the same probabilities on both sides.
HANDLES = [
    "Pseudo",
    "Lulu_Mars",
    "kiki.78",
    "BenouteFC",
    "Sacha_Ptit",
    "Mistral_Gagnant",
    "OursBrun42",
    "NoaDraws",
    "tonton.fred",
    "Chipie_Bzh",
    "Zorro_Nantes",
    "Melo.dy",
]
OPENERS = [
    "Perso ",
    "Perso, ",
    "Sérieux ",
    "Wsh ",
    "Bon ",
    "Ayaa ",
    "@{h} ",
    "Franchement ",
    "Sah ",
    "Bref ",
    "Ah ",
    "Alors ",
]
CLOSERS = [
    " mdr",
    " ptdr",
    " :hap:",
    " :rire:",
    " 😂",
    " !!",
    " lol",
    " 🙄",
    " 🤷",
    " ...",
    " wsh",
    " frr",
]
SMS = [
    (r"\bje suis\b", "jsuis"),
    (r"\bc'est\b", "c"),
    (r"\bpourquoi\b", "pk"),
    (r"\bt'inquiète\b", "tkt"),
    (r"\bquelqu'un\b", "qqn"),
    (r"\baujourd'hui\b", "ajd"),
    (r"\bbeaucoup\b", "bcp"),
    (r"\bj'ai\b", "jai"),
    (r"\bt'es\b", "t"),
    (r"\bquoi\b", "koi"),
    (r"\bje sais pas\b", "jsp"),
    (r"\bs'il te plaît\b", "stp"),
]
HARMLESS_COPIES = {1: 1, 2: 2, 3: 3, 4: 2}
ATTACK_COPIES = {3: 1, 4: 1, 5: 1, 6: 1}
WORD = re.compile(r"[\w']+")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _surface(rng: random.Random, text: str) -> str:
    """One written form of a line: case, accents, SMS spellings, opener, closer, final punctuation."""
    out = text
    if rng.random() < 0.25:
        for pattern, short in SMS:
            out = re.sub(pattern, short, out, flags=re.IGNORECASE)
    ends_question = out.endswith("?")
    out = out.rstrip(" ?!.")
    if rng.random() < 0.25:
        out = rng.choice(OPENERS).format(h=rng.choice(HANDLES)) + out[0].lower() + out[1:]
    roll = rng.random()
    if roll < 0.35:
        out = out[0].upper() + out[1:]
    elif roll < 0.45:
        out = out.lower()
    if ends_question:
        out += rng.choice([" ?", "?", " ?", ""])
    else:
        out += rng.choice(["", "", "", ".", " !", "!", "..."])
    if rng.random() < 0.25:
        out += rng.choice(CLOSERS)
    if rng.random() < 0.2:
        out = _strip_accents(out)
    return out.strip()


def _register(text: str) -> str | None:
    words = len(WORD.findall(text))
    if words <= 6:
        return "short"
    return "adult" if words <= 25 else None


def generate() -> tuple[list[list[str]], Counter[str]]:
    """Rows (text, lang, labels, kind, register) and how many candidate rows the overlap check dropped."""
    rng = random.Random(SEED)
    excluded = excluded_texts(OUT)
    seen: set[str] = set()
    dropped: Counter[str] = Counter()
    rows: list[list[str]] = []
    # Harmless lines are written 1 to 4 times, attacks 3 to 6 times (fewer distinct attack lines).
    plans = [
        (NEUTRAL, "", "neutral", HARMLESS_COPIES),
        (HARD, "", "hard_negative", HARMLESS_COPIES),
    ]
    plans += [([text], canonical(labels), "attack", ATTACK_COPIES) for text, labels in ATTACKS]
    for texts, labels, kind, copies in plans:
        for line in texts:
            wanted = rng.choices(list(copies), weights=list(copies.values()))[0]
            made = 0
            for _ in range(wanted * 4):
                if made == wanted:
                    break
                text = _surface(rng, line)
                key = text_key(text)
                register = _register(text)
                if key in seen or register is None:
                    continue
                seen.add(key)
                if key in excluded:
                    dropped[kind] += 1
                    continue
                rows.append([text, "fr", labels, kind, register])
                made += 1
    rng.shuffle(rows)
    return rows, dropped


def main() -> None:
    for text, labels in ATTACKS:
        assert labels and set(labels.split()) <= set(CATEGORIES), (text, labels)
    assert len(set(map(text_key, NEUTRAL + HARD))) == len(NEUTRAL + HARD), "duplicate harmless line"
    assert len({text_key(t) for t, _ in ATTACKS}) == len(ATTACKS), "duplicate attack line"
    rows, dropped = generate()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT.name}")
    print(
        "distinct lines: harmless",
        len(NEUTRAL) + len(HARD),
        f"(neutral {len(NEUTRAL)}, hard {len(HARD)}), attacks",
        len(ATTACKS),
    )
    print("kind:", dict(Counter(r[3] for r in rows)))
    print("kind x register:", dict(sorted(Counter(f"{r[3]}/{r[4]}" for r in rows).items())))
    print("labels:", dict(Counter(lab for r in rows for lab in r[2].split()).most_common()))
    print("dropped by the overlap check:", dict(dropped))


if __name__ == "__main__":
    main()
