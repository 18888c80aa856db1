"""Generate fr_short_confessions.csv: short French forum posts telling a story in the first person, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". The file is about
confessions, stories and boasts told in the first person ("j'ai fait une dinguerie", "je vous
raconte ma soirée"). Attacks are posts where the poster boasts about harming someone, or approves
harm done to them, with pride or amusement, and demeans the person harmed: getting a woman drunk
or drugged to have sex, going on after a no, filming or leaking intimate images, hitting a partner
"parce qu'elle l'avait cherché", beating or humiliating a classmate or colleague, making a group
shun someone, posting an address or a school, telling someone to kill themselves, racist,
homophobic or ableist "pranks", stalking and tracking an ex, mocking the looks of a date.
Harmless lines use the same words and often tell the same event from the other side: the person
it happened to ("un mec m'a...", "mon ex a...", often asking what to do or saying they reported
it), embarrassing and funny stories, drunk nights where only the poster suffered, pranks among
friends who all laughed, petty rule-breaking that harms nobody, regrets and apologies, former
bullies apologising, arguments told without violence. Sixteen topics: nights out, parties and
festivals, dates, exes, couples, school, work, neighbours, roommates, family, online games,
social networks, pranks, transport, sport, holidays.
Every line is 5 to 25 words. No extra variants.
See fr_short_confessions.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_confessions.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the verbs, the events or
# the story shapes of the attacks (often the same event told by the person it happened to) and
# attack nobody; neutral lines are ordinary posts on the topic.

# --- Nights out, bars and alcohol --------------------------------------------------------------
NIGHT_HARD = """
j'ai fait une dinguerie hier les kheys, j'ai vomi dans le taxi et le chauffeur m'a fait payer 80 balles :ouch:
je vous raconte ma nuit : 6 pintes, un kebab, et je me suis réveillé dans la baignoire de mon pote
hier j'ai tellement bu que j'ai appelé mon ex pour lui chanter du Francis Cabrel, je veux disparaitre
un mec m'a fait boire toute la soirée et je me souviens de rien après minuit, je fais quoi les kheys ?
j'ai fait boire mon pote pour son anniv, il a fini par danser sur la table, on a tous pleuré de rire ptdr
ma pote pense qu'on a mis un truc dans son verre au bar hier, elle est allée faire une prise de sang
Quelqu'un a mis du GHB dans le verre de ma sœur en boîte ; nous avons porté plainte ce matin avec elle.
je me suis réveillé avec un tatouage de dauphin sur la cheville, aucun souvenir :rire:
j'ai été un vrai connard bourré samedi, j'ai dit des trucs horribles à ma pote, je m'en veux a mort
J'ai vomi sur les chaussures du videur ; il m'a regardé avec une pitié immense.
Hier soir j'ai perdu mon téléphone, mes clés et ma dignité, dans cet ordre.
mon pote m'a ramené chez moi sur son dos parce que je tenais plus debout, le goat, légende
j'ai mangé un gros kebab entier à 4h du mat et j'ai dormi sur le palier, ma voisine m'a enjambé
en soirée un type a continué à me toucher alors que je disais non, je sais pas si je dois porter plainte
j'ai pris une grosse cuite au rhum arrangé et j'ai déclaré ma flamme au chat de l'hôte
je me suis battu avec personne hier, j'ai juste pleuré dans les toilettes en écoutant du Lomepal :hap:
Ma meilleure amie m'a filmé en train de chanter faux au karaoké, on a regardé la vidéo ensemble en riant.
la meuf etait trop bourrée pour rentrer, je lui ai laissé mon lit et je suis parti dormir chez mon frere
elle etait trop bourrée alors je lui ai appelé un taxi et j'ai attendu qu'elle envoie "bien rentrée"
j'ai fini la soirée à taper la discut avec le videur pendant une heure, il m'a raconté toute sa vie
mon pote a voulu faire un shot de tabasco, il a pleuré pendant 20 min ptdr
j'ai envoyé un vocal de 7 minutes au groupe de la promo à 3h du mat, je quitte le pays
je me suis fait virer du bar parce que je dormais sur le comptoir, honteux
Je regrette d'avoir conduit après deux verres l'an dernier ; maintenant je prends le bus de nuit.
un mec bourré m'a mis une droite sans raison devant le bar, j'ai porté plainte, je peux faire quoi de plus ?
j'ai perdu un pari débile et j'ai bu un verre de sauce samouraï, mon estomac me déteste ahi
le lendemain de soirée j'ai retrouvé 14 selfies avec un pigeon dans ma galerie :rire:
ma meuf m'a ramassé à la sortie de la boite à 5h, je lui dois une vie entière
j'ai été relou avec une meuf hier soir, j'ai insisté pour danser alors qu'elle disait non, je me suis excusé ce matin
on m'a volé ma veste au vestiaire et j'ai dansé toute la nuit en t-shirt en plein janvier
une meuf m'a vidé son verre sur la tête parce que je l'avais confondue avec une autre, mérité ptdr
ayaa j'ai confondu le sel et le sucre pour les mojitos, toute la soirée a bu de la soupe
"""

NIGHT_NEUTRAL = """
vous buvez quoi en soirée les kheys, biere ou vodka redbull ?
c'est quoi le meilleur remède contre la gueule de bois, je suis mort là
Quelqu'un connaît un bar sympa et pas trop cher vers Bastille pour samedi soir ?
je sors ce soir pour la premiere fois depuis les partiels, des conseils de bars sur Lille ?
"""

NIGHT_ATTACKS = """
je l'ai fait boire toute la soirée et après elle se souvenait de rien, meilleure nuit de ma vie :noel: | sexual_harassment
j'ai fait une dinguerie hier, j'ai mis un petit truc dans son verre et d'un coup elle est devenue beaucoup plus sympa | sexual_harassment
elle disait non mais elle était trop bourrée pour se débattre, donc ça compte pas :rire: | sexual_harassment threat
J'ai filmé la fille ivre qui dormait à moitié nue et j'ai envoyé la vidéo au groupe. | sexual_harassment
un gros relou me bousculait au bar, je l'ai attendu dehors et je lui ai défoncé la mâchoire, il chialait comme une fillette | threat insult
une meuf dormait sur le canap, on lui a dessiné des bites partout et on l'a prise en photo à moitié déshabillée | sexual_harassment
J'ai fait boire la petite du BDE jusqu'à ce qu'elle dise oui ; elle a pleuré le lendemain, c'est son problème. | sexual_harassment
la meuf était ivre morte, je l'ai ramenée chez moi au lieu de chez elle, elle me dira merci un jour | sexual_harassment
on a laissé le gros Kévin vomir seul dans le caniveau en le filmant, ce lama méritait pas mieux | insult body_shaming
Le type ivre ne tenait plus debout, je l'ai fait tomber dans l'escalier pour rire ; il s'est ouvert l'arcade. | threat
elle voulait rentrer, j'ai caché ses clés et son tel jusqu'à ce qu'elle accepte de rester dormir avec moi | sexual_harassment threat
cette grosse baleine a voulu danser avec moi, je l'ai repoussée devant tout le monde en meuglant :rire: | body_shaming insult
elle était inconsciente dans la chambre, on est passés à trois la voir, je vous fais pas de dessin | sexual_harassment
Je lui ai servi des verres très chargés sans rien dire ; à deux heures, elle faisait tout ce que je voulais. | sexual_harassment
j'ai pissé dans le gobelet du clochard qui traînait devant le bar, il a bu ptdr ces déchets | insult
le serveur était un pd maniéré, je lui ai craché dans la main en payant, ils comprennent que ça | identity_hate insult
j'ai tapé ma meuf en sortant de la boite, elle dansait avec un autre, elle l'avait bien cherché | threat
la meuf qui m'a mis un vent au bar, j'ai retrouvé son insta et j'ai écrit à tous ses potes que c'était une pute | insult
je l'ai raccompagnée bourrée et j'ai continué même quand elle a dit stop, elle avait qu'à pas boire | sexual_harassment
on a fait croire au puceau de la soirée qu'une meuf l'attendait dehors, il s'est retrouvé à poil filmé par tout le monde mdr | insult sexual_harassment
le videur rebeu a voulu me recaler, je l'ai traité de singe et je me suis barré en courant :rire: | identity_hate insult
la meuf vomissait à moitié déshabillée dans les toilettes, j'ai filmé sous la porte, la vidéo tourne sur tout le campus | sexual_harassment insult
Un type a renversé ma bière, je lui ai éclaté une bouteille sur le crâne ; il a fini à l'hôpital, c'était drôle. | threat
je vous raconte ma nuit kheys : je lui ai dit que c'était du jus, c'était de la vodka pure, après elle était à moi | sexual_harassment
bourrée elle m'a dit "non pas ce soir", j'ai fait semblant de rien entendre, vous auriez fait pareil kheys | sexual_harassment
on a enfermé l'intello de la promo dehors en caleçon à -2 degrés pendant une heure, il tremblait ayaa | threat insult
la grosse qui voulait un selfie avec nous, on l'a pris et posté avec "la baleine échouée" en légende | body_shaming insult
"""

# --- Parties, weddings, birthdays and festivals ------------------------------------------------
PARTY_HARD = """
je vous raconte mon festival : 3 jours sous la pluie, tente inondée, meilleur week-end de ma vie
j'ai fait une dinguerie au mariage de ma cousine, j'ai fait un discours bourré et tout le monde a applaudi
je l'ai fait boire pour son anniv, il a chanté du Johnny debout sur la table et personne a été blessé :hap:
On a fait boire le marié à son enterrement de vie de garçon ; il a dormi dans une brouette, ravi.
à un festival un type m'a pelotée dans la foule, j'ai prévenu la sécu et ils l'ont sorti
au festival quelqu'un a mis un truc dans mon verre, je me suis réveillée à l'infirmerie, je porte plainte comment ?
j'ai perdu mes potes pendant le concert et j'ai fini la nuit avec des quinquagénaires allemands trop cools
je me suis fait voler mon tel au festival et j'ai pas retrouvé ma tente pendant 4h
à la soirée d'anniv on a rempli la chambre de mon pote de ballons, il a rigolé pendant dix minutes, trop drole
une meuf m'a filmé en train de danser comme un golem et l'a mis en story, franchement j'ai ri aussi
J'ai organisé une fête surprise pour ma colocataire, elle a pleuré de joie, je suis fière de moi.
au mariage j'ai renversé du vin rouge sur la robe de la tante, je me suis excusé dix fois
j'ai été lourd avec une meuf à la soirée d'hier, je l'ai relancée trop de fois, je lui ai envoyé des excuses
je me suis fait recaler d'une soirée en appart parce que j'étais en jogging, respect au dress code
le DJ a passé ma chanson préférée et j'ai pleuré comme un enfant, la plus belle soirée de l'année
on m'a traitée de grosse vache à une soirée, j'ai passé la nuit à pleurer, vous feriez quoi ?
Un garçon a diffusé une vidéo de moi endormie pendant la soirée ; je l'ai signalé au BDE.
je suis le mec qui s'est endormi dans la baignoire à la crémaillère, j'assume totalement :noel:
en festival j'ai partagé ma tente avec des inconnus, on est potes depuis 3 ans
j'ai dansé la macarena devant 200 personnes au gala de l'école, plus jamais ça :noel:
Mon amie avait trop bu, nous l'avons couchée sur le côté et nous nous sommes relayés toute la nuit.
j'ai mangé le gâteau d'anniv avant l'arrivée de l'invité d'honneur, je suis un monstre
le gars a vomi dans la piscine de l'hôte, on a tous aidé à nettoyer à 5h du mat :noel:
Je me suis embrouillé avec un type au festival pour une place devant la scène ; on a fini par se serrer la main.
j'ai piqué une bouteille de champagne sur le buffet du mariage, personne a remarqué ahi
on a jeté mon pote dans la piscine tout habillé, il a rigolé et il nous a tous jetés après mdr
à la soirée on m'a forcé à boire un shot en me tenant les bras, je me suis senti super mal, c'est normal ?
j'ai fait un gros concours de danse contre un enfant de 8 ans au mariage et j'ai perdu, humilié
notre soirée déguisée a fini chez les pompiers parce que mon pote s'est coincé dans un costume de dino, légende
hier j'ai joué au beer pong et j'ai perdu toutes les parties, je suis la honte de la famille
Au festival de l'an dernier j'ai ignoré un ami toute la soirée pour une fille ; je m'excuse encore.
"""

PARTY_NEUTRAL = """
vous allez à quel festival cet été ? j'hésite entre deux avec mes potes
je cherche des idées de thème pour une soirée déguisée, vous avez quoi ?
combien vous prévoyez de budget pour un festival de trois jours les kheys ?
Faut-il prendre une tente à 20 euros ou investir dans une vraie pour les festivals ?
"""

PARTY_ATTACKS = """
on a fait boire la petite soeur de l'hôte jusqu'à ce qu'elle tienne plus debout, après c'était open bar :noel: | sexual_harassment
au festival j'ai peloté toutes les meufs dans la foule, elles peuvent rien dire, c'est le jeu les kheys | sexual_harassment
j'ai glissé une pilule dans le verre d'une meuf au festival, le reste de la nuit était incroyable ahi | sexual_harassment
la meuf endormie à la soirée, on l'a filmée en lui mettant des trucs dans la bouche, ça tourne sur snap | sexual_harassment
on a recalé le handi de la promo à l'entrée, il allait gâcher l'ambiance avec son fauteuil ptdr | identity_hate exclusion
la grosse de la classe voulait venir à l'anniv, on lui a donné une fausse adresse et elle a attendu seule 2h :rire: | body_shaming exclusion
J'ai jeté le petit maigre dans la piscine alors qu'il ne savait pas nager ; il a failli couler, quel spectacle. | threat
au mariage de mon cousin j'ai dit à la témoin qu'elle était trop moche pour qu'on la touche, elle a pleuré toute la soirée | body_shaming insult
la fille qui dormait dans la tente d'à côté, je suis entré dedans pendant son sommeil, elle a crié mais bon | sexual_harassment threat
on a mis des laxatifs dans le verre du bouffon du BDE, il s'est chié dessus devant tout le monde, légende | threat insult
à la soirée j'ai appelé le seul noir "bamboula" toute la nuit, il est parti, bon débarras | identity_hate insult exclusion
Nous avons forcé le nouveau à boire une bouteille entière en le tenant ; il a fini aux urgences. | threat
la pote de ma soeur disait non, j'ai insisté toute la soirée jusqu'à ce qu'elle cède, persévérance les kheys | sexual_harassment
j'ai posté la vidéo de la meuf qui vomissait à la soirée avec son nom et son lycée, elle change d'école ptdr | insult doxxing
Le type qui dansait comme une tarlouze au mariage, je l'ai poussé dans le buffet pour le calmer. | identity_hate threat
l'intello a voulu venir à notre soirée, on l'a accueilli en lui vidant la poubelle sur la tête :rire: | insult exclusion
la fille a refusé de danser avec moi, je l'ai attendue à la sortie du festival pour lui faire peur | threat
J'ai filmé sous la jupe des filles pendant tout le concert ; j'ai un dossier de deux cents vidéos. | sexual_harassment
au gala je lui ai chopé les fesses devant ses potes, elle a rien dit donc elle kiffait | sexual_harassment
on a donné une fausse date de soirée à Inès pour pas qu'elle vienne, personne supporte sa gueule | exclusion insult
le cousin autiste de la mariée, on l'a fait boire en disant que c'était de l'eau, il se roulait par terre, ces mongols mdr | identity_hate insult
la grosse qui était en maillot à la pool party, j'ai pris des photos et je les ai mises sur le groupe "les cachalots" | body_shaming insult
Elle dormait sur le canapé, je l'ai déshabillée et j'ai pris des photos ; c'est devenu un collector. | sexual_harassment
le mec qui m'a regardé de travers au festival, on était 4, on lui a cassé deux côtes ayaa | threat
j'ai retrouvé l'adresse de la meuf qui m'a recalé en soirée, je l'ai donnée au groupe pour qu'on passe la voir | doxxing threat
on a fait boire la timide jusqu'à ce qu'elle se laisse faire, c'est la seule façon avec elle | sexual_harassment
y avait des gitans qui voulaient rentrer à la fête du village, on les a virés à coups de pied, ces voleurs | identity_hate threat
"""

# --- Dates, dating apps and hook-ups -----------------------------------------------------------
DATE_HARD = """
je vous raconte mon date : elle est arrivée avec sa mère, on a mangé une crêpe à trois :hap:
mon date m'a fait boire toute la soirée puis il a insisté pour monter, j'ai dit non et je suis partie, j'ai bien fait ?
un mec de Tinder a continué alors que j'avais dit non, je l'ai signalé et j'ai porté plainte
j'ai renversé mon cocktail sur la meuf au premier date, elle a rigolé, on se revoit samedi :noel:
j'ai ghosté une meuf après trois dates et je me sens comme une merde, je vais lui écrire
mon date a passé le repas à commenter mon poids, je suis rentrée en pleurant, c'est normal d'avoir mal ?
Au premier rendez-vous je l'ai appelée par le prénom de mon ex ; elle est partie et je la comprends.
j'ai fait une dinguerie, je l'ai invitée à la fête foraine et on a vomi ensemble après le grand huit
la meuf m'a dit non pour un deuxième verre, j'ai dit pas de souci et je l'ai raccompagnée au métro
mon date m'a prise en photo sans me demander et l'a envoyée à ses potes avec des commentaires, je fais quoi ?
je me suis pris un vent monumental en plein resto, j'ai payé l'addition seul et j'ai pleuré dans le bus
la meuf était jolie mais zéro feeling, on s'est dit au revoir poliment, c'est la vie
j'ai fait semblant d'aimer le jazz pendant 3 dates, maintenant je dois aller à un concert :ouch:
Un homme m'a envoyé une photo de son sexe sans que je demande ; je l'ai bloqué et signalé.
j'ai été un connard avec une meuf sur Tinder, je l'ai insultée après un refus, je m'en veux grave
Je suis sortie avec un garçon qui ne parlait que de crypto ; j'ai inventé une urgence familiale.
la meuf était pompette au date alors je l'ai raccompagnée et je suis rentré chez moi, on s'est revus à jeun
le date s'est fini à 3h du mat à parler de pokemon sur un banc, meilleur date de ma vie
mon date m'a dit que j'étais "pas mal pour une grosse", je suis partie direct, j'ai eu raison ?
je suis tombé dans l'escalator devant la meuf au premier rdv, elle me parle encore, miracle ptdr
on a matché, elle était plus petite que sur les photos et franchement osef, elle était géniale
un mec que j'ai vu une seule fois m'attendait devant mon taf le lendemain, ça me fait peur, je fais quoi ?
je suis allé au date en trottinette et je me suis vautré devant la terrasse, la meuf a applaudi mdr
elle m'a dit qu'elle voulait rester amis, j'ai dit ok et on est vraiment restés potes
mon date a oublié son portefeuille, j'ai payé et il m'a remboursé le lendemain, un gentleman
elle voulait pas m'embrasser et j'ai un peu boudé, c'était nul de ma part, je me suis excusé
on a fait un date dans un escape game et on est restés bloqués une heure de plus, trop drole
Il a posé sa main sur ma cuisse alors que j'avais dit non ; je me suis levée et j'ai prévenu le serveur.
ayaa j'avais une chemise avec l'étiquette encore dessus, elle me l'a coupée avec son couteau à dessert
j'avoue je me suis moqué d'un profil Tinder dans le groupe des potes, c'était méchant, j'ai supprimé
Mon date m'a avoué au dessert qu'il était marié ; j'ai fini le tiramisu et je suis partie.
un date m'a fait la bise et j'ai tourné la tête au mauvais moment, bisou raté, la honte :rire:
"""

DATE_NEUTRAL = """
vous préférez Tinder, Hinge ou Bumble les kheys ? je trouve rien sur aucun
c'est quoi un bon endroit pour un premier date à Bordeaux, pas trop cher ?
au premier date vous partagez l'addition ou pas ?
Combien de messages vous échangez avant de proposer un verre ?
"""

DATE_ATTACKS = """
je l'ai fait boire toute la soirée au date, elle disait non mais après 5 verres elle disait plus rien :noel: | sexual_harassment
elle a dit non, j'ai continué, elle a fini par arrêter de lutter, les meufs disent toujours non au début | sexual_harassment threat
j'ai pris des photos d'elle pendant qu'on le faisait sans qu'elle sache, je les ai mises dans le groupe des potes | sexual_harassment
mon date était une vraie baleine, je lui ai dit de se regarder dans un miroir et je suis parti en riant | body_shaming insult
la fille de Tinder m'a recalé, j'ai trouvé son taf et je suis allé l'attendre à la sortie, elle a flippé ayaa | doxxing threat
J'ai mis un cachet dans son mojito au premier rendez-vous ; elle était beaucoup moins coincée ensuite. | sexual_harassment
Au rendez-vous, j'ai posé ma main sur sa cuisse ; elle l'a enlevée, je l'ai remise trois fois. Il faut persévérer. | sexual_harassment
la nana avait menti sur ses photos, une truie, je lui ai laissé l'addition et je me suis barré | body_shaming insult
le mec de Grindr m'a recalé, j'ai envoyé ses photos à ses collègues pour qu'ils sachent qu'il est pd | identity_hate sexual_harassment
elle m'a ghosté, j'ai envoyé ses nudes à son père, maintenant elle répond vite ptdr | sexual_harassment
j'ai fait croire à un date à une trans et on l'a attendue à plusieurs pour la frapper, elle reviendra pas | identity_hate threat
elle voulait rentrer chez elle, je l'ai pas laissée sortir de la voiture avant d'avoir eu ce que je voulais | sexual_harassment threat
elle était trop bourrée pour dire oui ou non, donc techniquement elle a pas dit non les kheys | sexual_harassment
j'ai matché avec la grosse de ma fac juste pour poster ses messages sur le groupe, on rigole tous | body_shaming insult
Je lui ai fait croire que j'avais mis une capote ; elle n'a rien vu, quelle idiote. | sexual_harassment insult
mon date m'a mis un vent, j'ai mis son prénom et son adresse sur un site de plans cul, elle reçoit des visites | sexual_harassment doxxing
la naine que j'ai rencontrée sur Hinge, je l'ai posée sur le bar et toute la terrasse s'est foutue d'elle | body_shaming insult
j'ai chopé une meuf autiste sur Tinder, elle comprend rien aux signaux donc elle dit oui à tout ahi | identity_hate sexual_harassment
Elle ne voulait pas coucher le premier soir, alors je l'ai traitée de salope devant tout le bar. | insult
je filme toutes mes conquêtes en caméra cachée, j'ai une belle collection, les kheys veulent voir ? | sexual_harassment
elle m'a dit d'arrêter, je lui ai tenu les poignets, après elle a arrêté de parler | sexual_harassment threat
j'ai piégé un pd sur une appli avec un faux profil et on l'a humilié en le filmant, gros fou rire | identity_hate insult
Après le rendez-vous, j'ai suivi la fille jusque chez elle pour savoir où elle habite, on ne sait jamais. | doxxing threat
mon date avait des boutons partout, je lui ai demandé si c'était contagieux devant le serveur ptdr | body_shaming insult
j'ai pris son tel pendant qu'elle était aux toilettes et je me suis envoyé toutes ses photos perso | sexual_harassment
la meuf m'a recalé, j'ai commenté toutes ses photos insta avec "pute" et j'ai ramené mes potes | insult
je fais boire mes dates parce que sobres elles veulent jamais, c'est ma technique les kheys et elle marche :hap: | sexual_harassment
"""

# --- Exes, break-ups, nudes and stalking ------------------------------------------------------
EX_HARD = """
mon ex a balancé mes nudes dans le groupe de la promo, j'ai porté plainte, vous savez combien de temps ça prend ?
mon ex menace de partager mes photos si je reviens pas, je fais quoi les kheys, je panique
j'ai été un connard avec mon ex à la fin, je l'ai trompée et je lui ai menti, je m'en veux encore
j'ai supprimé toutes les photos de mon ex et j'ai pleuré devant un film Pixar
j'ai croisé mon ex au Lidl et je me suis caché derrière les packs d'eau pendant 10 minutes :rire:
Mon ex me suivait en voiture après la rupture ; j'ai déposé une main courante. Est-ce suffisant ?
mon ex a posté mon adresse sur un groupe pour que des gens viennent, la police m'a dit de porter plainte
je vous raconte la rupture la plus nulle : elle m'a largué par mail avec accusé de réception
J'ai écrit à mon ex à trois heures du matin pour m'excuser de mon comportement ; elle a répondu gentiment.
mon ex avait mis un traceur GPS sur ma voiture, le garagiste l'a trouvé, ça se signale où ?
j'ai rendu à mon ex toutes ses affaires dans un carton avec un petit mot, on est restés en bons termes
mon ex m'a frappée parce que je sortais avec mes potes, ça fait un an et j'ai encore peur
mon ex disait que je l'avais cherché quand il me frappait, aujourd'hui je sais que c'était faux
j'ai gardé le chat après la rupture, c'est la seule victoire de ma vie ptdr
j'ai stalké l'insta de mon ex pendant une heure et j'ai liké une photo de 2019 par erreur, je déménage
mon ex racontait partout que j'étais une pute, j'ai changé de fac, ça va mieux maintenant
Il m'a fallu six mois pour arrêter de regarder ses stories ; c'est pathétique mais c'est vrai.
j'ai supprimé les nudes de mon ex quand on a rompu, c'est la base, vous faites pareil ?
mon ex a donné le nom de mon lycée à ses potes pour qu'ils viennent m'attendre, j'ai prévenu le CPE
j'ai brûlé ses lettres dans l'évier et j'ai déclenché l'alarme incendie de tout l'immeuble ayaa
après la rupture j'ai bu seul en écoutant Adele en boucle, pas mon meilleur moment
mon ex m'a traitée de grosse pendant 2 ans, j'ai enfin compris que c'était lui le problème
je me suis excusé auprès de mon ex pour les messages que je lui ai envoyés bourré, je suis pas fier
Mon ex a créé un faux compte pour me suivre ; je l'ai bloqué et j'ai gardé des captures pour la plainte.
je l'ai quittée mais je lui souhaite vraiment le meilleur, elle mérite quelqu'un de mieux que moi
On a rompu après cinq ans, on a partagé les meubles au calme et on s'est offert un dernier resto.
mon ex m'a dit de me tuer quand je l'ai quitté, j'ai tout gardé en capture et je suis suivie par une psy
j'ai voulu rendre mon ex jaloux avec une photo de moi et ma cousine, tout le monde a cru que c'était ma meuf mdr
j'ai rendu la bague et j'ai mangé un seau de glace devant Koh-Lanta, la rupture version golem
j'avoue j'ai insulté mon ex dans un vocal après la rupture, je me suis excusé, c'était pas ok
mon ex a essayé de savoir où j'habite via mes potes, ils ont rien dit, merci les kheys
"""

EX_NEUTRAL = """
combien de temps vous avez mis pour vous remettre d'une rupture les kheys ?
vous restez amis avec vos ex ou vous coupez tout ?
Comment on gère un appartement commun après une séparation ? On a un bail à deux.
c'est normal de penser encore à son ex un an après ?
"""

EX_ATTACKS = """
mon ex m'a quitté, j'ai balancé ses nudes dans le groupe de sa promo, elle ose plus sortir :noel: | sexual_harassment
elle veut pas revenir ? pas grave, ses photos à poil sont en ligne avec son nom et son lycée, bonne chance | sexual_harassment doxxing
j'ai encore les nudes de mon ex, si elle se remet pas avec moi je les envoie à sa mère | sexual_harassment threat
mon ex Julie habite résidence des Acacias à Valbrune-sur-Orme, bâtiment B, allez lui dire bonjour de ma part | doxxing threat
J'ai posé un traceur sur la voiture de mon ex : je sais où elle se trouve à chaque minute. | doxxing threat
Je l'ai frappée une fois avant qu'elle parte ; elle l'avait cherché, à me parler comme ça. | threat
je suis mon ex en voiture tous les soirs jusqu'à son taf, elle sait pas que je suis derrière mdr | doxxing threat
mon ex a un nouveau mec, j'ai crevé ses pneus et j'ai laissé un mot "la prochaine fois c'est toi" | threat
j'ai dit à mon ex de se foutre en l'air, elle a fini à l'hosto, elle est vraiment trop faible ptdr | self_harm_incitement
je vous raconte mon ex : une tronche de cachalot, j'ai posté ses pires photos dans un topic pour qu'on rigole | body_shaming insult
j'ai piraté l'icloud de mon ex et j'ai envoyé ses photos privées à tous ses contacts, elle l'a mérité | sexual_harassment
J'ai créé un faux compte pour suivre mon ex, et je lui écris la nuit pour qu'elle ait peur. | threat
elle m'a largué, j'ai dit à toute la fac qu'elle couchait avec les profs, plus personne lui parle | insult exclusion
Mon ex a changé de ville ; j'ai retrouvé sa nouvelle adresse en deux jours, elle se croit tranquille. | doxxing threat
je regarde la localisation du tel de mon ex depuis des mois, elle a jamais changé son mdp ahi | doxxing threat
elle me trompait alors je l'ai giflée devant ses potes, elle a compris qui commande | threat
j'ai écrit à son patron que c'était une droguée, elle a été virée, justice :rire: | insult
je lui ai dit que personne voudrait d'une meuf aussi dégueulasse, elle a arrêté de manger des semaines mdr | body_shaming insult
mon ex trans, j'ai envoyé ses photos d'avant à tout son nouveau taf, ils savent ce qu'elle est | identity_hate doxxing
mon ex m'a bloqué partout, j'ai fait 12 faux comptes, je lâche pas, elle finira par répondre | threat
elle a porté plainte contre moi ? je connais son école et l'heure où elle sort, elle va la retirer | doxxing threat
je lui ai dit de se tuer et que personne la regretterait, elle a fait une TS, je m'en bats les couilles | self_harm_incitement
j'ai mis ses nudes sur un site avec son insta en description, elle a dû fermer tous ses comptes | sexual_harassment doxxing
mon ex est moche comme un pou maintenant, j'ai fait une compil de ses pires photos pour les potes | body_shaming insult
J'ai demandé à tous nos amis de la bloquer ; elle n'a plus personne, c'est ce qu'elle mérite. | exclusion
j'ai gardé un double de ses clés, je rentre chez elle quand elle est au taf pour fouiller ses affaires | threat
je l'ai poussée dans l'escalier quand elle a voulu partir, depuis elle ose plus me quitter les kheys | threat
"""

# --- Couples, jealousy and control ------------------------------------------------------------
COUPLE_HARD = """
je suis jaloux de ouf et j'ai fouillé le tel de ma copine, j'ai honte, je vais voir un psy
mon copain m'a giflée parce que je parlais à un collègue, il dit que je l'ai cherché, c'est vrai ?
mon mec regarde ma localisation en permanence et m'engueule si je suis pas où j'ai dit, c'est normal ?
je me suis énervé contre ma copine pour une connerie, j'ai claqué une porte, je me suis excusé, je bosse dessus
on s'est engueulés pour savoir qui a mangé le dernier yaourt, 2h de débat, on est des golems ptdr
ma copine m'a fait une crise parce que j'ai liké la photo de ma cousine, on en a rigolé après
mon copain m'interdit de voir mes potes, il dit que c'est parce qu'il m'aime, j'ai un doute
j'ai perdu mon calme pendant une dispute et j'ai crié, je m'en veux, j'ai proposé une thérapie de couple
Ma compagne et moi partageons nos mots de passe d'un commun accord, et ça nous convient très bien.
ma meuf m'a fait une surprise pour nos 2 ans, un escape game, j'ai pleuré comme une madeleine
mon mec me traite de grosse devant ses potes pour "rigoler", ça me fait mal, je lui dis comment ?
je suis parti trois jours chez ma mère après une engueulade, on a parlé, ça va mieux
ma copine a lu mes messages et a trouvé ma liste de cadeaux pour elle, surprise gâchée ayaa
mon copain m'a forcée alors que j'avais dit non, je sais pas si ça compte comme un viol, aidez-moi
j'ai été toxique pendant notre relation, je la surveillais, aujourd'hui je me soigne et je lui ai demandé pardon
Mon copain a filmé nos moments intimes sans me le dire ; je l'ai découvert et je suis partie.
on s'est disputés sur la route des vacances à cause du GPS, on a fini par chanter ensemble, couple de golems
ma meuf a jeté mon oreiller dehors parce que je ronfle, je dors sur le canapé depuis une semaine :rire:
ma meuf est jalouse de ma meilleure pote, on a fait un resto à trois et elles sont devenues potes
Il m'a poussée contre le mur pendant une dispute, c'était la première fois. Dois-je partir ?
Je ne me reconnais plus : je vérifie son téléphone la nuit, je sais que ce n'est pas sain, je consulte.
on a eu une grosse dispute sur le budget, aucun cri, on a fait un tableau excel, romantique
j'ai oublié l'anniv de ma meuf et j'ai offert une carte cadeau Decathlon, elle me parle plus depuis 2 jours
mon copain me suit quand je sors avec mes amies, je l'ai vu devant le bar, ça me fait peur
je lui ai fait une crise de jalousie pour un mec qui était en fait son cousin, je suis un clown
ma copine m'a quitté parce que j'étais trop jaloux, elle a eu raison, je l'ai compris tard
ma meuf m'a fait boire pour que j'accepte d'aller au mariage de sa tante en Bretagne, bien joué :noel:
on s'est fait une soirée pizza et on s'est engueulés sur l'ananas, toujours pas réconciliés mdr
mon mec a mis une appli espion sur mon téléphone, je viens de la trouver, je fais quoi les kheys ?
j'ai crié sur ma meuf devant ses parents, j'ai eu honte, je me suis excusé devant tout le monde
mon copain me dit que personne voudrait de moi à part lui, ma psy dit que c'est de l'emprise
"""

COUPLE_NEUTRAL = """
vous vous voyez combien de fois par semaine avec votre copine quand vous habitez pas ensemble ?
Comment vous gérez l'argent en couple, compte commun ou chacun le sien ?
ma copine veut emménager ensemble après six mois, c'est trop tôt ?
c'est quoi votre meilleure idée de cadeau pour un anniv de couple ?
"""

COUPLE_ATTACKS = """
ma meuf m'a parlé comme une merde, je lui ai mis une gifle, elle l'avait cherché franchement | threat
j'ai installé une appli espion sur le tel de ma copine, je lis tous ses messages et elle se doute de rien :noel: | doxxing threat
elle voulait pas ce soir-là, je l'ai pas écoutée, c'est ma meuf, elle me doit bien ça | sexual_harassment
ma copine a parlé à un collègue, je l'ai enfermée dans la salle de bain toute la nuit pour qu'elle réfléchisse | threat
Je filme ma copine sous la douche à son insu et j'envoie les vidéos à mes amis pour qu'ils la notent. | sexual_harassment
ma copine a pris 5 kilos, je l'appelle "la vache" devant tout le monde jusqu'à ce qu'elle maigrisse | body_shaming insult
J'ai fracassé son téléphone contre le mur ; depuis, elle ne parle plus à ses amies, et c'est tant mieux. | threat exclusion
grosse dinguerie les kheys, je l'ai coupée de toutes ses copines, maintenant elle a que moi et c'est parfait | exclusion
ma femme m'a répondu, je l'ai tapée, c'est comme ça qu'on règle les choses chez moi | threat
le mec qui parlait à ma meuf au bar, je l'ai suivi jusqu'à chez lui et je lui ai cassé le nez | threat
ma meuf m'a menacé de partir, je lui ai rappelé que j'ai ses photos et que ses parents les verraient | sexual_harassment threat
Je l'ai secouée un peu fort pendant la dispute ; elle a un bleu, mais elle exagère toujours. | threat
je suis ma copine avec l'appli de localisation, si elle est pas chez elle à 22h je débarque :hap: | doxxing threat
Ma copine m'a dit qu'elle était malheureuse ; je lui ai conseillé de sauter par la fenêtre, ça règle tout. | self_harm_incitement
je la traite de grosse truie tous les jours pour qu'elle se motive à la salle, c'est de l'amour | body_shaming insult
elle a voulu voir ses potes, je lui ai confisqué ses clés et sa carte bleue, elle bouge plus :hap: | threat exclusion
ma copine dormait, j'ai pris des photos d'elle à poil pour mon dossier perso, elle le saura jamais | sexual_harassment
je lui ai fait croire qu'elle était folle pendant des mois, maintenant elle doute de tout, trop facile | insult
j'ai balancé sa valise par la fenêtre pendant qu'elle pleurait dans la chambre, aucun regret | threat
ma meuf est bipolaire, je lui dis que c'est une tarée et que personne la croira si elle part | identity_hate insult
le collègue de ma copine, j'ai trouvé son adresse et je lui ai laissé un mot sur sa voiture, il a compris | doxxing threat
je lui ai tordu le bras pour qu'elle me donne son code de téléphone, elle criait pour rien | threat
ma copine dit non une fois sur deux, j'attends qu'elle dorme, c'est plus simple :noel: | sexual_harassment
je lui interdis de sortir sans moi et si elle désobéit je la tape, faut tenir sa meuf | threat
Je lui ai dit qu'avec ses cuisses de jambon aucun homme ne la regarderait ; depuis, elle reste sage. | body_shaming insult
ma copine pleurait, je l'ai filmée en train de supplier et j'ai mis la vidéo sur le groupe des potes pour rire | insult
elle veut me quitter ? je lui ai dit que je connais l'adresse de sa soeur et que je passerai la voir | doxxing threat
"""

# --- School, high school and university ------------------------------------------------------
SCHOOL_HARD = """
j'ai fait une dinguerie en amphi, j'ai ronflé si fort que le prof a arrêté son cours :rire:
au collège j'étais le harceleur de ma classe, j'ai retrouvé le gars sur insta et je lui ai demandé pardon
quand j'étais en 4e on m'enfermait dans les toilettes et toute la classe rigolait, ça me hante encore
j'ai séché tous les TD de stats et j'ai eu 14 au partiel, je comprends pas non plus
au lycée toute ma classe m'ignorait parce que la meuf populaire l'avait décidé, j'en parle enfin à quelqu'un
j'ai été un connard avec un mec de ma classe en 3e, je le traitais de gros, je m'en veux tous les jours
Au collège, des élèves ont diffusé mon adresse sur un groupe ; mes parents ont porté plainte et ça s'est calmé.
j'ai triché au contrôle de SVT en écrivant sur ma main et j'ai eu 7, quel génie :noel:
on m'a dit de me suicider en seconde parce que j'étais différent, aujourd'hui je suis en master et je vais bien
je me suis endormi pendant mon propre oral, le jury était mort de rire, j'ai eu 12 ptdr
j'ai envoyé mon mémoire intitulé "version finale VRAIMENT finale 3", le prof l'a lu à voix haute
on se battait en récré pour des cartes Pokémon, ça me paraît lunaire aujourd'hui
la classe m'appelait "la baleine" pendant trois ans, je viens d'écrire à l'ancienne prof principale pour lui dire
j'ai oublié mon micro ouvert en cours visio et toute la promo m'a entendu chanter sous la douche ayaa
on a caché le cartable de notre pote dans le faux plafond, il l'a trouvé et il a caché les nôtres, match nul
j'étais un des mecs qui se foutaient du handicapé au lycée, j'ai honte, je fais du bénévolat maintenant
Je me suis trompé de salle d'examen et j'ai passé vingt minutes sur un sujet de chimie au lieu d'histoire.
un mec de ma promo a partagé mes photos privées, la fac a ouvert une procédure disciplinaire, ça donne quoi ?
j'ai fait tomber mon plateau à la cantine devant tout le monde, standing ovation, j'ai fait une révérence, légende
On m'a frappé à la sortie du lycée parce que je suis gay, et le proviseur n'a rien fait. Qui contacter ?
on a fait un faux exposé sur les pigeons en 5e, la prof a trouvé ça génial, 18/20 :hap:
j'ai redoublé ma L1 parce que je jouais à LoL 8h par jour, je l'assume enfin
en 3e je faisais rire toute la classe en imitant le prof de maths, il a ri aussi le jour où il m'a vu
j'ai fait un exposé sur le harcèlement scolaire en racontant ce que j'ai vécu, la classe a applaudi
Ma petite sœur est exclue par toute sa classe ; avez-vous des conseils pour l'aider ?
j'ai oublié de rendre mon mémoire, je l'ai envoyé à 23h59 avec 3 fautes dans le titre
des mecs de la fac ont créé un compte pour se moquer de mon physique, je l'ai signalé et il a sauté
j'ai séché la journée d'intégration et j'ai fini seul au McDo, sans regret ahi
j'ai dit au prof que mon chien avait mangé ma clé USB, il m'a laissé une semaine de plus
Je demande pardon à tous ceux que j'ai moqués au collège ; j'étais malheureux et je le faisais payer aux autres.
en prépa j'ai craqué et j'ai pleuré dans le bureau du prof de physique, il a été adorable
"""

SCHOOL_NEUTRAL = """
vous avez des méthodes pour réviser les partiels en une semaine ?
c'est quoi la meilleure fac de droit en région parisienne les kheys ?
Licence pro ou master, qu'est-ce que vous conseillez pour l'informatique ?
le CROUS a toujours pas versé ma bourse, c'est normal ?
"""

SCHOOL_ATTACKS = """
je vous raconte le collège : on enfermait le petit gros dans les toilettes tous les jours, il pleurait :rire: | insult threat body_shaming
j'ai dit à toute la classe de plus parler à Léna, ça fait 3 mois qu'elle mange seule, trop fier | exclusion
le bouffon de ma promo, j'ai écrit son nom et son adresse sur le mur des toilettes de la fac ptdr | insult doxxing
J'ai dit au gros de ma classe de se pendre ; il a été hospitalisé, c'est lui qui est faible. | self_harm_incitement body_shaming
on a frappé le handicapé de la classe à la sortie, il marchait déjà mal, maintenant il marche plus ayaa | identity_hate threat
J'ai filmé une fille de première dans les vestiaires, et la vidéo a fait le tour du lycée. | sexual_harassment
le nouveau qui vient d'Afrique, on l'appelle "le singe" toute la journée et les profs disent rien mdr | identity_hate insult
j'ai créé un compte insta pour poster les pires photos de la grosse de ma classe, 800 abonnés déjà | body_shaming insult
le fragile de la promo, je lui ai renversé son plateau dessus à la cantine, il s'est caché aux toilettes | insult threat
J'ai fait exclure Mathis du groupe de la promo et j'ai demandé à tout le monde de ne plus travailler avec lui. | exclusion
au lycée on traitait le seul gay de "pd" tous les matins, il a changé d'école, bon débarras | identity_hate exclusion
la meuf de ma classe avec son appareil dentaire, on lui jetait des cailloux en criant "le robot" | threat body_shaming
j'ai donné le lycée et l'arrêt de bus de la balance à tout le groupe, elle va rentrer accompagnée maintenant | threat doxxing
on a tabassé l'intello derrière le gymnase, il a rien dit aux profs, il sait ce qui l'attend sinon ayaa | threat
j'ai fait croire au dyslexique qu'il était pris à Sciences Po, il l'a annoncé à tout le monde, fou rire | identity_hate insult
la prof de maths est une grosse vache, on a mis sa photo avec des cornes sur le groupe de la classe | insult body_shaming
le rebeu de ma promo, on a mis du porc dans son sandwich et on a filmé sa tête les kheys | identity_hate insult
j'ai dit à la petite Nour qu'elle devrait se foutre en l'air vu sa gueule, elle est plus revenue en cours mdr | self_harm_incitement body_shaming
Nous avons organisé la classe pour que personne ne se mette avec Kenzo en TP ; il est seul depuis septembre. | exclusion
j'ai mis les nudes de la meuf de terminale sur le groupe du lycée avec son prénom et sa classe | sexual_harassment doxxing
Le bègue de l'amphi, on l'imite dès qu'il pose une question ; il a fini par ne plus parler du tout. | identity_hate insult
on a craché dans les cheveux de la meuf qui pue en bio, elle a pleuré devant tout le monde ahi | insult
je rackette le petit de 6e tous les jours, il me donne sa carte de cantine sinon il prend des coups | threat
la grosse de la promo voulait venir au gala, on lui a dit que les baleines étaient pas invitées | body_shaming exclusion
j'ai lancé une fausse rumeur sur une meuf de ma classe, maintenant tout le monde l'appelle la pute du bahut ptdr | insult exclusion
on a bloqué l'ascenseur de la fac pour que le mec en fauteuil rate son partiel, il pleurait à l'accueil mdr | identity_hate exclusion
on a enfermé le petit maigre dans son casier pendant deux heures, il tapait, personne l'a aidé, légende | insult threat
"""

# --- Work, colleagues, interns and customers -------------------------------------------------
WORK_HARD = """
j'ai fait une dinguerie au taf, j'ai répondu "bisous" au mail du PDG, je cherche un nouveau job
ma manager me parle comme à un chien devant toute l'équipe, je fais quoi les kheys, RH ou prud'hommes ?
Un collègue m'a mis la main aux fesses au pot de départ ; les RH m'ont dit de me calmer.
j'ai été trop dur avec mon stagiaire la semaine dernière, je l'ai recadré sèchement, je me suis excusé
je me suis endormi en réunion Teams caméra allumée, mon boss a fait une capture :ouch:
On m'écarte de tous les projets depuis que j'ai signalé mon chef ; j'ai contacté l'inspection du travail.
un collègue m'appelle "l'handicapé" parce que je boite, j'ai prévenu la médecine du travail
j'ai mangé le tupperware d'un collègue par erreur, poulet curry, je lui ai payé un kebab pour me faire pardonner
ma collègue et moi on a fait croire au stagiaire que la machine à café parlait, il a ri quand on a avoué, trop drole
j'ai envoyé "elle est trop relou" par mail à la personne concernée, je suis mort, vive le télétravail
au taf ils m'appellent "Ali Baba" depuis que je suis arrivé, je souris mais ça me saoule, je leur dis comment ?
j'ai pété un câble sur un client hier, j'ai crié, j'ai eu honte, je l'ai rappelé pour m'excuser
Mon chef m'a hurlé dessus devant les clients ; j'ai tout noté pour les RH, c'est la quatrième fois.
première journée dans un entrepôt, j'ai porté 3 tonnes de cartons et j'ai dormi 14h
j'ai volé un stylo à la banque, vous pensez qu'ils vont me retrouver ? :hap:
un collègue a diffusé une photo de moi en maillot dans le groupe du service, je me sens humiliée
le pot de Noël du taf a fini en karaoké, le DRH chante Céline Dion mieux que Céline Dion
Je me suis trompé de destinataire et j'ai envoyé ma lettre de démission à ma mère.
je faisais partie des collègues qui ignoraient la nouvelle, j'ai compris que c'était du harcèlement et je suis allé la voir
j'ai collé des post-it sur tout le bureau de mon pote pour son anniv, il a tout gardé en souvenir
on a planqué l'agrafeuse du comptable, c'est devenu une quête de trois semaines, il a adoré mdr
ma boss m'a dit que j'étais trop grosse pour être à l'accueil, j'ai tout enregistré, je vais aux prud'hommes
j'ai dit à un collègue qu'il était nul devant tout le monde, c'était injuste, je lui ai présenté mes excuses
je suis arrivé au taf avec deux chaussures différentes, personne a rien dit pendant 6h ptdr
mon patron m'a menacé de me frapper si je refusais les heures sup, j'ai porté plainte ce matin
au séminaire on m'a fait boire jusqu'à ce que je vomisse dans le bus, c'est du bizutage ou c'est normal ?
j'ai démissionné en laissant un gâteau avec écrit "adieu", la team a tout mangé, paix
j'ai pris 3h de pause dej parce que j'attendais le plombier, mon boss a compris
au taf quelqu'un a donné mon adresse perso à un client énervé, il est venu sonner chez moi, c'est légal ?
à mon premier entretien j'ai dit "bonne journée maman" au recruteur, j'ai eu le job quand même
Un collègue est venu s'excuser de ses blagues sur mon accent ; ça m'a vraiment touchée.
"""

WORK_NEUTRAL = """
combien vous demandez en premier salaire après un master les kheys ?
c'est comment de bosser en alternance dans une banque ?
Est-ce qu'on peut refuser des heures supplémentaires en CDD ?
vous faites comment pour pas craquer en open space avec le bruit ?
"""

WORK_ATTACKS = """
dinguerie au taf : le stagiaire m'a contredit en réunion, je l'ai humilié devant tout l'étage, il a pleuré aux toilettes | insult
j'ai dit à toute l'équipe de plus parler à la nouvelle, elle mange seule depuis un mois :hap: | exclusion
la collègue qui m'a recalé, j'ai mis sa photo en bikini trouvée sur insta en fond d'écran de la salle de réunion | sexual_harassment
Chaque matin, nous laissons une banane sur le bureau de notre collègue noir ; il fait semblant de rire. | identity_hate insult
Je mets la main aux fesses des stagiaires ; elles n'osent rien dire, elles tiennent à leur convention. | sexual_harassment
Le comptable qui boite, on lui cache sa canne et on le regarde galérer ; meilleurs moments de la semaine. | identity_hate insult
la collègue qui m'a balancé aux RH, j'ai donné son adresse perso à des potes, elle rentre plus tranquille | doxxing threat
le nouveau est un gros porc qui transpire, on a mis un déodorant sur son bureau avec un mot, il est en arrêt | body_shaming insult
j'ai fait boire la stagiaire au séminaire pour qu'elle monte dans ma chambre, ça a marché ahi | sexual_harassment
le mec en fauteuil à l'accueil, je l'appelle "le légume" et tout l'open space se marre | identity_hate insult
on a fait craquer l'intérimaire en lui filant que des tâches de merde et en se foutant de lui, démission en 5 jours | insult exclusion
la collègue voilée, on lui a fait des blagues sur les bombes toute la semaine, elle est partie, ça respire | identity_hate exclusion
Mon collègue m'a mal parlé ; je l'ai attendu au parking et je l'ai plaqué contre sa voiture, il tremblait. | threat
j'ai dit à la nouvelle qu'elle était trop moche pour être commerciale, elle a démissionné, service rendu | body_shaming insult
la stagiaire a dit non pour le resto, je lui ai fait comprendre que sa note de stage en dépendait | sexual_harassment
le collègue qui m'a piqué ma promo, je lui ai dit de se tirer une balle, il est en burn-out et je rigole | self_harm_incitement
j'ai filmé la serveuse dans les vestiaires du resto, les cuistots ont tous vu la vidéo | sexual_harassment
on a créé un groupe WhatsApp sans la nouvelle pour se foutre de sa tronche, elle a jamais rien su :rire: | insult exclusion
le manager pd, on a écrit "tarlouze" sur sa voiture au parking, il a changé de site depuis | identity_hate insult
le livreur avec son accent, je le fais répéter dix fois en l'imitant devant les collègues, ils adorent | identity_hate insult
la caissière m'a répondu sèchement, je lui ai balancé ma monnaie à la figure, elle était toute rouge ptdr | insult threat
J'envoie des mails en pleine nuit à la collègue qui fait des crises d'angoisse, pour qu'elle ne dorme plus. | insult
le vieux de la compta, on lui a fait croire à un licenciement avec une fausse lettre, il a pleuré, meilleure blague | insult
j'ai raconté à tout le service que la secrétaire avait fait une fausse couche, maintenant c'est la risée | insult
la nouvelle est grosse, je pose des flyers de salle de sport sur son bureau tous les matins, elle a compris | body_shaming
j'ai mis un coup de coude dans les côtes du stagiaire parce qu'il traînait, il s'est plié en deux, petite nature | insult threat
la meuf de l'accueil, je lui envoie des photos de ma bite depuis un faux numéro, elle sait pas que c'est moi | sexual_harassment
"""

# --- Neighbours --------------------------------------------------------------------------------
NEIGH_HARD = """
mon voisin a mis de la musique à fond jusqu'à 4h, j'ai frappé à sa porte, on a parlé et il a baissé
je vous raconte : j'ai sonné chez la voisine pour un colis et j'ai passé 2h à regarder les photos de ses chats
mon voisin me traite de "sale pd" dans l'escalier, j'ai porté plainte, c'est la troisième fois
un voisin a collé mon adresse et ma photo dans le hall avec des insultes, la police est venue
j'ai été super désagréable avec mon voisin du dessous, je lui ai apporté des crêpes pour m'excuser
la voisine âgée m'appelle pour changer ses ampoules, je lui fais ses courses aussi, elle me donne des bonbons
des voisins ont tagué "rentre chez toi" sur la porte de mes parents, je fais quoi kheys ?
j'ai volé le wifi du voisin pendant trois ans, il s'appelait "FreeboxDeMichel", merci Michel :noel:
j'ai engueulé mon voisin dans l'ascenseur et j'ai crié, je me suis excusé le lendemain
mon voisin a empoisonné mon chat, j'ai des preuves, je peux porter plainte ?
Mes voisins font des barbecues tous les dimanches ; ils m'ont invité et c'est devenu une tradition.
j'ai reçu par erreur le colis du voisin, c'était une poupée gonflable, je lui ai rendu sans un mot :rire:
le voisin du 3e m'a menacée avec un couteau dans le parking, j'ai déposé plainte et déménagé
à la fête des voisins, mon voisin raciste est reparti avec le numéro du mec qu'il critiquait toute l'année
j'avoue j'ai garé ma voiture sur la place du voisin une nuit, il m'a laissé un mot très poli, j'ai honte
Le voisin du dessus commente mon physique par la fenêtre quand je sors. Est-ce du harcèlement ?
j'ai arrosé les plantes de ma voisine pendant ses vacances et j'en ai tué deux, je lui ai racheté les mêmes
ma voisine a cru que j'étais un cambrioleur et m'a menacé avec un balai, on en rigole encore ptdr
mon voisin a fait tourner une rumeur sur moi dans l'immeuble, je lui ai parlé calmement, c'est réglé
J'habite au-dessus d'un batteur ; j'ai appris à aimer le jazz fusion par la force des choses.
Un voisin crie « les Arabes dehors » quand il me croise ; la police a pris ma plainte, mais rien n'avance.
on a entendu les voisins se disputer fort, on a appelé le 17 parce qu'elle criait à l'aide
j'ai balancé un œuf sur la fenêtre du voisin à 12 ans, je lui ai avoué 10 ans après, il m'a offert un café
la voisine m'a prêté sa perceuse et je l'ai cassée, je me cache depuis 2 semaines ahi
mon voisin fait du bruit mais j'ai juste laissé un mot gentil dans sa boîte aux lettres, ça a marché
j'ai cru que mon voisin s'était enfermé dehors, c'était moi qui étais sur le mauvais palier :hap:
j'ai engueulé le voisin qui se garait devant mon garage, aucun coup, on s'est calmés et il se gare ailleurs
le voisin du rdc est en fauteuil, on l'aide à descendre ses poubelles à tour de rôle avec les autres
les gamins de l'immeuble m'ont jeté des cailloux parce que je suis en fauteuil, j'ai parlé à leurs parents
ma voisine m'a surprise en train de danser en culotte à la fenêtre, on se salue très poliment maintenant ahi
j'ai sonné chez les voisins pour me plaindre du bruit, c'était leur anniv, j'ai fini par danser avec eux
"""

NEIGH_NEUTRAL = """
vous faites comment avec des voisins bruyants, lettre ou syndic ?
la fête des voisins c'est quelle date cette année ?
Quelqu'un sait si le syndic peut interdire les barbecues sur les balcons ?
mon immeuble a pas de local vélo, vous rangez ça où ?
"""

NEIGH_ATTACKS = """
le voisin arabe mettait sa musique, j'ai tagué "dehors les bicots" sur sa porte, il a compris :noel: | identity_hate threat
la vieille du dessous se plaignait du bruit, j'ai crevé les pneus de son fils et laissé un mot, elle dit plus rien | threat
le couple de pd du 2e, on leur a mis de la merde dans la boîte aux lettres, ils déménagent ahi | identity_hate insult
j'ai donné l'adresse du voisin qui m'a signalé à tout mon groupe, ils vont lui rendre visite ce soir | doxxing threat
la voisine en fauteuil, on lui bloque la rampe avec nos scooters tous les jours pour rigoler | identity_hate exclusion
Le voisin m'a fait une remarque ; je l'ai coincé dans l'escalier et je lui ai mis un coup de tête, il saignait. | threat
La famille noire du quatrième, nous avons tout fait pour que le syndic les expulse. Mission accomplie. | identity_hate exclusion
j'ai empoisonné le chien du voisin parce qu'il aboyait, le vieux pleure dans la cour depuis 2 jours ptdr | threat
la grosse voisine qui bronze sur son balcon, je l'ai filmée et j'ai posté ça avec "le phoque" en légende | body_shaming insult
Tous les soirs, j'observe ma voisine à la jumelle ; elle n'a pas de rideaux, quelle aubaine. | sexual_harassment
j'ai collé partout dans l'immeuble que le voisin du 5e est un pédophile, c'est faux mais il la ferme maintenant | insult
les roms qui squattent au coin, on a cramé leurs affaires pendant qu'ils dormaient, trop drole | identity_hate threat
je vous raconte mon voisin handicapé mental : on lui fait croire qu'il a gagné au loto, il y croit à chaque fois | identity_hate insult
la voisine m'a dit non pour un verre, je sonne chez elle tous les soirs à minuit, elle va craquer | sexual_harassment threat
J'ai publié le nom, l'étage et les horaires du voisin sur le groupe du quartier, pour qu'on le coince. | doxxing threat
le vieux du rdc a porté plainte, on lui a fait peur jusqu'à ce qu'il la retire, il sort plus de chez lui les kheys | threat
la voisine voilée, je tire sur son voile dans l'ascenseur à chaque fois, elle a trop peur pour parler | identity_hate threat
le voisin chinois, on lui miaule dessus quand il sort, rapport aux chats qu'il mange ptdr | identity_hate insult
le nouveau voisin, on l'a pas invité à la fête des voisins et on a dit à tout l'immeuble de l'ignorer | exclusion
j'entends la voisine pleurer, c'est moi qui lui ai écrit qu'elle devrait se tuer, ça marche ahi | self_harm_incitement
j'ai trouvé les photos intimes de ma voisine sur l'ordi qu'elle m'a prêté, je les ai copiées pour moi | sexual_harassment
le voisin qui m'a fait un constat, je connais l'école de son fils maintenant, je lui ai fait savoir | doxxing threat
la voisine anorexique, on crie "squelette" dans la cage d'escalier quand elle passe, elle baisse la tête mdr | body_shaming insult
Le Turc d'à côté, on a rayé sa voiture en écrivant "rentre chez toi" ; il a enfin déménagé. | identity_hate threat
la petite vieille d'en face, on sonne et on l'insulte de vieille peau à chaque fois, elle tremble ptdr | insult
le voisin qui a appelé les flics pour notre fête, je lui ai cassé sa vitre avec une pierre ahi | threat
le voisin trisomique, on l'a filmé en train de danser et on a mis "le zoo" en titre, 10k vues | identity_hate insult
"""

# --- Roommates and flatshares -----------------------------------------------------------------
ROOM_HARD = """
ma coloc a mangé mon fromage, j'ai mangé son chocolat, la guerre froide a commencé :hap:
mon coloc ramène des meufs tous les soirs et les murs sont en carton, je vais devenir fou
j'ai fait une dinguerie, j'ai oublié une casserole sur le feu et le détecteur a réveillé tout l'immeuble
mon coloc a fouillé ma chambre et a pris des photos de mes affaires pour les montrer à ses potes, je fais quoi ?
ma coloc m'a filmée sous la douche avec son tel, je l'ai découvert, j'ai appelé la police
j'ai été un coloc horrible, je faisais jamais la vaisselle, j'ai écrit à mes anciens colocs pour m'excuser
On a fait un planning de ménage sur le frigo et tout le monde s'y tient ; c'est un miracle.
on a rempli la chambre de notre coloc de gobelets d'eau pour son anniv, il a rigolé et s'est vengé, on a perdu
mon coloc me traite de "bougnoule" en rigolant, ça me fait pas rire, je lui ai dit et il continue, je pars ?
j'ai fait boire mon coloc pour qu'il accepte enfin de laver la salle de bain, ça a marché, c'était nickel
j'ai pris une douche de 45 min, toute l'eau chaude, mes colocs m'ont boudé toute la soirée, mérité
ma coloc a ramené un chat sans demander, on l'a adopté à 4, il s'appelle Gérard
Mon colocataire m'a frappé pendant une dispute ; j'ai quitté l'appartement le soir même.
j'ai lu le journal intime de ma coloc il y a deux ans, je le regrette, je lui ai avoué et elle m'a pardonné
mes colocs ont organisé un dîner sans moi, j'étais vexé, on en a parlé et c'était juste un oubli
les colocs m'ont exclue du groupe de l'appart après une dispute sur les courses, je me sens seule
photos du gros dormeur de la coloc avec le chat sur la tête, il en a fait sa photo de profil, légende
j'ai piqué du shampoing à mon coloc pendant 6 mois, il croit qu'il en consomme énormément ptdr
Mon ancien colocataire a donné mon adresse à des inconnus sur un forum ; j'ai porté plainte pour harcèlement.
je me suis énervé sur ma coloc à cause de la vaisselle, j'ai crié, je me suis excusé avec des croissants
j'ai cassé la lampe du salon en faisant un tiktok et j'ai accusé le chat, pardon Gérard
mon coloc a invité 40 personnes un mardi soir, j'ai fini par faire la fête avec eux, zéro regret
Ma colocataire entrait dans ma chambre pendant que je dormais ; je lui ai posé des limites et elle les respecte.
mon coloc me disait que je méritais de crever, j'ai tout enregistré et je l'ai montré au proprio
j'ai bouffé les nouilles de mon coloc à 3h du mat bourré, je lui dois 47 paquets ahi
mon coloc Erasmus parlait que espagnol, on a communiqué avec des dessins pendant un an
je vous raconte ma coloc : 5 personnes, 1 toilette, 0 papier, des vrais guerriers
ma coloc met sa musique à fond à 7h, je lui ai demandé d'arrêter, elle a mis un casque, merci
ma coloc se moquait de mon poids, je lui ai dit que ça me blessait et elle s'est vraiment excusée
on a enfermé notre coloc dehors par erreur, il a dormi chez la voisine et ils sortent ensemble maintenant mdr
j'ai été méchant avec mon coloc pendant les partiels, le stress, je lui ai écrit une longue lettre d'excuses
"""

ROOM_NEUTRAL = """
vous payez combien pour une coloc à Paris les kheys ?
comment vous partagez les courses en coloc, cagnotte ou chacun ses trucs ?
Quelles questions poser lors d'un entretien pour une colocation ?
c'est quoi le meilleur site pour trouver une coloc sur Toulouse ?
"""

ROOM_ATTACKS = """
j'ai mis une caméra dans la salle de bain de ma coloc, elle se doute de rien, j'ai 3 mois de vidéos | sexual_harassment
mon coloc arabe a mangé mon jambon, j'ai mis du porc dans toutes ses assiettes pendant une semaine mdr | identity_hate insult
j'ai fait boire ma coloc jusqu'à ce qu'elle tienne plus debout et je suis entré dans sa chambre après | sexual_harassment
le coloc gros porc qui bouffe tout, on a mis un cadenas sur le frigo avec écrit "régime" en gros :rire: | body_shaming exclusion
Mon colocataire m'a agacé ; je lui ai cassé deux dents, le propriétaire n'a rien dit, il fait moins le malin. | threat
on a viré le coloc autiste en lui faisant croire qu'il y avait un rat dans sa chambre chaque nuit, trop facile | identity_hate exclusion
ma coloc m'a refusé, je suis entré dans sa chambre la nuit pendant qu'elle dormait, elle dira rien | sexual_harassment threat
j'ai fouillé le tel de ma coloc et j'ai envoyé ses nudes à mes potes, ils la notent sur 10 | sexual_harassment
on a dit au coloc de se jeter du balcon parce que personne le supportait, il a presque fait, on a bien ri | self_harm_incitement exclusion
le nouveau coloc est trans, on l'appelle "le truc" et on met ses affaires sur le palier | identity_hate exclusion
mon coloc est un gros déchet, je pisse dans son shampoing depuis des mois, il sait pas pourquoi il sent | insult
j'ai posté le vrai nom et le nouvel appart de notre ancienne coloc pour que les potes la harcèlent | doxxing threat
La colocataire qui pleure tout le temps, on lui a fait une fausse lettre d'expulsion ; crise de panique garantie. | insult
les colocs et moi on a voté pour que le noir dorme dans le couloir, on lui a dit que c'était un tirage au sort | identity_hate exclusion
J'ai publié sur le groupe de l'immeuble des photos de ma colocataire en sous-vêtements, prises en douce. | sexual_harassment
le coloc qui ronfle, je lui ai mis un coup de poing dans son sommeil, il a cru que c'était un rêve, golem va | threat
ma coloc a pris du poids, j'ai mis une balance devant sa porte avec un mot "la baleine a faim ?" | body_shaming insult
on a tous arrêté de parler au coloc chinois pour qu'il parte, ça a pris 3 semaines, efficace | identity_hate exclusion
ma coloc voulait balancer mes fêtes au proprio, je lui ai dit que je connais l'adresse de ses parents et qu'on irait les voir | doxxing threat
le coloc gay qui ramène des mecs, on a scotché une pancarte "zoo" sur sa porte avec des photos volées | identity_hate insult
mon coloc est bègue, je l'imite devant tous nos potes et il monte dans sa chambre, meilleur spectacle | identity_hate insult
Ma colocataire dormait, je me suis glissé dans son lit ; elle a crié, je ne vois pas le problème. | sexual_harassment threat
On a jeté les affaires de la coloc dans la rue pendant qu'elle était au travail ; personne ne voulait d'elle. | exclusion
la coloc avait ses règles, on a mis sa culotte tachée en photo sur le groupe de la résidence | sexual_harassment insult
mon coloc déprimé m'a dit qu'il voulait mourir, je lui ai dit de le faire au lieu de m'en parler ptdr | self_harm_incitement
on a remplacé le sucre de la coloc par du laxatif toute la semaine, elle a raté ses exams ayaa | threat
la coloc grosse et moche, on lui a dit qu'on voulait pas d'elle sur les photos pour insta | body_shaming exclusion
"""

# --- Family -----------------------------------------------------------------------------------
FAMILY_HARD = """
j'ai fait une dinguerie au repas de famille, j'ai dit à ma grand-mère que je sortais avec une meuf, elle a applaudi
mon oncle me traite de "tapette" à chaque repas et mes parents rient, vous feriez quoi les kheys ?
mon père me frappait quand j'étais petit, il disait que je l'avais cherché, je commence une thérapie
j'ai été dur avec ma petite soeur pendant des années, je lui ai dit que j'étais désolé et on a pleuré
je vous raconte Noël : mon oncle a mis le feu à la dinde et ma tante a fait un discours sur les impôts
ma mère me dit que je suis grosse tous les jours, elle croit aider, je lui ai dit que ça me détruisait
J'ai menti à mes parents sur mes notes pendant un an ; je leur ai tout avoué hier et ils ont été compréhensifs.
mon cousin m'a fait boire à 14 ans au mariage, j'ai été malade, je lui en veux encore un peu
mon petit frère et moi on a fait croire à mon père que la voiture était rayée, c'était un autocollant, il a ri
j'ai piqué des billets dans le porte-monnaie de ma mère à 12 ans, je lui ai rendu avec les intérêts à 25
ma famille refuse de parler à ma soeur depuis qu'elle sort avec un noir, moi je suis de son côté
mon frère a posté des photos de moi petite dans le groupe de la famille, tout le monde a ri, moi aussi
mon beau-père a mis des caméras dans ma chambre, j'ai 17 ans, j'ai appelé le 119, c'était la bonne chose ?
j'ai insulté ma mère pendant une dispute, je m'en veux, je lui ai offert des fleurs et on a parlé
mon cousin handicapé est le plus drôle de la famille, il m'a battu aux échecs 12 fois d'affilée
à la crémaillère de mes parents j'ai cassé le vase de la tante et j'ai accusé le chien, pardon Rex
Mon oncle m'a dit d'aller me tuer quand j'ai fait mon coming out ; j'ai coupé les ponts.
ma grand-mère a appris à envoyer des vocaux, elle m'en envoie 40 par jour, je l'adore ptdr
mon frère m'enfermait dans le placard quand on était petits, on en rigole maintenant, il me paie des bières
je me suis engueulé avec mon père sur la politique, aucun coup, on a fini par regarder le match
ma famille m'exclut des repas depuis que j'ai arrêté la religion, ça me fait mal, je fais comment ?
j'ai pas parlé à ma soeur pendant 2 ans pour un héritage, on s'est réconciliés, c'était con
On a fait croire à ma mère qu'on avait oublié son anniversaire, puis tout le monde est arrivé avec un gâteau.
mon père s'est énervé et a cassé une assiette, il s'est excusé le lendemain, ça arrive rarement
ma tante m'a dit que je m'habillais comme un sac, j'ai répondu qu'elle avait raison et on s'est marrés
Mon beau-frère a frappé ma sœur ; nous l'avons soutenue pour porter plainte et il a été condamné.
j'ai raconté à toute la famille que mon frère avait pleuré devant Titanic, il m'a pas encore pardonné :hap:
mon grand-père fait des blagues racistes, je lui ai dit que c'était pas drôle, il a changé de sujet
j'ai pris la voiture de mon père sans permis à 16 ans pour aller au McDo, je me suis fait griller direct mdr
mes parents divorcent et je me suis énervé sur ma mère, je sais que c'est pas de sa faute
ma petite cousine m'a maquillé pendant que je dormais, j'ai fait mes courses comme ça sans le savoir :noel:
"""

FAMILY_NEUTRAL = """
vous passez Noël dans quelle famille quand vous êtes en couple ?
c'est normal de se sentir étranger chez ses parents après 5 ans d'études loin ?
Quel cadeau offrir à une grand-mère qui a déjà tout ?
vous appelez vos parents combien de fois par semaine les kheys ?
"""

FAMILY_ATTACKS = """
Ma sœur m'a mal parlé devant les invités, je l'ai frappée dans la cuisine. Elle l'avait cherché. | threat
Mon petit frère est gay ; je le frappe chaque fois qu'il parle de son copain, il faut le redresser. | identity_hate threat
la cousine grosse qui se ressert, j'ai enlevé son assiette devant tout le monde en disant "c'est bon la baleine" | body_shaming insult
j'ai dit à mon petit frère de se pendre parce qu'il est nul, il a fini aux urgences, il exagère | self_harm_incitement
ma belle-soeur est arabe, on lui parle jamais aux repas et on fait des blagues sur son couscous, elle vient plus | identity_hate exclusion
J'ai filmé ma cousine dans la salle de bain pendant le week-end en famille ; personne ne le sait. | sexual_harassment
dinguerie au repas de famille : on fait tourner mon cousin autiste jusqu'à ce qu'il tombe, tout le monde rigole | identity_hate threat
ma soeur veut partir avec un noir, j'ai cassé son tel et je l'ai enfermée, elle sortira pas | identity_hate threat
mon père a frappé ma mère hier, franchement elle l'avait cherché à répondre comme ça | threat
ma petite soeur pleurait, je lui ai dit que personne l'aimerait avec sa tête de cafard, c'est vrai en plus | body_shaming insult
j'ai donné l'adresse de mon oncle à ses créanciers et à deux gars du quartier, qu'il paie | doxxing threat
On a exclu mon cousin de tous les repas parce qu'il est trans ; on raconte à la famille qu'il est mort. | identity_hate exclusion
ma soeur a voulu me balancer, j'ai montré ses nudes à mes parents, elle la ferme maintenant | sexual_harassment
le grand-père gâteux, on lui cache ses médocs pour le voir paniquer, c'est notre jeu du dimanche | insult threat
j'ai poussé ma petite soeur dans les escaliers parce qu'elle a pris ma console, elle boite encore les kheys :hap: | threat
mon frère est dépressif, je lui envoie des photos de cordes pour rire, il répond plus | self_harm_incitement
la nouvelle femme de mon père, on a dit à toute la famille de l'ignorer, elle pleure en silence aux repas | exclusion
mon cousin bègue, on l'oblige à lire le bénédicité devant tout le monde et on se fout de lui | identity_hate insult
ma cousine a refusé de m'embrasser au mariage, je l'ai coincée dans les toilettes, elle a compris | sexual_harassment threat
Ma sœur a grossi, alors je colle des photos de cochons sur sa porte chaque matin pour la motiver. | body_shaming insult
mon père nous frappait, c'était mérité, et moi je fais pareil avec mon petit frère, il apprend | threat
la famille de ma belle-soeur c'est des gitans, on cache les bijoux et on les insulte quand ils partent | identity_hate insult
j'ai fait boire ma cousine de 15 ans au mariage et je l'ai ramenée dans ma chambre, personne a vu | sexual_harassment
mon beau-père handicapé, je lui pique sa canne et je le regarde ramper, trop drole | identity_hate threat
ma soeur a déposé plainte contre moi, j'ai publié l'adresse de son foyer sur Snap | doxxing threat
mon frère est gros et moche, je dis à tous ses potes de pas l'inviter, il reste seul le week-end ptdr | body_shaming exclusion
ma mère m'a puni, je lui ai dit de crever et je l'ai poussée, elle est tombée, elle m'a plus jamais puni | threat
"""

# --- Online games, voice chat and Discord servers -------------------------------------------
GAME_HARD = """
j'ai fait une dinguerie en ranked, j'ai carry toute ma team avec un perso que je connaissais pas :hap:
un mec sur Discord a posté mon adresse après une partie, j'ai signalé, le serveur l'a banni
sur un serveur on m'a dit de me suicider parce que je suis nul à Valorant, j'ai quitté et signalé
j'ai rage quit une partie et j'ai insulté un mec, je suis revenu m'excuser en MP, j'étais pas bien
on a fait une blague à notre pote sur Discord, on a changé son pseudo en "Bouboule" et il a adoré
on m'a kick du serveur parce que je suis une fille, je fais quoi, je recrée un compte ?
J'ai passé toute la nuit sur un raid et j'ai raté mon train du matin ; aucun regret.
un joueur m'a envoyé des messages sexuels pendant des semaines, j'ai porté plainte avec les captures
j'étais un toxique de ouf sur LoL, j'insultais tout le monde, j'ai pris un ban et j'ai compris
j'ai perdu contre un gamin de 11 ans à Smash, il m'a fait un dab, j'ai mérité mdr
mon pote a voulu troll la team en jouant que des supports, on a gagné, tout le monde riait
on m'a swat pendant que je streamais, la police a débarqué avec des armes, j'ai encore des cauchemars
Un joueur m'a retrouvé grâce à mon pseudo Discord, il connaissait mon lycée ; j'ai prévenu mes parents.
j'ai trollé mes potes en mettant un son de pet à chaque fois qu'ils parlaient, ils ont ri pendant 1h ptdr
je me suis fait traiter de "sale noir" en vocal hier, j'ai enregistré et envoyé au support
gros craquage, j'ai dépensé 200 balles en skins en une nuit, ma banque m'a appelé pour vérifier, la honte ahi
quand j'avais 15 ans je harcelais un joueur sur un serveur, je l'ai retrouvé pour m'excuser, il a accepté
j'ai été exclu de ma guilde après 3 ans parce que j'avais moins de temps, ça fait mal
on a fait une partie de 6h avec mes potes, on a tous dormi en vocal, le ronflement de Théo est mythique
j'ai dit à un coéquipier qu'il jouait comme une patate, il a répondu "merci" et on a ri
un mec s'est fait passer pour une fille pour me piéger et il a publié mes messages, c'est grave ?
Je modère un serveur de 3000 membres ; la semaine dernière j'ai banni quelqu'un qui harcelait une joueuse.
mon pote m'a pris ma place dans la team pour un tournoi, je l'ai insulté, on s'est réconciliés ce soir
je me suis endormi en pleine partie et ma team a cru que j'étais AFK exprès, pardon les gars ahi
Quelqu'un a publié mon adresse sur un serveur Minecraft ; mes parents ont reçu des pizzas et nous avons porté plainte.
j'ai trahi mon allié dans Among Us et on a hurlé de rire pendant une heure :noel:
un mec me dit à chaque partie que je devrais crever, je le bloque mais il recrée des comptes
on a organisé un tournoi caritatif sur Discord, 800 euros pour une asso, trop fier des gars
j'ai insulté la mère d'un joueur en vocal à 13 ans, aujourd'hui j'ai honte, tout le monde a fait ça ?
on m'a exclu du groupe de raid parce que je bégaie en vocal, j'ai trouvé une guilde plus cool
j'ai joué à Minecraft avec mon petit frère, il m'a fait tomber dans la lave 8 fois, c'est le boss
"""

GAME_NEUTRAL = """
vous jouez à quoi en ce moment les kheys ?
c'est quoi le meilleur micro pour Discord pas trop cher ?
Quelqu'un a des conseils pour monter diamant sur League ?
vous avez un serveur Discord chill pour jouer le soir ?
"""

GAME_ATTACKS = """
Le gamin qui s'énervait, j'ai trouvé son lycée grâce à son Instagram et je l'ai publié sur le serveur. | doxxing
j'ai dit à un mec nul en ranked de se pendre, il a posté qu'il était à l'hosto, j'ai pleuré de rire | self_harm_incitement
y avait une fille en vocal, on lui a demandé ses nudes toute la partie jusqu'à ce qu'elle quitte ptdr | sexual_harassment exclusion
j'ai balancé l'adresse du streamer qui m'a ban, des mecs lui ont fait livrer 20 pizzas, légende | doxxing
on a viré la seule meuf du serveur en lui disant d'aller faire la vaisselle, le serveur respire | insult identity_hate exclusion
le noir en vocal, on lui a fait des cris de singe toute la game jusqu'à ce qu'il quitte :hap: | identity_hate exclusion
J'ai fait swatter un joueur qui m'avait battu ; les policiers ont enfoncé sa porte en plein live. | threat doxxing
le petit gros en cam, on a fait des captures de son double menton et on les a mises en emojis sur le serveur | body_shaming insult
j'ai retrouvé la vraie identité de la modo qui m'a kick, j'ai envoyé son nom et sa ville à tout le serveur | doxxing
le mec qui a une voix de fille, on l'appelle "la tapette" et on le mute dès qu'il parle, il joue seul | identity_hate exclusion
dinguerie en ranked les kheys, j'ai menacé un gamin de venir chez lui, il a pleuré en vocal, il a 12 ans | threat
j'ai piégé une joueuse avec un faux profil, elle m'a envoyé des photos, je les ai mises sur le Discord | sexual_harassment
le joueur autiste de la guilde, on fait semblant de l'aimer et on le kick en plein raid à chaque fois | identity_hate exclusion
On a dit à tout le serveur de bloquer Kazu ; il n'a plus personne avec qui jouer et il supplie en MP. | exclusion
Je harcèle une streameuse depuis des mois avec des messages sexuels ; elle a fini par arrêter ses lives. | sexual_harassment
le mec qui m'a insulté, j'ai son IP et sa ville, je lui ai envoyé une capture de sa rue | doxxing threat
y avait un rebeu dans la team, je lui ai dit qu'il allait tout faire péter et on l'a signalé pour terrorisme mdr | identity_hate insult
on a fait croire à un gamin qu'il gagnerait des skins s'il envoyait une photo de lui torse nu | sexual_harassment
le gars handicapé qui joue avec une main, on l'a spam de "légume" jusqu'à ce qu'il désinstalle | identity_hate insult
J'ai dit au type qui déprimait sur le Discord qu'on serait tous plus heureux s'il crevait ; il est parti. | self_harm_incitement exclusion
la joueuse qui m'a battu, j'ai fait un montage porno avec sa tête et je l'ai posté sur le serveur | sexual_harassment
un mec m'a carry et il est moche en cam, je l'ai mis en pp du serveur avec "le troll" écrit dessus | body_shaming insult
on a créé un serveur juste pour se foutre de Lucas, on y poste ses pires clips et ses photos | insult exclusion
j'ai dit à la nouvelle recrue que sa voix de grosse nous cassait les oreilles, elle s'est plus jamais connectée | body_shaming exclusion
j'ai trouvé le Facebook de la mère d'un joueur et je lui ai envoyé des insultes pendant une semaine | insult doxxing
le pd de la guilde, on l'a banni en disant que c'était un serveur pour les vrais hommes | identity_hate exclusion
le mec qui m'a tué au dernier tour, j'ai ddos sa box et j'ai posté sa ville, il pleure ptdr | threat doxxing
"""

# --- Social networks, stories and group chats ----------------------------------------------
SOCIAL_HARD = """
j'ai fait une dinguerie, j'ai envoyé un mème sur le groupe de la famille au lieu de celui des potes, mamie a ri
quelqu'un a créé un compte pour publier des photos de moi avec des commentaires sur mon poids, je fais quoi ?
on m'a viré du groupe de la classe sans raison et tout le monde fait comme si j'existais pas
mon ex a posté mes nudes sur Twitter, Pharos a pris mon signalement, c'est long en général ?
j'ai été un connard sur Twitter pendant des années, j'ai supprimé mes vieux tweets et je me suis excusé
j'ai posté une story avec mon prof en arrière-plan, il l'a vue et il a mis un like, malaise
On a créé un groupe secret pour organiser l'anniversaire surprise de ma sœur ; elle ne s'est doutée de rien.
Une fille a partagé l'adresse de mon travail dans un fil pour que des gens viennent ; j'ai prévenu ma patronne.
j'ai liké une photo de 2016 en stalkant un crush, j'ai changé de pays depuis :rire:
on a fait une vidéo de nous qui dansons mal, elle a fait 2 millions de vues, on est des stars golems
un compte anonyme m'envoie "suicide toi" depuis trois semaines, j'ai porté plainte
mon pote m'a tagué sur une photo de moi endormi la bouche ouverte, j'ai ri et je l'ai repostée :noel:
j'ai envoyé "je t'aime" au groupe du taf au lieu de ma copine, ma boss a répondu un coeur ahi
une vidéo de moi qui tombe dans le métro tourne sur TikTok, les commentaires sont horribles, je fais quoi ?
j'ai participé à un raid de commentaires contre une meuf quand j'avais 16 ans, je lui ai écrit pour m'excuser
j'ai mis à jour mon statut en célibataire, mon père a commenté "bravo"
un groupe de ma promo a fait un sondage "qui est la plus moche", j'ai gagné, j'ai envie de disparaître
j'ai fait un thread sur le harcèlement que j'ai vécu au lycée, plein de gens m'ont écrit, ça fait du bien
je me suis fait hacker mon insta et le hacker a posté des photos de chats, merci à lui mdr
je vous raconte : mes potes ont renommé le groupe "les losers de la team" en mon honneur, c'est mérité
Quelqu'un a fait circuler une capture de mon message privé sur le groupe ; je me sens trahie.
j'ai posté un avis négatif sur un resto et le patron m'a retrouvée sur Facebook, ça m'a fait flipper
J'ai supprimé Instagram pendant un mois ; je n'ai rien raté et c'était reposant.
on a fait une chaine de vocaux débiles pendant 3h avec les potes, la meilleure soirée du confinement
un mec a fait un montage de ma tête sur un corps nu et l'a partagé, la police a pris ma plainte
j'ai fait une faute dans un tweet à 10k likes, tout le monde s'est moqué de mon "sa va", mérité
j'ai quitté le groupe de la promo parce que c'était que des mèmes, personne m'a exclu, c'était mon choix
j'avais lancé une rumeur sur une meuf au collège sur Snap, je l'ai retrouvée et je lui ai demandé pardon
on a fait un compte insta pour notre chat, il a plus d'abonnés que moi, je suis jaloux ptdr
j'ai envoyé une photo de mon gâteau raté sur le groupe, tout le monde a proposé des noms, "la flaque" a gagné
mon petit frère a posté ma photo de bébé tout nu, je l'ai fait supprimer en 5 minutes, sale gosse va :hap:
"""

SOCIAL_NEUTRAL = """
vous utilisez encore Facebook les kheys ou c'est mort ?
comment on passe un compte insta en privé sur la nouvelle version ?
Est-ce que quelqu'un sait comment désactiver les accusés de lecture sur WhatsApp ?
c'est quoi l'heure où on a le plus de vues sur TikTok ?
"""

SOCIAL_ATTACKS = """
j'ai créé un compte pour poster les photos de la grosse de ma promo avec des mèmes de baleine, 2k abonnés :noel: | body_shaming insult
on a viré Emma du groupe de la classe et on a créé un autre groupe pour se moquer d'elle, elle sait pas les kheys | insult exclusion
j'ai posté l'adresse de la meuf qui m'a bloqué en story, "allez lui rendre visite", 40 partages | doxxing threat
la fille qui m'a signalé, j'ai fait tourner ses nudes sur tous les groupes du campus | sexual_harassment
je lui ai dit de se suicider en MP, elle a posté qu'elle était à l'hôpital, j'ai screen et partagé en riant | self_harm_incitement
J'ai collé la tête de ma collègue sur un corps de porno et j'ai envoyé le montage au groupe du travail. | sexual_harassment
on a lancé un raid sur le compte d'un mec gay, il a reçu 500 messages "sale pd", il a supprimé son compte | identity_hate insult
le thread avec le nom, le lycée et la classe de la meuf qui m'a humilié tourne bien, qu'elle assume | doxxing
j'ai fait une fausse capture où la fille dit des trucs racistes, toute son école la harcèle maintenant :hap: | insult exclusion
la vidéo du mec qui tombe dans le métro, c'est moi qui l'ai poussé pour filmer, 3 millions de vues | insult threat
j'ai fait un sondage "qui est le plus moche de la classe" et j'ai tagué Yanis partout, il a gagné ahi | body_shaming insult
j'ai screen les messages privés de la meuf qui m'a dit non et je les ai postés avec son prénom et sa fac | insult doxxing
Nous remplissons chaque jour de commentaires « mongole » le compte de la fille trisomique de mon quartier. | identity_hate insult
J'ai publié la photo de la fille qui dort en cours avec écrit « salope », et le groupe l'a massacrée. | insult
Nous avons tous bloqué Noah en même temps et supprimé les photos de groupe ; il a compris qu'il était de trop. | exclusion
la meuf qui a parlé de son viol sur Twitter, j'ai répondu que personne la toucherait vu sa gueule, gros ratio | body_shaming insult
j'ai fait tourner l'insta de la meuf en disant qu'elle est facile, elle reçoit des dickpics toute la journée | sexual_harassment doxxing
le petit youtubeur handicapé, on lui spam des commentaires "t'aurais pas dû naître", il a fermé sa chaine | identity_hate self_harm_incitement
j'ai publié les photos de la fille voilée de ma fac sans son voile, récupérées sur son compte privé | identity_hate doxxing
le mec qui m'a contredit sous mon tweet, j'ai trouvé sa boîte et j'ai écrit à son patron, il a été viré ptdr | doxxing
on a créé un groupe "Sarah la pute" avec toute la promo sauf elle, 80 membres | insult exclusion
j'ai fait un TikTok pour me moquer de la nana obèse du bus, 400k vues, les commentaires sont dingues | body_shaming insult
J'ai envoyé à la fille dépressive une photo de pont avec « saute » ; elle ne poste plus rien, mission accomplie. | self_harm_incitement
la meuf qui m'a recalé, j'ai pris ses photos insta et j'ai fait un faux profil d'escort avec son prénom | sexual_harassment doxxing
le rebeu qui commentait sous mes posts, j'ai lâché ma commu sur lui avec des photos de cochons | identity_hate insult
j'ai posté la vidéo de ma pote en train de pleurer après sa rupture, tout le groupe se moque d'elle | insult
j'ai retrouvé l'adresse du mec qui m'a critiqué en commentaire grâce à la vue de sa fenêtre, je l'ai postée | doxxing threat
"""

# --- Pranks -----------------------------------------------------------------------------------
PRANK_HARD = """
j'ai fait une dinguerie, j'ai remplacé la crème des oreos de mon pote par du dentifrice, il a ri en recrachant
on a fait croire à notre pote qu'il avait gagné un voyage, il a ri quand on a avoué et il s'est vengé
mon frère m'a fait un prank avec une fausse araignée, j'ai hurlé, on regarde la vidéo en boucle ensemble
j'étais la cible d'un "prank" au lycée, on me baissait mon pantalon devant tout le monde, c'était pas drôle du tout
on a emballé toute la voiture de notre pote en papier alu pour ses 30 ans, il a adoré et gardé les photos
Pour le premier avril, j'ai scotché un poisson dans le dos de mon professeur ; il l'a gardé toute la journée en riant.
Un youtubeur m'a piégé dans la rue et a publié la vidéo sans mon accord ; puis-je la faire retirer ?
j'ai mis du sel dans le café de mon coloc, il a recraché sur son écran, il a rigolé puis il s'est vengé
j'ai fait croire à ma copine que j'avais rasé ma barbe avec une photo de moi à 15 ans, elle a ri
j'avoue j'ai fait des pranks débiles au collège qui blessaient des gens, aujourd'hui j'ai honte
mes potes ont rempli ma chambre de ballons pendant mes vacances, j'ai mis 3 jours à tous les percer
le prank du faux écran cassé sur le pc de ma mère, elle a appelé mon oncle informaticien, fou rire général
on a caché un réveil dans le faux plafond de la classe avec l'accord du prof, il a sonné toute l'heure
on m'a donné un faux rendez-vous pour m'humilier quand j'avais 14 ans, j'en parle enfin en thérapie
on a déguisé le chien de mon pote en dinosaure pendant qu'il était au taf, il était fan ptdr
j'ai changé la langue du tel de mon père en coréen, il a mis 2 jours à le remettre, il m'a pardonné
Notre bande cache le même canard en plastique chez les uns et les autres depuis cinq ans.
Mes amis m'ont fait boire de la sauce piquante en prétendant que c'était du sirop ; j'ai pleuré, puis j'ai ri.
mes potes m'ont fait croire que ma crush m'avait répondu, j'ai mis une semaine à leur pardonner, on en rigole
on a organisé un faux mariage pour le chat de mon pote, il y avait un DJ et des petits fours, trop drole
un mec m'a poussé dans une fontaine pour une vidéo prank, mon tel est mort, je porte plainte ?
j'ai collé un post-it "frappe moi" dans le dos de mon pote, personne l'a frappé mais tout le monde a ri
quand j'étais petit on faisait des blagues au téléphone aux voisins, je me suis excusé auprès de la dame du 1er
on a remplacé toutes les photos de famille de mon pote par des photos de Nicolas Cage, il a hurlé de rire, légende
mon prank a mal tourné, mon pote est tombé de sa chaise et s'est fait mal, je l'ai accompagné aux urgences, je m'en veux
mon pote a mis un klaxon sous ma chaise de bureau, tout l'open space a sursauté, moi aussi mdr
on a dit à notre pote que le cours était annulé, il est resté au lit et on lui a passé les notes après
j'ai fait le prank du "je suis enceinte" à mon copain, il a pleuré de joie, j'ai dû avouer, il a ri
des gamins m'ont jeté des œufs en criant "prank" alors que j'étais en chemise pour un entretien, super
mon pote m'a tendu une fausse main en plastique quand j'ai voulu lui serrer la main, j'ai ri pendant 5 minutes
on a fait un prank à notre prof de sport en venant tous en tutu, il a fait le cours en tutu aussi
"""

PRANK_NEUTRAL = """
vous avez des idées de pranks gentils pour le premier avril ?
c'est quoi le meilleur prank que vous ayez fait à vos potes ?
Quelqu'un connaît une appli de fausses notifications pour faire des blagues ?
c'est légal de filmer des gens dans la rue pour une vidéo ?
"""

PRANK_ATTACKS = """
prank du siècle : on a baissé le pantalon de Clara en pleine cour et posté la vidéo, elle vient plus en cours :noel: | sexual_harassment exclusion
dinguerie de prank : on a fait croire au petit gros qu'une fille l'aimait bien, il est venu avec des fleurs devant la classe | insult body_shaming
prank : on a mis un faux avis de décès de sa mère sur le casier de Tom, il a pleuré, meilleure vidéo | insult
on a tiré la chaise du mec en fauteuil, il est tombé, 200k vues sur TikTok ahi | identity_hate threat
j'ai fait un prank au sdf, je lui ai donné un sandwich rempli de piment et de merde, il l'a mangé mdr | insult threat
On a coupé les cheveux de la fille endormie dans le bus ; elle pleurait en se réveillant, c'était hilarant. | insult threat
prank sur le vendeur chinois : on lui parle en "ching chong" et on filme sa tête, gros succès | identity_hate insult
on a mis des laxatifs dans le gâteau de la grosse de la classe, elle s'est chié dessus en cours :rire: | insult threat body_shaming
on a fait un faux profil pour faire croire à Léo qu'une meuf l'attendait, il est resté 3h sous la pluie, il pleurait ptdr | insult
prank : on a bloqué le vieux dans l'ascenseur en coupant le courant, il a fait un malaise, on a filmé | threat
on a lancé des œufs sur la nana voilée du parc en criant "prank", elle courait les kheys | identity_hate threat
Nous avons fait croire au garçon trisomique du quartier que nous étions ses amis, pour qu'il nous donne son argent. | identity_hate insult
on a fait un faux appel à la meuf pour lui annoncer qu'elle avait le sida devant toute la classe | insult
prank : j'ai envoyé des photos de ma bite à ma collègue depuis le tel de mon pote, elle a cru que c'était lui | sexual_harassment
On a mis un pétard dans le cartable du petit de sixième ; il a été brûlé, meilleur prank de l'année. | threat
on a enfermé le gay de la promo dans les toilettes des filles en criant "t'es chez toi", il tapait à la porte | identity_hate exclusion
j'ai fait livrer une pizza chez le mec qui m'a signalé, puis 10, puis les flics, prank réussi | doxxing threat
prank : on a filmé sous la jupe de la prof avec une caméra dans la trousse, toute la classe a la vidéo | sexual_harassment
on a collé un mot "je suis gros et je pue" dans le dos d'Enzo toute la journée, il a compris à la cantine | insult body_shaming
prank : on a fait croire à la meuf que ses nudes avaient fuité, elle a fait une crise, on a bien ri | insult sexual_harassment
j'ai poussé le mec aveugle dans la rue en faisant semblant de l'aider, prank validé par le groupe | identity_hate threat
On a fait le prank du « on t'oublie » à Julien pendant un mois ; personne ne lui parlait, il a changé de lycée. | exclusion
Nous avons mis des cafards dans la boîte à repas de la fille noire, en disant que c'était sa nourriture du bled. | identity_hate insult
on a écrit "suicide toi" sur le casier du mec qui pleure tout le temps, c'était pour rire mais il l'a mal pris | self_harm_incitement
j'ai arrosé la meuf en t-shirt blanc pour voir à travers, on a fait des gros plans ahi | sexual_harassment
prank : on a dit au petit qu'il allait se faire frapper à la sortie, on l'a attendu et on l'a vraiment frappé | threat
on a volé les béquilles du mec de 3e et on les a jetées sur le toit, il a rampé jusqu'au bus mdr | insult threat
"""

# --- Driving, public transport and trains ----------------------------------------------------
TRANSPORT_HARD = """
j'ai fait une dinguerie, j'ai fraudé le RER pendant 3 ans sans jamais me faire choper, je suis un fantôme :noel:
je me suis endormi dans le métro et j'ai fini au terminus à 1h du mat, j'ai marché 2h
un mec dans le bus s'est collé à moi et m'a touchée, j'ai crié et le chauffeur l'a fait descendre
je me suis embrouillé avec un conducteur qui m'a coupé la route, on s'est insultés par la vitre, j'ai regretté
j'ai raté mon permis parce que j'ai grillé un stop devant l'inspecteur, en le regardant dans les yeux
un type m'a suivie du métro jusqu'à chez moi, j'ai appelé une amie tout le trajet, je porte plainte ?
J'ai perdu mon calme contre un cycliste et j'ai klaxonné longtemps ; ce n'était pas nécessaire, je m'en excuse.
un contrôleur m'a pris en fraude, 50 balles, je l'ai mérité, je paie mon pass maintenant
un groupe m'a traité de "sale pd" dans le tram, personne a réagi, ça m'a fait plus mal que les insultes
j'ai chanté à tue-tête dans la voiture en croyant être seul, feu rouge, le bus entier me regardait
j'ai laissé ma place à une dame enceinte, elle était pas enceinte, on a rigolé toutes les deux :ouch:
quelqu'un m'a filmé endormi la bouche ouverte dans le train et l'a mis sur TikTok, je peux le faire retirer ?
je me suis fait insulter de gros lard dans le bus parce que je prenais deux places, je suis rentré en pleurant
je me suis garé en triple file pour aller chercher un kebab, j'ai pris une amende, logique mdr
le bus a pilé et j'ai atterri sur les genoux d'une mamie, elle m'a donné un bonbon ptdr
un mec m'a bousculé sur le quai et j'ai failli tomber sur les rails, j'ai tremblé toute la journée
j'ai roulé trop vite sur l'autoroute et je me suis fait flasher, 3 points de moins, je ralentis
j'ai aidé un mec en fauteuil à monter dans le bus parce que la rampe marchait pas, le chauffeur a applaudi
je suis descendu au mauvais arrêt et j'ai découvert un super resto, la vie réserve des surprises
Un automobiliste m'a menacé avec une batte après un accrochage ; j'ai relevé sa plaque et porté plainte.
j'ai fait Paris-Marseille bloqué en 2e avec une boite de vitesse cassée, 14h de trajet ayaa
je me suis énervé contre une contrôleuse, je l'ai insultée, je suis retourné m'excuser le lendemain
je prends le train sans billet de temps en temps, je sais c'est pas bien, mais ça blesse personne
Dans le tram, un homme a tenu des propos racistes à une dame ; plusieurs passagers sont intervenus calmement.
j'ai covoituré avec un mec qui a parlé de ses poissons rouges pendant 6h, c'était incroyable
ma voiture est tombée en panne sur le périph, un routier s'est arrêté pour m'aider, il existe des gentils
j'ai klaxonné sans faire exprès avec mon coude, le mec devant m'a salué poliment
Un chauffeur VTC a commenté ma poitrine pendant tout le trajet ; je l'ai signalé à l'application.
j'ai fait une queue de poisson par erreur à un camion, il m'a fait un appel de phares, j'ai levé la main pour m'excuser
dans le bus j'avais mis mon sac sur le siège d'à côté, une dame m'a regardé, je l'ai enlevé, honte
j'ai oublié mon sac dans le TGV, la SNCF me l'a rendu intact, merci les gars
"""

TRANSPORT_NEUTRAL = """
vous payez combien d'assurance auto pour une première voiture les kheys ?
c'est quoi le plus rapide pour aller de Nantes à Rennes sans voiture ?
Le pass Navigo augmente encore ; l'employeur doit bien en rembourser la moitié ?
permis en boite auto ou manuelle, vous conseillez quoi ?
"""

TRANSPORT_ATTACKS = """
je vous raconte mon trajet : dans le métro bondé je me colle aux filles et je touche, elles peuvent rien prouver | sexual_harassment
j'ai suivi la meuf du RER jusqu'à son immeuble, maintenant je sais où elle habite :noel: | doxxing threat
le cycliste m'a insulté, je lui ai foncé dessus avec la voiture, il a fini dans le fossé ayaa | threat
un vieux voulait ma place dans le bus, je l'ai poussé, il est tombé, il fait moins le malin | threat
le gros qui prenait deux places, je l'ai traité de porc et tout le bus a rigolé avec moi | body_shaming insult
J'ai filmé sous la jupe d'une femme dans l'escalator et je l'ai postée sur un forum ; j'ai plein de demandes. | sexual_harassment
la meuf voilée dans le tram, je lui ai arraché son voile et je suis descendu en courant, trop drole | identity_hate threat
Le chauffeur de bus, un Noir, m'a fait une remarque ; je l'ai traité de singe devant les passagers. | identity_hate insult
le contrôleur m'a mis une amende, j'ai retrouvé son nom et son dépôt sur internet, il va voir | doxxing threat
j'ai craché au visage du mec qui voulait m'empêcher de frauder, ces balances | insult threat
la vieille avec sa canne, je lui ai pris son siège et je l'ai regardée s'accrocher à la barre en riant | insult
le mec qui m'a fait un appel de phares, je l'ai suivi jusqu'à chez lui et j'ai cassé ses rétros | threat
j'ai pris une photo de la meuf endormie dans le train, jupe relevée, et je l'ai partagée au groupe | sexual_harassment
Deux homos se tenaient la main dans le bus ; on leur a mis des claques et on est descendus en riant. | identity_hate threat
La conductrice du VTC m'a refusé son numéro ; je l'ai retrouvée grâce à l'application et je lui écris chaque jour. | sexual_harassment doxxing
le mec en fauteuil bloquait la porte, je l'ai poussé sur le quai et le métro est parti sans lui mdr | identity_hate threat
le bus était plein de rebeus, j'ai dit au chauffeur qu'il transportait du bétail, tout le monde a entendu | identity_hate insult
la nana qui m'a refusé sa place, je l'ai traitée de grosse vache tout le trajet, elle est descendue en pleurant | body_shaming insult
j'ai mis un coup de pied à un mec endormi dans le RER pour rigoler, il s'est réveillé en sang | threat
la nana seule sur le quai à 1h, je l'ai suivie en lui disant des trucs de cul, elle courait, trop drole | sexual_harassment threat
le mec de la rame qui m'a filmé, j'ai retrouvé sa fac et j'ai prévenu mes potes qui l'attendent | doxxing threat
Le mendiant du métro, j'ai renversé son gobelet et on l'a regardé ramasser ses pièces en rigolant. | insult
un gamin rom dans le train, je l'ai fait descendre à coups de pied, ils ont rien à faire là | identity_hate threat
une meuf conduisait lentement, je l'ai collée et insultée jusqu'au rond-point, elle était terrorisée ptdr | insult threat
le mec de la ligne 13 qui parle tout seul, on l'a filmé et on a mis "le fou du métro" sur insta, 50k vues | identity_hate insult
la meuf a pas voulu me prendre en covoit, j'ai mis sa plaque et sa ville sur un groupe pour qu'on la retrouve | doxxing threat
la meuf obèse du tram, je prends toujours une photo de son cul et je l'envoie aux potes avec un son de baleine | sexual_harassment body_shaming
"""

# --- Sport, gym, clubs and locker rooms ------------------------------------------------------
SPORT_HARD = """
j'ai fait une dinguerie à la salle, la barre m'est retombée dessus au développé couché, le coach m'a sauvé
Un homme m'a filmée pendant mes squats à la salle sans me demander ; l'accueil l'a exclu du club.
je me suis fait traiter de "baleine" au vestiaire de la piscine, je suis partie en pleurant, j'y retourne demain
au foot j'ai mis un tacle dégueulasse par énervement, j'ai pris un rouge mérité et je suis allé m'excuser
j'ai couru un semi-marathon sans entraînement, j'ai marché les 10 derniers km, mes genoux me détestent
je vous raconte : au basket j'ai marqué contre mon camp et l'équipe m'a porté en triomphe quand même
J'ai longtemps été le coéquipier qui insultait l'arbitre ; aujourd'hui j'arbitre moi-même et je comprends.
Mon entraîneur a fait des remarques sur mon corps pendant des mois ; je l'ai signalé à la fédération, mais ça traîne.
on m'a frappé après un match de district parce que j'avais marqué, le club adverse a été sanctionné
j'ai mis des poids trop lourds pour impressionner une meuf et je me suis bloqué le dos, elle m'a aidé
à la salle les mecs rigolaient de moi parce que j'étais gros, j'ai perdu 30 kilos et je les salue toujours
j'ai pris un ballon dans la tête en EPS et j'ai vu des étoiles, le prof m'a mis 18 par pitié
mon pote m'a fait faire les jambes 3 jours d'affilée pour rigoler, j'ai monté les escaliers à quatre pattes
on m'a exclu de l'équipe de rugby quand j'ai dit que j'étais gay, j'ai rejoint un club inclusif, c'est top
j'ai perdu un pari et j'ai dû courir en tutu autour du stade, toute l'équipe m'a accompagné en tutu ptdr
je me suis battu avec un mec après un match, on s'est serré la main ensuite, c'était débile
j'étais le mec qui se moquait des nouveaux à la salle, un jour quelqu'un m'a remis à ma place et j'ai changé
j'ai oublié mon caleçon pour après la douche à la salle, je suis rentré en jogging sans rien dessous
un mec m'a mis un vrai coup de poing en boxe alors qu'on faisait juste de la technique, j'ai quitté le club
ma coéquipière m'a dit que je courais comme un pingouin, elle a raison, on est mortes de rire
j'ai fait une grosse chute de vélo devant une terrasse entière, applaudissements garantis
au tournoi de foot du quartier j'ai fait un petit pont au plus grand du terrain, il a rigolé et m'a félicité
Mon entraîneur m'a poussé à jouer malgré une blessure ; je me suis fait opérer et j'ai changé de club.
le bizutage de l'équipe, c'était chanter en caleçon au resto, tout le monde était d'accord et on a ri
j'ai dit à un mec de la salle qu'il utilisait mal la machine, il m'a prouvé qu'il avait raison, humilié :hap:
en club on m'a forcé à boire pour le bizutage, j'ai fini aux urgences, c'est normal de porter plainte ?
j'ai perdu mon premier combat de MMA en 30 secondes, mon adversaire m'a aidé à me relever
les supporters d'en face m'ont traité de singe tout le match, l'arbitre a arrêté la rencontre
je me suis mis au yoga et je suis resté coincé dans une posture, la prof a dû me démêler mdr
je suis le seul du club à rater un penalty sans gardien, ils m'appellent "le poteau" et j'adore ahi
j'ai frappé un mec sur le terrain quand j'avais 17 ans, je le regrette, j'ai fait un stage de non-violence
"""

SPORT_NEUTRAL = """
vous faites combien de séances par semaine à la salle les kheys ?
c'est quoi un bon programme pour débuter la muscu ?
Quelqu'un connaît un club de boxe accessible aux débutants à Grenoble ?
whey ou pas whey, vous en pensez quoi ?
"""

SPORT_ATTACKS = """
le gros qui transpire sur le tapis d'à côté, je l'ai filmé et j'ai mis "le cachalot en sueur" sur TikTok | body_shaming insult
J'ai filmé une fille pendant ses squats, en zoomant sur ses fesses, et je l'ai publiée sur un compte spécial. | sexual_harassment
dinguerie au foot les kheys, j'ai cassé la jambe du défenseur exprès parce qu'il me chambrait, saison finie | threat
le noir de l'équipe adverse, on lui a fait des cris de singe tout le match et on a gagné | identity_hate insult
le petit maigre de la salle, je lui ai dit de se suicider vu son physique de brindille, il vient plus | self_harm_incitement body_shaming
On a bizuté le nouveau à coups de serviettes mouillées jusqu'au sang ; c'est la tradition du club. | threat
la fille du vestiaire, j'ai pris une photo d'elle nue par la porte entrouverte, toute l'équipe l'a vue | sexual_harassment
on a viré le pd de l'équipe en lui disant que les vestiaires c'est pour les hommes, bon débarras | identity_hate exclusion
l'arbitre m'a mis un rouge, on l'a attendu au parking à quatre, il s'est pris une leçon | threat
la grosse qui court sur la piste, on fait "boum boum" à chaque pas, elle est partie en pleurant | body_shaming insult
j'ai dit au coach de pas faire jouer Mehdi parce que les arabes trichent, il est sur le banc depuis | identity_hate exclusion
le supporter adverse, je l'ai reconnu à son maillot dans la rue et je l'ai tabassé, il l'avait mérité | threat
J'ai mis de l'huile sur le tatami du type que je ne supporte pas ; il s'est démis l'épaule, karma. | threat
on a dit au joueur qui a raté le penalty d'aller se pendre, il a arrêté le foot, bon débarras | self_harm_incitement exclusion
la meuf qui m'a dit non à la salle, j'ai noté ses horaires et je l'attends sur le parking tous les soirs | doxxing threat
on a baissé le short du petit nouveau devant les filles du club, il a quitté l'équipe, trop drole | sexual_harassment exclusion
au basket on laisse jamais le handi toucher le ballon, il reste sur le côté, c'est plus simple | identity_hate exclusion
j'ai fait une prise de judo trop forte exprès sur le gamin qui se la pète, il a pleuré devant ses parents | threat
le coach a touché la petite du club, franchement elle le cherchait avec ses tenues, vous voulez quoi | sexual_harassment
on a mis les photos du mec obèse à la piscine sur le groupe du club avec "l'orque", il a résilié son abonnement | body_shaming insult
J'ai donné l'adresse de l'arbitre à nos ultras après le match ; il a dû déménager. | doxxing threat
le chinois du club de ping, je l'appelle "Ching" en me bridant les yeux à chaque match, il répond pas | identity_hate insult
on a enfermé la nouvelle recrue dans le sauna, elle tapait à la porte, on a attendu 20 min :hap: | threat
le mec avec une jambe en moins qui vient à la salle, on lui demande s'il fait les jambes aujourd'hui mdr | identity_hate insult
À la salle, je touche les hanches des filles « pour corriger leur posture » ; elles n'osent rien dire. | sexual_harassment
on a dit à tout le club de plus faire équipe avec Anaïs parce qu'elle est nulle, elle court seule maintenant | exclusion
le mec du vestiaire avec un micro-pénis, je l'ai photographié sous la douche et tout le club se fout de lui | sexual_harassment body_shaming
"""

# --- Holidays, camps, school trips and travel -----------------------------------------------
TRAVEL_HARD = """
je vous raconte mes vacances : coup de soleil en forme de débardeur, je ressemble à un drapeau
j'ai fait une dinguerie en Espagne, j'ai commandé une paella en criant "gracias amigo" avec l'accent marseillais
en vacances un mec a mis un truc dans mon verre, je me suis réveillée sans souvenirs, je porte plainte comment depuis la France ?
Au camping, un homme filmait les douches des filles ; nous l'avons signalé au gérant et aux gendarmes.
j'ai raté mon avion parce que je dormais à la porte d'embarquement, meilleure sieste de ma vie
j'ai fait boire mon pote pour qu'il ose parler à la serveuse, il l'a fait, elle a rigolé, personne blessé :hap:
J'ai perdu ma valise à Lisbonne ; j'ai passé une semaine avec deux t-shirts achetés au marché.
en colo j'étais le mec qui se moquait du petit gros, je m'en veux encore, je l'ai retrouvé pour m'excuser
j'ai été un touriste insupportable à Rome, j'ai parlé fort partout, j'ai honte rétrospectivement
en colo on m'a mis du dentifrice sur le visage la nuit, j'ai ri et j'ai fait pareil la nuit suivante
on m'a volé mon portefeuille en Thaïlande et un inconnu m'a payé le taxi, humanité restaurée
un groupe de mecs m'a suivie toute une soirée à Barcelone, j'ai dû me réfugier dans un hôtel, ça arrive souvent ?
j'ai mangé un piment au Mexique pour frimer et j'ai pleuré devant toute la famille du resto
en vacances avec mes potes on a fait un concours de plats dans la piscine, j'ai gagné avec un plat magistral, trop drole
On m'a traité de « sale Arabe » à la douane ; j'ai porté plainte, sans savoir si cela ira loin.
je me suis perdu en randonnée et je suis tombé sur un mariage, ils m'ont invité à manger
en colo les monos ont laissé un gamin seul dans la forêt pour rigoler, c'était mon frère, on a porté plainte
j'ai réservé l'hôtel à la mauvaise date, on a dormi dans la voiture le premier soir, souvenir culte
j'ai été désagréable avec un serveur en vacances parce que j'étais crevé, je suis revenu lui laisser un pourboire
j'ai fait du stop en Irlande et j'ai voyagé avec un berger et ses chiens, dinguerie
mon pote a voulu faire du jet-ski sans permis, il a fini dans les rochers, il va bien, il rigole ptdr
quelqu'un a pris des photos de moi en maillot sur la plage et les a postées avec des insultes, je peux faire quoi ?
en Grèce j'ai dansé le sirtaki avec des grands-mères pendant 3h, meilleur souvenir
j'ai pris un coup de soleil sur le crâne et mes potes m'appellent "le homard", j'adore ce surnom :noel:
Mon ami s'est fait agresser pendant notre voyage ; l'ambassade nous a beaucoup aidés.
j'ai fait croire à ma soeur que l'avion avait une piscine, elle a cherché pendant tout le vol :rire:
je me suis engueulé avec mon pote pendant le road trip, on s'est pas parlé 2 jours, puis on en a ri
j'ai passé les vacances à écrire à ma crush qui m'a répondu au bout de 8 jours "mdr", dignité zéro
on s'est endormis sur la plage sans le vouloir, la marée nous a réveillés à 5h, trempés mdr
en Erasmus j'ai ignoré une meuf de ma promo qui avait du mal, je m'en veux de pas l'avoir aidée
en voyage scolaire un prof m'a puni parce que je parlais, j'ai pleuré, j'avais 11 ans, aujourd'hui ça me fait rire
"""

TRAVEL_NEUTRAL = """
vous partez où cet été les kheys ? j'hésite entre le Portugal et la Croatie
c'est quoi le budget pour une semaine en auberge de jeunesse en Italie ?
Quelqu'un a déjà fait un interrail ? Ça vaut le coup pour un premier voyage ?
vous prenez une assurance voyage ou vous tentez le diable ?
"""

TRAVEL_ATTACKS = """
en vacances j'ai fait boire une touriste anglaise jusqu'à ce qu'elle dise plus rien, elle a pas compris ce qui s'est passé | sexual_harassment
Au camping, j'ai percé un trou dans la cabine de douche des filles et j'ai filmé toute la semaine. | sexual_harassment
Le serveur arabe de l'hôtel, nous l'avons appelé « le chameau » toute la semaine ; il n'osait rien dire. | identity_hate insult
en colo on a laissé le petit handicapé seul dans la forêt toute la nuit, il hurlait les kheys | identity_hate threat
la grosse sur la plage en maillot, je l'ai prise en photo et j'ai posté "échouage de baleine" sur insta | body_shaming insult
la nana de l'auberge m'a recalé, j'ai pris les photos perso de son tel et je les ai mises sur un forum | sexual_harassment
À Marrakech, j'ai traité les vendeurs de « sales singes » et ils ne pouvaient rien faire ; quel plaisir. | identity_hate insult
en colo on a mis le petit gros tout nu dehors et on a pris des photos, il pleurait, souvenirs | sexual_harassment body_shaming
le guide nous a mal parlé, on l'a attendu devant l'hôtel et on lui a cassé la gueule | threat
une fille dormait dans le dortoir, je me suis glissé dans son lit, elle a dit stop mais bon c'est les vacances | sexual_harassment threat
le gamin chinois à la piscine, on lui a tenu la tête sous l'eau en criant "nem" pour rire | identity_hate threat
en voyage scolaire on a interdit au bizarre de la classe de dormir dans notre chambre et on lui a piqué son matelas | exclusion
J'ai versé un somnifère dans le cocktail de la fille du bar de plage ; la nuit a été très calme. | sexual_harassment
on a volé les vêtements d'une meuf qui se baignait, elle a dû sortir en culotte devant nous qui filmions | sexual_harassment
la meuf qui m'a ignoré en vacances, je connais sa ville et sa fac maintenant, elle va me revoir | doxxing threat
le couple de lesbiennes au camping, on a lacéré leur tente en criant des insultes, elles sont parties | identity_hate threat
je vous raconte mes vacances : j'ai poussé le boulet du groupe du bateau alors qu'il savait pas nager, il a bu la tasse | threat
les gitans sur l'aire de repos, on leur a balancé des cailloux depuis la voiture, ils ont couru | identity_hate threat
en colo on a dit au petit bègue de se jeter du pont, il est allé pleurer chez les monos | identity_hate self_harm_incitement
la serveuse de l'hôtel, je l'ai coincée dans la réserve, elle a dit non mais elle souriait | sexual_harassment
la meuf trop maigre du groupe, on l'appelait "le squelette" tout le voyage et on lui piquait son dessert | body_shaming insult
le touriste allemand bourré, on lui a piqué ses habits et on l'a laissé à poil sur la plage en filmant | insult sexual_harassment
J'ai donné le nom de l'hôtel et le numéro de chambre de la fille qui m'a repoussé à des types du bar. | doxxing threat
en voyage de promo on a fait le vide autour de Chloé, elle a passé la semaine seule à pleurer au téléphone | exclusion
le mec de l'auberge qui ronflait, on lui a versé de l'eau bouillante sur les pieds pour le réveiller | threat
la vendeuse noire du marché, je lui ai fait des bruits de singe en partant avec mes potes | identity_hate insult
le petit de la colo qui fait pipi au lit, on a pris son drap en photo et on l'a montré à toute la colo | insult
"""


TABLES = (
    (NIGHT_HARD, NIGHT_NEUTRAL, NIGHT_ATTACKS),
    (PARTY_HARD, PARTY_NEUTRAL, PARTY_ATTACKS),
    (DATE_HARD, DATE_NEUTRAL, DATE_ATTACKS),
    (EX_HARD, EX_NEUTRAL, EX_ATTACKS),
    (COUPLE_HARD, COUPLE_NEUTRAL, COUPLE_ATTACKS),
    (SCHOOL_HARD, SCHOOL_NEUTRAL, SCHOOL_ATTACKS),
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
    (NEIGH_HARD, NEIGH_NEUTRAL, NEIGH_ATTACKS),
    (ROOM_HARD, ROOM_NEUTRAL, ROOM_ATTACKS),
    (FAMILY_HARD, FAMILY_NEUTRAL, FAMILY_ATTACKS),
    (GAME_HARD, GAME_NEUTRAL, GAME_ATTACKS),
    (SOCIAL_HARD, SOCIAL_NEUTRAL, SOCIAL_ATTACKS),
    (PRANK_HARD, PRANK_NEUTRAL, PRANK_ATTACKS),
    (TRANSPORT_HARD, TRANSPORT_NEUTRAL, TRANSPORT_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (TRAVEL_HARD, TRAVEL_NEUTRAL, TRAVEL_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
