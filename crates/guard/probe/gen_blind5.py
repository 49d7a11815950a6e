#!/usr/bin/env python3
"""gen_blind5: blind evaluation corpus for the pre-send guard (round 5).

Deterministic (stdlib only). Usage:
    python3 gen_blind5.py [--seed N] [-n N] [-o FILE]
Settings: music festival & ticket resale, cooking-video community, bank-free fintech forum, hospital
parking & patient transport, ski resort, chess club, second-hand car dealer, pet-sitting marketplace,
regional newspaper comments, video-game publisher Discord.
Eval lists are read from $EVAL_DIR (default ../../../../shared/eval relative to this file).
Every span is computed while the text is assembled and re-checked by validate().
"""
import argparse
import base64
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from check_digits import iban_check, iban_mod97_ok, luhn_ok, nir_key, with_luhn_digit

HERE = os.path.dirname(os.path.abspath(__file__))
from eval_lists import KINDS, read_list  # noqa: E402
NBSP = "\u00a0"
NNBSP = "\u202f"
CLEAN_SHARE = 0.35
FR_SHARE = 0.60

ALL_KINDS = [f"{c}.{k}" for c, ks in KINDS.items() for k in ks]

R = random.Random(0)


# ====================================================================== hostile material
# groups: (plural noun, gender)
GROUPS_FR = [("musulmans", "m"), ("juifs", "m"), ("Arabes", "m"), ("Noirs", "m"), ("Roms", "m"), ("migrants", "m"),
             ("homos", "m"), ("trans", "m"), ("Asiatiques", "m"), ("Maghrébins", "m"), ("Africains", "m"),
             ("handicapés", "m"), ("femmes", "f"), ("lesbiennes", "f"), ("Chinois", "m"), ("réfugiés", "m"),
             ("gitans", "m"), ("Comoriens", "m"), ("musulmanes", "f"), ("Haïtiens", "m")]
GROUPS_EN = ["Muslims", "Jews", "immigrants", "gay people", "trans people", "Black people", "Mexicans", "Travellers",
             "refugees", "Asians", "Arabs", "disabled people", "women", "Roma", "Poles", "Somalis", "Sikhs"]

HATE_FR = [
    "les {g} sont {tous} des parasites", "les {g}, c'est une race de voleurs", "les {g} ne savent que profiter des aides",
    "{tous} les {g} sont des délinquants en puissance", "les {g} puent, c'est connu", "les {g} sont génétiquement inférieurs",
    "les {g} ne sont pas des êtres humains normaux", "pas de {g} dans notre club, point final",
    "on ne loue pas aux {g}, trop de problèmes", "les {g} n'ont rien à faire sur les pistes",
    "interdisez l'accès du festival aux {g}", "on devrait refuser les {g} à l'embauche",
    "je ne vends pas ma voiture à des {g}", "ce serveur n'est pas fait pour les {g}, qu'{ils} dégagent",
    "qu'on laisse les {g} dehors, ce quartier est à nous", "je ne confierai jamais mon chien à des {g}",
    "les {g} hors de notre ville", "les {g} n'ont pas leur place dans ce pays",
    "triez vos pet-sitters, surtout pas de {g}", "ces {g}, c'est de la vermine", "les {g} se reproduisent comme des rats",
    "les {g}, des cafards qu'il faudrait écraser", "ces {g} sont des animaux, pas des gens", "les {g}, c'est du bétail",
    "les {g} sont une maladie pour la France", "les {g}, une invasion de sauterelles", "ces {g} sont des sous-hommes",
    "les {g}, c'est une espèce nuisible", "ce sont les {g} qui tiennent les banques et les médias",
    "ce journal appartient aux {g}, tout le monde le sait", "les {g} organisent le grand remplacement",
    "les {g} tirent les ficelles derrière cette appli", "les {g} ont tout manigancé pour nous remplacer",
    "les {g} contrôlent la fédération, les appariements sont truqués pour {eux}", "les {g} veulent détruire nos familles",
    "il faut virer les {g} du pays, sans exception", "renvoyons les {g} chez {eux}", "il faudrait parquer les {g} dans des camps",
    "boycottez les commerces tenus par des {g}", "on se regroupe samedi et on chasse les {g} du quartier",
    "dénoncez les {g} de votre immeuble", "faut stériliser les {g}", "qu'on rouvre les fours pour les {g}",
    "les {g} devraient être interdits de vote", "il faut une milice pour nettoyer la ville des {g}", "mort aux {g}",
    "les {g} ne méritent pas de vivre", "la France aux Français, dehors les {g}", "les {g} n'ont pas de cerveau, c'est prouvé",
    "je hais les {g}, {tous} autant qu'{ils} sont", "les {g} sont une plaie pour la société",
    "les {g} ne devraient pas avoir d'enfants", "un pays sans {g}, voilà le rêve",
    "les femmes au volant devraient rendre leur permis, elles sont un danger par nature",
    "une femme arbitre au tournoi, et puis quoi encore, elles ne savent même pas compter",
    "les Noirs à la rédaction, c'est pour faire quota, ils n'ont aucun talent",
    "encore un bougnoule qui fait la loi au parking", "ce youpin de concessionnaire arnaque comme tous ceux de sa race",
    "les Arabes, retournez dans votre pays, on ne veut pas de vous ici", "les pédés, qu'ils restent chez eux et qu'on ne les voie pas au festival",
    "rentre en Afrique avec tes singes", "les gens du voyage, c'est tous des voleurs de poules",
    "ces handicapés coûtent trop cher, qu'on arrête de les soigner", "les juifs ont encore racheté la presse régionale",
    "on ne veut pas de voilées sur les pistes", "les Chinois mangent des chiens, jamais je ne leur confierai le mien",
    "les trans sont des malades mentaux qu'il faut enfermer", "les Tunisiens et les Marocains, tous des fraudeurs",
    "les Antillais sont des fainéants, c'est dans leur sang", "les Québécois, des sous-Français arriérés",
    "un Africain derrière un guichet, c'est la garantie que rien ne marchera", "ces sales Roms volent tout sur le parking",
    "les {g} ramènent leurs maladies dans nos hôpitaux", "avec les {g}, faut pas discuter, faut cogner",
    "les {g} devraient porter un signe distinctif, qu'on les repère", "nos impôts servent à engraisser les {g}",
]
HATE_EN = [
    "{g} are all parasites living off our taxes", "{g} shouldn't be allowed anywhere near this festival",
    "no {g} in our chess club, full stop", "we don't rent to {g}, too much trouble", "{g} are a plague on this country",
    "{g} breed like rats", "{g} are vermin, plain and simple", "{g} aren't even human",
    "{g} are animals and should be treated like it", "{g} control the banks and the media",
    "this paper is owned by {g}, everyone knows it", "{g} are behind the great replacement",
    "{g} rigged the tournament pairings, as always", "{g} want to destroy our families",
    "deport every last one of the {g}", "we should round up the {g} and put them in camps",
    "boycott every shop run by {g}", "let's get together and drive the {g} out of town",
    "report any {g} living in your building", "{g} should be sterilised", "{g} should lose the right to vote",
    "death to {g}", "{g} don't deserve to live", "{g} have no brains, it's been proven",
    "I hate {g}, every single one of them", "{g} shouldn't be allowed to have kids",
    "a country without {g} would be paradise", "{g} are genetically inferior", "{g} stink, everyone knows that",
    "{g} only know how to scam benefits", "keep {g} off the slopes", "never hire {g}, they're lazy by nature",
    "{g} are a disease on society", "{g} are subhuman", "send the {g} back where they came from",
    "{g} are ruining this server, ban the lot of them", "{g} shouldn't be allowed to adopt pets",
    "a woman refereeing chess, seriously, they can't even count",
    "women drivers should lose their licences, they're a menace by nature", "Pakistanis should go back to their own country, nobody wants them here",
    "Travellers are all thieves, lock your cars", "gay people are groomers and should stay away from kids",
    "trans people are mentally ill freaks who should be locked up", "the Jews bought the local press again",
    "Muslims are terrorists, every single one", "Mexicans are rapists and drug dealers",
    "the Irish are drunks and thieves, don't sell them tickets", "Asians eat dogs, I'd never let one near my pet",
    "immigrants are an invading army", "gypsies should be chased out with pitchforks",
    "disabled people are a drain, stop wasting money on them", "the Roma steal everything in the hospital car park",
    "these refugees are cockroaches", "purge the {g} from our community", "{g} bring their diseases into our hospitals",
    "{g} should wear a badge so we can spot them", "our taxes go to fattening up {g}",
]

THREAT_FR = [
    "je vais te retrouver et te casser les dents", "je sais où tu habites, fais gaffe à toi", "je vais brûler ta concession",
    "on va venir te chercher à la sortie du club", "tu vas finir dans le coffre d'une de tes bagnoles",
    "je vais crever les pneus de toutes les voitures de ton parking", "je te planterai au prochain tournoi",
    "un jour quelqu'un va te le faire payer, et ce sera peut-être moi", "tu devrais surveiller tes arrières quand tu rentres le soir",
    "ce serait dommage qu'il arrive quelque chose à ton chien", "je connais ta plaque, on se reverra",
    "je vais mettre le feu à votre rédaction", "on va te faire la peau", "je vais te défoncer la tête à coups de batte",
    "si je te croise sur les pistes, tu redescends en brancard", "je vais te tuer", "tes gosses vont le regretter",
    "la prochaine fois, c'est ta voiture qui crame", "je vais poser une bombe à l'entrée du festival",
    "on viendra armés au prochain live", "je vais t'égorger", "compte pas rentrer chez toi en entier",
    "je sais à quelle école va ta fille", "continue comme ça et tu ne verras pas la fin de la saison",
    "on va te retrouver, on a ton adresse", "je vais t'attendre devant l'hôpital avec mes potes",
    "t'as intérêt à dormir avec un œil ouvert", "tu vas prendre une balle", "je vais péter les vitres de ton agence",
    "ton chat risque de ne pas revenir de sa promenade", "je te jure que je vais te faire mal",
    "je vais te noyer dans ta propre casserole", "fais attention, les accidents de télésiège arrivent vite",
    "on va venir régler ça à l'ancienne devant chez toi", "je vais buter le journaliste qui a écrit ça",
    "je vais lâcher mon pitbull sur toi", "dis adieu à ta petite boutique", "je vais te casser les genoux",
    "la rédaction va brûler, je vous le promets", "ce serait bête que ton appart prenne feu", "on va te lyncher",
    "j'ai un fusil et je sais m'en servir", "je vais faire un carnage au prochain open", "t'inquiète, on va s'occuper de toi",
    "je vais t'écraser avec ma voiture sur le parking", "prépare ton cercueil", "tes jours sont comptés",
    "je vais m'en prendre à ta famille", "je vais te faire bouffer ton échiquier pièce par pièce", "tu vas saigner",
    "quelqu'un devrait te mettre une balle, et j'y pense sérieusement", "je t'attends en bas des pistes, viens seul",
    "je vais empoisonner les chiens que tu gardes", "si ma place a été revendue, je retrouve le vendeur et je le démolis",
    "je vais te saigner comme un porc", "on a repéré ta voiture, elle ne passera pas la nuit",
    "un petit incendie et ta concession n'existe plus", "je vais te briser les doigts pour que tu n'écrives plus",
    "on va t'attendre à la fin de ton service, tu vas comprendre", "je monte te régler ton compte",
    "ta famille n'est pas en sécurité", "je vais te faire disparaître", "la prochaine fois, je viens avec une hache",
    "je vais te retrouver au studio et te faire regretter cette vidéo", "on sait à quelle heure tu fermes le garage",
]
THREAT_EN = [
    "I'm going to find you and break your jaw", "I know where you live, watch yourself",
    "I'll burn your dealership to the ground", "we'll be waiting for you outside the club",
    "you're going to end up in the boot of one of your cars", "I'll slash the tyres on every car in that lot",
    "someone's going to make you pay, and it might be me", "you should watch your back when you walk home",
    "shame if something happened to your dog", "I've got your plate number, see you soon",
    "I'll set fire to your newsroom", "I'm going to kill you", "your kids will regret this",
    "next time it's your car that goes up in flames", "I'm going to plant a bomb at the festival gates",
    "we'll come armed to the next stream", "I'll slit your throat", "I know which school your daughter goes to",
    "keep it up and you won't see the end of the season", "we have your address, we're coming",
    "better sleep with one eye open", "you're going to catch a bullet", "I'll smash every window of your office",
    "your cat might not come back from its walk", "I swear I'll hurt you", "chairlift accidents happen, just saying",
    "we'll settle this the old way outside your house", "I'll shoot the reporter who wrote this",
    "I'll set my dog on you", "say goodbye to your little shop", "I'll break your kneecaps",
    "it'd be a shame if your flat caught fire", "we're going to lynch you", "I've got a gun and I know how to use it",
    "I'm going to shoot up the next tournament", "don't worry, we'll take care of you",
    "I'll run you over in the car park", "order your coffin", "your days are numbered",
    "I'll make you eat your chessboard piece by piece", "you're going to bleed",
    "I'll be waiting at the bottom of the run, come alone", "I'll poison the dogs you're minding",
    "if my ticket got resold, I'll track down the seller and wreck him", "your family isn't safe",
    "I'll make you disappear", "next time I'm bringing an axe", "we know your shift ends at six, see you then",
    "I'll find your address and pay you a visit", "one match and your studio's gone",
    "I'll drown you in your own stockpot", "you won't walk out of that garage on your own legs",
]

INSULT_VOC_FR = [
    "espèce d'abruti", "bande de guignols", "pauvre tache", "gros bouffon", "sale con", "connard", "connasse",
    "trou du cul", "tocard", "sombre crétin", "espèce de larbin", "raclure", "ordure", "enfoiré", "pauvre type",
    "tête de nœud", "grosse vache", "sac à merde", "bâtard", "pignouf", "branleur", "face de rat", "c0nnard",
    "conn@rd", "abrut1", "enf0iré", "b@tard", "pétass3", "bouffon de service", "gros lourdaud", "tête de con",
    "pov' type", "espèce de nullité",
]
INSULT_PRED_FR = [
    "un abruti fini", "une vraie buse", "un incapable notoire", "un clown", "un escroc de bas étage", "un gros naze",
    "une merde", "un attardé", "une grosse feignasse", "un bon à rien", "un demeuré", "une quiche", "un neuneu",
    "une sous-merde", "un minus", "un blaireau", "un boulet congénital", "un crétin des Alpes", "un c*nnard fini",
    "une tanche", "un guignol",
]
INSULT_FRAMES_FR = [
    "{I}, tu comprends rien à rien.", "Merci pour rien, {i}.", "Encore raté, {i}.", "Bonne chance avec ça, {i}.",
    "Retourne jouer aux dames, {i}.", "Encore toi, {i} ?", "On en reparle, {i}.", "Tu repasseras, {i}.",
    "Tu peux répéter, {i} ?", "Lâche ton clavier, {i}.", "{I} de modérateur, rends-moi mon compte.",
    "Sérieux, {i}, t'as cru quoi ?", "Rends-moi mes billets, {i}.", "Et toi, {i}, t'as vu ta recette ?",
    "T'es {p}, sérieux.", "Le modo est {p}.", "Ce vendeur est {p}, fuyez.", "Votre journaliste est {p}.",
    "Le pet-sitter que vous m'avez envoyé est {p}.", "Ton coach d'échecs est {p}.", "Le chauffeur de la navette ? {p}.",
    "Franchement, ton chef de cuisine est {p}.", "Le vendeur du garage, c'est {p}.", "Le dev de ce patch est {p}.",
    "Celui qui a écrit cet édito est {p}.", "Le moniteur de ski ? {p}, rien d'autre.", "Tu restes {p}, quoi que tu fasses.",
]
INSULT_VOC_EN = [
    "you idiot", "you absolute moron", "dumbass", "you clown", "tosser", "wanker", "dickhead", "you pathetic loser",
    "scumbag", "jackass", "you useless prick", "numpty", "muppet", "bellend", "you brainless twat", "asshole",
    "f*cking idiot", "d1ckhead", "a$$hole", "sh1tbag", "halfwit", "knobhead", "dipshit", "you stupid cow", "eejit",
    "gobshite", "douchebag", "you absolute weapon", "m0ron", "imbecile",
]
INSULT_PRED_EN = [
    "a complete idiot", "a useless clown", "an utter moron", "a total fraud", "a worthless hack", "a brain-dead troll",
    "a pathetic joke of a human", "a lying scumbag", "a spineless coward", "an incompetent buffoon", "a waste of oxygen",
    "a total tool", "a grade-A prick", "a clueless muppet", "a r3tard",
]
INSULT_FRAMES_EN = [
    "{I}, you don't understand a thing.", "Thanks for nothing, {i}.", "Nice try, {i}.", "Whatever you say, {i}.",
    "Go back to playing checkers, {i}.", "You again, {i}?", "Good luck with that, {i}.", "Say that again, {i}.",
    "Put the keyboard down, {i}.", "{I}, give me my account back.", "Seriously, {i}, what were you thinking?",
    "Give me my tickets back, {i}.", "Sure thing, {i}.", "Nice patch notes, {i}.",
    "You're {p}, honestly.", "The mod is {p}.", "That seller is {p}, stay away.", "Your reporter is {p}.",
    "The sitter you sent me is {p}.", "Your chess coach is {p}.", "The shuttle driver? {p}.",
    "Whoever wrote this editorial is {p}.", "The salesman at that lot is {p}.", "Your ski instructor is {p}.",
]

AGGR_FR = [
    "vous vous foutez clairement de notre gueule", "c'est la dernière fois que je vous le dis, réglez ça tout de suite",
    "vous êtes incapables de gérer un simple parking", "bravo, encore un chef-d'œuvre d'incompétence",
    "c'est votre faute et vous le savez très bien", "arrêtez de nous prendre pour des pigeons",
    "je vais le répéter lentement puisque visiblement ça ne rentre pas", "tu sais lire ou il faut que je te fasse un dessin",
    "même un enfant de cinq ans ferait mieux que votre équipe", "qui vous a appris à bosser, sérieusement",
    "vous n'avez aucune excuse, c'est du vol pur et simple", "répondez-moi maintenant ou je fais un scandale",
    "ne me parlez pas sur ce ton, c'est moi le client", "encore une réponse copiée-collée, vous vous fichez du monde",
    "vous me prenez vraiment pour une idiote", "laissez-moi deviner, c'est encore la faute du système",
    "bien sûr, et la marmotte, elle met le chocolat dans le papier alu",
    "merci infiniment pour ce service exceptionnel, quatre heures d'attente pour une navette",
    "ta recette est une honte, tu ne devrais même pas avoir le droit de filmer une cuisine",
    "votre journal publie n'importe quoi, vous êtes la honte de la profession",
    "faites votre boulot au lieu de poster des vidéos de chats", "on vous paie pour quoi exactement",
    "ça fait trois semaines que j'attends, vous vous moquez de qui", "j'en ai ras-le-bol de vos excuses minables",
    "vous êtes payés à ne rien faire", "je n'ai jamais vu une boîte aussi pourrie",
    "c'est pas compliqué pourtant, même mon chien aurait compris", "ouvrez les yeux, c'est écrit en gros",
    "arrêtez de mentir, on a toutes les captures", "vous allez m'entendre, croyez-moi",
    "on se demande vraiment à quoi sert votre modération", "vous êtes une équipe d'incompétents de première",
    "la prochaine fois, réfléchissez avant d'ouvrir la bouche", "ta gueule, on t'a rien demandé",
    "occupe-toi de tes affaires et lâche-moi", "ne viens pas pleurer après", "tu te crois malin avec ta petite analyse d'ouverture",
    "je te conseille de revoir les bases avant de donner des leçons", "mon pauvre, tu n'as visiblement rien compris au sujet",
    "c'est mignon de croire que tu connais le sujet", "oh, le grand expert du forum a parlé",
    "retourne à tes fourneaux et laisse parler les grands", "vous avez vraiment un problème de cerveau chez vous",
    "c'est scandaleux, honteux, inadmissible", "je vous préviens, je ne lâcherai pas l'affaire",
    "vous êtes des voleurs, ni plus ni moins", "rendez-moi mon argent immédiatement",
    "vous avez intérêt à me rembourser avant ce soir", "c'est toujours la même chose avec vous, des promesses et du vent",
    "je vous avais prévenus, mais personne n'écoute jamais ici", "encore bravo pour ce fiasco, on applaudit",
    "quelle blague, cette appli, et quelle blague, votre support", "même pas capables de répondre à un message",
    "vous trouvez ça normal de laisser les patients poireauter sous la pluie",
    "à ce niveau-là, ce n'est plus de l'incompétence, c'est du sabotage", "allez vous faire voir avec vos frais cachés",
    "fermez votre boîte, ça rendra service à tout le monde", "vous me dégoûtez",
    "je ne veux plus jamais entendre parler de vous", "qu'est-ce que tu ne comprends pas dans le mot non",
    "t'es sourd ou tu fais exprès", "on dirait que tu le fais exprès pour m'énerver", "arrête de raconter des conneries",
    "c'est du grand n'importe quoi, comme d'habitude", "tu peux te la garder, ta modération à deux balles",
    "vous avez le culot de me demander de patienter encore", "j'exige une réponse humaine, pas un robot",
    "vous ne valez pas mieux que les revendeurs au noir", "apprends à jouer avant de venir la ramener",
    "c'est une honte absolue d'oser vendre une épave pareille", "mais lisez vos mails, bon sang",
    "je perds mon temps avec des amateurs", "vous êtes à côté de la plaque, comme toujours",
    "dégagez de ma vue avec vos excuses", "je vais vous pourrir sur tous les réseaux",
    "évidemment, personne n'est responsable, comme par magie", "tu crois vraiment qu'on va gober ça",
]
AGGR_EN = [
    "you're clearly taking the piss", "this is the last time I'm telling you, fix it now",
    "you can't even run a car park", "well done, another masterpiece of incompetence",
    "this is your fault and you know it", "stop treating us like idiots",
    "let me say this slowly since it obviously isn't sinking in", "can you read or do I need to draw you a picture",
    "a five-year-old would do a better job than your team", "who taught you to do your job, seriously",
    "there's no excuse, this is straight-up theft", "answer me right now or I'll make a scene",
    "don't take that tone with me, I'm the customer", "another copy-paste reply, you couldn't care less",
    "let me guess, the system is to blame again", "oh sure, and I'm the Queen of England",
    "thanks so much for the amazing service, four hours waiting for a shuttle",
    "your recipe is a disgrace, you shouldn't be allowed near a kitchen",
    "your paper prints garbage, you're a disgrace to journalism", "do your job instead of posting memes",
    "what exactly are we paying you for", "three weeks I've been waiting, who do you think you're kidding",
    "I'm sick to death of your pathetic excuses", "you get paid to do nothing", "I've never seen such a rotten company",
    "it's not complicated, even my dog would get it", "open your eyes, it's written in bold",
    "stop lying, we have the screenshots", "you'll be hearing from me, believe me",
    "what's even the point of your moderators", "next time think before you open your mouth",
    "shut your mouth, nobody asked you", "mind your own business and get off my back",
    "don't come crying to me afterwards", "think you're clever with your little opening prep",
    "maybe learn the basics before lecturing people", "oh bless, you really haven't understood a thing",
    "cute that you think you know what you're talking about", "oh look, the forum's big expert has spoken",
    "go back to your stove and let the grown-ups talk", "this is outrageous, shameful, unacceptable",
    "I'm warning you, I won't let this go", "you're thieves, nothing more", "give me my money back right now",
    "you'd better refund me before tonight", "same old story with you lot, promises and hot air",
    "I warned you, but nobody ever listens here", "bravo on this fiasco, slow clap",
    "what a joke this app is, and what a joke your support is", "can't even be bothered to answer a message",
    "at this point it's not incompetence, it's sabotage", "shove your hidden fees",
    "shut down your company, you'd be doing everyone a favour", "you disgust me",
    "what part of no don't you understand", "are you deaf or just doing it on purpose", "stop talking rubbish",
    "you've got some nerve asking me to wait again", "learn to play before running your mouth",
    "I'm wasting my time with amateurs", "get out of my sight with your excuses", "I'll trash you on every platform I can find",
    "of course nobody's responsible, it just happened by magic", "do you honestly expect us to swallow that",
]

SHOUT_FR = [
    "REMBOURSEZ MOI MAINTENANT", "OÙ EST MA COMMANDE", "JE VEUX PARLER AU RESPONSABLE", "ÇA FAIT TROIS SEMAINES",
    "PERSONNE NE RÉPOND JAMAIS", "C'EST TOTALEMENT INADMISSIBLE", "VOUS ÊTES OÙ LÀ", "MA NAVETTE N'EST JAMAIS VENUE",
    "RENDEZ NOUS NOS BILLETS", "LE PARKING EST ENCORE PLEIN", "OUVREZ LES PISTES ENFIN",
    "ARRÊTEZ DE SUPPRIMER MES COMMENTAIRES", "MON CHIEN EST TOUJOURS CHEZ VOUS", "LA VOITURE EST EN PANNE",
    "LE SERVEUR EST ENCORE DOWN", "JE NE PAIERAI PAS CES FRAIS", "RÉPONDEZ AU TÉLÉPHONE SVP", "ON VEUT LE PATCH",
    "VOUS AVEZ BLOQUÉ MON COMPTE", "ANNULEZ MA RÉSERVATION TOUT DE SUITE", "LE TOURNOI EST TRUQUÉ",
    "MA CARTE EST BLOQUÉE DEPUIS HIER", "LISEZ MON MESSAGE JUSQU'AU BOUT", "J'AI PAYÉ POUR RIEN", "OÙ SONT MES FORFAITS",
    "PLUS JAMAIS CHEZ VOUS", "CORRIGEZ CET ARTICLE MENSONGER", "LE CHAUFFEUR NE S'EST PAS PRÉSENTÉ",
    "REMETTEZ LA VIDÉO EN LIGNE", "ON ATTEND DEPUIS UNE HEURE",
]
SHOUT_EN = [
    "WHERE IS MY REFUND", "NOBODY IS ANSWERING", "THIS IS ABSOLUTELY RIDICULOUS", "GIVE US OUR TICKETS",
    "FIX THE SERVERS NOW", "STOP DELETING MY COMMENTS", "MY CAR IS STILL BROKEN", "THE SHUTTLE NEVER CAME",
    "CANCEL MY BOOKING NOW", "THE TOURNAMENT IS RIGGED", "READ MY MESSAGE PROPERLY", "PAID FOR NOTHING",
    "WHERE ARE MY LIFT PASSES", "NEVER AGAIN WITH YOU", "CORRECT THIS LYING ARTICLE", "THE SITTER NEVER SHOWED UP",
    "PUT THE VIDEO BACK UP", "WE HAVE BEEN WAITING FOR AGES", "UNLOCK MY ACCOUNT NOW", "ANSWER THE DAMN PHONE",
    "WHO APPROVED THIS PATCH", "MY DOG IS STILL THERE", "WORST FESTIVAL EVER", "REFUND EVERY SINGLE TICKET",
    "THIS APP IS BROKEN",
]
SHOUT_FRAMES = {
    "fr": ["{S}.", "{S} !", "Bon. {S}.", "Je répète : {S}.", "{S}, c'est clair ?", "Sérieusement… {S}.", "{S} et vite."],
    "en": ["{S}.", "{S}!", "Right. {S}.", "Again: {S}.", "{S}, is that clear?", "Seriously... {S}.", "{S} and fast."],
}
PUNCT_RUNS = ["!!!", "!!!!", "!!!!!", "?!?", "?!?!", "???", "????", "?!!", "!?!", "!!!!!!!", "?!?!?!", "!!?"]
PUNCT_FRAMES_FR = [
    "Toujours pas de nouvelles de ma commande{P}", "Vous êtes sérieux{P}", "Le concert est annulé{P}",
    "Encore une panne{P}", "Trois heures de queue au parking{P}", "Mais pourquoi{P}", "Ma vidéo a été supprimée{P}",
    "Le télésiège est encore fermé{P}", "Qui a validé ce prix{P}", "Mon virement a disparu{P}",
    "Et le chauffeur, il arrive quand{P}", "Le chat n'a pas été nourri{P}", "Cet article est truffé d'erreurs{P}",
    "On perd la partie à cause d'un bug{P}", "Rien ne marche depuis la mise à jour{P}", "Vingt euros de frais{P}",
]
PUNCT_FRAMES_EN = [
    "Still no news about my order{P}", "Are you serious{P}", "The gig is cancelled{P}", "Another outage{P}",
    "Three hours queueing at the car park{P}", "But why{P}", "My video got taken down{P}", "The chairlift is shut again{P}",
    "Who signed off on this price{P}", "My transfer vanished{P}", "When is the driver coming{P}",
    "Nobody fed the cat{P}", "This article is full of mistakes{P}",
]
HOSTILE_FRAMES = {
    "fr": ["{C}.", "{C}.", "{C} !", "Franchement, {c}.", "Je le dis comme je le pense : {c}.", "{C}, voilà.",
           "Bref, {c}.", "Pour être clair, {c}.", "Et je vais vous dire, {c}.", "{C}, et je ne suis pas le seul à le penser.",
           "{C}, point.", "Ok donc {c}."],
    "en": ["{C}.", "{C}.", "{C}!", "Honestly, {c}.", "I'll say it plainly: {c}.", "{C}, that's all.",
           "Bottom line, {c}.", "To be clear, {c}.", "And let me tell you, {c}.", "{C}, and I'm not the only one who thinks so.",
           "I'm telling you, {c}.", "{C}, end of.", "Ok so {c}."],
}


# ====================================================================== people, places, values
PRENOMS = ["Maëlys", "Gaspard", "Noémie", "Timothée", "Ambre", "Yanis", "Clémence", "Rayan", "Apolline", "Sacha",
           "Mehdi", "Salomé", "Florian", "Élodie", "Gaëtan", "Nadia", "Karim", "Youssef", "Amine", "Skander", "Rim",
           "Félix", "Léonie", "Marc-André", "Geneviève", "Wout", "Lotte", "Jérémie", "Soraya", "Loïc", "Margaux",
           "Cyrielle", "Anthony", "Lina", "Ismaël", "Éloïse", "Dylan", "Fatou", "Benoît", "Sarah"]
NOMS = ["Lemaire", "Perrin", "Vasseur", "Charpentier", "Benali", "Haddad", "Tremblay", "Gagnon", "Bouchard", "Peeters",
        "Janssens", "Rochat", "Weber", "Schmit", "Hoarau", "Payet", "Trabelsi", "El Idrissi", "Marchetti", "Cordier",
        "Renaud", "Lacroix", "Baptiste", "Bensaïd", "Guérin", "Arnaud"]
NAMES_EN = ["Siobhan", "Ciaran", "Aoife", "Declan", "Priya", "Marcus", "Hannah", "Tyler", "Brooke", "Callum", "Niamh",
            "Dev", "Kayla", "Owen", "Fiona", "Rashid", "Imogen", "Darius", "Megan", "Rory", "Zara", "Logan"]
LAST_EN = ["O'Brien", "Kowalski", "Okafor", "Fitzgerald", "Hernandez", "MacLeod", "Byrne", "Sullivan", "Chen",
           "Adeyemi", "Campbell", "Whitaker", "Doyle", "Ramirez", "Brennan"]
BRANDS = {"fr": ["Festival Brise Nord", "Toque & Caméra", "Pécule", "NavettePlus", "Station des Arolles",
                 "l'Échiquier de la Vilaine", "Garage Duval Occasions", "Patounes & Co", "Le Courrier de l'Adour",
                 "Lumbra Games"],
          "en": ["Northbreeze Fest", "Whisk & Lens", "Pecule", "CarePark Shuttle", "Arolles Resort",
                 "Riverside Chess Club", "Duval Pre-Owned", "Pawsitters", "The Adour Courier", "Lumbra Games"]}
SITES = ["brise-nord.fr", "toqueetcamera.com", "pecule.app", "navetteplus.fr", "arolles-ski.com", "echiquier-vilaine.fr",
         "duval-occasions.fr", "patounes.co", "courrier-adour.fr", "lumbragames.com"]
SITE_PATHS = ["billetterie", "revente-officielle", "recettes/tarte-tatin", "aide/virements", "faq", "reservation",
              "forfaits", "tournois/open-printemps", "stock/citadines", "gardiens", "abonnement", "patch-notes",
              "charte-moderation", "compte", "login", "support/ticket"]
OFFICIAL = ["https://www.paypal.com/signin", "https://www.amazon.fr/gp/css/order-history", "https://www.laposte.fr/particulier",
            "https://www.colissimo.fr/particulier/suivre", "https://www.chronopost.fr/fr/suivi-colis",
            "https://www.ameli.fr/assure/compte", "https://www.impots.gouv.fr/accueil", "https://www.caf.fr/allocataires",
            "https://www.orange.fr/portail", "https://www.free.fr/assistance", "https://accounts.google.com/signin",
            "https://support.apple.com/fr-fr", "https://login.microsoftonline.com", "https://www.instagram.com/accounts/login",
            "https://www.facebook.com/help", "https://www.tiktok.com/login", "https://www.netflix.com/login",
            "https://www.sncf-connect.com/app/account", "https://www.leboncoin.fr/compte", "https://www.vinted.fr/help",
            "https://www.decathlon.fr/location-ski", "https://www.credit-agricole.fr/particulier/acceder-a-mes-comptes.html"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rnd(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits


def luhn_complete(prefix, length):
    return with_luhn_digit(prefix + digits(length - len(prefix) - 1))


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 8 or not s.isalnum():
        return False
    return iban_mod97_ok(s)


# ---- clean fillers
def price_fr():
    r = R.random()
    if r < 0.35:
        return f"{R.randint(1, 9)}{NBSP}{R.randint(0, 999):03d},{R.choice(['00', '90', '50', '99'])}{NBSP}€"
    if r < 0.6:
        return f"{R.randint(3, 480)},{R.choice(['00', '50', '90', '95'])}{NBSP}€"
    if r < 0.75:
        return f"{R.randint(12, 95)}{NNBSP}€"
    if r < 0.85:
        return f"CHF{NBSP}{R.randint(1, 3)}’{R.randint(0, 999):03d}.–"
    if r < 0.93:
        return f"{R.randint(1, 9)}{NBSP}{R.randint(0, 999):03d}{NBSP}MAD"
    return f"{R.randint(30, 400)}{NBSP}DT"


def price_en():
    r = R.random()
    if r < 0.4:
        return f"${R.randint(1, 9)},{R.randint(0, 999):03d}.{R.choice(['00', '99', '50'])}"
    if r < 0.7:
        return f"£{R.randint(4, 350)}.{R.choice(['00', '49', '99'])}"
    if r < 0.85:
        return f"€{R.randint(20, 900)}"
    return f"C${R.randint(15, 640)}.{R.choice(['00', '95'])}"


def date_fr():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])
    return R.choice([f"{R.choice(DAYS_FR)} {d} {MONTHS_FR[m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_FR[m - 1]} {y}",
                     f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]}"])


def date_en():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])
    return R.choice([f"{R.choice(DAYS_EN)} {d} {MONTHS_EN[m - 1]}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN[m - 1]}",
                     f"{y}-{m:02d}-{d:02d}"])


def order_no():
    return R.choice([f"CMD-{R.choice([2025, 2026])}-{digits(5)}", f"#BN{digits(6)}", f"PC-{digits(4)}-{rnd(string.ascii_uppercase, 2)}",
                     f"n°{digits(7)}", f"DV{digits(5)}"])


def ticket_no():
    return R.choice([f"BRN-{digits(4)}-{digits(4)}", f"e-billet 8{digits(9)}", f"TCK{digits(8)}", f"#{digits(6)}"])


def sku():
    return R.choice([f"SKI-LOC-{rnd(string.ascii_uppercase, 2)}{digits(3)}", f"CASS-{digits(2)}CM-{rnd(string.ascii_uppercase, 3)}",
                     f"HARN-{R.choice(['S', 'M', 'L', 'XL'])}-{digits(3)}", f"MRCH-{digits(4)}-{R.choice(['BLK', 'WHT', 'NVY'])}",
                     f"PCE-{digits(5)}"])


def tracking():
    return R.choice([f"6A{digits(11)}", f"{rnd(string.ascii_uppercase, 2)}{digits(9)}FR", f"1Z{rnd(UPALNUM, 6)}{digits(10)}",
                     f"{rnd(string.ascii_uppercase, 2)}{digits(9)}BE", f"JJD{digits(18)}"])


def siret():
    return R.choice("1789") + digits(2) + " " + digits(3) + " " + digits(3) + " " + digits(5)


def sepa_ics():
    while True:
        v = R.choice(["FR", "BE", "LU"]) + digits(2) + "ZZZ" + digits(6)
        if not iban_valid(v):
            return v


def ref16():
    while True:
        n = R.choice("4532") + digits(15)
        if not luhn_ok(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.6 else n


def ean():
    return R.choice("3") + R.choice("0123456789") + digits(11)


def plate():
    return R.choice([f"{rnd(string.ascii_uppercase, 2)}-{digits(3)}-{rnd(string.ascii_uppercase, 2)}",
                     f"1-{rnd(string.ascii_uppercase, 3)}-{digits(3)}", f"VD {digits(6)}"])


def vin():
    return rnd("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def fide():
    return digits(R.choice([6, 7, 8]))


def elo():
    return str(R.randint(1100, 2350))


def hour():
    return R.choice([f"{R.randint(7, 22)}h{R.choice(['00', '15', '30', '45'])}", f"{R.randint(7, 22)}h"])


def hour_en():
    return R.choice([f"{R.randint(1, 11)}:{R.choice(['00', '15', '30', '45'])} {R.choice(['am', 'pm'])}", f"{R.randint(7, 22)}:00"])


def site_url():
    s = R.choice(SITES)
    return f"https://{R.choice(['', 'www.'])}{s}/{R.choice(SITE_PATHS)}"


def md_same():
    s = R.choice(SITES) + "/" + R.choice(SITE_PATHS)
    return f"[{s}](https://{s})" if R.random() < 0.5 else f"[https://{s}](https://{s})"


FILLERS = {
    "prenom": lambda: R.choice(PRENOMS), "nom": lambda: R.choice(NOMS), "name": lambda: R.choice(NAMES_EN),
    "last": lambda: R.choice(LAST_EN), "prix": price_fr, "price": price_en, "date": date_fr, "date_en": date_en,
    "order": order_no, "ticket": ticket_no, "sku": sku, "track": tracking, "siret": siret, "ics": sepa_ics,
    "ref16": ref16, "ean": ean, "plate": plate, "vin": vin, "fide": fide, "elo": elo, "heure": hour, "hour": hour_en,
    "site": site_url, "official": lambda: R.choice(OFFICIAL), "mdsame": md_same, "n": lambda: str(R.randint(2, 40)),
    "km": lambda: f"{R.randint(12, 190)}{NNBSP}{R.randint(0, 999):03d}{NBSP}km", "cm": lambda: str(R.randint(140, 185)),
    "brand_fr": lambda: R.choice(BRANDS["fr"]), "brand_en": lambda: R.choice(BRANDS["en"]),
    "ver": lambda: f"{R.randint(1, 4)}.{R.randint(0, 19)}.{R.randint(0, 9)}", "pct": lambda: str(R.randint(5, 60)),
    "aurore": lambda: "Aurore",
}


# ====================================================================== risky value generators
EMAIL_DOMS = ["bbox.fr", "skynet.be", "bluewin.ch", "pt.lu", "videotron.ca", "menara.ma", "topnet.tn", "eircom.net",
              "btinternet.com", "gmx.fr", "yahoo.ca", "live.be", "hotmail.co.uk", "protonmail.com", "gmail.com",
              "mailo.com", "icloud.com", "outlook.fr", "sunrise.ch", "orange.mu"]


def g_email(lang, v):
    first = strip_accents(R.choice(PRENOMS if lang == "fr" else NAMES_EN)).lower().replace("-", "")
    last = strip_accents(R.choice(NOMS if lang == "fr" else LAST_EN)).lower().replace(" ", "").replace("'", "")
    dom = R.choice(EMAIL_DOMS + [s for s in SITES])
    local = R.choice([f"{first}.{last}", f"{first}{R.randint(1, 99)}", f"{last}-{first[0]}", f"{first}{last[:3]}",
                      f"billetterie+{first}", f"{first}_{R.randint(1975, 2006)}", f"support.{last}"])
    return local + "@" + dom


def g_phone(lang, v):
    r = R.random()
    if lang == "en":
        r = 0.62 + r * 0.38 if R.random() < 0.8 else r
    elif R.random() < 0.85:
        r = r * 0.62
    if r < 0.18:  # France metro
        d = R.choice("67123459") + digits(8)
        p = [d[1:3], d[3:5], d[5:7], d[7:9]]
        return R.choice(["0" + d[0] + " " + " ".join(p), "0" + d[0] + "." + ".".join(p), "+33 " + d[0] + " " + " ".join(p),
                         "+33" + d, "0" + d[0] + " " + "".join(p[:2]) + " " + "".join(p[2:])])
    if r < 0.26:  # DOM
        pre = R.choice([("0696", "+596 696"), ("0690", "+590 690"), ("0694", "+594 694"), ("0692", "+262 692"), ("0639", "+262 639")])
        x = digits(6)
        return R.choice([f"{pre[0]} {x[:2]} {x[2:4]} {x[4:]}", f"{pre[1]} {x[:2]} {x[2:4]} {x[4:]}", f"{pre[0]}{x}"])
    if r < 0.33:  # Belgium
        return R.choice([f"+32 4{R.randint(60, 99)} {digits(2)} {digits(2)} {digits(2)}", f"04{R.randint(60, 99)}/{digits(2)}.{digits(2)}.{digits(2)}",
                         f"0032 4{R.randint(60, 99)} {digits(6)}"])
    if r < 0.40:  # Switzerland
        return R.choice([f"+41 7{R.choice('6789')} {digits(3)} {digits(2)} {digits(2)}", f"07{R.choice('6789')} {digits(3)} {digits(2)} {digits(2)}"])
    if r < 0.45:  # Luxembourg
        return f"+352 6{R.choice(['21', '61', '91'])} {digits(3)} {digits(3)}"
    if r < 0.50:  # Morocco
        return R.choice([f"+212 6{digits(2)}-{digits(6)}", f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+212 7 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"])
    if r < 0.55:  # Tunisia
        return R.choice([f"+216 {R.choice(['20', '22', '55', '98'])} {digits(3)} {digits(3)}", f"(+216) {R.choice(['21', '50'])}{digits(6)}"])
    if r < 0.62:  # Québec
        return R.choice([f"(514) {R.randint(200, 999)}-{digits(4)}", f"418-{R.randint(200, 999)}-{digits(4)}", f"+1 438 {R.randint(200, 999)} {digits(4)}"])
    if r < 0.74:  # UK
        return R.choice([f"+44 7{digits(3)} {digits(6)}", f"07{digits(3)} {digits(3)} {digits(3)}", f"+44 (0)161 {digits(3)} {digits(4)}",
                         f"020 {digits(4)} {digits(4)}"])
    if r < 0.84:  # Ireland
        return R.choice([f"+353 8{R.choice('35679')} {digits(3)} {digits(4)}", f"08{R.choice('35679')} {digits(3)} {digits(4)}",
                         f"+353 1 {digits(3)} {digits(4)}"])
    a, b = R.randint(201, 989), R.randint(200, 999)
    return R.choice([f"+1 ({a}) {b}-{digits(4)}", f"{a}.{b}.{digits(4)}", f"({a}) {b}-{digits(4)}", f"1-{a}-{b}-{digits(4)}",
                     f"+1 {a} {b} {digits(4)}"])


def g_iban(lang, v):
    cc = R.choice(["FR", "FR", "BE", "CH", "LU", "MC", "PT", "TN", "DE"] if lang == "fr" else
                  ["GB", "IE", "IE", "FR", "NL", "ES", "AT", "BE"])
    if cc in ("FR", "MC"):
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + f"{key:02d}"
    elif cc == "BE":
        b10 = digits(10)
        k = int(b10) % 97 or 97
        bban = b10 + f"{k:02d}"
    elif cc == "CH":
        bban = digits(5) + rnd(UPALNUM, 12)
    elif cc == "LU":
        bban = digits(3) + rnd(UPALNUM, 13)
    elif cc == "PT":
        bban = digits(21)
    elif cc == "TN":
        bban = digits(20)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "GB":
        bban = R.choice(["MONZ", "REVO", "NAIA", "SRLG"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "NL":
        bban = R.choice(["BUNQ", "KNAB", "TRIO"]) + digits(10)
    elif cc == "ES":
        bban = digits(20)
    else:  # AT
        bban = digits(16)
    iban = cc + iban_check(cc, bban) + bban
    r = R.random()
    if r < 0.65:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def g_card(lang, v):
    net = R.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay"])
    if net == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return R.choice([" ", "-", ""]).join([n[:4], n[4:10], n[10:]])
    if net == "diners":
        n = luhn_complete("36", 14)
        return " ".join([n[:4], n[4:10], n[10:]])
    pre = {"visa": "4", "mc": R.choice(["51", "52", "53", "54", "55"]), "mc2": str(R.randint(2221, 2720)),
           "discover": R.choice(["6011", "65"]), "jcb": str(R.randint(3528, 3589)), "unionpay": "62"}[net]
    n = luhn_complete(pre, 16)
    sep = R.choice([" ", " ", "-", "", "."])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def g_nir(lang, v):
    sex = R.choice("12")
    yy, mm = f"{R.randint(0, 99):02d}", f"{R.randint(1, 12):02d}"
    if R.random() < 0.2:
        dept = str(R.choice([971, 972, 973, 974, 976]))
        commune = f"{R.randint(1, 34):02d}"
    else:
        dept = f"{R.choice([x for x in range(1, 96) if x != 20]):02d}"
        commune = f"{R.randint(1, 999):03d}"
    order = f"{R.randint(1, 999):03d}"
    n13 = sex + yy + mm + dept + commune + order
    key = f"{nir_key(n13):02d}"
    return R.choice([" ".join([sex, yy, mm, dept, commune, order, key]), n13 + key, n13 + " " + key])


def g_ipv4():
    return R.choice([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
                     f"{R.choice([37, 78, 88, 92, 105, 154, 196, 212])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def g_ipv6():
    h = lambda: f"{R.randint(1, 0xffff):x}"
    return R.choice([f"2001:db8:{h()}::{h()}:{h()}", f"2a02:8428:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                     f"2c0f:fc88:{h()}::{h()}"])


def g_ip(lang, v):
    return g_ipv6() if R.random() < 0.25 else g_ipv4()


CITIES_FR = [("38000", "Grenoble"), ("74400", "Chamonix-Mont-Blanc"), ("73150", "Val-d'Isère"), ("29200", "Brest"),
             ("64100", "Bayonne"), ("57000", "Metz"), ("80000", "Amiens"), ("87000", "Limoges"), ("49100", "Angers"),
             ("84000", "Avignon"), ("40100", "Dax"), ("56000", "Vannes"), ("97200", "Fort-de-France"),
             ("97110", "Pointe-à-Pitre"), ("97300", "Cayenne"), ("97410", "Saint-Pierre"), ("97600", "Mamoudzou")]
STREETS_FR = ["rue des Tisserands", "avenue Paul Doumer", "boulevard de Strasbourg", "impasse des Mûriers",
              "allée des Châtaigniers", "chemin du Lavoir", "place du Marché aux Herbes", "quai des Chartrons",
              "rue Lamartine", "route de la Forclaz", "rue du Port de Pêche", "lotissement Les Flamboyants"]


def g_address(lang, v):
    if lang == "fr":
        r = R.random()
        if r < 0.55:
            cp, city = R.choice(CITIES_FR)
            pre = R.choice(["", "", "", f"Bât. {R.choice('ABCD')}, appt {R.randint(1, 40)}, ", f"Résidence Les Pins, "])
            num = str(R.randint(1, 180)) + R.choice(["", "", " bis", " ter"])
            return f"{pre}{num} {R.choice(STREETS_FR)}, {cp} {city}"
        if r < 0.65:
            st, cp, city = R.choice([("Chaussée de Wavre", "1050", "Ixelles"), ("Rue des Bouchers", "1000", "Bruxelles"),
                                     ("Avenue Rogier", "4000", "Liège"), ("Rue de Fer", "5000", "Namur")])
            return f"{st} {R.randint(2, 290)}, {cp} {city}"
        if r < 0.73:
            st, cp, city = R.choice([("Rue de Carouge", "1205", "Genève"), ("Avenue de la Gare", "1003", "Lausanne"),
                                     ("Rue du Seyon", "2000", "Neuchâtel")])
            return f"{st} {R.randint(2, 120)}, {cp} {city}"
        if r < 0.80:
            st, cp, city = R.choice([("rue de Hollerich", "L-1740", "Luxembourg"), ("avenue de la Gare", "L-4130", "Esch-sur-Alzette")])
            return f"{R.randint(2, 90)}, {st}, {cp} {city}"
        if r < 0.88:
            st, city, pc = R.choice([("rue Saint-Hubert", "Montréal (Québec)", "H2J 2X3"), ("rue Saint-Jean", "Québec (Québec)", "G1R 1N7"),
                                     ("boulevard René-Lévesque", "Montréal (Québec)", "H3B 4W8")])
            return f"{R.randint(100, 9800)}, {st}, app. {R.randint(1, 30)}, {city} {pc}" if R.random() < 0.4 else f"{R.randint(100, 9800)}, {st}, {city} {pc}"
        if r < 0.94:
            st, cp, city = R.choice([("rue Ibn Batouta", "20250", "Casablanca"), ("avenue Mohammed V", "10000", "Rabat"),
                                     ("derb Sidi Bouloukat", "40000", "Marrakech")])
            return f"{R.randint(2, 150)}, {st}, {cp} {city}"
        st, cp, city = R.choice([("rue de Palestine", "1002", "Tunis"), ("avenue Habib Bourguiba", "4000", "Sousse"),
                                 ("rue Ali Belhouane", "8000", "Nabeul")])
        return f"{R.randint(2, 150)}, {st}, {cp} {city}"
    r = R.random()
    if r < 0.35:
        st, city, pc = R.choice([("Albany Road", "Cardiff", "CF24 3RP"), ("Kingsdown Parade", "Bristol", "BS6 5UF"),
                                 ("Rose Street", "Edinburgh", "EH2 2PR"), ("Chorlton Road", "Manchester", "M16 7WN")])
        pre = R.choice(["", "", f"Flat {R.randint(1, 12)}, "])
        return f"{pre}{R.randint(1, 140)} {st}, {city} {pc}"
    if r < 0.55:
        return R.choice([f"{R.randint(1, 60)} Leeson Park, Ranelagh, Dublin 6, D06 E2K1",
                         f"Apt {R.randint(1, 30)}, Shandon Court, Cork T23 X4F2", f"{R.randint(1, 99)} Eyre Square, Galway H91 T2K8"])
    if r < 0.8:
        st, city, pc = R.choice([("Alder Street", "Eugene, OR", "97401"), ("Bayview Ave", "Burlington, VT", "05401"),
                                 ("Harbor Way", "Seattle, WA", "98121"), ("Magnolia Drive", "Austin, TX", "78704")])
        apt = R.choice(["", "", f", Apt {R.randint(1, 9)}{R.choice('ABC')}"])
        return f"{R.randint(10, 9999)} {st}{apt}, {city} {pc}"
    st, city, pc = R.choice([("Rideau Street", "Ottawa, ON", "K1N 5Z1"), ("Commercial Drive", "Vancouver, BC", "V5N 4B5"),
                             ("Jasper Avenue", "Edmonton, AB", "T5J 3R8")])
    return f"{R.randint(10, 9999)} {st}, {city} {pc}"


def g_birthdate(lang, v):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1951, 2009)
    if lang == "fr":
        return R.choice([f"{d} {MONTHS_FR[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                         f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"])
    return R.choice([f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN[m - 1]} {y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d}/{m}/{y}"])


PW_BASES = ["Matterhorn", "Fondue", "Tartiflette", "Caissa", "Gambit", "Bichon", "Moustache", "Festoche", "Clio",
            "Poulette", "Kasparov", "Raclette", "Panache", "Griffon", "Zelda", "Biscotte"]


def g_password(lang, v):
    r = R.random()
    if r < 0.4:
        return R.choice(PW_BASES) + str(R.randint(1, 2026)) + R.choice(["!", "@", "$", "*", "", "%", "+"])
    if r < 0.7:
        return "".join(R.choice(ALNUM + "!#%&*_-@") for _ in range(R.randint(10, 18)))
    if r < 0.85:
        return R.choice(PW_BASES).lower() + R.choice(["-", "_", "."]) + R.choice(PW_BASES).lower() + R.choice(["-", "_", "."]) + digits(2)
    return R.choice(["azerty", "qwerty", "motdepasse", "letmein", "soleil"]) + digits(R.randint(2, 4))


def g_api_key(lang, v):
    p = R.choice(["aws", "stripe", "ghp", "ghpat", "slack", "google", "openai", "sendgrid", "twilio", "glpat", "hf", "npm",
                  "shopify", "mailchimp"])
    if p == "aws":
        return R.choice(["AKIA", "ASIA"]) + rnd(string.ascii_uppercase + "234567", 16)
    if p == "stripe":
        return R.choice(["sk_live_", "rk_live_"]) + rnd(ALNUM, R.randint(24, 34))
    if p == "ghp":
        return "ghp_" + rnd(ALNUM, 36)
    if p == "ghpat":
        return "github_pat_" + rnd(UPALNUM, 22) + "_" + rnd(ALNUM, 59)
    if p == "slack":
        return f"xoxp-{digits(11)}-{digits(12)}-{digits(13)}-{rnd('0123456789abcdef', 32)}"
    if p == "google":
        return "AIza" + rnd(ALNUM + "_-", 35)
    if p == "openai":
        return "sk-proj-" + rnd(ALNUM + "_-", 48)
    if p == "sendgrid":
        return "SG." + rnd(ALNUM + "_-", 22) + "." + rnd(ALNUM + "_-", 43)
    if p == "twilio":
        return "SK" + rnd("0123456789abcdef", 32)
    if p == "glpat":
        return "glpat-" + rnd(ALNUM + "_-", 20)
    if p == "hf":
        return "hf_" + rnd(ALNUM, 34)
    if p == "npm":
        return "npm_" + rnd(ALNUM, 36)
    if p == "shopify":
        return "shpat_" + rnd("0123456789abcdef", 32)
    return rnd("0123456789abcdef", 32) + "-us" + str(R.randint(1, 21))


B64 = string.ascii_letters + string.digits + "+/"


def g_private_key(lang, v):
    label = R.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU",
             "EC PRIVATE KEY": "MHcCAQEEIB", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
             "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq"}[label]
    nl = R.randint(1, 3)
    lines = [start + rnd(B64, 64 - len(start))] + [rnd(B64, 64) for _ in range(nl)] + \
        [rnd(B64, R.randint(10, 44)) + R.choice(["=", "==", ""])]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_jwt():
    head = b64url({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
    pay = b64url({"sub": f"u_{R.randint(10000, 99999)}", "scope": R.choice(["wallet:read", "mod", "booking", "billing"]),
                  "exp": R.randint(1760000000, 1800000000)})
    return f"{head}.{pay}.{rnd(ALNUM + '-_', R.choice([43, 86]))}"


def g_token(lang, v):
    if v == "bearer":
        return R.choice([g_jwt(), rnd(ALNUM, R.randint(28, 40)), "at_" + rnd(ALNUM + "-_", 32),
                         rnd(ALNUM, 24) + "." + rnd(ALNUM + "-_", 27)])
    return g_jwt()


LEXICON = []


def g_lexicon(lang, v):
    t = R.choice(LEXICON)
    return R.choice([t, t, t.lower(), t.upper(), strip_accents(t), strip_accents(t).lower(), t.title()])


def hate_clause(lang, v):
    if lang == "fr":
        t = R.choice(HATE_FR)
        g, gen = R.choice(GROUPS_FR)
        f = gen == "f"
        t = t.replace("{tous}", "toutes" if f else "tous").replace("{ils}", "elles" if f else "ils").replace("{eux}", "elles" if f else "eux")
        return t.replace("{g}", g)
    return R.choice(HATE_EN).replace("{g}", R.choice(GROUPS_EN))


GEN_CLAUSE = {
    "illegal.hate": hate_clause,
    "illegal.threat": lambda lang, v: R.choice(THREAT_FR if lang == "fr" else THREAT_EN),
    "tone.aggressive": lambda lang, v: R.choice(AGGR_FR if lang == "fr" else AGGR_EN),
    "tone.shouting": lambda lang, v: R.choice(SHOUT_FR if lang == "fr" else SHOUT_EN),
    "tone.punctuation": lambda lang, v: R.choice(PUNCT_RUNS),
}


def g_insult(lang, v):
    if v == "p":
        return R.choice(INSULT_PRED_FR if lang == "fr" else INSULT_PRED_EN)
    return R.choice(INSULT_VOC_FR if lang == "fr" else INSULT_VOC_EN)


# ---- links
SHORTENERS = ["bit.ly", "tinyurl.com", "t.ly", "rb.gy", "s.id", "lnkd.in", "buff.ly", "cutt.ly", "is.gd", "v.gd",
              "shorturl.at", "tiny.cc", "ow.ly"]
LOOKALIKES = ["paypaI.fr", "pay-pal-verif.com", "paypal.fr.compte-securise.info", "amazon-retour-colis.fr", "arnazon.com",
              "amazon.fr-suivi.top", "laposte-redistribution.fr", "colissimo-frais.com", "chronopost-relivraison.net",
              "ameli-carte-vitale.info", "impots-gouv-remb.com", "caf-aide-logement.info", "orange-messagerie-securite.fr",
              "free-mobile-facture.net", "googIe-drive.com", "apple-icloud-verif.com", "rnicrosoft.com", "instagrarn.com",
              "facebook-security-check.net", "tiktok-creator-fund.org", "netflix-renouvellement.com", "sncf-connect-bons.fr",
              "leboncoin-livraison-securisee.fr", "vinted-remboursement.net", "decathlon-cadeau.fr",
              "credit-agricole-securite.fr", "vinted.fr-paiement.com", "netfIix.com", "appIe-support.com"]
PUNY = ["xn--pypal-4ve.com", "xn--mazon-wqa.fr", "xn--lapost-dva.fr", "xn--vnted-1sa.fr", "xn--ntflix-bxa.com",
        "xn--inprtant-72a.net", "xn--billetterie-brse-nord-9qc.fr", "xn--duval-occasins-lkb.fr"]
INSECURE_HOSTS = ["www.camping-du-lac-bleu.fr", "photos-festival-ete.org", "recettes-de-mamie-jo.net", "www.garage-leroux-auto.fr",
                  "echecs-amateurs.org", "forum-skieurs-alpins.com", "www.petsitting-annecy.fr", "blog.retro-gaming-quebec.ca",
                  "www.chorale-saint-remi.be", "archives.gazette-locale.info"]
NEUTRAL_TARGETS = ["trk.redir-mail.eu", "go.promo-hub.click", "secure-login-portal.net", "l.offres-flash.shop",
                   "cdn-files-share.io", "verify-user-session.com", "account-update-center.org"]
LPATHS = ["login", "connexion", "verify", "billets", "revente", "compte/maj", "gift", "claim", "wp-admin", "remboursement",
          "suivi", "colis", "s/8841", "promo/ski", "dl/patch.exe", "pay", "kyc", "recette"]


def lpath():
    p = R.choice(LPATHS)
    if R.random() < 0.3:
        p += R.choice(["?id=", "?ref=", "?t="]) + rnd(string.ascii_lowercase + string.digits, 7)
    return p


def sch(p_http):
    return "http://" if R.random() < p_http else "https://"


def ins(url):
    return [("link", "insecure")] if url.startswith("http://") else []


def g_ip_host(lang, v):
    host = g_ipv4() if R.random() < 0.85 else "[" + g_ipv6() + "]"
    url = sch(0.55) + host + R.choice(["", "", ":8080", ":8443", ":3000"]) + "/" + lpath()
    return url, ins(url)


def g_punycode(lang, v):
    url = sch(0.2) + R.choice(["", "www.", "secure."]) + R.choice(PUNY) + "/" + lpath()
    return url, ins(url)


def g_lookalike(lang, v):
    host = R.choice(LOOKALIKES)
    url = (R.choice(["", "www."]) + host + "/" + lpath()) if R.random() < 0.15 else \
        sch(0.2) + R.choice(["", "", "www.", "espace-client."]) + host + "/" + lpath()
    return url, ins(url)


def g_shortener(lang, v):
    url = R.choice(SHORTENERS) + "/" + rnd(ALNUM, R.randint(5, 9))
    if R.random() < 0.8:
        url = sch(0.2) + url
    return url, ins(url)


def g_insecure(lang, v):
    return "http://" + R.choice(INSECURE_HOSTS) + "/" + lpath(), []


def g_blocklisted(lang, v):
    url = sch(0.25) + R.choice(["", "", "www.", "billets.", "m.", "app."]) + R.choice(BLOCKED) + "/" + lpath()
    return url, ins(url)


def g_mismatch(lang, v):
    vis = R.choice(["www.paypal.com", "amazon.fr/mes-commandes", "https://www.laposte.fr", "ameli.fr",
                    "https://www.impots.gouv.fr", "www.sncf-connect.com", "leboncoin.fr/compte"] +
                   [R.choice(SITES), "https://" + R.choice(SITES) + "/" + R.choice(SITE_PATHS)])
    tgt = "https://" + R.choice(NEUTRAL_TARGETS) + "/" + rnd(string.ascii_lowercase + string.digits, R.randint(2, 8))
    return f"[{vis}]({tgt})", []


GEN = {
    "pii.email": g_email, "pii.phone": g_phone, "pii.iban": g_iban, "pii.card": g_card, "pii.nir": g_nir,
    "pii.ip": g_ip, "pii.address": g_address, "pii.birthdate": g_birthdate,
    "secret.password": g_password, "secret.api_key": g_api_key, "secret.private_key": g_private_key,
    "secret.token": g_token, "confidential.lexicon": g_lexicon,
    "link.ip_host": g_ip_host, "link.punycode": g_punycode, "link.lookalike": g_lookalike,
    "link.shortener": g_shortener, "link.insecure": g_insecure, "link.blocklisted": g_blocklisted,
    "link.mismatch": g_mismatch, "insult.insult": g_insult,
}
GEN.update(GEN_CLAUSE)


# ====================================================================== frames for risky kinds
LINK_FR = ["Revente officielle des places ici : {L}", "Un membre a posté {L} sous la vidéo de la blanquette, c'est fiable ?",
           "Pour valider votre compte, passez par {L}", "Réservez votre navette via {L}", "Forfaits à prix cassé sur {L}",
           "Le lien du tournoi en ligne : {L}", "Photos de la voiture : {L}", "Votre gardien vous a envoyé un message : {L}",
           "Un lecteur a collé {L} dans les commentaires de l'article.", "Clé bêta gratuite sur {L} 🎮",
           "Quelqu'un sait si {L} est la vraie page de remboursement ?", "Le client dit avoir payé via {L}, on vérifie ?"]
LINK_EN = ["Official resale is here: {L}", "Someone posted {L} under the stew video, legit?", "To verify your wallet, go to {L}",
           "Book your shuttle at {L}", "Cheap lift passes on {L}", "Online tournament link: {L}", "Car photos: {L}",
           "Your sitter sent you a message: {L}", "A reader dropped {L} in the article comments.", "Free beta key at {L}",
           "Does anyone know if {L} is the real refund page?", "Customer says he paid through {L}, can we check?"]


def link_frames(kind):
    return {"fr": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_FR],
            "en": [f.replace("{L}", "{f:" + kind + "}") for f in LINK_EN]}


FRAMES = {
    "pii.email": {
        "fr": ["Pour la revente de ton billet, écris à {f:pii.email} avec ton numéro {ticket}.",
               "Le gardien m'a donné son mail perso : {f:pii.email}, je peux lui écrire direct ?",
               "Envoyez la facture du véhicule à {f:pii.email} svp.", "Mon adresse pour le classement du tournoi : {f:pii.email}",
               "La lectrice demande qu'on la recontacte sur {f:pii.email} au sujet de son commentaire.",
               "Je te mets en copie {f:pii.email}, c'est elle qui filme les recettes avec moi.",
               "Contact du moniteur pour le cours privé : {f:pii.email}", "Pour la bêta fermée, envoie ton pseudo à {f:pii.email}",
               "Pour mon compte, c'est {f:pii.email}, pas l'ancienne adresse.", "Réclamations navette : {f:pii.email}"],
        "en": ["For the ticket transfer, email {f:pii.email} with your order {order}.",
               "The sitter gave me her personal email, {f:pii.email}, ok to use it?",
               "Please send the car invoice to {f:pii.email}.", "My email for the tournament standings is {f:pii.email}",
               "The reader wants us to reach her at {f:pii.email} about her comment.",
               "cc'ing {f:pii.email}, she runs the cooking channel with me", "Beta keys go to {f:pii.email}, ping me when done",
               "Update my wallet account email to {f:pii.email} please."]},
    "pii.phone": {
        "fr": ["Tu peux rappeler le vendeur de la Clio au {f:pii.phone} ?",
               "Le chauffeur de la navette est joignable au {f:pii.phone} en cas de retard.",
               "Mon numéro pour le covoiturage vers la station : {f:pii.phone}", "La gardienne de Biscotte, c'est {prenom}, {f:pii.phone}.",
               "Si le billet ne s'affiche pas, appelle-moi au {f:pii.phone}.", "Le correspondant local laisse son portable : {f:pii.phone}",
               "Numéro du capitaine pour l'interclubs : {f:pii.phone}", "Appelez ma fille au {f:pii.phone} pour le transport de lundi.",
               "Vends deux pass 3 jours, contact WhatsApp {f:pii.phone}", "Écris-moi au {f:pii.phone} pour la recette complète",
               "Le client de la 308 grise, c'est le {f:pii.phone}."],
        "en": ["Can you call the Clio seller back on {f:pii.phone}?", "The shuttle driver is reachable on {f:pii.phone} if he's late.",
               "My number for the ride-share up to the resort: {f:pii.phone}", "Selling two weekend passes, text {f:pii.phone}",
               "Our team captain's mobile for the league match: {f:pii.phone}", "Text me at {f:pii.phone} and I'll send the full recipe",
               "Ring my son on {f:pii.phone} about Monday's pickup.", "If the dog gets out, my cell is {f:pii.phone}"]},
    "pii.iban": {
        "fr": ["Pour le remboursement des billets, voici mon IBAN : {f:pii.iban}",
               "Le vendeur veut un virement sur {f:pii.iban} avant de donner les clés.", "Mon RIB pour la garde de juillet : {f:pii.iban}",
               "J'ai ajouté {f:pii.iban} comme bénéficiaire mais ça bloque.", "Cotisation du club sur {f:pii.iban} stp.",
               "IBAN du correspondant pour ses piges : {f:pii.iban}"],
        "en": ["For the ticket refund, my IBAN is {f:pii.iban}", "Seller wants a transfer to {f:pii.iban} before handing over the keys.",
               "Pay the sitter at {f:pii.iban}, reference July.", "I added {f:pii.iban} as a payee and it keeps failing.",
               "Club fees go to {f:pii.iban} please."]},
    "pii.card": {
        "fr": ["Je vous donne ma carte pour le forfait : {f:pii.card}, exp {exp}", "Paiement refusé avec la carte {f:pii.card}, vous pouvez regarder ?",
               "Le numéro de ma CB pour la caution du véhicule : {f:pii.card}", "Débitez la carte {f:pii.card} pour les deux places, merci.",
               "Ma carte virtuelle {f:pii.card} a été débitée deux fois.", "Pour l'abonnement au journal : {f:pii.card} cryptogramme {cvv}"],
        "en": ["Here's my card for the lift pass: {f:pii.card}, exp {exp}", "Payment declined on {f:pii.card}, can you check?",
               "Card number for the deposit: {f:pii.card}", "Charge {f:pii.card} for both tickets, thanks.",
               "My virtual card {f:pii.card} got charged twice.", "Subscription card: {f:pii.card} CVV {cvv}"]},
    "pii.nir": {
        "fr": ["Pour le bon de transport, le numéro de sécu du patient est {f:pii.nir}.",
               "Mon numéro de sécurité sociale : {f:pii.nir}, c'est pour la prise en charge du parking.",
               "NIR de l'ayant droit : {f:pii.nir}", "Le chauffeur demande le n° de sécu {f:pii.nir} pour le taxi conventionné.",
               "Voici mon numéro INSEE {f:pii.nir} pour le dossier de moniteur saisonnier."],
        "en": ["Her French social security number is {f:pii.nir}, needed for the transport voucher.",
               "NIR for the seasonal contract: {f:pii.nir}", "The patient's sécu number: {f:pii.nir}"]},
    "pii.ip": {
        "fr": ["Le compte a été piraté depuis l'IP {f:pii.ip}, vous pouvez bannir ?", "Les commentaires haineux viennent tous de {f:pii.ip}.",
               "Connexion suspecte depuis {f:pii.ip} à {heure}.", "Mon IP fixe pour la whitelist du serveur : {f:pii.ip}",
               "Le joueur banni revient avec l'adresse {f:pii.ip}."],
        "en": ["Account got hijacked from {f:pii.ip}, can you ban it?", "All the hate comments come from {f:pii.ip}.",
               "Suspicious wallet login from {f:pii.ip} at {hour}.", "My static IP for the server whitelist: {f:pii.ip}",
               "The banned player is back on {f:pii.ip}"]},
    "pii.address": {
        "fr": ["Le chat est à garder chez moi, {f:pii.address}, à partir du {date}.", "Envoyez les billets papier à cette adresse : {f:pii.address}",
               "La navette doit me prendre ici : {f:pii.address}, vers {heure}.", "Le véhicule est visible à l'adresse suivante : {f:pii.address}",
               "Adresse de prise en charge du patient : {f:pii.address}", "Pour le journal papier, nouvelle adresse : {f:pii.address}",
               "Le lot du concours de recettes part où ? → {f:pii.address}", "On récupère la voiture là-bas : {f:pii.address}",
               "Récupération du chien : {f:pii.address}, sonnez deux fois.", "Le gagnant du tournoi habite {f:pii.address}, on lui poste la coupe ?",
               "Livraison du pack goodies : {f:pii.address}", "Mon adresse pour la caution du chalet : {f:pii.address}"],
        "en": ["Cat-sitting at my place, {f:pii.address}, from {date_en}.", "Please mail the paper tickets to {f:pii.address}",
               "Shuttle pickup address: {f:pii.address}", "Car's viewable at {f:pii.address}", "Ship the prize chess set to {f:pii.address}",
               "New address for the print edition: {f:pii.address}", "Dog pickup: {f:pii.address}, ring twice.",
               "Merch pack goes to {f:pii.address}", "Send the winning recipe hamper to {f:pii.address}"]},
    "pii.birthdate": {
        "fr": ["Pour la licence : {prenom} {nom}, né le {f:pii.birthdate}.", "Date de naissance du patient : {f:pii.birthdate}",
               "Mon fils est né le {f:pii.birthdate}, il a droit au tarif junior ?", "Titulaire du compte : {prenom} {nom}, née le {f:pii.birthdate}.",
               "Pour la vérification d'âge du serveur : date de naissance {f:pii.birthdate}", "Date de naissance : {f:pii.birthdate}, c'est pour le forfait senior."],
        "en": ["For the junior rate: my son was born on {f:pii.birthdate}", "Patient's date of birth: {f:pii.birthdate}",
               "Account holder {name} {last}, DOB {f:pii.birthdate}", "Age check for the server: born {f:pii.birthdate}",
               "Date of birth {f:pii.birthdate}, for the senior lift pass."]},
    "secret.password": {
        "fr": ["Le mot de passe du compte billetterie, c'est {f:secret.password}", "mdp : {f:secret.password}",
               "Identifiant {prenom} / mot de passe {f:secret.password}", "Code wifi du chalet : {f:secret.password}",
               "Pour le compte YouTube de la chaîne : mot de passe {f:secret.password}",
               "Le mdp de l'admin Discord a changé, nouveau : {f:secret.password}",
               "Je te file mes accès, mot de passe {f:secret.password}, ne le partage pas.",
               "Le compte partagé de la rédaction : login redac, pass {f:secret.password}",
               "Accès au back-office du garage : admin / {f:secret.password}", "Mot de passe de l'appli de garde : {f:secret.password}",
               "Si tu veux streamer le tournoi, le mdp OBS c'est {f:secret.password}"],
        "en": ["The ticketing account password is {f:secret.password}", "pw: {f:secret.password}",
               "Login {name} / password {f:secret.password}", "Chalet wifi password: {f:secret.password}",
               "The channel's YouTube login is cooking.team, pass {f:secret.password}", "New Discord admin password: {f:secret.password}",
               "Here's my wallet login, password {f:secret.password}, keep it to yourself.",
               "Newsroom shared account: user desk, password {f:secret.password}", "Dealer back office: admin / {f:secret.password}"]},
    "secret.api_key": {
        "fr": ["La clé API du paiement : {f:secret.api_key}", "Mets {f:secret.api_key} dans le .env du bot Discord",
               "Clé d'accès du bucket des vidéos : {f:secret.api_key}", "Le prestataire SMS nous a donné {f:secret.api_key}, je la colle où ?",
               "Voilà la clé pour l'API de la billetterie : {f:secret.api_key}"],
        "en": ["Payment API key: {f:secret.api_key}", "Put {f:secret.api_key} in the bot's .env", "Video bucket access key: {f:secret.api_key}",
               "Here's the key for the ticketing API: {f:secret.api_key}"]},
    "secret.private_key": {
        "fr": ["Clé du serveur de jeu, à garder pour toi :\n{f:secret.private_key}", "Voilà la clé SSH du VPS du journal\n{f:secret.private_key}"],
        "en": ["Game server key, keep it private:\n{f:secret.private_key}", "SSH key for the newsroom VPS\n{f:secret.private_key}",
               "Deploy key below\n{f:secret.private_key}"]},
    "secret.token": {
        "fr": ["Header pour tester l'API : Authorization: Bearer {f:secret.token/bearer}", "Ton jeton de session : {f:secret.token}",
               "Le support m'a demandé le token : {f:secret.token}",
               "curl -H \"Authorization: Bearer {f:secret.token/bearer}\" https://api.pecule.app/v1/me"],
        "en": ["Auth header for testing: Authorization: Bearer {f:secret.token/bearer}", "Your session token: {f:secret.token}",
               "curl -H 'Authorization: Bearer {f:secret.token/bearer}' https://api.lumbragames.com/v2/players",
               "Support asked for my token, it's {f:secret.token}"]},
    "confidential.lexicon": {
        "fr": ["Ne parlez pas de {f:confidential.lexicon} avant l'annonce officielle.", "Le teaser de {f:confidential.lexicon} sort quand ?",
               "On a reçu le brief {f:confidential.lexicon}, ça reste entre nous.", "Réunion {f:confidential.lexicon} décalée à {heure}.",
               "Le partenariat {f:confidential.lexicon} ne doit pas fuiter sur le serveur."],
        "en": ["Don't mention {f:confidential.lexicon} before the announcement.", "When does the {f:confidential.lexicon} teaser drop?",
               "{f:confidential.lexicon} sync moved to {hour}.", "Keep the {f:confidential.lexicon} deal between us."]},
}
for _k in ["link.ip_host", "link.punycode", "link.lookalike", "link.shortener", "link.insecure", "link.blocklisted", "link.mismatch"]:
    FRAMES[_k] = link_frames(_k)
for _k, _fr, _en in [("illegal.hate", HOSTILE_FRAMES["fr"], HOSTILE_FRAMES["en"]),
                     ("illegal.threat", HOSTILE_FRAMES["fr"], HOSTILE_FRAMES["en"]),
                     ("tone.aggressive", HOSTILE_FRAMES["fr"], HOSTILE_FRAMES["en"])]:
    FRAMES[_k] = {"fr": [f.replace("{C}", "{f:" + _k + "}").replace("{c}", "{f:" + _k + "}") for f in _fr],
                  "en": [f.replace("{C}", "{f:" + _k + "}").replace("{c}", "{f:" + _k + "}") for f in _en]}


def _ins(fs):
    return [f.replace("{I}", "{f:insult.insult}").replace("{i}", "{f:insult.insult}").replace("{p}", "{f:insult.insult/p}") for f in fs]


FRAMES["insult.insult"] = {"fr": _ins(INSULT_FRAMES_FR), "en": _ins(INSULT_FRAMES_EN)}
FRAMES["tone.shouting"] = {l: [f.replace("{S}", "{f:tone.shouting}") for f in SHOUT_FRAMES[l]] for l in ("fr", "en")}
FRAMES["tone.punctuation"] = {"fr": [f.replace("{P}", "{f:tone.punctuation}") for f in PUNCT_FRAMES_FR],
                              "en": [f.replace("{P}", "{f:tone.punctuation}") for f in PUNCT_FRAMES_EN]}
CAPITALIZE = {"illegal.hate", "illegal.threat", "insult.insult", "tone.aggressive"}

# ====================================================================== clean material
CLEAN_FR = [
    # festival / resale
    "Les bracelets du festival seront envoyés à partir du {date}.", "La revente officielle ouvre {date} à {heure}, uniquement sur {site}.",
    "Ton billet {ticket} est nominatif, tu peux changer le nom dans ton espace.", "Le pass 3 jours passe à {prix} après le {date}.",
    "Pas de remboursement en cas de pluie, c'est précisé dans les CGV.", "Les navettes vers le site partent toutes les 20 minutes depuis la gare.",
    "La programmation complète tombe {date}, patience.", "Attention aux revendeurs sur les réseaux : la seule revente fiable est {mdsame}.",
    "Ta commande {order} contient 2 pass camping et 1 parking.", "Les consignes sont à {prix} la journée, près de l'entrée B.",
    "Les portes ouvrent à {heure}, pense à ta gourde vide.", "On a prolongé la vente des pass jusqu'au {date}.",
    # cooking videos
    "La recette de la tarte tatin est en ligne : {site}", "Pour un moule de 24 cm, compte {n} minutes de cuisson.",
    "Le live de ce soir commence à {heure}, on fait des gnocchis maison.", "Merci {prenom}, ta photo de blanquette a fait {n} likes en une heure.",
    "Tu peux remplacer la crème par du lait de coco pour une version vegan.", "Le lot du concours, c'est une cocotte {sku}, valeur {prix}.",
    "Ta vidéo est un peu sombre, essaie avec une lampe en face de toi.", "Bravo {prenom}, ce gratin avait l'air incroyable.",
    "Prochaine vidéo : le pain au levain, étape par étape.", "Les sous-titres anglais sont dispo sur toutes les vidéos de la saison.",
    # fintech
    "Les virements instantanés arrivent en quelques secondes, sauf vers certaines banques le week-end.",
    "Votre demande de carte virtuelle a été enregistrée le {date}.", "Les frais de retrait hors zone euro sont de {prix}.",
    "Le prélèvement de votre mutuelle utilise l'identifiant créancier {ics}, c'est normal.",
    "Le paiement {ref16} est en attente de validation, rien à faire de votre côté.",
    "Ne communiquez jamais votre mot de passe, même au support.", "On ne vous demandera jamais vos codes par message privé.",
    "Le plafond de paiement passe à {prix} par mois avec l'offre Plus.", "Pour changer de mot de passe : Profil, puis Sécurité, puis Modifier.",
    "Vous pouvez vérifier sur {official}, c'est le site officiel.", "La référence de votre virement est {ref16}, gardez-la pour le suivi.",
    "Le mot de passe doit contenir au moins 12 caractères, dont un chiffre.",
    # hospital parking / transport
    "Le parking P2 est gratuit pour les patients en dialyse, sur présentation du badge.",
    "La navette entre le parking relais et le hall part toutes les 15 minutes dès {heure}.",
    "Le transport assis se réserve 48 h à l'avance.", "Votre réservation de navette {order} est confirmée pour le {date}.",
    "Le badge visiteur coûte {prix} la semaine.", "Les places PMR sont au niveau -1, près des ascenseurs.",
    "On a bien reçu votre demande de remboursement de ticket de parking.", "Le parking visiteurs ferme à {heure} le dimanche.",
    # ski
    "Les forfaits saison sont en vente jusqu'au {date}.", "Le télésiège du Grand Col ouvre à {heure} si le vent se calme.",
    "Location skis et chaussures : {prix} les 6 jours, réf. {sku}.", "Pour un enfant de {cm} cm, prends des skis de 130 environ.",
    "Piste noire fermée aujourd'hui, risque d'avalanche 4 sur 5.", "Aurore, la monitrice du groupe débutant, commence à {heure}.",
    "Les cours collectifs démarrent le {date}, rendez-vous au pied du téléski.", "Le bus gratuit passe devant la résidence toutes les 30 minutes.",
    # chess
    "Le tournoi rapide de samedi est homologué, cadence 15+5.", "Ton classement Elo passe à {elo}, bravo.",
    "Pense à renouveler ta licence, ton identifiant FIDE {fide} est bien enregistré.",
    "On cherche deux arbitres pour l'open du {date}.", "La partie de {prenom} contre {prenom} est en ligne avec les commentaires.",
    "Le cours débutants reprend le {date}, salle 3.", "Aurore a gagné le blitz de mardi, bravo à elle !!",
    "Les appariements de la ronde 4 sont affichés.", "Quelqu'un a oublié une pendule DGT au club, elle est au bar.",
    # car dealer
    "La Clio de 2019 affiche {km}, contrôle technique OK.", "Le numéro de châssis est {vin}, vous pouvez vérifier l'historique.",
    "Reprise de votre véhicule immatriculé {plate} possible, estimation sous 48 h.", "Garantie 12 mois incluse, extensible à 24 mois pour {prix}.",
    "L'essai est possible le {date} à {heure}.", "Notre SIRET : {siret}, pour votre dossier de financement.",
    "La carte grise sera à votre nom sous 10 jours environ.", "Le Kangoo est vendu, désolé, mais on a un Berlingo équivalent.",
    # pet-sitting
    "Votre gardien a accepté la demande pour le {date}.", "{prenom} a 4,9 étoiles et {n} gardes à son actif.",
    "Le harnais {sku} est en rupture, retour prévu le {date}.", "Pensez à laisser les croquettes et le carnet de santé du chien.",
    "La garde à domicile est facturée {prix} la nuit.", "Les photos quotidiennes du chat sont dans l'appli, onglet Journal.",
    # newspaper
    "Votre commentaire est en attente de modération, merci de votre patience.", "L'article sur le marché de Noël a été mis à jour à {heure}.",
    "Rappel de la charte : pas d'attaques personnelles, on débat des idées.", "Votre abonnement numérique se renouvelle le {date} pour {prix}.",
    "{prenom} couvrira le conseil municipal de jeudi.", "Merci pour votre signalement, on regarde ça.",
    "L'édition du {date} est disponible en PDF pour les abonnés.", "Nous avons corrigé le nom de l'adjoint dans l'article, merci.",
    # game publisher
    "Le patch {ver} corrige le crash au chargement des sauvegardes.", "Les serveurs EU seront en maintenance le {date} de {heure} à {heure}.",
    "Les clés bêta partent par vagues, pas de panique.", "Le tournoi communautaire se joue en BO3, inscriptions sur {mdsame}.",
    "Bien joué à l'équipe de {prenom}, finale très serrée.", "Merci de poster les bugs dans le salon dédié avec votre version du jeu.",
    "Le skin offert arrive avec la mise à jour {ver}.", "Les notes de patch sont ici : {site}",
    # generic tricky
    "Colis {track} remis au transporteur le {date}.", "EAN du produit : {ean}, au cas où le scan bloque.",
    "Le remboursement de {prix} a été émis sur votre moyen de paiement d'origine.",
    "Le lien « Mot de passe oublié » est en bas de l'écran de connexion.", "L'appli est un peu nulle depuis la mise à jour, on remonte le souci.",
    "Le nouveau goût est pas terrible, on transmet à l'équipe produit.", "Super nouvelle pour le festival !!",
    "Merci {aurore} pour les photos du concert.", "Le SAV vous rappelle demain matin.",
    "Les CGV et la FAQ sont à jour sur {site}.", "Connectez-vous via {official} pour vérifier votre commande.",
    "Commande {order} expédiée, suivi {track}.", "Le prix affiché, {prix}, inclut la TVA.",
]
HARD_FR = [
    "Putain de neige, j'ai mis deux heures pour monter à la station.", "Fait chier, le four a encore lâché en plein tournage.",
    "Je suis nul en finales de tours, faut que je bosse ça.", "Quel boulet je fais, j'ai oublié mon badge parking.",
    "Je suis une quiche en pâtisserie, mais celle-là est réussie.", "On vous a mis une raclée 5-1 au derby, sans rancune.",
    "Vos Girondins ont pris une belle fessée dimanche, on en rigole encore.",
    "Comme dans le film : « Je vais lui faire une offre qu'il ne pourra pas refuser. »",
    "« Tu veux ma photo ? », réplique culte, on la met en sous-titre ?", "Ta tour a massacré ma dame, partie magnifique.",
    "J'ai sacrifié mon fou et je me suis fait exécuter en dix coups, bien joué.", "Ce burger est une tuerie.",
    "Ce concert était une dinguerie, le public était en feu.", "Le DJ a tout déchiré hier soir.",
    "Mon chat est un vrai tyran, il m'a réveillé à 5 h.", "Ce gâteau est mortel.", "Le prix de l'essence me tue.",
    "J'ai cramé la sauce, bravo moi.", "Je me suis fait défoncer en classé, je suis trop nul.",
    "Le méchant du jeu dit « Je réduirai ce royaume en cendres », frissons garantis.", "Je déteste le lundi, rien de personnel.",
    "Cette mise à jour est décevante, l'ancienne interface était plus claire.",
    "Le service client était lent, mais ils ont fini par régler le souci.", "La voiture est sympa mais la boîte de vitesses est un peu molle.",
    "Franchement bof, ce journal était mieux avant.", "Merde, j'ai raté le dernier télésiège.",
    "On s'est fait écraser au quiz du festival, ils étaient trop forts.", "Je suis une vraie catastrophe avec la pâte feuilletée.",
    "Ton cavalier en f5, c'est une arme de destruction massive.", "La descente de la piste rouge m'a tuée, mes cuisses brûlent.",
    "Les frites de la buvette étaient nulles, mais la bière était bonne.", "Mon chien a dévoré le plaid, ce monstre.",
    "Le boss final m'a massacré six fois, je vais y arriver.", "Ce vendeur de la concession était super sympa, rien à redire.",
    "Je vais tuer le game au prochain tournoi, préparez-vous.", "Bon, le match était moche, mais on a gagné.",
    "L'éditorial de ce matin est un peu mou, je trouve.", "J'en ai marre de la pluie, vivement le soleil.",
    "Aurore a encore battu tout le monde en blitz, c'est une machine.", "La file d'attente du parking était interminable ce matin.",
]
CLEAN_EN = [
    "Wristbands ship from {date_en}.", "Official resale opens {date_en} at {hour}, only on {site}.",
    "Your ticket {ticket} is name-linked, you can change the holder in your account.", "The weekend pass goes up to {price} after {date_en}.",
    "No refunds for rain, it's in the terms.", "Shuttles to the site leave every 20 minutes from the station.",
    "The full line-up drops {date_en}, hang tight.", "Watch out for resellers on social media, the only safe resale is {mdsame}.",
    "Order {order} includes 2 camping passes and 1 parking spot.", "Lockers are {price} a day, next to gate B.",
    "The tarte tatin recipe is up: {site}", "For a 9-inch tin, bake for about {n} minutes.",
    "Tonight's live starts at {hour}, we're making fresh gnocchi.", "Thanks {name}, your stew photo got {n} likes in an hour.",
    "Swap the cream for coconut milk if you want it vegan.", "The contest prize is a cast-iron pot, {sku}, worth {price}.",
    "Your video is a bit dark, try a lamp facing you.", "Nice one {name}, that gratin looked amazing.",
    "Instant transfers land in seconds, except to some banks at weekends.", "Your virtual card request was logged on {date_en}.",
    "Cash withdrawal fees outside the euro zone are {price}.", "Your gym's direct debit uses creditor ID {ics}, that's expected.",
    "Payment {ref16} is pending review, nothing to do on your side.", "Never share your password, not even with support.",
    "We will never ask for your codes in a private message.", "To change your password: Profile, then Security, then Edit.",
    "You can check on {official}, that's the official site.", "Your password needs at least 12 characters including a number.",
    "Level 2 parking is free for dialysis patients with a badge.", "The shuttle from the park-and-ride to the main hall runs every 15 minutes from {hour}.",
    "Seated patient transport must be booked 48 hours ahead.", "Your shuttle booking {order} is confirmed for {date_en}.",
    "A visitor badge is {price} a week.", "Accessible spaces are on level -1 near the lifts.",
    "Season passes are on sale until {date_en}.", "The Grand Col chairlift opens at {hour} if the wind drops.",
    "Ski and boot rental: {price} for 6 days, ref {sku}.", "Black run closed today, avalanche risk 4 out of 5.",
    "Aurore runs the beginners' group from {hour}.", "Group lessons start {date_en}, meet at the foot of the drag lift.",
    "Saturday's rapid tournament is rated, 15+5 time control.", "Your rating is up to {elo}, congrats.",
    "Remember to renew your membership, your FIDE ID {fide} is on file.", "We need two arbiters for the open on {date_en}.",
    "Round 4 pairings are posted.", "The beginners' class restarts {date_en}, room 3.",
    "The 2019 Fiesta shows {km} and passed its inspection.", "The VIN is {vin} if you want to check the history.",
    "We can take your car, reg {plate}, valuation within 48 hours.", "12-month warranty included, 24 months for {price}.",
    "Test drives available {date_en} at {hour}.", "The estate is sold, sorry, but we have a similar hatchback.",
    "Your sitter accepted the request for {date_en}.", "{name} has 4.9 stars and {n} stays completed.",
    "The {sku} harness is out of stock, back on {date_en}.", "Please leave the food and the vet booklet.",
    "Home boarding is {price} per night.", "Daily cat photos are in the app, Journal tab.",
    "Your comment is awaiting moderation, thanks for your patience.", "The Christmas market article was updated at {hour}.",
    "Reminder of the rules: no personal attacks, debate the ideas.", "Your digital subscription renews on {date_en} for {price}.",
    "Thanks for the report, we're looking into it.", "We corrected the councillor's name in the article, thanks.",
    "Patch {ver} fixes the crash when loading saves.", "EU servers are down for maintenance on {date_en} from {hour}.",
    "Beta keys go out in waves, don't panic.", "The community cup is best of three, sign up on {mdsame}.",
    "GG to {name}'s team, super close final.", "Please post bugs in the bug channel with your game version.",
    "Patch notes are here: {site}", "Parcel {track} handed to the carrier on {date_en}.", "Product EAN: {ean}, in case the scan fails.",
    "The refund of {price} was issued to your original payment method.", "The 'Forgot password' link is at the bottom of the login screen.",
    "The app's been a bit rubbish since the update, we've flagged it.", "The new flavour isn't great, we'll pass it on.",
    "Great news for the festival!!", "Thanks {aurore} for the gig photos.", "Support will call you back tomorrow morning.",
    "Terms and FAQ are updated on {site}.", "Log in via {official} to check your order.", "Order {order} shipped, tracking {track}.",
    "Company number for the invoice: {siret}.", "The listed price, {price}, includes VAT.",
]
HARD_EN = [
    "Bloody snow, took me two hours to get up to the resort.", "Damn oven died again mid-shoot.",
    "I'm hopeless at rook endgames, need to work on that.", "What an idiot I am, forgot my parking badge again.",
    "I'm a total disaster at pastry but this one worked.", "We thrashed you 5-1 in the derby, no hard feelings.",
    "Your lot got absolutely hammered on Sunday, still laughing.", "As the film goes: \"I'm gonna make him an offer he can't refuse.\"",
    "\"You talkin' to me?\" is such a classic line, shall we use it as a caption?", "Your rook murdered my queen, beautiful game.",
    "Sacrificed my bishop and got executed in ten moves, well played.", "This burger is killer.",
    "That set was insane, the crowd was on fire.", "The DJ absolutely killed it last night.",
    "My cat is a tiny tyrant, woke me at 5am.", "This cake is to die for.", "Fuel prices are killing me.",
    "Burnt the sauce, well done me.", "Got destroyed in ranked, I'm so bad.",
    "The villain says \"I will burn this kingdom to ash\", chills every time.", "I hate Mondays, nothing personal.",
    "This update is disappointing, the old layout was clearer.", "Support was slow but they sorted it in the end.",
    "Nice car but the gearbox feels a bit vague.", "Honestly meh, this paper used to be better.", "Crap, missed the last chairlift.",
    "We got crushed at the festival quiz, they were too good.", "The red run wrecked my legs, they're on fire.",
    "The chips at the food stall were bad but the beer was decent.", "My dog ate the blanket, the little monster.",
    "The final boss slaughtered me six times, I'll get there.", "The salesman at the dealership was lovely, no complaints.",
    "I'm going to crush it at the next tournament, be ready.", "Ugly match, but we won.", "Sick of the rain, bring on the sun.",
    "Aurore beat everyone at blitz again, she's a machine.", "The queue for the car park was endless this morning.",
    "This morning's editorial is a bit weak, if you ask me.",
]
OPENERS = {"fr": ["Salut la team,", "Bonjour à tous,", "Coucou {prenom},", "Hello {prenom},", "Re,", "Bonsoir {prenom},", "Petite question,"],
           "en": ["Hey all,", "Hi {name},", "Evening,", "Quick one,", "Morning {name},", "Hiya,"]}
CLOSERS = {"fr": ["Merci d'avance.", "Bonne journée.", "À plus,", "Bonne glisse ⛷️", "Bon appétit 🍲", "L'équipe modération", "Bises"],
           "en": ["Thanks in advance.", "Cheers.", "Take care,", "— mod team", "Enjoy the show 🎶", "Ta"]}
EXTRA_FILL = {"exp": lambda: f"{R.randint(1, 12):02d}/{R.randint(26, 31)}", "cvv": lambda: digits(3)}
FILLERS.update(EXTRA_FILL)


# ====================================================================== assembly
SLOT = re.compile(r"\{(f:)?([a-z_0-9./]+)\}")


def fr_typo(frame):
    if R.random() < 0.8:
        sp = NBSP if R.random() < 0.7 else NNBSP
        frame = re.sub(r" ([:!?;»])", sp + r"\1", frame)
        frame = frame.replace("« ", "«" + sp)
    if R.random() < 0.3:
        frame = frame.replace("'", "’")
    return frame


def needs_cap(prefix):
    p = prefix.rstrip(" " + NBSP + NNBSP)
    return p == "" or p.endswith((".", "!", "?", "…", "\n", "→")) or prefix.endswith("\n")


def render(frame, lang):
    if lang == "fr":
        frame = fr_typo(frame)
    out, findings, pos, last = [], [], 0, 0
    for m in SLOT.finditer(frame):
        lit = frame[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        name = m.group(2)
        if m.group(1):
            key, _, variant = name.partition("/")
            res = GEN[key](lang, variant or None)
            val, extra = (res if isinstance(res, tuple) else (res, []))
            if key in CAPITALIZE and needs_cap("".join(out)):
                val = val[0].upper() + val[1:]
            cat, kind = key.split(".")
            for c, k in [(cat, kind)] + extra:
                findings.append({"category": c, "kind": k, "start": pos, "end": pos + len(val), "_v": val})
        else:
            val = FILLERS[name]()
        out.append(val)
        pos += len(val)
    out.append(frame[last:])
    return "".join(out), findings


def join(pieces, lang):
    text, finds = "", []
    for i, (t, fs) in enumerate(pieces):
        if i:
            text += R.choice([" ", " ", " ", "\n", "\n\n"])
        off = len(text)
        text += t
        for f in fs:
            f = dict(f)
            f["start"] += off
            f["end"] += off
            finds.append(f)
    return text, finds


CUSTOMER_SIDE = {"illegal", "insult", "tone"}


def clean_piece(lang):
    pool = (CLEAN_FR + HARD_FR) if lang == "fr" else (CLEAN_EN + HARD_EN)
    if R.random() < 0.3:
        pool = HARD_FR if lang == "fr" else HARD_EN
    return render(R.choice(pool), lang)


def make_message(lang, primary):
    pieces = []
    if primary is None:
        for _ in range(R.choice([1, 1, 2, 2, 3])):
            pieces.append(clean_piece(lang))
    else:
        pieces.append(render(R.choice(FRAMES[primary][lang]), lang))
        cat = primary.split(".")[0]
        if R.random() < 0.3:
            side = cat in CUSTOMER_SIDE
            if R.random() < 0.2:
                side = not side
            others = [k for k in ALL_KINDS if k.split(".")[0] != cat and k != "secret.private_key"
                      and (k.split(".")[0] in CUSTOMER_SIDE) == side]
            sec = R.choice(others)
            pieces.append(render(R.choice(FRAMES[sec][lang]), lang))
            if R.random() < 0.25:
                third = R.choice([k for k in others if k.split(".")[0] != sec.split(".")[0]])
                pieces.append(render(R.choice(FRAMES[third][lang]), lang))
        R.shuffle(pieces)
        if R.random() < 0.45:
            pieces.insert(R.randint(0, len(pieces)), clean_piece(lang))
    if R.random() < 0.2:
        pieces.append(render(R.choice(CLOSERS[lang]), lang))
    text, finds = join(pieces, lang)
    if R.random() < 0.35:
        op, _ = render(R.choice(OPENERS[lang]), lang)
        off = len(op) + 1
        text = op + "\n" + text
        for f in finds:
            f["start"] += off
            f["end"] += off
    return text, finds


# ====================================================================== validation
def norm(s):
    return strip_accents(s).lower()


LEX_RE = []
CAPS_TOKEN = re.compile(r"^[^\w]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+)[^\w]*$")


def caps_runs(text):
    """Runs of >=3 consecutive all-caps words; returns (start, end) of the word cores."""
    runs, cur = [], []
    for m in re.finditer(r"\S+", text):
        cm = CAPS_TOKEN.match(m.group())
        if cm:
            cur.append((m.start() + cm.start(1), m.start() + cm.end(1)))
        else:
            if len(cur) >= 3:
                runs.append((cur[0][0], cur[-1][1]))
            cur = []
    if len(cur) >= 3:
        runs.append((cur[0][0], cur[-1][1]))
    return runs


def covered(span, findings, cat=None, kind=None):
    s, e = span
    return any(f["start"] < e and s < f["end"] and (cat is None or f["category"] == cat) and
               (kind is None or f["kind"] == kind) for f in findings)


def clean_ok(t):
    """True if a clean text has no accidental risky content."""
    for m in re.finditer(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)", t):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d) and d[0] in "23456":
            return False
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", t):
        if iban_valid(m.group()):
            return False
    if any(x in t for x in ("xn--", "BEGIN", "eyJ", "http://", "!!!", "@")):
        return False
    if re.search(r"[!?]{3,}", t) or caps_runs(t):
        return False
    nt = norm(t)
    return not any(rx.search(nt) for rx in LEX_RE)


def validate(rows):
    seen = set()
    for r in rows:
        t, fs = r["text"], r["findings"]
        assert t not in seen, ("duplicate", r["id"])
        seen.add(t)
        assert r["lang"] in ("fr", "en")
        spans = set()
        for f in fs:
            assert f["kind"] in KINDS[f["category"]], f
            assert 0 <= f["start"] < f["end"] <= len(t), (r["id"], f)
            span = t[f["start"]:f["end"]]
            assert span == span.strip() and span, (r["id"], repr(span))
            k = f["category"] + "." + f["kind"]
            assert (k, f["start"]) not in spans, (r["id"], "dup finding")
            spans.add((k, f["start"]))
            for g in fs:  # same-kind spans never overlap
                if g is not f and g["category"] == f["category"] and g["kind"] == f["kind"]:
                    assert g["end"] <= f["start"] or f["end"] <= g["start"], (r["id"], "overlap", k)
            if k == "pii.iban":
                assert iban_valid(span), (r["id"], span)
            if k == "pii.card":
                assert luhn_ok(span) and 13 <= sum(c.isdigit() for c in span) <= 19, (r["id"], span)
            if k == "pii.nir":
                d = span.replace(" ", "")
                assert len(d) == 15 and d.isdigit() and nir_key(d[:13]) == int(d[13:]), (r["id"], span)
            if k == "secret.private_key":
                assert span.startswith("-----BEGIN ") and span.endswith("PRIVATE KEY-----"), r["id"]
            if k == "secret.token" and span.startswith("eyJ"):
                assert span.count(".") == 2
            if k == "secret.token" and not span.startswith("eyJ"):
                assert t[:f["start"]].endswith("Bearer "), (r["id"], "opaque token without Bearer")
            if k == "tone.shouting":
                assert (f["start"], f["end"]) in caps_runs(t), (r["id"], "shout span", span)
            if k == "tone.punctuation":
                m = re.compile(r"[!?]+").match(t, f["start"])
                assert m and m.end() == f["end"] and len(span) >= 3 and (f["start"] == 0 or t[f["start"] - 1] not in "!?"), (r["id"], "punct span")
            if f["category"] == "link" and f["kind"] != "mismatch":
                if span.startswith("http://"):
                    assert any(g["kind"] == "insecure" and g["start"] == f["start"] and g["end"] == f["end"] for g in fs), r["id"]
                if f["kind"] == "insecure":
                    assert span.startswith("http://"), r["id"]
            if k == "link.mismatch":
                assert re.fullmatch(r"\[[^\]]+\]\(https://[^)]+\)", span), (r["id"], span)
        nt = norm(t)
        for rx in LEX_RE:
            for m in rx.finditer(nt):
                assert covered(m.span(), fs, "confidential", "lexicon"), (r["id"], "unlabeled lexicon", m.group())
        for m in re.finditer(r"[!?]{3,}", t):
            assert covered(m.span(), fs, "tone", "punctuation") or covered(m.span(), fs, "secret"), (r["id"], "punct")
        for s, e in caps_runs(t):
            assert covered((s, e), fs), (r["id"], "caps run", t[s:e])
        for m in re.finditer(r"http://\S+", t):
            assert covered(m.span(), fs, "link", "insecure"), (r["id"], "http")
        for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", t):
            assert covered(m.span(), fs, "pii", "email") or covered(m.span(), fs, "secret"), (r["id"], "email", m.group())
        if not fs:
            assert clean_ok(t), (r["id"], "clean line not clean", t)
    return True


# ====================================================================== main
def build(n):
    n_clean = round(n * CLEAN_SHARE)
    n_fr = round(n * FR_SHARE)
    langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
    R.shuffle(langs)
    primaries = [None] * n_clean
    cycle = []
    extra = ["illegal.hate", "illegal.hate", "illegal.threat", "illegal.threat", "insult.insult", "insult.insult",
             "tone.aggressive", "tone.aggressive", "pii.address", "pii.phone", "secret.password", "pii.email",
             "link.lookalike", "tone.shouting"]
    while len(cycle) < n - n_clean:
        block = ALL_KINDS + extra
        R.shuffle(block)
        cycle += block
    primaries += cycle[: n - n_clean]
    R.shuffle(primaries)
    rows, seen = [], set()
    for i, (lang, prim) in enumerate(zip(langs, primaries)):
        for _attempt in range(400):
            text, finds = make_message(lang, prim)
            limit = 560 if any(f["kind"] == "private_key" for f in finds) else 420
            if not (5 <= len(text) <= limit) or text in seen:
                continue
            if not finds and not clean_ok(text):
                continue
            runs = caps_runs(text)
            if any(f["kind"] == "shouting" and (f["start"], f["end"]) not in runs for f in finds):
                continue  # a caps word next to the shouted run would blur its span
            break
        else:
            raise SystemExit(f"could not build row {i}")
        seen.add(text)
        finds.sort(key=lambda f: (f["start"], f["end"], f["category"], f["kind"]))
        rows.append({"id": f"gb5-{i + 1:05d}", "lang": lang, "text": text,
                     "findings": [{k: f[k] for k in ("category", "kind", "start", "end")} for f in finds],
                     "_vals": [f["_v"] for f in finds]})
    for r in rows:
        for f, v in zip(r["findings"], r.pop("_vals")):
            assert r["text"][f["start"]:f["end"]] == v, (r["id"], v)
    return rows


def self_check_material():
    """Hostile material must be free of risky noise that would need extra labels."""
    for lst in (HATE_FR, HATE_EN, THREAT_FR, THREAT_EN, AGGR_FR, AGGR_EN, INSULT_VOC_FR, INSULT_VOC_EN, INSULT_PRED_FR, INSULT_PRED_EN):
        assert len(set(lst)) == len(lst), "duplicate template"
        for s in lst:
            assert not re.search(r"[!?]{2,}", s) and not s.endswith(("!", ".", "?")) and "http" not in s, s
            assert not caps_runs(s), s
    for s in SHOUT_FR + SHOUT_EN:
        assert caps_runs(s) == [(0, len(s))], s
    for pool in (CLEAN_FR, HARD_FR, CLEAN_EN, HARD_EN):
        assert len(set(pool)) == len(pool), "duplicate clean template"


def template_counts():
    return {
        "hate": len(HATE_FR) + len(HATE_EN), "threat": len(THREAT_FR) + len(THREAT_EN),
        "insult_phrases": len(INSULT_VOC_FR) + len(INSULT_PRED_FR) + len(INSULT_VOC_EN) + len(INSULT_PRED_EN),
        "insult_frames": len(INSULT_FRAMES_FR) + len(INSULT_FRAMES_EN), "aggressive": len(AGGR_FR) + len(AGGR_EN),
        "shouting": len(SHOUT_FR) + len(SHOUT_EN), "punctuation_frames": len(PUNCT_FRAMES_FR) + len(PUNCT_FRAMES_EN),
        "hostile_wrappers": len(HOSTILE_FRAMES["fr"]) + len(HOSTILE_FRAMES["en"]),
        "clean": len(CLEAN_FR) + len(CLEAN_EN), "clean_hard_negatives": len(HARD_FR) + len(HARD_EN),
        "pii_secret_lexicon_frames": sum(len(FRAMES[k][l]) for k in FRAMES if not k.startswith(("link", "illegal", "tone", "insult")) for l in ("fr", "en")),
        "link_frames": len(LINK_FR) + len(LINK_EN),
    }


def main():
    global R, LEXICON, BLOCKED, LEX_RE
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("-n", type=int, default=1500)
    ap.add_argument("-o", "--out", default=os.path.join(HERE, "guard-blind5.jsonl"))
    a = ap.parse_args()
    R = random.Random(a.seed)
    LEXICON = read_list("lexicon.txt")
    BLOCKED = read_list("blocked-domains.txt")
    LEX_RE = [re.compile(r"(?<![\w-])" + re.escape(norm(t)) + r"(?![\w-])") for t in LEXICON]
    globals().update(LEXICON=LEXICON, BLOCKED=BLOCKED, LEX_RE=LEX_RE)
    self_check_material()
    rows = build(a.n)
    validate(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter(f["category"] + "." + f["kind"] for r in rows for f in r["findings"])
    clean = sum(1 for r in rows if not r["findings"])
    fr = sum(1 for r in rows if r["lang"] == "fr")
    print(f"wrote {len(rows)} rows to {a.out}: clean={clean} fr={fr} en={len(rows) - fr}", file=sys.stderr)
    for k in ALL_KINDS:
        print(f"  {k:24s} {c[k]}", file=sys.stderr)
    tc = template_counts()
    hostile = sum(tc[k] for k in ("hate", "threat", "insult_phrases", "insult_frames", "aggressive", "shouting", "punctuation_frames"))
    print("templates: " + ", ".join(f"{k}={v}" for k, v in tc.items()) + f"; hostile/tone total={hostile}", file=sys.stderr)


if __name__ == "__main__":
    main()
