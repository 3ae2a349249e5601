"""Quality floors on three thousand one hundred and eight articles and one communiqué written for the project and annotated before
the extractor ran on them (tests/data/gold_written.jsonl, built by tests/data/make_written_gold.py): wire copy, a
Belgian daily with straight marks, regional news with narrow no-break spaces, a court report, an EU summit, sport,
French politics, and messier web copy: a headline repeating a quote, a byline, a "read also" title in marks, a live
blog, a communiqué quoted with a closing mark missing; then business news, a coup in West Africa, a health briefing,
tech news with an English quotation glossed in French, a Québec daily; then a feature, a fraud trial, football
reactions, the UN Security Council, social media; then a Swiss daily, a war dispatch, a Belgian broadcaster, the
European Parliament with a German quotation, a dialogue in dashes; then two readouts of one call, a science study, a
police story, a festival film, an NGO report; then an online investigation with anonymous sources and an internal
email, a people magazine quoting a memoir (titles and nicknames in marks), a Québec municipal council, a student
reportage with a quote over two paragraphs, a radio on Czech politics, a Swiss federal vote; then a magazine
interview in questions and answers, a Rome-Paris diplomatic crisis, the UN Security Council, a live blog with time
stamps, questions to the government with heckles and a tweet, a Belgian coalition crisis with straight marks; then a
European Council summit, a Moscow-Kyiv exchange relayed by TASS and RIA Novosti, a government reshuffle with
reactions on the radio, a Gaza ceasefire with a chain of reported speech, a factory closure in a regional daily, a
Québec daily on trade tension with a tweet in English and its translation; then a batch chosen to be hard: an op-ed
with scare quotes and labels in marks, a film review with titles and a line of dialogue, a football press conference
with journalists' questions and nicknames, an economics piece with figures in marks and the Insee's note, a
Radio-Canada-style piece with translated quotes, scraped web copy (Lire aussi, Publicité, an embedded post, a
closing mark missing); then a batch where the writer's scare quotes and labels sit beside real partial quotes: a
housing reform's analysis, a Moscow-Beijing analysis (ligne rouge, partenariat stratégique, opération spéciale as
labels and as leaders' words), a society feature with young people's slang, a short op-ed in curly marks; then an
assize trial day (la présidente, Me X, a witness, the accused's letter cited, a daughter's letter read out), a
regional faits divers (de source proche de l'enquête, selon le parquet, confie une voisine, the gendarmerie), a
health press conference in curly marks (Santé publique France's figures, the HAS, a union, the « 15 » as no quote),
a Pan-African weekly on a presidential election (the outgoing president, Dakar and Abidjan as metonyms, the
electoral commission), a rugby post-match piece in straight marks (au micro de Canal+, fronted participle phrases,
nicknames, sourit-il); then diplomatic statements: a Kremlin reaction relayed by TASS and RIA Novosti with a chain
of paraphrase, a Quai d'Orsay communiqué and the minister's press point, the UN Security Council (the
Secretary-General through his spokesman, ambassadors, les Quinze, a draft's title in marks), a NATO summit (a joint
declaration, translated quotes, la Maison-Blanche, l'exécutif américain, les Vingt- Sept), a Chinese foreign
ministry briefing and Taipei's reply (reported speech without marks, a blacklist's name in marks); then styles not
yet in the set: a press review with newspapers as speakers (écrit Le Figaro, tranche le quotidien, lit-on dans
Ouest-France, a column's title and a weekly's name in marks), a company's annual results (the PDG, the directrice
financière, a plan's name in marks, analysts' notes, a union), a debate in the hémicycle (a law's title in marks,
heckles, the president of the session, a rétorqué incise inside the marks), a COP negotiation (the draft text
quoted, the presidency, les Vingt-Sept, the LDC group, the Secretary-General, NGOs), an obituary (old quotes of the
deceased after disait-il en 1998, tributes on X, book titles in marks); then a second diplomatic round: Iran and the
IAEA (the director general's report, the E3's joint statement, selon un diplomate occidental), Moscow- Kyiv talks in
Istanbul (two delegations' heads, chains of paraphrase with a-t-il ajouté and a-t-il poursuivi, the Ukrainian
presidency's communiqué), the European Commission's midday briefing (the chief spokesperson, a indiqué un
porte-parole de la Commission, a regulation's name and a proposal's title in marks), an African Union summit (the
final communiqué and peut-on y lire, a plaidé le président sénégalais, Pretoria and Abuja as metonyms), a Quai
d'Orsay briefing in Q : and R : lines with reactions; then international news rewritten outside France from agency
copy: a Québec tabloid with a PARIS | dateline (an ambassador recalled, the ministry's communiqué in short partials,
ajoute le texte), a Swiss daily on sanctions after an espionage affair (a indiqué le DFAE postposed, a joint
communiqué of three departments), a Belgian popular daily on a US president's posts against France (English and
French, a-t-on indiqué dans l'entourage du président), a communist daily's opinionated account of a Venezuelan
crisis (scare quotes and labels beside ministers' partial quotes, Washington, Caracas, Moscou), a Brexit vote night
as a live account (EU leaders one after the other, a réagi X sur Twitter); then breaking news and official speech: a
shooting as breaking news (a live-style update line, selon une source policière, raconte un témoin, the préfet, the
antiterrorist prosecutor's press conference over two paragraphs reopened with «, the interior minister on the spot,
charges in marks), a commemoration speech (a soldier's letter quoted inside an excerpt, a law's and a book's titles
in marks, the British prime minister translated, a historian), a Franco-German treaty (the chancellor through an
interpreter, a-t-on fait valoir à l'Élysée, la chancellerie, nationalists on X), the Russian foreign ministry's
weekly briefing relayed by agencies (a-t-elle martelé, Washington and Caracas as metonyms, the State Department's
reply), an intelligence affair (a joint communiqué of three ministries, a démenti Téhéran, a-t-il affirmé sur France
2, an expert); then a third diplomatic round: one phone call told by both sides (the Élysée's readout and the
Kremlin's, selon la même source, De même source, on indique que, a fait savoir la présidence), AFP-style wire copy
(a-t-on appris de source diplomatique, a déclaré à l'AFP, a indiqué à l'AFP un responsable sous couvert d'anonymat),
a Gaza truce with many parties whose pronouns and roles run across sentences (Le diplomate, Ce dernier, La
responsable onusienne, a nom de guerre), the Holy See (le pape, le souverain pontife, le Saint-Siège, le Vatican,
a-t-on indiqué de même source), a G7 joint communiqué in translation (écrivent les ministres, peut-on lire plus
loin, les Sept, Le texte affirme que … et prévient que …) and Beijing's reply; then culture, sport and broadcast
interviews: a Tour de France stage with flash interviews au micro de France Télévisions and riders' nicknames in
marks, a tennis press conference with an English phrase and its French gloss, a morning radio interview with the
presenter's questions in marks, a literary prize (titles and a publisher's collection in marks, confie l'autrice,
the novel's first sentence), a TV talk show recap with guests interrupting each other and a viral sentence repeated
in the headline; then social, economic and local news: a strike negotiation (selon la direction, de source
syndicale, a slogan the strikers chant, the management's communiqué, union leaders, the labour minister's call for
dialogue), a Conseil constitutionnel decision (the law's title in marks, estime le Conseil, juge la haute
juridiction as a fronted incise, précise la décision, the plaintiffs' lawyer, the ministry's communiqué), a farmers'
protest (selon la préfecture, the prefecture's communiqué, the prefect, FDSEA and Confédération paysanne leaders, a
scheme's name in marks), a cyclone in an overseas outlet (vigilance rouge as a label, Météo-France's bulletins, the
mayor in Creole then in French, residents by first name), a municipal budget fight with no space inside the
guillemets (a taclé, a ironisé, a project's name in marks); then one event told by five outlets: a US withdrawal
from a Romanian base as wire copy (Selon le compte rendu de la Maison-Blanche, … a assuré que), a TV site with MISE
À JOUR lines, a regional daily on the local battalion (wives by first name, an officer joint par téléphone), a
Belgian daily in straight marks (L'exécutif américain insiste, le député Ecolo X, the Kremlin speaking its
spokesman's words), a pure player's analysis with experts (selon lui inside the clause, selon un diplomate after an
auxiliary, a beau répéter que); then one event announced from Moscow told by five outlets: a news channel's live
blog with time stamps (Selon TASS, indique le décret, a-t-il dit aux journalistes, cité par les agences russes, a
Lire aussi title), a national daily's analysis with a Russia specialist in curly marks (a chain of paraphrase: Selon
lui, À l'en croire, a-t-il ajouté, précisant que; le maître du Kremlin), a Belgian daily in straight marks (a
rapporté RIA Novosti, a ironisé sur), a Canadian outlet (a chain over four sentences with a-t-il poursuivi as an
incise, the State Department in English), an agency brief relayed by a regional daily (Avec AFP); then second-hand
quotes: a party's internal fight (dans un entretien au Parisien, confie-t-elle au JDD, a senator's post on X with
her handle, selon des propos rapportés par Le Canard enchaîné, a démenti l'intéressé, a confié un proche à l'AFP,
cité par Le Figaro, selon son entourage), celebrity news (an Instagram story, a podcast and a documentary quoted, Le
magazine Voici affirmait que, cité par Closer, a démenti son agent), a transfer rumour (Selon L'Équipe, D'après RMC
Sport, cité par le quotidien portugais Record, selon des propos relayés par A Bola), a media-review column (rapporte
Le Point, cité par Libération, a correction et non par X, comme indiqué précédemment), a fact-check (a viral claim
attributed to the wrong person, its real speaker named later). Then another event told by five outlets, a State
Department readout in English quoted in five French translations: wire copy (indique le département d'Etat, poursuit
le texte, an incise inside the marks, cité dans un communiqué distinct), a public radio's site (an English phrase
and its gloss in brackets, Foggy Bottom affirme que), an economic daily (the English words kept after dit la version
originale, an anonymous banker), a Swiss daily with no space inside the guillemets (En clair: as the writer's gloss,
Bern's offer, Kigali on X), a pan-African weekly in straight marks (selon Washington after the verb, a « À LIRE »
title). Then one UN Security Council veto told by five outlets: wire copy (a draft's title in marks, a lancé devant
le Conseil l'ambassadeur russe à l'ONU, a justifié l'abstention de Pékin par, the Secretary-General through her
spokesman), the UN's own news service (Selon le texte, explanations of vote by unnamed representatives), a national
daily's analysis (confie un membre de la délégation française, espère-t-on à Paris), a Canadian outlet (a-t-elle
fait valoir par voie de communiqué, en entrevue), a regional daily's short version in straight marks (Moscou juge le
texte "…"). Then one diplomatic-military event told by five outlets, France ending its military presence in a Sahel
country under a junta: a French international radio's site (indique que … et que …, Selon la présidence, précise
l'Élysée postposed, estimant que after a clause with its own verb of saying), a national daily's analysis in curly
marks (a fragment in marks opening the article, Paris dit avoir « … », explique un officier, Pour X), a Pan-African
outlet in the host capital in straight marks (the government's communiqué read on state television, Le texte salue …
et affirme que, Selon lui with partials inside, a collective's name in marks), a live blog with time stamps and no
space inside the guillemets (Koumbala « … », a lancé X, an À lire aussi title in brackets), a Swiss daily in narrow
no-break spaces (one-word partials, lisant un communiqué, the African Union's Commission). Then one trade event told
by five outlets with the communiqué behind them as a sixth document (its own voice not annotated, the Commission's
words it quotes annotated): the Commission's provisional duties on Chinese electric trucks and Beijing's Ministry of
Commerce's statement and spokesman, in wire copy (Selon la Commission, Interrogé sur …, il a répondu que, a dit
craindre with no clause), an economic daily (Bruxelles and Pékin as speakers, a list of duty rates whose company
names sit in marks that are no quotes, Elle vise, selon lui, à « … », Pour Eurofret, la fédération …, selon ses
calculs), a Swiss daily (selon les entreprises meaning depending on, A l'entendre, the SECO), a Québec outlet in
curly marks (Aux dires de, où l'on précise que), a live page in straight marks (Le texte accuse Bruxelles d'avoir
"…" et prévient que). Then one exchange of detainees mediated by Qatar and Oman told by five outlets: a TV news
site's breaking story with update lines (La présidence y exprime «…», a-t-on appris de source diplomatique, Téhéran,
a-t-il poursuivi, «…», Paris évoque une «…», Téhéran une «…»), a national daily's portrait quoting past interviews
(confiait-elle en 2023, nous disait-elle en janvier, a letter from prison, À l'Élysée, on reconnaît que), the
families' home-town daily (a neighbour's cry after en criant :, the mayor as l'élu, sourit le prêtre, a banner's
slogan in marks, elles remercient «…» then Elles demandent que), an agency brief (a lead closed by a annoncé
l'Élysée, selon une source proche du dossier, a dit à l'AFP attendre «…»), a Belgian daily rewriting agency copy
(selon l'AFP, rapporte Reuters after a clause with its own speaker, les deux capitales ont fait savoir que, the SPF
Affaires étrangères, Plusieurs ONG, dont X, dénoncent). Then one overnight drone and missile attack on a Ukrainian
city told by five outlets: a live blog with short time-stamped entries (affirme avoir mené « … », a toll selon le
gouverneur postposed, a Lire aussi title), a national daily's account from the scene (a resident by first name and
age, incises inside the marks, L'édile, a scheme's name in marks), a free daily's informal explainer in straight
marks (questions as subheads, a headline repeating part of a quote, a balayé son porte-parole), an international
channel's site translating Ukrainian and English statements (an English quotation and its rendering after soit,
ajoute le texte), an analysis with a researcher (explique-t-il, Selon lui, reported speech before rappelle-t-il,
quotes from earlier dates, a nickname in marks). Then one no-confidence vote after a 49.3 told by five outlets: a
parliamentary live blog with time stamps (the bill's and the motion's titles in marks, placards' slogan in marks,
heckles after crie une partie de la gauche and reprennent en chœur les élus de gauche, the president of the
Assemblée), a right-leaning daily in curly marks (assure un proche du chef de l'État, qui juge que; a tax's label in
marks; ironise un cadre LR), a left-leaning daily (a banner's slogan read by on pouvait lire, a chant, selon elle
inside a clause that alors que opens), a regional daily in straight marks on the département's deputies (nous a-t-il
confié, joint par téléphone; L'élu regrette que), a TV site's morning interview with name labels (the interviewer's
turns quoting others, not annotated). Then one US-China summit with no joint statement told by five outlets, two
readouts (the White House's in English, Xinhua's account): a reference daily with English quotes translated in
square brackets (poursuit le document, selon l'agence, dit-on à Washington, a policy's label after dite), a
right-leaning daily in curly marks (a summit's nickname in marks, a-t-on indiqué côté chinois, Selon le récit de
l'agence Xinhua), a Catholic daily (y lit-on, par la voix de postposed, a Jesuit sinologist, an agreement's label
after dit), a Canadian public broadcaster (a-t-il dit en mandarin, Chinese words and their rendering after soit), a
free daily's short version in straight marks (questions as subheads, On assure au contraire que). Then one
diplomatic crisis between Algiers and Paris told by five outlets: an Algerian daily's long sentences (a indiqué le
communiqué, qui précise que, Selon la même source, Le document souligne en outre que … avant de rappeler que, a TV
show's title in marks, Selon nos informations as the paper's own), a national daily (l'expression de « … » as a term
mentioned, fait savoir son entourage, soupire X, …, à Lyon, qui réclame), a pan-African weekly in straight marks
(the writer's label in marks, an À LIRE title, Selon un diplomate …, … : « … »), an international TV site (a show's
title after l'émission politique, parties with their acronyms and a qualifier in brackets), a political weekly's
anonymous sources (glisse-t-on au palais, glisse-t-on au Quai, prévient un proche du chef de l'État, qui parle d'une
« … », a future law's name in marks). Then one disputed presidential election in an invented Latin American country
told by five outlets: a Québec daily rewriting agency copy (selon l'Agence France-Presse closing the lead, a déclaré
à la presse, a Spanish chant and its rendering in brackets, selon des témoins cités par l'AFP), a national daily's
long analysis (Le CNE, a-t-il seulement précisé, « … », a researcher's Selon elle, a model's label in marks, selon
un diplomate after mais), a Catholic daily in straight marks (the bishops' message, écrivent-ils encore,
L'archevêque, a parish priest, the Holy See's press office), an international TV site translating Spanish statements
(each Spanish quotation and its French rendering after Soit, en français :, in brackets, ce qui signifie, Traduction
:), a press review quoting Spanish-language papers (selon le quotidien El País, écrit La Nación, qui relève que,
note le journal, selon qui, a paper's name in marks). Then one NATO summit and its final declaration told by five
outlets: a national daily's live page (entry titles repeating a quote, a-t-il martelé, écrivent les dirigeants
alliés, Ankara, a-t-il dit, ne signera « … »), a Belgian public broadcaster in curly marks (n'a pas caché que,
peut-on lire dans la déclaration finale, a clause with an aside between dashes, a réagi Moscou par la voix de), a
right-leaning weekly's analysis with anonymous diplomats (glisse un diplomate européen, s'agace un ambassadeur, Et
d'ajouter … que, a ironisé Moscou), a regional daily's short version in straight marks (an English quote and its
rendering in brackets after the cue, …, selon la déclaration finale.), a defence-specialist site (acronyms,
programme names in marks that are no quotes, tels qu'« … »). Then one ceasefire on the Israel-Lebanon border told by
five outlets: a Lebanese French-language daily (long sentences, a indiqué à L'Orient-Le Jour une source, selon
laquelle, a label in marks that is no quote), a French reference daily (Pour X, l'accord « … », a pronoun after a
fronted Dans un texte lu à l'antenne de sa chaîne,), a TV live page with no space inside the guillemets (entries in
reverse order, Selon notre correspondant à Beyrouth,), an international radio's site in straight marks (a quote
inside a quote in single marks, selon le compte rendu publié par ses services), a Catholic daily (the Maronite
patriarch's homily with dit le Seigneur inside his quote, le chef de l'Église maronite). Then one plant closure told
by five outlets: an economic daily (the CEO's English press release quoted translated, Selon le communiqué, …, a
indiqué le groupe.), a national popular daily in straight marks (workers by first name and age, short paragraphs, a
plant's nickname in marks), the plant's regional daily (insiste l'édile inside the marks, a-t-elle écrit sur X,
D'après elle,), a public radio's site in curly marks (au micro de notre radio, peut-on lire dans le communiqué
diffusé en anglais par le groupe), a left-leaning daily (chanted slogans in marks, union delegates, Pour X (FO), …).
Then one Security Council veto told by five outlets: a Geneva daily (a rebel coalition's name in marks, Selon lui,
with a partial, résume X, joint par téléphone), a Québec daily (a dateline NEW YORK | …, an ambassador translated
with the English original in brackets, Selon une source diplomatique qui a requis l'anonymat,), a French reference
daily's analysis (long sentences, many partials, a paramilitary group's name in marks, a diplomate européen pour qui
…), an Africa-focused radio site in straight marks (Tessoumi y "salue …", "… ?" s'interroge-t-il after two fronted
phrases), a Belgian popular daily in curly marks (a headline quote repeating the body, short postposed cues). Then
one accusation in an actress's memoir told by five outlets: a celebrity magazine's site (a nickname in marks, book,
film and programme titles in marks, a-t-elle confié, écrit-elle, the lawyer's communiqué sent to AFP, ajoute le
texte), a culture weekly's review in curly marks (the book's sentences after a colon, raconte-t-elle, dit-elle
inside the writer's sentence, que son client « … » et qu'…), a TV channel's site (interview excerpts with name
labels, Sur notre antenne,), the director's home town's daily (assure Robert, 77 ans, tranche une commerçante, a
nickname after Surnommé), a Belgian daily with plain spaces inside the guillemets (nous a-t-il confié, Sollicité, le
Centre a précisé qu'). Then one municipal vote told by five outlets: Lyon bars the heaviest SUVs from its centre, in
Lyon's regional daily (L'édile a rappelé que, Selon son entourage, a hypothetical s'il estime que), a national daily
in curly marks (a expliqué le représentant de l'État, qui s'est dite “…”), a suburb's community blog in first person
with long quotes of residents by first name and job, a hostile motoring magazine's site (labels such as «
anti-voitures » that are no quotes), a Swiss daily comparing with Geneva (sourit l'urbaniste, the TCS). Then one
Dutch vote rejecting the EU-Mercosur agreement told by five outlets as reaction roundups, many speakers with one or
two statements each: a Belgian popular daily's live page in straight marks (time-stamped entries, a écrit sur X,
a-t-elle tweeté en anglais, a one-word "Historique !" opening an entry, a LinkedIn message after a colon, German and
its translation in brackets, a list of reactions by city), a French reference daily (three partials in one que
clause, a label in marks that is no quote, Lui-même s'est borné à déclarer que), a Luxembourg daily (a Dutch MP in
Dutch with the translation in brackets after a paper's name in marks, a one-word German tweet, l'ONG Terre et
Échanges), a Swiss daily in curly marks (an unnamed minister selon le quotidien « … », English on X rendered after
Soit :), a Québec daily (a réagi sur X, selon une déclaration traduite de l'anglais, « Bravo », a-t-il résumé). Then
one Security Council veto told by five outlets: a Geneva daily (a rebel coalition's name in marks, Selon lui, with a
partial, résume X, joint par téléphone), a Québec daily (a dateline NEW YORK | …, an ambassador translated with the
English original in brackets, Selon une source diplomatique qui a requis l'anonymat,), a French reference daily's
analysis (long sentences, many partials, a paramilitary group's name in marks, a diplomate européen pour qui …), an
Africa-focused radio site in straight marks (Tessoumi y "salue …", "… ?" s'interroge-t-il after two fronted
phrases), a Belgian popular daily in curly marks (a headline quote repeating the body, short postposed cues); then a
health minister's party scandal in an invented central European country told by five outlets: the country's
international radio in French (a Facebook post, a tabloid's front-page headline before titre le journal en une, no
quote), a press review with newspaper names in marks (Pour le quotidien libéral “X”, c'est “…”, Le ministre y est
décrit comme “…”, conclut “X” : “…”), a Swiss daily (a televised apology, Son chef, X, fustige …, a Geneva
professor), a Belgian daily in straight marks (a-t-il écrit sur Facebook, an incise inside the marks), a French news
site's explainer with questions as subheads (a scandal's nickname in marks, D'après le journal, qui dit …, …). Then
a knife and gun attack near Nancy's Christmas market told by five outlets: a Québec daily (NANCY | …, selon une
source policière citée par l'Agence France-Presse, the suspect's cry with a hurlé l'assaillant, selon plusieurs
témoins, le locataire de la place Beauvau), a French TV channel's live page (time-stamped entries newest first,
selon nos informations as the channel's own voice, an update correcting the toll, the antiterrorist prosecutor's
press conference with charges in marks after des chefs d'« … » et d'« … », a shopkeeper's words holding the
suspect's cry), the city's regional daily in curly marks (the market's name in marks, L'édile a annoncé que, De
source proche de l'enquête, a-t-on appris auprès du parquet national antiterroriste), a Swiss daily with no space
inside the guillemets (a exposé le magistrat, an incise inside the marks, Selon l'Office fédéral de la police
(fedpol),), a Belgian popular daily in straight marks (a headline repeating a body quote, a-t-on appris dimanche
auprès du centre de crise). Then a commemoration of the 1942 Vél' d'Hiv round-up told by five outlets (the president
quoting his predecessor's 1995 words inside his own, the Israeli prime minister translated, the Crif's president, a
historian, a survivor of 92 by first name, the opposition leader on X, a Palestinian communiqué): a Québec daily
(l'ancien président avait déclaré en 1995 … que « … », qualifiée de « … »), a French reference daily (a quote over
two paragraphs reopened with «, Dans l'entourage du président, on assure que, a écrit sur X Mathis Roux), an Israeli
French-language site in straight marks (a headline repeating a word, X, la présidente du Conseil …, qui rappelle que
"…"), a Catholic daily in curly marks (a kicker, estime ce spécialiste de l'Occupation, Pour la présidente du Crif,
X, elle dit “…”), a regional daily of the survivor's city (a quote with no cue, tranche Simone, a book title in
marks). Then the National Assembly adopting algorithmic video surveillance told by five outlets: a reference daily's
long parliamentary report (vote figures, a fait valoir que, Selon le rapporteur, s'est insurgé le député RN,
a-t-elle ironisé, the CNIL's deliberation, cries of « Liberté ! » from the left), a tech news site (the law's
nickname in marks, no quote; the bill's article text quoted; an association's communiqué), a left-leaning daily (a
chant after scander, pour qui, an unmarked maxim inside a quote), the parliamentary channel's site (exchanges after
colons, « M. le ministre, … » with interruptions, a group's name that is no speaker, the vote read out), a regional
daily in straight marks quoting a local deputy (a headline repeating a partial, a post on X, a annoncé sa
permanence). Then an EU summit on migration told by four Belgian outlets and one French: a Brussels daily (notre
Premier ministre, notre pays, the press conference's question and answer, Au 16 rue de la Loi, on se félicite), a
popular daily in curly marks (a label after baptisé, a one-word quote, Le 16 rue de la Loi jure que), the public
broadcaster's site (a Flemish minister traduit du néerlandais, Elle craint que), a Walloon regional daily in
straight marks (C'est en tout cas ce qu'assure X, Il dit n'avoir "…"), a French daily (le Premier ministre belge,
selon X inside the clause, the jargon's label in marks). Then one judicial search told by five outlets (an invented
economy minister's office searched by investigators of the parquet national financier after an investigative site's
revelations on his former parliamentary assistants): the investigative site itself (selon nos informations and
d'après des documents consultés par notre rédaction as its own voice, charges in marks after des chefs de and pour
that are no quotes, two emails, an anonymous former collaborator, accusé par X d'avoir « … »), a left-leaning
monthly's recap in curly marks (a list of earlier cases, selon Le Monde, révélait Libération, c'est Mediapart qui
révélait que, job titles in marks), the constituency's regional daily in straight marks (a shopkeeper who keeps her
name, one-word partials, a confirmé son cabinet), a TV news site (the presenter's question in marks, a question and
answer in dashes), a Swiss daily (selon le média, an anonymous adviser after doute que, the DFF postposed); then eight
real episodes of 2018-2022, each told by five outlets: AUKUS, the Kerch Strait, the fall of Kabul, the Ryanair flight
forced down in Minsk, Nagorno-Karabakh, Mali and Barkhane, Hong Kong's security law, Meng Wanzhou and the two Michaels; then nine more of 2019-2023: the Sofagate in Ankara,
Pegasus, the Ocean Viking, the death of Idriss Déby, the coup in Niger, Greenland, France and Algeria in October 2021,
the Wagner mutiny, the war in Tigray; then six more of 2017-2023: the Gulf's blockade of Qatar, the migrants of
Ceuta, the Black Sea grain deal, the Chinese balloon over America, COP26 in Glasgow, the clashes in northern Kosovo; then six more of
2019-2023: the Stena Impero, Kazakhstan in January 2022, the Abraham Accords, the coups in Sudan, Myanmar and Gabon.
The floors sit a little below today's figures, so a
rule that breaks well-formed journalism fails here even when the unit tables still pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.evaluate import Report, evaluate

WRITTEN = Path(__file__).parent / "data" / "gold_written.jsonl"


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate([WRITTEN])


def test_every_article_is_scored(report: Report) -> None:
    assert report.documents == 3109
    assert report.end_to_end.tp + report.end_to_end.fn == sum((266, 84, 106, 76, 50, 76, 100, 97, 93, 109, 80, 104, 92, 75, 95, 97, 65, 82, 83, 80, 109, 89, 103, 88, 119, 99, 124, 99, 84, 68, 78, 60, 75, 101, 68, 70, 72, 89, 84, 79, 113, 82, 92, 92, 105, 109, 128, 107, 124, 128, 112, 113, 99, 107, 102, 102, 100, 119, 104, 105, 112, 128, 87, 113, 113, 97, 115, 86, 108, 87, 94, 89, 103, 98, 103, 99, 98, 95, 108, 110, 114, 122, 115, 109, 136, 86, 84, 78, 76, 92, 81, 85, 96, 84, 99, 79, 90, 83, 80, 104, 122, 90, 77, 77, 79, 98, 79, 81, 77, 77, 75, 79, 81, 81, 79, 79, 74, 86, 71, 70, 75, 93, 71, 78, 73, 75, 92, 80, 77, 96, 71, 82, 70, 91, 82, 76, 80, 76, 72, 76, 80, 79, 79, 83, 73, 77, 75, 82, 74, 72, 79, 76, 80, 71, 75, 74, 80, 79, 76, 74, 76, 76, 71, 77, 77, 74, 80, 79, 78, 75, 77, 83, 74, 76, 76, 75, 80, 80, 77, 77, 77, 77, 77, 78, 81, 68, 76, 72, 76, 72, 71, 76, 76, 75, 73, 76, 79, 77, 77, 70, 74, 78, 77, 77, 78, 76, 80, 79, 79, 71, 80, 77, 77, 82, 81, 81, 78, 74, 80, 74, 77, 71, 77, 72, 71, 71, 72, 78, 80, 73, 75, 76, 76, 70, 77, 78, 76, 72, 78, 76, 81, 70, 77, 70, 82, 76, 82, 73, 79, 78, 75, 76, 76, 72, 76, 73, 77, 81, 76, 77, 78, 76, 82, 73, 77, 77, 77, 80, 77, 77, 76, 75, 77, 80, 81, 80, 76, 77, 80, 81, 81, 70, 80, 75, 80, 75, 82, 72, 73, 73, 74, 77, 73, 69, 79, 72, 76, 76, 78, 76, 80, 74, 84, 74, 79, 76, 74, 77, 76, 80, 80, 73, 72, 70, 81, 72, 80, 76, 72, 78, 79, 71, 77, 76, 78, 78, 80, 77, 74, 76, 73, 78, 74, 75, 77, 76, 72, 76, 76, 72, 78, 77, 72, 72, 82, 82, 81, 72, 80, 71, 79, 80, 71, 72, 76, 74, 80, 69, 82, 75, 74, 73, 78, 75, 78, 73, 81, 75, 81, 74, 71, 80, 76, 76, 78, 76, 78, 74, 78, 77, 76, 75, 79, 78, 70, 75, 83, 75, 79, 76, 75, 79, 79, 77, 79, 78, 75, 78, 80, 73, 78, 76, 77, 75, 78, 72, 79, 74, 72, 75, 75, 72, 74, 77, 75, 71, 77, 78, 74, 74, 74, 72, 83, 76, 76, 72, 85, 74, 71, 71, 91, 76, 72, 80, 76, 79, 75, 72, 81, 73, 77, 77, 74, 75, 75, 77, 75, 70, 76, 80, 78, 76, 67, 76, 79, 70, 72, 74, 81, 73, 68, 77, 75, 72, 72, 80, 76, 75, 68, 74, 82, 81, 71, 76, 76, 83, 71, 82, 74, 76, 79, 73, 76, 76, 72, 73, 78, 72, 69, 77, 77, 79, 77, 67, 79, 72, 80, 69, 75, 70, 81, 79, 78, 77, 75, 77, 72, 69, 74, 77, 74, 78, 74, 74, 80, 78, 78, 73, 77, 72, 79, 78, 73, 71, 70, 79, 75, 76, 85, 78, 77, 75, 80, 82, 81, 83, 74, 72, 83, 78, 73, 76, 76, 68, 84, 67, 82, 76, 75, 80, 74, 77, 67, 76, 73, 72, 67, 69, 71, 72, 67, 71, 71, 78, 77, 70, 75, 73, 76, 74, 70, 81, 76, 73, 72, 73, 73, 64, 78, 71, 73, 69, 75, 69, 76, 71, 73, 72, 75, 74, 78, 74, 77, 74, 80, 76, 76, 82, 78, 76, 82, 70, 72, 80, 84, 76, 77, 79, 81, 85, 85, 76, 72, 86, 80, 3, 1, 6, 3, 1, 3, 4, 2, 2, 11, 5, 6, 1, -1, 10, -4, 5, -1, 1, 3, 4, 1, -1, 1, 2, 1, 2, 1, 2, 4, 3, 1, 1))  # the terms, in order: the last 1: batch 602's correction after the fix rounds read it (added: a chant after la foule scande, as the gold's other chants); the 1 before it: batches 493-516's correction after the fix rounds read them (added: the clause of a relative et qui relève que after a postposed estime X); the 3 before it: batches 461-492's corrections after the fix rounds read them (added: the clause of a relative pour qui after a postposed estime X, the clause of a relative qui rappelle que after one, and w2285's court's a retenu que found on the way); the 4 before it: batches 429-460's corrections after the fix rounds read them (added: a que clause after a dit avoir « … » qu', a standfirst's assure que, a clause after a fronted Pour les juristes,, w409's standfirst établissent que found on the way); the 2 before it: batches 413-420's corrections after the fix rounds read them (added: a que clause after a dit espérer que … « … », a clause before a postposed selon un communiqué de X); the 1 before it: batches 381-388's correction after the fix rounds read them (added: a standfirst's à Bruxelles, on admet que); the 2 before it: batches 373-380's corrections after the fix rounds read them (added: a standfirst's ont admis que, a que clause after juge « inacceptable » que); the 1 before it: batches 357-364's corrections after the fix rounds read them (added: the clause after pour qui « … » keeping its marks); the 2 before it: batches 349-356's corrections after the fix rounds read them (added: a clause before a postposed de l'aveu même du ministre, a que clause after jugeant « inacceptable » que); the - 1 and + 1 before it: batches 333-340's corrections after the fix rounds read them (removed: a generalisation after Pour de nombreux scientifiques,; added: ce qu'elle appelle l'« … » as the subject's partial); the 1 before it: batches 325-332's correction (added: a que clause after a jugé « inacceptable » qu'); the + 4 before it: batches 309-324's corrections after the fix rounds read them (added: a que clause after jugent « indécent » qu', À l'ONU, on rappelle que, a que clause after a jugé « inacceptable » que, a toll before selon le dernier décompte de X); the + 1 and + 3 before it: batches 261-284's corrections after the fix rounds read them (added: a que clause after a dit espérer que … « … », a que clause after avait laissé entendre que, a standfirst's prévient que, and w566's fronted Pour la délégation belge, … found on the way); the + 5 and - 1: batches 229-244's corrections after the fix rounds read them (added: a police's révélait que, a text's prévoit que around its partial, a que clause after jugeant « inacceptable », a que clause after a dit craindre, a new constitution's prévoit que; removed: a self-styled label after se présente comme le; changed: a clause after a rappelé à X, … que reduced to its que-clause); the + 10 and - 4: batches 180-228's corrections after the fix rounds read them (added: a que clause after a jugé « inacceptable », a fronted D'après un sondage de X, a chant after scandaient, a clause after a source's qui reconnaît que, a que clause after exiger des députés qu'ils, a clause before a postposed selon la même source, chants after au cri de and scandaient, a clause after tout en rappelant que, a standfirst's soutient que; removed: a set formula « persona non grata », a label after la version d'un, generalisations after Pour de nombreux experts and Pour nombre d'observateurs); the leading 3: batches 174-179's three clauses added after the fix rounds read them (a promis que, a fronted Pour X,, souhaiter que); the first 1 here: batches 162-167's two clauses added (a clause with its verb in marks before selon un communiqué de X, a clause before a postposed selon X) and one partial removed (a charge's name after inculpées pour) after the fix rounds read them; the 6: batches 156-161's annotations added after the fix rounds read them (three standfirsts' assure que, préviennent que and ont estimé que, ont confirmé que, a text's prévoit que, À X, on rappelle que); the first 3: batches 150-155's annotations added after the fix rounds read them (a standfirst's exige que, a text's prévoyait que with its partial); the second 1: batches 144-149's annotation added after the fix rounds read them (a subject, an incise and marks as one indirect clause); the 3: batches 138-143's three annotations added after the fix rounds read them (qualifie de « … », a relevé que, a paper's relevait que); the 4: batches 132-137's four annotations added after the fix rounds read them (a paper's rapportait que, parler d'une « … », « … » comme disent X, ce que X appellent la « … »); the first 2: batches 126-131's five annotations added (a clause before précise le texte, a communiqué's affirme que, a standfirst's partial, appelé au « … », ce qu'elle appelle un « … ») and three removed (two « que A et que B » pairs joined, indique + infinitive) after the fix rounds read them; the second 2: batches 120-125's three annotations added (a clause before a postposed a indiqué X, a clause after Pour X, description,, one word in marks inside a reported clause) and one removed (disent espérer + a noun phrase) after the fix rounds read them; the - 1: batches 114-119's three clauses added (a text's prévoyait que, a fact before comme l'a rapporté le quotidien, Pour les analystes,) and four pairs « que A et que B » joined into one clause each, after the fix rounds read them; the 1: batches 108-113's three clauses added (a second clause after tout en reconnaissant que, Pour X, … : « … », a standfirst's affirme que) and two annotations removed (an infinitive report, a headline after titrer sur) after the fix rounds read them; the 6: batches 99-104's indirect clauses the fix rounds found missing (a paper's relevait que, en annonçant que, a standfirst's postposed incise, a fronted side before on, words before marks with an incise, an article affirmant que); the 5: batches 91-98's annotations added (nine) and removed (four) after the fix rounds read them; the 11: w87's « jugé « … » que » clause, added with batch 30, w179's « a jugé « … » qu' », added after batch 38, and nine standfirst quotes of batches 51-56 annotated as the reference gold does


@pytest.mark.parametrize(
    ("figure", "floor"),
    [("direct_partial", 0.95), ("direct", 0.90), ("partial", 0.90), ("indirect", 0.90), ("end_to_end", 0.92)],
)
def test_f1_floor(report: Report, figure: str, floor: float) -> None:
    assert getattr(report, figure).f1 >= floor, report.format(show=True)


def test_attribution_floor(report: Report) -> None:
    assert report.attribution_accuracy is not None and report.attribution_accuracy >= 0.95, report.format(show=True)


def test_no_label_or_nickname_is_taken_for_a_quote(report: Report) -> None:
    """« Bleus » and « gilets jaunes » name a team and a movement, « Le Venezuela au bord du
    gouffre » an article to read, « Comité national pour le salut du peuple » a junta: never extras."""
    extras = {m.text for m in report.extras()}
    assert not extras & {"Bleus", "gilets jaunes", "Le Venezuela au bord du gouffre", "Comité national pour le salut du peuple"}
