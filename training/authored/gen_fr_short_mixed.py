"""Generate fr_short_mixed.csv: longer short forum posts (14 to 25 words) that mix registers.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Each line is an ordinary
post (a question, an anecdote, advice, news, a game, a match, a review) in which one clause does
the harm: an insult to the poster or a named person in a side clause, a slur in passing, a threat
at the end of a friendly message, contempt for a group slipped into advice, a sexual remark added
to a compliment, a "va te pendre" after a normal answer, an address or a full name dropped at the
end of an anecdote. The harmless lines are just as mixed: criticism of a thing, swearing at a
situation, sad news, an insult quoted and reported to the mods, a negative review, strong
disagreement with an argument, self-mockery, game banter. Every line is 14 to 25 words, and the
harmful clause sits at the beginning, in the middle or at the end. No extra variants.
See fr_short_mixed.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_mixed.csv")
REGISTER = "forum_short"
MIN_WORDS = 14  # this file's floor; the other short files start at 5


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives are long posts with one
# negative, vulgar, sad or angry clause that attacks nobody; neutral lines are ordinary posts on
# the topic; attacks are ordinary posts with one clause that attacks someone.

# --- Studies: fac, lycée, exams, teachers, internships -------------------------------------------
STUDIES_HARD = """
partiel de stats ce matin, j'ai rien compris a l'exo 3, je suis vraiment un golem fini :rire: bon on verra aux rattrapages
le prof d'amphi a parlé deux heures sans une pause, cours chiant a mourir, mais au moins il note large au partiel
j'ai eu 4 en droit des obligations, je suis dégouté, je sais plus quoi faire de ma vie les kheys, des conseils ?
bon conseil pour la L1 : allez en TD meme si le chargé de TD est nul, c'est ce qui sauve le semestre
mon directeur de mémoire m'a rendu mon plan couvert de rouge, putain de merde. j'ai tout a refaire pour lundi
quelqu'un dans mon groupe a écrit "t'es qu'un parasite" a un autre etudiant, j'ai fait une capture pour la scolarité
la fac a fermé la BU le samedi, et franchement décision complètement débile, on révise où maintenant ? dans le tram ?
bon topic sur la sélection en master, et toi l'op je suis en désaccord total avec ton argument, mais merci d'avoir détaillé
mon coloc a raté son concours pour la deuxieme fois, d'ailleurs il pleure dans sa chambre, je sais pas comment l'aider
ce manuel de compta est une catastrophe. erreurs dans les corrigés, mise en page horrible, et 45 balles pour ça
exam de philo demain et j'ai envie de crever tellement je suis pas prêt :ouch: bon je retourne bosser mes fiches, courage l'op
la prof d'anglais nous a traités de "génération de feignasses" en plein cours, c'est normal ou je remonte ça au CPE ?
parcoursup m'a mis en attente partout. je suis au fond du trou mais je lache rien, quelqu'un a des conseils ?
le stage de 3e de mon petit frere s'est super mal passé, le patron l'a laissé seul dans un bureau toute la semaine
honnetement l'école d'ingé c'est surcoté. 8000 balles l'année pour des cours copiés collés de vidéos youtube
j'ai redoublé ma L2. je suis le boulet de ma famille, mais cette année je valide, je vous le promets les kheys
groupe whatsapp de la promo créé hier, et le délégué m'avait oublié par erreur, il m'a ajouté le soir, on a bien rigolé
un étudiant de ma promo est décédé dans un accident de scooter, la fac organise un hommage vendredi dans le grand amphi
"personne veut de toi dans le groupe" c'est ce qu'on a dit a ma soeur en projet tutoré, je fais quoi pour l'aider ?
putain ce TP de chimie a explosé au sens propre ! la hotte a pris feu, personne blessé heureusement :rire:
le cours de droit constit est intéressant, par contre le prof lit ses slides en boucle, une torture chaque jeudi matin
merci pour le lien, et toi Lucas je trouve ton raisonnement sur les prépas totalement faux, les chiffres d'admission disent l'inverse
ma moyenne est a 9,8, et il me manque deux dixiemes, je suis trop con d'avoir séché le partiel de socio
courage l'op, mon prof de maths m'a dit que j'étais nul en géométrie, il avait raison, et aujourd'hui je suis archi, comme quoi
le jury m'a massacré a l'oral. trois questions hors programme, je suis sorti de la salle en mode zombie :ouch:
t'es pas seul l'op, révision de nuit avec quatre canettes d'energy drink, mon coeur va lacher avant l'exam :fou:
TD annulé, cool, et le resto U a servi un gratin immonde ce midi, on aurait dit du carton mouillé, plus jamais
ma pote s'est fait harceler par un mec de son amphi qui commentait son corps, elle a porté plainte et ça avance
je déteste le systeme de classement en premiere année de médecine, c'est une broyeuse qui détruit des gens brillants
"va te pendre" dans la conversation de la promo, j'ai signalé le message aux modos du serveur discord direct
le BDE a organisé une soirée dégueulasse, bieres tiedes et musique pourrie, et 15 balles l'entrée en plus
sujet de dissert a chier cette année. personne a compris la consigne, meme les premiers de la classe ont galéré
rentrée correcte, et la prof de SVT est partie en arret maladie pour un cancer, c'est triste, on pense fort a elle
je me suis ridiculisé a l'oral d'espagnol, j'ai dit "embarazada" pour dire gêné, toute la classe a explosé de rire :rire:
les étudiants étrangers de ma promo galerent avec la caf, sinon quelqu'un connait une asso qui aide pour les papiers ?
bonne analyse globalement, et toi l'op t'es sérieux de défendre la réforme du bac ? une des pires idées de la décennie
exam de bio plutot simple, et mon voisin de TD a vomi en plein milieu, le pauvre, la surveillante a été adorable avec lui
ce redoublement m'a tué moralement, et pourtant j'ai rencontré des gens en or dans ma nouvelle promo, aucun regret
bienvenue en L1, et toi l'op je sais où se trouve la salle B204, deuxieme étage du batiment des langues, a gauche
bonne semaine dans l'ensemble, sauf mon prof de latin qui m'a menacé d'un zéro, du coup devoir rendu a 23h59 :hap:
franchement la méthode Pomodoro c'est de la merde pour moi. je perds le fil a chaque pause de cinq minutes
la fac m'a envoyé un mail disant que j'étais exclu du cours d'allemand faute d'inscription, quelle galere administrative
"""

STUDIES_NEUTRAL = """
quelqu'un a des conseils pour réviser le droit administratif en L2 ? je galere avec tous les arrets a retenir
je commence un master de bio en septembre, c'est comment la vie étudiante a Rennes les kheys ? logement, sorties ?
nouvelle grille de bourse publiée ce matin, vérifiez votre échelon, certains gagnent quelques dizaines d'euros par mois
gros stress, les résultats du bac tombent vendredi a 10h, vous regardez en ligne ou vous allez directement au lycée ?
bon courage a tous pour les partiels, sinon fiches bristol ou anki pour le vocabulaire médical ? j'hésite pour ma P1
mon stage en labo se passe bien, on fait des cultures cellulaires et le tuteur explique tout tres clairement
"""

STUDIES_ATTACKS = """
partiel de stats plutot abordable ce matin, l'exo 3 était chaud, par contre Lucas t'es un débile profond de copier sur moi | insult
le mec qui a balancé la triche au partiel c'est Romain Lefevre, L2 éco a Nanterre, il loge a la résidence Crous des Tilleuls | doxxing
bonne chance a tous pour le bac demain, révisez bien la philo. le golem qui spamme le topic, va te pendre :hap: | self_harm_incitement insult
les profs de ma fac sont sympas dans l'ensemble, sauf la vieille de droit pénal, cette grosse truie qui transpire en amphi | body_shaming insult
stage de fin d'année nickel, équipe cool, mais la stagiaire voilée de la compta on en veut pas chez nous, qu'elle retourne au bled | identity_hate exclusion
Ines on t'a virée de la conv parce que personne peut te supporter, sinon la révision d'hier soir était super efficace | exclusion
tu demandes des conseils pour ta P1 l'op ? laisse tomber, t'es trop con pour la médecine, retourne remplir les rayons | insult
merci pour tes fiches de révision, elles sont top. t'es bonne en plus, tu m'envoies une photo en maillot ce soir ? :noel: | sexual_harassment
on a eu 16 au projet grace a Yanis, par contre Clément qui a rien foutu, je vais lui casser les jambes lundi en TD | threat
je valide mon année avec 12 de moyenne :ok: quant au prof de maths qui m'a saqué, je sais où tu habites, fais gaffe | threat doxxing
le BDE organise une soirée jeudi, entrée 5 euros, venez nombreux, sauf les tarlouzes de la liste adverse, on les veut pas | identity_hate exclusion
mon directeur de mémoire est dispo et précis, rien a voir avec celui de Léa, ce vieux détraqué qu'on devrait castrer | insult threat
question sur parcoursup : les voeux en attente ça bouge en juillet ? et l'op du topic d'hier, t'es une merde, personne te regrettera | insult self_harm_incitement
l'amphi de socio était plein a craquer, normal avec tous ces singes de banlieue qui viennent juste pour toucher la bourse | identity_hate
j'ai eu 4 en droit, je suis dégouté, mais au moins je suis pas aussi moche que la déléguée avec sa gueule de bulldog :rire: | body_shaming insult
les kheys, le compte qui a leak les sujets c'est Hugo Renaud, terminale au lycée Jean Moulin, sa mere est prof la-bas | doxxing
la prépa c'est dur mais ça forme. les feignasses comme toi l'op qui pleurent pour un 8 devraient se jeter d'un pont | self_harm_incitement insult
le prof remplaçant est cool, il explique bien, d'ailleurs la grosse du premier rang qui pose des questions débiles, sortez la de la classe | body_shaming insult exclusion
nouveau cours d'anglais le mardi, ambiance sympa, la petite blonde du fond je vais lui faire des trucs a la sortie :noel: | sexual_harassment threat
trop content d'avoir validé ma L3, merci a tous ceux qui m'ont aidé, sauf toi Julien, sous-merde de balance, tu vas morfler | insult threat
la fac a fermé la BU le samedi ? les gauchistes du syndicat étudiant applaudissent, bande de parasites dégénérés | insult
mon oral s'est bien passé, jury sympa, en revanche la handicapée du groupe ralentit tout, faut l'exclure des projets | identity_hate exclusion
le resto U est correct cette année, mais les teubés de la table du fond, j'espere qu'ils s'étoufferont avec leur gratin | insult threat
pour le bac de français lisez les oeuvres en entier, c'est la base. toi qui demandes un résumé, t'es un attardé fini | insult
la déléguée de ma promo est sympa et bosse bien, dommage qu'elle ait un cul pareil, je pense qu'a ça pendant les TD | sexual_harassment
le mec qui a volé les ordis de la BU c'est Théo Garnier, il vit chez ses parents pres de la gare de Vierzon | doxxing
va te faire enculer profond, le golem qui disait que j'étais nul, j'ai eu 15 a l'exam de philo et je suis fier | insult
partage de notes sur le drive de la promo, tout le monde peut contribuer, sauf les trois gros lards qui bouffent en cours | exclusion body_shaming
le cours de Mme Perret est super intéressant, dommage qu'elle ait la tete d'une sorciere, ça me donne la gerbe chaque mardi | body_shaming insult
ma coloc révise médecine et bosse comme une dingue, au fait les asiats de sa promo trichent tous, c'est dans leurs genes | identity_hate
bonne rentrée a tous ! dédicace a Nathan qui a redoublé : t'es le plus gros raté du lycée, personne veut de toi | insult exclusion
si t'as pas compris la consigne de la dissert c'est pas grave l'op, par contre t'es moche a vomir sur ta photo de profil | body_shaming
conseil aux L1 : allez en TD, dormez bien, et si Kylian du BDE vous emmerde, je vais lui ouvrir le crane | threat
crevez tous dans un accident, vous les moqueurs du topic, j'ai raté le concours encore une fois mais je lache rien | threat
ma classe de terminale est soudée, tout le monde s'entend bien, sauf la muette la, on lui parle pas et elle s'assoira jamais avec nous | exclusion
le TD de chimie était génial aujourd'hui, la meuf du binome d'a coté je la baiserais bien sur la paillasse :hap: | sexual_harassment
les cours en ligne c'est pratique pour les salariés, mais toi l'op, avec ton QI d'huitre, tu comprendrais meme pas un tuto | insult
mes parents sont fiers de ma mention. au prof principal qui m'a humilié en seconde : j'espere que ta maison brulera avec toi dedans | threat
"""

# --- Work: office, managers, colleagues, interim, restaurants, job interviews --------------------
WORK_HARD = """
mon manager m'a pourri devant toute l'équipe pour une erreur de virgule dans un tableau, journée de merde, vivement vendredi
j'ai été licencié ce matin apres six ans dans la boite. je suis vide, je sais pas comment l'annoncer a ma copine
conseil d'entretien l'op : arrivez en avance, préparez trois questions, et ne dites jamais que votre ancien patron était un connard
un client m'a traitée de "sale conne incompétente" au téléphone, j'ai transmis l'enregistrement a ma responsable, elle m'a soutenue
cette boite d'intérim est une arnaque ! missions annulées la veille, paie en retard, je la déconseille a tout le monde
bon sujet, et toi l'op je suis en désaccord total sur le télétravail, chez nous la productivité a augmenté, chiffres a l'appui
le nouveau logiciel de planning est une daube absolue. il plante trois fois par jour et personne sait le paramétrer
mon collegue part a la retraite demain apres quarante ans de boite, on lui a fait une grosse surprise, j'ai chialé comme un gosse
ta stagiaire aussi ? la mienne me montre les raccourcis excel, je suis tellement nul, la honte totale :rire:
burn out depuis deux mois. j'arrive plus a me lever le matin, si quelqu'un est passé par la je veux bien des conseils
le patron nous a menacés de supprimer les primes si on faisait greve, c'est légal ça ou pas les kheys ?
une collegue est décédée d'un infarctus au bureau hier. toute l'équipe est sous le choc, l'agence est fermée aujourd'hui
le resto où je bosse a eu une inspection hygiene, le frigo était dégueulasse, on a tout nettoyé jusqu'a minuit
on m'a exclu de la réunion stratégique parce que j'étais en congé, ils m'ont envoyé le compte rendu, rien de grave
putain de RER en panne, deux heures de retard au taf, et mon chef a été cool heureusement, il m'a rien dit
nouveau poste sympa, et mon n+1 est exigeant mais juste, je préfere ça a un patron cool qui te lache au premier probleme
"je vais te faire virer" m'a dit un client au guichet, j'ai fait un rapport d'incident, c'est normal d'avoir flippé ?
la médecine du travail m'a déclarée inapte, et je suis dégoutée, j'aimais vraiment mon poste, sinon des idées de reconversion ?
ce salon professionnel était une perte de temps totale, stands vides, conférences creuses, et le café a 4 euros
ta théorie sur les jeunes qui veulent plus bosser, désolé mais c'est du grand n'importe quoi, les chiffres de l'emploi disent autre chose
j'ai foiré mon entretien en beauté. j'ai appelé la recruteuse par le nom de la boite concurrente :ouch: adieu le CDI
bonne équipe, sauf mon collegue qui ronfle pendant les visios, on lui a offert un mug "réveil difficile", il a adoré :rire:
t'as raison l'op, la boite a viré la moitié du service compta pour délocaliser, c'est dégueulasse pour eux
je bosse dans un entrepot. mon dos est en miettes a 26 ans, je me sens vieux et cassé, c'est normal ?
ma cheffe m'a dit que j'étais "lente", c'était vexant, mais elle m'a proposé une formation et au final ça m'a aidée
stage de fin d'études fini, quant au tuteur, toujours absent, taches inutiles, rapport noté 11, tellement déçu
afterwork jeudi, on invite tout le monde, Sarah comprise, par contre le CE a supprimé le voyage annuel, tout le monde est en colere
un collegue s'est fait traiter de "bougnoule" par un livreur, on a appelé la police et la boite a porté plainte
j'en ai ras le cul de ces entretiens en cinq étapes pour un CDD de trois mois payé au smic, sinon ça va
comme l'op, je suis le boulet de l'équipe depuis mon arrivée, je fais erreur sur erreur, je commence a douter de moi
le boss a annoncé des licenciements par mail un vendredi soir, et franchement technique de lache, mais bon, classique dans cette boite
ambiance top au bureau, et ma collegue m'a demandé mon adresse pour m'envoyer son faire-part de mariage, trop mignon
cette réunion aurait pu etre un mail ! trois heures a écouter le directeur parler de synergie, j'ai failli mourir d'ennui
il faut arreter avec le mythe du patron bienveillant, dans la restauration c'est horaires de malade et salaire de misere
merci pour le témoignage, et toi l'op ton conseil de démissionner sans plan B est irresponsable, surtout avec un loyer a payer
réunion d'équipe tendue ce matin, deux collegues se sont engueulés, et moi j'ai fait semblant de lire mes mails :hap:
je suis serveur et un client m'a dit "t'as une tete a claques", j'ai souri, j'ai encaissé, et j'ai pleuré en cuisine
mon patron m'a appelé "le fantome" parce que je parle jamais en réunion, c'est vrai, je suis timide, on en a rigolé
j'ai démissionné sans rien derriere, mes parents me prennent pour un fou, mais je respire enfin apres trois ans d'enfer
le recruteur m'a posé des questions sur mon projet d'enfant, c'est illégal non ? je l'ai signalé a l'inspection du travail
"""

WORK_NEUTRAL = """
je commence un CDI lundi dans une agence de com, des conseils pour bien s'intégrer la premiere semaine ?
quelqu'un sait si on peut cumuler un job étudiant et une alternance ? je trouve rien de clair en ligne
rupture conventionnelle acceptée, je touche le chomage a partir de quand en général, il y a un délai de carence ?
on cherche un serveur pour l'été dans un restau en bord de mer, horaires corrects, logement fourni sur place
je passe un entretien chez un équipementier auto mardi, c'est quoi les questions classiques pour un poste en qualité ?
mon employeur propose deux jours de télétravail, vous préférez lundi et vendredi ou plutot en milieu de semaine ?
"""

WORK_ATTACKS = """
nouveau taf, équipe sympa, cantine correcte, sauf ma cheffe, une grosse baleine qui souffle en montant l'escalier :rire: | body_shaming insult
je commence lundi en CDI, trop content :ok: au DRH qui m'a refusé l'an dernier : je vais te retrouver sale chien | threat insult
conseil d'entretien : soyez vous meme, souriez, et si le recruteur est un bougnoule partez direct, ils embauchent que leurs cousins | identity_hate
afterwork jeudi, on invite tout le monde sauf Sarah, cette boloss que personne peut blairer, ça va etre top | exclusion insult
ma collegue Laura Fontaine, de chez Logiflux, habite 12 rue des Acacias a Melun, allez lui dire ce que vous pensez d'elle | doxxing
super stage, tuteur au top. la petite stagiaire de l'accueil, si tu lis ça, montre tes fesses au prochain pot :noel: | sexual_harassment
tu cherches un job l'op ? essaie la logistique, ça recrute, mais vu ta tronche de cassos ils te prendront jamais | body_shaming insult
le stagiaire qui bégaie, ce mongol, on devrait le foutre dehors, sinon réunion utile pour une fois, objectifs clairs | identity_hate insult exclusion
j'ai démissionné apres trois ans, soulagement total. mon ancien patron, j'espere qu'il crevera d'un cancer dans d'atroces souffrances | threat
Kevin a eu sa promo, bien mérité, et toi Damien qui l'as jalousé sur slack toute la semaine, va te pendre sale rat | self_harm_incitement insult
premier jour au resto, le chef est cool, la plonge c'est un sale noir qui parle pas un mot de français, dégueulasse | identity_hate
je bosse en open space depuis un an et la nouvelle, avec son gros cul, je la mate toute la journée, elle adore ça | sexual_harassment
réunion annulée, ouf :rire: le directeur commercial, ce vieux porc, qu'il aille se faire foutre avec ses objectifs de merde | insult
je quitte la boite vendredi, pot de départ a 18h, venez tous, sauf Jeremy, on veut pas de ce lécheur de bottes | exclusion insult
le DRH s'appelle Patrick Lemoine, il habite la maison blanche au bout de l'impasse des Roses a Chartres, je dis ça, je dis rien | doxxing
bonne nouvelle, on passe a quatre jours par semaine, du coup l'autre grosse vache de la compta va enfin bouger son cul | body_shaming insult
merci pour tes conseils d'entretien l'op, t'es mignonne sur ta photo, tu portes quoi sous ton tailleur ? :hap: | sexual_harassment
mon chef est compétent, je dis pas le contraire, mais c'est un pd, ça a rien a faire a un poste de direction | identity_hate
entretien réussi, je commence lundi, et au recruteur de la boite d'avant qui m'a humilié, je sais où tu gares ta Clio | threat doxxing
les intérimaires comme toi l'op, vous etes des déchets, personne vous regrettera, vous pourriez tous sauter d'un pont | insult self_harm_incitement
le resto marche bien, service rapide, et le serveur qui boite, on devrait le virer, les clients veulent pas voir ça | identity_hate exclusion
j'ai eu ma prime, enfin ! la collegue qui m'a balancée au chef, je vais lui crever les pneus et lui refaire la face | threat
le télétravail c'est top pour la concentration. les feignasses comme toi qui pleurent au bureau, t'es un parasite sans cervelle | insult
la nouvelle assistante est efficace, tres pro, et honnetement elle finira dans mon lit, qu'elle le veuille ou non | sexual_harassment threat
formation sécurité ce matin, utile, mais le formateur obese qui transpirait, on aurait dit un porc a la broche :rire: | body_shaming
t'es un boulet l'op et tout le monde te déteste a ton taf, ça se sent, mais pour ta question, oui la mutuelle est obligatoire | insult exclusion
salon de l'emploi correct, beaucoup de stands, et les gitans qui venaient demander du taf, quelle blague, faut les chasser | identity_hate exclusion
j'ai enfin fini ce dossier, trois semaines de boulot, et Maxime qui s'en attribue le mérite, j'espere que tu te feras écraser | threat
le patron du garage est juste et paie bien, par contre son fils, un gros débile, il devrait se foutre en l'air | insult self_harm_incitement
réunion d'équipe productive, on avance, et la stagiaire rousse, avec une bouche pareille, je sais a quoi elle va servir | sexual_harassment
cette entreprise recrute en masse, postulez, mais pas les arabes, ils tiennent jamais plus d'un mois, c'est connu | identity_hate exclusion
toi Mélanie, t'as pas d'amis au boulot, meme la machine a café t'ignore, mais sinon bienvenue dans l'équipe logistique :hap: | exclusion insult
la nouvelle cantine est bonne, plats variés, et la dame du self, cette naine a moustache, elle me dégoute a chaque plateau | body_shaming insult
mon contrat est renouvelé ! le chef d'équipe qui m'a mal noté, je connais son adresse, 7 allée des Charmes, on verra qui rigole | doxxing threat
super ambiance dans la boite, vraiment, et le comptable juif qui compte chaque centime, on sait pourquoi hein :hap: | identity_hate
le séminaire était sympa, hotel correct, quant au commercial qui ronfle, je lui aurais bien étouffé la gueule avec son oreiller | threat
ton CV est propre l'op, bien présenté, mais avec ta gueule de gros bouffon, personne voudra t'embaucher | body_shaming insult
premier salaire, trop fier. toi Hugo, pauvre merde de collegue, ferme ta gueule en réunion, tout le monde te méprise | insult exclusion
"""

# --- Video games: ranked, raids, streamers, Discord servers, patches ------------------------------
GAMES_HARD = """
je viens de perdre 5 ranked d'affilée. je suis une merde absolue a ce jeu, je désinstalle pour ce soir :rire:
ce patch est une honte. ils ont nerf le seul perso jouable et buff des trucs déja cassés, équilibrage catastrophique
un mec en vocal m'a dit "je sais où tu habites, je vais te trouver", j'ai enregistré et signalé, je porte plainte ?
le jeu est magnifique, quant a l'histoire, d'une nullité, 70 balles pour un scénario écrit par une IA on dirait
ce soir en 1v1 je vais t'éclater sur ta propre map khey, prépare tes mouchoirs et ta revanche :noel:
mon pote s'est fait ban a vie pour avoir écrit "kys" dans le chat, il l'a bien cherché, faut arreter ça
le serveur minecraft de mon petit frere s'est fait griefer, dommage, trois mois de construction détruits, il a pleuré toute la soirée
je suis d'accord pour dire que le jeu est raté, et toi l'op ton argument sur les graphismes tient pas debout, désolé
putain ce boss final, 47 essais, toi t'as fait comment l'op ? victoire enfin, j'ai failli balancer la manette :fou:
le streamer que je suivais arrete sa chaine pour dépression. ça me rend triste, j'espere qu'il va vite aller mieux
le raid d'hier était génial, et on m'a viré de la guilde vu que je jouais plus depuis six mois, logique, aucune rancune
vous trouvez pas que la communauté de ce jeu est toxique ? j'ai lu "va te pendre" trois fois en une seule partie
bon conseil aux nouveaux : jouez support, et coupez le chat général, gardez juste le vocal, vous gagnerez en santé mentale
je me suis fait tuer par un gamin de 10 ans en finale, il m'a humilié, sinon bon tournoi :rire:
trop content de ma nouvelle config, sauf la manette a 200 balles qui a du drift au bout de deux mois, service client inexistant
mon perso ressemble a une patate avec ce skin, j'assume, c'est le plus moche du jeu et je l'adore :hap:
les lootbox c'est du casino pour gamins. je comprends pas qu'on laisse encore faire ça, ça me rend fou
la LAN de samedi était incroyable, et on a perdu en demi-finale, notre support était malade, on revient l'année prochaine
quelqu'un a signalé le pseudo "SaleArabe93" sur le ladder ? les modos l'ont toujours pas supprimé, c'est une honte
merci pour le topic, et toi l'op ta tier list est claquée au sol, ton perso en S est injouable en haut niveau
j'ai fini le jeu en 300 heures, et la fin m'a fait chialer comme un gamin, chef d'oeuvre absolu, merci les devs
raid raté a 1% du boss a cause de ma déco. désolé la team, je me sens comme une sous-merde ce soir
mon pc chauffe tellement quand je joue que je pourrais faire cuire des oeufs dessus, il va exploser un jour
l'éditeur a licencié 900 personnes apres des profits records, grosse honte, c'est dégueulasse et j'acheterai plus leurs jeux
"t'es grosse tu sers a rien" c'est ce qu'un random a écrit a ma copine en partie, report envoyé direct
t'inquiete l'op, je suis le pire jungler de l'histoire, mes coéquipiers ont parfaitement le droit de me détester cette saison :hap:
bonne session hier, et mon frere m'a bloquée sur discord parce que je l'ai battu a mario kart, quel mauvais perdant :rire:
la beta était injouable. crash toutes les dix minutes, serveurs en carton, remboursement demandé le jour meme
les kheys, la scene esport de ce jeu est morte, plus de tournois, plus de sponsors, personne en parle, c'est triste
je déteste le matchmaking basé sur l'engagement, c'est une arnaque qui te fait perdre expres pour que tu restes accroché
ce boss est un enfer, et mon personnage est mort définitivement en hardcore apres 80 heures de jeu, je suis en deuil ce soir
grosse réduction sur le jeu de base, par contre le DLC c'est de la merde en barre, trois quetes recyclées, skin a 25 euros
le mec qui a dit a une joueuse "montre tes seins ou quitte" a été banni, bien fait, bravo aux modos
je suis plat 2 maintenant, et je veux plus jouer avec des gens qui ragent en vocal, du coup solo, au moins je suis tranquille
j'ai craqué, j'ai hurlé sur ma console comme un psychopathe, ma copine m'a dit va te calmer, elle a raison
on cherche un cinquieme pour la team, bon niveau demandé, et dispo le soir a 21h, sinon c'est impossible pour les raids
cette franchise était mythique. ils l'ont massacrée pour vendre des microtransactions, ça me brise le coeur
mon vieux chat est mort pendant que je jouais, je m'en veux de pas avoir été a coté de lui
perdu la finale au dernier round, et toi Romain tu m'as mis une raclée, respect total, t'es un monstre sur ce perso
pareil que l'op, nul a chier en fps mais je m'amuse avec les potes, c'est le principal non ? :ok:
"""

GAMES_NEUTRAL = """
quel jeu coop vous conseillez pour jouer a deux sur canapé ? on a fini tous les classiques avec ma copine
la nouvelle saison ranked commence jeudi, les récompenses de fin de saison arrivent quand exactement sur le compte ?
je cherche un jeu de gestion tranquille pour décompresser le soir, pas trop cher, sur switch si possible
vous jouez avec quelle sensibilité souris sur les fps ? je trouve jamais le bon réglage pour mon écran
le jeu est en promo a moins 60 pourcent ce week end, ça vaut le coup pour un débutant ou pas ?
notre serveur discord organise un tournoi amical samedi, inscriptions ouvertes, les débutants sont les bienvenus
"""

GAMES_ATTACKS = """
bonne partie hier soir les gars, on a bien carry, sauf Lenny qui devrait se suicider tellement il est nul | self_harm_incitement insult
le nouveau patch est plutot équilibré. a la meuf qui stream en décolleté : montre nous le reste ma belle :hap: | sexual_harassment
je vais t'éclater en ranked ce soir, et apres je viendrai t'éclater en vrai, je sais où tu habites a Roubaix | threat doxxing
le streamer Zarko c'est Maxime Perrot, 24 ans, il habite avenue Jean Jaures a Limoges, je vous laisse faire | doxxing
conseil pour débuter : jouez support, c'est simple et utile, et si vous tombez avec un noir dans l'équipe, dodgez direct :rire: | identity_hate
va crever dans un coin, le toxique qui nous a insultés en chat, sinon GG a l'équipe d'en face, belle partie | self_harm_incitement
j'adore ce jeu depuis dix ans, mais les joueuses en ranked devraient rester a la cuisine, c'est pas leur place | identity_hate exclusion
trop content de ma nouvelle config, 144 fps partout, pendant que toi le gros lard tu joues encore sur une patate | body_shaming insult
on a down le boss hier, raid génial. Kevin on t'a viré de la guilde, personne te voulait, dégage | exclusion
ton build est intéressant khey, je vais le tester, par contre en vocal on dirait un trisomique qui se noie | identity_hate insult
la mise a jour est enfin sortie ! au dev qui a supprimé mon skin : je vais venir chez toi et te planter | threat
j'ai fini le jeu en 40 heures, tres bonne histoire, et l'op qui dit le contraire est un sous-homme sans cerveau | insult
l'event halloween est cool, skins sympas. la petite de 14 ans du serveur, si tu lis ça envoie moi des photos en privé | sexual_harassment
on cherche un cinquieme pour la team, bon niveau demandé, pas de gros porc qui pue a travers le micro comme l'ancien | body_shaming insult exclusion
la commu est sympa, sauf Baptiste alias Kiro, il est au lycée des Marronniers a Lens en premiere, allez le voir a la sortie | doxxing
j'espere que ta mere va mourir ce soir, le random qui m'a kick du lobby, sinon c'est mon jeu préféré de l'année | threat
perdu la finale au dernier round, c'était serré, bravo a eux, mais leur capitaine est un sale pd qui mérite pas le trophée | identity_hate insult
pour le tuto de speedrun suivez Nox, il explique super bien, et ignorez Sana, cette salope qui vole les strats des autres | insult
le serveur est enfin stable apres la maj, on va jouer tranquille, sans les gitans du clan d'a coté, on les bannit tous, ok ? | identity_hate exclusion
belle action en fin de partie, bravo. toi le boulet qui a feed tout le game, saute de ton balcon :noel: | self_harm_incitement insult
la LAN de samedi était incroyable, ambiance folle, et la caissiere obese du bar, on aurait dit une baleine échouée :rire: | body_shaming
grosse réduction sur le DLC, foncez ! l'op qui disait que c'était une arnaque, t'es une merde humaine :rire: | insult
je recrute pour le clan, tout le monde est bienvenu, sauf les feujs, on a déja assez de problemes avec eux, vous voyez pourquoi ? | identity_hate exclusion
bonne session avec les kheys, on a rigolé. Lucie, avec ton cul je te laisse carry ma bite quand tu veux | sexual_harassment
ce boss est un enfer mais je lache rien, et vous les ragequitteurs du topic, j'espere que vous creverez seuls dans vos chambres | threat insult
super stream hier de Tilou, drole et chill, au fait il vit seul au 5 rue des Peupliers a Tours, passez lui dire coucou | doxxing
le mode histoire est correct, sans plus, par contre Romain, t'as jamais pensé que ta mere aurait du avorter ? | insult
je joue depuis la beta, j'ai tout vu, et les nouveaux comme toi qui pleurent en chat, personne veut de vous ici, cassez vous | exclusion insult
top match en arene. l'autre tocard qui me spamme en MP, je vais te trouver et t'arracher les dents une par une | threat insult
merci pour l'astuce du farm, ça marche bien, par contre avec ta tete de thon, n'active jamais ta webcam | body_shaming
tournoi réussi, 64 équipes, merci aux orgas. la team de bicots qui a triché, retournez dans votre pays | identity_hate insult
je viens d'avoir le platine, fierté totale, et le gamin qui m'a insulté hier, tu devrais te tirer une balle | self_harm_incitement
ce jeu me détend apres le taf, vraiment, sauf quand je croise des autistes comme toi qui savent pas lire une map | identity_hate insult
j'ai mis 10 au jeu dans mon test, et Nadia la testeuse de l'autre site, grosse vache incapable, tu vaux rien | body_shaming insult
si tu me recroises en game je te fais bouffer ton clavier l'op, sinon oui le nouveau perso est fun avec un kit original | threat
notre team est top 10, la saison a bien commencé, et l'ancien capitaine on l'a jarté, qu'il aille pleurer ailleurs ce loser | exclusion insult
bonne astuce pour les quetes annexes, merci, au passage t'as une voix de fillette, t'as des couilles ou pas ? | insult
gros progres ce mois ci, par contre la meuf du duo qui m'a ignoré, je vais la violer la prochaine fois qu'on se voit | sexual_harassment threat
"""

# --- Football: matches, referees, transfers, amateur clubs, supporters ---------------------------
FOOT_HARD = """
match nul pourri ce soir, zéro occasion en 90 minutes, j'ai eu envie de me crever les yeux avec ma carte d'abonné :fou:
l'arbitre a sifflé un penalty imaginaire a la 88e, t'as vu ça l'op ? j'ai hurlé devant ma télé, mes voisins ont du flipper
on descend en Ligue 2. je suis dégouté, vingt ans que je suis ce club et je pleure comme un gamin ce soir
le défenseur central a fait un match catastrophique, trois erreurs et deux buts encaissés, il doit sortir du onze
des supporters ont crié des insultes racistes au gardien adverse, j'espere que le club sera sanctionné lourdement
bonne analyse globale, et toi l'op je suis pas d'accord sur le 4-3-3, ça marche pas avec ces latéraux, ils montent jamais
le coach a tué l'équipe avec ses changements ! sortir le meilleur joueur a la 60e c'est du suicide tactique
le club organise un tournoi pour les jeunes, et mon petit cousin a marqué son premier but en U11, toute la famille en larmes :ok:
ce derby était tendu, deux rouges, une grosse bagarre générale, mais quel match les kheys, on s'en souviendra longtemps
super ambiance au five, sauf que je me suis fait une entorse, je suis nul mais je tire toujours les penaltys, logique
un ancien joueur du club est décédé hier a 54 ans, minute de silence samedi au stade, respect éternel
la VAR est une arnaque. elle sert a rien si c'est toujours le meme arbitre qui décide a la fin
le club a viré l'entraineur apres six défaites, honnetement il le méritait, son projet de jeu était mort
"retourne dans ton pays" crié a notre attaquant, j'ai filmé le mec en tribune et envoyé la vidéo au club
ce maillot third est d'une laideur incroyable, on dirait un rideau de douche de grand mere, sinon le domicile est beau
le mercato est une catastrophe. on a vendu nos deux meilleurs joueurs et recruté des préretraités hors de forme
putain de météo, le match de mon fils est annulé pour la troisieme fois, le terrain est une piscine
on a pris 5-0 a domicile. c'est la honte de ma vie de supporter, j'ose plus porter l'écharpe au taf
je déteste le foot business, les billets a 90 euros et les joueurs qui embrassent l'écusson avant de partir
"je vais te casser les jambes" m'a dit un adversaire au match de district, l'arbitre l'a expulsé direct
l'attaquant a raté trois face a face, d'ailleurs il est dans le dur mentalement, il faut le protéger un peu les gars
le coach a bien géré les changements, et notre gardien est petit mais il a des réflexes de chat, il a sauvé le match
les ultras ont jeté des fumigenes et le match a été interrompu, bravo les génies, amende pour le club
je suis le golem de mon équipe de foot a sept, je cours comme un frigo mais je m'éclate :rire:
on a perdu 3-0, et le capitaine a pris la parole apres la défaite, il a tout assumé devant les caméras, un vrai leader
le stade est en ruine. toilettes bouchées, buvette vide, sieges cassés, la mairie doit agir avant un accident
ton classement est complet, merci l'op, par contre ton argument sur la possession tient pas, on peut avoir 70% et perdre
notre attaquant s'est fait traiter de "singe" par un adversaire, il a quitté le terrain et toute l'équipe l'a suivi
le foot féminin progresse bien, et l'équipe du club a gagné la coupe régionale, personne en parle alors qu'elles ont été énormes
ce commentateur est insupportable, il crie pour rien et connait pas le nom des joueurs, je coupe le son
la blessure de notre milieu, rupture des ligaments croisés, saison finie, j'espere qu'il reviendra plus fort
on m'a sorti de l'équipe premiere parce que j'ai raté trop d'entrainements, normal, c'est entierement ma faute
quel derby les kheys, et les supporters adverses nous ont chambrés toute la soirée, on a fini par boire un verre ensemble
bon match hier, et je vais vous détruire au prochain match de ligue les gars du quartier, préparez vos mouchoirs :noel:
les tirs au but de mon équipe sont une tragédie grecque, on les rate tous depuis des années, c'est maudit
la fédé a baclé l'organisation de la finale. des milliers de fans bloqués dehors sous la pluie, scandale total
mon club de coeur est vendu a un fonds américain, je sens que ça va finir en catastrophe comme ailleurs
match chiant mais trois points, et le pauvre latéral a marqué contre son camp a la 93e, il va pas dormir de la nuit
pronostic pour ce soir : 0-0, et toi l'op tu vas encore t'endormir au stade, trois passes en retrait par action :hap:
l'op je trouve que ton post sur le racisme dans les stades minimise beaucoup trop, les insultes sont quotidiennes en amateur
"""

FOOT_NEUTRAL = """
quelqu'un sait où acheter des places pour le match de samedi ? la billetterie officielle est déja complete
notre club amateur cherche un gardien pour la saison prochaine, entrainements mardi et jeudi a 19h, niveau district
vous pensez quoi de la compo pour ce soir ? moi je mettrais le jeune en pointe a la place du titulaire
le match sera diffusé sur quelle chaine dimanche ? je trouve pas l'info sur le site du club
je commence le foot a 22 ans, c'est trop tard pour un club amateur ou il existe des équipes débutantes ?
gros tirage, les huitiemes sont tombés, on joue contre une équipe portugaise, franchement ça peut le faire
"""

FOOT_ATTACKS = """
bon match ce soir, belle victoire. a l'arbitre Garnier qui nous a volés au match aller : je sais où tu vis :noel: | threat doxxing
l'arbitre du derby c'est Fabrice Lemaire, il habite a Villeneuve d'Ascq pres du stade, allez l'attendre devant chez lui | doxxing threat
le coach a bien géré les changements, rien a dire, mais le gardien avec sa gueule de macaque, il fout quoi chez nous ? | identity_hate insult exclusion
victoire 2-1 arrachée, quel match, et les supporters d'en face, vous etes tous des consanguins qui méritent de crever | insult threat
notre défenseur a fait un bon match, propre, mais Nabil le latéral gauche devrait se pendre tellement il est nul | self_harm_incitement insult
quel derby les kheys, ambiance de folie ! l'autre gros tas de la tribune Est, tu peux arreter de bouffer un peu ? :rire: | body_shaming
le foot féminin progresse bien, bon niveau technique, d'ailleurs la capitaine avec son petit short, je lui ferais bien sa fete apres le match | sexual_harassment
ferme ta gueule sale fdp, l'op qui disait qu'on perdrait, belle perf de l'équipe en coupe, bravo a tous | insult
je vais voir le match au bar avec les potes, tranquille, et si je croise le supporter d'hier je le plante au couteau | threat
le mercato est plutot réussi, deux bonnes recrues, par contre les renois de l'équipe réserve, faut tous les virer | identity_hate exclusion
mon fils joue en U13, c'est un plaisir, et l'entraineur qui le fait jamais jouer, je vais lui crever ses pneus et plus si affinités | threat
la VAR a bien fait son job ce soir pour une fois. le golem qui défend l'arbitre, t'es un débile consanguin | insult
quel but en lucarne, splendide. le gardien adverse qui pleure, retourne sucer ta mere espece de tapette | insult identity_hate
super ambiance au five, on a rigolé, sauf avec Yohan, ce gros lard qui court comme une vache, on le prend plus | body_shaming exclusion
le nouvel attaquant a marqué un doublé, grosse recrue, dommage que ce soit un bougnoule, il va nous pourrir le vestiaire | identity_hate
personne te regrettera si tu sautes, toi l'op qui insultes les joueurs, on a perdu 3-0 mais l'équipe a montré du caractere | self_harm_incitement
finale tendue, victoire aux tirs au but, et a la journaliste en tribune de presse, on veut tes seins pas tes analyses | sexual_harassment
le club organise un tournoi pour les jeunes samedi, venez nombreux, sauf les gitans du camp d'a coté, on veut pas d'eux | identity_hate exclusion
l'arbitre a bien sifflé ce soir, et l'ailier gauche avec sa tete de trisomique, qu'il aille jouer chez les handicapés | identity_hate insult
tactiquement c'était propre, bravo le coach. notre président, ce vieux porc obese, qu'il creve avec ses millions | body_shaming insult threat
je suis le club depuis tout petit, et au mec qui a craché sur notre maillot, on a ton nom, Kevin Bertin de Sedan | doxxing threat
pronostic pour ce soir : 2-0 pour nous, le commentateur de la radio locale est un gros débile qui connait rien au foot | insult
les U17 ont fait un match magnifique, le petit numéro 10 est un phénomene, et l'arbitre central, une grosse merde incompétente | insult
ton analyse tactique est pertinente, j'apprends des trucs, mais t'es une fiotte, donc je te prendrai jamais au sérieux | identity_hate insult
le stade était plein, ambiance magnifique, dommage pour la grosse de la tribune qui chantait faux, elle bouchait la vue avec son bide | body_shaming
belle victoire dimanche au district, et le capitaine adverse qui m'a taclé, je sais où il bosse, il va me voir débarquer au garage | threat doxxing
j'espere qu'on te crevera les yeux, le raciste qui a crié des trucs, sinon classe les joueurs qui saluent le public apres le match | threat
le nouveau maillot est beau, je l'ai commandé. l'op qui le trouve moche, va te tailler les veines avec :hap: | self_harm_incitement
on joue la montée cette année, ambiance au top, et les arabes du club voisin, vous etes des voleurs de scooters de naissance | identity_hate
la compo de ce soir me plait, équilibrée, et ce crétin de latéral droit qui monte jamais, je lui explose la gueule s'il joue | threat insult
le match de mon neveu était super, il a marqué, quant a sa coach, je lui mettrais bien des claques sur les fesses | sexual_harassment
saison difficile mais on se maintient, et dans le groupe des supporters on vire Damien, personne veut le voir au stade | exclusion
tifo magnifique, bravo, et le capo qui a volé la caisse c'est Jérémy Vasseur, il bosse a l'hypermarché de Douai | doxxing
transfert acté, on récupere un bon milieu. le joueur parti chez nos rivaux, j'espere qu'il se fera casser les deux genoux | threat
ton classement des buteurs est complet et sourcé, merci l'op, mais ta photo de profil, quelle tronche de gremlin dégueulasse | body_shaming insult
coupe de district gagnée, premiere depuis 1998, et le coach adverse qui nous a insultés, tu vas te faire défoncer a la sortie | threat
match chiant mais trois points, et le mec qui a leaké les compos, on le dégage du groupe, qu'il reste seul dans son coin | exclusion
les abonnements baissent cette année, bonne nouvelle. l'op qui les trouve trop chers ? reste chez toi pauvre clochard | insult
"""

# --- Series, films, anime, cinema -----------------------------------------------------------------
SCREEN_HARD = """
la saison 3 est une catastrophe. scénaristes en roue libre, personnages détruits, j'ai abandonné au quatrieme épisode
j'ai pleuré comme une madeleine a la fin de l'épisode 8, je pensais pas qu'ils oseraient tuer ce perso
excellente saison, et le méchant est un connard fini, je le déteste tellement que c'est forcément un perso bien écrit
ce film est d'une nullité rare. deux heures quarante d'explosions et de dialogues écrits par un gamin de six ans
l'actrice qui jouait la grand mere dans ma série d'enfance est morte, ça me fout un coup, paix a son ame
ta critique est longue, et toi l'op je suis en total désaccord, la fin est cohérente si tu regardes bien la saison 2
le doublage français est une honte absolue. on dirait des gens qui découvrent leur texte en direct
dans la série un perso dit "va te pendre" a son frere, la scene est dure mais super bien jouée
putain de spoiler dans le titre du topic, merci les modos de l'avoir supprimé si vite, j'étais a deux doigts
comme l'op, je trouve ce film surcoté, la photographie est belle mais l'histoire est vide de chez vide
cet anime m'a tué ! j'ai enchainé 24 épisodes en une nuit, je suis une épave ce matin au taf :rire:
t'es pas obligé d'aimer l'op, mais le héros est un gros nul en saison 1, c'est ce qui rend son évolution si belle
la plateforme a annulé ma série préférée apres une saison, et je suis dégouté, il y avait tellement de potentiel
ce documentaire sur les sectes m'a glacé le sang, quant au gourou, il traitait ses adeptes comme des esclaves
dans la série l'héroine se fait harceler au lycée, on voit les messages "personne t'aime", c'est tres réaliste et dur
film sympa, et au ciné une famille a parlé pendant toute la séance, j'avais envie de hurler mais je suis resté poli
les effets spéciaux sont dégueulasses, on dirait une cinématique de PS2, le budget est parti où franchement ?
le reboot est une insulte a l'original. ils ont tout changé sauf le titre, honte a la production
je suis nul pour retenir les noms des persos, je les appelle le barbu, la rousse et le méchant :hap:
cette série traite du racisme dans la police des années 60, c'est dur a regarder mais nécessaire
le film d'horreur m'a tellement fait peur que j'ai dormi avec la lumiere allumée, a 25 ans, la honte, sinon bon film
la série est finie, et le final m'a laissé vide, je sais pas quoi regarder maintenant, dépression post série officielle
le showrunner a répondu aux critiques en traitant les fans d'idiots, c'est nul de sa part, je boycotte la suite
faudrait interdire les live action, mon anime préféré va y passer, catastrophe industrielle assurée a cent pour cent
personne m'avait prévenu, la scene de la mort du chien m'a défoncé, je vous préviens, ayez des mouchoirs sous la main
ton top 10 des films de la décennie est claqué, par contre je respecte le gout pour le cinéma coréen, bien vu l'op
super bande annonce, et l'acteur principal joue comme une planche, mais son perso est tellement attachant que ça passe
dommage, j'ai essayé de regarder ce film trois fois et je me suis endormi trois fois, c'est un somnifere puissant
la série est tres violente. des meurtres en gros plan, je la déconseille aux ames sensibles et aux ados
ce réalisateur est un génie, sauf que son dernier film est une bouse prétentieuse sans queue ni tete, quel dommage
le ciné de mon quartier ferme définitivement, il était la depuis 1952, j'espere qu'un repreneur se manifestera
le personnage grossophobe de la série se fait remettre a sa place dans l'épisode 5, scene tres satisfaisante
personne veut venir voir le film avec moi, et j'y vais seul ce soir, c'est pas si triste en vrai :ok:
j'avais hate, et la bande annonce spoile tout le film, les monteurs sont des génies du mal, j'ai plus besoin d'y aller
ce film m'a mis en colere, comment on peut filmer la misere avec autant de condescendance et de mépris
l'épisode filler est inutile. vingt minutes de plage et de blagues nulles, je passe directement au suivant
le casting est une catastrophe, et l'actrice de 40 ans qui joue une lycéenne, on y croit pas une seconde, sinon ça va
la série sur le harcelement scolaire m'a rappelé mon college, j'ai du faire des pauses tellement c'était dur
le manga est un chef d'oeuvre, et l'auteur a baclé la fin en trois chapitres, quel gachis apres dix ans de publication
je déteste les gens qui disent "c'est juste une série", non, ce personnage m'a aidé a traverser ma dépression
"""

SCREEN_NEUTRAL = """
vous conseillez quoi comme série policiere pas trop longue ? j'ai fini tout ce qui est scandinave sur les plateformes
le film sort en salle le 14, quelqu'un sait s'il y aura des séances en VOST dans les petites villes ?
je commence un anime, c'est mieux de le regarder en VF ou en VOSTFR pour une premiere fois ?
quelle est la meilleure saison selon vous ? je suis a la 4 et je trouve que le rythme ralentit un peu
les kheys, une série courte a regarder avec ma mere ce week end, genre comédie familiale, vous avez des idées ?
la deuxieme saison est annoncée pour l'automne, les memes acteurs reviennent d'apres le communiqué de la plateforme
"""

SCREEN_ATTACKS = """
la saison 2 est une tuerie, scénario solide, acteurs au top. l'op qui a spoilé dans le titre, va te jeter sous un train | self_harm_incitement
j'ai adoré le film, belle photo, belle musique, dommage que l'actrice principale soit une grosse vache, ça m'a gaché les scenes | body_shaming
quel épisode de fou hier soir :noel: l'actrice rousse, je la prendrais bien dans ma chambre sans lui demander son avis | sexual_harassment
la critique de l'op est bien écrite, argumentée, mais c'est un sale juif donc pourquoi je la lirais ? | identity_hate
Paul, t'es un tel abruti que t'aurais fini gourou, sinon tres bon doc sur les sectes, je le conseille a tout le monde | insult
le ciné de mon quartier a une super programmation, mais il y a toujours des racailles noires au fond, faudrait les interdire d'entrée | identity_hate exclusion
ton top 10 des animes est plutot correct, mais avec ta gueule de boutonneux tu devrais éviter de poster des selfies | body_shaming
le reboot est mieux que prévu, le youtubeur qui crache dessus c'est Loic Bernier, il vit a Grenoble, rue Thiers | doxxing
film sympa, les gosses ont ri, et le gamin qui tapait dans mon siege, je vais le défoncer a la prochaine séance | threat
la série est une masterclass, vraiment. l'op qui préfere la VF ? t'es un attardé mental qui mérite pas de vivre | insult self_harm_incitement
anime magnifique, animation sublime, et ceux qui trouvent ça lent, les pd du forum, restez sur vos séries de meufs | identity_hate insult
le documentaire est bien sourcé, mais la réalisatrice qui ose parler au nom des femmes, cette salope mérite une bonne correction | insult threat
excellente soirée ciné, le film est beau, mais la caissiere, bonne comme pas permis, j'aurais voulu lui toucher les seins | sexual_harassment
j'ai trouvé le final tres cohérent, pas comme toi khey, avec ton cerveau de mongol tu pouvais comprendre comment ? | identity_hate insult
j'espere que ta mere crevera bientot, toi l'op qui te moques, cette série parle de deuil avec tellement de justesse | threat
le film est long mais ça vaut le coup. vous les haters du topic, personne veut de vous sur ce forum, cassez vous | exclusion
soirée marathon réussie, et Anais qui a ramené son copain beauf, on l'invite plus jamais, qu'elle se trouve d'autres amis | exclusion
super bande annonce, j'ai hate, par contre l'acteur principal, ce nain ridicule avec sa tete de fouine, quelle horreur a regarder | body_shaming insult
le manga est top, la traductrice amateur qui le massacre c'est Sophie Marin, elle bosse a la librairie du centre de Rouen | doxxing
mon perso préféré meurt dans l'épisode 6, j'ai chialé. toi l'op qui spoiles, je vais te retrouver et te faire bouffer ta télé | threat
le film traite bien du racisme, scénario fin, mais franchement les arabes dans la salle qui riaient, c'est des animaux | identity_hate
ta critique est longue mais juste, bravo. ta copine sur la photo, elle suce bien ou pas ? :hap: | sexual_harassment
vu le film en avant premiere, tres bon, sauf la grosse derriere moi qui bouffait son popcorn comme une truie, dégueulasse | body_shaming insult
cette série sur le harcelement est importante, et toi Maelle qui pleures pour rien, personne t'aime, tout le monde le dit | exclusion insult
ce fils de pute de scénariste, j'espere qu'il se fera tabasser en pleine rue, mais j'ai aimé l'épisode malgré les longueurs | insult threat
pas mal ce nouveau film, bonne réalisation, mais l'actrice trans, c'est un mec déguisé, arretez de nous mentir | identity_hate
le livre était meilleur mais le film est correct. toi l'op, avec ta gueule de pédophile, parle pas de films pour enfants | insult
le concours de fanart du forum est lancé, et si Théo participe encore, on le bannit, personne supporte ce relou | exclusion insult
un bon thriller, tendu du début a la fin, et toi qui m'insultes en MP, je connais ton vrai nom, Yanis Dumont, et ton bahut | doxxing threat
tres bonne série coréenne, acteurs excellents, dommage que les bridés aient tous la meme tete, impossible de les reconnaitre | identity_hate
la fin ouverte m'a frustré mais j'ai aimé, et toi l'op t'es une sous-merde, suicide toi, on sera tous plus heureux | insult self_harm_incitement
les effets spéciaux sont bluffants, l'histoire moyenne, et le critique de la télé, ce gros bouffon, je lui casserais bien les dents | insult threat
belle adaptation du roman, fidele :ok: les féministes qui pleurent, retournez a la vaisselle, c'est votre seul talent | identity_hate insult
le film d'animation est sublime, vos gosses vont adorer, et l'op qui le trouve nul, on s'en fout de ton avis de raté | insult
j'ai revu la trilogie ce week end, toujours aussi forte. a la voisine qui a tapé au mur, je vais te cramer ta porte | threat
la série est finie, je suis triste, et Lola qui me suit partout, t'es moche, grosse, et personne veut de toi | body_shaming exclusion insult
excellente saison, rythme parfait, et toi le puceau qui donne des notes a tout, va te pendre avec ta cape de sorcier | self_harm_incitement insult
ta critique du film est nulle mais ton cul sur ta photo de profil, lui, mérite un 10, envoie en d'autres | sexual_harassment
"""

# --- Cooking, food, restaurants, canteens ---------------------------------------------------------
FOOD_HARD = """
j'ai raté mon boeuf bourguignon, la viande est dure comme de la semelle, je suis une catastrophe en cuisine :rire:
ce resto étoilé est une arnaque. 180 euros pour trois bouchées et un serveur qui nous a pris de haut toute la soirée
putain de four ! il a laché en plein milieu de la cuisson de la dinde, le repas de Noel est foutu
ma grand mere faisait les meilleures crepes du monde, elle est partie le mois dernier, j'ai essayé sa recette hier en pleurant
belle recette, et toi l'op je suis pas d'accord avec ton histoire de "vraie carbonara sans creme", chacun cuisine comme il veut
ton chef aussi hurle ? le mien m'a hurlé dessus pendant tout le service, c'est normal dans ce métier ou je me barre ?
ce kebab est immonde. viande grise, frites molles, sauce blanche tournée, plus jamais de ma vie les kheys
resto sympa pour un anniversaire, et le serveur a renversé une assiette sur ma robe, il était mortifié, dessert offert
je suis grosse et j'assume, mais la ça fait trois burgers cette semaine, faut que je me calme un peu :hap:
un client a traité ma collegue de "grosse truie" parce que sa commande tardait, le patron l'a mis dehors direct
le livreur a mis deux heures, la pizza est arrivée froide, et l'appli refuse le remboursement, je suis vénère
les plats ultra transformés c'est une catastrophe pour la santé, d'ailleurs j'ai arreté depuis six mois et je me sens mieux
mon coloc cuisine comme un porc, il laisse tout crader dans l'évier pendant des jours, je vais finir par craquer
le pain était excellent, et la boulangerie de mon quartier a fermé apres 40 ans, le patron part a la retraite, c'est triste
l'article sur le sucre est intéressant, et toi l'op ton argument sur le végétarisme est a coté de la plaque, désolé
j'ai voulu faire une recette vue sur tiktok, le caramel a brulé, l'alarme incendie a sonné, le voisin est venu voir :rire:
cette recette de quenelles est une trahison de la cuisine lyonnaise, un sacrilege total, mon pere en pleurerait
dommage, mon resto a pris une critique horrible en ligne, "a fuir absolument", ça me détruit le moral apres dix ans de travail
la cantine de mon fils sert des plats dégueulasses depuis la rentrée. j'ai écrit a la mairie, aucune réponse
je me suis coupé le doigt en émincant un oignon, du sang partout, je suis le pire cuisinier de l'histoire de l'humanité
les restos qui servent des portions minuscules a 30 euros l'assiette, je les boycotte, c'est du vol pur et simple
personne me comprend mais je veux pas manger avec des gens qui filment chaque plat pour instagram, c'est mon seul défaut je crois :hap:
on m'a viré de la cuisine du resto apres une semaine d'essai, trop lent, j'avoue que j'étais pas au niveau
belle soirée raclette entre potes, et le fromage qui pue c'est le meilleur, ceux qui disent le contraire ont tort :hap:
je sais où se trouve le marché le samedi si tu cherches l'op, place de la mairie, de 8h a midi, super produits
t'es un génie l'op, ce plat épicé m'a tué, j'ai pleuré, transpiré, et j'en recommande un demain midi
ce resto étoilé vaut son prix, et le patron menace de porter plainte contre un client qui a laissé un faux avis, il a raison
ma premiere tarte tatin, un peu brulée, et ma mere dit que je cuisine comme un pied, elle a raison, je progresse doucement
la brigade de mon ancien resto était une jungle, insultes et coups de torchon, je me suis barré au bout d'un mois
l'huile de palme c'est une saloperie, faudrait l'interdire, je lis toutes les étiquettes maintenant, ça prend un temps fou au supermarché
je teste ta recette de tiramisu ce soir, et merci l'op, par contre je mettrai moitié moins de sucre, trop sucré pour moi
le patron du food truck est décédé d'une crise cardiaque, le quartier entier a déposé des fleurs devant le camion
"t'es trop grosse pour manger ça" m'a dit mon oncle au repas de famille, j'ai quitté la table, j'ai bien fait ?
intoxication alimentaire, trois jours aux toilettes, pire expérience de ma vie, sinon vous allez bien les kheys ?
la réforme des tickets resto est un scandale, on va encore perdre du pouvoir d'achat pendant que tout augmente
le sushi a volonté était infect. riz pas cuit, poisson douteux, j'ai eu peur pour ma vie toute la nuit :ouch:
mon pain maison est sorti tellement dur qu'on pourrait tuer quelqu'un avec, l'arme du crime parfaite :rire:
pareil que l'op, j'en ai marre de galérer en cuisine, je suis nul, je vais me nourrir de pates jusqu'a la fin de mes jours
ce chef a la télé est insupportable. il hurle sur les candidats pour faire de l'audience, c'est malsain a regarder
le livreur était rapide, sauf que le plat du jour était tellement salé que j'ai cru mourir de soif, avis poli mais honnete
"""

FOOD_NEUTRAL = """
quelqu'un a une recette de lasagnes végétariennes qui tient bien a la cuisson ? les miennes s'effondrent toujours
vous conseillez quel robot patissier pour un budget de 200 euros ? j'hésite entre deux marques depuis des semaines
on organise un repas de quartier samedi, chacun ramene un plat, vous faites quoi en général pour ce genre d'occasion ?
je cherche un bon resto libanais a Lyon pour un anniversaire, une dizaine de personnes, pas trop cher si possible
combien de temps on peut garder un bouillon maison au frigo ? trois jours ou plus, vous faites comment vous ?
je débute la patisserie, c'est quoi le premier gateau a maitriser selon vous, un moelleux ou une tarte ?
"""

FOOD_ATTACKS = """
la recette est top, j'ai testé hier. l'op qui la poste, t'es grosse comme une vache, arrete un peu de bouffer | body_shaming
super resto libanais dans le 7e, je conseille, sauf que le serveur est un arabe voleur comme tous ceux de sa race | identity_hate
mon gateau a bien levé pour une fois, je suis fier :ok: ma soeur qui s'est moquée, va te pendre sale grognasse | self_harm_incitement insult
le plongeur du resto c'est Samir Belkacem, il habite au 18 rue Voltaire, balancez lui ce que vous pensez de sa vaisselle | doxxing
repas de quartier réussi, tout le monde était la, sauf la vieille folle du 3e, on l'a pas invitée et on l'invitera jamais | exclusion insult
le kebab d'a coté est bon, frites croustillantes, la serveuse a un cul a se damner, je lui ai demandé son numéro trois fois | sexual_harassment
tu veux une recette de lasagnes ? facile, mais avec ton QI de poulpe tu vas meme pas savoir allumer le four | insult
j'ai fait des crepes pour les potes, succes total. au voisin qui se plaint de l'odeur : je vais te bruler ta bagnole :noel: | threat
vu ton bide de femme enceinte t'aurais pas du en manger la moitié, sinon ton tiramisu a l'air bon l'op | body_shaming
stage en cuisine validé, le chef est cool, par contre le commis est un pd qui fait ses manieres, dégage de ma brigade | identity_hate exclusion insult
l'article sur le sucre est intéressant, merci, et toi qui contredis tout, t'es le genre de raté que personne regrettera | insult self_harm_incitement
le pain de la boulangerie est excellent, d'ailleurs la boulangere, je la retournerais bien sur le comptoir entre deux baguettes | sexual_harassment
belle soirée raclette entre potes, et Lucas on t'a pas invité parce que t'es un boulet, personne veut de toi, t'as compris ? | exclusion insult
ce food truck de tacos est génial, par contre les chinetoques qui tiennent celui d'en face mettent du chien dans leurs nems | identity_hate
la cantine s'améliore enfin, et la cantiniere obese qui sert, elle goute chaque plat ou quoi, vu son double menton ? | body_shaming
ma recette de risotto marche a tous les coups, et l'op qui dit que c'est trop salé, je sais où tu habites, a Brest | threat doxxing
merci pour les conseils robot patissier, j'ai pris le bleu. au vendeur qui m'a arnaqué : je vais te défoncer | threat
crève salope, personne t'aimera jamais, la gamine qui m'insulte sur insta, sinon pizza maison réussie, pate fine | self_harm_incitement insult
le marché du samedi est super, bons produits, et les roms qui mendient a l'entrée, faudrait les virer a coups de pied | identity_hate threat exclusion
conseil pour le boeuf bourguignon : cuisson longue, vin correct, et toi le con de l'op d'hier, t'es une honte pour ta famille | insult
resto sympa pour un anniversaire, mais le serveur bossu qui boite, on aurait dit quasimodo, ils pouvaient pas embaucher normal | body_shaming identity_hate
ma premiere tarte tatin, un peu brulée mais bonne, et Nina qui rigole, t'es une grosse pute, tu vas le regretter | insult threat
le livreur était rapide, nickel. le gros plein de soupe qui m'a doublé dans la file, j'espere que ton coeur lache | body_shaming threat
ce resto étoilé vaut son prix, et le critique qui l'a démoli c'est Alain Meunier, il habite a Dijon pres du port du canal | doxxing
la recette de ma mere est la meilleure, et toi qui commentes, t'as une tete de cul, on dirait un foetus raté | body_shaming insult
la poissonniere du marché est adorable, je lui ferais bien gouter autre chose si tu vois ce que je veux dire | sexual_harassment
l'émission de cuisine est sympa ce soir, et la candidate noire qui gagne, c'est le quota, elle sait meme pas faire un oeuf | identity_hate
ma coloc cuisine super bien, vraiment, dommage qu'elle soit si dégueulasse physiquement, vous avez vu sa tronche de troll ? | body_shaming insult
j'ai enfin réussi mes macarons, et toi l'op qui rigoles, va te noyer dans ta baignoire sale merde | self_harm_incitement insult
le brunch du dimanche est génial, sauf Julie, on la met plus dans le groupe, elle gache tout, qu'elle reste seule | exclusion
ma boulangerie préférée ouvre le dimanche, et le mitron qui m'a mal parlé, je vais l'attendre a la fermeture avec mes potes | threat
vous etes des débiles qui méritent le cancer, les bouffeurs de viande, sinon végan depuis deux ans et tres content | insult threat
recette parfaite, merci ! t'as l'air bonne sur ta photo, tu cuisines en sous-vetements j'espere ? | sexual_harassment
le resto chinois est correct, pas cher, mais les bridés en cuisine parlent meme pas français, renvoyez les chez eux | identity_hate exclusion
je teste ta recette ce soir, elle a l'air top. au fait Marion t'es moche, ton mec te trompe et il a raison | body_shaming insult
l'intoxication au resto de la zone, pas étonnant, le patron c'est Karim Haddad, 22 allée des Pins a Créteil, allez y | doxxing
je vais faire ta recette de chili, merci, et toi Jordan, le jour où je te croise je te fais bouffer tes dents | threat
la sauce est parfaite, par contre le commis qu'on a recruté, un handicapé mental, il a rien a faire en cuisine, qu'il dégage | identity_hate exclusion
"""

# --- Cars, motorbikes, driving licence, garages, traffic ------------------------------------------
CARS_HARD = """
j'ai raté mon permis pour la troisieme fois, j'ai grillé un stop, je suis vraiment un danger public :rire:
ma voiture m'a laché sur l'autoroute. deux heures sur la bande d'arret d'urgence, journée de merde absolue
le garagiste m'a facturé 900 euros pour une piece a 80, et c'est une arnaque, je porte réclamation, sinon la voiture roule
mon oncle est mort dans un accident de moto la semaine derniere, portez vos équipements les kheys, s'il vous plait
ce SUV est une horreur. gros, moche, lourd, gourmand, je comprends pas pourquoi tout le monde en achete
bon tuto vidange, et toi l'op je suis en désaccord total sur les radars, ils sauvent des vies, les chiffres sont clairs
un automobiliste m'a hurlé "je vais te tuer" pour un clignotant oublié, j'ai porté plainte, sa plaque est notée
putain de bouchons sur le périph ! 1h30 pour faire 12 km, je vais finir par vendre ma caisse et prendre un vélo
le moniteur d'auto école m'a traité de "gros nul" en rigolant, il avait raison, j'ai calé cinq fois en une heure
la nouvelle taxe sur les voitures anciennes est injuste, faudrait la supprimer, ce sont encore les pauvres qui paient
cette citadine est lente comme un escargot, dommage, mais elle m'a jamais laché, fidele depuis presque trois cent mille kilometres
je déteste conduire la nuit, d'ailleurs je vois rien, j'ai l'impression d'etre une taupe aveugle au volant de ma caisse
quelqu'un a rayé toute ma portiere sur le parking du supermarché, je suis dégouté, et évidemment personne a rien vu
le permis a 2000 euros c'est une honte. les jeunes des campagnes peuvent pas bosser sans voiture
covoiturage jusqu'a Lyon, et on m'a exclu du groupe parce que j'étais toujours en retard, je l'ai mérité, je suis un boulet
controle technique passé, et le mec était super sympa, il m'a expliqué tous les défauts un par un sans me juger
mon pot d'échappement fait un bruit de tracteur mourant, mon voisin m'a dit va te faire réparer ça, il a raison :hap:
toi aussi l'op t'as vu ce motard a 200 dans le virage ? j'ai cru qu'il allait mourir, complètement inconscient
un chauffard a renversé le chien de mes parents et s'est barré, on a donné le début de la plaque a la police
ma voiture électrique est géniale, et toi l'op qui dis que c'est une arnaque, t'as tort, sauf sur les batteries, la t'as raison
la concession m'a vendu une voiture avec un vice caché. je vais aller au tribunal, ça me rend malade
quel golem, j'ai reculé dans un poteau devant toute ma famille, j'ai eu envie de m'enterrer sous le parking :rire:
le salon auto valait pas le coup, peu de marques, des stands vides, et l'entrée a 25 euros, je regrette
ma soeur s'est fait suivre par un mec en voiture jusqu'a chez elle, elle a appelé la police, ils l'ont interpellé
conduire la nuit c'est reposant, par contre en ville c'est l'enfer, trottinettes, bus, livreurs, je deviens fou chaque matin
mon pere m'a offert sa vieille voiture, et ma premiere est partie a la casse aujourd'hui apres 15 ans, pincement au coeur
la police a retrouvé ma moto volée, et elle est complètement désossée, ils ont laissé que le cadre, les salauds de voleurs
le mécano m'a dit "t'es un boulet avec ton embrayage", c'est mon pote, il a raison, je l'ai cramé en six mois
les limitations a 80 c'est une connerie sans nom. on perd du temps pour rien sur des routes vides
j'ai eu mon permis du premier coup, et mon pere qui m'a appris a conduire est décédé l'an dernier, je pense a lui
la bagnole de mon voisin est tellement moche qu'on dirait un frigo sur roues, et pourtant il l'adore, il a raison :hap:
j'ai vu un accident sur l'autoroute ce matin, trois voitures, les pompiers partout, ça m'a secoué toute la journée
je suis pas d'accord avec l'op, les jeunes conduisent pas plus mal, les stats d'accidents sont plus complexes
l'auto école a fait faillite avec mes 1500 euros, je suis dégouté, il y a un recours collectif en cours
vitesse excessive, retrait de permis, je l'ai bien cherché, plus grand abruti de la route, sinon tout va bien :hap:
j'ai enfin trouvé une assurance pas chere, et toi l'op ton conseil de rouler sans assurance est débile, tu risques la prison
samedi au karting je vais te laisser sur place khey, t'auras que mes gaz d'échappement a respirer :noel:
ce garage c'est du vol organisé, trois mois pour changer un embrayage et le double du devis, je le déconseille
le GPS m'a envoyé dans un champ au milieu des vaches a minuit, je suis un génie de l'orientation :rire:
"sale conne apprends a conduire" m'a crié un type au feu, je me suis garée plus loin et j'ai tremblé dix minutes
"""

CARS_NEUTRAL = """
je cherche une premiere voiture fiable pour moins de 5000 euros, diesel ou essence pour 15 000 km par an ?
gros doute, quelqu'un a déja passé le permis moto en accéléré ? ça se passe comment en général, combien d'heures ?
vous conseillez quel type de pneus pour l'hiver en montagne, quatre saisons ou vrais pneus neige ?
le controle technique change en juillet, il faut faire quoi pour les voitures d'avant 2010, vous savez ?
on part en road trip en Espagne en aout, vous avez des conseils pour les péages et le prix de l'essence ?
ma batterie se décharge en trois jours, c'est l'alternateur ou juste la batterie qui est morte d'apres vous ?
"""

CARS_ATTACKS = """
j'ai eu mon permis du premier coup, trop fier :ok: toi le moniteur qui m'a saqué l'an dernier, je vais te rouler dessus | threat
belle balade en moto ce dimanche, soleil, routes vides, et les femmes au volant, faudrait leur retirer le permis a toutes | identity_hate
le garagiste m'a bien aidé, honnete et rapide, sauf l'apprenti noir qui sent mauvais, virez le de l'atelier | identity_hate exclusion
je sais que c'est toi qui m'as rayé la portiere, Bruno Caron du 14 rue des Lilas, sinon ma nouvelle voiture est un bonheur | doxxing threat
road trip en Espagne génial, routes top. l'op qui demande des conseils, t'es trop con pour conduire, reste chez ta mere | insult
controle technique passé, aucun défaut, par contre la voisine grosse comme un camion qui se gare sur deux places, achete toi un cerveau | body_shaming insult
mon cours de conduite s'est bien passé, la monitrice, j'avais envie de poser ma main sur sa cuisse tout le long | sexual_harassment
j'ai vendu ma caisse, bon prix, et le mec qui m'a arnaqué c'est Dylan Rocher, il bosse au garage de la zone nord de Reims | doxxing
le salon auto valait le coup, belles voitures, et les hotesses, elles étaient la pour se faire tripoter, non ? | sexual_harassment
ta voiture est belle l'op, jolie couleur, tu rentres comment dedans, gros lard ? | body_shaming
l'autoroute était fluide ce matin. le chauffard qui m'a fait un doigt, je te retrouverai et je te planterai | threat
covoiturage jusqu'a Lyon sans souci, mais le passager beur qui parlait fort, ces gens savent pas vivre en société | identity_hate
vous avez de bons conseils pneus les kheys, merci. toi le raté qui me contredis, suicide toi avec ton pot d'échappement | self_harm_incitement insult
ma moto est revenue du garage, nickel, et le pote qui me l'a empruntée sans demander, on l'exclut du groupe de motards, personne lui parle | exclusion
conduire la nuit c'est reposant finalement, et les gitans qui vivent sur l'aire a coté, faudrait les dégager au bulldozer | identity_hate threat
t'es qu'une sous-merde de vendu, toi l'op qui défends les auto écoles, le permis a 2000 balles c'est abusé | insult
mon pere m'a offert sa vieille voiture, trop ému. ma cousine jalouse ? va te jeter sous un camion sale vipere | self_harm_incitement insult
le nouveau rond point marche bien, quant au maire qui l'a construit, ce vieux pédé ridicule, il mérite pas son écharpe | identity_hate insult
j'adore ma petite citadine :hap: la vendeuse de la concession avec ses gros seins, elle m'a vendu la voiture a elle seule | sexual_harassment
retour de vacances sans bouchon, miracle, et l'op qui trouve ça normal, t'es une tache, ta mere aurait du te noyer a la naissance | insult
le club auto de la ville organise une sortie dimanche, tout le monde est bienvenu, sauf les arabes et leurs golf tunées | identity_hate exclusion
tu demandes quoi choisir entre diesel et essence ? prends ce que tu veux, de toute façon t'as une tete de victime | insult
belle restauration de ma 205, fierté totale. au mec du forum qui la critique : je vais venir chez toi avec une batte | threat
la fourriere m'a rendu ma voiture sans rayure, et l'agent a l'accueil, une vraie boule de graisse, elle passait pas la porte | body_shaming
le pilote de rallye local a gagné, bravo, d'ailleurs sa copine dans les stands, je lui aurais bien montré mon levier de vitesse | sexual_harassment
balade en moto réussie avec le club, et le nouveau qui roule comme une tanche, on le vire, qu'il aille rouler seul | exclusion insult
j'ai enfin trouvé une assurance pas chere, et le conseiller qui m'a raccroché au nez, j'espere qu'il crevera dans un accident | threat
mon frere a eu son code, et le connard de voisin qui le traite de bouffon habite au 3 rue du Moulin, je dis ça | doxxing insult
la police a retrouvé ma moto, soulagement. les voleurs, ces racailles de la cité, ils méritent une balle chacun | threat insult
le karting de samedi était top, et Emma qui pleurait parce qu'elle perdait, t'es une pleurnicheuse, personne te réinvitera | insult exclusion
mon SUV consomme peu en vrai, mais les écolos qui crevent mes pneus, je vais les traquer et leur défoncer la gueule | threat
la voiture de mon voisin est moche mais il est sympa, pas comme son fils, ce gros débile trisomique qui bave devant le portail | identity_hate insult body_shaming
j'ai réussi mon créneau devant l'examinatrice, franchement elle était bonne, je lui aurais fait un créneau a elle aussi | sexual_harassment
le mécano du quartier est un génie, et sa femme voilée qui tient la caisse, elle devrait rester chez elle, pas a l'atelier | identity_hate exclusion
vous avez raison pour l'assurance, merci les kheys, et toi Anthony, personne te regrettera si tu te plantes en moto, fonce | self_harm_incitement
ma voiture électrique est géniale, silencieuse. les gros beaufs qui la critiquent, des bouseux consanguins qui savent pas lire | insult
ton tuto vidange est clair l'op, mais tu rentres comment dans ta voiture avec ton cul de camion ? | body_shaming
fais gaffe a tes pneus cette nuit, le golem qui m'a klaxonné, je connais ta caisse, sinon super balade sur la corniche | threat
"""

# --- Housing: flatshares, neighbours, landlords, rent, moving ------------------------------------
HOUSING_HARD = """
t'es pas seul l'op, mon proprio refuse de changer la chaudiere depuis trois mois, on se lave a l'eau froide
le voisin du dessus fait la fete tous les soirs jusqu'a 4h. je dors plus, je vais devenir complètement fou
on a visité 30 apparts en un mois, sauf que c'était tous des taudis a 900 euros, Paris c'est une blague de mauvais gout
ma coloc est partie sans payer ses deux derniers loyers, j'ai du avancer l'argent, je suis dégoutée et fauchée
le syndic est d'une incompétence rare. la fuite dure depuis un an et personne bouge, je vais saisir le tribunal
bon topic, et toi l'op je suis en désaccord sur l'encadrement des loyers, mais tes sources sont sérieuses, je le reconnais
une voisine m'a laissé un mot "sale bruyante, dégage de l'immeuble", je l'ai montré au syndic, on verra bien
mon immeuble a pris feu cette nuit. tout le monde est sorti a temps, mais on a tout perdu, vraiment tout
je vis dans 12 metres carrés, je dors au dessus de mon frigo, c'est ça le reve parisien les kheys :rire:
le proprio est entré chez moi sans prévenir, c'est légal ou pas ? j'étais sous la douche, j'ai flippé
ce T2 a l'air génial sur les photos mais en vrai c'est humide, sombre, et le quartier craint la nuit
le hall est repeint, et la vieille dame du rez de chaussée est décédée, elle me gardait mes colis, je suis triste
j'ai arraché la poignée de la porte en l'ouvrant trop fort, la force d'un homme des cavernes, la caution est morte :hap:
putain de moisissure dans la salle de bain ! elle revient toutes les semaines malgré la javel, j'en peux plus
on m'a refusé l'appart parce que mes garants étaient pas assez riches, personne loue sans ça, c'est dégueulasse
vous savez où se trouve la mairie annexe pour les dossiers de logement social ? je suis perdu dans cette ville
fete des voisins samedi, et ceux du 4e m'ont invité a leur barbecue apres nos disputes, finalement ils sont adorables
l'agent immobilier m'a pris pour un con, il m'a fait payer des frais illégaux, j'ai réclamé et obtenu gain de cause
ce quartier est devenu invivable, bruit, travaux, circulation, je cherche a partir a la campagne au plus vite
ma coloc est cool, et elle me dit que je suis bordélique, elle a raison, je laisse trainer mes chaussettes partout :ouch:
un mec a tagué "on sait où tu habites" sur la porte de ma voisine, elle a porté plainte, je l'ai accompagnée
ce nouveau projet immobilier va raser le parc du quartier, je suis furieux, faudrait tous signer la pétition
je suis pas d'accord avec l'op, les locataires sont pas tous des casseurs, c'est un cliché idiot
le chauffage collectif est en panne en plein hiver, il fait 14 degrés dans mon salon, on crève de froid, je dors en doudoune
mon coloc ronfle comme un gros tracteur, les murs tremblent, j'ai acheté des bouchons d'oreille industriels
l'expulsion de ma tante a eu lieu ce matin, a 68 ans, j'espere que la mairie va la reloger vite
on a exclu le voisin du groupe whatsapp de l'immeuble par erreur, il était vexé, on l'a rajouté direct avec des excuses
appartement super lumineux, par contre tellement petit que j'ouvre le frigo depuis mon lit, c'est pratique finalement :hap:
le gardien est adorable, et il a été agressé hier soir, il va bien, la police a arreté le type dans la nuit
cette résidence étudiante c'est une prison. cafards, douches communes dégueulasses, wifi mort, 500 euros par mois
j'ai pleuré en rendant les clés de l'appart où j'ai vécu dix ans avec mon ex, fin d'une époque
les voisins se sont engueulés dans le hall, il y a eu des insultes de partout, la police est venue calmer tout le monde
merci pour l'info sur la caf, et toi l'op ton idée de sous-louer sans l'accord du proprio est débile, tu vas te faire expulser
l'ascenseur est en panne depuis trois semaines. je monte six étages avec mes courses, je vais mourir jeune
quant au proprio, il m'a menacé de garder la caution pour un trou de punaise, c'est abusé, je fais quoi les kheys ?
golem du bricolage ici, j'ai monté l'armoire a l'envers, elle s'ouvre vers le mur, bravo moi :rire:
je paie 500 euros pour 12 metres carrés, et le loyer a augmenté de 15%, du racket légal, je vais devoir déménager
déménagement fini, et ma nouvelle voisine est trans, super gentille, elle m'a aidé a monter mes cartons au 5e sans ascenseur
les colocs qui laissent la vaisselle sale trois jours, je vous hais cordialement, signé un ancien coloc traumatisé
le bailleur social met six ans a attribuer un logement, c'est une honte nationale, on dort a cinq dans un T2
"""

HOUSING_NEUTRAL = """
c'est quoi les documents a fournir pour un dossier de location ? je fais ma premiere demande seul cette année
je cherche une coloc a Nantes pour septembre, budget 450 euros, plutot calme et non fumeur, des pistes ?
comment on fait un état des lieux de sortie correct ? il faut prendre des photos de chaque piece ?
vous passez par une agence ou entre particuliers pour louer ? je pese le pour et le contre depuis une semaine
est ce que l'APL est versée le premier mois ou il faut attendre ? la caf me répond pas depuis dix jours
on emménage ensemble avec ma copine en juin, des conseils pour choisir le quartier a Toulouse ?
"""

HOUSING_ATTACKS = """
super appart trouvé, lumineux. l'ancienne coloc qui m'a planté deux loyers, Chloé Lambert, bosse a la pharmacie de la place, allez la voir | doxxing
ma coloc est cool, propre, on rigole bien, par contre son mec est un sale noir qui pue, je veux pas de lui chez moi | identity_hate exclusion
le syndic a enfin réparé la fuite. la vieille du 2e qui se plaint tout le temps, j'espere qu'elle va tomber dans l'escalier | threat
déménagement fini, trop content :ok: au proprio qui m'a volé ma caution, je sais où tu habites, et je vais venir te voir | threat doxxing
on a fait une fete des voisins, sympa, sauf les arabes du 4e qu'on invite jamais, ils ont qu'a rester entre eux | identity_hate exclusion
les conseils pour le dossier sont top l'op, ta voisine dont tu parles, elle a l'air d'une bonne salope | sexual_harassment insult
salle de sport dans la résidence, cool, d'ailleurs la grosse du rez de chaussée devrait y aller, non ? elle bloque l'ascenseur a elle seule | body_shaming
quartier calme, bonnes écoles, et mon voisin Marc Petit, 45 boulevard Gambetta, frappe sa femme, allez lui rendre une petite visite | doxxing
j'ai trouvé une coloc sympa a Nantes, et l'autre candidate, une grosse gouine aux cheveux bleus, on l'a dégagée direct | identity_hate body_shaming exclusion
mon proprio est enfin venu réparer le chauffage, et le plombier, un golem absolu, il devrait se pendre avec son tuyau | insult self_harm_incitement
vous etes des rats qui méritent l'asphyxie, les parisiens comme toi l'op, moi je vis a la campagne maintenant, le calme total | insult threat
on rend les clés demain. ma coloc Manon, t'es une grosse truie, personne voudra jamais vivre avec toi | body_shaming insult exclusion
ton conseil sur l'état des lieux est utile, au passage t'as une tete de violeur sur ta photo, on te l'a déja dit ? | insult
l'APL est enfin versée, ouf :ok: la conseillere caf, cette conne, je vais l'attendre a la sortie du bureau | insult threat
le hall de l'immeuble est repeint, c'est propre, et les manouches qui squattent devant, on les gaze quand ? | identity_hate threat
belle visite ce matin, appart parfait, sauf que l'agente immobiliere avec sa jupe, j'avais envie de la plaquer contre le mur | sexual_harassment
mes voisins sont super, on se rend service, sauf le nouveau, un bouffon qu'on a exclu du groupe, qu'il reste dans son coin | exclusion insult
le gardien est adorable, pas comme son fils, un petit merdeux que je vais défoncer s'il touche encore a mon vélo | threat insult
la résidence étudiante est correcte, mais les africains du 3e, c'est des sauvages qui savent pas utiliser des toilettes | identity_hate
je paie 500 euros pour 12 metres carrés, c'est abusé, et toi l'op qui trouves ça normal, va te faire foutre fils de chien | insult
qu'elle creve, ma belle soeur qui critique tout, personne la regrettera, sinon on a peint la chambre du bébé ce week end | threat
le nouveau voisin est tres poli, et sa femme a un cul de reve, je la mate par la fenetre tous les soirs | sexual_harassment
appartement super lumineux, et le mec qui l'a visité avant moi, un nain difforme, vous imaginez s'il l'avait eu ? | body_shaming
merci pour l'info sur la caf. Jérémy qui squatte le topic, t'as pas d'amis, ta famille veut pas de toi, dégage | exclusion insult
je viens d'emménager a Lille, ville géniale, et l'ancien proprio, Patrick Delmas, rue de Lannoy a Roubaix, un escroc, balancez ça partout | doxxing insult
on est cinq dans la coloc, ambiance super, et la seule meuf, on l'a prise pour faire le ménage et pour le reste | sexual_harassment identity_hate
le quartier est agréable, marché le dimanche, mais les pd qui tiennent la boutique d'en face font fuir les familles | identity_hate
mes voisins du dessus ont enfin arreté les fetes, merci. a l'autre fdp qui m'a dénoncé au syndic, je vais te crever | insult threat
mon coloc a lavé mes affaires par gentillesse, trop mignon, et ma copine, t'es une cruche, tu sais meme pas faire ça | insult
la réunion de copro était utile pour une fois, et la vieille chouette du 5e, on l'invite plus, elle gache tout | exclusion insult
logement social obtenu apres cinq ans, et la voisine qui m'a fait chier, Sandrine Roux, aide soignante a l'hopital Nord, je te lache plus | doxxing threat
l'immeuble a une belle terrasse, et le gros porc du 6e qui y bronze torse nu, il devrait avoir honte de montrer ça | body_shaming
cherche coloc calme a Toulouse, ambiance familiale, et les asiatiques s'abstenir, ils puent le poisson | identity_hate exclusion
ton appart est joli l'op, bien décoré, t'es bonne sur la photo du salon, tu dors nue ou pas ? | sexual_harassment
t'es une merde Kevin, va te pendre, tu as pas porté un seul carton, sinon le déménagement est fini, on y est enfin | insult self_harm_incitement
bon conseil pour les cafards : acide borique et patience, et ta pute de mere t'a élevé dans un taudis, ça se voit l'op | insult
le voisin handicapé du 1er qui réclame une rampe, qu'il aille vivre en foyer, nous on veut pas payer, sinon bonne AG de copro | identity_hate exclusion
le proprio était sympa au final, il a rendu la caution, et son fils, ce gros tas, il arrivait pas a monter l'escalier | body_shaming
"""

# --- Dating, couples, break-ups, dating apps, weddings -------------------------------------------
DATING_HARD = """
ma copine m'a quitté apres quatre ans, par texto. je suis détruit, je mange plus rien depuis trois jours
premier date hier soir, catastrophe totale, j'ai renversé mon verre sur elle et j'ai bégayé tout le repas :rire:
les applis de rencontre c'est de la merde. 300 matchs et zéro conversation, je désinstalle tout ce soir
un mec m'a écrit "t'es trop grosse pour moi" apres avoir vu mes photos, je l'ai signalé, c'est normal ces gens ?
belle histoire, et toi l'op je suis en désaccord total avec ton post sur les femmes qui "choisissent mal", c'est cliché
mon ex m'a menacée de publier nos photos intimes, j'ai porté plainte hier, j'espere que ça suffira a l'arreter
t'es pas condamné l'op, je suis moche et j'ai rencontré quelqu'un qui m'aime comme je suis, gardez espoir
la rupture est dure mais nécessaire. il me rabaissait tout le temps devant ses potes, je respire enfin
mon mec m'a traitée de "grosse conne" en pleine dispute, c'est la premiere fois, je dois partir ou pas ?
premier rendez vous toujours stressant, et moi je suis le roi des rateaux, trois refus ce mois ci, je vais écrire un livre :hap:
conseil pour les applis : soyez sinceres, et fuyez les coachs en séduction sur youtube qui apprennent a manipuler les femmes
ma grand mere a perdu mon grand pere apres 60 ans de mariage, elle me parle de lui tous les jours
je t'ai trouvée super jolie sur ta photo, ça te dérange si je t'invite a prendre un café cette semaine ? aucune pression
on m'a ghostée apres trois mois. aucune explication, je me sens comme une merde, c'est normal de le vivre si mal ?
je suis heureux pour toi l'op, par contre ton argument sur les couples libres est nul, meme si ça marche pour certains
le mariage de ma soeur était magnifique, et j'ai pleuré pendant les voeux comme une madeleine, mon beau frere aussi
je suis célibataire a 29 ans et franchement c'est pas la fin du monde, arretez de me plaindre a chaque repas, sinon ça va
mon mec m'a dit "je vais te tuer" quand j'ai mangé sa part de gateau, on a rigolé, il est adorable :rire:
le speed dating était horrible, sauf une fille sympa, et les mecs parlaient que de crypto, j'ai fui a la pause
je me suis fait larguer la veille de mon anniversaire, joyeux anniversaire a moi, grosse ambiance pourrie cette semaine
ma pote a reçu des photos de bite non sollicitées toute la semaine, elle a signalé le compte et il a sauté
un mec sur l'appli m'a demandé mon adresse au bout de deux messages, je l'ai bloqué direct, gros red flag
je suis nul pour draguer, je parle météo pendant vingt minutes, ensuite je panique et je pars
mon couple traverse une période difficile, on se dispute tout le temps, quant au conseiller conjugal, on le voit lundi
cette appli est une arnaque ! 30 euros par mois pour voir des profils fantomes, remboursez moi bande de voleurs
l'ex de mon pote l'a traité de "minable" devant tout le monde, il a rien répondu, j'ai trouvé ça classe
la Saint Valentin s'est bien passée, et pourtant je déteste cette fete commerciale de merde, j'ai offert des fleurs quand meme
je suis en couple avec une femme plus agée de quinze ans, ça choque mes parents, mais on est heureux
on fete nos deux ans, et ma copine est partie vivre en Australie, on essaie la distance, c'est dur mais on tient le coup
mon premier baiser était une catastrophe, et on s'est cogné les dents, on en rigole encore dix ans apres avec ma femme
j'ai supprimé toutes les photos de mon ex, ça m'a fait mal mais c'était nécessaire pour avancer
t'as raison sur le fond, et toi l'op ton post est tres dur avec les mecs timides, on est pas tous des lourds
mariage réussi, bravo aux mariés, et ma meilleure amie a épousé un type que je supporte pas, mais je ferme ma gueule
elle m'a répondu "désolée je suis pas intéressée", j'ai dit "pas de souci, bonne soirée", c'est ça etre adulte
la fille que j'aime depuis le lycée se marie samedi, et j'ai le coeur en miettes, mais je suis content pour elle
le site de rencontre m'a banni parce que j'avais mis une photo de mon chat en profil :rire: injustice totale
on s'est séparés d'un commun accord apres sept ans, c'est triste mais on reste amis, vraiment
mon date a pris des photos de moi en cachette pour les envoyer a ses potes, c'est du harcelement non ?
comme l'op, je me trouve dégueulasse sur toutes mes photos, quelqu'un connait un photographe pas cher pour l'appli ?
l'op a raison, les gens qui disent "t'es trop difficile" aux célibataires, arretez, l'amour c'est pas un service public
"""

DATING_NEUTRAL = """
premier rendez vous samedi, vous conseillez quoi comme endroit ? bar, expo ou balade au parc si il fait beau ?
on fete nos cinq ans avec ma copine, une idée de week end pas trop loin de Paris et pas trop cher ?
vous avez rencontré votre conjoint comment ? appli, amis, boulot, je suis curieux des statistiques du forum
comment on dit a quelqu'un qu'on veut une relation sérieuse sans lui faire peur au bout d'un mois ?
la demande en mariage c'est en aout, vous préférez une bague classique ou quelque chose de plus original ?
les applis payantes valent le coup ou les gratuites suffisent largement pour rencontrer quelqu'un de bien ?
"""

DATING_ATTACKS = """
premier date hier, ça s'est bien passé, on a rigolé. la serveuse, je l'aurais prise sur le comptoir sans lui demander | sexual_harassment
mon ex m'a quitté, je suis triste, elle s'appelle Julie Moreau, elle bosse au magasin de sport de la zone de Nimes, allez la saluer | doxxing
les applis c'est compliqué, et les meufs qui mettent des photos filtrées, vous croyez qu'on voit pas que vous etes des baleines ? | body_shaming insult
ma copine et moi on fete nos deux ans, trop bien :ok: son ex qui traine encore autour ? je vais lui fracasser le crane | threat
envoie des nudes, on en parlera mieux, t'es bonne sur ta photo, sinon t'as raison sur les applis l'op | sexual_harassment
le mariage était magnifique, je suis ému, par contre la mariée c'est une beurette, le cousin aurait pu trouver mieux | identity_hate
je suis célibataire et bien dans ma peau. toi Lucas qui m'as jetée, t'es un gros porc, va mourir | body_shaming insult self_harm_incitement
speed dating correct, quelques contacts, sauf le mec en fauteuil, faudrait pas laisser les handicapés s'inscrire | identity_hate exclusion
ton conseil pour le premier rendez vous est bon, mais avec ta gueule de fouine t'as jamais du en avoir un | body_shaming insult
mon pote s'est fait larguer, on l'a consolé. son ex, cette pute, elle vit au 10 rue des Roses a Angers | doxxing insult
je commence a aimer la vie de couple, et les puceaux du forum qui jugent, vous etes des erreurs, pendez vous | self_harm_incitement insult
la demande en mariage est prévue en aout, par contre ma future belle mere, cette grosse vache, je la veux pas a la cérémonie | body_shaming insult exclusion
je cherche une relation sérieuse, et la fille qui m'a recalé, je vais la suivre jusqu'a chez elle, elle va comprendre | threat
ma copine est trop belle ce soir :noel: toi l'op qui demandes des conseils, t'es trop moche pour qu'une femme te touche un jour | body_shaming
le site de rencontre a amélioré son algo, ça matche mieux, sauf les renois qui m'écrivent, je les bloque tous, c'est des singes | identity_hate
on a emménagé ensemble, bonheur total, et son meilleur ami, le pd de service, on le veut pas chez nous | identity_hate exclusion
la Saint Valentin était top, d'ailleurs la copine de Hugo, avec ses gros seins, je comprends pourquoi il reste | sexual_harassment
belle histoire l'op, je suis content pour toi, mais ta femme a une tete de cheval, t'aurais pu mieux choisir | body_shaming insult
rupture douloureuse mais je vais mieux. mon ex Thomas, t'es un minable, j'espere que tu creveras seul | insult threat
je me suis marié samedi, journée parfaite, et le cousin Antoine, on l'avait pas invité, personne l'aime dans la famille | exclusion
les rencontres en soirée c'est mieux que les applis, les meufs bourrées, c'est la que tu les baises facilement | sexual_harassment
je t'ai vue sur l'appli Clara, t'es bonne, et je sais que t'es en master a la fac de Pau, je vais passer te voir | sexual_harassment doxxing threat
le premier rendez vous est toujours stressant, mais toi le golem qui racontes ta vie, ferme ta gueule de puceau | insult
ma soeur s'est fiancée, trop heureux, mais son fiancé est un arabe, et dans ma famille on veut pas de ça | identity_hate exclusion
les divorcés comme toi l'op, vous etes des ratés qui devriez vous jeter par la fenetre, moi je suis en couple depuis dix ans | self_harm_incitement insult
le speed dating m'a plu, et la petite brune, j'ai pris son numéro sur sa fiche, je vais lui envoyer des photos de ma queue | sexual_harassment
j'ai rencontré ma copine au boulot, trop bien. la stagiaire obese qui me drague, elle peut rever, la baleine | body_shaming insult
conseil pour les applis : soyez sinceres, et si une meuf vous recale, insultez la, c'est tout ce qu'elles méritent ces chiennes | insult identity_hate
mon couple va mieux, merci le conseiller. ma belle soeur qui s'en mele, je vais lui refaire le portrait | threat
t'es jolie sur ta photo de profil, vraiment, et j'ai retrouvé ton insta et ton lycée, on se voit a la sortie ? | doxxing sexual_harassment threat
mon premier baiser était nul, comme tout le monde, et toi Sofiane, t'en auras jamais, t'es trop laid, meme ta mere te regarde pas | body_shaming insult
j'aime bien ton post sur la rupture, sincere, et ton ex a eu raison de te jeter, personne voudra jamais de toi | exclusion insult
mariage réussi, bravo aux mariés, sauf le photographe, ce gros nain, il arrivait meme pas a cadrer les tetes | body_shaming insult
cherche femme sérieuse pour relation durable, pas de grosses ni de noires, désolé mais c'est non | identity_hate body_shaming
je suis heureux pour toi l'op, vraiment, et ta copine, elle fait des plans a trois ou pas ? envoie son snap | sexual_harassment
t'es une erreur de la nature et ta mere le sait, mais pour ta question, oui on peut se remettre d'une rupture en six mois | insult
les fiançailles étaient belles :rire: ma tante qui a pleuré toute la soirée, cette grosse outre, elle prenait trois chaises | body_shaming
mon ex est partie avec mon meilleur pote, et eux deux, je vais les attendre devant chez eux avec un cadeau spécial | threat
"""

# --- Travel and transport: flights, trains, hotels, holidays -------------------------------------
TRAVEL_HARD = """
vol annulé a la derniere minute. 14 heures a l'aéroport, la compagnie nous a laissés sans un verre d'eau, scandale
l'hotel était dégueulasse. cafards dans la salle de bain, draps tachés, photos mensongeres, je le déconseille a mort
je me suis perdu trois heures dans Tokyo sans batterie, j'ai pleuré dans une supérette, pire souvenir de ma vie :rire:
mon grand pere est mort pendant que j'étais en Thailande, j'ai pas pu rentrer a temps, je m'en veux encore
belles photos, et toi l'op je suis pas d'accord sur le tourisme de masse, interdire les croisieres c'est beaucoup trop radical
un controleur m'a traité de "fraudeur de merde" alors que j'avais mon billet, j'ai fait une réclamation officielle
putain de train ! trois heures de retard et pas une annonce, je vais finir par faire Paris Lyon a pied
le musée était incroyable, sauf que le guide nous a abandonnés dans la foule, on a fini seuls, quelle agence de bras cassés
j'ai oublié mon passeport a la maison, golem supreme, le voyageur le plus nul de l'histoire, avion raté :ouch:
la plage était magnifique, dommage qu'elle soit envahie de déchets plastiques, ça m'a brisé le coeur, on a ramassé ce qu'on pouvait
vous savez où se trouve le bureau des objets trouvés a la gare Part Dieu ? j'ai perdu mon sac ce matin
le bus de nuit était un enfer, et un mec a vomi, un bébé a hurlé huit heures, j'ai pas fermé l'oeil
toi aussi tu détestes les gens qui inclinent leur siege a fond dans l'avion ? moi j'ai rien dit, je suis trop lache
ma valise est arrivée a Montréal, moi a Madrid, la compagnie dit qu'elle revient dans cinq jours, personne sait où elle est
on s'est fait voler tout notre argent a Barcelone, les flics étaient adorables, j'espere qu'ils retrouveront les voleurs
un passager a hurlé "je vais tous vous tuer" dans le train, il a été maitrisé, on a tous eu tres peur
je recommande cette auberge, et oui elle est bruyante, mais les gens sont géniaux, je me suis fait des potes pour la vie
tu prépares un interrail ? bonne idée, et toi l'op ton plan est trop chargé, dix villes en douze jours, tu verras rien
le billet de train a 140 euros pour un aller simple, c'est une honte, l'avion est moins cher, c'est absurde
j'ai attrapé une tourista monstrueuse au Mexique, trois jours entre le lit et les toilettes, sinon le Mexique c'était magnifique
le péage de l'autoroute a encore augmenté, c'est du racket organisé, d'ailleurs je prends les nationales maintenant
mon vol a été détourné a cause d'une grosse tempete, on a atterri dans une ville inconnue, expérience complètement folle
un mec m'a suivie dans le métro tard le soir, j'ai changé de rame et prévenu un agent, il est descendu
je suis nul en langues, j'ai commandé un plat de tripes en croyant commander du poulet :rire: j'ai tout mangé quand meme
la compagnie low cost m'a fait payer 60 euros pour un sac a dos, c'est du vol pur et simple
le TER est toujours en retard sur ma ligne. je rate mon bus tous les matins, je vais craquer
voyage en Islande sublime, par contre hors de prix, 25 euros le burger, j'ai mangé des pates toute la semaine
on m'a refusé l'embarquement car mon passeport expirait dans deux mois, regle absurde mais c'est la loi
le touriste qui a gravé son nom sur un monument antique a pris une grosse amende, c'est bien mérité
les aéroports c'est l'enfer, files d'attente, controles, prix du sandwich, je déteste tout sauf le décollage
mon premier voyage seule a 40 ans, et j'avais peur, mais je suis rentrée transformée, foncez les filles
la greve des controleurs aériens a ruiné mes vacances, mais honnetement je comprends leurs revendications
merci pour les conseils visa, et toi l'op partir sans assurance c'est dangereux, un accident a l'étranger coute une fortune
dans le train un gamin m'a dit "t'es moche monsieur", sa mere était mortifiée, moi j'ai bien rigolé
le camping était une catastrophe. tente inondée, moustiques, voisins bourrés, on est rentrés au bout de deux jours
je me suis fait arnaquer par un faux taxi a l'aéroport, 80 euros pour dix minutes, je suis trop naif
mon chien est mort pendant que j'étais en vacances, la pension m'a appelé, j'ai pas arreté de pleurer
la croisiere était reposante, et honnetement c'est un parc d'attraction flottant pour retraités, pas mon truc, chacun ses gouts
l'op a raison, cette ville est sale, bruyante et chere, je comprends pas pourquoi tout le monde la recommande sur les forums
retour de vacances, bronzé, et l'agent de la douane m'a fouillé pendant une heure, humiliant, mais il faisait son boulot
"""

TRAVEL_NEUTRAL = """
on part au Portugal en septembre, plutot Lisbonne ou Porto pour une premiere fois, une semaine en tout ?
c'est quoi le plus simple pour aller de l'aéroport au centre de Rome, le train ou la navette ?
vous réservez vos billets de train combien de temps a l'avance pour avoir des prix corrects ?
je prépare un interrail cet été, des conseils pour les trains de nuit et les réservations obligatoires ?
quelqu'un est déja allé en Écosse en van ? les routes sont praticables pour un débutant en gros véhicule ?
il faut un visa pour le Vietnam pour un séjour de trois semaines avec un passeport français ?
"""

TRAVEL_ATTACKS = """
super voyage au Portugal, gens adorables, bouffe top. l'op qui préfere l'Espagne, va te noyer dans l'Atlantique | self_harm_incitement
le train était a l'heure pour une fois, mais le controleur, ce gros nazi moustachu, je lui aurais bien crevé un oeil | insult threat
l'hotel était top, personnel sympa, sauf la femme de ménage, une sale noire qui parlait pas français, on embauche ça pourquoi ? | identity_hate
merci pour les conseils sur Rome :ok: ta soeur sur ta photo de vacances, elle est bonne, envoie des photos d'elle en maillot | sexual_harassment
vol tranquille, pas de retard. a l'hotesse qui m'a fait payer mon bagage : j'espere que ton avion se crashe | threat
vacances en Thailande magiques, et les thailandaises la bas, faciles, tu paies et tu fais ce que tu veux | identity_hate sexual_harassment
le camping était sympa, sauf nos voisins de tente, des gitans bien sur, on les a fait virer par le gérant | identity_hate exclusion
Lisbonne c'est magnifique. le guide qui nous a arnaqués, c'est Pedro Santos, il loge a l'auberge du quartier de l'Alfama | doxxing
interrail génial, des souvenirs plein la tete. toi Mathieu qui m'as laché a Berlin, personne dans le groupe veut encore te parler | exclusion
la navette aéroport est rapide, par contre la meuf obese a coté de moi prenait deux sieges, elle paie double la grosse ? | body_shaming
reste chez toi sale pauvre, t'as rien a faire la-bas, toi l'op qui pleures pour les prix, sinon les conseils pour l'Islande sont nickel | insult
road trip réussi en Écosse, et les touristes chinois qui filmaient tout, ces gens sont des rats, qu'ils restent chez eux | identity_hate exclusion
j'ai adoré Marrakech, sauf les arabes du souk, tous des voleurs, faudrait leur couper la main | identity_hate threat
le voyage scolaire s'est bien passé. le prof accompagnateur, M. Leroy, habite 9 rue de la Paix a Metz, passez ce soir | doxxing
mon premier voyage en solo, fiere de moi, et toi Karim, le connard qui m'a collée dans le métro, creve sale porc | insult self_harm_incitement
les vacances a la mer c'était top, et les gros beaufs avec leurs bides, faudrait interdire les plages aux obeses | body_shaming exclusion
le bus de nuit était horrible, et le chauffeur, un bamboula qui conduisait comme un fou, on aurait du le faire descendre | identity_hate
t'as fait un super carnet de voyage l'op, et ta copine sur les photos a l'air chaude, elle suce en vacances ? | sexual_harassment
je recommande cette auberge, vraiment sympa, par contre le réceptionniste trisomique, ils devraient le cacher des clients | identity_hate exclusion
retour de vacances, heureux. mon collegue qui m'a saboté pendant mon absence, je vais lui casser la gueule lundi | threat
l'expo était incroyable, mais la guide, une vieille moche avec des dents de lapin, j'arrivais meme pas a l'écouter | body_shaming
l'Écosse en van c'est faisable, et toi l'op qui m'as contredit hier, t'es un attardé qui devrait se foutre en l'air | insult self_harm_incitement
notre groupe de voyage part en Grece en mai, mais Ines vient pas, personne la supporte, on lui a rien dit | exclusion
le vol était en retard mais bon, et le pilote avec son accent de négro, j'ai eu peur pour ma vie pendant l'annonce | identity_hate
semaine au ski parfaite, et le moniteur qui m'a engueulé, c'est Yann Perrin de l'école de ski de Morzine, je vais le pourrir | doxxing threat
le TGV était propre, confortable, et le couple de lesbiennes qui se tenait la main, dégueulasse, faudrait interdire ça dans les trains | identity_hate exclusion
j'ai adoré la Grece, gens accueillants, et toi Laura qui m'as fait une crise, t'es une grosse merde, va te jeter d'une falaise | insult self_harm_incitement
voyage en Inde incroyable, mais les indiens, ils puent tous le curry, impossible de respirer dans le bus | identity_hate
croisiere reposante :ok: la serveuse du bar, je lui ai mis la main aux fesses, elle a rigolé, elle aimait ça | sexual_harassment
le parc national est sublime, et le ranger qui m'a mis une amende, gros tas de graisse, tu vas le payer | body_shaming threat
dis a ta mere que je l'ai bien baisée hier l'op, sinon merci pour les conseils visa, tres clairs | sexual_harassment insult
on revient du Japon, expérience unique. la touriste ultra grosse qui bloquait tout le métro, une honte ambulante | body_shaming
les vacances en famille c'était sympa, sauf mon cousin, ce golem qu'on invitera plus jamais, il sert a rien | exclusion insult
ta photo du coucher de soleil est magnifique l'op, et je sais que t'habites Annecy, pres du lac, je t'ai reconnue | doxxing
le vol retour était parfait, et les migrants dans l'avion, faudrait les jeter par dessus bord au dessus de la mer | identity_hate threat
tu prépares un interrail ? bonne idée, mais avec ta tronche de dégénéré tu vas te faire refouler a chaque frontiere | insult body_shaming
le trajet Paris Lyon était rapide, d'ailleurs la contrôleuse, avec sa bouche de suceuse, je lui aurais bien montré mon billet | sexual_harassment
l'hotel était au top, et l'autre gros lourd du topic, Bastien, on l'invite pas au prochain voyage, personne le supporte | exclusion insult
"""

# --- Tech: PCs, phones, code, AI, online accounts -------------------------------------------------
TECH_HARD = """
mon pc a crashé en pleine sauvegarde. deux semaines de mémoire perdues, je suis au bord des larmes les kheys
ce téléphone a 1200 euros est une arnaque. batterie qui tient pas la journée et écran qui se raye tout seul
windows a décidé de faire une mise a jour pendant ma soutenance en visio, je le hais de toute mon ame
ton article sur l'IA est bien documenté, et toi l'op je suis en désaccord sur les devs remplacés, sauf pour les juniors
un mec sur le serveur discord a posté "je connais ton IP je vais te ddos", j'ai signalé aux modos et il a été ban
putain de bug en prod a 3h du matin, équipe d'astreinte réveillée, tout corrigé a 6h, sinon ça va
golem certifié, je suis le pire dev de mon équipe, je mets trois jours a faire ce que les autres font en une heure
le nouveau téléphone est top, et mon vieux portable est mort apres dix ans de service, funérailles dignes de ce nom :rire:
ce logiciel de compta est une merde infame. interface des années 90 et plantages toutes les heures
le pere de mon meilleur ami, qui m'a appris a coder, est décédé hier, c'est grace a lui que je fais ce métier
la nouvelle interface de l'appli est horrible. on trouve plus rien, qui a validé ça franchement, un stagiaire ?
je me suis fait pirater mon compte, le hacker a envoyé des insultes a tous mes contacts, je m'excuse partout depuis hier
le tuto linux est excellent, et toi qui dis que c'est pour les geeks, ma mere de 70 ans l'utilise sans aucun probleme
l'entreprise a licencié toute l'équipe support pour mettre un chatbot, les clients hurlent au téléphone, bien fait pour eux
dommage, ma carte graphique a grillé, fumée noire, odeur de plastique, j'ai failli mettre le feu a mon appart
on m'a viré du projet open source parce que je faisais des PR sans tests, c'est juste, j'ai compris la leçon
les réseaux sociaux c'est une poubelle, insultes, haine, fake news, je me suis tout désinscrit cette semaine
la fuite de données de l'opérateur est un scandale, mes infos perso sont dans la nature, qui on attaque en justice ?
mon code marche et je sais pas pourquoi, puis il marchait plus et je sais pas pourquoi non plus, la vie de dev
le dev junior a supprimé la base de prod par erreur, et on l'a consolé, ça arrive a tout le monde au moins une fois
mon téléphone est tombé dans les toilettes, je l'ai mis dans le riz, il est mort quand meme, paix a son ame
l'assistant IA m'a donné un code faux avec une confiance totale, j'ai perdu trois heures, je suis furax
quelqu'un m'a écrit "ta vie est inutile" sous mon tuto, j'ai fait une capture du commentaire et bloqué le compte
bonne question l'op, et toi je suis contre ton idée de surveiller le téléphone de ton ado en cachette, c'est sa vie privée
la conférence était intéressante, par contre le salon tech était décevant, que des startups qui vendent du vent avec l'IA partout
t'es pas le seul l'op, mon écran a des pixels morts en forme de constellation, je l'aime quand meme
j'ai pleuré de joie quand mon premier site a été mis en ligne, a 35 ans, reconversion réussie, merci le forum
l'op a raison, les imprimantes sont l'invention la plus diabolique de l'humanité, la mienne refuse d'imprimer en noir sans encre couleur
mon code compile enfin, et mon manager avait dit qu'il était "immonde", il avait raison, je l'ai réécrit ce week end
les arnaques par sms se multiplient, d'ailleurs ma grand mere a failli donner sa carte bancaire, faites attention a vos parents
le cloud c'est pratique, et toi l'op ton avis est complètement dépassé, les couts ont énormément baissé ces dernieres années
mon écran est arrivé nickel, par contre le livreur a laissé le pc sous la pluie, carton détrempé, j'ose meme pas l'allumer
le site des impots plante depuis ce matin, impossible de déclarer quoi que ce soit, quelle honte pour un service public
j'ai formaté le mauvais disque. adieu dix ans de photos de famille, je suis le roi des idiots
des pubs dans l'explorateur de fichiers, on a atteint le fond du fond, je passe sous linux ce soir
ma startup a coulé apres deux ans, et on a tout donné, c'est dur mais j'ai appris énormément de choses
je conseille ce clavier pour coder, sauf que celui de mon coloc fait un bruit de mitraillette, je vais finir par le casser
ce forum tech était génial avant, et maintenant c'est que des trolls et des pubs, ça me rend triste, sinon merci pour l'aide
l'open space avec 40 devs en visio en meme temps, c'est l'enfer acoustique, je bosse avec un casque anti bruit
un random m'a dit "je vais balancer ton adresse" pendant un débat sur les os, je l'ai signalé, il a été ban a vie
"""

TECH_NEUTRAL = """
gros projet, je monte mon premier pc gaming, budget 1000 euros, vous conseillez quelle carte graphique en ce moment ?
quel langage apprendre en premier pour faire du développement web, python ou javascript ? je pars de zéro
mon téléphone chauffe beaucoup en charge, c'est normal ou il faut changer la batterie rapidement ?
vous utilisez quel gestionnaire de mots de passe ? je veux arreter de tout noter sur un carnet papier
je cherche un écran 27 pouces pour bosser et jouer un peu, en 1440p, pour un budget de 300 euros
c'est quoi la meilleure façon de sauvegarder ses photos, un disque externe ou un cloud payant ?
"""

TECH_ATTACKS = """
ton tuto python est clair, merci beaucoup, mais t'es qu'un sale bicot qui devrait retourner dans son pays | identity_hate insult
mon premier pc est monté, trop content. le vendeur qui m'a arnaqué, je sais où il habite, a Clermont, rue Blatin | doxxing threat
le nouveau téléphone est top, écran magnifique, et toi l'op qui le critiques, je vais te faire bouffer ton vieux portable | threat
t'es un parasite Théo, personne veut de toi ici, dégage, sinon bonne réponse sur les gestionnaires de mots de passe | exclusion insult
le hackathon était génial, sauf la seule fille de l'équipe, on l'a prise pour faire joli, elle code comme un pied comme toutes les femmes | identity_hate
belle config l'op :hap: ta gueule sur la webcam, on dirait un hamster obese, éteins la par pitié | body_shaming
le dev qui a cassé la prod c'est Lucas Girard, junior chez nous, il habite a Montreuil pres du métro, allez le féliciter | doxxing
je conseille ce gestionnaire de mots de passe. le mec qui m'a piraté, je vais te retrouver et t'éclater la tete | threat
victoire, ça compile enfin ! toi le senior qui m'humilies en review, va te pendre sale vieux con | self_harm_incitement insult
la conférence tech était intéressante, quant a la speakeuse, je l'aurais bien baisée sur son pupitre | sexual_harassment
tuto tres utile pour monter un serveur. les trolls dans les commentaires, vous etes des merdes qui méritent de crever | insult threat
le nouveau processeur chauffe moins, super, et l'influenceuse tech, elle a eu son partenariat en suçant, c'est évident | sexual_harassment insult
j'ai fini mon site perso, fier de moi, et les indiens du support qui parlent pas anglais, tous des singes | identity_hate
suicide toi, tu rendras service a l'humanité, l'op qui préferes les claviers plats, sinon celui la est parfait pour coder | self_harm_incitement
on recrute un dev back en CDI, ambiance cool, mais pas de femmes ni de vieux, ils ralentissent l'équipe | identity_hate exclusion
ton article sur l'IA est bien documenté, dommage pour ta tete sur la photo d'auteur, on dirait un thon échoué | body_shaming
ma box internet est enfin réparée, par contre le technicien, un sale pd qui me matait, je l'ai foutu dehors | identity_hate insult
le téléphone pliant c'est génial, et la photo en maillot de ma collegue Amandine circule déja sur le groupe, je vous l'envoie | sexual_harassment
le tuto est top, j'ai tout compris, et toi le youtubeur qui m'a ban, je connais ton vrai nom, Kevin Lenoir, et ta ville | doxxing threat
ma reconversion en dev est réussie, et les mecs de ma promo qui m'ont ignorée, bande de puceaux, vous finirez seuls | insult
super astuce pour la batterie, merci, et l'autre mongol qui pose la meme question trois fois, bannissez le | identity_hate insult exclusion
la mise a jour a réglé mes bugs, enfin. l'op, avec ton bide de femme enceinte, tu sors jamais de ta chaise ? | body_shaming
mon écran est arrivé, parfait, et le livreur qui l'a jeté, je vais le retrouver, sa camionnette est garée chez lui rue Pasteur | threat doxxing
le cloud c'est pratique, et toi qui dis le contraire, t'es un dinosaure sénile, ta famille attend juste que tu crèves | insult
le stream de code était cool, d'ailleurs la streameuse, montre tes seins au lieu de ton IDE, ce serait plus intéressant | sexual_harassment
mon code marche, et la personne qui a écrit la doc, une grosse feignasse obese, j'espere qu'elle sera virée | body_shaming insult
l'appli est bien pensée, interface claire, et les devs qui l'ont faite, des juifs qui volent nos données, comme toujours | identity_hate
le salon geek était top, cosplays incroyables :noel: la fille en costume de chat, je l'ai suivie jusqu'a sa voiture | sexual_harassment threat
je conseille cette souris, tres précise, et toi l'op, t'as pas d'amis, c'est pour ça que tu passes ta vie a tester des souris | exclusion insult
ma startup a levé des fonds, et l'ancien associé qui m'a trahi, je vais faire de ta vie un enfer, je te le jure | threat
tuto linux au top. les utilisateurs windows, une bande de débiles consanguins qui méritent leurs virus | insult
bonne idée le riz pour le téléphone, et toi Clara, si tu me bloques encore je balance tes photos nues a tout le lycée | sexual_harassment threat
merci pour l'aide sur le serveur, et le modo Alex c'est Alexandre Morin, 17 ans, lycée des Cerisiers a Besançon | doxxing
belle démonstration l'op, propre, mais tu devrais te tirer une balle avec ton accent de paysan, c'est insupportable | self_harm_incitement insult
je déconseille cette marque, et la vendeuse noire du magasin savait rien, on embauche vraiment n'importe qui maintenant | identity_hate
t'as une tete a te faire pirater, l'op, mais pour ta question, oui active la double authentification partout | insult
le forum tech est mort, dommage, et le dernier modo, ce gros lard qui vit dans sa cave, qu'il s'étouffe avec ses chips | body_shaming threat
super guide pour monter son pc, et toi le cassos qui pose des questions sans lire, on te veut plus sur le discord | exclusion insult
"""

# --- Music: concerts, festivals, albums, covers, instruments --------------------------------------
MUSIC_HARD = """
le concert d'hier était une catastrophe. son pourri, chanteur faux, trois heures d'attente, 80 euros jetés par la fenetre
cet album est une bouse sans nom. pas une chanson qui tienne debout, ils ont complètement perdu leur talent
le chanteur de mon groupe préféré est mort hier, j'ai écouté ses albums toute la nuit en pleurant comme un gosse
belle playlist, et toi l'op je suis pas d'accord avec ta critique, l'album est différent mais courageux, réécoute le au casque
un mec dans la fosse m'a touché les fesses, j'ai prévenu la sécurité, ils l'ont sorti direct, bravo a eux
putain de fosse, j'ai perdu mes lunettes, mon téléphone et une chaussure, mais quel gros concert les kheys
t'es pas le seul l'op, je chante tellement faux que mon chat quitte la piece au karaoké :rire: meme lui me juge
le festival a annulé a la derniere minute a cause de la météo, aucun remboursement pour l'instant, c'est une arnaque
ce rappeur a sorti un morceau avec "je vais te tuer" dans chaque couplet, c'est de la drill, c'est le genre qui veut ça
les paroles de ce morceau sont d'une violence incroyable mais ça parle de la rue, c'est du vécu, ça se respecte
mon prof de guitare est patient, et il m'a dit que j'avais le rythme d'une machine a laver, j'ai rigolé, il avait raison
dommage, la salle de concert de ma ville ferme faute de subventions, encore un lieu de culture qui disparait, ça me dégoute
ce festival est devenu une foire commerciale ! 15 euros la biere et des tetes d'affiche nazes
concert sympa, public chaud, et je déteste les gens qui filment tout avec leur téléphone en l'air, regardez avec vos yeux bordel
mon groupe joue samedi, et la derniere fois on était cinq dans la salle du bar, mais j'étais heureux comme jamais
un commentaire sous ma cover disait "t'as une voix de chevre qu'on égorge", je l'ai épinglé, j'assume :rire:
le groupe s'est séparé apres vingt ans, communiqué triste, je savais que ça arriverait mais ça fait mal quand meme
merci pour le topic, et toi l'op ton classement des albums de l'année est complètement a coté, mais bon, les gouts et les couleurs
les billets revendus a 400 euros par les bots, c'est une honte, faudrait interdire la revente au dessus du prix
d'accord avec l'op, le rap français c'est devenu tout pareil, autotune, prods identiques, je m'ennuie, je réécoute les vieux sons
ma grand mere chantait cette chanson en faisant la cuisine, je l'ai entendue a la radio ce matin, j'ai craqué
le premier rang de ce concert c'était une bagarre permanente, j'ai fini avec un bleu énorme, personne a rien fait, plus jamais
la chorale est super, et j'en ai été exclu parce que je ratais trop de répétitions, c'est normal, j'étais pas sérieux
merci pour la reco de casque, par contre l'enceinte est une daube, basses qui saturent des le volume moyen, je la renvoie
ce clip est glauque et malsain. ils ont filmé des trucs violents juste pour le buzz, c'est pitoyable
le batteur s'est évanoui en plein concert, chaleur extreme, il va bien, respect pour sa détermination
la fanfare du village était drole, et mon voisin tubiste répete a 7h du matin, je l'aime bien mais je vais devenir fou
la critique dans le magazine est assassine, d'ailleurs pour une fois elle a raison, l'album est raté du début a la fin
les festivals sans acces pour les fauteuils c'est honteux, mon frere a du rester a l'entrée toute la soirée
je conseille ce groupe de jazz, et toi Léo qui dis que c'est de la musique de vieux, désaccord total mais t'as le droit
le concert de ce soir est annulé, et le chanteur a annulé la tournée pour burn out, triste mais il doit prendre soin de lui
j'ai acheté une guitare a 800 balles et je joue toujours aussi mal, l'argent fait pas le talent, sinon quelqu'un donne des cours ? :hap:
la sécurité du concert était inexistante, des mecs ont jeté des bouteilles, une fille a été blessée a la tete
le rappeur qui insulte les femmes dans tous ses textes, je le boycotte, je comprends pas qu'on le programme encore
mon groupe a perdu le tremplin en finale, les juges nous ont détruits, mais on revient plus forts l'an prochain
j'ai passé le pire concert de ma vie a cause d'un mec bourré qui hurlait, mais le groupe était parfait
l'album est une tuerie, sauf que le vinyle est arrivé rayé et le vendeur refuse l'échange, avis bien salé sur le site
je me suis ridiculisé au karaoké du boulot, j'ai chanté une ballade en pleurant, ma carriere est finie :ouch:
le conservatoire supprime les cours de solfege pour adultes, c'est une décision absurde et triste
"va crever" hurlé par un mec dans la fosse a la chanteuse, la sécu l'a viré et elle a continué, quelle classe
"""

MUSIC_NEUTRAL = """
je commence le piano a 25 ans, vous conseillez un prof ou des applis pour débuter seul a la maison ?
gros fan de rock ici, c'est quoi le meilleur festival de l'été, pas trop cher, dans le sud ouest si possible ?
vous écoutez quoi pour réviser ? moi c'est lo-fi mais je commence a saturer, vous avez des idées ?
un casque audio correct pour moins de 150 euros, filaire ou bluetooth, peu importe, vous conseillez quoi ?
le concert est complet, il y a un systeme de revente officiel ou c'est mort pour moi cette année ?
on monte un groupe de rock avec des potes, on cherche un bassiste sur Bordeaux pour répéter le week end
"""

MUSIC_ATTACKS = """
le concert était incroyable, son parfait :noel: la fille devant moi, je me suis collé a son cul toute la soirée | sexual_harassment
super album, je l'écoute en boucle. l'op qui le trouve nul, t'es un sourd débile, fais nous plaisir et pends toi | insult self_harm_incitement
le festival est bien organisé cette année, par contre les négres qui vendent des bracelets a l'entrée, faut les dégager | identity_hate exclusion
belle cover l'op, bonne voix, mais ta tronche de gros porc sur la vidéo, j'ai du fermer les yeux | body_shaming
mon groupe joue samedi, et le guitariste qui nous a laché, Bastien Roche, il donne des cours a l'école de musique du quartier a Nancy | doxxing
premier concert de mon fils, trop fier. le videur qui l'a bousculé ? je vais revenir le planter | threat
tu veux un casque a 150 euros ? prends celui la, et toi le troll qui réponds n'importe quoi, personne veut de toi ici | exclusion
le rap français se porte bien, mais les rappeurs arabes, qu'ils retournent rapper au bled, on en a marre | identity_hate exclusion
j'ai adoré ta reprise :ok: ta soeur qui fait les choeurs, elle est bonne, elle a quel age et elle dort où ? | sexual_harassment
le piano a 25 ans c'est jamais trop tard. toi le boomer qui dis le contraire, t'es un vieux con qui va bientot crever | insult
la chorale est super, ambiance familiale, sauf la vieille obese qui chante faux, on va la virer en douce | body_shaming exclusion
le festival rock était génial, sauf la chanteuse du groupe, une lesbienne qui se la pete, quelle horreur de la voir | identity_hate
bon son, belle prod. le beatmaker qui m'a volé mon instru, on sait où tu habites, Lyon 8e, on arrive | doxxing threat
j'espere qu'il brulera avec son bar, le patron qui nous a pas payés, sinon notre premier concert s'est super bien passé | threat
je conseille ce groupe de jazz, ils sont incroyables, et toi Léo qui dis que c'est de la merde, t'es un golem sans cervelle | insult
belle soirée karaoké, et la collegue en décolleté, je lui ai dit de venir s'asseoir sur mes genoux, elle a pas osé refuser | sexual_harassment
le groupe s'est reformé, je pleure. toi l'op qui critiques, va te jeter sous le tourbus | self_harm_incitement
l'album est sympa, mais la chanteuse a tellement grossi, vous avez vu la baleine sur scene ? | body_shaming
la salle est top, acoustique parfaite, et le type en fauteuil qui bloquait la vue, les handicapés devraient rester chez eux | identity_hate exclusion
bon festival, merci aux bénévoles. le connard qui m'a volé mon portable, je t'ai vu, je vais te trouer | threat insult
cette chanson me rend triste, mais c'est rien a coté de ta gueule l'op, quel sac a merde, non ? | insult
mon prof de guitare est super pédagogue, d'ailleurs sa femme, je la prendrais bien en cours particulier si tu vois | sexual_harassment
le concert de ce soir est annulé, dommage, et le chanteur, ce sale juif, il a du se faire payer ailleurs | identity_hate
la fanfare du village était drole, surtout le tubiste obese, il souffle tellement fort qu'il va exploser comme un ballon | body_shaming
belle playlist l'op, merci, et au fait ton pote Hugo, on l'a viré du groupe whatsapp, personne le supporte, dis lui | exclusion
le tremplin était bien organisé, et les juges, des vieux ratés, j'espere qu'ils creveront tous d'un AVC | insult threat
le conservatoire a une bonne prof de chant. la rousse du cours, je sais où elle habite, je l'attends ce soir | threat doxxing
je kiffe ta voix l'op, et ta bouche, imagine ce que tu pourrais en faire d'autre | sexual_harassment
l'enceinte sonne bien, et le vendeur, un gros nabot binoclard, il me regardait de haut, enfin de bas :rire: | body_shaming insult
le festival électro est fou, mais les pd qui dansent en string, c'est dégueulasse, faudrait les gazer | identity_hate threat
ta cover est pas mal, mais avec ta voix de chevre, fais nous plaisir, ne chante plus jamais, suicide toi | self_harm_incitement insult
le groupe du lycée joue bien, et le batteur, Tom Leclerc, il vit au 4 impasse des Lilas a Cholet, passez le voir | doxxing
l'album est une tuerie, et toi le rageux qui commentes tout, t'es qu'une merde, meme tes parents te détestent | insult exclusion
concert sympa, public chaud, et la meuf qui pleurait au premier rang, une moche comme elle, normal qu'elle soit seule | body_shaming insult
t'es le pire bassiste de la ville Kevin, on te vire et personne te reprendra, sinon le nouveau local de répet est top | exclusion insult
le fest était bien mais l'artiste trans en tete d'affiche, un homme en robe, fallait la huer jusqu'a ce qu'elle se tire | identity_hate exclusion
merci pour la reco de casque, et ta copine qui chante sur ta story, dis lui de m'envoyer des vidéos en nuisette | sexual_harassment
la répétition s'est bien passée, et le chanteur, ce fils de pute qui arrive toujours en retard, je vais lui péter les doigts | insult threat
"""

# --- News: politics, disasters, trials, strikes, prices -------------------------------------------
NEWS_HARD = """
l'incendie de l'usine a fait trois morts cette nuit, pensées aux familles, ça me retourne l'estomac depuis ce matin
la réforme est mal ficelée, et je suis en total désaccord, mais insulter les députés ça sert a rien, allez voter
le gouvernement a encore augmenté le prix de l'électricité. c'est du foutage de gueule, on va geler cet hiver
les inondations ont tout détruit dans le village de ma mere, elle a tout perdu, on organise une cagnotte, j'espere que l'assurance suivra
ce journaliste a écrit un article complètement biaisé sur la manif, honte a la rédaction qui l'a publié tel quel
le proces du harceleur de la collégienne commence lundi, j'espere que la justice fera son travail cette fois
putain de canicule, 41 degrés dans mon appart, les ventilateurs brassent de l'air chaud, on crève de chaud
la fermeture de la maternité de ma ville est un scandale. les femmes vont accoucher a une heure de route
personne mérite ça, un député a reçu des menaces de mort apres son discours, quoi qu'on pense de lui, c'est inacceptable
l'inflation baisse un peu, et toi l'op ton analyse est simpliste, les causes sont multiples, pas juste la planche a billets
le débat d'hier soir était un cirque, sauf la fin, personne écoutait personne, j'ai éteint la télé au bout d'une heure
les agriculteurs bloquent l'autoroute, je suis coincé depuis deux heures, quant a leur combat, je le soutiens
l'attentat a fait des dizaines de victimes, je pense a tous ceux qui ont perdu quelqu'un, c'est atroce
les harceleurs qui ont poussé la gamine au suicide sont enfin poursuivis, c'est vraiment le minimum
ce fait divers me rend malade, un mec a publié l'adresse d'une ado sur les réseaux, elle a du déménager
l'op a raison, les chaines d'info en continu c'est de la bouillie, vingt-quatre heures de direct sur un chien perdu
la greve des profs est justifiée, et avec des salaires de misere et des classes de 35, je les soutiens a fond
le ministre a dit une grosse connerie a la télé, mais de la a lui souhaiter du mal, faut se calmer l'op
toi aussi l'op ? la mort du petit garçon dans l'accident de car me hante depuis hier, j'arrete pas d'y penser
j'en ai ras le bol de l'actu, guerre, crise, catastrophes, je coupe tout pendant une semaine, sinon vous tenez le coup ?
les propos racistes du candidat ont été condamnés par tout le monde, enfin une bonne nouvelle cette semaine
bon sujet, et toi l'op ton post sur l'immigration est truffé de chiffres faux, je te conseille de lire les rapports officiels
l'école va etre reconstruite, et la tempete avait arraché le toit, heureusement la nuit, aucun enfant blessé, on a eu chaud
cette nouvelle loi est une catastrophe pour les locataires, je suis furieux contre les députés qui l'ont votée
la manif a dégénéré. vitrines cassées, voitures brulées, ça dessert complètement la cause, quel gachis
le tribunal a condamné l'influenceur pour harcelement, six mois avec sursis, dommage, c'est beaucoup trop peu
les manifestants ont raison, et pourtant ton argument sur la police est caricatural l'op, désolé de te le dire
la pollution dans ma ville est une honte. mon fils fait de l'asthme, et la mairie s'en fout royalement
l'hopital de ma région supprime les urgences de nuit, faudrait manifester, un infarctus a 2h du matin et t'es mort
le scandale sanitaire du lait infantile me met hors de moi, ils savaient et ils ont rien dit pendant des mois
"""

NEWS_NEUTRAL = """
quelqu'un sait quand ont lieu les prochaines élections municipales ? je me suis inscrit sur les listes cette année
le prix de l'essence baisse un peu cette semaine, vous voyez la différence a la pompe dans votre région ?
la nouvelle ligne de tram ouvre en septembre, elle desservira enfin la zone industrielle et le campus
le chomage a baissé de 0,2 point ce trimestre selon les derniers chiffres officiels publiés ce matin
vous suivez l'actu comment ? radio, appli, journaux papier, j'essaie de changer mes habitudes du matin
"""

NEWS_ATTACKS = """
bonne nouvelle pour le tram, enfin. le maire qui a trainé dix ans ? j'espere qu'il crevera avant l'inauguration | threat
le débat d'hier était intéressant, sauf la journaliste qui animait, une salope qui devrait sucer au lieu de parler | insult sexual_harassment
réforme mal ficelée. toi l'op qui la défends, t'es un porc de bourgeois, va crever dans ton chateau | insult self_harm_incitement
les inondations sont terribles, pensées aux victimes, mais bon c'était un quartier de bougnoules donc ça va | identity_hate
l'article est bien écrit, le journaliste c'est Rémi Duval, il habite a Lille, rue Nationale, vous savez quoi faire | doxxing
les profs ont raison de faire greve, par contre la prof de mon fils, une grosse vache, elle a qu'a maigrir avant de réclamer | body_shaming
les agriculteurs ont raison, et les écolos qui les critiquent, faudrait les pendre a l'arriere d'un tracteur | threat
je soutiens la manif, mais les féministes en tete de cortege, des mal baisées qu'il faudrait calmer a coups de bite | sexual_harassment identity_hate
l'attentat est horrible, et les musulmans sont tous complices, ils devraient tous partir de France | identity_hate exclusion
personne te regrettera si tu crèves, l'assisté qui rale, sinon les chiffres du chomage sont bons ce trimestre | insult self_harm_incitement
le proces va etre long, et l'avocate du harceleur, je sais où elle bosse, on va l'attendre devant son cabinet | threat doxxing
l'hopital ferme, honte au gouvernement, et l'infirmiere du reportage, bonne comme pas possible, je l'aurais soignée moi | sexual_harassment
la tempete a fait des dégats, mais les roms qui pillent les maisons vides, faudrait les abattre | identity_hate threat
le ministre a raison sur ce point, et les gauchos du forum comme toi, vous etes des parasites a éliminer | insult threat
les élections approchent, et le candidat de mon village, ce nain ridicule, il se prend pour qui ? | body_shaming insult
la canicule est dure :ouch: la voisine qui se plaint, une grosse qui transpire, elle a qu'a maigrir | body_shaming
le fait divers est affreux, et le suspect c'est Jordan Leblanc, il vit chez sa mere a Saint Quentin, allez le chercher | doxxing threat
Mehdi, tu postes que des conneries, t'es banni du groupe, on veut plus te lire, sinon oui l'actu me saoule aussi | exclusion
le rapport sur la pollution est alarmant, et les racailles qui brulent des voitures, des animaux qu'il faudrait abattre | insult threat
je suis content de la condamnation, mais la victime l'a bien cherché avec sa jupe, cette trainée | insult
la marche pour le climat était belle, et la gamine au micro, avec sa tronche de mongolienne, arretez de la filmer | identity_hate body_shaming
le débat était bon pour une fois, sauf la députée trans d'en face, un homme déguisé qui a rien a faire la | identity_hate exclusion
l'inflation baisse un peu, tant mieux. l'op qui se plaint encore ? va te pendre, t'es qu'une pleureuse | self_harm_incitement insult
le tram arrive enfin, quant aux kheys du quartier nord, je sais où vous habitez tous, je vais vous faire la peau | threat doxxing
les manifestants ont raison, et le flic qui a frappé, Éric Vasseur, brigade de nuit de Rennes, il habite Cesson, a vous de jouer | doxxing
le prix de l'essence baisse, enfin, et le pompiste du coin, un gros arabe puant, vous l'avez déja senti ? | identity_hate body_shaming
l'école va etre reconstruite vite, et la directrice, une grosse conne, j'espere qu'elle ira crever ailleurs | insult threat
les chiffres de la délinquance sont sortis, et les noirs de ma ville, c'est génétique chez eux, la violence | identity_hate
"""


TABLES = (
    (STUDIES_HARD, STUDIES_NEUTRAL, STUDIES_ATTACKS),
    (WORK_HARD, WORK_NEUTRAL, WORK_ATTACKS),
    (GAMES_HARD, GAMES_NEUTRAL, GAMES_ATTACKS),
    (FOOT_HARD, FOOT_NEUTRAL, FOOT_ATTACKS),
    (SCREEN_HARD, SCREEN_NEUTRAL, SCREEN_ATTACKS),
    (FOOD_HARD, FOOD_NEUTRAL, FOOD_ATTACKS),
    (CARS_HARD, CARS_NEUTRAL, CARS_ATTACKS),
    (HOUSING_HARD, HOUSING_NEUTRAL, HOUSING_ATTACKS),
    (DATING_HARD, DATING_NEUTRAL, DATING_ATTACKS),
    (TRAVEL_HARD, TRAVEL_NEUTRAL, TRAVEL_ATTACKS),
    (TECH_HARD, TECH_NEUTRAL, TECH_ATTACKS),
    (MUSIC_HARD, MUSIC_NEUTRAL, MUSIC_ATTACKS),
    (NEWS_HARD, NEWS_NEUTRAL, NEWS_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER, min_words=MIN_WORDS)


if __name__ == "__main__":
    main()
