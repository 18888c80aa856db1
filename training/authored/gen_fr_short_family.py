"""Generate fr_short_family.csv: short French forum posts that mention someone's family, both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Attacks go through a
poster's family: "ta mère la pute" and its relatives, sexual remarks about a poster's mother,
sister, girlfriend or child (with `threat` when a minor is the target), "ton père t'a abandonné et
il a eu raison", wishing the family dead, threatening to find them, exposing where they live or
work, attacking the family's origin or religion, mocking their bodies, and "tes parents seraient
mieux sans toi" pushes to self-harm. Harmless lines use the same words and the same second
person: questions about a poster's mother, father, sister, brother, girlfriend, parents or
children, advice, family news (births, deaths, illness, divorce), support, jokes about one's own
family, affectionate "ta mère" banter, and people reporting or condemning a "ta mère" insult.
Every line is 5 to 25 words. No extra variants.
See fr_short_family.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_family.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the family words and the
# second person the attacks use, and attack nobody; neutral lines are ordinary posts on the topic.

# --- The mother: ta mère, ta daronne ------------------------------------------------------------
MOTHER_HARD = """
ta daronne elle fait quoi comme taf au final, t'avais dit infirmiere de nuit non ?
ta mère t'a laissé partir en festival seul à 17 ans ? la mienne aurait jamais voulu :rire:
ta mere cuisine vraiment le couscous tous les dimanches ? je m'invite khey :hap:
Ta daronne a raison l'op, range ta chambre avant qu'elle revienne de vacances
ta mère te harcèle pour que tu passes le permis ? pareil ici, c'est leur passion
Khey ta mère a bien le droit de refaire sa vie après le divorce, laisse la respirer
ta mere a quel âge pour etre aussi à l'aise sur tiktok ? la mienne sait pas envoyer un vocal
ta daronne t'appelle encore tous les soirs alors que t'as 23 ans ? c'est mignon en vrai
Dis à ta mère que son gâteau au yaourt était incroyable, toute la coloc a adoré
ta mère est prof ? du coup t'avais pas le droit à l'erreur au collège ayaa
elle est comment ta relation avec ta mere depuis que t'as quitté la maison ?
ta mere te fait encore tes lessives ? assume golem on est tous passés par là :noel:
ta daronne vient de découvrir les memes, prépare toi à recevoir des minions tous les matins :rire:
si ta mère t'engueule pour tes notes c'est qu'elle tient à toi, parle lui calmement
ta mère est malade et t'as peur de lui en parler ? ecris lui une lettre, ça aide parfois
l'op ta mere a l'air d'être une crème, profite d'elle tant qu'elle est là
ta mère la pute ? t'as quel âge pour sortir ça en 2024 sérieux, signalé
"ta mère en string" comme seul argument, bravo le niveau du débat l'auteur
Ta daronne a repris ses études à 45 ans ? respect total, transmets lui mes félicitations
ta mere elle t'a vraiment offert une ps5 pour ton bac ? elle m'adopte quand ? :noel:
ta mère c'est la meilleure, elle m'a ramené chez moi à 3h du mat sans poser de question
ta daronne fait partie du groupe whatsapp des voisins ? alors tout le quartier est au courant :hap:
T'as demandé à ta mere la recette de son gratin ? je veux la meme
ta mère bosse de nuit à l'hôpital, respecte son sommeil le matin et baisse ta musique khey
je lis ton topic et franchement ta mère a l'air épuisée, aide la un peu à la maison
ta mere t'envoie des colis à la fac ? la mienne m'envoie juste des articles du Parisien
Si ta daronne t'as dit non pour le scooter c'est mort, négocie avec ton père
ta mère est fan de Johnny aussi ? on devrait organiser un apéro entre daronnes :rire:
ta mere a divorcé et elle se remet à sortir le vendredi, laisse la vivre l'op
ta daronne qui te demande si t'as mangé à chaque appel, la mienne aussi ça me tue
Ta mère t'a pas parlé pendant une semaine après ton tatouage ? normal khey, elle va s'y faire
nique ta mère c'est pas un argument, reviens quand t'auras une vraie réponse
ta mère a raison de vouloir que tu fasses un stage, le marché est galère en ce moment
ta mere t'a fait un gâteau pour tes 20 ans avec une photo de toi bébé dessus ? légendaire :rire:
je connais ta mère depuis la maternelle, elle a toujours fait les meilleures crêpes du quartier
ta daronne est sage-femme ? elle a dû en voir des vertes et des pas mûres
ta mère t'a toujours élevé seule ? respect à elle, c'est un taf monstre
ta mère a vu ton historique ? paix à ton âme khey :noel:
"""

MOTHER_NEUTRAL = """
ma mère part à la retraite en juin, je cherche une idée de cadeau pas trop ringarde
La fête des mères c'est quelle date cette année déjà ? je suis toujours à la bourre
ma mère m'a appris à cuisiner à 12 ans et franchement c'est le meilleur truc qu'elle m'ait donné
ma daronne me demande encore comment on met une photo de profil sur facebook :rire:
vous appelez votre mère combien de fois par semaine les kheys ? moi deux fois
ma mere a eu son permis à 50 ans, toute la famille a applaudi au repas
"""

MOTHER_ATTACKS = """
ta mère la pute elle fait des remises le dimanche ou pas ? | insult sexual_harassment
ta mere en string sur le parking d'Auchan, c'est tout ce que t'as comme souvenir d'enfance | insult sexual_harassment
nique ta mère l'op, ton topic est aussi inutile que toi | insult
ta daronne elle suce pour un ticket resto, tout le monde le sait dans ta ville | insult sexual_harassment
fils de pute va, ta mère aurait du avaler ce soir là | insult sexual_harassment
ta mère elle t'a eu avec qui, même elle le sait pas ayaa | insult
Je connais bien ta mère, toute la cité la connaît si tu vois ce que je veux dire :noel: | insult sexual_harassment
ta daronne je l'ai eue hier soir, dis lui de rappeler :hap: | insult sexual_harassment
ta mere aurait mieux fait d'avorter, ça aurait évité ce topic de golem :rire: | insult
t'es la honte de ta mère, elle doit pleurer chaque fois qu'elle te regarde | insult
ta mère bosse dans un bordel et tu viens nous faire la morale sur le forum ? | insult sexual_harassment
ntm toi et ta daronne, retourne jouer à fortnite | insult
ta mere ouvre les jambes plus vite que tu ouvres un livre | insult sexual_harassment
ta mère c'est une trainée et toi t'es son erreur de parcours | insult
Dis à ta daronne que je passe ce soir, qu'elle mette la lingerie rouge :noel: | insult sexual_harassment
ta mère a ramené tellement de mecs que t'as quinze beaux pères, normal que tu sois paumé | insult
ta mere la catin, elle t'a élevé au rsa et aux cigarettes | insult
l'op je parie que ta mère tourne des vidéos pour adultes, ça expliquerait tes goûts | insult sexual_harassment
ta daronne elle a honte de toi et elle a bien raison | insult
ta mère t'aime pas khey, elle te supporte parce que la loi l'oblige | insult
retourne téter ta mère bébé cadum :rire: | insult
Ta mère je la prends en levrette devant toi, après tu pleures sur le forum | insult sexual_harassment
ta mere elle sait que son fils passe ses nuits à chialer sur le forum ? dégénéré va | insult
ta daronne la grosse chienne, elle aboie quand tu rentres en retard ? | insult
ta mère est tellement conne qu'elle t'a gardé :rire: | insult
Envoie une photo de ta mère en maillot, on va lui mettre une note :noel: | sexual_harassment
ta mere elle me doit encore vingt balles pour la dernière passe | insult sexual_harassment
t'es un accident, ta mère le dit à tout le monde à la boulangerie | insult
ta mère la pute, viens pas pleurer quand on te répond | insult
ta daronne en nuisette qui m'ouvre la porte, meilleur souvenir de ma semaine | insult sexual_harassment
golem ta mère a dû te faire tomber sur la tête à la naissance, pas possible autrement | insult
ta mère elle fait le trottoir à Pigalle, c'est pour ça que t'as jamais eu de goûter | insult sexual_harassment
ta mère baise avec tout le quartier et toi tu fais le malin | insult sexual_harassment
je crache sur ta mère et sur toute ta lignée de cassos | insult
"""

# --- The father: ton père, ton daron ------------------------------------------------------------
FATHER_HARD = """
ton père t'a vraiment appris à conduire sur un parking de supermarché ? pareil ici :rire:
ton daron fait quoi dans la vie déjà, il est toujours routier ?
ton père est parti quand t'avais 5 ans ? je suis désolé khey, tu mérites mieux que ça
Ton daron a raison, un CDI dans la fonction publique c'est pas rien en ce moment
ton pere te parle plus depuis que t'as arrêté la fac ? laisse lui du temps, ça va revenir
ton daron qui met du Sardou à fond dans la voiture, je valide totalement
ton père t'a abandonné et c'est lui qui loupe le meilleur, c'est sa perte pas la tienne l'op
ton pere boit trop et ça part en cris le soir ? parles en à une asso, t'es pas seul khey
ton daron bricole tout lui même ? le mien appelle un artisan pour changer une ampoule :hap:
ton père t'a fait une blague de papa devant ta copine ? c'est le rite de passage khey
Ton pere est à la retraite et il s'ennuie ? inscris le au club de pétanque, succès garanti
ton daron qui dit "c'était mieux avant" à chaque repas, il a rencontré le mien ?
ton père te reconnaît pas comme son fils ? tu peux lancer une procédure, renseigne toi chez un avocat
Ton père est mort quand t'étais petit ? courage l'op, c'est normal que ça revienne à certains moments
ton daron supporte l'OM ? condoléances golem :noel:
ton pere a perdu son taf à 55 ans, c'est dur, soutiens le sans trop le brusquer
ton père t'a jamais dit qu'il était fier de toi ? beaucoup de pères de cette génération savent pas le dire
ton daron t'a prêté sa voiture pour le week end ? il t'aime plus que tu crois
ton pere a bien fait de te pousser vers l'apprentissage, regarde où t'en es maintenant
ton daron il a fait l'armée ? ça explique le réveil à 6h le samedi :rire:
l'op ton père a l'air d'être un mec bien, dommage qu'il ait du mal à l'exprimer
ton père veut que tu reprennes la boulangerie ? t'as le droit de dire non, parle lui franchement
ton pere qui te demande de lui réinstaller windows tous les mois, le classique
ton daron t'a grillé en train de fumer ? il a fait quoi, il t'a confisqué le scooter ?
"ton père t'a abandonné" comme insulte, faut vraiment être vide dans sa tête pour sortir ça
Ton père est routier et il rentre que le week end ? ça doit être dur pour ta mère aussi
ton pere s'est remarié avec une femme de ton âge ? ayaa le malaise aux repas de famille
ton daron m'a appris à pêcher quand on était gosses, passe lui le bonjour de ma part
ton père menace de te couper les vivres si tu rates ton année ? c'est de la pression, parle avec lui à froid
ton pere a le même humour que toi, on voit d'où tu tiens :hap:
ton père t'a offert sa vieille montre pour tes 18 ans ? garde la précieusement
Ton daron a fait un AVC ? courage khey, la rééducation c'est long mais ça marche souvent
ton père est policier et tu fumes des joints ? tu joues avec le feu l'op :rire:
ton père bosse avec le mien à l'usine, ils se sont croisés au pot de départ de Gégé
"""

FATHER_NEUTRAL = """
mon père m'a appelé pour me demander comment on fait une capture d'écran, je l'aime ce vieux
la fête des pères c'est en juin, vous offrez quoi à votre daron cette année ?
mon daron vient d'avoir 60 ans, on lui a fait une surprise avec tous ses potes de lycée
Mon père m'a jamais reconnu et je pense que ça me travaille plus que je veux l'admettre
mon pere et moi on regarde le foot ensemble chaque dimanche, c'est notre seul moment à deux
"""

FATHER_ATTACKS = """
ton père t'a abandonné et franchement je le comprends, qui voudrait d'un fils pareil | insult
ton daron est parti acheter des clopes en 2006, il reviendra pas khey | insult
même ton père a pas voulu de toi, pourquoi nous on devrait te supporter | insult
ton pere est un alcoolo qui bat ta mère et toi t'es le même en pire | insult
ton daron a honte de toi, il dit à ses collègues qu'il a pas d'enfant | insult
ton père c'est un raté et t'as hérité de ses gènes de raté | insult
ton père aurait dû mettre une capote ce soir là | insult
ton daron il est en prison et c'est la meilleure chose qui soit arrivée à ta famille | insult
T'as pas de père, ça explique pourquoi t'es aussi mal élevé | insult
ton pere c'est un cocu, toute la rue le sait sauf lui :rire: | insult
ton daron ferait mieux de crever dans son garage, au moins il arrêterait de te fabriquer des excuses | threat insult
ton père je vais l'attendre à la sortie de son taf et lui péter les genoux | threat
j'espère que ton père chope un cancer, ça t'apprendra à ouvrir ta gueule | threat insult
ton pere chômeur qui vit sur le dos de l'état, normal que t'aies aucune ambition | insult
ton daron est mort et franchement c'est pas une grande perte pour l'humanité | insult
ton père se serait pendu s'il avait vu ce que t'es devenu | insult
ton daron pleure le soir en se demandant ce qu'il a raté avec toi :rire: | insult
fils de personne va, ton père lui même t'a renié | insult
ton pere il t'a frappé trop fort quand t'étais petit, ça explique tout | insult
Ton père est parti parce qu'il a vu ta gueule à la maternité | insult body_shaming
ton daron va recevoir un petit colis chez lui, je sais où il gare son camion | threat doxxing
ton père bosse à la déchetterie de Montluçon, je vais passer lui dire bonjour avec des potes | threat doxxing
ton père c'est le pointeur notoire de ton village, tout le monde le sait | insult
ton daron le gros beauf qui sent la bière à dix mètres ayaa | insult body_shaming
même ton père préfère ton petit frère, il l'a dit au repas de Noël :hap: | insult
ton pere a quitté ta mere pour une plus jeune et on le comprend vu la gueule de ta mère | insult body_shaming
J'espère que ton daron se prend un platane en rentrant ce soir | threat
ton père c'est le genre à mater les petites en sortie de lycée, tel père tel fils | insult
t'es le fils de ton père, un minable qui finira seul | insult
ton daron je l'ai vu faire la manche devant la gare, gros clochard | insult
ton père a dû te vendre pour un pack de kro, pas possible | insult
ton pere n'a jamais voulu de toi, il paie même pas la pension, demande toi pourquoi | insult
"""

# --- The sister: ta sœur, ta petite sœur (minors included) ---------------------------------------
SISTER_HARD = """
ta soeur a eu sa mention au bac ? félicite la de ma part, c'est énorme
ta sœur fait médecine ? la PASS c'est l'enfer, dis lui de tenir bon
ta petite soeur entre en sixième ? achète lui un bon sac, le collège c'est lourd :hap:
ta soeur est enceinte ? tonton l'op incoming, félicitations khey
Ta grande sœur t'a appris à jouer à Mario Kart ? la mienne me laissait jamais la manette
ta soeur se marie en aout ? prépare ton discours de témoin dès maintenant
ta petite sœur est en troisième ? dis lui que le brevet ça se prépare tranquillement, pas de panique
ta soeur elle a quel âge maintenant ? la derniere fois que je l'ai vue elle faisait du vélo à roulettes
ta sœur te pique tes sweats ? la mienne me vole mes chargeurs depuis dix ans
ta soeur a déménagé à Lyon pour ses études ? c'est une super ville pour les étudiants
Si ta petite soeur se fait harceler au collège, va voir le CPE avec tes parents direct
ta soeur sort avec ton meilleur pote ? ayaa le malaise, mais s'ils sont heureux laisse les
ta grande soeur t'as aidé pour ton CV ? garde la, c'est rare les soeurs comme ça
ta sœur joue au hand en nationale ? elle est chaud, tu dois être fier
ta petite soeur a eu son premier téléphone ? active le contrôle parental et parle lui des inconnus en ligne
quelqu'un a parlé de ta soeur de façon dégueulasse sur le topic ? signale, les modos bannissent direct pour ça
"ta soeur elle fait combien" ayaa le forum a pas changé depuis 2010, ça fait pitié
ta soeur est infirmière ? demande lui pour ton grain de beauté au lieu de demander au forum :hap:
ta sœur a redoublé sa seconde ? c'est pas la fin du monde, moi aussi et j'ai un master aujourd'hui
ta soeur t'a balancé aux parents pour la soirée ? la trahison familiale classique :noel:
ta petite sœur veut un chat pour son anniversaire ? prenez en un à la SPA
Ta soeur te manque depuis qu'elle est partie au Canada ? faites des appels vidéo le dimanche
ta soeur est en couple avec une fille ? et alors, l'important c'est qu'elle soit bien
ta grande soeur a acheté un appart à 25 ans ? elle a un secret, elle vend quoi :noel:
ta soeur veut faire une école d'art et tes parents refusent ? soutiens la, c'est son choix
ta petite soeur a peur du noir à 10 ans ? normal, moi j'avais peur jusqu'à 14 ans
ta sœur qui passe 3h dans la salle de bain le matin, on a tous vécu ça khey
elle est super belle la photo du mariage de ta soeur, c'était où la salle ?
ta sœur elle est encore au lycée ou elle a commencé la fac ?
ta soeur a fait une fugue ? préviens la police tout de suite l'op, pas demain
ta petite soeur t'a dessiné un portrait pour ton anniv ? affiche le au dessus de ton bureau :ok:
ta sœur et ma sœur sont dans la même classe de BTS, elles se connaissent apparemment
ta soeur fait du cheval ? ça coûte un rein ce sport, tes parents sont courageux
si un mec de 25 ans drague ta petite soeur de 15 ans sur snap, c'est un signalement à la police direct
"""

SISTER_NEUTRAL = """
ma soeur vient d'avoir son permis et elle a déjà rayé la voiture de mon père :rire:
On s'entendait mal avec ma grande soeur et depuis qu'on vit plus ensemble on est super proches
ma petite soeur me demande de l'aide en maths et j'ai tout oublié, les kheys help
Vous étiez proches de vos frères et sœurs pendant l'adolescence ?
ma sœur part en Erasmus en Espagne, je vais lui rendre visite en mars
"""

SISTER_ATTACKS = """
ta soeur elle prend combien pour une nuit, je demande pour un pote :noel: | insult sexual_harassment
ta sœur je la connais, elle a fait tout le vestiaire du club de foot | insult sexual_harassment
envoie le snap de ta sœur khey, je suis sûr qu'elle est plus drôle que toi :noel: | sexual_harassment
ta petite soeur elle a 14 ans ? dans deux ans elle sera bonne, garde la au chaud pour moi | sexual_harassment threat
ta petite soeur est en troisieme ? donne moi son snap, je l'aide pour les révisions :noel: | sexual_harassment threat
ta soeur en mini jupe à la fête du village, j'y repense encore le soir :noel: | sexual_harassment
ta sœur la tasspé qui poste des photos en maillot, elle cherche quoi d'après toi | insult sexual_harassment
ta soeur elle suce au fond du bus, tout ton lycée est au courant | insult sexual_harassment
Dis à ta soeur de m'ajouter, j'ai des trucs à lui montrer en privé :noel: | sexual_harassment
elle a quel âge ta petite sœur ? parce que moi l'âge je m'en fous tant qu'elle est formée | sexual_harassment threat
ta soeur je la baise dans ta chambre pendant que tu joues à la play | insult sexual_harassment
la photo de ta soeur que t'as postée, je l'ai enregistrée pour mes soirées :noel: | sexual_harassment
ta sœur est tellement facile que même toi t'y as eu droit | insult sexual_harassment
ta sœur ferait une bonne actrice porno, dis lui de me contacter | insult sexual_harassment
ta petite soeur elle rentre seule de l'école ? faudrait que je passe la chercher un de ces jours :noel: | sexual_harassment threat
ta soeur la grosse cochonne, elle mange autant qu'elle couche | insult sexual_harassment body_shaming
ayaa ta sœur a une tête de cheval, même pour 10 balles personne la toucherait | insult body_shaming
t'as une sœur de 13 ans ? ramène la à la prochaine IRL, on va bien s'occuper d'elle | sexual_harassment threat
ta soeur je lui ai envoyé une photo de ma bite, elle a pas répondu la coincée | insult sexual_harassment
ta soeur je sais à quelle heure elle sort du lycée, je vais aller lui parler gentiment | threat sexual_harassment doxxing
ta grande soeur fait la pute sur les applis, je l'ai vue sur Tinder avec un tarif | insult sexual_harassment
ta soeur c'est un sac à foutre, tu le sais et tu dis rien | insult sexual_harassment
ta soeur j'ai ses nudes, si tu continues je les balance sur le topic | sexual_harassment threat
ta sœur en string, je la note 7 sur 10, tu peux lui transmettre :noel: | sexual_harassment
ta petite soeur elle a des seins déjà ? envoie une photo pour voir | sexual_harassment threat
ta sœur est tellement moche que vous êtes obligés de la cacher dans la cave | insult body_shaming
ta soeur elle a un compte mym ? je paierais bien pour voir ça | sexual_harassment
ta sœur elle serait mieux dans mon lit que dans sa fac de lettres | sexual_harassment
va dire à ta petite sœur de 15 ans que je l'attends derrière le gymnase :noel: | sexual_harassment threat
ta soeur est une salope et toi t'es le frère de la salope | insult
ta sœur je l'ai prise dans les toilettes du Macdo, demande lui | insult sexual_harassment
Elle est en quelle classe ta petite soeur ? je suis prof particulier, je me déplace à domicile :noel: | sexual_harassment threat
"""

# --- The girlfriend or boyfriend: ta copine, ta meuf, ton mec ------------------------------------
PARTNER_HARD = """
ta copine t'a largué par message ? sale mais ça arrive, prends du temps pour toi khey
ta meuf veut qu'on fasse un voyage à quatre ? carrément, on cherche un airbnb en Bretagne
ta copine est en L3 de psycho ? la mienne aussi, elles devraient se rencontrer
ta meuf t'a offert quoi pour vos un an ? moi j'ai eu une plante et j'ai adoré
Ta copine veut emménager avec toi au bout de 3 mois ? c'est rapide mais si vous êtes sûrs
ta meuf est jalouse de ta pote d'enfance ? parlez en à trois, ça désamorce souvent
ta copine a des problèmes avec ses parents ? sois présent, écoute la sans juger
ta meuf a réussi son concours de prof ? champagne l'op, elle a bossé comme une dingue
ta copine te trompe ? t'as des preuves ou c'est juste une impression khey
ta meuf te demande ton code de téléphone ? c'est un red flag, faut en parler
"ta meuf elle me suce" en réponse à un topic sur les impôts, ayaa le niveau de l'argumentation
ta copine est enceinte à 21 ans et vous flippez ? c'est normal, prenez le temps de décider à deux
ta meuf est pas à l'aise quand tu vas aux soirées sans elle ? faut poser les choses
Ta copine et toi vous êtes ensemble depuis le lycée ? trop beau, 7 ans c'est rare
ta meuf a dit oui pour la demande en mariage ? félicitations khey, ça fait plaisir à lire
ta copine est rayonnante sur la photo du nouvel an, vous faites un beau couple tous les deux
ta meuf parle mieux espagnol que toi ? normal elle a fait un erasmus, toi t'as fait fortnite :noel:
ta copine te présente à ses parents ce week end ? apporte des fleurs et évite la politique
ta meuf t'a bloqué partout après la dispute ? laisse passer quelques jours avant d'écrire
ta copine veut pas que tu postes des photos d'elle ? respecte ça, c'est son image
ta meuf a chopé le covid pendant vos vacances ? pas de chance, bon rétablissement à elle
ta copine fait du crossfit ? elle va te traîner à la salle de force :rire:
ton copain t'a demandé en mariage devant toute la famille ? félicitations madame, belle histoire
ton mec te fouille ton téléphone ? c'est du contrôle, parle en à quelqu'un de confiance
ta meuf t'a quitté pour ton meilleur pote ? double peine khey, courage, ça passe
si quelqu'un commente la photo de ta copine en mode dégueu, signale et bloque sans discuter
ta copine gagne plus que toi et ça te gêne ? khey on est en 2024, sois fier d'elle
ta meuf a trouvé un taf à Bordeaux et toi t'es à Lille ? la distance c'est dur mais ça se fait
ta copine elle fait quoi comme études déjà ? t'en as parlé dans un ancien topic je crois
ta meuf t'a fait découvrir le théâtre ? et t'as aimé en plus, elle a bien fait
ta copine t'a offert un chiot ? méga cadeau, montre des photos du chien :hap:
ta meuf aime pas tes potes ? soit elle a raison sur eux soit faut qu'elle les connaisse mieux :rire:
"""

PARTNER_NEUTRAL = """
ma copine et moi on fête nos deux ans, vous avez des idées de resto pas trop chers à Nantes ?
Je vais présenter ma meuf à mes parents dimanche et je stresse plus qu'elle
ma copine m'a appris à faire des lasagnes maison, j'ai enfin un plat signature
vous avez rencontré votre copine comment les kheys ? moi c'était en soirée chez un pote
ma meuf et moi on s'est séparés à l'amiable, ça arrive aussi les histoires qui finissent bien
"""

PARTNER_ATTACKS = """
ta meuf elle me suce derrière ton dos et après elle vient t'embrasser :noel: | insult sexual_harassment
ta copine je l'ai eue avant toi, tout le monde l'a eue avant toi | insult sexual_harassment
poste une photo de ta meuf en maillot, on te dira si elle vaut le coup :noel: | sexual_harassment
ta copine elle jouit qu'avec son vibro, normal avec le micropénis que t'as | insult sexual_harassment body_shaming
ta meuf est tellement bonne que je me demande ce qu'elle fout avec un golem comme toi | insult sexual_harassment
ta copine la pute, elle te trompe avec le livreur deliveroo | insult
ta meuf je lui ai écrit en privé, elle m'a envoyé des photos, t'es cocu khey | insult sexual_harassment
ta copine elle a un gros cul, je la croise à la salle tous les matins :noel: | sexual_harassment
ta meuf on va se la faire à plusieurs à ta prochaine soirée | sexual_harassment threat
ta copine elle est moche comme un pou, t'as eu pitié ou quoi khey :rire: | insult body_shaming
khey ta meuf c'est un thon, pas étonnant qu'elle se soit rabattue sur toi | insult body_shaming
donne l'insta de ta meuf, je vais lui montrer ce que c'est un vrai mec | sexual_harassment
ta copine je l'ai déjà vue sur un site de camgirls, elle est pas chère d'ailleurs | insult sexual_harassment
ta meuf tu la partages ? parce que moi je suis pas contre :noel: | sexual_harassment
ta copine elle suce mieux que toi tu codes, ça c'est sûr | insult sexual_harassment
Ta meuf va se faire défoncer par un vrai mec dès que t'auras le dos tourné | insult sexual_harassment
ta copine elle a 16 ans et toi 24, t'es un gros pédo khey | insult
ta meuf je vais la retrouver, je sais qu'elle bosse au Starbucks de la gare | threat doxxing
ta copine s'appelle Léa et habite à côté du lycée Jean Moulin, régalez vous les kheys | doxxing
ta meuf c'est une grosse vache, tu la fais rouler pour la sortir ? | insult body_shaming
ta copine t'a quitté parce que t'es un déchet, elle a eu raison | insult
ta meuf elle est bien foutue, dommage qu'elle soit avec un cassos comme toi :noel: | insult sexual_harassment
j'ai enregistré les photos de ta copine, je vais les faire tourner sur discord | sexual_harassment threat
ta meuf elle me regarde en cours, elle en a marre de ta petite bite | insult sexual_harassment
ta copine elle est trans ou quoi, elle a des épaules de camionneur | insult identity_hate body_shaming
ta meuf je vais lui faire un enfant dans le dos, tu l'élèveras comme un bon cocu | insult sexual_harassment
ton mec il a une tête de violeur, tu le sais au moins ? | insult body_shaming
ton copain me drague en mp depuis un mois, c'est un porc et toi une idiote | insult
ta meuf je l'attends à la sortie de son taf pour lui montrer ce que c'est un homme | threat sexual_harassment
ta copine en string sur ton insta, ça mérite une soirée privée :noel: | sexual_harassment
ta meuf va finir sur un trottoir et toi comme son mac | insult
"""

# --- The brother: ton frère, ton petit frère -----------------------------------------------------
BROTHER_HARD = """
ton frère a eu son code du premier coup ? le mien l'a raté trois fois :rire:
ton grand frere t'a appris à faire tes lacets à 8 ans ? classe
ton petit frère joue à quoi en ce moment ? je peux lui conseiller des jeux si tu veux
ton frère est autiste ? ma cousine aussi, y a des groupes de parole super pour les familles
ton frère est en prison ? ça doit être dur pour toi, tu peux lui écrire tu sais
Ton frère fait de la boxe ? dis lui de passer à mon club, on cherche des sparring
ton petit frère se fait racketter au collège ? va voir la direction et porte plainte, sérieux
ton frère a ouvert son resto ? file le nom, je passe ce week end avec ma meuf
ton frere et toi vous vous parlez plus depuis l'héritage ? classique, mais ça vaut le coup de réessayer
ton grand frère t'a défendu contre les relous du quartier ? respect à lui
ton frère est gay et t'as peur de la réaction de vos parents ? soutiens le déjà toi, c'est énorme
ton petit frere fait des crises à table ? il a quel âge, parce que ça passe souvent
ton frère est parti bosser en Belgique ? il revient quand pour Noël ?
ton frère t'a piqué ta switch et l'a cassée ? ayaa, fais le payer avec son argent de poche :hap:
ton frère jumeau est plus grand que toi ? la génétique est cruelle khey :rire:
Ton frère c'est le mec qui a gagné le tournoi de Smash le mois dernier ? gg à lui
ton frère est hospitalisé depuis une semaine ? on pense fort à lui sur le topic
ton frere t'a aidé à déménager un dimanche à 8h ? c'est ça la famille khey
ton petit frère veut arrêter l'école à 16 ans ? parle lui d'apprentissage, c'est une vraie option
ton frère a eu un gosse ? tonton l'op, félicitations
ton grand frere est militaire ? il doit etre souvent parti, ça va ta mère ?
ton frère bosse dans la tech ? demande lui un piston pour ton stage, c'est pas honteux
ton frère t'a balancé aux parents pour la clope ? vengeance froide, attends son anniversaire :noel:
ton petit frère a pleuré devant le Roi Lion ? moi aussi à 22 ans, aucune honte
Ton frère veut devenir streamer ? laisse le tenter, au pire il aura appris le montage
ton frere et toi vous avez le même rire, c'est perturbant en vocal :rire:
ton frère a fait une tentative de suicide ? je suis désolé l'op, reste près de lui et appelez une ligne d'écoute
ton grand frère t'a payé ton permis ? c'est un frère en or, remercie le
ton frère il est dans la même promo que moi en STAPS, sympa le gars
"""

BROTHER_NEUTRAL = """
mon petit frère vient d'avoir son bac, première personne de la famille à le décrocher
mon frère et moi on a 10 ans d'écart, du coup je suis un peu son deuxième père
vous vous battiez souvent avec vos frères petits ? moi c'était tous les jours
mon grand frere me manque depuis qu'il bosse au Québec, le décalage horaire c'est galère
mon frère m'a demandé d'être parrain de sa fille, j'ai pas su quoi dire tellement j'étais ému
"""

BROTHER_ATTACKS = """
ton frère c'est un cassos qui deal en bas de chez ta mère, la famille parfaite | insult
ton frere le mongol qui bave à la fenêtre, il va bien ? | insult identity_hate
ton frère est en prison et franchement qu'il y crève, ça fera un parasite de moins | insult threat
ton petit frère je vais le choper à la sortie du collège, tu vas voir | threat
ton frère c'est la honte de ta famille et toi tu le suis de près | insult
ton frère s'est fait passer dessus par tout le quartier, une famille de putes | insult sexual_harassment
ton grand frère est tellement gros qu'il prend deux places dans le bus | insult body_shaming
ton frère le pd qui se maquille, la famille a du mal hein :rire: | insult identity_hate
ton frère a raté sa vie et toi t'es en train de le copier | insult
ton frere j'espère qu'il finira sous un camion, il mérite que ça | threat
ton petit frère on va lui apprendre la vie derrière le gymnase, dis lui de faire gaffe | threat
ton frère est un drogué de merde et ta mère le sait | insult
ton frère t'as pas dit ? il est en foyer parce que même tes parents en voulaient plus | insult
ton frère il a une tête de fœtus, vous sortez de la même usine | insult body_shaming
ton frère autiste il comprend même pas ce qu'on lui dit, comme toi | insult identity_hate
ton frère il habite au 3e au dessus du tabac de la place, on passe ce soir | threat doxxing
khey ton frère et toi vous êtes deux erreurs de la nature | insult
Ton frère s'est suicidé et tu viens faire le malin ici ? il a eu le bon réflexe | insult
ton frère je l'ai fait pleurer en cinquième et je recommencerai, petite merde | insult threat
ton frere c'est le genre de boloss qu'on enferme dans son casier | insult
ton grand frère il fait le caïd mais il s'est fait humilier devant tout le quartier | insult
ton petit frère il est aussi laid que toi, ta mère a pas eu de chance | insult body_shaming
ton frère est un raté de la fac qui vit chez ses parents à 30 ans, comme toi bientôt | insult
ton frere il devrait se pendre avec toi, ça soulagerait tes parents | insult self_harm_incitement
ton frère je vais le retrouver, je connais son club de foot et ses horaires d'entraînement | threat doxxing
ton frère fait le tapin sur grindr, tout le monde a vu son profil | insult sexual_harassment
ton frère je lui ai cassé le nez l'année dernière, t'es le prochain | threat
"""

# --- The parents: tes parents, tes darons --------------------------------------------------------
PARENTS_HARD = """
tes parents te laissent encore la voiture le week end ? profite khey, ça durera pas
tes parents divorcent et tu dois choisir chez qui vivre ? t'as le droit de dire ce que tu ressens au juge
tes darons viennent te voir à la fac ce week end ? range ton appart, sérieux :rire:
tes parents veulent pas que tu fasses une année de césure ? montre leur un plan précis, ça rassure
tes parents sont en Algérie pour l'été ? profite de la maison vide mais pas de soirée à 50 :hap:
tes parents te mettent la pression pour médecine ? c'est ta vie, pas la leur, parle en franchement
tes parents ont vendu la maison de ton enfance ? ça fait un truc bizarre, je comprends
Tes darons t'ont fait un virement pour ton anniv ? les miens m'ont envoyé une carte, c'est déjà ça :rire:
tes parents seraient fiers de toi l'op, t'as trouvé un CDI à 22 ans
tes parents ont honte de ton orientation ? c'est leur problème, pas le tien, t'as fait un bon choix
tes parents vivent encore ensemble après 30 ans ? rare et beau, respect à eux
tes darons te demandent quand tu ramènes une copine ? c'est le sujet préféré des repas de famille
tes parents t'ont foutu à la porte à 18 ans ? y a des foyers jeunes travailleurs, je t'envoie des infos en mp
tes parents sont sourds ? t'as appris la LSF avant le français alors, c'est trop cool
tes parents t'ont coupé les vivres ? regarde les bourses et l'aide au logement, ça aide vraiment
Tes parents seraient soulagés si tu leur parlais enfin de ta dépression, ils voient bien que ça va pas
tes parents se sont rencontrés sur minitel ? ayaa la génération :rire:
tes darons t'appellent encore "mon bébé" devant tes potes ? la honte éternelle khey
tes parents vont pas mourir de savoir que t'as arrêté la fac, dis leur maintenant
tes parents t'ont inscrit au BAFA sans te demander ? en vrai c'est un bon job d'été
tes parents veulent rencontrer ta copine ? fais un resto neutre, pas un repas de trois heures
tes darons ont fêté leurs noces d'argent ? vous avez fait une fête ?
tes parents sont âgés et tu t'occupes d'eux seul ? renseigne toi sur le statut d'aidant, t'as le droit de souffler
tes parents menacent de te mettre dehors si tu ramènes pas ton diplôme ? ils le disent sous le coup de la colère, t'inquiète
tes parents t'ont appelé Kévin ? c'est pas ta faute khey, on t'aime quand même :rire:
tes parents ont découvert ton topic ? supprime tout et change de pseudo :noel:
tes parents sont croyants et toi non ? parle leur avec respect, ils peuvent comprendre avec le temps
Tes parents sont partis à la retraite dans le sud ? tu vas avoir une maison de vacances gratuite
tes parents t'ont jamais dit je t'aime ? ça existe, ça veut pas dire qu'ils t'aiment pas
tes parents utilisent ton prénom d'usage maintenant ? trop bien, t'as de la chance
tes darons sont cools de t'avoir laissé partir en Australie un an, ça va être une dinguerie
"""

PARENTS_NEUTRAL = """
mes parents déménagent en Bretagne pour leur retraite, je vais devoir vider ma chambre d'ado
vous êtes partis de chez vos parents à quel âge les kheys ? moi 19 ans pour la fac
Mes darons fêtent leurs 30 ans de mariage et je dois faire un discours, je suis pas prêt
mes parents se sont séparés quand j'avais 12 ans et en fait ça s'est bien passé
chez mes parents on mange toujours à 19h pile, même le jour de Noël
"""

PARENTS_ATTACKS = """
tes parents seraient tellement mieux sans toi, fais leur une faveur et disparais pour de bon | insult self_harm_incitement
tes darons pleureraient même pas si tu sautais du pont, ils feraient une fête | insult self_harm_incitement
tes parents regrettent de t'avoir eu, ils me l'ont dit en mp :rire: | insult
tes parents sont cousins ou quoi, ça expliquerait ton QI :rire: | insult
rends service à tes parents, avale toutes les boîtes de la pharmacie familiale | self_harm_incitement
tes parents ont raté leur coup, la prochaine fois qu'ils prennent un chien | insult
tes darons touchent des allocs grâce à toi, c'est la seule utilité que t'as | insult
tes parents ont dû te trouver dans une poubelle, pas possible autrement khey | insult
tes parents on va leur rendre visite, on sait que c'est la maison jaune au bout de l'impasse | threat doxxing
tes parents seront libérés le jour où tu te tires une balle | self_harm_incitement
Tes parents t'ont élevé comme un chien et ça se voit | insult
tes darons sont des cassos de première, pas étonnant que t'en sois un | insult
tes parents méritent de crever pour avoir chié un déchet pareil | insult threat
tes parents je vais brûler leur bagnole devant leur pavillon, tu verras | threat
tes parents t'aiment pas, personne t'aime, va te foutre en l'air | insult self_harm_incitement
Tes darons auront plus jamais honte si tu fais le grand saut ce soir | self_harm_incitement
tes parents ont fait un gosse pour toucher les allocs et ils ont eu toi, c'est triste :rire: | insult
tes parents s'appellent Martine et Gérard Bouvrier et ils habitent rue des Lilas à Vierzon | doxxing
tes parents ont divorcé à cause de toi et tout le monde le sait | insult
tes darons c'est des alcoolos qui te frappaient, normal que t'aies fini comme ça | insult
tes parents vont recevoir des lettres de ma part, je connais leur adresse | threat doxxing
tes parents devraient te faire interner et jeter la clé | insult
tes vieux vont bientôt crever et t'auras même pas de quoi payer l'enterrement | insult
Tes parents j'espère qu'ils chopent une maladie et qu'ils souffrent longtemps | threat
tes darons t'ont mis à la porte ? logique, même eux te supportent plus, t'as plus qu'à sauter | insult self_harm_incitement
tes parents ont un pavillon à Rosny, je vais leur laisser un petit cadeau dans la boîte aux lettres | threat doxxing
t'es la plus grosse déception de tes parents, même ta mère te le dit | insult
tes parents sont des ploucs incultes et toi t'en es la preuve vivante | insult
tes darons font la manche au feu rouge, je les ai vus ce matin :hap: | insult
"""

# --- Children: ton fils, ta fille, tes gosses ----------------------------------------------------
CHILDREN_HARD = """
ton fils a fait ses premiers pas ? c'est le meilleur moment, profite khey
ta fille a quel âge maintenant, elle rentre en maternelle en septembre c'est ça ?
ton gosse pleure toute la nuit ? les coliques ça passe vers 3 mois, courage l'op
tes gosses t'ont fait une carte pour ta fête ? garde la, dans dix ans tu seras ému
ta fille fait de la danse ? la mienne aussi, le gala c'est trois heures de spectacle :rire:
ton fils se fait harceler à l'école ? va voir la maîtresse et garde des traces écrites
tes enfants sont trop mignons sur ta photo de profil, ils ont quel âge ?
ta fille de 4 ans veut devenir astronaute ? laisse la rêver, c'est beau
ton petit est malade à la crèche une semaine sur deux ? bienvenue dans la vie de parent :ouch:
ton fils mange que des pâtes ? le mien aussi, le pédiatre dit que ça passe
T'as eu ton enfant à 20 ans ? respect, moi j'arrive à peine à m'occuper d'une plante
ta fille a fait un caprice au supermarché ? on est tous passés par là, personne te juge
tes gosses jouent à Fortnite à 8 ans ? mets un contrôle parental et coupe le vocal
ton fils ressemble trop à toi bébé, c'est ton clone :rire:
ta fille est née prématurée ? elle a l'air d'être une battante, on pense à vous
ton bébé dort enfin la nuit ? tu vas revivre khey, savoure
tes enfants parlent arabe et français ? c'est une chance énorme pour eux
si quelqu'un pose des questions chelous sur ta fille en mp, fais des captures et signale
ton fils a eu un cancer à 3 ans ? il est guéri maintenant ? je suis tellement content pour vous
ta fille fait pipi au lit à 6 ans ? c'est plus courant qu'on croit, parles en au médecin
ton gosse t'a appelé par ton prénom devant la maîtresse ? ayaa la honte :noel:
tu postes des photos de ta fille en maillot sur un insta public ? fais gaffe khey, passe le compte en privé
ta fille ressemble à sa mère ou à toi ? j'ai l'impression qu'elle a tes yeux
ton fils est autiste et tu cherches une école ? regarde les ULIS, on a eu une bonne expérience
tes enfants t'ont offert un mug "meilleur papa" ? le classique qu'on adore
ta fille a eu son premier téléphone à 11 ans ? parle lui des inconnus qui écrivent en privé
ton fils est en garde alternée ? organiser les vacances ça doit être un casse tête
ta gamine a quel âge ? la mienne a 3 ans et elle parle déjà plus que moi :rire:
"""

CHILDREN_NEUTRAL = """
je suis papa depuis trois semaines et je dors deux heures par nuit, des conseils les kheys ?
ma fille a dit son premier mot et c'était "chat", pas papa, pas maman, chat
les places en crèche dans ma ville c'est une blague, on est sur liste d'attente depuis un an
Vous avez eu votre premier enfant à quel âge ? on se pose la question avec ma copine
mon fils entre au CP lundi et je crois que je stresse plus que lui
"""

CHILDREN_ATTACKS = """
ton gosse va finir comme toi, un assisté sans cerveau | insult
ta fille elle a 12 ans ? elle a déjà un insta, je peux la suivre :noel: | sexual_harassment threat
ta fille en maillot sur ton insta, continue à poster ça me fait plaisir :noel: | sexual_harassment threat
Tes gosses je sais dans quelle école ils vont, la maternelle à côté de l'église | threat doxxing
ton fils mériterait d'être placé à la DDASS, avec un père comme toi | insult
ta fille plus tard elle fera la pute, c'est génétique avec une mère comme la sienne | insult sexual_harassment
tes enfants vont avoir honte de toi toute leur vie, pauvres gosses | insult
ton gosse est moche comme un crapaud, t'aurais dû le rendre à la maternité :rire: | insult body_shaming
ton bébé j'espère qu'il fait une mort subite, un déchet de moins | threat
ta fille je vais l'attendre à la sortie de l'école, elle a l'air bien sage | threat sexual_harassment
ton fils le mongol, t'as pas fait le test pendant la grossesse ? | insult identity_hate
tes gosses seront tous des cassos au rsa comme leur père | insult
ta fille de 14 ans elle est bien développée pour son âge, envoie plus de photos | sexual_harassment threat
ton gosse il a pas de père, normal sa mère couche avec tout le quartier | insult sexual_harassment
ton fils faut lui faire faire un test de paternité, il a la tête du voisin :rire: | insult
tes enfants on va les retrouver, on a déjà le nom de ta rue | threat doxxing
ta fille elle a l'âge parfait, donne son snap pour qu'on discute | sexual_harassment threat
ton gosse va se faire tabasser à l'école à cause de son père, et ce sera mérité | insult threat
ton fils est autiste parce que t'as fumé pendant la grossesse, bravo la daronne | insult
t'es une mère indigne, tes gosses seraient mieux à l'assistance publique | insult
tes enfants devraient pas exister, ta lignée aurait dû s'arrêter avec toi | insult
ta gamine est grosse à 6 ans, tu la nourris qu'au McDo ou quoi | insult body_shaming
ton fils c'est une future victime, il a la tête à se faire racketter toute sa vie | insult
ta fille elle a quel âge ? je demande pour un ami qui aime bien les petites :noel: | sexual_harassment threat
tes gosses je leur souhaite de crever d'un cancer avant dix ans | threat
"""

# --- Family news: deaths, illness, births, divorce, grandparents ---------------------------------
NEWS_HARD = """
ta grand mère est décédée ? toutes mes condoléances khey, prends le temps qu'il faut
ta mère a un cancer du sein ? courage à elle et à toi, les traitements ont bien progressé
ton grand père fête ses 90 ans ? organise une vidéo avec tous les petits enfants, il va pleurer
ta tante s'est remariée à 60 ans ? trop beau, l'amour c'est à tout âge
ton oncle est mort du covid ? je suis désolé l'op, on pense à toi
ta famille se déchire pour l'héritage ? fais pas de procès, passe par un notaire et un médiateur
ta mamie est en Ehpad et elle te reconnaît plus ? va la voir quand même, elle sent ta présence
ta cousine a accouché ? félicitations à elle, c'est une fille ou un garçon ?
Tes parents divorcent après 25 ans ? c'est pas ta faute khey, vraiment pas
ta mère est morte il y a un an et ça revient par vagues ? c'est normal, le deuil c'est pas linéaire
ton père est en dialyse ? tu peux demander une reconnaissance d'aidant, renseigne toi à la mairie
ta famille est au complet pour Noël cette année ? profite, c'est rare
ta mère va se faire opérer demain ? tiens nous au courant, tout le topic croise les doigts
ton grand père t'a raconté la guerre d'Algérie ? enregistre le, ces récits sont précieux
ta sœur a fait une fausse couche ? sois juste là pour elle, pas besoin de trouver les mots
ta famille te parle plus depuis ton coming out ? tu peux venir en parler ici, on t'écoute
ton père a Parkinson ? ma tante aussi, l'activité physique aide beaucoup
T'as perdu ta mère à 19 ans ? je suis passé par là, écris moi si t'as besoin de parler
ta grand mère faisait le meilleur hachis parmentier de l'histoire ? la mienne aussi, on a eu de la chance
ta mère est enceinte à 44 ans ? un petit frère à 22 ans, ça va être drôle :rire:
ta famille vient d'arriver en France ? bienvenue, si t'as des questions sur la CAF demande
ton cousin s'est fait renverser ? j'espère qu'il va s'en sortir, tiens nous au courant
ta mère est en dépression depuis le divorce ? pousse la doucement vers un psy
ton papy qui joue encore aux cartes le jeudi à 88 ans, c'est une légende
ta grand mère est morte et t'as pas pu aller à l'enterrement ? tu peux lui dire au revoir autrement
ta famille est partie en vacances sans toi ? ayaa, comme dans Maman j'ai raté l'avion :rire:
ta mère est morte ? franchement désolé pour ma blague d'hier, je savais pas
ton père sort de l'hôpital aujourd'hui ? trop content pour vous khey
"""

NEWS_NEUTRAL = """
ma grand mère est partie la semaine dernière, elle avait 94 ans et une vie incroyable
On a appris que ma mère avait un diabète, toute la famille change ses habitudes
mon neveu est né hier, 3 kilos 400, je suis tonton pour la première fois
Mes parents divorcent après 20 ans de mariage et je sais pas comment me positionner
mon grand père m'a légué sa collection de vinyles, je les écoute tous les soirs
"""

NEWS_ATTACKS = """
ta grand mère est morte ? bon débarras, une vieille de moins qui coûte à la sécu | insult
ta mère a un cancer ? karma, j'espère qu'elle souffre bien | insult threat
ton père est mort ? il a eu de la chance de plus te voir | insult
ta mère est morte et elle doit se retourner dans sa tombe en lisant tes topics | insult
ta famille entière mérite de crever dans un accident de bagnole | threat
ta mamie en Ehpad elle sent la pisse et elle te reconnait pas, comme tout le monde | insult
Ta daronne est morte ? je vais aller pisser sur sa tombe ce week end | insult threat
ton oncle est mort du covid ? un de moins, ta famille de bouseux peut en perdre d'autres | insult threat
ta sœur a fait une fausse couche ? le bébé a eu de la chance d'éviter ta famille | insult
ta mère va se faire opérer ? j'espère que le chirurgien se loupe :rire: | threat
ton grand père en fauteuil il sert à quoi à part toucher sa retraite | insult
ta famille te parle plus ? normal, t'es un boulet, même eux ont compris | insult exclusion
ton père a Parkinson ? au moins il tremble déjà quand il voit ta gueule | insult
ta mère est morte et c'est la meilleure chose qui lui soit arrivée, plus besoin de te supporter | insult
ta famille est au complet pour Noël ? dommage qu'il y ait pas un incendie | threat
ta mère enceinte à 44 ans, encore un gosse débile en route :hap: | insult
ton cousin renversé ? le conducteur aurait dû repasser en marche arrière | threat
ta mère en dépression ? normal, elle t'a vu grandir, n'importe qui deviendrait fou | insult
ta grand mère je vais la débrancher moi même si tu continues | threat
ta famille entière est une erreur, je vous souhaite de finir à la rue | insult threat
ton père sort de l'hôpital ? dommage, on espérait tous le contraire sur le topic | insult threat
ta mère morte du cancer c'est la punition pour avoir fait un fils comme toi | insult
ta famille de consanguins se réunit pour Noël, faut bien que quelqu'un garde la ferme | insult
ta tante s'est remariée ? elle a trouvé un aveugle pour la prendre | insult body_shaming
"""

# --- Finding the family: threats and exposure, and their harmless twins --------------------------
FIND_HARD = """
quelqu'un a écrit l'adresse de mes parents sur le forum, je signale ça où exactement ?
on a menacé ta famille en mp ? fais des captures et va porter plainte, c'est pris au sérieux
ta mère bosse toujours à la mairie ? dis lui que ma tante la salue, elles étaient collègues
ta grand mère habite à côté de chez ma tante en fait, elles jouent au tarot ensemble le mardi :rire:
le mec qui t'a menacé de retrouver ta famille habite même pas dans ta région, respire khey
Ne mettez jamais le nom de famille de vos parents en ligne, ça peut servir à des relous
ta mere t'attend à la sortie du lycée ce soir ? dis lui qu'on finit plus tard, le prof est absent
ton père va te tuer quand il verra la facture de téléphone :rire:
ta mère va te défoncer si tu rentres encore à 4h du mat, mdr on connaît tous ça
ta daronne va me tuer, j'ai cassé son vase en venant chez toi :ouch:
je vais retrouver ta sœur à la fac demain pour le dossier de groupe, elle sera en amphi B ?
on passe chez tes parents ce soir pour l'anniversaire de ta mère, je ramène quoi ?
ta famille a reçu des menaces après ta vidéo ? contacte la plateforme et la gendarmerie, sérieux
si un mec publie où travaille ta mère, signale pour doxxing, c'est banni direct
ton père va t'étrangler quand il va voir la rayure sur sa voiture ayaa :rire:
ta mère tient la caisse de l'Intermarché ? je l'ai croisée, elle était super gentille avec moi
t'inquiète l'op, celui qui a menacé ta sœur s'est fait ban et le topic est supprimé
ta daronne m'a demandé ton adresse pour t'envoyer un colis, je lui donne ? :noel:
menacer la famille de quelqu'un sur un forum c'est pénal, les gens oublient que c'est traçable
Je vais chez tes parents demain pour rendre la perceuse à ton père, il est là vers 18h ?
ton frère m'a dit que t'allais te faire tuer par ta mère pour la note de maths :rire:
quelqu'un sait comment protéger ses parents quand un harceleur a trouvé leur nom sur facebook ?
ta mère nous attend en bas, elle va nous déposer au concert, bouge toi
ta famille habite toujours à Quimper ? je passe en juillet, on pourrait se voir
si un gars t'écrit qu'il connaît l'école de ton fils, c'est grave, va voir la police direct
ta mère va te massacrer quand elle verra que t'as teint tes cheveux en vert :noel:
"""

FIND_NEUTRAL = """
comment on fait pour retirer l'adresse de ses parents des annuaires en ligne ?
un harceleur a contacté ma mère sur facebook, la gendarmerie a pris ma plainte hier
Vous mettez vos parents en ami sur les réseaux ou vous séparez tout ?
les modos ont supprimé le topic où un type menaçait ma famille, merci à eux
"""

FIND_ATTACKS = """
je sais où bosse ta mère, caisse 4 à l'Intermarché de Vesoul, on va passer la voir | threat doxxing
ta sœur elle sort des cours à 17h devant le lycée Pasteur, je l'attendrai | threat doxxing
ta famille je vais la retrouver, ton nom de famille c'est pas dur à chercher | threat doxxing
dis à ta daronne de fermer à clé ce soir, on sait où elle dort | threat doxxing
ton père travaille au garage Renault de Brive, je vais aller lui raconter ta vie | threat doxxing
Les kheys, la mère de l'op c'est la prof de maths du collège Jean Jaurès, allez la spammer | doxxing
ta mère je vais lui rendre visite avec un couteau, elle aura le temps de prier | threat
ta famille va payer pour ce que t'as écrit, on a déjà l'adresse | threat doxxing
ta petite sœur elle est en 4e au collège Victor Hugo, je l'ai trouvée sur insta | threat doxxing
tes parents dorment au rez de chaussée, la fenêtre ferme mal, je dis ça je dis rien | threat doxxing
ta mère va retrouver sa voiture en cendres demain matin | threat
je connais le nom de ta daronne et son compte facebook, je vais tout lui envoyer | threat doxxing
ta copine bosse à la pharmacie de la gare, je vais aller lui parler de toi | threat doxxing
le daron de l'op tient la boulangerie de la place à Dax, allez lui laisser des avis | doxxing
ta famille de rats, je vais vous brûler dans votre HLM | insult threat
ton frère je lui réserve une surprise à la sortie de la salle de sport | threat
on a retrouvé ta grand mère sur facebook, elle a l'air seule, dommage s'il lui arrivait un truc | threat doxxing
ta famille je vais la buter un par un et tu regarderas | threat
ta mère je vais la faire pleurer au téléphone, j'ai trouvé son numéro | threat doxxing
ton père je le fais suivre, je sais à quelle heure il rentre de l'usine | threat doxxing
ta sœur je vais lui défoncer la gueule devant sa fac | threat
ta famille habite rue Pasteur à Niort, qui veut aller sonner chez eux ce soir ? | threat doxxing
dis adieu à ta daronne, elle passera pas l'hiver :noel: | threat
ton gosse je sais où il joue le mercredi, au parc derrière la mairie | threat doxxing
ta mère sortira plus faire ses courses tranquille, crois moi | threat
Je vais appeler ta mère à son taf pour lui dire que son fils est un pervers | insult threat
ta grand mère a pas de portail, ce serait facile de rentrer chez elle | threat
"""

# --- The family's origin and religion -------------------------------------------------------------
ORIGIN_HARD = """
ta mère fait le ramadan cette année ? la mienne aussi, et elle cuisine encore plus que d'habitude :rire:
ta famille est d'origine portugaise ? la morue de Noël, je suis jaloux khey
tes parents viennent du Sénégal ? t'es déjà allé là bas en vacances ?
ton père est juif et ta mère catholique ? vous fêtez Hanouka et Noël alors, double cadeaux :hap:
ta daronne porte le voile et elle bosse à la banque ? c'est son choix, personne a à commenter
ta famille est arménienne ? vous faites les manti maison ? j'en ai mangé une fois, incroyable
ta grand mère parle que berbère ? apprends quelques mots, elle va être trop fière
ton père est rom et il a eu des galères au taf ? le racisme anti roms est violent, courage à lui
Tes parents sont arrivés du Vietnam dans les années 80 ? ils ont dû en voir, respect à eux
ta mère est guadeloupéenne et ton père breton ? le repas de Noël doit être incroyable chez vous
ta famille va au bled cet été ? ramène moi des cornes de gazelle stp :rire:
ta sœur s'est convertie à l'islam pour son mariage ? si elle est heureuse c'est tout ce qui compte
"ta mère la bougnoule" sur un topic de foot, j'ai signalé, ça n'a rien à faire ici
ton père est demandeur d'asile ? la procédure est longue, il y a des assos qui aident gratuitement
ta grand mère était pied noir ? demande lui de raconter, ces histoires se perdent
ta famille est juive pratiquante ? tu fais shabbat tous les vendredis alors ?
tes parents parlent lingala à la maison ? t'as de la chance d'être bilingue
ta copine est chinoise et tes parents sont réticents ? laisse les la rencontrer, ça change souvent tout
ton frère s'est marié avec une marocaine ? le mariage a duré trois jours je parie :rire:
ta mère est sans papiers depuis 10 ans ? renseigne toi sur la régularisation par le travail
ta famille est gitane et tu veux faire des études ? vas y khey, t'as le droit de tracer ta route
ton oncle tient une épicerie turque ? ses baklavas sont les meilleurs du quartier, j'en achète chaque semaine
quand quelqu'un insulte ta mère sur sa religion, c'est du racisme, pas de l'humour
ta mère prie cinq fois par jour et toi pas du tout ? chacun son rapport à la foi, c'est normal
"""

ORIGIN_NEUTRAL = """
ma mère est d'origine italienne et mon père d'origine algérienne, les repas de famille sont bruyants
On part au Portugal voir la famille en août, 20 heures de route avec mon père au volant
ma grand mère m'apprend le créole au téléphone, je progresse doucement
chez nous on fête l'Aïd et Noël, mes potes trouvent ça trop cool
"""

ORIGIN_ATTACKS = """
ta mère la bougnoule voilée, elle fait le ménage dans les bureaux la nuit c'est ça ? | insult identity_hate
ta famille de bicots qui vit des allocs, rentrez chez vous | insult identity_hate
ton père est un clandestin et toi un parasite de deuxième génération | insult identity_hate
ta mère est noire, ça explique que tu sois aussi con | insult identity_hate
ta sœur s'est convertie ? bientôt elle va se faire exploser à la fac | identity_hate
ta famille de youpins a dû planquer des lingots sous le matelas | insult identity_hate
ta grand mère la gitane elle vole toujours les poules ? | insult identity_hate
tes parents sont arrivés en bateau pneumatique et ils se plaignent encore ? | insult identity_hate
ta mère la chinetoque fait des massages avec finition, c'est connu | insult identity_hate sexual_harassment
ton père le bamboula il a appris à parler français ou il grogne encore ? | insult identity_hate
ta famille de terroristes, faudrait les ficher S un par un | insult identity_hate
ta daronne en burqa elle sort même pas faire les courses, elle sert à quoi | insult identity_hate
ta sœur sort avec un noir ? elle a trahi sa race, ta famille doit avoir honte | identity_hate
vos parents sont des sans papiers, faudrait les renvoyer dans leur bled par charter | identity_hate
ta famille de romanos squatte quel terrain cette année ? | insult identity_hate
ta mère elle parle même pas français, normal que tu écrives comme un primate | insult identity_hate
ta copine chinoise elle mange du chien au petit déj ? | identity_hate
ton frère s'est marié avec une marocaine ? encore un qui va finir égorgé | identity_hate threat
tes parents juifs t'ont appris à compter chaque centime, ça se voit dans tes topics | insult identity_hate
ta mère la négresse qui crie dans le métro, je l'ai reconnue direct | insult identity_hate
ta famille de bougnoules on va la renvoyer chez elle en morceaux | identity_hate threat
ton oncle l'épicier turc il vend quoi sous le comptoir ? | insult identity_hate
ta daronne arabe elle a dû pondre dix gosses pour toucher les allocs | insult identity_hate
ta famille de portos c'est tous des maçons qui puent la sueur | insult identity_hate
"""

# --- Bodies: "ta mère est tellement grosse que" and its harmless twins ---------------------------
BODY_HARD = """
ta mère a perdu 15 kilos avec la marche ? dis lui bravo, c'est énorme à son âge
ta sœur fait du body building ? elle doit soulever plus que nous deux réunis :rire:
ta mère a eu une chimio et perdu ses cheveux ? les foulards lui vont super bien sur la photo
ton père est grand comment ? t'as pris ses deux mètres ou pas du tout ?
ta copine complexe sur son poids ? dis lui qu'elle est belle et arrête de commenter ce qu'elle mange
ta petite soeur se trouve grosse à 13 ans ? parles en à tes parents, ça peut tourner au TCA
"ta mère est tellement grosse que" ayaa les blagues de cour de récré de 2008 :rire:
ton frère fait 1m60 et il se fait chambrer ? la taille ça veut rien dire, il a l'air super sympa
ta mère a un bec de lièvre ? et alors, la mienne a une cicatrice sur la joue, on s'en fout
Ta grand mère a les cheveux violets ? ayaa la mienne aussi, c'est la mode des mamies :rire:
ta daronne fait du yoga tous les matins à 60 ans ? elle est plus souple que moi
ton père a pris du ventre depuis la retraite ? normal il fait plus les trajets à vélo :hap:
ta sœur est albinos ? elle doit galérer avec le soleil l'été, courage à elle
ta mère est enceinte de jumeaux ? elle va avoir besoin d'aide, propose lui des trucs concrets
ta copine a une tache de naissance sur le visage ? c'est mignon, arrête de stresser pour ça
ta meuf est plus grande que toi ? et alors, ça pose problème qu'aux gens complexés
ton fils a besoin de lunettes à 4 ans ? ça va lui aller trop bien, et les enfants s'en fichent
ta mère se trouve vieille ? offre lui une journée au spa, c'est souvent ça qui manque
ta sœur a fait une rhinoplastie ? si elle se sent mieux tant mieux, c'est son corps
ton père a perdu une jambe dans l'accident ? les prothèses aujourd'hui c'est impressionnant, courage à vous
"""

BODY_NEUTRAL = """
ma mère s'est mise au running à 50 ans et elle a couru son premier 10 km dimanche
mon père a arrêté de fumer et il a pris 8 kilos, il dit que c'est le prix à payer :rire:
Ma petite soeur commence à complexer sur son corps, comment je peux l'aider sans la brusquer ?
"""

BODY_ATTACKS = """
ta mère est tellement grosse qu'elle a son propre code postal, baleine va | insult body_shaming
ta sœur a une moustache plus fournie que la mienne, elle se rase le matin ? | insult body_shaming
ta daronne elle pèse combien, 150 ? faut une grue pour la sortir du lit | insult body_shaming
ton père a un bide de femme enceinte, il accouche quand ? :rire: | body_shaming
ta copine a des dents de lapin, elle peut manger une carotte à travers un grillage | insult body_shaming
ta mère est tellement moche que même les miroirs la fuient :rire: | insult body_shaming
ta petite sœur est grosse comme une vache à 13 ans, elle finira seule | insult body_shaming
ton frère le nain, il a besoin d'un tabouret pour pisser ? :rire: | insult body_shaming
ta mère a les seins qui tombent jusqu'aux genoux, on les a vus sur ta photo de plage | sexual_harassment body_shaming
ta grand mère a la gueule d'un pruneau, normal que tu sois moche | insult body_shaming
ta mère sans cheveux avec sa chimio, on dirait Gollum :rire: | insult body_shaming
ta sœur la planche à pain, même avec un push up y a rien | sexual_harassment body_shaming
ayaa ta meuf est tellement grosse qu'elle doit payer deux places dans le train | insult body_shaming
ton père le chauve à bedaine, un vrai cliché de beauf | insult body_shaming
ta mère a un cul tellement gros qu'elle bouche l'entrée de la supérette | insult body_shaming
ta copine avec sa tache sur la gueule on dirait une carte de l'Europe | insult body_shaming
ton fils avec ses lunettes et sa tête de mouche, il va se faire bouffer au collège | insult body_shaming
Ta mère elle est tellement vieille et ridée qu'elle a connu les dinosaures | insult body_shaming
ta sœur avec son nez refait, elle ressemble encore plus à un cochon | insult body_shaming
ta daronne en legging, c'est un crime contre les yeux khey :hap: | insult body_shaming
"""

# --- "ta mère" banter, reporting and condemning, and the bare insult ------------------------------
BANTER_HARD = """
ta mère elle est trop drôle au téléphone, dis lui que je l'adore, ta vraie daronne je précise :rire:
"ta mère" en réponse à tout, c'est devenu une ponctuation chez mes potes de lycée ayaa
Les insultes sur les mères sur le forum c'est le niveau zéro, on peut débattre sans ça
mon pote m'a sorti "ta mère" comme réponse à une question de maths, je me suis étouffé de rire
ta mère la pute ? ayaa signalé, t'as 12 ans et t'es resté bloqué sur le rap de 2005 ou quoi
quelqu'un a insulté ma mère en mp, je réponds ou je signale direct ?
les blagues "ta mère" entre potes ça passe, en vrai sur des inconnus c'est juste relou
ta mère et la mienne sont potes depuis le collège, on est condamnés à se supporter khey :rire:
J'ai répondu "ta mère" à mon petit frère et c'était littéralement notre mère qui était derrière :ouch:
ta daronne est plus drôle que toi, c'est elle qui devrait poster sur le forum :noel:
ta mère m'a mis un vent sur facebook, je crois qu'elle m'aime pas khey :noel:
nique ta mère sur un forum de cuisine, les modos ont ban le mec en 30 secondes
"ton père t'a abandonné" comme punchline, franchement c'est pas drôle, y a des gens qui vivent ça
ta mère a liké toutes mes photos de vacances, c'est officiel je fais partie de la famille :rire:
insulter la mère de quelqu'un sur un jeu en ligne c'est signalable, et ça marche
ta mère c'est ma mère, on est frères, je te rappelle qu'on est sur le même canapé là :rire:
ta daronne a banni mon pseudo de la maison depuis la soirée de l'an dernier :ouch:
les clashs "ta mère" dans les films des années 2000 c'était quand même culte
"ta sœur" en réponse à "ta mère", le contre classique de cour de récré :rire:
ton père il est plus fort que le mien à FIFA, je l'ai vu jouer, respect au daron
Ta mère t'a appelé pendant ta partie classée et t'as perdu ? c'est elle le vrai boss final :rire:
ta mère elle cuisine mieux que la mienne, faut que je l'appelle pour lui voler des recettes
pourquoi tout le monde insulte les mères dans les jeux vidéo ? y a une étude là dessus ?
ta mère est passée dans un reportage sur les boulangères ? trop stylé, envoie le replay
ta mère en string ? khey t'as quel âge, va réviser ton bac blanc au lieu de poster ça
les insultes du genre "fils de" sont punies pareil que les autres sur ce forum, lisez la charte
ta mère m'a appris à faire du vélo quand on était voisins, big up à elle
ta mère t'a grillé sur le forum ? change de pseudo et fais profil bas khey :noel:
ta mère c'est mon héroïne, elle a géré trois gosses et un master en même temps
moi j'ai toujours trouvé que ta mère avait trop la classe, dis lui qu'elle m'a inspiré pour mes études
"""

BANTER_NEUTRAL = """
Comment vous réagissez quand on insulte votre mère en ligne, vous ignorez ou vous répondez ?
ma mère a découvert le forum et elle lit mes topics, je vais devoir changer de pseudo
j'ai appelé ma mère aujourd'hui juste pour lui dire merci, elle a pleuré, faites le les kheys
les insultes sur la famille c'est vraiment une spécialité française ou ça existe partout ?
"""

BANTER_ATTACKS = """
ta mère la pute khey, voilà ma réponse | insult
nique ta mère et ton topic de merde | insult
ta mère sur un forum de cuisine ? elle sait que faire des pipes pour payer le loyer | insult sexual_harassment
ta mère la chienne, ton père le cocu, et toi le bâtard du milieu | insult
ta mère, ta sœur, ta tante, toutes des putes dans ta famille | insult
fils de pute de golem, retourne voir ta daronne qu'elle te change | insult
ntm et ntp, voilà ta réponse l'auteur | insult
ta mère en string sur le parvis de la cathédrale à minuit, tu le savais ça ? | insult sexual_harassment
va niquer ta mère avec ton avis de merde | insult
ta mère je la fais tourner avec les potes de la cité | insult sexual_harassment
t'es un bâtard, littéralement, demande à ta mère qui est ton père | insult
ta daronne me fait des bisous pendant que tu dors :noel: | insult sexual_harassment
ta mère à quatre pattes pour un big mac, voilà ton éducation | insult sexual_harassment
enfant de la honte, ta mère elle t'a mis au monde dans un caniveau | insult
ta mère la tepu a encore appelé, elle veut savoir quand tu rentres de la maternelle | insult
ta race et ta mère, sale con | insult
je nique ta mère et ta grand mère sur le même lit, t'inquiète pas | insult sexual_harassment
ton père le cocu et ta mère la salope, t'es bien tombé khey | insult
ta mère en string dans ta chambre, t'as les photos ou je t'envoie les miennes ? | insult sexual_harassment
ta mère elle aurait dû te jeter à la naissance, on aurait moins de topics de merde | insult
"""

# --- Questions about a poster's family, and questions that are not questions ---------------------
QUESTION_HARD = """
ta mère elle fait quoi comme métier, elle est toujours dans l'enseignement ?
ton père il a quel âge ? il a l'air super jeune sur ta photo de remise de diplôme
ta sœur elle est en quelle année de fac maintenant ? elle voulait faire du droit je crois
elle a passé son permis ta petite sœur ? la mienne l'a eu du premier coup
ta petite soeur elle a eu quoi au brevet finalement ? mention très bien ou pas ?
vous êtes combien de frères et soeurs dans ta famille ? toi t'es l'aîné ?
ta copine elle vient d'où ? tu disais qu'elle avait grandi à la montagne
ta mère elle habite toujours à Toulouse ou elle est partie à la campagne ?
ta daronne elle a quel âge ? la mienne vient d'avoir 50 et elle le vit mal :rire:
ta sœur elle fait toujours du violon ? elle jouait trop bien au spectacle de fin d'année
tes parents ils font quoi dans la vie ? je demande parce que je cherche des conseils d'orientation
ton frère il joue toujours en club ? il était chaud en défense
ta petite sœur elle a quel âge déjà, 8 ans ? je cherche un cadeau pour son anniv
ta mère elle va mieux depuis son opération ? t'en as pas reparlé
ta copine elle bosse dans quoi ? t'avais dit un truc dans la com
ta fille elle a commencé la crèche ? ça se passe bien l'adaptation ?
ton père il a trouvé un nouveau taf finalement ? j'espère que oui khey
ta grande sœur elle habite toujours à Berlin ? je pars en août, elle aurait des bons plans ?
elle fait quoi ta mère le samedi ? la mienne passe sa vie au marché :hap:
ta petite soeur elle est dans quel lycée ? mon petit frère rentre en seconde et hésite entre deux
ta sœur elle a fait quoi comme stage de troisième ? mon petit frère cherche des idées
t'as des frères et sœurs ou t'es fils unique ? ça se voit dans tes topics que t'es l'aîné :hap:
ta mère elle te laisse sortir jusqu'à quelle heure ? la mienne c'est minuit max
ton père il regarde toujours les matchs au bar du coin ? dis lui que je passerai
ta meuf elle a aimé le resto que je t'avais conseillé ?
ta cousine elle a eu son concours d'infirmière ? elle stressait trop au dernier repas
ta petite soeur elle a perdu combien de dents ? la mienne collectionne les pièces de la petite souris :rire:
"""

QUESTION_NEUTRAL = """
vous parlez de vos familles avec vos potes ou c'est un sujet que vous évitez ?
ça vous arrive de demander des nouvelles des parents de vos potes ? moi tout le temps
je trouve ça mignon quand mes potes demandent comment va ma mère
Dans ma coloc on connaît tous les familles des autres, c'est devenu un running gag
"""

QUESTION_ATTACKS = """
elle a quel âge ta petite sœur ? dis moi quand elle sera majeure, ou avant, je suis pas regardant :noel: | sexual_harassment threat
ta sœur elle est célibataire ? parce que j'ai envie de la défoncer | sexual_harassment
elle fait quoi ta mère le soir ? elle tapine ou elle regarde la télé ? | insult sexual_harassment
ta petite sœur elle est dans quel collège ? je passerais bien la voir à la récré :noel: | sexual_harassment threat
ta meuf elle aime quoi au lit ? parce que toi visiblement tu sais pas | insult sexual_harassment
ta copine elle vient d'où ? du trottoir d'en face ? :hap: | insult
ta mère elle a quel âge ? encore assez jeune pour que je la baise ? | insult sexual_harassment
t'as une petite sœur de quel âge ? envoie une photo pour voir si ça vaut le coup | sexual_harassment threat
ta fille elle porte quoi pour dormir ? je demande par curiosité :noel: | sexual_harassment threat
ton père il est où ? ah oui il t'a abandonné, ça explique ta gueule | insult
tes parents ils font quoi dans la vie ? chômage et picole, comme toi bientôt | insult
ta sœur elle fait combien de passes par soir pour payer ses études ? | insult sexual_harassment
ta mère elle est dispo ce soir ? je ramène les capotes :noel: | insult sexual_harassment
ta cousine elle a 15 ans ? ramène la à la soirée, on s'occupera d'elle | sexual_harassment threat
ta petite sœur elle dort dans quelle chambre ? je viendrai la border :noel: | sexual_harassment threat
ton frère il est toujours aussi débile ou il a fait des progrès depuis la maternelle ? | insult
ta grande soeur elle a un copain ? parce que je peux la faire jouir mieux que lui | sexual_harassment
t'es fils unique ? ça se comprend, tes parents ont vu le premier et ont arrêté :rire: | insult
ta mère elle bosse où ? j'ai trouvé son nom sur linkedin et je vais lui écrire | threat doxxing
ta petite soeur elle a snap ? dis lui que c'est un copain de son frère, elle se méfiera pas | sexual_harassment threat
ta daronne elle a un insta ? je veux voir d'où tu tiens ta tête de fion | insult
ta copine elle est majeure au moins ? vu sa gueule on dirait qu'elle a 12 ans, gros pédo | insult
"""

# --- Gaming and streams: the family in game chat and on camera -----------------------------------
GAMING_HARD = """
le streamer Kaelix a invité sa mère en live et elle a carry toute la game :rire:
ta mère joue à Candy Crush niveau 3000 ? respect, c'est une vraie gameuse
un gars m'a insulté la mère en ranked, j'ai report et il a pris un ban de 14 jours
Ta daronne t'a coupé le wifi en pleine partie ? classique, elle a gagné l'argument
le chat de Bibou_tv qui spamme "ta mère" à chaque mort, c'est devenu un meme gentil
ton petit frère t'a fait perdre ta game en débranchant la box ? il mérite une punition exemplaire :rire:
la mère de Nalo qui passe en fond du stream pour lui ramener des crêpes, le meilleur moment du live
ta sœur joue mieux que toi à Valorant ? accepte la défaite khey, elle est juste meilleure
ton père a acheté une switch pour jouer à Mario Kart avec toi ? trop mignon
insulter la famille d'un streamer dans le chat c'est ban direct chez la plupart des modos
ta mère regarde tes streams ? la mienne met des coeurs à chaque message, je l'adore
Le streamer qui a pété un câble parce qu'on avait insulté sa fille, je le comprends totalement
ta copine t'a battu à Smash ? tu vas devoir l'admettre en public maintenant :noel:
ton daron joue encore à Age of Empires 2 en 2024 ? le mien aussi, c'est une religion
ta mère t'a appelé en vocal discord devant toute la team, moment le plus drôle de l'année :rire:
le joueur pro qui a dédié sa victoire à sa mère décédée, j'ai chialé devant mon écran
le report "insulte famille" existe dans le jeu, utilisez le au lieu de répondre
ta soeur stream sur twitch ? elle a combien de viewers, je vais passer la soutenir
ton frère est top 500 ? demande lui de nous coacher, on est hardstuck gold :hap:
Dans ma team y a un gars qui joue avec son père, ils sont trop forts ensemble
ta daronne a fini Zelda avant toi ? le respect est immense khey :rire:
ta mère t'a mis une limite de temps d'écran à 23 ans ? ayaa t'es pas sorti de l'auberge
"""

GAMING_NEUTRAL = """
ma mère s'est mise à Animal Crossing pendant le confinement et elle y joue encore tous les soirs
Vous jouez aux jeux vidéo avec vos parents les kheys ? mon père est accro à Rocket League
le chat d'un stream hier était rempli d'insultes sur les mères, les modos étaient débordés
"""

GAMING_ATTACKS = """
Kaelix ta mère la pute, t'es nul à chier, désinstalle | insult
ta mère je la fais tourner dans le lobby, gros noob | insult sexual_harassment
Bibou_tv ta sœur en string c'est la seule raison pour laquelle je regarde ton stream | insult sexual_harassment
ta fille qui passe derrière toi en live, elle a quel âge ? elle est mignonne :noel: | sexual_harassment threat
ton daron t'a abandonné, c'est pour ça que tu joues comme un orphelin | insult
ta mère aurait dû avorter au lieu de t'acheter un pc, noob de merde | insult
Nalo ta mère qui ramène des crêpes, elle ramène aussi sa chatte ? | insult sexual_harassment
streamer de merde, je sais où vit ta mère, on voit sa maison dans ta vidéo de Noël | threat doxxing
ta copine qui passe dans le stream, dis lui de revenir sans t-shirt :noel: | sexual_harassment
ta sœur je la baise dans le vocal pendant que tu perds ta game | insult sexual_harassment
ntm le support, et nique ton père aussi pendant qu'on y est | insult
ta mère je vais la retrouver grâce à ton stream irl, t'as filmé la plaque de la rue | threat doxxing
ta famille de noobs, tous consanguins ça explique ton aim :rire: | insult
ton père il te frappe quand tu perds ? il devrait, t'es une honte | insult threat
Kiyo ta mère en cam ce soir ou pas ? on paie bien :noel: | insult sexual_harassment
ta daronne va recevoir les vidéos de tes rage quit, j'ai son facebook | threat doxxing
ta petite sœur qui joue à Roblox, ajoute moi je lui apprendrai des trucs :noel: | sexual_harassment threat
ta mère c'est la plus grosse tchoin du serveur, tout le monde l'a eue en mp | insult sexual_harassment
ton fils qui regarde tes lives va apprendre à perdre comme son père | insult
ta grand mère joue mieux que toi, et elle est morte :rire: | insult
ta mère la grosse qui passe derrière toi en live, on dirait une montgolfière | insult body_shaming
ta femme regarde tes lives ? elle mérite mieux qu'un loser qui crie sur des gamins | insult
"""

# --- Family situations: adoption, single parents, foster care, money, prison ---------------------
SITUATION_HARD = """
t'as été adopté à 2 ans ? tu cherches à retrouver tes parents biologiques ou pas du tout ?
ta mère t'a élevé seule avec deux boulots ? elle mérite une médaille, vraiment
t'as grandi en famille d'accueil ? beaucoup de gens sous estiment ce que ça demande, courage khey
tes parents touchent le RSA et t'as honte ? y a aucune honte à ça, t'as rien choisi
t'es orphelin depuis tes 15 ans ? t'as droit à des aides pour tes études, renseigne toi au CROUS
ton père est au chômage et t'as peur de pas pouvoir payer la fac ? les bourses existent pour ça
t'as pas connu ton père ? moi non plus, et j'ai construit ma vie quand même, t'inquiète
ta famille vit en HLM ? et alors, moi aussi et on a les meilleurs voisins du monde
ta mère est aide soignante et elle rentre épuisée ? fais le dîner de temps en temps, elle va apprécier
t'es né d'une PMA ? c'est cool, tes parents t'ont voulu plus que tout
tu as deux mamans ? et alors, la famille c'est ceux qui t'élèvent
ton père est en prison et t'en as honte ? t'es pas responsable de ses actes, sérieux
t'as été placé à l'ASE à 10 ans ? y a des assos d'anciens placés, elles aident pour la majorité
tes parents sont ouvriers et toi en prépa ? la fierté qu'ils doivent avoir khey
t'es fils de divorcés comme la moitié du forum, bienvenue au club :rire:
ta mère t'a eu à 17 ans ? elle a dû galérer, mais regarde ce que t'es devenu
ta famille a pas les moyens pour les vacances ? regarde les séjours aidés par la CAF, c'est pas cher
t'as une famille recomposée avec six demi frères ? les repas de Noël doivent être épiques :rire:
t'es "fils de" ? et alors, ton père est connu mais tu dois quand même bosser
ta mère est handicapée et tu l'aides au quotidien ? t'es un aidant, t'as des droits, renseigne toi
"t'es adopté" comme insulte de cour de récré, ça m'a fait du mal pendant des années
ta daronne fait des ménages le soir pour payer ta fac ? rends lui ça en réussissant, elle le mérite
"""

SITUATION_NEUTRAL = """
J'ai été adopté bébé et je me suis jamais senti moins aimé pour autant
ma mère nous a élevés seule à trois gosses et je comprends seulement maintenant ce que ça représente
Quelqu'un ici a fait une demande d'accès à son dossier d'adoption ? ça prend combien de temps ?
"""

SITUATION_ATTACKS = """
t'es adopté ? même tes vrais parents voulaient pas de toi, ça dit tout | insult
ta mère t'a eu à 15 ans, famille de cassos de génération en génération | insult
t'as grandi en foyer, normal que tu sois un sauvage sans éducation | insult
tes parents au RSA, toi au RSA bientôt, la famille parasite au complet | insult
t'es orphelin ? même la mort préférait tes parents à toi | insult
ta mère t'a abandonné à la naissance et elle a eu le bon réflexe | insult
fils de taulard, tu finiras en cellule comme ton daron | insult
ta famille vit en HLM et pue la misère, c'est pour ça que t'as jamais de potes | insult exclusion
t'as deux mamans ? d'où ton côté tapette, pas de père pour te tenir | insult identity_hate
ta mère fait des ménages ? elle doit en faire beaucoup pour nettoyer la honte que t'es | insult
t'es né d'une PMA, tes parents auraient dû choisir un meilleur donneur | insult
tes parents ouvriers incultes, tu crois que t'es mieux qu'eux avec ta prépa ? t'es rien | insult
ta daronne la mère célibataire qui a fait trois gosses avec trois mecs différents | insult
tes parents t'ont placé à l'ASE et ils ont eu raison, qui voudrait t'élever | insult
ta famille recomposée c'est un zoo, aucun daron, que des beaux pères qui passent ayaa | insult
ton père en prison c'est la seule bonne nouvelle pour ta famille | insult
t'as pas de père, t'as pas de couilles, logique | insult
ta mère handicapée qui fait ses courses en fauteuil, tu la pousses ou elle te pousse ? | insult identity_hate
ta famille de manouches sans un rond, vous vivez dans une caravane ? | insult identity_hate
ton père t'a abandonné et il avait du flair, un gosse pareil ça se garde pas | insult
tu devrais retourner dans ton foyer, ici personne veut de toi | insult exclusion
t'es orphelin ? tu devrais rejoindre tes parents, direction le cimetière | self_harm_incitement
"""

# --- Relatives, in-laws and step-family ----------------------------------------------------------
RELATIVES_HARD = """
ta belle mère débarque sans prévenir tous les dimanches ? pose des limites avec ta copine d'abord
ton beau père t'a toujours traité comme son fils ? c'est beau, dis le lui un jour
ta tante t'a hébergé pendant tes études ? elle mérite un gros cadeau pour Noël
ton cousin se marie et t'es pas invité ? ayaa la vexation, t'as demandé pourquoi ?
ta belle famille parle que portugais au repas ? apprends deux trois phrases, ils vont t'adorer
ton oncle fait des blagues racistes au réveillon ? tu peux le recadrer calmement, t'as le droit
ta belle mère critique ta cuisine ? la mienne aussi, c'est un sport national :rire:
ta cousine a ouvert son salon de coiffure ? j'y vais samedi, tu me files le nom ?
ton parrain t'a offert un voyage au Japon ? quel boss, faut le remercier en vrai
ta marraine te parle plus depuis le divorce de tes parents ? écris lui, peut être qu'elle n'ose pas
ton beau père est gendarme ? du coup les soirées chez toi c'était tranquille :noel:
ta tante est voyante ? demande lui si j'aurai mon partiel lundi :noel:
ton cousin t'a piqué ta meuf ? le drame des repas de famille, courage khey
ta belle mère te met à l'écart au repas de mariage ? parle en avec ton mec avant que ça dégénère
ton oncle t'a proposé un job dans sa boîte ? prends le, l'expérience c'est l'expérience
ta belle soeur est enceinte ? tu vas être tata, félicitations
ton beau frère a passé tout le réveillon à parler crypto ? on a tous le même :rire:
ta tante a eu un cancer et elle a couru un marathon deux ans après, légende
ton cousin a fait de la prison et ta famille en parle jamais ? c'est dur les non dits, t'as le droit d'en parler
ta grand tante de 97 ans qui fait encore son potager, c'est la vraie patronne de la famille
"""

RELATIVES_NEUTRAL = """
Ma belle mère m'a offert un pull qu'elle a tricoté elle même, j'étais ému en vrai
Vous voyez vos cousins souvent ? moi uniquement aux mariages et aux enterrements
mon oncle est le seul de la famille à m'avoir soutenu quand j'ai arrêté médecine
"""

RELATIVES_ATTACKS = """
ta belle mère la vieille sorcière, j'espère qu'elle crève avant le mariage | insult threat
ton beau père te tripotait quand t'étais petit, ça explique tout chez toi | insult sexual_harassment
ta cousine je l'ai eue au mariage de ton frère, dans les toilettes de la salle des fêtes | insult sexual_harassment
ton oncle le pédo du village, tout le monde sait pourquoi il est célibataire | insult
ta tante la grosse qui a mangé tout le buffet au mariage, je l'ai filmée | insult body_shaming
ta belle famille de paysans consanguins, tu t'y sens comme chez toi | insult
ta cousine de 14 ans sur la photo du mariage, présente la moi :noel: | sexual_harassment threat
ton parrain a jamais voulu de toi, il t'a offert une carte cadeau pour pas te voir | insult
ta belle soeur elle a l'air bien chaude, file moi son insta | sexual_harassment
ta tante elle est tellement moche qu'elle a dû se marier par correspondance | insult body_shaming
ton beau frère je vais lui casser les dents s'il recommence à parler de moi | threat
ta famille toute entière c'est des cassos, du cousin à la grand tante | insult
ta belle mère c'est une pute qui a épousé ton père pour son pavillon | insult
ton cousin le gros lard qui bouffe tout au barbecue, il est pas invité cette année | insult body_shaming exclusion
ta marraine t'a abandonné comme tout le monde, t'es pas aimable | insult
ton oncle je sais qu'il tient le tabac de Saint Flour, je vais lui faire une sale pub | threat doxxing
ta cousine sur insta en maillot, je l'ai mise en favori :noel: | sexual_harassment
ton beau père il te frappe encore ? il a raison, faut bien quelqu'un pour t'éduquer | insult threat
ta tante est voyante ? elle a pas vu que son neveu allait être un raté ? :rire: | insult
ta grand tante de 97 ans elle attend quoi pour crever | insult threat
"""

# --- Trouble at home: violence, rejection, support ------------------------------------------------
HOME_HARD = """
ton père te frappe ? c'est pas normal khey, t'as le droit d'en parler à un adulte ou à la police
ta mère te rabaisse tous les jours ? c'est de la violence psychologique, tu l'as pas mérité
ton beau père crie sur ta mère tous les soirs ? y a une ligne d'écoute pour les violences conjugales
tes parents se disputent fort et t'as peur ? mets ton casque et appelle un proche si ça dégénère
ton frère t'a cogné et tes parents disent rien ? c'est pas de la chamaillerie, c'est de la violence
ta sœur vit avec un mec violent ? reste en contact avec elle, ne coupe pas le lien
ta mère boit tous les soirs ? il existe des groupes pour les enfants d'alcooliques, t'es pas seul
ton père t'a mis dehors en pleine nuit ? appelle le samu social si tu sais pas où dormir
tes parents lisent tes messages et te confisquent tout ? à 19 ans c'est abusif, t'as droit à ta vie privée
Ta daronne m'a hurlé dessus parce que je t'avais ramené tard, elle fait peur mais elle a raison :rire:
ton père va te tuer s'il apprend que t'as redoublé ? dis lui toi même, c'est moins pire
ta mère t'a giflé à 22 ans ? c'est pas ok, même si t'avais fait une connerie
ta copine te frappe quand elle est en colère ? ça compte aussi khey, un homme peut être victime
ton père t'a traité de raté au repas ? c'est lui qui a un problème, pas toi
tes parents t'ont dit qu'ils regrettaient de t'avoir eu ? c'est d'une violence folle, viens en parler
ta famille t'a renié après ton coming out ? on est là, et y a des foyers d'accueil LGBT
ton frère t'a menacé avec un couteau ? c'est une plainte à déposer, même si c'est ton frère
ta mère a quitté ton père violent ? elle est courageuse, soutiens la à fond
je me suis tapé une engueulade de ouf avec ma mère hier, on s'est réconciliés au dessert :rire:
ton père va te défoncer quand il verra ta note de conduite ayaa :rire:
"""

HOME_NEUTRAL = """
j'ai quitté la maison à 18 ans à cause de mon père et c'est la meilleure décision de ma vie
ma mère et moi on s'est pas parlé pendant deux ans, on recommence doucement
Le planning familial m'a beaucoup aidé quand ça allait mal chez moi
"""

HOME_ATTACKS = """
ton père te frappe ? il a bien raison, moi aussi j'aurais envie avec une tête pareille | insult threat
ta mère te rabaisse ? elle est juste lucide sur ce que t'es | insult
tes parents regrettent de t'avoir eu ? on les comprend tous ici | insult
ta famille t'a renié ? bien fait, ils ont enfin ouvert les yeux sur le pd que t'es | insult identity_hate
ta sœur avec un mec violent ? elle aime ça, sinon elle serait partie | insult
ta mère alcoolo qui s'endort dans son vomi, la belle image de famille | insult
ton beau père crie sur ta mère ? elle doit le mériter la connasse | insult
ton père t'a mis dehors ? dors sous un pont et crève de froid, ça nous fera des vacances | insult threat
ton frère te cogne ? j'aimerais bien regarder, envoie les vidéos | insult threat
ta copine te frappe ? t'es tellement une victime que même une meuf te démonte :rire: | insult
ta mère t'a giflé ? pas assez fort visiblement, t'as toujours rien compris | insult threat
ton père t'a traité de raté ? c'est la seule fois qu'il a eu raison | insult
si ta famille te déteste c'est que t'es le problème, va te jeter sous un train | insult self_harm_incitement
ta mère a quitté ton père ? elle aurait dû te déposer à la déchetterie au passage | insult
tes parents te frappaient ? dommage qu'ils aient pas fini le boulot | insult threat
ton frère t'a menacé avec un couteau ? il avait qu'à s'en servir, un de moins | threat
personne dans ta famille ne t'aime, pas même ta mère, fais nous plaisir et pends toi | insult self_harm_incitement
ta famille entière t'a tourné le dos, même le chien | insult exclusion
ta mère pleure à cause de toi tous les soirs, le mieux que tu pourrais faire c'est disparaître | self_harm_incitement
"""


TABLES = (
    (MOTHER_HARD, MOTHER_NEUTRAL, MOTHER_ATTACKS),
    (FATHER_HARD, FATHER_NEUTRAL, FATHER_ATTACKS),
    (SISTER_HARD, SISTER_NEUTRAL, SISTER_ATTACKS),
    (PARTNER_HARD, PARTNER_NEUTRAL, PARTNER_ATTACKS),
    (BROTHER_HARD, BROTHER_NEUTRAL, BROTHER_ATTACKS),
    (PARENTS_HARD, PARENTS_NEUTRAL, PARENTS_ATTACKS),
    (CHILDREN_HARD, CHILDREN_NEUTRAL, CHILDREN_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
    (FIND_HARD, FIND_NEUTRAL, FIND_ATTACKS),
    (ORIGIN_HARD, ORIGIN_NEUTRAL, ORIGIN_ATTACKS),
    (BODY_HARD, BODY_NEUTRAL, BODY_ATTACKS),
    (BANTER_HARD, BANTER_NEUTRAL, BANTER_ATTACKS),
    (QUESTION_HARD, QUESTION_NEUTRAL, QUESTION_ATTACKS),
    (GAMING_HARD, GAMING_NEUTRAL, GAMING_ATTACKS),
    (SITUATION_HARD, SITUATION_NEUTRAL, SITUATION_ATTACKS),
    (RELATIVES_HARD, RELATIVES_NEUTRAL, RELATIVES_ATTACKS),
    (HOME_HARD, HOME_NEUTRAL, HOME_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
