"""Generate fr_short_advice.csv: short French forum replies in help and advice threads, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". The setting is the help
thread of an 18-25 board: a poster (l'op) asks for help or an opinion and others reply. Harmless
lines are blunt advice, tough love and frank verdicts in the second person ("bouge-toi", "t'as
merdé, excuse-toi", "ton plan est une mauvaise idée", "ton CV fait 4 pages", "ton ex te rabaisse,
pars"), swearing aimed at nobody, the op's own self-deprecation and distress, replies quoting an
insult the op received to say it is false, people saying they lived the same thing. Attacks turn
on the op or on someone else: insults, "tu mérites ce qui t'arrive", mocking the body or looks,
"personne veut de toi", pushing to suicide or self-harm, threats, sexual remarks, exposing where
someone lives or works, contempt for origin, religion, gender, sexuality or disability; many
open like advice ("mon conseil : ...", "sois honnête : ...") before the contempt. Sixteen topics:
break-ups, dating and virginity, friendship and loneliness, studies and Parcoursup, job hunting,
work, money, moving out, family, fitness, looks, mental health, addictions, roommates and
neighbours, driving, PC, phones and games. Every line is 5 to 25 words. No extra variants.
See fr_short_advice.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_advice.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives are rough or frank replies
# that demean nobody, or the op's own words; neutral lines are ordinary posts on the topic.

# --- Break-ups and exes --------------------------------------------------------------------------
BREAKUP_HARD = """
wsh l'op elle t'a trompé deux fois et tu veux la récupérer ? bloque-la partout et passe à autre chose
Khey t'as merdé, t'as oublié son anniv et t'as passé la soirée sur Valo, excuse-toi sincèrement
ton ex te traitait de "boulet" devant ses potes ? c'est lui le problème, pas toi, casse-toi de là
arrête de stalker son insta à 3h du mat, ça te détruit, désinstalle l'appli pendant un mois
Franchement ton plan de débarquer chez elle avec des fleurs à minuit, c'est une très mauvaise idée
j'ai vécu exactement la même chose à 21 ans, ça fait mal trois mois puis un matin tu te réveilles libre
bouge-toi le cul, va à la salle, vois tes potes, et surtout ne lui écris plus :ok:
Mon conseil : contact zéro. Pas de "juste pour savoir comment tu vas", rien du tout.
elle t'a dit que t'étais "trop nul pour elle" ? tkt, les gens disent n'importe quoi quand ils partent
ahi l'op le mec te rabaisse, fouille ton tel et te coupe de tes amies, c'est de l'emprise, pars
ayaa 4 ans de couple et elle me largue par SMS, je suis détruit les kheys :ouch:
je suis un gros loser, je l'ai laissée partir pour une histoire de jeu vidéo, je me déteste
tu l'as trompée et tu te fais larguer, c'est la vie khey, retiens la leçon et grandis
le sang ton message de 40 lignes à ton ex, supprime-le, ne l'envoie surtout pas :rire:
putain c'est chaud ce qu'elle t'a fait, mais tu vas t'en remettre, force à toi
Sois honnête avec toi-même : elle ne reviendra pas, et c'est peut-être mieux ainsi.
t'as été naïf, ça arrive à tout le monde, la prochaine fois tu verras les red flags plus tôt
ton ex qui te dit que personne voudra de toi après lui, c'est de la manipulation classique, bloque
moi aussi je me suis fait ghoster après 2 ans, j'ai pleuré comme une madeleine, ça passe
tu la supplies de revenir et tu te rabaisses, arrête ça tout de suite, garde un peu de dignité
jpp de tes potes qui disent "elle était trop bien pour toi", c'est faux, vous étiez pas compatibles
récupérer son ex c'est réchauffer un plat froid, ça a jamais le même goût, avance
t'as pas à lui rendre les cadeaux, mais rends-lui ses affaires et coupe le contact
d'après ce que tu racontes c'est toi qui as été toxique dans l'histoire, remets-toi en question
supprime les photos, range les souvenirs dans une boîte et sors prendre l'air frr
Mon ex m'a traitée de "grosse vache" en partant, ça me tourne dans la tête depuis une semaine
ta meuf te parle comme à un chien et tu demandes si c'est normal ? non, fuis
issou l'op qui veut rendre son ex jalouse avec un faux couple sur insta, ça finit toujours mal
t'as le droit d'être triste, pleure un bon coup, mais lundi tu retournes en cours
cinq ans célibataire après ma rupture et franchement je vis très bien, courage l'op
elle t'a quitté pour un mec avec une BM ? laisse-la partir, c'est elle qui perd au change
J'ai été odieux avec elle pendant des mois, je le reconnais. Comment lui demander pardon sans la harceler ?
t'es pas "un raté" parce qu'elle est partie, tu viens de vivre un truc dur, c'est tout
ton ex qui like toutes tes photos après t'avoir largué, il joue avec toi, ignore et avance
ton plan de lui écrire un poème à 3h du mat, golem, va dormir et relis-toi demain :noel:
ptdr le golem qui veut recontacter son ex "juste pour récupérer les clés", on la connaît l'excuse
"""

BREAKUP_NEUTRAL = """
combien de temps vous avez mis à vous remettre de votre première rupture les kheys ?
On s'est séparés d'un commun accord après trois ans, c'est bizarre de vivre seul maintenant
vous gardez contact avec vos ex ou vous coupez tout ?
comment on partage les meubles quand on se sépare et qu'on a tout acheté à deux ?
"""

BREAKUP_ATTACKS = """
elle t'a largué ? normal, t'es un raté sans avenir, n'importe quelle meuf aurait fait pareil | insult
Mon conseil : contact zéro avec l'humanité entière, personne veut d'une merde comme toi | insult exclusion
ton ex t'a traité de boulet et franchement il avait raison, t'es un poids pour tout le monde | insult
elle t'a trompé parce que t'es un gros tas, regarde-toi dans un miroir avant de pleurer | insult body_shaming
arrête de pleurer ta meuf et va te pendre, ça soulagera tout le monde :noel: | self_harm_incitement
bouge-toi le cul et va crever ailleurs, t'es qu'une victime pathétique | insult self_harm_incitement
t'es une meuf, c'est normal que tu sois hystérique, les femmes savent pas gérer une rupture | identity_hate
Elle t'a quitté pour un autre ? logique, avec ta tête de fouine aucune fille reste | body_shaming
file-moi l'adresse de ton ex, je vais lui rendre une petite visite avec mes potes :noel: | threat
ton ex qui te traite de boulet, je le connais, il bosse au Carrefour de Vaudrenne, on va s'occuper de lui | threat doxxing
supprime pas les photos de ton ex, balance-les ici, on veut voir si elle est bonne :noel: | sexual_harassment
envoie les nudes de ton ex dans le topic l'op, on va juger si elle valait le coup | sexual_harassment
Sois honnête avec toi-même : t'es moche, chiant et pauvre, elle reviendra jamais et personne d'autre viendra | insult body_shaming exclusion
personne voudra de toi après elle, t'avais déjà une chance sur un million avec ta gueule | body_shaming exclusion
t'as pas à pleurer, t'as qu'à sauter du pont, ton ex fera la fête :rire: | self_harm_incitement
la vraie raison de ta rupture c'est que t'es un pd refoulé, tout le forum le voit | insult identity_hate
ahi l'op qui chiale pour une meuf, golem fragile, tu mérites d'être seul toute ta vie | insult exclusion
ta meuf te parle comme à un chien ? normal, t'es un chien, elle te dresse | insult
t'es une pute, il t'a quittée parce que tout le lycée t'est passé dessus | insult sexual_harassment
ton ex t'a trompée parce que t'es une planche à pain, aucun mec reste pour ça | body_shaming
jpp l'op handicapé qui pensait garder une meuf, retourne dans ton fauteuil | insult identity_hate
récupère pas ton ex, récupère plutôt une corde, c'est plus utile | self_harm_incitement
je sais où tu vis l'op, résidence des Glycines à Pontaurel, je passerai te voir ce soir | threat doxxing
t'as été naïf ? non t'es juste débile, un débile qui finira seul comme il le mérite | insult exclusion
elle t'a quitté pour un mec avec une BM, normal, t'es un smicard au physique de gnome | insult body_shaming
bloque-la partout et disparais avec, t'es une erreur de la nature qui devrait même pas exister | insult self_harm_incitement
Elle vous a quitté car vous êtes un homme sans intérêt, sans charme et sans conversation. Restez seul. | insult exclusion
mon conseil : trouve-toi une meuf à ton niveau, genre une grosse du bled comme toi | insult identity_hate body_shaming
Franchement, à sa place je serais partie aussi : tu es laid, lourd et tu sens la défaite. | insult body_shaming
t'es pas un raté parce qu'elle est partie, t'es un raté depuis ta naissance, elle a juste ouvert les yeux | insult
khey t'as merdé ? non, t'es une merde, c'est différent, elle a bien fait de partir | insult
wsh le sang elle t'a largué pour un autre, normal avec ta bite de souris et ta tête de fouine | body_shaming sexual_harassment
"""

# --- Dating, shyness, virginity ----------------------------------------------------------------
DATING_HARD = """
24 ans et puceau, c'est pas une maladie khey, arrête de te mettre la pression
mon conseil : arrête de mater des vidéos de "séduction", sois juste normal et pose des questions
t'es timide ? ok, commence par dire bonjour à la caissière, puis à une collègue, petit à petit
Ton approche en DM avec 15 messages d'affilée, c'est lourd, une seule relance maximum
je suis un thon, je le sais, mais j'aimerais quand même trouver quelqu'un :ouch:
sors de ta chambre, inscris-toi dans un club, escalade, théâtre, n'importe quoi, tu rencontreras du monde
la meuf t'a dit non, c'est non, tu arrêtes de lui écrire, point
j'étais puceau jusqu'à 26 ans, aujourd'hui marié, la vie c'est pas une course frr
ahi ta photo de profil dans la voiture avec des lunettes de soleil, change-la direct :rire:
ta bio Tinder "je cherche pas de prise de tête" ça fait fuir tout le monde, réécris-la
Soyez honnête : envoyer "cc" et rien d'autre, ça ne mène nulle part. Posez une vraie question.
on m'a dit au lycée "personne voudra jamais de toi", cinq ans après je suis en couple, tkt l'op
si tu la harcèles sur snap après qu'elle t'a bloqué, c'est toi le problème, lâche l'affaire
wsh arrête les excuses "j'ai pas le temps", t'as 6h de Fortnite par jour, sors
Les applis c'est dur pour les mecs moyens, c'est pas toi, c'est la stat, continue quand même
t'as été relou avec elle en soirée, envoie un message d'excuse court et passe à autre chose
je suis moche, petit et timide, le combo ultime, quelqu'un a des conseils ? :hap:
la virginité à 22 ans on s'en fout, personne te demande ton CV sexuel au premier date
Lave-toi, coupe-toi les ongles, mets un t-shirt propre, ça fait déjà 80 % du boulot
ton plan de lui déclarer ta flamme devant toute la classe c'est une catastrophe, parle-lui seul à seule
issou moi aussi je bégayais au premier rdv, elle a trouvé ça mignon, on est ensemble depuis 2 ans
arrête de dire que "les femmes veulent que des chads", c'est faux et ça te rend aigri
ta pote te traite de "puceau" pour rire ? elle te chambre, réponds-lui sur le même ton
Franchement l'op tu demandes trop, une meuf belle, riche et sans passé, redescends un peu
le seul conseil qui marche : sors, parle aux gens, prends des râteaux, recommence
j'ai pris mon premier râteau hier, elle m'a ri au nez, j'ai envie de me cacher sous terre
tu te trouves trop gros pour draguer ? fais du sport pour ton moral à toi, pas pour plaire
ptdr ton premier message "t'es charmante mademoiselle" c'est un peu vieillot mais ça passe
ne te décris pas comme "gentil" dans ta bio, tout le monde l'écrit, montre-le plutôt
wsh le sang arrête de dire que t'es un déchet, t'es juste timide, ça se travaille
Être vierge à trente ans n'a rien de honteux. Personne n'a le droit de te presser.
elle a lu et pas répondu depuis 4 jours ? c'est une réponse, passe à autre chose sans rancune
ptdr l'op qui veut draguer à la salle une meuf qui a ses écouteurs, laisse les gens s'entraîner :noel:
"""

DATING_NEUTRAL = """
vous avez rencontré votre copine comment les kheys ? appli, soirée, fac ?
Premier date samedi, plutôt bar ou balade au parc selon vous ?
c'est quoi l'appli de rencontre la moins pire en ce moment ?
On se parle depuis deux semaines, c'est trop tôt pour proposer un verre ?
"""

DATING_ATTACKS = """
24 ans et puceau, c'est logique, t'es une sous-merde que personne touchera jamais | insult exclusion
mon conseil : arrête de chercher, avec ta gueule de travers t'auras jamais personne | body_shaming exclusion
T'es timide ? non t'es un déchet social, les gens te fuient et ils ont raison | insult exclusion
personne voudra jamais de toi, ni au lycée ni après, t'es né pour être seul | insult exclusion
la meuf t'a dit non parce que t'es gros et que tu pues, c'est simple | insult body_shaming
puceau à 26 ans, rends service à l'humanité, reproduis-toi jamais, ou mieux disparais | insult self_harm_incitement
Vous êtes trop laid pour les applications, supprimez votre compte et épargnez ces femmes | body_shaming exclusion
envoie une photo de toi en sous-vêtements l'op, je te dirai si t'es baisable :noel: | sexual_harassment
t'es une meuf et tu galères ? mens pas, t'as qu'à écarter les cuisses comme d'hab | insult sexual_harassment
ta timidité c'est ton autisme qui parle, les mongols comme toi finissent seuls | insult identity_hate
arrête les excuses, t'es juste un nain d'1m60, aucune femme veut d'un nabot | body_shaming exclusion
Ta photo de profil me donne envie de vomir, t'es une abomination | insult body_shaming
je sais que t'es en L2 socio à la fac de Lanvézec, je vais prévenir toutes les meufs de ta promo | doxxing exclusion
moi aussi j'étais puceau, mais moi j'étais pas un gros porc comme toi | insult body_shaming
sors de ta chambre et va te jeter sous un train, au moins t'auras un contact humain :rire: | self_harm_incitement
l'op meuf de 19 ans qui demande des conseils, viens en MP je vais t'apprendre moi :noel: | sexual_harassment
la virginité à 22 ans chez toi c'est pas un choix, c'est ta tronche de rat | body_shaming
Franchement l'op tu demandes trop, une meuf ? regarde-toi, t'es qu'un rebeu de cité, vise plus bas | insult identity_hate
ton premier rdv va mal se passer, elle va voir que t'es un incel dégénéré et se barrer | insult
si tu la recroises je te défonce, laisse les meufs de mon quartier tranquilles | threat
t'es gay en fait l'op, c'est pour ça que t'y arrives pas, sale fiotte | insult identity_hate
issou le golem qui tremble devant les meufs, retourne jouer à la poupée avec ta mère | insult
le seul conseil qui marche pour toi : abandonne, t'es laid, pauvre et chiant | insult body_shaming
trentenaire et célibataire ? soit t'es trop moche, soit t'es passée sur trop de mecs, choisis | insult sexual_harassment body_shaming
réponds-lui que t'es une merde timide, au moins elle saura à quoi s'attendre | insult
ptdr ton message de drague, t'es aussi gênant que ta face de boutonneux | insult body_shaming
Sois honnête : aucune femme ne voudra d'un homme aussi fade et disgracieux que toi. | body_shaming exclusion
Lave-toi, coupe-toi les ongles, ça changera rien, t'es un sac à merde de la tête aux pieds | insult
une meuf voilée sur Tinder ? mdr rentre chez toi, personne veut d'une bâchée ici | identity_hate exclusion
Khey, sois honnête : t'es puceau parce que t'as une tête à faire fuir même les moustiques | body_shaming
le sang arrête Tinder, les meufs se montrent ta photo entre elles pour se marrer :rire: | body_shaming
"""

# --- Friendship and loneliness -----------------------------------------------------------------
FRIENDS_HARD = """
j'ai 23 ans et zéro pote, mes samedis c'est moi et Netflix, vous faites comment pour vous faire des amis ?
Bouge-toi : inscris-toi à un club de sport collectif, c'est le meilleur moyen de rencontrer du monde
ton pote t'invite jamais, te laisse payer et se moque de toi devant les autres, c'est pas un ami, lâche-le
T'as oublié son anniv deux ans d'affilée, c'est normal qu'il soit vexé, excuse-toi
khey arrête d'attendre que les gens viennent à toi, propose toi-même un truc, un ciné, un kebab
moi aussi j'ai perdu tous mes potes après le lycée, c'est normal, on se refait un cercle à la fac
ta "meilleure amie" qui te traite de boulet devant tout le monde, c'est pas de l'humour, c'est du mépris
je suis un cas social, je sais pas parler aux gens, je finis toujours dans un coin en soirée :ouch:
les vrais amis c'est 2 ou 3 personnes max, arrête de courir après le groupe qui te calcule pas
Franchement ton idée de tout leur balancer sur le groupe WhatsApp, c'est le meilleur moyen de tout casser
t'as trop bu à la soirée et t'as insulté la copine de ton pote, va t'excuser en vrai, pas par message
"t'as pas d'amis" qu'il t'a dit ? t'as déjà des potes sur ce forum, et t'en auras d'autres, tkt
ayaa personne est venu à mon anniv, j'avais invité 12 personnes, je suis dégoûté
putain la solitude c'est dur, mais c'est pas une fatalité, les assos étudiantes c'est top pour ça
il te demande de l'argent à chaque fois et rend jamais ? coupe les ponts, il t'utilise
Mon conseil : lâche ton téléphone en soirée, pose des questions aux gens, ils adorent parler d'eux
j'étais exactement comme toi à 20 ans, et aujourd'hui j'ai une bande de potes en or, ça vient
arrête de te plaindre que personne t'écrit si toi tu réponds jamais aux messages, ça marche dans les deux sens
ton groupe t'a viré du serveur sans explication ? demande-leur franchement, c'est peut-être un malentendu
Discord, jeux en ligne, forums : des amitiés virtuelles, ça compte aussi. Ne te sous-estime pas.
wsh elle te ghoste depuis 3 mois, c'est une réponse en soi, passe à autre chose
je suis le pote chiant de la bande, je le sais, mais je sais pas comment changer :hap:
le sang t'as 30 ans et tu veux te faire des potes ? les bars à jeux de société c'est génial
ta pote t'a balancé qu'on "te garde par pitié" ? ça me rend ouf, des gens comme ça tu les fuis
Sois franc avec lui : dis-lui que ses blagues sur toi te blessent, un vrai ami comprendra
t'as merdé en racontant son secret à tout le monde, assume et excuse-toi, c'est tout ce que tu peux faire
issou moi mon seul pote c'est le gars du kebab, on se check depuis 4 ans :rire:
arrête de juger tout le monde "superficiel", tu te fermes toutes les portes khey
se sentir seul même entouré ça arrive à beaucoup de monde, t'es pas bizarre l'op
le type qui fait que te rabaisser sous couvert de vannes, t'as le droit de le sortir de ta vie
Je me sens seule depuis que je suis arrivée dans cette ville, je ne connais personne ici.
t'as été exclu du groupe pour une embrouille de jeu ? laisse passer une semaine puis écris au plus calme
golem t'as répondu "toi aussi" au serveur qui t'a dit bon appétit, on l'a tous fait mdr
"""

FRIENDS_NEUTRAL = """
c'est normal de plus avoir de potes d'enfance à 25 ans ?
Vous voyez vos amis combien de fois par mois en moyenne ?
des idées d'activités pas chères à faire entre potes le week-end ?
comment vous gardez contact avec vos potes quand vous déménagez loin ?
"""

FRIENDS_ATTACKS = """
23 ans et zéro pote, pas étonnant, t'es le genre de mec qu'on évite dans le métro | insult exclusion
casse-toi de ce forum aussi, même ici personne veut de toi | exclusion
c'est pas ton pote le problème, c'est toi, t'es un boulet que tout le monde supporte par pitié | insult exclusion
personne est venu à ton anniv ? normal, t'es un gros lard chiant, même ta mère serait pas venue | insult body_shaming exclusion
les gars on ignore l'op sur tous les topics, ce golem mérite pas qu'on lui réponde | exclusion
T'as pas d'amis parce que t'es un clochard mental, reste seul et crève seul | insult self_harm_incitement
Mon conseil : accepte que t'es une tare sociale et arrête d'emmerder les gens normaux | insult exclusion
ton groupe t'a viré ? ils ont bien fait, moi je t'aurais dégagé au bout de cinq minutes | insult exclusion
la solitude c'est ce que méritent les autistes comme toi, t'as qu'à parler à tes trains | insult identity_hate
t'es seule parce que t'es moche, grosse et aigrie, classique | insult body_shaming
si tu te pointes encore à nos soirées on te sort à coups de pied, t'es prévenu | threat exclusion
issou le mec dont le seul pote est le kebabier, même lui il te sert par obligation | insult exclusion
t'as 30 ans et pas de potes, si tu te suicidais personne le remarquerait, vas-y | self_harm_incitement exclusion
t'es le boulet de la bande, tout le monde le dit dans ton dos, on a même un groupe sans toi | insult exclusion
personne te garde par pitié, on te garde pour rire de toi, nuance | insult
je connais l'op, il traîne au Bar des Sports de Sorvilliers le vendredi, passez le voir pour vous foutre de sa gueule | insult doxxing
Tu n'as pas d'amis car tu es profondément désagréable et laid. Personne ne changera d'avis. | insult body_shaming exclusion
wsh les potes de l'op, bloquez-le tous, ce parasite mérite aucune amitié | insult exclusion
ptdr l'op a une voix de fillette et il se demande pourquoi personne lui parle | insult exclusion
arrête de juger tout le monde, t'es qu'un petit beur aigri qui se croit supérieur | insult identity_hate
t'as des potes sur ce forum ? non, on te tolère comme on tolère une mouche | insult exclusion
t'as le droit de te sentir seul, et nous on a le droit de te trouver pathétique, déchet | insult
ton seul ami c'est ta main droite et même elle en a marre de toi :noel: | insult sexual_harassment
tue-toi et va te faire des potes en enfer, t'as ta place là-bas | self_harm_incitement
Ta meilleure amie a raison, t'es une pauvre conne et on te garde que pour tes clopes | insult
Sois franc avec toi-même : les gens te fuient parce que tu es répugnant, pas parce qu'ils sont superficiels. | insult exclusion
Je me sens seule dit la grosse, normal, même ton ombre se barre quand tu te lèves | body_shaming exclusion
arrête d'attendre que les gens viennent à toi, personne viendra, t'es invisible et inutile | insult exclusion
Franchement khey, à ta place j'aurais honte d'exister, même ton chat t'évite | insult exclusion
wsh l'op, personne t'invite parce que t'es un boulet, comme ta mère, c'est de famille | insult exclusion
"""

# --- Studies, exams, Parcoursup, repeating a year ---------------------------------------------
STUDIES_HARD = """
t'as raté ta L1 parce que t'allais pas en cours, c'est pas grave mais sois honnête avec toi-même
Parcoursup t'a refusé partout ? fais un service civique ou un BTS, c'est pas la fin du monde
redoubler c'est pas un échec, moi j'ai redoublé ma terminale et j'ai eu mon master avec mention
arrête de réviser avec TikTok ouvert à côté, mets ton tel dans une autre pièce
ton plan de tout réviser la veille du partiel c'est un suicide académique khey, commence maintenant
je suis une quiche en maths, j'ai eu 3 au partiel, je sais pas comment remonter :ouch:
Franchement ta lettre de motivation Parcoursup est trop générique, parle de ce que t'as fait, pas de "passion"
ton prof t'a dit "tu feras jamais rien de ta vie" ? c'est lui qui est nul en pédagogie, prouve-lui qu'il a tort
bouge-toi, t'as 3 semaines avant les partiels, fais un planning et tiens-le
médecine après un bac pro c'est très dur, je vais pas te mentir, mais les passerelles existent
t'as triché et t'es convoqué en commission ? dis la vérité, assume, ça passe mieux que mentir
issou moi aussi je me suis endormi en amphi avec la bouche ouverte, on est tous passés par là
la méthode Pomodoro m'a sauvé, 25 min de taf, 5 min de pause, essaie l'op
arrête de dire que t'es "trop bête pour la fac", t'as juste jamais appris à apprendre
ton mémoire est pas nul, il est mal structuré, c'est pas pareil, refais le plan
Les annales, encore les annales, toujours les annales. C'est la seule méthode qui marche vraiment.
wsh le sang t'as séché deux mois de TD et tu t'étonnes d'être défaillant ? faut y aller
prépa ou fac, les deux se valent, choisis selon ton rythme, pas selon ce que pensent tes parents
mes parents me traitent de "fainéant" parce que j'ai redoublé, ça me bouffe grave
putain les résultats Parcoursup c'est un enfer, j'ai rafraîchi la page 40 fois ce matin
tu changes de filière pour la troisième fois ? ok, mais cette fois prends le temps de te renseigner
Ton prof de TD te rabaisse devant tout l'amphi ? écris au responsable pédagogique, c'est pas normal
t'as 8 de moyenne, c'est pas une catastrophe, analyse tes erreurs et vise les rattrapages
j'étais le cancre de ma classe au lycée, aujourd'hui je suis ingé, les notes définissent pas tout
Arrête de comparer ta vie aux gens qui postent leur admission à Sciences Po sur LinkedIn.
t'as le cerveau en compote après 8h de révisions ? normal, dors, ça sert à rien de forcer
ayaa je me suis trompé de salle pour l'exam, j'ai raté l'épreuve, je suis vraiment un boulet
ton groupe de projet te laisse tout faire ? préviens le prof, c'est pas de la délation, c'est de la survie
la fac c'est pas le lycée, personne te court après, c'est à toi de te bouger
Un BTS en alternance, c'est souvent un meilleur choix qu'une licence sans débouchés.
Sois honnête : tu n'as pas révisé, ce n'est pas le prof qui t'a "saqué". Prépare les rattrapages.
ta copie est bourrée de fautes d'orthographe, ça te coûte des points partout, fais du Projet Voltaire
mdr le sang t'as envoyé "bonne nuit ma reine" à ta prof de TD ? excuse-toi vite fait et change de groupe :noel:
le golem qui demande si c'est grave d'avoir 4 de moyenne en L1, oui, faut se bouger maintenant
"""

STUDIES_NEUTRAL = """
vous conseillez quoi comme appli pour faire des fiches de révision ?
Quelqu'un a fait une licence de géographie ? ça débouche sur quoi concrètement ?
les résultats de la phase complémentaire Parcoursup tombent quand ?
c'est possible de se réorienter en cours d'année en L1 ?
"""

STUDIES_ATTACKS = """
T'as raté ta L1 parce que t'es con, y a pas d'autre explication, laisse tomber les études | insult
Parcoursup t'a refusé partout ? normal, même l'algorithme a vu que t'étais un déchet | insult
ton prof a raison, tu feras jamais rien de ta vie, t'as une tête de futur chômeur | insult
redoubler à ton âge ? t'es un attardé, y a des écoles spécialisées pour les gens comme toi | insult identity_hate
je suis une quiche en maths dit la meuf, normal, les femmes ont pas le cerveau pour ça | identity_hate
t'as eu 3 au partiel ? saute par la fenêtre de l'amphi, ça fera une place de libre | self_harm_incitement
ta lettre Parcoursup est nulle comme toi, t'es juste un parasite qui vivra des allocs | insult
médecine après un bac pro ? retourne ramasser les poubelles de ta cité, ta place est là | insult exclusion
je sais que t'es en L2 à la fac de Vaudrenne, bâtiment D, je viendrai t'attendre à la sortie du TD | threat doxxing
mon conseil : arrête la fac, les boutonneux obèses comme toi ça fait pitié en amphi | insult body_shaming
issou l'op qui s'endort en amphi, normal, avec ton QI de poulpe même la maternelle t'endormirait | insult
les boursiers comme toi vous vivez sur nos impôts, dégagez de la fac | insult exclusion
ton prof de TD te rabaisse ? il devrait te gifler en plus, t'as besoin d'être dressé | threat insult
t'as triché ? bien sûr, voler c'est dans votre culture à vous les rebeus | identity_hate
arrête de dire que t'es trop bête pour la fac, t'es trop bête pour vivre, rends service et disparais | insult self_harm_incitement
tu changes de filière pour la troisième fois, tes parents doivent regretter de t'avoir fait | insult
t'as le cerveau en compote ? t'as jamais eu de cerveau, sale mongolien | insult identity_hate
la fac c'est pas pour les handicapés comme toi, retourne dans ton IME | identity_hate exclusion
t'as raté l'épreuve ? bien fait, les cancres de ton espèce méritent que ça | insult
Vous êtes la preuve vivante que le bac est donné à n'importe quel imbécile. | insult
ton groupe de projet te laisse tout faire parce que personne veut bosser avec une grosse vache | insult body_shaming exclusion
l'étudiante qui demande de l'aide en MP, viens, je t'aide si tu me montres tes seins | sexual_harassment
la prépa c'est pas pour toi, t'as une gueule de vendeur de shit, reste au quartier | insult exclusion
t'as 8 de moyenne, ta mère doit avoir honte d'avoir pondu un abruti pareil | insult
ptdr le mec a redoublé deux fois, pends-toi avant de redoubler une troisième | self_harm_incitement
ahi ton mémoire c'est de la merde, comme toi, comme ta famille de bons à rien | insult
Sois honnête : tu n'as pas le niveau, tu ne l'auras jamais, tu es simplement stupide. | insult
bouge-toi, t'as 3 semaines avant les partiels, ou alors crève, ça revient au même pour un raté comme toi | insult self_harm_incitement
khey t'as raté ton partiel parce que t'es un bouffon, redouble ou crève, on s'en fout | insult self_harm_incitement
Wsh la meuf de L1 qui pleure, j'ai ton emploi du temps, je t'attends après l'amphi C :noel: | threat doxxing
"""

# --- Job hunting, interviews, CVs --------------------------------------------------------------
JOBS_HARD = """
ton CV fait 4 pages, c'est beaucoup trop, une page maximum pour un premier job
Mets ta photo seulement si elle est pro, pas ta photo de soirée avec un verre à la main :rire:
la faute d'orthographe dans le titre du CV, ça élimine direct, fais-le relire par quelqu'un
t'as envoyé 3 candidatures en 2 mois et tu dis que "personne recrute" ? envoies-en 10 par semaine
Ta lettre commence par "Madame, Monsieur, je me permets", comme toutes les autres. Sois direct.
khey ton entretien s'est mal passé parce que t'as dit que t'avais "aucun défaut", prépare mieux la prochaine fois
je suis un boulet en entretien, je bafouille, je transpire, je perds tous mes moyens :ouch:
arrête les excuses, les agences d'intérim recrutent tous les jours, prends un truc en attendant
le recruteur t'a dit "votre profil n'est pas assez fort" ? c'est du blabla, ça dit rien sur toi
ton plan de mentir sur ton niveau d'anglais, mauvaise idée, ils te testeront à l'entretien
issou moi aussi j'ai été au chômage 14 mois après mon master, j'ai fini par trouver, tiens bon
Franchement ton adresse mail "kevin-du-93-le-boss" sur le CV, faut changer ça l'op
ayaa je me suis fait refuser 47 fois, je commence à croire que je suis inemployable
wsh arrête de postuler qu'aux offres où t'as 100 % des critères, postule à 60 %, tout le monde fait ça
tu demandes 3000 net pour un premier job sans expérience ? redescends, regarde les grilles du marché
les trous dans le CV c'est pas grave, dis juste ce que t'as fait, même un voyage ou une formation
Préparez vos réponses aux questions classiques : pourquoi nous, vos qualités, un échec. Ça change tout.
putain 5 entretiens et 5 refus, c'est rageant mais chaque entretien t'entraîne pour le suivant
ton conseiller France Travail t'a traité de "profil difficile" ? son boulot c'est de t'aider, pas de te juger
le sang tu t'es pointé en jogging à un entretien dans une banque ? bah voilà pourquoi :hap:
relance le recruteur une semaine après, poliment, c'est pas être lourd, c'est montrer ta motivation
j'avais exactement le même CV vide à 20 ans, j'ai commencé au McDo, aucune honte
Ton LinkedIn avec une photo de dos en montagne, c'est joli mais pas pro
t'es pas "nul", t'as juste pas de réseau, va aux salons, parle aux gens, demande des stages
arrête de dire que les RH sont tous des idiots, ça s'entend en entretien et ça te plombe
ton CV est illisible, trois polices et du rose fluo, refais-le sur un modèle sobre
mon conseil : mets un chiffre dans chaque expérience, "géré 20 clients" plutôt que "gestion clientèle"
on m'a dit en entretien "avec votre accent ça va pas être possible", j'ai signalé, c'est de la discrimination
t'as raté l'entretien ? envoie un mail pour demander un retour, ça aide vraiment à progresser
je suis au RSA depuis un an et j'ai honte, je sais même plus par où recommencer
Ta lettre de motivation est trop longue et trop flatteuse. Une demi-page, trois paragraphes, c'est tout.
tu t'es pointé avec 20 minutes de retard sans prévenir ? t'as merdé, envoie un mail d'excuse quand même
"""

JOBS_NEUTRAL = """
vous mettez vos loisirs sur votre CV ou c'est inutile ?
Quelle tenue pour un entretien dans une startup ? costume ou trop formel ?
c'est quoi la meilleure période de l'année pour chercher un stage ?
Combien de temps après un entretien vous attendez avant de relancer ?
"""

JOBS_ATTACKS = """
ton CV fait 4 pages et t'as rien fait de ta vie, t'es un parasite qui mérite le chômage | insult
Mets pas ta photo sur le CV, avec ta tête de troll tu fais fuir les recruteurs | body_shaming
Personne recrute un boulet comme toi, tu finiras clochard et ce sera mérité | insult
le recruteur a bien fait, on embauche pas les grosses dans la vente, ça fait fuir les clients | body_shaming exclusion
t'as eu 47 refus ? les employeurs ont du flair, ils sentent le raté de loin | insult
mon conseil : change de prénom sur ton CV, avec Abdoulaye t'es foutu et c'est mérité, sale singe | insult identity_hate
avec ton accent de blédard personne te prendra, retourne vendre des roses | identity_hate exclusion
ton conseiller a raison, t'es un profil difficile : fainéant, moche et con | insult body_shaming
t'es au RSA ? normal, t'es un cassos, tu devrais avoir honte d'exister | insult
je connais ton agence d'intérim à Chambreuil, je vais les appeler pour leur dire que t'es un voleur | insult doxxing
t'es une femme en entretien dans la tech ? retourne en cuisine, c'est pas ta place | identity_hate exclusion
l'op qui cherche un stage, envoie ta photo en maillot et je te pistonne chez moi :noel: | sexual_harassment
arrête de postuler, t'es inemployable, t'es une tache, fais-nous une faveur et disparais pour de bon | insult self_harm_incitement
ton entretien s'est mal passé parce que t'es un débile profond, aucun conseil te sauvera | insult
t'as 14 mois de chômage ? t'es un poids pour la société, les gens comme toi faudrait les jeter dehors | insult exclusion
sérieux avec ton fauteuil roulant t'espères quoi ? aucune boîte veut d'un handicapé | identity_hate exclusion
le sang t'es venu en jogging parce que t'as que ça, clodo | insult
relance encore le recruteur et je te retrouve, je suis RH chez eux et je sais où t'habites | threat doxxing
Votre CV est le reflet de votre personne : vide, médiocre et sans le moindre intérêt. | insult
personne embauche les gros qui transpirent, commence par perdre 30 kilos, gros lard | insult body_shaming exclusion
les musulmanes voilées comme toi n'ont rien à faire en entreprise, reste chez toi | identity_hate exclusion
t'as raté l'entretien ? t'as tout raté dans ta vie, même ta naissance | insult
ayaa 47 refus, à ta place je me serais déjà pendu, qu'est-ce que t'attends ? | self_harm_incitement
mdr tu demandes 3000 net, tu vaux même pas le prix de la corde pour te pendre | insult self_harm_incitement
t'es pas nul, t'es pire que nul, un échec ambulant que même France Travail veut plus voir | insult exclusion
Préparez vos réponses, oui, mais aucun recruteur ne veut d'une femme de votre âge et de votre poids. | body_shaming exclusion
les trous dans ton CV c'est quand t'étais en prison ou chez les fous ? t'as une gueule des deux | insult
ton entretien chez Decathlon Lanvézec c'est jeudi 14h, je viendrai m'asseoir dans la salle d'attente :noel: | threat doxxing
Franchement khey, ton CV je m'en torcherais même pas, pareil pour ta tronche | insult body_shaming
"""

# --- Work, bosses and colleagues ---------------------------------------------------------------
WORK_HARD = """
ton boss te hurle dessus devant les clients et menace de pas payer tes heures ? inspection du travail direct
t'as oublié de fermer la caisse et il manque 200 balles, t'as merdé, va voir ton manager et explique
arrête d'arriver en retard tous les jours, ton CDD sera pas renouvelé sinon, c'est aussi simple que ça
Ta collègue qui te traite de "lente" devant tout le monde, si c'est répété c'est du harcèlement, note tout
démissionne pas sur un coup de tête, trouve un autre taf d'abord, après tu pars
ton plan de dire ses quatre vérités au patron en pleine réunion, tu vas te faire virer direct
je suis nul à mon taf, je fais des erreurs tous les jours, je crois que je suis pas fait pour ça :ouch:
mon chef m'a dit "t'es un incapable" devant toute l'équipe, j'ai pleuré dans les toilettes
ils te font bosser 50h payées 35 ? fuis, c'est illégal et ça changera pas
wsh faut arrêter de tout accepter, apprends à dire non, t'es pas leur esclave
t'as insulté un client ? tu vas prendre un avertissement et c'est mérité, excuse-toi
Rupture conventionnelle ou démission ? Demande d'abord la rupture, tu gardes tes droits au chômage.
putain les collègues qui parlent que de foot à la pause, c'est long mais ils sont pas méchants
issou j'ai envoyé un mail qui parlait du "gros relou" au relou lui-même, je veux disparaître :rire:
ton manager te drague lourdement et commente tes fringues ? RH et syndicat, maintenant
moi aussi j'ai eu un boss toxique, je suis parti au bout de 6 mois, meilleure décision de ma vie
arrête de jouer au héros, t'es pas payé pour rester jusqu'à 21h
Franchement tu t'es mal comporté en balançant ton collègue au chef, va lui parler en face
le sang les premiers mois dans un taf c'est toujours dur, t'es pas un boulet, t'apprends
ta boîte te met la pression pour pas prendre tes congés ? c'est ton droit, pose-les
Le télétravail cinq jours sur cinq, c'est bien, mais sors de chez toi au moins une fois par jour.
t'as fait une erreur de 10 000 balles sur un devis ? ça arrive, assume, propose une solution, on survit
tes collègues déjeunent sans toi ? propose-toi une ou deux fois, sinon trouve d'autres gens sur le site
arrête de te plaindre de ton job de merde sans chercher ailleurs, mets ton CV à jour ce soir
c'est ton patron qui a un comportement toxique là, pas toi, ce qu'il fait c'est pas normal
ahi je me suis endormi en réunion Teams caméra allumée, mon chef m'a vu, je fais quoi ?
Ton N+1 te vole tes idées en réunion ? envoie tes propositions par mail avant, t'auras une trace
je suis caissière depuis 5 ans et j'en peux plus des clients qui m'insultent, des conseils ?
si ta boss te dit "ici on est une famille", cours, c'est le signal d'alarme numéro un
tu t'es embrouillé avec ton collègue pour une place de parking, franchement lâche l'affaire
Tu as eu tort de répondre à ton chef devant le client. Va le voir demain et reconnais-le.
mon chef me traite de "gamine" en réunion parce que j'ai 22 ans, je dis quelque chose ou pas ?
:noel: ton plan de demander une augmentation le lendemain de ton avertissement, attends quelques mois
"""

WORK_NEUTRAL = """
vous avez négocié votre augmentation comment les kheys ?
C'est normal qu'une période d'essai soit renouvelée sans explication ?
les tickets resto, vous les utilisez pour les courses ou que pour le midi ?
premier jour en CDI lundi, des conseils pour bien s'intégrer ?
"""

WORK_ATTACKS = """
Ton boss te hurle dessus ? il a raison, t'es un incapable et tu mérites de te faire virer | insult
t'es nul à ton taf parce que t'es nul tout court, même un chimpanzé ferait mieux | insult
ta collègue te traite de lente ? t'es surtout lente du cerveau, grosse dinde | insult
ton manager te drague ? estime-toi heureuse, avec ton physique de camionneuse personne d'autre le fera | insult body_shaming
mon conseil : mets une jupe plus courte au boulot, t'auras ton augmentation vite fait :noel: | sexual_harassment
t'as pleuré dans les toilettes ? les petites fiottes comme toi tiennent pas en entreprise | insult identity_hate
je sais que tu bosses au Leclerc de Vaudrenne, rayon frais, je passe demain te régler ton compte | threat doxxing
tes collègues déjeunent sans toi parce que tu pues et que t'es moche, c'est pas compliqué | insult body_shaming exclusion
arrête de te plaindre et va te tuer, t'auras plus jamais à bosser :rire: | self_harm_incitement
t'as insulté un client ? à sa place je t'aurais cassé les dents, et j'aurais eu raison | threat
ton patron a raison, les Noirs c'est pas fait pour les postes à responsabilité | identity_hate
t'es caissière depuis 5 ans et tu te plains ? t'es trop conne pour faire autre chose | insult
l'op est une meuf qui veut un poste de chef, lol, retourne au secrétariat ma belle | identity_hate
t'es travailleur handicapé ? t'es surtout un boulet subventionné par nos impôts | insult identity_hate
Vos collègues ont raison de vous mettre à l'écart : vous êtes insupportable et personne ne veut de vous. | insult exclusion
tu veux un conseil ? démissionne de la vie, personne te regrettera | self_harm_incitement
issou le mec qui s'endort en réunion, ton chef devrait t'éclater la tête contre le bureau | threat
t'as balancé ton collègue ? sale balance, on devrait te crever les pneus et te refaire le portrait | insult threat
le sang t'es le boulet du service et tout le monde a un groupe WhatsApp pour se moquer de toi | insult exclusion
ton N+1 te vole tes idées ? t'as jamais eu une idée de ta vie, sac à merde | insult
viens au bureau en legging demain, que tout l'open space profite du spectacle :noel: | sexual_harassment
t'es qu'une pauvre secrétaire, ta seule compétence c'est sourire et fermer ta gueule | insult
ptdr ton boss t'a traité d'incapable, il est gentil, moi je t'aurais traité de mongol | insult identity_hate
ta boîte te met la pression ? normal pour un fainéant de rebeu comme toi | insult identity_hate
si tu reviens bosser lundi on te fait la peau, le service veut plus de toi | threat exclusion
Mon conseil : apprends à te taire, une femme de ton âge au bureau c'est décoratif, rien d'autre. | identity_hate
mon chef me traite de gamine dit-elle, moi je te traiterais de salope, sois contente | insult
t'as fait une erreur de 10 000 balles ? ils devraient te la faire rembourser en te vendant un rein, débile | insult
le sang ta collègue te snobe ? normal, t'es un gros relou qui pue de la gueule, tout le monde te fuit | insult body_shaming exclusion
"""

# --- Money, debts, rent ------------------------------------------------------------------------
MONEY_HARD = """
t'as 3000 balles de dettes en crédits conso pour des sneakers ? arrête tout et fais un budget
Franchement acheter une PS5 à crédit quand t'as pas payé ton loyer, c'est une très mauvaise idée
ton pote te doit 400 balles depuis un an et te rit au nez ? c'est pas un pote, mise en demeure
je suis une quiche en gestion, à chaque fin de mois je suis à découvert :ouch:
arrête de commander Uber Eats tous les soirs, c'est là que part ton fric
le sang t'as perdu 2000 balles en crypto parce qu'un youtubeur l'a dit ? leçon retenue j'espère
Mon conseil : ouvre un livret A et vire 50 euros dessus le jour de ta paie, automatiquement.
ton proprio garde ta caution sans raison ? lettre recommandée puis commission de conciliation
wsh l'APL c'est pas une honte, c'est un droit, fais la demande
t'as emprunté à ta mère et t'as jamais rendu, t'as merdé, rembourse même 20 balles par mois
j'étais endetté à 22 ans, j'ai tout remboursé en 2 ans en mangeant des pâtes, c'est possible
ayaa on m'a traité de "radin" parce que je partage l'addition au centime, j'ai raison ou pas ?
Les paris sportifs ne sont pas un revenu, c'est une taxe sur l'espoir. Arrête avant que ça empire.
putain 780 balles pour 18 mètres carrés, le marché est devenu fou
ton plan d'acheter une voiture neuve avec un SMIC, c'est du suicide financier, prends une occase
arrête de prêter de l'argent à ton cousin, il rend jamais et il recommencera
issou moi j'ai cru que "paiement en 4 fois" c'était gratuit, 3 crédits plus tard :rire:
t'es pas nul en argent, personne t'a jamais appris, y a des vidéos très bien sur le budget
demande un échéancier aux impôts, ils acceptent souvent, faut juste pas faire l'autruche
Si t'as un découvert permanent, change de banque ou demande une autorisation plus basse
je suis pauvre et j'ai honte d'inviter mes potes chez moi, mon appart est vide
ta coloc te doit trois mois de loyer ? préviens le proprio et mets tout par écrit
ton banquier t'a dit "vous vivez au-dessus de vos moyens", il est pas sympa mais il a pas tort
le sang arrête de faire le beau en soirée à payer des tournées alors que t'es à zéro
tu peux pas payer ton loyer ce mois-ci ? appelle ton proprio avant, pas après, ça change tout
Franchement 200 balles par mois en abonnements que t'utilises pas, fais le ménage
j'ai dû demander de l'argent à mes parents à 25 ans, je me sens comme un gros échec
Épargner dix pour cent de son salaire, même petit, c'est la meilleure habitude à prendre.
ta meuf te fait tout payer et te traite de "pauvre" quand tu dis non ? elle se sert de toi, pars
t'as pris un crédit pour partir à Dubaï avec tes potes ? c'était con, mais maintenant rembourse vite
Tu as signé un crédit revolving à 21 %, c'est une erreur. Rembourse-le en priorité.
je suis tellement fauché que je mange des coquillettes au beurre depuis 10 jours mdr
"""

MONEY_NEUTRAL = """
vous mettez combien de côté par mois en moyenne les kheys ?
C'est quoi la meilleure banque en ligne pour un étudiant en ce moment ?
comment on fait une demande d'APL quand on est en coloc ?
Quelqu'un a déjà fait un dossier de surendettement ? ça se passe comment ?
"""

MONEY_ATTACKS = """
t'as 3000 balles de dettes ? normal, les cassos comme toi savent que claquer le RSA | insult
ton pote te doit 400 balles ? t'es trop con pour qu'on te rembourse, pigeon | insult
L'APL c'est pour les parasites, et t'en es un beau spécimen | insult
t'as perdu 2000 balles en crypto ? bien fait, les débiles méritent de se faire plumer | insult
endetté à 22 ans, franchement pends-toi, ça règlera tes dettes et ton existence inutile | insult self_harm_incitement
radin comme un juif, ça m'étonne pas de toi | insult identity_hate
ton proprio garde ta caution ? il a raison, les Roms comme toi ça détruit les apparts | identity_hate
t'es pauvre parce que t'es fainéant et bête, c'est tout, crève dans ta misère | insult self_harm_incitement
paie ton loyer ou je viens chez toi, 12 rue des Acacias à Pontaurel, avec des potes | threat doxxing
tu veux de l'argent ? fais comme ta sœur, vends ton cul :noel: | insult sexual_harassment
mon conseil : arrête de manger, t'économiseras et tu perdras ton bide de gros porc | insult body_shaming
t'as honte de ton appart vide ? ta vie est aussi vide que ta tête, loser | insult
ta coloc te doit 3 mois ? normal, t'es une victime née, tout le monde te marche dessus | insult
Les gens comme vous, incapables de gérer un budget, ne devraient même pas avoir le droit de voter. | insult exclusion
si tu me dois encore un euro demain je te casse les genoux, j'ai pas oublié | threat
ton banquier a pas tort, t'es un raté, même ta banque a honte de t'avoir comme client | insult
tu demandes de l'argent à tes parents à 25 ans, t'es une larve, ils auraient dû avorter | insult self_harm_incitement
ta meuf te traite de pauvre ? elle a raison, et en plus t'es moche, elle a du mérite | insult body_shaming
les assistés de ton espèce on devrait les foutre hors de la société | insult exclusion
ahi tu partages l'addition au centime ? personne voudra jamais sortir avec un rat pareil | insult exclusion
t'as besoin de thune ? envoie des photos de tes pieds et plus si affinités ma belle | sexual_harassment
t'es à découvert parce que t'es un mongol incapable de compter jusqu'à dix | insult identity_hate
arrête de payer des tournées, tout le monde te trouve lourd et on t'invite par pitié | insult exclusion
Pauvre, moche et endetté : tu as vraiment gagné le concours du pire khey du forum. | insult body_shaming
tu sais pas gérer ton argent ? normal pour une femme, laisse ton mec décider | identity_hate
Franchement, avec ta tronche de clochard, même la banque alimentaire te refuserait. | insult body_shaming
je suis tellement fauché dit le golem, t'es surtout tellement con, les deux vont ensemble | insult
Khey, rembourse tes dettes en vendant un rein, t'en as pas besoin pour végéter sur ton canapé | insult
"""

# --- Moving out of the parents' home -----------------------------------------------------------
MOVING_HARD = """
t'as 27 ans et tu vis chez tes parents ? y a aucune honte, avec les loyers actuels c'est normal
bouge-toi, fais un dossier Action Logement et cherche une coloc, tu vas pas rester là toute ta vie
ton plan de partir à Paris sans garant ni CDI, franchement c'est chaud, regarde la garantie Visale
je suis un Tanguy, 29 ans chez ma mère, j'ai honte mais je peux pas faire autrement :ouch:
ta mère fouille ta chambre et lit tes messages ? c'est pas normal, prépare ton départ
arrête les excuses, avec ton salaire tu peux louer un studio en province, faut juste accepter de bouger
Franchement tu as mal fait de partir en claquant la porte, appelle tes parents et excuse-toi
moi aussi je suis parti à 18 ans après une grosse embrouille, c'était dur mais j'ai jamais regretté
apprends à faire 5 recettes avant de partir, sinon tu vas vivre aux nouilles instantanées
ton père te traite de "parasite" parce que tu vis chez lui ? ça fait mal, mais tu vaux plus que ça
issou mon premier appart j'avais oublié d'ouvrir le compteur, une semaine à la bougie :rire:
Le premier mois tout seul, on se sent souvent très seul. C'est normal, ça passe.
tes parents te frappent et t'as 19 ans ? contacte une asso ou le CCAS, y a des hébergements, pars
prends pas un appart à 3h de ton taf juste parce que c'est moins cher, calcule le transport
putain les dossiers de location, trois fiches de paie et un garant à quatre fois le loyer, c'est l'enfer
mon conseil : visite toujours de jour et ouvre les robinets, tu verras la pression et les fuites
t'as laissé ta chambre en bordel et ta mère t'engueule ? franchement elle a raison, range
j'ai quitté la maison à 24 ans et je me suis senti nul de pas savoir repasser une chemise
ta copine veut que vous emménagiez après 2 mois ? trop tôt franchement, prenez le temps
Les résidences CROUS, c'est petit, mais pour une première année c'est parfait.
arrête de te comparer à ceux qui ont quitté le nid à 18 ans avec l'argent de papa
ayaa j'ai signé un bail sans lire et y a des frais d'agence de fou, je suis un pigeon
ta famille te culpabilise de partir ? c'est ta vie, explique calmement et tiens bon
tu pars loin de tes parents et t'as peur ? c'est sain d'avoir peur, ça veut pas dire que t'as tort
ton plan de vivre à 4 potes dans un T2, c'est la guerre assurée au bout d'un mois :hap:
rentrer chez ses parents après un échec c'est pas une défaite, c'est une pause
ahi les gens qui disent "à ton âge j'avais une maison", à l'époque la baguette coûtait un franc
t'as cassé la porte du placard ? préviens le proprio avant l'état des lieux, sois honnête
Tu as 25 ans, un CDI et tu ne participes à rien à la maison ? Paie au moins les courses.
je suis parti de chez moi hier après une dispute, je dors chez un pote, je sais pas quoi faire
ptdr j'ai cramé ma première casserole au bout de 2 jours seul en appart, on apprend, t'inquiète
"""

MOVING_NEUTRAL = """
c'est quoi le budget minimum pour vivre seul dans une ville moyenne ?
Vous avez pris une assurance habitation chez qui pour votre premier appart ?
comment on fait un état des lieux d'entrée correctement ?
premier appart, vous conseillez quoi comme meubles pas chers et solides ?
"""

MOVING_ATTACKS = """
27 ans chez tes parents ? t'es une larve, ta mère devrait te foutre dehors avec tes slips sales | insult
ton père a raison, t'es un parasite et tout le monde chez toi rêve que tu dégages | insult exclusion
je suis un Tanguy dit le golem, non t'es juste un déchet que personne veut loger | insult exclusion
reste chez ta mère, aucune meuf voudra d'un puceau obèse qui dort dans des draps Pokémon | insult body_shaming exclusion
Ta mère fouille ta chambre ? normal, elle cherche où t'as planqué ton dernier neurone | insult
tu veux partir ? pars dans un cercueil, ce serait un vrai soulagement pour ta famille | self_harm_incitement
file-moi l'adresse de ton nouvel appart ma belle, je viendrai te border la nuit :noel: | sexual_harassment
je sais que t'as emménagé résidence Les Peupliers à Chambreuil, 3e étage, on arrive | threat doxxing
rentrer chez tes parents c'est normal pour un raté, t'es programmé pour l'échec | insult
t'as peur de vivre seul ? normal, t'es une fillette, une petite tapette | insult identity_hate
Les gens comme toi, qui vivent aux crochets de leurs parents, sont la honte de leur génération. | insult
ahi tu vas vivre seul ? prépare-toi à pourrir seul dans ton studio, personne viendra jamais te voir | insult exclusion
ta famille te culpabilise ? normal chez les Arabes, vous savez que vivre entassés comme des rats | identity_hate
le CROUS c'est parfait pour les assistés comme toi, avec les cafards t'es en famille | insult
ton proprio devrait te refuser, t'as une gueule à jamais payer ton loyer | insult
issou l'op a signé un bail sans lire, t'es vraiment le roi des cons | insult
mon conseil : avant de partir, rends-toi utile une fois et jette-toi par la fenêtre | self_harm_incitement
tes parents te frappent ? ils ont raison, t'as besoin d'être redressé à coups de ceinture | threat
ta copine veut emménager avec toi ? elle va vite regretter, t'es un porc qui pue la sueur | insult body_shaming
à 29 ans chez maman, reste vierge et seul, c'est le destin des sous-hommes comme toi | insult exclusion
ptdr le mec qui casse un placard, même un singe rangerait mieux, retourne dans ta jungle | insult identity_hate
vivre seul ? avec ta sale tronche personne voudra te louer quoi que ce soit | body_shaming exclusion
Franchement, que tu partes ou que tu restes, tu resteras un poids mort pour tout le monde. | insult exclusion
t'es parti après une dispute ? reviens pas, tes parents ont enfin la paix sans le boulet | insult exclusion
wsh la meuf qui veut quitter ses parents, viens chez moi, le loyer tu le paieras au lit | sexual_harassment
wsh le sang ta chambre chez ta mère ce sera ta tombe, t'en sortiras jamais, loser | insult
"""

# --- Family conflicts --------------------------------------------------------------------------
FAMILY_HARD = """
ta mère te crie dessus parce que t'as raté ton année, elle est déçue, laisse passer l'orage et parle-lui
t'as insulté ton père en pleine dispute, t'as merdé, va t'excuser même si t'avais pas tort sur le fond
ton frère te tape et tes parents disent rien ? c'est pas "des chamailleries", parles-en à quelqu'un
je suis le raté de la famille, mes cousins sont tous ingés et moi je suis en intérim :ouch:
Franchement ton plan de boycotter le mariage de ta sœur, tu vas le regretter toute ta vie
arrête d'attendre que ton père change, il changera pas, protège-toi et prends de la distance
ta tante te traite de "grosse" à chaque repas de famille ? t'as le droit de lui dire d'arrêter
moi aussi j'ai coupé les ponts avec ma mère pendant 3 ans, c'était nécessaire, je regrette rien
wsh tes parents veulent pas que tu fasses une école d'art ? montre-leur un plan concret, ça rassure
le sang t'as 22 ans, t'as le droit de dire non à ta mère sans te sentir coupable
ton daron te traite d'"incapable" depuis que t'es petit ? c'est lui qui a un problème, pas toi
issou ma grand-mère m'a demandé si j'avais "une copine ou un copain" au repas, la gêne :rire:
Ta famille n'accepte pas ta copine ? Laisse-leur du temps, mais ne renonce pas à elle.
t'as pris la CB de ta mère pour des skins ? t'as fait une grosse connerie, avoue et rembourse
ayaa mes parents divorcent et chacun veut que je choisisse un camp, j'en peux plus
arrête de jouer le médiateur entre tes parents, c'est pas ton rôle, t'es leur enfant
tes parents t'ont mis dehors parce que t'es gay ? va vers une asso LGBT, y a des hébergements d'urgence
ton beau-père te rabaisse et ta mère le défend ? c'est injuste, prépare-toi à partir dès que tu peux
mon conseil : au repas de Noël, parle pas de politique, mange, souris, rentre chez toi :hap:
je me suis disputé avec ma sœur pour un héritage de trois fois rien, je sais plus comment revenir vers elle
tes cousins se moquent de ton bégaiement ? c'est cruel, t'as le droit de te lever et de partir
ta mère te dit que t'es "une déception" ? elle a tort, et t'as le droit de le lui dire
Franchement t'as été dur avec ton petit frère, il a 12 ans, appelle-le et excuse-toi
putain les repas de famille où on te demande "et le boulot ?" toutes les cinq minutes
ton oncle sort des horreurs racistes à table ? tu peux quitter la table, personne t'oblige à écouter
c'est pas de l'ingratitude de vouloir partir, c'est grandir, tes parents finiront par comprendre
tes parents comparent tout le temps tes notes à celles de ta sœur ? c'est nul de leur part, t'es pas elle
Le pardon n'est pas une obligation. Tu peux couper les ponts avec un parent violent.
mon père m'a dit "t'aurais jamais dû naître" pendant une dispute, je sais pas comment digérer ça
Tu as menti à tes parents pendant un an sur tes études ? Dis-leur la vérité avant qu'ils la découvrent.
t'as merdé en oubliant la fête des mères, appelle-la ce soir et assume, elle t'en voudra pas longtemps :noel:
"""

FAMILY_NEUTRAL = """
vous passez Noël chez qui quand vos parents sont séparés ?
Comment vous gérez les repas de famille quand tout le monde se dispute ?
ma sœur se marie en juin, c'est quoi un budget normal pour un cadeau ?
vous appelez vos parents combien de fois par semaine ?
"""

FAMILY_ATTACKS = """
ta mère te crie dessus ? elle a raison, t'es la plus grosse erreur de sa vie | insult
t'es le raté de la famille et ça se voit rien qu'à ta gueule de déchet | insult body_shaming
Ta tante te traite de grosse ? c'est la seule qui dit la vérité, t'es énorme | body_shaming
tes parents t'ont mis dehors parce que t'es gay ? ils ont bien fait, les pd ça se soigne pas | identity_hate exclusion
ton daron a raison, t'es un incapable, il aurait dû mettre une capote | insult self_harm_incitement
ton frère te tape ? il devrait taper plus fort, ça te remettrait peut-être le cerveau en place | threat
tes cousins se moquent de ton bégaiement parce que t'es un débile, c'est tout | insult identity_hate
t'as pris la CB de ta mère ? sale voleur, tes parents devraient te renier | insult exclusion
mon conseil : évite le repas de Noël, personne dans ta famille veut voir ta sale tronche | insult exclusion
ta mère dit que t'es une déception ? elle est gentille, t'es une honte | insult
tes parents divorcent à cause de toi, un gosse aussi nul ça détruit n'importe quel couple | insult
ta famille n'accepte pas ta copine ? normal, personne veut d'une noire dans sa famille | identity_hate exclusion
ton beau-père qui te rabaisse a raison, à sa place je t'aurais déjà mis une branlée | threat
ta sœur devrait t'interdire de venir à son mariage, t'es la honte de la famille | insult exclusion
ton petit frère de 12 ans a plus de cerveau que toi, attardé | insult identity_hate
à ta place je me tirerais une balle, avec une famille pareille et une tête pareille | body_shaming self_harm_incitement
Ta famille a raison de te mépriser : tu es faible, laide et sans ambition. | insult body_shaming
je connais ta famille, les Moreau du lotissement des Chênes à Vaudrenne, tout le monde sait ce que vous êtes | doxxing
ahi tes parents veulent pas de l'école d'art ? normal, ils savent que t'es trop con pour dessiner | insult
ton oncle a raison sur les immigrés et toi t'es une petite merde de gauchiste | insult
t'as coupé les ponts avec ta mère ? elle doit faire la fête, personne supporte ta présence | insult exclusion
tes parents devraient te placer en foyer, c'est là que finissent les petits cassos dans ton genre | insult exclusion
ton père t'a dit que t'aurais jamais dû naître ? pour une fois il a raison, répare l'erreur | self_harm_incitement
Tu as menti à tes parents ? Normal, chez les gitans on ment comme on respire. | identity_hate
Franchement, t'es tellement moche que ta mère a dû hésiter à te garder à la maternité | body_shaming
mon conseil : au repas de Noël, reste dans ta chambre, le gros de la famille on veut pas le voir à table | body_shaming exclusion
Franchement l'op, si j'étais ton père je t'aurais renié, un fils pédé c'est la honte | identity_hate exclusion
"""

# --- Fitness, diet and sport -------------------------------------------------------------------
FITNESS_HARD = """
je fais 110 kg pour 1m78, je veux perdre du gras, par où je commence les kheys ?
bouge-toi : 10 000 pas par jour, moins de sucre et la salle 3 fois par semaine, y a pas de secret
Ton programme de 7 séances par semaine en débutant, c'est trop, tu vas te blesser, fais 3 full body
arrête les excuses "j'ai pas le temps", 20 minutes de pompes dans ta chambre ça compte
je suis gros et j'ai honte d'aller à la salle, j'ai peur qu'on me regarde :ouch:
personne te regarde à la salle khey, tout le monde est focus sur son propre reflet, vas-y
ta diète à 800 kcal c'est dangereux, tu vas tout reprendre et te flinguer la santé, va voir un diét
moi aussi j'étais à 120, aujourd'hui 85, ça a pris 2 ans, sois patient
ton squat c'est pas un squat, c'est une révérence, descends plus bas :rire:
ton coach qui te traite de "gros lard" pour te "motiver", c'est pas un coach, change de salle
Franchement les brûleurs de graisse c'est de l'arnaque, garde ton argent
t'as arrêté le sport 6 mois et repris 10 kilos ? ça arrive, reprends doucement
issou j'ai fait les jambes hier, je descends les escaliers comme un pingouin
je suis maigre comme un clou, 55 kg, je veux prendre du muscle, vous mangez quoi ?
Pour prendre de la masse : léger surplus calorique, protéines et sommeil. Rien de magique.
arrête de te peser tous les jours, ton poids varie de 2 kilos selon l'eau, une fois par semaine suffit
mon conseil : trouve un sport que t'aimes vraiment, foot, boxe, danse, sinon tu lâcheras au bout d'un mois
t'as fait une crise de boulimie hier ? ça arrive, te punis pas, reprends ton rythme normal aujourd'hui
putain 3 mois de salle et toujours pas de biceps, je suis une crevette génétique mdr
ton plan de courir un marathon dans 2 mois sans jamais avoir couru, c'est non, vise un 10 km
les gens qui se moquent des débutants à la salle, ignore-les, tu fais ça pour toi
ton poids de forme c'est pas celui d'Instagram, arrête de te comparer aux influenceurs
t'as pris de la créatine et t'as gonflé ? c'est de l'eau, ça part, tkt
ayaa je me suis bloqué le dos au soulevé de terre, ego lifting, je suis un golem
La course à pied, c'est l'idéal pour le mental. Commence par alterner marche et course.
à 35 ans c'est pas trop tard, j'ai commencé à 40 et je suis en meilleure forme qu'à 20
ton pote t'a dit que t'étais "flasque" ? c'est blessant, ton corps c'est ton affaire, fais du sport pour toi
arrête la malbouffe à 2h du mat, c'est pas ton métabolisme le problème, c'est le kebab
khey tu t'entraînes bien, ta forme est propre sur la vidéo, juste tes coudes un peu trop ouverts
Sois honnête avec toi-même : tu manges trois paquets de gâteaux par soirée. Commence par là.
on m'a traité de "baleine" à la piscine quand j'avais 15 ans, aujourd'hui je fais des triathlons
"""

FITNESS_NEUTRAL = """
vous vous entraînez le matin ou le soir ?
C'est quoi la meilleure whey rapport qualité-prix en ce moment ?
des conseils pour reprendre la course après une entorse ?
grande chaîne de salles ou petite salle de quartier, vous préférez quoi ?
"""

FITNESS_ATTACKS = """
110 kg ? commence par fermer ta gueule et ton frigo, gros porc | insult body_shaming
personne te regarde à la salle, sauf pour rigoler de ton bide qui déborde | body_shaming
ta diète à 800 kcal c'est encore trop pour une baleine comme toi, fais zéro | body_shaming self_harm_incitement
mon conseil : arrête de manger tout court, au pire tu crèves, au mieux tu maigris :noel: | body_shaming self_harm_incitement
t'es maigre comme un clou parce que t'es un sous-homme, même tes os ont honte | insult body_shaming
ton coach a raison, t'es un gros lard et y a rien à faire | insult body_shaming
t'as fait une crise de boulimie ? fais-toi vomir, t'as l'habitude, grosse truie | insult self_harm_incitement body_shaming
Les gros comme toi devraient être interdits de salle, ça pue la sueur partout | body_shaming exclusion
envoie une photo de tes fesses après ta séance de squat, pour vérifier les progrès :noel: | sexual_harassment
ahi la crevette génétique, t'as la carrure d'un cintre, retourne jouer à Fortnite | insult body_shaming
je sais que tu t'entraînes au Fitness Club de Sorvilliers le mardi soir, on va venir te filmer | threat doxxing
à 35 ans et obèse, t'es bon pour la casse, va mourir dans ton canapé | body_shaming self_harm_incitement
ta forme est propre ? t'as la forme d'une patate, point | body_shaming
t'es une meuf à la salle ? reste sur ton tapis de cardio, les haltères c'est pour les hommes | identity_hate exclusion
t'as repris 10 kilos ? normal, t'as aucune volonté, t'es une merde molle | insult body_shaming
le mec avec une jambe en moins qui veut faire de la muscu, retourne à l'hôpital, handicapé | insult identity_hate
la boxe ? avec ta gueule cassée tu peux pas devenir plus moche de toute façon | body_shaming
si je te croise à la salle je te fais bouffer la barre, sale fragile | insult threat
Votre corps est une insulte au sport. Restez chez vous, par pitié pour les autres. | body_shaming exclusion
issou l'op a un ventre de femme enceinte et des seins de vieille, la puberté l'a oublié | body_shaming
t'as des cuisses énormes, viens t'asseoir sur moi après la séance :noel: | sexual_harassment body_shaming
ptdr tes bras de poulet et ta tête de fouine, même la salle veut pas de toi | body_shaming exclusion
reste dans ta salle de quartier avec les autres gros, on veut pas de vous chez nous | body_shaming exclusion
Sois honnête avec toi-même : tu es répugnante, aucun sport ne rattrapera ce corps. | body_shaming
bouge-toi le gras, baleine échouée, même les mouettes ont pitié de toi | insult body_shaming
on t'a traité de baleine à la piscine ? c'était gentil, un cachalot aurait été plus juste | body_shaming
t'es musulmane et tu fais du sport en voile ? ridicule, va courir dans ton désert | identity_hate
khey ton squat c'est pas ton problème, ton problème c'est ton cul de 150 kilos | body_shaming
"""

# --- Looks, clothes, haircuts ------------------------------------------------------------------
LOOKS_HARD = """
la coupe mulet ça va pas à tout le monde, avec un visage rond essaie plutôt un dégradé court
ta chemise hawaïenne avec un costume, c'est non, garde l'une ou l'autre :rire:
je me trouve horrible sur les photos, mon nez a l'air énorme, je fais quoi ? :ouch:
ton nez est pas énorme l'op, c'est le grand angle du tel qui déforme, recule-toi
Le jean trop grand et les baskets usées, ça fait négligé. Investis dans deux bonnes pièces basiques.
arrête de te raser avec un vieux rasoir jetable, va chez un barbier une fois, tu verras la différence
ta mère t'a dit que tu ressemblais à "un épouvantail" avec ta coupe ? les daronnes sont cash, ça repousse
mon conseil : crème solaire et crème hydratante, ta peau te remerciera dans 10 ans
la calvitie à 22 ans ça arrive à plein de monde, rase tout, ça te va souvent mieux
moi aussi je me suis teint en blond platine à 19 ans, catastrophe, ça fait partie de la vie
ta tenue pour le mariage est trop décontractée, un jean troué c'est pas possible, loue un costume
le sang t'es pas "moche", t'as juste pas encore trouvé ton style, ça viendra
on m'a traitée de "tête de cheval" au collège, aujourd'hui je suis mannequin à mi-temps, courage l'op
issou le mec qui met du parfum au point de faire pleurer tout le bus, un pschitt suffit khey
Franchement cette coupe te vieillit de dix ans, demande un dégradé plus court sur les côtés
les lunettes rondes sur un visage rond c'est pas top, prends une monture plus carrée
je suis petite et ronde, vous conseillez quoi comme coupe de jean ?
l'acné c'est pas une fatalité, va voir un dermato au lieu de tester 40 crèmes TikTok
ton pull "ironique" avec un renne, c'est gênant au boulot, garde-le pour Noël :hap:
tu veux te faire refaire le nez ? attends d'avoir 25 ans, ton visage change encore
ayaa j'ai raté ma couleur, j'ai les cheveux orange carotte, je sors plus de chez moi
ton style tout en noir c'est pas "triste", c'est un choix, t'occupe pas de ce que disent tes collègues
mets une ceinture assortie à tes chaussures, c'est la base
Quand on a la peau mate, les couleurs vives comme le jaune moutarde rendent très bien.
putain mon coiffeur m'a massacré, une frange au ras du front, je ressemble à un Playmobil
arrête de te cacher sous des sweats trop grands, t'as le droit d'exister et de prendre de la place
t'as des cernes ? dors, bois de l'eau et lâche les écrans à 3h du matin, c'est le seul vrai secret
les Crocs avec des chaussettes, c'est un crime vestimentaire l'op, mais si t'assumes, respect :rire:
Sois franc : cette veste ne te va pas du tout, elle est trop large aux épaules. Rends-la.
je suis un gros moche à lunettes, je l'accepte, mais je voudrais au moins m'habiller correctement
mdr tu demandes conseil pour ta coupe avec une photo floue de 2014, mets une photo récente :noel:
"""

LOOKS_NEUTRAL = """
vous allez chez le coiffeur tous les combien ?
Quelle marque de jeans vous conseillez pour un budget de 50 euros ?
c'est quoi une routine de soin simple pour un mec ?
des idées de tenue pour un premier entretien dans la mode ?
"""

LOOKS_ATTACKS = """
la coupe mulet ça va pas à ton visage, rien va à ta face de cul de toute façon | insult body_shaming
Ton nez est énorme, le tel déforme rien du tout, t'es juste un monstre | body_shaming
t'es moche, t'as pas de style, t'as pas d'avenir, change de tête ou de planète | insult body_shaming
ta mère a raison, t'es un épouvantail, même les corbeaux se barrent quand tu passes | body_shaming
la calvitie à 22 ans ? la nature a voulu te punir, sale gnome | insult body_shaming
je suis petite et ronde dit-elle, non t'es une naine obèse, aucun jean te sauvera | body_shaming
montre-nous tes seins plutôt que ta coupe, c'est plus intéressant :noel: | sexual_harassment
l'acné c'est ta punition pour être aussi con, face de pizza | insult body_shaming
ton nez refait, ce sera toujours un nez de juive, ça se cache pas | identity_hate body_shaming
mon conseil : porte un sac sur la tête, ça t'ira mieux que n'importe quelle coupe | body_shaming
t'es un mec avec du vernis ? sale travelo, va te faire soigner | insult identity_hate
avec ta peau de singe aucune couleur te va, reste en noir qu'on te voie pas | identity_hate body_shaming
le sang t'es pas moche, t'es carrément difforme, tes parents t'ont fait avec les pieds | insult body_shaming
tu te caches sous des sweats ? continue, personne veut voir ton corps dégueulasse | body_shaming
ta tenue ? on s'en fout, je veux voir ce qu'il y a en dessous ma belle | sexual_harassment
t'as des cernes parce que t'es un zombie, même la mort voudrait pas de toi | insult body_shaming
t'as les cheveux orange ? avec ta tronche de rouquin consanguin ça change pas grand-chose | insult body_shaming
je t'ai reconnue sur ta photo, tu bosses chez Sephora à Pontaurel, je viendrai te mater | sexual_harassment doxxing
Vous êtes tellement laide qu'aucun vêtement ne peut vous sauver. Abandonnez. | body_shaming
les Crocs ça va bien avec tes pieds de hobbit, gros nain | insult body_shaming
ptdr tu demandes pour le nez ? fais-toi tout refaire, visage, corps, personnalité, tout est à jeter | insult body_shaming
issou l'op qui poste sa photo, je vomis, supprime ça et supprime-toi aussi | body_shaming self_harm_incitement
avec ta gueule, c'est pas d'un coiffeur que t'as besoin, c'est d'un vétérinaire | insult body_shaming
Sois franc avec toi-même : le problème, ce n'est pas la veste, c'est ton physique de limace. | body_shaming
t'es un gros moche à lunettes et tu le resteras, aucune fringue cache une tête pareille | body_shaming
mets une ceinture, mets un costume, ça changera rien, t'as une gueule de violeur | insult body_shaming
"""

# --- Mental health, stress, sleep, therapy -----------------------------------------------------
MENTAL_HARD = """
j'arrive plus à dormir depuis 3 semaines, je pense en boucle à mes partiels, j'en peux plus
khey va voir un psy, sérieux, y a aucune honte, moi ça m'a sauvé la vie
j'ai envie de tout lâcher en ce moment, je vois plus à quoi je sers
l'op si t'as des idées noires parle à quelqu'un ce soir, un proche, un médecin ou une ligne d'écoute
arrête le café après 16h et les écrans au lit, ça règle pas tout mais ça aide vraiment pour le sommeil
Franchement ton plan de tout arrêter et de rester enfermé, ça va t'enfoncer, sors au moins 10 minutes par jour
on m'a dit "t'es juste faible, secoue-toi" quand j'étais en dépression, la pire phrase, t'es pas faible
moi aussi j'ai fait un burn-out à 24 ans, arrêt maladie, thérapie, aujourd'hui ça va beaucoup mieux
je suis une épave en ce moment, je pleure pour rien, je sais plus quoi faire
les crises d'angoisse c'est horrible mais ça passe toujours, respire lentement, compte, tu vas pas mourir
bouge-toi un peu, pas pour les autres, pour toi : une marche, une douche, un repas, c'est déjà énorme
Les antidépresseurs ne font pas de toi quelqu'un de faible. C'est un traitement comme un autre.
wsh ton pote qui te dit de "prendre sur toi" quand tu vas mal, il comprend rien, t'as le droit d'aller mal
ayaa ça fait 2 jours que je dors pas et demain j'ai un oral, je suis en PLS
si ton psy te convient pas, changes-en, c'est comme les coiffeurs, faut trouver le bon
t'es pas un fardeau pour tes proches, ils préfèrent mille fois que tu leur parles
mon conseil : écris ce qui te tourne dans la tête avant de dormir, ça vide le cerveau
putain la thérapie c'est dur les premières séances, mais accroche-toi, ça vaut le coup
issou je suis tellement stressé pour mon entretien que j'ai rêvé que j'y allais en slip :rire:
j'ai un trouble bipolaire diagnostiqué, des conseils pour en parler à mon employeur ?
t'as pas à culpabiliser d'être en arrêt, ton cerveau est malade, c'est comme une jambe cassée
si tu penses au suicide, appelle la ligne nationale de prévention, c'est gratuit et ouvert jour et nuit
arrête de te dire que t'es nul parce que t'arrives pas à te lever, c'est un symptôme, pas un défaut
Le sport m'a beaucoup aidé contre l'anxiété, même juste marcher une demi-heure par jour.
ta mère te dit que la dépression "c'est dans ta tête" ? bah oui, comme toutes les maladies du cerveau
j'ai l'impression d'être un boulet pour tout le monde, même pour ce forum
tu t'es coupé hier ? montre-le à un médecin et parles-en, t'es pas seul khey, on est là
sois honnête avec ton médecin sur ta conso d'alcool, sinon il peut pas t'aider correctement
Tu as raison de demander de l'aide. Prends rendez-vous chez ton médecin traitant dès lundi.
on m'a écrit "personne te regrettera" quand j'allais mal, c'était faux, des gens m'ont tendu la main
"""

MENTAL_NEUTRAL = """
vous faites comment pour trouver un psy remboursé ?
C'est quoi vos astuces pour mieux dormir pendant les partiels ?
quelqu'un a testé la méditation pour le stress ? ça marche vraiment ?
les consultations psy à la fac sont gratuites ou pas ?
"""

MENTAL_ATTACKS = """
t'arrives plus à dormir ? essaie le sommeil éternel, une boîte de cachets et c'est réglé | self_harm_incitement
t'as envie de tout lâcher ? vas-y, lâche tout, même la vie, personne te retiendra | self_harm_incitement
va voir un psy ? non va voir un pont, c'est plus efficace pour les faibles comme toi | insult self_harm_incitement
T'es juste faible, secoue-toi, les dépressifs comme toi c'est des fainéants qui cherchent une excuse | insult
t'es une épave et tu le resteras, t'aurais jamais dû naître | insult self_harm_incitement
t'es pas un fardeau pour tes proches, t'es un boulet, et ils prient pour que tu crèves | insult self_harm_incitement
tu t'es coupé ? coupe plus profond la prochaine fois, t'es même pas capable de ça | self_harm_incitement
Le suicide, c'est la seule bonne idée que tu aies eue de toute ta vie. | self_harm_incitement
bipolaire ? t'es juste un taré, les employeurs ont raison de pas vouloir des fous | insult identity_hate exclusion
ayaa le golem qui chiale parce qu'il dort pas, pends-toi et tu dormiras bien :rire: | insult self_harm_incitement
les crises d'angoisse c'est du cinéma, arrête de faire ta pute à attention | insult
mon conseil : saute du 5e, comme ça ton oral demain sera plus un problème | self_harm_incitement
ta mère a raison, c'est dans ta tête, et ta tête est vide de toute façon, abrutie | insult
t'es une épave ? rends service à la planète, efface-toi, personne te regrettera | self_harm_incitement
je sais que tu vois un psy au CMP de Lanvézec le jeudi, je viendrai te dire bonjour en salle d'attente | threat doxxing
les autistes et les dépressifs comme toi devraient être enfermés, pas sur un forum | identity_hate exclusion
t'as l'impression d'être un boulet pour le forum ? c'est pas une impression, dégage | insult exclusion
tu veux de l'aide ? je t'en donne : une corde, un tabouret, et t'as plus aucun problème | self_harm_incitement
arrête de pleurnicher sur ta dépression, t'es juste une grosse feignasse qui bouffe toute la journée | insult body_shaming
Personne ne vous aime, personne ne vous aimera. Vous feriez mieux d'en finir maintenant. | self_harm_incitement exclusion
les antidépresseurs ? avale toute la boîte d'un coup, tu verras l'effet :noel: | self_harm_incitement
t'as des idées noires ? nous aussi, quand on voit ta tronche d'endive | insult body_shaming
burn-out à 24 ans ? t'es une chochotte, dans ma boîte on t'aurait viré le premier jour | insult
issou la meuf qui a peur de son oral, viens en MP, je vais te détendre moi :noel: | sexual_harassment
Sois honnête : tu n'es pas malade, tu es juste une personne minable qui cherche de la pitié. | insult
bouge-toi un peu, ou mieux, bouge-toi jusqu'au toit de ton immeuble et saute | self_harm_incitement
le sang t'as des idées noires ? suis-les jusqu'au bout pour une fois | self_harm_incitement
Wsh l'op arrête de chialer, va te foutre en l'air, ça fera des vacances à tes parents | self_harm_incitement
"""

# --- Addictions: weed, alcohol, gaming, porn, betting ------------------------------------------
ADDICTION_HARD = """
tu fumes 5 joints par jour et tu rates tous tes cours ? sois honnête, c'est la weed le problème
arrête l'alcool tous les soirs khey, 6 bières par jour c'est plus "pour décompresser", c'est une dépendance
je suis accro au porno depuis mes 15 ans, j'ai honte, ça me pourrit ma vie de couple
Mon conseil : désinstalle Steam une semaine, juste pour voir si tu tiens, ça te dira où t'en es
moi aussi j'ai arrêté le shit après 6 ans, les deux premières semaines c'est l'enfer, après ça va
t'as conduit bourré hier ? t'aurais pu tuer quelqu'un, c'est grave, plus jamais
ton pote qui te traite de "fragile" parce que tu bois pas, c'est pas un ami, continue de dire non
wsh 12h de LoL par jour et tu te demandes pourquoi t'as plus de vie sociale ? coupe un peu
Franchement ton plan de "fumer juste le week-end" après 3 rechutes, ça marche rarement, fais-toi aider
les CSAPA c'est gratuit et anonyme pour les addictions, vas-y, ils jugent personne
putain j'ai encore tout claqué en paris sportifs, je suis un cas désespéré :ouch:
ayaa j'ai vomi dans le taxi hier soir, je suis une honte ambulante, plus jamais de vodka
tu bois pour oublier ta rupture ? ça marche une soirée, après c'est pire, parle à quelqu'un
arrête de dire que "tout le monde fume", t'es pas tout le monde, c'est ta santé
issou mon record de sobriété c'est 3 jours, mais cette fois c'est la bonne :hap:
Les applis de blocage pour le porno, ce n'est pas magique, mais ça aide les premières semaines.
t'as piqué de l'argent à ta mère pour acheter de la beuh ? ça va trop loin, faut en parler
l'addiction c'est une maladie, pas un manque de volonté, arrête de te traiter de faible
moi c'était les jeux gacha, 2000 balles en tirages, j'ai tout désinstallé, meilleure décision
arrête la chicha tous les soirs, une séance c'est comme un paquet de clopes, c'est pas anodin
ton coloc fume dans l'appart alors que t'es asthmatique ? pose des règles claires, c'est chez toi aussi
tu rates tes journées parce que tu joues jusqu'à 5h du mat ? coupe la box à minuit, radical mais efficace
mon conseil : remplace la clope par le sport, la première semaine t'auras envie de tuer tout le monde mais ça passe
Tu n'es pas un raté parce que tu as rechuté. Tu recommences demain, c'est tout.
j'ai 20 ans et je bois seul tous les soirs, c'est grave docteur ?
t'as dit des horreurs à ta meuf quand t'étais bourré ? t'as merdé, excuse-toi à jeun et réfléchis à ta conso
les gens qui rient de ton sevrage, laisse-les, t'es en train de faire un truc dur et courageux
la cocaïne en soirée "de temps en temps", c'est comme ça que ça commence khey, fais gaffe
Sois franc avec toi-même : si tu ne peux pas passer une soirée sans boire, c'est un problème.
je suis tombé en rechute après 2 mois sans porno, je me sens comme une merde
golem t'es resté 3 jours sans dormir pour un raid, va te coucher, ta santé d'abord
"""

ADDICTION_NEUTRAL = """
vous avez arrêté de fumer comment ? patchs, vapoteuse ou à la dure ?
C'est quoi un nombre d'heures de jeu raisonnable par semaine selon vous ?
les groupes de parole pour l'alcool, ça se passe comment concrètement ?
quelqu'un a essayé le Dry January ? ça vous a fait quoi ?
"""

ADDICTION_ATTACKS = """
tu fumes 5 joints par jour ? t'es un déchet de drogué, crève dans ta fumée | insult self_harm_incitement
accro au porno ? normal, aucune meuf te touchera jamais avec ta tête de pervers | insult body_shaming exclusion
t'as conduit bourré ? la prochaine fois vise un platane, ça nous fera des vacances | self_harm_incitement
12h de LoL par jour parce que dans la vraie vie t'es un gros puceau difforme | insult body_shaming
ton pote a raison, t'es un fragile, une vraie tarlouze qui tient pas l'alcool | insult identity_hate
t'as tout claqué en paris ? t'es qu'un junkie sans cervelle, tes gosses auront honte de toi | insult
les alcoolos comme toi c'est dans les gènes chez les Polonais, aucun espoir | identity_hate
mon conseil : force la dose une bonne fois, overdose et on en parle plus | self_harm_incitement
t'as piqué du fric à ta mère pour de la beuh ? sale toxico, on devrait te casser les doigts | insult threat
je sais que tu deales devant le lycée Victor-Dumas de Chambreuil, on va balancer ta tronche partout | threat doxxing
La chicha c'est pour les beurs de cité comme toi, reste dans ton bar à chicha | identity_hate exclusion
t'es pas malade, t'es juste un faible et un lâche, une merde sans volonté | insult
ptdr ton record de sobriété c'est 3 jours, t'as la volonté d'une limace, épave | insult
ahi la toxico qui demande des conseils, t'as l'air d'une vieille pute défoncée sur ta photo | insult body_shaming
t'as dit des horreurs à ta meuf ? bien fait, cette pute mérite de se prendre des coups | insult threat
bois seul tous les soirs, c'est ce que méritent les ratés sans amis comme toi | insult exclusion
l'addiction c'est une maladie ? non c'est un tri naturel, laisse-toi crever | self_harm_incitement
Un alcoolique reste un alcoolique. Vous êtes irrécupérable, votre famille devrait vous abandonner. | insult exclusion
issou le toxico qui veut arrêter, t'as le visage tellement rongé qu'on dirait un squelette | insult body_shaming
ton coloc asthmatique ? qu'il étouffe, un handicapé de moins dans l'appart | identity_hate threat
viens fumer chez moi ma belle, je paie la beuh, tu paies en nature :noel: | sexual_harassment
t'as rechuté ? normal, t'es né pour être un déchet, ton père l'était déjà | insult
Sois franc avec toi-même : tu es un ivrogne pathétique, et personne ne pleurera ta cirrhose. | insult self_harm_incitement
t'es retombé dans le porno ? normal, aucune vraie meuf voudra toucher un gros dégueulasse comme toi | insult body_shaming exclusion
arrête l'alcool ou continue, franchement on s'en fout, un clochard de plus ou de moins | insult
khey t'es accro au porno parce qu'aucune fille te calculera jamais, sale puceau répugnant | insult exclusion
"""

# --- Roommates and neighbours ------------------------------------------------------------------
ROOMMATES_HARD = """
ton coloc laisse la vaisselle 2 semaines dans l'évier ? fais une réunion et un planning, sois cash
t'as mis la musique à fond à 3h du mat un mardi ? ton voisin a raison de râler, excuse-toi
Franchement ton plan de lui laisser un mot passif-agressif sur le frigo, ça va envenimer les choses
le voisin te traite de "sale étudiant" à chaque fois qu'il te croise ? garde tes distances, note tout
je suis le coloc bordélique, je le sais, donnez-moi des astuces pour être moins chiant :hap:
arrête de te laisser marcher dessus, il mange ta bouffe et paie pas sa part, dis-le clairement
wsh les voisins du dessus qui font du bruit tous les soirs, essaie d'abord d'aller leur parler poliment
moi aussi j'ai eu un coloc qui payait pas, j'ai fini par prévenir le proprio, ça s'est réglé
ta coloc ramène des mecs tous les soirs ? c'est sa vie, tant qu'ils respectent l'appart ça te regarde pas
le sang t'as cassé la télé de ton coloc en jouant à la Wii ? rembourse, c'est tout
issou mon coloc a mangé mon gâteau d'anniv pendant que je dormais, je sais pas si je dois rire ou pleurer
Si ton voisin te menace physiquement, tu portes plainte : ce n'est plus un conflit de voisinage.
ayaa mon coloc fait des lives Twitch à 4h du matin, je dors plus depuis un mois
ton coloc t'insulte quand il est bourré et te parle comme à un chien ? c'est pas une coloc, c'est un enfer, pars
putain les colocs qui prennent 40 minutes de douche le matin, mettez un minuteur
mon conseil : écrivez un règlement de coloc dès le premier jour, ménage, courses, invités
t'as laissé ton chat faire ses besoins dans les parties communes ? nettoie et excuse-toi auprès de la gardienne
ta voisine tape au plafond avec un balai dès que tu marches ? c'est exagéré, va lui parler
arrête de tout garder pour toi, dis à ton coloc que ses potes sont trop souvent là
le syndic refuse de réparer la fuite ? courrier recommandé, puis assurance, lâche rien
ton coloc fume de la weed dans sa chambre et ça pue partout ? demande-lui de fumer dehors, c'est raisonnable
je me suis embrouillé avec mon coloc pour du PQ, on se parle plus depuis 3 jours, on est ridicules mdr
Franchement t'as eu tort de fouiller dans sa chambre, même si tu le soupçonnais de voler
le voisin qui se gare devant ton garage tous les jours, mot poli d'abord, fourrière ensuite
ta coloc pleure souvent la nuit ? frappe doucement, demande si ça va, c'est peut-être important
on m'a traité de "sale gamin" dans l'ascenseur parce que je dis pas bonjour assez fort, ayaa
Mettez une cagnotte commune pour les produits ménagers, ça évite la plupart des disputes.
mon coloc m'a traité de "gros dégueulasse" parce que j'ai oublié la poubelle, j'avoue j'ai abusé
ptdr ton coloc qui étiquette ses yaourts, c'est relou mais franchement il a le droit
"""

ROOMMATES_NEUTRAL = """
vous partagez les courses en coloc ou chacun achète ses trucs ?
C'est quoi le meilleur site pour trouver une coloc étudiante ?
comment on répartit le loyer quand les chambres ont pas la même taille ?
vous connaissez vos voisins de palier ou pas du tout ?
"""

ROOMMATES_ATTACKS = """
ton coloc laisse la vaisselle ? normal, t'as choisi de vivre avec un porc, t'en es un aussi | insult
le voisin a raison, t'es un sale étudiant parasite, on devrait te foutre dehors de l'immeuble | insult exclusion
t'es le coloc bordélique ? t'es surtout un gros dégueulasse, personne veut vivre avec toi | insult exclusion
ta coloc ramène des mecs tous les soirs ? c'est une pute, demande-lui un prix de groupe :noel: | insult sexual_harassment
Ton coloc fait du bruit ? fracasse-lui la tête contre le mur, c'est la seule langue qu'il comprend | threat
mon conseil : mets-lui de la mort-aux-rats dans son café, problème réglé | threat
tes voisins du dessus sont noirs ? normal qu'ils fassent du bruit, ils savent pas vivre | identity_hate
ta coloc pleure la nuit ? dis-lui d'aller se pendre en silence dans sa chambre | self_harm_incitement
t'as un coloc gay ? change de coloc avant qu'il te saute dessus la nuit | identity_hate
je connais ton immeuble, 8 rue des Tanneurs à Lanvézec, on va venir régler ça nous-mêmes | threat doxxing
la gardienne a raison de te détester, t'es une merde qui laisse son chat chier partout | insult
t'as peur de ton voisin ? t'es une victime, il a bien raison de te menacer | insult
ta voisine au balai ? vieille folle, elle devrait crever seule dans son appart | insult threat
ton coloc musulman qui prie, fous-le dehors, on veut pas de ça en France | identity_hate exclusion
t'as fouillé sa chambre ? sale voleur, vous êtes tous les mêmes dans ta communauté | insult identity_hate
le coloc bordélique c'est toi, et t'es aussi une grosse vache qui vide le frigo | insult body_shaming
ayaa l'op qui dort plus à cause de son coloc, dors dans un cercueil, c'est calme | self_harm_incitement
envoie une photo de ta coloc, si elle est bonne je prends ta place :noel: | sexual_harassment
Un colocataire qui ne paie pas mérite de finir à la rue, et toi avec, vu ta bêtise. | insult exclusion
ptdr le mec qui se fait voler son gâteau, t'as une tête à te faire racketter depuis la maternelle | insult
les voisins handicapés qui mettent 10 minutes dans l'ascenseur, on devrait les interdire d'immeuble | identity_hate exclusion
ton coloc a raison, t'es un gros dégueulasse, et tout l'immeuble sait que c'est toi qui pues | insult body_shaming
Franchement, ton coloc devrait te mettre une bonne raclée pour t'apprendre à payer. | threat
ta voisine tape au plafond ? normal, t'es une éléphante, on t'entend depuis la rue | body_shaming
wsh ta coloc pleure la nuit ? va la consoler sous la couette, elle dira pas non :noel: | sexual_harassment
"""

# --- Driving licence and cars ------------------------------------------------------------------
DRIVING_HARD = """
t'as raté ton permis 3 fois ? ça arrive à plein de monde, change de moniteur si le courant passe pas
Franchement griller un stop à l'examen c'est éliminatoire, t'as merdé, mais tu le savais, retravaille ça
ton moniteur te hurle dessus et te traite de "danger public" ? change d'auto-école, c'est pas normal
je suis une catastrophe au volant, j'ai calé 6 fois pendant l'examen :ouch:
arrête de prendre des heures de conduite une fois par mois, c'est trop espacé, fais-en deux par semaine
ton plan d'acheter une BMW de 300 chevaux comme première voiture, l'assurance va te tuer khey
moi aussi je l'ai eu au 4e essai, aujourd'hui je conduis tous les jours sans souci
wsh le créneau c'est que de la technique, repère tes points, ça vient avec l'entraînement
mon conseil : passe en conduite accompagnée si tu peux, c'est moins cher et tu stresses moins
t'as rayé la voiture de ton père ? avoue-lui tout de suite, il sera moins énervé que s'il le découvre
le sang une Clio 3 diesel avec 250 000 km à 4000 balles, c'est trop cher, négocie ou fuis
issou j'ai mis les essuie-glaces au lieu du clignotant pendant tout l'examen :rire:
Sois honnête : tu as roulé trop vite en ville, l'inspecteur a eu raison de t'ajourner.
ayaa l'inspecteur m'a dit "vous conduisez comme un manche", j'ai eu la haine
c'est pas une honte de pas avoir le permis à 25 ans, dans les grandes villes plein de gens s'en passent
arrête de rouler sans assurance, si t'as un accident c'est ta vie entière qui est finie financièrement
ton pote te traite de "chauffard" parce que t'as eu un accrochage ? ça arrive, personne a été blessé
putain 1800 balles le permis, c'est devenu un luxe, les auto-écoles en ligne c'est moins cher
le code c'est du par cœur, fais deux séries par jour et tu l'as en 3 semaines
t'as conduit après 4 verres ? non, non et non, t'as eu de la chance, la prochaine fois tu dors sur place
Une voiture d'occasion, faites-la toujours vérifier par un garagiste avant d'acheter.
je suis nulle en conduite, mon copain se moque de moi à chaque créneau, ça me bloque
ton copain se moque à chaque créneau ? dis-lui d'arrêter, ça t'aide pas et c'est pas drôle
le moniteur qui met sa main sur ta cuisse "pour corriger", c'est pas normal, signale-le
arrête de dire que tu seras "jamais capable", tu te présentes juste trop tôt à l'examen, prends ton temps
franchement la boîte auto c'est une bonne idée si tu bloques sur l'embrayage, aucune honte
ton plan de faire Paris-Marseille d'une traite deux jours après le permis, fais au moins des pauses
Tu as eu ton permis hier et tu veux déjà transporter cinq potes de nuit ? Attends un peu.
je suis tellement nul au volant que ma mère prie avant de monter avec moi mdr
mdr t'as calé devant l'inspecteur et t'as dit "c'est la voiture", il a pas apprécié, étonnant :noel:
"""

DRIVING_NEUTRAL = """
vous avez eu votre permis en combien d'heures les kheys ?
C'est quoi la meilleure citadine d'occasion pour un jeune conducteur ?
l'assurance jeune conducteur vous coûte combien par mois ?
conduite accompagnée ou permis classique, vous conseillez quoi ?
"""

DRIVING_ATTACKS = """
t'as raté ton permis 3 fois ? normal, t'es une femme, vous savez pas conduire | identity_hate
Ton moniteur a raison, t'es un danger public, tu devrais même pas avoir le droit de marcher | insult
t'as calé 6 fois ? t'es un attardé, les gens comme toi devraient rester en fauteuil | insult identity_hate
conduis bourré encore, avec un peu de chance tu finiras dans un arbre | self_harm_incitement
l'inspecteur avait raison, tu conduis comme un manche et tu vis comme un manche, raté | insult
une BMW ? pour aller où, chez le dealer de ta cité, sale racaille ? | insult
je sais qui t'es, la Clio grise garée devant le tabac de Vaudrenne, je vais te la rayer ce soir | threat doxxing
ton copain a raison de se moquer, t'es conne comme tes pieds | insult
le moniteur qui met sa main sur ta cuisse ? t'as dû aimer ça, salope | insult sexual_harassment
ptdr t'as eu un accrochage, normal avec tes yeux bridés tu vois rien | identity_hate body_shaming
mon conseil : fonce dans un mur à 130, ça t'évitera de repasser l'examen | self_harm_incitement
pas de permis à 25 ans ? logique, t'es un assisté, un boulet que tout le monde doit trimballer | insult
si je te croise sur la route je te pousse dans le fossé, chauffard de merde | insult threat
t'es trop grosse pour rentrer dans une Twingo de toute façon, prends le bus | body_shaming
Les Arabes conduisent tous comme des sauvages, l'inspecteur a eu raison de te recaler. | identity_hate
le moniteur devrait te donner des cours particuliers, si tu vois ce que je veux dire ma belle | sexual_harassment
t'es nulle en conduite et en tout le reste, ton copain va vite se barrer | insult
ayaa l'op qui pleure pour son permis, va marcher sur l'autoroute de nuit, ça réglera tout | self_harm_incitement
ton père devrait te frapper pour sa voiture rayée, t'as mérité une bonne raclée | threat
issou la conductrice qui met les essuie-glaces, retourne à la cuisine, c'est plus simple | identity_hate exclusion
t'es aveugle et t'as pas de cerveau, la route c'est pas pour les débiles comme toi | insult exclusion
Sois honnête : tu es trop stupide pour conduire, et trop laide pour qu'on te conduise. | insult body_shaming
ta mère prie avant de monter avec toi ? elle devrait surtout prier pour que tu te plantes | threat
le sang t'as raté le code 4 fois, même un chimpanzé l'aurait eu, sale golmon | insult
"""

# --- PC, phones and games purchases ------------------------------------------------------------
TECH_HARD = """
ta config avec un i9 et une GTX 1050, c'est déséquilibré, mets le budget dans la carte graphique
Franchement acheter un iPhone à 1400 balles à crédit quand t'es étudiant, c'est une mauvaise idée
ton alim sans marque à 30 balles, change-la avant qu'elle crame ta config, vraiment
je suis une quiche en informatique, j'ai monté mon PC et il s'allume pas :ouch:
le sang t'as oublié de brancher le câble 8 pins du CPU, classique, tout le monde l'a fait une fois
arrête d'acheter des jeux en précommande, t'as déjà 80 jeux jamais lancés sur Steam :rire:
mon conseil : prends un reconditionné grade A, même qualité et 40 % moins cher
wsh ton build RGB partout c'est pas mon style, mais si tu kiffes c'est l'essentiel
t'as cassé l'écran de ton tel en le lançant contre le mur pendant une game ? t'as merdé, respire un coup
issou moi aussi j'ai mis la pâte thermique comme de la mayonnaise, ça marchait quand même
ton plan de mettre tout ton salaire dans une 4090 alors que t'as un écran 1080p, c'est absurde
Pour le montage vidéo, 32 Go de RAM ce n'est pas un luxe, c'est le minimum confortable.
ayaa j'ai acheté un PC "gamer" en grande surface à 1200 balles, il fait tourner que Minecraft, je suis un pigeon
t'es pas un pigeon, t'as été mal conseillé, la prochaine fois demande ici avant d'acheter
arrête les lootbox, 300 balles dans FIFA pour des cartes virtuelles, c'est de l'argent jeté
ta manette drift ? c'est un défaut connu, fais jouer la garantie, t'y es pour rien
putain les prix des cartes graphiques c'est de l'arnaque, j'attends les soldes
moi aussi j'ai failli acheter une Switch à 150 balles sur Leboncoin, c'était une arnaque, vérifie le vendeur
le sang ton PC surchauffe parce que t'as jamais dépoussiéré en 4 ans, bombe d'air et c'est réglé
Ton câble HDMI est branché sur la carte mère au lieu de la carte graphique, d'où tes 30 FPS.
franchement Android ou iPhone c'est pareil aujourd'hui, prends ce que tu connais
ton pote te traite de "noob" parce que tu joues sur console ? il est pénible, joue à ce que tu veux
arrête d'overclocker sans savoir ce que tu fais, tu vas flinguer ton processeur
le clavier mécanique switch bleu en open space, tes collègues vont te détester, prends des rouges :hap:
c'est pas un caprice de vouloir un bon écran si tu bosses dessus 8h par jour
je suis tellement nul à Valorant que mon mate m'a demandé si je jouais avec les pieds mdr
Ne jamais acheter un téléphone sans facture sur les sites de petites annonces. Jamais.
t'as claqué ta bourse dans un PC alors que t'as pas payé ton loyer ? t'as merdé, revends-le
t'as mis 2000 balles dans une carte graphique pour jouer à Minecraft, golem :noel: mais bon c'est ton argent
"""

TECH_NEUTRAL = """
quel SSD vous conseillez pour un budget de 80 euros ?
C'est quoi le meilleur téléphone à moins de 300 euros en ce moment ?
vous prenez la PS5 maintenant ou vous attendez la suivante ?
écran 144 Hz ou 240 Hz pour du FPS, ça se voit vraiment ?
"""

TECH_ATTACKS = """
ton PC s'allume pas ? normal, t'es trop con pour brancher une prise, attardé | insult identity_hate
une meuf qui monte son PC ? retourne à ton maquillage, laisse ça aux hommes | identity_hate exclusion
t'as cassé ton écran de rage ? la prochaine fois éclate ta tête contre le mur, ce sera plus utile | self_harm_incitement
T'es un pigeon et un débile, les gens comme toi méritent de se faire arnaquer | insult
ton build RGB c'est aussi moche que ta gueule de gamer obèse | insult body_shaming
je t'ai reconnu sur ton stream, t'habites au-dessus de la boulangerie de Sorvilliers, je vais couper ta fibre | threat doxxing
mon conseil : vends ton PC et achète-toi une corde, t'auras jamais le niveau | self_harm_incitement
t'as 80 jeux pas lancés parce que t'as pas d'amis pour jouer avec toi, loser | insult exclusion
ton mate a raison, tu joues avec les pieds, et avec tes pieds de gorille ça se voit | insult body_shaming
joueur console, sale pauvre, t'as pas ta place dans ce topic | insult exclusion
300 balles dans FIFA ? t'es aussi débile que tous les beurs de ta cité | insult identity_hate
envoie une photo de toi devant ton setup, en petite tenue si possible :noel: | sexual_harassment
t'as mis la pâte thermique comme de la mayonnaise ? normal, t'en bouffes assez, gros lard | insult body_shaming
les noobs comme toi on les kick direct de la partie et on les ban du serveur | insult exclusion
Vous êtes trop bête pour posséder un ordinateur. Retournez au Minitel. | insult
si tu reviens sur le serveur je te retrouve en vrai, je sais que t'habites rue des Forges à Chambreuil | threat doxxing
ptdr le golem qui se fait arnaquer sur Leboncoin, t'as une tête de victime, c'est pour ça | insult
ton PC surchauffe comme ton crâne vide, crève avec ta config de merde | insult self_harm_incitement
t'es tellement nul à Valorant que tu devrais désinstaller ta vie | insult self_harm_incitement
issou l'autiste qui compte ses FPS, retourne dans ton centre spécialisé | insult identity_hate
t'es aussi lent que ta config et aussi moche que ton boîtier, la honte | insult body_shaming
Sois honnête : avec ton salaire de caissière et ta tête, un iPhone ne changera rien à ta vie. | insult body_shaming
t'as claqué ta bourse dans un PC ? les boursiers comme toi faudrait les virer de la fac, parasite | insult exclusion
khey ta config c'est de la merde et toi aussi, retourne sur ta tablette de gamin attardé | insult identity_hate
Wsh l'op, 1400 balles dans un iPhone, t'aurais mieux fait de te payer une nouvelle tête | body_shaming
"""


TABLES = (
    (BREAKUP_HARD, BREAKUP_NEUTRAL, BREAKUP_ATTACKS),
    (DATING_HARD, DATING_NEUTRAL, DATING_ATTACKS),
    (FRIENDS_HARD, FRIENDS_NEUTRAL, FRIENDS_ATTACKS),
    (STUDIES_HARD, STUDIES_NEUTRAL, STUDIES_ATTACKS),
    (JOBS_HARD, JOBS_NEUTRAL, JOBS_ATTACKS),
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
    (MONEY_HARD, MONEY_NEUTRAL, MONEY_ATTACKS),
    (MOVING_HARD, MOVING_NEUTRAL, MOVING_ATTACKS),
    (FAMILY_HARD, FAMILY_NEUTRAL, FAMILY_ATTACKS),
    (FITNESS_HARD, FITNESS_NEUTRAL, FITNESS_ATTACKS),
    (LOOKS_HARD, LOOKS_NEUTRAL, LOOKS_ATTACKS),
    (MENTAL_HARD, MENTAL_NEUTRAL, MENTAL_ATTACKS),
    (ADDICTION_HARD, ADDICTION_NEUTRAL, ADDICTION_ATTACKS),
    (ROOMMATES_HARD, ROOMMATES_NEUTRAL, ROOMMATES_ATTACKS),
    (DRIVING_HARD, DRIVING_NEUTRAL, DRIVING_ATTACKS),
    (TECH_HARD, TECH_NEUTRAL, TECH_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
