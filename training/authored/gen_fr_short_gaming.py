"""Generate fr_short_gaming.csv: short French posts and chat lines about video games, esport,
streams and sport (football, basketball, MMA, F1, cycling), both ways.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Competition talk is full of
violent and crude words that attack nobody ("on les a détruits", "gg ez", "je vais le tuer ce
boss", "il a joué comme une chèvre"), rage at games, patches and studios, and criticism of play;
real harassment lives beside it: insulting a teammate, player, streamer or referee as a person,
racist abuse of footballers, sexist and sexual abuse of women gamers, streamers and athletes,
"uninstall and kys", threats to find a player at a LAN, doxxing, raids on a streamer's chat,
mocking bodies and disabilities, kicking people out of teams and guilds for who they are. The
harmless lines use the same words, often as twins. Every line is 5 to 25 words. No extra variants.
See fr_short_gaming.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_gaming.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the words, tone or
# subject of the attacks and attack nobody; neutral lines are ordinary posts on the topic.

# --- Ranked games and teammates -----------------------------------------------------------------
RANKED_HARD = """
gg ez les kheys, on les a détruits en 22 minutes, leur jungle a ragequit :rire:
notre support a joué comme une chèvre ce soir mais bon ça arrive à tout le monde
hardstuck gold depuis trois saisons, je commence à croire que c'est moi le boulet :hap:
0/8 à 15 min sur Yasuo, oui c'est moi, insultez pas je me bannis tout seul
mon duo a tilt après le first blood et on a perdu une game gagnée d'avance
"ff 15" dès la premiere mort, les gens abandonnent trop vite en ranked
Le mid d'en face m'a massacré toute la game, respect il était injouable
on s'est fait rouler dessus 13-2, meme pas honte, ils étaient juste meilleurs
le report marche pas, mon jungler a feed toute la game et il a toujours pas pris de ban
hier j'ai carry une game en 1v9, je suis le roi du monde pendant cinq minutes :noel:
"t'es nul" dans le chat à chaque mort, perso je mute tout le monde direct
le tilt c'est réel, apres trois défaites je devrais juste éteindre le pc
ils ont smurf comme des porcs, un compte niveau 30 avec 80 % de winrate ayaa
jvais le tuer ce Zed, il m'a solo kill quatre fois d'affilée :fou:
clairement mon adc était à la ramasse, il a raté tous ses last hits, mais il méritait pas les insultes
comment vous faites pour pas flame ? je suis à deux doigts d'écrire dans le chat à chaque game
j'ai écrit "gg wp" à l'équipe d'en face alors qu'on a perdu 40 à 10, fair play avant tout
le mec a spam "diff jungle" toute la partie, bon il avait raison j'étais catastrophique
On a démoli leur base en 18 minutes, le nexus a fondu comme du beurre
Mon top est parti afk au bout de 5 min, je l'ai report pour abandon et c'est tout
arretez de dire "bot" aux gens qui jouent mal, vous avez tous été nuls un jour
le smurf de ma soeur m'a humilié en 1v1, ma propre soeur les kheys :ouch:
"jungle gap" c'est la pire phrase de la commu, meme quand c'est vrai
ma team a enchaîné les erreurs mais personne a insulté personne, ça fait du bien pour une fois
je me suis fait exploser en placement, direct fer 4, je désinstalle :rire:
Le sniper d'en face était un monstre, il nous a tous one tap, j'ai dit gg sincèrement
ce soir j'ai été une vraie huître sur Valo, je mets rien et je rentre dans chaque smoke
notre igl a pris des décisions de golem, rush B à chaque round sans aucune info
tu peux dire que son pick était éclaté sans traiter le mec de débile hein
le toxique de ma team a pris un chat ban de 14 jours, justice :ok:
honnêtement quand tu lis "uninstall" dans le chat tu mutes et tu continues ta game
en promo j'ai une pression de malade, je tremble comme une feuille sur les clutchs
c'est normal de perdre 10 games d'affilée ou le matchmaking me déteste personnellement ?
"ez" après un round gagné à 1 hp, ayaa la confiance du mec
mon petit frère de 12 ans m'a massacré sur Overwatch, je suis fini, enterrez-moi
il a fait un play de génie puis il s'est suicidé sous la tour, classique
wsh le mec m'a écrit "t'es éclaté" après que je l'ai kill trois fois, c'est lui qui est éclaté frr
"0/12 uninstall" qu'il m'a écrit, bon vu ma game je peux pas trop contester :hap:
honnêtement j'ai feed toute la game, j'ai mérité chaque ping du jungler, mais personne m'a insulté et on a fini par gagner quand même
"""

RANKED_NEUTRAL = """
quel champion vous conseillez pour monter en solo queue en tant que support ?
le nouveau système de placement en ranked, vous en pensez quoi les kheys ?
on cherche un cinquième pour flex ce soir, niveau plat environ, vocal obligatoire
combien de games faut faire pour débloquer le mode classé sur un nouveau compte ?
"""

RANKED_ATTACKS = """
ton adc c'est un déchet humain, même dans la vraie vie il doit servir à rien | insult
t'es qu'un sous-homme sans cerveau, retourne jouer à Candy Crush avec ta grand-mère | insult
gg ez, et toi le support t'es une merde, tes parents doivent avoir honte de toi | insult
sérieux va te pendre avec ton câble de souris, 0/10 espèce de raté | self_harm_incitement insult
t'es autiste ou quoi ? on t'a dit de pas engage, sale mongol | insult identity_hate
le jungler c'est un trisomique, il a pas les neurones pour ce jeu | insult identity_hate
je connais ton pseudo Discord, je vais retrouver où t'habites et tu vas comprendre | threat doxxing
si tu refeed encore une fois je te jure que je te trouve et je t'éclate la tête | threat
ferme ta gueule en vocal, t'as une voix de puceau de 40 ans, tu fais pitié | insult
tout le monde blacklist ce mec, partagez son pseudo, qu'il trouve plus jamais de duo | exclusion
t'es pas un joueur t'es un parasite, ta mère aurait dû avorter | insult
crève dans ta chambre sale clochard, t'as que ça à faire de ta vie | self_harm_incitement insult
espèce de bougnoule tu comprends pas le français ou quoi, call les flanks | identity_hate insult
le mec parle avec un accent, encore un migrant qui squatte nos serveurs EUW | identity_hate
ta race de feeder, t'es aussi inutile au jeu que dans la vie | insult
je te souhaite un cancer à toi et ta famille, t'as volé ma promo | threat
t'arrives pas à bouger ta souris ou quoi ? gros porc vautré devant son écran | body_shaming insult
ta voix de fillette en vocal, t'es un pd ou quoi ? | identity_hate insult
jvais te ddos toute ta prochaine game, j'ai ton ip mon reuf | threat doxxing
gg ez, t'as joué comme un attardé et tu parles comme un attardé | insult identity_hate
fin de game : on va tous te mp des insultes jusqu'à ce que tu lâches le jeu | insult exclusion
ptdr le toplaner c'est un cassos qui vit au RSA, ça se voit à sa façon de jouer | insult
ton mic crache, ta voix est moche et ta tête doit être pire, t'es une erreur | insult body_shaming
wsh le chinois, retourne bouffer ton chien au lieu de voler nos kills | identity_hate insult
t'as 14 ans et t'es déjà un échec, tes darons t'ont raté | insult
je t'attends à la sortie du lycée, j'ai vu ton prénom et ta ville sur ton profil | threat doxxing
mute-le, kick-le du groupe, et que personne le regroupe jamais | exclusion
sale chien de feeder, t'es le genre de mec que personne pleure à son enterrement | insult
le mec d'en face a une voix de négro, normal qu'il campe comme un animal | identity_hate
jure je t'étrangle si tu prends encore mon buff, je rigole pas | threat
t'es un déchet, une sous-race de joueur, uninstall ta vie | insult self_harm_incitement
t'es le pire joueur que j'ai croisé, un raté dans le jeu comme dans la vie, même ta mère doit plus te supporter | insult
"""

# --- Games, patches, servers, studios and developers --------------------------------------------
STUDIO_HARD = """
ce patch a violé l'équilibre du jeu, les assassins one shot tout le monde maintenant
ce boss m'a violé quinze fois d'affilée, je lâche la manette pour ce soir
le studio nous prend pour des vaches à lait avec ses skins à 25 balles
serveurs encore down un samedi soir, ils se foutent de notre gueule chez Riot
le matchmaking de ce jeu est une honte absolue, je tombe contre des diamants en étant silver
les devs ont tué le jeu avec cette mise à jour, RIP mon perso préféré
sorti en version bêta payée plein pot, 70 balles pour un simulateur de bugs
ce remaster est une insulte aux fans de l'original, zéro effort sur les textures
les microtransactions c'est le cancer du jeu vidéo moderne, changez-moi d'avis
refund au bout de 1h50, optimisation dégueulasse, 20 fps sur une 4070
le CM a répondu "on vous entend" pour la dixième fois, on a l'habitude
Je vais défoncer ce donjon ce soir, il me reste que le dernier boss
ce dernier boss est un enfoiré de première, sa deuxième phase est illisible
franchement le nerf de mon main c'est un crime contre l'humanité :fou:
gacha de merde, 200 tirages et toujours pas le perso, je suis maudit
Le test de la presse est sévère mais juste, le scénario est creux
trois patchs et le même bug, les devs sont payés à quoi exactement ?
ce studio est devenu une usine à fric depuis le rachat, triste pour la licence
40 Go de mise à jour pour corriger un bug de chapeau, ils se moquent du monde
j'ai hurlé comme un malade quand le boss m'a one shot à 1 % de vie
ce jeu m'a détruit mentalement, 80 heures et une fin qui m'a laissé vide
la petite équipe indé derrière ce jeu mérite chaque centime, allez l'acheter
je déteste ce jeu de tout mon etre mais j'y joue encore tous les soirs :hap:
patch note illisible, personne comprend ce qu'ils ont changé sur les armes
ouin ouin les devs sont nuls, bah code ton jeu toi-même khey
le harcèlement des devs après le report du jeu c'est abusé, c'est pas eux qui décident
le directeur du jeu a reçu des menaces de mort pour un report, ça va beaucoup trop loin
j'ai vu un mec écrire "les devs devraient crever" pour un nerf de sniper, la commu est malade
ils ont viré 300 personnes et le PDG touche un bonus, dégouté pour les équipes
les serveurs ont crash en pleine finale de tournoi, quelle bande d'amateurs
ce jeu c'est un attentat contre mes yeux, les couleurs piquent
jvais tuer mon pc si ce jeu crash encore une fois au chargement
qu'ils aillent se faire voir avec leur battle pass à 15 euros
le soulslike qui m'a le plus violé c'est celui avec la foret empoisonnée, de loin
le boss final m'a tué tellement de fois que je rêve de son pattern la nuit
c'est quoi ce matchmaking de merde, 40 minutes de file pour tomber avec des bots
je vais être honnête, ce jeu m'a fait rager comme jamais, le dernier boss est une purge, mais j'ai jamais autant kiffé une fin
"""

STUDIO_NEUTRAL = """
vous savez quand sort le prochain patch d'équilibrage ?
le jeu est à -60 % sur le store ce weekend, il vaut le coup ?
quelqu'un a testé la nouvelle extension ? j'hésite à la prendre
Les serveurs sont en maintenance jusqu'à quelle heure ce matin ?
"""

STUDIO_ATTACKS = """
la CM c'est une grosse truie incompétente, qu'elle retourne faire des stories sur insta | insult body_shaming
les devs de ce jeu sont des consanguins, faut les stériliser avant qu'ils se reproduisent | insult threat
le lead designer mérite qu'on lui casse les genoux pour ce nerf | threat
je sais dans quel bureau bosse le game designer, on va aller le voir à la sortie | threat doxxing
son adresse perso traîne sur un forum, allez lui expliquer le patch chez lui | doxxing threat
le mec qui a codé ce matchmaking devrait se tirer une balle | self_harm_incitement
la community manager elle suce qui pour avoir ce poste ? pute à influenceurs | insult sexual_harassment
évidemment c'est une femme qui dirige le studio, c'est pour ça que le jeu est une purge | identity_hate
le directeur créatif a une tête de violeur, ça m'étonne pas qu'il rate tout | insult body_shaming
les devs bossent depuis l'Inde, normal que ce soit codé avec les pieds par des sous-développés | identity_hate
qu'on nous file le nom du stagiaire qui a fait ce bug, qu'on lui pourrisse la vie | doxxing threat
j'espère que le PDG du studio chope une maladie bien longue et bien douloureuse | threat
le community manager c'est un gros tas qui passe ses journées à bouffer des chips | body_shaming insult
ce dev handicapé du cerveau, on devrait lui interdire d'approcher un clavier | insult identity_hate
spammez le compte perso de la dev, rappelez-lui chaque jour qu'elle est une merde | insult
va crever toi et ton studio de pédés, vous avez détruit la licence | identity_hate self_harm_incitement
la nouvelle héroïne a été dessinée par une lesbienne frustrée, ça se voit | identity_hate
le producteur fait un live, allez tous lui dire de se pendre dans le chat | self_harm_incitement
la doubleuse du perso, moche comme un pou, elle a couché pour le rôle | body_shaming sexual_harassment
le CM répond encore ? je vais trouver sa femme et ses gosses sur Facebook | threat doxxing
les gens qui défendent ce patch sont des sous-merdes qui lèchent les bottes du studio | insult
t'as aimé ce jeu ? t'as vraiment un QI de moule, parle plus jamais de jeu vidéo | insult
le traducteur est un gros débile, dommage qu'il soit encore en vie | insult threat
on a le pseudo Steam du dev, tout le monde lui spam des menaces ce soir | threat
ce game designer a le physique d'un hobbit obèse et le talent qui va avec | body_shaming insult
des années que ce directeur nous prend pour des cons, qu'il aille se foutre en l'air | self_harm_incitement
le studio a embauché des noirs pour cocher les cases et regardez le résultat | identity_hate
l'actrice du mocap mérite de se faire violer pour avoir défendu le jeu | sexual_harassment threat
la testeuse qui a validé ça, une blonde de plus recrutée pour son cul | identity_hate sexual_harassment
ce youtubeur qui fait des vidéos sur le bug, un rat d'égout qui vit du malheur des autres | insult
la dev trans qui a écrit le scénario devrait retourner dans son placard | identity_hate exclusion
les devs de ce patch, on devrait les retrouver chez eux avec toute la commu et leur expliquer ce qu'on pense de leur travail | threat
"""

# --- Women gamers, streamers and players --------------------------------------------------------
WOMEN_HARD = """
ma copine m'a défoncé à Street Fighter toute la soirée, j'ai plus d'ego :ouch:
la meilleure joueuse de notre club a carry la LAN, trois MVP d'affilée
"retourne à la cuisine" dans le chat, j'ai report et le mec a pris un ban, bien fait
les mecs qui demandent "t'es une fille ?" dès que tu parles en vocal, c'est épuisant
je suis une meuf et je main tank depuis 6 ans, oui on existe
Kiyomi a fait 12h de stream sur le speedrun, elle a enfin battu le record
les ligues féminines en esport ça divise, certaines joueuses veulent juste des ligues mixtes
j'ai coupé mon micro pendant des années pour éviter les remarques, maintenant je m'en fous
la streameuse que je regarde a sorti une vidéo sur le harcèlement qu'elle reçoit, à voir
ma soeur joue support et se fait flame à chaque game parce qu'elle est une fille, ça me rend ouf
"les filles jouent qu'aux Sims" ayaa la meuf top 500 sur Overwatch te salue
elle est meilleure que toi khey, accepte et va t'entraîner
une fille à la LAN ? oui, et elle vous a tous détruits en quart :noel:
L'équipe féminine de Valo a gagné son premier tournoi mixte, énorme
les commentaires sous sa vidéo sont dégueulasses, signalez tous les messages sexuels svp
y a vraiment des gens qui envoient des photos de leur bite à des streameuses ? c'est lunaire
Mira bannit toute remarque sur son physique dans son chat, franchement elle a raison
ma meuf joue mieux que moi à Mario Kart et elle le rappelle à chaque repas de famille
la coach de notre équipe est une tueuse, elle nous fait bosser les stratégies à la minute
je propose un salon vocal réservé aux joueuses sur notre Discord, vous en pensez quoi ?
"pas de meufs dans la team" c'était la règle de mon ancien clan, je me suis barrée et je regrette rien
les boomers qui disent que les femmes sont pas faites pour l'esport ont jamais vu une finale
la caster de la finale était excellente, vocabulaire précis, rythme parfait
quand une joueuse se trompe c'est "normal c'est une fille", quand c'est un mec c'est juste une erreur
une streameuse en décolleté ça vous choque mais un mec torse nu en stream IRL non ?
elle m'a humilié 3-0 en finale, je lui ai serré la main, respect total
un mec a dit "fais-moi un sandwich" à une joueuse, il s'est fait kick du serveur direct
ma partenaire de duo se fait appeler "chérie" par des inconnus en vocal, c'est malaisant
ses cosplays sont incroyables, 200 heures de boulot sur l'armure, respect à elle
la joueuse pro joue sous un pseudo masculin pour être tranquille, c'est triste
la streameuse a ban un viewer qui réclamait ses pieds, le chat a applaudi :rire:
t'as perdu contre une fille ? et alors, elle joue 8h par jour, toi tu joues à FIFA en fumant
La meuf en face m'a détruit au sniper, je la recrute dans la team direct
j'ai grandi avec Lara Croft, aujourd'hui je stream, boucle bouclée
le sexisme dans les lobbys c'est pas "juste des blagues", ça fait fuir des joueuses
jsuis une fille et j'ai insulté un mec en vocal après qu'il m'a vendue, il l'avait mérité :hap:
je suis une meuf, je joue en ranked depuis cinq ans, j'ai tout entendu en vocal mais les bons coéquipiers restent plus nombreux
"""

WOMEN_NEUTRAL = """
vous connaissez des tournois mixtes en France pour les débutants sur Rocket League ?
la streameuse Nalya lance un défi 100 % succès sur Hollow Knight ce soir
quel micro vous conseillez pour commencer à streamer ? budget 80 balles
la ligue féminine reprend en mars, le format a changé d'après l'annonce
"""

WOMEN_ATTACKS = """
une meuf en ranked, cherche pas pourquoi on perd, retourne à la cuisine | identity_hate
t'es une fille ? ok donc tu joues heal et tu fermes ta gueule en vocal | identity_hate insult
pas de meufs dans la team, ça ramène que des embrouilles et des pleurs | identity_hate exclusion
elle a du niveau parce que son mec joue sur son compte, comme toutes les meufs | identity_hate
envoie tes pieds et je te donne un sub, t'as que ça à vendre de toute façon | sexual_harassment
elle stream en décolleté pour les dons, c'est une pute numérique | sexual_harassment insult
montre tes seins au lieu de jouer, t'es nulle de toute façon | sexual_harassment insult
la joueuse d'en face, je la baiserais bien après la finale, elle perdrait tout | sexual_harassment
j'ai enregistré ton stream, je vais faire des montages de toi à poil et les balancer | sexual_harassment threat
avec un cul pareil elle a pas besoin de savoir jouer, les dons tombent tout seuls | sexual_harassment
t'as une voix de salope en vocal, continue de parler j'aime bien | sexual_harassment insult
je sais que tu stream depuis Nantes, je vais venir te voir en vrai ma belle | threat doxxing
les femmes dans l'esport c'est comme les chiens dans un resto, ça a rien à faire là | identity_hate exclusion
la caster de la finale, une plante verte qui a eu le poste avec son cul | identity_hate sexual_harassment insult
elle a gagné ? elle a dû sucer l'orga pour avoir un bracket facile | sexual_harassment
les filles sur Twitch c'est toutes des michtos, zéro talent que du décolleté | identity_hate insult
Jinxette se plaint du harcèlement ? qu'elle arrête de s'habiller comme une salope alors | sexual_harassment insult
si t'étais ma meuf tu jouerais pas, tu serais à quatre pattes | sexual_harassment
je vais te violer en 1v1 chérie, et après en vrai | sexual_harassment threat
kickez-la du clan, une meuf ça déconcentre les mecs en vocal | exclusion identity_hate
dès qu'une fille rejoint le lobby on quitte tous, on la laisse seule comme une conne | exclusion insult
les joueuses pro ont un cerveau trop petit pour la macro, c'est biologique | identity_hate
ta copine joue ? elle doit bien se faire passer sur le canapé pour que tu la laisses | sexual_harassment
t'as une tête de cheval, c'est pour ça que tu stream avec un filtre | body_shaming insult
envoie des nudes et je te boost jusqu'à diamant | sexual_harassment
la fille du tournoi, avec sa tronche de thon elle a intérêt à savoir jouer | body_shaming
une nana qui coach des mecs ? qu'elle retourne coacher ses gosses à la maison | identity_hate
je t'ai reconnue, tu bosses au Carrefour de Bron, je passerai te dire bonjour après ton stream | doxxing threat
les streameuses c'est juste des OnlyFans qui savent allumer une console | identity_hate sexual_harassment
suce-moi et je te laisse le kill, deal ? | sexual_harassment
mdr une meuf igl, bientôt on va demander à mon chien de faire les calls | identity_hate
les meufs qui streament en jouant les victimes du harcèlement, c'est toutes des menteuses qui cherchent des dons, qu'elles retournent faire la vaisselle | identity_hate
"""

# --- Streams, chats and raids --------------------------------------------------------------------
STREAM_HARD = """
le raid de ce soir était énorme, 3000 viewers qui débarquent chez un petit streamer, trop beau
son stream était chiant à mourir hier, 4h de menus et de loading
Tiboz a rage quit en live après la 40e mort, le clip est mythique :rire:
le chat de MrPoulpe est toxique de ouf, les modos sont complètement dépassés
quelqu'un a organisé un raid haineux chez une petite streameuse, j'ai report tout ce que j'ai pu
honnêtement son contenu est devenu nul depuis qu'il fait que du réact
j'ai arrêté de le regarder, il crie pour rien, c'est insupportable à la longue
Le streamer a pété un câble contre son chat et il s'est excusé le lendemain, bien joué
"on va le détruire ce streamer" c'était un défi de speedrun entre eux, relax les modos
il est mauvais au jeu mais il est hyper drôle, c'est tout ce que je demande
les dons avec message TTS insultant devraient être bloqués automatiquement
il a menti sur son sponsor de paris sportifs, là je le soutiens plus, c'est grave
le clip où il se fait tuer par une poule dans Zelda, je pleure :rire:
sa modo a ban un mec qui balançait l'adresse d'un autre streamer, respect
"kys" dans le chat toutes les deux minutes, les modos dorment ou quoi ?
je regarde pour l'ambiance, le gameplay est immonde mais la commu est adorable
il a annoncé une pause pour burn-out, laissez-le tranquille svp
Son setup est moche comme tout mais on s'en fout, la bonne humeur fait le reste
il s'est fait swat en direct aux états-unis, c'est un crime grave, pas un prank
ayaa il a lu un message de hater en live et il a répondu avec une classe folle
le chat spam "L" à chaque défaite, c'est devenu un mème dans sa commu
la watch party de la finale avec 80k viewers, ambiance de fou
un mec a écrit "je sais où t'habites" dans le chat, elle a porté plainte et elle a bien fait
les viewers qui réclament qu'il montre sa gueule en cam, laissez-le rester anonyme
il a massacré le dernier jeu en direct, 3/10 avec des arguments, c'est de la critique
sa commu est méchante avec les nouveaux mais lui il est cool
24h de subathon, il était détruit à la fin, on voyait plus ses yeux
petit streamer de 8 viewers ici, mon premier message haineux je l'ai pris comme une promo :hap:
les emotes de son chat sont cursed, j'adore
son live caritatif a fait 150 000 balles pour une asso, chapeau
il a taclé son ancien pote en live, le drama va durer deux semaines
"il est fini ce streamer" disent les mêmes qui le regardent tous les jours ayaa
il boit beaucoup en stream ces temps-ci, je m'inquiète un peu pour lui sincèrement
sa vidéo d'excuse est bidon, il assume rien, déçu
les raids de bots qui spamment des liens, la plateforme fait rien depuis des mois
j'ai été modo deux ans chez une streameuse, j'ai ban des centaines de pervers
il a lu à voix haute un message qui lui disait de se suicider, puis il a expliqué pourquoi il bannissait ce genre de viewers
"""

STREAM_NEUTRAL = """
il stream à quelle heure ce soir ? j'ai pas vu l'annonce
vous regardez quoi comme streamers FR sur les jeux de stratégie ?
le prochain événement caritatif entre streamers c'est quand ?
comment on fait pour devenir modo sur une chaîne de taille moyenne ?
"""

STREAM_ATTACKS = """
go raid chez Sakura_tv et spammez-lui qu'elle est une sous-merde | insult
Tiboz t'es un gros lard dégueulasse, on voit tes bourrelets même avec la cam de face | body_shaming insult
voilà l'adresse de ses darons, il stream depuis le sous-sol au 14 avenue des Lilas | doxxing
son vrai prénom c'est Dylan, il est en BTS compta à Roubaix, allez lui rendre visite | doxxing threat
raid dans son chat ce soir, on lui dit tous de se suicider en même temps | self_harm_incitement
ce streamer c'est un clochard qui mendie des subs parce que personne l'aime | insult exclusion
MrPoulpe ferme ta gueule, t'as une tronche de fœtus mal fini | insult body_shaming
on lui balance des dons TTS "crève sale juif" toute la soirée, il va craquer | identity_hate self_harm_incitement
je vais te retrouver à la TwitchCon et te péter le nez en direct | threat
t'es tellement moche que ta cam devrait être interdite aux moins de 18 ans | body_shaming
ce gros nul devrait se jeter sous un train, ça ferait le meilleur clip de sa chaîne | self_harm_incitement insult
personne te regarde, même ta mère a unfollow, arrête le stream et disparais | exclusion insult
ce streamer noir parle comme un singe, en même temps c'est sa nature | identity_hate
spammez-le de singes et de bananes jusqu'à ce qu'il coupe le live | identity_hate
ses parents auraient dû l'étrangler à la naissance, quelle purge ce mec | threat insult
j'ai son IP grâce à son serveur Minecraft, ce soir il se fait ddos pendant le subathon | doxxing threat
ce bègue de streamer, chaque phrase c'est une torture, il devrait pas avoir le droit de parler | identity_hate insult
regardez ses dents de lapin et sa calvitie à 22 ans, comment il ose se filmer | body_shaming
ton chat c'est que des puceaux et toi t'es le roi des losers | insult
sale pédale, on veut plus voir ta gueule sur la page d'accueil | identity_hate insult
j'ai trouvé son lycée grâce au sweat en arrière-plan, venez on l'attend lundi | doxxing threat
tout le monde unfollow et on le bloque partout, qu'il reste seul avec ses 3 viewers | exclusion
il stream en fauteuil et il croit qu'on va le plaindre, handicapé de merde | identity_hate insult
ce gros porc se goinfre en live, faites un don pour qu'il s'achète un cercueil XXL | body_shaming insult
raid de haine ce soir, ramenez vos multicomptes, on lui fait fermer sa chaîne | exclusion
j'espère qu'il se fait swat et que les flics tirent les premiers | threat
il a des tics quand il stream, un vrai mongolien qui a volé un micro | identity_hate insult
t'es un raté de 30 ans qui vit chez sa mère, tes viewers ont pitié de toi | insult
son numéro traîne dans le Discord, appelez-le tous pendant le live | doxxing
le streamer arabe là, il fait encore le voleur avec ses giveaways truqués | identity_hate
personne veut de toi dans la scène FR, retourne streamer pour tes deux potes | exclusion
ce soir on raid sa chaîne avec tous nos comptes, on lui écrit qu'il est gros, moche et inutile jusqu'à ce qu'il pleure en direct | body_shaming insult
"""

# --- Esport tournaments, rosters and LANs --------------------------------------------------------
ESPORT_HARD = """
on les a détruits en demi, 3-0 sec, la finale demain on va tout casser
leur AWPer est un monstre, un ace au round décisif, je suis dégouté mais respect
l'équipe a joué comme des manches tout le tournoi, le coach doit sauter
le "gg ez" de leur capitaine après la finale c'était de la provoc, mais c'est de bonne guerre
le joueur banni pour triche a avoué en vidéo, au moins il assume
on va les massacrer au prochain match, ils ont aucune chance sur Inferno
la LAN de Lyon était incroyable, je suis mort de fatigue mais trop content
si on perd ce soir je me rase la tête, promesse de supporter :noel:
le trashtalk d'avant match entre les deux capitaines c'était du cinéma, ils sont potes en vrai
l'orga a exclu un joueur pour propos racistes en vocal, enfin une vraie sanction
le coach a pris une sanction pour avoir insulté l'admin du tournoi, mérité
il a été catastrophique toute la série, mauvais placements, mauvais timing, aucune excuse
la finale c'était une boucherie, 16-2, j'ai jamais vu une domination pareille
l'équipe adverse s'est fait siffler à la LAN parce qu'elle avait battu les locaux, pas ouf
"on va vous enterrer" a dit le capitaine, et c'est eux qui se sont fait enterrer :rire:
ce joueur a le meilleur aim de France mais aucun cerveau tactique, avis
Le roster a été dissous, les joueurs l'ont appris sur Twitter, c'est violent
les menaces reçues par le jeune joueur après sa défaite, c'est grave, il a 17 ans
je vais te fumer en finale mon frère, et après on va manger un grec ensemble
il a tilt en plein match et s'est fait démonter par le rookie de 16 ans
les accusations de cheat sans preuve ça détruit des carrières, calmez-vous
la team a craqué mentalement en overtime, trop de pression sur des gamins
les Coréens nous ont roulé dessus en quart, ils sont juste d'un autre niveau
l'admin du tournoi a laissé passer un bug exploit, décision scandaleuse
il a fait un doigt d'honneur à la caméra après la victoire, amende méritée
ma team amateur a perdu contre des gamins de 14 ans, je prends ma retraite :ouch:
"ils sont nuls, ils méritent pas leur place" sur leurs perfs, c'est de la critique pas du harcèlement
le transfert de leur star à l'étranger va tuer l'équipe, clairement
je les hais de tout mon coeur ces mecs, ils nous sortent depuis trois ans :fou:
l'orga a sorti un communiqué contre le harcèlement de son joueur, bon geste
clutch 1v4 à la LAN, la salle a explosé, j'en ai eu des frissons
honnêtement leur jungler est surcoté, il vit sur la réputation de son équipe
quelqu'un a publié l'adresse d'un joueur pro sur un forum, les admins ont supprimé direct
on a pris une raclée historique mais on a appris plus qu'en un an d'entraînement
le mec d'en face a dit "on va vous tuer" en nous serrant la main, on a tous rigolé
humiliés devant leur public, le coach a tout assumé en conf de presse
"""

ESPORT_NEUTRAL = """
les qualifs pour la Coupe de France commencent quand sur Valorant ?
quelqu'un sait si la LAN de Rennes accepte les équipes amateurs mixtes ?
le format double élimination c'est mieux ou pas pour les petits tournois ?
combien coûte l'inscription pour une équipe de cinq à la LAN de printemps ?
"""

ESPORT_ATTACKS = """
on sait qui t'es, on sera à la LAN samedi, tu repars pas de la salle avec tes dents | threat
le capitaine d'en face habite à Villeurbanne près de la fac, on va lui faire une surprise | doxxing threat
ce petit rookie c'est un déchet, qu'il retourne pleurer dans les jupes de sa mère | insult
voilà le vrai nom et le lycée de leur AWPer, faites-vous plaisir les gars | doxxing
le joueur qui a raté le clutch, je lui souhaite de crever dans un accident de voiture | threat
ce coach est un incapable doublé d'un gros connard, il mérite qu'on lui crache dessus | insult
leur support coréen avec ses yeux bridés il voit même pas la minimap | identity_hate
les rebeus du roster, tricheurs comme leurs pères | identity_hate
qu'il se pende ce traître, il a quitté l'équipe pour du fric | self_harm_incitement
tu crois qu'on va te laisser jouer tranquille ? on va te pourrir chaque match jusqu'à ce que t'arrêtes | threat exclusion
le rookie autiste qui sait pas parler en interview, c'est la honte de l'équipe | identity_hate insult
ce gros tas de graisse de coach devrait faire un tour en salle avant de parler de discipline | body_shaming insult
leur manager c'est une tarlouze, normal qu'ils jouent comme des fiottes | identity_hate insult
je le croise à la LAN je le plante, j'en ai rien à foutre de la prison | threat
leur joueur est un sale nègre, retourne en Afrique jouer sur un Nokia | identity_hate insult
aucune équipe doit le recruter, on le blacklist partout, qu'il crève au chômage | exclusion
ce traître a une gueule de fouine et un corps de gamin malade | body_shaming insult
allez spam ses réseaux avec sa photo et son adresse, il mérite plus de dormir | doxxing threat
kys, t'as fait perdre la finale à tout un pays | self_harm_incitement
ce mec a zéro valeur humaine, c'est une erreur de la nature | insult
on lui brûle sa caisse sur le parking de la LAN, il comprendra | threat
la fille du coach était dans le public, elle a un joli petit cul pour une groupie | sexual_harassment
la joueuse trans en ligue femmes, c'est un mec déguisé qui triche | identity_hate
leur caster est un juif qui favorise ses potes, tout le monde le sait | identity_hate
le gamin de 17 ans qui a raté, on va lui faire regretter d'être né | threat
je balance son Discord et son snap, harcelez-le jusqu'à la finale | doxxing
il devrait se jeter du haut de la scène après une perf pareille | self_harm_incitement
ce gamin est une honte, son père aurait dû le noyer à la naissance | threat insult
la prochaine fois qu'il ouvre sa gueule en interview je lui retourne la mâchoire | threat
ces Polonais de merde ils trichent tous, virez-les du circuit | identity_hate exclusion
"""

# --- Football: players, performances and transfers ----------------------------------------------
FOOT_HARD = """
notre latéral a joué comme une chèvre ce soir, trois ballons perdus qui amènent des buts
il a été nul à chier du début à la fin, 2/10 et je suis gentil
80 millions pour un mec qui marque un but par saison, les dirigeants sont fous
ce défenseur s'est fait dribbler comme un plot, mais il a 19 ans, il va apprendre
Les cris de singe dans le kop hier, le club doit porter plainte, y a des caméras partout
l'attaquant a reçu des insultes racistes sur Insta, soutien total à lui
on les a détruits tactiquement, leur milieu a jamais trouvé de solution
le gardien a boxé le ballon dans ses propres filets, je pleure de rire et de tristesse
notre nouveau 9 est une brêle pour l'instant, laissez-lui six mois
le capitaine a refusé de serrer la main après le match, ça fait mauvais genre
les commentaires "retourne dans ton pays" sous la photo du joueur, c'est du racisme, signalez
ce match était une purge, 0-0 sans un tir cadré, remboursez
il a raté un penalty en finale et des gens ont harcelé sa famille, c'est honteux
il court comme un frigo, faut le vendre cet été, il a plus le niveau
le mercato est une vaste blague, on vend nos meilleurs joueurs et on achète des retraités
le joueur insulté a répondu avec deux buts, meilleure réponse possible
je veux qu'il parte, il a rien donné depuis deux ans, c'est mon avis de supporter
une banane lancée sur le terrain, le match aurait dû être arrêté direct
ce mec a le QI foot d'un poisson rouge, il fait toujours le mauvais choix
on a massacré Lorient 5-0, le stade était en feu
c'est un mercenaire, il va là où y a le plus d'argent, c'est son droit mais je l'aime plus
la presse a lynché le coach après la défaite, un peu exagéré quand même
carton rouge stupide à la 20e, il a coulé son équipe tout seul
le club a bien fait de bannir à vie les supporters qui ont fait les cris de singe
ce match m'a tué, j'ai plus de voix, mes voisins vont porter plainte :rire:
il a vomi sur le terrain à la 80e, il était malade, respect d'avoir joué
trois blessures au genou, son corps est cassé, il devrait penser à sa reconversion
j'ai dit "qu'il dégage" du club, pas de la vie, faut arrêter d'extrapoler
le prêt en Turquie va le relancer, il en a besoin mentalement
le joueur a révélé qu'il avait fait une dépression après les insultes reçues
notre défense c'est une passoire, on prend trois buts par match, ridicule
il a célébré devant ses anciens supporters, provoc mais c'est le foot
franchement le ballon d'or est truqué cette année, rien ne justifie ce classement
ma mère fait des passes plus précises que ce milieu, et elle a 64 ans :hap:
il a demandé son transfert via son agent, la fanbase va exploser
je comprends pas la haine contre lui, il fait une saison correcte sans plus
on peut dire qu'il a été nul, lent et sans idées pendant quatre-vingt-dix minutes sans lui envoyer des singes et des bananes en commentaire
ce gardien est une passoire ambulante
"""

FOOT_NEUTRAL = """
le mercato d'hiver ferme quand cette année ?
vous pensez qu'il va prolonger ou partir libre en juin ?
c'est quoi la compo probable pour le match de dimanche ?
quelqu'un sait si le match passe en clair ou seulement sur la chaîne payante ?
"""

FOOT_ATTACKS = """
ouh ouh ouh, retourne grimper aux arbres au lieu de rater des penaltys | identity_hate
encore un nègre qui sait pas tirer, on en a marre de ces mecs | identity_hate insult
la banane c'est pour toi Bakary, mange et tais-toi | identity_hate insult
ces joueurs africains trichent tous sur leur âge, des vieux de 35 ans avec des faux papiers | identity_hate
l'équipe de France ressemble à une équipe d'Afrique, y a plus un vrai Français | identity_hate
après ce penalty raté je veux qu'il meure, lui et toute sa famille | threat
on va l'attendre au centre d'entraînement, il a intérêt à pas sortir de sa voiture | threat
la femme du joueur c'est une vraie salope, elle a dû passer sur tout le vestiaire | sexual_harassment insult
son fils va à l'école Jean Jaurès à Saint-Cloud, faudrait qu'il sache ce que c'est d'avoir peur | doxxing threat
le gardien a des mains de fillette et un cerveau d'attardé | insult identity_hate
ce gros tas de latéral bouffe plus qu'il court, regardez son bide | body_shaming insult
le maghrébin de l'équipe, évidemment qu'il simule, c'est dans le sang | identity_hate
retourne dans ton pays faire ta prière, on veut pas de toi ici | identity_hate exclusion
il a raté le penalty ? qu'il se pende dans le vestiaire | self_harm_incitement
le joueur avec sa tête de gargouille, on dirait un monstre de film d'horreur | body_shaming
larbin de bas étage, même pas digne de cirer les crampons des vrais joueurs | insult
son adresse à Neuilly traîne partout, allez-y avec des œufs et des pierres | doxxing threat
l'attaquant c'est une tapette qui se roule par terre, un vrai pédé | identity_hate insult
t'es un singe ou un joueur ? remballe ta banane | identity_hate insult
je lui casserais les jambes à ce traître s'il revient jouer chez nous | threat
cette fiotte de milieu, il pleure comme une gonzesse à chaque contact | identity_hate insult
sous-humain, ta place est au zoo et pas au stade | identity_hate insult
sa mère aurait dû le jeter à la poubelle à la naissance, sale bâtard | insult
on a trouvé sa soeur sur Insta, envoyez-lui ce que vous pensez de son frère | doxxing
t'as pas un corps d'athlète, t'es gras comme un cochon | body_shaming insult
les Roms du club adverse vont te voler ton portefeuille avant la fin du match | identity_hate
il a une maladie mentale ? qu'il se soigne au lieu de jouer, ce malade | identity_hate insult
ce joueur est une merde, une honte, un parasite, il mérite aucun respect humain | insult
crève, tu nous as fait perdre la coupe, crève vraiment | self_harm_incitement
ce noir-là a la couleur de la défaite, normal qu'il porte la poisse | identity_hate
à chaque fois qu'il touche le ballon on fera des cris de singe tout le match, il comprendra vite qu'il est pas chez lui ici | identity_hate exclusion
"""

# --- Referees and video review ------------------------------------------------------------------
REFEREE_HARD = """
l'arbitre a été catastrophique, trois erreurs énormes qui changent le match
La VAR a mis quatre minutes pour un hors-jeu d'un orteil, le foot est mort
on se fait voler chaque semaine par l'arbitrage, je commence à croire au complot :fou:
arbitre aveugle ce soir, le penalty était évident, même ma grand-mère l'a vu
les insultes contre les arbitres amateurs le dimanche, c'est pour ça que personne veut arbitrer
mon pote arbitre en district s'est fait courser par un parent la semaine dernière, c'est grave
l'arbitre a massacré le match à coups de cartons, zéro rythme
je veux pas insulter l'arbitre mais il a sifflé comme un débutant
"arbitre vendu" chantait tout le stade, c'est le folklore du foot ça
honnêtement l'arbitre a bien géré le derby, zéro polémique, ça fait du bien
le corps arbitral devrait s'expliquer en conf de presse après les grosses erreurs
la vidéo a rien réglé, on a juste remplacé une erreur par une attente
carton rouge sévère mais justifiable, il arrive en retard, crampons levés
un arbitre de rugby qui s'explique en direct au micro, le foot devrait copier
l'arbitre s'est fait agresser sur le parking après un match de U15, club suspendu, normal
j'ai engueulé ma télé pendant 90 minutes, mes voisins croient que je me suis fait cambrioler
l'arbitre a tué le suspense avec un penalty à la 5e minute
faut protéger les arbitres, pas les lyncher sur les réseaux
l'arbitre d'hier mérite d'être rétrogradé, sa performance était indigne de ce niveau
j'ai été arbitre bénévole en basket, on m'a traité de tous les noms, j'ai arrêté
le débat sur la main dans la surface est infini, la règle change chaque année
le sifflet, il l'a avalé ce soir, aucune faute sifflée en seconde période
l'arbitre a sorti le rouge au coach qui l'insultait, il a bien fait
je comprends la rage mais menacer un arbitre c'est de la prison, pas de la passion
quel arbitrage de merde, on a perdu le match à cause de lui et je suis encore vénère
la meilleure arbitre du championnat est une femme, et on la conteste moins que les mecs
les arbitres de tennis ont l'oeil de faucon au moins, pas de débat
l'arbitre de touche a levé son drapeau en retard, but annulé, j'ai hurlé
les analyses de l'ancien arbitre à la télé sont top, il explique sans défendre ses collègues
c'est pas l'arbitre qui a raté trois occasions, c'est nos attaquants, soyons honnêtes
après un match pareil l'arbitre devrait changer de métier, il est pas au niveau
je parie que l'arbitre est supporter de l'équipe adverse :hap:
l'arbitre a gardé son calme face à 20 joueurs qui l'encerclaient, respect
"arbitre on sait où tu habites" chanté par le kop, c'est pas drôle, c'est une menace
l'arbitre a sifflé un penalty imaginaire, je suis fou de rage, mais l'insulter ou le menacer sur ses réseaux ça changera rien au score
"""

REFEREE_NEUTRAL = """
c'est quel arbitre qui siffle le classique dimanche ?
comment on devient arbitre officiel en district ? faut passer un examen ?
la règle du hors-jeu a changé cette saison ou pas ?
combien est payé un arbitre de Ligue 1 par match environ ?
"""

REFEREE_ATTACKS = """
arbitre fils de pute, on sait où tu gares ta voiture après le match | insult threat
cet enculé d'arbitre mérite qu'on lui casse la gueule dans le tunnel | insult threat
l'arbitre est un juif vendu, comme toujours c'est l'argent qui décide | identity_hate insult
si je croise cet arbitre je lui fais avaler son sifflet, promis | threat
une femme arbitre en Ligue 1, normal qu'elle comprenne rien au hors-jeu | identity_hate
qu'il se suicide après un match pareil, ce mec déshonore le foot | self_harm_incitement
l'arbitre habite à Montélimar, ses gosses vont au collège du centre, faites tourner | doxxing threat
arbitre de merde, t'es aussi gros que ton ego, un vrai cochon en short | body_shaming insult
l'arbitre de touche, une grosse vache qui court pas, retourne faire la vaisselle | body_shaming identity_hate insult
cet arbitre mérite d'être pendu au milieu du stade | threat
cet arbitre aveugle est un handicapé mental qu'on a mis là par pitié | insult identity_hate
voici le Facebook de l'arbitre, il poste des photos de sa maison, amusez-vous | doxxing
je vais attendre l'arbitre à la sortie et lui faire regretter sa carrière | threat
l'arbitre c'est une salope qui suce la fédé, sa femme aussi d'ailleurs | insult sexual_harassment
l'arbitre est un bougnoule qui déteste les clubs français | identity_hate insult
pour l'arbitre du match, une balle dans la tête et on en parle plus | threat
arbitre de district, t'es qu'une merde qui se venge de sa vie ratée | insult
la prochaine fois que tu siffles contre nous on te brûle la baraque | threat
ce petit arbitre avec sa tête de rat, on dirait un furet sous coke | body_shaming insult
t'es un arbitre pédé, t'as sifflé avec tes tripes de tarlouze | identity_hate insult
on devrait lui crever les yeux vu qu'il s'en sert pas | threat
que l'arbitre crève d'un cancer, ça rétablira la justice | threat
l'arbitre noir a sifflé pour les siens, c'est évident | identity_hate
l'arbitre vit chez sa mère à 40 ans, ce raté, normal qu'il se venge sur nous | insult
je propose qu'on lui envoie tous un mp chaque jour pour lui rappeler qu'il est un moins que rien | insult
l'arbitre a une tête de pédophile, il doit traîner autour des écoles | insult body_shaming
je l'ai reconnu au supermarché de mon quartier, la prochaine fois je lui crache dessus | threat
les arbitres rebeus sifflent toujours pour les clubs de banlieue | identity_hate
tire-toi une balle arbitre, t'as tué notre saison | self_harm_incitement
arbitre enculé, on va te crever | insult threat
"""

# --- Supporters, derbies and ultras --------------------------------------------------------------
SUPPORTER_HARD = """
derby dimanche, on va les atomiser, ils vont rentrer chez eux en pleurant :noel:
leurs supporters sont pénibles mais leurs chants sont quand même stylés
j'ai chambré mon collègue supporter de l'OM toute la journée, il m'a offert un café quand même
les ultras ont fait un tifo de fou, respect même si je les supporte pas
"on vous a défoncés" a chanté tout le virage pendant 20 minutes :rire:
supporter de Lens et fier, même en Ligue 2 on remplissait le stade
ma copine supporte le club rival, la maison est un champ de bataille chaque derby
les fumigènes c'est interdit mais c'est beau, débat éternel
les bagarres entre hooligans c'est pas du foot, c'est de la délinquance
je déteste ce club de tout mon coeur, c'est ma religion :fou:
les mecs qui ont frappé un père devant son fils ont pris trois ans, bien fait
le chant contre le président du club était vulgaire, mais ça visait sa gestion
on a pris une rouste au derby, j'ose plus sortir dans ma ville
le déplacement à Marseille était incroyable, accueil chaleureux malgré la rivalité
les chants homophobes en tribune doivent s'arrêter, le match devrait être interrompu
vos supporters sont des pleureuses, vous gagnez rien depuis 1993 :hap:
on va leur mettre une branlée samedi, je prends les paris
tribune visiteurs vide, leurs supporters ont eu peur de la pluie ayaa
je respecte tous les supporters qui chantent 90 minutes même quand on perd
les interdictions de déplacement, c'est punir tout le monde pour une minorité
mon club est nul, il me fait souffrir, mais je renouvelle mon abonnement chaque année
ce rival mérite de descendre en National, je sabre le champagne si ça arrive
les ultras ont sorti une banderole contre le racisme, enfin un message propre
un supporter a lancé une bouteille sur le gardien, interdit de stade, normal
le club de la capitale c'est une équipe sans âme, débat ouvert, argumentez
leur stade sonne creux, ambiance bibliothèque, même les pigeons s'ennuient
ma mère supporte Saint-Étienne depuis 1976, elle pleure encore cette finale
le pire rival c'est celui qui nous a racheté notre meilleur joueur :fou:
leurs supporters chantaient "vous êtes nuls", on a perdu 4-0, ils avaient raison
j'ai vu un supporter se faire tabasser après le match, personne a aidé, j'ai honte
je chambre, je provoque, mais je frappe personne, c'est ça être supporter
chants racistes d'un groupe ultra : le club doit dissoudre le groupe, point
victoire à l'extérieur, le car de supporters était en feu au retour, ambiance folle
la rivalité entre nos deux villes remonte au moyen âge, c'est presque historique
wsh les supporters d'en face vous êtes où ? ah oui vous êtes derniers :noel:
on va vous défoncer dimanche, préparez-vous
"""

SUPPORTER_NEUTRAL = """
les places pour le derby sont en vente à partir de quand ?
y a des navettes depuis la gare jusqu'au stade les soirs de match ?
c'est quoi le meilleur bar pour voir le match près de la place centrale ?
combien coûte l'abonnement en virage cette saison ?
"""

SUPPORTER_ATTACKS = """
les supporters de ce club c'est tous des consanguins édentés, une bande de dégénérés | insult
on vous attend au péage après le match, ramenez vos dents de rechange | threat
on sait dans quel bar se retrouvent leurs ultras, on débarque à 30 avec des barres | threat
le mec qui a filmé la bagarre, on a son nom et son taf, il va comprendre | doxxing threat
leur virage c'est que des bougnoules et des cas sociaux | identity_hate insult
les Marseillais c'est des Arabes avec un maillot, rien d'autre | identity_hate
les supporters parisiens sont des pédés qui chantent comme des filles | identity_hate insult
ta femme qui supporte les bleus, je la prends dans les toilettes du stade quand tu veux | sexual_harassment
on va brûler leur tribune avec eux dedans | threat
le mec au tambour dans leur virage, un gros porc qui transpire la bière | body_shaming insult
mon collègue qui supporte le rival, je vais lui crever les pneus et il saura qui c'est | threat
vous êtes tous des déchets de la société, vous méritez de crever dans vos HLM | insult threat
les Lensois sont des ploucs alcooliques et incestueux | identity_hate insult
envoie la photo du supporter adverse de ton lycée, on s'occupe de lui lundi | doxxing threat
les Corses c'est des mafieux qui brûlent les bus des visiteurs | identity_hate
ce supporter handicapé en tribune, on l'a mis là pour faire pitié à la télé | identity_hate
ton club c'est un club de juifs, tout est acheté | identity_hate
on le chope à la sortie du métro, il porte toujours son écharpe celui-là | threat
les supporters adverses sont des chiens qui méritent la fourrière | insult
t'es qu'un supporter de canapé, un obèse qui bouffe des chips en gueulant | body_shaming insult
les meufs en tribune c'est juste pour se faire peloter, elles ont rien à faire là | identity_hate sexual_harassment exclusion
qu'ils aillent tous se pendre après la descente, ça fera de la place | self_harm_incitement
je te souhaite de mourir écrasé sous ton propre bus de supporters | threat
le gros capo avec ses trois mentons, c'est lui qui va finir dans le ravin | body_shaming threat
voici l'adresse du président de leur groupe ultra, rendez-lui visite cette nuit | doxxing threat
tu supportes le rival ? t'es viré du groupe WhatsApp et plus personne te parle | exclusion
ce mec est trop chelou, personne lui parle en tribune et on le dégage dès qu'il se pointe | exclusion
leur mascotte c'est un singe, comme leurs joueurs | identity_hate
sale race de supporters gitans, retournez dans vos caravanes | identity_hate insult
tu portes le maillot du rival dans mon quartier, tu repars en ambulance | threat
si un seul de leurs supporters ose mettre les pieds dans notre quartier avec son écharpe, on le renvoie chez lui en morceaux | threat
"""

# --- Amateur sport, basketball and five ----------------------------------------------------------
AMATEUR_HARD = """
on a perdu 12-2 au foot à 5, le gardien d'en face était un mur, je suis détruit
mon coach de basket hurle comme un malade mais il est adorable en dehors du terrain
au club de hand on s'insulte pas, le coach sort du match celui qui manque de respect
je suis meneur et j'ai raté 8 lancers francs hier, je suis une catastrophe ambulante
leur pivot faisait 2m10, on s'est fait écraser au rebond toute la soirée
j'ai contré un mec de 1m95, je vais en parler à mes petits-enfants :noel:
le match de district a fini en bagarre, le club a pris trois matchs de suspension
mon équipe de five joue comme des retraités, on court plus après 20 minutes
il a un shoot de bûcheron mais il défend comme un chien, je le garde dans l'équipe
on a massacré l'équipe de la fac 80-40, ils étaient trop gentils
le parent qui insulte son propre gosse depuis les tribunes, ça m'a glacé le sang
le coach a viré un joueur de l'équipe parce qu'il ratait tous les entraînements, normal
la salle de sport est remplie de mecs qui se filment, moi je viens juste transpirer
5 min au kilo pour un débutant c'est bien ou je suis une tortue ?
je me suis fait humilier au tennis par un papy de 70 ans, il me faisait courir partout
le coach l'a mis sur le banc parce qu'il jouait perso, il a eu raison
les playoffs NBA cette année sont fous, j'ai pas dormi depuis une semaine
il a dunké sur la tête du défenseur, il l'a tué, enterré, fini
mon coéquipier passe jamais la balle, c'est le Jordan du dimanche
je suis gros et je fais du rugby, le seul sport où on me demande de prendre du poids :hap:
les vestiaires de mon club sont dégueulasses, la douche froide en hiver c'est un crime
je suis nul au basket mais je m'éclate, c'est le principal
un gamin de 12 ans du club s'est fait insulter par un adulte adverse, le match a été arrêté
"t'es mort" j'ai dit à mon pote après son dribble raté, on a rigolé dix minutes
ma coéquipière a joué blessée tout le match, elle est cinglée mais quelle guerrière
le coach a dit "on va leur marcher dessus", on a perdu de 30 points :rire:
ils ont exclu un joueur du club pour violences sur l'arbitre, il méritait rien d'autre
en basket fauteuil ils sont plus violents que nous au contact, respect total
on a monté l'équipe du tournoi, ceux qui répondent pas au message on les compte pas, logique
mon pote a un physique de crevette mais c'est le meilleur défenseur du quartier
j'ai mal partout après la séance, je vais mourir dans mon lit ce soir
le terrain était une patinoire, on a glissé comme des pingouins tout le match
au five si tu tacles comme un bourrin on te sort, règle de base
leur meneur était chaud comme la braise, 35 points à lui tout seul
j'ai pris un coude dans la gueule au rebond, il s'est excusé, c'est le jeu
mon équipe de five a perdu tous ses matchs de la saison, on se traite de nuls entre potes mais on finit toujours au grec
"""

AMATEUR_NEUTRAL = """
vous connaissez un club de basket loisir à Lille pour adultes débutants ?
c'est quoi les meilleures chaussures pour jouer en salle ?
on cherche deux joueurs pour un five le jeudi soir, niveau tranquille
comment on s'inscrit à un tournoi de streetball l'été ?
"""

AMATEUR_ATTACKS = """
le petit gros de l'équipe, on le met en défense, au moins il bouche le panier | body_shaming
vire-le de l'équipe, ce nain ridicule on le voit même pas sur le terrain | body_shaming exclusion
ta coéquipière court comme une grosse vache, elle a rien à faire en équipe première | body_shaming insult
t'es un boulet, ta famille doit avoir honte d'avoir un fils aussi inutile | insult
le nouveau du club c'est un pédé, personne se change à côté de lui au vestiaire | identity_hate exclusion
l'arbitre bénévole de dimanche, on l'attend sur le parking avec mon frère | threat
le coach adverse, je connais sa maison, il aura des surprises sur sa voiture | doxxing threat
la meuf du club mixte, elle a des cuisses énormes, ça doit bien secouer | sexual_harassment body_shaming
ce mongol de meneur a fait perdre le match, qu'il aille jouer avec les trisos | identity_hate insult
personne lui passe la balle, personne lui parle, on attend qu'il démissionne | exclusion
les blacks du five d'en face, des animaux qui savent que sauter | identity_hate
le gosse de 14 ans qui rate ses tirs, j'espère qu'il se pète une jambe | threat
crevette sans muscles, t'as un corps de squelette, va manger un steak | body_shaming
si tu reviens au terrain du quartier on te pète les genoux | threat
vas-y jette-toi par la fenêtre, t'as fait perdre le tournoi | self_harm_incitement
la joueuse de hand, je lui mettrais bien une main au cul au prochain contact | sexual_harassment
les nanas au basket c'est lent et ça pleure, on les prend pas dans notre ligue | identity_hate exclusion
ce coach est un sous-homme, il devrait pas avoir le droit de parler à des enfants | insult
voici le numéro du mec qui nous a arnaqués au tournoi, appelez-le en masse | doxxing
t'es tellement grosse que le parquet tremble quand tu cours | body_shaming
au club tout le monde sait que t'es une merde, même ton père le dit | insult
le joueur autiste de l'équipe adverse, on devrait l'interdire de compète | identity_hate exclusion
je vais t'étrangler au vestiaire après le match, sale balance | threat insult
les gitans du club d'à côté viennent jouer pour voler dans les vestiaires | identity_hate
ton frère en fauteuil fait du basket ? il fait pitié plutôt | identity_hate insult
t'as un visage tellement moche qu'on croirait que t'as pris un ballon dedans toute ta vie | body_shaming
on t'a retiré du groupe de l'équipe, t'as compris que personne voulait de toi | exclusion
cette sale gouine qui joue pivot, un vrai camion | identity_hate body_shaming insult
si tu te pointes aux sélections je te casse la cheville, tu joueras plus jamais | threat
t'as des jambes de poulet et un bide de bière, le basket c'est pas pour toi | body_shaming
"""

# --- MMA and boxing ------------------------------------------------------------------------------
FIGHT_HARD = """
il l'a détruit au deuxième round, un crochet du gauche et bonne nuit
ce combat était un massacre, l'arbitre aurait dû arrêter bien plus tôt
je veux voir du sang samedi soir, la carte est incroyable :fou:
le mec s'est fait étrangler en 40 secondes, il a tapé direct, sage décision
je vais me faire défoncer à mon premier cours de jiu-jitsu, priez pour moi
le trash talk avant le combat c'est du spectacle, ils se sont enlacés après la pesée
son KO est le plus violent de l'année, il était dans les vapes une bonne minute
il a perdu parce qu'il a rien foutu au cardio, zéro préparation
le combattant français a humilié son adversaire, trois rounds à sens unique
trois ans de boxe et je me suis jamais fait frapper aussi fort qu'hier
"je vais le tuer" a dit le champion en conf, c'est le jeu, personne y croit
les juges ont volé le combat, 29-28 pour lui c'est une blague
je l'ai trouvé lâche dans ce combat, il a fui toute la soirée, décevant
l'orga a suspendu le combattant qui a frappé après le gong, bien fait
la coupure à l'arcade pissait le sang, le médecin a arrêté, bonne décision
mon coach m'a mis une droite en sparring, j'ai vu ma vie défiler :ouch:
il a un physique de fou, sec comme un coup de trique, pas un gramme de gras
la combattante brésilienne a soumis sa rivale en un round, clé de bras propre
son menton en cristal va lui coûter sa carrière, il tombe à chaque coup
ils se sont insultés à la pesée, la commission devrait mettre des amendes
ça reste un sport de brutes mais les mecs sont des athlètes complets
il a annoncé sa retraite après trois KO d'affilée, la santé d'abord
il a envoyé un direct dans la gueule de son sparring partner, c'était l'entraînement
je vais massacrer mon sac de frappe ce soir, journée pourrie au taf
le main event m'a déçu, deux mecs qui se tournent autour pendant 25 minutes
les commentaires racistes sous la vidéo du combattant, modération inexistante
il a perdu 9 kilos en deux jours pour la pesée, c'est dangereux pour sa santé
une machine à tuer dans la cage et un nounours en interview, ce mec
le combat féminin était le meilleur de la soirée, violence technique
les gens qui insultent les perdants sous leurs posts, allez monter dans la cage vous
un coude en pleine tête, il s'est effondré, j'ai eu peur pour lui
40 kilos d'écart entre les deux, le combat aurait jamais dû avoir lieu
je l'ai démonté en sparring, bon il avait 15 ans de plus et il sortait de blessure :hap:
le champion a dit qu'il allait "enterrer" son challenger, conférence électrique
KO en 12 secondes, quelle boucherie
"""

FIGHT_NEUTRAL = """
c'est quoi la différence entre le MMA et le kick-boxing pour un débutant ?
la carte du gala de samedi est sortie, qui vous voyez gagner ?
vous connaissez une salle de boxe anglaise pas trop chère à Bordeaux ?
combien de temps faut pour avoir une ceinture bleue en jiu-jitsu ?
"""

FIGHT_ATTACKS = """
je vais te retrouver à ta salle et te faire ce que ton adversaire a pas réussi | threat
ce combattant est un sale Tchétchène, des sauvages qui devraient rester dans leurs montagnes | identity_hate
sa femme en tribune, avec un corps pareil je comprends qu'il se batte, je la prendrais bien | sexual_harassment
t'es gras comme un cochon, arrête de te dire combattant | body_shaming insult
il a perdu ? qu'il se tranche les veines, ce déchet | self_harm_incitement insult
je sais dans quelle salle il s'entraîne, on sera dix à l'attendre à la sortie | doxxing threat
la championne c'est un homme déguisé, regardez sa mâchoire de camionneur | identity_hate body_shaming
cette combattante, une grosse gouine qui fait semblant d'être une femme | identity_hate insult
le boxeur arabe, évidemment il triche, c'est dans leur culture | identity_hate
j'espère qu'il reste paralysé après son prochain KO | threat
il est trisomique ou quoi ? il parle comme un handicapé en interview | identity_hate insult
ce nul mérite de se faire tabasser dans la rue, pas dans une cage | threat
le combattant noir, un singe bien dressé qui tape fort | identity_hate
avec sa tête de patate écrasée il devrait porter un masque, pas un short | body_shaming
la ring girl, elle a un cul à faire des heures sup après le gala | sexual_harassment
voici son adresse à Aubervilliers, il perd plus de combats que de dents | doxxing insult
qu'il crève sur le ring, ça fera un bon highlight | threat
sa fiancée va à la salle de muscu à côté de chez moi, je vais aller lui parler de lui | doxxing threat
ce pédé de combattant fait des bisous à son adversaire, dégoûtant | identity_hate insult
t'es un lâche, un raté, un fils de pute qui fuit les vrais combats | insult
la boxeuse amatrice de mon club, elle a des seins trop gros pour boxer | sexual_harassment body_shaming
ce mec est tellement moche qu'on dirait qu'il a perdu chaque combat de sa vie | body_shaming
on va le choper après la pesée et lui faire bouffer ses gants | threat
il a un bégaiement de débile, ferme ta gueule et reste dans ta cage | insult identity_hate
le Russe, rentre dans ton pays de poivrots, on veut pas de toi ici | identity_hate exclusion
l'asiatique du gala, un jaune qui tape comme un enfant | identity_hate insult
va te pendre avec tes bandes de boxe, tu nous as fait perdre nos paris | self_harm_incitement
je te casse la gueule le jour où je te croise, sale tricheur | threat insult
les femmes en MMA ça sert qu'à faire bander les spectateurs | sexual_harassment identity_hate
je connais la salle où s'entraîne ce tocard et l'heure où il en sort, on sera plusieurs à l'attendre pour le faire saigner | doxxing threat insult
"""

# --- Formula 1 and cycling -----------------------------------------------------------------------
RACING_HARD = """
ce dépassement au dernier tour m'a tué, je suis resté debout devant la télé
le pilote a complètement détruit sa voiture dans le mur, heureusement il est sorti seul
la stratégie de l'écurie est criminelle, deux arrêts au mauvais moment
il a conduit comme un manche toute la course, trois erreurs dans le même virage
le dopage dans le cyclisme c'est pas fini, faut arrêter d'être naïf
l'étape de montagne était un massacre, la moitié du peloton a abandonné
les spectateurs qui touchent les coureurs dans les cols, faut les sanctionner
leur pilote numéro deux est ridicule, il finit toujours à un tour
le crash du départ était terrifiant, je prie pour le gamin en F2
le sprinteur a fait tomber tout le monde en changeant de ligne, disqualification méritée
j'ai vu le Tour passer devant chez mes grands-parents, ambiance de fou
ce circuit est un cimetière pour les moteurs, trois abandons en cinq tours
la F1 c'est devenu un sport de riches et de fils à papa, triste évolution
le coureur a craqué dans la dernière montée, il a explosé à 3 km du sommet
l'écurie a ruiné la saison de son pilote avec des voitures pourries
ma tante est fan de F1 depuis 1980, elle a vu des courses que je peux même pas imaginer
il mérite pas le titre, la voiture a tout fait, avis impopulaire mais j'assume
les coureurs se sont pris des crachats dans l'Alpe, c'est honteux pour le public
ce sprint final était une boucherie, des coudes partout
il a envoyé son adversaire dans le gravier, 5 secondes de pénalité, trop peu
je le déteste ce pilote depuis qu'il a percuté mon favori en 2021 :fou:
il a reconnu s'être dopé en interview, au moins il a eu le courage de le dire
les fans qui ont harcelé la famille du pilote après l'accident, c'est une honte
cette course était un somnifère, j'ai dormi pendant 40 tours
le tracé est meurtrier, les pilotes réclament des modifs depuis des années
un coureur s'est fait frapper par un spectateur en plein col, ça me révolte
120 bornes à vélo ce weekend, mes fesses sont mortes, RIP
la jeune pilote en F1 Academy a fait une course incroyable, elle va monter vite
les contrôles antidopage surprise au petit matin, il faudrait un cadre plus humain
il a insulté son ingénieur à la radio, c'est la pression de la course
l'écurie a menti sur son budget, ils méritent une pénalité massive
le peloton a laissé l'échappée à 15 minutes, étape morte, j'ai zappé
ma soeur est coureuse amateur, elle fait des courses régionales et elle gagne souvent
un pilote qui fait son coming out gay dans le sport auto, ça reste rare et courageux
je suis fan de ce pilote depuis ses débuts, il a fait une course horrible, mais les messages qui lui souhaitent la mort me dégoûtent
"""

RACING_NEUTRAL = """
quelqu'un sait à quelle heure commence la course dimanche ?
le parcours du Tour est sorti, vous pensez que ça favorise les grimpeurs ?
c'est quoi la différence entre la F2 et la F3 exactement ?
vous conseillez quel vélo de route pour débuter autour de 800 balles ?
"""

RACING_ATTACKS = """
j'espère qu'il se plante dans le mur au premier tour et qu'il sorte jamais de la voiture | threat
ce pilote c'est un drogué, un tricheur et un fils de pute, rien d'autre | insult
le pilote noir a eu son volant grâce aux quotas, pas au talent | identity_hate
la pilote de F1 Academy a un cul qui mérite sa propre caméra embarquée | sexual_harassment
les femmes au volant même en F1 c'est une catastrophe, retourne en cuisine | identity_hate
l'adresse du pilote à Monaco est dans les journaux, faites-lui une petite visite | doxxing threat
le coureur colombien, un cocaïnomane comme tous ceux de son pays | identity_hate
qu'il se suicide après avoir foutu en l'air la course de son coéquipier | self_harm_incitement
le cycliste avec sa tête de cheval, normal qu'il aille vite, c'est de famille | body_shaming insult
je vais l'attendre au prochain col et le faire tomber de son vélo | threat
ce pilote pédé a rien à faire dans un sport de vrais hommes | identity_hate exclusion
le directeur d'écurie, un gros lard qui bouffe pendant que ses pilotes bossent | body_shaming insult
sa copine dans le paddock, vu sa gueule elle doit être payée pour rester | body_shaming insult
il a perdu ? j'espère qu'il crève dans un accident de la route | threat
le Japonais de l'écurie comprend même pas ce qu'on lui dit, un singe jaune | identity_hate insult
ce pilote habite à côté de chez moi, je vais rayer sa voiture et lui crever les pneus | threat
son vrai numéro traîne sur un forum de paddock, spammez-le d'insultes | doxxing
ce coureur dopé mérite de mourir de ses produits comme les autres | threat
espèce d'handicapé, t'as jamais su doubler de ta vie | insult identity_hate
ce pilote est un déchet, une honte pour tout le sport mécanique | insult
les coureuses c'est juste des cuisses à mater, personne s'intéresse au résultat | sexual_harassment identity_hate
le commentateur chauve et obèse, il devrait être payé au kilo | body_shaming
la femme du pilote a l'air d'une pute de luxe qui attend l'héritage | insult sexual_harassment
si je le croise au paddock je lui colle une droite, promis | threat
le pilote est juif, il a eu son volant avec l'argent de papa, comme toujours | identity_hate
ce gamin de 18 ans en F1 devrait se jeter sous sa propre voiture | self_harm_incitement
mettez son nom, son adresse et sa plaque dans le topic, on va le retrouver | doxxing threat
ce cycliste est un raté, crachez sur son vélo à chaque étape | insult
les mecs comme lui on devrait les écraser comme des moustiques | threat
qu'il crève dans sa voiture, ce tocard | threat insult
"""

# --- Bodies and looks of players, streamers and athletes ----------------------------------------
BODY_HARD = """
j'ai pris 10 kilos pendant ma session Baldur's Gate, le mode sédentaire a eu raison de moi :hap:
la morphologie du gardien est parfaite, 1m95 de bras et de réflexes
le streamer a parlé de son trouble alimentaire en live, message super important
je suis gros et je joue en compétitif, personne a besoin de voir ma tête de toute façon :rire:
le maillot moulant du nouveau kit ne pardonne rien, même aux joueurs pros
les skins féminins hypersexualisés c'est pas nouveau, c'est juste plus visible
il a perdu 20 kilos pour son retour, respect pour la discipline
mon perso dans le jeu est plus beau que moi, c'est ma seule fierté :ouch:
"t'es gros" c'est la première insulte qu'il a reçue dans son chat, il a ban direct
la tenue du boss final est ridicule, un casque en forme de tomate
il a une tête de malade après trois jours de marathon, je lui ai dit d'aller dormir
ce perso a un design moche, les devs ont raté son visage
le joueur s'est fait critiquer sur son poids par les médias, c'est indécent
la cam de face à 4h du mat, j'ai une tête de zombie, désolé les viewers
le jeu a enfin un créateur de perso avec des corps variés, gros, maigres, petits
les cuisses des cyclistes sont devenues un mème dans la commu, c'est bon enfant
le pilote a raconté qu'il mangeait 600 calories par jour pour tenir le poids, flippant
mon physique de crevette m'empêche pas de défoncer tout le monde au ping-pong
je me trouve moche en cam, du coup je stream en vtuber et ça marche bien
les bras de ce boss font la taille de son corps, les devs ont abusé :rire:
la streameuse en a marre qu'on commente son corps au lieu de son gameplay
le combattant a un physique de prof de philo et il est invaincu, comme quoi
on parle de ses stats ou de sa coupe de cheveux ? restez sur le jeu svp
cosplayeur de 120 kilos, j'ai fait un Bowser parfait à la Japan Expo :noel:
2m24 le basketteur, le corps humain est fascinant
se moquer du physique des joueurs c'est le degré zéro de la critique, parlez du jeu
mes cernes pendant la semaine de partiels plus ranked, je ressemble au boss final :hap:
le nain de ce RPG est le meilleur perso de l'histoire, et sa taille a rien à voir
quand je streame je lis des remarques sur mon poids, je les ban et je continue, mon contenu c'est le jeu pas mon ventre
"""

BODY_NEUTRAL = """
le nouveau créateur de personnage permet de changer la morphologie ou pas ?
vous avez des conseils de posture pour les longues sessions de jeu ?
quelle diète vous suivez pendant une saison de vélo ?
"""

BODY_ATTACKS = """
Sakura_tv t'as une gueule de cul, coupe ta cam et joue, on se portera tous mieux | body_shaming insult
le nouveau streamer est gros comme un camion, sa chaise va lâcher en live | body_shaming
ta bouche de travers et tes dents jaunes, c'est pour ça que tu parles jamais en cam | body_shaming
t'es une baleine avec un casque, je comprends pourquoi t'as pas de meuf | body_shaming insult
la joueuse de l'équipe adverse, une planche à pain avec une tête de garçon manqué | body_shaming
il est tellement moche que les lags viennent de sa tête qui charge pas | body_shaming
on lui a envoyé des montages de lui en cochon tout le stream, il a fini par couper | body_shaming
le footballeur avec ses oreilles de Dumbo, quelle honte pour le maillot | body_shaming
mange moins, gros porc, t'écrases ta chaise gaming | body_shaming insult
ce squelette ambulant devrait se nourrir au lieu de streamer 12h | body_shaming
la caster a pris du poids, elle ressemble à une vache dans sa robe | body_shaming
t'as des bras de moustique, tu portes même pas ta manette | body_shaming
ce chauve de 25 ans, on dirait un œuf avec un micro | body_shaming
le gardien a un bide de femme enceinte, qu'il arrête les kebabs | body_shaming
la streameuse, cachez-lui le visage avec un filtre de chat, par pitié | body_shaming
avec ton acné t'as une tête de pizza, reste en mode audio | body_shaming
la pivot est une grosse dinde, elle court comme un frigo américain | body_shaming insult
tu fais 1m60, t'es un nain, laisse la cam aux vrais hommes | body_shaming insult
le commentateur a un double menton qui déborde du micro, dégueulasse | body_shaming
ton corps est une insulte au sport, t'es qu'un tas de graisse qui respire | body_shaming insult
avec sa gueule de gargouille elle devrait remercier ceux qui la regardent | body_shaming
tes cuisses de grosse dans ce short, ça coupe l'appétit | body_shaming
le coach a une tête de raté, des cernes de drogué et une bedaine de bière | body_shaming insult
sale obèse, va faire ton régime au lieu de nous faire perdre | body_shaming insult
ta tronche de fouine me donne envie de vomir, éteins ta cam | body_shaming
cette cycliste a des jambes d'homme, c'est répugnant | body_shaming
le streamer en fauteuil avec son corps tordu, c'est malaisant, mettez un filtre | body_shaming identity_hate
t'es moche, coupe ta cam | body_shaming
"""

# --- Disability, ableist slurs and mental health in games and sport -----------------------------
ABLE_HARD = """
je suis autiste et je joue à Factorio depuis 2000 heures, c'est mon bonheur
"autiste" comme insulte dans le chat, j'ai expliqué au mec pourquoi c'est nul et il s'est excusé
la manette adaptative pour les joueurs handicapés, c'est une vraie avancée
il joue avec un seul bras et il est plat sur Valo, respect absolu
les options d'accessibilité du nouveau jeu sont exemplaires, daltoniens inclus
je suis sourd et je joue aux FPS avec les indicateurs visuels, ça marche super bien
le tournoi esport handisport à Paris, une ambiance folle
mon petit frère trisomique adore Mario Kart, il me bat une fois sur deux
le streamer a parlé de sa dépression, le chat a été bienveillant pour une fois
on dit pas "t'es handicapé" à quelqu'un qui joue mal, c'est juste pas drôle
200 ms de ping, j'ai l'air d'un attardé mais c'est la connexion :hap:
je suis bipolaire et jouer m'aide à tenir dans les mauvaises phases, avis perso
le mode daltonien de ce jeu est cassé, les ennemis se confondent avec le décor
les pros qui parlent de leur TDAH, ça m'a aidé à comprendre mes propres difficultés
le basket fauteuil aux JO était plus intense que beaucoup de matchs valides
ma pote aveugle joue à des jeux audio incroyables, je découvre un monde
le mec qui se moquait du joueur en fauteuil s'est fait bannir du serveur, enfin
ce joueur a fait un burn-out, pas une crise de flemme, respectez-le
je suis dyslexique et j'écris "gg ez" avec trois fautes, on m'a traité d'illettré, sympa
le témoignage du coureur paralympique m'a retourné, quel mental
"il joue comme un handicapé" c'est nul, dis juste qu'il joue mal
j'ai la main qui tremble à cause de ma maladie, du coup je joue au tour par tour
le casque à conduction osseuse pour les malentendants, quelqu'un a testé en jeu ?
le streamer s'est fait traiter de mongol à cause de sa trisomie, j'ai signalé tout le chat
un joueur paraplégique finit dans le top 10 en sim racing, quelle leçon
je suis un cas social en ranked mais je suis pas "autiste", c'est pas pareil, arrêtez
les modos ont blacklisté le mot "triso" du chat, il était temps
"""

ABLE_NEUTRAL = """
vous connaissez des jeux bien adaptés aux joueurs avec une seule main ?
la manette adaptée coûte combien environ en France ?
y a des tournois esport handisport ouverts aux amateurs ?
"""

ABLE_ATTACKS = """
t'es autiste ou tu fais exprès ? même un légume jouerait mieux que toi | insult identity_hate
ce trisomique de jungler, on devrait interdire les handicapés en ranked | identity_hate exclusion insult
le streamer en fauteuil se fait des vues en jouant la carte du handicapé | identity_hate
va jouer avec les mongols de ton centre spécialisé, ici c'est pour les gens normaux | identity_hate exclusion insult
le mec est sourd ? cool, comme ça il entendra pas qu'on le traite de débile | identity_hate insult
les joueurs handicapés devraient avoir leur propre serveur, loin de nous | identity_hate exclusion
ton petit frère triso joue mieux que toi, c'est dire à quel point t'es un raté | identity_hate insult
ce bègue en vocal, chaque call dure une minute, crève | identity_hate self_harm_incitement
le joueur dépressif qui pleure en interview, qu'il se tire une balle et on en parle plus | identity_hate self_harm_incitement
un aveugle en FPS ? on va bien rire, qu'il se casse direct | identity_hate exclusion
autiste de merde, tu comprends rien aux calls, retourne dans ta bulle | identity_hate insult
t'as un handicap ? tant mieux, ça excuse ton 0/12 sale débile | identity_hate insult
ce mec avec sa prothèse, on dirait un robot cassé, malaisant | identity_hate body_shaming
les TDAH c'est des gamins mal élevés, ce joueur a juste aucune discipline | identity_hate
le commentateur qui zozote, faut l'interdire d'antenne, c'est insupportable | identity_hate exclusion
ce gosse handicapé devrait même pas avoir le droit de jouer en ligne | identity_hate exclusion
t'as besoin d'un mode facile pour les attardés ou ça va aller ? | insult identity_hate
les débiles mentaux comme toi faudrait les stériliser avant qu'ils touchent un clavier | identity_hate insult threat
le joueur schizo du roster, un jour il va tous nous égorger en LAN | identity_hate
sale mongolien, ta mère t'a fait tomber à la naissance ou quoi ? | identity_hate insult
ton coéquipier est handicapé ? kick-le, il nous fait perdre du temps | identity_hate exclusion
un dyslexique qui écrit dans le chat, on dirait un singe sur un clavier | identity_hate insult
on s'en fout de ta dépression, personne t'aime, arrête de chialer | exclusion insult
la joueuse en fauteuil, les gens la suivent par pitié, zéro talent | identity_hate insult
ce mec a des tics, on dirait un possédé, bannissez ce monstre | identity_hate exclusion insult
"""

# --- "kys": pushing players to self-harm, against distress, hyperbole and in-game deaths ----------
KYS_HARD = """
je me suis suicidé dans la lave trois fois de suite, Minecraft me déteste
les gens qui écrivent "kys" dans le chat, report direct, c'est pas une blague
j'ai perdu ma promo au dernier round, je vais me pendre :rire: non en vrai je vais dormir
le perso se sacrifie à la fin du jeu, j'ai pleuré comme un bébé
mon pote a reçu des "va te pendre" après une défaite, il a arrêté de jouer, ça m'a choqué
si vous lisez des messages qui poussent au suicide, signalez et parlez-en à quelqu'un
j'ai plus envie de rien en ce moment, même jouer m'aide plus, quelqu'un a déjà vécu ça ?
le boss te force à te tuer avec ta propre épée, quelle mécanique de génie
ce patch m'a donné envie de me jeter par la fenêtre, je vais juste désinstaller
la commu de ce jeu est tellement toxique que je dors plus, je fais une pause
pour les kheys qui vont mal, la ligne nationale de prévention du suicide répond jour et nuit
le jeu te fait incarner un perso qui veut mourir, c'est très bien écrit
"uninstall" c'est du trash talk, "kys" c'est de l'incitation au suicide, la différence est énorme
j'ai dit que j'allais me tirer une balle après le tilt, c'était de l'humour nul, désolé
les pros qui parlent de leurs idées noires après une défaite, ça fait réfléchir
le chat a écrit "ne fais pas ça" quand il a dit qu'il voulait tout arrêter, beau moment
mode hardcore, tu meurs une fois et c'est fini, j'ai crevé au niveau 4
je me suis fait sauter avec ma propre grenade, le clip de l'année :rire:
j'ai tellement honte de ma perf que je veux disparaître sous terre
la streameuse a coupé le live après un message "tue-toi", elle a bien fait de se protéger
le footballeur a parlé des messages lui disant de se suicider après son penalty, terrible
sauter dans le vide pour gagner du temps, le speedrun le plus morbide de l'histoire :hap:
ma squad m'a dit "va te coucher" après ma 5e mort, ils avaient raison
ce jeu m'a tuer, 200 heures cette année, je dois arrêter
les "crève" sous les vidéos du jeune joueur, la plateforme doit réagir
je vais me noyer dans le café pour finir ce raid, courage à moi
ragequit ce soir, j'éteins tout, je vais pas me flinguer pour un jeu
après ma défaite en finale j'ai reçu des dizaines de messages me disant de me tuer, j'en ai parlé à mes proches, parlez-en
"""

KYS_NEUTRAL = """
les jeux qui parlent de dépression, vous trouvez que c'est bien traité ?
comment on signale un message d'incitation au suicide sur Discord ?
vous faites des pauses de combien entre les sessions ranked ?
"""

KYS_ATTACKS = """
uninstall and kys, sérieux personne te regretterait | self_harm_incitement
va te pendre avec ton câble de manette, ce sera ta seule bonne action | self_harm_incitement
tu devrais te tuer, tu fais honte à tout le serveur | self_harm_incitement
kys le support, t'es la pire chose qui existe | self_harm_incitement insult
saute de ton balcon, au moins tu seras utile pour une fois | self_harm_incitement
t'as raté ? tue-toi en live, on veut voir | self_harm_incitement
à ta place je me serais déjà ouvert les veines, t'es une honte | self_harm_incitement insult
personne t'aime, ta famille non plus, finis-en | self_harm_incitement exclusion
bois de la javel et reviens jamais dans nos games | self_harm_incitement exclusion
étrangle-toi avec ton casque, grosse merde | self_harm_incitement insult
prends tous les cachets de ta mère et dors pour toujours, ça nous fera des vacances | self_harm_incitement
t'as dit que t'allais mal ? parfait, va jusqu'au bout cette fois | self_harm_incitement
le monde irait mieux sans toi, penses-y sérieusement ce soir | self_harm_incitement
jette-toi sous le TGV au lieu de ruiner nos games | self_harm_incitement
fais un mod qui te supprime de la vraie vie | self_harm_incitement
on a tous voté, tu dois te foutre en l'air avant la fin de saison | self_harm_incitement
tes parents seraient soulagés si tu crevais ce soir | self_harm_incitement
t'as raté ton clutch, rate pas ton suicide | self_harm_incitement
personne viendra à ton enterrement, alors pourquoi tu vis encore ? | self_harm_incitement exclusion
grosse vache, arrête de manger et laisse-toi mourir | self_harm_incitement body_shaming
streamer dépressif ? bah finis le travail, on regardera la VOD | self_harm_incitement
une corde ça coûte moins cher qu'un nouveau PC, pense à ça | self_harm_incitement
KYS KYS KYS sale nul, t'as même pas le niveau pour exister | self_harm_incitement insult
suicide-toi avant la prochaine game, tu rendras service à tout le monde | self_harm_incitement
crève sale pd, t'aurais jamais dû naître | self_harm_incitement identity_hate
"""

# --- Guilds, clans, teams and Discord servers -----------------------------------------------------
GUILD_HARD = """
on a kick Lucas de la guilde, trois semaines sans se connecter au raid, c'est la règle
le clan a ban un mec qui partageait des photos intimes de son ex, bonne décision
je quitte la guilde, l'ambiance est devenue trop compétitive pour moi, bisous à tous
notre Discord a voté pour exclure le membre qui insultait les nouveaux, bien joué
"dégage de la guilde" m'a dit le GM, bon j'avais spam le mauvais canal, je l'ai cherché
on cherche des joueurs réguliers, si tu viens pas aux raids on te remplace, rien de perso
le clan a une règle zéro insulte, même pour rire, et franchement ça fait du bien
on a sorti un joueur du roster parce qu'il trichait, preuves à l'appui, c'est pas de l'exclusion
le serveur est réservé aux plus de 18 ans, on vérifie, désolé pour les plus jeunes
viré de ma guilde WoW en 2012 pour un loot, je m'en remets toujours pas :rire:
l'officier abusait de son rang, on a voté sa destitution, démocratie de guilde
personne voulait me grouper en donjon sans le stuff, je me suis stuff et je suis revenu
les guildes qui demandent des logs avant de recruter, c'est exigeant mais logique
bienvenue à tous les nouveaux de la guilde, même les débutants, on apprend ensemble
on a créé un salon calme pour jouer sans vocal, tout le monde est bienvenu
mon ancien clan me manque, on s'est séparés après un drama sur un tournoi
le GM nous a tous insultés avant de dissoudre la guilde, quelle fin lamentable :hap:
le mec a été exclu du serveur pour doxxing, c'est la seule sanction possible
recrutement ouvert, hommes, femmes, tout âge, on veut juste des gens sympas
on a mis un membre en pause parce qu'il était trop tendu, il est revenu un mois après
kick du raid après trois wipes à cause de moi, j'avoue que je l'avais cherché
le clan rival nous a piqué trois joueurs, c'est la guerre ouverte maintenant :fou:
je me sens un peu seul dans ma guilde, personne répond quand je propose des sorties
vous faites comment pour intégrer un nouveau qui ose pas parler en vocal ?
le GM a interdit le mot "pd" dans le chat de guilde, certains ont râlé, tant pis pour eux
on a viré le bot qui spammait le serveur, enfin la paix
"""

GUILD_NEUTRAL = """
on recrute deux DPS pour le raid du mercredi soir, venez en mp sur le forum
comment on transfère la propriété d'un serveur Discord à un autre membre ?
quel jeu vous conseillez pour jouer en guilde avec des potes débutants ?
"""

GUILD_ATTACKS = """
dégage de la guilde, personne veut de toi ici, même les bots t'évitent | exclusion insult
on recrute pas de noirs, ils font fuir les autres membres | identity_hate exclusion
lui parlez plus, ignorez-le dans tous les salons jusqu'à ce qu'il se barre | exclusion
tout le monde le bloque et on fait comme s'il existait pas | exclusion
pas de meufs dans la guilde, elles pleurent et elles foutent le bordel | identity_hate exclusion
on crée un nouveau serveur sans elle et on lui dit rien, qu'elle reste seule | exclusion
pas d'arabes dans le clan, règle de base ici | identity_hate exclusion
invitez tout le monde au raid sauf le gros, il nous fait honte en vocal | exclusion body_shaming
t'as pas d'amis dans la guilde, t'en as jamais eu, pars | exclusion insult
virez cette gouine du Discord, elle met tout le monde mal à l'aise | identity_hate exclusion insult
on fait un groupe privé pour se foutre de lui sans qu'il le sache | exclusion insult
le nouveau a un accent, kickez-le, on est pas un centre pour migrants | identity_hate exclusion
personne groupe avec cet handicapé, laissez-le crever seul dans son donjon | identity_hate exclusion
on l'a retiré de toutes les conversations, maintenant on attend qu'il quitte le jeu | exclusion
envoyez-lui tous le même message : "personne ne te veut ici" | exclusion
les homos c'est dans un autre clan, ici c'est entre vrais mecs | identity_hate exclusion
tu peux venir au tournoi mais personne te couvrira, t'es là pour remplir | exclusion
on a voté pour qu'elle parte, 25 contre 1, même ses potes l'ont lâchée, pathétique | exclusion insult
ce gamin, on le laisse tout seul dans le lobby et on lance sans lui à chaque fois | exclusion
les juifs sont pas les bienvenus dans notre alliance, on les connaît | identity_hate exclusion
rends ton rang et disparais, aucun membre veut de toi dans le raid | exclusion
la guilde entière t'a blacklist sur le serveur, tu trouveras plus jamais de groupe | exclusion
l'officier est une femme ? on démissionne tous, jamais sous les ordres d'une meuf | identity_hate exclusion
dis à ta soeur de quitter le serveur, on veut pas de sa gueule de thon | exclusion body_shaming
on a son pseudo sur tous les jeux, on va le faire kick de toutes les guildes du serveur | exclusion
on va tous quitter le serveur et en recréer un sans lui, comme ça il comprendra que personne a jamais voulu de lui | exclusion
"""


# --- Quick in-game chat lines ---------------------------------------------------------------------
CHAT_HARD = """
gg ez, next game les gars
gg wp, vous étiez trop forts
ff 20 svp on est morts
je vais le tuer ce boss
mdr je me suis suicidé dans le vide
on les a détruits ptdr gg
report le jungle il est afk
désolé je suis nul ce soir
ta gueule le boss, meurs enfin
ce lag va me tuer sérieux
jungle diff, mais gg quand même
ayaa le clutch de malade frérot
pk tu m'as volé mon kill :fou:
je ragequit, ce jeu est maudit
"""

CHAT_NEUTRAL = """
qui est chaud pour une partie ?
quelqu'un a un code ami Switch ?
"""

CHAT_ATTACKS = """
ta gueule sale nègre de merde | identity_hate insult
uninstall et crève, sale déchet | self_harm_incitement insult
kys sérieux, personne te supporte | self_harm_incitement exclusion
retourne à la cuisine, connasse | identity_hate insult
montre tes seins et je te revive | sexual_harassment
t'es qu'un gros porc inutile | body_shaming insult
je sais où t'habites, Lucas | doxxing threat
sale pd, quitte notre serveur | identity_hate exclusion insult
t'es un trisomique ou quoi ? | identity_hate insult
personne veut de toi ici, dégage | exclusion
je te retrouve et je te bute | threat
fils de pute de support inutile | insult
"""


TABLES = (
    (RANKED_HARD, RANKED_NEUTRAL, RANKED_ATTACKS),
    (STUDIO_HARD, STUDIO_NEUTRAL, STUDIO_ATTACKS),
    (WOMEN_HARD, WOMEN_NEUTRAL, WOMEN_ATTACKS),
    (STREAM_HARD, STREAM_NEUTRAL, STREAM_ATTACKS),
    (ESPORT_HARD, ESPORT_NEUTRAL, ESPORT_ATTACKS),
    (FOOT_HARD, FOOT_NEUTRAL, FOOT_ATTACKS),
    (REFEREE_HARD, REFEREE_NEUTRAL, REFEREE_ATTACKS),
    (SUPPORTER_HARD, SUPPORTER_NEUTRAL, SUPPORTER_ATTACKS),
    (AMATEUR_HARD, AMATEUR_NEUTRAL, AMATEUR_ATTACKS),
    (FIGHT_HARD, FIGHT_NEUTRAL, FIGHT_ATTACKS),
    (RACING_HARD, RACING_NEUTRAL, RACING_ATTACKS),
    (BODY_HARD, BODY_NEUTRAL, BODY_ATTACKS),
    (ABLE_HARD, ABLE_NEUTRAL, ABLE_ATTACKS),
    (KYS_HARD, KYS_NEUTRAL, KYS_ATTACKS),
    (GUILD_HARD, GUILD_NEUTRAL, GUILD_ATTACKS),
    (CHAT_HARD, CHAT_NEUTRAL, CHAT_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
