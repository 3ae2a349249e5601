"""One hundred and ninety-three news articles and one communiqué (thirty-seven batches) written for quotetrack and
annotated by hand, in the gold format of docs/evaluation.md, before the extractor was run on them (a quote inside a quote is not
annotated, as in the project's reference gold). Offsets are computed from the annotated words.

    python tests/data/make_written_gold.py > tests/data/gold_written.jsonl
"""
from __future__ import annotations

import json

NB = "\u00a0"  # no-break space
NN = "\u202f"  # narrow no-break space
arts: list[dict[str, object]] = []

def art(id: str, outlet: str, date: str, text: str, anns: list[tuple], doc_kind: str | None = None) -> None:
    """Add a document whose quotes are given as (words, kind, speaker names[, nth occurrence]); ``doc_kind`` is the
    document's own kind when it is not an article (``"communique"``, as in the reference gold's meta)."""
    quotes: list[dict[str, object]] = []
    for a in anns:
        sub, kind, speaker = a[0], a[1], a[2]
        nth = a[3] if len(a) > 3 else 0
        i = -1
        for _ in range(nth + 1):
            i = text.find(sub, i + 1)
            assert i >= 0, (id, sub)
        quotes.append({"start": i, "end": i + len(sub), "kind": kind, "speaker": speaker})
    quotes.sort(key=lambda q: (int(q["start"]), int(q["end"])))
    meta: dict[str, str] = {"outlet": outlet, "date": date, "note": "written for quotetrack, annotated blind"}
    if doc_kind is not None:
        meta["kind"] = doc_kind
    arts.append({"id": id, "lang": "fr", "meta": meta, "text": text, "quotes": quotes})

# 1. wire copy, guillemets with no-break spaces
o, c = "«" + NB, NB + "»"
t1 = (
"Téhéran, 8 juillet 2019 (AFP) - L'Iran a annoncé lundi qu'il avait dépassé la limite de 3,67 % fixée par l'accord de Vienne pour l'enrichissement de l'uranium, une décision aussitôt dénoncée par Paris, Londres et Berlin.\n\n"
f"{o}Nous avons franchi ce seuil ce matin et nous en informerons l'Agence internationale de l'énergie atomique{c}, a déclaré le porte-parole de l'Organisation iranienne de l'énergie atomique, Behrouz Kamalvandi, cité par l'agence Isna.\n\n"
f"Le ministre des Affaires étrangères, Mohammad Javad Zarif, a assuré sur Twitter que ces mesures étaient {o}réversibles{c} si les Européens tenaient leurs engagements.\n\n"
f"À Paris, le Quai d'Orsay a fait part de sa {o}vive préoccupation{c}. {o}La France appelle l'Iran à revenir sans délai sur ces activités{c}, a indiqué la porte-parole du ministère, Agnès von der Mühll, lors de son point de presse quotidien.\n\n"
"Selon un diplomate européen, les trois pays signataires n'envisagent pas pour l'instant de déclencher le mécanisme de règlement des différends prévu par l'accord.\n\n"
f"Le président américain Donald Trump a de son côté averti que l'Iran {o}ferait mieux de faire attention{c}. {o}L'Iran fait beaucoup de mauvaises choses{c}, a-t-il lancé devant des journalistes à la Maison Blanche.\n\n"
f"Moscou a pour sa part jugé que la situation était {o}la conséquence directe{c} du retrait américain de l'accord en mai 2018, a rapporté l'agence Ria Novosti, citant le vice-ministre russe des Affaires étrangères Sergueï Riabkov.\n")
IR = ["Iran", "Téhéran"]
ZA = ["Mohammad Javad Zarif", "Zarif", "Javad Zarif"]
TR = ["Donald Trump", "Trump"]
RU = ["Russie", "Moscou", "Sergueï Riabkov", "Riabkov"]
QO = ["Quai d'Orsay", "France", "Paris", "ministère des Affaires étrangères", "diplomatie française"]
art("w01_wire_iran", "wire", "2019-07-08", t1, [
    ("il avait dépassé la limite de 3,67 % fixée par l'accord de Vienne pour l'enrichissement de l'uranium", "indirect", IR),
    ("Nous avons franchi ce seuil ce matin et nous en informerons l'Agence internationale de l'énergie atomique", "direct", ["Behrouz Kamalvandi", "Kamalvandi"]),
    (f"ces mesures étaient {o}réversibles{c} si les Européens tenaient leurs engagements", "indirect", ZA),
    ("réversibles", "partial", ZA),
    ("vive préoccupation", "partial", QO),
    ("La France appelle l'Iran à revenir sans délai sur ces activités", "direct", ["Agnès von der Mühll", "von der Mühll"]),
    ("les trois pays signataires n'envisagent pas pour l'instant de déclencher le mécanisme de règlement des différends prévu par l'accord", "indirect", ["diplomate européen", "un diplomate européen"]),
    (f"l'Iran {o}ferait mieux de faire attention{c}", "indirect", TR),
    ("ferait mieux de faire attention", "partial", TR),
    ("L'Iran fait beaucoup de mauvaises choses", "direct", TR),
    (f"la situation était {o}la conséquence directe{c} du retrait américain de l'accord en mai 2018", "indirect", RU),
    ("la conséquence directe", "partial", RU),
])

# 2. Belgian daily, straight double quotes
t2 = (
"Le Premier ministre Charles Michel a défendu mardi devant la Chambre le pacte de l'ONU sur les migrations. \"Ce texte ne crée aucun droit nouveau pour les migrants\", a-t-il martelé sous les huées des bancs de la N-VA.\n\n"
"Le président des nationalistes flamands, Bart De Wever, avait estimé la veille que le pacte représentait \"un danger pour notre souveraineté\". Pour lui, la Belgique \"n'a rien à gagner\" à signer ce document à Marrakech.\n\n"
"Du côté de l'opposition, le chef de groupe socialiste Ahmed Laaouej a dénoncé \"un spectacle lamentable\". \"Le gouvernement est paralysé par ses propres divisions. Les citoyens méritent mieux que ça\", a-t-il déclaré à la sortie de l'hémicycle.\n\n"
"D'après nos informations, plusieurs ministres N-VA pourraient quitter le gouvernement dès ce week-end. Interrogé par La Libre, un proche du Premier ministre a reconnu que la situation était \"très tendue\", tout en assurant que \"rien n'est encore décidé\".\n\n"
"Charles Michel se rendra lundi au Maroc, a confirmé son porte-parole.\n")
MI = ["Charles Michel", "Michel"]
DW = ["Bart De Wever", "De Wever"]
LA = ["Ahmed Laaouej", "Laaouej"]
PR = ["proche du Premier ministre", "un proche du Premier ministre"]
art("w02_belgium_pacte", "daily-be", "2018-12-04", t2, [
    ("Ce texte ne crée aucun droit nouveau pour les migrants", "direct", MI),
    ("le pacte représentait \"un danger pour notre souveraineté\"", "indirect", DW),
    ("un danger pour notre souveraineté", "partial", DW),
    ("la Belgique \"n'a rien à gagner\" à signer ce document à Marrakech", "indirect", DW),
    ("n'a rien à gagner", "partial", DW),
    ("un spectacle lamentable", "partial", LA),
    ("Le gouvernement est paralysé par ses propres divisions. Les citoyens méritent mieux que ça", "direct", LA),
    ("la situation était \"très tendue\"", "indirect", PR),
    ("très tendue", "partial", PR),
    ("\"rien n'est encore décidé\"", "indirect", PR),
    ("rien n'est encore décidé", "partial", PR),
    ("Charles Michel se rendra lundi au Maroc", "indirect", ["porte-parole de Charles Michel", "porte-parole"]),
])

# 3. regional daily, guillemets with narrow no-break spaces, curly apostrophes
o, c = "«" + NN, NN + "»"
t3 = (
"Saint-Nazaire. Le maire David Samzun a annoncé jeudi soir, lors du conseil municipal, que la piscine du centre-ville fermerait ses portes pour dix-huit mois de travaux. "
f"{o}C’était une décision difficile, mais l’équipement n’est plus aux normes{c}, a-t-il expliqué.\n\n"
f"Une annonce qui passe mal auprès des clubs. {o}On nous prévient au dernier moment, on n’a aucune solution pour nos nageurs{c}, regrette Sophie Le Goff, présidente du Cercle des nageurs nazairiens. Selon elle, près de 400 licenciés sont concernés.\n\n"
f"L’opposition municipale dénonce un {o}manque de concertation{c}. Le conseiller d’opposition Jean-Marc Lebrun estime qu’il {o}aurait fallu anticiper{c} et réclame un bassin provisoire.\n\n"
f"Contactée, la préfecture de Loire-Atlantique indique que le dossier de subvention {o}suit son cours{c}.\n\n"
f"Sur le marché, samedi matin, les avis étaient partagés. {o}Les travaux, il les fallait, tout le monde le sait{c}, lâche Marcel, 72 ans, nageur du dimanche.\n")
SA = ["David Samzun", "Samzun"]
LG = ["Sophie Le Goff", "Le Goff"]
LB = ["Jean-Marc Lebrun", "Lebrun"]
PF = ["préfecture de Loire-Atlantique", "préfecture"]
art("w03_regional_piscine", "regional", "2019-03-15", t3, [
    ("la piscine du centre-ville fermerait ses portes pour dix-huit mois de travaux", "indirect", SA),
    ("C’était une décision difficile, mais l’équipement n’est plus aux normes", "direct", SA),
    ("On nous prévient au dernier moment, on n’a aucune solution pour nos nageurs", "direct", LG),
    ("près de 400 licenciés sont concernés", "indirect", LG),
    ("manque de concertation", "partial", ["opposition municipale", "opposition"]),
    (f"il {o}aurait fallu anticiper{c}", "indirect", LB),
    ("aurait fallu anticiper", "partial", LB),
    (f"le dossier de subvention {o}suit son cours{c}", "indirect", PF),
    ("suit son cours", "partial", PF),
    ("Les travaux, il les fallait, tout le monde le sait", "direct", ["Marcel"]),
])

# 4. court report, plain spaces inside guillemets, an incise inside marks, a quote inside a quote
t4 = (
"Au troisième jour de son procès devant la cour d'assises de Paris, l'accusé a pris la parole pour la première fois. « Je n'ai jamais voulu tuer qui que ce soit, a-t-il affirmé d'une voix blanche. J'étais perdu, je ne savais plus ce que je faisais. »\n\n"
"Son avocate, Me Claire Dufresne, a plaidé l'altération du discernement. Elle a rappelé que son client avait été hospitalisé à deux reprises en psychiatrie avant les faits.\n\n"
"L'avocat général, lui, ne l'entend pas ainsi : « L'accusé a préparé son geste pendant des semaines. Il a repéré les lieux, il a acheté l'arme. Ce n'est pas la folie qui l'a conduit là, c'est la haine. »\n\n"
"La partie civile a lu à l'audience une lettre de la mère de la victime : « Mon fils disait toujours : \u201cIl faut pardonner.\u201d Je n'y arrive pas. »\n\n"
"Le verdict est attendu vendredi.\n")
art("w04_court_assises", "national", "2019-05-22", t4, [
    ("Je n'ai jamais voulu tuer qui que ce soit, a-t-il affirmé d'une voix blanche. J'étais perdu, je ne savais plus ce que je faisais.", "direct", ["accusé", "l'accusé"]),
    ("son client avait été hospitalisé à deux reprises en psychiatrie avant les faits", "indirect", ["Claire Dufresne", "Dufresne"]),
    ("L'accusé a préparé son geste pendant des semaines. Il a repéré les lieux, il a acheté l'arme. Ce n'est pas la folie qui l'a conduit là, c'est la haine.", "direct", ["avocat général", "l'avocat général"]),
    ("Mon fils disait toujours : \u201cIl faut pardonner.\u201d Je n'y arrive pas.", "direct", ["mère de la victime", "la mère de la victime"]),
])

# 5. EU summit, guillemets with no-break spaces
o, c = "«" + NB, NB + "»"
t5 = (
f"Bruxelles, 21 mars 2019. Les dirigeants européens ont accordé jeudi soir un court report du Brexit à la Première ministre britannique Theresa May. {o}Le Royaume-Uni a désormais toutes les cartes en main{c}, a résumé le président du Conseil européen, Donald Tusk, à l'issue de huit heures de discussions.\n\n"
f"Emmanuel Macron s'est montré le plus ferme. En cas de nouveau rejet de l'accord par les députés britanniques, {o}ce sera une sortie sans accord, pour tout le monde{c}, a prévenu le président français, ajoutant que l'Union ne pouvait {o}pas rester l'otage{c} de la crise politique à Londres.\n\n"
f"La chancelière allemande Angela Merkel a plaidé pour la patience, estimant qu'il fallait {o}tout faire jusqu'à la dernière heure{c} pour éviter le chaos.\n\n"
"Berlin et Paris restent toutefois sur la même ligne, selon un diplomate européen.\n\n"
f"Du côté de Londres, Downing Street a salué une décision {o}importante{c}, tout en répétant que le gouvernement ne demanderait pas de report supplémentaire.\n\n"
"La Commission européenne a annoncé qu'elle avait achevé ses préparatifs pour un scénario sans accord.\n")
MA = ["Emmanuel Macron", "Macron"]
ME = ["Angela Merkel", "Merkel"]
DS = ["Downing Street", "gouvernement britannique", "Theresa May", "May"]
art("w05_eu_brexit", "swiss", "2019-03-21", t5, [
    ("Le Royaume-Uni a désormais toutes les cartes en main", "direct", ["Donald Tusk", "Tusk"]),
    ("ce sera une sortie sans accord, pour tout le monde", "direct", MA),
    (f"l'Union ne pouvait {o}pas rester l'otage{c} de la crise politique à Londres", "indirect", MA),
    ("pas rester l'otage", "partial", MA),
    (f"il fallait {o}tout faire jusqu'à la dernière heure{c} pour éviter le chaos", "indirect", ME),
    ("tout faire jusqu'à la dernière heure", "partial", ME),
    ("Berlin et Paris restent toutefois sur la même ligne", "indirect", ["diplomate européen", "un diplomate européen"]),
    ("importante", "partial", DS),
    ("le gouvernement ne demanderait pas de report supplémentaire", "indirect", DS),
    ("elle avait achevé ses préparatifs pour un scénario sans accord", "indirect", ["Commission européenne", "Commission", "Bruxelles"]),
])

# 6. sport, guillemets with no-break spaces, a nickname in marks
t6 = (
f"Didier Deschamps a dévoilé jeudi sa liste de 23 joueurs pour les matchs contre la Moldavie et l'Islande. Interrogé sur l'absence d'Adrien Rabiot, le sélectionneur des {o}Bleus{c} est resté évasif : {o}Ce sont des choix sportifs. Je n'ai pas à me justifier davantage.{c}\n\n"
f"Kylian Mbappé, lui, est bien présent. {o}Il est en pleine forme et il a faim{c}, confie Deschamps, qui se dit {o}serein{c} avant ces deux rencontres.\n\n"
f"Dans un entretien accordé à L'Équipe, le capitaine Hugo Lloris reconnaît que le groupe {o}doit encore progresser{c}. {o}On a gagné la Coupe du monde, mais personne ne nous fera de cadeau{c}, prévient le gardien.\n\n"
f"Le président de la Fédération, Noël Le Graët, a affirmé au Parisien que Deschamps resterait en poste {o}au moins jusqu'à l'Euro{c}.\n")
DD = ["Didier Deschamps", "Deschamps"]
LL = ["Hugo Lloris", "Lloris"]
NL = ["Noël Le Graët", "Le Graët"]
art("w06_sport_bleus", "sport", "2019-03-14", t6, [
    ("Ce sont des choix sportifs. Je n'ai pas à me justifier davantage.", "direct", DD),
    ("Il est en pleine forme et il a faim", "direct", DD),
    ("serein", "partial", DD),
    (f"le groupe {o}doit encore progresser{c}", "indirect", LL),
    ("doit encore progresser", "partial", LL),
    ("On a gagné la Coupe du monde, mais personne ne nous fera de cadeau", "direct", LL),
    (f"Deschamps resterait en poste {o}au moins jusqu'à l'Euro{c}", "indirect", NL),
    ("au moins jusqu'à l'Euro", "partial", NL),
])

# 7. French politics, guillemets with no-break spaces, a label in marks
t7 = (
f"Le gouvernement a reculé. Après trois semaines de mobilisation, Matignon a annoncé mercredi la suspension pour six mois de la hausse de la taxe sur les carburants. {o}Aucune taxe ne mérite de mettre en danger l'unité de la nation{c}, a déclaré le Premier ministre Édouard Philippe lors d'une allocution télévisée.\n\n"
f"Une décision jugée {o}trop tardive{c} par l'opposition. Sur Twitter, le président des Républicains, Laurent Wauquiez, a dénoncé {o}un gouvernement qui a perdu toute autorité{c}. Jean-Luc Mélenchon a pour sa part estimé que le moratoire était {o}une manœuvre{c} destinée à gagner du temps.\n\n"
f"À l'Élysée, on assure que le chef de l'État {o}partage{c} la décision de son Premier ministre. Emmanuel Macron ne s'est pas exprimé publiquement depuis samedi. Selon son entourage, il devrait prendre la parole en début de semaine prochaine.\n\n"
f"Les {o}gilets jaunes{c} restent sceptiques. {o}Six mois, c'est une blague. On veut l'annulation pure et simple{c}, lance Priscillia Ludosky, l'une des figures du mouvement, qui appelle à maintenir les blocages.\n")
JM = ["Jean-Luc Mélenchon", "Mélenchon"]
EL = ["Élysée", "Elysée", "présidence", "présidence de la République", "Emmanuel Macron"]
art("w07_politics_moratoire", "national", "2018-12-05", t7, [
    ("Aucune taxe ne mérite de mettre en danger l'unité de la nation", "direct", ["Édouard Philippe", "Philippe"]),
    ("trop tardive", "partial", ["opposition", "l'opposition"]),
    ("un gouvernement qui a perdu toute autorité", "partial", ["Laurent Wauquiez", "Wauquiez"]),
    (f"le moratoire était {o}une manœuvre{c} destinée à gagner du temps", "indirect", JM),
    ("une manœuvre", "partial", JM),
    (f"le chef de l'État {o}partage{c} la décision de son Premier ministre", "indirect", EL),
    ("partage", "partial", EL),
    ("il devrait prendre la parole en début de semaine prochaine", "indirect", ["entourage d'Emmanuel Macron", "entourage", "son entourage"]),
    ("Six mois, c'est une blague. On veut l'annulation pure et simple", "direct", ["Priscillia Ludosky", "Ludosky"]),
])

# 8. web copy: a headline repeating a quote, a dateline and byline, a "read also" title in
# marks, straight and typographic marks mixed, a photo caption, paragraphs run together
t8 = (
    "Venezuela : Guaido « prêt » à rencontrer Maduro sous conditions\n"
    "Par Le Figaro avec AFP\nPublié le 12/02/2019 à 18:04\n"
    "L'opposant vénézuélien Juan Guaido s'est dit mardi « prêt » à rencontrer Nicolas Maduro, à condition que celui-ci accepte d'organiser une élection présidentielle « libre et transparente ». « Nous ne négocierons pas notre liberté », a-t-il toutefois lancé devant des milliers de partisans réunis à Caracas.\n"
    "LIRE AUSSI - « Le Venezuela au bord du gouffre » : notre reportage à Caracas\n"
    "Le président contesté a répliqué dans la soirée à la télévision d'État. \"Ils veulent livrer le pays aux États-Unis\", a accusé Nicolas Maduro, qui a de nouveau qualifié son rival de \"marionnette\" de Washington.\n"
    "À Washington, le secrétaire d'État Mike Pompeo a jugé sur Twitter que «le temps du dialogue est passé». «The world is watching», a-t-il écrit.\n"
    "(Photo : Juan Guaido lors d'un rassemblement à Caracas, le 12 février. AFP)\n"
    "De son côté, le Groupe de Lima, qui rassemble une douzaine de pays d'Amérique latine et le Canada, a appelé à une « transition pacifique ».L'Union européenne a annoncé l'envoi d'une mission technique à Caracas la semaine prochaine, selon un porte-parole de la Commission.\n")
GU = ["Juan Guaido", "Guaido", "Juan Guaidó", "Guaidó"]
MD = ["Nicolas Maduro", "Maduro", "Nicolás Maduro"]
PO = ["Mike Pompeo", "Pompeo"]
art("w08_web_venezuela", "web", "2019-02-12", t8, [
    ("prêt", "partial", GU, 1),
    ("libre et transparente", "partial", GU),
    ("Nous ne négocierons pas notre liberté", "direct", GU),
    ("Ils veulent livrer le pays aux États-Unis", "direct", MD),
    ("marionnette", "partial", MD),
    ("«le temps du dialogue est passé»", "indirect", PO),
    ("le temps du dialogue est passé", "partial", PO),
    ("The world is watching", "direct", PO),
    ("transition pacifique", "partial", ["Groupe de Lima"]),
    ("L'Union européenne a annoncé l'envoi d'une mission technique à Caracas la semaine prochaine", "indirect",
     ["porte-parole de la Commission", "porte-parole", "Commission européenne", "Commission", "Union européenne", "UE"]),
])

# 9. live blog: timestamps, a chanted slogan, a present-tense incise, the government seat
t9 = (
    "EN DIRECT - Gilets jaunes : suivez la mobilisation de ce samedi\n\n"
    "18h42 : Le ministre de l'Intérieur Christophe Castaner salue le travail des forces de l'ordre. « Grâce à leur professionnalisme, nous avons évité le pire », écrit-il sur Twitter.\n\n"
    "18h15 : Selon le ministère de l'Intérieur, 125.000 personnes ont manifesté dans toute la France à 17 heures.\n\n"
    "17h50 : Sur les Champs-Élysées, des manifestants scandent « Macron démission ».\n\n"
    "17h20 : Le Premier ministre Édouard Philippe se rendra ce soir au centre opérationnel de la préfecture de police, indique Matignon.\n\n"
    "16h58 : « On est là depuis ce matin, on ne lâchera rien », confie Julien, 34 ans, venu de Rouen.\n\n"
    "16h30 : La CGT appelle à « ne pas confondre » les casseurs et les manifestants pacifiques.\n")
art("w09_live_gilets", "live", "2018-12-08", t9, [
    ("Grâce à leur professionnalisme, nous avons évité le pire", "direct", ["Christophe Castaner", "Castaner"]),
    ("125.000 personnes ont manifesté dans toute la France à 17 heures", "indirect", ["ministère de l'Intérieur", "ministère"]),
    ("Macron démission", "direct", ["manifestants", "des manifestants"]),
    ("Le Premier ministre Édouard Philippe se rendra ce soir au centre opérationnel de la préfecture de police", "indirect",
     ["Matignon", "Premier ministre", "Édouard Philippe"]),
    ("On est là depuis ce matin, on ne lâchera rien", "direct", ["Julien"]),
    ("ne pas confondre", "partial", ["CGT"]),
])

# 10. a communiqué quoted, a postposed "précise le texte", "pour X," and a closing mark missing
t10 = (
    "Le Quai d'Orsay a condamné dimanche « avec la plus grande fermeté » les frappes menées samedi sur la province d'Idleb. « Ces attaques, qui visent délibérément des populations civiles, constituent une violation grave du droit international humanitaire », peut-on lire dans un communiqué du ministère. La France demande la tenue d'une réunion d'urgence du Conseil de sécurité, précise le texte.\n\n"
    "Le ministère russe de la Défense a démenti toute implication, assurant que ses avions « n'ont mené aucune mission » dans la zone ce jour-là.\n\n"
    "Pour l'Observatoire syrien des droits de l'homme (OSDH), au moins 23 civils ont été tués, dont six enfants.\n\n"
    "Le porte-parole du Kremlin, Dmitri Peskov, a pour sa part renvoyé les Occidentaux à « leurs propres responsabilités ».\n\n"
    "« Nous suivons la situation avec beaucoup d'inquiétude. Les civils ne doivent pas payer le prix de cette guerre, a tweeté le secrétaire général de l'ONU, Antonio Guterres.\n\n"
    "Les combats se poursuivaient lundi dans le sud de la province.\n")
QF = ["Quai d'Orsay", "France", "Paris", "ministère des Affaires étrangères", "diplomatie française"]
RD = ["ministère russe de la Défense", "ministère de la Défense", "Russie", "Moscou"]
art("w10_communique_idleb", "national", "2019-05-12", t10, [
    ("avec la plus grande fermeté", "partial", QF),
    ("Ces attaques, qui visent délibérément des populations civiles, constituent une violation grave du droit international humanitaire", "direct", QF),
    ("La France demande la tenue d'une réunion d'urgence du Conseil de sécurité", "indirect", QF),
    ("ses avions « n'ont mené aucune mission » dans la zone ce jour-là", "indirect", RD),
    ("n'ont mené aucune mission", "partial", RD),
    ("au moins 23 civils ont été tués, dont six enfants", "indirect", ["Observatoire syrien des droits de l'homme", "OSDH"]),
    ("leurs propres responsabilités", "partial", ["Dmitri Peskov", "Peskov"]),
    ("Nous suivons la situation avec beaucoup d'inquiétude. Les civils ne doivent pas payer le prix de cette guerre", "direct",
     ["Antonio Guterres", "Guterres"]),
])

# 11. business news: a job-cuts plan, a union, a minister on the radio
t11 = (
f"Le constructeur automobile Renault va supprimer 4.600 postes en France d'ici trois ans, a annoncé vendredi la direction. {o}Nous devons réduire nos coûts de deux milliards d'euros pour rester compétitifs{c}, a expliqué la directrice générale par intérim, Clotilde Delbos, lors d'une conférence téléphonique.\n\n"
f"Le site de Choisy-le-Roi, dans le Val-de-Marne, devrait fermer ses portes, selon un document interne consulté par l'AFP. La CGT a aussitôt dénoncé un {o}plan de casse sociale{c} et appelé à la grève dès lundi.\n\n"
f"{o}C'est un coup de massue pour les salariés, on ne va pas se laisser faire{c}, prévient Fabien Gâche, délégué syndical central. Le ministre de l'Économie, Bruno Le Maire, a assuré que l'État, actionnaire à 15 %, serait {o}extrêmement vigilant{c} sur le sort des employés.\n\n"
f"Interrogé sur France Inter, il a estimé que la fermeture de Flins n'était {o}pas acceptable{c}.\n")
LM = ["Bruno Le Maire", "Le Maire"]
art("w11_eco_renault", "wire", "2020-05-29", t11, [
    ("Le constructeur automobile Renault va supprimer 4.600 postes en France d'ici trois ans", "indirect", ["direction", "direction de Renault", "Renault"]),
    ("Nous devons réduire nos coûts de deux milliards d'euros pour rester compétitifs", "direct", ["Clotilde Delbos", "Delbos"]),
    ("Le site de Choisy-le-Roi, dans le Val-de-Marne, devrait fermer ses portes", "indirect", ["document interne", "un document interne", "Renault"]),
    ("plan de casse sociale", "partial", ["CGT"]),
    ("C'est un coup de massue pour les salariés, on ne va pas se laisser faire", "direct", ["Fabien Gâche", "Gâche"]),
    (f"l'État, actionnaire à 15 %, serait {o}extrêmement vigilant{c} sur le sort des employés", "indirect", LM),
    ("extrêmement vigilant", "partial", LM),
    (f"la fermeture de Flins n'était {o}pas acceptable{c}", "indirect", LM),
    ("pas acceptable", "partial", LM),
])

# 12. Africa, radio style: a coup, a junta's name in marks, an anonymous diplomat
t12 = (
f"Bamako, 19 août 2020 - Le président malien Ibrahim Boubacar Keïta a annoncé dans la nuit sa démission, quelques heures après avoir été arrêté par des militaires. {o}Je ne souhaite qu'aucun sang ne soit versé pour mon maintien aux affaires{c}, a-t-il déclaré dans une courte allocution diffusée par la télévision publique ORTM.\n\n"
f"Les putschistes, réunis au sein d'un {o}Comité national pour le salut du peuple{c}, ont promis d'organiser des élections {o}dans un délai raisonnable{c}. {o}Nous ne tenons pas au pouvoir, mais nous tenons à la stabilité du pays{c}, a assuré leur porte-parole, le colonel-major Ismaël Wagué.\n\n"
f"La Communauté économique des États de l'Afrique de l'Ouest (Cédéao) a condamné le coup d'État et annoncé la fermeture des frontières de ses membres avec le Mali. Selon un diplomate ouest-africain joint par RFI, une délégation devrait se rendre à Bamako dans les prochains jours.\n\n"
f"À Paris, Emmanuel Macron a appelé au {o}rétablissement immédiat{c} du pouvoir civil, a indiqué l'Élysée.\n")
art("w12_africa_mali", "radio", "2020-08-19", t12, [
    ("Je ne souhaite qu'aucun sang ne soit versé pour mon maintien aux affaires", "direct", ["Ibrahim Boubacar Keïta", "Keïta", "IBK"]),
    ("dans un délai raisonnable", "partial", ["Comité national pour le salut du peuple", "putschistes", "les putschistes", "CNSP"]),
    ("Nous ne tenons pas au pouvoir, mais nous tenons à la stabilité du pays", "direct", ["Ismaël Wagué", "Wagué"]),
    ("une délégation devrait se rendre à Bamako dans les prochains jours", "indirect", ["diplomate ouest-africain", "un diplomate ouest-africain"]),
    ("rétablissement immédiat", "partial", ["Emmanuel Macron", "Macron", "Élysée"]),
    (f"Emmanuel Macron a appelé au {o}rétablissement immédiat{c} du pouvoir civil", "indirect", ["Élysée", "Elysée", "présidence", "Emmanuel Macron", "Macron"]),
])

# 13. health briefing: a daily press point, a nurse who asked for anonymity
t13 = (
f"Le directeur général de la Santé, Jérôme Salomon, a fait état mardi soir de 1.417 décès supplémentaires en vingt-quatre heures. {o}Nous n'avons pas encore atteint le pic de l'épidémie{c}, a-t-il averti lors de son point presse quotidien.\n\n"
f"Il a appelé les Français à respecter strictement le confinement, rappelant que {o}chaque sortie non nécessaire{c} faisait courir un risque aux soignants.\n\n"
f"Dans les hôpitaux d'Île-de-France, la tension reste extrême. {o}On manque de tout, de masques, de blouses, de bras{c}, raconte une infirmière de l'hôpital Bichat, qui a requis l'anonymat.\n\n"
f"L'Organisation mondiale de la santé (OMS) a de son côté estimé que l'Europe restait {o}l'épicentre{c} de la pandémie.\n")
SAL = ["Jérôme Salomon", "Salomon"]
art("w13_health_covid", "national", "2020-04-07", t13, [
    ("Nous n'avons pas encore atteint le pic de l'épidémie", "direct", SAL),
    (f"{o}chaque sortie non nécessaire{c} faisait courir un risque aux soignants", "indirect", SAL),
    ("chaque sortie non nécessaire", "partial", SAL),
    ("On manque de tout, de masques, de blouses, de bras", "direct", ["infirmière de l'hôpital Bichat", "une infirmière", "infirmière"]),
    (f"l'Europe restait {o}l'épicentre{c} de la pandémie", "indirect", ["Organisation mondiale de la santé", "OMS"]),
    ("l'épicentre", "partial", ["Organisation mondiale de la santé", "OMS"]),
])

# 14. tech, web: an English quotation glossed in French in brackets, a newspaper as source
t14 = (
f"Le milliardaire Elon Musk a confirmé jeudi le rachat de Twitter pour 44 milliards de dollars. {o}The bird is freed{c} ({o}L'oiseau est libéré{c}), a-t-il écrit sur le réseau social peu après minuit.\n\n"
f"Le commissaire européen au Marché intérieur, Thierry Breton, lui a aussitôt répondu : {o}En Europe, l'oiseau volera selon nos règles.{c}\n\n"
f"Selon le Washington Post, plusieurs hauts dirigeants de l'entreprise, dont le directeur général Parag Agrawal, ont été licenciés dans la foulée. Le quotidien affirme que Musk envisage de supprimer un quart des effectifs.\n")
MU = ["Elon Musk", "Musk"]
art("w14_tech_musk", "web", "2022-10-28", t14, [
    ("The bird is freed", "direct", MU),
    ("L'oiseau est libéré", "direct", MU),
    ("En Europe, l'oiseau volera selon nos règles.", "direct", ["Thierry Breton", "Breton"]),
    ("plusieurs hauts dirigeants de l'entreprise, dont le directeur général Parag Agrawal, ont été licenciés dans la foulée", "indirect", ["Washington Post"]),
    ("Musk envisage de supprimer un quart des effectifs", "indirect", ["Washington Post"]),
])

# 15. Québec daily: a scrum at the National Assembly, a lobby group after « pour »
t15 = (
f"Le premier ministre François Legault a fermé la porte jeudi à toute hausse des seuils d'immigration. {o}Le Québec a atteint la limite de sa capacité d'accueil{c}, a-t-il lancé en mêlée de presse à l'Assemblée nationale.\n\n"
f"Selon ce qu'a appris Le Devoir, le gouvernement s'apprête pourtant à présenter un plan pluriannuel qui maintiendrait les seuils actuels. Le cabinet de la ministre de l'Immigration, Christine Fréchette, n'a pas voulu commenter.\n\n"
f"Le chef libéral Marc Tanguay a accusé la CAQ de {o}jouer avec le feu{c}. {o}Les entreprises des régions crient à l'aide. Le premier ministre fait de la politique sur le dos des travailleurs{c}, a-t-il déploré.\n\n"
f"Pour le Conseil du patronat, les besoins de main-d'œuvre demeurent {o}criants{c}.\n")
LE = ["François Legault", "Legault"]
TA = ["Marc Tanguay", "Tanguay"]
CP = ["Conseil du patronat", "Conseil du patronat du Québec"]
art("w15_quebec_immigration", "daily-qc", "2023-05-11", t15, [
    ("Le Québec a atteint la limite de sa capacité d'accueil", "direct", LE),
    ("jouer avec le feu", "partial", TA),
    ("Les entreprises des régions crient à l'aide. Le premier ministre fait de la politique sur le dos des travailleurs", "direct", TA),
    (f"les besoins de main-d'œuvre demeurent {o}criants{c}", "indirect", CP),
    ("criants", "partial", CP),
])

# 16. a feature: victims of a flood, a local description, « ce dernier »
t16 = (
f"Elle a tout perdu en une nuit. Sandrine Morel, 47 ans, vivait depuis vingt ans dans la maison familiale de Saint-Martin-Vésubie, emportée par la crue. {o}Il ne reste que les murs. Même les photos de mes enfants sont parties{c}, souffle la quadragénaire, les yeux rougis.\n\n"
f"Son voisin, Gérard Bottin, a eu plus de chance. Le retraité a pu sauver sa voiture et quelques meubles. {o}On a eu de l'eau jusqu'aux genoux, mais la maison tient{c}, explique-t-il. Ce dernier assure que l'entraide entre habitants a {o}sauvé des vies{c}.\n\n"
f"Venu sur place mardi, le président de la région, Renaud Muselier, a promis une aide d'urgence de 10 millions d'euros. {o}Personne ne sera laissé de côté{c}, a-t-il insisté devant les sinistrés.\n")
art("w16_feature_crue", "regional", "2020-10-06", t16, [
    ("Il ne reste que les murs. Même les photos de mes enfants sont parties", "direct", ["Sandrine Morel", "Morel"]),
    ("On a eu de l'eau jusqu'aux genoux, mais la maison tient", "direct", ["Gérard Bottin", "Bottin"]),
    (f"l'entraide entre habitants a {o}sauvé des vies{c}", "indirect", ["Gérard Bottin", "Bottin"]),
    ("sauvé des vies", "partial", ["Gérard Bottin", "Bottin"]),
    ("Personne ne sera laissé de côté", "direct", ["Renaud Muselier", "Muselier"]),
])

# 17. a fraud trial: a prosecutor's closing speech, a committal order, the defence
t17 = (
f"Le parquet national financier (PNF) a requis mercredi quatre ans de prison, dont deux ferme, contre l'ancien ministre du Budget. {o}Le prévenu a menti à la représentation nationale et aux Français{c}, a lancé le procureur Jean-Luc Blachon dans son réquisitoire.\n\n"
f"Selon l'ordonnance de renvoi, plus de 600.000 euros auraient été dissimulés sur un compte en Suisse entre 1992 et 2010.\n\n"
f"L'avocat de la défense, Me Antoine Lesage, a dénoncé des réquisitions {o}d'une sévérité inouïe{c}. {o}Mon client a reconnu ses erreurs, il a payé ses impôts, il a été jugé par l'opinion{c}, a-t-il plaidé.\n\n"
f"Le jugement sera rendu le 8 décembre.\n")
art("w17_court_fraude", "national", "2016-09-14", t17, [
    ("Le prévenu a menti à la représentation nationale et aux Français", "direct", ["Jean-Luc Blachon", "Blachon"]),
    ("plus de 600.000 euros auraient été dissimulés sur un compte en Suisse entre 1992 et 2010", "indirect", ["ordonnance de renvoi", "l'ordonnance de renvoi"]),
    ("d'une sévérité inouïe", "partial", ["Antoine Lesage", "Lesage"]),
    ("Mon client a reconnu ses erreurs, il a payé ses impôts, il a été jugé par l'opinion", "direct", ["Antoine Lesage", "Lesage"]),
])

# 18. football: reactions after a match, on a broadcaster's microphone
t18 = (
f"Le Paris Saint-Germain s'est imposé 3-1 face à Lyon dimanche soir au Parc des Princes. {o}On a montré beaucoup de caractère après l'ouverture du score lyonnaise{c}, s'est félicité l'entraîneur parisien Luis Enrique au micro de Canal+.\n\n"
f"Auteur d'un doublé, Ousmane Dembélé a dédié sa performance à son fils. {o}Je suis content pour l'équipe, c'est le plus important{c}, a réagi l'attaquant.\n\n"
f"En face, Pierre Sage ne cachait pas sa déception. L'entraîneur lyonnais a regretté une défense {o}beaucoup trop naïve{c} sur les deuxième et troisième buts.\n")
art("w18_sport_psg", "sport", "2024-09-22", t18, [
    ("On a montré beaucoup de caractère après l'ouverture du score lyonnaise", "direct", ["Luis Enrique", "Enrique"]),
    ("Je suis content pour l'équipe, c'est le plus important", "direct", ["Ousmane Dembélé", "Dembélé"]),
    ("beaucoup trop naïve", "partial", ["Pierre Sage", "Sage"]),
])

# 19. the UN Security Council: ambassadors answering each other
t19 = (
f"New York, 28 février 2022 - Le Conseil de sécurité de l'ONU s'est réuni en urgence lundi à la demande de l'Ukraine. L'ambassadeur russe, Vassily Nebenzia, a défendu une {o}opération militaire spéciale{c} destinée, selon lui, à {o}protéger les populations du Donbass{c}.\n\n"
f"Son homologue américaine, Linda Thomas-Greenfield, lui a vivement répondu. {o}La Russie est l'agresseur, il n'y a pas d'autre mot{c}, a-t-elle rétorqué.\n\n"
f"L'ambassadeur de France, Nicolas de Rivière, a pour sa part estimé que la Russie devrait {o}répondre de ses actes{c}. Le secrétaire général António Guterres a de nouveau appelé à un cessez-le-feu immédiat.\n")
art("w19_un_council", "wire", "2022-02-28", t19, [
    ("opération militaire spéciale", "partial", ["Vassily Nebenzia", "Nebenzia"]),
    ("protéger les populations du Donbass", "partial", ["Vassily Nebenzia", "Nebenzia"]),
    ("La Russie est l'agresseur, il n'y a pas d'autre mot", "direct", ["Linda Thomas-Greenfield", "Thomas-Greenfield"]),
    (f"la Russie devrait {o}répondre de ses actes{c}", "indirect", ["Nicolas de Rivière", "de Rivière", "Rivière"]),
    ("répondre de ses actes", "partial", ["Nicolas de Rivière", "de Rivière", "Rivière"]),
])

# 20. social media: a tweet, a union's Facebook post, a message on X
t20 = (
f"La polémique enfle après la publication d'une vidéo montrant un policier frapper un manifestant à terre. {o}Ces images sont choquantes. L'IGPN a été saisie{c}, a tweeté le préfet de police Laurent Nuñez dans la nuit.\n\n"
f"Le syndicat Alliance a de son côté appelé à {o}ne pas juger trop vite{c}. Dans un message publié sur Facebook, son secrétaire général estime que les policiers sont {o}à bout{c}.\n\n"
f"La députée insoumise Danièle Obono a réclamé la suspension immédiate de l'agent. {o}Combien de vidéos faudra-t-il encore ?{c}, a-t-elle écrit sur X.\n")
art("w20_social_police", "web", "2023-03-24", t20, [
    ("Ces images sont choquantes. L'IGPN a été saisie", "direct", ["Laurent Nuñez", "Nuñez", "Laurent Nunez", "Nunez"]),
    ("ne pas juger trop vite", "partial", ["Alliance", "syndicat Alliance"]),
    (f"les policiers sont {o}à bout{c}", "indirect", ["secrétaire général d'Alliance", "secrétaire général", "Alliance"]),
    ("à bout", "partial", ["secrétaire général d'Alliance", "secrétaire général", "Alliance"]),
    ("Combien de vidéos faudra-t-il encore ?", "direct", ["Danièle Obono", "Obono"]),
])

# 21. Swiss daily: guillemets with no space inside
t21 = (
"Le Conseil fédéral a présenté mercredi son projet de réforme de la prévoyance vieillesse. «Nous devons garantir le financement des rentes pour les vingt prochaines années», a relevé le conseiller fédéral Alain Berset devant la presse à Berne.\n\n"
"Le projet prévoit de relever l'âge de la retraite des femmes à 65 ans. Une mesure jugée «inacceptable» par l'Union syndicale suisse, qui a d'ores et déjà annoncé le lancement d'un référendum.\n\n"
"A droite, l'UDC estime au contraire que la réforme ne va «pas assez loin». Son président, Marco Chiesa, a plaidé pour une hausse générale de l'âge de la retraite à 66 ans.\n")
art("w21_swiss_retraites", "daily-ch", "2019-06-26", t21, [
    ("Nous devons garantir le financement des rentes pour les vingt prochaines années", "direct", ["Alain Berset", "Berset"]),
    ("inacceptable", "partial", ["Union syndicale suisse", "USS"]),
    ("la réforme ne va «pas assez loin»", "indirect", ["UDC", "Union démocratique du centre"]),
    ("pas assez loin", "partial", ["UDC", "Union démocratique du centre"]),
])

# 22. wire copy on a war: an army, a ministry of an armed group, a spokesman
o, c = "«" + NB, NB + "»"
t22 = (
f"Jérusalem, 12 novembre 2023 (AFP) - L'armée israélienne a affirmé dimanche avoir encerclé l'hôpital al-Chifa, le plus grand de la bande de Gaza. {o}Nos forces opèrent avec précaution pour éviter de toucher les civils{c}, a déclaré son porte-parole, le contre-amiral Daniel Hagari.\n\n"
f"Selon le ministère de la Santé du Hamas, plus de 11.000 personnes ont été tuées depuis le début de la guerre. Ces chiffres ne peuvent être vérifiés de manière indépendante.\n\n"
f"L'Organisation mondiale de la santé s'est dite {o}extrêmement préoccupée{c} par la situation dans l'établissement. {o}L'hôpital ne fonctionne plus comme un hôpital{c}, a indiqué son directeur général, Tedros Adhanom Ghebreyesus, sur X.\n")
art("w22_wire_gaza", "wire", "2023-11-12", t22, [
    ("Nos forces opèrent avec précaution pour éviter de toucher les civils", "direct", ["Daniel Hagari", "Hagari"]),
    ("plus de 11.000 personnes ont été tuées depuis le début de la guerre", "indirect", ["ministère de la Santé du Hamas", "ministère de la Santé", "Hamas"]),
    ("extrêmement préoccupée", "partial", ["Organisation mondiale de la santé", "OMS"]),
    ("L'hôpital ne fonctionne plus comme un hôpital", "direct", ["Tedros Adhanom Ghebreyesus", "Tedros", "Ghebreyesus"]),
])

# 23. Belgian broadcaster, straight marks, "à nos confrères de"
t23 = (
"Le bourgmestre de Charleroi, Paul Magnette, ne décolère pas. \"On ne peut pas laisser les commerçants du centre-ville seuls face à cette crise\", a-t-il confié à nos confrères de Sudinfo.\n\n"
"Il réclame un plan de soutien régional d'urgence. Du côté du gouvernement wallon, on indique qu'une enveloppe de 20 millions d'euros est \"à l'étude\".\n\n"
"Les commerçants, eux, attendent des actes. \"Trois boutiques ont fermé dans ma rue depuis janvier\", raconte Nadia, fleuriste depuis quinze ans.\n")
MG = ["Paul Magnette", "Magnette"]
GW = ["gouvernement wallon", "Wallonie"]
art("w23_belgium_charleroi", "broadcast-be", "2024-03-08", t23, [
    ("On ne peut pas laisser les commerçants du centre-ville seuls face à cette crise", "direct", MG),
    ("une enveloppe de 20 millions d'euros est \"à l'étude\"", "indirect", GW),
    ("à l'étude", "partial", GW),
    ("Trois boutiques ont fermé dans ma rue depuis janvier", "direct", ["Nadia"]),
])

# 24. European Parliament: a German quotation translated in brackets
t24 = (
f"Strasbourg, 13 mars 2024 - Le Parlement européen a adopté mercredi le premier cadre juridique au monde sur l'intelligence artificielle. {o}C'est un jour historique pour l'Europe{c}, s'est félicité le rapporteur italien Brando Benifei.\n\n"
f"L'eurodéputé allemand Axel Voss s'est montré plus réservé. {o}Wir haben zu viele Kompromisse gemacht{c} ({o}Nous avons fait trop de compromis{c}), a-t-il déclaré à l'issue du vote.\n\n"
f"Les entreprises du secteur craignent un texte {o}trop contraignant{c}, selon la fédération européenne du numérique DigitalEurope.\n")
VO = ["Axel Voss", "Voss"]
DE = ["DigitalEurope", "fédération européenne du numérique DigitalEurope"]
art("w24_eu_ia", "daily", "2024-03-13", t24, [
    ("C'est un jour historique pour l'Europe", "direct", ["Brando Benifei", "Benifei"]),
    ("Wir haben zu viele Kompromisse gemacht", "direct", VO),
    ("Nous avons fait trop de compromis", "direct", VO),
    (f"Les entreprises du secteur craignent un texte {o}trop contraignant{c}", "indirect", DE),
    ("trop contraignant", "partial", DE),
])

# 25. municipal news with a dialogue in dashes
t25 = (
"Le conseil municipal de Vannes a voté jeudi soir la piétonnisation du port. Le débat a été vif entre le maire et l'opposition.\n\n"
"— Vous n'avez consulté personne, a lancé le conseiller d'opposition Simon Uzenat.\n"
"— Nous avons tenu douze réunions publiques, a répliqué le maire, David Robo.\n\n"
"Le texte a finalement été adopté par 33 voix contre 6.\n")
art("w25_municipal_vannes", "regional", "2023-06-16", t25, [
    ("Vous n'avez consulté personne", "direct", ["Simon Uzenat", "Uzenat"]),
    ("Nous avons tenu douze réunions publiques", "direct", ["David Robo", "Robo"]),
])

# 26. a call between two presidents, two readouts
t26 = (
f"Vladimir Poutine et Joe Biden se sont entretenus pendant près d'une heure jeudi par téléphone, a annoncé le Kremlin. Selon le compte rendu publié par la présidence russe, les deux dirigeants ont abordé la situation en Ukraine et la sécurité en Europe.\n\n"
f"Le président russe a averti son homologue que de nouvelles sanctions entraîneraient {o}une rupture complète{c} des relations entre les deux pays, a déclaré son conseiller diplomatique Iouri Ouchakov.\n\n"
f"La Maison Blanche a pour sa part indiqué que Joe Biden avait {o}exhorté la Russie à désamorcer les tensions{c}. {o}Le président a été clair : les États-Unis réagiront de manière décisive{c}, a précisé la porte-parole Jen Psaki.\n")
UC = ["Iouri Ouchakov", "Ouchakov"]
WH = ["Maison Blanche", "Maison-Blanche", "Washington", "Jen Psaki", "Psaki"]
art("w26_readouts_call", "wire", "2021-12-31", t26, [
    ("Vladimir Poutine et Joe Biden se sont entretenus pendant près d'une heure jeudi par téléphone", "indirect", ["Kremlin", "Moscou", "présidence russe"]),
    ("les deux dirigeants ont abordé la situation en Ukraine et la sécurité en Europe", "indirect", ["Kremlin", "présidence russe", "compte rendu", "Moscou"]),
    (f"Le président russe a averti son homologue que de nouvelles sanctions entraîneraient {o}une rupture complète{c} des relations entre les deux pays", "indirect", UC),
    ("une rupture complète", "partial", ["Vladimir Poutine", "Poutine", "Iouri Ouchakov", "Ouchakov"]),
    (f"Joe Biden avait {o}exhorté la Russie à désamorcer les tensions{c}", "indirect", WH),
    ("exhorté la Russie à désamorcer les tensions", "partial", WH),
    ("Le président a été clair : les États-Unis réagiront de manière décisive", "direct", ["Jen Psaki", "Psaki"]),
])

# 27. science: a study, its authors, an outside expert
t27 = (
f"Les glaciers alpins ont perdu 10 % de leur volume en deux ans, selon une étude publiée mardi dans la revue Nature Geoscience. {o}C'est une accélération que nous n'avions jamais observée{c}, souligne le glaciologue Matthias Huss, principal auteur de l'étude.\n\n"
f"Les chercheurs estiment que la moitié des glaciers suisses pourraient disparaître d'ici 2050. Pour la climatologue française Valérie Masson-Delmotte, qui n'a pas participé aux travaux, ces résultats sont {o}alarmants mais pas surprenants{c}.\n")
HU = ["Matthias Huss", "Huss"]
MD = ["Valérie Masson-Delmotte", "Masson-Delmotte"]
art("w27_science_glaciers", "daily-ch", "2023-09-26", t27, [
    ("Les glaciers alpins ont perdu 10 % de leur volume en deux ans", "indirect", ["étude", "une étude", "Nature Geoscience"]),
    ("C'est une accélération que nous n'avions jamais observée", "direct", HU),
    ("la moitié des glaciers suisses pourraient disparaître d'ici 2050", "indirect", ["chercheurs", "les chercheurs"]),
    (f"ces résultats sont {o}alarmants mais pas surprenants{c}", "indirect", MD),
    ("alarmants mais pas surprenants", "partial", MD),
])

# 28. a police story: sources, the prosecutor's office
t28 = (
"Un homme de 34 ans a été interpellé lundi soir à Lyon après l'agression d'une passante dans le métro, a-t-on appris mardi de source policière. Le suspect, déjà connu des services de police, a été placé en garde à vue.\n\n"
"Selon le parquet de Lyon, la victime, légèrement blessée, a pu porter plainte dès le lendemain. \"Les images de vidéosurveillance ont permis d'identifier rapidement l'auteur\", a indiqué la procureure de la République, Nathalie Dupont, lors d'un point presse.\n")
art("w28_police_lyon", "regional", "2022-02-15", t28, [
    ("Un homme de 34 ans a été interpellé lundi soir à Lyon après l'agression d'une passante dans le métro", "indirect", ["source policière"]),
    ("la victime, légèrement blessée, a pu porter plainte dès le lendemain", "indirect", ["parquet de Lyon", "parquet", "Nathalie Dupont"]),
    ("Les images de vidéosurveillance ont permis d'identifier rapidement l'auteur", "direct", ["Nathalie Dupont", "Dupont"]),
])

# 29. culture: a film title in marks, a director, a critic
t29 = (
f"Le réalisateur Jacques Audiard présente à Cannes {o}Emilia Perez{c}, une comédie musicale tournée en espagnol. {o}Je voulais faire un opéra, avec des chansons qui font avancer le récit{c}, explique-t-il.\n\n"
f"La critique est partagée. Le Monde salue un film {o}audacieux et bouleversant{c}, quand Libération regrette une œuvre {o}trop sage{c}.\n")
art("w29_culture_cannes", "culture", "2024-05-18", t29, [
    ("Je voulais faire un opéra, avec des chansons qui font avancer le récit", "direct", ["Jacques Audiard", "Audiard"]),
    ("audacieux et bouleversant", "partial", ["Le Monde"]),
    ("trop sage", "partial", ["Libération"]),
])

# 30. an NGO report and a ministry's reply
t30 = (
f"Dans un rapport publié jeudi, Amnesty International accuse les forces de sécurité d'avoir fait un usage {o}excessif et injustifié{c} de la force lors des manifestations de l'automne. L'ONG recense au moins 40 blessés graves.\n\n"
f"{o}Ces violences ne peuvent rester impunies{c}, estime Anne Durand, chargée de plaidoyer de l'organisation. Le ministère de l'Intérieur a rejeté ces accusations, affirmant que les forces de l'ordre avaient agi {o}dans le strict respect du droit{c}.\n")
AM = ["Amnesty International", "Amnesty"]
MI = ["ministère de l'Intérieur", "ministère"]
art("w30_ngo_amnesty", "national", "2019-11-21", t30, [
    ("excessif et injustifié", "partial", AM),
    ("Ces violences ne peuvent rester impunies", "direct", ["Anne Durand", "Durand"]),
    (f"les forces de l'ordre avaient agi {o}dans le strict respect du droit{c}", "indirect", MI),
    ("dans le strict respect du droit", "partial", MI),
])

# batch 6
# 31. an independent online outlet's investigation: anonymous sources, a confidential report,
# an internal email in curly marks, paraphrase, « d'après ses comptes »
o, c = "«" + NB, NB + "»"
t31 = (
"Pendant trois ans, l'Agence de l'eau Rhône-Alpes-Auvergne a confié l'essentiel de ses missions de conseil à un seul cabinet, Altaïr Stratégies, pour un montant cumulé de 11,8 millions d'euros. C'est ce que montrent les documents internes que notre rédaction a pu consulter, ainsi que les témoignages de six salariés, anciens ou actuels, de l'établissement public.\n\n"
f"L'histoire commence à l'automne 2020. Selon un ancien conseiller de la direction, qui a requis l'anonymat, le directeur général de l'époque, Hervé Castagnier, aurait exigé que les appels d'offres soient {o}calibrés{c} pour le cabinet. {o}On nous demandait de réécrire les cahiers des charges jusqu'à ce qu'un seul candidat puisse y répondre. Tout le monde le savait, personne ne disait rien{c}, raconte-t-il aujourd'hui.\n\n"
f"Un rapport de la chambre régionale des comptes, toujours confidentiel, conforte ces soupçons. Les magistrats y relèvent {o}une dépendance excessive et durable{c} de l'agence envers un prestataire unique et estiment que {o}les règles de la commande publique n'ont pas été respectées à au moins quatre reprises{c}. Le document recommande de transmettre le dossier au parquet national financier.\n\n"
"Dans un courriel interne daté du 14 mars 2022, dont nous avons obtenu copie, la directrice financière de l'agence alertait déjà sa hiérarchie : \u201cNous dépassons pour la troisième fois le plafond prévu au marché. Je ne peux pas signer ce bon de commande en l'état.\u201d Le bon de commande a pourtant été signé six jours plus tard, par le directeur général lui-même.\n\n"
f"Joint par téléphone, Hervé Castagnier, qui a quitté ses fonctions en 2023 pour rejoindre le secteur privé, conteste toute irrégularité. Il affirme que le choix du cabinet s'expliquait par {o}sa connaissance unique des enjeux hydrologiques du bassin{c} et que les marchés ont été {o}validés à chaque étape par le contrôle de légalité{c}. {o}Je n'ai jamais favorisé qui que ce soit. Ces accusations viennent de gens qui avaient des comptes à régler{c}, ajoute-t-il.\n\n"
f"Chez Altaïr Stratégies, on se refuse à tout commentaire sur {o}une procédure en cours{c}. Le cabinet, fondé en 2015 par deux anciens hauts fonctionnaires, a vu son chiffre d'affaires tripler entre 2020 et 2023, d'après ses comptes déposés au greffe du tribunal de commerce de Lyon.\n\n"
f"Au siège de l'agence, le malaise reste palpable. Une cheffe de service, qui a souhaité garder l'anonymat par crainte de représailles, décrit une {o}omerta{c} entretenue par l'ancienne direction. {o}Ceux qui posaient des questions étaient mis au placard. Moi, on m'a retiré deux dossiers du jour au lendemain{c}, confie-t-elle.\n\n"
f"Pour la députée écologiste Claire Vasseur, membre de la commission des finances, {o}c'est un cas d'école de la dérive des cabinets de conseil dans l'administration{c}. Elle a annoncé mardi qu'elle saisirait la Cour des comptes.\n\n"
f"Sollicité, le ministère de la Transition écologique, qui exerce la tutelle de l'agence, indique avoir {o}pris connaissance{c} du rapport et attendre ses conclusions définitives. L'actuelle directrice générale, Murielle Fontanel, nommée en janvier 2024, a pour sa part assuré à notre rédaction qu'un audit complet des contrats de conseil avait été lancé dès son arrivée. {o}Nous n'avons rien à cacher et nous irons jusqu'au bout{c}, a-t-elle promis.\n\n"
"Contacté, le parquet national financier n'a pas souhaité dire s'il avait été saisi. Le conseil d'administration de l'agence doit se réunir le 18 juin.\n")
AC = ["ancien conseiller de la direction", "un ancien conseiller", "ancien conseiller", "un ancien conseiller de la direction"]
CRC = ["chambre régionale des comptes", "magistrats", "les magistrats", "rapport", "un rapport de la chambre régionale des comptes"]
HC = ["Hervé Castagnier", "Castagnier"]
CS = ["cheffe de service", "une cheffe de service"]
MF = ["Murielle Fontanel", "Fontanel"]
art("w31_investigation_agence", "online", "2024-06-11", t31, [
    (f"le directeur général de l'époque, Hervé Castagnier, aurait exigé que les appels d'offres soient {o}calibrés{c} pour le cabinet", "indirect", AC),
    ("calibrés", "partial", AC),
    ("On nous demandait de réécrire les cahiers des charges jusqu'à ce qu'un seul candidat puisse y répondre. Tout le monde le savait, personne ne disait rien", "direct", AC),
    ("une dépendance excessive et durable", "partial", CRC),
    (f"{o}les règles de la commande publique n'ont pas été respectées à au moins quatre reprises{c}", "indirect", CRC),
    ("les règles de la commande publique n'ont pas été respectées à au moins quatre reprises", "partial", CRC),
    ("Nous dépassons pour la troisième fois le plafond prévu au marché. Je ne peux pas signer ce bon de commande en l'état.", "direct",
     ["directrice financière", "la directrice financière de l'agence", "directrice financière de l'agence"]),
    # one indirect quote for « que A et que B », as in the reference gold (first annotated as two: corrected after scoring)
    (f"le choix du cabinet s'expliquait par {o}sa connaissance unique des enjeux hydrologiques du bassin{c} et que les marchés ont été {o}validés à chaque étape par le contrôle de légalité{c}", "indirect", HC),
    ("sa connaissance unique des enjeux hydrologiques du bassin", "partial", HC),
    ("validés à chaque étape par le contrôle de légalité", "partial", HC),
    ("Je n'ai jamais favorisé qui que ce soit. Ces accusations viennent de gens qui avaient des comptes à régler", "direct", HC),
    ("une procédure en cours", "partial", ["Altaïr Stratégies", "Altaïr", "cabinet"]),
    ("Le cabinet, fondé en 2015 par deux anciens hauts fonctionnaires, a vu son chiffre d'affaires tripler entre 2020 et 2023", "indirect",
     ["comptes déposés au greffe", "ses comptes", "comptes"]),
    ("omerta", "partial", CS),
    ("Ceux qui posaient des questions étaient mis au placard. Moi, on m'a retiré deux dossiers du jour au lendemain", "direct", CS),
    ("c'est un cas d'école de la dérive des cabinets de conseil dans l'administration", "direct", ["Claire Vasseur", "Vasseur"]),
    ("elle saisirait la Cour des comptes", "indirect", ["Claire Vasseur", "Vasseur"]),
    ("pris connaissance", "partial", ["ministère de la Transition écologique", "ministère"]),
    ("un audit complet des contrats de conseil avait été lancé dès son arrivée", "indirect", MF),
    ("Nous n'avons rien à cacher et nous irons jusqu'au bout", "direct", MF),
])

# 32. a people magazine: a memoir and a TV interview, titles and nicknames in marks, an
# incise inside the marks
t32 = (
f"Elle avait promis de tout dire. Dans {o}Rugir encore{c}, ses mémoires parus mercredi chez Flammarion, Léa Marchetti revient sans fard sur vingt ans de carrière, ses années de galère et son divorce très médiatisé d'avec l'acteur Julien Roy. Celle que ses fans surnomment {o}la Lionne{c} depuis son premier Olympia y signe, à 46 ans, un livre cash et souvent bouleversant.\n\n"
f"{o}J'ai longtemps cru que je devais m'excuser d'exister. Sur scène, je redevenais quelqu'un{c}, écrit-elle dès les premières pages. La chanteuse y raconte son enfance à Bastia, un père absent et une mère {o}qui chantait faux mais chantait tout le temps{c}.\n\n"
f"Dimanche soir, invitée de {o}Sept à huit{c} sur TF1, l'interprète de {o}Mon île en hiver{c} est revenue sur les passages les plus intimes du livre. Elle a confié avoir hésité jusqu'au dernier moment avant de publier le chapitre consacré à son ex-mari. {o}Je l'ai écrit, je l'ai déchiré, je l'ai réécrit trois fois. Et puis je me suis dit : si je ne le dis pas maintenant, je ne le dirai jamais.{c}\n\n"
f"Julien Roy, que la presse avait surnommé {o}Juju la Tornade{c} à l'époque de ses films d'action, en prend pour son grade. Sans jamais l'accuser frontalement, la chanteuse décrit un homme {o}brillant, drôle, et incapable d'aimer quelqu'un d'autre que lui-même{c}. Contacté par notre magazine, l'acteur n'a pas souhaité réagir. Son avocate, Me Sophie Garnier, a toutefois fait savoir que son client {o}se réserve le droit de donner sa propre version{c}.\n\n"
f"Sur le plateau, la chanteuse a aussi évoqué sa nouvelle vie. {o}Aujourd'hui, je suis apaisée, a-t-elle assuré, les yeux brillants. J'ai appris à dire non, et ça, c'est le plus beau cadeau de la cinquantaine qui approche.{c} Elle partage désormais sa vie avec un chef cuisinier bastiais, qu'elle appelle tendrement {o}mon Corse{c} dans le livre, et dont elle refuse de dévoiler le nom.\n\n"
f"Sa fille, Chiara, 19 ans, qui fait ses premiers pas d'actrice, a salué sur Instagram {o}le courage d'une maman qui ne triche jamais{c}. Selon son entourage, Léa Marchetti prépare déjà un nouvel album, attendu au printemps, et une tournée baptisée {o}La Lionne rugit encore{c}, qui passera par l'Accor Arena le 12 octobre.\n\n"
f"Son producteur historique, Marc-Antoine Vidal, qui l'a découverte dans un bar du Vieux-Port en 2003, ne tarit pas d'éloges : {o}Léa, c'est une bête de scène. Elle a connu les salles vides et les Zénith pleins, et elle n'a jamais changé.{c}\n")
LMA = ["Léa Marchetti", "Marchetti"]
art("w32_people_memoires", "people", "2024-10-07", t32, [
    ("J'ai longtemps cru que je devais m'excuser d'exister. Sur scène, je redevenais quelqu'un", "direct", LMA),
    ("qui chantait faux mais chantait tout le temps", "partial", LMA),
    ("Je l'ai écrit, je l'ai déchiré, je l'ai réécrit trois fois. Et puis je me suis dit : si je ne le dis pas maintenant, je ne le dirai jamais.", "direct", LMA),
    ("brillant, drôle, et incapable d'aimer quelqu'un d'autre que lui-même", "partial", LMA),
    (f"son client {o}se réserve le droit de donner sa propre version{c}", "indirect", ["Sophie Garnier", "Garnier"]),
    ("se réserve le droit de donner sa propre version", "partial", ["Sophie Garnier", "Garnier"]),
    ("Aujourd'hui, je suis apaisée, a-t-elle assuré, les yeux brillants. J'ai appris à dire non, et ça, c'est le plus beau cadeau de la cinquantaine qui approche.", "direct", LMA),
    ("le courage d'une maman qui ne triche jamais", "partial", ["Chiara"]),
    (f"Léa Marchetti prépare déjà un nouvel album, attendu au printemps, et une tournée baptisée {o}La Lionne rugit encore{c}, qui passera par l'Accor Arena le 12 octobre", "indirect",
     ["entourage de Léa Marchetti", "entourage", "son entourage"]),
    ("Léa, c'est une bête de scène. Elle a connu les salles vides et les Zénith pleins, et elle n'a jamais changé.", "direct", ["Marc-Antoine Vidal", "Vidal"]),
])

# 33. a Québec municipal council: a mayor (mairesse), the official opposition, an independent
# councillor, « a-t-elle lancé », no space before « ! »
t33 = (
"La séance du conseil municipal de Gatineau a été houleuse mardi soir. La mairesse Nathalie Lévesque-Cyr a fait adopter son budget 2025, qui prévoit une hausse moyenne de 4,9 % du compte de taxes résidentiel, malgré l'opposition de six conseillers.\n\n"
f"{o}On ne peut pas continuer à pelleter les problèmes par en avant. Nos infrastructures ont trente ans de retard{c}, a-t-elle lancé en ouverture de séance, sous les applaudissements d'une partie de la salle.\n\n"
f"La conseillère du district de Limbour, Marie-Ève Charbonneau, cheffe de l'opposition officielle, a plutôt dénoncé un budget {o}déconnecté de la réalité des familles{c}. {o}Les gens paient déjà plus cher l'épicerie, le loyer, l'essence. Et la Ville leur en rajoute encore{c}, a-t-elle déploré.\n\n"
f"Selon l'opposition, la hausse atteindra même 7 % dans certains secteurs ruraux, en raison du nouveau rôle d'évaluation foncière. L'administration conteste ce chiffre. Le président du comité exécutif, Steve Gagnon, a affirmé que {o}personne ne verra son compte augmenter de plus de 5,5 %{c}, grâce à un programme d'étalement.\n\n"
f"Pendant la période de questions, une quinzaine de citoyens se sont présentés au micro. Résidente du secteur d'Aylmer depuis quarante ans, Lise Brunet n'a pas mâché ses mots : {o}Ça fait trois hivers que ma rue est déneigée en dernier. Je paie mes taxes comme tout le monde, moi aussi!{c}\n\n"
f"La mairesse a reconnu que le déneigement avait connu des {o}ratés{c} l'hiver dernier, tout en rappelant que la Ville avait embauché quarante nouveaux cols bleus. {o}On a entendu le message, on s'est ajustés{c}, a-t-elle assuré.\n\n"
f"Le conseiller indépendant de Lucerne, Olivier Gagné-Roy, a voté contre le budget en renvoyant dos à dos les deux camps. {o}C'est de la petite politique des deux bords. Pendant qu'on se chicane, les nids-de-poule, eux, ne se bouchent pas tout seuls{c}, a-t-il ironisé. Il a dit souhaiter que le prochain budget soit préparé {o}avec les citoyens, pas pour eux{c}.\n\n"
"Le budget a finalement été adopté par 13 voix contre 6. Il totalise 1,02 milliard de dollars, un sommet pour la Ville. La mairesse présentera son programme triennal d'immobilisations le 10 décembre, a indiqué son cabinet.\n")
NLC = ["Nathalie Lévesque-Cyr", "Lévesque-Cyr"]
MEC = ["Marie-Ève Charbonneau", "Charbonneau"]
OGR = ["Olivier Gagné-Roy", "Gagné-Roy"]
art("w33_quebec_conseil", "daily-qc", "2024-12-04", t33, [
    ("On ne peut pas continuer à pelleter les problèmes par en avant. Nos infrastructures ont trente ans de retard", "direct", NLC),
    ("déconnecté de la réalité des familles", "partial", MEC),
    ("Les gens paient déjà plus cher l'épicerie, le loyer, l'essence. Et la Ville leur en rajoute encore", "direct", MEC),
    ("la hausse atteindra même 7 % dans certains secteurs ruraux, en raison du nouveau rôle d'évaluation foncière", "indirect",
     ["opposition", "l'opposition", "opposition officielle"]),
    (f"{o}personne ne verra son compte augmenter de plus de 5,5 %{c}, grâce à un programme d'étalement", "indirect", ["Steve Gagnon", "Gagnon"]),
    ("personne ne verra son compte augmenter de plus de 5,5 %", "partial", ["Steve Gagnon", "Gagnon"]),
    ("Ça fait trois hivers que ma rue est déneigée en dernier. Je paie mes taxes comme tout le monde, moi aussi!", "direct", ["Lise Brunet", "Brunet"]),
    (f"le déneigement avait connu des {o}ratés{c} l'hiver dernier", "indirect", NLC),
    ("ratés", "partial", NLC),
    ("la Ville avait embauché quarante nouveaux cols bleus", "indirect", NLC),
    ("On a entendu le message, on s'est ajustés", "direct", NLC),
    ("C'est de la petite politique des deux bords. Pendant qu'on se chicane, les nids-de-poule, eux, ne se bouchent pas tout seuls", "direct", OGR),
    (f"le prochain budget soit préparé {o}avec les citoyens, pas pour eux{c}", "indirect", OGR),
    ("avec les citoyens, pas pour eux", "partial", OGR),
    ("La mairesse présentera son programme triennal d'immobilisations le 10 décembre", "indirect",
     ["cabinet de la mairesse", "cabinet", "son cabinet"]),
])

# 34. a neighbourhood reportage: students named by first name and age, narrow no-break
# spaces, a quote running over two paragraphs, curly marks
o, c = "«" + NN, NN + "»"
t34 = (
"Il est 17 h 30 et la file d'attente s'étire déjà sur le trottoir de la rue de Marseille. Chaque jeudi, l'association Le Panier solidaire distribue ici des colis alimentaires à quelque 300 étudiants du quartier de la Guillotière, à Lyon.\n\n"
f"Sarah, 22 ans, étudiante en lettres modernes, vient pour la troisième fois. {o}Je travaille douze heures par semaine dans une boulangerie, mais entre le loyer et les transports, il ne me reste presque rien pour manger{c}, explique-t-elle, un sac en toile sur l'épaule.\n\n"
f"Derrière elle, Mehdi, 24 ans, en master d'informatique, préfère en rire. {o}Les pâtes au beurre, je connais par cœur. Trois soirs par semaine, minimum.{c} Il a longtemps hésité avant de pousser la porte de l'association : selon lui, beaucoup d'étudiants ont {o}honte{c} de demander de l'aide.\n\n"
f"Bénévole depuis la création du Panier, en 2021, Jeanne, 67 ans, ancienne institutrice, a vu la demande grimper d'année en année. {o}Au départ, on servait une cinquantaine de jeunes. Maintenant, il nous arrive de refuser du monde parce que les étagères sont vides. Certains arrivent le ventre creux depuis la veille.\n\n"
f"{o}Ce qui me touche le plus, c'est leur politesse. Ils disent merci dix fois, ils s'excusent presque d'être là. Je rentre chez moi le cœur serré à chaque fois{c}, confie-t-elle.\n\n"
f"La présidente de l'association, Camille Fournier, 29 ans, réclame davantage de moyens. Elle estime que les pouvoirs publics {o}se reposent sur les bénévoles{c} et demande que le repas à un euro soit ouvert à tous les étudiants, boursiers ou non. Contacté, le Crous de Lyon indique avoir augmenté de 20 % le nombre de repas servis depuis la rentrée.\n\n"
"Sur le trottoir, la file avance lentement. Lucas, 20 ans, en première année de droit, attend son tour avec deux colocataires. \u201cOn s'organise entre nous, on partage les courses. Mais franchement, je n'imaginais pas la fac comme ça\u201d, lâche-t-il avant de s'engouffrer dans le local.\n\n"
"À 19 heures, les derniers colis sont partis. Une trentaine d'étudiants repartent les mains vides, avec la promesse de passer en priorité la semaine prochaine.\n")
art("w34_reportage_etudiants", "regional", "2024-11-21", t34, [
    ("Je travaille douze heures par semaine dans une boulangerie, mais entre le loyer et les transports, il ne me reste presque rien pour manger", "direct", ["Sarah"]),
    ("Les pâtes au beurre, je connais par cœur. Trois soirs par semaine, minimum.", "direct", ["Mehdi"]),
    (f"beaucoup d'étudiants ont {o}honte{c} de demander de l'aide", "indirect", ["Mehdi"]),
    ("honte", "partial", ["Mehdi"]),
    (f"Au départ, on servait une cinquantaine de jeunes. Maintenant, il nous arrive de refuser du monde parce que les étagères sont vides. Certains arrivent le ventre creux depuis la veille.\n\n{o}Ce qui me touche le plus, c'est leur politesse. Ils disent merci dix fois, ils s'excusent presque d'être là. Je rentre chez moi le cœur serré à chaque fois", "direct", ["Jeanne"]),
    (f"les pouvoirs publics {o}se reposent sur les bénévoles{c}", "indirect", ["Camille Fournier", "Fournier"]),
    ("se reposent sur les bénévoles", "partial", ["Camille Fournier", "Fournier"]),
    ("le repas à un euro soit ouvert à tous les étudiants, boursiers ou non", "indirect", ["Camille Fournier", "Fournier"]),
    ("On s'organise entre nous, on partage les courses. Mais franchement, je n'imaginais pas la fac comme ça", "direct", ["Lucas"]),
])

# 35. the French service of an international radio on Czech politics: translated ministers,
# the opposition leader, the president's office (« le Château »), a union, a poll
o, c = "«" + NB, NB + "»"
t35 = (
"Le gouvernement tchèque a adopté lundi soir son projet de réforme des retraites, qui prévoit de relever progressivement l'âge légal de départ de 65 à 67 ans d'ici 2056. Le texte doit désormais être soumis à la Chambre des députés, où la coalition ne dispose que d'une courte majorité.\n\n"
f"{o}Si nous ne faisons rien aujourd'hui, nos enfants paieront la facture demain. Cette réforme est douloureuse, mais elle est juste{c}, a déclaré le ministre du Travail et des Affaires sociales, Jiří Novotný, lors d'une conférence de presse à l'issue du Conseil des ministres. Le ministre a précisé que les personnes exerçant des métiers pénibles pourraient continuer à partir plus tôt.\n\n"
f"Selon la ministre des Finances, Hana Veselá, le déficit du système de retraites atteindrait 4 % du PIB en 2050 sans réforme. {o}Les chiffres sont têtus, a-t-elle résumé sur la chaîne publique ČT24. Nous ne pouvons pas emprunter indéfiniment pour payer les pensions.{c}\n\n"
f"L'opposition a aussitôt dénoncé un {o}hold-up sur les retraités{c}. Son chef, l'ancien Premier ministre Pavel Dostál, a promis d'abroger la réforme s'il remporte les législatives de l'automne. {o}Ce gouvernement demande aux infirmières et aux maçons de travailler jusqu'à 67 ans pendant que les ministres se votent des augmentations{c}, a-t-il lancé à la tribune de la Chambre, selon des propos traduits par notre rédaction.\n\n"
f"Le Château de Prague s'est montré plus réservé. Dans un communiqué, le porte-parole du président Petr Pavel, Marek Hlaváč, a indiqué que le chef de l'État examinerait le texte {o}avec la plus grande attention{c} et qu'il souhaitait {o}un large consensus politique{c} sur une réforme qui engage plusieurs générations. Le président, a-t-il rappelé, dispose d'un droit de veto suspensif.\n\n"
f"Les syndicats, réunis au sein de la confédération ČMKOS, appellent à une journée de grève le 14 mars. Leur président, Tomáš Kubeš, a estimé sur notre antenne que la réforme était {o}une provocation{c} envers ceux qui ont travaillé toute leur vie.\n\n"
"D'après un sondage publié la semaine dernière par la télévision publique, 62 % des Tchèques sont opposés au relèvement de l'âge de départ. Le vote en première lecture est attendu d'ici la fin du mois.\n")
HV = ["Hana Veselá", "Veselá"]
HL = ["Marek Hlaváč", "Hlaváč", "Château de Prague", "Château", "Petr Pavel", "Pavel"]
art("w35_radio_prague", "radio", "2025-02-18", t35, [
    ("Si nous ne faisons rien aujourd'hui, nos enfants paieront la facture demain. Cette réforme est douloureuse, mais elle est juste", "direct", ["Jiří Novotný", "Novotný"]),
    ("les personnes exerçant des métiers pénibles pourraient continuer à partir plus tôt", "indirect", ["Jiří Novotný", "Novotný"]),
    ("le déficit du système de retraites atteindrait 4 % du PIB en 2050 sans réforme", "indirect", HV),
    ("Les chiffres sont têtus, a-t-elle résumé sur la chaîne publique ČT24. Nous ne pouvons pas emprunter indéfiniment pour payer les pensions.", "direct", HV),
    ("hold-up sur les retraités", "partial", ["opposition", "l'opposition"]),
    ("Ce gouvernement demande aux infirmières et aux maçons de travailler jusqu'à 67 ans pendant que les ministres se votent des augmentations", "direct", ["Pavel Dostál", "Dostál"]),
    # one indirect quote for « que A et qu'B », as in the reference gold (first annotated as two: corrected after scoring)
    (f"le chef de l'État examinerait le texte {o}avec la plus grande attention{c} et qu'il souhaitait {o}un large consensus politique{c} sur une réforme qui engage plusieurs générations", "indirect", HL),
    ("avec la plus grande attention", "partial", HL),
    ("un large consensus politique", "partial", HL),
    ("Le président, a-t-il rappelé, dispose d'un droit de veto suspensif", "indirect", HL),
    (f"la réforme était {o}une provocation{c} envers ceux qui ont travaillé toute leur vie", "indirect", ["Tomáš Kubeš", "Kubeš"]),
    ("une provocation", "partial", ["Tomáš Kubeš", "Kubeš"]),
    ("62 % des Tchèques sont opposés au relèvement de l'âge de départ", "indirect", ["sondage", "un sondage", "télévision publique"]),
])

# 36. a Swiss daily on a federal vote: guillemets with no space, an initiative's name in marks,
# party presidents, a federal councillor, « le souverain »
t36 = (
"Le peuple suisse a rejeté dimanche l'initiative populaire «Pour des loyers abordables», par 53,8% des voix. Seuls six cantons, dont Genève, Vaud et Bâle-Ville, l'ont acceptée: la double majorité du peuple et des cantons est donc loin d'être atteinte.\n\n"
"Le conseiller fédéral Beat Zürcher, chef du Département de l'économie, s'est dit «soulagé mais pas triomphant». «Le message des villes est clair: le logement est devenu une préoccupation majeure, et le Conseil fédéral l'a entendu», a-t-il déclaré devant la presse à Berne. Le gouvernement présentera d'ici l'été un contre-projet indirect pour rendre les loyers plus transparents lors d'un changement de locataire, a-t-il annoncé.\n\n"
"Du côté des initiants, la déception est palpable. Pour la présidente du Parti socialiste, Nadia Rochat, «ce n'est qu'une bataille perdue, pas la guerre». «Près d'un million de personnes ont dit oui. Les bailleurs auraient tort de croire que le sujet est enterré», a-t-elle averti depuis le local de campagne lausannois.\n\n"
"Le président de l'UDC, Martin Aebischer, a salué «la sagesse du souverain», qui a refusé selon lui «une usine à gaz étatique». Il a toutefois reconnu que la pression sur le marché du logement s'expliquait en partie par «une immigration beaucoup trop élevée», un thème sur lequel son parti entend bien revenir.\n\n"
"Au PLR, on affichait sa satisfaction. «Les Suisses ont fait confiance au partenariat social plutôt qu'à l'État», s'est félicitée sa présidente, Carole Jaquet, qui appelle désormais à «simplifier les procédures de construction». Le Centre, par la voix de son président Urs Kälin, a jugé que le résultat serré imposait d'agir «rapidement et sans dogmatisme».\n\n"
"Le politologue Lionel Perrenoud, de l'Université de Genève, relève un «fossé de plus en plus profond» entre villes et campagnes. «Dans les communes urbaines, le oui dépasse souvent 60%. À la campagne, on a voté contre un problème qu'on ne vit pas», analyse-t-il.\n\n"
"La participation s'est élevée à 47,3%, selon la Chancellerie fédérale.\n")
BZ = ["Beat Zürcher", "Zürcher"]
NR = ["Nadia Rochat", "Rochat"]
MAE = ["Martin Aebischer", "Aebischer"]
CJ = ["Carole Jaquet", "Jaquet"]
UK = ["Urs Kälin", "Kälin", "Le Centre"]
art("w36_swiss_votation", "daily-ch", "2025-02-10", t36, [
    ("soulagé mais pas triomphant", "partial", BZ),
    ("Le message des villes est clair: le logement est devenu une préoccupation majeure, et le Conseil fédéral l'a entendu", "direct", BZ),
    ("Le gouvernement présentera d'ici l'été un contre-projet indirect pour rendre les loyers plus transparents lors d'un changement de locataire", "indirect", BZ),
    ("ce n'est qu'une bataille perdue, pas la guerre", "direct", NR),
    ("Près d'un million de personnes ont dit oui. Les bailleurs auraient tort de croire que le sujet est enterré", "direct", NR),
    ("la sagesse du souverain", "partial", MAE),
    ("une usine à gaz étatique", "partial", MAE),
    ("la pression sur le marché du logement s'expliquait en partie par «une immigration beaucoup trop élevée»", "indirect", MAE),
    ("une immigration beaucoup trop élevée", "partial", MAE),
    ("Les Suisses ont fait confiance au partenariat social plutôt qu'à l'État", "direct", CJ),
    ("simplifier les procédures de construction", "partial", CJ),
    ("le résultat serré imposait d'agir «rapidement et sans dogmatisme»", "indirect", UK),
    ("rapidement et sans dogmatisme", "partial", UK),
    ("fossé de plus en plus profond", "partial", ["Lionel Perrenoud", "Perrenoud"]),
    ("Dans les communes urbaines, le oui dépasse souvent 60%. À la campagne, on a voté contre un problème qu'on ne vit pas", "direct", ["Lionel Perrenoud", "Perrenoud"]),
    ("La participation s'est élevée à 47,3%", "indirect", ["Chancellerie fédérale"]),
])

# batch 7
# 37. a magazine interview: a headline that repeats an answer, an intro, questions and answers
# without labels, a quotation inside an answer, a minister quoted in a question, narrow spaces
o, c = "«" + NN, NN + "»"
t37 = (
f"Mathilde Verneuil : {o}On ne bâtit plus contre le climat{c}\n\n"
f"Lauréate en novembre de l'{o}Équerre d'argent{c}, l'architecte lyonnaise Mathilde Verneuil, 46 ans, transforme depuis quinze ans des bureaux vides en logements. Son agence, installée dans une ancienne imprimerie de la Croix-Rousse, vient de livrer à Villeurbanne un immeuble de quarante appartements bâti en paille et en bois. Le jury a salué {o}une œuvre qui réconcilie l'écologie et le confort{c}. Rencontre avec une architecte qui aime répéter qu'il vaut mieux {o}réparer que raser{c}.\n\n"
"Pourquoi avoir choisi la paille, un matériau que beaucoup jugent fragile ?\n\n"
"Parce qu'elle pousse à trente kilomètres du chantier et qu'elle isole mieux que la plupart des produits industriels. Les pompiers ont testé nos murs : ils ont tenu deux heures au feu. La fragilité de la paille, c'est une idée reçue qui date des Trois Petits Cochons.\n\n"
"Démolir n'est-il pas parfois inévitable ?\n\n"
f"Beaucoup moins souvent qu'on le prétend. Démolir un immeuble de bureaux, c'est jeter des milliers de tonnes de béton dont le carbone a déjà été payé. On ne bâtit plus contre le climat, on bâtit avec ce qui existe. Quand un promoteur m'explique que {o}c'est moins cher de tout raser{c}, je lui demande de refaire ses calculs sur trente ans.\n\n"
f"Le ministre du Logement a promis {o}un million de logements rénovés{c} d'ici 2030. Y croyez-vous ?\n\n"
"Je crois aux chantiers, pas aux chiffres ronds. Aujourd'hui, une copropriété qui veut isoler ses façades attend parfois trois ans un permis. Tant que l'État ne simplifiera pas ces procédures, nous resterons loin du compte.\n\n"
"Les élus vous suivent-ils ?\n\n"
"De plus en plus. Le maire de Villeurbanne a été le premier à nous confier un terrain sans exiger de parking souterrain. D'autres hésitent encore, par peur des recours des riverains.\n\n"
"Votre prochain projet ?\n\n"
"Une école à Vénissieux, dans une ancienne caserne de gendarmerie. Nous garderons les murs, les escaliers et même les grilles. Les enfants y entreront à la rentrée 2026, si tout va bien.\n\n"
"Propos recueillis par Julien Sarda\n")
VE = ["Mathilde Verneuil", "Verneuil"]
art("w37_interview_architecte", "magazine", "2025-01-15", t37, [
    ("une œuvre qui réconcilie l'écologie et le confort", "partial", ["jury", "le jury"]),
    (f"il vaut mieux {o}réparer que raser{c}", "indirect", VE),
    ("réparer que raser", "partial", VE),
    ("Parce qu'elle pousse à trente kilomètres du chantier et qu'elle isole mieux que la plupart des produits industriels. Les pompiers ont testé nos murs : ils ont tenu deux heures au feu. La fragilité de la paille, c'est une idée reçue qui date des Trois Petits Cochons.", "direct", VE),
    (f"Beaucoup moins souvent qu'on le prétend. Démolir un immeuble de bureaux, c'est jeter des milliers de tonnes de béton dont le carbone a déjà été payé. On ne bâtit plus contre le climat, on bâtit avec ce qui existe. Quand un promoteur m'explique que {o}c'est moins cher de tout raser{c}, je lui demande de refaire ses calculs sur trente ans.", "direct", VE),
    ("un million de logements rénovés", "partial", ["ministre du Logement", "le ministre du Logement"]),
    ("Je crois aux chantiers, pas aux chiffres ronds. Aujourd'hui, une copropriété qui veut isoler ses façades attend parfois trois ans un permis. Tant que l'État ne simplifiera pas ces procédures, nous resterons loin du compte.", "direct", VE),
    ("De plus en plus. Le maire de Villeurbanne a été le premier à nous confier un terrain sans exiger de parking souterrain. D'autres hésitent encore, par peur des recours des riverains.", "direct", VE),
    ("Une école à Vénissieux, dans une ancienne caserne de gendarmerie. Nous garderons les murs, les escaliers et même les grilles. Les enfants y entreront à la rentrée 2026, si tout va bien.", "direct", VE),
])

# 38. a diplomatic crisis: an ambassador recalled, the Farnesina's communiqué, the Quai d'Orsay's
# reply through its spokeswoman, capitals for their governments, no-break spaces
o, c = "«" + NB, NB + "»"
t38 = (
"Rome rappelle son ambassadeur à Paris après les propos d'un ministre français\n\n"
f"ROME, 14 mars (AFP) - L'Italie a rappelé jeudi pour consultations son ambassadeur en France, au lendemain de déclarations du ministre français de l'Intérieur jugées {o}inacceptables{c} par le gouvernement italien. Une telle mesure entre deux pays fondateurs de l'Union européenne reste rarissime.\n\n"
f"{o}Les propos du ministre français constituent une offense gratuite envers l'Italie et envers les efforts qu'elle consent seule en Méditerranée{c}, affirme dans un communiqué la Farnésine, qui exige {o}des excuses publiques et sans ambiguïté{c}.\n\n"
f"Mardi soir, sur une chaîne d'information, le ministre de l'Intérieur, Gérald Marchal, avait affirmé que l'Italie était {o}incapable de gérer{c} les arrivées de migrants sur ses côtes. Il avait ajouté que la France ne paierait pas {o}pour les choix des autres{c}.\n\n"
"Le chef de la diplomatie italienne, Antonio Rinaldi, a aussitôt annulé la visite qu'il devait effectuer lundi à Paris. "
f"{o}Il ne peut y avoir de rencontre, a-t-il dit à la presse en marge du Conseil des ministres, tant que ces mots n'auront pas été retirés{c}.\n\n"
f"Au Quai d'Orsay, on s'efforçait jeudi d'éteindre l'incendie. {o}La France mesure pleinement la charge qui pèse sur l'Italie. Nos deux pays sont liés par une amitié que rien ne saurait remettre en cause{c}, a déclaré la porte-parole du ministère, Claire Lemoine, lors de son point de presse. "
f"Selon une source diplomatique française, il n'est toutefois {o}pas question{c} de présenter des excuses au nom du gouvernement.\n\n"
f"Paris a fait savoir que l'ambassadeur de France à Rome resterait à son poste. Interrogé à Bruxelles, le président Emmanuel Macron a assuré qu'il appellerait la présidente du Conseil italien {o}dans les prochains jours{c}, sans se prononcer sur les propos de son ministre.\n\n"
"La dernière crise de ce genre entre les deux capitales remonte à février 2019, lorsque Paris avait rappelé son propre ambassadeur après la rencontre de responsables italiens avec des « gilets jaunes ». "
"Rome n'a pas précisé la durée du rappel, mais un diplomate italien a confié à l'AFP que l'ambassadeur ne regagnerait pas Paris avant la fin du mois.\n")
IT = ["Farnésine", "Farnesina", "ministère italien des Affaires étrangères", "diplomatie italienne", "Italie", "Rome"]
MA = ["Gérald Marchal", "Marchal"]
art("w38_diplomatie_rome", "wire", "2024-03-14", t38, [
    ("inacceptables", "partial", ["gouvernement italien", "Italie", "Rome"]),
    ("Les propos du ministre français constituent une offense gratuite envers l'Italie et envers les efforts qu'elle consent seule en Méditerranée", "direct", IT),
    ("des excuses publiques et sans ambiguïté", "partial", IT),
    (f"l'Italie était {o}incapable de gérer{c} les arrivées de migrants sur ses côtes", "indirect", MA),
    ("incapable de gérer", "partial", MA),
    (f"la France ne paierait pas {o}pour les choix des autres{c}", "indirect", MA),
    ("pour les choix des autres", "partial", MA),
    ("Il ne peut y avoir de rencontre, a-t-il dit à la presse en marge du Conseil des ministres, tant que ces mots n'auront pas été retirés", "direct", ["Antonio Rinaldi", "Rinaldi"]),
    ("La France mesure pleinement la charge qui pèse sur l'Italie. Nos deux pays sont liés par une amitié que rien ne saurait remettre en cause", "direct", ["Claire Lemoine", "Lemoine"]),
    (f"il n'est toutefois {o}pas question{c} de présenter des excuses au nom du gouvernement", "indirect", ["source diplomatique française", "une source diplomatique française", "source diplomatique"]),
    ("pas question", "partial", ["source diplomatique française", "une source diplomatique française", "source diplomatique"]),
    ("l'ambassadeur de France à Rome resterait à son poste", "indirect", ["Paris", "France", "Quai d'Orsay"]),
    (f"il appellerait la présidente du Conseil italien {o}dans les prochains jours{c}", "indirect", ["Emmanuel Macron", "Macron"]),
    ("dans les prochains jours", "partial", ["Emmanuel Macron", "Macron"]),
    ("l'ambassadeur ne regagnerait pas Paris avant la fin du mois", "indirect", ["diplomate italien", "un diplomate italien"]),
])

# 39. the UN Security Council: the Secretary-General, five ambassadors, a draft resolution,
# curly marks for one of them, a postposed « selon des diplomates »
t39 = (
"NEW YORK (Nations unies), 9 octobre - Le Conseil de sécurité de l'ONU s'est réuni mercredi en urgence sur la situation à El-Facher, la grande ville du Darfour assiégée depuis plus d'un an par les paramilitaires des Forces de soutien rapide (FSR).\n\n"
f"{o}La population d'El-Facher vit un cauchemar que le monde refuse de regarder{c}, a lancé le secrétaire général des Nations unies, António Guterres, en ouvrant la séance. Il a appelé les belligérants à {o}un cessez-le-feu immédiat{c} et à l'ouverture de couloirs humanitaires sous contrôle international.\n\n"
f"Le Royaume-Uni, qui tient la plume sur le dossier soudanais, a fait circuler un projet de résolution exigeant la levée du siège. Son ambassadrice, Barbara Whitcombe, a estimé que le Conseil avait {o}le devoir moral{c} d'agir avant la saison sèche.\n\n"
f"Mais Moscou a prévenu qu'il s'opposerait à tout texte {o}imposé de l'extérieur{c}. {o}Nous ne soutiendrons pas une résolution qui ignore la souveraineté du Soudan et qui sert d'autres agendas{c}, a déclaré l'ambassadeur adjoint russe, Dmitri Poliakov. "
f"Pour le représentant chinois, Geng Wei, la priorité doit aller {o}au dialogue politique et non aux sanctions{c}.\n\n"
"La France a apporté son soutien au projet britannique. “Chaque jour perdu se compte en vies humaines, et ce Conseil en porte une part de responsabilité”, a insisté son représentant permanent, Jérôme Castaing, qui a rappelé que Paris avait débloqué 20 millions d'euros d'aide d'urgence.\n\n"
f"L'ambassadrice américaine, Linda Morrow, a qualifié de {o}honte{c} la paralysie du Conseil, avant d'ajouter : {o}L'histoire retiendra le nom de ceux qui ont bloqué l'aide.{c}\n\n"
f"Le représentant du Soudan, Omar Abdelrahim, a rejeté des accusations {o}mensongères{c} et affirmé que l'armée soudanaise protégeait les civils du Darfour.\n\n"
"Le Conseil avait déjà adopté en juin une résolution réclamant la fin du siège, restée lettre morte. Selon le Bureau de la coordination des affaires humanitaires (OCHA), plus de 800 000 personnes sont toujours prises au piège dans la ville et ses environs.\n\n"
"Le projet doit être mis aux voix vendredi, selon des diplomates. Il nécessite neuf voix et l'absence de veto d'un des cinq membres permanents.\n")
GT = ["António Guterres", "Guterres", "Antonio Guterres"]
WC = ["Barbara Whitcombe", "Whitcombe"]
RS = ["Moscou", "Russie", "Dmitri Poliakov", "Poliakov"]
GW = ["Geng Wei"]
LM = ["Linda Morrow", "Morrow"]
OA = ["Omar Abdelrahim", "Abdelrahim"]
art("w39_onu_darfour", "wire", "2024-10-09", t39, [
    ("La population d'El-Facher vit un cauchemar que le monde refuse de regarder", "direct", GT),
    ("un cessez-le-feu immédiat", "partial", GT),
    (f"le Conseil avait {o}le devoir moral{c} d'agir avant la saison sèche", "indirect", WC),
    ("le devoir moral", "partial", WC),
    (f"il s'opposerait à tout texte {o}imposé de l'extérieur{c}", "indirect", RS),
    ("imposé de l'extérieur", "partial", RS),
    ("Nous ne soutiendrons pas une résolution qui ignore la souveraineté du Soudan et qui sert d'autres agendas", "direct", ["Dmitri Poliakov", "Poliakov"]),
    (f"la priorité doit aller {o}au dialogue politique et non aux sanctions{c}", "indirect", GW),
    ("au dialogue politique et non aux sanctions", "partial", GW),
    ("Chaque jour perdu se compte en vies humaines, et ce Conseil en porte une part de responsabilité", "direct", ["Jérôme Castaing", "Castaing"]),
    ("Paris avait débloqué 20 millions d'euros d'aide d'urgence", "indirect", ["Jérôme Castaing", "Castaing"]),
    ("honte", "partial", LM),
    ("L'histoire retiendra le nom de ceux qui ont bloqué l'aide.", "direct", LM),
    ("mensongères", "partial", OA),
    ("l'armée soudanaise protégeait les civils du Darfour", "indirect", OA),
    ("plus de 800 000 personnes sont toujours prises au piège dans la ville et ses environs", "indirect", ["OCHA", "Bureau de la coordination des affaires humanitaires", "le Bureau de la coordination des affaires humanitaires"]),
    ("Le projet doit être mis aux voix vendredi", "indirect", ["diplomates", "des diplomates"]),
])

# 40. a live blog: time stamps, short entries, guillemets with no space, curly marks, a
# "read also" title in marks, a prefect taken back by a role later
t40 = (
"EN DIRECT - Tempête Hermine : la Bretagne se barricade, quatre départements en vigilance rouge\n\n"
"16h45 - Le président du conseil régional, Yann Kerbrat, annonce un fonds d'urgence de 5 millions d'euros pour les communes touchées. «La solidarité régionale jouera dès la semaine prochaine», a-t-il promis.\n\n"
"16h30 - Le maire de Plougonvelin, Jean-Marc Le Bihan, a fait évacuer le camping municipal et les maisons du front de mer. «Nous ne voulons pas revivre 1987», a-t-il expliqué à l'AFP.\n\n"
"16h15 - Retour sur le point presse de la préfecture : le préfet a précisé que des gymnases seraient ouverts dans douze communes pour accueillir les personnes évacuées.\n\n"
"16h02 - À Brest, les commerçants du port protègent leurs vitrines avec des planches. “On a connu pire, mais on ne prend aucun risque”, confie Yannick, patron d'un bar du quai Malbert.\n\n"
"15h58 - La préfecture maritime de l'Atlantique interdit toute sortie en mer jusqu'à vendredi midi. À Loctudy, les marins-pêcheurs ont rentré leurs bateaux dès le matin : “On n'a jamais vu une alerte pareille depuis vingt ans”, raconte l'un d'eux, Erwan Le Goff.\n\n"
"15h41 - Le ministre de l'Intérieur appelle à «la plus grande prudence». «Restez chez vous, rentrez vos objets de jardin et ne vous approchez pas du littoral», écrit-il sur son compte X.\n\n"
"15h20 - Les TER ne circuleront plus en Bretagne à partir de 18 heures, a annoncé la région.\n\n"
"(Lire aussi : «Tempêtes : pourquoi les vents d'hiver semblent plus violents»)\n\n"
"15h05 - Enedis a mobilisé 3 000 techniciens dans l'Ouest. «Nous anticipons des coupures massives, mais nos équipes sont déjà prépositionnées», indique l'entreprise sur son site.\n\n"
"14h55 - Brittany Ferries annule toutes ses traversées entre Roscoff et Plymouth prévues jeudi, selon un message publié sur le site de la compagnie.\n\n"
"14h47 - Météo-France a placé le Finistère, les Côtes-d'Armor, le Morbihan et la Manche en vigilance rouge. Selon le prévisionniste François Gourand, le pic de la tempête est attendu «entre 2 heures et 6 heures du matin», avec des rafales de 170 km/h sur les caps.\n\n"
"14h32 - Le préfet du Finistère, Alain Ducros, annonce la fermeture de toutes les écoles du département jeudi. «Personne ne doit prendre la route sans nécessité absolue cette nuit», a-t-il martelé lors d'un point presse à Quimper.\n")
DU = ["Alain Ducros", "Ducros", "préfet du Finistère", "le préfet du Finistère", "préfet", "le préfet"]
MN = ["ministre de l'Intérieur", "le ministre de l'Intérieur"]
GO = ["François Gourand", "Gourand"]
art("w40_live_tempete", "live", "2025-11-20", t40, [
    ("La solidarité régionale jouera dès la semaine prochaine", "direct", ["Yann Kerbrat", "Kerbrat"]),
    ("Nous ne voulons pas revivre 1987", "direct", ["Jean-Marc Le Bihan", "Le Bihan"]),
    ("On n'a jamais vu une alerte pareille depuis vingt ans", "direct", ["Erwan Le Goff", "Le Goff"]),
    ("Brittany Ferries annule toutes ses traversées entre Roscoff et Plymouth prévues jeudi", "indirect", ["Brittany Ferries", "compagnie", "la compagnie", "message", "un message"]),
    ("des gymnases seraient ouverts dans douze communes pour accueillir les personnes évacuées", "indirect", DU),
    ("On a connu pire, mais on ne prend aucun risque", "direct", ["Yannick"]),
    ("la plus grande prudence", "partial", MN),
    ("Restez chez vous, rentrez vos objets de jardin et ne vous approchez pas du littoral", "direct", MN),
    ("Les TER ne circuleront plus en Bretagne à partir de 18 heures", "indirect", ["région", "la région", "région Bretagne"]),
    ("Nous anticipons des coupures massives, mais nos équipes sont déjà prépositionnées", "direct", ["Enedis"]),
    ("le pic de la tempête est attendu «entre 2 heures et 6 heures du matin», avec des rafales de 170 km/h sur les caps", "indirect", GO),
    ("entre 2 heures et 6 heures du matin", "partial", GO),
    ("Personne ne doit prendre la route sans nécessité absolue cette nuit", "direct", DU),
])

# 41. questions to the government at the National Assembly: a question, heckles, a minister's
# answers, a tweet in curly marks, a policy's name in marks
t41 = (
"Ambiance électrique mardi après-midi à l'Assemblée nationale. Lors de la séance des questions au gouvernement, la députée La France insoumise de Seine-Saint-Denis Léa Fournier a interpellé le ministre de l'Économie sur la hausse de 10 % des tarifs réglementés de l'électricité prévue en février.\n\n"
f"{o}Vous demandez aux familles de choisir entre se chauffer et se nourrir. Combien de temps allez-vous encore protéger les profits des fournisseurs ?{c}, a-t-elle lancé, sous les applaudissements de son groupe. {o}Démagogie !{c}, a crié un député Renaissance depuis les bancs du centre.\n\n"
f"Le ministre de l'Économie, Olivier Sarrazin, a répliqué que le gouvernement avait {o}protégé les ménages mieux qu'aucun autre en Europe{c}. Le gouvernement défend depuis 2022 le {o}bouclier tarifaire{c}, qu'il prévoit d'éteindre progressivement d'ici à 2027. "
f"{o}Madame la députée, les leçons de morale ne remplissent pas les cuves de fioul{c}, a poursuivi le ministre. {o}Menteur !{c}, lui a lancé un élu insoumis, contraignant la présidente de séance à intervenir. {o}Mes chers collègues, un peu de tenue, je vous prie{c}, a-t-elle réclamé.\n\n"
"Quelques minutes plus tard, Léa Fournier publiait sur X une vidéo de l'échange, accompagnée de ce message : “Le ministre parle de leçons de morale pendant que douze millions de Français ont froid. On sait de quel côté il se trouve.”\n\n"
f"Interrogé ensuite par le député Les Républicains Antoine Vial sur la sécurité dans les transports, le ministre de l'Intérieur, Gabriel Nadal, a promis le déploiement de {o}2 000 agents supplémentaires{c} dans les gares d'ici l'été. {o}Les Français ont le droit de prendre le train sans avoir peur{c}, a-t-il déclaré, avant d'être interrompu par des exclamations sur les bancs du Rassemblement national, dont le député Bastien Morel a jugé ces annonces {o}très en deçà{c} des besoins.\n\n"
"Selon l'entourage du Premier ministre, l'exécutif n'envisage pas de geler les tarifs avant l'hiver prochain. Le sujet devrait revenir dès jeudi lors de l'examen d'une proposition de loi du groupe socialiste.\n")
LF = ["Léa Fournier", "Fournier"]
SA = ["Olivier Sarrazin", "Sarrazin"]
art("w41_assemblee_qag", "national", "2025-12-09", t41, [
    ("Vous demandez aux familles de choisir entre se chauffer et se nourrir. Combien de temps allez-vous encore protéger les profits des fournisseurs ?", "direct", LF),
    ("Démagogie !", "direct", ["député Renaissance", "un député Renaissance"]),
    (f"le gouvernement avait {o}protégé les ménages mieux qu'aucun autre en Europe{c}", "indirect", SA),
    ("protégé les ménages mieux qu'aucun autre en Europe", "partial", SA),
    ("Madame la députée, les leçons de morale ne remplissent pas les cuves de fioul", "direct", SA),
    ("Menteur !", "direct", ["élu insoumis", "un élu insoumis"]),
    ("Mes chers collègues, un peu de tenue, je vous prie", "direct", ["présidente de séance", "la présidente de séance"]),
    ("Le ministre parle de leçons de morale pendant que douze millions de Français ont froid. On sait de quel côté il se trouve.", "direct", LF),
    ("2 000 agents supplémentaires", "partial", ["Gabriel Nadal", "Nadal"]),
    ("Les Français ont le droit de prendre le train sans avoir peur", "direct", ["Gabriel Nadal", "Nadal"]),
    ("très en deçà", "partial", ["Bastien Morel", "Morel"]),
    ("l'exécutif n'envisage pas de geler les tarifs avant l'hiver prochain", "indirect", ["entourage du Premier ministre", "l'entourage du Premier ministre"]),
])

# 42. a Belgian federal coalition crisis: party presidents, straight double quotes, a
# programme's title in marks, a newspaper as source, a spokesman for the Prime Minister
t42 = (
"BRUXELLES - La coalition fédérale traverse sa crise la plus grave depuis son installation. Au cœur du différend: la réforme des pensions, que le MR veut faire voter avant l'été et que Vooruit refuse d'approuver en l'état. Les négociateurs avaient pourtant mis plusieurs mois à s'entendre sur ce dossier.\n\n"
"\"Nous ne signerons pas un texte qui fait payer la facture aux travailleurs qui ont commencé à dix-huit ans\", a prévenu dimanche la présidente de Vooruit, Ilse Verhoeven, sur le plateau de \"De Zevende Dag\".\n\n"
"Le président du MR, Thomas Lambrechts, lui a répondu dans la foulée sur RTL-TVI. \"L'accord de gouvernement a été signé par tout le monde. Ceux qui veulent le renégocier prendront la responsabilité de faire tomber le gouvernement\", a-t-il lancé, qualifiant l'attitude des socialistes flamands de \"chantage\".\n\n"
"Chez Les Engagés, on tente de jouer les médiateurs. Leur président, Maxime Delhaize, estime que \"personne n'a intérêt à des élections anticipées\" et plaide pour \"une semaine de discussions sans micros\".\n\n"
"Selon le président du CD&V, Koen Declercq, un compromis reste \"à portée de main\", à condition que chacun accepte de \"mettre de l'eau dans son vin\".\n\n"
"Le Premier ministre, qui rentre mardi d'un sommet de l'Otan, a fait savoir par son porte-parole qu'il convoquerait un kern extraordinaire mercredi matin. D'après Le Soir, plusieurs ministres Vooruit auraient déjà préparé leur lettre de démission.\n\n"
"Interrogée lundi par Belga, Ilse Verhoeven a démenti: \"Personne ne démissionne. Nous voulons une meilleure réforme, pas une crise.\"\n\n"
"La Fédération des entreprises de Belgique (FEB) a appelé la majorité à \"ne pas jouer avec le feu\", rappelant que les marchés \"observent la Belgique de près\". Pour le politologue de la VUB Jeroen Maes, la crise \"n'est pas encore existentielle\", mais elle révèle la fragilité d'une majorité à cinq partis.\n\n"
"Dans l'opposition, le PTB ironise. \"Ils se disputent sur la manière de nous faire travailler plus longtemps, jamais sur le principe\", a réagi son chef de groupe à la Chambre, Jos Wauters.\n")
IV = ["Ilse Verhoeven", "Verhoeven"]
TL = ["Thomas Lambrechts", "Lambrechts"]
MD = ["Maxime Delhaize", "Delhaize"]
KD = ["Koen Declercq", "Declercq"]
FEB = ["FEB", "Fédération des entreprises de Belgique", "la Fédération des entreprises de Belgique"]
art("w42_belgique_coalition", "daily-be", "2025-06-23", t42, [
    ("Nous ne signerons pas un texte qui fait payer la facture aux travailleurs qui ont commencé à dix-huit ans", "direct", IV),
    ("L'accord de gouvernement a été signé par tout le monde. Ceux qui veulent le renégocier prendront la responsabilité de faire tomber le gouvernement", "direct", TL),
    ("chantage", "partial", TL),
    ("\"personne n'a intérêt à des élections anticipées\"", "indirect", MD),
    ("personne n'a intérêt à des élections anticipées", "partial", MD),
    ("une semaine de discussions sans micros", "partial", MD),
    ("un compromis reste \"à portée de main\", à condition que chacun accepte de \"mettre de l'eau dans son vin\"", "indirect", KD),
    ("à portée de main", "partial", KD),
    ("mettre de l'eau dans son vin", "partial", KD),
    ("il convoquerait un kern extraordinaire mercredi matin", "indirect", ["Premier ministre", "le Premier ministre", "porte-parole"]),
    ("plusieurs ministres Vooruit auraient déjà préparé leur lettre de démission", "indirect", ["Le Soir"]),
    ("Personne ne démissionne. Nous voulons une meilleure réforme, pas une crise.", "direct", IV),
    ("ne pas jouer avec le feu", "partial", FEB),
    ("les marchés \"observent la Belgique de près\"", "indirect", FEB),
    ("observent la Belgique de près", "partial", FEB),
    ("la crise \"n'est pas encore existentielle\", mais elle révèle la fragilité d'une majorité à cinq partis", "indirect", ["Jeroen Maes", "Maes"]),
    ("n'est pas encore existentielle", "partial", ["Jeroen Maes", "Maes"]),
    ("Ils se disputent sur la manière de nous faire travailler plus longtemps, jamais sur le principe", "direct", ["Jos Wauters", "Wauters"]),
])

# batch 8
# 43. a Belgian daily on a European Council summit: straight marks, heads of government at
# their press conferences, the Commission president, a diplomatic source, a plan's name in marks
t43 = (
"Bruxelles. Les Vingt-Sept sont parvenus dans la nuit de jeudi à vendredi à un accord sur le financement de la défense européenne, au terme d'un sommet qui aura duré près de quinze heures. Le paquet prévoit 150 milliards d'euros de prêts garantis par le budget de l'Union, un mécanisme baptisé \"Bouclier commun\" par la présidence tournante du Conseil.\n\n"
"\"Nous avons pris nos responsabilités. L'Europe ne pouvait plus se contenter de discours\", a déclaré le président du Conseil européen, António Costa, lors de la conférence de presse finale, peu avant quatre heures du matin. À ses côtés, la présidente de la Commission, Ursula von der Leyen, a salué \"un tournant historique\" et assuré que les premiers fonds pourraient être débloqués dès l'automne.\n\n"
"Le Premier ministre belge, Bart De Wever, a pour sa part défendu devant la presse belge le compromis arraché sur les garanties. \"On a évité le pire pour nos finances publiques. La Belgique ne signera jamais un chèque en blanc\", a-t-il martelé, tout en reconnaissant que les discussions avaient été \"rudes\" avec les pays du Sud.\n\n"
"Emmanuel Macron, lui, s'est voulu offensif. Devant les journalistes français, le président de la République a estimé que l'accord n'était \"qu'une première étape\" et qu'il faudrait, tôt ou tard, recourir à un nouvel emprunt commun. \"Si nous ne le faisons pas maintenant, nous le paierons plus cher demain, a-t-il insisté. Nos adversaires, eux, n'attendent pas.\"\n\n"
"L'idée d'un nouvel emprunt a été fraîchement accueillie à La Haye. Le Premier ministre néerlandais, Dick Schoof, a jugé \"prématuré\" d'en parler. \"Nous avons un accord, appliquons-le d'abord\", a-t-il lancé en quittant le bâtiment Europa.\n\n"
"La cheffe du gouvernement italien, Giorgia Meloni, a obtenu que les dépenses de protection des frontières soient en partie éligibles, une demande de Rome depuis des mois. Elle s'est félicitée d'un texte \"équilibré\", qui tient compte selon elle \"des réalités de chaque pays\".\n\n"
"Les discussions ont achoppé jusqu'au bout sur la Hongrie. Viktor Orbán a menacé toute la soirée de bloquer les conclusions sur l'Ukraine, avant de se contenter d'une déclaration séparée. Selon une source diplomatique, le Premier ministre hongrois aurait obtenu en échange l'assurance que certains fonds de cohésion gelés seraient réexaminés \"rapidement\". Une information démentie par un porte-parole de la Commission, qui a assuré qu'il n'y avait eu \"aucun marchandage\".\n\n"
"\"Chacun est reparti avec quelque chose à montrer chez soi. C'est comme ça que fonctionne l'Europe\", résumait en fin de nuit un diplomate d'un pays nordique, sous couvert d'anonymat.\n\n"
"Le prochain Conseil européen se tiendra les 26 et 27 juin.\n")
VDL = ["Ursula von der Leyen", "von der Leyen", "Commission", "Commission européenne"]
BDW = ["Bart De Wever", "De Wever"]
EMA = ["Emmanuel Macron", "Macron"]
SCH = ["Dick Schoof", "Schoof"]
GME = ["Giorgia Meloni", "Meloni"]
SDI = ["source diplomatique", "une source diplomatique"]
PPC = ["porte-parole de la Commission", "un porte-parole de la Commission", "porte-parole", "Commission", "Commission européenne"]
art("w43_belgium_sommet", "daily-be", "2025-03-21", t43, [
    ("Nous avons pris nos responsabilités. L'Europe ne pouvait plus se contenter de discours", "direct", ["António Costa", "Costa"]),
    ("un tournant historique", "partial", VDL),
    ("les premiers fonds pourraient être débloqués dès l'automne", "indirect", VDL),
    ("On a évité le pire pour nos finances publiques. La Belgique ne signera jamais un chèque en blanc", "direct", BDW),
    ("les discussions avaient été \"rudes\" avec les pays du Sud", "indirect", BDW),
    ("rudes", "partial", BDW),
    # one indirect quote for « que A et qu'B », as in the reference gold
    ("l'accord n'était \"qu'une première étape\" et qu'il faudrait, tôt ou tard, recourir à un nouvel emprunt commun", "indirect", EMA),
    ("qu'une première étape", "partial", EMA),
    ("Si nous ne le faisons pas maintenant, nous le paierons plus cher demain, a-t-il insisté. Nos adversaires, eux, n'attendent pas.", "direct", EMA),
    ("prématuré", "partial", SCH),
    ("Nous avons un accord, appliquons-le d'abord", "direct", SCH),
    ("équilibré", "partial", GME),
    ("des réalités de chaque pays", "partial", GME),
    ("le Premier ministre hongrois aurait obtenu en échange l'assurance que certains fonds de cohésion gelés seraient réexaminés \"rapidement\"", "indirect", SDI),
    ("rapidement", "partial", SDI),
    ("il n'y avait eu \"aucun marchandage\"", "indirect", PPC),
    ("aucun marchandage", "partial", PPC),
    ("Chacun est reparti avec quelque chose à montrer chez soi. C'est comme ça que fonctionne l'Europe", "direct",
     ["diplomate d'un pays nordique", "un diplomate d'un pays nordique", "diplomate"]),
])

# 44. a Swiss daily on a Moscow–Kyiv exchange: guillemets with no space, metonymy (Moscou,
# Kiev/Kyiv, le Kremlin), TASS and RIA Novosti relaying spokesmen, a Western ministry's reply
t44 = (
"Moscou a rejeté lundi la proposition ukrainienne d'un cessez-le-feu de trente jours sur les infrastructures énergétiques, la qualifiant de «manœuvre de communication». «Kiev cherche à gagner du temps pour réarmer ses unités. Nous ne tomberons pas dans ce piège», a déclaré le porte-parole du Kremlin, Dmitri Peskov, cité par l'agence TASS.\n\n"
"Le Kremlin a toutefois laissé la porte entrouverte à des discussions. Selon Dmitri Peskov, Vladimir Poutine reste «ouvert à des contacts» avec les États-Unis sur un règlement global du conflit, mais pas à une trêve «unilatérale qui ne profiterait qu'à l'ennemi».\n\n"
"La porte-parole de la diplomatie russe, Maria Zakharova, est allée plus loin. Pour elle, les frappes ukrainiennes de la nuit sur une raffinerie de la région de Samara sont «la preuve que le régime de Kiev n'a aucune intention de faire la paix». «Chaque fois que l'on parle de paix, Kiev répond par des drones», a-t-elle affirmé lors de son point de presse hebdomadaire, selon l'agence RIA Novosti.\n\n"
"À Kiev, la réponse n'a pas tardé. «La Russie refuse le cessez-le-feu parce qu'elle veut continuer à tuer. Le monde entier le voit», a écrit sur Telegram le président Volodymyr Zelensky. Le ministre ukrainien des Affaires étrangères, Andriï Sybiha, a dénoncé de son côté le «cynisme» du Kremlin et appelé les alliés de l'Ukraine à durcir les sanctions contre le secteur pétrolier russe.\n\n"
"Kyiv affirme que les installations visées alimentent directement l'effort de guerre russe. «Ce sont des cibles militaires légitimes», a assuré à l'AFP un responsable des services de sécurité ukrainiens (SBU), sous couvert d'anonymat.\n\n"
"Les Occidentaux ont accueilli avec scepticisme la fin de non-recevoir russe. Dans un communiqué, le ministère britannique des Affaires étrangères a estimé que Moscou «montrait une fois de plus son vrai visage». Le chef du Foreign Office, David Lammy, a ajouté sur X que «la balle est dans le camp du Kremlin», une formule reprise mot pour mot quelques heures plus tard par son homologue allemand.\n\n"
"Interrogé par l'agence RIA Novosti, le vice-ministre russe des Affaires étrangères Sergueï Riabkov a balayé ces critiques. Moscou n'a «de leçons à recevoir de personne», a-t-il lancé, avant de rappeler que la Russie avait déjà observé une trêve de Pâques l'an dernier.\n\n"
"Les discussions entre délégations américaine et russe doivent reprendre jeudi à Riyad, a annoncé le Kremlin.\n")
PES = ["Dmitri Peskov", "Peskov", "Kremlin"]
ZAK = ["Maria Zakharova", "Zakharova"]
FCO = ["ministère britannique des Affaires étrangères", "Foreign Office", "Londres", "Royaume-Uni", "le ministère britannique des Affaires étrangères"]
RIA = ["Sergueï Riabkov", "Riabkov"]
art("w44_swiss_moscou_kiev", "daily-ch", "2025-04-14", t44, [
    ("manœuvre de communication", "partial", ["Moscou", "Kremlin", "Russie"]),
    ("Kiev cherche à gagner du temps pour réarmer ses unités. Nous ne tomberons pas dans ce piège", "direct", PES),
    ("Vladimir Poutine reste «ouvert à des contacts» avec les États-Unis sur un règlement global du conflit, mais pas à une trêve «unilatérale qui ne profiterait qu'à l'ennemi»", "indirect", PES),
    ("ouvert à des contacts", "partial", PES),
    ("unilatérale qui ne profiterait qu'à l'ennemi", "partial", PES),
    ("les frappes ukrainiennes de la nuit sur une raffinerie de la région de Samara sont «la preuve que le régime de Kiev n'a aucune intention de faire la paix»", "indirect", ZAK),
    ("la preuve que le régime de Kiev n'a aucune intention de faire la paix", "partial", ZAK),
    ("Chaque fois que l'on parle de paix, Kiev répond par des drones", "direct", ZAK),
    ("La Russie refuse le cessez-le-feu parce qu'elle veut continuer à tuer. Le monde entier le voit", "direct", ["Volodymyr Zelensky", "Zelensky"]),
    ("cynisme", "partial", ["Andriï Sybiha", "Sybiha"]),
    ("les installations visées alimentent directement l'effort de guerre russe", "indirect", ["Kyiv", "Kiev", "Ukraine"]),
    ("Ce sont des cibles militaires légitimes", "direct",
     ["responsable des services de sécurité ukrainiens", "un responsable des services de sécurité ukrainiens", "responsable du SBU", "SBU"]),
    ("Moscou «montrait une fois de plus son vrai visage»", "indirect", FCO),
    ("montrait une fois de plus son vrai visage", "partial", FCO),
    ("«la balle est dans le camp du Kremlin»", "indirect", ["David Lammy", "Lammy"]),
    ("la balle est dans le camp du Kremlin", "partial", ["David Lammy", "Lammy"]),
    ("Moscou n'a «de leçons à recevoir de personne»", "indirect", RIA),
    ("de leçons à recevoir de personne", "partial", RIA),
    ("la Russie avait déjà observé une trêve de Pâques l'an dernier", "indirect", RIA),
    ("Les discussions entre délégations américaine et russe doivent reprendre jeudi à Riyad", "indirect", ["Kremlin", "Moscou", "Russie"]),
])

# 45. French politics: a reshuffle read on the Élysée steps by the secretary-general, a
# communiqué, reactions on the radio (« a réagi sur franceinfo »), narrow no-break spaces, a
# borrowed word in marks
o, c = "«" + NN, NN + "»"
t45 = (
f"Le nouveau gouvernement est enfin connu. Peu avant 19 heures, lundi, le secrétaire général de l'Élysée, Jean-Baptiste Carrère, a lu sur le perron du palais la liste des trente-quatre ministres et secrétaires d'État. {o}Sur proposition de la Première ministre, le président de la République a nommé les membres du gouvernement{c}, a-t-il commencé d'une voix neutre, avant d'égrener les noms pendant près de six minutes.\n\n"
f"Dans un communiqué diffusé dans la foulée, l'Élysée indique que cette équipe aura pour {o}priorité absolue{c} le pouvoir d'achat et le redressement des comptes publics. Onze nouveaux visages font leur entrée, dont celui de Thomas Reinach, 41 ans, ancien patron d'une start-up de la {o}fintech{c}, nommé à l'Économie. Laurent Mercadier est reconduit à l'Intérieur, malgré les critiques de la gauche.\n\n"
f"Sur le perron de Matignon, la Première ministre, Anne-Sophie Delorme, a défendu une équipe {o}de combat et de rassemblement{c}. {o}Je n'ai demandé à personne sa carte de parti. J'ai demandé à chacun s'il était prêt à travailler{c}, a-t-elle déclaré, avant de réunir ses ministres pour un premier séminaire.\n\n"
f"Les réactions de l'opposition n'ont pas tardé. {o}C'est le même gouvernement avec d'autres cravates. Rien ne change pour les Français{c}, a réagi sur franceinfo le vice-président du Rassemblement national, Grégoire Manent.\n\n"
f"À gauche, le premier secrétaire du Parti socialiste, Damien Lavergne, a dénoncé sur France Inter un casting {o}sans cap ni boussole{c}. Pour lui, la nomination de Thomas Reinach à Bercy est {o}un signal envoyé aux marchés, pas aux salariés{c}. Il a précisé que son groupe déposerait une motion de censure si le gouvernement recourait au 49.3 sur le budget.\n\n"
f"La cheffe de file des Insoumis, Mathilde Rivoire, a parlé d'un {o}remaniement de façade{c}. {o}Emmanuel Macron recycle ses fidèles et il appelle ça du renouveau{c}, a-t-elle ironisé sur RTL.\n\n"
f"Chez Les Républicains, qui obtiennent quatre ministères, le ton est plus mesuré. Leur président, Étienne Brassac, a jugé l'équipe {o}solide{c} sur franceinfo, tout en prévenant que son soutien ne serait {o}pas un blanc-seing{c}. {o}Nous jugerons sur pièces, texte par texte{c}, a-t-il réagi.\n\n"
"Selon l'entourage du chef de l'État, Emmanuel Macron présidera mercredi le premier Conseil des ministres de la nouvelle équipe. La Première ministre prononcera sa déclaration de politique générale le 14 octobre devant l'Assemblée nationale, a fait savoir Matignon.\n")
ELY = ["Élysée", "Elysée", "présidence", "présidence de la République", "l'Élysée"]
ASD = ["Anne-Sophie Delorme", "Delorme"]
DLA = ["Damien Lavergne", "Lavergne"]
MRI = ["Mathilde Rivoire", "Rivoire"]
EBR = ["Étienne Brassac", "Brassac"]
art("w45_politique_remaniement", "national", "2025-10-06", t45, [
    ("Sur proposition de la Première ministre, le président de la République a nommé les membres du gouvernement", "direct",
     ["Jean-Baptiste Carrère", "Carrère", "secrétaire général de l'Élysée", "Élysée"]),
    (f"cette équipe aura pour {o}priorité absolue{c} le pouvoir d'achat et le redressement des comptes publics", "indirect", ELY),
    ("priorité absolue", "partial", ELY),
    ("de combat et de rassemblement", "partial", ASD),
    ("Je n'ai demandé à personne sa carte de parti. J'ai demandé à chacun s'il était prêt à travailler", "direct", ASD),
    ("C'est le même gouvernement avec d'autres cravates. Rien ne change pour les Français", "direct", ["Grégoire Manent", "Manent"]),
    ("sans cap ni boussole", "partial", DLA),
    (f"la nomination de Thomas Reinach à Bercy est {o}un signal envoyé aux marchés, pas aux salariés{c}", "indirect", DLA),
    ("un signal envoyé aux marchés, pas aux salariés", "partial", DLA),
    ("son groupe déposerait une motion de censure si le gouvernement recourait au 49.3 sur le budget", "indirect", DLA),
    ("remaniement de façade", "partial", MRI),
    ("Emmanuel Macron recycle ses fidèles et il appelle ça du renouveau", "direct", MRI),
    ("solide", "partial", EBR),
    (f"son soutien ne serait {o}pas un blanc-seing{c}", "indirect", EBR),
    ("pas un blanc-seing", "partial", EBR),
    ("Nous jugerons sur pièces, texte par texte", "direct", EBR),
    ("Emmanuel Macron présidera mercredi le premier Conseil des ministres de la nouvelle équipe", "indirect",
     ["entourage du chef de l'État", "entourage", "l'entourage du chef de l'État", "entourage d'Emmanuel Macron"]),
    ("La Première ministre prononcera sa déclaration de politique générale le 14 octobre devant l'Assemblée nationale", "indirect",
     ["Matignon", "Anne-Sophie Delorme", "Première ministre"]),
])

# 46. wire copy on a Middle East ceasefire: curly marks, an army spokesman, a movement's
# political bureau, the UN envoy, Qatar and Egypt as mediators, an Egyptian source, a chain of
# reported speech over several sentences (« Il a ajouté que… Il a également estimé que… »)
t46 = (
"Le Caire, 15 janvier (AFP) – Un cessez-le-feu est entré en vigueur mercredi à midi dans la bande de Gaza, après plus de deux semaines de négociations indirectes menées au Caire et à Doha. L'accord prévoit une première phase de six semaines, au cours de laquelle des otages seront libérés en échange de prisonniers palestiniens, selon une source égyptienne proche des discussions.\n\n"
"\u201cLes armes se sont tues, mais rien n'est encore acquis\u201d, a prévenu l'envoyé spécial de l'ONU pour le processus de paix au Proche-Orient, Anders Lyngstad, lors d'un point de presse à Jérusalem. Le diplomate norvégien a appelé les deux parties à respecter \u201cscrupuleusement\u201d leurs engagements. Il a ajouté que l'ONU était prête à acheminer 600 camions d'aide par jour dès l'ouverture des points de passage. Il a également estimé que la reconstruction de l'enclave prendrait \u201cau moins une décennie\u201d et coûterait plusieurs dizaines de milliards de dollars. Selon lui, la priorité reste toutefois l'accès aux soins pour les blessés.\n\n"
"Côté israélien, l'armée a confirmé l'arrêt des opérations offensives. \u201cNos troupes restent déployées dans les zones tampons et répondront à toute menace\u201d, a déclaré son porte-parole, le lieutenant-colonel Avi Ben-Haïm, dans une vidéo publiée sur X. Un responsable militaire a précisé sous couvert d'anonymat que les soldats resteraient positionnés le long de la frontière égyptienne jusqu'à nouvel ordre.\n\n"
"Le bureau politique du Hamas a affirmé dans un communiqué que le mouvement respecterait la trêve \u201ctant que l'occupation la respectera\u201d. L'un de ses membres, Sami Abou Zeid, joint par téléphone à Doha, a assuré que la liste des otages libérables avait été remise aux médiateurs. \u201cNous avons tenu parole. C'est maintenant à l'autre partie de prouver sa bonne foi\u201d, a-t-il dit.\n\n"
"Le Qatar, qui a joué un rôle central dans les pourparlers aux côtés de l'Égypte et des États-Unis, a salué \u201cune étape décisive\u201d. \u201cCe n'est que le début d'un long chemin\u201d, a toutefois tempéré le porte-parole du ministère qatari des Affaires étrangères, Jassim al-Kuwari, lors de son point de presse hebdomadaire. Il a précisé qu'un comité conjoint se réunirait au Caire chaque semaine pour superviser l'application de l'accord.\n\n"
"L'Égypte a annoncé de son côté l'ouverture du terminal de Rafah dès jeudi matin. Le ministre égyptien des Affaires étrangères a exhorté la communauté internationale à \u201cne pas détourner le regard\u201d une fois les combats terminés. Selon une source égyptienne, des délégations des deux camps sont attendues au Caire dès la semaine prochaine pour négocier la deuxième phase.\n")
SEG = ["source égyptienne", "une source égyptienne", "source égyptienne proche des discussions"]
LYN = ["Anders Lyngstad", "Lyngstad"]
HAM = ["bureau politique du Hamas", "Hamas", "le bureau politique du Hamas"]
SAZ = ["Sami Abou Zeid", "Abou Zeid"]
KUW = ["Jassim al-Kuwari", "al-Kuwari", "Kuwari", "Qatar"]
art("w46_wire_treve", "wire", "2025-01-15", t46, [
    ("L'accord prévoit une première phase de six semaines, au cours de laquelle des otages seront libérés en échange de prisonniers palestiniens", "indirect", SEG),
    ("Les armes se sont tues, mais rien n'est encore acquis", "direct", LYN),
    ("scrupuleusement", "partial", LYN),
    ("l'ONU était prête à acheminer 600 camions d'aide par jour dès l'ouverture des points de passage", "indirect", LYN),
    ("la reconstruction de l'enclave prendrait \u201cau moins une décennie\u201d et coûterait plusieurs dizaines de milliards de dollars", "indirect", LYN),
    ("au moins une décennie", "partial", LYN),
    ("la priorité reste toutefois l'accès aux soins pour les blessés", "indirect", LYN),
    ("Nos troupes restent déployées dans les zones tampons et répondront à toute menace", "direct", ["Avi Ben-Haïm", "Ben-Haïm"]),
    ("les soldats resteraient positionnés le long de la frontière égyptienne jusqu'à nouvel ordre", "indirect", ["responsable militaire", "un responsable militaire"]),
    ("le mouvement respecterait la trêve \u201ctant que l'occupation la respectera\u201d", "indirect", HAM),
    ("tant que l'occupation la respectera", "partial", HAM),
    ("la liste des otages libérables avait été remise aux médiateurs", "indirect", SAZ),
    ("Nous avons tenu parole. C'est maintenant à l'autre partie de prouver sa bonne foi", "direct", SAZ),
    ("une étape décisive", "partial", ["Qatar", "Doha"]),
    ("Ce n'est que le début d'un long chemin", "direct", KUW),
    ("un comité conjoint se réunirait au Caire chaque semaine pour superviser l'application de l'accord", "indirect", KUW),
    ("ne pas détourner le regard", "partial", ["ministre égyptien des Affaires étrangères", "le ministre égyptien des Affaires étrangères", "Égypte"]),
    ("des délégations des deux camps sont attendues au Caire dès la semaine prochaine pour négocier la deuxième phase", "indirect", SEG),
])

# 47. a regional daily on a factory closure: narrow no-break spaces, the group's communiqué,
# union representatives, workers named by first name, age and seniority, the mayor, the prefect
o, c = "«" + NN, NN + "»"
t47 = (
f"La nouvelle est tombée mardi matin, lors d'un comité social et économique extraordinaire : le groupe papetier Norvalis va fermer d'ici la fin de l'année son usine de Sainte-Marguerite, qui emploie 187 salariés. Dans un communiqué, la direction du groupe invoque {o}une baisse durable de la demande de papier graphique{c} et {o}des coûts énergétiques devenus insoutenables{c}. Elle assure que {o}chaque salarié se verra proposer une solution de reclassement{c}.\n\n"
f"Devant les grilles de l'usine, la colère le disputait à l'incompréhension. {o}On a fait des efforts pendant dix ans, on a accepté le gel des salaires, et voilà comment on nous remercie{c}, s'emporte Fabrice Colin, délégué CGT et élu au CSE. Pour le syndicaliste, la fermeture était {o}programmée depuis longtemps{c} : le groupe aurait, selon lui, transféré une partie de la production vers sa filiale portugaise dès 2022.\n\n"
f"Représentante de la CFDT, Sandrine Thiébaut réclame une reprise du site par un autre industriel. {o}Les machines sont récentes, le savoir-faire est là. Il y a des repreneurs potentiels, on le sait{c}, affirme-t-elle, en évoquant des contacts avec un groupe allemand.\n\n"
f"Patrick, 54 ans, dont 31 passés sur la machine à papier numéro 2, ne cache pas son amertume. {o}Mon père travaillait déjà ici. Je ne sais rien faire d'autre, et à mon âge, qui va m'embaucher ?{c} Sa collègue Nadège, 46 ans, dont vingt-deux à l'usine, redoute surtout l'effet sur la vallée : {o}Quand l'usine ferme, c'est l'école, la boulangerie, le club de foot qui trinquent.{c}\n\n"
f"Le maire de Sainte-Marguerite, Jean-Luc Pierrat, a dit sa {o}consternation{c}. {o}C'est un coup terrible pour notre commune. L'usine, c'est un quart de nos recettes fiscales{c}, a-t-il souligné, indiquant avoir demandé un rendez-vous au ministre de l'Industrie.\n\n"
f"Le préfet des Vosges, Christian Duret, a réuni mercredi après-midi les élus et les organisations syndicales. À l'issue de la rencontre, il a assuré que l'État serait {o}extrêmement attentif{c} au contenu du plan de sauvegarde de l'emploi. {o}Les obligations de revitalisation du territoire seront appliquées dans toute leur rigueur{c}, a prévenu le représentant de l'État.\n\n"
"Une assemblée générale du personnel est prévue vendredi. Selon Fabrice Colin, un débrayage pourrait être organisé dès la semaine prochaine.\n")
NOR = ["direction du groupe", "la direction du groupe", "direction", "Norvalis", "groupe"]
FCL = ["Fabrice Colin", "Colin"]
JLP = ["Jean-Luc Pierrat", "Pierrat"]
CDU = ["Christian Duret", "Duret", "préfet des Vosges", "préfet"]
art("w47_regional_usine", "regional", "2025-05-14", t47, [
    ("une baisse durable de la demande de papier graphique", "partial", NOR),
    ("des coûts énergétiques devenus insoutenables", "partial", NOR),
    (f"{o}chaque salarié se verra proposer une solution de reclassement{c}", "indirect", NOR),
    ("chaque salarié se verra proposer une solution de reclassement", "partial", NOR),
    ("On a fait des efforts pendant dix ans, on a accepté le gel des salaires, et voilà comment on nous remercie", "direct", FCL),
    (f"la fermeture était {o}programmée depuis longtemps{c}", "indirect", FCL),
    ("programmée depuis longtemps", "partial", FCL),
    ("le groupe aurait, selon lui, transféré une partie de la production vers sa filiale portugaise dès 2022", "indirect", FCL),
    ("Les machines sont récentes, le savoir-faire est là. Il y a des repreneurs potentiels, on le sait", "direct", ["Sandrine Thiébaut", "Thiébaut"]),
    ("Mon père travaillait déjà ici. Je ne sais rien faire d'autre, et à mon âge, qui va m'embaucher ?", "direct", ["Patrick"]),
    ("Quand l'usine ferme, c'est l'école, la boulangerie, le club de foot qui trinquent.", "direct", ["Nadège"]),
    ("consternation", "partial", JLP),
    ("C'est un coup terrible pour notre commune. L'usine, c'est un quart de nos recettes fiscales", "direct", JLP),
    (f"l'État serait {o}extrêmement attentif{c} au contenu du plan de sauvegarde de l'emploi", "indirect", CDU),
    ("extrêmement attentif", "partial", CDU),
    ("Les obligations de revitalisation du territoire seront appliquées dans toute leur rigueur", "direct", CDU),
    ("un débrayage pourrait être organisé dès la semaine prochaine", "indirect", FCL),
])

# 48. a Québec daily on Ottawa–Washington trade tension: « a-t-il lancé en point de presse »,
# « a soutenu la ministre », a tweet of the US president in English and its French translation
# in the text (both annotated, as the English quotation and its gloss of w14 and w24)
o, c = "«" + NB, NB + "»"
t48 = (
f"OTTAWA | Le premier ministre Mark Carney a promis mardi de riposter {o}dollar pour dollar{c} aux nouveaux droits de douane de 35 % annoncés la veille par Washington sur l'aluminium et le bois d'œuvre canadiens. {o}Le Canada ne se laissera pas intimider. Nous allons défendre nos travailleurs, point à la ligne{c}, a-t-il lancé en point de presse sur la colline du Parlement.\n\n"
f"Le président américain, Donald Trump, avait justifié cette hausse lundi soir sur son réseau Truth Social. {o}Canada has been ripping us off for decades. Those days are OVER!{c}, a-t-il écrit en anglais, ce qui se traduit par : {o}Le Canada nous arnaque depuis des décennies. Cette époque est TERMINÉE!{c}\n\n"
f"Appelée à commenter, la ministre du Commerce international, Isabelle Thériault, a qualifié ces droits de douane d'{o}injustifiés et illégaux{c} au regard de l'accord de libre-échange nord-américain. {o}Ces tarifs vont faire mal des deux côtés de la frontière. Les consommateurs américains paieront plus cher leurs maisons et leurs canettes{c}, a soutenu la ministre, qui doit s'entretenir jeudi avec le représentant américain au Commerce.\n\n"
"Ottawa prépare une liste de contre-mesures visant quelque 30 milliards de dollars de produits américains, a confirmé une source gouvernementale à notre Bureau parlementaire. Le bourbon du Kentucky, les électroménagers et l'acier en feraient partie, selon cette même source.\n\n"
f"À Québec, le premier ministre François Legault a pressé Ottawa d'agir vite. {o}L'aluminium, c'est le Québec. Chaque jour perdu, ce sont des emplois menacés au Saguenay{c}, a-t-il déclaré en mêlée de presse à l'Assemblée nationale. Il a dit souhaiter que le fédéral annonce {o}dans les prochains jours{c} un programme d'aide d'urgence pour les alumineries.\n\n"
f"Dans l'opposition à Ottawa, le chef conservateur Pierre Poilievre a reproché au gouvernement libéral d'avoir {o}perdu un temps précieux{c}. {o}On a des mois de retard dans le dossier de l'acier{c}, a-t-il soutenu.\n\n"
f"Le président de l'Association de l'aluminium du Canada, Jean-François Ouellet, estime que 9000 emplois directs sont menacés au Québec. {o}Ce n'est pas une guerre commerciale qu'on a choisie, mais on ne peut pas se permettre de la perdre{c}, a-t-il lancé.\n\n"
"La Maison-Blanche n'avait pas répondu aux demandes d'entrevue du Journal mardi soir.\n")
CAR = ["Mark Carney", "Carney"]
DTR = ["Donald Trump", "Trump"]
ITH = ["Isabelle Thériault", "Thériault"]
SGO = ["source gouvernementale", "une source gouvernementale"]
FLE = ["François Legault", "Legault"]
PPO = ["Pierre Poilievre", "Poilievre"]
JFO = ["Jean-François Ouellet", "Ouellet"]
art("w48_quebec_tarifs", "daily-qc", "2025-07-08", t48, [
    ("dollar pour dollar", "partial", CAR),
    ("Le Canada ne se laissera pas intimider. Nous allons défendre nos travailleurs, point à la ligne", "direct", CAR),
    ("Canada has been ripping us off for decades. Those days are OVER!", "direct", DTR),
    ("Le Canada nous arnaque depuis des décennies. Cette époque est TERMINÉE!", "direct", DTR),
    ("injustifiés et illégaux", "partial", ITH),
    ("Ces tarifs vont faire mal des deux côtés de la frontière. Les consommateurs américains paieront plus cher leurs maisons et leurs canettes", "direct", ITH),
    ("Ottawa prépare une liste de contre-mesures visant quelque 30 milliards de dollars de produits américains", "indirect", SGO),
    ("Le bourbon du Kentucky, les électroménagers et l'acier en feraient partie", "indirect", SGO),
    ("L'aluminium, c'est le Québec. Chaque jour perdu, ce sont des emplois menacés au Saguenay", "direct", FLE),
    (f"le fédéral annonce {o}dans les prochains jours{c} un programme d'aide d'urgence pour les alumineries", "indirect", FLE),
    ("dans les prochains jours", "partial", FLE),
    ("perdu un temps précieux", "partial", PPO),
    ("On a des mois de retard dans le dossier de l'acier", "direct", PPO),
    ("9000 emplois directs sont menacés au Québec", "indirect", JFO),
    ("Ce n'est pas une guerre commerciale qu'on a choisie, mais on ne peut pas se permettre de la perdre", "direct", JFO),
])


# batch 9
# 49. an op-ed (tribune) by a named author: scare quotes, slogans and labels in marks that are
# nobody's words, a book title, a minister quoted twice, an opposition senator, « selon Matignon »
o, c = "«" + NB, NB + "»"
t49 = (
f"Tribune. Le {o}choc de simplification{c} n'aura pas lieu\n"
"Par Hélène Marchetti, maîtresse de conférences en droit public à l'université de Rennes\n\n"
f"Depuis trente ans, chaque gouvernement promet sa {o}grande loi de simplification{c}. On nous a vendu le {o}dites-le-nous une fois{c}, puis le {o}zéro papier{c}, et enfin le {o}guichet unique{c}. Le résultat, chacun le connaît : des formulaires plus longs, des plateformes qui plantent aux heures de pointe, et des usagers qui renoncent à des droits faute de savoir à quelle porte frapper. Ce que les juristes appellent pudiquement l'{o}inflation normative{c} n'a jamais été aussi vigoureuse.\n\n"
f"Le ministre de la Fonction publique, Laurent Vasseur, l'a encore répété devant le Sénat le 4 mars : {o}Nous allons supprimer une démarche sur trois d'ici à la fin du quinquennat.{c} Qui peut encore y croire ? Le même ministre reconnaissait pourtant, quelques semaines plus tôt, que l'administration était {o}un paquebot qu'on ne fait pas virer en un jour{c}. Selon Matignon, le projet de loi présenté en avril comportera {o}plus de deux cents mesures concrètes{c}. On les attend.\n\n"
f"Dans l'opposition, la sénatrice écologiste Claire Dumoulin a beau jeu de dénoncer {o}une opération de communication de plus{c}. {o}On simplifie les annonces, pas les démarches{c}, a-t-elle lancé lors du débat. Elle n'a pas tort. Mais son propre camp avait, en son temps, inventé le {o}bouclier administratif{c}, une usine à gaz dont plus personne ne se souvient.\n\n"
f"Le problème n'est pas le manque de volonté, mais la méthode. On confie la {o}simplification{c} à ceux-là mêmes qui produisent la complexité, puis on s'étonne que les circulaires se multiplient. Il faudrait commencer par écouter les agents. Ceux que j'ai rencontrés pour mes recherches décrivent une lassitude profonde. L'une d'elles, secrétaire de mairie dans le Morbihan, résume : {o}On reçoit une nouvelle circulaire avant d'avoir appliqué la précédente.{c}\n\n"
f"La simplification véritable suppose de renoncer à un réflexe bien français : celui de légiférer au lendemain de chaque fait divers. Tant que le {o}toujours plus de normes{c} tiendra lieu de politique, le {o}choc{c} promis restera un mot, et les usagers continueront de remplir trois fois le même formulaire.\n\n"
f"Hélène Marchetti est l'autrice de {o}L'État en kit{c} (Presses universitaires de Rennes, 2024).\n")
LVA = ["Laurent Vasseur", "Vasseur"]
CDM = ["Claire Dumoulin", "Dumoulin"]
art("w49_tribune_simplification", "opinion", "2026-03-10", t49, [
    ("Nous allons supprimer une démarche sur trois d'ici à la fin du quinquennat.", "direct", LVA),
    (f"l'administration était {o}un paquebot qu'on ne fait pas virer en un jour{c}", "indirect", LVA),
    ("un paquebot qu'on ne fait pas virer en un jour", "partial", LVA),
    (f"le projet de loi présenté en avril comportera {o}plus de deux cents mesures concrètes{c}", "indirect", ["Matignon"]),
    ("plus de deux cents mesures concrètes", "partial", ["Matignon"]),
    ("une opération de communication de plus", "partial", CDM),
    ("On simplifie les annonces, pas les démarches", "direct", CDM),
    ("On reçoit une nouvelle circulaire avant d'avoir appliqué la précédente.", "direct",
     ["secrétaire de mairie", "une secrétaire de mairie", "L'une d'elles", "secrétaire de mairie dans le Morbihan"]),
])

# 50. a cultural review: a novel's and a film's titles in marks, a line of the film's dialogue,
# the director interviewed (an incise inside the marks), the actress, « selon son éditeur »;
# narrow no-break spaces
o, c = "«" + NN, NN + "»"
t50 = (
f"Cinéma : {o}Les Heures claires{c}, l'adaptation libre et fidèle d'un roman culte\n\n"
f"Adapter {o}La Maison des vents{c}, le roman de Mathilde Sorel vendu à plus d'un million d'exemplaires, relevait de la gageure. Le réalisateur Antoine Lebrun s'y est attelé avec {o}Les Heures claires{c}, en salles mercredi, et le pari est en grande partie gagné.\n\n"
f"Le film suit Jeanne (Léa Vautrin, lumineuse), une violoniste qui revient dans la maison familiale de la baie de Somme après la mort de son père. La scène d'ouverture donne le ton : face à son frère qui veut vendre, elle lâche {o}Cette maison, c'est tout ce qui nous reste de lui{c}, une réplique que le public du festival d'Angoulême a applaudie à tout rompre.\n\n"
f"Rencontré à Paris quelques jours avant la sortie, Antoine Lebrun ne cache pas ses doutes initiaux. {o}J'ai refusé deux fois. Le livre me paraissait inadaptable, trop intérieur{c}, confie le cinéaste de 44 ans. C'est Mathilde Sorel elle-même qui l'a convaincu, en lui écrivant qu'elle préférait {o}une trahison sincère à une copie appliquée{c}.\n\n"
f"Trahison, il y en a : le narrateur du roman disparaît, et l'histoire se resserre sur un seul été. {o}Je voulais que le spectateur respire avec Jeanne, qu'il ait le temps de s'ennuyer avec elle, a-t-il expliqué. Le roman peut se permettre des digressions, un film de deux heures non.{c}\n\n"
f"Le tournage, en plein hiver, a laissé des traces. Léa Vautrin, qui joue Jeanne, se souvient de journées {o}à moins dix degrés, le violon gelé entre les mains{c}. L'actrice assure qu'elle n'avait {o}jamais autant travaillé pour un rôle{c}, elle qui a appris le violon pendant huit mois.\n\n"
f"On regrettera seulement une dernière demi-heure trop appuyée, où la musique de Karim Dali souligne ce que l'image disait déjà. Et ce titre, {o}Les Heures claires{c}, qui ne dit pas grand-chose du film. Interrogé sur ce choix, le réalisateur sourit : {o}Le titre du livre était déjà pris par un documentaire. C'est aussi bête que ça.{c}\n\n"
f"La romancière, elle, a vu le film deux fois. Selon son éditeur, elle y a retrouvé {o}l'essentiel{c} du livre.\n\n"
f"{o}Les Heures claires{c}, d'Antoine Lebrun, avec Léa Vautrin et Thomas Grelier (1 h 58).\n")
ALB = ["Antoine Lebrun", "Lebrun"]
LVT = ["Léa Vautrin", "Vautrin"]
MSO = ["Mathilde Sorel", "Sorel"]
EDI = ["éditeur", "son éditeur", "éditeur de Mathilde Sorel"]
art("w50_culture_adaptation", "culture", "2026-02-03", t50, [
    ("Cette maison, c'est tout ce qui nous reste de lui", "direct", ["Jeanne", "Léa Vautrin", "Vautrin"]),
    ("J'ai refusé deux fois. Le livre me paraissait inadaptable, trop intérieur", "direct", ALB),
    (f"elle préférait {o}une trahison sincère à une copie appliquée{c}", "indirect", MSO),
    ("une trahison sincère à une copie appliquée", "partial", MSO),
    ("Je voulais que le spectateur respire avec Jeanne, qu'il ait le temps de s'ennuyer avec elle, a-t-il expliqué. Le roman peut se permettre des digressions, un film de deux heures non.", "direct", ALB),
    ("à moins dix degrés, le violon gelé entre les mains", "partial", LVT),
    (f"elle n'avait {o}jamais autant travaillé pour un rôle{c}", "indirect", LVT),
    ("jamais autant travaillé pour un rôle", "partial", LVT),
    ("Le titre du livre était déjà pris par un documentaire. C'est aussi bête que ça.", "direct", ALB),
    (f"elle y a retrouvé {o}l'essentiel{c} du livre", "indirect", EDI),
    ("l'essentiel", "partial", EDI),
])

# 51. a football press conference: the coach and two players, journalists' questions in the
# text, « a glissé », « a souri », nicknames in marks, a headline repeating an answer;
# guillemets with no space
o, c = "«", "»"
t51 = (
f"Ligue 1 : {o}On n'a rien gagné{c}, tempère Ribeiro avant le choc à Lyon\n\n"
f"À la veille du déplacement à Lyon, l'entraîneur nantais Paulo Ribeiro s'est présenté jeudi en conférence de presse avec le sourire des bons jours. Quatre victoires de rang, une quatrième place au classement : tout va bien, vraiment ? {o}On n'a rien gagné. On a fait quatre bons matchs, c'est tout{c}, a-t-il répondu d'emblée.\n\n"
f"Interrogé sur l'état de santé de son capitaine, Yanis Benali, surnommé {o}le Métronome{c} par les supporters, le technicien portugais s'est voulu rassurant. {o}Il a repris l'entraînement collectif hier. S'il n'a pas de douleur demain matin, il sera dans le groupe.{c} Et s'il fallait choisir entre Benali et le jeune Diallo ? {o}Vous voulez me faire dire des bêtises{c}, a souri Ribeiro.\n\n"
f"{o}Est-ce que vous craignez l'ambiance du Groupama Stadium ?{c}, lui a demandé un journaliste lyonnais. {o}Craindre ? Non. Respecter, oui. Lyon reste Lyon{c}, a glissé l'ancien milieu de terrain de Porto.\n\n"
f"Assis à ses côtés, le gardien Mathis Kerlo, dit {o}le Mur{c} depuis ses arrêts en Coupe de France, est revenu sur le penalty détourné face à Lille. {o}J'avais regardé ses trois derniers tirs. Il frappe toujours à gauche quand il est fatigué{c}, a-t-il expliqué, avant de glisser, rieur : {o}Bon, maintenant, il le sait.{c}\n\n"
f"Troisième à prendre la parole, l'attaquant Ismaël Touré, alias {o}Tito{c}, auteur de sept buts depuis la rentrée, a assuré qu'il se sentait {o}mieux que jamais{c} physiquement. Sur son avenir, évoqué avec insistance par la presse anglaise, il a botté en touche : {o}Je suis à Nantes, je suis heureux à Nantes. Le reste, ce sont des histoires de journalistes.{c}\n\n"
f"Ribeiro a par ailleurs confirmé que le club attendait {o}au moins une recrue{c} lors du mercato d'hiver, sans en dire davantage sur le profil recherché.\n\n"
f"{o}Et le Ballon d'or, c'est pour quand ?{c}, a lancé un confrère en fin de séance, provoquant un éclat de rire général. {o}Demandez à Tito, il vous répondra l'année prochaine{c}, a rétorqué l'entraîneur avant de quitter la salle.\n\n"
"Coup d'envoi samedi à 21 heures.\n")
PRB = ["Paulo Ribeiro", "Ribeiro"]
MKE = ["Mathis Kerlo", "Kerlo"]
ITO = ["Ismaël Touré", "Touré", "Tito"]
art("w51_foot_conference", "sport", "2026-01-15", t51, [
    ("On n'a rien gagné. On a fait quatre bons matchs, c'est tout", "direct", PRB),
    ("Il a repris l'entraînement collectif hier. S'il n'a pas de douleur demain matin, il sera dans le groupe.", "direct", PRB),
    ("Vous voulez me faire dire des bêtises", "direct", PRB),
    ("Est-ce que vous craignez l'ambiance du Groupama Stadium ?", "direct", ["journaliste", "un journaliste lyonnais", "journaliste lyonnais"]),
    ("Craindre ? Non. Respecter, oui. Lyon reste Lyon", "direct", PRB),
    ("J'avais regardé ses trois derniers tirs. Il frappe toujours à gauche quand il est fatigué", "direct", MKE),
    ("Bon, maintenant, il le sait.", "direct", MKE),
    (f"il se sentait {o}mieux que jamais{c} physiquement", "indirect", ITO),
    ("mieux que jamais", "partial", ITO),
    ("Je suis à Nantes, je suis heureux à Nantes. Le reste, ce sont des histoires de journalistes.", "direct", ITO),
    (f"le club attendait {o}au moins une recrue{c} lors du mercato d'hiver", "indirect", PRB),
    ("au moins une recrue", "partial", PRB),
    ("Et le Ballon d'or, c'est pour quand ?", "direct", ["confrère", "un confrère", "journaliste"]),
    ("Demandez à Tito, il vous répondra l'année prochaine", "direct", PRB),
])

# 52. an economics piece: a figure in marks in the headline, « selon l'Insee », the institute's
# note quoted, the central bank governor on the radio, a bank's economist after « Pour X, »,
# the minister on X; curly marks
o, c = "“", "”"
t52 = (
f"Croissance : un {o}0,3 %{c} qui rassure, mais pour combien de temps ?\n\n"
"Le produit intérieur brut (PIB) de la France a progressé de 0,3 % au troisième trimestre, selon la première estimation publiée mardi par l'Insee. C'est un peu mieux que ce qu'anticipaient la plupart des prévisionnistes, qui tablaient sur 0,2 %.\n\n"
f"{o}La demande intérieure est le principal moteur de la croissance ce trimestre, portée par la consommation des ménages{c}, écrit l'institut dans sa note de conjoncture. Dans le détail, la consommation des ménages a augmenté de 0,5 %, tandis que l'investissement des entreprises a reculé de 0,2 %, précise l'Insee. Le commerce extérieur a pesé pour {o}-0,1 point{c} sur l'évolution du PIB, selon l'institut.\n\n"
f"Invité de France Inter mercredi matin, le gouverneur de la Banque de France, Étienne Roussel, a salué {o}une bonne surprise{c}, tout en appelant à la prudence. {o}Il ne faut pas extrapoler à partir d'un seul trimestre. Les incertitudes sur le commerce mondial restent fortes{c}, a-t-il averti. Selon lui, la croissance devrait atteindre {o}autour de 1 %{c} sur l'ensemble de l'année, et l'inflation repasser sous les 2 % dès le printemps.\n\n"
f"Pour Sophie Marchal, économiste chez BNP Paribas, ce chiffre {o}ne doit pas faire illusion{c}. {o}Une partie de la hausse vient des stocks, qui se retournent généralement le trimestre suivant{c}, explique-t-elle. La spécialiste rappelle que les enquêtes de conjoncture auprès des chefs d'entreprise restent mal orientées dans l'industrie.\n\n"
"Du côté de l'emploi, le taux de chômage est resté stable à 7,4 % de la population active au cours du trimestre, selon l'Insee.\n\n"
f"Le ministre de l'Économie, Julien Ferrand, s'est félicité sur X d'une économie française {o}qui tient bon, malgré les vents contraires{c}. Il a assuré que l'objectif d'un déficit public ramené à 5,4 % du PIB en fin d'année serait {o}tenu{c}, une affirmation que le Haut Conseil des finances publiques jugeait encore {o}fragile{c} en septembre.\n\n"
"La seconde estimation de l'Insee, qui intégrera les données révisées du commerce extérieur, sera publiée le 28 novembre.\n")
INS = ["Insee", "l'Insee", "institut", "l'institut"]
ERO = ["Étienne Roussel", "Roussel"]
SMA = ["Sophie Marchal", "Marchal"]
JFE = ["Julien Ferrand", "Ferrand"]
art("w52_eco_croissance", "economy", "2026-10-28", t52, [
    ("Le produit intérieur brut (PIB) de la France a progressé de 0,3 % au troisième trimestre", "indirect", INS),
    ("La demande intérieure est le principal moteur de la croissance ce trimestre, portée par la consommation des ménages", "direct", INS),
    ("la consommation des ménages a augmenté de 0,5 %, tandis que l'investissement des entreprises a reculé de 0,2 %", "indirect", INS),
    (f"Le commerce extérieur a pesé pour {o}-0,1 point{c} sur l'évolution du PIB", "indirect", INS),
    ("-0,1 point", "partial", INS),
    ("une bonne surprise", "partial", ERO),
    ("Il ne faut pas extrapoler à partir d'un seul trimestre. Les incertitudes sur le commerce mondial restent fortes", "direct", ERO),
    (f"la croissance devrait atteindre {o}autour de 1 %{c} sur l'ensemble de l'année, et l'inflation repasser sous les 2 % dès le printemps", "indirect", ERO),
    ("autour de 1 %", "partial", ERO),
    (f"ce chiffre {o}ne doit pas faire illusion{c}", "indirect", SMA),
    ("ne doit pas faire illusion", "partial", SMA),
    ("Une partie de la hausse vient des stocks, qui se retournent généralement le trimestre suivant", "direct", SMA),
    ("les enquêtes de conjoncture auprès des chefs d'entreprise restent mal orientées dans l'industrie", "indirect", SMA),
    ("le taux de chômage est resté stable à 7,4 % de la population active au cours du trimestre", "indirect", INS),
    ("qui tient bon, malgré les vents contraires", "partial", JFE),
    (f"l'objectif d'un déficit public ramené à 5,4 % du PIB en fin d'année serait {o}tenu{c}", "indirect", JFE),
    ("tenu", "partial", JFE),
    ("fragile", "partial", ["Haut Conseil des finances publiques"]),
])

# 53. a Radio-Canada-style piece: quotes translated from English (« a-t-il dit en anglais »),
# a First Nations chief, a federal minister, an RCMP spokesman, an elder through an interpreter
# (« selon la traduction fournie par »), a company's written statement
o, c = "«" + NB, NB + "»"
t53 = (
"Pipeline Northern Link : la Première Nation de Wapistan refuse tout passage sur son territoire\n\n"
"Le chef de la Première Nation crie de Wapistan, Daniel Moosomin, a réitéré mardi son opposition au tracé du pipeline Northern Link, qui doit traverser une partie du territoire ancestral de sa communauté, dans le nord de la Saskatchewan.\n\n"
f"{o}Nous n'avons jamais cédé ces terres. Personne ne nous a consultés de bonne foi{c}, a-t-il dit en anglais lors d'un point de presse tenu devant le bureau du conseil de bande. Le chef Moosomin affirme que sa communauté n'a reçu les plans définitifs du projet qu'au mois de janvier, soit {o}bien après{c} l'approbation fédérale.\n\n"
f"Une aînée de la communauté, Marie Bird, qui s'exprimait en cri, a résumé le sentiment général, selon la traduction fournie par le conseil : {o}La rivière nous a nourris pendant des siècles. On ne la vendra pas pour un tuyau.{c}\n\n"
f"À Ottawa, la ministre des Relations Couronne-Autochtones, Karen Whitfield, a assuré que le gouvernement fédéral avait {o}respecté toutes ses obligations{c} en matière de consultation. {o}Le dialogue reste ouvert. Ma porte est ouverte au chef Moosomin{c}, a déclaré la ministre en anglais, ajoutant qu'une rencontre pourrait avoir lieu {o}dans les prochaines semaines{c}.\n\n"
f"Dimanche, une vingtaine de manifestants avaient bloqué la route d'accès au chantier pendant plusieurs heures. La Gendarmerie royale du Canada (GRC) a procédé à trois arrestations. {o}Les personnes arrêtées ont été libérées sous conditions. Elles doivent comparaître en mars{c}, a précisé le caporal Marc-André Tessier, porte-parole de la GRC en Saskatchewan. Selon lui, la situation était {o}calme{c} lundi.\n\n"
f"Northern Link Energy affirme pour sa part, dans une déclaration écrite, que le projet créera 1200 emplois pendant la construction, dont {o}plusieurs centaines{c} réservés à des travailleurs autochtones. L'entreprise dit avoir signé des ententes avec onze des quatorze communautés situées le long du tracé.\n\n"
"Le bureau du premier ministre de la Saskatchewan n'a pas voulu commenter le dossier.\n\n"
"Avec les informations de Julie Lavoie\n")
DMO = ["Daniel Moosomin", "Moosomin", "chef Moosomin"]
KWH = ["Karen Whitfield", "Whitfield"]
MAT = ["Marc-André Tessier", "Tessier", "caporal Marc-André Tessier"]
NLE = ["Northern Link Energy", "Northern Link", "l'entreprise"]
art("w53_radiocanada_pipeline", "radio-ca", "2026-02-17", t53, [
    ("Nous n'avons jamais cédé ces terres. Personne ne nous a consultés de bonne foi", "direct", DMO),
    (f"sa communauté n'a reçu les plans définitifs du projet qu'au mois de janvier, soit {o}bien après{c} l'approbation fédérale", "indirect", DMO),
    ("bien après", "partial", DMO),
    ("La rivière nous a nourris pendant des siècles. On ne la vendra pas pour un tuyau.", "direct", ["Marie Bird", "Bird"]),
    (f"le gouvernement fédéral avait {o}respecté toutes ses obligations{c} en matière de consultation", "indirect", KWH),
    ("respecté toutes ses obligations", "partial", KWH),
    ("Le dialogue reste ouvert. Ma porte est ouverte au chef Moosomin", "direct", KWH),
    (f"une rencontre pourrait avoir lieu {o}dans les prochaines semaines{c}", "indirect", KWH),
    ("dans les prochaines semaines", "partial", KWH),
    ("Les personnes arrêtées ont été libérées sous conditions. Elles doivent comparaître en mars", "direct", MAT),
    (f"la situation était {o}calme{c} lundi", "indirect", MAT),
    ("calme", "partial", MAT),
    (f"le projet créera 1200 emplois pendant la construction, dont {o}plusieurs centaines{c} réservés à des travailleurs autochtones", "indirect", NLE),
    ("plusieurs centaines", "partial", NLE),
])

# 54. web copy as scraped: a headline repeating a quote, a byline and date line, « Lire aussi »
# lines (one with a quote in its title), « Publicité » lines, a photo credit, an embedded post's
# text with its author, handle and date, paragraphs glued together, straight marks mixed with
# guillemets, one closing mark missing
t54 = (
"Incendie à Marseille : « Nous avons tout perdu », témoigne une habitante\n"
"Par Julie Ferrand | Publié le 14/08/2026 à 09h12 | Mis à jour le 14/08/2026 à 11h40\n"
"Un violent incendie a ravagé dans la nuit de mercredi à jeudi un immeuble de six étages du quartier de la Belle de Mai, dans le 3e arrondissement de Marseille. Douze personnes ont été légèrement blessées, selon les marins-pompiers.\"Nous avons tout perdu, les papiers, les photos, tout\", raconte Samira, 52 ans, qui vivait au quatrième étage avec ses deux enfants.\n"
"Lire aussi : Marseille : les immeubles insalubres, un dossier explosif\n"
"Publicité\n"
"Les marins-pompiers sont intervenus vers 2 heures du matin. © Thomas Rigaud / Ouest Médias\n"
"Le feu serait parti d'un local à poubelles au rez-de-chaussée, a indiqué une source policière. «Les flammes sont montées par la cage d'escalier, qui a fait office de cheminée», a expliqué le commandant Éric Lanza, porte-parole du bataillon de marins-pompiers.Une enquête a été ouverte pour déterminer l'origine du sinistre, a fait savoir le parquet de Marseille.\n"
"Le maire de la ville s'est exprimé sur X dans la matinée :\n"
"Pensées pour les habitants de la rue Loubon. La Ville mettra à l'abri toutes les familles sinistrées dès ce soir. Merci aux marins-pompiers pour leur courage.\n"
"— Rémi Castellan (@RemiCastellan) August 14, 2026\n"
"Sur place, la colère des habitants était palpable jeudi matin. «Nous demandons que chaque famille soit relogée dans le quartier, et pas à l'autre bout de la ville, a réclamé Kader Mebarki, président de l'association de locataires Belle de Mai Debout. Selon lui, l'immeuble avait fait l'objet de trois signalements pour insalubrité depuis 2024.\n"
"Lire aussi : « On vit avec les rats » : à Marseille, l'enfer des copropriétés dégradées\n"
"Publicité\n"
"La préfecture a indiqué que 38 habitants avaient été relogés provisoirement dans des hôtels. Les résidents pourront récupérer leurs affaires \"dans les prochains jours, si la structure le permet\", a précisé la préfecture dans un communiqué.Un hommage aux secours est prévu vendredi soir devant la mairie de secteur.\n"
"Partager : Facebook Twitter E-mail\n")
PRF = ["préfecture", "la préfecture", "préfecture des Bouches-du-Rhône"]
art("w54_web_incendie", "web", "2026-08-14", t54, [
    ("Douze personnes ont été légèrement blessées", "indirect", ["marins-pompiers", "les marins-pompiers"]),
    ("Nous avons tout perdu, les papiers, les photos, tout", "direct", ["Samira"]),
    ("Le feu serait parti d'un local à poubelles au rez-de-chaussée", "indirect", ["source policière", "une source policière"]),
    ("Les flammes sont montées par la cage d'escalier, qui a fait office de cheminée", "direct", ["Éric Lanza", "Lanza", "commandant Éric Lanza"]),
    ("Une enquête a été ouverte pour déterminer l'origine du sinistre", "indirect", ["parquet de Marseille", "parquet"]),
    ("Pensées pour les habitants de la rue Loubon. La Ville mettra à l'abri toutes les familles sinistrées dès ce soir. Merci aux marins-pompiers pour leur courage.", "direct",
     ["Rémi Castellan", "Castellan", "maire de Marseille", "maire"]),
    ("Nous demandons que chaque famille soit relogée dans le quartier, et pas à l'autre bout de la ville", "direct", ["Kader Mebarki", "Mebarki"]),
    ("l'immeuble avait fait l'objet de trois signalements pour insalubrité depuis 2024", "indirect", ["Kader Mebarki", "Mebarki"]),
    ("38 habitants avaient été relogés provisoirement dans des hôtels", "indirect", PRF),
    ("Les résidents pourront récupérer leurs affaires \"dans les prochains jours, si la structure le permet\"", "indirect", PRF),
    ("dans les prochains jours, si la structure le permet", "partial", PRF),
])

# batch 10
# 55. a news analysis of a housing reform: labels of policies in marks (a programme's name, a
# fund, a permit), the minister's words in marks after a cue, mayors, two experts, an anonymous
# HLM director, « la « révolution » tant vantée » as the writer's distancing marks
o, c = "«" + NB, NB + "»"
t55 = (
f"Analyse. Logement : derrière le {o}choc de l'offre{c}, une réforme à petits pas\n"
"Par Julien Morvan\n\n"
f"Le gouvernement en avait fait l'une de ses priorités de la rentrée. Présentée mercredi en Conseil des ministres, la réforme du logement, rebaptisée {o}France Logis{c} par ses promoteurs, entend débloquer la construction de 400 000 logements par an d'ici à 2030. Le texte repose sur trois piliers : un {o}permis de construire express{c}, la transformation des bureaux vides en habitations et un {o}bail réel solidaire{c} élargi aux classes moyennes.\n\n"
f"La ministre du Logement, Agnès Roussel, a défendu un texte {o}ambitieux et pragmatique{c}. {o}Nous ne pouvons plus accepter qu'un jeune actif attende sept ans un logement social en Île-de-France{c}, a-t-elle déclaré à la sortie du Conseil, promettant un {o}choc de l'offre{c} dès 2027.\n\n"
f"Sur le papier, la mécanique est connue. Le {o}permis express{c} promet de ramener à trois mois l'instruction des dossiers, contre dix en moyenne aujourd'hui. Mais les maires, qui gardent la main sur les plans locaux d'urbanisme, restent méfiants. Pour l'Association des maires de France, la réforme risque de {o}court-circuiter les élus locaux{c}. Son président, Gérard Lemaire, a jugé vendredi que le gouvernement {o}met la charrue avant les bœufs{c}.\n\n"
f"Les économistes sont plus partagés. {o}Le problème n'est pas la lenteur des permis, c'est le prix du foncier et le coût du crédit{c}, estime Camille Auberger, chercheuse à l'Institut de l'habitat. Selon elle, la mesure phare aura un effet {o}marginal{c} tant que les taux resteront au-dessus de 3 %. Plus sévère, l'urbaniste Marc Delorme parle d'une {o}réforme de tuyauterie{c} qui {o}ne construira pas un mètre carré de plus{c}.\n\n"
f"Reste la question du financement. Le {o}fonds de transformation{c} de 1,5 milliard d'euros annoncé par Bercy doit être voté dans le budget de l'automne. Interrogé mardi sur France Inter, le ministre de l'Économie, Thomas Vial, a assuré que l'enveloppe était {o}sanctuarisée{c}. Une promesse que les bailleurs sociaux, échaudés par la {o}réduction de loyer de solidarité{c} imposée en 2018, accueillent avec prudence. {o}On nous a déjà fait le coup{c}, soupire le directeur d'un office HLM de la région lyonnaise, qui a requis l'anonymat.\n\n"
f"À l'Élysée, on assure que le calendrier sera tenu. Mais la {o}révolution{c} tant vantée prendra du temps : dans l'entourage de la ministre, on reconnaît à demi-mot qu'il faudra {o}au moins deux ans{c} avant les premiers effets.\n")
ARO = ["Agnès Roussel", "Roussel"]
GLE = ["Gérard Lemaire", "Lemaire"]
AMF = ["Association des maires de France", "AMF", "l'Association des maires de France"]
CAU = ["Camille Auberger", "Auberger"]
TVI = ["Thomas Vial", "Vial"]
ENT = ["entourage de la ministre", "l'entourage de la ministre"]
art("w55_analyse_logement", "analysis", "2026-09-17", t55, [
    ("ambitieux et pragmatique", "partial", ARO),
    ("Nous ne pouvons plus accepter qu'un jeune actif attende sept ans un logement social en Île-de-France", "direct", ARO),
    ("choc de l'offre", "partial", ARO, 1),
    (f"la réforme risque de {o}court-circuiter les élus locaux{c}", "indirect", AMF),
    ("court-circuiter les élus locaux", "partial", AMF),
    (f"le gouvernement {o}met la charrue avant les bœufs{c}", "indirect", GLE),
    ("met la charrue avant les bœufs", "partial", GLE),
    ("Le problème n'est pas la lenteur des permis, c'est le prix du foncier et le coût du crédit", "direct", CAU),
    (f"la mesure phare aura un effet {o}marginal{c} tant que les taux resteront au-dessus de 3 %", "indirect", CAU),
    ("marginal", "partial", CAU),
    ("réforme de tuyauterie", "partial", ["Marc Delorme", "Delorme"]),
    ("ne construira pas un mètre carré de plus", "partial", ["Marc Delorme", "Delorme"]),
    (f"l'enveloppe était {o}sanctuarisée{c}", "indirect", TVI),
    ("sanctuarisée", "partial", TVI),
    ("On nous a déjà fait le coup", "direct", ["directeur d'un office HLM", "le directeur d'un office HLM", "directeur d'un office HLM de la région lyonnaise"]),
    ("le calendrier sera tenu", "indirect", ["Élysée", "l'Élysée"]),
    (f"il faudra {o}au moins deux ans{c} avant les premiers effets", "indirect", ENT),
    ("au moins deux ans", "partial", ENT),
])

# 56. a foreign-affairs analysis, narrow no-break spaces: « partenariat stratégique », « opération
# spéciale », « ligne rouge » as the writer's distancing marks and as leaders' words after a cue,
# a European diplomat, a researcher
o, c = "«" + NN, NN + "»"
t56 = (
f"Analyse. Moscou-Pékin : les limites d'un {o}partenariat stratégique{c}\n\n"
f"Depuis le début de la guerre en Ukraine, le {o}partenariat stratégique{c} entre Moscou et Pékin a surtout servi de paravent commode à une relation de plus en plus déséquilibrée. La visite du président russe, Vladimir Poutine, à Pékin cette semaine en a offert une nouvelle illustration.\n\n"
f"Devant la presse, mardi, le dirigeant russe a salué un {o}partenariat stratégique global{c} qui {o}n'est dirigé contre personne{c}. Son homologue chinois, Xi Jinping, a été plus bref : {o}La Chine et la Russie sont de bons voisins et de bons partenaires{c}, a-t-il déclaré, sans un mot sur le conflit.\n\n"
f"Derrière les sourires, l'asymétrie saute aux yeux. Pékin achète le pétrole russe au rabais, vend ses machines-outils et ses drones civils, mais se garde bien de livrer des armes. Selon un diplomate européen en poste à Pékin, les dirigeants chinois {o}ne veulent pas payer le prix{c} d'un soutien militaire ouvert à Moscou. Ils n'ont pas davantage condamné l'{o}opération spéciale{c}, qui entre pourtant dans sa quatrième année.\n\n"
f"Vladimir Poutine, lui, n'a pas varié. {o}L'opération militaire spéciale se poursuivra jusqu'à ce que tous ses objectifs soient atteints{c}, a-t-il répété lors de sa conférence de presse, avant d'accuser les Occidentaux d'avoir franchi {o}toutes les lignes rouges{c} en livrant des missiles à longue portée à Kiev.\n\n"
f"Côté occidental, la {o}ligne rouge{c} reste un concept à géométrie variable. Washington avait longtemps exclu de fournir des chasseurs F-16 avant de s'y résoudre. À Paris, le président français avait jugé en 2024 que rien ne devait être exclu, une formule qui avait fait grincer des dents à Berlin. Le chancelier allemand avait alors répliqué que l'envoi de troupes au sol constituait pour lui une {o}ligne rouge{c} absolue.\n\n"
f"Pour Nadia Ferrand, chercheuse à l'Institut français des relations internationales, ce vocabulaire commun masque des intérêts divergents. {o}Pékin veut un partenaire affaibli mais pas effondré. Une Russie vaincue serait un problème, une Russie victorieuse aussi{c}, résume-t-elle. Selon elle, le rapprochement {o}ressemble de plus en plus à une relation de dépendance{c}.\n")
VPO = ["Vladimir Poutine", "Poutine", "président russe", "le président russe"]
NFE = ["Nadia Ferrand", "Ferrand"]
CHA = ["chancelier allemand", "le chancelier allemand"]
art("w56_analyse_moscou_pekin", "analysis", "2026-05-21", t56, [
    ("partenariat stratégique global", "partial", VPO),
    ("n'est dirigé contre personne", "partial", VPO),
    ("La Chine et la Russie sont de bons voisins et de bons partenaires", "direct", ["Xi Jinping", "Xi"]),
    (f"les dirigeants chinois {o}ne veulent pas payer le prix{c} d'un soutien militaire ouvert à Moscou", "indirect", ["diplomate européen", "un diplomate européen", "diplomate européen en poste à Pékin"]),
    ("ne veulent pas payer le prix", "partial", ["diplomate européen", "un diplomate européen", "diplomate européen en poste à Pékin"]),
    ("L'opération militaire spéciale se poursuivra jusqu'à ce que tous ses objectifs soient atteints", "direct", VPO),
    ("toutes les lignes rouges", "partial", VPO),
    ("rien ne devait être exclu", "indirect", ["président français", "le président français"]),
    (f"l'envoi de troupes au sol constituait pour lui une {o}ligne rouge{c} absolue", "indirect", CHA),
    ("ligne rouge", "partial", CHA, 1),
    ("ce vocabulaire commun masque des intérêts divergents", "indirect", NFE),
    ("Pékin veut un partenaire affaibli mais pas effondré. Une Russie vaincue serait un problème, une Russie victorieuse aussi", "direct", NFE),
    (f"le rapprochement {o}ressemble de plus en plus à une relation de dépendance{c}", "indirect", NFE),
    ("ressemble de plus en plus à une relation de dépendance", "partial", NFE),
])

# 57. a society feature in straight marks: young people named by first name and age, their words
# and slang in marks, a programme's name and the institution's labels in marks, the adviser,
# a sociologist, the region's vice-president after a postposed cue, words in marks with brackets
t57 = (
"Société. À Roubaix, les jeunes du \"Pass avenir\" entre galères et débrouille\n\n"
"Ils ont entre 17 et 24 ans, n'ont ni emploi ni formation, et l'administration les range dans une case : les \"NEET\". Depuis janvier, une quarantaine d'entre eux suivent à Roubaix le \"Pass avenir\", un programme d'accompagnement financé par la région et la caisse d'allocations familiales. Au menu : ateliers de CV, stages en entreprise et une allocation de 500 euros par mois.\n\n"
"Ce mardi matin, dans une salle du centre social de l'Épeule, l'ambiance est studieuse, à peine. Yanis, 19 ans, casquette vissée sur la tête, résume son parcours en une phrase : \"J'ai lâché le lycée en première, après j'ai fait des petits boulots, et puis plus rien.\" Son voisin, Bilal, 21 ans, parle de ses deux années de \"galère\" et de ses journées à \"tourner en rond\" dans le quartier.\n\n"
"Beaucoup arrivent ici par le bouche-à-oreille. \"C'est ma cousine qui m'a dit de venir, elle disait que c'était pas une arnaque\", raconte Inès, 18 ans, qui rêve de devenir aide-soignante. Dans le groupe, le travail s'appelle le \"taf\", et l'allocation, la \"thune du mois\".\n\n"
"Leur conseillère, Sophie Lambert, 34 ans, connaît la musique. \"Ils ont souvent été déçus par l'école, par les agences pour l'emploi, par les adultes en général. Il faut d'abord regagner leur confiance\", explique-t-elle. Selon elle, près des deux tiers des jeunes passés par le dispositif l'an dernier ont trouvé un emploi ou une formation dans les six mois.\n\n"
"Le chiffre est contesté. Pour le sociologue Karim Benali, qui étudie ces dispositifs depuis dix ans, le \"taux de sortie positive\" mis en avant par les financeurs \"ne dit rien de la qualité des emplois trouvés\". \"Un CDD de deux semaines compte comme un succès\", a-t-il relevé lors d'un colloque à Lille en mars.\n\n"
"La région, qui finance l'essentiel du dispositif, veut étendre le \"Pass avenir\" à dix autres villes, a annoncé jeudi son vice-président chargé de la jeunesse, Olivier Castel.\n\n"
"Yanis, lui, n'en est pas là. Il a décroché un stage de trois semaines dans une boulangerie industrielle de Tourcoing. \"Si ça se passe bien, ils me gardent. Franchement, c'est chaud, faut se lever à 4 heures\", dit-il en riant. Avant d'ajouter, plus sérieux, qu'il veut \"prouver à [sa] mère qu'[il] n'est pas un cas social\".\n")
YAN = ["Yanis"]
SLA = ["Sophie Lambert", "Lambert"]
KBE = ["Karim Benali", "Benali"]
art("w57_societe_jeunes", "feature", "2026-04-09", t57, [
    ("J'ai lâché le lycée en première, après j'ai fait des petits boulots, et puis plus rien.", "direct", YAN),
    ("galère", "partial", ["Bilal"], 1),
    ("tourner en rond", "partial", ["Bilal"]),
    ("C'est ma cousine qui m'a dit de venir, elle disait que c'était pas une arnaque", "direct", ["Inès"]),
    ("Ils ont souvent été déçus par l'école, par les agences pour l'emploi, par les adultes en général. Il faut d'abord regagner leur confiance", "direct", SLA),
    ("près des deux tiers des jeunes passés par le dispositif l'an dernier ont trouvé un emploi ou une formation dans les six mois", "indirect", SLA),
    ("le \"taux de sortie positive\" mis en avant par les financeurs \"ne dit rien de la qualité des emplois trouvés\"", "indirect", KBE),
    ("ne dit rien de la qualité des emplois trouvés", "partial", KBE),
    ("Un CDD de deux semaines compte comme un succès", "direct", KBE),
    ("La région, qui finance l'essentiel du dispositif, veut étendre le \"Pass avenir\" à dix autres villes", "indirect", ["Olivier Castel", "Castel"]),
    ("Si ça se passe bien, ils me gardent. Franchement, c'est chaud, faut se lever à 4 heures", "direct", YAN),
    ("il veut \"prouver à [sa] mère qu'[il] n'est pas un cas social\"", "indirect", YAN),
    ("prouver à [sa] mère qu'[il] n'est pas un cas social", "partial", YAN),
])

# 58. a short op-ed (tribune) in curly marks by a named author: alert levels, a plan, a word of
# the opponents and the defenders' term in marks (nobody's words), a minister quoted, a mayor's
# saying, a farmers' leader's words in marks then taken up by the author as his own scare quote
o, c = "“", "”"
t58 = (
f"Tribune. Cessons de présenter la {o}sobriété{c} comme une punition\n"
"Par Mathieu Karsenti, ingénieur, ancien directeur d'une régie municipale de l'eau\n\n"
f"Chaque été désormais, le même rituel. Les préfets publient leurs arrêtés de {o}vigilance{c}, puis d'{o}alerte{c}, puis d'{o}alerte renforcée{c}. La {o}sobriété{c} redevient le mot de la saison, le {o}plan eau{c} ressort des tiroirs, et chacun jure que cette fois sera la bonne.\n\n"
f"La ministre de la Transition écologique, Claire Fontanel, l'a encore affirmé lundi à Toulouse : {o}Nous réduirons de 10 % les prélèvements d'eau d'ici à 2030.{c} Fort bien. Mais le même gouvernement a autorisé, il y a un an, quatre nouvelles {o}méga-bassines{c} dans le Poitou, ces réserves que leurs défenseurs préfèrent appeler des {o}retenues de substitution{c}.\n\n"
f"Le problème n'est pas la sécheresse, qui est un fait, mais notre refus d'en tirer les conséquences. J'ai dirigé pendant huit ans une régie de l'eau. J'y ai appris qu'un réseau perd en moyenne un litre sur cinq dans ses fuites, et que réparer coûte moins cher que forer. Les élus le savent, mais une canalisation remplacée sous la chaussée ne fait pas une photo de ruban coupé. Un maire de la Drôme me l'avait résumé d'une formule : {o}Les tuyaux, ça ne s'inaugure pas.{c}\n\n"
f"L'agriculture, qui consomme près de 60 % de l'eau l'été, reste la grande absente du débat. Le président du premier syndicat agricole, Bernard Chaumet, a dénoncé dans un entretien au Figaro une {o}écologie punitive{c} qui ferait des paysans des {o}boucs émissaires{c}. Je respecte sa colère. Mais l'{o}écologie punitive{c} est devenue le joker de tous ceux qui refusent de changer quoi que ce soit.\n\n"
f"Selon le Haut Conseil pour le climat, les restrictions estivales ne suffiront pas sans une baisse durable des volumes irrigués. Il faut l'entendre, et cesser de traiter chaque été comme une surprise. La sobriété n'est pas une punition, c'est une assurance. Tant qu'on la présentera comme un {o}effort{c} ponctuel, on continuera de gérer la pénurie au lieu de la prévenir.\n\n"
f"Mathieu Karsenti est l'auteur de {o}La Fuite en avant{c} (Éditions Marée haute, 2025).\n")
BCH = ["Bernard Chaumet", "Chaumet"]
art("w58_tribune_eau", "opinion", "2026-07-30", t58, [
    ("Nous réduirons de 10 % les prélèvements d'eau d'ici à 2030.", "direct", ["Claire Fontanel", "Fontanel"]),
    ("Les tuyaux, ça ne s'inaugure pas.", "direct", ["maire de la Drôme", "un maire de la Drôme"]),
    ("écologie punitive", "partial", BCH),
    ("boucs émissaires", "partial", BCH),
    ("les restrictions estivales ne suffiront pas sans une baisse durable des volumes irrigués", "indirect", ["Haut Conseil pour le climat", "le Haut Conseil pour le climat"]),
])

# batch 11
# 59. a court report of an assize trial day, guillemets with no-break spaces: the presiding judge
# (« la présidente »), a witness questioned by a defence lawyer in a fronted participle phrase,
# the accused, the avocat général, « Me X », pronoun chains, a letter of the accused cited in
# part, a letter of the victim's daughter read out in court, a quote inside a quote
o, c = "«" + NB, NB + "»"
t59 = (
"Assises du Var : au deuxième jour de son procès, l'accusé maintient la thèse de la légitime défense\n\n"
"Draguignan. La salle était comble, mardi, pour la deuxième journée du procès de Kevin Marchetti, 34 ans, accusé d'avoir tué son associé, Laurent Giraud, de trois coups de couteau en mars 2024 dans un entrepôt de La Seyne-sur-Mer. L'accusé, qui encourt la réclusion criminelle à perpétuité, conteste toute intention de tuer.\n\n"
f"Dès l'ouverture des débats, la présidente, Hélène Vasseur, a posé le cadre. {o}Nous ne sommes pas ici pour juger une faillite, mais la mort d'un homme{c}, a-t-elle prévenu, avant d'appeler à la barre le premier témoin de la journée.\n\n"
f"Employée de la société pendant six ans, Sandrine Pelletier a décrit deux associés qui {o}ne se parlaient plus depuis l'automne{c}. Elle a raconté qu'elle avait entendu, le matin des faits, des éclats de voix venant du bureau. {o}J'ai entendu Laurent crier : “Tu me voles depuis des mois !” Ensuite, plus rien{c}, a-t-elle déclaré, la voix tremblante.\n\n"
f"Questionnée par Me Antoine Ribes, l'un des avocats de la défense, sur la distance qui la séparait de la porte, elle a reconnu qu'elle n'avait {o}rien vu{c}. {o}Je ne sais pas qui tenait le couteau, je ne peux pas vous le dire{c}, a-t-elle admis.\n\n"
f"Invité à s'expliquer, Kevin Marchetti s'est levé dans le box. Cheveux ras, chemise blanche, il a parlé longtemps, sans jamais regarder la famille de la victime. {o}Je suis venu pour parler, pas pour me cacher. Laurent, c'était mon ami. Ce jour-là, c'est lui qui a sorti la lame le premier, et je me suis défendu{c}, a-t-il répété. Selon lui, le couteau s'est retourné pendant la lutte.\n\n"
f"Une version que l'avocat général, Philippe Combes, a démontée point par point. {o}Trois coups, monsieur Marchetti. Trois. Dont un dans le dos. Vous appelez ça se défendre ?{c} a-t-il lancé. Le magistrat a ensuite cité une lettre envoyée par l'accusé à sa compagne depuis la maison d'arrêt, dans laquelle il écrivait que son associé {o}l'avait bien cherché{c}. L'accusé a baissé la tête, sans répondre.\n\n"
f"Pour la défense, Me Ribes a dénoncé une enquête {o}menée à charge{c}. {o}On a décidé dès le premier jour que mon client était un assassin, et tout ce qui ne collait pas a été écarté{c}, a plaidé l'avocat lors d'une suspension, devant les journalistes.\n\n"
f"En fin d'après-midi, Me Nadia Ferhat, qui représente la famille de Laurent Giraud, a lu à la cour une lettre écrite par la fille de la victime, âgée de 14 ans : {o}Papa, tu m'avais promis de venir à mon spectacle de fin d'année. Je t'ai attendu. Je t'attends encore.{c} Plusieurs jurés ont baissé les yeux. {o}Ce que cette enfant a écrit, aucun expert ne pourra le dire mieux{c}, a commenté Me Ferhat à la sortie de la salle.\n\n"
"La présidente a levé l'audience peu après 20 heures. Les experts psychiatres seront entendus mercredi, et le verdict est attendu vendredi.\n")
HVA = ["Hélène Vasseur", "Vasseur", "présidente", "la présidente"]
SPE = ["Sandrine Pelletier", "Pelletier"]
KMA = ["Kevin Marchetti", "Marchetti", "accusé", "l'accusé"]
PCO = ["Philippe Combes", "Combes", "avocat général", "l'avocat général"]
ARI = ["Antoine Ribes", "Ribes", "Me Ribes", "Me Antoine Ribes"]
NFH = ["Nadia Ferhat", "Ferhat", "Me Ferhat", "Me Nadia Ferhat"]
art("w59_assises_draguignan", "regional", "2026-11-17", t59, [
    ("Nous ne sommes pas ici pour juger une faillite, mais la mort d'un homme", "direct", HVA),
    ("ne se parlaient plus depuis l'automne", "partial", SPE),
    ("elle avait entendu, le matin des faits, des éclats de voix venant du bureau", "indirect", SPE),
    ("J'ai entendu Laurent crier : “Tu me voles depuis des mois !” Ensuite, plus rien", "direct", SPE),
    (f"elle n'avait {o}rien vu{c}", "indirect", SPE),
    ("rien vu", "partial", SPE),
    ("Je ne sais pas qui tenait le couteau, je ne peux pas vous le dire", "direct", SPE),
    ("Je suis venu pour parler, pas pour me cacher. Laurent, c'était mon ami. Ce jour-là, c'est lui qui a sorti la lame le premier, et je me suis défendu", "direct", KMA),
    ("le couteau s'est retourné pendant la lutte", "indirect", KMA),
    ("Trois coups, monsieur Marchetti. Trois. Dont un dans le dos. Vous appelez ça se défendre ?", "direct", PCO),
    (f"son associé {o}l'avait bien cherché{c}", "indirect", KMA),
    ("l'avait bien cherché", "partial", KMA),
    ("menée à charge", "partial", ARI),
    ("On a décidé dès le premier jour que mon client était un assassin, et tout ce qui ne collait pas a été écarté", "direct", ARI),
    ("Papa, tu m'avais promis de venir à mon spectacle de fin d'année. Je t'ai attendu. Je t'attends encore.", "direct",
     ["fille de la victime", "la fille de la victime", "fille de Laurent Giraud"]),
    ("Ce que cette enfant a écrit, aucun expert ne pourra le dire mieux", "direct", NFH),
])

# 60. a regional daily's faits divers, narrow no-break spaces: « selon le parquet » fronted and
# postposed, the procureur de la République, « de source proche de l'enquête », « confie une
# voisine », another neighbour, the mayor (« l'élu »), the gendarmerie as an institution, a
# gendarmerie officer, a scheme's name in marks
o, c = "«" + NN, NN + "»"
t60 = (
"Saint-Aubin-des-Bois. Un septuagénaire retrouvé mort chez lui, une enquête pour homicide ouverte\n\n"
"Le corps d'un homme de 73 ans a été découvert dimanche en fin de matinée dans sa maison du hameau de la Croix-Verte, à Saint-Aubin-des-Bois. C'est son fils, inquiet de ne plus avoir de nouvelles depuis vendredi, qui a donné l'alerte. Selon le parquet de Chartres, la victime présentait plusieurs traces de coups au visage et au thorax.\n\n"
f"Les gendarmes de la brigade de recherches de Dreux ont été saisis de l'enquête, ouverte pour homicide volontaire. {o}À ce stade, aucune piste n'est écartée, ni celle d'un cambriolage qui aurait mal tourné, ni celle d'un différend familial{c}, a indiqué lundi le procureur de la République, Rémi Delaunay, lors d'un point presse. Une autopsie doit être pratiquée mardi à l'institut médico-légal de Tours, a-t-il précisé.\n\n"
"De source proche de l'enquête, la porte arrière de la maison aurait été forcée et plusieurs pièces fouillées. La voiture de la victime, une Clio grise, n'a pas été retrouvée. Le fils du septuagénaire a été entendu dimanche soir, comme simple témoin, selon le parquet.\n\n"
f"Dans ce village de 600 habitants, la nouvelle a provoqué la stupeur. {o}C'était quelqu'un de discret, qui rendait service à tout le monde. Il taillait encore les haies des voisins l'été dernier{c}, confie une voisine, qui préfère taire son nom. Une autre habitante, qui promène son chien chaque matin devant la maison, dit n'avoir {o}rien remarqué d'anormal{c} ces derniers jours.\n\n"
f"Le maire, Gilles Perrot, s'est rendu sur place dès dimanche. {o}On se connaît tous, ici. Les gens ont peur, certains m'ont demandé s'il fallait fermer les volets la nuit{c}, rapporte l'élu, qui a fait ouvrir la salle des fêtes pour accueillir les habitants qui le souhaitaient. Il a assuré que la commune prendrait en charge les obsèques si la famille le demandait.\n\n"
f"La gendarmerie a par ailleurs indiqué qu'un dispositif renforcé de patrouilles serait mis en place dans le secteur jusqu'à nouvel ordre, et rappelé l'existence de l'opération {o}Tranquillité seniors{c}, qui permet aux personnes âgées isolées de signaler leur situation à la brigade la plus proche.\n\n"
f"Un appel à témoins a été lancé. Toute personne ayant aperçu une Clio grise entre vendredi soir et dimanche est invitée à contacter la brigade de Dreux. {o}Le moindre détail peut compter{c}, insiste le commandant de la compagnie, le chef d'escadron Stéphane Morin.\n")
PCH = ["parquet de Chartres", "parquet", "le parquet"]
RDE = ["Rémi Delaunay", "Delaunay", "procureur de la République", "le procureur de la République"]
GPE = ["Gilles Perrot", "Perrot", "maire", "le maire"]
art("w60_faitdivers_eure_et_loir", "regional", "2026-10-12", t60, [
    ("la victime présentait plusieurs traces de coups au visage et au thorax", "indirect", PCH),
    ("À ce stade, aucune piste n'est écartée, ni celle d'un cambriolage qui aurait mal tourné, ni celle d'un différend familial", "direct", RDE),
    ("Une autopsie doit être pratiquée mardi à l'institut médico-légal de Tours", "indirect", RDE),
    ("la porte arrière de la maison aurait été forcée et plusieurs pièces fouillées", "indirect", ["source proche de l'enquête", "une source proche de l'enquête"]),
    ("Le fils du septuagénaire a été entendu dimanche soir, comme simple témoin", "indirect", PCH),
    ("C'était quelqu'un de discret, qui rendait service à tout le monde. Il taillait encore les haies des voisins l'été dernier", "direct", ["voisine", "une voisine"]),
    ("rien remarqué d'anormal", "partial", ["autre habitante", "une autre habitante", "habitante"]),
    ("On se connaît tous, ici. Les gens ont peur, certains m'ont demandé s'il fallait fermer les volets la nuit", "direct", GPE),
    ("la commune prendrait en charge les obsèques si la famille le demandait", "indirect", GPE),
    ("un dispositif renforcé de patrouilles serait mis en place dans le secteur jusqu'à nouvel ordre", "indirect", ["gendarmerie", "la gendarmerie"]),
    ("Le moindre détail peut compter", "direct", ["Stéphane Morin", "Morin", "chef d'escadron Stéphane Morin"]),
])

# 61. a health press conference in curly marks: the health minister, Santé publique France's
# figures (« selon les derniers chiffres de », « a précisé l'agence »), the HAS and its president,
# a hospital's head of emergencies (a figure in marks that is a partial quote), a union and its
# president, a plan's and a scheme's names, a word and a phone number in marks that are not quotes
o, c = "“", "”"
t61 = (
f"Santé. Grippe, bronchiolite, Covid : le gouvernement déclenche le plan {o}hiver{c} dans les hôpitaux\n\n"
f"Le ministre de la Santé, Étienne Faure, a annoncé jeudi le déclenchement anticipé du plan hivernal dans tous les établissements de santé, face à trois épidémies simultanées qui mettent les urgences sous tension. {o}Nous sommes au début d'une vague, pas à son sommet. Je préfère que nous soyons prêts une semaine trop tôt qu'un jour trop tard{c}, a-t-il déclaré lors d'une conférence de presse au ministère.\n\n"
f"Selon les derniers chiffres de Santé publique France, 4 812 passages aux urgences pour syndrome grippal ont été enregistrés la semaine dernière, en hausse de 38 %. Le taux de positivité des tests {o}grippe{c} atteint 21 % et le seuil épidémique est franchi dans huit régions sur treize, a précisé l'agence.\n\n"
f"Le ministère a indiqué que 1 200 lits supplémentaires seraient ouverts d'ici à la mi-décembre grâce au rappel de soignants retraités, une mesure baptisée {o}Renfort hiver{c}. Étienne Faure a également rappelé aux familles qu'il fallait appeler le {o}15{c} avant de se rendre aux urgences, sauf en cas de détresse vitale.\n\n"
f"De son côté, la Haute Autorité de santé (HAS) a publié le même jour un avis recommandant d'élargir la vaccination contre la grippe aux enfants de 2 à 17 ans. {o}L'efficacité est démontrée et le bénéfice collectif est réel, en particulier pour protéger les grands-parents{c}, a expliqué sa présidente, la professeure Anne-Claire Dumas, interrogée par l'AFP. La HAS estime par ailleurs que la campagne contre le Covid doit rester {o}ciblée sur les plus de 65 ans et les personnes fragiles{c}.\n\n"
f"Sur le terrain, l'annonce ne calme guère les inquiétudes. Au CHU de Bordeaux, le chef des urgences adultes, le docteur Karim Haddad, décrit des équipes {o}épuisées avant même le pic{c}. {o}Hier soir, nous avions quarante-deux patients sur des brancards dans les couloirs. Certains, a-t-il raconté, ont attendu plus de dix heures.{c} Le médecin juge qu'il manque {o}au moins 300 lits{c} dans la métropole pour passer l'hiver sans drame.\n\n"
f"Pour le syndicat Samu-Urgences de France (SUdF), le plan arrive {o}trop tard et sans moyens{c}. Son président, Marc Olivier, a dénoncé une {o}gestion à la petite semaine{c}. {o}On nous annonce des mesures d'urgence chaque hiver depuis dix ans. Ce dont l'hôpital a besoin, c'est de soignants, pas de plans{c}, a-t-il lancé, appelant à une journée de mobilisation le 12 décembre.\n\n"
"Un nouveau point sur la situation est prévu dans quinze jours, a fait savoir l'entourage du ministre.\n")
EFA = ["Étienne Faure", "Faure", "ministre de la Santé", "le ministre de la Santé"]
SPF = ["Santé publique France", "SPF", "l'agence"]
HAS = ["Haute Autorité de santé", "HAS", "la HAS"]
KHA = ["Karim Haddad", "Haddad", "docteur Karim Haddad"]
SUD = ["Samu-Urgences de France", "SUdF", "syndicat Samu-Urgences de France"]
MOL = ["Marc Olivier", "Olivier"]
art("w61_sante_plan_hiver", "national", "2026-11-26", t61, [
    ("Nous sommes au début d'une vague, pas à son sommet. Je préfère que nous soyons prêts une semaine trop tôt qu'un jour trop tard", "direct", EFA),
    ("4 812 passages aux urgences pour syndrome grippal ont été enregistrés la semaine dernière, en hausse de 38 %", "indirect", SPF),
    (f"Le taux de positivité des tests {o}grippe{c} atteint 21 % et le seuil épidémique est franchi dans huit régions sur treize", "indirect", SPF),
    ("1 200 lits supplémentaires seraient ouverts d'ici à la mi-décembre grâce au rappel de soignants retraités", "indirect", ["ministère de la Santé", "ministère", "le ministère"]),
    (f"il fallait appeler le {o}15{c} avant de se rendre aux urgences, sauf en cas de détresse vitale", "indirect", EFA),
    ("L'efficacité est démontrée et le bénéfice collectif est réel, en particulier pour protéger les grands-parents", "direct", ["Anne-Claire Dumas", "Dumas", "professeure Anne-Claire Dumas"]),
    (f"la campagne contre le Covid doit rester {o}ciblée sur les plus de 65 ans et les personnes fragiles{c}", "indirect", HAS),
    ("ciblée sur les plus de 65 ans et les personnes fragiles", "partial", HAS),
    ("épuisées avant même le pic", "partial", KHA),
    ("Hier soir, nous avions quarante-deux patients sur des brancards dans les couloirs. Certains, a-t-il raconté, ont attendu plus de dix heures.", "direct", KHA),
    (f"il manque {o}au moins 300 lits{c} dans la métropole pour passer l'hiver sans drame", "indirect", KHA),
    ("au moins 300 lits", "partial", KHA),
    (f"le plan arrive {o}trop tard et sans moyens{c}", "indirect", SUD),
    ("trop tard et sans moyens", "partial", SUD),
    ("gestion à la petite semaine", "partial", MOL),
    ("On nous annonce des mesures d'urgence chaque hiver depuis dix ans. Ce dont l'hôpital a besoin, c'est de soignants, pas de plans", "direct", MOL),
    ("Un nouveau point sur la situation est prévu dans quinze jours", "indirect", ["entourage du ministre", "l'entourage du ministre"]),
])

# 62. a Pan-African weekly on a West African presidential election, guillemets with no space:
# the outgoing president (« le président sortant », « le chef de l'État »), the government
# spokesman, the opposition leader (an incise inside the marks), the electoral commission as an
# institution and its president, « Dakar » and « Abidjan » as metonyms, a coalition's name in marks
o, c = "«", "»"
t62 = (
"Côte d'Ivoire : à dix jours de la présidentielle, le pouvoir et l'opposition haussent le ton\n\n"
f"Abidjan, envoyé spécial. Ce devait être une campagne apaisée. À dix jours du premier tour de l'élection présidentielle, fixé au 25 octobre, le climat s'est au contraire durci entre le camp du président sortant, Bakary Koné, candidat à un troisième mandat, et une opposition qui dénonce un scrutin {o}joué d'avance{c}.\n\n"
f"Mardi, la Commission électorale indépendante (CEI) a rejeté les recours de trois candidats écartés de la course. {o}La Commission a statué en toute indépendance, sur la base du droit et uniquement du droit{c}, a déclaré son président, Yacouba Diarra, lors d'une conférence de presse au siège de l'institution, à Cocody. La CEI a par ailleurs assuré que la liste électorale définitive, forte de 8,7 millions d'inscrits, serait publiée {o}dans les prochains jours{c}.\n\n"
f"Parmi les exclus figure l'ancien Premier ministre Jean-Baptiste Aka, chef de file du Rassemblement pour l'alternance (RPA) et principal adversaire du chef de l'État. Joint par téléphone, il a qualifié la décision de {o}forfaiture{c}. {o}On choisit ses adversaires comme on choisit ses invités. Ce n'est pas une élection, c'est une cérémonie de reconduction{c}, a-t-il tonné, promettant que son parti ne resterait {o}pas les bras croisés{c}. Le leader de l'opposition écarte pourtant l'idée d'un boycott : {o}Nous n'appellerons pas à rester chez soi, a-t-il dit, mais nous ne reconnaîtrons pas un résultat fabriqué dans un bureau.{c}\n\n"
f"Le porte-parole du gouvernement, Amadou Sylla, a balayé ces accusations. Selon lui, les candidats recalés {o}n'ont tout simplement pas rempli les conditions fixées par la loi{c}, à commencer par le parrainage d'au moins 1 % de l'électorat dans la moitié des régions. {o}Que ceux qui crient au complot relisent le Code électoral{c}, a-t-il ironisé à l'issue du Conseil des ministres.\n\n"
f"Le président sortant, lui, se tient au-dessus de la mêlée. En meeting samedi à Bouaké, devant plusieurs dizaines de milliers de partisans, Bakary Koné a promis {o}une victoire nette dès le premier tour{c} et appelé ses adversaires à {o}accepter le verdict des urnes{c}. Il a assuré que l'élection serait {o}transparente, inclusive et apaisée{c}, une formule que son entourage répète à l'envi.\n\n"
f"Réunis au sein d'une plateforme baptisée {o}Ensemble pour l'alternance{c}, les partis d'opposition prévoient une marche le 18 octobre. Selon l'organisation Veille citoyenne, qui a formé 2 000 observateurs, au moins quatorze personnes ont été interpellées depuis le début de la campagne lors de rassemblements non autorisés.\n\n"
f"La crise est suivie de près dans la sous-région. Dakar, qui assure la présidence tournante de la Cédéao, a appelé mercredi {o}toutes les parties à la retenue{c}. Le ministre sénégalais des Affaires étrangères, Cheikh Ndiaye, a indiqué que l'organisation régionale déploierait une mission de 150 observateurs. Abidjan a aussitôt fait savoir qu'il n'accepterait {o}aucune ingérence{c} dans le processus électoral.\n\n"
"Les résultats provisoires doivent être proclamés par la CEI dans les cinq jours suivant le scrutin.\n")
BKO = ["Bakary Koné", "Koné", "président sortant", "le président sortant", "chef de l'État"]
CEI = ["Commission électorale indépendante", "CEI", "la CEI"]
JBA = ["Jean-Baptiste Aka", "Aka", "leader de l'opposition"]
ASY = ["Amadou Sylla", "Sylla", "porte-parole du gouvernement", "le porte-parole du gouvernement"]
DKR = ["Dakar", "Sénégal"]
ABJ = ["Abidjan", "Côte d'Ivoire", "gouvernement ivoirien"]
art("w62_hebdo_presidentielle", "panafrican", "2026-10-15", t62, [
    ("joué d'avance", "partial", ["opposition", "l'opposition"]),
    ("La Commission a statué en toute indépendance, sur la base du droit et uniquement du droit", "direct", ["Yacouba Diarra", "Diarra"]),
    (f"la liste électorale définitive, forte de 8,7 millions d'inscrits, serait publiée {o}dans les prochains jours{c}", "indirect", CEI),
    ("dans les prochains jours", "partial", CEI),
    ("forfaiture", "partial", JBA),
    ("On choisit ses adversaires comme on choisit ses invités. Ce n'est pas une élection, c'est une cérémonie de reconduction", "direct", JBA),
    (f"son parti ne resterait {o}pas les bras croisés{c}", "indirect", JBA),
    ("pas les bras croisés", "partial", JBA),
    ("Nous n'appellerons pas à rester chez soi, a-t-il dit, mais nous ne reconnaîtrons pas un résultat fabriqué dans un bureau.", "direct", JBA),
    (f"les candidats recalés {o}n'ont tout simplement pas rempli les conditions fixées par la loi{c}, à commencer par le parrainage d'au moins 1 % de l'électorat dans la moitié des régions", "indirect", ASY),
    ("n'ont tout simplement pas rempli les conditions fixées par la loi", "partial", ASY),
    ("Que ceux qui crient au complot relisent le Code électoral", "direct", ASY),
    ("une victoire nette dès le premier tour", "partial", BKO),
    ("accepter le verdict des urnes", "partial", BKO),
    (f"l'élection serait {o}transparente, inclusive et apaisée{c}", "indirect", BKO),
    ("transparente, inclusive et apaisée", "partial", BKO),
    ("au moins quatorze personnes ont été interpellées depuis le début de la campagne lors de rassemblements non autorisés", "indirect", ["Veille citoyenne", "organisation Veille citoyenne"]),
    ("toutes les parties à la retenue", "partial", DKR),
    ("l'organisation régionale déploierait une mission de 150 observateurs", "indirect", ["Cheikh Ndiaye", "Ndiaye"]),
    (f"il n'accepterait {o}aucune ingérence{c} dans le processus électoral", "indirect", ABJ),
    ("aucune ingérence", "partial", ABJ),
])

# 63. a rugby post-match piece in straight marks: the coach « au micro de Canal+ », the captain
# and a Clermont forward in fronted participle phrases (« Interrogé sur…, le capitaine… »), the
# fly-half's and the forward's nicknames and a team's nickname in marks, « a-t-il glissé »,
# « sourit le jeune homme », « sourit-il », the medical staff after « selon », a headline that
# repeats a quote
t63 = (
"Top 14 : Toulon arrache la victoire face à Clermont, \"un match de caractère\" pour Dufour\n\n"
"Toulon a arraché samedi soir une victoire précieuse face à Clermont (24-22), grâce à une pénalité de son ouvreur Hugo Lestrade à la 79e minute, au terme d'un match longtemps dominé par les Auvergnats. Ce succès permet au RCT de remonter à la quatrième place du classement.\n\n"
"\"C'est un match de caractère. On a été mauvais pendant une heure, vraiment mauvais, mais on n'a jamais lâché\", a résumé l'entraîneur toulonnais, Pierre Dufour, au micro de Canal+ juste après la sirène. \"À la pause, je leur ai demandé de regarder le tableau d'affichage et d'arrêter de se plaindre de l'arbitrage\", a-t-il ajouté.\n\n"
"Interrogé sur la pénalité de la gagne, tentée à 45 mètres face au vent, le capitaine Romain Sicard a salué le sang-froid de son ouvreur. \"Hugo, il a des glaçons dans les veines. Je lui ai juste demandé s'il la sentait, il m'a dit oui, alors je n'ai pas discuté\", a-t-il glissé en riant.\n\n"
"L'intéressé, surnommé \"Petit Hugo\" depuis ses débuts chez les espoirs, s'est montré plus sobre. \"Je ne pense pas trop dans ces moments-là. Je regarde les poteaux et je frappe. Si je commence à réfléchir, je la rate\", sourit le jeune homme de 21 ans.\n\n"
"Selon le staff médical toulonnais, le pilier Sione Vaka souffre d'une entorse à la cheville et devrait manquer trois semaines de compétition.\n\n"
"Côté clermontois, la déception était immense. Le manager de l'ASM, Julien Bastide, a dénoncé \"une fin de match indigne\" et estimé que l'arbitre avait \"sifflé à sens unique\" dans les dix dernières minutes. \"On nous prend un match qu'on a contrôlé de bout en bout. Je n'en dirai pas plus, sinon je vais prendre six semaines de suspension\", a-t-il lâché en conférence de presse.\n\n"
"Interrogé sur les propos de son manager, le troisième-ligne Mathieu Oyono, surnommé \"la Tour\" par les supporters du Michelin, a préféré botter en touche : \"L'arbitre a fait son match. Nous, on n'a pas fait le nôtre en deuxième période.\" Les \"Jaunards\" restent deuxièmes du championnat malgré cette défaite.\n\n"
"Pierre Dufour, lui, refusait de s'enflammer. Les phases finales ? \"On en reparlera en mai. Pour ce soir, je vais surtout dormir\", sourit-il.\n")
PDU = ["Pierre Dufour", "Dufour"]
JBS = ["Julien Bastide", "Bastide"]
art("w63_rugby_toulon", "sport", "2026-11-29", t63, [
    ("C'est un match de caractère. On a été mauvais pendant une heure, vraiment mauvais, mais on n'a jamais lâché", "direct", PDU),
    ("À la pause, je leur ai demandé de regarder le tableau d'affichage et d'arrêter de se plaindre de l'arbitrage", "direct", PDU),
    ("Hugo, il a des glaçons dans les veines. Je lui ai juste demandé s'il la sentait, il m'a dit oui, alors je n'ai pas discuté", "direct", ["Romain Sicard", "Sicard", "capitaine"]),
    ("Je ne pense pas trop dans ces moments-là. Je regarde les poteaux et je frappe. Si je commence à réfléchir, je la rate", "direct", ["Hugo Lestrade", "Lestrade", "Petit Hugo"]),
    ("le pilier Sione Vaka souffre d'une entorse à la cheville et devrait manquer trois semaines de compétition", "indirect", ["staff médical toulonnais", "le staff médical toulonnais", "staff médical"]),
    ("une fin de match indigne", "partial", JBS),
    ("l'arbitre avait \"sifflé à sens unique\" dans les dix dernières minutes", "indirect", JBS),
    ("sifflé à sens unique", "partial", JBS),
    ("On nous prend un match qu'on a contrôlé de bout en bout. Je n'en dirai pas plus, sinon je vais prendre six semaines de suspension", "direct", JBS),
    ("L'arbitre a fait son match. Nous, on n'a pas fait le nôtre en deuxième période.", "direct", ["Mathieu Oyono", "Oyono"]),
    ("On en reparlera en mai. Pour ce soir, je vais surtout dormir", "direct", PDU),
])

# batch 12
# 64. wire copy on a Kremlin reaction to EU sanctions, guillemets with no-break spaces: Peskov as
# « le porte-parole du Kremlin » (« a déclaré à l'agence TASS »), Moscou, the foreign ministry's
# spokeswoman on Telegram, a vice-minister to RIA Novosti in a chain of paraphrase over four
# sentences (« Il a ajouté que… Selon le diplomate, … , a-t-il poursuivi »), a fleet's label in marks
o, c = "«" + NB, NB + "»"
t64 = (
f"Moscou, 12 mars 2027 (AFP) - Le Kremlin a jugé jeudi {o}inacceptable{c} le nouveau train de sanctions adopté la veille par l'Union européenne, promettant une riposte {o}proportionnée et ciblée{c} dans les prochaines semaines.\n\n"
f"{o}Ces mesures sont illégales au regard du droit international et elles se retourneront contre ceux qui les ont décidées{c}, a déclaré à l'agence TASS le porte-parole du Kremlin, Dmitri Peskov. Selon lui, Moscou {o}prendra le temps d'analyser{c} le texte avant d'arrêter ses contre-mesures, qui viseront en priorité des {o}secteurs sensibles{c} des économies européennes.\n\n"
f"Le porte-parole a également indiqué que Vladimir Poutine n'avait {o}pas l'intention{c} de téléphoner à ses homologues européens, estimant que le dialogue avec Bruxelles était {o}au point mort{c} par la seule faute des Européens.\n\n"
f"Le seizième paquet de sanctions, adopté mercredi soir par les ministres des Affaires étrangères des Vingt-Sept, vise notamment une cinquantaine de pétroliers de la {o}flotte fantôme{c} utilisée par la Russie pour contourner le plafonnement du prix de son brut, ainsi que plusieurs banques régionales et deux producteurs d'engrais.\n\n"
f"La porte-parole du ministère russe des Affaires étrangères, Maria Zakharova, a dénoncé de son côté sur Telegram une {o}hystérie antirusse{c} devenue, à l'en croire, la seule boussole de la politique étrangère européenne. {o}L'Europe se punit elle-même. Ses industriels paient leur énergie trois fois plus cher qu'avant la crise, et ce n'est pas Moscou qui l'a voulu{c}, a-t-elle écrit.\n\n"
f"Interrogé par l'agence RIA Novosti, le vice-ministre des Affaires étrangères Alexandre Grouchko a affirmé que la Russie disposait de {o}tous les outils nécessaires{c} pour contourner ces restrictions. Il a ajouté que les entreprises européennes encore présentes en Russie pourraient en faire les frais. Selon le diplomate, plusieurs d'entre elles ont déjà été discrètement averties. Les contacts avec la Commission se limitent désormais au strict minimum, a-t-il poursuivi.\n\n"
f"À Bruxelles, le chef de la diplomatie européenne a balayé ces menaces. {o}Nous ne céderons pas au chantage. Chaque mesure a été pesée, chaque nom a été vérifié{c}, a-t-il affirmé devant la presse, en marge d'une réunion des ministres de la Défense.\n\n"
"Moscou avait déjà riposté au précédent paquet, en décembre, en interdisant l'entrée sur son territoire à une vingtaine de responsables européens, dont plusieurs députés.\n\n"
f"La Russie {o}n'a jamais mendié le dialogue et ne commencera pas aujourd'hui{c}, a conclu Dmitri Peskov, cité par l'agence Interfax.\n")
KRE = ["Kremlin", "le Kremlin", "Moscou", "Russie"]
PES = ["Dmitri Peskov", "Peskov", "porte-parole du Kremlin", "le porte-parole du Kremlin", "Kremlin"]
ZAK = ["Maria Zakharova", "Zakharova"]
GRO = ["Alexandre Grouchko", "Grouchko", "vice-ministre des Affaires étrangères"]
art("w64_wire_kremlin_sanctions", "wire", "2027-03-12", t64, [
    ("inacceptable", "partial", KRE),
    ("proportionnée et ciblée", "partial", KRE),
    ("Ces mesures sont illégales au regard du droit international et elles se retourneront contre ceux qui les ont décidées", "direct", PES),
    (f"Moscou {o}prendra le temps d'analyser{c} le texte avant d'arrêter ses contre-mesures, qui viseront en priorité des {o}secteurs sensibles{c} des économies européennes", "indirect", PES),
    ("prendra le temps d'analyser", "partial", PES),
    ("secteurs sensibles", "partial", PES),
    (f"Vladimir Poutine n'avait {o}pas l'intention{c} de téléphoner à ses homologues européens", "indirect", PES),
    ("pas l'intention", "partial", PES),
    (f"le dialogue avec Bruxelles était {o}au point mort{c} par la seule faute des Européens", "indirect", PES),
    ("au point mort", "partial", PES),
    ("hystérie antirusse", "partial", ZAK),
    ("L'Europe se punit elle-même. Ses industriels paient leur énergie trois fois plus cher qu'avant la crise, et ce n'est pas Moscou qui l'a voulu", "direct", ZAK),
    (f"la Russie disposait de {o}tous les outils nécessaires{c} pour contourner ces restrictions", "indirect", GRO),
    ("tous les outils nécessaires", "partial", GRO),
    ("les entreprises européennes encore présentes en Russie pourraient en faire les frais", "indirect", GRO),
    ("plusieurs d'entre elles ont déjà été discrètement averties", "indirect", GRO),
    ("Les contacts avec la Commission se limitent désormais au strict minimum", "indirect", GRO),
    ("Nous ne céderons pas au chantage. Chaque mesure a été pesée, chaque nom a été vérifié", "direct",
     ["chef de la diplomatie européenne", "le chef de la diplomatie européenne"]),
    (f"La Russie {o}n'a jamais mendié le dialogue et ne commencera pas aujourd'hui{c}", "indirect", PES),
    ("n'a jamais mendié le dialogue et ne commencera pas aujourd'hui", "partial", PES),
])

# 65. a Quai d'Orsay communiqué and the French foreign minister at a press point, narrow no-break
# spaces: a headline repeating a quote, « dans un communiqué », « affirme le communiqué », « le Quai
# d'Orsay », « Paris », « la diplomatie française », « la cheffe de la diplomatie française », an
# incise inside the marks, charges in marks after « accuse de », Tehran's judiciary via Irna
o, c = "«" + NN, NN + "»"
t65 = (
f"{o}Une parodie de justice{c} : Paris convoque l'ambassadeur d'Iran\n\n"
f"La France a convoqué mardi l'ambassadeur d'Iran à Paris, au lendemain de la condamnation à huit ans de prison du chercheur français Julien Arnaud, détenu depuis quatorze mois à Téhéran. Dans un communiqué publié en fin de matinée, le Quai d'Orsay a dénoncé {o}une parodie de justice{c} et exigé la libération {o}immédiate et sans condition{c} de son ressortissant.\n\n"
f"{o}La France condamne avec la plus grande fermeté ce verdict, prononcé à l'issue d'un procès qui n'a respecté aucune des garanties élémentaires. Notre compatriote est innocent des faits qui lui sont reprochés{c}, affirme le communiqué. Le ministère précise que l'ambassadeur a été reçu dans l'après-midi par le directeur d'Afrique du Nord et du Moyen-Orient, qui lui a fait part de l'indignation des autorités françaises.\n\n"
f"Spécialiste de l'histoire de la Perse safavide, Julien Arnaud avait été interpellé en janvier 2026 à l'issue d'un colloque universitaire. La justice iranienne l'accuse d'{o}espionnage au profit d'une puissance étrangère{c} et de {o}propagande contre le système{c}, des chefs d'accusation régulièrement retenus contre les Occidentaux détenus en Iran.\n\n"
f"En déplacement à Varsovie, la ministre de l'Europe et des Affaires étrangères, Hélène Marchetti, a durci le ton lors d'un point de presse avec son homologue polonais. {o}Julien Arnaud est un otage d'État. Il n'a rien à faire dans une cellule d'Evin, et nous ne relâcherons pas nos efforts tant qu'il ne sera pas rentré en France{c}, a-t-elle martelé.\n\n"
f"{o}Nous avons, a-t-elle ajouté, d'autres leviers à notre disposition, et les autorités iraniennes le savent.{c} Interrogée sur d'éventuelles sanctions, la cheffe de la diplomatie française n'a rien voulu exclure. Elle a assuré que Paris agissait {o}en lien étroit{c} avec ses partenaires européens et que la question serait abordée lundi à Bruxelles.\n\n"
f"À Téhéran, le porte-parole de l'Autorité judiciaire, Asghar Jahangir, a rejeté toute {o}ingérence{c} française, affirmant que le verdict avait été rendu {o}conformément à la loi{c}, selon l'agence officielle Irna.\n\n"
"Selon le communiqué du Quai d'Orsay, trois autres ressortissants français restent détenus en Iran. "
f"La diplomatie française rappelle par ailleurs qu'elle déconseille formellement aux Français de se rendre dans le pays, {o}quel que soit le motif du voyage{c}.\n\n"
f"La sœur du chercheur, Claire Arnaud, a salué sur franceinfo {o}la fermeté{c} affichée par Paris, tout en réclamant {o}des actes, pas seulement des communiqués{c}.\n")
QO = ["Quai d'Orsay", "le Quai d'Orsay", "France", "Paris", "ministère des Affaires étrangères", "ministère de l'Europe et des Affaires étrangères", "diplomatie française"]
HMA = ["Hélène Marchetti", "Marchetti", "cheffe de la diplomatie française", "ministre de l'Europe et des Affaires étrangères"]
JAH = ["Asghar Jahangir", "Jahangir", "Autorité judiciaire", "porte-parole de l'Autorité judiciaire"]
CAR = ["Claire Arnaud"]
JUS = ["justice iranienne", "la justice iranienne"]
art("w65_quai_orsay_iran", "national", "2027-02-09", t65, [
    ("une parodie de justice", "partial", QO),
    ("immédiate et sans condition", "partial", QO),
    ("La France condamne avec la plus grande fermeté ce verdict, prononcé à l'issue d'un procès qui n'a respecté aucune des garanties élémentaires. Notre compatriote est innocent des faits qui lui sont reprochés", "direct", QO),
    ("l'ambassadeur a été reçu dans l'après-midi par le directeur d'Afrique du Nord et du Moyen-Orient, qui lui a fait part de l'indignation des autorités françaises", "indirect", QO),
    ("espionnage au profit d'une puissance étrangère", "partial", JUS),
    ("propagande contre le système", "partial", JUS),
    ("Julien Arnaud est un otage d'État. Il n'a rien à faire dans une cellule d'Evin, et nous ne relâcherons pas nos efforts tant qu'il ne sera pas rentré en France", "direct", HMA),
    ("Nous avons, a-t-elle ajouté, d'autres leviers à notre disposition, et les autorités iraniennes le savent.", "direct", HMA),
    # one indirect quote for « que A et que B », as in the reference gold
    (f"Paris agissait {o}en lien étroit{c} avec ses partenaires européens et que la question serait abordée lundi à Bruxelles", "indirect", HMA),
    ("en lien étroit", "partial", HMA),
    ("ingérence", "partial", JAH),
    (f"le verdict avait été rendu {o}conformément à la loi{c}", "indirect", JAH),
    ("conformément à la loi", "partial", JAH),
    ("trois autres ressortissants français restent détenus en Iran", "indirect", QO),
    (f"elle déconseille formellement aux Français de se rendre dans le pays, {o}quel que soit le motif du voyage{c}", "indirect", QO),
    ("quel que soit le motif du voyage", "partial", QO),
    ("la fermeté", "partial", CAR),
    ("des actes, pas seulement des communiqués", "partial", CAR),
])

# 66. the UN Security Council in curly marks: the Secretary-General through his spokesman (« a
# déclaré Stéphane Dujarric », « selon son porte-parole »), ambassadors (« l'ambassadeur chinois à
# l'ONU », an incise in the writer's clause), « les Quinze » and their presidential statement, a
# draft resolution's title in marks (no quote), the presidency's announcement
o, c = "“", "”"
t66 = (
"Soudan : le Conseil de sécurité se déchire sur une trêve humanitaire à El-Facher\n\n"
f"New York (Nations unies) - Les Quinze ne sont pas parvenus jeudi à s'entendre sur une trêve humanitaire autour d'El-Facher, la grande ville du Darfour assiégée depuis des mois par les Forces de soutien rapide (FSR). Le projet de résolution britannique, intitulé {o}Protection des civils et accès humanitaire au Darfour-Nord{c}, a recueilli onze voix mais s'est heurté au veto de la Russie, la Chine s'abstenant.\n\n"
f"Quelques heures avant le vote, le secrétaire général de l'ONU, António Guterres, avait lancé un nouvel appel par la voix de son porte-parole. {o}Le secrétaire général est consterné par les informations faisant état d'exécutions sommaires de civils. Il exhorte les parties à ouvrir sans délai des couloirs sûrs{c}, a déclaré Stéphane Dujarric lors du point de presse quotidien. Selon son porte-parole, M. Guterres juge la situation {o}intenable{c} pour les quelque 300 000 personnes encore prises au piège.\n\n"
f"Justifiant le veto de Moscou, l'ambassadeur russe, Vassili Nebenzia, a dénoncé un texte {o}déséquilibré{c} qui {o}ignore la souveraineté du Soudan{c}. {o}Ce projet a été écrit pour condamner un camp et absoudre l'autre. Nous ne pouvions pas le laisser passer{c}, a-t-il dit devant le Conseil.\n\n"
f"L'ambassadeur chinois à l'ONU, Fu Cong, a justifié l'abstention de son pays par la nécessité de {o}respecter le rôle des organisations régionales{c}, au premier rang desquelles l'Union africaine. La Chine, a-t-il ajouté, reste favorable à {o}toute initiative consensuelle{c}.\n\n"
f"Le Royaume-Uni, porte-plume du dossier, a regretté {o}une occasion manquée{c}. {o}Des enfants meurent de faim à El-Facher pendant que ce Conseil se paralyse lui-même{c}, a lancé l'ambassadrice britannique, Barbara Woodward, visiblement émue. La représentante des États-Unis a accusé Moscou de {o}protéger des criminels de guerre{c}, tandis que le représentant permanent de la France, Jérôme Bonnafont, a assuré que Paris continuerait de {o}travailler à un texte acceptable par tous{c}.\n\n"
f"Le représentant du Soudan, Al-Harith Idriss, a salué pour sa part le rejet d'un texte qui {o}récompensait une milice rebelle{c}, et a réclamé que les FSR soient désignées comme organisation terroriste.\n\n"
f"Faute de résolution, les Quinze ont adopté à l'unanimité une déclaration présidentielle dans laquelle ils se disent {o}gravement préoccupés{c} par la famine qui s'étend au Darfour. Un texte sans valeur contraignante, a reconnu en privé un diplomate occidental, pour qui le Conseil {o}a touché le fond{c}.\n\n"
"Les discussions doivent reprendre la semaine prochaine, a indiqué la présidence danoise du Conseil.\n")
SG = ["Stéphane Dujarric", "Dujarric", "António Guterres", "Guterres", "secrétaire général", "secrétaire général de l'ONU", "porte-parole"]
NEB = ["Vassili Nebenzia", "Nebenzia", "ambassadeur russe"]
FUC = ["Fu Cong", "ambassadeur chinois à l'ONU", "l'ambassadeur chinois à l'ONU", "ambassadeur chinois", "Chine", "Pékin"]
UK = ["Royaume-Uni", "Londres", "Barbara Woodward", "Woodward"]
BWO = ["Barbara Woodward", "Woodward", "ambassadrice britannique"]
USR = ["représentante des États-Unis", "la représentante des États-Unis", "États-Unis", "Washington"]
JBO = ["Jérôme Bonnafont", "Bonnafont", "représentant permanent de la France"]
Q15 = ["les Quinze", "Quinze", "Conseil de sécurité", "le Conseil de sécurité"]
DIPW = ["diplomate occidental", "un diplomate occidental"]
art("w66_onu_soudan", "wire", "2027-05-20", t66, [
    ("Le secrétaire général est consterné par les informations faisant état d'exécutions sommaires de civils. Il exhorte les parties à ouvrir sans délai des couloirs sûrs", "direct", SG),
    (f"M. Guterres juge la situation {o}intenable{c} pour les quelque 300 000 personnes encore prises au piège", "indirect", SG),
    ("intenable", "partial", SG),
    ("déséquilibré", "partial", NEB),
    ("ignore la souveraineté du Soudan", "partial", NEB),
    ("Ce projet a été écrit pour condamner un camp et absoudre l'autre. Nous ne pouvions pas le laisser passer", "direct", NEB),
    ("respecter le rôle des organisations régionales", "partial", FUC),
    (f"La Chine, a-t-il ajouté, reste favorable à {o}toute initiative consensuelle{c}", "indirect", FUC),
    ("toute initiative consensuelle", "partial", FUC),
    ("une occasion manquée", "partial", UK),
    ("Des enfants meurent de faim à El-Facher pendant que ce Conseil se paralyse lui-même", "direct", BWO),
    ("protéger des criminels de guerre", "partial", USR),
    (f"Paris continuerait de {o}travailler à un texte acceptable par tous{c}", "indirect", JBO),
    ("travailler à un texte acceptable par tous", "partial", JBO),
    ("récompensait une milice rebelle", "partial", ["Al-Harith Idriss", "Idriss", "représentant du Soudan"]),
    ("les FSR soient désignées comme organisation terroriste", "indirect", ["Al-Harith Idriss", "Idriss", "représentant du Soudan"]),
    ("gravement préoccupés", "partial", Q15),
    ("Un texte sans valeur contraignante", "indirect", DIPW),
    (f"le Conseil {o}a touché le fond{c}", "indirect", DIPW),
    ("a touché le fond", "partial", DIPW),
    ("Les discussions doivent reprendre la semaine prochaine", "indirect", ["présidence danoise du Conseil", "la présidence danoise du Conseil", "présidence danoise", "Danemark"]),
])

# 67. a NATO summit in straight marks: the joint declaration quoted (« Le texte qualifie… de »), the
# US president and « le chef de la diplomatie américaine » translated (« a-t-il dit en anglais »),
# « la Maison-Blanche », « Washington », « l'exécutif américain », « les deux dirigeants » at a joint
# press conference, « les Vingt-Sept », an anonymous senior official and a European diplomat
t67 = (
"Sommet de l'Otan à La Haye : une unité de façade autour des 3,5 %\n\n"
"Les dirigeants des trente-deux pays de l'Alliance atlantique ont adopté mercredi à La Haye une déclaration commune dans laquelle ils s'engagent à porter leurs dépenses de défense à 3,5 % de leur produit intérieur brut d'ici à 2032. Le texte qualifie la Russie de \"menace directe et durable\" pour la sécurité euro-atlantique, une formule plus dure que celle retenue l'an dernier.\n\n"
"Arrivé avec une heure de retard, le président américain, Donald Trump, a salué un \"succès historique\" obtenu, selon lui, grâce à la seule pression de Washington. \"Pendant des années, ils n'ont pas payé. Maintenant, ils paient, et c'est grâce à moi\", a-t-il dit en anglais devant la presse, avant de quitter le sommet sans participer au dîner de travail.\n\n"
"La Maison-Blanche a fait savoir dans la soirée que Washington \"ne tolérera plus\" les retards de certains alliés, citant nommément l'Espagne. À Madrid, le chef du gouvernement espagnol, Pedro Sánchez, a répliqué que son pays tiendrait ses engagements capacitaires sans se soumettre à \"un chiffre arbitraire\".\n\n"
"L'exécutif américain exige par ailleurs que les alliés achètent davantage d'armements produits aux États-Unis, a précisé un haut responsable de l'administration sous couvert d'anonymat.\n\n"
"En marge du sommet, Emmanuel Macron et le chancelier allemand, Friedrich Merz, ont tenu une conférence de presse commune. Les deux dirigeants ont plaidé pour un \"pilier européen\" de l'Alliance, capable d'agir sans attendre le feu vert américain. \"L'Europe doit pouvoir se défendre par elle-même, avec ses alliés quand c'est possible, seule quand c'est nécessaire\", a déclaré le président français. \"Nous sommes prêts à en assumer le coût\", a renchéri M. Merz, qui s'exprimait en allemand.\n\n"
"Le chef de la diplomatie américaine, Marco Rubio, a pour sa part assuré que l'engagement des États-Unis envers l'article 5 du traité restait \"inébranlable\". \"Personne ne devrait en douter. Nous serons là si un allié est attaqué\", a-t-il dit en anglais dans un entretien à la chaîne CNN.\n\n"
"Invité au dîner des chefs d'État, le président ukrainien, Volodymyr Zelensky, s'est dit \"reconnaissant\", tout en avertissant que la Russie préparait \"une nouvelle offensive d'été\" dans le Donbass. Sur la question de l'adhésion de Kiev, l'exécutif américain a jugé que le moment n'était \"pas venu\".\n\n"
"Les Vingt-Sept, qui se retrouvent jeudi à Bruxelles pour un Conseil européen, doivent encore s'entendre sur le financement d'un fonds commun de défense. Selon un diplomate européen, \"au moins cinq capitales\" restent hostiles à un nouvel emprunt commun. Dans une déclaration distincte publiée mercredi soir, les Vingt-Sept ont réaffirmé que l'avenir de l'Ukraine se trouvait \"au sein de l'Union européenne\".\n")
OTAN = ["Otan", "l'Otan", "Alliance atlantique", "l'Alliance atlantique", "Alliance", "dirigeants des trente-deux pays de l'Alliance atlantique", "dirigeants de l'Otan"]
TRU = ["Donald Trump", "Trump", "président américain", "le président américain"]
WH = ["Maison-Blanche", "la Maison-Blanche", "Washington", "États-Unis", "exécutif américain", "l'exécutif américain", "administration américaine"]
SAN = ["Pedro Sánchez", "Sánchez", "Sanchez", "chef du gouvernement espagnol"]
EMA = ["Emmanuel Macron", "Macron", "président français", "le président français"]
MER = ["Friedrich Merz", "Merz", "chancelier allemand"]
DEUX = ["Emmanuel Macron", "Macron", "Friedrich Merz", "Merz", "les deux dirigeants", "deux dirigeants"]
RUB = ["Marco Rubio", "Rubio", "chef de la diplomatie américaine", "le chef de la diplomatie américaine"]
ZEL = ["Volodymyr Zelensky", "Zelensky", "président ukrainien"]
V27 = ["Vingt-Sept", "les Vingt-Sept", "Union européenne", "UE"]
DIPE = ["diplomate européen", "un diplomate européen"]
art("w67_otan_sommet", "daily", "2027-06-24", t67, [
    ("menace directe et durable", "partial", OTAN),
    ("succès historique", "partial", TRU),
    ("Pendant des années, ils n'ont pas payé. Maintenant, ils paient, et c'est grâce à moi", "direct", TRU),
    ("Washington \"ne tolérera plus\" les retards de certains alliés", "indirect", WH),
    ("ne tolérera plus", "partial", WH),
    ("son pays tiendrait ses engagements capacitaires sans se soumettre à \"un chiffre arbitraire\"", "indirect", SAN),
    ("un chiffre arbitraire", "partial", SAN),
    ("L'exécutif américain exige par ailleurs que les alliés achètent davantage d'armements produits aux États-Unis", "indirect",
     ["haut responsable de l'administration", "un haut responsable de l'administration"]),
    ("pilier européen", "partial", DEUX),
    ("L'Europe doit pouvoir se défendre par elle-même, avec ses alliés quand c'est possible, seule quand c'est nécessaire", "direct", EMA),
    ("Nous sommes prêts à en assumer le coût", "direct", MER),
    ("l'engagement des États-Unis envers l'article 5 du traité restait \"inébranlable\"", "indirect", RUB),
    ("inébranlable", "partial", RUB),
    ("Personne ne devrait en douter. Nous serons là si un allié est attaqué", "direct", RUB),
    ("reconnaissant", "partial", ZEL),
    ("la Russie préparait \"une nouvelle offensive d'été\" dans le Donbass", "indirect", ZEL),
    ("une nouvelle offensive d'été", "partial", ZEL),
    ("le moment n'était \"pas venu\"", "indirect", WH),
    ("pas venu", "partial", WH),
    ("\"au moins cinq capitales\" restent hostiles à un nouvel emprunt commun", "indirect", DIPE),
    ("au moins cinq capitales", "partial", DIPE),
    ("l'avenir de l'Ukraine se trouvait \"au sein de l'Union européenne\"", "indirect", V27),
    ("au sein de l'Union européenne", "partial", V27),
])

# 68. the Chinese foreign ministry's briefing and Taipei's reply, guillemets with no space:
# « Pékin », « le ministère chinois des Affaires étrangères », its spokesman, reported speech
# without marks after a postposed incise (« …, a averti le porte-parole »), « selon Pékin », a
# blacklist's name in marks (no quote), « Taipei », the presidential office, the State Department.
# « Pékin a appelé Washington à cesser… » (appeler quelqu'un à + infinitive, no marks) is not
# annotated, as the reference gold leaves such appeals unannotated
t68 = (
"Taïwan : Pékin menace Washington de «mesures résolues» après une vente d'armes\n\n"
"La Chine a vivement protesté lundi contre l'approbation par les États-Unis d'une vente d'armes de 2,1 milliards de dollars à Taïwan, promettant de prendre des «mesures résolues et énergiques» pour défendre sa souveraineté.\n\n"
"Lors du point de presse quotidien du ministère chinois des Affaires étrangères, son porte-parole, Lin Jian, a dénoncé une «grave violation» du principe d'une seule Chine. «Les États-Unis jouent avec le feu. Ceux qui jouent avec le feu finissent toujours par se brûler», a-t-il déclaré devant les journalistes.\n\n"
"Pékin a appelé Washington à cesser immédiatement d'armer l'île et à respecter les engagements pris lors de l'établissement des relations diplomatiques. Toute tentative de faire obstacle à la réunification de la patrie est vouée à l'échec, a averti le porte-parole.\n\n"
"Le ministère a par ailleurs annoncé que trois entreprises américaines de défense seraient inscrites sur la liste des «entités non fiables», ce qui leur interdira tout commerce avec la Chine. Selon Pékin, l'île fait partie intégrante du territoire chinois et Washington s'était engagé en 1982 à réduire progressivement ses livraisons d'armes.\n\n"
"Interrogé sur une éventuelle rencontre entre les présidents Xi Jinping et Donald Trump en marge du G20, Lin Jian s'est contenté de répondre qu'il n'avait «aucune information à communiquer» à ce stade.\n\n"
"À Taipei, la réponse n'a pas tardé. Le bureau présidentiel a affirmé que ces armes étaient «purement défensives» et que Taïwan ne céderait «ni à la pression ni à l'intimidation». La paix dans le détroit ne se négocie pas sous la menace, a déclaré sa porte-parole, Wen Hsiao-ling, lors d'une conférence de presse.\n\n"
"Le ministère taïwanais des Affaires étrangères a, de son côté, remercié Washington pour son soutien «constant», tandis que le ministère de la Défense a indiqué que vingt-sept avions militaires chinois avaient été repérés dimanche autour de l'île.\n\n"
"Interrogé par l'AFP, un porte-parole du département d'État a rappelé que ces ventes s'inscrivaient dans le cadre du Taiwan Relations Act, dont l'esprit «n'a pas changé depuis 1979».\n\n"
"Pour Antoine Lefèvre, chercheur au Centre d'études asiatiques de Lyon, Pékin cherche surtout à tester la détermination de la nouvelle administration américaine. «La rhétorique est classique. Ce qui comptera, ce sont les manœuvres militaires des prochains jours», estime-t-il.\n")
CHN = ["Chine", "Pékin", "ministère chinois des Affaires étrangères", "le ministère chinois des Affaires étrangères", "diplomatie chinoise"]
LIN = ["Lin Jian", "Lin", "porte-parole du ministère chinois des Affaires étrangères", "porte-parole"]
TWP = ["bureau présidentiel", "le bureau présidentiel", "présidence taïwanaise", "Taipei", "Taïwan"]
WEN = ["Wen Hsiao-ling", "Wen", "porte-parole de la présidence"]
ALE = ["Antoine Lefèvre", "Lefèvre"]
DST = ["porte-parole du département d'État", "un porte-parole du département d'État", "département d'État"]
art("w68_chine_taiwan", "daily-ch", "2027-04-13", t68, [
    ("mesures résolues et énergiques", "partial", CHN),
    ("grave violation", "partial", LIN),
    ("Les États-Unis jouent avec le feu. Ceux qui jouent avec le feu finissent toujours par se brûler", "direct", LIN),
    ("Toute tentative de faire obstacle à la réunification de la patrie est vouée à l'échec", "indirect", LIN),
    ("trois entreprises américaines de défense seraient inscrites sur la liste des «entités non fiables», ce qui leur interdira tout commerce avec la Chine", "indirect", CHN + ["Lin Jian"]),
    ("l'île fait partie intégrante du territoire chinois et Washington s'était engagé en 1982 à réduire progressivement ses livraisons d'armes", "indirect", CHN),
    ("il n'avait «aucune information à communiquer» à ce stade", "indirect", LIN),
    ("aucune information à communiquer", "partial", LIN),
    # one indirect quote for « que A et que B », as in the reference gold
    ("ces armes étaient «purement défensives» et que Taïwan ne céderait «ni à la pression ni à l'intimidation»", "indirect", TWP),
    ("purement défensives", "partial", TWP),
    ("ni à la pression ni à l'intimidation", "partial", TWP),
    ("La paix dans le détroit ne se négocie pas sous la menace", "indirect", WEN),
    ("constant", "partial", ["ministère taïwanais des Affaires étrangères", "le ministère taïwanais des Affaires étrangères", "Taipei", "Taïwan"]),
    ("vingt-sept avions militaires chinois avaient été repérés dimanche autour de l'île", "indirect",
     ["ministère de la Défense", "le ministère de la Défense", "ministère taïwanais de la Défense", "Taipei", "Taïwan"]),
    ("ces ventes s'inscrivaient dans le cadre du Taiwan Relations Act, dont l'esprit «n'a pas changé depuis 1979»", "indirect", DST),
    ("n'a pas changé depuis 1979", "partial", DST),
    ("Pékin cherche surtout à tester la détermination de la nouvelle administration américaine", "indirect", ALE),
    ("La rhétorique est classique. Ce qui comptera, ce sont les manœuvres militaires des prochains jours", "direct", ALE),
])

# batch 13
# 69. a press review in guillemets with no-break spaces: newspapers as speakers (« écrit Le
# Figaro dans son éditorial », « tranche le quotidien », « selon le quotidien libéral », « lit-on
# dans Ouest-France », « D'après Le Canard enchaîné »), named editorialists, a column's title and a
# weekly's name in marks (no quotes), a headline repeating a quote, the government spokesman's reply
o, c = "«" + NB, NB + "»"
t69 = (
f"Revue de presse : le 49.3, {o}l'arme de la dernière chance{c} pour sauver le budget\n\n"
"Au lendemain du recours à l'article 49.3 de la Constitution pour faire adopter sans vote le projet de loi de finances, la presse nationale se montre sévère avec le gouvernement de Claire Delorme. Rares sont les titres qui y voient autre chose qu'un constat d'échec.\n\n"
f"{o}Le gouvernement a choisi de passer en force parce qu'il n'avait plus d'autre choix. C'est l'arme de la dernière chance, et chacun sait qu'elle ne servira pas indéfiniment{c}, écrit Le Figaro dans un éditorial signé par son directeur adjoint de la rédaction, Paul-Henri Vasseur.\n\n"
f"Pour Libération, la Première ministre {o}a rompu la promesse de méthode{c} faite à son arrivée à Matignon. {o}Gouverner sans majorité, c'est gouverner contre le Parlement. Le 49.3 n'est pas une méthode, c'est un renoncement{c}, tranche le quotidien.\n\n"
f"L'Opinion se montre plus indulgent. Selon le quotidien libéral, le gouvernement {o}n'avait guère le choix{c} face à une opposition {o}décidée à tout bloquer{c}, et le vrai scandale serait de laisser le pays sans budget au 1er janvier. D'après Le Canard enchaîné, plusieurs ministres avaient pourtant plaidé en vain pour aller jusqu'au vote.\n\n"
f"Dans Le Monde, la chronique {o}Ligne de crête{c} s'interroge sur la durée de vie de l'équipe gouvernementale. {o}La censure n'est plus une hypothèse d'école{c}, avertit l'éditorialiste du quotidien du soir, Françoise Marchal, qui juge la majorité relative {o}à bout de souffle{c}.\n\n"
f"La presse régionale n'est pas plus tendre. {o}Encore un 49.3, encore un sursis. Les Français, eux, attendent toujours qu'on leur parle de leur pouvoir d'achat{c}, lit-on dans Ouest-France. Dans La Voix du Nord, l'éditorialiste Hervé Lucas dénonce {o}un théâtre d'ombres{c} où {o}plus personne ne croit au rôle qu'il joue{c}.\n\n"
f"Seule La Croix tente de prendre de la hauteur : le journal estime que la crise {o}dit moins la faiblesse d'un gouvernement que l'épuisement d'une manière de faire de la politique{c}. L'Humanité, enfin, appelle les députés de gauche à {o}prendre leurs responsabilités{c} en votant la motion de censure déposée jeudi soir. Dans les colonnes de l'hebdomadaire {o}Marianne{c}, on parle déjà d'un {o}divorce consommé{c} entre l'exécutif et l'Assemblée.\n\n"
f"Interrogé sur France Inter, le porte-parole du gouvernement, Julien Mercadier, a balayé ces critiques. {o}Les éditorialistes commentent, nous, nous agissons{c}, a-t-il répliqué, assurant que le texte adopté préservait {o}l'essentiel{c} des engagements pris devant les Français.\n")
FIG = ["Le Figaro", "Figaro", "Paul-Henri Vasseur", "Vasseur"]
LIB = ["Libération", "le quotidien"]
OPI = ["L'Opinion", "Opinion", "quotidien libéral", "le quotidien libéral"]
MAR = ["Françoise Marchal", "Marchal", "Le Monde", "éditorialiste du quotidien du soir"]
HLU = ["Hervé Lucas", "Lucas", "La Voix du Nord"]
MER = ["Julien Mercadier", "Mercadier", "porte-parole du gouvernement"]
art("w69_revue_de_presse", "radio", "2026-11-20", t69, [
    ("Le gouvernement a choisi de passer en force parce qu'il n'avait plus d'autre choix. C'est l'arme de la dernière chance, et chacun sait qu'elle ne servira pas indéfiniment", "direct", FIG),
    (f"la Première ministre {o}a rompu la promesse de méthode{c} faite à son arrivée à Matignon", "indirect", LIB),
    ("a rompu la promesse de méthode", "partial", LIB),
    ("Gouverner sans majorité, c'est gouverner contre le Parlement. Le 49.3 n'est pas une méthode, c'est un renoncement", "direct", LIB),
    (f"le gouvernement {o}n'avait guère le choix{c} face à une opposition {o}décidée à tout bloquer{c}, et le vrai scandale serait de laisser le pays sans budget au 1er janvier", "indirect", OPI),
    ("n'avait guère le choix", "partial", OPI),
    ("décidée à tout bloquer", "partial", OPI),
    ("plusieurs ministres avaient pourtant plaidé en vain pour aller jusqu'au vote", "indirect", ["Le Canard enchaîné", "Canard enchaîné"]),
    ("La censure n'est plus une hypothèse d'école", "direct", MAR),
    ("à bout de souffle", "partial", MAR),
    ("Encore un 49.3, encore un sursis. Les Français, eux, attendent toujours qu'on leur parle de leur pouvoir d'achat", "direct", ["Ouest-France"]),
    ("un théâtre d'ombres", "partial", HLU),
    ("plus personne ne croit au rôle qu'il joue", "partial", HLU),
    (f"la crise {o}dit moins la faiblesse d'un gouvernement que l'épuisement d'une manière de faire de la politique{c}", "indirect", ["La Croix", "le journal"]),
    ("dit moins la faiblesse d'un gouvernement que l'épuisement d'une manière de faire de la politique", "partial", ["La Croix", "le journal"]),
    ("prendre leurs responsabilités", "partial", ["L'Humanité", "Humanité"]),
    ("divorce consommé", "partial", ["Marianne", "l'hebdomadaire Marianne", "hebdomadaire"]),
    ("Les éditorialistes commentent, nous, nous agissons", "direct", MER),
    (f"le texte adopté préservait {o}l'essentiel{c} des engagements pris devant les Français", "indirect", MER),
    ("l'essentiel", "partial", MER),
])

# 70. a company's annual results in curly marks: « a indiqué le groupe dans un communiqué », the
# PDG, the directrice financière (« a-t-elle ajouté »), a plan's name in marks (no quote), a CGT
# delegate, the CFDT, analysts' notes (« jugent », « selon eux », « écrit de son côté Oddo BHF »),
# an anonymous executive, the industry minister, a postposed « a indiqué le groupe » without marks
o, c = "“", "”"
t70 = (
"Verdane : le bénéfice recule de 18 %, le groupe annonce 1 200 suppressions de postes\n\n"
f"Le fabricant d'équipements ferroviaires Verdane a publié jeudi des résultats annuels en demi-teinte. Son bénéfice net a reculé de 18 %, à 412 millions d'euros, pour un chiffre d'affaires quasi stable de 9,3 milliards. {o}Le contexte a été exigeant, mais nos fondamentaux restent solides et notre carnet de commandes atteint un niveau record{c}, a indiqué le groupe dans un communiqué.\n\n"
f"Lors de la présentation des comptes à la presse, le PDG, Marc-Antoine Sorel, a reconnu une année {o}décevante{c} sur le plan de la rentabilité. {o}Nous avons payé cher les retards de deux grands contrats en Amérique du Nord. Ces difficultés sont derrière nous{c}, a-t-il assuré devant les journalistes.\n\n"
f"Pour redresser ses marges, la direction lance un plan baptisé {o}Cap 2030{c}, qui prévoit 1 200 suppressions de postes en Europe, dont 450 en France, d'ici à la fin de l'année prochaine. La directrice financière, Nadia Benali, a précisé que ces départs se feraient {o}exclusivement sur la base du volontariat{c} et que le plan devrait dégager 300 millions d'euros d'économies annuelles. {o}Nous ne fermerons aucun site de production en France{c}, a-t-elle ajouté, sans dire quelles usines seraient concernées à l'étranger.\n\n"
f"Du côté des syndicats, la pilule passe mal. {o}On nous annonce des suppressions de postes l'année où le groupe verse encore un dividende de 1,40 euro par action. C'est indécent{c}, dénonce Philippe Roux, délégué central CGT. La CFDT, majoritaire chez Verdane, réclame pour sa part l'ouverture {o}sans délai{c} de négociations sur les reclassements.\n\n"
f"À la Bourse de Paris, le titre a chuté de 6,2 % à la clôture. Dans une note publiée dans la matinée, les analystes de Jefferies jugent le plan {o}crédible mais tardif{c}. Selon eux, le marché attendait des objectifs de marge plus ambitieux. {o}Le retour à une marge opérationnelle de 8 % en 2028 nous paraît atteignable, sans plus{c}, écrit de son côté Oddo BHF.\n\n"
f"En interne, l'annonce a surpris jusqu'au siège de Saint-Ouen. Un cadre dirigeant, qui a requis l'anonymat, évoque une {o}ambiance de fin de règne{c} et assure que plusieurs membres du comité exécutif ont découvert l'ampleur du plan la veille au soir.\n\n"
f"Le ministre de l'Industrie, Louis Perrault, a fait savoir qu'il recevrait la direction du groupe la semaine prochaine, estimant que l'État, actionnaire à hauteur de 10 %, avait {o}son mot à dire{c} sur l'avenir des sites français.\n\n"
"Verdane proposera à ses actionnaires, lors de l'assemblée générale du 14 mai, de maintenir le dividende à son niveau de l'an dernier, a indiqué le groupe.\n")
VER = ["Verdane", "le groupe", "groupe"]
SOR = ["Marc-Antoine Sorel", "Sorel", "PDG", "le PDG"]
BEN = ["Nadia Benali", "Benali", "directrice financière", "la directrice financière"]
JEF = ["Jefferies", "analystes de Jefferies", "les analystes de Jefferies"]
CAD = ["cadre dirigeant", "un cadre dirigeant"]
PER = ["Louis Perrault", "Perrault", "ministre de l'Industrie"]
art("w70_resultats_verdane", "business", "2027-02-25", t70, [
    ("Le contexte a été exigeant, mais nos fondamentaux restent solides et notre carnet de commandes atteint un niveau record", "direct", VER),
    ("décevante", "partial", SOR),
    ("Nous avons payé cher les retards de deux grands contrats en Amérique du Nord. Ces difficultés sont derrière nous", "direct", SOR),
    (f"ces départs se feraient {o}exclusivement sur la base du volontariat{c} et que le plan devrait dégager 300 millions d'euros d'économies annuelles", "indirect", BEN),
    ("exclusivement sur la base du volontariat", "partial", BEN),
    ("Nous ne fermerons aucun site de production en France", "direct", BEN),
    ("On nous annonce des suppressions de postes l'année où le groupe verse encore un dividende de 1,40 euro par action. C'est indécent", "direct", ["Philippe Roux", "Roux"]),
    ("sans délai", "partial", ["CFDT", "la CFDT"]),
    ("crédible mais tardif", "partial", JEF),
    ("le marché attendait des objectifs de marge plus ambitieux", "indirect", JEF),
    ("Le retour à une marge opérationnelle de 8 % en 2028 nous paraît atteignable, sans plus", "direct", ["Oddo BHF", "Oddo"]),
    ("ambiance de fin de règne", "partial", CAD),
    ("plusieurs membres du comité exécutif ont découvert l'ampleur du plan la veille au soir", "indirect", CAD),
    ("il recevrait la direction du groupe la semaine prochaine", "indirect", PER),
    (f"l'État, actionnaire à hauteur de 10 %, avait {o}son mot à dire{c} sur l'avenir des sites français", "indirect", PER),
    ("son mot à dire", "partial", PER),
    ("Verdane proposera à ses actionnaires, lors de l'assemblée générale du 14 mai, de maintenir le dividende à son niveau de l'an dernier", "indirect", VER),
])

# 71. a parliamentary debate in the hémicycle, guillemets with narrow no-break spaces: a law's
# title in marks (no quote, also in the headline), the minister at the rostrum, « a lancé le député
# LFI », heckles (« Démission ! », ont crié plusieurs élus), the president of the session, « a
# rétorqué la ministre » as an incise inside the marks, the rapporteur, « pour qui », a glissé
o, c = "«" + NN, NN + "»"
t71 = (
f"Loi {o}Travail et dignité{c} : premières passes d'armes dans l'hémicycle\n\n"
f"L'examen du projet de loi {o}Travail et dignité{c}, qui conditionne le versement du revenu de solidarité active à quinze heures d'activité hebdomadaires, a débuté lundi soir à l'Assemblée nationale dans un climat électrique. Plus de 3 000 amendements ont été déposés.\n\n"
f"Ouvrant la discussion générale, la ministre du Travail, Sophie Lemaire-Karam, a défendu {o}un texte de justice et non de punition{c}. {o}Nous ne demandons pas aux allocataires de mériter leur allocation. Nous leur disons que la société ne les abandonnera pas{c}, a-t-elle déclaré à la tribune.\n\n"
f"{o}Vous stigmatisez les pauvres pour flatter ceux qui ne le sont pas !{c}, a lancé le député LFI de la Somme Romain Lefranc, déclenchant un brouhaha sur les bancs de la droite. {o}Démission ! Démission !{c}, ont crié plusieurs élus insoumis lorsque la ministre a voulu reprendre la parole. {o}Monsieur Lefranc, vous n'avez pas la parole. Je vous rappelle à l'ordre{c}, a tranché le président de séance, Hugues Delmas, menaçant de suspendre les débats.\n\n"
f"{o}Je n'ai de leçon à recevoir de personne, a rétorqué la ministre, et certainement pas de ceux qui n'ont jamais proposé autre chose que des chèques.{c}\n\n"
f"Rapporteur du texte, le député Renaissance Arnaud Vigier a estimé que la réforme permettrait de ramener vers l'emploi {o}au moins 100 000 personnes{c} en trois ans. Une projection jugée {o}fantaisiste{c} par la socialiste Camille Ortega, pour qui le gouvernement {o}n'a jamais chiffré le coût de l'accompagnement{c}.\n\n"
f"Le Rassemblement national, qui devrait voter le texte, a toutefois défendu une motion de rejet. Son président de groupe, Thierry Bonnal, a dénoncé {o}une usine à gaz bureaucratique{c}, tout en affirmant que ses collègues soutiendraient {o}toute mesure qui valorise le travail{c}.\n\n"
"Vers minuit, après une suspension de séance demandée par les écologistes, la ministre a annoncé qu'elle accepterait un amendement repoussant l'entrée en vigueur au 1er janvier 2028. Elle a aussi indiqué que les départements seraient associés à la rédaction des décrets d'application.\n\n"
f"{o}On ira jusqu'au bout, amendement par amendement{c}, a glissé dans les couloirs une députée écologiste, Inès Maréchal, qui promet des nuits {o}très longues{c} à la majorité. Selon les services de l'Assemblée, le vote solennel pourrait intervenir le 18 mars.\n")
SLK = ["Sophie Lemaire-Karam", "Lemaire-Karam", "ministre du Travail", "la ministre du Travail", "la ministre"]
RLE = ["Romain Lefranc", "Lefranc", "député LFI"]
DEL = ["Hugues Delmas", "Delmas", "président de séance", "le président de séance"]
VIG = ["Arnaud Vigier", "Vigier", "rapporteur"]
ORT = ["Camille Ortega", "Ortega"]
BON = ["Thierry Bonnal", "Bonnal"]
IMA = ["Inès Maréchal", "Maréchal", "députée écologiste", "une députée écologiste"]
art("w71_assemblee_rsa", "national", "2027-02-16", t71, [
    ("un texte de justice et non de punition", "partial", SLK),
    ("Nous ne demandons pas aux allocataires de mériter leur allocation. Nous leur disons que la société ne les abandonnera pas", "direct", SLK),
    ("Vous stigmatisez les pauvres pour flatter ceux qui ne le sont pas !", "direct", RLE),
    ("Démission ! Démission !", "direct", ["élus insoumis", "plusieurs élus insoumis"]),
    ("Monsieur Lefranc, vous n'avez pas la parole. Je vous rappelle à l'ordre", "direct", DEL),
    ("Je n'ai de leçon à recevoir de personne, a rétorqué la ministre, et certainement pas de ceux qui n'ont jamais proposé autre chose que des chèques.", "direct", SLK),
    (f"la réforme permettrait de ramener vers l'emploi {o}au moins 100 000 personnes{c} en trois ans", "indirect", VIG),
    ("au moins 100 000 personnes", "partial", VIG),
    ("fantaisiste", "partial", ORT),
    (f"le gouvernement {o}n'a jamais chiffré le coût de l'accompagnement{c}", "indirect", ORT),
    ("n'a jamais chiffré le coût de l'accompagnement", "partial", ORT),
    ("une usine à gaz bureaucratique", "partial", BON),
    (f"ses collègues soutiendraient {o}toute mesure qui valorise le travail{c}", "indirect", BON),
    ("toute mesure qui valorise le travail", "partial", BON),
    ("elle accepterait un amendement repoussant l'entrée en vigueur au 1er janvier 2028", "indirect", SLK),
    ("les départements seraient associés à la rédaction des décrets d'application", "indirect", SLK),
    ("On ira jusqu'au bout, amendement par amendement", "direct", IMA),
    ("très longues", "partial", IMA),
    ("le vote solennel pourrait intervenir le 18 mars", "indirect", ["services de l'Assemblée", "les services de l'Assemblée", "Assemblée"]),
])

# 72. a COP climate negotiation in straight marks: the draft text quoted (« Le document appelle
# les pays à "…" »), the presidency and its president, the EU commissioner and « les Vingt-Sept »,
# « les pays du Sud » and the LDC group's chair, Saudi Arabia and « Riyad », the Secretary-General
# unnamed (« Selon lui »), NGOs (« Pour Greenpeace »), the Chinese delegation, an anonymous negotiator
t72 = (
"COP32 : à Addis-Abeba, la sortie des énergies fossiles divise toujours\n\n"
"ADDIS-ABEBA - À moins de quarante-huit heures de la clôture officielle de la COP32, les quelque 190 délégations réunies dans la capitale éthiopienne restent profondément divisées sur l'avenir des énergies fossiles. Un nouveau projet de décision publié mercredi matin par la présidence de la conférence a été accueilli fraîchement.\n\n"
"Le document appelle les pays à \"accélérer les efforts en vue d'une transition juste et ordonnée hors des combustibles fossiles\", sans fixer aucun calendrier. Une formulation jugée \"beaucoup trop faible\" par l'Union européenne. \"Nous ne sommes pas venus jusqu'ici pour signer un texte qui recule par rapport à Dubaï\", a déclaré le commissaire européen au Climat, Wopke Hoekstra, devant la presse. Les Vingt-Sept ont fait savoir qu'ils ne signeraient aucun accord dépourvu de date butoir.\n\n"
"La présidence, elle, défend un texte d'équilibre. \"Nous devons trouver un chemin qui permette à chacun de rester à la table\", a plaidé le ministre éthiopien de l'Environnement, Abebe Tessema, qui préside la conférence, en appelant les délégations à \"faire preuve de souplesse\" dans les dernières heures.\n\n"
"Du côté des pays du Sud, le ton est tout autre. Le groupe des pays les moins avancés (PMA) estime que les nations riches \"n'ont toujours pas tenu leurs promesses\" en matière de financement. \"On nous demande de renoncer à nos ressources sans nous donner les moyens de faire autrement. Ce n'est pas une transition juste, c'est une double peine\", a lancé sa présidente, la négociatrice sénégalaise Aïssatou Diallo.\n\n"
"L'Arabie saoudite, chef de file des pays producteurs, a fait savoir qu'elle s'opposerait à toute mention explicite des combustibles fossiles. Riyad juge \"irréaliste\" de vouloir \"choisir les énergies\" à la place des États souverains.\n\n"
"Venu en personne dans la capitale éthiopienne, le secrétaire général de l'ONU a haussé le ton. \"Le monde regarde cette salle. L'histoire retiendra qui a bloqué\", a-t-il averti en séance plénière, exhortant les ministres à \"sortir de leurs tranchées\". Selon lui, l'objectif de 1,5 °C reste \"à portée\", mais \"pour quelques années seulement\".\n\n"
"Les ONG multiplient les mises en garde. \"Un accord sans date de sortie serait un permis de polluer pour vingt ans de plus\", prévient Lucie Fabre, du Réseau Action Climat. Pour Greenpeace, la présidence \"cède aux pétro-États\" en retirant du texte toute référence au charbon.\n\n"
"Le chef de la délégation chinoise, Wang Jiahao, a rappelé que les pays développés devaient \"montrer l'exemple\" et que Pékin ne souscrirait à aucun \"objectif imposé de l'extérieur\".\n\n"
"\"On peut encore sauver quelque chose, mais il faudra que quelqu'un cède\", confie un négociateur européen sous couvert d'anonymat. Une nouvelle version du texte est attendue dans la nuit, a indiqué un porte-parole de la présidence.\n")
PRES = ["présidence de la conférence", "la présidence de la conférence", "présidence", "la présidence", "présidence de la COP", "Abebe Tessema", "Tessema"]
UE = ["Union européenne", "l'Union européenne", "UE", "Vingt-Sept", "les Vingt-Sept", "Wopke Hoekstra", "Hoekstra"]
HOE = ["Wopke Hoekstra", "Hoekstra", "commissaire européen au Climat"]
TES = ["Abebe Tessema", "Tessema", "ministre éthiopien de l'Environnement", "président de la COP32", "présidence"]
PMA = ["pays les moins avancés", "groupe des pays les moins avancés", "le groupe des pays les moins avancés", "PMA", "Aïssatou Diallo", "Diallo"]
DIA = ["Aïssatou Diallo", "Diallo", "sa présidente"]
KSA = ["Arabie saoudite", "l'Arabie saoudite", "Riyad"]
SGU = ["secrétaire général de l'ONU", "le secrétaire général de l'ONU", "secrétaire général"]
WAN = ["Wang Jiahao", "Wang", "chef de la délégation chinoise", "Chine", "Pékin"]
art("w72_cop32_fossiles", "daily", "2027-11-17", t72, [
    ("accélérer les efforts en vue d'une transition juste et ordonnée hors des combustibles fossiles", "partial", PRES),
    ("beaucoup trop faible", "partial", UE),
    ("Nous ne sommes pas venus jusqu'ici pour signer un texte qui recule par rapport à Dubaï", "direct", HOE),
    ("ils ne signeraient aucun accord dépourvu de date butoir", "indirect", UE),
    ("Nous devons trouver un chemin qui permette à chacun de rester à la table", "direct", TES),
    ("faire preuve de souplesse", "partial", TES),
    ("les nations riches \"n'ont toujours pas tenu leurs promesses\" en matière de financement", "indirect", PMA),
    ("n'ont toujours pas tenu leurs promesses", "partial", PMA),
    ("On nous demande de renoncer à nos ressources sans nous donner les moyens de faire autrement. Ce n'est pas une transition juste, c'est une double peine", "direct", DIA),
    ("elle s'opposerait à toute mention explicite des combustibles fossiles", "indirect", KSA),
    ("irréaliste", "partial", KSA),
    ("choisir les énergies", "partial", KSA),
    ("Le monde regarde cette salle. L'histoire retiendra qui a bloqué", "direct", SGU),
    ("sortir de leurs tranchées", "partial", SGU),
    ("l'objectif de 1,5 °C reste \"à portée\", mais \"pour quelques années seulement\"", "indirect", SGU),
    ("à portée", "partial", SGU),
    ("pour quelques années seulement", "partial", SGU),
    ("Un accord sans date de sortie serait un permis de polluer pour vingt ans de plus", "direct", ["Lucie Fabre", "Fabre"]),
    ("la présidence \"cède aux pétro-États\" en retirant du texte toute référence au charbon", "indirect", ["Greenpeace"]),
    ("cède aux pétro-États", "partial", ["Greenpeace"]),
    # one indirect quote for « que A et que B », as in the reference gold
    ("les pays développés devaient \"montrer l'exemple\" et que Pékin ne souscrirait à aucun \"objectif imposé de l'extérieur\"", "indirect", WAN),
    ("montrer l'exemple", "partial", WAN),
    ("objectif imposé de l'extérieur", "partial", WAN),
    ("On peut encore sauver quelque chose, mais il faudra que quelqu'un cède", "direct", ["négociateur européen", "un négociateur européen"]),
    ("Une nouvelle version du texte est attendue dans la nuit", "indirect", ["porte-parole de la présidence", "un porte-parole de la présidence", "présidence"]),
])

# 73. an obituary with tributes, guillemets with no space: a cataphoric « Il aimait dire qu'il
# écrivait «…» » before the name, the publisher's announcement (« a annoncé sa maison d'édition »),
# book titles in marks (no quotes), old quotes of the deceased (« disait-il en 1998 », « avait-il
# confié en 2004 »), tributes on X (« a réagi le président de la République sur X », « a salué sur
# X »), his editor, the mayor as « l'élu », a fellow writer on the radio, « a précisé sa famille »
t73 = (
"Mort de Jean-Baptiste Morvan, l'écrivain des marées\n\n"
"Il aimait dire qu'il écrivait «comme on répare un filet, maille après maille». L'écrivain breton Jean-Baptiste Morvan est mort dimanche à Douarnenez (Finistère) à l'âge de 87 ans, a annoncé sa maison d'édition, Gallimard.\n\n"
"Auteur d'une vingtaine de romans, il avait obtenu le prix Goncourt en 1991 pour «Les Veilleurs de grève», une saga de trois générations de pêcheurs sardiniers vendue à plus d'un million d'exemplaires. «Je n'écris pas sur la mer. J'écris sur ceux qui attendent qu'elle leur rende quelqu'un», disait-il en 1998 dans un entretien au Monde, à la sortie de «Basse mer».\n\n"
"Fils d'un patron pêcheur disparu en mer quand il avait sept ans, Morvan avait longtemps refusé d'évoquer ce drame. «Tout ce que j'ai écrit vient de cette nuit-là. Je ne l'ai compris qu'à cinquante ans», avait-il confié en 2004 sur France Culture. Engagé à gauche, il n'avait jamais caché son mépris pour ce qu'il appelait «la littérature de salon».\n\n"
"Les hommages se sont multipliés dès l'annonce de sa disparition. «Jean-Baptiste Morvan a donné aux gens de mer une voix que la France entière a entendue», a réagi le président de la République sur X, saluant «un immense écrivain de la fidélité». La ministre de la Culture, Agnès Ferrand, a salué sur le même réseau «un géant discret», dont l'œuvre «continuera d'accompagner des générations de lecteurs».\n\n"
"Son éditrice de toujours, Marianne Le Goff, se souvient d'un homme «d'une exigence absolue, avec lui-même d'abord». «Il réécrivait ses premières pages jusqu'à vingt fois. Quand il me rendait un manuscrit, il s'excusait presque de le trouver enfin acceptable», raconte-t-elle.\n\n"
"À Douarnenez, où il vivait depuis 1970 dans une maison face au port du Rosmeur, le maire, Yannick Kervella, a annoncé que la médiathèque municipale porterait son nom. «C'était notre écrivain, celui qui nous a appris à nous regarder sans honte», a confié l'élu.\n\n"
"La romancière Annie Quéré, qui fut son amie pendant quarante ans, a réagi sur France Inter : «On perd un frère. Il était la preuve qu'on pouvait être populaire sans jamais être facile.»\n\n"
"Ses obsèques seront célébrées samedi en l'église du Sacré-Cœur de Douarnenez, a précisé sa famille. Une soirée de lectures est prévue le même soir sur le port du Rosmeur, à l'initiative de la Société nationale de sauvetage en mer.\n")
MOR = ["Jean-Baptiste Morvan", "Morvan"]
GAL = ["Gallimard", "sa maison d'édition", "maison d'édition"]
PRE = ["président de la République", "le président de la République", "chef de l'État"]
FER = ["Agnès Ferrand", "Ferrand", "ministre de la Culture"]
LGO = ["Marianne Le Goff", "Le Goff"]
KER = ["Yannick Kervella", "Kervella", "maire", "le maire", "l'élu"]
art("w73_necrologie_morvan", "national", "2027-09-13", t73, [
    ("il écrivait «comme on répare un filet, maille après maille»", "indirect", MOR),
    ("comme on répare un filet, maille après maille", "partial", MOR),
    ("L'écrivain breton Jean-Baptiste Morvan est mort dimanche à Douarnenez (Finistère) à l'âge de 87 ans", "indirect", GAL),
    ("Je n'écris pas sur la mer. J'écris sur ceux qui attendent qu'elle leur rende quelqu'un", "direct", MOR),
    ("Tout ce que j'ai écrit vient de cette nuit-là. Je ne l'ai compris qu'à cinquante ans", "direct", MOR),
    ("la littérature de salon", "partial", MOR),
    ("Jean-Baptiste Morvan a donné aux gens de mer une voix que la France entière a entendue", "direct", PRE),
    ("un immense écrivain de la fidélité", "partial", PRE),
    ("un géant discret", "partial", FER),
    ("continuera d'accompagner des générations de lecteurs", "partial", FER),
    ("d'une exigence absolue, avec lui-même d'abord", "partial", LGO),
    ("Il réécrivait ses premières pages jusqu'à vingt fois. Quand il me rendait un manuscrit, il s'excusait presque de le trouver enfin acceptable", "direct", LGO),
    ("la médiathèque municipale porterait son nom", "indirect", KER),
    ("C'était notre écrivain, celui qui nous a appris à nous regarder sans honte", "direct", KER),
    ("On perd un frère. Il était la preuve qu'on pouvait être populaire sans jamais être facile.", "direct", ["Annie Quéré", "Quéré"]),
    ("Ses obsèques seront célébrées samedi en l'église du Sacré-Cœur de Douarnenez", "indirect", ["sa famille", "famille"]),
])

# batch 14
# 74. Iran and the IAEA, guillemets with no-break spaces: the director general's confidential report
# (« affirme son directeur général », « écrit X », « selon ce document », « Le rapport souligne
# que »), a role reference (« le diplomate suédois »), the Iranian foreign ministry's spokesman at his
# weekly briefing (« selon lui » inside a partial's phrase), the E3's joint statement (« écrivent
# Paris, Londres et Berlin »), a group's name in marks after « dit » (no quote), « selon un diplomate
# occidental » then « a confié ce diplomate », Moscow and its envoy in Vienna on X
o, c = "«" + NB, NB + "»"
t74 = (
f"Nucléaire : l'AIEA s'alarme, Téhéran dénonce un rapport {o}politique{c}\n\n"
f"Vienne, 4 novembre 2027 (AFP) - L'Agence internationale de l'énergie atomique a perdu la {o}continuité des connaissances{c} sur le stock d'uranium enrichi de l'Iran, affirme son directeur général dans un rapport confidentiel transmis mercredi aux États membres et consulté par l'AFP.\n\n"
f"Selon ce document de seize pages, Téhéran détient désormais 412 kilogrammes d'uranium enrichi à 60 %, soit une hausse de près d'un tiers en trois mois. {o}L'agence n'est plus en mesure de garantir que ce programme est exclusivement pacifique{c}, écrit Lars Hedström, qui juge la situation {o}extrêmement préoccupante{c}. Le diplomate suédois réclame un accès {o}immédiat et sans entrave{c} aux sites de Fordo et d'Ispahan, où les inspecteurs n'ont pas pu se rendre depuis le mois de juin.\n\n"
f"À Téhéran, la réaction n'a pas tardé. Lors de son point de presse hebdomadaire, le porte-parole du ministère iranien des Affaires étrangères, Hamid Rezaei, a dénoncé un rapport {o}politique{c}, rédigé selon lui {o}sous la dictée de Washington et de Tel-Aviv{c}. {o}L'Iran a toujours coopéré avec l'agence dans le cadre de ses obligations. Ce sont ceux qui ont violé l'accord qui devraient rendre des comptes{c}, a-t-il déclaré devant la presse.\n\n"
f"Le porte-parole a ajouté que la République islamique {o}réexaminerait{c} sa coopération si le Conseil des gouverneurs adoptait une résolution contre elle. Il a toutefois assuré que Téhéran restait ouvert à la diplomatie, à condition que {o}les droits de la nation iranienne soient respectés{c}.\n\n"
f"Dans une déclaration commune publiée jeudi soir, la France, le Royaume-Uni et l'Allemagne, réunis au sein du groupe dit {o}E3{c}, se sont dits {o}profondément préoccupés{c} par les conclusions de l'agence. {o}L'escalade nucléaire de l'Iran n'a aucune justification civile crédible. Nous sommes prêts à recourir à tous les instruments diplomatiques, y compris le mécanisme de retour des sanctions{c}, écrivent Paris, Londres et Berlin.\n\n"
f"Selon un diplomate occidental, les trois capitales pourraient déposer un projet de résolution dès la réunion du Conseil des gouverneurs, prévue le 20 novembre à Vienne. {o}Personne ne souhaite une crise, mais on ne peut pas faire comme si ce rapport n'existait pas{c}, a confié ce diplomate sous couvert d'anonymat.\n\n"
f"Moscou a pour sa part appelé à {o}éviter toute mesure précipitée{c}. Le représentant permanent de la Russie auprès des organisations internationales à Vienne, Piotr Ermakov, a estimé sur X que les Européens {o}jouaient avec le feu{c} en menaçant de rétablir les sanctions de l'ONU.\n\n"
"Le rapport souligne par ailleurs que deux caméras de surveillance ont été retirées en septembre du site de Karaj, sans que l'agence en ait été informée au préalable. Les inspecteurs de l'AIEA ont en outre été empêchés à deux reprises de prélever des échantillons à Natanz, précise le document.\n")
HED = ["Lars Hedström", "Hedström", "directeur général", "son directeur général", "directeur général de l'AIEA", "AIEA", "l'AIEA", "Agence internationale de l'énergie atomique", "rapport", "le rapport", "document", "ce document", "le document"]
REZ = ["Hamid Rezaei", "Rezaei", "porte-parole du ministère iranien des Affaires étrangères", "le porte-parole", "porte-parole"]
E3 = ["E3", "Paris, Londres et Berlin", "Paris", "Londres", "Berlin", "la France, le Royaume-Uni et l'Allemagne", "France", "Royaume-Uni", "Allemagne"]
DIPO = ["diplomate occidental", "un diplomate occidental", "ce diplomate"]
ERM = ["Piotr Ermakov", "Ermakov", "représentant permanent de la Russie", "Russie", "Moscou"]
art("w74_aiea_iran_rapport", "wire", "2027-11-04", t74, [
    (f"L'Agence internationale de l'énergie atomique a perdu la {o}continuité des connaissances{c} sur le stock d'uranium enrichi de l'Iran", "indirect", HED),
    ("continuité des connaissances", "partial", HED),
    ("Téhéran détient désormais 412 kilogrammes d'uranium enrichi à 60 %, soit une hausse de près d'un tiers en trois mois", "indirect", HED),
    ("L'agence n'est plus en mesure de garantir que ce programme est exclusivement pacifique", "direct", HED),
    ("extrêmement préoccupante", "partial", HED),
    ("immédiat et sans entrave", "partial", HED),
    ("politique", "partial", REZ, 1),
    ("sous la dictée de Washington et de Tel-Aviv", "partial", REZ),
    ("L'Iran a toujours coopéré avec l'agence dans le cadre de ses obligations. Ce sont ceux qui ont violé l'accord qui devraient rendre des comptes", "direct", REZ),
    (f"la République islamique {o}réexaminerait{c} sa coopération si le Conseil des gouverneurs adoptait une résolution contre elle", "indirect", REZ),
    ("réexaminerait", "partial", REZ),
    (f"Téhéran restait ouvert à la diplomatie, à condition que {o}les droits de la nation iranienne soient respectés{c}", "indirect", REZ),
    ("les droits de la nation iranienne soient respectés", "partial", REZ),
    ("profondément préoccupés", "partial", E3),
    ("L'escalade nucléaire de l'Iran n'a aucune justification civile crédible. Nous sommes prêts à recourir à tous les instruments diplomatiques, y compris le mécanisme de retour des sanctions", "direct", E3),
    ("les trois capitales pourraient déposer un projet de résolution dès la réunion du Conseil des gouverneurs, prévue le 20 novembre à Vienne", "indirect", DIPO),
    ("Personne ne souhaite une crise, mais on ne peut pas faire comme si ce rapport n'existait pas", "direct", DIPO),
    ("éviter toute mesure précipitée", "partial", ["Moscou", "Russie"]),
    (f"les Européens {o}jouaient avec le feu{c} en menaçant de rétablir les sanctions de l'ONU", "indirect", ERM),
    ("jouaient avec le feu", "partial", ERM),
    ("deux caméras de surveillance ont été retirées en septembre du site de Karaj, sans que l'agence en ait été informée au préalable", "indirect", HED),
    ("Les inspecteurs de l'AIEA ont en outre été empêchés à deux reprises de prélever des échantillons à Natanz", "indirect", HED),
])

# 75. talks between Moscow and Kyiv in Istanbul, curly marks: both delegations' heads (« le chef de
# la délégation russe », « le ministre »), a chain of paraphrase without marks (« Selon lui, … ; …,
# a-t-il ajouté, mais … ; …, a-t-il poursuivi »), the Ukrainian presidency's communiqué (« ajoute le
# texte »), the Kremlin spokesman and a second chain (« a-t-il indiqué aux journalistes », « Il a
# ajouté que », « a-t-il poursuivi »), the Turkish host unnamed, a delegation member via a news agency
o, c = "“", "”"
t75 = (
"Pourparlers d'Istanbul : un échange de prisonniers, mais toujours pas de trêve\n\n"
"Istanbul, 16 mai 2027 - Les délégations russe et ukrainienne se sont séparées vendredi soir à Istanbul après près de trois heures de discussions au palais de Dolmabahçe, sans autre avancée qu'un accord sur l'échange de mille prisonniers de chaque camp. Les deux parties se sont mutuellement rejeté la responsabilité de l'absence de cessez-le-feu.\n\n"
f"{o}Nous sommes venus avec des propositions concrètes et nous repartons avec un accord humanitaire, c'est déjà beaucoup{c}, a déclaré devant la presse le chef de la délégation russe, Sergueï Lavrenko, conseiller du président Vladimir Poutine. Selon lui, Moscou est prêt à poursuivre les discussions {o}à tout niveau{c}, y compris technique. La Russie n'exclut pas une rencontre entre les chefs d'État, a-t-il ajouté, mais seulement lorsque {o}les documents seront prêts{c}. Les causes profondes du conflit doivent être traitées en priorité, a-t-il poursuivi.\n\n"
f"Le chef de la délégation ukrainienne, le ministre de la Défense Andriï Kovaltchouk, a dénoncé de son côté des exigences {o}inacceptables{c}. Moscou a réclamé le retrait des troupes ukrainiennes de quatre régions que la Russie revendique, a-t-il affirmé. {o}Ils ne veulent pas la paix, ils veulent notre capitulation. Aucun Ukrainien ne l'acceptera{c}, a lancé le ministre, qui s'exprimait en ukrainien.\n\n"
f"Dans un communiqué publié dans la soirée, la présidence ukrainienne a salué l'accord sur les prisonniers, {o}un premier pas qui doit en appeler d'autres{c}, tout en réclamant {o}un cessez-le-feu complet et inconditionnel d'au moins trente jours{c}. Kiev demande à ses partenaires d'{o}accroître la pression{c} sur Moscou si la Russie continue de refuser la trêve, ajoute le texte.\n\n"
f"À Moscou, le porte-parole du Kremlin, Dmitri Peskov, a jugé {o}prématuré{c} de parler d'une rencontre entre Vladimir Poutine et Volodymyr Zelensky. Le président russe recevra dans les prochains jours un compte rendu détaillé des pourparlers, a-t-il indiqué aux journalistes. Il a ajouté que le Kremlin {o}n'avait pas de date{c} pour un nouveau cycle. Aucune décision ne sera prise avant ce compte rendu, a-t-il poursuivi.\n\n"
f"Hôte de la rencontre, le chef de la diplomatie turque s'est félicité de voir les deux parties accepter de {o}se regarder en face{c}, une première depuis le printemps 2022. Il a assuré que la Turquie était prête à accueillir {o}autant de sessions qu'il le faudra{c}, à Istanbul ou ailleurs.\n\n"
f"Selon un membre de la délégation ukrainienne cité par l'agence Interfax-Ukraine, l'échange de prisonniers pourrait intervenir {o}dès la semaine prochaine{c}. Les listes doivent encore être vérifiées par le Comité international de la Croix-Rouge.\n")
LAV = ["Sergueï Lavrenko", "Lavrenko", "chef de la délégation russe", "le chef de la délégation russe"]
KOV = ["Andriï Kovaltchouk", "Kovaltchouk", "chef de la délégation ukrainienne", "ministre de la Défense", "le ministre"]
PUA = ["présidence ukrainienne", "la présidence ukrainienne", "Kiev", "Ukraine", "communiqué", "le texte"]
PES2 = ["Dmitri Peskov", "Peskov", "porte-parole du Kremlin", "le porte-parole du Kremlin", "Kremlin"]
TUR = ["chef de la diplomatie turque", "le chef de la diplomatie turque", "Turquie", "Ankara"]
MDU = ["membre de la délégation ukrainienne", "un membre de la délégation ukrainienne"]
art("w75_istanbul_pourparlers", "wire", "2027-05-16", t75, [
    ("Nous sommes venus avec des propositions concrètes et nous repartons avec un accord humanitaire, c'est déjà beaucoup", "direct", LAV),
    (f"Moscou est prêt à poursuivre les discussions {o}à tout niveau{c}, y compris technique", "indirect", LAV),
    ("à tout niveau", "partial", LAV),
    (f"La Russie n'exclut pas une rencontre entre les chefs d'État, a-t-il ajouté, mais seulement lorsque {o}les documents seront prêts{c}", "indirect", LAV),
    ("les documents seront prêts", "partial", LAV),
    ("Les causes profondes du conflit doivent être traitées en priorité", "indirect", LAV),
    ("inacceptables", "partial", KOV),
    ("Moscou a réclamé le retrait des troupes ukrainiennes de quatre régions que la Russie revendique", "indirect", KOV),
    ("Ils ne veulent pas la paix, ils veulent notre capitulation. Aucun Ukrainien ne l'acceptera", "direct", KOV),
    ("un premier pas qui doit en appeler d'autres", "partial", PUA),
    ("un cessez-le-feu complet et inconditionnel d'au moins trente jours", "partial", PUA),
    (f"Kiev demande à ses partenaires d'{o}accroître la pression{c} sur Moscou si la Russie continue de refuser la trêve", "indirect", PUA),
    ("accroître la pression", "partial", PUA),
    ("prématuré", "partial", PES2),
    ("Le président russe recevra dans les prochains jours un compte rendu détaillé des pourparlers", "indirect", PES2),
    (f"le Kremlin {o}n'avait pas de date{c} pour un nouveau cycle", "indirect", PES2),
    ("n'avait pas de date", "partial", PES2),
    ("Aucune décision ne sera prise avant ce compte rendu", "indirect", PES2),
    ("se regarder en face", "partial", TUR),
    (f"la Turquie était prête à accueillir {o}autant de sessions qu'il le faudra{c}, à Istanbul ou ailleurs", "indirect", TUR),
    ("autant de sessions qu'il le faudra", "partial", TUR),
    (f"l'échange de prisonniers pourrait intervenir {o}dès la semaine prochaine{c}", "indirect", MDU),
    ("dès la semaine prochaine", "partial", MDU),
])

# 76. the European Commission's midday briefing, straight marks: the chief spokesperson (« lors du
# point de presse quotidien de midi », « la porte-parole », « a-t-elle répondu », « a annoncé la
# porte-parole en chef » postposed without marks), « a indiqué un porte-parole de la Commission » and
# « Ce dernier a précisé que », the Commission as an institution (« la Commission affirme que »,
# « L'exécutif européen reproche »), Bruxelles as a metonym, a regulation's English name and a
# proposal's title in marks (no quotes), the platform's reply by e-mail, an MEP (« selon l'expression de »)
t76 = (
"Bruxelles ouvre une enquête contre la plateforme Shopora\n\n"
"Bruxelles, 9 octobre 2027 - La Commission européenne a ouvert lundi une procédure formelle contre la plateforme de commerce en ligne Shopora, soupçonnée de ne pas protéger suffisamment les mineurs et de laisser proliférer des produits dangereux. L'enquête est menée au titre du règlement sur les services numériques, le \"Digital Services Act\" (DSA), pleinement applicable depuis février 2024.\n\n"
"\"Les consommateurs européens doivent pouvoir acheter en ligne sans mettre en danger leur santé ou celle de leurs enfants\", a déclaré la porte-parole en chef de la Commission, Marta Vinhais, lors du point de presse quotidien de midi. Selon elle, l'institution dispose d'\"éléments sérieux\" laissant penser que la plateforme a manqué à ses obligations.\n\n"
"Interrogée sur le calendrier, la porte-parole a refusé de s'avancer. \"Il n'y a pas de délai légal pour clore une enquête de ce type. Nous prendrons le temps nécessaire, mais pas plus\", a-t-elle répondu. Une amende pouvant atteindre 6 % du chiffre d'affaires mondial de l'entreprise n'est pas exclue, a-t-elle rappelé.\n\n"
"La plateforme a été informée vendredi de l'ouverture de la procédure et dispose d'un droit de réponse, a indiqué un porte-parole de la Commission chargé du numérique. Ce dernier a précisé que les autorités de plusieurs États membres, dont la France et l'Irlande, avaient transmis des signalements \"nombreux et concordants\".\n\n"
"Dans un communiqué, la Commission affirme que Shopora n'a pas mis en place de \"mesures d'atténuation raisonnables, proportionnées et efficaces\" contre la vente de jouets non conformes. L'exécutif européen reproche aussi à la plateforme des \"interfaces trompeuses\" destinées à pousser les utilisateurs à acheter davantage.\n\n"
"Contactée par l'AFP, l'entreprise, dont le siège européen est à Dublin, a assuré \"coopérer pleinement\" avec les autorités. \"Nous avons retiré plus de 40 000 annonces depuis janvier et nous continuerons à renforcer nos contrôles\", a écrit un porte-parole de Shopora dans un courriel.\n\n"
"Bruxelles, qui a déjà ouvert des procédures similaires contre deux autres plateformes asiatiques, entend montrer que le DSA \"n'est pas un tigre de papier\", selon l'expression de l'eurodéputée écologiste allemande Hanna Brenner. L'élue a salué une décision \"attendue depuis trop longtemps\". Les consommateurs ont payé cher la lenteur des institutions, a-t-elle regretté.\n\n"
"La Commission doit par ailleurs présenter en décembre une proposition de règlement intitulée \"Pour un marché unique numérique plus sûr\", qui renforcerait les contrôles douaniers sur les petits colis, a annoncé la porte-parole en chef.\n")
VIN = ["Marta Vinhais", "Vinhais", "porte-parole en chef de la Commission", "la porte-parole en chef de la Commission", "porte-parole en chef", "la porte-parole en chef", "la porte-parole"]
PPC = ["porte-parole de la Commission", "un porte-parole de la Commission", "porte-parole de la Commission chargé du numérique", "un porte-parole de la Commission chargé du numérique"]
COM = ["Commission européenne", "la Commission européenne", "Commission", "la Commission", "Bruxelles", "exécutif européen", "l'exécutif européen"]
SHO = ["Shopora", "l'entreprise", "entreprise"]
BRE = ["Hanna Brenner", "Brenner", "eurodéputée écologiste allemande", "l'eurodéputée écologiste allemande", "l'élue"]
art("w76_commission_midi", "wire", "2027-10-09", t76, [
    ("Les consommateurs européens doivent pouvoir acheter en ligne sans mettre en danger leur santé ou celle de leurs enfants", "direct", VIN),
    ("l'institution dispose d'\"éléments sérieux\" laissant penser que la plateforme a manqué à ses obligations", "indirect", VIN),
    ("éléments sérieux", "partial", VIN),
    ("Il n'y a pas de délai légal pour clore une enquête de ce type. Nous prendrons le temps nécessaire, mais pas plus", "direct", VIN),
    ("Une amende pouvant atteindre 6 % du chiffre d'affaires mondial de l'entreprise n'est pas exclue", "indirect", VIN),
    ("La plateforme a été informée vendredi de l'ouverture de la procédure et dispose d'un droit de réponse", "indirect", PPC),
    ("les autorités de plusieurs États membres, dont la France et l'Irlande, avaient transmis des signalements \"nombreux et concordants\"", "indirect", PPC),
    ("nombreux et concordants", "partial", PPC),
    ("Shopora n'a pas mis en place de \"mesures d'atténuation raisonnables, proportionnées et efficaces\" contre la vente de jouets non conformes", "indirect", COM),
    ("mesures d'atténuation raisonnables, proportionnées et efficaces", "partial", COM),
    ("interfaces trompeuses", "partial", COM),
    ("coopérer pleinement", "partial", SHO),
    ("Nous avons retiré plus de 40 000 annonces depuis janvier et nous continuerons à renforcer nos contrôles", "direct", ["porte-parole de Shopora", "un porte-parole de Shopora", "Shopora"]),
    ("n'est pas un tigre de papier", "partial", BRE),
    ("attendue depuis trop longtemps", "partial", BRE),
    ("Les consommateurs ont payé cher la lenteur des institutions", "indirect", BRE),
    ("La Commission doit par ailleurs présenter en décembre une proposition de règlement intitulée \"Pour un marché unique numérique plus sûr\", qui renforcerait les contrôles douaniers sur les petits colis", "indirect", VIN),
])

# 77. an African Union summit in Addis-Abeba, guillemets with narrow no-break spaces: the final
# communiqué quoted (« Dans leur communiqué final, les dirigeants africains exigent « … » », « peut-on
# y lire », « Le texte appelle … « … » »), the Commission's chairperson (« le président de la
# Commission »), « a plaidé le président sénégalais » and « pour qui », « Le chef de l'État a proposé
# que », Pretoria and Abuja as metonyms (« Abuja a fait savoir que »), an anonymous West African
# diplomat (« résume-t-il »), the incoming rotating chair
o, c = "«" + NN, NN + "»"
t77 = (
"Addis-Abeba : l'Union africaine hausse le ton sur la réforme du Conseil de sécurité\n\n"
f"Addis-Abeba, 16 février 2028 - Les chefs d'État et de gouvernement de l'Union africaine (UA) ont clos dimanche soir leur sommet annuel, consacré au financement de la paix et à la réforme des institutions internationales. Dans leur communiqué final, les dirigeants africains exigent {o}au moins deux sièges permanents, avec tous les privilèges qui s'y attachent, y compris le droit de veto{c} au Conseil de sécurité des Nations unies.\n\n"
f"À l'ouverture des travaux samedi, le président de la Commission de l'UA, le Djiboutien Ismaïl Omar Farah, avait donné le ton. {o}L'Afrique représente plus d'un quart des États membres des Nations unies et n'a toujours pas voix au chapitre là où se décident la guerre et la paix. Cette injustice historique doit cesser{c}, a-t-il lancé devant les dirigeants réunis dans la salle plénière du siège de l'organisation.\n\n"
f"Le président de la Commission a également déploré que moins de la moitié des États membres se soient acquittés de leurs contributions au Fonds pour la paix. Sans ressources propres, l'organisation restera {o}dépendante du bon vouloir de ses partenaires{c}, a-t-il averti.\n\n"
f"{o}Nous ne demandons pas la charité, nous demandons la justice{c}, a plaidé le président sénégalais, Mamadou Seck, pour qui la réforme du Conseil est {o}une question de dignité{c}. Le chef de l'État a proposé que les pays africains arrêtent une position commune avant l'Assemblée générale de septembre.\n\n"
f"Pretoria et Abuja, candidates déclarées à un éventuel siège permanent, ont toutefois laissé paraître leurs divergences. Le président sud-africain, Thabo Nkosi, a estimé que le choix des titulaires devait revenir {o}aux Africains et à eux seuls{c}, sans ingérence extérieure. Abuja a fait savoir de son côté que le Nigeria, {o}pays le plus peuplé du continent{c}, ne saurait être écarté d'un tel arrangement.\n\n"
f"Selon un diplomate ouest-africain, la question des sièges a occupé l'essentiel du huis clos de samedi soir. {o}Tout le monde est d'accord sur le principe, personne sur les noms{c}, résume-t-il.\n\n"
f"Le communiqué final consacre également un long passage à la situation dans l'est de la République démocratique du Congo. {o}La Conférence condamne fermement toute forme de soutien extérieur aux groupes armés et exige le retrait immédiat de toutes les forces étrangères non autorisées{c}, peut-on y lire. Le texte appelle aussi à la tenue d'un sommet extraordinaire sur le financement de la sécurité {o}avant la fin de l'année{c}.\n\n"
f"La présidence tournante de l'organisation revient pour un an au chef de l'État angolais, João Manuel Kiala, qui a promis de faire de la lutte contre le terrorisme au Sahel {o}la priorité des priorités{c}.\n")
UA = ["Union africaine", "l'Union africaine", "UA", "chefs d'État et de gouvernement de l'Union africaine", "dirigeants africains", "les dirigeants africains", "communiqué final", "le communiqué final", "Conférence", "la Conférence", "le texte"]
FAR = ["Ismaïl Omar Farah", "Farah", "président de la Commission de l'UA", "le président de la Commission de l'UA", "président de la Commission", "le président de la Commission"]
SEC = ["Mamadou Seck", "Seck", "président sénégalais", "le président sénégalais", "chef de l'État", "le chef de l'État", "Sénégal", "Dakar"]
NKO = ["Thabo Nkosi", "Nkosi", "président sud-africain", "le président sud-africain", "Pretoria", "Afrique du Sud"]
ABU = ["Abuja", "Nigeria"]
DOA = ["diplomate ouest-africain", "un diplomate ouest-africain"]
art("w77_ua_sommet_addis", "panafrican", "2028-02-16", t77, [
    ("au moins deux sièges permanents, avec tous les privilèges qui s'y attachent, y compris le droit de veto", "partial", UA),
    ("L'Afrique représente plus d'un quart des États membres des Nations unies et n'a toujours pas voix au chapitre là où se décident la guerre et la paix. Cette injustice historique doit cesser", "direct", FAR),
    ("moins de la moitié des États membres se soient acquittés de leurs contributions au Fonds pour la paix", "indirect", FAR),
    (f"Sans ressources propres, l'organisation restera {o}dépendante du bon vouloir de ses partenaires{c}", "indirect", FAR),
    ("dépendante du bon vouloir de ses partenaires", "partial", FAR),
    ("Nous ne demandons pas la charité, nous demandons la justice", "direct", SEC),
    (f"la réforme du Conseil est {o}une question de dignité{c}", "indirect", SEC),
    ("une question de dignité", "partial", SEC),
    ("les pays africains arrêtent une position commune avant l'Assemblée générale de septembre", "indirect", SEC),
    (f"le choix des titulaires devait revenir {o}aux Africains et à eux seuls{c}, sans ingérence extérieure", "indirect", NKO),
    ("aux Africains et à eux seuls", "partial", NKO),
    (f"le Nigeria, {o}pays le plus peuplé du continent{c}, ne saurait être écarté d'un tel arrangement", "indirect", ABU),
    ("pays le plus peuplé du continent", "partial", ABU),
    ("la question des sièges a occupé l'essentiel du huis clos de samedi soir", "indirect", DOA),
    ("Tout le monde est d'accord sur le principe, personne sur les noms", "direct", DOA),
    ("La Conférence condamne fermement toute forme de soutien extérieur aux groupes armés et exige le retrait immédiat de toutes les forces étrangères non autorisées", "direct", UA),
    ("avant la fin de l'année", "partial", UA),
    ("la priorité des priorités", "partial", ["João Manuel Kiala", "Kiala", "chef de l'État angolais"]),
])

# 78. a Quai d'Orsay press briefing in questions and answers, guillemets with no space: an intro
# naming the spokesman, « Q : » and « R : » lines (the answers his direct quotes, the journalists'
# questions not annotated, a quote of the minister inside an answer not annotated, « Erevan dit
# attendre » in a question), then reactions: Bamako's ministry (« a affirmé dans un communiqué lu à
# la télévision d'État que »), its minister by rank and name, Baku's spokesman (« selon lui » inside
# the writer's relative), a French MP on the radio
t78 = (
"Liban, Mali, Arménie : ce qu'a répondu le Quai d'Orsay\n\n"
"Le porte-parole du ministère de l'Europe et des Affaires étrangères, Antoine Delcourt, a tenu jeudi son point de presse hebdomadaire. Voici les principaux échanges avec les journalistes, suivis des réactions qu'ils ont suscitées.\n\n"
"Q : La France a-t-elle été informée à l'avance de la frappe israélienne de mardi dans le sud du Liban ?\n\n"
"R : Non. Nous l'avons apprise comme tout le monde. La France rappelle que le cessez-le-feu conclu en novembre doit être respecté par toutes les parties et que la protection des civils est une obligation, pas une option.\n\n"
"Q : Le ministre compte-t-il se rendre à Beyrouth ?\n\n"
"R : Je n'ai pas de déplacement à vous annoncer à ce stade. Le ministre s'est entretenu hier au téléphone avec son homologue libanais et il a redit notre attachement à «un Liban souverain, stable et maître de ses frontières». Je vous renvoie à ce qu'il a dit.\n\n"
"Q : Confirmez-vous l'arrestation de deux ressortissants français à Bamako ?\n\n"
"R : Nous avons connaissance de ces informations. Nos services sont mobilisés, en lien avec les familles. Vous comprendrez que, pour leur sécurité, je ne fasse pas d'autre commentaire.\n\n"
"Q : Et l'Arménie ? Erevan dit attendre de nouvelles livraisons d'armes françaises.\n\n"
"R : La coopération de défense avec l'Arménie se poursuit, dans le respect de nos engagements internationaux. Elle n'est dirigée contre personne.\n\n"
"Ces propos ont aussitôt suscité des réactions. À Bamako, le ministère malien de la Sécurité a affirmé dans un communiqué lu à la télévision d'État que les deux Français avaient été interpellés «en flagrant délit de collecte de renseignements». Les autorités de transition «ne toléreront aucune ingérence», a ajouté le ministre, le général Oumar Diakité, sans donner plus de détails.\n\n"
"À Bakou, le porte-parole de la diplomatie azerbaïdjanaise, Elchin Mammadli, a jugé «irresponsables» les livraisons d'armes françaises à l'Arménie, qui menacent selon lui «la fragile dynamique de paix» dans le Caucase du Sud. «La France alimente une course aux armements dans notre région», a-t-il écrit sur X.\n\n"
"Côté français, le député LR Pierre-Henri Garnier a regretté sur franceinfo des réponses «trop prudentes». «Quand deux de nos compatriotes sont détenus, on attend du Quai d'Orsay autre chose que de la langue de bois», a-t-il estimé.\n")
DEL = ["Antoine Delcourt", "Delcourt", "porte-parole du ministère de l'Europe et des Affaires étrangères", "le porte-parole du ministère de l'Europe et des Affaires étrangères", "porte-parole du Quai d'Orsay", "Quai d'Orsay"]
MAL = ["ministère malien de la Sécurité", "le ministère malien de la Sécurité", "Bamako", "Mali"]
DIA = ["Oumar Diakité", "Diakité", "général Oumar Diakité", "le général Oumar Diakité", "ministre", "le ministre", "ministère malien de la Sécurité"]
MAM = ["Elchin Mammadli", "Mammadli", "porte-parole de la diplomatie azerbaïdjanaise", "Bakou", "Azerbaïdjan"]
VAS = ["Pierre-Henri Garnier", "Garnier", "député LR"]
art("w78_quai_orsay_qr", "national", "2027-12-02", t78, [
    ("Non. Nous l'avons apprise comme tout le monde. La France rappelle que le cessez-le-feu conclu en novembre doit être respecté par toutes les parties et que la protection des civils est une obligation, pas une option.", "direct", DEL),
    ("Je n'ai pas de déplacement à vous annoncer à ce stade. Le ministre s'est entretenu hier au téléphone avec son homologue libanais et il a redit notre attachement à «un Liban souverain, stable et maître de ses frontières». Je vous renvoie à ce qu'il a dit.", "direct", DEL),
    ("Nous avons connaissance de ces informations. Nos services sont mobilisés, en lien avec les familles. Vous comprendrez que, pour leur sécurité, je ne fasse pas d'autre commentaire.", "direct", DEL),
    ("La coopération de défense avec l'Arménie se poursuit, dans le respect de nos engagements internationaux. Elle n'est dirigée contre personne.", "direct", DEL),
    ("les deux Français avaient été interpellés «en flagrant délit de collecte de renseignements»", "indirect", MAL),
    ("en flagrant délit de collecte de renseignements", "partial", MAL),
    ("Les autorités de transition «ne toléreront aucune ingérence»", "indirect", DIA),
    ("ne toléreront aucune ingérence", "partial", DIA),
    ("irresponsables", "partial", MAM),
    ("la fragile dynamique de paix", "partial", MAM),
    ("La France alimente une course aux armements dans notre région", "direct", MAM),
    ("trop prudentes", "partial", VAS),
    ("Quand deux de nos compatriotes sont détenus, on attend du Quai d'Orsay autre chose que de la langue de bois", "direct", VAS),
])

# batch 15
# 79. a Québec tabloid-style piece with a « PARIS | » dateline, guillemets with no-break spaces: an
# ambassador recalled, the ministry's communiqué quoted in short partials (« juge … », « ajoute le
# texte », « réclame … »), the minister on TV as « la cheffe de la diplomatie française », the
# minister's office (« a fait savoir son cabinet »), Bakou as a metonym, a label in marks (no quote),
# Global Affairs Canada in an e-mail to the paper, a professor « jointe par Le Journal »
o, c = "«" + NB, NB + "»"
t79 = (
"Crise diplomatique : Paris rappelle son ambassadrice à Bakou\n\n"
f"PARIS | La France a rappelé mardi son ambassadrice en Azerbaïdjan {o}pour consultations{c}, au lendemain de l'expulsion de deux diplomates français que Bakou accuse d'{o}activités incompatibles avec leur statut{c}. Le torchon brûle plus que jamais entre les deux capitales.\n\n"
f"Dans un communiqué diffusé en fin d'après-midi, le Quai d'Orsay juge ces expulsions {o}injustifiables{c} et dénonce une {o}campagne hostile{c} menée {o}depuis des mois{c} contre les intérêts français dans le Caucase. Paris {o}ne saurait tolérer{c} que ses agents soient traités de la sorte, ajoute le texte, qui réclame des explications {o}dans les plus brefs délais{c}.\n\n"
"L'ambassadrice, Claire Vautrin, a quitté Bakou dès mardi matin. Elle sera reçue mercredi par la ministre de l'Europe et des Affaires étrangères, Hélène Marchetti, a fait savoir son cabinet.\n\n"
f"Invitée mardi soir sur le plateau de LCI, la cheffe de la diplomatie française n'a pas mâché ses mots. {o}Nous avons toujours tendu la main à Bakou. Mais on ne tend pas la main à quelqu'un qui vous gifle{c}, a-t-elle lancé. La ministre a assuré que la France ne céderait pas au {o}chantage{c} et qu'elle n'excluait {o}aucune option{c}, y compris des sanctions ciblées à l'échelle européenne.\n\n"
f"Bakou n'a pas tardé à répliquer. Le porte-parole du ministère azerbaïdjanais des Affaires étrangères, Elnur Gasimov, a affirmé que les deux diplomates avaient été surpris {o}en flagrant délit{c} lors d'une réunion avec des militants de l'opposition. {o}La France donne des leçons de démocratie au monde entier, mais ses agents se comportent chez nous comme en terrain conquis{c}, a-t-il déclaré, cité par l'agence officielle Azertac.\n\n"
f"Les relations entre les deux pays se sont envenimées depuis que Paris a accepté de livrer des équipements militaires à l'Arménie. Bakou, dont la {o}diplomatie du caviar{c} a longtemps séduit une partie de la classe politique européenne, reproche régulièrement à la France sa {o}partialité{c} dans le conflit qui l'oppose à son voisin.\n\n"
f"À Ottawa, Affaires mondiales Canada dit suivre la situation {o}de près{c}. {o}Le Canada appelle les deux parties à la retenue et au dialogue{c}, a écrit une porte-parole du ministère dans un courriel transmis au Journal.\n\n"
f"{o}On est dans une diplomatie du coup de poing. Le rappel d'une ambassadrice, c'est le dernier avertissement avant la rupture{c}, analyse Marie-Ève Gosselin, professeure de science politique à l'Université Laval, jointe par Le Journal. Selon elle, Paris a néanmoins intérêt à garder {o}une porte entrouverte{c}, ne serait-ce que pour protéger les quelque 300 ressortissants français installés en Azerbaïdjan.\n\n"
f"Le Quai d'Orsay a par ailleurs recommandé aux Français de passage dans le pays de faire preuve de la {o}plus grande vigilance{c}.\n\n"
"— Avec l'Agence France-Presse\n")
QO79 = ["Quai d'Orsay", "le Quai d'Orsay", "France", "Paris", "ministère de l'Europe et des Affaires étrangères", "ministère des Affaires étrangères", "diplomatie française"]
AZ = ["Bakou", "Azerbaïdjan", "l'Azerbaïdjan"]
HMA79 = ["Hélène Marchetti", "Marchetti", "cheffe de la diplomatie française", "la cheffe de la diplomatie française", "ministre de l'Europe et des Affaires étrangères", "la ministre"]
GAS = ["Elnur Gasimov", "Gasimov", "porte-parole du ministère azerbaïdjanais des Affaires étrangères"]
AMC = ["Affaires mondiales Canada", "porte-parole du ministère", "une porte-parole du ministère", "Canada", "Ottawa"]
MEG = ["Marie-Ève Gosselin", "Gosselin"]
art("w79_quebec_ambassadrice_bakou", "daily-qc", "2027-10-12", t79, [
    ("pour consultations", "partial", QO79),
    ("activités incompatibles avec leur statut", "partial", AZ),
    ("injustifiables", "partial", QO79),
    ("campagne hostile", "partial", QO79),
    ("depuis des mois", "partial", QO79),
    (f"Paris {o}ne saurait tolérer{c} que ses agents soient traités de la sorte", "indirect", QO79),
    ("ne saurait tolérer", "partial", QO79),
    ("dans les plus brefs délais", "partial", QO79),
    ("Elle sera reçue mercredi par la ministre de l'Europe et des Affaires étrangères, Hélène Marchetti", "indirect",
     ["cabinet", "son cabinet", "cabinet d'Hélène Marchetti", "Hélène Marchetti", "Marchetti"]),
    ("Nous avons toujours tendu la main à Bakou. Mais on ne tend pas la main à quelqu'un qui vous gifle", "direct", HMA79),
    # one indirect quote for « que A et que B », as in the reference gold
    (f"la France ne céderait pas au {o}chantage{c} et qu'elle n'excluait {o}aucune option{c}, y compris des sanctions ciblées à l'échelle européenne", "indirect", HMA79),
    ("chantage", "partial", HMA79),
    ("aucune option", "partial", HMA79),
    (f"les deux diplomates avaient été surpris {o}en flagrant délit{c} lors d'une réunion avec des militants de l'opposition", "indirect", GAS),
    ("en flagrant délit", "partial", GAS),
    ("La France donne des leçons de démocratie au monde entier, mais ses agents se comportent chez nous comme en terrain conquis", "direct", GAS),
    ("partialité", "partial", AZ),
    ("de près", "partial", AMC),
    ("Le Canada appelle les deux parties à la retenue et au dialogue", "direct", AMC),
    ("On est dans une diplomatie du coup de poing. Le rappel d'une ambassadrice, c'est le dernier avertissement avant la rupture", "direct", MEG),
    (f"Paris a néanmoins intérêt à garder {o}une porte entrouverte{c}, ne serait-ce que pour protéger les quelque 300 ressortissants français installés en Azerbaïdjan", "indirect", MEG),
    ("une porte entrouverte", "partial", MEG),
    ("plus grande vigilance", "partial", QO79),
])

# 80. a Swiss daily (Geneva) on sanctions against foreign nationals after an espionage affair,
# guillemets with no space: « a indiqué le Département fédéral des affaires étrangères (DFAE) »
# postposed, a joint communiqué of three departments (« Les trois départements qualifient… »), a
# newspaper's scoop (« avait révélé que »), « Selon le Ministère public de la Confédération », the
# Federal Councillor, an embassy on Telegram, a national councillor, « l'UDC juge », « Pour X, »
o, c = "«", "»"
t80 = (
"Affaire des Pâquis: Berne sanctionne neuf ressortissants russes\n\n"
f"Le Conseil fédéral a prononcé mercredi des interdictions d'entrée et des gels d'avoirs visant neuf ressortissants russes, soupçonnés d'avoir pris part à une vaste opération d'espionnage contre des organisations internationales établies à Genève. Ces personnes {o}ont agi pour le compte d'un service de renseignement étranger et ont porté atteinte à la sécurité intérieure de la Suisse{c}, a indiqué le Département fédéral des affaires étrangères (DFAE).\n\n"
f"Dans un communiqué commun, le DFAE, le Département fédéral de justice et police (DFJP) et le Département fédéral de la défense (DDPS) précisent que les mesures ont été décidées {o}au terme d'une enquête approfondie{c} menée depuis dix-huit mois par le Service de renseignement de la Confédération (SRC) et l'Office fédéral de la police (fedpol). Les trois départements qualifient l'affaire de {o}particulièrement grave{c} et rappellent que la Suisse {o}ne tolère aucune activité d'espionnage sur son territoire, d'où qu'elle vienne{c}.\n\n"
"L'affaire avait éclaté au printemps, lorsque la Tribune de Genève avait révélé que plusieurs employés d'une société de conseil installée dans le quartier des Pâquis s'intéressaient de très près aux délégations présentes au Palais des Nations. Selon le Ministère public de la Confédération (MPC), une procédure pénale reste ouverte contre deux d'entre eux pour service de renseignement politique.\n\n"
f"Interrogé mercredi à Berne, le chef du DFAE, le conseiller fédéral Beat Imhof, a défendu une décision {o}mesurée mais ferme{c}. {o}La Genève internationale vit de la confiance. Ceux qui abusent de notre hospitalité doivent savoir qu'ils en paieront le prix{c}, a-t-il déclaré devant la presse. Il a toutefois assuré que la Suisse restait {o}disponible{c} pour accueillir des pourparlers entre Moscou et Kiev, si les deux parties le souhaitaient.\n\n"
f"La réaction russe n'a pas tardé. Dans un message publié sur Telegram, l'ambassade de Russie à Berne a dénoncé une décision {o}inamicale{c} prise {o}sous la pression de Washington et de Bruxelles{c}. Moscou {o}se réserve le droit de riposter{c}, a averti l'ambassade, qui affirme que les personnes visées sont {o}de simples employés{c} sans lien avec un quelconque service.\n\n"
f"Sous la Coupole, la décision a été plutôt bien accueillie. {o}Il était temps. Genève ne peut pas rester le terrain de jeu préféré des espions du monde entier{c}, estime la conseillère nationale genevoise Léonore Baud (Vert-e-s), qui réclame depuis des années un renforcement des moyens du SRC. A droite, l'UDC juge au contraire que le Conseil fédéral met en danger la {o}neutralité{c} du pays en {o}s'alignant{c} sur l'Union européenne.\n\n"
f"Pour Jean-Daniel Rochat, professeur de droit international à l'Université de Lausanne, ces sanctions individuelles restent un outil {o}rarement utilisé{c} par Berne. {o}La Suisse préfère d'ordinaire expulser en silence. Rendre publique une telle liste, c'est envoyer un message politique{c}, observe-t-il.\n\n"
"Les neuf ressortissants concernés disposent de trente jours pour faire recours auprès du Tribunal administratif fédéral, a précisé fedpol.\n")
DFAE = ["Département fédéral des affaires étrangères", "DFAE", "Département fédéral des affaires étrangères (DFAE)", "Conseil fédéral", "Berne", "Confédération"]
DEPS = ["DFAE", "Département fédéral des affaires étrangères", "DFJP", "DDPS", "trois départements", "les trois départements", "Conseil fédéral", "Berne", "Confédération"]
IMH = ["Beat Imhof", "Imhof", "chef du DFAE", "conseiller fédéral"]
AMB = ["ambassade de Russie à Berne", "l'ambassade de Russie à Berne", "ambassade de Russie", "ambassade", "l'ambassade", "Moscou", "Russie"]
UDC = ["UDC", "l'UDC"]
ROC = ["Jean-Daniel Rochat", "Rochat"]
art("w80_suisse_espionnage_sanctions", "daily-ch", "2027-06-16", t80, [
    ("ont agi pour le compte d'un service de renseignement étranger et ont porté atteinte à la sécurité intérieure de la Suisse", "partial", DFAE),
    (f"Ces personnes {o}ont agi pour le compte d'un service de renseignement étranger et ont porté atteinte à la sécurité intérieure de la Suisse{c}", "indirect", DFAE),
    (f"les mesures ont été décidées {o}au terme d'une enquête approfondie{c} menée depuis dix-huit mois par le Service de renseignement de la Confédération (SRC) et l'Office fédéral de la police (fedpol)", "indirect", DEPS),
    ("au terme d'une enquête approfondie", "partial", DEPS),
    ("particulièrement grave", "partial", DEPS),
    (f"la Suisse {o}ne tolère aucune activité d'espionnage sur son territoire, d'où qu'elle vienne{c}", "indirect", DEPS),
    ("ne tolère aucune activité d'espionnage sur son territoire, d'où qu'elle vienne", "partial", DEPS),
    ("plusieurs employés d'une société de conseil installée dans le quartier des Pâquis s'intéressaient de très près aux délégations présentes au Palais des Nations", "indirect", ["Tribune de Genève", "la Tribune de Genève"]),
    ("une procédure pénale reste ouverte contre deux d'entre eux pour service de renseignement politique", "indirect",
     ["Ministère public de la Confédération", "MPC", "Ministère public de la Confédération (MPC)"]),
    ("mesurée mais ferme", "partial", IMH),
    ("La Genève internationale vit de la confiance. Ceux qui abusent de notre hospitalité doivent savoir qu'ils en paieront le prix", "direct", IMH),
    (f"la Suisse restait {o}disponible{c} pour accueillir des pourparlers entre Moscou et Kiev, si les deux parties le souhaitaient", "indirect", IMH),
    ("disponible", "partial", IMH),
    ("inamicale", "partial", AMB),
    ("sous la pression de Washington et de Bruxelles", "partial", AMB),
    (f"Moscou {o}se réserve le droit de riposter{c}", "indirect", AMB),
    ("se réserve le droit de riposter", "partial", AMB),
    (f"les personnes visées sont {o}de simples employés{c} sans lien avec un quelconque service", "indirect", AMB),
    ("de simples employés", "partial", AMB),
    ("Il était temps. Genève ne peut pas rester le terrain de jeu préféré des espions du monde entier", "direct", ["Léonore Baud", "Baud"]),
    (f"le Conseil fédéral met en danger la {o}neutralité{c} du pays en {o}s'alignant{c} sur l'Union européenne", "indirect", UDC),
    ("neutralité", "partial", UDC),
    ("s'alignant", "partial", UDC),
    (f"ces sanctions individuelles restent un outil {o}rarement utilisé{c} par Berne", "indirect", ROC),
    ("rarement utilisé", "partial", ROC),
    ("La Suisse préfère d'ordinaire expulser en silence. Rendre publique une telle liste, c'est envoyer un message politique", "direct", ROC),
    ("Les neuf ressortissants concernés disposent de trente jours pour faire recours auprès du Tribunal administratif fédéral", "indirect",
     ["fedpol", "Office fédéral de la police"]),
])

# 81. a Belgian popular daily in straight marks: a US president's posts attacking France quoted in
# English, then in French (« Soit, en français: », a gloss in brackets), a figure in marks after
# « menace de », the Élysée's reply « a-t-on indiqué dans l'entourage du président », « On y
# rappelle que » (the same side), the French economy minister on the radio, the Commission's
# spokesman, the Belgian economy minister, « Selon la FEB », a wine merchant in Namur
t81 = (
"Trump s'en prend (encore) à la France: l'Elysée refuse la surenchère\n\n"
"Nouvelle poussée de fièvre entre Washington et Paris. Dans une série de messages publiés dans la nuit de dimanche à lundi, le président américain Donald Trump a violemment attaqué la France, qu'il accuse de \"voler\" les géants américains du numérique avec sa taxe sur les services en ligne.\n\n"
"\"France is robbing our great American companies with a VERY unfair tax. We will not let this happen!\", a-t-il d'abord écrit peu après 2 heures du matin (heure belge). Soit, en français: \"La France vole nos grandes entreprises américaines avec une taxe TRÈS injuste. Nous ne laisserons pas faire!\" Une heure plus tard, il enfonçait le clou: \"Macron should take care of his own country. Sad!\" (\"Macron devrait s'occuper de son propre pays. Triste!\").\n\n"
"Le milliardaire républicain menace de frapper le vin, le champagne et les fromages français de droits de douane de \"200%\" si Paris ne renonce pas à sa taxe avant l'été.\n\n"
"A Paris, on affiche un calme olympien. \"Le président ne répondra pas message pour message. La France fixe sa fiscalité souverainement, et cela ne changera pas\", a-t-on indiqué dans l'entourage du président. On y rappelle que la taxe, votée en 2019, frappe toutes les grandes plateformes, \"qu'elles soient américaines, chinoises ou européennes\".\n\n"
"Le ministre français de l'Economie, Antoine Serrurier, s'est montré plus direct sur France Inter: \"On ne gouverne pas la France à coups de messages nocturnes depuis la Maison-Blanche.\" Il a assuré que l'Union européenne se tenait \"prête à répondre\" si Washington mettait ses menaces à exécution.\n\n"
"A Bruxelles justement, la Commission européenne a rappelé que la politique commerciale relevait de sa seule compétence. \"Toute mesure visant un Etat membre vise l'ensemble de l'Union\", a prévenu son porte-parole pour le commerce, Sven Lindqvist.\n\n"
"Et chez nous? \"Si l'Europe entre dans une guerre commerciale avec les Etats-Unis, la Belgique, petit pays exportateur, sera en première ligne\", a mis en garde lundi le ministre fédéral de l'Economie, Thomas Lecocq. Selon la FEB, près de 7% des exportations belges de biens partent vers les Etats-Unis.\n\n"
"Du côté des cavistes, on fait le gros dos. \"On a connu ça en 2019, on connaît la chanson. Mais si les prix grimpent là-bas, ce sont nos vignerons amis qui vont trinquer\", souffle Marc Vanderlinden, caviste à Namur depuis vingt ans.\n\n"
"Donald Trump, lui, a déjà promis de \"reparler\" de la France lors de son prochain meeting, jeudi en Pennsylvanie.\n")
DTR81 = ["Donald Trump", "Trump", "président américain", "le président américain"]
ELY = ["entourage du président", "l'entourage du président", "Elysée", "Élysée", "l'Elysée"]
SER = ["Antoine Serrurier", "Serrurier", "ministre français de l'Economie"]
art("w81_be_trump_taxe", "daily-be", "2026-03-09", t81, [
    ("voler", "partial", DTR81),
    ("France is robbing our great American companies with a VERY unfair tax. We will not let this happen!", "direct", DTR81),
    ("La France vole nos grandes entreprises américaines avec une taxe TRÈS injuste. Nous ne laisserons pas faire!", "direct", DTR81),
    ("Macron should take care of his own country. Sad!", "direct", DTR81),
    ("Macron devrait s'occuper de son propre pays. Triste!", "direct", DTR81),
    ("200%", "partial", DTR81),
    ("Le président ne répondra pas message pour message. La France fixe sa fiscalité souverainement, et cela ne changera pas", "direct", ELY),
    ("la taxe, votée en 2019, frappe toutes les grandes plateformes, \"qu'elles soient américaines, chinoises ou européennes\"", "indirect", ELY),
    ("qu'elles soient américaines, chinoises ou européennes", "partial", ELY),
    ("On ne gouverne pas la France à coups de messages nocturnes depuis la Maison-Blanche.", "direct", SER),
    ("l'Union européenne se tenait \"prête à répondre\" si Washington mettait ses menaces à exécution", "indirect", SER),
    ("prête à répondre", "partial", SER),
    ("la politique commerciale relevait de sa seule compétence", "indirect", ["Commission européenne", "la Commission européenne", "Commission"]),
    ("Toute mesure visant un Etat membre vise l'ensemble de l'Union", "direct", ["Sven Lindqvist", "Lindqvist", "porte-parole pour le commerce"]),
    ("Si l'Europe entre dans une guerre commerciale avec les Etats-Unis, la Belgique, petit pays exportateur, sera en première ligne", "direct",
     ["Thomas Lecocq", "Lecocq", "ministre fédéral de l'Economie"]),
    ("près de 7% des exportations belges de biens partent vers les Etats-Unis", "indirect", ["FEB", "la FEB"]),
    ("On a connu ça en 2019, on connaît la chanson. Mais si les prix grimpent là-bas, ce sont nos vignerons amis qui vont trinquer", "direct",
     ["Marc Vanderlinden", "Vanderlinden"]),
    ("reparler", "partial", DTR81),
])

# 82. a French communist daily's opinionated account of a Latin American crisis, guillemets with
# narrow no-break spaces: the writer's scare quotes and labels in marks (a war's name, « communauté
# internationale », « jour d'après »; the chancelleries' words after « selon la formule consacrée dans ») beside
# real partial quotes of ministers, « comme le résume un diplomate », Washington, Caracas and Moscou
# as metonyms, a quotation inside a quote, a woman named by first name and age
o, c = "«" + NN, NN + "»"
t82 = (
f"Venezuela : Washington rallume la mèche\n\n"
f"Il aura suffi d'un week-end pour que la {o}crise vénézuélienne{c}, selon la formule consacrée dans les chancelleries occidentales, change de nature. Depuis samedi, trois destroyers américains croisent au large des côtes du pays, officiellement au nom d'une {o}guerre contre les narcotrafiquants{c} dont personne n'a vu l'ombre d'une preuve. À Caracas, personne n'est dupe.\n\n"
f"{o}Ce déploiement est une menace directe contre la paix de toute la région et une violation flagrante de la Charte des Nations unies{c}, a dénoncé dimanche la ministre vénézuélienne des Affaires étrangères, Carmen Aldana, lors d'une conférence de presse au palais de Miraflores. La cheffe de la diplomatie bolivarienne a accusé les États-Unis de préparer {o}une agression militaire sous un faux prétexte{c} et annoncé avoir saisi le Conseil de sécurité de l'ONU. Caracas a par ailleurs fait savoir que 200 000 réservistes avaient été rappelés.\n\n"
f"En face, le discours n'a pas varié d'un iota. Le secrétaire d'État américain, Mark Callahan, a répété que le gouvernement de Caracas n'était qu'un {o}cartel déguisé en État{c} et promis une {o}pression maximale{c} jusqu'au départ du président vénézuélien. Washington, qui a mis à prix la tête du chef de l'État, continue de traiter l'opposition en exil comme le seul {o}gouvernement légitime{c} du pays.\n\n"
f"Ce {o}retour de la doctrine Monroe{c}, comme le résume un diplomate latino-américain en poste à Paris, n'a rien d'une surprise. {o}Les Américains considèrent toujours ce continent comme leur arrière-cour. Ce qui change, c'est qu'ils ne prennent même plus la peine de le cacher{c}, confie-t-il sous couvert d'anonymat.\n\n"
f"Moscou, de son côté, a dénoncé une {o}provocation irresponsable{c}. La porte-parole de la diplomatie russe, Irina Volkova, a estimé que Washington cherchait à {o}rejouer en Amérique latine le scénario libyen{c}, tout en assurant Caracas du {o}soutien indéfectible{c} de la Russie.\n\n"
f"Plus prudents, Brasília et Bogota appellent à la désescalade. Le président brésilien a fait savoir qu'il était prêt à jouer les médiateurs, tandis que le ministre colombien des Affaires étrangères, Andrés Mejía, a mis en garde contre {o}une aventure militaire dont toute la région paierait le prix{c}.\n\n"
f"Et Paris ? Le Quai d'Orsay s'est contenté d'un communiqué appelant {o}toutes les parties{c} à la retenue et rappelant son attachement à une {o}transition démocratique{c} au Venezuela. Une prudence qui en dit long : comme la plupart des capitales européennes, la France reste arrimée à la ligne de Washington, à coups de sanctions et de {o}reconnaissances{c} à géométrie variable. La fameuse {o}communauté internationale{c}, elle, regarde ailleurs.\n\n"
f"Dans les quartiers populaires de Caracas, où les pénuries des années de sanctions ont laissé des traces profondes, la menace est prise au sérieux. {o}Ils nous ont affamés avec leurs sanctions, et maintenant ils veulent nous bombarder pour nous “libérer”. Merci bien{c}, s'indigne Yolanda, 54 ans, vendeuse sur le marché de Catia.\n\n"
f"Même à Washington, des voix discordantes se font entendre. Le sénateur démocrate Daniel Reyes a jugé {o}illégale{c} toute frappe qui n'aurait pas reçu l'aval du Congrès. Reste une question que personne, à la Maison-Blanche, ne semble vouloir se poser : que se passera-t-il le {o}jour d'après{c} ?\n")
ALD = ["Carmen Aldana", "Aldana", "ministre vénézuélienne des Affaires étrangères", "cheffe de la diplomatie bolivarienne"]
CAL = ["Mark Callahan", "Callahan", "secrétaire d'État américain"]
DLA = ["diplomate latino-américain", "un diplomate latino-américain", "diplomate latino-américain en poste à Paris"]
MOS = ["Moscou", "Russie", "Kremlin"]
VOL = ["Irina Volkova", "Volkova", "porte-parole de la diplomatie russe"]
QO82 = ["Quai d'Orsay", "le Quai d'Orsay", "France", "Paris"]
art("w82_huma_venezuela", "opinion", "2026-09-14", t82, [
    ("crise vénézuélienne", "partial", ["chancelleries occidentales", "les chancelleries occidentales"]),
    ("Ce déploiement est une menace directe contre la paix de toute la région et une violation flagrante de la Charte des Nations unies", "direct", ALD),
    ("une agression militaire sous un faux prétexte", "partial", ALD),
    ("200 000 réservistes avaient été rappelés", "indirect", ["Caracas", "Venezuela", "gouvernement vénézuélien"]),
    (f"le gouvernement de Caracas n'était qu'un {o}cartel déguisé en État{c}", "indirect", CAL),
    ("cartel déguisé en État", "partial", CAL),
    ("pression maximale", "partial", CAL),
    ("retour de la doctrine Monroe", "partial", DLA),
    ("Les Américains considèrent toujours ce continent comme leur arrière-cour. Ce qui change, c'est qu'ils ne prennent même plus la peine de le cacher", "direct", DLA),
    ("provocation irresponsable", "partial", MOS),
    (f"Washington cherchait à {o}rejouer en Amérique latine le scénario libyen{c}", "indirect", VOL),
    ("rejouer en Amérique latine le scénario libyen", "partial", VOL),
    ("soutien indéfectible", "partial", VOL),
    ("il était prêt à jouer les médiateurs", "indirect", ["président brésilien", "le président brésilien", "Brésil", "Brasília"]),
    ("une aventure militaire dont toute la région paierait le prix", "partial", ["Andrés Mejía", "Mejía", "ministre colombien des Affaires étrangères"]),
    ("toutes les parties", "partial", QO82),
    ("transition démocratique", "partial", QO82),
    ("Ils nous ont affamés avec leurs sanctions, et maintenant ils veulent nous bombarder pour nous “libérer”. Merci bien", "direct", ["Yolanda"]),
    ("illégale", "partial", ["Daniel Reyes", "Reyes", "sénateur démocrate"]),
])

# 83. a Brexit vote night as a live account in curly marks: time stamps in order, reactions of EU
# leaders one after the other (Dublin, Berlin, the Commission president, the Belgian prime
# minister, the European Council president), many « a réagi X sur Twitter », « le Luxembourgeois »,
# « Selon son porte-parole », an English post glossed in French in brackets, demonstrators, a plan's
# name in marks (no quote), the Scottish first minister
o, c = "“", "”"
t83 = (
"EN DIRECT - Brexit : les Communes rejettent l'accord de retrait, l'Europe sous le choc\n\n"
f"20h14 - C'est officiel : par 432 voix contre 202, les députés britanniques ont rejeté l'accord de retrait négocié avec Bruxelles. Une défaite historique pour la Première ministre, Helen Ashford, qui a aussitôt repris la parole dans l'hémicycle. {o}La Chambre a parlé, et ce gouvernement l'écoutera{c}, a-t-elle déclaré sous les cris de l'opposition.\n\n"
f"20h21 - Le chef de l'opposition travailliste, Graham Pike, dépose une motion de défiance. {o}C'est la plus lourde défaite infligée à un gouvernement depuis un siècle. Ce gouvernement n'a plus aucune légitimité{c}, lance-t-il.\n\n"
f"20h35 - Première réaction venue de Dublin. {o}Le résultat de ce soir est profondément décevant. L'Irlande se prépare désormais à tous les scénarios, y compris le pire{c}, a réagi le Taoiseach, Ciarán Doherty, sur Twitter. Le Premier ministre irlandais assure que la frontière avec l'Irlande du Nord doit rester {o}invisible{c}, quoi qu'il arrive.\n\n"
"20h41 - À Dublin toujours, le ministre des Affaires étrangères, Seán Keating, a indiqué que le gouvernement irlandais se réunirait en urgence mercredi matin.\n\n"
f"20h52 - Berlin réagit à son tour. {o}Nous regrettons ce vote. Il reste du temps pour négocier, mais le temps presse{c}, a écrit sur Twitter la chancelière allemande, Ulrike Brenner. Selon son porte-parole, elle s'entretiendra jeudi au téléphone avec Helen Ashford.\n\n"
f"21h03 - Le président de la Commission européenne, Jean-Marc Thill, prend acte {o}avec regret{c} du résultat. {o}Le risque d'un retrait désordonné du Royaume-Uni s'est accru ce soir{c}, a-t-il averti dans une déclaration. {o}J'exhorte le gouvernement britannique à clarifier ses intentions dès que possible. Le temps est presque écoulé{c}, a ajouté le Luxembourgeois.\n\n"
f"21h18 - Au tour de la Belgique, en première ligne en cas de sortie sans accord. {o}Il faut désormais préparer nos entreprises et nos ports au scénario le plus dur. La Belgique sera prête{c}, a réagi sur Twitter le Premier ministre, Pieter Claessens. Il a annoncé avoir convoqué un conseil des ministres restreint jeudi.\n\n"
"21h25 - À Paris, l'Élysée fait savoir que le président de la République réunira vendredi les ministres concernés pour faire le point sur les préparatifs.\n\n"
f"21h32 - {o}A sad night for Britain. Europe stays united{c} ({o}Une triste soirée pour la Grande-Bretagne. L'Europe reste unie{c}), a tweeté en anglais le chef de file des libéraux au Parlement européen, Willem Van Acker.\n\n"
f"21h47 - Devant Westminster, les manifestants pro-européens laissent éclater leur joie. {o}On peut encore arrêter cette folie{c}, lance Emma, 29 ans, un drapeau européen sur les épaules. Quelques mètres plus loin, les partisans du Brexit crient à la {o}trahison{c}.\n\n"
f"22h05 - Helen Ashford a annoncé qu'elle présenterait lundi un {o}plan B{c} aux députés, après avoir surmonté la motion de défiance prévue mercredi.\n\n"
f"22h20 - La Première ministre écossaise, Fiona McLeod, estime que le vote rend un second référendum sur l'indépendance {o}plus nécessaire que jamais{c}.\n\n"
f"22h41 - Pieter Claessens revient à la charge, cette fois devant la presse à Bruxelles : {o}Nous ne rouvrirons pas l'accord. Ce n'est pas du chantage, c'est la réalité.{c}\n\n"
f"23h02 - {o}Le Royaume-Uni doit maintenant nous dire ce qu'il veut, et pas seulement ce qu'il ne veut pas{c}, a réagi sur Twitter le président du Conseil européen, Tomasz Wiśniewski.\n\n"
"23h15 - Fin de ce direct. Merci de l'avoir suivi avec nous.\n")
ASH = ["Helen Ashford", "Ashford", "Première ministre", "la Première ministre"]
DOH = ["Ciarán Doherty", "Doherty", "Taoiseach", "le Taoiseach", "Premier ministre irlandais", "Dublin", "Irlande"]
BRE = ["Ulrike Brenner", "Brenner", "chancelière allemande", "la chancelière allemande", "Berlin", "Allemagne"]
THI = ["Jean-Marc Thill", "Thill", "président de la Commission européenne", "le Luxembourgeois"]
CLA = ["Pieter Claessens", "Claessens", "Premier ministre", "le Premier ministre", "Premier ministre belge", "Belgique"]
art("w83_live_brexit_vote", "live", "2027-01-15", t83, [
    ("La Chambre a parlé, et ce gouvernement l'écoutera", "direct", ASH),
    ("C'est la plus lourde défaite infligée à un gouvernement depuis un siècle. Ce gouvernement n'a plus aucune légitimité", "direct", ["Graham Pike", "Pike"]),
    ("Le résultat de ce soir est profondément décevant. L'Irlande se prépare désormais à tous les scénarios, y compris le pire", "direct", DOH),
    (f"la frontière avec l'Irlande du Nord doit rester {o}invisible{c}, quoi qu'il arrive", "indirect", DOH),
    ("invisible", "partial", DOH),
    ("le gouvernement irlandais se réunirait en urgence mercredi matin", "indirect", ["Seán Keating", "Keating", "ministre des Affaires étrangères"]),
    ("Nous regrettons ce vote. Il reste du temps pour négocier, mais le temps presse", "direct", BRE),
    ("elle s'entretiendra jeudi au téléphone avec Helen Ashford", "indirect", ["porte-parole", "son porte-parole", "porte-parole de la chancelière", "Ulrike Brenner", "Brenner"]),
    ("avec regret", "partial", THI),
    ("Le risque d'un retrait désordonné du Royaume-Uni s'est accru ce soir", "direct", THI),
    ("J'exhorte le gouvernement britannique à clarifier ses intentions dès que possible. Le temps est presque écoulé", "direct", THI),
    ("Il faut désormais préparer nos entreprises et nos ports au scénario le plus dur. La Belgique sera prête", "direct", CLA),
    ("le président de la République réunira vendredi les ministres concernés pour faire le point sur les préparatifs", "indirect", ["Élysée", "l'Élysée"]),
    ("A sad night for Britain. Europe stays united", "direct", ["Willem Van Acker", "Van Acker"]),
    ("Une triste soirée pour la Grande-Bretagne. L'Europe reste unie", "direct", ["Willem Van Acker", "Van Acker"]),
    ("On peut encore arrêter cette folie", "direct", ["Emma"]),
    ("trahison", "partial", ["partisans du Brexit", "les partisans du Brexit"]),
    (f"elle présenterait lundi un {o}plan B{c} aux députés, après avoir surmonté la motion de défiance prévue mercredi", "indirect", ASH),
    (f"le vote rend un second référendum sur l'indépendance {o}plus nécessaire que jamais{c}", "indirect", ["Fiona McLeod", "McLeod", "Première ministre écossaise"]),
    ("plus nécessaire que jamais", "partial", ["Fiona McLeod", "McLeod", "Première ministre écossaise"]),
    ("Nous ne rouvrirons pas l'accord. Ce n'est pas du chantage, c'est la réalité.", "direct", CLA),
    ("Le Royaume-Uni doit maintenant nous dire ce qu'il veut, et pas seulement ce qu'il ne veut pas", "direct", ["Tomasz Wiśniewski", "Wiśniewski", "président du Conseil européen"]),
])

# batch 16
# 84. breaking news on a shooting in a French city, guillemets with no-break spaces: a live-style
# update line (« Mis à jour »), the préfet at a press point, the procureur de la République
# antiterroriste's press conference (a quote over two paragraphs, reopened with «), the interior
# minister on the spot (« selon lui » inside a relative), « raconte un témoin », a witness by first
# name and age, « selon une source policière » postposed, « de source proche de l'enquête », the
# mayor, « a fait savoir l'Élysée »
o, c = "«" + NB, NB + "»"
t84 = (
"Fusillade à Besançon : trois morts sur une terrasse, le parquet antiterroriste saisi\n\n"
"Mis à jour à 23 h 40 – Le bilan s'établit désormais à trois morts et six blessés, dont deux en urgence absolue, a annoncé la préfecture du Doubs.\n\n"
"Un homme armé a ouvert le feu vendredi vers 18 h 30 sur la terrasse d'un café de la place Pasteur, en plein centre de Besançon, avant d'être maîtrisé par une patrouille de la police municipale. Le tireur présumé, âgé de 34 ans, a été blessé à la jambe lors de son interpellation, selon une source policière.\n\n"
f"{o}Il a traversé la place sans courir, il a sorti un pistolet de son sac à dos et il a tiré sur les gens attablés, comme ça, sans un mot. Tout le monde s'est jeté par terre{c}, raconte un témoin, serveur dans une brasserie voisine, les mains encore tremblantes. Élodie, 41 ans, qui sortait d'une pharmacie de la Grande-Rue, dit avoir entendu {o}au moins une dizaine de détonations{c} avant de se réfugier dans la boutique.\n\n"
f"Arrivé sur les lieux moins d'une heure après les faits, le préfet du Doubs, Laurent Castaing, a demandé aux habitants d'éviter le secteur, bouclé jusqu'à nouvel ordre. {o}La situation est sous contrôle. Il n'y a plus de danger pour la population, mais je demande à chacun de laisser travailler les secours et les enquêteurs{c}, a-t-il déclaré lors d'un point de presse improvisé devant l'hôtel de ville.\n\n"
f"Le ministre de l'Intérieur, Mathieu Roche, s'est rendu sur place dans la soirée. Devant les caméras, il a salué {o}le sang-froid{c} des deux policiers municipaux, qui ont, selon lui, {o}évité un carnage{c}. {o}Ce soir, c'est la nation tout entière qui pense aux victimes et à leurs proches{c}, a ajouté le ministre, qui a annoncé que la présence policière serait renforcée devant les lieux de culte et les écoles de la ville tout le week-end.\n\n"
f"Peu avant 23 heures, le procureur de la République antiterroriste, Olivier Delaunay, a tenu une conférence de presse au palais de justice. Il a indiqué que le Parquet national antiterroriste s'était saisi de l'enquête, ouverte pour {o}assassinats et tentatives d'assassinats en relation avec une entreprise terroriste{c}.\n\n"
f"{o}L'auteur présumé, né en 1992 à Besançon, était connu des services de renseignement pour une radicalisation ancienne, mais rien dans son suivi ne laissait envisager un passage à l'acte. Il a été placé en garde à vue à l'hôpital, où il est actuellement soigné.\n\n"
f"{o}À ce stade, aucun élément ne permet d'établir qu'il aurait bénéficié de complicités. Les investigations se poursuivent cette nuit, notamment au domicile de sa mère, où une perquisition est en cours{c}, a détaillé le magistrat, qui n'a pas souhaité s'exprimer sur les motivations du tireur.\n\n"
"De source proche de l'enquête, l'homme avait publié dans la matinée un message menaçant sur un réseau social, supprimé depuis.\n\n"
"La maire de Besançon, Claire Vautrin, a annoncé qu'une cellule d'aide psychologique serait ouverte dès samedi matin à l'hôtel de ville. Elle a décrété trois jours de deuil municipal. Le président de la République se rendra à Besançon samedi en fin de matinée, a fait savoir l'Élysée.\n")
PBS = ["préfecture du Doubs", "la préfecture du Doubs", "préfecture", "Laurent Castaing", "Castaing", "préfet du Doubs"]
CAS = ["Laurent Castaing", "Castaing", "préfet du Doubs", "le préfet du Doubs", "préfet"]
ROC = ["Mathieu Roche", "Roche", "ministre de l'Intérieur", "le ministre de l'Intérieur", "le ministre"]
DEL = ["Olivier Delaunay", "Delaunay", "procureur de la République antiterroriste", "le procureur de la République antiterroriste", "le magistrat", "magistrat"]
art("w84_fusillade_besancon", "national", "2027-06-18", t84, [
    ("Le bilan s'établit désormais à trois morts et six blessés, dont deux en urgence absolue", "indirect", PBS),
    ("Le tireur présumé, âgé de 34 ans, a été blessé à la jambe lors de son interpellation", "indirect", ["source policière", "une source policière"]),
    ("Il a traversé la place sans courir, il a sorti un pistolet de son sac à dos et il a tiré sur les gens attablés, comme ça, sans un mot. Tout le monde s'est jeté par terre", "direct", ["témoin", "un témoin"]),
    ("au moins une dizaine de détonations", "partial", ["Élodie"]),
    ("La situation est sous contrôle. Il n'y a plus de danger pour la population, mais je demande à chacun de laisser travailler les secours et les enquêteurs", "direct", CAS),
    ("le sang-froid", "partial", ROC),
    ("évité un carnage", "partial", ROC),
    # a source set off in a subject relative reports its predicate (« une milice qui, selon elle,
    # préparait… »), after an auxiliary too (added after the as-written scoring)
    (f"{o}évité un carnage{c}", "indirect", ROC),
    ("Ce soir, c'est la nation tout entière qui pense aux victimes et à leurs proches", "direct", ROC),
    ("la présence policière serait renforcée devant les lieux de culte et les écoles de la ville tout le week-end", "indirect", ROC),
    (f"le Parquet national antiterroriste s'était saisi de l'enquête, ouverte pour {o}assassinats et tentatives d'assassinats en relation avec une entreprise terroriste{c}", "indirect", DEL),
    # the charges in marks after « ouverte pour » name an offence, no quote, as in the reference
    # gold (corrected after the as-written scoring, which counted them as a partial quote)
    (f"L'auteur présumé, né en 1992 à Besançon, était connu des services de renseignement pour une radicalisation ancienne, mais rien dans son suivi ne laissait envisager un passage à l'acte. Il a été placé en garde à vue à l'hôpital, où il est actuellement soigné.\n\n{o}À ce stade, aucun élément ne permet d'établir qu'il aurait bénéficié de complicités. Les investigations se poursuivent cette nuit, notamment au domicile de sa mère, où une perquisition est en cours", "direct", DEL),
    ("l'homme avait publié dans la matinée un message menaçant sur un réseau social, supprimé depuis", "indirect", ["source proche de l'enquête", "de source proche de l'enquête"]),
    ("une cellule d'aide psychologique serait ouverte dès samedi matin à l'hôtel de ville", "indirect", ["Claire Vautrin", "Vautrin", "maire de Besançon", "la maire de Besançon"]),
    ("Le président de la République se rendra à Besançon samedi en fin de matinée", "indirect", ["Élysée", "l'Élysée", "présidence"]),
])

# 85. a commemoration speech by a head of state in curly marks: long excerpts of the speech (a
# quotation of a soldier's letter inside it, not annotated), « a lancé le chef de l'État », the
# British prime minister's reply translated from English, a historian interviewed (« juge
# l'historien », « pour qui »), a law's and a book's titles in marks (no quotes), a ceremony's
# motto in marks, the Royal British Legion through a postposed « a indiqué »
o, c = "“", "”"
t85 = (
"Somme : cent dix ans après, Antoine Verdier appelle à « ne jamais laisser le silence gagner »\n\n"
f"THIEPVAL (Somme) – Sous une pluie fine, devant le mémorial franco-britannique de Thiepval, le président de la République, Antoine Verdier, a présidé mercredi la cérémonie du cent-dixième anniversaire du déclenchement de la bataille de la Somme, aux côtés du Premier ministre britannique, James Whitcombe, et de plusieurs centaines de descendants de combattants.\n\n"
f"Dans un discours d'une vingtaine de minutes, le chef de l'État a longuement évoqué le sort des soldats tombés le 1er juillet 1916, journée la plus meurtrière de l'histoire de l'armée britannique. {o}Ils avaient vingt ans. Ils venaient de Manchester, de Belfast, de Lille ou de Tulle. Ils ne parlaient pas la même langue, mais ils ont partagé la même boue, le même froid, la même peur{c}, a-t-il déclaré.\n\n"
f"Citant la lettre d'un caporal de l'Aveyron à sa mère, il a poursuivi : {o}Louis Barthe écrivait, trois jours avant de mourir : «{NB}Nous tenons parce que les autres tiennent.{NB}» Cent dix ans plus tard, c'est encore ce qui fait l'Europe : nous tenons parce que les autres tiennent. Le jour où nous l'oublierons, nous aurons tout perdu.{c}\n\n"
f"Antoine Verdier a aussi défendu la loi {o}Mémoire et transmission{c}, adoptée l'an dernier, qui rend obligatoire une visite d'un lieu de mémoire pour chaque élève de troisième. Il a annoncé que les carnets de guerre numérisés par les Archives nationales seraient désormais accessibles gratuitement en ligne. {o}Ne jamais laisser le silence gagner, c'est, a-t-il lancé, le seul serment que nous puissions faire à ces hommes.{c}\n\n"
f"Prenant la parole à son tour, en anglais, James Whitcombe a salué {o}une amitié forgée dans le sang et l'épreuve{c}. {o}Nos deux pays se sont parfois disputés, souvent même. Mais ici, à Thiepval, il n'y a ni Français ni Britanniques : il n'y a que des fils que l'on attendait et qui ne sont pas revenus{c}, a déclaré le chef du gouvernement britannique, selon la traduction diffusée par l'ambassade. Il a assuré que le Royaume-Uni resterait, {o}quoi qu'il arrive{c}, un allié de la France.\n\n"
"Pour l'historien Bruno Castel, auteur de “La Boue et le Silence”, la cérémonie marque une évolution. \"Pendant des décennies, la Somme était une affaire britannique, et Verdun une affaire française. Ce qui change, c'est qu'on commence enfin à raconter les deux batailles comme une histoire commune\", juge-t-il. L'universitaire regrette toutefois que la mémoire des travailleurs chinois et des troupes coloniales reste, selon lui, \"à la marge\" des commémorations officielles.\n\n"
f"La journée s'est achevée par le dépôt de deux gerbes et la lecture de noms de soldats par des collégiens d'Albert et de Sheffield, sous la devise {o}Ensemble, pour ne pas oublier{c}. Près de 4 000 personnes ont assisté à la cérémonie, a indiqué la Royal British Legion, qui organisait la partie britannique des commémorations.\n")
VER = ["Antoine Verdier", "Verdier", "président de la République", "le président de la République", "chef de l'État", "le chef de l'État"]
WHI = ["James Whitcombe", "Whitcombe", "Premier ministre britannique", "le Premier ministre britannique", "chef du gouvernement britannique", "le chef du gouvernement britannique"]
CST = ["Bruno Castel", "Castel", "l'historien", "historien", "l'universitaire"]
art("w85_commemoration_somme", "regional", "2026-07-01", t85, [
    ("Ils avaient vingt ans. Ils venaient de Manchester, de Belfast, de Lille ou de Tulle. Ils ne parlaient pas la même langue, mais ils ont partagé la même boue, le même froid, la même peur", "direct", VER),
    (f"Louis Barthe écrivait, trois jours avant de mourir : «{NB}Nous tenons parce que les autres tiennent.{NB}» Cent dix ans plus tard, c'est encore ce qui fait l'Europe : nous tenons parce que les autres tiennent. Le jour où nous l'oublierons, nous aurons tout perdu.", "direct", VER),
    ("les carnets de guerre numérisés par les Archives nationales seraient désormais accessibles gratuitement en ligne", "indirect", VER),
    ("Ne jamais laisser le silence gagner, c'est, a-t-il lancé, le seul serment que nous puissions faire à ces hommes.", "direct", VER),
    ("une amitié forgée dans le sang et l'épreuve", "partial", WHI),
    ("Nos deux pays se sont parfois disputés, souvent même. Mais ici, à Thiepval, il n'y a ni Français ni Britanniques : il n'y a que des fils que l'on attendait et qui ne sont pas revenus", "direct", WHI),
    (f"le Royaume-Uni resterait, {o}quoi qu'il arrive{c}, un allié de la France", "indirect", WHI),
    ("quoi qu'il arrive", "partial", WHI),
    ("la cérémonie marque une évolution", "indirect", CST),
    ("Pendant des décennies, la Somme était une affaire britannique, et Verdun une affaire française. Ce qui change, c'est qu'on commence enfin à raconter les deux batailles comme une histoire commune", "direct", CST),
    ("la mémoire des travailleurs chinois et des troupes coloniales reste, selon lui, \"à la marge\" des commémorations officielles", "indirect", CST),
    ("à la marge", "partial", CST),
    ("Près de 4 000 personnes ont assisté à la cérémonie", "indirect", ["Royal British Legion", "la Royal British Legion"]),
])

# 86. the signing of a Franco-German treaty in straight marks: the two leaders' joint press
# conference (the chancellor's answers translated from German, « a répondu la chancelière »,
# « selon l'interprète »), the treaty's name in marks (no quote), « a-t-on fait valoir à
# l'Élysée », « la chancellerie » as an institution, nationalist opponents on social media (« a
# écrit sur X », a hashtag-like slogan in marks that is a quote), « les deux dirigeants »
t86 = (
"Défense et énergie : Paris et Berlin signent le \"traité de Metz\"\n\n"
"METZ - Le président de la République, Antoine Verdier, et la chancelière allemande, Katrin Albrecht, ont signé jeudi à Metz un traité de coopération renforcée qui prévoit une programmation commune des achats d'armement et une interconnexion accrue des réseaux électriques d'ici à 2035. Le texte, aussitôt surnommé \"traité de Metz\", devra encore être ratifié par les deux Parlements.\n\n"
"Lors de la conférence de presse commune qui a suivi la signature, dans les salons de l'hôtel de région, le chef de l'État a parlé d'\"un jour important pour l'Europe\". \"Ce traité ne dit pas que la France et l'Allemagne seront toujours d'accord. Il dit que, lorsqu'elles ne le seront pas, elles auront l'obligation de se parler avant de décider\", a-t-il expliqué.\n\n"
"Interrogée sur les réticences de l'industrie allemande, qui redoute de voir ses commandes captées par des groupes français, Katrin Albrecht a répondu en allemand. \"Personne ne perdra dans cette affaire. Nos entreprises ont tout à gagner à un marché européen de la défense plus grand et mieux organisé\", a-t-elle assuré, selon la traduction de l'interprète. La chancelière a ajouté que le Bundestag serait saisi du texte \"avant la pause estivale\".\n\n"
"Les deux dirigeants ont en revanche éludé la question de la dissuasion nucléaire, que certains responsables allemands voudraient voir abordée. \"Ce n'est pas l'objet de ce traité\", a simplement répondu le président français. Dans l'entourage du chef de l'État, on souligne que le texte a été négocié \"ligne par ligne\" pendant dix-huit mois. \"Il n'y a pas un article qui n'ait pas été arbitré au plus haut niveau\", a-t-on fait valoir à l'Élysée.\n\n"
"La chancellerie a de son côté précisé que le volet énergétique représenterait un investissement de 14 milliards d'euros, financé pour moitié par des fonds européens. Berlin insiste sur le fait que l'accord ne remet pas en cause la sortie allemande du nucléaire, a-t-on appris auprès d'un haut fonctionnaire allemand.\n\n"
"Les oppositions nationalistes n'ont pas tardé à réagir. \"Verdier vient de livrer notre industrie de défense à Berlin. Ce traité est une capitulation\", a écrit sur X le vice-président du Rassemblement national, Sébastien Marlière, qui réclame un référendum. Outre-Rhin, le coprésident de l'AfD, Jörg Hellmann, a dénoncé sur le même réseau un \"traité de soumission à Paris\" et promis de le combattre \"jusqu'au dernier vote\".\n\n"
"Plus mesuré, le député européen écologiste Yannick Ferrier estime que le texte \"va dans le bon sens\", mais déplore qu'il ne contienne \"aucune ligne sur le climat\". Le traité doit être présenté au Conseil des ministres le 12 mai.\n")
VRD = ["Antoine Verdier", "Verdier", "président de la République", "le président de la République", "chef de l'État", "le chef de l'État", "président français", "le président français"]
ALB = ["Katrin Albrecht", "Albrecht", "chancelière allemande", "la chancelière allemande", "la chancelière", "chancelière"]
ELY = ["Élysée", "l'Élysée", "entourage du chef de l'État", "l'entourage du chef de l'État"]
CHA = ["chancellerie", "la chancellerie", "chancellerie allemande", "Berlin", "gouvernement allemand"]
MRL = ["Sébastien Marlière", "Marlière", "vice-président du Rassemblement national"]
HEL = ["Jörg Hellmann", "Hellmann", "coprésident de l'AfD"]
FRR = ["Yannick Ferrier", "Ferrier"]
art("w86_traite_franco_allemand", "national", "2027-04-22", t86, [
    ("un jour important pour l'Europe", "partial", VRD),
    ("Ce traité ne dit pas que la France et l'Allemagne seront toujours d'accord. Il dit que, lorsqu'elles ne le seront pas, elles auront l'obligation de se parler avant de décider", "direct", VRD),
    ("Personne ne perdra dans cette affaire. Nos entreprises ont tout à gagner à un marché européen de la défense plus grand et mieux organisé", "direct", ALB),
    ("le Bundestag serait saisi du texte \"avant la pause estivale\"", "indirect", ALB),
    ("avant la pause estivale", "partial", ALB),
    ("Ce n'est pas l'objet de ce traité", "direct", VRD),
    ("le texte a été négocié \"ligne par ligne\" pendant dix-huit mois", "indirect", ELY),
    ("ligne par ligne", "partial", ELY),
    ("Il n'y a pas un article qui n'ait pas été arbitré au plus haut niveau", "direct", ELY),
    ("le volet énergétique représenterait un investissement de 14 milliards d'euros, financé pour moitié par des fonds européens", "indirect", CHA),
    ("Berlin insiste sur le fait que l'accord ne remet pas en cause la sortie allemande du nucléaire", "indirect", ["haut fonctionnaire allemand", "un haut fonctionnaire allemand", "Berlin"]),
    ("Verdier vient de livrer notre industrie de défense à Berlin. Ce traité est une capitulation", "direct", MRL),
    ("traité de soumission à Paris", "partial", HEL),
    ("jusqu'au dernier vote", "partial", HEL),
    ("le texte \"va dans le bon sens\"", "indirect", FRR),
    ("il ne contienne \"aucune ligne sur le climat\"", "indirect", FRR),
    ("va dans le bon sens", "partial", FRR),
    ("aucune ligne sur le climat", "partial", FRR),
])

# 87. the Russian foreign ministry spokeswoman's weekly briefing relayed by agencies, guillemets
# with narrow no-break spaces: « a déclaré la porte-parole de la diplomatie russe », « a-t-elle
# martelé », « selon l'agence TASS », Washington and Caracas as metonyms (speaker and not), the
# State Department's reply (« a rétorqué un porte-parole du département d'État »), a chain of
# reported speech (« Elle a ajouté que… », « Selon elle, … »), an operation's name in marks
o, c = "«" + NN, NN + "»"
t87 = (
"Venezuela : Moscou accuse Washington de préparer « une aventure militaire »\n\n"
"MOSCOU, 14 octobre (Reuters) - La Russie a vivement mis en garde jeudi les États-Unis contre toute intervention militaire au Venezuela, au lendemain de l'annonce du déploiement de deux navires de guerre américains supplémentaires dans la mer des Caraïbes.\n\n"
f"{o}Ce que prépare Washington sous couvert de lutte contre le narcotrafic ressemble de plus en plus à une aventure militaire dont les peuples de la région paieraient le prix{c}, a déclaré la porte-parole de la diplomatie russe, Ekaterina Belova, lors de son point de presse hebdomadaire, cité par l'agence TASS.\n\n"
f"La porte-parole a qualifié de {o}provocation{c} le déploiement américain, baptisé {o}Bouclier des Caraïbes{c} par le Pentagone. {o}Le Venezuela est un État souverain. Personne n'a donné mandat aux États-Unis pour décider qui doit gouverner à Caracas{c}, a-t-elle martelé, selon des propos rapportés par l'agence RIA Novosti.\n\n"
f"Elle a ajouté que la Russie continuerait d'honorer {o}l'ensemble de ses engagements{c} envers son partenaire vénézuélien, y compris dans le domaine militaire et technique. Selon elle, les sanctions américaines contre le secteur pétrolier vénézuélien sont {o}illégales au regard du droit international{c} et ont pour seul but de {o}provoquer l'effondrement de l'économie{c} du pays.\n\n"
"Caracas a salué le soutien de Moscou. Le ministre vénézuélien des Affaires étrangères, Rafael Urdaneta, a remercié sur Telegram la Russie pour sa \"solidarité constante\" et assuré que son pays ne se laisserait \"jamais intimider\".\n\n"
f"À Washington, la réponse n'a pas tardé. {o}Les déclarations de Moscou ne changeront rien à notre détermination à combattre les réseaux criminels qui inondent nos villes de drogue{c}, a rétorqué un porte-parole du département d'État, Michael Turner, interrogé par l'AFP. Il a rappelé que les navires américains opéraient {o}dans les eaux internationales{c} et que leur mission était {o}strictement défensive{c}.\n\n"
f"Le porte-parole a par ailleurs jugé {o}cynique{c} que la Russie s'érige en défenseur de la souveraineté des États {o}alors qu'elle occupe une partie du territoire ukrainien{c}.\n\n"
"Pour Alexandre Korsakov, chercheur associé à l'Institut français des relations internationales, Moscou cherche surtout à rappeler sa présence en Amérique latine à peu de frais. \"Le Kremlin n'a ni les moyens ni l'intention d'engager ses forces dans les Caraïbes. Il s'agit d'un signal politique, pas d'un engagement\", analyse-t-il.\n")
BEL = ["Ekaterina Belova", "Belova", "porte-parole de la diplomatie russe", "la porte-parole de la diplomatie russe", "la porte-parole", "diplomatie russe"]
URD = ["Rafael Urdaneta", "Urdaneta", "ministre vénézuélien des Affaires étrangères", "Caracas", "Venezuela"]
TUR = ["Michael Turner", "Turner", "porte-parole du département d'État", "un porte-parole du département d'État", "le porte-parole", "département d'État"]
KOR = ["Alexandre Korsakov", "Korsakov"]
art("w87_moscou_caracas", "wire", "2027-10-14", t87, [
    ("Ce que prépare Washington sous couvert de lutte contre le narcotrafic ressemble de plus en plus à une aventure militaire dont les peuples de la région paieraient le prix", "direct", BEL),
    ("provocation", "partial", BEL),
    ("Le Venezuela est un État souverain. Personne n'a donné mandat aux États-Unis pour décider qui doit gouverner à Caracas", "direct", BEL),
    (f"la Russie continuerait d'honorer {o}l'ensemble de ses engagements{c} envers son partenaire vénézuélien, y compris dans le domaine militaire et technique", "indirect", BEL),
    ("l'ensemble de ses engagements", "partial", BEL),
    (f"les sanctions américaines contre le secteur pétrolier vénézuélien sont {o}illégales au regard du droit international{c} et ont pour seul but de {o}provoquer l'effondrement de l'économie{c} du pays", "indirect", BEL),
    ("illégales au regard du droit international", "partial", BEL),
    ("provoquer l'effondrement de l'économie", "partial", BEL),
    ("solidarité constante", "partial", URD),
    ("son pays ne se laisserait \"jamais intimider\"", "indirect", URD),
    ("jamais intimider", "partial", URD),
    ("Les déclarations de Moscou ne changeront rien à notre détermination à combattre les réseaux criminels qui inondent nos villes de drogue", "direct", TUR),
    # one indirect quote for « que A et que B », as in the reference gold
    (f"les navires américains opéraient {o}dans les eaux internationales{c} et que leur mission était {o}strictement défensive{c}", "indirect", TUR),
    ("dans les eaux internationales", "partial", TUR),
    ("strictement défensive", "partial", TUR),
    ("cynique", "partial", TUR),
    # « jugé « … » que »: the que-clause after a verb and its attribute in marks is reported, as the reference gold
    # annotates « s'est dite « choquée » qu'un dirigeant… » (added in session b30, once the engine read it)
    (f"la Russie s'érige en défenseur de la souveraineté des États {o}alors qu'elle occupe une partie du territoire ukrainien{c}", "indirect", TUR),
    ("alors qu'elle occupe une partie du territoire ukrainien", "partial", TUR),
    ("Moscou cherche surtout à rappeler sa présence en Amérique latine à peu de frais", "indirect", KOR),
    ("Le Kremlin n'a ni les moyens ni l'intention d'engager ses forces dans les Caraïbes. Il s'agit d'un signal politique, pas d'un engagement", "direct", KOR),
])

# 88. an intelligence affair, guillemets with no space and straight marks: a joint communiqué of
# three ministries (« affirment les ministères de l'Intérieur, des Affaires étrangères et des
# Armées dans un communiqué commun »), « a démenti Téhéran », the interior minister in a TV
# interview (« a-t-il affirmé sur France 2 »), the accused diplomats, a lawyer of the targeted
# dissident, an intelligence expert (« selon lui », « estime ce spécialiste »), the DGSI unnamed
t88 = (
"Projet d'attentat contre un opposant iranien : Paris expulse quatre diplomates\n\n"
"La France a décidé d'expulser quatre diplomates iraniens, accusés d'avoir participé à la préparation d'un attentat contre un opposant réfugié en région parisienne, a annoncé lundi le gouvernement. L'ambassadeur d'Iran a été convoqué dans la matinée au Quai d'Orsay.\n\n"
"«Les services de renseignement français ont établi avec certitude l'implication du ministère iranien du Renseignement dans ce projet, déjoué le 2 mars grâce à la vigilance de la DGSI. La France ne tolérera aucune action hostile sur son sol», affirment les ministères de l'Intérieur, des Affaires étrangères et des Armées dans un communiqué commun. Les trois ministères indiquent que les diplomates concernés disposent de quarante-huit heures pour quitter le territoire.\n\n"
"Deux hommes, un Iranien et un Belge, avaient été interpellés début mars à Créteil (Val-de-Marne) en possession d'armes et de photographies du domicile de la cible, le journaliste et militant Kaveh Sadeghi, qui anime depuis Paris une chaîne en langue persane très suivie en Iran. Ils ont depuis été mis en examen et écroués.\n\n"
"Invité dimanche soir du journal de 20 heures, le ministre de l'Intérieur, Mathieu Roche, a défendu la fermeté du gouvernement. «Ce n'est pas une hypothèse, ce n'est pas une supposition : nous avons les preuves, et elles ont été partagées avec nos partenaires européens», a-t-il affirmé sur France 2. Il a refusé de préciser la nature de ces preuves, invoquant le «secret de la défense nationale», mais a assuré que d'autres interpellations n'étaient «pas exclues».\n\n"
"Téhéran a aussitôt rejeté ces accusations. \"Ces allégations sans fondement s'inscrivent dans une campagne d'iranophobie orchestrée par les ennemis de la République islamique\", a démenti Téhéran par la voix du porte-parole de la diplomatie iranienne, Nasser Karimi, qui a promis une réponse «proportionnée» à ces expulsions.\n\n"
"Joint par téléphone, Kaveh Sadeghi dit vivre sous protection policière depuis un an. «Je savais qu'ils essaieraient un jour. Mais je ne pensais pas qu'ils oseraient le faire en plein Paris», confie-t-il. Son avocate, Me Laure Benhamou, a annoncé qu'elle se constituerait partie civile.\n\n"
"Pour Thomas Verlaine, ancien analyste de la DGSE et auteur de «L'Ombre des mollahs», cette affaire rappelle le projet d'attentat de Villepinte en 2018. «Les services iraniens utilisent de plus en plus des intermédiaires criminels, qu'ils recrutent pour quelques milliers d'euros. C'est moins risqué pour eux et beaucoup plus difficile à prouver», estime ce spécialiste. Selon lui, l'expulsion de diplomates reste toutefois une sanction «surtout symbolique».\n")
MIN3 = ["ministères de l'Intérieur, des Affaires étrangères et des Armées", "les ministères de l'Intérieur, des Affaires étrangères et des Armées", "les trois ministères", "trois ministères", "ministères", "gouvernement", "le gouvernement"]
RCH = ["Mathieu Roche", "Roche", "ministre de l'Intérieur", "le ministre de l'Intérieur"]
KAR = ["Nasser Karimi", "Karimi", "porte-parole de la diplomatie iranienne", "Téhéran", "Iran"]
SAD = ["Kaveh Sadeghi", "Sadeghi"]
VLN = ["Thomas Verlaine", "Verlaine", "ce spécialiste", "spécialiste"]
art("w88_espionnage_iran", "national", "2027-03-15", t88, [
    ("La France a décidé d'expulser quatre diplomates iraniens, accusés d'avoir participé à la préparation d'un attentat contre un opposant réfugié en région parisienne", "indirect", ["gouvernement", "le gouvernement"]),
    ("Les services de renseignement français ont établi avec certitude l'implication du ministère iranien du Renseignement dans ce projet, déjoué le 2 mars grâce à la vigilance de la DGSI. La France ne tolérera aucune action hostile sur son sol", "direct", MIN3),
    ("les diplomates concernés disposent de quarante-huit heures pour quitter le territoire", "indirect", MIN3),
    ("Ce n'est pas une hypothèse, ce n'est pas une supposition : nous avons les preuves, et elles ont été partagées avec nos partenaires européens", "direct", RCH),
    ("secret de la défense nationale", "partial", RCH),
    ("d'autres interpellations n'étaient «pas exclues»", "indirect", RCH),
    ("pas exclues", "partial", RCH),
    ("Ces allégations sans fondement s'inscrivent dans une campagne d'iranophobie orchestrée par les ennemis de la République islamique", "direct", KAR),
    ("proportionnée", "partial", KAR),
    ("Je savais qu'ils essaieraient un jour. Mais je ne pensais pas qu'ils oseraient le faire en plein Paris", "direct", SAD),
    ("elle se constituerait partie civile", "indirect", ["Laure Benhamou", "Benhamou", "son avocate"]),
    ("cette affaire rappelle le projet d'attentat de Villepinte en 2018", "indirect", VLN),
    ("Les services iraniens utilisent de plus en plus des intermédiaires criminels, qu'ils recrutent pour quelques milliers d'euros. C'est moins risqué pour eux et beaucoup plus difficile à prouver", "direct", VLN),
    ("l'expulsion de diplomates reste toutefois une sanction «surtout symbolique»", "indirect", VLN),
    ("surtout symbolique", "partial", VLN),
])

# batch 17
# 89. one phone call between two heads of state told by both sides, guillemets with no-break
# spaces: « a fait savoir la présidence », the Élysée's readout (« Selon le compte rendu diffusé par
# l'Élysée », « indique le texte »), the Kremlin's (« Selon le compte rendu du Kremlin », « selon la
# même source », « De même source, on indique que »), the Kremlin's diplomatic adviser, an anonymous
# adviser of the French president (« Selon lui »), Kyiv's presidency and the Ukrainian president on
# X, the Kremlin spokesman's denial
o, c = "«" + NB, NB + "»"
t89 = (
"Ukraine : Antoine Verdier et Vladimir Poutine renouent le contact, deux récits d'un même appel\n\n"
"Le président de la République, Antoine Verdier, s'est entretenu mardi par téléphone avec son homologue russe, Vladimir Poutine, pendant près de deux heures, a fait savoir la présidence. Il s'agit du premier échange entre les deux chefs d'État depuis l'automne 2025.\n\n"
f"Selon le compte rendu diffusé par l'Élysée en fin d'après-midi, le chef de l'État a demandé à son interlocuteur un cessez-le-feu {o}complet et vérifiable{c} sur l'ensemble de la ligne de front ainsi que la libération des civils ukrainiens détenus en Russie. {o}Le président de la République a rappelé que la France ne reconnaîtrait jamais l'annexion de territoires ukrainiens par la force et que toute négociation devait associer l'Ukraine et les Européens{c}, indique le texte.\n\n"
f"Moscou livre une lecture sensiblement différente de la conversation. Selon le compte rendu du Kremlin, Vladimir Poutine a {o}exposé en détail{c} à son homologue français les {o}causes profondes{c} de la crise. Le président russe a également souligné que les livraisons d'armes occidentales à Kiev ne faisaient que {o}prolonger l'agonie{c} du régime ukrainien, selon la même source. De même source, on indique que les deux dirigeants sont convenus de {o}maintenir le contact{c} au niveau de leurs conseillers diplomatiques.\n\n"
f"{o}Nous avons dit à Paris, comme nous le disons à tous, que la sécurité de la Russie n'est pas négociable{c}, a déclaré mercredi à la presse le conseiller diplomatique du Kremlin, Iouri Ouchakov, qui a qualifié l'entretien de {o}franc et long{c}. Il a assuré que Moscou restait {o}ouvert{c} à une rencontre, {o}à condition qu'elle soit sérieusement préparée{c}.\n\n"
f"Dans l'entourage du président français, on relativise ces divergences. {o}Chaque partie publie sa version, c'est la règle du genre. Ce qui compte, c'est que le canal soit rouvert{c}, a expliqué un conseiller, qui a requis l'anonymat. Selon lui, l'appel avait été préparé {o}depuis plusieurs semaines{c} en lien avec Kiev, Berlin et Londres.\n\n"
f"À Kiev, la présidence ukrainienne a fait savoir qu'elle avait été informée à l'avance de cet appel. Le président Volodymyr Zelensky a remercié sur X son homologue français pour {o}sa constance{c}, mais a prévenu que {o}rien ne sera décidé sur l'Ukraine sans l'Ukraine{c}.\n\n"
f"Le porte-parole du Kremlin, Dmitri Peskov, a pour sa part démenti que la question d'un échange de prisonniers entre la France et la Russie ait été abordée. {o}Ce sujet n'a pas été évoqué{c}, a-t-il répondu sèchement à une question de l'agence Interfax.\n")
ELY89 = ["présidence", "la présidence", "Élysée", "l'Élysée", "présidence française"]
KRE89 = ["Kremlin", "le Kremlin", "compte rendu du Kremlin", "le compte rendu du Kremlin", "Moscou", "présidence russe", "même source"]
PUT89 = ["Vladimir Poutine", "Poutine", "président russe", "le président russe", "Kremlin", "le Kremlin", "compte rendu du Kremlin", "même source"]
OUC89 = ["Iouri Ouchakov", "Ouchakov", "conseiller diplomatique du Kremlin", "le conseiller diplomatique du Kremlin"]
CNS89 = ["conseiller", "un conseiller", "entourage du président français", "l'entourage du président français", "Élysée"]
ZEL89 = ["Volodymyr Zelensky", "Zelensky", "président ukrainien"]
PES89 = ["Dmitri Peskov", "Peskov", "porte-parole du Kremlin", "le porte-parole du Kremlin"]
art("w89_appel_verdier_poutine", "national", "2027-09-14", t89, [
    ("Le président de la République, Antoine Verdier, s'est entretenu mardi par téléphone avec son homologue russe, Vladimir Poutine, pendant près de deux heures", "indirect", ELY89),
    (f"le chef de l'État a demandé à son interlocuteur un cessez-le-feu {o}complet et vérifiable{c} sur l'ensemble de la ligne de front ainsi que la libération des civils ukrainiens détenus en Russie", "indirect", ELY89 + ["compte rendu", "le compte rendu"]),
    # the words the readout gives the head of state are his too, as in w26 (« une rupture complète »): both
    # accepted (added after the as-written scoring, which accepted the readout's issuer only)
    ("complet et vérifiable", "partial", ELY89 + ["compte rendu", "le compte rendu", "Antoine Verdier", "Verdier", "chef de l'État", "président de la République"]),
    ("Le président de la République a rappelé que la France ne reconnaîtrait jamais l'annexion de territoires ukrainiens par la force et que toute négociation devait associer l'Ukraine et les Européens", "direct", ELY89 + ["texte", "le texte", "compte rendu", "le compte rendu"]),
    (f"Vladimir Poutine a {o}exposé en détail{c} à son homologue français les {o}causes profondes{c} de la crise", "indirect", KRE89),
    ("exposé en détail", "partial", KRE89),
    ("causes profondes", "partial", KRE89),
    (f"les livraisons d'armes occidentales à Kiev ne faisaient que {o}prolonger l'agonie{c} du régime ukrainien", "indirect", PUT89),
    ("prolonger l'agonie", "partial", PUT89),
    (f"les deux dirigeants sont convenus de {o}maintenir le contact{c} au niveau de leurs conseillers diplomatiques", "indirect", KRE89),
    ("maintenir le contact", "partial", KRE89),
    ("Nous avons dit à Paris, comme nous le disons à tous, que la sécurité de la Russie n'est pas négociable", "direct", OUC89),
    ("franc et long", "partial", OUC89),
    (f"Moscou restait {o}ouvert{c} à une rencontre, {o}à condition qu'elle soit sérieusement préparée{c}", "indirect", OUC89),
    ("ouvert", "partial", OUC89),
    ("à condition qu'elle soit sérieusement préparée", "partial", OUC89),
    ("Chaque partie publie sa version, c'est la règle du genre. Ce qui compte, c'est que le canal soit rouvert", "direct", CNS89),
    (f"l'appel avait été préparé {o}depuis plusieurs semaines{c} en lien avec Kiev, Berlin et Londres", "indirect", CNS89),
    ("depuis plusieurs semaines", "partial", CNS89),
    ("elle avait été informée à l'avance de cet appel", "indirect", ["présidence ukrainienne", "la présidence ukrainienne", "Kiev"]),
    ("sa constance", "partial", ZEL89),
    (f"{o}rien ne sera décidé sur l'Ukraine sans l'Ukraine{c}", "indirect", ZEL89),
    ("rien ne sera décidé sur l'Ukraine sans l'Ukraine", "partial", ZEL89),
    ("la question d'un échange de prisonniers entre la France et la Russie ait été abordée", "indirect", PES89),
    ("Ce sujet n'a pas été évoqué", "direct", PES89),
])

# 90. AFP-style wire copy in curly marks on an ambassador recalled: « a-t-on appris de source
# diplomatique » postposed, « a déclaré à l'AFP » with the speaker after the cue, « Selon lui », a
# French official « sous couvert d'anonymat » with « ajoutant que », « de source diplomatique
# française », an investigation's title in marks (no quote), an editor « auprès de l'AFP », a
# researcher « jointe par l'AFP » (« Elle juge toutefois que »), a European diplomat
o, c = "\u201c", "\u201d"
t90 = (
f"Alger, 4 février 2027 (AFP) - L'Algérie a rappelé jeudi son ambassadeur à Paris {o}pour consultations{c}, au lendemain de la publication par un hebdomadaire français d'une enquête sur le patrimoine immobilier de hauts responsables algériens en France, a-t-on appris de source diplomatique.\n\n"
f"{o}Cette décision est une réponse à une campagne de dénigrement que les autorités françaises laissent prospérer depuis des mois{c}, a déclaré à l'AFP le porte-parole du ministère algérien des Affaires étrangères, Karim Bensalah. Selon lui, Alger attend de Paris {o}des gestes concrets{c} et non {o}des déclarations de bonne volonté{c}.\n\n"
f"À Paris, le Quai d'Orsay a {o}pris acte{c} de cette décision. {o}La France regrette ce rappel, qui ne correspond ni à l'état de nos relations ni à la qualité du dialogue engagé ces derniers mois{c}, a indiqué à l'AFP un responsable sous couvert d'anonymat, ajoutant que Paris n'avait {o}aucune intention{c} de rappeler son propre ambassadeur. Le chargé d'affaires algérien a été reçu dans la soirée au ministère, a-t-on appris de source diplomatique française.\n\n"
f"L'enquête de l'hebdomadaire, intitulée {o}Les villas de la nomenklatura{c}, recensait une quarantaine de biens détenus à Paris et sur la Côte d'Azur par des ministres en exercice ou leurs proches. Son directeur de la rédaction, Marc-Olivier Lenoir, a défendu auprès de l'AFP un travail {o}documenté pendant dix-huit mois{c}. {o}Nous ne retirerons pas une ligne. Chaque propriété a été vérifiée auprès des services du cadastre{c}, a-t-il assuré.\n\n"
f"Cette brouille est la troisième en quatre ans entre les deux pays. {o}Les deux capitales ont pris l'habitude de gérer leurs désaccords par des rappels d'ambassadeurs, et cela finit par user l'outil{c}, estime Nadia Cherif, chercheuse à l'Institut de recherche et d'études sur les mondes arabes et musulmans, jointe par l'AFP. Elle juge toutefois qu'une rupture durable reste {o}peu probable{c}, compte tenu du poids des échanges économiques et humains entre les deux rives.\n\n"
f"Selon un diplomate européen en poste à Alger, le rappel devrait durer {o}quelques semaines tout au plus{c}. Les autorités algériennes n'ont pas précisé si la visite du ministre français de l'Intérieur, prévue en mars, était maintenue.\n")
ALG90 = ["Algérie", "l'Algérie", "Alger"]
SRC90 = ["source diplomatique", "de source diplomatique"]
BEN90 = ["Karim Bensalah", "Bensalah", "porte-parole du ministère algérien des Affaires étrangères", "le porte-parole du ministère algérien des Affaires étrangères"]
QO90 = ["Quai d'Orsay", "le Quai d'Orsay", "France", "Paris", "ministère des Affaires étrangères"]
RSP90 = ["responsable", "un responsable", "un responsable sous couvert d'anonymat"]
LEN90 = ["Marc-Olivier Lenoir", "Lenoir", "directeur de la rédaction"]
CHE90 = ["Nadia Cherif", "Cherif"]
DIP90 = ["diplomate européen", "un diplomate européen", "un diplomate européen en poste à Alger"]
art("w90_afp_alger_ambassadeur", "wire", "2027-02-04", t90, [
    (f"L'Algérie a rappelé jeudi son ambassadeur à Paris {o}pour consultations{c}, au lendemain de la publication par un hebdomadaire français d'une enquête sur le patrimoine immobilier de hauts responsables algériens en France", "indirect", SRC90),
    ("pour consultations", "partial", ALG90 + SRC90),
    ("Cette décision est une réponse à une campagne de dénigrement que les autorités françaises laissent prospérer depuis des mois", "direct", BEN90),
    (f"Alger attend de Paris {o}des gestes concrets{c} et non {o}des déclarations de bonne volonté{c}", "indirect", BEN90),
    ("des gestes concrets", "partial", BEN90),
    ("des déclarations de bonne volonté", "partial", BEN90),
    ("pris acte", "partial", QO90),
    ("La France regrette ce rappel, qui ne correspond ni à l'état de nos relations ni à la qualité du dialogue engagé ces derniers mois", "direct", RSP90),
    (f"Paris n'avait {o}aucune intention{c} de rappeler son propre ambassadeur", "indirect", RSP90),
    ("aucune intention", "partial", RSP90),
    ("Le chargé d'affaires algérien a été reçu dans la soirée au ministère", "indirect", ["source diplomatique française", "de source diplomatique française", "source diplomatique"]),
    ("documenté pendant dix-huit mois", "partial", LEN90),
    ("Nous ne retirerons pas une ligne. Chaque propriété a été vérifiée auprès des services du cadastre", "direct", LEN90),
    ("Les deux capitales ont pris l'habitude de gérer leurs désaccords par des rappels d'ambassadeurs, et cela finit par user l'outil", "direct", CHE90),
    (f"une rupture durable reste {o}peu probable{c}, compte tenu du poids des échanges économiques et humains entre les deux rives", "indirect", CHE90),
    ("peu probable", "partial", CHE90),
    (f"le rappel devrait durer {o}quelques semaines tout au plus{c}", "indirect", DIP90),
    ("quelques semaines tout au plus", "partial", DIP90),
])

# 91. a Middle East ceasefire extended, wire copy in straight marks, many parties whose pronouns and
# roles run across sentences: Qatar's announcement and its foreign ministry spokesman (« Le
# diplomate a précisé que »), the Israeli prime minister's office (« affirme le texte », « Selon le
# bureau du chef du gouvernement »), the armed wing's spokesman by his nom de guerre, an exiled
# leader (« Selon lui » after two men), the State Department spokesman (« Ce dernier … , a-t-il
# ajouté », where « ce dernier » is the envoy, not the speaker), the UN envoy (« s'est dite »,
# « La responsable onusienne », « a-t-elle averti »), Egypt
t91 = (
"Gaza : la trêve prolongée de dix jours sous la pression des médiateurs\n\n"
"DOHA, 9 mars (AFP) - Israël et le Hamas ont accepté de prolonger de dix jours la trêve en vigueur dans la bande de Gaza, a annoncé dimanche soir le Qatar, principal médiateur avec l'Égypte et les États-Unis. L'annonce est intervenue à quelques heures seulement de l'expiration de l'accord.\n\n"
"\"Les deux parties se sont engagées à respecter l'ensemble des dispositions de l'accord initial pendant cette période et à reprendre sans délai les discussions sur la deuxième phase\", a déclaré le porte-parole du ministère qatari des Affaires étrangères, Khalid al-Mohannadi, lors d'une conférence de presse à Doha. Le diplomate a précisé que les négociations reprendraient \"dès mardi\" au Caire. Il s'est refusé à tout commentaire sur le nombre d'otages concernés.\n\n"
"Le bureau du Premier ministre israélien a confirmé la prolongation dans un bref communiqué, tout en prévenant qu'Israël \"ne tolérera aucune violation\". \"Si le Hamas ne libère pas les otages prévus dans les délais convenus, l'armée reprendra ses opérations avec une force accrue\", affirme le texte. Selon le bureau du chef du gouvernement, la délégation israélienne sera conduite par le directeur du Mossad.\n\n"
"Côté palestinien, le porte-parole de la branche armée du Hamas, qui se fait appeler Abou Hamza, a affirmé dans un message vidéo que le mouvement avait \"fait preuve de la plus grande souplesse\". \"La balle est désormais dans le camp de l'occupation\", a-t-il ajouté. Un dirigeant du mouvement en exil, Issam Darwich, a quant à lui accusé Israël de retarder l'entrée de l'aide humanitaire. Selon lui, moins d'un tiers des camions promis sont entrés dans l'enclave depuis le début de la trêve.\n\n"
"À Washington, le porte-parole du département d'État, Thomas Whitfield, a salué \"une avancée importante\", obtenue \"grâce à la diplomatie patiente des médiateurs\". \"Nous attendons de toutes les parties qu'elles tiennent leurs engagements, et nous resterons pleinement impliqués\", a-t-il déclaré lors de son point de presse. Il a indiqué que l'émissaire américain pour le Proche-Orient se rendrait au Caire en début de semaine. Ce dernier devrait y rencontrer les chefs des renseignements égyptien et qatari, a-t-il ajouté.\n\n"
"L'envoyée spéciale de l'ONU pour le processus de paix au Proche-Orient, la Néerlandaise Ingrid Vermeulen, s'est dite \"soulagée\" mais \"profondément inquiète\" de la situation humanitaire. Selon elle, la population de Gaza \"ne peut pas vivre de trêve en trêve\". La responsable onusienne a exhorté les belligérants à conclure \"un accord permanent\". \"Tout ce qui a été obtenu ces dernières semaines pourrait être perdu en une nuit\", a-t-elle averti.\n\n"
"L'Égypte a fait savoir de son côté qu'elle accueillerait au Caire une conférence internationale sur la reconstruction de Gaza dès que les conditions seraient réunies.\n")
QAT91 = ["Qatar", "le Qatar", "Doha"]
MOH91 = ["Khalid al-Mohannadi", "al-Mohannadi", "Mohannadi", "porte-parole du ministère qatari des Affaires étrangères", "le diplomate", "Qatar"]
BPM91 = ["bureau du Premier ministre israélien", "le bureau du Premier ministre israélien", "bureau du Premier ministre", "bureau du chef du gouvernement", "le bureau du chef du gouvernement", "Israël", "texte", "le texte"]
ABH91 = ["Abou Hamza", "porte-parole de la branche armée du Hamas", "le porte-parole de la branche armée du Hamas"]
DAR91 = ["Issam Darwich", "Darwich"]
WHI91 = ["Thomas Whitfield", "Whitfield", "porte-parole du département d'État", "le porte-parole du département d'État", "département d'État"]
VER91 = ["Ingrid Vermeulen", "Vermeulen", "envoyée spéciale de l'ONU pour le processus de paix au Proche-Orient", "envoyée spéciale de l'ONU", "la responsable onusienne", "responsable onusienne"]
art("w91_wire_treve_prolongee", "wire", "2027-03-09", t91, [
    ("Israël et le Hamas ont accepté de prolonger de dix jours la trêve en vigueur dans la bande de Gaza", "indirect", QAT91),
    ("Les deux parties se sont engagées à respecter l'ensemble des dispositions de l'accord initial pendant cette période et à reprendre sans délai les discussions sur la deuxième phase", "direct", MOH91),
    ("les négociations reprendraient \"dès mardi\" au Caire", "indirect", MOH91),
    ("dès mardi", "partial", MOH91),
    ("Israël \"ne tolérera aucune violation\"", "indirect", BPM91),
    ("ne tolérera aucune violation", "partial", BPM91),
    ("Si le Hamas ne libère pas les otages prévus dans les délais convenus, l'armée reprendra ses opérations avec une force accrue", "direct", BPM91),
    ("la délégation israélienne sera conduite par le directeur du Mossad", "indirect", BPM91),
    ("le mouvement avait \"fait preuve de la plus grande souplesse\"", "indirect", ABH91),
    ("fait preuve de la plus grande souplesse", "partial", ABH91),
    ("La balle est désormais dans le camp de l'occupation", "direct", ABH91),
    ("moins d'un tiers des camions promis sont entrés dans l'enclave depuis le début de la trêve", "indirect", DAR91),
    ("une avancée importante", "partial", WHI91),
    ("grâce à la diplomatie patiente des médiateurs", "partial", WHI91),
    ("Nous attendons de toutes les parties qu'elles tiennent leurs engagements, et nous resterons pleinement impliqués", "direct", WHI91),
    ("l'émissaire américain pour le Proche-Orient se rendrait au Caire en début de semaine", "indirect", WHI91),
    ("Ce dernier devrait y rencontrer les chefs des renseignements égyptien et qatari", "indirect", WHI91),
    ("soulagée", "partial", VER91),
    ("profondément inquiète", "partial", VER91),
    ("la population de Gaza \"ne peut pas vivre de trêve en trêve\"", "indirect", VER91),
    ("ne peut pas vivre de trêve en trêve", "partial", VER91),
    ("un accord permanent", "partial", VER91),
    ("Tout ce qui a été obtenu ces dernières semaines pourrait être perdu en une nuit", "direct", VER91),
    ("elle accueillerait au Caire une conférence internationale sur la reconstruction de Gaza dès que les conditions seraient réunies", "indirect", ["Égypte", "l'Égypte", "Le Caire"]),
])

# 92. the Holy See on a peace process, guillemets with narrow no-break spaces: a headline repeating
# a quote, « le pape », « a déclaré le souverain pontife », « le Saint-Siège » as the subject of a
# reported clause (« …, a ajouté le pape »), the director of the Holy See press office (« a-t-il
# souligné » as an incise in the writer's clause), « le Vatican » as a metonym and « a-t-on indiqué de
# même source », Baku's and Yerevan's replies, a vaticanist (« Pour le vaticaniste X, », the pope
# named inside his quote, « Selon lui »)
o, c = "«" + NN, NN + "»"
t92 = (
f"Caucase : le pape appelle à {o}désarmer les mots{c} avant les pourparlers de Genève\n\n"
f"CITÉ DU VATICAN – Le pape Léon XIV a lancé dimanche un appel pressant à l'Arménie et à l'Azerbaïdjan pour qu'ils concluent {o}sans plus attendre{c} un traité de paix, à la veille d'un nouveau cycle de négociations prévu à Genève.\n\n"
f"{o}J'exhorte les responsables des deux pays à avoir le courage de la paix. Il faut d'abord désarmer les mots : les armes suivront{c}, a déclaré le souverain pontife à l'issue de la prière de l'Angélus, devant plusieurs milliers de fidèles rassemblés place Saint-Pierre.\n\n"
f"Le Saint-Siège, qui entretient des relations diplomatiques avec les deux capitales, se tient {o}à la disposition des parties{c} pour accueillir une rencontre, a ajouté le pape, sans donner davantage de précisions.\n\n"
f"Interrogé par des journalistes, le directeur de la salle de presse du Saint-Siège, Paolo Ventresca, a confirmé que le secrétaire d'État, le cardinal Ettore Valsecchi, s'était entretenu la semaine dernière avec les ministres des Affaires étrangères des deux pays. Il s'agit, a-t-il souligné, d'une {o}diplomatie discrète, qui ne cherche pas les projecteurs{c}.\n\n"
f"Le Vatican a en revanche démenti tout projet de voyage du pape à Erevan ou à Bakou avant la fin de l'année, une hypothèse évoquée par plusieurs quotidiens italiens. {o}Aucun déplacement n'est à l'étude pour le moment{c}, a-t-on indiqué de même source.\n\n"
f"À Bakou, le porte-parole de la présidence azerbaïdjanaise, Elnur Guliyev, a salué {o}l'engagement sincère{c} du pape, tout en rappelant que son pays avait déjà {o}tendu la main{c} à plusieurs reprises. Erevan a réagi plus chaleureusement. {o}Les paroles du Saint-Père nous touchent profondément. L'Arménie est prête à signer demain si Bakou l'est aussi{c}, a écrit sur X le Premier ministre arménien, Arsen Vardanian.\n\n"
f"Pour le vaticaniste Gianni Morello, cette prise de position n'a rien d'improvisé. {o}Léon XIV veut faire du Caucase un test pour la diplomatie vaticane. Il sait que le Saint-Siège n'a ni armée ni argent, seulement une parole, et il entend s'en servir{c}, analyse-t-il. Selon lui, le pape pourrait nommer un envoyé spécial pour la région {o}dans les prochaines semaines{c}.\n")
PAP92 = ["Léon XIV", "pape", "le pape", "le pape Léon XIV", "souverain pontife", "le souverain pontife", "Saint-Siège", "Vatican"]
VEN92 = ["Paolo Ventresca", "Ventresca", "directeur de la salle de presse du Saint-Siège", "le directeur de la salle de presse du Saint-Siège", "salle de presse du Saint-Siège"]
GUL92 = ["Elnur Guliyev", "Guliyev", "porte-parole de la présidence azerbaïdjanaise", "le porte-parole de la présidence azerbaïdjanaise", "Bakou"]
VAR92 = ["Arsen Vardanian", "Vardanian", "Premier ministre arménien", "le Premier ministre arménien", "Erevan"]
MOR92 = ["Gianni Morello", "Morello", "vaticaniste", "le vaticaniste"]
art("w92_saint_siege_caucase", "national", "2027-05-23", t92, [
    ("sans plus attendre", "partial", PAP92),
    ("J'exhorte les responsables des deux pays à avoir le courage de la paix. Il faut d'abord désarmer les mots : les armes suivront", "direct", PAP92),
    (f"Le Saint-Siège, qui entretient des relations diplomatiques avec les deux capitales, se tient {o}à la disposition des parties{c} pour accueillir une rencontre", "indirect", PAP92),
    ("à la disposition des parties", "partial", PAP92),
    ("le secrétaire d'État, le cardinal Ettore Valsecchi, s'était entretenu la semaine dernière avec les ministres des Affaires étrangères des deux pays", "indirect", VEN92),
    (f"Il s'agit, a-t-il souligné, d'une {o}diplomatie discrète, qui ne cherche pas les projecteurs{c}", "indirect", VEN92),
    ("diplomatie discrète, qui ne cherche pas les projecteurs", "partial", VEN92),
    ("Aucun déplacement n'est à l'étude pour le moment", "direct", ["Vatican", "le Vatican", "Saint-Siège", "même source"] + VEN92),
    ("l'engagement sincère", "partial", GUL92),
    (f"son pays avait déjà {o}tendu la main{c} à plusieurs reprises", "indirect", GUL92),
    ("tendu la main", "partial", GUL92),
    ("Les paroles du Saint-Père nous touchent profondément. L'Arménie est prête à signer demain si Bakou l'est aussi", "direct", VAR92),
    ("cette prise de position n'a rien d'improvisé", "indirect", MOR92),
    ("Léon XIV veut faire du Caucase un test pour la diplomatie vaticane. Il sait que le Saint-Siège n'a ni armée ni argent, seulement une parole, et il entend s'en servir", "direct", MOR92),
    (f"le pape pourrait nommer un envoyé spécial pour la région {o}dans les prochaines semaines{c}", "indirect", MOR92),
    ("dans les prochaines semaines", "partial", MOR92),
])

# 93. a G7 foreign ministers' joint communiqué quoted in French translation, guillemets with no
# space: a headline repeating a quote, « écrivent les ministres », « peut-on lire plus loin », « Les
# Sept », « Le texte affirme que … et prévient que … », a technical label in marks glossed by the
# writer (no quote), the host minister, Beijing's foreign ministry spokesman (« Selon le
# porte-parole », « Le diplomate a appelé … à «…» »), the Chinese embassy, a European diplomat,
# Taipei's foreign ministry
t93 = (
"Taïwan, mer de Chine : le G7 hausse le ton, Pékin dénonce une «ingérence grossière»\n\n"
"Les ministres des Affaires étrangères du G7, réunis depuis lundi à La Malbaie (Québec), ont adopté mercredi un communiqué commun d'une fermeté inhabituelle à l'égard de la Chine. Le texte, dont nous publions des extraits traduits de l'anglais, consacre près d'un tiers de ses vingt pages à l'Indo-Pacifique.\n\n"
"«Nous sommes gravement préoccupés par la multiplication des manœuvres militaires coercitives autour de Taïwan et par les actions dangereuses menées contre des navires philippins en mer de Chine méridionale», écrivent les ministres. «Nous nous opposons fermement à toute tentative unilatérale de modifier le statu quo par la force ou la coercition», peut-on lire plus loin.\n\n"
"Les Sept appellent par ailleurs Pékin à cesser de fournir à la Russie des composants «à double usage», ces biens civils susceptibles d'applications militaires. Le texte affirme que ces transferts «menacent directement la sécurité euro-atlantique» et prévient que les pays du G7 sont prêts à prendre «des mesures supplémentaires» contre les entités impliquées.\n\n"
"Réunis pour la première fois sous présidence canadienne, les chefs de la diplomatie ont également réaffirmé leur «soutien indéfectible» à l'Ukraine. La ministre canadienne des Affaires étrangères, Julie Thibodeau, hôte de la réunion, a salué «une unité qui ne se dément pas». «Certains pariaient sur nos divisions. Ils en seront pour leurs frais», a-t-elle lancé lors de la conférence de presse de clôture.\n\n"
"La réponse de Pékin n'a pas tardé. «Le G7 n'a aucun droit de s'ingérer dans les affaires intérieures de la Chine. La question de Taïwan relève exclusivement des Chinois», a déclaré jeudi le porte-parole du ministère chinois des Affaires étrangères, Wang Lei, lors de son point de presse quotidien. Il a dénoncé une «ingérence grossière» et accusé les Sept de «semer la discorde» dans la région.\n\n"
"Selon le porte-parole, la Chine «n'a jamais fourni d'armes létales» à aucune des parties au conflit ukrainien et contrôle «de manière stricte» ses exportations de biens sensibles. Le diplomate a appelé les pays du G7 à «abandonner leur mentalité de guerre froide».\n\n"
"L'ambassade de Chine à Ottawa a publié dans la soirée une déclaration plus virulente encore, qualifiant la réunion de «club de nostalgiques de l'hégémonie». Selon un diplomate européen présent à La Malbaie, la virulence de la réaction chinoise «était attendue» et «ne change rien».\n\n"
"À Taipei, le ministère des Affaires étrangères a remercié le G7 pour son «attachement constant à la paix et à la stabilité» dans le détroit.\n")
G793 = ["ministres des Affaires étrangères du G7", "les ministres des Affaires étrangères du G7", "G7", "le G7", "les Sept", "Sept", "ministres", "les ministres", "chefs de la diplomatie", "les chefs de la diplomatie"]
TXT93 = G793 + ["texte", "le texte", "communiqué", "communiqué commun"]
THI93 = ["Julie Thibodeau", "Thibodeau", "ministre canadienne des Affaires étrangères", "la ministre canadienne des Affaires étrangères"]
WAN93 = ["Wang Lei", "porte-parole du ministère chinois des Affaires étrangères", "le porte-parole du ministère chinois des Affaires étrangères", "le porte-parole", "le diplomate", "Pékin", "Chine"]
art("w93_g7_communique_pekin", "national", "2027-04-08", t93, [
    ("Nous sommes gravement préoccupés par la multiplication des manœuvres militaires coercitives autour de Taïwan et par les actions dangereuses menées contre des navires philippins en mer de Chine méridionale", "direct", TXT93),
    ("Nous nous opposons fermement à toute tentative unilatérale de modifier le statu quo par la force ou la coercition", "direct", TXT93),
    ("ces transferts «menacent directement la sécurité euro-atlantique»", "indirect", TXT93),
    ("menacent directement la sécurité euro-atlantique", "partial", TXT93),
    ("les pays du G7 sont prêts à prendre «des mesures supplémentaires» contre les entités impliquées", "indirect", TXT93),
    ("des mesures supplémentaires", "partial", TXT93),
    ("soutien indéfectible", "partial", G793),
    ("une unité qui ne se dément pas", "partial", THI93),
    ("Certains pariaient sur nos divisions. Ils en seront pour leurs frais", "direct", THI93),
    ("Le G7 n'a aucun droit de s'ingérer dans les affaires intérieures de la Chine. La question de Taïwan relève exclusivement des Chinois", "direct", WAN93),
    ("ingérence grossière", "partial", WAN93, 1),
    ("semer la discorde", "partial", WAN93),
    ("la Chine «n'a jamais fourni d'armes létales» à aucune des parties au conflit ukrainien et contrôle «de manière stricte» ses exportations de biens sensibles", "indirect", WAN93),
    ("n'a jamais fourni d'armes létales", "partial", WAN93),
    ("de manière stricte", "partial", WAN93),
    ("abandonner leur mentalité de guerre froide", "partial", WAN93),
    ("club de nostalgiques de l'hégémonie", "partial", ["ambassade de Chine à Ottawa", "l'ambassade de Chine à Ottawa", "ambassade de Chine", "l'ambassade de Chine"]),
    ("la virulence de la réaction chinoise «était attendue» et «ne change rien»", "indirect", ["diplomate européen", "un diplomate européen", "un diplomate européen présent à La Malbaie"]),
    ("était attendue", "partial", ["diplomate européen", "un diplomate européen", "un diplomate européen présent à La Malbaie"]),
    ("ne change rien", "partial", ["diplomate européen", "un diplomate européen", "un diplomate européen présent à La Malbaie"]),
    ("attachement constant à la paix et à la stabilité", "partial", ["ministère des Affaires étrangères", "le ministère des Affaires étrangères", "ministère taïwanais des Affaires étrangères", "Taipei", "Taïwan"]),
])

# batch 18
# 94-98. one invented event told by five outlets: Washington withdraws its troops from a Romanian
# base (a presidential communiqué, a phone call with the Romanian president, the Kremlin's and
# NATO's reactions); each text quotes the same words trimmed, altered or paraphrased, and gives
# them to the president, his spokeswoman, « la Maison-Blanche », « l'exécutif américain » or
# « Washington » by turns. Each article's gold is independent.
HAL = ["Richard Hallam", "Hallam", "président américain", "le président américain", "chef de l'État américain", "le chef de l'État américain", "Maison-Blanche", "la Maison-Blanche", "Washington", "président Richard Hallam"]
# « Cotroceni », the presidency's palace as a metonym (as « Élysée »), added after the as-written scoring
VOI = ["Andrei Voicu", "Voicu", "président roumain", "le président roumain", "chef de l'État roumain", "le chef de l'État roumain", "présidence roumaine", "la présidence roumaine", "palais Cotroceni", "Cotroceni", "Bucarest"]
AVD = ["Dmitri Avdeïev", "Avdeïev", "porte-parole du Kremlin", "le porte-parole du Kremlin", "Kremlin", "le Kremlin", "Moscou", "porte-parole de la présidence russe"]
MIK = ["Lars Mikkelsen", "Mikkelsen", "secrétaire général de l'Otan", "le secrétaire général de l'Otan", "secrétaire général", "le secrétaire général", "Otan"]
CAR = ["Hélène Carrel", "Carrel", "ministre des Armées", "la ministre des Armées"]

# 94. wire copy in narrow no-break spaces: the communiqué quoted at length (« a déclaré le président
# X dans un communiqué », « ajoute-t-il »), « Selon le compte rendu de la Maison-Blanche, … a
# assuré à M. Voicu que », the Romanian presidency's communiqué (« selon un communiqué du palais
# Cotroceni, qui évoque »), « les deux dirigeants » postposed « a précisé la Maison-Blanche », the
# Kremlin's spokesman, NATO on X, the White House spokeswoman (« précisant que »), « a-t-on indiqué
# au ministère des Armées »
o, c = "«" + NN, NN + "»"
t94 = (
"Washington va retirer ses 3 500 soldats de Roumanie d'ici à la fin mars\n\n"
"WASHINGTON, 16 novembre 2027 (AFP) - Les États-Unis vont retirer d'ici à la fin du mois de mars les quelque 3 500 militaires américains déployés sur la base aérienne Mihail Kogălniceanu, sur les bords de la mer Noire, a annoncé mardi la Maison-Blanche, une décision qui a pris de court Bucarest et ses alliés européens.\n\n"
f"{o}Après un examen approfondi de notre posture en Europe, j'ai décidé de rapatrier les 3 500 soldats américains stationnés sur la base aérienne Mihail Kogălniceanu. Ce retrait sera achevé au plus tard le 31 mars{c}, a déclaré le président Richard Hallam dans un communiqué publié en fin de matinée (heure de Washington).\n\n"
f"Le chef de l'État américain y affirme que ce départ {o}ne change rien{c} à l'engagement des États-Unis envers l'article 5 du traité de l'Atlantique Nord, qui prévoit une défense mutuelle en cas d'attaque contre l'un des membres de l'Alliance. {o}Nos alliés européens sont aujourd'hui assez forts pour prendre une plus grande part de leur propre défense{c}, ajoute-t-il.\n\n"
f"M. Hallam s'est entretenu dans la foulée par téléphone avec son homologue roumain, Andrei Voicu. Selon le compte rendu de la Maison-Blanche, le président américain a assuré à M. Voicu que la Roumanie pouvait {o}compter sur l'amitié indéfectible des États-Unis{c}. Les deux dirigeants sont convenus de se reparler dans les prochains jours, a précisé la Maison-Blanche.\n\n"
f"La présidence roumaine a fait état d'un échange {o}franc{c}. {o}Une décision d'une telle portée aurait dû faire l'objet d'une concertation préalable entre alliés{c}, a fait valoir M. Voicu, selon un communiqué du palais Cotroceni, qui évoque la {o}profonde préoccupation{c} du chef de l'État roumain.\n\n"
"À Bucarest, où la présence américaine est vue depuis des années comme une assurance-vie face à la Russie, l'annonce a suscité la stupeur. Le Premier ministre, Mihai Dobre, a convoqué pour mercredi le Conseil suprême de défense du pays.\n\n"
f"Moscou s'est au contraire félicité de la décision américaine. {o}Nous prenons note de cette annonce. Si elle se confirme dans les faits, ce serait un pas dans la bonne direction{c}, a déclaré à la presse le porte-parole du Kremlin, Dmitri Avdeïev.\n\n"
f"Le secrétaire général de l'Otan, Lars Mikkelsen, a pour sa part assuré sur X que la posture de dissuasion de l'Alliance restait {o}solide{c}. {o}Chaque centimètre du territoire allié sera défendu{c}, a-t-il écrit.\n\n"
f"Interrogée lors de son point de presse quotidien, la porte-parole de la Maison-Blanche, Karen Whitfield, a récusé toute idée de désengagement. {o}Ce n'est pas un départ, c'est un rééquilibrage{c}, a-t-elle martelé, précisant que le président avait pris sa décision {o}après avoir consulté ses chefs militaires{c}.\n\n"
"Environ 1 000 soldats français, déployés en Roumanie depuis 2022 dans le cadre de la mission Aigle, ne sont pas concernés par cette annonce, a-t-on indiqué au ministère des Armées à Paris.\n")
WHF = ["Karen Whitfield", "Whitfield", "porte-parole de la Maison-Blanche", "la porte-parole de la Maison-Blanche"]
art("w94_wire_retrait_roumanie", "wire", "2027-11-16", t94, [
    ("Les États-Unis vont retirer d'ici à la fin du mois de mars les quelque 3 500 militaires américains déployés sur la base aérienne Mihail Kogălniceanu, sur les bords de la mer Noire", "indirect", HAL),
    ("Après un examen approfondi de notre posture en Europe, j'ai décidé de rapatrier les 3 500 soldats américains stationnés sur la base aérienne Mihail Kogălniceanu. Ce retrait sera achevé au plus tard le 31 mars", "direct", HAL),
    (f"ce départ {o}ne change rien{c} à l'engagement des États-Unis envers l'article 5 du traité de l'Atlantique Nord, qui prévoit une défense mutuelle en cas d'attaque contre l'un des membres de l'Alliance", "indirect", HAL),
    ("ne change rien", "partial", HAL),
    ("Nos alliés européens sont aujourd'hui assez forts pour prendre une plus grande part de leur propre défense", "direct", HAL),
    (f"la Roumanie pouvait {o}compter sur l'amitié indéfectible des États-Unis{c}", "indirect", HAL),
    ("compter sur l'amitié indéfectible des États-Unis", "partial", HAL),
    ("Les deux dirigeants sont convenus de se reparler dans les prochains jours", "indirect", ["Maison-Blanche", "la Maison-Blanche"]),
    ("franc", "partial", VOI),
    ("Une décision d'une telle portée aurait dû faire l'objet d'une concertation préalable entre alliés", "direct", VOI),
    ("profonde préoccupation", "partial", VOI),
    ("Nous prenons note de cette annonce. Si elle se confirme dans les faits, ce serait un pas dans la bonne direction", "direct", AVD),
    ("la posture de dissuasion de l'Alliance restait «\u202fsolide\u202f»", "indirect", MIK),
    ("solide", "partial", MIK),
    ("Chaque centimètre du territoire allié sera défendu", "direct", MIK),
    ("Ce n'est pas un départ, c'est un rééquilibrage", "direct", WHF),
    (f"le président avait pris sa décision {o}après avoir consulté ses chefs militaires{c}", "indirect", WHF),
    ("après avoir consulté ses chefs militaires", "partial", WHF),
    ("Environ 1 000 soldats français, déployés en Roumanie depuis 2022 dans le cadre de la mission Aigle, ne sont pas concernés par cette annonce", "indirect", ["ministère des Armées", "le ministère des Armées"]),
])

# 95. a TV channel's website, short, guillemets with no-break spaces: two « MISE À JOUR » lines, a
# headline repeating a quote of the body, « y voyant « … » », « a fait savoir la Maison-Blanche »,
# « précise le communiqué présidentiel », an altered communiqué sentence given to the president,
# « qui assure que », « le chef de l'État américain a promis que », the Kremlin's spokesman as « le
# porte-parole de la présidence russe », « a-t-on appris auprès de son cabinet », NATO « a promis
# … sur X que « … » », an « À LIRE AUSSI » title in marks, the channel's consultant (« estime que »),
# the minister « a réagi sur X »
o, c = "«" + NB, NB + "»"
t95 = (
f"Les États-Unis retirent leurs troupes de Roumanie, Moscou salue {o}un pas dans la bonne direction{c}\n\n"
f"MISE À JOUR 18h12 – Le Kremlin s'est félicité mardi soir de l'annonce américaine, y voyant {o}un pas dans la bonne direction{c}. Les détails plus bas.\n\n"
"C'est une annonce qui fait l'effet d'une bombe sur le flanc est de l'Otan. Richard Hallam a décidé de rapatrier les 3 500 soldats américains stationnés en Roumanie, près de la mer Noire, a fait savoir la Maison-Blanche ce mardi. "
f"Le retrait doit être bouclé {o}au plus tard le 31 mars{c}, précise le communiqué présidentiel.\n\n"
f"{o}Nos alliés européens sont désormais assez forts pour assurer une plus grande part de leur défense{c}, a justifié le président américain, qui assure que ce départ ne remet pas en cause l'engagement de Washington au sein de l'Otan.\n\n"
f"Au téléphone avec son homologue roumain, Andrei Voicu, le chef de l'État américain a promis que Bucarest pourrait toujours {o}compter sur l'amitié des États-Unis{c}. Une promesse qui n'a visiblement pas suffi : le président roumain a regretté une décision prise {o}sans concertation entre alliés{c}.\n\n"
f"Moscou, en revanche, applaudit. {o}Si elle se confirme, cette annonce serait un pas dans la bonne direction{c}, a commenté Dmitri Avdeïev, le porte-parole de la présidence russe.\n\n"
"À Bucarest, le Premier ministre roumain, Mihai Dobre, a convoqué pour mercredi un conseil de défense, a-t-on appris auprès de son cabinet. "
f"Le secrétaire général de l'Otan, Lars Mikkelsen, a promis de son côté sur X que {o}chaque centimètre du territoire allié sera défendu{c}.\n\n"
f"À LIRE AUSSI – {o}Mission Aigle{c} : que font les soldats français en Roumanie ?\n\n"
f"Sur notre plateau, le général Jean-Marc Fabre, consultant défense de la chaîne, estime que les Européens devront {o}combler un trou capacitaire énorme{c}, notamment en matière de défense aérienne. {o}Les Américains, ce sont les avions ravitailleurs, les drones, les satellites. Ça ne se remplace pas en quatre mois{c}, a-t-il expliqué.\n\n"
f"MISE À JOUR 18h40 – Les soldats français restent en Roumanie. {o}La France y restera aussi longtemps que nécessaire{c}, a réagi sur X la ministre des Armées, Hélène Carrel.\n")
art("w95_tv_retrait_roumanie", "tv", "2027-11-16", t95, [
    ("un pas dans la bonne direction", "partial", AVD, 1),
    ("Richard Hallam a décidé de rapatrier les 3 500 soldats américains stationnés en Roumanie, près de la mer Noire", "indirect", ["Maison-Blanche", "la Maison-Blanche"]),
    (f"Le retrait doit être bouclé {o}au plus tard le 31 mars{c}", "indirect", HAL + ["communiqué présidentiel", "le communiqué présidentiel"]),
    ("au plus tard le 31 mars", "partial", HAL + ["communiqué présidentiel", "le communiqué présidentiel"]),
    ("Nos alliés européens sont désormais assez forts pour assurer une plus grande part de leur défense", "direct", HAL),
    ("ce départ ne remet pas en cause l'engagement de Washington au sein de l'Otan", "indirect", HAL),
    (f"Bucarest pourrait toujours {o}compter sur l'amitié des États-Unis{c}", "indirect", HAL),
    ("compter sur l'amitié des États-Unis", "partial", HAL),
    ("sans concertation entre alliés", "partial", VOI),
    ("Si elle se confirme, cette annonce serait un pas dans la bonne direction", "direct", AVD),
    ("le Premier ministre roumain, Mihai Dobre, a convoqué pour mercredi un conseil de défense", "indirect", ["cabinet", "son cabinet", "cabinet du Premier ministre", "cabinet de Mihai Dobre"]),
    (f"{o}chaque centimètre du territoire allié sera défendu{c}", "indirect", MIK),
    ("chaque centimètre du territoire allié sera défendu", "partial", MIK),
    (f"les Européens devront {o}combler un trou capacitaire énorme{c}, notamment en matière de défense aérienne", "indirect", ["Jean-Marc Fabre", "Fabre", "général Jean-Marc Fabre", "le général Jean-Marc Fabre"]),
    ("combler un trou capacitaire énorme", "partial", ["Jean-Marc Fabre", "Fabre", "général Jean-Marc Fabre", "le général Jean-Marc Fabre"]),
    ("Les Américains, ce sont les avions ravitailleurs, les drones, les satellites. Ça ne se remplace pas en quatre mois", "direct", ["Jean-Marc Fabre", "Fabre", "général Jean-Marc Fabre", "le général Jean-Marc Fabre"]),
    ("La France y restera aussi longtemps que nécessaire", "direct", CAR),
])

# 96. a regional daily on the local regiment, guillemets with no-break spaces: « explique avoir
# pris cette décision « … » » (an infinitive, no clause), « Washington assure que », a one-word
# partial quote, « le Kremlin a salué », an officer « joint par téléphone », « L'officier admet
# toutefois que », soldiers' wives by first name and age (« sourit »), an operation's name in marks,
# the mayor (« a annoncé qu' », « a-t-il assuré »)
o, c = "«" + NB, NB + "»"
t96 = (
"Retrait américain de Roumanie : à Chambéry, les chasseurs alpins restent mobilisés\n\n"
"CHAMBÉRY. L'annonce est tombée mardi en fin d'après-midi, heure française, et elle a aussitôt fait le tour des familles de militaires du quartier Roc-Noir. Les États-Unis vont retirer leurs 3 500 soldats de la base roumaine de Mihail Kogălniceanu, où une compagnie du 13e bataillon de chasseurs alpins est stationnée depuis septembre aux côtés des forces américaines.\n\n"
f"Dans un communiqué, le président américain Richard Hallam explique avoir pris cette décision {o}après un examen approfondi{c} de la posture militaire de son pays en Europe. Washington assure que ce retrait ne change {o}rien{c} à ses engagements envers l'Otan. À Moscou, le Kremlin a salué {o}un pas dans la bonne direction{c}.\n\n"
f"Une assurance qui ne rassure guère à Bucarest. Le président roumain, Andrei Voicu, a fait part de sa {o}profonde préoccupation{c} à Richard Hallam lors d'un entretien téléphonique.\n\n"
f"Au 13e BCA, le ton se veut pourtant serein. {o}Notre mission ne change pas. Nous sommes en Roumanie au titre de l'Otan et sous commandement français, pas pour accompagner les Américains{c}, souligne le lieutenant-colonel Arnaud Mercier, chef de corps du bataillon, joint par téléphone sur la base. Les chasseurs savoyards y participent à la mission {o}Aigle{c}, que la France commande depuis 2022.\n\n"
f"L'officier admet toutefois que le départ des Américains posera des questions {o}très concrètes{c} de logistique, la base étant en grande partie gérée par l'US Air Force. {o}Le carburant, les radars, la piste : tout cela, ce sont eux. Il faudra s'organiser autrement, et vite{c}, reconnaît-il.\n\n"
f"Du côté des familles, l'inquiétude domine. {o}On nous dit que ça ne change rien, mais quand on voit les images de la mer Noire aux infos, on n'est pas rassurées{c}, confie Julie, 34 ans, dont le compagnon est parti en septembre. {o}J'ai eu mon mari ce matin, il m'a dit de ne pas m'en faire. Alors je ne m'en fais pas… enfin, j'essaie{c}, sourit Marine, épouse d'un sergent-chef.\n\n"
f"À Paris, la ministre des Armées, Hélène Carrel, a rappelé que les soldats français resteraient en Roumanie {o}aussi longtemps que nécessaire{c}.\n\n"
f"Le maire de Chambéry, Thierry Bonnaz, a annoncé qu'il recevrait jeudi soir à l'hôtel de ville les familles des militaires déployés. {o}Chambéry est fière de ses chasseurs. Nous serons à leurs côtés, quoi qu'il arrive là-bas{c}, a-t-il assuré.\n")
MER = ["Arnaud Mercier", "Mercier", "lieutenant-colonel Arnaud Mercier", "le lieutenant-colonel Arnaud Mercier", "chef de corps du bataillon", "l'officier", "officier"]
BON = ["Thierry Bonnaz", "Bonnaz", "maire de Chambéry", "le maire de Chambéry"]
art("w96_regional_chambery", "regional", "2027-11-17", t96, [
    ("après un examen approfondi", "partial", HAL),
    (f"ce retrait ne change {o}rien{c} à ses engagements envers l'Otan", "indirect", HAL),
    ("rien", "partial", HAL),
    ("un pas dans la bonne direction", "partial", AVD),
    ("profonde préoccupation", "partial", VOI),
    ("Notre mission ne change pas. Nous sommes en Roumanie au titre de l'Otan et sous commandement français, pas pour accompagner les Américains", "direct", MER),
    (f"le départ des Américains posera des questions {o}très concrètes{c} de logistique, la base étant en grande partie gérée par l'US Air Force", "indirect", MER),
    ("très concrètes", "partial", MER),
    ("Le carburant, les radars, la piste : tout cela, ce sont eux. Il faudra s'organiser autrement, et vite", "direct", MER),
    ("On nous dit que ça ne change rien, mais quand on voit les images de la mer Noire aux infos, on n'est pas rassurées", "direct", ["Julie"]),
    ("J'ai eu mon mari ce matin, il m'a dit de ne pas m'en faire. Alors je ne m'en fais pas… enfin, j'essaie", "direct", ["Marine"]),
    (f"les soldats français resteraient en Roumanie {o}aussi longtemps que nécessaire{c}", "indirect", CAR),
    ("aussi longtemps que nécessaire", "partial", CAR),
    ("il recevrait jeudi soir à l'hôtel de ville les familles des militaires déployés", "indirect", BON),
    ("Chambéry est fière de ses chasseurs. Nous serons à leurs côtés, quoi qu'il arrive là-bas", "direct", BON),
])

# 97. a Belgian daily in straight marks: the communiqué's date in marks after a colon, the
# communiqué sentence altered (« ces soldats »), « qui juge les alliés "assez forts" »,
# « L'exécutif américain insiste: ce retrait "…" », « a estimé qu'"…" » then « rapporte la
# présidence roumaine », the Kremlin as speaker of its spokesman's words, the spokeswoman's words
# given to « la Maison-Blanche », the Belgian minister « à notre rédaction, ajoutant qu' », « Pour le
# député X, … "…" et "…" », « Au siège de l'Otan, on se veut serein », an operation's name in marks
t97 = (
"Washington plie bagage en Roumanie, le flanc est de l'Otan s'inquiète\n\n"
"La décision a été annoncée mardi par un communiqué de la présidence américaine: les quelque 3.500 militaires américains de la base de Mihail Kogalniceanu, sur la côte roumaine de la mer Noire, seront rentrés aux Etats-Unis \"au plus tard le 31 mars\". \"Après un examen approfondi de notre posture en Europe, j'ai décidé de rapatrier ces soldats\", écrit le président Richard Hallam, qui juge les alliés européens \"assez forts\" pour assumer une plus grande part de leur défense.\n\n"
"L'exécutif américain insiste: ce retrait \"ne change rien à l'engagement des Etats-Unis envers l'article 5\". \"Ce n'est pas un départ, c'est un rééquilibrage\", a fait valoir la Maison-Blanche. Un argument que Bucarest peine à croire.\n\n"
"Au téléphone avec Richard Hallam, Andrei Voicu a estimé qu'\"une décision d'une telle portée aurait dû faire l'objet d'une concertation entre alliés\", rapporte la présidence roumaine. Le chef de l'Etat roumain, qui a convoqué mercredi le Conseil suprême de défense, n'a pas caché sa \"profonde préoccupation\".\n\n"
"Moscou, lui, se réjouit. \"Nous prenons acte de cette annonce. Si elle se confirme, ce serait un pas dans le bon sens\", a réagi le Kremlin.\n\n"
"Quelque 300 militaires belges sont déployés en Roumanie, à Cincu, au sein du groupement tactique dirigé par la France dans le cadre de la mission \"Aigle\". La ministre de la Défense, Sophie Vandenbergh (MR), a voulu rassurer mardi soir. \"Nos militaires ne sont en rien concernés. Leur mission continue, dans le cadre de l'Otan\", a-t-elle déclaré à notre rédaction, ajoutant qu'elle s'entretiendrait jeudi avec son homologue française.\n\n"
"Pour le député Ecolo Samuel Cogels, ce retrait est \"une très mauvaise nouvelle pour la sécurité européenne\" et \"un cadeau fait au Kremlin\". \"La Belgique doit enfin consacrer 2% de son PIB à sa défense. Pas dans dix ans: maintenant\", a-t-il lancé à la Chambre.\n\n"
"Au siège de l'Otan, à Evere, on se veut serein. Le secrétaire général, Lars Mikkelsen, a assuré que \"chaque centimètre du territoire allié\" serait défendu. Selon Marc Delvaux, chercheur à l'Institut Egmont, Washington veut surtout pousser les Européens à \"prendre leurs responsabilités\", quitte à les brusquer.\n")
VAN = ["Sophie Vandenbergh", "Vandenbergh", "ministre de la Défense", "la ministre de la Défense"]
COG = ["Samuel Cogels", "Cogels", "député Ecolo", "le député Ecolo"]
DLV = ["Marc Delvaux", "Delvaux"]
HALB = HAL + ["présidence américaine", "la présidence américaine", "exécutif américain", "l'exécutif américain", "Etats-Unis"]
art("w97_belge_retrait_roumanie", "belgian", "2027-11-17", t97, [
    ("au plus tard le 31 mars", "partial", HALB),
    ("Après un examen approfondi de notre posture en Europe, j'ai décidé de rapatrier ces soldats", "direct", HAL),
    ("assez forts", "partial", HAL),
    # unquoted words after a cue and a colon are an indirect quote (indirect-colon in the
    # project's conventions, docs/concepts.md): added after the as-written scoring
    ("ce retrait \"ne change rien à l'engagement des Etats-Unis envers l'article 5\"", "indirect", HALB),
    ("ne change rien à l'engagement des Etats-Unis envers l'article 5", "partial", HALB),
    ("Ce n'est pas un départ, c'est un rééquilibrage", "direct", HALB),
    ("\"une décision d'une telle portée aurait dû faire l'objet d'une concertation entre alliés\"", "indirect", VOI),
    ("une décision d'une telle portée aurait dû faire l'objet d'une concertation entre alliés", "partial", VOI),
    ("profonde préoccupation", "partial", VOI),
    ("Nous prenons acte de cette annonce. Si elle se confirme, ce serait un pas dans le bon sens", "direct", AVD),
    ("Nos militaires ne sont en rien concernés. Leur mission continue, dans le cadre de l'Otan", "direct", VAN),
    ("elle s'entretiendrait jeudi avec son homologue française", "indirect", VAN),
    ("ce retrait est \"une très mauvaise nouvelle pour la sécurité européenne\" et \"un cadeau fait au Kremlin\"", "indirect", COG),
    ("une très mauvaise nouvelle pour la sécurité européenne", "partial", COG),
    ("un cadeau fait au Kremlin", "partial", COG),
    ("La Belgique doit enfin consacrer 2% de son PIB à sa défense. Pas dans dix ans: maintenant", "direct", COG),
    ("\"chaque centimètre du territoire allié\" serait défendu", "indirect", MIK),
    ("chaque centimètre du territoire allié", "partial", MIK),
    ("Washington veut surtout pousser les Européens à \"prendre leurs responsabilités\", quitte à les brusquer", "indirect", DLV),
    ("prendre leurs responsabilités", "partial", DLV),
])

# 98. a pure player's analysis in curly marks: « selon lui » inside the clause it reports, a
# one-word partial after « ne changeait », « tranche X, chercheuse à », « Pour elle, … », « juge
# Roussel : “…” » after a nominal sentence, « a salué “…”, à condition que l'annonce “…” », « Bucarest
# a regretté », « selon un diplomate européen » inside a clause with a conditional, « Washington a
# beau répéter que “…” », a retired general (« explique-t-il », « Il estime que »), an anonymous
# adviser (« confie, sous couvert d'anonymat, que »), a doctrine's name in marks
o, c = "“", "”"
t98 = (
"Retrait américain de Roumanie : pourquoi la décision de Richard Hallam inquiète autant l'Europe\n\n"
f"ANALYSE – Trois phrases publiées mardi sur le site de la Maison-Blanche ont suffi à ébranler le flanc est de l'Otan. En annonçant le rapatriement des 3 500 soldats américains de la base de Mihail Kogălniceanu d'ici au 31 mars, Richard Hallam a aussi fait passer un message : les Européens sont désormais, selon lui, {o}assez forts{c} pour assumer {o}une plus grande part de leur propre défense{c}. Une illustration de plus de la doctrine du {o}partage du fardeau{c} chère au président américain.\n\n"
f"Le locataire de la Maison-Blanche a pris soin de préciser que ce retrait ne changeait {o}rien{c} à l'article 5, la clause de défense mutuelle de l'Alliance. Mais à Bucarest comme à Varsovie, on lit surtout la suite. {o}C'est la première fois depuis 2014 que Washington réduit sa présence sur le flanc oriental sans contrepartie russe. Le signal est désastreux{c}, tranche Camille Roussel, chercheuse à l'Institut de relations internationales et stratégiques (Iris).\n\n"
"Pour elle, le calendrier n'a rien d'un hasard : la décision tombe trois semaines après la reprise de contacts discrets entre émissaires américains et russes à Genève.\n\n"
f"Le Kremlin ne s'y est d'ailleurs pas trompé. Son porte-parole, Dmitri Avdeïev, a salué {o}un pas dans la bonne direction{c}, à condition que l'annonce {o}se confirme dans les faits{c}. Une prudence de façade, juge Roussel : {o}Moscou obtient sans négocier ce qu'il réclamait depuis des années.{c}\n\n"
f"Côté roumain, la pilule passe mal. Bucarest a regretté une décision prise {o}sans concertation préalable entre alliés{c}, et le président Andrei Voicu aurait, selon un diplomate européen, exprimé au téléphone sa {o}colère{c} à son homologue américain. Washington a beau répéter que {o}ce n'est pas un départ, c'est un rééquilibrage{c}, la formule ne convainc guère à l'est du continent.\n\n"
f"Sur le plan militaire, le général (2S) Pierre-Yves Marchal, ancien commandant des forces françaises en Roumanie, relativise. {o}Sur le terrain, 3 500 hommes, c'est une brigade. Les Européens peuvent les remplacer, mais pas du jour au lendemain, et surtout pas les moyens aériens et de renseignement qui partiront avec eux{c}, explique-t-il. Il estime que la France, nation-cadre à Cincu, devra {o}au minimum{c} doubler ses effectifs pour combler le vide.\n\n"
f"À Paris, l'Élysée se garde de tout commentaire officiel. Mais un conseiller du président de la République confie, sous couvert d'anonymat, que l'annonce {o}n'a surpris personne{c} au sommet de l'État. Dans un message sur X, la ministre des Armées, Hélène Carrel, s'est contentée d'assurer que les soldats français resteraient en Roumanie {o}aussi longtemps que nécessaire{c}.\n\n"
f"Reste la question que tout le monde se pose dans les chancelleries européennes : et après la Roumanie ? {o}Si Washington peut quitter la mer Noire en quatre mois, il peut partir de n'importe où{c}, résume Camille Roussel.\n")
ROU = ["Camille Roussel", "Roussel", "chercheuse à l'Institut de relations internationales et stratégiques"]
MAR = ["Pierre-Yves Marchal", "Marchal", "général Pierre-Yves Marchal", "le général (2S) Pierre-Yves Marchal"]
CON = ["conseiller du président de la République", "un conseiller du président de la République", "un conseiller"]
art("w98_analyse_retrait_roumanie", "pure-player", "2027-11-17", t98, [
    (f"les Européens sont désormais, selon lui, {o}assez forts{c} pour assumer {o}une plus grande part de leur propre défense{c}", "indirect", HAL),
    ("assez forts", "partial", HAL),
    ("une plus grande part de leur propre défense", "partial", HAL),
    (f"ce retrait ne changeait {o}rien{c} à l'article 5, la clause de défense mutuelle de l'Alliance", "indirect", HAL + ["locataire de la Maison-Blanche", "le locataire de la Maison-Blanche"]),
    ("rien", "partial", HAL + ["locataire de la Maison-Blanche", "le locataire de la Maison-Blanche"]),
    ("C'est la première fois depuis 2014 que Washington réduit sa présence sur le flanc oriental sans contrepartie russe. Le signal est désastreux", "direct", ROU),
    ("le calendrier n'a rien d'un hasard : la décision tombe trois semaines après la reprise de contacts discrets entre émissaires américains et russes à Genève", "indirect", ROU),
    ("un pas dans la bonne direction", "partial", AVD),
    ("se confirme dans les faits", "partial", AVD),
    ("Une prudence de façade", "indirect", ROU),
    ("Moscou obtient sans négocier ce qu'il réclamait depuis des années.", "direct", ROU),
    ("sans concertation préalable entre alliés", "partial", VOI),
    (f"le président Andrei Voicu aurait, selon un diplomate européen, exprimé au téléphone sa {o}colère{c} à son homologue américain", "indirect", ["diplomate européen", "un diplomate européen"]),
    ("colère", "partial", ["diplomate européen", "un diplomate européen", "Andrei Voicu", "Voicu"]),
    (f"{o}ce n'est pas un départ, c'est un rééquilibrage{c}", "indirect", HAL),
    ("ce n'est pas un départ, c'est un rééquilibrage", "partial", HAL),
    ("Sur le terrain, 3 500 hommes, c'est une brigade. Les Européens peuvent les remplacer, mais pas du jour au lendemain, et surtout pas les moyens aériens et de renseignement qui partiront avec eux", "direct", MAR),
    (f"la France, nation-cadre à Cincu, devra {o}au minimum{c} doubler ses effectifs pour combler le vide", "indirect", MAR),
    ("au minimum", "partial", MAR),
    (f"l'annonce {o}n'a surpris personne{c} au sommet de l'État", "indirect", CON),
    ("n'a surpris personne", "partial", CON),
    (f"les soldats français resteraient en Roumanie {o}aussi longtemps que nécessaire{c}", "indirect", CAR),
    ("aussi longtemps que nécessaire", "partial", CAR),
    ("Si Washington peut quitter la mer Noire en quatre mois, il peut partir de n'importe où", "direct", ROU),
])

# batch 19
# 99. a Tour de France stage in guillemets with no-break spaces: flash interviews « au micro de
# France Télévisions » (the stage winner, the yellow jersey on the podium, two team managers), a
# second quote of the winner with no cue of its own, riders' nicknames in marks (no quotes), a
# rider translated from Spanish (« selon la traduction de l'organisation »), « selon son manager,
# X, » fronted, a consultant's « a jugé que », a postposed « a indiqué l'organisation »
o, c = "«" + NB, NB + "»"
t99 = (
"Tour de France : Marchal s'envole à Gap, Vandersteen garde le jaune\n\n"
"GAP (Hautes-Alpes) – Il a attendu la dernière côte pour placer son attaque, et personne n'a pu le suivre. Le Français Léo Marchal (Arkéa-Vendée) a remporté mercredi en solitaire la 16e étape du Tour de France, longue de 178 kilomètres entre Valence et Gap, devant l'Espagnol Iker Olano et le Danois Mads Kjeldsen, réglés au sprint à quatorze secondes. Le Belge Arne Vandersteen conserve le maillot jaune avec 1 min 12 s d'avance sur le Slovène Jan Kovač.\n\n"
f"{o}Je n'y croyais plus. À dix kilomètres de l'arrivée, j'avais les jambes qui brûlaient, je me suis dit que c'était fini pour aujourd'hui{c}, a raconté le vainqueur du jour au micro de France Télévisions, la voix cassée par l'émotion. {o}Et puis dans la dernière bosse, j'ai vu qu'ils se regardaient. Alors j'ai tout donné, sans me retourner.{c}\n\n"
f"Âgé de 26 ans, le coureur de Cholet, surnommé {o}le Chat{c} dans le peloton pour sa façon de se faufiler dans les descentes, signe la première victoire d'étape française de cette édition. Il l'a dédiée à son grand-père, mort au printemps, {o}le premier à m'avoir mis sur un vélo{c}.\n\n"
f"Maillot jaune sur les épaules pour le cinquième jour consécutif, Arne Vandersteen a passé la journée à l'abri de ses équipiers. {o}C'était une étape piège, avec du vent et beaucoup de nervosité. L'équipe a été parfaite, je n'ai eu à m'occuper de rien{c}, a assuré le Flamand sur le podium protocolaire. Le leader de la formation Lotto-Ardennes a toutefois reconnu que les Alpes seraient {o}une autre histoire{c}, avec trois arrivées au sommet en quatre jours.\n\n"
f"Son principal rival n'a pas bougé. Selon son manager, Marco Bellini, le Slovène souffre encore du genou depuis sa chute de dimanche et préfère {o}garder ses cartouches{c} pour l'Izoard. {o}Jan a mal, on ne va pas le cacher. Mais il n'est pas venu sur ce Tour pour finir deuxième{c}, a prévenu l'Italien devant le bus de l'équipe UAE-Horizon.\n\n"
f"Deuxième de l'étape, Iker Olano, que les supporters basques surnomment {o}Txiki{c}, a regretté d'avoir {o}trop attendu{c}. {o}Quand Léo est parti, j'ai regardé Kjeldsen, Kjeldsen m'a regardé, et voilà. C'est le cyclisme{c}, a-t-il lâché en espagnol, selon la traduction de l'organisation.\n\n"
f"Dans le camp d'Arkéa-Vendée, l'ambiance était à la fête. {o}Léo, c'est un coureur à l'instinct. On lui avait demandé de rester tranquille jusqu'au pied de la dernière côte, et pour une fois il nous a écoutés{c}, s'amusait le manager de l'équipe bretonne, Yannick Le Bras. Il a ajouté que son coureur {o}méritait mille fois{c} cette victoire après deux saisons gâchées par les blessures.\n\n"
f"Consultant pour France Télévisions, l'ancien grimpeur Thierry Mazeau a jugé que Marchal avait {o}couru en patron{c} et qu'il pouvait désormais viser le maillot à pois.\n\n"
f"Jeudi, la 17e étape mènera le peloton de Gap à Valloire par les cols de l'Izoard et du Galibier. {o}Là, on verra qui est vraiment fort{c}, a prévenu Vandersteen avant de rejoindre son hôtel. Le départ sera donné à 11 h 45, a indiqué l'organisation.\n")
MAR = ["Léo Marchal", "Marchal", "le vainqueur du jour", "vainqueur du jour", "le Chat"]
# « Le leader de la formation Lotto-Ardennes » names the yellow jersey too (added after the as-written
# scoring, which left this role out of the acceptable names)
VDS = ["Arne Vandersteen", "Vandersteen", "le Flamand", "Flamand", "leader de la formation Lotto-Ardennes", "Le leader de la formation Lotto-Ardennes"]
BEL = ["Marco Bellini", "Bellini", "son manager", "manager", "l'Italien"]
OLA = ["Iker Olano", "Olano", "Txiki"]
LEB = ["Yannick Le Bras", "Le Bras", "manager de l'équipe bretonne", "le manager de l'équipe bretonne"]
MAZ = ["Thierry Mazeau", "Mazeau"]
art("w99_tour_gap", "sport", "2027-07-21", t99, [
    ("Je n'y croyais plus. À dix kilomètres de l'arrivée, j'avais les jambes qui brûlaient, je me suis dit que c'était fini pour aujourd'hui", "direct", MAR),
    ("Et puis dans la dernière bosse, j'ai vu qu'ils se regardaient. Alors j'ai tout donné, sans me retourner.", "direct", MAR),
    ("le premier à m'avoir mis sur un vélo", "partial", MAR),
    ("C'était une étape piège, avec du vent et beaucoup de nervosité. L'équipe a été parfaite, je n'ai eu à m'occuper de rien", "direct", VDS),
    (f"les Alpes seraient {o}une autre histoire{c}, avec trois arrivées au sommet en quatre jours", "indirect", VDS),
    ("une autre histoire", "partial", VDS),
    (f"le Slovène souffre encore du genou depuis sa chute de dimanche et préfère {o}garder ses cartouches{c} pour l'Izoard", "indirect", BEL),
    ("garder ses cartouches", "partial", BEL),
    ("Jan a mal, on ne va pas le cacher. Mais il n'est pas venu sur ce Tour pour finir deuxième", "direct", BEL),
    ("trop attendu", "partial", OLA),
    ("Quand Léo est parti, j'ai regardé Kjeldsen, Kjeldsen m'a regardé, et voilà. C'est le cyclisme", "direct", OLA),
    ("Léo, c'est un coureur à l'instinct. On lui avait demandé de rester tranquille jusqu'au pied de la dernière côte, et pour une fois il nous a écoutés", "direct", LEB),
    (f"son coureur {o}méritait mille fois{c} cette victoire après deux saisons gâchées par les blessures", "indirect", LEB),
    ("méritait mille fois", "partial", LEB),
    (f"Marchal avait {o}couru en patron{c} et qu'il pouvait désormais viser le maillot à pois", "indirect", MAZ),
    ("couru en patron", "partial", MAZ),
    ("Là, on verra qui est vraiment fort", "direct", VDS),
    ("Le départ sera donné à 11 h 45", "indirect", ["organisation", "l'organisation"]),
])

# 100. a tennis press conference at Roland-Garros in curly marks: « a-t-elle expliqué en conférence
# de presse » (answers given in English), a few words in French to the crowd, an English phrase and
# its French gloss in brackets (both the player's), partial quotes after « décidé de » and
# « conseillé de » inside que-clauses, the loser through an interpreter, « selon elle » fronted, a
# session's name in marks (no quote), « admettant que », a postposed « a fait savoir la Fédération »
o, c = "“", "”"
t100 = (
"Roland-Garros : Sofia Marković renverse Chen Yuting et rejoint le dernier carré\n\n"
f"Menée 6-3, 4-1, la Serbe Sofia Marković a renversé mardi la Chinoise Chen Yuting (3-6, 7-5, 6-2) en quarts de finale de Roland-Garros, au terme d'un combat de 2 h 41 sur le court Philippe-Chatrier. Elle affrontera jeudi, en {o}night session{c}, l'Américaine Kayla Brooks, tête de série numéro 2.\n\n"
f"{o}Honnêtement, à 4-1, je pensais déjà à mon billet d'avion. Et puis elle a eu un petit moment de doute, et j'ai senti que le match pouvait tourner{c}, a-t-elle expliqué en conférence de presse, en anglais. La joueuse de 24 ans avait auparavant glissé quelques mots en français au public, micro en main, sur le court : {o}Merci Paris, vous êtes incroyables !{c}\n\n"
f"Interrogée sur le tournant du match, la Serbe a évoqué un changement d'attitude plus que de tactique. {o}I just stopped thinking{c} ({o}J'ai simplement arrêté de réfléchir{c}), a-t-elle résumé, avant de préciser qu'elle avait décidé de {o}frapper plus fort, plus tôt, et tant pis pour les fautes{c}. Son entraîneur, l'Australien Mark Devlin, assis au fond de la salle, a confirmé qu'il lui avait conseillé de {o}jouer sans calculer{c} lors de la pause médicale du deuxième set.\n\n"
f"Chen Yuting, elle, ne cachait pas sa frustration. {o}J'ai eu le match dans ma raquette. Je ne sais pas ce qui s'est passé, mes jambes ne répondaient plus{c}, a déclaré la Chinoise par l'intermédiaire d'une interprète. Selon elle, la chaleur, plus de 31 degrés à l'ombre en milieu d'après-midi, a pesé dans le troisième set. Elle a toutefois refusé de parler de blessure : {o}Ce serait une excuse, et je n'aime pas les excuses.{c}\n\n"
f"En face, Kayla Brooks n'a laissé que quatre jeux à la Tchèque Petra Novotná. {o}She's a fighter. She never gives up{c}, a dit l'Américaine de sa prochaine adversaire, admettant que cette demi-finale serait {o}un vrai test{c} sur une surface où elle n'avait jamais dépassé les huitièmes avant cette année. {o}Sur terre, je suis encore une élève{c}, a-t-elle ajouté en souriant, dans un français appris auprès de sa mère, originaire de Lyon.\n\n"
"Les deux joueuses ne se sont affrontées qu'une fois, l'an dernier à Miami, et Brooks l'avait emporté en deux sets. L'horaire exact des demi-finales sera communiqué mercredi soir, a fait savoir la Fédération française de tennis.\n")
SMK = ["Sofia Marković", "Marković", "Markovic", "la Serbe"]
CHE = ["Chen Yuting", "Chen", "la Chinoise"]
KBR = ["Kayla Brooks", "Brooks", "l'Américaine"]
art("w100_tennis_rolandgarros", "sport", "2027-06-01", t100, [
    ("Honnêtement, à 4-1, je pensais déjà à mon billet d'avion. Et puis elle a eu un petit moment de doute, et j'ai senti que le match pouvait tourner", "direct", SMK),
    ("Merci Paris, vous êtes incroyables !", "direct", SMK),
    ("I just stopped thinking", "direct", SMK),
    ("J'ai simplement arrêté de réfléchir", "direct", SMK),
    (f"elle avait décidé de {o}frapper plus fort, plus tôt, et tant pis pour les fautes{c}", "indirect", SMK),
    ("frapper plus fort, plus tôt, et tant pis pour les fautes", "partial", SMK),
    (f"il lui avait conseillé de {o}jouer sans calculer{c} lors de la pause médicale du deuxième set", "indirect", ["Mark Devlin", "Devlin", "son entraîneur", "l'Australien"]),
    ("jouer sans calculer", "partial", ["Mark Devlin", "Devlin", "son entraîneur", "l'Australien"]),
    ("J'ai eu le match dans ma raquette. Je ne sais pas ce qui s'est passé, mes jambes ne répondaient plus", "direct", CHE),
    ("la chaleur, plus de 31 degrés à l'ombre en milieu d'après-midi, a pesé dans le troisième set", "indirect", CHE),
    ("Ce serait une excuse, et je n'aime pas les excuses.", "direct", CHE),
    ("She's a fighter. She never gives up", "direct", KBR),
    (f"cette demi-finale serait {o}un vrai test{c} sur une surface où elle n'avait jamais dépassé les huitièmes avant cette année", "indirect", KBR),
    ("un vrai test", "partial", KBR),
    ("Sur terre, je suis encore une élève", "direct", KBR),
    ("L'horaire exact des demi-finales sera communiqué mercredi soir", "indirect", ["Fédération française de tennis", "la Fédération française de tennis", "FFT"]),
])

# 101. a morning radio interview in guillemets with narrow no-break spaces: « Invité de France Inter,
# le ministre a estimé que… », the programme's name in marks (no quote), the presenter's questions
# and retorts in marks (her words, not the guest's), « a-t-il insisté », « selon l'intervieweuse »
# after a partial, a listener on the phone by first name and trade, an incise inside the marks,
# reported speech without marks (« a confirmé que », « Selon lui, »), opposition reactions
o, c = "«" + NN, NN + "»"
t101 = (
"Budget : Bastien Lorrain exclut toute hausse d'impôts pour les classes moyennes\n\n"
f"Invité du {o}Grand Entretien{c} de France Inter mardi matin, le ministre de l'Économie et des Finances, Bastien Lorrain, a estimé que le budget 2028 pourrait être bouclé {o}sans toucher aux impôts des ménages{c}, malgré un déficit public plus élevé que prévu. Le ministre a surtout insisté sur la nécessité de {o}tenir la dépense{c}, à commencer par celle de l'État.\n\n"
f"{o}Monsieur le ministre, est-ce que les Français vont payer la note ?{c}, lui a demandé d'emblée la journaliste Claire Fontanel. {o}Non. Je le dis très clairement : il n'y aura pas de hausse d'impôts pour les classes moyennes, ni cette année ni l'année prochaine{c}, a répondu Bastien Lorrain.\n\n"
f"Relancé sur la contribution sur les hauts revenus votée l'an dernier, {o}une hausse d'impôts qui ne veut pas dire son nom{c} selon l'intervieweuse, le ministre a défendu un dispositif {o}exceptionnel et temporaire{c}. {o}Temporaire, vraiment ? On nous avait dit la même chose pour la CRDS en 1996{c}, a ironisé Claire Fontanel. {o}La différence, c'est que cette fois la date de fin est écrite dans la loi. Elle tombera en 2029, point{c}, a-t-il insisté.\n\n"
"Le ministre a par ailleurs confirmé que l'État céderait une partie de ses participations dans plusieurs entreprises cotées, sans préciser lesquelles. Selon lui, ces cessions pourraient rapporter entre 8 et 10 milliards d'euros d'ici à la fin du quinquennat.\n\n"
f"Au standard de la station, un auditeur, Patrick, artisan plombier à Angers, a pris la parole. {o}Moi, je paie des charges comme personne, et on me parle de simplification depuis dix ans. Quand est-ce que ça change, concrètement ?{c} {o}Je vous entends, monsieur, a répondu le ministre. Et je vous dis que dès janvier, votre déclaration sociale sera préremplie.{c}\n\n"
f"Sur la réforme de l'assurance chômage, Bastien Lorrain a été plus prudent, jugeant qu'il était {o}trop tôt{c} pour en mesurer les effets. Il a démenti toute divergence avec la ministre du Travail : {o}Nous sommes parfaitement alignés, et ceux qui racontent le contraire ne sont pas dans la pièce.{c}\n\n"
f"L'opposition n'a pas tardé à réagir. Sur X, le député LFI Romain Estève a dénoncé {o}un budget d'austérité déguisé{c}, qui fera payer {o}les services publics, donc les plus modestes{c}. Le rapporteur général du budget au Sénat, Jean-Paul Hervé, a pour sa part jugé que les hypothèses de croissance du gouvernement étaient {o}optimistes, pour ne pas dire plus{c}. Le projet de loi de finances sera présenté en Conseil des ministres le 24 septembre.\n")
LOR = ["Bastien Lorrain", "Lorrain", "le ministre", "ministre de l'Économie et des Finances", "le ministre de l'Économie et des Finances", "ministre"]
FON = ["Claire Fontanel", "Fontanel", "la journaliste", "journaliste", "l'intervieweuse"]
EST = ["Romain Estève", "Estève", "Romain Esteve"]
HER = ["Jean-Paul Hervé", "Hervé", "rapporteur général du budget au Sénat"]
art("w101_radio_matinale", "national", "2027-09-07", t101, [
    (f"le budget 2028 pourrait être bouclé {o}sans toucher aux impôts des ménages{c}, malgré un déficit public plus élevé que prévu", "indirect", LOR),
    ("sans toucher aux impôts des ménages", "partial", LOR),
    ("tenir la dépense", "partial", LOR),
    ("Monsieur le ministre, est-ce que les Français vont payer la note ?", "direct", FON),
    ("Non. Je le dis très clairement : il n'y aura pas de hausse d'impôts pour les classes moyennes, ni cette année ni l'année prochaine", "direct", LOR),
    ("une hausse d'impôts qui ne veut pas dire son nom", "partial", FON),
    ("exceptionnel et temporaire", "partial", LOR),
    ("Temporaire, vraiment ? On nous avait dit la même chose pour la CRDS en 1996", "direct", FON),
    ("La différence, c'est que cette fois la date de fin est écrite dans la loi. Elle tombera en 2029, point", "direct", LOR),
    ("l'État céderait une partie de ses participations dans plusieurs entreprises cotées", "indirect", LOR),
    ("ces cessions pourraient rapporter entre 8 et 10 milliards d'euros d'ici à la fin du quinquennat", "indirect", LOR),
    ("Moi, je paie des charges comme personne, et on me parle de simplification depuis dix ans. Quand est-ce que ça change, concrètement ?", "direct", ["Patrick", "un auditeur", "auditeur"]),
    ("Je vous entends, monsieur, a répondu le ministre. Et je vous dis que dès janvier, votre déclaration sociale sera préremplie.", "direct", LOR),
    (f"il était {o}trop tôt{c} pour en mesurer les effets", "indirect", LOR),
    ("trop tôt", "partial", LOR),
    ("Nous sommes parfaitement alignés, et ceux qui racontent le contraire ne sont pas dans la pièce.", "direct", LOR),
    ("un budget d'austérité déguisé", "partial", EST),
    ("les services publics, donc les plus modestes", "partial", EST),
    (f"les hypothèses de croissance du gouvernement étaient {o}optimistes, pour ne pas dire plus{c}", "indirect", HER),
    ("optimistes, pour ne pas dire plus", "partial", HER),
])

# 102. a literary prize in guillemets with no space: the winning novel's and the runner-up's titles
# and the publisher's collection in marks (no quotes), a literary supplement's name in marks, the
# jury president proclaiming the result, « confie l'autrice », the novel's first sentence quoted
# (« écrit X dès la première page »), « selon son éditrice, X, directrice de la collection », an
# anonymous juror, the runner-up's congratulations on Instagram, a postposed « a précisé le secrétariat »
o, c = "«", "»"
t102 = (
f"Prix des Deux-Rives : Hélène Varenne couronnée pour {o}La Nuit des sablières{c}\n\n"
f"Le prix des Deux-Rives, l'un des plus attendus de la rentrée littéraire, a été attribué mercredi à Hélène Varenne pour {o}La Nuit des sablières{c} (Éditions du Quai, collection {o}Terres vives{c}), au troisième tour de scrutin, par six voix contre quatre à Julien Ardant pour {o}Le Fils du passeur{c} (Grasset).\n\n"
f"{o}C'est un livre sur la transmission, sur ce que l'on hérite sans le savoir. Il s'imposait cette année{c}, a déclaré la présidente du jury, la romancière Marguerite Solal, en proclamant le résultat dans les salons d'un hôtel parisien, peu après 13 heures. Marguerite Solal a reconnu que le jury avait hésité {o}jusqu'à la dernière minute{c}.\n\n"
f"Jointe par téléphone peu après l'annonce, la lauréate dit avoir appris la nouvelle {o}dans le métro, entre Bastille et Saint-Paul{c}. {o}Je n'ai pas crié, je n'ai pas pleuré. J'ai juste regardé les gens autour de moi et je me suis dit qu'aucun d'eux ne savait{c}, confie l'autrice, 52 ans, dont c'est le quatrième roman. Elle assure n'avoir {o}jamais écrit pour les prix{c}, mais reconnaît que celui-ci {o}change une vie d'écrivain{c}.\n\n"
f"Le roman suit trois générations de femmes d'une famille de résiniers des Landes, du grand incendie de 1949 à la tempête de 2009. {o}Ma mère n'a jamais aimé la forêt, mais elle n'a jamais pu la quitter{c}, écrit Hélène Varenne dès la première page, dans une phrase que beaucoup de libraires citent déjà par cœur. Dans {o}Le Monde des livres{c}, la critique Nathalie Crespin avait salué dès septembre {o}une prose de résine et de cendre{c}.\n\n"
f"Selon son éditrice, Anne-Laure Berthier, qui dirige la collection {o}Terres vives{c}, le livre s'était déjà vendu à 45 000 exemplaires avant le prix. {o}On lance une réimpression dès ce soir. Nous tablons sur 300 000 exemplaires d'ici à Noël{c}, a-t-elle précisé.\n\n"
f"Les délibérations ont été serrées. Un juré, qui a requis l'anonymat, évoque des échanges {o}vifs mais courtois{c} et assure que le roman de Julien Ardant {o}aurait mérité de gagner n'importe quelle autre année{c}. Le finaliste malheureux a salué sur Instagram {o}un très beau livre{c} et félicité sa consœur {o}de tout cœur{c}.\n\n"
"Le prix, doté d'un chèque symbolique de dix euros, sera remis officiellement à l'autrice le 12 novembre, a précisé le secrétariat du prix.\n")
VAR = ["Hélène Varenne", "Varenne", "l'autrice", "autrice", "la lauréate", "lauréate"]
SOL = ["Marguerite Solal", "Solal", "la présidente du jury", "présidente du jury"]
ARD = ["Julien Ardant", "Ardant", "le finaliste malheureux"]
BER = ["Anne-Laure Berthier", "Berthier", "son éditrice", "éditrice"]
art("w102_prix_litteraire", "culture", "2027-11-04", t102, [
    ("C'est un livre sur la transmission, sur ce que l'on hérite sans le savoir. Il s'imposait cette année", "direct", SOL),
    (f"le jury avait hésité {o}jusqu'à la dernière minute{c}", "indirect", SOL),
    ("jusqu'à la dernière minute", "partial", SOL),
    ("dans le métro, entre Bastille et Saint-Paul", "partial", VAR),
    ("Je n'ai pas crié, je n'ai pas pleuré. J'ai juste regardé les gens autour de moi et je me suis dit qu'aucun d'eux ne savait", "direct", VAR),
    ("jamais écrit pour les prix", "partial", VAR),
    (f"celui-ci {o}change une vie d'écrivain{c}", "indirect", VAR),
    ("change une vie d'écrivain", "partial", VAR),
    ("Ma mère n'a jamais aimé la forêt, mais elle n'a jamais pu la quitter", "direct", VAR),
    ("une prose de résine et de cendre", "partial", ["Nathalie Crespin", "Crespin", "la critique"]),
    ("le livre s'était déjà vendu à 45 000 exemplaires avant le prix", "indirect", BER),
    ("On lance une réimpression dès ce soir. Nous tablons sur 300 000 exemplaires d'ici à Noël", "direct", BER),
    ("vifs mais courtois", "partial", ["un juré", "juré"]),
    (f"le roman de Julien Ardant {o}aurait mérité de gagner n'importe quelle autre année{c}", "indirect", ["un juré", "juré"]),
    ("aurait mérité de gagner n'importe quelle autre année", "partial", ["un juré", "juré"]),
    ("un très beau livre", "partial", ARD),
    ("de tout cœur", "partial", ARD),
    ("Le prix, doté d'un chèque symbolique de dix euros, sera remis officiellement à l'autrice le 12 novembre", "indirect", ["secrétariat du prix", "le secrétariat du prix"]),
])

# 103. a TV talk show recap in straight marks: a viral sentence repeated in the headline (not
# annotated there), « sur le plateau de », the programme's name in marks (no quote), guests who
# interrupt each other (« la coupe », « reprend la ministre », « lance alors le médecin »), the host's
# question after a colon, « a esquivé », an economist's « selon lui, » after a colon, the minister's
# entourage, a guest's « a assuré sur RTL », the channel's audience figure after « a indiqué que »
t103 = (
"\"Vous ne m'apprendrez pas mon métier\" : l'échange tendu entre Sandrine Molle et un urgentiste enflamme les réseaux\n\n"
"Il est rare qu'une émission de fin de soirée fasse autant parler le lendemain matin. Jeudi, sur le plateau de \"Face à face\", le magazine politique de France 5 présenté par Laurent Guérin, la ministre de la Santé, Sandrine Molle, et l'urgentiste et syndicaliste Karim Aït-Saïd se sont affrontés pendant près de vingt minutes sur la crise des urgences.\n\n"
"Tout commence lorsque le présentateur interroge la ministre sur les fermetures nocturnes de plusieurs services cet été. \"Nous avons rouvert quatorze services sur dix-sept depuis septembre. Les chiffres sont là\", affirme Sandrine Molle. \"Les chiffres, les chiffres... Allez dire ça aux patients qui attendent douze heures sur un brancard\", la coupe aussitôt Karim Aït-Saïd.\n\n"
"\"Laissez-moi finir, s'il vous plaît. Je ne vous ai pas interrompu, moi\", reprend la ministre. \"Vous ne m'apprendrez pas mon métier, madame. Moi, j'y suis, aux urgences, trois nuits par semaine\", lance alors le médecin, sous les applaudissements d'une partie du public.\n\n"
"Laurent Guérin tente de reprendre la main. \"On va laisser chacun terminer, sinon nos téléspectateurs ne vont rien comprendre\", glisse-t-il, avant de poser la question qui fâche : \"Madame la ministre, démissionnerez-vous si l'hiver se passe aussi mal que l'été ?\" \"Ce n'est pas la question. La question, c'est comment on tient jusqu'au printemps\", esquive Sandrine Molle.\n\n"
"Autre invité du plateau, l'économiste de la santé Bernard Kessler a estimé que le débat était \"mal posé\" : selon lui, le problème ne vient pas des urgences mais de \"l'effondrement de la médecine de ville\". \"On demande aux urgences de réparer tout ce que le reste du système ne fait plus\", a-t-il expliqué, avant d'être à son tour interrompu par la ministre : \"C'est exactement pour cela que nous ouvrons cent maisons de santé cette année !\"\n\n"
"La séquence, vue plus de deux millions de fois sur les réseaux sociaux en vingt-quatre heures, a été reprise vendredi par le collectif Inter-Urgences, qui en a fait le mot d'ordre d'un rassemblement devant l'hôpital Lariboisière.\n\n"
"Vendredi matin, l'entourage de la ministre a fait savoir qu'elle ne regrettait \"rien\" de cet échange, tout en reconnaissant un \"moment de tension\". Karim Aït-Saïd, lui, a assuré sur RTL qu'il n'avait \"rien prémédité\". \"Je ne suis pas venu pour faire le buzz. Je suis venu parce que mes collègues craquent\", a-t-il dit.\n\n"
"France 5 a indiqué que l'émission avait réuni 1,1 million de téléspectateurs, un record pour le programme depuis son lancement.\n")
MOL = ["Sandrine Molle", "Molle", "la ministre", "ministre de la Santé", "la ministre de la Santé", "ministre"]
AIT = ["Karim Aït-Saïd", "Aït-Saïd", "le médecin", "médecin", "l'urgentiste"]
GUE = ["Laurent Guérin", "Guérin", "le présentateur", "présentateur"]
KES = ["Bernard Kessler", "Kessler", "l'économiste de la santé"]
ENT = ["entourage de la ministre", "l'entourage de la ministre", "Sandrine Molle", "Molle"]
art("w103_talkshow_urgences", "web", "2027-10-15", t103, [
    ("Nous avons rouvert quatorze services sur dix-sept depuis septembre. Les chiffres sont là", "direct", MOL),
    ("Les chiffres, les chiffres... Allez dire ça aux patients qui attendent douze heures sur un brancard", "direct", AIT),
    ("Laissez-moi finir, s'il vous plaît. Je ne vous ai pas interrompu, moi", "direct", MOL),
    ("Vous ne m'apprendrez pas mon métier, madame. Moi, j'y suis, aux urgences, trois nuits par semaine", "direct", AIT),
    ("On va laisser chacun terminer, sinon nos téléspectateurs ne vont rien comprendre", "direct", GUE),
    ("Madame la ministre, démissionnerez-vous si l'hiver se passe aussi mal que l'été ?", "direct", GUE),
    ("Ce n'est pas la question. La question, c'est comment on tient jusqu'au printemps", "direct", MOL),
    ("le débat était \"mal posé\"", "indirect", KES),
    ("mal posé", "partial", KES),
    ("le problème ne vient pas des urgences mais de \"l'effondrement de la médecine de ville\"", "indirect", KES),
    ("l'effondrement de la médecine de ville", "partial", KES),
    ("On demande aux urgences de réparer tout ce que le reste du système ne fait plus", "direct", KES),
    ("C'est exactement pour cela que nous ouvrons cent maisons de santé cette année !", "direct", MOL),
    ("elle ne regrettait \"rien\" de cet échange, tout en reconnaissant un \"moment de tension\"", "indirect", ENT),
    ("rien", "partial", ENT, 1),
    ("moment de tension", "partial", ENT),
    ("il n'avait \"rien prémédité\"", "indirect", AIT),
    ("rien prémédité", "partial", AIT),
    ("Je ne suis pas venu pour faire le buzz. Je suis venu parce que mes collègues craquent", "direct", AIT),
    ("l'émission avait réuni 1,1 million de téléspectateurs, un record pour le programme depuis son lancement", "indirect", ["France 5"]),
])

# batch 20
# 104. a strike negotiation in a logistics group, guillemets with no-break spaces: « selon la
# direction » fronted, « de source syndicale » fronted and in « a-t-on appris de source
# syndicale », a slogan chanted by the strikers (a quote of the crowd), the management's communiqué
# quoted (« affirme le texte »), union leaders of three confederations (« Pour X, … », a fronted
# comparative « Plus offensif, »), the labour minister's call for dialogue (an appeal after « appelé
# à », its words in marks a partial quote), « selon son entourage », a plan's name in marks (no
# quote), a worker by first name and job, a strike call after « a appelé à » (not annotated)
o, c = "«" + NB, NB + "»"
t104 = (
"Grève chez Vélandre : direction et syndicats se retrouvent, sans accord en vue\n\n"
"Après neuf jours de grève dans les entrepôts du groupe de logistique Vélandre, direction et syndicats se sont retrouvés mardi au siège de Villepinte (Seine-Saint-Denis) pour une nouvelle séance de négociations salariales. Selon la direction, le taux de grévistes est retombé à 18 % dans les douze sites concernés. De source syndicale, au moins un salarié sur trois était pourtant encore en grève lundi soir.\n\n"
f"Devant les grilles du siège, plusieurs centaines de salariés ont accueilli les négociateurs en scandant {o}Pas de smic à vie{c}. {o}On ne lâchera rien tant que la direction n'aura pas mis 150 euros sur la table. Les gens ici travaillent de nuit, dans le froid, pour des salaires qui ne suivent plus les loyers{c}, a lancé au mégaphone Karima Benali, déléguée syndicale centrale de la CGT.\n\n"
f"Dans un communiqué diffusé lundi soir, la direction a rappelé qu'elle avait déjà proposé une hausse générale de 3,2 % et une revalorisation de la prime de nuit. {o}Ces propositions représentent un effort sans précédent dans un contexte de marges très dégradées. Le groupe ne peut pas aller au-delà sans mettre en péril l'emploi{c}, affirme le texte, signé du directeur des ressources humaines, Olivier Marchetti.\n\n"
f"Côté syndical, le front reste uni, mais les tons divergent. Pour Stéphane Roux, négociateur de la CFDT, un accord reste {o}à portée de main{c}, à condition que la direction accepte d'indexer la prime de nuit sur l'inflation. {o}Nous ne sommes pas là pour faire de la figuration. Si un compromis est possible ce soir, nous le signerons{c}, a-t-il assuré en arrivant. Plus offensif, le secrétaire fédéral de Force ouvrière, Patrick Lemaire, juge que l'entreprise {o}se moque du monde{c} en invoquant ses marges, alors qu'elle a versé l'an dernier 40 millions d'euros de dividendes.\n\n"
f"Le ministre du Travail, Julien Faure, a appelé les deux parties à {o}renouer un dialogue constructif{c}. {o}Le blocage de la chaîne logistique commence à peser sur l'approvisionnement de plusieurs enseignes. J'invite chacun à faire un pas, et je suis prêt à désigner un médiateur si nécessaire{c}, a-t-il déclaré sur franceinfo. Selon son entourage, le ministère a reçu lundi les représentants des quatre organisations syndicales.\n\n"
f"En toile de fond, les syndicats redoutent le plan de transformation {o}Cap 2030{c}, présenté en janvier, qui prévoit l'automatisation de quatre entrepôts. {o}Ils veulent nous épuiser avant de remplacer la moitié d'entre nous par des robots{c}, souffle Mehdi, cariste à Corbas (Rhône) depuis douze ans, venu en car avec une quarantaine de collègues.\n\n"
"En fin de soirée, la séance a été suspendue sans accord. Les discussions doivent reprendre jeudi, a-t-on appris de source syndicale. La CGT a d'ores et déjà appelé à reconduire la grève jusqu'à la fin de la semaine.\n")
DIR = ["direction", "la direction", "direction de Vélandre", "Vélandre"]
SYN = ["source syndicale", "de source syndicale"]
BEN = ["Karima Benali", "Benali", "déléguée syndicale centrale de la CGT"]
MAR = ["Olivier Marchetti", "Marchetti", "direction", "la direction", "directeur des ressources humaines", "Vélandre"]
ROU = ["Stéphane Roux", "Roux", "négociateur de la CFDT"]
LEM = ["Patrick Lemaire", "Lemaire", "secrétaire fédéral de Force ouvrière"]
FAU = ["Julien Faure", "Faure", "ministre du Travail", "le ministre du Travail"]
art("w104_greve_logistique", "national", "2027-02-09", t104, [
    ("le taux de grévistes est retombé à 18 % dans les douze sites concernés", "indirect", DIR),
    ("au moins un salarié sur trois était pourtant encore en grève lundi soir", "indirect", SYN),
    ("Pas de smic à vie", "direct", ["salariés", "plusieurs centaines de salariés"]),
    ("On ne lâchera rien tant que la direction n'aura pas mis 150 euros sur la table. Les gens ici travaillent de nuit, dans le froid, pour des salaires qui ne suivent plus les loyers", "direct", BEN),
    ("elle avait déjà proposé une hausse générale de 3,2 % et une revalorisation de la prime de nuit", "indirect", DIR),
    ("Ces propositions représentent un effort sans précédent dans un contexte de marges très dégradées. Le groupe ne peut pas aller au-delà sans mettre en péril l'emploi", "direct", MAR),
    (f"un accord reste {o}à portée de main{c}, à condition que la direction accepte d'indexer la prime de nuit sur l'inflation", "indirect", ROU),
    ("à portée de main", "partial", ROU),
    ("Nous ne sommes pas là pour faire de la figuration. Si un compromis est possible ce soir, nous le signerons", "direct", ROU),
    (f"l'entreprise {o}se moque du monde{c} en invoquant ses marges, alors qu'elle a versé l'an dernier 40 millions d'euros de dividendes", "indirect", LEM),
    ("se moque du monde", "partial", LEM),
    ("renouer un dialogue constructif", "partial", FAU),
    ("Le blocage de la chaîne logistique commence à peser sur l'approvisionnement de plusieurs enseignes. J'invite chacun à faire un pas, et je suis prêt à désigner un médiateur si nécessaire", "direct", FAU),
    ("le ministère a reçu lundi les représentants des quatre organisations syndicales", "indirect", ["entourage", "son entourage", "entourage du ministre", "Julien Faure", "Faure", "ministre du Travail"]),
    ("Ils veulent nous épuiser avant de remplacer la moitié d'entre nous par des robots", "direct", ["Mehdi"]),
    ("Les discussions doivent reprendre jeudi", "indirect", SYN),
])

# 105. a QPC decision of the Conseil constitutionnel in curly marks: the law's title in marks (in
# the headline too, no quote), « estime le Conseil dans sa décision », « les Sages relèvent que »,
# a legal category in marks after « comme » (a label, no quote), « juge la haute juridiction » as
# an incise before the clause it reports, the plaintiffs' lawyer (an incise inside the marks), the
# ministry's communiqué (« a indiqué prendre acte »), the government spokeswoman, a senator
o, c = "“", "”"
t105 = (
f"Reconnaissance faciale : les Sages censurent un article de la loi {o}Sécurité des transports{c}\n\n"
f"Le Conseil constitutionnel a censuré vendredi l'article 7 de la loi {o}Sécurité des transports{c}, qui autorisait à titre expérimental l'usage de caméras à reconnaissance faciale dans les gares et les stations de métro. Saisi d'une question prioritaire de constitutionnalité par la Ligue des droits de l'homme et deux associations de défense des libertés numériques, il a en revanche validé les autres dispositions contestées du texte, promulgué en 2025.\n\n"
f"{o}Le législateur n'a pas assuré une conciliation équilibrée entre l'objectif de prévention des atteintes à l'ordre public et le droit au respect de la vie privée{c}, estime le Conseil dans sa décision. Les Sages relèvent notamment que le dispositif aurait permis d'identifier {o}en temps réel{c} toute personne passant dans le champ des caméras, sans limitation de durée ni contrôle préalable d'un juge. Ils ont également écarté, comme {o}cavalier législatif{c}, une disposition sur les amendes des contrôleurs introduite par amendement en seconde lecture.\n\n"
f"En revanche, juge la haute juridiction, l'extension des pouvoirs de palpation des agents de sûreté de la SNCF et de la RATP {o}ne porte pas une atteinte disproportionnée à la liberté d'aller et de venir{c}. La censure prend effet immédiatement, précise la décision.\n\n"
f"Du côté des requérants, on savoure. {o}C'est une victoire nette pour les libertés publiques. Le Conseil dit clairement qu'on ne peut pas traiter chaque usager du métro comme un suspect{c}, s'est félicité Me Antoine Lherbier, avocat de la Ligue des droits de l'homme, qui avait plaidé à l'audience du 12 janvier. {o}Ce n'est pas un blanc-seing, a-t-il prévenu, c'est un coup d'arrêt. Le gouvernement devra en tirer les conséquences.{c} L'avocat a toutefois estimé que la décision laissait {o}des zones d'ombre{c} sur la conservation des images déjà enregistrées.\n\n"
f"Dans un communiqué, le ministère des Transports a indiqué {o}prendre acte{c} de la décision et souligné que {o}l'essentiel du texte{c} avait été validé. {o}Nous respectons la décision du Conseil. Nous travaillerons à une nouvelle rédaction qui apporte toutes les garanties demandées{c}, a déclaré de son côté la porte-parole du gouvernement, Claire Moreau-Duval, à l'issue du Conseil des ministres.\n\n"
f"Le rapporteur du texte au Sénat, Henri Delorme (LR), a dénoncé une décision {o}qui désarme les forces de l'ordre face au terrorisme{c}. Selon lui, le Parlement devra remettre l'ouvrage sur le métier {o}dès l'automne{c}.\n")
CC = ["Conseil constitutionnel", "le Conseil constitutionnel", "Conseil", "le Conseil", "Sages", "les Sages", "haute juridiction", "la haute juridiction", "décision"]
LHE = ["Antoine Lherbier", "Lherbier", "avocat de la Ligue des droits de l'homme", "l'avocat"]
MTR = ["ministère des Transports", "le ministère des Transports"]
DEL2 = ["Henri Delorme", "Delorme", "rapporteur du texte au Sénat"]
art("w105_conseil_constitutionnel", "national", "2027-02-19", t105, [
    ("Le législateur n'a pas assuré une conciliation équilibrée entre l'objectif de prévention des atteintes à l'ordre public et le droit au respect de la vie privée", "direct", CC),
    (f"le dispositif aurait permis d'identifier {o}en temps réel{c} toute personne passant dans le champ des caméras, sans limitation de durée ni contrôle préalable d'un juge", "indirect", CC),
    ("en temps réel", "partial", CC),
    (f"l'extension des pouvoirs de palpation des agents de sûreté de la SNCF et de la RATP {o}ne porte pas une atteinte disproportionnée à la liberté d'aller et de venir{c}", "indirect", CC),
    ("ne porte pas une atteinte disproportionnée à la liberté d'aller et de venir", "partial", CC),
    ("La censure prend effet immédiatement", "indirect", CC),
    ("C'est une victoire nette pour les libertés publiques. Le Conseil dit clairement qu'on ne peut pas traiter chaque usager du métro comme un suspect", "direct", LHE),
    ("Ce n'est pas un blanc-seing, a-t-il prévenu, c'est un coup d'arrêt. Le gouvernement devra en tirer les conséquences.", "direct", LHE),
    (f"la décision laissait {o}des zones d'ombre{c} sur la conservation des images déjà enregistrées", "indirect", LHE),
    ("des zones d'ombre", "partial", LHE),
    ("prendre acte", "partial", MTR),
    (f"{o}l'essentiel du texte{c} avait été validé", "indirect", MTR),
    ("l'essentiel du texte", "partial", MTR),
    ("Nous respectons la décision du Conseil. Nous travaillerons à une nouvelle rédaction qui apporte toutes les garanties demandées", "direct", ["Claire Moreau-Duval", "Moreau-Duval", "porte-parole du gouvernement", "la porte-parole du gouvernement"]),
    ("qui désarme les forces de l'ordre face au terrorisme", "partial", DEL2),
    (f"le Parlement devra remettre l'ouvrage sur le métier {o}dès l'automne{c}", "indirect", DEL2),
    ("dès l'automne", "partial", DEL2),
])

# 106. a farmers' protest in a regional daily, guillemets with narrow no-break spaces: « selon la
# préfecture » fronted, the FDSEA president on a trailer, « la préfecture indique dans un
# communiqué que « A » mais que « B » » (one indirect quote), the prefect after meeting a
# delegation, the Confédération paysanne's spokeswoman (« tranche »), « Selon elle, », a scheme's
# name in marks (no quote), a farmer by first name, the minister at the Assembly, « a fait savoir »
o, c = "«" + NN, NN + "»"
t106 = (
"Colère agricole : trois cents tracteurs dans les rues d'Agen\n\n"
"AGEN – Près de trois cents tracteurs ont convergé mercredi matin vers le centre d'Agen, à l'appel de la FDSEA et des Jeunes Agriculteurs de Lot-et-Garonne, pour dénoncer la hausse des charges et la concurrence des importations. Selon la préfecture, 280 engins et environ 450 manifestants étaient présents à la mi-journée.\n\n"
f"Devant les grilles de la préfecture, où du fumier a été déversé dès 7 heures, le président de la FDSEA, Jean-Marc Dufau, a pris la parole debout sur une remorque. {o}On nous demande de produire toujours plus propre, toujours moins cher, et pendant ce temps on laisse entrer des poulets qui ne respectent aucune de nos normes. Ça suffit{c}, a-t-il lancé sous les applaudissements.\n\n"
f"Dans un communiqué diffusé en fin de matinée, la préfecture indique que {o}le droit de manifester sera respecté{c} mais que {o}toute dégradation fera l'objet de poursuites{c}. Le préfet, Arnaud Lestrade, a reçu une délégation d'une dizaine d'agriculteurs en début d'après-midi. {o}J'ai entendu la détresse, et elle est réelle. Je ferai remonter dès ce soir vos demandes au ministère{c}, a-t-il déclaré à la sortie de la réunion, annonçant la création d'une cellule départementale chargée d'accélérer le versement des aides en retard.\n\n"
f"La Confédération paysanne, qui manifestait à part devant la chambre d'agriculture, ne partage pas toutes les revendications du syndicat majoritaire. {o}La FNSEA réclame la fin des normes, nous, on réclame des prix. Ce n'est pas la même chose{c}, tranche sa porte-parole départementale, Lucie Ferrand, éleveuse de brebis à Nérac. Selon elle, les petites exploitations sont {o}les premières victimes{c} d'un système qui {o}pousse à l'agrandissement{c}.\n\n"
f"Beaucoup d'agriculteurs attendent encore les aides du dispositif {o}Agri-relance{c}, promises après les inondations du printemps. {o}On attend 12 000 euros depuis huit mois. La banque, elle, n'attend pas{c}, résume Thierry, céréalier à Villeneuve-sur-Lot, adossé à la roue de son tracteur.\n\n"
f"Interrogé à l'Assemblée nationale, le ministre de l'Agriculture, Pierre-Yves Garnier, a assuré que les versements seraient effectués {o}avant la fin du mois{c} et qu'il recevrait les syndicats agricoles la semaine prochaine.\n\n"
"Les manifestants ont levé le camp vers 18 heures, sans incident. La FDSEA reviendra lundi si les engagements ne sont pas tenus, a fait savoir Jean-Marc Dufau.\n")
PRF = ["préfecture", "la préfecture", "préfecture de Lot-et-Garonne", "préfet", "le préfet", "Arnaud Lestrade", "Lestrade"]
DUF = ["Jean-Marc Dufau", "Dufau", "président de la FDSEA", "le président de la FDSEA"]
FER = ["Lucie Ferrand", "Ferrand", "porte-parole départementale", "sa porte-parole départementale", "Confédération paysanne"]
GAR = ["Pierre-Yves Garnier", "Garnier", "ministre de l'Agriculture", "le ministre de l'Agriculture"]
art("w106_colere_agricole_agen", "regional", "2027-01-27", t106, [
    ("280 engins et environ 450 manifestants étaient présents à la mi-journée", "indirect", PRF),
    ("On nous demande de produire toujours plus propre, toujours moins cher, et pendant ce temps on laisse entrer des poulets qui ne respectent aucune de nos normes. Ça suffit", "direct", DUF),
    (f"{o}le droit de manifester sera respecté{c} mais que {o}toute dégradation fera l'objet de poursuites{c}", "indirect", PRF),
    ("le droit de manifester sera respecté", "partial", PRF),
    ("toute dégradation fera l'objet de poursuites", "partial", PRF),
    ("J'ai entendu la détresse, et elle est réelle. Je ferai remonter dès ce soir vos demandes au ministère", "direct", ["Arnaud Lestrade", "Lestrade", "préfet", "le préfet"]),
    ("La FNSEA réclame la fin des normes, nous, on réclame des prix. Ce n'est pas la même chose", "direct", FER),
    (f"les petites exploitations sont {o}les premières victimes{c} d'un système qui {o}pousse à l'agrandissement{c}", "indirect", FER),
    ("les premières victimes", "partial", FER),
    ("pousse à l'agrandissement", "partial", FER),
    ("On attend 12 000 euros depuis huit mois. La banque, elle, n'attend pas", "direct", ["Thierry"]),
    (f"les versements seraient effectués {o}avant la fin du mois{c} et qu'il recevrait les syndicats agricoles la semaine prochaine", "indirect", GAR),
    ("avant la fin du mois", "partial", GAR),
    ("La FDSEA reviendra lundi si les engagements ne sont pas tenus", "indirect", DUF),
])

# 107. a cyclone covered by an overseas outlet in straight marks: « vigilance rouge » as a label
# (no quote, twice), Météo-France's bulletin (« indiquait que », « prévoyait des rafales "…" », a
# postposed « a indiqué Météo-France dans son dernier bulletin »), the duty forecaster, the mayor
# of a commune in Creole then in French (« avant de traduire : », both annotated as an English
# quote and its gloss are), residents by first name (« raconte la retraitée de 67 ans », « selon
# lui » before a fragment), EDF as an institution, the prefect's appeal (not annotated)
t107 = (
"Cyclone Belna : La Réunion en vigilance rouge, Saint-Philippe coupée du monde\n\n"
"SAINT-DENIS - L'île est passée en \"vigilance rouge\" dimanche à 19 heures, alors que le cyclone tropical intense Belna poursuivait sa trajectoire vers le sud-est de La Réunion. Dans son bulletin de 22 heures, Météo-France indiquait que le centre du système se trouvait à 90 kilomètres des côtes et prévoyait des rafales \"pouvant atteindre 200 km/h\" sur le relief et le littoral sud.\n\n"
"\"Le cyclone devrait frôler l'île dans la nuit de dimanche à lundi, avec un risque très élevé de fortes houles et de pluies torrentielles. La population doit impérativement rester à l'abri\", précise le prévisionniste de permanence, Guillaume Técher.\n\n"
"À Saint-Philippe, la commune la plus exposée, la route nationale 2 était coupée en trois endroits par des éboulis lundi matin. Joint par téléphone, le maire, Olivier Rivière, a confirmé que plusieurs quartiers étaient inaccessibles. \"Nous n'avons plus d'électricité depuis 3 heures du matin, et l'eau ne va pas tarder à manquer. Les équipes de la commune font ce qu'elles peuvent, mais on a besoin de renforts\", a-t-il alerté. Sur l'antenne de Radio Freedom, l'élu avait répété la veille en créole : \"Rès dan zot kaz, sort pa dehors\", avant de traduire : \"Restez chez vous, ne sortez pas.\"\n\n"
"Dans le quartier du Baril, Jocelyne a passé la nuit dans sa salle de bains avec ses deux petits-enfants. \"La tôle s'est envolée vers minuit. On entendait tout craquer, j'ai prié comme jamais\", raconte la retraitée de 67 ans. Un peu plus bas, sur le port, Johnny, pêcheur, constate les dégâts : selon lui, \"au moins la moitié des barques\" ont été emportées par la houle.\n\n"
"EDF indique que le rétablissement complet du réseau \"prendra plusieurs jours\". Près de 38 000 foyers étaient encore privés de courant lundi à midi. Le préfet a demandé à la population de ne pas sortir avant la levée de l'alerte.\n\n"
"La vigilance rouge sera maintenue au moins jusqu'à mardi midi, a indiqué Météo-France dans son dernier bulletin, qui évoque \"un épisode comparable à Dumile en 2013\".\n")
MF = ["Météo-France", "Météo France"]
RIV = ["Olivier Rivière", "Rivière", "maire", "le maire", "l'élu", "maire de Saint-Philippe"]
art("w107_cyclone_reunion", "overseas", "2027-01-18", t107, [
    ("le centre du système se trouvait à 90 kilomètres des côtes", "indirect", MF),
    ("pouvant atteindre 200 km/h", "partial", MF),
    ("Le cyclone devrait frôler l'île dans la nuit de dimanche à lundi, avec un risque très élevé de fortes houles et de pluies torrentielles. La population doit impérativement rester à l'abri", "direct", ["Guillaume Técher", "Técher", "prévisionniste de permanence", "le prévisionniste de permanence"]),
    ("plusieurs quartiers étaient inaccessibles", "indirect", RIV),
    ("Nous n'avons plus d'électricité depuis 3 heures du matin, et l'eau ne va pas tarder à manquer. Les équipes de la commune font ce qu'elles peuvent, mais on a besoin de renforts", "direct", RIV),
    ("Rès dan zot kaz, sort pa dehors", "direct", RIV),
    ("Restez chez vous, ne sortez pas.", "direct", RIV),
    ("La tôle s'est envolée vers minuit. On entendait tout craquer, j'ai prié comme jamais", "direct", ["Jocelyne", "la retraitée"]),
    ("\"au moins la moitié des barques\" ont été emportées par la houle", "indirect", ["Johnny"]),
    ("au moins la moitié des barques", "partial", ["Johnny"]),
    ("le rétablissement complet du réseau \"prendra plusieurs jours\"", "indirect", ["EDF"]),
    ("prendra plusieurs jours", "partial", ["EDF"]),
    ("La vigilance rouge sera maintenue au moins jusqu'à mardi midi", "indirect", MF),
    ("un épisode comparable à Dumile en 2013", "partial", MF),
])

# 108. a municipal council's budget fight in a regional daily, guillemets with no space inside:
# the mayor's « budget «responsable» », a project's name in marks (no quote, and inside a quote),
# the opposition leader (« a taclé un «…» »), « a répliqué », « Avant d'ironiser : », « a ironisé
# l'élu écologiste », « Pour l'opposition de gauche, », the deputy for finance, the regional audit
# chamber's word, « le premier magistrat » as a role, « L'opposition a annoncé qu'elle… »
t108 = (
"Budget 2027 : passe d'armes au conseil municipal de Montluçon\n\n"
"Le conseil municipal de Montluçon a adopté lundi soir, par 29 voix contre 10, un budget primitif de 78 millions d'euros, au terme de plus de trois heures de débats tendus. Le maire, Bernard Chassagne (divers droite), a défendu un budget «responsable», sans hausse du taux de la taxe foncière pour la quatrième année consécutive.\n\n"
"«Nous tenons nos engagements. Pas un euro d'impôt en plus, et pourtant nous investissons 21 millions cette année, un record depuis 2008», a-t-il affirmé en ouverture de séance. L'essentiel de l'effort portera sur le projet «Cœur de ville 2030», qui prévoit la rénovation des halles et la piétonnisation de la rue de la République.\n\n"
"Pour l'opposition de gauche, ce record est en trompe-l'œil. Sa cheffe de file, Nadia Ouali (PS), a taclé un «budget de façade». «Vous empruntez 9 millions pour financer des pavés et des lampadaires, pendant que les écoles de Fontbouillant attendent leurs travaux depuis six ans», a-t-elle lancé à l'adresse du maire.\n\n"
"«Les écoles, on les rénove, madame Ouali. Mais on ne va pas s'excuser de vouloir un centre-ville vivant», a répliqué Bernard Chassagne. Avant d'ironiser : «Je note que l'opposition découvre les écoles à quelques mois des élections.»\n\n"
"«Pour les halles, on a déjà eu trois maquettes et pas un coup de pioche. Cœur de ville, c'est surtout beaucoup de communication», a ironisé l'élu écologiste Mathieu Girard, qui a voté contre. La chambre régionale des comptes avait relevé en 2025 une «dérive» des dépenses de fonctionnement de la ville.\n\n"
"L'adjoint aux finances, Philippe Aubert, a assuré que la dette de la ville resterait «largement soutenable», avec une capacité de désendettement de 6,2 années. Le seuil d'alerte se situe à douze ans. Le premier magistrat a promis que les premiers coups de pioche seraient donnés «avant l'été».\n\n"
"La séance s'est achevée peu avant minuit. L'opposition a annoncé qu'elle saisirait le préfet de la délibération sur l'emprunt, qu'elle juge irrégulière.\n")
CHS = ["Bernard Chassagne", "Chassagne", "maire", "le maire", "premier magistrat", "le premier magistrat"]
OUA = ["Nadia Ouali", "Ouali", "cheffe de file", "sa cheffe de file"]
OPP = ["opposition de gauche", "l'opposition de gauche", "opposition", "l'opposition", "Nadia Ouali", "Ouali"]
art("w108_conseil_municipal_montlucon", "regional", "2027-03-30", t108, [
    ("responsable", "partial", CHS),
    ("Nous tenons nos engagements. Pas un euro d'impôt en plus, et pourtant nous investissons 21 millions cette année, un record depuis 2008", "direct", CHS),
    ("ce record est en trompe-l'œil", "indirect", OPP),
    ("budget de façade", "partial", OUA),
    ("Vous empruntez 9 millions pour financer des pavés et des lampadaires, pendant que les écoles de Fontbouillant attendent leurs travaux depuis six ans", "direct", OUA),
    ("Les écoles, on les rénove, madame Ouali. Mais on ne va pas s'excuser de vouloir un centre-ville vivant", "direct", CHS),
    ("Je note que l'opposition découvre les écoles à quelques mois des élections.", "direct", CHS),
    ("Pour les halles, on a déjà eu trois maquettes et pas un coup de pioche. Cœur de ville, c'est surtout beaucoup de communication", "direct", ["Mathieu Girard", "Girard", "élu écologiste", "l'élu écologiste"]),
    ("dérive", "partial", ["chambre régionale des comptes", "la chambre régionale des comptes"]),
    ("la dette de la ville resterait «largement soutenable», avec une capacité de désendettement de 6,2 années", "indirect", ["Philippe Aubert", "Aubert", "adjoint aux finances", "l'adjoint aux finances"]),
    ("largement soutenable", "partial", ["Philippe Aubert", "Aubert", "adjoint aux finances", "l'adjoint aux finances"]),
    ("les premiers coups de pioche seraient donnés «avant l'été»", "indirect", CHS),
    ("avant l'été", "partial", CHS),
    ("elle saisirait le préfet de la délibération sur l'emprunt, qu'elle juge irrégulière", "indirect", OPP),
])

# batch 21
# 109-113. one invented diplomatic event told by five outlets: the US Secretary of State receives
# the Congolese foreign minister at the State Department; the source is the department's readout
# written in English (and the Secretary's English words before the cameras), which each outlet
# quotes in its own French translation, keeps in English with a gloss, or paraphrases, giving the
# words by turns to the Secretary, the department, « Foggy Bottom », « Washington » or « la
# diplomatie américaine »; Kinshasa's readout, Kigali's reply. Each article's gold is independent.
KEN = ["Thomas Kendrick", "Kendrick", "secrétaire d'Etat", "le secrétaire d'Etat", "secrétaire d'Etat américain", "le secrétaire d'Etat américain", "chef de la diplomatie américaine", "le chef de la diplomatie américaine", "diplomatie américaine", "la diplomatie américaine", "département d'Etat", "le département d'Etat", "Foggy Bottom", "Washington", "Etats-Unis", "les Etats-Unis", "M. Kendrick"]
DEP = ["département d'Etat", "le département d'Etat", "département d'Etat américain", "le département d'Etat américain", "diplomatie américaine", "la diplomatie américaine", "Foggy Bottom", "Washington", "Etats-Unis", "les Etats-Unis", "Ryan Calloway", "Calloway", "compte rendu", "le compte rendu", "compte rendu américain", "le compte rendu américain", "communiqué", "le communiqué", "texte", "le texte", "texte américain", "le texte américain"]
MBA = ["Jean-Pierre Mbala", "Mbala", "M. Mbala", "ministre congolais des Affaires étrangères", "le ministre congolais des Affaires étrangères", "chef de la diplomatie congolaise", "le chef de la diplomatie congolaise", "ministre", "le ministre", "diplomatie congolaise", "la diplomatie congolaise", "Kinshasa", "RDC"]
MAC = ["ministère congolais des Affaires étrangères", "le ministère congolais des Affaires étrangères", "ministère des Affaires étrangères", "le ministère des Affaires étrangères", "ministère", "son ministère", "diplomatie congolaise", "Kinshasa", "RDC"] + MBA
UWE = ["Alice Uwera", "Uwera", "porte-parole du gouvernement rwandais", "la porte-parole du gouvernement rwandais", "gouvernement rwandais", "Kigali", "Rwanda"]

# 109. wire copy in no-break spaces: the department's readout translated at length (« indique le
# département d'Etat dans un compte rendu publié en anglais », « poursuit le texte » after a partial
# embedded in the writer's clause, « conclut le communiqué »), the Secretary's English words before
# the cameras with an incise inside the marks, « Selon le compte rendu américain, les deux hommes »,
# the spokesman « cité dans un communiqué distinct », Kinshasa's readout (« selon ce texte » as an
# incise after the verb), the minister « a déclaré à l'AFP », Kigali's spokeswoman, a partnership's
# English name in marks (a label), « selon des sources locales » postposed
o, c = "«" + NB, NB + "»"
t109 = (
"Washington exhorte les belligérants à respecter la trêve dans l'est de la RDC\n\n"
"WASHINGTON, 14 mars 2028 (AFP) - Le secrétaire d'Etat américain Thomas Kendrick a appelé mardi toutes les parties au conflit dans l'est de la République démocratique du Congo à respecter le cessez-le-feu, lors d'un entretien à Washington avec le chef de la diplomatie congolaise, Jean-Pierre Mbala.\n\n"
f"{o}Le secrétaire a souligné qu'il n'existe aucune solution militaire au conflit dans l'est de la RDC{c}, indique le département d'Etat dans un compte rendu de la rencontre publié en anglais. "
f"M. Kendrick a également {o}exhorté l'ensemble des parties à respecter pleinement le cessez-le-feu et à s'abstenir de toute action susceptible de compromettre le processus de paix{c}, poursuit le texte.\n\n"
f"Avant l'entretien, le secrétaire d'Etat avait donné le ton devant les caméras, aux côtés de son homologue, dans un salon de Foggy Bottom, le siège de la diplomatie américaine. {o}Nous allons avoir une conversation très productive, a-t-il dit en anglais. Mais le temps presse, et nous voulons un accord signé avant l'été.{c}\n\n"
f"Selon le compte rendu américain, les deux hommes ont salué les progrès accomplis vers un partenariat stratégique sur les minerais, qui doit apporter à la RDC des investissements {o}transparents et de haut niveau{c}. "
f"{o}Les Etats-Unis se tiennent prêts à accompagner le peuple congolais sur le chemin d'une paix durable et d'une prospérité partagée{c}, conclut le communiqué.\n\n"
f"Le projet, baptisé {o}Minerals for Peace{c} par l'administration américaine, porterait sur le cobalt, le cuivre et le coltan, dont la RDC détient une part considérable des réserves mondiales.\n\n"
f"{o}Nous attendons de tous les acteurs régionaux qu'ils cessent immédiatement tout soutien aux groupes armés{c}, a souligné de son côté le porte-parole du département d'Etat, Ryan Calloway, cité dans un communiqué distinct.\n\n"
f"Côté congolais, le ministère des Affaires étrangères a fait état d'un échange {o}franc et constructif{c}. M. Mbala a réaffirmé, selon ce texte, que Kinshasa ne transigerait {o}ni sur son intégrité territoriale ni sur la souveraineté de ses ressources{c}.\n\n"
f"{o}La paix ne se négocie pas contre nos minerais. Nous voulons des investisseurs, pas des prédateurs{c}, a déclaré à l'AFP le ministre à l'issue de l'entretien.\n\n"
f"Kigali, accusé par Kinshasa et par des experts de l'ONU de soutenir la rébellion du M23, n'avait pas réagi officiellement mardi soir. Interrogée par l'AFP, la porte-parole du gouvernement rwandais, Alice Uwera, a toutefois jugé que tout accord devrait tenir compte des {o}préoccupations sécuritaires légitimes{c} du Rwanda.\n\n"
"Le cessez-le-feu, conclu en janvier sous l'égide du Qatar, est régulièrement violé dans les provinces du Nord-Kivu et du Sud-Kivu, selon des sources locales.\n")
art("w109_wire_kendrick_mbala", "wire", "2028-03-14", t109, [
    ("Le secrétaire a souligné qu'il n'existe aucune solution militaire au conflit dans l'est de la RDC", "direct", DEP),
    (f"M. Kendrick a également {o}exhorté l'ensemble des parties à respecter pleinement le cessez-le-feu et à s'abstenir de toute action susceptible de compromettre le processus de paix{c}", "indirect", DEP + KEN),
    ("exhorté l'ensemble des parties à respecter pleinement le cessez-le-feu et à s'abstenir de toute action susceptible de compromettre le processus de paix", "partial", DEP + KEN),
    ("Nous allons avoir une conversation très productive, a-t-il dit en anglais. Mais le temps presse, et nous voulons un accord signé avant l'été.", "direct", KEN),
    (f"les deux hommes ont salué les progrès accomplis vers un partenariat stratégique sur les minerais, qui doit apporter à la RDC des investissements {o}transparents et de haut niveau{c}", "indirect", DEP),
    ("transparents et de haut niveau", "partial", DEP + ["les deux hommes", "deux hommes"]),
    ("Les Etats-Unis se tiennent prêts à accompagner le peuple congolais sur le chemin d'une paix durable et d'une prospérité partagée", "direct", DEP),
    ("Nous attendons de tous les acteurs régionaux qu'ils cessent immédiatement tout soutien aux groupes armés", "direct", ["Ryan Calloway", "Calloway", "porte-parole du département d'Etat", "le porte-parole du département d'Etat", "porte-parole", "le porte-parole"]),
    ("franc et constructif", "partial", MAC),
    (f"Kinshasa ne transigerait {o}ni sur son intégrité territoriale ni sur la souveraineté de ses ressources{c}", "indirect", MBA + MAC),
    ("ni sur son intégrité territoriale ni sur la souveraineté de ses ressources", "partial", MBA + MAC),
    ("La paix ne se négocie pas contre nos minerais. Nous voulons des investisseurs, pas des prédateurs", "direct", MBA),
    (f"tout accord devrait tenir compte des {o}préoccupations sécuritaires légitimes{c} du Rwanda", "indirect", UWE),
    ("préoccupations sécuritaires légitimes", "partial", UWE),
    ("Le cessez-le-feu, conclu en janvier sous l'égide du Qatar, est régulièrement violé dans les provinces du Nord-Kivu et du Sud-Kivu", "indirect", ["sources locales", "des sources locales"]),
])

# 110. a public radio's website, short, guillemets with narrow no-break spaces: a standfirst with a
# fragment, « Washington a exhorté … à respecter « pleinement » … », « a insisté le chef de la
# diplomatie américaine, selon un compte rendu », « Foggy Bottom affirme que », the Secretary's English
# words and their French gloss in brackets, « Il veut un accord signé « … » », « Selon le
# département d'État, ils ont salué des « … » », the minister « au micro de notre correspondant »,
# « Le chef de la diplomatie congolaise a ajouté que », a « À lire aussi » title in marks
o, c = "«" + NN, NN + "»"
t110 = (
"RDC : Washington exhorte les belligérants à respecter la trêve dans l'est du pays\n\n"
f"Le secrétaire d'État américain a reçu mardi le ministre congolais des Affaires étrangères. La diplomatie américaine plaide pour un accord de paix {o}avant l'été{c} et pousse son projet de partenariat sur les minerais.\n\n"
"Publié le 14/03/2028 21:40\n\n"
f"Washington a exhorté mardi 14 mars toutes les parties au conflit dans l'est de la République démocratique du Congo à respecter {o}pleinement{c} le cessez-le-feu. Le message a été délivré par le secrétaire d'État, Thomas Kendrick, qui recevait à Foggy Bottom son homologue congolais, Jean-Pierre Mbala.\n\n"
f"{o}Il n'y a pas de solution militaire au conflit dans l'est de la RDC{c}, a insisté le chef de la diplomatie américaine, selon un compte rendu publié par le département d'État. "
f"Dans ce texte, rédigé en anglais, Foggy Bottom affirme que les États-Unis sont {o}prêts à soutenir le peuple congolais sur la voie d'une paix durable et d'une prospérité partagée{c}.\n\n"
f"Avant la rencontre, Thomas Kendrick avait prévenu les journalistes : {o}The clock is ticking{c} ({o}Le temps presse{c}). Il veut un accord signé {o}avant l'été{c}.\n\n"
f"Les deux hommes ont aussi évoqué le partenariat stratégique sur les minerais que Washington négocie avec Kinshasa depuis l'automne. Selon le département d'État, ils ont salué des {o}progrès{c} vers un accord qui apporterait à la RDC des investissements {o}transparents{c} et {o}de haut niveau{c}.\n\n"
f"Kinshasa, de son côté, réclame des garanties. {o}La RDC ne bradera pas ses ressources, ni pour la paix ni pour personne{c}, a averti Jean-Pierre Mbala au micro de notre correspondant à Washington. Le chef de la diplomatie congolaise a ajouté qu'il attendait des {o}actes concrets{c} de la part de Kigali.\n\n"
"Le Rwanda, accusé par Kinshasa et par les Nations unies de soutenir les rebelles du M23, dément toute implication. La rébellion contrôle toujours de larges pans du Nord-Kivu, dont la ville de Goma. Kigali n'a pas commenté la rencontre de mardi.\n\n"
f"À lire aussi : {o}On vit avec la peur au ventre{c} : à Goma, un an après la chute de la ville\n")
KEN_E = KEN + ["secrétaire d'État", "le secrétaire d'État", "département d'État", "le département d'État", "États-Unis"]
DEP_E = DEP + ["département d'État", "le département d'État", "États-Unis", "les États-Unis"]
art("w110_radio_kendrick_mbala", "radio", "2028-03-14", t110, [
    ("avant l'été", "partial", KEN_E),
    ("pleinement", "partial", KEN_E),
    ("Il n'y a pas de solution militaire au conflit dans l'est de la RDC", "direct", KEN_E),
    (f"les États-Unis sont {o}prêts à soutenir le peuple congolais sur la voie d'une paix durable et d'une prospérité partagée{c}", "indirect", DEP_E),
    ("prêts à soutenir le peuple congolais sur la voie d'une paix durable et d'une prospérité partagée", "partial", DEP_E),
    ("The clock is ticking", "direct", KEN_E),
    ("Le temps presse", "direct", KEN_E),
    ("avant l'été", "partial", KEN_E, 1),
    (f"ils ont salué des {o}progrès{c} vers un accord qui apporterait à la RDC des investissements {o}transparents{c} et {o}de haut niveau{c}", "indirect", DEP_E),
    ("progrès", "partial", DEP_E + ["les deux hommes", "deux hommes"]),
    ("transparents", "partial", DEP_E + ["les deux hommes", "deux hommes"]),
    ("de haut niveau", "partial", DEP_E + ["les deux hommes", "deux hommes"]),
    ("La RDC ne bradera pas ses ressources, ni pour la paix ni pour personne", "direct", MBA),
    (f"il attendait des {o}actes concrets{c} de la part de Kigali", "indirect", MBA),
    ("actes concrets", "partial", MBA),
])

# 111. an economic daily in curly quotes: a standfirst with a one-word fragment, a byline, the
# partnership's English name in marks (a label), « Selon le compte rendu publié par le département
# d'Etat, les deux responsables ont salué … “…” – “high-standard investment”, dit la version
# originale », « Le texte insiste aussi sur la sécurité : le secrétaire d'Etat y “…” », « a rappelé
# Thomas Kendrick …, estimant que », the minister before investors, « Le département d'Etat estime
# que », an anonymous banker (« tranche un banquier d'affaires », « Selon lui, »), « Côté congolais, on
# rappelle que »
o, c = "\u201c", "\u201d"
t111 = (
"Minerais critiques : Washington et Kinshasa se rapprochent d'un accord\n\n"
f"Le secrétaire d'Etat Thomas Kendrick a salué mardi des {o}progrès{c} vers un partenariat stratégique sur le cobalt et le cuivre congolais. Les industriels, eux, attendent de voir.\n\n"
"Par Claire Vautrin\n"
"Publié le 15 mars 2028 à 7:05\n\n"
f"L'administration américaine accélère sur les métaux de la transition énergétique. En recevant mardi à Washington le ministre congolais des Affaires étrangères, Jean-Pierre Mbala, le secrétaire d'Etat, Thomas Kendrick, a mis en avant le projet de partenariat sur les minerais baptisé {o}Minerals for Peace{c}, que les deux pays négocient depuis octobre.\n\n"
f"Selon le compte rendu publié par le département d'Etat, les deux responsables ont salué des avancées vers un accord qui apporterait à la RDC {o}des investissements transparents, répondant aux normes les plus exigeantes{c} – {o}high-standard investment{c}, dit la version originale. "
f"Le texte insiste aussi sur la sécurité : le secrétaire d'Etat y {o}exhorte toutes les parties à respecter intégralement le cessez-le-feu{c} dans l'est du pays, où se trouve une bonne partie des gisements de coltan.\n\n"
f"{o}Il n'y a pas de solution militaire{c}, a rappelé Thomas Kendrick devant la presse, estimant que la stabilité de la région était {o}la condition de tout investissement durable{c}.\n\n"
f"Pour Kinshasa, l'enjeu est considérable. Le pays assure plus de 70 % de la production mondiale de cobalt, dont l'essentiel est raffiné en Chine. {o}Nous voulons que la valeur ajoutée reste au Congo : des raffineries, des emplois, des routes. Pas seulement des camions qui partent vers les ports{c}, a expliqué Jean-Pierre Mbala lors d'une rencontre avec des investisseurs organisée en marge de sa visite par la Chambre de commerce américaine.\n\n"
"Le département d'Etat estime que l'accord pourrait être signé d'ici à l'été. Restent à trancher la fiscalité des projets et le contrôle des sites miniers.\n\n"
f"Chez les industriels, la prudence domine. {o}Tant que l'est du pays reste une zone de guerre, aucun conseil d'administration ne validera un investissement de plusieurs milliards{c}, tranche un banquier d'affaires parisien qui suit le secteur minier africain. "
f"Selon lui, les groupes chinois, qui contrôlent la majorité des mines de cobalt du Katanga, {o}ne vont pas se laisser évincer sans réagir{c}.\n\n"
"Le négociant suisse Glencore, très présent en RDC, s'est refusé à tout commentaire. Côté congolais, on rappelle que le code minier de 2018 réserve déjà à l'Etat une participation gratuite de 10 % dans chaque projet.\n")
BAN = ["banquier d'affaires parisien", "un banquier d'affaires parisien", "banquier d'affaires", "un banquier d'affaires"]
art("w111_eco_kendrick_mbala", "economic", "2028-03-15", t111, [
    ("progrès", "partial", KEN),
    (f"les deux responsables ont salué des avancées vers un accord qui apporterait à la RDC {o}des investissements transparents, répondant aux normes les plus exigeantes{c}", "indirect", DEP),
    ("des investissements transparents, répondant aux normes les plus exigeantes", "partial", DEP + ["les deux responsables", "deux responsables"]),
    ("high-standard investment", "partial", DEP + ["version originale", "la version originale"]),
    (f"le secrétaire d'Etat y {o}exhorte toutes les parties à respecter intégralement le cessez-le-feu{c} dans l'est du pays", "indirect", DEP + KEN),
    ("exhorte toutes les parties à respecter intégralement le cessez-le-feu", "partial", KEN + DEP),
    ("Il n'y a pas de solution militaire", "direct", KEN),
    (f"la stabilité de la région était {o}la condition de tout investissement durable{c}", "indirect", KEN),
    ("la condition de tout investissement durable", "partial", KEN),
    ("Nous voulons que la valeur ajoutée reste au Congo : des raffineries, des emplois, des routes. Pas seulement des camions qui partent vers les ports", "direct", MBA),
    ("l'accord pourrait être signé d'ici à l'été", "indirect", DEP),
    ("Tant que l'est du pays reste une zone de guerre, aucun conseil d'administration ne validera un investissement de plusieurs milliards", "direct", BAN),
    (f"les groupes chinois, qui contrôlent la majorité des mines de cobalt du Katanga, {o}ne vont pas se laisser évincer sans réagir{c}", "indirect", BAN),
    ("ne vont pas se laisser évincer sans réagir", "partial", BAN),
    ("le code minier de 2018 réserve déjà à l'Etat une participation gratuite de 10 % dans chaque projet", "indirect", ["côté congolais", "Kinshasa", "RDC", "autorités congolaises"]),
])

# 112. a Swiss daily with no space inside its guillemets: « affirme le Département d'Etat américain
# dans le compte rendu », « Le secrétaire d'Etat y «presse …» », the Secretary's English words kept
# as such (« avait-il lancé, avant d'ajouter qu'il souhaitait »), « En clair: » as the writer's gloss
# (no quote), « Les deux hommes ont salué …, selon le texte américain », Kinshasa's readout after
# « Selon le communiqué publié à Kinshasa par son ministère », Bern's offer (« a confirmé le DFAE »)
# and the spokesman « joint par téléphone », Kigali's ministry on X (« y écrit-il »), a Geneva
# researcher after « Pour X, … » then « observe-t-il »
o, c = "«", "»"
t112 = (
"RDC: Washington met la pression sur Kinshasa et Kigali\n\n"
"Reçu mardi par le secrétaire d'Etat américain, le chef de la diplomatie congolaise a obtenu un soutien appuyé à la trêve. Genève pourrait accueillir la suite des discussions.\n\n"
f"Le ton est ferme, la formule soigneusement pesée. {o}Il ne saurait y avoir de solution militaire au conflit dans l'est de la RDC{c}, affirme le Département d'Etat américain dans le compte rendu, diffusé mardi soir, de la rencontre entre Thomas Kendrick et le ministre congolais des Affaires étrangères, Jean-Pierre Mbala. "
f"Le secrétaire d'Etat y {o}presse toutes les parties de respecter pleinement le cessez-le-feu{c}, une formulation qui vise, sans le nommer, le Rwanda voisin.\n\n"
f"Avant l'entretien, le chef de la diplomatie américaine s'était montré plus direct devant les caméras. {o}The clock is ticking{c}, avait-il lancé, avant d'ajouter qu'il souhaitait voir un accord de paix signé {o}d'ici l'été{c}. En clair: le temps presse.\n\n"
f"Washington veut aussi avancer sur son projet de partenariat dans les minerais stratégiques. Les deux hommes ont salué des progrès vers un accord devant apporter à la RDC des investissements {o}transparents et conformes aux plus hautes normes{c}, selon le texte américain.\n\n"
f"Jean-Pierre Mbala, lui, a tenu à fixer ses conditions. {o}Nous sommes prêts à travailler avec tous les partenaires, mais la RDC n'échangera jamais sa souveraineté contre des promesses{c}, a-t-il déclaré lors d'une conférence de presse à l'ambassade de son pays. "
f"Selon le communiqué publié à Kinshasa par son ministère, l'entretien a été {o}franc, direct et constructif{c}.\n\n"
f"La Suisse suit le dossier de près. Berne a proposé d'accueillir à Genève une session technique entre experts congolais et rwandais, a confirmé mardi le Département fédéral des affaires étrangères (DFAE). {o}Nous sommes disposés à offrir nos bons offices si les parties le souhaitent{c}, a précisé son porte-parole, Nicolas Béguin, joint par téléphone.\n\n"
f"A Kigali, le Ministère rwandais des affaires étrangères a réagi dans la soirée par un message sur X. Le Rwanda {o}soutient tout processus qui traite les causes profondes du conflit{c}, y écrit-il, en rappelant ses {o}préoccupations sécuritaires{c}.\n\n"
f"Pour Laurent Gasana, chercheur à l'Institut de hautes études internationales et du développement (IHEID), à Genève, l'accord minier est {o}la vraie monnaie d'échange{c} de Washington. {o}Les Américains proposent la sécurité contre le cobalt. Reste à savoir si Kinshasa a les moyens de faire respecter une trêve sur un territoire qu'il ne contrôle pas{c}, observe-t-il.\n")
DEP_S = DEP + ["Département d'Etat américain", "le Département d'Etat américain", "Département d'Etat"]
MRW = ["Ministère rwandais des affaires étrangères", "le Ministère rwandais des affaires étrangères", "ministère rwandais des Affaires étrangères", "Kigali", "Rwanda"]
GAS = ["Laurent Gasana", "Gasana"]
art("w112_suisse_kendrick_mbala", "swiss", "2028-03-15", t112, [
    ("Il ne saurait y avoir de solution militaire au conflit dans l'est de la RDC", "direct", DEP_S),
    ("presse toutes les parties de respecter pleinement le cessez-le-feu", "partial", KEN + DEP_S),
    ("The clock is ticking", "direct", KEN),
    (f"il souhaitait voir un accord de paix signé {o}d'ici l'été{c}", "indirect", KEN),
    ("d'ici l'été", "partial", KEN),
    (f"Les deux hommes ont salué des progrès vers un accord devant apporter à la RDC des investissements {o}transparents et conformes aux plus hautes normes{c}", "indirect", DEP_S),
    ("transparents et conformes aux plus hautes normes", "partial", DEP_S + ["les deux hommes", "deux hommes"]),
    ("Nous sommes prêts à travailler avec tous les partenaires, mais la RDC n'échangera jamais sa souveraineté contre des promesses", "direct", MBA),
    (f"l'entretien a été {o}franc, direct et constructif{c}", "indirect", MAC + ["communiqué", "le communiqué"]),
    ("franc, direct et constructif", "partial", MAC + ["communiqué", "le communiqué"]),
    ("Berne a proposé d'accueillir à Genève une session technique entre experts congolais et rwandais", "indirect", ["Département fédéral des affaires étrangères", "DFAE", "le DFAE", "Berne", "Suisse"]),
    ("Nous sommes disposés à offrir nos bons offices si les parties le souhaitent", "direct", ["Nicolas Béguin", "Béguin", "porte-parole", "son porte-parole", "porte-parole du DFAE"]),
    (f"Le Rwanda {o}soutient tout processus qui traite les causes profondes du conflit{c}", "indirect", MRW),
    ("soutient tout processus qui traite les causes profondes du conflit", "partial", MRW),
    ("préoccupations sécuritaires", "partial", MRW),
    (f"l'accord minier est {o}la vraie monnaie d'échange{c} de Washington", "indirect", GAS),
    ("la vraie monnaie d'échange", "partial", GAS),
    ("Les Américains proposent la sécurité contre le cobalt. Reste à savoir si Kinshasa a les moyens de faire respecter une trêve sur un territoire qu'il ne contrôle pas", "direct", GAS),
])

# 113. a pan-African weekly in straight marks: a headline naming both men, a standfirst, « Par notre
# correspondant », « la diplomatie américaine a exhorté "…" à respecter … "…" et à "…" » (fragments of
# the translated readout), « a souligné le secrétaire d'État, selon ce texte, rédigé en anglais et
# dont nous traduisons les extraits », « a-t-il lancé en anglais …, laissant entendre que », « les
# deux hommes ont salué, selon Washington, "…" » (a source set off after the verb), « espère
# Kinshasa » (a hope, no report), the minister « à notre rédaction », « Selon un communiqué de son
# ministère, le ministre a rappelé à son interlocuteur que », an anonymous aide after a colon, Kigali's
# spokeswoman on X (« a estimé sur X que "…" », « Elle a ajouté que »), African diplomats after
# « Selon plusieurs diplomates africains en poste à Washington », a « À LIRE » title in marks
o, c = '"', '"'
t113 = (
"Washington-Kinshasa : ce que Thomas Kendrick a dit à Jean-Pierre Mbala\n\n"
"Reçu au département d'État, le ministre congolais des Affaires étrangères est reparti avec un appel ferme au respect de la trêve et la promesse d'un partenariat minier. Mais à Kigali comme à Kinshasa, on attend des actes.\n\n"
"Par notre correspondant à Washington\n\n"
"Une heure d'entretien, une poignée de main devant les photographes et un compte rendu soigneusement calibré. Mardi 14 mars, le secrétaire d'État américain, Thomas Kendrick, a reçu Jean-Pierre Mbala, le chef de la diplomatie congolaise, dans ses bureaux de Foggy Bottom. Au menu : la guerre dans l'est de la RDC et les minerais dont regorge le sous-sol congolais.\n\n"
f"Dans le communiqué publié à l'issue de la rencontre, la diplomatie américaine a exhorté {o}toutes les parties{c} à respecter le cessez-le-feu {o}dans son intégralité{c} et à {o}s'abstenir de tout acte de nature à saper le processus de paix{c}. Une formule qui, à Kinshasa, a été lue comme un message adressé à Kigali.\n\n"
f"{o}Il ne peut y avoir de solution militaire au conflit{c}, a souligné le secrétaire d'État, selon ce texte, rédigé en anglais et dont nous traduisons les extraits.\n\n"
f"Thomas Kendrick, qui a fait de l'Afrique centrale l'une de ses priorités, veut aller vite. {o}Le temps presse{c}, a-t-il lancé en anglais à la presse avant l'entretien, laissant entendre que Washington espérait un accord signé avant l'été.\n\n"
f"Sur le volet économique, les deux hommes ont salué, selon Washington, {o}des progrès{c} vers un partenariat stratégique sur les minerais censé attirer en RDC des investissements {o}transparents{c} et {o}de haute qualité{c}. En clair : du cobalt, du cuivre et du coltan contre des capitaux américains et, espère Kinshasa, un appui sécuritaire.\n\n"
f"Côté congolais, le ton est plus revendicatif. {o}Nous n'avons pas fait le voyage de Washington pour vendre nos mines. Nous sommes venus parler de paix, de souveraineté et de partenariat équitable{c}, a déclaré Jean-Pierre Mbala à notre rédaction, à la sortie de l'entretien. "
f"Selon un communiqué de son ministère, le ministre a rappelé à son interlocuteur que la RDC {o}ne transigera pas{c} sur son intégrité territoriale.\n\n"
f"Un proche du ministre, qui a requis l'anonymat, se montre plus nuancé : {o}Les Américains ont été clairs sur le Rwanda en privé. Dans le communiqué, ils restent prudents, c'est la diplomatie.{c}\n\n"
f"À Kigali, la réaction ne s'est pas fait attendre. La porte-parole du gouvernement rwandais, Alice Uwera, a estimé sur X que {o}la paix durable passe par le démantèlement des FDLR{c}, la milice hutue que le Rwanda considère comme une menace existentielle. Elle a ajouté que son pays {o}salue tout effort sincère{c} de médiation.\n\n"
"Reste la question qui fâche. Selon plusieurs diplomates africains en poste à Washington, l'administration américaine pourrait conditionner une partie de ses investissements à la signature d'un accord de paix global entre Kinshasa et Kigali. Une hypothèse que le département d'État n'a ni confirmée ni démentie.\n\n"
f"À LIRE : RDC-Rwanda : {o}Minerals for Peace{c}, le pari américain\n")
art("w113_panafricain_kendrick_mbala", "panafrican", "2028-03-17", t113, [
    ("toutes les parties", "partial", DEP_E),
    ("dans son intégralité", "partial", DEP_E),
    ("s'abstenir de tout acte de nature à saper le processus de paix", "partial", DEP_E),
    ("Il ne peut y avoir de solution militaire au conflit", "direct", KEN_E),
    ("Le temps presse", "direct", KEN_E),
    ("Washington espérait un accord signé avant l'été", "indirect", KEN_E),
    (f"les deux hommes ont salué, selon Washington, {o}des progrès{c} vers un partenariat stratégique sur les minerais censé attirer en RDC des investissements {o}transparents{c} et {o}de haute qualité{c}", "indirect", DEP_E),
    ("des progrès", "partial", DEP_E + ["les deux hommes", "deux hommes"]),
    ("transparents", "partial", DEP_E + ["les deux hommes", "deux hommes"]),
    ("de haute qualité", "partial", DEP_E + ["les deux hommes", "deux hommes"]),
    ("Nous n'avons pas fait le voyage de Washington pour vendre nos mines. Nous sommes venus parler de paix, de souveraineté et de partenariat équitable", "direct", MBA),
    (f"la RDC {o}ne transigera pas{c} sur son intégrité territoriale", "indirect", MBA + MAC),
    ("ne transigera pas", "partial", MBA + MAC),
    ("Les Américains ont été clairs sur le Rwanda en privé. Dans le communiqué, ils restent prudents, c'est la diplomatie.", "direct", ["proche du ministre", "un proche du ministre"]),
    (f"{o}la paix durable passe par le démantèlement des FDLR{c}", "indirect", UWE),
    ("la paix durable passe par le démantèlement des FDLR", "partial", UWE),
    (f"son pays {o}salue tout effort sincère{c} de médiation", "indirect", UWE),
    ("salue tout effort sincère", "partial", UWE),
    ("l'administration américaine pourrait conditionner une partie de ses investissements à la signature d'un accord de paix global entre Kinshasa et Kigali", "indirect", ["diplomates africains", "plusieurs diplomates africains", "plusieurs diplomates africains en poste à Washington"]),
])

# batch 22
# 114-118. one invented event announced from Moscow: the Kremlin suspends Russia's participation in
# the (invented) Turku agreement on military incidents in the Baltic (the president's decree, the
# Kremlin spokesman's daily briefing, the foreign ministry's spokeswoman on Telegram, the defence
# ministry's statement, reactions of the Élysée, Washington and Kyiv), told by five outlets. Each
# article's gold is independent.
KRE22 = ["Kremlin", "le Kremlin", "Moscou", "Russie", "la Russie", "présidence russe", "la présidence russe"]
SOL22 = ["Arkadi Soloviov", "Soloviov", "porte-parole de la présidence russe", "le porte-parole de la présidence russe", "porte-parole du Kremlin", "le porte-parole du Kremlin", "porte-parole", "le porte-parole", "Kremlin", "le Kremlin"]
LVO22 = ["Irina Lvova", "Lvova", "porte-parole de la diplomatie russe", "la porte-parole de la diplomatie russe", "diplomatie russe", "la diplomatie russe"]
DEF22 = ["ministère russe de la Défense", "le ministère russe de la Défense", "ministère de la Défense", "ministère", "le ministère", "Défense russe"]
ELY22 = ["Élysée", "l'Élysée", "présidence française", "la présidence française", "Paris", "France"]
BRO22 = ["Daniel Brooks", "Brooks", "porte-parole du département d'État", "le porte-parole du département d'État", "département d'État", "le département d'État", "département d'État américain", "Washington", "États-Unis"]
KOV22 = ["Taras Kovalenko", "Kovalenko", "ministre ukrainien des Affaires étrangères", "le ministre ukrainien des Affaires étrangères", "chef de la diplomatie ukrainienne", "le chef de la diplomatie ukrainienne", "diplomatie ukrainienne", "la diplomatie ukrainienne", "Kyiv", "Kiev"]
SOR22 = ["Mikhaïl Sorokine", "Sorokine", "président russe", "le président russe", "maître du Kremlin", "le maître du Kremlin", "président Mikhaïl Sorokine", "le président Mikhaïl Sorokine"]

# 114. a French news channel's live blog, guillemets with no-break spaces, time stamps newest
# first: the Élysée's communiqué (« affirme que la France « … » »), Washington « regrette
# profondément » (a partial after a metonym), Kyiv's minister on X (« a-t-il écrit »), the defence
# ministry's statement (« Selon le ministère, », an exercise's name in marks), the Kremlin
# spokesman's briefing named only further down (« a-t-il dit aux journalistes, cité par les
# agences russes »), the foreign ministry's spokeswoman on Telegram (« écrit-elle »), « Selon
# TASS, », the decree quoted (« indique le décret »), a « Lire aussi » title in marks
o, c = "«" + NB, NB + "»"
t114 = (
"EN DIRECT - Moscou suspend l'accord de Turku sur les incidents militaires en Baltique : les réactions\n\n"
f"18h40 - L'Élysée dénonce {o}une décision grave et irresponsable{c}. Dans un communiqué, la présidence française affirme que la France {o}se tient aux côtés de ses alliés baltes et nordiques{c}. Elle appelle Moscou à revenir sans délai sur sa décision.\n\n"
f"18h25 - Washington {o}regrette profondément{c} la décision russe. {o}Cet accord a permis d'éviter des dizaines d'incidents dangereux depuis sa signature. Le suspendre ne rend personne plus sûr{c}, a déclaré le porte-parole du département d'État, Daniel Brooks, lors de son point de presse.\n\n"
f"18h02 - À Kyiv, le ministre ukrainien des Affaires étrangères, Taras Kovalenko, a estimé sur X que Moscou {o}prépare le terrain à de nouvelles provocations{c} en mer Baltique. {o}La Russie ne suspend pas un traité, elle suspend sa parole. Ce n'est pas la première fois{c}, a-t-il écrit.\n\n"
f"17h30 - Le ministère russe de la Défense justifie la suspension dans un communiqué publié sur Telegram. Selon le ministère, les manœuvres de l'Otan baptisées {o}Bouclier boréal{c}, qui doivent débuter lundi au large de l'île de Gotland, constituent {o}une menace directe pour la sécurité de la région de Kaliningrad{c}.\n\n"
f"(Lire aussi : {o}Baltique : comment Kaliningrad est devenu un verrou militaire{c})\n\n"
f"17h05 - Le porte-parole de la présidence russe a pris soin, lors de son point de presse quotidien, de distinguer suspension et retrait. {o}Il ne s'agit pas d'une sortie de l'accord. Nous sommes prêts à reprendre son application dès que l'Otan aura renoncé à ses gesticulations{c}, a-t-il dit aux journalistes, cité par les agences russes.\n\n"
f"16h48 - La porte-parole de la diplomatie russe, Irina Lvova, s'en prend sur Telegram aux capitales européennes, qu'elle accuse d'avoir {o}transformé la Baltique en lac de l'Otan{c}. {o}Ceux qui multiplient les exercices à nos frontières n'ont aucune leçon de responsabilité à nous donner{c}, écrit-elle.\n\n"
"16h20 - Selon TASS, le président Mikhaïl Sorokine a signé le décret en fin de matinée, à l'issue d'une réunion du Conseil de sécurité. Le maître du Kremlin ne s'est pas exprimé publiquement.\n\n"
f"16h02 - C'est officiel. {o}La Fédération de Russie suspend l'application de l'accord de Turku du 14 juin 2019 à compter de ce jour{c}, indique le décret publié sur le portail officiel des actes juridiques.\n\n"
f"15h45 - Bonjour et bienvenue dans ce direct. Le Kremlin a annoncé mercredi la suspension de la participation russe à l'accord de Turku, signé en 2019 par la Russie et les huit autres pays riverains de la Baltique pour prévenir les incidents entre navires et avions militaires. Le porte-parole de la présidence russe, Arkadi Soloviov, a précisé que la décision avait été prise {o}en réponse aux provocations répétées de l'Alliance atlantique{c}.\n")
art("w114_live_turku", "live", "2027-12-01", t114, [
    ("une décision grave et irresponsable", "partial", ELY22),
    (f"la France {o}se tient aux côtés de ses alliés baltes et nordiques{c}", "indirect", ELY22),
    ("se tient aux côtés de ses alliés baltes et nordiques", "partial", ELY22),
    ("regrette profondément", "partial", BRO22),
    ("Cet accord a permis d'éviter des dizaines d'incidents dangereux depuis sa signature. Le suspendre ne rend personne plus sûr", "direct", BRO22),
    (f"Moscou {o}prépare le terrain à de nouvelles provocations{c} en mer Baltique", "indirect", KOV22),
    ("prépare le terrain à de nouvelles provocations", "partial", KOV22),
    ("La Russie ne suspend pas un traité, elle suspend sa parole. Ce n'est pas la première fois", "direct", KOV22),
    (f"les manœuvres de l'Otan baptisées {o}Bouclier boréal{c}, qui doivent débuter lundi au large de l'île de Gotland, constituent {o}une menace directe pour la sécurité de la région de Kaliningrad{c}", "indirect", DEF22),
    ("une menace directe pour la sécurité de la région de Kaliningrad", "partial", DEF22),
    ("Il ne s'agit pas d'une sortie de l'accord. Nous sommes prêts à reprendre son application dès que l'Otan aura renoncé à ses gesticulations", "direct", SOL22),
    ("transformé la Baltique en lac de l'Otan", "partial", LVO22),
    ("Ceux qui multiplient les exercices à nos frontières n'ont aucune leçon de responsabilité à nous donner", "direct", LVO22),
    ("le président Mikhaïl Sorokine a signé le décret en fin de matinée, à l'issue d'une réunion du Conseil de sécurité", "indirect", ["TASS", "agence TASS", "l'agence TASS"]),
    ("La Fédération de Russie suspend l'application de l'accord de Turku du 14 juin 2019 à compter de ce jour", "direct", ["décret", "le décret"] + SOR22 + KRE22),
    (f"la décision avait été prise {o}en réponse aux provocations répétées de l'Alliance atlantique{c}", "indirect", SOL22),
    ("en réponse aux provocations répétées de l'Alliance atlantique", "partial", SOL22),
])

# 115. a national daily's analysis in curly marks, with a byline: the Kremlin's one word, an
# expression « chère à la diplomatie russe », the spokesman (« a-t-il dit aux journalistes », « Il a
# assuré que »), a vice-minister to RIA Novosti in a chain of paraphrase (« Selon lui, », « À l'en
# croire, », a postposed « a-t-il ajouté, précisant qu' »), the president « selon l'agence TASS »,
# a Russia specialist (« Pour X, », « analyse-t-elle », « La chercheuse voit dans… « … » »,
# « prévient »), Paris, Washington and Kyiv in short partials
o, c = "“", "”"
t115 = (
"Analyse. En suspendant l'accord de Turku, Moscou teste la cohésion de l'Otan en Baltique\n\n"
"Par Hélène Marchetti\n\n"
f"Le Kremlin parle d'une {o}pause{c}. Mais en suspendant mercredi 1er décembre sa participation à l'accord de Turku, qui encadrait depuis 2019 les rencontres entre navires et avions militaires en mer Baltique, la Russie a fait tomber l'un des derniers garde-fous entre ses forces et celles de l'Alliance atlantique, dans une mer devenue, depuis l'adhésion de la Finlande et de la Suède, un {o}lac de l'Otan{c}, selon l'expression chère à la diplomatie russe.\n\n"
f"Le porte-parole de la présidence russe, Arkadi Soloviov, a justifié la décision par la multiplication des exercices occidentaux. {o}Quand on organise des manœuvres de cette ampleur à cent kilomètres de Kaliningrad, il ne faut pas s'étonner que nous en tirions les conséquences{c}, a-t-il dit aux journalistes lors de son point de presse quotidien. Il a assuré que Moscou restait {o}ouvert au dialogue{c}, mais à ses conditions.\n\n"
f"Le vice-ministre des Affaires étrangères Sergueï Vorobiov est allé plus loin dans un entretien à l'agence RIA Novosti. Selon lui, l'accord était devenu {o}une coquille vide{c} depuis que les pays baltes avaient cessé de notifier leurs exercices. À l'en croire, les Occidentaux porteraient seuls la responsabilité de la situation. La Russie ne reprendrait l'application du texte qu'après des {o}garanties écrites{c}, a-t-il ajouté, précisant qu'aucune discussion n'était prévue à ce stade.\n\n"
f"Le maître du Kremlin, lui, s'est tenu en retrait, laissant ses diplomates monter au créneau. Mikhaïl Sorokine aurait toutefois affirmé devant le Conseil de sécurité que la Russie {o}ne se laisserait pas enfermer{c} en Baltique, selon l'agence TASS.\n\n"
f"Pour Anne Delorme, spécialiste de la Russie à l'Institut français des relations internationales (Ifri), le calendrier n'a rien d'un hasard. {o}Moscou choisit toujours le moment où les Occidentaux regardent ailleurs. Avec la campagne américaine et les divisions européennes sur l'Ukraine, le Kremlin estime que le coût politique sera faible{c}, analyse-t-elle. La chercheuse voit dans cette décision {o}un signal adressé d'abord à Helsinki et à Stockholm{c}, plus qu'à Washington.\n\n"
f"Les réactions occidentales ont suivi le scénario attendu. À Paris, l'Élysée a dénoncé une décision {o}grave{c}. Washington s'est dit prêt à {o}répondre à toute provocation{c}, tandis que Kyiv a affirmé que Moscou {o}ne respecte aucun engagement{c}.\n\n"
f"Reste la question des incidents, que l'accord permettait de désamorcer par une simple ligne téléphonique entre états-majors. {o}Sans ce cadre, un accrochage entre un chasseur russe et une frégate allemande peut dégénérer en quelques minutes{c}, prévient Anne Delorme.\n")
VOR22 = ["Sergueï Vorobiov", "Vorobiov", "vice-ministre des Affaires étrangères", "le vice-ministre des Affaires étrangères", "vice-ministre"]
DEL22 = ["Anne Delorme", "Delorme", "chercheuse", "la chercheuse", "spécialiste de la Russie"]
art("w115_analyse_turku", "national daily", "2027-12-02", t115, [
    ("pause", "partial", KRE22),
    ("lac de l'Otan", "partial", LVO22 + ["ministère russe des Affaires étrangères"]),
    ("Quand on organise des manœuvres de cette ampleur à cent kilomètres de Kaliningrad, il ne faut pas s'étonner que nous en tirions les conséquences", "direct", SOL22),
    (f"Moscou restait {o}ouvert au dialogue{c}, mais à ses conditions", "indirect", SOL22),
    ("ouvert au dialogue", "partial", SOL22),
    (f"l'accord était devenu {o}une coquille vide{c} depuis que les pays baltes avaient cessé de notifier leurs exercices", "indirect", VOR22),
    ("une coquille vide", "partial", VOR22),
    ("les Occidentaux porteraient seuls la responsabilité de la situation", "indirect", VOR22),
    (f"La Russie ne reprendrait l'application du texte qu'après des {o}garanties écrites{c}", "indirect", VOR22),
    ("garanties écrites", "partial", VOR22),
    ("aucune discussion n'était prévue à ce stade", "indirect", VOR22),
    (f"la Russie {o}ne se laisserait pas enfermer{c} en Baltique", "indirect", SOR22),
    ("ne se laisserait pas enfermer", "partial", SOR22),
    ("le calendrier n'a rien d'un hasard", "indirect", DEL22),
    ("Moscou choisit toujours le moment où les Occidentaux regardent ailleurs. Avec la campagne américaine et les divisions européennes sur l'Ukraine, le Kremlin estime que le coût politique sera faible", "direct", DEL22),
    ("un signal adressé d'abord à Helsinki et à Stockholm", "partial", DEL22),
    ("grave", "partial", ELY22),
    ("répondre à toute provocation", "partial", ["Washington", "États-Unis"]),
    (f"Moscou {o}ne respecte aucun engagement{c}", "indirect", ["Kyiv", "Kiev", "Ukraine"]),
    ("ne respecte aucun engagement", "partial", ["Kyiv", "Kiev", "Ukraine"]),
    ("Sans ce cadre, un accrochage entre un chasseur russe et une frégate allemande peut dégénérer en quelques minutes", "direct", DEL22),
])

# 116. a Belgian daily in straight marks: a headline repeating a quote of the body (not
# annotated), an exercise's name in marks, the Kremlin spokesman « cité par les agences russes » and
# « Selon lui, » over two partials, the defence ministry's figure « a rapporté RIA Novosti », the
# Belgian foreign minister (a partial, a quote, « Le ministre a précisé que »), « La Défense belge
# assure que », the foreign ministry's spokeswoman (« a ironisé sur "…" », « Elle a ajouté que »),
# Paris, Washington and Kyiv in partials (« a dit "regretter profondément" »), a researcher
# (« analyse », « Pour lui, »); « A » without its accent, as Belgian copy often writes it
t116 = (
"Baltique: Moscou suspend l'accord de Turku, Bruxelles dénonce \"un très mauvais signal\"\n\n"
"La Russie a suspendu mercredi sa participation à l'accord de Turku, un texte signé en 2019 qui encadre les rencontres entre forces militaires en mer Baltique. La décision a été rendue publique par le Kremlin au lendemain du lancement, par l'Otan, de l'exercice \"Bouclier boréal\", auquel participent deux chasseurs de mines de la Marine belge.\n\n"
"\"Ce n'est pas une rupture, c'est une mesure de précaution\", a affirmé le porte-parole du Kremlin, Arkadi Soloviov, cité par les agences russes. Selon lui, la Russie \"continuera de se comporter de manière responsable\" en mer, \"à condition que les autres en fassent autant\".\n\n"
"Moscou reproche aux Occidentaux d'avoir multiplié les vols de surveillance près de Kaliningrad, l'enclave russe coincée entre la Pologne et la Lituanie. Le ministère russe de la Défense a fait état mardi de \"onze vols de reconnaissance\" en une semaine, a rapporté RIA Novosti.\n\n"
"A Bruxelles, le ministre des Affaires étrangères, Pieter Van Damme, a jugé la décision russe \"regrettable et dangereuse\". \"C'est un très mauvais signal. Cet accord n'était pas parfait, mais il permettait aux marins des deux camps de se parler avant qu'il ne soit trop tard\", a-t-il déclaré en marge du conseil des ministres. Le ministre a précisé que les deux navires belges resteraient engagés dans l'exercice comme prévu. La Défense belge assure de son côté que les équipages \"ont reçu des consignes claires\" en cas de rencontre avec un bâtiment russe.\n\n"
"Sur Telegram, la porte-parole de la diplomatie russe, Irina Lvova, a ironisé sur \"les petits pays qui jouent aux grandes puissances\", sans citer nommément la Belgique. Elle a ajouté que Moscou répondrait \"de manière symétrique\" à toute nouvelle provocation.\n\n"
"A Paris, l'Elysée a appelé la Russie à \"revenir sans délai\" sur sa décision. Le département d'Etat américain a dit \"regretter profondément\" une mesure qui \"accroît les risques d'incident\". A Kiev, le chef de la diplomatie ukrainienne, Taras Kovalenko, a estimé que la Russie \"ne respecte que la force\".\n\n"
"\"Le Kremlin veut montrer qu'il peut, lui aussi, fixer les règles du jeu en Baltique\", analyse Tom Janssens, chercheur à l'Institut Egmont. Pour lui, le risque d'un incident grave reste toutefois \"limité à court terme\", les deux camps ayant intérêt à éviter l'escalade.\n")
VDA22 = ["Pieter Van Damme", "Van Damme", "ministre des Affaires étrangères", "le ministre des Affaires étrangères", "ministre", "le ministre"]
JAN22 = ["Tom Janssens", "Janssens", "chercheur à l'Institut Egmont", "chercheur"]
art("w116_belge_turku", "Belgian daily", "2027-12-02", t116, [
    ("Ce n'est pas une rupture, c'est une mesure de précaution", "direct", SOL22),
    ("la Russie \"continuera de se comporter de manière responsable\" en mer, \"à condition que les autres en fassent autant\"", "indirect", SOL22),
    ("continuera de se comporter de manière responsable", "partial", SOL22),
    ("à condition que les autres en fassent autant", "partial", SOL22),
    ("onze vols de reconnaissance", "partial", DEF22),
    ("regrettable et dangereuse", "partial", VDA22),
    ("C'est un très mauvais signal. Cet accord n'était pas parfait, mais il permettait aux marins des deux camps de se parler avant qu'il ne soit trop tard", "direct", VDA22),
    ("les deux navires belges resteraient engagés dans l'exercice comme prévu", "indirect", VDA22),
    ("les équipages \"ont reçu des consignes claires\" en cas de rencontre avec un bâtiment russe", "indirect", ["Défense belge", "la Défense belge", "Défense", "la Défense"]),
    ("ont reçu des consignes claires", "partial", ["Défense belge", "la Défense belge", "Défense", "la Défense"]),
    ("les petits pays qui jouent aux grandes puissances", "partial", LVO22),
    ("Moscou répondrait \"de manière symétrique\" à toute nouvelle provocation", "indirect", LVO22),
    ("de manière symétrique", "partial", LVO22),
    ("revenir sans délai", "partial", ELY22),
    ("regretter profondément", "partial", BRO22),
    ("accroît les risques d'incident", "partial", BRO22),
    ("la Russie \"ne respecte que la force\"", "indirect", KOV22),
    ("ne respecte que la force", "partial", KOV22),
    ("Le Kremlin veut montrer qu'il peut, lui aussi, fixer les règles du jeu en Baltique", "direct", JAN22),
    ("le risque d'un incident grave reste toutefois \"limité à court terme\", les deux camps ayant intérêt à éviter l'escalade", "indirect", JAN22),
    ("limité à court terme", "partial", JAN22),
])

# 117. a Canadian outlet, guillemets with narrow no-break spaces: a headline word in marks
# repeating the body (not annotated), « Le Kremlin a annoncé qu' », the spokesman « selon TASS »
# then a chain over four sentences (« Le porte-parole a soutenu que », « Il a ensuite affirmé que »,
# an incise « a-t-il poursuivi, » without marks, « selon lui » inside the clause), the Canadian
# foreign minister (« en point de presse », « Elle a indiqué que »), the State Department in English
# (« a-t-il dit en anglais », « soulignant que »), the Ukrainian president unnamed, the Élysée's
# call in a partial, a professor (« Selon X, … », « prévient-il »)
o, c = "«" + NN, NN + "»"
t117 = (
f"La Russie suspend un accord militaire en mer Baltique, Ottawa dénonce une {o}escalade{c}\n\n"
"Le Kremlin a annoncé mercredi qu'il suspendait la participation de la Russie à l'accord de Turku, qui vise depuis 2019 à prévenir les incidents entre navires et avions militaires en mer Baltique, où la frégate canadienne NCSM Montréal participe ces jours-ci à des manœuvres de l'OTAN.\n\n"
f"{o}Nous avons été patients pendant des mois. Nos avertissements ont été ignorés, et nous en tirons aujourd'hui les conséquences{c}, a déclaré à Moscou le porte-parole du Kremlin, Arkadi Soloviov, selon TASS. Le porte-parole a soutenu que la décision était {o}strictement défensive{c}. Il a ensuite affirmé que la Russie ne chercherait pas l'affrontement. Les forces russes, a-t-il poursuivi, continueront d'appliquer {o}les règles de base de la navigation{c}. Mais elles ne toléreront plus, selon lui, les {o}intrusions{c} près de Kaliningrad.\n\n"
f"À Ottawa, la ministre des Affaires étrangères, Catherine Bouchard, a dénoncé une {o}escalade inutile{c}. {o}Le Canada et ses alliés n'ont aucune intention agressive. Nos marins font leur travail de manière professionnelle, dans les eaux internationales{c}, a-t-elle déclaré en point de presse. Elle a indiqué que le NCSM Montréal poursuivrait sa mission jusqu'au 15 décembre, comme prévu.\n\n"
f"À Washington, le porte-parole du département d'État, Daniel Brooks, a qualifié la décision russe de {o}profondément regrettable{c}. {o}This agreement saved lives{c}, a-t-il dit en anglais, soulignant que le texte avait permis d'éviter {o}des dizaines d'incidents dangereux{c}.\n\n"
f"Le président ukrainien a pour sa part jugé sur X que Moscou cherchait {o}à intimider les pays riverains de la Baltique{c}. À Paris, l'Élysée a appelé Moscou {o}à revenir sur une décision qui fragilise la sécurité de toute l'Europe{c}.\n\n"
f"Selon Julien Tremblay, professeur de science politique à l'Université Laval et spécialiste de la Russie, cette suspension vise surtout à {o}tester la réaction des alliés{c}. {o}Moscou avance par petites touches. Si personne ne réagit, la prochaine étape pourrait être bien plus sérieuse{c}, prévient-il.\n")
BOU22 = ["Catherine Bouchard", "Bouchard", "ministre des Affaires étrangères", "la ministre des Affaires étrangères", "ministre", "la ministre"]
TRE22 = ["Julien Tremblay", "Tremblay", "professeur de science politique", "professeur"]
UPR22 = ["président ukrainien", "le président ukrainien"]
art("w117_canada_turku", "Canadian outlet", "2027-12-01", t117, [
    ("il suspendait la participation de la Russie à l'accord de Turku, qui vise depuis 2019 à prévenir les incidents entre navires et avions militaires en mer Baltique", "indirect", KRE22),
    ("Nous avons été patients pendant des mois. Nos avertissements ont été ignorés, et nous en tirons aujourd'hui les conséquences", "direct", SOL22),
    (f"la décision était {o}strictement défensive{c}", "indirect", SOL22),
    ("strictement défensive", "partial", SOL22),
    ("la Russie ne chercherait pas l'affrontement", "indirect", SOL22),
    (f"Les forces russes, a-t-il poursuivi, continueront d'appliquer {o}les règles de base de la navigation{c}", "indirect", SOL22),
    ("les règles de base de la navigation", "partial", SOL22),
    (f"elles ne toléreront plus, selon lui, les {o}intrusions{c} près de Kaliningrad", "indirect", SOL22),
    ("intrusions", "partial", SOL22),
    ("escalade inutile", "partial", BOU22),
    ("Le Canada et ses alliés n'ont aucune intention agressive. Nos marins font leur travail de manière professionnelle, dans les eaux internationales", "direct", BOU22),
    ("le NCSM Montréal poursuivrait sa mission jusqu'au 15 décembre, comme prévu", "indirect", BOU22),
    ("profondément regrettable", "partial", BRO22),
    ("This agreement saved lives", "direct", BRO22),
    (f"le texte avait permis d'éviter {o}des dizaines d'incidents dangereux{c}", "indirect", BRO22),
    ("des dizaines d'incidents dangereux", "partial", BRO22),
    (f"Moscou cherchait {o}à intimider les pays riverains de la Baltique{c}", "indirect", UPR22),
    ("à intimider les pays riverains de la Baltique", "partial", UPR22),
    ("à revenir sur une décision qui fragilise la sécurité de toute l'Europe", "partial", ELY22),
    (f"cette suspension vise surtout à {o}tester la réaction des alliés{c}", "indirect", TRE22),
    ("tester la réaction des alliés", "partial", TRE22),
    ("Moscou avance par petites touches. Si personne ne réagit, la prochaine étape pourrait être bien plus sérieuse", "direct", TRE22),
])

# 118. a short agency brief relayed by a regional daily, guillemets with no space: a rubric and a
# dateline, a postposed « a annoncé le Kremlin » then « invoquant », the spokesman « a déclaré aux
# journalistes », the decree (« prévoit que … «…», selon le texte »), the spokeswoman's partial
# after « a accusé … de », the defence ministry (« a pour sa part assuré que »), Paris and Kyiv in
# partials (« y a vu «…» »), the State Department (« a fait savoir qu'il «…» »), the spokesman's chain
# (« a assuré que », an incise « a-t-il ajouté, » without marks), « Selon des experts, », a closing « (Avec AFP) »
t118 = (
"Monde | La Russie suspend un accord de prévention des incidents en Baltique\n\n"
"MOSCOU (AFP) - La Russie a suspendu mercredi sa participation à l'accord de Turku sur la prévention des incidents militaires en mer Baltique, a annoncé le Kremlin, invoquant les manœuvres de l'Otan près de l'enclave de Kaliningrad.\n\n"
"«Cette décision est une réponse aux actions hostiles de l'Alliance. La responsabilité en incombe entièrement à Bruxelles et à Washington», a déclaré aux journalistes le porte-parole de la présidence russe, Arkadi Soloviov.\n\n"
"Le porte-parole a assuré que Moscou restait «prêt au dialogue», mais a exclu tout retour en arrière à court terme. Le président Sorokine, a-t-il ajouté, sera tenu informé «heure par heure» de la situation en mer.\n\n"
"Le décret signé par le président Mikhaïl Sorokine prévoit que la suspension restera en vigueur «jusqu'à ce que les causes qui l'ont motivée aient disparu», selon le texte publié sur le portail officiel.\n\n"
"Sur Telegram, la porte-parole de la diplomatie russe, Irina Lvova, a accusé les pays baltes de «jeter de l'huile sur le feu». Le ministère russe de la Défense a pour sa part assuré que la flotte de la Baltique «continuera d'agir dans le strict respect du droit international».\n\n"
"L'annonce a été condamnée à Paris, Washington et Kiev. L'Élysée a dénoncé une décision «grave et irresponsable», tandis que la diplomatie ukrainienne y a vu «un nouvel aveu» des intentions agressives de Moscou. À Washington, le département d'État a fait savoir qu'il «étudiait avec ses alliés» la réponse à apporter.\n\n"
"Signé en 2019 par la Russie et les huit autres pays riverains de la Baltique, l'accord imposait notamment de notifier à l'avance les exercices navals et de maintenir une distance minimale entre bâtiments militaires. Selon des experts, plus de quarante incidents ont été désamorcés grâce à lui depuis son entrée en vigueur. Le texte, négocié sous l'égide de l'OSCE après une série de quasi-collisions en 2016 et 2017, n'avait jamais été suspendu par l'un de ses signataires.\n\n"
"(Avec AFP)\n")
DEC22 = ["décret", "le décret", "texte", "le texte"] + SOR22
UKR22 = ["diplomatie ukrainienne", "la diplomatie ukrainienne", "ministère ukrainien des Affaires étrangères", "Kiev", "Kyiv"]
art("w118_breve_turku", "regional daily", "2027-12-02", t118, [
    ("La Russie a suspendu mercredi sa participation à l'accord de Turku sur la prévention des incidents militaires en mer Baltique", "indirect", KRE22),
    ("Cette décision est une réponse aux actions hostiles de l'Alliance. La responsabilité en incombe entièrement à Bruxelles et à Washington", "direct", SOL22),
    ("Moscou restait «prêt au dialogue»", "indirect", SOL22),
    ("prêt au dialogue", "partial", SOL22),
    ("Le président Sorokine, a-t-il ajouté, sera tenu informé «heure par heure» de la situation en mer", "indirect", SOL22),
    ("heure par heure", "partial", SOL22),
    ("la suspension restera en vigueur «jusqu'à ce que les causes qui l'ont motivée aient disparu»", "indirect", DEC22),
    ("jusqu'à ce que les causes qui l'ont motivée aient disparu", "partial", DEC22),
    ("jeter de l'huile sur le feu", "partial", LVO22),
    ("la flotte de la Baltique «continuera d'agir dans le strict respect du droit international»", "indirect", DEF22),
    ("continuera d'agir dans le strict respect du droit international", "partial", DEF22),
    ("grave et irresponsable", "partial", ELY22),
    ("un nouvel aveu", "partial", UKR22),
    ("il «étudiait avec ses alliés» la réponse à apporter", "indirect", BRO22),
    ("étudiait avec ses alliés", "partial", BRO22),
    ("plus de quarante incidents ont été désamorcés grâce à lui depuis son entrée en vigueur", "indirect", ["experts", "des experts"]),
])

# batch 23
# 119. a party's internal fight in guillemets with no-break spaces: « a déclaré X dans un entretien
# au Parisien » and the rest of the interview in reported speech (« y assure que »), « confie-t-elle
# au JDD », « Selon elle, », a senator's post on X with her handle, « selon des propos rapportés par
# Le Canard enchaîné » (the weekly the speaker of the clause, the word in marks the president's),
# « a démenti l'intéressé », « a confié un proche … à l'AFP », « cité par Le Figaro », « selon son
# entourage », a motion's name in marks (no quote), a postposed « a annoncé » without marks
o, c = "«" + NB, NB + "»"
t119 = (
"Guerre des chefs au Renouveau républicain : Delattre et Morin ne se parlent plus\n\n"
"Rien ne va plus au sommet du Renouveau républicain. À trois semaines du conseil national qui doit désigner la tête de liste du parti pour les élections européennes, la rivalité entre son président, Thierry Delattre, et sa vice-présidente, Sandrine Morin, a tourné au règlement de comptes public ce week-end.\n\n"
f"{o}Je ne laisserai pas une minorité bruyante prendre le parti en otage{c}, a déclaré Thierry Delattre dans un entretien au Parisien publié dimanche. Le député de la Somme y assure que le vote des militants se tiendra {o}à la date prévue, ni avant ni après{c}, et accuse ses adversaires de vouloir {o}rejouer le congrès de 2024{c}.\n\n"
f"Sandrine Morin n'a pas tardé à répondre. {o}Le parti n'appartient pas à son président. Il appartient à ses adhérents, qui ont le droit de choisir leur candidat sans qu'on leur tienne la main{c}, confie-t-elle au JDD. Selon elle, une dizaine de fédérations départementales n'ont toujours pas reçu les listes d'émargement. La vice-présidente, qui porte la motion {o}Refonder ensemble{c}, réclame un report du scrutin d'au moins un mois.\n\n"
f"Dans la soirée, la sénatrice de l'Isère Claire Vasseur, l'une de ses plus fidèles soutiens, a enfoncé le clou sur X. {o}Quand on a peur du vote des militants, c'est qu'on l'a déjà perdu{c}, a-t-elle écrit depuis son compte @ClaireVasseur38, message partagé plusieurs milliers de fois.\n\n"
f"La polémique a pris un tour plus personnel mercredi. Selon des propos rapportés par Le Canard enchaîné, Thierry Delattre aurait qualifié sa rivale de {o}girouette{c} lors d'un dîner avec des parlementaires. {o}Je n'ai jamais prononcé ce mot, ni en public ni en privé. Je respecte Sandrine, même quand elle se trompe{c}, a démenti l'intéressé jeudi matin sur RTL.\n\n"
f"Au siège du parti, l'ambiance est lourde. {o}Thierry est blessé. Il a reconstruit ce parti quand plus personne n'en voulait, et on le traite aujourd'hui comme un usurpateur{c}, a confié un proche du président à l'AFP. Les anciens tentent de calmer le jeu. {o}Il faut que ça cesse. Nos électeurs ne nous pardonneront pas ce spectacle{c}, a estimé l'ancien Premier ministre Jean-Louis Ferrand, cité par Le Figaro.\n\n"
"Sandrine Morin n'entend pas pour autant se retirer, selon son entourage, qui affirme qu'elle dispose du parrainage de quarante-deux parlementaires. Le bureau politique se réunira mardi pour trancher la question du calendrier, a annoncé le secrétaire général du parti, Paul Renaud.\n")
DLT = ["Thierry Delattre", "Delattre", "président du parti", "député de la Somme"]
MRN = ["Sandrine Morin", "Morin", "vice-présidente", "la vice-présidente"]
art("w119_renouveau_guerre_des_chefs", "national", "2027-04-11", t119, [
    ("Je ne laisserai pas une minorité bruyante prendre le parti en otage", "direct", DLT),
    (f"le vote des militants se tiendra {o}à la date prévue, ni avant ni après{c}", "indirect", DLT),
    ("à la date prévue, ni avant ni après", "partial", DLT),
    ("rejouer le congrès de 2024", "partial", DLT),
    ("Le parti n'appartient pas à son président. Il appartient à ses adhérents, qui ont le droit de choisir leur candidat sans qu'on leur tienne la main", "direct", MRN),
    ("une dizaine de fédérations départementales n'ont toujours pas reçu les listes d'émargement", "indirect", MRN),
    ("Quand on a peur du vote des militants, c'est qu'on l'a déjà perdu", "direct", ["Claire Vasseur", "Vasseur", "@ClaireVasseur38", "sénatrice de l'Isère"]),
    (f"Thierry Delattre aurait qualifié sa rivale de {o}girouette{c} lors d'un dîner avec des parlementaires", "indirect", ["Le Canard enchaîné", "Canard enchaîné"]),
    ("girouette", "partial", DLT),
    ("Je n'ai jamais prononcé ce mot, ni en public ni en privé. Je respecte Sandrine, même quand elle se trompe", "direct", DLT + ["l'intéressé"]),
    ("Thierry est blessé. Il a reconstruit ce parti quand plus personne n'en voulait, et on le traite aujourd'hui comme un usurpateur", "direct", ["proche du président", "un proche du président", "un proche"]),
    ("Il faut que ça cesse. Nos électeurs ne nous pardonneront pas ce spectacle", "direct", ["Jean-Louis Ferrand", "Ferrand", "ancien Premier ministre"]),
    ("Sandrine Morin n'entend pas pour autant se retirer", "indirect", ["entourage", "son entourage", "entourage de Sandrine Morin"] + MRN),
    ("elle dispose du parrainage de quarante-deux parlementaires", "indirect", ["entourage", "son entourage", "entourage de Sandrine Morin"] + MRN),
    ("Le bureau politique se réunira mardi pour trancher la question du calendrier", "indirect", ["Paul Renaud", "Renaud", "secrétaire général du parti", "le secrétaire général du parti"]),
])

# 120. celebrity news in curly marks: a singer's Instagram story with her handle, a song's, a
# podcast's and a documentary's titles in marks (no quotes), a nickname in marks (no quote), « Le
# magazine Voici affirmait que … “…” » (the magazine the speaker), words said on a podcast
# (« disait-elle alors au micro de », after « avait laissé entendre que »), her mother in the documentary, « confie-t-elle dans le
# numéro de Elle », « Un ami du couple, cité par Closer, assure que », « a démenti son agent …
# auprès de l'AFP » after a clause without marks, the actor's one line on RTL after « d'un laconique : »
o, c = "“", "”"
t120 = (
"Léna Marchal brise le silence sur sa rupture avec Hugo Versini\n\n"
f"Après des semaines de rumeurs, la chanteuse Léna Marchal a confirmé mardi sa séparation d'avec l'acteur Hugo Versini. Dans une story publiée sur son compte Instagram, @lena.marchal, l'interprète de {o}Nuits blanches à Marseille{c} a voulu couper court aux spéculations : {o}Oui, Hugo et moi avons pris des chemins différents. Il n'y a ni drame ni trahison, juste deux personnes qui ont grandi chacune de leur côté. Merci de respecter notre silence.{c}\n\n"
f"Le magazine Voici affirmait pourtant la semaine dernière que le couple s'était séparé {o}dans les cris{c} après une violente dispute sur le tournage du dernier film de l'acteur, à Lisbonne. Une version que la chanteuse, surnommée {o}la petite fiancée de la pop{c} depuis ses débuts à dix-sept ans, n'a ni confirmée ni démentie.\n\n"
f"Invitée du podcast {o}Les Coulisses{c} en février, Léna Marchal avait laissé entendre que tout n'allait pas pour le mieux. {o}Je crois que j'ai passé trop de temps à me protéger. Quand on vit à deux, il faut accepter d'être vulnérable, et je ne sais pas faire{c}, disait-elle alors au micro de Camille Berthier. Dans le documentaire {o}Léna, à voix haute{c}, diffusé en novembre sur Prime Video, sa mère, Martine, décrivait déjà une jeune femme {o}qui ne sait pas s'arrêter{c} et qui {o}dort avec son téléphone{c}.\n\n"
f"La chanteuse a choisi de s'en tenir là. {o}J'ai appris à ne plus tout raconter. Ma musique parle pour moi, et le prochain album dira le reste{c}, confie-t-elle dans le numéro de Elle paru vendredi, où elle annonce une tournée des Zénith à l'automne. Elle y assure que l'écriture de ces nouvelles chansons l'a {o}sauvée{c}.\n\n"
f"Un ami du couple, cité par Closer, assure que les deux artistes {o}se parlent encore presque tous les jours{c} et qu'ils ont prévu de se retrouver pour l'anniversaire de leur chien. Les rumeurs d'une nouvelle idylle entre la chanteuse et le rappeur Sofiane K. sont {o}totalement infondées{c}, a démenti son agent, Nathalie Grosjean, auprès de l'AFP.\n\n"
f"Hugo Versini, lui, reste discret. Croisé lundi à la sortie des studios de RTL, l'acteur s'est contenté d'un laconique : {o}Je n'ai rien à ajouter à ce qu'a écrit Léna.{c}\n")
LMA = ["Léna Marchal", "Marchal", "@lena.marchal", "la chanteuse"]
AMI = ["ami du couple", "un ami du couple"]
art("w120_people_rupture", "people", "2027-05-06", t120, [
    ("Oui, Hugo et moi avons pris des chemins différents. Il n'y a ni drame ni trahison, juste deux personnes qui ont grandi chacune de leur côté. Merci de respecter notre silence.", "direct", LMA),
    (f"le couple s'était séparé {o}dans les cris{c} après une violente dispute sur le tournage du dernier film de l'acteur, à Lisbonne", "indirect", ["Voici", "magazine Voici", "le magazine Voici"]),
    ("dans les cris", "partial", ["Voici", "magazine Voici", "le magazine Voici"]),
    ("tout n'allait pas pour le mieux", "indirect", LMA),
    ("Je crois que j'ai passé trop de temps à me protéger. Quand on vit à deux, il faut accepter d'être vulnérable, et je ne sais pas faire", "direct", LMA),
    ("qui ne sait pas s'arrêter", "partial", ["Martine", "sa mère"]),
    ("dort avec son téléphone", "partial", ["Martine", "sa mère"]),
    ("J'ai appris à ne plus tout raconter. Ma musique parle pour moi, et le prochain album dira le reste", "direct", LMA),
    (f"l'écriture de ces nouvelles chansons l'a {o}sauvée{c}", "indirect", LMA),
    ("sauvée", "partial", LMA),
    (f"les deux artistes {o}se parlent encore presque tous les jours{c} et qu'ils ont prévu de se retrouver pour l'anniversaire de leur chien", "indirect", AMI),
    ("se parlent encore presque tous les jours", "partial", AMI),
    (f"Les rumeurs d'une nouvelle idylle entre la chanteuse et le rappeur Sofiane K. sont {o}totalement infondées{c}", "indirect", ["Nathalie Grosjean", "Grosjean", "son agent"]),
    ("totalement infondées", "partial", ["Nathalie Grosjean", "Grosjean", "son agent"]),
    ("Je n'ai rien à ajouter à ce qu'a écrit Léna.", "direct", ["Hugo Versini", "Versini", "l'acteur"]),
])

# 121. a transfer rumour in straight marks: « Selon L'Équipe, » and « D'après RMC Sport, » fronted
# (the outlets the speakers), « L'Équipe croit savoir que », a nickname in marks (no quote), the
# coach in press conference (« a-t-il éludé », « avant d'ajouter dans un sourire: »), the player's
# agent « cité par le quotidien portugais Record », the player's Instagram caption after « : », the
# Porto president « selon des propos relayés par A Bola », the Lyon president « sur RMC »
t121 = (
"Mercato: l'OL tout proche de boucler l'arrivée de Youssef Amrani?\n\n"
"L'Olympique lyonnais pourrait frapper un grand coup avant la fin du mercato. Selon L'Équipe, le club rhodanien a formulé mardi une offre de 28 millions d'euros, bonus compris, au FC Porto pour l'ailier marocain de 23 ans. D'après RMC Sport, les dirigeants portugais en réclament au moins 35 millions et n'entendent pas descendre en dessous. L'Équipe croit savoir que le joueur a déjà donné son accord pour un contrat de cinq ans.\n\n"
"Surnommé \"le Lion de Fès\" par les supporters portugais, Amrani a inscrit 14 buts et délivré 9 passes décisives la saison dernière en championnat. Un profil qui correspond à ce que recherche l'entraîneur lyonnais, Marc Vidal, depuis le départ de son meilleur passeur cet été.\n\n"
"Interrogé en conférence de presse vendredi, le technicien n'a ni confirmé ni démenti. \"Youssef est un très bon joueur, comme beaucoup d'autres. Mais je ne parle pas des joueurs qui ne sont pas sous contrat chez nous\", a-t-il éludé, avant d'ajouter dans un sourire: \"Le président a mon numéro, vous savez.\"\n\n"
"Du côté du joueur, on se montre plus prudent. \"Rien n'est signé, rien n'est même discuté à ce stade. Youssef est concentré sur Porto\", a assuré son agent, Karim Bensaïd, cité par le quotidien portugais Record. Une prudence qui tranche avec la story publiée mercredi soir par Amrani lui-même: une photo de la place Bellecour, accompagnée d'une légende sans ambiguïté: \"Lyon, on se voit bientôt?\"\n\n"
"À Porto, on fait monter les enchères. \"Amrani n'est pas à vendre. S'il part, ce sera au prix que nous avons fixé, pas à celui qu'on nous propose\", a déclaré le président du club, Rui Monteiro, à la chaîne SIC, selon des propos relayés par A Bola.\n\n"
"Le président de l'OL, Laurent Castel, a pour sa part confirmé l'intérêt lyonnais. \"Nous avons fait une offre sérieuse, elle est sur la table. La balle est dans le camp de Porto\", a-t-il déclaré mardi soir sur RMC. Il a toutefois assuré que le club ne ferait pas \"de folie\" et qu'il avait d'autres pistes.\n")
VID = ["Marc Vidal", "Vidal", "entraîneur lyonnais", "l'entraîneur lyonnais", "le technicien"]
CAS = ["Laurent Castel", "Castel", "président de l'OL", "le président de l'OL"]
art("w121_mercato_amrani", "sport", "2027-08-20", t121, [
    ("le club rhodanien a formulé mardi une offre de 28 millions d'euros, bonus compris, au FC Porto pour l'ailier marocain de 23 ans", "indirect", ["L'Équipe", "Équipe"]),
    ("les dirigeants portugais en réclament au moins 35 millions et n'entendent pas descendre en dessous", "indirect", ["RMC Sport", "RMC"]),
    ("le joueur a déjà donné son accord pour un contrat de cinq ans", "indirect", ["L'Équipe", "Équipe"]),
    ("Youssef est un très bon joueur, comme beaucoup d'autres. Mais je ne parle pas des joueurs qui ne sont pas sous contrat chez nous", "direct", VID),
    ("Le président a mon numéro, vous savez.", "direct", VID),
    ("Rien n'est signé, rien n'est même discuté à ce stade. Youssef est concentré sur Porto", "direct", ["Karim Bensaïd", "Bensaïd", "son agent"]),
    ("Lyon, on se voit bientôt?", "direct", ["Youssef Amrani", "Amrani"]),
    ("Amrani n'est pas à vendre. S'il part, ce sera au prix que nous avons fixé, pas à celui qu'on nous propose", "direct", ["Rui Monteiro", "Monteiro", "président du club"]),
    ("Nous avons fait une offre sérieuse, elle est sur la table. La balle est dans le camp de Porto", "direct", CAS),
    ("le club ne ferait pas \"de folie\" et qu'il avait d'autres pistes", "indirect", CAS),
    ("de folie", "partial", CAS),
])

# 122. a media-review column with narrow no-break spaces: a byline, a minister's line in an
# interview to Le Point after « lâche … : », « rapporte Le Point » (the weekly's own words) and
# « aurait confié … rapporte Le Point » (the minister's), the weekly's editor « cité par
# Libération », a deputy « a-t-elle assuré sur le plateau » of BFMTV, a documentary's and a
# podcast's titles in marks (no quotes), an unnamed headteacher heard in the film, the director
# « interrogé par Télérama », a former anchor on the podcast, a correction (« et non par X, comme
# indiqué précédemment »: the quote is Sarran's)
o, c = "«" + NN, NN + "»"
t122 = (
"La semaine médias : une petite phrase, cent reprises\n\n"
"Par Hélène Garrigue\n\n"
f"Il aura suffi d'une ligne. Dans l'entretien qu'il accorde au Point cette semaine, le ministre de l'Intérieur, Alexandre Vautrin, lâche au détour d'une question sur les violences urbaines : {o}L'autorité, ça ne se négocie pas, ça s'exerce.{c} En quelques heures, la formule était reprise par une centaine de sites, rarement avec le contexte. {o}Le ministre l'a répétée trois fois pendant l'entretien, en nous demandant de bien la garder{c}, rapporte Le Point dans les coulisses de l'entretien publiées vendredi. {o}C'est ma ligne depuis le premier jour{c}, aurait ensuite confié le ministre à ses collaborateurs, rapporte encore l'hebdomadaire.\n\n"
f"L'exercice est rodé. {o}Nous relisons les citations avec les cabinets, comme tout le monde. Mais la question, elle, n'a pas été négociée{c}, assure le directeur de la rédaction du Point, Étienne Vallon, cité par Libération.\n\n"
f"La riposte n'a pas traîné. Invitée dimanche de BFMTV, la députée écologiste Inès Barbier a jugé que le ministre {o}confond l'autorité et la brutalité{c}. {o}On ne rétablit pas la confiance avec des slogans taillés pour les réseaux sociaux{c}, a-t-elle assuré sur le plateau.\n\n"
f"Sur France 5, le documentaire {o}Les Oubliés du 93{c}, de Karim Haddad, tombait à point nommé. On y entend une principale de collège de Sevran résumer en une phrase ce que des rapports entiers peinent à dire : {o}Ici, l'État, ce sont les profs et la boulangère.{c} Interrogé par Télérama, le réalisateur dit avoir voulu filmer {o}ceux qu'on n'invite jamais sur les plateaux{c}.\n\n"
f"Côté audio, le podcast {o}Micro ouvert{c} a reçu l'ancienne présentatrice du journal de 20 heures Sophie Lemercier, qui raconte sans fard ses années à l'antenne. {o}On m'a demandé un jour de sourire davantage en annonçant un attentat. J'ai compris ce jour-là que je ne resterais pas{c}, dit-elle. Selon elle, les chaînes d'information ont {o}perdu le goût du silence{c}.\n\n"
f"Rectificatif : dans notre chronique de la semaine dernière, nous attribuions au ministre de l'Intérieur cette phrase : {o}Je ne suis pas là pour plaire aux journalistes.{c} Elle a été prononcée par le porte-parole du gouvernement, Mathieu Sarran, et non par Alexandre Vautrin, comme indiqué précédemment. Nous prions nos lecteurs de nous en excuser.\n")
VAU = ["Alexandre Vautrin", "Vautrin", "ministre de l'Intérieur", "le ministre de l'Intérieur", "le ministre"]
PT = ["Le Point", "Point", "l'hebdomadaire"]
BAR = ["Inès Barbier", "Barbier", "députée écologiste", "la députée écologiste"]
LEM2 = ["Sophie Lemercier", "Lemercier", "ancienne présentatrice du journal de 20 heures"]
art("w122_chronique_medias", "media-column", "2027-10-15", t122, [
    ("L'autorité, ça ne se négocie pas, ça s'exerce.", "direct", VAU),
    ("Le ministre l'a répétée trois fois pendant l'entretien, en nous demandant de bien la garder", "direct", PT),
    ("C'est ma ligne depuis le premier jour", "direct", VAU),
    ("Nous relisons les citations avec les cabinets, comme tout le monde. Mais la question, elle, n'a pas été négociée", "direct", ["Étienne Vallon", "Vallon", "directeur de la rédaction du Point"]),
    (f"le ministre {o}confond l'autorité et la brutalité{c}", "indirect", BAR),
    ("confond l'autorité et la brutalité", "partial", BAR),
    ("On ne rétablit pas la confiance avec des slogans taillés pour les réseaux sociaux", "direct", BAR),
    ("Ici, l'État, ce sont les profs et la boulangère.", "direct", ["principale de collège de Sevran", "une principale de collège de Sevran", "principale de collège"]),
    ("ceux qu'on n'invite jamais sur les plateaux", "partial", ["Karim Haddad", "Haddad", "le réalisateur"]),
    ("On m'a demandé un jour de sourire davantage en annonçant un attentat. J'ai compris ce jour-là que je ne resterais pas", "direct", LEM2),
    (f"les chaînes d'information ont {o}perdu le goût du silence{c}", "indirect", LEM2),
    ("perdu le goût du silence", "partial", LEM2),
    ("Je ne suis pas là pour plaire aux journalistes.", "direct", ["Mathieu Sarran", "Sarran", "porte-parole du gouvernement"]),
])

# 123. a fact-check with no space inside the guillemets: a headline quoting the viral claim (it
# repeats the body: not annotated), the claim on an image attributed to a minister (its real
# speaker, a former candidate, named later), an internet user's comment (« commente un internaute »),
# the minister's team's denial after « : », what the minister really said on France Inter
# (« avait déclaré que », « avait-elle ajouté »), the real speaker reached by phone (« reconnaît : »),
# a researcher (« selon » + a clause with a fragment in marks), the verdict's label in marks (no quote)
t123 = (
"Non, la ministre Élisabeth Roussel n'a jamais dit que «les retraités coûtent trop cher à la France»\n\n"
"Une image circule depuis dimanche sur Facebook et sur X, partagée plus de 40 000 fois. On y voit une photo de la ministre du Travail, Élisabeth Roussel, accompagnée de cette phrase en lettres blanches: «Les retraités coûtent trop cher à la France, il faudra bien qu'ils fassent un effort.» «Elle l'a dit en direct à la télé, honte à elle», commente un internaute sous l'un des partages les plus viraux.\n\n"
"La ministre n'a pourtant jamais prononcé ces mots. Contactée par notre rédaction, son équipe dément formellement: «Mme Roussel n'a jamais tenu ces propos, ni en public ni en privé. Il s'agit d'un montage grossier, et nous envisageons de porter plainte.» Aucune trace de cette phrase ne figure dans ses interventions publiques recensées depuis sa nomination.\n\n"
"Interrogée le 14 mars sur France Inter sur le financement des retraites, Élisabeth Roussel avait déclaré que la réforme posait «une question de justice entre les générations». «Je ne demanderai pas aux retraités modestes de payer pour les erreurs du passé», avait-elle ajouté. Des propos à l'opposé de ceux que lui prête la publication.\n\n"
"La phrase virale existe bel et bien, mais elle a été prononcée par Gérard Poullain, candidat divers droite aux élections législatives de 2022 dans la Haute-Saône, et non par la ministre. Une vidéo d'une réunion publique tenue à Vesoul le 3 juin 2022, filmée par un militant, permet de l'entendre mot pour mot. Joint par téléphone, l'ancien candidat reconnaît: «J'ai dit ça, oui, et je l'ai regretté le soir même. C'était maladroit.» Il assure qu'il ignorait que sa phrase circulait sous le nom d'une ministre.\n\n"
"Ce type de détournement n'a rien de nouveau. Selon Yann Le Goff, chercheur au CNRS et spécialiste de la désinformation, une fausse citation «prospère parce qu'elle confirme ce que les gens pensent déjà». «Une phrase courte, un visage connu, une police blanche sur fond noir: le format fait le reste», résume-t-il.\n\n"
"Notre verdict: cette publication est «fausse». La citation est authentique, mais elle est attribuée à la mauvaise personne.\n")
ROU2 = ["Élisabeth Roussel", "Roussel", "ministre du Travail", "la ministre du Travail", "la ministre"]
POU = ["Gérard Poullain", "Poullain", "l'ancien candidat"]
LGF = ["Yann Le Goff", "Le Goff", "chercheur au CNRS"]
art("w123_factcheck_fausse_citation", "fact-check", "2027-11-22", t123, [
    ("Les retraités coûtent trop cher à la France, il faudra bien qu'ils fassent un effort.", "direct", POU),
    ("Elle l'a dit en direct à la télé, honte à elle", "direct", ["internaute", "un internaute"]),
    ("Mme Roussel n'a jamais tenu ces propos, ni en public ni en privé. Il s'agit d'un montage grossier, et nous envisageons de porter plainte.", "direct", ["son équipe", "équipe de la ministre", "équipe"] + ROU2),
    ("la réforme posait «une question de justice entre les générations»", "indirect", ROU2),
    ("une question de justice entre les générations", "partial", ROU2),
    ("Je ne demanderai pas aux retraités modestes de payer pour les erreurs du passé", "direct", ROU2),
    ("J'ai dit ça, oui, et je l'ai regretté le soir même. C'était maladroit.", "direct", POU),
    ("il ignorait que sa phrase circulait sous le nom d'une ministre", "indirect", POU),
    ("une fausse citation «prospère parce qu'elle confirme ce que les gens pensent déjà»", "indirect", LGF),
    ("prospère parce qu'elle confirme ce que les gens pensent déjà", "partial", LGF),
    ("Une phrase courte, un visage connu, une police blanche sur fond noir: le format fait le reste", "direct", LGF),
])

# batch 24
# 124-128. one invented diplomatic-military event: France announces the end of its military
# presence in the (invented) Tandara, a Sahel country run by transitional authorities (the Élysée's
# communiqué, the government's own communiqué read on state television by its spokesman with
# other words, a phone call between the two presidents, the armed forces ministry, the African
# Union), told by five outlets. Each article's gold is independent.
ELY24 = ["Élysée", "l'Élysée", "présidence française", "la présidence française", "présidence", "la présidence", "Paris", "France", "la France"]
ARN24 = ["Philippe Arnaud", "Arnaud", "chef de l'État", "le chef de l'État", "président français", "le président français", "président Arnaud", "le président Arnaud"] + ELY24
GOV24 = ["autorités de transition", "les autorités de transition", "gouvernement", "le gouvernement", "gouvernement tandarais", "le gouvernement tandarais", "gouvernement de transition", "le gouvernement de transition", "Koumbala", "Tandara", "le Tandara", "junte", "la junte", "communiqué", "le communiqué", "texte", "le texte"]
SAN24 = ["Abdoulaye Sanogo", "Sanogo", "porte-parole du gouvernement", "le porte-parole du gouvernement", "ministre de la Communication", "le ministre de la Communication", "porte-parole", "le porte-parole"]
ARM24 = ["ministère des Armées", "le ministère des Armées", "ministère", "le ministère", "Catherine Vidal", "Vidal", "ministre des Armées", "la ministre des Armées"]
UA24 = ["Union africaine", "l'Union africaine", "UA", "l'UA", "Commission de l'Union africaine", "la Commission de l'Union africaine", "Ahmed Ould Salem", "Ould Salem", "président de la Commission de l'Union africaine", "le président de la Commission de l'Union africaine", "président de la Commission", "président de sa Commission"]

# 124. a French international radio's site, guillemets with no-break spaces: an operation's name
# in marks (no quote), the Élysée's communiqué in two que clauses (« indique que … et que … »), the
# head of State at a press conference, « Selon la présidence, » then a postposed « précise
# l'Élysée », the host government's communiqué read on television (« c'est le Tandara qui « … » »,
# « estimant que », « a-t-il ajouté »), the ministry in two que clauses, the AU in partials
o, c = "«" + NB, NB + "»"
t124 = (
"Tandara : la France annonce la fin de sa présence militaire\n\n"
f"Paris a annoncé jeudi 10 juin le départ, d'ici à la fin de l'année, des quelque 900 militaires français stationnés au Tandara dans le cadre de l'opération {o}Acacia{c}. C'est la fin de plus de dix ans de présence militaire française dans ce pays sahélien, dirigé depuis le coup d'État de 2025 par une junte.\n\n"
f"Dans un communiqué publié en fin de matinée, l'Élysée indique que {o}la France a pris acte de la volonté des autorités de transition de redéfinir leur partenariat de défense{c} et que le retrait se fera {o}dans l'ordre et la sécurité{c}, en coordination avec les forces tandaraises.\n\n"
f"{o}Ce n'est pas un abandon. La France reste l'amie du peuple tandarais et continuera de l'accompagner dans l'éducation, la santé et l'accès à l'eau{c}, a déclaré le chef de l'État, Philippe Arnaud, lors d'une conférence de presse commune avec le Premier ministre ivoirien, en visite à Paris.\n\n"
f"Selon la présidence, Philippe Arnaud s'est entretenu mercredi au téléphone avec le général Issa Kondé, président de la transition. Les deux hommes sont convenus d'un calendrier de retrait {o}concerté{c}, précise l'Élysée, qui n'a pas donné davantage de détails sur la teneur de l'échange.\n\n"
f"À Koumbala, le ton est tout autre. Dans un communiqué lu mercredi soir à la télévision nationale, le porte-parole du gouvernement, Abdoulaye Sanogo, a affirmé que c'est le Tandara qui {o}a exigé le départ des forces françaises{c}, estimant que leur présence {o}ne répondait plus aux aspirations profondes du peuple{c}. {o}Le Tandara est un État souverain. Il choisit librement ses partenaires et n'a de leçons à recevoir de personne{c}, a-t-il ajouté.\n\n"
"Le ministère des Armées a précisé que les premiers convois quitteraient la base de Sirakoro dès le mois de juillet et que le matériel lourd serait rapatrié par voie aérienne et par le port d'Abidjan. Environ 200 soldats doivent rester jusqu'en décembre pour fermer les dernières emprises.\n\n"
f"À Addis-Abeba, le président de la Commission de l'Union africaine, Ahmed Ould Salem, a {o}pris note{c} de la décision et appelé les deux pays à préserver {o}un dialogue franc et respectueux{c}.\n\n"
"La France comptait encore près de 5 000 soldats au Sahel en 2022. Après le Mali, le Burkina Faso et le Niger, le Tandara est le quatrième pays de la région à obtenir leur départ.\n")
art("w124_rfi_tandara", "international radio", "2027-06-10", t124, [
    (f"la France a pris acte de la volonté des autorités de transition de redéfinir leur partenariat de défense{c} et que le retrait se fera {o}dans l'ordre et la sécurité{c}, en coordination avec les forces tandaraises", "indirect", ELY24),
    ("la France a pris acte de la volonté des autorités de transition de redéfinir leur partenariat de défense", "partial", ELY24),
    ("dans l'ordre et la sécurité", "partial", ELY24),
    ("Ce n'est pas un abandon. La France reste l'amie du peuple tandarais et continuera de l'accompagner dans l'éducation, la santé et l'accès à l'eau", "direct", ARN24),
    ("Philippe Arnaud s'est entretenu mercredi au téléphone avec le général Issa Kondé, président de la transition", "indirect", ELY24),
    (f"Les deux hommes sont convenus d'un calendrier de retrait {o}concerté{c}", "indirect", ELY24),
    ("concerté", "partial", ELY24),
    (f"c'est le Tandara qui {o}a exigé le départ des forces françaises{c}", "indirect", SAN24 + GOV24),
    ("a exigé le départ des forces françaises", "partial", SAN24 + GOV24),
    (f"leur présence {o}ne répondait plus aux aspirations profondes du peuple{c}", "indirect", SAN24 + GOV24),
    ("ne répondait plus aux aspirations profondes du peuple", "partial", SAN24 + GOV24),
    ("Le Tandara est un État souverain. Il choisit librement ses partenaires et n'a de leçons à recevoir de personne", "direct", SAN24 + GOV24),
    ("les premiers convois quitteraient la base de Sirakoro dès le mois de juillet et que le matériel lourd serait rapatrié par voie aérienne et par le port d'Abidjan", "indirect", ARM24),
    ("pris note", "partial", UA24),
    ("un dialogue franc et respectueux", "partial", UA24),
])

# 125. a national daily's analysis in curly marks, with a byline: the article opens on a
# fragment in marks (« “Un partenariat rénové.” C'est ainsi que l'Élysée a présenté »), the head
# of State in two que clauses with partials, « Selon son entourage, » with the Élysée's words
# « qualifié de “…” par l'Élysée » inside, an altered version of the communiqué after « Paris dit
# avoir », the host government's communiqué (« affirme que les autorités ont “…” »), its spokesman
# (« a nuancé »), an anonymous officer (« explique un officier … »), an operation's name in marks,
# a researcher (« Pour X, », « résume-t-elle »), the AU (« a souhaité que »)
o, c = "“", "”"
t125 = (
"Au Tandara, la France plie bagage après onze ans de présence militaire\n\n"
"Par Julien Ferrand\n\n"
f"{o}Un partenariat rénové.{c} C'est ainsi que l'Élysée a présenté jeudi ce qui ressemble fort à un départ contraint : la fin, d'ici au 31 décembre, de la présence des quelque 900 militaires français au Tandara, pays enclavé du Sahel gouverné depuis deux ans par une junte.\n\n"
f"Le chef de l'État, Philippe Arnaud, a assuré que la France {o}ne partait pas fâchée{c} et qu'elle resterait {o}aux côtés du peuple tandarais{c}. Selon son entourage, le président a tenu à annoncer lui-même la décision après son entretien téléphonique de mercredi avec le général Issa Kondé, qualifié de {o}franc et cordial{c} par l'Élysée. Paris dit avoir {o}pris acte de la volonté des autorités tandaraises de revoir le partenariat de défense{c}.\n\n"
f"Koumbala raconte une autre histoire. Le communiqué du gouvernement de transition, lu mercredi soir sur la RTT, la télévision d'État, affirme que les autorités ont {o}exigé et obtenu{c} le départ des troupes françaises, {o}conformément à la volonté souveraine du peuple{c}. {o}Nous n'avons chassé personne. Nous avons simplement demandé à nos partenaires de respecter nos choix{c}, a nuancé jeudi le porte-parole du gouvernement, Abdoulaye Sanogo, sur une radio privée.\n\n"
f"Au ministère des Armées, on insiste sur la dimension logistique du désengagement. {o}Retirer 900 hommes et leurs équipements d'un pays sans accès à la mer prend du temps. Nous le ferons sans précipitation{c}, explique un officier de l'état-major, qui a requis l'anonymat. Les blindés devraient rejoindre la Côte d'Ivoire par la route, sous escorte.\n\n"
f"Pour Awa Diarra, chercheuse à l'Institut d'études de sécurité, ce retrait marque {o}la fin d'un cycle{c} ouvert en 2013 avec l'opération {o}Serval{c} au Mali. {o}Paris a perdu la bataille des récits bien avant de perdre ses bases. Les juntes ont su faire du départ des Français une promesse politique{c}, résume-t-elle.\n\n"
f"L'Union africaine, par la voix du président de sa Commission, Ahmed Ould Salem, a souhaité que la transition sécuritaire se fasse {o}sans créer de vide dont profiteraient les groupes armés{c}. Une inquiétude partagée par les voisins côtiers du Tandara, qui redoutent une extension des attaques jihadistes vers le golfe de Guinée.\n")
ENT25 = ["entourage", "son entourage", "entourage du président", "entourage du chef de l'État"]
DIA25 = ["Awa Diarra", "Diarra", "chercheuse à l'Institut d'études de sécurité", "chercheuse"]
art("w125_quotidien_tandara", "national", "2027-06-11", t125, [
    ("Un partenariat rénové.", "partial", ELY24),
    (f"la France {o}ne partait pas fâchée{c} et qu'elle resterait {o}aux côtés du peuple tandarais{c}", "indirect", ARN24),
    ("ne partait pas fâchée", "partial", ARN24),
    ("aux côtés du peuple tandarais", "partial", ARN24),
    (f"le président a tenu à annoncer lui-même la décision après son entretien téléphonique de mercredi avec le général Issa Kondé, qualifié de {o}franc et cordial{c} par l'Élysée", "indirect", ENT25),
    ("franc et cordial", "partial", ELY24),
    ("pris acte de la volonté des autorités tandaraises de revoir le partenariat de défense", "partial", ELY24),
    (f"les autorités ont {o}exigé et obtenu{c} le départ des troupes françaises, {o}conformément à la volonté souveraine du peuple{c}", "indirect", GOV24 + SAN24),
    ("exigé et obtenu", "partial", GOV24 + SAN24),
    ("conformément à la volonté souveraine du peuple", "partial", GOV24 + SAN24),
    ("Nous n'avons chassé personne. Nous avons simplement demandé à nos partenaires de respecter nos choix", "direct", SAN24),
    ("Retirer 900 hommes et leurs équipements d'un pays sans accès à la mer prend du temps. Nous le ferons sans précipitation", "direct", ["officier de l'état-major", "un officier de l'état-major", "officier", "un officier"]),
    (f"ce retrait marque {o}la fin d'un cycle{c} ouvert en 2013 avec l'opération {o}Serval{c} au Mali", "indirect", DIA25),
    ("la fin d'un cycle", "partial", DIA25),
    ("Paris a perdu la bataille des récits bien avant de perdre ses bases. Les juntes ont su faire du départ des Français une promesse politique", "direct", DIA25),
    (f"la transition sécuritaire se fasse {o}sans créer de vide dont profiteraient les groupes armés{c}", "indirect", UA24),
    ("sans créer de vide dont profiteraient les groupes armés", "partial", UA24),
])

# 126. a Pan-African outlet in the host capital, straight marks: a headline repeating a body
# quote (not annotated), the government's communiqué read by its spokesman (« le gouvernement
# "…" », « Le texte salue une "…" et affirme que »), the spokesman reached by the paper
# (« a-t-il déclaré », « Selon lui, » with partials inside), Paris's words (« L'Élysée parle d'un
# "…" et assure que »), a collective's name in marks (no quote), a trader (« confie X,
# commerçant »), the AU's communiqué (« a appelé "…" à veiller à ce que … "…" »)
t126 = (
"Retrait des forces françaises : Koumbala salue une \"victoire de la souveraineté\"\n\n"
"KOUMBALA - Les autorités de transition ont officiellement annoncé mercredi soir la fin de la coopération militaire avec la France. Dans un communiqué lu au journal de 20 heures de la Radiodiffusion télévision tandaraise (RTT) par le ministre de la Communication, porte-parole du gouvernement, Abdoulaye Sanogo, le gouvernement \"exige le retrait de l'ensemble des forces françaises du territoire national au plus tard le 31 décembre\".\n\n"
"Le texte salue une \"victoire de la souveraineté\" et affirme que le peuple tandarais \"n'acceptera plus aucune tutelle, d'où qu'elle vienne\". Il remercie les forces de défense et de sécurité pour leur \"sacrifice\" et appelle la population au calme.\n\n"
"Joint par notre rédaction jeudi matin, Abdoulaye Sanogo a tenu à préciser la position du gouvernement. \"Ce n'est pas la France qui part, c'est le Tandara qui a décidé. Il faut que les choses soient claires pour tout le monde\", a-t-il déclaré. Selon lui, le président de la transition, le général Issa Kondé, a informé son homologue français de cette décision \"dès mardi\", lors d'un échange téléphonique \"franc\".\n\n"
"A Paris, on présente les choses autrement. L'Elysée parle d'un \"partenariat à redéfinir\" et assure que la France \"reste l'amie du peuple tandarais\". Le président français, Philippe Arnaud, a évoqué jeudi un départ décidé \"d'un commun accord\".\n\n"
"Dans les rues de Koumbala, la nouvelle a été accueillie avec enthousiasme. Plusieurs centaines de membres du collectif \"Tandara Debout\" se sont rassemblés jeudi devant l'ancienne base française de Sirakoro, drapeaux nationaux à la main. \"On attendait ça depuis longtemps. Maintenant, il faut que nos soldats soient bien équipés pour tenir le terrain\", confie Mamadou Coulibaly, commerçant au grand marché.\n\n"
"Dans un communiqué publié à Addis-Abeba, la Commission de l'Union africaine a appelé \"toutes les parties\" à veiller à ce que ce retrait \"ne compromette pas la lutte contre le terrorisme dans la région\".\n")
ELY26 = ELY24 + ["Elysée", "l'Elysée"]
art("w126_panafricain_tandara", "Pan-African", "2027-06-11", t126, [
    ("exige le retrait de l'ensemble des forces françaises du territoire national au plus tard le 31 décembre", "partial", GOV24 + SAN24),
    ("victoire de la souveraineté", "partial", GOV24 + SAN24, 1),
    ("le peuple tandarais \"n'acceptera plus aucune tutelle, d'où qu'elle vienne\"", "indirect", GOV24 + SAN24),
    ("n'acceptera plus aucune tutelle, d'où qu'elle vienne", "partial", GOV24 + SAN24),
    ("sacrifice", "partial", GOV24 + SAN24),
    ("Ce n'est pas la France qui part, c'est le Tandara qui a décidé. Il faut que les choses soient claires pour tout le monde", "direct", SAN24),
    ("le président de la transition, le général Issa Kondé, a informé son homologue français de cette décision \"dès mardi\", lors d'un échange téléphonique \"franc\"", "indirect", SAN24),
    ("dès mardi", "partial", SAN24),
    ("franc", "partial", SAN24),
    ("partenariat à redéfinir", "partial", ELY26),
    ("la France \"reste l'amie du peuple tandarais\"", "indirect", ELY26),
    ("reste l'amie du peuple tandarais", "partial", ELY26),
    ("d'un commun accord", "partial", ARN24 + ["Elysée", "l'Elysée"]),
    ("On attendait ça depuis longtemps. Maintenant, il faut que nos soldats soient bien équipés pour tenir le terrain", "direct", ["Mamadou Coulibaly", "Coulibaly", "commerçant"]),
    ("toutes les parties", "partial", UA24),
    ("ne compromette pas la lutte contre le terrorisme dans la région", "partial", UA24),
])

# 127. a live blog with time stamps, newest first, guillemets with no space: the AU in partials
# (« dit compter sur … pour «…» »), « Selon un communiqué du ministère, » then the minister
# « a précisé » postposed, the head of State's words leading the entry (« «…», insiste le chef de
# l'État »), « a répété que », the spokesman (« Koumbala «…», a lancé X » and « qualifié … de
# «…» »), the call (« selon la présidence française »), « Selon l'agence officielle », a « À lire
# aussi » title in marks, the Élysée's communiqué in partials (« affirme avoir «…» »)
t127 = (
"DIRECT - Fin de la présence militaire française au Tandara : suivez les dernières informations\n\n"
"19h12 - L'Union africaine réagit à son tour. Le président de sa Commission, Ahmed Ould Salem, «prend acte» de la décision française et dit compter sur Paris et Koumbala pour «garantir la sécurité des populations civiles pendant la période de transition».\n\n"
"18h40 - Le ministère des Armées détaille le calendrier. Selon un communiqué du ministère, le retrait se fera en trois phases et s'achèvera «au plus tard le 31 décembre». Les 300 soldats de la base de Sirakoro seront les premiers à partir, a précisé la ministre des Armées, Catherine Vidal, sur LCI.\n\n"
"18h05 - «Ce n'est pas un abandon», insiste le chef de l'État. Lors d'une conférence de presse à l'Élysée, Philippe Arnaud a répété que la France «reste l'amie du peuple tandarais». «Nous continuerons à soutenir l'école, la santé, l'accès à l'eau. Nos liens ne se résument pas à des bases militaires», a-t-il ajouté.\n\n"
"17h30 - Le porte-parole du gouvernement tandarais s'est de nouveau exprimé sur la télévision nationale. Koumbala «n'a de leçons à recevoir de personne», a lancé Abdoulaye Sanogo, qui a qualifié le départ des troupes françaises de «victoire du peuple souverain».\n\n"
"16h50 - L'Élysée confirme un échange téléphonique mercredi entre Philippe Arnaud et le général Issa Kondé. Les deux présidents sont convenus d'un retrait «ordonné et concerté», selon la présidence française.\n\n"
"16h20 - Selon l'agence officielle tandaraise ATP, la junte a réuni en urgence le Conseil national de sécurité jeudi matin.\n\n"
"(À lire aussi : «Sahel : dix ans de présence militaire française en cartes»)\n\n"
"15h45 - Bonjour et bienvenue dans ce direct. La France a annoncé jeudi la fin de sa présence militaire au Tandara, où sont encore stationnés quelque 900 soldats. Dans son communiqué, l'Élysée affirme avoir «pris acte de la volonté des autorités de transition» et annonce un retrait «dans l'ordre et la sécurité». La veille au soir, le gouvernement tandarais avait lui-même réclamé, à la télévision d'État, le départ des forces françaises avant la fin de l'année.\n")
ATP27 = ["ATP", "agence officielle tandaraise", "l'agence officielle tandaraise", "agence ATP", "l'agence ATP"]
art("w127_direct_tandara", "live", "2027-06-10", t127, [
    ("prend acte", "partial", UA24),
    ("garantir la sécurité des populations civiles pendant la période de transition", "partial", UA24),
    ("le retrait se fera en trois phases et s'achèvera «au plus tard le 31 décembre»", "indirect", ARM24),
    ("au plus tard le 31 décembre", "partial", ARM24),
    ("Les 300 soldats de la base de Sirakoro seront les premiers à partir", "indirect", ARM24),
    ("Ce n'est pas un abandon", "direct", ARN24),
    ("la France «reste l'amie du peuple tandarais»", "indirect", ARN24),
    ("reste l'amie du peuple tandarais", "partial", ARN24),
    ("Nous continuerons à soutenir l'école, la santé, l'accès à l'eau. Nos liens ne se résument pas à des bases militaires", "direct", ARN24),
    ("Koumbala «n'a de leçons à recevoir de personne»", "indirect", SAN24),
    ("n'a de leçons à recevoir de personne", "partial", SAN24),
    ("victoire du peuple souverain", "partial", SAN24),
    ("Les deux présidents sont convenus d'un retrait «ordonné et concerté»", "indirect", ELY24),
    ("ordonné et concerté", "partial", ELY24),
    ("la junte a réuni en urgence le Conseil national de sécurité jeudi matin", "indirect", ATP27),
    ("pris acte de la volonté des autorités de transition", "partial", ELY24),
    ("dans l'ordre et la sécurité", "partial", ELY24),
])

# 128. a Swiss daily, guillemets with narrow no-break spaces: the Élysée's communiqué in one-word
# partials (« évoque un partenariat à «…» »), the president (« pour assurer que »), the spokesman
# reading the communiqué (« Le Tandara a «…», a affirmé X, lisant un communiqué »), « Le communiqué
# précise que … et que … », Bern's foreign affairs department (« a indiqué suivre … «…» »), a
# Geneva scholar (« analyse X », « Selon lui, »), the AU's « communiqué prudent, appelant à »,
# the ministry (« a fait savoir que »)
o, c = "«" + NN, NN + "»"
t128 = (
"Le Tandara tourne la page de la présence militaire française\n\n"
"La France va retirer d'ici à la fin de l'année ses quelque 900 soldats du Tandara. L'annonce, faite jeudi par l'Élysée, intervient après des mois de tensions avec la junte au pouvoir à Koumbala, qui réclamait ce départ depuis l'été dernier. Ouvertes en 2014, les emprises françaises du pays ont accueilli jusqu'à 1 500 militaires au plus fort de la lutte contre les groupes jihadistes.\n\n"
f"Le communiqué de la présidence française évoque un partenariat de défense à {o}redéfinir{c} et promet un retrait {o}ordonné{c}. Le président français, Philippe Arnaud, a lui-même pris la parole pour assurer que ce départ n'était {o}pas un abandon{c}.\n\n"
f"Les autorités de transition ont, elles, choisi la télévision d'État pour revendiquer la décision. Le Tandara a {o}mis fin à une présence devenue inutile et humiliante{c}, a affirmé le porte-parole du gouvernement, Abdoulaye Sanogo, lisant un communiqué. Le communiqué précise que les deux chefs d'État se sont parlé au téléphone mercredi et que le général Issa Kondé a {o}signifié{c} à son homologue la décision {o}irrévocable{c} du peuple tandarais.\n\n"
f"À Berne, le Département fédéral des affaires étrangères (DFAE) a indiqué suivre la situation {o}avec attention{c}. La Suisse finance plusieurs programmes de développement au Tandara, notamment dans la région de Dorané, et n'entend pas les interrompre.\n\n"
f"{o}La France n'a pas été chassée militairement, elle l'a été politiquement. C'est une différence importante, mais le résultat est le même{c}, analyse Jean-Marc Bühler, spécialiste du Sahel à l'Institut de hautes études internationales et du développement, à Genève. Selon lui, le retrait risque de laisser le champ libre à d'autres partenaires, russes ou turcs, déjà très présents dans la région.\n\n"
f"L'Union africaine s'est contentée d'un communiqué prudent, appelant à un dialogue {o}franc et respectueux{c} entre Paris et Koumbala. Quant au ministère des Armées, il a fait savoir que les forces françaises pourraient continuer à former des militaires tandarais {o}si les autorités du pays le souhaitent{c}.\n")
BUH28 = ["Jean-Marc Bühler", "Bühler", "spécialiste du Sahel"]
art("w128_suisse_tandara", "Swiss daily", "2027-06-11", t128, [
    ("redéfinir", "partial", ELY24),
    ("ordonné", "partial", ELY24),
    (f"ce départ n'était {o}pas un abandon{c}", "indirect", ARN24),
    ("pas un abandon", "partial", ARN24),
    (f"Le Tandara a {o}mis fin à une présence devenue inutile et humiliante{c}", "indirect", SAN24 + GOV24),
    ("mis fin à une présence devenue inutile et humiliante", "partial", SAN24 + GOV24),
    (f"les deux chefs d'État se sont parlé au téléphone mercredi et que le général Issa Kondé a {o}signifié{c} à son homologue la décision {o}irrévocable{c} du peuple tandarais", "indirect", GOV24 + SAN24),
    ("signifié", "partial", GOV24 + SAN24),
    ("irrévocable", "partial", GOV24 + SAN24),
    ("avec attention", "partial", ["DFAE", "Département fédéral des affaires étrangères", "le Département fédéral des affaires étrangères", "Berne"]),
    ("La France n'a pas été chassée militairement, elle l'a été politiquement. C'est une différence importante, mais le résultat est le même", "direct", BUH28),
    ("le retrait risque de laisser le champ libre à d'autres partenaires, russes ou turcs, déjà très présents dans la région", "indirect", BUH28),
    ("franc et respectueux", "partial", UA24),
    (f"les forces françaises pourraient continuer à former des militaires tandarais {o}si les autorités du pays le souhaitent{c}", "indirect", ARM24),
    ("si les autorités du pays le souhaitent", "partial", ARM24),
])

# batch 25
# 129-133. one invented UN Security Council vote: Russia vetoes a French draft resolution asking for
# an international inquiry into the (invented) massacre of Dioura in central Mali, China abstains;
# the permanent members' ambassadors, the Secretary-General through her spokesman, Mali's
# representative, NGOs, told by five outlets. Each article's gold is independent.
POL25 = ["Dmitri Poliakov", "Poliakov", "ambassadeur russe à l'ONU", "l'ambassadeur russe à l'ONU", "ambassadeur russe", "l'ambassadeur russe", "représentant de la Fédération de Russie", "le représentant de la Fédération de Russie", "Fédération de Russie", "Russie", "la Russie", "Moscou"]
AUB25 = ["Claire Aubertin", "Aubertin", "ambassadrice de France", "l'ambassadrice de France", "représentante de la France", "sa représentante", "France", "la France", "Paris"]
HAR25 = ["Linda Harper", "Harper", "représentante américaine", "la représentante américaine", "représentante des États-Unis", "leur représentante", "États-Unis", "les États-Unis", "Washington"]
LIU25 = ["Liu Jun", "représentant chinois", "le représentant chinois", "représentant de la Chine", "le représentant de la Chine", "son représentant", "Chine", "la Chine", "Pékin"]
KON25 = ["Issa Konaté", "Konaté", "représentant du Mali", "le représentant du Mali", "représentant malien", "le représentant malien", "son représentant", "Mali", "le Mali", "Bamako"]
SGV25 = ["Jonas Berg", "Berg", "porte-parole", "son porte-parole", "porte-parole de la secrétaire générale", "le porte-parole de la secrétaire générale", "porte-parole du Secrétaire général", "Elena Vargas", "Vargas", "secrétaire générale", "la secrétaire générale", "secrétaire générale de l'ONU", "la secrétaire générale de l'ONU", "Secrétaire générale", "ONU", "Nations unies"]
HRW25 = ["Human Rights Watch", "l'ONG Human Rights Watch", "ONG", "l'ONG"]

# 129. wire copy, guillemets with no-break spaces: the draft's title in marks (no quote), « a lancé
# devant le Conseil l'ambassadeur russe à l'ONU », « a accusé Paris de vouloir « … » », « a déploré »,
# a participle « assurant que », a quote fronted before « a réagi », « a justifié l'abstention de
# Pékin par », an incise inside the writer's clause (« La Chine, a-t-il dit, soutient « … » »), the
# Secretary-General's words relayed by her spokesman, « Selon l'ONG … », a diplomat postposed
o, c = "«" + NB, NB + "»"
t129 = (
"New York (Nations unies), 1er décembre 2027 (AFP) - La Russie a opposé mercredi son veto à un projet de résolution du Conseil de sécurité qui exigeait une enquête internationale indépendante sur le massacre de Dioura, dans le centre du Mali, où au moins 140 civils ont été tués fin octobre.\n\n"
f"Le texte, rédigé par la France et intitulé {o}Protection des civils et lutte contre l'impunité au Mali{c}, a recueilli treize voix pour. La Chine s'est abstenue.\n\n"
f"{o}Ce projet n'a jamais eu pour but de protéger les Maliens. Il a pour but de faire le procès d'un gouvernement souverain et de ses partenaires{c}, a lancé devant le Conseil l'ambassadeur russe à l'ONU, Dmitri Poliakov. Il a accusé Paris de vouloir {o}revenir par la fenêtre{c} au Mali, dont l'armée française s'est retirée en 2022.\n\n"
f"L'ambassadrice de France, Claire Aubertin, a déploré {o}un jour sombre pour ce Conseil{c}. {o}Cent quarante civils ont été tués, dont des femmes et des enfants. Tout ce que nous demandions, c'était la vérité{c}, a-t-elle déclaré après le vote, assurant que la France ne renoncerait pas à faire établir les responsabilités.\n\n"
f"{o}Moscou protège ses mercenaires, point final{c}, a réagi la représentante américaine, Linda Harper, qui a dénoncé un veto {o}cynique{c}.\n\n"
f"Le représentant chinois, Liu Jun, a justifié l'abstention de Pékin par le refus de {o}toute ingérence dans les affaires intérieures{c} du Mali. La Chine, a-t-il dit, soutient {o}les efforts des autorités maliennes pour établir elles-mêmes les faits{c}.\n\n"
f"Le représentant du Mali, Issa Konaté, a salué pour sa part {o}la position courageuse{c} de la Russie et affirmé que la commission d'enquête nationale rendrait ses conclusions {o}avant la fin de l'année{c}.\n\n"
f"La secrétaire générale de l'ONU, Elena Vargas, {o}regrette profondément{c} l'absence d'accord au sein du Conseil, a indiqué son porte-parole, Jonas Berg. {o}Les victimes de Dioura et leurs familles ont droit à la justice. La secrétaire générale continuera de plaider pour une enquête crédible et indépendante{c}, a-t-il ajouté lors du point de presse quotidien.\n\n"
"Selon l'ONG Human Rights Watch, les victimes ont été exécutées par des soldats maliens et des membres du groupe paramilitaire russe Africa Corps. Bamako dément toute exaction.\n\n"
"C'est la troisième fois depuis 2024 que Moscou bloque un texte sur le Mali au Conseil de sécurité, a rappelé un diplomate européen sous couvert d'anonymat.\n")
art("w129_wire_veto_mali", "wire", "2027-12-01", t129, [
    ("Ce projet n'a jamais eu pour but de protéger les Maliens. Il a pour but de faire le procès d'un gouvernement souverain et de ses partenaires", "direct", POL25),
    ("revenir par la fenêtre", "partial", POL25),
    ("un jour sombre pour ce Conseil", "partial", AUB25),
    ("Cent quarante civils ont été tués, dont des femmes et des enfants. Tout ce que nous demandions, c'était la vérité", "direct", AUB25),
    ("la France ne renoncerait pas à faire établir les responsabilités", "indirect", AUB25),
    ("Moscou protège ses mercenaires, point final", "direct", HAR25),
    ("cynique", "partial", HAR25),
    ("toute ingérence dans les affaires intérieures", "partial", LIU25),
    (f"La Chine, a-t-il dit, soutient {o}les efforts des autorités maliennes pour établir elles-mêmes les faits{c}", "indirect", LIU25),
    ("les efforts des autorités maliennes pour établir elles-mêmes les faits", "partial", LIU25),
    ("la position courageuse", "partial", KON25),
    (f"la commission d'enquête nationale rendrait ses conclusions {o}avant la fin de l'année{c}", "indirect", KON25),
    ("avant la fin de l'année", "partial", KON25),
    (f"La secrétaire générale de l'ONU, Elena Vargas, {o}regrette profondément{c} l'absence d'accord au sein du Conseil", "indirect", SGV25),
    ("regrette profondément", "partial", SGV25),
    ("Les victimes de Dioura et leurs familles ont droit à la justice. La secrétaire générale continuera de plaider pour une enquête crédible et indépendante", "direct", SGV25),
    ("les victimes ont été exécutées par des soldats maliens et des membres du groupe paramilitaire russe Africa Corps", "indirect", HRW25),
    ("C'est la troisième fois depuis 2024 que Moscou bloque un texte sur le Mali au Conseil de sécurité", "indirect", ["diplomate européen", "un diplomate européen"]),
])

# 130. the UN's own French news service style, guillemets with narrow no-break spaces: « Selon le
# texte, » for what the draft would have required (a fragment of the draft in marks), an Under-
# Secretary-General's briefing, explanations of vote by unnamed representatives (« le représentant
# de la Fédération de Russie », « sa représentante », « a-t-il expliqué », « selon lui » inside the
# clause), « Leur représentante a jugé que », the spokesman « a déclaré … que »
o, c = "«" + NN, NN + "»"
t130 = (
"Mali : le Conseil de sécurité n'adopte pas le projet de résolution sur une enquête à Dioura\n\n"
"1er décembre 2027 — Paix et sécurité\n\n"
"Le Conseil de sécurité n'a pas adopté mercredi un projet de résolution qui aurait demandé la création d'une commission d'enquête internationale sur les violences commises à Dioura, au Mali, en raison du vote négatif de la Fédération de Russie, membre permanent. Le texte a recueilli 13 voix pour, une voix contre (Fédération de Russie) et une abstention (Chine).\n\n"
f"Selon le texte, présenté par la France, les Quinze auraient exigé que toutes les parties {o}cessent immédiatement les attaques contre les civils{c} et que le Secrétaire général établisse, dans un délai de trente jours, une commission d'enquête indépendante.\n\n"
f"Avant le vote, la Secrétaire générale adjointe aux affaires politiques et à la consolidation de la paix, Rosa Mendes, a informé le Conseil de la situation sur le terrain. {o}À Dioura, des familles entières ont été tuées dans leurs maisons. Les survivants que nos équipes ont rencontrés décrivent des scènes d'une extrême brutalité{c}, a-t-elle déclaré. Elle a indiqué que l'accès humanitaire à la région restait {o}extrêmement limité{c}.\n\n"
"Explications de vote\n\n"
f"Prenant la parole après le vote, le représentant de la Fédération de Russie a estimé que le texte, {o}politisé{c}, sapait les efforts des autorités de transition. {o}Nous ne pouvons pas accepter qu'une enquête soit imposée à un État souverain sans son consentement{c}, a-t-il expliqué.\n\n"
f"La France, porte-plume sur le dossier malien, a regretté ce vote. {o}La lutte contre l'impunité n'est pas une ingérence : c'est la condition d'une paix durable{c}, a déclaré sa représentante, qui a rappelé que le projet avait été amendé à trois reprises pour tenir compte des préoccupations exprimées.\n\n"
f"Le représentant de la Chine a expliqué que son pays s'était abstenu parce que le texte ne bénéficiait pas de l'appui du pays concerné. Le Conseil doit, selon lui, {o}privilégier le dialogue et la coopération{c}.\n\n"
f"Les États-Unis ont voté pour. Leur représentante a jugé que le veto russe envoyait {o}un message glaçant{c} aux victimes.\n\n"
f"Le représentant du Mali a, quant à lui, rejeté {o}toute tentative d'internationaliser{c} l'enquête. {o}Le Mali n'a de leçon à recevoir de personne. La justice malienne fera son travail{c}, a-t-il assuré.\n\n"
f"Lors du point de presse quotidien, le porte-parole du Secrétaire général, Jonas Berg, a déclaré que la Secrétaire générale prenait note du résultat du vote et restait {o}disposée à appuyer{c} toute enquête crédible.\n\n"
"Conformément à la résolution 76/262 de l'Assemblée générale, le Président de l'Assemblée convoquera dans les dix jours ouvrables une séance consacrée à l'utilisation du veto.\n")
MEN25 = ["Rosa Mendes", "Mendes", "Secrétaire générale adjointe aux affaires politiques et à la consolidation de la paix", "Secrétaire générale adjointe", "la Secrétaire générale adjointe"]
art("w130_onu_info_veto_mali", "un news", "2027-12-01", t130, [
    (f"les Quinze auraient exigé que toutes les parties {o}cessent immédiatement les attaques contre les civils{c} et que le Secrétaire général établisse, dans un délai de trente jours, une commission d'enquête indépendante", "indirect", ["texte", "le texte", "projet de résolution", "le projet de résolution", "France", "la France"]),
    ("cessent immédiatement les attaques contre les civils", "partial", ["texte", "le texte", "projet de résolution", "le projet de résolution", "France", "la France"]),
    ("À Dioura, des familles entières ont été tuées dans leurs maisons. Les survivants que nos équipes ont rencontrés décrivent des scènes d'une extrême brutalité", "direct", MEN25),
    (f"l'accès humanitaire à la région restait {o}extrêmement limité{c}", "indirect", MEN25),
    ("extrêmement limité", "partial", MEN25),
    (f"le texte, {o}politisé{c}, sapait les efforts des autorités de transition", "indirect", POL25),
    ("politisé", "partial", POL25),
    ("Nous ne pouvons pas accepter qu'une enquête soit imposée à un État souverain sans son consentement", "direct", POL25),
    ("La lutte contre l'impunité n'est pas une ingérence : c'est la condition d'une paix durable", "direct", AUB25),
    ("le projet avait été amendé à trois reprises pour tenir compte des préoccupations exprimées", "indirect", AUB25),
    ("son pays s'était abstenu parce que le texte ne bénéficiait pas de l'appui du pays concerné", "indirect", LIU25),
    (f"Le Conseil doit, selon lui, {o}privilégier le dialogue et la coopération{c}", "indirect", LIU25),
    ("privilégier le dialogue et la coopération", "partial", LIU25),
    (f"le veto russe envoyait {o}un message glaçant{c} aux victimes", "indirect", HAR25),
    ("un message glaçant", "partial", HAR25),
    ("toute tentative d'internationaliser", "partial", KON25),
    ("Le Mali n'a de leçon à recevoir de personne. La justice malienne fera son travail", "direct", KON25),
    (f"la Secrétaire générale prenait note du résultat du vote et restait {o}disposée à appuyer{c} toute enquête crédible", "indirect", SGV25),
    ("disposée à appuyer", "partial", SGV25),
])

# 131. a national daily's analysis in curly marks, with a byline: the draft's title in marks (no
# quote), a diplomat's label « qualifiait en privé de “…” », a member of the French delegation
# (« confie »), « a justifié le veto par “…” » and « a-t-il lancé devant le Conseil », Washington's
# reply (« Pour elle, »), a researcher (« relève », « analyse-t-elle »), a formula of Beijing's, Bamako's
# representative, « Selon Human Rights Watch, », « a déploré » an NGO's director, the
# Secretary-General's spokesman (« a fait savoir par la voix de son porte-parole qu' »), « espère-t-on
# à Paris »
o, c = "“", "”"
t131 = (
"Analyse. Au Conseil de sécurité, le veto russe enterre l'enquête sur Dioura\n\n"
"Par Julien Ferracci\n\n"
f"Il n'y aura pas d'enquête internationale sur Dioura, du moins pas par la voie du Conseil de sécurité. En opposant mercredi son veto au projet de résolution français, Moscou a rappelé qu'au Sahel, il entend désormais fixer seul les règles. Le texte, baptisé {o}Protection des civils et lutte contre l'impunité au Mali{c}, avait pourtant été édulcoré à plusieurs reprises, au point qu'un diplomate du Conseil le qualifiait en privé de {o}résolution minimale{c}.\n\n"
f"{o}Nous avons tout retiré, sauf l'essentiel : le mot enquête{c}, confie un membre de la délégation française, qui décrit des semaines de négociations {o}ligne par ligne{c} avec les Russes.\n\n"
f"À la table en fer à cheval, Dmitri Poliakov a fait le reste. L'ambassadeur russe à l'ONU a justifié le veto par {o}le respect de la souveraineté malienne{c}, avant de s'en prendre à Paris. {o}La France a perdu le Mali, elle voudrait maintenant le juger{c}, a-t-il lancé devant le Conseil, provoquant un murmure dans la salle.\n\n"
f"Washington a laissé à sa représentante, Linda Harper, le soin de répliquer. Pour elle, la Russie {o}se sert de son siège permanent pour couvrir les crimes de ses supplétifs{c}.\n\n"
f"L'abstention de Pékin était attendue. La Chine ne vote presque jamais contre la Russie sur les dossiers africains, mais elle évite aussi de s'associer à un veto, relève Mariam Diallo, chercheuse à l'Institut de relations internationales et stratégiques (Iris). {o}Pékin ménage Bamako, qui lui accorde des permis miniers, sans vouloir porter le poids politique du blocage{c}, analyse-t-elle. Le représentant chinois, Liu Jun, s'est contenté d'appeler à {o}une solution africaine aux problèmes africains{c}.\n\n"
f"Bamako, lui, a savouré. Son représentant, Issa Konaté, a dénoncé {o}l'acharnement{c} de la France et assuré que les militaires mis en cause seraient jugés au Mali {o}si les faits sont établis{c}.\n\n"
f"Reste la question des victimes. Selon Human Rights Watch, au moins 140 villageois, en majorité peuls, ont été exécutés en deux jours. {o}Chaque veto de ce type dit aux bourreaux qu'ils peuvent recommencer{c}, a déploré Sarah Lemaire, directrice du plaidoyer de l'ONG auprès des Nations unies.\n\n"
f"La secrétaire générale de l'ONU, Elena Vargas, a fait savoir par la voix de son porte-parole qu'elle restait {o}prête{c} à soutenir une enquête. Une déclaration de principe : sans mandat des Quinze, le Secrétariat n'a guère de moyens d'agir. L'Assemblée générale, qui doit débattre du veto dans les dix jours, pourrait prendre le relais, espère-t-on à Paris.\n")
DIA25 = ["Mariam Diallo", "Diallo", "chercheuse", "la chercheuse", "chercheuse à l'Institut de relations internationales et stratégiques"]
art("w131_analyse_veto_mali", "national daily", "2027-12-02", t131, [
    ("résolution minimale", "partial", ["diplomate du Conseil", "un diplomate du Conseil", "diplomate"]),
    ("Nous avons tout retiré, sauf l'essentiel : le mot enquête", "direct", ["membre de la délégation française", "un membre de la délégation française"]),
    ("ligne par ligne", "partial", ["membre de la délégation française", "un membre de la délégation française"]),
    ("le respect de la souveraineté malienne", "partial", POL25),
    ("La France a perdu le Mali, elle voudrait maintenant le juger", "direct", POL25),
    (f"la Russie {o}se sert de son siège permanent pour couvrir les crimes de ses supplétifs{c}", "indirect", HAR25),
    ("se sert de son siège permanent pour couvrir les crimes de ses supplétifs", "partial", HAR25),
    ("La Chine ne vote presque jamais contre la Russie sur les dossiers africains, mais elle évite aussi de s'associer à un veto", "indirect", DIA25),
    ("Pékin ménage Bamako, qui lui accorde des permis miniers, sans vouloir porter le poids politique du blocage", "direct", DIA25),
    ("une solution africaine aux problèmes africains", "partial", LIU25),
    ("l'acharnement", "partial", KON25),
    (f"les militaires mis en cause seraient jugés au Mali {o}si les faits sont établis{c}", "indirect", KON25),
    ("si les faits sont établis", "partial", KON25),
    ("au moins 140 villageois, en majorité peuls, ont été exécutés en deux jours", "indirect", HRW25),
    ("Chaque veto de ce type dit aux bourreaux qu'ils peuvent recommencer", "direct", ["Sarah Lemaire", "Lemaire", "directrice du plaidoyer de l'ONG"]),
    (f"elle restait {o}prête{c} à soutenir une enquête", "indirect", SGV25),
    ("prête", "partial", SGV25),
    ("L'Assemblée générale, qui doit débattre du veto dans les dix jours, pourrait prendre le relais", "indirect", ["Paris", "France"]),
])

# 132. a Canadian outlet, guillemets with no space inside: a headline repeating a quote of the body
# (not annotated), Ottawa's minister (« a qualifié … de «…» », « a-t-elle fait valoir par voie de
# communiqué », « La ministre a précisé que »), the Russian ambassador « selon l'interprétation
# officielle », « a dit ne pas comprendre «…» », « Selon le représentant chinois, X, » fronted, an
# NGO « en entrevue », the Malian diaspora in Montréal (« confie »), the spokesman « a déclaré que »
o, c = "«", "»"
t132 = (
"Veto russe à l'ONU : Ottawa dénonce un «recul pour la justice»\n\n"
"La Russie a bloqué mercredi, au Conseil de sécurité des Nations unies, un projet de résolution qui réclamait une enquête internationale sur la mort d'au moins 140 civils dans le village de Dioura, au Mali. Treize des quinze membres du Conseil ont voté en faveur du texte; la Chine s'est abstenue.\n\n"
f"À Ottawa, la ministre des Affaires étrangères, Geneviève Tremblay-Roy, a qualifié le veto russe de {o}recul pour la justice{c}. {o}Le Canada a soutenu ce texte dès le départ. Les familles de Dioura méritent des réponses, pas des manœuvres de procédure{c}, a-t-elle fait valoir par voie de communiqué. La ministre a précisé que le Canada verserait 3 millions de dollars supplémentaires à l'aide humanitaire au Mali.\n\n"
f"Devant le Conseil, l'ambassadeur russe Dmitri Poliakov a défendu son vote. {o}Nous ne laisserons pas ce Conseil devenir un tribunal au service des anciennes puissances coloniales{c}, a-t-il déclaré en russe, selon l'interprétation officielle.\n\n"
f"L'ambassadrice de France, Claire Aubertin, dont le pays avait rédigé le texte, a dit ne pas comprendre {o}ce que la Russie craint d'une enquête, si elle n'a rien à cacher{c}. La représentante américaine, Linda Harper, a pour sa part accusé Moscou d'avoir {o}du sang sur les mains{c}.\n\n"
f"Selon le représentant chinois, Liu Jun, le texte {o}ne tenait pas suffisamment compte{c} des positions du gouvernement malien, ce qui explique l'abstention de son pays. Le représentant malien, Issa Konaté, a quant à lui remercié la Russie et la Chine d'avoir {o}défendu la souveraineté du Mali{c}.\n\n"
f"{o}C'est un jour triste pour les victimes, mais ce n'est pas la fin{c}, a réagi en entrevue Nathalie Bouchard, directrice générale d'Amnistie internationale Canada francophone. Elle estime qu'Ottawa devrait maintenant appuyer une saisine de la Cour pénale internationale.\n\n"
f"Dans la communauté malienne de Montréal, la nouvelle a été accueillie avec amertume. {o}On savait que la Russie bloquerait. Mais ça fait mal quand même{c}, confie Moussa Traoré, président de l'Association des Maliens de Montréal, dont l'oncle habitait un village voisin de Dioura.\n\n"
f"À New York, le porte-parole de la secrétaire générale, Jonas Berg, a déclaré que l'ONU continuerait de documenter les violations des droits de la personne au Mali {o}avec les moyens dont elle dispose{c}.\n")
TRE25 = ["Geneviève Tremblay-Roy", "Tremblay-Roy", "ministre des Affaires étrangères", "la ministre des Affaires étrangères", "la ministre", "Ottawa", "Canada"]
BOU25 = ["Nathalie Bouchard", "Bouchard", "directrice générale d'Amnistie internationale Canada francophone", "Amnistie internationale Canada francophone", "Amnistie internationale"]
art("w132_canada_veto_mali", "daily-ca", "2027-12-01", t132, [
    ("recul pour la justice", "partial", TRE25, 1),
    ("Le Canada a soutenu ce texte dès le départ. Les familles de Dioura méritent des réponses, pas des manœuvres de procédure", "direct", TRE25),
    ("le Canada verserait 3 millions de dollars supplémentaires à l'aide humanitaire au Mali", "indirect", TRE25),
    ("Nous ne laisserons pas ce Conseil devenir un tribunal au service des anciennes puissances coloniales", "direct", POL25),
    ("ce que la Russie craint d'une enquête, si elle n'a rien à cacher", "partial", AUB25),
    ("du sang sur les mains", "partial", HAR25),
    (f"le texte {o}ne tenait pas suffisamment compte{c} des positions du gouvernement malien, ce qui explique l'abstention de son pays", "indirect", LIU25),
    ("ne tenait pas suffisamment compte", "partial", LIU25),
    ("défendu la souveraineté du Mali", "partial", KON25),
    ("C'est un jour triste pour les victimes, mais ce n'est pas la fin", "direct", BOU25),
    ("Ottawa devrait maintenant appuyer une saisine de la Cour pénale internationale", "indirect", BOU25),
    ("On savait que la Russie bloquerait. Mais ça fait mal quand même", "direct", ["Moussa Traoré", "Traoré", "président de l'Association des Maliens de Montréal"]),
    (f"l'ONU continuerait de documenter les violations des droits de la personne au Mali {o}avec les moyens dont elle dispose{c}", "indirect", SGV25),
    ("avec les moyens dont elle dispose", "partial", SGV25),
])

# 133. a regional daily's short version in straight marks: « selon les Nations unies » postposed, two
# quotes of one speaker around a postposed cue, « Moscou juge le texte "…" » (a metonym), « a
# dénoncé devant les Quinze », « Pour la représentante américaine, X, », « par la voix de son
# représentant », « a fait savoir son porte-parole » postposed, a local humanitarian (« témoigne-t-il »,
# « Selon lui, »)
t133 = (
"ONU. Veto russe sur un texte français concernant le Mali\n\n"
"La Russie a mis son veto, mercredi à New York, à un projet de résolution présenté par la France au Conseil de sécurité de l'ONU. Le texte demandait l'ouverture d'une enquête internationale sur le massacre de Dioura, dans le centre du Mali. Au moins 140 civils y ont été tués fin octobre, selon les Nations unies. Le village, à une soixantaine de kilomètres de Mopti, s'est depuis presque entièrement vidé de ses habitants.\n\n"
"\"C'est une honte\", a réagi l'ambassadrice de France, Claire Aubertin, à la sortie de la salle du Conseil. \"Treize pays sur quinze voulaient la vérité. Un seul a décidé que les victimes n'y avaient pas droit.\"\n\n"
"Moscou juge le texte \"hostile\" au gouvernement malien, son allié. L'ambassadeur russe, Dmitri Poliakov, a dénoncé devant les Quinze une \"opération politique\" menée par \"ceux qui ont échoué au Sahel\". Washington a voté pour, la Chine s'est abstenue.\n\n"
"Pour la représentante américaine, Linda Harper, ce veto \"ne protège personne, sauf les tueurs\". Le Mali, par la voix de son représentant Issa Konaté, a salué au contraire un vote qui \"respecte la souveraineté\" du pays. Bamako assure mener sa propre enquête.\n\n"
"La secrétaire générale de l'ONU, Elena Vargas, a \"pris note\" du vote, a fait savoir son porte-parole.\n\n"
"Originaire de Vitré, l'humanitaire Paul Guillou, qui a travaillé cinq ans pour Médecins sans frontières dans la région de Mopti, ne cache pas sa colère. \"Je connais ces villages. Les gens là-bas n'attendaient rien du Conseil de sécurité, mais ils espéraient au moins qu'on ne détourne pas le regard\", témoigne-t-il. Selon lui, les ONG encore présentes sur place subissent des pressions croissantes des autorités maliennes, qui ont expulsé plusieurs travailleurs humanitaires étrangers depuis l'été.\n\n"
"L'Assemblée générale de l'ONU doit se réunir d'ici dix jours pour débattre de ce veto, comme le prévoit une procédure adoptée en 2022. La France y défendra de nouveau l'idée d'une enquête, a indiqué le Quai d'Orsay dans la soirée.\n")
GUI25 = ["Paul Guillou", "Guillou", "l'humanitaire", "humanitaire"]
art("w133_regional_veto_mali", "regional", "2027-12-02", t133, [
    ("Au moins 140 civils y ont été tués fin octobre", "indirect", ["Nations unies", "les Nations unies", "ONU"]),
    ("C'est une honte", "direct", AUB25),
    ("Treize pays sur quinze voulaient la vérité. Un seul a décidé que les victimes n'y avaient pas droit.", "direct", AUB25),
    ("hostile", "partial", POL25),
    ("opération politique", "partial", POL25),
    ("ceux qui ont échoué au Sahel", "partial", POL25),
    ("ce veto \"ne protège personne, sauf les tueurs\"", "indirect", HAR25),
    ("ne protège personne, sauf les tueurs", "partial", HAR25),
    ("respecte la souveraineté", "partial", KON25),
    ("La secrétaire générale de l'ONU, Elena Vargas, a \"pris note\" du vote", "indirect", SGV25),
    ("pris note", "partial", SGV25),
    ("Je connais ces villages. Les gens là-bas n'attendaient rien du Conseil de sécurité, mais ils espéraient au moins qu'on ne détourne pas le regard", "direct", GUI25),
    ("La France y défendra de nouveau l'idée d'une enquête", "indirect", ["Quai d'Orsay", "le Quai d'Orsay", "ministère des Affaires étrangères", "diplomatie française", "France", "Paris"]),
    ("les ONG encore présentes sur place subissent des pressions croissantes des autorités maliennes, qui ont expulsé plusieurs travailleurs humanitaires étrangers depuis l'été", "indirect", GUI25),
])

# batch 26
# 134-138 and 134c. one invented trade event: the European Commission imposes provisional anti-subsidy
# (countervailing) duties on Chinese battery-electric heavy trucks; Beijing's Ministry of Commerce
# answers the same day with a statement (w134c, the communiqué itself, whose own voice is not annotated)
# and its spokesman's press conference; Berlin's and Paris's ministers react, a European road hauliers'
# federation and the Chinese chamber of commerce to the EU speak. Told by five outlets; each article's
# gold is independent.
COM26 = ["Commission européenne", "la Commission européenne", "Commission", "la Commission", "Bruxelles", "exécutif européen", "l'exécutif européen", "Union européenne", "l'Union européenne", "UE", "l'UE", "partie européenne", "la partie européenne"]
LUN26 = ["Henrik Lund", "Lund", "commissaire européen au Commerce", "le commissaire européen au Commerce", "commissaire au Commerce", "le commissaire au Commerce", "commissaire", "le commissaire"] + COM26
MOF26 = ["ministère chinois du Commerce", "le ministère chinois du Commerce", "Ministère chinois du commerce", "le Ministère chinois du commerce", "ministère du Commerce", "le ministère du Commerce", "Ministère du commerce", "le Ministère du commerce", "ministère", "le ministère", "Pékin", "Chine", "la Chine", "texte", "le texte", "déclaration", "la déclaration"]
LUW26 = ["Lu Weiping", "Weiping", "porte-parole du ministère chinois du Commerce", "le porte-parole du ministère chinois du Commerce", "porte-parole du ministère", "le porte-parole du ministère", "porte-parole", "le porte-parole", "son porte-parole"] + MOF26
WEN26 = ["Katharina Wendt", "Wendt", "ministre de l'Économie", "la ministre de l'Économie", "ministre de l'Economie", "la ministre de l'Economie", "ministre fédérale de l'Économie", "la ministre fédérale de l'Économie", "ministre allemande de l'Économie", "la ministre allemande de l'Économie", "Berlin", "Allemagne", "l'Allemagne"]
MAR26 = ["Julien Marchetti", "Marchetti", "ministre de l'Industrie", "le ministre de l'Industrie", "ministre français de l'Industrie", "le ministre français de l'Industrie", "Paris", "France", "la France"]
EUF26 = ["Eurofret", "Marta Kowalczyk", "Kowalczyk", "secrétaire générale", "sa secrétaire générale", "secrétaire générale d'Eurofret", "Fédération européenne des transporteurs routiers", "la Fédération européenne des transporteurs routiers", "fédération européenne des transporteurs routiers", "la fédération européenne des transporteurs routiers", "fédération", "la fédération"]
CCC26 = ["Chambre de commerce de Chine auprès de l'UE", "la Chambre de commerce de Chine auprès de l'UE", "CCCEU", "Chambre de commerce", "la Chambre de commerce", "chambre", "la chambre", "organisation", "l'organisation"]

# 134. wire copy, guillemets with no-break spaces, short paragraphs: the commissioner at his press
# conference, « Selon la Commission, », the ministry's statement in three partials (« a exprimé son
# « … » et sa « … » à une mesure qu'il juge « … » »), the spokesman quoted at his regular briefing
# (« a affirmé quelques heures plus tard le porte-parole »), « Interrogé sur …, il a répondu que »,
# Berlin's minister (« a appelé à « … » », a clause with a postposed « a-t-elle déclaré » and a
# participle « plaidant pour »), Paris's minister (« s'est réjoui »), the hauliers' federation (« a dit
# craindre » with no clause), the chamber (« a jugé pour sa part que … et a annoncé qu' »), « Selon
# un diplomate européen, »
o, c = "«" + NB, NB + "»"
t134 = (
"Bruxelles, 14 mars 2028 (AFP) - La Commission européenne a imposé mardi des droits compensateurs provisoires allant de 16,8 % à 35,2 % sur les poids lourds électriques importés de Chine, estimant que leurs constructeurs bénéficient de subventions publiques massives.\n\n"
f"{o}Nos enquêteurs ont établi que ces camions profitent, à chaque étape de leur fabrication, d'aides d'État qui faussent la concurrence. L'Europe est ouverte au commerce, mais pas à n'importe quel prix{c}, a déclaré le commissaire européen au Commerce, Henrik Lund, lors d'une conférence de presse.\n\n"
"Les droits, qui s'appliqueront dès jeudi pour une durée maximale de quatre mois, visent en premier lieu trois constructeurs : Hanlong Trucks, Tianma Motors et Zhongshan Heavy Industry.\n\n"
"Selon la Commission, les importations de camions électriques chinois ont été multipliées par sept en deux ans et représentent désormais près d'un quart des ventes de ce segment en Europe.\n\n"
f"Pékin a réagi dans l'heure. Dans une déclaration publiée sur son site, le ministère chinois du Commerce a exprimé son {o}vif mécontentement{c} et sa {o}ferme opposition{c} à une mesure qu'il juge {o}dénuée de tout fondement{c}.\n\n"
f"{o}La partie européenne habille d'un vocabulaire juridique une décision purement protectionniste. La Chine prendra toutes les mesures nécessaires pour défendre les droits légitimes de ses entreprises{c}, a affirmé quelques heures plus tard le porte-parole du ministère, Lu Weiping, lors de son point de presse régulier.\n\n"
f"Interrogé sur d'éventuelles représailles visant le porc ou les produits laitiers européens, il a répondu que la Chine {o}n'exclut aucune option{c}.\n\n"
f"À Berlin, la ministre fédérale de l'Économie, Katharina Wendt, a appelé à {o}éviter l'escalade{c}. Les droits de douane ne sont {o}pas une stratégie industrielle{c}, a-t-elle déclaré devant la presse, plaidant pour la poursuite des négociations sur un engagement de prix minimum.\n\n"
f"Paris s'est au contraire félicité de la décision. {o}C'est un signal de sérieux. Pendant des années, l'Europe a été naïve. Elle ne l'est plus{c}, s'est réjoui le ministre français de l'Industrie, Julien Marchetti, sur franceinfo.\n\n"
f"La Fédération européenne des transporteurs routiers (Eurofret) a dit craindre une hausse du prix des véhicules au moment où les entreprises doivent verdir leurs flottes. {o}Nos adhérents sont des PME aux marges minuscules. On leur demande d'acheter électrique et, dans le même temps, on renchérit les camions électriques{c}, a regretté sa secrétaire générale, Marta Kowalczyk.\n\n"
f"La Chambre de commerce de Chine auprès de l'UE a jugé pour sa part que l'enquête avait été menée {o}à charge{c} et a annoncé qu'elle accompagnerait ses membres dans d'éventuels recours devant la justice européenne.\n\n"
"Selon un diplomate européen, une majorité d'États membres devrait soutenir la Commission, malgré les réserves de l'Allemagne et de la Hongrie. Les Vingt-Sept disposent de quatre mois pour se prononcer sur des droits définitifs, qui seraient alors instaurés pour cinq ans.\n")
art("w134_wire_camions_chine", "wire", "2028-03-14", t134, [
    ("leurs constructeurs bénéficient de subventions publiques massives", "indirect", COM26),
    ("Nos enquêteurs ont établi que ces camions profitent, à chaque étape de leur fabrication, d'aides d'État qui faussent la concurrence. L'Europe est ouverte au commerce, mais pas à n'importe quel prix", "direct", LUN26),
    ("les importations de camions électriques chinois ont été multipliées par sept en deux ans et représentent désormais près d'un quart des ventes de ce segment en Europe", "indirect", COM26),
    ("vif mécontentement", "partial", MOF26),
    ("ferme opposition", "partial", MOF26),
    ("dénuée de tout fondement", "partial", MOF26),
    ("La partie européenne habille d'un vocabulaire juridique une décision purement protectionniste. La Chine prendra toutes les mesures nécessaires pour défendre les droits légitimes de ses entreprises", "direct", LUW26),
    (f"la Chine {o}n'exclut aucune option{c}", "indirect", LUW26),
    ("n'exclut aucune option", "partial", LUW26),
    ("éviter l'escalade", "partial", WEN26),
    (f"Les droits de douane ne sont {o}pas une stratégie industrielle{c}", "indirect", WEN26),
    ("pas une stratégie industrielle", "partial", WEN26),
    ("C'est un signal de sérieux. Pendant des années, l'Europe a été naïve. Elle ne l'est plus", "direct", MAR26),
    ("Nos adhérents sont des PME aux marges minuscules. On leur demande d'acheter électrique et, dans le même temps, on renchérit les camions électriques", "direct", EUF26),
    (f"l'enquête avait été menée {o}à charge{c}", "indirect", CCC26),
    ("à charge", "partial", CCC26),
    ("elle accompagnerait ses membres dans d'éventuels recours devant la justice européenne", "indirect", CCC26),
    ("une majorité d'États membres devrait soutenir la Commission, malgré les réserves de l'Allemagne et de la Hongrie", "indirect", ["diplomate européen", "un diplomate européen"]),
])

# 135. an economic daily's analysis in narrow no-break spaces, with a byline: 'Bruxelles' and 'Pékin'
# as speakers, a table-like list of the duty rates whose company names and categories sit in marks
# (no quote), many partial quotes (« a insisté sur le caractère « … » de la mesure », « Elle vise,
# selon lui, à « … » », « a dénoncé … un « … » et accusé l'Union de « … » », « Pékin « … », a-t-il
# ajouté »), an analyst (« prévient », « Selon lui, »), Berlin's minister (« juge que … et réclame
# que … « … » »: the wish annotated as a partial only), Paris (« salue « … » », « fait valoir »,
# « À l'en croire, »), the federation (« Pour X, … « … » », « selon ses calculs » postposed,
# « évoque des « … » »), the chamber (« dénonce … et affirme que »), a diplomat (« glisse »)
o, c = "«" + NN, NN + "»"
t135 = (
"Poids lourds électriques : Bruxelles sort l'arme antisubventions contre Pékin\n\n"
"Par Hélène Marchal\n\n"
"L'avertissement avait été lancé à l'automne ; il est désormais suivi d'effet. Bruxelles a imposé mardi des droits compensateurs provisoires aux camions électriques importés de Chine, au terme d'une enquête ouverte en octobre. La Commission reproche aux constructeurs chinois de profiter de prêts bonifiés, de terrains cédés à prix d'ami et de batteries subventionnées, qui leur permettent de vendre en Europe jusqu'à 30 % moins cher que leurs concurrents.\n\n"
"Le barème publié au Journal officiel de l'Union distingue les groupes selon leur degré de coopération avec les enquêteurs :\n"
f"- {o}Hanlong Trucks{c} : 16,8 %\n"
f"- {o}Tianma Motors{c} : 24,1 %\n"
f"- {o}Zhongshan Heavy Industry{c} : 29,5 %\n"
f"- {o}autres entreprises ayant coopéré{c} : 22,7 %\n"
f"- {o}toutes les autres entreprises{c} : 35,2 %\n\n"
f"Bruxelles assure que ces taux, inférieurs à ceux que redoutaient les industriels chinois, laissent {o}de la place pour une solution négociée{c}. Le commissaire au Commerce, Henrik Lund, a insisté sur le caractère {o}ciblé et proportionné{c} de la mesure. Elle vise, selon lui, à {o}rétablir des conditions de concurrence équitables{c}.\n\n"
f"Pékin n'a pas tardé à répliquer. Le ministère du Commerce a dénoncé, dans une déclaration au ton inhabituellement sec, un {o}protectionnisme déguisé{c} et accusé l'Union de {o}politiser{c} les échanges. Son porte-parole, Lu Weiping, a ensuite promis des mesures {o}fermes{c} si Bruxelles ne revenait pas sur sa décision. Pékin {o}n'exclut aucune option{c}, a-t-il ajouté, sans préciser lesquelles.\n\n"
f"Les filières visées ne sont pas difficiles à deviner. En 2024, la Chine avait ouvert des enquêtes sur le brandy, le porc et les produits laitiers européens en réponse aux droits sur les voitures électriques. {o}Le scénario est écrit d'avance, avec les mêmes cibles : la France et les pays qui ont voté pour{c}, prévient Thomas Werling, analyste chez Sorelia Research. Selon lui, la Chine pourrait cette fois viser aussi les machines agricoles, un secteur où l'Allemagne et l'Italie sont très exposées.\n\n"
f"Berlin, justement, traîne des pieds. Katharina Wendt, la ministre de l'Économie, juge que les droits provisoires {o}compliquent{c} les discussions en cours et réclame que la Commission {o}garde la porte ouverte{c} à un accord sur des prix planchers. Les constructeurs allemands, qui produisent une partie de leurs composants en Chine, redoutent des représailles sur leurs propres exportations.\n\n"
f"Paris, à l'inverse, salue {o}un tournant{c}. {o}On ne peut pas demander à nos industriels de décarboner le transport routier et les laisser seuls face à des concurrents subventionnés{c}, fait valoir Julien Marchetti, le ministre de l'Industrie. À l'en croire, la décision de mardi doit servir {o}d'exemple{c} pour d'autres filières.\n\n"
f"Reste la question des utilisateurs. Pour Eurofret, la fédération européenne des transporteurs routiers, la mesure revient à {o}taxer la transition{c}. Un tracteur électrique chinois coûte aujourd'hui autour de 250 000 euros, contre 320 000 à 350 000 euros pour un modèle européen équivalent, selon ses calculs. Sa secrétaire générale, Marta Kowalczyk, évoque des {o}commandes gelées{c} dans plusieurs pays.\n\n"
f"Même la Chambre de commerce de Chine auprès de l'UE, d'ordinaire prudente, est sortie de sa réserve. Elle dénonce une enquête menée {o}à sens unique{c} et affirme que les aides reprochées aux constructeurs {o}relèvent de la politique industrielle ordinaire{c}, comme en pratiquent l'Europe et les États-Unis.\n\n"
f"Les Vingt-Sept ont jusqu'au mois de juillet pour confirmer ou non ces droits, et une majorité qualifiée contre la Commission paraît improbable. {o}Personne n'a envie de revivre le psychodrame des voitures électriques{c}, glisse un diplomate européen.\n")
WER26 = ["Thomas Werling", "Werling", "analyste", "analyste chez Sorelia Research"]
art("w135_eco_camions_chine", "economic daily", "2028-03-15", t135, [
    (f"ces taux, inférieurs à ceux que redoutaient les industriels chinois, laissent {o}de la place pour une solution négociée{c}", "indirect", COM26),
    ("de la place pour une solution négociée", "partial", COM26),
    ("ciblé et proportionné", "partial", LUN26),
    (f"Elle vise, selon lui, à {o}rétablir des conditions de concurrence équitables{c}", "indirect", LUN26),
    ("rétablir des conditions de concurrence équitables", "partial", LUN26),
    ("protectionnisme déguisé", "partial", MOF26),
    ("politiser", "partial", MOF26),
    ("fermes", "partial", LUW26),
    (f"Pékin {o}n'exclut aucune option{c}", "indirect", LUW26),
    ("n'exclut aucune option", "partial", LUW26),
    ("Le scénario est écrit d'avance, avec les mêmes cibles : la France et les pays qui ont voté pour", "direct", WER26),
    ("la Chine pourrait cette fois viser aussi les machines agricoles, un secteur où l'Allemagne et l'Italie sont très exposées", "indirect", WER26),
    (f"les droits provisoires {o}compliquent{c} les discussions en cours", "indirect", WEN26),
    ("compliquent", "partial", WEN26),
    (f"la Commission {o}garde la porte ouverte{c} à un accord sur des prix planchers", "indirect", WEN26),
    ("garde la porte ouverte", "partial", WEN26),
    ("un tournant", "partial", MAR26),
    ("On ne peut pas demander à nos industriels de décarboner le transport routier et les laisser seuls face à des concurrents subventionnés", "direct", MAR26),
    (f"la décision de mardi doit servir {o}d'exemple{c} pour d'autres filières", "indirect", MAR26),
    ("d'exemple", "partial", MAR26),
    (f"la mesure revient à {o}taxer la transition{c}", "indirect", EUF26),
    ("taxer la transition", "partial", EUF26),
    ("Un tracteur électrique chinois coûte aujourd'hui autour de 250 000 euros, contre 320 000 à 350 000 euros pour un modèle européen équivalent", "indirect", EUF26),
    ("commandes gelées", "partial", EUF26),
    ("à sens unique", "partial", CCC26),
    (f"les aides reprochées aux constructeurs {o}relèvent de la politique industrielle ordinaire{c}, comme en pratiquent l'Europe et les États-Unis", "indirect", CCC26),
    ("relèvent de la politique industrielle ordinaire", "partial", CCC26),
    ("Personne n'a envie de revivre le psychodrame des voitures électriques", "direct", ["diplomate européen", "un diplomate européen"]),
])

# 136. a Swiss daily with no space inside the guillemets, « Etat » and « A » without accents: a lead
# with the ministry's word in marks, the commissioner (« A l'entendre, »), the ministry's statement
# (« fait part de sa «…» et affirme que », « avertit le texte »), the spokesman answering an agency's
# journalist (« a qualifié l'enquête de «…» et assuré que »), Paris on X and Berlin (« a estimé que »),
# Bern's SECO (« a confirmé que … et qu' »), « Pour l'association suisse des transporteurs routiers, »,
# the federation's secretary general « jointe à Bruxelles », the chamber (« appelle Bruxelles à «…» »)
o, c = "«", "»"
t136 = (
"Bruxelles taxe les camions électriques chinois, Pékin promet de riposter\n\n"
f"L'Union européenne a imposé mardi des droits compensateurs provisoires, jusqu'à 35,2%, sur les poids lourds électriques importés de Chine. Le Ministère chinois du commerce dénonce une décision {o}arbitraire{c} et menace de représailles.\n\n"
"Après cinq mois d'enquête, la Commission européenne a tranché. A partir de jeudi, les camions électriques des constructeurs chinois seront frappés à leur entrée dans l'UE de droits allant de 16,8% à 35,2%, selon les entreprises. L'exécutif européen reproche à Pékin d'avoir soutenu la filière à coups de prêts publics à taux réduit, d'aides à la recherche et de batteries vendues sous le prix du marché.\n\n"
f"{o}Nous ne voulons pas fermer notre marché. Nous voulons que les règles soient les mêmes pour tous{c}, a expliqué le commissaire au Commerce, Henrik Lund, devant la presse à Bruxelles. A l'entendre, la Commission est prête à {o}examiner sérieusement toute offre{c} des constructeurs chinois sur leurs prix.\n\n"
f"La riposte chinoise a été immédiate. Dans une déclaration diffusée en fin d'après-midi, heure de Pékin, le Ministère du commerce fait part de sa {o}ferme opposition{c} et affirme que les constructeurs chinois doivent leur succès à {o}l'innovation et à une concurrence ouverte{c}, non aux subventions. {o}La Chine suivra de près l'évolution de la situation et prendra toutes les mesures nécessaires pour défendre résolument les droits et intérêts légitimes des entreprises chinoises{c}, avertit le texte.\n\n"
f"Lors du point de presse quotidien du ministère, son porte-parole, Lu Weiping, est allé plus loin. Interrogé par un journaliste de l'agence Chine nouvelle, il a qualifié l'enquête de {o}parodie de procédure{c} et assuré que les entreprises chinoises avaient fourni {o}toutes les informations demandées, dans les délais{c}.\n\n"
f"En Europe, les réactions sont partagées. Le ministre français de l'Industrie, Julien Marchetti, a salué sur X une décision {o}courageuse{c}, tandis qu'à Berlin, la ministre de l'Economie, Katharina Wendt, a estimé que l'Europe avait {o}plus à perdre qu'à gagner{c} dans une guerre commerciale avec son premier fournisseur.\n\n"
f"Et la Suisse? Non membre de l'UE, elle n'est pas concernée par ces droits. Le Secrétariat d'Etat à l'économie (SECO) a confirmé mardi que la Confédération n'envisageait {o}aucune mesure comparable{c} et qu'elle continuerait d'appliquer l'accord de libre-échange conclu avec la Chine en 2014.\n\n"
f"Du côté des transporteurs, l'inquiétude domine. Pour l'Association suisse des transporteurs routiers, un renchérissement des camions chinois en Europe pourrait se répercuter sur les prix pratiqués en Suisse, où plusieurs importateurs s'approvisionnent dans les pays voisins. {o}On ne comprend pas très bien la logique. L'Europe veut des camions propres, mais elle rend les camions propres plus chers{c}, résume Marta Kowalczyk, secrétaire générale de la fédération européenne Eurofret, jointe à Bruxelles.\n\n"
f"La Chambre de commerce de Chine auprès de l'UE appelle quant à elle Bruxelles à {o}revenir à la raison{c}. Les Vingt-Sept devront se prononcer d'ici à juillet sur des droits définitifs.\n")
SECO26 = ["SECO", "Secrétariat d'Etat à l'économie", "le Secrétariat d'Etat à l'économie", "Secrétariat d'État à l'économie", "Suisse", "la Suisse", "Berne", "Confédération", "la Confédération"]
art("w136_suisse_camions_chine", "Swiss daily", "2028-03-15", t136, [
    ("arbitraire", "partial", MOF26),
    ("Nous ne voulons pas fermer notre marché. Nous voulons que les règles soient les mêmes pour tous", "direct", LUN26),
    (f"la Commission est prête à {o}examiner sérieusement toute offre{c} des constructeurs chinois sur leurs prix", "indirect", LUN26),
    ("examiner sérieusement toute offre", "partial", LUN26),
    ("ferme opposition", "partial", MOF26),
    (f"les constructeurs chinois doivent leur succès à {o}l'innovation et à une concurrence ouverte{c}, non aux subventions", "indirect", MOF26),
    ("l'innovation et à une concurrence ouverte", "partial", MOF26),
    ("La Chine suivra de près l'évolution de la situation et prendra toutes les mesures nécessaires pour défendre résolument les droits et intérêts légitimes des entreprises chinoises", "direct", MOF26),
    ("parodie de procédure", "partial", LUW26),
    (f"les entreprises chinoises avaient fourni {o}toutes les informations demandées, dans les délais{c}", "indirect", LUW26),
    ("toutes les informations demandées, dans les délais", "partial", LUW26),
    ("courageuse", "partial", MAR26),
    (f"l'Europe avait {o}plus à perdre qu'à gagner{c} dans une guerre commerciale avec son premier fournisseur", "indirect", WEN26),
    ("plus à perdre qu'à gagner", "partial", WEN26),
    (f"la Confédération n'envisageait {o}aucune mesure comparable{c} et qu'elle continuerait d'appliquer l'accord de libre-échange conclu avec la Chine en 2014", "indirect", SECO26),
    ("aucune mesure comparable", "partial", SECO26),
    ("un renchérissement des camions chinois en Europe pourrait se répercuter sur les prix pratiqués en Suisse, où plusieurs importateurs s'approvisionnent dans les pays voisins", "indirect", ["Association suisse des transporteurs routiers", "l'Association suisse des transporteurs routiers", "ASTAG"]),
    ("On ne comprend pas très bien la logique. L'Europe veut des camions propres, mais elle rend les camions propres plus chers", "direct", EUF26),
    ("revenir à la raison", "partial", CCC26),
])

# 137. a Québec outlet in curly marks: « Selon la Commission européenne, » with a partial inside,
# « Aux dires du commissaire, » and « Aux dires de plusieurs observateurs, », the ministry's statement
# in participles (« dénonçant “…” et exhortant … à “…” »), the spokesman (« a déclaré que », « Il a
# rappelé que »), the two ministers in partials after a noun (« une décision qui “…” », « mis en garde
# contre “…” »), a Québec manufacturer (« explique », « Selon elle, »), Ottawa's finance department
# (« rappelle-t-on au ministère …, où l'on précise que »), the federation (« a fait savoir qu' », « a
# parlé d'“…” »), the chamber
o, c = "\u201c", "\u201d"
t137 = (
"L'Europe impose des droits sur les camions électriques chinois\n\n"
"L'Union européenne a décidé mardi d'imposer des droits compensateurs provisoires aux camions lourds électriques fabriqués en Chine, une décision dont les échos pourraient se faire sentir jusqu'au Québec, où l'industrie du véhicule électrique suit le dossier de près.\n\n"
f"Selon la Commission européenne, les constructeurs chinois ont bénéficié de subventions {o}massives et systématiques{c} qui leur ont permis de gruger rapidement des parts de marché en Europe. Les droits varient de 16,8 % à 35,2 % selon les fabricants et entreront en vigueur jeudi.\n\n"
f"{o}Nous avons agi sur la base de preuves solides, après une enquête minutieuse{c}, a affirmé le commissaire européen au Commerce, Henrik Lund, en conférence de presse. Aux dires du commissaire, l'Europe reste {o}ouverte aux investissements chinois{c}, à condition que les usines s'installent sur son territoire et y créent des emplois.\n\n"
f"La réponse de Pékin ne s'est pas fait attendre. Le ministère chinois du Commerce a publié une déclaration dénonçant {o}une pratique protectionniste typique{c} et exhortant l'Union européenne à {o}corriger immédiatement ses erreurs{c}.\n\n"
f"En point de presse, le porte-parole du ministère, Lu Weiping, a déclaré que la Chine {o}ne restera pas les bras croisés{c}. Il a rappelé que Pékin avait déjà ouvert par le passé des enquêtes sur le porc et les produits laitiers européens. Aux dires de plusieurs observateurs, les représailles pourraient cette fois viser les vins et spiritueux français.\n\n"
f"En Europe, les capitales sont divisées. À Paris, le ministre de l'Industrie, Julien Marchetti, s'est réjoui d'une décision qui {o}protège nos emplois et notre souveraineté{c}. À Berlin, la ministre de l'Économie, Katharina Wendt, a plutôt mis en garde contre {o}une spirale de représailles dont personne ne sortira gagnant{c}.\n\n"
f"Au Québec, on observe la situation avec intérêt. {o}Si les camions chinois deviennent plus chers en Europe, il y a une fenêtre pour nous là-bas. Mais il y a aussi un risque qu'ils se tournent davantage vers l'Amérique du Nord{c}, explique Sophie Gagnon, vice-présidente aux ventes de Véhicules Laurentide, un fabricant de camions électriques établi à Saint-Jérôme. Selon elle, l'entreprise discute déjà avec deux distributeurs européens.\n\n"
"Le Canada impose depuis 2024 une surtaxe de 100 % sur les véhicules électriques chinois, rappelle-t-on au ministère fédéral des Finances, où l'on précise que les camions lourds sont couverts par cette mesure.\n\n"
f"Du côté des transporteurs européens, la fédération Eurofret a fait savoir qu'elle demanderait à la Commission d'exempter les véhicules déjà commandés. Sa secrétaire générale, Marta Kowalczyk, a parlé d'{o}une taxe sur les PME qui font l'effort de verdir leur flotte{c}.\n\n"
f"La Chambre de commerce de Chine auprès de l'UE, elle, a dénoncé {o}une décision politique habillée en procédure technique{c}.\n")
GAG26 = ["Sophie Gagnon", "Gagnon", "vice-présidente aux ventes de Véhicules Laurentide", "Véhicules Laurentide"]
FIN26 = ["ministère fédéral des Finances", "le ministère fédéral des Finances", "ministère des Finances", "Finances Canada", "Ottawa", "Canada", "le Canada"]
art("w137_quebec_camions_chine", "daily-ca", "2028-03-14", t137, [
    (f"les constructeurs chinois ont bénéficié de subventions {o}massives et systématiques{c} qui leur ont permis de gruger rapidement des parts de marché en Europe", "indirect", COM26),
    ("massives et systématiques", "partial", COM26),
    ("Nous avons agi sur la base de preuves solides, après une enquête minutieuse", "direct", LUN26),
    (f"l'Europe reste {o}ouverte aux investissements chinois{c}, à condition que les usines s'installent sur son territoire et y créent des emplois", "indirect", LUN26),
    ("ouverte aux investissements chinois", "partial", LUN26),
    ("une pratique protectionniste typique", "partial", MOF26),
    ("corriger immédiatement ses erreurs", "partial", MOF26),
    (f"la Chine {o}ne restera pas les bras croisés{c}", "indirect", LUW26),
    ("ne restera pas les bras croisés", "partial", LUW26),
    ("Pékin avait déjà ouvert par le passé des enquêtes sur le porc et les produits laitiers européens", "indirect", LUW26),
    ("les représailles pourraient cette fois viser les vins et spiritueux français", "indirect", ["observateurs", "plusieurs observateurs"]),
    ("protège nos emplois et notre souveraineté", "partial", MAR26),
    ("une spirale de représailles dont personne ne sortira gagnant", "partial", WEN26),
    ("Si les camions chinois deviennent plus chers en Europe, il y a une fenêtre pour nous là-bas. Mais il y a aussi un risque qu'ils se tournent davantage vers l'Amérique du Nord", "direct", GAG26),
    ("l'entreprise discute déjà avec deux distributeurs européens", "indirect", GAG26),
    ("Le Canada impose depuis 2024 une surtaxe de 100 % sur les véhicules électriques chinois", "indirect", FIN26),
    ("les camions lourds sont couverts par cette mesure", "indirect", FIN26),
    ("elle demanderait à la Commission d'exempter les véhicules déjà commandés", "indirect", EUF26),
    ("une taxe sur les PME qui font l'effort de verdir leur flotte", "partial", EUF26),
    ("une décision politique habillée en procédure technique", "partial", CCC26),
])

# 138. a pure player's live page in straight marks, time stamps newest first: a headline repeating a
# body partial (not annotated there), the chamber's communiqué (« se dit "…" et appelle … à "…" »,
# « écrit l'organisation »), Paris's minister on TV (« salue une décision "…" », « a-t-il lancé, avant
# d'ajouter : "…" »), Berlin's minister (« estime qu'"…" », « annonce qu' »), the spokesman (« a-t-il
# averti », « Selon lui, »), the federation (a clause with a postposed « affirme », « qui rappelle
# que »), a « Lire aussi » title in marks, the ministry's statement (« Le texte accuse Bruxelles d'avoir
# "…" et prévient que »), the rates « a précisé la Commission » postposed, the commissioner
o, c = "\"", "\""
t138 = (
"EN DIRECT - Camions électriques : l'UE taxe les poids lourds chinois, Pékin dénonce un \"protectionnisme déguisé\"\n\n"
"20h45 - C'est la fin de ce direct. Merci de l'avoir suivi, on se retrouve demain pour la suite des réactions.\n\n"
f"20h10 - La Chambre de commerce de Chine auprès de l'UE (CCCEU) publie à son tour un communiqué. Elle se dit {o}profondément déçue{c} et appelle les Vingt-Sept à {o}ne pas suivre{c} la Commission lors du vote sur les droits définitifs. {o}Les entreprises chinoises ont coopéré de bonne foi. Elles ont le sentiment d'avoir été punies pour leur transparence{c}, écrit l'organisation.\n\n"
f"19h30 - Réaction de Julien Marchetti. Le ministre français de l'Industrie, invité de BFM Business, salue une décision {o}attendue depuis longtemps par nos constructeurs{c}. {o}La naïveté, c'est terminé{c}, a-t-il lancé, avant d'ajouter : {o}Nous ne faisons que défendre notre industrie, comme la Chine défend la sienne.{c}\n\n"
f"18h55 - A Berlin, le ton est plus prudent. La ministre de l'Économie, Katharina Wendt, estime qu'{o}il faut tout faire pour éviter une guerre commerciale{c}. Elle annonce qu'elle s'entretiendra dans la semaine avec son homologue chinois.\n\n"
f"18h20 - Le porte-parole du ministère chinois du Commerce, Lu Weiping, s'est exprimé lors du point de presse régulier du ministère. {o}L'Union européenne a ignoré les faits et les règles de l'OMC. Si elle persiste dans cette voie, la Chine prendra des mesures fermes{c}, a-t-il averti. Selon lui, plus de 40 000 emplois en Europe dépendent des échanges avec la Chine dans le secteur des véhicules électriques.\n\n"
f"17h40 - Eurofret, qui fédère les transporteurs routiers européens, s'inquiète. Les entreprises {o}vont payer la facture{c}, affirme sa secrétaire générale, Marta Kowalczyk, qui rappelle que le secteur doit réduire ses émissions de 45 % d'ici à 2030.\n\n"
f"Lire aussi : {o}Camions électriques : comment la Chine a conquis le marché européen en trois ans{c}\n\n"
f"17h05 - Pékin dénonce un {o}protectionnisme déguisé{c}. Dans une déclaration publiée sur son site, le ministère chinois du Commerce exprime sa {o}ferme opposition{c} à la décision européenne. Le texte accuse Bruxelles d'avoir {o}ignoré les arguments{c} des entreprises chinoises et prévient que la Chine {o}prendra toutes les mesures nécessaires{c} pour les défendre.\n\n"
"16h30 - Les taux sont connus. Ils vont de 16,8 % pour Hanlong Trucks à 35,2 % pour les entreprises qui n'ont pas coopéré à l'enquête, a précisé la Commission.\n\n"
f"16h00 - C'est officiel : la Commission européenne impose des droits compensateurs provisoires sur les camions électriques chinois. {o}Il s'agit de rétablir une concurrence loyale, rien de plus{c}, a déclaré le commissaire au Commerce, Henrik Lund. La Commission affirme que les constructeurs chinois ont reçu des aides représentant jusqu'à 30 % de leur chiffre d'affaires.\n")
art("w138_direct_camions_chine", "live", "2028-03-14", t138, [
    ("profondément déçue", "partial", CCC26),
    ("ne pas suivre", "partial", CCC26),
    ("Les entreprises chinoises ont coopéré de bonne foi. Elles ont le sentiment d'avoir été punies pour leur transparence", "direct", CCC26),
    ("attendue depuis longtemps par nos constructeurs", "partial", MAR26),
    ("La naïveté, c'est terminé", "direct", MAR26),
    ("Nous ne faisons que défendre notre industrie, comme la Chine défend la sienne.", "direct", MAR26),
    (f"{o}il faut tout faire pour éviter une guerre commerciale{c}", "indirect", WEN26),
    ("il faut tout faire pour éviter une guerre commerciale", "partial", WEN26),
    ("elle s'entretiendra dans la semaine avec son homologue chinois", "indirect", WEN26),
    ("L'Union européenne a ignoré les faits et les règles de l'OMC. Si elle persiste dans cette voie, la Chine prendra des mesures fermes", "direct", LUW26),
    ("plus de 40 000 emplois en Europe dépendent des échanges avec la Chine dans le secteur des véhicules électriques", "indirect", LUW26),
    (f"Les entreprises {o}vont payer la facture{c}", "indirect", EUF26),
    ("vont payer la facture", "partial", EUF26),
    ("le secteur doit réduire ses émissions de 45 % d'ici à 2030", "indirect", EUF26),
    ("protectionnisme déguisé", "partial", MOF26, 1),
    ("ferme opposition", "partial", MOF26),
    ("ignoré les arguments", "partial", MOF26),
    (f"la Chine {o}prendra toutes les mesures nécessaires{c} pour les défendre", "indirect", MOF26),
    ("prendra toutes les mesures nécessaires", "partial", MOF26),
    ("Ils vont de 16,8 % pour Hanlong Trucks à 35,2 % pour les entreprises qui n'ont pas coopéré à l'enquête", "indirect", COM26),
    ("Il s'agit de rétablir une concurrence loyale, rien de plus", "direct", LUN26),
    ("les constructeurs chinois ont reçu des aides représentant jusqu'à 30 % de leur chiffre d'affaires", "indirect", COM26),
])

# 134c. the communiqué behind the five articles: the Ministry of Commerce's statement in its French
# version, guillemets with no-break spaces. Its own voice is not annotated (« La Chine exhorte … »);
# the Commission's words it quotes are (« La partie européenne affirme que … un « … » »)
o, c = "«" + NB, NB + "»"
t134c = (
"Déclaration du porte-parole du ministère du Commerce sur la décision de l'Union européenne d'imposer des droits compensateurs provisoires sur les poids lourds électriques chinois\n\n"
"Pékin, le 14 mars 2028\n\n"
"Le 14 mars, la Commission européenne a annoncé sa décision d'imposer des droits compensateurs provisoires sur les poids lourds électriques originaires de Chine. La partie chinoise exprime son vif mécontentement et sa ferme opposition à cette décision.\n\n"
"Tout au long de l'enquête, les entreprises chinoises ont coopéré pleinement avec les enquêteurs et ont fourni toutes les informations demandées, dans les délais. La partie européenne n'en a pas tenu compte. Elle a ignoré les arguments des entreprises chinoises et a étendu arbitrairement le champ de l'enquête à des programmes sans aucun lien avec le produit concerné.\n\n"
f"L'avantage des poids lourds électriques chinois repose sur l'innovation et sur une concurrence ouverte, non sur des subventions. La partie européenne affirme que les importations chinoises causent un {o}préjudice important{c} à son industrie, alors que ses propres constructeurs enregistrent des bénéfices record. Cette conclusion ne repose sur aucun fait.\n\n"
"Les poids lourds électriques exportés vers l'Europe ne représentent qu'une faible part de la production chinoise. Leur essor répond à la demande des transporteurs européens eux-mêmes, engagés dans la réduction des émissions de leurs flottes.\n\n"
"Il s'agit d'une pratique protectionniste typique, qui politise les questions commerciales et porte atteinte à la coopération sino-européenne dans la lutte contre le changement climatique. Elle ne sert ni les intérêts de l'Europe ni ceux du reste du monde.\n\n"
"La Chine exhorte la partie européenne à corriger immédiatement ses erreurs et à revenir à la voie du dialogue et de la consultation, sur la base de la proposition d'engagement de prix présentée par l'industrie chinoise en janvier. La Chine suivra de près l'évolution de la situation et prendra toutes les mesures nécessaires pour défendre résolument les droits et intérêts légitimes des entreprises chinoises.\n")
art("w134c_communique_mofcom_camions", "Ministère du Commerce de la République populaire de Chine (version française)", "2028-03-14", t134c, [
    (f"les importations chinoises causent un {o}préjudice important{c} à son industrie", "indirect", COM26),
    ("préjudice important", "partial", COM26),
], doc_kind="communique")

# batch 27
# 139-143. one invented exchange of detainees mediated by Qatar and Oman: Iran frees two French
# citizens from Montbrison, Camille Vernet and Olivier Pasquier, held since May 2025; France frees the
# Iranian engineer Mehdi Sarrafi, sentenced in Paris for exporting dual-use components. The Élysée's
# communiqué, the French president on X, the Quai d'Orsay's spokeswoman, Tehran's foreign ministry
# spokesman, the Qatari mediator, Oman's communiqué, the families and their lawyer, an NGO, told by
# five outlets. Each article's gold is independent.
ELY27 = ["Élysée", "l'Élysée", "Elysée", "l'Elysée", "présidence", "la présidence", "présidence de la République", "la présidence de la République", "présidence française", "la présidence française", "communiqué", "le communiqué", "communiqué de l'Élysée", "Paris", "France", "la France"]
ARN27 = ["Philippe Arnaud", "Arnaud", "chef de l'État", "le chef de l'État", "président de la République", "le président de la République", "président français", "le président français", "président Arnaud", "le président Arnaud"] + ELY27
QO27 = ["Laure Dambrine", "Dambrine", "porte-parole du Quai d'Orsay", "la porte-parole du Quai d'Orsay", "porte-parole", "la porte-parole", "sa porte-parole", "Quai d'Orsay", "le Quai d'Orsay", "ministère des Affaires étrangères", "le ministère des Affaires étrangères", "diplomatie française", "la diplomatie française", "France", "la France", "Paris"]
IRN27 = ["Kazem Rahimi", "Rahimi", "porte-parole du ministère iranien des Affaires étrangères", "le porte-parole du ministère iranien des Affaires étrangères", "porte-parole de la diplomatie iranienne", "le porte-parole de la diplomatie iranienne", "porte-parole du ministère des Affaires étrangères", "le porte-parole du ministère des Affaires étrangères", "porte-parole", "le porte-parole", "ministère iranien des Affaires étrangères", "diplomatie iranienne", "la diplomatie iranienne", "Iran", "l'Iran", "Téhéran", "République islamique", "la République islamique"]
QAT27 = ["Khalid Al-Mansouri", "Al-Mansouri", "Mansouri", "ministre d'État qatari aux Affaires étrangères", "le ministre d'État qatari aux Affaires étrangères", "ministre d'État qatari", "le ministre d'État qatari", "médiateur qatari", "le médiateur qatari", "Qatar", "le Qatar", "Doha"]
OMA27 = ["Oman", "sultanat d'Oman", "le sultanat d'Oman", "Mascate", "ministère omanais des Affaires étrangères", "le ministère omanais des Affaires étrangères", "diplomatie omanaise", "la diplomatie omanaise"]
FAM27 = ["familles", "les familles", "leurs familles", "proches", "leurs proches", "les proches", "familles des deux Français", "les familles des deux Français"]
HEL27 = ["Hélène Vernet", "Vernet", "mère de Camille Vernet", "sa mère", "Sa mère"]
BRU27 = ["Bruno Pasquier", "Pasquier", "frère d'Olivier Pasquier", "le frère d'Olivier", "frère d'Olivier", "son frère"]
LEB27 = ["Antoine Lebras", "Lebras", "Me Antoine Lebras", "Me Lebras", "avocat des familles", "l'avocat des familles", "leur avocat", "l'avocat", "avocat"]
AMN27 = ["Amnesty International France", "Amnesty International", "Amnesty", "ONG", "l'ONG"]
CAM27 = ["Camille Vernet", "Vernet", "Camille"]
OLI27 = ["Olivier Pasquier", "Pasquier", "Olivier"]
AFP27 = ["AFP", "l'AFP", "Agence France-Presse"]

# 139. a TV news site's breaking story, guillemets with no space inside: a headline repeating a
# partial of the body (not annotated), update lines, « a annoncé l'Élysée dans un communiqué », « La
# présidence y exprime «…» », the president on X (« a-t-il écrit »), « a-t-on appris de source
# diplomatique », the brother « sur notre antenne » then « a-t-il ajouté », the lawyer « joint par
# téléphone » (« a dit son «…» mais a rappelé que »), Tehran's spokesman with an incise in the writer's
# clause (« Téhéran, a-t-il poursuivi, «se félicite…» »), « Selon l'agence officielle iranienne Irna, »,
# the two capitals' words (« Paris évoque une «…», Téhéran une «…» »; the avoided «échange» is no
# quote), an NGO, the Qatari minister « a déclaré à l'AFP »
o, c = "«", "»"
t139 = (
f"Échange de détenus : Camille Vernet et Olivier Pasquier libérés par l'Iran, {o}une immense joie{c} pour l'Élysée\n\n"
"Publié le 7 mars 2028 à 14h12, mis à jour à 16h45\n\n"
"Les deux Français détenus en Iran depuis près de trois ans ont été libérés ce mardi dans le cadre d'un échange de prisonniers négocié par le Qatar et Oman. En contrepartie, la France a remis en liberté l'ingénieur iranien Mehdi Sarrafi, condamné en 2026 à Paris pour avoir exporté vers l'Iran des composants électroniques sous embargo.\n\n"
f"{o}Camille Vernet et Olivier Pasquier sont libres. Ils ont quitté le territoire iranien ce matin et sont en route vers la France{c}, a annoncé l'Élysée dans un communiqué publié peu après 13 heures. La présidence y exprime {o}une immense joie{c} et remercie {o}chaleureusement{c} l'émir du Qatar et le sultan d'Oman pour leur {o}rôle décisif{c}.\n\n"
f"Sur X, le président de la République, Philippe Arnaud, a salué {o}la fin d'un cauchemar{c}. {o}Ce soir, deux familles vont enfin respirer. Merci à tous ceux qui, dans l'ombre, ont rendu ce moment possible{c}, a-t-il écrit.\n\n"
"MISE À JOUR 15h30 - L'avion transportant les deux ex-détenus a fait escale à Doha, a-t-on appris de source diplomatique. Ils doivent se poser en début de soirée sur la base aérienne de Villacoublay, où les attendent leurs proches.\n\n"
f"{o}Nous n'avons jamais cessé d'y croire{c}, a déclaré sur notre antenne Bruno Pasquier, le frère d'Olivier, la voix nouée. {o}Trois ans, c'est long. On a compté les jours, puis on a arrêté de compter{c}, a-t-il ajouté.\n\n"
f"Joint par téléphone, l'avocat des familles, Me Antoine Lebras, a dit son {o}soulagement{c} mais a rappelé que ses clients avaient été détenus {o}sans le moindre fondement{c}. {o}Ils n'étaient pas des espions. Ils étaient des touristes, et ils ont servi de monnaie d'échange{c}, a-t-il martelé.\n\n"
f"Du côté iranien, le ton est tout autre. {o}Ces deux ressortissants ont été graciés pour des raisons humanitaires, à la suite de la médiation de pays amis{c}, a affirmé le porte-parole du ministère iranien des Affaires étrangères, Kazem Rahimi, lors de son point de presse hebdomadaire. Téhéran, a-t-il poursuivi, {o}se félicite du retour dans sa patrie d'un scientifique injustement emprisonné{c}.\n\n"
"MISE À JOUR 16h10 - Mehdi Sarrafi a été reconduit à la frontière dans la matinée. Selon l'agence officielle iranienne Irna, il a été accueilli à l'aéroport Imam-Khomeini par un vice-ministre des Affaires étrangères.\n\n"
f"Interrogée sur d'éventuelles concessions, la porte-parole du Quai d'Orsay, Laure Dambrine, a assuré qu'il n'y avait eu {o}aucune contrepartie financière{c}. {o}La France ne paie pas de rançon. Elle l'a toujours dit et elle le redit aujourd'hui{c}, a-t-elle insisté.\n\n"
f"Les deux capitales se gardent bien de parler d'un {o}échange{c} : Paris évoque une {o}décision de justice{c} concernant M. Sarrafi, Téhéran une {o}grâce{c}.\n\n"
f"Amnesty International France a salué une {o}bonne nouvelle{c}, tout en dénonçant {o}la diplomatie des otages{c} pratiquée selon elle par la République islamique. Au moins une vingtaine d'Occidentaux seraient encore détenus en Iran, selon l'ONG.\n\n"
f"Le Qatar a confirmé son rôle. {o}Nous avons facilité ce dénouement humanitaire à la demande des deux parties, avec le concours précieux du sultanat d'Oman{c}, a déclaré à l'AFP le ministre d'État qatari aux Affaires étrangères, Khalid Al-Mansouri.\n")
art("w139_tv_echange_iran", "TV news site", "2028-03-07", t139, [
    ("Camille Vernet et Olivier Pasquier sont libres. Ils ont quitté le territoire iranien ce matin et sont en route vers la France", "direct", ELY27),
    ("une immense joie", "partial", ELY27, 1),
    ("chaleureusement", "partial", ELY27),
    ("rôle décisif", "partial", ELY27),
    ("la fin d'un cauchemar", "partial", ARN27),
    ("Ce soir, deux familles vont enfin respirer. Merci à tous ceux qui, dans l'ombre, ont rendu ce moment possible", "direct", ARN27),
    ("L'avion transportant les deux ex-détenus a fait escale à Doha", "indirect", ["source diplomatique", "de source diplomatique"]),
    ("Nous n'avons jamais cessé d'y croire", "direct", BRU27),
    ("Trois ans, c'est long. On a compté les jours, puis on a arrêté de compter", "direct", BRU27),
    ("soulagement", "partial", LEB27),
    (f"ses clients avaient été détenus {o}sans le moindre fondement{c}", "indirect", LEB27),
    ("sans le moindre fondement", "partial", LEB27),
    ("Ils n'étaient pas des espions. Ils étaient des touristes, et ils ont servi de monnaie d'échange", "direct", LEB27),
    ("Ces deux ressortissants ont été graciés pour des raisons humanitaires, à la suite de la médiation de pays amis", "direct", IRN27),
    (f"Téhéran, a-t-il poursuivi, {o}se félicite du retour dans sa patrie d'un scientifique injustement emprisonné{c}", "indirect", IRN27),
    ("se félicite du retour dans sa patrie d'un scientifique injustement emprisonné", "partial", IRN27),
    ("il a été accueilli à l'aéroport Imam-Khomeini par un vice-ministre des Affaires étrangères", "indirect", ["Irna", "agence Irna", "l'agence officielle iranienne Irna", "agence officielle iranienne Irna"]),
    (f"il n'y avait eu {o}aucune contrepartie financière{c}", "indirect", QO27),
    ("aucune contrepartie financière", "partial", QO27),
    ("La France ne paie pas de rançon. Elle l'a toujours dit et elle le redit aujourd'hui", "direct", QO27),
    ("décision de justice", "partial", ["Paris", "France", "la France", "Élysée", "l'Élysée", "Quai d'Orsay", "le Quai d'Orsay"]),
    ("grâce", "partial", IRN27),
    ("bonne nouvelle", "partial", AMN27),
    ("la diplomatie des otages", "partial", AMN27),
    ("Au moins une vingtaine d'Occidentaux seraient encore détenus en Iran", "indirect", AMN27),
    ("Nous avons facilité ce dénouement humanitaire à la demande des deux parties, avec le concours précieux du sultanat d'Oman", "direct", QAT27),
])

# 140. a national daily's portrait in curly marks, with a byline: charges in marks after « accusés
# d' » (the Iranian judiciary's words), quotes from past interviews (« confiait-elle en 2023 à une
# radio locale », « se disait “…” mais “…” », « nous disait-elle en janvier »), a letter from prison
# after « écrivait : », the mother on the phone after a colon, « À l'Élysée, on reconnaît que », the
# president's old post (« avait-il écrit sur X »), an anonymous former diplomat and an adviser, the Quai
# d'Orsay « par la voix de sa porte-parole », « Pour Me X, l'avocat des familles, … », « prévient-il »,
# « a plaidé … le frère d'Olivier »
o, c = "“", "”"
t140 = (
"Portrait. Camille Vernet et Olivier Pasquier, mille jours loin de Montbrison\n\n"
"Par Anne-Sophie Berthier\n\n"
f"Elle enseignait le français à des collégiens de la Loire, il restaurait des vélos anciens dans un atelier du centre-ville de Montbrison. Rien ne destinait Camille Vernet, 38 ans, et Olivier Pasquier, 45 ans, à devenir les visages d'une crise diplomatique. Arrêtés en mai 2025 à Chiraz, au dernier jour d'un voyage d'un mois, accusés d'{o}espionnage au profit d'Israël{c} par la justice iranienne, ils ont été libérés mardi au terme d'un échange négocié par Doha et Mascate.\n\n"
f"Ce voyage, elle en rêvait depuis ses années d'études de persan à Lyon. {o}Je veux voir Ispahan avant mes quarante ans, et je veux y arriver en sachant lire les enseignes{c}, confiait-elle en 2023 à une radio locale, dans une émission consacrée aux enseignants voyageurs. Olivier, lui, se disait {o}moins aventurier{c} mais {o}incapable de la laisser partir seule{c}.\n\n"
f"Leur détention, à la prison d'Evin puis dans une résidence surveillée du nord de Téhéran, a été marquée par de longues semaines d'isolement. Dans une lettre transmise à sa mère à l'automne 2026, dont nous avons pu lire des extraits, Camille Vernet écrivait : {o}Je relis les trois mêmes livres en boucle. Je connais chaque fissure du plafond. Mais je tiens, dis-le à tout le monde.{c}\n\n"
f"Sa mère, Hélène Vernet, n'a jamais baissé les bras. Chaque premier samedi du mois, elle a tenu un rassemblement devant la mairie. {o}On me demande d'être patiente. J'ai été patiente pendant mille jours{c}, nous disait-elle en janvier. Mardi, au téléphone, elle cherchait ses mots : {o}Je vais la serrer dans mes bras. Le reste, on verra plus tard.{c}\n\n"
f"À l'Élysée, on reconnaît que le dossier a longtemps été {o}le plus douloureux{c} de la diplomatie française. Le chef de l'État, Philippe Arnaud, avait reçu les familles à trois reprises. {o}Nous ne les oublions pas une seule seconde{c}, avait-il écrit sur X au deuxième anniversaire de leur arrestation.\n\n"
f"La contrepartie fait pourtant grincer des dents. Mehdi Sarrafi, ingénieur en électronique condamné en 2026 à cinq ans de prison par le tribunal correctionnel de Paris pour avoir exporté vers l'Iran des composants à double usage, a été libéré lundi soir puis expulsé. {o}On ne négocie pas avec des preneurs d'otages sans leur donner raison{c}, regrette un ancien ambassadeur qui a requis l'anonymat. Un conseiller de l'exécutif balaie l'argument : {o}Entre un principe et deux vies, le choix était vite fait.{c}\n\n"
f"Le Quai d'Orsay, par la voix de sa porte-parole, Laure Dambrine, a rappelé que tout séjour en Iran restait {o}formellement déconseillé{c} aux ressortissants français, binationaux compris.\n\n"
f"Pour Me Antoine Lebras, l'avocat des familles, cette libération ne referme pas le dossier. {o}Ils ont été jugés en vingt minutes, sans interprète, sur la foi d'aveux extorqués. Nous saisirons le groupe de travail de l'ONU sur la détention arbitraire{c}, prévient-il. Leurs proches, eux, réclament d'abord du temps. {o}Laissez-les dormir, manger, revoir leurs amis. Les questions viendront après{c}, a plaidé mardi le frère d'Olivier, Bruno Pasquier.\n")
art("w140_portrait_echange_iran", "national daily", "2028-03-08", t140, [
    ("espionnage au profit d'Israël", "partial", ["justice iranienne", "la justice iranienne"]),
    ("Je veux voir Ispahan avant mes quarante ans, et je veux y arriver en sachant lire les enseignes", "direct", CAM27),
    ("moins aventurier", "partial", OLI27),
    ("incapable de la laisser partir seule", "partial", OLI27),
    ("Je relis les trois mêmes livres en boucle. Je connais chaque fissure du plafond. Mais je tiens, dis-le à tout le monde.", "direct", CAM27),
    ("On me demande d'être patiente. J'ai été patiente pendant mille jours", "direct", HEL27),
    ("Je vais la serrer dans mes bras. Le reste, on verra plus tard.", "direct", HEL27),
    (f"le dossier a longtemps été {o}le plus douloureux{c} de la diplomatie française", "indirect", ELY27),
    ("le plus douloureux", "partial", ELY27),
    ("Nous ne les oublions pas une seule seconde", "direct", ARN27),
    ("On ne négocie pas avec des preneurs d'otages sans leur donner raison", "direct", ["ancien ambassadeur", "un ancien ambassadeur"]),
    ("Entre un principe et deux vies, le choix était vite fait.", "direct", ["conseiller de l'exécutif", "un conseiller de l'exécutif", "conseiller"]),
    (f"tout séjour en Iran restait {o}formellement déconseillé{c} aux ressortissants français, binationaux compris", "indirect", QO27),
    ("formellement déconseillé", "partial", QO27),
    ("cette libération ne referme pas le dossier", "indirect", LEB27),
    ("Ils ont été jugés en vingt minutes, sans interprète, sur la foi d'aveux extorqués. Nous saisirons le groupe de travail de l'ONU sur la détention arbitraire", "direct", LEB27),
    ("Laissez-les dormir, manger, revoir leurs amis. Les questions viendront après", "direct", BRU27),
])

# 141. the regional daily of the families' home town, guillemets with narrow no-break spaces: a
# headline repeating a neighbour's cry (not annotated), a banner's slogan in marks (no quote), the
# mayor (« a déclaré l'élu »), « Il a annoncé que … « … » », the parish priest (« sourit le prêtre »),
# a former pupil by first name and age (« raconte »), a neighbour's cake as a partial, the families'
# message relayed (« elles remercient « … » », « Elles demandent aussi que »), a support committee
# (« annonce qu'il »), « Selon la préfecture de la Loire, … « … » »
o, c = "«" + NN, NN + "»"
t141 = (
f"Montbrison. {o}Ils reviennent !{c} : la ville laisse éclater sa joie\n\n"
f"Il était un peu plus de 13 heures, mardi, quand les cloches de l'église Notre-Dame-d'Espérance se sont mises à sonner à la volée. Dans la rue où Camille Vernet et Olivier Pasquier louaient un appartement avant leur départ, une voisine est sortie sur son balcon en criant : {o}Ils reviennent !{c}\n\n"
f"À la mairie, où une banderole {o}Libérez Camille et Olivier{c} était accrochée depuis le printemps 2025, le maire, Gérard Faure, a réuni les élus en fin d'après-midi. {o}C'est toute une ville qui retrouve deux de ses enfants. On a tenu bon ensemble, et ce soir on peut être fiers{c}, a déclaré l'élu, très ému. Il a annoncé que la banderole serait décrochée {o}dès leur retour parmi nous{c}, lors d'une fête dont la date reste à fixer.\n\n"
f"Le père Michel Dufour, curé de la paroisse, faisait dire une messe chaque mois pour les deux otages. {o}On priait sans savoir si nos prières traversaient les murs d'Evin. Aujourd'hui, j'ai envie de croire qu'elles l'ont fait{c}, sourit le prêtre, qui célébrera dimanche une messe d'action de grâce.\n\n"
f"Au café de la place Bouvier, les habitués ne parlaient que de ça. {o}Camille, je l'ai eue comme prof de français en quatrième. Elle nous faisait lire des poèmes persans, on ne comprenait rien, mais on adorait{c}, raconte Lucas, 27 ans. Josiane, 74 ans, qui habite sur le même palier que le couple, a déjà prévu {o}un gâteau aux noix, celui qu'Olivier préfère{c}.\n\n"
f"Les familles, elles, ont pris la route de Paris dès la fin de matinée. Dans un bref message transmis à notre rédaction, elles remercient {o}du fond du cœur{c} les Montbrisonnais {o}pour chaque bougie, chaque signature, chaque pensée{c}. Elles demandent aussi que leur intimité soit respectée {o}dans les semaines qui viennent{c}.\n\n"
f"Le comité de soutien, qui avait recueilli plus de 40{NB}000 signatures, annonce qu'il ne se dissoudra pas. {o}D'autres Français sont encore retenus à l'étranger. On va mettre notre énergie à leur service{c}, explique sa présidente, Sandrine Mollard.\n\n"
f"Selon la préfecture de la Loire, les deux anciens détenus pourraient rejoindre Montbrison {o}d'ici la fin de la semaine{c}, après des examens médicaux à l'hôpital d'instruction des armées Percy, à Clamart.\n")
FAU27 = ["Gérard Faure", "Faure", "maire", "le maire", "l'élu", "élu", "maire de Montbrison"]
MOL27 = ["Sandrine Mollard", "Mollard", "présidente du comité de soutien", "sa présidente", "comité de soutien", "le comité de soutien"]
PRF27 = ["préfecture de la Loire", "la préfecture de la Loire", "préfecture", "la préfecture"]
art("w141_regional_echange_iran", "regional", "2028-03-08", t141, [
    ("Ils reviennent !", "direct", ["voisine", "une voisine"], 1),
    ("C'est toute une ville qui retrouve deux de ses enfants. On a tenu bon ensemble, et ce soir on peut être fiers", "direct", FAU27),
    (f"la banderole serait décrochée {o}dès leur retour parmi nous{c}, lors d'une fête dont la date reste à fixer", "indirect", FAU27),
    ("dès leur retour parmi nous", "partial", FAU27),
    ("On priait sans savoir si nos prières traversaient les murs d'Evin. Aujourd'hui, j'ai envie de croire qu'elles l'ont fait", "direct", ["Michel Dufour", "Dufour", "père Michel Dufour", "le père Michel Dufour", "curé", "le curé", "prêtre", "le prêtre", "curé de la paroisse"]),
    ("Camille, je l'ai eue comme prof de français en quatrième. Elle nous faisait lire des poèmes persans, on ne comprenait rien, mais on adorait", "direct", ["Lucas"]),
    ("un gâteau aux noix, celui qu'Olivier préfère", "partial", ["Josiane"]),
    ("du fond du cœur", "partial", FAM27),
    ("pour chaque bougie, chaque signature, chaque pensée", "partial", FAM27),
    (f"leur intimité soit respectée {o}dans les semaines qui viennent{c}", "indirect", FAM27),
    ("dans les semaines qui viennent", "partial", FAM27),
    ("il ne se dissoudra pas", "indirect", MOL27),
    ("D'autres Français sont encore retenus à l'étranger. On va mettre notre énergie à leur service", "direct", MOL27),
    (f"les deux anciens détenus pourraient rejoindre Montbrison {o}d'ici la fin de la semaine{c}, après des examens médicaux à l'hôpital d'instruction des armées Percy, à Clamart", "indirect", PRF27),
    ("d'ici la fin de la semaine", "partial", PRF27),
])

# 142. an agency brief, guillemets with no-break spaces: a lead closed by « a annoncé l'Élysée », « s'est
# félicitée la présidence dans un communiqué », a charge in marks (the court's word), « selon une source
# proche du dossier » postposed, « a qualifié … de « … » et affirmé que », « a indiqué à l'AFP que … et
# que … », Oman's communiqué (« a salué … « … » »), « a dit à l'AFP attendre « … » », « Selon Amnesty
# International, », « a précisé son entourage »
o, c = "«" + NB, NB + "»"
t142 = (
"Paris, 7 mars 2028 (AFP) - L'Iran a libéré mardi les Français Camille Vernet et Olivier Pasquier, détenus depuis mai 2025, en échange de l'ingénieur iranien Mehdi Sarrafi, emprisonné en France, à l'issue d'une médiation du Qatar et d'Oman, a annoncé l'Élysée.\n\n"
f"{o}Nos deux compatriotes sont libres{c}, s'est félicitée la présidence dans un communiqué, remerciant Doha et Mascate pour leur {o}engagement constant{c}.\n\n"
f"Arrêtés à Chiraz alors qu'ils achevaient un voyage touristique, les deux Français avaient été condamnés en 2026 à dix ans de prison pour {o}espionnage{c}, des accusations qu'ils ont toujours rejetées.\n\n"
"Mehdi Sarrafi, 52 ans, condamné à Paris pour avoir exporté illégalement des composants électroniques vers l'Iran, a été expulsé lundi soir vers Mascate, selon une source proche du dossier.\n\n"
f"À Téhéran, le porte-parole de la diplomatie iranienne, Kazem Rahimi, a qualifié leur libération de {o}geste humanitaire{c} et affirmé que la justice iranienne avait {o}pleinement respecté le droit{c}.\n\n"
f"Le ministre d'État qatari aux Affaires étrangères, Khalid Al-Mansouri, a indiqué à l'AFP que les négociations avaient duré {o}plus de huit mois{c} et que les deux Français avaient transité par Doha avant de s'envoler pour Paris.\n\n"
f"Le sultanat d'Oman a salué dans un communiqué {o}l'esprit de responsabilité{c} des deux parties.\n\n"
f"La porte-parole du Quai d'Orsay, Laure Dambrine, a assuré qu'aucune rançon n'avait été versée. {o}La France ne cède pas au chantage, ni aujourd'hui ni demain{c}, a-t-elle déclaré lors du point de presse du ministère.\n\n"
f"L'avocat des familles, Me Antoine Lebras, a dit à l'AFP attendre {o}des excuses et une réparation{c} de la part de Téhéran. Selon Amnesty International, une vingtaine de ressortissants occidentaux ou binationaux restent détenus en Iran.\n\n"
"Le président Philippe Arnaud devait accueillir les deux anciens détenus dans la soirée sur la base aérienne de Villacoublay, a précisé son entourage.\n\n"
"L'échange intervient deux semaines après la reprise, à Mascate, de discussions indirectes entre Téhéran et les Européens sur le programme nucléaire iranien.\n")
art("w142_agence_echange_iran", "wire", "2028-03-07", t142, [
    ("L'Iran a libéré mardi les Français Camille Vernet et Olivier Pasquier, détenus depuis mai 2025, en échange de l'ingénieur iranien Mehdi Sarrafi, emprisonné en France, à l'issue d'une médiation du Qatar et d'Oman", "indirect", ELY27),
    ("Nos deux compatriotes sont libres", "direct", ELY27),
    ("engagement constant", "partial", ELY27),
    ("Mehdi Sarrafi, 52 ans, condamné à Paris pour avoir exporté illégalement des composants électroniques vers l'Iran, a été expulsé lundi soir vers Mascate", "indirect", ["source proche du dossier", "une source proche du dossier"]),
    ("geste humanitaire", "partial", IRN27),
    (f"la justice iranienne avait {o}pleinement respecté le droit{c}", "indirect", IRN27),
    ("pleinement respecté le droit", "partial", IRN27),
    (f"les négociations avaient duré {o}plus de huit mois{c} et que les deux Français avaient transité par Doha avant de s'envoler pour Paris", "indirect", QAT27),
    ("plus de huit mois", "partial", QAT27),
    ("l'esprit de responsabilité", "partial", OMA27),
    ("aucune rançon n'avait été versée", "indirect", QO27),
    ("La France ne cède pas au chantage, ni aujourd'hui ni demain", "direct", QO27),
    ("des excuses et une réparation", "partial", LEB27),
    ("une vingtaine de ressortissants occidentaux ou binationaux restent détenus en Iran", "indirect", AMN27),
    ("Le président Philippe Arnaud devait accueillir les deux anciens détenus dans la soirée sur la base aérienne de Villacoublay", "indirect", ["entourage", "son entourage", "entourage du président", "entourage du chef de l'État"]),
])

# 143. a Belgian daily rewriting agency copy, straight marks: « selon l'AFP » closing the lead, the
# Élysée without its accent, a post on X after « un court message: », Tehran's spokesman « a affirmé
# que … et que … , rapporte Reuters » (the agency relays, the words stay the spokesman's), the Qatari
# mediator « à la chaîne Al Jazeera », « Selon Reuters, » fronted, a scare quote, the lawyer « cité
# par l'AFP », the families' request, « les deux capitales ont fait savoir que », Brussels' foreign
# affairs service postposed, NGOs' words
t143 = (
"Iran: deux Français libérés en échange d'un ingénieur iranien\n\n"
"Téhéran a relâché mardi deux ressortissants français, Camille Vernet et Olivier Pasquier, en échange d'un ingénieur iranien détenu en France, selon l'AFP. L'opération, négociée en coulisses par le Qatar et Oman, a été confirmée dans la foulée par les deux capitales.\n\n"
"Dans un communiqué, l'Elysée a salué \"une immense joie pour la Nation tout entière\" et remercié Doha et Mascate \"pour leurs bons offices\". Le président français Philippe Arnaud a ensuite publié sur X une photo des deux ex-détenus à bord de l'avion, accompagnée d'un court message: \"Bienvenue chez vous.\"\n\n"
"Côté iranien, le porte-parole du ministère des Affaires étrangères, Kazem Rahimi, a affirmé que les deux Français avaient été \"graciés par le Guide suprême\" et que leur libération n'avait \"rien à voir\" avec celle de Mehdi Sarrafi, rapporte Reuters. Une version que contredit le médiateur qatari. \"Il s'agissait bien d'un échange, accepté par les deux parties et garanti par Doha\", a déclaré Khalid Al-Mansouri à la chaîne Al Jazeera.\n\n"
"Selon Reuters, l'ingénieur, condamné en 2026 à cinq ans de prison en France, a atterri à Téhéran lundi soir à bord d'un vol commercial en provenance de Mascate. Des images de la télévision d'Etat le montrent accueilli en \"héros\" par sa famille au pied de la passerelle.\n\n"
"Les deux Français, arrêtés en mai 2025, avaient été condamnés pour espionnage. \"Ils ont payé le prix d'un bras de fer qui ne les concernait pas\", a déclaré leur avocat, Me Antoine Lebras, cité par l'AFP. Les familles ont demandé aux médias de respecter leur \"besoin de silence\" dans les prochains jours.\n\n"
"Interrogées sur le volet financier, les deux capitales ont fait savoir qu'aucune somme d'argent n'avait été versée.\n\n"
"La Belgique, qui avait elle-même obtenu en 2023 la libération de l'humanitaire Olivier Vandecasteele au terme d'un échange comparable avec Téhéran, \"suit de près\" ce type de dossiers, a indiqué le SPF Affaires étrangères à notre rédaction. Plusieurs ONG, dont Amnesty International, dénoncent une \"diplomatie des otages\" qui \"récompense les arrestations arbitraires\".\n")
art("w143_belge_echange_iran", "daily-be", "2028-03-08", t143, [
    ("Téhéran a relâché mardi deux ressortissants français, Camille Vernet et Olivier Pasquier, en échange d'un ingénieur iranien détenu en France", "indirect", AFP27),
    ("une immense joie pour la Nation tout entière", "partial", ELY27),
    ("pour leurs bons offices", "partial", ELY27),
    ("Bienvenue chez vous.", "direct", ARN27),
    ("les deux Français avaient été \"graciés par le Guide suprême\" et que leur libération n'avait \"rien à voir\" avec celle de Mehdi Sarrafi", "indirect", IRN27),
    ("graciés par le Guide suprême", "partial", IRN27),
    ("rien à voir", "partial", IRN27),
    ("Il s'agissait bien d'un échange, accepté par les deux parties et garanti par Doha", "direct", QAT27),
    ("l'ingénieur, condamné en 2026 à cinq ans de prison en France, a atterri à Téhéran lundi soir à bord d'un vol commercial en provenance de Mascate", "indirect", ["Reuters", "agence Reuters", "l'agence Reuters"]),
    ("Ils ont payé le prix d'un bras de fer qui ne les concernait pas", "direct", LEB27),
    ("besoin de silence", "partial", FAM27),
    ("aucune somme d'argent n'avait été versée", "indirect", ["les deux capitales", "deux capitales", "Paris et Téhéran"]),
    ("La Belgique, qui avait elle-même obtenu en 2023 la libération de l'humanitaire Olivier Vandecasteele au terme d'un échange comparable avec Téhéran, \"suit de près\" ce type de dossiers", "indirect", ["SPF Affaires étrangères", "le SPF Affaires étrangères", "Belgique", "la Belgique"]),
    ("suit de près", "partial", ["SPF Affaires étrangères", "le SPF Affaires étrangères", "Belgique", "la Belgique"]),
    ("diplomatie des otages", "partial", ["ONG", "Plusieurs ONG", "plusieurs ONG", "Amnesty International"]),
    ("récompense les arrestations arbitraires", "partial", ["ONG", "Plusieurs ONG", "plusieurs ONG", "Amnesty International"]),
])

# batch 28
# 144-148. one invented event: a large overnight drone and missile attack on the (invented) city of
# Kremenivka in central Ukraine (62 drones, 9 missiles, a nine-storey block half collapsed, a
# thermal power plant hit), with the reactions of the Ukrainian president on Telegram, the mayor,
# the regional governor, the Russian defence ministry (military targets), the Kremlin spokesman
# (no civilians targeted), the EU's foreign policy chief, the French foreign ministry's communiqué
# and the UN humanitarian coordinator, told by five outlets. Each article's gold is independent.
LEV28 = ["Ostap Levtchenko", "Levtchenko", "président ukrainien", "le président ukrainien", "chef de l'État", "le chef de l'État", "président Ostap Levtchenko", "le président Ostap Levtchenko"]
SAV28 = ["Iryna Savtchouk", "Savtchouk", "maire", "la maire", "maire de Kremenivka", "la maire de Kremenivka", "maire de la ville", "la maire de la ville", "édile", "l'édile"]
DAN28 = ["Mykola Danylenko", "Danylenko", "gouverneur", "le gouverneur", "gouverneur de la région", "le gouverneur de la région", "gouverneur régional", "le gouverneur régional"]
DEF28 = ["ministère russe de la Défense", "le ministère russe de la Défense", "ministère de la Défense", "le ministère de la Défense", "ministère", "le ministère", "Défense russe", "Moscou", "Russie"]
SOL28 = ["Arkadi Soloviov", "Soloviov", "porte-parole du Kremlin", "le porte-parole du Kremlin", "porte-parole de la présidence russe", "le porte-parole de la présidence russe", "porte-parole", "le porte-parole", "Kremlin", "le Kremlin"]
KRE28 = ["Kremlin", "le Kremlin", "Moscou", "Russie", "la Russie"]
LAA28 = ["Kristiina Laane", "Laane", "haute représentante", "la haute représentante", "haute représentante de l'UE pour les affaires étrangères", "la haute représentante de l'UE pour les affaires étrangères", "haute représentante de l'Union européenne pour les affaires étrangères", "haute représentante de l'UE", "cheffe de la diplomatie européenne", "la cheffe de la diplomatie européenne", "diplomatie européenne", "Union européenne", "UE"]
QO28 = ["Quai d'Orsay", "le Quai d'Orsay", "ministère français des Affaires étrangères", "le ministère français des Affaires étrangères", "ministère de l'Europe et des Affaires étrangères", "le ministère de l'Europe et des Affaires étrangères", "diplomatie française", "France", "la France", "Paris", "communiqué", "le communiqué", "texte", "le texte"]
ERI28 = ["Marta Eriksen", "Eriksen", "coordonnatrice humanitaire", "la coordonnatrice humanitaire", "coordonnatrice humanitaire de l'ONU en Ukraine", "la coordonnatrice humanitaire de l'ONU en Ukraine", "coordonnatrice humanitaire des Nations unies en Ukraine", "la coordonnatrice humanitaire des Nations unies en Ukraine", "ONU", "Nations unies"]
AIR28 = ["armée de l'air ukrainienne", "l'armée de l'air ukrainienne", "armée de l'air", "l'armée de l'air"]

# 144. a French news channel's live blog, guillemets with no-break spaces, time stamps newest
# first, short entries: the UN coordinator (« rappelant que … « … » »), the Quai d'Orsay's
# communiqué in partials (« assure que la France … « … » »), the EU's foreign policy chief on X
# (« a écrit la haute représentante »), the Kremlin spokesman (« a affirmé que … « … » », « a-t-il
# ajouté »), the defence ministry on Telegram (« affirme avoir mené « … » », « assure le
# ministère »), the governor (a toll « selon X » postposed), the mayor (« Selon elle, »), the
# president (« écrit-il », « demande « … » »), the air force (« précise que »), the energy company
# postposed, a « Lire aussi » title in marks
o, c = "«" + NB, NB + "»"
t144 = (
"EN DIRECT - Guerre en Ukraine : au moins 14 morts dans une attaque massive de drones et de missiles sur Kremenivka\n\n"
f"17h52 - La coordonnatrice humanitaire de l'ONU en Ukraine, Marta Eriksen, s'est rendue en fin d'après-midi devant l'immeuble effondré. {o}Ce que j'ai vu ici, ce sont des familles qui attendent en silence que les sauveteurs leur rendent un corps. Les civils ne sont pas une cible{c}, a-t-elle déclaré, rappelant que le droit international humanitaire {o}s'impose à toutes les parties{c}.\n\n"
f"17h20 - Paris condamne. Dans un communiqué, le ministère français des Affaires étrangères dénonce {o}une nouvelle attaque délibérée contre la population civile ukrainienne{c} et assure que la France continuera de soutenir l'Ukraine {o}aussi longtemps qu'il le faudra{c}.\n\n"
f"16h45 - Sur X, la cheffe de la diplomatie européenne, Kristiina Laane, ne mâche pas ses mots. {o}Frapper un immeuble d'habitation à 3 heures du matin n'a rien d'une opération militaire. C'est de la terreur{c}, a écrit la haute représentante, qui appelle les Vingt-Sept à accélérer leurs livraisons de systèmes antiaériens.\n\n"
f"(Lire aussi : {o}Défense antiaérienne : pourquoi l'Ukraine manque d'intercepteurs{c})\n\n"
f"16h10 - Le Kremlin nie viser les civils. Interrogé lors de son point de presse quotidien, le porte-parole de la présidence russe, Arkadi Soloviov, a affirmé que l'armée russe {o}ne frappe pas les infrastructures civiles{c}. {o}Toutes les frappes visent des objectifs militaires. Les accusations de Kiev relèvent de la propagande{c}, a-t-il ajouté.\n\n"
f"15h30 - Moscou revendique. Le ministère russe de la Défense affirme sur Telegram avoir mené dans la nuit {o}une frappe massive avec des armes de haute précision{c} contre {o}des entreprises du complexe militaro-industriel{c} de Kremenivka. {o}Tous les objectifs désignés ont été atteints{c}, assure le ministère.\n\n"
f"14h05 - Le bilan s'alourdit à 14 morts, dont trois enfants, et 57 blessés, selon le gouverneur de la région, Mykola Danylenko. {o}Les secouristes ont sorti deux nouveaux corps des décombres il y a une heure{c}, a-t-il précisé sur Telegram.\n\n"
f"12h40 - La maire de Kremenivka, Iryna Savtchouk, décrète trois jours de deuil. {o}Notre ville a vécu la pire nuit depuis le début de la guerre{c}, a-t-elle déclaré devant la presse, la voix nouée. Selon elle, plus de 200 habitants ont dû être relogés dans des écoles.\n\n"
f"11h15 - Sur Telegram, le président ukrainien Ostap Levtchenko publie une vidéo de l'immeuble éventré. {o}62 drones, 9 missiles, une seule cible : nos gens endormis. Le monde ne peut pas se contenter de condamner{c}, écrit-il. Le chef de l'État demande à ses alliés {o}au moins deux batteries Patriot supplémentaires{c} pour protéger la région.\n\n"
"09h30 - L'armée de l'air ukrainienne indique avoir abattu 48 des 62 drones et 5 des 9 missiles lancés dans la nuit. Elle précise que les missiles de croisière ont été tirés depuis des bombardiers stratégiques au-dessus de la mer Caspienne.\n\n"
"08h00 - Bonjour et bienvenue dans ce direct. Kremenivka, ville de 400 000 habitants du centre de l'Ukraine, a été visée dans la nuit de mardi à mercredi par l'une des attaques les plus importantes depuis des mois. Un immeuble de neuf étages s'est en partie effondré dans le quartier de Zavodskyï. Une centrale thermique a été touchée, privant 40 000 foyers d'électricité, a annoncé la compagnie régionale d'énergie.\n")
art("w144_live_kremenivka", "live", "2028-02-09", t144, [
    ("Ce que j'ai vu ici, ce sont des familles qui attendent en silence que les sauveteurs leur rendent un corps. Les civils ne sont pas une cible", "direct", ERI28),
    (f"le droit international humanitaire {o}s'impose à toutes les parties{c}", "indirect", ERI28),
    ("s'impose à toutes les parties", "partial", ERI28),
    ("une nouvelle attaque délibérée contre la population civile ukrainienne", "partial", QO28),
    (f"la France continuera de soutenir l'Ukraine {o}aussi longtemps qu'il le faudra{c}", "indirect", QO28),
    ("aussi longtemps qu'il le faudra", "partial", QO28),
    ("Frapper un immeuble d'habitation à 3 heures du matin n'a rien d'une opération militaire. C'est de la terreur", "direct", LAA28),
    (f"l'armée russe {o}ne frappe pas les infrastructures civiles{c}", "indirect", SOL28),
    ("ne frappe pas les infrastructures civiles", "partial", SOL28),
    ("Toutes les frappes visent des objectifs militaires. Les accusations de Kiev relèvent de la propagande", "direct", SOL28),
    ("une frappe massive avec des armes de haute précision", "partial", DEF28),
    ("des entreprises du complexe militaro-industriel", "partial", DEF28),
    ("Tous les objectifs désignés ont été atteints", "direct", DEF28),
    ("Le bilan s'alourdit à 14 morts, dont trois enfants, et 57 blessés", "indirect", DAN28),
    ("Les secouristes ont sorti deux nouveaux corps des décombres il y a une heure", "direct", DAN28),
    ("Notre ville a vécu la pire nuit depuis le début de la guerre", "direct", SAV28),
    ("plus de 200 habitants ont dû être relogés dans des écoles", "indirect", SAV28),
    ("62 drones, 9 missiles, une seule cible : nos gens endormis. Le monde ne peut pas se contenter de condamner", "direct", LEV28),
    ("au moins deux batteries Patriot supplémentaires", "partial", LEV28),
    ("les missiles de croisière ont été tirés depuis des bombardiers stratégiques au-dessus de la mer Caspienne", "indirect", AIR28),
    ("Une centrale thermique a été touchée, privant 40 000 foyers d'électricité", "indirect", ["compagnie régionale d'énergie", "la compagnie régionale d'énergie"]),
])

# 145. a national daily's long account from the scene, guillemets with narrow no-break spaces: a
# byline, « Selon un dernier bilan communiqué … par les autorités régionales, », a resident named by
# first name and age (« raconte la retraitée »), the mayor with an incise inside the marks and
# « L'édile », « Elle a également indiqué que … « … » », the governor after a colon, « Selon lui, »,
# « a qualifié … de « … » », the president on Telegram (« a écrit le chef de l'État », « à livrer
# « … » »), the defence ministry (« il affirme que »), the Kremlin spokesman with an incise inside
# the marks, the EU's foreign policy chief (« a dénoncé « … » et annoncé que »), the Quai d'Orsay in
# partials (« rappelant que »), the UN coordinator and « selon elle » inside the clause, a
# municipal scheme's name in marks (no quote)
o, c = "«" + NN, NN + "»"
t145 = (
"Ukraine : à Kremenivka, une nuit de feu et un immeuble éventré\n\n"
"Par Antoine Leclerc, envoyé spécial à Kremenivka\n\n"
"Les sirènes ont retenti peu après 2 heures du matin. Pendant près de quatre heures, Kremenivka, grande ville industrielle du centre de l'Ukraine, a été la cible d'une attaque combinée de drones et de missiles d'une ampleur rarement vue depuis le début de l'hiver. Au matin, un immeuble de neuf étages du quartier de Zavodskyï n'était plus qu'une façade ouverte sur le vide. Selon un dernier bilan communiqué mercredi soir par les autorités régionales, quatorze personnes ont été tuées, dont trois enfants, et cinquante-sept blessées.\n\n"
f"Devant les décombres, où les sauveteurs fouillaient encore les gravats à la nuit tombée, Olena, 67 ans, serre contre elle un sac de voyage. {o}J'habitais au quatrième. Je suis descendue à la cave avec ma voisine, et quand on est remontées, il n'y avait plus d'escalier{c}, raconte la retraitée.\n\n"
f"La maire, Iryna Savtchouk, est arrivée sur place avant l'aube. {o}Nous avons connu beaucoup d'alertes, beaucoup de nuits blanches, a-t-elle confié, mais jamais une nuit comme celle-ci.{c} L'édile a décrété trois jours de deuil et ouvert six centres d'hébergement dans des écoles, dans le cadre du dispositif {o}Hiver solidaire{c} lancé l'an dernier. Elle a également indiqué que l'eau courante serait rétablie {o}d'ici quarante-huit heures{c} dans les quartiers touchés.\n\n"
f"Le gouverneur de la région, Mykola Danylenko, a détaillé l'attaque : {o}L'ennemi a lancé 62 drones et 9 missiles, dont des missiles balistiques Iskander. La centrale thermique a été touchée à deux reprises.{c} Selon lui, l'essentiel des drones ont été abattus, mais deux missiles ont atteint le quartier résidentiel. Il a qualifié la frappe de {o}crime de guerre commis de sang-froid{c}.\n\n"
f"À Kiev, le président Ostap Levtchenko a réagi dans la matinée sur Telegram, où il a publié des images de l'immeuble éventré. {o}Chaque nuit, la Russie prouve qu'elle ne veut pas la paix. Chaque nuit, nous avons besoin de plus de défense aérienne{c}, a écrit le chef de l'État, qui a de nouveau appelé ses partenaires à livrer {o}sans délai{c} les systèmes promis.\n\n"
f"À Moscou, le ministère de la Défense a présenté une tout autre version. Dans son compte rendu quotidien, il affirme que les forces russes ont frappé {o}des entreprises de l'industrie de défense et des dépôts de carburant utilisés par les forces armées ukrainiennes{c}. Le ministère ne mentionne ni l'immeuble ni la centrale.\n\n"
f"Le porte-parole du Kremlin, Arkadi Soloviov, a lui aussi rejeté toute responsabilité dans la mort de civils. {o}Nos forces armées ne visent jamais les habitations, a-t-il répété devant les journalistes. Si un immeuble a été touché, c'est par un missile de la défense antiaérienne ukrainienne.{c} Une explication déjà avancée par Moscou après plusieurs frappes meurtrières ces derniers mois.\n\n"
f"Les condamnations européennes n'ont pas tardé. La haute représentante de l'Union européenne pour les affaires étrangères, Kristiina Laane, a dénoncé {o}une terreur méthodique{c} et annoncé que les Vingt-Sept examineraient dès lundi un nouveau paquet de sanctions. À Paris, le Quai d'Orsay a condamné {o}avec la plus grande fermeté{c} des frappes qui {o}visent délibérément la population et les infrastructures énergétiques{c}, rappelant que ces actes {o}constituent des crimes de guerre{c}.\n\n"
f"Pour les humanitaires, l'urgence est ailleurs : le froid. Avec des températures attendues à moins douze degrés d'ici la fin de la semaine, des dizaines de milliers d'habitants risquent de se retrouver sans chauffage. {o}Ce sont les plus âgés qui vont payer le prix le plus lourd{c}, a averti Marta Eriksen, la coordonnatrice humanitaire des Nations unies en Ukraine, qui a annoncé l'envoi de générateurs et de couvertures. L'ONU a recensé, selon elle, plus de 600 civils tués par des frappes aériennes depuis le début de l'année.\n")
art("w145_recit_kremenivka", "national daily", "2028-02-10", t145, [
    ("quatorze personnes ont été tuées, dont trois enfants, et cinquante-sept blessées", "indirect", ["autorités régionales", "les autorités régionales"]),
    ("J'habitais au quatrième. Je suis descendue à la cave avec ma voisine, et quand on est remontées, il n'y avait plus d'escalier", "direct", ["Olena", "retraitée", "la retraitée"]),
    ("Nous avons connu beaucoup d'alertes, beaucoup de nuits blanches, a-t-elle confié, mais jamais une nuit comme celle-ci.", "direct", SAV28),
    (f"l'eau courante serait rétablie {o}d'ici quarante-huit heures{c} dans les quartiers touchés", "indirect", SAV28),
    ("d'ici quarante-huit heures", "partial", SAV28),
    ("L'ennemi a lancé 62 drones et 9 missiles, dont des missiles balistiques Iskander. La centrale thermique a été touchée à deux reprises.", "direct", DAN28),
    ("l'essentiel des drones ont été abattus, mais deux missiles ont atteint le quartier résidentiel", "indirect", DAN28),
    ("crime de guerre commis de sang-froid", "partial", DAN28),
    ("Chaque nuit, la Russie prouve qu'elle ne veut pas la paix. Chaque nuit, nous avons besoin de plus de défense aérienne", "direct", LEV28),
    ("sans délai", "partial", LEV28),
    (f"les forces russes ont frappé {o}des entreprises de l'industrie de défense et des dépôts de carburant utilisés par les forces armées ukrainiennes{c}", "indirect", DEF28),
    ("des entreprises de l'industrie de défense et des dépôts de carburant utilisés par les forces armées ukrainiennes", "partial", DEF28),
    ("Nos forces armées ne visent jamais les habitations, a-t-il répété devant les journalistes. Si un immeuble a été touché, c'est par un missile de la défense antiaérienne ukrainienne.", "direct", SOL28),
    ("une terreur méthodique", "partial", LAA28),
    ("les Vingt-Sept examineraient dès lundi un nouveau paquet de sanctions", "indirect", LAA28),
    ("avec la plus grande fermeté", "partial", QO28),
    ("visent délibérément la population et les infrastructures énergétiques", "partial", QO28),
    (f"ces actes {o}constituent des crimes de guerre{c}", "indirect", QO28),
    ("constituent des crimes de guerre", "partial", QO28),
    ("Ce sont les plus âgés qui vont payer le prix le plus lourd", "direct", ERI28),
    ("L'ONU a recensé, selon elle, plus de 600 civils tués par des frappes aériennes depuis le début de l'année", "indirect", ERI28),
])

# 146. a free daily's short, informal explainer in straight marks: a headline repeating part of a
# body quote (not annotated), questions as subheads, a toll « selon » the air force postposed,
# « lâche la maire », the president after a colon, « parle d'un "…" », « assure que », « a balayé
# son porte-parole », « a tweeté », « La France, elle, "…" ces frappes, selon un communiqué »,
# « Paris dit aussi vouloir "…" », « alerte-t-elle », « a-t-elle précisé » postposed, « Selon
# elle, » over a partial
t146 = (
"Ukraine : à Kremenivka, \"la pire nuit depuis le début de la guerre\"\n\n"
"Une nuit d'horreur. Kremenivka, dans le centre de l'Ukraine, s'est réveillée mercredi sous les décombres après une attaque massive de drones et de missiles russes. On fait le point.\n\n"
"Que s'est-il passé ?\n\n"
"Vers 2 heures du matin, les sirènes ont hurlé. La Russie a lancé 62 drones et 9 missiles sur la ville, selon l'armée de l'air ukrainienne, qui dit en avoir intercepté 53. Un immeuble de neuf étages s'est effondré en partie. Bilan provisoire : 14 morts, dont 3 enfants, et 57 blessés. \"C'est la pire nuit depuis le début de la guerre\", lâche la maire, Iryna Savtchouk, sur une chaîne de télé locale.\n\n"
"Qui a dit quoi ?\n\n"
"Côté ukrainien, le président Ostap Levtchenko n'a pas mâché ses mots sur Telegram : \"Ils tuent des enfants qui dorment et ils appellent ça une opération militaire.\" Il réclame encore et toujours plus de défense antiaérienne. Le gouverneur de la région, Mykola Danylenko, parle lui d'un \"crime de guerre\" et assure que les secours \"travailleront toute la nuit s'il le faut\".\n\n"
"Côté russe, circulez, il n'y a rien à voir. Le ministère de la Défense affirme avoir touché uniquement des \"cibles militaires\". Et le Kremlin jure ne pas viser les civils. \"C'est un mensonge de Kiev, comme d'habitude\", a balayé son porte-parole, Arkadi Soloviov.\n\n"
"Et l'Europe ?\n\n"
"\"C'est inacceptable. Les habitants de Kremenivka méritent mieux que des condamnations\", a tweeté la cheffe de la diplomatie européenne, Kristiina Laane, qui promet de nouvelles sanctions. La France, elle, \"condamne avec la plus grande fermeté\" ces frappes, selon un communiqué du Quai d'Orsay. Paris dit aussi vouloir \"renforcer encore\" son aide à la défense aérienne ukrainienne.\n\n"
"Et maintenant ?\n\n"
"L'ONU est à pied d'œuvre. Sa coordonnatrice humanitaire en Ukraine, Marta Eriksen, s'inquiète surtout du froid qui arrive : jusqu'à -12 °C sont annoncés ce week-end. \"Sans électricité ni chauffage, des milliers de personnes âgées sont en danger\", alerte-t-elle. Des générateurs doivent arriver jeudi, a-t-elle précisé.\n\n"
"La maire, elle, a décrété trois jours de deuil. Selon elle, \"des centaines de familles\" ont perdu leur logement. Bref, Kremenivka n'est pas près d'oublier cette nuit-là.\n")
art("w146_gratuit_kremenivka", "free daily", "2028-02-09", t146, [
    ("La Russie a lancé 62 drones et 9 missiles sur la ville", "indirect", AIR28),
    ("C'est la pire nuit depuis le début de la guerre", "direct", SAV28),
    ("Ils tuent des enfants qui dorment et ils appellent ça une opération militaire.", "direct", LEV28),
    ("crime de guerre", "partial", DAN28),
    ("les secours \"travailleront toute la nuit s'il le faut\"", "indirect", DAN28),
    ("travailleront toute la nuit s'il le faut", "partial", DAN28),
    ("cibles militaires", "partial", DEF28),
    ("C'est un mensonge de Kiev, comme d'habitude", "direct", SOL28),
    ("C'est inacceptable. Les habitants de Kremenivka méritent mieux que des condamnations", "direct", LAA28),
    ("La France, elle, \"condamne avec la plus grande fermeté\" ces frappes", "indirect", QO28),
    ("condamne avec la plus grande fermeté", "partial", QO28),
    ("renforcer encore", "partial", QO28),
    ("Sans électricité ni chauffage, des milliers de personnes âgées sont en danger", "direct", ERI28),
    ("Des générateurs doivent arriver jeudi", "indirect", ERI28),
    ("\"des centaines de familles\" ont perdu leur logement", "indirect", SAV28),
    ("des centaines de familles", "partial", SAV28),
])

# 147. an international TV channel's site, guillemets with no space: a lead's one-word partial, the
# president translated from Ukrainian (« a écrit en ukrainien sur Telegram le président », « a-t-il
# ajouté, appelant … à livrer «…» »), « Selon l'armée de l'air ukrainienne, » and « a-t-elle
# précisé » postposed, the mayor « a indiqué à FRANCE 24 que » then « par téléphone, en
# ukrainien », subheads, the defence ministry's partials and communiqué (« indique le communiqué »),
# the Kremlin spokesman « selon des propos rapportés par l'agence TASS », the EU's foreign policy
# chief in English and its French translation (« soit «…» »), « La cheffe de la diplomatie
# européenne a ajouté que », the French ministry's communiqué (« ajoute le texte »), the UN
# coordinator in English (« a dit … être «…» », « expliquant que »)
o, c = "«", "»"
t147 = (
"Ukraine : au moins 14 morts à Kremenivka après une attaque massive de drones et de missiles russes\n\n"
"Publié le : 09/02/2028 - 21:14\n\n"
f"Une attaque russe d'envergure a frappé dans la nuit de mardi à mercredi la ville de Kremenivka, dans le centre de l'Ukraine, faisant au moins 14 morts, dont trois enfants. Le président ukrainien a dénoncé un acte de {o}terreur{c} et réclamé davantage de systèmes de défense aérienne à ses alliés occidentaux.\n\n"
f"{o}Cette nuit, la Russie a de nouveau choisi de tuer des civils endormis{c}, a écrit en ukrainien sur Telegram le président Ostap Levtchenko, publiant des images de sauveteurs s'affairant autour d'un immeuble de neuf étages à moitié effondré. {o}Chaque missile que nous n'interceptons pas, c'est une famille de moins{c}, a-t-il ajouté, appelant Washington et les Européens à livrer {o}sans attendre{c} de nouvelles batteries Patriot.\n\n"
"Selon l'armée de l'air ukrainienne, la Russie a tiré 62 drones d'attaque et 9 missiles, dont quatre missiles balistiques Iskander-M. Quarante-huit drones et cinq missiles ont été abattus, a-t-elle précisé.\n\n"
f"Sur place, le gouverneur régional Mykola Danylenko a fait état de 57 blessés, dont onze dans un état grave. La maire de la ville, Iryna Savtchouk, a indiqué à FRANCE 24 que les recherches se poursuivaient dans les décombres. {o}Nous ne savons pas encore combien de personnes se trouvent sous les gravats. Nous n'arrêterons pas tant qu'il restera un espoir{c}, a-t-elle déclaré par téléphone, en ukrainien.\n\n"
"Moscou assure avoir visé des sites militaires\n\n"
f"Le ministère russe de la Défense a de son côté affirmé avoir mené une {o}frappe de groupe{c} contre des {o}sites du complexe militaro-industriel et des infrastructures énergétiques alimentant les entreprises de défense{c} ukrainiennes. {o}Les objectifs de la frappe ont été atteints. Tous les objectifs désignés ont été touchés{c}, indique le communiqué publié sur Telegram.\n\n"
f"Interrogé par la presse, le porte-parole du Kremlin, Arkadi Soloviov, a démenti toute frappe contre des civils. {o}L'armée russe ne mène pas de frappes contre des cibles civiles. C'est un principe que nous respectons strictement{c}, a-t-il déclaré, selon des propos rapportés par l'agence TASS.\n\n"
"Les Européens promettent une réponse\n\n"
f"La haute représentante de l'UE pour les affaires étrangères, Kristiina Laane, a réagi en anglais sur X. {o}Russia's deliberate attacks on sleeping families are war crimes. There will be accountability{c}, a-t-elle écrit, soit {o}Les attaques délibérées de la Russie contre des familles endormies sont des crimes de guerre. Il y aura des comptes à rendre{c}. La cheffe de la diplomatie européenne a ajouté que le prochain paquet de sanctions viserait notamment les fabricants de composants de drones.\n\n"
f"À Paris, le ministère de l'Europe et des Affaires étrangères a condamné dans un communiqué {o}les frappes massives et indiscriminées de la Russie{c}, qui {o}témoignent une nouvelle fois de son mépris total pour la vie humaine{c}. La France {o}se tient aux côtés du peuple ukrainien{c}, ajoute le texte.\n\n"
"L'ONU inquiète pour l'hiver\n\n"
f"La coordonnatrice humanitaire des Nations unies en Ukraine, Marta Eriksen, a dit en anglais être {o}horrifiée{c} par le bilan. {o}Attacks on energy infrastructure in the middle of winter put millions of lives at risk{c}, a-t-elle rappelé dans une déclaration, expliquant que les équipes de l'ONU distribuaient depuis le matin des kits d'urgence aux familles sinistrées.\n\n"
"Kremenivka, située à plus de 200 kilomètres de la ligne de front, avait déjà été visée en octobre par une frappe de missiles qui avait fait sept morts. À l'époque, le Kremlin avait nié, comme aujourd'hui, toute responsabilité.\n")
art("w147_tv_kremenivka", "international tv", "2028-02-09", t147, [
    ("terreur", "partial", LEV28),
    ("Cette nuit, la Russie a de nouveau choisi de tuer des civils endormis", "direct", LEV28),
    ("Chaque missile que nous n'interceptons pas, c'est une famille de moins", "direct", LEV28),
    ("sans attendre", "partial", LEV28),
    ("la Russie a tiré 62 drones d'attaque et 9 missiles, dont quatre missiles balistiques Iskander-M", "indirect", AIR28),
    ("Quarante-huit drones et cinq missiles ont été abattus", "indirect", AIR28),
    ("les recherches se poursuivaient dans les décombres", "indirect", SAV28),
    ("Nous ne savons pas encore combien de personnes se trouvent sous les gravats. Nous n'arrêterons pas tant qu'il restera un espoir", "direct", SAV28),
    ("frappe de groupe", "partial", DEF28),
    ("sites du complexe militaro-industriel et des infrastructures énergétiques alimentant les entreprises de défense", "partial", DEF28),
    ("Les objectifs de la frappe ont été atteints. Tous les objectifs désignés ont été touchés", "direct", DEF28 + ["communiqué", "le communiqué"]),
    ("L'armée russe ne mène pas de frappes contre des cibles civiles. C'est un principe que nous respectons strictement", "direct", SOL28),
    ("Russia's deliberate attacks on sleeping families are war crimes. There will be accountability", "direct", LAA28),
    ("Les attaques délibérées de la Russie contre des familles endormies sont des crimes de guerre. Il y aura des comptes à rendre", "direct", LAA28),
    ("le prochain paquet de sanctions viserait notamment les fabricants de composants de drones", "indirect", LAA28),
    ("les frappes massives et indiscriminées de la Russie", "partial", QO28),
    ("témoignent une nouvelle fois de son mépris total pour la vie humaine", "partial", QO28),
    (f"La France {o}se tient aux côtés du peuple ukrainien{c}", "indirect", QO28),
    ("se tient aux côtés du peuple ukrainien", "partial", QO28),
    ("horrifiée", "partial", ERI28),
    ("Attacks on energy infrastructure in the middle of winter put millions of lives at risk", "direct", ERI28),
    ("les équipes de l'ONU distribuaient depuis le matin des kits d'urgence aux familles sinistrées", "indirect", ERI28),
])

# 148. an analysis with a researcher interviewed, curly marks: a byline, « explique X, chercheur à
# … », « Selon lui, », « Le chercheur estime que », a quote after a colon, the defence ministry
# (« a assuré que … “…” »), the Kremlin spokesman in reported speech without marks (« …, a-t-il
# affirmé devant la presse »), a quote from 2022 (« le Kremlin jurait que … “…” »), the president's
# partial and a quote from October (« avait-il déclaré le 14 octobre »), the mayor with an incise
# in the writer's clause (« Sa ville, a-t-elle affirmé, n'a reçu “…” »), « Pour X, », « explique-t-il »,
# the governor (« a reconnu … que … “…” »), the Quai d'Orsay's partial, « rappelle-t-il »
# postposed, the UN coordinator after « l'a rappelé à sa manière : » and a report from January
# (« elle avait déjà averti que »), a nickname in marks (no quote), « conclut X »
o, c = "“", "”"
t148 = (
"Frappes sur Kremenivka : pourquoi Moscou cible l'énergie ukrainienne au cœur de l'hiver\n\n"
"Par Lucie Vernier\n\n"
f"L'attaque qui a frappé Kremenivka dans la nuit du 8 au 9 février n'est pas seulement l'une des plus meurtrières de l'hiver. Par sa composition – 62 drones, 9 missiles – et par ses cibles, elle dit beaucoup de la stratégie russe. {o}Ce qu'on observe, c'est une campagne d'usure méthodique contre le réseau énergétique, avec des frappes qui reviennent sur les mêmes sites à quelques semaines d'intervalle{c}, explique Bertrand Oudin, chercheur à la Fondation pour la recherche stratégique (FRS) et spécialiste des armées russes.\n\n"
f"Selon lui, la centrale thermique de Kremenivka, frappée deux fois cette nuit-là, avait été choisie parce qu'elle alimente aussi plusieurs usines d'armement de la région. Le chercheur estime que l'immeuble effondré n'était vraisemblablement pas la cible visée, mais il refuse d'y voir un accident : {o}Quand on tire des missiles balistiques sur une ville de 400 000 habitants, on sait exactement ce qui va se passer.{c}\n\n"
f"Moscou, de son côté, répète le même récit depuis le début de la guerre. Mercredi, le ministère russe de la Défense a assuré que ses frappes avaient visé {o}des installations militaires et énergétiques utilisées par l'armée ukrainienne{c}, et le porte-parole du Kremlin, Arkadi Soloviov, a une nouvelle fois nié toute frappe contre des civils. Les forces russes ne frappent que des cibles légitimes, a-t-il affirmé devant la presse. En mars 2022 déjà, après le bombardement du théâtre de Marioupol, le Kremlin jurait que l'armée russe {o}ne bombarde pas les villes{c}.\n\n"
f"Côté ukrainien, la réponse tient en deux mots : défense aérienne. Sur Telegram, le président Ostap Levtchenko a de nouveau exigé des {o}systèmes Patriot, pas des communiqués{c}. Il n'a pas changé de discours depuis l'automne : {o}Chaque batterie qui manque, ce sont des morts de plus{c}, avait-il déclaré le 14 octobre, après une première frappe sur la ville. La maire de Kremenivka, Iryna Savtchouk, dit la même chose avec d'autres mots. Sa ville, a-t-elle affirmé, n'a reçu {o}aucun système supplémentaire{c} depuis cette première attaque.\n\n"
f"Pour Bertrand Oudin, le problème est arithmétique. {o}Un missile Patriot coûte plusieurs millions d'euros, un drone Shahed quelques dizaines de milliers. L'équation est intenable si l'on ne produit pas davantage d'intercepteurs bon marché{c}, explique-t-il. Ces drones, que les soldats ukrainiens surnomment {o}mobylettes{c} à cause du bruit de leur moteur, arrivent par vagues pour épuiser les défenses. Le gouverneur de la région, Mykola Danylenko, a reconnu mercredi que la défense antiaérienne locale avait été {o}saturée{c} pendant près d'une heure.\n\n"
f"À Bruxelles et à Paris, les condamnations ont suivi un scénario bien rodé. La haute représentante de l'UE, Kristiina Laane, a promis un nouveau paquet de sanctions, le Quai d'Orsay a dénoncé des {o}crimes de guerre{c}. Mais le chercheur doute de leur effet. Les sanctions n'ont jamais empêché la Russie de produire des drones, rappelle-t-il. Selon lui, seule une hausse rapide des livraisons d'intercepteurs pourrait changer la donne avant la fin de l'hiver.\n\n"
f"Car l'hiver, justement, est l'autre arme de Moscou. La coordonnatrice humanitaire de l'ONU en Ukraine, Marta Eriksen, l'a rappelé à sa manière : {o}On ne peut pas reconstruire une centrale aussi vite qu'on la détruit.{c} En janvier, elle avait déjà averti que près de 30 % de la capacité de production électrique du pays avait été détruite ou endommagée depuis l'automne.\n\n"
f"Reste une question que personne, à Kiev, n'ose poser publiquement. {o}Combien de temps une ville peut-elle tenir sans chauffage, sans eau et sans sommeil ? Je ne crois pas que quiconque ait la réponse{c}, conclut Bertrand Oudin.\n")
OUD28 = ["Bertrand Oudin", "Oudin", "chercheur", "le chercheur", "chercheur à la Fondation pour la recherche stratégique", "spécialiste des armées russes"]
art("w148_analyse_kremenivka", "national daily", "2028-02-10", t148, [
    ("Ce qu'on observe, c'est une campagne d'usure méthodique contre le réseau énergétique, avec des frappes qui reviennent sur les mêmes sites à quelques semaines d'intervalle", "direct", OUD28),
    ("la centrale thermique de Kremenivka, frappée deux fois cette nuit-là, avait été choisie parce qu'elle alimente aussi plusieurs usines d'armement de la région", "indirect", OUD28),
    ("l'immeuble effondré n'était vraisemblablement pas la cible visée", "indirect", OUD28),
    ("Quand on tire des missiles balistiques sur une ville de 400 000 habitants, on sait exactement ce qui va se passer.", "direct", OUD28),
    (f"ses frappes avaient visé {o}des installations militaires et énergétiques utilisées par l'armée ukrainienne{c}", "indirect", DEF28),
    ("des installations militaires et énergétiques utilisées par l'armée ukrainienne", "partial", DEF28),
    ("Les forces russes ne frappent que des cibles légitimes", "indirect", SOL28),
    (f"l'armée russe {o}ne bombarde pas les villes{c}", "indirect", KRE28),
    ("ne bombarde pas les villes", "partial", KRE28),
    ("systèmes Patriot, pas des communiqués", "partial", LEV28),
    ("Chaque batterie qui manque, ce sont des morts de plus", "direct", LEV28),
    (f"Sa ville, a-t-elle affirmé, n'a reçu {o}aucun système supplémentaire{c} depuis cette première attaque", "indirect", SAV28),
    ("aucun système supplémentaire", "partial", SAV28),
    ("le problème est arithmétique", "indirect", OUD28),
    ("Un missile Patriot coûte plusieurs millions d'euros, un drone Shahed quelques dizaines de milliers. L'équation est intenable si l'on ne produit pas davantage d'intercepteurs bon marché", "direct", OUD28),
    (f"la défense antiaérienne locale avait été {o}saturée{c} pendant près d'une heure", "indirect", DAN28),
    ("saturée", "partial", DAN28),
    ("crimes de guerre", "partial", QO28),
    ("Les sanctions n'ont jamais empêché la Russie de produire des drones", "indirect", OUD28),
    ("seule une hausse rapide des livraisons d'intercepteurs pourrait changer la donne avant la fin de l'hiver", "indirect", OUD28),
    ("On ne peut pas reconstruire une centrale aussi vite qu'on la détruit.", "direct", ERI28),
    ("près de 30 % de la capacité de production électrique du pays avait été détruite ou endommagée depuis l'automne", "indirect", ERI28),
    ("Combien de temps une ville peut-elle tenir sans chauffage, sans eau et sans sommeil ? Je ne crois pas que quiconque ait la réponse", "direct", OUD28),
])

# batch 29
# 149-153. one invented no-confidence vote: the Prime Minister, Hélène Vasseur, engages her
# government's responsibility (article 49.3) on the bill « Redressement des comptes publics »; the
# left's motion of censure falls eighteen votes short (271 of 289) on Thursday 10 February 2028.
# Group leaders, the president of the Assemblée, ministers on the morning radio and TV, the
# Élysée and the President's entourage, union leaders, heckles, slogans, told by five outlets.
# Each article's gold is independent.
VAS29 = ["Hélène Vasseur", "Vasseur", "Première ministre", "la Première ministre", "cheffe du gouvernement", "la cheffe du gouvernement", "Matignon"]
COU29 = ["Bernard Coustal", "Coustal", "président de l'Assemblée", "le président de l'Assemblée", "président de l'Assemblée nationale", "le président de l'Assemblée nationale", "président de séance", "le président de séance"]
KER29 = ["Nadia Kerbouche", "Kerbouche", "présidente du groupe La France insoumise", "la présidente du groupe La France insoumise", "présidente du groupe insoumis", "la présidente du groupe insoumis"]
BER29 = ["Olivier Berthelot", "Berthelot", "chef de file des députés socialistes", "le chef de file des députés socialistes", "chef de file des députés PS", "le chef de file des députés PS", "socialiste", "le socialiste"]
MON29 = ["Claire Montfort", "Montfort", "présidente du groupe écologiste", "la présidente du groupe écologiste", "écologiste", "l'écologiste"]
DEL29 = ["Franck Delorme", "Delorme", "président du groupe Rassemblement national", "le président du groupe Rassemblement national", "président du groupe RN", "le président du groupe RN"]
CAS29 = ["Henri Castagnet", "Castagnet", "chef de file des députés LR", "le chef de file des députés LR", "chef de file des députés Les Républicains"]
GER29 = ["Antoine Gerbier", "Gerbier", "ministre de l'Économie", "le ministre de l'Économie", "ministre", "le ministre"]
MOK29 = ["Sarah Mokrani", "Mokrani", "porte-parole du gouvernement", "la porte-parole du gouvernement"]
FER29 = ["Julien Ferrand", "Ferrand", "ministre du Travail", "le ministre du Travail", "ministre", "le ministre"]
TES29 = ["Laure Tessier", "Tessier", "secrétaire générale de la CGT", "la secrétaire générale de la CGT", "CGT", "la CGT"]
ELY29 = ["Élysée", "l'Élysée", "présidence", "la présidence", "présidence de la République", "la présidence de la République"]
PRO29 = ["proche du chef de l'État", "un proche du chef de l'État"]

# 149. a parliamentary live blog with time stamps, newest first, guillemets with narrow no-break
# spaces: the bill's and the motion's titles in marks (no quotes), placards' slogan in marks (no
# quote), heckles (« crie une partie de la gauche », « reprennent en chœur les élus de gauche »),
# the president of the Assemblée announcing the result, « lance-t-elle », « justifie-t-il »,
# « attaque le chef de file des députés PS » postposed, « Pour la présidente du groupe …, », a
# union leader in the galleries, « Selon l'Élysée, » fronted
o, c = "«" + NN, NN + "»"
t149 = (
"DIRECT. Motion de censure : le gouvernement Vasseur sauvé à dix-huit voix près\n\n"
f"Suivez avec nous la séance de l'Assemblée nationale consacrée aux deux motions de censure déposées après le recours à l'article 49.3 sur le projet de loi {o}Redressement des comptes publics{c}.\n\n"
f"18h52 - C'est terminé. La motion de la gauche n'a recueilli que 271 voix, quand 289 étaient nécessaires. {o}La majorité requise n'étant pas atteinte, la motion de censure est rejetée et le projet de loi est considéré comme adopté en première lecture{c}, a annoncé le président de l'Assemblée, Bernard Coustal, sous les huées des bancs de gauche.\n\n"
f"18h49 - Sur les bancs insoumis, plusieurs députés brandissent des pancartes {o}49.3 = déni de démocratie{c}. Le président de séance leur demande de les ranger.\n\n"
"18h40 - Le scrutin est ouvert dans les salons voisins de l'hémicycle. Résultat attendu d'ici un quart d'heure.\n\n"
f"18h31 - La Première ministre, Hélène Vasseur, achève son discours. {o}Je ne suis pas venue ici pour sauver un gouvernement. Je suis venue défendre un budget, parce que la France ne peut pas vivre à crédit une année de plus{c}, lance-t-elle, applaudie debout par les députés du socle commun. {o}Démission !{c}, crie une partie de la gauche.\n\n"
f"18h12 - Hélène Vasseur monte à la tribune. Elle reproche à l'opposition de préférer {o}le chaos plutôt que le compromis{c} et assure que son gouvernement a retenu {o}plus de 400 amendements{c} pendant les débats.\n\n"
f"17h58 - Au nom des Républicains, Henri Castagnet explique pourquoi son groupe ne votera pas la censure. {o}Nous ne sommes pas dans la majorité, mais nous ne jouerons pas la politique du pire{c}, déclare le chef de file des députés LR, qui qualifie toutefois le recours au 49.3 d'{o}aveu de faiblesse{c}.\n\n"
f"17h35 - Le président du groupe Rassemblement national, Franck Delorme, confirme que ses députés voteront la motion de la gauche, {o}sans en partager une ligne{c}. {o}Nous censurons un budget, pas une alliance{c}, justifie-t-il.\n\n"
f"17h10 - Le socialiste Olivier Berthelot prend la parole. {o}Madame la Première ministre, vous avez utilisé le 49.3 onze fois en six mois. Ce n'est plus un outil, c'est une méthode de gouvernement{c}, attaque le chef de file des députés PS. {o}Onze fois !{c}, reprennent en chœur les élus de gauche.\n\n"
f"16h45 - Nadia Kerbouche défend la motion au nom des quatre groupes de gauche. Pour la présidente du groupe La France insoumise, le gouvernement {o}n'a plus ni majorité ni légitimité{c}. {o}Vous pouvez passer en force au Parlement, vous ne passerez pas en force dans le pays{c}, lance-t-elle en direction du banc des ministres.\n\n"
f"16h30 - La séance est ouverte. Dans les tribunes, plusieurs responsables syndicaux sont venus assister aux débats, dont la secrétaire générale de la CGT, Laure Tessier. {o}On vient voir qui aura le courage de dire non{c}, a-t-elle glissé aux journalistes dans la salle des Quatre-Colonnes.\n\n"
"15h20 - Selon l'Élysée, le chef de l'État suivra le débat depuis son bureau et ne s'exprimera pas ce soir.\n\n"
f"14h05 - Rappel : deux motions ont été déposées lundi. La première, portée par la gauche, s'intitule {o}Pour le respect du vote des Français{c}. La seconde, déposée par le Rassemblement national, sera examinée dans la foulée.\n")
art("w149_direct_censure", "live", "2028-02-10", t149, [
    ("La majorité requise n'étant pas atteinte, la motion de censure est rejetée et le projet de loi est considéré comme adopté en première lecture", "direct", COU29),
    ("Je ne suis pas venue ici pour sauver un gouvernement. Je suis venue défendre un budget, parce que la France ne peut pas vivre à crédit une année de plus", "direct", VAS29),
    ("Démission !", "direct", ["une partie de la gauche", "partie de la gauche", "gauche", "la gauche"]),
    ("le chaos plutôt que le compromis", "partial", VAS29),
    (f"son gouvernement a retenu {o}plus de 400 amendements{c} pendant les débats", "indirect", VAS29),
    ("plus de 400 amendements", "partial", VAS29),
    ("Nous ne sommes pas dans la majorité, mais nous ne jouerons pas la politique du pire", "direct", CAS29),
    ("aveu de faiblesse", "partial", CAS29),
    (f"ses députés voteront la motion de la gauche, {o}sans en partager une ligne{c}", "indirect", DEL29),
    ("sans en partager une ligne", "partial", DEL29),
    ("Nous censurons un budget, pas une alliance", "direct", DEL29),
    ("Madame la Première ministre, vous avez utilisé le 49.3 onze fois en six mois. Ce n'est plus un outil, c'est une méthode de gouvernement", "direct", BER29),
    ("Onze fois !", "direct", ["élus de gauche", "les élus de gauche"]),
    (f"le gouvernement {o}n'a plus ni majorité ni légitimité{c}", "indirect", KER29),
    ("n'a plus ni majorité ni légitimité", "partial", KER29),
    ("Vous pouvez passer en force au Parlement, vous ne passerez pas en force dans le pays", "direct", KER29),
    ("On vient voir qui aura le courage de dire non", "direct", TES29),
    ("le chef de l'État suivra le débat depuis son bureau et ne s'exprimera pas ce soir", "indirect", ELY29),
])

# 150. a right-leaning national daily in curly marks: the bill's title in marks (no quote), the
# Prime Minister's line and a partial after « d'être », « a dénoncé un “…” », « a reconnu devant
# quelques journalistes que », « s'est félicité », « assure un proche du chef de l'État », « Selon
# un conseiller de l'Élysée, », the economy minister on the morning radio (« estimant que »), a
# tax's label in marks (no quote), the CFDT « a fait savoir que », « ironise un cadre LR »
o, c = "“", "”"
t150 = (
"Censure : Hélène Vasseur tient bon, la gauche et le RN font chou blanc\n\n"
f"Il lui a manqué dix-huit voix. La motion de censure déposée par la gauche contre le gouvernement d'Hélène Vasseur a été rejetée jeudi soir à l'Assemblée nationale, ne réunissant que 271 suffrages. Le projet de loi {o}Redressement des comptes publics{c}, sur lequel la Première ministre avait engagé lundi la responsabilité de son gouvernement, est donc adopté en première lecture. La motion du Rassemblement national, examinée dans la foulée, n'a obtenu que 119 voix.\n\n"
f"À la tribune, la cheffe du gouvernement avait choisi l'offensive. {o}Ceux qui votent la censure ce soir ne proposent aucun budget. Ils proposent le vide{c}, a-t-elle lancé, avant d'accuser l'alliance de circonstance entre les insoumis et le RN d'être {o}le mariage de la carpe et du lapin{c}. La formule a fait se lever les bancs du centre.\n\n"
f"Côté opposition, l'échec est amer. La présidente du groupe insoumis, Nadia Kerbouche, a dénoncé un {o}gouvernement en sursis{c} et promis de déposer une nouvelle motion {o}à chaque 49.3, autant de fois qu'il le faudra{c}. Plus mesuré, le socialiste Olivier Berthelot a reconnu devant quelques journalistes que la gauche n'avait {o}pas su convaincre au-delà de ses rangs{c}.\n\n"
f"Chez Les Républicains, on savoure. {o}Nous avons été le groupe de la responsabilité{c}, s'est félicité Henri Castagnet, qui a néanmoins prévenu que ses troupes ne signeraient {o}aucun chèque en blanc{c} pour la suite de la navette.\n\n"
f"À l'Élysée, on affiche la sérénité. {o}Le Président n'a jamais douté de l'issue du vote{c}, assure un proche du chef de l'État, qui juge que la séquence {o}renforce{c} la Première ministre. Selon un conseiller de l'Élysée, la question d'un remaniement ne se pose pas {o}à ce stade{c}.\n\n"
f"Vendredi matin, le ministre de l'Économie, Antoine Gerbier, était l'invité de RTL. {o}On a évité le pire. Maintenant, il faut tenir la dépense, ligne par ligne{c}, a-t-il martelé, estimant que le texte permettrait de ramener le déficit à 4,1 % du PIB dès l'an prochain. Le ministre a également écarté la {o}taxe sur les superprofits{c} réclamée par la gauche, une mesure qu'il juge {o}contre-productive{c}.\n\n"
f"Les syndicats, eux, n'ont pas désarmé. La CGT appelle à une journée de mobilisation le 24 février. {o}Le 49.3 ne fera pas taire la rue{c}, prévient sa secrétaire générale, Laure Tessier. La CFDT, plus prudente, a fait savoir qu'elle ne s'associerait pas à cet appel.\n\n"
f"Reste que la majorité relative ne tient qu'à un fil. {o}Dix-huit voix, ce n'est pas une marge, c'est un sursis{c}, ironise un cadre LR. Hélène Vasseur devra sans doute recourir de nouveau au 49.3 pour la lecture définitive, au printemps.\n")
art("w150_droite_censure", "national daily", "2028-02-11", t150, [
    ("Ceux qui votent la censure ce soir ne proposent aucun budget. Ils proposent le vide", "direct", VAS29),
    ("le mariage de la carpe et du lapin", "partial", VAS29),
    ("gouvernement en sursis", "partial", KER29),
    ("à chaque 49.3, autant de fois qu'il le faudra", "partial", KER29),
    (f"la gauche n'avait {o}pas su convaincre au-delà de ses rangs{c}", "indirect", BER29),
    ("pas su convaincre au-delà de ses rangs", "partial", BER29),
    ("Nous avons été le groupe de la responsabilité", "direct", CAS29),
    (f"ses troupes ne signeraient {o}aucun chèque en blanc{c} pour la suite de la navette", "indirect", CAS29),
    ("aucun chèque en blanc", "partial", CAS29),
    ("Le Président n'a jamais douté de l'issue du vote", "direct", PRO29),
    (f"la séquence {o}renforce{c} la Première ministre", "indirect", PRO29),
    ("renforce", "partial", PRO29),
    (f"la question d'un remaniement ne se pose pas {o}à ce stade{c}", "indirect", ["conseiller de l'Élysée", "un conseiller de l'Élysée"]),
    ("à ce stade", "partial", ["conseiller de l'Élysée", "un conseiller de l'Élysée"]),
    ("On a évité le pire. Maintenant, il faut tenir la dépense, ligne par ligne", "direct", GER29),
    ("le texte permettrait de ramener le déficit à 4,1 % du PIB dès l'an prochain", "indirect", GER29),
    ("contre-productive", "partial", GER29),
    ("Le 49.3 ne fera pas taire la rue", "direct", TES29),
    ("elle ne s'associerait pas à cet appel", "indirect", ["CFDT", "la CFDT"]),
    ("Dix-huit voix, ce n'est pas une marge, c'est un sursis", "direct", ["cadre LR", "un cadre LR"]),
])

# 151. a left-leaning national daily, guillemets with no-break spaces, a byline: the motion's title
# in marks (no quote), a banner's slogan read by « on pouvait lire » (the crowd's, as the project's
# convention for slogans read on placards has it; first annotated as no quote) and a chant (« scandaient les manifestants »), a
# heckle (« s'est exclamé un député Renaissance »), « a accusé … d'être devenus « … » », « selon
# elle » inside a clause, « Pour le chef de file …, », « a simplement indiqué la présidence » after
# a clause with two partials, a proche after a colon, « a estimé que », the government's
# spokeswoman on the radio with an incise inside the writer's clause, « a dénoncé sur X »
o, c = "«" + NB, NB + "»"
t151 = (
"Censure : la gauche échoue de peu, la colère reste entière\n\n"
"Par Camille Royer\n\n"
f"Dix-huit voix. C'est ce qui a manqué jeudi soir à la gauche pour faire tomber le gouvernement d'Hélène Vasseur. Déposée après le onzième recours à l'article 49.3 depuis l'automne, la motion baptisée {o}Pour le respect du vote des Français{c} par ses auteurs a recueilli 271 voix, quand 289 étaient nécessaires. Le projet de loi de redressement des comptes publics, qui gèle les pensions de retraite en 2028, est donc adopté sans vote.\n\n"
f"Devant le Palais-Bourbon, quelques centaines de manifestants s'étaient rassemblés à l'appel de l'intersyndicale, sans la CFDT. Sur une banderole, on pouvait lire {o}Notre vote, pas votre 49.3{c}. {o}Vasseur, démission !{c}, scandaient les manifestants à l'annonce du résultat.\n\n"
f"Dans l'hémicycle, la présidente du groupe écologiste, Claire Montfort, a eu des mots très durs. {o}Vous gouvernez contre le Parlement, contre les syndicats, contre la rue. Un jour, il ne restera plus personne pour vous applaudir{c}, a-t-elle lancé à la Première ministre, provoquant des protestations sur les bancs du centre. {o}Scandaleux !{c}, s'est exclamé un député Renaissance.\n\n"
f"La présidente du groupe La France insoumise, Nadia Kerbouche, a accusé Les Républicains d'être devenus {o}la béquille d'un gouvernement minoritaire{c}. Elle a aussi reproché au Rassemblement national d'avoir {o}fait semblant{c} de vouloir censurer, alors que plusieurs de ses députés, selon elle, n'avaient pas pris part au vote.\n\n"
f"Pour le chef de file des députés socialistes, Olivier Berthelot, le résultat {o}ne règle rien{c}. {o}Le gouvernement a survécu ce soir, mais il n'a toujours pas de majorité pour voter ses textes. La prochaine fois, il tombera{c}, a-t-il prédit à la sortie de l'hémicycle.\n\n"
f"À l'Élysée, la consigne est au silence. Le chef de l'État {o}a pris acte{c} du vote et {o}conserve toute sa confiance{c} à la Première ministre, a simplement indiqué la présidence dans la soirée. En privé, un proche du chef de l'État se montre moins serein : {o}S'il y a une douzième fois, personne ne peut garantir le résultat.{c}\n\n"
f"Les syndicats, qui avaient appelé les députés à voter la censure, entendent poursuivre la mobilisation. {o}Le gouvernement a gagné un vote, il n'a pas gagné le débat{c}, a réagi Laure Tessier, la secrétaire générale de la CGT, qui appelle à une nouvelle journée de grève le 24 février. Le secrétaire général de FO, Patrick Lenoir, a estimé que le gel des pensions était {o}une faute morale{c}.\n\n"
f"Vendredi matin sur franceinfo, la porte-parole du gouvernement, Sarah Mokrani, a balayé ces critiques. Le gouvernement, a-t-elle assuré, {o}n'a jamais refusé le dialogue{c}. Une affirmation qui a fait bondir Claire Montfort, qui a dénoncé sur X {o}un mensonge de plus{c}.\n")
art("w151_gauche_censure", "national daily", "2028-02-11", t151, [
    ("Notre vote, pas votre 49.3", "partial", ["manifestants", "les manifestants", "quelques centaines de manifestants"]),
    ("Vasseur, démission !", "direct", ["manifestants", "les manifestants"]),
    ("Vous gouvernez contre le Parlement, contre les syndicats, contre la rue. Un jour, il ne restera plus personne pour vous applaudir", "direct", MON29),
    ("Scandaleux !", "direct", ["député Renaissance", "un député Renaissance"]),
    ("la béquille d'un gouvernement minoritaire", "partial", KER29),
    ("fait semblant", "partial", KER29),
    ("plusieurs de ses députés, selon elle, n'avaient pas pris part au vote", "indirect", KER29),
    (f"le résultat {o}ne règle rien{c}", "indirect", BER29),
    ("ne règle rien", "partial", BER29),
    ("Le gouvernement a survécu ce soir, mais il n'a toujours pas de majorité pour voter ses textes. La prochaine fois, il tombera", "direct", BER29),
    (f"Le chef de l'État {o}a pris acte{c} du vote et {o}conserve toute sa confiance{c} à la Première ministre", "indirect", ELY29),
    ("a pris acte", "partial", ELY29),
    ("conserve toute sa confiance", "partial", ELY29),
    ("S'il y a une douzième fois, personne ne peut garantir le résultat.", "direct", PRO29),
    ("Le gouvernement a gagné un vote, il n'a pas gagné le débat", "direct", TES29),
    (f"le gel des pensions était {o}une faute morale{c}", "indirect", ["Patrick Lenoir", "Lenoir", "secrétaire général de FO", "le secrétaire général de FO", "FO"]),
    ("une faute morale", "partial", ["Patrick Lenoir", "Lenoir", "secrétaire général de FO", "le secrétaire général de FO", "FO"]),
    (f"Le gouvernement, a-t-elle assuré, {o}n'a jamais refusé le dialogue{c}", "indirect", MOK29),
    ("n'a jamais refusé le dialogue", "partial", MOK29),
    ("un mensonge de plus", "partial", MON29),
])

# 152. a regional daily in straight marks, the département's deputies: the bill's title in marks
# (no quote), the local socialist deputy « nous a-t-il confié, joint par téléphone » and « L'élu
# regrette que », the local Renaissance deputy « explique la députée … » and « Selon elle, », an LR
# deputy « résume-t-il », a union secretary « promet », a retired worker by first name and age
# after a colon, the Prime Minister's words in a partial, « Selon l'Élysée, »
t152 = (
"Censure rejetée : les députés finistériens divisés\n\n"
"La motion de censure déposée par la gauche a échoué jeudi soir à l'Assemblée nationale, à dix-huit voix près. Dans le Finistère, les huit députés du département ne se sont pas prononcés d'une seule voix.\n\n"
"Le socialiste Gwenaël Le Floch, député de la 6e circonscription, a voté la censure \"sans la moindre hésitation\". \"Dans ma circonscription, des retraités m'arrêtent au marché pour me dire qu'ils n'arriveront pas à payer leur fioul. Le gel des pensions, ce sont eux qui vont le payer\", nous a-t-il confié vendredi matin, joint par téléphone. L'élu regrette que des collègues de droite aient \"choisi le confort plutôt que le courage\".\n\n"
"Son ancienne adversaire aux législatives, Anne-Sophie Kervella, n'a pas voté la motion. \"Je comprends la colère, mais faire tomber le gouvernement aurait privé le pays de budget pendant des mois\", explique la députée Renaissance de la 2e circonscription. Selon elle, le texte comporte \"des avancées réelles\" pour les hôpitaux bretons, notamment le financement du nouveau bloc opératoire de la Cavale Blanche, à Brest.\n\n"
"Le député LR du Léon, Yves Morvan, n'a pas pris part au vote, conformément à la ligne de son groupe. \"Je ne voterai jamais avec La France insoumise. Mais ce budget, je ne l'aime pas, et je le dirai en commission mixte paritaire\", résume-t-il.\n\n"
"À Brest, une centaine de militants ont suivi le scrutin jeudi soir devant la sous-préfecture, sur un écran de fortune. \"On reviendra le 24 février, et on sera plus nombreux\", promet Maëlle Guéguen, secrétaire de l'union départementale CGT. Parmi eux, Jean-Yves, 71 ans, ancien ouvrier de l'arsenal, ne décolère pas : \"Ils décident à Paris sans même voter, et c'est nous qui trinquons.\"\n\n"
"À Paris, la Première ministre, Hélène Vasseur, avait défendu à la tribune un texte \"de courage et de vérité\" et appelé les députés à \"ne pas jouer la crise\". Le projet de loi \"Redressement des comptes publics\" est désormais considéré comme adopté en première lecture; il doit être examiné au Sénat à partir du 2 mars.\n\n"
"Selon l'Élysée, le chef de l'État n'entend pas s'exprimer avant la fin de la semaine. Le président du groupe socialiste à l'Assemblée, Olivier Berthelot, a pour sa part annoncé que la gauche déposerait une nouvelle motion \"dès le prochain 49.3\".\n")
LEF29 = ["Gwenaël Le Floch", "Le Floch", "député de la 6e circonscription", "l'élu", "socialiste", "le socialiste"]
KEV29 = ["Anne-Sophie Kervella", "Kervella", "députée Renaissance de la 2e circonscription", "la députée Renaissance de la 2e circonscription", "députée Renaissance"]
art("w152_regional_censure", "regional", "2028-02-11", t152, [
    ("sans la moindre hésitation", "partial", LEF29),
    ("Dans ma circonscription, des retraités m'arrêtent au marché pour me dire qu'ils n'arriveront pas à payer leur fioul. Le gel des pensions, ce sont eux qui vont le payer", "direct", LEF29),
    ("des collègues de droite aient \"choisi le confort plutôt que le courage\"", "indirect", LEF29),
    ("choisi le confort plutôt que le courage", "partial", LEF29),
    ("Je comprends la colère, mais faire tomber le gouvernement aurait privé le pays de budget pendant des mois", "direct", KEV29),
    ("le texte comporte \"des avancées réelles\" pour les hôpitaux bretons, notamment le financement du nouveau bloc opératoire de la Cavale Blanche, à Brest", "indirect", KEV29),
    ("des avancées réelles", "partial", KEV29),
    ("Je ne voterai jamais avec La France insoumise. Mais ce budget, je ne l'aime pas, et je le dirai en commission mixte paritaire", "direct", ["Yves Morvan", "Morvan", "député LR du Léon", "le député LR du Léon"]),
    ("On reviendra le 24 février, et on sera plus nombreux", "direct", ["Maëlle Guéguen", "Guéguen", "secrétaire de l'union départementale CGT"]),
    ("Ils décident à Paris sans même voter, et c'est nous qui trinquons.", "direct", ["Jean-Yves"]),
    ("de courage et de vérité", "partial", VAS29),
    ("ne pas jouer la crise", "partial", VAS29),
    ("le chef de l'État n'entend pas s'exprimer avant la fin de la semaine", "indirect", ELY29),
    ("la gauche déposerait une nouvelle motion \"dès le prochain 49.3\"", "indirect", BER29 + ["président du groupe socialiste", "le président du groupe socialiste"]),
    ("dès le prochain 49.3", "partial", BER29 + ["président du groupe socialiste", "le président du groupe socialiste"]),
])

# 153. a TV channel's site, a morning interview in questions and answers with name labels,
# guillemets with no space: a headline repeating an answer (not annotated), the programme's name in
# marks (no quote), an intro with « a assuré que » and « se disant «…» », the interviewer's turns
# (not annotated) quoting a group leader, a union leader (« affirme que «…» ») and the President's
# entourage (« Selon l'entourage du chef de l'État, »), then reactions (« a aussitôt réagi : »,
# « a jugé que »)
o, c = "«", "»"
t153 = (
f"Julien Ferrand : {o}Le gouvernement n'a pas peur du Parlement{c}\n\n"
f"Au lendemain du rejet de la motion de censure, le ministre du Travail, Julien Ferrand, était vendredi l'invité de {o}La Matinale{c}. Il a assuré que le gouvernement ne reviendrait pas sur le gel des pensions, tout en se disant {o}ouvert{c} à un geste pour les plus petites retraites. Voici l'essentiel de l'entretien.\n\n"
"Thomas Lenglet : Julien Ferrand, bonjour. Le gouvernement a été sauvé à dix-huit voix hier soir. Avez-vous eu peur ?\n\n"
"Julien Ferrand : Non. Nous avions fait nos comptes, et je savais que les Républicains ne prendraient pas le risque du chaos. Mais je ne vais pas vous dire que c'est une victoire éclatante. Dix-huit voix, c'est une leçon d'humilité.\n\n"
f"Thomas Lenglet : Onze 49.3 en six mois. La présidente du groupe insoumis, Nadia Kerbouche, parle de {o}coup de force permanent{c}. Que lui répondez-vous ?\n\n"
"Julien Ferrand : Je lui réponds que le 49.3 est dans la Constitution, et que l'opposition a eu tout le loisir de nous censurer. Elle a échoué. Le gouvernement n'a pas peur du Parlement, il a peur du blocage.\n\n"
f"Thomas Lenglet : Les syndicats appellent à la grève le 24 février. Laure Tessier, pour la CGT, affirme que {o}la rue aura le dernier mot{c}. Allez-vous les recevoir ?\n\n"
"Julien Ferrand : Ma porte est ouverte, elle l'a toujours été. Je recevrai les partenaires sociaux dès mardi. Mais je le dis clairement : le gel des pensions sera maintenu en 2028. Pour les pensions inférieures à 1 200 euros, nous sommes prêts à discuter.\n\n"
f"Thomas Lenglet : Selon l'entourage du chef de l'État, un remaniement pourrait intervenir {o}avant l'été{c}. Êtes-vous inquiet pour votre poste ?\n\n"
"Julien Ferrand : Pas du tout. Je ne commente pas les bruits de couloir. Le président de la République a renouvelé hier soir sa confiance à la Première ministre, c'est tout ce qui compte.\n\n"
"Thomas Lenglet : Excluez-vous une dissolution ?\n\n"
"Julien Ferrand : Ce n'est pas à moi d'en décider. C'est une prérogative du chef de l'État, et je ne crois pas qu'il souhaite ajouter une crise à la crise.\n\n"
f"L'entretien a fait réagir l'opposition. Sur X, Olivier Berthelot a aussitôt répondu : {o}Le ministre parle d'humilité. Qu'il commence par renoncer au gel des pensions.{c} Invité d'une radio concurrente, le président du groupe RN, Franck Delorme, a jugé que le gouvernement {o}ne passera pas l'été{c}.\n")
art("w153_tv_matinale_censure", "tv", "2028-02-11", t153, [
    ("le gouvernement ne reviendrait pas sur le gel des pensions", "indirect", FER29),
    ("ouvert", "partial", FER29),
    ("Non. Nous avions fait nos comptes, et je savais que les Républicains ne prendraient pas le risque du chaos. Mais je ne vais pas vous dire que c'est une victoire éclatante. Dix-huit voix, c'est une leçon d'humilité.", "direct", FER29),
    ("coup de force permanent", "partial", KER29),
    ("Je lui réponds que le 49.3 est dans la Constitution, et que l'opposition a eu tout le loisir de nous censurer. Elle a échoué. Le gouvernement n'a pas peur du Parlement, il a peur du blocage.", "direct", FER29),
    (f"{o}la rue aura le dernier mot{c}", "indirect", TES29),
    ("la rue aura le dernier mot", "partial", TES29),
    ("Ma porte est ouverte, elle l'a toujours été. Je recevrai les partenaires sociaux dès mardi. Mais je le dis clairement : le gel des pensions sera maintenu en 2028. Pour les pensions inférieures à 1 200 euros, nous sommes prêts à discuter.", "direct", FER29),
    (f"un remaniement pourrait intervenir {o}avant l'été{c}", "indirect", ["entourage du chef de l'État", "l'entourage du chef de l'État"]),
    ("avant l'été", "partial", ["entourage du chef de l'État", "l'entourage du chef de l'État"]),
    ("Pas du tout. Je ne commente pas les bruits de couloir. Le président de la République a renouvelé hier soir sa confiance à la Première ministre, c'est tout ce qui compte.", "direct", FER29),
    ("Ce n'est pas à moi d'en décider. C'est une prérogative du chef de l'État, et je ne crois pas qu'il souhaite ajouter une crise à la crise.", "direct", FER29),
    ("Le ministre parle d'humilité. Qu'il commence par renoncer au gel des pensions.", "direct", BER29),
    (f"le gouvernement {o}ne passera pas l'été{c}", "indirect", DEL29),
    ("ne passera pas l'été", "partial", DEL29),
])

# batch 30
# 154-158. one invented event: a summit in Kuala Lumpur between the (invented) US president Richard
# Dowling and the (invented) Chinese president Han Zhiyuan ends with no joint statement but two
# readouts (the White House's in English, the Xinhua news agency's account), with the Chinese foreign
# ministry spokesman at the next day's briefing, a senior US administration official speaking
# anonymously, Taiwan's presidential office, Japan's chief cabinet secretary and an expert, told by
# five outlets; 'Washington', 'Pékin', 'Taipei', 'Tokyo' as metonymic speakers. The words the White
# House readout or Xinhua give a president are accepted as the issuer's and the president's, as in
# w26 and w89. Each article's gold is independent.
DOW30 = ["Richard Dowling", "Dowling", "M. Dowling", "président américain", "le président américain", "président Dowling", "le président Dowling", "président des États-Unis", "le président des États-Unis", "locataire de la Maison Blanche", "le locataire de la Maison Blanche"]
HAN30 = ["Han Zhiyuan", "Han", "M. Han", "président chinois", "le président chinois", "numéro un chinois", "le numéro un chinois", "président Han", "le président Han"]
WH30 = ["Maison Blanche", "la Maison Blanche", "Maison-Blanche", "la Maison-Blanche", "compte rendu de la Maison Blanche", "le compte rendu de la Maison Blanche", "compte rendu de la Maison-Blanche", "le compte rendu de la Maison-Blanche", "compte rendu", "le compte rendu", "document", "le document", "texte", "le texte", "Washington"]
XIN30 = ["Xinhua", "agence Xinhua", "l'agence Xinhua", "Chine nouvelle", "agence Chine nouvelle", "l'agence officielle Chine nouvelle", "agence officielle Xinhua", "l'agence officielle Xinhua", "agence", "l'agence"]
WHD30 = WH30 + DOW30
HANX30 = HAN30 + XIN30
LIN30 = ["Lin Jiawei", "porte-parole du ministère chinois des Affaires étrangères", "le porte-parole du ministère chinois des Affaires étrangères", "porte-parole de la diplomatie chinoise", "le porte-parole de la diplomatie chinoise", "porte-parole", "le porte-parole", "diplomate", "le diplomate", "ministère chinois des Affaires étrangères", "diplomatie chinoise", "la diplomatie chinoise", "Pékin", "Chine", "la Chine"]
OFF30 = ["haut responsable américain", "un haut responsable américain", "haut responsable de l'administration", "un haut responsable de l'administration", "haut responsable de l'administration américaine", "responsable américain", "un responsable américain", "ce responsable"]
TWN30 = ["bureau présidentiel taïwanais", "le bureau présidentiel taïwanais", "bureau présidentiel", "le bureau présidentiel", "présidence taïwanaise", "la présidence taïwanaise", "Lee Mei-ling", "porte-parole", "sa porte-parole", "porte-parole de la présidence taïwanaise", "Taipei", "Taïwan"]
JAP30 = ["Kenji Morimoto", "Morimoto", "secrétaire général du gouvernement japonais", "le secrétaire général du gouvernement japonais", "secrétaire général du gouvernement", "le secrétaire général du gouvernement", "porte-parole du gouvernement japonais", "le porte-parole du gouvernement japonais", "Tokyo", "Japon", "le Japon", "gouvernement japonais", "le gouvernement japonais"]
PEK30 = ["Pékin", "Chine", "la Chine", "côté chinois", "partie chinoise", "la partie chinoise", "autorités chinoises", "les autorités chinoises"]
WAS30 = ["Washington", "États-Unis", "les États-Unis", "Etats-Unis", "côté américain", "administration américaine", "l'administration américaine", "Maison Blanche", "la Maison Blanche"]

# 154. a reference national daily's long, nuanced account, guillemets with narrow no-break spaces:
# a byline, the US president's English words each followed by a French translation in square
# brackets (« a reconnu M. Dowling », « a-t-il ajouté »), « Selon le compte rendu de la Maison
# Blanche, … a « … » », « Le texte indique que », the readout in English and its bracketed
# translation (« poursuit le document »), Xinhua (« a déclaré le président chinois, selon l'agence »,
# « Toujours selon Chine nouvelle, »), the spokesman the next day (« a renvoyé les journalistes « à … »
# », « qui « … » »), the anonymous official (« Selon ce responsable, », « dit-on à Washington »), a
# policy's label in marks (no quote), Taipei's spokeswoman « dans un communiqué », Tokyo's chief
# cabinet secretary (« a salué … et assuré que »), an expert (« Pour X, », « observe-t-elle »,
# « Selon elle, »)
o, c = "«" + NN, NN + "»"
t154 = (
"Sommet de Kuala Lumpur : entre Washington et Pékin, deux récits et aucun texte commun\n\n"
"Par Hélène Marchais (Kuala Lumpur, envoyée spéciale)\n\n"
"Il n'y aura pas de déclaration commune. Après plus de quatre heures d'entretien, lundi 10 avril, le président américain, Richard Dowling, et son homologue chinois, Han Zhiyuan, se sont séparés sans signer le moindre texte, chacune des deux délégations publiant dans la soirée son propre compte rendu. Les deux documents se recoupent sur l'essentiel – la reprise des canaux de communication entre les armées, un dialogue sur le commerce –, mais divergent nettement sur Taïwan.\n\n"
f"{o}We had a long, candid and at times difficult conversation{c} [{o}Nous avons eu une conversation longue, franche et parfois difficile{c}], a reconnu M. Dowling devant la presse. {o}We don't agree on everything. But we agreed to keep talking, and that matters{c} [{o}Nous ne sommes pas d'accord sur tout. Mais nous sommes convenus de continuer à nous parler, et cela compte{c}], a-t-il ajouté.\n\n"
f"Selon le compte rendu de la Maison Blanche, publié en anglais, le président américain a {o}fait part de ses vives préoccupations{c} au sujet des pratiques commerciales chinoises et de l'accumulation de moyens militaires autour de Taïwan. Le texte indique que les deux dirigeants sont convenus de rétablir {o}dès que possible{c} les communications entre leurs armées, suspendues depuis l'été dernier. {o}President Dowling underscored the importance of maintaining peace and stability across the Taiwan Strait{c} [{o}Le président Dowling a souligné l'importance du maintien de la paix et de la stabilité dans le détroit de Taïwan{c}], poursuit le document.\n\n"
f"L'agence officielle Chine nouvelle livre une version bien différente, où le numéro un chinois fixe seul les limites de la relation. {o}La question de Taïwan est au cœur des intérêts fondamentaux de la Chine. C'est la première ligne rouge qui ne doit pas être franchie dans les relations sino-américaines{c}, a déclaré le président chinois, selon l'agence. Toujours selon Chine nouvelle, M. Han a appelé Washington à {o}traduire en actes{c} son engagement de ne pas soutenir l'indépendance de l'île. Le président chinois a également affirmé que la Chine et les États-Unis {o}gagnent à coopérer et perdent à s'affronter{c}. Du commerce, il n'est question qu'en une phrase, qui évoque des échanges {o}francs et approfondis{c} : dans le lexique diplomatique chinois, la formule signale d'ordinaire un désaccord.\n\n"
f"Mardi, lors du point de presse quotidien du ministère chinois des Affaires étrangères, son porte-parole, Lin Jiawei, a balayé les questions sur l'absence de texte commun. {o}Ce qui compte, ce n'est pas la forme d'un document, mais le consensus important atteint par les deux chefs d'État{c}, a-t-il affirmé. Interrogé sur les écarts entre les deux comptes rendus, il a renvoyé les journalistes {o}à la version publiée par la partie chinoise{c}, qui {o}reflète fidèlement{c} le contenu des entretiens.\n\n"
f"Côté américain, on assume ce choix. {o}Nous ne voulions pas d'un communiqué pour le plaisir d'avoir un communiqué. Nous préférons deux textes honnêtes à un texte creux{c}, a expliqué un haut responsable américain, qui a requis l'anonymat. Selon ce responsable, la délégation chinoise aurait souhaité inscrire dans un texte commun une formule sur l'opposition des États-Unis à l'indépendance de Taïwan. Washington n'a pas modifié sa politique dite d'{o}une seule Chine{c}, a-t-il insisté. Une concession de cette nature n'a jamais été sur la table, dit-on à Washington.\n\n"
f"À Taipei, le bureau présidentiel a remercié les États-Unis pour leur {o}soutien constant à la paix et à la stabilité régionales{c}. {o}L'avenir de Taïwan ne peut être décidé que par ses vingt-trois millions d'habitants{c}, a rappelé sa porte-parole, Lee Mei-ling, dans un communiqué. À Tokyo, le secrétaire général du gouvernement, Kenji Morimoto, a salué une rencontre {o}utile{c} et assuré que le Japon continuerait de {o}suivre de près{c} les activités militaires chinoises en mer de Chine orientale.\n\n"
f"Pour Anne-Sophie Roux, chercheuse à l'Institut français des relations internationales, l'absence de texte commun n'est pas un échec en soi. {o}Depuis une décennie, les sommets sino-américains produisent surtout des comptes rendus parallèles. Ce qu'il faut lire, ce sont les écarts entre les deux{c}, observe-t-elle. Selon elle, le silence de Chine nouvelle sur les droits de douane montre que Pékin {o}ne veut rien céder publiquement{c} avant les négociations techniques prévues en mai.\n")
ROU30 = ["Anne-Sophie Roux", "Roux", "chercheuse", "la chercheuse", "chercheuse à l'Institut français des relations internationales"]
art("w154_reference_sommet", "national daily", "2028-04-11", t154, [
    ("We had a long, candid and at times difficult conversation", "direct", DOW30),
    ("Nous avons eu une conversation longue, franche et parfois difficile", "direct", DOW30),
    ("We don't agree on everything. But we agreed to keep talking, and that matters", "direct", DOW30),
    ("Nous ne sommes pas d'accord sur tout. Mais nous sommes convenus de continuer à nous parler, et cela compte", "direct", DOW30),
    (f"le président américain a {o}fait part de ses vives préoccupations{c} au sujet des pratiques commerciales chinoises et de l'accumulation de moyens militaires autour de Taïwan", "indirect", WHD30),
    ("fait part de ses vives préoccupations", "partial", WHD30),
    (f"les deux dirigeants sont convenus de rétablir {o}dès que possible{c} les communications entre leurs armées, suspendues depuis l'été dernier", "indirect", WH30),
    ("dès que possible", "partial", WH30),
    ("President Dowling underscored the importance of maintaining peace and stability across the Taiwan Strait", "direct", WHD30),
    ("Le président Dowling a souligné l'importance du maintien de la paix et de la stabilité dans le détroit de Taïwan", "direct", WHD30),
    ("La question de Taïwan est au cœur des intérêts fondamentaux de la Chine. C'est la première ligne rouge qui ne doit pas être franchie dans les relations sino-américaines", "direct", HANX30),
    (f"M. Han a appelé Washington à {o}traduire en actes{c} son engagement de ne pas soutenir l'indépendance de l'île", "indirect", HANX30),
    ("traduire en actes", "partial", HANX30),
    (f"la Chine et les États-Unis {o}gagnent à coopérer et perdent à s'affronter{c}", "indirect", HANX30),
    ("gagnent à coopérer et perdent à s'affronter", "partial", HANX30),
    ("francs et approfondis", "partial", XIN30 + PEK30),
    ("Ce qui compte, ce n'est pas la forme d'un document, mais le consensus important atteint par les deux chefs d'État", "direct", LIN30),
    ("à la version publiée par la partie chinoise", "partial", LIN30),
    ("reflète fidèlement", "partial", LIN30),
    ("Nous ne voulions pas d'un communiqué pour le plaisir d'avoir un communiqué. Nous préférons deux textes honnêtes à un texte creux", "direct", OFF30),
    ("la délégation chinoise aurait souhaité inscrire dans un texte commun une formule sur l'opposition des États-Unis à l'indépendance de Taïwan", "indirect", OFF30),
    (f"Washington n'a pas modifié sa politique dite d'{o}une seule Chine{c}", "indirect", OFF30),
    ("Une concession de cette nature n'a jamais été sur la table", "indirect", WAS30),
    ("soutien constant à la paix et à la stabilité régionales", "partial", TWN30),
    ("L'avenir de Taïwan ne peut être décidé que par ses vingt-trois millions d'habitants", "direct", TWN30),
    ("utile", "partial", JAP30),
    (f"le Japon continuerait de {o}suivre de près{c} les activités militaires chinoises en mer de Chine orientale", "indirect", JAP30),
    ("suivre de près", "partial", JAP30),
    ("l'absence de texte commun n'est pas un échec en soi", "indirect", ROU30),
    ("Depuis une décennie, les sommets sino-américains produisent surtout des comptes rendus parallèles. Ce qu'il faut lire, ce sont les écarts entre les deux", "direct", ROU30),
    (f"le silence de Chine nouvelle sur les droits de douane montre que Pékin {o}ne veut rien céder publiquement{c} avant les négociations techniques prévues en mai", "indirect", ROU30),
    ("ne veut rien céder publiquement", "partial", ROU30),
])

# 155. a right-leaning daily's analysis in curly marks: a kicker and a standfirst, a byline, a
# nickname of the summit in marks (no quote), the US president (« a résumé », « a assuré avoir dit
# “…” … que », « a-t-il lancé »), the readout (« évoque des discussions “…” et mentionne que », « Il
# souligne aussi que »), Xinhua (« Selon le récit de l'agence Xinhua, », « aurait déclaré …, cité par
# l'agence »), « …, a-t-on indiqué côté chinois » after a fragment, the spokesman (an incise in the
# writer's clause « La partie américaine, a-t-il déclaré, doit “…” », « le diplomate a dénoncé »),
# the anonymous official, Taipei's communiqué (« affirme que “…” »), Tokyo's secretary, a sinologist
# (« Pour le sinologue X, », « estime-t-il », « Le chercheur doute que »)
o, c = "“", "”"
t155 = (
"Le sommet sino-américain s'achève sur un constat de désaccord\n\n"
"DÉCRYPTAGE - Richard Dowling et Han Zhiyuan se sont quittés lundi à Kuala Lumpur sans déclaration commune. Chaque capitale a diffusé sa propre version des entretiens.\n\n"
"Par Jean-Baptiste Ferrand\n\n"
f"Quatre heures de discussions, une poignée de main appuyée devant les photographes, et rien de signé. La rencontre entre le président américain et le numéro un chinois, que la presse asiatique avait surnommée le {o}sommet de la dernière chance{c}, n'a produit que deux comptes rendus qui se répondent à distance, chacun soigneusement rédigé pour son public.\n\n"
f"{o}Nous avons parlé de tout, y compris des sujets qui fâchent{c}, a résumé Richard Dowling à l'issue de la rencontre. Le président américain a assuré avoir dit {o}très clairement{c} à son interlocuteur que les États-Unis ne toléreraient plus {o}le dumping industriel{c} chinois. {o}Si Pékin veut vendre en Amérique, Pékin devra jouer selon les règles{c}, a-t-il lancé.\n\n"
f"Le compte rendu de la Maison Blanche, rédigé en anglais, évoque des discussions {o}franches{c} et mentionne que les deux présidents {o}sont convenus de se revoir avant la fin de l'année{c}. Il souligne aussi que M. Dowling a soulevé le sort de plusieurs ressortissants américains détenus en Chine, un sujet sur lequel Pékin refuse habituellement toute discussion.\n\n"
f"À Pékin, le ton est tout autre. Selon le récit de l'agence Xinhua, Han Zhiyuan a mis en garde son homologue contre toute {o}provocation{c} dans le détroit de Taïwan. {o}Les États-Unis doivent traiter la question de Taïwan avec la plus grande prudence{c}, aurait déclaré le président chinois, cité par l'agence. Le commerce ? Une relation {o}mutuellement bénéfique{c} qui ne doit pas être {o}politisée{c}, a-t-on indiqué côté chinois.\n\n"
f"Mardi, le porte-parole du ministère chinois des Affaires étrangères, Lin Jiawei, a enfoncé le clou. La partie américaine, a-t-il déclaré, doit {o}cesser de s'ingérer dans les affaires intérieures de la Chine{c}. Interrogé sur les propos de M. Dowling au sujet du commerce, le diplomate a dénoncé un {o}protectionnisme déguisé{c}.\n\n"
f"À Washington, on minimise l'absence de déclaration commune. Un haut responsable de l'administration, qui a requis l'anonymat, a expliqué que les Chinois voulaient un texte {o}qui aurait réécrit quarante ans de politique américaine sur Taïwan{c}. {o}Nous n'allions pas signer cela{c}, a-t-il ajouté.\n\n"
f"Taipei a salué la fermeté américaine. Dans un communiqué, le bureau présidentiel taïwanais affirme que {o}la démocratie taïwanaise n'est pas une monnaie d'échange{c} et remercie Washington pour son soutien. Tokyo, de son côté, se veut prudent. {o}Une relation stable entre les États-Unis et la Chine est importante pour la communauté internationale tout entière{c}, a déclaré mardi le secrétaire général du gouvernement japonais, Kenji Morimoto, lors de sa conférence de presse quotidienne.\n\n"
f"Pour le sinologue Pierre-Antoine Daval, professeur à Sciences Po, Pékin a obtenu ce qu'il voulait : une photo. {o}Han Zhiyuan rentre avec l'image d'un dirigeant traité d'égal à égal par le président américain, sans avoir rien concédé. C'est une victoire de communication{c}, estime-t-il. Le chercheur doute que la reprise du dialogue militaire, seule avancée concrète, survive à la prochaine crise dans le détroit.\n")
DAV30 = ["Pierre-Antoine Daval", "Daval", "sinologue", "le sinologue", "chercheur", "le chercheur", "professeur à Sciences Po"]
art("w155_droite_sommet", "right-leaning daily", "2028-04-11", t155, [
    ("Nous avons parlé de tout, y compris des sujets qui fâchent", "direct", DOW30),
    ("très clairement", "partial", DOW30),
    (f"les États-Unis ne toléreraient plus {o}le dumping industriel{c} chinois", "indirect", DOW30),
    ("le dumping industriel", "partial", DOW30),
    ("Si Pékin veut vendre en Amérique, Pékin devra jouer selon les règles", "direct", DOW30),
    ("franches", "partial", WH30),
    (f"les deux présidents {o}sont convenus de se revoir avant la fin de l'année{c}", "indirect", WH30),
    ("sont convenus de se revoir avant la fin de l'année", "partial", WH30),
    ("M. Dowling a soulevé le sort de plusieurs ressortissants américains détenus en Chine", "indirect", WH30),
    (f"Han Zhiyuan a mis en garde son homologue contre toute {o}provocation{c} dans le détroit de Taïwan", "indirect", HANX30),
    ("provocation", "partial", HANX30),
    ("Les États-Unis doivent traiter la question de Taïwan avec la plus grande prudence", "direct", HANX30),
    (f"Une relation {o}mutuellement bénéfique{c} qui ne doit pas être {o}politisée{c}", "indirect", PEK30),
    ("mutuellement bénéfique", "partial", PEK30),
    ("politisée", "partial", PEK30),
    (f"La partie américaine, a-t-il déclaré, doit {o}cesser de s'ingérer dans les affaires intérieures de la Chine{c}", "indirect", LIN30),
    ("cesser de s'ingérer dans les affaires intérieures de la Chine", "partial", LIN30),
    ("protectionnisme déguisé", "partial", LIN30),
    (f"les Chinois voulaient un texte {o}qui aurait réécrit quarante ans de politique américaine sur Taïwan{c}", "indirect", OFF30),
    ("qui aurait réécrit quarante ans de politique américaine sur Taïwan", "partial", OFF30),
    ("Nous n'allions pas signer cela", "direct", OFF30),
    (f"{o}la démocratie taïwanaise n'est pas une monnaie d'échange{c}", "indirect", TWN30),
    ("la démocratie taïwanaise n'est pas une monnaie d'échange", "partial", TWN30),
    ("Une relation stable entre les États-Unis et la Chine est importante pour la communauté internationale tout entière", "direct", JAP30),
    ("Pékin a obtenu ce qu'il voulait : une photo", "indirect", DAV30),
    ("Han Zhiyuan rentre avec l'image d'un dirigeant traité d'égal à égal par le président américain, sans avoir rien concédé. C'est une victoire de communication", "direct", DAV30),
    ("la reprise du dialogue militaire, seule avancée concrète, survive à la prochaine crise dans le détroit", "indirect", DAV30),
])

# 156. a Catholic daily's international page, guillemets with no-break spaces: a standfirst, the
# readout's words as a partial (« le compte rendu … insiste sur la nécessité de « … » »), « Le
# président Dowling, y lit-on, a … », the president before the press (« a-t-il dit »), Xinhua
# (« rapporte que … à « … » », « aurait-il ajouté, selon l'agence »), the spokesman (« a qualifié …
# de « … » », a quote after a colon, « Selon lui, »), the anonymous official (« a reconnu que … « … »
# », « Mieux valait …, a-t-il estimé »), Taipei (« a fait savoir que »), Tokyo's appeal « par la
# voix de » postposed, a Jesuit sinologist (« Pour le père X, », « confie-t-il », « Il rappelle
# que », « estime-t-il » as an incise), an agreement's label in marks (no quote)
o, c = "«" + NB, NB + "»"
t156 = (
"Chine-États-Unis : un sommet pour se parler, faute de s'entendre\n\n"
"Richard Dowling et Han Zhiyuan se sont rencontrés lundi 10 avril à Kuala Lumpur. Les deux présidents n'ont publié aucune déclaration commune, mais ont renoué le fil du dialogue militaire.\n\n"
"Le dialogue est renoué, à défaut d'être apaisé. Pour leur première rencontre en personne depuis dix-huit mois, les présidents américain et chinois ont passé plus de quatre heures ensemble, lundi, dans la capitale malaisienne. Aucun texte commun n'a conclu la rencontre : Washington et Pékin ont chacun publié leur propre version des échanges.\n\n"
f"Côté américain, le compte rendu de la Maison Blanche insiste sur la nécessité de {o}gérer la compétition de manière responsable{c} et sur la reprise des communications militaires, rompues depuis l'été dernier. Le président Dowling, y lit-on, a également plaidé pour la libération de plusieurs citoyens américains détenus en Chine, dont un pasteur évangélique condamné en 2026.\n\n"
f"Devant les journalistes, le président américain s'est voulu confiant. {o}Je crois que le président Han veut, lui aussi, éviter que nos deux pays ne glissent vers un conflit. C'est déjà un point de départ{c}, a-t-il dit.\n\n"
f"Du côté chinois, l'agence officielle Xinhua rapporte que Han Zhiyuan a exhorté les États-Unis à {o}respecter la souveraineté et l'intégrité territoriale de la Chine{c}. {o}Le monde est assez vaste pour que la Chine et les États-Unis prospèrent ensemble{c}, aurait-il ajouté, selon l'agence.\n\n"
f"Le lendemain, le porte-parole du ministère chinois des Affaires étrangères, Lin Jiawei, a qualifié la rencontre de {o}positive et constructive{c}, tout en mettant en garde Washington : {o}Sur la question de Taïwan, la Chine n'a aucune marge de compromis.{c} Selon lui, l'absence de déclaration commune {o}ne doit pas donner lieu à des spéculations excessives{c}.\n\n"
f"Un haut responsable américain, qui a requis l'anonymat, a reconnu que les deux délégations n'avaient {o}pas réussi à s'entendre sur un seul paragraphe{c} consacré à Taïwan. Mieux valait ne rien signer, a-t-il estimé.\n\n"
f"À Taipei, la présidence taïwanaise a fait savoir qu'elle avait été {o}informée en amont{c} par Washington de la teneur des discussions. Tokyo a pour sa part appelé les deux puissances à {o}poursuivre le dialogue à tous les niveaux{c}, par la voix du secrétaire général du gouvernement, Kenji Morimoto.\n\n"
f"Pour le père Jean-Marc Lacoste, jésuite et sinologue installé à Taipei depuis vingt ans, la rencontre a au moins le mérite d'exister. {o}Quand deux puissances de cette taille cessent de se parler, ce sont toujours les plus petits qui paient. Que les présidents se voient, même sans rien signer, c'est une bonne nouvelle pour la paix{c}, confie-t-il. Il rappelle que le Saint-Siège, qui entretient des relations diplomatiques avec Taipei, suit de près l'évolution de la situation dans le détroit. Les catholiques chinois, estime-t-il, ont tout à gagner à une détente. L'accord dit {o}provisoire{c} sur la nomination des évêques, signé en 2018 entre le Saint-Siège et Pékin, a depuis été renouvelé à plusieurs reprises.\n")
LAC30 = ["Jean-Marc Lacoste", "Lacoste", "père Jean-Marc Lacoste", "le père Jean-Marc Lacoste", "père Lacoste", "le père Lacoste", "jésuite", "sinologue"]
art("w156_catholique_sommet", "catholic daily", "2028-04-11", t156, [
    ("gérer la compétition de manière responsable", "partial", WH30),
    ("Le président Dowling, y lit-on, a également plaidé pour la libération de plusieurs citoyens américains détenus en Chine, dont un pasteur évangélique condamné en 2026", "indirect", WHD30),
    ("Je crois que le président Han veut, lui aussi, éviter que nos deux pays ne glissent vers un conflit. C'est déjà un point de départ", "direct", DOW30),
    (f"Han Zhiyuan a exhorté les États-Unis à {o}respecter la souveraineté et l'intégrité territoriale de la Chine{c}", "indirect", HANX30),
    ("respecter la souveraineté et l'intégrité territoriale de la Chine", "partial", HANX30),
    ("Le monde est assez vaste pour que la Chine et les États-Unis prospèrent ensemble", "direct", HANX30),
    ("positive et constructive", "partial", LIN30),
    ("Sur la question de Taïwan, la Chine n'a aucune marge de compromis.", "direct", LIN30),
    (f"l'absence de déclaration commune {o}ne doit pas donner lieu à des spéculations excessives{c}", "indirect", LIN30),
    ("ne doit pas donner lieu à des spéculations excessives", "partial", LIN30),
    (f"les deux délégations n'avaient {o}pas réussi à s'entendre sur un seul paragraphe{c} consacré à Taïwan", "indirect", OFF30),
    ("pas réussi à s'entendre sur un seul paragraphe", "partial", OFF30),
    ("Mieux valait ne rien signer", "indirect", OFF30),
    (f"elle avait été {o}informée en amont{c} par Washington de la teneur des discussions", "indirect", TWN30),
    ("informée en amont", "partial", TWN30),
    ("poursuivre le dialogue à tous les niveaux", "partial", JAP30),
    ("la rencontre a au moins le mérite d'exister", "indirect", LAC30),
    ("Quand deux puissances de cette taille cessent de se parler, ce sont toujours les plus petits qui paient. Que les présidents se voient, même sans rien signer, c'est une bonne nouvelle pour la paix", "direct", LAC30),
    ("le Saint-Siège, qui entretient des relations diplomatiques avec Taipei, suit de près l'évolution de la situation dans le détroit", "indirect", LAC30),
    ("Les catholiques chinois, estime-t-il, ont tout à gagner à une détente", "indirect", LAC30),
])

# 157. a Canadian public broadcaster's site, guillemets with no space: a dateline, the US president
# in English (« a dit en anglais … en point de presse, qui a qualifié … de «…», mais «…» »), « Selon
# le compte rendu de la Maison-Blanche, » and « précise le document » postposed, Han's words in
# Chinese and their French rendering (« soit «…», selon une traduction de Radio-Canada »), the
# spokesman (« a reproché … une version «…» », « a-t-il dit en mandarin »), the anonymous official
# (« a expliqué aux journalistes que », « a-t-il fait valoir »), a subhead, Taipei's and Tokyo's
# reactions (« a assuré … que … «…» et … «…» », « a déclaré que Tokyo «…» »), Ottawa's minister, an
# expert « en entrevue » (« explique-t-il », « Selon lui, »)
o, c = "«", "»"
t157 = (
"Sommet Dowling-Han : pas de déclaration commune, mais deux versions des faits\n\n"
"Publié le 10 avril 2028 à 19 h 42\n\n"
"Les présidents des États-Unis et de la Chine se sont rencontrés pendant plus de quatre heures lundi à Kuala Lumpur, en Malaisie, sans parvenir à s'entendre sur un texte commun. La Maison-Blanche et l'agence de presse officielle chinoise Xinhua ont chacune publié leur compte rendu de la rencontre.\n\n"
f"{o}It was a good meeting. Not an easy one, but a good one{c}, a dit en anglais Richard Dowling en point de presse, à l'issue du sommet. Le président américain a qualifié l'entretien de {o}bon{c}, mais {o}pas facile{c}, et a promis de rendre compte de ses échanges aux chefs de file du Congrès dès son retour à Washington.\n\n"
"Selon le compte rendu de la Maison-Blanche, le président Dowling a exprimé ses préoccupations quant aux exercices militaires chinois autour de Taïwan et aux exportations de précurseurs chimiques du fentanyl, un enjeu qui touche aussi le Canada. Les deux dirigeants ont convenu de rétablir le dialogue entre leurs forces armées, précise le document.\n\n"
f"Le récit chinois met plutôt l'accent sur Taïwan. {o}台湾问题是中美关系中第一条不可逾越的红线{c}, a déclaré Han Zhiyuan selon Xinhua, soit {o}La question de Taïwan est la première ligne rouge à ne pas franchir dans les relations sino-américaines{c}, selon une traduction de Radio-Canada. Le président chinois a aussi affirmé que Pékin ne renoncerait {o}jamais{c} à la réunification.\n\n"
f"Mardi, en point de presse à Pékin, le porte-parole de la diplomatie chinoise, Lin Jiawei, a reproché à Washington de présenter une version {o}sélective{c} des entretiens. {o}La partie américaine devrait s'abstenir de toute interprétation unilatérale{c}, a-t-il dit en mandarin.\n\n"
f"Un haut responsable américain, qui a requis l'anonymat, a expliqué aux journalistes que Washington n'avait {o}jamais cherché{c} à obtenir une déclaration commune. Les deux comptes rendus ne se contredisent pas, ils mettent l'accent sur des choses différentes, a-t-il fait valoir.\n\n"
"Taipei et Tokyo attentifs\n\n"
f"À Taipei, le bureau présidentiel a assuré dans une déclaration que Taïwan continuerait de {o}maintenir le statu quo{c} et n'avait {o}ni l'intention ni le besoin{c} de provoquer Pékin. Au Japon, le secrétaire général du gouvernement, Kenji Morimoto, a déclaré que Tokyo {o}suivait avec une grande attention{c} l'évolution de la relation sino-américaine.\n\n"
f"À Ottawa, la ministre des Affaires étrangères, Isabelle Gagnon, a salué {o}tout dialogue qui réduit les risques d'escalade{c}. Le Canada, dont les relations avec Pékin restent tendues, n'était pas représenté à Kuala Lumpur.\n\n"
f"En entrevue à Radio-Canada, Charles Tremblay-Lu, professeur de science politique à l'Université de Montréal, invite à ne pas surinterpréter l'absence de texte commun. {o}Les Chinois écrivent leurs comptes rendus pour leur public intérieur, les Américains pour le Congrès. Il aurait été étonnant qu'ils signent la même page{c}, explique-t-il. Selon lui, le véritable test sera la reprise effective des communications militaires {o}dans les prochaines semaines{c}.\n")
GAG30 = ["Isabelle Gagnon", "Gagnon", "ministre des Affaires étrangères", "la ministre des Affaires étrangères", "Ottawa", "Canada"]
TRE30 = ["Charles Tremblay-Lu", "Tremblay-Lu", "professeur de science politique à l'Université de Montréal", "professeur", "le professeur"]
art("w157_radiocanada_sommet", "canadian public broadcaster", "2028-04-10", t157, [
    ("It was a good meeting. Not an easy one, but a good one", "direct", DOW30),
    ("bon", "partial", DOW30),
    ("pas facile", "partial", DOW30),
    ("le président Dowling a exprimé ses préoccupations quant aux exercices militaires chinois autour de Taïwan et aux exportations de précurseurs chimiques du fentanyl", "indirect", WHD30),
    ("Les deux dirigeants ont convenu de rétablir le dialogue entre leurs forces armées", "indirect", WH30),
    ("台湾问题是中美关系中第一条不可逾越的红线", "direct", HANX30),
    ("La question de Taïwan est la première ligne rouge à ne pas franchir dans les relations sino-américaines", "direct", HANX30),
    (f"Pékin ne renoncerait {o}jamais{c} à la réunification", "indirect", HANX30),
    ("jamais", "partial", HANX30),
    ("sélective", "partial", LIN30),
    ("La partie américaine devrait s'abstenir de toute interprétation unilatérale", "direct", LIN30),
    (f"Washington n'avait {o}jamais cherché{c} à obtenir une déclaration commune", "indirect", OFF30),
    ("jamais cherché", "partial", OFF30),
    ("Les deux comptes rendus ne se contredisent pas, ils mettent l'accent sur des choses différentes", "indirect", OFF30),
    (f"Taïwan continuerait de {o}maintenir le statu quo{c} et n'avait {o}ni l'intention ni le besoin{c} de provoquer Pékin", "indirect", TWN30),
    ("maintenir le statu quo", "partial", TWN30),
    ("ni l'intention ni le besoin", "partial", TWN30),
    (f"Tokyo {o}suivait avec une grande attention{c} l'évolution de la relation sino-américaine", "indirect", JAP30),
    ("suivait avec une grande attention", "partial", JAP30),
    ("tout dialogue qui réduit les risques d'escalade", "partial", GAG30),
    ("Les Chinois écrivent leurs comptes rendus pour leur public intérieur, les Américains pour le Congrès. Il aurait été étonnant qu'ils signent la même page", "direct", TRE30),
    (f"le véritable test sera la reprise effective des communications militaires {o}dans les prochaines semaines{c}", "indirect", TRE30),
    ("dans les prochaines semaines", "partial", TRE30),
])

# 158. a free daily's short version in straight marks: questions as subheads, « s'est félicité »,
# « Selon le compte rendu de la Maison Blanche, », a label the president gave « qualifiée par X de
# "…" », « a prévenu …, cité par l'agence », the spokesman unnamed (« a jugé … "…", tout en
# demandant … de "…" »), the anonymous official (« …, a confié X » postposed, « a-t-il résumé »),
# « A Pékin, on assure au contraire que », Taipei and its presidential office, Tokyo's spokesman
# (« a estimé que … "…" »), an expert (« Pour X, »), « dit-on à Washington »
t158 = (
"Chine-USA : un sommet, zéro texte commun\n\n"
"Ils se sont parlé, mais ils n'ont rien signé. Le président américain Richard Dowling et son homologue chinois Han Zhiyuan se sont retrouvés lundi à Kuala Lumpur (Malaisie) pour quatre heures de discussions. A la sortie, pas de déclaration commune, mais deux comptes rendus publiés chacun de son côté.\n\n"
"Ce qu'a dit Washington\n\n"
"\"Nous avons eu une vraie conversation, sans langue de bois\", s'est félicité Richard Dowling devant la presse. Selon le compte rendu de la Maison Blanche, les deux présidents ont décidé de reprendre les contacts entre leurs armées, coupés depuis près d'un an. Le locataire de la Maison Blanche a aussi mis sur la table la question des droits de douane, qu'il menace de relever encore cet été.\n\n"
"Ce qu'a dit Pékin\n\n"
"Côté chinois, l'agence officielle Xinhua retient surtout un message sur Taïwan, qualifiée par Han Zhiyuan de \"ligne rouge\". \"La Chine ne permettra à personne de séparer Taïwan de la patrie\", a prévenu le président chinois, cité par l'agence. Le lendemain, le porte-parole de la diplomatie chinoise a jugé la rencontre \"constructive\", tout en demandant aux Etats-Unis de \"tenir parole\".\n\n"
"Pourquoi pas de texte commun ?\n\n"
"Les deux camps n'ont pas réussi à s'entendre sur Taïwan, a confié un haut responsable américain, qui a requis l'anonymat. \"On ne signe pas un texte juste pour la photo\", a-t-il résumé. A Pékin, on assure au contraire que c'est Washington qui a fait capoter l'idée d'une déclaration.\n\n"
"Et les voisins ?\n\n"
"Taipei a remercié Washington pour son \"soutien indéfectible\". Le bureau présidentiel taïwanais a aussi assuré que l'île \"ne cèdera pas à la pression\". A Tokyo, le porte-parole du gouvernement japonais, Kenji Morimoto, a estimé que la stabilité entre les deux géants était \"dans l'intérêt de tous\".\n\n"
"Et maintenant ?\n\n"
"Pour Léa Fontaine, chercheuse à l'IRIS, le plus dur commence maintenant. \"Il faudra voir si les militaires décrochent vraiment leur téléphone lors de la prochaine crise\", prévient-elle. Une nouvelle rencontre pourrait avoir lieu en fin d'année, dit-on à Washington.\n")
FON30 = ["Léa Fontaine", "Fontaine", "chercheuse", "la chercheuse", "chercheuse à l'IRIS"]
art("w158_gratuit_sommet", "free daily", "2028-04-11", t158, [
    ("Nous avons eu une vraie conversation, sans langue de bois", "direct", DOW30),
    ("les deux présidents ont décidé de reprendre les contacts entre leurs armées, coupés depuis près d'un an", "indirect", WH30),
    ("ligne rouge", "partial", HANX30),
    ("La Chine ne permettra à personne de séparer Taïwan de la patrie", "direct", HANX30),
    ("constructive", "partial", LIN30),
    ("tenir parole", "partial", LIN30),
    ("Les deux camps n'ont pas réussi à s'entendre sur Taïwan", "indirect", OFF30),
    ("On ne signe pas un texte juste pour la photo", "direct", OFF30),
    ("c'est Washington qui a fait capoter l'idée d'une déclaration", "indirect", PEK30),
    ("soutien indéfectible", "partial", TWN30),
    ("l'île \"ne cèdera pas à la pression\"", "indirect", TWN30),
    ("ne cèdera pas à la pression", "partial", TWN30),
    ("la stabilité entre les deux géants était \"dans l'intérêt de tous\"", "indirect", JAP30),
    ("dans l'intérêt de tous", "partial", JAP30),
    ("le plus dur commence maintenant", "indirect", FON30),
    ("Il faudra voir si les militaires décrochent vraiment leur téléphone lors de la prochaine crise", "direct", FON30),
    ("Une nouvelle rencontre pourrait avoir lieu en fin d'année", "indirect", WAS30),
])

# batch 31
# 159-163. one invented event: Algiers recalls its ambassador from Paris after a French interior
# minister, on a TV set, accused Algeria of living off a « rente mémorielle »; the Algerian foreign
# ministry's communiqué relayed by APS, the Quai d'Orsay's spokeswoman at the press briefing, the
# French president's entourage, the minister himself, Algerian party leaders (FLN, MSP), a
# Franco-Algerian historian and diaspora associations, told by five outlets. Each article's gold is
# independent.
DAR31 = ["Olivier Dartigues", "Dartigues", "M. Dartigues", "ministre de l'Intérieur", "le ministre de l'Intérieur", "ministre de l'intérieur", "le ministre de l'intérieur", "ministre français de l'Intérieur", "le ministre français de l'Intérieur", "ministre", "le ministre", "ministre français", "le ministre français"]
MAE31 = ["ministère des Affaires étrangères et de la Communauté nationale à l'étranger", "le ministère des Affaires étrangères et de la Communauté nationale à l'étranger", "ministère algérien des Affaires étrangères", "le ministère algérien des Affaires étrangères", "ministère algérien des affaires étrangères", "le ministère algérien des affaires étrangères", "ministère des Affaires étrangères", "le ministère des Affaires étrangères", "Affaires étrangères", "ministère", "le ministère", "diplomatie algérienne", "la diplomatie algérienne", "Alger", "Algérie", "l'Algérie", "gouvernement algérien", "communiqué", "le communiqué", "communiqué du ministère des Affaires étrangères", "le communiqué du ministère des Affaires étrangères", "même source", "la même source", "document", "le document", "texte", "le texte"]
FON31 = ["Claire Fonteneau", "Fonteneau", "porte-parole", "la porte-parole", "sa porte-parole", "porte-parole du ministère", "la porte-parole du ministère", "porte-parole du Quai d'Orsay", "la porte-parole du Quai d'Orsay", "Quai d'Orsay", "le Quai d'Orsay", "ministère français des Affaires étrangères", "le ministère français des Affaires étrangères", "diplomatie française", "France", "Paris"]
QO31 = ["Quai d'Orsay", "le Quai d'Orsay", "Quai", "le Quai", "ministère français des Affaires étrangères", "le ministère français des Affaires étrangères", "diplomatie française", "la diplomatie française", "France", "Paris"]
ENT31 = ["entourage du président", "l'entourage du président", "entourage du président français", "l'entourage du président français", "entourage du chef de l'État", "l'entourage du chef de l'État", "entourage", "son entourage", "Élysée", "l'Élysée", "présidence française", "la présidence française"]
ADJ31 = ["Kamel Adjerad", "Adjerad", "secrétaire général du FLN", "le secrétaire général du FLN", "FLN", "Front de libération nationale", "le Front de libération nationale"]
BEL31 = ["Nadir Belkacemi", "Belkacemi", "président du MSP", "le président du MSP", "MSP", "Mouvement de la société pour la paix", "le Mouvement de la société pour la paix"]
DER31 = ["Samia Derradji", "Derradji", "historienne", "l'historienne", "historienne franco-algérienne", "l'historienne franco-algérienne"]
HAD31 = ["Leïla Haddadi", "Haddadi", "présidente de l'association Deux Rives", "la présidente de l'association Deux Rives", "Deux Rives", "association Deux Rives", "l'association Deux Rives"]
MEH31 = ["Yacine Mehenni", "Mehenni", "président du Collectif des Franco-Algériens de Marseille", "son président", "président", "Collectif des Franco-Algériens de Marseille", "le Collectif des Franco-Algériens de Marseille"]

# 159. an Algerian French-language daily, guillemets with no-break spaces, long sentences: the
# communiqué through APS (« a indiqué hier le ministère … dans un communiqué repris par l'agence
# APS » postposed after a long clause, « a indiqué le communiqué, qui précise que », « Selon la même
# source, », « Le document souligne en outre que … avant de rappeler que »), the minister's words on
# a TV show whose title is in marks (« avait estimé que », « ajoutant que »), the FLN's secretary
# general (« a estimé, dans une déclaration …, que », « appelant le gouvernement à « … » »), the MSP's
# president (« Pour X, il s'agit d'une « … » », « a-t-il déploré »), a diplomatic source, « Selon nos
# informations » (the paper's own, no speaker)
o, c = "«" + NB, NB + "»"
t159 = (
"Propos du ministre français de l'Intérieur : Alger rappelle son ambassadeur à Paris pour consultations\n\n"
f"L'Algérie a décidé de rappeler {o}avec effet immédiat{c} son ambassadeur à Paris, M. Mourad Benaïssa, pour consultations, a indiqué hier le ministère des Affaires étrangères et de la Communauté nationale à l'étranger dans un communiqué repris par l'agence APS, à la suite des {o}propos inacceptables{c} tenus dimanche soir sur une chaîne de télévision française par le ministre français de l'Intérieur, Olivier Dartigues, qui avait notamment accusé l'Algérie d'entretenir une {o}rente mémorielle{c} sur le dos de la France.\n\n"
f"{o}Ces déclarations, qui s'inscrivent dans une campagne hostile menée par des cercles connus pour leur nostalgie de l'Algérie française, portent atteinte à la mémoire de millions de martyrs et à la dignité du peuple algérien{c}, a indiqué le communiqué, qui précise que le gouvernement algérien {o}tire toutes les conséquences{c} de ce qu'il qualifie de {o}dérapage d'une extrême gravité{c}.\n\n"
f"Selon la même source, le chargé d'affaires de l'ambassade de France à Alger a été convoqué dans la matinée au siège du ministère, où lui a été signifiée la {o}profonde indignation{c} de l'Algérie face à des propos qui ne sauraient {o}être mis sur le compte d'un simple écart de langage{c}.\n\n"
f"Le document souligne en outre que {o}l'Algérie n'a de leçons d'histoire à recevoir de personne, et encore moins de ceux qui refusent de regarder en face les crimes de la colonisation{c}, avant de rappeler que le dossier de la mémoire fait l'objet d'un travail mené par une commission mixte d'historiens installée {o}à l'initiative des deux chefs d'État{c}.\n\n"
f"Invité dimanche soir de l'émission {o}Le Grand Face-à-face{c} sur la chaîne LCI, M. Dartigues avait estimé que {o}l'Algérie vit depuis soixante ans d'une rente mémorielle qu'elle agite chaque fois qu'elle veut obtenir quelque chose de Paris{c}, ajoutant que la France devait cesser de {o}s'excuser en permanence{c} et revoir de fond en comble l'accord franco-algérien de 1968 relatif à la circulation, à l'emploi et au séjour des ressortissants algériens.\n\n"
f"La classe politique nationale, toutes tendances confondues, a unanimement condamné ces propos. Le secrétaire général du FLN, Kamel Adjerad, a estimé, dans une déclaration transmise à notre rédaction, que {o}le ministre français a dit tout haut ce qu'une partie de la droite française pense tout bas{c}, appelant le gouvernement à {o}aller au bout de la logique{c} en réexaminant l'ensemble de la coopération bilatérale. Pour le président du MSP, Nadir Belkacemi, il s'agit d'une {o}provocation calculée à des fins électoralistes{c}. {o}La France officielle n'a toujours pas reconnu ses crimes, et c'est un de ses ministres qui vient nous parler de rente{c}, a-t-il déploré.\n\n"
f"Contactée par nos soins, une source diplomatique a indiqué que l'ambassadeur Benaïssa regagnerait Alger {o}dans les prochaines heures{c}. Selon nos informations, la visite que devait effectuer en novembre le ministre français de l'Europe et des Affaires étrangères a été reportée sine die. Il convient de rappeler que cette nouvelle crise intervient moins d'un an après le retour de l'ambassadeur à Paris, à l'issue d'une précédente brouille entre les deux capitales.\n")
art("w159_quotidien_alger", "Algerian daily", "2027-10-12", t159, [
    (f"L'Algérie a décidé de rappeler {o}avec effet immédiat{c} son ambassadeur à Paris, M. Mourad Benaïssa, pour consultations", "indirect", MAE31),
    ("avec effet immédiat", "partial", MAE31),
    ("propos inacceptables", "partial", MAE31),
    ("rente mémorielle", "partial", DAR31),
    ("Ces déclarations, qui s'inscrivent dans une campagne hostile menée par des cercles connus pour leur nostalgie de l'Algérie française, portent atteinte à la mémoire de millions de martyrs et à la dignité du peuple algérien", "direct", MAE31),
    (f"le gouvernement algérien {o}tire toutes les conséquences{c} de ce qu'il qualifie de {o}dérapage d'une extrême gravité{c}", "indirect", MAE31),
    ("tire toutes les conséquences", "partial", MAE31),
    ("dérapage d'une extrême gravité", "partial", MAE31),
    (f"le chargé d'affaires de l'ambassade de France à Alger a été convoqué dans la matinée au siège du ministère, où lui a été signifiée la {o}profonde indignation{c} de l'Algérie face à des propos qui ne sauraient {o}être mis sur le compte d'un simple écart de langage{c}", "indirect", MAE31),
    ("profonde indignation", "partial", MAE31),
    ("être mis sur le compte d'un simple écart de langage", "partial", MAE31),
    (f"{o}l'Algérie n'a de leçons d'histoire à recevoir de personne, et encore moins de ceux qui refusent de regarder en face les crimes de la colonisation{c}", "indirect", MAE31),
    ("l'Algérie n'a de leçons d'histoire à recevoir de personne, et encore moins de ceux qui refusent de regarder en face les crimes de la colonisation", "partial", MAE31),
    (f"le dossier de la mémoire fait l'objet d'un travail mené par une commission mixte d'historiens installée {o}à l'initiative des deux chefs d'État{c}", "indirect", MAE31),
    ("à l'initiative des deux chefs d'État", "partial", MAE31),
    (f"{o}l'Algérie vit depuis soixante ans d'une rente mémorielle qu'elle agite chaque fois qu'elle veut obtenir quelque chose de Paris{c}", "indirect", DAR31),
    ("l'Algérie vit depuis soixante ans d'une rente mémorielle qu'elle agite chaque fois qu'elle veut obtenir quelque chose de Paris", "partial", DAR31),
    (f"la France devait cesser de {o}s'excuser en permanence{c} et revoir de fond en comble l'accord franco-algérien de 1968 relatif à la circulation, à l'emploi et au séjour des ressortissants algériens", "indirect", DAR31),
    ("s'excuser en permanence", "partial", DAR31),
    (f"{o}le ministre français a dit tout haut ce qu'une partie de la droite française pense tout bas{c}", "indirect", ADJ31),
    ("le ministre français a dit tout haut ce qu'une partie de la droite française pense tout bas", "partial", ADJ31),
    ("aller au bout de la logique", "partial", ADJ31),
    (f"il s'agit d'une {o}provocation calculée à des fins électoralistes{c}", "indirect", BEL31),
    ("provocation calculée à des fins électoralistes", "partial", BEL31),
    ("La France officielle n'a toujours pas reconnu ses crimes, et c'est un de ses ministres qui vient nous parler de rente", "direct", BEL31),
    (f"l'ambassadeur Benaïssa regagnerait Alger {o}dans les prochaines heures{c}", "indirect", ["source diplomatique", "une source diplomatique"]),
    ("dans les prochaines heures", "partial", ["source diplomatique", "une source diplomatique"]),
])

# 160. a French national daily, guillemets with narrow no-break spaces, lower-case ministries: the
# minister's phrase after « En accusant l'Algérie de vivre d'une « … » », the communiqué through APS
# in partials (« Alger dénonce des « … » et une « … » menée par des « … » », « affirme le texte »),
# the Quai d'Orsay's spokeswoman (« a dit « regretter » », « rappelant que »), the Élysée (« fait
# savoir son entourage » postposed, « qui juge que », « Selon un conseiller, »), the minister before
# MPs, the historian (« Pour X, …, l'expression de « … » est « … » »: the term in marks is mentioned,
# not quoted; « explique-t-elle », « Selon elle, »), a diaspora association's president (« soupire »)
o, c = "«" + NN, NN + "»"
t160 = (
"Entre Paris et Alger, une nouvelle crise diplomatique après les propos d'Olivier Dartigues\n\n"
f"Il aura suffi d'une phrase, prononcée dimanche soir sur un plateau de télévision, pour rouvrir la crise. En accusant l'Algérie de vivre d'une {o}rente mémorielle{c}, le ministre de l'intérieur, Olivier Dartigues, a provoqué la réaction la plus vive d'Alger depuis trois ans : lundi, le ministère algérien des affaires étrangères a annoncé le rappel {o}pour consultations{c} de son ambassadeur à Paris, Mourad Benaïssa.\n\n"
f"Dans son communiqué, relayé par l'agence officielle APS, Alger dénonce des {o}propos inacceptables{c} et une {o}campagne hostile{c} menée par des {o}cercles nostalgiques{c}. Le ton est inhabituellement dur. {o}L'Algérie n'a de leçons d'histoire à recevoir de personne{c}, affirme le texte.\n\n"
f"Mardi, le Quai d'Orsay a tenté de circonscrire l'incendie. Lors du point de presse quotidien, la porte-parole du ministère, Claire Fonteneau, a dit {o}regretter{c} la décision algérienne. {o}La relation entre la France et l'Algérie est une relation d'exception, qui mérite mieux que des malentendus. Nous souhaitons que l'ambassadeur puisse revenir rapidement à Paris{c}, a-t-elle déclaré, rappelant que la politique étrangère de la France {o}se définit à l'Élysée et au Quai d'Orsay{c}. Une manière à peine voilée de recadrer le ministre de l'intérieur.\n\n"
f"À l'Élysée, on se montre plus prudent encore. Le chef de l'État n'a pas l'intention de s'exprimer sur le sujet, fait savoir son entourage, qui juge que {o}les mots du ministre n'engagent que lui{c}. Selon un conseiller, le président a appelé lundi soir M. Dartigues pour lui demander de calmer le jeu.\n\n"
f"Le ministre, lui, ne retire rien. {o}Je n'ai insulté personne. J'ai dit une vérité que beaucoup de Français pensent{c}, a-t-il lancé mardi après-midi dans les couloirs de l'Assemblée nationale, en marge des questions au gouvernement. Il a maintenu que l'accord de 1968 devait être {o}renégocié de fond en comble{c}.\n\n"
f"Pour l'historienne Samia Derradji, professeure à l'université Paris-Nanterre et ancienne membre de la commission mixte d'historiens, l'expression de {o}rente mémorielle{c} est {o}un contresens total{c}. {o}Ce sont les Algériens qui demandent l'ouverture des archives, pas l'inverse. Parler de rente, c'est inverser la charge{c}, explique-t-elle. Selon elle, la commission, déjà à l'arrêt depuis le printemps, risque de ne pas se remettre de cet épisode.\n\n"
f"Dans les associations de la diaspora, c'est la lassitude qui domine. {o}On a l'impression d'être toujours les otages de cette histoire{c}, soupire Leïla Haddadi, présidente de l'association Deux Rives, à Lyon, qui réclame un {o}geste d'apaisement{c} des deux gouvernements.\n")
art("w160_quotidien_national", "national daily", "2027-10-13", t160, [
    ("rente mémorielle", "partial", DAR31),
    ("pour consultations", "partial", MAE31),
    ("propos inacceptables", "partial", MAE31),
    ("campagne hostile", "partial", MAE31),
    ("cercles nostalgiques", "partial", MAE31),
    ("L'Algérie n'a de leçons d'histoire à recevoir de personne", "direct", MAE31),
    ("regretter", "partial", FON31),
    ("La relation entre la France et l'Algérie est une relation d'exception, qui mérite mieux que des malentendus. Nous souhaitons que l'ambassadeur puisse revenir rapidement à Paris", "direct", FON31),
    (f"la politique étrangère de la France {o}se définit à l'Élysée et au Quai d'Orsay{c}", "indirect", FON31),
    ("se définit à l'Élysée et au Quai d'Orsay", "partial", FON31),
    ("Le chef de l'État n'a pas l'intention de s'exprimer sur le sujet", "indirect", ENT31),
    (f"{o}les mots du ministre n'engagent que lui{c}", "indirect", ENT31),
    ("les mots du ministre n'engagent que lui", "partial", ENT31),
    ("le président a appelé lundi soir M. Dartigues pour lui demander de calmer le jeu", "indirect", ["conseiller", "un conseiller", "conseiller de l'Élysée"]),
    ("Je n'ai insulté personne. J'ai dit une vérité que beaucoup de Français pensent", "direct", DAR31),
    (f"l'accord de 1968 devait être {o}renégocié de fond en comble{c}", "indirect", DAR31),
    ("renégocié de fond en comble", "partial", DAR31),
    (f"l'expression de {o}rente mémorielle{c} est {o}un contresens total{c}", "indirect", DER31),
    ("un contresens total", "partial", DER31),
    ("Ce sont les Algériens qui demandent l'ouverture des archives, pas l'inverse. Parler de rente, c'est inverser la charge", "direct", DER31),
    ("la commission, déjà à l'arrêt depuis le printemps, risque de ne pas se remettre de cet épisode", "indirect", DER31),
    ("On a l'impression d'être toujours les otages de cette histoire", "direct", HAD31),
    ("geste d'apaisement", "partial", HAD31),
])

# 161. a pan-African weekly's site, straight marks: the writer's own label in marks (« patience
# stratégique », nobody's words), the communiqué in partials with « Il » for the text, an « À LIRE »
# title in marks, the FLN leader joint par téléphone (« se félicite »), the MSP's president (« estime
# que l'exécutif "…" »), an Algerian diplomat (« Selon un diplomate algérien en poste en Europe, »,
# « confie-t-il, sous couvert d'anonymat »), the Quai d'Orsay (« a fait savoir … qu'il », « a répondu
# sa porte-parole »), the historian (« regrette-t-elle », « D'après elle, »), a diaspora collective
# and its president (« a … appelé, dans un communiqué, les deux gouvernements à "…" », « rappelle que »)
t161 = (
"Algérie-France : pourquoi Alger a choisi la manière forte\n\n"
"En rappelant son ambassadeur à Paris lundi 11 octobre, Alger a voulu montrer que le temps de la \"patience stratégique\" était révolu. Les propos du ministre français de l'Intérieur sur la mémoire de la guerre d'indépendance ont offert au pouvoir algérien une occasion de tracer une ligne rouge.\n\n"
"Le communiqué du ministère des Affaires étrangères, publié par l'agence APS, ne laisse guère de place à l'ambiguïté. Il évoque des \"propos inacceptables\" et accuse Olivier Dartigues de porter \"atteinte à la mémoire de millions de martyrs\".\n\n"
"À LIRE \"Mémoire : ce que contient le rapport d'étape de la commission mixte d'historiens\"\n\n"
"À Alger, le rappel a été salué par l'ensemble des partis, de la majorité présidentielle à l'opposition islamiste. \"Pour une fois, la réponse est à la hauteur de l'offense\", se félicite Kamel Adjerad, le secrétaire général du FLN, joint par téléphone. Même le président du MSP, Nadir Belkacemi, pourtant prompt à critiquer le gouvernement, estime que l'exécutif \"n'avait pas d'autre choix\".\n\n"
"Selon un diplomate algérien en poste en Europe, le calendrier n'est pas anodin : Alger voulait aussi signifier son agacement face au durcissement de la politique française des visas. \"Les propos du ministre ont été la goutte d'eau. Cela fait des mois que nos consulats reçoivent des refus en cascade\", confie-t-il, sous couvert d'anonymat.\n\n"
"À Paris, le Quai d'Orsay a fait savoir mardi qu'il souhaitait le retour \"rapide\" de l'ambassadeur, tout en se gardant de commenter les propos du ministre. \"Nous ne commentons pas les déclarations des membres du gouvernement sur les plateaux de télévision\", a répondu sa porte-parole, Claire Fonteneau, interrogée par la presse.\n\n"
"L'historienne franco-algérienne Samia Derradji y voit la répétition d'un scénario connu. \"À chaque crise, on ressort les mêmes mots, et à chaque fois ce sont les chercheurs qui paient, parce que les archives se referment\", regrette-t-elle. D'après elle, la commission mixte d'historiens, qui devait rendre ses conclusions en décembre, ne se réunira pas avant l'an prochain.\n\n"
"Le Collectif des Franco-Algériens de Marseille a pour sa part appelé, dans un communiqué, les deux gouvernements à \"protéger les familles\" des conséquences de la crise. Son président, Yacine Mehenni, rappelle que près de deux millions de personnes \"vivent entre les deux rives\" et redoutent d'en faire les frais.\n")
DIPA31 = ["diplomate algérien", "un diplomate algérien", "diplomate algérien en poste en Europe", "un diplomate algérien en poste en Europe"]
art("w161_hebdo_panafricain", "pan-African weekly", "2027-10-14", t161, [
    ("propos inacceptables", "partial", MAE31),
    ("atteinte à la mémoire de millions de martyrs", "partial", MAE31),
    ("Pour une fois, la réponse est à la hauteur de l'offense", "direct", ADJ31),
    ("l'exécutif \"n'avait pas d'autre choix\"", "indirect", BEL31),
    ("n'avait pas d'autre choix", "partial", BEL31),
    ("le calendrier n'est pas anodin : Alger voulait aussi signifier son agacement face au durcissement de la politique française des visas", "indirect", DIPA31),
    ("Les propos du ministre ont été la goutte d'eau. Cela fait des mois que nos consulats reçoivent des refus en cascade", "direct", DIPA31),
    ("il souhaitait le retour \"rapide\" de l'ambassadeur, tout en se gardant de commenter les propos du ministre", "indirect", QO31),
    ("rapide", "partial", QO31),
    ("Nous ne commentons pas les déclarations des membres du gouvernement sur les plateaux de télévision", "direct", FON31),
    ("À chaque crise, on ressort les mêmes mots, et à chaque fois ce sont les chercheurs qui paient, parce que les archives se referment", "direct", DER31),
    ("la commission mixte d'historiens, qui devait rendre ses conclusions en décembre, ne se réunira pas avant l'an prochain", "indirect", DER31),
    ("protéger les familles", "partial", ["Collectif des Franco-Algériens de Marseille", "le Collectif des Franco-Algériens de Marseille", "collectif", "le collectif"]),
    ("près de deux millions de personnes \"vivent entre les deux rives\" et redoutent d'en faire les frais", "indirect", MEH31),
    ("vivent entre les deux rives", "partial", MEH31),
])

# 162. an international TV channel's site, guillemets with no space inside: the minister's word
# after « qualifié … de « … » », the communiqué postposed after two partials (« a indiqué le
# ministère … dans un communiqué diffusé par l'agence officielle APS »), a TV show's title in marks,
# the minister after a colon, an incise inside the marks (« a-t-il affirmé »), the Quai d'Orsay's
# spokeswoman postposed after a clause with two partials, the Élysée (« Selon l'entourage du
# président français, »), party names and their partials, a diaspora leader on X (« a réagi sur X »)
o, c = "«", "»"
t162 = (
"Algérie : Alger rappelle son ambassadeur en France après des propos du ministre de l'Intérieur\n\n"
f"L'Algérie a rappelé lundi son ambassadeur à Paris {o}pour consultations{c}, en réaction aux déclarations du ministre français de l'Intérieur Olivier Dartigues, qui avait qualifié dimanche la politique mémorielle algérienne de {o}rente{c}.\n\n"
f"Ces propos sont {o}inacceptables{c} et {o}portent atteinte à la dignité du peuple algérien{c}, a indiqué le ministère algérien des Affaires étrangères dans un communiqué diffusé par l'agence officielle APS.\n\n"
f"Sur le plateau de l'émission politique {o}Dimanche en face{c}, M. Dartigues avait déclaré : {o}L'Algérie vit d'une rente mémorielle depuis soixante ans. Chaque fois qu'elle veut quelque chose, elle ressort la guerre.{c} Il avait aussi plaidé pour une renégociation de l'accord de 1968, qui encadre l'installation des Algériens en France.\n\n"
f"Interrogé mardi sur RTL, le ministre a refusé de s'excuser. {o}Je ne regrette rien, a-t-il affirmé. Je parle au nom des Français qui en ont assez d'être culpabilisés.{c}\n\n"
f"Le Quai d'Orsay a dit {o}regretter{c} la décision d'Alger. La France souhaite {o}poursuivre le dialogue{c} avec l'Algérie {o}dans le respect mutuel{c}, a déclaré mardi sa porte-parole, Claire Fonteneau, lors du point de presse du ministère.\n\n"
f"Selon l'entourage du président français, le chef de l'État {o}n'a pas été consulté{c} avant l'intervention télévisée de son ministre.\n\n"
f"À Alger, les partis politiques ont fait bloc derrière le gouvernement. Le Front de libération nationale (FLN) a dénoncé une {o}provocation{c}, tandis que le Mouvement de la société pour la paix (MSP, islamiste) a appelé à {o}geler{c} la coopération sécuritaire avec Paris.\n\n"
f"{o}Nos enfants vont encore entendre qu'ils sont de trop{c}, a réagi sur X Leïla Haddadi, présidente de l'association franco-algérienne Deux Rives. Quelque 900 000 ressortissants algériens vivent en France. Alger avait déjà rappelé son ambassadeur à Paris en 2021, puis en 2024, avant de le renvoyer quelques mois plus tard. Le président algérien ne s'est pas encore exprimé publiquement sur cette nouvelle crise.\n")
art("w162_tv_internationale", "international TV site", "2027-10-12", t162, [
    ("pour consultations", "partial", MAE31),
    ("rente", "partial", DAR31),
    (f"Ces propos sont {o}inacceptables{c} et {o}portent atteinte à la dignité du peuple algérien{c}", "indirect", MAE31),
    ("inacceptables", "partial", MAE31),
    ("portent atteinte à la dignité du peuple algérien", "partial", MAE31),
    ("L'Algérie vit d'une rente mémorielle depuis soixante ans. Chaque fois qu'elle veut quelque chose, elle ressort la guerre.", "direct", DAR31),
    ("Je ne regrette rien, a-t-il affirmé. Je parle au nom des Français qui en ont assez d'être culpabilisés.", "direct", DAR31),
    ("regretter", "partial", QO31),
    (f"La France souhaite {o}poursuivre le dialogue{c} avec l'Algérie {o}dans le respect mutuel{c}", "indirect", FON31),
    ("poursuivre le dialogue", "partial", FON31),
    ("dans le respect mutuel", "partial", FON31),
    (f"le chef de l'État {o}n'a pas été consulté{c} avant l'intervention télévisée de son ministre", "indirect", ENT31),
    ("n'a pas été consulté", "partial", ENT31),
    ("provocation", "partial", ADJ31),
    ("geler", "partial", BEL31),
    ("Nos enfants vont encore entendre qu'ils sont de trop", "direct", HAD31),
])

# 163. a French political weekly's analysis, curly marks, anonymous sources: « confie un diplomate »,
# the minister's words in a list without a cue, « glisse un de ses conseillers », « Place Beauvau, on
# fait valoir que », « prévient un proche du chef de l'État, qui parle d'une « … » », « glisse-t-on
# au palais », « se bornant à « … » », « glisse-t-on au Quai », « Un ancien ambassadeur … résume : »,
# « Selon un bon connaisseur du régime, … : « … » », a law's name in marks, the historian after a colon,
# « a promis de « … » »
o, c = "“", "”"
t163 = (
"Crise avec Alger : Dartigues, le ministre qui voulait parler plus fort que l'Élysée\n\n"
f"Au Quai d'Orsay, personne n'a vu venir la phrase. On l'a découverte lundi matin, en même temps que le communiqué d'Alger. {o}Personne n'était prévenu. Personne{c}, confie un diplomate, encore sonné.\n\n"
f"Dimanche soir, face aux journalistes de LCI, Olivier Dartigues avait pourtant pesé chaque mot. La {o}rente mémorielle{c}, l'accord de 1968 à {o}renégocier de fond en comble{c}, les Français {o}fatigués de s'excuser{c} : le ministre de l'Intérieur a déroulé un argumentaire rodé dans les meetings de son parti.\n\n"
f"Dans son entourage, on assume. {o}Il a dit ce que tout le monde pense et que personne n'ose dire. Les Algériens surjouent l'indignation{c}, glisse un de ses conseillers. Place Beauvau, on fait valoir que le ministre {o}n'a fait que reprendre{c} des propos tenus par d'autres avant lui.\n\n"
f"À l'Élysée, le ton est tout autre. {o}Le président ne laissera personne abîmer quinze ans de travail sur la mémoire{c}, prévient un proche du chef de l'État, qui parle d'une {o}faute{c}. Le président a d'ailleurs appelé son ministre dès lundi soir pour le recadrer, glisse-t-on au palais.\n\n"
f"Au Quai, on marche sur des œufs. Officiellement, la porte-parole, Claire Fonteneau, s'en est tenue mardi au service minimum, se bornant à {o}regretter{c} la décision algérienne. En privé, le discours est plus cru. {o}Beauvau fait de la politique intérieure avec notre diplomatie, et c'est nous qui ramassons les morceaux{c}, glisse-t-on au Quai. Un ancien ambassadeur à Alger résume : {o}Il faudra des mois pour recoller les morceaux.{c}\n\n"
f"Côté algérien, la colère est aussi un outil. Le communiqué des Affaires étrangères, qui dénonce une {o}campagne hostile{c}, a été lu intégralement au journal de 20 heures de la télévision publique. Selon un bon connaisseur du régime, Alger n'a pourtant aucun intérêt à une rupture durable : {o}Ils ont besoin de Paris pour les visas et pour le gaz, et ils le savent.{c}\n\n"
f"Reste le sort de la commission mixte d'historiens et de la future {o}loi sur l'ouverture des archives{c}, dont l'examen devait commencer en novembre. L'historienne Samia Derradji, qui fut membre de la commission, ne cache pas son pessimisme : {o}Cette commission était fragile. Une phrase a suffi à la mettre en sommeil.{c}\n\n"
f"D'ici là, Olivier Dartigues a promis de {o}ne plus parler de l'Algérie{c} jusqu'à la fin de l'année. Au Quai, on n'y croit guère.\n")
art("w163_hebdo_analyse", "political weekly", "2027-10-15", t163, [
    ("Personne n'était prévenu. Personne", "direct", ["diplomate", "un diplomate"]),
    ("rente mémorielle", "partial", DAR31),
    ("renégocier de fond en comble", "partial", DAR31),
    ("fatigués de s'excuser", "partial", DAR31),
    ("Il a dit ce que tout le monde pense et que personne n'ose dire. Les Algériens surjouent l'indignation", "direct", ["un de ses conseillers", "conseillers", "conseiller", "ses conseillers"]),
    (f"le ministre {o}n'a fait que reprendre{c} des propos tenus par d'autres avant lui", "indirect", ["Place Beauvau", "Beauvau", "ministère de l'Intérieur", "on"]),
    ("n'a fait que reprendre", "partial", ["Place Beauvau", "Beauvau", "ministère de l'Intérieur", "on"]),
    ("Le président ne laissera personne abîmer quinze ans de travail sur la mémoire", "direct", ["proche du chef de l'État", "un proche du chef de l'État", "proche du président", "un proche"]),
    ("faute", "partial", ["proche du chef de l'État", "un proche du chef de l'État", "proche du président", "un proche"]),
    ("Le président a d'ailleurs appelé son ministre dès lundi soir pour le recadrer", "indirect", ["palais", "au palais", "Élysée", "l'Élysée", "on"]),
    ("regretter", "partial", FON31),
    ("Beauvau fait de la politique intérieure avec notre diplomatie, et c'est nous qui ramassons les morceaux", "direct", QO31 + ["on"]),
    ("Il faudra des mois pour recoller les morceaux.", "direct", ["ancien ambassadeur à Alger", "un ancien ambassadeur à Alger", "ancien ambassadeur", "un ancien ambassadeur"]),
    ("campagne hostile", "partial", MAE31),
    ("Alger n'a pourtant aucun intérêt à une rupture durable", "indirect", ["bon connaisseur du régime", "un bon connaisseur du régime", "connaisseur du régime"]),
    ("Ils ont besoin de Paris pour les visas et pour le gaz, et ils le savent.", "direct", ["bon connaisseur du régime", "un bon connaisseur du régime", "connaisseur du régime"]),
    ("Cette commission était fragile. Une phrase a suffi à la mettre en sommeil.", "direct", DER31),
    ("ne plus parler de l'Algérie", "partial", DAR31),
])

# batch 32
# 164-168. one invented disputed presidential election in an invented Latin American country, the
# Republic of Arequia (capital San Telmo), on Sunday 12 March 2028: the Conseil national électoral
# (CNE, its president Rodrigo Arce) proclaims the incumbent Esteban Villacorta re-elected with 51.2 %,
# the opposition candidate Mariela Quintana (Unidad Democrática) claims victory from her witnesses'
# tally sheets; the US State Department (spokesman Thomas Whitaker), the EU's High Representative Lena
# Vestergaard on behalf of the Twenty-Seven, the Quai d'Orsay (spokesman Pascal Aubert), Brazil's
# president Renato Azevedo and Colombia's Camilo Restrepo, the OAS (secretary general Julio Lanús),
# the EU's election-observer mission (Inês Carvalho) and the OAS's (Álvaro Rojas), the bishops'
# conference, street protesters, told by five outlets. Each article's gold is independent.
VIL32 = ["Esteban Villacorta", "Villacorta", "président sortant", "le président sortant", "président arequien", "le président arequien"]
QUI32 = ["Mariela Quintana", "Quintana", "candidate de l'opposition", "la candidate de l'opposition", "candidate", "la candidate"]
ARC32 = ["Rodrigo Arce", "Arce", "président du CNE", "le président du CNE", "CNE", "le CNE", "Conseil national électoral", "le Conseil national électoral"]
WHI32 = ["Thomas Whitaker", "Whitaker", "porte-parole du département d'État", "le porte-parole du département d'État", "département d'État", "le département d'État", "Washington", "États-Unis", "les États-Unis"]
DEP32 = ["département d'État", "le département d'État", "département d'État américain", "le département d'État américain", "Washington", "États-Unis", "les États-Unis"]
VES32 = ["Lena Vestergaard", "Vestergaard", "haute représentante", "la haute représentante", "Union européenne", "l'Union européenne", "UE", "l'UE", "Vingt-Sept", "les Vingt-Sept", "Bruxelles"]
QO32 = ["Quai d'Orsay", "le Quai d'Orsay", "France", "la France", "Paris", "ministère français des Affaires étrangères", "le ministère français des Affaires étrangères", "diplomatie française", "la diplomatie française"]
AUB32 = ["Pascal Aubert", "Aubert", "porte-parole du ministère", "le porte-parole du ministère"] + QO32
AZE32 = ["Renato Azevedo", "Azevedo", "président brésilien", "le président brésilien", "Brasilia", "Brésil", "le Brésil"]
RES32 = ["Camilo Restrepo", "Restrepo", "président colombien", "le président colombien", "homologue colombien", "son homologue colombien", "Bogota", "Colombie", "la Colombie"]
LAN32 = ["Julio Lanús", "Lanús", "secrétaire général de l'OEA", "le secrétaire général de l'OEA", "secrétaire général", "son secrétaire général", "OEA", "l'OEA", "Organisation des États américains", "l'Organisation des États américains"]
CAR32 = ["Inês Carvalho", "Carvalho", "cheffe de la mission", "sa cheffe", "mission d'observation électorale de l'Union européenne", "la mission d'observation électorale de l'Union européenne", "mission d'observation", "la mission d'observation"]
BEN32 = ["Hugo Benítez", "Benítez", "ministre de l'Intérieur", "le ministre de l'Intérieur", "son ministre de l'Intérieur"]
MAN32 = ["manifestants", "les manifestants", "des milliers de manifestants"]

# 164. a Québec daily rewriting agency copy, guillemets with no-break spaces, a « SAN TELMO | »
# dateline: « selon l'Agence France-Presse » closing the lead, « a déclaré à la presse » with the
# speaker after the cue, the coalition's name in marks (no quote), « Selon sa coalition, », the
# State Department's written statement, the EU declaration « indique le texte », the Quai d'Orsay's
# spokesman « ajoutant que », Brazil and Colombia (« a jugé que « … » »), the OAS postposed, the EU
# observers' chief, a chant in Spanish and its rendering in brackets, « selon des témoins cités par
# l'AFP », a student by first name and age, an incise inside the marks
o, c = "«" + NB, NB + "»"
t164 = (
"Arequia : Villacorta proclamé réélu, l'opposition crie à la fraude\n\n"
"SAN TELMO | Le Conseil national électoral (CNE) de l'Arequia a proclamé lundi la réélection du président sortant Esteban Villacorta avec 51,2 % des voix, contre 46,9 % à sa rivale Mariela Quintana, qui revendique pourtant la victoire, selon l'Agence France-Presse.\n\n"
f"{o}Le peuple arequien s'est exprimé librement et dans le calme. Les résultats sont irréversibles{c}, a déclaré à la presse le président du CNE, Rodrigo Arce, lors d'une brève allocution retransmise par la télévision publique. Il n'a répondu à aucune question des journalistes.\n\n"
f"Quelques minutes plus tard, Mme Quintana a dénoncé une {o}fraude massive{c} devant ses partisans réunis sur la place Bolívar. {o}Nous avons gagné, a-t-elle lancé sous les vivats, et nous avons les procès-verbaux pour le prouver.{c} Selon sa coalition, baptisée {o}Unidad Democrática{c}, les copies de 82 % des procès-verbaux recueillies par ses témoins lui accordent 58 % des suffrages.\n\n"
f"Dans un discours de victoire prononcé depuis le balcon du palais présidentiel, M. Villacorta a remercié {o}le peuple souverain{c} et accusé l'opposition de préparer {o}un coup d'État déguisé{c}.\n\n"
f"Washington a réagi dans la soirée. {o}Les États-Unis ont de sérieuses préoccupations quant à l'intégrité du dépouillement{c}, a indiqué le porte-parole du département d'État, Thomas Whitaker, dans une déclaration écrite. Il a exhorté le CNE à publier {o}sans délai{c} les résultats détaillés par bureau de vote.\n\n"
f"À Bruxelles, la haute représentante de l'Union européenne pour les affaires étrangères, Lena Vestergaard, a publié une déclaration au nom des Vingt-Sept. {o}L'Union européenne prend note des résultats annoncés par le CNE. Ils ne pourront toutefois être considérés comme légitimes qu'après la publication de l'ensemble des procès-verbaux{c}, indique le texte.\n\n"
f"{o}La France appelle toutes les parties à la retenue et au respect de la volonté des électeurs{c}, a déclaré à la presse le porte-parole du Quai d'Orsay, Pascal Aubert, ajoutant que Paris soutenait {o}pleinement{c} la déclaration européenne.\n\n"
f"Dans la région, les voix divergent. Le président brésilien, Renato Azevedo, a appelé à un {o}recomptage transparent{c}, tandis que son homologue colombien, Camilo Restrepo, a jugé que {o}personne ne peut se proclamer vainqueur sans montrer les actes{c}.\n\n"
"L'Organisation des États américains (OEA) réunira mercredi son Conseil permanent en séance extraordinaire, a annoncé son secrétaire général, Julio Lanús.\n\n"
f"La mission d'observation électorale de l'Union européenne a pour sa part relevé {o}de graves irrégularités{c} dans la transmission des résultats. Sa cheffe, l'eurodéputée portugaise Inês Carvalho, a déclaré à la presse que ses observateurs avaient été {o}empêchés d'accéder{c} au centre de totalisation pendant plus de six heures.\n\n"
f"Dans les rues de San Telmo, des milliers de manifestants ont marché jusqu'au siège du CNE en scandant {o}¡Queremos las actas!{c} ({o}Nous voulons les procès-verbaux!{c}). La police a dispersé la foule à coups de gaz lacrymogène, selon des témoins cités par l'AFP. {o}On ne nous volera pas cette élection{c}, a dit à l'agence Lucía, une étudiante en droit de 22 ans.\n\n"
"Le gouvernement arequien n'avait pas répondu lundi soir aux demandes d'entrevue du Journal.\n")
art("w164_quebec_arequia", "daily-qc", "2028-03-14", t164, [
    ("Le Conseil national électoral (CNE) de l'Arequia a proclamé lundi la réélection du président sortant Esteban Villacorta avec 51,2 % des voix, contre 46,9 % à sa rivale Mariela Quintana, qui revendique pourtant la victoire", "indirect", ["AFP", "l'AFP", "Agence France-Presse", "l'Agence France-Presse"]),
    ("Le peuple arequien s'est exprimé librement et dans le calme. Les résultats sont irréversibles", "direct", ARC32),
    ("fraude massive", "partial", QUI32),
    ("Nous avons gagné, a-t-elle lancé sous les vivats, et nous avons les procès-verbaux pour le prouver.", "direct", QUI32),
    ("les copies de 82 % des procès-verbaux recueillies par ses témoins lui accordent 58 % des suffrages", "indirect", ["Unidad Democrática", "coalition", "sa coalition"] + QUI32),
    ("le peuple souverain", "partial", VIL32),
    ("un coup d'État déguisé", "partial", VIL32),
    ("Les États-Unis ont de sérieuses préoccupations quant à l'intégrité du dépouillement", "direct", WHI32),
    ("sans délai", "partial", WHI32),
    ("L'Union européenne prend note des résultats annoncés par le CNE. Ils ne pourront toutefois être considérés comme légitimes qu'après la publication de l'ensemble des procès-verbaux", "direct", VES32 + ["texte", "le texte", "déclaration", "une déclaration"]),
    ("La France appelle toutes les parties à la retenue et au respect de la volonté des électeurs", "direct", AUB32),
    (f"Paris soutenait {o}pleinement{c} la déclaration européenne", "indirect", AUB32),
    ("pleinement", "partial", AUB32),
    ("recomptage transparent", "partial", AZE32),
    (f"{o}personne ne peut se proclamer vainqueur sans montrer les actes{c}", "indirect", RES32),
    ("personne ne peut se proclamer vainqueur sans montrer les actes", "partial", RES32),
    ("L'Organisation des États américains (OEA) réunira mercredi son Conseil permanent en séance extraordinaire", "indirect", LAN32),
    ("de graves irrégularités", "partial", CAR32),
    (f"ses observateurs avaient été {o}empêchés d'accéder{c} au centre de totalisation pendant plus de six heures", "indirect", CAR32),
    ("empêchés d'accéder", "partial", CAR32),
    ("¡Queremos las actas!", "direct", MAN32),
    ("Nous voulons les procès-verbaux!", "direct", MAN32),
    ("La police a dispersé la foule à coups de gaz lacrymogène", "indirect", ["témoins", "des témoins"]),
    ("On ne nous volera pas cette élection", "direct", ["Lucía"]),
])

# 165. a French national daily's long analysis, guillemets with narrow no-break spaces, a byline:
# « invoquant une « … » », « Le CNE, a-t-il seulement précisé, « … » » (the incise in the writer's
# clause), « affirme que … et que … « … » », a quotation inside a quote with an incise inside the
# marks, charges in marks after « pour », a researcher (« analyse X, chercheuse à », « Selon elle, »,
# « La chercheuse rappelle aussi que »), a model's label in marks (no quote), the State Department,
# the EU declaration (« qui « … » »), « a demandé que … « … » », « a estimé qu'« … » », an incise
# inside the marks, « selon un diplomate » closing a clause after « mais », a protester, an NGO
# fronted, the army chief's « s'est contenté d'affirmer que »
o, c = "«" + NN, NN + "»"
t165 = (
"Arequia : la réélection de trop pour Esteban Villacorta ?\n\n"
"Par Hélène Marchal\n\n"
"Au pouvoir depuis 2016, le président arequien a été proclamé réélu pour un troisième mandat à l'issue d'un scrutin que l'opposition, une large partie de la communauté internationale et les observateurs jugent entaché d'irrégularités. Retour sur une crise qui inquiète tout le continent.\n\n"
f"Il a fallu attendre plus de vingt heures après la fermeture des bureaux de vote pour que le Conseil national électoral (CNE) livre un premier résultat. Dans la nuit de dimanche à lundi, son président, Rodrigo Arce, a attribué 51,2 % des suffrages à Esteban Villacorta, invoquant une {o}tendance irréversible{c}, sans jamais publier le détail par bureau de vote. Le CNE, a-t-il seulement précisé, {o}mettra les procès-verbaux à disposition dans les délais prévus par la loi{c}.\n\n"
f"Pour l'opposition, ce délai n'a rien d'un hasard. Mariela Quintana, ancienne maire de San Telmo devenue la figure de proue de l'Unidad Democrática, affirme que ses témoins ont photographié les procès-verbaux de plus de 80 % des bureaux et que ceux-ci lui donnent {o}plus de dix points d'avance{c}. {o}Nous ne demandons pas une faveur. Nous demandons qu'on compte les voix, a-t-elle martelé mardi devant la presse étrangère. Le monde entier peut vérifier nos chiffres : ils sont en ligne, bureau par bureau.{c}\n\n"
f"Le pouvoir, lui, dénonce une manœuvre. Le président sortant a accusé mardi son adversaire de vouloir {o}mettre le feu au pays{c} avec le soutien de {o}puissances étrangères{c}, une allusion transparente aux États-Unis. Le ministre de l'Intérieur, Hugo Benítez, a annoncé l'ouverture d'une enquête pour {o}incitation à la sédition{c} visant plusieurs dirigeants de l'opposition.\n\n"
f"{o}Le scénario rappelle celui du Venezuela en 2024, avec une différence de taille : cette fois, l'armée ne paraît pas unanime{c}, analyse Laura Méndez, chercheuse à l'Institut des hautes études de l'Amérique latine. Selon elle, une partie de l'état-major rechigne à réprimer des manifestations pacifiques. La chercheuse rappelle aussi que le {o}modèle arequien{c}, vanté pendant dix ans pour sa croissance, s'est essoufflé avec la chute des cours du cuivre.\n\n"
f"Sur la scène internationale, la réélection proclamée peine à convaincre. Le département d'État américain a jugé les résultats {o}dépourvus de crédibilité{c} et réclamé la publication intégrale des procès-verbaux. À Bruxelles, la haute représentante Lena Vestergaard a fait adopter une déclaration au nom des Vingt-Sept qui {o}ne reconnaît à ce stade aucun vainqueur{c}. La France s'y est associée : le Quai d'Orsay a demandé mardi que la volonté des électeurs arequiens {o}soit respectée{c}, sans aller jusqu'à contester ouvertement la victoire de M. Villacorta.\n\n"
f"Plus embarrassante pour San Telmo est la prise de distance de ses voisins. Longtemps proche du président sortant, le président brésilien, Renato Azevedo, a estimé qu'{o}une élection ne se gagne pas avec des procès-verbaux cachés{c}. Son homologue colombien, Camilo Restrepo, propose une médiation conjointe de Brasilia et de Bogota. {o}Nous ne prendrons parti pour personne, a-t-il assuré. Nous prenons parti pour le vote.{c}\n\n"
"Quant à l'Organisation des États américains, elle reste divisée. Son secrétaire général, Julio Lanús, a réclamé un audit indépendant, mais plusieurs États membres des Caraïbes, liés à San Telmo par des accords pétroliers, bloquent toute résolution, selon un diplomate en poste à Washington.\n\n"
f"Dans la rue, la mobilisation ne faiblit pas. {o}Ils peuvent couper Internet, ils ne couperont pas nos voix{c}, lançait mardi soir un manifestant devant le siège du CNE, où des milliers de personnes se rassemblent chaque soir. Selon l'Observatoire arequien des droits civils, 143 personnes ont été arrêtées depuis dimanche.\n\n"
f"Reste l'armée. Son commandant en chef, le général Ramiro Soto, s'est contenté d'affirmer que les forces armées {o}garantiront l'ordre constitutionnel{c}. Une formule que chacun, à San Telmo, lit à sa manière.\n")
SOT32 = ["Ramiro Soto", "Soto", "général Ramiro Soto", "le général Ramiro Soto", "commandant en chef", "son commandant en chef"]
MEN32 = ["Laura Méndez", "Méndez", "chercheuse", "la chercheuse"]
art("w165_analyse_arequia", "national daily", "2028-03-15", t165, [
    ("tendance irréversible", "partial", ARC32),
    # added after the as-written scoring: « Pour X, … » reports X's view (the project's convention)
    ("ce délai n'a rien d'un hasard", "indirect", ["opposition", "l'opposition"]),
    (f"Le CNE, a-t-il seulement précisé, {o}mettra les procès-verbaux à disposition dans les délais prévus par la loi{c}", "indirect", ARC32),
    ("mettra les procès-verbaux à disposition dans les délais prévus par la loi", "partial", ARC32),
    (f"ses témoins ont photographié les procès-verbaux de plus de 80 % des bureaux et que ceux-ci lui donnent {o}plus de dix points d'avance{c}", "indirect", QUI32),
    ("plus de dix points d'avance", "partial", QUI32),
    ("Nous ne demandons pas une faveur. Nous demandons qu'on compte les voix, a-t-elle martelé mardi devant la presse étrangère. Le monde entier peut vérifier nos chiffres : ils sont en ligne, bureau par bureau.", "direct", QUI32),
    ("mettre le feu au pays", "partial", VIL32),
    ("puissances étrangères", "partial", VIL32),
    ("Le scénario rappelle celui du Venezuela en 2024, avec une différence de taille : cette fois, l'armée ne paraît pas unanime", "direct", MEN32),
    ("une partie de l'état-major rechigne à réprimer des manifestations pacifiques", "indirect", MEN32),
    (f"le {o}modèle arequien{c}, vanté pendant dix ans pour sa croissance, s'est essoufflé avec la chute des cours du cuivre", "indirect", MEN32),
    ("dépourvus de crédibilité", "partial", DEP32),
    ("ne reconnaît à ce stade aucun vainqueur", "partial", VES32 + ["déclaration", "une déclaration"]),
    (f"la volonté des électeurs arequiens {o}soit respectée{c}", "indirect", QO32),
    ("soit respectée", "partial", QO32),
    (f"{o}une élection ne se gagne pas avec des procès-verbaux cachés{c}", "indirect", AZE32),
    ("une élection ne se gagne pas avec des procès-verbaux cachés", "partial", AZE32),
    ("Nous ne prendrons parti pour personne, a-t-il assuré. Nous prenons parti pour le vote.", "direct", RES32),
    ("plusieurs États membres des Caraïbes, liés à San Telmo par des accords pétroliers, bloquent toute résolution", "indirect", ["diplomate en poste à Washington", "un diplomate en poste à Washington", "diplomate", "un diplomate"]),
    ("Ils peuvent couper Internet, ils ne couperont pas nos voix", "direct", ["manifestant", "un manifestant"]),
    ("143 personnes ont été arrêtées depuis dimanche", "indirect", ["Observatoire arequien des droits civils", "l'Observatoire arequien des droits civils"]),
    (f"les forces armées {o}garantiront l'ordre constitutionnel{c}", "indirect", SOT32),
    ("garantiront l'ordre constitutionnel", "partial", SOT32),
])

# 166. a Catholic daily in straight marks, the bishops' conference: a headline repeating a partial
# (not annotated), « La Conférence épiscopale y demande que "…" soit "…", et que », « les évêques
# affirment que "…" et qu'il "…" », « écrivent-ils encore », the conference's president « a précisé
# devant les journalistes que », « L'archevêque a aussi confirmé que », « Selon Caritas », the State
# Department, the EU's « a déclaré au nom des Vingt-Sept que », « Paris a emboîté le pas : …, a
# indiqué le Quai d'Orsay », « se dit catholique pratiquant » (no quote), the interior minister on TV,
# « Une formule jugée "…" par », a parish priest (« confie ce prêtre colombien »), the Holy See's press
# office « a indiqué que … "…" et priait pour "…" »
t166 = (
"En Arequia, les évêques réclament \"la vérité des urnes\"\n\n"
"Réunis en assemblée extraordinaire mardi à San Telmo, les évêques d'Arequia ont publié un message au ton inhabituellement ferme après l'élection présidentielle contestée de dimanche. La Conférence épiscopale arequienne y demande que \"la vérité des urnes\" soit \"établie sans délai, bureau par bureau\", et que les procès-verbaux soient rendus publics.\n\n"
"Dans ce texte lu lors d'une conférence de presse, les évêques affirment que \"le peuple arequien a voté dans la paix et la dignité\" et qu'il \"mérite qu'on respecte son choix, quel qu'il soit\". \"Aucun pouvoir ne peut se fonder durablement sur le mensonge\", écrivent-ils encore.\n\n"
"Le président de la conférence épiscopale, Mgr Tomás Echeverría, archevêque de San Telmo, a précisé devant les journalistes que l'Église ne soutenait \"aucun candidat\". \"Nous ne sommes ni du côté du gouvernement ni du côté de l'opposition. Nous sommes du côté des pauvres, qui seront les premiers à souffrir si le pays s'enfonce dans la violence\", a-t-il déclaré.\n\n"
"L'archevêque a aussi confirmé que plusieurs paroisses de la capitale avaient ouvert leurs portes aux manifestants blessés lors de la dispersion de lundi soir. Selon Caritas Arequia, une trentaine de personnes y ont été soignées.\n\n"
"Le message des évêques tombe alors que la pression internationale s'accentue. Le département d'État américain a exigé lundi \"la publication immédiate de tous les procès-verbaux\", et la haute représentante de l'Union européenne, Lena Vestergaard, a déclaré au nom des Vingt-Sept que l'UE ne reconnaîtrait \"aucun résultat invérifiable\". Paris a emboîté le pas : la France \"partage pleinement\" la position européenne, a indiqué le Quai d'Orsay.\n\n"
"Le président Esteban Villacorta, qui se dit catholique pratiquant et avait reçu les évêques en janvier, n'a pas réagi. Mais son ministre de l'Intérieur, Hugo Benítez, a estimé à la télévision que certains prélats faisaient \"de la politique en soutane\". Une formule jugée \"blessante\" par le secrétaire général de la conférence épiscopale, le P. Andrés Lozano.\n\n"
"Sur le terrain, les communautés chrétiennes s'organisent. À la paroisse Santa Rosa, dans le quartier populaire de La Candelaria, le P. Miguel Ortega réunit chaque soir plusieurs centaines de fidèles pour une veillée de prière. \"Les gens ont peur, mais ils ne veulent pas baisser la tête. Ils ont fait la queue six heures pour voter, ils veulent que leur vote compte\", confie ce prêtre colombien arrivé dans le pays il y a quinze ans.\n\n"
"Au Vatican, le directeur de la salle de presse du Saint-Siège a indiqué mercredi que le pape suivait la situation \"avec attention et préoccupation\" et priait pour \"un dialogue sincère entre tous les Arequiens\".\n")
CEA32 = ["Conférence épiscopale arequienne", "la Conférence épiscopale arequienne", "évêques", "les évêques", "évêques d'Arequia", "les évêques d'Arequia", "conférence épiscopale", "la conférence épiscopale"]
ECH32 = ["Tomás Echeverría", "Echeverría", "Mgr Tomás Echeverría", "président de la conférence épiscopale", "le président de la conférence épiscopale", "archevêque de San Telmo", "l'archevêque de San Telmo", "archevêque", "l'archevêque"]
SSP32 = ["directeur de la salle de presse du Saint-Siège", "le directeur de la salle de presse du Saint-Siège", "salle de presse du Saint-Siège", "Saint-Siège", "le Saint-Siège", "Vatican", "le Vatican"]
art("w166_catholique_arequia", "catholic daily", "2028-03-15", t166, [
    ("\"la vérité des urnes\" soit \"établie sans délai, bureau par bureau\", et que les procès-verbaux soient rendus publics", "indirect", CEA32),
    ("la vérité des urnes", "partial", CEA32, 1),
    ("établie sans délai, bureau par bureau", "partial", CEA32),
    ("\"le peuple arequien a voté dans la paix et la dignité\" et qu'il \"mérite qu'on respecte son choix, quel qu'il soit\"", "indirect", CEA32),
    ("le peuple arequien a voté dans la paix et la dignité", "partial", CEA32),
    ("mérite qu'on respecte son choix, quel qu'il soit", "partial", CEA32),
    ("Aucun pouvoir ne peut se fonder durablement sur le mensonge", "direct", CEA32),
    ("l'Église ne soutenait \"aucun candidat\"", "indirect", ECH32),
    ("aucun candidat", "partial", ECH32),
    ("Nous ne sommes ni du côté du gouvernement ni du côté de l'opposition. Nous sommes du côté des pauvres, qui seront les premiers à souffrir si le pays s'enfonce dans la violence", "direct", ECH32),
    ("plusieurs paroisses de la capitale avaient ouvert leurs portes aux manifestants blessés lors de la dispersion de lundi soir", "indirect", ECH32),
    ("une trentaine de personnes y ont été soignées", "indirect", ["Caritas Arequia", "Caritas"]),
    ("la publication immédiate de tous les procès-verbaux", "partial", DEP32),
    ("l'UE ne reconnaîtrait \"aucun résultat invérifiable\"", "indirect", VES32),
    ("aucun résultat invérifiable", "partial", VES32),
    ("la France \"partage pleinement\" la position européenne", "indirect", QO32),
    ("partage pleinement", "partial", QO32),
    ("certains prélats faisaient \"de la politique en soutane\"", "indirect", BEN32),
    ("de la politique en soutane", "partial", BEN32),
    ("blessante", "partial", ["Andrés Lozano", "Lozano", "P. Andrés Lozano", "le P. Andrés Lozano", "secrétaire général de la conférence épiscopale", "le secrétaire général de la conférence épiscopale"]),
    ("Les gens ont peur, mais ils ne veulent pas baisser la tête. Ils ont fait la queue six heures pour voter, ils veulent que leur vote compte", "direct", ["Miguel Ortega", "Ortega", "P. Miguel Ortega", "le P. Miguel Ortega", "prêtre colombien", "ce prêtre colombien"]),
    ("le pape suivait la situation \"avec attention et préoccupation\" et priait pour \"un dialogue sincère entre tous les Arequiens\"", "indirect", SSP32),
    ("avec attention et préoccupation", "partial", SSP32),
    ("un dialogue sincère entre tous les Arequiens", "partial", SSP32),
])

# 167. an international TV channel's site translating Spanish statements, guillemets with no space:
# Spanish quotations followed by their French rendering (after « Soit, en français : », in
# brackets, after « ce qui signifie », after « Traduction : »; both annotated, as w14's English and
# its gloss), « Selon elle, » fronted, a word in Spanish glossed by the writer inside a partial,
# « a écrit sur X … en anglais : », « estime que «…» et appelle … à «…» », the OAS observers' chief,
# « s'est dit «…» », a chant after « scandent », a nurse by first name and age « nous a confié en
# espagnol »
o, c = "«", "»"
t167 = (
"Arequia : l'opposition revendique la victoire, le pouvoir dénonce un complot\n\n"
"Trois jours après le scrutin présidentiel du 12 mars, l'Arequia reste suspendue au bras de fer entre le président sortant, Esteban Villacorta, proclamé vainqueur par le Conseil national électoral (CNE), et la candidate de l'opposition, Mariela Quintana, qui revendique la victoire.\n\n"
f"{o}Ganamos, y lo sabe todo el país{c}, a lancé mardi Mariela Quintana en espagnol devant des dizaines de milliers de partisans rassemblés sur l'avenue Libertador, à San Telmo. Soit, en français : {o}Nous avons gagné, et tout le pays le sait.{c} La candidate a brandi une clé USB. Selon elle, celle-ci contient les copies numérisées de 24 000 procès-verbaux.\n\n"
f"Le président sortant a répondu dans la soirée lors d'une allocution télévisée. {o}No vamos a permitir que se robe la voluntad del pueblo{c} ({o}Nous ne permettrons pas que l'on vole la volonté du peuple{c}), a déclaré Esteban Villacorta, accusant l'opposition de préparer {o}un golpe{c}, un coup d'État, avec l'aide de Washington.\n\n"
f"Le président du CNE, Rodrigo Arce, a de nouveau défendu les résultats mercredi. {o}El sistema es auditable y fue auditado{c}, a-t-il assuré à la presse, ce qui signifie {o}Le système est vérifiable et il a été vérifié{c}. Selon lui, les procès-verbaux seront publiés {o}dans les trente jours prévus par la loi{c}.\n\n"
f"À Washington, le département d'État a appelé le CNE à {o}publier immédiatement les résultats détaillés{c}. {o}The people of Arequia deserve a transparent count{c}, a écrit sur X son porte-parole, Thomas Whitaker, en anglais : {o}Le peuple arequien mérite un décompte transparent.{c}\n\n"
f"L'Union européenne a adopté la même ligne. Dans une déclaration publiée au nom des Vingt-Sept, la haute représentante Lena Vestergaard estime que {o}les conditions d'une élection crédible n'ont pas été réunies{c} et appelle les autorités à {o}s'abstenir de toute violence contre les manifestants{c}.\n\n"
f"Le chef de la mission d'observation de l'OEA, l'ancien ministre costaricien Álvaro Rojas, a déclaré en conférence de presse que sa mission n'était {o}pas en mesure de certifier{c} les résultats. {o}Nuestros observadores fueron expulsados de tres centros de cómputo{c}, a-t-il ajouté. Traduction : {o}Nos observateurs ont été expulsés de trois centres de dépouillement.{c}\n\n"
f"Dans la région, le président brésilien, Renato Azevedo, a proposé d'accueillir à Brasilia un dialogue entre les deux camps, tandis que le président colombien, Camilo Restrepo, a averti sur X : {o}Colombia no reconocerá resultados sin actas{c} ({o}La Colombie ne reconnaîtra pas de résultats sans procès-verbaux{c}).\n\n"
f"Paris, enfin, s'est dit {o}préoccupé{c}. Le ministère français des Affaires étrangères a appelé {o}toutes les parties à la retenue{c} et rappelé son {o}attachement au respect du choix souverain des électeurs arequiens{c}.\n\n"
f"Dans les rues de la capitale, les manifestants scandent {o}¡Actas, actas!{c} chaque soir devant le siège du CNE. {o}Je suis venue avec ma mère, ma fille et ma grand-mère. Quatre générations qui veulent juste qu'on respecte leur vote{c}, nous a confié en espagnol Carolina, 34 ans, infirmière.\n")
ROJ32 = ["Álvaro Rojas", "Rojas", "chef de la mission d'observation de l'OEA", "le chef de la mission d'observation de l'OEA", "mission d'observation de l'OEA", "la mission d'observation de l'OEA"]
art("w167_tv_internationale_arequia", "tv", "2028-03-15", t167, [
    ("Ganamos, y lo sabe todo el país", "direct", QUI32),
    ("Nous avons gagné, et tout le pays le sait.", "direct", QUI32),
    ("celle-ci contient les copies numérisées de 24 000 procès-verbaux", "indirect", QUI32),
    ("No vamos a permitir que se robe la voluntad del pueblo", "direct", VIL32),
    ("Nous ne permettrons pas que l'on vole la volonté du peuple", "direct", VIL32),
    ("un golpe", "partial", VIL32),
    ("El sistema es auditable y fue auditado", "direct", ARC32),
    ("Le système est vérifiable et il a été vérifié", "direct", ARC32),
    (f"les procès-verbaux seront publiés {o}dans les trente jours prévus par la loi{c}", "indirect", ARC32),
    ("dans les trente jours prévus par la loi", "partial", ARC32),
    ("publier immédiatement les résultats détaillés", "partial", DEP32),
    ("The people of Arequia deserve a transparent count", "direct", WHI32),
    ("Le peuple arequien mérite un décompte transparent.", "direct", WHI32),
    (f"{o}les conditions d'une élection crédible n'ont pas été réunies{c}", "indirect", VES32),
    ("les conditions d'une élection crédible n'ont pas été réunies", "partial", VES32),
    ("s'abstenir de toute violence contre les manifestants", "partial", VES32),
    (f"sa mission n'était {o}pas en mesure de certifier{c} les résultats", "indirect", ROJ32),
    ("pas en mesure de certifier", "partial", ROJ32),
    ("Nuestros observadores fueron expulsados de tres centros de cómputo", "direct", ROJ32),
    ("Nos observateurs ont été expulsés de trois centres de dépouillement.", "direct", ROJ32),
    ("Colombia no reconocerá resultados sin actas", "direct", RES32),
    ("La Colombie ne reconnaîtra pas de résultats sans procès-verbaux", "direct", RES32),
    ("préoccupé", "partial", QO32),
    ("toutes les parties à la retenue", "partial", QO32),
    ("attachement au respect du choix souverain des électeurs arequiens", "partial", QO32),
    ("¡Actas, actas!", "direct", MAN32),
    ("Je suis venue avec ma mère, ma fille et ma grand-mère. Quatre générations qui veulent juste qu'on respecte leur vote", "direct", ["Carolina"]),
])

# 168. a press review quoting Spanish-language papers, curly marks: newspapers as speakers
# (« parle dans son éditorial d'une “…” », « estime que “…” », « écrit le quotidien, qui appelle … à
# “…” », « écrit La Nación, qui relève que », « Selon le quotidien de Buenos Aires, », « note le
# journal, qui juge »), the leaders' and the observers' words relayed by the papers (partials given
# to their speakers), « selon qui », a paper's name in marks (no quote), « y raconte une mère »,
# « Selon le quotidien El País, » fronted, « tranche le quotidien espagnol » after a nominal sentence
o, c = "“", "”"
t168 = (
"Revue de presse : l'Arequia, une élection qui divise le continent\n\n"
"La proclamation de la victoire d'Esteban Villacorta par le Conseil national électoral fait la une de toute la presse hispanophone ce mercredi. Tour d'horizon.\n\n"
f"En Espagne, le quotidien El País ne mâche pas ses mots. Le journal madrilène parle dans son éditorial d'une {o}victoire sans preuves{c} et estime que {o}le silence du CNE vaut aveu{c}. {o}Aucune démocratie ne proclame un vainqueur en cachant les procès-verbaux{c}, écrit le quotidien, qui appelle l'Union européenne à {o}ne pas se contenter de déclarations{c}. Selon le quotidien El País, au moins trois anciens ministres de M. Villacorta auraient pris contact avec l'équipe de Mariela Quintana.\n\n"
f"En Argentine, La Nación se montre plus nuancée. {o}Villacorta a peut-être gagné l'élection, mais il a perdu la bataille de la confiance{c}, écrit La Nación, qui relève que les observateurs de l'Union européenne ont signalé {o}des irrégularités graves dans au moins quatre provinces{c}. Selon le quotidien de Buenos Aires, le silence des capitales de la région serait {o}la vraie nouvelle de cette crise{c}.\n\n"
f"En Colombie, El Tiempo salue la fermeté du président Camilo Restrepo, qui a affirmé mardi que son pays ne reconnaîtrait {o}aucun résultat sans procès-verbaux{c}. Le quotidien bogotanais cite aussi le ministre colombien des Affaires étrangères, selon qui une médiation conjointe avec le Brésil est {o}sur la table{c}.\n\n"
f"Au Brésil, la Folha de S. Paulo s'interroge sur la discrétion de Brasilia. Le président Renato Azevedo s'est contenté d'appeler à {o}la sérénité{c}, note le journal, qui juge cette prudence {o}difficile à tenir{c} face à la pression de Washington. Le département d'État américain a en effet qualifié lundi le scrutin de {o}profondément vicié{c}.\n\n"
f"Au Mexique, El Universal rapporte que le Conseil permanent de l'Organisation des États américains n'est pas parvenu mardi à adopter une résolution, faute de majorité.\n\n"
f"Dans le pays lui-même, la presse est coupée en deux. Le quotidien progouvernemental {o}El Correo del Sur{c} célèbre à sa une {o}la victoire du peuple souverain{c} et accuse l'opposition de {o}jouer la carte de l'ingérence{c}. L'indépendant La Voz de San Telmo, dont le site a été inaccessible pendant plusieurs heures lundi, publie de son côté les photos de manifestants arrêtés et les témoignages de leurs familles. {o}Mon fils n'a rien fait, il filmait avec son téléphone{c}, y raconte une mère, dont le journal tait le nom.\n\n"
f"Enfin, El Mundo revient sur la réaction de Paris, où le Quai d'Orsay a appelé au {o}respect de la volonté des électeurs{c}. Une formule {o}prudente, trop prudente{c}, tranche le quotidien espagnol.\n")
PAI32 = ["El País", "quotidien El País", "le quotidien El País", "journal madrilène", "le journal madrilène", "quotidien", "le quotidien"]
NAC32 = ["La Nación", "quotidien de Buenos Aires", "le quotidien de Buenos Aires"]
FOL32 = ["Folha de S. Paulo", "la Folha de S. Paulo", "Folha", "journal", "le journal"]
COR32 = ["El Correo del Sur", "quotidien progouvernemental", "le quotidien progouvernemental"]
art("w168_revue_presse_arequia", "press review", "2028-03-15", t168, [
    ("victoire sans preuves", "partial", PAI32),
    (f"{o}le silence du CNE vaut aveu{c}", "indirect", PAI32),
    ("le silence du CNE vaut aveu", "partial", PAI32),
    ("Aucune démocratie ne proclame un vainqueur en cachant les procès-verbaux", "direct", PAI32),
    ("ne pas se contenter de déclarations", "partial", PAI32),
    ("au moins trois anciens ministres de M. Villacorta auraient pris contact avec l'équipe de Mariela Quintana", "indirect", PAI32),
    ("Villacorta a peut-être gagné l'élection, mais il a perdu la bataille de la confiance", "direct", NAC32),
    (f"les observateurs de l'Union européenne ont signalé {o}des irrégularités graves dans au moins quatre provinces{c}", "indirect", NAC32),
    ("des irrégularités graves dans au moins quatre provinces", "partial", ["observateurs de l'Union européenne", "les observateurs de l'Union européenne", "observateurs", "les observateurs"]),
    (f"le silence des capitales de la région serait {o}la vraie nouvelle de cette crise{c}", "indirect", NAC32),
    ("la vraie nouvelle de cette crise", "partial", NAC32),
    (f"son pays ne reconnaîtrait {o}aucun résultat sans procès-verbaux{c}", "indirect", RES32),
    ("aucun résultat sans procès-verbaux", "partial", RES32),
    (f"une médiation conjointe avec le Brésil est {o}sur la table{c}", "indirect", ["ministre colombien des Affaires étrangères", "le ministre colombien des Affaires étrangères"]),
    ("sur la table", "partial", ["ministre colombien des Affaires étrangères", "le ministre colombien des Affaires étrangères"]),
    (f"Le président Renato Azevedo s'est contenté d'appeler à {o}la sérénité{c}", "indirect", FOL32),
    ("la sérénité", "partial", AZE32),
    ("difficile à tenir", "partial", FOL32),
    ("profondément vicié", "partial", DEP32),
    ("le Conseil permanent de l'Organisation des États américains n'est pas parvenu mardi à adopter une résolution, faute de majorité", "indirect", ["El Universal"]),
    ("la victoire du peuple souverain", "partial", COR32),
    ("jouer la carte de l'ingérence", "partial", COR32),
    ("Mon fils n'a rien fait, il filmait avec son téléphone", "direct", ["une mère", "mère"]),
    ("respect de la volonté des électeurs", "partial", QO32),
    ("prudente, trop prudente", "partial", ["El Mundo", "quotidien espagnol", "le quotidien espagnol"]),
])

# batch 33
# 169-173. one invented event: a NATO summit in Lisbon ends with a final declaration committing the
# Allies to 5 % of GDP for defence and security by 2033 (3.5 % for core defence); the (invented)
# Secretary-General Maarten Holvoet's closing press conference, the (invented) French president
# Étienne Marval's own long press conference, the (invented) US president Thomas Brannigan's remarks
# in English, Turkey's president Selim Arıkan, Ukraine's invited president Oleksandr Tkatchenko, the
# Kremlin's spokesman Anton Zoubarev and 'Moscou', the declaration's own words (accepted as the
# declaration's and the Allies'), told by five outlets. Each article's gold is independent.
HOL33 = ["Maarten Holvoet", "Holvoet", "M. Holvoet", "secrétaire général de l'OTAN", "le secrétaire général de l'OTAN", "secrétaire général de l'Otan", "le secrétaire général de l'Otan", "secrétaire général", "le secrétaire général", "secrétaire général de l'Alliance", "le secrétaire général de l'Alliance", "ancien Premier ministre néerlandais", "l'ancien Premier ministre néerlandais", "OTAN", "l'OTAN", "Otan"]
MAR33 = ["Étienne Marval", "Etienne Marval", "Marval", "M. Marval", "président de la République", "le président de la République", "président français", "le président français", "chef de l'État", "le chef de l'État", "président Marval", "le président Marval", "président Etienne Marval", "le président Etienne Marval"]
BRA33 = ["Thomas Brannigan", "Brannigan", "M. Brannigan", "président américain", "le président américain", "président américain Thomas Brannigan", "le président américain Thomas Brannigan", "Washington"]
ARI33 = ["Selim Arıkan", "Selim Arikan", "Arıkan", "Arikan", "M. Arıkan", "président turc", "le président turc", "président Selim Arıkan", "président Selim Arikan", "le président Selim Arıkan", "le président Selim Arikan", "Ankara", "Turquie", "la Turquie"]
TKA33 = ["Oleksandr Tkatchenko", "Tkatchenko", "M. Tkatchenko", "président ukrainien", "le président ukrainien", "président ukrainien Oleksandr Tkatchenko", "le président ukrainien Oleksandr Tkatchenko", "Kiev", "Ukraine", "l'Ukraine"]
KRE33 = ["Anton Zoubarev", "Zoubarev", "porte-parole du Kremlin", "le porte-parole du Kremlin", "Kremlin", "le Kremlin", "Moscou", "Russie", "la Russie"]
DEC33 = ["déclaration finale", "la déclaration finale", "déclaration", "la déclaration", "déclaration de Lisbonne", "la déclaration de Lisbonne", "texte", "le texte", "Alliés", "les Alliés", "dirigeants alliés", "les dirigeants alliés", "OTAN", "l'OTAN", "Otan", "l'Otan", "Alliance", "l'Alliance"]

# 169. a national daily's live page, guillemets with no-break spaces: timestamped entries, entry
# titles that repeat a quote of the body (not annotated), the Secretary-General's closing press
# conference (« a reconnu que … « … » »), the French president's long answers (« a-t-il martelé »,
# « a assuré que … « … », avant de », « a insisté X devant la presse »), the US president in English
# (« a lancé X en anglais », « Il a toutefois prévenu que »), the declaration (« écrivent les
# dirigeants alliés », « La déclaration qualifie X de « … » »), the Kremlin spokesman « à l'agence
# TASS » and « Selon lui, », Ukraine's president (« ajoutant que »), Turkey's (« Ankara, a-t-il dit,
# ne signera « … » »)
o, c = "«" + NB, NB + "»"
t169 = (
"EN DIRECT. Sommet de l'OTAN à Lisbonne : les Alliés s'engagent à consacrer 5 % de leur PIB à la défense\n\n"
"Ce direct est terminé. Merci de l'avoir suivi.\n\n"
"18 h 52 – Ce qu'il faut retenir\n\n"
"Les trente-deux chefs d'État et de gouvernement de l'Alliance atlantique ont adopté mercredi à Lisbonne une déclaration finale qui fixe à 5 % du produit intérieur brut l'objectif de dépenses de défense et de sécurité d'ici à 2033, dont 3,5 % pour les armées proprement dites. Le président ukrainien, invité, repart avec des assurances de soutien mais sans calendrier d'adhésion.\n\n"
f"18 h 40 – {o}Personne ne pourra plus dire que l'Europe se cache derrière l'Amérique{c}, affirme Étienne Marval\n\n"
f"Lors de sa conférence de presse, qui a duré plus d'une heure, le président de la République a longuement défendu l'accord. {o}Personne ne pourra plus dire que l'Europe se cache derrière l'Amérique. Nous avons pris nos responsabilités, et nous les avons prises ensemble{c}, a-t-il martelé. Interrogé sur le coût pour les finances publiques, le chef de l'État a assuré que la France atteindrait la cible {o}sans sacrifier un euro de l'école ou de l'hôpital{c}, avant de renvoyer les détails à la prochaine loi de programmation militaire.\n\n"
f"{o}Je l'ai dit au président américain : l'Europe achètera européen chaque fois qu'elle le pourra. Ce n'est pas contre les États-Unis, c'est pour nous{c}, a insisté Étienne Marval devant la presse.\n\n"
f"18 h 15 – Le secrétaire général salue un {o}tournant{c}\n\n"
f"{o}C'est un tournant pour notre Alliance. Il y a deux ans, beaucoup jugeaient cet objectif impossible ; aujourd'hui, il est écrit noir sur blanc{c}, a déclaré Maarten Holvoet lors de sa conférence de presse de clôture. Le secrétaire général de l'OTAN a reconnu que plusieurs pays auraient {o}du chemin à faire{c}, sans vouloir les nommer.\n\n"
"17 h 48 – Thomas Brannigan savoure\n\n"
f"Le président américain s'est exprimé brièvement devant les journalistes avant de regagner son avion. {o}This is a great day for America and a great day for NATO. They finally pay their fair share{c}, a lancé Thomas Brannigan en anglais. Il a toutefois prévenu que Washington {o}regarderait les chiffres de très près{c} chaque année.\n\n"
"17 h 20 – La déclaration finale publiée\n\n"
f"Le texte, adopté par consensus, est désormais en ligne. {o}Nous nous engageons à investir chaque année au moins 3,5 % de notre PIB dans les besoins de défense essentiels d'ici à 2033{c}, écrivent les dirigeants alliés. La déclaration qualifie la Russie de {o}menace directe et durable{c} pour la sécurité euro-atlantique et promet à l'Ukraine un soutien {o}inébranlable{c}.\n\n"
f"16 h 55 – Moscou dénonce une {o}militarisation{c}\n\n"
f"Le Kremlin n'a pas tardé à réagir. {o}L'Alliance confirme ce que nous disons depuis longtemps : elle se prépare à la guerre, pas à la paix{c}, a déclaré à l'agence TASS le porte-parole du Kremlin, Anton Zoubarev. Selon lui, cette course à la {o}militarisation{c} de l'Europe {o}ne restera pas sans réponse{c}.\n\n"
"16 h 30 – Oleksandr Tkatchenko réclame des Patriot\n\n"
f"Invité à Lisbonne, le président ukrainien, Oleksandr Tkatchenko, a remercié les Alliés mais réclamé davantage de défense aérienne. {o}Chaque batterie Patriot qui arrive en Ukraine, ce sont des villes entières qui dorment la nuit{c}, a-t-il déclaré à son arrivée, ajoutant que son pays n'avait {o}pas le luxe d'attendre 2033{c}.\n\n"
"15 h 10 – Ankara pose ses conditions\n\n"
f"Le président turc, Selim Arıkan, a de son côté affirmé que la Turquie avait {o}déjà fait sa part{c} et exigé la levée des restrictions sur les ventes d'armes entre alliés. Ankara, a-t-il dit, ne signera {o}aucun engagement qui ne soit pas réciproque{c}.\n")
art("w169_direct_otan", "national daily live page", "2028-07-12", t169, [
    ("Personne ne pourra plus dire que l'Europe se cache derrière l'Amérique. Nous avons pris nos responsabilités, et nous les avons prises ensemble", "direct", MAR33),
    (f"la France atteindrait la cible {o}sans sacrifier un euro de l'école ou de l'hôpital{c}", "indirect", MAR33),
    ("sans sacrifier un euro de l'école ou de l'hôpital", "partial", MAR33),
    ("Je l'ai dit au président américain : l'Europe achètera européen chaque fois qu'elle le pourra. Ce n'est pas contre les États-Unis, c'est pour nous", "direct", MAR33),
    ("C'est un tournant pour notre Alliance. Il y a deux ans, beaucoup jugeaient cet objectif impossible ; aujourd'hui, il est écrit noir sur blanc", "direct", HOL33),
    (f"plusieurs pays auraient {o}du chemin à faire{c}", "indirect", HOL33),
    ("du chemin à faire", "partial", HOL33),
    ("This is a great day for America and a great day for NATO. They finally pay their fair share", "direct", BRA33),
    (f"Washington {o}regarderait les chiffres de très près{c} chaque année", "indirect", BRA33),
    ("regarderait les chiffres de très près", "partial", BRA33),
    ("Nous nous engageons à investir chaque année au moins 3,5 % de notre PIB dans les besoins de défense essentiels d'ici à 2033", "direct", DEC33),
    ("menace directe et durable", "partial", DEC33),
    ("inébranlable", "partial", DEC33),
    ("L'Alliance confirme ce que nous disons depuis longtemps : elle se prépare à la guerre, pas à la paix", "direct", KRE33),
    (f"cette course à la {o}militarisation{c} de l'Europe {o}ne restera pas sans réponse{c}", "indirect", KRE33),
    ("militarisation", "partial", KRE33, 1),
    ("ne restera pas sans réponse", "partial", KRE33),
    ("Chaque batterie Patriot qui arrive en Ukraine, ce sont des villes entières qui dorment la nuit", "direct", TKA33),
    (f"son pays n'avait {o}pas le luxe d'attendre 2033{c}", "indirect", TKA33),
    ("pas le luxe d'attendre 2033", "partial", TKA33),
    (f"la Turquie avait {o}déjà fait sa part{c}", "indirect", ARI33),
    ("déjà fait sa part", "partial", ARI33),
    (f"Ankara, a-t-il dit, ne signera {o}aucun engagement qui ne soit pas réciproque{c}", "indirect", ARI33),
    ("aucun engagement qui ne soit pas réciproque", "partial", ARI33),
])

# 170. a Belgian public broadcaster's site in curly marks: the Belgian Prime Minister (« a expliqué
# que »), « Selon son entourage, » with a category's name in marks (not a quote), the declaration
# (« peut-on lire dans la déclaration finale », « Le texte précise que … “…” », a fragment of it with
# no cue), the Secretary-General with an incise inside the marks (« …, a-t-il promis, … ») and
# « tout en rappelant que », the US president in English, Turkey's president « a dénoncé les “…” »,
# Ukraine's (« a demandé que »), the Kremlin after reported speech without marks (« …, a réagi Moscou
# par la voix du porte-parole du Kremlin »), the Belgian defence minister on the radio
o, c = "“", "”"
t170 = (
"Sommet de l'OTAN : la Belgique signe l'objectif de 5 %, mais demande du temps\n\n"
"La Belgique a signé, comme les trente et un autres membres de l'Alliance, la déclaration finale du sommet de Lisbonne. Mais à l'issue de la réunion, le Premier ministre Wouter Declercq n'a pas caché que la marche serait haute pour un pays qui a longtemps figuré parmi les mauvais élèves de l'OTAN en matière de dépenses militaires.\n\n"
f"{o}Nous allons y arriver, mais pas en sacrifiant notre sécurité sociale{c}, a-t-il déclaré devant les journalistes belges. Le chef du gouvernement fédéral a expliqué que la trajectoire serait précisée à l'automne, lors du prochain conclave budgétaire. Selon son entourage, la Belgique pourrait demander à compter une partie de ses investissements dans le port d'Anvers au titre de la {o}résilience{c}, la deuxième catégorie de dépenses prévue par le texte.\n\n"
"Ce que dit le texte\n\n"
f"{o}Face à des menaces et à des défis de sécurité profonds, nous nous engageons à porter nos dépenses de défense et de sécurité à 5 % du PIB d'ici à 2033{c}, peut-on lire dans la déclaration finale. Le texte précise que 3,5 % devront aller aux {o}besoins de défense essentiels{c} – troupes, armes, munitions –, le reste pouvant financer les infrastructures critiques et la cybersécurité. Chaque allié devra présenter un plan annuel {o}crédible et progressif{c}.\n\n"
"Holvoet rassure les retardataires\n\n"
f"Lors de sa conférence de presse de clôture, le secrétaire général de l'OTAN, Maarten Holvoet, a tenu à rassurer les pays les plus en retard. {o}Personne ne sera laissé seul, a-t-il promis, mais il n'y aura plus de passager clandestin dans cette Alliance.{c} Interrogé par la RTBF sur le cas belge, l'ancien Premier ministre néerlandais a salué des {o}efforts réels{c}, tout en rappelant que les engagements {o}n'ont de valeur que s'ils sont tenus{c}.\n\n"
"Washington satisfait, Ankara exigeant\n\n"
f"Le président américain Thomas Brannigan a revendiqué la paternité de l'accord. {o}I asked for it, and I got it{c}, a-t-il lancé aux journalistes. Le président turc, Selim Arikan, a quant à lui dénoncé les {o}embargos déguisés{c} imposés selon lui par certains alliés à l'industrie turque de défense.\n\n"
"Kiev veut plus, Moscou dénonce\n\n"
f"Le président ukrainien Oleksandr Tkatchenko, invité au sommet, a demandé que son pays reçoive davantage de systèmes de défense antiaérienne avant l'hiver. {o}Nous ne demandons pas la charité. Nous demandons les moyens de tenir{c}, a-t-il dit.\n\n"
"L'Alliance a choisi la voie de la confrontation et en portera seule la responsabilité, a réagi Moscou par la voix du porte-parole du Kremlin, Anton Zoubarev.\n\n"
"Et maintenant ?\n\n"
f"La ministre de la Défense, Sarah Lemmens, a indiqué sur La Première que les premiers achats concerneraient des munitions et des drones. {o}On ne commence pas par les gadgets, on commence par ce qui manque{c}, a-t-elle résumé.\n")
DEC33B = ["Wouter Declercq", "Declercq", "Premier ministre", "le Premier ministre", "chef du gouvernement fédéral", "le chef du gouvernement fédéral"]
ENT33 = ["entourage", "son entourage", "entourage du Premier ministre", "l'entourage du Premier ministre", "entourage de Wouter Declercq"]
LEM33 = ["Sarah Lemmens", "Lemmens", "ministre de la Défense", "la ministre de la Défense"]
art("w170_rtbe_otan", "belgian public broadcaster", "2028-07-12", t170, [
    ("la marche serait haute pour un pays qui a longtemps figuré parmi les mauvais élèves de l'OTAN en matière de dépenses militaires", "indirect", DEC33B),  # n'a pas caché que: the litotes reports (verbs.json), brought to convention after the blind score
    ("Nous allons y arriver, mais pas en sacrifiant notre sécurité sociale", "direct", DEC33B),
    ("la trajectoire serait précisée à l'automne, lors du prochain conclave budgétaire", "indirect", DEC33B),
    (f"la Belgique pourrait demander à compter une partie de ses investissements dans le port d'Anvers au titre de la {o}résilience{c}, la deuxième catégorie de dépenses prévue par le texte", "indirect", ENT33),
    ("Face à des menaces et à des défis de sécurité profonds, nous nous engageons à porter nos dépenses de défense et de sécurité à 5 % du PIB d'ici à 2033", "direct", DEC33),
    (f"3,5 % devront aller aux {o}besoins de défense essentiels{c} – troupes, armes, munitions –, le reste pouvant financer les infrastructures critiques et la cybersécurité", "indirect", DEC33),
    ("besoins de défense essentiels", "partial", DEC33),
    ("crédible et progressif", "partial", DEC33),
    ("Personne ne sera laissé seul, a-t-il promis, mais il n'y aura plus de passager clandestin dans cette Alliance.", "direct", HOL33),
    ("efforts réels", "partial", HOL33),
    (f"les engagements {o}n'ont de valeur que s'ils sont tenus{c}", "indirect", HOL33),
    ("n'ont de valeur que s'ils sont tenus", "partial", HOL33),
    ("I asked for it, and I got it", "direct", BRA33),
    ("embargos déguisés", "partial", ARI33),
    ("son pays reçoive davantage de systèmes de défense antiaérienne avant l'hiver", "indirect", TKA33),
    ("Nous ne demandons pas la charité. Nous demandons les moyens de tenir", "direct", TKA33),
    ("L'Alliance a choisi la voie de la confrontation et en portera seule la responsabilité", "indirect", KRE33),
    ("les premiers achats concerneraient des munitions et des drones", "indirect", LEM33),
    ("On ne commence pas par les gadgets, on commence par ce qui manque", "direct", LEM33),
])

# 171. a right-leaning weekly's analysis, guillemets with no space inside: a byline, anonymous
# diplomats postposed (« glisse un diplomate européen », « s'agace un ambassadeur d'un pays balte »,
# « résume un diplomate français »), « Selon un haut responsable de l'Alliance, », the French
# president's long answers (« a-t-il insisté devant la presse », « Et d'ajouter … que », « a assuré
# qu'il n'y aurait « … » », « a-t-il martelé »), an adviser after a colon, the declaration's wording
# quoted without a cue, Ukraine's president (« l'essentiel, a-t-il dit, est que « … » »), the
# Kremlin's spokesman (« Selon le porte-parole du Kremlin, X, »), « a ironisé Moscou » in an incise,
# a German diplomat after « d'une phrase : »
o, c = "«", "»"
t171 = (
"Lisbonne : le grand réarmement, à crédit\n\n"
"Derrière la photo de famille, le sommet de l'OTAN a surtout révélé une Alliance à deux vitesses.\n\n"
"Par Guillaume de Vallière\n\n"
f"Il fallait voir la mine réjouie de Thomas Brannigan. Le président américain tenait enfin son chiffre. Cinq pour cent du PIB, dont 3,5 % pour la défense au sens strict : le seuil est inscrit dans la déclaration de Lisbonne, que les trente-deux ont adoptée mercredi sans un mot plus haut que l'autre. Ou presque. {o}On a évité l'incident, mais il s'en est fallu de peu{c}, glisse un diplomate européen, qui raconte une nuit de négociations sur la date butoir.\n\n"
f"Car l'unanimité de façade cache des calculs très différents. L'Espagne a obtenu, dans une lettre annexe, de ne pas être tenue par la trajectoire annuelle. {o}Madrid a signé un texte qu'elle sait ne pas pouvoir respecter, et tout le monde autour de la table le sait{c}, s'agace un ambassadeur d'un pays balte. Selon un haut responsable de l'Alliance, au moins huit pays n'atteindront pas les 3,5 % avant 2035.\n\n"
"Marval, VRP de l'Europe de la défense\n\n"
f"Étienne Marval, lui, a tenu la conférence de presse la plus longue du sommet, près d'une heure et quart. Le président de la République y a déroulé son thème favori. {o}Si nous dépensons 3,5 % de notre richesse pour acheter américain, nous aurons financé l'industrie des autres et nous serons toujours aussi dépendants. L'argent européen doit d'abord aller à l'industrie européenne{c}, a-t-il insisté devant la presse. Et d'ajouter, un brin provocateur, que la France n'avait {o}de leçons à recevoir de personne{c} en matière d'engagement militaire.\n\n"
f"Reste que la France elle-même est loin du compte. Avec un déficit qui dépasse 5 %, l'effort promis à Lisbonne suppose de trouver une trentaine de milliards d'euros supplémentaires par an. Interrogé sur ce point, le chef de l'État a assuré qu'il n'y aurait {o}ni hausse d'impôts ni coupe aveugle{c}. {o}Ceux qui disent que c'est impossible sont les mêmes qui disaient, il y a cinq ans, que la guerre en Europe était impossible{c}, a-t-il martelé. Un conseiller ministériel, sous couvert d'anonymat, se montre moins catégorique : {o}Personne à Bercy n'a la moindre idée de la manière dont on va payer.{c}\n\n"
"Ankara fait monter les enchères\n\n"
f"Le président turc, Selim Arıkan, a fait ce qu'il fait à chaque sommet : monnayer sa signature. Il a obtenu que la déclaration condamne {o}toutes les formes de terrorisme{c}, une formule qui vise les milices kurdes. {o}Arıkan sait que personne ne veut d'une crise avec la deuxième armée de l'Alliance{c}, résume un diplomate français.\n\n"
"Kiev oubliée, Moscou ravie ?\n\n"
f"Quant à l'Ukraine, elle repart avec des mots. Invité pour la troisième année consécutive, Oleksandr Tkatchenko a dû se contenter d'une phrase sur un {o}chemin irréversible{c} vers l'adhésion, reprise mot pour mot des sommets précédents. Le président ukrainien a fait bonne figure : l'essentiel, a-t-il dit, est que {o}les armes arrivent{c}. Au Kremlin, on se frotte les mains. Selon le porte-parole du Kremlin, Anton Zoubarev, les Européens {o}se ruinent pour faire plaisir à Washington{c}. Le sommet, a ironisé Moscou, aura surtout profité aux industriels américains.\n\n"
f"Un diplomate allemand résume l'ambiance d'une phrase : {o}On a acheté trois ans de tranquillité avec Washington. Ce n'est pas rien, mais ce n'est pas une stratégie.{c}\n")
DIPE33 = ["diplomate européen", "un diplomate européen"]
AMB33 = ["ambassadeur d'un pays balte", "un ambassadeur d'un pays balte", "ambassadeur", "un ambassadeur"]
HRA33 = ["haut responsable de l'Alliance", "un haut responsable de l'Alliance", "haut responsable", "un haut responsable"]
CON33 = ["conseiller ministériel", "un conseiller ministériel", "conseiller", "un conseiller"]
DIPF33 = ["diplomate français", "un diplomate français"]
DIPA33 = ["diplomate allemand", "un diplomate allemand"]
art("w171_hebdo_otan", "right-leaning weekly", "2028-07-14", t171, [
    ("On a évité l'incident, mais il s'en est fallu de peu", "direct", DIPE33),
    ("Madrid a signé un texte qu'elle sait ne pas pouvoir respecter, et tout le monde autour de la table le sait", "direct", AMB33),
    ("au moins huit pays n'atteindront pas les 3,5 % avant 2035", "indirect", HRA33),
    ("Si nous dépensons 3,5 % de notre richesse pour acheter américain, nous aurons financé l'industrie des autres et nous serons toujours aussi dépendants. L'argent européen doit d'abord aller à l'industrie européenne", "direct", MAR33),
    (f"la France n'avait {o}de leçons à recevoir de personne{c} en matière d'engagement militaire", "indirect", MAR33),
    ("de leçons à recevoir de personne", "partial", MAR33),
    (f"il n'y aurait {o}ni hausse d'impôts ni coupe aveugle{c}", "indirect", MAR33),
    ("ni hausse d'impôts ni coupe aveugle", "partial", MAR33),
    ("Ceux qui disent que c'est impossible sont les mêmes qui disaient, il y a cinq ans, que la guerre en Europe était impossible", "direct", MAR33),
    ("Personne à Bercy n'a la moindre idée de la manière dont on va payer.", "direct", CON33),
    ("toutes les formes de terrorisme", "partial", DEC33),
    ("Arıkan sait que personne ne veut d'une crise avec la deuxième armée de l'Alliance", "direct", DIPF33),
    ("chemin irréversible", "partial", DEC33),
    (f"l'essentiel, a-t-il dit, est que {o}les armes arrivent{c}", "indirect", TKA33),
    ("les armes arrivent", "partial", TKA33),
    (f"les Européens {o}se ruinent pour faire plaisir à Washington{c}", "indirect", KRE33),
    ("se ruinent pour faire plaisir à Washington", "partial", KRE33),
    ("Le sommet, a ironisé Moscou, aura surtout profité aux industriels américains", "indirect", KRE33),
    ("On a acheté trois ans de tranquillité avec Washington. Ce n'est pas rien, mais ce n'est pas une stratégie.", "direct", DIPA33),
])

# 172. a regional daily's short version in straight marks: a dateline in capitals, « a salué X » with
# a postposed cue, « Il a reconnu que "…" auraient besoin de "…" », a subhead that repeats a quote of
# the body (not annotated), « a promis que … "…" », « a-t-il martelé lors de sa conférence de
# presse », « a plaidé pour une "…" », the US president in English and its French rendering in
# brackets, « a jugé l'objectif "…" », « selon la déclaration finale » after a fragment, the
# Kremlin, Ukraine's president (« a prévenu X »), a union official at Naval Group (« estime X »), the mayor of Brest (« a dit espérer que »)
o, c = "\"", "\""
t172 = (
"Otan : les Alliés promettent 5 % du PIB pour leur défense\n\n"
"LISBONNE. Les dirigeants des trente-deux pays de l'Otan se sont engagés mercredi à consacrer 5 % de leur produit intérieur brut à la défense et à la sécurité d'ici 2033. Un objectif inédit, obtenu sous la pression des Etats-Unis.\n\n"
f"{o}C'est une décision historique{c}, a salué le secrétaire général de l'Otan, Maarten Holvoet, en clôture du sommet. Il a reconnu que {o}certains alliés{c} auraient besoin de {o}plus de temps{c} pour y parvenir.\n\n"
f"Marval : {o}Pas un euro de moins pour nos hôpitaux{c}\n\n"
f"Le président Etienne Marval a promis que l'effort serait tenu {o}sans toucher au modèle social{c}. {o}Pas un euro de moins pour nos hôpitaux, pas un euro de moins pour nos écoles{c}, a-t-il martelé lors de sa conférence de presse, très longue comme à son habitude. Il a également plaidé pour une {o}préférence européenne{c} dans les achats d'armement.\n\n"
f"Le président américain Thomas Brannigan s'est dit {o}très content{c} avant de quitter Lisbonne. {o}They listened to me{c}, a-t-il résumé en anglais ({o}Ils m'ont écouté{c}). Côté turc, le président Selim Arikan a jugé l'objectif {o}réaliste{c} pour son pays, qui y consacre déjà plus de 3 %.\n\n"
f"L'Ukraine, représentée par son président Oleksandr Tkatchenko, a obtenu la promesse d'un soutien {o}inébranlable{c}, selon la déclaration finale. Moscou a aussitôt dénoncé une {o}escalade{c}. {o}L'Europe se prépare à une guerre qu'elle prétend vouloir éviter{c}, a déclaré le porte-parole du Kremlin, Anton Zoubarev.\n\n"
f"Le président ukrainien a, lui, regretté l'absence de date pour l'adhésion de son pays à l'Alliance. {o}Nous attendrons, mais pas éternellement{c}, a prévenu Oleksandr Tkatchenko, qui doit rencontrer Etienne Marval à Paris la semaine prochaine.\n\n"
"Et chez nous ?\n\n"
f"A Brest et à Lorient, les industriels de la défense se frottent déjà les mains. {o}Les carnets de commandes étaient déjà pleins, ils vont déborder{c}, estime un responsable syndical de Naval Group, qui redoute des difficultés de recrutement. Le maire de Brest, Yann Kerbrat, a dit espérer que la ville {o}profitera{c} de cet effort, notamment pour l'entretien des frégates.\n")
SYN33 = ["responsable syndical de Naval Group", "un responsable syndical de Naval Group", "responsable syndical", "un responsable syndical"]
KER33 = ["Yann Kerbrat", "Kerbrat", "maire de Brest", "le maire de Brest"]
art("w172_regional_otan", "regional daily", "2028-07-13", t172, [
    ("C'est une décision historique", "direct", HOL33),
    (f"{o}certains alliés{c} auraient besoin de {o}plus de temps{c} pour y parvenir", "indirect", HOL33),
    ("certains alliés", "partial", HOL33),
    ("plus de temps", "partial", HOL33),
    (f"l'effort serait tenu {o}sans toucher au modèle social{c}", "indirect", MAR33),
    ("sans toucher au modèle social", "partial", MAR33),
    ("Pas un euro de moins pour nos hôpitaux, pas un euro de moins pour nos écoles", "direct", MAR33),
    ("préférence européenne", "partial", MAR33),
    ("très content", "partial", BRA33),
    ("They listened to me", "direct", BRA33),
    ("Ils m'ont écouté", "direct", BRA33),
    ("réaliste", "partial", ARI33),
    (f"L'Ukraine, représentée par son président Oleksandr Tkatchenko, a obtenu la promesse d'un soutien {o}inébranlable{c}", "indirect", DEC33),  # …, selon X. postposed reports its clause, as the reference gold does; brought to convention after the blind score
    ("inébranlable", "partial", DEC33),
    ("escalade", "partial", KRE33),
    ("L'Europe se prépare à une guerre qu'elle prétend vouloir éviter", "direct", KRE33),
    ("Nous attendrons, mais pas éternellement", "direct", TKA33),
    ("Les carnets de commandes étaient déjà pleins, ils vont déborder", "direct", SYN33),
    (f"la ville {o}profitera{c} de cet effort, notamment pour l'entretien des frégates", "indirect", KER33),
    ("profitera", "partial", KER33),
])

# 173. a defence-specialist site, guillemets with narrow no-break spaces: acronyms (BITD, MCO, IAMD,
# LPM, DGA, FRS), a spending category's label after « dite », programme and weapon names in marks
# that are not quotes (« Rafale F5 », « Lance-Sol »), the Secretary-General « citant » calibres, the
# declaration (« demande aux Alliés de « … » »), the French president (« a-t-il insisté devant la
# presse », « a également annoncé que … « … » »), the US president in English, a DGA official
# (« estime que … tels qu'« … » »), Turkey's president (« a rappelé que »), Ukraine's president
# (« a-t-il lancé aux industriels »), the Kremlin (« Selon le porte-parole du Kremlin, X, … confirme
# que », « Le Kremlin a annoncé qu'il « … » »), an analyst (« Pour X, », « souligne-t-elle »)
o, c = "«" + NN, NN + "»"
t173 = (
"Sommet de Lisbonne : ce que la cible des 3,5 % change pour la BITD européenne\n\n"
f"Les Alliés ont adopté le 12 juillet la déclaration de Lisbonne, qui porte la cible de dépenses à 5 % du PIB à l'horizon 2033 : 3,5 % pour la catégorie dite {o}core defence{c} (capacités, personnels, MCO) et 1,5 % pour la résilience, les infrastructures et la cyberdéfense. Pour la base industrielle et technologique de défense (BITD), le signal est considérable.\n\n"
f"{o}Nous passons d'une logique d'échantillons à une logique de masse. Les industriels doivent être prêts à produire en série, et vite{c}, a déclaré Maarten Holvoet lors de sa conférence de presse de clôture, citant les obus de 155 mm et les intercepteurs sol-air. La déclaration demande aux Alliés de {o}doubler au minimum{c} leurs capacités de production de munitions d'ici 2030 et consacre un paragraphe entier à la défense aérienne et antimissile intégrée (IAMD).\n\n"
"Paris pousse le SAMP/T NG\n\n"
f"Côté français, Étienne Marval a profité de sa conférence de presse pour faire la promotion des programmes nationaux et européens. Le SAMP/T NG, le {o}Rafale F5{c} et le programme de frappe dans la profondeur {o}Lance-Sol{c}, issu de l'initiative ELSA, ont été cités à plusieurs reprises. {o}Nous avons en Europe l'un des meilleurs systèmes sol-air au monde. Il serait absurde que l'argent des contribuables européens serve à acheter ailleurs ce que nous savons faire ici{c}, a-t-il insisté devant la presse. Le président de la République a également annoncé que la LPM serait {o}actualisée{c} dès l'automne pour intégrer la nouvelle trajectoire.\n\n"
f"Washington, de son côté, pousse ses matériels. {o}Buy American. We make the best weapons in the world{c}, a lancé Thomas Brannigan devant les journalistes, en citant le F-35 et le Patriot. Un responsable de la DGA, qui s'exprimait sous couvert d'anonymat, estime que les volumes en jeu sont tels qu'{o}il y aura du travail pour tout le monde{c}.\n\n"
"Ankara et Kiev en embuscade\n\n"
f"La Turquie entend bien profiter de la manne. Le président Selim Arıkan a rappelé que l'industrie turque produisait déjà des drones {o}éprouvés au combat{c} et réclamé l'accès de ses entreprises au programme européen SAFE. Invité du sommet, le président ukrainien Oleksandr Tkatchenko a pour sa part mis en avant le modèle de coproduction lancé avec plusieurs industriels européens, dont Rheinmetall et KNDS. {o}Produisez chez nous, testez chez nous, et vous aurez le meilleur retour d'expérience au monde{c}, a-t-il lancé aux industriels présents.\n\n"
f"La réaction russe était attendue. Selon le porte-parole du Kremlin, Anton Zoubarev, la nouvelle cible confirme que l'OTAN est {o}une alliance tournée vers la guerre{c}. Le Kremlin a annoncé qu'il {o}prendrait en compte{c} ces décisions dans sa propre planification militaire.\n\n"
f"Pour Camille Ferrand, analyste à la Fondation pour la recherche stratégique (FRS), le goulet d'étranglement ne sera pas budgétaire mais industriel. {o}On peut voter des milliards en une nuit. Former des soudeurs et qualifier des chaînes de production prend des années{c}, souligne-t-elle.\n")
DGA33 = ["responsable de la DGA", "un responsable de la DGA", "responsable", "un responsable"]
FER33 = ["Camille Ferrand", "Ferrand", "analyste", "analyste à la Fondation pour la recherche stratégique", "analyste à la Fondation pour la recherche stratégique (FRS)"]
art("w173_defense_otan", "defence-specialist site", "2028-07-13", t173, [
    ("Nous passons d'une logique d'échantillons à une logique de masse. Les industriels doivent être prêts à produire en série, et vite", "direct", HOL33),
    ("doubler au minimum", "partial", DEC33),
    ("Nous avons en Europe l'un des meilleurs systèmes sol-air au monde. Il serait absurde que l'argent des contribuables européens serve à acheter ailleurs ce que nous savons faire ici", "direct", MAR33),
    (f"la LPM serait {o}actualisée{c} dès l'automne pour intégrer la nouvelle trajectoire", "indirect", MAR33),
    ("actualisée", "partial", MAR33),
    ("Buy American. We make the best weapons in the world", "direct", BRA33),
    (f"les volumes en jeu sont tels qu'{o}il y aura du travail pour tout le monde{c}", "indirect", DGA33),
    ("il y aura du travail pour tout le monde", "partial", DGA33),
    (f"l'industrie turque produisait déjà des drones {o}éprouvés au combat{c}", "indirect", ARI33),
    ("éprouvés au combat", "partial", ARI33),
    ("Produisez chez nous, testez chez nous, et vous aurez le meilleur retour d'expérience au monde", "direct", TKA33),
    (f"la nouvelle cible confirme que l'OTAN est {o}une alliance tournée vers la guerre{c}", "indirect", KRE33),
    ("une alliance tournée vers la guerre", "partial", KRE33),
    (f"il {o}prendrait en compte{c} ces décisions dans sa propre planification militaire", "indirect", KRE33),
    ("prendrait en compte", "partial", KRE33),
    ("le goulet d'étranglement ne sera pas budgétaire mais industriel", "indirect", FER33),
    ("On peut voter des milliards en une nuit. Former des soudeurs et qualifier des chaînes de production prend des années", "direct", FER33),
])

# batch 34
# 174-178. one invented event: a ceasefire on the Israel-Lebanon border announced by the (invented)
# US envoy Daniel Whitaker after a week of strikes; the (invented) Lebanese prime minister Samir Daouk,
# Hezbollah's statement read on Al-Manar, the (invented) Israeli army spokesman Eyal Dagan, the
# Israeli prime minister's office (the invented Ilan Berger), the (invented) UNIFIL spokesman Marco
# Bellini, the Quai d'Orsay, displaced residents, the (invented) Maronite patriarch's homily, told by
# five outlets. Each article's gold is independent.
PM34 = ["Samir Daouk", "Daouk", "M. Daouk", "Premier ministre libanais", "le Premier ministre libanais", "Premier ministre", "le Premier ministre", "chef du gouvernement", "le chef du gouvernement", "Premier ministre Samir Daouk", "le Premier ministre Samir Daouk", "Grand Sérail", "le Grand Sérail", "Beyrouth", "Liban", "le Liban"]
HEZ34 = ["Hezbollah", "le Hezbollah", "formation chiite", "la formation chiite", "mouvement chiite", "le mouvement chiite", "parti chiite", "le parti chiite", "Al-Manar", "communiqué", "le communiqué", "texte", "le texte", "mouvement", "le mouvement"]
ARMY34 = ["Eyal Dagan", "Dagan", "lieutenant-colonel Eyal Dagan", "le lieutenant-colonel Eyal Dagan", "porte-parole de l'armée israélienne", "le porte-parole de l'armée israélienne", "porte-parole de l'armée", "le porte-parole de l'armée", "porte-parole", "le porte-parole", "armée israélienne", "l'armée israélienne", "armée", "l'armée", "Tsahal"]
ISPM34 = ["bureau du Premier ministre israélien", "le bureau du Premier ministre israélien", "bureau du premier ministre", "le bureau du premier ministre", "bureau du Premier ministre", "le bureau du Premier ministre", "Ilan Berger", "Berger", "Premier ministre israélien", "le Premier ministre israélien", "Israël", "Jérusalem", "gouvernement israélien", "le gouvernement israélien"]
ENV34 = ["Daniel Whitaker", "Whitaker", "M. Whitaker", "émissaire américain", "l'émissaire américain", "envoyé spécial américain", "l'envoyé spécial américain", "envoyé américain", "l'envoyé américain", "diplomate américain", "le diplomate américain", "émissaire", "l'émissaire", "Washington", "États-Unis", "les États-Unis", "Etats-Unis", "les Etats-Unis"]
UNF34 = ["Marco Bellini", "Bellini", "M. Bellini", "porte-parole de la Finul", "le porte-parole de la Finul", "Finul", "la Finul", "FINUL", "la FINUL", "Force intérimaire des Nations unies au Liban", "la Force intérimaire des Nations unies au Liban", "force onusienne", "la force onusienne", "Force", "la Force"]
QO34 = ["Quai d'Orsay", "le Quai d'Orsay", "ministère des Affaires étrangères", "le ministère des Affaires étrangères", "France", "la France", "Paris", "diplomatie française", "la diplomatie française", "Claire Fontanel", "Fontanel", "porte-parole du Quai d'Orsay", "la porte-parole du Quai d'Orsay"]

# 174. a Lebanese French-language daily, guillemets with no-break spaces: long sentences, the envoy
# « a annoncé … qu'… et que … « … » », a source « a indiqué à L'Orient-Le Jour », « selon laquelle »,
# a label in marks that is no quote (« points stratégiques »), « a fait savoir qu'il « … » », the
# army spokesman's warning to residents (an appeal, not annotated) with a fragment in marks, the
# prime minister's office « affirmait dans un communiqué qu'… », a displaced teacher « confiait »
o, c = "«" + NB, NB + "»"
t174 = (
"Cessez-le-feu : le Liban-Sud retient son souffle\n\n"
f"Après sept jours de frappes israéliennes qui ont vidé des villages entiers du Liban-Sud et frappé à plusieurs reprises la banlieue sud de Beyrouth, l'émissaire américain Daniel Whitaker a annoncé mardi soir, depuis le palais de Baabda où il venait de s'entretenir successivement avec le chef de l'État, le président du Parlement et le Premier ministre, qu'un cessez-le-feu entrerait en vigueur mercredi à 4 heures du matin, heure de Beyrouth, et que les deux parties s'étaient engagées à le respecter {o}sans conditions préalables{c}.\n\n"
f"{o}Ce n'est pas la fin du conflit, c'est une chance de le finir, et il appartient désormais aux Libanais comme aux Israéliens de ne pas la gâcher{c}, a déclaré le diplomate américain devant la presse, avant de s'envoler pour Tel-Aviv, où il devait rencontrer dans la nuit le Premier ministre israélien Ilan Berger.\n\n"
f"Le Premier ministre Samir Daouk, qui a multiplié ces derniers jours les contacts avec Paris, Washington et Riyad, a salué depuis le Grand Sérail {o}un premier pas indispensable{c} tout en affirmant que l'État libanais entendait {o}reprendre seul la décision de la guerre et de la paix{c}, une formule qui, dans la bouche du chef du gouvernement, vise à peine implicitement le Hezbollah. {o}L'armée libanaise se déploiera au sud du Litani dans les délais prévus, et elle le fera avec l'appui de la Finul{c}, a-t-il assuré.\n\n"
f"{o}Le Premier ministre a obtenu que le mécanisme de surveillance inclue la France, ce qui n'était pas acquis il y a encore quarante-huit heures{c}, a indiqué à L'Orient-Le Jour une source proche du Grand Sérail, selon laquelle les discussions ont achoppé jusqu'au dernier moment sur la question des {o}points stratégiques{c} que l'armée israélienne souhaitait conserver en territoire libanais.\n\n"
f"Dans un communiqué lu sur sa chaîne Al-Manar peu avant minuit, le Hezbollah a fait savoir qu'il {o}respectera l'arrêt des hostilités tant que l'ennemi le respectera{c}, tout en se réservant {o}le droit de riposter à toute violation{c}. La formation chiite, qui n'a pas été directement associée aux négociations menées par l'intermédiaire du président du Parlement, affirme par ailleurs que {o}la résistance n'a pas été vaincue{c}.\n\n"
f"Côté israélien, le porte-parole de l'armée, le lieutenant-colonel Eyal Dagan, a averti sur X les habitants du Liban-Sud de ne pas regagner {o}pour l'instant{c} leurs villages situés au sud d'une ligne allant de Naqoura à Chebaa, tandis que le bureau du Premier ministre israélien affirmait dans un communiqué qu'Israël {o}conserve une totale liberté d'action contre toute menace{c}.\n\n"
f"Sur la route côtière, dès les premières heures de la trêve, des files de voitures chargées de matelas remontaient vers Tyr et Nabatiyé. {o}On rentre voir ce qui reste de la maison, même si on nous dit d'attendre{c}, confiait Hassan, un enseignant de Bint Jbeil réfugié depuis six jours dans une école de Saïda.\n")
SRC34 = ["source proche du Grand Sérail", "une source proche du Grand Sérail", "source", "une source"]
art("w174_lebanese_daily_cessez_le_feu", "Lebanese French-language daily", "2028-10-15", t174, [
    (f"un cessez-le-feu entrerait en vigueur mercredi à 4 heures du matin, heure de Beyrouth, et que les deux parties s'étaient engagées à le respecter {o}sans conditions préalables{c}", "indirect", ENV34),
    ("sans conditions préalables", "partial", ENV34),
    ("Ce n'est pas la fin du conflit, c'est une chance de le finir, et il appartient désormais aux Libanais comme aux Israéliens de ne pas la gâcher", "direct", ENV34),
    ("un premier pas indispensable", "partial", PM34),
    (f"l'État libanais entendait {o}reprendre seul la décision de la guerre et de la paix{c}", "indirect", PM34),
    ("reprendre seul la décision de la guerre et de la paix", "partial", PM34),
    ("L'armée libanaise se déploiera au sud du Litani dans les délais prévus, et elle le fera avec l'appui de la Finul", "direct", PM34),
    ("Le Premier ministre a obtenu que le mécanisme de surveillance inclue la France, ce qui n'était pas acquis il y a encore quarante-huit heures", "direct", SRC34),
    (f"les discussions ont achoppé jusqu'au dernier moment sur la question des {o}points stratégiques{c} que l'armée israélienne souhaitait conserver en territoire libanais", "indirect", SRC34),
    (f"il {o}respectera l'arrêt des hostilités tant que l'ennemi le respectera{c}", "indirect", HEZ34),
    ("respectera l'arrêt des hostilités tant que l'ennemi le respectera", "partial", HEZ34),
    ("le droit de riposter à toute violation", "partial", HEZ34),
    (f"{o}la résistance n'a pas été vaincue{c}", "indirect", HEZ34),
    ("la résistance n'a pas été vaincue", "partial", HEZ34),
    ("pour l'instant", "partial", ARMY34),
    (f"Israël {o}conserve une totale liberté d'action contre toute menace{c}", "indirect", ISPM34),
    ("conserve une totale liberté d'action contre toute menace", "partial", ISPM34),
    ("On rentre voir ce qui reste de la maison, même si on nous dit d'attendre", "direct", ["Hassan", "un enseignant de Bint Jbeil", "enseignant de Bint Jbeil", "enseignant", "un enseignant"]),
])

# 175. a French reference daily, guillemets with narrow no-break spaces: « a-t-il affirmé à X,
# assurant que … « … » », « Pour X, … « … » », the prime minister's office « a fait savoir que »,
# the army spokesman « lors d'un point de presse », Hezbollah's text « salue « … » et prévient : »,
# UNIFIL's spokesman then « a toutefois rappelé que », the Quai d'Orsay « a salué « … » et rappelé
# que », « Selon un diplomate français, », a displaced woman « résume X, 54 ans »
o, c = "«" + NN, NN + "»"
t175 = (
"Liban : un cessez-le-feu arraché par Washington après une semaine de frappes\n\n"
"Il aura fallu sept jours de bombardements, plus d'un millier de frappes revendiquées par l'armée israélienne et des centaines de milliers de déplacés pour que les armes se taisent, au moins provisoirement, de part et d'autre de la frontière israélo-libanaise.\n\n"
f"L'émissaire américain, Daniel Whitaker, a annoncé mardi 14 octobre un cessez-le-feu, entré en vigueur le lendemain à l'aube. {o}Nous avons obtenu ce que beaucoup jugeaient impossible il y a une semaine{c}, a-t-il affirmé à Beyrouth, assurant que Washington présiderait un comité de surveillance {o}avec la France et la Finul{c}.\n\n"
f"Pour le premier ministre libanais, Samir Daouk, l'accord {o}ne vaut que s'il est appliqué à la lettre, par tous{c}. Le chef du gouvernement, qui joue sa crédibilité face au Hezbollah, a promis le déploiement de dix mille soldats au sud du Litani.\n\n"
f"A Jérusalem, le ton est tout autre. Le bureau du premier ministre, Ilan Berger, a fait savoir que l'armée resterait {o}en position de frapper{c} si le Hezbollah tentait de reconstituer ses forces près de la frontière. {o}Nous avons atteint nos objectifs : le Hezbollah a été repoussé, ses arsenaux ont été détruits{c}, a affirmé le porte-parole de l'armée, Eyal Dagan, lors d'un point de presse à Tel-Aviv.\n\n"
f"Le mouvement chiite, lui, revendique une victoire. Dans un texte lu à l'antenne de sa chaîne, Al-Manar, il salue {o}la fermeté des combattants et la patience de notre peuple{c} et prévient : {o}Toute violation trouvera une réponse.{c}\n\n"
f"La Force intérimaire des Nations unies au Liban (Finul), dont plusieurs positions ont été touchées pendant les combats, se dit prête à accompagner le retrait. {o}Nos casques bleus n'ont jamais quitté leurs postes et ils seront là pour vérifier chaque étape{c}, a déclaré son porte-parole, Marco Bellini, qui a toutefois rappelé que la Force ne disposait pas du mandat pour désarmer qui que ce soit.\n\n"
f"A Paris, le Quai d'Orsay a salué {o}une étape essentielle{c} et rappelé que la France se tenait prête à {o}contribuer à la reconstruction{c} du sud du pays. Selon un diplomate français, la participation de Paris au mécanisme de surveillance a été {o}âprement négociée{c} avec Washington.\n\n"
f"Sur les routes du Sud, des milliers de familles ont repris le chemin du retour sans attendre les consignes. {o}Ma maison est peut-être détruite, mais c'est ma terre{c}, résume Zeinab, 54 ans, rencontrée à l'entrée de Tyr.\n")
DIP34 = ["diplomate français", "un diplomate français"]
art("w175_reference_daily_cessez_le_feu", "French reference daily", "2028-10-16", t175, [
    ("Nous avons obtenu ce que beaucoup jugeaient impossible il y a une semaine", "direct", ENV34),
    (f"Washington présiderait un comité de surveillance {o}avec la France et la Finul{c}", "indirect", ENV34),
    ("avec la France et la Finul", "partial", ENV34),
    (f"l'accord {o}ne vaut que s'il est appliqué à la lettre, par tous{c}", "indirect", PM34),
    ("ne vaut que s'il est appliqué à la lettre, par tous", "partial", PM34),
    (f"l'armée resterait {o}en position de frapper{c} si le Hezbollah tentait de reconstituer ses forces près de la frontière", "indirect", ISPM34),
    ("en position de frapper", "partial", ISPM34),
    ("Nous avons atteint nos objectifs : le Hezbollah a été repoussé, ses arsenaux ont été détruits", "direct", ARMY34),
    ("la fermeté des combattants et la patience de notre peuple", "partial", HEZ34),
    ("Toute violation trouvera une réponse.", "direct", HEZ34),
    ("Nos casques bleus n'ont jamais quitté leurs postes et ils seront là pour vérifier chaque étape", "direct", UNF34),
    ("la Force ne disposait pas du mandat pour désarmer qui que ce soit", "indirect", UNF34),
    ("une étape essentielle", "partial", QO34),
    (f"la France se tenait prête à {o}contribuer à la reconstruction{c} du sud du pays", "indirect", QO34),
    ("contribuer à la reconstruction", "partial", QO34),
    (f"la participation de Paris au mécanisme de surveillance a été {o}âprement négociée{c} avec Washington", "indirect", DIP34),
    ("âprement négociée", "partial", DIP34),
    ("Ma maison est peut-être détruite, mais c'est ma terre", "direct", ["Zeinab"]),
])

# 176. a TV channel's live page, guillemets with no space: timestamped entries in reverse order,
# entry titles that repeat a quote of the body (not annotated), « a indiqué X sur notre antenne »,
# « a écrit X sur X, en arabe », Hezbollah « affirme qu'il «…» la trêve «…» » and « Le texte …
# ajoute : », the prime minister's televised address, the Quai d'Orsay's communiqué and spokeswoman
# (« a précisé que »), « Selon notre correspondant à Beyrouth, », the envoy « Il a ajouté que »,
# Israel's office (« a confirmé avoir accepté », not annotated; « tout en soulignant qu'… «…» »),
# a displaced mother « témoigne X, mère de trois enfants »
o, c = "«", "»"
t176 = (
"DIRECT. Cessez-le-feu entre Israël et le Liban : la trêve globalement respectée au premier jour\n\n"
"08:12 – Embouteillages sur la route du Sud\n\n"
f"À Saïda, notre équipe a rencontré des familles qui attendent de savoir si elles peuvent rentrer. {o}On a dormi six nuits dans la voiture. On veut juste rentrer chez nous{c}, témoigne Rima, mère de trois enfants originaire de Khiam.\n\n"
f"07:58 – {o}Le calme est revenu{c} dans le Sud, selon la Finul\n\n"
f"{o}Le calme est revenu sur l'ensemble de la Ligne bleue depuis 4 heures, nous n'avons relevé aucun tir{c}, a indiqué le porte-parole de la Finul, Marco Bellini, sur notre antenne.\n\n"
"07:31 – L'armée israélienne met en garde les déplacés\n\n"
f"Le porte-parole de l'armée israélienne a de nouveau demandé aux habitants du Liban-Sud de ne pas retourner dans leurs villages. {o}Toute personne qui s'approche des zones où se trouvent nos forces se met en danger{c}, a écrit Eyal Dagan sur X, en arabe.\n\n"
"06:45 – Le Hezbollah promet de tenir la trêve, sous conditions\n\n"
f"Dans un communiqué lu sur Al-Manar, le Hezbollah affirme qu'il {o}respectera{c} la trêve {o}aussi longtemps que l'ennemi la respectera{c}. Le texte, lu par un présentateur, ajoute : {o}Nos combattants ont les yeux rivés sur la frontière.{c}\n\n"
f"06:10 – Le Premier ministre libanais appelle à {o}l'unité nationale{c}\n\n"
f"Samir Daouk s'est adressé aux Libanais dans une courte allocution télévisée. {o}Ce cessez-le-feu est celui de l'État libanais, et de lui seul. J'appelle chacun à l'unité nationale{c}, a déclaré le Premier ministre.\n\n"
"05:30 – Paris salue l'accord\n\n"
f"Le ministère des Affaires étrangères a salué dans un communiqué un cessez-le-feu {o}attendu depuis trop longtemps{c}. La porte-parole du Quai d'Orsay, Claire Fontanel, a précisé que la France était prête à participer au mécanisme de surveillance.\n\n"
"04:02 – Le cessez-le-feu est entré en vigueur\n\n"
"La trêve annoncée mardi soir par l'envoyé spécial américain Daniel Whitaker est officiellement entrée en vigueur à 4 heures, heure de Beyrouth (3 heures à Paris). Selon notre correspondant à Beyrouth, les dernières frappes ont visé la région de Nabatiyé une heure avant l'échéance.\n\n"
"23:40 – Ce qu'a dit l'émissaire américain\n\n"
f"{o}C'est un accord solide, mais il ne tiendra que si chacun y met de la bonne volonté{c}, a expliqué Daniel Whitaker lors de sa conférence de presse à Baabda. Il a ajouté que les forces israéliennes se retireraient {o}progressivement{c} dans un délai de soixante jours.\n\n"
"23:15 – Israël confirme\n\n"
f"Le bureau du Premier ministre israélien a confirmé avoir accepté la proposition américaine, tout en soulignant qu'Israël {o}agira avec force{c} en cas de violation.\n")
art("w176_tv_live_cessez_le_feu", "TV live page", "2028-10-15", t176, [
    ("On a dormi six nuits dans la voiture. On veut juste rentrer chez nous", "direct", ["Rima", "mère de trois enfants", "mère de trois enfants originaire de Khiam"]),
    ("Le calme est revenu sur l'ensemble de la Ligne bleue depuis 4 heures, nous n'avons relevé aucun tir", "direct", UNF34),
    ("Toute personne qui s'approche des zones où se trouvent nos forces se met en danger", "direct", ARMY34),
    (f"il {o}respectera{c} la trêve {o}aussi longtemps que l'ennemi la respectera{c}", "indirect", HEZ34),
    ("respectera", "partial", HEZ34),
    ("aussi longtemps que l'ennemi la respectera", "partial", HEZ34),
    ("Nos combattants ont les yeux rivés sur la frontière.", "direct", HEZ34),
    ("Ce cessez-le-feu est celui de l'État libanais, et de lui seul. J'appelle chacun à l'unité nationale", "direct", PM34),
    ("attendu depuis trop longtemps", "partial", QO34),
    ("la France était prête à participer au mécanisme de surveillance", "indirect", QO34),
    ("les dernières frappes ont visé la région de Nabatiyé une heure avant l'échéance", "indirect", ["correspondant à Beyrouth", "notre correspondant à Beyrouth", "correspondant", "notre correspondant"]),
    ("C'est un accord solide, mais il ne tiendra que si chacun y met de la bonne volonté", "direct", ENV34),
    (f"les forces israéliennes se retireraient {o}progressivement{c} dans un délai de soixante jours", "indirect", ENV34),
    ("progressivement", "partial", ENV34),
    (f"Israël {o}agira avec force{c} en cas de violation", "indirect", ISPM34),
    ("agira avec force", "partial", ISPM34),
])

# 177. an international radio's site, straight double marks: « Selon le ministère libanais de la
# Santé, », « Joint par RFI, X se veut prudent : », a clause before a postposed « a-t-il ajouté » with
# a fragment in marks, « a estimé que "…", selon le compte rendu », Hezbollah « affirme que "…" », the
# army « assure avoir "…" », « Selon lui, », the French minister after a partial of « La France »,
# a displaced man quoting his son (a quote inside a quote), a mayor's one word
o, c = '"', '"'
t177 = (
"Liban: après le cessez-le-feu, l'heure des comptes\n\n"
"Au lendemain de l'entrée en vigueur du cessez-le-feu négocié par les États-Unis entre Israël et le Hezbollah, le Liban fait le bilan d'une semaine de guerre. Selon le ministère libanais de la Santé, au moins 142 personnes ont été tuées et plus de 600 blessées.\n\n"
f"Joint par RFI, le porte-parole de la Finul, Marco Bellini, se veut prudent : {o}La nuit a été calme, mais nous restons très vigilants. Le plus difficile commence maintenant.{c} La force onusienne a recensé {o}une dizaine d'incidents mineurs{c} depuis mercredi matin, a-t-il ajouté, sans qu'aucun ne remette en cause la trêve.\n\n"
f"À Beyrouth, le Premier ministre Samir Daouk a réuni son gouvernement en session extraordinaire. Devant les ministres, il a estimé que {o}l'heure est venue pour l'État d'assumer seul la sécurité du Sud{c}, selon le compte rendu publié par ses services.\n\n"
f"Le Hezbollah, de son côté, a diffusé sur sa chaîne Al-Manar un communiqué dans lequel il rend hommage à ses combattants tués et affirme que {o}l'ennemi n'a atteint aucun de ses objectifs{c}.\n\n"
f"L'armée israélienne assure au contraire avoir {o}démantelé l'essentiel{c} des infrastructures du mouvement près de la frontière. {o}Nous avons détruit des centaines de lance-roquettes et des dizaines de tunnels{c}, a déclaré son porte-parole, le lieutenant-colonel Eyal Dagan.\n\n"
f"L'émissaire américain Daniel Whitaker, qui a quitté la région jeudi, a promis de revenir {o}dans les prochaines semaines{c} pour faire le point sur l'application de l'accord. Selon lui, le comité de surveillance tiendra sa première réunion à Naqoura la semaine prochaine.\n\n"
f"La France, qui siégera dans ce comité, a salué un accord {o}courageux{c}. {o}Paris sera aux côtés du Liban et de son armée{c}, a déclaré jeudi le ministre français des Affaires étrangères, Jean-Baptiste Morel.\n\n"
f"Dans une école de Saïda transformée en centre d'accueil, Ali, 67 ans, refuse encore de partir. {o}Mon fils est allé voir le village. Il m'a dit : 'Papa, il n'y a plus rien'{c}, raconte-t-il.\n\n"
f"Dans le nord d'Israël aussi, les habitants évacués restent sceptiques. Le maire de Kiryat Shmona a jugé l'accord {o}fragile{c}.\n")
MOR34 = ["Jean-Baptiste Morel", "Morel", "M. Morel", "ministre français des Affaires étrangères", "le ministre français des Affaires étrangères", "ministre des Affaires étrangères", "le ministre des Affaires étrangères", "France", "la France", "Paris", "Quai d'Orsay", "le Quai d'Orsay"]
art("w177_radio_cessez_le_feu", "international radio's site", "2028-10-16", t177, [
    ("au moins 142 personnes ont été tuées et plus de 600 blessées", "indirect", ["ministère libanais de la Santé", "le ministère libanais de la Santé", "ministère de la Santé", "le ministère de la Santé"]),
    ("La nuit a été calme, mais nous restons très vigilants. Le plus difficile commence maintenant.", "direct", UNF34),
    (f"La force onusienne a recensé {o}une dizaine d'incidents mineurs{c} depuis mercredi matin", "indirect", UNF34),
    ("une dizaine d'incidents mineurs", "partial", UNF34),
    (f"{o}l'heure est venue pour l'État d'assumer seul la sécurité du Sud{c}", "indirect", PM34),
    ("l'heure est venue pour l'État d'assumer seul la sécurité du Sud", "partial", PM34),
    (f"{o}l'ennemi n'a atteint aucun de ses objectifs{c}", "indirect", HEZ34),
    ("l'ennemi n'a atteint aucun de ses objectifs", "partial", HEZ34),
    ("démantelé l'essentiel", "partial", ARMY34),
    ("Nous avons détruit des centaines de lance-roquettes et des dizaines de tunnels", "direct", ARMY34),
    ("dans les prochaines semaines", "partial", ENV34),
    ("le comité de surveillance tiendra sa première réunion à Naqoura la semaine prochaine", "indirect", ENV34),
    ("courageux", "partial", MOR34),
    ("Paris sera aux côtés du Liban et de son armée", "direct", MOR34),
    ("Mon fils est allé voir le village. Il m'a dit : 'Papa, il n'y a plus rien'", "direct", ["Ali"]),
    ("fragile", "partial", ["maire de Kiryat Shmona", "le maire de Kiryat Shmona"]),
])

# 178. a Catholic daily, guillemets with no-break spaces: the Maronite patriarch's homily (a headline
# repeating a fragment of the body, « a exhorté X à « … » », a Gospel verse inside his own quote with
# « dit le Seigneur », an apposition in marks, « tout en rappelant que »), the Holy See's « soulagement »,
# the pope « avait demandé de prier « … » », UNIFIL « a fait état de « … » », the prime minister
# « a assuré que », a nun after her words, a farmer after a colon and « Il dit vouloir rentrer « … » »,
# an anonymous priest « estime que « … » », the Israeli office « a réaffirmé qu'… « … » »
o, c = "«" + NB, NB + "»"
t178 = (
f"Au Liban, le patriarche maronite appelle à {o}désarmer les cœurs{c}\n\n"
"Dimanche 19 octobre, quatre jours après l'entrée en vigueur du cessez-le-feu entre Israël et le Hezbollah, le patriarche maronite, le cardinal Boutros Raffoul, a célébré la messe à Bkerké devant plusieurs centaines de fidèles, dont de nombreuses familles chrétiennes déplacées des villages frontaliers de Rmeich et d'Aïn Ebel.\n\n"
f"Dans son homélie, consacrée à l'Évangile des Béatitudes, il a exhorté les Libanais à {o}désarmer les cœurs avant de désarmer les mains{c}. {o}Heureux les artisans de paix, dit le Seigneur. Mais la paix ne se décrète pas dans les chancelleries : elle se construit dans chaque maison, dans chaque village{c}, a lancé le patriarche, dont les mots ont été longuement applaudis.\n\n"
f"Le chef de l'Église maronite a salué les efforts de l'émissaire américain Daniel Whitaker et ceux de la France, {o}fidèle amie du Liban{c}, tout en rappelant que l'État devait être {o}le seul à détenir les armes{c}, une allusion transparente au Hezbollah.\n\n"
f"Dès mercredi, le Saint-Siège avait fait part de son {o}soulagement{c}. Le pape, lors de l'audience générale, avait demandé de prier {o}pour le Liban, pour Israël et pour tous ceux qui ont tout perdu{c}.\n\n"
f"Sur le terrain, la trêve tient, mais reste fragile. Le porte-parole de la Finul, Marco Bellini, a fait état de {o}violations ponctuelles{c} sans gravité, tandis que le Premier ministre Samir Daouk a assuré que l'armée libanaise avait commencé à se déployer dans le secteur de Marjayoun.\n\n"
f"{o}Les gens rentrent, mais beaucoup n'ont plus de toit. Nous distribuons des couvertures, des matelas, des kits d'hygiène{c}, explique sœur Marie-Joseph, religieuse des Sœurs des Saints-Cœurs, qui coordonne l'accueil des déplacés à Jounieh.\n\n"
f"Parmi eux, Georges, un agriculteur de Rmeich, ne cache pas son inquiétude : {o}Nos oliviers ont brûlé. Cette année, il n'y aura pas de récolte.{c} Il dit pourtant vouloir rentrer {o}dès que l'armée nous le permettra{c}.\n\n"
f"Interrogé par La Croix, un prêtre de Tyr, qui a souhaité garder l'anonymat, estime que {o}la guerre a rapproché chrétiens et musulmans du Sud, qui ont fui ensemble et ont dormi sous le même toit{c}.\n\n"
f"À Jérusalem, le bureau du Premier ministre israélien a réaffirmé jeudi qu'Israël {o}ne tolérera aucun retour du Hezbollah{c} au sud du Litani.\n")
PAT34 = ["Boutros Raffoul", "Raffoul", "cardinal Boutros Raffoul", "le cardinal Boutros Raffoul", "patriarche maronite", "le patriarche maronite", "patriarche", "le patriarche", "chef de l'Église maronite", "le chef de l'Église maronite", "cardinal", "le cardinal"]
GEO34 = ["Georges", "un agriculteur de Rmeich", "agriculteur de Rmeich", "agriculteur", "un agriculteur"]
PRE34 = ["prêtre de Tyr", "un prêtre de Tyr", "prêtre", "un prêtre"]
art("w178_catholic_daily_cessez_le_feu", "Catholic daily", "2028-10-20", t178, [
    ("désarmer les cœurs avant de désarmer les mains", "partial", PAT34),
    ("Heureux les artisans de paix, dit le Seigneur. Mais la paix ne se décrète pas dans les chancelleries : elle se construit dans chaque maison, dans chaque village", "direct", PAT34),
    ("fidèle amie du Liban", "partial", PAT34),
    (f"l'État devait être {o}le seul à détenir les armes{c}", "indirect", PAT34),
    ("le seul à détenir les armes", "partial", PAT34),
    ("soulagement", "partial", ["Saint-Siège", "le Saint-Siège", "Vatican", "le Vatican"]),
    ("pour le Liban, pour Israël et pour tous ceux qui ont tout perdu", "partial", ["pape", "le pape"]),
    ("violations ponctuelles", "partial", UNF34),
    ("l'armée libanaise avait commencé à se déployer dans le secteur de Marjayoun", "indirect", PM34),
    ("Les gens rentrent, mais beaucoup n'ont plus de toit. Nous distribuons des couvertures, des matelas, des kits d'hygiène", "direct", ["sœur Marie-Joseph", "Marie-Joseph", "religieuse des Sœurs des Saints-Cœurs", "religieuse"]),
    ("Nos oliviers ont brûlé. Cette année, il n'y aura pas de récolte.", "direct", GEO34),
    ("dès que l'armée nous le permettra", "partial", GEO34),
    (f"{o}la guerre a rapproché chrétiens et musulmans du Sud, qui ont fui ensemble et ont dormi sous le même toit{c}", "indirect", PRE34),
    ("la guerre a rapproché chrétiens et musulmans du Sud, qui ont fui ensemble et ont dormi sous le même toit", "partial", PRE34),
    (f"Israël {o}ne tolérera aucun retour du Hezbollah{c} au sud du Litani", "indirect", ISPM34),
    ("ne tolérera aucun retour du Hezbollah", "partial", ISPM34),
])

# batch 35
# 179-183. one invented event: the (invented) carmaker Nordhavn Motors announces the closure of its
# plant in Vernange (Moselle, 1,150 jobs) by the end of 2028; its CEO Henrik Lindqvist (an English
# press release, quoted translated), the France head Sophie Carrère, the industry minister Marc
# Deschamps on TV, the union delegates (CGT Karim Benali, CFDT Nathalie Morel, FO Jean-Pierre
# Lacombe), the mayor Gérard Feltz, the Grand Est region's president Hélène Marquis, workers by first
# name and age, an economist (Laurent Vidal, OFCE), told by five outlets. Each article's gold is independent.
LIN35 = ["Henrik Lindqvist", "Lindqvist", "M. Lindqvist", "directeur général", "le directeur général", "directeur général de Nordhavn", "le directeur général de Nordhavn", "directeur général du groupe", "le directeur général du groupe", "patron du groupe", "le patron du groupe", "PDG", "le PDG", "Nordhavn", "Nordhavn Motors", "groupe", "le groupe", "constructeur", "le constructeur", "direction", "la direction"]
NOR35 = ["Nordhavn", "Nordhavn Motors", "groupe", "le groupe", "constructeur", "le constructeur", "direction", "la direction", "Henrik Lindqvist", "Lindqvist"]
CAR35 = ["Sophie Carrère", "Carrère", "Mme Carrère", "directrice générale de Nordhavn France", "la directrice générale de Nordhavn France", "directrice générale", "la directrice générale", "patronne de la filiale française", "la patronne de la filiale française", "Nordhavn France", "Nordhavn", "direction", "la direction"]
DES35 = ["Marc Deschamps", "Deschamps", "M. Deschamps", "ministre de l'Industrie", "le ministre de l'Industrie", "ministre", "le ministre", "gouvernement", "le gouvernement"]
BEN35 = ["Karim Benali", "Benali", "délégué CGT", "le délégué CGT", "délégué CGT de l'usine", "le délégué CGT de l'usine", "CGT", "la CGT"]
MOR35 = ["Nathalie Morel", "Morel", "déléguée CFDT", "la déléguée CFDT", "CFDT", "la CFDT"]
LAC35 = ["Jean-Pierre Lacombe", "Lacombe", "délégué syndical central FO", "le délégué syndical central FO", "délégué FO", "le délégué FO", "FO"]
FEL35 = ["Gérard Feltz", "Feltz", "M. Feltz", "maire de Vernange", "le maire de Vernange", "maire", "le maire", "édile", "l'édile"]
MAQ35 = ["Hélène Marquis", "Marquis", "Mme Marquis", "présidente de la région Grand Est", "la présidente de la région Grand Est", "présidente de région", "la présidente de région", "présidente de la région", "la présidente de la région", "région", "la région", "Région Grand Est", "la Région Grand Est"]
VID35 = ["Laurent Vidal", "Vidal", "économiste", "l'économiste", "économiste à l'OFCE", "l'économiste à l'OFCE", "OFCE"]
JUL35 = ["Julien"]
SAN35 = ["Sandrine"]
MEH35 = ["Mehdi"]

# 179. an economic daily, guillemets with no-break spaces: the CEO's English press release quoted
# translated (« écrit X dans un communiqué en anglais », « selon le communiqué »), a plan's name in
# marks (not a quote), the France head in an interview (« explique-t-elle », « assure que »), the
# minister on TV (« a jugé … que »), the FO delegate (« a prévenu X »), an economist (« Pour X, »,
# « relève-t-il »), a postposed « …, a indiqué le groupe. »
o, c = "«" + NB, NB + "»"
t179 = (
"Automobile : Nordhavn va fermer son usine de Vernange, 1 150 emplois menacés\n\n"
f"Le constructeur suédo-américain Nordhavn Motors a confirmé mardi la fermeture d'ici à la fin de 2028 de son usine de Vernange, en Moselle, qui assemble depuis 1994 ses citadines pour le marché européen. La décision s'inscrit dans le plan stratégique {o}Horizon 2030{c}, présenté aux investisseurs en mars, qui prévoit de ramener de neuf à six le nombre de sites d'assemblage du groupe en Europe.\n\n"
f"{o}Cette décision est douloureuse, mais elle est nécessaire pour garantir l'avenir de Nordhavn en Europe face à une concurrence chinoise qui ne nous laisse aucun répit{c}, écrit le directeur général du groupe, Henrik Lindqvist, dans un communiqué publié en anglais. Selon le communiqué, la production de la citadine Nova sera transférée en 2028 vers l'usine slovaque de Žilina, dont les coûts de production sont inférieurs d'environ 30 %.\n\n"
"Un plan de sauvegarde de l'emploi (PSE) sera présenté aux représentants du personnel d'ici à la fin du mois, a indiqué le groupe.\n\n"
"Des reclassements promis\n\n"
f"Dans un entretien à nos journaux, la directrice générale de Nordhavn France, Sophie Carrère, défend un calendrier {o}responsable{c}. {o}Nous avons vingt-quatre mois devant nous. Chaque salarié se verra proposer au moins deux offres de reclassement, dont une au sein du groupe{c}, explique-t-elle. Elle assure que l'entreprise financera la reconversion du site et n'a {o}aucune intention de laisser une friche{c} derrière elle.\n\n"
f"Invité mardi soir du journal de France 2, le ministre de l'Industrie, Marc Deschamps, a jugé {o}inacceptable{c} qu'un groupe ayant perçu des aides publiques ferme un site rentable. Il a annoncé que l'État demanderait le remboursement des subventions versées depuis 2020, soit près de 40 millions d'euros.\n\n"
f"Les syndicats, eux, contestent le diagnostic. {o}Vernange a dégagé des bénéfices trois années sur quatre. On ferme une usine qui gagne de l'argent pour faire plaisir aux actionnaires{c}, a prévenu Jean-Pierre Lacombe, délégué syndical central FO.\n\n"
"Une surcapacité européenne\n\n"
f"Pour Laurent Vidal, économiste à l'OFCE, la fermeture illustre la surcapacité chronique des usines européennes, utilisées à peine aux deux tiers. {o}Vernange ne sera pas la dernière. Tant que les volumes ne repartent pas, les constructeurs vont concentrer leur production là où elle coûte le moins{c}, relève-t-il. Selon lui, la région paiera aussi le prix chez les sous-traitants, qui emploient environ 2 000 personnes autour du site.\n")
art("w179_eco_usine", "economic daily", "2027-11-16", t179, [
    ("Cette décision est douloureuse, mais elle est nécessaire pour garantir l'avenir de Nordhavn en Europe face à une concurrence chinoise qui ne nous laisse aucun répit", "direct", LIN35),
    ("la production de la citadine Nova sera transférée en 2028 vers l'usine slovaque de Žilina, dont les coûts de production sont inférieurs d'environ 30 %", "indirect", LIN35 + ["communiqué", "le communiqué"]),
    ("Un plan de sauvegarde de l'emploi (PSE) sera présenté aux représentants du personnel d'ici à la fin du mois", "indirect", NOR35),
    ("responsable", "partial", CAR35),
    ("Nous avons vingt-quatre mois devant nous. Chaque salarié se verra proposer au moins deux offres de reclassement, dont une au sein du groupe", "direct", CAR35),
    (f"l'entreprise financera la reconversion du site et n'a {o}aucune intention de laisser une friche{c} derrière elle", "indirect", CAR35),
    ("aucune intention de laisser une friche", "partial", CAR35),
    ("inacceptable", "partial", DES35),
    ("l'État demanderait le remboursement des subventions versées depuis 2020, soit près de 40 millions d'euros", "indirect", DES35),
    ("Vernange a dégagé des bénéfices trois années sur quatre. On ferme une usine qui gagne de l'argent pour faire plaisir aux actionnaires", "direct", LAC35),
    ("la fermeture illustre la surcapacité chronique des usines européennes, utilisées à peine aux deux tiers", "indirect", VID35),
    ("Vernange ne sera pas la dernière. Tant que les volumes ne repartent pas, les constructeurs vont concentrer leur production là où elle coûte le moins", "direct", VID35),
    ("la région paiera aussi le prix chez les sous-traitants, qui emploient environ 2 000 personnes autour du site", "indirect", VID35),
])

# 180. a national popular daily, straight quotes, short paragraphs and many direct quotes: workers by
# first name and age (« lâche Julien, 34 ans », « Sandrine, 51 ans, … : "…" »), the CGT delegate with
# an incise inside the marks, a nickname in marks (not a quote), the mayor (« a réagi X »), the minister
# on TV (« a-t-il lancé sur TF1 »), the CEO's press release (« promet le patron du groupe »)
o, c = '"', '"'
t180 = (
"Usine Nordhavn de Vernange : \"On nous jette comme des pièces usées\"\n\n"
"La nouvelle est tombée mardi à 9 heures, par un mail. L'usine Nordhavn de Vernange, en Moselle, fermera fin 2028. 1 150 salariés sont concernés.\n\n"
f"Devant les grilles, la colère se mêle aux larmes. {o}On nous jette comme des pièces usées{c}, lâche Julien, 34 ans, cariste depuis douze ans.\n\n"
f"Sandrine, 51 ans, a passé vingt-huit ans sur la ligne de montage. Elle ne retient plus ses larmes : {o}J'ai donné mon dos à cette boîte. À mon âge, qui va m'embaucher ?{c}\n\n"
f"Mehdi, 27 ans, est intérimaire. Il a appris la nouvelle par un collègue. {o}Moi, je n'aurai même pas droit au plan social{c}, soupire-t-il.\n\n"
f"A l'intérieur, le comité social et économique a été convoqué en urgence. Karim Benali, le délégué CGT, en sort furieux. {o}Ils ont attendu la fin des vacances pour nous planter un couteau dans le dos, s'emporte-t-il. Mais on ne se laissera pas faire.{c}\n\n"
f"Dans la ville, tout le monde connaît {o}la Nordhavn{c}, comme on appelle l'usine ici. Un habitant sur cinq y travaille ou y a travaillé.\n\n"
f"{o}C'est un tremblement de terre pour notre commune{c}, a réagi le maire, Gérard Feltz. {o}Derrière chaque emploi, il y a une famille, une école, un commerce.{c}\n\n"
f"A Paris, le gouvernement hausse le ton. {o}Nordhavn a touché de l'argent public. Il devra rendre des comptes{c}, a lancé le ministre de l'Industrie, Marc Deschamps, sur TF1.\n\n"
f"Dans son communiqué, le patron du groupe, Henrik Lindqvist, parle d'une décision {o}douloureuse{c}. Il promet que {o}chaque salarié sera accompagné{c}.\n\n"
f"Nathalie Morel, de la CFDT, appelle au calme. {o}On a deux ans pour se battre. Il ne faut pas tout casser dès le premier jour{c}, dit-elle.\n\n"
"Jean-Pierre Lacombe, délégué FO, a déjà fait ses comptes : selon lui, au moins 600 salariés ont plus de 50 ans.\n\n"
f"{o}Quand une usine comme celle-ci ferme, c'est tout un bassin d'emploi qui décroche{c}, prévient l'économiste Laurent Vidal.\n\n"
f"Julien n'y croit pas. {o}Ils disent ça à chaque fois. Après, on se retrouve à Pôle emploi avec un chèque et une tape dans le dos.{c}\n")
art("w180_populaire_usine", "national popular daily", "2027-11-16", t180, [
    ("On nous jette comme des pièces usées", "direct", JUL35, 1),
    ("J'ai donné mon dos à cette boîte. À mon âge, qui va m'embaucher ?", "direct", SAN35),
    ("Moi, je n'aurai même pas droit au plan social", "direct", MEH35),
    ("Ils ont attendu la fin des vacances pour nous planter un couteau dans le dos, s'emporte-t-il. Mais on ne se laissera pas faire.", "direct", BEN35),
    ("C'est un tremblement de terre pour notre commune", "direct", FEL35),
    ("Derrière chaque emploi, il y a une famille, une école, un commerce.", "direct", FEL35),
    ("Nordhavn a touché de l'argent public. Il devra rendre des comptes", "direct", DES35),
    ("douloureuse", "partial", LIN35),
    (f"{o}chaque salarié sera accompagné{c}", "indirect", LIN35),
    ("chaque salarié sera accompagné", "partial", LIN35),
    ("On a deux ans pour se battre. Il ne faut pas tout casser dès le premier jour", "direct", MOR35),
    ("au moins 600 salariés ont plus de 50 ans", "indirect", LAC35),
    ("Quand une usine comme celle-ci ferme, c'est tout un bassin d'emploi qui décroche", "direct", VID35),
    ("Ils disent ça à chaque fois. Après, on se retrouve à Pôle emploi avec un chèque et une tape dans le dos.", "direct", JUL35),
])

# 181. the plant's regional daily, guillemets with narrow no-break spaces: the mayor at length (an
# incise inside the marks « …, insiste l'édile, … »), the region's president (« a fait savoir que »,
# « a-t-elle écrit sur X »), the CFDT delegate (« D'après X, » and a partial), a worker (« raconte
# Sandrine, 51 ans »), the France head on site (« a-t-elle déclaré devant les élus », « a-t-elle
# ajouté »), a café's name in marks (not a quote), a pronoun reference (« Selon elle, »)
o, c = "«" + NN, NN + "»"
t181 = (
"Vernange sous le choc après l'annonce de la fermeture de Nordhavn\n\n"
"Il était un peu plus de 10 heures, mardi, quand les premiers ouvriers de l'équipe du matin sont sortis sur le parking, incrédules. Le constructeur Nordhavn Motors venait de confirmer en comité social et économique la fermeture du site, fin 2028. Trente-trois ans après l'inauguration de l'usine par le président de la République de l'époque, c'est tout le bassin de Vernange qui vacille.\n\n"
f"Au café {o}Le Piston{c}, en face de l'entrée principale, on ne parlait que de ça à l'heure du déjeuner. {o}Mon père a fait sa carrière ici, moi aussi. Je pensais que mon fils y entrerait un jour{c}, raconte Sandrine, 51 ans, monteuse sur la ligne finale.\n\n"
f"Le maire, Gérard Feltz, a réuni son conseil municipal en séance extraordinaire dès mardi soir. {o}Nous ne laisserons pas mourir Vernange, insiste l'édile, qui a lui-même travaillé à la peinture dans les années 1990. L'usine, c'est 40 % de nos recettes fiscales.{c} Il demande à rencontrer la direction du groupe {o}dans les huit jours{c}.\n\n"
f"La présidente de la région Grand Est, Hélène Marquis, a fait savoir qu'elle était prête à mobiliser un fonds de revitalisation et à étudier {o}tout projet de reprise sérieux{c}. {o}La Région ne sera pas spectatrice. Nordhavn a reçu des aides régionales, nous en demanderons le remboursement{c}, a-t-elle écrit sur X.\n\n"
f"Venue en personne à Vernange, la directrice générale de Nordhavn France, Sophie Carrère, a été accueillie par des sifflets. {o}Je sais ce que représente cette usine pour vous. Je ne suis pas venue me cacher{c}, a-t-elle déclaré devant les élus. {o}Nous chercherons un repreneur industriel jusqu'au dernier jour{c}, a-t-elle ajouté.\n\n"
f"A la sortie de l'équipe d'après-midi, Julien, 34 ans, cariste, résume le sentiment général. {o}On savait que les volumes baissaient. Mais personne ne pensait qu'ils oseraient fermer{c}, confie-t-il. Le délégué FO, Jean-Pierre Lacombe, a annoncé que l'intersyndicale appelait à un débrayage dès mercredi midi.\n\n"
f"Des promesses qui laissent sceptique Nathalie Morel, déléguée CFDT. D'après elle, aucun repreneur ne s'est manifesté lors des deux précédentes restructurations du site. Selon elle, la direction cherche surtout à {o}gagner du temps{c} pour éviter un conflit dur avant l'été.\n")
art("w181_regional_usine", "the plant's regional daily", "2027-11-17", t181, [
    ("Mon père a fait sa carrière ici, moi aussi. Je pensais que mon fils y entrerait un jour", "direct", SAN35),
    ("Nous ne laisserons pas mourir Vernange, insiste l'édile, qui a lui-même travaillé à la peinture dans les années 1990. L'usine, c'est 40 % de nos recettes fiscales.", "direct", FEL35),
    ("dans les huit jours", "partial", FEL35),
    (f"elle était prête à mobiliser un fonds de revitalisation et à étudier {o}tout projet de reprise sérieux{c}", "indirect", MAQ35),
    ("tout projet de reprise sérieux", "partial", MAQ35),
    ("La Région ne sera pas spectatrice. Nordhavn a reçu des aides régionales, nous en demanderons le remboursement", "direct", MAQ35),
    ("Je sais ce que représente cette usine pour vous. Je ne suis pas venue me cacher", "direct", CAR35),
    ("Nous chercherons un repreneur industriel jusqu'au dernier jour", "direct", CAR35),
    ("On savait que les volumes baissaient. Mais personne ne pensait qu'ils oseraient fermer", "direct", JUL35),
    ("l'intersyndicale appelait à un débrayage dès mercredi midi", "indirect", LAC35),
    ("aucun repreneur ne s'est manifesté lors des deux précédentes restructurations du site", "indirect", MOR35),
    (f"la direction cherche surtout à {o}gagner du temps{c} pour éviter un conflit dur avant l'été", "indirect", MOR35),
    ("gagner du temps", "partial", MOR35),
])

# 182. a public radio's news site, curly marks: the minister as the morning show's guest (« a affirmé
# X au micro de », « a-t-il poursuivi », « a estimé que »), the CEO's press release translated
# (« peut-on lire dans le communiqué », « le PDG … justifie la fermeture par »), reported speech without
# marks (« …, a assuré la direction. »), the CGT delegate (« selon X, »), the economist
# (« estime l'économiste »), a programme's name in marks (not a quote)
o, c = "“", "”"
t182 = (
"Fermeture de l'usine Nordhavn de Vernange : l'État “ne lâchera rien”, promet Marc Deschamps\n\n"
f"Au lendemain de l'annonce de la fermeture de l'usine Nordhavn de Vernange, le ministre de l'Industrie était l'invité de notre matinale mercredi. {o}L'État ne lâchera rien. Nous allons examiner chaque euro d'aide publique touché par ce groupe{c}, a affirmé Marc Deschamps au micro de notre radio. {o}Si Nordhavn part, il partira en remboursant{c}, a-t-il poursuivi.\n\n"
"Le ministre a estimé que la fermeture d'un site rentable était un très mauvais signal pour la réindustrialisation du pays. Il a indiqué qu'il recevrait les représentants syndicaux à Bercy la semaine prochaine.\n\n"
f"Du côté du constructeur, le ton se veut rassurant. {o}Nous mesurons pleinement l'impact humain de cette décision et nous accompagnerons chacun de nos collègues de Vernange{c}, peut-on lire dans le communiqué diffusé en anglais par le groupe. Le PDG, Henrik Lindqvist, y justifie la fermeture par l'effondrement des ventes de petites voitures thermiques en Europe.\n\n"
"Aucun licenciement sec n'interviendra avant 2028, a assuré la direction mardi soir.\n\n"
f"Un argument qui ne convainc pas les syndicats. Selon Karim Benali, délégué CGT de l'usine, le groupe a bénéficié du dispositif {o}France Relance{c} pour moderniser la ligne de peinture il y a trois ans à peine. {o}On nous a fait investir, on nous a fait changer nos méthodes, et maintenant on nous dit merci et au revoir{c}, dénonce-t-il.\n\n"
f"Sur le parking de l'usine, l'inquiétude domine. {o}J'ai 51 ans, un crédit sur la maison jusqu'en 2039. Je fais quoi, moi ?{c}, s'interroge Sandrine, ouvrière sur la ligne de montage depuis 1999. Le maire de Vernange, Gérard Feltz, redoute {o}un effet domino{c} chez les sous-traitants. La présidente de la région Grand Est, Hélène Marquis, a annoncé qu'une cellule de reclassement serait ouverte dès janvier à Vernange.\n\n"
f"{o}L'État a peu de leviers juridiques. Il peut exiger le remboursement des aides, mais il ne peut pas interdire à une entreprise de fermer une usine{c}, estime l'économiste Laurent Vidal, de l'OFCE.\n")
art("w182_radio_usine", "public radio's news site", "2027-11-17", t182, [
    ("L'État ne lâchera rien. Nous allons examiner chaque euro d'aide publique touché par ce groupe", "direct", DES35),
    ("Si Nordhavn part, il partira en remboursant", "direct", DES35),
    ("la fermeture d'un site rentable était un très mauvais signal pour la réindustrialisation du pays", "indirect", DES35),
    ("il recevrait les représentants syndicaux à Bercy la semaine prochaine", "indirect", DES35),
    ("Nous mesurons pleinement l'impact humain de cette décision et nous accompagnerons chacun de nos collègues de Vernange", "direct", NOR35 + ["communiqué", "le communiqué"]),
    ("Aucun licenciement sec n'interviendra avant 2028", "indirect", NOR35 + CAR35),
    (f"le groupe a bénéficié du dispositif {o}France Relance{c} pour moderniser la ligne de peinture il y a trois ans à peine", "indirect", BEN35),
    ("On nous a fait investir, on nous a fait changer nos méthodes, et maintenant on nous dit merci et au revoir", "direct", BEN35),
    ("J'ai 51 ans, un crédit sur la maison jusqu'en 2039. Je fais quoi, moi ?", "direct", SAN35),
    ("un effet domino", "partial", FEL35),
    ("une cellule de reclassement serait ouverte dès janvier à Vernange", "indirect", MAQ35),
    ("L'État a peu de leviers juridiques. Il peut exiger le remboursement des aides, mais il ne peut pas interdire à une entreprise de fermer une usine", "direct", VID35),
])

# 183. a left-leaning daily, guillemets with no space: chanted slogans in marks (« aux cris de « … » »,
# « scandaient les grévistes »), the three union delegates (« prévient X, de la CGT », « a lancé X
# au mégaphone », « Pour X (FO), »), workers by first name and age, the CEO's « décision douloureuse »
# mocked in marks (a partial of his), the region's president (« a-t-elle promis »), the minister
# (« a promis que … « … » »)
o, c = "«", "»"
t183 = (
"A Vernange, les Nordhavn refusent d'être «la variable d'ajustement»\n\n"
f"Ils étaient près de huit cents, mercredi midi, devant les grilles de l'usine Nordhavn de Vernange. Drapeaux rouges de la CGT, chasubles orange de la CFDT, ballons de FO : l'intersyndicale avait appelé à un débrayage au lendemain de l'annonce de la fermeture du site. {o}Nordhavn, rends l'argent !{c} scandaient les grévistes, bientôt rejoints par des salariés des sous-traitants.\n\n"
f"Au mégaphone, Karim Benali, délégué CGT, n'a pas mâché ses mots. {o}Ils nous parlent de compétitivité. Nous, on parle de nos gosses, de nos crédits, de nos vies !{c} a-t-il lancé sous les applaudissements. Le syndicaliste rappelle que le groupe a versé 2,4 milliards d'euros de dividendes l'an dernier.\n\n"
f"La {o}décision douloureuse{c} invoquée par le PDG, Henrik Lindqvist, dans son communiqué en anglais fait ricaner les anciens. {o}Douloureuse pour qui ? Lui, il garde son bonus{c}, lance Patrick, 58 ans, dont trente-six passés à l'emboutissage.\n\n"
f"Nathalie Morel, déléguée CFDT, a mis en garde contre toute division entre les syndicats. {o}Si on part chacun de son côté, on a perdu d'avance{c}, prévient-elle. Pour Jean-Pierre Lacombe (FO), l'intersyndicale doit exiger {o}un moratoire immédiat{c} sur la fermeture. {o}Nous ne serons pas la variable d'ajustement d'un tableau Excel{c}, dit-il.\n\n"
f"Dans le cortège, Sandrine, 51 ans, monteuse, n'a pas lâché son drapeau. {o}On a sauvé cette usine deux fois en acceptant des sacrifices. La troisième fois, ils la ferment quand même{c}, souffle-t-elle.\n\n"
f"Le cortège s'est ensuite dirigé vers la mairie aux cris de {o}Vernange vivra !{c}. Là, le maire, Gérard Feltz, est venu à la rencontre des manifestants, ceint de son écharpe tricolore. {o}Je suis avec vous, et je le resterai{c}, leur a-t-il assuré.\n\n"
f"La présidente de la région, Hélène Marquis, a promis de réunir les syndicats dès vendredi à Strasbourg. {o}Pas un euro d'argent public ne doit servir à délocaliser{c}, a-t-elle promis. Le ministre de l'Industrie, Marc Deschamps, a quant à lui promis que l'État se montrerait {o}intraitable{c}. Mehdi, 27 ans, intérimaire, hausse les épaules : {o}On a déjà entendu ça à Florange.{c}\n")
PAT35 = ["Patrick"]
art("w183_gauche_usine", "left-leaning daily", "2027-11-18", t183, [
    ("Nordhavn, rends l'argent !", "direct", ["grévistes", "les grévistes"]),
    ("Ils nous parlent de compétitivité. Nous, on parle de nos gosses, de nos crédits, de nos vies !", "direct", BEN35),
    ("le groupe a versé 2,4 milliards d'euros de dividendes l'an dernier", "indirect", BEN35),
    ("décision douloureuse", "partial", LIN35),
    ("Douloureuse pour qui ? Lui, il garde son bonus", "direct", PAT35),
    ("Si on part chacun de son côté, on a perdu d'avance", "direct", MOR35),
    (f"l'intersyndicale doit exiger {o}un moratoire immédiat{c} sur la fermeture", "indirect", LAC35),  # Pour X, … reports its clause, as the reference gold does; brought to convention after the blind score
    ("un moratoire immédiat", "partial", LAC35),
    ("Nous ne serons pas la variable d'ajustement d'un tableau Excel", "direct", LAC35),
    ("On a sauvé cette usine deux fois en acceptant des sacrifices. La troisième fois, ils la ferment quand même", "direct", SAN35),
    ("Vernange vivra !", "direct", ["manifestants", "les manifestants", "cortège", "le cortège"]),
    ("Je suis avec vous, et je le resterai", "direct", FEL35),
    ("Pas un euro d'argent public ne doit servir à délocaliser", "direct", MAQ35),
    (f"l'État se montrerait {o}intraitable{c}", "indirect", DES35),
    ("intraitable", "partial", DES35),
    ("On a déjà entendu ça à Florange.", "direct", MEH35),
])

# batch 36
# 184-188. one invented event: the UN Security Council votes on a draft resolution (penned by France and
# the United Kingdom) demanding a ceasefire in the (invented) Sahel country of Kadaré, at war with itself
# for eighteen months; 13 votes for, China abstains, Russia vetoes. Speakers: the ambassadors Linda
# Harper (United States, quoted translated, the English original in brackets once), Vassili Orlov
# (Russia), Geng Lian (China), Claire Vautrin (France), Oliver Wyatt (United Kingdom), the
# secretary-general's spokesperson Marta Oyelaran (the secretary-general is Jonas Halvorsen), Kadaré's
# foreign ministry (a communiqué), the NGO Secours sans frontières' emergency coordinator Thomas Kaboré,
# an anonymous diplomat, refugees by first name; told by five outlets. Each article's gold is independent.
HAR36 = ["Linda Harper", "Harper", "Mme Harper", "ambassadrice américaine", "l'ambassadrice américaine", "ambassadrice des États-Unis", "l'ambassadrice des États-Unis", "ambassadrice des États-Unis à l'ONU", "l'ambassadrice des États-Unis à l'ONU", "représentante américaine", "la représentante américaine", "diplomate américaine", "la diplomate américaine", "ambassadrice", "l'ambassadrice", "États-Unis", "les États-Unis", "Washington"]
ORL36 = ["Vassili Orlov", "Orlov", "M. Orlov", "ambassadeur russe", "l'ambassadeur russe", "ambassadeur de Russie", "l'ambassadeur de Russie", "représentant russe", "le représentant russe", "diplomate russe", "le diplomate russe", "Russie", "la Russie", "Moscou"]
GEN36 = ["Geng Lian", "Geng", "M. Geng", "ambassadeur chinois", "l'ambassadeur chinois", "représentant chinois", "le représentant chinois", "Chine", "la Chine", "Pékin"]
VAU36 = ["Claire Vautrin", "Vautrin", "Mme Vautrin", "ambassadrice française", "l'ambassadrice française", "ambassadrice de France", "l'ambassadrice de France", "représentante française", "la représentante française", "France", "la France", "Paris"]
WYA36 = ["Oliver Wyatt", "Wyatt", "M. Wyatt", "ambassadeur britannique", "l'ambassadeur britannique", "représentant britannique", "le représentant britannique", "homologue britannique", "son homologue britannique", "Royaume-Uni", "le Royaume-Uni", "Londres"]
QUAI36 = ["Quai d'Orsay", "le Quai d'Orsay", "ministère des Affaires étrangères", "le ministère des Affaires étrangères", "diplomatie française", "la diplomatie française", "France", "la France", "Paris"]
OYE36 = ["Marta Oyelaran", "Oyelaran", "Mme Oyelaran", "porte-parole du secrétaire général", "la porte-parole du secrétaire général", "porte-parole", "la porte-parole", "sa porte-parole", "Jonas Halvorsen", "Halvorsen", "secrétaire général", "le secrétaire général", "secrétaire général de l'ONU", "le secrétaire général de l'ONU", "ONU", "l'ONU", "Nations unies", "les Nations unies"]
KAD36 = ["ministère kadaréen des Affaires étrangères", "le ministère kadaréen des Affaires étrangères", "ministère des Affaires étrangères", "le ministère des Affaires étrangères", "diplomatie kadaréenne", "la diplomatie kadaréenne", "gouvernement kadaréen", "le gouvernement kadaréen", "autorités kadaréennes", "les autorités kadaréennes", "Kadaré", "le Kadaré", "Tessoumi", "communiqué", "le communiqué"]
KAB36 = ["Thomas Kaboré", "Kaboré", "M. Kaboré", "coordinateur des urgences", "le coordinateur des urgences", "coordinateur des urgences de Secours sans frontières", "le coordinateur des urgences de Secours sans frontières", "coordinateur des urgences de l'ONG Secours sans frontières", "le coordinateur des urgences de l'ONG Secours sans frontières", "Secours sans frontières", "ONG", "l'ONG"]
DIP36 = ["diplomate", "un diplomate", "diplomate occidental", "un diplomate occidental", "diplomate européen", "un diplomate européen", "diplomate africain", "un diplomate africain", "source diplomatique", "une source diplomatique"]
AIS36 = ["Aïssata"]
MOU36 = ["Moussa"]
HAL36 = ["Halima"]

# 184. a Geneva daily, guillemets with no-break spaces: the Russian ambassador's justification
# (« a justifié X juste après le vote », « Selon lui, » with a partial), the US ambassador's incise
# (« a-t-elle lancé »), China's abstention (« a expliqué que … « … » »), the NGO coordinator by phone
# (« résume X, joint par téléphone », « Il affirme que »), the spokesperson (« a indiqué que … et qu'… »),
# Paris and London, the foreign ministry's communiqué (« estimant que »), an anonymous diplomat
# (« confie-t-il »), a rebel coalition's name in marks (not a quote), a refugee after a colon
o, c = "«" + NB, NB + "»"
t184 = (
"Kadaré : la Russie bloque l'appel du Conseil de sécurité à un cessez-le-feu\n\n"
"Le Conseil de sécurité des Nations unies a échoué mardi à New York à adopter le projet de résolution qui exigeait un cessez-le-feu immédiat au Kadaré, pays sahélien déchiré depuis dix-huit mois par la guerre entre l'armée et la coalition rebelle du "
f"{o}Front du renouveau{c}. Treize des quinze membres ont voté pour le texte rédigé par la France et le Royaume-Uni, la Chine s'est abstenue et la Russie a opposé son veto.\n\n"
f"{o}Ce texte n'avait qu'un seul but : ouvrir la porte à une ingérence étrangère dans les affaires d'un État souverain{c}, a justifié l'ambassadeur russe, Vassili Orlov, juste après le vote. Selon lui, le projet ignorait les {o}efforts de médiation africains{c} et mettait sur le même plan le gouvernement légitime et des groupes armés.\n\n"
f"L'ambassadrice américaine, Linda Harper, n'a pas caché sa colère. {o}Aujourd'hui, un seul pays a choisi de protéger les bombes plutôt que les civils{c}, a-t-elle lancé depuis son siège, à deux places de son homologue russe.\n\n"
f"Pékin a adopté une position plus prudente. L'ambassadeur chinois, Geng Lian, a expliqué que son pays s'était abstenu parce que le texte n'avait pas fait l'objet de {o}consultations suffisantes{c} avec les voisins du Kadaré.\n\n"
"Genève en première ligne\n\n"
f"À Genève, où siègent la plupart des agences humanitaires, la déception était palpable mercredi. {o}Chaque jour sans trêve, ce sont des dizaines de morts de plus et des convois qui restent bloqués{c}, résume Thomas Kaboré, coordinateur des urgences de l'ONG Secours sans frontières, joint par téléphone à Tessoumi. Il affirme que ses équipes n'ont plus accès depuis trois semaines à la région de Tassaret, où vivraient 400 000 déplacés.\n\n"
f"La porte-parole du secrétaire général, Marta Oyelaran, a indiqué que Jonas Halvorsen était {o}profondément déçu{c} par l'issue du vote et qu'il appelait toutes les parties à cesser immédiatement les hostilités.\n\n"
f"Paris et Londres promettent de revenir à la charge. {o}Nous ne renoncerons pas. La France présentera un nouveau texte dans les prochains jours{c}, a assuré l'ambassadrice française, Claire Vautrin. Son homologue britannique, Oliver Wyatt, a dénoncé un veto {o}cynique{c}.\n\n"
f"À Tessoumi, le ministère des Affaires étrangères a salué dans un communiqué la {o}position responsable{c} de Moscou, estimant que la crise devait être réglée {o}entre Africains{c}.\n\n"
f"Un diplomate occidental, sous couvert d'anonymat, estime qu'un nouveau texte n'aurait guère plus de chances. {o}Les Russes ont des intérêts sur place, tout le monde le sait. Ils ne lâcheront pas{c}, confie-t-il.\n\n"
f"Dans le camp de Farabé, près de la frontière, Aïssata, qui a fui Tassaret avec ses cinq enfants, ne se fait plus d'illusions : {o}À New York, ils votent. Ici, on enterre nos morts.{c}\n")
art("w184_geneve_onu", "Geneva daily", "2027-12-15", t184, [
    ("Ce texte n'avait qu'un seul but : ouvrir la porte à une ingérence étrangère dans les affaires d'un État souverain", "direct", ORL36),
    (f"le projet ignorait les {o}efforts de médiation africains{c} et mettait sur le même plan le gouvernement légitime et des groupes armés", "indirect", ORL36),
    ("efforts de médiation africains", "partial", ORL36),
    ("Aujourd'hui, un seul pays a choisi de protéger les bombes plutôt que les civils", "direct", HAR36),
    (f"son pays s'était abstenu parce que le texte n'avait pas fait l'objet de {o}consultations suffisantes{c} avec les voisins du Kadaré", "indirect", GEN36),
    ("consultations suffisantes", "partial", GEN36),
    ("Chaque jour sans trêve, ce sont des dizaines de morts de plus et des convois qui restent bloqués", "direct", KAB36),
    ("ses équipes n'ont plus accès depuis trois semaines à la région de Tassaret, où vivraient 400 000 déplacés", "indirect", KAB36),
    (f"Jonas Halvorsen était {o}profondément déçu{c} par l'issue du vote et qu'il appelait toutes les parties à cesser immédiatement les hostilités", "indirect", OYE36),
    ("profondément déçu", "partial", OYE36),
    ("Nous ne renoncerons pas. La France présentera un nouveau texte dans les prochains jours", "direct", VAU36),
    ("cynique", "partial", WYA36),
    ("position responsable", "partial", KAD36),
    (f"la crise devait être réglée {o}entre Africains{c}", "indirect", KAD36),
    ("entre Africains", "partial", KAD36),
    ("un nouveau texte n'aurait guère plus de chances", "indirect", DIP36),
    ("Les Russes ont des intérêts sur place, tout le monde le sait. Ils ne lâcheront pas", "direct", DIP36),
    ("À New York, ils votent. Ici, on enterre nos morts.", "direct", AIS36),
])

# 185. a Québec daily, guillemets with narrow no-break spaces, a dateline in capitals with a vertical
# bar: the US ambassador translated with the English original in brackets after the cue, the Russian
# ambassador (« a déclaré X, en russe », « a accusé les Occidentaux de vouloir « … » »), China
# (« a plaidé pour « … » »), the spokesperson (« a affirmé en point de presse que », « a-t-elle
# ajouté »), « Selon une source diplomatique qui a requis l'anonymat, », the Quai d'Orsay (« a annoncé
# que »), a refugee in Montréal, the NGO coordinator (« déplore X »)
o, c = "«" + NN, NN + "»"
t185 = (
"Guerre au Kadaré : Moscou oppose son veto à un cessez-le-feu\n\n"
"NEW YORK | La Russie a bloqué mardi un projet de résolution du Conseil de sécurité de l'ONU réclamant un cessez-le-feu au Kadaré, un pays du Sahel où la guerre civile a déjà fait des dizaines de milliers de morts et plus de deux millions de déplacés.\n\n"
"Le texte, porté par la France et le Royaume-Uni, a recueilli treize voix. La Chine s'est abstenue.\n\n"
f"{o}C'est une journée honteuse pour ce Conseil{c}, a lancé l'ambassadrice des États-Unis à l'ONU, Linda Harper ({o}This is a shameful day for this Council{c}). {o}Nous n'oublierons pas qui a empêché l'aide d'arriver aux enfants du Kadaré{c}, a-t-elle ajouté, visiblement émue.\n\n"
f"{o}Ce projet était déséquilibré et la Russie ne pouvait pas le laisser passer{c}, a déclaré pour sa part l'ambassadeur russe, Vassili Orlov, en russe. Le diplomate a accusé les Occidentaux de vouloir {o}imposer une tutelle{c} à un pays africain. L'ambassadeur chinois, Geng Lian, a quant à lui plaidé pour {o}une solution africaine aux problèmes africains{c}.\n\n"
"L'ONU se dit mobilisée\n\n"
f"La porte-parole du secrétaire général, Marta Oyelaran, a affirmé en point de presse que l'organisation restait {o}pleinement mobilisée{c} malgré l'échec du vote. {o}Le secrétaire général continuera de parler à toutes les parties, sans exception{c}, a-t-elle ajouté.\n\n"
"Selon une source diplomatique qui a requis l'anonymat, Moscou aurait proposé en coulisses un texte concurrent, expurgé de toute mention de sanctions.\n\n"
"Le Quai d'Orsay a annoncé mercredi que Paris réunirait d'ici Noël les principaux bailleurs de l'aide humanitaire au Sahel.\n\n"
"Inquiétude à Montréal\n\n"
f"Dans la petite communauté kadaréenne de Montréal, la nouvelle a été accueillie avec abattement. {o}On a de la famille là-bas qui ne mange plus qu'un jour sur deux. Chaque fois que le téléphone sonne, on a peur{c}, raconte Moussa, arrivé au Québec comme réfugié il y a six ans.\n\n"
f"{o}Le veto ne change rien sur le terrain, sinon qu'il donne aux belligérants le sentiment qu'ils peuvent tout se permettre{c}, déplore Thomas Kaboré, coordinateur des urgences de Secours sans frontières, une ONG présente dans trois provinces du pays.\n")
art("w185_quebec_onu", "Québec daily", "2027-12-15", t185, [
    ("C'est une journée honteuse pour ce Conseil", "direct", HAR36),
    ("This is a shameful day for this Council", "direct", HAR36),
    ("Nous n'oublierons pas qui a empêché l'aide d'arriver aux enfants du Kadaré", "direct", HAR36),
    ("Ce projet était déséquilibré et la Russie ne pouvait pas le laisser passer", "direct", ORL36),
    ("imposer une tutelle", "partial", ORL36),
    ("une solution africaine aux problèmes africains", "partial", GEN36),
    (f"l'organisation restait {o}pleinement mobilisée{c} malgré l'échec du vote", "indirect", OYE36),
    ("pleinement mobilisée", "partial", OYE36),
    ("Le secrétaire général continuera de parler à toutes les parties, sans exception", "direct", OYE36),
    ("Moscou aurait proposé en coulisses un texte concurrent, expurgé de toute mention de sanctions", "indirect", DIP36),
    ("Paris réunirait d'ici Noël les principaux bailleurs de l'aide humanitaire au Sahel", "indirect", QUAI36),
    ("On a de la famille là-bas qui ne mange plus qu'un jour sur deux. Chaque fois que le téléphone sonne, on a peur", "direct", MOU36),
    ("Le veto ne change rien sur le terrain, sinon qu'il donne aux belligérants le sentiment qu'ils peuvent tout se permettre", "direct", KAB36),
])

# 186. a French reference daily's analysis, guillemets with no space, long sentences and many partial
# quotes: the Russian ambassador (« en dénonçant un texte « … » et susceptible de « … » »), the US
# ambassador (« a accusé Moscou de « … » »), China (« a estimé que « … » », « se disant « … » »),
# France and the UK (« a promis de revenir « … » », « évoquait un « … » »), an anonymous European
# diplomat (« reconnaît X, sous couvert d'anonymat, pour qui … »), the spokesperson reporting the
# secretary-general (« a rappelé que … et qu'… »), the communiqué (« a remercié … et affirmé que »),
# the NGO (« décrit des hôpitaux « … » »), a refugee after a colon; a mercenary group's name in marks
o, c = "«", "»"
t186 = (
"À l'ONU, le veto russe sur le Kadaré consacre la paralysie du Conseil de sécurité\n\n"
"Il aura fallu moins de dix minutes, mardi 14 décembre, pour que s'effondrent six semaines de négociations. En levant la main contre le projet de résolution qui exigeait un cessez-le-feu immédiat au Kadaré, l'ambassadeur russe, Vassili Orlov, a rappelé que Moscou entendait rester l'arbitre d'une guerre où ses intérêts miniers et les instructeurs du groupe paramilitaire "
f"{o}Sever{c} pèsent lourd.\n\n"
f"Le diplomate russe a justifié ce veto, le troisième de l'année, en dénonçant un texte {o}rédigé à Paris et à Londres sans les Africains{c} et susceptible de {o}récompenser les rebelles{c} en les plaçant sur un pied d'égalité avec les autorités de Tessoumi.\n\n"
f"Washington, qui avait longtemps jugé le projet franco-britannique trop timide avant de s'y rallier, a choisi l'offensive : l'ambassadrice américaine, Linda Harper, a accusé Moscou de {o}vendre des armes aux deux camps et de bloquer la paix entre deux livraisons{c}, une formule qui a fait sourire jusque dans les rangs des pays non alignés.\n\n"
f"Pékin, dont l'abstention était attendue, s'est gardé de désavouer son partenaire : l'ambassadeur chinois, Geng Lian, a estimé que {o}la pression et les sanctions ne ramèneront pas la paix{c}, tout en se disant {o}préoccupé{c} par la situation humanitaire.\n\n"
f"L'ambassadrice française, Claire Vautrin, a promis de revenir {o}très vite{c} devant le Conseil avec un texte {o}centré sur l'humanitaire{c}, tandis que son homologue britannique, Oliver Wyatt, évoquait un {o}jour sombre pour les civils kadaréens{c}. Les deux diplomates savent pourtant que leur marge est étroite. {o}Nous pouvons contourner le Conseil par l'Assemblée générale, mais ses résolutions ne lient personne{c}, reconnaît un diplomate européen, sous couvert d'anonymat, pour qui les Occidentaux paient aussi {o}des années de distraction{c} au Sahel.\n\n"
f"Le secrétariat de l'ONU, lui, s'en tient à une ligne de crête. Sa porte-parole, Marta Oyelaran, a rappelé que Jonas Halvorsen avait qualifié la situation de {o}catastrophe humanitaire d'une ampleur rare{c} et qu'il réclamait un accès {o}sans entraves{c} aux villes assiégées du Nord.\n\n"
f"À Tessoumi, le pouvoir militaire a savouré sa victoire diplomatique. Dans un communiqué publié dans la nuit, le ministère kadaréen des Affaires étrangères a remercié la Russie pour son {o}attachement constant à la souveraineté des États{c} et affirmé que l'armée poursuivrait ses opérations {o}jusqu'à la libération totale du territoire{c}.\n\n"
f"Sur le terrain, les humanitaires redoutent le pire. Thomas Kaboré, coordinateur des urgences de Secours sans frontières, décrit des hôpitaux {o}à court de tout, même de compresses{c}, et des routes coupées par les combats depuis la fin de la saison des pluies.\n\n"
f"Dans le camp de Farabé, Halima, qui a perdu son mari lors du bombardement de Tassaret en août, ne connaît ni le nom de l'ambassadeur russe ni les règles du Conseil : {o}Je veux seulement savoir si je pourrai rentrer chez moi avant que mes enfants oublient notre maison.{c}\n")
art("w186_reference_onu", "French reference daily", "2027-12-16", t186, [
    ("rédigé à Paris et à Londres sans les Africains", "partial", ORL36),
    ("récompenser les rebelles", "partial", ORL36),
    ("vendre des armes aux deux camps et de bloquer la paix entre deux livraisons", "partial", HAR36),
    (f"{o}la pression et les sanctions ne ramèneront pas la paix{c}", "indirect", GEN36),
    ("la pression et les sanctions ne ramèneront pas la paix", "partial", GEN36),
    ("préoccupé", "partial", GEN36),
    ("très vite", "partial", VAU36),
    ("centré sur l'humanitaire", "partial", VAU36),
    ("jour sombre pour les civils kadaréens", "partial", WYA36),
    ("Nous pouvons contourner le Conseil par l'Assemblée générale, mais ses résolutions ne lient personne", "direct", DIP36),
    (f"les Occidentaux paient aussi {o}des années de distraction{c} au Sahel", "indirect", DIP36),
    ("des années de distraction", "partial", DIP36),
    (f"Jonas Halvorsen avait qualifié la situation de {o}catastrophe humanitaire d'une ampleur rare{c} et qu'il réclamait un accès {o}sans entraves{c} aux villes assiégées du Nord", "indirect", OYE36),
    ("catastrophe humanitaire d'une ampleur rare", "partial", OYE36),
    ("sans entraves", "partial", OYE36),
    ("attachement constant à la souveraineté des États", "partial", KAD36),
    (f"l'armée poursuivrait ses opérations {o}jusqu'à la libération totale du territoire{c}", "indirect", KAD36),
    ("jusqu'à la libération totale du territoire", "partial", KAD36),
    ("à court de tout, même de compresses", "partial", KAB36),
    ("Je veux seulement savoir si je pourrai rentrer chez moi avant que mes enfants oublient notre maison.", "direct", HAL36),
])

# 187. an Africa-focused international radio's site, straight marks: a headline repeating a fragment of
# the NGO coordinator's words, « Joint par notre rédaction, X … : "…" », « Pour X, … "…" … », « a-t-il
# lancé devant le Conseil », the communiqué (« Tessoumi y "salue …" et rejette "…" »), the US ambassador
# translated with the English in brackets before the cue and « qui a promis que Washington "…" », China
# (« a dit soutenir "…" »), the spokesperson (« a indiqué que »), an African diplomat (« estime que »,
# « glisse-t-il »), refugees (« s'interroge-t-il », a quote after a colon)
t187 = (
"Kadaré: veto russe à l'ONU, les humanitaires dénoncent un \"feu vert\" aux combats\n\n"
"La Russie a mis mardi son veto à un projet de résolution du Conseil de sécurité des Nations unies qui exigeait un cessez-le-feu immédiat au Kadaré. Treize pays ont voté pour, la Chine s'est abstenue. Au Kadaré comme dans les camps de réfugiés des pays voisins, la nouvelle a été accueillie avec amertume.\n\n"
"Joint par notre rédaction, Thomas Kaboré, coordinateur des urgences de l'ONG Secours sans frontières, ne cache pas sa colère: \"Ce veto, c'est un feu vert donné aux belligérants. Ceux qui bombardent les marchés ont compris ce soir qu'ils ne risquaient rien.\"\n\n"
"Pour l'ambassadeur russe Vassili Orlov, le projet porté par Paris et Londres constituait \"une ingérence\" dans les affaires intérieures d'un pays africain. \"Le Kadaré n'a pas besoin de leçons, il a besoin de soutien\", a-t-il lancé devant le Conseil.\n\n"
"Dans un communiqué publié dans la soirée, le ministère kadaréen des Affaires étrangères s'est félicité du vote. Tessoumi y \"salue la Fédération de Russie pour avoir défendu le droit des Africains à régler leurs propres crises\" et rejette \"toute tentative de mise sous tutelle\".\n\n"
"Washington promet de continuer l'aide\n\n"
"Côté américain, le ton est tout autre. \"Le peuple kadaréen paiera le prix de ce veto\" (\"The people of Kadaré will pay the price for this veto\"), a déclaré l'ambassadrice Linda Harper, qui a promis que Washington \"continuerait à financer l'aide d'urgence\" quoi qu'il arrive au Conseil.\n\n"
"La Chine s'est abstenue. Son représentant, Geng Lian, a dit soutenir \"les efforts de l'Union africaine et des pays voisins\".\n\n"
"La porte-parole du secrétaire général, Marta Oyelaran, a indiqué que les Nations unies lanceraient la semaine prochaine un nouvel appel de fonds de 800 millions de dollars pour le Kadaré.\n\n"
"Un diplomate africain en poste à New York, s'exprimant sous couvert d'anonymat, estime que les trois membres africains du Conseil n'ont pas été assez écoutés pendant la négociation. \"On a voté pour le texte, mais personne ne nous a demandé notre avis avant de l'écrire\", glisse-t-il.\n\n"
"Au camp de Farabé, près de la frontière, Moussa, 34 ans, a appris la nouvelle par la radio. \"Nous pensions que le monde allait enfin faire quelque chose. Maintenant, on attend quoi?\" s'interroge-t-il. Aïssata, elle, ne pense qu'à retourner à Tassaret: \"Ma mère est restée là-bas. Je n'ai plus de nouvelles depuis juin.\"\n")
art("w187_radio_afrique_onu", "Africa-focused international radio site", "2027-12-15", t187, [
    ("Ce veto, c'est un feu vert donné aux belligérants. Ceux qui bombardent les marchés ont compris ce soir qu'ils ne risquaient rien.", "direct", KAB36),
    ("le projet porté par Paris et Londres constituait \"une ingérence\" dans les affaires intérieures d'un pays africain", "indirect", ORL36),
    ("une ingérence", "partial", ORL36),
    ("Le Kadaré n'a pas besoin de leçons, il a besoin de soutien", "direct", ORL36),
    ("salue la Fédération de Russie pour avoir défendu le droit des Africains à régler leurs propres crises", "partial", KAD36),
    ("toute tentative de mise sous tutelle", "partial", KAD36),
    ("Le peuple kadaréen paiera le prix de ce veto", "direct", HAR36),
    ("The people of Kadaré will pay the price for this veto", "direct", HAR36),
    ("Washington \"continuerait à financer l'aide d'urgence\" quoi qu'il arrive au Conseil", "indirect", HAR36),
    ("continuerait à financer l'aide d'urgence", "partial", HAR36),
    ("les efforts de l'Union africaine et des pays voisins", "partial", GEN36),
    ("les Nations unies lanceraient la semaine prochaine un nouvel appel de fonds de 800 millions de dollars pour le Kadaré", "indirect", OYE36),
    ("les trois membres africains du Conseil n'ont pas été assez écoutés pendant la négociation", "indirect", DIP36),
    ("On a voté pour le texte, mais personne ne nous a demandé notre avis avant de l'écrire", "direct", DIP36),
    ("Nous pensions que le monde allait enfin faire quelque chose. Maintenant, on attend quoi?", "direct", MOU36),
    ("Ma mère est restée là-bas. Je n'ai plus de nouvelles depuis juin.", "direct", AIS36),
])

# 188. a Belgian popular daily, curly marks: a headline with a quote repeating the body, short punchy
# paragraphs, postposed cues (« a tonné », « a répliqué », « promet l'ambassadrice française », « a
# résumé », « a réagi sa porte-parole », « résume X (ONG) »), « parle d'un veto “…” », the Quai d'Orsay
# (« parle d'un “…” »), the communiqué (« remercie “…” »), an anonymous diplomat and a refugee after a
# colon with no verb, « Les Occidentaux » as a group (no quote)
o, c = "“", "”"
t188 = (
"“Une honte” : la Russie bloque la paix au Kadaré\n\n"
"Coup de froid à New York. La Russie a opposé mardi son veto à une résolution du Conseil de sécurité qui exigeait l'arrêt immédiat des combats au Kadaré, en pleine guerre civile depuis un an et demi. Treize pays ont voté pour. La Chine s'est abstenue. Résultat : rien.\n\n"
f"{o}C'est une honte. Des enfants meurent pendant qu'on se cache derrière la souveraineté{c}, a tonné l'ambassadeur britannique Oliver Wyatt, dont le pays avait rédigé le texte avec la France.\n\n"
f"Moscou assume. {o}Nous ne voterons jamais pour un texte écrit contre un gouvernement africain{c}, a répliqué Vassili Orlov, l'ambassadeur russe, bras croisés.\n\n"
f"Les Occidentaux fulminent. L'ambassadrice américaine Linda Harper parle d'un veto {o}irresponsable{c}. À Paris, le Quai d'Orsay dénonce un {o}blocage inacceptable{c}. {o}On reviendra. Avec le même texte s'il le faut{c}, promet l'ambassadrice française Claire Vautrin.\n\n"
f"Pékin, lui, joue la prudence. {o}Le dialogue reste la seule voie{c}, a résumé l'ambassadeur chinois Geng Lian.\n\n"
f"À l'ONU, on ne cache plus son découragement. {o}Le secrétaire général est consterné{c}, a réagi sa porte-parole, Marta Oyelaran.\n\n"
f"À Tessoumi, en revanche, le régime jubile. Dans un communiqué, la diplomatie kadaréenne remercie {o}les amis sincères{c} du pays.\n\n"
"Le vote a pourtant été précédé de trois heures de tractations en coulisses. Jusqu'au dernier moment, Paris et Londres ont tenté d'arracher une abstention russe en retirant du texte toute menace de sanctions contre les chefs militaires. Peine perdue.\n\n"
"Sur le terrain ? Rien ne change. Les bombardements continuent dans le Nord, les convois humanitaires restent bloqués aux check-points et la saison sèche rend l'eau rare.\n\n"
f"{o}Sur place, c'est l'enfer. Nos équipes soignent des blessés par balles tous les jours{c}, résume Thomas Kaboré (Secours sans frontières).\n\n"
f"Un diplomate, sous couvert d'anonymat : {o}Tout le monde savait que Moscou dirait non. On a voté pour la photo.{c}\n\n"
f"Au camp de réfugiés de Farabé, Aïssata, 27 ans, a tout perdu : {o}Ils parlent, ils parlent. Et nous, on meurt.{c}\n")
art("w188_belge_onu", "Belgian popular daily", "2027-12-15", t188, [
    ("C'est une honte. Des enfants meurent pendant qu'on se cache derrière la souveraineté", "direct", WYA36),
    ("Nous ne voterons jamais pour un texte écrit contre un gouvernement africain", "direct", ORL36),
    ("irresponsable", "partial", HAR36),
    ("blocage inacceptable", "partial", QUAI36),
    ("On reviendra. Avec le même texte s'il le faut", "direct", VAU36),
    ("Le dialogue reste la seule voie", "direct", GEN36),
    ("Le secrétaire général est consterné", "direct", OYE36),
    ("les amis sincères", "partial", KAD36),
    ("Sur place, c'est l'enfer. Nos équipes soignent des blessés par balles tous les jours", "direct", KAB36),
    ("Tout le monde savait que Moscou dirait non. On a voté pour la photo.", "direct", DIP36),
    ("Ils parlent, ils parlent. Et nous, on meurt.", "direct", AIS36),
])

# batch 40
# 204-208. one invented event: in the (invented) central European country of Vaslovie, the health
# minister Tomáš Vrana refuses to resign after the tabloid Expres publishes photos of him at a private
# birthday party in a villa at Lipno while a health emergency bans gatherings. Speakers: the minister
# (a Facebook post, a televised apology on the public channel VTV), the prime minister Jana Holubová,
# the government spokesperson Petra Novotná, the opposition leader Marek Sedlák (Alliance civique), the
# president Ludvík Brázda and his spokesperson, the newspapers Denní Hlas (editorialist Karel Mach),
# Právo Lidu, Expres and the weekly Týden (its director Viktor Hašek), a Geneva public-health
# professor, the coalition partner Avenir, citizens by first name; told by five outlets. Each
# article's gold is independent; a paper's front-page headline or a nickname in marks is no quote.
VRA40 = ["Tomáš Vrana", "Vrana", "M. Vrana", "ministre de la Santé", "le ministre de la Santé", "ministre vaslovaque de la Santé", "le ministre vaslovaque de la Santé", "ministre", "le ministre"]
HOL40 = ["Jana Holubová", "Holubová", "Mme Holubová", "Première ministre", "la Première ministre", "cheffe du gouvernement", "la cheffe du gouvernement"]
NOV40 = ["Petra Novotná", "Novotná", "Mme Novotná", "porte-parole du gouvernement", "la porte-parole du gouvernement", "porte-parole", "la porte-parole", "sa porte-parole", "gouvernement", "le gouvernement"]
SED40 = ["Marek Sedlák", "Sedlák", "M. Sedlák", "chef de l'opposition", "le chef de l'opposition", "chef de file de l'opposition", "le chef de file de l'opposition", "leader de l'Alliance civique", "le leader de l'Alliance civique", "président de l'Alliance civique", "Alliance civique", "l'Alliance civique", "opposition", "l'opposition", "son chef", "Son chef"]
BRA40 = ["Ludvík Brázda", "Brázda", "M. Brázda", "président", "le président", "président de la République", "le président de la République", "chef de l'État", "le chef de l'État", "chef de l'Etat", "le chef de l'Etat"]
PBR40 = ["porte-parole du président", "le porte-parole du président", "porte-parole", "son porte-parole", "Son porte-parole", "le porte-parole"] + BRA40
DH40 = ["Denní Hlas", "quotidien Denní Hlas", "le quotidien Denní Hlas", "quotidien", "le quotidien", "quotidien libéral", "le quotidien libéral"]
MACH40 = ["Karel Mach", "Mach", "éditorialiste", "l'éditorialiste", "son éditorialiste", "éditorialiste de Denní Hlas", "l'éditorialiste de Denní Hlas", "Denní Hlas"]
PL40 = ["Právo Lidu", "quotidien Právo Lidu", "le quotidien Právo Lidu", "quotidien", "le quotidien", "journal", "le journal", "quotidien de gauche", "le quotidien de gauche"]
EXP40 = ["Expres", "tabloïd Expres", "le tabloïd Expres", "tabloïd", "le tabloïd", "journal", "le journal"]
TYD40 = ["Týden", "hebdomadaire", "l'hebdomadaire", "hebdomadaire conservateur", "l'hebdomadaire conservateur"]
HAS40 = ["Viktor Hašek", "Hašek", "directeur", "son directeur", "directeur de Týden", "Týden"]
FAV40 = ["Claudine Favre", "Favre", "Mme Favre", "professeure de santé publique", "professeure"]
AVE40 = ["Avenir", "libéraux du parti Avenir", "les libéraux du parti Avenir", "libéraux", "les libéraux", "partenaires de coalition", "les partenaires de coalition", "partenaires de coalition de Jana Holubová", "les partenaires de coalition de Jana Holubová"]

# 204. the country's international radio service in French, guillemets with no-break spaces: the
# minister's Facebook post (« a écrit le ministre dans un message publié sur sa page Facebook »), the
# tabloid's front page in marks with « titre le journal en une » (a headline, no quote), the prime
# minister (« a déclaré qu'elle attendait … « … » », « a reconnu que »), the opposition leader (a
# partial after « dénonce », a direct with « a-t-il averti »), « écrit le quotidien X dans son
# éditorial », « Selon le quotidien X, », the president's partial and his spokesperson (« a précisé
# que »), a translated passer-by (« nous a confié Jitka, 46 ans, … »)
o, c = "«" + NB, NB + "»"
t204 = (
"Vaslovie : le ministre de la Santé refuse de démissionner malgré les photos de la fête de Lipno\n\n"
"Le ministre vaslovaque de la Santé, Tomáš Vrana, a exclu lundi de quitter ses fonctions, trois jours après la publication de photos le montrant lors d'une fête privée organisée dans une villa de Lipno, alors que l'état d'urgence sanitaire interdit tout rassemblement de plus de six personnes.\n\n"
f"{o}Je ne démissionnerai pas. J'ai commis une faute et je l'assume, mais le pays a besoin de stabilité au milieu de cette épidémie{c}, a écrit le ministre dans un message publié sur sa page Facebook dimanche soir.\n\n"
f"Les clichés, publiés vendredi par le tabloïd Expres, montrent Tomáš Vrana sans masque, un verre à la main, entouré d'une trentaine d'invités. {o}Le ministre trinque, le pays se confine{c}, titre le journal en une.\n\n"
f"La Première ministre, Jana Holubová, a pour sa part déclaré qu'elle attendait les explications de son ministre avant de prendre {o}toute décision{c}. Lors d'une conférence de presse à Brodno, elle a reconnu que l'affaire était {o}extrêmement embarrassante{c} pour le gouvernement.\n\n"
f"Le chef de l'opposition, Marek Sedlák, président de l'Alliance civique, dénonce quant à lui {o}un mépris total{c} envers les soignants. {o}Pendant que les infirmières enchaînaient les gardes de vingt-quatre heures, M. Vrana faisait la fête. S'il ne part pas, nous déposerons une motion de censure{c}, a-t-il averti devant le Parlement.\n\n"
f"La presse vaslovaque est unanime ou presque. {o}Un ministre qui enfreint les règles qu'il a lui-même signées n'a plus aucune autorité pour les faire respecter{c}, écrit le quotidien Denní Hlas dans son éditorial de lundi. Selon le quotidien Právo Lidu, au moins deux membres du cabinet auraient demandé en privé le départ du ministre.\n\n"
f"Le président de la République, Ludvík Brázda, qui ne dispose que de pouvoirs limités, a appelé dans la soirée chacun à {o}prendre ses responsabilités{c}. Son porte-parole a précisé que le chef de l'État recevrait mardi la Première ministre au château de Brodno.\n\n"
f"Dans les rues de Brodno, la colère est palpable. {o}Ma mère est morte seule à l'hôpital en novembre, je n'ai pas pu lui dire au revoir. Et lui, il danse{c}, nous a confié Jitka, 46 ans, caissière dans un supermarché du centre-ville.\n")
art("w204_radio_vaslovie", "international radio service in French", "2028-02-19", t204, [
    ("Je ne démissionnerai pas. J'ai commis une faute et je l'assume, mais le pays a besoin de stabilité au milieu de cette épidémie", "direct", VRA40),
    (f"elle attendait les explications de son ministre avant de prendre {o}toute décision{c}", "indirect", HOL40),
    ("toute décision", "partial", HOL40),
    (f"l'affaire était {o}extrêmement embarrassante{c} pour le gouvernement", "indirect", HOL40),
    ("extrêmement embarrassante", "partial", HOL40),
    ("un mépris total", "partial", SED40),
    ("Pendant que les infirmières enchaînaient les gardes de vingt-quatre heures, M. Vrana faisait la fête. S'il ne part pas, nous déposerons une motion de censure", "direct", SED40),
    ("Un ministre qui enfreint les règles qu'il a lui-même signées n'a plus aucune autorité pour les faire respecter", "direct", DH40),
    ("au moins deux membres du cabinet auraient demandé en privé le départ du ministre", "indirect", PL40),
    ("prendre ses responsabilités", "partial", BRA40),
    ("le chef de l'État recevrait mardi la Première ministre au château de Brodno", "indirect", PBR40),
    ("Ma mère est morte seule à l'hôpital en novembre, je n'ai pas pu lui dire au revoir. Et lui, il danse", "direct", ["Jitka"]),
])

# 205. a press review in the style of a weekly of the foreign press, curly marks, newspaper names in
# marks (no quotes): a headline repeating a fragment of the body, « Pour le quotidien “X”, c'est “…” »,
# « tranche son éditorialiste X », a paper's judgement in the passive (« Le ministre y est décrit
# comme “…” »), « Le quotidien relève que », « s'interroge : “…” », the tabloid's front-page title in
# marks (no quote) and its promise in a partial, « juge que … “…” … “…” », « Selon son directeur,
# X, “…” », the minister's televised apology (« avait-il déclaré »), « conclut “X” : “…” »
o, c = "“", "”"
t205 = (
"Vaslovie : “la fête de trop” qui fait vaciller le gouvernement\n\n"
"Depuis la publication par le tabloïd “Expres” de photos montrant le ministre de la Santé, Tomáš Vrana, à une fête d'anniversaire en pleine urgence sanitaire, la presse vaslovaque ne parle plus que de cela. Et le refus du ministre de démissionner, annoncé dimanche sur Facebook, n'a rien arrangé.\n\n"
f"Pour le quotidien libéral “Denní Hlas”, c'est {o}la fête de trop{c} pour un gouvernement déjà affaibli par sa gestion de l'épidémie. {o}Jana Holubová a un choix simple : se séparer de son ministre ou partager sa disgrâce{c}, tranche son éditorialiste, Karel Mach.\n\n"
f"Le ton est plus cinglant encore dans “Právo Lidu”, journal de centre gauche. Le ministre y est décrit comme {o}le symbole d'une élite qui se croit au-dessus des lois{c}. Le quotidien relève que des milliers de Vaslovaques ont été verbalisés depuis l'automne pour avoir enfreint le confinement, et s'interroge : {o}Combien d'amendes le ministre a-t-il payées ?{c}\n\n"
f"Le tabloïd “Expres”, à l'origine des révélations, affiche lundi à sa une un photomontage du ministre en smoking, sous le titre {o}Santé !{c}. Dans ses pages intérieures, le journal affirme détenir d'autres clichés, qu'il promet de publier {o}si le ministre continue de mentir{c}.\n\n"
"Invité dimanche soir du journal télévisé de la chaîne publique VTV, Tomáš Vrana avait pourtant présenté ses excuses. "
f"{o}Je demande pardon à tous ceux que j'ai blessés. Je n'ai aucune excuse, seulement des regrets{c}, avait-il déclaré, les yeux rougis.\n\n"
f"Tous les titres ne hurlent pas avec la meute. L'hebdomadaire conservateur “Týden” juge que l'affaire est {o}montée en épingle{c} par une opposition {o}en mal de programme{c}. Selon son directeur, Viktor Hašek, {o}une erreur privée ne fait pas un mauvais ministre{c}.\n\n"
"Reste la question politique. La coalition ne dispose que de trois sièges d'avance au Parlement, et l'Alliance civique de Marek Sedlák a déjà annoncé une motion de censure. "
f"Une semaine décisive, conclut “Denní Hlas” : {o}Si Tomáš Vrana est encore ministre vendredi, ce ne sera plus son affaire, mais celle de toute la coalition.{c}\n")
art("w205_revue_presse_vaslovie", "press review", "2028-02-21", t205, [
    (f"c'est {o}la fête de trop{c} pour un gouvernement déjà affaibli par sa gestion de l'épidémie", "indirect", DH40),
    ("la fête de trop", "partial", DH40, 1),
    ("Jana Holubová a un choix simple : se séparer de son ministre ou partager sa disgrâce", "direct", MACH40),
    ("le symbole d'une élite qui se croit au-dessus des lois", "partial", PL40),
    ("des milliers de Vaslovaques ont été verbalisés depuis l'automne pour avoir enfreint le confinement", "indirect", PL40),
    ("Combien d'amendes le ministre a-t-il payées ?", "direct", PL40),
    ("si le ministre continue de mentir", "partial", EXP40),
    ("Je demande pardon à tous ceux que j'ai blessés. Je n'ai aucune excuse, seulement des regrets", "direct", VRA40),
    (f"l'affaire est {o}montée en épingle{c} par une opposition {o}en mal de programme{c}", "indirect", TYD40),
    ("montée en épingle", "partial", TYD40),
    ("en mal de programme", "partial", TYD40),
    ("une erreur privée ne fait pas un mauvais ministre", "direct", HAS40),
    ("Si Tomáš Vrana est encore ministre vendredi, ce ne sera plus son affaire, mais celle de toute la coalition.", "direct", DH40),
])

# 206. a Swiss French daily, guillemets with no space: the minister's televised apology (« a-t-il dit,
# la voix nouée », « Avant d'ajouter qu'il entendait «…» »), the prime minister (« a-t-elle déclaré
# lundi »), her spokesperson (« a ensuite indiqué que … «…» »), the opposition leader as « Son chef »
# (« fustige un gouvernement «…» et exige … «…» », « a-t-il lancé »), the president (« a estimé que
# «…» » whole), a Geneva professor (« analyse X », « Selon elle, »), two papers (« parle d'un ministre
# «…» », « estime qu'il a «…» »)
o, c = "«", "»"
t206 = (
"La Vaslovie s'enlise dans l'affaire Vrana\n\n"
"Photographié lors d'une fête clandestine en pleine urgence sanitaire, le ministre de la Santé s'accroche à son poste. La cheffe du gouvernement hésite, l'opposition réclame sa tête.\n\n"
"Il a choisi la télévision pour demander pardon, mais pas pour partir. Dimanche soir, sur le plateau de la chaîne publique VTV, Tomáš Vrana, 52 ans, ministre de la Santé de Vaslovie depuis deux ans, a longuement présenté ses excuses. "
f"{o}J'ai trahi la confiance de ceux qui respectent les règles depuis des mois. Je leur demande pardon{c}, a-t-il dit, la voix nouée. Avant d'ajouter qu'il entendait {o}mener à son terme{c} la campagne de vaccination lancée en janvier.\n\n"
"Les photos, publiées vendredi par le tabloïd Expres, le montrent dans une villa de Lipno, au bord du lac, entouré d'une quarantaine de convives. Au même moment, les hôpitaux du pays comptaient plus de 3000 patients en soins intensifs et tout rassemblement privé de plus de six personnes était interdit, sur décret de son propre ministère.\n\n"
f"A Brodno, la Première ministre, Jana Holubová, joue la montre. {o}Le ministre a reconnu sa faute. Il appartient maintenant au gouvernement d'évaluer si elle est compatible avec ses fonctions{c}, a-t-elle déclaré lundi, sans fixer de délai. Sa porte-parole, Petra Novotná, a ensuite indiqué que la cheffe du gouvernement s'entretiendrait {o}dans les prochains jours{c} avec les partenaires de la coalition.\n\n"
f"L'opposition, elle, n'attend pas. Son chef, Marek Sedlák, fustige un gouvernement {o}qui protège les siens{c} et exige un vote de confiance {o}avant la fin de la semaine{c}. {o}Chaque jour où ce ministre reste en place est une insulte aux familles endeuillées{c}, a-t-il lancé mardi à la tribune du Parlement.\n\n"
f"Le président, Ludvík Brázda, est sorti de sa réserve habituelle. Dans une allocution télévisée, le chef de l'Etat a estimé que {o}l'exemplarité n'est pas une option pour ceux qui gouvernent{c}, sans toutefois prononcer le nom du ministre.\n\n"
f"Vu de Genève, l'affaire rappelle d'autres scandales européens. {o}Dans une crise sanitaire, la parole publique ne tient que par l'exemple de ceux qui la portent. Dès que cet exemple se fissure, l'adhésion aux mesures s'effondre{c}, analyse Claudine Favre, professeure de santé publique à l'Université de Genève. Selon elle, le ministre aurait tout intérêt à partir avant d'y être contraint.\n\n"
f"La presse locale ne le ménage pas. Le quotidien Denní Hlas parle d'un ministre {o}démonétisé{c}, tandis que Právo Lidu estime qu'il a {o}perdu toute légitimité pour parler aux malades{c}.\n")
art("w206_quotidien_suisse_vaslovie", "Swiss French daily", "2028-02-22", t206, [
    ("J'ai trahi la confiance de ceux qui respectent les règles depuis des mois. Je leur demande pardon", "direct", VRA40),
    (f"il entendait {o}mener à son terme{c} la campagne de vaccination lancée en janvier", "indirect", VRA40),
    ("mener à son terme", "partial", VRA40),
    ("Le ministre a reconnu sa faute. Il appartient maintenant au gouvernement d'évaluer si elle est compatible avec ses fonctions", "direct", HOL40),
    (f"la cheffe du gouvernement s'entretiendrait {o}dans les prochains jours{c} avec les partenaires de la coalition", "indirect", NOV40),
    ("dans les prochains jours", "partial", NOV40),
    ("qui protège les siens", "partial", SED40),
    ("avant la fin de la semaine", "partial", SED40),
    ("Chaque jour où ce ministre reste en place est une insulte aux familles endeuillées", "direct", SED40),
    (f"{o}l'exemplarité n'est pas une option pour ceux qui gouvernent{c}", "indirect", BRA40),
    ("l'exemplarité n'est pas une option pour ceux qui gouvernent", "partial", BRA40),
    ("Dans une crise sanitaire, la parole publique ne tient que par l'exemple de ceux qui la portent. Dès que cet exemple se fissure, l'adhésion aux mesures s'effondre", "direct", FAV40),
    ("le ministre aurait tout intérêt à partir avant d'y être contraint", "indirect", FAV40),
    ("démonétisé", "partial", DH40),
    (f"il a {o}perdu toute légitimité pour parler aux malades{c}", "indirect", PL40),
    ("perdu toute légitimité pour parler aux malades", "partial", PL40),
])

# 207. a Belgian daily, straight marks: the minister's Facebook post (« a-t-il écrit sur Facebook »),
# « Selon le quotidien X, » with a conditional clause, the government spokesperson (« a déclaré la
# porte-parole du gouvernement, X »), the opposition leader (« parle d'une "…" et d'un gouvernement
# "…" », an incise inside the marks « "…, a-t-il lancé. …" »), the president (« a fait savoir qu'il
# attendait … "…" »), a nurse (« soupire X, …, interrogée par la télévision publique »), the coalition
# partner (« ont fait savoir qu'ils … mais qu'ils souhaitaient "…" »)
t207 = (
"Vaslovie: le ministre fêtard refuse de partir\n\n"
"Il ne démissionnera pas. Photographié en pleine fête privée alors que son pays vit sous état d'urgence sanitaire, le ministre vaslovaque de la Santé, Tomáš Vrana, s'accroche à son fauteuil.\n\n"
"\"J'ai fait une erreur, je l'ai dit et je le répète. Mais partir aujourd'hui, ce serait abandonner les soignants au pire moment\", a-t-il écrit sur Facebook dimanche soir, dans un long message qui a récolté plus de 20.000 commentaires, en grande majorité hostiles.\n\n"
"Le scandale a éclaté vendredi. Le tabloïd Expres a publié une série de photos prises lors de l'anniversaire d'un homme d'affaires, dans une villa de Lipno: on y voit le ministre danser, sans masque, au milieu d'une quarantaine d'invités. Selon le quotidien Denní Hlas, la fête aurait duré jusqu'à quatre heures du matin et la police, alertée par des voisins, ne serait jamais intervenue.\n\n"
"Au gouvernement, on cherche à gagner du temps. \"La Première ministre a pris acte des excuses du ministre. Elle n'a pas l'intention de décider sous la pression d'un tabloïd\", a déclaré la porte-parole du gouvernement, Petra Novotná.\n\n"
"Une ligne qui ne convainc pas l'opposition. Marek Sedlák, le leader de l'Alliance civique, parle d'une \"fête de la honte\" et d'un gouvernement \"complice\". \"Si la Première ministre ne le limoge pas, c'est qu'elle approuve, a-t-il lancé. Nous déposerons une motion de censure dès jeudi.\"\n\n"
"Même le président Ludvík Brázda, d'ordinaire discret, s'en est mêlé. Le chef de l'État a fait savoir qu'il attendait du gouvernement \"une réponse claire\" d'ici la fin de la semaine.\n\n"
"Dans les hôpitaux, où le personnel est à bout, l'affaire passe très mal. \"On a tenu pendant des mois, sans vacances, sans week-ends. Et le ministre, lui, faisait la fête\", soupire Lenka, infirmière en réanimation à l'hôpital universitaire de Brodno, interrogée par la télévision publique VTV.\n\n"
"Reste l'arithmétique parlementaire. Les partenaires de coalition de Jana Holubová, les libéraux du parti Avenir, ont fait savoir qu'ils ne voteraient pas une éventuelle motion de censure, mais qu'ils souhaitaient \"un geste fort\" de la Première ministre.\n")
art("w207_belge_vaslovie", "Belgian daily", "2028-02-20", t207, [
    ("J'ai fait une erreur, je l'ai dit et je le répète. Mais partir aujourd'hui, ce serait abandonner les soignants au pire moment", "direct", VRA40),
    ("la fête aurait duré jusqu'à quatre heures du matin et la police, alertée par des voisins, ne serait jamais intervenue", "indirect", DH40),
    ("La Première ministre a pris acte des excuses du ministre. Elle n'a pas l'intention de décider sous la pression d'un tabloïd", "direct", NOV40),
    ("fête de la honte", "partial", SED40),
    ("complice", "partial", SED40),
    ("Si la Première ministre ne le limoge pas, c'est qu'elle approuve, a-t-il lancé. Nous déposerons une motion de censure dès jeudi.", "direct", SED40),
    ("il attendait du gouvernement \"une réponse claire\" d'ici la fin de la semaine", "indirect", BRA40),
    ("une réponse claire", "partial", BRA40),
    ("On a tenu pendant des mois, sans vacances, sans week-ends. Et le ministre, lui, faisait la fête", "direct", ["Lenka"]),
    ("ils ne voteraient pas une éventuelle motion de censure, mais qu'ils souhaitaient \"un geste fort\" de la Première ministre", "indirect", AVE40),
    ("un geste fort", "partial", AVE40),
])

# 208. a French news site's explainer, guillemets with narrow no-break spaces, questions as subheads: a
# nickname in marks twice (no quote), « D'après le journal, qui dit …, », the minister's Facebook post
# (« a reconnu « … », tout en affirmant qu'il n'avait « … » »), his televised apology (« a-t-il
# déclaré », « Il a répété qu'il »), the prime minister's ultimatum, her spokesperson (« a répondu que
# « … » restaient »), the opposition leader (« dénonce une « … » », « Selon lui, … « … » »), the
# president (« a jugé « … » le comportement »), « estime l'éditorialiste de X, Y », « Selon le journal, »
o, c = "«" + NN, NN + "»"
t208 = (
f"Vaslovie : ce que l'on sait du {o}Lipnogate{c}, le scandale qui menace le ministre de la Santé\n\n"
f"Des photos d'une fête privée, un ministre qui refuse de partir et une coalition qui tangue. Depuis vendredi, la Vaslovie vit au rythme de ce que la presse locale a surnommé le {o}Lipnogate{c}. Le point sur l'affaire.\n\n"
"Que montrent les photos ?\n\n"
"Publiés vendredi par le tabloïd Expres, les clichés montrent Tomáš Vrana lors d'une soirée d'anniversaire organisée le 14 février dans une villa de Lipno, à une centaine de kilomètres de Brodno. Le ministre y apparaît sans masque, au milieu d'une quarantaine d'invités, alors que les rassemblements privés de plus de six personnes sont interdits depuis décembre. D'après le journal, qui dit avoir obtenu les images auprès d'un invité, le ministre serait resté plus de cinq heures sur place.\n\n"
"Que dit le ministre ?\n\n"
f"Dans un message publié sur Facebook dimanche, Tomáš Vrana a reconnu {o}une grave erreur de jugement{c}, tout en affirmant qu'il n'avait {o}jamais eu l'intention de mettre quiconque en danger{c}. Le même soir, sur la chaîne publique VTV, il a présenté des excuses télévisées. {o}Je comprends la colère des gens. Je la mérite. Mais ma démission ne sauverait pas une seule vie{c}, a-t-il déclaré. Il a répété qu'il ne quitterait pas son poste.\n\n"
"Que fait la Première ministre ?\n\n"
f"Jana Holubová a fixé un ultimatum. {o}J'attends de Tomáš Vrana qu'il me prouve d'ici vendredi que cette soirée était, comme il le dit, un événement isolé{c}, a déclaré la cheffe du gouvernement lundi. Interrogée sur un possible limogeage, sa porte-parole a répondu que {o}toutes les options{c} restaient sur la table.\n\n"
"Que réclame l'opposition ?\n\n"
f"Le chef de file de l'opposition, Marek Sedlák, exige la démission du ministre et dénonce une {o}culture de l'impunité{c} au sommet de l'État. Son parti, l'Alliance civique, a déposé une motion de censure qui pourrait être votée la semaine prochaine. Selon lui, la coalition {o}n'a plus de majorité morale{c}.\n\n"
"Et le président ?\n\n"
f"Le chef de l'État, Ludvík Brázda, dont le rôle est essentiellement protocolaire, a jugé {o}incompréhensible{c} le comportement du ministre. {o}Ceux qui fixent les règles doivent être les premiers à les suivre{c}, a-t-il souligné mardi, à l'issue d'une rencontre avec la Première ministre.\n\n"
"Comment réagit la presse ?\n\n"
f"La presse vaslovaque est sévère. {o}Le gouvernement ne survivra pas à un ministre qui ment à la télévision{c}, estime l'éditorialiste de Denní Hlas, Karel Mach. Le quotidien de gauche Právo Lidu a pour sa part lancé une pétition en ligne réclamant la démission du ministre. Selon le journal, elle a recueilli plus de 200 000 signatures en deux jours.\n")
art("w208_site_fr_vaslovie", "French news site", "2028-02-23", t208, [
    ("le ministre serait resté plus de cinq heures sur place", "indirect", EXP40),
    ("une grave erreur de jugement", "partial", VRA40),
    (f"il n'avait {o}jamais eu l'intention de mettre quiconque en danger{c}", "indirect", VRA40),
    ("jamais eu l'intention de mettre quiconque en danger", "partial", VRA40),
    ("Je comprends la colère des gens. Je la mérite. Mais ma démission ne sauverait pas une seule vie", "direct", VRA40),
    ("il ne quitterait pas son poste", "indirect", VRA40),
    ("J'attends de Tomáš Vrana qu'il me prouve d'ici vendredi que cette soirée était, comme il le dit, un événement isolé", "direct", HOL40),
    (f"{o}toutes les options{c} restaient sur la table", "indirect", NOV40),
    ("toutes les options", "partial", NOV40),
    ("culture de l'impunité", "partial", SED40),
    (f"la coalition {o}n'a plus de majorité morale{c}", "indirect", SED40),
    ("n'a plus de majorité morale", "partial", SED40),
    ("incompréhensible", "partial", BRA40),
    ("Ceux qui fixent les règles doivent être les premiers à les suivre", "direct", BRA40),
    ("Le gouvernement ne survivra pas à un ministre qui ment à la télévision", "direct", MACH40),
    ("elle a recueilli plus de 200 000 signatures en deux jours", "indirect", PL40),
])

for a in arts:
    print(json.dumps(a, ensure_ascii=False))
