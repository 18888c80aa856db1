"""Generate fr_short_hate.csv: short French forum posts whose hostility is in the idea, and twins.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks carry their
hostility in the idea more than in a slur (replacement and "remigration" talk, antisemitic
conspiracies and Holocaust denial, coded racism, prejudice stated as fact, cheering or wishing
violence, rape and terrorism "jokes" at someone's expense). Harmless lines sit on the same
subjects with the same words: news, civil opinion for and against, counter-speech, questions,
history, self-mockery, untargeted crude talk. Every line is 5 to 25 words. No extra variants.
See fr_short_hate.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_hate.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives mention a group or use the
# words the attacks use, and attack nobody; neutral lines are ordinary posts on the topic.

# --- Replacement theory, "remigration" ---------------------------------------------------------
REPLACEMENT_HARD = """
c'est quoi la remigration exactement ? je vois ce mot partout sur le forum depuis une semaine
Le grand remplacement c'est une théorie d'extreme droite, les chiffres de l'Insee la contredisent
Mon grand-pere est arrivé d'Italie en 1952, remigration pour lui aussi ? :rire:
L'immigration a augmenté depuis vingt ans, ça c'est un fait, le "remplacement" non
Je suis pour une immigration choisie mais la remigration c'est de l'expulsion de Français, point
Le candidat Vernoux parle de remigration dans son programme, vous en pensez quoi sérieusement ?
Les démographes expliquent que la natalité des immigrées rejoint celle des natives en une génération
Ma mere est née à Oran, mon pere à Quimper, je suis le grand remplacement à moi tout seul :rire:
Le mot remigration vient des identitaires, maintenant il passe à la télé comme si de rien n'était
Je comprends qu'on veuille controler les frontieres, mais déporter des familles installées depuis 40 ans non
Tu peux critiquer la politique migratoire sans sortir la théorie du remplacement hein
Quelqu'un a le vrai chiffre des expulsions l'an dernier ? pas un tweet svp, une source
Les OQTF non exécutées c'est un vrai sujet, pas besoin d'etre raciste pour en parler
Je suis de droite, je veux moins d'immigration, et je trouve la remigration complètement délirante
La théorie du grand remplacement a inspiré plusieurs tueurs de masse, c'est pas un détail
Les gens qui croient au grand remplacement savent pas lire une pyramide des âges :rire:
"Ils nous remplacent" disait déjà la presse des années 1890 sur les Italiens, rien de neuf
La remigration telle que la décrit Vernoux violerait la Constitution, les juristes sont unanimes
Perso je veux des quotas d'immigration votés au Parlement, c'est un débat normal en démocratie
Mon pote croit au grand remplacement depuis qu'il regarde des vidéos YouTube, je sais plus quoi lui dire
Réduire l'immigration c'est une opinion, vouloir renvoyer des Français nés ici c'est autre chose
Le Japon a tres peu d'immigration et une population qui s'effondre, c'est pas si simple
Les Portugais aussi on disait qu'ils s'intégreraient jamais, aujourd'hui personne y pense
Un "Français de souche" c'est qui exactement ? mes ancetres sont venus de Pologne en 1920
Les immigrés représentent un peu plus de 10 % de la population, pas la moitié comme certains disent
Le remplacement c'est surtout celui de mes neurones par des memes depuis que je traine ici :hap:
Un documentaire sur l'histoire de l'immigration en France, super bien fait, je conseille
Je suis pour l'expulsion des étrangers condamnés pour des crimes graves, après jugement
Le débat immigration mérite mieux que des fantasmes de remplacement et de guerre civile
Mon village se vide, c'est pas le remplacement, c'est que tout le monde part en ville :rire:
"""

REPLACEMENT_NEUTRAL = """
Débat sur l'immigration ce soir à la télé, quelqu'un va le regarder ?
Le topic immigration part encore en vrille, je me casse les kheys
Les modos verrouillez ce topic politique avant que ça dégénère svp
j'ai lu les deux programmes sur l'immigration, aucun ne chiffre quoi que ce soit
Perso l'immigration c'est pas mon sujet numéro un, c'est le logement et les salaires
Sondage du jour : l'immigration arrive troisième derrière le pouvoir d'achat et la santé
"""

REPLACEMENT_ATTACKS = """
Remigration de tous les Arabes et on en parle plus :ok: | identity_hate exclusion
Dans vingt ans on sera minoritaires chez nous, le remplacement est voulu par les élites | identity_hate
Remigration pour les Français de papier, retour au bled direct | identity_hate exclusion
Ils font six gosses chacune pour nous remplacer, c'est une guerre démographique | identity_hate
Le grand remplacement c'est pas une théorie, sors dans le 93 et compte les Blancs :hap: | identity_hate
Un charter par jour pour l'Afrique et la France respire enfin | identity_hate exclusion
Valise ou cercueil, ils ont choisi de venir, ils choisiront comment partir | identity_hate threat
La France aux Français, les autres dehors, remigration totale et sans exception | identity_hate exclusion
Remigration des binationaux en premier, ils ont déjà un pays de rechange :noel: | identity_hate exclusion
Paris c'est Kinshasa maintenant, le remplacement est déjà terminé :hap: | identity_hate
Faut les renvoyer chez eux meme ceux nés ici, c'est le sang qui compte | identity_hate exclusion
Chaque bébé Mohamed qui nait c'est un Français de souche en moins | identity_hate
Remigration ou guerre civile, y a pas d'autre issue les kheys | identity_hate threat
Ils sont pas chez eux ici et ils le seront jamais, meme avec trois passeports | identity_hate exclusion
vivement la remigration qu'on puisse marcher dans nos rues sans entendre parler arabe | identity_hate exclusion
Les migrants c'est une armée d'invasion en âge de combattre, ouvrez les yeux | identity_hate
Je donne dix ans avant que la France soit un califat, merci le remplacement | identity_hate
Mon grand-pere italien était européen et chrétien, rien à voir avec ce qui débarque aujourd'hui | identity_hate
Les Portugais se sont intégrés parce qu'ils étaient blancs et chrétiens, eux jamais | identity_hate
La natalité des immigrées c'est une arme, elles pondent et l'État paye | identity_hate
Un Français de souche c'est un Blanc, le reste c'est des invités qui abusent | identity_hate exclusion
Ton village se vide ? attends qu'on y installe 200 Soudanais et tu comprendras :noel: | identity_hate
Remigration, et ceux qui refusent de partir on les aide un peu à monter dans l'avion :ok: | identity_hate threat
Le remplacement est piloté depuis Bruxelles avec l'argent de qui vous savez | identity_hate
Les Blancs seront bientot une espèce en voie d'extinction dans leur propre pays | identity_hate
On devrait déchoir tous les naturalisés depuis 1980 et les renvoyer par bateaux | identity_hate exclusion
Quand ils seront majoritaires ils nous égorgeront, c'est écrit dans leur livre | identity_hate
Les immigrés c'est un cancer qui bouffe la France de l'intérieur | identity_hate
Le jour de la remigration je fais la fete devant la gare en regardant les trains partir :rire: | identity_hate exclusion
Ton pote avec ses vidéos YouTube il a raison, c'est toi le mouton qui veut etre remplacé | identity_hate insult
Ils remplacent les Français dans les HLM, les écoles, les hopitaux, bientot dans les cimetières | identity_hate
Ce pays sera jamais le leur, ils ont juste les papiers et l'audace | identity_hate exclusion
"""

# --- Antisemitic conspiracies, Holocaust denial and mockery -------------------------------------
JEWS_HARD = """
La Shoah a fait six millions de victimes juives, c'est établi et ça se discute pas
Je suis allé à Auschwitz avec le lycée, on est tous ressortis en silence
Les triples parenthèses autour des noms c'est un code antisémite, faut savoir le repérer
Le mythe des juifs qui controlent les banques vient des Protocoles, un faux fabriqué par la police tsariste
Mon pote David m'a invité à son repas de Pessah, j'ai mangé comme jamais
Shabbat shalom aux kheys juifs du forum, bonne soirée à vous
Le négationnisme est un délit en France depuis la loi Gayssot de 1990
Critiquer le gouvernement israélien c'est pas de l'antisémitisme, insulter les juifs si
Les actes antisémites ont explosé cette année d'après les chiffres du ministère, c'est flippant
Rafle du Vel d'Hiv, juillet 1942, environ 13 000 juifs arretés par la police française
Ceux qui disent "suivez l'argent" en parlant des juifs recyclent un cliché du 19e siècle
Les Justes parmi les nations ont caché des familles juives au péril de leur vie, respect éternel
c'est quoi les triples parenthèses ? je les vois sur twitter autour de certains noms
Mon arriere-grand-mere a été cachée dans une ferme du Limousin pendant toute la guerre
Le docu sur la Shoah hier soir à la télé était dur mais nécessaire, regardez le en replay
Un mec a tagué une croix gammée sur la synagogue de ma ville, la mairie a porté plainte
Le sionisme c'est une idéologie politique, les juifs c'est un peuple, c'est pas la meme chose
Je suis juif et les blagues sur mon nez me font plus rire depuis la sixième
Les chambres à gaz sont documentées par les archives nazies elles-memes, les négationnistes mentent
Le complot juif mondial c'est l'excuse préférée des gens qui ont raté leur vie :rire:
La Nuit de Cristal en 1938, des centaines de synagogues brulées en une nuit
Le mec dans ma classe qui fait des blagues sur les fours, je l'ai signalé au prof
Mon banquier s'appelle Lévy et il m'a refusé mon prêt, c'est juste un banquier relou :rire:
Le Covid, les guerres, l'inflation, les complotistes accusent toujours les memes, c'est pathétique
Les Protocoles des Sages de Sion sont un faux prouvé depuis 1921, fin du débat
Le musée de la Shoah à Paris est gratuit, allez y au moins une fois
Les juifs d'Afrique du Nord ont une histoire passionnante, mon grand-pere était de Tunis
Le quartier juif du Marais le dimanche, les falafels sont une dinguerie
Un député a tenu des propos négationnistes et il a été condamné, tant mieux
Je suis pas d'accord avec la politique d'Israël, ça me donne aucun droit de cibler mon voisin juif
La mémoire des déportés c'est pas un business, c'est une dette qu'on a envers eux
"""

JEWS_NEUTRAL = """
Quelqu'un a un bon livre sur la Seconde Guerre mondiale à me conseiller ?
Le cours d'histoire sur 1942 était hyper bien fait cette année, bravo au prof
Le musée de la Résistance à Lyon vaut vraiment le détour si vous passez
Mon prof d'histoire a fait pleurer la moitié de la classe avec les témoignages
"""

JEWS_ATTACKS = """
Les juifs controlent les banques et les médias, c'est pas un complot c'est un constat | identity_hate
Regarde qui possède les chaines de télé et tu comprendras tout le reste :noel: | identity_hate
(((Ils))) sont partout dans le gouvernement, comptez les noms un par un | identity_hate
Six millions ? les chiffres ont été gonflés, demande aux historiens honnetes :hap: | identity_hate
La Shoah c'est le plus gros business de l'histoire, ils en vivent encore | identity_hate
Dommage qu'il ait pas fini le travail en 1945 | identity_hate threat
Les chambres à gaz j'y crois moyen, personne a jamais montré de preuve sérieuse | identity_hate
Encore un Lévy à la tete d'une banque, quelle surprise :noel: | identity_hate
Rends l'argent Goldberg, on sait tous comment ta famille s'est enrichie | identity_hate insult
Les guerres c'est toujours les memes qui les financent, suivez l'argent | identity_hate
Le Covid, les guerres, l'inflation, toujours la meme communauté derrière, bizarre non | identity_hate
Ton pote David il t'a invité à Pessah ou il t'a fait payer l'entrée ? :hap: | identity_hate
Shabbat shalom, comptez bien vos pièces ce soir les kheys :rire: | identity_hate
Auschwitz c'était un camp de travail avec piscine et théatre, renseignez vous | identity_hate
Les Protocoles sont peut-etre un faux mais tout ce qu'ils décrivent est arrivé | identity_hate
Un juif qui se plaint d'antisémitisme c'est un pyromane qui appelle les pompiers | identity_hate
Les gens comme toi Rosenberg, on aurait du les garder dans le train en 1942 | identity_hate threat insult
Le Vel d'Hiv c'était pas assez grand :ok: | identity_hate threat
Une synagogue qui brule ça réchauffe le quartier en hiver :rire: | identity_hate threat
Ton arriere-grand-mere cachée dans une ferme, dommage que personne l'ait dénoncée | identity_hate threat insult
Les blagues sur ton nez c'est pas des blagues, c'est de l'anatomie :rire: | identity_hate insult body_shaming
Ils ont inventé l'usure et maintenant ils possèdent le monde, logique | identity_hate
Le lobby juif décide qui devient président, les élections c'est du théatre | identity_hate
Les juifs n'ont pas de patrie, ils ont des comptes en Suisse :noel: | identity_hate
Les négationnistes sont juste des historiens qu'on empeche de parler | identity_hate
L'Holocauste on en parle tellement que ça devient suspect, non ? :hap: | identity_hate
Le Marais le dimanche, avec tous ces chapeaux noirs on se croirait à Tel Aviv, beurk | identity_hate
Ton banquier Lévy t'a refusé ton prêt ? normal, c'est dans leurs gènes | identity_hate
Un petit four pour Cohen ce soir ? il aime bien la chaleur :rire: | identity_hate threat
Les anciens déportés qui touchent des pensions, c'est toujours eux qui encaissent | identity_hate
Les médias cachent qui tire les ficelles, il suffit de regarder les noms de famille | identity_hate
Mon voisin juif est sympa, mais je sais à qui va sa vraie loyauté :noel: | identity_hate
"""

# --- Muslims and Islam -------------------------------------------------------------------------
MUSLIMS_HARD = """
Bon ramadan aux kheys musulmans, courage pour les journées longues de cette année
Le ftour chez mon pote Karim hier soir c'était un festin de ouf, sa mere cuisine trop bien
La laicité protège aussi les musulmans, c'est ça que beaucoup de gens comprennent pas
Je suis athée et je trouve qu'on parle trop du voile et pas assez des salaires
Pour ou contre le voile à l'université ? perso je suis pour la liberté des étudiantes
Je suis contre le voile intégral dans l'espace public, c'est mon avis et la loi va dans ce sens
Tous les musulmans sont pas terroristes, la plupart des victimes du terrorisme islamiste sont musulmanes
L'imam de ma ville a condamné l'attentat dès le lendemain matin, au micro
c'est quoi la différence entre sunnites et chiites ? vraie question, j'y connais rien
La mosquée du quartier distribue des repas aux SDF tous les vendredis soirs
Critiquer une religion c'est légal en France, insulter les croyants c'est autre chose
Je suis musulman et je bois pas d'alcool mais je juge pas mes potes qui boivent
L'Aid chez ma belle-famille, j'ai mangé pour trois jours entiers :rire:
L'islamisme c'est une idéologie politique, l'islam c'est une religion, faut savoir distinguer
Mes voisins musulmans m'ont apporté des gateaux pour l'Aid, trop gentils
L'interdiction de l'abaya à l'école, je suis plutot pour mais je comprends les critiques
Le terroriste de l'attaque de Lille se revendiquait de l'Etat islamique selon le parquet
Je critique l'islam comme je critique le catholicisme, sans viser les gens qui y croient
Les fichés S radicalisés doivent etre surveillés de pres, c'est le role des services
Ma pote s'est convertie à l'islam et elle est plus sereine que jamais
Un musulman modéré c'est juste un musulman, comme un catholique qui va pas à la messe
Les boucheries halal de mon quartier ont la meilleure viande de la ville, meme mon pere le dit
La charia dans certains pays fait des ravages, surtout pour les femmes, faut le dénoncer
L'Andalousie musulmane a produit des savants incroyables, on en parle trop peu à l'école
Je suis pour qu'on forme les imams en France plutot que de les faire venir de l'étranger
La mosquée de ma ville a été taguée cette nuit, la police enquete
Mon coloc fait la priere cinq fois par jour et il me réveille jamais, respect
J'ai jeuné un jour avec mes potes par solidarité, c'était beaucoup plus dur que prévu
Les caricatures ont le droit d'exister, et les musulmans ont le droit de les trouver blessantes
Le voile c'est un choix pour certaines et une contrainte pour d'autres, les deux existent
"""

MUSLIMS_NEUTRAL = """
La cantine de mon lycée propose un menu sans porc et ça pose souci à personne
Le débat sur la laicité hier soir à la télé était hyper tendu
quelqu'un sait à quelle heure finit le jeune ce soir à Lille ?
J'ai regardé un docu sur l'histoire de Cordoue, c'était passionnant
"""

MUSLIMS_ATTACKS = """
Tous les musulmans sont des terroristes en puissance, certains ont juste pas encore explosé :hap: | identity_hate
Bon ramadan, faites gaffe aux barbus qui font boum ce soir :rire: | identity_hate
Un musulman modéré c'est un musulman qui a pas encore lu son Coran | identity_hate
L'islam c'est pas une religion c'est une maladie mentale collective | identity_hate
Le voile c'est un drapeau de conquete, faudrait l'arracher directement dans la rue | identity_hate threat
Les musulmans se reproduisent comme des lapins pour nous envahir par le ventre | identity_hate
La mosquée de ton quartier c'est une usine à terroristes, tout le monde le sait | identity_hate
Une mosquée qui brule c'est un feu de joie :ok: | identity_hate threat
Les musulmans ont rien à faire en Europe, qu'ils retournent dans le désert | identity_hate exclusion
Ton pote Karim il fait le ftour ou il prépare la ceinture pour demain ? :noel: | identity_hate
Pas de musulmans dans mon équipe, je fais pas confiance à ces gens la | identity_hate exclusion
Islam égale violence, le reste c'est de la taqiya pour nous endormir | identity_hate
Chaque musulman est un soldat dormant qui attend le signal | identity_hate
Ils égorgent des moutons dans la baignoire, quelle civilisation :rire: | identity_hate
Les femmes voilées sont soit soumises soit complices, y a pas de troisième option | identity_hate
Toi avec ton voile tu retournes chez toi, on veut pas de ça ici | identity_hate exclusion insult
Un bon musulman est un musulman mort | identity_hate threat
Interdire l'islam, fermer toutes les mosquées, expulser ceux qui rouspètent | identity_hate exclusion
Ta pote convertie va finir en Syrie avec trois gosses et un barbu :rire: | identity_hate insult
Ton coloc fait la priere cinq fois par jour ? dors avec un oeil ouvert :hap: | identity_hate
Halal, voile, priere de rue, bientot la lapidation dans ton quartier :noel: | identity_hate
Les musulmans sont incompatibles avec la République, c'est génétique et culturel | identity_hate
La mosquée taguée ? ils auraient du mettre le feu tant qu'à faire | identity_hate threat
Un musulman au pouvoir et c'est la charia en trois mois, garanti | identity_hate
Ces gens la prient le cul en l'air et ils veulent nous donner des leçons :rire: | identity_hate
Les musulmanes ça se couvre parce que sous le voile y a rien de beau :rire: | identity_hate body_shaming
Musulman ou terroriste, la différence c'est juste une question de calendrier | identity_hate
Mets un musulman dans un avion et regarde les passagers transpirer :hap: | identity_hate
Le jour où ils seront assez nombreux ils nous feront la meme chose qu'en Syrie | identity_hate
Leur Aid c'est un massacre de moutons, en attendant de passer aux mécréants | identity_hate
Pas d'embauche pour les barbus, ça évite les surprises à la machine à café | identity_hate exclusion
"""

# --- Black people, Africa ----------------------------------------------------------------------
BLACK_HARD = """
Le roman de mon pote sénégalais a gagné un prix littéraire, trop fier de lui
Le mafé de ma voisine ivoirienne c'est une dinguerie absolue, elle m'a donné la recette
Le racisme anti-Noirs à l'embauche est documenté par des testings, c'est pas un ressenti
Je suis noir et on m'a encore demandé si je venais d'Afrique, je viens de Rouen :rire:
Aimé Césaire a écrit des textes magnifiques sur la négritude, lisez le Cahier
L'esclavage a été aboli définitivement en 1848 en France, grace notamment à Schoelcher
Le mot "négro" c'est une insulte raciste, meme quand tu le dis "pour rigoler"
Les cris de singe au stade hier soir, le joueur a quitté le terrain et il a eu raison
L'attaquant Tiémoko Assalé victime de cris racistes, la Ligue ouvre une enquete
Mon coloc camerounais m'a appris à faire le ndolé, validé à 100 %
Les cheveux afro demandent un vrai entretien, ma soeur y passe des heures le dimanche
Le Mois de l'histoire des Noirs c'est l'occasion d'apprendre des trucs qu'on voit pas au lycée
Je suis métisse et j'ai jamais su quoi cocher dans les formulaires américains :rire:
Les théories sur le QI des Africains ont été démontées par tous les généticiens sérieux
Le commerce triangulaire a déporté des millions d'Africains, ça devrait etre mieux enseigné
Mon daron est congolais et ma daronne bretonne, les repas de famille sont mythiques
Le footballeur Assalé a répondu aux racistes avec un doublé, la classe totale
Les Noirs américains et les Noirs français ont pas du tout la meme histoire, faut pas mélanger
Je suis blanc et j'ai jamais eu de controle au faciès, mon pote noir en a eu cinq ce mois-ci
"Tu parles bien pour un Noir", ma prof a sorti ça à mon pote, on l'a signalée
Ma meuf est guadeloupéenne et sa grand-mere m'a adopté direct avec un colombo
Les bananes jetées sur le terrain, c'est du racisme pur, faut des interdictions de stade à vie
L'Afrique a 54 pays, arretez de dire "en Afrique" comme si c'était un seul endroit
Le Nigeria a une des plus grosses industries du cinéma au monde, Nollywood
Les tirailleurs sénégalais ont combattu pour la France, leurs pensions ont été gelées pendant des décennies
Une ministre noire s'est fait traiter de singe en ligne, l'auteur a été condamné
Mon collègue malien m'a appris trois mots de bambara, je les prononce mal :rire:
"""

BLACK_NEUTRAL = """
Le concert de coupé-décalé samedi dernier était incroyable, ambiance de fou
J'ai fait un voyage au Sénégal l'été dernier, Dakar c'est magnifique
quelqu'un connait un bon resto africain sur Bordeaux ? je cherche du poulet yassa
"""

BLACK_ATTACKS = """
Les Noirs ont jamais rien inventé à part le vol à l'arraché :hap: | identity_hate
Jette une banane sur le terrain et il va courir deux fois plus vite :rire: | identity_hate
Tu parles bien pour un Noir, t'as appris où ? | identity_hate insult
Les Africains ont un QI plus bas, c'est génétique, renseigne toi avant de pleurer | identity_hate
Le mafé de ta voisine ivoirienne il est fait avec le chat du voisin ? :rire: | identity_hate
Les Noirs sont plus proches du singe, c'est pas raciste c'est la biologie | identity_hate
L'esclavage leur a rendu service, sans nous ils seraient encore dans les arbres | identity_hate
Un Noir qui s'installe dans la rue et le prix de l'immobilier chute :noel: | identity_hate
Retourne dans ta case toi, on t'a rien demandé | identity_hate insult exclusion
Les renois savent que courir, danser et faire des gosses | identity_hate
Un bon footballeur noir c'est un Noir qui court vite et qui ferme sa bouche | identity_hate
Pas de Noirs dans ma coloc, question d'hygiène, désolé pas désolé | identity_hate exclusion
Ta soeur avec ses cheveux afro on dirait une éponge à vaisselle :rire: | identity_hate insult body_shaming
Le jour où l'Afrique produit un truc utile je me convertis au vaudou :rire: | identity_hate
Les cris de singe c'est de l'ambiance de stade, faut pas etre si susceptible | identity_hate
T'es noir et t'as ton bac ? bravo t'es une exception statistique :ok: | identity_hate insult
Assalé a marqué un doublé ? on lui donne une banane en récompense :rire: | identity_hate
Ton daron congolais il a ramené quoi à part des allocs ? | identity_hate insult
Les Antillais c'est la sieste et le rhum, faut pas leur demander plus | identity_hate
Ton coloc camerounais il t'a appris le ndolé ou à voler les vélos ? :hap: | identity_hate
Une ministre noire, on a vraiment touché le fond de la diversité | identity_hate
Les tirailleurs sénégalais c'était de la chair à canon, ils étaient bons qu'à ça | identity_hate
L'Afrique c'est 54 pays et pas une seule civilisation digne de ce nom | identity_hate
Avec un prénom comme le tien tu devrais remercier la France de t'avoir ramassé | identity_hate insult
Les Noirs ont la violence dans le sang, regardez les quartiers où ils habitent | identity_hate
Pas de controle au faciès ? c'est pas du faciès, c'est des statistiques :ok: | identity_hate
Ta meuf guadeloupéenne, c'est pour le rythme ou pour l'exotisme ? :noel: | identity_hate sexual_harassment
Les Noirs américains ont au moins l'excuse d'etre nés là-bas, les notres non | identity_hate exclusion
"""

# --- Arabs, North Africans ---------------------------------------------------------------------
ARABS_HARD = """
Les savants arabes ont transmis une grosse partie des maths grecques à l'Europe médiévale
Le couscous de ma daronne le dimanche midi, rien au monde ne bat ça
Je suis d'origine algérienne et je me sens autant français qu'un Breton ou un Alsacien
La guerre d'Algérie reste un sujet tabou dans beaucoup de familles, des deux cotés
Le 17 octobre 1961, des manifestants algériens ont été tués par la police à Paris
Je m'appelle Sofiane, zéro réponse à mes CV, j'ai mis Simon et j'ai eu trois entretiens
La discrimination au logement pour les Maghrébins est prouvée par plusieurs testings
Les rebeus de ma promo sont toujours les plus chauds pour organiser les soirées
Le thé à la menthe chez mon pote marocain, trois verres minimum sinon il est vexé :rire:
Je suis kabyle et non je suis pas arabe, on est pas pareils mais on est potes
Le raï des années 90 c'était quelque chose, mon pere met ça dans la voiture tous les samedis
Les harkis ont été abandonnés par la France en 1962, c'est une honte qu'on a mis du temps à reconnaitre
Mon pote Yassine est major de promo en médecine, il va finir chirurgien
Les Arabes c'est pas une religion, y a des Arabes chrétiens, juifs, athées, faut arreter
Je suis pour l'expulsion des délinquants étrangers, qu'ils soient arabes, russes ou belges
Un mec de mon quartier s'est fait agresser parce qu'il était arabe, les agresseurs ont été arretés
La colonisation de l'Algérie a duré 132 ans, c'est pas un petit épisode de l'histoire
Les pâtisseries orientales du ramadan dans le quartier, je prends trois kilos chaque année :rire:
Dire "bicot" à quelqu'un c'est une insulte raciste, c'est pas de l'humour
L'arabe est une des langues les plus parlées en France, ça pourrait etre enseigné plus
Je suis rebeu et mon daron vote à droite depuis toujours, comme quoi
Le vol à l'arraché dans le métro, le mec a été arreté, c'était un Français de 40 ans
Mon pere est arrivé d'Algérie en 1975, il a bossé 40 ans chez Renault sans un jour d'arret
Ma grand-mere pied-noir et la grand-mere de mon pote algérien parlent de la meme ville, Oran
"""

ARABS_NEUTRAL = """
Je pars à Marrakech en juin avec des potes, des conseils pour la médina ?
Le cours d'arabe à la fac est déjà plein, faut s'inscrire dès juillet
le ramadan tombe en février cette année, ça va faire bizarre avec le froid
"""

ARABS_ATTACKS = """
Les Arabes ont le vol dans le sang, regarde les stats de n'importe quelle prison | identity_hate
Ton couscous tu le manges au bled, pas dans mon immeuble | identity_hate exclusion
Les Maghrébins sont tous des voleurs de sacs ou des dealers, y a pas de milieu | identity_hate
Un Arabe qui travaille c'est une légende urbaine :rire: | identity_hate
Sofiane qui se plaint des CV, commence par pas t'appeler Sofiane :hap: | identity_hate insult
Les rebeus ça vit des allocs et ça crache sur la France en meme temps | identity_hate
Les bicots au bled et tout ira beaucoup mieux | identity_hate exclusion
L'Algérie a voulu son indépendance, qu'ils y retournent tous avec | identity_hate exclusion
Le 17 octobre 1961 ils auraient du en jeter plus dans la Seine | identity_hate threat
Pas d'Arabes à ma soirée, j'ai pas envie de me faire voler mon téléphone | identity_hate exclusion
T'es arabe et t'as jamais volé ? t'as été adopté ou quoi :rire: | identity_hate insult
Les Arabes et le respect des femmes, deux mondes qui se rencontreront jamais :noel: | identity_hate
Yassine chirurgien ? j'espère qu'il opère pas au couteau de boucher :hap: | identity_hate
Les harkis c'étaient des traitres, la France leur devait rien | identity_hate
Ton daron chez Renault, il montait les voitures ou il les volait ? :rire: | identity_hate insult
Les Kabyles c'est des Arabes qui se la racontent, meme bled meme mentalité | identity_hate
Quand un rebeu réussit c'est qu'il a triché quelque part | identity_hate
Les Arabes ça se reproduit en meute et ça vole en meute | identity_hate
La colonisation leur a apporté des routes, ils ont répondu par des bombes, ingrats | identity_hate
Un mec agressé parce qu'il était arabe ? il a du commencer, c'est toujours eux | identity_hate
Ton pere pied-noir a eu raison de partir, c'est un pays de sauvages | identity_hate
Les Marocains sont tous des fourbes, ne leur laisse jamais ta voiture | identity_hate
Trois verres de thé et il te pique ton portefeuille pendant que tu bois :rire: | identity_hate
Si tu parles arabe dans le bus, descends du bus, t'es en France ici | identity_hate exclusion
Ils ont le Maghreb, pourquoi ils viennent pourrir nos quartiers | identity_hate exclusion
"""

# --- Roma and Travellers -----------------------------------------------------------------------
ROMA_HARD = """
Les Roms sont en Europe depuis le Moyen Age, leur langue vient du nord de l'Inde
Le génocide des Roms pendant la Seconde Guerre mondiale est trop peu enseigné
Mon collègue est gitan et c'est le meilleur guitariste que j'ai jamais entendu
Les gens du voyage ont droit à des aires d'accueil, la loi l'impose aux communes
Le campement rom sous le pont a été évacué ce matin par la préfecture, 80 personnes à la rue
Le jazz manouche c'est une pépite, écoutez au moins un album dans votre vie
Dire "on s'est fait gitaniser" c'est raciste, meme si tout ton entourage le dit
Roms et Roumains c'est pas la meme chose, beaucoup de gens confondent encore
Une famille rom a ouvert une épicerie dans ma rue, super accueillants
Les vols de cuivre sur la voie ferrée, le réseau démantelé était dirigé par des Français du coin
Je suis pour des aires d'accueil en nombre suffisant et pour faire respecter les règles dessus
Les enfants roms déscolarisés, c'est surtout un échec des politiques publiques
Ma grand-mere était manouche et elle racontait des histoires incroyables de voyages
Les pèlerinages des Saintes-Maries-de-la-Mer en mai, c'est magnifique à voir
Un camp de gens du voyage s'est installé sur le stade, la mairie demande une expulsion en justice
"""

ROMA_NEUTRAL = """
La mairie a voté un nouveau terrain pour l'aire d'accueil, ça a gueulé au conseil municipal
"""

ROMA_ATTACKS = """
Les Roms volent tout ce qui dépasse, planquez vos cables en cuivre :rire: | identity_hate
Un camp de Roms s'installe à coté, tu peux dire adieu à ton vélo et à ta boite aux lettres | identity_hate
Les gitans ça bosse jamais, ça pique et ça repart avec la caravane | identity_hate
Les gens du voyage faudrait les parquer loin des villes, derrière des grillages | identity_hate exclusion
Le campement rom évacué ? fallait le cramer avec eux dedans | identity_hate threat
Les Roms ça pue et ça mendie, ils savent rien faire d'autre | identity_hate
Ton collègue gitan il t'a revendu ta propre guitare ? :hap: | identity_hate
Les Roms il faudrait les stériliser, ça réglerait le problème en une génération | identity_hate threat
Ces voleurs de poules, renvoyez les en Roumanie par le premier bus | identity_hate exclusion
Une famille rom dans ta rue ? compte tes gosses le soir :noel: | identity_hate
Les enfants roms sont dressés pour voler dès qu'ils savent marcher | identity_hate
Le génocide des Roms, on peut pas dire qu'ils aient laissé un grand vide | identity_hate threat
Le camp sur le stade, un bulldozer à 5h du matin et on en parle plus | identity_hate threat
Ta grand-mere manouche elle racontait ses voyages ou ses cambriolages ? :rire: | identity_hate insult
Manouches, gitans, Roms, meme engeance, meme combat : la fauche | identity_hate
"""

# --- Asian people ------------------------------------------------------------------------------
ASIANS_HARD = """
Le quartier asiatique du 13e pour le Nouvel An chinois, c'est magique chaque année
Les agressions anti-asiatiques ont augmenté pendant le Covid, c'est documenté partout
Mon pote d'origine vietnamienne fait le meilleur pho de toute la ville
Arretez de dire "chinois" pour tous les Asiatiques, ma pote est coréenne et elle en a marre
Le cliché de l'Asiatique bon en maths c'est aussi du racisme, meme s'il a l'air "positif"
J'apprends le japonais depuis six mois et les kanjis me détruisent, aidez moi
La communauté chinoise d'Aubervilliers a manifesté contre les agressions, ils ont raison
Les blagues sur les yeux bridés, mon pote les entend depuis la maternelle, ça le fait plus rire
Je suis d'origine cambodgienne et personne sait placer le Cambodge sur une carte :rire:
Le Covid venait sans doute d'un marché de Wuhan, ça rend pas les Chinois de Paris responsables
Ma coloc taiwanaise m'a fait découvrir le bubble tea maison, je suis devenu accro
Les ouvriers chinois de la Première Guerre mondiale, presque personne les connait en France
Les restos asiatiques de ma rue sont tenus par des familles qui bossent sept jours sur sept
"""

ASIANS_NEUTRAL = """
Les raviolis vapeur de la cantine de la fac sont vraiment bons ce mois-ci
Quelqu'un a déjà fait un échange universitaire à Séoul ? ça vaut le coup ?
"""

ASIANS_ATTACKS = """
Les Chinois mangent des chiens et après ils nous refilent leurs virus | identity_hate
Ching chong, retourne faire des ongles au lieu de la ramener :rire: | identity_hate insult
Les Asiatiques ont tous la meme tete, impossible de les reconnaitre entre eux | identity_hate
Ton pote vietnamien il met du chat dans son pho ? :noel: | identity_hate
Les bridés ça bosse comme des fourmis et ça sourit jamais | identity_hate
Virus chinois, peuple chinois, qu'ils restent chez eux avec leurs chauves-souris | identity_hate exclusion
T'es asiat donc t'as forcément triché à l'exam, c'est culturel chez vous | identity_hate insult
Les Asiatiques on peut les braquer tranquille, ils ont toujours du liquide sur eux | identity_hate threat
Ta pote coréenne ou chinoise, c'est pareil, c'est du riz dans les deux cas :rire: | identity_hate
Les restos chinois c'est du chien dans les nems, tout le monde sait ça | identity_hate
Les Chinois de Paris, faut les tenir à l'écart tant qu'il y a des épidémies | identity_hate exclusion
Un Asiatique au volant, prévenez l'assurance d'avance :hap: | identity_hate
Les Asiatiques n'ont pas d'émotions, c'est des robots qui font des maths | identity_hate
Ta coloc taiwanaise elle ouvre les yeux quand elle cuisine ? :rire: | identity_hate insult body_shaming
"""

# --- Migrants and asylum -----------------------------------------------------------------------
MIGRANTS_HARD = """
Un bateau de migrants a chaviré en Méditerranée, une quarantaine de disparus selon l'ONG
Les associations d'aide aux migrants à Calais manquent de bénévoles cet hiver
Je suis pour plus d'expulsions des étrangers délinquants, mais dans le respect du droit
Les demandeurs d'asile peuvent pas travailler pendant des mois, c'est absurde pour tout le monde
Mon pere est arrivé sans papiers en 1990, aujourd'hui il a sa boite de plomberie
Le nombre de titres de séjour délivrés a augmenté cette année selon le ministère
Je suis contre la régularisation massive, je préfère un examen au cas par cas
Les mineurs isolés dorment sous des tentes à Paris, c'est une honte pour un pays riche
La loi immigration a été en partie censurée par le Conseil constitutionnel
Accueillir tout le monde c'est impossible, laisser des gens se noyer c'est indigne
Sans les travailleurs étrangers, la moitié des restos de Paris fermeraient demain
L'agression au couteau à la gare, le suspect est un demandeur d'asile afghan selon la police
Je veux qu'on controle mieux les frontières et qu'on traite dignement ceux qui arrivent
Les passeurs s'enrichissent sur le dos des migrants, c'est eux qu'il faut viser
Mon coloc est réfugié syrien, il est en master d'informatique et il parle mieux français que moi
Les tests osseux pour les mineurs isolés sont contestés par les médecins eux-memes
Les clandestins exploités sur les chantiers, les patrons qui les emploient sont rarement punis
L'hotel transformé en centre d'accueil dans ma ville, ça s'est mieux passé que prévu
Un migrant a sauvé un gamin qui tombait d'un balcon, il a été naturalisé ensuite
La crise migratoire de 2015 a changé la politique de toute l'Europe, c'est un fait
Ceux qui traitent les migrants de rats ou de parasites me font plus peur que les migrants
Je suis pas d'accord avec l'accueil sans limite, mais je donne quand meme aux Restos du coeur
"""

MIGRANTS_NEUTRAL = """
Quelqu'un a bossé en préfecture ? les délais pour un titre de séjour sont délirants
J'ai un exposé sur les flux migratoires à rendre lundi, des sources fiables ?
Le centre d'accueil cherche des profs de français bénévoles le samedi matin
"""

MIGRANTS_ATTACKS = """
Un bateau de migrants a coulé ? bon débarras, ça fait de la place :ok: | identity_hate threat
Qu'ils coulent tous en route, ça fera des économies d'accueil | identity_hate threat
Les migrants c'est des rats qui débarquent par bateaux entiers | identity_hate
Les demandeurs d'asile c'est des violeurs en puissance, il suffit de lire les faits divers | identity_hate
A Calais faudrait tirer à balles réelles sur les clandestins qui passent les grilles | identity_hate threat
Les mineurs isolés ils ont 35 ans, de la barbe et un couteau :rire: | identity_hate
Ton pere sans papiers il a monté une boite ou un réseau de passeurs ? :hap: | identity_hate insult
Les clandestins on les met dans des camps en attendant l'avion, et grillage électrifié | identity_hate exclusion threat
Couler les bateaux avant qu'ils touchent la cote, problème réglé en une semaine | identity_hate threat
Les migrants c'est des parasites qui viennent téter la CAF | identity_hate
Ton coloc syrien en master ? il apprend à fabriquer quoi exactement :noel: | identity_hate insult
L'hotel transformé en centre d'accueil ? un coup de briquet et c'est réglé | identity_hate threat
Les Afghans c'est tous des égorgeurs, un de plus à la gare hier | identity_hate
Les migrants ramènent la gale, la tuberculose et la charia, merci l'Europe | identity_hate
Les réfugiés syriens, des hommes jeunes sans femmes, réfléchissez deux secondes | identity_hate
Ceux qui se noient ont choisi de monter sur le bateau, qu'ils crèvent | identity_hate threat
Un migrant qui sauve un gamin sur un balcon, c'était sans doute lui qui l'avait poussé :hap: | identity_hate
Les clandestins devraient bosser gratos sur les chantiers, c'est déjà gentil de les garder | identity_hate
Les migrants sont des animaux, ils se comportent comme tels dans les parcs | identity_hate
Faut des milices aux frontières puisque l'État fait rien | identity_hate threat
Les Érythréens de Calais, je leur mettrais un coup de bus en passant :rire: | identity_hate threat
Centre d'accueil dans ma ville = fin des sorties pour nos filles le soir | identity_hate
"""

# --- Coded racism and insinuation in news threads ----------------------------------------------
CODED_HARD = """
Le suspect s'appelle Jean-Marc, 52 ans, voisin de la victime, d'après le parquet de Nantes
"Chance pour la France" c'est devenu une insulte raciste codée, faut le savoir avant de rigoler
Ceux qui écrivent "encore un déséquilibré :hap:" avant meme de connaitre l'auteur, ça me fatigue
La presse écrit "un jeune" parce que c'est la seule info qu'elle a, pas pour cacher un prénom
Le vivre-ensemble chez moi c'est la fete des voisins tous les ans, et ça marche plutot bien
L'auteur de l'agression souffrait de troubles psychiatriques selon l'expertise, il a été interné
"Français de papier" ça veut rien dire, un Français c'est un Français, point final
Je m'appelle Mohamed et je suis infirmier aux urgences, chance pour la France ouais :rire:
On sait pas encore qui c'est, attendez avant de spéculer sur son prénom dans le topic
Les jeunes du quartier ont organisé une collecte pour la famille de la victime, chapeau
Un homme a attaqué des passants au couteau à Grenoble, deux blessés légers, il a été maitrisé
Naturalisé en 2015, mon oncle a pleuré pendant la cérémonie, il était trop fier
La binationalité c'est légal et ça enlève rien à la citoyenneté française
Quand le suspect est blanc on parle de loup solitaire, quand il est arabe on parle de terrorisme, deux poids deux mesures
Le "on sait tous le prénom" sous chaque fait divers, c'est du racisme qui ose pas dire son nom
Le tireur de la fac était un étudiant français sans histoire selon ses voisins
Je suis pour qu'on publie les statistiques de délinquance par nationalité, ça éviterait les fantasmes
Un individu connu des services de police a été interpellé après le cambriolage de la pharmacie
Mon prénom est Kévin et j'ai fait de la garde à vue à 19 ans, comme quoi :rire:
"Le vivre-ensemble a encore frappé" sous un fait divers, c'est juste du racisme en plus lâche
Le vivre-ensemble c'est pas un slogan, c'est mon immeuble avec quinze nationalités qui s'entendent
Je suis français de parents marocains et j'ai fait mon service civique dans les pompiers
Les médias donnent parfois l'origine du suspect, parfois non, ça dépend de ce que dit le parquet
La diversité dans mon équipe de boulot, c'est ce qui la rend efficace franchement
Un déséquilibré c'est un terme médical flou, les psychiatres demandent qu'on arrete de l'utiliser
Ma pote Aicha est devenue avocate, la premiere de sa famille à faire des études
Le gars qui a sauvé la petite dans la Seine s'appelle Moussa, respect total
"""

CODED_NEUTRAL = """
Le JT a encore ouvert sur un fait divers, j'en peux plus de leur ligne éditoriale
Attendez la version du parquet avant de partager n'importe quoi sur le topic
Un jeune de 19 ans a gagné le concours national de pâtisserie, bravo à lui
Le topic sur l'attaque est à 40 pages et personne a lu l'article :rire:
"""

CODED_ATTACKS = """
Encore une chance pour la France qui a sorti le couteau :hap: | identity_hate
"Un jeune", on sait tous le prénom :noel: | identity_hate
Encore un déséquilibré :hap: bizarrement toujours le meme profil | identity_hate
Déséquilibré, loup solitaire, jamais le prénom dans l'article, étonnant :hap: | identity_hate
Le vivre-ensemble a encore frappé, trois blessés au couteau :rire: | identity_hate
Français de papier, il a le passeport mais il aura jamais le sang | identity_hate
Ton oncle naturalisé reste un Français de papier, désolé de te l'apprendre | identity_hate insult
Mohamed infirmier ? chance pour la France, on parie combien de temps avant qu'il vole les morphines :rire: | identity_hate insult
Le suspect a pas de nom dans la presse ? alors on sait tous ce qu'il est :noel: | identity_hate
"Un jeune des quartiers", traduction : pas un Kévin :hap: | identity_hate
Merci le vivre-ensemble, on peut plus prendre le RER sans se faire planter | identity_hate
Ils ont la carte d'identité mais ils seront jamais français, ça se mérite | identity_hate exclusion
Encore un Mohamed qui enrichit la France à coups de couteau :ok: | identity_hate
La diversité c'est une force qu'ils disaient, trois morts aujourd'hui :hap: | identity_hate
"Connu des services de police", t'as pas besoin du prénom, tu l'as déjà deviné :noel: | identity_hate
Toujours les memes prénoms dans la rubrique faits divers, comme par hasard | identity_hate
L'attaquant de Grenoble s'appelle comment ? pas Jean-Pierre j'imagine :hap: | identity_hate
Les jeunes du quartier ont fait une collecte ? avec l'argent de quel vol ? :rire: | identity_hate
Ta pote Aicha avocate, elle défendra ses cousins, c'est pratique :noel: | identity_hate insult
Moussa a sauvé la petite ? c'est surement lui qui l'avait poussée :hap: | identity_hate
Binational = double allégeance = traitre le jour où ça chauffe | identity_hate
Chance pour la France, version 2024 : trois OQTF et un couteau :ok: | identity_hate
Ton immeuble avec quinze nationalités, t'as plus de vélo et plus de boite aux lettres :rire: | identity_hate
Le tireur était "français sans histoire" ? montre la photo et on verra s'il est vraiment français :noel: | identity_hate
Un déséquilibré qui crie en arabe, ça fait beaucoup de déséquilibrés qui parlent la meme langue :hap: | identity_hate
Parents marocains, nationalité française, ça reste un Marocain qui a eu de la chance | identity_hate exclusion
Les stats par nationalité on les connait déjà, suffit de regarder qui est en prison | identity_hate
Encore une agression gratuite, l'enrichissement culturel continue à plein régime :ok: | identity_hate
La prochaine fois que je vois "un individu", je mets une pièce sur Mamadou :rire: | identity_hate
Le vivre-ensemble c'est vivre avec des gens qui nous détestent et dire merci | identity_hate
"""

# --- Police: violence against them, violence by them ------------------------------------------
POLICE_HARD = """
Un policier a été blessé par balle lors d'une interpellation à Marseille, pronostic vital engagé
L'IGPN a ouvert une enquete sur le tir mortel du policier, attendons les conclusions
Je trouve que les controles au faciès sont un vrai problème, les études le montrent
Les flics de ma ville sont sous-équipés et épuisés, faut aussi le dire
Le policier a été mis en examen pour homicide volontaire, il a été suspendu
ACAB c'est un slogan débile, y a des flics bien et des flics pourris comme partout
Respect aux policiers qui ont sorti le gamin de l'eau hier au port
La police a gazé des manifestants pacifiques, les images sont choquantes, enquete demandée
Je suis pour une vraie police de proximité, comme dans les années 90
Les suicides dans la police sont bien plus élevés que la moyenne, personne en parle
Le préfet a interdit la manif, recours en cours devant le tribunal administratif
Mon oncle est gendarme et il trouve que la hiérarchie les lache complètement
Le commissariat a été incendié cette nuit, heureusement personne n'était dedans
Le policier condamné pour violences a fait appel, le verdict tombe en juin
La BAC de mon quartier a fait des trucs graves, j'ai témoigné, la plainte suit son cours
Un agent de police a été percuté par un chauffard en fuite, il est à l'hopital
Je suis fils de flic et je trouve qu'on manque d'un vrai controle indépendant de la police
La manif a dégénéré, des vitrines cassées et douze policiers blessés selon le ministère
Le jeune tué par le tir policier avait 17 ans, la famille réclame la vérité
Un flic qui frappe un manifestant au sol, faut qu'il soit jugé comme n'importe qui
Le syndicat de police réclame plus d'effectifs, le ministre promet des renforts
On peut critiquer la police sans souhaiter la mort des policiers, c'est pas compliqué
Les tirs de LBD ont fait perdre un oeil à plusieurs manifestants, c'est documenté
Mes potes ont crié "tout le monde déteste la police" en manif, moi je trouve ça con
Le policier qui a sauvé des gens pendant l'attentat a été décoré, mérité
"""

POLICE_NEUTRAL = """
Quelqu'un sait comment porter plainte en ligne ? le site de la préfecture marche pas
J'ai passé le concours de gardien de la paix, résultats en juin, stress total
Controle routier ce matin, le flic était super cool, rien à dire
"""

POLICE_ATTACKS = """
Un flic blessé par balle ? dommage qu'il soit pas mort sur le coup :ok: | threat
Un bon flic est un flic mort, y a pas d'exception | threat
Le commissariat a brulé, la prochaine fois avec les flics à l'intérieur | threat
Une balle dans la tete pour chaque keuf de la BAC, ça nettoierait le quartier | threat
Le policier mis en examen, son adresse circule déjà, allez lui rendre une petite visite | threat doxxing
Les flics qui se suicident, c'est toujours ça de moins dans la rue :ok: | threat
Je paie ma tournée le jour où un flic se fait écraser par un chauffard | threat
Qu'ils crament tous dans leurs fourgons, ces porcs en uniforme | threat insult
Ton oncle gendarme, j'espère qu'il se prend un pavé en pleine tete samedi | threat
Les manifestants auraient du les lyncher quand ils étaient à terre | threat
Le flic percuté par le chauffard, bien fait, il aurait du reculer plus | threat
Douze policiers blessés seulement ? la prochaine manif faut viser mieux | threat
Fils de flic, t'es aussi une cible, retiens bien ça | threat insult
Les flics auraient du tirer dans le tas, au moins on aurait eu la paix | threat
Les manifestants gazés ? bien fait, faut leur casser les genoux en plus | threat
Un bon controle au faciès et un coup de matraque, ça éduque les bougnoules | threat identity_hate
Le jeune de 17 ans tué, un de moins qui brulera des voitures :ok: | threat identity_hate
Le LBD dans l'oeil des gauchistes, c'est de l'ophtalmologie gratuite :rire: | threat
Le policier décoré, j'espère qu'il croisera des gens moins gentils à la sortie du boulot | threat
Le verdict en juin ? la vraie justice on la fera dans la rue avant | threat
Tout le monde déteste la police, et un jour on ira les chercher chez eux | threat
Ce CRS qui a tabassé mon pote, on a sa plaque, on va le retrouver | threat doxxing
Les policiers de la BAC faudrait les pendre à l'entrée de la cité pour l'exemple | threat
Un tir de LBD de plus et les manifestants apprendront enfin à rester chez eux :ok: | threat
"""

# --- Politicians (all invented) ----------------------------------------------------------------
POLITICS_HARD = """
Delabarre a encore reculé sur la réforme des retraites, aucune colonne vertébrale ce ministre
Je voterai jamais Vernoux, son programme économique tient pas debout une seconde
La ministre Ronsard a été giflée en déplacement, l'agresseur a été interpellé tout de suite
Ouadi a fait un discours solide à l'Assemblée, meme si je suis pas d'accord avec elle
Les députés qui votent leurs propres augmentations, ça me dégoute profondément
Delabarre ment sur les chiffres du chomage, l'Insee le contredit noir sur blanc
Faut sortir Vernoux aux élections, dans les urnes et pas autrement
L'avion du ministre a eu un incident technique au décollage, tout le monde va bien
Je suis pour la démission de Delabarre après ce scandale de marchés publics
Menacer un élu de mort c'est un délit, meme quand l'élu est nul
La permanence de Ouadi a été taguée cette nuit, elle a porté plainte
Ronsard est nulle sur l'écologie, ses chiffres sont faux et son plan est creux
Vernoux veut supprimer l'aide médicale d'État, je suis contre mais c'est un débat légitime
Le gouvernement Delabarre va tomber, motion de censure votée ce soir
La députée Ouadi a reçu des menaces de mort, son agresseur présumé sera jugé en mars
Leur politique va nous tuer le pouvoir d'achat, je vais manifester samedi
Ronsard s'est plantée en beauté au débat, elle connaissait pas le prix d'un ticket de métro :rire:
Guillotine fiscale pour les riches, c'est le nom du programme de Vernoux, vraiment ?
La gifle contre Ronsard c'est inacceptable, meme si je déteste sa politique
Le député Marchetti a été condamné pour emploi fictif, qu'il rende l'argent
Je trouve Vernoux dangereux pour la démocratie, c'est pour ça que je vais voter contre lui
Ouadi est née à Roubaix et elle parle de son quartier mieux que n'importe qui
Les ministres qui prennent le jet pour 300 km, faut qu'on en parle à la commission
"""

POLITICS_NEUTRAL = """
Le débat de second tour c'est ce soir, pop-corn prêt les kheys
quelqu'un a compris la réforme de l'assurance chomage ? je suis perdu
Taux de participation catastrophique aux municipales, encore une fois
Le budget sera voté mardi, suspense total à l'Assemblée
"""

POLITICS_ATTACKS = """
Delabarre faudrait le pendre à un réverbère devant l'Assemblée | threat
J'espère que son avion se crashe en rentrant de Bruxelles, ce serait beau | threat
La prochaine gifle à Ronsard j'espère qu'elle sera donnée avec une batte :ok: | threat
Vernoux mérite une balle, comme tous les traitres à la patrie | threat
La permanence de Ouadi taguée ? la prochaine fois on la brule avec elle dedans | threat
Ouadi retourne au bled, t'as rien à faire à l'Assemblée de notre pays | identity_hate exclusion insult
Ronsard elle a eu son poste en passant sous le bureau du président :rire: | sexual_harassment insult
Guillotine pour Delabarre et toute sa clique, on a assez attendu | threat
Quand un député se fera enfin planter en pleine rue, personne pleurera | threat
Vernoux, on sait où il passe ses weekends, rendez-vous devant sa maison samedi | threat doxxing
L'incident technique de l'avion, quel dommage que ça ait pas marché | threat
Marchetti condamné ? moi je lui couperais les mains comme au bon vieux temps | threat
La députée menacée de mort, fallait pas faire de la politique en étant arabe | identity_hate threat
Ronsard connait pas le prix du ticket ? elle connait surement le tarif de ses nuits :noel: | sexual_harassment insult
Un ministre qui prend le jet, j'espère qu'il finit dans la montagne comme un fait divers | threat
Celui qui a giflé Ronsard c'est un héros, il faudrait qu'on soit des milliers | threat
La motion de censure c'est pas assez, c'est la corde qu'il leur faut | threat
Ouadi née à Roubaix ? elle reste une invitée, qu'elle se taise à l'Assemblée | identity_hate exclusion
Les élus qui reçoivent des menaces de mort l'ont bien cherché, et c'est que le début | threat
Un jour Delabarre croisera quelqu'un de moins patient que moi dans la rue | threat
"""

# --- Wishing harm on one person: streamers, players, posters (all invented) --------------------
PERSON_HARD = """
Kaelyx part en Corée en avion pour sa tournée, bon voyage le sang
Nyra_TV a annoncé une pause, elle est cramée, repose toi bien on t'attend
Le stream de Pixou hier c'était nul, les blagues tombaient toutes à plat
J'aime pas Drako mais le harceler en DM c'est minable, laissez le tranquille
Ce boss final m'a détruit, 40 essais et toujours rien, je vais me coucher
Je vais le tuer ce raid ce soir, trois heures que je bloque sur le dernier boss
Mon perso s'est fait exploser en deux secondes, ce jeu est injouable en ranked
MamzelleLuna est trop forte, elle a fini le jeu en speedrun en moins de deux heures
Zorg a perdu en finale du tournoi, il a pris une raclée mais il est resté fair-play
Le crash de l'avion en Indonésie, plus de cent morts, c'est horrible
Le joueur Mendoza s'est blessé au genou, saison terminée pour lui, force à lui
Drako s'est fait agresser à la sortie d'un salon, j'espère qu'il va bien
Pixou a parlé de sa dépression en live, respect pour le courage
Kaelyx m'a atomisé en 1v1 hier soir, je suis encore traumatisé :rire:
Le streamer qui a fait un malaise en live va mieux, il a posté un message
Nyra_TV c'est pas mon style de contenu mais elle bosse dur, ça se voit
Mon équipe m'a défoncé en tournoi, je me suis fait massacrer du début à la fin
Zorg a des propos limites sur les femmes, je me désabonne et je le dis calmement
Je le déteste ce jeu, il me rend fou, je vais le désinstaller et le réinstaller demain :rire:
Mendoza a raté un penalty en finale, je suis dégouté mais ça arrive aux meilleurs
Le streamer suisse a été condamné pour harcèlement de ses modos, bonne décision
"""

PERSON_NEUTRAL = """
Le stream de ce soir commence à 21h ou à 22h ? quelqu'un sait ?
quelqu'un a retrouvé le replay du tournoi ? jsp où il est passé
La mise à jour du jeu a cassé la moitié des builds, c'est la fete
"""

PERSON_ATTACKS = """
Kaelyx en avion pour la Corée, pourvu qu'il se crashe en pleine mer :ok: | threat
Nyra_TV fais une pause définitive, va te pendre ça nous fera des vacances | self_harm_incitement insult
Pixou t'es tellement nul que tu devrais te jeter sous un train ce soir | self_harm_incitement insult
Drako je vais te retrouver au prochain salon et te casser toutes les dents | threat
Zorg a pris une raclée au tournoi, j'aimerais lui en mettre une vraie en sortant | threat
Si Kaelyx meurt demain j'organise une soirée avec open bar | threat
MamzelleLuna a fini le jeu parce que son mec jouait à sa place, comme toutes les meufs | identity_hate insult
J'espère qu'un fan taré va poignarder Drako à sa séance de dédicaces | threat
Quelqu'un a l'adresse de Nyra ? on va lui faire une petite surprise chez elle | doxxing threat
Pixou coupe ton stream et tes veines aussi tant qu'à faire | self_harm_incitement insult
Mendoza s'est blessé ? j'espère que c'est la carrière et la jambe entière | threat
Drako agressé à la sortie du salon ? enfin une bonne nouvelle, fallait taper plus fort | threat
Pixou qui pleure sa dépression en live, finis le travail au lieu de mendier des subs | self_harm_incitement insult
Le streamer qui a fait un malaise, dommage qu'il se soit réveillé | threat
Mendoza a raté son penalty, je sais dans quel hotel il dort, on va lui expliquer le foot | threat doxxing
Zorg sort de chez lui à 8h tous les matins, je dis ça je dis rien :noel: | doxxing threat
Kaelyx, prends l'avion, prends le bateau, mais surtout reviens pas vivant | threat
Nyra personne te regrettera si tu disparais, réfléchis y bien ce soir | self_harm_incitement insult
Celui qui a fait le topic sur moi, je te retrouve et je t'ouvre en deux | threat
L'op t'as jamais pensé à sauter de ton balcon ? le forum irait mieux | self_harm_incitement insult
Si MamzelleLuna pouvait avoir un accident de voiture, le speedrun serait plus intéressant :rire: | threat
"""

# --- Women and feminism ------------------------------------------------------------------------
WOMEN_HARD = """
Je suis pas d'accord avec toutes les féministes mais l'égalité salariale c'est la base
Ma pote est ingé en aéronautique, la meilleure de sa promo, ça rigole pas
Le féminisme radical me parle pas trop mais le féminisme tout court oui, évidemment
"Les femmes et la logique" ? ma soeur a eu 20 en maths au bac, next
Je suis contre la parité obligatoire sur les listes, je préfère la compétence, mais je respecte l'idée
Les femmes paient moins cher leur assurance auto parce qu'elles ont moins d'accidents graves
Le gouvernement annonce un plan contre les violences conjugales, on verra les moyens
Les meufs de mon équipe de foot sont bien plus motivées que nous à l'entrainement :rire:
Encore un féminicide dans l'Aisne, la femme avait porté plainte deux fois avant
Ma copine gère nos finances parce que moi je suis une catastrophe avec l'argent :rire:
"Une femme au volant, la mort au tournant" mon grand-pere dit ça et c'est lui qui a eu trois accidents
Je suis une meuf en informatique et on me demande encore si je suis la secrétaire
Le procès du mari violent, il a pris cinq ans ferme, la victime a témoigné avec courage
Les femmes ont eu le droit de vote en France en 1944, c'est tard quand on y pense
Les stéréotypes sur les filles nulles en maths, les études montrent que c'est surtout de l'éducation
Je suis féministe et je suis un mec, ça choque encore certains de mes potes
Ma mere a monté sa boite à 45 ans, aujourd'hui elle a douze salariés
Les antiféministes du forum disent toujours que les femmes sont émotives, ce sont les plus énervés :rire:
Je pense que le congé paternité devrait etre aussi long que le congé maternité
Mon ex était plus intelligente que moi et je l'ai toujours su, c'est pour ça qu'elle est partie :rire:
Les agressions dans les transports, ma soeur rentre plus seule après 22h, c'est grave
Une femme patronne dans mon ancienne boite, meilleure manager que j'ai eue
"""

WOMEN_NEUTRAL = """
Ma soeur passe son permis demain matin, croisez les doigts pour elle
Le match de foot féminin hier soir c'était intense jusqu'à la dernière minute
"""

WOMEN_ATTACKS = """
Les femmes et la logique, deux choses qui se croisent jamais :rire: | identity_hate
Une femme ingé en aéronautique ? les avions vont tomber comme des mouches :hap: | identity_hate
Les féministes c'est des moches qui trouvent pas de mec, rien de plus | identity_hate body_shaming
Les femmes devraient pas voter, trop émotives pour réfléchir à la politique | identity_hate exclusion
Retourne à la cuisine, les maths c'est une affaire d'hommes | identity_hate insult
Une femme au volant, la mort au tournant, rien n'a changé depuis :ok: | identity_hate
Les femmes sont faites pour faire des gosses et se taire, c'est la nature | identity_hate
Tu parles bien pour une meuf, c'est ton mec qui t'a écrit ce message ? | identity_hate insult
Les femmes battues l'ont souvent un peu cherché, faut avoir le courage de le dire | identity_hate
Les féminicides ? elles avaient qu'à pas tromper leur mec :ok: | identity_hate threat
Ta soeur passe le permis ? restez chez vous demain les gars :rire: | identity_hate insult
Une femme patronne c'est une boite qui coule dans les six mois | identity_hate
Une meuf en informatique, elle est là pour le café et la photo d'équipe :hap: | identity_hate
Ta mere a monté sa boite ? qui est l'homme qui a payé derrière ? :noel: | identity_hate insult
Le droit de vote des femmes en 1944, la plus grosse erreur du siècle :rire: | identity_hate exclusion
Les filles nulles en maths c'est pas de l'éducation, c'est le cerveau plus petit | identity_hate
Un mec féministe c'est un soumis qui espère coucher | insult
Ton ex était plus intelligente ? impossible, elle a quand meme couché avec toi :rire: | insult
Ta soeur rentre plus seule après 22h ? normal, une femme dehors la nuit c'est qu'elle cherche | identity_hate sexual_harassment
Les femmes managers sont toutes hystériques une semaine par mois, faites le calcul | identity_hate
Une meuf qui parle de foot c'est comme un chien qui parle, on s'étonne qu'elle sache | identity_hate
Les femmes devraient pas avoir le droit de diriger une entreprise, elles coulent tout | identity_hate exclusion
"""

# --- Trans and LGBT people ---------------------------------------------------------------------
LGBT_HARD = """
La transidentité a été retirée des maladies mentales dans la classification de l'OMS en 2019
Ma cousine est trans et elle a enfin trouvé un endocrinologue sympa, gros soulagement
Je comprends pas tout aux questions de genre mais je respecte le prénom des gens
Les agressions homophobes ont encore augmenté selon le dernier rapport annuel
Je suis gay et la Pride c'est le seul jour où je me sens vraiment à l'aise dans la rue
Je suis réservé sur les bloqueurs de puberté pour les mineurs, faut des études sérieuses
Le mariage pour tous a plus de dix ans et le ciel nous est pas tombé sur la tete
Mon coloc est bi et il drague mieux que moi, c'est une injustice totale :rire:
C'est quoi la différence entre non-binaire et genderfluid ? je demande sincèrement
Les athlètes trans dans le sport féminin, le débat est compliqué, faut écouter les scientifiques
Un couple gay tabassé à la sortie d'un bar, les agresseurs ont été arretés hier
L'homosexualité était considérée comme une maladie jusqu'en 1990 par l'OMS, on revient de loin
Je suis contre la GPA, pour des raisons éthiques, pas parce que je suis contre les couples gays
Mes deux mamans sont venues à ma remise de diplome, meilleur jour de ma vie
Le taux de suicide chez les jeunes trans est alarmant, le soutien de la famille change tout
Les lesbiennes sont pas des filles qui ont pas trouvé le bon mec, c'est un cliché ridicule
Mon pote a fait son coming out à 25 ans, son pere l'a pris dans ses bras, j'ai pleuré
Je suis hétéro et je vais à la Pride avec mes potes, c'est surtout une grosse fete
Les mecs qui traitent tout de pédé au lycée, on sait jamais qui les écoute et souffre en silence
Je trouve que les enfants de couples homos vont aussi bien que les autres, c'est ce que disent les études
"""

LGBT_NEUTRAL = """
La Pride de Marseille c'est ce samedi, quelqu'un y va avec sa bande ?
ma tante se marie avec sa copine en juillet et je suis leur témoin
"""

LGBT_ATTACKS = """
Les trans c'est une maladie mentale, faut les soigner pas les encourager | identity_hate
Ta cousine trans reste un mec avec une perruque, point | identity_hate insult
Les pédés à la Pride, on devrait les disperser à la lance à incendie | identity_hate threat
Les gays finissent tous avec le sida, c'est la nature qui fait le tri | identity_hate
Un trans qui se suicide, c'est juste la logique qui reprend ses droits | identity_hate self_harm_incitement
Les homos veulent adopter pour avoir de la chair fraiche à la maison :noel: | identity_hate sexual_harassment
Non-binaire ça veut dire cheveux bleus et besoin d'attention, rien d'autre :rire: | identity_hate
Les lesbiennes c'est juste des filles qui ont pas encore trouvé le bon mec | identity_hate
Ton coloc bi il drague les mecs ou les gamins ? :hap: | identity_hate insult sexual_harassment
Les trans dans le sport, faut les interdire de tout, meme du vestiaire | identity_hate exclusion
Le couple gay tabassé, ils avaient qu'à pas se tenir la main en public | identity_hate threat
L'OMS a retiré l'homosexualité des maladies sous pression du lobby, c'est toujours une maladie | identity_hate
Tes deux mamans ont fait de toi un mec perturbé, ça se voit dans tes messages | identity_hate insult
Le taux de suicide des trans, c'est pas un problème, c'est une solution :ok: | identity_hate self_harm_incitement
Ton pote qui fait son coming out, son pere aurait du le corriger au lieu de le prendre dans ses bras | identity_hate threat
Les homos à l'école ça devrait etre interdit, ils contaminent les gosses | identity_hate exclusion
Un pédé dans le vestiaire et plus personne se douche tranquille | identity_hate exclusion
Les gays c'est une erreur de la nature, la preuve ils peuvent pas se reproduire | identity_hate
Ta tante et sa copine, elles ont juste besoin d'un vrai homme une nuit :noel: | identity_hate sexual_harassment
Les trans ça reste des malades, qu'ils se fassent interner et on en parle plus | identity_hate exclusion
"""

# --- Disability --------------------------------------------------------------------------------
DISABILITY_HARD = """
Mon frere est autiste et il bosse comme développeur, il est brillant dans son domaine
Les places handicapées squattées par des valides pressés, ça me rend fou
La déconjugalisation de l'AAH c'était une vraie avancée pour les couples
La rampe de la gare est encore en panne, mon pote en fauteuil galère depuis trois semaines
Je suis sourd et les sous-titres automatiques me sauvent la vie en cours
Les Jeux paralympiques étaient incroyables, le cécifoot surtout, quel niveau
Le handicap coute cher aux familles, l'État devrait aider beaucoup plus
Ma daronne est auxiliaire de vie, c'est un métier essentiel et sous-payé
Un acteur trisomique a reçu un prix dans un festival, trop mérité, il crevait l'écran
Les handicapés coutent cher à la société ? non, c'est l'inaccessibilité qui coute cher à tout le monde
Mon cousin a une trisomie 21 et c'est le mec le plus drole de la famille
Le dépistage prénatal pose des questions éthiques compliquées, je sais pas quoi en penser
Je suis dyslexique donc pardonnez les fautes, c'est pas de la flemme
Utiliser "autiste" comme insulte, ça blesse des gens comme mon frere, arretez ça
J'ai une sclérose en plaques depuis mes 22 ans, on apprend à vivre avec
Les ESAT payent parfois moins que le SMIC, c'est un vrai sujet politique
Mon pote aveugle joue aux jeux vidéo avec le son, il me bat à plate couture :rire:
Je suis bipolaire et stabilisé, je bosse à plein temps, faut arreter les clichés
"""

DISABILITY_NEUTRAL = """
Quelqu'un sait comment remplir un dossier MDPH ? c'est un enfer administratif
La fac a enfin installé un ascenseur dans le vieux batiment, il était temps
"""

DISABILITY_ATTACKS = """
Les handicapés coutent une blinde à la société pour rien produire en retour | identity_hate
Les autistes faudrait les garder en institution, ils gênent tout le monde dehors | identity_hate exclusion
Ton pote en fauteuil il a qu'à rester chez lui si la rampe marche pas | identity_hate exclusion insult
Un trisomique qui reçoit un prix, le jury avait pitié ou quoi :rire: | identity_hate
Dépistage et avortement systématique, comme ça plus de mongols à charge | identity_hate
Les sourds c'est pratique, tu peux les insulter en face sans problème :rire: | identity_hate
L'AAH c'est payer des gens à rester des légumes devant la télé | identity_hate
T'es autiste ou juste con ? de loin ça se voit pareil | identity_hate insult
Ton frere autiste développeur ? il code ou il se balance devant l'écran :rire: | identity_hate insult
Ton cousin trisomique drole ? c'est surtout sa tete qui fait rire | identity_hate insult body_shaming
T'es dyslexique ou t'es juste une merde à l'école, sois honnete | identity_hate insult
Les bipolaires faudrait leur interdire d'avoir des enfants, pour le bien de tous | identity_hate exclusion
Un aveugle qui joue aux jeux vidéo, c'est comme un handicapé qui fait les JO, de la figuration | identity_hate
Les ESAT c'est déjà trop bien payé pour ce qu'ils font | identity_hate
Ta sclérose en plaques, t'es un poids pour ta famille et pour la sécu | identity_hate insult
Les gens en fauteuil aux JO, on regarde ça pour rigoler :rire: | identity_hate
"""

# --- Rape, paedophilia, degrading sexual remarks; crude but untargeted talk --------------------
SEXUAL_HARD = """
Ce boss m'a détruit, je vais dormir et je réessaie demain avec un autre build
Hier soir avec ma meuf c'était le feu, je tiens plus debout ce matin :rire:
Le procès du violeur en série s'est terminé, vingt ans de réclusion criminelle
Le prof accusé d'agressions sur des élèves a été mis en examen, l'école a prévenu les parents
Très peu de plaintes pour viol finissent en condamnation, c'est un vrai scandale
Je suis tellement nul au lit que ma copine regarde sa série pendant :rire:
J'ai perdu ma virginité à 24 ans et j'en suis pas mort, tranquille les kheys
Consentement c'est simple : si c'est pas un oui clair, c'est non
Le streamer Tyvan est accusé d'agressions sexuelles, l'enquete est en cours, présomption d'innocence
Les blagues sur le viol c'est pas drole, surtout quand une victime lit le topic
Ce jeu m'a fumé en ranked, j'ai plus aucune dignité
La loi fixe un seuil de non-consentement à 15 ans, c'est bien qu'il y ait une règle claire
Ma copine et moi on a testé un truc bizarre hier, plus jamais de ma vie :rire:
Ma soeur a été harcelée dans le métro, personne a bougé, j'ai la rage
Nyra_TV a porté plainte pour les messages sexuels qu'elle reçoit, elle a bien raison
Le mec qui commente les tenues des streameuses sous chaque live, signalé et bloqué
Je suis puceau à 22 ans et franchement ça me stresse moins qu'avant
Un réseau pédocriminel démantelé en ligne, une trentaine d'interpellations ce matin
Les victimes de viol qui témoignent des années après, on devrait les écouter au lieu de les juger
On s'est fait démonter en ranked par une équipe de gamins de 12 ans :rire:
Mon pote a chopé au mariage de sa cousine, il est pas rentré de la nuit
J'ai acheté des capotes à la pharmacie et la dame m'a souri, j'étais tout rouge :rire:
La jupe courte c'est pas une invitation, ma petite soeur le sait et je le rappelle à mes potes
Le harcèlement des streameuses c'est un vrai problème, plusieurs ont arreté à cause de ça
Ma meuf m'a largué pour un mec qui fait de la muscu, je l'ai un peu mérité :rire:
J'ai envoyé un message chelou à mon crush à 3h du mat, je veux disparaitre :rire:
Le procès de l'animateur de colo pour pédocriminalité s'ouvre lundi à Rennes
MamzelleLuna a eu son contrat de sponsor grace à ses résultats, c'est la meilleure de la scène
Un mec s'est exhibé dans le RER, il a été interpellé à la station suivante
"""

SEXUAL_NEUTRAL = """
Conseils pour un premier date ? je suis stressé de ouf, c'est samedi
Elle m'a ghosté après trois semaines de discussion, c'est normal ou pas ?
On est ensemble depuis deux ans et on se dispute toujours pour la vaisselle :rire:
Quelqu'un connait une appli de rencontre qui marche vraiment en province ?
"""

SEXUAL_ATTACKS = """
Nyra_TV en stream avec ce décolleté, elle cherche clairement à se faire prendre | sexual_harassment insult
MamzelleLuna montre tes seins au lieu de jouer, t'es nulle de toute façon | sexual_harassment insult
Le violeur a pris vingt ans ? elle aurait du le remercier de l'avoir choisie :rire: | sexual_harassment
Ta soeur elle dit non mais on sait tous qu'elle pense oui :noel: | sexual_harassment insult
Ton petit frere il a quel age ? je demande pour un pote du forum :hap: | sexual_harassment
Nyra t'as un OnlyFans ? vu ta tete tu peux vendre que des photos de pieds :rire: | sexual_harassment insult body_shaming
Elle porte une jupe courte dans le RER, faut pas venir pleurer après | sexual_harassment
MamzelleLuna elle a eu son contrat en passant sur tout le staff, c'est connu | sexual_harassment insult
Ta soeur harcelée dans le métro ? avec sa tenue elle a eu ce qu'elle voulait :rire: | sexual_harassment insult
Nyra a porté plainte pour les messages ? je vais lui en envoyer dix fois plus ce soir | sexual_harassment threat
Tyvan accusé d'agression ? les meufs adorent ça et pleurent après pour le buzz | sexual_harassment
Les victimes qui parlent dix ans après, c'est qu'elles avaient aimé sur le moment :noel: | sexual_harassment
Ton crush t'a pas répondu ? fais comme au lycée, un peu d'alcool dans son verre :rire: | sexual_harassment
L'animateur de colo il faisait juste de l'éducation sexuelle en avance :hap: | sexual_harassment
Une gamine de 13 ans en crop top, faut pas s'étonner si les mecs regardent | sexual_harassment
La streameuse d'hier, je la prendrais de force et elle dirait merci | sexual_harassment threat
Le réseau démantelé, je vois pas le problème si les gamines étaient consentantes | sexual_harassment
Nyra mets une jupe plus courte et tu auras plus de viewers, c'est tout ce que tu vaux | sexual_harassment insult
Ta meuf t'a largué pour un muscu ? normal, elle voulait un vrai mec pour la remplir :rire: | sexual_harassment insult
MamzelleLuna, t'as déjà été violée ou t'es encore à attendre ton tour ? :rire: | sexual_harassment threat insult
Les streameuses harcelées qu'arretent, bien fait, elles avaient qu'à pas montrer leur cul | sexual_harassment insult
Ta copine regarde sa série pendant ? envoie la moi, elle regardera plus rien :noel: | sexual_harassment insult
Ma prof de maths elle sait pas qu'on parle tous de ce qu'on lui ferait apres le cours :rire: | sexual_harassment
Ton exhib du RER c'était ton père ? ça expliquerait ta tete :rire: | sexual_harassment insult
La petite du topic d'hier avec sa photo, 15 ans et déjà ces formes :noel: | sexual_harassment
Nyra va arreter le stream ? dommage, elle était bonne à regarder, pas à écouter | sexual_harassment insult
Les meufs au lycée qui se plaignent des mains aux fesses, c'est des compliments | sexual_harassment
Si elle est bourrée et qu'elle dit rien, c'est un oui, faut arreter la | sexual_harassment
Une streameuse qui se plaint des commentaires sexuels, elle a qu'à faire de la radio | sexual_harassment insult
Ta soeur qui rentre seule à 22h, donne moi l'horaire de son bus :noel: | sexual_harassment threat doxxing
Tyvan accusé ? les plaignantes voulaient juste une photo et un peu de thune après | sexual_harassment
Nyra_TV elle fait du Just Chatting avec un débardeur, elle sait ce qu'elle vend | sexual_harassment insult
La meuf de l'op sur sa photo de profil, on voit qu'elle aime les mecs plus vieux :noel: | sexual_harassment insult
Ma petite voisine a 14 ans mais elle en fait 18, je dis ça je dis rien :hap: | sexual_harassment
MamzelleLuna fait des speedruns, elle devrait faire des vidéos en bikini, au moins on regarderait | sexual_harassment insult
Nyra en cosplay hier, je me suis fait plaisir trois fois devant le stream :rire: | sexual_harassment
La victime du procès de Rennes, elle avait 12 ans mais elle était précoce apparemment | sexual_harassment
L'op qui se plaint de sa copine, prête la nous un weekend on va l'éduquer :rire: | sexual_harassment insult
Les filles qui vont en soirée en jupe, qu'elles viennent pas porter plainte le lendemain | sexual_harassment
Ma cousine de 15 ans a posté une photo en maillot, les kheys vous en pensez quoi ? :noel: | sexual_harassment
La streameuse qui s'est fait agresser au salon, vu sa tenue elle a fait sa pub | sexual_harassment insult
Ta mere était bonne à la réunion parents-profs, dis lui que je passe ce soir :noel: | sexual_harassment insult
Le réseau pédo démantelé ? ils faisaient de l'éducation précoce, la France est trop coincée :hap: | sexual_harassment
Nyra_TV, un viol en live et ton audience triple, réfléchis y :rire: | sexual_harassment threat insult
"""

# --- Terrorism: news and mourning vs cheering ---------------------------------------------------
TERROR_HARD = """
L'attentat du Bataclan, j'y pense encore à chaque concert où je vais
Le procès des attentats a duré dix mois, les témoignages des victimes étaient bouleversants
Un attentat a été déjoué à Lyon selon le ministère, trois suspects interpellés
Le terrorisme a fait des victimes de toutes les religions en France, c'est ça qu'il faut retenir
Mon oncle était à Nice le 14 juillet 2016, il en parle encore jamais
Les terroristes veulent qu'on se divise, on leur fait trop plaisir sur ce forum
La minute de silence au lycée pour le prof assassiné, tout le monde a respecté
Le djihadisme recrute sur les réseaux, faut former les profs à repérer les signes
Le terroriste a été abattu par la police après l'attaque au couteau, trois blessés
Les attentats de 2015 ont changé la France, on vit avec Vigipirate depuis
Je suis pour la perpétuité réelle pour les terroristes, sans aucune remise de peine
Une cérémonie d'hommage aux victimes ce soir à 18h place de la République
Les survivants du Bataclan qui ont écrit des livres, respect pour leur courage
Faire des blagues sur les attentats devant des victimes, c'est juste cruel
Le 11 septembre 2001, j'étais pas né mais mon pere s'en souvient comme si c'était hier
Le terrorisme d'extreme droite progresse aussi en Europe, selon les services de renseignement
Un homme arreté pour apologie du terrorisme après des messages sur un forum, il sera jugé
"""

TERROR_NEUTRAL = """
Vigipirate à la gare, contrôle des sacs, 20 minutes de queue ce matin
Le documentaire sur les services de renseignement était passionnant hier soir
"""

TERROR_ATTACKS = """
Bataclan c'était le meilleur concert de l'année, ambiance explosive :rire: | threat
L'attentat de Nice c'était juste un camion qui faisait du bowling :rire: | threat
Le prof assassiné l'avait bien cherché avec ses caricatures | threat
Un attentat déjoué ? dommage, il y avait des gauchistes dans la salle visée | threat
Ton oncle à Nice le 14 juillet, il a eu de la chance, le camion l'a raté de peu :rire: | threat insult
Respect au gars qui a fait le truc à la mosquée, il en faudrait dix comme lui | threat identity_hate
Les victimes des attentats ça reste des Parisiens bobos, pas une grosse perte | threat
Le terroriste abattu ? un martyr, qu'Allah l'accueille et qu'il en vienne d'autres | threat
Le 11 septembre c'était un chef d'oeuvre, faut le reconnaitre :noel: | threat
Une bombe dans la Pride ça réglerait deux problèmes d'un coup :ok: | threat identity_hate
Les survivants du Bataclan qui écrivent des livres, ils font du business sur leurs morts | insult
Le jour où une synagogue saute je sors le champagne | threat identity_hate
Minute de silence pour le prof ? moi j'ai applaudi dans ma tete | threat
Les survivants qui pleurent encore dix ans après, faut passer à autre chose | insult
Un attentat dans ce stade de beaufs, le QI national monterait direct | threat
Le mec de Christchurch avait compris avant tout le monde, c'est un exemple | threat identity_hate
L'apologie c'est interdit ? alors je dirai juste que le Bataclan m'a pas fait pleurer :noel: | threat
Le terroriste a raté son coup, la prochaine fois faut un camion plus gros | threat
"""

# --- History told respectfully vs denial and mockery ---------------------------------------------
HISTORY_HARD = """
La colonisation de l'Algérie a fait des centaines de milliers de morts, c'est documenté
Le massacre de Sétif en mai 1945, presque personne l'apprend au lycée
L'Exposition coloniale de 1931 exhibait des humains dans des zoos, ça fait froid dans le dos
Les tirailleurs africains ont libéré la Provence en 1944, on l'oublie trop souvent
La loi de 1905 sur la laicité, c'est quoi son contenu exact ? j'ai un partiel demain
Le génocide des Tutsis au Rwanda en 1994, environ 800 000 morts en cent jours
Le génocide arménien de 1915 est reconnu par la France depuis 2001
L'esclavage a été reconnu crime contre l'humanité par la loi Taubira en 2001
Ma grand-mere a vécu l'exode de 1940, elle raconte encore les routes bondées
La France a une dette historique envers les pays colonisés, c'est mon avis, d'autres pensent autrement
Je pense qu'on doit enseigner la colonisation sans repentance ni glorification, juste les faits
Les camps d'internement des Espagnols républicains en 1939, une page honteuse aussi
Le Code noir de 1685 réglementait l'esclavage dans les colonies, c'est glaçant à lire
Les témoins de la Shoah disparaissent, c'est pour ça que les archives filmées sont précieuses
Mon arriere-grand-pere était tirailleur marocain à Monte Cassino, on a sa médaille à la maison
L'Indochine, Madagascar, l'Algérie, les guerres de décolonisation ont été violentes des deux cotés
Les négationnistes du génocide rwandais existent aussi, faut les combattre pareil
Les zoos humains, mon prof nous a montré des cartes postales de l'époque, on était choqués
Le chiffre de six millions de juifs assassinés vient des archives et des recensements, pas d'une invention
Je comprends pas qu'on puisse encore douter de la Shoah avec toutes les preuves qu'on a
"""

HISTORY_NEUTRAL = """
Partiel d'histoire contemporaine demain, je connais rien à la Quatrième République
Quelqu'un a un bon podcast d'histoire pour les trajets en train ?
Le prof d'histoire nous a fait visiter le mémorial, sortie scolaire réussie
"""

HISTORY_ATTACKS = """
La colonisation leur a apporté les routes et l'école, ils devraient dire merci au lieu de pleurer | identity_hate
Sétif ils l'avaient mérité, fallait pas se révolter contre la France | identity_hate threat
Les zoos humains c'était juste de la pédagogie, les gens voyaient à quoi ressemblaient les sauvages :rire: | identity_hate
Les tirailleurs c'était de la chair à canon, c'est tout ce qu'ils savaient faire | identity_hate
Le Rwanda c'était juste des sauvages qui se tapaient entre eux, rien à voir avec nous | identity_hate
Le génocide arménien c'est une invention pour faire chier les Turcs, comme l'autre | identity_hate
L'esclavage c'était un boulot logé nourri, ils se plaignent de quoi aujourd'hui :hap: | identity_hate
Le Code noir c'était un code du travail comme un autre, faut arreter | identity_hate
Les témoins de la Shoah disparaissent, enfin on va pouvoir dire la vérité :noel: | identity_hate
Six millions, six cent mille, on saura jamais, les archives ont été écrites par les vainqueurs | identity_hate
La Shoah j'y crois comme je crois au père Noel :noel: | identity_hate
Ton arriere-grand-pere tirailleur a servi une fois dans sa vie, c'est déjà ça | identity_hate insult
La repentance pour la colonisation, ils nous ont assez coûté comme ça, qu'ils rendent les routes | identity_hate
Les Juifs ont inventé la Shoah pour avoir Israël, c'est pourtant simple | identity_hate
L'Algérie française c'était la belle époque, avant que les bougnoules réclament des droits | identity_hate
Le génocide des Tutsis, fallait bien réguler la démographie de l'Afrique :rire: | identity_hate threat
Les Noirs devraient nous remercier pour l'esclavage, ça les a sortis de la brousse | identity_hate
La Nuit de Cristal c'était un peu de bris de vitrines, on en fait tout un drame | identity_hate
Le Vel d'Hiv c'était juste un recensement un peu musclé :hap: | identity_hate
Les camps de la mort c'était des camps de travail, les morts c'est le typhus | identity_hate
"""

# --- Prejudice aimed at one poster, and condescending "compliments" -----------------------------
PREJUDICE_HARD = """
Tu parles bien pour un mec de 19 ans, moi à ton âge j'écrivais des pavés illisibles :rire:
Mon pote est malien et il écrit mieux que toute ma promo de lettres
Je suis d'origine turque et je comprends rien au turc, mes parents ont lâché l'affaire
On m'a dit "tu parles bien pour une Antillaise", j'ai répondu que le français est ma langue
Ma coloc est voilée et elle fait un doctorat de physique, elle m'aide en maths
Je suis gitan et j'ai une licence d'histoire, les gens sont surpris à chaque fois
Mon chef est trans et c'est le meilleur manager que j'ai eu, il écoute vraiment
Les femmes et la tech, ma soeur code depuis ses 12 ans, elle va finir chez un gros studio
Les gens qui pensent que les handicapés coutent cher ont jamais vu le budget de la défense :rire:
Je suis juif et arabe à la fois, ma famille vient de Tunisie, les repas de fete sont épiques
Je suis blanc de la campagne et on m'a traité de beauf à la fac, ça m'a juste fait rire
Dire "c'est culturel chez eux" pour parler d'un seul mec, c'est une généralisation
Mon prof est sourd et il lit sur les levres mieux que je comprends les gens :rire:
Ma meuf est rom et sa famille m'a accueilli comme un fils, meilleur Noel de ma vie
Je suis musulmane, je porte pas le voile et ma soeur oui, on s'entend tres bien
"""

PREJUDICE_NEUTRAL = """
Le topic des origines part encore dans tous les sens, on parlait de cuisine à la base :rire:
Mon premier jour en alternance demain, je suis stressé comme jamais
"""

PREJUDICE_ATTACKS = """
Tu parles bien pour un Arabe, t'as copié ça où ? | identity_hate insult
Ta coloc voilée en doctorat de physique ? elle étudie les explosifs ou quoi :noel: | identity_hate insult
T'es gitan avec une licence ? tu l'as volée à qui ? :rire: | identity_hate insult
Ton chef trans, c'est un malade mental qui commande des gens normaux | identity_hate insult
Ta soeur code depuis ses 12 ans ? c'est son frere qui tapait pour elle :hap: | identity_hate insult
Juif et arabe à la fois ? t'as le pire des deux, l'avarice et le vol :rire: | identity_hate insult
Ton prof sourd, heureusement pour lui, il entend pas les conneries qu'il dit | identity_hate insult
Ta meuf est rom ? planque ton portefeuille avant de dormir :rire: | identity_hate insult
T'es musulmane sans voile ? attends que ton frere te rattrape :hap: | identity_hate insult
Pour une femme t'argumentes pas trop mal, t'as du demander à ton pere | identity_hate insult
T'es noir et t'écris sans fautes ? je demande à voir ta carte d'identité :rire: | identity_hate insult
Un Turc qui comprend pas le turc, ça reste un Turc, rentre chez toi | identity_hate insult exclusion
Avec un nom pareil tu devrais pas avoir le droit de donner ton avis sur la France | identity_hate exclusion insult
T'es handicapé toi non ? ça expliquerait tes posts | identity_hate insult
Toi le rebeu du topic, tu votes pas, tu la fermes et tu remercies | identity_hate exclusion insult
Ton pote malien écrit mieux que ta promo ? il a du avoir de l'aide de l'ambassade :rire: | identity_hate insult
On parle pas aux Chinois ici, va jouer sur ton serveur à toi | identity_hate exclusion insult
T'es juive et t'es pas riche ? t'as raté une étape :hap: | identity_hate insult
Une lesbienne qui donne des conseils drague aux mecs, c'est le monde à l'envers, tais toi | identity_hate insult
Toi t'es pas français, t'es un passeport français, nuance | identity_hate insult exclusion
"""

# --- Games and one's own life: violent and crude words, nobody targeted --------------------------
GAMES_HARD = """
Ce boss m'a détruit trois heures de suite, j'ai lancé ma manette sur le canapé
J'ai massacré tout le serveur en battle royale hier, top 1 avec 14 kills
Je me suis fait exploser en ranked, je descends de deux divisions, vie de merde
Ce jeu me tue à petit feu mais je peux pas m'arreter, une dernière partie :rire:
On a rasé le village ennemi en trois minutes, la stratégie de l'op marche trop bien
Mon perso est mort de faim parce que j'ai oublié de manger, je suis une catastrophe
J'ai tué le dragon au niveau 12 avec une épée en bois, prouesse ou chance ?
On s'est fait démonter 5-0 au five hier soir, les vieux d'en face courent plus vite que nous
Les génocides de fourmis dans mon jeu de gestion, je suis un tyran virtuel :rire:
Je vais exploser ce niveau ce soir, je le sens, préparez les félicitations
Mon chat m'a mordu le pied pendant que je dormais, je vais le bannir de la chambre
Ma pote m'a violemment humilié au Mario Kart, j'ai plus de dignité
Je suis une merde au foot, mes potes me mettent gardien par pitié :rire:
Le nouveau patch a tué la méta, plus personne joue le meme perso
J'ai pris une branlée en échecs contre mon petit frere de 10 ans :rire:
Les zombies du dernier niveau m'ont bouffé tout cru, injouable en difficile
Hier soir j'ai fini bourré, j'ai vomi dans le taxi, pardon au chauffeur
Mon ex m'a ghosté, mon chien m'ignore et mon PC a planté, c'est ma semaine :rire:
Je me suis ruiné en cartes à collectionner, je suis mon propre pire ennemi
Je vais crever sur ce partiel, j'ai rien révisé de la semaine
J'ai envie de buter mon réveil tous les matins à 6h
Le dernier film d'horreur m'a flingué le sommeil pour une semaine
Ce chef de raid crie comme un malade mais on a tombé le boss en premier
J'ai explosé mon record au 10 km, je suis mort mais fier
"""

GAMES_NEUTRAL = """
Le nouveau jeu de course sort vendredi, quelqu'un l'a précommandé ?
Des conseils pour un build tank sur le dernier patch ? je galère
La soirée jeux de société chez mon pote a fini à 4h du matin
J'ai enfin fini la saga après six mois, la fin est trop belle
Ma connexion saute toutes les dix minutes, j'appelle l'opérateur demain
Le tournoi du campus se joue samedi, on cherche un cinquième joueur
Mes parents m'ont offert un vélo pour mes 20 ans, je pars en balade demain
Les résultats du bac blanc sont tombés, je m'en sors avec 12 de moyenne
"""

GAMES_ATTACKS = """
L'op t'es une merde au foot et dans la vie, reste gardien à vie | insult
Ton petit frere de 10 ans te bat aux échecs ? normal, t'as le cerveau d'un golem | insult
Le chef de raid qui crie comme un malade, je vais le trouver et le faire taire pour de bon | threat
Celui qui m'a tué en ranked, j'ai ton pseudo, je vais trouver ton adresse | threat doxxing
Ta pote t'a humilié au Mario Kart ? normal, t'es une victime dans tous les domaines | insult
Le mec qui a campé toute la partie, j'espère qu'il crève dans sa chambre ce soir | threat
Le gamin qui m'a insulté en vocal, il est dans ma ville, je vais l'attendre à la sortie du collège | threat
Le joueur qui a ragequit, va te pendre avec ton cable de manette | self_harm_incitement insult
"""

# --- "They are all ..." about groups vs ordinary talk about the same groups ----------------------
GROUPS_HARD = """
Les Tchétchènes de mon club de lutte sont des crèmes en dehors du tapis
Mes voisins turcs font le meilleur pain de tout le quartier, je passe tous les matins
Les Ukrainiens accueillis dans ma ville bossent déjà presque tous, impressionnant
Les catholiques de mon village organisent une brocante solidaire chaque année
Les Comoriens de Marseille ont une communauté super soudée, j'ai bossé avec eux
Les Pakistanais du restaurant d'en bas m'ont offert le thé quand j'avais plus de chauffage
Dire "ils sont tous comme ça" d'une communauté entière, c'est la définition du préjugé
Les Sénégalais de ma résidence étudiante font des repas le dimanche, ambiance incroyable
Ma grand-mere est portugaise et elle parle encore avec un accent à 80 ans, c'est trop mignon
Les Arméniens de Marseille ont monté une école de langue, ma pote y prend des cours
Les Kurdes ont combattu l'Etat islamique en premiere ligne, respect
Les Maliens de mon foyer ont envoyé de l'argent pour construire une école au village
Le quartier chinois de Belleville a une boulangerie vietnamienne incroyable
Les Haitiens ont fait la premiere révolution d'esclaves victorieuse de l'histoire en 1804
Les Turcs sont arrivés en France surtout dans les années 70 pour bosser dans l'industrie
Les Noirs, les Arabes, les Asiatiques de ma promo, on est tous dans la meme galère de partiels
Les juifs de ma ville ont organisé une collecte de sang avec la mosquée, belle initiative
Les musulmans de mon taf prennent leurs congés pour l'Aid, personne s'en plaint
Les Roms de mon quartier vendent des fleurs au marché depuis des années
Mon prof de philo dit que les généralisations sur les peuples sont toujours fausses, il a raison
Les Africains de la diaspora envoient plus d'argent en Afrique que l'aide au développement
Les Algériens ont voté massivement pour l'équipe de France au dernier sondage de mon quartier :rire:
Les chrétiens d'Orient sont persécutés dans plusieurs pays, on en parle trop peu
Les Maghrébins sont nombreux à etre médecins dans les hopitaux de province, sans eux ça tient pas
Je suis breton et on me demande toujours si je mange des crepes tous les jours, presque :rire:
Les Asiatiques de France subissent un racisme qu'on prend moins au sérieux, selon une étude
Les Gitans de Perpignan ont une tradition de rumba incroyable, écoutez ça
Les Noirs sont sous-représentés dans les grandes écoles, c'est un fait social qui a des causes
Les immigrés paient aussi des impots et des cotisations, faut le rappeler
Les Arabes chrétiens du Liban ont une cuisine de dingue, le taboulé là-bas n'a rien à voir
"""

GROUPS_NEUTRAL = """
Ma résidence étudiante organise un repas partagé, chacun apporte un plat de chez lui
Le festival des cultures du monde revient en juin dans le parc, super programme
"""

GROUPS_ATTACKS = """
Les Tchétchènes c'est tous des brutes, ils savent que se battre | identity_hate
Les Turcs ils sont tous dans le kebab ou dans le trafic, y a pas d'entre-deux | identity_hate
Les Ukrainiens c'était bien au début, maintenant qu'ils dégagent comme les autres | identity_hate exclusion
Les Comoriens c'est tous des voleurs de portables, demande à n'importe quel Marseillais | identity_hate
Les Pakistanais ça vit à quinze dans un studio et ça sent le curry jusqu'au palier | identity_hate
Les Sénégalais, tu leur donnes un canapé et ils ramènent tout le village | identity_hate
Les Kurdes c'est des terroristes avec un drapeau, comme les autres | identity_hate
Les Maliens ça se reproduit plus vite que ça travaille | identity_hate
Les Haitiens ont fait leur révolution et depuis c'est le chaos, ça dit tout d'eux | identity_hate
Les Algériens c'est tous des ingrats qui crachent sur la main qui les nourrit | identity_hate
Les Africains envoient leurs allocs au bled, c'est nous qui finançons leur Afrique | identity_hate
Les Asiatiques sont tous des fourbes derrière leur politesse | identity_hate
Les Comoriens, les Maliens, les Sénégalais, tous pareils, tous à renvoyer | identity_hate exclusion
Les Noirs sous-représentés dans les grandes écoles ? c'est le cerveau, pas la société | identity_hate
Les Roms au marché, ils vendent des fleurs volées au cimetière | identity_hate
Les chrétiens d'Orient, au moins eux sont civilisés, pas comme leurs voisins musulmans | identity_hate
Les Maghrébins médecins, je préfère crever que de me faire soigner par eux | identity_hate exclusion
Les Arméniens ont une école de langue ? une école de magouille plutot :rire: | identity_hate
Les Arabes tous des menteurs, c'est culturel, ils appellent ça la taqiya | identity_hate
Les Turcs, les Arabes, les Afghans, meme combat, retour à l'envoyeur | identity_hate exclusion
Les immigrés paient des impots ? ils paient surtout des avocats pour rester | identity_hate
Les Noirs ça vit la nuit et ça dort le jour, comme les chauves-souris | identity_hate
Les Gitans de Perpignan ? une rumba et ta voiture a disparu :rire: | identity_hate
Les Chinois rachètent tout, bientot on sera leurs esclaves dans notre propre pays | identity_hate
Les juifs et la mosquée qui font une collecte de sang ? ils se partagent nos veines :noel: | identity_hate
Les Afghans faudrait leur interdire l'entrée de tous les bars et boites | identity_hate exclusion
Les Algériens qui votent pour la France au foot ? ils vendraient leur mere pour un titre | identity_hate
Les Pakistanais du resto t'ont offert le thé ? c'était pour repérer ton appart :hap: | identity_hate
Les immigrés c'est comme les cafards, t'en vois un, il y en a cent derrière | identity_hate
Les Noirs, les Arabes, les Roms, tous les mêmes, tous inassimilables | identity_hate exclusion
Les Congolais ça parle fort, ça pue et ça respecte rien | identity_hate
Les Portugais sont gentils parce qu'ils savent rester à leur place, les autres devraient apprendre | identity_hate
Les Bretons sont tous des alcooliques consanguins, c'est connu :rire: | identity_hate
Les Haitiens c'est maudit comme peuple, ils attirent les catastrophes | identity_hate
Les Maliens du foyer, on devrait fermer le foyer et les mettre dans un car | identity_hate exclusion
Les musulmans de ton taf prennent l'Aid ? qu'ils prennent un aller simple aussi :ok: | identity_hate exclusion
Les Kabyles, les Chleuhs, les Arabes, toujours les memes embrouilles, toujours les memes fraudes | identity_hate
Les Ukrainiens ont des belles meufs, c'est tout ce qu'ils apportent | identity_hate sexual_harassment
Les Asiatiques à la fac, ils trichent tous en groupe, c'est organisé | identity_hate
Les juifs de ta ville font une collecte ? pour une fois qu'ils donnent quelque chose | identity_hate
"""

TABLES = (
    (REPLACEMENT_HARD, REPLACEMENT_NEUTRAL, REPLACEMENT_ATTACKS),
    (JEWS_HARD, JEWS_NEUTRAL, JEWS_ATTACKS),
    (MUSLIMS_HARD, MUSLIMS_NEUTRAL, MUSLIMS_ATTACKS),
    (BLACK_HARD, BLACK_NEUTRAL, BLACK_ATTACKS),
    (ARABS_HARD, ARABS_NEUTRAL, ARABS_ATTACKS),
    (ROMA_HARD, ROMA_NEUTRAL, ROMA_ATTACKS),
    (ASIANS_HARD, ASIANS_NEUTRAL, ASIANS_ATTACKS),
    (MIGRANTS_HARD, MIGRANTS_NEUTRAL, MIGRANTS_ATTACKS),
    (CODED_HARD, CODED_NEUTRAL, CODED_ATTACKS),
    (POLICE_HARD, POLICE_NEUTRAL, POLICE_ATTACKS),
    (POLITICS_HARD, POLITICS_NEUTRAL, POLITICS_ATTACKS),
    (PERSON_HARD, PERSON_NEUTRAL, PERSON_ATTACKS),
    (WOMEN_HARD, WOMEN_NEUTRAL, WOMEN_ATTACKS),
    (LGBT_HARD, LGBT_NEUTRAL, LGBT_ATTACKS),
    (DISABILITY_HARD, DISABILITY_NEUTRAL, DISABILITY_ATTACKS),
    (SEXUAL_HARD, SEXUAL_NEUTRAL, SEXUAL_ATTACKS),
    (TERROR_HARD, TERROR_NEUTRAL, TERROR_ATTACKS),
    (HISTORY_HARD, HISTORY_NEUTRAL, HISTORY_ATTACKS),
    (PREJUDICE_HARD, PREJUDICE_NEUTRAL, PREJUDICE_ATTACKS),
    (GAMES_HARD, GAMES_NEUTRAL, GAMES_ATTACKS),
    (GROUPS_HARD, GROUPS_NEUTRAL, GROUPS_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
