"""Generate fr_short_contempt.csv: short French forum posts that hurt without a slur, and twins.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks carry contempt,
condescension, sexual remarks about a specific person, misogynist and incel generalisations,
implicit homophobia and transphobia, ableist contempt and mockery of looks, mostly without a
slur. Harmless lines sit on the same subjects with the same words: civil disagreement, advice,
compliments, respectful talk about dating, sex, bodies, LGBT people and disability, self-mockery,
affectionate teasing and complaints about things. Every line is 5 to 25 words. No extra variants.
See fr_short_contempt.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_contempt.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the attacks' words or
# subjects and attack nobody; neutral lines are ordinary posts on the topic.

# --- Contempt and condescension at the thread starter or another poster -----------------------
CONTEMPT_HARD = """
je suis pas d'accord avec l'op, voila pourquoi : le loyer compte plus que le salaire brut
L'auteur a pas tort sur le fond mais ses chiffres datent de 2015, faudrait les mettre a jour
Je pense que tu te trompes khey, la RAM c'est pas ce qui limite ton pc, c'est le processeur
Respect a l'op pour le topic mais je vois les choses autrement, je t'explique en dessous
Ton raisonnement se tient mais t'oublies les charges, du coup le calcul tombe faux
Personne m'a sonné mais je reponds quand meme parce que le sujet m'interesse :hap:
Je comprends ton avis l'op, moi j'ai vecu l'inverse dans ma boite, donc je nuance
Perso je trouve que t'as mal compris l'article, relis le paragraphe sur les aides, c'est pas si simple
Desole mais je suis pas convaincu, t'as une source pour le chiffre des 40 % ?
L'op pose une vraie question et les reponses sont a cote de la plaque, je reprends
Ma grand-mere comprend mieux les smartphones que moi, elle m'a appris a faire des captures :rire:
Tu devrais reviser ton exemple khey, la bataille de Marignan c'est 1515 pas 1415
Pas d'accord du tout mais au moins l'auteur argumente, ca change des topics a une ligne
J'ai relu trois fois et je vois toujours pas ou tu veux en venir, tu peux reformuler ?
Personne t'a repondu alors je le fais : oui le master vaut le coup si t'as l'alternance
Je pense sincerement que tu te plantes sur ce coup, mais c'est ton argent au final
T'as le droit d'avoir ton avis l'op, j'ai juste une experience differente de la fac
Le topic est pas debile du tout, c'est une vraie question que plein de gens se posent
Bon argument khey, j'avais pas pense a l'assurance dans le calcul, je retire ce que j'ai dit
Je vais etre honnete, ton plan d'entrainement est trop charge pour un debutant, reduis un peu
Ta question est legitime, y a pas de question bete quand tu commences la muscu
l'op a raison sur un point et tort sur l'autre, je detaille en dessous
Retourne sur la page 2 du topic, quelqu'un a deja donne la reponse avec le lien du tuto
Je suis pas expert mais je crois que ta carte mere supporte pas la DDR5 khey
Si t'es en galere pour ton dossier, envoie un mp je peux relire, j'ai fait la meme fac
Desole l'op j'ai ete sec dans ma premiere reponse, t'as pose une vraie question
On peut pas etre d'accord sur tout, mais merci pour le debat c'etait interessant
Ton exemple marche pas pour moi parce que je vis a la campagne, sans voiture t'es mort
J'aurais dit pareil que toi il y a deux ans, puis j'ai change d'avis en bossant dans le social
Les kheys arretez de taper sur l'auteur, il demande juste un conseil pour son premier appart
Moi non plus j'ai pas inventé l'eau tiede, j'ai mis deux ans a comprendre ma fiche de paie
Je suis peut-etre con mais j'ai rien compris a l'exercice 3, quelqu'un peut m'aider ? :hap:
Franchement je suis nul en maths, ma petite soeur de 12 ans m'explique les fractions :rire:
Ton avis compte autant que le mien, on a juste pas les memes priorites dans la vie
J'ai une opinion differente mais je respecte le taf que t'as fait pour ce topic
Je te trouve un peu dur avec l'op, il a 19 ans et il debute, laisse lui le temps
Je crois que tu confonds brut et net, c'est une erreur que tout le monde fait au debut
Bonne analyse l'op, je mettrais juste un bemol sur la partie sur les cryptos
C'est pas une question stupide, moi aussi je savais pas comment declarer mes impots a 20 ans
Je pense que ton avis est biaise parce que t'es parisien, a Lyon c'est different
Tu te trompes de bonne foi je pense, le decret a change en janvier
Je vais me faire des ennemis mais je suis d'accord avec l'auteur, le jeu est surcoté
Merci l'op, topic utile, j'ai appris un truc aujourd'hui sur les contrats d'alternance
Laisse tomber le debat avec lui, vous etes pas d'accord et c'est pas grave
J'entends ton point de vue mais je vote pas pareil, et je vais expliquer pourquoi sans m'enerver
On t'a mal repondu l'op, voila la vraie reponse : faut passer par la CAF directement
Je dis pas que t'es bete, je dis que l'argument est faible, c'est pas pareil
T'es de mauvaise foi la khey :hap: mais bon j'aime bien debattre avec toi
Je reconnais que j'avais tort hier sur le topic, t'avais raison pour le reglement du tournoi
Ecoute je vais pas te convaincre, mais lis au moins l'etude avant de la rejeter
Ton argument tient pas pour moi, les chiffres de l'Insee disent l'inverse sur le chomage des jeunes
C'est mon avis a moi, il vaut ce qu'il vaut, je suis pas economiste
Je suis pas sur que tu aies lu le topic en entier, l'op precise ca au deuxieme message
Je comprends pas ton message, tu peux developper ? c'est pas une attaque, je veux juste comprendre
Mon avis vaut rien sur le sujet, j'y connais rien en voitures, je laisse les experts
Il a pas tort le khey, j'avoue que je m'emballe vite sur les topics politiques
Ok je retire, j'ai parle trop vite, ta methode pour reviser marche mieux que la mienne
"""

CONTEMPT_NEUTRAL = """
Quelqu'un a deja fait une demande de bourse au CROUS apres la date limite ?
Topic serieux : comment vous faites pour vous lever a 6h tous les matins ?
Le debat d'hier soir sur le forum etait long mais plutot correct pour une fois
Je cherche un tuto clair pour monter un pc, vous avez des chaines a conseiller ?
Vous preferez reviser seul ou en groupe pour les partiels ?
Question bete mais on paye combien d'impots avec un job etudiant ?
Les kheys, c'est normal que le bus passe jamais a l'heure dans votre ville aussi ?
Besoin d'avis : je fais une annee de cesure ou j'enchaine direct le master ?
Je reviens de trois mois sans forum, y a eu quoi de neuf ici ?
Topic rétro : quel etait votre jeu prefere sur DS ?
"""

CONTEMPT_ATTACKS = """
l'op t'as pas inventé l'eau tiede toi hein, relis ta question avant de poster | insult
retourne faire tes devoirs de 4eme au lieu de venir polluer le forum le golem | insult exclusion
on t'a sonné ? personne veut ton avis ici khey | insult exclusion
ton avis vaut rien vu ta vie, 28 ans toujours dans la chambre chez maman | insult
meme ma grand-mere comprend mieux l'economie que toi et elle a 94 ans | insult
L'auteur a le QI d'une huitre, je vois pas d'autre explication a ce topic | insult
Mais qui t'a appris a reflechir toi ? demande un remboursement :rire: | insult
T'es la preuve vivante que l'ecole obligatoire ca sert a rien | insult
Pose ton clavier et va jouer dehors le celestin, laisse parler les adultes | insult exclusion
Chaque message de l'op fait baisser le niveau du forum de dix points | insult
T'es tellement a cote de la plaque que ca en devient touchant :hap: | insult
Je vais te l'expliquer lentement vu que visiblement c'est trop dur pour toi | insult
Ta mere t'a fait tomber combien de fois quand t'etais petit ? | insult
Ptdr l'auteur pense vraiment que son avis interesse quelqu'un | insult
Lis avant de parler, ah pardon j'oubliais que tu sais pas lire :noel: | insult
T'as le cerveau en option khey, t'as pris la version sans | insult
Ton message c'est le niveau zero de la pensee, bravo champion | insult
Reviens quand t'auras un diplome, un taf ou une copine, on en reparlera | insult
Y a des gens qui devraient pas avoir acces a internet et t'en fais partie | insult exclusion
Encore un topic de l'autre golem qui sait rien faire de sa vie | insult
Personne ici te prend au serieux l'op, meme pas toi j'espere | insult
On dirait un enfant de 8 ans qui a decouvert la politique hier | insult
T'as vraiment cru que t'allais nous apprendre quelque chose ? retourne dormir | insult
Va demander a ta maman de t'expliquer le topic, elle sera plus patiente que nous | insult
L'op c'est le genre de mec qui se perd dans un couloir | insult
Je lis tes messages et je perds des neurones, arrete de poster stp | insult exclusion
Le jour ou t'auras une idee originale on fera une fete nationale | insult
Tu sers a rien dans ce debat, tu sers a rien en general d'ailleurs | insult
Ton avis est aussi utile que ta presence sur terre khey | insult
L'auteur se croit malin alors qu'il a le niveau d'un bulot | insult
Quel gachis d'oxygene ce mec, serieusement | insult
On t'a deja dit que t'etais lourd ? non ? bah maintenant c'est fait, degage | insult exclusion
Tu devrais te taire plus souvent, ca te donnerait l'air moins bete | insult
T'es le seul a pas avoir compris que tout le monde se fout de ta gueule ici | insult
Les topics de cet auteur c'est une insulte a l'intelligence collective | insult
T'as l'air d'un gamin qui veut jouer dans la cour des grands, retourne au bac a sable | insult exclusion
Comment on peut etre aussi lent a 25 ans ? c'est presque un exploit | insult
Parle pas de choses que tu comprends pas, donc parle pas du tout en fait | insult
Ton cerveau tourne sous Windows 95 khey, mets toi a jour | insult
Lol le mec qui a rate son bac deux fois vient nous expliquer l'economie | insult
Je prefere discuter avec mon grille-pain, il a plus de repartie que toi | insult
Dis moi que t'as jamais parle a une fille sans me dire que t'as jamais parle a une fille | insult
Ton avis on s'en bat les couilles, t'es personne ici | insult exclusion
Je comprends pourquoi tes parents t'ont mis en pension a 12 ans | insult
Meme un singe avec un clavier ecrirait un topic plus intelligent | insult
L'op c'est l'illustration parfaite de l'effet Dunning-Kruger | insult
Vas y continue de parler, t'es notre clown prefere :rire: | insult
T'as la culture generale d'une tartine beurrée | insult
On va pas debattre avec quelqu'un qui a le niveau CM2, ca sert a rien | insult
Ferme la un peu, t'as 14 ans mentalement et ca se voit | insult
Reste dans ta chambre et laisse les gens qui reflechissent parler | insult exclusion
L'auteur a encore craché sa betise, on a l'habitude maintenant :ok: | insult
Tu t'exprimes comme un gamin de primaire, c'est gênant pour toi | insult
Ca se voit que t'as jamais bossé de ta vie, t'y connais rien a rien | insult
A ton age t'as toujours pas compris comment marche une fiche de paie ? pathetique | insult
Les gens comme toi je les bloque direct, aucune valeur ajoutee | insult exclusion
Mdr t'es sérieux avec ce topic ? t'as vraiment rien dans le crane | insult
L'op pense que la Terre tourne autour de lui, et franchement elle fuit | insult
Ta seule reussite dans la vie c'est d'avoir reussi a creer un compte ici | insult
On sait tous que t'as triplé ta seconde, pas besoin de le prouver a chaque message | insult
T'es tellement inutile que meme ton chat t'ignore | insult
Je te reponds par pitie khey, personne d'autre le fera | insult
T'as des arguments ou juste des emojis ? ah oui juste des emojis, normal vu ton niveau | insult
Ton topic pue l'echec, comme ta vie j'imagine | insult
Apres tout ce que t'as ecrit, je comprends mieux pourquoi t'es seul | insult
Toi tu dois etre le boulet de tous tes projets de groupe | insult
Encore lui ? les modos bannissez ce golem pour de bon | insult exclusion
Tu fais honte a tous les gens qui portent ton prenom | insult
Comment tu fais pour respirer et ecrire des betises en meme temps ? impressionnant | insult
Tu dois etre le genre de mec qu'on oublie d'inviter aux anniversaires | insult
Personne t'aime ici, t'as pas compris le message ? | insult exclusion
Cet auteur c'est un sketch ambulant, dommage qu'il le sache pas | insult
T'es juste un rageux qui vit a travers son ecran | insult
Va faire un tour et reviens quand t'auras muri, genre dans dix ans | insult exclusion
Le niveau de l'op me donne envie de fermer internet | insult
T'as raté ta vie et tu viens te venger sur le forum, classique | insult
Un cerveau comme le tien, on devrait le mettre au musee, rubrique vide | insult
Ton pseudo dit tout de toi : ridicule et sans interet | insult
Regardez le khey qui se prend pour un philosophe avec son bac pro raté :rire: | insult
J'ai vu des cailloux plus vifs que toi | insult
Tu parles beaucoup pour quelqu'un qui sait rien faire | insult
L'op a encore perdu une occasion de se taire | insult
Continue de parler tout seul dans ton coin, ca te va bien | insult exclusion
Quand t'ouvres la bouche on entend le vent souffler | insult
On dirait que t'as appris a ecrire sur des paquets de chips | insult
Arrete de faire le malin, t'es qu'un stagiaire qu'on garde par charite | insult
Tu crois que quelqu'un lit tes pavés ? personne, meme pas ta mere | insult
Ton niveau de reflexion m'impressionne, dans le mauvais sens | insult
Laissez le khey parler, c'est divertissant de voir quelqu'un d'aussi perdu :noel: | insult
Tu ferais mieux d'apprendre a conjuguer avant de donner des lecons | insult
Tout le monde a compris sauf toi, comme d'hab | insult
L'auteur doit avoir un poisson rouge comme conseiller d'orientation | insult
Le genre de type qui lit un titre et croit avoir lu l'article, pathetique | insult
Mec t'es a la ramasse sur tout, meme ton pseudo est mal ecrit | insult
T'es trop bete pour etre vexé, c'est ta seule chance | insult
Dégage de ce topic, t'as rien a faire avec des gens qui reflechissent | insult exclusion
T'es le seul humain capable de rater une recette de pates | insult
Ton cerveau c'est une piece vide avec l'echo dedans | insult
Pauvre petit khey qui croit avoir tout compris a la vie a 19 ans, c'est mignon | insult
Quand on a ton niveau on pose pas de question, on ecoute | insult
T'as vraiment un talent rare pour dire des conneries avec assurance | insult
Retourne sur ton serveur Minecraft, le monde reel c'est pas pour toi | insult exclusion
"""

# --- Sexual remarks about a specific person vs compliments and respectful talk -----------------
SEXUAL_HARD = """
Lyssandra_TV a fait un super stream hier, sa partie sur Elden Ring etait folle
Je trouve Maelyss vraiment jolie sur sa derniere video, et en plus elle est drole
La fille de la photo a un style de ouf, quelqu'un sait d'ou vient sa veste ?
Ma copine m'a offert une montre pour nos deux ans, je suis trop content les kheys
Il y a une fille dans ma classe que je trouve mignonne, comment je l'invite a boire un cafe ?
Ta soeur est trop sympa, elle m'a aidé pour mon CV la semaine derniere, remercie la
La streameuse Jadelune est une des meilleures sur Valorant, son aim est incroyable
Je complimente ma copine tous les jours, elle dit que je suis lourd mais elle sourit :hap:
J'ai croisé une fille super belle dans le train, j'ai pas osé lui parler, je regrette
Ma meuf a coupé ses cheveux courts, ca lui va trop bien, elle etait stressée pour rien
Comment dire a une collegue qu'on la trouve jolie sans etre lourd ? serieux je demande
La fille du TD de compta m'a souri ce matin, ca veut dire quelque chose ou je m'emballe ?
Elle est belle dans sa robe de mariage ma cousine, les photos sont magnifiques
Les kheys, ma copine veut qu'on parle de sexe plus ouvertement, comment je commence ?
On a couché ensemble pour la premiere fois hier avec ma copine, c'etait doux et un peu maladroit
C'est normal d'avoir moins envie de sexe pendant les partiels ? ma copine et moi on est crevés
Le consentement c'est pas compliqué : si elle dit pas oui clairement, c'est non
Nanouk en cosplay c'est du travail de fou, trois mois de couture pour ce costume
Ma soeur poste des photos de rando sur Insta et elle a plein de commentaires lourds, ca me saoule
Je trouve ca degueulasse les commentaires sous les videos de Maelyss, elle parle de jeux, foutez lui la paix
La fille sur la photo est magnifique et je le dis avec respect, son sourire est contagieux
Ma copine a des formes et je l'aime comme ca, elle complexe pour rien
Dites a vos potes d'arreter de commenter le corps des streameuses, c'est gênant pour tout le monde
J'ai demandé a une fille de mon cours si elle voulait sortir, elle a dit non, tant pis je passe a autre chose
C'est quoi un premier rendez-vous reussi pour vous ? moi je dirais un resto pas trop cher et une balade
On a parlé de nos fantasmes avec ma copine, c'etait bizarre au debut puis ca nous a rapproché
Mon ex m'a dit que j'etais pas doué au lit, depuis je complexe, des conseils ?
Faut arreter d'envoyer des photos de vos parties a des filles qui ont rien demandé, c'est du harcelement
La bombasse de l'affiche du film c'est une actrice que j'adore, elle joue super bien
Sa tenue de cosplay est sexy mais c'est son choix, ca donne a personne le droit de la toucher
Elle a un charme fou cette chanteuse, et sa voix en live c'est encore mieux
J'ai envie de ma copine tout le temps, c'est normal apres trois mois ou je suis un obsédé ? :rire:
Mon pote a dit un truc degueu sur la soeur d'un autre, je l'ai recadré direct
Une fille a le droit de poster une photo en maillot sans recevoir 200 mp de forceurs
Si vous trouvez une streameuse jolie, dites le une fois poliment, pas besoin d'en rajouter
Elle m'a envoyé une photo d'elle en pyjama avec son chat, on est trop mignons je crois
La prof d'anglais est jeune et tout le monde en parle, moi je la trouve surtout tres pedagogue
Je parle de sexe avec mes potes et on rigole, mais jamais sur une fille precise, c'est la limite
Ma copine dit que j'embrasse mal :rire: elle m'apprend, on progresse ensemble
Les photos de ta copine au ski sont belles, vous avez eu un temps de ouf
Qui a vu le dernier stream de Lyssandra_TV ? elle a battu le boss final en no hit
Tu l'as rencontrée comment ta copine ? moi je galere sur les applis
La fille du bus me plait bien, je lui parle demain, souhaitez moi bonne chance
Y a t il des kheys qui ont deja fait du sexe sans penetration ? c'est aussi bien je trouve
Premiere fois que je vois une fille nue en vrai, j'etais plus stressé qu'elle :rire:
Ma soeur est en couple avec un gars super respectueux, je suis content pour elle
"""

SEXUAL_NEUTRAL = """
Vous utilisez quelle appli de rencontre en ce moment, ca vaut encore le coup ?
Premier date samedi, je l'emmene au cinema ou au bowling ?
Ma copine et moi on fete nos un an, une idee de cadeau pas trop cher ?
Quel streamer vous regardez le soir pour vous endormir ?
Les relations a distance ca marche vraiment ? je vais partir en Erasmus
Comment vous gerez la jalousie dans le couple les kheys ?
Mon premier bisou c'etait a 17 ans, j'etais en retard ou pas ?
C'est quoi votre pire rencard ? le mien a fini aux urgences pour une allergie
"""

SEXUAL_ATTACKS = """
Lyssandra_TV elle fait des streams juste pour montrer ses seins, on sait tous ce qu'elle vaut | sexual_harassment insult
Maelyss avec son decolleté je lui ferais bien autre chose qu'un follow :noel: | sexual_harassment
La fille de la photo elle a une bouche faite pour autre chose que parler | sexual_harassment
Ta soeur elle est dispo ? parce qu'elle me regarde bizarre sur ses photos | sexual_harassment
Ta copine sur la photo, elle a l'air facile, tu la pretes ? :hap: | sexual_harassment insult
La fille de ma classe elle met des jupes courtes, elle demande qu'a ca | sexual_harassment
Jadelune tu joues bien mais on te regarde pas pour ton aim hein | sexual_harassment
La meuf du TD elle se baisse toujours devant moi, elle sait tres bien ce qu'elle fait | sexual_harassment
Nanouk en cosplay elle cherche clairement a exciter les mecs, faut pas qu'elle se plaigne apres | sexual_harassment
L'op poste sa copine en maillot et s'etonne qu'on commente ? assume khey, elle est bonne | sexual_harassment
La streameuse qui pleure pour des mp sales, elle a qu'a pas se filmer en brassiere | sexual_harassment insult
Ta soeur en photo de profil, je vais l'ajouter et lui montrer ce que c'est un vrai homme | sexual_harassment threat
La prof d'anglais elle a des fesses, je comprends rien au cours tellement je mate :noel: | sexual_harassment
Je parie que la fille de la photo fait n'importe quoi en soiree, ca se voit a sa tete | sexual_harassment insult
Maelyss si tu lis ca envoie des photos, on sait que t'aimes l'attention | sexual_harassment
La collegue de l'op, elle s'habille comme ca pour le patron, pas pour le boulot | sexual_harassment insult
Lyssandra_TV elle a couché pour avoir son partenariat, c'est evident | sexual_harassment insult
Elle est mignonne la copine de l'auteur, dommage qu'elle soit avec lui, je la prendrais bien | sexual_harassment
La fille dans le bus t'as qu'a la suivre jusqu'a chez elle, elles aiment ca en vrai | sexual_harassment threat
Sa jupe elle la met pour qu'on la touche, faut pas etre naif | sexual_harassment
Ta cousine sur la photo du mariage, elle a des atouts, elle a quel age ? | sexual_harassment
Jadelune elle gagne sa vie grace a sa poitrine, son gameplay est nul | sexual_harassment insult
Les photos de ta copine au ski, elle serait mieux sans la combi :noel: | sexual_harassment
La fille de mon lycee elle se croit belle, elle merite qu'on lui rappelle a quoi elle sert | sexual_harassment insult
Ta soeur elle doit en avoir vu passer des mecs vu comment elle sourit | sexual_harassment insult
La serveuse du bar etait trop bonne, je lui ai glissé mon numero avec une main aux fesses :rire: | sexual_harassment
Nanouk elle a tellement l'air d'aimer ca qu'on devrait lui en donner plus | sexual_harassment
Maelyss tu ferais plus de vues avec moins de vetements, conseil d'ami | sexual_harassment
L'actrice de l'affiche elle a obtenu son role a genoux, faut pas rever | sexual_harassment insult
La fille de la photo je lui mets une note : 6 pour le visage, 9 pour le reste | sexual_harassment body_shaming
La stagiaire elle est la pour la deco et pour detendre l'equipe :noel: | sexual_harassment insult
La copine de l'op elle a des cuisses, elle doit bien se laisser faire | sexual_harassment
Lyssandra_TV on va tous lui envoyer nos photos, elle adore ca vu sa tenue | sexual_harassment
Elle dit non mais elle pense oui la fille de ton cours, insiste khey | sexual_harassment
Ta meuf elle a accepté le premier soir ? alors c'est une fille facile, oublie la | sexual_harassment insult
La voisine bronze dans son jardin, j'ai une vue parfaite depuis ma fenetre et j'en profite | sexual_harassment
J'ai des photos de mon ex nue, je les mets ou pour qu'elle regrette ? | sexual_harassment doxxing
Ta soeur en short a la plage, elle cherche clairement un mec, je me propose | sexual_harassment
La cosplayeuse elle etait tellement sexy que je l'ai prise en photo sous la jupe | sexual_harassment
Jadelune fais un stream en bikini et arrete de nous saouler avec tes classements | sexual_harassment
La fille qui fait de la muscu a ma salle, elle fait ses squats devant moi exprès, elle cherche | sexual_harassment
La prof de maths devrait porter des tenues plus moulantes, ca motiverait la classe | sexual_harassment
La chanteuse elle a un charme fou, surtout quand elle se penche sur scene :noel: | sexual_harassment
Je vais lui envoyer une photo de mon engin a la fille de l'appli, elle va adorer | sexual_harassment
Mon ex a une bouche de ouf, dommage qu'elle s'en serve pour parler | sexual_harassment insult
Maelyss c'est clairement une fille qui se vend, regardez juste sa miniature | sexual_harassment insult
La copine de l'auteur elle a l'air fatiguée, il l'a usée comme il faut :noel: | sexual_harassment
La meuf qui a posté son selfie sur le forum, tu veux vraiment qu'on note ? je la note au lit | sexual_harassment
Nanouk si un jour tu passes dans ma ville je te fais visiter ma chambre | sexual_harassment
La fille de mon stage, je la fixe toute la journee jusqu'a ce qu'elle rougisse | sexual_harassment
T'inquiete l'op, ta copine me parle en mp, elle trouve que j'ai plus d'experience que toi | sexual_harassment insult
La soeur de mon pote a 16 ans et elle fait deja femme, je dis ca je dis rien | sexual_harassment
Lyssandra_TV on connait tous son vrai metier, elle fait semblant de jouer | sexual_harassment insult
Les photos de la meuf du TD sont publiques, je les ai toutes enregistrées dans un dossier | sexual_harassment
Ma voisine porte des leggings, c'est pas ma faute si je la fixe dans l'escalier | sexual_harassment
La nouvelle de la compta je vais la coincer a la pause clope, elle me plait | sexual_harassment threat
La copine de l'op a l'air de donner son numero a tout le monde | sexual_harassment insult
Ta soeur devrait faire OnlyFans, elle a le physique pour | sexual_harassment
La streameuse avec les oreilles de chat, elle veut qu'on la caresse ou quoi :noel: | sexual_harassment
La fille sur la photo elle a du vivre des choses, regarde son regard | sexual_harassment insult
Mets une photo d'elle de dos l'op, on jugera mieux | sexual_harassment
Elle dit qu'elle est en couple la fille du club de danse, bah personne est parfait, je tente quand meme ce soir chez elle | sexual_harassment
"""

# --- Looks, weight, height, acne, baldness: mockery vs self-mockery and advice -----------------
BODY_HARD = """
J'ai pris 15 kilos pendant le confinement, je m'y remets doucement, des conseils de sport ?
Je suis chauve a 24 ans et honnetement je m'en fous, la tondeuse c'est la liberté :rire:
Je fais 1m62 et les applis de rencontre c'est dur, mais j'ai fini par trouver quelqu'un
Mon acne m'a pourri l'adolescence, l'isotretinoine m'a sauvé, parlez en a un dermato
Je suis gros et j'ai enfin trouvé un jean a ma taille qui me va bien, petite victoire
Moi avec mes 48 kilos je ressemble a un porte-manteau quand je mets un costume :hap:
Le surpoids c'est souvent plus complexe que manger moins, y a les hormones, le sommeil, le stress
Je perds mes cheveux, minoxidil ou j'accepte ? vos retours d'experience svp
T'es pas moche khey, t'as juste une coupe qui te met pas en valeur, va chez un vrai barbier
J'ai une tete de poisson sur mes photos d'identite, heureusement personne les regarde :rire:
Mon pote est grand et maigre, on l'appelle la girafe depuis le college et il adore ce surnom
Perdre 30 kilos m'a pris deux ans, soyez patients les kheys, ca vaut le coup
Le corps de l'op sur sa photo de progression a vraiment changé, bravo pour le boulot
Je suis petit et j'ai longtemps complexé, maintenant je fais de l'escalade et c'est un avantage
J'ai des boutons a 26 ans, c'est normal ou je dois voir quelqu'un ?
Etre gros et faire du sport en salle c'est intimidant, mais personne me regarde en vrai
Mes potes me charrient sur ma calvitie et je les charrie sur leurs bides, on s'aime :hap:
Ton avant-apres est impressionnant, t'as l'air en meilleure forme et plus souriant
Conseil pour la peau : nettoyant doux, creme hydratante, creme solaire, et pas toucher ses boutons
Je me trouvais moche ado, aujourd'hui je me trouve normal, et c'est deja beaucoup
J'ai un gros nez et j'ai arreté de le cacher sur les photos, c'est ma tete apres tout
Les gens de petite taille ont pas a justifier leur taille, c'est pas un defaut
Mon corps a changé apres ma blessure, j'apprends a l'aimer comme il est maintenant
Le gras c'est pas de la paresse, moi j'ai un traitement qui fait grossir
Je ressemble a une patate en jogging mais je suis heureux, c'est ce qui compte :rire:
Vous pensez qu'une greffe de cheveux en Turquie c'est safe ? j'hesite depuis un an
Ma copine m'aime avec mes poignees d'amour, elle dit que c'est confortable :hap:
Arretez de dire aux gens maigres de manger plus, c'est aussi lourd que l'inverse
Ma mere commente toujours mon poids a Noel, comment je lui dis d'arreter gentiment ?
On est tous moches sur les photos de groupe prises d'en bas, c'est la loi
J'ai une cicatrice sur la joue depuis un accident, on me pose souvent la question, ca me derange pas
Un khey m'a dit que j'avais une tete de Playmobil, c'est mon meilleur pote, j'ai ri :rire:
Mes dents sont de travers et j'ai pas les moyens d'un appareil, vous avez des pistes ?
Je complexe sur mes vergetures apres avoir perdu du poids, c'est normal ?
Le bodypositive ca m'a aidé a arreter de me detester devant le miroir
T'as un super sourire sur ta photo l'op, t'inquiete pas pour ton acne, ca se voit a peine
Ma calvitie m'a forcé a trouver un style, barbe plus crane rasé, et j'ai jamais eu autant de compliments
Faire 2m c'est pas que du bonheur, les avions c'est une torture :hap:
Je suis obese et mon medecin m'a enfin pris au serieux, on a un plan
Les commentaires sur le physique des gens, je trouve ca nul, meme pour rire
"""

BODY_NEUTRAL = """
Vous allez a la salle le matin ou le soir ?
Quelle creme solaire vous utilisez pour le visage les kheys ?
Programme full body trois fois par semaine, ca suffit pour un debutant ?
C'est quoi votre coupe de cheveux actuelle ? je veux changer
Vous faites combien de pas par jour en moyenne ?
Premier mois de regime, moins trois kilos, je suis motivé
"""

BODY_ATTACKS = """
T'as vu la tete de l'op sur sa photo ? on dirait une pizza avec tous ses boutons | body_shaming insult
Un gros comme toi qui donne des conseils de sport, c'est comme un poisson qui donne des cours de velo | body_shaming insult
Chauve a 24 ans, t'as deja perdu la partie khey, abandonne les meufs | body_shaming insult
1m62 et il veut une copine :rire: monte sur un tabouret d'abord | body_shaming insult
Avec ta gueule moi j'eviterais de poster des photos, par respect pour nous | body_shaming insult
Mange moins et arrete de pleurer sur le forum, gros lard | body_shaming insult
L'op on dirait un squelette qui a mis des vetements, mange un truc | body_shaming insult
Ton avant-apres c'est avant moche, apres moche mais plus maigre | body_shaming insult
Ta copine doit vraiment t'aimer pour supporter ta calvitie et ton bide | body_shaming insult
T'as un nez tellement gros qu'il a son propre code postal | body_shaming insult
Ton visage c'est un champ de mines, soigne ton acne avant de nous parler | body_shaming insult
Avec ta taille tu dois parler aux genoux des filles :noel: | body_shaming insult
Les gros devraient payer deux places dans l'avion et deux places sur le forum | body_shaming insult
Quand tu passes devant le micro-ondes il fait une pause tellement t'es massif | body_shaming insult
Ta photo de profil m'a coupé l'appetit, merci pour le regime | body_shaming insult
La meuf de l'op est grosse, il a pris ce qu'il pouvait :hap: | body_shaming insult
Ton crane brille plus que ton avenir | body_shaming insult
Un mec de 1m60 c'est pas un homme, c'est un porte-clé | body_shaming insult
Tes dents partent dans tous les sens comme tes arguments | body_shaming insult
Franchement t'es tellement moche que meme ta mere doit hesiter a poster des photos de toi | body_shaming insult
Si j'avais ton physique je sortirais plus de chez moi | body_shaming insult
T'as le corps d'une flaque, reste assis | body_shaming insult
Ta soeur est grosse, c'est pour ca qu'elle poste que des selfies en gros plan | body_shaming insult
La streameuse a pris du poids, elle devrait couper la webcam par charité | body_shaming insult
Avec ton acne t'as la tronche d'un plat de lentilles | body_shaming insult
Tu fais 140 kilos et tu parles de discipline ? je m'etouffe de rire | body_shaming insult
Les filles grosses qui se trouvent belles, c'est le bodypositive qui leur a menti | body_shaming insult
Ta copine elle a des cuisses de rugbyman, t'as pas honte de sortir avec elle ? | body_shaming insult
Le petit gros du fond de la classe, faut lui interdire la cantine | body_shaming insult exclusion
Ton bide arrive dans la piece dix secondes avant toi | body_shaming insult
Tes vergetures on dirait une carte routiere, cache ca | body_shaming insult
Calvitie, lunettes et 1m65, la genetique t'a vraiment pas fait de cadeau | body_shaming insult
Moche comme tu es, arrete de chercher l'amour et achete un chat | body_shaming insult
Avec ta tete de Playmobil t'as pas le droit de critiquer qui que ce soit | body_shaming insult
Ton cou est aussi epais que ta cuisse, c'est deja une performance | body_shaming insult
Quand je vois ta photo je comprends pourquoi tu traines sur les forums a 2h du mat | body_shaming insult
La meuf sur la photo a un visage de cheval, c'est pas ma faute c'est la verite | body_shaming insult
Va a la salle avant de parler, gros tas | body_shaming insult
La caissiere de mon Lidl est tellement grosse qu'elle bloque le passage, degueu | body_shaming insult
T'es tellement maigre que quand tu te tournes de profil tu disparais | body_shaming insult
Le cousin de l'op on dirait un troll de jeu video avec ses oreilles | body_shaming insult
Ta gueule de cratere lunaire me donne envie de vomir | body_shaming insult
Les petits mecs comme toi compensent avec leur grande gueule | body_shaming insult
Ton front est si large qu'on pourrait y projeter un film | body_shaming insult
T'as vu la tronche de la fille qui a posté ? elle devrait porter un masque meme hors covid | body_shaming insult
Les gros ils puent la transpiration et la flemme, pas etonnant qu'ils soient seuls | body_shaming insult
Ton double menton a un double menton khey | body_shaming insult
Quand t'as une tete pareille, tu restes derriere l'appareil photo | body_shaming insult
Cette influenceuse sans maquillage c'est un crime contre les yeux | body_shaming insult
Avec tes trois cheveux sur le caillou tu fais pitié | body_shaming insult
Le gars a un physique de frigo americain et il se demande pourquoi personne l'aime | body_shaming insult
Ma collegue est tellement grosse que la chaise pleure quand elle s'assoit | body_shaming insult
Sa peau c'est du papier de verre, meme le dermato a abandonné | body_shaming insult
Le physique de l'auteur explique tout sur sa vie sociale | body_shaming insult
Tes bras c'est des spaghettis pas cuits, reviens quand tu souleveras plus que ta fourchette | body_shaming insult
Vu tes dents jaunes, j'espere que tu souris jamais | body_shaming insult
Une fille avec du poil aux bras comme ca elle devrait rester chez elle | body_shaming insult
Clarisse Vantour a grossi, elle devrait arreter les photos en maillot, personne veut voir ca | body_shaming insult
Avec ton corps de lamantin, tu devrais eviter la plage cet ete | body_shaming insult
Ton menton fuyant il a fui avec ta confiance en toi | body_shaming insult
La meuf de l'op fait deux tetes de plus que lui, on dirait une mere et son fils | body_shaming insult
Les roux avec des taches partout, je peux pas les regarder en face | body_shaming insult
Cache tes jambes, personne veut voir tes varices en short | body_shaming insult
"""

# --- Women, dating, misogynist and incel generalisations ---------------------------------------
WOMEN_HARD = """
Les femmes gagnent encore moins que les hommes a poste egal, c'est documenté
Je me suis fait recaler trois fois ce mois-ci, c'est dur mais elles me doivent rien
Les applis de rencontre c'est dur pour les mecs moyens, mais c'est pas la faute des femmes
Ma copine gagne plus que moi et franchement ca me derange pas, on partage
Une femme ca se respecte, point, que ce soit ta copine ou une inconnue
Elles vont toutes vers le plus riche ? ma copine m'a rencontré quand j'etais au RSA :rire:
Le discours incel sur les femelles et les chads, ca me fait de la peine pour ceux qui y croient
Je suis celibataire depuis quatre ans et j'en veux a personne, je bosse sur moi
Ma mere a elevé trois enfants seule en bossant de nuit, respect eternel
Les femmes ont le droit de dire non, meme apres trois verres payés
C'est quoi le probleme avec le feminisme ? je pose la question sans troll, je veux comprendre
Je suis pas d'accord avec toutes les feministes mais l'egalité salariale c'est la base
Ma soeur est ingenieure dans le nucleaire, elle bosse mieux que la moitie de ses collegues
Les filles de ma promo en info sont aussi fortes que les mecs, parfois plus
Les femmes qui choisissent de rester au foyer c'est leur choix, comme celles qui bossent
J'ai compris que j'etais lourd avec les filles, j'ai changé et ca va beaucoup mieux
Le mythe du mec gentil que les filles ignorent, c'est souvent un mec qui attend une recompense
Mon ex m'a quitté pour un gars plus riche, ca fait mal mais je generalise pas a toutes
On dit qu'une femme ca se dresse ? c'est le genre de phrase qui me fait fuir un topic
Les meufs du club de foot feminin de ma ville jouent mieux que l'equipe des mecs :rire:
Je me sens seul et j'ai tendance a devenir amer, comment vous faites pour pas tomber dans le black pill ?
La charge mentale c'est reel, depuis que je vis en coloc je comprends ma mere
Les femmes sont pas toutes pareilles, les hommes non plus, merci de revenir au cas par cas
C'est normal que ma copine veuille garder son nom apres le mariage ? ca me va mais je demande
Les filles sur Tinder recoivent des centaines de messages, le mien doit sortir du lot, des idees ?
Je trouve que les pubs parfum montrent toujours les femmes pareil, c'est lassant
Les hommes aussi subissent des pressions, on peut en parler sans taper sur les femmes
Ma copine conduit mieux que moi, je l'avoue publiquement, elle va etre contente :hap:
Etre rejeté par une fille ca fait mal, mais c'est pas une raison pour la traiter de tous les noms
Les mecs, on se dit les choses : une fille qui vous repond pas, c'est un non, on passe
J'ai lu un article sur les communautés incels, ca fait peur ce qu'ils ecrivent sur les femmes
Ma grand-mere a eu le droit de vote a 20 ans, c'etait pas si loin
Je galere en seduction, j'ai 23 ans jamais eu de copine, vous avez des conseils sains ?
La parité en politique ca avance, il reste du boulot dans les conseils d'administration
Ma meuf me dit que je suis nul en cuisine, elle a raison, elle me donne des cours
Les femmes font autant de jeux video que les hommes, selon les chiffres du secteur
Une fille qui fait la premiere demarche c'est super, j'aimerais que ca arrive plus souvent
J'ai arreté de regarder les videos de coachs en seduction, c'etait toxique pour ma tete
Ma sœur a été harcelée dans la rue en rentrant du boulot, ca me rend fou
Je respecte les femmes qui bossent dans le BTP, c'est un milieu dur pour elles
"""

WOMEN_NEUTRAL = """
Vous avez rencontré votre copine ou copain comment ?
C'est quoi le meilleur moyen de rencontrer des gens apres la fac ?
Vous payez l'addition au premier rendez-vous ou vous partagez ?
Combien de temps vous attendez avant de presenter quelqu'un a vos parents ?
Une idee de sortie pour un deuxieme rencard en hiver ?
"""

WOMEN_ATTACKS = """
Les femelles vont toutes vers le plus riche, le reste c'est du decor | identity_hate
Une femme ca se dresse khey, sinon elle te marche dessus | identity_hate
Elles vont toutes vers le chad, nous on sert de distributeur de billets | identity_hate
Les femmes ont pas d'ame, elles suivent juste le mec qui a le plus de statut | identity_hate
Les meufs c'est toutes des opportunistes, la seule difference c'est le prix | identity_hate
Une femme qui bosse c'est une femme qui s'occupe pas de sa maison, c'est contre-nature | identity_hate
Les filles de 25 ans sont deja perimées, faut viser 18 ans maximum | identity_hate
Les femelles modernes ont trop de droits, c'etait mieux quand elles fermaient leur gueule | identity_hate
Les femmes au volant, la preuve qu'on aurait jamais du leur donner le permis | identity_hate
Une femme ca vaut rien apres 30 ans, c'est la nature | identity_hate
Les meufs veulent l'egalité sauf quand il faut payer l'addition, hypocrites | identity_hate
Toutes les femmes mentent sur leur nombre de partenaires, divise rien, multiplie par trois | identity_hate
Les feministes c'est des frustrées que personne veut toucher | identity_hate insult
Une femme dans un jeu competitif c'est juste une distraction pour l'equipe | identity_hate exclusion
Les femmes devraient pas voter, elles votent avec leurs emotions | identity_hate exclusion
Les filles qui font des etudes longues finissent seules avec leurs chats et c'est bien fait | identity_hate
La place d'une femme c'est a la maison, pas au conseil d'administration | identity_hate exclusion
Si une fille dit non c'est qu'elle veut que tu insistes, c'est la base de la psychologie feminine | identity_hate sexual_harassment
Les meufs c'est comme les voitures, tu les prends neuves et tu les changes a 30 ans | identity_hate
Les femelles reconnaissent que la force, sois gentil et t'es mort | identity_hate
Une femme qui a eu plus de trois mecs, c'est de la marchandise usagée | identity_hate
Elles pleurent le harcelement mais elles s'habillent comme ca, faut etre logique | identity_hate sexual_harassment
Les femmes c'est des enfants dans des corps d'adultes, faut les cadrer | identity_hate
Ma copine m'a quitté, comme toutes les meufs elle avait pas de coeur | identity_hate
Le cerveau feminin est pas fait pour les maths, desolé c'est la biologie | identity_hate
Les ingenieures c'est des quotas, elles ont pris la place d'un mec competent | identity_hate
Les meufs sur Tinder sont des princesses qui meritent rien du tout | identity_hate
Toutes des vénales, a la fin elles choisissent la voiture et pas le mec | identity_hate
Une femme ca doit obeir a son mari, le reste c'est de la propagande | identity_hate
Les femmes sont responsables de la solitude des hommes, elles nous ont volé nos copines | identity_hate
Les filles de ma promo en info ont eu leur stage grace a leur sourire, pas a leur code | identity_hate
Les femelles c'est du betail, tu choisis la plus docile | identity_hate
Les femmes qui pleurent sur le patriarcat, un bon mari et elles arreteraient direct | identity_hate
Une femme sans enfant a 35 ans c'est une vie ratée, point | identity_hate
Les mecs gentils finissent seuls parce que les femmes aiment qu'on les maltraite | identity_hate
Faut arreter de laisser les femmes commenter le foot, elles y comprennent rien | identity_hate exclusion
Les filles qui jouent aux jeux video le font que pour l'attention des mecs | identity_hate
Les femmes devraient etre reconnaissantes qu'on les laisse bosser | identity_hate
Si les femmes etaient vraiment egales, il y aurait des grandes inventrices, cherche pas | identity_hate
Les femmes flics c'est un danger public, elles paniquent a la moindre bagarre | identity_hate
Une meuf qui gagne plus que toi va te mepriser, toutes les femmes sont comme ca | identity_hate
Les femmes modernes ont detruit la famille avec leur independance | identity_hate
Les meufs qui font du sport de combat c'est des hommes ratés | identity_hate
Les femmes pensent qu'avec leur vagin, faut pas leur demander de reflechir | identity_hate sexual_harassment
Les hommes construisent, les femmes consomment, c'est comme ca depuis toujours | identity_hate
Le jour ou une femme fera un truc utile pour l'humanité, previens moi | identity_hate
Toutes des traitresses, elles te quittent des que tu perds ton taf | identity_hate
Une femme qui dit qu'elle aime les jeux video, c'est une menteuse qui veut des vues | identity_hate
Les filles se maquillent pour tromper les mecs, c'est de la fraude | identity_hate
Les femmes ont besoin d'un homme pour les guider, elles le savent au fond | identity_hate
Ma soeur a pas besoin de faire des etudes, elle trouvera un mari | identity_hate
L'egalité hommes femmes c'est un mensonge, les femmes sont inferieures sur tout sauf pleurer | identity_hate
Les femmes sont toutes les memes, hypergames et sans loyauté | identity_hate
Les femmes en politique c'est toujours de l'hysterie, regardez Mme Haudricourt | identity_hate insult
Les femelles de la fac se croient superieures alors qu'elles sont juste jolies | identity_hate
Une femme qui refuse un mec gentil merite de finir seule, c'est le karma | identity_hate
Les meufs rousses, brunes, blondes, toutes les memes quand t'as pas de fric | identity_hate
Les femmes arbitres ca devrait etre interdit en Ligue 1 | identity_hate exclusion
Le feminisme c'est juste des femmes qui veulent tous les privileges sans les devoirs | identity_hate
Une femme de plus de 30 ans sur une appli c'est un mur qui a besoin d'un pigeon | identity_hate
"""

# --- Homosexuality, trans people: implicit homophobia and transphobia vs own life and questions -
LGBT_HARD = """
J'ai fait mon coming out a mes parents hier, ma mere a pleuré puis elle m'a pris dans ses bras
Je suis gay et je joue au foot en club, personne a jamais fait de remarque, ca fait du bien
Question sincere : c'est quoi la difference entre transgenre et non-binaire ? je veux pas dire de betise
Je suis une femme trans, ca fait deux ans que j'ai commencé mon traitement, je me sens enfin moi
Mon pote est bi et il m'a expliqué que c'etait pas une phase, j'ai appris un truc
On m'a dit que l'homosexualité c'etait contre-nature, mais y en a chez 1500 especes animales
Un mec en robe reste un mec ? ben s'il est un mec cis qui aime les robes, oui, et alors :hap:
Faut les soigner ? non, l'OMS a retiré l'homosexualité des maladies en 1990
Ma soeur a une copine depuis trois ans, elles viennent a tous les repas de famille, trop mignonnes
Je suis lesbienne et mes collegues me demandent toujours qui fait l'homme, c'est lassant
Comment soutenir un ami qui vient de faire son coming out trans ? je veux bien faire
Mon fils de 15 ans m'a dit qu'il etait gay, je l'aime pareil, j'ai juste peur pour lui au lycee
Je suis hetero et je vais a la marche des fiertés avec ma meilleure amie chaque annee
C'est quoi le bon pronom pour parler d'une personne non-binaire ? iel ?
J'ai mis du temps a comprendre que j'etais bi, j'ai 24 ans et je commence a l'assumer
Les therapies de conversion sont interdites en France depuis 2022 et c'est tant mieux
Ma cousine est en transition, je me trompe encore de prenom parfois, elle est patiente avec moi
Je suis gay et je suis de droite, ca surprend souvent les gens :rire:
Le mariage pour tous c'etait en 2013, et depuis le ciel nous est pas tombé sur la tete
Les hommes trans qui font de la muscu sur YouTube m'ont beaucoup aidé pour ma propre transition
Mon coloc est gay et c'est le meilleur coloc que j'ai eu, toujours la vaisselle faite
Je suis pas a l'aise avec les PDA de personne, hetero ou gay, c'est juste moi
Il y a encore des pays ou etre homo est puni de mort, c'est glaçant
Je suis asexuelle et non, je suis pas juste tombée sur la mauvaise personne
Mon pere a dit un truc homophobe a table, je l'ai repris calmement, il a fini par s'excuser
Un mec qui se maquille c'est pas forcement gay et meme s'il l'est, ca change quoi ?
Je me suis fait traiter de pede au lycee parce que je faisais de la danse, aujourd'hui je suis prof de danse
J'ai une question pour les kheys trans : l'attente pour les hormones c'est combien de temps en France ?
Les drag queens c'est du spectacle, ca a rien a voir avec etre trans, c'est souvent confondu
Mon pote est en couple avec un mec depuis cinq ans, ils vont adopter, je serai parrain
Je comprends pas grand chose aux questions de genre mais j'essaie d'ecouter sans juger
Etre gay dans un petit village c'est pas simple, je suis parti a Lyon pour respirer
Ma meilleure amie est une femme trans et c'est la personne la plus forte que je connaisse
Je suis croyant et j'ai un frere gay, pour moi l'amour passe avant le reste
C'est normal de se poser des questions sur sa sexualite a 19 ans ? je me sens perdu
Le sport feminin et les athletes trans, c'est un vrai debat, les federations font des regles au cas par cas
Mon grand-pere de 80 ans a demandé le prenom du copain de mon frere, on a tous pleuré
Faire son coming out au boulot ou pas ? je suis dans le BTP et j'hesite
Le drapeau arc-en-ciel au fronton de la mairie, moi ca me choque pas du tout
Je suis un homme trans et je suis devenu papa, oui c'est possible, et c'est trop beau
Il y a plein de personnes LGBT dans le milieu du jeu video, c'est cool de les voir streamer
Je suis gay et je trouve les blagues sur les gays droles quand c'est mes potes qui les font, c'est le contexte
"""

LGBT_NEUTRAL = """
La marche des fiertés c'est quelle date a Paris cette annee ?
Vous connaissez des assos d'ecoute pour les jeunes LGBT en region ?
Un bon film sur le coming out a conseiller ? j'ai deja vu Love Simon
Quel bar sympa a Lille pour sortir entre potes, gays et hetero melangés ?
"""

LGBT_ATTACKS = """
L'homosexualité c'est contre-nature, la preuve deux hommes peuvent pas faire d'enfant | identity_hate
Un mec en robe reste un mec, et un malade en plus | identity_hate
Les gays faut les soigner, pas leur donner le droit d'adopter | identity_hate exclusion
Les trans c'est des hommes deguisés qui veulent entrer dans les toilettes des filles | identity_hate
Mon fils gay ? jamais, je prefere pas avoir de fils | identity_hate
Les lesbiennes c'est juste des filles qui ont pas encore rencontré le bon mec | identity_hate sexual_harassment
Deux hommes qui s'embrassent dans la rue, ca devrait etre interdit, y a des enfants | identity_hate exclusion
Les non-binaires c'est une mode TikTok, dans dix ans ils auront honte | identity_hate
Le coming out de ce joueur, tout le monde s'en fout, qu'il garde ca pour lui | identity_hate
Les trans ont besoin d'un psychiatre, pas d'un chirurgien | identity_hate
Un enfant a besoin d'un pere et d'une mere, les couples gays ce sont des bricolages | identity_hate
Si mon pote me dit qu'il est gay je le vire de ma vie, pas de ca chez moi | identity_hate exclusion
Les femmes trans c'est pas des femmes, meme avec toutes les operations du monde | identity_hate
La marche des fiertés c'est un cirque de degenerés | identity_hate insult
Les gays dans les vestiaires de foot, non merci, personne veut ca | identity_hate exclusion
Etre gay c'est un choix, ils ont qu'a choisir autrement | identity_hate
Les drag queens devant des enfants, c'est de la perversion pure | identity_hate
Il y a trop de LGBT dans les series, ils essayent de convertir les gamins | identity_hate
Ce streamer se maquille, encore un qui a viré de bord, triste epoque | identity_hate
Les bi c'est des gays qui assument pas | identity_hate
Les trans dans le sport feminin c'est des tricheurs, ils volent les medailles des vraies femmes | identity_hate
Ma cousine dit qu'elle est lesbienne, ca lui passera quand elle trouvera un vrai homme | identity_hate
On devrait pas laisser les gays etre profs, trop de risques pour les enfants | identity_hate exclusion
Le mariage pour tous a detruit la famille francaise, c'etait le debut de la fin | identity_hate
Les therapies de conversion, fallait pas les interdire, certains en ont besoin | identity_hate
Un homme qui aime les hommes c'est un homme qui a un probleme quelque part | identity_hate
L'op vient faire son coming out sur un forum, t'attends quoi, des applaudissements ? va te faire soigner | identity_hate insult
Les asexuels c'est juste des gens que personne veut | identity_hate insult
Mon coloc est gay, je ferme ma porte a clé la nuit par precaution | identity_hate
Un trans qui dit qu'il est une femme, c'est comme moi qui dirais que je suis un chien | identity_hate
Le drapeau arc-en-ciel sur la mairie, c'est de la propagande pour pervertir nos enfants | identity_hate
Les pronoms iel et compagnie, on devrait les interdire avec les gens qui les utilisent | identity_hate exclusion
Les gays ca reste des gays, jamais des vrais hommes | identity_hate
Ma soeur sort avec une fille, ma famille a honte et moi aussi | identity_hate
Les transitions chez les jeunes c'est de la mutilation encouragée par des fous | identity_hate
Le prof de SVT est gay, faut changer mon fils de classe avant qu'il soit influencé | identity_hate exclusion
Les hommes qui dansent c'est louche, je sais pas comment les parents laissent faire | identity_hate
On tolerait les homos quand ils restaient discrets, maintenant ils se croient tout permis | identity_hate
Les trans c'est une maladie qu'on encourage au lieu de la traiter | identity_hate
Un gay dans l'armée, il tient pas une semaine, c'est pas fait pour eux | identity_hate exclusion
Le joueur qui a fait son coming out, faut le sortir de l'equipe, il met mal a l'aise les autres | identity_hate exclusion
Les femmes trans qui vont dans les vestiaires des femmes, on devrait les arreter a l'entree | identity_hate exclusion
La non-binarité c'est un caprice d'enfant gaté qui a jamais eu de vrai probleme | identity_hate
Deux mamans c'est pas une famille, c'est une experience sociale sur un enfant | identity_hate
Ce chanteur gay faut boycotter ses concerts, il fait la promotion de son vice | identity_hate exclusion
Les gays ont le sida parce qu'ils le meritent, c'est la nature qui se venge | identity_hate
Laisser un couple d'hommes adopter, c'est livrer l'enfant aux loups | identity_hate
Mon pote trans je l'appelle toujours par son ancien prenom, faut pas rentrer dans leur delire | identity_hate
Les lesbiennes detestent les hommes, c'est pour ca qu'elles sont lesbiennes | identity_hate
Les LGBT veulent des droits speciaux, bientot on aura plus le droit d'etre normal | identity_hate
Un mec qui porte du vernis ca me donne envie de le remettre dans le droit chemin | identity_hate threat
Les homos a la tele ca donne des idees aux gamins, faut les virer des programmes jeunesse | identity_hate exclusion
La streameuse trans, elle aura toujours une voix d'homme, personne est dupe | identity_hate
Les gays feraient mieux de rester dans leurs bars et de pas s'afficher dans nos rues | identity_hate exclusion
"""

# --- Disability and mental health: ableist contempt vs respectful talk -------------------------
DISABILITY_HARD = """
Je suis autiste, diagnostiqué a 21 ans, et ca m'a aidé a comprendre plein de trucs sur moi
T'es autiste ou quoi ? c'est une vraie question, je le suis et j'ai reconnu des signes dans ton message
Mon frere est en fauteuil depuis son accident, les trottoirs de ma ville sont une catastrophe pour lui
J'ai un TDAH et reviser pour les partiels c'est l'enfer, vous avez des methodes ?
Ma cousine est trisomique, elle bosse dans un ESAT et elle adore son travail
Les handicapés on devrait pas les garder a l'ecart, l'inclusion a l'ecole ca marche quand y a des AESH
Je suis sourd de l'oreille gauche, en soiree je comprends rien, je souris et j'acquiesce :rire:
La depression c'est une maladie, pas de la flemme, j'ai mis deux ans a l'accepter pour moi
Mon pote est dyslexique et c'est le meilleur redacteur de notre groupe, il relit tout trois fois
Respect aux athletes paralympiques, j'ai regardé le cecifoot, c'etait incroyable
Je suis bipolaire et stabilisé depuis trois ans, on peut avoir une vie normale avec un traitement
Comment parler a un collegue malvoyant sans etre maladroit ? je veux pas le mettre mal a l'aise
Le mot autiste c'est pas une insulte, arretez de l'utiliser comme ca sur le forum
Ma mere a une sclerose en plaques, certains jours elle peut pas marcher, d'autres oui, c'est invisible
Je suis dyspraxique, je fais tomber tout ce que je touche, mes potes m'appellent catastrophe et ca me fait rire
Les AESH sont payées une misere alors qu'elles font un boulot essentiel
J'ai fait une crise d'angoisse dans le metro, des inconnus m'ont aidé, merci a eux
Mon petit frere est autiste non verbal, il communique avec une tablette, il est super malin
Les places handicapés occupées par des valides, ca me rend dingue, mon pere galere a se garer
C'est quoi la difference entre Asperger et autisme ? le terme a changé non ?
Je suis en fauteuil et je joue a Valorant, mes mates savent meme pas, on s'en fout
J'ai un handicap invisible et on me regarde mal quand je m'assois dans le bus, c'est usant
Le cerveau de ma grand-mere s'en va avec Alzheimer, c'est dur de la voir oublier mon prenom
Mon voisin a une jambe en moins et il fait du velo plus vite que moi :rire:
Etre neuroatypique en entreprise c'est pas simple, mais mon manager a adapté mon poste
Je suis mal voyant et je lis le forum avec un zoom a 300 %, pardon pour les fautes
Les gens qui disent t'es schizo pour dire t'es indecis, c'est pas malin, c'est une vraie maladie
Ma soeur a fait un burn-out a 23 ans, c'est pas une faiblesse, elle a trop donné
J'ai mon RQTH depuis cette annee, ca m'a permis d'avoir un bureau adapté au taf
La langue des signes c'est passionnant, je prends des cours le samedi
Mon pote begaie et on le laisse finir ses phrases, c'est la moindre des choses
Je me suis cassé la jambe et en trois semaines de bequilles j'ai compris l'enfer de l'accessibilité
Un handicapé qui joue mieux que moi a Rocket League, c'est juste un joueur qui joue mieux que moi
Je suis autiste et je deteste les bruits forts, les soirees c'est compliqué mais j'y vais quand meme
Je dis souvent que je suis debile en maths, c'est de l'auto-derision, pas une insulte aux autres
Les gens en fauteuil veulent pas de pitié, ils veulent des rampes et des ascenseurs qui marchent
"""

DISABILITY_NEUTRAL = """
Vous connaissez des jeux video bien adaptés aux joueurs daltoniens ?
C'est quoi les demarches pour obtenir une RQTH ? ca prend combien de temps ?
Des kheys qui bossent comme educateurs specialisés ? le metier vous plait ?
Un bon psy a Bordeaux qui prend pas 80 euros la seance ?
"""

DISABILITY_ATTACKS = """
T'es autiste ou quoi ? on t'a expliqué trois fois le truc, gogol | insult identity_hate
Les handicapés on devrait pas les garder, ca coute trop cher a la societe | identity_hate
L'op ecrit comme un trisomique, c'est gênant de lire ca | insult identity_hate
Les autistes ca devrait pas avoir le droit de jouer en ranked, ils ragent pour rien | identity_hate exclusion
Ton frere en fauteuil il sert a quoi concretement ? | insult identity_hate
Arrete de faire l'handicapé et reponds normalement | insult identity_hate
Les depressifs c'est des faibles qui veulent de l'attention | identity_hate
Les enfants handicapés dans les classes normales, ca tire tout le monde vers le bas | identity_hate exclusion
T'as un TDAH ? non t'es juste debile et ta mere t'a trouvé une excuse | insult identity_hate
Les bipolaires on devrait les enfermer, ils sont dangereux | identity_hate exclusion
Mon voisin handicapé me pourrit la vue, il reste devant sa fenetre toute la journee | insult identity_hate
Les places handicapés c'est du gaspillage, ils sortent jamais de toute facon | identity_hate
Le sourd de ma classe fait semblant de pas entendre pour eviter les questions, un parasite | insult identity_hate
La streameuse autiste qui parle bizarre, je tiens pas deux minutes, elle devrait arreter | insult identity_hate
Un trisomique qui bosse, c'est de la charité deguisée, ils produisent rien | identity_hate
Les dyslexiques c'est des fainéants avec un diagnostic | identity_hate
T'as le cerveau d'un enfant handicapé, c'est pas une insulte c'est un constat | insult identity_hate
Les schizophrenes faut les isoler, tous des bombes a retardement | identity_hate exclusion
Ma cousine en ESAT, c'est une bouche a nourrir de plus, elle sait rien faire | insult identity_hate
Les malvoyants au volant de leur caddie c'est pire que les vieux, ils devraient rester chez eux | identity_hate exclusion
Les personnes en fauteuil aux concerts, ca prend la place de ceux qui veulent danser | identity_hate exclusion
Celui qui begaie au boulot, on l'evite, ca prend trois heures pour dire bonjour | insult identity_hate
La depression c'est une invention pour pas aller bosser, bouge toi | identity_hate
Les autistes c'est des robots sans sentiments, impossible de vivre avec | identity_hate
L'AESH c'est de l'argent jeté par la fenetre, ces gosses apprendront jamais rien | identity_hate
On devrait depister et eviter ces naissances, ca eviterait des vies inutiles | identity_hate
Ton pote dyspraxique c'est un boulet, pourquoi tu l'emmenes encore au foot ? | insult identity_hate exclusion
Les gens avec un handicap invisible c'est des menteurs qui veulent des avantages | identity_hate
Les athletes paralympiques c'est mignon mais c'est pas du vrai sport | identity_hate
Un bipolaire qui donne son avis, on l'ecoute pas, il changera d'avis demain | insult identity_hate
Les personnes handicapées devraient avoir des horaires a part dans les magasins | identity_hate exclusion
L'op parle comme un attardé, ca se voit qu'il a un probleme | insult identity_hate
Les sourds qui parlent avec leurs mains dans le metro, c'est ridicule a regarder | insult identity_hate
Le collegue malvoyant il fait des fautes partout, faut le virer, il est pas au niveau | insult identity_hate exclusion
Ta soeur en burn-out ? elle a juste jamais vraiment bossé de sa vie | insult
Tu begaies comme ca aussi a l'ecrit ? parce que ton message est aussi penible | insult identity_hate
Un autiste qui se croit intelligent, la blague du jour | insult identity_hate
Les handicapés mentaux devraient pas avoir le droit de se marier | identity_hate exclusion
Les gens qui ont des crises d'angoisse, faut pas les aider, ils se donnent en spectacle | identity_hate
Mon petit frere est autiste non verbal, honnetement c'est un legume | insult identity_hate
"""

# --- Affectionate teasing among friends vs pushing someone out, wishing them gone ---------------
TEASING_HARD = """
Ptdr t'es vraiment un boulet mon frere, je t'aime quand meme <3 on se voit samedi
Mon meilleur pote a raté son permis pour la quatrieme fois, on lui a offert un velo :rire: il a adoré
Le khey Rayou c'est le pire joueur de l'equipe mais c'est le meilleur pour l'ambiance, on le garde
Ma soeur m'appelle le golem depuis que j'ai 12 ans, c'est devenu affectueux avec le temps :hap:
Ah l'op et ses topics a 3h du mat, jamais tu dors toi ? prends soin de toi quand meme
Mes potes me surnomment papi parce que je me couche a 22h, ils ont pas tort
Bienvenue sur le forum khey, t'inquiete on est lourds mais gentils au fond
T'es nul a FIFA mais tu fais les meilleures crepes du monde, tout est pardonné
Je charrie mon coloc sur sa coupe de cheveux, il me charrie sur mon accent, equilibre parfait
Toi tu vas finir vieux garcon avec douze chats, et je viendrai te voir tous les dimanches :rire:
L'op revient apres six mois d'absence, on t'avait pas oublié le celestin, content de te lire
Mon pote est tellement lent le matin qu'on l'appelle l'escargot, il s'en sert comme pseudo maintenant
Reste avec nous khey, ce topic serait triste sans tes blagues nulles
On t'a sonné ? ah si c'est moi qui t'ai mentionné, pardon, merci d'etre venu :hap:
Ma copine dit que je ronfle comme un tracteur, je lui dis qu'elle vole la couette, on est quittes
T'es le seul khey que je connais qui rate une recette de pates, et je t'adore pour ca
Mes potes m'ont offert un t-shirt "champion du monde de la flemme", je le porte fierement
Mon frere est tellement mauvais en geographie qu'il place Lyon en Bretagne, on rigole bien a table
Les kheys restez sur le topic, on a besoin de vous pour le tournoi de ce soir
Si tu te sens seul ce soir, passe sur le vocal, on est une dizaine a jouer
Tu nous as manqué l'op, la section etait calme sans tes pavés sur le foot
Arrete de t'excuser de poser des questions, t'as autant ta place ici que nous
Mon binome de TP est une catastrophe ambulante mais il me fait rire toute la journee
C'est mon pote depuis la maternelle, il a toujours une tete de poisson sur les photos et on adore ca
On t'accueille a bras ouverts dans la guilde khey, meme si t'es niveau 3
Mes collegues se moquent de ma tasse licorne, je leur ai commandé la meme a chacun :rire:
Laisse le khey tranquille, il est nouveau, il connait pas encore les codes du forum
Un modo qui ferme un topic pour flood c'est normal, c'est pas une exclusion personnelle
Mon pote m'a dit que je chantais comme une casserole, puis il m'a inscrit au karaoké quand meme
"""

TEASING_NEUTRAL = """
Qui est chaud pour une partie de Among Us ce soir vers 21h ?
Le forum rame un peu ce soir ou c'est juste moi ?
Je rentre de vacances, qu'est ce que j'ai raté sur le topic du tournoi ?
Vous avez quel pseudo sur Discord pour qu'on s'ajoute ?
Bonne nuit les kheys, demain partiel de droit civil, souhaitez moi bonne chance
"""

TEASING_ATTACKS = """
Personne veut de toi sur ce forum, tu comprends pas les sous-entendus ? degage | insult exclusion
Les kheys on bloque tous l'op, qu'il parle tout seul dans son coin | exclusion
Va jouer ailleurs, on veut pas de boulet dans la guilde, meme gratuitement | insult exclusion
Si tu disparaissais personne le remarquerait, fais le test | insult self_harm_incitement
Franchement rends service a tout le monde et efface toi, du forum et du reste | insult self_harm_incitement
Ta vie ne vaut rien, pourquoi tu continues a te battre ? | insult self_harm_incitement
Je sais que t'es au lycee Jean-Moulin en terminale, fais gaffe a ce que tu postes | threat doxxing
Ton vrai prenom c'est Kevin et t'habites a Montbrison, on a trouvé ton Insta | doxxing
On va tous signaler ton compte jusqu'a ce que tu partes, t'as rien a faire ici | exclusion
Les nouveaux comme toi on les accueille pas, on les fait fuir | exclusion
Personne t'invite jamais aux soirees parce que t'es insupportable, regarde toi en face | insult exclusion
Meme ta famille serait soulagée si tu partais, c'est pas une blague | insult self_harm_incitement
Le jour ou tu arretes de poster sera le plus beau jour du forum | insult exclusion
Tu sers a rien dans l'equipe, reste sur le banc et fais pas de bruit | insult exclusion
On a fait un groupe sans toi expres, t'avais pas compris ? | exclusion
Je connais ton adresse grace a ta photo de fenetre, je passerai dire bonjour | threat doxxing
Le mieux pour toi ce serait d'arreter de respirer, tout le monde y gagnerait | self_harm_incitement insult
J'ai ta photo de classe, je vais la poster ici pour qu'on rigole tous | doxxing insult
Kevin t'es tellement pathetique, t'as pensé a en finir ? serieux | self_harm_incitement insult
Les modos gardent ce golem par pitie, sinon il serait banni depuis longtemps | insult exclusion
On te tolere dans le groupe parce que t'as une voiture, c'est tout | insult
Ton pote il est gentil mais on le veut plus aux soirees, il fait tache | insult exclusion
Tu veux etre ami avec nous ? ahah non, trouve toi d'autres losers | insult exclusion
Ton numero de chambre au CROUS, je l'ai, tu vas moins faire le malin | threat doxxing
Retourne dans ta tour d'ivoire, on veut pas de ton avis de bourgeois ici | insult exclusion
Personne t'a invité, personne t'aime, tu comprends ou faut un dessin ? | insult exclusion
Personne te regretterait si tu sautais, t'es au courant ? | self_harm_incitement insult
Je partage le Facebook de ta mere, on va voir si elle est fiere de toi | doxxing threat
T'as pas ta place dans notre promo, tu devrais changer de fac et arreter de nous ralentir | insult exclusion
Ce forum n'est pas pour les gens comme toi, retourne sur tes forums de gamins | insult exclusion
"""

# --- Complaints about things vs contempt for the person ----------------------------------------
COMPLAINTS_HARD = """
Le partiel de macro de Mme Lestrade etait infaisable, trois exercices en une heure, j'ai craqué
Ce jeu est une honte, 70 euros pour un truc qui crashe toutes les dix minutes
La meteo de ce week-end c'est une blague, il pleut depuis jeudi sans arret
Le patch 4.2 a detruit mon perso prefere, les devs ont rien compris a la meta
Le prof a mis trois semaines a rendre les copies et la correction tient en une ligne, ca m'agace
Ce boss est debile, il one-shot a 80 % de vie, qui a codé ca
Le match d'hier etait nul a chier, zero occasion en 90 minutes
Le bus 42 a encore vingt minutes de retard, je vais finir par y aller a pied
La nouvelle mise a jour de l'appli bancaire est une catastrophe, on trouve plus rien
J'ai eu 6 au controle de physique, l'exo 2 etait pas du tout dans le cours
Le scenario de la saison 3 c'est n'importe quoi, les scenaristes ont pris des vacances
Le DLC est une arnaque, quatre heures de contenu pour 25 euros
L'arbitre a raté un penalty enorme hier, la VAR sert a quoi franchement
Le cours d'amphi a 8h le lundi c'est une torture, qui a fait cet emploi du temps ?
Il fait 38 degres dans ma chambre, je vais fondre les kheys
Ce niveau est pensé par quelqu'un qui deteste les joueurs, trois heures que je bloque
Le resto d'hier etait mauvais et cher, je donne pas le nom mais evitez la rue Gambetta
Le matchmaking de ce jeu est cassé, je tombe contre des diamants en etant bronze
La prof de philo note tres severe, 8 de moyenne dans la classe, mais ses cours sont bons
Ce telephone est une daube, batterie morte en six heures
Les serveurs sont encore en panne ce soir, ca devient une habitude
Franchement le film etait long et mou, j'ai dormi au milieu
Le sujet du bac de francais cette annee etait vraiment pas evident
J'ai perdu 12 parties d'affilee, ce jeu me rend fou, je desinstalle
La SNCF a annulé mon train, troisieme fois ce mois-ci
Le nouveau prof de droit parle tres vite, je prends rien en note, vous avez des astuces ?
Le stream de Jadelune a laggé tout le long hier, sa connexion etait a la ramasse
Le dernier album est decevant, j'attendais mieux apres trois ans d'attente
Ce coach joue toujours avec le meme 4-4-2, c'est previsible, je comprends pas ses choix
Mon manager m'a donné un dossier impossible pour vendredi, je suis rincé
"""

COMPLAINTS_NEUTRAL = """
Vous etes sur quel jeu en ce moment les kheys ?
Le partiel d'histoire c'est quand deja ? j'ai perdu mon planning
Il va faire beau ce week-end dans le sud ?
Quelqu'un a regardé le match de ce soir ?
"""

COMPLAINTS_ATTACKS = """
La prof de macro Mme Lestrade est une vieille aigrie que personne peut saquer, qu'elle prenne sa retraite | insult
Les devs de ce jeu c'est des incapables payés a rien foutre, virez les tous | insult
L'arbitre d'hier c'est un aveugle corrompu qui merite qu'on l'attende au parking | insult threat
Le prof de physique est tellement con qu'il comprend pas son propre cours | insult
Le coach c'est un fossile qui comprend rien au foot moderne, il devrait crever de honte | insult
Jadelune avec sa connexion pourrie et son cerveau pareil, arrete de streamer | insult exclusion
Le chauffeur du 42 c'est un demeuré qui sait pas lire l'heure | insult
La prof de philo c'est une frustrée qui se venge sur nos copies parce que personne la touche | insult sexual_harassment
Mon manager est un incapable qui a eu son poste en lechant des bottes | insult
Le nouveau prof de droit a une voix de canard et un cerveau assorti | insult
Les scenaristes de cette serie sont des singes payés a la banane | insult
Le mec qui a fait ce niveau merite d'etre viré et de plus jamais trouver de travail | insult
Le caissier du Lidl est tellement lent, il devrait retourner a l'ecole maternelle | insult
L'entraineur de mon club, c'est un raté qui se venge sur les gamins | insult
Le serveur du resto d'hier etait un abruti fini, je lui souhaite de se faire virer | insult
Le streamer Drakonis a perdu encore, quel nul, il devrait se trouver un vrai taf | insult
Ma prof d'anglais est tellement moche que j'arrive pas a suivre son cours | insult body_shaming
Le joueur Yanis Korbel c'est une tache, il a des pieds carrés et un cerveau vide | insult
Ce prof est un raté qui enseigne parce qu'il a rien reussi d'autre | insult
Le developpeur principal du jeu est un escroc qui mérite des menaces, je dis ca | insult threat
Le conseiller Pole emploi etait une larve, incapable de repondre a une question | insult
L'arbitre c'est un petit homme frustré qui aime avoir du pouvoir | insult
La meteo de France 2 c'est une potiche qui lit un prompteur | insult
Ma tutrice de stage est une idiote qui comprend rien a son propre metier | insult
"""

# --- Talk about sex and one's own body vs sexual remarks aimed at a poster ----------------------
SEXTALK_HARD = """
Je suis toujours puceau a 22 ans et honnetement ca va, je suis pas pressé
Perdre sa virginite tard c'est pas grave, chacun son rythme, vous inquietez pas les kheys
J'ai du mal a parler de contraception avec ma copine, c'est un sujet a deux pourtant
Question sans gene : c'est normal de pas avoir envie de sexe pendant plusieurs semaines ?
Le porno m'a donné une image completement fausse du sexe, j'ai mis du temps a m'en rendre compte
Ma premiere fois etait nulle et on en rit encore aujourd'hui avec ma copine :rire:
Allez vous faire depister les kheys, c'est gratuit au CeGIDD et c'est rapide
Je complexe sur la taille de mon sexe, ma copine dit que c'est dans ma tete
C'est quoi votre avis sur les sextoys en couple ? on hesite a essayer
L'education sexuelle au college c'etait trois heures sur les preservatifs, un peu leger
Je suis une fille et j'aime le sexe, ca devrait pas etre un sujet de honte en 2024
Ejaculation precoce, ca se soigne ? ca me stresse avant chaque rapport
Mes seins sont asymetriques, apparemment c'est le cas de presque tout le monde
Les poils c'est naturel, je me rase plus depuis un an et je me sens mieux
Je me trouve sexy dans ma nouvelle tenue, premiere fois que je me dis ca, je suis contente
Mon corps a changé apres la grossesse, j'apprends a l'apprecier, il a fait un bebe quand meme
Envoyer des nudes dans un couple ca se fait avec accord des deux, et on les garde pour soi
Si vous avez des doutes sur une IST, allez voir un medecin au lieu de chercher sur internet
On parle jamais du plaisir feminin dans les cours, c'est dingue quand on y pense
J'ai ose dire a ma copine ce que j'aimais au lit, ca a tout changé, la communication c'est la base
Pas de sexe avant le mariage pour moi, c'est un choix perso, je juge pas les autres
Le sexe apres une rupture c'est bizarre, quelqu'un d'autre a vecu ca ?
Les filles aussi regardent du porno, c'est pas un scoop
Je suis gros et j'ai une vie sexuelle epanouie, les complexes c'etait surtout dans ma tete
C'est quoi le delai pour prendre la pilule du lendemain ? c'est pour ma copine, on panique un peu
Mes potes se vantent de leurs conquetes, moi je prefere rester discret sur ma vie privee
Le puceau du groupe c'est moi, et mes potes s'en fichent, c'est ca les vrais potes
"""

SEXTALK_NEUTRAL = """
Vous avez eu des cours d'education sexuelle au lycee ou pas du tout ?
Ou est ce qu'on peut acheter des preservatifs pas chers ?
Des conseils pour un premier rendez-vous chez le gyneco ? je stresse
"""

SEXTALK_ATTACKS = """
L'op est puceau a 22 ans et il le restera, aucune fille voudra toucher ca | insult sexual_harassment
La meuf qui a posté sur le topic muscu, montre tes fesses pour qu'on juge ta progression | sexual_harassment
T'es une fille sur ce forum ? envoie des photos pour prouver, on connait la regle :noel: | sexual_harassment
Vu comment tu ecris tu dois etre nul au lit, ta copine simule c'est sur | insult sexual_harassment
La fille qui parle de contraception dans le topic, elle doit en avoir besoin souvent | sexual_harassment insult
Tu complexes sur ta taille ? t'as raison, ta copine doit aller voir ailleurs | insult sexual_harassment
La khey qui dit aimer le sexe, mp moi je suis dispo ce soir | sexual_harassment
Ta premiere fois etait nulle parce que t'es nul, c'est aussi simple que ca | insult sexual_harassment
La fille qui a posté son avant-apres, tes seins ont fondu avec ton ventre :rire: | sexual_harassment body_shaming
L'auteur qui parle de sextoys, c'est parce qu'un vrai mec suffit pas a ta copine ? | insult sexual_harassment
La meuf enceinte du topic, on voit que t'as pas su dire non :noel: | sexual_harassment insult
T'es gros, t'as pas de vie sexuelle, arrete de mentir khey | insult body_shaming sexual_harassment
La fille qui poste sur le forum bourse, t'aurais pas plutot besoin d'un sugar daddy ? | sexual_harassment insult
Une nana qui se rase plus, personne voudra jamais la toucher, bon courage | sexual_harassment body_shaming
Si t'as besoin d'un depistage c'est que t'es une trainée, desolé | sexual_harassment insult
L'op attend le mariage ? normal, personne veut de lui avant | insult sexual_harassment
La meuf qui dit qu'elle se trouve sexy, on veut des preuves en photo, sinon ca compte pas | sexual_harassment
"""

# --- Compliments vs backhanded and condescending "compliments" ---------------------------------
COMPLIMENTS_HARD = """
T'es super jolie sur ta photo de profil, le fond avec les montagnes est magnifique
Bravo pour ton premier marathon l'op, finir en moins de 4h c'est enorme
Ton dessin est vraiment reussi, t'as fait des progres de fou en un an
Tu parles super bien anglais, t'as appris ou ? je galere depuis le college
Ton code est propre, bien commenté, j'aurais aimé ecrire ca a mon premier stage
T'as une belle voix, tu devrais poster plus de covers sur le forum musique
Merci khey, ton conseil pour le dossier de bourse m'a sauvé, j'ai ete accepté
Ta copine a l'air adorable sur la photo de vos vacances, vous etes beaux ensemble
Ton texte m'a touché, merci d'avoir partagé ton histoire avec nous
Franchement pour quelqu'un qui debute ton setup est super bien optimisé
T'as un style vestimentaire qui te va bien, ca change des joggings du forum :hap:
Je trouve ca courageux de poster une photo de toi sur ce forum, respect
Ta soeur chante super bien, j'ai vu la video de la fete de la musique
Ton premier stream etait tres propre, bonne ambiance et bon son, continue
Tu t'exprimes tres clairement, ca fait plaisir a lire
Super progression en muscu khey, ca se voit surtout sur les epaules
Tu es beau gosse sur cette photo, la barbe te va bien
Ton CV est clair et bien presenté, je changerais juste la police
Trop classe ta tenue pour le mariage, le costume bleu c'est un bon choix
Tu joues super bien pour quelqu'un qui a commencé il y a un mois, t'es doué
"""

COMPLIMENTS_NEUTRAL = """
Vous faites des compliments a vos potes ou c'est bizarre ?
Le meilleur compliment qu'on vous ait fait c'etait quoi ?
"""

COMPLIMENTS_ATTACKS = """
T'es plutot jolie pour une grosse, faut le reconnaitre | body_shaming insult
Tu parles bien francais pour quelqu'un qui a fait un bac pro, bravo | insult
Ton dessin est bien pour un gamin de 8 ans, t'en as 24 c'est ca le probleme | insult
T'es pas si moche en fait, avec la lumiere de dos on voit presque rien | body_shaming insult
T'es intelligente pour une blonde, ca fait plaisir de voir ca | identity_hate insult
Pour un petit t'as de l'assurance, c'est mignon | body_shaming insult
Tu joues pas mal pour une fille, ca doit etre ton copain qui t'a appris | identity_hate insult
Ton texte est touchant, on sent que t'as pas eu beaucoup d'amis | insult
Bravo pour ton marathon, 4h c'est bien pour quelqu'un de ton poids :noel: | body_shaming insult
Ta copine est belle, ca doit etre pour ton argent vu ta tete | insult body_shaming
T'es beau gosse sur cette photo, bizarre, t'as payé le photographe combien ? | insult body_shaming
T'es courageux de poster ta tete, moi a ta place j'oserais pas | insult body_shaming
Pas mal ton premier stream, pour quelqu'un sans charisme c'est deja ca | insult
Ton CV est propre, dommage que la personne derriere soit aussi nulle | insult
T'es drole pour un mec qui vit chez sa mere a 30 ans | insult
"""

# --- Dating advice vs contempt for the poster's love life --------------------------------------
DATING_HARD = """
Conseil pour l'op : sois toi meme au premier rencard, pose des questions et ecoute vraiment
Elle t'a ghosté apres deux dates ? ca arrive, c'est pas un jugement sur ta valeur khey
Les applis c'est une loterie, inscris toi a un club ou une asso, tu rencontreras plus naturellement
Jamais eu de copine a 25 ans, c'est plus frequent qu'on croit, t'es pas un extraterrestre
Mets une photo ou tu souris, avec de la lumiere naturelle, ca change tout sur les applis
Si elle te dit qu'elle veut rester amie, respecte, et prends de la distance si ca te fait mal
Je me suis fait larguer hier apres deux ans, je sais pas quoi faire de mes soirees
La timidité ca se travaille, moi j'ai fait du theatre amateur et ca m'a beaucoup aidé
L'op arrete de te comparer aux mecs sur Instagram, personne vit vraiment comme ca
Pour aborder quelqu'un, le plus simple c'est un contexte commun : un cours, un sport, une soiree
Ma copine et moi on s'est rencontrés au rayon surgelés, comme quoi tout est possible :rire:
Le rejet fait partie du jeu, chaque non c'est juste une personne qui n'etait pas la bonne
Elle a un copain ? alors tu laisses tomber, c'est la base du respect
Je suis le mec gentil de la bande, les filles me voient comme un pote, et en vrai ca me va
Prends soin de toi d'abord, sport, sommeil, projets, le reste suit souvent
L'auteur se demande s'il est trop vieux a 27 ans pour un premier couple, evidemment que non
Apres ma rupture j'ai passé trois mois a me detester, ca va mieux, ca passe vraiment
Envoyer un message apres un premier date pour dire qu'on a passé un bon moment, c'est bien ou lourd ?
On s'est mis en couple a distance pendant un an, c'etait dur mais ca valait le coup
Les conseils des coachs en seduction sur YouTube c'est souvent de la manipulation, evitez
Faut pas avoir honte d'etre celibataire, c'est pas une maladie
Ma copine a trois ans de plus que moi et tout le monde s'en fout, nous on est bien
J'ai demandé une fille en mariage sous la pluie, elle a dit oui, les kheys je tremble encore
Vous avez des idees pour surprendre ma copine pour la Saint-Valentin sans exploser mon budget ?
Parler de ses sentiments c'est pas un truc de faible, c'est ce qui m'a sauvé mon couple
Je suis sorti avec une fille plus grande que moi et c'etait genial, la taille on s'en fiche
"""

DATING_NEUTRAL = """
Premier rencard ce soir, je mets une chemise ou un pull ?
Vous etes plutot Tinder, Bumble ou Hinge en ce moment ?
Combien de temps apres un rencard vous renvoyez un message ?
"""

DATING_ATTACKS = """
Jamais eu de copine a 25 ans ? bah regarde toi, la reponse est dans le miroir | insult body_shaming
L'op s'est fait ghoster, normal, meme les bots sur les applis te repondent pas | insult
Elle t'a largué ? elle a enfin ouvert les yeux sur le boulet que t'es | insult
Le mec gentil de la bande, c'est le paillasson que tout le monde oublie, c'est toi | insult
T'es trop vieux, trop pauvre et trop moche pour une premiere copine, accepte ton destin | insult body_shaming
Ta copine plus grande que toi, elle te porte sur son dos pour les photos ? :rire: | body_shaming insult
Ton premier rencard ? elle est venue par pitie, profite c'est le dernier | insult
Personne voudra jamais de toi, t'es un celestin eternel et tu le sais | insult
Vu ta personnalité de moquette, je comprends qu'elle soit partie avec un autre | insult
Larguer quelqu'un comme toi c'est un acte de sante publique | insult
Ta copine a trois ans de plus, elle a pris ce qui restait sur le marché | insult
Tu cherches l'amour sur un forum de jeux video, tout est dit | insult
"""

# --- More civil disagreement using the same words as the contempt lines ------------------------
CIVIL_HARD = """
Relis le message de l'op, il dit l'inverse de ce que tu lui reproches, je crois
Ton avis m'interesse vu ton parcours, tu as bossé dix ans dans la restauration non ?
Retourne voir le tuto a 4 minutes, il explique exactement ton probleme de drivers
L'auteur a fait l'effort de sourcer, on peut au moins lire avant de repondre
Je pense que la reponse de l'op est maladroite mais l'intention est bonne
Franchement ton plan est ambitieux, je doute que ca marche mais je te souhaite de reussir
Vous etes deux a avoir raison en partie, l'un sur le prix, l'autre sur la qualite
J'ai changé d'avis grace a ce topic, merci aux kheys qui ont pris le temps d'expliquer
Je suis en desaccord total avec toi, mais c'est agreable de debattre calmement pour une fois
Tu dis que c'est facile, pour moi ca l'a pas ete, chacun son experience
C'est pas la premiere fois que je lis cet argument, et je le trouve toujours pas convaincant
Je vais jouer l'avocat du diable : et si l'op avait raison sur le loyer ?
Tes arguments sont solides mais tu generalises a partir de ton cas, ca marche pas pour tout le monde
L'op demande de l'aide, pas un cours de morale, repondons a sa question
Je sais pas si t'as tort ou raison, je connais pas assez le sujet pour juger
Ton conseil marche pour les gens qui ont une voiture, moi j'en ai pas, t'aurais une alternative ?
Bonne question l'op, moi aussi je me la posais en arrivant a la fac
Je suis en train de relire mes propres messages d'il y a un an et j'avais tort sur tout :rire:
Pas d'accord avec toi mais je comprends d'ou tu viens, la fac c'est pas pareil partout
Je crois que tu melanges deux lois differentes, celle de 2019 et celle de 2023
Le topic tourne en rond, on devrait peut-etre en ouvrir un autre plus precis
C'est toujours facile de critiquer apres coup, moi aussi j'aurais fait ce choix a ta place
Ton message est un peu confus, mais si j'ai bien compris tu veux changer de filiere ?
Je te rejoins sur le fond l'op, mais le ton de ton titre va attirer les trolls
Ma reponse d'hier etait agressive, j'avais passé une sale journee, desolé khey
Merci d'avoir corrigé mon erreur, j'avais confondu les deux dates
Ce que tu dis est vrai en ville, a la campagne c'est une autre histoire
On peut etre en desaccord sans s'insulter, je sais que c'est rare ici :hap:
Je trouve ton raisonnement un peu rapide, tu peux developper le passage sur les salaires ?
Je vois pas le probleme avec la question de l'op, elle est legitime
"""

CIVIL_NEUTRAL = """
Vous faites comment pour rester calme dans les debats en ligne ?
C'est quoi le topic le plus utile que vous ayez lu ici ?
"""

# --- LGBT, disability and health: questions and one's own experience ---------------------------
QUESTIONS_HARD = """
Je suis gay et je sais pas comment le dire a mon pere, il est un peu vieille ecole
C'est normal de douter de son genre sans vouloir forcement faire une transition ?
Mon copain est trans et ses parents l'appellent toujours par son ancien prenom, comment l'aider ?
Je me suis rendu compte que j'etais attiré par les mecs et les filles, c'est flippant au debut
Les personnes intersexes c'est quoi exactement ? j'ai vu un documentaire et j'ai pas tout suivi
Un pote m'a dit qu'il etait gay, j'ai dit ok et on a continué la partie, c'etait ca le bon reflexe ?
Je suis une femme trans et j'ai enfin changé mon etat civil, le tribunal a mis quatre mois
Le mot queer c'est une insulte ou pas ? je le vois utilisé par des gens concernés
Les couples lesbiens peuvent faire une PMA en France depuis 2021, c'est bien ca ?
Ma copine est bi et certains mecs pensent que ca veut dire plan a trois, c'est relou pour elle
Je suis autiste et gay, double coming out a faire, je commence par lequel ? :hap:
Etre trans et chercher un taf, c'est la galere quand les papiers sont pas a jour
Je suis en fauteuil et on me demande souvent si je peux avoir une vie sexuelle, oui merci
Ma mere est sourde, j'ai appris la langue des signes avant de savoir parler
Le TDAH chez les adultes c'est sous-diagnostiqué, j'ai eu mon diagnostic a 26 ans
J'ai une amie epileptique, c'est quoi les bons gestes en cas de crise ?
Je suis en therapie pour ma phobie sociale et ca avance, je poste plus sur le forum qu'avant
Mon pote a un trouble bipolaire, quand il va pas bien je lui envoie juste un message pour dire que je suis la
Je suis malentendant et les jeux video sans sous-titres c'est une vraie galere
Avoir un frere handicapé ca m'a appris la patience, et il a un humour de fou
Les hommes aussi peuvent etre victimes de violences conjugales, j'en ai ete un
Je suis gros, gay et heureux, trois choses qu'on m'a dit impossibles ensemble :rire:
Les personnes trans ont un taux de depression plus eleve a cause du rejet, pas a cause de la transition
La transidentité a été retirée des maladies mentales par l'OMS en 2019, c'est bien ca ?
Je suis handicapé moteur et je bosse dans la tech, le teletravail a changé ma vie
C'est quoi le mieux pour parler d'une personne en situation de handicap ? je veux pas etre maladroit
"""

QUESTIONS_NEUTRAL = """
Des kheys ont deja appelé SOS Amitié ? ca aide vraiment ?
Vous connaissez un bon podcast sur la sante mentale ?
Le centre LGBT de ma ville organise une soiree jeux, quelqu'un y est deja allé ?
"""

# --- More one-line contempt, ableist and identity jabs aimed at a poster -----------------------
JABS_HARD = """
L'op je crois que t'es fatigué, va dormir et relis ton message demain, ca ira mieux
Je suis un peu lent ce soir, quelqu'un peut me resumer le topic ? :hap:
J'ai l'air bete sur ma photo de profil mais je l'aime bien, elle me fait rire
Mon pote m'a traité de boulet parce que j'ai oublié les billets, il avait raison cette fois :rire:
Desole pour les fautes, je suis dyslexique et j'ecris vite
Je suis autiste et parfois je prends les choses au pied de la lettre, dites le moi si je comprends mal
J'ai raté mon bac deux fois et aujourd'hui je suis en master, ca arrive a tout le monde
Je suis petit et chauve et ma copine me trouve irresistible, la confiance c'est tout :hap:
"""

JABS_NEUTRAL = """
Vous dormez combien d'heures par nuit en periode de partiels ?
Quelqu'un a un bon plan pour un ordi portable a moins de 600 euros ?
"""

JABS_ATTACKS = """
T'as un diagnostic ou t'es juste lent naturellement ? | insult identity_hate
Ton message on dirait qu'il a ete ecrit par un mongol, relis toi | insult identity_hate
L'op doit etre le genre de mec qui se fait soigner pour sa debilité depuis tout petit | insult identity_hate
T'es gay ou quoi a defendre les filles comme ca ? mets toi du vernis pendant que t'y es | insult identity_hate
Mec tu parles comme une meuf hysterique, calme toi | insult identity_hate
Toi t'es le genre d'handicapé social qui fait peur aux filles | insult
Ta copine a surement quelque chose qui cloche pour sortir avec toi | insult
L'auteur a la maturité d'un gamin sous ritaline | insult
T'es aussi utile que des lunettes pour un aveugle, donc pas du tout | insult
Tu pleures comme une fille pour un patch, sois un homme | insult identity_hate
L'op est un dépressif chronique qui vient pleurer ici au lieu de bouger son cul | insult identity_hate
Fais toi interner, t'as clairement un probleme dans la tete | insult identity_hate
Ce genre de topic c'est typique des femmes, incapables d'aller droit au but | identity_hate
Ton pseudo arc-en-ciel ca explique pourquoi tes avis sont aussi tordus | identity_hate insult
T'es le seul mec a qui les filles disent non avant meme qu'il parle | insult
Un mec qui met des emojis coeur, ca sent le gars qui aime les hommes | identity_hate
Ton avis sur le foot on s'en fout, t'es une meuf | identity_hate exclusion
Meme les gens dans le coma ont plus de reactions que toi | insult
Arrete de parler, t'es autiste ou juste idiot ? | insult identity_hate
T'ecris comme un dyslexique qui a bu, c'est illisible | insult identity_hate
Les meufs qui debarquent sur le forum foot, retournez sur vos forums maquillage | identity_hate exclusion
"""

# --- Same subjects, harmless: bodies, couples, streamers, families -----------------------------
EVERYDAY_HARD = """
La streameuse Maelyss a parlé de ses complexes en live, ca m'a fait du bien de l'entendre
Ma copine s'est fait tatouer le dos, c'est magnifique, elle a attendu deux ans pour se decider
Mon pere a perdu ses cheveux a 30 ans, je suis le suivant sur la liste et je l'accepte :rire:
Les vestiaires de la salle de sport c'est le seul endroit ou je vois des corps normaux, ca rassure
Ma soeur a commencé la boxe et elle me met des raclées, je suis fier d'elle
Ma grand-mere dit que je suis trop maigre a chaque repas, c'est sa façon de dire je t'aime
J'ai enfin osé aller a la piscine malgré mon ventre, personne m'a regardé, c'etait genial
La fille de mon cours de dessin fait des portraits incroyables, je lui ai demandé des conseils
Je suis une fille et je joue en ranked, la plupart des gens sont corrects, quelques relous
Les streameuses recoivent des messages degueulasses tous les jours, je sais pas comment elles tiennent
Mon meilleur ami vient de me dire qu'il etait amoureux d'un mec, je suis content qu'il soit heureux
Je fais de l'acne au menton a chaque periode de stress, les partiels arrivent, la voila :hap:
On a un collegue sourd et toute l'equipe apprend quelques signes pour lui dire bonjour, c'est cool
Une fille m'a recalé gentiment au bar, elle m'a offert un verre quand meme, classe
Mon copain se maquille pour ses streams, il dit que ca cache les cernes, il a raison
Je suis le plus petit de ma famille, 1m68 contre 1m90 pour mes freres, on en rigole
Les photos retouchées sur Instagram m'ont longtemps complexée, j'ai arreté de suivre ces comptes
Ma tante est en fauteuil et c'est la meilleure danseuse des mariages, elle fait tourner tout le monde
Mon pote fait des blagues sur sa propre calvitie avant que quelqu'un d'autre puisse en faire :rire:
La femme de mon oncle est trans, on l'a toujours connue comme ca, personne en fait une histoire
J'ai demandé a ma copine si elle voulait des enfants, on en a parlé trois heures, super discussion
Ma voisine de 80 ans fait du yoga tous les matins, elle est plus souple que moi
Je suis hetero mais j'ai été super touché par le film sur le couple gay dans les annees 80
Mes cicatrices d'automutilation sont anciennes, je les cache plus, elles font partie de mon histoire
Ma meilleure amie a un corps tres different des mannequins et elle est splendide en robe de soiree
Les mecs aussi ont le droit de pleurer devant un film, j'ai chialé devant Coco :rire:
Le club de rugby de ma ville a une equipe feminine et une equipe handisport, c'est top
Mon pote s'est fait refaire le nez et il est tellement plus a l'aise, c'est son choix
Je viens d'avoir mes lunettes et j'ai une tete de chouette, mais je vois enfin le tableau :hap:
Mon fils est dyspraxique et il vient d'avoir son permis, on a fait la fete toute la soiree
Ma copine est plus musclée que moi et ca me fait rire quand les gens sont surpris
La streameuse Jadelune a banni un mec qui faisait des remarques sur son corps, bien fait
Mon coloc est autiste et c'est lui qui gere le mieux les comptes de l'appart, tout est carré
Pour ceux qui complexent sur leur poids, un dieteticien c'est mieux que les regimes de TikTok
Mon petit frere me demande si c'est normal d'aimer un garçon de sa classe, je lui ai dit oui
Je suis grosse et j'ai gagné le concours de danse du camping, on lache rien :rire:
"""


TABLES = (
    (CONTEMPT_HARD, CONTEMPT_NEUTRAL, CONTEMPT_ATTACKS),
    (SEXUAL_HARD, SEXUAL_NEUTRAL, SEXUAL_ATTACKS),
    (BODY_HARD, BODY_NEUTRAL, BODY_ATTACKS),
    (WOMEN_HARD, WOMEN_NEUTRAL, WOMEN_ATTACKS),
    (LGBT_HARD, LGBT_NEUTRAL, LGBT_ATTACKS),
    (DISABILITY_HARD, DISABILITY_NEUTRAL, DISABILITY_ATTACKS),
    (TEASING_HARD, TEASING_NEUTRAL, TEASING_ATTACKS),
    (COMPLAINTS_HARD, COMPLAINTS_NEUTRAL, COMPLAINTS_ATTACKS),
    (SEXTALK_HARD, SEXTALK_NEUTRAL, SEXTALK_ATTACKS),
    (COMPLIMENTS_HARD, COMPLIMENTS_NEUTRAL, COMPLIMENTS_ATTACKS),
    (DATING_HARD, DATING_NEUTRAL, DATING_ATTACKS),
    (CIVIL_HARD, CIVIL_NEUTRAL, ""),
    (QUESTIONS_HARD, QUESTIONS_NEUTRAL, ""),
    (JABS_HARD, JABS_NEUTRAL, JABS_ATTACKS),
    (EVERYDAY_HARD, "", ""),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
