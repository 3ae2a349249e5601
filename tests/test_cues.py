"""Reporting cues: tables of French sentences written for these tests, one row per construction."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrack.cues import (
    CueLexicon,
    CueMatch,
    add_verbs,
    cue_lemmas,
    cue_prefilter,
    find_cues,
    future_endings,
    plural_cue,
)
from quotetrack.lexicon import DataError


def only(text: str) -> CueMatch:
    cues = find_cues(text)
    assert len(cues) == 1, [c.text for c in cues]
    return cues[0]


# (sentence, cue text, lemma, form)
FINITE = [
    ("Le maire a déclaré qu'il se représenterait.", "a déclaré", "déclarer", "finite"),
    ("Les opposants craignent que le texte soit voté.", "craignent", "craindre", "finite"),  # a fear reported as an opinion
    ("L'économiste doute que la croissance reparte.", "doute", "douter", "finite"),  # a doubt too
    ("La ministre avait affirmé le contraire.", "avait affirmé", "affirmer", "finite"),
    ("La cour d'appel a statué que le bail était nul.", "a statué", "statuer", "finite"),  # a court's ruling (round l6)
    ("Les experts ont établi que la digue avait cédé la nuit.", "ont établi", "établir", "finite"),  # a finding (round hh4)
    ("Le tribunal a retenu que la commune avait manqué à son devoir.", "a retenu", "retenir", "finite"),  # a court's holding (round nn3)
    ("La mairie déconseille aux riverains de « rouvrir » leurs fenêtres.", "déconseille", "déconseiller", "finite"),  # advice against (round l4)
    ("Le député charge « ces ministres qui ne décident rien ».", "charge", "charger", "finite"),  # no en before it (round i1)
    # depuis, depuis lors with no complement, between the auxiliary and its participle: since then (round l6).
    ("Le transporteur a depuis confirmé que le vol était complet.", "a depuis confirmé", "confirmer", "finite"),
    ("Le maire a depuis lors reconnu que le chantier avait pris du retard.", "a depuis lors reconnu", "reconnaître", "finite"),
    # depuis with its complement after a finite verb is no part of the cue.
    ("La compagnie répète depuis des mois que le vol était complet.", "répète", "répéter", "finite"),
    # A pronominal cue's form past its reflexive and an object clitic stays a cue (round v3), read
    # whole as the pronominal verb since round y4.
    ("Le maire s'en félicite devant le conseil.", "s'en félicite", "se féliciter", "finite"),
    ("Le ministre a cité en conclusion une phrase de Camus.", "a cité", "citer", "finite"),  # en, no exemple (round jj4)
    ("« Le marché reste fragile », observe un analyste du secteur.", "observe", "observer", "finite"),  # an incise, no silence kept
    ("Le porte-parole a sobrement indiqué la position du ministère.", "a sobrement indiqué", "indiquer", "finite"),  # a manner adverb
    ("La préfète a laconiquement répondu aux élus.", "a laconiquement répondu", "répondre", "finite"),
    ("La maire a rendu hommage à une bénévole « infatigable ».", "a rendu hommage", "rendre hommage", "finite"),  # a tribute is speech
    ("Le syndicat a d'ores et déjà annoncé une grève.", "a d'ores et déjà annoncé", "annoncer", "finite"),  # a locution adverb
    ("Le maire avait dès jeudi averti les riverains.", "avait dès jeudi averti", "avertir", "finite"),  # dès and a day
    ("La juge avait dès la veille rappelé la règle.", "avait dès la veille rappelé", "rappeler", "finite"),
    ("La reine a adressé ses vœux aux sinistrés.", "a adressé", "adresser", "finite"),
    ("Le rapport relève de graves manquements.", "relève", "relever", "finite"),  # a partitive de still reports
    ("Le rapport relève aussi des retards de paiement.", "relève", "relever", "finite"),  # an adverb, then a partitive des
    ("La fédération relève de son côté que les tarifs ont doublé.", "relève", "relever", "finite"),  # de son opens an adverb (round ff5)
    ("La préfète n'a pas caché son agacement.", "n'a pas caché", "cacher", "finite"),  # negated, cacher says openly
    ("Le syndicat ne dissimule pas sa colère.", "ne dissimule", "dissimuler", "finite"),
    ("Le ministre a condamné dans la soirée les « provocations » de Moscou.", "a condamné", "condamner", "finite"),  # dans and no case noun
    ("Les bailleurs se sont engagés dans la matinée à verser l'aide.", "se sont engagés", "s'engager", "finite"),  # dans and a time: still a promise
    ("La région s'est engagée sur un calendrier précis.", "s'est engagée", "s'engager", "finite"),  # sur a commitment's object: still a promise (round ff1)
    ("Le ministre a dit longuement son inquiétude.", "a dit", "dire", "finite"),  # only a bare long after dire is the idiom
    ("La ministre a dit adroitement sa colère.", "a dit", "dire", "finite"),  # only adieu itself is the idiom (round yy1)
    ("Il a traité de « menteurs » les élus.", "a traité de", "traiter de", "finite"),  # calling names still reports
    ("Elle a traité son voisin de « menteur ».", "a traité", "traiter", "finite"),  # its object before de « … » (round z6)
    ("Le ministre continue de dénoncer la réforme.", "continue de dénoncer", "dénoncer", "finite"),  # the governor still reports
    ("La directrice a défendu un choix « assumé ».", "a défendu", "défendre", "finite"),
    ("Le Kremlin a, de son côté, démenti la rumeur.", "a, de son côté, démenti", "démentir", "finite"),
    ("L'évêque a, lui, appelé au calme.", "a, lui, appelé", "appeler", "finite"),
    ("La fédération a, par la voix de son président, dénoncé la réforme.", "a, par la voix de son président, dénoncé",
     "dénoncer", "finite"),
    ("Les syndicats ont estimé la hausse insuffisante.", "ont estimé", "estimer", "finite"),
    ("Le juge a également souligné l'urgence.", "a également souligné", "souligner", "finite"),
    ("Les deux ministres ont tous deux souligné l'urgence.", "ont tous deux souligné", "souligner", "finite"),
    ("Les deux dirigeantes ont toutes les deux dénoncé l'attaque.", "ont toutes les deux dénoncé", "dénoncer", "finite"),
    ("Les syndicats ont chacun rejeté le texte.", "ont chacun rejeté", "rejeter", "finite"),
    ("Les Vingt-Sept ont d'une même voix réclamé un report.", "ont d'une même voix réclamé", "réclamer", "finite"),
    ("Les deux pays ont conjointement annoncé un accord.", "ont conjointement annoncé", "annoncer", "finite"),
    ("Rabat avait la veille dénoncé une ingérence.", "avait la veille dénoncé", "dénoncer", "finite"),
    ("Le porte-parole a dans la soirée démenti l'information.", "a dans la soirée démenti", "démentir", "finite"),
    ("Varsovie a le lendemain réclamé des excuses.", "a le lendemain réclamé", "réclamer", "finite"),
    ("La syndicaliste le répétait à chaque meeting.", "répétait", "répéter", "finite"),
    ("Les grévistes le répètent à chaque assemblée.", "répètent", "répéter", "finite"),
    ("Les élus l'affirmèrent devant le préfet.", "affirmèrent", "affirmer", "finite"),
    ("« Merci à tous », commence la maire, émue.", "commence", "commencer", "finite"),  # incise_only: set off after a mark
    ("« On a fini premiers, enfin ! », riait un supporter, 19 ans.", "riait", "rire", "finite"),  # rire: an incise only
    ("« Merci à tous », a commencé la maire.", "a commencé", "commencer", "finite"),
    ("« Nous resterons », poursuit son avocat.", "poursuit", "poursuivre", "finite"),  # set off: its subject follows
    ("« Rien ne change », reprend la gréviste.", "reprend", "reprendre", "finite"),  # set off: its subject follows
    ("« Et ce n'est qu'un début », enchaîne la capitaine.", "enchaîne", "enchaîner", "finite"),  # set off: its subject follows
    ("Puis la juge enchaîne : le dossier reste ouvert.", "enchaîne", "enchaîner", "finite"),  # no object before the colon
    ("« Nous tiendrons », lâche Marie Roux, la déléguée.", "lâche", "lâcher", "finite"),  # set off: the name is its subject
    ("La ministre a lâché que rien n'était décidé.", "a lâché", "lâcher", "finite"),
    ("« Rien n'est joué », soutient le maire.", "soutient", "soutenir", "finite"),  # set off: its subject follows
    ("La défense soutient que le délai était dépassé.", "soutient", "soutenir", "finite"),
    ("La défense a soutenu le 3 mai que le délai était dépassé.", "a soutenu", "soutenir", "finite"),  # le of a date, no object
    ("L'avocat soutient le 1er juillet que son client est innocent.", "soutient", "soutenir", "finite"),
    # depuis governs the determiner after it (depuis des mois): a time, no object of soutenir
    ("L'opposition soutient depuis des semaines que le scrutin a été truqué.", "soutient", "soutenir", "finite"),
    ("« Nous resterons » a poursuivi mardi le ministre.", "a poursuivi", "poursuivre", "finite"),
    ("Le juge le rappela aux avocats.", "rappela", "rappeler", "finite"),
    ("Il l'affirme depuis des semaines.", "affirme", "affirmer", "finite"),
    ("Elles le soulignaient devant le juge.", "soulignaient", "souligner", "finite"),
    ("Le président déclare la séance ouverte.", "déclare", "déclarer", "finite"),
    ("L'opposition estimait la réforme injuste.", "estimait", "estimer", "finite"),
    ("La directrice s'est dite satisfaite.", "s'est dite", "se dire", "finite"),
    # Round y4: an adverbial clitic (y, en) between the reflexive and the pronominal verb.
    ("Les syndicats s'y disent « fermement opposés ».", "s'y disent", "se dire", "finite"),
    ("Le maire s'en est dit « très satisfait ».", "s'en est dit", "se dire", "finite"),
    ("Comme le soulignait la juge, rien n'est acquis.", "soulignait", "souligner", "finite"),
    ("La maire s'est félicitée du résultat.", "s'est félicitée", "se féliciter", "finite"),
    ("Le club a fait savoir son désaccord.", "a fait savoir", "faire savoir", "finite"),
    # A two-word lemma's simple tense with adverbs between the verb and its tail (fait … valoir).
    ("La direction fait d'ailleurs valoir que les comptes sont à l'équilibre.", "fait d'ailleurs valoir", "faire valoir", "finite"),
    ("L'ONG met une nouvelle fois en garde contre la sécheresse.", "met une nouvelle fois en garde", "mettre en garde", "finite"),
    ("La mairie ne fait pas savoir la date du chantier.", "ne fait pas savoir", "faire savoir", "finite"),
    # Another lemma's tail (traiter de) after the adverbs: the verb alone is the cue.
    ("La ministre parlait encore mardi de réforme.", "parlait", "parler", "finite"),
    ("Le préfet annonça la fermeture des écoles.", "annonça", "annoncer", "finite"),
    ("Le chef de l'État martèle son message.", "martèle", "marteler", "finite"),
    ("Le porte-parole dément toute négociation.", "dément", "démentir", "finite"),
    ("Les voisins s'inquiètent du bruit.", "s'inquiètent", "s'inquiéter", "finite"),
    ("Il reconnaîtra son erreur demain.", "reconnaîtra", "reconnaître", "finite"),
    ("Elle aurait promis une prime aux agents.", "aurait promis", "promettre", "finite"),
    ("Le maire a mis en garde les promeneurs.", "a mis en garde", "mettre en garde", "finite"),
    ("Le sénateur n'a pas dit son dernier mot.", "n'a pas dit", "dire", "finite"),
    ("Comme l'a rappelé la présidente, le vote est secret.", "l'a rappelé", "rappeler", "finite"),
    ("Les élus se sont réjouis de la décision.", "se sont réjouis", "se réjouir", "finite"),
    (
        "La patronne a de son côté assuré la continuité.",
        "a de son côté assuré",
        "assurer",
        "finite",
    ),
    (
        "Il s'est toutefois emporté contre les juges.",
        "s'est toutefois emporté",
        "s'emporter",
        "finite",
    ),
    ("La société a répondu par écrit.", "a répondu", "répondre", "finite"),
    ("Le syndicat a au contraire salué l'accord.", "a au contraire salué", "saluer", "finite"),
    ("Les élus lui reprochent son silence.", "lui reprochent", "reprocher", "finite"),
    # Round f1: a capitalised Lui opening its sentence right before the verb is the stressed
    # subject pronoun (no object clitic stands with no subject before it): not part of the cue;
    # inside a sentence, lui before the verb is still its object clitic.
    ("Le maire reste serein. Lui assure que tout ira bien.", "assure", "assurer", "finite"),
    ("Le maire reste serein.\n\nLui a affirmé que tout irait bien.", "a affirmé", "affirmer", "finite"),
    ("Le maire lui assure que tout ira bien.", "lui assure", "assurer", "finite"),
    ("La direction ne lui demande rien.", "ne lui demande", "demander", "finite"),
    ("Les virologues y qualifient le variant de préoccupant.", "y qualifient", "qualifier", "finite"),
    ("La mairie a réagi rapidement.", "a réagi", "réagir", "finite"),
    ("Le coach jugeait l'arbitrage partial.", "jugeait", "juger", "finite"),
    ("Le chercheur les juge très exagérées.", "juge", "juger", "finite"),
    ("Le maire l'accuse de mentir.", "accuse", "accuser", "finite"),
    ("Le syndicat a accusé la direction de bloquer les salaires.", "a accusé", "accuser", "finite"),  # accuser someone: still a cue
    ("La sénatrice le qualifie de dangereux.", "qualifie", "qualifier", "finite"),
    # Round ii1: décrire after its object clitic (clitic_verbs): no noun is spelled décrit.
    ("Sa voisine le décrit comme un homme discret.", "décrit", "décrire", "finite"),
    ("Ses anciens élèves la décrivent comme exigeante.", "décrivent", "décrire", "finite"),
    ("La militante appelle les passants à signer.", "appelle", "appeler", "finite"),
    ("Le ministre considère l'affaire close.", "considère", "considérer", "finite"),
    ("« Rien de grave », rassure le médecin.", "rassure", "rassurer", "finite"),
    ("« Pas question », balaie la ministre.", "balaie", "balayer", "finite"),
    ("« Ils exagèrent », grommelle un élu.", "grommelle", "grommeler", "finite"),
    ("« Non », grinçait un élu.", "grinçait", "grincer", "finite"),
    ("« Les frontières restent inchangées », stipule le traité.", "stipule", "stipuler", "finite"),
    ("« Quelle soirée ! », s'enthousiasme l'entraîneur.", "s'enthousiasme", "s'enthousiasmer", "finite"),
    ("« Rien n'est joué », poursuit la ministre.", "poursuit", "poursuivre", "finite"),  # no clitic before it: still a cue
    ("Le syndicat y voit une « provocation ».", "y voit", "voir", "finite"),  # voir reports only after y
    ("L'opposition y a vu un « aveu ».", "y a vu", "voir", "finite"),
    # signifier reports only after a dative clitic: notifying someone of words (round sa2).
    ("Le préfet lui a signifié une « fin de non-recevoir ».", "lui a signifié", "signifier", "finite"),
    ("La direction leur a signifié que le site fermera en juin.", "leur a signifié", "signifier", "finite"),
    # Declining to comment is said: words in marks about what one declines to comment on are one's own.
    ("Chez Vinci, on se refuse à tout commentaire sur « un dossier judiciaire ».", "se refuse à tout commentaire",
     "se refuser à tout commentaire", "finite"),
    ("Le club a refusé tout commentaire sur « une affaire privée ».", "a refusé tout commentaire",
     "refuser tout commentaire", "finite"),
    # renvoyer reports only when it sends someone back to words in marks.
    ("La maire renvoie l'État à ses « responsabilités ».", "renvoie", "renvoyer", "finite"),
    ("Le syndicat a renvoyé la direction à « ses propres engagements ».", "a renvoyé", "renvoyer", "finite"),
    # soupçonner reports only when de opens its complement in marks, elided d' touching the mark too (round y2);
    # soupçonne is no noun, so after an object pronoun like la it is still the verb.
    ("Le juge soupçonne le préfet de « négligences graves ».", "soupçonne", "soupçonner", "finite"),
    ("Le maire la soupçonne d'« arrière-pensées électorales ».", "soupçonne", "soupçonner", "finite"),
    # célébrer reports only when an indefinite determiner opens its object in marks: the subject calls it so (round z4).
    ("Le maire a même célébré une « renaissance » du quartier.", "a même célébré", "célébrer", "finite"),
    ("La fédération célèbre un « tournant » pour le rugby amateur.", "célèbre", "célébrer", "finite"),
    # Round ll2: dédier a victory or a title to someone, with words in marks, is said in public.
    ("La nageuse a dédié à sa mère « une médaille de famille ».", "a dédié", "dédier", "finite"),
    # présenter reports only when it presents something as words in marks (présenter X comme « … »).
    ("La ministre présente la réforme comme « un acte de justice ».", "présente", "présenter", "finite"),
    # An indefinite determiner, maybe the noun the words in marks qualify, may stand before them (round t4).
    ("La ministre présente la réforme comme une « avancée historique ».", "présente", "présenter", "finite"),
    ("Un incident que la préfecture présente comme un accident « de parcours ».", "présente", "présenter", "finite"),
    # A definite determiner too (présenter X comme le « … »): the subject's own name for it.
    ("Le maire présente son village comme la « capitale du cidre ».", "présente", "présenter", "finite"),
    ("Le ministre présente l'accord comme l'« aube d'une ère nouvelle ».", "présente", "présenter", "finite"),
    # Round yy2: a definite determiner, its noun and maybe one adjective before the marks (comme le texte « … »).
    ("Le maire présente la fusion comme le projet « le plus utile » du mandat.", "présente", "présenter", "finite"),
    ("La coach a présenté la joueuse comme l'attaquante française « la plus rapide ».", "a présenté", "présenter", "finite"),
    # dépeindre X comme « … »: as présenter, the words in marks are how the subject paints X (its own -eindre class).
    ("L'opposition dépeint le maire comme un « autocrate de village ».", "dépeint", "dépeindre", "finite"),
    ("Ses proches avaient dépeint l'élu comme « un homme seul ».", "avaient dépeint", "dépeindre", "finite"),
    # définir X comme « … »: as présenter, the words in marks are the subject's name for X.
    ("La charte définit la commune comme un territoire « solidaire ».", "définit", "définir", "finite"),
    ("Le règlement définit le parc comme « un espace protégé ».", "définit", "définir", "finite"),
    # voir dans X « … »: to read something as what the words in marks say, an opinion voiced.
    ("Le député a vu dans ce vote « un désaveu cinglant ».", "a vu dans", "voir dans", "finite"),
    ("La syndicaliste voit dans la grève « un sursaut ».", "voit dans", "voir dans", "finite"),
    # Round xx1: voir en X « … »: as voir dans, the words in marks are how the subject reads X.
    ("Le sélectionneur voit en son capitaine « un leader né ».", "voit en", "voir en", "finite"),
    ("Ses partisans avaient vu en lui « un homme neuf ».", "avaient vu en", "voir en", "finite"),
    # Round zz1: voir en X « … » reads X as the words in marks say, like voir dans.
    ("La présidente voit en son adjoint « le meilleur successeur possible ».", "voit en", "voir en", "finite"),
    ("Les riverains ont vu en ce projet « une menace ».", "ont vu en", "voir en", "finite"),
    # Round w1: jurer keeps its finite forms as a cue of commitment; its bare participle is no cue.
    ("La ministre a juré que la réforme serait votée avant l'été.", "a juré", "jurer", "finite"),
    # a directive participle sharing the auxiliary before it, its object, à/de and marks: what it asks (directive_links).
    ("Le préfet a fermé les routes et appelé les habitants à « rester chez eux ».", "appelé", "appeler", "finite"),
    ("La maire a fermé les écoles et invité les parents à « garder leurs enfants ».", "invité", "inviter", "finite"),
    # a participle of speaking about sharing the auxiliary before it, de/du/des, maybe a determiner and
    # marks: the topic it names (topic_links).
    ("Le procureur a requis deux ans de prison et parlé d'une « fraude organisée ».", "parlé", "parler", "finite"),
    ("La ministre a visité le chantier et parlé des « retards accumulés ».", "parlé", "parler", "finite"),
    # décréter: a decree is declared, its que clause and its words in marks reported (round x2).
    ("Le juge a décrété que l'audience se tiendrait à huis clos.", "a décrété", "décréter", "finite"),
    ("La présidente décrète une mobilisation « totale » des services.", "décrète", "décréter", "finite"),
    # presser X de « … »: to urge someone to do what the marks say (round x2).
    ("Le ministre a pressé les banques de « prêter davantage ».", "a pressé", "presser", "finite"),
    # enjoindre à X de « … »: a court's or an authority's order, what it demands (round j6).
    ("Le tribunal a enjoint à la mairie de « rétablir l'éclairage ».", "a enjoint", "enjoindre", "finite"),
    ("La préfète enjoint aux exploitants de « cesser tout rejet ».", "enjoint", "enjoindre", "finite"),
    # Round hh2: a capitalised form before a capitalised word opens a name, unless right after
    # marks (an incise capitalised by mistake).
    ("« C'est un scandale », Tempête Marc Durand.", "Tempête", "tempêter", "finite"),
]

INVERTED = [
    ("« Rien n'est fait », a-t-il déclaré.", "a-t-il déclaré", "déclarer", "il"),
    ("« Je reste », déclare-t-elle.", "déclare-t-elle", "déclarer", "elle"),
    ("« Nous partirons », ont-ils affirmé.", "ont-ils affirmé", "affirmer", "ils"),
    ("« C'est grave », souligne-t-on à Matignon.", "souligne-t-on", "souligner", "on"),
    ("« Tout va bien », peut-on lire sur l'affiche.", "peut-on lire", "lire", "on"),
    ("« Les délais seront tenus », peut-on y lire.", "peut-on y lire", "lire", "on"),
    ("« Attention », précise-t-il.", "précise-t-il", "préciser", "il"),
    ("« En avant ! », lance-t-il.", "lance-t-il", "lancer", "il"),
    ("« Bonsoir à tous », commence-t-elle.", "commence-t-elle", "commencer", "elle"),
    ("« Et ensuite ? », a-t-elle poursuivi.", "a-t-elle poursuivi", "poursuivre", "elle"),
    ("« Jamais », dit-il.", "dit-il", "dire", "il"),
    ("« Avançons », a t-il ajouté.", "a t-il ajouté", "ajouter", "il"),
    ("« Avançons », a-t il ajouté.", "a-t il ajouté", "ajouter", "il"),
    ("« Merci », se félicite-t-elle.", "se félicite-t-elle", "se féliciter", "elle"),
    ("« Prudence », fait-il savoir.", "fait-il savoir", "faire savoir", "il"),
    ("« Nous verrons », a-t-il ainsi tranché.", "a-t-il ainsi tranché", "trancher", "il"),
    ("« Nous resterons unis », ont-ils tous deux affirmé.", "ont-ils tous deux affirmé", "affirmer", "ils"),
    ("« C'est fini », estiment-elles.", "estiment-elles", "estimer", "elles"),
    ("« Rien ne presse », fait-on simplement valoir à Matignon.", "fait-on simplement valoir", "faire valoir", "on"),
    ("« Le calendrier tient », fait-il encore savoir.", "fait-il encore savoir", "faire savoir", "il"),    # Round x1: intimer (an order given aloud) reports like sommer, with its indirect object before the inversion.
    ("« Reculez », leur a-t-il intimé.", "leur a-t-il intimé", "intimer", "il"),
]

GERUND = [
    ("Il est parti en ajoutant qu'il reviendrait.", "en ajoutant", "ajouter"),
    ("Elle a voté contre, soulignant son opposition.", "soulignant", "souligner"),
    ("Les élus ont refusé, estimant le coût trop élevé.", "estimant", "estimer"),
    ("Il a signé tout en se félicitant de l'accord.", "tout en se félicitant", "se féliciter"),
    ("Ayant déclaré l'audience close, la juge est sortie.", "Ayant déclaré", "déclarer"),
    ("Il a quitté la salle en dénonçant une mascarade.", "en dénonçant", "dénoncer"),
]

INFINITIVE = [
    ("Il a pris la parole pour dire son désaccord.", "pour dire", "dire"),
    ("Et d'ajouter que rien n'était perdu.", "Et d'ajouter", "ajouter"),
    # A narrative infinitive of a verb whose infinitive is otherwise no cue (governed: false).
    ("Et de conclure que rien n'était perdu.", "Et de conclure", "conclure"),
    ("Et d’enchaîner : « Rien n'est perdu. »", "Et d’enchaîner", "enchaîner"),
    # A possibility or a future reports nothing yet.
    ("« Tout va bien », pourrait commenter le maire.", "pourrait commenter", "commenter"),
    ("Le maire va annoncer sa décision.", "va annoncer", "annoncer"),
    # Round nn2: se décrire comme before marks, reflexive, is a cue of its own (not décrire's clitic-free infinitive).
    ("Il est reparti avant de se décrire comme un « tricheur ».", "avant de se décrire", "se décrire"),
]

# A governor in a compound tense, or a finite form of one that reports: the infinitive is the report.
GOVERNED = [
    ("La ministre a ainsi dit espérer un accord.", "a ainsi dit espérer", "espérer", "finite"),
    ("Le maire a tenu à préciser les horaires.", "a tenu à préciser", "préciser", "finite"),
    ("Il vient de démentir la rumeur.", "vient de démentir", "démentir", "finite"),
    # An elided link is a word of its own after the governor: « vient d'annoncer », curly or straight.
    ("Il vient d'annoncer sa démission.", "vient d'annoncer", "annoncer", "finite"),
    ("La préfète a tenté d’expliquer son choix.", "a tenté d’expliquer", "expliquer", "finite"),
    ("« Rien n'est joué », s'est contenté d'affirmer le maire.", "s'est contenté d'affirmer", "affirmer", "finite"),
    ("Elle a fini par reconnaître son erreur.", "a fini par reconnaître", "reconnaître", "finite"),
    ("« Rien n'est joué », tient à rappeler le maire.", "tient à rappeler", "rappeler", "finite"),
    ("« Rien n'est joué », s'est contenté de répondre le maire.", "s'est contenté de répondre", "répondre", "finite"),
    ("« Rien n'est joué », a-t-il tenu à rappeler.", "a-t-il tenu à rappeler", "rappeler", "inverted"),
    ("« Rien n'est joué », s'est-elle contentée de répéter.", "s'est-elle contentée de répéter", "répéter", "inverted"),
    # avoir beau, simple or compound, governs the infinitive that reports (round sb1).
    ("Le maire a eu beau répéter que tout irait bien.", "a eu beau répéter", "répéter", "finite"),
    ("La direction avait beau assurer le contraire.", "avait beau assurer", "assurer", "finite"),
    # A pronominal governor's simple tense keeps its reflexive, as its compound tense does.
    ("Le syndic se contente de démentir la rumeur.", "se contente de démentir", "démentir", "finite"),
    ("La mairie s’empresse d’annoncer un report.", "s’empresse d’annoncer", "annoncer", "finite"),
    # vouloir dire means only in its simple tenses: the compound one is a refusal to say, a cue.
    ("Le maire n'a pas voulu dire s'il se représenterait.", "n'a pas voulu dire", "dire", "finite"),
]

PREPOSITION = [
    ("Selon la police, la manifestation a réuni mille personnes.", "Selon", "selon"),
    ("La grève sera suivie, selon lui.", "selon lui", "selon"),
    ("D'après le rapport, les comptes sont justes.", "D'après", "d'après"),
    ("D'après le romancier, la ville a beaucoup changé.", "D'après", "d'après"),  # a person, no work of fiction (round ll1)
    ("Le maire aurait, selon une source proche du dossier, reconnu les faits.", "selon", "selon"),
    ("D’après les témoins, la voiture roulait vite.", "D’après", "d'après"),
    ("Pour la présidente, le projet est mort.", "Pour", "pour"),
    ("« Pour le syndicat, c'est non. »", "Pour", "pour"),
    # An anaphor opening with a demonstrative, its comma right after it: the one just named (round ve).
    ("Pour cette dernière, le dossier est clos.", "Pour", "pour"),
    # A noun after pour, whatever its ending, still names a holder (notre, nombre, conseiller after le) (round i5).
    ("Pour le conseiller municipal, la digue doit être rehaussée.", "Pour", "pour"),
    ("Pour notre correspondante, la digue doit être rehaussée.", "Pour", "pour"),
    # After a fronted connector of contrast and its comma (openers « inverse, », « revanche, », round i5).
    ("À l'inverse, pour le pêcheur, la digue suffit.", "pour", "pour"),
    ("En revanche, pour la députée, la digue suffit.", "pour", "pour"),
    # A predicate governing pour in marks is the holder's own words, the cue stands (round ff2).
    ("Pour le gérant du camping, la fermeture de la route « tombe au plus mal ».", "Pour", "pour"),
    # An aside in brackets with its own comma stays inside the phrase (round jj1).
    ("Pour le sénateur Paul Girard (LR, Vendée), la digue doit être rehaussée.", "Pour", "pour"),
    ("C'est, selon les mots de la maire, « un tournant ».", "selon les mots de", "selon"),
    ("C'est, selon l'expression de la maire, « un tournant ».", "selon l'expression de", "selon"),
    ("C'est, selon la formule du préfet, « un tournant ».", "selon la formule du", "selon"),
    ("C'est, selon son expression, « un tournant ».", "selon son expression", "selon"),
    ("A ses yeux, la réforme est urgente.", "A ses yeux", "aux yeux de"),
    ("De l'aveu même du préfet, la digue était fragile.", "De l'aveu même du", "de l'aveu de"),
    ("Aux yeux des élus, la digue était fragile.", "Aux yeux des", "aux yeux de"),
    ("Aux dires d'Irène, la digue était fragile.", "Aux dires d'", "aux dires de"),
]


@pytest.mark.parametrize(("sentence", "cue", "lemma", "form"), [*FINITE, *GOVERNED], ids=[r[1] for r in [*FINITE, *GOVERNED]])
def test_finite(sentence: str, cue: str, lemma: str, form: str) -> None:
    c = only(sentence)
    assert (c.text, c.lemma, c.form) == (cue, lemma, form)


@pytest.mark.parametrize(
    ("sentence", "cue", "lemma", "pronoun"), INVERTED, ids=[r[1] for r in INVERTED]
)
def test_inverted(sentence: str, cue: str, lemma: str, pronoun: str) -> None:
    c = only(sentence)
    assert (c.text, c.lemma, c.form, c.subject_pronoun) == (cue, lemma, "inverted", pronoun)


@pytest.mark.parametrize(("sentence", "cue", "lemma"), GERUND, ids=[r[1] for r in GERUND])
def test_gerund(sentence: str, cue: str, lemma: str) -> None:
    c = only(sentence)
    assert (c.text, c.lemma, c.form) == (cue, lemma, "gerund")


@pytest.mark.parametrize(("sentence", "cue", "lemma"), INFINITIVE, ids=[r[1] for r in INFINITIVE])
def test_infinitive(sentence: str, cue: str, lemma: str) -> None:
    c = only(sentence)
    assert cue.endswith(c.text) and (c.lemma, c.form) == (lemma, "infinitive")


@pytest.mark.parametrize(("sentence", "cue", "lemma"), PREPOSITION, ids=[r[1] for r in PREPOSITION])
def test_preposition(sentence: str, cue: str, lemma: str) -> None:
    c = find_cues(sentence)[0]
    assert (c.text, c.lemma, c.form) == (cue, lemma, "preposition")


# (sentence, whether its one cue is a third-person plural)
PLURAL_CUE = [
    ("Les avocats affirment que le dossier est vide.", True),
    ("Les élus maintiennent que le projet ira à son terme.", True),
    ("Le maire maintient que le projet ira à son terme.", False),  # -ent of a -tenir verb's singular
    ("La ministre se souvient d'une époque révolue.", False),
    ("Le juge convient que le dossier est mince.", False),
]


@pytest.mark.parametrize(("sentence", "plural"), PLURAL_CUE)
def test_plural_cue(sentence: str, plural: bool) -> None:
    assert plural_cue(only(sentence)) is plural


def test_noun_channel_wins_over_participle() -> None:
    c = only("Le bilan figure dans un communiqué de la mairie.")
    assert (c.text, c.lemma, c.form) == ("dans un communiqué", "communiqué", "noun")


def test_bare_participle_is_weak_form() -> None:
    c = only("Un accord, annoncé en grande pompe, a échoué.")
    assert (c.text, c.form, c.aux) == ("annoncé", "participle", False)


@pytest.mark.parametrize(
    ("sentence", "que_text"),
    [
        ("Il a déclaré que tout allait bien.", "a déclaré que"),
        ("Elle affirme qu'elle restera.", "affirme qu'"),
        ("Elle affirme qu’elle restera.", "affirme qu’"),
        ("Il a rappelé aussi que la loi s'applique.", "a rappelé aussi que"),
        ("Il souligne par ailleurs qu'il faut agir.", "souligne par ailleurs qu'"),
        ("Le tabloïd révèle ce vendredi que le ministre a dîné au restaurant.", "révèle ce vendredi que"),
        ("Le quotidien a affirmé ce matin qu'un accord était proche.", "a affirmé ce matin qu'"),
        ("L'hebdomadaire assure cette semaine que l'enquête est close.", "assure cette semaine que"),
        ("La garde des Sceaux a confirmé ce week-end qu'un texte serait déposé.", "a confirmé ce week-end qu'"),
        ("Le porte-parole a démenti le week-end dernier que le sommet était annulé.", "a démenti le week-end dernier que"),
    ],
)
def test_que_end(sentence: str, que_text: str) -> None:
    c = find_cues(sentence)[0]
    assert c.que_end is not None
    assert sentence[c.start : c.que_end] == que_text


def test_no_que_after_comma() -> None:
    assert find_cues("Il a déclaré, que voulez-vous, sa flamme.")[0].que_end is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Le journal a révélé ce que tout le monde savait.",
        "Il a raconté ce matin-là qu'il pleuvait.",
        "Elle a raconté ce week-end-là qu'il neigeait.",
        "Elle a rappelé ce lundi noir que personne n'oublie.",
    ],
)
def test_no_que_after_ce_without_a_day(sentence: str) -> None:
    assert find_cues(sentence)[0].que_end is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Le\u00a0ministre a\u00a0déclaré la guerre.",
        "Le ministre a\u202fdéclaré la guerre.",
        "« Non », a-t-il\u00a0déclaré.",
    ],
    ids=["nbsp", "narrow-nbsp", "nbsp-after-inversion"],
)
def test_non_breaking_spaces(sentence: str) -> None:
    c = only(sentence)
    assert c.lemma == "déclarer" and sentence[c.start : c.end] == c.text


def test_apostrophe_variants_give_same_lemma() -> None:
    straight = only("Elle s'est dite surprise.")
    curly = only("Elle s’est dite surprise.")
    assert straight.lemma == curly.lemma == "se dire"


def test_negation_is_recorded() -> None:
    assert only("Le patron dément la rumeur.").negated is False
    assert only("Le patron ne dément pas la rumeur.").negated is True
    # « pas davantage », « pas non plus »: the negation reaches the verb across them.
    c = only("Les élus n'ont pas davantage condamné le projet.")
    assert (c.text, c.negated) == ("n'ont pas davantage condamné", True)
    assert only("Le club n'a pas non plus démenti.").negated is True


NEGATIVES = [
    # Round nn3: retenir with its object (a lesson, one's breath) is no report; only retenir que is.
    "Le gardien retient son souffle avant le tir au but.",
    "Le jury a retenu la candidature du jeune architecte.",
    "De la soirée, c'est la chanson que le public a retenue : celle du vainqueur.",  # a colon after it lists what was kept
    "Le public rit aux éclats pendant tout le spectacle.",  # rire outside an incise is laughter, no report
    # Round hh4: établir with its object (a record, a perimeter) is no report; only établir que is.
    "La nageuse a établi un « record » du monde en demi-finale.",
    "Le préfet a établi ce « périmètre » autour de l'usine.",
    # Round v6: a comma closing a stressed pronoun's aside (« lui, ») sets no incise off: the verb's object follows.
    "Le ministre, lui, poursuit sa « tournée » des capitales européennes.",
    "La médaille rendue aux anciens combattants sera exposée en mairie.",  # no hommage: rendre alone reports nothing
    "Le groupe veut vendre l'usine et de conclure un accord.",  # a narrative infinitive opens its sentence
    "Le maire va conclure la séance.",  # conclure after a governing verb is no cue (governed: false)
    "Le tribunal a renvoyé le procès au mois de mai.",  # renvoyer without words in marks after à
    "Le tribunal a renvoyé le procès de l'« affaire des fadettes » au mois de mai.",  # marks not after à
    "Le président a renvoyé l'ascenseur à ses « amis ».",  # renvoyer l'ascenseur: returning a favour
    "Le Honduras lâche Taipei : les relations sont rompues.",  # lâcher a name: to drop someone, no report
    "Le parti a lâché Marc Olivier à la veille du scrutin.",
    "Les enquêteurs soupçonnent une « bande organisée » venue de l'étranger.",  # soupçonner: marks not after de
    "Le juge soupçonne le préfet de négligences graves.",  # soupçonner without words in marks
    "Les habitants ont célébré le « Nouvel An lunaire » dans la rue.",  # célébrer: a definite event, no words
    "Le prêtre a célébré une messe pour les victimes.",  # célébrer without words in marks
    "Un fonds dédié à « l'innovation sociale » a été créé.",  # dédier: a bare participle is no cue (participle: false)
    "La rencontre s'annonce tendue.",  # a pronominal use the lexicon does not list
    "Le ministre s'y rend mardi.",  # a clitic after the reflexive, a verb the lexicon does not list (round y4)
    "Les deux partis s'en rejettent la faute depuis des semaines.",  # past an object clitic too (round v3)
    "La demande reste sans réponse.",  # a present form after a determiner is a noun
    "Le maire voit une éclaircie.",  # voir is a cue only as y voir
    "La comtesse a vu en rêve un « château » sur la colline.",  # voir en rêve: a dream, no reading of anyone (other_sense_before)
    "On voit en effet une « embellie » sur le marché.",  # voir en effet: an adverb after voir, no voir en
    "Cette hausse signifie que les ménages paieront davantage.",  # signifier is a cue only after lui or leur
    "La ministre a présenté le budget mardi.",  # présenter reports only before comme and marks
    "Le romancier dépeint la vie des mineurs du Nord.",  # dépeindre reports only before comme and marks
    "La ministre a présenté un « plan vélo » comme chaque printemps.",  # comme not right before the marks
    "La ministre a présenté le budget comme chaque année à la « commission des finances ».",  # more than a noun after comme
    "La ministre a présenté le budget comme le veut la « règle d'or ».",  # comme le then a verb: no words in marks after comme le
    "La ministre a présenté le budget comme le font les « grands pays ».",  # comme le, a verb, then a determiner (round yy2)
    "La ministre a présenté le budget comme l'aurait fait son « mentor ».",  # comme l', two verbs, then a possessive (round yy2)
    "Ce bilan flatteur cache une réalité plus sombre.",  # cacher reports only when negated
    "Le festival commence à Cannes mardi.",  # commencer reports only set off as an incise
    "La saison a commencé, « une vraie délivrance » pour les joueurs.",
    "Les fouilles, suspendues en mai, commenceront jeudi.",  # set off by a comma, but no closing mark before
    "Les enquêteurs ont caché les documents dans un coffre.",
    "Le brouillard dissimulait les sommets.",
    "La famille y vit depuis trente ans.",  # y vit: living there (vivre), never a cue
    "Nom, adresse postale et téléphone figurent au registre.",  # adresse: mostly the noun, never a cue
    "La lettre adressée au préfet est restée sans suite.",  # adresser: no bare participle
    "Personne ne le croirait ni ne le disait.",  # a negated clitic before the form
    "La déclaration du ministre a été publiée.",
    "Le projet défendu par la ministre sera examiné mardi.",  # défendre: no bare participle
    "Le dit rapport est sur la table.",
    "Les chiffres selonx sont faux.",
    "Il pleuvait, pourtant nous sommes sortis.",
    "Pour autant, rien n'a changé.",
    "Le site, pour lequel travaillait la reporter, a publié son enquête.",  # pour governed by the verb
    "Pour l'instant, la route est coupée.",
    # Pour then an infinitive (maybe after se, en, y): the writer's purpose clause, no holder (round i5).
    "Pour financer la digue, la commune a vendu deux terrains.",
    "Pour s'imposer au second tour, la candidate a élargi son équipe.",
    "Pour en savoir davantage, les enquêteurs ont saisi les téléphones.",
    "Le club a fait l'inverse, pour la troisième saison de suite.",  # no comma closing the phrase
    "Pour reconquérir ses électeurs, le parti mise sur la proximité.",
    "Pour ce faire, la mairie a recruté deux agents.",  # ce: a blocker, no person's noun after it
    "Pour ce dernier match, l'entraîneur a aligné les jeunes.",
    # Pour as the complement of a predicate of impact or timing out of marks, past an apposition
    # too: for whom it is hard, no holder (pour_governing_predicates, round ff2).
    "Pour la coopérative, fondée en 1920 et longtemps le fleuron du canton, le choc est rude.",
    "Pour les hôteliers de la station, le coup est dur.",
    "Il travaille pour son frère.",
    "La demande du club est arrivée hier.",
    "Comme la demande du club est arrivée hier, la séance est levée.",  # only « le » and « l' » are object pronouns there
    "C'est-à-dire une perte nette.",
    "Il a publié un communiqué.",
    "Une note de service circule.",
    "Le juge est entré dans la salle.",
    "Il est maintenant trop tard.",
    "Ces faits relèvent du pénal.",  # relever du: to come under, no report
    "Ce dossier relève de « la compétence » du tribunal.",  # relever de la, a mark between
    "Cette taxe relève davantage du symbole que de la recette.",  # relever du, an adverb between
    "Ce choix relève plutôt de la prudence.",
    "Ce choix relève de son seul pouvoir.",  # de son, no adverb after it: to come under (round ff5)
    "Une prudence qui en dit long : la France reste alignée.",  # en dire long: to be telling, no report
    "Ces chiffres en disaient long sur la crise.",
    "Toute la ville a dit adieu à son ancien maire.",  # dire adieu à: to bid farewell, no report (round yy1)
    "Le « modèle danois », cité en exemple par les libéraux, a fait long feu.",  # citer en exemple: to hold up as a model (round jj4)
    "Le maire a été cité à comparaître devant le tribunal correctionnel.",  # citer à comparaître: a summons, no report
    "Le club dit adieu à « l'enfant du pays » après vingt saisons.",  # a mark between
    "L'ancien maire a été condamné dans l'affaire des marchés truqués.",  # condamner dans une affaire: a sentence, no report
    "L'ancien élu a été condamné notamment dans le « dossier Orion ».",  # an adverb and a mark between
    "Le passeur a été condamné en appel à huit ans de prison.",
    "Le gouvernement s'engage dans un bras de fer avec les syndicats.",  # s'engager dans: to embark on, no promise (round bb1)
    "Les deux pays se sont engagés dans une course aux armements.",
    "Le parti s'est résolument engagé dans la bataille des municipales.",  # an adverb between
    "Le camion s'est engagé sur la voie alors que le feu clignotait.",  # s'engager sur la voie: to drive onto, no promise (round ff1)
    "La moto s'était engagée dans le virage à vive allure.",
    "À Tokyo, le Nikkei a accusé le coup : il a perdu 2 % en séance.",  # accuser le coup: to take the hit, no report
    "Les ventes de voitures accusent un recul de 5 % sur un an.",  # accuser un recul: to show a fall
    "Le chantier accuse un retard de six mois.",
    "Le stade a observé une minute de silence avant le match.",  # observer un silence: to keep it, no report (round u3)
    "Le syndicat, d'habitude bavard, observait un silence gêné.",  # set off by a comma, still no inverted subject
    "Les deux camps observent la trêve depuis lundi.",
    "Les détenus ont été traités de la sorte pendant des mois.",  # de la sorte: a manner, no name called
    "Les réfugiés sont traités de façon indigne.",
    "Le descriptif du chantier reste flou.",  # a noun opening like décrit after le: no verb (round ii1)
    "Washington continue de traiter l'opposition comme un allié.",  # continuer de + an infinitive of no report
    "Les prix continuent à grimper.",
    "L'armée a poursuivi mardi ses frappes dans la province.",  # poursuivre with its object, no report
    "Le régime continue les bombardements.",  # continuer with its object
    "Les dockers reprendront le travail lundi matin.",  # reprendre with its object: to resume, no report (round vv1)
    "Après la pause, les « intermittents » du festival reprennent leurs répétitions.",
    "Le club enchaîne les défaites depuis l'automne : huit matchs sans victoire.",  # enchaîner with its object: to string together
    "La start-up a enchaîné une troisième levée de fonds.",
    "Berne soutient les réfugiés depuis des années.",  # soutenir with its object: to support, no report
    "Berne soutient depuis des années les réfugiés.",  # the object after depuis's own noun: still to support
    "La mairie soutient des associations depuis des mois.",  # no depuis before the determiner: the object
    "La région a soutenu l’association des pêcheurs.",
    "La région a soutenu le 3e club du classement.",  # a figure, no month after it: still the object
    "L'ambassadeur rappelé à Paris est arrivé.",
    "Elle reste confiante pour la suite.",
    "La réunion prévue lundi est reportée.",
    "L'ambassadeur rappelé que Paris attendait est arrivé.",  # participle: false before que, after no coordinator
    "Le couple a fermé la boutique et appelé son fils « le petit prince ».",  # appelé naming: no à/de before the marks
    "Le préfet a fermé les routes et appelé les renforts de la région.",  # no marks after the link
    "Dans ce village, le patois parlé des « anciens » se perd peu à peu.",  # no coordinator: no auxiliary shared
    "Le maire a reçu les riverains et parlé longuement du tracé.",  # no marks after the link
    "Les discussions pourraient reprendre lundi.",  # a governed infinitive of a verb marked governed: false
    "Les travaux vont avancer plus vite.",
    "Selon nos informations, le conseil se réunira jeudi.",  # the writer's own finding (own_reporting)
    # Round ll1: a work of fiction a film or a play is adapted from (own_reporting), no source.
    "Le cinéaste a tourné à Bruges, d'après le roman de Hendrik Conscience, son premier long métrage.",
    "Le spectacle, monté d'après la pièce de Molière, tourne depuis l'automne.",
    "Le quartier vit au rythme des coupures, selon l'expression en vogue à Lille.",  # a fashionable phrase (own_reporting)
    "La perspective tant redoutée d'un accord s'éloigne.",  # no bare participle of a verb marked participle: false
    "Nul doute que le texte sera voté.",  # the noun doute after a determiner, no verb of doubt
    "Le car vient d'arriver à la gare.",  # a governor with its link before a verb that reports nothing
    "Elle a tenté d'ouvrir la porte.",  # ouvrir: no report
    "Il s'agit d'une « menace que l'on connaît bien ».",  # a determiner, then an opening mark: a noun
    "À Denver, la sénatrice Maria Lance Porter a visité une école.",  # a capitalised form after a capitalised word: a name
    # Round hh2: a capitalised form right before a capitalised word opens a name (a storm's, an alert's).
    "Tempête Ciarán : des rafales à 150 km/h sont attendues sur la Bretagne.",
    "Lire aussi : « Ouragan Irma : les Antilles se préparent au pire »",
    "Alerte Enlèvement déclenchée dans le Nord pour une fillette de six ans.",
    "Personne ne sait ce que ce « compromis » veut dire.",  # vouloir dire in a simple tense: to mean, no report
    "Cela voulait dire que la ligne fermerait.",
    # presser is a cue, but its forms spelled as the noun or as a crowd's verb are not (not_cues, round x2).
    "Le préfet a tenu un point presse à Quimper.",
    "Les curieux se pressent devant la mairie.",
    "La maire était pressée de partir.",  # participle: false
    # Round z5: a form right after the negative determiner aucun, aucune is its noun, no verb.
    "Il ne fait aucun doute que le budget sera revu.",
    "Le syndicat n'a reçu aucune demande de la direction.",
    # traiter without de « … » after its object deals with something, no name called (marks_after, round z6).
    "Le tribunal traite les recours en urgence.",
    "La commission a traité le dossier de façon « expéditive ».",  # de before a noun, not before the marks
    # joindre, rejoindre: no report, though enjoindre shares their conjugation (round j6).
    "Le maire a rejoint le cortège place de la République.",
    "Le témoin joint par téléphone habite le quartier.",
    "Le maire est depuis resté muet sur le chantier.",  # depuis before a participle of no report (round l6)
    # A verb and adverbs, then another two-word lemma's tail: no cue (faire … part, not faire … entendre).
    "Le vent fait aussi entendre les cloches du village.",
    "Le maire fait souvent la tournée des marchés.",  # no tail after the adverb
    "Le gouvernement définit une « stratégie nationale » pour la forêt.",  # définir with no comme before the marks
    "Le conseil a défini le budget comme prévu.",  # définir … comme with no marks after    "L'ordre intimé aux soldats a été exécuté.",  # intimer: the participle qualifies a noun (participle: false)
    "Le ton de la lettre a de quoi intimider les élus.",  # intimider is no form of intimer
    "Sa colère fait écho à celle des éleveurs du Cantal.",  # faire écho à: to echo a thing, no report
    # Round i1: the noun of the fixed phrase en charge is spelled like charger's finite form (noun_locutions).
    "La région prendra en charge « l'intégralité des frais » de transport.",
    "Le magistrat en charge du dossier a été remplacé.",
    "Ce spectacle est déconseillé aux moins de douze ans.",  # round l4: the bare participle of déconseiller rates, reports nothing
    # Round w1: the bare participle of jurer is the noun of a jury's members or the adjective sworn, no report.
    "Les neuf jurés délibèrent depuis mardi matin.",
    "Son ennemi juré a quitté le parti en 2019.",
    # Round cc3: an object clitic right before poursuivre (verbs.json not_after) makes it chasing
    # or suing, no report.
    "Cette réputation de tricheur qui le poursuit depuis le Tour n'a jamais faibli.",
    "Le fisc les a poursuivis pendant dix ans.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_not_a_cue(sentence: str) -> None:
    assert find_cues(sentence) == []


def test_order_and_no_overlap() -> None:
    text = (
        "Selon elle, « tout va bien », a-t-elle ajouté, soulignant que la ville a annoncé un plan."
    )
    cues = find_cues(text)
    assert [c.text for c in cues] == ["Selon elle", "a-t-elle ajouté", "soulignant", "a annoncé"]
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:], strict=False))


def test_stance_from_data() -> None:
    assert only("Le ministre a démenti.").stance == "denial"
    assert only("Elle a dénoncé une injustice.").stance == "critical"


def test_prefilter() -> None:
    assert cue_prefilter("Le directeur a déclaré forfait.")
    assert not cue_prefilter("Il fait beau sur la côte.")
    assert not cue_prefilter("")


def test_bad_input_raises_type_error() -> None:
    with pytest.raises(TypeError):
        find_cues(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cue_prefilter(b"a dit")  # type: ignore[arg-type]


# ---------------------------------------------------------------- extending


def test_with_verbs_is_local() -> None:
    lex = CueLexicon.default().with_verbs([{"lemma": "claironner", "stance": "assertive"}])
    assert [c.lemma for c in lex.find("Elle a claironné sa victoire.")] == ["claironner"]
    assert find_cues("Elle a claironné sa victoire.") == []
    assert "claironner" in lex.lemmas and "claironner" not in cue_lemmas()


def test_with_verbs_reports_every_problem() -> None:
    with pytest.raises(DataError) as err:
        CueLexicon.default().with_verbs(
            [{"lemma": "x", "stance": "loud"}, {"lemma": "fredonner", "colour": "red"}]
        )
    message = str(err.value)
    assert "stance" in message and "colour" in message and "lemma" in message


def test_with_verbs_rejects_duplicate_and_unknown_class() -> None:
    with pytest.raises(DataError, match="duplicate lemma"):
        CueLexicon.default().with_verbs([{"lemma": "déclarer"}])
    with pytest.raises(DataError, match="unknown conjugation class"):
        CueLexicon.default().with_verbs([{"lemma": "bredouiller", "conj": "nope"}])


def test_add_verbs_changes_the_default() -> None:
    before = CueLexicon.default()
    try:
        add_verbs([{"lemma": "se gausser", "stance": "critical"}])
        assert only("Elle s'est gaussée de lui.").lemma == "se gausser"
    finally:
        CueLexicon._default = before


# ---------------------------------------------------------------- data integrity


def _data(name: str) -> dict[str, object]:
    with resources.files("quotetrack.data").joinpath(name).open(encoding="utf-8") as fh:
        data: dict[str, object] = json.load(fh)
    return data


def test_verb_data_integrity() -> None:
    verbs = _data("verbs.json")["verbs"]
    classes = _data("conjugation.json")["classes"]
    assert isinstance(verbs, list) and isinstance(classes, dict)
    lemmas = [v["lemma"] for v in verbs]
    assert len(lemmas) == len(set(lemmas))
    assert len(lemmas) >= 150
    assert all(v.get("conj") is None or v["conj"] in classes for v in verbs)


def test_every_lemma_finds_its_compound_past() -> None:
    # every generated participle must be reachable through the compiled pattern
    lex = CueLexicon.default()
    plain, _, _ = lex._tables
    for verb in lex.verbs:
        if verb.lemma.startswith(("se ", "s'")):
            continue
        pp = next(k for k, s in plain.pp.items() if s.lemma == verb.lemma)
        clitic = f"{verb.only_after[0]} " if verb.only_after else ""
        marked = f" X {verb.marks_after[0]} « Y »" if verb.marks_after else ""  # its complement in marks
        negation = ("n'", " pas") if verb.negated_only else ("", "")  # ne pas cacher: said openly
        lead = "« Oui », " if verb.incise_only else "Elle "  # commencer: only set off as an incise
        found = lex.find(f"{lead}{clitic}{negation[0]}a{negation[1]} {pp}{marked} hier.")
        assert [c.lemma for c in found] == [verb.lemma], (verb.lemma, pp)


def test_lemma_listing() -> None:
    lemmas = cue_lemmas()
    assert {"déclarer", "selon", "d'après", "se dire", "communiqué"} <= lemmas


# ---------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_valid_spans(text: str) -> None:
    cues = find_cues(text)
    for c in cues:
        assert text[c.start : c.end] == c.text
        assert c.que_end is None or c.end < c.que_end <= len(text)
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:], strict=False))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "déclaré",
                "-t-",
                "il",
                " ",
                "\u00a0",
                "selon",
                "« ",
                "que",
                "s'",
                "est",
                "dit",
                ",",
            ]
        )
    )
)
def test_cue_words_soup_never_crashes(parts: list[str]) -> None:
    text = "".join(parts)
    for c in find_cues(text):
        assert text[c.start : c.end] == c.text


def test_spelled_out_word_class_is_w() -> None:
    """_WORD_CLASS lists Latin-1 letters only to speed the engine up: it is ``\\w`` on every character."""
    import re

    from quotetrack.cues import _WORD_CLASS

    every = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
    assert re.findall(rf"[{_WORD_CLASS}]", every) == re.findall(r"\w", every)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ", max_size=12))
def test_optional_forms_match_like_quantifiers(text: str) -> None:
    """(?:x|) and nested optionals find what (?:x)? and (?:x){0,n} find."""
    import re

    from quotetrack.cues import _at_most, _optional

    for plain, rewritten in [
        (r"(?:(a)b)?(a*)b", _optional("(a)b") + "(a*)b"),
        (r"(?:a+ ){0,3}(a*)b", _at_most("a+ ", 3) + "(a*)b"),
    ]:
        a, b = re.search(plain, text), re.search(rewritten, text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize(
    ("text", "dit_is_cue"),
    [
        # « dit » then a nickname in marks and a comma, after words closed by a comma: someone's name.
        ("Le prince héritier saoudien, dit « MBS », pourrait être impliqué.", False),
        ("Jean Dupont, dit «le Gitan», a été interpellé.", False),
        # A capitalised name of up to three words in marks whatever follows it (no comma after).
        ("Le gardien Hugo Lemaire, dit «le Rempart» depuis la finale de 2019, a prolongé son contrat.", False),
        ("Le braqueur, dit « l'Anguille » par les enquêteurs, a été repris.", False),
        ("Le rappeur Karim Benhadj, dit « Kaybee » sur scène, sort un album.", False),
        # Lower-case words, or more than three, are what someone said.
        ("Le ministre s'est levé, dit « nous verrons bien » puis a quitté la salle.", True),
        ("Il s'est levé, dit « Merci à tous pour votre patience » puis est sorti.", True),
        # A postposed incise: after a closing mark, or a subject that is no nickname in marks.
        ("« C'est fini », dit « Le Gitan », avant de partir.", True),
        ("Le conflit durera, dit le Kremlin, qui accuse Kiev.", True),
        ("La situation est grave, dit le Premier ministre.", True),
        # Between a noun of a case and a capitalised name, « dit » names the case after the name.
        ("La justice a rouvert l'affaire dite Morvan la semaine dernière.", False),
        ("Le procès dit Laffont s'ouvrira en mars.", False),
        ("C'est une affaire, dit Paul Morvan, qui nous dépasse.", True),
        ("Cette affaire dit beaucoup de notre époque.", True),
        # A bare participle right after a determiner and its noun is the adjective so-called.
        ("La formule dite du « quartet » a été écartée.", False),
        ("Une stratégie militaire dite de dissuasion reste en vigueur.", False),
        ("La porte-parole l'a dit devant la presse.", True),
    ],
)
def test_dit_before_a_nickname_in_marks_is_no_cue(text: str, dit_is_cue: bool) -> None:
    assert any(c.lemma == "dire" for c in find_cues(text)) is dit_is_cue


@pytest.mark.parametrize(
    ("text", "cue", "negated"),
    [
        # « n'avoir de cesse de », never stop doing: the idiom opens the cue, no negation.
        ("Les sanctions resteront, n'a de cesse de répéter la chancelière.", "n'a de cesse de répéter", False),
        ("Il n'avait eu de cesse de dénoncer la réforme.", "n'avait eu de cesse de dénoncer", False),
        # « ne pas cesser de »: a double negation, it kept on.
        ("Le ministre n'a pas cessé de répéter que tout va bien.", "n'a pas cessé de répéter", False),
        # « ne cesser de » without pas, literary: it keeps on; the lone negation opens the cue.
        ("La ministre ne cesse de répéter que tout ira bien.", "ne cesse de répéter", False),
        # A plain negation stays one.
        ("Le ministre n'a pas dit que tout allait bien.", "n'a pas dit", True),
    ],
)
def test_never_stopping_to_say_is_no_negation(text: str, cue: str, negated: bool) -> None:
    found = [c for c in find_cues(text) if c.form == "finite"]
    assert [(c.text, c.negated) for c in found] == [(cue, negated)]


@pytest.mark.parametrize(("word", "future"), [
    ("présentera", True),
    ("finiraient", True),
    # A future stem ending in a consonant before the r (rompre, prendre, suivre, pouvoir).
    ("rompra", True),
    ("prendraient", True),
    ("suivront", True),
    ("pourrait", True),
    # -trait ends nouns (portrait, extrait), never taken for a conditional.
    ("portrait", False),
    ("extrait", False),
])
def test_future_endings(word: str, future: bool) -> None:
    assert word.endswith(future_endings()) is future
