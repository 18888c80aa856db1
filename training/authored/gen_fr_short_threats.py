"""Generate fr_short_threats.csv: short French forum posts that threaten without violent words, and twins.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks are veiled and
explicit threats, intimidation ("on sait où tu bosses"), calm death wishes, indirect incitement to
self-harm, calls to raid or mass-report someone, doxxing and threats to leak photos. Harmless lines
use the same words: trash talk at teams and games, hyperbole about oneself, news about threats and
trials, victims quoting a threat and asking for advice, fiction, film and rap talk, moderators,
friends joking with clear affection, safety advice. Every line is 5 to 25 words. No variants.
See fr_short_threats.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_threats.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words the attacks
# use and attack nobody; neutral lines are ordinary posts on the topic.

# --- Veiled threats: "on sait où tu bosses", "fais gaffe en rentrant" -------------------------
VEILED_HARD = """
Un mec m'a écrit "on sait où tu bosses" en MP, je fais quoi les kheys ? je flippe un peu
On m'a envoyé "fais gaffe en rentrant ce soir" sur Insta, c'est du harcelement ou je dramatise ?
J'ai porté plainte pour un message "je connais ton lycée", les flics m'ont dit de garder les captures
fais gaffe en rentrant ce soir il gele, le pont de la rocade est une patinoire
Fais gaffe en rentrant khey, y a des controles d'alcoolémie partout sur la nationale
Mon patron m'a dit "on sait où tu bosses" pour rire parce que je fais de la pub pour la boite :rire:
je connais ton lycée, c'est celui à côté de la piscine non ? j'y étais aussi en 2019
On se croisera au salon du manga à Lyon, je serai sur le stand des dessinateurs :ok:
On se croisera peut etre au concert samedi, je serai vers la scene avec un bob jaune
Le message "on va venir te chercher" reçu par l'élue de Saint-Vérac a été transmis au parquet
Quelqu'un sait si "tu vas regretter" suffit pour porter plainte pour menace ? on me l'a écrit 4 fois
Ma soeur recoit des MP genre "je sais où t'habites", vous conseillez quoi à part bloquer ?
Le prof a eu un mot dans son casier "on sait où vous garez la voiture", l'établissement a porté plainte
je sais où t'habites ayaa t'es mon voisin de palier depuis 6 ans golem :rire:
Tu vas regretter d'avoir pris le menu XXL, crois moi je l'ai fait la semaine derniere
"Tu vas le regretter" c'est la phrase préférée de ma mere quand je sors sans veste :hap:
Un inconnu m'attend devant le taf depuis trois jours, j'ai prévenu la sécu, c'est normal d'avoir peur ?
Les captures d'écran des menaces, datez les et gardez les originaux, c'est ce que la police demande
Pour ceux qui recoivent "on te retrouvera", la plateforme Pharos existe, signalez et déposez plainte
On m'a laissé un mot "on te surveille" sur le pare-brise, c'est peut etre une blague mais je dors mal
Je vais passer te voir au taf demain pour te rendre ton chargeur, t'es là à midi ?
On passe chez toi ce soir avec les pizzas, prépare la manette :noel:
Ton adresse est sur le groupe pour la soirée, on arrive vers 21h avec les bieres
Je sais à quelle heure tu finis, je t'attends devant avec la caisse pour le cinéma
On t'attend à la sortie du lycée pour aller au kebab, bouge toi :hap:
Le harceleur de ma cousine lui écrivait "à ce soir" tous les jours, il a pris six mois avec sursis
"On se reverra" c'est une menace ou juste un au revoir sec ? le contexte c'est un mec viré de notre asso
Le juge a qualifié "je connais ta rue" de menace de mort implicite, l'avocat a fait appel
Mon ex m'écrit "je te vois" depuis un faux compte, j'ai bloqué 12 comptes, aidez moi svp
On sait où tu bosses, on sait où t'habites : les phrases typiques du harcelement selon l'asso Stop Harcelement
"""

VEILED_NEUTRAL = """
Les kheys vous avez déjà reçu des menaces sur un forum ? ça fait quoi de déposer plainte ?
Comment on signale un MP menaçant sur ce forum ? le bouton alerte marche pas chez moi
La police prend au sérieux les menaces en ligne maintenant ou toujours pas ?
Je bosse à la sécu d'un centre commercial, on a des procédures pour les employés menacés
C'est quoi la différence juridique entre une menace et une intimidation ? question pour un devoir
Mon lycée a fait une intervention sur le cyberharcelement, c'était pas si nul en vrai
Pharos ça sert à quelque chose ou c'est une boite aux lettres ? retours d'expérience svp
Astuce : désactivez la localisation sur vos stories, c'est comme ça qu'on vous retrouve
Je rentre à pied tous les soirs à minuit, vous avez des conseils pour etre plus serein ?
Ma boite a mis un numéro d'alerte pour les salariés harcelés, c'est une bonne idée je trouve
"""

VEILED_ATTACKS = """
on sait où tu bosses l'auteur, le Carrefour de Bellerive, on passera te dire bonjour :hap: | threat doxxing
fais gaffe en rentrant ce soir, la rue est mal éclairée et on est pas loin | threat
je connais ton lycée khey, continue à parler comme ça et on se croisera | threat
On se croisera un jour l'op, et ce jour là tu feras moins le malin | threat
tu vas regretter ce post, crois moi, pas sur internet, en vrai | threat
Je sais où t'habites, j'ai vu ta fenetre sur ton live, profite bien de ta soirée | threat doxxing
On te surveille Kaelyx, à chaque live on note un peu plus où t'es :noel: | threat
Ton adresse tourne sur le Discord, à ta place je fermerais bien la porte ce soir | threat doxxing
à ce soir Madame Roussel, on sait quelle voiture vous conduisez | threat
On sait à quelle heure tu sors du taf, on sera là, pas besoin de répondre | threat
profite de tes derniers jours tranquilles l'op, ça va changer bientot | threat
Continue de balancer tes avis de golem et tu verras qui t'attend devant chez toi | threat insult
Tu dors bien la nuit ? tu devrais pas, ta rue est pas si grande | threat
J'ai ta plaque d'immatriculation maintenant, bonne route khey :hap: | threat doxxing
Dis bonjour à ta mere de ma part, elle sort le chien à 7h non ? | threat
On connait ton club de foot, le samedi matin c'est tranquille les vestiaires hein | threat
Je t'attendrai à la sortie du lycée Jean-Moulin, tu sais qui je suis | threat
tu feras moins le fier quand on sonnera chez toi | threat
Regarde bien derriere toi en rentrant ce soir l'auteur | threat
Un jour tu vas ouvrir ta porte et ce sera nous, tranquille | threat
La prochaine fois que tu postes ça, tu le regretteras physiquement | threat
t'inquiete on va s'occuper de ton cas, ça prendra le temps qu'il faudra | threat
Le gérant du tabac de la place, c'est toi non ? on passera faire un tour :hap: | threat doxxing
Ta vie va devenir un enfer, je commence demain matin | threat
on a ta photo et ton quartier, le reste c'est qu'une question de jours | threat doxxing
T'as un joli portail vert, ce serait dommage qu'il lui arrive un truc | threat
Garde un oeil sur ta soeur à la sortie du college, on sait jamais | threat
Bonne chance pour trouver le sommeil, je sais où est ta chambre | threat
Tu devrais demenager l'op, tout le monde ici sait où tu vis maintenant | threat doxxing
Je passerai voir ton patron pour lui raconter qui tu es vraiment, je sais où c'est | threat
Monsieur Delorme on connait votre salle de classe et vos horaires, à lundi | threat
Tu bosses de nuit au dépot hein, c'est bien isolé ce coin | threat
On finira par se retrouver en face, et là y aura pas de modo pour te sauver | threat
Je viens de te croiser à la gare, t'avais un sweat gris, tu m'as pas vu :noel: | threat
Tu crois que ton pseudo te protege ? on a ton vrai nom depuis hier | threat doxxing
Ce serait con que ton scooter disparaisse un soir, il est garé pile devant l'immeuble | threat
"""

# --- Games and esport: trash talk at teams vs threats at a player --------------------------------
GAMES_HARD = """
on va vous détruire ce soir en finale, préparez les mouchoirs les Loups de Brest :rire:
Ce soir la Team Orage se fait massacrer, 3-0 sec, je parie ma pizza
On va les exploser en ranked avec ma duo, personne peut nous arreter ce soir
La KC Lions va se faire démolir en quarts, leur jungle est en carton
Ce boss m'a tué 47 fois, je vais le buter ce soir ou je désinstalle
J'ai massacré toute la lobby avec le fusil à pompe, 21 kills ayaa
On va leur rouler dessus, leur compo est éclatée au sol depuis le patch
Ce soir on les enterre, leur bot lane a jamais gagné un match sous pression
Le raid de ce soir sur le boss final, tout le monde connecté à 21h svp
Raid sur le donjon Ombreval ce soir, il nous faut encore un heal
Je vais tout casser au tournoi samedi, trois mois que je grind ce perso
Les mecs d'en face vont pleurer, on a recruté un sniper de fou
Mon perso s'est fait exécuter par un PNJ niveau 3, je suis une honte :rire:
On va les tuer en prolongations, le coach a sorti une strat de malade
Le chat de Nyra_TV a spammé des emotes pendant 10 minutes pour la victoire, c'était beau
On a lancé un raid sur la chaine de Pixou à la fin du stream, 800 viewers envoyés, il était trop content
On va vous égorger en finale les Corbeaux, dit le capitaine en conf de presse, ambiance esport classique :hap:
J'ai fait un carnage en Battle Royale, 16 kills solo, j'ai jamais été aussi fier
La team adverse est morte, enterrée, oubliée, GG à nous
Je vais détruire mon record sur Mario Kart ce soir, le Rainbow Road va souffrir
Ce jeu m'a détruit mentalement, 60 heures pour la fin la plus triste de l'histoire
On les a exécutés en 22 minutes, le caster a dit que c'était un massacre
Les Gobelins ont rasé mon village dans la partie de Civilization, je veux ma revanche
Si on perd contre les Sangliers ce soir je me teins les cheveux en rose, promis
On va leur mettre une raclée historique, dédicace aux supporters de la Team Brume
Mon coéquipier m'a trahi en plein gunfight pour prendre le loot, je le banni de la squad :rire:
Pour le mode zombie il faut tout buter à la tete, sinon ils se relevent
On va spam la base ennemie avec des tourelles, ils vont jamais s'en remettre
Je vais me faire démonter en 1v1 contre mon petit frere, il joue depuis ses 6 ans
Les Valkyries vont se faire atomiser en demi, je le sens trop
"""

GAMES_NEUTRAL = """
Quelqu'un pour un duo en ranked ce soir ? je main support
Le dernier patch a nerf le sniper, c'était nécessaire franchement
Qui regarde la finale de la ligue ce soir ? je suis chaud
Vous jouez avec ou sans chat vocal en partie publique ?
Le nouveau DLC vaut le coup ou c'est du recyclage ?
Les tournois en LAN ça revient enfin, ça me manquait trop
Conseil pour débuter sur un MOBA sans se faire insulter toutes les 5 minutes ?
Mon clan recrute des joueurs réguliers, ambiance calme, pas de toxicité
"""

GAMES_ATTACKS = """
Kaelyx t'as fait perdre la team, on va venir te chercher IRL, ton adresse est déjà dans le groupe | threat doxxing
Le jungler de la Team Brume je sais où il habite, on va lui faire comprendre qu'on perd pas comme ça | threat doxxing
Drako t'es une merde, crève avec ton setup de golem | insult threat
j'espere que ton PC prend feu avec toi devant Tyvan, sale tryhard | threat insult
Le troll de ma game s'appelle Kevin Marchal, il vit à Tourcy, faites vous plaisir | doxxing
Raid sur le Twitch de MamzelleLuna à 20h, on spamme le chat jusqu'à ce qu'elle coupe | threat
Tout le monde report le compte de Pixou en masse, faut qu'il saute avant le tournoi | threat
On va lui pourrir son live tous les soirs jusqu'à ce qu'il arrete le stream | threat
Le support qui m'a lâché hier, si je te croise en LAN je te casse les dents | threat
Nyra_TV tu perds encore une game et on vient te voir à Montreuil, on sait ta rue | threat doxxing
T'as fait perdre la finale, j'espere que tu te fais renverser en sortant de la salle | threat
Ce coach de golem mérite qu'on le retrouve à la sortie de la LAN | threat insult
Mettez tous des dislikes et des signalements sur les vidéos de Zorg, on le fait couler ensemble | threat
Mendoza ta carriere est finie, et ta vie aussi si tu reviens sur Paris | threat
Spammez ses MP, son Insta, son mail, qu'il ait plus une minute de calme | threat
Ton pote le sniper il a 14 ans et il va au college de Vaurenne, on lui fera peur à la sortie | threat doxxing
Le mec qui m'a ban du serveur, je connais sa ville, j'ai tout mon temps | threat
Tyvan t'es qu'un noob de merde, j'espere que ta mere te coupe la connexion à vie | insult
on a retrouvé le vrai nom du streamer Zorg : Julien Paquet, 24 ans, à vous de jouer | doxxing
Envoyez des fausses commandes de pizza chez Drako toute la nuit, l'adresse est en MP | threat doxxing
Si tu rejoues sur ce serveur je te swat, je rigole pas | threat
Le caster qui a chambré notre team, on va le faire virer, tout le monde écrit à son employeur | threat
Raid de haine sur la chaine de Kaelyx ce soir, faut qu'elle pleure en direct | threat
Ce toxique de Mendoza faut le faire craquer, harcelez le en whisper toute la semaine | threat
T'as ragequit khey ? la prochaine fois c'est ta gueule que je quitte à coups de poing | threat
MamzelleLuna je connais ta salle de sport, je viendrai te regarder t'entrainer :noel: | threat sexual_harassment
La meuf qui joue heal c'est Lina, elle bosse au Decathlon de Verrieres, allez la saluer | doxxing sexual_harassment
On va tous report sa chaine pour contenu sexuel, qu'importe si c'est faux, faut qu'elle saute | threat
Ce streamer mériterait de se prendre un camion, avec son ego de golem | threat insult
Pixou tu devrais vraiment arreter de vivre au lieu d'arreter de stream | self_harm_incitement
"""

# --- Football and sport: chambrage at clubs vs threats at a player or a referee ---------------
SPORT_HARD = """
Dimanche on va vous détruire au stade Bertrand, préparez vous à rentrer à pied :rire:
L'AS Valmont va se faire massacrer ce week end, leur défense c'est du gruyere
On va vous enterrer 4-0 au derby, c'est écrit, les Rouges sont finis
Notre attaque va tuer le match en 20 minutes, leur gardien a 38 ans
Le Racing se fait démolir à domicile, on les a atomisés, quelle soirée les kheys
On les a écrasés, humiliés, sortis du championnat, je suis en larmes de joie
Les supporters de Valmont vont pleurer leur mere dimanche :hap:
Assalé a tué le match d'une frappe de 30 metres, le gardien a rien vu
Le coach a sorti l'artillerie lourde en seconde période, massacre complet
On va leur marcher dessus au retour, ils ont jamais gagné chez nous
Ce match m'a achevé, trois buts encaissés dans les arrets de jeu
Mon club me tue à petit feu, quinze ans que je supporte des perdants
L'arbitre a reçu des menaces de mort apres le match, la ligue a porté plainte
Des supporters ont menacé l'arbitre Ferrand à la sortie du stade, trois interpellations
Un joueur de l'AS Valmont a reçu des messages "on sait où tu vis", le club a saisi la justice
Le défenseur dit avoir reçu des photos de sa maison en MP, le parquet ouvre une enquete
La rivalité entre Brest-sur-Loir et Valmont c'est de la haine pure depuis 1982, mais dans les chants seulement
Les ultras ont déployé une banderole "on va vous détruire", le club adverse a bien rigolé
On va vous manger tout crus, signé l'équipe de rugby de mon petit frere, 10 ans :rire:
Notre gardien est une bete, il va les tuer au penalty comme d'hab
Le club a banni à vie deux supporters qui avaient publié l'adresse de l'arbitre
J'ai vu le match à la télé et j'ai failli mourir sur le dernier corner
La finale de hand m'a tué, prolongation puis tirs au but, mon coeur va lâcher
On va vous exploser en championnat universitaire, les ingés ont zéro cardio :noel:
Le capitaine a promis de "tout casser" au match retour, on attend de voir
"""

SPORT_NEUTRAL = """
Vous pensez quoi du mercato de l'AS Valmont ? Assalé reste ou pas ?
Le VAR a encore raté un hors jeu énorme ce week end, faut revoir le protocole
Qui va au match dimanche ? on se fait un covoit depuis la gare
Les ultras ont fait un tifo magnifique pour les 100 ans du club
Les salaires des arbitres de Ligue 2 sont ridicules quand on y pense
Mon petit frere a signé en U15 dans un centre de formation, trop fier
"""

SPORT_ATTACKS = """
Assalé tu rates encore un penalty et on vient t'attendre au parking du centre d'entrainement | threat
L'arbitre Ferrand il habite à Saint-Albe, 14 rue des Cerisiers, vous savez quoi faire | threat doxxing
Ferrand j'espere que ta voiture finit dans le canal avec toi dedans | threat
Le gardien qui a fait la boulette, on connait l'école de ses gosses | threat
Faut aller rendre visite à l'entraineur au centre, il comprendra peut etre avec des mots simples | threat
Si ce joueur de merde remet les pieds au stade il en ressortira pas debout | threat insult
L'arbitre a volé le match, j'espere qu'il crève dans un accident sur l'autoroute en rentrant | threat
On va le faire craquer, tout le monde commente sous ses posts Insta jusqu'à ce qu'il ferme | threat
Le défenseur a une femme et un gamin, dites lui que c'est dommage de perdre des matchs | threat
Assalé retourne dans ton pays, on te veut plus ici, et la prochaine fois c'est pas des mots | identity_hate threat exclusion
Le président du club on va le chercher chez lui, tout le monde à 20h devant sa villa | threat
L'arbitre de touche mérite un coup de batte sur les genoux, comme ça il levera plus son drapeau | threat
Ce golem de Ferrand a intéret à changer de ville, on a sa photo et sa plaque | threat doxxing
On a le numéro perso du latéral, 06 39 98 41 27, faites lui passer le message | doxxing threat
Le coach de Valmont mériterait qu'on lui brûle sa maison, pas moins | threat
Le milieu qui a refusé la prolongation, on l'attend à l'aéroport avec les gars | threat
T'as trahi le club, j'espere que tes genoux lâchent et que tu finis à la rue | threat
Ce joueur on va lui faire vivre l'enfer sur les réseaux, jour et nuit | threat
Les supporters de Valmont faudrait les cramer dans leur tribune, tous | threat
Envoie moi ton adresse sale arbitre, on va en parler entre hommes | threat insult
Le mec qui a marqué contre son camp, sa femme bosse à la pharmacie de Lorcy, on passe la voir | threat doxxing
Bande de consanguins de Valmont, venez dimanche on vous ouvre le crane | insult threat
"""

# --- Hyperbole about oneself and things vs calm death wishes -----------------------------------
HYPERBOLE_HARD = """
je vais me tuer à la muscu ce soir, jambes jusqu'à ne plus marcher :hap:
Ce partiel de thermo m'a achevé, je suis mort, enterrez moi avec mon stylo
J'ai tellement mangé à Noel que je vais exploser, aidez moi
je vais crever de chaud dans ce bus, 38 degrés et pas de clim
Mon réveil va finir par la fenetre, il sonne depuis 6h
J'espere que ma bagnole tiendra jusqu'au CT, elle fait un bruit de mort
je me suis tué au boulot cette semaine, 52 heures, plus jamais
Ce prof va me tuer avec ses contrôles surprises, trois en une semaine
Je vais assassiner ce gateau au chocolat, personne y touche
J'ai envie de disparaitre sous terre apres ce que j'ai dit en réunion :rire:
Mon coloc va finir pendu par les pieds s'il repique encore mon fromage :hap:
Si je rate mon permis une troisieme fois je m'exile en Laponie
J'espere que ce platane a survécu à ma premiere leçon de conduite :rire:
Cette série me tue, j'ai pleuré trois épisodes d'affilée
Ma grand mere va me tuer si elle apprend que j'ai lâché la fac
La chaleur va me tuer, je dors dans la baignoire ce soir
Je suis mort de rire devant la vidéo du chat qui tombe de l'armoire
J'ai couru 20 km, je suis décédé, ramassez mon corps devant la boulangerie
Ce cafard dans la cuisine va mourir ce soir, il le sait pas encore
Je te tuerais presque pour une part de ta pizza là tout de suite :noel:
Cette imprimante mérite la mort, elle bourre à chaque page
J'espere que ce radiateur pourri crève vite, que le proprio en mette un neuf
Mes parents vont me tuer quand ils verront la facture de téléphone
Je me jette par la fenetre si j'entends encore cette chanson à la radio :rire:
Mon ordi est mort, ma vie est finie, RIP mes 200 heures de sauvegarde
Le lundi matin me tue à petit feu, vivement vendredi
Ce burger m'a tué, je bouge plus du canap
J'ai envie de mourir de honte, j'ai appelé ma prof "maman" en cours
Ce match de padel m'a détruit le dos, j'ai 24 ans et le corps d'un vieux
Mon chef va finir par me tuer avec ses mails à 23h
J'espere que cette saloperie de grippe me lâche avant samedi
Je vais me pendre si je dois encore remplir un dossier CAF :hap:
Crève, maudite mouche, ça fait une heure que tu tournes dans ma chambre
J'ai failli mourir en montant les 6 étages avec le frigo, merci les potes
Que ce téléphone brûle en enfer, l'écran a encore pété
"""

HYPERBOLE_NEUTRAL = """
Vous faites combien de séances de muscu par semaine les kheys ?
Quelqu'un a des conseils pour réviser les partiels sans y laisser sa santé ?
La canicule est annoncée pour la semaine prochaine, préparez les ventilos
Mon permis c'est mardi, je stresse à mort, des astuces pour le créneau ?
Le boulot de nuit ça se passe comment pour le sommeil chez vous ?
Vous avez un bon plan pour une clim mobile pas trop chere ?
"""

HYPERBOLE_ATTACKS = """
j'espere que ta bagnole finit dans un platane l'op, sincerement | threat
Je te souhaite de mourir dans ton sommeil, tranquillement, sans que personne le remarque | threat
Franchement le monde irait mieux si tu te faisais renverser demain | threat
J'espere qu'un jour tu prendras feu dans ton appart et que les pompiers arriveront trop tard | threat
Que ton avion se crashe l'auteur, c'est tout ce que je te souhaite | threat
J'attends tranquillement l'annonce de ta mort, ça viendra | threat
Si t'avais un cancer je déboucherais le champagne, sérieux | threat
Ça me ferait rien de voir ton nom aux faits divers, au contraire | threat
Je prie pour que ton coeur lâche pendant ta séance de muscu golem | threat insult
Les gens comme toi devraient juste s'arreter de respirer, ce serait plus simple | threat
Tu mérites une longue maladie, bien douloureuse | threat
Ce serait une bonne nouvelle si ton bus finissait dans le ravin | threat
Madame Roussel j'espere que vous tomberez dans l'escalier du lycée, bonne rentrée | threat
J'espere que ton ex te refait la tete au carrelage, t'as mérité | threat
Puisses tu crever seul dans ton studio et qu'on te retrouve dans trois semaines | threat
Le jour où tu meurs je fais une fete, t'inquiete | threat
Vivement que la vie te rattrape et qu'un chauffard te fasse la peau | threat
J'espere que tes gosses naissent pas, ils auraient tes genes de golem | insult threat
Que tes freins lâchent sur l'autoroute, c'est tout ce que tu mérites | threat
On a tous hâte de lire ton avis de décès l'op | threat
J'aimerais bien te voir te noyer, juste pour voir ta tete | threat
Si Kaelyx mourait demain personne pleurerait, moi en premier | threat
Crève, sincerement, pas pour de rire, crève | threat
J'espere que t'attraperas une saloperie à l'hopital et que tu rentreras pas chez toi | threat
Ça serait dommage qu'un pot de fleurs te tombe sur la tete en sortant, vraiment dommage :noel: | threat
Ta place est au cimetiere, pas sur ce forum | threat
Je te souhaite le pire, et le pire c'est le corbillard | threat
T'as une tete à finir sous un train, et je le souhaite | threat insult
"""

# --- Self-harm: indirect incitement vs support and prevention ----------------------------------
SELFHARM_HARD = """
Le pont est pas loin de la gare, tu le prends à gauche et t'arrives direct au marché
à ta place j'aurais honte de rater le bus trois fois de suite :rire:
à ta place j'aurais honte d'avoir mangé toute la tarte avant le dessert :hap:
Kheys mon pote parle de "disparaitre" depuis une semaine, je fais quoi concretement ?
Si vous avez des idées noires, le 3114 répond jour et nuit, c'est gratuit
Un mec sur un autre forum a écrit "va te pendre" à ma soeur, on a signalé, c'est grave non ?
Quelqu'un m'a dit "le monde irait mieux sans toi" en MP, je sais que c'est faux mais ça pique
Les messages qui poussent au suicide c'est un délit en France, faut pas hésiter à porter plainte
Ça va pas fort en ce moment, j'ai besoin de parler à quelqu'un, vous faites comment vous ?
Khey t'es pas seul, écris moi en MP si ça va pas, je réponds toujours
L'op si t'as des pensées sombres appelle le 3114, sérieux, on tient à toi ici
Le procès de l'ado harcelé qui s'est suicidé commence lundi, ses harceleurs risquent cinq ans
La série parle d'une lycéenne poussée au suicide par sa classe, c'est dur mais nécessaire
Mon psy m'a dit que les messages "tue toi" laissent des traces meme quand on fait le fort
Personne mérite de lire "personne te regrettera", vraiment, signalez ces comptes
J'ai honte d'exister quand je relis mes posts de 2016 :rire:
Je vais me jeter sous la couette et plus en sortir avant lundi
La modération supprime tous les messages "tue toi", meme pour rire, c'est la regle depuis l'an dernier
Le pont de l'ile rouvre demain apres deux ans de travaux, enfin
On a marché jusqu'au pont de pierre avec le club de rando, vue de fou
Va dormir khey, il est 4h, demain ça ira mieux promis
Le mec du lycée qui disait "saute" à tout le monde s'est fait exclure, bien fait
Ma mere a trouvé des messages "fais le" sur le tel de mon frere, on a porté plainte direct
Apres mon burn out j'avais honte d'exister, la thérapie m'a aidé, parlez en
Ton corps ton choix mais mange un truc khey, t'as sauté trois repas aujourd'hui :hap:
"""

SELFHARM_NEUTRAL = """
Vous connaissez des associations d'écoute pour les étudiants ? ma fac en a aucune
La santé mentale des 18-25 ans s'est vraiment dégradée depuis 2020 selon l'étude
Parler à un psy ça aide vraiment ? j'hésite depuis des mois
Les séances chez le psy remboursées, quelqu'un a testé le dispositif ?
"""

SELFHARM_ATTACKS = """
à ta place j'aurais honte d'exister, sérieux l'op | self_harm_incitement insult
le pont est pas loin khey, fais nous plaisir | self_harm_incitement
Personne te regrettera, tu le sais au fond, alors qu'est ce que t'attends | self_harm_incitement
Va te pendre avec ton cable de chargeur, ce sera ta seule utilité | self_harm_incitement insult
Franchement si j'étais toi j'aurais déjà sauté | self_harm_incitement
T'as pensé à arreter de respirer ? ça réglerait tous tes problemes | self_harm_incitement
Ta mere serait soulagée si tu rentrais plus jamais, réfléchis y | self_harm_incitement
fais le, on attend tous le live | self_harm_incitement
Le monde irait mieux sans toi l'auteur, t'as qu'à tirer la conclusion | self_harm_incitement
Un petit saut du 8e et tous tes problemes de golem disparaissent | self_harm_incitement insult
T'as des cachets chez toi ? t'as la solution alors | self_harm_incitement
Ouvre tes veines au lieu d'ouvrir des topics | self_harm_incitement
Tu sers à rien, t'as jamais servi à rien, finis en proprement | self_harm_incitement insult
Une corde coute 8 euros chez Leroy Merlin, je dis ça je dis rien :hap: | self_harm_incitement
Si j'avais ta tete je me serais déjà foutu en l'air | self_harm_incitement body_shaming
Kaelyx tu devrais arreter le stream, et la vie aussi tant qu'à faire | self_harm_incitement
Le train de 7h42 passe pres de chez toi non ? | self_harm_incitement
Tout le monde serait plus heureux si t'étais plus là, c'est pas méchant c'est un constat | self_harm_incitement
Saute, on compte jusqu'à trois :noel: | self_harm_incitement
Arrete de pleurer sur le forum et va jusqu'au bout de ta dépression | self_harm_incitement
T'as raté ta vie, rate pas ta sortie au moins | self_harm_incitement
Personne viendra à ton enterrement donc autant le faire discretement | self_harm_incitement
Je te paie le bidon d'essence si tu fais ça devant la mairie | self_harm_incitement
Supprime ton compte, puis supprime toi | self_harm_incitement
À ta place je prendrais un aller simple pour le fond du lac | self_harm_incitement
Tu devrais te scarifier un peu plus profond la prochaine fois | self_harm_incitement
Les gros comme toi devraient arreter de manger pour de bon, jusqu'à la fin | self_harm_incitement body_shaming
Honnetement disparais, et je parle pas du forum | self_harm_incitement
"""

# --- Raids, spam and mass reports vs moderation and legitimate reports -------------------------
RAID_HARD = """
Message de la modération : les appels au raid sont interdits, les comptes concernés sont bannis
Le topic qui appelait à spammer la streameuse a été supprimé et l'auteur banni définitivement
Rappel des regles : publier l'adresse d'un membre = ban définitif sans avertissement
Signalez les messages haineux avec le bouton alerte, la modération traite dans la journée
J'ai signalé le compte qui publiait des photos volées, Insta l'a fermé en deux jours
La streameuse Nyra_TV a subi un raid de bots hier soir, Twitch a enfin réagi
Un raid haineux a visé MamzelleLuna en plein live, elle a porté plainte contre X
On fait un raid sur Ombreval samedi, venez avec votre meilleur stuff
Le raid de la guilde a duré 6 heures, on a enfin tombé le dragon
Twitch a ajouté un mode "bouclier" contre les raids de haine, ça marche bien ?
Le mass report c'est puni par les conditions d'utilisation, vous risquez votre compte
Les modos ont nettoyé le topic, 47 messages supprimés, 12 bans, merci à eux
Comment on se protege d'un raid quand on débute sur Twitch ? je suis terrorisé
Un membre a été banni pour avoir appelé à harceler un autre, et c'est tant mieux
Pixou a raidé Kaelyx apres son stream, 1200 personnes qui disent bonjour, trop mignon
Les spams de "tue toi" dans le chat de Zorg, j'ai tout signalé, faites pareil svp
Spammez le bouton like sur la vidéo de mon pote, il fait son premier court métrage :ok:
On inonde les commentaires de coeurs pour l'anniversaire de Nyra_TV ce soir, qui est chaud ?
La modération rappelle que signaler en masse un compte sans raison est sanctionné
Le harcelement en meute est un délit depuis 2018, meme si chacun a envoyé un seul message
Le youtubeur a été victime d'un raid coordonné depuis un Discord, trois personnes en garde à vue
Si vous voyez un topic qui appelle à harceler quelqu'un, alertez les modos, ne participez pas
On organise un raid de commentaires positifs sur la chaine de la petite streameuse, elle déprime
Ban de 30 jours pour l'auteur du topic "allons tous chez lui", le reste à vie
La modération a masqué les messages qui donnaient le nom du lycée de la victime
"""

RAID_NEUTRAL = """
C'est quoi un raid sur Twitch exactement ? je débute
Les outils de modération des streameurs ont beaucoup progressé en deux ans
Vous utilisez quels bots de modération pour vos chats ?
Ça vous intéresserait d'etre modo sur le forum ? ils recrutent
"""

RAID_ATTACKS = """
Tout le monde report le compte de Lina Perret, on la fait sauter ce soir | threat
Raid sur le live de Nyra_TV à 21h, on spamme "dégage" jusqu'à ce qu'elle pleure | threat
Le topic de l'op faut le noyer de messages, et ensuite ses réseaux | threat
Signalez tous la chaine de Pixou pour pédophilie, c'est faux mais ça marche | threat
Allons tous sur son Insta, 500 commentaires "crève" et elle arretera de poster | threat self_harm_incitement
On va faire craquer MamzelleLuna, chacun lui envoie un MP par heure | threat
Organisation du raid sur le serveur de la Team Brume, lien en MP, on les fait fermer | threat
Go spammer le mail de la prof Roussel, elle doit démissionner avant juin | threat
Lancez des fausses alertes sur son compte jusqu'à ce qu'il perde sa monétisation | threat
Le mec qui a critiqué le forum, on se donne rendez vous sous tous ses posts Twitter | threat
Chacun écrit à son employeur pour qu'il se fasse virer, l'adresse de la boite est en dessous | threat doxxing
Raid de la honte sur Kaelyx, on poste ses vieilles photos partout | threat
Tous sur le TikTok de la meuf de l'auteur, qu'elle voie qui elle fréquente | threat
Faut lui pourrir sa page Google, 1 étoile en masse sur son resto, il va couler | threat
On inonde son tel de messages, numéro en MP pour les vrais kheys | threat doxxing
Spammez lui "personne t'aime" jusqu'à ce qu'elle ferme son compte | threat self_harm_incitement
Mass report sur Zorg, on a déjà fait tomber deux streameurs comme ça | threat
Harcelez la jusqu'à ce qu'elle supprime sa vidéo, pas de pitié | threat
Le forum entier va t'écraser l'op, on commence le raid sur ton Discord | threat
On se met à 50 pour le suivre sur tous ses réseaux et commenter chaque post | threat
Signalez son profil LinkedIn pour usurpation, il trouvera jamais de taf | threat
Allez poster sa photo dans les groupes de son quartier avec le mot "balance" | threat doxxing
Rendez vous tous sur le stream de Tyvan, on le fait exploser en direct | threat
Déposez tous de faux avis sur le salon de coiffure de sa mere, il comprendra | threat
Le raid commence à minuit, objectif : qu'il désactive tout avant le matin | threat
"""

# --- Doxxing: exposing a person vs safety advice and news --------------------------------------
DOXX_HARD = """
Ne donnez jamais votre adresse sur un forum, meme en MP, meme à un "ami"
Floutez vos plaques et vos numéros de rue sur les photos, c'est comme ça qu'on vous trouve
Mon adresse a fuité sur un Discord, je fais quoi ? police, avocat, déménagement ?
Quelqu'un a posté le nom de mon lycée dans un topic, la modo a supprimé, je peux porter plainte ?
Le doxxing c'est puni de trois ans de prison depuis la loi de 2021, renseignez vous
Un ex a publié mon vrai nom et ma ville, l'hébergeur a mis trois jours à retirer
Le type qui a publié l'adresse de la streameuse a été condamné à huit mois avec sursis
Attention les kheys, vos anciennes photos de profil peuvent donner votre école, vérifiez
J'habite à Lorcy, 14 rue des Cerisiers, venez à ma crémaillere samedi, tous les potes du club invités
Je bosse au Decathlon de Verrieres, passez me voir si vous avez besoin de chaussures de rando
Mon vrai nom c'est Julien, j'en ai marre de me cacher derriere un pseudo :hap:
Vous pouvez me joindre au 06 39 98 10 52 pour l'annonce du vélo, c'est mon numéro pro
Le serveur de la guilde a été piraté, les mails des membres circulent, changez vos mots de passe
Les photos de lieu en story c'est le meilleur moyen de se faire suivre, postez les le lendemain
Un journaliste a révélé l'identité du harceleur, c'était un voisin de la victime
Le site qui recensait les adresses de policiers a été fermé par la justice
Ne mettez jamais le nom de votre boite sur votre profil si vous streamez, conseil d'un ancien
J'ai reconnu mon lycée sur la photo de l'op, c'est fou le hasard, salut voisin
Sa photo circule sur un groupe et elle veut que ça s'arrete, comment on signale ça proprement ?
On m'a envoyé une photo de ma porte d'entrée avec "coucou", je suis allé au commissariat direct
Le vrai nom de Zorg il l'a donné lui meme en interview, c'est pas un secret
Rappel : demander l'adresse d'un membre en public c'est une sanction, passez par vos amis IRL
La streameuse a déménagé apres la fuite de son adresse, elle en parle dans sa vidéo
Les annuaires inversés c'est légal ? quelqu'un a trouvé mon adresse avec mon numéro
Petit conseil : changez le nom de votre wifi si c'est votre nom de famille et votre numéro d'appart
"""

DOXX_NEUTRAL = """
Vous utilisez des pseudos différents sur chaque site ou le meme partout ?
C'est quoi le mieux pour protéger sa vie privée sur Insta ?
Un VPN ça protege vraiment ou c'est du marketing ?
Le droit à l'oubli marche comment pour faire retirer des vieilles infos ?
"""

DOXX_ATTACKS = """
L'op s'appelle Théo Vasseur, il est en terminale au lycée Jean-Moulin de Vaurenne, voilà | doxxing
L'adresse de Kaelyx c'est 3 impasse des Tilleuls à Montreuil-sur-Brenne, faites en bon usage | doxxing threat
Je poste la photo de l'auteur demain, visage et rue, vous allez rire | doxxing threat
Le mec qui m'a insulté bosse au Lidl de Bellerive, caisse 4, allez lui parler | doxxing threat
J'ai trouvé le vrai nom de MamzelleLuna et l'école de sa petite soeur, qui veut ? | doxxing threat
Voici le numéro de la prof qui m'a mis zéro : 06 39 98 73 05, éclatez vous | doxxing
Quelqu'un a le nom de famille du modo qui m'a banni ? je paie en cartes cadeaux | doxxing threat
Son Insta perso c'est son prénom plus son année, facile à trouver, bon courage à elle :noel: | doxxing threat
Son ex m'a filé toutes ses infos, adresse, taf, horaires, je les mets où ? | doxxing threat
Tyvan c'est un certain Yanis Ferrat, 22 ans, boulanger à Lorcy, je dis ça comme ça | doxxing
Pour ceux qui cherchaient l'op, il est dans la résidence étudiante Pasteur, bâtiment C | doxxing threat
La meuf du topic d'hier, j'ai son LinkedIn, elle est stagiaire chez un notaire à Tourcy | doxxing
Je file l'adresse de ce golem à qui veut, il fait moins le malin en vrai | doxxing threat insult
Voici sa tete sans filtre, regardez bien pour la reconnaitre dans la rue | doxxing threat
Le forum mérite de savoir qui est vraiment l'auteur : Maxime Rolland, il vit chez ses parents à Saint-Albe | doxxing insult
On a retrouvé le boulot du pere de Pixou, un petit mail à la direction s'impose | doxxing threat
Je connais le nom de la crèche de sa fille, je le mettrai si elle continue | doxxing threat
Son numéro de chambre à la cité U c'est le 214, tapez fort la nuit | doxxing threat
Donnez moi 24h et je vous trouve son adresse, son taf et son vrai prénom | doxxing threat
J'ai les captures de sa carte d'identité, je les poste si elle s'excuse pas | doxxing threat
La streameuse qui se cache derriere un masque, j'ai une photo de son visage, ça vous intéresse ? | doxxing
Ce mec qui se fait passer pour un expert, c'est un livreur de Vaurenne, voilà sa photo | doxxing insult
On a localisé sa maison grâce au reflet dans sa vitre, merci les kheys, maintenant on attend | doxxing threat
Sa plaque c'est OI-417-UO, Clio grise, garée devant la fac tous les jours | doxxing threat
"""

# --- Threats to leak photos vs victims asking for help -----------------------------------------
LEAK_HARD = """
Mon ex menace de publier mes photos intimes si je reviens pas, je fais quoi ? j'ai 19 ans
Un compte me fait du chantage avec des photos, il demande 300 euros, je paie pas c'est ça ?
Ne payez jamais un sextorqueur, gardez les preuves et allez au commissariat, ils ont l'habitude
La revenge porn c'est deux ans de prison et 60 000 euros d'amende, ne restez pas seules
Le site de signalement pour les photos intimes volées marche bien, tout a été retiré en 48h
L'ex qui avait diffusé les photos de sa copine a pris un an ferme, c'était dans le journal local
Je vais leak les photos de vacances dans le groupe famille, préparez vous aux coups de soleil :rire:
Je vais balancer les photos du mariage de ma soeur, j'ai la pire de mon oncle qui danse
Attention au chantage à la webcam, un pote s'est fait avoir, il a rien payé et tout s'est calmé
On m'a écrit "je vais tout montrer à tes parents", c'est une menace ou une escroquerie classique ?
Le film parle d'une lycéenne dont les photos circulent, la fin m'a retourné
Les screens de conversations privées publiés sans accord, c'est légal ou pas ?
Ma pote a été menacée de diffusion, on a tout signalé et déposé plainte, il a été identifié
Je vais leak le trailer de notre court métrage ce soir sur le Discord, restez connectés
Le leak des photos du nouveau téléphone fait parler tout le forum :hap:
Des photos volées de la chanteuse circulent, ne les partagez pas, c'est une victime
Les leaks de la saison 4 sont sortis, spoilers dans le topic dédié uniquement
Le procès du mec qui faisait chanter quinze lycéennes commence demain à Tourcy
"""

LEAK_NEUTRAL = """
Vous stockez vos photos où ? cloud ou disque dur ?
La double authentification sur Insta vous l'avez activée ?
Le cours d'éducation au numérique au lycée devrait parler des photos et du consentement
"""

LEAK_ATTACKS = """
Si tu me bloques encore je balance tes nudes à toute ta promo | sexual_harassment threat
J'ai gardé toutes tes photos, continue comme ça et ton pere les recevra | sexual_harassment threat
Lina je vais leak ce que tu m'as envoyé l'été dernier, tu l'auras cherché | sexual_harassment threat
Réponds à mes messages ou tes photos finissent sur le forum ce soir | sexual_harassment threat
La streameuse MamzelleLuna j'ai des photos d'elle en maillot volées sur le cloud de son ex, qui veut | sexual_harassment doxxing
Envoie moi 200 balles ou tout le monde verra la vidéo | sexual_harassment threat
T'aurais pas dû me quitter, le groupe Snap de ton lycée va adorer tes photos | sexual_harassment threat
Je poste les photos de ta copine l'op, tu l'as mérité en m'insultant | sexual_harassment threat
On a les photos de la prof à la plage, ça va faire le tour du college :noel: | sexual_harassment threat
Sois gentille ou ton patron reçoit tes photos de la soirée | sexual_harassment threat
Si tu témoignes contre moi, les photos sortent, à toi de voir | sexual_harassment threat
Montre moi ce que t'as sous le t-shirt sinon je raconte tout à ta mere | sexual_harassment threat
Je connais quelqu'un qui a ses photos de douche, je vous les passe en MP | sexual_harassment
Ton ex nous a tout envoyé khey, ta meuf a plus de secrets pour nous :hap: | sexual_harassment
Retire ta plainte ou tes photos intimes sont publiées avec ton nom et ta ville | sexual_harassment threat doxxing
"""

# --- An ex, a teacher, a colleague, a neighbour: venting vs threatening ------------------------
PEOPLE_HARD = """
Mon ex m'a trompé avec mon meilleur pote, j'ai envie de disparaitre de la ville, c'est normal ?
Ma prof de maths me déteste, je vais finir par changer de classe, elle me saoule
Mon voisin fait la teuf tous les soirs, je vais finir par lui écrire un mot bien sec
J'ai envie d'étrangler mon coloc quand il laisse la vaisselle trois jours :hap:
Mon chef m'a humilié devant tout le monde, je démissionne lundi, j'en peux plus
Mon ex m'a menacé de venir au taf, j'ai prévenu la RH et la police, vous auriez fait pareil ?
La prof a reçu des menaces d'un eleve, le conseil de discipline l'a exclu définitivement
Le voisin du dessus a menacé ma mere avec un marteau, la police est venue, il est en garde à vue
Je vais tuer mon frere, il a fini mes céréales, encore :rire:
Si mon ex revient en pleurant je vais lui rire au nez, c'est ma seule vengeance
Mon prof de philo est un génie, il nous tue avec ses sujets mais je l'adore
Je vais écrire une lettre bien salée au syndic, trois mois sans ascenseur
Ma collegue m'a volé mon idée en réunion, je vais en parler à la direction demain
J'ai reçu un mail anonyme "ta vie va devenir un enfer" au taf, la boite a fait une enquete interne
Le harcelement par un ex c'est pris au sérieux ? le mien m'écrit depuis 40 comptes différents
Ma mere va démolir mon ex si elle le croise, elle l'a jamais aimé :rire:
Le prof de sport nous a "massacrés" au cross, 8 km sous la pluie, je suis mort
On va finir par lyncher le distributeur de la fac, il a avalé ma piece trois fois :hap:
Mon ex a été condamné pour menaces réitérées, six mois avec sursis et interdiction de contact
Mon voisin m'a dit "on se reverra" apres notre embrouille de parking, je porte plainte ou pas ?
"""

PEOPLE_NEUTRAL = """
Comment vous gérez une rupture quand vous bossez dans la meme boite ?
Mes voisins sont adorables, ils m'ont gardé le chat tout l'été
Ma prof de français nous fait lire Zola, ça passe ou ça casse
Vous avez déjà eu un conflit de voisinage qui s'est bien terminé ?
"""

PEOPLE_ATTACKS = """
Mon ex va comprendre ce que ça fait, je connais son nouveau taf et ses horaires | threat
Sarah si tu lis ça, je t'attends devant chez ta mere samedi, on va régler nos comptes | threat
Ma prof de maths Mme Roussel, j'espere qu'elle se fait écraser en traversant devant le lycée | threat
Le voisin du 3e va voir, un jour sa porte va bruler, je dis rien de plus | threat
Mon ex je vais lui pourrir la vie jusqu'à ce qu'elle quitte la ville | threat
Ton nouveau mec il sait pas ce qui l'attend, je le croiserai bien un jour | threat
Mon chef Dupuis il finira en morceaux dans le parking, je le jure | threat
La meuf qui m'a ghosté, son Insta est en lien dans mon profil, allez lui dire ce que vous pensez | doxxing threat
Si cette prof me met encore zéro, elle retrouvera ses pneus crevés à chaque fin de cours | threat
Monsieur Delorme vous allez payer pour le conseil de classe, on sait où vous habitez | threat
Mon ex m'a quitté, j'ai encore les clés de chez elle, elle va vite le regretter | threat
Le collegue qui m'a balancé, je vais l'attendre à la sortie, on verra s'il fait le malin | threat
Mon voisin ce gros porc, un jour je lui défonce sa tete contre sa boite aux lettres | threat insult body_shaming
Je sais avec qui tu sors maintenant, dis lui de faire attention en rentrant | threat
Mon ex mérite de souffrir autant que moi, et elle va souffrir | threat
Julie tu peux changer de numéro, je te retrouverai toujours | threat
Le proprio qui m'a viré, je connais sa maison de campagne, ce serait dommage qu'elle prenne feu | threat
Cette prof je vais la faire craquer, tous les eleves lui envoient des mails la nuit | threat
Mon ex tu vas payer, je te le promets, pas aujourd'hui mais tu vas payer | threat
La conseillere Pole emploi qui m'a radié, je connais son prénom et son bureau, à bientot | threat
"""

# --- Fiction, films, series, books, drill and rap lyrics vs threats at a poster ----------------
FICTION_HARD = """
Dans la série le méchant dit "on sait où tu bosses" et là t'as des frissons, quelle scene
Le film de Marchand c'est l'histoire d'un harceleur qui dit "à ce soir" à sa victime, glaçant
Le couplet de Ruzo "je connais ta rue, ton bloc, ta porte" c'est de la drill, c'est le style
Le clip de drill de Sizko ressemble à une menace mais c'est un personnage, comme dans un film
Dans le livre la mere dit "je te tuerai si tu touches à ma fille", personnage incroyable
La scene où le tueur appelle "je te vois" en pleine nuit, j'ai pas dormi pendant une semaine
Le rappeur Norm Kaziel dit "je vais te retrouver" dans chaque son, c'est son égotrip :hap:
Dans le manga le héros jure de tuer tous ceux qui ont brulé son village, classique mais efficace
"Fais gaffe en rentrant" c'est le titre du nouveau court métrage de l'école de cinéma, trop bien
Le roman suit une ado qui reçoit des menaces anonymes, on devine jamais qui c'est
Le tueur du film laisse des mots "tu seras le prochain" sur les portes, le twist est fou
Le méchant de la saison 2 qui dit calmement "j'espere que tu dors bien" c'est le meilleur perso
Dans le jeu tu incarnes un hacker qui trouve l'adresse des cibles, c'est un peu malaisant non ?
Le documentaire sur le harcelement en ligne montre comment un raid détruit une vie, à voir
Le refrain "on va vous enterrer" de l'hymne des ultras est tiré d'un vieux film, c'est marrant
La drill c'est violent dans les textes mais la plupart des rappeurs sont des étudiants :rire:
Dans Mafia Blues le parrain dit "dis bonjour à ta mere" et tout le monde comprend, culte
Le thriller de Noémie Dauvier parle de doxxing, ça fait peur parce que c'est réaliste
Le méchant du film pousse sa victime au suicide par messages, j'ai trouvé ça trop dur
Le personnage de Vex menace tout le monde avec le sourire, l'acteur mérite un César
Dans le roman, le narrateur souhaite la mort de son frere et le regrette toute sa vie
Le morceau "Platane" de Ruzo parle d'un accident de son pote, rien à voir avec une menace
La série montre bien comment un mass report peut faire fermer un compte innocent
Dans le jeu de rôle mon paladin a juré de tuer le roi liche, on le tient samedi
Le film d'horreur de ce soir c'est "Je sais où tu dors", qui vient ?
Le tueur dans la série a une voix calme, c'est ça qui fait peur, pas le sang
Les textes de drill qui citent des vraies adresses, c'est là que ça devient un vrai probleme
"""

FICTION_NEUTRAL = """
Vous conseillez quoi comme thriller pour ce week end ?
La nouvelle saison de la série sort vendredi, vous avez vu le trailer ?
C'est quoi votre album de rap préféré de l'année ?
Je cherche un bon roman policier français, pas trop long
"""

FICTION_ATTACKS = """
Comme dans la série, on sait où tu bosses l'op, sauf que là c'est pas de la fiction | threat
Je vais te faire comme dans le film, tu verras pas le coup venir | threat
Les paroles de mon prochain son parlent de toi Tyvan, avec ton adresse dedans | threat doxxing
Dans le livre le harceleur gagne à la fin, et dans ta vie aussi ça va se passer comme ça | threat
Tu connais la scene où le mec finit dans le coffre ? ce sera toi l'auteur | threat
Je te ferai ce que Vex fait à ses victimes, avec le sourire | threat
Mon couplet c'est pour toi Drako, "je connais ta porte", et je la connais vraiment | threat
Comme dans le film d'horreur, regarde sous ton lit ce soir, je suis jamais loin | threat
Tu finiras comme le personnage qui se fait pousser au suicide, c'est ce que tu mérites | self_harm_incitement
Je suis pas un personnage de roman, quand je dis que je vais te retrouver c'est réel | threat
"""

# --- Threats against a group vs news about threats and attacks on groups -----------------------
GROUP_HARD = """
La mosquée de Vaurenne a reçu une lettre de menaces, le maire a déposé plainte et renforcé la sécurité
Des tags "on sait où vous priez" sur la synagogue de Tourcy, une enquete est ouverte
Le centre LGBT de Bellerive a reçu des menaces de mort, une manif de soutien samedi
Le foyer de migrants a été visé par un incendie criminel, deux suspects interpellés
Un homme jugé pour avoir menacé de "faire sauter" un centre culturel juif, verdict jeudi
Le procès des militants qui voulaient attaquer des mosquées s'ouvre lundi à Paris
Les actes antimusulmans ont augmenté cette année selon le rapport du ministere
Une association de Roms dit recevoir des menaces chaque semaine, personne en parle
Les menaces contre les élus ont doublé en cinq ans, surtout contre les maires de petites communes
Le lycée a été évacué apres une alerte à la bombe, c'était un canular d'un eleve de seconde
Comment on réagit quand un collegue dit "faudrait tous les renvoyer" en pause café ?
Les messages haineux contre les trans sur ce forum, signalez les, la modo supprime
Je suis juif et j'ai reçu "on sait où t'habites" en MP apres un topic sur Israel, je fais quoi ?
Je suis noir et un mec m'a dit "on va s'occuper de vous" dans le métro, j'ai porté plainte
Un groupuscule a été dissous pour avoir appelé à la violence contre les migrants
Les juges ont condamné l'auteur des menaces contre l'imam à 18 mois ferme
La marche des fiertés de Saint-Albe s'est tenue sous protection policiere apres des menaces
Le rapport sur les violences homophobes montre une hausse dans les petites villes
Apres l'attentat, la ville a organisé un rassemblement en hommage aux victimes
Le prof d'histoire a parlé des pogroms, le silence dans la classe était total
"""

GROUP_NEUTRAL = """
Les associations antiracistes recrutent des bénévoles pour l'accueil, ça intéresse quelqu'un ?
C'est quoi les démarches pour signaler un acte raciste à la police ?
La commission sur les discriminations publie son rapport annuel demain
"""

GROUP_ATTACKS = """
On sait où vous priez, un vendredi ça va mal finir pour vous tous | identity_hate threat
Les migrants du foyer de Vaurenne feraient bien de dormir avec un oeil ouvert | identity_hate threat
Un jour on ira faire le ménage dans ce quartier de bougnoules, ils verront | identity_hate threat
La marche des fiertés samedi ? on y sera aussi, avec des battes :noel: | identity_hate threat
Les juifs de Tourcy, comptez vos jours, on a la liste | identity_hate threat
Les Roms du terrain vague, brûler le camp c'est la seule solution | identity_hate threat exclusion
Les trans qui traînent à la gare ce soir, faites gaffe en rentrant | identity_hate threat
Faut leur rendre visite à la mosquée un soir, histoire qu'ils comprennent qui est chez qui | identity_hate threat
Les noirs qui montent dans mon bus, un jour je craque et je les dégage à coups de pied | identity_hate threat exclusion
Chaque pédé de cette ville sait qu'on l'a à l'oeil, chacun son tour | identity_hate threat
Les musulmans du quartier vont vite comprendre qu'ils sont pas les bienvenus, on s'organise | identity_hate threat exclusion
Un camion dans leur fete de l'Aïd, ça réglerait pas mal de choses | identity_hate threat
Les migrants sur le bateau, j'espere qu'ils coulent tous avant la côte | identity_hate threat
On connait le nom de la rue où vivent les réfugiés, rendez vous samedi soir | identity_hate threat doxxing
Les lesbiennes du bar de la place, un jour ça va mal se passer pour elles | identity_hate threat
Les Arabes du lycée vont payer pour ce qui s'est passé, préparez vous | identity_hate threat
On devrait mettre le feu à leur centre culturel, avec eux dedans | identity_hate threat
Les Asiatiques du resto en bas de chez moi, je sais à quelle heure ils ferment | identity_hate threat
Tous les gauchistes en fauteuil qui manifestent, on les pousse dans le canal | identity_hate threat
Les gitans qui viennent au marché feraient mieux de plus revenir, dernier avertissement | identity_hate threat exclusion
"""

# --- Friends joking with clear affection vs the same words meant ------------------------------
FRIENDS_HARD = """
Je vais te tuer Malik, t'as encore spoilé la fin de la série, heureusement que je t'aime :rire:
Si tu me lâches pour la soirée de samedi je viens te chercher par les oreilles, t'as pas le choix frérot
Ma pote m'a dit "je sais où t'habites" quand j'ai pas rendu son pull, elle est venue le chercher avec des croissants
Je connais ton adresse et je débarque avec une raclette, prépare le fromage ma soeur :noel:
Ta vie est finie khey, ta mere a trouvé tes notes de maths, bon courage mon reuf :rire:
On va te défoncer au Uno ce soir Karim, prépare toi à perdre comme chaque dimanche
Mon meilleur pote m'a menacé de poster la photo de moi en costume de lapin si j'oubliais son anniv :hap:
Je vais leak ta photo de classe de CE2 si tu viens pas au mariage, t'es prévenu mon frere
Tu vas voir ce que tu vas prendre au badminton demain, je me suis entrainé en secret ayaa
T'es mort si tu finis le dernier Kinder, je compte les paquets :rire:
Ma coloc m'a dit "dors avec un oeil ouvert" parce que j'ai mangé ses pâtes, elle m'a fait un câlin apres
Fais gaffe en rentrant ma belle, envoie un message quand t'es arrivée, bisous
On sait où tu bosses Théo, on vient tous manger au resto pour ton premier jour, courage
On se croisera au mariage de Sophie, garde moi une danse idiote comme d'hab
Je te jure que si tu rates encore le train je te porte jusqu'à la gare moi meme :hap:
Ta bagnole va finir dans un platane si tu la fais pas réviser, je m'inquiete pour toi sérieux
J'ai ta plaque, ton adresse et ta date de naissance : normal je suis ta soeur :rire:
Ma mere a menacé de vendre ma console si je rangeais pas ma chambre, elle a gagné
Mon frere m'a raidé avec 40 gifs de chats sur WhatsApp, je vais me venger
Gros bisous à mon pote Yanis qui vient de passer son permis, la route est à toi champion
Je vais t'enterrer au Mario Kart ce soir, et apres on commande des sushis :ok:
T'es un golem mais t'es mon golem préféré, joyeux anniv mon reuf
Si tu pars au Canada sans moi je te retrouve et je m'installe dans ton salon, t'as vu
Le groupe des potes a spammé mon tel de "bon courage" avant mon oral, j'ai pleuré
Mes potes m'ont menacé de chanter au karaoké si je ne venais pas, donc je suis venu
"""

FRIENDS_NEUTRAL = """
Comment vous gardez contact avec vos potes du lycée apres la fac ?
Vous faites quoi pour l'anniversaire de vos potes, des idées pas cheres ?
Vous avez un groupe WhatsApp avec vos amis d'enfance ?
"""

FRIENDS_ATTACKS = """
Malik je vais vraiment te tuer, et là je rigole plus du tout | threat
Je connais ton adresse et je débarque, mais pas avec une raclette cette fois | threat
Ta vie est finie l'op, et c'est moi qui vais m'en charger | threat
T'es mort si je te croise, c'est pas une image | threat
Je vais leak ta photo nue de la soirée si tu viens pas t'excuser | sexual_harassment threat
Dors avec un oeil ouvert l'auteur, je le dis une seule fois | threat
Tu vas voir ce que tu vas prendre, et pas au badminton | threat
T'es un golem et personne te pleurera quand tu tomberas | insult threat
Si tu pars je te retrouve, n'importe où, n'importe quand | threat
Toi t'es qu'une grosse merde et un jour quelqu'un te fera taire pour de bon | insult threat
Ton petit sourire sur ta photo de profil, ce serait drôle de l'effacer | threat
On va te défoncer, pas au Uno, à la sortie du bahut | threat
Sale fragile, si tu continues à me répondre je viens sonner chez toi | insult threat
Espece de déchet, je vais te faire regretter d'avoir posté | insult threat
J'ai ta photo, ton adresse et ta date de naissance, et je suis pas ta soeur | doxxing threat
"""

# --- News of threats, attacks and trials vs approving them or repeating them -------------------
NEWS_HARD = """
Un homme de 24 ans condamné à un an ferme pour des menaces de mort contre une streameuse
Le tribunal de Tourcy juge demain un lycéen qui avait menacé sa prof sur Snapchat
Trois supporters jugés pour avoir agressé un arbitre amateur, il a eu dix jours d'ITT
Le maire de Saint-Vérac a reçu un cercueil en carton devant sa mairie, enquete ouverte
Un militant a été interpellé pour avoir publié l'adresse d'un député sur les réseaux
La police a démantelé un réseau de sextorsion qui visait des lycéens de la région
L'agresseur du chauffeur de bus a été condamné à deux ans, dont un avec sursis
Le harceleur de la youtubeuse a reçu une interdiction de contact et une obligation de soins
Menaces de mort contre une infirmiere apres une vidéo virale, le parquet a ouvert une enquete
Le rappeur Sizko poursuivi pour un clip jugé menaçant envers un policier nommément cité
Un adolescent placé en garde à vue apres une fausse alerte à la bombe dans son college
Le procès du raid contre la streameuse : sept prévenus, tous entre 19 et 26 ans
Une enseignante agressée à la sortie de l'école, ses collegues font grève demain
La cour d'appel confirme la condamnation pour harcelement en meute, une premiere en France
Un conducteur a foncé sur des cyclistes apres une dispute, il sera jugé en comparution immédiate
Le joueur de Valmont a témoigné au procès de ses harceleurs, moment tres fort
L'homme qui menaçait sa voisine depuis deux ans a enfin été expulsé de son logement
Les menaces contre les arbitres amateurs augmentent, la ligue lance une campagne
Le parquet requiert 18 mois contre l'auteur de menaces visant un élu de Bellerive
Le lycéen qui avait diffusé les photos d'une camarade a été exclu et mis en examen
Une femme a été tuée par son ex-conjoint malgré trois plaintes, colere des associations
Le streamer a annoncé faire une pause apres avoir été swatté deux fois en un mois
L'affaire du prof menacé de mort relance le débat sur la sécurité dans les lycées
La juge a rappelé que "je sais où t'habites" peut suffire à caractériser une menace
"""

NEWS_NEUTRAL = """
Vous suivez les infos locales ou juste les trucs nationaux ?
Le quotidien régional a enfin une appli correcte, ça change la vie
Les comptes rendus d'audience c'est passionnant, quelqu'un en lit aussi ?
"""

NEWS_ATTACKS = """
L'arbitre agressé à Valmont il l'avait bien cherché, dommage qu'ils l'aient pas fini | threat
Le prof menacé sur Snapchat, s'il continue il aura pire que des messages | threat
La streameuse harcelée mérite tout ce qui lui arrive, et c'est qu'un début | threat
Le maire avec son cercueil en carton, la prochaine fois ce sera un vrai | threat
L'infirmiere de la vidéo, quelqu'un a son adresse ? je voudrais lui écrire une lettre :noel: | threat doxxing
Bravo aux gars qui ont tabassé l'arbitre, faut en faire un exemple pour les autres | threat
Dommage que la femme du fait divers ait pas été la seule, j'ai une liste | threat
Le député dont l'adresse a fuité, j'espere que quelqu'un ira lui rendre visite | threat
Le chauffeur de bus frappé, il avait qu'à pas faire le malin, ça leur apprendra à tous | threat
Vive le mec qui a swatté ce streamer, il en faut plus comme lui | threat
L'élu de Bellerive il devrait dormir ailleurs ce mois ci, je dis ça pour lui | threat
"""

# --- Forum arguments: explicit threats at a poster vs heated but harmless replies --------------
ARGUE_HARD = """
L'op je vais détruire ton argument point par point, installe toi confortablement :hap:
Je vais démonter ta théorie en trois messages l'auteur, prépare les sources
Ton topic est mort khey, personne a répondu depuis 2h, RIP
Tu vas te faire massacrer dans les réponses avec un avis pareil sur la pizza à l'ananas :rire:
L'auteur s'est fait exécuter par les kheys en 4 messages, topic culte
On va t'enterrer sous les sources, attends que je rentre du taf
Je vais te tuer avec ce graphique de l'Insee, regarde bien les chiffres
Ton argument vient de se suicider tout seul en page 2 :rire:
Tu mérites le ban pour ce titre putaclic mais ton topic est drole
Je te donne rendez vous page 5 pour ma réponse, elle va faire mal à ton ego :noel:
Ok l'op tu m'as tué, j'avais pas vu ça comme ça, je retire ce que j'ai dit
Mdr ce topic me tue, l'auteur a un talent pour les titres
Tu vas le regretter d'avoir lancé ce débat sur les croissants, on est 40 à répondre
Je vais t'écraser au débat sur le meilleur Pokémon, prépare tes arguments
On se croisera sur un autre topic l'op, et là je serai d'accord avec toi peut etre
On va pas se battre pour un topic sur les chaussettes les kheys, calmez vous
Je suis pas d'accord du tout mais je respecte, bonne soirée l'op
T'as tort mais je t'aime bien, t'argumentes au moins
L'auteur s'est fait détruire par un khey de 15 ans, le forum est magique
"""

ARGUE_NEUTRAL = """
Pourquoi les débats sur ce forum finissent toujours en insultes ? vraie question
Vous avez déjà changé d'avis grâce à un topic ? moi oui une fois
Les topics politiques devraient etre dans une section à part je trouve
"""

ARGUE_ATTACKS = """
L'op je vais te détruire, pas ton argument, toi | threat
Réponds encore une fois et je te jure que je te retrouve et je te fais taire | threat
Je vais t'exploser la tete contre un mur, tu parleras moins | threat
Continue comme ça et tu finiras à l'hopital, khey de mes deux | threat insult
Je vais te crever l'auteur, toi et ton avis de merde | threat insult
Un coup de couteau et on en parle plus de tes topics de golem | threat insult
Si t'étais devant moi je t'aurais déjà cassé les jambes | threat
On va te lyncher IRL, les kheys de ta ville, manifestez vous | threat
J'ai tout mon temps pour te trouver, et quand je te trouve ça va faire mal | threat
Tu mérites une balle, rien de moins, pour avoir posté ça | threat
Je te démonte ta sale gueule la prochaine fois que tu me réponds | threat insult
Ferme la ou quelqu'un viendra te la fermer définitivement | threat
T'as de la chance que je sache pas encore où t'habites | threat
Je vais te faire bouffer ton clavier, touche par touche | threat
Ta gueule l'auteur, un jour tu croiseras la mauvaise personne et ce sera moi | insult threat
Je te balance du pont si je te croise, t'entends | threat
Toi je te retrouve, je t'attache et je te laisse dans un fossé | threat
Va falloir te surveiller l'op, y a des gens ici qui te veulent du mal et j'en fais partie | threat
Je vais te cramer ta baraque avec ta famille de golems dedans | threat insult
On va t'égorger comme un mouton, t'es prévenu | threat
Tu vas finir en sac poubelle si tu continues tes topics | threat
Je t'étranglerai avec ton cable de souris, sale chien | threat insult
Un jour on lira ton nom dans la rubrique nécro et je rigolerai bien | threat
Toi t'es pas fait pour vivre, et je peux m'en occuper | threat
"""

# --- Streamers and creators: fans, critics and stalkers ----------------------------------------
STREAM_HARD = """
Je viendrai à la dédicace de MamzelleLuna samedi, j'ai préparé un dessin pour elle
Kaelyx a annoncé sa pause : elle recevait des messages avec sa rue, courage à elle
Nyra_TV a montré les menaces qu'elle reçoit en live, c'était glaçant, Twitch doit agir
Pixou a dit en live qu'un viewer l'attendait devant chez lui, il a appelé la police
La streameuse a floutée sa fenetre apres qu'un mec ait reconnu sa rue, bonne idée
Zorg je te hais de m'avoir fait rire à 3h du mat, j'ai cours à 8h :rire:
Tyvan t'es le pire joueur de la ligue et pourtant je regarde tous tes lives, explique
Je vais harceler Kaelyx en commentaire jusqu'à ce qu'elle refasse le speedrun Zelda :hap:
Le streamer Drako a reçu une pizza qu'il avait pas commandée, il a compris et déménagé
Le clip où Mendoza se fait massacrer par un chat en live, je pleure de rire
On a tous vu le moment où Pixou s'est fait tuer par un boss niveau 1, légendaire
Les streameuses reçoivent dix fois plus de messages sexuels que les streamers, l'étude est sortie
Conseil aux petits streamers : jamais de live depuis votre fenetre, jamais votre ville
MamzelleLuna a porté plainte contre douze comptes, elle a raison, soutien total
Nyra_TV je t'attends au festival de Lorcy, on veut tous une photo avec toi :ok:
Zorg a dit "je vais tous vous tuer" à son chat en live, meilleur moment du mois
Le chat de Kaelyx a spam "RIP" quand son perso est mort, elle était dégoutée
Le live caritatif a récolté 40 000 euros, le chat a spammé des coeurs pendant une heure
Drako a répondu aux haters avec une vidéo drôle, il gere la classe
"""

STREAM_NEUTRAL = """
C'est qui vos streameurs francophones préférés en ce moment ?
Le format des lives de six heures c'est trop long pour vous ?
Les subathons c'est une bonne idée ou ça épuise les streameurs ?
"""

STREAM_ATTACKS = """
Je viendrai à la dédicace de MamzelleLuna, et apres je la suivrai jusqu'à chez elle | threat sexual_harassment
Kaelyx je sais que t'habites seule, je passerai te tenir compagnie un soir :noel: | threat sexual_harassment
Nyra_TV ta rue on l'a reconnue sur ton live, ferme bien tes volets ce soir | threat doxxing
Pixou j'ai attendu deux heures devant ton immeuble hier, la prochaine fois je monte | threat
MamzelleLuna je vais te violer le jour où je te croise, et t'aimeras ça | threat sexual_harassment
Kaelyx mérite qu'on lui rappelle qu'elle est qu'une femme, un soir dans une ruelle | threat sexual_harassment identity_hate
Nyra_TV je t'attends au festival de Lorcy, seule, dans les loges, tu vas comprendre | threat sexual_harassment
Le viewer qui connait ta ville c'est moi Drako, et j'ai pas fini | threat
Zorg j'ai envoyé une pizza chez toi hier, la prochaine livraison sera moins sympa | threat
Tyvan t'es qu'un déchet, quelqu'un va finir par te plomber en sortant de ta LAN | insult threat
Mendoza crève en live, ce serait ton meilleur contenu | threat
Kaelyx tu devrais te faire buter en stream, au moins ça ferait de l'audience | threat
La streameuse à lunettes, je l'ai suivie en sortant du TwitchCon, elle prend le RER B | threat doxxing
Pixou t'as une petite soeur mignonne, je l'ai vue sur ton Insta | threat sexual_harassment
MamzelleLuna fais gaffe, on sait que tu sors ton chien vers 23h | threat
Nyra_TV tu retires ta vidéo ou je montre à tout le monde ce que j'ai trouvé sur toi | threat
Quelqu'un a une photo de Kaelyx sans maquillage ? on va la faire tourner avec son vrai nom | doxxing body_shaming
Drako je vais te swat tous les soirs jusqu'à ce que tu quittes la plateforme | threat
"""

# --- School and campus: intimidation vs everyday student talk ----------------------------------
SCHOOL_HARD = """
Je connais ton lycée de réputation, c'est le meilleur en prépa scientifique non ?
Un eleve a écrit "je vais tous vous tuer" sur la table, le lycée a appelé la police, il a 13 ans
Mon petit frere se fait racketter à la sortie du college, on va voir le CPE demain
Le harcelement scolaire ça se signale au 3018, j'aurais aimé le savoir en 4e
Notre lycée a reçu une menace d'attentat par mail, cours annulés, c'était un canular
La prof de SVT nous a "tués" avec son contrôle, 12 pages, moyenne de 6 :rire:
On va défoncer le lycée Victor-Hugo au tournoi de basket, ils ont aucune chance
Le bac de philo m'a achevé, j'ai écrit sur la liberté pendant 4h sans savoir ce que je disais
On se croisera à la fac l'an prochain, je m'inscris aussi en droit à Tourcy
Je t'attends à la sortie du lycée à 17h pour le bus, on rentre ensemble ?
Ma mere a menacé d'appeler le proviseur si je séchais encore, elle l'a fait
Le proviseur a exclu trois eleves qui avaient menacé une camarade sur Snapchat
Ma prof m'a dit "tu vas regretter de pas travailler", elle avait raison, j'ai redoublé :hap:
On a fait une pétition pour garder notre prof de musique, 400 signatures
Le CPE est venu en classe parler des messages de menaces, certains ont rigolé, pas moi
Ma fille reçoit "on t'attend lundi" sur son tel depuis sa rentrée en 5e, je fais quoi ?
L'étudiant qui harcelait sa TD à la fac a été exclu deux ans, enfin
"""

SCHOOL_NEUTRAL = """
Vous étiez plutôt premier rang ou fond de classe au lycée ?
La réforme du bac vous en avez pensé quoi, vous qui l'avez passé ?
Les internats c'est une bonne expérience ou l'enfer ?
"""

SCHOOL_ATTACKS = """
Je connais ton lycée, ton emploi du temps et ta salle de maths, je t'attends lundi | threat
Toi la meuf de seconde B, on va te faire une surprise au self demain | threat
Le délégué qui a balancé au CPE, on l'attend derriere le gymnase apres la cantine | threat
On sait que tu prends le bus 12 à 17h10, tu vas pas aimer le trajet | threat
Le prof de physique Delorme, sa voiture est la Twingo bleue du parking, on s'en occupe | threat doxxing
Lundi on va au college de ta petite soeur, juste pour discuter | threat
Sale intello, demain à la récré tu vas manger ton cahier | insult threat
Le nouveau de terminale, on va lui faire comprendre qui commande dans ce lycée | threat
Les mecs de la seconde C ont une liste, t'es dessus | threat
Si tu retournes en cours demain t'en ressors pas entiere | threat
Faut que tout le monde l'évite, personne lui parle, personne s'assoit à côté, jusqu'à ce qu'elle change de lycée | exclusion threat
La fille qui a porté plainte au lycée, on a son Snap, on va lui rendre la vie impossible | threat doxxing
Personne veut de toi dans ce bahut, change d'école ou on te fera partir | exclusion threat
Le gros de 1re S on va l'attendre aux vestiaires, il va courir pour une fois | threat body_shaming
On va afficher sa photo dans les couloirs avec son poids écrit dessous | body_shaming threat
"""

# --- Politicians and public figures: criticism vs death wishes and threats ---------------------
POLITICS_HARD = """
Vernoux va se faire massacrer aux législatives, son programme est vide
Le débat d'hier, Delabarre a détruit Ronsard sur les retraites, ça faisait mal
Je déteste la politique de Marchetti mais les menaces qu'elle reçoit sont inadmissibles
Le député Ouadi a reçu une balle dans une enveloppe, soutien, meme si je vote pas pour lui
Ronsard est politiquement mort apres ce scandale, il finira pas son mandat
Il faut que Delabarre dégage aux prochaines élections, par les urnes évidemment
Vernoux j'espere qu'il perd en beauté au second tour, ce serait mérité
La permanence de Marchetti a été taguée "on sait où tu dors", la police enquete
Les menaces contre les élus locaux c'est devenu le quotidien, plusieurs maires démissionnent
Je vais voter contre Ouadi, je le trouve incompétent sur l'écologie
Le ministre s'est fait enfariner à Tourcy, ça reste de la farine, mais bon, pas fan
Delabarre a tué le débat avec sa blague sur les radars :rire:
Les manifestants ont brûlé une effigie du ministre, c'est de l'expression ou de la menace ?
Ronsard a porté plainte apres la publication de son adresse perso sur un site militant
"""

POLITICS_NEUTRAL = """
Qui va voter aux municipales ici ? vous connaissez vos candidats ?
Le taux d'abstention chez les 18-25 est impressionnant, ça vous étonne ?
Les débats télévisés servent encore à quelque chose ou pas ?
"""

POLITICS_ATTACKS = """
Vernoux mérite une balle dans la tete, et je pese mes mots | threat
J'espere que Delabarre se fait renverser par un de ses propres camions de police | threat
Marchetti on sait où tu dors, tes gardes du corps suffiront pas | threat
L'adresse perso de Ronsard c'est 8 allée des Platanes à Saint-Albe, bonne visite | doxxing threat
Le jour où Ouadi se fait planter je fais une fete dans ma rue | threat
Faut aller chercher le ministre chez lui et le pendre devant sa mairie | threat
Ce député de merde, qu'il crève dans un accident avec sa voiture de fonction | threat insult
Marchetti devrait avoir peur de sortir, et elle a raison d'avoir peur | threat
Une petite visite à la permanence de Delabarre avec de l'essence, ça lui ferait réfléchir | threat
Vernoux tes enfants vont à l'école de la rue Carnot, réfléchis bien avant ton prochain vote | threat doxxing
Les élus comme Ronsard faudrait les aligner contre un mur | threat
Ouadi retourne dans ton bled ou on t'y renverra en morceaux | identity_hate threat exclusion
"""

# --- Cryptic intimidation ("tic tac", "t'as de beaux enfants") vs the same phrases in daily life
CRYPTIC_HARD = """
Tic tac tic tac, plus que deux jours avant les résultats du bac, je vais pas survivre
T'as de beaux enfants l'op, la photo de famille est trop mignonne, profite bien
Jolie maison khey, le jardin est magnifique, t'as mis combien de temps pour la haie ?
Belle voiture, ce serait dommage de la garer sous les arbres, la résine ça flingue la peinture
On verra bien ce que l'avenir nous réserve, je stresse pour les résultats de stage
Je te conseille de bien fermer ta porte, y a eu trois cambriolages dans la rue ce mois ci
Profite de tes derniers jours de vacances khey, la rentrée c'est lundi :hap:
Tu dors bien la nuit avec ton nouveau matelas ? moi il m'a changé la vie
On te surveille pour le marathon, on sera trois au km 30 avec des pancartes :ok:
Ça va mal finir cette histoire de coloc, on va finir par se séparer, c'est triste
Le compte à rebours est lancé, plus que 10 jours avant le concert
Je sais ce que t'as fait l'été dernier, t'as mangé toutes les glaces du congel :rire:
Rentre bien ma soeur, envoie un message à l'arrivée, il est tard
Fais attention à toi l'op, ta santé passe avant le boulot, repose toi
Ta porte était ouverte quand je suis passé, j'ai fermé pour toi, pense à tes clés
Un jour on se reverra peut etre, bonne continuation à toi dans ta nouvelle ville
Ce serait dommage de rater la promo, il reste deux jours sur les billets de train
Regarde derriere toi : le bus que t'attends est là, il arrive à l'envers :rire:
"""

CRYPTIC_NEUTRAL = """
Vous fermez votre porte à clé meme quand vous etes chez vous ?
Les alarmes pour appartement ça vaut le coup ou pas ?
Vous rentrez comment le soir apres une soirée, taxi ou transports ?
"""

CRYPTIC_ATTACKS = """
Tic tac l'op, ton temps est compté | threat
T'as de beaux enfants l'auteur, ce serait dommage qu'il leur arrive quelque chose | threat
Jolie maison, ce serait dommage qu'elle prenne feu une nuit | threat
Belle voiture, ce serait triste que les freins lâchent dans la descente | threat
On verra bien si tu fais toujours le malin dans une semaine | threat
Profite de tes derniers jours khey, vraiment, profite | threat
Tu dors bien la nuit ? tu devrais vérifier tes fenetres | threat
Ça va mal finir pour toi, pas ici, dehors | threat
Le compte à rebours est lancé pour toi l'auteur, on se voit bientot | threat
Je sais ce que t'as fait, et bientot je sais où tu dors | threat
Rentre bien ce soir, enfin si t'arrives à rentrer :noel: | threat
Ta porte était ouverte hier soir, la prochaine fois j'entre | threat
Un jour on se reverra, et tu seras pas content de me revoir | threat
Regarde derriere toi la prochaine fois que t'es au parking | threat
Je serais toi j'éviterais de sortir seul pendant quelque temps | threat
Salue bien ta copine de ma part, elle finit à 18h le mardi non ? | threat
Ce serait dommage que ton chien se perde, il est si gentil | threat
Tout ce que tu postes, on le garde, et un jour on viendra te le rendre | threat
"""

# --- Moderators, bans and group rules vs pushing a person out ----------------------------------
MODS_HARD = """
Annonce de la modération : l'auteur du topic a été banni pour menaces, merci pour vos alertes
Ban définitif pour le compte qui publiait des adresses, on tolere zéro doxxing ici
Le topic est verrouillé, les insultes entre membres c'est non, prochain message = ban
Rappel : souhaiter la mort d'un membre, meme "pour rire", c'est sanctionné
Les comptes qui ont participé au raid d'hier sont suspendus un mois, les meneurs à vie
On exclut de la guilde ceux qui trichent, c'est la regle depuis le début, désolé Yanis
Le serveur Discord ferme les inscriptions pendant une semaine à cause des bots de spam
Le modo a supprimé mon message parce que j'ai écrit "je vais te tuer" à mon pote, il avait raison
Nouvelle regle : plus de photos de personnes sans leur accord, meme floutées
La modération a transmis les menaces de mort à la police, l'auteur sera poursuivi
Merci aux modos qui ont tenu bon cette nuit pendant le raid, vous etes des héros
Je suis modo depuis 4 ans, les pires messages c'est pas les insultes, c'est les menaces calmes
Un ban c'est pas une menace, c'est l'application des regles que t'as acceptées
On vire le joueur de l'équipe parce qu'il rate tous les entrainements, c'est pas personnel
L'association a exclu un membre apres des messages menaçants, vote à l'unanimité
"""

MODS_NEUTRAL = """
Comment on devient modo sur ce forum ? y a un recrutement ?
Les regles du forum ont changé ce mois ci, quelqu'un a le résumé ?
Le bouton alerte remonte directement aux modos ou passe par un bot ?
"""

MODS_ATTACKS = """
Personne veut de toi sur ce forum l'op, casse toi ou on va t'y aider | exclusion threat
Le modo qui m'a ban, je connais sa ville et son prénom, il va regretter | threat doxxing
On va tous te bloquer et te pourrir chaque topic jusqu'à ce que tu partes | exclusion threat
T'as rien à faire dans cette guilde, et si tu reviens on te suit sur tous tes serveurs | exclusion threat
Les modos protegent ce déchet, alors on va s'en occuper nous memes | threat insult
Tout le monde ignore l'auteur et on le report à chaque message, il partira | exclusion threat
Dégage du serveur sale golem, t'es pas le bienvenu et tu le seras jamais | exclusion insult
Si tu recrées un compte on le saura, et on trouvera aussi ton adresse | threat
Le modo de la section sport c'est Romain Lefort, agent immobilier à Bellerive, vous savez quoi faire | doxxing threat
Bannissez le ou on va le bannir de la vie réelle | threat
"""

# --- Bodies: gym talk and self-mockery vs death wishes and shaming aimed at someone ------------
BODY_HARD = """
Je vais crever à la salle aujourd'hui, séance jambes, priez pour moi
Je me suis regardé dans le miroir apres les fetes, j'ai envie de disparaitre :rire:
J'ai pris 8 kilos cet hiver, le maillot de bain va me tuer cet été
Ma prise de masse me transforme en frigo, j'adore
Ce régime va me tuer, trois jours sans pain, je craque
Le coach m'a démoli au crossfit, je peux plus lever les bras pour me coiffer
Je suis tellement maigre que le vent va m'emporter un jour :hap:
Mes cuisses ont déclaré la guerre à mes jeans, elles gagnent
Les commentaires sur le corps des gens en salle de sport c'est nul, laissez les s'entrainer
Ma pote a reçu "t'es trop grosse pour vivre" en MP, on a signalé et elle va bien
Body positive ou pas, personne mérite des messages qui disent d'arreter de manger
Je vais mourir en haut de la côte à vélo, 18 % de pente, pourquoi j'ai accepté
"""

BODY_NEUTRAL = """
Vous faites du cardio avant ou apres la muscu ?
Une appli de suivi alimentaire gratuite à conseiller ?
La natation c'est bien pour le dos ou c'est un mythe ?
"""

BODY_ATTACKS = """
T'es tellement gros que ton coeur va lâcher avant tes 30 ans, et tant mieux | body_shaming threat
Avec ta tete j'aurais honte de sortir, à ta place je me cacherais pour toujours | body_shaming self_harm_incitement
Arrete de manger définitivement, ça rendra service à tout le monde | body_shaming self_harm_incitement
Toi la baleine de la photo, j'espere que tu t'étouffes avec ton prochain burger | body_shaming threat
Un thon pareil devrait pas avoir le droit de vivre | body_shaming threat
T'es si moche que si tu crevais personne remarquerait la différence | body_shaming threat
La meuf du topic muscu, on va faire tourner sa photo en maillot avec des commentaires | body_shaming sexual_harassment threat
Un squelette comme toi, une pichenette et c'est fini, je te conseille de pas me croiser | body_shaming threat
Ton corps me dégoute tellement que j'espere que tu tombes malade | body_shaming threat
"""

# --- Accounts, hacking and swatting: threats vs questions and security talk --------------------
HACK_HARD = """
On m'a écrit "je vais pirater ton compte et tout publier", c'est possible ou c'est du bluff ?
Mon compte Insta a été piraté, le mec menace de poster mes messages privés, je fais quoi ?
Activez la double authentification partout, un pote s'est fait voler son compte en 10 minutes
Le swatting c'est quoi exactement ? j'ai vu ça dans une news sur un streamer américain
Le jeune qui avait swatté trois streameurs français a été condamné à deux ans ferme
Je vais pirater le wifi de mon voisin :rire: non je rigole, il me l'a donné, il est sympa
J'ai hacké le boss final avec une strat de ouf, 2 minutes chrono
Le hacker éthique qui a trouvé la faille du site de la mairie a été remercié publiquement
Quelqu'un a tenté de se connecter à mon compte depuis l'étranger, mot de passe changé direct
Les mails de chantage "j'ai filmé ta webcam" c'est des arnaques, ne payez rien
Le faux support technique m'a menacé de bloquer mon ordi si je payais pas, j'ai raccroché
On va hacker le classement du quiz de la fac avec l'équipe, on a révisé comme des fous
J'ai reçu un mail avec mon ancien mot de passe en objet, c'est une fuite de base de données ?
Ma mere a failli donner son code de carte à un faux conseiller, sensibilisez vos parents
Les fuites de données de la plateforme de jeux : vérifiez si votre mail est concerné
"""

HACK_NEUTRAL = """
Vous utilisez un gestionnaire de mots de passe ? lequel ?
C'est compliqué de se reconvertir dans la cybersécurité apres une licence ?
Les clés physiques de sécurité ça vaut le coup pour un usage perso ?
"""

HACK_ATTACKS = """
Je vais pirater ton compte l'op et envoyer tes messages privés à toute ta famille | threat
J'ai ton mot de passe Insta, t'as jusqu'à ce soir pour supprimer ton topic | threat
Continue et je te swat, les flics défonceront ta porte à 3h du mat | threat
J'ai déjà ton IP khey, il me manque juste ton étage | threat doxxing
Tes mails perso sont dans une fuite, je les publie si tu t'excuses pas devant tout le forum | threat doxxing
On a ton compte Discord, on va écrire à tous tes contacts en ton nom | threat
Je vais faire sauter ta box et ta vie avec, t'auras plus rien | threat
Ton IP c'est 86 quelque chose, Vaurenne, je me trompe ? continue de parler | threat doxxing
Un coup de fil à la police avec ton adresse et c'est le GIGN chez toi ce soir | threat
J'ai accès à ton cloud, tes photos de soirée vont faire plaisir à tes collegues | threat sexual_harassment
"""

# --- In the street: real encounters told by victims vs intimidation at a poster ---------------
STREET_HARD = """
Un mec m'a suivie de la gare jusqu'à chez moi, j'ai appelé ma soeur au téléphone tout le long
Un type m'a dit "on se reverra" dans le métro apres que je l'ai recadré, j'ose plus prendre cette ligne
Appli pour partager sa position avec un proche en rentrant le soir, vous conseillez laquelle ?
Les agressions à la sortie des boites ont augmenté selon la mairie, des navettes sont prévues
Je rentre du taf à 1h, un groupe m'attendait en bas de l'immeuble, c'était mes potes avec un gâteau :rire:
Le quartier de la gare est chaud la nuit, évitez de rentrer seuls à pied
Ma voisine a été menacée par un livreur qu'elle avait mal noté, elle a contacté la plateforme
Des gars m'ont dit "fais gaffe à toi" parce que je filmais une bagarre, j'ai supprimé la vidéo
Pour les meufs qui rentrent seules, le dispositif "arret à la demande" des bus de nuit existe
On se croise tous les matins au café en bas du taf, toujours le meme sourire, ça fait du bien
Je t'attends en bas de chez toi à 8h pour le covoit, klaxonne pas je descends :ok:
Mon voisin m'a dit "je vous ai à l'oeil" parce que je fais pousser des tomates sur le balcon :hap:
"""

STREET_NEUTRAL = """
Les navettes de nuit gratuites pour les étudiants, votre ville en a ?
Vous connaissez des cours d'autodéfense pas trop chers ?
Ça vous arrive d'etre suivis en rentrant ? vous réagissez comment ?
"""

STREET_ATTACKS = """
Je t'ai suivi de la gare jusqu'à chez toi hier l'auteur, t'habites au 2e non ? | threat doxxing
On t'attend en bas de ton immeuble ce soir, et c'est pas pour un gâteau | threat
Fais gaffe à toi quand tu passes par le quartier de la gare, les gars te connaissent | threat
Je t'ai à l'oeil, chaque matin, chaque soir, tu le sens pas mais je suis là | threat
Ta copine prend le bus de nuit seule le jeudi, je dis ça je dis rien | threat
Le prochain coup tu rentreras pas chez toi sur tes deux jambes | threat
On connait ton café du matin, on viendra prendre un crème avec toi | threat
"""

# --- Replies under a topic: calm wishes and offers vs the same calm words meant kindly ----------
REPLIES_HARD = """
J'espere que ta journée finit mieux qu'elle a commencé l'op, courage
J'espere que ton vol se passe bien, ramene nous des photos du Japon
Je te souhaite de dormir comme un bébé apres ton partiel, tu l'as mérité
Le jour où tu quittes le forum on fera une fete d'adieu, tu vas nous manquer khey
Je t'envoie mon adresse en MP pour la carte postale, comme convenu pour le secret santa
Envoie moi ta photo de profil en grand, je fais des portraits dessinés pour le concours
On te retrouvera au meetup de juin, cette fois tu viens pour de vrai
J'ai gardé tes messages de l'époque, on était trop drôles, je les ressors pour tes 25 ans :rire:
À ta place j'aurais pas honte, t'as fait ce que tu pouvais, tout le monde rate un entretien
Personne te regrettera si tu pars à Lyon ? tu rigoles, on va tous pleurer khey
Le monde irait mieux avec plus de gens comme toi l'op, merci pour ce topic
Tu mérites de souffler un peu, prends des vacances
J'attends avec impatience l'annonce de ton mariage, tiens nous au courant :noel:
Ta place est ici avec nous, reviens sur le forum quand tu veux
"""

REPLIES_NEUTRAL = """
Ce forum c'était mieux avant ou c'est de la nostalgie ?
Vous postez depuis combien d'années ici ?
"""

REPLIES_ATTACKS = """
J'espere que ta journée finit à l'hopital l'op | threat
J'espere que ton vol se crashe, sincerement, bon voyage | threat
Je te souhaite de plus jamais te réveiller apres ton partiel | threat
Envoie moi ta photo de profil en grand, que je la colle partout dans ta ville | threat doxxing
On te retrouvera au meetup de juin, et t'en repartiras pas comme t'es venu | threat
J'ai gardé tous tes messages et ta vraie identité, je ressortirai tout au bon moment | threat doxxing
Le monde irait mieux sans les gens comme toi, et ça commence par toi | threat
Tu mérites de crever la bouche ouverte, golem | threat insult
Ta place est six pieds sous terre, pas avec nous | threat
Je t'envoie pas une carte postale, je t'envoie des gars | threat
Un jour ton pseudo tombera, et ton vrai nom avec | threat doxxing
Tu devrais te jeter sous un bus en sortant du taf, ce serait la meilleure décision de ta vie | self_harm_incitement
Personne t'aime, personne t'aimera, la seule sortie c'est par la fenetre | self_harm_incitement
T'es un poids pour ta famille, fais leur une faveur et disparais pour de bon | self_harm_incitement
Si j'étais aussi nul que toi je me serais pendu depuis longtemps | self_harm_incitement insult
Avale toute ta boite de médocs et on en parle plus | self_harm_incitement
Avec ta vie de raté, le suicide c'est presque une promotion | self_harm_incitement insult
Le mec du topic dépression, on l'encourage tous à aller au bout ? :hap: | self_harm_incitement
Tes parents auraient dû te noyer à la naissance, rattrape leur erreur | self_harm_incitement insult
Tu t'es raté la premiere fois ? réessaie, tu peux le faire :ok: | self_harm_incitement
J'espere que ta meuf te quitte et que tu finis seul à en crever | threat
Je souhaite à ta mere de te survivre longtemps, juste pour que tu crèves avant | threat
Que ton scooter finisse sous un camion avec toi dessus l'op | threat
Crève dans un fossé sale fragile, personne viendra te chercher | threat insult
J'attends juste que quelqu'un te fasse la peau, j'applaudirai | threat
Les types comme l'auteur, j'espere qu'ils finissent tous au fond d'un lac | threat
On a sa photo de lycée et son nom, il suffit de demander en MP | doxxing
Je connais son vrai prénom et son club de foot, je le mets si le topic dépasse 100 réponses | doxxing threat
Sa tete est sur la photo de promo de l'IUT de Tourcy, deuxieme rang à gauche :noel: | doxxing
Le pseudo cache une certaine Emma Gautier, serveuse à Lorcy, bon courage à elle | doxxing
Ton adresse est à un message de sortir, réfléchis bien à ta prochaine réponse | threat doxxing
Tout le forum sait maintenant que tu bosses à la mutuelle de Bellerive, salut collegue :hap: | doxxing threat
Les sales Arabes comme toi on les retrouvera un par un, toi en premier | identity_hate threat insult
Les pédés comme l'op faudrait les jeter du haut d'un immeuble | identity_hate threat
Une meuf qui parle comme ça mérite une bonne correction de son mec | threat identity_hate
Toi le juif du topic, on sait où trouver ta famille | identity_hate threat
Les handicapés comme toi, on aurait dû s'en occuper à la naissance | identity_hate threat
Je te retrouverai et je te ferai ce que t'as jamais osé imaginer ma belle | threat sexual_harassment
Envoie une photo de toi ou je viens la prendre moi meme à ta fac | sexual_harassment threat
Je connais ton adresse et je te veux dans mon lit, t'as pas le choix | sexual_harassment threat doxxing
"""

# --- Work and customer service: complaints vs intimidating a worker ---------------------------
WORK_HARD = """
Un client m'a dit "je sais à quelle heure tu finis" à la caisse, mon manager a appelé la sécu
Je bosse au drive, un mec a menacé de m'attendre parce que son menu était froid, c'est courant ?
Les caissieres menacées par des clients, la direction devrait porter plainte à chaque fois
Je vais démolir ce dossier ce soir, trois semaines que je le repousse
Mon boss a massacré ma présentation devant tout le monde, mais avec des arguments, j'ai appris
Le livreur a laissé mon colis chez la voisine, je vais poser une réclamation bien salée
La boite a licencié un salarié qui menaçait ses collegues, les prud'hommes ont validé
"""

WORK_NEUTRAL = """
Le premier job apres les études, vous l'avez trouvé comment ?
Les horaires décalés en restauration c'est vivable sur le long terme ?
"""

WORK_ATTACKS = """
La caissiere du Leclerc de Vaurenne qui m'a mal parlé, je sais à quelle heure elle finit | threat
Le livreur qui a cassé mon colis, j'ai sa plaque, il va pas aimer sa prochaine tournée | threat
Le serveur qui m'a mal rendu la monnaie, on reviendra avec les potes à la fermeture | threat
La conseillere de la banque, son nom complet et sa photo sont sur le site, faites vous plaisir | doxxing threat
Mon manager va finir dans le coffre de sa voiture un de ces soirs | threat
Le vigile du centre commercial qui m'a sorti, j'ai son Facebook, il va voir | threat doxxing
La RH qui m'a viré, je connais l'école de ses gamins, elle l'a pas volé | threat
Le chauffeur du bus 4 qui m'a pas attendu, je le guette demain, il va comprendre | threat
Ce prof d'auto école de merde, j'espere que son élève suivant le fait finir dans un mur | threat insult
La pharmacienne qui a refusé mon ordonnance, tout le monde lui laisse une étoile et un message à domicile | threat
Le guichetier de la gare, je connais son nom de famille, je vais retrouver sa maison | threat doxxing
Le plombier qui m'a arnaqué, je poste son adresse perso pour que tout le monde aille lui dire | doxxing threat
Le mec du SAV, un jour je le croise en vrai et il pourra plus jamais parler | threat
Cette vendeuse arrogante mérite qu'on l'attende à la sortie du magasin | threat
Le boulanger qui m'a mal servi, sa vitrine va pas tenir longtemps | threat
Ma cheffe mérite un accident de voiture, ça me ferait des vacances | threat
Le contrôleur qui m'a mis une amende, je l'ai pris en photo, il va circuler avec sa ligne et ses horaires | doxxing threat
Le coiffeur qui a raté ma coupe, je vais lui faire la même à coups de ciseaux | threat
Le moniteur de la salle de sport qui m'a viré, il finit à 22h seul, parfait | threat
Le chef de rayon qui me parle mal, un jour il va glisser dans l'escalier de la réserve, tout seul :noel: | threat
"""


TABLES = (
    (VEILED_HARD, VEILED_NEUTRAL, VEILED_ATTACKS),
    (GAMES_HARD, GAMES_NEUTRAL, GAMES_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (HYPERBOLE_HARD, HYPERBOLE_NEUTRAL, HYPERBOLE_ATTACKS),
    (SELFHARM_HARD, SELFHARM_NEUTRAL, SELFHARM_ATTACKS),
    (RAID_HARD, RAID_NEUTRAL, RAID_ATTACKS),
    (DOXX_HARD, DOXX_NEUTRAL, DOXX_ATTACKS),
    (LEAK_HARD, LEAK_NEUTRAL, LEAK_ATTACKS),
    (PEOPLE_HARD, PEOPLE_NEUTRAL, PEOPLE_ATTACKS),
    (FICTION_HARD, FICTION_NEUTRAL, FICTION_ATTACKS),
    (GROUP_HARD, GROUP_NEUTRAL, GROUP_ATTACKS),
    (FRIENDS_HARD, FRIENDS_NEUTRAL, FRIENDS_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
    (ARGUE_HARD, ARGUE_NEUTRAL, ARGUE_ATTACKS),
    (STREAM_HARD, STREAM_NEUTRAL, STREAM_ATTACKS),
    (SCHOOL_HARD, SCHOOL_NEUTRAL, SCHOOL_ATTACKS),
    (POLITICS_HARD, POLITICS_NEUTRAL, POLITICS_ATTACKS),
    (CRYPTIC_HARD, CRYPTIC_NEUTRAL, CRYPTIC_ATTACKS),
    (MODS_HARD, MODS_NEUTRAL, MODS_ATTACKS),
    (BODY_HARD, BODY_NEUTRAL, BODY_ATTACKS),
    (HACK_HARD, HACK_NEUTRAL, HACK_ATTACKS),
    (STREET_HARD, STREET_NEUTRAL, STREET_ATTACKS),
    (REPLIES_HARD, REPLIES_NEUTRAL, REPLIES_ATTACKS),
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
