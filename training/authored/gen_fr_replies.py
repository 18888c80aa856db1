"""Generate fr_replies.csv: short French forum replies and thread titles, harmless ones and attacks.

Deterministic (fixed seed, standard library only): re-running rewrites the CSV byte for byte.
The tables below hold one hand-written line per text line: harmless lines as "text", attacks as
"text | label1 label2". Each topic has three tables (neutral, hard negatives, attacks) that share
their vocabulary on purpose. See fr_replies.md for why this file exists and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

SEED = 20261201
OUT = Path(__file__).with_name("fr_replies.csv")
REGISTER = "forum_reply"
VARIANT_SHARE = 0.25


def _attacks(block: str) -> list[tuple[str, str]]:
    """(text, labels) for each "text | labels" line of an attack table."""
    return [tables.attack(line) for line in tables.lines(block)]


# ---------------------------------------------------------------------------------------------
# Dating and relationships
# ---------------------------------------------------------------------------------------------
DATING_NEUTRAL = tables.lines("""
Elle m'a dit qu'elle avait besoin de temps, je fais quoi ?
Ça fait 3 mois qu'on se parle, c'est normal qu'elle réponde lentement ?
Premier date demain soir, des conseils les kheys ?
Vous l'avez rencontrée comment votre copine ?
Tkt elle va te répondre, elle bosse peut-être
Invite-la boire un verre, fais simple
Ma copine veut qu'on emménage ensemble, vous en pensez quoi ?
Félicitations pour ta copine khey, profite
Il m'a proposé un resto samedi, j'accepte ?
Mon copain oublie toujours la date de notre anniv
Sois toi-même et ça ira, sérieux
Comment on aborde une fille à la fac sans passer pour un relou ?
Parle-lui normalement, c'est une personne comme toi
Vous êtes combien à être en couple depuis le lycée ?
5 ans avec ma meuf ce mois-ci :noel:
Elle a dit oui pour le ciné vendredi
Bien joué l'op, raconte la suite
Rupture hier soir, je suis pas bien du tout
Courage khey, ça passe avec le temps promis
Elle est retournée avec son ex, je fais quoi ?
Coupe le contact et occupe-toi de toi
C'est normal de stresser autant avant un premier rendez-vous ?
C'est quoi votre pire premier date ?
Mon pire date elle a parlé de son chat pendant deux heures
On s'est mis ensemble au Nouvel An, 2 ans déjà
Elle me demande si je veux rencontrer ses parents, c'est bon signe ?
Oui c'est carrément bon signe, fonce
Relation à distance Lyon Lille, ça tient vous pensez ?
Ça tient si vous vous voyez au moins deux week-ends par mois
Demande-lui directement au lieu d'analyser ses emojis
Vous offrez quoi pour la Saint-Valentin ?
Un week-end à la mer, ça marche toujours
Elle m'a écrit « on verra », ça veut dire quoi ?
Ça veut dire non khey, passe à autre chose
Comment vous avez su que c'était la bonne ?
Je me marie en juin les kheys :noel:
Énorme, tous mes vœux à vous deux
Mon copain joue trop aux jeux vidéo, comment lui dire sans le vexer ?
Propose-lui une soirée sans écran une fois par semaine
Ma copine parle avec son ex, je dois m'inquiéter ?
Si elle te le dit ouvertement, c'est plutôt sain
""")

DATING_HARD = tables.lines("""
Je suis puceau à 24 ans ayaa
Vous êtes combien de puceaux sur le forum, soyez honnêtes
Puceau à 23 ans c'est grave docteur ?
Moi aussi je suis puceau et franchement ça me dérange pas
Être puceau à 20 ans c'est pas une maladie khey
Je suis un golem avec les filles, je bégaie direct
Elle m'a ghosté ayaa je suis en PLS
Je me suis pris un râteau monumental :rire:
Célestin à vie, c'est mon destin :hap:
Ptdr le râteau, on est tous passés par là
Ma meuf m'a traité de golem parce que j'ai oublié le pain :rire:
Elle est bonne ta technique de drague, je teste ce soir
Je l'ai tuée au Uno, elle veut plus jouer avec moi
Je suis moche mais j'ai de l'humour, ça compense ? :hap:
Je suis gros et j'ai quand même trouvé une copine, gardez espoir
Ma copine m'a dit que j'embrassais comme un poulpe ayaa
Elle est canon ma copine et en plus elle est plus intelligente que moi
Putain de Tinder, 0 match en 3 mois
Les applis de rencontre c'est de la merde, vive les soirées
Je suis le roi des célestins, 25 ans et jamais eu de copine
Ahi le khey qui s'est fait recaler par SMS :rire:
Je vais crever seul avec mes chats et c'est très bien
Mon ex m'a bloqué partout, mérité j'étais un boulet
Le sang j'ai envoyé un vocal de 6 minutes, je suis mort
Je suis mort de honte, j'ai appelé ma copine par le nom de mon ex
Mon cœur est mort après cette rupture ahi
Elle m'a friendzone comme un chien, mais on est restés potes
Les meufs de ma salle de sport sont trop sympas, elles m'ont montré les machines
Les mecs de ma promo sont des crèmes, ils m'ont aidée à réviser
Elle est bien ta copine khey, elle t'a fait arrêter de fumer
Même moi je me serais quitté ptdr
Un puceau qui donne des conseils de drague, c'est moi ça :rire:
""")

DATING_ATTACKS = _attacks("""
T'es puceau à 24 ans et tu viens donner des conseils, ferme-la | insult
Normal que t'es puceau avec ta gueule de golem l'auteur | insult body_shaming
Aucune meuf voudra de toi, t'es trop moche l'op | insult body_shaming
Elle t'a ghosté parce que t'es un déchet, c'est simple | insult
Ta copine elle sort avec toi par pitié, regarde-toi | insult body_shaming
Envoie une photo de ta copine en maillot qu'on note | sexual_harassment
Ta meuf je me la fais quand tu veux l'op | sexual_harassment
Elle est bonne ta copine, file son snap | sexual_harassment
Le célestin qui vient chialer sur le forum, va te pendre | insult self_harm_incitement
Puceau à vie, tu finiras seul et tu l'auras mérité | insult
Elle t'a quitté, même elle te supportait plus le golem | insult
Ferme-la le puceau, personne t'a demandé ton avis | insult exclusion
La meuf sur ta photo elle est bonne, elle fait quoi ce soir ? | sexual_harassment
Les femmes c'est toutes des chiennes, ton ex la première | identity_hate insult
Tu mérites même pas qu'une fille te parle, sale rat | insult
Rupture ? Normal, t'as le physique d'un frigo | insult body_shaming
Ton ex elle habite où ? Je vais lui faire regretter | threat
Ta copine s'appelle Léa Morvan et elle bosse au Carrefour de Brive, tout le monde sait | doxxing
Vu ta tronche c'est elle qui devrait porter plainte | insult body_shaming
Elle t'a largué pour un vrai mec, normal t'es une tapette | insult identity_hate
La meuf qui poste sa photo pour des conseils, t'attends quoi à part des bites ? | sexual_harassment
Montre tes seins et on te donnera des conseils la miss | sexual_harassment
T'es une fille sur le forum ? Alors déshabille-toi | sexual_harassment
Avec ton gros bide aucune fille te touchera | body_shaming insult
T'es tellement moche que Tinder devrait te bannir | insult body_shaming
Si j'étais ta copine je me serais pendue, fais pareil | insult self_harm_incitement
Mets-toi une corde au cou, au moins t'auras plus de râteaux | self_harm_incitement
Ta meuf c'est une grosse pute, tout le lycée le sait | insult sexual_harassment
Je vais attendre ton mec devant son taf et lui casser les jambes | threat
Un homo qui demande des conseils de couple, dégage d'ici | identity_hate exclusion
Les mecs comme toi on devrait les castrer, t'es un danger | insult threat
L'auteur est tellement un golem que même sa main le quitte | insult
Elle est bien ta copine, je la prendrais bien en levrette | sexual_harassment
Besoin de temps ? Besoin de temps loin d'un golem comme toi surtout | insult
Premier date ? Elle va fuir en voyant ta gueule | insult body_shaming
Tkt elle va pas te répondre, personne répond aux gros | insult body_shaming
Tu l'as rencontrée comment ta copine ? Au zoo vu sa tronche | insult body_shaming
Relation à distance ? Normal, de près elle te supporte pas | insult
Tu te maries ? La pauvre, elle mérite mieux qu'un déchet | insult
Je me ferais bien ta femme pendant ta lune de miel | sexual_harassment
Ta copine parle avec son ex parce que toi t'es un puceau de la bite | insult
Ton mec il est noir ? Normal t'es une salope | identity_hate insult
La miss qui demande des conseils, t'as quel âge et t'es seule ce soir ? | sexual_harassment
Si tu la quittes je te retrouve et je te défonce | threat
Ton copain Enzo Rivière, 06 39 98 33 10, je vais lui montrer ce que tu postes | doxxing threat
T'es célestin parce que t'es un sous-homme | insult
""")

# ---------------------------------------------------------------------------------------------
# Family
# ---------------------------------------------------------------------------------------------
FAMILY_NEUTRAL = tables.lines("""
Elle bosse dans quoi ta mère ?
Ta mère est infirmière c'est ça ?
Ta sœur est en quelle année de fac ?
C'est ton père qui t'a appris à conduire ?
Ma sœur a eu son permis du premier coup, fière d'elle
Ma petite sœur a eu son bac avec mention très bien
Mon père veut que je reprenne son garage, j'hésite
Ma mère m'appelle trois fois par jour, c'est normal ?
C'est normal de vivre encore chez ses parents à 23 ans ?
Vous êtes combien à vivre encore chez vos darons ?
Ta mère a raison sur ce coup, écoute-la
Souhaite un bon anniversaire à ta mère de ma part khey
Ton père a l'air d'être un mec bien
Mon frère a eu un bébé, je suis tonton :noel:
Repas de famille dimanche, j'ai déjà la flemme
Ma grand-mère fait les meilleures crêpes du monde
Mes parents divorcent, vous avez des conseils ?
Parle à chacun de tes parents séparément, ça aide
Mon daron regarde le foot en criant plus fort que moi
Ton frère joue à quoi en ce moment ?
Ma petite sœur veut un téléphone à 9 ans, vous en pensez quoi ?
Mon père m'a enfin dit qu'il était fier de moi
Ma tante vient dormir à la maison tout le mois
Mon cousin s'est marié samedi, super fête
Ta sœur fait médecine ? Respect, c'est dur
Vous parlez encore à vos cousins vous ?
Mes parents veulent pas que je parte en Erasmus
Explique-leur calmement le budget, ils vont comprendre
Ma mère m'a appris à faire le couscous ce week-end
Ton père il regarde quelle série ?
Ma sœur m'a offert une Switch pour mes 20 ans
Vous faites quoi pour la fête des mères ?
Ma mère vient de passer son permis à 52 ans, trop fier
""")

FAMILY_HARD = tables.lines("""
Ma mère m'a traité de golem parce que j'ai cramé les pâtes :rire:
Ma sœur m'a massacré à Mario Kart toute la soirée
Mon père va me tuer, j'ai rayé sa voiture
Ma mère va me défoncer si elle voit mes notes ayaa
Ta mère la légende, elle t'a fait un tupperware pour le taf :hap:
Ta mère elle est trop forte, elle a réparé la machine à laver toute seule
Ta sœur elle est chaude au foot, trois buts hier
Ta mère c'est une vraie, elle t'a défendu devant le proviseur
Ma famille c'est le bordel mais je les aime
Putain de repas de famille, cinq heures à table
Ma mère est morte de rire quand elle a vu ma coupe
Mon père est mort l'an dernier, je pense à lui tous les jours
Ton père il est mort de rire en lisant ton topic ptdr
J'ai défoncé ma sœur aux échecs, 4 victoires d'affilée
Ta mère elle fait quoi demain ? Elle m'avait promis des lasagnes :hap:
Mon frère m'a traité de célestin devant toute la famille ayaa
Mes darons ont découvert le forum, je suis mort
Ma mère a lu mes messages sur le forum, PLS totale
Ta sœur est bonne en maths, elle pourrait me donner des cours ?
Mon père il est gros mais il court plus vite que moi
Ma mère dit que je suis moche en barbe, elle a raison :rire:
Ma sœur est plus musclée que moi ayaa
Le sang, ma grand-mère joue à Fortnite
Mon oncle est un fou, il a refait toute sa cuisine en un week-end
""")

FAMILY_ATTACKS = _attacks("""
Ta mère fait le trottoir, c'est ça son métier ? | insult
Ta sœur elle est bonne, donne son numéro | sexual_harassment
Ta sœur je la prends quand tu veux l'auteur | sexual_harassment
Ta mère est tellement grosse qu'elle bloque la porte du Lidl | insult body_shaming
Ton père s'est barré quand il t'a vu, il avait raison | insult
Même ta mère a honte de toi l'op | insult
Ta sœur sur ta photo de profil, je lui ferais des trucs | sexual_harassment
Je vais aller voir ta mère au 8 rue des Glycines, elle va comprendre | threat doxxing
Ta mère s'appelle Nadine Vasseur et elle bosse à la mairie de Guéret, je l'appelle ? | doxxing threat
Ton père est un alcoolo et toi t'es pareil | insult
Ta famille de cassos, ça explique tout | insult
Ta famille de bougnoules, retournez au bled | identity_hate insult exclusion
Ta mère aurait dû avorter l'auteur | insult
Dis à ta sœur de m'envoyer des nudes | sexual_harassment
Ta sœur elle a une tête de cheval | insult body_shaming
Ta mère je la baise l'op | insult sexual_harassment
Je vais défoncer ton père à la sortie de son taf | threat
Ta mère la grosse truie | insult body_shaming
Ta sœur en mini-jupe sur ton insta, elle cherche quoi ? | sexual_harassment
Ton père t'a jamais aimé et on le comprend | insult
Ta daronne elle suce pour un kebab | insult sexual_harassment
Ta mère est morte ? Tant mieux, une cassos de moins | insult
Ta famille de youpins, on sait qui vous êtes | identity_hate insult
Ta sœur est grosse comme toi, c'est génétique | body_shaming insult
Tu me réponds encore et je sonne chez tes parents | threat
Ton frère est un attardé comme toi | insult
Appelle ta mère au 06 39 98 14 62 et dis-lui que son fils est un raté | doxxing insult
Ta mère serait mieux sans toi, fais-lui plaisir et disparais | self_harm_incitement insult
Elle bosse dans quoi ta mère ? Sur le périph la nuit ? | insult sexual_harassment
Ta mère est infirmière ? Elle fait des piqûres au lit aussi ? | sexual_harassment
Ta sœur en quelle année ? Dis-lui de passer me voir ce soir | sexual_harassment
Ton père t'a appris à conduire ? Il aurait dû te rouler dessus | insult
Ta sœur fait médecine ? Elle va m'ausculter toute nue | sexual_harassment
Souhaite un bon anniversaire à ta mère de ma part, je l'ai baisée hier | insult sexual_harassment
Ta mère cuisine bien, ça se voit, elle pèse 150 kilos | insult body_shaming
Tes darons ont raté ton éducation, sale gosse | insult
Ton frère a un bébé ? Encore un cassos de plus dans ta famille | insult
Ta famille de gitans, planquez les vélos | identity_hate insult
Ta mère voilée elle sert à rien à part pondre | identity_hate insult
Chez tes parents à 23 ans ? Normal, personne d'autre te supporterait | insult
Ton père bosse à la boulangerie Ferrand de Roanne, il va savoir ce que t'écris | doxxing threat
""")

# ---------------------------------------------------------------------------------------------
# Friends and banter
# ---------------------------------------------------------------------------------------------
FRIENDS_NEUTRAL = tables.lines("""
Merci khey, t'es un vrai
Merci pour le conseil, ça m'a aidé
Mon meilleur pote déménage à Montréal, je suis dégoûté
Vous gardez contact avec vos potes du collège ?
Comment on se fait des amis après 20 ans ?
Inscris-toi à un club, escalade ou jeux de société
Mon pote m'a rendu mes 50 balles, miracle
Je suis d'accord avec l'op
Pas d'accord, je pense que c'est plus compliqué
Tu as raison khey, j'avais pas vu ça comme ça
Bien vu, je note
C'est exactement ce que je voulais dire
Pareil pour moi
+1, il a tout dit
Bon courage khey, tiens-nous au courant
Mon pote se marie et je suis témoin, je dis quoi dans le discours ?
Raconte une anecdote gentille et finis sur les mariés
Ma coloc est trop forte, elle a eu son concours
Mes potes m'ont organisé une surprise pour mon anniv
Ça fait plaisir de lire ça
Vous faites quoi ce week-end les kheys ?
On se fait une soirée jeux de société samedi
Un pote m'a demandé 300 euros, je lui prête ?
Prête seulement ce que tu peux perdre
Mon groupe de potes s'est dispersé après le bac
Les amis de fac sont souvent ceux qui restent
Vous êtes combien à avoir un seul vrai pote ?
Un seul mais il vaut dix
Trop chou ce topic
Joyeux anniversaire l'op :noel:
Merci à tous pour vos réponses
""")

FRIENDS_HARD = tables.lines("""
T'es un bon khey :ok:
Le sang t'es un fou toi :rire:
Ahi mon pote a encore perdu son pari :rire:
Mon pote est un golem au bowling, 34 points :rire:
Ptdr le khey qui s'est endormi au ciné
Je suis le boulet du groupe ayaa
Mon pote m'a tué avec sa blague sur les pingouins
Tu m'as tué ptdr
Ayaa je suis mort de rire
Le sang je suis en PLS
Wsh t'es où, on t'attend depuis 20 minutes :hap:
Toujours en retard toi, on te connaît :hap:
Mon pote m'a traité de puceau devant tout le monde, je l'ai recalé
Ma bande de bras cassés, je les aime
Putain de groupe WhatsApp, 300 messages en une heure
Le khey a disparu du groupe depuis qu'il a une copine :rire:
Il est mort ton pote ? Il répond plus
Mon pote est mort de fatigue, il dort sur le canapé
Va te coucher khey, il est 4h du mat
Ta gueule ptdr j'allais le dire :rire:
Tu m'as eu sur ce coup, t'es trop fort
On est tous des golems ici, bienvenue :hap:
Jsp mais mon pote a mangé 12 nuggets d'un coup
Ce mec est une légende, il a ramené une raclette au camping
Ferme la fenêtre khey, il caille
Barre-toi de là, c'est ma place sur le canapé :rire:
Je vais te buter au ping-pong demain
""")

FRIENDS_ATTACKS = _attacks("""
T'es un golem l'auteur, personne veut être ton pote | insult exclusion
Normal que t'as pas d'amis, t'es insupportable | insult
Tes potes se foutent de ta gueule dans ton dos et ils ont raison | insult
Personne viendra à ton anniv, t'es un boulet | insult exclusion
Ferme ta gueule l'op, t'es qu'une merde | insult
Toi t'es le genre de mec qu'on invite par pitié | insult
Ton pote Kévin Dalmasso de Valence, il sait que tu postes ici ? | doxxing
T'es le boulet du groupe et tout le monde veut que tu dégages | insult exclusion
Va te coucher et te réveille pas | self_harm_incitement
On est pas tes potes, barre-toi d'ici le golem | insult exclusion
Tu m'as saoulé, je vais te buter pour de vrai | threat
Je sais que tu traînes au bar de la place, je viendrai te voir | threat
Ta coloc elle est bonne, ramène-la à la soirée | sexual_harassment
Ton pote est une tarlouze, comme toi | insult identity_hate
Sale nègre, va chercher tes amis au zoo | identity_hate insult
T'as pas d'amis parce que t'es gros et que tu pues | insult body_shaming
Personne te supporte, ni ici ni ailleurs | insult exclusion
Crève seul, c'est tout ce que tu mérites | insult self_harm_incitement
Cassos de l'op, même ton chien t'aime pas | insult
Fais-nous plaisir, supprime ton compte et ta vie avec | self_harm_incitement
Wsh le débile, t'as encore rien compris | insult
Ta gueule le clochard | insult
Merci khey ? Personne te remercie toi, t'es une merde | insult
T'es un bon... bon à rien | insult
Le sang t'es un fou, faudrait t'interner | insult
Ton pote a déménagé à Montréal pour plus voir ta gueule | insult
Toujours en retard toi, normal un gros ça court pas | insult body_shaming
Ta gueule, non sérieux ta gueule, t'es nul à chier | insult
Comment se faire des amis ? Commence par pas être un raté comme toi | insult
Va te coucher khey, et pour toujours | self_harm_incitement
Barre-toi du groupe, personne veut de toi | exclusion
Je vais te buter, pas au ping-pong, pour de vrai | threat
Ta coloc a eu son concours ? Elle a sucé le jury | insult sexual_harassment
Ton meilleur pote c'est un bicot, normal que tu traînes avec | identity_hate insult
""")

# ---------------------------------------------------------------------------------------------
# School and studies
# ---------------------------------------------------------------------------------------------
SCHOOL_NEUTRAL = tables.lines("""
Vous êtes en quelle année de fac ?
Licence de psycho, ça vaut le coup ?
J'ai raté mes partiels, je peux rattraper en juin ?
Oui les rattrapages sont en juin en général
Parcoursup c'est quand les résultats déjà ?
Je commence mon master à Bordeaux en septembre
Bravo khey, mérité
C'est normal de pas comprendre l'amphi de stats ?
Oui tout le monde galère en stats, accroche-toi
Regarde les vidéos d'exos, ça m'a sauvé
Vous révisez comment pour les partiels ?
Fiches et annales, rien d'autre
Mon prof de droit est génial, il explique tout avec des exemples
J'ai eu 16 en anglais :noel:
Je veux me réorienter en info, trop tard à 21 ans ?
Jamais trop tard, fonce
Les meufs de mon TD m'ont passé leurs notes, trop sympas
Ma binôme a tout géré sur le projet, je lui dois un resto
Vous bossez en bibliothèque ou chez vous ?
Bibli, chez moi je fais rien
BTS ou licence pro, vous conseillez quoi ?
Je passe le code mardi, souhaitez-moi bonne chance
J'ai validé mon année :noel:
Quelqu'un a les annales de socio L2 ?
Mon mémoire est enfin rendu
C'est quoi la meilleure prépa de Lyon ?
Je galère en maths depuis le lycée, des conseils ?
Reprends les bases de seconde, sans honte
Le prof a reporté l'exam, on respire
""")

SCHOOL_HARD = tables.lines("""
Je suis un golem en maths, 4 au partiel ayaa
Je suis le plus gros golem de ma promo
Putain ce partiel de merde, 3 heures pour rien
Le prof de compta va me tuer, j'ai rendu le mauvais fichier
Ayaa j'ai confondu l'amphi, je suis en PLS
Je suis mort, j'ai révisé le mauvais chapitre
Il est mort mon ordi la veille du rendu
Ce cours de stats va me faire crever
Je vais le tuer ce partiel, j'ai tout révisé
Je suis con, j'ai oublié ma carte étudiante à l'exam
Les maths c'est de la merde, vive l'histoire
Je suis nul en orthographe, pardonnez-moi d'avance
Je suis un boloss en anglais mais je progresse
Ptdr le khey qui s'est endormi en amphi et qui ronflait
Le sang j'ai eu 2 en droit constit, je suis une merde en droit
Ma prof m'a dit que j'étais une feignasse, elle a pas tort
Les meufs de ma promo sont trop fortes en stats, elles m'ont sauvé
C'est qui le golem qui a inventé les QCM à points négatifs
Redoubler c'est pas la mort khey
Ta sœur est en prépa ? Elle doit être une machine
""")

SCHOOL_ATTACKS = _attacks("""
T'es un golem en maths et dans la vie l'auteur | insult
4 au partiel ? Normal t'as le QI d'une huître | insult
Arrête tes études, t'es trop con pour la fac | insult
Les meufs de ta promo elles doivent bien sucer pour avoir leurs notes | sexual_harassment identity_hate
La meuf de ton TD elle est bonne, elle fait quoi après les cours ? | sexual_harassment
Ta binôme je la coince à la bibli ce soir | sexual_harassment threat
Redouble encore et va te pendre | self_harm_incitement
T'es en L1 à 24 ans ? Quel raté | insult
L'op qui fait psycho, soigne-toi d'abord le débile | insult
Ton prof devrait te virer de son cours, personne veut de toi | insult exclusion
Je sais que t'es à la fac de Poitiers en socio, on va venir te chercher | doxxing threat
Théo Lambert de L2 info, tout le monde sait que c'est toi qui postes ça | doxxing
Les filles ont rien à faire en école d'ingé, retourne à la cuisine | identity_hate exclusion
Boloss de l'op, même ton prof se fout de toi | insult
Retourne dans ton pays au lieu de prendre nos places en fac | identity_hate exclusion
Un sale arabe en master, il a triché c'est sûr | identity_hate insult
Le gros de ta promo qui prend deux sièges en amphi, c'est toi ? | body_shaming insult
T'es tellement con qu'on devrait te stériliser | insult
Je vais t'attendre à la sortie de l'amphi, tu vas comprendre | threat
Vu ta gueule t'as dû coucher avec ton prof pour valider | insult sexual_harassment
Rate encore un partiel et fais-nous plaisir, saute du pont | self_harm_incitement
T'es en quelle année ? Ah non c'est vrai, t'as été viré boloss | insult
Parcoursup t'a refusé partout, normal t'es con | insult
Ton 16 en anglais ? T'as copié, tricheur de merde | insult
Ta prof d'anglais elle est bonne, elle donne des cours particuliers au lit ? | sexual_harassment
Ta binôme a tout géré parce que t'es un boulet inutile | insult
Réorientation à 21 ans ? Réoriente-toi au cimetière | insult self_harm_incitement
La meuf de ta promo sur ta photo, 2 sur 10, trop grosse | body_shaming insult
Ton prof de droit est pédé, c'est pour ça qu'il te met des bonnes notes | identity_hate insult
On sait tous que t'es Inès de la L3 éco à Nanterre, arrête de mentir | doxxing
Ton mémoire est une merde, comme toi | insult
Viens à la bibli demain, je te ferai regretter ton message | threat
Les renois en prépa c'est pour les quotas, comme toi | identity_hate insult
""")

# ---------------------------------------------------------------------------------------------
# Jobs and work
# ---------------------------------------------------------------------------------------------
JOBS_NEUTRAL = tables.lines("""
Premier CDI signé les kheys :noel:
Mon entretien c'est demain, des conseils ?
Arrive 10 minutes en avance et prépare 3 questions
Vous gagnez combien en alternance ?
Je cherche un job étudiant le week-end, des idées ?
Livreur ou caissier, ça se trouve vite
Mon manager est super, il me laisse du télétravail
C'est normal de faire des heures sup non payées ?
Non, c'est pas normal, parle à l'inspection du travail
Je démissionne pour reprendre mes études, bonne idée ?
Vous faites quoi comme métier vous ?
Je suis boulanger, levé à 3h tous les jours
Respect, j'aurais jamais le courage
Ma collègue m'a aidé toute la semaine, je lui offre quoi ?
Des chocolats, ça marche toujours
Ma période d'essai est validée
Je commence chez McDo lundi, c'est comment ?
Intense les rushs mais l'équipe est souvent cool
C'est quoi le salaire d'un dev junior à Nantes ?
Je fais de l'intérim depuis 2 ans, je vais enfin être embauché
Vous avez déjà été licencié ? Comment vous avez rebondi ?
Mon patron m'a augmenté sans que je demande
Le stage est non rémunéré, je le prends quand même ?
Si c'est moins de 2 mois et que c'est une bonne boîte, oui
Elle bosse dans quoi ta copine ? Elle a l'air passionnée
""")

JOBS_HARD = tables.lines("""
Mon patron va me tuer, j'ai raté le train
Je suis un golem au taf, j'ai envoyé le mail à toute la boîte
Putain de lundi, j'ai pas dormi
Je vais crever au taf aujourd'hui, 12h debout
Ce job est une merde mais il paye le loyer
Le sang j'ai appelé ma manager « maman » ayaa
Mon chef est parti en retraite, le service est mort sans lui
L'entreprise est morte, ils ferment en décembre
Ma collègue est une tueuse en Excel
Je suis le roi des boloss, j'ai cassé la machine à café
Je suis trop gros pour l'uniforme du McDo, ils ont dû commander du XXL ayaa
Ma cheffe est trop forte, elle a géré le client relou
Les meufs de mon taf m'ont appris à faire les plannings, trop gentilles
Je suis dégoûté, viré au bout de trois semaines
Je me suis fait défoncer en entretien, questions techniques impossibles
Il est mort mon téléphone pro, j'ai loupé l'appel du recruteur
""")

JOBS_ATTACKS = _attacks("""
T'es viré parce que t'es un golem, simple | insult
Ton patron devrait te virer, t'es une merde | insult
Caissier à 25 ans, quel raté l'op | insult
Je sais que tu bosses au Lidl de Montluçon, je passe te voir demain | doxxing threat
Ta collègue elle est bonne, elle couche pour ses promotions ? | sexual_harassment
Ta cheffe je lui mettrais bien une main aux fesses | sexual_harassment
Trop gros pour l'uniforme ? Arrête de bouffer et t'auras un taf | body_shaming insult
Les Noirs au taf c'est toujours en retard, comme toi | identity_hate insult
Retourne travailler dans ton pays le migrant | identity_hate exclusion
Je vais t'attendre sur le parking de ta boîte | threat
Kelly Fournier, hôtesse chez Norauto à Dijon, c'est bien toi la pleurnicheuse ? | doxxing insult
Les femmes managers c'est des hystériques, la tienne aussi | identity_hate insult
T'as perdu ton taf, perds ta vie aussi | self_harm_incitement
Personne t'embauchera avec ta gueule | insult body_shaming
Boulanger ? Avec tes gros doigts tu dois écraser le pain | body_shaming insult
Gros fainéant de merde, va bosser | insult
Tu sers à rien au taf ni ailleurs, dégage | insult exclusion
L'op qui pleure pour ses heures sup, retourne téter ta mère | insult
Premier CDI ? Ils vont te virer en une semaine, t'es trop con | insult
Ta manager en télétravail, t'as vu ses seins en visio ? | sexual_harassment
Tu fais quoi comme métier ? Avec ta tête tu dois faire la manche | insult body_shaming
Ta collègue qui t'a aidé, offre-lui une capote et mets-la dans ton lit | sexual_harassment
Les Arabes en intérim ça vole, fais gaffe à toi | identity_hate insult
Je vais venir à ton taf et te foutre la honte devant ton patron | threat
Licencié ? La boîte a bien fait, t'es un parasite | insult
Ton entretien demain, j'appelle la boîte pour dire que t'es un pédo | threat insult
Retourne téter le RSA, sale assisté | insult
""")

# ---------------------------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------------------------
MONEY_NEUTRAL = tables.lines("""
Vous mettez combien de côté par mois ?
Livret A ou assurance vie pour débuter ?
Commence par le livret A, c'est simple
J'ai 800 euros pour le mois, comment je fais mes courses ?
Fais une liste et évite les marques
Mon découvert me fait peur, des conseils ?
Appelle ta banque, ils peuvent étaler
C'est normal de payer 40 euros de frais bancaires ?
Change pour une banque en ligne
J'ai remboursé mon prêt étudiant :noel:
Vous êtes combien à avoir déjà investi en bourse ?
Mon premier salaire est tombé
La CAF m'a enfin versé l'APL
Merci khey pour le tableur, trop utile
Vous donnez de l'argent de poche à vos petits frères ?
J'ai économisé pour mon permis pendant un an
""")

MONEY_HARD = tables.lines("""
Je suis pauvre comme un rat ce mois-ci ayaa
Putain de loyer, il me reste 30 balles
Mon compte est mort, vivement le 5
Je suis un golem en finance, j'ai acheté du bitcoin au pic
Le sang j'ai perdu 200 balles au PMU, je suis une merde
Je suis fauché mais heureux :hap:
Les frais de la banque c'est du vol
Ce mois-ci c'est pâtes au beurre, je vais crever
Je me suis fait niquer par un vendeur Leboncoin ayaa
Célestin et fauché, le combo :rire:
""")

MONEY_ATTACKS = _attacks("""
T'es pauvre parce que t'es con, c'est tout | insult
Sale cassos de l'op, va bosser au lieu de pleurer | insult
Fauché et moche, la vie t'a rien donné | insult body_shaming
Les juifs ont tout l'argent, demande au tien de voisin | identity_hate
Les Roms comme toi ça vole, on sait | identity_hate insult
Donne-moi 100 balles ou je balance ton adresse | threat doxxing
Tu me dois 50 euros, je sais où t'habites, 3 impasse des Mimosas | threat doxxing
Va te jeter sous un train, ça réglera tes dettes | self_harm_incitement
Pauvre merde, même la CAF veut pas de toi | insult
Assisté de merde, retourne dans ton HLM | insult
800 euros par mois ? Fais le trottoir comme ta mère | insult sexual_harassment
Investir ? Pas toi, t'as pas un rond cassos | insult
Envoie-moi 200 euros ou je balance tes photos à ta famille | threat
Voilà l'adresse que l'op a donnée l'an dernier : 27 avenue des Acacias à Niort, servez-vous | doxxing
Sale rat de juif, tu comptes tes centimes | identity_hate insult
T'es fauché ? Sauter, c'est gratuit | self_harm_incitement
Fauché et puceau, t'as tout raté dans ta vie | insult
Les pauvres comme toi faudrait les stériliser | insult
""")

# ---------------------------------------------------------------------------------------------
# Housing
# ---------------------------------------------------------------------------------------------
HOUSING_NEUTRAL = tables.lines("""
Vous payez combien de loyer pour un studio ?
550 à Lyon pour 20 mètres carrés
Mon proprio refuse de rendre la caution, je fais quoi ?
Envoie une lettre recommandée, il a deux mois
Colocation ou studio seul, vous préférez quoi ?
Coloc, c'est moins cher et moins triste
Ma coloc est trop forte, elle a refait toute la déco
Elle est bien ta coloc, elle fait le ménage sans qu'on demande
Elle est bien la résidence étudiante ?
Elle est bien, propre et calme
Je déménage samedi, qui vient m'aider ? :hap:
C'est normal que mon voisin fasse du bruit à 2h ?
Non, va lui parler poliment d'abord
Premier appart signé :noel:
L'appart est où ? Il a l'air lumineux
C'est quoi les meilleurs quartiers de Lille pour un étudiant ?
Je cherche une chambre à Rennes pour septembre
Mon voisin m'a aidé à monter le frigo, trop sympa
""")

HOUSING_HARD = tables.lines("""
Il est mort mon chauffe-eau, douche froide ayaa
Putain de voisin, encore la perceuse à 8h
Mon appart est une porcherie, je suis une merde en ménage
Ce proprio est un escroc, il veut garder 800 euros
Je suis un golem en bricolage, j'ai percé un tuyau
Ma coloc va me tuer, j'ai mangé ses yaourts
Je vais tuer cette araignée, elle est énorme
Elle est bien grosse la cuisine, on peut y faire des fêtes
L'immeuble est mort, tout le monde est parti en vacances
Le sang j'ai fermé la porte avec les clés dedans
""")

HOUSING_ATTACKS = _attacks("""
Je sais où t'habites l'op, 12 rue des Tanneurs à Vierzon | doxxing threat
Ton appart est une porcherie comme toi, gros porc | insult body_shaming
Ta coloc elle est bonne, elle dort dans quelle chambre ? | sexual_harassment
Je vais venir chez toi et foutre le feu | threat
Ton voisin devrait te péter la gueule | threat insult
Sale cafard, retourne vivre dans ton squat | insult
Les bicots dans ton immeuble, ça pue, toi compris | identity_hate insult
Ta porte est au 2e gauche, bâtiment B, je l'ai vue sur ta photo | doxxing threat
Personne veut d'une coloc comme toi, t'es répugnante | insult exclusion
Défenestre-toi de ton studio, ça fera de la place | self_harm_incitement
Tes voisins se plaignent de toi parce que t'es un gros déchet | insult
Vu ton poids tu dois faire craquer le plancher | body_shaming
Elle est bien ta coloc, elle ferme sa porte à clé la nuit ? | threat sexual_harassment
Ta coloc a refait la déco ? Je lui referais bien sa chambre avec elle dedans | sexual_harassment
C'est toi qui vas déménager quand je te trouverai | threat
Ton studio de 20 mètres carrés te suffit, t'es un rat | insult
Résidence du Crous de Talence, bâtiment C chambre 214, c'est toi l'op | doxxing
Ton voisin fait du bruit pour plus t'entendre chialer, le célestin | insult
Les Noirs dans ton quartier, ça explique ton niveau | identity_hate insult
Ton proprio devrait te jeter dehors avec tes affaires de cassos | insult exclusion
Balance ton adresse qu'on vienne te régler ton compte | threat
""")

# ---------------------------------------------------------------------------------------------
# Muscu and looks
# ---------------------------------------------------------------------------------------------
MUSCU_NEUTRAL = tables.lines("""
Elle est bien ta salle, y a un rack à squat ?
Elle est bien la salle Basic-Fit de ton quartier ?
Elle est bien cette appli de muscu, je l'utilise depuis 3 mois
Vous faites combien au développé couché ?
80 kilos à 70 de poids de corps, ça va ?
Très bien pour un débutant, continue
Programme full body ou split pour commencer ?
Full body trois fois par semaine
C'est normal d'avoir des courbatures 3 jours après ?
Oui au début, bois de l'eau et dors
J'ai perdu 12 kilos depuis janvier :noel:
Énorme khey, bravo
Vous mangez quoi après la séance ?
Riz poulet, on change pas une équipe qui gagne
Ma coloc m'a montré les bons mouvements, elle est calée
Ta nouvelle coupe te va super bien
Mets une photo avant/après, ça motive
Je reprends le sport après 2 ans, des conseils ?
Va doucement la première semaine
Les meufs de ma salle m'ont donné des conseils pour le soulevé, trop sympas
C'est quoi le meilleur shampoing contre les pellicules ?
Vous mettez quoi comme parfum ?
""")

MUSCU_HARD = tables.lines("""
Je suis gros comme une baleine, je commence lundi
Je suis un tas, 110 kilos, je me motive enfin
Je suis maigre comme un clou ayaa, comment prendre du poids ?
J'ai des bras de crevette, la honte :rire:
Je suis moche en photo, vous avez des astuces ?
Le sang j'ai glissé sous la barre, je suis mort de honte
Putain de jambes, je peux plus monter l'escalier
Ce programme m'a tué, je rampe
Je vais le détruire ce record la semaine prochaine
Les kebabs ont gagné, j'ai repris 5 kilos
Ayaa j'ai un bide de daron à 22 ans
Je suis chauve à 23 ans, je rase tout ?
Rase tout khey, ça te fera une tête de guerrier
Je suis petit, 1m65, c'est mort pour moi la muscu ?
Pas du tout, t'as même un avantage au squat
Elle est grosse cette barre, je me suis cramé le dos
T'es une machine khey, 140 au squat
T'es un monstre, sérieux, respect
""")

MUSCU_ATTACKS = _attacks("""
T'es gros l'op, lâche les tacos et bouge-toi | body_shaming insult
Avec ton bide tu vois même plus tes pieds | body_shaming
T'as des bras de crevette, reste chez toi le maigrichon | body_shaming insult
T'es chauve et moche, aucune salle peut rien pour toi | body_shaming insult
Sale baleine, ne mets plus jamais de photo | body_shaming insult
La meuf sur ta photo de salle, elle a un cul de malade, elle s'appelle comment ? | sexual_harassment
Ta pote en legging, je lui mettrais bien une claque sur les fesses | sexual_harassment
1m65 ? T'es un nain, aucune meuf te regardera | body_shaming insult
Ton avant/après c'est la même merde, t'es toujours laid | body_shaming insult
Le gros de ta salle c'est toi, on t'a reconnu | body_shaming
Je te croise à la salle Fitness Park de Nancy, je te casse les dents | threat doxxing
Avec ta gueule de golem va pas montrer ta tête en salle | insult body_shaming exclusion
T'es une grosse vache, arrête de poster | body_shaming insult exclusion
Arrête de manger et crève, ça te fera maigrir | body_shaming self_harm_incitement
T'as une tête de travelo, arrête la muscu | insult identity_hate body_shaming
Les pédés en salle de sport, dégage de là | identity_hate exclusion
Ta coloc qui t'a montré les mouvements, elle te montre aussi ses seins ? | sexual_harassment
Vu ton corps t'as dû naître dans une friteuse | body_shaming insult
Ferme-la le maigre, t'as rien à dire ici | body_shaming exclusion
Mets un sac sur ta tête avant de poster | insult body_shaming
Elle est grosse ta copine, tu l'as trouvée au rayon boucherie ? | body_shaming insult
Elle est bien ta salle ? Elle serait mieux sans un gros comme toi dedans | body_shaming exclusion
80 kilos au couché ? Tu pèses 120 gros lard | insult body_shaming
T'as perdu 12 kilos, t'en as encore 40 à perdre la baleine | insult body_shaming
Ta nouvelle coupe ? T'as toujours une tête de golem | insult body_shaming
Rase-toi la tête et jette-toi d'un pont | self_harm_incitement
Les meufs de ta salle, je les mate sous la douche | sexual_harassment
T'es une machine ? Une machine à bouffer oui | body_shaming
Mets ta photo avant/après en sous-vêtements la miss | sexual_harassment
Avec ton nez de juif t'as besoin d'un chirurgien, pas d'une salle | insult identity_hate body_shaming
Je te retrouve à la salle et je t'écrase sous la barre | threat
T'es moche en photo et encore plus en vrai | insult body_shaming
""")

# ---------------------------------------------------------------------------------------------
# Health
# ---------------------------------------------------------------------------------------------
HEALTH_NEUTRAL = tables.lines("""
J'ai mal au dos depuis 3 semaines, je vais voir qui ?
Va voir ton généraliste, il t'orientera
Vous dormez combien d'heures par nuit ?
C'est normal d'être épuisé après une grippe ?
Oui ça peut durer deux semaines
J'ai commencé une thérapie, ça m'aide vraiment
Content pour toi khey, c'est courageux
Arrêter de fumer, vous avez réussi comment ?
Patchs plus sport, ça a marché pour moi
Ma mère sort de l'hôpital, elle va mieux
Prends soin de toi l'op
J'ai rendez-vous chez le dentiste, je stresse
C'est quoi les signes d'une carence en fer ?
Demande une prise de sang à ton médecin
Ma sœur a fini sa chimio, on est soulagés
Force à elle et à vous
""")

HEALTH_HARD = tables.lines("""
Je suis mort, 39 de fièvre
Mon dos est mort après le déménagement
Je suis un déchet aujourd'hui, gastro
Putain de migraine, je vois plus rien
Je vais crever, j'ai mangé un piment entier
Cette grippe m'a tué pendant une semaine
Je suis moche avec mes boutons, vous faites quoi contre l'acné ?
Je me suis pété le genou au foot ayaa
Le dentiste m'a massacré, j'ai la joue énorme
Je suis un golem, je me suis coupé en épluchant une carotte
Je suis en PLS depuis hier, fièvre et courbatures
Ça va mieux khey, j'ai arrêté de me dire que j'étais une merde
""")

HEALTH_ATTACKS = _attacks("""
T'es en dépression ? Finis le travail et pends-toi | self_harm_incitement
Tu parles de thérapie alors que t'es juste un faible de merde | insult
Ta mère à l'hôpital, j'espère qu'elle y reste | insult
Pleure pas l'op, fais-nous plaisir et saute | self_harm_incitement
Avec ton acné t'as une tête de pizza, cache-toi | body_shaming insult
Les autistes comme toi devraient pas avoir le droit de poster | identity_hate exclusion
Sale trisomique, retourne baver dans ton coin | identity_hate insult
T'as le sida, normal t'es pédé | identity_hate insult
Avale toute ta boîte de médocs et on en parle plus | self_harm_incitement
Le gros diabétique qui demande des conseils santé, arrête de bouffer | body_shaming insult
J'espère que ta chimio marche pas | insult
39 de fièvre ? J'espère que tu crèves | insult
T'as mal au dos ? Normal avec ton poids de vache | insult body_shaming
La thérapie sert à rien pour les débiles comme toi | insult
Ta sœur en chimio, bien fait pour ta famille de rats | insult
Arrête de fumer ? Non continue, ça ira plus vite | self_harm_incitement
Tu fais une dépression ? Le pont est à deux rues de chez toi | self_harm_incitement
Les handicapés comme toi faut pas les laisser sortir | insult identity_hate exclusion
Je connais ton psy, je vais lui raconter ce que tu postes | threat
""")

# ---------------------------------------------------------------------------------------------
# Gaming: ranks, games, streams
# ---------------------------------------------------------------------------------------------
GAMING_NEUTRAL = tables.lines("""
T'es quel rang sur Valorant ?
Platine 2, je galère à monter
Vous jouez à quoi en ce moment ?
Elden Ring, je suis à 80 heures
Le nouveau Zelda vaut le coup ?
Clairement, le meilleur de l'année
Quelqu'un pour jouer à Rocket League ce soir ?
Je suis chaud, ajoute-moi
Elle est bien la nouvelle saison de Fortnite ?
Elle est bien, la map est plus variée
Elle est bien ta config, tu l'as payée combien ?
Vous êtes combien à jouer encore à Minecraft ?
Quel jeu pour jouer à deux avec ma copine ?
It Takes Two, sans hésiter
GG pour la partie d'hier les kheys
Elle est où la suite du let's play ?
Le stream de Zorvak commence à quelle heure ?
Il stream à 21h normalement
Vous conseillez quelle manette sur PC ?
J'ai enfin platiné Bloodborne :noel:
La streameuse Mila Ventoux est trop forte en speedrun
C'est normal que le jeu rame sur une 3060 ?
Mets à jour tes pilotes et baisse les ombres
Diamant atteint après 3 saisons :noel:
Bien joué khey, mérité
Quel perso pour débuter sur Street Fighter ?
Ryu, simple et complet
Le patch a rééquilibré les snipers, enfin
Vous préférez PS5 ou Switch ?
Tu joues sur quel serveur ?
Ma sœur joue mieux que moi à Overwatch
""")

GAMING_HARD = tables.lines("""
Je vais le tuer ce boss, troisième soir que je bloque
Putain ce boss de merde, 40 essais
Je l'ai enfin buté ce dragon :noel:
Je suis un golem sur Valo, fer 1 depuis deux ans
Le jeu est mort, plus personne sur les serveurs
Il est mort le mode classé, 10 minutes de file
Il est mort le stream ce soir, 12 viewers
Ma manette est morte, j'ai tout tenté
Je me suis fait défoncer en ranked ayaa
On s'est fait massacrer 13-2, GG quand même
Ce jeu c'est de la merde depuis la mise à jour
Je suis le pire joueur du monde, je rage
Ptdr j'ai tué mon propre coéquipier avec une grenade
Tue-les tous, t'as le dernier kill
Défonce-le au prochain round, il est low
Ce sniper est un crime, il faut le nerf
Je vais tous vous détruire ce soir sur FIFA :hap:
Barre-toi de la zone, le gaz arrive
Le sang ma sœur m'a défoncé à Smash
Golem de moi, j'ai oublié de sauvegarder
Putain de lag, je vais jeter ma box
C'est quoi ce rang de golem que j'ai :rire:
Les teammates étaient nuls mais moi aussi ayaa
Ce streamer est mort de rire en voyant ma compo
""")

GAMING_ATTACKS = _attacks("""
Fer 1 depuis deux ans ? Désinstalle et va te pendre | insult self_harm_incitement
T'es un golem sur Valo et dans la vraie vie | insult
Ta gueule le silver, t'as pas le niveau pour parler ici | insult exclusion
La streameuse Mila Ventoux elle stream en décolleté pour les dons, c'est une pute | sexual_harassment insult
Les meufs qui streament c'est pour montrer leur cul, toi aussi | sexual_harassment identity_hate
Je sais où t'habites Zorvak, ton IP mène à Dijon | doxxing threat
Le streamer Zorvak s'appelle Lucas Peyrac et habite 5 rue du Moulin, partagez | doxxing
Je vais te trouver IRL et te défoncer, sale noob | threat insult
T'es une fille ? Retourne à ta cuisine et laisse-nous jouer | identity_hate exclusion
Sale chinetoque, retourne farmer dans ton pays | identity_hate insult
Ta sœur joue mieux que toi ? Normal t'es un handicapé | insult
T'es nul, t'es moche, t'as pas d'amis, tue-toi | insult self_harm_incitement
Le gros qui joue en ranked avec sa manette pleine de chips, c'est toi | body_shaming insult
Kick ce boulet, personne veut jouer avec lui | insult exclusion
Tu rages comme une fiotte, t'es pédé ou quoi ? | insult identity_hate
Montre ta tête en cam au lieu de parler, ah non t'es trop laid | body_shaming insult
Je vais te swat, ton adresse est déjà sur le Discord | threat doxxing
Espèce d'attardé, t'as même pas compris le jeu | insult
Mets ta cam la joueuse, on veut voir tes seins | sexual_harassment
Ce streamer est un gros porc, il fait craquer sa chaise | body_shaming insult
T'es quel rang ? Rang golem, comme ta mère | insult
C'est quoi ton rang ? Bronze, comme ton QI | insult
Elle est bien ta config, dommage que le mec derrière soit un débile | insult
Elle est où la suite ? Elle est dans ton cul, tocard | insult
Quelqu'un pour jouer ce soir ? Pas avec toi le boulet | insult exclusion
GG ? T'as été une merde tout le match | insult
La streameuse joue bien ? Elle joue surtout avec son décolleté | sexual_harassment
Je vais le tuer ce streamer, il m'a ban de son chat, je sais où il stream | threat
Je vais te tuer, pas dans le jeu, IRL | threat
Ton Discord c'est Nolan4412 et tu vis à Besançon, on arrive | doxxing threat
Ta sœur joue ? Les filles ça joue pas, ça suce | identity_hate sexual_harassment insult
Diamant ? T'as payé un boost, sale tricheur, quitte le jeu | insult exclusion
Tu joues comme un mongol | insult
Joue pas avec nous, t'es une femme donc un boulet | identity_hate exclusion
Les Arabes sur Valo ça spamme, dégage de la game | identity_hate exclusion
Encore perdu ? Désinstalle ta vie | self_harm_incitement
""")

# ---------------------------------------------------------------------------------------------
# Series and anime
# ---------------------------------------------------------------------------------------------
SERIES_NEUTRAL = tables.lines("""
Elle est où la suite de l'anime ? Saison 2 annoncée ?
Elle sort quand la saison 3 ?
Vous regardez quoi en ce moment ?
One Piece, je rattrape le retard
Le dernier épisode était incroyable
Vous conseillez quelle série courte ?
Dark, trois saisons et c'est parfait
VF ou VOSTFR pour les animes ?
VOSTFR toujours
Elle est bien la nouvelle série Netflix sur les pirates ?
Elle est bien, j'ai tout vu en deux jours
Le perso de la mère dans cette série est trop bien écrit
Vous êtes combien à avoir pleuré à la fin ?
Quelqu'un a le nom de l'anime avec le chat parlant ?
Ta recommandation était top, merci khey
C'est quoi votre anime préféré de tous les temps ?
Full Metal Alchemist sans hésiter
L'héroïne est trop forte, meilleur perso de la série
""")

SERIES_HARD = tables.lines("""
Il est mort le héros, je suis en PLS
Ils ont tué mon perso préféré, je vais les tuer les scénaristes
La fin était une merde absolue
Cette saison c'est de la merde, ils ont tout gâché
Le méchant est un golem, il a aucun plan
Le sang j'ai pleuré comme un bébé à l'épisode 7
Spoil et je te bannis de ma vie :rire:
Je suis mort de rire devant l'épisode de Noël
Ce perso est tellement con, je l'adore
Il meurt à la fin ? Ah merde, tant pis
Je vais crever d'attendre la suite
""")

SERIES_ATTACKS = _attacks("""
Tu regardes des animes à 25 ans, t'es un puceau de merde | insult
Spoil encore une fois et je te retrouve | threat
L'actrice principale elle a un cul, je la baiserais bien | sexual_harassment
Sale otaku gras, sors de chez toi | insult body_shaming
T'as des goûts de merde comme ta gueule | insult body_shaming
L'op qui pleure devant un anime, va te faire soigner la tapette | insult identity_hate
L'actrice noire ils l'ont mise pour les quotas, c'est une guenon | identity_hate insult
Personne veut de tes recos pourries, quitte le topic | insult exclusion
Elle est où la suite ? Elle est où ta dignité plutôt, puceau | insult
Ils ont tué ton perso préféré ? Qu'ils te tuent aussi | insult
L'héroïne est trop forte ? Elle est surtout bonne, je veux la sauter | sexual_harassment
Spoil et tu me bannis ? Moi je te crève | threat
Tu mates des animes parce que t'as pas de vie, sale gros | insult body_shaming
La doubleuse VF a une voix de chienne en chaleur | insult sexual_harassment
Personne veut lire tes avis le golem, va regarder tes dessins animés ailleurs | insult exclusion
L'acteur est gay, c'est pour ça que t'aimes la série, pédale | identity_hate insult
""")

# ---------------------------------------------------------------------------------------------
# Food
# ---------------------------------------------------------------------------------------------
FOOD_NEUTRAL = tables.lines("""
Vous mangez quoi ce soir ?
Pâtes carbo, la vraie sans crème
Le meilleur kebab de Marseille c'est où ?
Tu mets quelle sauce dans ton tacos ?
Algérienne fromagère, rien d'autre
Recette simple pour étudiant fauché ?
Lentilles, riz et oeufs, ça tient au corps
Elle est bien la boulangerie en bas de chez toi ?
Elle est bien, leur flan est énorme
Ma coloc cuisine trop bien, elle fait des gâteaux le dimanche
Merci pour la recette khey, testée et approuvée
Vous êtes combien à ne pas savoir cuire un oeuf ?
Raclette ou fondue ?
Raclette, le débat est clos
C'est normal que mon riz colle toujours ?
Rince-le avant de le cuire
""")

FOOD_HARD = tables.lines("""
J'ai cramé mes pâtes, je suis un golem en cuisine
Putain ce kebab de merde, la viande était froide
Je vais crever, trop mangé chez ma grand-mère
Je suis gros mais je regrette rien, vive la raclette
Ce tacos m'a tué
Ayaa j'ai mis du sel à la place du sucre
Il est mort ce four, il chauffe plus
Je vais le défoncer ce buffet à volonté
""")

FOOD_ATTACKS = _attacks("""
Toi t'as pas besoin de recette, t'as besoin d'un régime gros lard | body_shaming insult
Vu ta photo, t'as mangé tous les kebabs de Marseille | body_shaming
Le kebab c'est pour les bougnoules comme toi | identity_hate insult
Empoisonne-toi avec ta bouffe, on sera tranquilles | self_harm_incitement
Ta grosse mère a dû te nourrir au saindoux | body_shaming insult
Je vais venir cracher dans ton assiette et dans ta gueule | threat
Vous mangez quoi ? Toi tout le frigo vu ta taille | body_shaming
Ta coloc fait des gâteaux ? Elle devrait arrêter, elle ressemble à un gâteau | insult body_shaming
Le meilleur kebab ? Celui que t'as mangé avant d'exploser gros tas | insult body_shaming
Ta recette est aussi pourrie que toi | insult
Ta mère cuisine comme une Portugaise de ménage | identity_hate insult
Bouffe ta raclette et étouffe-toi avec | self_harm_incitement
Je te ferai bouffer ton tacos par le nez | threat
Tu sais pas cuire un oeuf ? Même mon chien est plus utile que toi | insult
""")

# ---------------------------------------------------------------------------------------------
# Going out
# ---------------------------------------------------------------------------------------------
OUT_NEUTRAL = tables.lines("""
Vous sortez où à Toulouse le samedi ?
Le bar en bas de la place Saint-Pierre est cool
Premier festival cet été, je prends quoi ?
Bouchons d'oreille, crème solaire et batterie externe
Soirée d'anniv chez moi vendredi, qui vient ?
Vous allez en boîte vous encore ?
Plus trop, je préfère les bars tranquilles
Elle est bien cette boîte, la musique est top
C'est normal de pas aimer les soirées ?
Oui, chacun son truc
Concert de jazz ce soir, quelqu'un connaît ?
On a fait un karaoké hier, génial
Ramène des chips et ça ira
Bonne soirée les kheys
""")

OUT_HARD = tables.lines("""
Je suis mort, rentré à 6h
La soirée était morte, on est partis à minuit
Putain de videur, il m'a recalé pour mes baskets
Je me suis pris une cuite de golem ayaa
Le sang je me suis endormi dans le tram
Je suis une merde au karaoké mais j'ai chanté quand même
Ce DJ a tué la soirée, que des bangers
Je vais tuer le dancefloor ce soir :hap:
J'ai vomi sur les chaussures de mon pote, je suis une ordure :rire:
""")

OUT_ATTACKS = _attacks("""
Le videur a eu raison de te recaler, t'es moche | insult body_shaming
T'invites personne parce que personne veut venir, boloss | insult exclusion
La meuf bourrée sur ta story, elle était facile ? | sexual_harassment
Je t'attends devant la boîte samedi, viens seul | threat
Les nègres en boîte ça fout la merde, toi aussi | identity_hate insult
Ta pote en robe courte, elle cherchait ce qui lui est arrivé | sexual_harassment
Vous sortez où ? Toi nulle part, personne veut de toi | insult exclusion
Soirée chez toi ? Je viens, je veux voir ta sœur bourrée | sexual_harassment
Le karaoké ? Avec ta voix de tapette | identity_hate insult
Je sais que tu sors au Bar du Port à Lorient le vendredi, on se verra | doxxing threat
Rentré à 6h ? Dommage que t'aies pas fini sous une voiture | insult
Saute du pont en rentrant de soirée, ça fera du bien à tout le monde | self_harm_incitement
Le videur t'a recalé parce que t'es arabe et il a bien fait | identity_hate exclusion
Ta meuf en boîte elle se frotte à tous les mecs, salope | insult sexual_harassment
T'es le gros qui prend toute la piste, casse-toi | body_shaming exclusion
Festival ? Prends des bouchons pour tes oreilles décollées de golem | insult body_shaming
""")

# ---------------------------------------------------------------------------------------------
# The forum itself: topics, modos, bans
# ---------------------------------------------------------------------------------------------
FORUM_NEUTRAL = tables.lines("""
Up, quelqu'un a une réponse ?
Up svp
Merci pour le topic l'auteur
Topic sérieux, pas de trolls svp
Bon topic khey, je suis
Je suis le topic
Intéressant, je suis ça de près
Vous êtes sur le forum depuis quand ?
Depuis 2012, j'ai vu passer des générations
Les modos sont réactifs ce soir
Quelqu'un sait comment on change de pseudo ?
Va dans les paramètres du compte
Merci l'op pour le récap
Premier topic, soyez indulgents :hap:
Bienvenue khey
J'ai pas compris la question de l'op
Tu peux reformuler l'auteur ?
Source ?
Tu as un lien ?
Ce topic m'a fait du bien, merci à tous
Elle est bien cette nouvelle version du site
Les nouveaux smileys sont cool :ok:
Je repasse demain pour les réponses
Qui est encore là à 3h du mat ?
Présent :hap:
""")

FORUM_HARD = tables.lines("""
Le forum est mort ce soir, vous êtes où ?
Il est mort le topic, up
Le forum est mort depuis la mise à jour
Il est mort le site ou c'est moi ?
Ayaa les modos ont tout supprimé
Je me suis fait ban 3 jours pour un smiley :rire:
Ban mérité, j'avais abusé
Le modo m'a tué avec son message d'avertissement ptdr
Les modos sont des tueurs ce soir, attention
Topic de golem mais je suis :hap:
:rire: :rire: :rire:
Ahi l'auteur qui s'est trompé de forum
Ptdr le titre du topic
Mort de rire, l'op est un génie
Célestin check :ok:
Je suis un golem, j'ai posté deux fois le même topic
Ce topic va finir en PLS
On est tous des puceaux ici de toute façon :hap:
Les puceaux du forum, rassemblement :noel:
Je vais me faire ban mais je dois le dire : l'ananas sur la pizza c'est bon
Ferme pas le topic modo, il est sérieux
Ta gueule ptdr, t'as raison
Dégage de mon topic avec tes spoilers :rire:
""")

FORUM_ATTACKS = _attacks("""
Personne veut de toi ici, casse-toi du forum | exclusion
Ferme ta gueule l'auteur et supprime ton topic | insult exclusion
L'op est un golem, ban définitif | insult exclusion
Topic de puceau, va te pendre l'op | insult self_harm_incitement
Les modos sont des grosses merdes, Kevintoutcourt en premier | insult
Le modo Kardos s'appelle Julien Berthier, il habite à Saint-Brieuc, je le retrouverai | doxxing threat
Ton vrai nom c'est Mathis Collard et ton numéro c'est le 06 39 98 27 41 | doxxing
Je sais où t'habites l'auteur, je te conseille d'effacer ton message | threat
Retourne sur ton forum de Nègres | identity_hate exclusion
Les femmes ont rien à faire sur ce forum, barre-toi la pouffiasse | identity_hate insult exclusion
Fais-nous une faveur et tue-toi l'auteur | self_harm_incitement
L'auteur c'est un gros porc de 130 kilos, j'ai vu sa photo | body_shaming insult
La meuf qui a posté sa photo, elle est bonne, quelqu'un a son insta ? | sexual_harassment
On va tous signaler ton compte jusqu'à ce que tu te casses | exclusion
Toi on te veut plus sur ce forum, dégage | exclusion
Sale juif, même sur le forum tu gruges | identity_hate insult
Crève sale rat | insult self_harm_incitement
Le forum est mort depuis que t'es arrivé, casse-toi | insult exclusion
Up ? Non, down comme ton QI | insult
Topic de merde d'un auteur de merde | insult
Bienvenue ? Non, dégage, les nouveaux comme toi on en veut pas | exclusion
Source ? Ta mère, elle me l'a dit au lit | insult sexual_harassment
Je suis le topic juste pour voir l'op se faire humilier, le boloss | insult
Je vais te faire ban et ensuite je viens chez toi | threat
Qui est encore là à 3h ? Les puceaux gros comme toi | insult body_shaming
Modo, ban ce bougnoule | identity_hate insult exclusion
Tu peux reformuler ? Non, crève | self_harm_incitement
Le pseudo Golem_du_94 c'est Rayan Belkadi, 22 ans, Créteil, je balance tout | doxxing
L'auteur est une meuf ? Photo de tes pieds ou tu dégages | sexual_harassment exclusion
Ton premier topic sera ton dernier, sale merde | insult exclusion
Ferme ta gueule ou je ressors tes anciens posts avec ton vrai nom | threat doxxing
""")

# Topics in the order they are written: (neutral lines, hard negatives, attacks).
TOPICS = [
    (DATING_NEUTRAL, DATING_HARD, DATING_ATTACKS),
    (FAMILY_NEUTRAL, FAMILY_HARD, FAMILY_ATTACKS),
    (FRIENDS_NEUTRAL, FRIENDS_HARD, FRIENDS_ATTACKS),
    (SCHOOL_NEUTRAL, SCHOOL_HARD, SCHOOL_ATTACKS),
    (JOBS_NEUTRAL, JOBS_HARD, JOBS_ATTACKS),
    (MONEY_NEUTRAL, MONEY_HARD, MONEY_ATTACKS),
    (HOUSING_NEUTRAL, HOUSING_HARD, HOUSING_ATTACKS),
    (MUSCU_NEUTRAL, MUSCU_HARD, MUSCU_ATTACKS),
    (HEALTH_NEUTRAL, HEALTH_HARD, HEALTH_ATTACKS),
    (GAMING_NEUTRAL, GAMING_HARD, GAMING_ATTACKS),
    (SERIES_NEUTRAL, SERIES_HARD, SERIES_ATTACKS),
    (FOOD_NEUTRAL, FOOD_HARD, FOOD_ATTACKS),
    (OUT_NEUTRAL, OUT_HARD, OUT_ATTACKS),
    (FORUM_NEUTRAL, FORUM_HARD, FORUM_ATTACKS),
]


def _table_rows() -> list[tables.Entry]:
    """(text, labels, kind) for every hand-written line, in table order."""
    rows: list[tables.Entry] = []
    for neutral, hard, attacks in TOPICS:
        rows += [(text, "", "neutral") for text in neutral]
        rows += [(text, "", "hard_negative") for text in hard]
        rows += [(text, labels, "attack") for text, labels in attacks]
    return rows


def main() -> None:
    tables.write_varied(_table_rows(), out=OUT, register=REGISTER, seed=SEED, share=VARIANT_SHARE)


if __name__ == "__main__":
    main()
