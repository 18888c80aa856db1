"""Generate fr_short_creators.csv: short French comments under a video, addressed to its creator, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Every line speaks to the
creator of a video in the second person ("ta vidéo", "t'es", "tu devrais", "vous" for older
creators), as in the comment section or the live chat of a video platform. Harmless lines are
praise, thanks, requests, questions, honest and harsh criticism of the video (sound, light,
editing, a wrong recipe, a sponsor, "c'était mieux avant"), disagreement with the creator's
opinion, jokes and banter with the creator, worried advice, and fans defending the creator
against haters (quoting the insult to condemn it). Attacks demean the creator as a person:
insults, body shaming, sexual remarks and demands, contempt for origin, religion, sexuality,
gender identity, gender or disability, "personne veut de toi", death wishes and pushes to
self-harm, threats, and doxxing ("je reconnais ton immeuble", a real name, a school, a
workplace). Creators of all kinds (cooking, make-up, gaming, sport, family vlogs, science,
music covers, politics, dance, DIY, pets, fashion, studies, travel, ASMR, live streams) and of
all kinds of people; names and places in attacks are invented. Written as twins where possible:
the same remark about the video and about the person. Every line is 5 to 25 words. No extra
variants.
See fr_short_creators.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_creators.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives speak to the creator and
# criticise, tease or defend, using the words of the attacks, and demean nobody; neutral lines
# are ordinary comments on the video.

# --- Cooking ------------------------------------------------------------------------------------
COOKING_HARD = """
Sofiane, ta recette de pastilla est fausse : on ne met jamais de crème dans la farce.
ton four est crade de ouf 😂 nettoie-le avant la prochaine vidéo stp
Sofiane ta sauce est une tuerie, je pourrais en mourir tellement c'est bon 🔥
Ta pâte à crêpes est beaucoup trop liquide : j'ai suivi la recette à la lettre et tout a raté.
t'as mis beaucoup trop de sel, ton bouillon doit être imbuvable 😬
Ton gâteau a l'air sec, tu devrais baisser le four à 160 degrés et le sortir plus tôt.
désolé mais la vraie carbonara c'est sans crème, t'as commis une hérésie 😂
ta vidéo est trop longue, douze minutes de blabla avant de casser un oeuf c'est abusé
tes plats ont l'air bons mais ta cuisine est un bazar, ça me stresse de regarder mdr
On ne voit jamais tes mains quand tu coupes, la caméra est mal placée.
Cette recette est beaucoup trop grasse pour moi, auriez-vous une version plus légère ?
je suis gros et ta chaîne m'a appris à manger mieux, merci frérot ❤️
Ton couteau n'est pas affûté, tu vas te couper, fais attention à tes doigts.
Mamie Odette, vous êtes adorable, vos tartes me rappellent mon enfance.
Yasmina je fais ramadan et tes recettes de chorba me sauvent chaque soir 🌙
ta recette de tajine a rien à voir avec celle de ma grand-mère mais elle a l'air trop bonne 😋
encore un placement de produit... tes anciennes recettes étaient bien meilleures, je décroche
t'as cramé l'oignon et t'as fait comme si de rien n'était 💀 on a tous vu
je vais te voler cette recette et la faire passer pour la mienne au repas de famille 😂
je reconnais ton plan de travail, c'est le même modèle que chez moi, il est top
ta découpe est catastrophique mais tes sauces rattrapent tout 😂
tu dis "une pincée" et t'as balancé une poignée de sel ptdr
chef on veut la recette du couscous de ta daronne !!
les commentaires sur le poids de Fatou sont dégueulasses, elle cuisine, laissez son corps tranquille
trois plaquettes de beurre... ta recette va me tuer mais je la fais quand même 😂
Désolé mais ton poulet n'est pas cuit au milieu, c'est dangereux, il faudrait refaire la vidéo.
Tes vidéos sont devenues fades, on dirait que tu ne cuisines plus par plaisir.
j'ai testé ta tarte au citron, ma famille l'a trouvée dégueu, trop acide pour nous sorry 😅
t'as une voix qui endort, c'est parfait pour cuisiner le soir 😴
Chef Kenji tes gyozas sont plus beaux que ceux du resto en bas de chez moi 🥟
tu parles de ta prise de poids sans tabou dans la vidéo, merci, ça fait du bien
ceux qui mettent des pouces rouges à une mamie qui cuisine, vous avez pas de coeur
ta mère qui goûte à la fin c'est le meilleur moment de la vidéo, elle a trop la classe
je suis pas d'accord, le vinaigre balsamique dans ta ratatouille c'est un crime 😤
Pourrais-tu mettre les quantités en description ? Tu parles trop vite, je n'arrive pas à noter.
"""

COOKING_NEUTRAL = """
quelqu'un a essayé avec du lait d'avoine à la place du lait de vache ?
j'ai fait la recette hier soir, vingt-cinq minutes de cuisson c'était parfait
Est-ce que ce genre de gratin se congèle bien ?
premier commentaire 🔥 j'ai faim maintenant
"""

COOKING_ATTACKS = """
Sofiane t'es qu'un sale rebeu qui vole des recettes, génie de rien du tout | identity_hate insult
ton couteau est bien affûté, utilise-le sur toi la prochaine fois 🔪 | self_harm_incitement
t'as l'air tellement sale que je mangerais jamais un truc sorti de ta cuisine 🤮 | insult
Ta recette de tajine pue le bled, comme toi. Retourne donc cuisiner là-bas. | identity_hate exclusion
avec ton ventre on comprend pourquoi tu goûtes tout, gros porc 🐷 | body_shaming insult
Mamie Odette, vous devriez être en maison de retraite, personne ne veut voir vos mains fripées. | body_shaming exclusion
Yasmina tu fais ramadan ? crève de faim alors, une terroriste de moins | identity_hate self_harm_incitement
ta sauce est une tuerie, comme ma main dans ta gueule si je te croise | threat
je reconnais le marché sous ta fenêtre, t'habites au-dessus de la pharmacie de Lussanval-les-Pins, j'arrive 😈 | doxxing threat
ta mère qui goûte à la fin, elle est aussi grosse que toi, c'est génétique 😂 | body_shaming
fais tes prochaines recettes en tablier sans rien dessous, là je m'abonne 😏 | sexual_harassment
Ta chaîne est un échec, comme toi : personne ne regarde tes plats de pauvre. | insult exclusion
Chef Kenji ta cuisine de chinetoque ça sent le chien 🐶 | identity_hate insult
ta découpe est catastrophique, comme ta face de crapaud, cache-la derrière la caméra | body_shaming insult
ton poulet est pas cuit, j'espère que tu chopes une salmonelle et que t'en crèves | threat
t'as une voix qui endort, endors-toi pour toujours stp 😴 | self_harm_incitement
les commentaires sur le poids de Fatou sont mérités, une baleine qui fait des gâteaux c'est logique 🐳 | body_shaming
personne dans ta famille te supporte, c'est pour ça que tu cuisines pour une caméra 💀 | exclusion insult
une tapette en tablier rose, tes cupcakes sont aussi pédés que toi 🤡 | identity_hate insult
envoie tes photos en sous-vêtements en privé et je teste ta recette 😏 | sexual_harassment
une cuisinière voilée, super, c'est quand la recette de bombe artisanale ? | identity_hate
Tu as mis trop de sel, tu es vraiment une abrutie finie, retourne à l'école. | insult
je suis gros aussi mais toi t'es un porc qui se goinfre devant la caméra 🤮 | body_shaming insult
tes doigts boudinés sur le couteau, on dirait des saucisses, c'est dégueulasse | body_shaming
Tu es une honte pour la cuisine française, ferme ta chaîne et disparais. | insult exclusion
Je vais te voler ta recette, et ton adresse aussi : je l'ai trouvée dans tes anciennes vidéos. | doxxing
J'espère que ton four t'explosera à la figure pendant le tournage. | threat
ta daronne fait le couscous, normal, les Arabes c'est bon qu'à faire le ménage et la bouffe | identity_hate
ta bouche pleine de sauce, j'aimerais bien y mettre autre chose 🍆 | sexual_harassment
"""


# --- Make-up and beauty ---------------------------------------------------------------------------
MAKEUP_HARD = """
Tu n'es pas obligée de lire les commentaires sur ton physique, supprime-les et continue.
Alex t'es magnifique dans ce look, la confiance que tu dégages 😍
Luna ton teint est orange dans cette vidéo, le fond de teint est pas à ta couleur
ton contouring est raté, on dirait des traits de feutre sur tes joues 😭
t'as une peau de rêve, c'est quoi ta routine ? 😍
ton éclairage bleu rend mal, on voit pas la vraie couleur du rouge à lèvres
Cette palette est une arnaque à soixante euros, tu aurais dû le dire franchement.
trois placements de produit dans une vidéo de dix minutes, c'est lourd Luna
ton tracé de sourcils est pas symétrique, le gauche est plus haut, c'est la lumière ?
Théo un mec qui se maquille et qui assume, tu m'inspires trop ❤️
Alex merci de montrer ta transition à travers le maquillage, ça m'aide énormément
tu parles de ton acné sans filtre, enfin quelqu'un de vrai 🙏
j'ai de l'acné comme toi et ta vidéo m'a redonné confiance, merci
Personnellement, je préférais ta coupe d'avant, mais c'est ton choix et cela reste joli.
ton maquillage de zombie pour Halloween fait trop peur, t'es méconnaissable 😱🔥
ceux qui écrivent "moche" sous les vidéos de Luna, allez vous regarder dans un miroir
Laissez Inès tranquille avec son voile, elle fait des tutos incroyables et c'est tout ce qui compte.
Ton tutoriel sur les yeux de chat était trop rapide, je me suis perdue à la deuxième étape.
t'as dit "waterproof" mais ça a coulé dès que t'as pleuré devant la caméra 😂
j'adore quand tu montres ton visage sans maquillage au début, t'es belle au naturel
Le filtre lissant sur ta vidéo est excessif, on ne voit plus du tout le produit.
tu testes ce mascara avec ton oeil de verre, trop bien que t'en parles sans gêne 😄
Je suis déçue de ta collaboration avec une marque qui teste sur les animaux, tu aurais pu refuser.
ma grand-mère de 70 ans regarde tes tutos avec moi, on adore Mélissa 💕
ton rouge à lèvres est trop foncé pour ton teint à mon avis, un nude irait mieux
je suis noire et enfin une créatrice qui montre des fonds de teint pour peaux foncées 🙏🏾
t'as oublié de nettoyer tes pinceaux, on voit la crasse dessus ptdr c'est un crime
bisous Luna t'es la plus belle et la plus drôle de la plateforme 😘
Colette, vous montrez comment vous maquiller à soixante ans, c'est tellement rare, merci.
Ta voix est un peu forte au micro, le son sature quand tu ris.
Je trouve cette vidéo beaucoup moins travaillée que les précédentes, le tuto est bâclé à la fin.
ton maquillage de drag est une oeuvre d'art, les paillettes sur les paupières 🔥🔥
les mecs qui te demandent des photos en privé sous chaque tuto, signale-les tous Luna
t'as les yeux qui pleurent à cause du produit ? arrête-le tout de suite, c'est une allergie
"""

MAKEUP_NEUTRAL = """
c'est quoi la référence du highlighter svp ?
quelqu'un sait si la palette est vegan ?
J'ai acheté le même fond de teint, il oxyde un peu au bout de deux heures.
vidéo regardée en entier pendant que je me préparais pour le taf
"""

MAKEUP_ATTACKS = """
Luna t'as le teint d'une carotte, t'es aussi moche avec que sans 🤮 | body_shaming insult
tout le maquillage du monde cachera pas ton nez de sorcière 🧙 | body_shaming
Théo un mec qui se maquille, sale fiotte, va jouer à la poupée 🤡 | identity_hate insult
Alex, tu resteras toujours un homme avec une perruque, arrête de te déguiser. | identity_hate
ton acné me donne envie de gerber, couvre ta tronche avant de filmer 🤮 | body_shaming
Inès, enlève ce voile de soumise et peut-être que quelqu'un regardera enfin tes tutoriels. | identity_hate
fais un tuto en lingerie, ce sera plus intéressant que ta palette 😏 | sexual_harassment
avec ton oeil de verre t'as une tête de monstre, aucune palette peut réparer ça | identity_hate body_shaming
une noire qui fait des tutos fond de teint, t'as trouvé du cirage à ta couleur ? 😂 | identity_hate
ton maquillage de zombie c'est ta vraie tête en fait, zéro différence 💀 | body_shaming insult
t'as une tête à faire fuir, même avec trois couches de fond de teint t'es immonde | body_shaming insult
Colette personne veut voir une vieille peau se maquiller, dégagez de la plateforme | body_shaming exclusion
tes pinceaux sont aussi sales que toi, grosse truie 🐷 | body_shaming insult
je sais que tu bosses à la parfumerie de la galerie Beauséjour à Villemorin-les-Prés, je viendrai te voir 😘 | doxxing threat
Arrête les tutoriels, même tes amies se moquent de toi dans ton dos. | exclusion
envoie-moi ton visage au naturel et le reste aussi, en privé, sans rien 😏 | sexual_harassment
ta peau est tellement dégueulasse qu'il faudrait te la brûler au fer à lisser | body_shaming threat
j'espère que ton mascara te crève les yeux, salope | threat insult
t'as pleuré devant la caméra ? va plutôt t'ouvrir les veines avec ton rasoir à sourcils | self_harm_incitement
Une pute à marques comme toi ferait n'importe quoi pour trois palettes gratuites. | insult
Les tutoriels de trans sont faits pour les malades mentaux, fais-toi soigner au lieu de te maquiller. | identity_hate
ton rouge à lèvres te va pas, t'as des lèvres de mérou, c'est peine perdue 🐟 | body_shaming
ta grosse face ronde prend tout l'écran, fais un régime avant ton prochain tuto | body_shaming
vous avez vu son cou ? c'est un homme ça, Mélissa avoue t'es un travelo 😂 | identity_hate body_shaming
Ton tutoriel était nul, comme ta vie de ratée, même tes parents ne t'écoutent pas. | insult exclusion
Ton visage est tellement repoussant que ton maquillage ressemble à un crépi sur une façade. | body_shaming insult
maquille bien ta bouche, j'ai prévu de m'en servir 🍆💦 | sexual_harassment
ton maquillage de drag, t'es un pédé dégénéré, on devrait vous interdire 🤮 | identity_hate
"""


# --- Gaming and let's plays -----------------------------------------------------------------------
GAMING_HARD = """
Kenza, tu as raison de bannir ceux qui te demandent des photos, le chat est plus sain depuis.
t'es mort trois fois au même boss, j'ai hurlé 😂 apprends le pattern frère
ton aim est catastrophique dans cette game mais t'es trop drôle à regarder
La vidéo est trop montée, on ne voit plus le jeu avec tous ces effets.
tu joues en mode facile et tu dis que le jeu est dur, sérieux ? 😂
Kenza qui carry toute sa team de mecs, la reine 👑
Ton micro capte ton clavier, on n'entend que des clics, investis dans une bonnette.
j'ai ragé pour toi quand ton pote t'a trahi dans la partie, quel traître 💀
viens en 1v1 ce soir, je vais te détruire sur Rocket League, tu vas pleurer 😂
Ce que tu dis sur le studio est faux, ils n'ont jamais annoncé ça, renseigne-toi avant de publier.
une mamie de 72 ans qui finit Elden Ring, t'es mon idole 😭
Axel, merci de montrer comment tu joues avec une manette adaptée, mon petit frère en a besoin.
Tu dis que ce jeu est une daube, je ne suis pas du tout d'accord, l'histoire est géniale.
tu spoiles la fin dans la miniature, t'abuses grave frérot
t'as crié tellement fort au jumpscare que mon chat s'est enfui 😂
le moment où tu tues ton propre coéquipier par accident 💀💀
les gars qui insultent Kenza parce que c'est une fille, vous êtes à la ramasse, elle joue mieux que vous
Tu as accepté le jeu sponsorisé et tu fais semblant de l'aimer, cela se voit beaucoup.
un mec t'a écrit "va te pendre" en ranked ? signale-le direct, c'est pas normal
tu vas crever dans la lave si tu sautes là 😭 nooon
tue-le ! tue-le ! j'étais à fond devant ma vidéo mdr
tes vidéos de trois heures sans montage c'est trop pour moi, fais des résumés
t'es nul à ce jeu 😂 mais c'est pour ça qu'on t'aime
ton skin est tellement moche 😂 change-le stp
Zack t'es le seul youtubeur à dire que les microtransactions c'est du vol, respect
Tu m'as éliminé dans ma partie hier soir en deux secondes, je suis honoré.
la fin de cette série était incroyable, par contre le dernier épisode bof
ta voix de commentateur sportif pendant les parties c'est trop bien
Yanis quand tu cries sur ta manette on dirait mon père devant le foot 😂
je te déteste, t'as fini le jeu en quatre heures et moi j'y suis depuis trois semaines 😤
Ta caméra prend la moitié de l'écran, on ne voit plus la mini-carte.
ton ancien pseudo était mieux, pourquoi t'as changé ?
t'es trop con quand t'oublies de sauvegarder 😂 on t'aime quand même
"""

GAMING_NEUTRAL = """
Quelqu'un sait-il sur quelle console le jeu va sortir ?
la suite quand ? je veux voir le boss final
j'ai le même bug sur l'écran de chargement depuis la mise à jour
deux heures du mat et je regarde encore des let's play, aidez-moi
"""

GAMING_ATTACKS = """
t'es nul à ce jeu et dans la vie, une vraie merde humaine | insult
Kenza, une femme qui joue ? Retourne faire la vaisselle et laisse les manettes aux hommes. | identity_hate
Axel avec tes mains tordues tu devrais même pas toucher une manette, sale handicapé | identity_hate insult
la mamie gameuse, t'as plus l'âge, va crever dans ton Ehpad 💀 | insult self_harm_incitement
t'es mort trois fois au boss, si seulement ça pouvait t'arriver en vrai 🙏 | threat
j'ai récupéré ton IP dans le lobby, ton opérateur et ta ville aussi, à ce soir 😈 | doxxing threat
Yanis tu cries comme un singe, normal pour un rebeu 🐒 | identity_hate insult
ton aim est nul et ta gueule de boutonneux aussi, cache ta cam 🤮 | body_shaming insult
t'es une fille ? montre tes seins en facecam et j'arrête de te report | sexual_harassment
gros lard qui transpire devant sa facecam, t'as bougé ton cul depuis 2015 ? | body_shaming insult
quitte le jeu et la vie aussi tant que t'y es, personne te regrettera | self_harm_incitement
je reconnais le collège derrière ta fenêtre, celui de Saint-Fercoux-les-Bois, on se voit à la récré petit | doxxing threat
Ton ami t'a trahi et il a raison : personne ne veut jouer avec un boulet comme toi. | exclusion insult
viens en vrai, je vais te détruire la mâchoire, t'auras plus de voix pour commenter | threat
t'es juif, normal que t'achètes jamais les jeux, trop radin 😂 | identity_hate
Ferme ta grande bouche de morveux, tes vidéos sont aussi débiles que toi. | insult
Nous allons te faire une fausse alerte pendant ton prochain direct, la police sera chez toi à l'heure du goûter. | threat
t'as crié au jumpscare comme une tapette, t'es pas un homme | identity_hate insult
une fille qui streame c'est pour les dons des puceaux, avoue tu fais la pute | identity_hate insult
ton skin est moche, comme ta sale gueule de consanguin | insult body_shaming
Si tu perds ce match, saute par la fenêtre, nous applaudirons. | self_harm_incitement
t'es le pire youtubeur du pays, désinstalle ta vie 💀 | insult self_harm_incitement
arrête les vidéos, tout le serveur Discord se fout de ta gueule et t'a banni | exclusion
Ton vrai nom est Kevin Darmoise, et je vais le publier sur tous les forums. | doxxing
Zack t'es qu'un gros porc qui mange des chips sur sa manette 🐷 | body_shaming insult
t'es trop con, ta mère aurait dû avorter, ça aurait évité ta chaîne | insult
Yanis si je te croise au salon du jeu vidéo, je t'éclate la tête contre une borne | threat
t'es nul à ce jeu, comme tous les Noirs qui savent que courir 😂 | identity_hate
"""


# --- Sport and fitness ----------------------------------------------------------------------------
SPORT_HARD = """
ton dos va te lâcher si tu continues à soulever comme ça, je dis ça pour toi 😬
ta posture au squat est dangereuse, tes genoux rentrent vers l'intérieur, attention aux blessures
coach ton programme est trop dur pour les débutants, j'ai failli mourir à la troisième série 😂
t'as perdu vingt kilos en un an, t'es une source d'inspiration énorme 🔥
ton rythme est trop lent pour un marathon en moins de trois heures, le titre est mensonger
je suis gros moi aussi et tes séances pour personnes en surpoids m'ont changé la vie
la vidéo est sponsorisée par une marque de compléments douteux, ça me déçoit de toi
Samir ton sprint en fauteuil est une dinguerie, tu m'as mis des frissons 🔥
Josette vous êtes plus souple que moi à 25 ans, je suis vexée 😂
Ton conseil sur le jeûne n'a rien de sérieux, aucune étude ne dit ça, fais attention à ce que tu racontes.
tu m'as tuée avec ce circuit abdos, je sens plus mon ventre 💀
t'as pris du ventre pendant ta blessure et tu l'assumes, respect de montrer la vraie vie ❤️
La musique est trop forte par rapport à ta voix, on n'entend pas tes consignes.
Nadia merci de faire tes séances avec le voile, je me sens enfin représentée 💜
Il faut arrêter de promettre des abdominaux en sept jours, c'est faux et tu le sais.
Tu devrais filmer de côté, de face on ne voit pas le mouvement.
les commentaires sur le corps de Julie sous ses vidéos running sont gênants, elle montre sa course, point
Je ne suis pas d'accord avec ton avis sur le CrossFit, c'est un vrai sport.
frère t'es une machine, j'ai transpiré rien qu'à te regarder 😅
Bruno tu soulèves deux cents kilos et tu pleures devant un chiot, l'homme parfait 😂
J'ai suivi ton programme pendant quatre semaines sans aucun résultat, je crois que ce n'est pas fait pour moi.
ton corps c'est ton affaire, mais ton message "mangez moins" est dangereux pour les ados qui regardent
la course où tu finis dernière mais tu souris jusqu'au bout, c'est ça le sport ❤️
tes cuisses ont pris un volume de fou depuis le début de la chaîne, gros boulot 💪
je vais te défoncer sur le 10 km de dimanche, prépare tes mollets 😂
ton dos est en sang après la course, va voir un médecin sérieusement 😨
Malik tes séances de boxe pendant le ramadan, je sais pas comment tu tiens, respect
T'as l'air essoufflé à la fin de la vidéo, tu devrais peut-être faire une pause cette semaine.
j'ai honte, une dame de 68 ans qui fait plus de pompes que moi 😭
La miniature avec tes abdominaux retouchés est malhonnête, assume ton vrai corps.
les haters qui traitent Julie de "baleine", elle court des ultra-trails, vous faites quoi vous ?
ta playlist de course est catastrophique 😂 du reggaeton pour un footing ?
"""

SPORT_NEUTRAL = """
combien de temps de repos entre les séries pour ce circuit ?
Est-ce que cela fonctionne aussi avec des haltères de cinq kilos ?
séance faite ce matin, mes cuisses brûlent
vous courez plutôt le matin ou le soir vous ?
"""

SPORT_ATTACKS = """
t'as perdu vingt kilos mais t'es toujours une baleine, continue à courir grosse vache 🐳 | body_shaming insult
tes cuisses de jambon débordent du short, faut arrêter de filmer ça 🤮 | body_shaming
Samir, tu n'as pas de jambes, arrête de faire semblant d'être un athlète, c'est pathétique. | identity_hate insult
Josette à votre âge on fait du crochet, personne veut voir vos bras qui pendent | body_shaming exclusion
Julie tes fesses en legging c'est la seule raison pour laquelle je regarde 🍑 | sexual_harassment
fais ton squat de dos en string et je like 😏 | sexual_harassment
Nadia cours avec ton voile, t'iras plus vite vers ta mosquée d'intégristes | identity_hate
Bruno t'es qu'un tas de stéroïdes avec un cerveau de moineau | insult
Coach Malik, un bougnoule qui donne des leçons de discipline, on aura tout vu. | identity_hate insult
ton dos en sang, dommage que ce soit pas ta gorge | threat
t'es tellement plate qu'on voit pas la différence avec le mur derrière toi 😂 | body_shaming
je sais que tu cours tous les matins au parc des Noues à Belvédère-sur-Orge vers 7h, je t'attendrai 😘 | doxxing threat
Si je te croise sur ton parcours, je te ferai tomber et je te briserai les genoux. | threat
Ton programme ne m'a rien fait, et toi, tu n'as rien à faire sur cette terre : disparais. | self_harm_incitement
gros porc qui donne des conseils minceur, commence par te regarder dans une glace | body_shaming insult
une meuf qui soulève lourd, t'as un corps de mec dégueu, on dirait un travelo | body_shaming identity_hate
Les pédés comme toi ne devraient pas avoir le droit d'entrer dans un vestiaire. | identity_hate exclusion
arrête la chaîne, toute ta salle se moque de ta démarche de pingouin | exclusion body_shaming
espèce d'anorexique, t'as des bras de squelette, mange au lieu de courir 💀 | body_shaming
t'es tellement lente que ton père a eu honte, ça explique pourquoi il s'est barré | insult
ton sourire de fin de séance, j'ai envie de te l'arracher avec les dents | threat
ton tee-shirt trempé, enlève-le la prochaine fois, on veut voir ta poitrine 😏 | sexual_harassment
à ta prochaine course, prends le pont et saute, ça fera un vrai record | self_harm_incitement
t'as pris du ventre, t'es devenu un gros lard dégueulasse, plus personne te suit | body_shaming exclusion
une noire qui court vite, normal, vous avez l'habitude de fuir la police 😂 | identity_hate
tu devrais filmer de dos, comme ça on voit pas ta tronche de déterré | body_shaming insult
Vous êtes une vieille femme ridicule en justaucorps, vous devriez avoir honte de vous montrer ainsi. | body_shaming insult
je vais te défoncer, pas sur le 10 km, dans le parking après la course, t'as compris | threat
"""


# --- Daily vlogs and family channels --------------------------------------------------------------
VLOG_HARD = """
Vous avez raison de flouter le visage des enfants, c'est la meilleure décision possible.
Vous exposez trop vos enfants à mon avis, ils n'ont pas choisi d'être filmés.
ta routine du matin en douze minutes c'est trop long, j'ai zappé la moitié
ton fils qui dit bonjour à la caméra avec ses dents en moins, trop mignon 😍
Les Papas de Léon votre famille est magnifique, merci de montrer que l'amour c'est l'amour 🏳️‍🌈
Monique et Gérard, vous êtes les grands-parents dont tout le monde rêve.
je reconnais ton pull, c'est le même que celui de ma soeur 😂
franchement la vidéo du gender reveal avec le gâteau était gênante, pardon
les enfants se disputent en fond et vous continuez à parler comme si de rien, j'ai ri 😂
Tu devrais arrêter de montrer le visage de ta fille, il y a des gens inquiétants sur internet.
ta vidéo sur ta fausse couche m'a bouleversée, merci d'en parler, je t'envoie plein de force ❤️
Tu as l'air épuisée ces derniers temps, prends soin de toi, nous attendrons les vidéos.
je vous suis depuis la naissance de Mila, elle a tellement grandi 🥹
ce vlog au supermarché c'était le néant absolu mdr, il se passe rien pendant vingt minutes
les haters qui écrivent "mauvaise mère" sous chaque vidéo, vous êtes lourds, elle fait de son mieux
Vous faites trop de placements de produits avec les enfants, cela me met mal à l'aise.
Gérard qui ronfle pendant le vlog, c'est le meilleur moment de la série 😂
j'aime plus trop la chaîne depuis que c'est que des unboxings
famille Benali vos iftars en famille sont trop beaux, ça me donne envie de vous inviter 🌙
t'as pleuré en parlant du divorce, ça m'a fendu le coeur, courage
Je ne suis pas d'accord avec ta façon d'élever ta fille : les écrans à deux ans, c'est non pour moi.
ton mari est trop drôle, il mérite sa propre chaîne 😂
mdrr le chien qui vole le croissant pendant que tu parles 💀
tu montres ta maison en entier, fais gaffe, on peut reconnaître des trucs dans la rue
ton accouchement en vidéo c'était trop pour moi mais bravo pour le courage
qui est là en 2025 pour revoir la première vidéo des jumeaux ?
Clara quatre enfants et toujours le sourire, je sais pas comment tu fais
le son du vlog est pourri dans la voiture, on entend que le moteur
Tu parles de ton corps après la grossesse sans filtre, merci, cela déculpabilise.
j'ai signalé le compte qui a posté le nom de l'école de tes enfants, supprime vite le commentaire
Vos disputes de couple en vidéo me mettent mal à l'aise, ce n'est pas du contenu à mon sens.
"""

VLOG_NEUTRAL = """
vous avez acheté où le lit cabane des enfants ?
on veut une vidéo spéciale rentrée scolaire !!
vlog regardé pendant ma pause déj, ça détend
Quel était ce camping, et le conseillez-vous ?
"""

VLOG_ATTACKS = """
t'es une mauvaise mère et une grosse feignasse, tes gosses seraient mieux en foyer | insult
Les Papas de Léon, deux pédés qui élèvent un gamin, c'est de la maltraitance 🤮 | identity_hate
Monique, vous êtes une vieille carne, Gérard aurait dû vous abandonner sur une aire d'autoroute. | insult
ta fille est bien formée pour son âge, filme-la plus souvent en maillot 😏 | sexual_harassment
je reconnais ta maison, le portail vert en face de l'église de Sainte-Colombe-des-Brumes, je passerai voir les enfants | doxxing threat
ton cadet va à l'école Marie-Curie de Roncelin-le-Haut, tout le monde le sait, allez le voir | doxxing
Ta fausse couche, c'est la nature qui t'a rendu service : tu aurais été une mère nulle. | insult
t'as l'air épuisée ? t'as surtout l'air d'une serpillière usée, même ton mari te regarde plus | body_shaming insult
famille Benali, vos iftars de barbus on s'en fout, retournez en Algérie | identity_hate exclusion
ton mari est drôle, mais toi t'es une grosse dinde que personne supporte | insult exclusion
t'as pleuré pour ton divorce ? il a bien fait de fuir une truie pareille 🐷 | body_shaming insult
j'espère que ta maison brûle avec toi dedans, famille de rats | threat insult
ton fils est moche comme un pou, t'aurais dû le garder hors caméra | body_shaming
Tes enfants ont l'air débiles, c'est génétique avec des parents comme vous. | insult
Une mère en fauteuil qui filme ses enfants, les pauvres, tu n'aurais jamais dû en avoir. | identity_hate
Clara avec quatre gosses t'as un ventre de vache, range-le au lieu de vloguer 🐄 | body_shaming
ferme ta chaîne et disparais, le monde irait mieux sans ta famille de parasites | self_harm_incitement insult
personne vous invite jamais, c'est pour ça que vous filmez vos soirées à quatre 😂 | exclusion
tes jumeaux sont aussi laids que leur mère, ça promet 💀 | body_shaming
ton accouchement en vidéo, envoie-moi la version pas floutée en privé 😏 | sexual_harassment
t'es une honte, va te foutre en l'air et laisse tes gosses à quelqu'un de normal | self_harm_incitement insult
je sais où ta fille fait sa danse le mercredi, au gymnase des Tilleuls, elle est mignonne 😘 | doxxing threat
ton mari est noir et tes gosses métisses, t'as sali ta race 🤮 | identity_hate
Une trans qui tient un vlog familial, pauvres enfants qui ont un père en robe. | identity_hate
vous exposez vos enfants, j'espère qu'ils vous casseront la gueule à leurs dix-huit ans | threat
Gérard vous ronflez comme un gros porc, le gras ça s'entend aussi 🐷 | body_shaming insult
Vous êtes des parents indignes et des êtres pitoyables, vos enfants auront honte de vous. | insult
ton corps après la grossesse fait vomir, t'es flasque de partout, cache-toi 🤮 | body_shaming
"""


# --- Science and education ------------------------------------------------------------------------
SCIENCE_HARD = """
t'as l'air d'un vrai prof de fac avec ta veste en velours 😂 j'adore le style
ta démonstration à 4:12 est fausse, t'as oublié un signe moins dans l'intégrale
Vidéo intéressante, mais la source que tu cites est un blog et non une étude, c'est léger.
Tu as tellement simplifié la mécanique quantique que tu finis par dire des choses fausses.
Amina t'expliques mieux que tous mes profs réunis, je vais avoir mon bac grâce à toi 🙏
ton écriture au tableau c'est des hiéroglyphes 😂 on lit rien
Je ne suis pas d'accord avec ta conclusion sur le nucléaire, tu minimises complètement la question des déchets.
Chloé merci de faire tes vidéos en langue des signes et sous-titrées, enfin accessible pour moi
ta voix est monotone, j'ai décroché au bout de cinq minutes, mets plus de rythme
cette vidéo m'a retourné le cerveau, je vais mourir moins bête ce soir 🤯
tu dis que Napoléon mesurait 1m57 comme un nain, c'est un mythe, il était dans la moyenne
Idir, je suis professeur aussi : tes méthodes sont excellentes, mais ta vidéo sur les fractions contient une erreur.
ta vidéo sur l'évolution va énerver les créationnistes en commentaire, courage 😂
Le titre racoleur "la science vous ment" est indigne de ta chaîne.
J'ai montré ta vidéo à ma classe de cinquième, ils ont adoré l'expérience du volcan.
t'as l'air stressé face caméra, c'est normal au début, tu vas progresser
les animations sont magnifiques mais on comprend rien au son, trop d'écho
tu débunkes les platistes avec un calme olympien, moi je les aurais insultés mdr
Élise ta passion pour les étoiles est contagieuse ✨ continue
ton accent québécois rend la physique encore plus cool 😄
quarante minutes pour le théorème de Pythagore, ta vidéo est beaucoup trop longue 😭
ceux qui écrivent "retourne à ta cuisine" sous les vidéos de Dr Amina, vous êtes la honte de la science
je t'ai vu au salon du livre, t'étais trop gentil avec tout le monde 😊
t'as fait l'expérience du sodium sans lunettes, t'es fou ?? protège tes yeux
Tu as raison sur le fond, mais tu es arrogant dans le ton, et cela dessert ton propos.
ton graphe à 7:30 n'a pas d'unités sur l'axe, ça pique les yeux
je préférais tes formats courts, là c'est un cours magistral de deux heures
Jonas t'as l'air d'un savant fou avec tes cheveux en pétard et j'adore ça 😂
Ta vidéo sur le vaccin va attirer les complotistes, active la modération des commentaires.
tu t'es trompé de siècle pour la bataille, c'était au quinzième, pas au seizième
Tes explications sont claires mais ton humour tombe à plat, les blagues coupent le rythme.
"""

SCIENCE_NEUTRAL = """
Quelqu'un a-t-il la référence de l'étude citée à la fin ?
question : ça marche aussi dans le vide ou il faut de l'air ?
je révise ça pour mon partiel de thermo jeudi
vidéo parfaite pour le trajet en bus
"""

SCIENCE_ATTACKS = """
une femme scientifique voilée, c'est une blague, retourne réciter ton Coran | identity_hate
Dr Amina t'as eu ton diplôme grâce aux quotas, sale Arabe | identity_hate insult
Chloé la sourde, tu parles avec les mains comme une guenon, c'est ridicule | identity_hate insult
ton écriture est illisible et ta tronche aussi, t'as une gueule de fouine | body_shaming insult
Jonas t'es qu'un puceau binoclard, aucune femme te touchera jamais | insult body_shaming
ta conclusion sur le nucléaire, j'espère que t'en prendras une dose en pleine face | threat
t'as l'air stressé face caméra ? t'as une tête de victime, on devrait te la cogner | insult threat
Les professeurs comme toi devraient être pendus, tu lobotomises les enfants. | threat
Idir le bougnoule prof de maths, tu sais compter que les allocs 😂 | identity_hate
Élise tes étoiles on s'en fout, montre-nous plutôt tes courbes 😏 | sexual_harassment
ton accent québécois est ridicule, t'as l'air d'un attardé quand tu parles | identity_hate insult
Tu es un juif qui fait de la science pour le lobby, on connaît la chanson. | identity_hate
Dans ta vidéo sur l'évolution, c'est toi qui es clairement resté au stade du singe. | insult
je sais que tu enseignes au lycée George-Sand de Mervillon-la-Garenne, les parents vont adorer ta chaîne | doxxing
ta voix monotone me donne envie de te frapper jusqu'à ce que tu cries enfin | threat
En vrai, personne ne t'écoute : tes collègues se moquent de toi et ne t'invitent jamais. | exclusion
démissionne de la vie, la science perdra pas grand-chose 💀 | self_harm_incitement
grosse baleine en blouse blanche, la seule expérience à faire sur toi c'est un régime | body_shaming
une meuf qui parle de physique, elle a sucé qui pour avoir sa thèse ? | identity_hate sexual_harassment
ton tableau noir comme ta peau, on voit rien dans les deux 😂 | identity_hate
tu débunkes les platistes, mais t'es qu'un gros con prétentieux, ta mère a honte de toi | insult
Si tu n'arrêtes pas tes vidéos sur le vaccin, nous viendrons te trouver chez toi. | threat
t'as fait l'expérience sans lunettes, dommage que tu sois pas devenu aveugle 🙏 | threat
une trans qui nous explique la biologie, t'es même pas capable de savoir si t'es un mec | identity_hate
ton vrai nom c'est Jonas Verlhac et t'habites encore chez ta mère à 32 ans, quelle honte | doxxing insult
arrête de filmer, tes élèves en ont marre de ta face de rat | body_shaming insult
ton cerveau de golmon, donne-le à la science, ça te fera au moins une utilité | insult
Vous êtes une incapable et une imposture, votre doctorat ne vaut pas le papier sur lequel il est imprimé. | insult
"""


# --- Music covers and singing ---------------------------------------------------------------------
MUSIC_HARD = """
Kofi ta voix grave sur ce morceau, j'en ai eu la chair de poule 🔥
ta reprise est moins bien que l'original, ta voix force trop dans les aigus
t'as chanté faux sur le refrain, la note à 2:14 est clairement à côté
Maëlys ta voix me donne des frissons à chaque fois 😭🔥
Il y a trop d'autotune sur ta voix, on n'entend plus ton vrai timbre.
Ta guitare est désaccordée sur tout le morceau, accorde-la avant d'enregistrer.
je pleure à chaque fois que tu chantes cette chanson, elle me rappelle ma mère 💔
Kofi t'as tué cette reprise, meilleure que l'originale 🔥🔥
ton micro capte le frigo derrière toi, on entend le ronron pendant le couplet 😂
Jade ta voix grave sur le couplet puis aiguë au refrain, quelle maîtrise ❤️
Tes arrangements sont trop sages, ose un peu plus, il manque ta personnalité.
Tonton Jean à 78 ans qui joue du Stromae à l'accordéon, j'ai souri toute la journée
ta reprise de Brel est un massacre, désolé mais on touche pas à ce morceau
je t'ai découverte dans le métro où tu chantais, trop contente de trouver ta chaîne
j'adore ton accent quand tu chantes en anglais, ça donne un charme fou
cette chanson d'amour me tue à chaque fois 😭
tu devrais chanter en arabe plus souvent, ta reprise en darija était sublime
la vidéo est trop courte, on veut la version complète !
Je trouve ta voix trop nasale pour ce style, mais sur les ballades, elle passe très bien.
t'es pas toujours juste mais t'as une énergie de dingue, ça compense
ton style a changé depuis le label, je préférais quand c'était juste toi et ta guitare
les commentaires qui te disent de montrer ton corps au lieu de chanter sont dégueulasses, courage Maëlys
Nour tu joues du piano d'une seule main et c'est plus beau que moi avec deux 😭🙏
je vais me faire tatouer les paroles de ta chanson, elle m'a sauvée
la reprise en duo avec ta soeur, vos voix se mélangent trop bien 🥰
ta voix craque sur la fin, c'est l'émotion ou la fatigue ? c'est touchant en tout cas
Le clip est trop sombre, on voit à peine tes mains sur le piano.
Je ne comprends pas l'engouement, c'est une reprise correcte, sans plus.
ta reprise est tellement mauvaise que je l'écoute en boucle pour rire 😂 désolé
t'as une voix de casserole mais tu t'amuses et c'est contagieux 😂
Tu devrais prendre des cours de chant : la technique manque, mais le talent est là.
"""

MUSIC_NEUTRAL = """
c'est quoi les accords du pont svp ?
la tonalité est en sol ou en la ?
qui écoute ça en boucle en 2025 🎧
Quel micro utilises-tu pour la voix ?
"""

MUSIC_ATTACKS = """
t'as chanté faux, comme ta gueule qui est ratée depuis la naissance 🤮 | body_shaming insult
Maëlys ta voix est bof mais ta bouche j'ai des idées pour l'occuper 🍆 | sexual_harassment
Kofi un singe qui joue de la guitare, les zoos ont une chaîne maintenant 🐒 | identity_hate
Jade, on entend bien ta voix d'homme : tu es un homme en robe, arrête de mentir. | identity_hate
Tonton Jean vous sentez la mort, vous et votre accordéon, prenez votre retraite au cimetière | insult
ta reprise en darija, garde tes chants de bled pour ta mosquée, ici c'est la France | identity_hate exclusion
je vais te faire bouffer ton micro jusqu'à ce que tu t'étouffes avec | threat
Nour avec ta seule main tu joues comme l'infirme que t'es, c'est gênant | identity_hate insult
ta voix craque, normal, t'as une gorge de fumeuse et une tête de cendrier | body_shaming insult
chante pas, montre-toi en petite tenue, là tu gagneras des vues 😏 | sexual_harassment
je t'ai vue dans le métro, je connais ton horaire, je vais te suivre jusqu'à chez toi | threat doxxing
Arrête de chanter, tu es la honte de ta famille, même ta mère coupe le son. | insult
tu chantes tellement mal que tu devrais te taire pour toujours, une corde ça se trouve facilement | self_harm_incitement
grosse vache qui beugle devant son micro, le frigo derrière toi c'est ton meilleur ami 🐄 | body_shaming insult
ta soeur chante mieux que toi et elle est moins moche, sors du cadre | body_shaming exclusion
t'as une voix de pédé, d'ailleurs t'en es un, ça s'entend 🤡 | identity_hate insult
une vieille de soixante ans qui chante du rap, pathétique, va mourir tranquille dans ton coin | insult self_harm_incitement
J'espère qu'un cancer de la gorge te fera perdre ta voix pour de bon. | threat
ton clip sombre c'est mieux, comme ça on voit pas ta peau de cramé | identity_hate
personne viendra à ton concert, même tes potes ont refusé, t'es seul au monde mdr | exclusion
ton vrai nom c'est Maëlys Guérindon, t'es en L2 à la fac de Trévalmont, faites-lui un accueil | doxxing
Ta version est moins bonne que l'original, et toi, tu vaux moins qu'une merde. | insult
ta voix nasale vient de ton gros nez crochu, normal pour une juive | identity_hate body_shaming
chanteuse de mes deux, tu suces combien pour un featuring ? | sexual_harassment insult
Ta guitare est désaccordée, j'ai envie de te la fracasser sur le crâne. | threat
t'as une voix de casserole et une tête de poêle, toute la batterie de cuisine 😂🤮 | body_shaming insult
Tu n'as aucun talent et aucune dignité, personne ne viendra jamais t'écouter, abandonne. | insult exclusion
"""


# --- Politics and commentary ----------------------------------------------------------------------
POLITICS_HARD = """
Tu as le droit de ne pas être d'accord avec moi, mais ton chiffre sur les salaires est faux.
Je suis en total désaccord avec ton analyse sur les retraites, tu oublies la démographie.
Ta vidéo est malhonnête, tu coupes la citation du ministre au milieu de sa phrase.
Tu es clairement de gauche, assume-le au lieu de prétendre être neutre.
franchement tu fais de la propagande sur ce sujet, aucune source contradictoire
Nassim merci pour ce décryptage clair, j'ai enfin compris le budget 👏
tes vidéos sur l'immigration sont trop à droite pour moi, mais je reconnais que t'es sourcé
ton titre "le pays est foutu" c'est du putaclic, déçu
Ta position sur la laïcité me choque, mais le débat est respectueux, merci pour ça.
t'es à côté de la plaque sur l'écologie, les chiffres que tu donnes datent de dix ans
Camille tu t'es fait démonter dans ce débat, prépare mieux tes arguments la prochaine fois
ceux qui te traitent de "traître à ta race" en commentaire sont des malades, courage
j'ai signalé le mec qui a posté ton adresse en commentaire, supprime-le vite
quarante-cinq minutes pour dire "allez voter", tu te répètes beaucoup trop
Désolé, mais ton avis sur la guerre est naïf, tu ne connais pas le terrain.
je te déteste politiquement mais tu bosses bien, respect 🤝
tu parles trop vite, on a pas le temps de lire les graphiques
une pub VPN au milieu d'une vidéo sur la guerre, c'est de mauvais goût
"collabo", "islamo-gauchiste", "facho", ça se déchaîne dans les commentaires 😬 calmez-vous les gens
t'as raison sur le constat mais tes solutions sont complètement irréalistes
je suis musulman et ta vidéo sur le voile est caricaturale, t'as interrogé aucune concernée
ta mauvaise foi sur ce sujet me rend dingue 😤 mais continue, ça fait réfléchir
ta voix tremble quand tu parles de ton père réfugié, ça m'a touché
Tu devrais inviter des gens qui ne pensent pas comme toi, sinon c'est de l'entre-soi.
Le montage avec les mèmes est drôle, mais il décrédibilise ton propos.
je vais voter contre tout ce que tu défends, mais merci pour l'effort de pédagogie
t'as l'air fatigué et énervé dans cette vidéo, on sent que le sujet te touche
Je trouve ton analyse paresseuse et ton ton condescendant envers ceux qui votent autrement.
t'es le seul à parler de ce sujet sans hurler, on a besoin de gens comme toi
tu t'es fait insulter de sale gauchiste sur le plateau et t'as gardé ton calme, chapeau
"""

POLITICS_NEUTRAL = """
les élections c'est quand exactement déjà ?
Quelqu'un a-t-il les chiffres du chômage de cette année ?
débat intéressant dans les commentaires pour une fois
je partage à mon oncle pour le repas de Noël 😅
"""

POLITICS_ATTACKS = """
t'es de gauche, sale bobo parasite, j'espère qu'on te pendra au premier arbre | insult threat
Nassim un bicot qui nous parle de la France, retourne dans ton désert | identity_hate exclusion
Camille une femme qui parle politique, retourne à tes casseroles, pouffiasse | identity_hate insult
ton adresse a fuité, 8 impasse des Lilas à Courmelan-le-Vieux, on arrive pour débattre en vrai | doxxing threat
Traître à ta race, les gens comme toi seront fusillés le jour venu. | threat
le jour où on prend le pouvoir, tu seras le premier à finir au goulag | threat
ta voix tremble quand tu parles de ton père réfugié, il aurait dû se noyer en route | identity_hate threat
Tu es juif, donc évidemment tu défends cela, nous savons tous pour qui tu roules. | identity_hate
facho de merde, on va te retrouver et t'éclater la gueule à la prochaine manif | threat insult
t'es qu'une salope de gauchiste qui a jamais bossé de sa vie | insult
ton sponsor paie bien ? tu suces combien de ministres par mois ? | sexual_harassment insult
tu défends les trans parce que t'en es un, on voit ta pomme d'Adam d'ici | identity_hate body_shaming
Les musulmans comme toi devraient être expulsés, toi le premier : la valise ou le cercueil. | identity_hate threat
personne t'écoute, t'as trois abonnés et ta femme t'a quitté, disparais d'internet | exclusion insult
je bosse dans ton immeuble, j'ai vu ton nom sur la boîte aux lettres, à bientôt 😈 | doxxing threat
ta vidéo est nulle et toi t'es un déchet qu'on devrait brûler | insult threat
une gouine qui parle de la famille, la blague, occupe-toi de ta copine 😂 | identity_hate
Tu mérites qu'on te jette sous un train avec tes idées. | threat
gros porc de politicard, ton bide déborde du bureau, arrête de bouffer nos impôts | body_shaming insult
noir et de droite, t'es un bounty, les tiens ont honte de toi | identity_hate exclusion
t'es une honte, pends-toi avec ta cravate de bourge | self_harm_incitement insult
on sait que ta fille est en quatrième au collège Albert-Camus de Vieillebrune-sur-Marne, pense à elle avant de parler | doxxing threat
Islamo-gauchiste dégénéré, ta place est en prison ou six pieds sous terre. | insult threat
ta face de vieille aigrie toute ridée me donne envie de vomir | body_shaming insult
tes vidéos sont toxiques, comme toi, personne veut de toi dans ce pays | exclusion insult
Vous êtes un parasite et un menteur, on devrait vous interdire de parler et vous enfermer. | insult exclusion
t'as raison sur le constat, mais t'es quand même une sale chienne de féministe 🤡 | insult
"""


# --- Dance and TikTok trends ----------------------------------------------------------------------
DANCE_HARD = """
Lola, tes parents ont raison de gérer ton compte, certains commentaires ici sont inquiétants.
La chorégraphie n'est pas synchronisée avec la musique à la fin, tu as un temps de retard.
t'as raté le pas du milieu mais ton énergie est incroyable 🔥
cette trend est tellement ringarde, pourquoi tu la fais encore 😂
Lucas en talons tu danses mieux que toutes les meufs de ma promo, assume 👠🔥
Jumelles Diop vous êtes trop fortes, on dirait une seule personne
le filtre beauté est exagéré sur ta vidéo, on voit plus ton vrai visage
Tu devrais filmer dans une pièce plus grande, ta chambre est trop petite pour cette chorégraphie.
Lola t'as 14 ans, fais attention aux commentaires bizarres, bloque les mecs chelous
ta tenue pour cette choré est trop stylée, tu l'as trouvée où ?
les vieux comme moi qui essaient ta trend et se bloquent le dos 😂 merci Inaya
t'es pas très souple mais t'as du style, ça compte plus
mdr ta mère qui débarque dans le champ au milieu de la choré 💀
Le son est décalé par rapport à l'image, on dirait que tu danses sur un autre morceau.
Mehdi ton headspin m'a retourné, comment t'as pas vomi 😵
Tu fais trop de tendances et pas assez de tes propres chorégraphies, c'est dommage, tu as du talent.
Fatou ta danse afro me donne envie de me lever du canapé 💃🏾
tu fais la trend en fauteuil avec les bras, c'est trop créatif, j'adore ♿️❤️
ceux qui sexualisent une gamine de 14 ans dans les commentaires, vous êtes des malades, signalé
Ce twerk c'est de l'art, ceux qui commentent "vulgaire" ne connaissent rien à cette danse.
tu danses comme mon oncle au mariage 😂 j'adore ce chaos
tu bouges comme un robot, c'est voulu ? parce que ça marche trop bien 🤖
j'ai appris la choré grâce à ton tuto au ralenti, merci !!
la miniature promet un truc que la vidéo fait pas, arrête le clickbait
Cette tendance est dangereuse, des enfants se sont blessés, mets au moins un avertissement.
t'as l'air gêné devant la caméra, détends-toi, tu danses super bien
je vais te tuer, j'ai cette choré dans la tête depuis trois jours 😂
vous dansez trop mal toi et ta soeur 😂 mais vous êtes trop drôles ensemble
Ta chorégraphie manque de précision, mais l'idée de la faire dans un supermarché est géniale.
Inaya tu danses avec ton voile et ton jogging, la classe absolue 🔥
ta vidéo m'a fait rire mais la trend est un peu moqueuse envers les personnes handicapées, non ?
"""

DANCE_NEUTRAL = """
c'est quoi le son de la trend ?
qui fait la trend ce week-end avec ses potes ?
la choré commence à 0:12 pour ceux qui cherchent
Je l'ai apprise en deux heures et j'ai mal aux jambes.
"""

DANCE_ATTACKS = """
Lucas en talons, sale tarlouze, mets-toi une robe tant que t'y es 🤡 | identity_hate insult
Lola t'as 14 ans mais t'as un corps de femme, envoie tes vidéos en privé 😏 | sexual_harassment
Jumelles Diop, deux guenons qui se trémoussent, la jungle c'est par là 🐒 | identity_hate
ta chambre est trop petite pour ton gros cul, va danser dans un hangar 🐘 | body_shaming
t'as raté le pas, t'as raté ta vie aussi, tu devrais te jeter du toit | self_harm_incitement
Ce twerk prouve que tu n'es qu'une pute qui cherche des abonnés. | insult
Tu es en fauteuil et tu danses ? Tu es ridicule, reste couché dans ton coin. | identity_hate insult
tu bouges comme un robot, un robot moche avec une tête de pied 🤖🤮 | body_shaming insult
t'es gêné devant la caméra parce que t'as une tronche de raté, normal | body_shaming insult
je reconnais ton lycée au fond de la vidéo, le gymnase de Saint-Viveret-des-Combes, on t'attend vendredi | doxxing threat
ta mère qui débarque est encore plus grosse que toi, quelle famille de baleines 🐳 | body_shaming
Fatou retourne danser dans ta case en Afrique, ici on veut pas de ça | identity_hate exclusion
Inaya fais la trend en soutif la prochaine fois, là je m'abonne 🍆 | sexual_harassment
t'es la risée du lycée, tout le monde partage ta vidéo pour se moquer, personne veut de toi | exclusion
Mehdi j'espère que tu te brises la nuque pendant ton headspin 🙏 | threat
Tu danses comme une handicapée mentale, c'est gênant à regarder. | identity_hate insult
le filtre beauté sert à rien, t'es moche même avec, une vraie sorcière 🧙 | body_shaming insult
arrête de danser, tu fais pitié, même tes copines t'ont retirée de leurs amis proches | exclusion
on a retrouvé ton compte perso, ton prénom, ton lycée, ta classe, tout sort ce soir | doxxing
avec des tenues pareilles tu mérites de te faire violer | sexual_harassment threat
les jumelles, je prends celle de gauche pour la nuit 😏🔥 | sexual_harassment
ta tenue est stylée mais t'as des jambes de poulet, cache-les 🐔 | body_shaming
Mon grand frère va te retrouver et te casser les dents à la sortie du collège. | threat
Une trans qui fait la tendance des filles : tu n'es pas une fille, tu es un homme malade. | identity_hate
je vais te tuer si je te croise, toi et ta choré de débile, t'es prévenu | threat insult
vous dansez trop mal, toi et ta soeur, deux boudins qui se secouent 🤮 | body_shaming insult
Ta danse est aussi vulgaire que toi, tu n'es qu'une traînée en quête d'attention. | insult
"""


# --- DIY and crafts -------------------------------------------------------------------------------
DIY_HARD = """
Margaux ton tuto pour changer une prise m'a évité d'appeler mon beau-père, merci 🙏
Papy, ta technique pour poser le carrelage est dépassée, plus personne ne fait comme ça.
t'as pas mis de gants pour manipuler ce décapant, c'est dangereux, fais attention à toi
ton étagère penche, ça se voit à l'oeil nu à 8:20 😂
Le tutoriel passe trop vite sur la partie électricité, c'est pourtant là qu'on a besoin de détails.
ce fil dénudé sans couper le disjoncteur, tu vas te tuer, coupe le courant d'abord 😱
Kader tes meubles en palette sont magnifiques, tu les vends ?
ta scie circulaire sans protection, ça me donne des sueurs froides
Margaux tu manies la ponceuse mieux que mon père, respect 💪
Jeanne vos pulls en tricot sont de vraies oeuvres d'art, je commence grâce à vous
Je trouve le rendu final moche, mais la technique est intéressante.
Ta peinture a coulé partout, tu n'as pas attendu que la première couche sèche.
le tuto est sponsorisé par une marque de vis, on voit que tu te forces à les aimer 😂
t'as des mains en or, moi je plante pas un clou sans me taper le doigt
ma déco après avoir suivi ton tuto : catastrophe totale, j'ai tout raté 💀
Sonia tu bricoles avec ta prothèse de main, chapeau, je me plaindrai plus jamais
je reconnais ta perceuse, c'est la même que celle de mon grand-père, increvable
ton avant/après de la maison c'est dingue, t'as bossé comme un fou
ton atelier est un bordel sans nom, comment tu retrouves tes outils 😂
ton accent alsacien quand tu expliques les chevilles, j'adore 😄
Tu as l'air épuisé en fin de vidéo, repose-toi, le chantier peut attendre.
Cette technique de lasure est mauvaise, le bois va pourrir en deux hivers, je vous le garantis.
je vais te piquer l'idée du meuble à chaussures, ma femme va croire que j'ai du talent 😂
j'ai un peu ri quand la planche t'est tombée sur le pied, désolé 😂 t'as rien ?
arrêtez d'écrire "vieux con" sous les vidéos de Papy, il partage son savoir gratuitement
La musique de fond est insupportable, elle couvre tes explications.
trente minutes pour changer un joint, ta vidéo est beaucoup trop longue 😅
ton tuto m'a fait économiser trois cents euros de plombier, merci infiniment
Papy t'es un vieux grincheux dans tes vidéos et c'est exactement pour ça qu'on t'adore 👴
t'es une tête brûlée avec ta meuleuse, mets des lunettes avant de perdre un oeil
je suis pas d'accord, la colle chaude c'est pas du bricolage, c'est de la triche 😂
"""

DIY_NEUTRAL = """
c'est quelle marque de colle à bois ?
ça tient combien de kilos ce genre de fixation ?
je commence mon premier meuble ce week-end, stressé
Quelle épaisseur de contreplaqué faut-il pour une étagère ?
"""

DIY_ATTACKS = """
Papy vieux débris, t'es plus bon qu'à crever dans ton atelier | insult self_harm_incitement
ce fil dénudé, vas-y, touche-le à mains nues, rends-nous service 😂⚡ | self_harm_incitement
Margaux une meuf avec une ponceuse, t'as l'air d'une camionneuse gouine | identity_hate insult
Kader tes meubles en palette, normal pour un Arabe, vous dormez sur des palettes au bled | identity_hate
ta scie sans protection, j'espère que tu t'arraches la main en direct 🙏 | threat
Sonia avec ta prothèse t'as l'air d'un monstre, cache ton moignon | identity_hate body_shaming
Jeanne la vieille peau, tricote-toi un linceul et couche-toi dedans pour de bon 💀 | insult self_harm_incitement
ton atelier est un bordel, comme ta gueule de clochard | insult body_shaming
je reconnais ton garage, le hangar bleu au bout du chemin des Saules à Montbrisac-la-Côte, c'est noté | doxxing
Avec ton accent alsacien de boche, retourne donc bricoler en Allemagne. | identity_hate exclusion
la planche t'est tombée sur le pied, dommage que c'était pas sur ta tête de con | insult threat
ta peinture a coulé comme ton gros bide sur ton pantalon 🤮 | body_shaming
t'as des mains en or mais une tête de déterré, on veut voir que les mains | body_shaming
fais tes tutos en débardeur mouillé ma belle, tes vis on s'en fout 😏 | sexual_harassment
Personne dans ta famille ne veut de tes meubles pourris, tu es un raté que tout le monde fuit. | insult exclusion
sale pédé qui fait de la déco, t'as raté ta vocation de coiffeur 🤡 | identity_hate insult
ton tuto m'a fait perdre trois cents euros, je vais venir te les faire payer en vrai, tu vas voir | threat
prends ta perceuse et fais-toi un trou dans le crâne, ça aérera 💀 | self_harm_incitement
Une handicapée qui bricole ? Tu es une catastrophe ambulante, reste assise. | identity_hate insult
ton avant/après, dommage que ta maison brûle bientôt 🔥 on sait où elle est | threat doxxing
Tu es tellement gros que ton escabeau va céder, filme-le pour qu'on rie. | body_shaming
tes voisins du lotissement se moquent tous de toi et t'invitent plus, arrête tes vidéos de loser | exclusion insult
un juif qui bricole, tu fais payer chaque vis à ta famille hein 😂 | identity_hate
Vieux con de Papy, ta technique pourrie finira au cimetière avec toi, et bientôt. | insult
t'es une tête brûlée ? je vais m'occuper de te brûler la tête moi-même | threat
Vous êtes un vieil imbécile sénile, vos tutoriels sont aussi inutiles que votre existence. | insult
"""


# --- Pets -----------------------------------------------------------------------------------------
PETS_HARD = """
Tarik, ton serpent est mal installé, le terrarium manque de cachettes, renseigne-toi.
ton chat est trop gros, mets-le au régime, c'est pas bon pour ses articulations
Ton chien est obèse, cela me fait mal au coeur, parles-en à ton vétérinaire.
Tu ne devrais pas donner de chocolat à ton chien, même pour la vidéo, c'est toxique.
Karim ce que tu fais pour les animaux du refuge, t'es un héros 🙏
ton perroquet qui crie "gros nul" à la caméra, je suis mort de rire 😂
La cage est trop petite pour ton lapin, c'est de la maltraitance, renseigne-toi.
dix minutes pour montrer ton chat qui dort, vidéo inutile, et pourtant j'ai tout regardé 😂
Je ne suis pas d'accord avec ta méthode du collier étrangleur, c'est cruel.
Tarik ton python me donne des cauchemars mais je regarde quand même 🐍
mdr ton chien qui t'ignore complètement quand tu l'appelles 💀
ta chienne vole la vedette à chaque vidéo, elle mérite sa propre chaîne 😂
Mamie Ginette votre perroquet parle mieux que mon petit frère 😂
je pleure pour ton vieux chat, il était magnifique, repose en paix Filou 💔
arrête les vidéos sponsorisées croquettes, cette marque est mauvaise pour eux
tu caresses ton chat à rebrousse-poil, il va te griffer 😂
Ta vidéo sur l'adoption en refuge m'a convaincue, je vais chercher ma chienne samedi.
t'as l'air triste depuis la mort de ton chien, on est avec toi ❤️
les commentaires qui insultent Karim parce qu'il est en fauteuil sont honteux, il sauve des vies
ton chat sait ouvrir le frigo ?? génie, toi par contre tu fermes mal la porte 😂
Cette race de chien a des problèmes respiratoires, ce n'est pas bien de faire la promotion de ces élevages.
je rigole trop quand ton chat te tape sur la tête pour avoir son repas 😂
Ton chien a mordu le facteur et tu trouves cela drôle ? Pas moi.
l'image est floue, on voit pas bien les chatons
tes chiens sont mieux éduqués que mes enfants, respect
c'est moi ou ton poisson rouge te regarde avec mépris 😂
ton chat est une grosse boule de poils, j'ai envie de le croquer 😍
t'as pleuré en retrouvant ton chien perdu, j'ai pleuré avec toi 😭
Tes vidéos de chats sont les seules qui me font sourire quand je vais mal, merci pour ça.
ta voix de bébé quand tu parles à ton chien 😂 on fait tous pareil
ton hamster qui court dans sa roue à trois heures du mat, mon énergie en période d'exams 😂
"""

PETS_NEUTRAL = """
il a quel âge ton chat ?
c'est quelle race le petit marron ?
mon chat regarde la vidéo avec moi mdr
Comment nourrit-on un serpent, concrètement ?
"""

PETS_ATTACKS = """
ton chien est gros comme toi, on voit qui mange les croquettes à la maison 🐷 | body_shaming
Karim t'es en fauteuil, même les animaux du refuge sont plus utiles que toi | identity_hate insult
j'espère que ton chat crève et toi avec | threat
je vais empoisonner ton chien, je sais où tu le promènes, au parc du Moulin à Ravenelle-sur-Lys | threat doxxing
Ton perroquet a plus de cervelle que toi, pauvre débile. | insult
Tarik laisse ton python t'étrangler, on fera une vidéo hommage | self_harm_incitement
une rebeue avec des chiens, t'as pas peur que ton imam te lapide ? 😂 | identity_hate
ta chienne et toi vous êtes les deux chiennes de la vidéo 😏 | insult
tu caresses ton chat, viens plutôt me caresser moi, je t'attends en privé 🍆 | sexual_harassment
Mamie Ginette votre perroquet est plus beau que votre tronche fripée 😂 | body_shaming insult
Ton vieux chat est mort ? Tu aurais dû partir avec lui. | self_harm_incitement
la cage trop petite pour ton lapin, je te mettrais bien dans une cage toi aussi, sale monstre | threat insult
Personne ne veut de toi, même ton chien te fuit, c'est pour cela que tu as douze chats. | exclusion
t'as l'air triste depuis la mort de ton chien ? tant mieux, pleure encore sale grosse | insult body_shaming
ton hamster est plus mignon que ta face de rat 🐀 | body_shaming
un Chinois avec des chiens, tu les élèves pour le ragoût ? 😂 | identity_hate
Ton chien a mordu le facteur, j'espère qu'on va le piquer, et toi avec. | threat
Une trans qui élève des chiots, ils vont finir aussi tarés que toi. | identity_hate
je sais que tu bosses à l'animalerie de la zone commerciale de Bravelune-Nord, on va venir te rendre visite | doxxing threat
ton chat te frappe, il a raison, t'es une conne qui mérite des baffes | insult
avec ta gueule de thon, même le refuge voudrait pas t'adopter 🐟 | body_shaming insult
montre ton chat et ta chatte dans la même vidéo 😏 | sexual_harassment
t'es qu'une vieille folle à chats, seule et oubliée, personne viendra à ton enterrement | exclusion insult
ta voix de bébé quand tu parles à ton chien, t'es vraiment un attardé 🤡 | insult
Vous êtes une personne répugnante et vos animaux méritent un meilleur maître que vous. | insult
ton chien est une grosse boule de graisse, comme sa maîtresse 🐖 | body_shaming
"""


# --- Fashion and hauls ----------------------------------------------------------------------------
FASHION_HARD = """
Samira, pourrais-tu faire une vidéo sur les marques de vêtements modestes à petit prix ?
huit cents euros de fast fashion dans un haul, ça cautionne l'exploitation, je suis déçue
Je trouve que la jupe ne te va pas très bien, elle coupe la silhouette au mauvais endroit.
Léa merci de montrer des tenues en grande taille, enfin des vidéos pour mon corps 💕
t'as des goûts de mamie 😂 mais bizarrement ça te va trop bien
cette veste est hideuse, pardon mais c'est non 🙈
Samira tes tenues modestes sont tellement élégantes, tu m'inspires tous les jours
Colette à 65 ans vous avez plus de style que moi à 20, je suis vexée
Jules un mec qui porte des jupes avec autant de classe, respect total
La lumière change la couleur des vêtements, le rose paraît orange à l'écran.
Tu dis que c'est de qualité, mais la couture se défait déjà sur le gros plan.
Tu n'as pas précisé que c'était un partenariat, c'est illégal de le cacher.
ce pantalon te fait des jambes interminables, t'as l'air d'un mannequin 😍
t'es grande comme moi, enfin quelqu'un qui montre les longueurs sur 1m80 merci
Ton style a perdu en originalité, tout ressemble désormais à ce que font les autres.
le body moulant c'est trop osé pour le travail à mon avis, perso je le mettrais pas au bureau
les mecs qui demandent "tourne-toi" sous les hauls de Yasmine, vous êtes dégueulasses, signalé
tes chaussures à quatre cents balles pour aller en cours, on vit pas dans le même monde 😂
La robe rouge est sublime sur toi, elle met ton teint en valeur.
Je vais copier ta tenue pour mon entretien d'embauche, elle est sérieuse et élégante.
ces tendances années 2000 sont moches, désolée, cette époque méritait de mourir 😂
ton essayage en cabine avec la lumière verte est flippant 😂 on dirait un film d'horreur
Océane tu montres comment t'habiller après avoir pris du poids, c'est tellement sain ❤️
taille 46 et magnifique, les haters peuvent pleurer 🔥
tu devrais faire un haul seconde main, ça changerait des colis de fast fashion
ta voix aiguë quand t'ouvres un colis 😂 c'est ma dose de joie
ce manteau à trente euros qui ressemble à du luxe, t'as l'oeil
c'est joli mais ça fait déguisement, on te reconnaît plus
ton look de cagole assumée avec les créoles géantes, j'adore trop 😂🔥
t'as l'air d'un clown avec cette veste à carreaux 🤡 mais j'avoue que j'en veux une
"""

FASHION_NEUTRAL = """
tu fais quelle taille en général sur ce site ?
les codes promo marchent encore ?
Le jean taille-t-il grand ou normalement ?
j'ai commandé le même pull, livré en trois jours
"""

FASHION_ATTACKS = """
Léa t'es une baleine qui fait des hauls, les vêtements souffrent sur toi 🐳 | body_shaming
tourne-toi qu'on voie tes fesses dans ce jean, le reste on s'en fiche 😏 | sexual_harassment
Samira, avec ton torchon sur la tête, tu as l'air d'une bonne soeur talibane. | identity_hate
Colette à votre âge les robes courtes c'est ridicule, vos jambes de vieille dinde font vomir 🤮 | body_shaming insult
Jules, un homme en jupe ? Tu mérites de te faire tabasser dans la rue. | identity_hate threat
la jupe te va pas, normal, t'as des cuisses de jambon | body_shaming
t'es grande comme un mec avec une carrure de déménageur, t'es pas une vraie femme | body_shaming
ce pantalon te fait des jambes interminables, écarte-les un peu qu'on voie mieux 😏 | sexual_harassment
La robe rouge est sublime, dommage que la cagole à l'intérieur gâche tout. | insult
taille 46, grosse truie, arrête de te montrer et va courir 🐷 | body_shaming insult
ta voix aiguë est insupportable, on a envie de t'étrangler avec le scotch de ton colis | threat
envoie-moi tes essayages de lingerie en privé, je paie bien 💸 | sexual_harassment
t'es une pute à colis, tu ferais n'importe quoi pour des fringues gratuites | insult
je reconnais l'arrêt de bus devant ton immeuble, rue Gambetta à Chaumière-les-Vignes, j'arrive | doxxing threat
Océane, tu as pris du poids, tu es devenue dégoûtante, arrête de porter des hauts courts. | body_shaming
les noires avec des perruques, vous cachez votre vraie tête de singe 🐒 | identity_hate
Tout le monde se moque de toi au collège, même tes amies partagent tes vidéos en riant. | exclusion
fais un haul de cordes, tu sais très bien pour quoi faire 🪢 | self_harm_incitement
ta tenue de soirée te donne l'air d'un travelo raté | identity_hate insult
tes goûts sont pourris et ta gueule aussi, même les friperies voudraient pas de toi | insult body_shaming
Yasmine tu t'habilles comme une arabe de cité, ça pue le shit et la racaille | identity_hate
je vais t'attendre à la sortie de la boutique où tu tournes, tu verras si je suis un hater | threat
ça fait déguisement, t'as l'air d'un clown, un gros clown bien gras 🤡 | body_shaming insult
t'es qu'une grosse qui fait semblant d'aimer son corps, on sait que tu pleures le soir 😂 | body_shaming
Tu es d'une laideur rare, aucun vêtement ne pourra sauver une silhouette aussi disgracieuse. | body_shaming
Colette vous avez passé l'âge de vivre, laissez la place aux jeunes | self_harm_incitement exclusion
"""


# --- Studies and revision -------------------------------------------------------------------------
STUDIES_HARD = """
Awa, ta vidéo sur le grand oral m'a rassurée, je n'ai plus peur de le passer.
Ta méthode des fiches est une perte de temps, les études montrent que l'auto-évaluation fonctionne mieux.
Huit heures de révision par jour, c'est irréaliste, tu donnes une image toxique des études.
Awa grâce à ta vidéo sur la dissertation j'ai eu 16, je t'aime fort 😭
t'écris trop petit sur tes fiches, on voit rien même en plein écran
ton study with me est trop calme, je m'endors au lieu de bosser 😴
t'as fait une faute dans le titre, "révison" 😂
Marius t'as l'air épuisé, dors un peu, la médecine peut attendre une nuit
je suis dyslexique comme toi et ta chaîne m'a redonné confiance
tu dis que Parcoursup c'est simple, mais pour nous en bac pro c'est pas du tout pareil
ton bureau est trop propre pour être honnête 😂 montre le vrai bordel
je vais te tuer, t'as encore posté à minuit et j'ai pas dormi 😂
ta musique lo-fi en fond est parfaite, c'est quoi la playlist ?
Tes conseils s'adressent à ceux qui ont les moyens, tout le monde ne peut pas payer des cours particuliers.
cette vidéo de motivation m'a surtout donné envie de pleurer sur mon partiel 💀
Tu t'es trompé sur la date des épreuves, c'est le 15 et non le 12, corrige la description.
Tom t'as 17 ans et t'expliques mieux les maths que mon prof, t'es un ouf
ta routine à cinq heures du matin, non merci, je préfère rater ma vie en dormant 😂
ceux qui écrivent "t'es trop bête pour la fac" sous les vidéos d'Awa, elle est en master, relisez-vous
Tu as raté ton concours et tu en parles ouvertement, c'est courageux et cela m'aide.
tes surligneurs de toutes les couleurs me stressent, c'est un arc-en-ciel de panique
Je ne suis pas d'accord, l'agenda papier est dépassé, une application fait mieux.
ton histoire de burn-out en prépa m'a fait peur, courage à toi
j'ai eu mon bac grâce à toi, je te dois une pizza, livraison où ? 😂
La voix off est trop basse et la musique trop forte.
ton astuce pour apprendre les déclinaisons latines m'a sauvé la vie
Marius t'es un robot, dix heures de bibliothèque, t'as pas de vie 😂 respect quand même
ta vidéo sur la phobie scolaire m'a fait pleurer, j'ai vécu exactement la même chose
ton pomodoro de deux heures sans bouger la tête est un peu flippant 😂
t'as l'air d'un zombie sur cette vidéo 😂 les partiels ont eu ta peau
"""

STUDIES_NEUTRAL = """
qui révise le bac de philo ce soir ?
pomodoro 25/5 ou 50/10 vous préférez quoi ?
partiel demain à huit heures, je suis pas prêt
Est-ce que cela fonctionne aussi pour apprendre le code de la route ?
"""

STUDIES_ATTACKS = """
Awa t'as eu ton bac avec des points bonus pour les Noirs, arrête de jouer à la prof | identity_hate
Tu es dyslexique ? Tu es juste débile, arrête de chercher des excuses. | identity_hate insult
Marius t'as l'air épuisé, t'as surtout l'air d'un cadavre, fais-le pour de vrai | self_harm_incitement body_shaming
Tom t'as 17 ans et une tête de bébé, envoie des photos torse nu 😏 | sexual_harassment
t'as raté ton concours parce que t'es conne, point, arrête ta vie ou ta chaîne | insult self_harm_incitement
ton bureau est propre, tu révises à genoux sous celui du prof pour avoir tes notes ? | sexual_harassment insult
je sais que t'es en L1 de droit à la fac de Portlune, amphi B, je passe te dire bonjour | doxxing threat
ta routine à cinq heures du mat, dommage que tu te réveilles encore chaque matin | threat
Les étudiantes voilées comme toi n'ont rien à faire à l'université, rentre chez toi. | identity_hate exclusion
Ton burn-out vient de ta faiblesse, les gens comme toi méritent de craquer. | insult
tes fiches c'est de la merde, comme ta tronche boutonneuse 🤮 | body_shaming insult
tout ton amphi se moque de toi, ils ont un groupe rien que pour ça 😂 | exclusion
t'es gros et tu fais des study with me, on voit bien que tu décolles jamais de ta chaise 🐷 | body_shaming
Tom t'expliques bien mais t'as une voix de fillette, t'es pédé ou quoi ? | identity_hate insult
une Asiat qui a de bonnes notes, quelle surprise, un vrai robot 🤖 | identity_hate
Tu es trop bête pour l'université, tu n'as rien à faire au milieu de gens intelligents. | insult exclusion
je vais te tuer pour de vrai si tu postes encore, je connais ta résidence étudiante | threat doxxing
ta musique lo-fi c'est la seule chose supportable, ta gueule beaucoup moins | insult body_shaming
ferme ta chaîne, personne veut des conseils d'une première de la classe frigide | insult exclusion
t'es trans et tu révises médecine ? apprends déjà ton vrai sexe | identity_hate
les pauvres comme toi en bac pro devraient même pas parler de la fac, déchet | insult exclusion
Un professeur dyslexique, un handicapé qui enseigne : les pauvres élèves. | identity_hate
fais ton study with me en nuisette, au moins on restera éveillés 😏 | sexual_harassment
tu mérites un partiel dans la gueule, au sens propre, à coups de poing | threat
t'as l'air d'un zombie, normal t'es moche à crever, les partiels ont rien à voir 🤮 | body_shaming insult
Tu es une fraude intellectuelle et une personne médiocre, personne ne devrait t'écouter. | insult
"""


# --- Travel ---------------------------------------------------------------------------------------
TRAVEL_HARD = """
Rania, ta vidéo sur le voyage en solo quand on est une femme devrait être montrée partout.
Ta vidéo sur le Japon est une suite de clichés, tu n'as rien compris au pays.
Tu fais la promotion d'un hôtel de luxe dans une vidéo sur le voyage bon marché, c'est incohérent.
faire voler ton drone au-dessus du temple c'est interdit, t'aurais pu respecter les règles
Rania seule en voyage avec ton voile, tu casses tous les préjugés, bravo 👏
Nico et Sam vos vidéos de couple dans des pays durs pour les gays, c'est courageux
ta prononciation de l'espagnol est horrible 😂 mais tu fais l'effort
je reconnais la plage, c'est Étretat non ? j'y étais cet été, trop beau
t'as l'air crevée dans le bus de nuit, c'est ça le vrai voyage 😂
Tu devrais demander avant de filmer les gens dans la rue, c'est limite.
ton vlog au Maroc m'a donné envie de retourner au bled voir ma grand-mère 🥹
douze vols dans l'année, t'es pas très cohérente avec tes discours écolo
le van aménagé est magnifique, t'as tout fait toi-même ?
mdr ta tête quand t'as goûté le durian 🤢😂
les mecs qui disent à Léna qu'une femme seule "cherche quelque chose" sont des porcs, continue de voyager
Ta vidéo est mal rythmée, trop de plans de paysage et pas assez d'informations pratiques.
t'as pris un coup de soleil de fou, mets de la crème 😭
tu dis que ce pays est "sauvage", c'est un peu condescendant quand même
Moussa ton sourire quand t'arrives au sommet, j'en ai pleuré
Je ne suis pas d'accord avec ton classement, Lisbonne mérite mieux que la huitième place.
t'es trop drôle quand tu négocies au marché, le vendeur t'a roulé dans la farine 😂
trois minutes d'intro avec drone et musique épique, on a compris, passe à la suite
le passage où tu te perds la nuit m'a stressé, fais attention à toi là-bas
Cela fait rêver, mais ce genre de voyage n'est pas accessible à tout le monde.
J'aurais aimé plus de conseils pour les voyageurs en fauteuil comme moi.
Kim merci pour tes astuces de vie en van quand on est une femme seule, hyper utile
t'as oublié de donner le prix du logement, c'est ça qui nous intéresse 😅
tu montres ton hôtel en direct à chaque fois, attends d'être parti pour poster, c'est plus prudent
t'as l'air d'un vrai touriste avec ton bob et ta banane 😂 j'adore
ta vidéo sur le voyage à Jérusalem en famille était très émouvante, merci
Je suis déçu, cette vidéo ressemble à une publicité de l'office de tourisme du début à la fin.
"""

TRAVEL_NEUTRAL = """
c'était quelle saison pour ce trek ?
Faut-il un visa pour y aller avec un passeport français ?
budget total du voyage ?
quelle appli pour réserver les trains là-bas ?
"""

TRAVEL_ATTACKS = """
Rania seule avec ton voile, tu vas faire sauter l'avion ? 😂 | identity_hate
Nico et Sam, deux pédales en voyage, j'espère qu'un pays vous pendra pour de bon | identity_hate threat
Léna une femme seule qui voyage, elle cherche à se faire sauter, on a compris 😏 | sexual_harassment insult
ta prononciation est horrible, comme ta tronche de babouin | body_shaming insult
Moussa, retourne dans ton pays, tu n'as pas besoin de voyager, tu es déjà un migrant. | identity_hate exclusion
ton coup de soleil te fait une tête de homard, déjà que t'étais pas jolie 🦞 | body_shaming
je reconnais ton van, au camping des Sablons à Pornivic, emplacement 14, à ce soir 😘 | doxxing threat
J'espère que ton bus de nuit finira au fond d'un ravin. | threat
t'as l'air crevée, t'as surtout l'air d'une vieille clocharde, faut te filmer de loin | body_shaming insult
Kim une meuf seule en van, envoie-moi ta position ce soir, je viens te tenir compagnie 😏 | sexual_harassment threat
tu filmes les gens sans demander ? on filmera ta mort aussi 🔪 | threat
ton vlog au Maroc, restes-y avec tous tes cousins voleurs | identity_hate exclusion
Tu voyages en fauteuil ? Reste chez toi, tu es un boulet pour tout le monde. | identity_hate exclusion
douze vols dans l'année, dommage qu'aucun se soit crashé | threat
la grosse en short sur la plage, pitié pour nos yeux 🐋 | body_shaming
ta tête quand t'as goûté le durian, la même que quand tu te regardes dans un miroir 🤮 | body_shaming insult
Personne ne veut voyager avec toi, c'est pour cela que tu pars seule : tu es insupportable. | exclusion insult
les Asiatiques comme toi qui filment tout, bande de touristes bridés 📸 | identity_hate
saute du haut du sommet, pour une fois tu nous feras une belle vidéo | self_harm_incitement
t'es une salope de touriste, tu mérites de te faire voler ton passeport et de crever là-bas | insult threat
Une juive en voyage à Jérusalem : tu viens voler une terre de plus ? | identity_hate
je connais ton vrai nom et ton adresse en Bretagne, et ta maison est vide en ce moment, merci 😈 | doxxing threat
t'es une moins que rien qui vit aux crochets de ses abonnés, va bosser parasite | insult
t'as l'air d'un vrai touriste, un gros touriste dégueulasse qui sue comme un porc 🐷 | body_shaming insult
Vous êtes un couple d'homosexuels dégénérés, aucun pays civilisé ne devrait vous laisser entrer. | identity_hate exclusion
"""


# --- ASMR and relaxation --------------------------------------------------------------------------
ASMR_HARD = """
Clémence tes roleplays sont trop bien mais le micro gauche crépite, vérifie le câble
Les bruits de bouche sont trop forts dans cette vidéo, cela me met mal à l'aise.
Ton micro capte un souffle permanent, c'est dommage pour une vidéo ASMR.
Clémence ta voix chuchotée m'endort en cinq minutes, merci pour mes nuits 😴
tes vidéos sont devenues longues et répétitives, on dirait un copier-coller
le tapotement sur le bois à 12:30 c'est le paradis 🤤
Hugo un mec qui fait de l'ASMR sans être gêné, ça fait du bien
ton ASMR mukbang me dégoûte perso, les bruits de mastication c'est pas pour moi 🤢
Nadia tes chuchotements en arabe sont tellement doux, ça me rappelle ma grand-mère
Mamie Relax vos histoires du soir sont meilleures que tous les podcasts
une pub au milieu de l'ASMR, en plein endormissement, c'est violent 😭
je m'endors avec tes vidéos depuis mon deuil, merci d'exister vraiment
Tu chuchotes trop près du micro, le son sature dans le casque.
je me suis endormi à la troisième minute et réveillé par la musique de fin 😂
Yumi tes sons de pinceaux sur la caméra, je fonds 😌
les gens qui commentent des trucs sexuels sous les ASMR de Clémence, vous êtes lourds, c'est pour dormir
ta lumière rouge tamisée est trop sombre, je vois pas ce que tu fais avec tes mains
tu manges la bouche ouverte devant un micro, c'est un choix audacieux 😂
Je trouve que ton ASMR a perdu en qualité depuis que tu publies tous les jours.
ton roleplay de coiffeur est tellement réaliste que j'ai senti les ciseaux 😳
Cette vidéo m'a fait l'effet inverse, les bruits de papier froissé m'ont stressée.
ton chat qui miaule au milieu, meilleur trigger de la vidéo 🐱
Ta voix est trop aiguë pour moi, mais je comprends qu'elle plaise à d'autres.
t'as l'air malade dans cette vidéo, prends soin de toi, repose ta voix
Le son binaural est inversé, la gauche et la droite sont interverties.
je mets ta vidéo pour mon bébé et elle s'endort direct, merci 🙏
ton roleplay d'infirmière était trop drôle, le bandage sur la caméra 😂
je t'aime mais ta vidéo de trois heures de papier bulle, c'est de la folie 😂
Ton chuchotement est agréable, mais la musique de fond gâche complètement l'effet relaxant.
"""

ASMR_NEUTRAL = """
quel micro pour débuter l'ASMR ?
qui écoute ça pour réviser ?
Est-ce efficace contre les insomnies chroniques ?
la vidéo de trois heures c'est parfait pour la nuit
"""

ASMR_ATTACKS = """
Tes bruits de bouche me donnent envie de t'arracher la langue. | threat
Clémence chuchote-moi des cochonneries, je sais que t'aimes ça 🍆💦 | sexual_harassment
Hugo, un homme qui chuchote ? Tu es une vraie fiotte, sois un homme. | identity_hate insult
ton mukbang, tu bouffes comme une truie, pas étonnant que t'aies trois mentons 🐷 | body_shaming insult
Nadia tes chuchotements en arabe, on dirait une prière de terroriste | identity_hate
Mamie Relax votre voix de vieille sorcière me donne des cauchemars, allez dormir pour toujours | insult self_harm_incitement
endors-toi et ne te réveille jamais, ce serait ta meilleure vidéo | self_harm_incitement
fais ton roleplay d'infirmière en petite tenue et filme plus bas que le visage 😏 | sexual_harassment
ta lumière tamisée c'est pour cacher ta peau pleine de cratères, pas bête 🔥 | body_shaming
Yumi une Asiat qui chuchote, on dirait un porno japonais, avoue 😏 | identity_hate sexual_harassment
Tu manges la bouche ouverte comme un animal, ce que tu es au fond. | insult
je reconnais ta chambre, la fenêtre donne sur le clocher de Vaudrecourt-sur-Lisle, je viendrai t'écouter de près | doxxing threat
ta voix aiguë d'attardée me donne envie de te gifler | insult threat
t'as l'air malade, j'espère que c'est grave et que tu nous foutras la paix pour toujours | threat
personne écoute tes vidéos pour toi, on les lance pour s'endormir tellement t'es chiante | insult
ton micro capte ton souffle de baleine asthmatique 🐳 | body_shaming
Une trans qui fait de l'ASMR : même en chuchotant, ta voix d'homme ne se cache pas. | identity_hate
envoie tes chuchotements au lit en privé, rien que pour moi 😏 | sexual_harassment
tes commentaires sont pleins de pervers et c'est ce que tu cherches, petite salope | insult
un juif qui fait de l'ASMR avec des pièces d'or, c'est logique 💰 | identity_hate
arrête l'ASMR, ta famille t'a même pas invitée à Noël, on sait tous pourquoi 😂 | exclusion
je m'endors avec tes vidéos, et un jour c'est toi qui dormiras pour toujours, je m'en occupe | threat
Tu es tellement laide qu'on fait bien de fermer les yeux en t'écoutant. | body_shaming
Ta voix est aussi insupportable que ton visage, tu devrais disparaître définitivement. | body_shaming self_harm_incitement
"""


# --- Lives and streams (the chat) -----------------------------------------------------------------
LIVE_HARD = """
Noa, le chat était horrible hier soir, on était nombreux à signaler, tiens bon ❤️
Tu as bien fait de couper le direct quand le chat a commencé à partir en vrille.
le stream lag de ouf ce soir, t'as un souci de connexion ?
Tu ne lis jamais le chat, c'est frustrant pour ceux qui posent des questions.
t'as encore oublié de couper ton micro pendant la pause 😂 on t'a entendu chanter
GG Noa, ce clutch à la fin, le chat a explosé 🔥🔥
les modos ont ban le mec qui t'insultait, merci à eux, continue le live ❤️
neuf heures de live sans pause, va dormir sinon tu vas mourir de fatigue 😭
trois coupures pub en une heure de live, c'est abusé
t'es de mauvaise humeur ce soir, ça se sent, prends une pause si t'en as besoin
Hafsa ton live juste avant la rupture du jeûne, on entend la faim dans ta voix 😂
le chat est en feu ce soir, bon courage les modos
t'as ragé et cassé ta manette, je suis mort de rire 💀
Je suis déçu que tu acceptes les dons de ce site de paris, ce n'est pas sain pour les adolescents.
Papi Gamer t'es le streamer le plus gentil de la plateforme, on t'adore 👴❤️
quelqu'un a écrit "rentre dans ton pays" dans le chat, ban direct, merci les modos
Ta caméra est floue depuis le début, on ne voit qu'une tache.
Tu parles trop de ta vie privée en direct, fais attention à ce que tu révèles.
Tu as dit le nom de ton quartier en direct sans le vouloir, supprime vite la rediffusion.
Ce soir, le live était décevant, tu semblais ailleurs, mais ça arrive à tout le monde.
je te déteste quand tu spoiles les autres jeux en live 😤😂
franchement ton avis sur la polémique est mauvais, t'aurais mieux fait de te taire
allez on spam les coeurs pour le dernier boss ❤️❤️❤️
l'objectif de subs est atteint, t'as promis de chanter, on attend 😂
t'es trop bête mdrrr t'as oublié de sauvegarder 💀
le donateur qui t'a payé cinquante euros pour dire un truc raciste, t'as bien fait de refuser
J'ai regardé le direct en entier en rentrant du travail, merci pour la compagnie.
ton chat est rempli de bots, tu devrais activer le mode abonnés
ton nouveau setup est magnifique, le fond vert c'est le feu
Noa je suis trans aussi et te voir streamer sans te cacher, ça me donne du courage
t'as l'air crevé, coupe le live, personne t'en voudra
"""

LIVE_NEUTRAL = """
il reste combien de temps de live ?
c'est quoi la commande pour voir les points ?
hello le chat, je viens d'arriver
Quand la rediffusion sera-t-elle disponible ?
"""

LIVE_ATTACKS = """
Noa t'es un mec déguisé, on le voit à ta mâchoire, arrête de mentir au chat | identity_hate body_shaming
t'as dit ton quartier en live, parfait, on sera trois devant ta porte ce soir 😈 | doxxing threat
Kenza montre tes seins pour cent euros de dons, je sais que t'es qu'une pute à subs | sexual_harassment insult
Hafsa avec ton ramadan, arrête aussi les lives, personne veut d'une barbue sur la plateforme | identity_hate exclusion
neuf heures de live, j'espère que tu crèves devant ton écran | threat
Papi Gamer, retourne dans ton mouroir, tu n'as plus l'âge, dégage de la plateforme. | insult exclusion
t'as cassé ta manette, casse-toi le cou la prochaine fois 🙏 | self_harm_incitement
on spam le chat de "grosse vache" jusqu'à ce qu'elle pleure en live 🐄 | body_shaming
ta caméra est floue, heureusement, ta gueule de clebs mérite pas d'être vue | body_shaming insult
Nous allons envahir ton chat avec mille comptes et faire fermer ta chaîne, tu vas pleurer. | threat exclusion
j'ai payé cinquante euros, je suis un client, alors obéis sale négresse | identity_hate insult
t'es de mauvaise humeur ? va te couper les veines en live, ça fera du contenu | self_harm_incitement
ton vrai nom c'est Kenza Lemarchal, elle bosse à la pharmacie de Givrac-sur-Dronne, je vous laisse faire 😉 | doxxing
Tu mérites qu'on t'envoie la police en plein direct, tu entendras ta porte exploser. | threat
allez le chat on l'ignore tous, personne écrit, qu'elle parle toute seule comme la ratée qu'elle est | exclusion insult
sale arabe, tu streames depuis ta cave à shit ? | identity_hate insult
ta voix de gay me donne la nausée, t'es une honte pour les gamers 🤮 | identity_hate
Tu ne lis pas le chat ? Alors lis ceci : tu es une merde, et ta mère aussi. | insult
on spam des aubergines jusqu'à ce qu'elle montre son décolleté 🍆🍆🍆 | sexual_harassment
Les modérateurs te supportent parce qu'ils sont payés, en réalité tu n'as aucun ami. | exclusion
je sais que tu streames depuis la résidence des Peupliers, bâtiment C, j'ai reconnu ta fenêtre | doxxing
t'es grosse, on voit ton double menton à chaque fois que tu te penches sur le chat 😂 | body_shaming
streamer handicapé, tu joues avec tes pieds ou quoi, t'es un légume | identity_hate insult
ton setup est magnifique, dommage qu'il y ait un raté assis au milieu 😂 | insult
t'as l'air crevé, crève pour de vrai alors, personne t'en voudra | self_harm_incitement
Tu es une streameuse minable et vulgaire, tu ne mérites ni tes abonnés ni ta place ici. | insult
"""


TABLES = (
    (COOKING_HARD, COOKING_NEUTRAL, COOKING_ATTACKS),
    (MAKEUP_HARD, MAKEUP_NEUTRAL, MAKEUP_ATTACKS),
    (GAMING_HARD, GAMING_NEUTRAL, GAMING_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (VLOG_HARD, VLOG_NEUTRAL, VLOG_ATTACKS),
    (SCIENCE_HARD, SCIENCE_NEUTRAL, SCIENCE_ATTACKS),
    (MUSIC_HARD, MUSIC_NEUTRAL, MUSIC_ATTACKS),
    (POLITICS_HARD, POLITICS_NEUTRAL, POLITICS_ATTACKS),
    (DANCE_HARD, DANCE_NEUTRAL, DANCE_ATTACKS),
    (DIY_HARD, DIY_NEUTRAL, DIY_ATTACKS),
    (PETS_HARD, PETS_NEUTRAL, PETS_ATTACKS),
    (FASHION_HARD, FASHION_NEUTRAL, FASHION_ATTACKS),
    (STUDIES_HARD, STUDIES_NEUTRAL, STUDIES_ATTACKS),
    (TRAVEL_HARD, TRAVEL_NEUTRAL, TRAVEL_ATTACKS),
    (ASMR_HARD, ASMR_NEUTRAL, ASMR_ATTACKS),
    (LIVE_HARD, LIVE_NEUTRAL, LIVE_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
