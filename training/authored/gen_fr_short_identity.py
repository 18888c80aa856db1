"""Generate fr_short_identity.csv: short French forum posts about protected groups, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks demean trans people,
gay, lesbian and bi people, disabled people, Muslims, Jews, Black people, Asian people, Roma and
Travellers, or women, mostly without a slur: insinuation, "jokes", pseudo-science, "c'est
culturel", "pas tous mais...", deliberate misgendering, "qu'ils restent entre eux", exclusion from
a team or a server, and the same aimed at one person because of their group. Harmless lines use
the same group words: people speaking of their own identity, faith, origin, disability or
sexuality, questions in good faith, neutral news, civil policy disagreement, counter-speech,
history and culture. Every line is 5 to 25 words. No extra variants.
See fr_short_identity.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_identity.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives mention the group or use the
# words the attacks use, and attack nobody; neutral lines are ordinary posts on the topic.

# --- Trans and non-binary people ----------------------------------------------------------------
TRANS_HARD = """
ca fait deux ans que je suis sous hormones et je me reconnais enfin dans le miroir
Question sincere : on dit "une personne trans" ou "un trans" ? je veux pas etre maladroit avec ma collegue
ma pote est trans, elle a changé de prénom à l'état civil la semaine derniere, trop contente pour elle
les kheys je suis un mec trans et je cherche un coiffeur qui galere pas avec les cheveux courts
Mon cousin a fait son coming out trans au repas de Noël, la famille a plutot bien réagi :ok:
"un homme qui se maquille c'est une maladie" ayaa vous etes restés en 1950 les golems
Se maquiller c'est pas une maladie hein, mon pere met de l'anticerne pour les réunions
on peut débattre des bloqueurs de puberté chez les mineurs sans insulter les adultes trans
Je suis pas d'accord avec les catégories mixtes en sport de haut niveau, mais ça reste des personnes à respecter
Perso j'ai mis du temps à comprendre la dysphorie, une amie m'a expliqué avec beaucoup de patience
y a une asso trans dans ma ville qui fait des permanences le samedi, c'est top pour les familles
transition à 24 ans, je flippais, au final mon taf a été nickel avec moi
La série avec l'actrice trans dans le role principal est vraiment bien écrite, je conseille
Mon frere m'a appelée par mon nouveau prénom sans que je demande, j'ai chialé comme jamais
quelqu'un sait combien de temps faut attendre pour un rdv en endoc pour commencer un THS ?
Le mégenrage volontaire c'est du harcelement, meme le reglement du forum le dit
arretez de mégenrer l'op, elle a écrit "elle" dans son premier message, c'est pas compliqué
Je comprends pas tout à la non-binarité mais je vais pas insulter ceux qui le vivent
ma prof de SVT est une femme trans et c'est la meilleure prof du lycée, point
Drag queen et femme trans c'est pas la meme chose, juste pour info les kheys
Le maquillage pour homme se vend de plus en plus, les marques l'ont bien compris :hap:
J'ai vu un reportage sur les personnes trans agées en Ehpad, super touchant
je me suis fait refouler d'un bar parce que je suis trans, porter plainte ça sert à quelque chose ?
Vous avez des conseils pour un binder qui fait pas mal au dos ? je suis un mec trans
Débat sur les toilettes neutres au lycée, perso je m'en fous tant que c'est propre :hap:
Le rapport annuel sur les agressions transphobes est sorti hier, les chiffres montent encore
Y a des kheys trans sur le forum ? je voudrais des conseils pour soutenir mon petit frere
Mon daron a mis un an à accepter ma transition mais maintenant il m'appelle par mon prénom
Tu peux trouver ça bizarre pour toi, ça te donne pas le droit d'insulter les personnes trans
Le prénom d'usage à la fac ça se demande où ? je suis une femme trans en L2
jsuis non binaire et le "iel" me va bien, mais je force personne à l'utiliser
une femme trans a gagné un concours de patisserie et les commentaires étaient horribles, ça me dégoute
la transition c'est pas une mode, c'est des années de démarches et de rdv médicaux
J'ai fait mon coming out trans à mes potes de jeu, ils ont juste dit "ok ça change rien" :ok:
Le suivi psy est obligatoire pour une transition en France ? vraie question j'y connais rien
Elle raconte toute sa transition sur sa chaine, les démarches, les hormones, très instructif
J'ai une question sans troll : les personnes trans peuvent avoir des enfants apres les hormones ?
mon coloc est un homme trans et c'est le mec le plus calme que je connaisse
Je suis une meuf trans et je joue en ranked, on me mégenre en vocal à chaque partie, ça use
c'est quoi exactement la différence entre genre et sexe ? mon prof de philo en a parlé et j'ai rien capté
Ma mere dit encore "il" pour ma soeur trans, elle se trompe sans le vouloir, elle progresse
"c'est un mec déguisé" sur le topic de la joueuse trans, modos faites votre taf svp
J'ai voté contre la loi sur les mineurs, mais les adultes trans font ce qu'ils veulent de leur vie
ma grand mere a 80 ans et elle a retenu le prénom de ma pote trans du premier coup :rire:
Un homme qui se maquille, une femme qui se rase la tete, et alors ? ça dérange qui
en tant que femme trans j'ai eu peur de l'entretien d'embauche, finalement ça s'est super bien passé
Le changement de prénom en mairie c'est gratuit et ça prend un mois, pour ceux qui demandent
Les personnes intersexes c'est pas la meme chose que les personnes trans, je l'ai appris récemment
Je suis le pere d'une ado trans et j'ai besoin de parler à d'autres parents, vous connaissez des groupes ?
Mon pote m'a corrigé quand j'ai mégenré une collegue, j'ai dit pardon et on est passés à autre chose
Je suis une femme trans de 19 ans et j'ai enfin ma nouvelle carte d'identité, jour de fete :ok:
Les personnes trans représentent moins de 1 % de la population d'apres les estimations, on en parle beaucoup pour si peu
je suis un mec trans et je fais du rugby en club amateur, le coach a juste demandé mon prénom
"""

TRANS_NEUTRAL = """
Quelqu'un a vu le documentaire sur le changement d'état civil en Europe ? la Belgique est en avance
La marche des fiertés passe devant chez moi samedi, ça va etre blindé toute l'aprem
Je cherche un bon endocrinologue sur Lyon, conventionné de préférence
Pour info le formulaire de changement de prénom se remplit en mairie maintenant, plus au tribunal
Vous connaissez des youtubeurs qui parlent de santé hormonale sérieusement ?
Le centre LGBT de ma ville cherche des bénévoles pour l'accueil le mercredi soir
"""

TRANS_ATTACKS = """
un homme qui se maquille et met une robe c'est une maladie mentale, faut le soigner | identity_hate
les trans c'est une mode tiktok, dans dix ans ils regretteront tous :hap: | identity_hate
ça reste un mec, il peut se faire appeler Jessica autant qu'il veut :rire: | identity_hate insult
l'op dit qu'elle est une femme mais on sait tous ce qu'il a entre les jambes :noel: | identity_hate insult sexual_harassment
Il a beau prendre des hormones, IL restera un homme, désolé pas désolé | identity_hate insult
les trans dans les vestiaires des filles c'est des pervers déguisés, point | identity_hate exclusion
on devrait interdire aux trans de bosser dans les écoles, trop dangereux pour les gosses | identity_hate exclusion
"elle" :rire: mec t'as une pomme d'adam plus grosse que la mienne | identity_hate insult body_shaming
faut surtout pas les appeler par leur prénom choisi, faut pas encourager leur délire | identity_hate
ces gens là ils se mutilent et apres ils veulent que la sécu paye pour eux :hap: | identity_hate
nan mais les "non binaires" c'est juste des gens qui veulent se rendre intéressants | identity_hate
une femme trans c'est un homme qui a perdu la tete, rien d'autre | identity_hate
Les trans c'est des malades, pas des femmes, on arretera pas de le dire | identity_hate
la transidentité c'est une contagion sociale, faut isoler les gosses de ces gens | identity_hate exclusion
Y a une meuf trans sur le serveur ? virez-la, on joue entre vrais mecs et vraies meufs ici | identity_hate exclusion
notre club refuse les trans, qu'ils aillent jouer entre eux dans leur coin | identity_hate exclusion
Monsieur l'op, parce que t'es un monsieur, arrete de te faire passer pour une fille | identity_hate insult
"Lucie" sur le discord c'est un mec, je l'appellerai Kevin jusqu'à ce qu'il se barre :hap: | identity_hate insult
ça se prend pour une femme et ça veut qu'on la respecte, ayaa | identity_hate insult
les hormones ça leur grille le cerveau, regardez comme ils sont tous instables | identity_hate
un mec en jupe dans mon quartier il ferait pas dix metres debout | identity_hate threat
ils devraient avoir des toilettes rien que pour eux au fond du couloir, loin de nos gosses | identity_hate exclusion
déjà malades mentaux, et maintenant ils veulent adopter des enfants :hap: | identity_hate
La dysphorie ça se soigne avec un psy et deux claques, pas avec des hormones | identity_hate
je mégenre l'op exprès, il a qu'à assumer d'etre un mec | identity_hate insult
t'es pas une femme, t'es un déguisement khey, un costume mal taillé | identity_hate insult
Encore une trans à la télé, ils veulent habituer nos enfants, c'est de la propagande | identity_hate
pas tous mais beaucoup de trans veulent juste accéder aux enfants, réfléchissez | identity_hate
Je respecte les trans, mais loin de moi et loin de mes gamins merci | identity_hate exclusion
Jamais je bosserais avec une trans, ça met tout le monde mal à l'aise au bureau | identity_hate exclusion
un homme en robe dans les toilettes des femmes je le sors moi-meme par le col | identity_hate threat
Mon coloc veut qu'on dise "iel" :rire: moi je dis "ça" maintenant, il adore | identity_hate insult
ça mérite un internement, pas un changement de prénom en mairie | identity_hate
la meuf trans du stream a une voix de camionneur :rire: rendez-nous les vraies meufs | identity_hate insult body_shaming
les trans pas opérés devraient pas avoir le droit de sortir habillés comme ça | identity_hate exclusion
La femme trans qui a gagné le concours de patisserie, c'est un gâteau d'homme quand meme :noel: | identity_hate insult
ta prof de SVT c'est un monsieur avec une perruque, tes parents sont au courant ? :hap: | identity_hate insult
La non-binarité c'est une maladie de riches qui s'ennuient, donnez-leur un vrai travail | identity_hate
si ma fille me dit qu'elle est un garçon, je l'envoie en internat militaire direct | identity_hate
Un trans qui se suicide c'est triste mais ça prouve bien que c'est une maladie :hap: | identity_hate
le mec trans du forum il a pas de barbe, il a pas de muscles, c'est une meuf point | identity_hate insult body_shaming
Les trans veulent juste choquer, c'est du fétichisme assumé et on doit applaudir | identity_hate
une femme trans c'est un mec qui a pas réussi à pécho, alors il change de camp :rire: | identity_hate insult
Fallait pas lui donner des hormones, fallait lui donner une bonne éducation | identity_hate
Ils ont tous une case en moins, suffit de parler cinq minutes avec un trans | identity_hate
on va l'appeler par son prénom de naissance en boucle jusqu'à ce qu'elle quitte le discord :rire: | identity_hate insult exclusion
tu veux qu'on t'appelle madame ? montre d'abord ce que t'as dans le pantalon :noel: | identity_hate sexual_harassment insult
En soirée j'ai démasqué une trans, tout le monde s'est barré, fallait voir sa tete :rire: | identity_hate exclusion
les iel c'est une secte, faut sauver les gosses qui se font embrigader | identity_hate
Mes potes et moi on a décidé de jamais dire "elle" pour la nouvelle, c'est un mec | identity_hate insult
Elle peut se faire opérer autant qu'elle veut, elle sera jamais une vraie femme, juste une copie | identity_hate insult
Un prof trans devant des élèves, c'est du prosélytisme, à virer | identity_hate exclusion
"""

# --- Gay, lesbian and bi people -----------------------------------------------------------------
GAY_HARD = """
mon copain et moi on se marie en juin, je suis trop stressé pour le discours :hap:
Ma copine et moi on vient d'emménager ensemble, des idées pour décorer un studio de 20 m2 ?
Je suis gay et j'ai peur de le dire à mon pere, vous avez fait comment vous ?
Les kheys gays c'est comment les rencontres en province ? je galere à Limoges
Deux mamans à la sortie de l'école, personne n'a rien dit, on est bien en 2024 :ok:
mes deux oncles sont ensemble depuis trente ans et c'est les meilleurs tontons du monde
Question : un couple de femmes peut faire une PMA en France maintenant ? c'est remboursé ?
je suis lesbienne et mes parents croient encore que c'est une phase, bientot dix ans de phase :rire:
La loi sur le mariage pour tous date de 2013, ça fait déjà plus de dix ans
Coming out à mon équipe de rugby, ils ont fait une vanne puis plus rien, je suis soulagé
"les homos c'est contre nature" on lit encore ça en 2024, le forum est tombé bien bas
Je suis croyant et je pense pas que l'homosexualité soit un péché, mon curé non plus
Je suis contre la GPA mais ça a rien à voir avec les couples gays, c'est une question éthique
Débat sur l'adoption par les couples homos à la télé, les deux camps étaient polis pour une fois
Mon meilleur pote est gay et il m'a aidé à choisir mon costume de mariage, il a un oeil de fou
C'est quoi la différence entre bi et pan ? sans troll, je veux comprendre
La pride de Marseille c'est ce samedi, quelqu'un y va avec des potes ?
Un joueur de Ligue 1 a fait son coming out, respect à lui, c'était pas facile
Mon pere m'a dit "tant que t'es heureux" quand je lui ai présenté mon copain, j'ai pleuré
Les agressions homophobes ont augmenté l'an dernier d'apres le ministere
Je suis bi et on me dit toujours que je suis "indécis", c'est lourd à force
Pourquoi le drapeau arc-en-ciel a six couleurs ? il en avait plus avant non ?
Je suis hétéro et un mec m'a dragué en soirée, j'ai dit non merci et on a rigolé ensemble
ma grand mere de 85 ans demande des nouvelles de ma copine à chaque appel, elle est au top
Traiter quelqu'un de pd pour l'insulter c'est homophobe, meme si "c'est pour rire"
je suis gay et je joue à LoL, oui ça existe, non je suis pas forcément support :rire:
Mes deux mamans sont venues à ma remise de diplome, elles étaient plus fieres que moi
un couple d'hommes s'est fait tabasser à la sortie d'un bar, les agresseurs ont été arretés
En tant que catho pratiquant je soutiens mon frere gay, la famille passe avant tout
Le baiser entre deux hommes dans le film a choqué ma tante, elle s'en remettra :hap:
je suis lesbienne et on me demande tout le temps "qui fait l'homme" :rire: personne en fait
Premier rencard avec une fille, je suis une fille aussi, des conseils les kheyettes ?
Les thérapies de conversion sont interdites en France depuis 2022, c'est une bonne chose
j'ai grandi dans un village et j'ai fait mon coming out à 25 ans, jamais trop tard
On peut etre contre la GPA et pour le mariage gay, c'est exactement mon cas
Mon pote est gay et il est plus bourrin que moi au foot, les clichés ont la vie dure
Question sérieuse : comment je dis à mon pote que je suis gay sans que ça devienne bizarre ?
Je suis musulman et gay, c'est compliqué avec ma famille mais j'avance
ma soeur va épouser sa copine et mon pere va faire le discours, j'ai hate
un prof a fait son coming out devant sa classe de terminale, les éleves ont applaudi
"t'es gay ou quoi" comme insulte en 2024 ayaa, trouvez mieux les kheys
La dépénalisation de l'homosexualité en France c'est 1982, ça fait pas si longtemps
Mon ex était bi et elle a jamais été "indécise", elle savait tres bien ce qu'elle voulait :rire:
Je suis pas à l'aise avec les démonstrations d'affection en public, hétéro ou gay, chacun son truc
les couples gays ont le droit d'adopter depuis 2013, mais c'est tres long en pratique
Je suis lesbienne et prof de sport, les parents d'éleves s'en fichent completement
Mon pote a été viré de chez lui à 17 ans parce qu'il est gay, une asso l'a hébergé
J'ai été à un mariage gay pour la premiere fois, c'était le meilleur mariage de ma vie :rire:
Le ministre qui a fait son coming out, on s'en fout de sa vie privée, jugez ses actes
Je suis asexuel et non c'est pas une maladie, juste pas d'attirance, ça existe
Je suis lesbienne et je joue au rugby, et non toutes les rugbywomen ne sont pas lesbiennes
On a fété nos dix ans avec mon mari, on s'est rencontrés en L1 de droit :ok:
"""

GAY_NEUTRAL = """
Quelqu'un connait un bar sympa dans le Marais pour un premier rencard ?
le programme de la quinzaine des fiertés est sorti, y a un concert gratuit samedi
Je cherche un témoin pour mon mariage, mon pote d'enfance m'a lâché :hap:
Des séries avec des personnages lesbiens bien écrits ? j'ai fini la mienne hier
mon mari cuisine mieux que moi, je l'avoue publiquement ici
"""

GAY_ATTACKS = """
deux mecs qui se tiennent la main devant des gosses ça devrait etre interdit | identity_hate exclusion
l'homosexualité c'est une maladie, ça se soigne avec une bonne éducation | identity_hate
deux hommes qui se marient c'est la fin de la civilisation, dégoutant | identity_hate
une lesbienne c'est juste une meuf qui a pas encore trouvé le bon mec :noel: | identity_hate sexual_harassment
les lesbiennes faut juste leur montrer ce que c'est un vrai homme | identity_hate sexual_harassment threat
l'op est gay ? ok je comprends mieux pourquoi son avis sur le foot vaut rien :rire: | identity_hate insult
pas de gays dans le vestiaire, personne veut se faire mater sous la douche | identity_hate exclusion
Les gays ont toujours un truc qui cloche dans la tete, c'est connu | identity_hate
les prides c'est de l'exhibitionnisme, faut les interdire et les disperser | identity_hate exclusion
Si mon fils est gay il dort dehors, pas sous mon toit | identity_hate exclusion
Les homos c'est la cause de la baisse de natalité, faut arreter de les mettre en avant | identity_hate
il parle comme une fille l'op, ça se voit qu'il est de l'autre bord :hap: | identity_hate insult
Un homo au gouvernement ? c'est le lobby qui avance ses pions | identity_hate
le lobby LGBT veut transformer vos enfants, ouvrez les yeux | identity_hate
la bi de la classe elle est juste en manque d'attention, comme toutes les bi | identity_hate insult
les couples gays c'est de la débauche, rien à voir avec l'amour | identity_hate
Je veux pas de gays dans ma guilde, allez faire vos trucs ailleurs | identity_hate exclusion
les deux mamans à la sortie de l'école, pauvre gosse, il aura jamais de reperes | identity_hate
deux femmes ensemble c'est juste du porno pour moi :noel: elles font un show privé quand ? | identity_hate sexual_harassment
dans mon quartier un mec qui tient la main d'un mec il rentre pas entier | identity_hate threat
les homos doivent rester discrets, chez eux, pas dans la rue | identity_hate exclusion
l'homosexualité c'est un traumatisme d'enfance pas soigné, demandez à n'importe quel psy | identity_hate
les gays sont tous des obsédés, faut pas les laisser bosser avec des gosses | identity_hate exclusion
le prof de sport est gay, je retire mon gosse de son cours direct | identity_hate exclusion
Les homos ok, mais qu'ils se reproduisent pas, ah bah ils peuvent pas :rire: | identity_hate
T'es gay l'auteur ? ça explique ta déco de chiotte :hap: | identity_hate insult
Tu défends les homos parce que t'en es un, avoue khey :rire: | identity_hate insult
Le mariage gay c'était la premiere étape, apres ils vont demander la zoophilie | identity_hate
Les lesbiennes c'est des meufs trop moches pour trouver un mec | identity_hate insult body_shaming
L'homosexualité devrait redevenir un délit comme avant, c'était mieux | identity_hate
On a mis le nouveau en défense, le gay, comme ça il mate pas nos fesses :rire: | identity_hate insult
mon copain et moi on se marie, ayaa on va vraiment laisser faire ça, les kheys ? | identity_hate
le coming out du joueur de Ligue 1, il va passer plus de temps à regarder les fesses de ses coéquipiers :noel: | identity_hate insult
un gay dans l'armée, l'ennemi va mourir de rire | identity_hate
Les bi c'est des gays qui assument pas, des lâches | identity_hate insult
tes deux oncles ensemble depuis trente ans ? quelle horreur, ils ont dû en traumatiser des neveux | identity_hate
Ces gens-là ont toujours besoin d'afficher leur sexualité partout, c'est maladif | identity_hate
l'homosexualité c'est contagieux, faut pas que les gosses les voient à la télé | identity_hate exclusion
un pere gay c'est une mere ratée :rire: | identity_hate insult
les gouines ça finit toujours par revenir au pénis :noel: | identity_hate sexual_harassment
Les pd méritent ce qui leur arrive à la sortie des bars | identity_hate threat
t'as une voix de gay, parle pas en vocal stp ça me coupe l'envie de jouer | identity_hate insult exclusion
deux hommes qui adoptent, tu sais très bien ce qui arrive au gamin apres | identity_hate
Ma soeur sort avec une fille, on fait comme si elle existait plus, c'est mieux | identity_hate exclusion
les homos font du prosélytisme, un gamin normal deviendrait jamais comme ça tout seul | identity_hate
Les lesbiennes c'est des mecs ratés, regarde leurs coupes de cheveux | identity_hate insult body_shaming
Si un gay m'approche en soirée, je lui apprends la politesse avec mes poings | identity_hate threat
Un prof gay qui fait son coming out en classe, c'est du recrutement, point | identity_hate
les gays sur ce forum, vous avez juste un probleme d'hormones, allez voir un médecin | identity_hate insult
Le drapeau arc-en-ciel sur la mairie, faudrait le bruler et ceux qui l'ont mis avec | identity_hate threat
"""

# --- Disabled people, chronic and mental illness -------------------------------------------------
DISABILITY_HARD = """
Je suis étudiant aveugle en licence d'histoire, comment vous faites avec les PDF scannés illisibles ?
mon petit frere est autiste, il a eu son bac avec mention, trop fier de lui
Je suis en fauteuil et les gens me parlent comme si j'avais 5 ans, ça vous arrive aussi ?
Question : l'AAH est déconjugalisée maintenant, ça change quoi concretement pour un couple ?
ma soeur est trisomique et c'est la personne la plus drole de la famille, de loin
Je suis sourde et je cherche des gens qui parlent LSF sur Paris pour pratiquer
La RQTH ça sert à quoi au juste ? mon médecin me conseille de la demander
Les bus de ma ville ont enfin des rampes pour les fauteuils, il était temps
Je suis dyslexique, désolé pour les fautes les kheys, je fais de mon mieux
j'ai un TDAH diagnostiqué à 22 ans, ça explique tellement de trucs sur ma scolarité :rire:
Les Jeux paralympiques étaient incroyables, le cécifoot surtout, quelle ambiance
"autiste" comme insulte ça me saoule, mon cousin l'est et il est plus gentil que vous tous
Je suis bipolaire et stabilisé depuis trois ans, ça se soigne, demandez de l'aide
On a un collegue en fauteuil, le boss a fait installer un ascenseur sans discuter, respect
Ma fac m'a donné un tiers temps pour les partiels grâce à mon dossier MDPH
vous connaissez des jeux vidéo bien accessibles pour les malvoyants ? c'est pour mon pote
etre handicapé c'est pas etre bete, merci de retenir ça une bonne fois
mon pote a une jambe en moins et il court plus vite que moi au five :hap:
ils ont mis des bandes podotactiles à la gare, ma mere aveugle peut enfin y aller seule
La schizophrénie c'est pas "avoir deux personnalités", c'est une idée reçue tenace
je bosse en ESAT et j'aime mon taf, on fait de la menuiserie et des palettes
La loi de 2005 sur l'accessibilité est toujours pas appliquée partout, c'est fou
mon daron est devenu sourd d'une oreille, on a appris quelques signes en famille
Les places handicapées prises par des valides ça m'énerve, moi j'en ai vraiment besoin
La maladie de Crohn c'est un handicap invisible, personne me croit quand je dis que je peux pas
je suis autiste et j'ai du mal avec le second degré, mettez des :hap: svp
un streamer tétraplégique joue avec les yeux, c'est dingue ce qu'on peut faire aujourd'hui
C'est normal de pas savoir comment aider un aveugle, demande juste "vous voulez de l'aide ?"
Le gouvernement veut revoir le calcul de l'AAH, je suis contre le projet mais je comprends la question du cout
Je suis épileptique, les jeux avec des flashs devraient prévenir plus clairement au lancement
ma cousine a une déficience intellectuelle et elle bosse dans une boulangerie, elle adore
vraie question, on dit "handicapé" ou "personne handicapée" ? je veux pas vexer mon nouveau coloc
Mon pere est en fauteuil depuis son accident, il fait du basket handisport tous les jeudis
je suis malvoyant et je joue à Hearthstone avec un lecteur d'écran, ça marche plutot bien
Un élève autiste dans ma classe a été harcelé, le principal a enfin réagi, pas trop tot
j'ai une dépression diagnostiquée, je prends un traitement et je vais mieux, parlez-en à un médecin
Le chien guide de ma voisine s'appelle Pirate et il est plus sage que moi :rire:
Les nains de jardin c'est moche, rien à voir avec l'achondroplasie hein :hap: je parle déco
Je suis sourd de naissance et je lis sur les levres, mais au téléphone c'est l'enfer
Ma boite a embauché deux personnes en situation de handicap cette année, l'équipe a rien changé, tout roule
Question : les chiens guides ont le droit d'entrer partout ? un resto a refusé mon oncle
Un candidat aveugle a réussi l'agrégation de maths, respect total
Je suis en fauteuil et j'adore les concerts, mais trouver une salle accessible c'est un parcours du combattant
Mon grand frere a la sclérose en plaques, des conseils pour l'aider sans l'étouffer ?
Le tiers temps c'est pas un avantage, c'est compenser une difficulté, nuance les kheys
Je suis autiste et ingénieur, j'ai juste besoin d'un bureau calme, mon boss l'a compris tout de suite
Un khey sait si la carte mobilité inclusion donne la priorité dans les files d'attente ?
Mon petit frere a un handicap moteur et il veut faire du jeu vidéo en compétition, des pistes ?
"""

DISABILITY_NEUTRAL = """
Quelqu'un a un bon tuto pour apprendre la langue des signes en ligne ?
Le dossier MDPH c'est six mois d'attente dans mon département, courage à tous
ma kiné dit que la rééducation va prendre un an, je vais devenir fou
les lunettes c'est remboursé à combien maintenant avec la mutuelle étudiante ?
Le match de basket fauteuil de dimanche est gratuit au gymnase municipal
"""

DISABILITY_ATTACKS = """
les autistes du forum on les repere direct, aucune vie sociale et ça parle de trains :rire: | identity_hate insult
Les handicapés mentaux devraient pas avoir le droit de faire des enfants | identity_hate
un aveugle à la fac ? il prend la place d'un étudiant normal | identity_hate exclusion
l'AAH c'est payer des gens à rien foutre, ils sont pas si handicapés que ça | identity_hate
les trisomiques faut les dépister et plus en faire naitre, c'est du bon sens | identity_hate
Tu parles comme un attardé khey, t'as la trisomie ou quoi ? | identity_hate insult
jamais je sors avec une meuf en fauteuil, c'est un boulet à vie | identity_hate insult
Les sourds ont qu'à lire sur les levres, on va pas tout sous-titrer pour eux | identity_hate exclusion
pas de handicapés dans notre équipe, ils ralentissent tout le monde | identity_hate exclusion
L'op est dyslexique ? ça explique pourquoi il comprend rien à rien :hap: | identity_hate insult
les bipolaires c'est des bombes à retardement, faut pas les laisser bosser | identity_hate exclusion
les places handicapées c'est pour les flemmards, je me gare dessus tous les jours et j'assume | identity_hate
les polyhandicapés coutent une fortune et servent à rien, faut arreter l'acharnement | identity_hate threat
Un schizo dans le bus ce matin, ces gens là devraient etre enfermés | identity_hate exclusion
Le streamer en fauteuil il fait pitié, on le regarde juste pour rigoler :rire: | identity_hate insult
T'as un TDAH ? nan t'es juste con et mal élevé | identity_hate insult
Les autistes devraient pas avoir le droit de jouer en ranked, ça tilt pour rien | identity_hate exclusion
les nains c'est fait pour le cirque, pas pour présenter la météo | identity_hate exclusion body_shaming
il boite le nouveau prof, on l'appelle le pingouin et ça le fait chialer :rire: | identity_hate insult body_shaming
ma cousine handicapée, on la cache aux repas de famille, c'est la honte | identity_hate exclusion
Handicap invisible mon cul, c'est juste des excuses pour pas bosser | identity_hate
laisse parler les valides, toi avec ta canne blanche tu vois rien au débat :rire: | identity_hate insult
Un ESAT c'est bien, comme ça on les voit pas dans la vraie vie | identity_hate exclusion
Ton frere autiste il comprend quand on se moque de lui ? :noel: | identity_hate insult
les sourds c'est pratique, tu peux les insulter en face :rire: | identity_hate insult
un mec en fauteuil qui drague en soirée, ayaa il se croit où | identity_hate insult
Si t'as besoin d'un tiers temps t'as rien à faire en médecine, laisse la place | identity_hate exclusion
les handicapés c'est des poids morts, moi je dis sélection naturelle | identity_hate
Les dépressifs faut les laisser tomber, ils tirent tout le monde vers le bas | identity_hate exclusion
le chien guide il est plus intelligent que son maitre :rire: | identity_hate insult
Un trisomique qui bosse à la boulangerie, j'achete plus mon pain là-bas moi | identity_hate exclusion
les autistes c'est des robots sans empathie, faut pas leur confier d'enfants | identity_hate exclusion
t'es malvoyant et tu joues à Hearthstone ? on comprend mieux ton rang :rire: | identity_hate insult
Les gens en fauteuil au concert ils gachent la vue à tout le monde, qu'ils restent chez eux | identity_hate exclusion
Ton daron en fauteuil il a pas honte de faire du basket ? on dirait un caddie :rire: | identity_hate insult
Un prof sourd ? les éleves vont faire ce qu'ils veulent, qui a embauché ça | identity_hate exclusion
les schizophrenes sont tous dangereux, faut les interner à vie | identity_hate exclusion
Le candidat aveugle qui a eu l'agreg, pitié, c'est un diplome de charité | identity_hate insult
la meuf sur la chaine handisport, on la regarde pour rire de sa démarche | identity_hate insult body_shaming
tu bégaies en vocal khey, coupe ton micro, on perd du temps avec toi | identity_hate insult exclusion
Les épileptiques qui se plaignent des flashs, jouez au Tetris et foutez-nous la paix | identity_hate exclusion
avec ton bras en moins tu devrais pas avoir le droit de conduire, t'es un danger public | identity_hate insult
Les personnes handicapées qui font des gosses c'est égoiste, ils refilent leur tare | identity_hate
le gamin autiste de ma classe on l'a mis à l'écart, il fait peur à tout le monde | identity_hate exclusion
Dépression c'est le mot à la mode pour dire feignasse | identity_hate insult
les bipolaires faudrait leur retirer le permis et le droit de vote | identity_hate exclusion
"""

# --- Muslims, Islam, Arabs and North Africans ----------------------------------------------------
MUSLIM_HARD = """
Question sincere : pourquoi certaines femmes portent le hijab et d'autres non ? c'est un choix perso ?
je suis musulmane et je porte le voile depuis mes 16 ans, personne ne m'a forcée
Ramadan commence lundi, des conseils pour tenir le jeune en bossant en intérim ?
La laicité interdit le voile aux fonctionnaires, pas aux usagers, faut arreter de confondre
Je suis pour l'interdiction des signes religieux à l'école, croix comprises, sans viser personne
La mosquée de mon quartier fait une collecte pour les sans-abri ce samedi, tout le monde peut venir
Mon pote a fait sa premiere priere de l'Aid avec son pere, il était trop content
vraie question, le halal c'est quoi exactement comme méthode d'abattage ?
Je suis athée et mes voisins musulmans m'invitent à rompre le jeune chaque année
une mosquée a été taguée à Poitiers, le maire a porté plainte
Je suis converti à l'islam depuis deux ans, ma mere commence enfin à accepter
On peut critiquer une religion sans insulter les gens qui la pratiquent
"chez eux c'est culturel de voler" ayaa ton oncle Gérard pique aussi dans la caisse :rire:
Le débat sur l'abaya à l'école, je suis pour l'interdiction mais certains commentaires ici sont dégueulasses
Ma coloc fait le ramadan, je mange pas devant elle en journée, c'est juste du respect
Les musulmans de France sont majoritairement pratiquants ou pas ? une source fiable quelqu'un ?
Le Coran a été traduit en français des le XVIIe siecle, je l'ai appris hier
je suis musulman et je bois pas, mais je m'en fous que mes potes boivent
L'islamophobie c'est pas critiquer l'islam, c'est s'en prendre aux musulmans
L'Aid devrait etre un jour férié ? je suis partagé sur la question, vous en pensez quoi ?
mon patron me laisse une salle pour prier le vendredi midi, franchement respect
La grande mosquée de Paris a été construite pour honorer les soldats musulmans de 14-18
Je suis contre le burkini à la piscine municipale, c'est le reglement, pas les musulmanes que je vise
tu peux pas dire que les musulmans sont des terroristes, mon pere a servi vingt ans dans l'armée française
une prof voilée à la fac ça me choque pas, c'est pas interdit à l'université
Ma copine est musulmane et moi catho, on fetera Noël et l'Aid, ça va etre un festin :hap:
vous savez si le jeune est obligatoire quand on est malade ? mon grand pere diabétique insiste
L'expo de calligraphie arabe au Louvre c'est magnifique, allez voir
je suis voilée et je cherche un stage en com, des conseils pour les entretiens ?
Sondage : une majorité de Français pour une laicité stricte, le débat reste ouvert
je suis d'origine algérienne et on me demande toujours si je fais le ramadan, non, et alors
Mon prénom c'est Mohamed et je suis ingénieur, le CV anonyme m'a bien aidé au début
Les chiffres de la discrimination à l'embauche pour les noms maghrébins sont terribles, testing à l'appui
Je suis pour des quotas d'immigration votés au Parlement, sans haine pour qui que ce soit
Le couscous est le plat préféré des Français depuis des années, on l'oublie souvent
ma voisine voilée garde mes gosses le mercredi, c'est la meilleure nounou du quartier
Je suis musulman et je condamne cet attentat, comme la quasi-totalité des musulmans
Les harkis ont été abandonnés en 1962, l'Etat a reconnu sa responsabilité récemment
"pas tous mais..." c'est toujours le début d'une généralisation raciste, méfiez-vous de vos phrases
la priere du vendredi déborde sur le trottoir parce que la mosquée est trop petite, le maire cherche un terrain
Je suis contre le port du voile pour les accompagnatrices scolaires, je le dis poliment, ça reste un débat
Vous conseillez quel livre pour comprendre l'histoire de l'islam ? je pars de zéro
Ma grand mere kabyle fait les meilleurs makrouts du monde, c'est pas négociable
Le voile c'est pas mon truc, mais c'est pas à moi de décider pour les autres femmes
Les enfants de harkis, d'immigrés ou de pieds-noirs, on est tous français ici
je fais le ramadan et je joue en ranked le soir, ne me jugez pas si je suis fatigué :hap:
un imam a été expulsé pour des propos haineux, la justice a validé la décision
Ayaa le khey qui découvre que les Arabes ont inventé l'algebre, culture G
Je suis pas musulman mais j'ai fait le ramadan une journée par solidarité avec mon coloc, la galere :hap:
Le voile intégral est interdit dans l'espace public depuis 2010, le voile simple non, petite précision
Mon prof d'arabe à la fac est chrétien libanais, comme quoi arabe et musulman c'est pas pareil
"""

MUSLIM_NEUTRAL = """
Les horaires du ramadan sont sortis pour Lyon, la rupture du jeune est vers 21h
quelqu'un a une recette de chorba facile pour débutant ?
le marché de nuit du ramadan à Barbes c'est incroyable, foncez
Des idées de cadeau pour l'Aid pour ma belle famille ?
Un bon film sur la guerre d'Algérie à conseiller ? j'ai vu Hors-la-loi
"""

MUSLIM_ATTACKS = """
chez eux c'est culturel de voler, ça se transmet de pere en fils | identity_hate
les musulmans c'est pas tous des terroristes mais tous les terroristes sont musulmans :hap: | identity_hate
Une voilée dans mon équipe ? jamais, elle va nous ramener sa charia | identity_hate exclusion
le voile c'est l'uniforme de l'ennemi, faut leur arracher dans la rue | identity_hate threat
encore une mosquée en construction, on est plus chez nous | identity_hate
le ramadan c'est le mois où ils sont encore plus agressifs que d'habitude :rire: | identity_hate
l'islam c'est une maladie, et les musulmans sont des contaminés | identity_hate
les musulmanes voilées sont soumises ou complices, y a pas d'autre option | identity_hate
pas de barbus sur le serveur, on veut pas finir en djihad vocal :rire: | identity_hate exclusion
elle porte le voile, donc elle cache une bombe ou des poux :noel: | identity_hate insult
Les musulmans faut les renvoyer au bled, tous, meme ceux nés ici | identity_hate exclusion
Un musulman modéré c'est un musulman qui a pas encore lu son livre | identity_hate
les mosquées faut toutes les fermer, c'est des usines à terroristes | identity_hate exclusion
t'as un prénom arabe l'op, t'es allé combien de fois en Syrie ? :noel: | identity_hate insult
Ils égorgent des moutons dans leur baignoire et ils veulent nous donner des leçons | identity_hate
le halal c'est la taxe islamique, chaque steak finance le djihad | identity_hate
ma voisine voilée je l'appelle "le sac poubelle", elle déteste :rire: | identity_hate insult
les musulmans sont incompatibles avec la République, point final | identity_hate
Pas tous mais la plupart des musulmans approuvent les attentats en secret | identity_hate
des qu'il y en a trois dans une rue, c'est Kaboul | identity_hate
La prof voilée faut la virer, c'est pas sa place devant des enfants français | identity_hate exclusion
un mec qui fait sa priere au taf faut le virer sur le champ, c'est un futur radicalisé | identity_hate exclusion
tes voisins t'invitent à rompre le jeune ? vérifie que t'es pas le mouton :noel: | identity_hate
Les convertis c'est les pires, des losers qui cherchent une bande | identity_hate insult
je loue pas mon appart aux Mohamed, expérience faite, jamais plus | identity_hate exclusion
les musulmans font des gosses pour nous envahir par le ventre | identity_hate
Une musulmane en short ? ça existe pas, ou alors elle se fait lapider chez elle | identity_hate
chez eux c'est culturel de frapper les femmes, regarde les stats du quartier | identity_hate
Mohamed ingénieur ? ingénieur en quoi, en cambriolage ? :hap: | identity_hate insult
ils brulent des voitures au nouvel an parce que c'est leur façon de faire la fete | identity_hate
Les Arabes c'est des voleurs de naissance, c'est génétique | identity_hate
la nounou voilée de l'op, elle apprend quoi aux gosses, les sourates ? faut appeler les services sociaux | identity_hate
Je me méfie de tous les mecs en qamis, c'est des bombes sur pattes | identity_hate
T'es algérien toi ? t'as volé ton clavier ou tu l'as acheté ? :noel: | identity_hate insult
le couscous oui, les gens qui le font non, qu'ils rentrent au bled | identity_hate exclusion
Un prénom comme le tien, tu devrais te sentir chanceux qu'on te laisse voter | identity_hate insult
Quand je vois une femme voilée dans le bus, je change de wagon, on sait jamais | identity_hate exclusion
pas d'Arabes dans la colloc, on a déjà donné, ça ramene des embrouilles | identity_hate exclusion
ces gens-là respectent pas les femmes, c'est dans leur religion, faut pas les accueillir | identity_hate exclusion
l'imam de ton quartier c'est un recruteur comme les autres, ils le sont tous | identity_hate
La priere du vendredi dans la rue, un bon coup de karcher et on en parle plus | identity_hate threat
ton pote fait le ramadan ? ça va le calmer cinq minutes, les autres jours il vole | identity_hate insult
les Maghrébins ils ont jamais rien inventé à part la fraude aux allocs | identity_hate
tous les musulmans devraient etre fichés S par défaut, ça ferait gagner du temps | identity_hate exclusion
Le prof s'appelle Karim, je parie qu'il fait la priere dans la salle des profs :noel: | identity_hate
l'islam est une religion de mort, les musulmans qui disent le contraire mentent | identity_hate
Elle a eu le stage parce qu'elle est voilée, discrimination positive pour les soumises | identity_hate insult
"""

# --- Jews ------------------------------------------------------------------------------------------
JEWISH_HARD = """
la synagogue de ma ville a été rénovée, elle ouvre ses portes aux journées du patrimoine
Je suis juive et je fais pas shabbat, ma grand mere désespere :rire:
Question : c'est quoi la différence entre casher et halal ? c'est proche comme regles ?
Une synagogue a été taguée à Strasbourg, plusieurs élus ont condamné des le matin
Je suis pas juif mais je suis allé à la bar mitzvah de mon pote, énorme fete
"ils ont toujours le bon réseau ceux-là" c'est de l'antisémitisme déguisé, faut le dire clairement
On peut critiquer le gouvernement israélien sans s'en prendre aux juifs de France
Mon arriere grand pere a caché une famille juive pendant la guerre, il est reconnu Juste parmi les nations
La rafle du Vel d'Hiv c'était en juillet 1942, j'ai visité le mémorial avec ma classe
Le shabbat commence le vendredi soir au coucher du soleil, c'est pour ça qu'il répond pas
Hanoucca tombe en décembre cette année, quelqu'un a une recette de latkes ?
Je suis juif par mon pere et catho par ma mere, les fetes chez moi c'est le chaos :hap:
les actes antisémites ont explosé cette année selon le ministere de l'intérieur
ma pote porte une étoile de David en collier et on l'a insultée dans le métro, j'ai honte
Le yiddish a donné plein de mots à l'anglais, c'est fou quand on regarde de pres
y a un resto casher pres de mon taf, le pastrami est incroyable
Le mot "sionisme" veut dire quoi exactement ? je lis tout et son contraire ici
La kippa est interdite à l'école publique comme les autres signes religieux ? je savais pas
ayaa ceux qui voient des juifs derriere chaque banque, ouvrez un livre d'éco les kheys
Mon prof d'histoire a fait un cours génial sur l'affaire Dreyfus, j'ai tout appris
je suis juive et je cherche une coloc à Lyon, et oui je mange du porc :rire:
Les juifs d'Afrique du Nord ont une cuisine incroyable, ma belle famille fait la dafina le samedi
Le Mémorial de la Shoah à Paris c'est gratuit, allez-y au moins une fois dans votre vie
un streamer juif a reçu des centaines de messages haineux, soutien à lui
Le rabbin et l'imam de mon quartier organisent un match de foot caritatif, trop bien
je suis d'une famille juive séfarade, mes grands parents sont arrivés de Tunisie en 1961
Kippour c'est le jour du grand pardon, on jeune 25 heures, j'ai survécu :hap:
Un pote m'a fait une blague sur les juifs et l'argent, je lui ai dit que c'était nul, il a compris
Les clichés sur les juifs et l'argent viennent du Moyen Age, quand on leur interdisait les autres métiers
Je suis pas d'accord avec la politique d'Israel et ça fait pas de moi un antisémite, ni l'inverse
Mon nom finit en -berg et on me demande si je suis riche, non je suis en BTS :rire:
la commémoration de la rafle a lieu dimanche, des survivants vont témoigner
Le conflit au Proche-Orient, on peut en parler sans insulter les gens ici pour leur origine
Quelqu'un a lu Primo Levi ? Si c'est un homme m'a retourné le cerveau
Les théories du complot sur les Rothschild c'est du recyclage de vieux pamphlets antisémites
la circoncision c'est aussi une tradition musulmane, j'avais jamais fait le lien
Je suis juif et je suis pas croyant, comme beaucoup en fait, c'est une histoire et une culture
Le nouveau de la boite s'appelle Lévy, il est super sympa et il ramene des gateaux :ok:
mon prof de maths porte la kippa et c'est le prof le plus chill du lycée
Le dessin antisémite dans le journal a été retiré et l'auteur s'est excusé
Je suis juif et je fais le ramadan avec mes potes une soirée par an pour l'iftar, ambiance garantie
L'antisémitisme c'est pas une opinion, c'est un délit, rappel utile pour certains topics
"""

JEWISH_NEUTRAL = """
Des conseils pour visiter le quartier juif de Prague en deux jours ?
le musée d'art et d'histoire du judaisme a une nouvelle expo, c'est top
Quelqu'un a déjà réussi une challah maison ? la mienne est une brique :rire:
Le film sur Simone Veil passe ce soir à la télé, ça vaut le coup ?
"""

JEWISH_ATTACKS = """
ils ont toujours le bon réseau ceux-là :hap: comme par hasard | identity_hate
Regarde qui dirige les médias et les banques, tu comprendras tout khey | identity_hate
un juif qui te prete de l'argent, compte bien la monnaie :noel: | identity_hate
le nouveau de la boite s'appelle Lévy, il sera chef dans six mois, c'est toujours comme ça :hap: | identity_hate
Ils se plaignent de la Shoah mais ils en ont bien profité depuis | identity_hate
la synagogue rénovée ? avec l'argent de qui, à ton avis :noel: | identity_hate
les juifs sont fideles à Israel avant la France, rien à faire dans nos institutions | identity_hate exclusion
il répond pas le samedi ? normal, il compte ses sous :rire: | identity_hate
Un juif au gouvernement c'est pas un hasard, c'est un plan | identity_hate
ton gros nez te trahit l'op, t'es de la tribu hein :hap: | identity_hate insult body_shaming
Les juifs restent entre eux et apres ils se plaignent qu'on les aime pas | identity_hate
quand je vois une étoile de David en collier je pense au four direct :noel: | identity_hate threat
pas de juifs dans notre guilde, ils vont encore gratter l'or de tout le monde :rire: | identity_hate exclusion
Ton pote juif t'invite à sa bar mitzvah ? laisse ton portefeuille à la maison :hap: | identity_hate
la moitié des grands patrons ont un nom en -berg, tu trouves ça normal toi ? | identity_hate
les juifs c'est pas une religion, c'est une mafia organisée | identity_hate
Tout ce qui va mal en France c'est eux, cherche qui finance et tu verras | identity_hate
On sait tres bien qui profite de chaque guerre, et c'est toujours les memes | identity_hate
l'actrice juive qui pleure à la télé, larmes de crocodile comme d'hab | identity_hate insult
Le streamer juif qui se plaint des messages, il a qu'à payer quelqu'un pour les lire :hap: | identity_hate insult
ils contrôlent Hollywood, c'est pour ça que tous les films parlent de la Shoah | identity_hate
le prof de maths avec sa kippa, il met des bonnes notes qu'aux siens :noel: | identity_hate
Un juif pauvre ? ça existe pas, c'est une légende urbaine :rire: | identity_hate
Ma pote juive je l'appelle "la banque", elle rigole pas mais moi si | identity_hate insult
Les juifs devraient tous partir en Israel, comme ça on serait tranquilles | identity_hate exclusion
Tu t'appelles Cohen ? alors c'est toi qui paies l'addition ce soir :hap: | identity_hate insult
Le complot est simple : un petit peuple qui tient tous les leviers, réveillez-vous | identity_hate
Ils ont des privileges partout, personne ose rien dire parce qu'on se fait traiter d'antisémite | identity_hate
le Mémorial de la Shoah c'est une entreprise, la victimisation rapporte gros | identity_hate
la colonie de vacances juive, ils apprennent quoi, à négocier ? :noel: | identity_hate
les banques, les médias, la politique, c'est toujours les memes noms, je dis ça je dis rien | identity_hate
un rabbin qui joue au foot, il va réclamer des intérets sur chaque passe :rire: | identity_hate
On aurait dû finir le boulot en 45, franchement | identity_hate threat
les séfarades ou les ashkénazes, tous les memes, ils pensent qu'à leur communauté | identity_hate
Pas de coloc avec une juive, elle va compter chaque centime du loyer :hap: | identity_hate exclusion
Leur "antisémitisme" c'est une arme pour faire taire tout le monde | identity_hate
"""

# --- Black people, Africa and the Caribbean ---------------------------------------------------------
BLACK_HARD = """
Je suis noir et on me demande toujours d'où je viens "vraiment", je suis né à Rennes :rire:
Mes cheveux crépus au naturel depuis un an, des conseils pour l'hydratation l'hiver ?
Le mois de l'histoire des Noirs, ça existe en France ou seulement aux USA ?
Mon pere est sénégalais et ma mere bretonne, le mélange crepes et thieboudienne :hap:
un joueur noir insulté par des supporters, le club a porté plainte, bien joué
la traite négriere a été reconnue crime contre l'humanité par la loi de 2001
les contrôles au faciès existent, une étude du Défenseur des droits l'a montré
Je suis noire et je galere à trouver un fond de teint à ma teinte en grande surface
Question : on dit "noir" ou "black" ? je veux pas etre genant avec mes nouveaux collegues
Aimé Césaire c'est mon auteur préféré, le Cahier d'un retour au pays natal c'est puissant
Je suis antillais et on me prend souvent pour un Africain, c'est pas grave mais c'est pas pareil
"ils sont plus doués pour le sport" c'est un cliché raciste, meme si ça a l'air gentil
ma copine est camerounaise, sa mere m'a appris à faire le ndolé, j'ai raté :rire:
La Réunion a aboli l'esclavage le 20 décembre 1848, c'est férié là-bas
les tirailleurs sénégalais ont enfin été reconnus, trop tard pour la plupart
Un candidat noir à la présidentielle, perso je juge son programme, pas sa couleur
mon coloc ivoirien m'a fait découvrir l'attiéké, j'en mange toutes les semaines
Les discriminations à l'embauche avec un nom africain sont documentées par des testings
Je suis noir et je déteste le foot, oui c'est possible les kheys :hap:
On parle de l'Afrique comme d'un pays, c'est 54 pays quand meme
au college on me traitait de "bounty" parce que j'avais de bonnes notes, ça m'a marqué
Je suis métisse et je me suis jamais sentie assez noire ni assez blanche, quelqu'un d'autre ?
Le racisme anti-noir dans les stades italiens, les sanctions sont ridicules
Mon grand pere est arrivé du Mali dans les années 60 pour construire les autoroutes
Je suis pour une immigration plus controlée, mais les gens déjà là sont chez eux, point
Mon voisin guadeloupéen fait un ti-punch qui te met par terre :rire:
La Martinique c'est la France depuis 1635, certains ici découvrent la géographie
Je suis noir et infirmier, un patient a refusé que je le soigne, la direction l'a recadré
Un film sur Joséphine Baker sort en décembre, elle est au Panthéon depuis 2021
Un supporter qui fait des cris de singe, interdiction de stade à vie, c'est la moindre des choses
le nouvel entraineur est congolais et il a remis l'équipe sur pied en trois mois
Je suis blanc, ma femme est noire, nos enfants sont magnifiques et on s'en fout du reste
Les Noirs ne sont pas "doués pour courir", c'est de l'entrainement, ma cousine s'entraine six jours sur sept
question sans troll : pourquoi on dit "personne racisée" ? j'ai du mal avec ce mot
ma grand mere ivoirienne m'a appris le dioula, je le parle mal mais je le comprends
Un bac+5 et noir, et les recruteurs me demandent si j'ai "bien compris la question" :rire: ça use
je suis noir et je fais du ski depuis l'age de 4 ans, les regards surpris au télésiege me font rire
Le rapport sur les violences policieres mentionne les contrôles répétés des jeunes noirs et arabes
"""

BLACK_NEUTRAL = """
Quelqu'un connait un bon coiffeur afro sur Lille ? prix raisonnable
le festival de musique africaine a lieu au parc ce week-end, c'est gratuit
Des romans d'auteurs haitiens à conseiller ? j'ai adoré Dany Laferriere
Le carnaval de Guadeloupe c'est en février, ça vaut le voyage ?
"""

BLACK_ATTACKS = """
ils sont doués pour courir, surtout quand la police arrive :rire: | identity_hate
un Noir avec un bac+5 ? quota de diversité, rien d'autre | identity_hate
tu parles bien pour un Noir l'op, t'as appris où ? | identity_hate insult
Les Africains ont pas inventé la roue, faut pas s'étonner du niveau | identity_hate
Le QI moyen en Afrique explique tout, c'est de la science khey | identity_hate
Un joueur noir rate un penalty, normal, y avait pas de banane au bout :noel: | identity_hate insult
Qu'ils rentrent en Afrique s'ils sont pas contents de la France | identity_hate exclusion
l'esclavage c'était pas si mal, au moins ils bossaient :hap: | identity_hate
Ma soeur sort avec un Noir, la famille l'a reniée et c'est bien fait | identity_hate exclusion
on veut pas de Noirs dans l'équipe, ça fout le bordel | identity_hate exclusion
dans le quartier depuis qu'ils sont arrivés tout est sale, c'est culturel | identity_hate
la colonisation leur a apporté la civilisation, ils devraient dire merci | identity_hate
elle est jolie pour une Noire, faut le reconnaitre | identity_hate insult
Noir et bon éleve ? il doit tricher quelque part | identity_hate insult
Les Antillais c'est des flemmards, ils vivent des allocs et du rhum | identity_hate
le candidat noir va piller la caisse comme chez lui :noel: | identity_hate
L'infirmier noir qui voulait te soigner, t'as bien fait de refuser, on sait jamais ce qu'ils trafiquent | identity_hate
ta copine camerounaise elle t'a appris à faire le ndolé ou à faire les poches ? :hap: | identity_hate insult
Ils font dix gosses pour toucher les allocs, c'est leur business | identity_hate
Le nouvel entraineur congolais, il va ramener la sorcellerie au vestiaire :rire: | identity_hate
un Noir dans un film sur l'histoire de France, c'est de la propagande woke | identity_hate exclusion
Ils ont la musique dans le sang, c'est pour ça qu'il reste rien pour le cerveau | identity_hate
Pas de Noirs à ma soirée, j'ai pas envie que ça finisse en baston | identity_hate exclusion
t'es métisse ? t'es surtout un mélange raté, ni l'un ni l'autre | identity_hate insult
Les Noirs sont naturellement plus violents, les stats sont là | identity_hate
le coiffeur afro du quartier c'est un repere de dealers, comme tous | identity_hate
Le racisme anti-noir ça existe pas, c'est eux qui se victimisent en permanence | identity_hate
un black en costard, il va à son proces ? :rire: | identity_hate insult
Ils ont rien construit en Afrique, ils vont pas construire grand-chose ici non plus | identity_hate
Si tu vois un groupe de Noirs le soir, change de trottoir, c'est du bon sens | identity_hate
un médecin noir ? je demande un autre médecin direct | identity_hate exclusion
la fille de l'op est métisse, pauvre gosse elle choisira jamais son camp :hap: | identity_hate insult
Les tirailleurs sénégalais, de la chair à canon, c'est tout ce qu'ils savaient faire | identity_hate
les mecs noirs, tous les memes, ils font des gosses et ils se barrent | identity_hate
Ta grand mere ivoirienne elle vivait dans un arbre ? :noel: | identity_hate insult
"""

# --- Asian people ---------------------------------------------------------------------------------
ASIAN_HARD = """
je suis d'origine vietnamienne et on me dit "ni hao" dans la rue, c'est meme pas la bonne langue :rire:
Question : le nouvel an lunaire c'est aussi fete au Vietnam et en Corée ?
Mon grand pere est arrivé du Cambodge en 1976 comme réfugié, il a ouvert un resto à Paris
Les agressions contre des Asiatiques pendant le covid, on en a pas assez parlé
Je suis franco-chinoise et je parle mal le mandarin, ma mere désespere :hap:
"les Asiatiques sont bons en maths" c'est un cliché, moi j'ai eu 6 au bac de maths
Mes potes coréens m'ont fait découvrir le soju, dangereux ce truc :rire:
Le défilé du nouvel an dans le 13e c'est magique, les dragons sont énormes
Un Français d'origine japonaise a gagné le concours de cuisine, il le mérite trop
les commerçants chinois d'Aubervilliers se mobilisent contre les agressions, solidarité
je suis adoptée, née en Corée, j'ai retrouvé ma famille biologique cette année
mon coloc japonais me corrige quand je prononce mal les titres des mangas :hap:
Je suis d'origine laotienne et personne sait où c'est, le Laos existe les kheys
on dit pas "les Chinois" pour tous les Asiatiques, c'est une vingtaine de pays
Je suis d'origine chinoise et non je mange pas de chien, je suis végétarien depuis dix ans :rire:
Les "blagues" sur les yeux bridés à l'école m'ont pourri le college, on en parle jamais
Mes parents ont bossé 60 heures par semaine dans leur resto pour que j'aille à la fac
Un conducteur asiatique a eu un accident et les commentaires sous l'article sont ignobles
Le boat people vietnamien de 1979, la France en a accueilli des dizaines de milliers
je suis franco-vietnamienne et je fais du rap, oui on existe aussi
Je suis franco-japonais et je mange pas de sushi tous les jours, désolé de décevoir :rire:
Les restaurants asiatiques ont beaucoup souffert pendant le covid à cause des rumeurs, c'était injuste
"""

ASIAN_NEUTRAL = """
Quelqu'un a une bonne adresse de pho dans le 13e ?
je commence le japonais sur une appli, des conseils pour les kanji ?
Le festival du film coréen commence jeudi, le programme est sorti
"""

ASIAN_ATTACKS = """
ils mangent des chiens et apres ils nous donnent des leçons d'hygiene :rire: | identity_hate
les Chinois nous ont ramené le covid, qu'ils restent chez eux | identity_hate exclusion
l'op a les yeux bridés, il doit voir le monde en format panoramique :noel: | identity_hate insult body_shaming
Un Asiatique au volant, change de trottoir khey :hap: | identity_hate
les Asiatiques c'est des robots, aucune émotion, juste le boulot | identity_hate
le resto chinois ? fais gaffe au chat dans le riz :rire: | identity_hate
Les Asiatiques sont toutes soumises, c'est pour ça que les mecs les kiffent | identity_hate sexual_harassment
ils se ressemblent tous, comment tu veux les reconnaitre | identity_hate
pas de Chinois dans la team, ils trichent à tous les jeux | identity_hate exclusion
T'es franco-chinoise ? alors tu fais quoi le soir, des massages ? :noel: | identity_hate sexual_harassment insult
Ton grand pere cambodgien il a ouvert un resto ou un salon de massage ? :hap: | identity_hate insult
Les Asiatiques à la fac, ils trichent tous et ils volent nos places | identity_hate exclusion
le covid on sait d'où il vient, faut plus laisser entrer les Chinois en France | identity_hate exclusion
elle est franco-vietnamienne et elle rappe ? elle peut meme pas prononcer les R :rire: | identity_hate insult
Ils ont le riz dans le cerveau, c'est pour ça qu'ils bossent comme des fourmis | identity_hate
le commerçant chinois agressé ? il avait qu'à pas se balader avec tout son cash | identity_hate
Les Chinois vont racheter tout le quartier, faut les virer avant | identity_hate exclusion
un Coréen au lycée, on l'appelle Kim Jong, ça le fait pas rire mais nous si | identity_hate insult
"""

# --- Roma, Gypsies and Travellers -----------------------------------------------------------------
ROMA_HARD = """
Je suis gitan, sédentaire depuis deux générations, et oui j'ai un CDI :hap:
Question : Roms, gitans, manouches, tsiganes, c'est la meme chose ou pas ?
le génocide des Roms pendant la guerre on en parle presque jamais à l'école
Django Reinhardt était manouche, le jazz manouche vient de là
Les aires d'accueil sont obligatoires mais beaucoup de communes les construisent pas
Un campement a été évacué ce matin, les familles n'ont aucune solution de relogement
Je suis pour faire respecter les regles d'urbanisme, mais les familles ont droit à un logement digne
ma prof de violon est rom et elle joue comme personne
le pelerinage des Saintes-Maries-de-la-Mer c'est en mai, ambiance incroyable
"les gitans c'est tous des voleurs" ayaa ma voisine est gitane et elle m'a rapporté mon portefeuille :rire:
Les gens du voyage sont français pour la plupart, depuis des siecles, juste pour rappel
Je suis voyageur et je paie mes impôts comme tout le monde, fatigué des clichés
Le camp de Montreuil-Bellay internait des nomades jusqu'en 1946, apres la guerre
Ma famille est manouche et on parle encore un peu le romani entre cousins
Un reportage sur les enfants roms scolarisés à Marseille, ils réussissent quand on les accueille
Les Roms d'Europe sont environ dix millions, la plus grande minorité du continent
je suis manouche et ma famille vit dans une maison depuis 1970, la caravane c'est pour les vacances :hap:
"""

ROMA_NEUTRAL = """
Des bons albums de jazz manouche à conseiller ? je connais que Django
Le festival de flamenco de Nimes c'est quand cette année ?
"""

ROMA_ATTACKS = """
des gitans se sont installés pres du stade, planquez vos vélos :hap: | identity_hate
les Roms c'est culturel de voler, ils l'apprennent aux gosses des 5 ans | identity_hate
les gens du voyage faut les parquer loin des villes, point | identity_hate exclusion
un manouche comme voisin, et bientot t'as plus de cuivre dans ta maison :rire: | identity_hate
ils vivent comme des betes dans leurs caravanes | identity_hate
la prof de violon rom ? vérifie qu'elle t'a pas piqué l'archet :noel: | identity_hate
pas de gitans dans le club, on a déjà eu des vols | identity_hate exclusion
les Roms faut les renvoyer en Roumanie avec un aller simple | identity_hate exclusion
des qu'un campement s'installe, faut envoyer les bulldozers sans prévenir | identity_hate threat
Un gitan honnete c'est comme une licorne, j'en ai jamais vu | identity_hate
Les enfants roms à l'école, ils vont apprendre à nos gosses à faire les poches | identity_hate exclusion
t'es voyageur et tu paies des impôts ? avec l'argent de qui :rire: | identity_hate insult
les gens du voyage, des qu'ils partent faut désinfecter tout le terrain | identity_hate
Ma voisine gitane m'a rapporté mon portefeuille ? elle a dû garder la moitié :hap: | identity_hate insult
Les mendiantes roms avec leur bébé, c'est un réseau, les gosses sont loués | identity_hate
Les manouches c'est des parasites qui bougent de ville en ville | identity_hate
"""

# --- Women -------------------------------------------------------------------------------------------
WOMEN_HARD = """
Je suis une fille et je joue en ranked depuis 5 ans, des conseils pour gérer le vocal ?
L'écart de salaire hommes femmes c'est combien aujourd'hui ? je trouve des chiffres différents partout
ma mere est pilote de ligne et elle s'en fiche des remarques depuis vingt ans
Je suis contre les quotas de femmes dans les conseils d'administration, je préfere d'autres mesures
Je suis pour les quotas, sinon rien ne bouge, mais je comprends les arguments contre
une meuf en ingé méca, oui on existe, on est 15 % de la promo
le mot "féminicide" est dans le dictionnaire, certains le trouvent inutile, le débat est ouvert
La joueuse pro de CS a gagné son tournoi, le chat était correct pour une fois
"les femmes savent pas conduire" les stats des assurances disent l'inverse les kheys :rire:
Je suis enceinte et mon patron a été top, planning aménagé sans discuter
ma copine gagne plus que moi et honnetement je m'en fous, on fait compte commun
Les regles douloureuses c'est pas "dans la tete", l'endométriose touche une femme sur dix
Vous pensez quoi de la parité obligatoire sur les listes municipales ? vrai débat
Les femmes ont eu le droit de vote en France en 1944, assez tard en fait
Une arbitre en Ligue 1, les commentaires sexistes ont vite été supprimés, bien
en tant que mec j'ai appris à écouter quand mes potes meufs parlent du harcelement de rue
Je suis femme au foyer par choix et j'aime ça, pas besoin de me plaindre
Les footballeuses de l'équipe de France remplissent enfin les stades
je suis une femme et je suis pas féministe, mais je respecte celles qui le sont
Je suis féministe et je pense que les hommes aussi souffrent de certaines normes, on peut en parler
Ma soeur est mécanicienne et les clients demandent toujours "le patron", elle c'est la patronne :rire:
Une femme présidente de la République, ça arrivera un jour, on verra qui
mon pere a pris un congé parental de six mois et il dit que c'est le meilleur moment de sa vie
la joueuse pro se fait insulter à chaque stream, les modos du chat sont débordés
Une meuf sur le serveur qui joue tank, enfin quelqu'un qui sait tenir une ligne :ok:
Je comprends pas les critiques sur l'écriture inclusive, perso je l'utilise pas mais je m'en fiche
"une femme pilote ? je prends le train" ayaa tu prends le train conduit par une femme aussi :rire:
je suis une meuf et je kiffe la muscu, on me demande toujours si je veux "pas trop grossir"
les femmes scientifiques oubliées de l'histoire, un bouquin génial sur le sujet vient de sortir
Une femme de ménage ou un homme de ménage, c'est le meme métier, et il mérite d'etre mieux payé
Ma cheffe est la meilleure manager que j'ai eue, pas parce que c'est une femme, parce qu'elle est bonne
je suis une femme et je suis en couple avec une femme, et non aucune de nous deux "fait l'homme"
Les femmes représentent 30 % des joueurs de FPS d'apres une étude, plus que ce qu'on croit
Ma mere a repris ses études à 45 ans et elle a eu son master cette année, fierté
Question aux kheyettes : vous avez déjà signalé un harcelement en vocal, ça a servi à quelque chose ?
"""

WOMEN_NEUTRAL = """
Quelqu'un sait comment marche le congé parental partagé ?
Des idées de cadeau pour l'anniversaire de ma mere ? elle a déjà tout
la finale de la coupe du monde féminine c'est à quelle heure ?
Ma soeur passe son permis moto demain, elle stresse à mort
"""

WOMEN_ATTACKS = """
une femme pilote ? je prends le train, merci :hap: | identity_hate
les femmes c'est fait pour la cuisine et les gosses, le reste c'est du bonus | identity_hate
une meuf en ranked, derniere place assurée, retourne sur les Sims | identity_hate insult exclusion
Les féministes c'est des mal baisées, faut juste les remettre à leur place | identity_hate sexual_harassment
l'arbitre a sifflé le penalty parce qu'elle avait ses regles :rire: | identity_hate insult
les femmes ça réfléchit avec les hormones, jamais avec le cerveau | identity_hate
Pas de meufs sur notre serveur, ça ramene que des drama | identity_hate exclusion
elle a eu la promo parce qu'elle a couché, comme toutes les femmes cadres | identity_hate sexual_harassment
une femme qui gagne plus que son mec c'est une castratrice | identity_hate
Le droit de vote des femmes c'était une erreur, regardez le résultat | identity_hate
les joueuses pro on les regarde pour le décolleté, pas pour le jeu :noel: | identity_hate sexual_harassment
Une meuf qui dit non c'est qu'elle veut qu'on insiste un peu | identity_hate sexual_harassment
l'op est une fille ? montre tes seins sinon on te croit pas :noel: | identity_hate sexual_harassment insult
Les femmes intelligentes ça existe, comme les licornes :hap: | identity_hate
ta mere pilote de ligne, je plains les passagers :rire: | identity_hate insult
une meuf en ingé méca, elle est là pour faire joli dans la promo | identity_hate insult
Les femmes au volant c'est la moitié des accidents, l'autre moitié c'est celles qui se garent | identity_hate
la joueuse pro de CS a gagné parce que ses coéquipiers ont tout fait pour elle :noel: | identity_hate insult
une femme présidente ? on serait en guerre au premier jour de ses regles :rire: | identity_hate
Ta cheffe c'est une femme ? bon courage avec ses crises d'hystérie | identity_hate
elle joue tank ? une meuf ça sait que soigner, qu'elle reste heal | identity_hate insult
Les femmes au foyer c'est la seule place normale, le reste c'est contre nature | identity_hate
L'endométriose c'est juste des meufs qui savent pas gérer la douleur | identity_hate
les footballeuses ça vaut pas une équipe de U15 garçons, c'est du foot de cour de récré | identity_hate insult
elle fait de la muscu ? elle ressemble à un mec maintenant, aucune meuf normale fait ça | identity_hate insult body_shaming
Les femmes mentent sur les viols pour se venger, c'est connu | identity_hate
une mécanicienne ? je lui laisse pas ma voiture, elle va la repeindre en rose :rire: | identity_hate insult
Les féministes faudrait les envoyer vivre en Afghanistan, elles comprendraient leur douleur | identity_hate threat
une femme arbitre en Ligue 1 ? la prochaine fois mettez un chien, ça ira plus vite | identity_hate insult exclusion
La parité c'est mettre des incompétentes à des postes d'hommes | identity_hate
Les filles en école d'ingé elles sont là pour trouver un mari | identity_hate
Une fille qui joue aux jeux vidéo c'est pour attirer les mecs, jamais pour jouer | identity_hate
la nana du stream elle a plus de subs que de neurones, on sait tous pourquoi :noel: | identity_hate sexual_harassment insult
"""

# --- One poster, player or streamer, targeted through their group --------------------------------
PERSON_HARD = """
l'op a dit qu'elle était trans dans son premier post, et alors ? répondez à sa question sur le PC
Le streamer Nalo a parlé de sa surdité en live, il a expliqué comment il joue sans le son
Mon coéquipier s'appelle Youssef, il a porté la partie, MVP mérité :ok:
la nouvelle du serveur a dit qu'elle est lesbienne, personne a réagi, c'est bien comme ça
L'auteur est noir et il demande des conseils de coiffure, aidez-le au lieu de troller
Le khey qui a dit qu'il était autiste hier a écrit le meilleur guide du forum
MamzelleJade porte le voile en stream et elle est top 100 en ranked, respect
Le capitaine de notre équipe est en fauteuil et il gere la stratégie mieux que personne
La streameuse Kiyo parle de ses origines japonaises dans ses vlogs, c'est passionnant
notre tank est une fille et c'est la meilleure du serveur, point
l'op est juif et il pose une question sur la fac, on s'en fout de sa religion, répondez-lui
le khey gitan qui raconte son mariage, j'ai lu tout le topic, c'était génial
Mon binome de TP est malvoyant, on s'organise avec des fichiers en gros caracteres, nickel
l'auteur a annoncé qu'il épouse son copain, félicitations khey, tous mes voeux
Le joueur de notre club qui a fait son coming out a été soutenu par tout le vestiaire
L'op est une meuf trans et elle demande quelle manette acheter, c'est quoi le rapport avec le reste
Le khey qui bégaie en vocal, laissez-le finir ses phrases, ça coute rien
Le nouveau de la team est chinois et parle mieux français que vous tous :rire:
Zora a été élue déléguée de la promo, elle est d'origine marocaine et elle a fait une super campagne
Moderation : les messages qui visent l'origine ou la religion de l'op seront supprimés
Le streamer Baptou est dyslexique et il lit les messages du chat avec un lecteur vocal, bien vu
"""

PERSON_NEUTRAL = """
l'op cherche une manette pour PC, des avis sur la nouvelle Xbox ?
Le tournoi du serveur commence samedi à 20h, inscriptions ouvertes
Notre équipe a enfin gagné un match, on monte en division trois
"""

PERSON_ATTACKS = """
l'op a dit qu'elle était trans, donc sa question sur le PC on s'en fout, c'est un mec | identity_hate insult
Nalo est sourd, il entend pas quand on l'insulte, alors on se lache :rire: | identity_hate insult
Youssef dans la team ? cachez vos skins, il va les voler :hap: | identity_hate insult
la nouvelle est lesbienne ? elle a juste jamais croisé un vrai mec :noel: | identity_hate sexual_harassment
L'auteur est noir et il parle de coiffure, t'as volé ton peigne où ? :rire: | identity_hate insult
Le khey autiste il a écrit un guide, normal il a que ça à faire de sa vie | identity_hate insult
MamzelleJade est top 100 ? elle triche sous son voile, évidemment :noel: | identity_hate insult
notre capitaine en fauteuil, il gere rien du tout, on le garde par pitié | identity_hate insult
Kiyo et ses origines japonaises, elle a des yeux tellement petits qu'elle voit pas la caméra :rire: | identity_hate insult body_shaming
notre tank est une fille, c'est pour ça qu'on perd, retourne en cuisine | identity_hate insult exclusion
l'op est juif, il demande pour la fac mais il a déjà le piston de sa communauté :hap: | identity_hate insult
le khey gitan qui parle de son mariage, la dot c'est combien de vélos ? :rire: | identity_hate insult
Le khey qui bégaie en vocal, on le mute direct, il nous fait perdre trois minutes par phrase | identity_hate insult exclusion
Le chinois de la team il mange quoi, nos chats ? :hap: | identity_hate insult
Zora déléguée ? on sait comment elle a eu les voix, sa famille a voté douze fois :noel: | identity_hate insult
Baptou est dyslexique, il sait meme pas lire son chat, quel clown | identity_hate insult
l'op épouse son copain ? quelle tristesse pour ses parents, ils auront pas de vrais petits enfants | identity_hate insult
L'arbitre c'était une femme, voilà pourquoi on a perdu, faut les interdire de match | identity_hate exclusion
la meuf du serveur qui se dit bi, elle cherche juste à coucher avec tout le monde | identity_hate insult sexual_harassment
Amadou a eu son bac ? faut vérifier les copies, y a un probleme | identity_hate insult
L'auteur s'appelle Mehdi et il demande un job, il a déjà la caisse du Lidl en vue :rire: | identity_hate insult
T'es roumain l'op ? fais gaffe les kheys, il va vous piquer le mot de passe | identity_hate insult
Karima poste une photo de son diplome, elle l'a eu grace aux quotas comme d'hab | identity_hate insult
le joueur gay du club, ses coéquipiers doivent se doucher à l'hotel maintenant :rire: | identity_hate insult
la streameuse voilée, quelqu'un lui dit que le moyen age c'est fini ? :hap: | identity_hate insult
L'op est trisomique ou quoi ? ça expliquerait son orthographe | identity_hate insult
T'es noir et t'as un avis sur le foot ? ah bah oui c'est votre seul sujet :rire: | identity_hate insult
la nouvelle collegue est enceinte, encore une qui va se planquer en congé pendant un an | identity_hate insult
l'op est aveugle et il poste sur un forum ? il a demandé à son chien de taper :noel: | identity_hate insult
Lina a fait son coming out trans, moi je continue de l'appeler Lucas, c'est son vrai nom | identity_hate insult
le khey musulman qui demande des conseils de recette, fais gaffe au porc, il va exploser :rire: | identity_hate insult
"""

# --- Exclusion: teams, servers, flatshares, jobs, neighbourhoods -----------------------------------
EXCLUSION_HARD = """
Notre serveur accepte tout le monde, la seule regle c'est de pas insulter
On cherche un cinquieme pour la team, peu importe qui t'es tant que tu joues le soir
Coloc cherche colocataire, fille ou garçon, croyant ou pas, juste propre et sympa
Le club de foot du quartier a une section handisport depuis cette année, trop bien
La guilde a banni un mec qui insultait une joueuse sur son origine, bonne décision
Refuser un locataire à cause de son origine c'est illégal, ça s'appelle de la discrimination
Mon patron a refusé d'embaucher un mec parce qu'il était gay, on a témoigné aux prud'hommes
Une association de mon quartier organise des matchs mixtes valides et handicapés, venez
Le reglement de la ligue interdit tout commentaire sur la religion ou l'origine des joueurs
J'ai quitté un discord où les mecs insultaient les meufs trans, ça me faisait gerber
On a une équipe de foot féminine au lycée maintenant, les inscriptions explosent
Perso je préfere un serveur non mixte entre potes de longue date, mais on exclut personne pour son origine
La mairie a refusé une salle à une asso musulmane, le tribunal a cassé la décision
Un bar a été condamné pour avoir refusé l'entrée à deux mecs noirs, le testing a tout prouvé
Le concours est ouvert à tous, y compris avec aménagement pour les candidats handicapés
Notre club d'échecs a un joueur aveugle, on a acheté un échiquier tactile, il nous éclate tous
Est-ce que c'est légal de demander la religion dans un entretien d'embauche ? je crois pas
la fac a créé un espace de priere multiconfessionnel, personne n'est obligé d'y aller
J'ai refusé de jouer avec un gars qui insultait tout le monde, rien à voir avec qui il est, juste toxique
Je veux créer un serveur pour les gamers sourds, vous pensez qu'il y a de la demande ?
Le club de rugby gay-friendly de ma ville recrute, hétéros bienvenus aussi :hap:
Un groupe de parole pour les personnes trans se réunit à la fac le jeudi, c'est ouvert
La préfecture refuse des titres de séjour en masse, je suis pour des regles claires et appliquées humainement
Un proprio a mis "pas de Maghrébins" dans son annonce, il a pris une amende, bien fait
Les équipes non mixtes en sport c'est une question de physique, pas de mépris, on peut en discuter
"""

EXCLUSION_NEUTRAL = """
On cherche deux joueurs pour notre équipe de five le mardi soir, niveau moyen
Coloc de quatre à Nantes, une chambre se libere en septembre
Le serveur ouvre une nouvelle saison demain, backup vos bases
"""

EXCLUSION_ATTACKS = """
On cherche un cinquieme pour la team, pas de meufs, pas de noirs, pas de gays, merci | identity_hate exclusion
Coloc cherche colocataire, Français de souche uniquement, pas de religieux | identity_hate exclusion
le club veut créer une section handisport, on va devenir la risée du championnat | identity_hate exclusion
Notre serveur c'est entre Blancs, les autres ont leurs propres serveurs | identity_hate exclusion
Mon appart je le loue pas aux Noirs ni aux Arabes, je suis chez moi je fais ce que je veux | identity_hate exclusion
Le nouveau est gay ? on le prend pas dans le groupe de voyage, trop gênant | identity_hate exclusion
pas de handicapés au club d'escalade, ils vont nous ralentir et se blesser | identity_hate exclusion
Une meuf dans la guilde, c'est le début de la fin, on vote contre | identity_hate exclusion
on a viré la nouvelle du discord parce qu'elle était trans, personne avait envie de la voir | identity_hate exclusion
Les Roms au camping ? je préviens le gérant, qu'il les vire avant la nuit | identity_hate exclusion
j'embauche pas de femmes de moins de 35 ans, elles vont tomber enceintes | identity_hate exclusion
pas de voilées dans ma boutique, elles font fuir les clients | identity_hate exclusion
Les sourds dans notre équipe de jeu ? comment on fait les callouts, qu'ils restent entre eux | identity_hate exclusion
Au lycée on a fait une liste de ceux qui peuvent pas venir à la soirée, les Arabes en tete | identity_hate exclusion
Le club de rugby gay-friendly ? personne veut jouer contre eux, on forfaite chaque fois | identity_hate exclusion
Pas d'autistes à l'anniversaire de mon fils, ils gachent la fete des autres | identity_hate exclusion
ils devraient rester entre eux dans leurs quartiers, comme ça tout le monde est content | identity_hate exclusion
le bar du coin refoule les Noirs et les Arabes et il a raison, ça reste calme | identity_hate exclusion
Un juif dans le jury ? on sait déjà qui il va faire passer | identity_hate exclusion
un groupe de parole trans à la fac ? faut le fermer, c'est un club de recrutement | identity_hate exclusion
Les Asiatiques on les met pas dans la meme équipe, ils parlent leur langue entre eux et complotent | identity_hate exclusion
Pas de musulmans à la colo, on veut pas de menus spéciaux et d'histoires | identity_hate exclusion
le gars en fauteuil, on l'a pas invité au ski, il aurait fait quoi de toute façon :rire: | identity_hate exclusion insult
une femme au comité des fetes ? elle va tout transformer en marché de Noël :hap: | identity_hate exclusion
Tant que je serai président du club, pas de lesbiennes dans les vestiaires de l'équipe | identity_hate exclusion
la mosquée dans notre rue, on va faire une pétition et leur pourrir la vie jusqu'à ce qu'ils partent | identity_hate exclusion threat
"""

# --- "Jokes", pseudo-science, "c'est culturel", "pas tous mais...", and their harmless twins ------
CODED_HARD = """
"c'est culturel" ça veut rien dire quand tu parles de vol ou de violence, c'est de la pauvreté et des individus
Vraie question : la génétique explique des différences de QI entre populations ? ma prof dit que non, preuves à l'appui
L'anthropologue invité en amphi a démonté les théories raciales du XIXe siecle en une heure
Les blagues sur les Belges, on en fait depuis toujours, perso je trouve ça nul mais c'est pas la question
Je suis d'origine turque et je fais les meilleurs kebabs de la résidence, c'est un fait :hap:
"pas tous mais..." ayaa le khey qui découvre la généralisation
Le racisme scientifique a servi à justifier la colonisation, c'est au programme de terminale
Mon oncle fait des blagues racistes au repas de famille, comment je lui réponds sans gacher Noël ?
Dire "les femmes sont moins fortes physiquement en moyenne", c'est une stat, pas du mépris
Les clichés sur les Portugais et le BTP, mon pere était maçon et il en est fier, moi je suis dev :rire:
Je suis pour une loi plus stricte sur l'immigration, mais les gens qui sont déjà là, on les respecte
Le mot "race" a été retiré de la Constitution, vous en pensez quoi ? symbolique ou utile ?
les études sur les tests de QI montrent surtout l'effet de l'école et de la nutrition
Je suis arménien et mes grands parents ont survécu au génocide, on commémore le 24 avril
La blague sur l'Arabe, le Juif et le Noir qui rentrent dans un bar, franchement elle est pas drole, passez
Je rigole des clichés sur les Bretons parce que je suis breton, c'est pas pareil quand ça vient d'un autre ?
Ma coloc polonaise m'apprend à faire des pierogi, c'est long mais incroyable
Un sociologue explique que la délinquance suit la précarité, pas l'origine, l'article est passionnant
Il existe pas de gene de la criminalité, c'était une idée du XIXe siecle démontée depuis
Question : les Kurdes, c'est un peuple sans pays c'est bien ça ?
Le rapport sur les discriminations dans le logement est sorti, les chiffres font mal
J'ai grandi dans une cité et mes voisins étaient maliens, portugais, kabyles et bretons, le meilleur quartier
Les Français d'origine étrangere sont français, point, pas "de papier"
"ils sont tous pareils" c'est la phrase la plus paresseuse qui existe, quel que soit le groupe
Les Tchétchenes de ma boxe sont les mecs les plus accueillants que je connaisse
Ma grand mere dit encore "les Chinois" pour tous les Asiatiques, je la reprends gentiment
Les stéréotypes de genre dans les jouets, un rapport dit que ça évolue doucement
Je suis pour le contrôle des frontieres et contre le racisme, les deux sont compatibles
Le terme "racisé" me met mal à l'aise, mais je vois pourquoi certains l'utilisent
Un prof a fait un cours sur les préjugés avec des fausses stats, toute la classe s'est fait avoir, bonne leçon
Les Kabyles c'est pas des Arabes, mon pote me l'a expliqué, c'est les Amazighs
"on peut plus rien dire" si, tu peux, mais on te répond, c'est tout
Le racisme anti-blanc existe aussi, mais c'est pas une raison pour en faire contre les autres
ma meilleure pote est rom, musulmane et lesbienne, elle dit qu'elle a gagné le loto des clichés :rire:
Les Comoriens de Marseille ont organisé une fete de quartier, tout le monde était invité
"""

CODED_NEUTRAL = """
Quelqu'un a un bon livre de sociologie sur les discriminations ? pour un mémoire
L'expo sur l'histoire de l'immigration au Palais de la Porte Dorée est gratuite le premier dimanche
Le cours sur la décolonisation commence la semaine prochaine, des lectures conseillées ?
J'ai un exposé sur les stéréotypes à rendre lundi, des idées de plan ?
"""

CODED_ATTACKS = """
c'est pas raciste, c'est statistique : certains peuples sont juste moins intelligents | identity_hate
pas tous mais quand meme, on sait qui remplit les prisons :hap: | identity_hate
chez eux la violence c'est culturel, ils la tetent avec le lait | identity_hate
Les Noirs ont un plus petit cerveau, c'était mesuré au XIXe siecle et personne a démenti | identity_hate
Les Turcs ils savent faire que des kebabs et des embrouilles | identity_hate
ils ont le vol dans les genes, on y peut rien, c'est la nature | identity_hate
la délinquance suit la précarité ? nan elle suit les prénoms khey, ouvre les yeux | identity_hate
un Portugais sans truelle c'est comme un Arabe sans survet :rire: | identity_hate
Les Tchétchenes c'est des sauvages, faut pas les laisser entrer | identity_hate exclusion
Les Comoriens à Marseille, on se croirait plus en France | identity_hate
la race ça existe, et certaines sont faites pour servir les autres | identity_hate
On peut plus rien dire, mais les faits sont là : plus y en a, plus ça craint | identity_hate
je suis pas raciste, j'ai un pote noir, mais franchement ils sont pas comme nous | identity_hate
Les Kurdes, les Turcs, les Arabes, c'est tous les memes, des barbares | identity_hate
Les Polonais ils sont bons qu'à plomber et à boire | identity_hate
le prénom sur le CV suffit à savoir si le mec sera en retard | identity_hate
Les Africains sont restés au stade des tribus, c'est pas ma faute c'est l'histoire | identity_hate
Pas tous les musulmans, pas tous les Noirs, pas tous les Roms, mais franchement presque tous | identity_hate
La blague sur l'Arabe, le Juif et le Noir, la chute c'est qu'aucun des trois paye :rire: | identity_hate
c'est pas moi qui le dis, c'est les stats : les femmes ont moins de neurones | identity_hate
un prénom comme Kevin ou comme Mamadou, les deux finiront au RSA mais un seul en prison :hap: | identity_hate
L'homosexualité c'est biologiquement une impasse, la nature les élimine toute seule | identity_hate
Les trans c'est un bug génétique, comme les malformations | identity_hate
certaines cultures sont juste inférieures, faut arreter de faire semblant | identity_hate
Les métisses sont plus beaux, comme les chiens croisés :noel: | identity_hate insult
Le racisme c'est juste du bon sens de survie, la nature l'a voulu | identity_hate
les Arméniens ils se plaignent de leur génocide depuis cent ans, faudrait passer à autre chose | identity_hate
les Maghrébins, on les reconnait à l'odeur dans le métro | identity_hate insult
Le gène de la flemme existe, va voir aux Antilles | identity_hate
Les Bretons sont consanguins, ça explique leur accent :rire: | identity_hate
Les Albanais c'est tous des mafieux, ça se sait dans toute l'Europe | identity_hate
ils peuvent changer de nationalité, ils changeront jamais de mentalité | identity_hate
Les Ukrainiennes viennent ici pour trouver un mari riche, pas pour fuir la guerre | identity_hate
le vivre-ensemble c'est vivre avec des gens qui nous détestent, merci bien | identity_hate
les Français de papier, ça reste des étrangers avec une carte | identity_hate
Un Algérien qui bosse, y a un probleme avec la caméra cachée :rire: | identity_hate
"""

# --- Policy, news and counter-speech: laicite, quotas, immigration rules ---------------------------
POLICY_HARD = """
Je suis pour la laicité stricte à l'école, et ça veut dire protéger les éleves de toutes les religions
Les quotas ethniques sont interdits en France, c'est pour ça qu'on a pas de statistiques officielles
Je suis contre les quotas de diversité à la télé, je préférerais des bourses pour les jeunes des quartiers
La loi immigration a été votée hier, voilà ce qui change pour les étudiants étrangers
Je suis pour réduire l'immigration de travail, je le dis sans mépris pour ceux qui viennent
La régularisation des travailleurs sans papiers dans les métiers en tension, vous etes pour ou contre ?
Un rapport de la Cour des comptes sur le cout de l'AME, chiffres à l'appui, on peut en débattre calmement
Je suis pour interdire le voile aux mineures, je sais que c'est discuté, mes potes musulmanes sont pas d'accord
La loi de 2004 sur les signes religieux à l'école, 20 ans apres, quel bilan ?
Je trouve que la parité imposée crée des effets pervers, mais je suis d'accord sur le but
Le débat sur l'abaya, ma prof principale est pour l'interdiction, ma mere voilée est contre, on en a parlé à table
je suis musulman et pour la laicité, elle me protege aussi
le Conseil constitutionnel a censuré une partie de la loi immigration, notamment sur les allocs
Les crimes homophobes sont en hausse, le ministere annonce un plan de formation des policiers
Une joueuse de foot voilée interdite de match, la fédé dit que c'est la neutralité, vous en pensez quoi ?
Je suis contre la discrimination positive, pour moi il faut aider selon les revenus, pas l'origine
l'accueil des réfugiés ukrainiens a été rapide, certains demandent pourquoi pas pareil pour les Afghans
Les jeunes de banlieue sont plus controlés, c'est documenté, ça veut pas dire que tous les flics sont racistes
Je suis contre le mariage religieux avant le civil, comme la loi, ça vise pas une religion en particulier
La PMA pour toutes est en vigueur depuis 2021, les délais d'attente explosent dans les CECOS
Sondage : 60 % des Français pour la GPA encadrée, les associations sont divisées
un reportage sur les mineurs étrangers isolés, les départements disent qu'ils sont débordés
les programmes d'histoire vont inclure plus sur l'esclavage, je trouve ça bien, certains trouvent ça trop
Je suis pour le droit du sol, mon voisin est contre, on s'engueule gentiment chaque apéro :hap:
Le Défenseur des droits publie son rapport sur les discriminations liées au handicap dans l'emploi
Je suis pour les menus sans porc à la cantine comme option, pas obligatoires, juste une option
La ville a refusé une crèche de Noël en mairie au nom de la laicité, les catholiques ont protesté
je suis catho pratiquant et je défends aussi le droit des musulmans à construire des mosquées
Le ministre veut durcir le regroupement familial, l'opposition crie au scandale, vous en pensez quoi ?
La loi sur le changement de prénom sans juge date de 2016, ça a simplifié beaucoup de choses
Un débat sur les statistiques ethniques à la télé, franchement les deux invités avaient de bons arguments
Le harcelement anti-LGBT à l'école, l'éducation nationale lance une campagne, pas trop tot
Je pense que la loi sur le blaspheme doit rester comme elle est : on critique les religions, pas les croyants
L'agression d'une femme voilée à Montpellier, un suspect a été interpellé
Une personne handicapée sur cinq est au chomage, le chiffre a peu bougé en dix ans
L'antisémitisme en hausse dans les écoles, des profs témoignent dans un rapport
le tribunal a condamné un youtubeur pour incitation à la haine contre les Roms
Vous pensez que les quotas de femmes en politique ont changé quelque chose ? vraie question
Je suis pour la fin de l'exception du concordat en Alsace, au nom de l'égalité entre cultes
"""

POLICY_NEUTRAL = """
Quelqu'un a résumé la nouvelle loi sur l'immigration ? j'ai pas le temps de tout lire
Le débat de ce soir sur la laicité commence à 21h sur la chaine parlementaire
J'ai un partiel de droit constitutionnel sur la liberté de culte, des fiches à partager ?
La carte de séjour étudiant c'est combien de temps d'attente en préfecture maintenant ?
"""

POLICY_ATTACKS = """
La laicité c'est bien, mais surtout pour virer les voilées, soyons honnetes | identity_hate exclusion
Les quotas de diversité c'est mettre des incapables à la place des Blancs qui bossent | identity_hate
La loi immigration est trop molle, faut les parquer et les renvoyer par charters entiers | identity_hate exclusion
les réfugiés ukrainiens oui, les Afghans non, eux au moins ils sont blancs et civilisés | identity_hate exclusion
La PMA pour les lesbiennes, on fabrique des gosses sans pere pour faire plaisir à des malades | identity_hate
Les mineurs isolés c'est des adultes de 30 ans qui viennent violer nos filles | identity_hate
l'AME c'est pour soigner les clandestins avec nos impots, laissez-les crever | identity_hate threat
la joueuse voilée interdite de match, bien fait, qu'elle retourne dans son pays | identity_hate exclusion
le droit du sol faut le supprimer pour que leurs gosses soient jamais français | identity_hate exclusion
Les jeunes de banlieue sont controlés ? normal, ils sont tous dealers | identity_hate
les menus sans porc, et demain ce sera la charia à la cantine, c'est comme ça que ça commence | identity_hate
l'antisémitisme en hausse, ils l'ont bien cherché avec tout ce qu'ils font | identity_hate
le youtubeur condamné pour les Roms il a juste dit la vérité, c'est des voleurs | identity_hate
les handicapés au chomage c'est normal, qui voudrait embaucher un boulet | identity_hate insult
La femme voilée agressée à Montpellier, elle avait qu'à pas sortir déguisée | identity_hate
Les crimes homophobes en hausse, faut croire que certains l'ont mérité :noel: | identity_hate threat
Le droit de vote pour les binationaux faudrait le retirer, ils sont pas vraiment français | identity_hate exclusion
regroupement familial = regroupement de délinquants, on le sait tous | identity_hate
une mosquée par ville ? une expulsion par imam, c'est ça la vraie laicité | identity_hate exclusion
Le harcelement anti-LGBT à l'école ? faut bien que les gamins apprennent à etre normaux | identity_hate
la parité c'est mettre des bonnes femmes incompétentes pour faire joli sur les photos | identity_hate insult
Les Alsaciens de confession juive peuvent garder leur concordat, ils ont déjà tout le reste :hap: | identity_hate
"""

# --- Dating, bodies and daily life: own identity spoken plainly, and its sexualised or mocking twin --
DAILY_HARD = """
Je sors avec une Noire depuis deux ans et ses parents m'ont adopté, sa mere cuisine trop bien
Ma copine est marocaine et mon pere lui a demandé de lui apprendre le tajine :hap:
Je suis une meuf noire et on me touche les cheveux sans demander, ça vous arrive aussi ?
Je suis en fauteuil et j'ai une copine depuis un an, oui on a une vie normale les kheys
Je suis trans et je date sur les applis, j'indique tout de suite, ça trie direct
je suis une fille asiatique et les mecs sur les applis m'écrivent des trucs chelous sur mes origines, c'est lourd
Mon copain est sourd, on communique en LSF et par messages, on s'engueule moins que mes potes :rire:
Je suis bi et j'ai jamais caché ça à ma copine, elle s'en fiche totalement
Ma femme porte le voile et moi pas de religion, on a trouvé notre équilibre
Premier rendez-vous avec un mec juif, il m'a emmenée dans un resto casher, c'était top
Je suis grosse et handicapée et je suis heureuse, merci de pas me plaindre
Mon pote autiste s'est marié samedi, discours incroyable, tout le monde pleurait
Je suis gay et j'ai pas de "meilleure amie fille", désolé de casser le cliché :rire:
Je suis lesbienne et ma mere me demande quand je vais "trouver un gentil garçon", patience
je suis métisse et ma grand mere bretonne m'a appris le breton, ma grand mere béninoise le fon
Je suis rom et étudiante en droit, premiere de ma famille à aller à la fac
les rencontres entre personnes handicapées, y a des applis spécialisées ? pour un pote
Mon copain est trans et on a toujours pas décidé qui fait la vaisselle, comme tout le monde :hap:
je suis voilée et je fais de la boxe, mon coach m'a trouvé un casque adapté
Question pour les kheys métis : comment vous avez géré les remarques à l'école ?
Je suis noir, gay et catho, trois minorités pour le prix d'une :rire: et tout va bien
Ma copine est aveugle et elle se maquille mieux que moi, elle connait ses produits par coeur
Je suis d'origine chinoise et mes parents me mettent la pression pour les études, comme tous les parents du monde
Je suis juif et ma copine est musulmane, nos familles se sont rencontrées, ça s'est super bien passé
J'ai une prothese à la jambe et je fais de la plage en short, tant pis pour les regards
Je suis une femme, j'aime le foot et la biere, et non je fais pas ça "pour plaire aux mecs"
Mon pere est malien, ma mere coréenne, les repas de famille sont une expérience culinaire :hap:
Ma soeur trisomique a un copain et ils vont au cinéma ensemble tous les samedis
j'ai 22 ans, je suis gay et je viens de le dire à ma grand mere, elle a dit "enfin" :rire:
Je suis non binaire et je porte des jupes, mon coloc m'a prêté la sienne pour la soirée
je suis gitan et je fais du piano classique, mes cousins me chambrent mais ils viennent à mes concerts
Je suis sourd et je vais en boite, je sens les basses dans le sol, c'est le meilleur
Je suis musulmane et je sors avec un athée, ma mere le sait et elle l'aime bien
Je sors avec un mec en fauteuil et les gens me demandent si je suis son aide-soignante, fatiguant
Les couples mixtes représentent presque un mariage sur cinq en France d'apres l'Insee
"""

DAILY_NEUTRAL = """
Premier rencard ce soir, je sais pas quoi mettre, chemise ou tee-shirt ?
Mes parents fetent leurs trente ans de mariage, des idées de cadeau ?
Des idées de resto pas trop cher pour un anniversaire à Bordeaux ?
"""

DAILY_ATTACKS = """
Une Noire c'est comme un piment, t'essaies une fois pour voir :noel: | identity_hate sexual_harassment
Les Asiatiques au lit elles font tout ce que tu veux, c'est culturel :noel: | identity_hate sexual_harassment
ta copine marocaine, elle sort quand meme sans son frere ? :hap: | identity_hate insult
une fille en fauteuil au lit, c'est pratique elle peut pas s'enfuir :rire: | identity_hate sexual_harassment
une trans sur une appli, faut la signaler pour tromperie, c'est un mec caché | identity_hate insult
Les Arabes, tu les reconnais, ils draguent en meute et ils acceptent jamais un non | identity_hate sexual_harassment
Les Latinas c'est fait pour danser et le reste, pas pour réfléchir :noel: | identity_hate sexual_harassment
tu sors avec une juive ? elle t'a fait signer un contrat avant le premier bisou ? :rire: | identity_hate insult
ton pote autiste s'est marié ? la pauvre femme, elle savait ce qu'elle faisait ? | identity_hate insult
Une femme voilée qui fait de la boxe, c'est pour taper son mari quand il la surveille pas ? :hap: | identity_hate insult
Je touche les cheveux des Noires si je veux, c'est comme toucher de la laine | identity_hate sexual_harassment
Un couple mixte, c'est trahir sa race, tout simplement | identity_hate
Ta soeur trisomique a un copain ? ça va donner des gosses comme eux, bravo | identity_hate insult
Le sourd en boite, il danse comme un épileptique :rire: | identity_hate insult
Les lesbiennes ont juste besoin d'un mec pour les remettre dans le droit chemin, je me porte volontaire | identity_hate sexual_harassment
t'es gay ? alors t'as forcément un truc avec ton prof de sport au college :noel: | identity_hate sexual_harassment insult
Les Roumaines sur les applis, c'est des escorts déguisées, toutes | identity_hate sexual_harassment
Ta femme voilée, elle a le droit de parler ou elle attend ta permission ? | identity_hate insult
les mecs trans, c'est des meufs qui ont pas trouvé de mec, ça se voit à leur corps | identity_hate insult body_shaming
Une femme qui boit de la biere et regarde le foot, c'est qu'elle est moche, elle compense | identity_hate insult body_shaming
Le mec handicapé sur l'appli, il a cru qu'on allait swiper sur un fauteuil ? :rire: | identity_hate insult
les meufs noires sont toutes vulgaires et bruyantes, aucune classe | identity_hate
Une fille asiatique qui se plaint des messages chelous, elle devrait etre flattée, c'est un compliment | identity_hate sexual_harassment
les femmes juives ont un gros nez et un gros porte-monnaie :hap: | identity_hate body_shaming
Le mec en fauteuil qui sort avec une valide, elle le fait par pitié ou pour l'héritage | identity_hate insult
Ta grand mere dit "enfin" pour ton coming out ? elle est aussi dégénérée que toi | identity_hate insult
Les gitanes elles font des gosses à 15 ans, c'est leur culture de lapin | identity_hate
"""


TABLES = (
    (TRANS_HARD, TRANS_NEUTRAL, TRANS_ATTACKS),
    (GAY_HARD, GAY_NEUTRAL, GAY_ATTACKS),
    (DISABILITY_HARD, DISABILITY_NEUTRAL, DISABILITY_ATTACKS),
    (MUSLIM_HARD, MUSLIM_NEUTRAL, MUSLIM_ATTACKS),
    (JEWISH_HARD, JEWISH_NEUTRAL, JEWISH_ATTACKS),
    (BLACK_HARD, BLACK_NEUTRAL, BLACK_ATTACKS),
    (ASIAN_HARD, ASIAN_NEUTRAL, ASIAN_ATTACKS),
    (ROMA_HARD, ROMA_NEUTRAL, ROMA_ATTACKS),
    (WOMEN_HARD, WOMEN_NEUTRAL, WOMEN_ATTACKS),
    (PERSON_HARD, PERSON_NEUTRAL, PERSON_ATTACKS),
    (EXCLUSION_HARD, EXCLUSION_NEUTRAL, EXCLUSION_ATTACKS),
    (CODED_HARD, CODED_NEUTRAL, CODED_ATTACKS),
    (POLICY_HARD, POLICY_NEUTRAL, POLICY_ATTACKS),
    (DAILY_HARD, DAILY_NEUTRAL, DAILY_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
