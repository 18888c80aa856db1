"""Generate fr_short_reactions.csv: short French forum reactions to a picture, a video or a story posted in a thread, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". On the boards many messages
are one-line reactions to what the op posted: a fight video, a street or metro incident, a road
accident, a fail, a dish, a flat for rent, an outfit or a selfie, a tattoo or a haircut, a car, a
pet, a screenshot of a conversation, a news clip, a wedding or family photo, a gym video, a DIY or
cooking fail, a concert crowd. Harmless lines react to the THING, loudly and vulgarly ("c'est quoi
cette horreur", "dégueulasse", "la dinguerie", "ptdr il s'est vautré", "j'espère qu'il va bien"),
condemn an aggressor without wishing violence, ask for the source or the place, or are the op
mocking their own photo. Attacks demean the PERSON in the picture or the op: insults, body
shaming, rating a woman's body, contempt for origin, religion, sexuality, gender or disability,
death wishes, approving violence, calls to find someone. Written as twins where possible: the
same picture, one reaction about the thing, one about the person. Every line is 5 to 25 words.
No extra variants.
See fr_short_reactions.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_reactions.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives react loudly to the thing in
# the picture or the video, or to an event, and demean nobody; neutral lines are ordinary posts on
# the topic; attacks demean the person shown, a group, or the op.

# --- Fight videos -----------------------------------------------------------------------------
FIGHT_HARD = """
ayaa le mec s'est pris une droite monumentale, j'espere qu'il s'est relevé apres :ouch:
C'est horrible, cette vidéo. Le gars au sol ne bouge plus, quelqu'un sait s'il va bien ?
Le type en blanc frappe un homme à terre, c'est lâche et j'espère qu'il sera jugé.
wsh pourquoi personne intervient dans le bus, tout le monde filme, c'est triste
la baston du mariage ptdr le tonton qui se bat avec la nappe sur la tete, la dinguerie
source de la vidéo l'op ? je veux savoir comment ça s'est fini
jpp il esquive trois coups comme dans Matrix puis il part en courant, sage décision :hap:
Le videur a géré proprement : il a séparé les deux sans frapper personne. Respect.
j'espere que la meuf qui s'est fait frapper a porté plainte, c'est dégueulasse ce qu'il lui a fait
c'est pas une bagarre c'est une agression, faut arrêter de rigoler sous ce genre de vidéo
Les deux se sont serré la main après, ça fait plaisir de voir une bagarre finir comme ça.
mdr la bagarre de poulets dans la cour du lycée, personne sait se battre en fait :rire:
il crie "retenez-moi" et personne le retient, le sang c'est la meilleure partie de la vidéo
Ce genre de vidéo devrait être flouté, la victime n'a pas demandé à être vue par des milliers de gens.
Le passant qui s'interpose pour défendre la dame est un héros, respect éternel.
KO en un coup, il a dormi debout, j'espere qu'il a pas de séquelles quand meme
les kheys arrêtez de demander l'adresse du bar, laissez la police faire son taf
j'espère que la police va retrouver le mec qui a frappé le chauffeur, sa place est au tribunal
c'est qui qui a gagné au final ? la vidéo coupe au meilleur moment :noel:
franchement la bagarre de la fête foraine c'est du théâtre, personne se touche mdr
il a fait une balayette digne d'un judoka, propre, personne blessé, 10/10
Je trouve ça triste de voir des gamins se frapper pour un regard, ça ne devrait pas arriver.
ptdr il glisse sur la flaque avant même de mettre un coup, la chute est magnifique
pour info le mec au sol va bien, son frère a donné des nouvelles sur le topic d'à côté
wsh ils se battent pour une place de parking, la France en 2024 :ouch:
C'est quoi, cette haine ? Ils ne se connaissent même pas, ce genre de vidéo me dégoûte.
le mec qui filme en rigolant pendant qu'on frappe quelqu'un, ça me dépasse, c'est grave
il s'est pris une gifle monumentale et il a rien dit, respect pour le sang-froid
Ils avaient bu tous les deux, ça se voit. La soirée a mal fini pour tout le monde.
en vrai le petit s'est bien défendu contre le grand, il a du cran le khey
je déteste ces vidéos et je clique quand même à chaque fois, je suis un golem :ouch:
"""

FIGHT_NEUTRAL = """
c'est filmé où cette vidéo ? ça ressemble à la gare de Lille
quelqu'un a la version longue ? celle-là commence au milieu
Y a-t-il eu une suite à cette histoire, une plainte ou un procès ?
la qualité est horrible, on dirait que c'est filmé avec une patate
vidéo tournée à quelle heure ? il fait nuit noire on voit rien
"""

FIGHT_ATTACKS = """
jpp le gros au sol a rien senti, la graisse a amorti le coup :rire: | body_shaming
wsh le mec qui s'est fait frapper, qu'il crève, il avait qu'à baisser les yeux :hap: | threat
ayaa il méritait de se faire démonter, j'espère qu'ils reviennent finir le travail | threat
encore des bougnoules qui se battent dans un tram, renvoyez-les tous chez eux | identity_hate
quelqu'un connait le mec en blanc ? il bosse au Kebab des Tilleuls à Vernel-le-Haut, on va lui rendre visite | doxxing threat
Balancez le nom de celui qui a mis la droite, on va le retrouver et le finir. | doxxing threat
la meuf qui crie dans la vidéo a une tete de cochon, ferme ta bouche grosse truie | body_shaming insult
ptdr le petit mongol qui mouline des bras, on dirait un triso en crise | insult identity_hate
il se fait défoncer et il pleure comme une tapette, sale pd va | insult identity_hate
mdr le clochard qui se fait frapper, un déchet de moins dans la rue | insult threat
khey t'es aussi débile que les mecs de ta vidéo, retourne jouer aux billes | insult
la victime a une sale gueule de fouine khey, il l'a pas volé ce coup de poing | threat body_shaming
elle s'est fait gifler ? bien fait, les meufs comme ça faut les dresser | identity_hate threat
Ce genre de racaille, il faudrait les abattre sur place comme des chiens. | insult threat
Le vieux qui s'est fait pousser n'avait qu'à crever chez lui au lieu de prendre le métro. | insult threat
le tas de graisse qui arbitre la bagarre, il a pas vu ses pieds depuis 2010 mdr | body_shaming
la meuf au fond qui filme, je la prendrais bien pendant qu'ils se battent :noel: | sexual_harassment
moi je lui aurais pété les genoux au gars en rouge, j'espere qu'il boite à vie | threat
l'autiste qui tape dans le vide mdr, faut l'enfermer celui-là | insult identity_hate
C'est toujours les mêmes dans ces vidéos, des Noirs qui se tapent dessus comme des singes. | identity_hate
khey le gringalet en jaune a des bras de fillette, il mérite de se faire humilier encore | insult body_shaming
l'auteur si tu trouves ça drôle t'es un malade, va te pendre avec ta vidéo | insult self_harm_incitement
le mec à terre je le connais, il habite au 12 résidence des Glycines à Pontcarel, passez le voir | doxxing threat
Vu sa dégaine de gitan, il a dû voler quelque chose. Il a eu ce qu'il méritait. | identity_hate threat
la grosse qui s'interpose aurait pu écraser tout le monde en s'asseyant dessus ptdr | body_shaming
il s'est fait éclater et c'est bien fait pour sa gueule de rat, la prochaine fois au couteau | insult threat body_shaming
les kheys qui défendent la victime vous êtes des victimes aussi, personne vous calcule ici | insult exclusion
"""

# --- Street and public-transport incidents ------------------------------------------------------
STREET_HARD = """
ayaa le mec qui danse tout seul dans le metro avec son enceinte, il a ambiancé toute la rame :rire:
la dame qui chante à tue-tête dans le RER, elle a l'air trop heureuse, ça fait plaisir
c'est horrible ce qui se passe dans ce bus, j'espère que le chauffeur a pu porter plainte
Les contrôleurs étaient six sur un gamin sans ticket, je trouve ça disproportionné.
ptdr le gars qui court après le bus et qui le rate de deux secondes, on l'a tous vécu
le monsieur qui dort sur l'épaule de son voisin dans le tram, le voisin le laisse faire, trop mignon
wsh la station est inondée, les gens marchent dans l'eau jusqu'aux genoux :ouch:
mdr le mec qui se coince le sac dans les portes et qui fait tout le trajet collé, jpp
Bravo aux passagers qui ont aidé la dame victime d'un malaise, ça redonne foi en l'humanité.
le gars qui ramasse les déchets de tout le wagon avant de descendre, un bg
c'est dégueulasse ce wagon, y a des canettes et de la pisse partout, la RATP abuse
il a pris le métro avec un canapé sur le dos, la dinguerie, respect à lui
Je ne comprends pas pourquoi tout le monde filme au lieu d'appeler les secours.
la dame qui engueule le mec qui fumait dans le bus, elle a raison sur toute la ligne
issou le pigeon qui monte à Châtelet et descend à Nation, il connait mieux la ligne que moi
le type en costard qui fait des pompes sur le quai en attendant, la motivation de ouf
c'est pas drole en vrai, le mec tombé sur les rails aurait pu mourir, heureusement il s'est relevé
les kheys qui se moquent de la dame tombée dans l'escalator, elle s'est fait mal, calmez-vous
ayaa la bagarre pour le siège près de la fenêtre, deux daronnes déter :noel:
c'est où ce quai ? j'ai l'impression de reconnaître la gare de Rennes
Le SDF qui joue du piano à la gare joue mieux que la moitié des conservatoires.
Le sans-abri qui partage son sandwich avec son chien m'a beaucoup touché.
ptdr le mec en trottinette qui se prend le poteau en regardant son tel, il s'est relevé en rigolant
la meuf qui se maquille entièrement dans le bus sans trembler, le talent c'est ça
quelqu'un a retrouvé le proprio du chat perdu dans le metro ? il avait l'air stressé le pauvre
Ce contrôleur a une patience incroyable : le passager l'insulte et lui reste poli.
l'op j'ai vu la même scène hier sur la ligne 13, c'est devenu la norme ou quoi :noel:
L'homme qui hurle seul dans la rame a sûrement besoin d'aide, se moquer ne sert à rien.
mdr le gamin qui appuie sur le bouton d'arrêt d'urgence, la tête de sa mère :ouch:
la vidéo du métro bondé à 8h, on dirait des sardines, moi tous les matins
"""

STREET_NEUTRAL = """
vous prenez quelle ligne vous pour aller au taf le matin ?
y a une grève demain ou c'est une rumeur ? je dois aller en cours
les bus de nuit dans ma ville c'est une aventure à chaque fois
Combien coûte le pass Navigo maintenant ? J'ai arrêté de suivre.
le métro parisien à l'heure de pointe c'est une expérience à vivre une fois
"""

STREET_ATTACKS = """
Le clochard qui dort sur le banc, il faut le virer à coups de pied, il pue la mort. | insult threat
la grosse qui prend deux places dans le bus, qu'elle paye deux tickets cette baleine | body_shaming insult
le mec qui danse dans le metro a une démarche de tarlouze, quelle honte | insult identity_hate
la daronne qui crie sur le contrôleur, encore une voilée qui se croit tout permis | identity_hate
Les Roms qui font la manche dans la rame, il faudrait tous les gazer. | identity_hate threat
la meuf qui se maquille dans le bus, vu sa tronche elle devrait plutot mettre un sac mdr | body_shaming insult
Ce SDF au piano ferait mieux de crever de froid plutôt que de nous casser les oreilles. | insult threat
mdr le handicapé qui galère à monter dans le bus, qu'il reste chez lui ce légume | insult identity_hate exclusion
le mec tombé sur les rails, qu'il y reste la prochaine fois, un assisté de moins | insult threat
la meuf en mini-jupe dans le RER, elle cherche à se faire toucher c'est clair | sexual_harassment
je la reconnais la fille qui pleure dans le métro, L2 droit à Saint-Aurelien-sur-Brèche, allez l'afficher | doxxing
ayaa le vieux qui tombe dans l'escalator, fallait le pousser plus fort :rire: | threat
la contrôleuse a un cul à se faire contrôler elle aussi :noel: | sexual_harassment
Le fumeur est un Maghrébin, évidemment. Ces gens-là ne savent pas vivre en société. | identity_hate
La femme qui engueule le fumeur est hystérique comme toutes les bonnes femmes, qu'elle se taise. | insult identity_hate
le gars qui hurle dans la rame c'est un schizo, faut l'interner ou le noyer | identity_hate threat
issou le gros qui court après le bus, il a perdu trois kilos et c'est toujours un porc | body_shaming insult
khey tu filmes les gens dans le métro comme un pervers, t'es une sous-merde | insult
wsh la chinoise qui mange dans le métro, elle a dû ramener le virus avec son riz | identity_hate
le mec en costard, avec sa gueule de fouine je lui aurais mis une gifle sur le quai | body_shaming threat
les kheys le sans-abri avec son chien, prenez-lui le chien et laissez-le crever dehors | threat
jpp le gamin qui appuie sur le bouton, j'espère que sa mère le défonce en rentrant | threat
si quelqu'un a le nom du mec qui a craché sur la dame, postez-le, on s'en occupe | doxxing threat
La femme qui fait un malaise en fait des caisses, les femmes adorent faire leur cinéma. | identity_hate
les deux mamies qui se battent, deux vieilles sorcières édentées qui se disputent un os | body_shaming insult
la nana assise en face, je me serais frotté contre elle à l'heure de pointe :noel: | sexual_harassment
le nain qui essaie d'attraper la barre mdr, ces gens-là devraient meme pas sortir | identity_hate body_shaming exclusion
"""

# --- Road accidents and bad drivers ---------------------------------------------------------------
ROAD_HARD = """
ayaa la voiture fait trois tonneaux et le mec sort tout seul, il a une bonne étoile
C'est horrible, ce carambolage. J'espère que personne n'est mort dans la voiture rouge.
ptdr le créneau en quinze manoeuvres, on a tous un pote qui conduit comme ça
Le chauffard qui a grillé le feu mérite un retrait de permis à vie, sérieusement.
il prend le rond-point à l'envers, la dinguerie, heureusement personne en face
la Clio garée sur trois places, le proprio a un vrai talent :noel:
les kheys la caméra embarquée c'est légal en France ou pas ?
C'est dégueulasse de filmer un accident au lieu d'aider, le conducteur était coincé.
wsh la trottinette qui se prend la portière, j'ai mal pour lui, il a l'air ok au moins
Bravo au motard qui s'est arrêté pour faire la circulation après l'accident.
mdr le camion bloqué sous le pont, chaque année c'est pareil, le GPS c'est pas la bible
la dame au volant est en état de choc, moi aussi j'aurais tremblé pendant une heure
le conducteur de la BMW roule n'importe comment, j'espère que les flics l'ont arrêté
la voiture a fini dans la piscine du voisin, ça vaut tous les films d'action :rire:
c'est la pire manœuvre que j'ai vue de ma vie, mais le mec s'en sort sans une rayure
Rouler à 200 en ville, c'est criminel. J'espère qu'il va prendre une vraie peine.
issou le mec qui rate la sortie et qui recule sur l'autoroute, ça finit jamais bien
le livreur à scooter fait une chute affreuse, il se relève et finit sa livraison, le goat
les pneus sont lisses comme une boule de billard, le controle technique c'est en option ?
ta voiture s'est fait emboutir sur le parking ? courage l'op, t'as pris des photos pour l'assurance ?
pourquoi les gens roulent sans phares la nuit, c'est du suicide ce truc
jpp le tracteur qui double la Porsche sur la départementale :rire:
la famille cherche des témoins du délit de fuite pour la plainte, partagez le topic au lieu de rigoler
Ce genre de vidéo devrait être montré en auto-école, ça calme tout de suite.
le piéton traverse au rouge en regardant son téléphone, heureusement la voiture freine à temps
le chauffeur du bus a des réflexes de pilote de F1, personne blessé
ptdr l'élève qui cale cinq fois au feu vert, le moniteur a vieilli de dix ans :noel:
La moto a glissé sur le gasoil, ce n'est pas la faute du pilote, ces routes sont dangereuses.
C'est mon oncle sur la vidéo : il va bien, juste un bras cassé. Merci pour vos messages.
la voiturette sans permis qui fait un tonneau, j'ai eu peur pour le gamin dedans
le mec en voiture qui s'arrête pour laisser passer la famille de canards, le bg de la route
"""

ROAD_NEUTRAL = """
Les dashcams valent combien en ce moment ? je veux en mettre une
c'est sur quelle autoroute ? ça ressemble à l'A7 vers Valence
le code de la route dit quoi pour la priorité dans ce cas ?
j'ai mon permis dans deux semaines et ce topic me stresse
les kheys vous avez eu combien de fautes au code ?
"""

ROAD_ATTACKS = """
encore une meuf au volant, elles devraient passer le permis chez Playmobil ptdr | identity_hate
C'est forcément une femme qui conduit. Retirez-lui le permis et renvoyez-la en cuisine. | identity_hate
Ce chauffard, il faudrait lui rouler dessus et le laisser dans le fossé. | threat
le vieux du rond-point à l'envers, qu'il crève dans sa bagnole ce fossile | insult threat
Vu comme il roule, le conducteur est chinois. Ces bridés ne savent pas conduire. | identity_hate
la meuf qui pleure devant sa caisse, je la consolerais bien sur la banquette arrière :noel: | sexual_harassment
issou le gros qui sort de la voiture, la carrosserie s'est enfoncée à cause de lui :rire: | body_shaming
quelqu'un a la plaque du mec ? je veux son adresse, il va comprendre ce que c'est un accident | doxxing threat
Dommage que ce motard se soit relevé, ce débile aurait dû rester sur le bitume. | insult threat
khey le livreur c'est forcément un sans-papiers, renvoyez ces parasites chez eux avec leur scooter | identity_hate
le chauffeur du camion sous le pont a un cerveau de mongolien, faut le stériliser | insult identity_hate threat
ta bagnole s'est fait emboutir khey ? normal, t'es un cas social qui mérite que ça, sale chien | insult
jpp le piéton sur son téléphone, j'aurais accéléré moi, un zombie de moins :hap: | insult threat
le type de la BMW, typique d'un rebeu de cité qui a dealé pour se la payer | identity_hate
la conductrice a une tronche de cheval, meme l'airbag a refusé de s'ouvrir ptdr | body_shaming
elle rate son créneau parce qu'elle est blonde et qu'elle a pas de cerveau, comme toutes | insult identity_hate
le chauffeur de bus, un nègre qui a eu son permis dans un paquet de céréales | identity_hate
je connais ce mec, Killian de Saint-Mérac, il bosse au garage de la rue des Tanneurs, allez le voir | doxxing
Celui qui roule sans phares, j'espère qu'il se tuera contre un platane la prochaine fois. | threat
l'élève qui cale, la meuf est une attardée, elle devrait prendre le bus à vie | insult identity_hate
le gamin de la voiturette, ses parents sont des cassos, qu'il finisse dans le ravin | insult threat
wsh le papy qui recule sur l'autoroute, faut euthanasier tous les vieux de plus de 70 ans | threat
la nana de l'auto-école, vu son décolleté le moniteur regardait pas la route :noel: | sexual_harassment
l'op c'est toi qui filmes en roulant ? t'es un danger, personne veut de toi sur la route ni ici | insult exclusion
le mec en fauteuil qui traverse lentement, il a qu'à rester chez lui au lieu de bloquer les voitures | identity_hate exclusion
Ce chauffard mérite qu'on lui casse les deux jambes, comme ça il ne conduira plus. | threat
les gens du voyage qui tractent leur caravane n'importe comment, de la vermine sur roues | identity_hate
"""

# --- Fails and sports falls -----------------------------------------------------------------------
FAIL_HARD = """
ptdr il tente un backflip et il atterrit sur la tete, il se relève en rigolant, j'en peux plus
la chute au ski est magnifique, trois roulades et il repart comme si de rien n'etait :rire:
ayaa le skateur qui se prend la rampe, j'ai eu mal pour lui, j'espère qu'il va bien
c'est pas drôle en vrai, il s'est cassé le poignet, la vidéo d'après le montre à l'hôpital
mdr le gardien qui marque contre son camp avec le talon, la carrière est finie :noel:
Le trampoline se retourne avec le gosse dessus, heureusement il n'a rien, quelle frayeur.
il rate la marche du podium en allant chercher sa médaille, la honte de sa vie mais il rigole
le parkour sur le toit c'était une idée de génie, il finit dans la poubelle, intact heureusement
Cette chute à vélo est horrible, il a eu de la chance de porter un casque.
le mec glisse sur la glace en faisant le malin, tout le monde rigole, lui aussi, masterclass
issou la roue arrière sur le vélo électrique qui finit dans la haie, le sang j'en pleure :rire:
Les chutes en patinage artistique me font toujours peur, ces athlètes sont incroyables.
La gymnaste s'est fait mal à la réception, j'espère que ce n'est pas le genou.
c'est la dinguerie ce fail, il a cassé la table, la chaise et sa dignité en une seconde
wsh le gars qui veut sauter la rivière et qui tombe au milieu, trempé mais vivant
le plongeon raté en ventre plat, j'suis mort de rire mais il a du avoir mal le pauvre
ce penalty envoyé en tribune, le ballon est encore en orbite :noel:
il tombe en snowboard et finit en bonhomme de neige, j'adore cette vidéo
l'op c'est toi sur la vidéo ? t'as pas eu trop mal au dos après ?
La coureuse qui tombe à deux mètres de l'arrivée, ça me brise le cœur.
Ne riez pas trop vite, le cycliste est resté au sol plusieurs minutes, c'était grave.
ptdr moi aussi je suis tombé comme ça en roller à 12 ans, j'ai encore la cicatrice
c'est une chute de golem mais il assume à fond, il salue la foule après :hap:
Le coach qui montre l'exercice, tombe devant toute l'équipe, puis continue : respect.
la gamelle en trottinette électrique, son casque lui a sauvé la vie clairement
l'arbitre qui se prend le ballon en pleine tête et qui tombe, le stade entier est plié
la perche qui se casse en deux, horrible, il s'est relevé tout seul heureusement
grosse chute dans la descente, il finit dans le filet et sort en levant le pouce
mdr la tête de son pote quand il le voit disparaitre dans la piscine gonflable
l'op qui poste son propre fail, t'es le roi de l'autodérision khey, je respecte :ok:
"""

FAIL_NEUTRAL = """
quelqu'un a la compil complète des fails du mois ? elle tourne partout
Vous regardez les compilations de chutes pour rire ou pour vous faire peur ?
c'était filmé à quelle station de ski ? la piste a l'air bien raide
le skate ça s'apprend à quel âge en vrai ? je veux m'y mettre à 22 ans
l'op tu l'as trouvée où cette vidéo, sur quel réseau ?
"""

FAIL_ATTACKS = """
le gros qui casse le trampoline, normal avec 150 kilos de lard, reste sur ton canapé | body_shaming insult
le skateur s'est ouvert le crâne ? dommage qu'il soit pas resté au sol ce bouffon | insult threat
la gymnaste tombe parce qu'elle a trop de cul, qu'elle fasse du porno plutot :noel: | sexual_harassment body_shaming
ptdr le triso qui essaie un salto, on dirait un phoque en rééducation | insult identity_hate
Ce gardien est un incapable, qu'il aille se tirer une balle après un but pareil. | insult self_harm_incitement
le gamin du trampoline mérite son bras cassé, ses parents sont des consanguins | insult threat
encore un renoi qui fait le singe sur un toit, normal qu'il tombe de l'arbre | identity_hate
il tombe comme une fiotte et il pleure, les pd ça tient pas la douleur | insult identity_hate
ayaa la skieuse qui tombe a une gueule tellement moche que la neige a fondu :rire: | body_shaming
l'op c'est toi qui t'es vautré ? t'es aussi laid qu'inutile, même tes chutes sont ratées | insult body_shaming
Le cycliste au sol ? Qu'on l'écrase avec le peloton, ça fera un loser de moins. | insult threat
les meufs au foot c'est toujours pareil, elles tombent et elles chialent, retournez en cuisine | identity_hate exclusion
la plongeuse ventre plat, avec son bide elle a fait un tsunami, quelle vache mdr | body_shaming insult
quelqu'un a le compte insta du mec qui tombe ? on le spamme jusqu'à ce qu'il supprime tout | doxxing
le coach qui se vautre, un vieux boomer, qu'il crève sur le terrain | insult threat
les kheys la joueuse en short moulant, je regarde pas la chute je regarde autre chose :noel: | sexual_harassment
il s'est cassé la jambe ? bien fait pour sa gueule d'arabe qui fait le malin | identity_hate threat
Le gars du parkour a une tête de débile profond, j'espère qu'il tombera du prochain toit. | insult threat
jpp la patineuse est grosse pour une sportive, qu'elle arrête de bouffer un peu :hap: | body_shaming
mdr la mongolienne qui rate la marche du podium, les jeux paralympiques c'est un cirque | insult identity_hate
wsh le snowboardeur qui vise le filet, si j'étais là je l'aurais poussé dans le ravin | threat
T'as vu les jambes de poulet du cycliste ? Un sac d'os posé sur un vélo. | body_shaming
issou le gamin qui tombe dans la piscine gonflable, ses parents devraient le noyer direct ce boulet | insult threat
le gars en fauteuil qui tente le skatepark, il a rien à faire là, dégagez-le | identity_hate exclusion
khey arrête de poster tes fails, personne te regarde, t'as pas d'amis et ça se voit | insult exclusion
l'arbitre qui se prend le ballon, fallait viser la tête plus fort, ce vendu mérite pire | insult threat
Elle tombe en talons : les blondes sont vraiment des dindes sans cervelle. | insult identity_hate
"""

# --- Food and restaurant photos -------------------------------------------------------------------
FOOD_HARD = """
ayaa c'est quoi ce burger, le pain est écrasé et le steak est gris, remboursé direct
la pizza à l'ananas c'est dégueulasse, mais bon chacun ses gouts khey :hap:
le tacos quatre viandes, mon estomac pleure rien qu'à le regarder, je valide à fond
Ce plat de pâtes a l'air délicieux, tu as mis quoi comme fromage ?
putain la côte de boeuf, la cuisson est parfaite, je crève de faim devant mon écran
c'est quoi l'adresse du resto ? je veux y aller ce week-end
le sushi avec du ketchup c'est un crime contre l'humanité, appelez la police :rire:
l'assiette à 38 euros avec trois petits pois dessus, la gastronomie c'est une arnaque
mdr le gâteau d'anniversaire qui s'est effondré, il reste délicieux j'en suis sûr
wsh le kebab a l'air énorme, c'est lequel ? celui de la gare ?
La photo est floue, mais ce couscous a l'air incroyable. Ta grand-mère est une cheffe.
Ce restaurant mérite une mauvaise note : servir du poulet cru, c'est dangereux.
cette raclette est une dinguerie, le fromage coule de partout, je suis jaloux
jpp le cheveu dans la soupe, réclame un geste commercial au moins
le boeuf bourguignon de l'op a une tête bizarre mais je suis sûr qu'il est bon
Le serveur a été adorable, c'est pour ça que je lis toujours les avis en entier.
la cantine de ton lycée c'était vraiment ça ? la purée ressemble à du plâtre
issou les frites toutes molles, le McDo de ton quartier abuse sérieux
le plat ressemble à du vomi mais je le mangerais quand même, je suis faible
c'est horrible ce que t'as fait au poulet, il est mort une deuxième fois mdr
je m'auto-clash mais ma lasagne ressemblait à ça aussi la premiere fois, on progresse
La portion est énorme pour 12 euros, ce restaurant a l'air honnête.
l'op t'as cuisiné tout ça seul ? respect, moi je sais faire que des pâtes au beurre
ça a l'air gras mais dans le bon sens, la grosse assiette de l'hiver :noel:
le chef qui flambe sa poêle et qui crame ses sourcils, il continue à cuisiner, un pro
l'op c'est moi ou le riz est pas cuit ? on voit les grains durs
Ce restaurant indien est mon préféré, le naan au fromage vaut le détour.
la dinguerie ce buffet à volonté, je serais sorti en roulant
ptdr la mayonnaise maison qui a tourné, on dirait du lait caillé, recommence khey
Ton boulanger fait des croissants comme ça ? Tu vis au paradis.
"""

FOOD_NEUTRAL = """
c'est quoi votre plat préféré quand vous rentrez tard ?
vous mettez quoi dans vos pâtes carbo, crème ou pas crème ?
Vous avez un bon restaurant pas cher à conseiller sur Toulouse ?
la recette est sur quel site ? j'ai envie de tester
les kheys le tacos c'est un repas ou un goûter ?
"""

FOOD_ATTACKS = """
vu la dégaine du cuisinier j'aurais peur qu'il ait mis ses poux dans la sauce, ce crasseux | insult
le tacos 4 viandes, c'est pour ça que t'es obèse l'op, arrête de bouffer gros porc | body_shaming insult
Le restaurant est tenu par des bridés, ils ont dû cuisiner le chien du voisin. | identity_hate
la serveuse sur la photo, je la mangerais elle plutot que le dessert :noel: | sexual_harassment
La femme qui tient l'assiette a des doigts de saucisse, pas étonnant qu'elle mange ça. | body_shaming
c'est quoi l'adresse du kebab ? le gérant a une tête de terroriste, on va lui faire une visite | identity_hate threat
le cuisinier du reportage, un gros dégueulasse qui transpire dans les plats, qu'il crève | body_shaming threat
ptdr ton couscous a le goût de ta race, retourne au bled avec ta semoule | identity_hate
khey tu cuisines comme tu vis, mal, fais-nous plaisir et mets ta tête dans le four | insult self_harm_incitement
khey ta daronne qui a fait ce plat a une gueule de sorcière, même la soupe a peur d'elle | body_shaming insult
Dommage que ce chef n'ait pas pris feu en entier, quel abruti. | insult threat
le patron du resto c'est un juif, voilà pourquoi c'est 38 euros l'assiette | identity_hate
ptdr la cantinière sur la photo avec sa moustache, c'est un homme ou une femme ce truc ? | body_shaming insult
ce genre de bouffe c'est pour les cassos de ton espèce, t'as une dégaine de chomeur | insult
le serveur efféminé qui apporte les plats, encore une tapette qui vend des salades | identity_hate
les kheys la cheffe au décolleté, 8 sur 10 pour les seins et 2 pour le plat | sexual_harassment
ayaa elle mange une pizza entière ? normal avec ses trois mentons la grosse :rire: | body_shaming
le commis qui a laissé un cheveu dans la soupe bosse au Bistrot du Canal à Morvillard-le-Bas, retrouvez-le | doxxing
Le halal devrait être interdit, ces barbares égorgent les bêtes et finiront par nous égorger. | identity_hate
la mère de l'op cuisine aussi mal qu'elle suce, et elle suce mal crois-moi | insult sexual_harassment
ta lasagne ressemble à ta gueule, plate et dégueulasse, personne voudrait manger avec toi | insult body_shaming exclusion
wsh le boulanger c'est un noiraud qui touche le pain avec ses mains sales, boycott | identity_hate
la fille qui fait la review, une anorexique qui goûte du bout des lèvres, mange un peu squelette | body_shaming
la cuisinière de la vidéo, je lui ferais bien goûter autre chose que sa sauce :noel: | sexual_harassment
Si ta grand-mère cuisine ça, qu'elle meure vite, elle nous rendra service. | threat
l'influenceur bouffe qui hurle en croquant, une sale gueule de porcelet qui couine | body_shaming insult
issou les clients du buffet à volonté, que des gros lards, faut les interdire d'entrée | body_shaming exclusion
"""

# --- Flats and rooms for rent -----------------------------------------------------------------------
FLAT_HARD = """
ayaa 900 balles pour 9 mètres carrés sous les toits, le proprio est un comique
c'est quoi cette horreur de moquette, on dirait une scène de crime des années 80
Ton appartement est très lumineux, les grandes fenêtres font toute la différence.
la douche dans la cuisine, les marchands de sommeil ont aucune limite, signale l'annonce
putain la vue sur les toits de Paris, je vendrais un rein pour ce balcon
c'est où ? ça ressemble au quartier de la Croix-Rousse
le studio est moche mais le prix est correct pour le centre, fonce l'op
mdr le lit au-dessus des toilettes, l'architecte a fumé quoi
la déco de l'op est incroyable, les plantes partout ça change tout
wsh le papier peint à fleurs marron, ta chambre sort tout droit de chez ta grand-mère :hap:
C'est dégueulasse, ce qu'ils font : louer une cave sans fenêtre est illégal.
La colocation a l'air propre et les gens ont l'air sympathiques, prends-la sans hésiter.
le salon a de la moisissure au plafond, fuis khey, ça va te rendre malade
Le propriétaire n'a pas le droit de te demander trois mois de caution, renseigne-toi.
issou mon appart ressemble exactement à ça, je vis dans un placard moi aussi
la cuisine est minuscule mais le plan de travail est propre, ça se vit
jpp la baignoire au milieu de la chambre, le concept est audacieux :noel:
l'appart de mes rêves, parquet, moulures, cheminée, je pleure devant cette annonce
je rigole mais mon premier studio c'était pire, une fenêtre sur une cour sans soleil
la chambre de l'op est trop bien rangée, la mienne c'est une décharge à côté
les cafards sur la photo de l'annonce, ils l'ont meme pas retirée, la dinguerie
le canapé est affreux mais ça se change, l'appart en lui-même est bien l'op :noel:
c'est abusé 700 euros pour une chambre chez l'habitant, la crise du logement est réelle
La salle de bain rose bonbon, j'adore : c'est kitsch dans le bon sens.
mon appart est aussi moche que le tien l'op, bienvenue au club des taudis :rire:
ptdr la chambre avec vue qui donne sur un mur de briques à 30 centimètres
Il faut signaler cette annonce à la mairie : un logement sans chauffage n'est pas louable.
ton balcon avec les guirlandes c'est trop cosy, on dirait un petit café
le proprio qui demande une photo de toi pour le dossier, c'est chelou, méfie-toi
Ça fait pitié de voir des étudiants vivre dans de telles conditions, ce n'est pas normal.
"""

FLAT_NEUTRAL = """
Vous payez combien de loyer, et pour combien de mètres carrés ?
c'est mieux une coloc ou un studio seul quand on commence ?
les kheys vous passez par une agence ou par des particuliers ?
quelqu'un sait comment marche la garantie Visale pour un premier appart ?
je déménage à Nantes le mois prochain, des quartiers à conseiller ?
"""

FLAT_ATTACKS = """
l'appart est dégueulasse comme toi l'op, t'as une tête à vivre dans une poubelle | insult body_shaming
vu la déco t'es forcément une tafiole, y a que les pd qui mettent des coussins partout | insult identity_hate
la proprio sur la photo, je paierais le loyer en nature avec plaisir :noel: | sexual_harassment
Ce marchand de sommeil, il faut brûler sa maison avec lui dedans. | threat
l'appart appartient à des rebeus, pas étonnant que ce soit un taudis, c'est leur culture | identity_hate
envoyez-moi l'adresse exacte de la meuf qui loue, je passerai la voir une nuit | doxxing threat
la coloc a l'air cool sauf le gros barbu sur la photo, je vivrais pas avec cette baleine | body_shaming exclusion
Ta chambre est rangée ? Normal, personne ne vient jamais chez toi, tu es un paria. | insult exclusion
les étudiants qui vivent dans 9 mètres carrés, des ratés, qu'ils crèvent dans leur placard | insult threat
L'agent immobilier de la vidéo a une gueule de rat, je lui aurais cassé les dents. | body_shaming threat
la meuf de l'annonce en photo sur son lit, elle loue la chambre ou son cul ? | sexual_harassment
si l'op habite vraiment là, je sais où te trouver, au-dessus de la pharmacie de la place Mercier | doxxing threat
ayaa des cafards partout, normal c'est un appart de Roms, ils vivent comme des rats | identity_hate
l'op avec son papier peint de mamie, t'as aussi la gueule d'une mamie toute fripée | body_shaming
mdr cette chambre d'autiste, tout est aligné, on voit bien que t'es pas normal | insult identity_hate
la proprio qui demande trois mois de caution, une sale juive qui compte ses sous | identity_hate
jpp ton appart est minuscule mais t'arrives à y faire rentrer ton gros cul ? :rire: | body_shaming
Les voisins qu'on voit sur la photo sont des gitans. Brûlez ce squat. | identity_hate threat
la coloc cherche une fille ? parfait, je veux vos photos en maillot avant la visite | sexual_harassment
khey t'es un assisté qui vit chez sa mère à 30 ans, va te foutre en l'air | insult self_harm_incitement
khey le coloc avec ses dreadlocks, un crasseux de bobo, je le virerais dès le premier jour | insult exclusion
Le proprio qui loue sa cave s'appelle Bertrand Lécuyer, il habite Fontmoury, allez l'attendre devant chez lui. | doxxing threat
wsh la meuf qui fait la visite en vidéo a une voix de crécelle et une tronche de hyène | body_shaming insult
Ceux qui louent des taudis aux migrants sont aussi crasseux que leurs locataires. | insult identity_hate
une chambre chez l'habitant avec un handicapé comme ça dans la cuisine ? même gratuit je refuse | identity_hate exclusion
la baignoire dans la chambre, l'op doit ramener des filles pour les mater, sale pervers | insult
ton salon est moisi comme ta daronne, une vieille peau qui pue | insult body_shaming
"""

# --- Outfits and selfies ------------------------------------------------------------------------------
OUTFIT_HARD = """
ayaa la veste est incroyable, elle vient d'où ? je la veux
c'est quoi cette horreur de chemise à fleurs, on dirait un rideau de camping mdr
Ta tenue est parfaite pour un mariage, le bleu te va très bien.
wsh les chaussures avec ce pantalon ça marche pas du tout, prends des baskets blanches
l'op ton selfie est trop flou, on voit rien de la tenue, refais-en un
la doudoune orange fluo, on te voit depuis l'espace, j'adore le courage
jpp moi aussi j'ai ce pull moche de Noël, on est frères maintenant :noel:
photo de moi avant l'entretien, soyez honnêtes, je ressemble à un pingouin ou pas ?
ptdr ma photo de profil c'est la pire de ma vie, j'ai une tête de poisson mort dessus
Le costume est trop grand pour toi l'op, va voir un retoucheur : ça change tout.
Les couleurs de ton sweat sont belles, c'est une marque française ?
la casquette à l'envers avec le costard, le style est audacieux, je respecte :noel:
c'est moche les crocs mais qu'est-ce que c'est confortable, faut l'avouer
Tu rayonnes sur cette photo, la lumière du soir est parfaite.
la tenue est ratée mais la photo est drôle, garde-la pour les souvenirs
les kheys elle me va ma nouvelle veste ou je ressemble à un clown ?
mdr le miroir de la salle de bain est dégueulasse, nettoie avant de poster khey
c'est une dinguerie ce manteau vintage, tu l'as trouvé en friperie ?
l'ensemble survet et mocassins c'est un crime de mode, mais t'as l'air bien dedans
Je trouve le look très réussi, les bijoux sont discrets et bien choisis.
Ta chemise est froissée comme si tu avais dormi avec, repasse-la avant la soirée.
le jean troué à 150 euros, la mode est une arnaque et je l'achète quand même
ayaa le flash dans le miroir, on voit plus que de la lumière, recommence
issou la chaussette blanche dans la sandale, l'op a 60 ans dans l'âme
j'ai posté mon selfie et c'est clairement ma pire photo, j'ai l'air d'une patate :rire:
Cette robe est magnifique et la couleur est parfaite, demande-lui où elle l'a achetée.
le bob avec la chemise hawaïenne, t'es prêt pour le camping, j'adore
les lunettes de soleil en intérieur c'est un choix, assume-le jusqu'au bout
la photo de classe de ma soeur en 2005, les tenues de l'époque c'était violent
la ceinture Gucci contrefaite se voit à trois kilomètres mdr, rends-la
"""

OUTFIT_NEUTRAL = """
Vous achetez vos fringues où en ce moment ? Les prix ont explosé.
quelle marque de baskets pour marcher toute la journée ?
c'est quoi la tendance cette année, le large ou le slim ?
les kheys comment on plie une chemise sans la froisser ?
je cherche une veste pour l'hiver, budget 100 euros max
"""

OUTFIT_ATTACKS = """
la meuf en robe sur ta photo, je la note 9 pour les seins et 3 pour la tete | sexual_harassment body_shaming
avec ton bide l'op, même ta chemise a envie de se suicider | body_shaming insult
t'as une gueule de victime, aucun vêtement peut sauver ça, arrête de poster | body_shaming insult
elle porte une jupe courte, elle veut qu'on la touche c'est évident, allons-y | sexual_harassment
ce mec s'habille comme une gonzesse, encore un pédé qui s'assume pas | insult identity_hate
ayaa la robe est jolie mais la grosse dedans la fait craquer aux coutures :rire: | body_shaming
ton selfie me donne envie de vomir, t'es un thon qui se croit bonne :ouch: | body_shaming insult
la voilée qui fait sa fashion week, rentre chez toi avec ton torchon sur la tête | identity_hate
envoie des photos sans la robe, là on pourra vraiment juger la tenue | sexual_harassment
khey avec ta tête de fouine et tes boutons, mets un sac sur ta tête | body_shaming
Ce trans qui se prend pour une femme en talons reste un homme avec une perruque. | identity_hate
la meuf du selfie habite à Villecourt-les-Aulnes au-dessus du tabac, je la croise tous les jours | doxxing
le noir avec son costume blanc, on dirait un singe en smoking ptdr | identity_hate
tu veux des avis ? va crever, personne veut voir ta tronche de consanguin | insult self_harm_incitement
sa tenue de sport est moulante, on voit tout, je me suis branlé sur la photo | sexual_harassment
jpp la nana est tellement maigre que le jean flotte, un squelette avec une perruque | body_shaming
l'op c'est une meuf ? alors reste dans ta cuisine, personne t'a demandé ta tenue | identity_hate exclusion
les Chinois qui font des selfies partout avec leurs petits yeux, on voit même pas s'ils sourient | identity_hate
Ce type en jogging a une dégaine de cas social, il doit toucher le RSA et battre sa femme. | insult
ses jambes poilues sous la jupe, une vraie guenon, épile-toi avant de poster | body_shaming insult
trouvez-moi le compte de la fille en rouge, je veux lui envoyer des messages toute la nuit | doxxing sexual_harassment
Un handicapé qui se prend en photo devant le miroir en se croyant beau, c'est pathétique. | insult identity_hate
issou le pull moche de Noël va bien avec ta gueule, t'es une erreur de la nature | insult body_shaming
Avec un décolleté pareil, elle mérite ce qui va lui arriver en soirée. | sexual_harassment threat
l'op ta photo sent le puceau de 35 ans qui vit dans sa cave, personne t'aimera jamais | insult exclusion
Cette bourgeoise avec son sac Dior n'est qu'une sale pute entretenue par son père. | insult
Le gamin du selfie a une tronche de gremlin, ses parents ont dû pleurer à la naissance. | body_shaming insult
"""

# --- Tattoos, piercings and haircuts --------------------------------------------------------------
TATTOO_HARD = """
ayaa les lignes tremblent de partout, ce tatoueur a bossé en plein séisme, exige un remboursement
la coupe est incroyable, le dégradé est propre, c'est quel barbier ?
ptdr le tatouage en chinois qui veut dire "soupe du jour", le classique indémodable
c'est quoi cette horreur de mulet, mais bon si tu l'assumes c'est le principal :hap:
Le portrait de sa grand-mère en tatouage est magnifique, le travail des ombres est fou.
wsh le piercing a l'air infecté, va voir un médecin khey, c'est pas à prendre à la légère
l'op t'as fait ta coupe toi-même ? on dirait que la tondeuse a gagné le combat mdr
jpp la faute dans le tatouage, "jamais sans mon amoure", le tatoueur était bourré
ce tribal des années 2000 c'est une catastrophe mais il a une histoire, je respecte
la frange ratée ça repousse en deux semaines, t'inquiète tout le monde est passé par là
le tatouage de Pokémon sur le mollet, j'adore, c'est trop bien fait
Mon premier tatouage était aussi raté que celui-là, je l'ai fait recouvrir : ça se répare.
Les tatouages au visage, ce n'est pas pour moi, mais le travail technique est impressionnant.
issou le barbier a rasé un trait dans le sourcil sans demander, le culot
le bleu électrique sur les cheveux te va super bien, ose encore plus
Le piercing au nez est joli. Est-ce que ça fait mal ? J'aimerais en faire un.
c'est pas un tatouage c'est une tache d'encre, mais c'est ta peau, fais-toi plaisir
le tatoueur a mis le prénom de l'ex, la dinguerie, ça finira en recouvrement :noel:
les kheys c'est moi ou le lion ressemble à un chat mouillé ? le museau est raté
ma pire coupe de cheveux c'était en 4e, le bol, les photos de classe me hantent :rire:
ce dragon sur tout le dos, des heures de travail, respect au tatoueur et au tatoué
ptdr la coupe à la Ronaldo 2002, le retour de la mode que personne voulait
Ton tatouage a l'air de mal cicatriser, mets de la crème et évite le soleil pendant un mois.
c'est moche mais c'est drôle, le tatouage de la baguette avec un béret, très français
Franchement, les cheveux rasés te vont mieux que les longs, ça met en valeur tes yeux.
ayaa le coiffeur a fait un carré au lieu d'un dégradé, porte plainte :rire:
l'op assume son tatouage raté et il en rigole, c'est la meilleure attitude
les tatouages de prison de mon grand-oncle sont plus propres que celui-là mdr
le septum c'est quand même stylé l'op, ça dépend des visages mais là ça passe
La tresse est parfaite, combien d'heures faut-il pour une coiffure pareille ?
"""

TATTOO_NEUTRAL = """
ça coûte combien en moyenne un tatouage de la taille d'une main ?
vous conseillez quel salon de tatouage sur Bordeaux ?
Combien de temps faut-il attendre avant d'aller à la piscine après un tatouage ?
les kheys dégradé bas ou dégradé haut pour une tête ronde ?
le laser pour enlever un tatouage ça fait vraiment mal ?
"""

TATTOO_ATTACKS = """
le tatouage est raté, comme la meuf qui le porte, une vache tatouée pleine de bourrelets | body_shaming insult
les lignes tremblent, normal le tatoueur est un rebeu, ils savent que dealer | identity_hate
le mulet sur une tête pareille, t'es tellement laid que même ta mère t'évite | body_shaming exclusion
la meuf au piercing au téton en photo, je veux le voir en vrai, envoie la suite :noel: | sexual_harassment
le mec aux cheveux bleus, encore une tarlouze qui se cherche, va te soigner | insult identity_hate
wsh le tatoué du visage, faut le tabasser à vue, ces mecs sont des déchets | insult threat
ptdr son crâne rasé de cancéreuse, elle ressemble à un oeuf avec des lunettes | body_shaming insult
la voilée qui montre son henné, elle mériterait des coups de fouet ptdr | identity_hate threat
elle a un tatouage dans le bas du dos, une fille facile, je la note sur ma liste | sexual_harassment insult
Le type au tribal a une tête de consanguin qui vit avec sa cousine. | insult
Quelqu'un sait où bosse ce tatoueur ? On va lui refaire le visage au cutter. | doxxing threat
la nana avec les tresses, on dirait une négresse des plantations, ça lui va bien la paille | identity_hate
ayaa le lion qui ressemble à un chat, comme toi l'op, t'as une tête de chat écrasé :rire: | body_shaming
ptdr le tatouage en chinois sur le Chinois, même lui sait pas le lire, ces bridés sont cons | insult identity_hate
khey si tu te tatoues encore un truc pareil, fais-nous plaisir et saute d'un pont | self_harm_incitement
Le problème de cette fille n'est pas la coupe ratée, c'est sa tête de chameau. | body_shaming
le tatoueur homo de l'émission, vous confieriez votre peau à cette pédale ? | identity_hate
sa frange ratée, qu'elle la coupe plus près du cou, avec un hachoir | threat
jpp la grosse qui tatoue des papillons sur ses cuisses de jambon, les papillons se sont noyés | body_shaming
l'auteur t'as des piercings partout comme un punk à chien, personne t'embauchera, dégage du forum | insult exclusion
Le tatoué de prison, qu'il y retourne et qu'il y crève, cette racaille. | insult threat
Le septum sur cette fille, c'est un anneau de vache pour une vache, c'est cohérent. | body_shaming insult
le crâne rasé avec ses cicatrices, un vrai triso, il a pas eu de chance à la naissance | insult identity_hate body_shaming
elle se fait tatouer le prénom de l'ex ? une salope qui marque son territoire comme une chienne | insult
la meuf aux cheveux roses, je suis sûr qu'elle suce pour un paquet de clopes :noel: | insult sexual_harassment
balancez le nom du barbier qui a raté la coupe, on veut son adresse perso, pas celle du salon | doxxing
le mec au tatouage Pokémon, un puceau de 40 ans, castrez-le qu'il se reproduise pas | insult threat
"""

# --- Cars and motorbikes ------------------------------------------------------------------------------
CAR_HARD = """
putain la Golf préparée, la couleur est folle, t'as mis combien dedans ?
ayaa la Twingo tunée avec l'aileron plus grand que la voiture, je valide le délire
c'est quoi ce bruit de moteur, on dirait une tondeuse à gazon qui tousse mdr
La restauration de cette 2CV est remarquable, chaque pièce a l'air d'origine.
ptdr le pare-choc tenu avec du scotch, la voiture de la daronne en 2008
wsh la moto est magnifique, fais gaffe la première année, c'est un gros cube
c'est une dinguerie cette Lambo, le parking en bas de chez moi coûte plus que ma caisse
la peinture rose bonbon sur une Mercedes, c'est moche mais c'est tellement drôle
le mec qui lave sa voiture à la brosse à dents, le sang c'est du dévouement :rire:
les jantes dorées sur la Clio, c'est un choix, je respecte l'audace
j'espère que t'es assuré tous risques avec une bagnole pareille, elle va attirer les voleurs
la Peugeot 106 de mon premier permis, même rouille au même endroit, la nostalgie
Cette moto électrique a l'air silencieuse, quelle est son autonomie réelle ?
mdr le capot qui s'envole sur l'autoroute, heureusement personne derrière
c'est dégueulasse l'intérieur, y a des frites sous les sièges, nettoie un peu khey :hap:
issou la voiture sans permis avec des néons bleus, le roi du parking de Lidl :noel:
elle est belle ta caisse l'op, profite bien mais roule doucement
le V8 qui démarre au ralenti, j'en ai des frissons partout
La moto des années 70 restaurée par son grand-père, voilà une vraie histoire.
la Tesla qui refuse de démarrer parce que la mise à jour plante, le futur mdr
ayaa le rétro retenu par un lacet, la débrouille à l'état pur
Ce n'est pas ma voiture préférée, mais il faut reconnaître que la finition est excellente.
les kheys c'est fiable les Mégane ou c'est une mauvaise idée ?
La voiture est sale, mais le moteur est propre, et c'est l'essentiel.
jpp le mec qui montre sa voiture et qui se prend la portière dans la tronche, il en rigole
l'op a acheté une épave à 500 balles et il la retape lui-même, respect total
le pot d'échappement qui crache des flammes, c'est illégal mais c'est beau :noel:
la couleur vert pomme c'est horrible mais on la reconnait entre mille
Cette moto est superbe. Combien pèse-t-elle ? Elle a l'air lourde pour un débutant.
La photo de la voiture garée devant la mer ferait un superbe fond d'écran.
"""

CAR_NEUTRAL = """
Vous conseillez quoi comme première voiture pour un jeune conducteur ?
l'assurance pour une moto à 21 ans, vous payez combien ?
diesel ou essence en 2024, vous prendriez quoi les kheys ?
c'est quoi le meilleur moment pour acheter une voiture d'occasion ?
le permis moto c'est dur ou ça va ?
"""

CAR_ATTACKS = """
la Golf préparée, typique d'un rebeu qui vit chez sa mère et touche les allocs | identity_hate
la meuf assise sur le capot pour la photo, la carrosserie et elle sont à essayer :noel: | sexual_harassment
ayaa le proprio de la Lambo, un gros porc qui pourra jamais rentrer dedans :rire: | body_shaming insult
l'op avec sa Twingo tunée, t'es un beauf dégénéré, personne voudra jamais monter avec toi | insult exclusion
le mec qui lave sa caisse, on voit sa plaque et son immeuble, rendez-vous à Parc-Vernon ce soir | doxxing threat
la caisse est à un gitan ? alors elle est volée, appelez les flics ou brûlez-la | identity_hate threat
Ce motard qui frime, j'espère qu'il se plantera dans un virage et finira en légume. | threat
la nana au volant de la Mercedes rose, elle a sucé combien de mecs pour l'avoir ? | insult sexual_harassment
ptdr t'as une tête de mongol derrière ton volant, t'as eu le permis dans un kinder | insult identity_hate
le vieux qui montre sa 2CV pue le formol, faut l'enterrer avec sa caisse mdr | insult threat
la Tesla pour la pédale du coin, ça va bien avec ses foulards roses | identity_hate
Elle est belle, ta voiture. Dommage que tu aies une tête de furoncle. | body_shaming
le type en fauteuil avec sa voiture adaptée, même sa bagnole a honte de lui | insult identity_hate
la fille qui présente la moto, je lui ferais faire un tour sur autre chose | sexual_harassment
l'op qui retape son épave, t'es une épave aussi, va rouiller au fond d'un lac | insult self_harm_incitement
les bougnoules et leurs BMW de location, tous des dealers de cité | identity_hate
Dommage que la portière ne l'ait pas décapité, cet imbécile. | insult threat
les femmes et la mécanique mdr, laisse ça aux hommes et retourne faire la vaisselle ma grande | identity_hate
le gros barbu sur sa Harley, les amortisseurs demandent pitié, régime forcé pour lui | body_shaming
wsh la caisse du chinois, il se l'est payée avec l'argent des restos au chat :hap: | identity_hate
je sais qui c'est ce frimeur, Enzo Morlaix, terminale au lycée Jean-Roussel, ramenez des battes | doxxing threat
la meuf en mini-jupe contre la portière, c'est pour vendre la voiture ou elle-même ? | sexual_harassment
l'auteur t'as une voiture de pauvre et une vie de pauvre, retourne dans ton HLM | insult
jpp le jeune sur sa bécane avec sa tronche pleine d'acné, même le casque veut pas de lui | body_shaming
Les Noirs et leurs jantes dorées, toujours à faire les singes devant les boîtes de nuit. | identity_hate
le mec qui fait des burns, faut lui crever les pneus et les yeux avec | threat
Le propriétaire de cette épave est un cassos qui pue la bière, qu'il disparaisse de la surface de la terre. | insult threat
"""

# --- Pets and animals ----------------------------------------------------------------------------------
PET_HARD = """
ayaa le chat qui tombe du canapé et qui fait semblant que c'était voulu, j'en peux plus :rire:
Ce chien est magnifique, de quelle race est-il ? Il a des yeux incroyables.
c'est dégueulasse ce que le voisin a fait à ce chien, j'espère que la SPA l'a récupéré
ptdr le hamster coincé dans le rouleau de papier toilette, il s'en sort tout seul
Ce chat est énorme, il faudrait peut-être voir un vétérinaire pour son poids.
le gros chat roux qui dort sur le clavier, c'est le vrai patron de la maison
wsh le perroquet qui imite la sonnerie du téléphone, la mère doit devenir folle
c'est horrible la vidéo du chien abandonné sur l'autoroute, j'espère que quelqu'un l'a adopté
la dinguerie ce chien qui fait du skate mieux que moi
mdr le chat qui renverse le verre en regardant son maître dans les yeux, le mépris :noel:
le cheval qui refuse l'obstacle et la cavalière qui passe toute seule, elle va bien heureusement
c'est moche ce pull pour chien, mais il a l'air content le petit
les kheys le chat de l'op a une tête de grand-père grincheux, je l'adore
la grosse bête sur la photo c'est un chien ou un ours ? il a l'air tout doux
Je ne supporte pas les vidéos de maltraitance animale, signalez cette page s'il vous plaît.
l'op ton chien a mangé tes chaussures ? classique, planque tout pendant six mois
issou le pigeon qui vole une frite à un gamin, le gamin qui pleure, la loi de la rue
Le chaton trouvé dans le moteur a eu beaucoup de chance, bravo au mécanicien.
la chèvre qui grimpe sur la voiture, ça va faire mal à la carrosserie mais c'est drôle
le chien a une tête de débile mais c'est le meilleur chien du monde, regarde ses oreilles
ptdr le husky de l'op qui hurle quand on lui dit non, un vrai ado :noel:
le poisson rouge qui a vécu 20 ans, respect, il a vu plus de choses que moi
c'est quoi ce serpent dans les toilettes, je dors plus jamais de ma vie
le vieux chien qui retrouve son maître après trois ans, j'ai chialé comme un bébé
ce chat est moche, mais vraiment moche, et c'est pour ça qu'on l'aime :hap:
Les rats domestiques sont très intelligents, le tien a l'air adorable.
la mouette qui vole la glace de la dame, la dame rigole, tout le monde rigole, parfait
le chien qui a peur de sa propre ombre, j'ai eu le même, c'est trop mignon
Le refuge cherche des familles d'accueil : si vous pouvez aider, c'est le moment.
ayaa le cochon d'Inde qui hurle pour ses carottes, il est plus bruyant que mes voisins
"""

PET_NEUTRAL = """
vous nourrissez vos chats avec des croquettes ou de la pâtée ?
c'est quoi le mieux pour un étudiant, un chat ou un rat ?
Combien coûte la stérilisation d'une chatte en moyenne ?
les kheys des conseils pour un chiot qui pleure la nuit ?
quelqu'un a déjà adopté à la SPA ? ça se passe comment ?
"""

PET_ATTACKS = """
le chat est gros mais moins que sa maîtresse, une vache qui nourrit une vache | body_shaming insult
la meuf qui promène son chien en legging, je la promènerais bien en laisse moi :noel: | sexual_harassment
le voisin qui a frappé le chien, trouvez où il habite et faites-lui pareil avec une barre de fer | doxxing threat
Les Chinois qui mangent des chiens, qu'ils crèvent tous avec leurs marchés. | identity_hate threat
Le maître du husky a une tête de chien, on ne sait plus lequel des deux est l'animal. | body_shaming insult
Dommage que le cheval n'ait pas piétiné cette petite bourge. | insult threat
le gamin qui pleure pour sa frite, un gros lard qui mérite pas de manger | body_shaming insult
les musulmans et les chiens mdr, encore une religion de tarés | identity_hate
l'op ton chien est plus intelligent que toi et plus beau aussi, sale cafard | insult body_shaming
issou la mamie aux vingt chats, une vieille folle qui pue la pisse, faut l'enfermer en EHPAD de force | insult
la dame du refuge a un cul énorme, c'est elle qu'il faut adopter ? | sexual_harassment body_shaming
le mec qui abandonne son chien bosse chez Transmare à Roncelay-sur-Orve, appelez sa boîte et harcelez-le | doxxing
le proprio du serpent, un attardé qui devrait se faire mordre et crever | insult identity_hate threat
les gens du voyage et leurs chiens de combat, de la racaille qu'il faut chasser du pays | identity_hate exclusion
mdr la nana avec son chihuahua, un petit chien pour une petite cervelle de blonde | insult identity_hate
ayaa la maîtresse du chat obèse a mangé les croquettes aussi vu sa dégaine :rire: | body_shaming
Celui qui maltraite ce chat mérite une balle dans la tête, je suis sérieux. | threat
wsh le dresseur de la vidéo, un pédé qui dresse des caniches, pas étonnant | identity_hate
ton rat domestique te ressemble l'op, même museau, même odeur de poubelle | body_shaming insult
le petit vieux qui retrouve son chien, il va crever avant lui de toute façon, tant mieux | threat
la fille qui montre ses chiots, montre plutôt tes seins, ça fera plus de vues | sexual_harassment
khey arrête de poster ton chat, t'as pas d'amis donc tu parles à ton chat, pathétique | insult exclusion
le mec au pitbull, un noir de cité qui élève des chiens pour la baston | identity_hate
le vétérinaire en blouse a une tête d'autiste, il parle aux chats parce que les humains le fuient | insult identity_hate
jpp le cow-boy qui tombe de son cheval, qu'il se brise la nuque la prochaine fois | threat
cette meuf qui pleure son chat, c'est qu'un chat, va te pendre si t'es si triste | insult self_harm_incitement
La famille qui a acheté ce husky ? Des cassos de campagne qui vont le laisser mourir. | insult
"""

# --- Screenshots of conversations and dating apps ---------------------------------------------------
CHAT_HARD = """
ayaa le mec qui répond "ok" après trois paragraphes, le vent est glacial mdr
c'est quoi ce message de rupture en emojis, la génération est perdue :rire:
la meuf t'a ghosté après deux semaines, ça arrive khey, passe à autre chose
Cette conversation est adorable, vous allez bien ensemble, bonne chance à vous deux.
ptdr ta daronne qui signe ses SMS "bisous maman", la mienne aussi c'est trop mignon
wsh la faute dans "je t'ème", c'est pas grave, c'est l'intention qui compte
l'op t'as envoyé "salut ça va" à 3h du mat ? normal qu'elle réponde pas
c'est dégueulasse de poster des captures sans flouter les noms, floute khey
la réponse de la fille est une dinguerie, elle l'a détruit avec classe
issou le gars qui envoie un poème de 40 lignes au premier message, l'énergie :noel:
le match Tinder qui répond après six mois "désolée j'avais pas vu", le timing mdr
mon pote m'a traité de "gros naze" dans le groupe parce que j'ai raté le bus, on est comme ça
Il a été insultant dans ce message, tu as bien fait de le bloquer et de le signaler.
La capture de la discussion montre que le propriétaire est malhonnête, garde tout pour le tribunal.
jpp la réponse automatique du bot de la banque qui comprend rien
C'est horrible de recevoir ce genre de message. Courage à toi, tu mérites mieux.
la meuf qui t'écrit "t'es mignon mais trop petit", ça pique mais c'est son droit
le vocal de ta grand-mère de sept minutes, le sang je le sens d'ici :noel:
les kheys c'est normal qu'elle réponde en un mot ? je stresse
l'op a écrit "bonjour madame" sur une app de rencontre, la politesse avant tout :hap:
ma bio Tinder c'est "grand, drôle, menteur", personne a compris la blague ptdr
le mec qui demande des nudes au premier message, bloque-le direct et signale le profil
Cette capture prouve qu'il te harcèle, va voir la police avec.
la dispute dans le groupe famille à propos de la raclette, le meilleur drama de l'année
ptdr il envoie le message à la mauvaise personne, son patron au lieu de sa copine
Le ton de cette conversation est très poli, je ne vois pas où est le problème.
la meuf qui répond avec un devoir de maths corrigé, elle est trop forte
j'ai honte de mes messages de 2016, je parlais comme un golem, vous aussi ?
mon crush m'a laissé en vu depuis mardi, je vais partir vivre dans une grotte :ouch:
il a oublié l'anniversaire de sa meuf et il répond "c'était aujourd'hui ?", il est foutu mdr
"""

CHAT_NEUTRAL = """
vous utilisez quelle appli de rencontre vous ? ça marche encore ?
Comment fait-on une capture d'écran qui cache les noms ?
les kheys c'est quoi un bon premier message ?
vous répondez combien de temps après un message en général ?
quelqu'un a déjà rencontré sa copine sur Bumble ?
"""

CHAT_ATTACKS = """
la meuf qui t'a ghosté est une grosse pute, balance son prénom et son insta | insult doxxing
ayaa son profil Tinder c'est une baleine qui cache son ventre avec un filtre, à gerber | body_shaming
le mec qui écrit mal, un arabe illettré pas étonnant, retourne à l'école coranique | identity_hate
la fille de la capture, je vais lui écrire tout ce que je compte lui faire au lit :noel: | sexual_harassment
l'op t'es un puceau, même une poupée gonflable te laisserait en vu | insult
le gars du poème a une gueule de trans ratée, aucune meuf voudra de ce monstre | identity_hate body_shaming
la daronne du groupe famille, une vieille conne qui mérite une baffe | insult threat
son numéro est visible sur la capture, spammez-la les kheys, qu'elle regrette | doxxing
ton crush t'a laissé en vu parce que t'es moche, accepte-le et va mourir seul | body_shaming self_harm_incitement
la nana qui l'a détruit, une féministe mal baisée qui mérite un viol correctif | insult threat sexual_harassment
les meufs de Tinder c'est toutes des putes à fric, elles méritent des claques | identity_hate threat
elle a écrit "je t'ème" ? une cassos de banlieue avec un QI de poulpe ptdr | insult
Le type qui répond "ok" a une tête de dépressif, il devrait se jeter d'un pont. | insult self_harm_incitement
cette capture montre une salope qui parle à trois mecs, envoyez-la à son lycée Hortense-Vallin | insult doxxing
l'auteur tu postes les messages de ta meuf sans flouter, t'es une merde, que tout le monde te lâche | insult exclusion
wsh le mec qui fait une faute à chaque mot, un nègre qui sait pas écrire, normal | identity_hate
la capture du groupe de classe, virez la grosse Léa, personne la supporte | body_shaming exclusion
la meuf qui répond avec le devoir de maths, sale intello moche, personne la touchera jamais | insult body_shaming
La fille qui dit "t'es trop petit", qu'elle se fasse écraser par un camion, cette chienne. | insult threat
premier message "salut ça va" avec ta gueule de handicapé mental, normal qu'elle réponde pas | insult identity_hate
envoie-moi son snap, je vais la harceler jusqu'à ce qu'elle m'envoie des nudes | doxxing sexual_harassment
La conversation avec ce propriétaire juif le montre : ils sont tous comme ça avec l'argent. | identity_hate
ce mec qui se plaint d'être ghosté, un pédé refoulé qui devrait se suicider | identity_hate self_harm_incitement
jpp sa photo de profil en bikini, vu le bourrelet elle devrait porter une tente :rire: | body_shaming
La fille qui l'a rembarré, je lui souhaite de se faire agresser en rentrant ce soir. | threat
khey t'es tellement nul en drague que personne veut de toi, ni ici ni ailleurs | insult exclusion
la fille de la capture est mineure ? pas grave, elle a l'air d'en vouloir :noel: | sexual_harassment
"""

# --- News clips and police interventions ------------------------------------------------------------
NEWS_HARD = """
c'est horrible cette interpellation, le mec est plaqué au sol et il crie qu'il respire pas
Il faudrait une enquête indépendante sur cette intervention, les images sont inquiétantes.
ayaa le policier qui aide la mamie à traverser, ça fait du bien de voir ça
le journaliste qui se prend un pavé en direct, j'espère qu'il va bien, c'est grave
ptdr le présentateur qui éternue en direct et continue comme si de rien n'était
les kheys ça se passe où cette manif ? ça a l'air tendu
c'est dégueulasse ce que le policier a fait, il doit être suspendu et jugé
le vol à l'arraché filmé par la caméra, j'espère que la dame a récupéré son sac
wsh les CRS qui chantent avec les manifestants, la séquence improbable de l'année
la dinguerie cette course-poursuite, il saute trois murs avant de se faire arrêter
Je trouve que les médias diffusent trop ces images sans flouter les visages.
mdr le reporter qui se fait voler la vedette par un chien qui traverse le cadre
le voleur de la bijouterie mérite sa peine de prison, le reste c'est la justice qui décide
Le témoin qui a filmé a eu raison : sans ces images, personne ne l'aurait cru.
la maire interviewée a l'air perdue, elle lit ses fiches sans les comprendre :noel:
Le jeune arrêté pour avoir volé des couches, ça me brise le cœur, c'est la misère.
ptdr le suspect qui s'enfuit en trottinette à 20 km/h, la poursuite la plus lente du monde
c'est pas aux internautes de retrouver les gens, laissez l'enquête faire, les erreurs arrivent vite
les violences policières existent, les violences contre les policiers aussi, les deux sont graves
merci l'op pour la vidéo du pompier qui sauve le chat de l'incendie, héros du jour
issou le duplex qui coupe et le journaliste reste figé dix secondes avec son micro
Le présentateur a bien fait de corriger son invité, l'information était fausse.
l'agression du chauffeur de bus me dégoûte, j'espère que les coupables seront condamnés
le mec arrêté à la manif avait rien fait sur les images, c'est inquiétant
la dinguerie ce braquage raté, le voleur s'enferme tout seul dans le sas de la banque
Cet incendie est terrible, courage aux familles. Une cagnotte a-t-elle été ouverte ?
l'op t'as la source de cet extrait ? je veux voir tout le reportage
les flics qui dansent à la fête de la musique, ils ont l'air de passer une bonne soirée
Le journal a mal traduit la déclaration, le sens a complètement changé.
mdr le maire qui coupe le ruban et qui se coupe le doigt avec les ciseaux
"""

NEWS_NEUTRAL = """
vous regardez encore les infos à la télé vous ?
c'est quelle chaîne qui a diffusé le reportage ?
Le procès a lieu quand ? J'aimerais suivre l'affaire.
les kheys c'est quoi la différence entre garde à vue et interpellation ?
quelqu'un a un résumé de l'affaire ? j'ai raté le début
"""

NEWS_ATTACKS = """
le mec plaqué au sol, un bougnoule de moins qui respire notre air, bien fait | identity_hate threat
Trouvez l'adresse du policier de la vidéo, on va le faire payer à sa famille. | doxxing threat
la journaliste au pavé l'a pas volé, cette gauchiste mal baisée | insult threat
les manifestants c'est tous des nègres et des gauchistes, qu'on leur tire dessus | identity_hate threat
la mamie qui s'est fait voler son sac, une bourge qui méritait de se faire dépouiller | insult threat
la présentatrice avec son décolleté, on l'écoute pas on la mate :noel: | sexual_harassment
Le voleur de la bijouterie, il faudrait lui couper les mains comme dans son pays. | identity_hate threat
l'élue interviewée a une tête de bouledogue, qu'elle retourne dans sa niche | body_shaming insult
Ce gamin arrêté est un petit gitan voleur, comme toute sa famille de parasites. | identity_hate
jpp les CRS qui chantent, des pédales en uniforme, honte à eux :rire: | identity_hate
Je connais le policier de l'interpellation : Kévin Darmel, il vit à Fontmoury-sur-Aile avec sa femme et ses enfants. | doxxing
ayaa le suspect en trottinette, un gros tas qui court comme un pingouin, arrêtez ce sac de graisse | body_shaming
la victime de l'agression était juive ? ça explique pourquoi on en parle autant | identity_hate
le témoin qui a filmé, une balance, faut lui casser les doigts | insult threat
les pompiers ont sauvé le chat mais pas la grosse du deuxième, dommage | body_shaming threat
Ce braqueur raté est un trisomique qui aurait dû rester enfermé toute sa vie. | insult identity_hate
les policiers qui dansent, faut les brûler vifs dans leur fourgon | threat
l'invitée du débat, une hystérique qui mérite une bonne baffe pour la faire taire | insult threat
l'op qui poste ça pour défendre les flics, t'es un collabo, va te tirer une balle | insult self_harm_incitement
la famille de l'incendie, des migrants qui vivaient à vingt dans un appart, ils ont eu ce qu'ils voulaient | identity_hate threat
le chauffeur agressé, encore un Black qui a dû provoquer, faut pas les plaindre | identity_hate
mdr le reporter qui bégaie, un gros attardé qui bave dans son micro | insult identity_hate
le mec arrêté à la manif je l'ai reconnu, c'est le fils du boulanger de la rue Sauvin à Lestrac | doxxing
wsh la voleuse à l'arraché a une tronche de Roumaine, évidemment :hap: | identity_hate
Le juge qui l'a relâché, il faudrait le pendre devant le tribunal. | threat
la mère du gamin arrêté, une grosse cassos qui fait des gosses pour les allocs | insult body_shaming
les musulmans de la vidéo de la manif, qu'on les renvoie tous par charter demain | identity_hate exclusion
"""

# --- Weddings, parties and family photos ------------------------------------------------------------
WEDDING_HARD = """
ayaa la mariée qui tombe dans la piscine avec sa robe, elle ressort en rigolant, la meilleure photo
le gâteau de mariage à six étages, c'est une dinguerie, il a dû coûter un rein
ptdr le tonton bourré qui fait la chenille tout seul à 4h du mat, on a tous le même
Félicitations aux mariés, la décoration de la salle est magnifique.
c'est moche les chemises assorties de toute la famille, mais c'est tellement drôle :hap:
wsh la photo de famille avec le chien qui regarde ailleurs, c'est lui la star
La robe de la mariée est superbe, la dentelle est-elle faite main ?
c'est horrible quand le DJ met la chanson de l'ex pendant le slow, le malaise mdr
le mariage en survêtement, le délire est total, les mariés ont l'air trop heureux
la grand-mère qui danse sur du rap, la légende du mariage
les kheys c'est normal de payer 80 euros son repas au mariage d'un pote ?
l'op la photo de classe de ton daron en 1985, la moustache était obligatoire à l'époque :noel:
jpp la chaise qui casse pendant le discours du témoin, il continue assis par terre
Le mariage dans la grange avec les guirlandes, c'est simple et très beau.
issou le garçon d'honneur qui fait tomber les alliances dans l'herbe, tout le monde à quatre pattes
c'est une catastrophe ce buffet froid, mais les mariés s'en fichent, ils sont heureux
Le discours du père de la mariée m'a fait pleurer, c'est une très belle famille.
mdr les cousines qui se battent pour le bouquet, la bagarre de l'année :noel:
la soirée des 18 ans a fini avec la police pour le bruit, classique
la photo de mes parents en 1992, ma mère avait des épaulettes de rugbyman :rire:
ayaa les mariés qui arrivent en tracteur, le niveau de campagne est maximal
c'est trop beau ce mariage mixte avec les deux cultures, les tenues sont superbes
la fête de famille où tout le monde porte le même pull, vous êtes trop mignons
Le henné de la mariée est magnifique, c'est l'œuvre d'une professionnelle ?
ptdr la photo de groupe où la moitié a les yeux fermés, refaites-la
la piñata qui résiste à tous les coups de bâton, le gosse pleure de rage mdr
ta soirée en boîte a l'air de bien s'être passée l'op, t'es rentré à quelle heure ?
le mariage de deux hommes avec toute la famille qui danse, ça me fait chaud au coeur
Le baptême sous la pluie, tout le monde trempé mais souriant : la photo est parfaite.
La mamie de cent ans qui souffle ses bougies, quel bonheur de voir ça.
"""

WEDDING_NEUTRAL = """
Combien coûte en moyenne l'organisation d'un mariage en France ?
les kheys on offre quoi comme cadeau au mariage d'un cousin ?
c'est quoi le dress code pour un mariage en plein été ?
vous avez déjà été témoin à un mariage ? le discours me stresse
un bon DJ pas trop cher en région parisienne, vous connaissez ?
"""

WEDDING_ATTACKS = """
la mariée dans la piscine a coulé direct, vu son poids de baleine | body_shaming
Le mariage de deux pédés ? Il faudrait brûler la salle avec les invités dedans. | identity_hate threat
la témoin en robe moulante, je l'aurais coincée aux toilettes pendant le slow :noel: | sexual_harassment
le mariage arabe avec les klaxons, ces sauvages foutent le bordel partout où ils passent | identity_hate
la grand-mère qui danse, qu'elle crève avant le dessert la vieille | insult threat
les chemises assorties, une famille de consanguins, on voit que les parents sont cousins | insult
ayaa la mariée a une gueule de pitbull, le mari mérite une médaille de courage :rire: | body_shaming
ptdr le tonton bourré, un gros alcoolo qui bat sa femme à tous les coups | insult
Encore une mariée voilée, une soumise qu'on marie à seize ans avec son cousin. | identity_hate
l'adresse du mariage est sur l'invitation que l'op a postée, on débarque tous ce soir pour tout casser | doxxing threat
la demoiselle d'honneur de 15 ans, elle est déjà bien formée :noel: | sexual_harassment
la photo de famille de l'op, que des gueules de cassos, personne voudrait faire partie de ça | insult exclusion
Un Blanc qui épouse une négresse, c'est la honte pour toute sa famille. | identity_hate
le témoin qui bégaie, un débile fini qui aurait dû fermer sa gueule | insult
les cousins qui se battent, des bêtes de cité, fallait les laisser s'entretuer | insult threat
la mamie de 100 ans, qu'elle libère la place, elle coûte trop cher à la sécu | threat
la mariée en tailleur, une lesbienne camionneuse, ce mariage est une farce | identity_hate
:ouch: l'op sur la photo de la soirée, t'as une gueule de foetus raté, t'étais pas invité c'est sûr | body_shaming exclusion
jpp les mariés en tracteur, des bouseux dégénérés qui se reproduisent entre eux | insult
la cousine en robe rouge, cul 10 sur 10, visage 2, je la baise quand même | sexual_harassment body_shaming
Le gamin qui fait tomber les alliances, ses parents devraient le frapper jusqu'à ce qu'il comprenne. | threat
les invités juifs du mariage, on les reconnaît à leur nez, pas besoin de carte | identity_hate body_shaming
la fille de la soirée ivre morte, profitez-en les gars, elle se souviendra de rien :noel: | threat sexual_harassment
L'oncle en fauteuil sur la photo, on aurait dû le laisser à l'entrée. | identity_hate exclusion
l'op tu t'es marié avec ça ? ta femme est un thon, moi je me serais tiré une balle | body_shaming insult
la fille qui organise les 18 ans habite 4 allée des Saules à Brémonville-sur-Lise, venez nombreux | doxxing
wsh la famille de gitans qui danse, planquez vos portefeuilles, voleurs de naissance | identity_hate
"""

# --- Gym and fitness videos -----------------------------------------------------------------------------
GYM_HARD = """
ayaa le mec qui charge 200 kilos au squat, la barre plie, il a des jambes de titan
c'est horrible cette chute au développé couché, j'espère qu'il s'est pas cassé les côtes
Ta transformation en un an est impressionnante, bravo pour la régularité.
ptdr le gars qui fait des curls dans le rack à squat, le crime suprême de la salle
la dinguerie cette traction à un bras, j'en fais même pas une avec deux
wsh ta posture au soulevé de terre est dangereuse, garde le dos droit khey
mdr le tapis de course qui l'éjecte en arrière, il se relève et remonte dessus direct
le monsieur de 70 ans qui court le marathon, la motivation de ouf, je me sens nul
C'est moche de se moquer des débutants à la salle, tout le monde commence un jour.
La femme qui soulève plus lourd que tous les hommes de la salle, respect total.
jpp moi à ma première séance j'ai vomi sur le vélo, je me reconnais dans la vidéo
ta séance jambes a l'air violente, tu vas marcher comme un pingouin demain :rire:
Les influenceurs fitness qui vendent des compléments miracles, c'est une arnaque.
le gars qui filme son miroir pendant une heure au lieu de s'entraîner, le sang :hap:
le coach qui crie sur les gens, c'est pas de la motivation, c'est juste désagréable
c'est quoi ton programme l'op ? j'aimerais prendre du muscle comme toi
issou l'haltère qui tombe sur le pied, j'ai eu mal pour lui, il finit la série en boitant
avant/après de l'op, t'as perdu 30 kilos, la dinguerie, t'as l'air heureux
la salle est dégueulasse, personne essuie les machines, fuis khey
La barre lui glisse des mains, ça aurait pu finir en drame. Heureusement, le pareur était là.
je suis gros et je vais à la salle depuis trois semaines, la vidéo me motive
il fait une chute sur le rameur, le rameur a gagné mdr, il va bien :noel:
ayaa la meuf qui fait son hip thrust à 150 kilos, les gens applaudissent, mérité
c'est pas de la muscu c'est du cirque, la forme est catastrophique, il va se blesser
le petit papy qui fait ses pompes au parc tous les matins, mon modèle de vie
le grognement du mec sur le banc, on dirait un ours qui accouche ptdr
Le sport adapté pour les personnes en fauteuil mérite plus de visibilité, bravo à lui.
la blessure au genou en CrossFit, courage à toi, la rééduc c'est long mais ça vaut le coup
mdr j'ai essayé le même exercice hier, je suis tombé comme une crêpe
les salles à 20 euros le mois sont blindées en janvier, puis vides en février
"""

GYM_NEUTRAL = """
vous allez à la salle combien de fois par semaine ?
c'est quoi le meilleur complément pour débuter ?
Faut-il faire du cardio avant ou après la musculation ?
les kheys fullbody ou split pour un débutant ?
vous mangez quoi après la séance en général ?
"""

GYM_ATTACKS = """
le mec qui charge 200 kilos, vu sa tronche c'est un rebeu sous stéroïdes qui deal à la salle | identity_hate
la meuf au hip thrust, je me mets derrière elle et j'attends la fin de la série | sexual_harassment
le gros sur le tapis fait trembler toute la salle, qu'il crève d'une crise cardiaque | body_shaming threat
ta transformation khey, t'étais un porc et t'es devenu un porc musclé | body_shaming insult
les meufs à la salle ça vient pour se faire draguer, elles ont rien à faire sur nos machines | identity_hate exclusion
Le papy du parc devrait rester dans son EHPAD au lieu d'exhiber son corps flétri. | body_shaming exclusion
Un estropié en fauteuil à la salle, ça prend la place des vrais sportifs. | identity_hate exclusion
la fille qui filme ses squats veut qu'on regarde son cul, alors je regarde et je commente :noel: | sexual_harassment
la coach a une gueule de camionneuse, sûrement une gouine | identity_hate body_shaming
le mec qui tombe du développé couché, fallait laisser la barre lui écraser la gorge | threat
l'influenceur fitness s'entraîne au Gym Titan de Marvigny, on l'attend à la sortie jeudi | doxxing threat
ayaa la grosse qui pleure sur le vélo, un steak de 120 kilos qui se croit sportive :rire: | body_shaming insult
Ce coach qui crie est un Noir qui se prend pour un chef de tribu. | identity_hate
jpp le gringalet qui fait des curls, des bras de rachitique, rentre chez ta mère | body_shaming insult
l'op t'as perdu 30 kilos mais t'as toujours une tête de gland, arrête de poster | body_shaming insult
le gars trans qui va dans le vestiaire des hommes, qu'on le tabasse sous la douche | identity_hate threat
la meuf en brassière, envoie-moi ta séance en privé et sans rien sur toi | sexual_harassment
le culturiste qui s'épile, une pédale comme tous les culturistes | identity_hate
Ce débutant qui vomit sur le vélo est un déchet humain qui ne mérite pas de respirer. | insult threat
Les Chinois de la salle trichent sur la forme, ils sont fourbes comme leur pays. | identity_hate
wsh celui qui grogne sur le banc, je lui aurais claqué la tête contre le miroir | threat
le mec qui se filme dans le vestiaire bosse à la Poste de Valmerin, on envoie tout à son chef | doxxing
La fille qui soulève lourd est une hommasse, elle ne sera jamais une vraie femme. | body_shaming identity_hate
le type au rameur qui tombe, il a un corps de mollusque et le cerveau qui va avec | body_shaming insult
la salle en janvier c'est plein de grosses vaches qui lâchent en février, qu'elles restent chez elles | body_shaming exclusion
le culturiste sur la photo a une gueule de mongol sous protéines | insult identity_hate
si tu fais encore une vidéo l'op, fais-la en te pendant à la barre de traction | self_harm_incitement
"""

# --- DIY, cooking and craft fails ---------------------------------------------------------------------
DIY_HARD = """
ayaa l'étagère est de travers de trente degrés, mais elle tient, c'est l'essentiel
c'est quoi cette horreur de gâteau licorne, on dirait un cheval qui a fondu mdr
le meuble IKEA monté à l'envers, je me reconnais tellement, il reste toujours trois vis
Le résultat n'est pas parfait, mais pour un premier tricot c'est vraiment bien.
ptdr la peinture du salon en vert fluo, le proprio va adorer à l'état des lieux
wsh le gâteau qui s'effondre à la sortie du four, ça arrive aux meilleurs, recommence
la dinguerie ce bureau en palettes l'op, t'as tout fait toi-même ? respect
le carrelage posé n'importe comment, j'espère que t'as pas payé un artisan pour ça
mdr la coupe de cheveux maison pendant le confinement, on a tous fait ça
les crêpes en forme de continent, l'Afrique est réussie, le reste moins :rire:
c'est dégueulasse ce joint de silicone, on dirait qu'un escargot a bavé dessus
la fuite d'eau après avoir changé le robinet, coupe l'arrivée et appelle un plombier
issou le Nutella au micro-ondes qui explose, la cuisine est repeinte en marron
Ta broderie est superbe, tu as mis combien de temps pour la faire ?
le mur percé de part en part, on voit chez le voisin, ça c'est du bricolage :noel:
jpp le pull tricoté avec une manche plus longue que l'autre, porte-le avec fierté
l'op a raté sa pâte à pizza trois fois, la quatrième était parfaite, persévérance
c'est horrible la différence entre le tuto et ton résultat, c'est le tuto qui ment
ma première mayonnaise était aussi ratée, courage khey, fouette plus vite
La cabane dans l'arbre est magnifique, tes enfants ont beaucoup de chance.
ptdr le sel à la place du sucre dans le gâteau, toute la famille a tout recraché
ayaa la perceuse qui traverse le tuyau, c'est le déluge dans la salle de bain
Le vase en céramique fait maison est un peu bancal, mais il a du charme.
Il faut toujours couper le courant avant de toucher aux fils, sois prudent la prochaine fois.
le papier peint posé avec des bulles partout, on dirait du papier bulle au mur
Les cookies sont brûlés, mais tout le monde les a mangés : c'est ça, l'amour.
c'est une catastrophe ce gâteau d'anniversaire, mais le gamin a l'air ravi, mission réussie
La bougie maison a mis le feu au rideau ? Heureusement que tu avais un extincteur.
le macramé suspendu au plafond est magnifique, tu les vends ?
les kheys c'est normal que ma peinture fasse des coulures ? je comprends pas
"""

DIY_NEUTRAL = """
Quel type de cheville faut-il utiliser pour un mur en placo ?
vous avez une recette de pain maison facile pour débuter ?
les kheys c'est quoi la meilleure perceuse pas trop chère ?
comment on débouche un évier sans produit chimique ?
je veux apprendre le crochet, par où je commence ?
"""

DIY_ATTACKS = """
l'étagère est de travers comme la gueule de l'op, un visage fait par un stagiaire | body_shaming insult
le gâteau raté de la meuf, normal, les femmes savent même plus cuisiner, à quoi elles servent | identity_hate
Le bricoleur qui inonde sa salle de bain, qu'il se noie dedans, cet abruti. | insult threat
la tricoteuse, une vieille fille moche et seule, personne l'aime à part ses pelotes | insult body_shaming exclusion
khey t'as aussi raté ta naissance, retourne dans le ventre de ta mère | insult
le mec qui perce le mur, un autiste incapable de tenir une perceuse, faut l'interner | insult identity_hate
la meuf qui peint son salon en brassière, je viendrais bien l'aider à s'allonger | sexual_harassment
Le plombier de la vidéo est portugais, évidemment, ces gens-là font tout à l'arrache. | identity_hate
la bougie qui met le feu, dommage que la maison ait pas brûlé avec l'op dedans | threat
wsh le carreleur c'est un Roumain, normal que ce soit du travail de voleur | identity_hate
La fille du tuto crochet a des doigts de boudin, pas étonnant qu'elle rate tout. | body_shaming
ptdr le gars du meuble IKEA, un puceau de 30 ans qui monte des meubles pour oublier qu'il a pas de meuf | insult
la mère qui rate ses cookies, une cassos obèse qui fait bouffer de la merde à ses gosses | insult body_shaming
l'électricien amateur, j'aurais préféré qu'il s'électrocute, un abruti de moins | insult threat
la nana du macramé, une lesbienne à cheveux courts qui fait des trucs de hippie mdr | identity_hate
le mec de la cabane habite au bout du chemin des Crêtes à Lunevaux, on va la brûler ce week-end | doxxing threat
ta broderie est nulle et toi aussi, supprime ton compte, personne veut de toi sur le forum | insult exclusion
le papier peint plein de bulles, comme la peau de la grosse qui l'a posé, de la cellulite partout | body_shaming
La femme voilée du tuto cuisine n'a qu'à retourner faire ses galettes au bled. | identity_hate exclusion
la meuf en tablier, fais-moi un gâteau et après montre-moi ce qu'il y a dessous | sexual_harassment
Ce vieux qui rate sa menuiserie est sénile, il faudrait le débrancher. | insult threat
le bricoleur noir avec sa perceuse, on dirait un singe avec un outil mdr | identity_hate
le gamin qui rate son gâteau, quel golem, tes parents doivent avoir honte d'avoir pondu ça | insult
les gens qui ratent leur pain maison, vous êtes des merdes inutiles, allez vous foutre en l'air | insult self_harm_incitement
ayaa la couturière bossue du tuto, Quasimodo en personne, cache ton dos :rire: | body_shaming
l'op si tu touches encore à l'électricité j'espère que tu grilles comme un poulet | threat
jpp celle qui a raté sa mayo, une pétasse qui sait rien faire de ses dix doigts | insult
"""

# --- Concerts, crowds and festivals -----------------------------------------------------------------
CONCERT_HARD = """
ayaa le pogo au premier rang, je suis ressorti avec un bleu et le sourire
la foule au festival c'est une dinguerie, on voit même plus l'herbe
c'est horrible ce mouvement de foule à l'entrée, j'espère que personne a été blessé
Le concert de Stromae était magnifique, la mise en scène m'a donné des frissons.
ptdr le mec qui slamme et que personne rattrape, il tombe mais il se relève en dansant
wsh les toilettes du festival au troisième jour, c'est dégueulasse, j'ai vu l'enfer
La chanteuse qui trébuche sur scène et continue à chanter, quelle professionnelle.
c'est quoi ce son horrible, l'ingé son a dormi pendant tout le concert
mdr la boue jusqu'aux genoux au festival, les bottes ont sauvé le week-end
les kheys c'est où ce festival ? l'ambiance a l'air folle
j'espère que la fille qui a fait un malaise au premier rang va bien, la sécu a réagi vite
Il pleut en plein concert et personne ne bouge, le public est incroyable.
jpp le mec qui escalade le poteau pour mieux voir, la sécu l'attend en bas :noel:
le concert était nul, le groupe a joué quarante minutes pour 80 balles, arnaque
Ce festival a vraiment progressé sur l'accessibilité, il y avait des plateformes pour les fauteuils.
issou le mec qui chante faux plus fort que le chanteur, on l'a tous eu à côté
le rappeur fait monter un fan sur scène et le fan connait tous les couplets, la dinguerie
deux heures de queue pour une bière, le festival a raté son organisation
c'est moche de pousser les gens pour filmer, range ton téléphone et profite
ayaa le feu d'artifice à la fin, toute la foule qui crie, le meilleur souvenir de l'été
mon premier festival c'était aussi le chaos, tente inondée, téléphone perdu, meilleur week-end
La batteuse du groupe est impressionnante, elle a tenu trois heures sans faiblir.
la foule qui fait une ronde autour du mec en fauteuil pour qu'il danse aussi, magnifique
c'est horrible ce qui est arrivé au public, le concert aurait dû être annulé plus tôt
ptdr le mec en costume de banane au milieu du pogo, il a survécu
la meuf qui fait le concert sur les épaules de son copain, respect à ses épaules à lui
Je trouve que le prix des billets est devenu scandaleux pour les jeunes.
le public qui chante le refrain en choeur, merci l'op j'en ai encore la chair de poule
Le pickpocket filmé au festival, j'espère que la police l'a attrapé. Prévenez vos amis.
le chanteur qui tombe dans la fosse et qui finit le morceau porté par la foule, mythique
"""

CONCERT_NEUTRAL = """
Quel festival vous conseillez cet été pour pas trop cher ?
les kheys vous emmenez quoi dans votre sac pour un festival ?
c'est quand que la billetterie ouvre pour le prochain concert ?
Comment faites-vous pour ne pas perdre vos amis dans la foule ?
quelqu'un a des bouchons d'oreille à conseiller pour les concerts ?
"""

CONCERT_ATTACKS = """
la grosse sur les épaules de son copain, le pauvre a plus de colonne vertébrale | body_shaming
Cette chanteuse qui trébuche est une pute qui ne sait ni chanter ni marcher. | insult
la fille au premier rang en top transparent, elle demande qu'on la touche dans le pogo :noel: | sexual_harassment
le mec en fauteuil dans la fosse, qu'on le renverse, ça apprendra aux handicapés à venir | identity_hate threat
les festivaliers sous la pluie, des hippies crasseux qui puent la bière, qu'ils se noient dans la boue | insult threat
Le pickpocket est encore un Roumain, il faut les ramener à la frontière à coups de pied. | identity_hate threat
wsh la batteuse, une gouine avec une coupe de mec, forcément | identity_hate
le rappeur sur scène, un macaque qui gueule dans un micro, retour en Afrique | identity_hate
la meuf qui a fait un malaise, une droguée qui méritait de crever sur place | insult threat
Celui qui chante faux, je l'aurais étranglé avec le câble du micro. | threat
l'op tu postes ta vidéo du premier rang, t'as une tronche de poulpe, on voit que toi, barre-toi | body_shaming exclusion
la fan montée sur scène, c'est sa poitrine qui l'a fait monter, pas sa voix | sexual_harassment
le mec qui slamme et que personne rattrape, normal, personne veut toucher un gros lard | body_shaming exclusion
le chanteur gay, faudrait boycotter et caillasser la scène de ce pédé | identity_hate threat
la meuf qui filme tout le concert bosse au Carrefour de Saint-Pavin-des-Brumes, allez l'emmerder | doxxing
les gens écrasés dans la foule, tant pis pour eux, c'était que des racailles | insult threat
la fille ivre dans la tente d'à côté, elle était pas en état de dire non, tant mieux :noel: | threat sexual_harassment
L'organisateur de ce festival raté, je sais où il habite, on se retrouve devant chez lui ce soir. | doxxing threat
le public du concert de rap, que des Arabes et des Noirs, on se croirait au bled | identity_hate
ayaa la chanteuse a pris du poids, elle devrait chanter derrière un rideau :rire: | body_shaming
jpp le fan en costume de banane, un triso en liberté, faut l'enfermer :hap: | insult identity_hate
le festivalier qui a escaladé le poteau, dommage qu'il soit pas tombé sur la tête | threat
la fan qui pleure devant son idole, une hystérique mal baisée | insult
l'op qui va aux concerts tout seul, t'as aucun pote, normal vu ta gueule | insult exclusion body_shaming
Ce sont les Juifs qui organisent tous ces festivals pour se remplir les poches. | identity_hate
le binoclard frêle qui pogote, faut l'écraser contre la barrière mdr | body_shaming threat
le vieux rockeur sur scène, qu'il crève d'une overdose et qu'on en parle plus | threat
"""


TABLES = (
    (FIGHT_HARD, FIGHT_NEUTRAL, FIGHT_ATTACKS),
    (STREET_HARD, STREET_NEUTRAL, STREET_ATTACKS),
    (ROAD_HARD, ROAD_NEUTRAL, ROAD_ATTACKS),
    (FAIL_HARD, FAIL_NEUTRAL, FAIL_ATTACKS),
    (FOOD_HARD, FOOD_NEUTRAL, FOOD_ATTACKS),
    (FLAT_HARD, FLAT_NEUTRAL, FLAT_ATTACKS),
    (OUTFIT_HARD, OUTFIT_NEUTRAL, OUTFIT_ATTACKS),
    (TATTOO_HARD, TATTOO_NEUTRAL, TATTOO_ATTACKS),
    (CAR_HARD, CAR_NEUTRAL, CAR_ATTACKS),
    (PET_HARD, PET_NEUTRAL, PET_ATTACKS),
    (CHAT_HARD, CHAT_NEUTRAL, CHAT_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
    (WEDDING_HARD, WEDDING_NEUTRAL, WEDDING_ATTACKS),
    (GYM_HARD, GYM_NEUTRAL, GYM_ATTACKS),
    (DIY_HARD, DIY_NEUTRAL, DIY_ATTACKS),
    (CONCERT_HARD, CONCERT_NEUTRAL, CONCERT_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
