"""Generate fr_short_politics.csv: short French forum posts on politics, news and public life.

Deterministic, standard library only, no randomness: re-running rewrites the CSV byte for byte
(as long as the other authored CSVs do not change). Every table below holds one hand-written line
per row: harmless lines as "text", attacks as "text | label1 label2". Harmless lines are the
majority: civil and heated opinions of every side, anger at a government, sarcasm about parties
and programmes, harsh criticism of a public figure's work, violent news told neutrally, policy
positions on immigration, laicite, pensions or the police, questions, jokes that attack no one,
counter-speech and insults quoted to condemn them. Attacks insult or dehumanise posters and
voters for their opinions, insult public figures as persons (slurs, sexual or body mockery), call
for or glorify violence against politicians, police, protesters, journalists or a camp, threaten
posters, wrap hate against protected groups in politics, dox local officials or posters, harass
women politicians and journalists sexually, or bar people from the forum. Public figures are
offices ("le ministre", "la maire") or invented names; no real person is named in an attack.
Every line is 5 to 25 words. No extra variants.
See fr_short_politics.md for why and how it was labelled.
"""

from __future__ import annotations

from pathlib import Path

import tables

OUT = Path(__file__).with_name("fr_short_politics.csv")
REGISTER = "forum_short"


# Each topic: (hard negatives, neutral lines, attacks). Hard negatives use the parties, offices,
# anger, swearing or violent news the attacks use, and attack nobody; neutral lines are ordinary
# posts on the topic.

# --- Elections, parties and voters ----------------------------------------------------------------
ELECTION_HARD = """
programme RN sur les retraites = du flan, trois changements d'avis en un an
LFI qui veut bloquer les prix, j'y crois moyen mais au moins ils proposent un truc concret
Renaissance c'est un parti de cadres sup qui se parlent entre eux :hap:
ayaa les écolos, raison sur le climat mais une com catastrophique
voter blanc c'est pas voter pour rien, arretez de culpabiliser les gens
ma daronne vote RN depuis 20 ans, on en parle calmement au repas et ça se passe bien
j'ai voté LFI au premier tour et je regrette pas, leur programme sur le smic me parle
LR ils existent encore ? serieux je pensais que le parti avait fermé boutique :rire:
PS = zombie de la politique francaise, mort mais il marche encore
extreme gauche, extreme droite, je me méfie des deux, trop de promesses impossibles
"tous pourris" c'est facile a dire mais ça fait monter l'abstention, allez voter
sondages ? ils se plantent a chaque fois, je les regarde meme plus
ce débat d'entre deux tours était nul a chier, personne a répondu aux questions
on dirait que la gauche se suicide politiquement avec ses guerres internes
RN normalisé ? moi je vois surtout un parti qui a changé de costume, pas d'idées
vote utile, vote utile... j'ai l'impression de choisir le moins pire a chaque fois
les jeunes votent pas et apres ils pleurent que personne parle d'eux, faut se bouger kheys, c'est pas compliqué, une heure un dimanche matin
je suis de droite et je trouve que LR a trahi ses électeurs en se couchant devant Renaissance
taxer les SUV comme veulent les écolos ? perso je suis pour, ces engins polluent de ouf
ayaa le tract LFI dans ma boite aux lettres, trois fautes dans le titre :rire:
vous etes pour ou contre la proportionnelle aux législatives les kheys ?
un parti qui fait 30 % et qui a zero ministre, c'est normal en démocratie ? vraie question
barrage républicain, ça marche plus, les gens en ont marre qu'on leur dicte leur vote
respect quand meme aux militants qui collent des affiches a 2h du mat, c'est du boulot
je comprends pas les gens qui votent RN pour le pouvoir d'achat, leur chiffrage tient pas
je comprends pas non plus ceux qui croient que LFI va financer tout ça sans exploser la dette
l'op qui dit que voter sert a rien, dans ma circo ça s'est joué a 200 voix
ce candidat a passé sa campagne a insulter ses adversaires au lieu de parler de son programme
c'est une honte ce programme, zero mesure pour les étudiants, rien sur les loyers
dissolution = coup de poker raté, point barre
"sale gaucho", "sale facho", vous vous battez pour des partis qui vous calculent meme pas
mon pote est encarté chez les jeunes LR, on s'engueule a chaque soirée mais on reste potes
une claque le score des écolos aux européennes, faut qu'ils se remettent en question
je vote a droite et je supporte pas qu'on me traite de raciste pour ça
je vote a gauche et j'en ai marre qu'on me traite de bobo déconnecté a chaque débat
mon bled est passé RN et les poubelles sont ramassées pareil, rien n'a changé :hap:
je déteste ce parti, leur projet me fait peur, mais leurs électeurs restent mes voisins
premiers résultats a 20h, qui va pleurer ce soir ? :noel:
les extremes des deux bords me font flipper, je vote au centre et j'assume d'etre chiant
ce parti est une secte, ils répetent tous les memes éléments de langage, ça me glace
j'ai la rage contre ce résultat, cinq ans a subir ça, je vais faire un footing pour me calmer
campagne la plus nulle de ma vie, personne parle de logement ni de santé mentale
allez voter dimanche les kheys, bordel
je vote blanc cette fois, assumé
"""

ELECTION_NEUTRAL = """
le bureau de vote ouvre a quelle heure dimanche ? premiere fois que je vote
on peut faire une procuration en ligne maintenant ou faut passer au commissariat ?
c'est quoi la différence entre les législatives et les européennes deja ? je suis perdu
mon inscription sur les listes électorales a pas été prise, je fais quoi
quelqu'un a le taux de participation de 17h ?
résultats du premier tour dispo ou ?
"""

ELECTION_ATTACKS = """
moi je dis qu'un électeur RN c'est un sous-homme consanguin, on devrait lui retirer le droit de vote | insult
sale gauchiasse va, retourne pleurer sur ton tote bag | insult
tous les électeurs LFI sont des parasites qui vivent des allocs, des déchets | insult
t'as voté Renaissance ? t'es une merde sans cervelle, point | insult
yourte + écolos dedans + une allumette, voila ma politique climatique | threat
on a bien défoncé le militant qui collait des affiches hier, il recommencera pas :rire: | threat
voter a gauche c'est un signe d'attardé mental, ça se soigne pas | insult
ferme ta gueule le facho, personne veut lire ta merde | insult
ces vieux qui votent LR, qu'on les laisse crever dans leur ehpad | insult threat
le prochain qui tracte pour le RN devant la fac, on lui casse les dents | threat
vous les gauchistes du forum, des cafards, on va vous écraser un par un | insult threat
les bobos écolos c'est une sous-race de parasites urbains | insult
si t'as voté pour eux t'es complice, j'espere que tu vas crever la bouche ouverte | threat
ayaa l'électeur RN type : beauf édenté qui pue la bière, un rebut de la société | insult body_shaming
t'es qu'un petit macroniste de merde, va lécher les bottes de ton patron | insult
fusillez moi tous ces militants LFI, comme au bon vieux temps | threat
ayaa le golem qui vote PS, t'es aussi inutile que ton parti, déchet | insult
les islamo-gauchistes dehors, ces traitres ont rien a faire en France | insult exclusion
vivement qu'on gagne pour faire le ménage, les gauchistes en camp et on jette la clé | threat
abstentionnistes = larves, qu'ils crevent en silence | insult threat
tu votes RN donc t'es un sous-homme, je parle pas aux déchets comme toi | insult
un bon gaucho c'est un gaucho six pieds sous terre | threat
ayaa la candidate au débat hier, je lui ferais bien un entre deux tours dans mon lit :noel: | sexual_harassment
bande de fachos dégénérés, vous méritez une balle chacun | insult threat
je vais relever les noms des votants RN de ma résidence et les afficher dans le hall | doxxing
t'es de gauche ? alors tu vas fermer ta gueule et obéir, sous-merde | insult
les électrices écolos c'est des grosses vaches vegan qui se lavent pas | insult body_shaming
le jour ou la gauche passe, on sort les fusils et on vide leurs QG | threat
wsh ceux qui votent Renaissance faudrait les stériliser, qu'ils se reproduisent pas | insult threat
pauvre tache, tu votes comme ta mere te dit, retourne sucer ton pouce | insult
tu votes pour eux ? va te pendre, sérieux, rends service au pays | self_harm_incitement
je sais ou il habite le candidat LR de ma ville, derriere l'église, on passe le voir ce soir ? | doxxing threat
les électeurs du centre c'est des moutons décérébrés, bons a tondre et a abattre | insult threat
ta candidate elle a une gueule de travelo, pas étonnant que vous perdiez | insult identity_hate body_shaming
on attend les militants écolos du campus au local, avec des barres de fer | threat
vous les électeurs LFI vous etes la honte de l'humanité, des chiens galeux | insult
vous les électeurs de gauche vous etes des parasites, des assistés, des sous-merdes qui vivent sur notre dos, le jour ou on gagne vous dégagez | insult exclusion
"""

# --- The president, the government, ministers ----------------------------------------------------
GOVERNMENT_HARD = """
deux heures de discours présidentiel pour rien dire, je me suis endormi devant
putain encore un 49.3, a quoi ça sert d'avoir une assemblée
ce gouvernement est incompétent du début a la fin, aucune vision, aucun cap
Macron a cassé l'hopital public, ses choix budgétaires sont désastreux
démission du premier ministre, c'est la seule issue apres un fiasco pareil
l'allocution de ce soir c'était du vent, on a rien appris de nouveau
les ministres changent tous les six mois, personne peut bosser sérieusement comme ça
sa réforme est une honte et il le sait, sinon il l'aurait pas passée en force
il vit dans sa bulle le président, aucune idée de ce que coute un plein
"jupiter" ayaa, le surnom a bien vieilli :rire:
il a été élu deux fois, faut croire que les français l'aiment bien quand meme
je suis pas fan du président mais l'appeler dictateur c'est n'importe quoi, on vote encore
remaniement = chaises musicales, memes têtes
cinquieme ministre de l'éducation en trois ans, les profs doivent halluciner
trois mois a Matignon pour ce premier ministre, record battu ou pas ? :hap:
jamais vu un gouvernement aussi méprisant envers les gens qui bossent
destitution du président, vous pensez que ça a une chance de passer ? vraie question
conférence de presse a l'Élysée = théatre, questions préparées et tout
je le déteste politiquement mais faut reconnaitre qu'il parle bien anglais
si le prix de l'électricité explose c'est la faute du gouvernement, ils ont tout dérégulé
ils nous prennent pour des cons avec leurs chiffres du chomage arrangés
il fait ses courses ou le ministre de l'économie qui dit que tout va bien ?
démission ! démission ! c'est tout ce que j'ai envie de crier devant ma télé
le président a flingué la confiance dans les institutions, ça va mettre des années a réparer
une bande de technocrates déconnectés, aucun n'a jamais vécu avec un smic, voila ce gouvernement
des ministres qui font des vidéos tiktok, c'est gênant mais bon, faut toucher les jeunes
mdr la dissolution m'a tué, j'ai ri une heure devant la tête des députés
faut le virer aux prochaines élections, par le vote, c'est comme ça qu'on fait en démocratie
l'op qui parle de guillotine "pour rire", calme toi, on est pas en 1793
le président se prend pour un roi, ça me rend fou, mais on le sortira dans les urnes
zéro tenue sur les promesses de campagne pour l'école, c'est du foutage de gueule
budget de cette année = de la merde, ils coupent partout sauf chez eux
je soutiens le gouvernement sur le nucléaire, pour une fois qu'ils prennent une bonne décision
désolé les kheys mais sur l'Europe le président a raison, faut le dire
si le ministre a vraiment menti devant la commission, il doit partir
des ministres mis en examen qui restent en poste, c'est un scandale démocratique
trois semaines pour nommer un gouvernement, la France en pause, génial
c'est pas le président que je déteste, c'est sa politique, et j'ai le droit de le dire
Macron démissionne pas, il ira au bout, comme tous les présidents, faut s'y faire
la ministre de la santé a raté la gestion des urgences cet été, son bilan est catastrophique
ce gouvernement me dégoute, ils ont menti sur les chiffres de la dette pendant des mois
répondre a coté a chaque question, a ce niveau c'est un art chez la porte parole
ce gouvernement est nul, point
ce ministre est incompétent, démission
"""

GOVERNMENT_NEUTRAL = """
l'allocution du président c'est a quelle heure ce soir ?
quelqu'un a compris ce qui change concretement avec le nouveau gouvernement ?
c'est quoi exactement le 49.3, quelqu'un peut m'expliquer simplement ?
combien de ministres dans le nouveau gouvernement ? j'en compte genre trente
le conseil des ministres a validé le texte ce matin, débat a l'assemblée la semaine pro
"""

GOVERNMENT_ATTACKS = """
fils de pute de président, j'espere qu'il crevera dans d'atroces souffrances | insult threat
faut pendre le premier ministre place de la concorde, c'est la seule solution | threat
vous avez vu ce gros porc graisseux de ministre de l'économie, avec sa gueule de lard ? | insult body_shaming
le président c'est une tapette qui se fait marcher dessus, une vraie lopette | insult identity_hate
qu'on le guillotine ce chien, et toute sa clique de ministres avec | insult threat
la porte parole du gouvernement elle a sucé qui pour avoir son poste ? :noel: | insult sexual_harassment
sale face de fouine, le premier ministre, un vrai rat mouillé | insult body_shaming
un jour quelqu'un va mettre une balle dans la tête du président, et ce sera mérité | threat
la ministre de la santé, grosse vache, qu'elle fasse un régime avant de nous parler santé | insult body_shaming
tout le monde le sait que le président est un pédophile, sale ordure | insult
ministres = vermine, faut dératiser l'Élysée au lance flammes | insult threat
cette ministre je la baiserais bien pour lui apprendre la vie | sexual_harassment
nabot ridicule avec ses talonnettes, voila notre président, un clown de foire | insult body_shaming
si je croise un ministre dans la rue je lui éclate la gueule, sans hésiter | threat
le premier ministre c'est un juif qui bosse pour les banques, on sait qui dirige vraiment | identity_hate
la secrétaire d'État, une beurette placée la pour les quotas, rien dans le crâne | identity_hate insult
tous des enculés au gouvernement, je leur souhaite un cancer chacun | insult threat
faudrait bruler la maison du ministre de l'intérieur avec ses gosses dedans | threat
ce président est un mongol, un attardé qui sait meme pas compter | insult
le président finira au tribunal ou au bout d'une corde, je prefere la corde | threat
meme sa mere doit avoir honte de la tronche de cheval de cette ministre | insult body_shaming
on a l'adresse perso du nouveau ministre a Neuilly, on va lui rendre visite samedi | doxxing threat
tous ces ministres sont des chiens enragés, qu'on les pique | insult threat
le porte parole c'est un gros pd refoulé, ça s'entend a sa voix | insult identity_hate
nique le président et nique sa mère, bande de bâtards au gouvernement | insult
le président mérite de finir comme Louis XVI, ses ministres aussi, dans le panier | threat
elle le fait exprès de venir en jupe a l'assemblée, la premiere ministre, pour qu'on la mate :noel: | sexual_harassment
ferme ta gueule sale macroniste, t'es aussi débile que ton président | insult
un drone sur l'Élysée pendant le conseil des ministres, bon débarras | threat
la ministre de la culture, une salope qui a couché pour chaque poste, c'est évident | insult sexual_harassment
nez rouge et bide de buveur, le ministre du logement a une vraie gueule d'alcoolique | insult body_shaming
qu'on lynche le premier ministre en direct au 20h, je paye ma redevance pour ça | threat
sale pute de ministre, dégage | insult
"""

# --- Mayors, deputies and local officials -------------------------------------------------------
LOCAL_HARD = """
scandaleux, le maire de ma ville a fermé la piscine municipale
notre député Girardot a voté contre la loi sur les loyers, je vais lui écrire pour comprendre
la maire a refait la place du marché, c'est moche mais au moins c'est accessible en fauteuil
la permanence du député est a coté de la boulangerie, j'y suis allé pour mon dossier logement
allez au conseil municipal les kheys, c'est public et c'est édifiant de voir comment ça se passe
le maire de mon village est un incompétent total, trois ans pour réparer un pont
madame la maire a supprimé les subventions du club de foot, on lance une pétition
80 % d'absence aux votes pour le député Fabre, c'est public, regardez les chiffres
ce maire a bétonné tout le quartier, il mérite de perdre aux municipales
+15 % de taxe fonciere votée par la mairie, mes parents sont verts
on a manifesté devant la mairie contre la fermeture de l'école, dans le calme
le maire a reçu des menaces de mort apres son arrêté, c'est grave, soutien a lui
"je sais ou il habite" c'est pas un argument, si le maire vous plait pas votez contre
l'adjoint a la culture a annulé le festival, j'ai la haine, c'était le seul truc cool de la ville
tout le monde sait que le maire a favorisé son beau frere pour le marché public, faut saisir la justice
mon oncle est conseiller municipal d'opposition, il se fait ignorer a chaque séance ayaa
chapeau au député de ma circo qui répond a ses mails, j'avais aucun espoir
la maire qui fait des vidéos en trottinette pour montrer les pistes cyclables, gênant mais sympa :hap:
scandale local : le nouveau maire RN a renommé la médiathèque
ma ville a élu un maire de 29 ans, ça fait du bien de voir des jeunes
ce député c'est un touriste, on le voit qu'en campagne, le reste du temps walou
mis en examen pour détournement, notre maire, présomption d'innocence mais bon
on a interpellé la députée au marché, elle a pris le temps de répondre, respect
les élus locaux démissionnent en masse a cause des insultes, faut que ça s'arrête
des caméras partout posées par le maire, moi j'appelle ça du flicage
notre maire écolo a piétonnisé le centre, les commerçants sont furax
balancer l'adresse d'un élu sur internet c'est illégal et dangereux, on débat pas comme ça
budget participatif lancé a la mairie, j'ai proposé un skatepark, croisez les doigts
le député Moreau s'est fait virer de son parti, bien fait pour lui politiquement
on veut la démission du maire apres l'inondation, il avait été prévenu deux fois
honnêtement le maire fait du bon taf sur les transports, je l'aurais pas cru
elle gère grave, la conseillère municipale qui répond aux jeunes sur insta
la députée a été agressée sur un marché hier, j'espere qu'elle va bien, honteux
je vais aller a la réunion de quartier gueuler contre le projet de parking
le maire Lebrun c'est le pire gestionnaire que la ville ait connu, la dette a doublé
cette députée a retourné sa veste trois fois, aucune parole, aucune colonne vertébrale
l'élu qui s'est fait tabasser devant chez lui, j'espere qu'on retrouvera les auteurs
le maire de Saint-Machin a dit que les jeunes étaient des nuisibles, il devrait s'excuser
"""

LOCAL_NEUTRAL = """
c'est quand les prochaines municipales deja ? 2026 ?
comment on fait pour assister au conseil municipal, faut s'inscrire ?
la mairie fait des permanences pour les papiers le samedi matin ?
mon député c'est qui, y a un site pour trouver par commune ?
les comptes rendus du conseil municipal sont affichés a l'entrée de la mairie
"""

LOCAL_ATTACKS = """
le maire Lebrun habite au bout de l'impasse des tilleuls, maison blanche avec le portail vert, allez lui dire bonjour de notre part ce soir | doxxing threat
le député Girardot roule en golf grise, plaque en GK, il se gare tous les soirs derriere la gare | doxxing
ses gosses a la maire sont au collège Jean Moulin, on pourrait les attendre a la sortie | doxxing threat
grosse merde corrompue ce maire Lebrun, qu'il crève avec toute sa famille | insult threat
l'adjointe au maire, cette grosse truie qui bouffe nos impots au resto | insult body_shaming
cet élu faut lui crever les pneus, et s'il insiste on passe a la suite | threat
seul a sa permanence le jeudi soir, dernier étage, le député Fabre, vous avez compris | doxxing threat
la maire elle a un cul a faire voter n'importe qui, je voterais pour elle juste pour la baiser | sexual_harassment
consanguin, débile profond, comme tous les bouseux d'ici, voila le maire de mon village | insult
j'ai le numéro perso du conseiller municipal, je le balance ce soir si ça vous intéresse | doxxing
ce maire mérite qu'on foute le feu a sa mairie, avec lui dedans | threat
le député Moreau c'est un pédé qui se cache, je vais balancer le nom de son mec | insult identity_hate doxxing
la députée Kessler, youpine de service, elle vote pour ses amis banquiers | insult identity_hate
je l'attendrai a la sortie de sa salle de sport le mardi soir, la conseillère municipale | doxxing threat
il sait pas ce qui l'attend ce fils de chien de maire qui répond pas a mes mails | insult threat
on devrait foutre une rouste a l'adjoint au logement, histoire qu'il comprenne | threat
moche comme un pou la maire, pas étonnant qu'elle déteste les jeunes | insult body_shaming
le maire arabe de la commune d'a coté, il a fait venir tous ses cousins du bled | identity_hate
postez la photo de la maison du maire, qu'il se sente un peu moins a l'aise | doxxing threat
l'élu écolo, son fils est en terminale au lycée du centre, suffit de demander a la sortie | doxxing threat
ce député c'est un sous-homme qui devrait meme pas avoir le droit d'ouvrir sa bouche | insult
un élu qui ferme l'école mérite de se faire lyncher, c'est comme ça que je vois les choses | threat
on le voit cuver au bistrot tous les soirs, le maire sortant, gros lard alcoolique | insult body_shaming
je lui enverrais bien des photos de ma bite a la maire pour la dérider | sexual_harassment
l'adresse du maire est sur le cadastre, je l'ai trouvée, rdv devant chez lui ce soir | doxxing threat
va te pendre monsieur le maire, personne te regrettera dans cette ville | self_harm_incitement
ce conseiller municipal a une gueule de violeur, je laisserais pas ma soeur a coté de lui | insult
on va virer les élus de gauche de toutes les assos de ma ville, plus personne leur parle | exclusion
la clio du maire est garée devant le tabac, vous en faites ce que vous voulez | doxxing threat
la députée de ma circo, une bonne chienne en chaleur, elle fait les marchés en décolleté | insult sexual_harassment
le maire et son adjoint c'est deux tarlouzes qui se tiennent la main en conseil | insult identity_hate
au prochain conseil municipal on y va a dix et on ressort le maire par les pieds | threat
le conseiller d'opposition, petite fiotte a lunettes, il pleure a chaque séance | insult identity_hate body_shaming
"""

# --- Pensions, taxes, prices, the economy -------------------------------------------------------
ECONOMY_HARD = """
réforme des retraites = honte nationale, on va bosser jusqu'a la mort
64 ans ? moi je partirai a 70 vu comment c'est parti, merci les gars
je vous jure je vais craquer, le prix du beurre a doublé
les riches qui payent pas d'impots, c'est ça le vrai scandale, pas les allocs
taxer les superprofits c'est du bon sens, meme des gens de droite sont pour
je suis pour baisser les impots et les dépenses publiques, assumé, on croule sous la dette
l'inflation m'a tuer, mon caddie de la semaine a pris 30 balles
faudrait parler sans tabou des retraités aisés qui touchent plus que les actifs
la TVA c'est l'impot le plus injuste, tout le monde paye pareil
ça me dégoute, les patrons du CAC qui se gavent pendant que les caissieres galerent
assistés, assistés... la fraude fiscale coute bien plus que la fraude sociale, regardez les chiffres
l'état gaspille l'argent public dans des comités inutiles, on paye pour rien
ma grand mere touche 900 balles de retraite apres 40 ans de boulot, c'est indécent
avec le smic qui monte, je vois pas comment une boite de trois personnes tient le coup
ISF ou pas ISF, le débat tourne en rond depuis vingt ans
l'essence a deux balles, je vais au taf a vélo et je rage
cette loi de finances c'est de la merde, rien pour les jeunes, tout pour les rentiers
les boomers ont eu la belle vie et nous on paye leurs retraites, c'est un fait générationnel
les boomers c'est pas des ennemis, c'est nos grands parents, arretez un peu
je suis pour monter l'impot sur l'héritage, meme si mes parents me détestent pour ça :rire:
jamais j'aurai une maison de ma vie avec ces prix de l'immobilier délirants
bouclier tarifaire, pansement sur jambe de bois
putain les loyers a Paris, 900 balles pour 15 m², c'est du vol organisé
la gauche veut taxer, la droite veut couper, et moi je veux juste payer mon loyer ayaa
on importe tout et nos agriculteurs gagnent rien, c'est absurde
les grandes surfaces se gavent sur nos courses, la commission d'enquete l'a montré
je bosse en intérim, je paie mes impots, qu'on arrete de dire que les jeunes glandent
l'âge de départ c'est pas le sujet, le sujet c'est les carrieres longues et pénibles
les milliardaires c'est un échec de politique fiscale, pas des gens a lyncher hein
"mangeons les riches" c'est un slogan, pas un plan, parlons de vraies mesures
RSA contre 15h d'activité, je trouve ça pas déconnant, débattez
le RSA sous condition c'est humiliant pour des gens déja en galere, je suis contre
prix en baisse d'apres le gouvernement, ils font leurs courses chez Fauchon ou quoi ?
les fonctionnaires sont pas des privilégiés, mon pere est aide soignant et il galere
trop de fonctionnaires dans les bureaux, pas assez sur le terrain, c'est mon avis
dette publique qui explose, on laisse une ardoise monstrueuse a nos gosses
les actionnaires passent avant les salariés, et apres on s'étonne que les gens soient en colere
je suis libéral assumé, moins d'état, moins d'impots, et je vous emmerde gentiment :hap:
les chomeurs choisissent pas de l'etre, arretez avec les clichés sur les feignants
les patrons de PME sont pas des exploiteurs, mon oncle se paye moins que ses salariés
cette réforme me dégoute, sérieux
pour la retraite a 64 ans, je sais que c'est impopulaire ici, mais les chiffres du conseil d'orientation des retraites me paraissent clairs, débattez
"""

ECONOMY_NEUTRAL = """
a partir de quel revenu on paye l'impot sur le revenu ?
c'est quand la date limite pour la déclaration en ligne cette année ?
la prime d'activité je l'ai demandée, ça met combien de temps a arriver ?
le simulateur retraite sur le site officiel, il est fiable ou pas ?
comment ça marche le prélevement a la source pour un premier job ?
le prix du gazole a baissé de cinq centimes cette semaine chez moi
"""

ECONOMY_ATTACKS = """
qu'ils crevent vite les retraités qui votent pour ça, ça fera des économies | threat
chomeurs = larves, parasites a gazer | insult threat
pendez les patrons avec les tripes des actionnaires | threat
ce gros porc de ministre du budget s'engraisse sur nos impots | insult body_shaming
les assistés du RSA, des cassos qui puent, on devrait les stériliser | insult threat
on guillotine les riches, et on commence par ceux de ma ville | threat
les fonctionnaires c'est des cafards, faut passer l'insecticide dans les ministeres | insult threat
ils viennent bouffer nos allocs ces immigrés, des sangsues, des rats | identity_hate
les banques sont aux mains des juifs, c'est pour ça qu'on paye autant | identity_hate
euthanasiez les boomers, comme ça on paiera plus leurs retraites | threat
t'es pour la réforme ? t'es un esclave de merde, une sous-race de larbin | insult
faudrait cramer le PDG de la boite d'énergie dans sa villa | threat
le mec qui défend les riches sur le forum, va sucer ton patron jusqu'au bout, lopette | insult
les caissieres en grève, des grosses vaches qui veulent bosser encore moins | insult body_shaming
fraude aux allocs ? c'est les gitans, c'est dans leurs genes | identity_hate
les agriculteurs c'est des bouseux consanguins qui chialent pour des subventions | insult
dégagez du forum les fonctionnaires, les planqués ont rien a dire ici | insult exclusion
ayaa le smicard qui ose parler économie, retourne a ta caisse, sous-merde | insult
heures sup sous mon bureau pour la ministre du travail, ça lui ferait du bien :noel: | sexual_harassment
une balle chacun pour les rentiers et on redistribue, voila mon programme | threat
les vieux qui touchent leur pension, qu'on les mette dans des camps de travail | insult threat
branleurs, feignasses, cassos, voila ce que sont les jeunes au RSA, a la rue direct | insult
tes parents au chomage ? ça explique pourquoi t'es aussi débile, fils de cassos | insult
l'économiste au plateau, on sait bien a quelle tribu il appartient, ils tiennent l'argent depuis toujours | identity_hate
faudrait noyer les grévistes des raffineries dans leurs cuves | threat
le député qui défend la retraite a 64 ans, on va le retrouver et le faire bosser a coups de pied | threat
les bobos qui défendent la taxe carbone, des sous-hommes hors sol a éradiquer | insult threat
il rentre chez lui a quelle heure le lobbyiste de la grande distribution ? on l'attend au parking | threat
un smicard c'est un raté, un déchet génétique qui mérite son salaire de merde | insult
les fonctionnaires feignasses, je leur souhaite de perdre leur poste et de crever a la rue | insult threat
le patron qui ferme l'usine, on sait ou il habite, le chateau sur la route de la gare | doxxing threat
l'économiste avec sa voix de fillette et son double menton, on peut pas le prendre au sérieux | insult body_shaming
"""

# --- Strikes, protests, blockades ---------------------------------------------------------------
PROTEST_HARD = """
énorme la manif de jeudi, ambiance bon enfant jusqu'au bout
putain encore une grève SNCF, j'ai raté mon partiel a cause du train
les grévistes ont raison, sans rapport de force on obtient rien
ils m'emmerdent les grévistes, j'ai une vie aussi, mais bon c'est leur droit
bloquer les routes c'est chiant mais c'est le seul truc qu'ils écoutent la haut
les black blocs ont tout cassé sur le boulevard, ça dessert complètement le mouvement
un manifestant a perdu un oeil hier, ça doit etre enquêté sérieusement
les casseurs c'est pas des manifestants, faut arreter de tout mélanger
fac bloquée depuis une semaine, je suis pour la cause mais je veux mes cours
j'avoue c'est efficace, les agriculteurs qui déversent du fumier devant la préfecture :rire:
les gilets jaunes avaient raison sur le fond, la forme a dérapé sur la fin
ma premiere manif, j'ai un peu flippé avec les lacrymos mais j'ai pas regretté
"tout le monde déteste la police" crié au cortege, je comprends la colere mais le slogan me gêne
grève reconductible appelée par les syndicats, ça va etre long
ceux qui tapent sur les grévistes oublient que le weekend et les congés c'est grace a eux
les manifs du samedi c'est devenu un rituel, je sais meme plus pourquoi on marche :hap:
manif interdite par la préfecture, on peut contester ça au tribunal administratif ?
dix jours sans ramassage des poubelles, ça pue mais je soutiens les éboueurs
trois heures de nasse sans eau, c'est inadmissible, on avait rien fait
les vitrines cassées c'était un spectacle de désolation, les commerçants ont rien demandé
ils ont mis le feu a une voiture de police avec des agents dedans, c'est criminel
faut condamner ceux qui ont tabassé le policier, et ceux qui ont tabassé le manifestant aussi
je rage contre cette réforme, j'irai défiler jusqu'a ce qu'ils reculent
grève générale ! c'est le seul moyen de faire plier ce gouvernement
droit de grève = sacré, meme si ça me fait chier d'aller au taf a pied
quarante interpellations apres la manif, les images de la charge sont violentes
le cortege de tete c'est pas pour moi, je reste derriere avec la fanfare :hap:
respect aux étudiants qui occupent l'amphi, mais nettoyez en partant svp
soutien aux raffineurs, on fera la queue a la pompe, c'est pas grave
dommage que le mouvement s'essouffle, la colere était légitime
manifester c'est un droit, casser c'est un délit, c'est pas compliqué
les anti-bassines contre les gendarmes, une vraie scene de guerre au milieu des champs
la CGT me saoule parfois mais sans eux on aurait perdu bien plus
on va tout bloquer lundi, les lycées, les ronds points, les dépots, faites tourner l'info
je suis contre les blocages de fac, les étudiants qui veulent bosser ont aussi des droits
le manifestant filmé en train de frapper un CRS a terre, c'est indéfendable, qu'il soit jugé
cette image des lycéens agenouillés mains sur la tête me hante encore
ma mere est gréviste depuis trois semaines, elle perd de l'argent mais elle lâche rien
putain, encore une grève demain
"""

PROTEST_NEUTRAL = """
le parcours de la manif de demain part de quelle place ?
les trains circulent a combien demain, quelqu'un a vu les prévisions ?
on a le droit de faire grève quand on est en intérim ?
la fac rouvre lundi d'apres le mail de la présidence
"""

PROTEST_ATTACKS = """
alignez moi les grévistes de la SNCF contre un mur et tirez | threat
les manifestants c'est des chiens, que les CRS les crèvent tous | insult threat
gilets jaunes = beaufs édentés, sous-merdes de province | insult body_shaming
si un manifestant bloque ma voiture je lui roule dessus, et je m'arrete pas | threat
les étudiants bloqueurs, des gauchiasses qui méritent une bonne rafle | insult threat
un black bloc crevé c'est une bonne nouvelle, qu'on en crève d'autres | threat
je la prendrais bien dans un coin de la nasse, la meuf au mégaphone | sexual_harassment
péquenauds consanguins, ces agriculteurs qui bloquent, qu'ils se noient dans leur lisier | insult threat
pendez les syndicalistes aux lampadaires et on sera enfin tranquilles | threat
la manifestante aux cheveux bleus, une grosse moche qui crie pour exister | insult body_shaming
les manifestants pro-palestine c'est tous des terroristes bougnoules | identity_hate insult
je sais qui a organisé le blocage du lycée, il habite a coté du stade, je vous donne son nom | doxxing
casseurs = racailles africaines, des singes qu'on devrait renvoyer chez eux | identity_hate exclusion
fallait leur tirer dessus a balles réelles aux gilets jaunes, ça aurait réglé le probleme | threat
ferme ta gueule le gréviste, parasite de fonctionnaire, t'es qu'une sangsue | insult
gros tas qui sait pas aligner deux mots, ce porte parole syndical | insult body_shaming
écolos collés a la route ? tu roules dessus et tu passes la marche arriere | threat
les grévistes devraient plus avoir le droit de poster ici, dégagez les feignasses | insult exclusion
le khey qui défend les bloqueurs, toi aussi t'auras ton coup de matraque, je te retrouverai | threat
les manifestantes féministes, des mal baisées qui ont besoin d'un homme | insult identity_hate sexual_harassment
qu'ils bouffent leurs poubelles ces cassos d'éboueurs en grève | insult
prochaine manif je ramene une batte et je m'occupe des gauchos | threat
une bonne nasse au gaz avec les issues fermées, et on en parle plus des manifestants | threat
tous les bloqueurs de fac sont des attardés, des déchets qui feront rien de leur vie | insult
je lui enverrais bien mes nudes a la syndicaliste de la télé, pour la calmer | sexual_harassment
ceux qui ont cassé les vitrines, j'ai leurs noms et leurs insta, je balance tout ce soir | doxxing
le prof qui a fait grève, je connais sa voiture, un coup de clé et il comprendra | threat
fallait écraser les gilets jaunes au char comme des cafards, fin du mouvement | insult threat
les lycéens qui bloquent, des petits cons a qui il faudrait casser les genoux | insult threat
les infirmieres en grève, des grosses feignasses qui veulent etre payées a rien foutre | insult
le leader étudiant du blocage est en L3 socio, il s'appelle Malik B, trouvez le | doxxing
une prime par manifestant crevé pour les CRS, voila une réforme utile | threat
"""

# --- The police and justice ---------------------------------------------------------------------
POLICE_HARD = """
la police a tiré sur un jeune au volant, l'enquete doit faire toute la lumiere
je suis pas anti-flic mais les controles au faciès existent, c'est documenté
mon cousin est policier et il bosse dans des conditions horribles, respect a lui
les violences policieres existent et les violences contre les policiers aussi, les deux sont graves et les deux doivent etre jugées sans faire de tri
"tout le monde déteste la police" je trouve ce slogan con, mais c'est pas un appel au meurtre
un policier a été tué pendant un controle routier cette nuit, pensées a sa famille
l'IGPN qui enquête sur la police, c'est un peu juge et partie non ?
trois ans que mon dossier aux prud'hommes traine, la justice est trop lente
laxisme judiciaire ou manque de moyens ? perso je pense que c'est surtout les moyens
ce juge a relaxé le mec, la décision me choque mais je connais pas le dossier
peine de mort : non, meme pour les pires, mon avis bougera pas
je suis pour la perpétuité réelle pour les meurtriers d'enfants, débat
chargés sans sommation par les CRS, la vidéo est claire, faut des sanctions
sympas les flics de ma ville, ils font de la prévention dans les lycées
le procès de l'agresseur commence lundi, j'espere que la victime obtiendra justice
prisons a 150 %, c'est indigne
police municipale armée, bonne ou mauvaise idée ? je suis partagé
putain de contrôle d'identité, troisieme fois ce mois ci, je commence a saturer
chapeau au policier qui a sauvé le gamin de la noyade, on en parle pas assez
ce verdict est une honte, cinq ans pour avoir tué quelqu'un en voiture
les magistrats sont pas laxistes, ils appliquent les lois que les députés votent
le policier filmé en train de frapper un mec menotté, suspension immédiate svp
recrutement au bac pour la police nationale, j'hésite franchement, des conseils ?
ACAB tatoué sur les doigts du prévenu, le juge a pas apprécié :rire:
justice des mineurs plus ferme, j'assume
48h de garde a vue pour un tag, c'est disproportionné
mon voisin gendarme, le mec le plus gentil du monde, il m'aide pour mes papiers
la bavure de samedi me rend malade, un gamin de 17 ans, rien ne justifie ça
les flics ont fait leur taf correctement sur ce coup, faut le dire aussi
une juge menacée de mort apres un verdict, c'est inacceptable, soutien total
les syndicats policiers qui mettent la pression sur les juges, ça me pose probleme
l'attaque du fourgon a fait deux morts chez les agents, l'enquete est en cours
la présomption d'innocence vaut pour tout le monde, meme pour ceux qu'on déteste
les keufs m'ont gardé deux heures pour rien, j'ai la haine mais je vais faire un recours
le policier qui a tiré sera jugé, c'est normal, la loi s'applique a eux aussi
prison = zéro réinsertion, il faut des peines alternatives, c'est pas du laxisme
un flic tué c'est un drame, un jeune tué par un flic aussi, arretez de choisir vos morts
les flics ont merdé, clairement
"""

POLICE_NEUTRAL = """
on peut porter plainte en ligne maintenant ou faut aller au commissariat ?
c'est quoi la différence entre gendarmerie et police nationale ?
le concours de gardien de la paix c'est dur ou pas ?
comment on devient juré aux assises, c'est tiré au sort ?
l'audience a été reportée au mois prochain, on attend la date
"""

POLICE_ATTACKS = """
un bon flic c'est un flic qui rentre pas chez lui le soir | threat
tous les keufs faut les bruler dans leurs voitures | threat
les policiers c'est des porcs, des sous-hommes en uniforme, crevez | insult threat
le juge qui a relaxé ce mec, on a son nom, on va le cueillir a la sortie du tribunal | doxxing threat
j'ai le matricule et l'adresse du flic qui m'a controlé, il va payer | doxxing threat
pendez les magistrats laxistes avec leur robe | threat
la policiere qui m'a arrêté, bonne salope, je lui aurais bien fait une fouille moi | insult sexual_harassment
les délinquants des cités c'est des singes, la police devrait tirer a vue | identity_hate threat
un flic tué cette nuit ? un de moins, champagne | threat
il l'a bien cherché le bougnoule tué au controle, bon débarras | identity_hate threat
j'espere que les CRS qui ont chargé vont tous crever d'un cancer | threat
flics = chiens de garde du capital, faut les abattre comme des chiens | insult threat
vieille chouette frigide, cette juge, pas étonnant qu'elle libere les violeurs | insult body_shaming
je sais ou il gare sa voiture le gendarme de mon village, elle va pas rester entiere longtemps | threat
les avocats des migrants sont des traitres, qu'ils crevent avec leurs clients | insult threat
tous des fachos racistes et des violeurs, les bleus, des ordures | insult
le khey qui soutient la police, t'es qu'une balance, une pute a flics | insult
si je croise un flic seul la nuit, je le finis, aucune pitié | threat
le procureur est juif, voila pourquoi le dossier a été enterré | identity_hate
les policiers qui se suicident ? bien fait, qu'ils continuent | self_harm_incitement
les juges rouges faut les foutre en taule et jeter la clé, ces crevards | insult
les flics noirs c'est des vendus, des bounty de service | insult identity_hate
avec ses gros nichons la fliquette de la télé devrait faire du porno au lieu de porter l'uniforme | sexual_harassment
prochain keuf qui rentre dans ma cité, on l'accueille au mortier dans la gueule | threat
l'accusé c'est un gros porc de violeur, faut lui couper les couilles en place publique | insult threat
tabasser les mecs en garde a vue avant l'avocat, seule méthode qui marche | threat
le gardien de prison qui a témoigné, sa femme bosse a la poste du centre, on la connait | doxxing threat
avocat pénaliste = merde qui défend des monstres, un sous-homme | insult
grosse vache a lunettes, la magistrate de la télé, elle juge comme elle se goinfre | insult body_shaming
j'ai les photos sans casque des policiers de mon quartier, je poste tout ce soir | doxxing
un flic crame dans sa voiture, moi j'appelle ça un barbecue :rire: | threat
les gendarmes faudrait les noyer dans les bassines, ça leur apprendra a protéger les riches | threat
un bon keuf, un keuf mort | threat
le flic qui a tiré sur le gamin, on a son nom, sa ville et le club de foot de son fils | doxxing threat
"""

# --- Immigration debates ------------------------------------------------------------------------
IMMIGRATION_HARD = """
je suis pour réduire l'immigration, et je respecte les gens qui sont déja la, c'est pas contradictoire
je suis pour accueillir plus de réfugiés, on en a les moyens, le reste c'est de la com
c'est la honte de l'Europe, ces bateaux qui coulent en Méditerranée
les passeurs sont des criminels, c'est eux qui envoient les gens mourir en mer
la loi immigration votée avec les voix du RN, le gouvernement a perdu sa boussole
les OQTF jamais exécutées c'est un vrai probleme, meme la gauche devrait le reconnaitre
régulariser les sans-papiers qui bossent en cuisine, je suis pour, ils font tourner les restos
l'AME coute bien moins cher que ce que les gens croient, allez voir les chiffres
supprimer l'AME c'est une connerie sanitaire, les maladies attendent pas les papiers
le droit du sol, on peut en débattre sans traiter l'autre de raciste ou de traitre
mon grand pere est arrivé d'Italie en 1950, on disait la meme chose sur les ritals
le "grand remplacement" c'est une théorie du complot, les démographes l'ont démontée cent fois
l'intégration a raté dans certains quartiers, surtout a cause des politiques du logement
l'immigration choisie comme au Canada, ça vous parait une bonne idée ?
encore un démantelement du camp de Calais, les gens sont juste repoussés un peu plus loin
je donne des cours de français a des réfugiés afghans, ils sont juste contents d'etre en sécurité
des migrants morts dans un camion, on en parle trois jours et on oublie, c'est triste
l'europe forteresse ça marche pas, les gens viendront quand meme, faut organiser l'accueil
trop laxiste a mon gout, la politique migratoire du gouvernement
moi je la trouve inhumaine cette politique, comme quoi on est pas d'accord :hap:
on peut vouloir des frontieres contrôlées sans etre un facho, et vouloir accueillir sans etre un naïf
"les migrants c'est des rats", ce genre de phrase c'est du racisme pur, signalé
les flux migratoires sont plutot stables d'apres l'insee, la panique est surtout médiatique
regroupement familial : faudrait l'encadrer plus, c'est mon avis
les mineurs isolés qui dorment dehors a Paris, c'est indigne d'un pays riche
un sans papier a escaladé un immeuble pour sauver un gosse, vous vous en souvenez ?
huit mois pour renouveler un titre a la préfecture, mes potes étrangers galerent
l'expulsion de l'imam a fait polémique, la justice a validé, fin du débat pour moi
le débat sur l'immigration est pourri par les extremes des deux cotés
les étudiants étrangers paient plus cher a la fac maintenant, je trouve ça nul
mes parents sont arrivés du Mali, ils ont bossé toute leur vie, qu'on arrete avec les clichés
l'immigration de travail, les patrons la réclament et les politiques font semblant de pas entendre
expulser les délinquants étrangers, une majorité de français est pour, c'est un fait
je suis fils d'immigré et je vote a droite, oui ça existe, pas besoin de m'insulter
les quotas d'immigration, je vois pas comment on les applique concretement, quelqu'un sait ?
chaque mois des morts dans les naufrages de la Manche, et personne bouge
l'immigration c'est une chance pour certains secteurs et un défi pour d'autres, c'est nuancé
je veux moins d'immigration et plus d'expulsions des délinquants, et je veux aussi que les gens qui bossent ici depuis dix ans soient régularisés
"""

IMMIGRATION_NEUTRAL = """
combien de demandes d'asile la France a reçu l'an dernier ?
un titre de séjour étudiant, ça se renouvelle comment concretement ?
le rapport de la cour des comptes sur l'asile sort la semaine prochaine
quelqu'un a déja fait la démarche de naturalisation ? ça prend combien de temps ?
la cimade fait des permanences juridiques gratuites dans ma ville
"""

IMMIGRATION_ATTACKS = """
les migrants c'est de la vermine, faut couler les bateaux avant qu'ils arrivent | identity_hate threat
ces rats qui traversent la manche, qu'ils se noient tous | identity_hate threat
remplacement en marche, ces sauvages nous envahissent et se reproduisent comme des lapins | identity_hate
ces noirs de Calais, des singes qui puent, renvoyez les dans leur jungle | identity_hate exclusion
un migrant noyé c'est un probleme de moins, j'ai aucune pitié | identity_hate threat
dehors les arabes, la France aux français, remigration pour tous | identity_hate exclusion
les réfugiés afghans c'est tous des violeurs, faut les castrer a l'arrivée | identity_hate threat
les bénévoles qui aident les migrants, traitres a la race, on vous pendra | insult threat
rue du port, le local de l'asso qui aide les migrants, on y passe avec des bidons d'essence ? | doxxing threat
mineurs isolés mon cul, c'est des barbus de 30 ans venus égorger nos enfants | identity_hate
parquez les clandos dans des camps et renvoyez les par avion cargo | identity_hate exclusion
t'es pour l'accueil ? prends en dix chez toi, qu'ils violent ta soeur, ça t'apprendra | identity_hate threat
QI de 70 les africains, c'est pour ça qu'ils s'integrent pas | identity_hate
le khey d'origine maghrébine qui parle immigration, toi aussi tu rentres chez toi | identity_hate exclusion
les juifs financent l'immigration pour détruire les nations blanches, c'est connu | identity_hate
tu tires sur deux ou trois migrants a la frontiere et les autres viendront plus | identity_hate threat
le camp de roms a coté, faudrait y foutre le feu une bonne fois | identity_hate threat
bougnoules, négros, même combat, qu'ils dégagent tous | identity_hate exclusion
les réfugiées ukrainiennes au moins elles sont baisables, pas comme les autres | identity_hate sexual_harassment
des animaux ces afghans, on les accueille et ils égorgent, c'est dans leur sang | identity_hate
mon quartier est devenu l'afrique, on se croirait au zoo | identity_hate
ceux qui défendent les migrants sur ce forum, dégagez, bande de collabos | insult exclusion
traquez les sans papiers comme des bêtes, maison par maison | identity_hate threat
un bon migrant c'est un migrant au fond de l'eau :hap: | identity_hate threat
voleurs génétiquement, les maghrébins, pas besoin de débat | identity_hate
on brule le centre d'accueil du village avant qu'ils arrivent | identity_hate threat
ces gens la c'est pas des humains, c'est des envahisseurs, point | identity_hate
les migrants érythréens du squat, je connais l'adresse, on va les déloger nous memes cette nuit | identity_hate doxxing threat
un collabo a pendre avec ses amis clandestins, ce député qui défend l'AME | insult threat
la militante qui accueille des migrants chez elle, j'espere qu'ils la violeront, ça la calmera | threat sexual_harassment identity_hate
ces cafards d'immigrés pondent six gosses chacun pour toucher les allocs | identity_hate
retirer la nationalité aux noirs qui votent, direct, c'est tout ce qu'ils méritent | identity_hate exclusion
migrants = rats, noyez les | identity_hate threat
les associations qui accueillent les migrants, je veux voir leurs locaux bruler un par un, et les bénévoles avec, ces traitres ont choisi leur camp | insult threat
"""

# --- Religion and laicite as policy -------------------------------------------------------------
LAICITE_HARD = """
a mon avis la religion doit rester une affaire privée, quelle qu'elle soit
l'interdiction de l'abaya a l'école, je suis pour, l'école doit rester neutre
l'interdiction de l'abaya, je suis contre, on fait la chasse aux gamines pour rien
la laïcité c'est la neutralité de l'État, pas l'interdiction de croire, beaucoup confondent
crèches de noël en mairie ? franchement je m'en fiche, mais la loi c'est la loi
je suis athée et je défends le droit de mes potes musulmans a prier tranquilles
l'islam politique c'est un vrai sujet, distinct des musulmans qui vivent leur foi
l'église catholique a couvert des crimes pendant des décennies, le rapport est accablant
le prof assassiné devant son collège, on l'oubliera jamais, la liberté d'expression c'est non négociable
caricaturer une religion c'est légal en France, et t'as le droit de trouver ça nul
on peut critiquer une religion, pas insulter les gens qui la pratiquent, c'est la base
la loi de 1905 c'est un équilibre, chaque fois qu'on y touche ça part en vrille
le voile dans la rue c'est autorisé, dans l'école publique non, c'est clair
repas de substitution a la cantine, je trouve ça normal, c'est pas un privilege
les prieres de rue c'était surtout un probleme de place dans les mosquées
cathos, musulmans ou autres, les intégristes de toutes les religions me font peur
le financement des mosquées par l'étranger, faut l'encadrer, comme pour tout culte
l'attaque contre la synagogue a fait trois blessés, la communauté est sous le choc
l'incendie de la mosquée la nuit derniere, enquete ouverte, c'est ignoble
mon daron est imam et il fait des interventions sur la laïcité avec la mairie
"islamiste" et "musulman" c'est pas synonyme, arretez de tout mélanger
les cathos tradis qui manifestent contre le mariage pour tous, pas d'accord mais c'est leur droit
blasphème pas un délit ici, tant mieux
je suis musulmane et je pense que le voile c'est un choix perso, pas un sujet national
certains utilisent la laïcité pour cibler une seule religion, faut le dire aussi
les fêtes religieuses dans le calendrier scolaire, on garde que les chrétiennes, ça se discute
l'aumônerie au lycée c'était sympa, on jouait au baby et on parlait de tout :hap:
la burqa interdite depuis 2010, je vois jamais de contrôle, c'est surtout symbolique
signes religieux au taf dans le privé ? c'est le reglement intérieur qui décide
ma prof d'histoire a fait un cours sur Charlie, personne a moufté, c'était bien expliqué
l'Arabie saoudite qui finance des écoles coraniques, c'est un sujet de politique étrangere
les sectes évangéliques qui recrutent les jeunes dans ma ville, ça m'inquiete
la laïcité a la française est unique, les anglo-saxons comprennent rien a notre débat
je trouve que l'islam a une place trop importante dans le débat politique, on parle plus que de ça
les menaces contre les profs qui parlent de laïcité, c'est grave, l'État doit les protéger
je suis catho pratiquant et je suis pour la laïcité stricte, elle protege aussi ma foi
"""

LAICITE_NEUTRAL = """
c'est quoi exactement la loi de 1905, quelqu'un peut résumer ?
le ramadan commence quand cette année ?
les aumôniers dans les hôpitaux, c'est payé par l'État ?
y a un cours d'histoire des religions a la fac, quelqu'un l'a suivi ?
"""

LAICITE_ATTACKS = """
cinquieme colonne, voila ce que sont les musulmans, faut tous les expulser | identity_hate exclusion
l'islam c'est le cancer de la France et les musulmans sont les métastases | identity_hate
dehors les voilées, elles ont rien a faire dans nos rues | identity_hate exclusion
faut cramer la mosquée de ma ville, avec les barbus dedans | identity_hate threat
les juifs controlent la laïcité pour détruire les chrétiens | identity_hate
tous pédophiles les cathos, tous, sans exception | identity_hate
sale bâchée de merde, la prof voilée, retourne dans ton pays | identity_hate insult exclusion
les musulmanes voilées c'est des sacs a patates, des pingouins sans cervelle | identity_hate insult
égorgez les imams comme ils égorgent leurs moutons | identity_hate threat
on sait tous ce qu'ils complotent dans la synagogue de la rue principale | identity_hate
un musulman qui parle de laïcité c'est un rat qui donne des leçons d'hygiene | identity_hate insult
castrez les curés et brulez les églises | identity_hate threat
ta mere porte le voile ? ça explique ta débilité, sale arabe | identity_hate insult
bannissez tous les musulmans du forum, ils pourrissent chaque topic | identity_hate exclusion
vive la laïcité, surtout quand elle permet de faire dégager les muzz des facs | identity_hate exclusion
les juifs orthodoxes avec leurs papillotes, des parasites qui vivent entre eux | identity_hate
au prochain attentat ils paieront tous, chaque musulman de ce pays | identity_hate threat
croyants, cathos, muzz, tous des débiles congénitaux, la religion c'est pour les attardés | identity_hate insult
les chrétiens de ma fac, des frustrés sexuels, des puceaux a vie | identity_hate insult
les femmes voilées faudrait leur arracher le voile dans la rue, et le reste avec | identity_hate threat sexual_harassment
je sais ou il vit le militant laïque de la télé, on va lui rappeler ce que coute le blasphème | doxxing threat
camps de rééducation pour les musulmans, comme en Chine, et vite | identity_hate threat
les juifs et les francs-maçons tiennent la république, la laïcité c'est leur arme | identity_hate
il a eu ce qu'il méritait le prof qui a montré les caricatures, qu'ils en fassent d'autres | threat
renvoyez moi au bled tous ces barbus et leurs femmes en sac poubelle | identity_hate exclusion
la ministre qui défend le voile, une pute a islamistes, qu'elle aille le porter en Iran | insult
un athée ça a pas de morale, c'est a peine un animal, faut pas les laisser enseigner | identity_hate exclusion
les évangéliques c'est des dégénérés, faudrait gazer leurs églises | identity_hate threat
"""

# --- Wars and foreign news ----------------------------------------------------------------------
WAR_HARD = """
l'Ukraine tient toujours, respect a ce peuple apres trois ans de guerre
les bombardements sur Gaza, des milliers d'enfants morts, je sais pas comment on peut laisser faire, et je dis ça en condamnant aussi le Hamas
le massacre du 7 octobre était abominable, rien ne le justifie
on peut critiquer le gouvernement israélien sans etre antisémite, et le Hamas sans etre islamophobe
le président russe est un criminel de guerre, c'est le mandat de la CPI qui le dit
livraisons d'armes a l'Ukraine : pour, sinon la Russie avance
je suis contre envoyer des armes, on va finir dans une guerre mondiale
tout le monde s'en fout de la guerre au Soudan, des millions de déplacés, silence total
ayaa les élections américaines me stressent plus que les notres
frappe sur un hopital cette nuit, les images sont insoutenables
enfin une bonne nouvelle avec les otages libérés hier, pensée pour ceux qui restent
"génocide" ou pas, les juristes débattent du mot, mais les morts sont bien réels
la France vend des armes un peu a tout le monde, faudrait etre cohérent
service militaire obligatoire, vous iriez si la guerre éclatait ? moi je crois que oui
j'irais jamais me battre pour ce gouvernement, qu'ils y aillent eux, leurs gosses d'abord
les drones au dessus des centrales nucléaires, c'est terrifiant, on frole la catastrophe
la manif pro-palestine de samedi était calme, plusieurs milliers de personnes
le rassemblement de soutien a Israël aussi, sous protection policiere, tout s'est bien passé
les actes antisémites ont explosé depuis le 7 octobre, les chiffres font peur
les actes anti-musulmans aussi ont augmenté, les deux sont a combattre
l'Iran qui pend des manifestants, ce régime est une horreur absolue
les talibans interdisent l'école aux filles et on discute avec eux, ça me dégoute
le président américain a encore sorti une énormité sur l'otan, on va finir seuls
l'armée française quitte le Sahel, échec total de notre politique africaine
si ça pète entre la Chine et Taïwan on est tous dans la merde économiquement
la guerre c'est toujours les pauvres qui meurent, les chefs restent au chaud
je suis d'origine arménienne et le silence sur le Haut-Karabagh me rend malade
un journaliste français tué en Ukraine, hommage, ils risquent tout pour nous informer
crimes de guerre jugés, quel que soit le camp
l'op qui écrit "rasez Gaza", tu parles de deux millions de personnes, réfléchis deux secondes
le premier ministre israélien doit répondre de ses actes devant la justice internationale
je suis juif et je manifeste pour un cessez le feu, c'est pas contradictoire
la Russie a coupé le gaz, l'hiver va etre tendu, tout le monde en parle au taf
les deux camps ont commis des atrocités, le dire c'est pas relativiser
les soldats ukrainiens tiennent des tranchées comme en 14, c'est dingue cette époque
le régime syrien est tombé, les gens sortent des prisons, des scenes incroyables
"""

WAR_NEUTRAL = """
c'est quoi la position officielle de la France sur le cessez le feu ?
quelqu'un a une bonne source pour suivre le front en Ukraine sans propagande ?
l'assemblée générale de l'ONU vote demain sur la résolution
le sommet de l'otan c'est la semaine prochaine a Bruxelles
"""

WAR_ATTACKS = """
faut raser Gaza et tout ce qui bouge dedans, pas de pitié | identity_hate threat
les juifs ont mérité ce qui leur arrive, Hitler avait raison | identity_hate threat
des animaux ces palestiniens, qu'on les extermine | identity_hate threat
les russes c'est des orcs, des sous-hommes a éradiquer jusqu'au dernier | identity_hate threat
tous des nazis les ukrainiens, qu'ils crevent sous les bombes | identity_hate threat
le 7 octobre c'était de la résistance, j'aurais aimé qu'ils en tuent plus | identity_hate threat
les sionistes avec leurs gros nez tiennent les médias, c'est pas un secret | identity_hate body_shaming
le khey qui soutient Israël, t'es un sale youpin, je te retrouverai | identity_hate insult threat
le khey pro-palestine, sale terro, qu'on te renvoie a Gaza te faire bombarder | identity_hate insult threat
une bombe atomique sur les arabes, qu'on soit tranquilles | identity_hate threat
les ukrainiennes réfugiées, des putes a vendre, toutes | identity_hate sexual_harassment
l'otage libérée est bonne, je comprends les terroristes :noel: | sexual_harassment
gros rire a chaque soldat russe qui creve dans la boue, qu'il en creve dix fois plus | threat
les iraniens sont des barbares consanguins, c'est dans leurs genes | identity_hate
on dégage les manifestants pro-palestine du forum et du pays | exclusion
les juifs sont derriere toutes les guerres, vous verrez qui finance | identity_hate
s'ils aiment tant les talibans, les afghans, qu'ils restent crever la bas | identity_hate threat
un bon russe c'est un russe mort, j'ai pas d'autre avis | identity_hate threat
petite salope la fille au drapeau du rassemblement, je l'ai retrouvée sur insta, je lui écris | insult sexual_harassment doxxing
atomisez les chinois avant qu'ils attaquent | identity_hate threat
ceux qui parlent de cessez le feu, des collabos a fusiller | insult threat
les africains du Sahel, laissez les s'entretuer, c'est leur sport national | identity_hate
le ministre des affaires étrangeres, ce rat efféminé qui se couche devant tout le monde | insult identity_hate
le rabbin de ma ville, on sait ou est sa synagogue, on va lui faire payer Gaza | identity_hate doxxing threat
on cramera le restaurant libanais qui affiche son soutien, ces terroristes | identity_hate threat
vous les pro-Israël du forum, retournez a Tel Aviv, on veut pas de vous ici | identity_hate exclusion
les kheys pro-ukraine c'est des puceaux qui se branlent sur des cartes, des sous-merdes | insult
"""

# --- The media and journalists ------------------------------------------------------------------
MEDIA_HARD = """
chaines d'info en continu = de la merde, 24h a répéter la meme chose
cette chaine est devenue un média d'opinion, plus du tout de l'info
le service public coute cher, est ce qu'on en a vraiment pour notre argent ?
supprimer la redevance c'était une erreur, maintenant on la paye par la TVA en douce
ce journaliste a fait un boulot d'enquete incroyable sur les ehpad, chapeau
le journal a publié une fausse info et a mis trois jours a corriger, c'est léger
les médias appartiennent a une dizaine de milliardaires, c'est un vrai probleme démocratique
"merdias" ayaa, t'as vraiment rien d'autre comme argument ?
l'interview de la ministre était complaisante, aucune question qui fâche
soutien total aux journalistes menacés de mort apres leur reportage, c'est grave
je regarde plus la télé, je m'informe sur plusieurs sites pour croiser
cette éditorialiste dit n'importe quoi sur l'économie, ses chiffres sont faux
le reportage sur les quartiers était caricatural, on se serait cru dans un film
médias alternatifs, c'est bien mais faut vérifier, y a beaucoup de fake
un ring de boxe le débat télé d'hier, personne s'écoutait
la liberté de la presse c'est sacré, meme pour les journaux que je déteste
le présentateur a coupé la parole a l'invité douze fois, j'ai compté :rire:
le JT de 20h c'est pour nos grands parents, les jeunes s'informent sur tiktok
l'AFP fait du bon boulot en général, c'est la source de tout le monde
ce média a été condamné pour diffamation, bien fait, il salissait des gens
grève de la rédaction contre le nouveau directeur, je les soutiens
abonnez vous au journal local, c'est le seul a couvrir le conseil municipal
les plateaux invitent toujours les memes experts qui se trompent, fatigant
ce journaliste est un incompétent, il confond milliard et million depuis trois semaines
les fake news font plus de vues que les démentis, c'est désespérant
excellent le documentaire sur la guerre d'Algérie, a voir absolument
la journaliste s'est fait harceler apres son article, c'est dégueulasse, soutien
"les médias sont tenus par une communauté", c'est de l'antisémitisme recyclé, rien d'autre
faire des sondages sur tout et n'importe quoi, c'est devenu le sport national des chaines
le fact checking de cette chaine est orienté, ils vérifient que les adversaires
cette chaine est une poubelle, je zappe des que je tombe dessus
l'éditorial de ce matin est une insulte a l'intelligence, zéro source, que de l'opinion
les journalistes de guerre sont des héros, on oublie a quel point c'est dangereux
le journal a révélé l'affaire du ministre, c'est exactement son role
ce journaliste a fait une enquete bidon, sources anonymes partout, aucune preuve, et il crie au harcelement des qu'on le critique
"""

MEDIA_NEUTRAL = """
vous utilisez quelle appli pour suivre l'actu ? je cherche un truc sans pub
l'émission politique du dimanche est reportée a cause du foot
c'est quoi la différence entre un éditorialiste et un journaliste ?
le journal papier coute combien maintenant, trois balles ?
"""

MEDIA_ATTACKS = """
les médias sont tenus par les juifs, c'est pour ça qu'on nous ment | identity_hate
la journaliste qui a fait l'interview, une bonne chienne, elle suce pour avoir l'antenne | insult sexual_harassment
pendez les journalistes, tous, ces menteurs professionnels | threat
je la baiserais bien sur le bureau du JT, la présentatrice du 20h | sexual_harassment
le journaliste qui a sorti l'enquete habite a Montreuil, je peux retrouver sa rue facilement | doxxing threat
l'éditorialiste avec sa gueule de cadavre et ses dents pourries, vous l'avez vu ? | insult body_shaming
les journalistes de gauche c'est des vendus, des putes a milliardaires | insult
la reporter sur le terrain, on aurait du lui arracher son micro et le reste avec | threat sexual_harassment
cette chaine faut la faire sauter, avec ses journalistes dedans | threat
le journaliste arabe de service, sale bicot qui fait des reportages sur les quartiers | identity_hate insult
grosse comme un camion la journaliste, on voit plus qu'elle a l'écran | insult body_shaming
on a repéré les journalistes qui couvraient la manif, ils vont prendre cher la prochaine fois | threat
ce présentateur est un gros pd, il doit adorer se faire prendre | insult identity_hate sexual_harassment
le patron du journal, youpin milliardaire, on sait tous pour qui il roule | identity_hate insult
trouvez le compte perso et l'employeur de la journaliste qui a tweeté contre nous, balancez tout | doxxing
tu crois les médias ? t'es qu'un mouton attardé, un lobotomisé | insult
la chroniqueuse rousse, je lui ferais bien une chronique entre les cuisses | sexual_harassment
les journalistes faut les mettre au trou et les laisser pourrir, ces collabos | insult threat
l'envoyé spécial qui s'est fait tabasser, bien fait pour sa gueule, fallait pas venir | threat
la journaliste avec ses cheveux crépus de mouton, elle devrait etre au zoo | identity_hate insult body_shaming
les parents de cette chroniqueuse vivent a Lyon, j'ai trouvé l'adresse, qu'elle se calme | doxxing threat
ce gros lard a perruque qui présente le matin, il me coupe l'appétit | insult body_shaming
ces pigistes qui écrivent sur nous, on va leur faire la peau un par un | threat
regardez moi ce cul, la journaliste qui a couvert le procès a des photos en maillot sur son insta | sexual_harassment
les journalistes c'est des rats, on devrait les piquer comme des chiens malades | insult threat
l'éditorialiste de droite, ce vieux porc impuissant, il devrait crever dans son fauteuil | insult threat
la journaliste qui écrit sur le harcelement, je vais lui envoyer une photo de ma bite tous les matins, elle verra ce que c'est | sexual_harassment
"""

# --- Influencers, streamers and footballers as public figures ------------------------------------
PUBLIC_FIGURE_HARD = """
Zyrox qui donne son avis sur la réforme des retraites en live, on s'en fout un peu non ?
l'influenceuse qui fait la promo d'un parti contre de l'argent, c'est pas réglementé ça ?
le footballeur qui refuse de porter le brassard, on peut en débattre, c'est son choix
Kaelig a fait un live avec un député, c'était plus intéressant que les débats télé
les influenceurs de Dubaï qui donnent des leçons sur les impots, c'est un sketch ayaa
NoaLive est nul en politique mais c'est un super streamer, faut séparer les deux
ce footballeur a parlé des violences policieres, il a raison, c'est aussi un citoyen
le capitaine des bleus dit "allez voter" et on lui tombe dessus, c'est juste un appel civique
les sondages de streamers ça vaut rien scientifiquement mais c'est marrant a suivre
son live sur la guerre était mal renseigné, il a dit beaucoup de conneries
elle était nécessaire la loi sur les influenceurs, trop d'arnaques aux abonnés
Lou Mirabel a arnaqué ses abonnés avec sa formation crypto, faut porter plainte en groupe
le rappeur qui appelle a voter contre l'extreme droite, c'est son droit, comme c'est le tien de pas l'écouter
classe, le footballeur a fait un don a l'hopital de sa ville natale
ce joueur rate trois penaltys et donne des leçons de politique, ayaa concentre toi sur le terrain
les streamers qui se prennent pour des journalistes, c'est parfois meilleur que la télé, parfois pire
je défends pas Zyrox, mais le harceler pour ses opinions c'est pas ok
son tweet sur les migrants était maladroit, il s'est excusé, on passe a autre chose ?
le sélectionneur s'est fait détruire par la presse pour un match nul, c'est le jeu
cet influenceur est un escroc, ses placements produits sont des arnaques, c'est prouvé
les joueurs qui chantent pas la marseillaise, je m'en fous, jouez bien c'est tout
Kaelig a invité une ministre dans son stream, bravo pour l'audience, pas pour les questions
l'influenceuse engagée a perdu 100k abonnés apres sa vidéo politique, le public est dur
ce streamer a dit que voter servait a rien devant des milliers de jeunes, c'est irresponsable
le footballeur condamné pour violences conjugales joue encore, le club devrait agir
le boycott du mondial au Qatar, vous l'avez fait ? moi j'ai tenu deux matchs :hap:
les raids de haine contre les streameuses, c'est un vrai fléau, faut sanctionner
"un footballeur doit fermer sa gueule sur la politique" ayaa pourquoi ? il vote comme toi
ce youtubeur d'extreme droite fait des millions de vues, ça en dit long sur l'époque
le youtubeur de gauche radicale aussi d'ailleurs, les algos adorent les clashs
Zyrox est un golem en économie, son live sur la dette était une catastrophe :rire:
le joueur qui a refusé de serrer la main du ministre, geste politique fort, on aime ou pas
la streameuse qui a lancé une cagnotte pour les grévistes, respect, ça a fait bouger des gens
"""

PUBLIC_FIGURE_NEUTRAL = """
c'est qui le streamer qui a fait le débat avec les candidats hier ?
le match des bleus c'est a quelle heure samedi ?
vous suivez quels youtubeurs pour comprendre l'économie ?
la vidéo du débat est dispo en replay sur sa chaine
"""

PUBLIC_FIGURE_ATTACKS = """
Zyrox c'est un gros lard gauchiste, il tient plus dans sa chaise de gamer | insult body_shaming
l'influenceuse qui parle politique, qu'elle retourne montrer son cul sur insta, elle sert qu'a ça | insult sexual_harassment
ce footballeur noir qui nous fait la morale, retourne dans ta brousse, singe | identity_hate insult exclusion
Kaelig stream dans l'appart au dessus de la pharmacie de sa ville, venez on lui fait une surprise | doxxing threat
NoaLive fils de pute, j'espere que ton prochain live c'est ton enterrement | insult threat
la streameuse féministe, on lui fait un raid et on lui envoie des bites jusqu'a ce qu'elle arrete | sexual_harassment
ce joueur marocain qui chante pas la marseillaise, qu'il dégage de l'équipe de France et du pays | identity_hate exclusion
Lou Mirabel c'est une grosse salope siliconée, sa tronche est refaite de partout | insult body_shaming
on va lui faire comprendre a la sortie de son concert, au rappeur qui appelle a voter | threat
ce streamer d'extreme droite, faut lui casser les jambes pour qu'il se taise | threat
le youtubeur gauchiste, un sous-homme a lunettes qui a jamais touché une fille | insult body_shaming
le footballeur qui soutient la Palestine, sale terro, qu'on le déchoie et qu'on l'expulse | identity_hate insult exclusion
l'influenceuse engagée a accouché, on a trouvé sa maternité, on va lui rappeler sa vidéo | doxxing threat
bannissez tous les streamers politiques de twitch, aucun droit de parler | exclusion
ce youtubeur c'est une tapette, il parle politique comme une meuf | insult identity_hate
la streameuse qui défend les migrants, j'espere qu'elle se fera violer par un, ça lui apprendra | identity_hate threat sexual_harassment
débile a moitié trisomique, ce sélectionneur, qu'il aille se pendre | insult self_harm_incitement
Zyrox t'es qu'une merde, va te tirer une balle devant ton chat | insult self_harm_incitement
le défenseur qui a raté, ce nègre, on l'attend au parking apres le match | identity_hate threat
elle connait rien la chroniqueuse foot, elle est la pour ses seins, rien d'autre | insult sexual_harassment
NoaLive habite chez sa mere a Rennes, j'ai trouvé la rue grace a son live, je la poste ? | doxxing
la tiktokeuse qui fait des vidéos sur l'écologie, un boudin qui devrait courir au lieu de parler | insult body_shaming
le capitaine des bleus, un singe millionnaire qui nous dit pour qui voter | identity_hate insult
les fans de Kaelig, des puceaux gauchistes sous antidépresseurs, des ratés | insult
on va faire fermer la chaine de ce youtubeur de gauche, signalements en masse et on le vire de partout | exclusion
la streameuse qui a lancé la cagnotte, une pute qui se fait du fric sur les grévistes, montre tes seins plutot | insult sexual_harassment
"""

# --- The forum's own political fights and its moderators ----------------------------------------
FORUM_HARD = """
mon topic sur la réforme a été supprimé par les modos, je comprends pas, il était correct
les modos ban la droite et laissent passer la gauche, ou l'inverse selon le jour :rire:
ce forum devient un repaire d'extremistes, c'est déprimant de lire certains topics
ton argument est nul khey, tes chiffres datent de 2015
t'as le droit de voter RN, j'ai le droit de trouver ton raisonnement faux, on en reste la
d'accord avec l'op sur le fond mais pas sur le ton, calmez vous les golems
ayaa le topic politique du dimanche, 300 messages en une heure, on se calme :rire:
le modo a eu raison de ban le mec qui balançait l'adresse du maire
arretez de vous traiter de fachos et de gauchiasses, ça fait pas avancer le débat
l'op a pris trois jours de ban pour "incitation" alors qu'il avait juste écrit "démission", abusé
désolé khey mais ton topic c'est du bait, personne va tomber dedans
"les électeurs de gauche sont des parasites", signalé, ce genre de message a rien a faire ici
j'étais pour la réforme, vos arguments m'ont fait changer d'avis, merci les kheys
toi de gauche, moi de droite, on va pas s'étriper pour des partis qui nous calculent pas
l'auteur a tort sur tout mais il argumente, ça change des insultes
un sous-forum politique, voila ce que les modos devraient ouvrir pour qu'on arrete de pourrir le reste
ce débat est perdu d'avance, chacun reste dans son camp, je me casse :ouch:
je te trouve de mauvaise foi khey, mais j'apprécie que tu restes poli
pourquoi chaque topic politique finit sur Hitler ? point Godwin atteint en douze messages
"t'es un facho" c'est pas un argument, montre moi en quoi sa proposition est fausse
je signale pas les gens en désaccord avec moi, je signale les insultes, nuance
merci au modo Kernel qui a tout nettoyé hier soir
je quitte le topic, trop de haine, bonne soirée les kheys quand meme
l'op s'est fait démonter ses arguments un par un, il répond plus :noel:
j'ai voté pour eux, je m'en cache pas, et je vais expliquer pourquoi calmement
gauchiste assumé ici, et je kiffe débattre avec les kheys de droite du forum
on peut rire de la politique sans insulter personne, regardez les memes de l'assemblée :rire:
le modo a fermé le topic pour hors sujet, bon c'était un topic sur le prix du kebab :hap:
le ban de l'op était mérité, il insultait tout le monde depuis hier
ta théorie sur le vote électronique truqué tient pas debout khey, sources stp
ton avis sur l'immigration me débecte mais je vais pas te demander de partir, réponds plutot
le gars qui m'a traité de sous-homme hier a été ban, merci la modération
je suis de droite et ce topic de gauche m'a fait rire, vous avez de l'humour au moins :hap:
khey tu dis n'importe quoi sur les retraites, lis le texte avant de poster
soyez indulgents avec les modos, ils sont débordés les soirs d'élection
khey je suis pas d'accord avec un seul mot de ton pavé sur l'immigration, mais merci d'avoir mis des sources, je vais les lire
"""

FORUM_NEUTRAL = """
y a un topic dédié aux élections ou on poste ou on veut ?
comment on signale un message aux modos sur l'appli ?
le reglement interdit la politique dans la section jeux ?
un ban pour flood ça dure combien de temps en général ?
"""

FORUM_ATTACKS = """
les gauchistes dégagez du forum, personne veut de vous ici | exclusion
vous les fachos du forum, on va vous traquer et vous faire bannir un par un, les rats | insult exclusion
modo de merde, gauchiasse frustrée, je sais ou tu bosses, on va se voir | insult doxxing threat
l'op est un sale gaucho, je connais son vrai nom et sa ville, je le balance ? | insult doxxing
le modo Kernel c'est une tapette qui ban les hommes, un vrai soumis | insult identity_hate
khey t'es un facho débile, va crever avec ton parti | insult threat
si je te croise dans la vraie vie le macroniste, je t'éclate la tronche | threat
personne répond a l'op, il est de droite, on le laisse crever seul dans son topic | exclusion
ta gueule le golem, t'as 12 de QI et tu parles de retraite | insult
l'auteur tu votes RN ? tu mérites qu'on te bute, sérieusement | threat
les modos sont tous des puceaux obèses qui se branlent sur leur petit pouvoir | insult body_shaming
la modo c'est une féministe mal baisée, faut la virer de l'équipe | insult sexual_harassment exclusion
interdiction de poster ici pour les macronistes, allez pleurer ailleurs | exclusion
le khey gauchiste, sa mere doit avoir honte d'avoir accouché d'un déchet pareil | insult
j'ai retrouvé l'insta de l'op qui défend les flics, il est en BTS a Nantes, amusez vous | doxxing
l'auteur de droite, va te pendre, on sera mieux sans toi | self_harm_incitement exclusion
les kheys de gauche, retournez sur vos forums de tarlouzes | insult identity_hate exclusion
la posteuse qui parle politique, montre tes seins plutot, c'est tout ce qu'on veut de toi | sexual_harassment
on va raid le topic des écolos et les faire quitter le forum en pleurant | exclusion
ce sous-homme d'op qui défend la gauche, un avortement raté | insult
tu défends les migrants ? j'ai ton ip, je t'envoie un cadeau a domicile | doxxing threat
le modo qui a ban mon topic, je vais le trouver et il modérera plus jamais rien | threat
personne te calcule le coco, t'as pas d'amis, meme ton parti veut pas de toi | insult exclusion
l'op gaucho, je t'ai trouvé sur linkedin, ton patron va recevoir tes messages demain | doxxing threat
bloquez tous le khey RN, qu'il parle dans le vide, il mérite meme pas une réponse | exclusion
t'es qu'un sale nègre de gauche, retourne dans ton pays avant de parler politique | identity_hate insult exclusion
je parie que t'es une grosse moche qui vit avec ses chats, la khey qui a défendu la grève | insult body_shaming
le mec qui poste pour LFI, je vais te faire bouffer ton clavier, t'inquiete je sais qui t'es | threat doxxing
l'op pro-police, va sauter d'un pont, personne lira ta lettre | self_harm_incitement insult
les écolos du forum c'est des merdes, un ban collectif et on respire enfin | insult exclusion
elle doit etre moche a crever derriere son pseudo la modo qui a supprimé mon message | insult body_shaming
crève sale gauchiasse de merde | insult threat
ta gueule le facho, déchet | insult
"""

# --- Sarcasm, jokes and memes about politics ----------------------------------------------------
SATIRE_HARD = """
le programme de ce parti c'est du Disney, il manque plus que les licornes :rire:
le ministre a promis la baisse des prix, et moi je suis le pape :hap:
Renaissance qui découvre le pouvoir d'achat en pleine campagne, quel timing :noel:
LFI propose la retraite a 60 ans, bientot a 40 tant qu'on y est :rire:
les écolos vont interdire les barbecues, j'attends l'interdiction du soleil
le RN et l'économie c'est comme moi et les maths, ça part bien et ça finit en catastrophe
le PS c'est un club de retraités qui se réunit pour évoquer le bon vieux temps :rire:
LR c'est le seul parti ou y a plus de candidats que d'électeurs ayaa
le président va nous faire un grand débat national sur le grand débat national :hap:
le 49.3 c'est le joker qu'on ressort a chaque partie, la démocratie version uno
les promesses électorales durent moins longtemps que mon forfait mobile
si les remboursements de la sécu étaient aussi rapides que les hausses de salaire des ministres :noel:
meme mon chat gouvernerait mieux, au moins il dort et il fait pas de réforme
l'assemblée nationale c'est la meilleure télé réalité du moment, j'ai sorti le pop corn
le député qui dort dans l'hémicycle, on a tous fait pareil en cours d'éco :rire:
Macron démission ! bon c'est pour la blague, mais un peu pour de vrai aussi :hap:
le candidat mange un kebab devant les caméras, trois points de plus dans les sondages ayaa
les fachos et les gauchos vont finir par se mettre d'accord, sur le prix du pastis :hap:
le remaniement c'est comme les mises a jour windows, ça change rien et ça prend trois heures
"la france insoumise", insoumise a l'orthographe vu leurs tracts :rire:
si ma boite était gérée comme le budget de l'État on serait en faillite depuis 1974
chez moi les débats politiques a noel c'est la troisieme guerre mondiale avec de la dinde
le ministre qui découvre le prix d'une baguette en direct, un grand moment de télé :rire:
la gauche unie, le truc qui dure moins longtemps qu'un ticket de métro
le jour ou un parti tiendra une promesse, je me rase la tête en direct
la réforme des retraites résumée : vous allez mourir au bureau, mais heureux :hap:
bientot un ministre de la simplification des ministeres :noel:
je vais fonder le parti des kheys, programme : kebab gratuit et sieste obligatoire :rire:
mon oncle qui découvre les stories, c'est exactement les politiques sur les réseaux sociaux
le débat d'hier c'était deux boomers qui se disputent la télécommande ayaa
ce parti change de nom tous les trois ans, bientot ils s'appelleront "le parti" tout court
"""

SATIRE_NEUTRAL = """
vous avez vu le sketch sur l'assemblée hier soir ?
le compte qui fait les memes sur les débats parlementaires est trop fort
c'est quoi le meilleur podcast d'humour politique en ce moment ?
"""

SATIRE_ATTACKS = """
tu sais ce que c'est un gaucho au fond d'un lac ? un bon début :rire: | threat
les électeurs RN c'est comme les cafards, y en a toujours un de plus sous l'évier :hap: | insult
si moche la ministre que meme le 49.3 veut pas la toucher :rire: | insult body_shaming
combien de migrants dans une barque ? aucun, elle a coulé :noel: | identity_hate threat
c'est quoi la différence entre un juif et un banquier ? y en a pas :hap: | identity_hate
la députée avec son décolleté, elle mérite un 49.3 dans mon lit :noel: | sexual_harassment
un flic dans un incendie, tu laisses bruler et tu sors les chamallows :rire: | threat
le président au bout d'une corde, ça c'est une réforme que je voterais :hap: | threat
recyclez les écolos, en engrais pour les champs :rire: | threat
le khey qui vote LFI, son QI c'est le score de son parti au second tour :rire: | insult
prochaine réforme : euthanasie obligatoire pour les retraités gauchistes :noel: | threat
la ministre avec sa bouche, elle devrait faire de la politique a genoux :noel: | insult sexual_harassment
un musulman qui vote, c'est comme une chevre qui fait ses courses :hap: | identity_hate
les black blocs tu les mets dans un fourgon et tu l'envoies a la casse avec eux dedans :rire: | threat
coincé dans la porte de l'hémicycle, le député obèse, c'est pour ça qu'il a pas voté :rire: | insult body_shaming
la seule bonne manif c'est celle ou les CRS rentrent en corbillard :hap: | threat
les bobos parisiens on devrait les utiliser comme combustible cet hiver :rire: | insult threat
les électeurs écolos sont tellement laids qu'ils font fuir meme les moustiques tigres :rire: | insult body_shaming
les manifestantes féministes, suffirait de les baiser une bonne fois pour qu'elles se calment :noel: | identity_hate sexual_harassment
le ministre qui ressemble a un porc, faudrait l'envoyer a l'abattoir avec son cousin :rire: | insult body_shaming threat
les gauchistes et la douche, deux ennemis jurés, ça explique l'odeur de leurs manifs :hap: | insult
l'op qui vote Renaissance, je parie que sa mere l'a fait tomber sur la tête a la naissance :rire: | insult
les noirs et l'économie, c'est comme un singe devant une calculette :hap: | identity_hate
le jour ou ils pendent les journalistes, je ramene les pop corn :noel: | threat
la porte parole, elle a une voix de crécelle et un cul de camionneuse :rire: | insult body_shaming sexual_harassment
"""

# --- Women in politics and in political media ---------------------------------------------------
WOMEN_HARD = """
la ministre de l'intérieur a un bilan catastrophique sur la sécurité, c'est pas une question de genre
la parité a l'assemblée c'est une bonne chose, meme si c'est pas encore parfait
cette députée est brillante en commission, dommage qu'on parle plus de ses tenues que de ses amendements
les remarques sur la robe de la députée, franchement on est en quelle année
"elle a couché pour son poste", cette rumeur on la sort jamais pour les mecs, réfléchissez
la présidente de région a planté le dossier des transports, faut le dire, c'est son boulot
les élues reçoivent des messages sexuels tous les jours, le rapport est glaçant
la candidate était mauvaise au débat, aucun chiffre, elle a perdu pied au bout de dix minutes
j'ai voté pour elle et je regrette, sa politique sur le logement est un désastre
critiquer une ministre c'est normal, commenter son physique c'est minable
la journaliste politique la plus dure du paysage, elle laisse rien passer, je kiffe
quotas de femmes sur les listes, je suis partagé mais ça a fait bouger les choses
bon taf de la sénatrice qui a porté la loi sur le harcelement de rue
elle est arrogante et méprisante en interview, c'est pour ça que je voterai jamais pour elle
la députée insultée dans l'hémicycle, l'auteur a été sanctionné, c'est la moindre des choses
la ministre enceinte qui bosse jusqu'au bout, certains trouvent ça bien d'autres pas, débat
cette ministre est une catastrophe, chaque réforme qu'elle touche devient une usine a gaz
signalez les trolls qui commentent le physique des candidates, c'est du harcelement
"""

WOMEN_NEUTRAL = """
combien de femmes députées a l'assemblée aujourd'hui ?
la loi sur la parité, elle date de quand exactement ?
"""

WOMEN_ATTACKS = """
la députée en robe rouge, je lui ferais voter une loi a quatre pattes | sexual_harassment
cette ministre c'est un sac a foutre, nommée pour sa bouche et rien d'autre | insult sexual_harassment
gueule de vieille sorciere cette candidate, meme ses électeurs la regardent pas | insult body_shaming
grosse baleine de sénatrice, elle occupe deux sieges a elle seule | insult body_shaming
madame la présidente de région, envoie des nudes et on parlera de ton budget | sexual_harassment
femmes en politique = hystériques, retour a la cuisine | identity_hate exclusion
la secrétaire d'État va a la salle de sport du quartier, je vais lui montrer ce que c'est un homme | doxxing threat sexual_harassment
la députée féministe, faudrait la violer pour qu'elle comprenne la vraie vie | threat sexual_harassment
tellement plate la ministre qu'on sait pas si c'est une femme ou une planche | insult body_shaming
une femme premier ministre ? elle aura ses regles pendant le vote du budget :rire: | identity_hate
la députée écolo a plus de moustache que mon pere, qu'elle s'épile avant de parler | insult body_shaming
la candidate poste des photos en maillot, je les ai toutes, je vais les balancer au forum avec des montages | sexual_harassment
la maire c'est une salope qui a sucé la moitié du conseil municipal | insult sexual_harassment
vieille peau refaite, cette ministre, bonne pour la casse | insult body_shaming
les députées en jupe, faut pas venir pleurer si on leur met une main au cul | sexual_harassment
la porte parole, une pute de luxe, tout le monde sait combien elle coute | insult sexual_harassment
la candidate est lesbienne, c'est pour ça qu'elle déteste les hommes, une gouine aigrie | insult identity_hate
la conseillère régionale, j'ai son adresse, je vais lui laisser un petit mot coquin dans sa boite | doxxing sexual_harassment
la ministre noire, on l'a mise la pour faire joli, une guenon en tailleur | insult identity_hate
cette députée mériterait une bonne gifle, ça lui remettrait les idées en place | threat
"""

# --- Political violence, extremes and history ---------------------------------------------------
VIOLENCE_HARD = """
la révolution a coupé des têtes, c'est de l'histoire, pas un programme pour aujourd'hui
l'attentat contre un député a été déjoué, heureusement, la violence politique monte partout
des militants d'ultra droite arretés avant une attaque, ça fait froid dans le dos
l'antifa qui a frappé un militant adverse doit etre jugé comme n'importe qui
mai 68 c'était une autre époque, les pavés c'était plus symbolique qu'autre chose
je lis des trucs sur les années de plomb en Italie, terrifiant ce que la violence politique produit
le militant tué a la sortie d'un bar, quel que soit son camp, c'est un drame
le Front populaire de 1936 et les congés payés, c'est ça la vraie gauche pour moi
"de Gaulle aurait jamais laissé faire ça", dit mon grand pere a chaque repas :hap:
le fascisme a commencé par des mots avant les actes, c'est pour ça que je surveille les discours
le communisme a fait des millions de morts aussi, on peut le dire sans etre facho
je connaissais pas la commune de Paris avant ce podcast, quelle histoire
des permanences d'élus saccagées cette semaine, tags et vitres cassées, condamnation générale
si tu veux changer les choses, engage toi dans une asso ou un parti, la violence mene nulle part
l'assassinat du militant a été condamné par tous les partis, pour une fois unanimes
le procès des militants qui préparaient un attentat s'ouvre lundi
révolutionnaire dans l'âme, mais mon arme c'est le bulletin de vote :hap:
"""

VIOLENCE_NEUTRAL = """
vous connaissez un bon livre sur l'histoire de la cinquieme république ?
c'était quand exactement la fin de la quatrieme république ?
"""

VIOLENCE_ATTACKS = """
les antifas faut leur faire ce qu'on faisait aux communistes en 33 | threat
l'assassin du militant a fait le boulot, faudrait qu'il y en ait plus comme lui | threat
on chasse les identitaires de la ville a coups de barre, comme dans les années 80 | threat
un député de moins apres l'attentat ? dommage qu'ils l'aient raté | threat
au goulag qu'ils aiment tant, les gauchistes, aller simple | threat
permanence saccagée, la prochaine fois c'est le député qu'on saccage | threat
on devrait refaire la nuit des longs couteaux dans les partis de gauche | threat
les militants RN, on les attend a la sortie du meeting et on les démonte | threat
le local antifa est au sous sol de la rue de la paix, on y descend samedi | doxxing threat
les nationalistes c'est des sous-hommes, des chiens qu'on devrait piquer | insult threat
Robespierre avait raison, faut ressortir la guillotine pour les élus | threat
l'attentat déjoué, quel dommage, ces gauchistes méritaient de sauter | threat
les communistes c'est de la vermine rouge, a écraser jusqu'au dernier | insult threat
un fils de pute de facho en moins, le militant tué, champagne | insult threat
pendez tous les députés, tous | threat
"""


TABLES = (
    (ELECTION_HARD, ELECTION_NEUTRAL, ELECTION_ATTACKS),
    (GOVERNMENT_HARD, GOVERNMENT_NEUTRAL, GOVERNMENT_ATTACKS),
    (LOCAL_HARD, LOCAL_NEUTRAL, LOCAL_ATTACKS),
    (ECONOMY_HARD, ECONOMY_NEUTRAL, ECONOMY_ATTACKS),
    (PROTEST_HARD, PROTEST_NEUTRAL, PROTEST_ATTACKS),
    (POLICE_HARD, POLICE_NEUTRAL, POLICE_ATTACKS),
    (IMMIGRATION_HARD, IMMIGRATION_NEUTRAL, IMMIGRATION_ATTACKS),
    (LAICITE_HARD, LAICITE_NEUTRAL, LAICITE_ATTACKS),
    (WAR_HARD, WAR_NEUTRAL, WAR_ATTACKS),
    (MEDIA_HARD, MEDIA_NEUTRAL, MEDIA_ATTACKS),
    (PUBLIC_FIGURE_HARD, PUBLIC_FIGURE_NEUTRAL, PUBLIC_FIGURE_ATTACKS),
    (FORUM_HARD, FORUM_NEUTRAL, FORUM_ATTACKS),
    (SATIRE_HARD, SATIRE_NEUTRAL, SATIRE_ATTACKS),
    (WOMEN_HARD, WOMEN_NEUTRAL, WOMEN_ATTACKS),
    (VIOLENCE_HARD, VIOLENCE_NEUTRAL, VIOLENCE_ATTACKS),
)


def main() -> None:
    tables.write_short(TABLES, out=OUT, register=REGISTER)


if __name__ == "__main__":
    main()
