"""Generate fr_short_sexual.csv: short French forum posts about dating, sex, bodies and
relationships, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks are crude, degrading
sexual talk that names no slur: boasting about a partner in degrading terms, sexualising a named
woman, a poster, a streamer or a minor, rating women's bodies like objects, "red pill" contempt
for women, sexual remarks sent to a person, rape threats, sharing or demanding someone's nudes,
exposing someone's accounts or address to shame them. Harmless lines use the same words (cul,
baiser, meuf, nudes, OnlyFans, chaude, coucher...): sex-education questions, consent talk, dating
complaints and advice, frank but respectful talk about one's own sex life, self-mockery, victims
telling what happened and asking for help, counter-speech, vulgar words aimed at nobody. Every
line is 5 to 25 words. No extra variants.
See fr_short_sexual.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_sexual.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words, subjects or
# tone of the attacks and attack nobody; neutral lines are ordinary posts on the topic.

# --- Tinder, dating apps and first dates --------------------------------------------------------
TINDER_HARD = """
trois semaines sur tinder et zero match, je crois que mes photos sont eclatées au sol :rire:
premier date hier avec une meuf de tinder, on a parlé 4h, elle est trop cool
putain ce date etait gênant, il a parlé de crypto pendant une heure entiere
les kheys vous mettez quoi dans la bio tinder ? moi j'ai juste mis "fan de raclette"
elle a matché, elle m'a répondu "salut", et depuis plus rien, je suis ghosté ou elle dort ?
conseil pour un premier date : un bar calme, pas un ciné, sinon vous parlez pas
j'ai couché avec un mec rencontré sur hinge au deuxieme date, aucun regret, il etait adorable
Ayaa le mec m'a envoyé "t'es chaude ce soir ?" en premier message, bloqué direct, vous faites pareil ?
Ma pote a eu un date où le mec a payé que sa part et l'a saoulée avec ça pendant une heure :hap:
moi je propose toujours de partager l'addition, personne s'est jamais plaint
un plan cul via tinder ça se demande comment sans passer pour un porc ? question sérieuse
je précise direct dans ma bio que je cherche du léger, comme ça pas de malentendu
le date s'est bien passé mais zero alchimie, on s'est fait la bise et basta
elle m'a dit qu'elle voulait pas coucher le premier soir, j'ai dit ok et on a maté un film
c'est quoi le délai normal pour répondre apres un match ? je veux pas avoir l'air desespéré
j'ai supprimé tinder, trop de temps perdu a swiper des profils vides
bumble c'est mieux pour les meufs parait, c'est elles qui envoient le premier message
un mec m'a demandé mes mensurations au bout de deux messages, je l'ai signalé, l'appli a rien fait
Les photos avec un poisson dans les mains c'est un red flag ou pas les kheys ? :rire:
rencard ce soir, je stresse comme un golem, des conseils pour pas bégayer ?
date chaud hier soir, on a fini chez elle, et ce matin on a pris le petit dej ensemble :ok:
swiper a droite sur tout le monde c'est une strat de desespéré ou de génie ?
elle a annulé une heure avant, ça arrive, je vais pas en faire un drame
"t'es pas mon genre" c'est une réponse honnête, faut arrêter de le prendre mal les kheys
meme les meufs galèrent sur les applis, ma soeur reçoit que des messages de gros lourds
Premier message à une meuf : je commente un truc de sa bio, ça marche mieux que "slt cv"
il m'a proposé de monter chez lui "boire un verre", j'ai dit non, il a insisté, je l'ai bloqué, bien joué ?
apres trois dates on a couché ensemble, c'était un peu maladroit mais trop mignon :hap:
j'ai 23 ans et jamais eu de date, c'est grave docteur ? :ouch:
l'auteur tu demandes son insta au bout de cinq messages c'est normal, t'inquiete
ça existe encore les rencontres IRL ou tout le monde passe par les applis ?
si t'as pas envie de la revoir dis le lui gentiment, le ghosting c'est nul
sur tinder je mets "pas de plan cul" et j'en reçois quand meme trois par jour ayaa
le mec m'a envoyé une photo de son engin sans que je demande, je fais quoi, plainte ?
j'ai un date avec une meuf qui fait 1m80 et moi 1m70, ça vous choque ? perso je m'en fous
elle m'a dit "je te trouve mignon mais je cherche rien de sérieux", au moins c'est clair
franchement le speed dating de la fac c'était marrant, j'ai rencontré des gens sympas
vous payez l'abonnement premium ? 20 balles pour voir qui m'a liké, non merci :noel:
elle était canon sur ses photos et en vrai elle est encore plus drole que jolie, je suis refait
je me suis fait recaler par dix meufs d'affilée, ça pique, mais c'est pas leur faute si je leur plais pas
"si tu paies pas c'est que t'es radin" ou "si tu paies c'est que tu veux coucher", on fait comment :rire:
un mec m'a dit "t'as une bouche à sucer" en premier message, j'ai capturé et signalé, il est banni
ce date était un naufrage total :ouch:
premier date demain, je stresse grave
elle m'a ghosté, la vie continue
"""

TINDER_NEUTRAL = """
quelle appli de rencontre vous conseillez a Lyon pour les 20-25 ans ?
resto ou bar pour un premier rendez vous, vous preferez quoi ?
j'ai changé mes photos de profil, on verra si ça change quelque chose
combien de messages avant de proposer un verre en general ?
mon premier rdv depuis ma rupture c'est samedi, on va au musée
"""

TINDER_ATTACKS = """
premier date tinder, je l'ai ramenée, elle a fait la vaisselle et le reste, bonne petite chienne :hap: | sexual_harassment insult
les meufs tinder c'est toutes des trous qui veulent un resto gratuit | identity_hate sexual_harassment
Le date de l'op sur sa photo elle a un cul de camion, je la baise meme pas bourré | body_shaming sexual_harassment
J'ai matché avec une 4/10, je l'ai sautée par pitié et je l'ai ghostée, faut bien se vider | sexual_harassment
envoie moi ta photo en maillot d'abord, je choisis pas un date a l'aveugle | sexual_harassment
t'as matché avec moi donc t'es d'accord pour venir chez moi, arrete de faire la sainte nitouche | sexual_harassment
une meuf qui couche au premier date c'est une marie couche toi là, on la garde pas | identity_hate sexual_harassment
Elle voulait pas monter chez moi, je lui ai dit que vu sa gueule elle devrait etre contente qu'on la regarde | insult body_shaming
sur tinder les grosses faut les prendre pour l'entrainement, apres on passe aux vraies | body_shaming sexual_harassment
si elle annule le date je balance les photos qu'elle m'a envoyées sur le serveur, elle saura | sexual_harassment threat
elle a dit non pour ce soir, pas grave je la ferai boire au prochain date et elle dira oui :noel: | sexual_harassment threat
ma date d'hier, Jessica, son insta c'est jess.du.nord, allez lui dire ce que vous pensez de son cul | doxxing sexual_harassment
Les meufs qui mettent "pas de plan cul" en bio sont les premieres a ouvrir les cuisses, faut insister | identity_hate sexual_harassment
ton profil c'est 100 % filtres, en vrai t'as une tete de pneu crevé | body_shaming insult
t'as matché avec moi, envoie un nude pour prouver que t'es pas un fake :hap: | sexual_harassment
j'envoie "t'as une bouche faite pour sucer" en premier message, ça trie direct | sexual_harassment
Elle fait 1m80 la girafe, faut un escabeau pour la baiser ayaa | body_shaming sexual_harassment
un date qui paye pas son verre elle doit payer autrement, tu vois ce que je veux dire :noel: | sexual_harassment
les meufs sur les applis c'est du betail, tu swipes, tu consommes, tu jettes | identity_hate sexual_harassment
t'es moche sur tes photos mais pour un coup vite fait ça passe, je suis pas difficile | body_shaming sexual_harassment insult
Ma meuf de tinder d'hier, je l'ai filmée pendant sans lui dire, je vous mets la vidéo ? | sexual_harassment
les vieilles de 30 ans sur tinder c'est des fins de stock, périmées, plus bonnes qu'à se faire tirer | identity_hate sexual_harassment
la meuf m'a mis un vent, j'espere qu'elle se fera défoncer par un mec qui lui demandera pas son avis | threat sexual_harassment
Oh la petite blonde du profil, t'as l'air d'aimer ça, je te réserve ma soirée et ma bite | sexual_harassment
tu mets pas de plan cul dans ta bio mais t'as une photo en crop top, faut assumer ma grande | sexual_harassment
Vu sa bio Mélanie elle couche avec toute la fac, son nom de famille et sa ville sont en dessous | doxxing sexual_harassment
mon date avait des bras de bûcheronne et de la moustache, je l'ai quand meme tirée pour les stats | body_shaming sexual_harassment
les 3/10 qui demandent un mec de 1m85, redescends, tu vaux un big mac et une baise | body_shaming sexual_harassment identity_hate
si tu me dis non apres le resto tu rentres a pied, t'as mangé a mes frais, faut rembourser en nature | sexual_harassment
les meufs tinder je les note à la taille du soutif, en dessous du C je swipe à gauche :noel: | sexual_harassment body_shaming
t'as l'air d'une chaudasse sur ta troisième photo, viens pas me faire croire que tu veux discuter | sexual_harassment insult
Ayaa la meuf du date avait des dents de lapin, je l'ai laissée payer et je me suis barré | body_shaming
t'es bonne, viens chez moi ce soir | sexual_harassment
4/10, baisable bourré seulement ayaa | body_shaming sexual_harassment
"""

# --- Exes and break-ups -------------------------------------------------------------------------
EX_HARD = """
mon ex m'a envoyé un message a 3h du mat "tu me manques", je reponds ou pas les kheys ?
rupture apres deux ans, je chiale dans mon lit en mangeant des chips, c'est la vie :ouch:
mon ex a encore des nudes de moi sur son tel, comment je lui demande de les supprimer ?
j'ai recouché avec mon ex, erreur ou pas ? on s'est quittés en bons termes
il m'a trompée avec sa collegue, j'ai fait mes valises le soir meme, fierté
vous restez amis avec vos ex ? moi oui avec une, elle est devenue ma meilleure pote
ma copine m'a quitté par message, je sais meme pas pourquoi, je suis perdu
l'op ton ex te menace de publier tes photos, c'est un délit, porte plainte direct
le sexe avec mon ex c'était top mais le reste etait toxique, je regrette pas d'etre partie
ayaa mon ex se remet avec son ex, la boucle est bouclée :rire:
je l'ai bloquée partout pour pouvoir passer à autre chose, c'est pas méchant c'est pour moi
mon ex me traitait de grosse tous les jours, deux ans apres je commence à m'aimer
supprimer les photos de l'ex ou les garder dans un dossier caché ? je suis faible
quand on s'est quittés elle m'a dit que je baisais mal, ça m'a travaillé pendant des mois :ouch:
mon ex etait canon mais on avait rien a se dire, la beauté fait pas tout
il m'a dit que personne voudrait d'une meuf comme moi, spoiler : je suis fiancée maintenant
retour de flamme avec mon ex, on reprend doucement, on verra bien
j'ai vu mon ex avec son nouveau mec, ça m'a fait un pincement mais je lui souhaite du bien
arrêtez de traiter vos ex de salopes sur ce forum, vous étiez avec elles, ça dit quoi de vous ?
"elle est partie avec un autre donc c'est une pute" non khey, elle est juste partie
mon ex a partagé une photo de moi nue dans un groupe, les flics veulent des captures, c'est normal ?
on a rompu parce qu'on voulait pas la meme chose niveau sexe, c'est une vraie raison
ma pote a un ex qui la harcele par snap, on peut faire quoi concretement ?
je me suis fait larguer le jour de mon anniv, ça forge le caractère :noel:
mon ex etait plus experimentée que moi au lit et honnetement j'ai appris plein de trucs
c'est mesquin de liker les photos de son ex pour la faire réagir ? je me sens golem
Je garde rien de mes ex, photos, cadeaux, tout part à la poubelle, thérapie maison
elle m'a quitté pour une meuf, je suis content pour elle, elle se cherchait depuis longtemps
Mon ex m'envoie des photos de lui torse nu pour que je craque, il va pas bien
Khey ton ex t'a trompé, ça fait d'elle quelqu'un de malhonnête, pas de toutes les femmes des traîtresses
trois mois après la rupture je dors enfin normalement
mon ex avait un cul magnifique et un caractère de merde, je retiens surtout le caractère :rire:
j'ai chialé devant sa porte bourré à 2h du mat, la honte de ma vie, ne faites jamais ça
ma meuf m'a largué parce que je voulais pas de capote, elle avait raison, j'étais un gros con
mon ex m'appelait sa "petite salope" au lit, j'aimais bien sur le moment, c'était consenti, mais dehors non
ma copine m'a largué hier soir, dur
"""

EX_NEUTRAL = """
combien de temps vous avez mis à vous remettre d'une rupture ?
on a décidé de rester colocs apres la rupture, le bail se finit en juin
ma derniere relation a duré quatre ans, je sais plus comment on drague
vous rendez les affaires de l'ex en main propre ou par la poste ?
rupture à l'amiable, on garde le chat en garde alternée :hap:
"""

EX_ATTACKS = """
mon ex cette salope m'a trompé, je vais balancer ses nudes sur tous les groupes de sa fac | sexual_harassment insult threat
J'ai encore les vidéos de mon ex, si elle revient pas je les mets sur un site, elle l'aura cherché | sexual_harassment threat
mon ex c'était un vide couilles, rien dans la tete, juste un trou pratique | sexual_harassment insult
Les kheys qui veulent les photos de mon ex elle s'appelle Laura Mervent, elle bosse au Carrefour de Brest | doxxing sexual_harassment
mon ex s'est tapé toute la ville depuis, une fosse septique ambulante | sexual_harassment insult
elle m'a largué la grosse, elle retrouvera jamais personne avec son bide | body_shaming insult
mon ex pleurait pendant mais au fond elle aimait ça, les meufs sont comme ça | sexual_harassment identity_hate
si je la croise avec son nouveau je lui fais regretter, elle va morfler cette pute | threat insult
mon ex je l'ai dressée en deux mois, elle faisait tout ce que je voulais au pieu comme une chienne | sexual_harassment insult
Ton ex t'a quitté parce que t'as une bite de musaraigne khey, assume | sexual_harassment body_shaming insult
toutes les ex c'est des putes en puissance, elles attendent juste le prochain portefeuille | identity_hate insult
Mon ex a un nouveau mec, j'ai créé un faux compte pour lui envoyer nos vidéos à lui :rire: | sexual_harassment
les filles qui quittent un mec bien sont toutes des salopes qui veulent se faire démonter par un bad boy | identity_hate sexual_harassment
elle a des vergetures partout mon ex, j'avais honte de la montrer a mes potes | body_shaming
je lui ai dit que si elle me quitte elle aura plus jamais envie qu'un homme la touche | threat sexual_harassment
son adresse c'est au dessus de la boulangerie rue des Lilas, allez sonner et demander a voir ses seins | doxxing sexual_harassment
Mon ex était frigide de toute façon, une planche à repasser au lit et en vrai | sexual_harassment body_shaming
la rupture ? elle a eu ce qu'elle méritait, une bonne gifle et dehors, la prochaine elle la sentira passer | threat
L'ex de Kevin s'est fait passer dessus par toute l'équipe à la soirée, elle mérite sa réput de chaudasse | sexual_harassment insult
quelqu'un devrait la prendre de force mon ex, ça lui remettrait les idées en place | threat sexual_harassment
t'as eu ses nudes toi aussi ? fais tourner, elle est plus avec moi donc je m'en fous | sexual_harassment
l'op tu pleures ton ex alors qu'elle a la gueule d'un pitbull, estime toi heureux | body_shaming insult
mon ex avait le cul plat et les seins qui tombent, je suis passé a mieux | body_shaming sexual_harassment
si mon ex me bloque encore je débarque a son taf et je lui montre qui commande | threat
elle me manque pas mon ex, son trou me manque un peu par contre :noel: | sexual_harassment
j'ai mis le snap de mon ex sur un groupe de pervers, elle reçoit des bites toute la journée :rire: | sexual_harassment doxxing
mon ex c'était une pute à crédit, je payais tout et elle écartait une fois par mois | sexual_harassment insult
ta meuf t'a largué pour un renoi ? normal, t'as vu ta petite bite de blanc khey | identity_hate sexual_harassment insult body_shaming
une ex qui se remet en couple vite c'est qu'elle suçait déjà l'autre avant | sexual_harassment
l'ex de l'op elle a une tronche de mérou et elle s'habille comme un sac, il a bien fait de partir | body_shaming insult
mon ex ? un trou, rien de plus :noel: | sexual_harassment insult
"""

# --- One-night stands and one's own sex life ----------------------------------------------------
SEXLIFE_HARD = """
coup d'un soir samedi, on a rigolé, on s'est protégés, on s'est dit au revoir, parfait
j'ai couché avec une meuf hier et j'ai eu une panne, elle a été trop cool, honte quand meme :ouch:
ma premiere fois à 22 ans, c'était maladroit et génial, arretez de mettre la pression aux puceaux
on parle jamais des mecs qui jouissent en 30 secondes, bah c'est moi, je me soigne :rire:
ma copine et moi on baise moins depuis qu'on vit ensemble, c'est normal ou faut s'inquieter ?
je demande toujours avant de faire un truc nouveau au lit, ça tue pas l'ambiance au contraire
Elle était chaude, moi aussi, on avait tous les deux envie, c'est ça le bon sexe les kheys
le lendemain d'un plan d'un soir je lui ai écrit pour savoir si elle etait bien rentrée, elle a trouvé ça mignon
J'aime le sexe et j'ai plusieurs partenaires, je me protège et je suis honnête avec tout le monde
sérieux les capotes XL c'est de l'arnaque ou c'est moi qui suis normal ? :hap:
mon mec m'a demandé si ça m'avait plu, on a discuté, c'est devenu meilleur, parlez vous !
j'ai voulu faire le beau gosse en position acrobatique et je me suis coincé le dos, la honte
puceau à 24 ans, j'assume, j'attends de me sentir bien avec quelqu'un
un coup d'un soir c'est pas sale tant que tout le monde est d'accord et respecté
elle m'a dit "t'es un bon coup" ce matin, je marche sur l'eau depuis :noel:
hier soir elle voulait plus en plein milieu, on s'est arrêtés, on a commandé une pizza, fin
on a essayé un sextoy avec ma copine, c'était drole et pas mal du tout
la libido qui baisse sous pilule c'est un vrai truc ? ma meuf se pose la question
je suis asexuel et on me dit que j'ai pas rencontré la bonne, ça me saoule
"je baise plus que toi" c'est un concours de quoi en fait ? chacun son rythme
Les gars qui comptent leurs conquêtes comme des trophées, vous avez quel âge sérieux ?
Mon plan cul régulier c'est aussi un pote, on se respecte, c'est pas incompatible
j'ai ramené une meuf chez moi et mon coloc était dans le salon en calbut, ambiance :rire:
baiser bourré c'est une mauvaise idée, on est pas capable de savoir si l'autre est ok
Le sexe c'est pas comme dans le porno, la premiere fois je me suis senti nul pour rien
perso j'aime bien quand ma meuf prend les devants, ça m'enleve de la pression
la meuf de la soirée d'hier m'a écrit pour qu'on se revoie, je suis refait :hap:
je suis pas tres experimentée, c'est normal de demander au mec ce qu'il aime ?
coucher le premier soir ou attendre, y a pas de bonne réponse, faites ce que vous sentez
j'ai eu mon premier orgasme à 23 ans, personne en parle, les meufs vous etes pas seules
ma meuf a une libido de malade et moi je suis crevé par le taf, on fait comment ?
putain j'ai encore joui trop vite, elle a dit que c'était pas grave mais j'ai envie de creuser un trou
je me suis fait sauter par une meuf de ma promo et c'était elle qui menait, j'ai adoré
j'ai une petite bite et ma copine s'en fout complètement, les complexes c'est dans la tête
ma voisine m'a dit qu'on s'entendait à travers le mur, on a acheté un tapis et des excuses :rire:
"je l'ai rendue folle au lit" dit par un mec de ce forum, arrête de te la raconter, personne te croit
on a baisé dans la voiture comme des ados et j'ai eu une crampe, vive la jeunesse :ouch:
mon ex plan cul m'a demandé si j'étais ok pour qu'on arrête, j'ai apprécié qu'il soit clair
j'ai couché avec lui, aucun regret
"""

SEXLIFE_NEUTRAL = """
vous faites des tests IST tous les combien ? moi tous les six mois
les capotes gratuites en pharmacie pour les moins de 26 ans, vous saviez ?
quel moyen de contraception vous utilisez avec votre partenaire ?
mon copain et moi on veut essayer de nouvelles choses, des idées de lectures ?
"""

SEXLIFE_ATTACKS = """
hier j'ai défoncé une petite bourgeoise, elle sait plus marcher ce matin, je l'ai laissée comme un sac | sexual_harassment
la meuf de samedi c'était un garage a bites, tout le monde y est passé apres moi | sexual_harassment insult
Je l'ai prise sans capote et je lui ai dit apres, elle pleurait, trop marrant | sexual_harassment
les meufs ça se baise et ça se jette, celle d'hier comprendra vite | identity_hate sexual_harassment
elle voulait arrêter au milieu, j'ai fait comme si j'entendais pas :noel: | sexual_harassment
ma conquête de la soirée avait un corps de baleine mais bourré tout passe | body_shaming sexual_harassment
j'ai noté ma meuf d'hier : visage 4, seins 6, technique 2, je la rappellerai pas | sexual_harassment body_shaming
La voisine elle crie tellement fort quand elle se fait prendre que toute la rési sait que c'est une chienne | sexual_harassment insult
Elle était tellement bourrée qu'elle savait plus son nom, meilleure nuit de l'année | sexual_harassment
je l'ai baisée comme une poupée gonflable, elle bougeait meme pas, j'ai fini quand meme | sexual_harassment
Les vierges de 25 ans c'est des meufs dont personne a voulu, des restes | identity_hate sexual_harassment
je compte mes conquêtes avec des crans sur le lit, la derniere c'était une grosse donc demi cran | body_shaming sexual_harassment
ma copine est une salope dressée, elle dit oui a tout, je la prête meme a mes potes :noel: | sexual_harassment insult
celle de samedi j'ai envoyé la photo d'elle endormie et à poil à mes potes, elle a rien vu | sexual_harassment
les filles qui couchent le premier soir je les appelle les sacs, elles servent une fois | identity_hate sexual_harassment
Ta meuf khey je l'ai eue avant toi, elle suçait mieux à l'époque | sexual_harassment insult
consentante ou pas, une fois qu'elle est dans mon lit c'est moi qui décide | sexual_harassment threat
je l'ai fait boire toute la soirée, la suite vous la devinez les kheys | sexual_harassment
la serveuse de ma résidence je vais finir par la coincer dans la réserve, elle me chauffe trop | sexual_harassment threat
t'es puceau à 24 ans khey ? normal, qui voudrait toucher un déchet pareil | insult
Je te jure la meuf elle avait des poils partout, un vrai singe, j'ai fui en plein milieu | body_shaming sexual_harassment
les meufs qui disent non elles veulent juste qu'on insiste un peu | identity_hate sexual_harassment
ma collègue Sandrine je l'ai sautée à la soirée du taf, elle fait sa timide au bureau maintenant la traînée | sexual_harassment insult
La meuf que je vois elle est bonne qu'a écarter, pour parler j'ai mes potes | sexual_harassment
elle croyait que c'était du sérieux, je l'ai baisée trois fois et bloquée, ces connes tombent toujours dans le panneau | sexual_harassment identity_hate
je l'ai enregistrée en train de gémir et je l'ai mis en sonnerie, les potes sont morts de rire | sexual_harassment
une meuf bourrée c'est une meuf qui dit oui, c'est la règle des soirées :hap: | sexual_harassment threat
celle d'hier je l'ai retournée comme une crêpe, elle pourra plus s'asseoir en cours :noel: | sexual_harassment
sa chatte sentait le poisson à la meuf de samedi, je l'ai dit à tout le groupe | sexual_harassment body_shaming
ma meuf a pas le droit de refuser, c'est moi qui paye le loyer | sexual_harassment threat
ta meuf suce bien khey :hap: | sexual_harassment insult
"""

# --- Porn ---------------------------------------------------------------------------------------
PORN_HARD = """
j'ai arrêté le porno depuis trois mois et je dors mieux, je sais pas si c'est lié
le porno donne une image fausse du sexe, faudrait en parler en cours d'éduc sexuelle
ma copine et moi on regarde du porno ensemble parfois, c'est bizarre ou normal ?
addiction au porno c'est reconnu ? j'y passe des heures et ça me bouffe
les kheys arrêtez de croire que les meufs aiment tout ce qu'elles font dans les pornos, c'est du cinéma
Je suis une meuf et je regarde du porno, oui ça existe, calmez vous :hap:
la vérification d'âge sur les sites porno, vous en pensez quoi ? perso pas contre
les actrices porno ont droit au respect comme tout le monde, leur taf c'est pas votre défouloir
Tu compares ta bite à celles des pornos ? ayaa khey c'est des exceptions castées pour ça
le porno "éthique" ça existe vraiment ou c'est du marketing ?
ma meuf a trouvé mon historique, on a rigolé, y avait rien de bizarre heureusement :rire:
pourquoi tout le monde a honte de dire qu'il se branle ? tout le monde le fait
j'ai vu un docu sur les tournages porno, les conditions sont parfois horribles pour les actrices
le NoFap c'est de la science ou une secte de forum ? question sincère
mon petit frere de 12 ans a vu du porno sur le tel d'un pote, je lui en parle comment ?
les scenarios de porno avec "demi soeur" c'est tellement débile que ça me fait rire
j'ai un blocage avec ma copine parce que je compare avec le porno, quelqu'un a vécu ça ?
La pornographie violente ça influence vraiment les mecs ? il y a des études ?
on dit "travailleuse du sexe" ou "actrice X" ? je veux pas etre maladroit dans mon mémoire
se branler tous les jours c'est pas grave hein, tant que ça te gene pas dans la vie
j'ai appris plus de choses sur le consentement dans une vidéo de sexologue que dans dix ans de porno
elle m'a demandé de refaire un truc vu dans un porno, j'ai dit non et elle l'a bien pris
quelqu'un connait une asso qui aide pour sortir de l'addiction au porno ?
les pop ups porno sur les sites de streaming foot, un fléau, mon ordi est tout le temps infecté :noel:
"les meufs qui font du porno sont des putes" non khey, c'est un métier, t'es pas obligé d'aimer
les deepfakes porno de vraies femmes c'est un crime, j'espère que la loi va taper fort
ma mere est tombée sur un porno en allumant ma télé, je suis mort, je déménage :ouch:
on m'a mis un porno dans un groupe de classe sans prévenir, c'est signalable ?
les pornos amateurs avec des couples qui se kiffent vraiment c'est moins toxique que le reste je trouve
étrangler pendant l'amour c'est dangereux meme si c'est "dans les pornos", renseignez vous avant
je me branle moins depuis que je suis en couple, ma copine rigole quand je dis ça
les mecs qui croient que le clito se trouve comme dans les pornos, je vous aime mais non :rire:
"""

PORN_NEUTRAL = """
le contrôle d'âge sur les sites adultes entre en vigueur quand exactement ?
vous pensez que l'éducation sexuelle au lycée devrait parler du porno ?
il y a un podcast sur la sexualité que vous recommandez ?
j'ai lu un article sur l'industrie du X, c'est un business énorme
"""

PORN_ATTACKS = """
ma prof de maths elle a une tête d'actrice porno, je la vois qu'à quatre pattes | sexual_harassment
les meufs sont toutes des actrices porno qui s'ignorent, faut juste les payer | identity_hate sexual_harassment
La streameuse Noxia elle a une bouche de pornstar, elle devrait changer de métier :noel: | sexual_harassment
l'op t'as une gueule à faire des gang bang pour dix balles | sexual_harassment insult
J'ai fait un montage de la tete de ma voisine sur un porno, trop ressemblant :rire: | sexual_harassment
les actrices X c'est des sacs a foutre, elles méritent ce qu'elles prennent | sexual_harassment insult
Quelqu'un peut me faire un deepfake porno de la meuf de ma promo ? j'ai ses photos insta | sexual_harassment
Ta soeur elle a fini dans un porno amateur khey, je l'ai reconnue :hap: | sexual_harassment insult
J'ai trouvé la vidéo de la caissière du Lidl sur un site, je vous donne son nom ? | sexual_harassment doxxing
les meufs aiment qu'on les étrangle, c'est dans tous les pornos, elles demandent que ça | identity_hate sexual_harassment
Ma copine je la traite comme dans les pornos, gifles et tout, elle dit rien donc elle kiffe | sexual_harassment threat
la nouvelle de l'open space, avec son petit tailleur, elle sort direct d'un film de boule | sexual_harassment
Ta mere c'est la star des vidéos du bois de Boulogne | insult sexual_harassment
les féministes ont juste pas été bien baisées, un bon porno et elles se calment | identity_hate sexual_harassment
elle se plaint qu'on la mate mais elle s'habille comme dans un porno, elle a qu'à assumer :ok: | sexual_harassment
je vais mettre ta tete sur une vidéo X et l'envoyer à ta famille, t'as une semaine | sexual_harassment threat
Les meufs qui se branlent c'est des chiennes en chaleur, aucune dignité | identity_hate sexual_harassment
l'OP demande de l'aide pour son addiction, normal avec ta tete de puceau tu peux que te toucher | insult
une meuf qui fait du X c'est un trou public, t'as le droit de la traiter comme tu veux | sexual_harassment insult
la prof d'anglais je me suis branlé sur sa photo du trombinoscope, elle le saura jamais :noel: | sexual_harassment
le porno c'est la seule école qui dit la vérité, une meuf ça se prend, ça se demande pas | identity_hate sexual_harassment
Ma voisine du dessus je l'entends avec son mec, je l'enregistre et je le poste sur un site amateur | sexual_harassment
l'auteure t'as une voix de doubleuse porno, je t'écoute en vocal en pensant à autre chose | sexual_harassment
les actrices porno elles ont fini au fond du trou parce qu'elles aiment ça, faut pas les plaindre | sexual_harassment
"""

# --- Consent, sex education, victims ------------------------------------------------------------
CONSENT_HARD = """
si elle est trop bourrée pour répondre clairement, c'est non, c'est pas compliqué les kheys
question sincere : le consentement ça se demande a chaque fois ou une fois suffit ?
on peut dire oui puis changer d'avis en plein milieu, et l'autre doit s'arrêter, point
un mec m'a forcée à la fin d'une soirée il y a un an, j'arrive pas à en parler à ma famille
comment on sait si on a été violée quand on se souvient pas de tout ? je suis perdue
le viol conjugal existe, meme si c'est ton copain, si t'avais pas envie c'est grave
"elle l'a cherché avec sa jupe" non, rien ne justifie une agression, arretez
Khey les assos et le numéro d'écoute pour les violences peuvent t'aider, t'es pas seule, et c'est pas ta faute
j'ai demandé "tu veux qu'on continue ?" et elle m'a remercié apres, c'est pas gênant du tout
mon mec insiste quand je dis non, puis il fait la tête, c'est normal ou c'est de la pression ?
Pourquoi personne nous explique le clitoris au collège ? j'ai appris à 20 ans comment ça marche
les garçons aussi peuvent être violés, moi c'était une meuf plus âgée, personne me croit
La "zone grise" c'est souvent une excuse, si t'as un doute tu demandes
Une amie s'est fait toucher dans le métro, elle a crié et personne a bougé, ça me dégoute
j'ai porté plainte pour agression sexuelle, ça a pris deux ans, mais je regrette pas
Vous faites comment pour parler consentement sans que ça fasse formulaire administratif ? :hap:
ça fait mal la premiere fois pour tout le monde ou c'est un mythe ? je suis un peu stressée
la pilule du lendemain ça s'achète sans ordonnance en pharmacie ? urgence les meufs
mon copain veut pas mettre de capote, il dit que ça gâche tout, je fais comment ?
Non khey, "elle a pas dit non" c'est pas un oui, relis la loi
je me suis réveillé avec une meuf qui me touchait pendant que je dormais, ça compte ?
j'ai dit a mon pote que ce qu'il racontait sur sa soirée ressemblait a un viol, il me parle plus
On devrait apprendre aux mecs à entendre non plutôt qu'aux meufs à porter des baskets pour courir
la honte change de camp, j'ai enfin raconté ce qu'on m'a fait au lycée, merci à celles qui m'ont lue
c'est quoi la différence entre agression sexuelle et viol dans la loi ? je comprends pas bien
je suis un mec et j'ai pas envie de coucher tout le temps, c'est pas anormal hein ?
ma copine a eu des rapports douloureux pendant des mois, c'était une endométriose, consultez
le consentement c'est sexy, arretez de dire que ça casse l'ambiance
je vais porter plainte contre le mec qui m'a forcée, je tremble rien qu'à l'écrire :ouch:
les trucs dans le verre en soirée, GHB tout ça, on fait quoi si on a un doute ?
quand j'ai dit non il m'a traitée d'allumeuse, je me sens sale alors que j'ai rien fait
"les meufs disent non mais pensent oui" c'est la phrase qui envoie des mecs en prison, réveillez vous
mon pote se vantait d'avoir "chauffé" une meuf bourrée, je lui ai dit que c'était dégueulasse et je suis parti
ma meuf m'a dit qu'elle avait pas envie ce soir, je l'ai prise dans mes bras et on a dormi, voilà
on peut être chaud comme la braise et quand même dire stop, ça s'appelle le consentement
je crois que j'ai été violé par ma copine de l'époque, je suis un mec, je sais pas à qui en parler
non c'est non, fin du débat
"""

CONSENT_NEUTRAL = """
quelqu'un sait si le planning familial fait des consultations gratuites pour les étudiants ?
l'éducation sexuelle au lycée se limitait à mettre une capote sur une banane chez moi
c'est à quel âge la majorité sexuelle en France déjà ?
il y a une nouvelle campagne sur le consentement dans les bars de ma ville
"""

CONSENT_ATTACKS = """
toi qui parles de consentement sur le forum, je vais te montrer ce que c'est un non qui compte pas | threat sexual_harassment
les meufs qui portent plainte pour viol c'est des menteuses qui regrettent leur soirée | identity_hate
Si je te croise en soirée je te fais boire et tu vas découvrir ce qu'est un vrai mec | threat sexual_harassment
elle a été violée ? vu comment elle s'habille elle l'a un peu cherché non ? | sexual_harassment
l'op qui raconte son agression, t'es trop moche pour qu'on te touche, arrete de mentir | body_shaming insult
toutes les meufs disent non au début, faut pas écouter, faut insister :ok: | identity_hate sexual_harassment
je sais où tu bosses Chloé, un soir je t'attendrai à la sortie et tu vas comprendre | threat doxxing
la prochaine qui me parle de consentement je la viole pour lui apprendre | threat sexual_harassment
Les victimes de viol elles aiment trop se faire plaindre, au fond elles ont kiffé | sexual_harassment
Ayaa tu portes plainte ? personne va croire une chaudasse comme toi | insult sexual_harassment
les féministes qui parlent de culture du viol mériteraient d'en vivre un vrai | threat sexual_harassment identity_hate
Le GHB c'est juste un raccourci pour les mecs timides, y a pas mort d'homme :noel: | sexual_harassment threat
Tu dis non maintenant mais t'inquiete je connais ta rési, je passerai ce soir | threat sexual_harassment doxxing
le consentement c'est une invention de meufs frustrées pour envoyer les mecs en prison | identity_hate
Une femme mariée ça peut pas être violée, elle a signé pour | sexual_harassment identity_hate
Celle qui m'accuse sur le groupe de la promo c'est Léa Ferrand en L3 droit, allez lui expliquer la vie | doxxing threat
Un jour quelqu'un va te coincer dans un parking et tu feras moins la maligne | threat sexual_harassment
Les meufs qui se font peloter dans le métro, elles ont qu'à prendre le taxi au lieu de pleurnicher | identity_hate
si t'avais pas voulu tu serais pas montée chez lui, arrête de chialer sur le forum sale menteuse | insult sexual_harassment
l'op raconte son viol pour avoir des likes, une mytho qui veut qu'on parle de sa chatte | insult sexual_harassment
je demande jamais, si elle me repousse pas assez fort c'est que c'est oui | sexual_harassment threat
Toi l'auteure qui dis avoir été agressée, je t'aurais pas lâchée non plus vu comment t'es gaulée | sexual_harassment
la petite féministe du topic, je te ferais bien taire avec ma bite | sexual_harassment threat
le viol c'est un mot de meufs qui assument pas d'avoir aimé ça | identity_hate sexual_harassment
Les mecs violés par une meuf, c'est pas un viol c'est un cadeau, arrete de pleurer tapette | sexual_harassment insult identity_hate
une main aux fesses c'est pas une agression, les meufs sont devenues des chochottes | identity_hate sexual_harassment
t'as été droguée ? la prochaine fois ferme ta gueule et bois ton coca | insult
je vais te violer sale chienne | threat sexual_harassment insult
"""

# --- Nudes, sexting, leaks ----------------------------------------------------------------------
NUDES_HARD = """
on s'envoie des nudes avec ma copine, on a dit qu'on supprime tout si on se sépare, c'est sain ?
un mec du forum m'a demandé des nudes en mp, je l'ai signalé aux modos, merci de l'avoir banni
si quelqu'un te menace de publier tes nudes, tu réponds plus, tu fais des captures et tu portes plainte
envoyer ses propres nudes c'est pas un crime, les partager sans accord oui
la plateforme de signalement pour les images intimes diffusées, quelqu'un l'a déjà utilisée ?
J'ai envoyé une photo de moi torse nu à mon copain et je stresse qu'il la garde, je suis parano ?
"envoie des nudes" en premier message, c'est vraiment ça votre technique les kheys ? :rire:
ma pote a reçu une photo de bite d'un inconnu dans le bus via airdrop, on fait quoi contre ça ?
conseil aux meufs : jamais le visage sur les nudes, on sait jamais
diffuser les nudes de quelqu'un sans son accord c'est de la prison, faites tourner l'info, pas les photos
quelqu'un m'a demandé mes nudes pour "vérifier que j'étais réel", j'ai bloqué, arnaque classique
Mon copain me demande des nudes tous les soirs et j'ai pas envie, je sais pas comment lui dire
Les arnaques à la sextorsion sur insta explosent, un pote s'est fait avoir, il a payé, faut pas
Envoie pas de nudes à un mec que t'as vu une fois khey, c'est pas de la morale c'est de la prudence
Je lui ai envoyé un nude, elle m'a répondu "mdr" et c'est tout, je veux disparaitre :ouch:
photo de mes pieds demandée par un inconnu pour 50 balles, je vends ou pas ? :hap:
si t'as reçu des nudes de quelqu'un, tu les gardes pour toi, point, c'est la base
on peut demander des nudes à sa copine ou c'est forcément gênant ? on est ensemble depuis un an
mon nude a fuité dans le groupe de la promo, je veux plus aller en cours, aidez moi svp
j'ai supprimé toutes les photos de mon ex quand on a rompu, c'était la moindre des choses
sexto avec ma meuf en pleine réunion zoom, j'ai failli partager mon écran, plus jamais :rire:
Le mec qui fait tourner les nudes d'une meuf dans un groupe, c'est lui qui devrait avoir honte
Un pote a montré une photo de sa meuf nue à tout le groupe, je lui ai dit que c'était dégueulasse
les filtres de nudité sur les messageries c'est une bonne idée, ça floute les photos non demandées
un faux compte me fait du chantage avec un montage de moi nue, c'est même pas mon corps, je panique
ma copine m'a envoyé un nude surprise, j'ai demandé si je pouvais le garder, elle a dit oui, on est bien
ceux qui demandent "nudes ?" sous chaque photo de meuf, vous avez déjà eu une réponse une fois dans votre vie ?
j'ai vu circuler les photos d'une meuf de mon lycée, j'ai rien partagé et je l'ai dit aux CPE
le chantage aux nudes ça s'appelle de la sextorsion, les flics prennent ça au sérieux maintenant
j'ai envoyé un nude à la mauvaise personne, ma tante, je pars vivre en forêt :ouch:
bloqué et signalé, merci les modos
les nudes, c'est entre adultes consentants
"""

NUDES_NEUTRAL = """
on supprime comment un message envoyé sur snap avant qu'il soit vu ?
les photos éphémères ça peut quand meme etre capturé ?
quelqu'un sait comment signaler un compte qui vole des photos ?
instagram a changé ses règles sur les messages des inconnus
"""

NUDES_ATTACKS = """
envoie des nudes ou je dis a toute la promo que t'as couché avec moi | sexual_harassment threat
les kheys j'ai les nudes de la nouvelle de ma promo, qui veut ? mp moi | sexual_harassment
Mets ta photo en culotte en mp si tu veux que je t'aide pour ton devoir | sexual_harassment
t'as une jolie voix, j'imagine le reste, envoie une photo sans ton haut | sexual_harassment
Pourquoi tu réponds pas ? je t'ai envoyé ma bite trois fois, t'es lesbienne ou quoi | sexual_harassment identity_hate
Quelqu'un a les nudes de la streameuse Lunéline ? paraît qu'ils ont fuité, partagez | sexual_harassment
les nudes de la Marine de l'équipe de hand tournent, je les ai, mp | sexual_harassment
si tu m'envoies pas de photo ce soir j'envoie à tout le monde celles de ta pote que j'ai déjà | sexual_harassment threat
l'op t'as l'air bonne sur ton avatar, montre tes seins pour voir si c'est vrai | sexual_harassment
Je te paye 20 euros la photo de ton cul, fais pas ta timide, t'as besoin de thunes | sexual_harassment
J'ai fait un dossier avec toutes les photos de mes ex à poil, ça fait une belle collection :hap: | sexual_harassment
tes nudes sont dans mon tel pour toujours, fais gaffe à comment tu me parles | sexual_harassment threat
Meuf qui envoie des nudes = meuf facile, faut pas s'étonner qu'ils tournent | sexual_harassment identity_hate
vu ce que j'ai reçu d'elle, cette grosse aurait mieux fait de garder ses photos pour elle | body_shaming sexual_harassment
Le nude de Camille est sur le discord du lycée, regardez vite avant que ça saute | sexual_harassment
J'ai pris une photo de la meuf endormie a la soirée, jupe relevée, je vous la mets ? | sexual_harassment
tu veux pas m'envoyer de nude ? dommage, j'ai ton adresse sur ton colis, je passerai | sexual_harassment threat doxxing
une photo de bite ça a jamais tué personne, arretez de pleurer les meufs | sexual_harassment
Envoie moi une vidéo de toi en train de te toucher, je garderai pour moi promis | sexual_harassment
Tu fais la prude mais ton ex m'a montré tes photos, je sais comment t'es foutue | sexual_harassment
je cherche les photos de la rousse de la BU, elle a un snap, je le mets ici, demandez lui tous | sexual_harassment doxxing
ses nudes sont moches de toute façon, des seins comme des gants de toilette | body_shaming sexual_harassment
Vends moi tes photos de pieds et plus si affinités, je sais que t'en as besoin :hap: | sexual_harassment
t'as bloqué mon numéro ? pas grave, tes photos sont déjà sur le groupe du foot | sexual_harassment threat
refuse encore et je fais un montage de toi à poil avec ta photo de profil | sexual_harassment threat
Tu veux mon avis sur ta tenue ? envoie la même sans rien dessous et je te dis | sexual_harassment
envoie tes seins en mp | sexual_harassment
ses nudes tournent, je les ai :rire: | sexual_harassment
"""

# --- OnlyFans, streamers and influencers --------------------------------------------------------
STREAM_HARD = """
Ma pote a ouvert un OnlyFans pour payer ses études, elle gère bien et sa famille la soutient
les créatrices OnlyFans paient des impôts comme tout le monde, c'est un taf
arretez de demander des photos aux streameuses dans le chat, elles sont là pour jouer
Lunéline a dû fermer son chat à cause des commentaires sur son corps, je la comprends
je suis abonné à une créatrice OnlyFans, je paie, je harcèle personne, c'est un échange
un OnlyFans c'est pas une invitation à lui écrire en mp a 3h du mat les kheys
La streameuse a mis en ban tous ceux qui parlaient de ses seins, bien joué les modos
l'économie des plateformes adultes c'est fascinant, des milliards et aucune protection sociale
je pensais que les streameuses étaient là pour le décolleté, en fait elles jouent mieux que moi :hap:
débat chez moi : sortir avec une meuf qui a un OnlyFans, ça vous dérangerait ? perso non
"elle fait du OF donc elle mérite les insultes" non, personne mérite ça
le stream de Valkyrine hier c'était un tournoi de LoL, zéro décolleté, et le chat parlait que de ça, pathétique
Les influenceuses qui vendent des cours de "séduction" c'est de l'arnaque, pas du sexe
Ma soeur est modèle photo lingerie, arrêtez de penser que c'est du porno
je trouve Miss Tempête hyper drole, son humour est sous coté
Vous pensez que les créatrices ont le droit de bloquer des pays entiers pour éviter d'être reconnues ?
Un streamer a été banni pour des propos sexistes, bien fait, la plateforme bouge enfin
ça m'arrive d'etre attiré par une streameuse, mais j'ai jamais écrit un truc chelou dans son chat
"pourquoi elle montre ses jambes si elle veut pas qu'on en parle" parce qu'elle a chaud en été khey :rire:
OnlyFans c'est pas que du sexe, y a des coachs sportifs et des cuisiniers aussi
je bosse en modération sur un stream et on supprime une centaine de messages dégueulasses par soir
Les mecs qui dépensent 500 balles par mois sur OF, vous allez bien ? question sans jugement
elle a le droit d'être sexy en stream et de vouloir qu'on la respecte quand meme
si une créatrice te dit non pour un contenu perso, tu respectes, même si t'as payé l'abonnement
je suis créatrice sur OF depuis un an, je gagne bien ma vie et les relous je les bloque sans hésiter
la streameuse a dit "je suis chaude pour la ranked", et le chat a fait une blague de cul, pitié grandissez
Noxia a fait un stream sur le harcèlement qu'elle reçoit, les messages qu'elle a lus c'était horrible
un mec a posté le vrai nom d'une streameuse dans le chat, les modos l'ont ban en dix secondes, respect
je me suis abonné à l'OF d'une meuf que je trouve canon, je lui parle avec respect et elle me répond gentiment
les fans qui offrent des subs pour exiger des trucs, c'est pas des fans, c'est des relous
OnlyFans c'est un taf comme un autre
"""

STREAM_NEUTRAL = """
quelqu'un regarde le stream de Kimi sur les jeux indés ?
Les revenus des streamers sont en baisse depuis le changement de rémunération
OnlyFans a changé ses conditions d'utilisation cette année
vous suivez quels streamers français en ce moment ?
"""

STREAM_ATTACKS = """
Lunéline en stream elle se penche exprès, je suis sûr qu'elle mouille quand le chat la mate | sexual_harassment
Les meufs sur OnlyFans c'est des putes 2.0, pas une pour rattraper l'autre | sexual_harassment insult
Valkyrine elle gagne des tournois ? arrête, elle gagne avec ses seins et rien d'autre | sexual_harassment
Voici le vrai nom de PinkyLune et sa ville, allez voir si sa famille sait pour son OF | doxxing sexual_harassment
Si Noxia répond pas à mes mp je vais déballer ses contenus OF à sa famille | sexual_harassment threat
elle a grossi la streameuse, son OF va faire un flop avec ce bide | body_shaming sexual_harassment
Miss Tempête je la baiserais jusqu'à ce qu'elle arrête de parler en stream | sexual_harassment threat
Les streameuses c'est des meufs qui font le trottoir en ligne, rien de plus | identity_hate sexual_harassment
Donne ton prix Lunéline, tout le monde sait que t'as un prix | sexual_harassment insult
la streameuse qui joue en débardeur elle sait ce qu'elle fait, qu'elle assume les commentaires sur ses tétons | sexual_harassment
j'ai récupéré les photos OF de Jessy et je les poste gratuit sur le forum, servez vous :rire: | sexual_harassment
Zelyne elle a une tete de cheval mais un corps à faire un OF, dommage | body_shaming sexual_harassment
une meuf qui fait du OF elle a plus le droit de dire non à personne | sexual_harassment
les pauvres simps qui paient pour voir une grosse en string, ayaa | body_shaming
Noxia t'es trop bonne en stream, viens sur ma cam privée on va s'amuser tous les deux | sexual_harassment
Quand Valkyrine perd elle devrait payer le chat en photos, c'est le minimum | sexual_harassment
La modo de PinkyLune c'est une grosse frustrée, personne voudrait la baiser donc elle ban | body_shaming insult sexual_harassment
je vais clipper tous ses moments où on voit son décolleté et en faire une compil :noel: | sexual_harassment
la meuf fait de l'ASMR, elle gémit comme une chienne pour les billets | sexual_harassment insult
Les influenceuses c'est toutes des escorts de luxe, Dubaï c'est pas pour les vacances | identity_hate sexual_harassment
Lunéline je sais que t'habites à Nantes, j'ai reconnu ta fenêtre en stream, je passe un de ces jours | doxxing threat sexual_harassment
la streameuse de Just Chatting elle a une tronche refaite et des seins en plastique, une poupée gonflable | body_shaming sexual_harassment
Valkyrine t'as gagné le tournoi ? tu l'as sucé combien de fois l'orga ? | sexual_harassment insult
j'ai donné 50 subs à Noxia, elle me doit au moins une photo en sous vêtements | sexual_harassment
une streameuse qui se maquille c'est qu'elle veut se faire baiser par son chat | sexual_harassment
PinkyLune sans filtre c'est un thon, son OF c'est de l'arnaque à la photoshop :rire: | body_shaming insult
tous les streams de meufs c'est des camgirls déguisées, bannissez les de la catégorie jeux | identity_hate exclusion sexual_harassment
le compte OF de la meuf de la boulangerie de ma rue, je vous le donne si vous voulez rigoler | doxxing sexual_harassment
montre tes tétons en stream, allez | sexual_harassment
"""

# --- "Red pill", incels and contempt for women --------------------------------------------------
REDPILL_HARD = """
je suis seul depuis des années et j'ai failli tomber dans les vidéos red pill, heureusement un pote m'a secoué
"toutes des..." dès qu'une meuf t'a recalé, c'est pas une théorie, c'est de la rancœur khey
se sentir invisible aupres des meufs ça fait mal, mais les détester ça aide personne
les gourous red pill vendent des formations à 500 balles pour t'apprendre à mépriser les femmes, arnaque
J'étais incel à 19 ans, j'ai fait une thérapie, j'ai des potes meufs maintenant, ça se soigne
arretez de noter les meufs comme du bétail, c'est des gens, pas des voitures d'occasion
Le mot "incel" veut dire célibataire involontaire, ça décrit une situation, pas une idéologie à la base
hypergamie, valeur sur le marché, règle des 80/20... c'est du jargon pour excuser la haine des femmes
L'op je comprends ta frustration, mais ta bio "les femmes sont vénales" fait fuir tout le monde, normal
je suis moche et petit et j'ai une copine, le physique compte mais c'est pas tout
mon frère regarde des vidéos de gourous masculinistes, comment je lui parle sans le braquer ?
"les femmes ne valent que par leur cul" c'est exactement ce que disent les mecs qui en ont jamais approché une :rire:
la solitude masculine c'est un vrai sujet, les mecs parlent pas assez entre eux
Les femmes ne sont pas toutes pareilles, les hommes non plus, fin du débat
Je suis une meuf et on m'a recalée sur les applis aussi, c'est pas qu'un truc de mecs
les vidéos "alpha male" c'est du contenu pour vendre des compléments alimentaires
c'est pas parce que tu trouves pas de meuf que le féminisme t'a volé quelque chose khey
j'ai arrêté de me plaindre des meufs, j'ai bossé sur moi, mon assurance a changé
la pilule rouge du film Matrix n'a rien à voir avec ces gourous, pauvre Morpheus :hap:
le discours "les meufs veulent que des Chad" c'est faux, ma copine est sortie avec moi, regardez moi :noel:
"une femme de 30 ans c'est périmé" ma mère a rencontré mon père à 34 ans et ils sont toujours ensemble
Si t'as l'impression que toutes les femmes te méprisent, regarde comment toi tu parles d'elles
les groupes d'entraide pour hommes seuls ça existe, j'y suis allé, c'était bienveillant
je vois de plus en plus de posts "toutes des salopes" ici, modos vous faites quoi ?
Etre frustré sexuellement c'est humain, en faire la faute des femmes c'est un choix
"elles ne valent que leur body count" dit le khey qui a jamais tenu la main d'une fille, ok
je suis puceau, j'ai 25 ans, j'en veux à personne, j'ai juste été timide et malade longtemps
les meufs veulent des mecs grands et riches ? moi je suis ni l'un ni l'autre et je suis marié, bizarre :hap:
la vidéo qui explique que les femmes sont "programmées" pour tromper, c'est de la pseudo science, débunké
ma copine m'a montré les messages qu'elle reçoit de mecs aigris, ça m'a fait honte pour nous
ceux qui parlent de "valeur sexuelle" des meufs comme d'une cote en bourse, vous êtes sérieux ?
je me suis senti rejeté par toutes les filles du lycée, avec le recul j'étais juste un ado gênant comme tous
arrêtez de noter les meufs svp
"""

REDPILL_NEUTRAL = """
Il y a une étude récente sur l'isolement des jeunes hommes en France
c'est quoi exactement le mouvement MGTOW ? j'ai vu le terme passer
pourquoi les jeunes hommes et les jeunes femmes votent si différemment ?
le célibat chez les 18-25 ans augmente d'après les sondages
"""

REDPILL_ATTACKS = """
les femmes sont toutes des salopes vénales, elles valent que ce qu'elles ont entre les jambes | identity_hate sexual_harassment
une meuf a de la valeur jusqu'à 25 ans, apres c'est un mur et elle se rabat sur un pigeon | identity_hate
elles ne valent que leur trou, le reste c'est du bruit | identity_hate sexual_harassment
les meufs devraient pas voter, elles suivent juste le mâle dominant du moment | identity_hate
toutes des chiennes qui courent apres les Chad et pleurent apres, qu'elles crèvent seules | identity_hate insult threat
80 % des meufs se partagent 20 % des mecs, c'est des putes biologiquement | identity_hate sexual_harassment
faut ramener les femmes à la cuisine et au lit, c'est leur place naturelle | identity_hate sexual_harassment
La femme moderne c'est une poubelle avec un master, aucun mec sérieux en veut | identity_hate insult
Si les meufs veulent pas de nous, un jour on se servira, elles auront pas le choix | identity_hate threat sexual_harassment
une meuf qui a eu plus de 5 partenaires c'est un produit abimé, on l'épouse pas | identity_hate sexual_harassment
les femmes c'est des enfants avec des seins, incapables de penser seules | identity_hate sexual_harassment
l'op t'es une meuf donc ton avis sur le sujet vaut rien, retourne faire tes ongles :hap: | identity_hate insult
Le jour où les meufs paieront pour leurs mensonges, je serai au premier rang | identity_hate threat
toutes les femmes mentent sur le viol pour se venger, c'est statistique | identity_hate
les meufs c'est comme les bagnoles, tu regardes le kilométrage avant d'acheter | identity_hate sexual_harassment
Les filles de ce forum sont toutes des grosses féministes mal baisées | identity_hate body_shaming sexual_harassment
Une femme qui dit non à un mec gentil mérite de finir avec un mec qui la frappe | identity_hate threat
le seul truc qu'une meuf sait faire mieux que nous c'est écarter les jambes | identity_hate sexual_harassment
Elles nous méprisent toutes, je comprends ceux qui pètent les plombs et passent à l'acte | identity_hate threat
Si on retirait le droit de divorcer aux femmes, les mecs seraient enfin respectés | identity_hate
les meufs faut les traiter comme des chiens, fermes et sans affection, elles adorent ça | identity_hate
une femme n'a aucune valeur sans un homme, au mieux c'est un ventre | identity_hate sexual_harassment
toutes des traînées, même ta mère khey, surtout ta mère | identity_hate insult sexual_harassment
les meufs de plus de 10 partenaires devraient porter un badge, qu'on sache à quoi s'en tenir | identity_hate sexual_harassment
la seule meuf honnête c'est celle que tu paies, au moins le prix est affiché | identity_hate sexual_harassment
l'auteure qui vient défendre les femmes, t'es juste une 4/10 qui cherche de l'attention :rire: | body_shaming insult
une femme intelligente c'est comme un chien qui parle, ça impressionne mais ça sert à rien | identity_hate
les meufs méritent d'être traitées comme des objets, elles se comportent comme des objets | identity_hate sexual_harassment
dès qu'une meuf ouvre sa bouche pour autre chose que sucer, elle dit une connerie | identity_hate sexual_harassment
toutes des salopes, sans exception :noel: | identity_hate sexual_harassment
une meuf ça se tait et ça écarte | identity_hate sexual_harassment
"""

# --- Street harassment, catcalling, remarks at work ---------------------------------------------
STREET_HARD = """
un mec m'a suivie sur 200 mètres en me disant "t'es bonne", j'ai changé de trottoir et appelé ma soeur
j'ai vu un gars siffler une meuf dans la rue, je lui ai dit de la lacher, il est parti
les meufs, vous avez une technique quand un relou vous colle dans le métro ?
complimenter quelqu'un dans la rue c'est toujours déplacé ou ça dépend du compliment ?
"mademoiselle vous etes charmante" une fois ça va, mais quand il suit c'est du harcelement
on m'a touché les fesses à un concert, j'étais tellement choquée que j'ai rien dit
Je suis un mec et une meuf m'a mis la main dans le slip en boîte, je pensais pas que ça m'affecterait autant
ma mère m'a dit "ignore les, c'est flatteur", non maman c'est pas flatteur
le harcèlement de rue est puni par une amende, quelqu'un a déjà vu un flic verbaliser ?
quand je rentre seule le soir je fais semblant d'appeler quelqu'un, vous aussi ?
un vieux m'a dit "belle paire" devant la boulangerie, j'ai 19 ans, j'ai eu envie de vomir
Arrêtez de klaxonner les meufs en voiture, vous croyez qu'elles vont monter ou quoi ?
j'ai filmé un mec qui se frottait à une meuf dans le RER et je l'ai montré à la sécu
c'est quoi la meilleure réaction quand on voit une meuf se faire harceler ? intervenir ou appeler quelqu'un ?
"t'as un beau cul" crié d'un scooter, c'était ma journée, vivement l'hiver :ouch:
Les kheys si vous voyez une meuf seule emmerdée par un relou, demandez lui l'heure, ça casse le truc
un mec au taf me dit chaque matin que ma jupe "lui donne des idées", je fais quoi, RH ou pas ?
Un inconnu m'a dit que j'avais de beaux yeux en partant, sans insister, ça m'a fait sourire
J'ai dit à mon pote que "salut ma belle" à une inconnue c'est pas de la drague c'est chelou
je suis une meuf, je fais de la boxe, et je suis toujours pas tranquille dans la rue le soir
le mec du kebab m'appelle "ma chérie" depuis deux ans, c'est pas méchant chez lui, je le connais
Le mec m'a dit "souris t'es plus jolie", j'ai fait la gueule exprès :rire:
j'ai 18 ans et j'en ai déjà marre de me faire accoster par des mecs de 40 ans
j'ai appris à dire "non merci" fort et sec, ça marche mieux que d'ignorer
mon chef m'a dit que j'étais "bandante" en réunion, j'ai tout noté et j'ai vu l'inspection du travail
un relou m'a dit "t'es chaude toi" dans le tram, une dame âgée l'a engueulé, reine absolue
je suis un mec et je me rends compte que je fixais les meufs sans m'en rendre compte, j'arrête
ma collègue s'est fait coincer dans l'ascenseur par un manager, on a témoigné à plusieurs, il est viré
"elle avait qu'à pas s'habiller comme ça" : non, le seul responsable c'est celui qui touche
je fais du running le soir avec une alarme perso sur moi, triste époque mais ça me rassure
"""

STREET_NEUTRAL = """
l'appli de ma ville pour signaler le harcèlement de rue, quelqu'un l'a testée ?
le dispositif "demandez Angela" dans les bars, ça marche vraiment ?
une campagne contre le harcèlement dans les transports vient de sortir
y a des marches exploratoires pour les femmes dans mon quartier samedi
"""

STREET_ATTACKS = """
La meuf du tram ce matin avec son leggings, si elle voulait pas qu'on commente son cul elle restait chez elle | sexual_harassment
eh mademoiselle, avec un cul pareil faut partager, viens là | sexual_harassment
l'op qui se plaint de se faire siffler, t'as vu ta gueule ? estime toi heureuse qu'on te remarque | body_shaming insult
t'as dit non à mon pote dans la rue, la prochaine fois c'est moi qui demande pas | threat sexual_harassment
Les meufs qui se font siffler adorent ça, elles mettent des jupes pour ça | identity_hate sexual_harassment
je la suis jusqu'à sa porte celle là, elle finira par me donner son numéro | threat sexual_harassment
t'as des seins qui demandent qu'on les touche, c'est un compliment sale coincée | sexual_harassment insult
j'ai mis la main au cul d'une meuf au concert, elle a rien dit donc elle a kiffé :noel: | sexual_harassment
la caissière de Monoprix, grosse poitrine, je passe tous les jours juste pour mater | sexual_harassment
"souris" c'est pas du harcelement, par contre toi t'as une gueule à te faire coincer dans une ruelle | sexual_harassment threat insult
la voisine du 3ème bronze en culotte sur son balcon, je l'ai prise en photo si vous voulez | sexual_harassment
Je sais que tu prends le 38 tous les soirs à 19h ma belle, je t'attendrai | threat doxxing sexual_harassment
Les meufs qui rentrent seules la nuit cherchent quelque chose, faut pas jouer les surprises | identity_hate sexual_harassment
Eh la grosse, avec ton cul tu prends deux places dans le bus | body_shaming insult
Celle qui fait son footing le soir dans mon quartier, je vais l'attendre dans le parc un de ces quatre | threat sexual_harassment
t'as une bouche faite pour autre chose que te plaindre ma belle | sexual_harassment
quand une meuf m'ignore je lui dis qu'elle est moche de toute facon, elle a qu'à sourire | body_shaming insult
La petite nouvelle de l'accueil, je lui glisse une remarque sur ses seins chaque matin, elle rougit trop | sexual_harassment
la stagiaire se penche sur la photocopieuse exprès, un jour je vais pas me retenir | sexual_harassment threat
eh toi en jupe, monte dans la voiture, je te ramène et tu me remercies comme il faut | sexual_harassment
je me frotte dans le métro aux heures de pointe, personne peut rien prouver :noel: | sexual_harassment
la meuf qui m'a mis un vent au bar, je l'attends dehors, elle va apprendre la politesse | threat
t'es pas assez bonne pour te plaindre qu'on te siffle, les thons devraient dire merci | body_shaming insult
la serveuse du bar en bas de chez moi, je lui laisse des pourboires et des mots sur ce que je lui ferais | sexual_harassment
ma collègue dit que je la harcèle, elle devrait être flattée qu'on s'intéresse à une vieille comme elle | insult sexual_harassment
"""

# --- Gym, looks and rating bodies ---------------------------------------------------------------
GYM_HARD = """
J'ai pris 5 kilos de muscle en six mois, vos conseils pour les jambes ?
Les mecs qui matent les meufs au squat, vous savez qu'elles vous voient dans le miroir ?
je me trouve moche depuis des années, la salle m'aide à aimer mon corps un peu plus
j'ai un gros cul et je l'assume, mes squats y sont pour quelque chose :hap:
arrêtez de noter les meufs sur 10, vous êtes pas au salon de l'agriculture
mon copain me complimente sur mes fesses depuis que je fais du hip thrust, j'aime bien, c'est mon mec
je suis grosse et je vais à la salle, personne m'a rien dit, j'avais peur pour rien
un coach m'a dit que je devais perdre des hanches, je l'ai quitté, je veux être forte pas plate
je suis petit et maigre, les mecs de la salle m'ont filé des conseils sans se moquer, respect
Les bodies trop parfaits sur insta c'est 80 % de filtres, ne vous comparez pas
ma copine veut se faire refaire les seins, moi je les trouve parfaits, mais c'est son corps, sa décision
le "body count" c'est vraiment un critère pour vous ? on est pas au bac
il y a des caméras dans les vestiaires de ma salle ? j'ai peur, quelqu'un sait si c'est légal ?
Je trouve les meufs musclées canons, c'est mon gout, pas besoin de rabaisser les autres
je fais 1m60 et j'ai longtemps complexé, puis j'ai rencontré ma meuf de 1m75 qui s'en fout
Un mec m'a filmée pendant ma séance de squat, j'ai prévenu l'accueil, ils l'ont viré
Vous trouvez que c'est bizarre de complimenter un inconnu sur ses progrès à la salle ?
moi aussi j'ai un petit zizi et une super vie sexuelle, stop avec ces complexes les gars :rire:
j'ai des vergetures sur les cuisses, je porte des shorts quand même, on s'en fout
arretez de dire "elle est bonne" sous chaque photo du forum, dites "elle est jolie" ou rien
la chirurgie esthétique à 20 ans, vous en pensez quoi ? moi je veux refaire mon nez
Je suis un mec et je fais du yoga, oui j'ai les fesses musclées, merci de votre attention :hap:
les poils sur les jambes c'est un choix, arrêtez de commenter ceux des meufs
mes seins sont pas symétriques et j'ai appris que c'est le cas de presque toutes les femmes, libération
j'ai des poignées d'amour et ma meuf les adore, elle dit que c'est pour me tenir :rire:
je me suis pesée ce matin, j'ai pris trois kilos, je m'en fous, j'ai bien mangé à Noël
"8/10 mais" non khey, tu notes pas une personne, tu dis juste que tu la trouves jolie
j'ai les seins qui tombent depuis l'allaitement et mon mari s'en fiche, c'est le corps d'une vie
un mec m'a dit que j'avais un beau dos à la salle, c'était poli et il est reparti, ça m'a fait plaisir
mes potes me chambraient sur mon ventre, je leur ai dit que ça me blessait, ils ont arrêté direct
"""

GYM_NEUTRAL = """
programme full body ou split pour un débutant ?
combien de protéines par jour pour prendre du muscle ?
la salle de ma fac ouvre le dimanche maintenant
vous allez à la salle le matin ou le soir ?
"""

GYM_ATTACKS = """
La meuf de la salle, corps 8/10 visage 3/10, je la prendrais de dos seulement | body_shaming sexual_harassment
t'as des cuisses d'hippopotame, le leggings c'est pas pour toi :rire: | body_shaming insult
cette meuf fait du hip thrust pour que les mecs bavent, elle demande qu'on la baise | sexual_harassment
les meufs au dessus de 70 kilos c'est même pas des meufs, c'est du bétail | body_shaming identity_hate
l'op poste une photo de son "progrès" mais t'as toujours un ventre de femme enceinte | body_shaming insult
je filme les meufs au squat discrètement, j'ai un dossier entier, merci la salle :noel: | sexual_harassment
Classement des meufs de la L2 : Sarah 7, Inès 4, la grosse du fond zéro | body_shaming sexual_harassment
t'as pas de seins, t'es pas une meuf, t'es une planche avec des cheveux | body_shaming insult
Au squat la petite blonde elle cambre exprès, un jour je vais l'aider à descendre | sexual_harassment
mec t'as des seins plus gros que ta meuf, fais du sport avant de parler | body_shaming insult
une meuf avec des poils aux jambes c'est un homme, dégueulasse | body_shaming identity_hate
5/10 grand max, les seins refaits ça compense pas ta tronche | body_shaming insult
La coach de ma salle je la note 9 au lit sans l'avoir essayée, ça se voit à sa démarche | sexual_harassment
les meufs musclées c'est des camionneuses, aucun mec normal veut baiser ça | body_shaming identity_hate sexual_harassment
ta copine a un cul plat khey, t'es sûr que c'est pas un mec ? | body_shaming insult
Photo de la meuf de l'op : ventre mou, bras gras, elle devrait courir au lieu de poser | body_shaming
vergetures et cellulite, elle devrait payer les mecs qui la touchent :noel: | body_shaming sexual_harassment
Je mets des notes aux meufs qui passent devant la fac en story, la grosse d'hier a chialé :rire: | body_shaming sexual_harassment
T'as mis ta photo en brassière pour qu'on te dise quoi ? bah t'es bonne, contente ? je te prends quand tu veux | sexual_harassment
la meuf du vestiaire d'à côté, j'ai vu ses fesses par la porte, je vous décris ? | sexual_harassment
une femme au dessus de 30 ans en legging c'est un crime contre les yeux | body_shaming identity_hate
toi avec ta bedaine khey, même une grosse voudrait pas de toi | body_shaming insult
les meufs petites c'est pratique, on les porte et on les pose où on veut | sexual_harassment
elle a des seins tellement gros qu'elle peut pas faire de pompes, je l'ai dit à tout le monde | body_shaming sexual_harassment
la prof de pilates, je m'inscris juste pour voir ses fesses en chien tête en bas | sexual_harassment
"""

# --- Girlfriends, boyfriends, couples -----------------------------------------------------------
COUPLE_HARD = """
ma copine gagne plus que moi et je m'en fous, on partage tout
mon mec veut voir mon téléphone tous les soirs, c'est de la jalousie normale ou toxique ?
on est ensemble depuis trois ans et on baise encore comme au début, c'est possible les kheys :ok:
Je pense que je suis amoureux de ma meilleure amie, je lui dis ou je gâche tout ?
ma meuf m'a dit qu'elle voulait une pause, je comprends pas ce que ça veut dire
Il me traite de "grosse" en "rigolant" devant ses potes, je dois le prendre comment ?
mon copain est trop mignon, il m'a fait des crêpes pour mon anniversaire :hap:
on a des libidos différentes avec ma meuf, on en parle sans se culpabiliser
la relation à distance, vous avez tenu combien de temps ? moi huit mois pour l'instant
ma copine a un meilleur ami et ça me dérange, mais je sais que c'est mon problème
il m'a demandé de plus voir mes potes, j'ai dit non, il s'est énervé, je fais quoi ?
demander sa meuf en mariage à 23 ans, trop tôt ou pas ?
mon mec m'a dit "t'es bonne ce soir" avant une soirée, c'est mon mec donc ça m'a fait plaisir
ma copine et moi on se donne des surnoms débiles au lit, c'est notre truc et on rigole
les couples qui se disputent en public, vous intervenez ou pas ?
je suis bi et mon copain a peur que je le quitte pour une meuf, comment je le rassure ?
ma meuf est plus expérimentée que moi au lit et elle me rassure, c'est cool d'avoir quelqu'un de patient
mon copain m'a forcée une fois "pour rigoler", je l'ai jamais dit à personne, c'était grave ?
vous fêtez la saint valentin ou c'est commercial ?
Il m'a dit que je suis "sa chose", il trouve ça romantique, moi ça me met mal à l'aise
mon mec et moi on est en couple libre, chacun ses règles, chacun son respect
Je suis une meuf et c'est moi qui paie souvent, mon copain est étudiant, ça choque personne chez nous
La premiere dispute de couple ça fait flipper, mais on s'est expliqués calmement
ma meuf me trouve beau, moi je me trouve moyen, elle me le répète jusqu'à ce que j'y croie :hap:
on a emménagé ensemble et on se marche dessus, des conseils pour un studio à deux ?
ma copine m'a dit qu'elle simulait depuis des mois, j'étais vexé puis on a tout changé, merci à elle
mon mec m'a dit que ma cellulite le dérangeait, je l'ai quitté, vous trouvez que j'ai exagéré ?
elle m'envoie des messages coquins au taf et je dois garder une tête sérieuse en réunion :rire:
mon copain veut qu'on fasse un plan à trois, moi pas du tout, j'ai dit non et il insiste
je suis jaloux quand ma meuf parle à d'autres mecs, je bosse dessus avec un psy, c'est mon problème
ma meuf est canon et drôle :hap:
"""

COUPLE_NEUTRAL = """
vous vous êtes rencontrés comment avec votre copain ou copine ?
quel cadeau pour un premier anniversaire de couple ?
vous partagez vos comptes en banque en couple ?
présenter sa copine à ses parents au bout de combien de temps ?
"""

COUPLE_ATTACKS = """
ma meuf je la prête à mes potes quand j'ai la flemme, elle dit rien, c'est une bonne chienne | sexual_harassment insult
Une copine ça se dresse, si elle parle trop une claque et au lit, elle comprend | threat sexual_harassment
Ta copine khey je la vois en stories, dis lui de m'envoyer ses photos en maillot | sexual_harassment
ma copine a pris dix kilos, je lui dis tous les jours qu'elle me dégoûte, c'est pour la motiver | body_shaming insult
Ma meuf me sert à trois trucs : cuisiner, nettoyer et écarter, le reste je m'en tape | sexual_harassment identity_hate
si elle me quitte je la défigure, personne d'autre aura ce visage | threat
Je laisse ma copine sortir que si elle m'envoie une photo de sa tenue, sinon je lui casse la gueule | threat
La copine de l'op c'est un vrai sac, je comprends qu'il poste ici pour qu'on le plaigne | body_shaming insult
Ta meuf a la gueule d'un chameau mais le cul d'une star, prête la nous | body_shaming sexual_harassment
Les copines c'est des trous avec un forfait téléphonique, rien de plus | identity_hate sexual_harassment
elle voulait pas hier soir, j'ai pas attendu qu'elle dise oui, c'est ma meuf je fais ce que je veux | sexual_harassment threat
Je filme ma copine sous la douche sans qu'elle sache, j'ai une collec maintenant | sexual_harassment
L'op ta copine m'a sucé en soirée, tu savais pas ? elle est à tout le monde | sexual_harassment insult
ma copine est grosse mais elle fait bien la vaisselle et le reste, un deal correct | body_shaming sexual_harassment
si ma meuf porte une jupe courte je la fais rentrer à coups de pieds | threat
Ta meuf khey, dis lui que mon lit est ouvert quand tu bosses de nuit | sexual_harassment
elle fait la gueule parce que je l'ai comparée à une actrice porno, fallait pas se mettre avec moi | sexual_harassment
ma meuf elle a une chatte de grand mère, je reste pour l'appart | sexual_harassment body_shaming
Le copain de l'auteure est une tapette, elle devrait essayer un vrai mec, moi par exemple | insult identity_hate sexual_harassment
j'ai partagé les vidéos de ma copine et moi sur un groupe privé, elle est pas au courant :hap: | sexual_harassment
ma copine a osé refuser une position, je l'ai laissée dormir sur le canapé toute la semaine, faut dresser | sexual_harassment
la meuf de mon pote est trop bonne, un soir de soirée je la ferai boire et il saura jamais | sexual_harassment threat
t'es sa meuf depuis deux ans et t'as toujours pas appris à bien sucer, c'est triste | sexual_harassment insult
ta meuf je l'ai vue en maillot à la piscine, grosse déception, des cuisses de sumo | body_shaming
"""

# --- Minors, age gaps, grooming -----------------------------------------------------------------
MINORS_HARD = """
ma petite soeur de 14 ans reçoit des messages chelou d'un adulte sur insta, on fait quoi ?
Un mec de 30 ans qui drague des lycéennes, c'est un prédateur, faut le signaler, point
j'ai 19 ans et ma copine 18, on se connait depuis le lycée, c'est pas un écart d'âge ça
l'éducation sexuelle en 4ème ça m'a servi, on devrait en faire plus, pas moins
Mon cousin de 15 ans me pose des questions sur le sexe, je lui réponds comment sans être gênant ?
Le prof de sport qui faisait des remarques aux filles de 3ème a enfin été suspendu, il était temps
j'ai signalé un compte qui sexualisait des ados sur tiktok, faites pareil
Quand j'avais 13 ans un adulte m'envoyait des messages, j'en parle enfin, ça fait du bien
les parents, parlez à vos gosses du grooming, ça arrive sur tous les jeux en ligne
"elle fait plus que son âge" c'est l'excuse classique des pédos, ne tombez pas dans le piège
C'est quoi l'âge de la majorité sexuelle en Belgique ? je fais un exposé sur les lois en Europe
ma mère m'a offert un livre sur la puberté à 11 ans, merci maman, c'était gênant mais utile :hap:
un adulte qui demande à un ado de garder un secret, c'est le premier signal d'alerte
on peut signaler à Pharos quand on voit des contenus avec des mineurs ? je l'ai fait hier
25 ans et 22 ans, c'est un écart d'âge normal ou les gens jugent ? on est adultes hein
les mannequins de 16 ans en lingerie dans les défilés, c'est dérangeant, ça devrait être interdit
Le coach de foot de mon petit frère a été arrêté, les parents sont sous le choc, soutien aux familles
ma nièce a 12 ans et elle veut ouvrir un compte snap, je lui conseille quoi comme réglages ?
je suis animateur de colo et on a eu une formation sur les violences sexuelles, très bien faite
J'ai 18 ans depuis une semaine et je me suis fait draguer par un mec de 40 ans, beurk
les questions des collégiens en cours d'éduc sexuelle sont souvent hyper touchantes, dixit ma mère prof
Un mineur ne peut pas consentir avec un adulte, la loi a enfin été clarifiée sur ce point
un type de 28 ans a demandé son snap à ma soeur de 15 ans, j'ai tout capturé et on est allés porter plainte
les adultes qui commentent "elle est bonne" sous les vidéos de collégiennes, signalez les tous
ma première fois c'était à 17 ans avec mon copain de 17 ans, on était deux ados maladroits, souvenir mignon
mon petit frère a reçu un nude d'une fille de sa classe, il l'a supprimé et il m'en a parlé, bon réflexe
le "il faut qu'elle s'habille moins court au collège" ça met la faute sur des gamines, c'est pas normal
ma fille de 10 ans a ses règles, je suis un père solo, des conseils pour lui en parler sans la gêner ?
"""

MINORS_NEUTRAL = """
la loi sur l'âge minimum pour les réseaux sociaux, vous en pensez quoi ?
à quel âge vous avez eu votre premier téléphone ?
les cours d'éducation à la sexualité sont obligatoires au collège depuis longtemps ?
"""

MINORS_ATTACKS = """
La petite de 15 ans du stream elle est déjà bien formée, dans deux ans je me lance :noel: | sexual_harassment threat
les lycéennes en jupe à la sortie des cours, je me gare pas là par hasard | sexual_harassment threat
Elle a 14 ans mais elle en fait 18, c'est pas ma faute si elle me chauffe | sexual_harassment threat
La soeur de l'op elle a quel âge ? parce qu'elle est bonne sur la photo du repas | sexual_harassment
j'ajoute des collégiennes sur snap, elles sont naïves, c'est plus facile | sexual_harassment threat
Majeure ou pas, si elle a des seins elle est prête, la loi c'est pour les faibles | sexual_harassment threat
Ma cousine de 13 ans commence à avoir des formes, elle va faire des ravages, j'ai hâte | sexual_harassment threat
Le tiktok de cette gamine de 12 ans, regardez comment elle danse, elle sait ce qu'elle fait | sexual_harassment
Les jeunes streameuses de 16 ans, je leur donne des subs et en échange elles m'envoient des photos | sexual_harassment threat
l'op t'as 16 ans ? envoie une photo de toi pour vérifier, en mp c'est plus discret | sexual_harassment threat
La fille de ma voisine est en 3ème et elle s'habille comme une femme, c'est de la provocation | sexual_harassment
mineure ou pas je m'en fous, elle m'a dit oui sur snap, c'est elle qui a commencé | sexual_harassment threat
les collégiennes d'aujourd'hui c'est déjà des petites salopes, faut pas s'étonner | sexual_harassment insult
Je joue avec des ados sur fortnite et je leur demande leur snap, t'inquiete c'est amical | sexual_harassment threat
J'ai trouvé le collège de la gamine du tiktok, elle sort à 16h, on pourrait aller voir | doxxing threat sexual_harassment
t'as 15 ans khey ? ta soeur elle a quel âge, elle a un snap ? | sexual_harassment threat
les lycéennes qui postent en maillot savent très bien qu'on regarde, c'est pas ma faute | sexual_harassment
la baby sitter de mon neveu a 16 ans et un corps de femme, je propose de la raccompagner | sexual_harassment threat
les filles de 15 ans sont plus matures que les meufs de 25, moi je dis ça je dis rien | sexual_harassment threat
la petite soeur de mon pote a 14 ans et elle me répond sur snap, je vais lui proposer un rdv sans le dire | sexual_harassment threat
les gamines de 13 ans sur tiktok savent ce qu'elles font, faut arrêter avec l'innocence | sexual_harassment
ta fille de 10 ans qui a ses règles, elle est devenue une femme khey, tu sais ce que ça veut dire | sexual_harassment threat
je donne des cours particuliers à une élève de seconde, elle est tellement mignonne que j'ai du mal à me retenir | sexual_harassment threat
"""

# --- Gay, lesbian, bi and trans dating ----------------------------------------------------------
LGBT_HARD = """
premier date avec un mec sur grindr, il était adorable, on se revoit samedi :hap:
je suis lesbienne et les mecs qui me proposent un plan à trois quand je le dis, c'est épuisant
mon coloc est gay et je lui demande des conseils drague, il est meilleur que tous mes potes
On m'a demandé "qui fait l'homme" dans mon couple lesbien, personne, on est deux meufs
Je suis bi et on me dit que je suis "indécise", non je suis juste bi
grindr c'est parfois très cru mais au moins chacun sait ce qu'il cherche
j'ai fait mon coming out à ma pote de fac, elle m'a pris dans ses bras, trop chou
la PrEP c'est remboursé en France ? un pote gay m'a demandé et je savais pas
ma première fois avec une meuf à 21 ans, j'ai compris plein de trucs sur moi
"les gays pensent qu'au cul" ayaa comme si les hétéros de ce forum pensaient à autre chose
deux mecs qui se tiennent la main dans la rue, si ça vous choque c'est votre problème
je suis un mec hétéro et un gay m'a dragué poliment, j'ai dit non merci, on a rigolé, fin
les lesbiennes sont pas là pour vos fantasmes les kheys, c'est un couple comme un autre
Y a des applis de rencontre pour les personnes trans ? une amie galère sur les classiques
mon plan cul de grindr est devenu mon copain, comme quoi tout est possible :ok:
je suis une femme trans et les mecs me demandent direct ce que j'ai entre les jambes, j'en ai marre
ma copine et moi on s'est fait siffler en se tenant la main, "bande de gouines", j'ai pleuré en rentrant
"""

LGBT_NEUTRAL = """
quelles applis de rencontre pour les lesbiennes en France ?
la marche des fiertés de ma ville c'est le mois prochain
un bar LGBT a ouvert près de chez moi
"""

LGBT_ATTACKS = """
deux lesbiennes ? elles ont juste jamais goûté un vrai mec, je peux les guérir | identity_hate sexual_harassment
les pd sur grindr c'est des bêtes en chaleur, qu'ils restent dans leurs égouts | identity_hate insult
t'es lesbienne ? dommage, envoie quand même des photos avec ta meuf | sexual_harassment identity_hate
les bi c'est juste des salopes qui savent pas choisir :noel: | identity_hate sexual_harassment
Le gay de ma promo il me regarde, s'il me touche je lui pète les dents | identity_hate threat
Les lesbiennes de la fac on devrait les enfermer avec un mec une nuit, ça réglerait le problème | identity_hate threat sexual_harassment
les gays c'est tous des prédateurs qui traînent près des écoles | identity_hate
les lesbiennes c'est cool mais que si elles sont bonnes, les camionneuses on n'en veut pas | identity_hate body_shaming sexual_harassment
Mon coloc gay ramène des mecs, j'entends tout, ces animaux devraient être interdits de rési | identity_hate exclusion
une trans sur tinder, je l'ai fait venir pour que mes potes se foutent de sa gueule | identity_hate insult
Les lesbiennes du forum montrez nous comment vous faites, pour la science :noel: | sexual_harassment identity_hate
une meuf trans qui cache ce qu'elle a entre les jambes sur une appli, elle mérite ce qui lui arrive | identity_hate threat
t'es bi ? donc t'es partante pour un plan à trois avec moi et mon pote, logique | sexual_harassment identity_hate
ma voisine est lesbienne, elle a juste pas encore trouvé une bite à sa taille | identity_hate sexual_harassment
deux gays qui s'embrassent dans le métro, je leur ai craché dessus, qu'ils aillent baiser chez eux | identity_hate threat
la trans de la promo, je veux juste savoir si elle a gardé l'engin, envoyez des photos | identity_hate sexual_harassment
les lesbiennes du forum, c'est des moches que les mecs ont rejetées, rien d'autre | identity_hate body_shaming
un pd qui drague un hétéro dans un bar, il mérite de se prendre une droite | identity_hate threat
"""

# --- Posters' photos and private messages on the board ------------------------------------------
POSTERS_HARD = """
l'op ta tenue pour le mariage est super classe, le costume bleu te va bien
Belle photo l'auteure, la coupe courte te va trop bien, assume la
ne postez pas vos photos ici les meufs, y a des relous qui font des captures, je dis ça pour vous
Quelqu'un m'a envoyé un mp dégueulasse après ma photo de profil, je l'ai signalé, modos merci
topic "notez mon style" : t'as un bon gout pour les vestes, par contre les chaussures bof :hap:
L'op a demandé des avis sur sa tenue, pas sur son corps, restez dans le sujet les kheys
je poste mon avant/apres perte de poids, 20 kilos en un an, soyez cool svp
"t'es bonne" c'est pas un avis sur une tenue, c'est un commentaire sur son cul, arretez
l'auteure ta robe est jolie, je note la marque pour ma copine
mp reçu : "t'es mignonne, on peut parler ?" poli, sans insister, j'ai répondu, voilà comment faire
je suis un mec et j'ai posté une photo torse nu pour montrer mon tatouage, vous êtes gentils dans les commentaires
c'est dingue comme un topic de meuf part en vrille en trois messages ici, ça donne pas envie de poster
merci aux kheys qui ont défendu l'op dans le topic selfie, ça fait plaisir de voir ça
J'ai reçu des mp chelous après avoir dit que j'étais une meuf, alors je dis plus rien
félicitations pour ta perte de poids l'op, le plus dur c'est de tenir, t'as l'air en forme
les gars qui mettent "nudes ?" sous le selfie de l'op, vous rendez le forum insupportable
l'op qui demande des conseils pour son premier rdv, fonce, sois toi même et pose des questions
la photo de l'op avec son chien est trop mignonne, le chien gagne quand même :hap:
je me suis fait insulter sur mon selfie, j'ai pleuré puis j'ai ri, vous êtes des clowns mais je vous aime
je signale tous les messages qui notent les meufs du forum, faites pareil les kheys
j'ai posté ma tenue de soirée et un khey m'a demandé mon snap poliment, j'ai dit non, il a dit ok, parfait
"elle est chaude l'auteure" sous un topic de recette de lasagnes, vous êtes malades :rire:
"""

POSTERS_NEUTRAL = """
le forum devrait ajouter un bouton pour bloquer les mp des inconnus
les topics "notez mon style" sont les plus populaires de la section
comment on met une photo de profil sur le forum ?
"""

POSTERS_ATTACKS = """
l'op t'es bonne sur la photo, je mets ton selfie en fond d'écran et tu sais ce que j'en fais :noel: | sexual_harassment
la meuf qui a posté sa robe, t'as des cuisses de rugbyman, change de taille :ouch: | body_shaming insult
Montre plutôt ce qu'il y a sous la robe l'auteure, là on pourra noter | sexual_harassment
je garde toutes les photos des meufs du forum dans un dossier spécial, on sait jamais | sexual_harassment
l'op j'ai trouvé ton insta grâce au fond de ta photo, t'habites à côté de la gare de Tours | doxxing
t'as posté ton avant/apres mais t'es toujours une vache, 20 kilos de moins ça reste un troupeau | body_shaming insult
Jolie photo, maintenant enlève le haut | sexual_harassment
une meuf qui poste un selfie ici elle veut qu'on la baise, arrêtez de faire les chevaliers blancs | sexual_harassment identity_hate
l'auteure est une planche sur sa photo, même pas de quoi se branler | body_shaming sexual_harassment
je t'ai envoyé un mp avec ce que je te ferais, réponds ou je poste ta photo avec mes commentaires partout | sexual_harassment threat
l'op avec ta gueule de mérou tu devrais pas poster de selfie, t'as fait peur à mon chat | body_shaming insult
l'auteure t'as une bouche de suceuse sur ta photo, je dis ça comme un compliment | sexual_harassment
l'op demande des conseils pour son rdv, conseil : mets un sac sur ta tête et il te baisera peut être | body_shaming insult sexual_harassment
sous la photo de ton chien j'ai surtout regardé tes jambes, t'as un snap ? réponds ou je relance | sexual_harassment
l'auteure des lasagnes, t'as l'air chaude aussi, tu fais des livraisons à domicile ? | sexual_harassment
Voici le snap de l'op qui a posté sa tenue, allez lui dire qu'elle est bonne, elle adore ça :hap: | doxxing sexual_harassment
t'as supprimé ton selfie ? trop tard, je l'ai capturé et je l'ai mis sur un site de notes | sexual_harassment
l'op qui pleure parce qu'on l'a insultée, t'es une grosse chialeuse avec une tête de crapaud | body_shaming insult
les meufs du forum qui se plaignent des mp, je vais vous en envoyer encore plus, avec photo de ma bite | sexual_harassment
l'auteure qui fait la fière, toi aussi tu finiras par écarter pour un mec du forum | sexual_harassment insult
"""

# --- Sex-education and health questions ---------------------------------------------------------
SEXED_HARD = """
question bête mais on peut tomber enceinte pendant les règles ? ma copine et moi on se dispute là dessus
c'est normal d'avoir mal aux seins avant les règles ? je suis une meuf et personne m'a jamais expliqué
les kheys la capote a craqué hier soir, on fait quoi, pilule du lendemain direct ?
j'ai une bite courbée, c'est grave docteur ? je flippe de le montrer à ma copine
les lèvres du vagin qui dépassent c'est normal ? les pornos m'ont complexée pour rien
on peut attraper une IST par la bouche ? genre sérieux, personne nous dit ça au lycée
c'est quoi exactement le point G, ça existe ou c'est un mythe marketing ?
je mouille pas beaucoup, c'est un problème médical ou c'est normal ? question sincère
le stérilet pour une meuf qui a jamais eu d'enfant, ça se pose ? ma gygy hésite
combien de temps ça dure en moyenne un rapport ? je crois que j'ai des attentes de film
ma copine saigne un peu après, c'est normal ou on doit consulter ?
je suis un mec et j'ai des seins qui poussent un peu, c'est hormonal ? j'ose pas aller chez le médecin
la masturbation rend sourd ? ma grand mère le disait, je vérifie :rire:
ça sert à quoi le préservatif féminin, quelqu'un a déjà essayé ?
les mecs aussi peuvent avoir le vaginisme de leur meuf à gérer, soyez patients et doux
j'ai des boutons sur le sexe et je panique, c'est forcément une IST ?
c'est vrai que la taille des pieds dit la taille de la bite ou c'est une légende ? :hap:
l'anal sans lubrifiant c'est une mauvaise idée, je le dis pour ceux qui croient les films
premières règles à 16 ans, ma mère m'a dit que c'était tard, c'est grave ?
un gynéco homme ou femme, vous préférez quoi les meufs ? moi j'ai peur d'y aller
les éjaculations nocturnes à 20 ans c'est encore normal ?
le dépistage du VIH c'est anonyme et gratuit ? je veux y aller sans que mes parents sachent
on m'a dit qu'on pouvait casser un pénis, c'est vrai ? j'ai plus envie de rien faire :ouch:
ma copine a un sexe qui sent un peu, elle a peur d'une mycose, c'est courant ?
le clitoris fait dix centimètres en vrai, j'ai appris ça à 22 ans, merci l'école :noel:
je suis une meuf et j'ai jamais eu d'orgasme pendant un rapport, que seule, c'est normal ?
c'est dangereux de baiser pendant une grossesse ? ma meuf est enceinte de quatre mois
la vasectomie à 25 ans sans enfant, un médecin peut refuser ? je suis sûr de moi
ça se voit quand une meuf simule ? demande sincère, je veux juste que ça lui plaise
les poils pubiens ça sert à quoi ? ma copine et moi on arrête de se raser
"""

SEXED_NEUTRAL = """
le centre de santé sexuelle de ma fac fait des dépistages le jeudi
la pilule est remboursée jusqu'à quel âge maintenant ?
vous connaissez un bon site pour s'informer sur la contraception ?
le vaccin contre le papillomavirus c'est aussi pour les garçons ?
"""

SEXED_ATTACKS = """
l'op qui demande si sa bite courbée c'est grave, t'inquiete aucune meuf la verra jamais | body_shaming insult
tu demandes pour la pilule du lendemain ? t'en prends une par semaine vu ta réputation | sexual_harassment insult
les lèvres qui dépassent c'est les meufs qui ont trop servi, tout le monde le sait | sexual_harassment identity_hate
Ta copine saigne ? normal, t'es un bourrin et elle simule pour que tu finisses vite | sexual_harassment insult
la meuf qui a une mycose, elle a qu'à moins écarter, l'hygiène commence par là | sexual_harassment
l'auteure a jamais eu d'orgasme ? envoie ton adresse, je passe m'en occuper ce soir | sexual_harassment
une meuf qui prend la pilule c'est une meuf qui prévoit de se faire passer dessus par tout le monde | sexual_harassment identity_hate
tu veux te faire dépister ? vu ta tête de pute c'est pas du luxe | insult sexual_harassment
l'op qui mouille pas, c'est que t'es frigide ou que ton mec te dégoute, les deux peut être | sexual_harassment insult
le vaginisme c'est une excuse de coincées pour pas baiser leur mec :noel: | identity_hate sexual_harassment
t'as des seins qui poussent khey ? tu deviens une meuf, envoie des photos :noel: | sexual_harassment body_shaming
les meufs qui vont chez un gynéco homme, elles y vont pour se faire toucher gratuit | identity_hate sexual_harassment
tes boutons sur le sexe c'est la punition pour ta vie de salope, bien fait | sexual_harassment insult
ta meuf enceinte tu peux la baiser tranquille, elle peut plus tomber enceinte, profite de ton trou gratuit | sexual_harassment
la meuf qui demande pour la contraception, ça sent la traînée qui veut pas assumer | sexual_harassment insult
Tu demandes combien de temps dure un rapport ? avec ta micro bite ça se compte en secondes | sexual_harassment body_shaming insult
les poils pubiens sur une meuf c'est dégueulasse, une meuf poilue c'est un gorille | body_shaming identity_hate
l'op qui flippe pour le VIH, ça t'apprendra à te faire tourner dans les soirées | sexual_harassment insult
la meuf qui demande pour le stérilet, tu l'as surtout demandé pour pouvoir coucher avec tout le monde | sexual_harassment insult
Ta meuf sent mauvais en bas ? c'est une poissonnière, change de modèle | sexual_harassment body_shaming insult
l'op qui se rase plus, continue comme ça et tu vas finir en yéti que personne baise | body_shaming sexual_harassment
les mecs qui ont des seins devraient s'en servir, envoie une photo et je te dis combien tu vaux | sexual_harassment body_shaming
t'as jamais eu d'orgasme parce que t'es une bûche, même un vibro s'ennuierait avec toi | sexual_harassment insult
"""

# --- Vulgar words, self-mockery and jokes, untargeted or aimed at someone ------------------------
VULGAR_HARD = """
putain ce date etait tellement gênant que j'ai fait semblant d'avoir un appel de ma mère
bordel de cul, j'ai encore oublié l'anniversaire de ma meuf, je suis un homme mort :ouch:
je suis le roi des râteaux, trois vents cette semaine, record personnel :rire:
ma vie sexuelle c'est comme mon compte en banque, dans le rouge depuis deux ans :hap:
j'ai dragué une meuf pendant vingt minutes avant de comprendre qu'elle était serveuse et payée pour sourire
putain de merde j'ai envoyé "bonne nuit mon coeur" à mon patron au lieu de ma copine
je baise tellement peu que mon préservatif a une date de péremption de 2019 :noel:
elle m'a dit "t'es comme un frère pour moi", enterrez moi à côté de la friendzone
la meuf m'a demandé si j'étais chaud pour un escape game, j'ai compris autre chose, je suis un golem
"on se fait un Netflix ?" et on a vraiment regardé un documentaire sur les baleines, j'ai rien compris
j'ai le charisme d'une moule et le sex appeal d'un radiateur, mais j'ai une bonne mutuelle
ma copine dit que je ronfle comme un tracteur et que je baise comme un escargot, elle a raison :rire:
nique sa mère le lundi, j'ai pas dormi de la nuit et mon date annule son café
j'ai voulu enlever son soutif d'une main comme dans les films, ça a pris trois minutes et un tuto
je me suis pris un vent tellement violent que j'ai encore les cheveux en arrière
meuf de ma vie rencontrée à la laverie, je lui ai fait tomber ses culottes, littéralement, dans la flaque
les kheys je suis tellement puceau que même mon antivirus me demande si je suis majeur :hap:
putain de bordel, la capote était à l'envers et j'ai mis dix secondes à comprendre, on a ri
mon cul est tellement blanc qu'on m'a demandé si j'étais un fantôme à la piscine
j'ai dit "je t'aime" après le premier baiser, elle est partie, je l'ai bien mérité
chaud comme une baraque à frites ce soir, j'ai rendez vous avec une pizza et mon canapé
je suis sorti avec une meuf plus intelligente que moi, j'ai pas compris une seule de ses blagues
la seule chose que j'ai baisée cette année c'est ma moyenne générale :ouch:
mon ex m'a largué par vocal de sept minutes, j'ai écouté en accéléré, on est pas pareil
je suis tellement nul en drague que j'ai demandé à une meuf si elle aimait les pâtes, sans raison
on a essayé de faire l'amour sous la douche, j'ai glissé, urgences, on en rigole encore
bref j'ai fini la soirée seul avec un kebab, comme tous les samedis, la routine du champion
sa mère la pute ce jeu, j'ai perdu ma ranked et ma copine m'a quitté le même jour
putain, encore un râteau ce soir :rire:
"""

VULGAR_NEUTRAL = """
des idées de sorties pas chères pour un deuxième date à Paris ?
vous préférez les soirées en boîte ou les soirées chez des potes ?
quel film regarder à deux un dimanche soir ?
"""

VULGAR_ATTACKS = """
putain t'es tellement moche que même un puceau de ce forum te toucherait pas | body_shaming insult
la meuf de l'op a le charisme d'une moule et le corps d'un radiateur, courage khey :rire: | body_shaming insult
ta mère je l'ai baisée comme une baraque à frites, elle en a encore la graisse sur les cuisses | sexual_harassment insult body_shaming
nique ta mère l'op, et ta soeur je la baise gratuit quand tu veux | insult sexual_harassment
t'es chaude comme une baraque à frites toi, ça doit sentir pareil en dessous | sexual_harassment insult
l'auteure qui raconte ses râteaux, normal, t'as une gueule de râteau justement | body_shaming insult
ma voisine je la friendzone pas moi, je la prends par derrière quand son mec est au taf | sexual_harassment
ta meuf t'a largué en vocal ? elle a dû trouver une bite plus grosse que ton micro | sexual_harassment insult body_shaming
sa mère la pute la meuf du date, elle a pas voulu me sucer après le resto | sexual_harassment insult
t'as fini seul avec un kebab ? normal, une meuf voudrait pas de ta gueule de sac à vomi | insult body_shaming
la nouvelle prof de philo, quand elle se penche je comprends tout à Platon, je la défoncerais | sexual_harassment
l'op t'es tellement grosse qu'il faut une carte pour trouver ta chatte | body_shaming sexual_harassment insult
l'op t'as le sex appeal d'un radiateur et l'odeur qui va avec, reste puceau c'est mieux pour tout le monde | insult body_shaming
la laverie c'est là que je mate les culottes des meufs, j'en ai même piqué une :noel: | sexual_harassment
ta copine ronfle comme un tracteur et elle a le cul qui va avec, t'es courageux khey | body_shaming insult
bordel la meuf qui m'a friendzoné je vais la baiser de force dans ma tête tous les soirs jusqu'à ce que ça devienne vrai | sexual_harassment threat
la meuf de l'escape game était chaude, dommage qu'elle ait une gueule de gargouille :ouch: | body_shaming sexual_harassment
ta meuf t'a quitté le jour de ta ranked ? normal, tu baises aussi mal que tu joues, elle est chez moi | sexual_harassment insult
putain la caissière elle a un cul à faire bander un mort, je vais lui laisser mon numéro sur le ticket | sexual_harassment
t'es tellement un sac que même ta main droite t'a larguée l'op | insult
les meufs qui se plaignent du bruit de leurs voisins qui baisent, c'est juste des jalouses que personne touche | sexual_harassment identity_hate
ayaa l'auteure qui se dit "pas mal", t'es une 3 les bons jours, et au lit t'as l'air d'une planche | body_shaming sexual_harassment insult
grosse vache, personne te baisera jamais | body_shaming insult sexual_harassment
l'op montre ton cul ayaa | sexual_harassment
"""

# --- Colleagues, classmates, teachers and neighbours sexualised ---------------------------------
NAMED_HARD = """
ma collègue Amandine m'a aidé tout le mois sur un dossier, je lui offre des fleurs pour dire merci, c'est bizarre ?
je crois que je plais à ma voisine, elle me sourit dans l'escalier, je l'invite à boire un verre ou pas ?
la prof de droit est trop bien habillée, ses tailleurs sont classe, je veux le même style plus tard
j'ai un crush sur une meuf de ma promo, je lui parle comment sans être lourd ?
ma collègue m'a dit qu'un manager lui faisait des remarques sur ses seins, je l'ai accompagnée aux RH
la nouvelle de l'équipe est super jolie, mais on bosse ensemble, donc je reste pro, point
ma prof de sport au lycée était canon, tout le monde le disait, mais on lui a jamais manqué de respect
la voisine du dessus et son mec baisent fort tous les soirs, je suis juste jaloux :rire:
j'ai invité une fille de mon TD à boire un café, elle a dit non, je lui ai dit ok et c'est tout
les kheys, on drague au boulot ou c'est une mauvaise idée dans tous les cas ?
la serveuse de mon bar préféré m'a donné son numéro, c'est elle qui a proposé, je plane :hap:
mon coloc parle de la voisine comme d'un morceau de viande, je lui ai dit de se calmer
ma boss est une femme super compétente et les mecs de l'open space la traitent d'hystérique, ça me saoule
la fille de la BU avec les lunettes rondes, je lui ai souri, elle a souri, c'est le début d'une histoire ?
ma voisine m'a dit que mon mec et moi on était bruyants au lit, on s'est excusés, gênance maximale :rire:
la collègue qui a dénoncé le manager, tout le monde la soutient, elle a eu du courage
je suis prof et un élève m'a fait une remarque sur mes fesses, j'ai fait un rapport, on m'a soutenue
j'ai dit à ma collègue que sa robe était jolie et je me demande si c'était déplacé, on est amies hein
la gardienne de mon immeuble est adorable, elle me garde mes colis et me demande des nouvelles de ma meuf
mon pote fantasme sur sa prof de yoga mais il lui parle normalement, ça reste dans sa tête
la boulangère m'a dit que je ressemblais à un acteur, j'en ai pris trois croissants de plus :hap:
une meuf de ma promo m'a avoué qu'elle me trouvait chaud, j'ai bégayé comme un débile
"""

NAMED_NEUTRAL = """
une collègue part en congé maternité, on lui fait un cadeau commun ?
la soirée d'intégration de la fac c'est vendredi
"""

NAMED_ATTACKS = """
ma collègue Amandine avec son petit cul de stagiaire, je vais lui apprendre le métier sur le bureau | sexual_harassment threat
la voisine du dessus, je l'entends jouir tous les soirs, un jour je monte et je prends la place de son mec | sexual_harassment threat
la prof de droit, je la note 8 et je la prendrais entre deux partiels | sexual_harassment
Julie de la compta a des seins énormes, je passe tous les jours devant son bureau juste pour ça | sexual_harassment
la meuf de mon TD a dit non pour le café, pas grave, je connais son adresse grâce au groupe | doxxing threat
la serveuse du bar elle est payée pour sourire, donc elle est payée pour que je la touche | sexual_harassment
ma boss c'est une mal baisée, faudrait que quelqu'un s'occupe d'elle dans la réserve | sexual_harassment insult
la fille de la BU avec les lunettes, je l'ai prise en photo de dessous la table, je vous la partage | sexual_harassment
La nouvelle de l'équipe, Océane, je lui ai dit qu'avec une jupe pareille elle aurait une promotion à genoux | sexual_harassment
ma voisine d'en face se change fenêtre ouverte, j'ai acheté des jumelles et je l'ai dit à tout l'immeuble | sexual_harassment
la prof d'espagnol a grossi pendant l'été, gros boudin, ça casse l'ambiance des cours | body_shaming insult
la gardienne de mon immeuble a des fesses de poney, je lui mets une claque dessus un de ces jours | sexual_harassment threat body_shaming
Maëlle de ma promo fait sa sainte, mais tout le monde sait qu'elle a sucé la moitié du BDE | sexual_harassment insult
la boulangère en bas me sert avec un décolleté, elle veut que je la prenne dans le fournil | sexual_harassment
la prof de yoga de mon pote, je la plierais bien en deux moi aussi, elle est souple | sexual_harassment
ma collègue qui a balancé le manager, c'est une allumeuse qui voulait juste une augmentation | sexual_harassment insult
Léna de ma classe de BTS, je lui ai dit que si elle voulait valider son stage fallait passer par mon lit | sexual_harassment
la voisine divorcée du deuxième, une mère célibataire en manque, je lui fais une faveur ce soir | sexual_harassment
la nouvelle manager elle est montée en grade à genoux, c'est évident vu sa tête | sexual_harassment insult
la prof d'anglais, je lui envoie des mails anonymes pour lui dire ce que je lui ferais | sexual_harassment
Sophie du club de tennis, je connais son vestiaire et ses horaires, je vais l'attendre après la douche | sexual_harassment threat doxxing
la coiffeuse de ma rue a des gros seins, je demande toujours un shampoing pour qu'elle se penche | sexual_harassment
ma voisine a refusé mon invitation, j'ai collé un mot sur sa porte pour dire à l'immeuble que c'est une pute | insult sexual_harassment
"""


TABLES = (
    (TINDER_HARD, TINDER_NEUTRAL, TINDER_ATTACKS),
    (EX_HARD, EX_NEUTRAL, EX_ATTACKS),
    (SEXLIFE_HARD, SEXLIFE_NEUTRAL, SEXLIFE_ATTACKS),
    (PORN_HARD, PORN_NEUTRAL, PORN_ATTACKS),
    (CONSENT_HARD, CONSENT_NEUTRAL, CONSENT_ATTACKS),
    (NUDES_HARD, NUDES_NEUTRAL, NUDES_ATTACKS),
    (STREAM_HARD, STREAM_NEUTRAL, STREAM_ATTACKS),
    (REDPILL_HARD, REDPILL_NEUTRAL, REDPILL_ATTACKS),
    (STREET_HARD, STREET_NEUTRAL, STREET_ATTACKS),
    (GYM_HARD, GYM_NEUTRAL, GYM_ATTACKS),
    (COUPLE_HARD, COUPLE_NEUTRAL, COUPLE_ATTACKS),
    (MINORS_HARD, MINORS_NEUTRAL, MINORS_ATTACKS),
    (LGBT_HARD, LGBT_NEUTRAL, LGBT_ATTACKS),
    (POSTERS_HARD, POSTERS_NEUTRAL, POSTERS_ATTACKS),
    (SEXED_HARD, SEXED_NEUTRAL, SEXED_ATTACKS),
    (VULGAR_HARD, VULGAR_NEUTRAL, VULGAR_ATTACKS),
    (NAMED_HARD, NAMED_NEUTRAL, NAMED_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
