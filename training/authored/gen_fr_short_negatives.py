"""Generate fr_short_negatives.csv: short French forum posts that contain hurtful words, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Harmless lines contain slurs,
insults or threats but attack nobody: counter-speech that quotes a slur to condemn it, victims
quoting what they were told and asking for help, reports to moderators, news quoting graffiti or
a trial, questions about a word, banter between named friends, reclaimed words used by the group
itself, vulgarity aimed at things or at oneself. Attacks use the same words for real: the slur
aimed at someone, the insult meant seriously, the quote followed by approval, fake counter-speech
that repeats the hate, banter that turns into a real attack. Every line is 5 to 25 words.
No extra variants. See fr_short_negatives.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_negatives.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives contain the slur, insult or
# threat the attacks use and attack nobody; neutral lines are ordinary posts on the same subject.

# --- Slurs against Arabs and North Africans ----------------------------------------------------
ARABS_HARD = """
il a traité mon pote de sale bougnoule devant tout le bus, j'ai signalé, c'est inadmissible
Un mec m'a crié "rentre chez toi sale bicot" dans le tram ce matin, je porte plainte ou pas ?
Modos, le pseudo Krevard88 écrit "bougnoules dehors" dans chaque topic depuis hier, ban svp
Le tag "mort aux ratons" sur la salle de prière de Villeneuve a été effacé par les voisins ce matin
Procès à Lyon : l'accusé avait hurlé "sale arabe" avant de frapper le livreur, verdict attendu jeudi
pourquoi on dit plus "bicot" ? ma grand-mère le sort encore et je sais meme pas d'ou ça vient
Le mot raton vient de la guerre d'Algérie, les ratonnades c'étaient des expéditions punitives, faut le savoir
Mon daron s'est fait appeler bougnoule toute sa vie sur les chantiers, il en rigole plus du tout
Les kheys, signaler un message qui dit "les bicots à la mer" ça sert vraiment à quelque chose ?
On entend encore "sale bougnoule" dans les tribunes du foot amateur en 2024, c'est la honte
Moi rebeu, mon cousin m'appelle "le bougnoule de la famille" et on se tape des barres, jugez pas :rire:
"Le rebeu de service", c'est comme ça qu'on m'appelait en stage, ça vous est deja arrivé ?
Ils ont écrit "dehors les arabes" sur la voiture de ma voisine, plainte déposée, enquete en cours
L'auteur du tweet "un bon arabe est un arabe mort" a pris huit mois avec sursis, bien fait
"Bougnoule" viendrait d'un mot wolof avant de devenir une insulte coloniale, l'histoire des mots c'est fou
Je suis beur et je dis beur, pas besoin de me reprendre a chaque fois khey :hap:
Mon prof a dit en classe "vous les maghrébins vous trichez toujours", je peux le signaler où ?
Quand un golem écrit "bicot" sur le forum tu signales et tu réponds pas, il cherche que ça
Docu ce soir sur les ratonnades de 1973 à Marseille, a regarder pour comprendre d'où vient le mot
Un client a dit à ma mère "retourne dans ton bled la bougnoule", le gérant l'a sorti du magasin, respect
Entre rebeus on se dit "sale arabe" pour rigoler, venant d'un inconnu dans la rue c'est autre chose
Vous trouvez ça normal qu'un modo laisse passer "les bougnoules c'est des rats" ? j'ai signalé trois fois
Mon coloc croyait que "beur" était une insulte, je lui ai expliqué que c'est du verlan d'arabe :rire:
Le voisin m'a lancé "bougnoule" en passant, j'ai rien dit, j'avais la petite avec moi, je regrette encore
Le prévenu nie avoir crié "les ratons on va les cramer", trois témoins disent le contraire
Mes potes m'appellent "l'arabe du groupe" depuis le collège, c'est affectueux, et je les appelle les babtous :rire:
ayaa le mec qui écrit "bicot" en 2024 il a quel age, 90 ans ? signalé direct
C'est quoi la différence entre rebeu, beur et maghrébin ? je veux pas dire de connerie au taf
Je bosse en caisse et un client m'a sorti "t'as volé ça où, la bougnoule ?", je dois en parler à qui ?
Le maire a condamné les affiches "arabes dehors" collées cette nuit, une plainte a été déposée
Lire "ratonnade" dans un topic de foot comme si c'était une blague, ça me fout la gerbe
Je découvre que mon grand-père disait "bicot" pour parler de ses collègues, ça me fait mal au coeur
"""

ARABS_NEUTRAL = """
Ramadan qui tombe en plein partiels cette année, courage aux kheys qui jeunent
Ma daronne fait le meilleur couscous du quartier, débat clos
Quelqu'un connait un bon resto marocain vers Part-Dieu ? pas trop cher si possible
Je pars a Oran cet été voir la famille, des conseils pour le billet d'avion ?
"""

ARABS_ATTACKS = """
ferme ta gueule sale bougnoule, personne t'a sonné sur ce topic | insult identity_hate
il a dit sale bougnoule au livreur et franchement il a raison, ils se croient tout permis | identity_hate
les bicots à la mer, on a assez payé pour eux | identity_hate exclusion
Retourne dans ton bled Karim, t'es pas chez toi ici et tu le seras jamais | identity_hate exclusion
je dis ça pour prévenir hein : les arabes c'est tous des voleurs, surveillez vos sacs | identity_hate
le tag "mort aux ratons" sur la salle de prière, enfin quelqu'un qui ose :noel: | identity_hate threat
ptdr Sofiane t'es con... non en vrai t'es qu'un bougnoule qui sert a rien, casse-toi | insult identity_hate
Bien dit le vieux dans le bus, les ratons faut les renvoyer chez eux | identity_hate exclusion
Les ratonnades c'était la belle époque, on devrait remettre ça | identity_hate threat
Je signale rien du tout moi, "sale bicot" c'est juste la vérité | identity_hate
l'op est un bougnoule qui vient pleurer sur le forum, classique | insult identity_hate
T'es qu'un bicot de plus, retourne vendre tes cigarettes à Barbès | insult identity_hate
Dans mon entreprise on embauche pas de rebeus, ils foutent rien, c'est comme ça | identity_hate exclusion
Le prévenu a crié "les ratons on va les cramer", il a juste dit tout haut ce qu'on pense | identity_hate threat
Pour info les kheys, un arabe dans le quartier c'est dix cambriolages de plus, j'avertis | identity_hate
Mehdi ton daron c'est un bougnoule de chantier et toi tu finiras pareil | insult identity_hate
Ils ont écrit "dehors les arabes" sur sa voiture ? bah qu'elle comprenne le message | identity_hate exclusion threat
Vous trouvez ça normal qu'on laisse encore des bougnoules voter en France ? | identity_hate exclusion
Sale bicot va, la prochaine fois que je te croise au stade t'auras pas de chance | insult identity_hate threat
Je sais c'est raciste mais les arabes c'est une race de parasites, désolé pas désolé | identity_hate
Bougnoule un jour, bougnoule toujours, les papiers français ça change rien | identity_hate
un bon arabe est un arabe mort, le mec au tribunal avait tout compris | identity_hate threat
Nassim t'es le bougnoule de service de la boite, souris et fais le café | insult identity_hate
Ma grand-mère disait "bicot" et elle avait raison, ils méritent pas mieux | identity_hate
"""

# --- Slurs against Black people ----------------------------------------------------------------
BLACK_HARD = """
Des supporters ont fait des cris de singe contre notre gardien, le match a été arrêté, bravo l'arbitre
Un mec m'a appelé "bamboula" à la sortie du lycée, je le dis à la CPE ou je laisse tomber ?
Signalé le topic "les négros et la banane", comment c'est encore en ligne après deux heures ?
Le procès de Rouen : le patron disait "le singe" en parlant de son apprenti, condamné pour harcèlement
Pourquoi "négro" est une insulte alors que des rappeurs le disent dans chaque son ? vraie question
Entre renois on se dit "mon négro" depuis toujours, un babtou qui le dit c'est pas pareil
J'ai reçu "retourne dans ta case macaque" en MP après ma vidéo, capture envoyée aux modos
Le mot "nègre" avait été repris par Césaire avec la négritude, c'est un vrai cours d'histoire
Mon fils de 8 ans est rentré de l'école en pleurant parce qu'on l'a traité de "caca", je fais quoi ?
Un élu a été condamné pour avoir comparé une ministre noire a un singe sur son compte
Ayaa le golem qui croit que "bamboula" c'est affectueux, non khey, c'est une insulte coloniale
Je suis noir et quand mes potes disent "le renoi" pour moi ça me dérange pas, c'est du verlan
On m'a dit "tu parles bien pour une noire" en entretien, je savais pas si je devais rire ou partir
Les bananes lancées sur le terrain samedi, le club a porté plainte, trois supporters identifiés
Affiche "pas de nègres ici" retrouvée dans un bar de Vesoul, le gérant dit que c'est une vieille déco, lol
Ma coiffeuse afro m'a fait découvrir le mot "négresse" dans des vieilles pubs de chocolat, ça glace
Aidez moi, un voisin me dit "sale singe" chaque fois que je sors les poubelles, la police prend pas ma plainte
Je suis renoi et je m'appelle moi-même "le black du groupe" dans nos vannes, c'est mon humour
Modos : "les noirs c'est des animaux" écrit en toutes lettres dans le topic foot, ça mérite un ban
Journal de ce soir : tag "mort aux nègres" sur le mur d'une école primaire de Creil, enquête ouverte
Mon pote Moussa m'appelle "le babtou fragile" et je l'appelle "le renoi en retard", on s'aime :rire:
Le terme "bamboula" vient d'une danse, il a été détourné pour insulter, je l'ai appris hier
Quand un mec dit "sale noir" à ma soeur dans la rue et que personne réagit, j'ai la haine contre les témoins
C'est raciste de dire "black" au lieu de "noir" ? je veux pas vexer mes collègues
Plainte déposée contre le commentateur qui a dit "il court comme un singe" en direct
Mon grand-père antillais racontait qu'on l'appelait "Banania" à l'armée, il en parlait jamais sans colère
Le harceleur qui écrivait "macaque" sous les photos de la présentatrice a été condamné à six mois
Bande de nullos les mecs du topic qui spamment des émojis singe sous chaque joueur noir, signalez tous
"""

BLACK_NEUTRAL = """
Le Mali en quart de finale de la CAN, quelqu'un a un stream propre ?
Ma mère fait des accras ce soir, je suis le plus heureux des kheys
Des conseils pour entretenir des locks ? ça fait deux mois et ça gratte
Qui a vu le docu sur l'histoire des tirailleurs sénégalais hier soir ? tres bien fait
"""

BLACK_ATTACKS = """
retourne dans ta case macaque, personne veut de toi ici | identity_hate exclusion insult
Les cris de singe dans le stade ? bien fait, il avait qu'à pas jouer chez nous | identity_hate
T'es qu'un bamboula Mamadou, même pas capable d'écrire une phrase sans faute | insult identity_hate
je dis ça pour les avertir : les noirs c'est des animaux, faut pas les laisser approcher vos filles | identity_hate
Le patron qui appelait son apprenti "le singe" il avait pas tort, regardez-le | identity_hate insult
"pas de nègres ici" sur la porte du bar, enfin un patron qui a des couilles | identity_hate exclusion
Un négro qui donne des leçons de français, on aura tout vu :rire: | insult identity_hate
Lancez-lui des bananes au prochain match, il aime ça le macaque | identity_hate insult threat
Les noirs c'est génétiquement moins intelligent, c'est pas du racisme c'est de la science | identity_hate
Mort aux nègres, le tag de Creil c'était juste un avertissement | identity_hate threat
ptdr Moussa t'es en retard comme d'hab... en vrai c'est normal t'es un négro, vous savez pas lire l'heure | insult identity_hate
Sale singe, tu sors encore tes poubelles devant chez moi et je te défonce | insult identity_hate threat
Je signale rien, "retourne dans ta case" c'est un conseil, pas une insulte | identity_hate exclusion
La nouvelle présentatrice on dirait un macaque avec une perruque, pardon mais c'est vrai | identity_hate insult body_shaming
Faut arrêter de leur donner des papiers, ces bamboulas ramènent que des problèmes | identity_hate exclusion
Tu parles bien pour une noire, t'as appris ça en sortant de la brousse ? | insult identity_hate
Le commentateur a dit "il court comme un singe", où est le problème, c'est exactement ça | identity_hate
Les renois dans ma classe c'est tous des débiles, pas un pour rattraper l'autre | identity_hate insult
Ok Yaya, t'es un négro qui a eu de la chance, maintenant ferme-la | insult identity_hate
Mettez des grillages autour des quartiers noirs comme au zoo, problème réglé | identity_hate exclusion
On devrait interdire les noirs dans l'équipe de France, ça ferait du bien au foot | identity_hate exclusion
"""

# --- Slurs against Jews, Asian people, Roma and Travellers -------------------------------------
OTHERS_HARD = """
Un mec a tagué "sale juif" sur la boite aux lettres de mes voisins, on a fait une cagnotte pour repeindre
Pourquoi "youpin" existe encore dans le dictionnaire ? c'est une question sérieuse, pas une provoc
Modos le pseudo Goyim_Libre poste "youpins dehors" partout, c'est un compte créé ce matin, ban
Procès du tabassage de Sarcelles : les agresseurs criaient "on va niquer les juifs", jugement dans un mois
Mon grand-père juif disait en rigolant "nous autres les youpins" en parlant de la famille, ça choquait ma mere
"Feuj" c'est juste du verlan, ma pote Sarah dit ça tout le temps, c'est pas une insulte
J'ai reçu "retourne au four" en commentaire de ma vidéo sur Hanoucca, j'ai porté plainte, ça vaut le coup ?
Les croix gammées sur les tombes du cimetière de Haguenau, les jeunes du lycée sont allés nettoyer, respect
On me dit "chinetoque" depuis la maternelle, à 22 ans j'en ai marre, comment vous réagissez vous ?
Le mot "bridé" c'est une insulte ou pas ? ma tante l'utilise sans méchanceté mais ça me gene
Pendant le covid des gens criaient "virus" à ma mère au marché, elle est vietnamienne et née à Lyon
Mes potes m'appellent "le chinois" alors que je suis cambodgien, ça me fait rire, c'est devenu mon surnom :rire:
Signalé : un mec dans le topic manga écrit "les chintoks mangent des chiens" sous chaque post
Le restaurateur d'Aubervilliers agressé au cri de "sale chinetoque", les riverains organisent une marche samedi
Je suis asiat et je dis "asiat" pour moi-meme, par contre un inconnu qui me dit "le jaune" non
On m'a traité de "sale gitan" au collège pendant trois ans, aujourd'hui je suis fier d'etre voyageur
Le maire qui a dit "il faudrait les gazer" à propos des gens du voyage a été condamné, quelle époque
Pourquoi on dit "romano" comme insulte ? je suis rom et mes potes utilisent le mot entre nous
Signalement : le topic "les manouches volent tout" est encore en ligne depuis ce matin, faites quelque chose
Ma grand-mère est manouche, elle dit "les manouches" avec fierté, faut arreter de penser que c'est un gros mot
Tag "dehors les romanos" près du terrain d'accueil de Bollène, la gendarmerie a ouvert une enquete
Le gars de mon équipe m'a dit "t'as pas le nez d'un juif pour rien" quand j'ai négocié, RH ou pas ?
Les caricatures au nez crochu c'était la propagande des années 30, voir ça en 2024 ça me glace
Cours d'histoire : "youtre" et "youpin" étaient dans la presse antisémite de l'affaire Dreyfus
Ma pote s'est fait traiter de "bol de riz" au boulot, elle a enregistré et les RH ont viré le mec
Un chauffeur de bus a dit "les gitans vous montez pas" à ma famille, on a écrit à la compagnie
Mon pote Kenji me dit "sale babtou" et je lui réponds "sale otaku", c'est notre rituel :rire:
"""

OTHERS_NEUTRAL = """
Bonne fete de Pessah à ceux qui la célèbrent, on fait un repas chez ma pote demain
Le nouvel an lunaire dans le 13e c'était incroyable, les dragons dans la rue
Quelqu'un a déjà fait le pèlerinage des Saintes-Maries-de-la-Mer ? ça a l'air dingue
"""

OTHERS_ATTACKS = """
Sale juif, on sait très bien qui tire les ficelles chez vous | identity_hate insult
Retourne au four, t'as rien à faire sur ce forum | identity_hate threat
Les youpins dehors, le tag sur la boite aux lettres disait juste la vérité | identity_hate exclusion
David t'as pas le nez d'un juif pour rien, radin comme tous les tiens | insult identity_hate
Je préviens juste : les juifs contrôlent les banques, renseignez-vous avant de les défendre | identity_hate
Les croix gammées au cimetière ? ça leur rappellera qui ils sont :noel: | identity_hate threat
Ferme ta gueule sale chinetoque, tu piges même pas le français | insult identity_hate
Les chintoks mangent des chiens, c'est pas raciste c'est un fait | identity_hate
T'as les yeux tellement bridés que tu vois même pas ton écran, Kevin | insult identity_hate body_shaming
Vous les asiats vous êtes des virus sur pattes, rentrez chez vous | identity_hate exclusion
Le maire avait raison, les gens du voyage faudrait tous les gazer | identity_hate threat
Sale gitan, tu voles déjà les poules ou t'attends la nuit ? | insult identity_hate
Les manouches volent tout, le topic est pas raciste il décrit la réalité | identity_hate
Romano de merde, tu crois qu'on t'a pas vu traîner devant ma voiture ? | insult identity_hate
Dehors les romanos, qu'on brûle leurs caravanes et on en parle plus | identity_hate exclusion threat
Je dis ça pour les touristes : les asiatiques c'est des fourbes, négociez jamais avec eux | identity_hate
Bol de riz, va faire tes ongles et laisse parler les grands | insult identity_hate
Les gitans vous montez pas, le chauffeur de bus il faisait juste son boulot | identity_hate exclusion
ptdr Kenji t'es un otaku... et un chinetoque qui pue le nem, on t'aime pas en fait | insult identity_hate
Ça fait 2000 ans que les juifs se plaignent, peut-être qu'il y a une raison | identity_hate
"""

# --- Slurs against gay, lesbian, bi and trans people -------------------------------------------
LGBT_HARD = """
Je suis pédé et fier de l'etre, on a le droit de reprendre le mot qu'on nous crachait dessus
Un mec m'a crié "sale pédé" parce que je tenais la main de mon copain, je porte plainte ou pas ?
Modos, "les pédés au bûcher" écrit dans le topic Pride, ça fait une heure, vous dormez ?
Avec ma meuf on s'appelle "les gouines du 3e étage" en rigolant, les voisins adorent :rire:
Pourquoi "enculé" c'est l'insulte de base en France alors que c'est clairement homophobe à la base ?
Procès de Nantes : les agresseurs filmaient en criant "on va casser du pédé", cinq ans ferme requis
Mon père m'a dit "je préfère un fils mort qu'un fils pédé", je suis parti, où je peux dormir ce soir ?
Le mot "queer" c'était une insulte en anglais, puis la communauté l'a repris, pareil pour "pédé" ici
Ma pote trans s'est fait traiter de "travelo" par un videur, on a laissé un avis et écrit à la mairie
Les folles comme moi on fait peur aux hétéros fragiles et j'adore ça, bisous :rire:
Au lycée on me disait "tarlouze" tous les jours, aujourd'hui je suis drag queen, qui rigole maintenant ?
Signalé : un golem poste "les trans c'est des monstres" sous chaque news, il faut le bannir
Mon pote Théo qui est gay m'appelle "ma grosse hétéro" et je l'appelle "ma tarlouze préférée", on se kiffe
Question : "gouine" c'est toujours une insulte ou les lesbiennes l'ont repris ? je veux pas faire de gaffe
Tag "mort aux pédés" devant le bar de la rue Sainte-Catherine, le patron a tout repeint avec un arc-en-ciel
Mon coach de foot disait "jouez pas comme des tapettes", à l'époque personne bronchait, aujourd'hui ça passe plus
On m'a dit "t'es une fille ou un mec ?" puis "sale chose" dans le métro, je tremble encore, ça arrive à d'autres ?
C'est quoi la différence entre "trans" et "travesti" ? et pourquoi "travelo" est insultant ? vraie question
Le député qui avait dit "les homos sont des malades" a été condamné en appel, enfin
Je suis lesbienne et je dis "gouine" pour moi, mais pas toi Kevin, on en a parlé :hap:
Capture du MP reçu : "crève sale pédale", je l'envoie où pour que ça serve à quelque chose ?
Mon grand-père a dit "c'est une tapette" en parlant de mon cousin au repas, j'ai quitté la table
Le chant homophobe du virage nord a valu un huis clos au club, et franchement c'est mérité
Je viens de faire mon coming out et mes potes m'ont dit "bienvenue au club des pédales", j'ai pleuré de rire
La Pride de samedi : "pédés, gouines, trans, fiers et vivants" sur la banderole, j'étais trop ému
"Enculé" je l'ai retiré de mon vocabulaire depuis que mon frère m'a expliqué, c'est dur mais j'essaie
Des ados ont écrit "PD" sur la voiture de mon oncle, il l'a laissée comme ça une semaine par défi
"""

LGBT_NEUTRAL = """
Premiere Pride ce week-end, des conseils pour pas mourir de chaud ?
Mon pote fait son coming out à ses parents ce soir, je croise les doigts pour lui
Quelqu'un connait une asso LGBT à Clermont ? une pote cherche un groupe de parole
Le mariage de mon cousin et de son mari c'était la plus belle fete de l'année
"""

LGBT_ATTACKS = """
sale pédé, tiens la main de ton copain chez toi et pas devant mes gosses | insult identity_hate exclusion
les pédés au bûcher, le topic Pride me donne envie de vomir | identity_hate threat
Enculé de pédé, on sait où tu traînes le samedi soir | insult identity_hate threat
Le père avait raison, mieux vaut un fils mort qu'un fils pédé | identity_hate threat
Les trans c'est des monstres, je signale rien, je constate | identity_hate
Ferme-la tarlouze, les vrais mecs parlent | insult identity_hate
Le videur a bien fait de refouler le travelo, y a des limites | identity_hate exclusion
Mort aux pédés, le tag de la rue Sainte-Catherine c'est juste un rappel | identity_hate threat
Je dis ça pour protéger les enfants : les homos c'est tous des pervers | identity_hate
Sale gouine, t'as juste pas trouvé le bon mec | insult identity_hate sexual_harassment
ptdr Théo ma tarlouze préférée... en vrai t'es une pédale et tu me dégoûtes, bouge | insult identity_hate
Crève sale pédale, personne te regrettera | insult identity_hate self_harm_incitement
Le député disait que les homos sont des malades, moi je dis qu'il a été gentil | identity_hate
T'es une fille ou un mec ? sérieux, sale chose, t'as rien à faire dans ce métro | insult identity_hate exclusion
Les lesbiennes c'est des filles qu'un bon mec a jamais touchées | identity_hate sexual_harassment
Le chant du virage nord il était mérité, on veut pas de pédés dans notre stade | identity_hate exclusion
Les trans faudrait les enfermer en hôpital psy, pour leur bien | identity_hate exclusion
On va casser du pédé samedi, qui vient ? | identity_hate threat
T'es une tapette Lucas, même ton chien a plus de couilles que toi | insult identity_hate
Regarde-moi ce travelo avec sa perruque, ça devrait être interdit de sortir comme ça | identity_hate insult exclusion
"""

# --- Insults against women, sexual harassment ---------------------------------------------------
WOMEN_HARD = """
Un mec m'a traitée de "sale pute" parce que j'ai refusé de lui donner mon numéro, c'est normal d'avoir peur ?
Mon ex envoie "salope" à toutes mes copines en MP, je peux porter plainte pour harcèlement ?
Modos : un pseudo écrit "toutes des chiennes" sous chaque post de fille, il est encore là
J'ai reçu "je vais te violer" en commentaire d'une photo de vacances, j'ai bloqué, quoi d'autre ?
Le manifeste des 343 salopes en 1971, elles ont repris l'insulte pour en faire un combat, respect
Avec mes copines on s'appelle "les salopes du jeudi" depuis la fac, c'est notre soirée sacrée :rire:
Procès du harceleur de Montpellier : il écrivait "t'es qu'un trou" à ses collègues, dix-huit mois requis
Pourquoi "fils de pute" insulte la mère et pas le mec ? ma soeur m'a posé la question et j'ai pas su répondre
Au taf un client m'a dit "avec ton cul tu dois avoir des pourboires", j'en parle à mon manager comment ?
Ma pote Inès m'appelle "ma grosse chienne" quand je vole ses frites et je l'appelle "la pétasse", on s'adore
Signalé le topic "notez les meufs de ma classe sur 10" avec des photos, c'est dégueulasse
Le prof de sport disait "courez pas comme des gonzesses", on a fait une lettre à la direction
Le gars m'a suivie en disant "eh la chaudasse, souris", j'ai accéléré, y a un truc à faire dans ce cas ?
Le mot "pute" dans le rap tout le monde s'en fout mais dans la rue ça fait peur, on en parle ?
Je suis travailleuse du sexe et je dis "pute" pour moi, les assos utilisent le mot aussi, c'est politique
Ma petite soeur de 14 ans reçoit "envoie des nudes" sur Snap par un adulte, on appelle qui ?
Mon patron m'a dit "les femmes enceintes on les garde pas", j'ai enregistré, c'est recevable ?
Capture envoyée aux modos : "si je te croise je te baise de force", le mec a un compte de 2019
La streameuse a lu en live les messages "montre tes seins" qu'elle reçoit, 20 minutes, c'était glaçant
Le tribunal a retenu l'outrage sexiste pour "viens sucer" crié à une passante, 1500 euros d'amende
Dans ma famille on dit "elle fait sa pimbêche" pour toutes les filles qui parlent fort, ça me saoule
Je me suis fait traiter de "grosse salope" parce que j'ai dit non à un date, c'est devenu la norme ?
C'est quoi le "slut-shaming" exactement ? je vois le mot partout sans comprendre
Mon pote Enzo a posté "toutes des putes" après sa rupture, je lui ai dit d'arreter, j'ai bien fait ?
Un inconnu a commenté "je la baiserais bien" sous la photo de ma mère, j'ai signalé et bloqué
Ma pote a gardé les messages "je sais où tu habites salope", la police dit qu'il faut attendre, sérieux ?
"""

WOMEN_NEUTRAL = """
Ma soeur vient d'avoir son concours de médecine, fier d'elle
On monte une équipe de foot féminin à la fac, il manque deux joueuses
Les filles, vous avez des conseils de self-defense pour rentrer le soir ?
Ma mère reprend des études a 50 ans, la meilleure
"""

WOMEN_ATTACKS = """
sale pute, t'avais qu'à me donner ton numéro au lieu de faire la difficile | insult sexual_harassment
Toutes des chiennes, la fille de l'op la première | insult identity_hate
Je vais te violer et tu vas aimer ça, Chloé | sexual_harassment threat
T'es qu'un trou avec des cheveux, retourne en cuisine | insult identity_hate sexual_harassment
Envoie des nudes ou je dis à tout le monde que t'es une salope | sexual_harassment threat
Avec ton cul tu dois avoir des pourboires, fais pas la prude | sexual_harassment
Eh la chaudasse, souris, t'es bonne à rien d'autre | sexual_harassment insult
Si je te croise je te baise de force, t'as compris | sexual_harassment threat
Montre tes seins au lieu de parler de jeux, personne te regarde pour ton niveau | sexual_harassment insult
Les femmes enceintes on les garde pas, le patron a raison, ça coûte trop cher | identity_hate exclusion
Grosse salope, tu dis non à tout le monde, tu vas finir seule avec tes chats | insult
Je sais où tu habites salope, dors bien ce soir | insult threat
Les meufs qui portent des jupes courtes elles demandent à se faire violer, c'est logique | identity_hate sexual_harassment
Ptdr Inès ma grosse chienne... non en vrai t'es une chienne, tout le lycée t'es passé dessus | insult sexual_harassment
Viens sucer au lieu de faire ta pimbêche | sexual_harassment insult
Les femmes c'est bien pour faire des gosses, pas pour voter | identity_hate exclusion
La streameuse pleure pour des messages ? elle montre son décolleté, qu'elle assume | sexual_harassment
Je la baiserais bien ta mère, elle a l'air chaude sur la photo | sexual_harassment
Les filles en école d'ingé c'est pour faire joli, elles ont couché pour avoir leur place | identity_hate sexual_harassment
Une femme qui dit non elle dit peut-être, tout le monde sait ça | identity_hate sexual_harassment
Sale pétasse, ferme ta bouche, on t'a pas demandé ton avis sur le match | insult
Le harceleur de Montpellier disait "t'es qu'un trou", il avait juste pas de filtre, c'est tout | sexual_harassment identity_hate
"""

# --- Disability words used as insults ------------------------------------------------------------
DISABILITY_HARD = """
Pourquoi "mongol" est devenu une insulte ? mon oncle trisomique l'entend encore dans la rue, ça me tue
Je suis autiste diagnostiquée et ça me saoule que "autiste" soit une insulte dans chaque topic jeu vidéo
Un mec a traité mon frère en fauteuil de "légume" au supermarché, on peut porter plainte pour ça ?
Modos, le topic "les gogols du centre d'à côté" se moque de personnes handicapées avec photos, supprimez-le
Ma cousine trisomique s'est fait appeler "la triso" à l'école, la maitresse a rien fait, je fais quoi ?
Moi je suis autiste et je dis "mon cerveau d'autiste a encore buggé", c'est mon humour, laissez-moi :rire:
Le mot "débile" était un terme médical avant, comme "idiot" et "crétin", l'histoire des mots c'est fou
On m'a dit "t'es handicapé ou quoi" parce que je boite, j'ai une prothèse, je vais en parler au prof
Procès de Tours : les aides-soignants insultaient les résidents de "sales mongols", filmés par une stagiaire
"Gogol" ça vient de "mongolien" ? je l'ai dit toute ma vie sans savoir, je vais arrêter
Le daron de mon pote dit "les handicapés ça sert à rien", mon pote est sourd, gros malaise au repas
Avec mon pote Hugo, on est tous les deux TDAH et on s'appelle "les cerveaux en panne", ça nous fait rire
Signalé : "vous les autistes vous devriez pas avoir le droit de jouer en ligne", écrit par un mec de 30 ans
Je suis en fauteuil et mes potes m'appellent "Roulette", c'est moi qui ai choisi le surnom
Aidez moi : ma fille est appelée "la mongolienne" par des garçons de CM2, le directeur minimise
Une pub qui dit "même un attardé comprendrait" a été retirée après les plaintes des assos, bonne nouvelle
Je me suis traité de "gogol" tout seul en ratant mon bus pour la troisieme fois, il faut que j'arrête ce mot
Mon frère autiste s'appelle lui-même "l'extraterrestre de la famille", il adore, on l'appelle comme ça
Question sincère : "schizo" pour dire "bizarre" c'est grossophobe, validiste, ou je sais pas quoi ?
Le prof qui disait "bande d'handicapés" à sa classe a été suspendu, ça a été long quand même
Ma soeur bipolaire déteste qu'on dise "t'es bipolaire" pour quelqu'un qui change d'avis, je comprends
On m'a craché "sale aveugle" parce que ma canne a touché son pied, les gens sont fous
"""

DISABILITY_NEUTRAL = """
Le match de basket fauteuil hier était plus intense que n'importe quel match NBA
Quelqu'un connait des jeux accessibles pour un pote malvoyant ?
Ma soeur passe son diplome d'éducatrice spécialisée, elle bosse avec des ados autistes
"""

DISABILITY_ATTACKS = """
T'es un mongol Jordan, même ton chien comprend les règles mieux que toi | insult
Les gogols du centre d'à côté faudrait les enfermer, ils font peur aux gosses | identity_hate exclusion
Vous les autistes vous devriez pas avoir le droit de jouer en ligne, vous gâchez tout | identity_hate exclusion
Ton frère en fauteuil c'est un légume, arrête de le sortir en public | identity_hate insult exclusion
La triso de l'école, elle servira jamais à rien de toute façon | identity_hate insult
Les handicapés ça sert à rien, le daron de ton pote dit juste la vérité | identity_hate
Sale aveugle, regarde où tu mets ta canne ou je te la casse | insult identity_hate threat
Ptdr Hugo t'es un cerveau en panne... sérieux t'es un vrai débile mental, faut t'interner | insult
Même un attardé comprendrait, mais toi non, t'es pire | insult
Les trisomiques faudrait pas les laisser naître, ça coûte une blinde à la société | identity_hate
Les aides-soignants qui traitaient les résidents de sales mongols, franchement ils avaient pas tort | identity_hate
Boiteux de merde, dégage du terrain, tu ralentis toute l'équipe | insult identity_hate exclusion
Ta fille la mongolienne elle a rien à faire dans une école normale | identity_hate exclusion
Je dis ça pour les parents : les enfants autistes c'est des tyrans mal éduqués, point | identity_hate
T'as un QI de triso Wassim, ferme-la et laisse parler ceux qui réfléchissent | insult
"""

# --- Banter between friends vs insults meant seriously -------------------------------------------
BANTER_HARD = """
ptdr t'es con Léo, ramène les chips au lieu de parler :rire:
Yanis espèce d'abruti t'as encore oublié les clés, on dort dans la voiture ce soir ou quoi :rire:
Mon meilleur pote m'appelle "gros tas" depuis la 6e et je l'appelle "la crevette", on a 24 ans :hap:
Ntm Bilal t'as mangé ma part de pizza, je te pardonnerai jamais ahah
Théo le plus gros tocard de la soirée, il a renversé la sangria sur le chien :rire:
Espèce de bouffon Axel, t'avais dit 20h et t'arrives à minuit avec des croissants, je t'aime
"Fils de pute" c'est ce que m'a dit mon pote quand j'ai sorti la carte +4 à l'UNO, 10 ans d'amitié en jeu :rire:
Sacré enfoiré ce Nassim, il a gagné le tournoi FIFA avec l'Arabie Saoudite :rire:
Lina t'es la pire conductrice de France, je monte plus jamais avec toi, ramène-moi quand même :hap:
Mon coloc est un connard, il a fini le fromage et laissé la croûte dans le frigo, ptdr je vais le tuer
Tom t'es qu'un gros nul à Mario Kart, prends ta revanche samedi si t'es un homme :rire:
Grosse bête Maëlys, t'as envoyé le message à ton ex au lieu de moi ahah
Vous êtes des golems les gars, vous avez oublié mon anniv, je vous déteste, venez ce soir quand même
Mon frère m'appelle "le crétin" depuis qu'on est gosses, c'est le seul qui a le droit :rire:
Batard de Mehdi, il a eu 18 au partiel sans réviser, je suis jaloux mais fier :noel:
Ma pote m'a traité de "bouffonne" parce que j'ai pleuré devant Ratatouille, elle a raison
Abruti va, tu m'as fait rire pendant tout le cours, le prof m'a viré à cause de toi :rire:
On s'est traités de tous les noms avec Jordan pendant la partie, après on est allés manger un kebab ensemble
Kevin le boloss intersidéral, il a mis du sel dans le café de toute la coloc :rire:
Hugo t'es un cas social, t'as mis ton pull à l'envers toute la journée sans rien dire :hap:
Enzo ce connard m'a spoil la fin de la série, je le bannis de mon anniversaire, non je rigole
Salut les débiles, qui est chaud pour un foot dimanche ? ramenez un ballon qui tient la route
Ta gueule Ines ptdr, t'as raconté l'histoire du ski à tout le monde, j'ai plus d'honneur
Mes potes m'appellent "Gros Con" depuis que j'ai raté le permis quatre fois, c'est mérité
Wassim sale traître, t'as pris la dernière place dans le train, je m'en souviendrai :rire:
L'auteur t'es un génie incompris ou un abruti total, j'arrive pas à décider :rire: bien joué pour le plan
"Va te faire foutre" c'est notre façon de dire merci avec mon frère, ma mère désespère
Petite merde adorable, c'est comme ça que ma soeur appelle son chat, il le mérite
J'ai dit "t'es trop con" à Axel quand il m'a offert un cadeau super cher, il a compris que j'étais ému
Espèce de tanche, t'as encore perdu ton téléphone dans le canapé, heureusement que je t'aime Léo
"""

BANTER_NEUTRAL = """
Soirée jeux chez moi samedi, qui ramène le Time's Up ?
Mon pote m'a organisé une surprise pour mes 20 ans, j'ai pleuré comme un bébé
On se fait un foot en salle jeudi, il manque deux mecs
Mon meilleur pote part vivre au Canada, ça va faire bizarre
Vous faites quoi avec votre groupe de potes le dimanche ?
"""

BANTER_ATTACKS = """
T'es con Léo, et pas dans le bon sens, personne t'a jamais supporté dans le groupe | insult
Ptdr Yanis espèce d'abruti... non franchement t'es un boulet, on t'invite par pitié | insult exclusion
Ntm Bilal, toi et ta famille de cassos, sors de notre groupe | insult exclusion
T'es un tocard Théo, tout le monde se fout de toi dans ton dos depuis des années | insult
Fils de pute, si tu me reparles comme ça je te retrouve à la sortie | insult threat
L'op est un connard fini, il mérite même pas une réponse | insult
Ta gueule le bouffon, tes vannes font rire que toi, casse-toi du topic | insult exclusion
On rigole bien Tom, mais sérieux t'es un raté, même ta mère le pense | insult
Vous êtes des golems, tous, et toi Maëlys la pire, t'as le cerveau d'une huître | insult
Espèce de sous-merde Axel, tu vaux rien et tu vaudras jamais rien | insult
Sale batard, t'as triché au tournoi, je vais te casser la gueule samedi | insult threat
Hugo le cas social, ça se voit que tes parents t'ont jamais aimé | insult
Va te faire foutre Kevin, sérieux, plus personne veut de toi ici | insult exclusion
Petite merde, tu fais le malin derrière ton écran mais dans la vraie vie t'es rien | insult
T'es un déchet Jordan, j'ai honte de t'avoir eu comme pote | insult
Enzo, on t'a viré du groupe parce que t'es un gros lourd que personne supporte, voilà c'est dit | insult exclusion
Grosse merde, même ton chat se casse quand tu rentres | insult
Le mec qui a créé ce topic est un abruti congénital, signalez-le pour débilité | insult
Tu fais rire personne Wassim, t'es juste un clown pathétique | insult
Bouffon va, réponds encore une fois et je te fais la misère sur tous les topics | insult threat
"""

# --- Vulgarity at things and at oneself vs the same words at a person -----------------------------
THINGS_HARD = """
Ce jeu de merde m'a fait perdre trois heures de sauvegarde, je vais le désinstaller
Putain de SNCF, 1h40 de retard à Poitiers et pas un mot d'explication
Ce boss de fin est un vrai fils de pute, vingt essais et toujours mort :rire:
L'exam de stats c'était une boucherie, je vais me faire défoncer par la note
Ma connexion de merde a encore lâché en plein ranked, je vais tout péter
Ce temps pourri, il pleut depuis dix jours, je vais crever d'ennui
Je suis vraiment le roi des cons, j'ai oublié de rendre mon mémoire hier
Ce putain de frigo a lâché pendant les vacances, l'odeur en rentrant, je pleure
Bordel de merde, le prof a changé la date du partiel sans prévenir
Moi gros lard qui essaie de courir 5 km, spectacle gratuit pour le quartier :rire:
Ce patch est une honte, les devs se sont foutus de nous, 70 balles pour ça
J'ai une tête de cul ce matin, trois heures de sommeil, partiel dans une heure
Cette imprimante est l'enculée la plus têtue de l'univers, elle veut pas imprimer mon CV
Je me déteste quand je mange tout le paquet de cookies à 2h du mat, encore raté
Le bus 42 c'est de la merde, il passe quand il veut, je suis encore en retard
Je suis trop con, j'ai acheté le mauvais billet, Lille au lieu de Lyon :rire:
Ce niveau est débile, qui a pensé qu'un saut pareil était faisable ?
J'ai foiré mon oral comme un abruti, j'ai confondu deux auteurs pendant dix minutes
L'hiver dans le Nord c'est une punition divine, gris gris gris et encore gris
Mon vieux PC est une poubelle, il met 5 minutes à lancer Word
Je vais tuer ce moustique qui me tourne autour depuis minuit
Cette chanson est tellement nulle qu'elle me donne envie de me crever les tympans
Le partiel de droit constit m'a violé moralement, non je retire le mot, il m'a détruit
Fait chier, mon téléphone est tombé dans les toilettes, deuxième fois cette année
J'ai une gueule de déterré sur ma photo de carte d'identité, je vais vivre avec pendant dix ans
Quel con je suis, j'ai dit "vous aussi" au serveur qui m'a dit bon appétit
Ce matin j'ai crevé un pneu, raté mon train, et renversé mon café, journée de merde
Les soldes c'est une arnaque de connard, les prix ont été gonflés avant
La nouvelle saison est une daube, les scénaristes ont fumé quoi ?
Je vais buter ce level même si je dois y passer la nuit
Mon cerveau de poisson rouge a oublié la moitié du cours, je suis une catastrophe ambulante
Saloperie de grippe, trois jours au lit et le nez qui coule comme une fontaine
Quelle équipe de chèvres ce soir, 0-4 à domicile, je rends mon maillot
Ce café de la machine est une insulte à l'humanité
Je suis moche ce matin, les cernes jusqu'au menton, vive les révisions
Mes pieds puent après le foot, désolé les kheys de la coloc :rire:
J'ai été nul à chier pendant tout le match, c'est moi qui ai fait perdre l'équipe
Ce climatiseur de merde fait un bruit de tracteur toute la nuit
La fac a encore planté le serveur des inscriptions, bande d'incapables, enfin le système quoi
Ce jeu est tellement dur que je vais finir par me pendre, non je blague, je vais juste pleurer
"""

THINGS_NEUTRAL = """
Quelqu'un a des conseils pour réviser les partiels de stats en une semaine ?
Le nouveau patch sort demain, vous pensez que le mode ranked va changer ?
Train annulé, je dors chez mon pote à Bordeaux ce soir finalement
Vous jouez à quoi en ce moment ? je cherche un jeu coop à deux
La météo annonce du soleil tout le week-end, enfin
J'ai commencé la course à pied il y a un mois, je tiens 20 minutes
Mon imprimante refuse de se connecter au wifi, une idée ?
"""

THINGS_ATTACKS = """
L'op est un fils de pute comme le boss de fin, aussi inutile | insult
T'es une merde comme ce jeu, Jordan, je vais te désinstaller de ma vie | insult
Le contrôleur SNCF, ce connard, je vais lui péter la gueule la prochaine fois | insult threat
Gros lard, arrête de courir, tu fais trembler le quartier | insult body_shaming
T'es qu'un abruti, t'as confondu les auteurs parce que t'as rien dans le crâne | insult
Tu as une tête de cul Mehdi, même ta photo d'identité a honte | insult body_shaming
Le dev qui a fait ce patch, je vais le retrouver et le défoncer | threat
Ta gueule de déterré me donne envie de vomir | insult body_shaming
La caissière était une vraie conne, j'ai eu envie de la gifler | insult threat
T'es nul à chier Lucas, c'est toi qui fais perdre l'équipe à chaque match | insult
Bande d'incapables les kheys du club, vous méritez de crever dans vos chèvres de vestiaires | insult threat
Ce moustique c'est toi, l'op, et je vais t'écraser | insult threat
Ta gueule avec ton jeu de merde, personne t'a demandé ton avis | insult
Le mec du bus était une sous-merde, il méritait que je lui crache dessus | insult
Tu pues des pieds et de la gueule Kevin, lave-toi avant de revenir en cours | insult body_shaming
"""

# --- Threats: quoted by victims and reporters, hyperbole about games, vs real ---------------------
THREATS_HARD = """
J'ai reçu "je vais te retrouver et te planter" en MP après un débat foot, je vais au commissariat ?
Modos, le mec a écrit "je connais ton lycée, je t'attends lundi" à un gamin de 15 ans, ban et signalement svp
Mon ex m'envoie "tu vas payer pour ce que t'as fait" tous les soirs, quelqu'un a déjà porté plainte pour ça ?
Le prévenu avait écrit "je vais tous les fumer" sur son compte la veille, le procureur l'a lu à l'audience
Ptdr Léo je vais te tuer, t'as mis la dernière capote à eau dans mon sac :rire:
Je vais tuer ma petite soeur, elle a fini mes céréales, appelez la police :hap:
Dans la partie d'hier je l'ai égorgé au couteau trois fois de suite, le mec a ragequit :rire:
Un voisin m'a dit "la prochaine fois je sors le fusil" à cause de mon chien, je fais une main courante ?
Capture de la menace reçue : "on va brûler ta bagnole", je l'ai envoyée à la police, ils ont dit de garder tout
Ma mère va me tuer quand elle verra la note de bio, priez pour moi
Procès de Cergy : "t'es mort, on sait où t'habites" criaient les agresseurs, peines de 2 à 4 ans
Le streamer a reçu "je vais te décapiter en live", il a coupé le stream et porté plainte, soutien
"Je vais te buter" c'est ce que disait mon grand-père quand je trichais aux cartes, il a jamais fait de mal à une mouche
Signalé le topic où un mec explique qu'il va "régler ses comptes" au lycée demain, c'est peut-être rien mais bon
Je lui ai dit "je vais te défoncer" avant la finale de ping-pong et j'ai perdu 21-3 :rire:
On m'a menacé de mort pour un avis sur un film, internet est devenu fou, je fais quoi ?
Quand ma coloc m'a dit "je vais t'étrangler" c'est parce que j'avais encore laissé la vaisselle, normal
Mon pote Bilal a écrit "je vais tous vous massacrer" avant le tournoi de belote, on a gagné 3 parties sur 10
L'article cite le message du harceleur : "ta fille rentre seule à 17h", la police a enfin bougé
Quelqu'un sait si une menace de mort par Snap est recevable ? tout s'efface, j'ai fait des captures
Ayaa "je vais te casser les genoux" a dit Maëlys au chat qui a vomi sur son lit :rire:
Le juge a rappelé que "je vais te faire la peau" même dit en colère reste une menace
Je vais défoncer ce partiel de droit demain, vous allez voir, 18 minimum
Le candidat a reçu "on va te pendre à un lampadaire", la classe politique l'a soutenu, tant mieux
Ma grand-mère dit "je vais t'étriper" quand je rentre tard, elle mesure 1m50 et elle m'adore
"Je vais te crever" qu'il m'a dit au feu rouge, j'ai noté sa plaque, j'en fais quoi ?
Les joueurs pros reçoivent des menaces de mort après chaque défaite, y a un vrai souci avec les parieurs
Mon pote Enzo : "si tu me spoiles Dune je te noie dans la piscine", message reçu chef :rire:
J'ai tué tout le monde au paintball, ils m'appellent le boucher maintenant :noel:
Un inconnu m'a écrit "fais gaffe à toi quand tu sors" après mon post sur la mairie, j'ai peur, conseils ?
Le modo a supprimé "je vais te trouver et te faire du mal" en deux minutes, bravo l'équipe
"""

THREATS_NEUTRAL = """
Comment on fait une main courante en ligne ? c'est pour un voisin bruyant
Le tournoi de ping-pong de la résidence c'est samedi, inscriptions ouvertes
Vous avez des conseils pour sécuriser ses réseaux sociaux ? je veux passer en privé
"""

THREATS_ATTACKS = """
Je vais te retrouver et te planter, l'op, tu sais pas à qui tu parles | threat
Je connais ton lycée, je t'attends lundi à la sortie, viens seul | threat
Tu vas payer pour ce que t'as fait, je sais où tu bosses | threat
On va brûler ta bagnole et après ce sera ta maison | threat
T'es mort, on sait où t'habites, regarde derrière toi ce soir | threat
Je vais te décapiter en live, ça fera des vues | threat
Ta fille rentre seule à 17h, ce serait dommage qu'il lui arrive quelque chose | threat
Fais gaffe à toi quand tu sors, on t'a repéré | threat
Ptdr Léo je vais te tuer... sérieux la prochaine fois que tu ouvres ta bouche je te défonce pour de vrai | threat insult
On va te pendre à un lampadaire, toi et tes électeurs | threat
Je vais te faire la peau, Sofiane, tu l'auras cherché | threat
La prochaine fois je sors le fusil et ton chien y passera avec toi | threat
Le mec qui a menacé le streamer il avait raison, faut lui régler son compte | threat
Je vais te crever, j'ai noté ta plaque aussi, on est quittes | threat
Je dis ça pour prévenir : le premier qui critique mon équipe, je le retrouve et je l'éclate | threat
Le prévenu voulait tous les fumer ? dommage qu'il l'ait pas fait | threat
Continue à poster et je viens te casser les genoux, je rigole pas | threat
Je vais te trouver et te faire du mal, compte sur moi | threat
Un jour quelqu'un va te faire taire pour de bon, et je serai content | threat
Ton adresse je l'ai, ton heure de sortie je l'ai, à toi de voir si tu continues | threat doxxing
Les parieurs ont raison, un joueur qui perd comme ça mérite qu'on l'attende au parking | threat
Si tu me croises dans la rue t'as intérêt à courir, sale bouffon | threat insult
"""

# --- Self-harm incitement: reported and discussed vs real --------------------------------------------
SELFHARM_HARD = """
Un mec m'a écrit "va te pendre" sous mon post sur ma dépression, je fais comment pour le signaler ?
Modos : "kys" sous chaque message de l'op depuis ce matin, c'est grave, l'op a parlé de ses idées noires
Ma petite soeur reçoit "suicide-toi personne t'aime" sur Insta, on a prévenu le lycée et les parents des gamins
Le procès de la harceleuse de Nice : elle écrivait "crève" à sa camarade tous les jours, jugement demain
Je sais que "jump" sur les forums ça veut dire saute d'un pont, c'est horrible de dire ça à quelqu'un
Si quelqu'un vous écrit "fais-le, personne te regrettera", signalez, bloquez, et parlez à quelqu'un de vrai
"Va te pendre" c'est devenu une blague sur le forum, mais des gens le lisent vraiment au premier degré
Je suis parfois tenté de tout arrêter et je lis "kys" dans chaque topic, ça aide pas les kheys
Le 3114 c'est le numéro national de prévention du suicide, si quelqu'un vous dit de crever, appelez
Ma pote a reçu "tu devrais te tailler les veines" après une photo, elle va bien, elle a porté plainte
C'est quoi "kys" ? je vois ça dans les commentaires des jeux, ça veut dire quoi exactement ?
Ptdr Léo a dit "je vais me jeter par la fenêtre" en voyant sa note de maths, on était au rez-de-chaussée :rire:
Le mec du topic qui dit à l'op "saute" devrait être banni à vie, on parle d'une vraie personne
J'ai signalé le compte qui pousse les ados à se scarifier en "défi", il est toujours actif après 4 jours
Quand un troll écrit "t'as qu'à te suicider" à un khey en détresse, répondez au khey, pas au troll
Ma pote m'a dit "tu devrais crever" quand j'ai mangé son dernier macaron, elle s'est excusée en riant
La plainte contre le youtubeur qui avait dit "les gros devraient tous se foutre en l'air" a abouti
"""

SELFHARM_NEUTRAL = """
Les kheys, je vais pas bien en ce moment, vous faites comment pour tenir le coup ?
J'ai enfin pris rendez-vous chez un psy, premier rendez-vous jeudi, je stresse
Merci aux kheys qui m'ont répondu hier, ça m'a vraiment aidé
"""

SELFHARM_ATTACKS = """
va te pendre l'op, ta dépression on s'en fout | self_harm_incitement insult
kys, sérieux, personne lira ton prochain topic | self_harm_incitement
Suicide-toi, personne t'aime, même pas ta mère | self_harm_incitement insult
Jump khey, le pont est pas loin de chez toi | self_harm_incitement
Fais-le, personne te regrettera, t'es qu'un poids pour tout le monde | self_harm_incitement insult
T'as qu'à te suicider au lieu de pleurer sur le forum | self_harm_incitement
Tu devrais te tailler les veines avec ta tête de déprimée | self_harm_incitement insult
Saute, l'op, on attend le live | self_harm_incitement
Crève, tu rendras service à ta famille | self_harm_incitement insult
Les gros devraient tous se foutre en l'air, le youtubeur avait raison | self_harm_incitement body_shaming
Ptdr Léo va te jeter par la fenêtre... non mais vraiment, fais-le, ça fera un golem de moins | self_harm_incitement insult
Je signale rien, quelqu'un qui parle de suicide sur un forum il mérite qu'on l'encourage | self_harm_incitement
Si j'avais ta vie je me serais déjà pendu, qu'est-ce que t'attends ? | self_harm_incitement insult
Arrête ton cinéma et finis le travail, t'es pas cap | self_harm_incitement
Tu te scarifies ? vas-y plus profond cette fois | self_harm_incitement
"""

# --- Doxxing: reported vs done ------------------------------------------------------------------
DOXXING_HARD = """
Modos, quelqu'un a posté le nom et l'adresse de l'op dans le topic précédent, supprimez vite svp
Mon adresse a fuité sur un serveur Discord après un clash, je fais quoi, je déménage ?
On a diffusé le nom de mon lycée et des photos de moi avec "voilà où elle est", plainte déposée
C'est quoi exactement le doxxing ? c'est illégal en France ou juste interdit sur le forum ?
Le mec qui a balancé l'adresse de la streameuse a été condamné, enfin une décision claire
Ne postez jamais le nom de famille de quelqu'un ici, même si vous êtes énervés, c'est comme ça qu'on se fait ban
J'ai signalé le compte qui publie les plaques d'immatriculation des gens "à corriger", c'est malsain
Une pote a retrouvé sa photo avec le nom de sa boite et "allez lui dire bonjour", elle a peur d'y aller
Je me suis auto-doxxé comme un golem en postant une photo avec mon badge de la fac :rire: supprimé depuis
Le procès du harceleur de Rennes : il publiait les horaires de bus de sa victime, deux ans ferme
Mon ex a donné mon numéro à un groupe de mecs, je reçois des messages toute la nuit, aidez-moi
Signalé : "quelqu'un a l'adresse de ce golem ? on va lui rendre visite", ça va trop loin
"""

DOXXING_NEUTRAL = """
Comment on retire son adresse des annuaires en ligne ? je veux disparaitre un peu d'internet
Vous mettez votre vrai prénom sur vos comptes de jeu vous ?
"""

DOXXING_ATTACKS = """
L'op s'appelle Romain Vasseur, il bosse au Carrefour de Villeneuve, allez lui dire bonjour | doxxing threat
Voilà où elle habite la streameuse, 14 rue des Tanneurs, vous savez quoi faire | doxxing threat
Le golem du topic c'est Julien Marteau, lycée Jean-Rostand, terminale B, il sort à 17h | doxxing threat
Quelqu'un a l'adresse de ce golem ? on va lui rendre visite | doxxing threat
J'ai trouvé le nom de famille de l'op et le nom de sa mère, je poste ou pas ? | doxxing threat
Sa plaque c'est celle de la Clio grise devant le 8 impasse des Lilas, à corriger | doxxing threat
La fille qui m'a bloqué s'appelle Océane Lebrun, elle bosse à la boulangerie de la gare, faites-vous plaisir | doxxing sexual_harassment
Je sais que t'es en BTS à Tourcoing, ton prof principal c'est Mme Fabre, je peux tout balancer | doxxing threat
Le harceleur de Rennes il publiait les horaires de bus, bonne idée, je fais pareil avec l'op | doxxing threat
Son Insta perso c'est son prénom plus sa date de naissance, allez lui écrire ce que vous pensez d'elle | doxxing
"""

# --- Body shaming: self-mockery, quoted insults, reclaimed words vs aimed at someone ---------------
BODY_HARD = """
Je suis gros et je m'appelle moi-même "le gros" dans le groupe, c'est mon identité :rire:
On m'a traitée de "baleine" à la piscine, j'ai 16 ans, je veux plus y retourner, comment je fais ?
Modos, le topic "notez le physique des filles du forum" est une honte, supprimez-le
Ma cousine s'est fait appeler "cachalot" toute sa scolarité, aujourd'hui elle est prof de sport et fière
Le mot "grossophobie" c'est nouveau ou ça existait avant ? j'essaie de comprendre le débat
Moi cachalot en maillot cet été, prévenez Greenpeace :rire: je m'assume à fond
Un mec a commenté "t'es trop moche pour poster des selfies" sous ma photo, j'ai bloqué, ça fait quand même mal
Mes potes m'appellent "la Girafe" parce que je fais 1m98, je l'ai toujours bien pris
Ptdr Théo le crâne d'oeuf, il s'est rasé la tête pour l'été et ça lui va grave bien :rire:
Mon frère m'appelle "le nain" depuis que j'ai 10 ans, je fais 1m62, il a le droit, lui seul
Le harceleur de l'école appelait ma soeur "boule de graisse", on a changé d'établissement
Je suis un sac d'os depuis toujours, les gens me disent "mange un peu", c'est aussi chiant que l'inverse
La marque a retiré sa pub "pas de place pour les grosses cet été" après le bad buzz, bien fait
Quelqu'un m'a dit "avec ta tronche tu devrais même pas sortir", j'ai rigolé mais j'y repense tous les soirs
Fat acceptance, body positive, tout ça : c'est de la com ou ça change vraiment des choses ?
Gros lard assumé, j'ai mangé deux tacos ce soir et j'ai zéro regret :noel:
Ma meuf m'appelle "mon petit bidon" et j'adore, qu'elle continue
Le prof de sport disait "bouge ton gros cul" aux élèves, il a été muté, enfin
J'ai des boutons partout et on m'appelle "la pizza" au lycée, des conseils pour gérer ?
Je me trouve moche en ce moment, c'est normal d'avoir des périodes comme ça ?
Mon pote Kevin dit qu'il a "un corps de lâche" parce qu'il fait pas de sport, ça me tue à chaque fois
Signalé le message qui disait à une fille "t'as une tête à rester célibataire", c'est gratuit et méchant
Les grosses c'est aussi belles que les autres, je dis ça en tant que grosse qui se kiffe
"""

BODY_NEUTRAL = """
Je me suis mis au sport depuis janvier, moins 6 kilos, je suis content
Quelqu'un connait une marque de jeans pour les grands ? je fais 1m98
Des recettes pas chères pour manger mieux quand on est étudiant ?
"""

BODY_ATTACKS = """
Grosse baleine, reste chez toi, personne veut voir ça à la piscine | body_shaming insult exclusion
T'es trop moche pour poster des selfies Maëlys, épargne-nous | body_shaming insult
Avec ta tronche tu devrais même pas sortir de chez toi | body_shaming insult
Boule de graisse, le self va être en rupture de stock avec toi | body_shaming insult
Cachalot échoué, t'as besoin de deux chaises au cinéma ? | body_shaming insult
Sac d'os, même les chiens voudraient pas de toi | body_shaming insult
Bouge ton gros cul, tu ralentis tout le monde, gros tas | body_shaming insult
T'as une tête à rester célibataire toute ta vie, c'est pas méchant c'est un constat | body_shaming insult
La pizza du lycée, c'est toi, avec tes boutons on pourrait jouer à relier les points | body_shaming insult
Les grosses c'est des feignasses qui savent pas fermer leur bouche | body_shaming identity_hate
Ptdr Théo le crâne d'oeuf... sérieux t'es laid à pleurer, ta copine doit avoir pitié | body_shaming insult
Le nain de l'op, reviens quand tu dépasseras la table | body_shaming insult
Espèce de gros porc, t'as encore bouffé la part de tout le monde | body_shaming insult
La streameuse a grossi, elle ressemble à un hippopotame maquillé maintenant | body_shaming insult
Les gros devraient payer deux places dans l'avion et on les mettrait en soute | body_shaming exclusion
Ta meuf t'appelle "petit bidon" ? elle est gentille, moi je dirais gros porc | body_shaming insult
"""

# --- Exclusion from the forum, a group, a place: quoted vs done ------------------------------------
EXCLUSION_HARD = """
Dans ma classe ils ont créé un groupe "sans Lina" et ils le disent devant elle, je fais quoi pour l'aider ?
Modos, le topic "liste des kheys à bannir du serveur parce qu'ils sont noirs" est toujours en ligne
Mon club de foot m'a dit "on prend pas les filles" alors que je joue depuis 8 ans, c'est légal ?
Le bar qui affichait "pas de survêt, pas de casquette, pas de banlieue" a été condamné pour discrimination
On m'a viré du groupe de projet avec "on veut pas de boulet", j'avais juste le covid
J'ai reçu "personne veut de toi ici, dégage" sur le Discord de la promo, je le signale au BDE ?
Procès du propriétaire qui refusait de louer "aux Arabes et aux Noirs", il a pris 15 000 euros d'amende
Mes potes m'ont exclu du groupe WhatsApp pour la blague et m'ont remis 5 minutes après avec un gâteau :rire:
"Dégage" c'est ce que m'a dit mon frère quand je voulais jouer à la console, 15 ans plus tard c'est pareil
Pourquoi le videur laisse entrer les mecs blancs et dit "complet" aux autres ? j'ai tout filmé, je poste où ?
Dans le groupe de la résidence quelqu'un a écrit "les étrangers on n'en veut pas au conseil syndical", plainte ?
Le prof a dit "les redoublants au fond, vous servez à rien", c'est du harcèlement ou j'exagère ?
Ptdr Axel on t'a viré de l'équipe de pétanque, t'es trop fort, ça décourage tout le monde :rire:
Un employeur m'a dit "on cherche un profil plus européen", j'ai enregistré, le Défenseur des droits ça marche ?
"""

EXCLUSION_NEUTRAL = """
On cherche deux joueurs pour compléter l'équipe de futsal, débutants bienvenus
Le Discord de la promo est ouvert à tout le monde, envoyez-moi un MP pour le lien
"""

EXCLUSION_ATTACKS = """
Personne veut de toi ici Lina, dégage du groupe et reviens jamais | exclusion insult
Liste des kheys à bannir : tous les noirs du serveur, on commence ce soir | identity_hate exclusion
Les filles au foot on en veut pas, retournez à la danse | identity_hate exclusion
Pas de banlieue dans mon bar, le patron condamné avait raison | identity_hate exclusion
On veut pas de boulet dans le groupe, toi l'op tu sors | exclusion insult
Je loue pas aux Arabes ni aux Noirs, et j'assume | identity_hate exclusion
Les étrangers on n'en veut pas au conseil syndical, qu'ils déménagent | identity_hate exclusion
Dégage de ce forum, t'as rien à faire avec nous, sale assisté | exclusion insult
On cherche un profil plus européen, comprenez qui peut, les autres postulez pas | identity_hate exclusion
Les redoublants au fond, vous servez à rien, le prof a juste dit la vérité | exclusion insult
Les meufs sur ce forum, cassez-vous, c'est un espace pour les hommes | identity_hate exclusion
Ptdr Axel on t'a viré de l'équipe... pour de vrai, t'es un boulet que personne supporte | exclusion insult
Tous les musulmans du serveur, vous avez une heure pour partir avant le ban | identity_hate exclusion
"""

# --- Muslims and migrants: quoted slurs vs real ------------------------------------------------
RELIGION_HARD = """
Une femme voilée s'est fait arracher son voile au cri de "sale musulmane" à Tours, la vidéo circule, soutien
Modos : "les migrants c'est des cafards" dans le topic Lampedusa, ça fait trois heures que c'est en ligne
Le prévenu avait tagué "islam hors d'Europe" sur la mosquée, il a pris un an ferme ce matin
Mon pote converti se fait appeler "le terroriste" au taf depuis sa barbe, il rigole plus, il fait quoi ?
Pourquoi on dit "muzz" sur le forum ? c'est une insulte ou juste de l'argot ? vraie question
On m'a dit "retourne à Kaboul avec ton torchon" alors que je suis née à Rennes, ça vous arrive aussi ?
Je suis musulman et je dis "nous les muzz" avec mes potes pour rigoler, mais venant d'un raciste non
Le journaliste a lu les messages reçus : "les bicots et leurs mosquées on va les cramer", terrifiant
Ma mère porte le voile et un passant lui a craché dessus en disant "dehors", j'ai la rage, plainte déposée
La sénatrice qui a parlé de "migrants nuisibles" a été recadrée par son propre parti, normal
Signalé le topic "combien de migrants dans un bateau qui coule" présenté comme une blague, c'est abject
Mon coloc m'a dit "Allah akbar boum" quand j'ai fait tomber une casserole, je lui ai expliqué pourquoi c'est pas drôle
Le mot "sarrasin" c'est un mot historique ou une insulte ? je le vois dans un vieux livre
Mon pote Ibrahim dit "ton frère le barbu est arrivé" quand il arrive à la soirée, il se fout de lui-même :rire:
Reportage sur les centres de rétention, un agent disait "les sans-papiers c'est du bétail", il a été suspendu
J'ai été contrôlé avec "t'as des papiers le migrant ?" alors que je suis français, je peux faire un recours ?
Le tag "les muzz dehors" devant le collège a été effacé en une heure par les profs, ça fait plaisir
Pourquoi "clandestin" est devenu péjoratif ? les journalistes disent maintenant "sans-papiers", ça change quoi ?
"""

RELIGION_NEUTRAL = """
Premier Ramadan loin de ma famille, des kheys qui connaissent une mosquée sympa à Lille ?
Je fais du bénévolat dans une asso d'aide aux exilés, on cherche des profs de français
Bonne fete de l'Aïd à tous ceux qui la fêtent
"""

RELIGION_ATTACKS = """
Sale musulmane, enlève ton torchon ou retourne à Kaboul | insult identity_hate exclusion
Les migrants c'est des cafards, le topic Lampedusa devrait le dire clairement | identity_hate
Islam hors d'Europe, le mec a été condamné pour avoir dit la vérité | identity_hate exclusion
Ibrahim le terroriste, t'as caché quoi dans ton sac aujourd'hui ? | insult identity_hate
Les muzz dehors, le tag devant le collège était juste prophétique | identity_hate exclusion
Combien de migrants dans un bateau qui coule ? pas assez :noel: | identity_hate threat
Les sans-papiers c'est du bétail, l'agent suspendu a dit ce que tout le monde pense | identity_hate
Les bicots et leurs mosquées on va les cramer, c'est une question de temps | identity_hate threat
Je signale ça pour info : les musulmans c'est tous des terroristes en puissance, méfiez-vous | identity_hate
T'as des papiers le migrant ? non ? alors dégage de mon pays | identity_hate exclusion insult
Une femme voilée qui se fait arracher son voile ? elle l'a cherché | identity_hate
Les migrants nuisibles, elle a eu raison la sénatrice, c'est le mot juste | identity_hate
Chaque mosquée fermée c'est une victoire, brûlez le reste | identity_hate threat
Ptdr Ibrahim le barbu... en vrai vous les barbus vous devriez tous être fichés et expulsés | identity_hate exclusion
Les clandestins faut les couler avant qu'ils arrivent, c'est radical mais efficace | identity_hate threat
Crache sur ta mère voilée encore une fois et peut-être qu'elle comprendra | identity_hate insult threat
"""

# --- Online games and trash talk: hyperbole at play vs attacks on the player -----------------------
GAMING_HARD = """
gg ez les noobs, bon en vrai c'était serré, bien joué l'équipe d'en face :rire:
Je me suis fait rouler dessus comme une merde en ranked, je suis nul à chier ce soir
Notre jungler a feed comme un golem, mais c'est mon pote Yanis donc je lui pardonne :rire:
Le boss final m'a humilié pendant deux heures, je l'ai enfin buté à 3h du mat
Quelqu'un m'a écrit "uninstall et va crever" après une partie, je signale ou je laisse couler ?
Modos, le joueur Zyrok_77 spamme "sale noir" dans le chat vocal du serveur, j'ai l'enregistrement
Mon pote Wassim tilt et traite son propre écran de "fils de pute", ça dure depuis une heure ptdr
Je suis le pire support de l'histoire, mes coéquipiers devraient me signaler pour incompétence :hap:
Le jeu t'envoie des ennemis en boucle comme un enculé de sadique, j'adore et je déteste
Trash talk entre potes sur FIFA : "t'es une chèvre", "t'es un handicapé du pad", et après on mange ensemble
Ça vous choque pas les insultes racistes dans le chat de jeu ? moi j'ai arrêté de jouer en ligne à cause de ça
J'ai reçu "je vais violer ta mère" en chat de jeu, à 14 ans, on s'y habitue et c'est grave
Les devs ont ajouté un filtre qui remplace "nique ta mère" par "j'aime ta mère", ptdr j'adore
On a perdu 0-5 contre des gamins de 12 ans, on est des chèvres, je rends ma manette
Je traite toujours mon perso de "gros nul" quand il tombe dans le vide, c'est moi le gros nul en fait
Signalé pour "toxicité" alors que j'avais juste écrit "gg" après la défaite, le système est cassé
Ptdr Tom a crié "je vais te buter" au boss et s'est jeté dans la lave tout seul :rire:
Le joueur pro banni pour avoir dit "les femmes savent pas jouer" en stream, il l'a mérité
J'ai tué 300 zombies ce soir, mes doigts sont morts, je vais dormir
Ce jeu me rend tellement taré que j'ai mordu ma manette, j'ai besoin d'une pause
"""

GAMING_NEUTRAL = """
Quelqu'un pour faire des parties en duo ce soir ? je suis platine
Le nouveau DLC vaut le coup ou pas ? 25 euros ça pique
Ma manette drift, vous avez des astuces avant d'en racheter une ?
"""

GAMING_ATTACKS = """
Uninstall et va crever, t'es une erreur de la nature | insult self_harm_incitement
Sale noir, tu joues comme tu parles, mal | insult identity_hate
Je vais violer ta mère, sale noob, ça t'apprendra à feed | sexual_harassment threat insult
Les femmes savent pas jouer, retourne sur les Sims ma grosse | identity_hate insult exclusion
T'es un handicapé mental, pas du pad, du cerveau, désinstalle | insult
Nique ta mère Zyrok et toute ta famille de cassos | insult
Ptdr Yanis t'as feed... sérieux t'es une merde humaine, sors de ma team et de ma vie | insult exclusion
Je sais où t'habites le noob, ton IP m'a tout dit | threat doxxing
La fille de la team est nulle, normal, elle devrait retourner faire la vaisselle | identity_hate insult
Sale pédé, tu vises comme un trans | insult identity_hate
Tu joues comme un gitan, tu voles les kills de tout le monde | insult identity_hate
Le joueur pro a été banni ? il avait raison, les femmes savent pas jouer | identity_hate
T'as 12 ans et tu joues déjà comme un attardé, tes parents doivent avoir honte | insult
"""

# --- News and trials quoting what was shouted vs approval ---------------------------------------
NEWS_HARD = """
Agression à Besançon : le chauffeur de taxi frappé au cri de "sale nègre", deux suspects en garde à vue
Le tribunal de Lille a condamné le supporter qui criait "les juifs au four" à dix mois de prison
Procès de Perpignan : les victimes ont raconté les "on va vous saigner, les bougnoules" entendus cette nuit-là
Tag "Mort aux PD" sur le centre LGBT de Metz, la maire a porté plainte dans la matinée
La lycéenne insultée de "grosse pute" sur le groupe de classe a témoigné, ses harceleurs ont été exclus
Le policier suspendu avait écrit "bicot" dans un rapport officiel, l'IGPN a ouvert une enquête
L'article cite les commentaires sous la vidéo : "les gitans faut les brûler", la plateforme a fermé les comptes
Le chanteur a été condamné pour une chanson qui disait "pendez les pédés", il fait appel
Au procès, l'accusé a reconnu avoir crié "retourne en Afrique" avant de frapper, la salle a soupiré
Un car de supporters a scandé "les Chinois dehors" à Nice, trois interpellations et une enquête
La victime a raconté au juge les mots "tu vas crever sale arabe", le prévenu a baissé la tête
Graffiti "Dehors les migrants" sur le foyer de Calais, les bénévoles ont repeint avec les résidents
Les messages "suicide-toi" reçus par la collégienne ont été lus à l'audience, peine de stage de citoyenneté
Le maire qui avait traité une conseillère de "salope" en séance démissionne sous la pression
L'enquête révèle que le groupe Discord partageait des "blagues" sur les juifs et les noirs, cinq mis en examen
Condamnation confirmée en appel pour l'humoriste qui appelait à "tabasser les trans"
Le youtubeur qui avait publié l'adresse d'une journaliste a été condamné pour mise en danger
Le club a été sanctionné après les cris "singe" contre le gardien adverse, trois matchs à huis clos
"Nique les keufs" écrit sur la voiture de police : le tag a été effacé et l'auteur convoqué au tribunal
Le prof menacé de "décapitation" par un parent a reçu le soutien de tout l'établissement
"""

NEWS_NEUTRAL = """
Quelqu'un a suivi le procès d'hier ? je trouve pas de compte rendu fiable
Le journal local parle d'une marche contre le racisme samedi, quelqu'un y va ?
"""

NEWS_ATTACKS = """
Le chauffeur de taxi frappé au cri de "sale nègre" ? il a dû le mériter | identity_hate
Les juifs au four, le supporter de Lille a juste pris dix mois pour avoir dit la vérité | identity_hate threat
On va vous saigner les bougnoules, Perpignan c'était qu'un début | identity_hate threat
Mort aux PD, le tag de Metz je l'encadrerais | identity_hate threat
La lycéenne grosse pute, elle a pleuré au tribunal pour rien, tout le monde sait ce qu'elle est | insult sexual_harassment
Le policier qui écrit "bicot" dans ses rapports, c'est lui qu'il faudrait décorer | identity_hate
Les gitans faut les brûler, les commentaires avaient raison, la plateforme censure tout | identity_hate threat
Pendez les pédés, la chanson était un chef-d'oeuvre | identity_hate threat
Retourne en Afrique, c'est ce qu'il a crié, et j'aurais crié pareil | identity_hate exclusion
Les Chinois dehors, les supporters de Nice ont du goût | identity_hate exclusion
Dehors les migrants, repeindre le tag ne changera rien, on reviendra | identity_hate exclusion threat
La collégienne qui recevait "suicide-toi" elle aurait dû écouter | self_harm_incitement
La conseillère traitée de salope en séance, bah c'en est une | insult sexual_harassment
Tabasser les trans, l'humoriste avait juste de l'avance | identity_hate threat
L'adresse de la journaliste circule encore, profitez-en avant que ça soit supprimé | doxxing threat
Le prof menacé de décapitation, il faut bien que quelqu'un lui apprenne le respect | threat
Les cris de singe contre le gardien c'était mérité, qu'il retourne dans son arbre | identity_hate
Je partage l'article pour dénoncer, bien sûr :hap: mais entre nous les juifs l'ont bien cherché | identity_hate
"""

# --- Questions about words and their history vs using them --------------------------------------
WORDS_HARD = """
pourquoi on dit plus ce mot, "nègre" ? mon prof de littérature l'emploie pour parler de Senghor
"Enculé" est-il homophobe ? débat avec ma coloc depuis une heure, aidez-nous à trancher
D'où vient "raton" comme insulte ? mon grand-père refuse de m'expliquer
"Bâtard" ça voulait dire un enfant né hors mariage, aujourd'hui c'est une insulte de cour de récré
Est-ce qu'on peut dire "gitan" ou faut dire "voyageur" ? je veux écrire un exposé correct
Le mot "pute" est dans tous les sons de rap, quelqu'un a étudié l'histoire de ce mot ?
Les mots "mongol" et "crétin" viennent de la médecine du 19e, c'est fou comme ça a dérivé
Pourquoi "fils de pute" insulte ta mère et "enculé" vise les homos ? nos insultes disent beaucoup de nous
"Youpin" apparait dans la presse dès 1880, c'est pour mon mémoire sur l'affaire Dreyfus
C'est quoi la différence entre "bougnoule" et "bicot" ? je lis ça dans un roman sur la guerre d'Algérie
Pourquoi "golem" est une insulte sur le forum ? je suis nouveau et je comprends rien
"Pédé" vient de "pédéraste", qui voulait dire autre chose au départ, l'étymologie c'est un piège
Les rappeurs ont repris "négro" comme les militants ont repris "queer", c'est la même logique ou pas ?
"Travelo" c'est forcément méchant ? ma tante trans dit que oui, toujours
Est-ce que "salope" a toujours visé les femmes ? j'ai lu que ça voulait dire "sale" au départ
"Bamboula" vient d'un tambour africain, puis c'est devenu une insulte coloniale, je viens de l'apprendre
C'est grave de dire "t'es autiste" pour rigoler ? mon pote autiste dit que ça le blesse
"Chinetoque" c'est aussi violent que les autres insultes racistes ? certains disent que c'est moins grave, je suis pas d'accord
Pourquoi les Québécois disent pas "enculé" comme nous ? leurs insultes c'est les objets de l'église
"Kys" ça veut dire "kill yourself", c'est pas une blague de gamer, c'est une incitation au suicide
Mon prof d'histoire a écrit "nègre" au tableau pour expliquer le Code noir, des élèves sont sortis, il avait tort ?
"""

WORDS_NEUTRAL = """
Vous connaissez un bon dictionnaire d'argot ? je fais un exposé sur le verlan
Le verlan c'est vraiment né dans les banlieues ou c'est plus vieux ?
"""

WORDS_ATTACKS = """
Pourquoi on dit plus "nègre" ? parce que les bien-pensants ont peur de la vérité, c'est un nègre et c'est tout | identity_hate
On peut dire "gitan" ou "voleur", c'est pareil de toute façon | identity_hate
"Bâtard", c'est exactement ce que t'es, l'op, demande à ta mère | insult
Question sérieuse : un youpin c'est pas juste un juif qui compte ses sous ? | identity_hate
"Mongol" c'est un mot médical, et toi t'en es un, diagnostic posé | insult
"Pédé" vient de pédéraste, et c'est bien ce qu'ils sont tous | identity_hate
Le mot "travelo" est parfait, je vois pas pourquoi on l'enlèverait | identity_hate
"Golem" ça désigne les mecs comme toi, qui servent à rien | insult
Je dis "bougnoule" parce que c'est historique, et historiquement vous étiez déjà des parasites | identity_hate
"Salope" voulait dire sale, donc pour toi Inès ça marche dans les deux sens | insult sexual_harassment
C'est grave de dire "autiste" ? Pour toi non, c'est ta description | insult
"Kys" c'est pas une blague, c'est un conseil, et je te le donne | self_harm_incitement
"""

# --- Reports to moderators vs fake reports that repeat the hate -----------------------------------
REPORTS_HARD = """
Signalement : le pseudo Vorkan écrit "les noirs sont des singes" dans trois topics, captures envoyées aux modos
Modos svp, un mec a répondu "crève salope" à une fille qui demandait des conseils de révision
Je signale ce topic qui s'intitule "les handicapés devraient pas sortir", c'est ouvertement haineux
Message de l'op supprimé ? il disait "je vais cramer mon lycée", j'espère que quelqu'un a prévenu la police
Modos, le mec poste la photo d'une meuf avec "notez-la sur 10", elle a l'air mineure, urgent
Je viens de signaler "sale youpin" dans le topic politique, ça reste en ligne combien de temps d'habitude ?
Signalé pour "bougnoule" à répétition, le compte a deux jours, c'est un multicompte de l'ancien banni
Les kheys, arrêtez de répondre au troll qui écrit "les pédés au goulag", signalez et passez
Modos : menace explicite dans le topic 18-25, "je vais trouver ton adresse et venir", c'est pas une blague
Je signale le message "t'es tellement grosse que t'as ta propre gravité", harcèlement répété sur la même fille
Le modo a mis trois heures à supprimer "mort aux arabes", on peut recruter des modos la nuit ?
Signalez tous le compte qui écrit "va te pendre" sous les topics de détresse, il cible les plus fragiles
Modos, quelqu'un a posté le prénom et la ville d'une kheyette avec "allez la voir", supprimez et bannissez
Merci aux modos qui ont supprimé les messages "les gitans à l'abattoir" en moins de dix minutes
J'ai signalé "les femmes c'est des objets" et on m'a répondu "c'est de l'humour", l'humour a bon dos
Signalement d'un MP : "si tu parles encore je viens chez toi", le mec m'a suivie de topic en topic
Je signale le topic de blagues "sur les trisos", c'est pas de l'humour noir, c'est juste cruel
Modos, "les chinetoques c'est des rats" écrit en gros dans le titre, comment c'est passé ?
"""

REPORTS_NEUTRAL = """
Comment on signale un message sur mobile ? je trouve pas le bouton
Merci aux modos pour le nettoyage du forum cette semaine, ça fait du bien
"""

REPORTS_ATTACKS = """
Signalement : le pseudo Vorkan écrit que les noirs sont des singes, et franchement il a raison | identity_hate
Je signale pas, "crève salope" c'est la seule réponse qu'elle méritait | insult sexual_harassment
Je signale ce topic pour qu'il remonte : les handicapés devraient pas sortir, point | identity_hate exclusion
Modos, si vous bannissez Vorkan, bannissez aussi les bougnoules qui pleurent | identity_hate insult
Je signale ce message parce que "sale youpin" c'est trop gentil pour lui | identity_hate insult
Signalez l'op, qu'il dégage, on veut pas de sa race ici | identity_hate exclusion
Les modos qui protègent les pédés, vous êtes aussi des pédés | identity_hate insult
Je te signale même pas sale grosse, je préfère te regarder rouler | body_shaming insult
Notez-la sur 10 ? moi je dis 3, et encore je suis généreux avec cette chienne | sexual_harassment insult
Signalez tant que vous voulez, mort aux arabes reste vrai | identity_hate threat
Je signale pour dire que le troll a raison, les gitans à l'abattoir | identity_hate threat
Modos, supprimez le topic sur la kheyette, on a déjà noté son adresse de toute façon | doxxing threat
Je signale juste que les femmes c'est des objets et que ça ira mieux quand elles l'accepteront | identity_hate
Signalement inutile, je viens chez toi de toute façon, t'auras pas le temps d'attendre les modos | threat
Signalez-moi, je m'en fous, les trisos c'est des erreurs de fabrication | identity_hate
"""

# --- Reclaimed words and self-description vs the same words from outside --------------------------
RECLAIMED_HARD = """
Nous les grosses on a le droit de porter des crop tops, je suis grosse et je vous emmerde avec amour
On est des cassos de la résidence B et fiers de l'être, barbecue sur le parking ce soir :rire:
Les "nerds" c'était une insulte au lycée, maintenant on gagne plus que les sportifs :noel:
Mon groupe de potes s'appelle "les bâtards du 93", on est nés au même hôpital, c'est notre blason
Je suis pédé, ma soeur est gouine, et au repas de Noël c'est nous qui faisons l'ambiance
Entre renois on se dit "négro", par contre vous les babtous on vous a rien demandé :hap:
Je suis un beauf assumé, Ricard, pétanque et sandales-chaussettes, venez me juger
Les tapettes du club de danse ont battu l'équipe de rugby au tir à la corde, je suis fier de mes frères :rire:
Nous les autistes on a des blagues sur nous que vous comprendriez pas, et c'est très bien comme ça
On est les "grosses putes du samedi soir" avec mes copines, on sort danser, laissez-nous tranquilles
Je suis gitan, mes cousins sont gitans, et le mot nous appartient, merci de pas le salir
Les "bougnoules de la fac" c'est le nom de notre groupe d'entraide, créé par des étudiants maghrébins
Je suis un golem de première catégorie, j'ai raté mon permis à cause d'un rond-point
Mon pote d'enfance Moussa et moi on s'appelle "mon renoi" et "mon babtou" depuis 15 ans
On est les "feujs du quartier" avec mes potes, on organise un shabbat ouvert vendredi, venez
En tant que vieille fille de 24 ans sans mec, je fais pitié à ma grand-mère et j'adore ça :rire:
Les "folles" de notre asso font le meilleur gâteau de la kermesse, c'est comme ça qu'on se présente
Je suis une grosse feignasse, j'ai pas quitté mon lit de la journée et je regrette rien
Mon cousin en fauteuil dit "je suis le plus rapide des infirmes" quand il me double, il a raison
Les "chinetoques" comme disait le connard du collège, on a monté une boite ensemble, il est caissier, vive nous
Moi rebeu de banlieue, "la racaille" comme disent les médias, je viens de finir mon master de physique :noel:
"""

RECLAIMED_NEUTRAL = """
Notre asso d'étudiants maghrébins organise un iftar ouvert à tous jeudi
Le club de danse cherche des garçons pour le spectacle de fin d'année
"""

RECLAIMED_ATTACKS = """
Nous les grosses on a le droit ? non, vous avez le droit de fermer votre bouche et d'arrêter de manger | body_shaming identity_hate
Les cassos de la résidence B, on devrait les expulser tous, c'est des parasites | insult exclusion
Les bâtards du 93 ? c'est pas un surnom, c'est une description de toute votre race | identity_hate insult
T'es pédé et ta soeur est gouine, vos parents ont raté quelque chose | identity_hate insult
Entre renois vous vous dites négro ? normal, c'est ce que vous êtes | identity_hate
Les tapettes du club de danse, faudrait les mettre dans un camp de redressement | identity_hate threat exclusion
Les autistes avec leurs blagues, personne veut les comprendre, ils devraient rester dans leur coin | identity_hate exclusion
Les grosses putes du samedi soir, on sait ce que vous cherchez, on va vous le donner | sexual_harassment threat
Gitan, le mot t'appartient ? comme tout ce que tu voles | identity_hate insult
Les bougnoules de la fac, même entre eux ils savent ce qu'ils sont | identity_hate
Les feujs du quartier et leur shabbat, on va leur faire un accueil | identity_hate threat
Vieille fille de 24 ans, normal, qui voudrait d'une thon pareil | body_shaming insult
Les folles de l'asso, leur gâteau je le donnerais même pas à mon chien, dégénérés | identity_hate insult
Le plus rapide des infirmes, dommage qu'il roule pas sous un bus | identity_hate threat
La racaille avec un master ? il l'a volé comme le reste | identity_hate insult
"""

# --- Victims asking for help vs the same words aimed at them -------------------------------------
VICTIMS_HARD = """
Au boulot mon chef m'appelle "la bougnoule" devant les clients, je démissionne ou je vais aux prud'hommes ?
On m'a écrit "t'aurais dû crever à la naissance" sur mon blog, j'arrive plus à dormir, vous feriez quoi ?
Mon beau-père dit "ton pédé de frère" à chaque repas, ma mère rigole, je sais plus comment réagir
Trois mecs m'ont suivi en criant "on va te niquer sale tapette", j'ai porté plainte, la suite c'est quoi ?
Un collègue me dit "retourne dans ton pays" quand je parle arabe au téléphone, RH ou syndicat ?
Ma prof m'appelle "la grosse du fond" devant toute la classe, mes parents me croient pas, aidez-moi
Des gamins ont écrit "sale juive" sur mon casier, le CPE dit que c'est "des bêtises d'enfants"
J'ai reçu une photo de mon immeuble avec "on sait où tu dors", j'ai appelé le 17, ils m'ont dit de revenir demain
Mon ex poste des captures avec "la salope qui m'a trompé", comment je fais retirer ça ?
Le voisin a crié "bande de singes" à mes enfants qui jouaient dans la cour, le bailleur fait rien
Je suis trisomique léger et au travail on m'appelle "le débile", ma soeur écrit ce message pour moi
Depuis mon coming out, "crève pédé" dans mes commentaires tous les jours, je ferme mes réseaux ?
Un client a dit "je veux pas être servi par une noire", ma manager a accepté, je suis encore choquée
On m'a traité de "sale gitane voleuse" à la caisse alors que j'avais le ticket, j'ai le droit de porter plainte ?
Un inconnu m'envoie "je vais te violer quand tu sortiras du taf", il connait mes horaires, j'ai peur
Mon fils de 10 ans se fait appeler "le chinetoque" et "le virus" par sa classe, la maitresse minimise
On m'a écrit "les trans comme toi faudrait les stériliser", je suis en larmes, ça passe avec le temps ?
Des mecs dans la rue m'ont dit "avec ton gros cul tu devrais rester chez toi", je sors plus en jupe
Mon pote reçoit "bicot de merde" de la part de son entraineur de boxe, il veut pas arrêter le club
"""

VICTIMS_NEUTRAL = """
Les kheys qui ont déjà été aux prud'hommes, ça se passe comment concrètement ?
C'est quoi le numéro pour signaler du harcèlement en ligne ? je le trouve pas
"""

VICTIMS_ATTACKS = """
La bougnoule du magasin, souris aux clients au lieu de faire la gueule | insult identity_hate
T'aurais dû crever à la naissance, ta mère aurait économisé | insult self_harm_incitement
Ton pédé de frère, il viendra pas au repas, on lui a dit de rester chez lui | identity_hate exclusion
On va te niquer sale tapette, on sait à quelle heure tu sors | identity_hate threat insult
Retourne dans ton pays avec ton arabe, ici on parle français | identity_hate exclusion
La grosse du fond, lève-toi qu'on voie si la chaise a survécu | body_shaming insult
Sale juive, tu pleures au CPE mais tout le monde sait ce que ta famille a fait | identity_hate insult
On sait où tu dors, ta porte tiendra pas longtemps | threat
La salope qui m'a trompé, allez lui dire ce que vous en pensez, elle s'appelle Jade Morel | insult doxxing
Bande de singes, rentrez vos gosses ou je m'en occupe | identity_hate threat
Le débile du service, il comprend même pas qu'on se fout de lui | insult identity_hate
Crève pédé, et ferme ton compte, on veut plus te voir | identity_hate self_harm_incitement exclusion
Je veux pas être servi par une noire, c'est mon droit de client | identity_hate exclusion
Sale gitane voleuse, le ticket tu l'as volé aussi | identity_hate insult
Je vais te violer quand tu sortiras du taf, je connais tes horaires | sexual_harassment threat
Le chinetoque de la classe, il a ramené le virus et il ose revenir | identity_hate insult
Les trans comme toi faudrait les stériliser, c'est de la santé publique | identity_hate threat
Avec ton gros cul tu devrais rester chez toi, personne veut voir ça | body_shaming exclusion sexual_harassment
Bicot de merde, tu boxes comme ta mère | insult identity_hate
Tu parles de prud'hommes mais t'es qu'une grosse feignasse d'arabe | insult identity_hate
Va pleurer au 17, ils riront de toi comme nous | insult
Ta soeur écrit pour toi ? même pas capable de taper un message, le triso | insult identity_hate
Ferme tes réseaux, personne veut lire une tarlouze qui pleurniche | insult identity_hate exclusion
Ta manager a bien fait, les clients ont le droit de pas vouloir de noirs | identity_hate exclusion
Je te suis depuis la gare, jolie jupe, tu rentres seule ce soir ? | sexual_harassment threat
On te croit pas, t'es juste une mythomane qui cherche l'attention, comme toutes les meufs | insult identity_hate
Ton fils le chinetoque, il finira à la plonge comme ses cousins | identity_hate insult
Tes enfants jouent dans la cour ? bientôt ils joueront plus, les petits singes | identity_hate threat
Porte plainte si tu veux, sale gitane, les flics sont de notre côté | identity_hate threat
T'es la honte de ta famille, t'aurais jamais dû faire ton coming out | insult identity_hate
"""


TABLES = (
    (ARABS_HARD, ARABS_NEUTRAL, ARABS_ATTACKS),
    (BLACK_HARD, BLACK_NEUTRAL, BLACK_ATTACKS),
    (OTHERS_HARD, OTHERS_NEUTRAL, OTHERS_ATTACKS),
    (LGBT_HARD, LGBT_NEUTRAL, LGBT_ATTACKS),
    (WOMEN_HARD, WOMEN_NEUTRAL, WOMEN_ATTACKS),
    (DISABILITY_HARD, DISABILITY_NEUTRAL, DISABILITY_ATTACKS),
    (BANTER_HARD, BANTER_NEUTRAL, BANTER_ATTACKS),
    (THINGS_HARD, THINGS_NEUTRAL, THINGS_ATTACKS),
    (THREATS_HARD, THREATS_NEUTRAL, THREATS_ATTACKS),
    (SELFHARM_HARD, SELFHARM_NEUTRAL, SELFHARM_ATTACKS),
    (DOXXING_HARD, DOXXING_NEUTRAL, DOXXING_ATTACKS),
    (BODY_HARD, BODY_NEUTRAL, BODY_ATTACKS),
    (EXCLUSION_HARD, EXCLUSION_NEUTRAL, EXCLUSION_ATTACKS),
    (RELIGION_HARD, RELIGION_NEUTRAL, RELIGION_ATTACKS),
    (GAMING_HARD, GAMING_NEUTRAL, GAMING_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
    (WORDS_HARD, WORDS_NEUTRAL, WORDS_ATTACKS),
    (REPORTS_HARD, REPORTS_NEUTRAL, REPORTS_ATTACKS),
    (RECLAIMED_HARD, RECLAIMED_NEUTRAL, RECLAIMED_ATTACKS),
    (VICTIMS_HARD, VICTIMS_NEUTRAL, VICTIMS_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
