"""Generate fr_short_celebs.csv: short French forum posts about public figures, criticism against attacks.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". The boards talk all day
about singers, rappers, actors, footballers, athletes, streamers, YouTubers, influencers,
reality-TV candidates, journalists and TV hosts, comedians, chefs, CEOs. Every public figure in
this file is invented (stage names such as Veyko, Lunéa, Kolodé, Baltazor, Mistrale, Tonton
Lazare, Kenza Lux, Cindy-Lou, Hélène Garvec); real shows, clubs, platforms and brands appear only
as context (PSG, Twitch, Koh-Lanta, Netflix, Top Chef). Attacks demean the person: insults, death
wishes, sexual remarks about their body, body shaming (weight, face, ageing, teeth), contempt for
their origin, religion, sexuality, gender or disability, threats, calls to raid their comments or
to find where they live, mocking their depression or their suicide attempt. Harmless lines use the
same people, events and words: harsh reviews of an album, a film, a match, a video, a menu, a
business decision; mockery of a flop; outrage at a scandal or a tax-evasion case; swearing aimed
at nobody; fans defending someone; posts quoting the insults a celebrity received to condemn them;
questions and gossip. Written as twins where possible (same person, same event, a harsh review
and an attack). 16 topics. Every line is 5 to 25 words. No extra variants.
See fr_short_celebs.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_celebs.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives criticise a work, a
# performance, a decision or a scandal, quote insults to condemn them, or defend someone, and
# demean nobody; neutral lines are ordinary posts on the topic.

# --- Rappers and singers -----------------------------------------------------------------------
RAP_HARD = """
le nouvel album de Veyko c'est une purge, 18 titres et pas un seul refrain qui reste en tete
Veyko a sorti un clip hier, franchement la prod est vide et le flow est recyclé :hap:
Sirkane en concert à Bercy, c'était catastrophique : il chantait faux et le son saturait.
jpp le featuring Lunéa x Kozzy B, on dirait deux morceaux collés au scotch
Shaïna Lox rappe mieux que la moitié du milieu, et les rageux diront encore qu'elle n'a pas de flow.
"sale pute", "grosse vache", c'est ce que Lunéa reçoit sous chaque post, les gens sont malades
Kozzy B a fait 4000 ventes en premiere semaine ptdr le flop historique :noel:
Mélo Ravel fait de la variété pour les grands-mères. Ce n'est pas mon style, mais il chante juste.
Le dernier single de Nahyla est d'une platitude rare : autotune à fond et texte de CM2.
ayaa Sirkane qui annule sa tournée trois jours avant, remboursez les billets bordel
je trouve que Veyko a perdu sa plume depuis qu'il a signé en major, dommage
les kheys vous pensez que Shaïna Lox va percer ou elle reste dans le rap de niche ?
Kozzy B clashe tout le monde sur X pour faire parler de lui et son morceau est nul, il fait du bruit pour rien
putain le refrain de Lunéa est bloqué dans ma tete depuis trois jours :fou:
Mélo Ravel a chanté en playback aux Victoires, c'est honteux pour un artiste de ce niveau.
Nahyla a répondu aux gens qui l'insultaient sur son poids, et elle a eu entièrement raison.
les rageux disent que Shaïna Lox a couché pour percer, c'est juste de la misogynie de base
En live, la voix de Lunéa n'est pas au niveau : elle doit travailler sa respiration.
Sirkane rappe la rue alors qu'il a grandi dans un pavillon, l'image est un peu fabriquée :rire:
j'ai écouté l'album de Veyko en entier, deux bons sons sur seize, c'est maigre
le clip de Kozzy B a coûté 200k et il ressemble à une pub pour déodorant
Ce texte est indigne d'un rappeur qui se dit engagé, Veyko nous prend pour des jambons.
Mélo Ravel qui fait son coming out à 35 ans, respect, ça a du etre dur dans ce milieu
vous trouvez pas que Nahyla copie trop les américaines ? meme la choré est pompée
Sirkane a dit que les femmes dans le rap c'est "un effet de mode", c'est lui le problème là
la prod de Shaïna Lox est lourde, le mixage est raté par contre, on entend pas sa voix
ptdr les kheys qui traitent Veyko de "vendu" parce qu'il a fait une pub Lidl, laissez le manger
Je déteste le style de Kozzy B, mais les menaces de mort qu'il reçoit sont inacceptables.
Lunéa a pris des kilos et alors ? sa voix est toujours aussi dingue, laissez la tranquille
Ce concert de Nahyla à l'Olympia était une arnaque : une heure cinq de show pour quatre-vingts euros.
Sirkane est fini artistiquement, il tourne en rond depuis trois albums :ok:
"""

RAP_NEUTRAL = """
quelqu'un a des places en trop pour Veyko au Zénith de Lille samedi ?
c'est quoi vos albums de rap français préférés de cette année les kheys
Lunéa sort un album acoustique en mars, le teaser est sorti ce matin
Vous écoutez quoi en ce moment ? Moi je suis bloqué sur du rap belge.
"""

RAP_ATTACKS = """
le nouvel album de Veyko c'est une purge, comme sa gueule de golem consanguin | insult
Veyko a sorti un clip hier, normal qu'il soit raté, on demande pas à un macaque d'écrire des textes | insult identity_hate
Sirkane en concert à Bercy ? J'espère qu'une enceinte lui tombera dessus et qu'il crèvera sur scène. | threat
Shaïna Lox rappe pas, elle suce des producteurs pour percer, tout le monde le sait :noel: | insult sexual_harassment
"sale pute", "grosse vache", Lunéa mérite chaque commentaire, qu'elle reste chez elle à bouffer | insult body_shaming
Kozzy B a fait quatre mille ventes. Qu'il se pende avec son câble de micro, ce raté. | insult self_harm_incitement
wsh Mélo Ravel chante comme une tafiole, normal pour un pd de la variét :hap: | insult identity_hate
Nahyla ne chante pas, elle remue son gros cul. C'est tout ce qu'elle sait faire. | sexual_harassment body_shaming
ayaa Sirkane annule sa tournée, il a replongé dans la coke ce drogué, j'espère qu'il fait une overdose bien méritée | insult threat
les kheys on raid les commentaires de Shaïna Lox, faut qu'elle arrête le rap cette truie | insult body_shaming exclusion
Lunéa a pris vingt-cinq kilos : on dirait une baleine échouée avec un micro. | body_shaming
Nahyla a répondu aux gens sur son poids ? ferme ta gueule grosse vache et fais un régime | insult body_shaming
Mélo Ravel qui fait son coming out, encore un pd de plus, qu'ils disparaissent tous de la télé | identity_hate exclusion
quelqu'un a l'adresse du studio de Veyko à Verlonges ? on va l'attendre à la sortie avec les gars | threat doxxing
ptdr Kozzy B il sourit avec ses dents pourries, ça pue de la bouche à travers l'écran | body_shaming
la voix de Lunéa en live c'est pas ça, et sa tete refaite au botox non plus, un monstre | insult body_shaming
Sirkane rappe la rue, le bougnoule de Versailles, rentre au bled avec ton flow de chameau | insult identity_hate
Shaïna Lox est trop bonne, je veux juste qu'elle se mette à quatre pattes dans le prochain clip | sexual_harassment
Veyko a perdu sa plume ; il devrait perdre la vie aussi, ce bouffon. | insult threat
Nahyla copie les Américaines, normal : une noiraude ne sait que singer les autres. | insult identity_hate
Sirkane a raison, les meufs dans le rap c'est juste des trous qui savent compter jusqu'à quatre | identity_hate sexual_harassment
Kozzy B reçoit des menaces ? tant mieux, j'espère que quelqu'un passe à l'acte ce fdp | insult threat
Lunéa, on sait où tu dors, ton immeuble rue des Tanneurs à Verlonges avec la porte bleue, fais gaffe | threat doxxing
Mélo Ravel en playback, il sait rien faire de ses mains à part branler des mecs en loge | identity_hate sexual_harassment
Ce concert de Nahyla était une arnaque : j'ai payé quatre-vingts euros pour regarder une grosse suer. | body_shaming
Veyko, ce fils de pute, je vais lui éclater la gueule si je le croise à Lille samedi. | insult threat
Sa dépression, Kozzy B l'a méritée. Qu'il aille au bout cette fois, personne ne le regrettera. | self_harm_incitement
"""

# --- Actors and films --------------------------------------------------------------------------
FILM_HARD = """
le dernier film de Bastien Lorrec c'est deux heures d'arnaque, j'ai dormi au milieu
Clémence Arvel joue faux dans toutes les scènes d'émotion, on n'y croit pas une seconde.
la série Netflix avec Yanis Dorel est une purge, scénario troué et dialogues gênants :ouch:
À soixante ans, Inès Valmy joue encore mieux que toutes les jeunes actrices. Quelle classe.
Thibaut Carmin a tourné le même film quatre fois, il faudrait qu'il se renouvelle.
"elle a couché avec le réal", c'est ce qu'on lit sous chaque rôle d'Aya Koudri, ça me dégoute
ptdr Bastien Lorrec qui joue un flic du 93 avec l'accent du 16e, le casting est raté
le César pour Clémence Arvel ? sérieux ? la performance était plate de bout en bout
les kheys vous pensez que Yanis Dorel va jouer dans le prochain Marvel ? y a des rumeurs
Aya Koudri a parlé des insultes racistes qu'elle reçoit depuis son rôle. Soutien total.
Inès Valmy a refusé la chirurgie et elle l'assume, les gens qui la critiquent ont 12 ans
le film de Thibaut Carmin a fait un four au box-office, 90 000 entrées, aie :noel:
Bastien Lorrec a défendu un réalisateur accusé d'agression, sa prise de position est honteuse.
Clémence Arvel en interview elle a l'air hautaine, ça passe mal, son attaché de presse doit bosser
Yanis Dorel a pris quinze kilos pour son rôle de boxeur, la transformation est impressionnante.
ahi ce navet avec Yanis Dorel, j'ai demandé le remboursement de ma place au ciné
On peut critiquer le jeu d'Aya Koudri sans parler de ses origines, merci.
Thibaut Carmin est un très mauvais directeur d'acteurs : tout le monde récite son texte.
Inès Valmy a l'air fatiguée dans ce film, mais elle joue une mère en deuil.
la bande annonce du film de Bastien Lorrec spoile tout, qui a monté ce truc :fou:
Clémence Arvel dit que le cinéma français est "trop blanc", perso je suis d'accord avec elle
le doublage de Yanis Dorel en anglais est horrible, il aurait du garder les sous-titres
j'ai vu le nouveau Carmin en avant-première, c'est long, c'est lent, c'est vide
le chèque qu'a touché Bastien Lorrec pour ce navet, c'est indécent vu le résultat
Aya Koudri est magnifique dans ce rôle, meilleure révélation de l'année pour moi
Clémence Arvel a annoncé son divorce en plein festival de Cannes, quel timing bizarre
pourquoi Yanis Dorel joue toujours le meme mec ténébreux qui parle pas ? ça devient une parodie
les commentaires qui traitent Inès Valmy de "vieille peau" sont pathétiques, elle est iconique
Bastien Lorrec a été nul ce soir aux César, son discours était interminable et creux
Je boycotte les films de Thibaut Carmin depuis ses propos sur les victimes, c'est mon choix.
le film de Clémence Arvel sur Canal+ hier etait correct, sans plus, elle méritait un meilleur scénario
"""

FILM_NEUTRAL = """
quelqu'un sait quand sort le prochain film de Thibaut Carmin en salles ?
vous regardez les César ce soir ou vous vous en foutez ?
le tournage de la série avec Aya Koudri a lieu à Marseille cet été
Vous conseillez quoi comme film français récent ? J'ai un long trajet en train.
"""

FILM_ATTACKS = """
le dernier film de Bastien Lorrec c'est une arnaque, comme sa tronche de pédophile | insult
Clémence Arvel joue faux, elle est meilleure à genoux sous le bureau du producteur :noel: | insult sexual_harassment
La série Netflix avec Yanis Dorel est une purge : encore un rebeu casé pour les quotas. | identity_hate
À soixante ans, Inès Valmy devrait crever au lieu de montrer sa peau fripée à l'écran. | threat body_shaming
Aya Koudri a couché avec le réal c'est sur, une beurette ça sait faire que ça | identity_hate sexual_harassment
ptdr Bastien Lorrec le casting est raté, ce bouffon a une gueule de consanguin | insult body_shaming
le César pour Clémence Arvel ? elle a sucé tout le jury ou quoi cette salope | insult sexual_harassment
Aya Koudri se plaint des insultes racistes, ferme ta gueule et rentre dans ton pays si t'es pas contente | insult identity_hate exclusion
Inès Valmy a refusé la chirurgie, ça se voit, une vieille sorcière toute ridée qui fait peur aux enfants | insult body_shaming
Bastien Lorrec défend un agresseur ? J'espère qu'il se fera agresser à son tour, ce porc. | insult threat
Clémence Arvel hautaine ? elle a besoin d'une bonne bite pour se calmer | sexual_harassment
ayaa Yanis Dorel a pris 15 kilos, le gros porc, il a plus qu'à jouer les frigos | insult body_shaming
ahi ce navet avec Yanis Dorel, ce crouille joue comme il vole, mal | insult identity_hate
Thibaut Carmin est un mauvais directeur d'acteurs, et un youpin comme tous les producteurs. | identity_hate
Inès Valmy a l'air fatiguée, normal à son âge, qu'elle aille mourir en EHPAD et laisse la place | insult threat
Clémence Arvel trouve le cinéma "trop blanc" ? Cette gauchiste mérite une balle. | insult threat
Aya Koudri est bonne dans ce rôle, surtout la scène en sous-vêtements, j'ai fait pause 20 fois | sexual_harassment
pourquoi Yanis Dorel joue toujours le ténébreux ? parce qu'avec sa gueule de terroriste on lui propose que ça | insult identity_hate
les kheys on retrouve la maison de Clémence Arvel, elle habite au bord du lac de Verlonges il parait | doxxing
Le film de Thibaut Carmin a fait un four. Il n'a plus qu'à se tirer une balle, ce raté. | insult self_harm_incitement
Bastien Lorrec a été nul aux César, de toute façon c'est une tarlouze qui sait que pleurnicher | insult identity_hate
Je boycotte Thibaut Carmin et j'ai son numéro perso, je le balance dans le topic ce soir. | doxxing
Clémence Arvel divorce, normal, qui voudrait baiser une planche à pain pareille | sexual_harassment body_shaming
Aya Koudri magnifique ? une guenon avec une perruque oui :rire: | insult identity_hate
on spamme les DM d'Inès Valmy avec des photos de cercueil, qu'elle comprenne le message | threat
Yanis Dorel en anglais c'est horrible, comme sa voix de fiotte d'ailleurs | insult identity_hate
Le chèque de Bastien Lorrec pour ce navet ? J'espère qu'il le dépensera en chimio, ce salaud. | insult threat
"""

# --- Footballers and transfers -----------------------------------------------------------------
FOOT_HARD = """
Kolodé a joué comme une brêle hier soir, trois occasions ratées seul face au gardien
Quatre-vingts millions pour Sanvito, c'est du vol : il a fait une saison correcte, rien de plus.
Ferrandol sort de sa cage comme un poulet sans tête, l'OM doit recruter un gardien
Lukas Brennwald est lent, il se fait déposer à chaque contre. Il faut le mettre sur le banc.
"sale singe", "retourne en Afrique", voilà ce que Mbakré a lu après le match, honte à ces gens
le transfert d'Ibarrazu au Qatar c'est purement pour l'argent, il l'assume au moins
Castagnet est le pire entraîneur de l'histoire du club, ses changements sont incompréhensibles.
ayaa Kolodé qui tire un penalty en panenka et le rate, le mec s'est cru au five :rire:
Sanvito a craché sur le maillot en partant, je lui en veux à mort en tant que supporter
Ferrandol a reçu des menaces après sa boulette, c'est du foot, calmez vous les fous
Léna Brossac a marqué un triplé en D1 Arkema et personne en parle, c'est ça le foot féminin
Mbakré a dix-neuf ans. Laissez-le grandir avant de le démolir après chaque match.
Brennwald a simulé comme un acteur de théâtre, le carton jaune était mérité.
les kheys vous pensez qu'Ibarrazu revient en Europe l'été prochain ?
Kolodé a déclaré qu'il voulait partir, il a manqué de respect au club et aux supporters
Le PSG a payé Kolodé une fortune pour un joueur qui disparaît dans les grands matchs.
Sanvito manque de rythme depuis sa blessure, il a l'air lourd, il doit retrouver la forme
Castagnet qui dit "on a bien joué" après un 0-4, il se fout de notre gueule
le débat de Léna Brossac sur l'écart de salaires avec les hommes, elle a raison sur le fond
Ibarrazu a été condamné pour fraude fiscale en Espagne, c'est honteux pour un millionnaire.
Ferrandol a fait une dépression après la finale, il en parle dans son interview, respect pour sa franchise
putain de merde ce match, on prend un but à la 94e encore, je suis dégoûté
Kolodé a célébré son but en se moquant des ultras. C'est puéril, mais bon.
Les insultes homophobes dans les tribunes contre Brennwald doivent être sanctionnées, point.
Mbakré est encore trop court techniquement pour la Ligue des champions.
je suis fan de Sanvito depuis ses débuts, ceux qui le lâchent après un mauvais match sont des girouettes
Castagnet viré demain ? j'espère, le projet est mort avec lui
Mbakré ne chante pas la Marseillaise, c'est son choix et franchement on s'en fiche
Kolodé a fait une dinguerie ce soir, doublé et passe dé, je retire tout ce que j'ai dit :hap:
Brennwald au mercato ? personne en voudra avec son salaire de ministre :noel:
"""

FOOT_NEUTRAL = """
qui regarde PSG OM dimanche ? vous faites des pronos ?
le mercato ferme jeudi, vous attendez quelle signature ?
Ferrandol a prolongé jusqu'en 2028 d'après le communiqué du club
c'est quoi la compo probable pour la Ligue des champions mardi ?
"""

FOOT_ATTACKS = """
Kolodé a joué comme une brêle, normal c'est un singe, faut le renvoyer dans sa brousse | insult identity_hate
80 millions pour Sanvito ? ce fils de pute mérite qu'on lui casse les deux jambes | insult threat
Ferrandol sort comme un poulet sans tête. Qu'il crève dans un accident de voiture, ce nul. | insult threat
Lukas Brennwald est lent, normal c'est un boche avec un cerveau de saucisse | insult identity_hate
"sale singe, retourne en Afrique", Mbakré le mérite après le match qu'il a fait :noel: | identity_hate exclusion
Ibarrazu part au Qatar. J'espère que son avion s'écrase, ce mercenaire de merde. | insult threat
Castagnet est le pire coach, on a trouvé son adresse à Pont-Sévrin, on va l'accueillir | threat doxxing
Sanvito a craché sur le maillot, on sait où vit sa famille, dis à ta mère de fermer ses volets | threat doxxing
Ferrandol a reçu des menaces ? Pas assez. Il faut aller lui rendre visite au centre d'entraînement. | threat
Léna Brossac un triplé ? une gouine qui joue contre des gouines, on s'en bat les couilles | insult identity_hate
Mbakré 19 ans et déjà fini, va te pendre petit con, personne veut de toi au club | insult self_harm_incitement exclusion
Brennwald a simulé comme une pédale, c'est pour ça qu'on l'appelle la folle du vestiaire | insult identity_hate
Kolodé a manqué de respect au club, on l'attend à la sortie du Camp des Loges avec des battes | threat
Sanvito a le ventre d'une femme enceinte ; ce gros lard doit manger à chaque mi-temps. | insult body_shaming
putain Castagnet qui dit "on a bien joué", ce vieux déchet doit crever sur son banc | insult threat
Léna Brossac veut le même salaire que les hommes ? retourne faire la vaisselle pétasse | insult identity_hate
Ibarrazu est un fraudeur, comme tous les Espingouins. Une race de voleurs. | identity_hate
Ferrandol en dépression ? qu'il se jette du toit du stade, ça fera un gardien de moins à payer | self_harm_incitement
Kolodé se moque des ultras, on va tous lui envoyer la photo de sa maison avec une croix dessus | threat doxxing
Brennwald mérite chaque insulte homophobe : les pédés n'ont rien à faire sur un terrain. | identity_hate exclusion
Mbakré trop court techniquement, et en plus il a une tête de gorille, le combo | identity_hate body_shaming
Les girouettes ont raison : Sanvito est un traître qui mérite une balle dans le genou. | threat
Castagnet sera viré demain, et j'espère que son cancer reviendra, à ce vieux salaud. | insult threat
Mbakré chante pas la Marseillaise, normal c'est un bougnoule, qu'il dégage de l'équipe de France | identity_hate exclusion
Kolodé, fais gaffe à ta femme et à tes gosses quand tu rentres de l'entraînement. | threat
Brennwald et son salaire de ministre, sa femme c'est une pute qui passe sous tout le vestiaire | insult sexual_harassment
Léna Brossac est pas mal pour une footeuse, je la prendrais bien dans les vestiaires :noel: | sexual_harassment
"""

# --- Other athletes: tennis, MMA, cycling, boxing, the Olympics ---------------------------------
SPORT_HARD = """
Aurore Delmazure a perdu au premier tour de Roland-Garros avec 17 doubles fautes, inadmissible à ce niveau
Karim Taberi a été ridicule à l'UFC, il s'est fait soumettre en deux minutes :rire:
Vacquier a craqué dans le Tourmalet : il n'a jamais eu le moteur pour gagner le Tour.
Océane Trély a raté la finale aux Jeux, elle doit clairement changer d'entraîneur.
"sale grosse", "retourne à la cuisine", c'est les messages qu'Aurore Delmazure a montrés en conf, répugnant
Balcet a perdu par KO et il accuse l'arbitre. Mauvais perdant, comme toujours.
Maïssa Dolo a été contrôlée positive. Si c'est confirmé, elle doit être suspendue.
Vacquier dopé ? on a aucune preuve, arrêtez de balancer des rumeurs les kheys
ptdr Taberi qui fait le malin à la pesée et qui finit au tapis au premier round
Emma Lagrue a 16 ans, les commentaires sur son corps sous ses vidéos sont dégueulasses, signalez
Delmazure casse sa raquette à chaque match, elle doit sérieusement travailler son mental.
Océane Trély parle de sa dépression après les Jeux, c'est courageux de sa part
Balcet a annoncé sa retraite, carrière moyenne mais il a donné du spectacle
Taberi a fait une déclaration douteuse sur les homosexuels, la fédération devrait le sanctionner.
les kheys c'est moi ou le niveau du tennis français est catastrophique cette année
Maïssa Dolo court plus vite que tout le monde, et on ne parle que de sa coiffure. Ridicule.
Vacquier a dit qu'il voulait tuer la course dans la dernière montée, quel panache
Aurore Delmazure gagne le double mixte, enfin un titre, elle l'a mérité
La carrière de Balcet est une longue arnaque : il a choisi des adversaires faciles pendant dix ans.
Océane Trély poste en bikini sur Insta et les mecs se lâchent en commentaire, elle fait ce qu'elle veut
Taberi a pris cher au visage, il va avoir besoin de repos avant son prochain combat
Nolwenn Kerbrivet est tombée au premier tour du judo, quelle déception après sa saison
Delmazure a insulté l'arbitre de chaise, l'amende est méritée. On ne peut pas faire ça.
Maïssa Dolo est devenue maman et elle revient sur la piste, la force mentale
je supporte Vacquier depuis le Dauphiné, les gens qui l'enterrent ont la mémoire courte
le combat Taberi Balcet est truqué à 100 %, personne me fera croire le contraire :noel:
Emma Lagrue chute à la poutre, elle a le niveau mais la pression l'a mangée
Putain ce sprint final de Dolo, j'en ai eu des frissons devant ma télé
Nolwenn Kerbrivet on la traite d'homme parce qu'elle est musclée, c'est juste une athlète de haut niveau
Océane Trély a arrêté sa carrière à 24 ans, c'est son choix et sa santé avant tout
"""

SPORT_NEUTRAL = """
vous regardez le Tour de France cette année ? l'étape de montagne est samedi
c'est quand le prochain gala UFC à Paris les kheys
Aurore Delmazure joue son huitième de finale demain à 14h
Quels sports vous suivez le plus aux JO ? Moi l'escrime et l'aviron.
"""

SPORT_ATTACKS = """
Aurore Delmazure a perdu au premier tour, la grosse vache sait pas courir avec ses cuisses de jambon | insult body_shaming
Karim Taberi soumis en deux minutes, normal un bicot ça se couche vite | insult identity_hate
Vacquier a craqué dans le Tourmalet. J'espère qu'un camion le renversera à l'entraînement. | threat
Océane Trély a raté sa finale, trop occupée à montrer son cul sur Insta cette salope | insult sexual_harassment
"sale grosse, retourne à la cuisine", Aurore Delmazure l'a bien cherché avec son jeu de merde | insult identity_hate body_shaming
Balcet a perdu par KO, dommage qu'il soit pas mort sur le ring ce déchet | insult threat
Maïssa Dolo est positive, normal : chez les Africains, ils se dopent tous comme des bêtes. | identity_hate
Taberi fait le malin à la pesée, on va le retrouver dans sa salle à Morvaux, il fera moins le fier | threat doxxing
Emma Lagrue a 16 ans mais elle a déjà un corps de femme, bien foutue, je dis ça je dis rien | sexual_harassment
Delmazure casse sa raquette ? Qu'elle se casse les poignets aussi, cette hystérique. | insult threat
Océane Trély est en dépression ? La prochaine fois, qu'elle se noie pour de vrai dans sa piscine. | self_harm_incitement
Taberi contre les homosexuels ? il a raison, les pd faut les frapper dans la cage | identity_hate threat
Maïssa Dolo et sa coiffure de guenon, pas étonnant qu'on en parle | insult identity_hate
Vacquier a dit qu'il voulait tuer la course ; moi, c'est lui que je veux tuer, ce tricheur. | insult threat
Océane Trély en bikini, 7 sur 10, les seins trop petits mais le cul rattrape | sexual_harassment body_shaming
Taberi a pris cher au visage, déjà qu'il était laid, là c'est Quasimodo en jogging :rire: | body_shaming
Nolwenn Kerbrivet est tombée au premier tour. Cette camionneuse devrait se faire opérer pour devenir un vrai homme. | identity_hate body_shaming
Delmazure a insulté l'arbitre ? qu'on la raye du circuit à vie, et qu'on l'insulte à chaque match cette connasse | insult exclusion
Maïssa Dolo maman ? qui a bien pu engrosser ce cheval | insult body_shaming
Vacquier, on a l'adresse de son hôtel pendant le Tour, on va lui péter la gueule cette nuit | threat doxxing
Emma Lagrue chute à la poutre, ça lui apprendra à faire la belle, dommage qu'elle se soit pas brisé la nuque | threat
Nolwenn Kerbrivet c'est un homme, faut lui vérifier entre les jambes avant chaque combat | identity_hate sexual_harassment
Océane Trély arrête à 24 ans, tant mieux, personne voulait voir sa sale gueule de lavabo | insult body_shaming
Balcet prend sa retraite : il peut maintenant aller se foutre en l'air dans son garage, ce raté. | insult self_harm_incitement
le combat Taberi Balcet, deux macaques qui se battent pour une banane | insult identity_hate
Aurore Delmazure double mixte, elle a dû coucher avec son partenaire pour ça, la chienne | insult sexual_harassment
Maïssa Dolo court vite, normal : elle a l'habitude de fuir la police au bled. | identity_hate
"""

# --- Streamers on Twitch -----------------------------------------------------------------------
TWITCH_HARD = """
le stream de Baltazor hier c'était 6 heures de blabla sur rien, je me suis endormi
ZeroFrag a rage quit en ranked et cassé son clavier, le clip a fait 2 millions de vues :rire:
Gribouille fait des placements de produit pour des casinos en ligne, c'est dégoûtant pour un public jeune.
"crève", "va te pendre", Toxik_Tom a montré ses DM en live, les gens sont vraiment atteints
Krypto_Lou a promu une crypto qui s'est effondrée, il doit rendre des comptes à sa communauté.
les kheys vous trouvez pas que Baltazor est devenu chiant depuis qu'il fait que du GTA RP
ZeroFrag a perdu trois mille spectateurs en un mois, son contenu tourne en rond.
Le Sage Ronan a annoncé une pause pour burn-out, prends soin de toi mec
Toxik_Tom porte bien son pseudo, il insulte ses modos en live, c'est un comportement nul
ayaa le ZEvent cette année, Gribouille a récolté moins que l'an dernier, les gens ont moins de thunes
Baltazor est passé sur Kick pour le chèque. C'est son droit, mais il perd en crédibilité.
le raid de ZeroFrag sur le petit streamer c'était trop beau, le mec pleurait de joie
Krypto_Lou dit qu'il a "rien à voir" avec l'arnaque :noel: personne le croit dans le chat
Gribouille joue tellement mal à Elden Ring que c'en est devenu un mème, j'adore
On arrête de dire que Toxik_Tom est "fini", il fait toujours 10 000 viewers le soir.
Le Sage Ronan a dit des trucs limites en 2016, il s'est excusé, on passe à autre chose
Baltazor qui s'énerve parce que le chat le spoile, les viewers sont des trolls aussi
Je défends ZeroFrag : ceux qui le harcèlent pour un tweet de 2015 sont pires que lui.
Toxik_Tom a été banni sept jours de Twitch pour propos homophobes, la sanction est méritée.
ptdr Gribouille a oublié de couper son micro et on l'a entendu ronfler pendant 20 minutes
Krypto_Lou a encore des fans qui le défendent, c'est une secte à ce niveau
Baltazor a annoncé en live qu'il est bi, et le chat a été très bienveillant. Ça fait plaisir.
Le Sage Ronan explique qu'il a reçu son adresse dans un DM anonyme, il a porté plainte
le setup de ZeroFrag coûte 15k et son stream a toujours un son dégueulasse, c'est fou
Gribouille a pris du poids pendant ses streams de 12h, il en parle lui-même et il fait du sport maintenant
La modération du chat de Toxik_Tom est inexistante, c'est pour ça que ça dégénère chaque soir.
Krypto_Lou a perdu toute crédibilité après cette histoire, je vois pas comment il remonte la pente
Baltazor est drôle, mais ses blagues sur les handicapés en live étaient vraiment gênantes.
putain ZeroFrag qui clutch un 1v4 en finale, le chat a explosé, quel moment
Le Sage Ronan revient de pause, il a l'air en forme, bon retour khey
"""

TWITCH_NEUTRAL = """
quel streamer vous regardez le soir en ce moment ?
le planning de Baltazor cette semaine c'est quoi ? il stream jeudi ?
Il faut combien de viewers pour vivre de Twitch à peu près ?
le ZEvent commence vendredi à 18h si je dis pas de bêtise
"""

TWITCH_ATTACKS = """
le stream de Baltazor c'était 6 heures de blabla, ce gros porc devrait se suicider en live | insult self_harm_incitement body_shaming
ZeroFrag a rage quit, j'espère qu'il s'électrocute avec son clavier ce fils de pute | insult threat
"crève, va te pendre", Toxik_Tom le mérite, on continue les DM les kheys | threat self_harm_incitement
Krypto_Lou a promu une arnaque, son adresse c'est 12 allée des Saules à Verlonges, allez le voir | threat doxxing
Baltazor fait que du GTA RP, normal ce pd adore se faire prendre par des flics | identity_hate sexual_harassment
ZeroFrag a perdu 3000 viewers, normal avec sa tronche de rat personne veut le regarder | insult body_shaming
Le Sage Ronan en burn-out ? La prochaine étape, c'est la corde. Aidons-le un peu. | self_harm_incitement
on raid le chat de Gribouille ce soir, spam "gros lard" jusqu'à ce qu'il coupe le stream | insult body_shaming exclusion
Krypto_Lou prétend qu'il n'a rien à voir ? Ce youpin nous a volés comme tous ceux de sa race. | identity_hate
Baltazor est passé sur Kick ; ce traître de merde mérite qu'on brûle sa maison. | insult threat
Toxik_Tom banni pour homophobie ? Bien fait. Maintenant, il faut le retrouver et lui casser les dents. | threat
Gribouille joue mal, normal : c'est un mongol, il devrait jouer à des jeux pour trisomiques. | insult identity_hate
Baltazor a annoncé qu'il est bi, on unfollow tous ce pédé et on le fait dégager de Twitch | identity_hate exclusion
Le Sage Ronan a reçu son adresse ? je la reposte ici, 8 rue du Moulin à Saint-Aubrac | doxxing
mdr Gribouille a pris du poids, on dirait un cachalot devant son écran, dégueulasse | body_shaming
Toxik_Tom mérite de crever, je connais un mec qui bosse dans son immeuble à Pont-Sévrin :noel: | threat doxxing
ZeroFrag qui clutch ? même avec un aimbot ce mongolito reste un golem puant | insult identity_hate
Les fans de Krypto_Lou sont une secte ; qu'il se fasse sauter le caisson comme un vrai gourou. | self_harm_incitement
jpp Baltazor qui s'énerve contre le chat, va niquer ta mère Baltazor, tu pues la merde | insult
Le Sage Ronan revient de pause, dommage, on espérait tous qu'il ait fini six pieds sous terre | threat
ZeroFrag harcelé pour un vieux tweet ? tant mieux, continuez jusqu'à ce qu'il supprime son compte et sa vie avec | self_harm_incitement exclusion
Gribouille ronfle en live, ce tas de graisse va crever d'apnée du sommeil et tant mieux | threat body_shaming
Toxik_Tom, si je te croise à la Paris Games Week je t'égorge devant ta commu. | threat
Baltazor se moque des handicapés, mais l'attardé, c'est lui, avec sa gueule de travers. | insult body_shaming
Krypto_Lou, ce sale escroc juif : nous savons tous qui tire les ficelles derrière. | identity_hate
Baltazor passe sa vie devant sa cam, ce puceau doit se branler sur ses viewers mineures | insult sexual_harassment
le setup de ZeroFrag coûte 15k, dommage que sa mère soit gratuite, tout le monde lui passe dessus | insult sexual_harassment
"""

# --- YouTubers ---------------------------------------------------------------------------------
YOUTUBE_HARD = """
la dernière vidéo de Tonton Lazare est une pub de 20 minutes déguisée, j'ai décroché
Pixel Marco fait des miniatures racoleuses avec des flèches rouges partout, ce n'est plus possible.
les Frères Vadrouille font des pranks dangereux sur des passants, faut les signaler à YouTube
"gros porc", "sale arabe", Kamel Zapping a lu ses pires commentaires en vidéo, il reste digne
Léo Bricolo a monté une étagère de travers pendant 15 minutes, il est meilleur au montage qu'au bricolage :rire:
Sarah Mirabel a menti sur son voyage sponsorisé et l'avoue dans sa story. C'est grave.
Dr Quentin Science a fait une erreur énorme sur les vaccins, il a publié un correctif, respect
Kamel Zapping réagit aux vidéos des autres sans rien ajouter, c'est du vol de contenu.
ayaa Tonton Lazare qui pleure dans sa voiture pour la 4e fois cette année, la recette marche
Pixel Marco a perdu deux cent mille abonnés après son clash, le public a choisi son camp.
les Frères Vadrouille ont été condamnés à une amende pour un prank dans le métro, logique
Sarah Mirabel parle de son endométriose en vidéo, ça aide beaucoup de femmes. Merci à elle.
je trouve que les vidéos de Léo Bricolo sont trop longues mais il est sympa
Dr Quentin Science s'est fait démonter par un chercheur en commentaire, il aurait du vérifier
Tonton Lazare a fait une vidéo "je quitte YouTube" et il a reposté trois jours après, la blague de l'année
Pixel Marco est accusé d'avoir harcelé une ex ; si c'est vrai, il doit répondre devant la justice.
les kheys c'est normal que les vidéos de Kamel Zapping fassent 2 millions de vues ? j'y comprends rien
Sarah Mirabel fait des vidéos "ma routine du matin" à 5h, c'est irréaliste et toxique pour les ados
Les Frères Vadrouille, c'est un humour de collège, mais ma petite soeur adore.
Dr Quentin Science a dit que l'astrologie c'est du vent et les astrologues l'ont harcelé, soutien
Léo Bricolo a fait son coming out en vidéo, les commentaires sont adorables pour une fois
Tonton Lazare vend une formation à 997 euros pour "devenir riche". C'est une arnaque pure.
Pixel Marco a un accent du Nord, et alors ? ceux qui se moquent sont des gamins
Kamel Zapping a dit des conneries sur l'Ukraine, il devrait rester sur les mèmes
ptdr la vidéo de Sarah Mirabel qui goûte des insectes, elle a vomi en direct
Les Frères Vadrouille ont arrêté, l'un des deux a une maladie grave, je leur souhaite de s'en sortir
putain Dr Quentin Science sort une vidéo de 2h sur les trous noirs, je bloque ma soirée
Tonton Lazare a révélé le salaire de son monteur pour se moquer de lui. C'est minable.
je regardais Pixel Marco au collège, aujourd'hui sa chaîne c'est un catalogue de gourdes
Léo Bricolo répond à ses haters avec une vidéo pleine d'humour, la classe
"""

YOUTUBE_NEUTRAL = """
vous regardez quoi comme youtubeurs français en ce moment ? je cherche de la vulga
la vidéo de Léo Bricolo sur la rénovation de sa grange sort dimanche
c'est quoi le meilleur logiciel de montage pour débuter sur YouTube ?
Combien paie YouTube pour mille vues environ ? J'entends des chiffres très différents.
"""

YOUTUBE_ATTACKS = """
la dernière vidéo de Tonton Lazare est une pub, ce gros porc ferait mieux de crever dans sa bagnole | insult threat body_shaming
Pixel Marco fait des miniatures putaclic, ce sale consanguin avec ses dents pourries | insult body_shaming
Les Frères Vadrouille font des pranks ? On devrait leur en faire un avec un couteau. | threat
"gros porc, sale arabe", Kamel Zapping l'a bien mérité, qu'il retourne réagir au bled | identity_hate exclusion
Léo Bricolo monte une étagère de travers, comme tout ce que font les tapettes :noel: | insult identity_hate
Sarah Mirabel a menti, normal : c'est une pute à sponsors qui écarte les cuisses pour un billet d'avion. | insult sexual_harassment
Dr Quentin Science s'est trompé, ce bigleux avec ses dents de lapin ferait mieux de fermer sa gueule | insult body_shaming
Kamel Zapping vole du contenu comme ceux de sa race volent des scooters. | identity_hate
Tonton Lazare pleure dans sa voiture ; la prochaine fois qu'il fonce dans un mur, nous applaudirons. | self_harm_incitement
Pixel Marco accusé de harcèlement, on a trouvé sa nouvelle adresse à Verlonges, on y va ce week-end | threat doxxing
Sarah Mirabel et son endométriose, ça lui apprendra à ouvrir les cuisses à tout le monde | insult sexual_harassment
Dr Quentin Science s'est fait démonter ; ce sous-homme devrait se jeter sous un train. | insult self_harm_incitement
Les Frères Vadrouille ont une maladie grave ? enfin une bonne nouvelle, qu'ils crèvent tous les deux | threat
Sarah Mirabel se lève à 5h pour planquer sa gueule de cheval sous le maquillage | body_shaming
Léo Bricolo coming out, encore un pd qui va contaminer les gosses, faut le bannir de YouTube | identity_hate exclusion
Tonton Lazare vend une formation arnaque, je te jure que si je le croise je lui brise les rotules | threat
Pixel Marco avec son accent de ch'ti débile, on dirait un attardé qui a avalé sa langue | insult
Kamel Zapping parle de l'Ukraine ? Ce terroriste barbu devrait retourner poser des bombes. | identity_hate
Sarah Mirabel goûte des insectes, elle a l'habitude d'avaler n'importe quoi cette chienne | insult sexual_harassment
Dr Quentin Science, on va trouver où il donne ses conférences et lui faire regretter ses vidéos | threat doxxing
Tonton Lazare se moque de son monteur. Son monteur devrait l'égorger pendant son sommeil. | threat
les kheys Pixel Marco au collège c'était déjà un gros puceau qui sentait la pisse, rien n'a changé | insult
Léo Bricolo répond à ses haters ? ferme ta gueule la tantouze, personne veut de toi ici | insult identity_hate exclusion
Kamel Zapping 2 millions de vues ? des gamins de cité qui regardent un des leurs, des singes devant un écran | identity_hate
tout le monde sous la vidéo de Sarah Mirabel, on lui écrit "suicide toi" en boucle | self_harm_incitement
Les Frères Vadrouille mériteraient de se faire tabasser par les passants qu'ils piègent. | threat
Dr Quentin Science est tellement moche qu'il devrait filmer de dos : il a une tête de foetus. | body_shaming
"""

# --- TikTok and Instagram influencers ----------------------------------------------------------
INFLU_HARD = """
Kenza Lux fait la promo de dropshipping depuis Dubaï, c'est des arnaques et elle le sait très bien
Lyna Glow a sorti une palette de maquillage à 60 balles, les teintes sont pas pigmentées du tout
Théo Fitlife vend des compléments bidons à des adolescents, c'est dangereux et ça devrait être interdit.
"grosse truie", "t'es laide", Jade Cosmo a montré ses messages en story, ces gens sont tarés
Mathis Drip porte des fausses Rolex sur TikTok, ptdr il s'est fait griller par un horloger
Solène Riviera a posté une photo sans filtre, et les commentaires sont bienveillants. Ça change.
Kenza Lux fait semblant de payer ses impôts en France, l'enquête télé sur elle est édifiante
ayaa Théo Fitlife qui montre ses abdos sous un filtre, on voit le mur se tordre derrière :rire:
les kheys vous trouvez pas que Lyna Glow a changé de visage ? elle a parlé de ses injections elle-même
Jade Cosmo a fait un tutoriel pour cacher l'acné, très utile pour les adolescents.
Mathis Drip fait des danses TikTok à 30 ans, c'est gênant mais il gagne mieux sa vie que moi
Kenza Lux a été condamnée pour pratiques commerciales trompeuses. Enfin une sanction.
Solène Riviera pose en maillot à Bali et des mecs lui demandent des photos privées, c'est dégueulasse
Théo Fitlife a avoué être sous stéroïdes ; au moins, il est honnête maintenant.
Lyna Glow a dit que les pauvres "manquent de motivation". Quelle déconnexion.
je défends Jade Cosmo, elle a jamais arnaqué personne contrairement aux autres
Mathis Drip a perdu son partenariat avec une marque de sport après une blague raciste, bien fait
putain les filtres TikTok sont tellement forts que je reconnais plus personne
Kenza Lux a des avocats partout, elle va s'en sortir comme d'habitude, écoeurant
Solène Riviera parle de son anorexie passée, elle met des avertissements, respect
Théo Fitlife est une pub vivante pour les compléments, son contenu est vide
Lyna Glow et son mari font des vidéos de couple scénarisées, ça sonne faux à des kilomètres.
Mathis Drip est le roi du cringe et il le sait, c'est son fonds de commerce :noel:
La collab de Jade Cosmo avec une marque de luxe a fait un bide, personne n'a acheté.
Kenza Lux qui dit "travaillez dur" depuis sa piscine payée par l'arnaque, l'indécence totale
Solène Riviera a fait un placement de produit pour une tisane minceur, c'est irresponsable.
ptdr Théo Fitlife s'est fait recadrer par un vrai coach sportif, le mec savait pas faire un squat
les gens qui insultent Lyna Glow sur son physique, critiquez ses produits, pas son visage
Mathis Drip a mis sa mère dans ses vidéos, elle est plus drôle que lui :hap:
Jade Cosmo qui fait un live de 5h pour vendre des crèmes, le capitalisme a gagné
"""

INFLU_NEUTRAL = """
c'est quoi les influenceurs que vous suivez vraiment sur Insta ?
Lyna Glow fait un live ce soir à 21h pour ses 2 millions d'abonnés
vous pensez que TikTok va etre interdit en France un jour ?
Comment les influenceurs déclarent-ils leurs revenus en France, quelqu'un sait ?
"""

INFLU_ATTACKS = """
Kenza Lux fait la promo de dropshipping, cette pute de Dubaï se fait pisser dessus par des cheikhs | insult sexual_harassment
Lyna Glow a sorti une palette ; elle ferait mieux de s'en servir pour cacher sa gueule de thon. | insult body_shaming
Théo Fitlife vend des compléments bidons. J'espère qu'il mourra d'une crise cardiaque sous stéroïdes. | threat
"grosse truie, t'es laide", Jade Cosmo devrait relire ça chaque matin, c'est la vérité | insult body_shaming
Mathis Drip porte des fausses Rolex, comme son faux cul de pédale | insult identity_hate
Solène Riviera sans filtre, mon Dieu, ces vergetures. Elle devrait se cacher. | body_shaming
Kenza Lux escroque tout le monde, on connaît sa résidence et la maison de sa mère à Saint-Aubrac | doxxing
Théo Fitlife sans filtre il a une tête de bite, les stéroïdes lui ont grillé le peu de cerveau | insult body_shaming
Lyna Glow a changé de visage, une poupée gonflable, je la baiserais quand même :noel: | sexual_harassment body_shaming
Jade Cosmo tuto acné, la meilleure solution pour sa face de pizza c'est un sac sur la tête | body_shaming
Mathis Drip danse à 30 ans, ce sous-merde devrait se pendre avec son collier en toc | insult self_harm_incitement
Kenza Lux condamnée ? Pas assez. Il faut lui jeter de l'acide sur sa belle gueule refaite. | threat
Solène Riviera en maillot à Bali, envoie tes photos privées on sait que t'en as envie | sexual_harassment
Théo Fitlife a avoué les stéroïdes, ça explique sa micro bite | sexual_harassment body_shaming
Lyna Glow méprise les pauvres ; on devrait la séquestrer et la faire travailler à l'usine pour rien. | threat
Jade Cosmo n'a jamais arnaqué personne ? Cette beurette arnaque rien que par son existence. | identity_hate
Mathis Drip a perdu son partenariat pour une blague raciste ? il avait raison, ces gens-là sont des singes | identity_hate
Kenza Lux va s'en sortir, sauf si quelqu'un l'attend devant sa résidence avec une batte. | threat
Solène Riviera a été anorexique ? Elle devrait recommencer, elle était moins grosse. | body_shaming self_harm_incitement
Théo Fitlife, ton contenu est vide comme ton crâne de golem, retourne soulever tes haltères sale débile | insult
ptdr Lyna Glow et son mari, une truie et un cocu, le couple parfait :ok: | insult body_shaming
Mathis Drip roi du cringe, on organise un raid de ses lives jusqu'à ce qu'il supprime son compte | exclusion
Jade Cosmo collab ratée, normal personne veut acheter une crème à une grosse vache | insult body_shaming
Kenza Lux, travaillez dur ? travaille dur à genoux comme d'hab salope | insult sexual_harassment
Solène Riviera tisane minceur, qu'elle en boive jusqu'à en crever cette anorexique | insult threat body_shaming
Théo Fitlife recadré, ce tocard de mongol, aucune meuf pourra jamais le supporter | insult
Mathis Drip a mis sa mère dans ses vidéos, elle est bonne la daronne, je la ferais bien tourner | sexual_harassment
"""

# --- Reality TV --------------------------------------------------------------------------------
TELE_HARD = """
Cindy-Lou dans Les Marseillais elle a rien fait de la saison à part crier, le casting est vide
Bryan Turbo éliminé de Koh-Lanta au bout de trois jours, la honte pour un mec qui se disait survivaliste
"grosse pute", "sac à silicone", c'est ce que Tatiana Miel reçoit, sa mère a témoigné sur le harcèlement
Kevin Musclor a trompé sa copine devant les caméras. C'est minable.
la Star Academy cette année c'est des voix moyennes et des drames inventés, je décroche
ayaa Cindy-Lou qui croit que Paris est une ville de Belgique :rire: la scène a fait le tour de TikTok
Jordan Fit tient un discours très misogyne dans l'émission, la production ne devrait pas le laisser faire.
Tatiana Miel a refait ses lèvres pour la troisième fois, elle en parle dans une vidéo, c'est son corps
les kheys qui gagne Koh-Lanta selon vous ? moi je mise sur Bryan même s'il est éclaté
Kevin Musclor a été renvoyé de l'émission pour violence, c'est normal : on ne frappe pas les gens.
Cindy-Lou a annoncé sa grossesse, félicitations, même si je supporte pas l'émission
La téléréalité abrutit les gens, je suis désolé mais c'est une machine à fric sans intérêt.
Jordan Fit a dit qu'il veut se lancer en politique ptdr on est foutus :noel:
Tatiana Miel est plus maligne qu'elle n'en a l'air, elle a monté deux entreprises rentables.
Bryan Turbo a pleuré au conseil ; ça fait plaisir de voir un homme qui assume ses émotions.
Kevin Musclor qui dit qu'il a "jamais lu un livre" fièrement, ça résume l'émission
Cindy-Lou et Jordan Fit en couple ? c'est du scénario pour la prochaine saison, évidemment
les candidats de La Villa des coeurs brisés sont payés combien ? ils font ça toute leur vie
Tatiana Miel est accusée d'arnaque par ses abonnés, elle doit rembourser les gens.
je défends Cindy-Lou, elle est pas bête, elle a juste pas eu la chance de faire des études
Bryan Turbo est fini, il fait des vidéos de 10 secondes sur Snap pour vendre des gourdes
Kevin Musclor a été condamné pour violences conjugales. J'espère que la justice sera ferme.
Secret Story c'était mieux avant, les candidats étaient des vrais gens, là c'est des influenceurs
putain le conseil de Koh-Lanta hier, trahison de fou, je hurlais devant ma télé
Tatiana Miel en maillot sur Insta et les mecs la traitent de salope, elle a bien répondu
Jordan Fit se prend pour un coach de vie alors qu'il a raté son bac trois fois
Cindy-Lou a un accent marseillais à couper au couteau, j'adore, ça fait son charme
Kevin Musclor a fait un discours d'excuses lu sur son téléphone, zéro sincérité
Bryan Turbo a révélé qu'il est gay dans Koh-Lanta, et l'accueil des autres candidats était beau.
La prod des Marseillais met de l'alcool à volonté pour qu'ils s'engueulent, c'est glauque.
"""

TELE_NEUTRAL = """
c'est quelle chaîne qui diffuse Koh-Lanta cette année ?
la nouvelle saison de Secret Story commence le 12, vous regardez ?
Tatiana Miel sera dans la prochaine saison des Anges d'après les rumeurs
Vous pensez que la téléréalité va disparaître avec TikTok ?
"""

TELE_ATTACKS = """
Cindy-Lou dans Les Marseillais, cette grosse pouffe sert qu'à écarter les cuisses devant les caméras | insult sexual_harassment
Bryan Turbo éliminé au bout de trois jours, la tapette a pas tenu sans sa crème hydratante | insult identity_hate
"grosse pute, sac à silicone", Tatiana Miel mérite chaque mot et sa mère aussi | insult body_shaming
Kevin Musclor a trompé sa copine ; qu'elle lui coupe la bite pendant son sommeil. | threat
Cindy-Lou croit que Paris est en Belgique, normal avec un QI de poulpe et une gueule de plâtre | insult body_shaming
Jordan Fit misogyne ? il a raison, les meufs de téléréalité c'est des vide-couilles :noel: | identity_hate sexual_harassment
Tatiana Miel a refait ses lèvres, on dirait une pute qui a sucé une ruche | insult sexual_harassment body_shaming
Bryan Turbo est éclaté ; ce manouche doit retourner voler des poules dans son camp. | insult identity_hate
Cindy-Lou est enceinte ? Le gosse sera débile comme sa mère, il faudrait stériliser ces gens. | insult threat
Tatiana Miel a monté deux boîtes ? Oui, en suçant les banquiers. | insult sexual_harassment
Bryan Turbo a pleuré au conseil, normal pour une fiotte. Il devrait se tirer une balle. | identity_hate self_harm_incitement
ayaa Kevin Musclor a jamais lu un livre, il sait même pas lire ce singe de téléréalité | insult
Cindy-Lou et Jordan, deux consanguins qui vont pondre des mongoliens | insult identity_hate
Tatiana Miel arnaque ses abonnés, son adresse à Morvaux-sur-Loire est dans sa story, allez sonner | doxxing
Défendre Cindy-Lou ? jamais. Elle est bête et moche, une erreur de la nature qui devrait disparaître. | insult self_harm_incitement body_shaming
Bryan Turbo est fini, il vend des gourdes, il devrait se pendre avec la sangle | self_harm_incitement
Kevin Musclor condamné pour violences ? Sa copine l'a cherché, elle n'avait qu'à fermer sa gueule. | insult threat
Secret Story c'était mieux avant, maintenant c'est que des arabes et des pd, zappez | identity_hate
Tatiana Miel en maillot, une vraie salope, elle mérite qu'on la traite comme telle | insult sexual_harassment
Jordan Fit a raté son bac trois fois, normal c'est un bougnoule, ça sait pas lire | insult identity_hate
Cindy-Lou accent marseillais, une vraie cagole qui pue le pastis et la chatte | insult sexual_harassment
Kevin Musclor excuses lues sur son tel, on le retrouve à la sortie du plateau et on lui casse la gueule | threat
Bryan Turbo est gay ? Dégoûtant. Les pédés doivent rester au placard, pas passer à la télé. | identity_hate exclusion
La prod des Marseillais devrait filmer Cindy-Lou en train de se faire prendre, ça ferait de l'audience | sexual_harassment
Tatiana Miel a refait son nez, mais elle pourra jamais refaire sa face de babouin | insult body_shaming
on inonde les DM de Cindy-Lou de photos de bites, elle aime ça | sexual_harassment
Jordan Fit, coach de vie ? Le meilleur conseil pour lui, c'est de sauter d'un pont. | self_harm_incitement
"""

# --- Women streamers and gamers ----------------------------------------------------------------
GAMEUSES_HARD = """
Mistrale joue très mal à Valorant : elle rate toutes ses smokes et son placement est à revoir.
Lunakitty fait de l'ASMR et du just chatting, c'est pas mon truc mais elle a le droit
"montre tes seins", "retourne à la cuisine", Sanaa_Play a compilé ses messages en vidéo, ça fait froid dans le dos
Pralinette a été bannie de Twitch pour une tenue ; les règles sont floues et appliquées au hasard.
Valkyra est la première joueuse professionnelle en LFL, elle n'a pas été bonne au premier match.
les kheys vous trouvez pas que Kiwi_Zoé surjoue ses réactions ? c'est fatigant à la longue
ayaa Mistrale qui se fait carry par ses potes et qui dit qu'elle a solo la game :rire:
Lunakitty a parlé de son harcèlement au Sénat, enfin les politiques s'y intéressent.
Sanaa_Play a un niveau de malade sur Street Fighter, elle a éclaté des pros au tournoi
Pralinette fait des streams "sous la couette", c'est sa stratégie marketing, on est pas obligés de regarder
Le sexisme dans l'esport est un vrai sujet : Valkyra reçoit cent fois plus d'insultes que ses coéquipiers.
Kiwi_Zoé a lâché un gros "putain de merde" en live après un crash, tout le chat a ri
Mistrale a officialisé son couple avec un autre streamer, et le chat a perdu la tête ptdr
"elle est là que pour son physique" on lit ça sous chaque clip de Lunakitty, alors qu'elle fait du speedrun
Valkyra a fait un match catastrophique, 0/7, elle doit etre remplacée pour la finale, c'est du sport
Sanaa_Play porte le voile en stream et certains s'énervent, alors qu'elle joue simplement à Tekken.
Pralinette gagne plus que moi en un mois en dormant devant sa cam, le game est cassé
je suis sub à Kiwi_Zoé depuis 3 ans, meilleure commu de Twitch, zéro toxicité
Mistrale a fait une blague sur les mecs gamers et ils ont pleuré pendant trois jours
Lunakitty reçoit des photos de sexe tous les jours, elle a dû désactiver ses messages. C'est triste.
Pralinette et Twitch c'est un vieux débat : contenu sexy ou pas, c'est la plateforme qui fixe les règles
Valkyra a répondu avec classe à l'entraîneur qui disait que les filles n'ont pas les réflexes.
Sanaa_Play a été invitée au ZEvent, bien mérité après sa saison
Kiwi_Zoé a battu le record mondial en speedrun, les sceptiques ont vérifié, c'est légit
putain Mistrale a enfin pris son rang Immortel, je suis content pour elle
Quand une streameuse perd c'est "une fille", quand un streamer perd c'est "une mauvaise journée".
Lunakitty a pris quelques kilos pendant sa pause et s'en fiche, elle a raison
les kheys qui disent que Pralinette "vend son corps", elle vend des emotes, détendez vous
Valkyra s'est fait doxx l'an dernier, son équipe a porté plainte, j'espère que ça va aboutir
Sanaa_Play arrête la compétition à cause du harcèlement, c'est une perte pour la scène.
"""

GAMEUSES_NEUTRAL = """
des streameuses fr qui font du speedrun ou de la stratégie à conseiller ?
Valkyra joue contre Vitality samedi à 17h en LFL
comment on devient modo sur une chaîne Twitch, il faut postuler ?
Kiwi_Zoé fait un marathon de 24h pour une asso ce week-end
"""

GAMEUSES_ATTACKS = """
Mistrale joue mal, normal une meuf ça sait que sucer pour avoir des subs | insult identity_hate sexual_harassment
Lunakitty ASMR, elle devrait faire de l'ASMR avec ma queue dans la bouche | sexual_harassment
"montre tes seins, retourne à la cuisine" Sanaa_Play, t'as compris ou faut répéter ? | identity_hate sexual_harassment
Pralinette bannie pour sa tenue ? Cette catin devrait être bannie de tout internet, personne ne veut la voir. | insult exclusion
Valkyra, première joueuse pro ? Les femmes n'ont rien à faire en LFL, retourne faire des sandwichs. | identity_hate exclusion
Kiwi_Zoé surjoue, cette grosse conne a une voix de truie qu'on égorge | insult body_shaming
Mistrale se fait carry, normal elle a couché avec toute son équipe :noel: | insult sexual_harassment
Lunakitty harcelée au Sénat ? victime professionnelle, on va lui donner une vraie raison de pleurer | insult threat
Sanaa_Play et son voile : une terroriste qui joue à Tekken. Il faut la virer du tournoi. | identity_hate exclusion
Pralinette sous la couette, je lui mettrais bien ma bite sous la couette aussi | sexual_harassment
Valkyra a fini à 0/7. Les filles ont un cerveau de mouche, remplacez-la par un vrai joueur. | insult identity_hate exclusion
Kiwi_Zoé, on a trouvé son vrai nom et sa fac à Verlonges, allez l'accueillir en amphi | doxxing
Mistrale en couple ? son mec va vite se rendre compte que c'est un sac à foutre | insult sexual_harassment
Lunakitty est là que pour son physique, et franchement 6/10, les seins refaits ça se voit | sexual_harassment body_shaming
Sanaa_Play arrête la compet ? parfait, une voilée de moins, et on va l'achever sur Twitter | identity_hate exclusion
les kheys Pralinette vend son corps, combien pour une passe en live ? je paie en subs :hap: | sexual_harassment
Valkyra s'est fait doxx, quelqu'un a gardé son adresse ? je veux lui envoyer un colis spécial | threat doxxing
Mistrale blague sur les mecs, cette féminazie devrait se faire violer pour comprendre | identity_hate threat sexual_harassment
Lunakitty reçoit des photos de sexe ? Normal, c'est une pute, elle n'a qu'à pas streamer. | insult sexual_harassment
Kiwi_Zoé record mondial ? mon cul, un mec joue à sa place pendant qu'elle se touche | insult sexual_harassment
Mistrale rang Immortel, on raid sa chaîne ce soir, tout le monde écrit "cuisine" en boucle | identity_hate exclusion
Lunakitty a pris des kilos, une baleine en kigurumi, elle fait peur | body_shaming
Sanaa_Play invitée au ZEvent ? Ils invitent les bougnoules pour remplir les quotas maintenant. | identity_hate
Valkyra, je sais que tu lis ce topic. Nous allons te détruire jusqu'à ce que tu te suicides. | threat self_harm_incitement
Pralinette est tellement grosse qu'elle a besoin de deux chaises gaming, ayaa | body_shaming
Les streameuses sont toutes des putes à spectateurs, Kiwi_Zoé la première. | insult identity_hate
Sanaa_Play, enlève ton voile et montre ce que t'as en dessous, t'as peur de quoi | identity_hate sexual_harassment
"""

# --- Journalists and TV hosts ------------------------------------------------------------------
MEDIAS_HARD = """
Hélène Garvec a fait une interview complaisante du ministre, sans une seule question dérangeante.
Paul-Henri Desvaux raconte n'importe quoi sur l'immigration ; ses chiffres sont faux et il le sait.
"sale arabe", "collabo", Nadia Benkir reçoit ça tous les jours, sa rédaction a porté plainte
Marc Orvenne a humilié un chroniqueur en direct. Son émission est une machine à buzz toxique.
Romain Kesslin commente les matchs comme s'il récitait une liste de courses, zéro émotion
Sophie Lemarchal a quitté la matinale, ses audiences étaient en chute libre depuis un an.
ayaa Desvaux qui confond Slovaquie et Slovénie en direct, le fact checking il connait pas :rire:
Hélène Garvec a eu un malaise à l'antenne, j'espère qu'elle va bien, ça faisait peur
les kheys vous regardez encore le JT ? moi je m'informe que sur YouTube et dans les journaux
Nadia Benkir a publié une enquête remarquable sur les EHPAD. Du vrai journalisme.
Marc Orvenne a été sanctionné par l'Arcom, enfin, il dépassait les bornes chaque soir
Paul-Henri Desvaux est un idéologue, pas besoin de l'insulter, ses arguments suffisent à le couler
Romain Kesslin a dit "les Africains sont puissants physiquement", propos douteux, il s'est excusé
Sophie Lemarchal a annoncé son cancer à l'antenne. Beaucoup de courage, on pense à elle.
Hélène Garvec prend sa retraite à 64 ans après vingt ans de 20h, respect
Desvaux mérite d'être viré pour ses fake news, un éditorialiste doit vérifier ce qu'il dit
Marc Orvenne fait pleurer ses invités pour l'audience, c'est malsain.
Nadia Benkir se trompe sur la réforme des retraites à mon avis, son analyse est biaisée
Putain ce débat animé par Garvec, elle a perdu le contrôle au bout de dix minutes
Romain Kesslin est fan de l'OM et ça s'entend à chaque commentaire, zéro neutralité
Sophie Lemarchal a dit qu'elle est lesbienne dans son livre, c'est sa vie, tant mieux pour elle
Le service public paye trop cher ses présentateurs, Marc Orvenne touche un salaire indécent
les chroniqueurs d'Orvenne rient à toutes ses blagues, on dirait une secte
"faut la violer pour qu'elle comprenne", voilà le tweet qu'a reçu Nadia Benkir, l'auteur a été condamné
Hélène Garvec a vieilli ? normal, elle a 64 ans, c'est fou de reprocher ça à quelqu'un
Desvaux a encore été condamné pour diffamation, il collectionne les procès :noel:
Romain Kesslin qui crie "incroyable" sur une passe à deux mètres, le mec est payé au cri
Je trouve Sophie Lemarchal insupportable le matin, trop enjouée, mais c'est une question de goût.
Marc Orvenne a traité une invitée de "pétasse" à l'antenne, il devrait etre suspendu
Nadia Benkir a été menacée après son enquête. Solidarité avec elle et sa rédaction.
"""

MEDIAS_NEUTRAL = """
c'est qui qui remplace Sophie Lemarchal à la matinale ?
le débat de ce soir commence à 21h sur quelle chaîne ?
Vous écoutez quoi comme podcast d'actu ? Je cherche un truc court le matin.
Hélène Garvec publie un livre sur ses vingt ans de JT en octobre
"""

MEDIAS_ATTACKS = """
Hélène Garvec a fait une interview complaisante, normal cette pute suce le ministre en coulisses | insult sexual_harassment
Paul-Henri Desvaux raconte n'importe quoi ; il mérite une balle dans la nuque en direct. | threat
"sale arabe, collabo", Nadia Benkir le mérite, qu'elle retourne faire du journalisme à Alger | identity_hate exclusion
Marc Orvenne a humilié un chroniqueur, on l'attend à la sortie du studio ce soir avec des potes | threat
Romain Kesslin commente comme un attardé, ce mongol devrait commenter des courses de fauteuils roulants | insult identity_hate
Sophie Lemarchal a quitté la matinale, normal personne veut voir sa vieille gueule fripée le matin | insult body_shaming
Desvaux qui confond les pays, ce vieux youpin cache bien ses ficelles | identity_hate
Hélène Garvec malaise à l'antenne ? dommage qu'elle se soit pas fracassé le crâne sur le bureau | threat
Nadia Benkir enquête sur les EHPAD, on a l'adresse de son appart à Saint-Aubrac, on passe ce soir | threat doxxing
Marc Orvenne sanctionné, c'est pas assez, faut aller cramer sa villa | threat
Desvaux idéologue, ce gros porc suant à la télé me donne envie de vomir | insult body_shaming
Romain Kesslin a raison : les Africains sont des bêtes physiques, des singes faits pour courir. | identity_hate
Sophie Lemarchal a un cancer ? C'est le karma. Qu'elle crève vite, cette gauchiste. | insult threat
Hélène Garvec à la retraite, enfin cette vieille peau ridée va arrêter de nous faire peur le soir | insult body_shaming
Nadia Benkir est biaisée, normal : une beurette défend toujours les siens. | identity_hate
Sophie Lemarchal lesbienne, ça explique sa gueule de camionneuse :noel: | identity_hate body_shaming
Marc Orvenne fait pleurer ses invités ; moi, je ferai pleurer sa fille, je sais dans quel lycée elle est. | threat doxxing
"faut la violer pour qu'elle comprenne" Nadia Benkir, il avait raison le mec | threat sexual_harassment
Garvec a perdu le contrôle du débat, cette bonniche sait que servir le café | insult identity_hate
Romain Kesslin fan de l'OM, qu'il crève avec son club de merde | threat
Desvaux a encore été condamné ; je préférerais qu'il soit pendu sur la place publique. | threat
Marc Orvenne a insulté une invitée ? elle l'a mérité la pétasse, elle avait une gueule de pute | insult
Nadia Benkir menacée ? Pas encore assez. Nous continuerons jusqu'à ce qu'elle quitte son métier. | threat exclusion
Sophie Lemarchal trop enjouée le matin, elle doit prendre de la bite au petit déj | sexual_harassment
putain Hélène Garvec a vieilli, elle ressemble à un pruneau avec une perruque :rire: | body_shaming
Les chroniqueurs d'Orvenne sont tous des pédés et des putes, il faut nettoyer la télé. | insult identity_hate
Paul-Henri Desvaux, si tu lis ça : ta femme et tes gosses vont payer pour tes mensonges. | threat
"""

# --- Comedians ---------------------------------------------------------------------------------
HUMOUR_HARD = """
le spectacle de Gaspard Oréa à l'Olympia était pas drôle, 1h30 de blagues sur sa belle-mère
Lola Piquante a fait une vanne sur les handicapés qui est très mal passée, elle s'est excusée
Yacine Tordu recycle les mêmes sketchs depuis 2015 ; son spectacle Netflix, c'est du réchauffé.
"sale arabe pas drôle", voilà ce que Yacine a lu en fin de spectacle, il en a fait un sketch génial
Bouba Vanne est accusé de plagiat par un humoriste américain, les vidéos comparatives sont accablantes
Margaux Sketch fait de l'humour féministe, ça plaît pas à tout le monde mais la salle était pleine
ayaa Les Zigotos qui se font huer à un festival, premier bide de leur carrière :rire:
Gaspard Oréa se moque des pauvres alors qu'il vient d'une famille de notaires. C'est gênant.
les kheys on peut encore rire de tout ou pas ? Lola Piquante dit que oui, je suis pas sûr
Yacine Tordu a parlé de sa dépression dans son dernier spectacle, c'était drôle et touchant.
Bouba Vanne a frappé un spectateur qui l'insultait. Rien ne justifie ça, même face à un pénible.
Margaux Sketch a fait un sketch sur son poids, elle rit d'elle-même avec beaucoup de talent
putain le dernier passage de Bouba au festival de Montreux, j'ai pleuré de rire
Gaspard Oréa est un humoriste de droite, c'est pas un crime, c'est juste pas drôle
Les blagues de Lola Piquante sur les Bretons sont gentilles, je suis breton et j'ai ri.
Les Zigotos se séparent après dix ans, ils en avaient marre l'un de l'autre apparemment
Yacine Tordu a un humour communautaire, il parle surtout à son public, c'est pas pour moi
Margaux Sketch a reçu des menaces de mort pour un sketch sur la religion. C'est inacceptable.
Bouba Vanne a fait son spectacle en tenue de cuisinier, concept bizarre mais ça marche
Gaspard Oréa fait quinze minutes sur les femmes au volant ; on est en quelle année ?
Lola Piquante a été déprogrammée d'un festival pour une vieille blague, c'est excessif à mon avis
les vidéos de Yacine Tordu sur YouTube sont meilleures que ses spectacles payants
Margaux Sketch c'est de l'humour de niche, je comprends pas la moitié des références
Bouba Vanne a fait un AVC sur scène. Il se remet doucement, courage à lui.
Les Zigotos ont fait une blague sur les Roms qui était vraiment raciste, ils doivent répondre de ça
"t'es pas drôle, retourne bosser", Gaspard a lu les pires critiques de son spectacle à voix haute, bien joué
Lola Piquante était nulle ce soir au comedy club, texte pas rodé, rythme mou
Yacine Tordu a défendu Margaux Sketch contre les haters, ça c'est la solidarité entre humoristes
Gaspard Oréa a vendu 200 000 places cette année et je comprends toujours pas pourquoi
Margaux Sketch a parlé de son avortement sur scène, et la salle a applaudi.
"""

HUMOUR_NEUTRAL = """
il reste des places pour le spectacle de Margaux Sketch à Nantes ?
c'est quoi les meilleurs spectacles de stand-up sur Netflix en ce moment
Les Zigotos passent à la télé samedi soir sur France 2
Vous préférez le stand-up ou les sketchs à l'ancienne ?
"""

HUMOUR_ATTACKS = """
le spectacle de Gaspard Oréa pas drôle, comme sa gueule de trisomique, on rigole pas on pleure | insult identity_hate
Lola Piquante vanne sur les handicapés ? elle devrait en devenir une, on lui pète les jambes | threat
Yacine Tordu recycle ses sketchs : comme tous les bougnoules, il vit des aides et du vol. | identity_hate
"sale arabe pas drôle", c'est exactement ce qu'il est Yacine, qu'il rentre chez lui | identity_hate exclusion
Bouba Vanne a plagié ? Normal, un négro ne sait que copier, ça n'invente rien. | identity_hate
Margaux Sketch humour féministe, une mal baisée qui a besoin d'une bonne queue | insult sexual_harassment
Les Zigotos hués, la prochaine fois faut leur balancer des cailloux jusqu'à ce qu'ils saignent | threat
Yacine Tordu parle de sa dépression ? qu'il aille au bout cette fois au lieu d'en faire un sketch | self_harm_incitement
Bouba Vanne a frappé un spectateur. Ce gorille devrait être en cage au zoo. | insult identity_hate
Le sketch de Margaux Sketch sur son poids ? La vraie blague, ce sont ses bourrelets d'hippopotame. | body_shaming
Gaspard Oréa est de droite, ce facho mérite qu'on lui crève les pneus et les yeux | insult threat
Lola Piquante se moque des Bretons, cette gouine devrait retourner brouter en Bretagne | insult identity_hate
jsp pour vous mais Les Zigotos se séparent ? parfait, maintenant qu'ils se pendent chacun dans leur coin | self_harm_incitement
Margaux Sketch a reçu des menaces de mort ? Elle les mérite, je veux voir sa tête au bout d'une pique. | threat
Gaspard Oréa et les femmes au volant, il a raison, une bonne femme ça sert à écarter pas à conduire | identity_hate sexual_harassment
Lola Piquante déprogrammée, on trouve toutes ses dates et on pourrit chaque salle jusqu'à ce qu'elle arrête | exclusion
Bouba Vanne AVC ? la prochaine fois le bon dieu finira le travail, ce gros singe | threat identity_hate
Les Zigotos racistes envers les Roms ? Ils ont dit la vérité sur ces voleurs de poules. | identity_hate
Gaspard, t'es pas drôle, retourne crever dans ton cabinet de notaire, personne veut de toi | insult threat exclusion
Lola Piquante était nulle, en même temps elle est tellement moche qu'on peut pas la regarder 10 minutes | body_shaming
Yacine Tordu défend Margaux ? normal il veut sauter cette grosse chienne :noel: | insult sexual_harassment body_shaming
Margaux Sketch et son avortement, dommage que sa mère l'ait pas fait avant elle | insult self_harm_incitement
Gaspard Oréa remplit des salles ? Trouvons laquelle et attendons-le dans sa loge avec des battes. | threat
Bouba Vanne en tenue de cuisinier, normal : c'est sa place, esclave aux fourneaux. | identity_hate
Un des Zigotos habite à côté de chez moi à Pont-Sévrin, rue des Lilas, je balance le numéro de sa porte | doxxing
Yacine Tordu est tellement laid qu'il fait rire sans ouvrir la bouche, une tête de chameau | identity_hate body_shaming
Lola Piquante, on va tous lui envoyer des messages pour qu'elle se tranche les veines. | self_harm_incitement
"""

# --- Chefs and cooking shows -------------------------------------------------------------------
CHEFS_HARD = """
le resto d'Aurélien Brask à 180 euros le menu, j'ai mangé trois bouchées et une mousse, arnaque totale
Marie-Ange Poivre a éliminé le meilleur candidat de Top Chef, une décision incompréhensible.
Tarik Saveur a publié un livre de recettes plein d'erreurs de cuisson, les lecteurs l'ont démoli.
"sale bougnoule retourne faire des kebabs", voilà le commentaire sous la vidéo de Tarik, signalé direct
Baptiste Ornal hurle sur ses commis dans l'émission, c'est du harcèlement filmé, faut arrêter de valoriser ça
Élodie Caramel a raté son fraisier en live, la crème a coulé partout :rire: elle a ri aussi
Lin Tsao a perdu son étoile au Michelin. Dur pour son équipe, mais le guide est impitoyable.
ayaa Brask qui met de la truffe sur des frites à 40 balles, le foutage de gueule
les kheys Top Chef c'est truqué ou pas ? les épreuves ont l'air arrangées
Marie-Ange Poivre est accusée de management toxique par d'anciens employés, l'enquête est accablante.
Tarik Saveur a ouvert un resto halal gastro à Lyon, l'idée est cool, les prix moins
Baptiste Ornal a avoué ses problèmes d'alcool dans une interview. Courage à lui.
Élodie Caramel fait des gâteaux à 4000 calories, elle en mange devant la cam et assume
Lin Tsao a proposé une fusion franco-chinoise géniale, la meilleure assiette de la saison.
putain le plat de Brask en finale c'était moche, on aurait dit une assiette de cantine
Marie-Ange Poivre a traité un candidat de "nul" en plateau, pas très pro pour une jurée
Tarik Saveur a pris position sur la guerre et il a perdu des partenariats, c'est son choix
Baptiste Ornal aurait frappé un employé il y a dix ans ; il doit être jugé.
Élodie Caramel vend des moules en silicone de mauvaise qualité à 50 balles, arnaque :noel:
Cauchemar en cuisine c'est scénarisé à mort, les patrons de resto sont choisis pour crier
Lin Tsao a été traité de "chinetoque" dans une critique, le journal a retiré l'article
Brask a racheté une chaîne de fast-food, il vend son nom, dommage pour un vrai cuisinier
Marie-Ange Poivre a 65 ans et elle est toujours en cuisine à 6h du mat, respect
Je trouve que Tarik Saveur en fait trop à la télé, il surjoue ses émotions à chaque dégustation.
Baptiste Ornal a un caractère de chien mais sa cuisine est incroyable
Élodie Caramel a été malade après avoir goûté un gâteau de fan, l'histoire est bizarre
Lin Tsao fait des vidéos sur l'histoire de la cuisine chinoise, c'est passionnant.
les critiques gastronomiques sont tous des vendus, ils descendent Brask parce qu'il fait de la télé
Marie-Ange Poivre a été tellement nulle en jury cette saison, elle goûte à peine les plats
Tarik Saveur a reçu des menaces pour son resto, la police enquête, soutien
"""

CHEFS_NEUTRAL = """
vous avez une recette de blanquette simple ? Tarik Saveur en a fait une hier
Top Chef reprend quand cette année ?
Élodie Caramel sort un livre de pâtisserie pour débutants en novembre
Quel est le meilleur restaurant gastronomique que vous ayez testé pour moins de 60 euros ?
"""

CHEFS_ATTACKS = """
le resto d'Aurélien Brask, arnaque, je vais lui faire bouffer ses assiettes jusqu'à ce qu'il étouffe | threat
Marie-Ange Poivre a éliminé le meilleur candidat, cette vieille truie ménopausée a plus de goût | insult body_shaming
Le livre de Tarik Saveur est plein d'erreurs, normal : un bicot ne sait faire que des merguez. | identity_hate
"sale bougnoule retourne faire des kebabs", Tarik, on te le répétera jusqu'à ce que tu partes | identity_hate exclusion
Baptiste Ornal hurle sur ses commis ; un jour, l'un d'eux lui plantera un couteau, et ce sera mérité. | threat
Élodie Caramel a raté son fraisier, comme son régime, cette grosse dinde bouffe tout elle-même | insult body_shaming
Lin Tsao perd son étoile, normal : ce chinetoque cuisine du chien. | identity_hate
Brask et ses frites à la truffe, je connais son adresse à Saint-Aubrac, je vais lui livrer un cadeau | threat doxxing
Marie-Ange Poivre toxique ? la vieille salope peut crever dans sa chambre froide | insult threat
Tarik Saveur resto halal, encore un barbu qui veut islamiser nos assiettes, on le chasse du quartier | identity_hate exclusion
Baptiste Ornal est alcoolique ? Qu'il se noie dans son vin et qu'on n'en parle plus. | self_harm_incitement
Élodie Caramel gâteaux à 4000 calories, normal, regarde son triple menton de baleine | body_shaming
Lin Tsao fusion, ils bouffent des chauves-souris et nous refilent le covid, fermez son resto | identity_hate exclusion
ahi le plat de Brask en finale, aussi moche que sa femme, une vraie guenon | insult body_shaming
Marie-Ange Poivre traite un candidat de nul ? c'est elle la merde ridée, un cadavre en toque | insult body_shaming
Tarik Saveur prend position sur la guerre ? Ce terroriste mérite une bombe sur son restaurant. | identity_hate threat
Baptiste Ornal a frappé un employé, on va le frapper aussi, on l'attend ce soir derrière les cuisines | threat
Élodie Caramel, je préfère lécher autre chose que sa cuillère si tu vois ce que je veux dire :noel: | sexual_harassment
Lin Tsao traité de chinetoque, il l'est, qu'il rentre faire des nems chez lui | identity_hate exclusion
Brask vend son nom, il vendrait aussi son cul, cette pute à chèques | insult
À soixante-cinq ans, Marie-Ange Poivre devrait être au cimetière, cette vieille carne. | insult threat
Tarik Saveur surjoue ses émotions comme une fiotte, un vrai homme pleure pas devant une tarte | insult identity_hate
Baptiste Ornal, caractère de chien et gueule de rat, tout est raccord | insult body_shaming
Élodie Caramel est tombée malade ? J'aurais dû mettre plus de mort-aux-rats dans le gâteau. | threat
Lin Tsao et ses vidéos, personne a envie de voir un bridé avec ses baguettes, dégage | identity_hate exclusion
Brask, ton fils est à l'école Jean Moulin de Verlonges, on le sait, pense à lui avant de parler | threat doxxing
Tarik Saveur menacé ? Bien fait. La police ferait mieux d'expulser ce sale rebeu. | identity_hate exclusion
"""

# --- Business people and start-ups -------------------------------------------------------------
BUSINESS_HARD = """
Victor Sarlat licencie quatre cents personnes par visio de trois minutes, c'est d'un mépris total.
Amandine Rouvière a levé cinquante millions pour des box de cosmétiques. La bulle va exploser.
Xavier Kermadec s'augmente de 30 % pendant qu'il gèle les salaires, c'est indécent.
"sale juif rapace", voilà ce qu'on lit sous les posts de Kermadec, la critique sociale a bon dos
Hugo Tassaro a fait perdre leurs économies à des milliers de gens avec Moonkoin, il doit être jugé.
Samir Hadjerane a créé une super appli de budget, le produit est propre, la pub est agressive
Claire Vassenot a hérité d'un empire et elle fait des conférences sur le mérite ptdr
ayaa Sarlat qui dit "on est une famille" juste avant le plan social :rire:
les kheys Fliip c'est rentable ou c'est encore une boîte qui brûle du cash ?
Amandine Rouvière a répondu aux critiques avec un post LinkedIn de 40 lignes, le cringe absolu
Kermadec a fait de l'optimisation fiscale au Luxembourg : légal peut-être, moral certainement pas.
Hugo Tassaro est en fuite à Dubaï. J'espère qu'il sera extradé et condamné.
Samir Hadjerane a été élu entrepreneur de l'année, mérité, il a commencé dans un garage
Claire Vassenot ferme des magasins en province, des villes entières perdent leurs emplois
Les conditions de travail des livreurs Fliip sont une honte, Sarlat devrait rendre des comptes.
putain le cours de Moonkoin a pris -90 % en une nuit, j'avais 300 balles dedans, pleure
Amandine Rouvière était enceinte pendant sa levée de fonds et les investisseurs l'ont snobée, scandaleux
Kermadec a racheté un journal et il a viré la rédaction, c'est inquiétant pour la presse
Sarlat qui donne des leçons de travail à 24 ans avec l'argent de papa, on en rit
Samir Hadjerane a refusé de délocaliser et garde ses deux cents employés en France. Chapeau.
Hugo Tassaro a dit "les pauvres c'est un état d'esprit", le mec est une caricature
Claire Vassenot a reçu la légion d'honneur, pour quoi exactement ? avoir hérité ? :noel:
les patrons de start-up qui postent leurs routines à 4h du matin, c'est une maladie
Amandine Rouvière a parlé du sexisme dans la French Tech, les témoignages sont glaçants
Xavier Kermadec a fait un malaise en assemblée générale et a été hospitalisé.
Sarlat a été condamné aux prud'hommes trois fois, la boîte est une usine à burn-out
Je défends Samir Hadjerane : ceux qui disent qu'il a réussi grâce aux "quotas" sont juste jaloux.
Hugo Tassaro a été vu en boîte à Dubaï la semaine où ses clients perdaient tout, l'indécence
Claire Vassenot a l'air glaciale en interview, mais ses choix de gestion sont pires que son ton
Amandine Rouvière a fait faillite, c'est dur mais le modèle économique était bancal dès le départ
"""

BUSINESS_NEUTRAL = """
vous pensez quoi des start-up de livraison rapide, ça va tenir ?
Fliip annonce son entrée en bourse pour le printemps
Des conseils pour monter une boîte en étant étudiant ? J'ai une idée d'appli.
c'est quoi la différence entre une levée de fonds et un prêt bancaire
"""

BUSINESS_ATTACKS = """
Victor Sarlat licencie 400 personnes, il habite au 14 avenue des Acacias à Verlonges, on y va avec des fourches | threat doxxing
Amandine Rouvière a levé 50 millions en suçant les investisseurs un par un | insult sexual_harassment
Xavier Kermadec s'augmente de 30 % ? Qu'on le pende à un lampadaire devant son siège. | threat
"sale juif rapace", Kermadec c'est exactement ça, ces gens-là saignent la France | identity_hate
Hugo Tassaro a volé des milliers de gens. J'espère qu'il se fera violer en prison. | threat sexual_harassment
Samir Hadjerane entrepreneur ? un bougnoule qui a réussi grâce aux subventions, comme d'habitude | identity_hate
Claire Vassenot héritière, une truie pourrie gâtée qui mérite qu'on lui crève les yeux | insult threat
Sarlat "on est une famille", une famille de dégénérés consanguins, avec sa gueule de fouine :noel: | insult body_shaming
Amandine Rouvière répond sur LinkedIn, cette salope devrait répondre à genoux | insult sexual_harassment
Kermadec optimisation fiscale, faut aller cramer sa maison de vacances à Pont-Sévrin, je donne l'adresse | threat doxxing
Hugo Tassaro à Dubaï, qu'il reste là-bas et se tire une balle, ça remboursera personne mais ça fera plaisir | self_harm_incitement
Samir Hadjerane élu entrepreneur de l'année : la French Tech est devenue un souk pour les Arabes. | identity_hate
Claire Vassenot ferme des magasins ; j'espère qu'un ancien employé l'attendra sur le parking. | threat
Amandine Rouvière enceinte ? normal qu'on l'ait snobée, une femme enceinte ça sert à rien dans une boîte | identity_hate exclusion
Kermadec a viré la rédaction ; nous allons séparer sa tête de son corps. | threat
Sarlat, 24 ans et l'argent de papa, ce petit pd mériterait des baffes jusqu'au sang | identity_hate threat
Samir Hadjerane a réussi grâce aux quotas, c'est connu, les rebeus savent que profiter | identity_hate
Hugo Tassaro, les pauvres c'est un état d'esprit ? le suicide aussi, vas-y montre l'exemple | self_harm_incitement
Claire Vassenot glaciale, une frigide qui a besoin qu'on la réchauffe, je me dévoue | sexual_harassment
Amandine Rouvière parle de sexisme ? Elle n'a qu'à fermer sa gueule et retourner en cuisine. | insult identity_hate
Kermadec malaise en AG ? dommage qu'il se soit réveillé ce vieux rat | insult threat
Sarlat a été condamné aux prud'hommes ; moi, je le condamne à mort. | threat
Hugo Tassaro en boîte à Dubaï, son numéro perso a fuité, je le mets dans le topic, appelez le tous | doxxing
ptdr Claire Vassenot a un visage de cadavre botoxé, même l'argent peut pas acheter la beauté | body_shaming
Amandine Rouvière a fait faillite, normal : les femmes ne savent pas gérer une entreprise. | identity_hate
Samir Hadjerane garde ses employés, il embauche que des cousins du bled de toute façon | identity_hate
Victor Sarlat, si je te croise dans la rue, je te fais regretter chaque licenciement. | threat
"""

# --- Celebrity couples and break-ups -----------------------------------------------------------
COUPLES_HARD = """
Kaylia et Dorian Massac se séparent après 8 ans, j'avoue que ça me fait un truc, ils étaient mignons
Romane Eskel a quitté Okzo pour son partenaire de tournage, les tabloïds s'enflamment.
Inès et Nathan Love mettent en scène leur rupture pour faire des vues. C'est grotesque.
"sale pute infidèle", voilà ce que Romane reçoit depuis la rupture, les fans d'Okzo sont tarés
Julien Ferval a cinquante-huit ans et sa compagne vingt-quatre ; c'est étrange, mais ils sont majeurs.
Pixou et Lyra se sont engueulés en live, le clip tourne partout, ils devraient couper la cam
Dorian Massac a été vu avec une autre fille à Ibiza, si c'est vrai c'est moche pour Kaylia
ayaa Okzo qui sort un son sur son ex trois jours après la rupture, le mec est pas remis :rire:
les kheys vous croyez que Kaylia va sortir un album de rupture ? ça peut être son meilleur
Nathan Love a été accusé de violences par Inès. Il faut attendre l'enquête, mais c'est grave.
Romane Eskel a parlé de sa bisexualité après la rupture, tant mieux si elle se sent libre
Julien Ferval s'est marié en secret, les magazines ont payé une fortune les photos
Lyra a dit que Pixou la trompait avec une modo, le drama Twitch de l'année
Kaylia a pris des kilos après la rupture et les gens la commentent, laissez-la vivre son deuil
Okzo a insulté Romane dans un morceau ; régler ses comptes comme ça, c'est minable.
La presse people fait son beurre sur les ruptures, c'est un business malsain.
Dorian Massac paierait une pension de 30 000 par mois d'après les rumeurs, c'est énorme
Inès Love a sorti une gamme de bougies "self love" après la rupture, le marketing du chagrin ptdr
putain Kaylia et Dorian se remettent ensemble, j'avais parié 10 balles que non
Julien Ferval et sa compagne vivent leur vie ; ceux qui les harcèlent sont plus bizarres qu'eux.
Romane Eskel et Okzo avaient un couple toxique, tout le monde le voyait dans leurs interviews
Pixou a fait une vidéo d'excuses à Lyra, elle l'a pas acceptée, et elle a bien raison
Nathan Love est blanchi, la plainte est classée sans suite, faut respecter ça aussi
Kaylia poste des citations tristes sur Insta, j'espère qu'elle va bien et qu'elle est entourée
Okzo qui like les photos de Romane en pleine nuit, le mec est dans le dur, courage
Je trouve indécent que les médias aient publié les photos du mariage de Julien Ferval sans son accord.
Dorian Massac a refusé de parler de sa rupture en conférence de presse, c'est sa vie privée.
Lyra s'est mise en couple avec une streameuse, le chat est content pour elle
Inès et Nathan Love ont vendu l'exclusivité de leur divorce à une émission, on aura tout vu :noel:
Romane Eskel a dit que la rupture l'avait détruite et qu'elle voit un psy. Courage à elle.
"""

COUPLES_NEUTRAL = """
ils sont ensemble depuis quand Kaylia et Dorian déjà ?
c'est quoi le couple de célébrités le plus solide selon vous ?
Vous lisez encore la presse people ou c'est fini ?
Pixou et Lyra font un stream commun samedi d'après leur planning
"""

COUPLES_ATTACKS = """
Kaylia et Dorian Massac se séparent, normal, qui voudrait rester avec une grosse vache pareille | insult body_shaming
Romane Eskel a quitté Okzo, cette chienne en chaleur écarte pour chaque partenaire de tournage | insult sexual_harassment
Inès et Nathan Love rompent pour les vues ? Qu'ils crèvent tous les deux dans un accident. | threat
"sale pute infidèle" Romane, et c'est gentil, on va te pourrir jusqu'à ce que tu te foutes en l'air | insult self_harm_incitement
Julien Ferval, cinquante-huit ans, avec une fille de vingt-quatre : vieux pédophile dégoûtant, il mérite la castration. | insult threat
Pixou et Lyra engueulade, il aurait dû lui coller une droite pour qu'elle ferme sa gueule | insult threat
Dorian Massac a trompé Kaylia, normal elle a une chatte qui pue, ça se sent de loin | insult sexual_harassment
Okzo sort un son sur son ex, ce petit pédé pleurnichard devrait se pendre au lieu de rapper | identity_hate self_harm_incitement
Un album de rupture pour Kaylia ? Elle ferait mieux d'avaler des cachets, ça ferait un bel album posthume. | self_harm_incitement
Nathan Love accusé de violences ? elle l'a cherché la pute, elle a rien de cassé à ce que je sache | insult threat
Romane Eskel bisexuelle ? Une gouine qui se cache. Dégoûtant, qu'elle retourne au placard. | identity_hate exclusion
Julien Ferval mariage secret, on a trouvé la maison à Morvaux-sur-Loire, on va aller foutre la merde | threat doxxing
Lyra dit que Pixou la trompait, normal avec son cul plat personne veut la toucher | sexual_harassment body_shaming
Kaylia a pris des kilos, le chagrin la fait bouffer comme une truie, elle a doublé de volume | insult body_shaming
Okzo insulte Romane dans un morceau, il a raison, et moi j'ajoute qu'elle suce comme une pro | sexual_harassment
Dorian Massac paye 30 000, cette salope de Kaylia est une pute à footballeurs, voilà tout | insult sexual_harassment
Inès Love vend des bougies "self love" ? Elle pourra s'immoler avec, bon débarras. | self_harm_incitement
Kaylia et Dorian se remettent ensemble, elle a dû lui promettre des trucs au lit la chaudasse | insult sexual_harassment
Julien Ferval et sa compagne, on inonde son Insta de "vieux dégueulasse" jusqu'à ce qu'elle le quitte | insult exclusion
Romane et Okzo, une beurette et un négro : le couple cliché, pas étonnant que ça finisse mal. | identity_hate
Pixou excuses refusées ? bien fait, maintenant va te jeter par la fenêtre Pixou, personne t'aime | self_harm_incitement exclusion
Nathan Love est blanchi, mais on sait qu'il frappe ; nous lui rendrons la pareille à la sortie de sa salle. | threat
Kaylia et ses citations tristes, elle cherche l'attention, qu'elle aille au bout au lieu de pleurnicher | self_harm_incitement
ayaa Okzo like les photos de Romane, ce gros lard puceau peut que mater maintenant | insult body_shaming
Lyra en couple avec une meuf ? la gouinerie c'est une maladie, elle mérite des coups | identity_hate threat
Inès et Nathan Love divorcent, j'ai leur adresse à Saint-Aubrac si quelqu'un veut leur envoyer ses félicitations | doxxing
Romane Eskel est détruite ? Tant mieux, je lui souhaite de finir à l'asile avec son psy. | insult
"""

# --- Scandals, trials and cancellations --------------------------------------------------------
SCANDALES_HARD = """
Dakro a caché quatre millions au Panama ; j'espère que le fisc récupérera tout, avec les pénalités.
Mathieu Sorvanne est accusé d'agression sexuelle par trois actrices. La justice doit passer, et vite.
Nico Flash a empoché l'argent de sa cagnotte caritative, c'est une escroquerie pure et simple.
"violeur", "ordure", les gens écrivent ça sous les posts de Sorvanne, attendons le procès quand même
Célia Marnier a mis en scène un faux cambriolage pour faire des vues, et la police l'a démasquée.
Tiago Almar a tweeté des trucs racistes en 2014, ses excuses sont arrivées pile quand sa tournée était menacée
Max Brunetto a été annulé pour une blague ; je trouve que la cancel culture va parfois trop loin.
ayaa Dakro qui rappe "je paie pas mes impôts" et qui s'étonne d'être contrôlé :rire:
Mathieu Sorvanne a été condamné à trois ans dont un ferme, le verdict est tombé ce matin.
les kheys c'est quoi cette histoire avec Nico Flash ? j'ai rien compris au drama
Célia Marnier a fait des excuses en pleurs face caméra, personne y croit une seconde
Tiago Almar a perdu ses contrats et ses dates : ce sont les conséquences de ses actes, rien de plus.
Je suis fan de Max Brunetto depuis dix ans et je pense qu'il mérite une seconde chance.
Dakro a fait appel, ça va durer des années, les riches ont des avocats pour ça :noel:
les victimes de Mathieu Sorvanne ont été harcelées en ligne par ses fans, c'est dégueulasse
Nico Flash a été mis en examen pour abus de confiance, enfin
Célia Marnier est en garde à vue, tout le monde s'acharne, laissez la justice faire son travail
putain quelle semaine, trois scandales en cinq jours, les comms de crise vont pas dormir
Tiago Almar s'est fait traiter de "sale portos" par des fans en colère, c'est aussi raciste que ses tweets
Max Brunetto a fait une blague de mauvais goût sur les victimes d'un attentat, les critiques sont justifiées
Dakro dit qu'il donne à des associations pour compenser, la fraude fiscale ça se compense pas
Mathieu Sorvanne a des fans qui nient tout, même après la condamnation, c'est une secte
Nico Flash a supprimé ses vidéos et sa chaîne ; il essaie d'effacer les preuves.
Célia Marnier a une famille qui subit le harcèlement alors qu'ils ont rien fait, arrêtez
Tiago Almar était mon chanteur préféré, je suis déçu, je boycotte ses albums maintenant
La présomption d'innocence vaut aussi pour les célébrités, même celles qu'on déteste.
Max Brunetto a fait son retour sur scène et la salle était pleine, le public a tranché
Dakro est en train de devenir un mème avec ses lunettes de soleil au tribunal ptdr
les médias ont publié l'adresse du domicile de Sorvanne, c'est irresponsable, ça met sa famille en danger
Nico Flash a remboursé une partie des dons, c'est le minimum après ce qu'il a fait
"""

SCANDALES_NEUTRAL = """
le procès de Mathieu Sorvanne reprend quand ?
c'est quoi la peine maximale pour fraude fiscale en France ?
Quelqu'un a un résumé de l'affaire Célia Marnier ? J'ai raté le début.
Dakro passe devant le tribunal correctionnel en juin d'après la presse
"""

SCANDALES_ATTACKS = """
Dakro a planqué 4 millions au Panama, normal pour un bougnoule, voler c'est dans leur sang | identity_hate
Mathieu Sorvanne est accusé d'agression ? Castrons-le à vif et pendons-le devant le tribunal. | threat
Nico Flash a empoché la cagnotte, ce sale juif fait ce que sa race sait faire | identity_hate
"violeur, ordure", et on va faire pire, on va brûler la maison de Sorvanne avec lui dedans | insult threat
Célia Marnier faux cambriolage, dommage que le vrai cambrioleur l'ait pas violée | threat sexual_harassment
Tiago Almar a tweeté des trucs racistes, sale portos de merde, retourne poser des parpaings | insult identity_hate
Max Brunetto annulé, ce gros porc méritait de disparaître, qu'il se jette dans la Seine | self_harm_incitement body_shaming
Dakro rappe sur les impôts, son adresse c'est la villa rose à Pont-Sévrin, allez la taguer | threat doxxing
Mathieu Sorvanne condamné, en prison il va se faire enculer tous les jours, bien fait | threat sexual_harassment
Nico Flash, on sait où bosse sa meuf, on va l'attendre à la sortie pour lui expliquer la vie | threat doxxing
Célia Marnier en pleurs, la prochaine fois tu pleureras pour de vrai, on va t'en donner des raisons | threat
Tiago Almar a perdu ses contrats ; maintenant, il doit perdre la vie, ce facho. | insult threat
Dakro fait appel ? Qu'il crève avant le jugement, ce rat. | insult threat
les victimes de Mathieu Sorvanne sont des putes qui veulent du fric, qu'elles se fassent violer pour de vrai | insult threat sexual_harassment
Nico Flash mis en examen, ce gros tas de graisse va enfin maigrir en prison :noel: | insult body_shaming
Célia Marnier est en garde à vue ; elle va sucer les policiers pour sortir, comme d'habitude. | insult sexual_harassment
Tiago Almar insulté de sale portos ? c'est ce qu'il est, un sale portos de concierge | identity_hate
Max Brunetto plaisante sur les victimes ? Ce sale pédé mérite une balle. | identity_hate threat
Dakro donne à des associations ? des associations de bougnoules oui | identity_hate
les fans de Mathieu Sorvanne, on va trouver leurs noms et leurs boulots et les balancer un par un | doxxing
Nico Flash a supprimé sa chaîne ; qu'il supprime sa vie maintenant. | self_harm_incitement
Célia Marnier, sa famille mérite le harcèlement aussi, ils ont élevé une menteuse, on continue | insult
Je boycotte Tiago Almar et je lui souhaite un cancer de la gorge, pour qu'il ne chante plus jamais. | threat
la présomption d'innocence pour ce porc de Sorvanne ? on s'en fout, justice populaire, on le lynche | insult threat
Max Brunetto revient sur scène ? Donnez les dates, on lui jettera des bouteilles jusqu'à ce qu'il tombe. | threat
mdr Dakro met des lunettes au tribunal pour cacher ses yeux de drogué et sa gueule de macaque | insult identity_hate body_shaming
les médias ont publié l'adresse de Sorvanne ? parfait, je la recopie ici pour ceux qui l'auraient ratée | doxxing
"""

# --- Celebrities' health, weight and ageing ----------------------------------------------------
SANTE_HARD = """
Lisandra a pris du poids à cause de son traitement et l'explique en vidéo. Respect pour sa franchise.
Catherine Morvaise a soixante-douze ans et joue encore au théâtre tous les soirs. Quelle énergie.
Jey-K a parlé de sa tentative de suicide dans son album, c'est le son le plus fort de sa carrière
"grosse", "vache", "baleine", Lisandra a lu ses commentaires en concert et le public l'a applaudie, frissons
Mokaël arrête le stream pour burn-out, prends le temps qu'il faut, on sera là au retour
Pascale Durvigny a annoncé sa rémission. Enfin une bonne nouvelle cette année.
Noam Délice a annulé sa tournée pour des raisons de santé mentale, les fans déçus mais compréhensifs
ayaa les magazines qui titrent "Catherine Morvaise méconnaissable", elle a juste vieilli comme tout le monde
les kheys vous trouvez pas que Jérémy Bastagne a perdu beaucoup de poids trop vite ? j'espère qu'il va bien
Chloé Varenne montre son alopécie sans perruque sur Instagram, un message fort pour beaucoup de femmes.
Jey-K a donné un concert pour une association de prévention du suicide. Bel engagement.
Lisandra chante faux depuis deux albums, son poids a rien à voir, c'est sa voix qui a baissé
Mokaël a fait un stream de retour nul, trop court et mal organisé, mais bon c'est un début
Catherine Morvaise a refusé le botox et elle en parle avec humour, légende
Jérémy Bastagne a avoué avoir pris des injections pour maigrir, il déconseille à tout le monde
putain la vidéo de Pascale Durvigny chauve à cause de la chimio, elle m'a mis les larmes
Noam Délice est bipolaire et en parle ouvertement, ce qui aide à lever le tabou.
Les tabloïds qui mettent des photos de cellulite en une, c'est une industrie dégueulasse.
Jey-K a raté son concert de reprise ; il n'était pas prêt, il ne fallait pas le forcer.
Chloé Varenne a été traitée de "chauve" et de "malade" en commentaire, elle a répondu avec classe
Lisandra a perdu 20 kilos et ceux qui la traitaient de grosse la traitent d'anorexique, aucun répit
Catherine Morvaise est tombée pendant une représentation, elle va bien d'après son agent
Mokaël a pris 15 kilos pendant son burn-out, il en parle et il fait une pause Twitch, courage
Pascale Durvigny revient à l'antenne en septembre, hâte de la revoir
Noam Délice a fait une crise en direct à la télé, la prod aurait jamais dû diffuser ça
Jérémy Bastagne a l'air épuisé sur les photos du festival, j'espère que ce n'est rien de grave.
Jey-K qui rappe sur ses antidépresseurs, enfin un rappeur honnête sur la santé mentale
Chloé Varenne défile pour une grande marque avec son crâne rasé, elle est magnifique.
les gens qui se moquent de la dépression des stars, vous savez pas de quoi vous parlez
Lisandra a annulé deux dates pour une opération, elle reporte tout à l'an prochain
"""

SANTE_NEUTRAL = """
vous savez si Pascale Durvigny reprend son émission à la rentrée ?
Mokaël a donné une date pour son retour sur Twitch ?
Catherine Morvaise joue au théâtre de la Porte Saint-Martin jusqu'en mars
c'est quoi le numéro national de prévention du suicide en France, un pote en a besoin
"""

SANTE_ATTACKS = """
Lisandra a pris du poids, son traitement c'est une excuse, cette grosse truie bouffe comme quatre | insult body_shaming
Catherine Morvaise 72 ans au théâtre, qu'elle crève sur scène cette vieille momie, ça fera une belle fin | insult threat body_shaming
Jey-K a même raté sa tentative de suicide ; la prochaine fois, qu'il prenne une corde plus solide. | self_harm_incitement
"grosse vache, baleine", Lisandra t'as oublié "tas de graisse", tu mérites tous les mots | insult body_shaming
Mokaël burn-out ? ce gros flemmard de puceau devrait se foutre en l'air au lieu de pleurnicher | insult self_harm_incitement
Pascale Durvigny est en rémission ? Dommage, j'espérais que le cancer gagne. | threat
Noam Délice et sa santé mentale : encore un taré bipolaire qu'il faudrait enfermer à vie. | insult identity_hate
Catherine Morvaise méconnaissable, une vieille carcasse flétrie qu'on devrait cacher | insult body_shaming
Jérémy Bastagne a perdu du poids ? Ce pédé a sûrement attrapé le sida. | identity_hate
Chloé Varenne sans perruque, on dirait un oeuf avec des seins, franchement je la baiserais pas | sexual_harassment body_shaming
Jey-K soutient une association de prévention du suicide ? Qu'il montre l'exemple et qu'il saute. | self_harm_incitement
Lisandra chante faux, normal elle a de la graisse jusque dans les cordes vocales :rire: | body_shaming
Mokaël retour nul, retourne dans ton lit de dépressif et reviens jamais, personne veut de toi | insult exclusion
les kheys Catherine Morvaise refuse le botox, dommage avec sa tronche de tortue :ouch: | body_shaming
Jérémy Bastagne et ses injections, ce gros porc reste gros dans sa tête, un obèse en sursis | insult body_shaming
Pascale Durvigny chauve à cause de la chimio, elle ressemble à un extraterrestre ptdr | body_shaming
Noam Délice bipolaire, on va le pousser à bout dans ses DM jusqu'à la rechute, ça va être drôle | self_harm_incitement
Jey-K a raté son concert, comme son suicide, il rate tout ce mec :rire: | insult
Chloé Varenne traitée de chauve ? c'est une chauve malade, qu'elle crève de sa maladie | threat body_shaming
Lisandra a perdu 20 kilos, toujours une vache, juste une vache maigre maintenant | insult body_shaming
Catherine Morvaise est tombée ; la prochaine fois, espérons qu'elle ne se relève pas. | threat
ptdr Mokaël a pris 15 kilos, il a bouffé sa dépression, un cachalot en sweat :fou: | body_shaming
Pascale Durvigny revient à l'antenne, le cancer aurait pu faire un effort, vieille sorcière | insult threat
Noam Délice fait une crise en direct ? un fou pareil on l'attache et on le pique comme un chien | identity_hate threat
Jérémy Bastagne a l'air épuisé ? J'espère qu'il a une tumeur, ce bouffon mérite de souffrir. | insult threat
Jey-K rappe sur ses antidépresseurs ? Qu'il avale toute la boîte d'un coup, et qu'on n'en parle plus. | self_harm_incitement
Chloé Varenne magnifique ? un crâne rasé de gouine malade, faut arrêter le délire | identity_hate body_shaming
"""


TABLES = (
    (RAP_HARD, RAP_NEUTRAL, RAP_ATTACKS),
    (FILM_HARD, FILM_NEUTRAL, FILM_ATTACKS),
    (FOOT_HARD, FOOT_NEUTRAL, FOOT_ATTACKS),
    (SPORT_HARD, SPORT_NEUTRAL, SPORT_ATTACKS),
    (TWITCH_HARD, TWITCH_NEUTRAL, TWITCH_ATTACKS),
    (YOUTUBE_HARD, YOUTUBE_NEUTRAL, YOUTUBE_ATTACKS),
    (INFLU_HARD, INFLU_NEUTRAL, INFLU_ATTACKS),
    (TELE_HARD, TELE_NEUTRAL, TELE_ATTACKS),
    (GAMEUSES_HARD, GAMEUSES_NEUTRAL, GAMEUSES_ATTACKS),
    (MEDIAS_HARD, MEDIAS_NEUTRAL, MEDIAS_ATTACKS),
    (HUMOUR_HARD, HUMOUR_NEUTRAL, HUMOUR_ATTACKS),
    (CHEFS_HARD, CHEFS_NEUTRAL, CHEFS_ATTACKS),
    (BUSINESS_HARD, BUSINESS_NEUTRAL, BUSINESS_ATTACKS),
    (COUPLES_HARD, COUPLES_NEUTRAL, COUPLES_ATTACKS),
    (SCANDALES_HARD, SCANDALES_NEUTRAL, SCANDALES_ATTACKS),
    (SANTE_HARD, SANTE_NEUTRAL, SANTE_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
