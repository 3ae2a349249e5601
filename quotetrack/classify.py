"""Stage 3 — decide what each pair of quotation marks holds: direct, partial, or not a quote.

Every decision names the rule that made it (``direct-incise``, ``partial-cue``,
``not-label``…), so a user can see why a pair of marks was kept or dropped.
The evidence is local: the words right before the opening mark and right after the
closing one, the reporting cues of the sentence, and the shape of the quoted words.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Protocol

import regex
from rapidfuzz import fuzz

from quotetrack import lexicon
from quotetrack.cues import (
    clitics,
    crying_verb,
    etre_forms,
    future_endings,
    governor_finite_word,
    limit_link_ends,
    limited_in_marks,
    singing_verb,
    striking_up_verb,
    telling_participle_endings,
    verb_words,
)
from quotetrack.institutions import is_adjective, is_nationality_adjective
from quotetrack.lexicon import (
    Record,
    alternation,
    ending_with,
    suffix_trie_alternation,
    trie_alternation,
)
from quotetrack.marks import MarkedSpan, left_open, opening_marks, typography
from quotetrack.mentions import PLACED_REACH, names_data, placed_publication_before
from quotetrack.models import Kind
from quotetrack.registry import Registry, article_before_mark, fold, people_noun, role_heads
from quotetrack.registry import months as registry_months
from quotetrack.segment import Spans


class CueLike(Protocol):
    """What detection needs of a reporting cue (:class:`quotetrack.cues.CueMatch` is one)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def form(self) -> str: ...
    @property
    def lemma(self) -> str: ...
    @property
    def que_end(self) -> int | None: ...


class SpeechComplement(Record):
    """``speech_complement`` of ``data/detection.json``: words in marks inside the complement of
    a noun of speech whose owner is named are the owner's (``les propos de X sur la « … »``)."""

    nouns: tuple[str, ...] = ()
    """Nouns of speech besides ``speech_nouns`` (``la sortie de X``)."""
    topic_links: tuple[str, ...] = ()
    """Prepositions opening the topic of the words (``sur``); only a determiner may follow."""


class VerbIdiom(Record):
    """A verb and the words it sets in marks in an idiom (répondre « présent »)."""

    lemma: str
    words: tuple[str, ...]


class Grammar(Record):
    """Schema of ``data/detection.json``."""

    complementizers: tuple[str, ...]
    relative_cues: tuple[str, ...]
    clause_breakers: tuple[str, ...]
    audience_verbs: tuple[str, ...] = ()
    """Lemmas of cues whose direct object is whom the words were told (``prévenir``, ``avertir``):
    a determiner and one of ``audience_nouns`` between one and que (``a prévenu les journalistes que``)
    is that audience, no object a relative que completes."""
    audience_nouns: tuple[str, ...] = ()
    indirect_object_links: tuple[str, ...] = ()
    """Prepositions (``à``, ``au``, ``aux``) that, maybe with a definite article, right before a
    mention after a cue set off by a comma, make it the verb's indirect object (``…, y signale au
    parquet des anomalies``), no postposed subject."""
    audience_prepositions: tuple[str, ...] = ()
    """Prepositions opening before whom the words were said (``devant``): with a determiner and, in a
    few words, one of ``audience_nouns`` (``estimant devant un groupe de journalistes reçus au palais
    que …``), the phrase stands between a cue and its que as a channel does, its words however many."""
    circumstance_prepositions: tuple[str, ...] = ()
    """Prepositions of time or occasion (``après``, ``lors de``) that, with a determiner, open an aside
    set off by commas right before que as ``audience_prepositions`` do (``a fait savoir, après
    l'entretien des deux présidents à New York, que …``): the que is still the cue's."""
    expletive_ne_subordinators: tuple[str, ...] = ()
    """Conjunctions after which a ne before the verb is expletive, no negation nor restriction
    (``avant que sa porte-parole ne précise que …``): the cue still reports its que-clause."""
    correction_subjects: tuple[str, ...] = ()
    """The outlet's earlier version of its own text as a cue's subject (``une version précédente de cet
    article indiquait que …``): a correction in the outlet's own voice, nobody's report."""
    purpose_verbs: tuple[str, ...] = ()
    """Verbs of prevention (``éviter``, ``empêcher``) whose que right after them is their own object
    (``appelant à la retenue afin d'éviter que …``): no content clause of a cue before them."""
    complement_adjectives: tuple[str, ...] = ()
    """Adjectives that govern a complement in de or à (``incapable de``, ``prêt à``), singular forms: a
    source set off between one and marks opening with that preposition owns the marked words only."""
    subject_quantifiers: tuple[str, ...] = ()
    """Quantifying determiners (``toute``, ``chaque``, ``aucun``) that open a clause's subject, never
    a bare description set off after a source (``Selon lui, toute tentative … risque de …``)."""
    clause_continuations: tuple[str, ...] = ()
    """Concessive and causal conjunctions after a comma (``même si``, ``bien que``, ``car``) that carry
    a content clause on to the sentence's end (the speaker's own concession or reason), unless another
    cue stands after them (``…, même si l'opposition affirme que …``): then they end it, as a breaker."""
    contrast_continuations: tuple[str, ...] = ()
    """Conjunctions of contrast after a comma (``quand``) that, like ``clause_continuations``, end a
    content clause before another cue, but only a cue in a simple tense, no auxiliary: another
    party's counter-claim (``…, quand les familles avancent une autre version``); a compound past
    (``…, quand le juge a annoncé la peine``) dates the reported event, the clause goes on."""
    imperative_endings: tuple[str, ...] = ()
    """Endings of an imperative of the second person plural or the first plural (``signez``,
    ``rejoignons``): such a lower-case word opening the words after a cue's colon, then a
    determiner (``… continue : signez la pétition``), is the writer's call to the reader, no report."""
    manner_prepositions: tuple[str, ...] = ()
    """Prepositions of manner (``sans``) that, after a comma right after the closing mark that ends
    a content clause and before an infinitive (``infinitive_endings``, maybe after a clitic: ``…
    « n'est pas une politique », sans prendre la défense de …``, ``…, sans le nommer``), open the
    writer's remark on how the subject spoke: the clause ends at the closing mark."""
    withheld_detail_nouns: tuple[str, ...] = ()
    """Nouns of what a speaker left out (précisions, détails, explications) that, at most two
    words after one of ``manner_prepositions`` in the same place (``…, sans davantage de
    précisions``, ``…, sans autre détail``), open the writer's remark too."""
    name_origin_glosses: tuple[str, ...] = ()
    """``du nom de``: words that, after a comma right after the closing mark that ends a content
    clause (``… étaient des « razakars », du nom des collaborateurs de 1971``), open the writer's
    gloss of where the quoted term comes from: the clause ends at the closing mark."""
    speaker_act_participles: tuple[str, ...] = ()
    """``laissant planer``: present participles that, in the same place (``… « se consacrer aux
    Français », laissant planer le doute sur …``), open the writer's remark on what the speaker's
    words left open: the clause ends at the closing mark."""
    clause_conjunctions: tuple[str, ...] = ()
    anchored_subordinators: tuple[str, ...] = ()
    """Conjunctions of time (``après que``, ``avant qu'``) that, after a comma and a measure of time
    (a cardinal or one of ``anchor_counts``, then a noun of ``time_words``: ``, deux jours après que``),
    date the writer's sentence against another event: they end a content clause, as a breaker."""
    anchor_counts: tuple[str, ...] = ()
    """Vague counts (``quelques``, ``plusieurs``) that measure a time before ``anchored_subordinators``."""
    fronted_subordinators: tuple[str, ...] = ()
    """Conjunctions that open a sentence with a subordinate before its main clause (``Même si X
    répète que …, Y assure que …``): a content clause of a cue inside it ends before the main clause."""
    fronted_subordinators_elided: tuple[str, ...] = ()
    """Their elided forms (``lorsqu'``, ``même s'``)."""
    identity_copulas: tuple[str, ...] = ()
    """Past forms of a copula (``a été``, ``était``, ``fut``) that, right after a personal subject
    pronoun opening the sentence (maybe with adverbs of ``identity_adverbs`` between), set long words in
    marks opening with a definite determiner with no cue in the sentence as a name given to the
    subject (``Elle a longtemps été « la petite fiancée du cinéma français »``), nobody's words."""
    identity_adverbs: tuple[str, ...] = ()
    """Adverbs that may stand in or after such a copula (``longtemps``, ``toujours``)."""
    identity_determiners: tuple[str, ...] = ()
    """Definite determiners opening such a name in marks."""
    antonomasia_adjectives: tuple[str, ...] = ()
    """Adjectives of a former state after a name's comma and definite article, before marks
    (``Roubaix, l'ancienne « ville aux mille cheminées »``): the name's old nickname, no quotation."""
    hypothetical_subordinators: tuple[str, ...] = ()
    """Conjunctions of a hypothesis (``si``, ``s'``): a cue whose subject follows one past the
    main clause's start (``… pour saisir le tribunal s'il estime que …``) reports nobody's words."""
    hypothetical_blockers: tuple[str, ...] = ()
    """Words right before a hypothetical conjunction that make it no hypothesis (``même si``: a concession)."""
    prepositional_relatives: tuple[str, ...] = ()
    """Relatives of a person after a preposition (``à qui``, ``auquel``) that open a clause with
    a subject of its own; set off by commas, a cue in it governs no marks after its closing comma."""
    own_subject_relatives: tuple[str, ...] = ()
    """Relatives that open a clause with a subject of its own (``où``, ``dont``): a pronoun's source
    glued to that clause's verb (``où la menace n'est selon lui « … »``) reports the relative's clause."""
    judging_verbs: tuple[str, ...] = ()
    """Lemmas of verbs of judging whose object's attribute may stand in marks (``juger les
    résultats « positifs »``, ``qualifier la rencontre de « bonne »``): a named subject's own words,
    no clause a source set off after them reports (``…, selon les agences``)."""
    apposition_time_adverbs: tuple[str, ...] = ()
    """Adverbs of time that may open a description set off after a name (``Paul X, alors
    porte-parole du parti,``): past them, the apposition reads as without them."""
    writer_que_openers: tuple[str, ...] = ()
    """Sentence adverbs built on que that open a sentence as the writer's link (``Reste que``,
    ``Toujours est-il que``), lower case: no part of the clause a source set off in it reports."""
    directive_complementizers: tuple[str, ...] = ()
    """What may stand between a directive cue and its content clause as a complementizer of its
    own (``a appelé à ce que …``, ``exhorte à ce qu'``), lower case: the ``ce`` in it blocks no que
    (unlike ``a répondu à ce que disait X``, after a cue of no directive stance: a relative)."""
    colon_window: int
    answer_words: tuple[str, ...] = ()
    """Words of an answer (``non``, ``oui``) that, right after a cue and before one of
    ``answer_links`` (``dit non au traité :``), make the cue a stand taken on its object: the
    words after the colon that follows are the writer's, no report."""
    answer_links: tuple[str, ...] = ()
    """Prepositions opening the object of such an answer (``à``, ``au``, ``aux``)."""
    language_verbs: tuple[str, ...] = ()
    """Lemmas of verbs (``parler``) that, with a bare language of ``language_objects`` right after
    them (``le podium parle anglais :``), say which language is spoken, no report: the words after
    the colon that follows are the writer's."""
    language_objects: tuple[str, ...] = ()
    """Names of languages (``anglais``, ``russe``), lower case, as bare objects of ``language_verbs``."""
    ballot_option_before: tuple[str, ...] = ()
    """Words right before one of ``answer_words`` alone in marks, lower case, that make it the
    ballot option of a vote, a noun (``un « non » moins large que prévu``, ``le « oui » l'emporte``)
    or the object of voting (``a voté « oui »``), or the ballot paper's (``un bulletin « oui »``): the
    writer names the option, nobody's words."""
    que_blockers: tuple[str, ...]
    adverb_complementizer_blockers: tuple[str, ...] = ()
    """Words of ``que_blockers`` that, alone between a finite cue and its own que, are an adverb
    and the que its complementizer (``X estime ainsi que …``: *thus*, no *ainsi que* of comparison)."""
    focus_blockers: tuple[str, ...] = ()
    """Words of ``que_blockers`` that, right before a determiner, stress the noun phrase after them
    (``a déclaré avant même l'entretien que …``): an adverb of focus, no comparison blocking the que."""
    que_conjunctions: tuple[str, ...] = ()
    adverb_complementizer_conjunctions: tuple[str, ...] = ()
    """Words of ``que_conjunctions`` that, alone between a finite cue and its own que, are an adverb
    of time and the que its complementizer (``X assurait alors que …``: *then*, no *alors que*)."""
    concessive_governor_links: tuple[str, ...] = ()
    """The word between avoir and a reporting infinitive that makes it concessive (``a eu beau
    répéter que …, chacun …``): the content clause ends at the first comma after its que, the
    main clause of the sentence after it."""
    back_reports: tuple[str, ...] = ()
    free_relatives: tuple[str, ...] = ()
    """A relative right after a verb, its object (``elle confirme ce que les gens pensent``): the
    verb's *que* no complementizer, the verb no report of a clause of its own."""
    object_free_relatives: tuple[str, ...] = ()
    aside_participle_endings: tuple[str, ...] = ()
    """A free relative right after a finite cue (``analyse ce que …``, ``raconte ce qui …``,
    ``dit ce dont …``): the verb's object, so no postposed subject follows the verb (``X, auteur
    de …, analyse ce que l'affaire dit``: no incise reporting the words before the comma)."""
    free_relative_heads: tuple[str, ...] = ()
    """Demonstratives that open a free relative right before a relative pronoun (``ce qui``,
    ``ceux dont``): a noun phrase, a clause's subject, never an aside on a source."""
    disputing_relatives: tuple[str, ...] = ()
    """Open the words between a closing mark and a cue of denial (``« … », ce qu'elle dément``):
    the cue's subject disputes the words in marks, no incise of them."""
    negation_words: tuple[str, ...]
    fronted_only_prepositions: tuple[str, ...]
    """Prepositional cues that report only at a clause start, before a speaker (« Pour X, … »)."""
    pour_governing_predicates: tuple[str, ...] = ()
    """Predicates of timing that govern a complement in ``pour`` (« l'affaire tombe mal pour X »):
    fronted (« Pour X, l'affaire tombe mal »), the phrase in pour is theirs, for whom the timing
    is bad or good, no source; the clause is the writer's."""
    opinion_source_determiners: tuple[str, ...] = ()
    """Determiners before an ``opinion_source_nouns`` noun after a fronted_only preposition."""
    opinion_source_nouns: tuple[str, ...] = ()
    """Nouns of a group or a person holding opinions (``Pour l'opposition, …``, ``Pour les historiens,
    …``): after a fronted_only preposition and a definite determiner, a source as a name is."""
    opinion_source_indefinite_determiners: tuple[str, ...] = ()
    """Indefinite determiners before an ``opinion_source_indefinite_nouns`` noun after a fronted_only
    preposition (``Pour un analyste, …``)."""
    opinion_source_indefinite_nouns: tuple[str, ...] = ()
    """Nouns of expertise whose holder, even indefinite (``Pour un analyste de la place, …``), gives
    an opinion: no topic (``Pour un pays comme le nôtre``, ``Pour une mère``), a source as a name is."""
    opinion_source_bare_nouns: tuple[str, ...] = ()
    """Nouns of a body that also name an activity (``organisation``): like ``opinion_source_nouns``,
    but only right before the fronted phrase's comma (``Pour l'organisation, …``), never before a
    complement (``Pour l'organisation du sommet, …``: the act of organising, no source)."""
    evidence_source_nouns: tuple[str, ...] = ()
    """Nouns of pictures (images, vidéos, photos) that, headed by a determiner right after a
    prepositional cue (``…, selon des images diffusées par X``), cite what was seen: no one's
    words, no indirect quote (see ``indirect._evidence_source``)."""
    stock_phrase_sources: tuple[str, ...] = ()
    """Prepositional cues naming a milieu's set phrase (selon la formule consacrée dans les
    chancelleries) whose words in marks are that milieu's: postposed, they report no clause, the
    sentence around the marks staying the writer's."""
    quote_complement_prepositions: tuple[str, ...] = ()
    """Prepositions that make words in marks the complement of a noun (``Un appel à « … »``): a
    determiner, one word and one of them before marks are a noun phrase framing the quotation,
    no clause, before a postposed incise (see ``indirect._framed_marks``)."""
    self_image_verbs: tuple[str, ...] = ()
    """Forms of verbs by which a subject casts itself in a role (se rêve, se pose, s'érige), read
    after the reflexive ``se`` and before ``en``: words in marks right after them, maybe past a
    short adverbial (``se rêve depuis longtemps en « … »``), name the role, the writer's label,
    no quotation, unless a cue before them in the sentence reports it (see ``_casts_itself_as``)."""
    self_image_links: tuple[str, ...] = ()
    """The preposition between a ``self_image_verbs`` form and the role it casts (``en``: se rêve
    en « … »), ending the words before the marks."""
    backshifted_endings: tuple[str, ...] = ()
    """Third-person endings of the imperfect and the conditional (ait, aient): a content clause
    of a cue in the passé composé holding one is in the sequence of tenses; a clause a comma and
    a coordinator join to it in the passé composé (``, et la communauté a tenu à …``) breaks that
    sequence, the writer's narration, which ends the content clause (see
    ``indirect._narration_after_backshift``)."""
    compound_past_auxiliaries: tuple[str, ...] = ()
    """The present of avoir that makes a cue a passé composé (``a annoncé``, ``ont dit``), the tense
    whose reported clause ``backshifted_endings`` read (see ``indirect._narration_after_backshift``)."""
    narration_negation_adverbs: tuple[str, ...] = ()
    """Adverbs that, with the ``negation_words``, may stand between the auxiliary and the
    participle of that narration's passé composé (``, mais l'Union n'a pas encore touché à …``,
    ``n'a toujours pas réagi``): the clause a coordinator joins is the writer's all the same."""
    participle_complement_prepositions: tuple[str, ...] = ()
    """Prepositions opening the complement of a reporting verb's bare participle (``plaidé pour``,
    ``insisté sur``): a coordinator and such a participle after a content clause of a compound
    cue (``a estimé que … et plaidé pour une solution``) are the cue's second verb, its auxiliary
    shared, which ends the clause (see ``indirect._same_subject_verb``)."""
    clause_pronouns: tuple[str, ...] = ()
    """Subject pronouns (``il``, ``nous``, ``j'``): in capitalised words in marks, a clause's
    subject, so a full sentence, no title (see :func:`_glued_heading`)."""
    time_openers: tuple[str, ...] = ()
    """Open an adverbial of time (dès, à chaque, d'ici): words in marks opening with one in lower
    case right after a naming noun (une motion « dès le prochain 49.3 ») are no name of the thing."""
    frame_prepositions: tuple[str, ...] = ()
    """Open a fronted adverbial of place or time (Sur le terrain, Dans la nuit, Depuis janvier):
    a source set off by commas right after one (Sur le terrain, selon l'ONU, …) reports the
    clause after it, not the adverbial."""
    complement_prepositions: tuple[str, ...] = ()
    """Open the complement of an adjective or participle (une opération destinée, selon lui, à
    « protéger … »): a source set off by commas between such a word, after a noun, and the
    preposition opening an infinitive qualifies that phrase only, and reports no clause before it."""
    phrase_participle_endings: tuple[str, ...] = ()
    """Endings of the past participles that open a phrase after a noun (une crise devenue, selon
    elle, le premier souci; un accord obtenu, selon lui, grâce à Paris): a source set off by commas
    right after one, a reporting verb before it in the clause and no auxiliary, qualifies that
    phrase only, and reports no clause before it."""
    alleged_demands: tuple[str, ...] = ()
    """Verbs of demanding (exiger, ordonner): in the conditional inside the clause a fronted source
    reports (Selon un ancien conseiller, X aurait exigé que …), an act the source alleges, the
    que-clause (what should be done) no words of X's: the source reports the whole clause.
    A verb of saying there (X aurait déclaré que …) still gives X its que-clause."""
    infinitive_endings: tuple[str, ...] = ()
    """Endings of the infinitive (protéger, agir, mettre, pouvoir)."""
    passive_periphrasis_forms: tuple[str, ...] = ()
    """Forms of faire and voir that, right before an infinitive, make a passive of it (s'est vu
    infliger un « camouflet » par le Conseil, s'est fait voler la « vedette » par X): par after
    the infinitive's object in marks still opens its agent."""
    reflexive_infinitive_endings: tuple[str, ...] = ()
    """Endings of the infinitive no finite form has (-er, -ir; not -re: se montre, se déclare):
    a reflexive right before a word with one (venue se recueillir, prêt à se battre) belongs to
    an infinitive, no finite verb of a clause."""
    speech_nouns: tuple[str, ...]
    speech_complement: SpeechComplement = SpeechComplement()
    """Words in marks inside the complement of a named owner's noun of speech are the owner's."""
    verdict_nouns: tuple[str, ...] = ()
    """``Sa réplique a fusé : « … »``: nouns for what someone said or concluded that, after a
    possessive opening the clause before a colon, give the words to the possessor (as the
    ``speech_nouns`` and the statement nouns of ``names.json`` do), never to the noun itself."""
    naming_words: tuple[str, ...]
    naming_verbs: tuple[str, ...] = ()
    """``on l'appelait « la petite Sheila »``, ``la surnomment « la Panthère »``: a naming verb
    after its object clitic; its complement in marks is a name whatever its case, never the
    speaker's judgement of the object (as ``Berlin juge le plan « ambitieux »`` is)."""
    relative_naming_verbs: tuple[str, ...] = ()
    """``qu'elle appelle``, ``qu'il surnomme``: a naming verb after a relative pronoun as its
    object (un chef cuisinier, qu'elle appelle tendrement « mon Corse »), maybe one of
    ``naming_adverbs`` after it: words in marks that name a person (opening with a capital or
    one of ``naming_possessives``) are a nickname, no quotation; ``ce qu'il appelle « une
    trahison »`` stays one."""
    naming_adverbs: tuple[str, ...] = ()
    relative_subject_naming_verbs: tuple[str, ...] = ()
    """``que les supporters surnomment``: a naming verb whose subject, a short noun phrase,
    stands between it and the relative pronoun (``relative_subject_naming_openers``) that is its
    object: as after ``relative_naming_verbs``, words in marks that name a person are a nickname."""
    relative_subject_naming_openers: tuple[str, ...] = ()
    naming_time_links: tuple[str, ...] = ()
    """``dans``, ``en``, ``à l'époque``: words opening an adverbial of time, up to three words more
    and no comma (``que la presse surnommait dans les années 1990 le « … »``), between a relative
    naming verb and the article before the name it gives: the name still, no quotation."""
    naming_possessives: tuple[str, ...] = ()
    naming_thing_antecedents: tuple[str, ...] = ()
    naming_person_antecedents: tuple[str, ...] = ()
    """``celui``, ``celle``: a demonstrative antecedent that stands for a person before a relative
    naming verb and its subject (``celui que la presse appelle « le patriarche de … »``): a short
    definite noun phrase in marks (``identity_determiners``) names that person, no quotation
    (``ce que ses adversaires appellent « la rupture »`` stays one)."""
    impersonal_naming_verbs: tuple[str, ...] = ()
    """``qu'on appelle``, ``que l'on appelle``: a relative naming verb whose subject is the
    indefinite *on*, or a vague share of people naming nobody (``ce que certains appellent``,
    ``que d'aucuns surnomment``): words in marks after it, a few lower-case words maybe between (``ce qu'on
    appelle trop vite une « guerre oubliée »``), are what people commonly call the thing, nobody's
    words; none of ``impersonal_naming_stops`` between (``qu'on appelle à « … »``: another verb)."""
    impersonal_naming_stops: tuple[str, ...] = ()
    generic_naming_openers: tuple[str, ...] = ()
    """``ce que les historiens appellent la « légende noire »``: ``ce que`` and a definite plural
    subject (a whole trade, a people: les spécialistes, les Chiliens), then a verb of
    ``relative_subject_naming_verbs`` and an article: what a community commonly calls the
    thing, a name, nobody's words (as after ``impersonal_naming_verbs``); ``ce qu'il appelle
    « … »`` and ``ce que ses adversaires appellent « … »`` name a speaker, still quotations."""
    """``ce`` (qu'il appelle « … »): an antecedent of ``relative_naming_verbs`` that is a thing,
    whose words in marks are the speaker's term for it, a quotation whatever their case."""
    so_called: tuple[str, ...] = ()
    """``la loi dite « … »``, ``les prétendus « … »``: right before the marks, the words in them
    are a name or someone else's term, even after a reporting verb."""
    so_called_governed: tuple[str, ...] = ()
    """``sous le format dit « … »``: forms of a reporting verb that are the adjective *so-called*
    after a noun an ``adverbial_prepositions`` preposition governs (no subject: ``Le ministre dit
    « non »`` still reports)."""
    adverbial_prepositions: tuple[str, ...] = ()
    adverbial_determiners: tuple[str, ...] = ()
    charges: tuple[str, ...] = ()
    """``mis en examen pour``, ``jugé pour``: right before the marks, the words in them name an
    offence, even after a reporting verb (``jugé`` is one)."""
    offences: tuple[str, ...] = ()
    """``assassinat``, ``association de malfaiteurs``: words opening an offence's legal name; in
    marks right after a ``charge_links`` word (``a requis dix ans contre X pour « … »``), far
    from the charge word, they name that offence too, nobody's words."""
    charge_links: tuple[str, ...] = ()
    naming_after_comma: tuple[str, ...]
    naming_after_marks: tuple[str, ...] = ()
    """``la « Nordhavn », comme on appelle l'usine ici``: lower-case words after the comma that
    closes short marks and say what people call something (or, in apposition, ``, le nouveau nom de
    la troïka``): the marks hold a name, no quotation."""
    naming_after_subject_openers: tuple[str, ...] = ()
    """``la « Cerise d'hiver », comme les habitants appellent le centre``: *comme* and a plural
    determiner opening, after the comma that closes short marks, the subject of one of
    ``naming_after_subject_verbs`` a few words on: what a community (les habitants, ses
    partisans) calls the thing, a name, no quotation, as with the subject after the verb
    (``comme l'appellent les habitants``, one of ``naming_after_marks``); a person named as
    subject (``comme Paul appelle …``) is no community, and ``appellent à`` calls for something."""
    naming_after_subject_verbs: tuple[str, ...] = ()
    naming_inverted_auxiliaries: tuple[str, ...] = ()
    """``la « vallée maudite », comme l'a longtemps surnommée la presse``: *comme*, an object
    clitic and an auxiliary (one of them), then one word (an adverb) before a participle of
    ``nickname_verb_stems``: the name the subject after it gave the thing, no quotation, as
    ``comme l'a surnommé`` of ``naming_after_marks``."""
    fond_after_marks: tuple[str, ...] = ()
    """``la « diplomatie du tweet » chère au président``: the adjective *cher à* (any gender and
    number, its preposition) right after the marks says whose pet phrase or slogan they hold, as a
    register of speech does (``le « bloqueo » de la rhétorique officielle``): the writer names it,
    no quotation."""
    reader_rubrics: tuple[str, ...] = ()
    """``Vos questions : « Pourquoi à Minsk ? »``: names of a rubric of readers' questions, lower
    case; alone before a colon and marks (maybe past a live entry's time), the marks hold the
    rubric's question, no quotation."""
    verdict_rubrics: tuple[str, ...] = ()
    """``Notre verdict : « Trompeur »``: a fact-check's own rating, named with the outlet's
    first-person possessive (notre verdict), lower case; alone before a colon and marks, like
    ``reader_rubrics``, the marks hold the outlet's rating in its own voice, no quotation
    (``Sa réplique : « … »`` still quotes the owner, see ``verdict_nouns``)."""
    headline_after_marks: tuple[str, ...] = ()
    """``« … », titre le journal en une``: forms of the verb that gives a paper's headline, lower
    case, right after the comma closing marks: the marks hold the headline, a title, no quotation."""
    titled_documents: tuple[str, ...] = ()
    """``Le rapport de la commission X, « La France et … », remis en mars, évoquait …``: a
    determiner and a noun of a document that bears a title, lower case: opening the clause, a
    few words and a comma before capitalised marks that a comma closes, they make the marks the
    document's title in apposition, no quotation."""
    headline_reply_after_marks: tuple[str, ...] = ()
    """``« Enfin ! », titre X. « Ils ont perdu », lui répond Y``: a verb of replying with its dative
    clitic, lower case, right after the comma closing marks, when the marks just before them in the
    paragraph hold a headline (``headline_after_marks``): a press review setting one paper's
    headline against another's, the reply a headline too, no quotation."""
    headline_after_colon: tuple[str, ...] = ()
    """``« … » : le titre est sobre``: words naming a paper's headline, lower case, right after
    a colon after marks: the marks hold the headline (a press review's), no quotation."""
    front_page_phrases: tuple[str, ...] = ()
    """``« Capitulation ! », tonne en une le Daily Telegraph``: where a paper prints its headline,
    lower case; after the comma closing marks, a verb (maybe an adverb) and one of them, then at
    once the paper, its article or its capital (no ``du``: ``confie en une du Parisien le
    ministre`` still quotes the minister): the marks hold the paper's front-page headline, no
    quotation (``explique en une phrase`` goes on with a noun: no front page)."""
    headline_manner_prepositions: tuple[str, ...] = ()
    """``Le Sudan Tribune titre sans détour : « … »``: prepositions (sans, avec) opening a short
    adverbial of manner, one to three lower-case words, between a headline verb of
    ``headline_after_marks`` and the colon before its headline, as an adverb in -ment may stand
    there (titre sobrement :); not after a determiner (son titre en jeu : the noun, no verb)."""
    headline_times: tuple[str, ...] = ()
    """``Le quotidien, qui titrait hier « … »``: when or where a paper printed its headline (hier,
    ce mardi, en une), lower case, between a headline verb of ``headline_after_marks`` (no
    determiner before it) and marks with no colon: the marks hold the headline, no quotation."""
    schedule_after_marks: tuple[str, ...] = ()
    """``« Revue de presse internationale », du lundi au vendredi à 7h36``: openings of a
    broadcast's schedule, lower case; right after marks opening a sentence (maybe past a comma),
    the marks hold the programme's name, a sign-off, no quotation."""
    headline_frames: tuple[str, ...] = ()
    """``paraît sous un titre en forme d'appel : « … »``: a headline named through its noun,
    lower case, in the clause a colon right before the marks closes: the marks hold that title."""
    nickname_verb_stems: tuple[str, ...] = ()
    """``surnomm``, ``baptis``: stems of naming verbs whose object in marks is always a name, in
    lower case too (``qu'il surnommait « petit homme-fusée »``), unlike *appeler*, whose object
    may be the speaker's term (``ce qu'il appelle « une trahison »``)."""
    object_naming_verbs: tuple[str, ...] = ()
    """``les grévistes, qui appellent les non-grévistes les « … »``: finite forms of a naming verb
    that also calls for things (appeler à), naming only with its object and a definite article
    right before the marks: the name the subject gives the object, nobody's words."""
    nickname_adverbs: tuple[str, ...] = ()
    """``simplement``, ``familièrement``: adverbs of a familiar name that, right before marks after
    a relative naming verb, make a definite noun phrase in them a nickname in lower case too (``le
    navire, que les pêcheurs appellent simplement « le monstre »``), not the subject's term."""
    operation_heads: tuple[str, ...] = ()
    """``opération``, ``marche``: nouns of a military or police operation or of a mass march that,
    capitalised, open words in marks after a determiner (``l'« Opération des forces unies »``, une
    « Marche pour le climat »): its official name, like ``document_heads`` and ``scheme_heads``
    capitalised (``le « Pacte vert »``)."""
    body_name_heads: tuple[str, ...] = ()
    """``conseil``, ``comité``, ``front``: nouns of a body that, capitalised, open words in marks
    after a determiner (``la création d'un « Conseil national de transition »``): the body's
    official name, capitalised as French names are, like ``operation_heads``; lower case (``un
    « conseil de guerre »``) the words still may be someone's."""
    document_heads: tuple[str, ...] = ()
    """``déclaration``, ``accord``: nouns of a document or a diplomatic format that, opening words
    in marks after a determiner, a complement link and capitalised words only (``la « déclaration
    de Moscou »``, ``l'« accord de Paris »``), make the marks the document's name (``une
    « déclaration de guerre »`` still may be a quotation)."""
    possessive_body_heads: tuple[str, ...] = ()
    """``mission``, ``commission``: nouns of a body that, opening words in marks right after one of
    ``naming_possessives``, then a complement link and a noun phrase with no infinitive (``sa
    « mission d'établissement des faits »``), make the marks the body's name, nobody's words
    (``leur « état de crise »`` still may be a quotation)."""
    anaphoric_noun_openers: tuple[str, ...] = ()
    """``ce même``, ``cette même``: a demonstrative and *même* opening the noun phrase between a
    reporting verb and *que* (``a déclaré sur ce même site que « … »``): the *même* points back to
    something named, no comparison (``le même … que``), so the *que* followed by an opening mark is
    the verb's complementizer."""
    gloss_after_marks: tuple[str, ...] = ()
    """``les « mesures miroirs », ces clauses censées …``: demonstratives (lower case, a space after
    them) opening, right after the comma that closes marks, an apposition in which the writer
    explains the term at once: a label the writer uses, nobody's words; only after one of
    ``gloss_determiners`` right before the opening mark (``une « trahison », cette décision …``
    stays a partial)."""
    gloss_determiners: tuple[str, ...] = ()
    indefinite_gloss_after_marks: tuple[str, ...] = ()
    """``un « kill switch », un dispositif permettant …``: indefinite articles (lower case, a space
    after them), and definite ones (``une « note de cadrage », le document qui …``), opening, right after the comma that closes short marks, an apposition whose noun (no
    verb's, none of ``speech_nouns``, ``verdict_nouns`` or the speech complement nouns) says what the
    thing is: the writer's gloss of a term, nobody's words; only after one of
    ``indefinite_gloss_determiners`` (an indefinite article or a possessive: son « kill switch »)
    right before the opening mark (``une « trahison », une formule …`` and ``« immédiates », une
    exigence …`` with no determiner stay partials)."""
    indefinite_gloss_determiners: tuple[str, ...] = ()
    body_naming_words: tuple[str, ...] = ()
    """``le collectif « Nous toutes »``: nouns of a body right before marks whose words open with
    a capital: the body's name, not words reported (``un mouvement « historique »`` still may be)."""
    publication_naming_words: tuple[str, ...] = ()
    """``le quotidien slovaque « Sme »``: nouns of a publication that, one or two lower-case
    adjectives between them and marks holding a short capitalised name, make it the paper's name."""
    work_apposition_nouns: tuple[str, ...] = ()
    """Nouns of a work besides ``programme_naming_words`` (``mémoires``, ``récit``) that, in an
    apposition right after marks a title preposition governs (``dans « Ce que je tais », les mémoires
    que …``), make the marks the work's title, even words of the first person."""
    award_work_links: tuple[str, ...] = ()
    """``attribué à X pour « J'accuse »``: the preposition that gives the work a prize rewards,
    lower case, right before marks; with one of ``award_work_words`` before it in the clause."""
    award_work_words: tuple[str, ...] = ()
    """Nouns and participles of a prize (``César``, ``prix``, ``récompensé``, ``nominations``): before
    one of ``award_work_links`` right before short capitalised marks in the same clause, they make
    the marks the rewarded work's title, first-person words too (``le prix de la meilleure
    réalisation attribué à X pour « J'accuse »``)."""
    work_credit_links: tuple[str, ...] = ()
    """``de``, ``d'``: right after the comma closing capitalised marks, before a person's name that
    ends the apposition (``« La Haine », de Mathieu Kassovitz, décrivait …``), the credit of the
    work's author or director: the marks hold its title, nobody's words."""
    work_release_participles: tuple[str, ...] = ()
    """Participles of a work's release (``paru``, ``publié``) that, right after the comma closing
    marks a title preposition governs (``dans « Vivre, malgré tout », paru en 2019``), make the
    marks the work's title, as a work's noun in apposition there does."""
    programme_naming_words: tuple[str, ...] = ()
    """``l'émission politique « Dimanche en face »``, ``son essai « Le Sahel après … »``: nouns of a
    programme or a work that, right before marks holding a short capitalised name or with one or
    two lower-case adjectives between, make it the programme's or the work's title."""
    motto_heads: tuple[str, ...] = ()
    """``principe``, ``doctrine``: right before marks whose words open with a capital or a
    determiner (``le principe « un pays, deux systèmes »``), the marks hold the principle's
    name, a noun phrase; an adjective (``ce principe « intangible »``) is still someone's verdict."""
    motto_links: tuple[str, ...] = ()
    """``le principe du « pollueur-payeur »``, ``la doctrine de la « patrie bleue »``: a complement
    link holding a definite article (du, de la) between a noun of ``motto_heads`` and marks of at
    most ``label_max_words`` words, whatever their case: the principle's name, nobody's words (a
    bare link, ``les principes de « nécessité »``, may still give what someone said they are)."""
    law_heads: tuple[str, ...] = ()
    """``la future « loi sur l'ouverture des archives »``: nouns of a law or a decree opening the
    words in marks right after a definite, demonstrative or possessive determiner (maybe one
    adjective between): the marks hold the text's name, nobody's words (``une « loi
    d'exception »`` still may be)."""
    law_label_determiners: tuple[str, ...] = ()
    famed_adjectives: tuple[str, ...] = ()
    """``fameux``, ``célèbre``: an adjective of renown right before the marks, right after a
    determiner (``law_label_determiners``, ``du``, ``des``), maybe one adverb between (``les
    fameuses « … »``, ``le tristement célèbre « … »``): the writer points at a well-known term or
    label, nobody's words (``elle célèbre « … »``, no determiner, is a verb)."""
    famed_determiners: tuple[str, ...] = ()
    famed_adverb_endings: tuple[str, ...] = ()
    scheme_heads: tuple[str, ...] = ()
    policy_label_heads: tuple[str, ...] = ()
    """``diplomatie``: opening words in marks, then a complement link and a few words, after a
    definite, demonstrative or possessive determiner (``law_label_determiners``) no finite cue
    governs (la « diplomatie du chéquier », cette « diplomatie du canapé »): the writer's label of a
    policy, nobody's words (une « diplomatie du chantage » after évoquer still may be)."""
    """``plan``, ``pass``, ``chèque``: nouns heading a public scheme's or a programme's name made of
    two words in marks, the second juxtaposed with no preposition (``un « plan climat »``, ``le
    « Pass avenir »``, ``le « chèque énergie »``), after a determiner (one of
    ``law_label_determiners`` or ``scheme_determiners``): the scheme's name, nobody's words."""
    event_heads: tuple[str, ...] = ()
    """Nouns heading an event's name (meeting, festival), a capitalised name juxtaposed after them
    in marks (le « meeting Inès-Martin »): like ``scheme_heads``, the event's name."""
    scheme_determiners: tuple[str, ...] = ()
    law_label_max_words: int = 8
    law_title_links: tuple[str, ...] = ()
    """``la « loi relative à la protection des sols … »``: words right after a law's head that
    open the formula of an official title, which holds no cap on its length."""
    law_subject_links: tuple[str, ...] = ()
    """``la loi sur les « agents de l'étranger »``: a preposition and a definite article after a
    law's noun (``law_heads``; one adjective may stand between), right before short words in marks:
    the nickname of what the law is about, the writer's label of the text, nobody's words."""
    levy_heads: tuple[str, ...] = ()
    """``la taxe sur le « papier timbré »``: nouns of a tax or a levy that, before one of
    ``law_subject_links``, name the levy by what it is charged on, as a law's noun does: the
    writer's label of the thing taxed, nobody's words (``une taxe « injuste »`` still may be one)."""
    challenge_nouns: tuple[str, ...] = ()
    """``a mis l'opposition au défi de « prouver » ses allégations``: the noun of a challenge
    (``au défi``) a form of ``challenge_verbs`` (mettre) opens, its object (at most
    ``challenge_object_words`` words) before or after the noun, then one of
    ``challenge_links`` (de) right before the marks: the act in marks is the one the challenger
    dared someone to do, his words (apostrophes folded to ``'``)."""
    challenge_links: tuple[str, ...] = ()
    challenge_verbs: tuple[str, ...] = ()
    challenge_object_words: int = 0
    titled_heads: tuple[str, ...] = ()
    """``le « Protocole relatif au mécanisme de prévention … »``: nouns of a legal text (protocole,
    convention, traité) that, opening words in marks after a ``law_label_determiners`` one, name
    the text only when one of ``law_title_links`` follows them (``le « protocole sanitaire »`` may
    be someone's words)."""
    law_title_determiners: tuple[str, ...] = ()
    """``du projet de loi « pour contrôler l'immigration … »``: definite determiners (contracted
    ones too) before a law's head outside the marks, whose words then give its official title
    when they open with one of ``law_title_links``."""
    connectors: tuple[str, ...]
    label_min_quoted: int
    label_min_bare: int
    headline_repeat_chars: int
    headline_echo_similarity: int
    headline_echo_share: float
    headline_echo_words: int
    agreement_endings: tuple[str, ...] = ()
    agreement_min_stem: int = 6
    headline_max_chars: int
    label_max_words: int
    scare_max_words: int
    echo_min_words: int = 2
    source_relatives: tuple[str, ...] = ()
    source_relative_cues: tuple[str, ...] = ()
    """The lemmas of the prepositional cues ``source_relatives`` count after (selon, not pour)."""
    opinion_relatives: tuple[str, ...] = ()
    """``qui``: the only relatives after a ``fronted_only_prepositions`` cue that take back a
    holder of opinions (un boulanger pour qui …); ``pour lequel`` takes back a thing."""
    """``qui`` of ``un responsable selon qui « … »``: after a prepositional cue, a clause in marks
    right after one, closing the sentence, is the whole utterance, a direct quote."""
    manner_openers: tuple[str, ...] = ()
    """``avec``: lower-case words in marks opening with one and another word after it (suit la
    situation « avec vigilance », prend acte « avec regret ») are a manner adverbial of the
    subject's own wording, never a label the writer distances himself from: a partial quote."""
    agent_framing_participles: tuple[str, ...] = ()
    """``présenté comme``: right before marks an agent follows (``« historique » par le
    président``), they frame the words as the agent's characterisation, a partial quote."""
    """Fewest words of a scare quote (no cue, lower case) that, found as whole words in a
    quotation kept elsewhere in the text, make it a partial quote: the writer takes up words
    someone's quotation holds (« puissance régionale » after « La Russie est une puissance
    régionale … »), no label of his own."""
    object_determiners: tuple[str, ...] = ()
    """Open a direct object: a que after one (énonce les domaines que …) is a relative pronoun."""
    singular_determiners: tuple[str, ...] = ()
    """Determiners of a singular noun: one right after a plural verb opens its object, never its
    subject (« Les faits, commis…, justifient le prononcé… »: no incise)."""
    noun_complement_links: tuple[str, ...] = ()
    """``sur``, ``de``: before a determiner and a noun, the que after them completes the noun."""
    content_nouns: tuple[str, ...] = ()
    """``fait``: after one of ``noun_complement_links`` and a determiner, a noun whose que-clause
    is what the cue reports (a insisté sur le fait que …), not a complement of the noun."""
    negation_particles: tuple[str, ...] = ()
    """``ne``: with que and no pas/jamais, a restriction (n'avoir été prévenu que la veille)."""
    negation_idiom_heads: tuple[str, ...] = ()
    """``importe``: after an elided negation particle, an idiom (``n'importe``), no negation."""
    caption_aside_words: tuple[str, ...] = ()
    """``ici``: opening a photo caption's aside after a subject's comma (``X, ici en 2019,``)."""
    enumeration_openers: tuple[str, ...] = ()
    """``dont``, ``notamment``: opening a list of examples (``douze États, dont le Chili, le Pérou et
    le Ghana,``): the names after its next comma are the list's last members, no apposition."""
    passive_participles: tuple[str, ...] = ()
    """``été``: the auxiliary's participle in a compound passive (``ont été informés``), a word of
    the verb group before the participle it carries."""
    comment_frames: tuple[str, ...] = ()
    """``une façon de``: opening a sentence right before a cue (Une façon de dire que …), the
    writer's comment on what was said before, nobody's report."""
    question_asides: tuple[str, ...] = ()
    """``interrogé sur``: opening a sentence, the aside naming the question put to the speaker;
    words in marks inside it are the question's topic in the writer's words, not the answer."""
    impersonal_openers: tuple[str, ...] = ()
    """``tout porte à`` (croire que): a verb of thinking reporting nobody."""
    generic_pronouns: tuple[str, ...] = ()
    """``on``: opening its sentence before a cue and its que, the writer's generic subject."""
    place_clitics: tuple[str, ...] = ()
    """``y``: between ``on`` and its cue (on y rappelle que), the place or side named before speaks."""
    charged_links: tuple[str, ...] = ()
    """``d'avoir``: right after a determiner and one noun (or a capitalised name) past a finite cue
    (…, accuse l'opposition d'avoir fomenté…): that noun is the verb's object, charged with what
    the infinitive says, no postposed subject."""
    generic_object_clitics: tuple[str, ...] = ()
    """``nous``, ``l'``: an object pronoun that may stand between ``on`` opening its sentence and
    the cue governing marks (On nous parle d'un « … », On l'appelle « … »): still the writer's
    generic subject, nobody's words."""
    member_nouns: tuple[str, ...] = ()
    """``chef``, ``membre``, ``figure``: before a complement link and marks, the marks name the body."""
    label_frame_links: tuple[str, ...] = ()
    """``de``: the bare link after a phrase of ``label_frames``, besides the complement links."""
    resemblance_relatives: tuple[str, ...] = ()
    """``ce qui ressemble à``, ``ce qui s'apparente à``: right before marks (maybe with an article
    between), the writer likens what the subject did to the thing the marks name, his own word."""
    resemblance_determiners: tuple[str, ...] = ()
    """``une``, ``le``: the article after a relative of ``resemblance_relatives``, before the marks."""
    label_frames: tuple[str, ...] = ()
    """``la politique``, ``la thèse``, ``sur fond``: before ``de`` or a complement link and marks,
    the marks name the policy, the version or the background, the writer's label."""
    claim_frames: tuple[str, ...] = ()
    """``la thèse``, ``la version``: of ``label_frames``, those of a claim someone puts forward;
    with a past participle and its agent right after the marks (la thèse des « mafias » avancée
    par Madrid), the marks hold the agent's word, a partial quote, no label of the writer's."""
    disputed_offices: tuple[str, ...] = ()
    """``président``, ``gouvernement``: an office alone in marks after a ``label_determiners`` one
    and before a complement link (le « président » de la république autoproclamée): the writer
    disputes the title of a power he does not recognise, nobody's words."""
    disputed_office_contractions: tuple[str, ...] = ()
    """``du``, ``au``: an article contracted with its preposition that, like a ``label_determiners``
    one, may stand before a disputed office in marks (la mort du « calife » de l'Etat islamique:
    a self-proclaimed title, nobody's words)."""
    label_determiners: tuple[str, ...] = ()
    """``le``, ``ce``: opening a subject right before marks a cue's participle qualifies, a label's;
    ``quant aux`` fronts such a noun phrase as the sentence's topic (Quant aux « élections » promises par X, …)."""
    fronted_topic_openers: tuple[str, ...] = ()
    """``quant au``: opening a sentence right before marks a comma closes at once (Quant au « plan
    social », la direction …): the marks name the sentence's topic, the writer's label."""
    document_participles: tuple[str, ...] = ()
    """``signé``, ``ratifié``: right after such marks, like a cue's participle, a text's label."""
    document_participle_determiners: tuple[str, ...] = ()
    """``le``, ``du``, ``des``: definite determiners right before marks a ``document_participles``
    participle follows, anywhere in the clause (dans le cadre du « pacte » signé en juillet): the text's name."""
    generic_subjects: tuple[str, ...] = ()
    """``chacun``, ``tout le monde`` right before a cue (chacun jure que): a generalisation, nobody's report."""
    coordinators: tuple[str, ...] = ()
    """Join two noun phrases (la France et l'Allemagne)."""
    incise_continuations: tuple[str, ...] = ()
    """Coordinators that, right after the comma closing an inverted incise inside a clause (``La
    Russie n'exclut pas une rencontre, a-t-il ajouté, mais seulement lorsque…``), carry the
    reported clause on to the sentence's end."""
    summary_determiners: tuple[str, ...] = ()
    """``un``, ``une``: after a comma, with one noun and an object relative (``, un sujet qu'il a
    abordé …``), the writer's apposition summing up the words, which ends a content clause
    unless the relative holds marks (the speaker's words on it)."""
    incise_continuation_stops: tuple[str, ...] = ()
    """Words right after one of ``incise_continuations`` that make it the writer's remark on the
    speech (``, a-t-il dit, mais sans préciser…``), no continuation of the words."""
    aside_coordinators: tuple[str, ...] = ()
    """After an aside closed by a spaced dash, coordinate a second que (``– sinon qu'il le
    révoquerait – et qu'il``): the content clause goes on past the dashes."""
    verb_coordinators: tuple[str, ...] = ()
    """Join two reporting verbs of one subject (juge que … et affirme avoir …, a estimé que … et
    a rappelé que …): a content clause ends before them."""
    repeated_subjects: tuple[str, ...] = ()
    """Subject clitics that may stand again between one of ``verb_coordinators`` and the second
    verb (on assure que … et on précise que …): the content clause still ends before them."""
    denied_when_negated: tuple[str, ...] = ()
    """Saying verbs that report nothing when negated (n'a pas dit que …)."""
    partial_denied_when_negated: tuple[str, ...] = ()
    """Verbs of judging whose negation before words in marks denies they are the subject's
    (n'ont pas condamné l'« opération spéciale »), as do ``denied_when_negated``."""
    avoidance_stems: tuple[str, ...] = ()
    """``évit``, ``se gard``, ``refus``: stems of a verb of avoidance whose infinitive cue right
    after it (maybe one of ``avoidance_adverbs`` between) denies the subject used the words in
    marks (Washington évite de parler de « coup d'Etat »), as a negation does."""
    avoidance_adverbs: tuple[str, ...] = ()
    commonplace_adverbs: tuple[str, ...] = ()
    """Adverbs of habit (``souvent``, ``longtemps``) that, right before a participle cue with no
    auxiliary and no agent after the marks (``un pays souvent qualifié de « narco-Etat »``), make
    the words in marks what people commonly call the thing, the writer's label, nobody's words
    (``qualifié de « … » par Washington`` still quotes the agent)."""
    relative_openers: tuple[str, ...] = ()
    """Relative pronouns that open a clause set off after a subject (Les Etats-Unis, qui …, ont lancé)."""
    object_relative_openers: tuple[str, ...] = ()
    """Object relative pronouns (que, qu') that, after a mention opening the clause and its comma,
    open a relative set off after the subject (Paul X, que la rédaction a refusé de rencontrer, a dit
    vouloir …): the words before the cue are no clause a postposed incise reports."""
    place_relative_openers: tuple[str, ...] = ()
    """Relatives of place (où) that open such a clause after a known mention (La ville de X, où …, a salué)."""
    apposition_relatives: tuple[str, ...] = ()
    """Relative pronouns that open a clause on a noun set in apposition after words in marks
    (« … », une usine à gaz dont plus personne ne se souvient): a cue inside says nothing of them."""
    apposition_conjunctions: tuple[str, ...] = ()
    """Those of ``apposition_relatives`` that are also conjunctions (que, qu')."""
    apposition_relative_blockers: tuple[str, ...] = ()
    """Words before one of ``apposition_conjunctions`` that make it a conjunction (alors que, ce que,
    pour que), no relative."""
    negative_subjects: tuple[str, ...] = ()
    """Words opening a subject that denies anyone spoke (Aucun texte commun n'a conclu la rencontre :
    …, Personne n'a commenté : …): a negated cue after one introduces the writer's words after a colon;
    right before a negated cue after marks (une « … » que personne ne reconnaît), it reports none."""
    negative_correlatives: tuple[str, ...] = ()
    """The correlative negation (ni) that, twice in the clause of a cue opening with a negation
    particle (ni la fédération ni l'agence ne se sont prononcées : …), denies that either spoke: the
    words after a colon are the writer's, as after one of ``negative_subjects``."""
    newsroom_subjects: tuple[str, ...] = ()
    """The outlet's own staff (notre rédaction, nos journalistes) as a postposed subject (…, a
    constaté notre rédaction): the outlet's own observation, no one's report, when the verb is one
    of ``newsroom_witness_verbs``."""
    newsroom_witness_verbs: tuple[str, ...] = ()
    """Lemmas of verbs of witnessing (constater, observer) that, with one of ``newsroom_subjects``
    postposed, make the sentence the outlet's own observation; with any other verb the outlet's
    staff is a source like any other (…, a rapporté notre correspondant à Alep)."""
    participle_comparatives: tuple[str, ...] = ()
    """Words of degree right before a participle cue (plus durement jugées que, moins critiqué que):
    its que is a comparison, no content clause."""
    degree_adverb_endings: tuple[str, ...] = ()
    """Endings of an adverb (-ment): one may stand between one of ``participle_comparatives`` and
    the participle, or between a headline verb and the colon before its headline (titre sobrement :)."""
    comparison_clause_openers: tuple[str, ...] = ()
    """``comme il``, ``comme on``: opening lower-case marks with more words after them (un ouvrage
    « comme il en existe des milliers »), a clause of comparison qualifying the noun, never its name."""
    superlative_openers: tuple[str, ...] = ()
    """``les plus``, ``la moins``: opening lower-case marks with a word after them (les passages à
    niveau « les plus exposés »), a superlative qualifying the noun before them, never its name."""
    qualifier_adverb_endings: tuple[str, ...] = ()
    """Endings only an adverb of manner or degree has, never a noun in -ment (entièrement,
    totalement, strictement; not gouvernement, mouvement): lower-case words in marks opening with
    one and another word after it (un système « entièrement verrouillé ») qualify the noun before
    them, a predicate someone gave, never that noun's name."""
    relative_fears: tuple[str, ...] = ()
    """Verbs of fear or doubt (craindre, redouter, douter): their que-clause reports the opinion of
    a subject that holds it (Le syndicat craint que …), but right after one of
    ``subject_relatives`` (les riverains, qui craignent que …) the writer describes the antecedent."""
    utterance_adjectives: tuple[str, ...] = ()
    """Adjectives of a manner of speaking (laconique, lapidaire) that, after ``un`` or ``d'un``
    right before marks, stand for the utterance (d'un laconique « … »): the words were said."""
    interjections: tuple[str, ...] = ()
    """Interjections (euh, ehm, ouf), lower case: marks holding nothing else hold a sound
    someone uttered (Son « Ehm », à peine audible, …), never a label of the writer's."""
    subject_relatives: tuple[str, ...] = ()
    """Relative pronouns that are their verb's subject (un « 0,3 % » qui rassure): words in marks
    right before one, after a determiner, are the subject of the cue after it, not its words."""
    object_relatives: tuple[str, ...] = ()
    """Relative pronouns that are their verb's object (que, qu'): right after the comma that
    follows marks (la « République turque de Chypre du Nord », que seule Ankara reconnaît), they
    open a relative on the marked noun, whose verb is no incise reporting the marks."""
    relative_antecedent_contractions: tuple[str, ...] = ()
    """A preposition fused with the article (aux, au, du) right before marks that one of
    ``subject_relatives`` follows (s'en est pris aux « provocateurs » qui accusent …): the marks
    are that relative's antecedent, its verb's subject, as after a plain determiner."""
    time_words: tuple[str, ...] = ()
    """Nouns of time: an object-like phrase holding one (la semaine dernière) is an adverbial."""
    generalising_quantifiers: tuple[str, ...] = ()
    """A vague share of a group (beaucoup de, nombre de, certains): right after a fronted_only
    preposition (Pour nombre d'observateurs, …) the writer's generalisation, nobody's report."""
    gerund_infinitive_links: tuple[str, ...] = ()
    """Links right after a present participle cue that open its infinitive (``et promettant de …``):
    coordinated after a content clause, a second report of the subject that ends the clause."""
    learning_links: tuple[str, ...] = ()
    negated_infinitive_links: tuple[str, ...] = ()
    """Prepositions (de, d') that open one of ``learning_infinitives``."""
    learning_infinitives: tuple[str, ...] = ()
    """Verbs of knowing (comprendre, constater) whose infinitive after de, right before que,
    takes the que itself (avant de comprendre que…): what someone learnt, no report of the cue
    before it."""
    time_comparatives: tuple[str, ...] = ()
    """Comparatives of time (plus tôt, plus tard): after a noun of time they date the report
    (a averti quelques jours plus tôt que…), no comparison blocking the que."""
    gloss_connectors: tuple[str, ...] = ()
    """``soit``, ``c'est-à-dire``: after a quotation's postposed incise and its comma, they open a
    capitalised quotation that renders the first one in other words (« We will… », a-t-elle écrit,
    soit « Nous allons… »): one utterance, the first one's kind and cue, as a bracketed gloss."""
    related_links: tuple[str, ...] = ()
    """``Lire aussi``, ``Retrouvez notre``: labels opening a paragraph (or, a colon after them, a
    paragraph's last sentence) that links to another article; the quotation marks in it belong
    to that article's title."""
    media_labels: tuple[str, ...] = ()
    """``VIDÉO``, ``EN IMAGES``: capitalised labels opening a line before a dash, a stop or a colon
    (``VIDÉO - « … » : X annonce un appel``): a link to a video or a gallery whose title, in the
    body, repeats words the article quotes elsewhere, before it or after."""
    back_references: tuple[str, ...] = ()
    """``C'est par ces mots que`` (X a ouvert…): right after a quotation, words that refer back
    to it and introduce its speaker."""
    back_reference_copulas: tuple[str, ...] = ()
    """The copula inside a back reference (``est`` of ``la formule est signée``): a short aside
    set off by commas may stand before it (``La formule, publiée mardi, est signée X``)."""
    cry_nouns: tuple[str, ...] = ()
    """``aux cris de`` « Macron démission »: nouns of crying whose complement in marks, capitalised,
    is a whole utterance (a slogan) of the crowd the sentence names."""
    slogan_media: tuple[str, ...] = ()
    """``pancartes``, ``mot d'ordre``: where a crowd's words are read or heard; a quotation an
    indefinite ``on`` reads or hears there (*sur les pancartes, on pouvait lire « … »*) is the
    crowd's named before it in its paragraph."""
    sign_participles: tuple[str, ...] = ()
    """``proclamant``, ``disant``: present participles a written sign of ``slogan_media`` takes for
    the words written on it (*sous une banderole proclamant « … »*, *des pancartes disant « … »*),
    and finite forms with the sign as their subject (*les pancartes proclamaient « … »*):
    the writer describes the sign, the marks give what it reads, a label, nobody's words
    (*on pouvait lire sur les pancartes « … »* still quotes the crowd)."""
    label_apposition_nouns: tuple[str, ...] = ()
    """``slogan``, ``devise``: nouns of speech that, opening an apposition right after the marks
    (maybe after a determiner: *placé sous le signe des « … », le slogan de son parti*), say the
    words are a label the writer names, nobody's words reported there."""
    comparative_connectors: tuple[str, ...] = ()
    """``comme`` (l'a indiqué X): before a finite cue, they make it an aside reporting the rest of
    the sentence."""
    known_labels: tuple[str, ...] = ()
    """Names of movements and groups the press sets in quotation marks (« gilets jaunes »):
    labels wherever they stand, unless a colon or a cue right before makes them an utterance."""
    set_formulas: tuple[str, ...] = ()
    event_naming_words: tuple[str, ...] = ()
    """A noun of a gathering and its complement link (``rassemblements de``): lower-case words in
    marks right after it, no cue before them in the sentence, name the events, nobody's words."""
    verb_idioms: tuple[VerbIdiom, ...] = ()
    """By a verb's lemma, the words it sets in marks in an idiom of the writer's (répondre
    « présent »): right after a form of that verb, the marks hold the idiom, nobody's words."""
    """Latin set phrases of law and diplomacy (« persona non grata », « sine die »): the whole
    words in marks are the formula, set in marks as in italics, nobody's words."""
    clock_hour_marks: tuple[str, ...] = ()
    """``h`` of ``14h32``: between the hours and minutes of a time opening a live blog's entry
    (``09:15`` needs none); see :func:`timestamp_lead`."""
    update_labels: tuple[str, ...] = ()
    """``Mis à jour à``, ``Actualisé à``: words before the time of an update opening a line of
    breaking news (``[Actualisé à 22 h 10]``, ``MISE À JOUR 22 h 10 |``), in any case, maybe
    followed by a comma: no part of a quotation or of its speaker; see :func:`timestamp_lead`."""
    day_ordinal_suffixes: tuple[str, ...] = ()
    """``er`` of ``1er avril``: after a day's number in an update line's date."""
    update_time_links: tuple[str, ...] = ()
    """``à`` of ``mardi 16 avril, à 10 h 05``: between an update line's date and its time."""
    figure_units: tuple[str, ...] = ()
    """``millions``, ``milliards``: a word of magnitude after a figure opening words in marks
    (« 80 millions de consommateurs ») makes them a quantity someone gave, never a work's title."""
    speaking_title_prepositions: tuple[str, ...] = ()
    """``de``, ``du``: those of ``title_prepositions`` after which short capitalised marks name
    a work even when they speak in the first or second person (*les dérapages de « Touche pas à
    mon poste »*), no reporting verb governing the preposition."""
    broadcast_verb_stems: tuple[str, ...] = ()
    """``diffus``, ``projet``: stems of verbs of showing a film or a programme; short capitalised
    marks right after a form of one (*rediffusera dimanche soir « Le Grand Bleu »*) are its title."""
    title_prepositions: tuple[str, ...] = ()
    """``dans``, ``de``: right before marks in the writer's sentence, a short capitalised phrase
    after one is a work's title (*il a joué dans « Intouchables »*): a fragment of speech takes
    the case of the writer's sentence."""


@cache
def _denied_when_negated(lemma: str) -> bool:
    """Whether a negated cue of ``lemma`` denies the words in marks after it (see
    :attr:`Grammar.partial_denied_when_negated`)."""
    g = grammar()
    return lemma in g.partial_denied_when_negated or lemma in g.denied_when_negated


@cache
def _avoidance_before() -> regex.Pattern[str]:
    """A verb of avoidance (``avoidance_stems``), maybe one of ``avoidance_adverbs`` after it, and spaces ending the text searched."""
    g = grammar()
    if not g.avoidance_stems:
        return regex.compile(r"(?!)")
    adverbs = rf"(?:[ \u00a0]++(?:{trie_alternation(g.avoidance_adverbs)}))?" if g.avoidance_adverbs else ""
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(g.avoidance_stems)})\p{{L}}*+{adverbs}[ \u00a0]++$")


def avoided(text: str, cue: CueLike) -> bool:
    """``évite toujours de parler de « coup d'Etat »``, ``se garde de qualifier …``: an infinitive
    ``cue`` governed by a verb of avoidance; like a negation, it denies the words in marks after it
    are the subject's."""
    return (cue.form == "infinitive" and text[cue.start - 1 : cue.start] in (" ", "\u00a0")
            and _avoidance_before().search(text, max(0, cue.start - _AVOIDANCE_REACH), cue.start) is not None)


# Most characters of a verb of avoidance and an adverb before the infinitive they govern.
_AVOIDANCE_REACH = 40


@cache
def grammar() -> Grammar:
    grammar_data: Grammar = lexicon.load("detection.json", Grammar)
    return grammar_data


@cache
def generalising_quantifier() -> regex.Pattern[str]:
    """Right after a fronted_only preposition: one of ``generalising_quantifiers`` (`` nombre
    d'observateurs``, `` beaucoup de Belges``, `` certains``), a vague share of a group."""
    words = alternation(grammar().generalising_quantifiers)
    return regex.compile(rf"[ \u00a0]++(?i:{words})(?:(?<=['’])|(?![\p{{L}}\-]))")


@cache
def time_anchor_source() -> str:
    """An alternative for a comma's breaker: a measure of time and one of ``anchored_subordinators``
    (``deux jours après que``, ``quelques heures avant qu'``), the writer dating his sentence; or ``""``."""
    g = grammar()
    if not g.anchored_subordinators:
        return ""
    counts = alternation([*names_data()["cardinals"], *g.anchor_counts])
    return (rf"|(?:\d++|{counts})\s++(?:{alternation(g.time_words)})s?+\s++"
            rf"(?:{alternation(g.anchored_subordinators)})(?:(?<=['’])|(?!\w))")


@cache
def _anchored_clause() -> regex.Pattern[str]:
    """A comma and a measure of time before a conjunction of time (:func:`time_anchor_source`)."""
    return regex.compile(rf"(?i),\s*+(?:(?!){time_anchor_source()})")


def _anchored_clause_between(text: str, start: int, end: int) -> int:
    """Where a comma, a measure of time and ``après que`` (:func:`_anchored_clause`) in
    ``text[start:end]`` end, the first; else -1."""
    if text.find(",", start, end) < 0:
        return -1
    m = _anchored_clause().search(text, start, end)
    return m.end() if m is not None else -1


@cache
def timestamp_lead() -> regex.Pattern[str]:
    """A time opening a live blog's entry (``14h32 -``, ``09:15``, ``10 h 05``, in brackets too:
    ``[16h40]``, ``(16:40)``), with the dash, bar or colon (or the stop after its minutes: ``10 h
    15. Titre``) and the spaces after it: no part of a quotation or of its speaker."""
    hour = trie_alternation(grammar().clock_hour_marks) if grammar().clock_hour_marks else "(?!)"
    space = r"[ \u00a0\u202f]"
    labels = grammar().update_labels
    # "Mis à jour à 23 h 40 –", "[Actualisé à 22 h 10]": an update's words before its time;
    # "MISE À JOUR, mardi 16 avril, 10 h 05 :": maybe a date between them (a day's name, its
    # number, a month of grammar.json), set off by commas or not, and à.
    months = registry_months()
    g = grammar()
    suffix = rf"(?:{alternation(g.day_ordinal_suffixes)})?" if g.day_ordinal_suffixes else ""
    link = rf"(?:(?i:{alternation(g.update_time_links)}){space}++)?" if g.update_time_links else ""
    date = (rf"(?:\p{{L}}++{space}++)?[0-3]?\d{suffix}{space}++(?i:{trie_alternation(months)})"
            rf"(?:{space}++\d{{4}})?,?+{space}++{link}")
    label = rf"(?:(?i:{alternation(labels)}),?+{space}++(?:{date})?)?" if labels else ""
    time = rf"{label}[012]?\d(?:{space}?(?:{hour}){space}?(?:[0-5]\d)?|:[0-5]\d)(?![\p{{L}}\d])"
    return regex.compile(
        rf"{space}*+(?:\[{time}\]|\({time}\)|{time})"
        rf"(?:{space}*+[\-—–|:•·]{space}*+|(?<=\d)\.{space}++|{space}++)(?=\S)"
    )


# What a time opening a line ends with right before a mark (« (16:40) « … » », « [16h40] « … » »),
# and the most characters such a time and its update's words take.
_TIME_ENDS = frozenset(")]0123456789")
# The most words of a fragment in marks after a dash set inside the writer's sentence.
_DASH_FRAGMENT_WORDS = 4


def _fragment_after_inline_dash(before_stripped: str, inner: str) -> bool:
    """``… “des investissements transparents” – “high-standard investment”, dit la version
    originale``: a dash set off by spaces inside the writer's sentence (words, no sentence stop,
    on the same line before it), then marks holding a short fragment (lower case, no sentence
    punctuation): a partial quote, no utterance opening a sentence."""
    if before_stripped[-1] not in "—–" or not inner[:1].islower():
        return False
    lead = before_stripped[:-1].rstrip(_INLINE_SPACES)
    if len(lead) == len(before_stripped) - 1 or not lead or lead[-1] in ".!?…:;\n":
        return False
    return len(inner.split()) <= _DASH_FRAGMENT_WORDS and not any(ch in inner for ch in ".!?…;:")
_TIMESTAMP_MAX = 40
# Longest stretch from a paragraph's start to the colon after a rubric's name (a time, the name).
_RUBRIC_REACH = 80


def past_timestamp(text: str, start: int, end: int) -> int:
    """``start`` moved past a time opening a line (:func:`timestamp_lead`), else ``start``; the
    time may end right at ``end`` (the words after it, its lookahead reads, lie past ``end``)."""
    line = start
    while line > 0 and text[line - 1] in " \u00a0\u202f\t":
        line -= 1
    if line > 0 and text[line - 1] != "\n":
        return start
    found = timestamp_lead().match(text, start, len(text) if len(text) <= end + 1 else end + 1)
    return found.end() if found is not None and found.end() <= end else start


# The text past_dateline last read, and its answers by (start, end): the stages ask again for
# the same sentence and cue (detection, then attribution), ~40% of the asks over the dev
# articles. One text at a time, so a long one is not kept alive; read and replaced as one
# tuple, so a thread reading another text never sees this one's answers.
_dateline_memo: tuple[str, dict[tuple[int, int], int]] = ("", {})


def past_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence's words start past a dateline opening it (``BAMAKO (AFP) - ``) or a
    live blog's time opening its line (``3 h 05 – ``); else ``start``."""
    global _dateline_memo
    memo_text, memo = _dateline_memo
    if memo_text is not text:
        memo = {}
        _dateline_memo = (text, memo)
    found = memo.get((start, end))
    if found is None:
        dateline = DATELINE.match(text, start, end)
        found = memo[start, end] = past_timestamp(text, start, end) if dateline is None else int(dateline.end())
    return found


# The spaces inside a line French typesetting uses (plain, no-break, narrow no-break): what
# strips words in marks, a gap or a lead; a string still holding a plain space past them holds
# more than one word.
_INLINE_SPACES = " \u00a0\u202f"
# A full stop ends a sentence inside marks, never a title (a title may end with an ellipsis: « Et si on dansait… »).
_SENTENCE_STOPS = (".",)
# Characters before a cue read for a comparative connector ("ainsi que ").
_CONNECTOR_REACH = 12


@cache
def _comparative() -> regex.Pattern[str]:
    return ending_with(grammar().comparative_connectors)


@cache
def _comparative_ends() -> frozenset[str] | None:
    """The last letters of the comparative connectors, in every case ``(?i)`` admits (``None``
    when there are none, or too many spellings: the window is then always searched)."""
    words = grammar().comparative_connectors
    if not words or any(not w or w[-1].isspace() for w in words):
        return None
    lasts = {w[-1] for w in words}
    if lasts & {"'", "’"}:
        lasts |= {"'", "’"}  # the patterns take either apostrophe
    return lexicon.case_spellings(lasts)


def comparative_connector(text: str, cue_start: int, lo: int = 0) -> int | None:
    """Where a comparative connector standing right before a cue starts (``comme l'a dit X``,
    ``ainsi que l'a rappelé X``), not before ``lo``; None when there is none.

    A match is a connector then white space up to the window's end; Python's white space holds
    the engine's (``\\s``), so the window right-stripped ends with a connector's last letter: one
    character test rules out most windows before the search."""
    lead = lo if lo >= cue_start - _CONNECTOR_REACH else cue_start - _CONNECTOR_REACH
    ends = _comparative_ends()
    if ends is not None and text[lead:cue_start].rstrip()[-1:] not in ends:
        return None
    m = _comparative().search(text, lead, cue_start)
    return m.start() if m is not None else None


class _AtEnd:
    """Whether a pattern of words (``,`` and spaces before them, spaces and ``[:,]`` after)
    anchored at ``\\s*+$`` matches a right-stripped string.

    ``que_before`` and ``naming_before`` are such patterns. A search over a whole 300-character
    context tries the words at every offset (~10 µs). A match ends with one of the words' last
    characters (or ``[:,]``): that test, remembered per character, rejects most strings. And the
    pattern is matched backwards from the end (the engine's REVERSE mode, where ``match`` is
    anchored at the end): one try, where a search would try every offset a match could start at.
    """

    __slots__ = ("_pattern", "_class", "_seen")

    def __init__(self, pattern: str, words: Iterable[str], extra: str = "") -> None:
        words = [w for w in words if w]
        last = {w.replace("’", "'")[-1] for w in words}
        ends = alternation(last) + (f"|[{regex.escape(extra)}]" if extra else "")
        self._pattern = regex.compile(pattern, regex.REVERSE)
        self._class = regex.compile(rf"(?i)(?:{ends})")
        self._seen: dict[str, bool] = {}

    def __call__(self, s: str) -> bool:
        tail = s[-1:]
        hit = self._seen.get(tail)
        if hit is None:
            hit = self._seen[tail] = bool(tail) and self._class.fullmatch(tail) is not None
        return hit and self._pattern.match(s) is not None


@dataclass(frozen=True, slots=True)
class _Patterns:
    que_before: _AtEnd
    naming_before: _AtEnd
    body_naming_before: _AtEnd
    naming_genitive: _AtEnd
    naming_verb: _AtEnd
    relative_naming: _AtEnd
    relative_subject_naming: _AtEnd
    person_relative_naming: _AtEnd
    """``celui que la presse appelle depuis deux ans``: one of ``naming_person_antecedents``, a
    relative naming verb and its subject, maybe an adverbial of time, right before the marks."""
    relative_subject_naming_article: _AtEnd
    """``la rue que les habitants appellent désormais la « … »``: a relative naming verb after its
    noun subject, maybe an adverb, then a definite article of ``gloss_determiners`` outside the
    marks: the article is the writer's, the marks the name given to the antecedent, no quotation
    (not after ``ce que``: ``ce que les syndicats appellent la « … »`` keeps the subject's term)."""
    thing_relative_naming: _AtEnd
    """The naming words ending with a complement link (``réforme du``, ``auteur d'``): what
    follows them is a name even as a verb's object (``a défendu sa réforme du « … »``)."""
    so_called_before: _AtEnd
    so_called_governed: regex.Pattern[str]
    title_preposition_before: _AtEnd
    speech_noun: regex.Pattern[str]
    connector_only: regex.Pattern[str]
    connector_opening: regex.Pattern[str]
    cry_before: regex.Pattern[str]
    charge_link_before: _AtEnd
    offence_opening: regex.Pattern[str]
    event_naming_before: _AtEnd


def _elided_or_spaced(words: Iterable[str]) -> str:
    """An alternation of ``words``, each with the spaces after it: none needed after an elided
    one (``qu'``), one at least after a whole word (``que``, never the start of ``quelques``)."""
    elided = [w for w in words if w[-1:] in "'’"]
    whole = [w for w in words if w[-1:] not in "'’"]
    parts = ([rf"(?:{trie_alternation(elided)})\s*+"] if elided else []) + ([rf"(?:{trie_alternation(whole)})\s++"] if whole else [])
    return "|".join(parts) or "(?!)"


# Most lower-case words of a naming noun's complement before a name in marks, and most words of that name.
_NAMING_COMPLEMENT_WORDS = 5
_NAMING_COMPLEMENT_NAME_WORDS = 3
# « la Fusée », « le Petit Prince »: a nickname after a definite determiner holds this many words at most.
_NICKNAME_MAX_WORDS = 4
# Most words of a definite nickname in marks after a person's demonstrative and a relative naming
# verb (``celui que la presse appelle « le patriarche de la Grand'Terre »``): its complement too.
_PERSON_NICKNAME_MAX_WORDS = 7
# "que ses élèves appelaient, non sans ironie, « le Sage »": an aside of one or two short
# comma-separated phrases between a naming verb and the name it gives; the first may follow the
# verb without a comma ("que ses proches appelaient par son prénom kurde, « … »").
# Characters an adverbial of time (``naming_time_links``: depuis deux ans, dans les années 1990)
# may end with, right before the marks: the tail test of a pattern whose last word is free.
_TIME_WORD_ENDINGS = "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôöûüù0123456789"
_NAMING_ASIDE = r"(?:(?:(?:\s*+,\s*+|\s++)[\p{L}'’-]++(?:\s++[\p{L}'’-]++){0,3}){1,2}\s*+,)?"


@cache
def _naming_noun_complement() -> regex.Pattern[str]:
    """A one-word naming noun of ``naming_words`` (``programme``, ``opération``), a
    ``noun_complement_links`` preposition and a few lower-case words, at the end of the text
    before marks: ``le programme de frappe dans la profondeur``, an elided link inside a word too
    (``le dispositif d'aide d'urgence``); no participle among the nouns
    (``baptisé``, read by the naming rules of its own)."""
    g = grammar()
    nouns = [w for w in g.naming_words if w.isalpha() and w.islower() and not w.endswith(telling_participle_endings())]
    links = [w for w in g.noun_complement_links if w.isalpha() or w.endswith(("'", "’"))]
    if not nouns or not links:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"(?i)(?<!\w)(?:{trie_alternation(nouns)})\s++(?:{trie_alternation(links)})(?:(?<=['’])|\s++)"
        rf"(?-i:\p{{Ll}})[\w\-]*+(?:\s++(?-i:\p{{Ll}})[\w\-]*+(?:['’](?:(?-i:\p{{Ll}})[\w\-]*+)?)?){{0,{_NAMING_COMPLEMENT_WORDS - 1}}}\s*+$")


# Signs a name in marks may open with instead of a capital (« +10 », « #MeToo »).
_NAME_OPENING_SIGNS = "+#"


def _opens_like_a_name(inner: str) -> bool:
    """Whether words in marks open as a name does: a capital, or, a single token, a figure or a
    sign of ``_NAME_OPENING_SIGNS`` (la campagne « +10 », l'opération « 2030 »); not a lower-case
    word nor a figure opening words (une campagne « 100 % mensongère »)."""
    first = inner[:1]
    if first.isupper():
        return True
    return (first.isdigit() or (first != "" and first in _NAME_OPENING_SIGNS)) and len(inner.split()) == 1


def _closes_proper_name(before: str) -> bool:
    """Whether the naming word ending ``before`` is capitalised right after another capitalised
    word that is no determiner (``Le Wall Street Journal « dément … »``): the word closes a
    proper name, the subject, not a noun introducing a name in marks (``le journal « X »``)."""
    words = before.rstrip(" \u00a0\u202f:,").rsplit(None, 2)[-2:]
    return (len(words) == 2 and words[1][:1].isupper() and words[0][:1].isupper()
            and words[0].lower() not in names_data()["determiners"])




@cache
def _prepositional_articles() -> frozenset[str]:
    """The ``prepositional_articles`` of ``names.json`` (``du``, ``au``, ``aux``): a noun after one is
    in a prepositional complement, never a verb's direct object."""
    return frozenset(w.lower() for w in names_data().get("prepositional_articles", ()))


def _naming_noun_after_contracted_article(before: str) -> bool:
    """Whether the naming noun and complement ending ``before`` follow a contracted article
    (``par l'intermédiaire du dispositif d'aide d'urgence``): a prepositional complement, no
    object of a cue earlier in the sentence, so a capitalised name in marks after it is that
    thing's name even after a cue (``a proposé d'envoyer … via le dispositif``)."""
    m = _naming_noun_complement().search(before, max(0, len(before) - 120))
    if m is None:
        return False
    previous = before[max(0, m.start() - 12) : m.start()].split()
    return bool(previous) and previous[-1].lower() in _prepositional_articles()


def _naming_noun_with_complement(before: str, inner: str) -> bool:
    """Whether a short capitalised name in marks (``inner``, at most a few words, no stop nor
    comma) follows a naming noun and its complement (``le programme de frappe dans la
    profondeur « Lance-Sol »``): the marks hold that thing's name, no quotation."""
    words = inner.split()
    if not words or len(words) > _NAMING_COMPLEMENT_NAME_WORDS or any(c in inner for c in ".,;:!?…"):
        return False
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if last in grammar().noun_complement_links or last.endswith(("'", "’")):
        return False  # « a qualifié le programme de la majorité de « … » »: the marks complete a verb
    return _naming_noun_complement().search(before, max(0, len(before) - 120)) is not None


# Most lower-case adjectives between a one-word naming noun and the name in marks it introduces
# (« l'opération navale européenne « Sophia » »).
_NAMING_ADJECTIVES = 2


@cache
def _naming_noun_adjectives() -> regex.Pattern[str]:
    """A one-word naming noun of ``naming_words`` (``opération``, ``programme``), then one or two
    lower-case words, at the end of the text before marks: ``l'opération navale européenne``."""
    nouns = [w for w in grammar().naming_words if w.isalpha() and w.islower() and not w.endswith(telling_participle_endings())]
    if not nouns:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"(?i)(?<!\w)(?:{trie_alternation(nouns)})((?:\s++(?-i:\p{{Ll}})[\p{{L}}\-]++){{1,{_NAMING_ADJECTIVES}}})\s*+$")


def _naming_noun_with_adjectives(before: str, inner: str) -> bool:
    """Whether a short capitalised name in marks (``inner``: at most a few words, no stop nor comma)
    follows a naming noun and the adjectives that qualify it (``l'opération navale européenne
    « Sophia »``, ``le programme spatial « Artemis »``): the marks hold that thing's name, no
    quotation; only words an adjective's ending tells (``institutions.is_adjective``), never a
    verb between them (``le journal affirme « Nous … »``)."""
    words = inner.split()
    if not words or len(words) > _NAMING_COMPLEMENT_NAME_WORDS or not inner[:1].isupper() or any(c in inner for c in ".,;:!?…"):
        return False
    m = _naming_noun_adjectives().search(before, max(0, len(before) - 80))
    return m is not None and all(is_adjective(w) for w in m.group(1).split())


@cache
def _slogan_adjective() -> regex.Pattern[str]:
    """A noun of ``label_apposition_nouns`` (``slogan``, ``devise``) and one lower-case word ending
    the text before marks (``le slogan catalan``), the word in group 1."""
    nouns = grammar().label_apposition_nouns
    if not nouns:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)(?<!\w)(?:{trie_alternation(nouns)})\s++((?-i:\p{{Ll}})[\p{{L}}\-]++)\s*+$")


@cache
def _language_adjectives() -> frozenset[str]:
    """Languages of the two-word ``language_phrases`` (``names.json``: en anglais, en arabe) and the
    ``regional_adjectives`` of ``grammar.json`` (catalan, basque), folded."""
    languages = {fold(p.split()[1]) for p in names_data().get("language_phrases", ()) if len(p.split()) == 2}
    return frozenset(languages | {fold(a) for a in lexicon.read_json("grammar.json").get("regional_adjectives", ())})


def _slogan_with_language_adjective(before: str) -> bool:
    """Whether ``before`` ends with a slogan noun and one adjective of a language, a region or a
    country (le slogan catalan « … », la devise latine « … », les slogans kurdes « … »): the
    adjective only says what tongue the slogan is in, so the marks are its name, as right after
    the noun (le slogan « … »), agreed with the noun (``agreement_endings``); any other word between
    (le slogan repris « … ») breaks it."""
    m = _slogan_adjective().search(before, max(0, len(before) - 60))
    if m is None:
        return False
    word = fold(m.group(1))
    languages = _language_adjectives()
    return (is_nationality_adjective(word)
            or any(word[: len(word) - len(e)] in languages for e in ("", *grammar().agreement_endings) if word.endswith(e)))


@cache
def _patterns() -> _Patterns:
    g = grammar()
    links = frozenset(g.noun_complement_links)
    genitive = [w for w in g.naming_words if any(t in links for t in w.replace("'", "' ").replace("’", "’ ").split()[1:])]
    # "on l'appelle déjà « … »": one of ``naming_adverbs`` between a naming verb and its name.
    naming_verb_adverb = (rf"\b(?:{suffix_trie_alternation(g.naming_verbs)})\s++(?:{suffix_trie_alternation(g.naming_adverbs)})"
                          if g.naming_verbs and g.naming_adverbs else r"(?!)")
    # "les habitants les appellent désormais les « … »": a naming verb, maybe an adverb, then a
    # definite article of ``gloss_determiners`` before the name.
    naming_verb_article = (rf"\b(?:{suffix_trie_alternation(g.naming_verbs)})(?:\s++(?:{suffix_trie_alternation(g.naming_adverbs)}))?"
                           rf"\s++(?:{suffix_trie_alternation(g.gloss_determiners)})"
                           if g.naming_verbs and g.naming_adverbs and g.gloss_determiners else r"(?!)")
    # "que la presse surnommait dans les années 1990 le « … »": an adverbial of time, no comma,
    # between a relative naming verb and the article of the name.
    naming_time = (rf"(?:\s++(?:{trie_alternation(g.naming_time_links)})(?:\s++[\p{{L}}\d'’-]++){{0,3}})?"
                   if g.naming_time_links else "")
    # "sous une banderole proclamant « … »": a sign of ``slogan_media`` and a participle of
    # ``sign_participles`` name what the sign reads.
    sign = (rf"\b(?:{trie_alternation(g.slogan_media)})\s++(?:{trie_alternation(g.sign_participles)})"
            if g.slogan_media and g.sign_participles else r"(?!)")
    return _Patterns(
        que_before=_AtEnd(rf"(?i)\b(?:{suffix_trie_alternation(g.complementizers)})\s*+$", g.complementizers),
        naming_before=_AtEnd(
            rf"(?i)(?:\b(?:{suffix_trie_alternation((*g.naming_words, *g.naming_verbs))})\s*+[:,]?"
            rf"|{naming_verb_adverb}|{naming_verb_article}|{sign}|,\s*+(?:{suffix_trie_alternation(g.naming_after_comma)}))\s*+$",
            (*g.naming_words, *g.naming_verbs, *g.naming_adverbs, *g.naming_after_comma, *g.gloss_determiners, *g.sign_participles),
            ":,",
        ),
        body_naming_before=_AtEnd(rf"(?i)(?<!\w)(?:{suffix_trie_alternation(g.body_naming_words)})\s*+$", g.body_naming_words)
        if g.body_naming_words else _AtEnd(r"(?!)", ()),
        naming_genitive=_AtEnd(rf"(?i)\b(?:{suffix_trie_alternation(genitive)})\s*+$", genitive),
        naming_verb=_AtEnd(rf"(?i)(?:\b(?:{suffix_trie_alternation(g.naming_verbs)})|{naming_verb_adverb}|{naming_verb_article})\s*+$",
                           (*g.naming_verbs, *g.naming_adverbs, *g.gloss_determiners))
        if g.naming_verbs else _AtEnd(r"(?!)", ()),
        relative_naming=_AtEnd(
            rf"(?i)(?<![\p{{L}}'’])(?:{suffix_trie_alternation(g.relative_naming_verbs)})"
            rf"(?:\s++(?:{suffix_trie_alternation(g.naming_adverbs)}))?\s*+$",
            (*g.relative_naming_verbs, *g.naming_adverbs),
        ) if g.relative_naming_verbs else _AtEnd(r"(?!)", ()),
        relative_subject_naming=_AtEnd(
            rf"(?i)(?<![\p{{L}}'’])(?:{_elided_or_spaced(g.relative_subject_naming_openers)})"
            rf"(?:[\p{{L}}'’-]++\s++){{1,4}}(?:{suffix_trie_alternation(g.relative_subject_naming_verbs)})"
            rf"(?:\s++(?:{suffix_trie_alternation(g.naming_adverbs)}))?{_NAMING_ASIDE}\s*+$",
            (*g.relative_subject_naming_verbs, *g.naming_adverbs),
            ",",
        ) if g.relative_subject_naming_verbs and g.relative_subject_naming_openers else _AtEnd(r"(?!)", ()),
        person_relative_naming=_AtEnd(
            rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(g.naming_person_antecedents)})\s++"
            rf"(?:{_elided_or_spaced(g.relative_subject_naming_openers)})"
            rf"(?:[\p{{L}}'’-]++\s++){{1,4}}(?:{suffix_trie_alternation(g.relative_subject_naming_verbs)})"
            rf"(?:\s++(?:{suffix_trie_alternation(g.naming_adverbs)}))?{naming_time}\s*+$",
            (*g.relative_subject_naming_verbs, *g.naming_adverbs),
            _TIME_WORD_ENDINGS,
        ) if (g.relative_subject_naming_verbs and g.relative_subject_naming_openers
              and g.naming_person_antecedents) else _AtEnd(r"(?!)", ()),
        relative_subject_naming_article=_AtEnd(
            rf"(?i)(?<![\p{{L}}'’])(?<!\b(?:{trie_alternation(g.naming_thing_antecedents)})\s++)"
            rf"(?:{_elided_or_spaced(g.relative_subject_naming_openers)})"
            rf"(?:[\p{{L}}'’-]++\s++){{1,4}}(?:{suffix_trie_alternation(g.relative_subject_naming_verbs)})"
            rf"(?:\s++(?:{suffix_trie_alternation(g.naming_adverbs)}))?{_NAMING_ASIDE}{naming_time}"
            rf"\s++(?:{suffix_trie_alternation(g.gloss_determiners)})\s*+$",
            g.gloss_determiners,
        ) if (g.relative_subject_naming_verbs and g.relative_subject_naming_openers and g.gloss_determiners
              and g.naming_thing_antecedents) else _AtEnd(r"(?!)", ()),
        thing_relative_naming=_AtEnd(
            rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(g.naming_thing_antecedents)})\s++"
            rf"(?:{suffix_trie_alternation(g.relative_naming_verbs)})(?:\s++(?:{suffix_trie_alternation(g.naming_adverbs)}))?\s*+$",
            (*g.relative_naming_verbs, *g.naming_adverbs),
        ) if g.relative_naming_verbs and g.naming_thing_antecedents else _AtEnd(r"(?!)", ()),
        so_called_before=_AtEnd(rf"(?i)\b(?:{suffix_trie_alternation((*g.so_called, *g.charges))})\s*+$", (*g.so_called, *g.charges)),
        so_called_governed=_so_called_governed(g),
        title_preposition_before=_AtEnd(rf"(?i)(?<!\w)(?:{suffix_trie_alternation(g.title_prepositions)})\s*+$", g.title_prepositions),
        speech_noun=regex.compile(rf"(?i)\b(?:{trie_alternation(g.speech_nouns)})\b"),
        connector_only=regex.compile(rf"(?i)^\s*+(?:{trie_alternation(g.connectors)})\s*+,?\s*+$"),
        connector_opening=regex.compile(rf"[ \u00a0]*+(?i:{trie_alternation(g.connectors)})(?:[ \u00a0]*+,)?[ \u00a0]++"),
        cry_before=_cry_before(g),
        charge_link_before=_AtEnd(rf"(?i)\b(?:{suffix_trie_alternation(g.charge_links)})\s*+$", g.charge_links)
        if g.charge_links else _AtEnd(r"(?!)", ()),
        offence_opening=regex.compile(rf"(?i)(?:{trie_alternation(g.offences)})(?![\p{{L}}'’])") if g.offences else regex.compile(r"(?!)"),
        event_naming_before=_AtEnd(rf"(?i)(?<!\w)(?:{suffix_trie_alternation(g.event_naming_words)})\s*+$", g.event_naming_words)
        if g.event_naming_words else _AtEnd(r"(?!)", ()),
    )


# Most characters of an earlier slogan the words before the marks may hold (« … » et « … »).
_CRY_SLOGAN = 80


def _cry_before(g: Grammar) -> regex.Pattern[str]:
    """A noun of crying and its complement link ending the text (``aux cris de``), maybe past
    earlier slogans in marks joined by commas or a coordinator (``aux cris de « … » et``);
    never matches without data."""
    if not (g.cry_nouns and g.noun_complement_links and g.coordinators):
        return regex.compile(r"(?!)")
    closers = "".join(regex.escape(c) for c in _CLOSERS + "»")
    earlier = rf"[^{closers}\n]{{1,{_CRY_SLOGAN}}}[{closers}]"
    joint = rf"(?:[ \u00a0]*+,|[ \u00a0]++(?:{trie_alternation(g.coordinators)}))[ \u00a0]*+"
    return regex.compile(
        rf"(?i)(?<!\p{{L}})(?:{trie_alternation(g.cry_nouns)})[ \u00a0]++(?:{trie_alternation(g.noun_complement_links)})"
        rf"(?:[ \u00a0]*+[«“\"]{earlier}{joint})*+[ \u00a0]*+$"
    )


# Most words of the complement of a document's, a law's or a scheme's head before ``dit``.
_SO_CALLED_COMPLEMENT_WORDS = 4


def _so_called_governed(g: Grammar) -> regex.Pattern[str]:
    """A preposition, a determiner, one noun and a ``so_called_governed`` form ending the text
    (``sous le format dit``), or a determiner, a noun of a document, a law or a scheme
    (``document_heads``, ``law_heads``, ``scheme_heads``: no speaker) and that form
    (``l'accord dit``, ``le plan dit``); never matches without data."""
    if not (g.so_called_governed and g.adverbial_prepositions and g.adverbial_determiners):
        return regex.compile(r"(?!)")
    determiner = rf"(?:{trie_alternation(g.adverbial_determiners)})(?:(?<=['’])|[ \u00a0]++)"
    named_heads = (*g.document_heads, *g.law_heads, *g.scheme_heads)
    # The head may take a short complement, the form then set off by a comma (``le contrat type du
    # Lloyd's, dit``, ``l'article XXI du GATT, dit``).
    named = (rf"|(?<![\p{{L}}'’]){determiner}(?:{trie_alternation(named_heads)})(?![\p{{L}}\-])"
             rf"(?:(?:[ \u00a0]++(?!(?:et|ou|mais|puis|qui|que)(?![\p{{L}}'’]))[\p{{L}}\d\-]++(?:['’][\p{{L}}\-]*+)?)"
             rf"{{1,{_SO_CALLED_COMPLEMENT_WORDS}}}[ \u00a0]*+,)?") if named_heads else ""
    return regex.compile(
        rf"(?i)(?:(?<!\p{{L}})(?:{trie_alternation(g.adverbial_prepositions)})[ \u00a0]++"
        rf"{determiner}[\p{{L}}\-]++{named})[ \u00a0]++"
        rf"(?:{trie_alternation(g.so_called_governed)})[ \u00a0]*+$"
    )


@dataclass(slots=True)
class Candidate:
    """A quote found by detection, before attribution."""

    start: int
    end: int
    kind: Kind
    rule: str
    confidence: float
    marks: tuple[int, int] | None = None
    depth: int = 0
    repairs: list[tuple[str, int]] = field(default_factory=list)
    cue: int | None = None
    """Index of the reporting cue that decided the kind, if any."""
    echoes: tuple[int, int] | None = None
    """For a scare quote taking up words of a whole quotation elsewhere (``partial-echo``), that
    quotation's span: its speaker said them."""


# Short-paragraph quotes checked for being repeated later (a bound for pathological texts).
_MAX_HEADLINES = 64
# Shortest headline quote (folded characters) worth checking for a later repeat.
_MIN_REPEAT = 12
# The lines that may make a text's title block: a rubric, a kicker, the title (paragraphs).
_TITLE_BLOCK = 3
# The last characters of a paragraph that ends a sentence: no title line.
_STOPS = frozenset(".!?…")
# Longest quoted text that may be a label (characters).
_LABEL_CHARS = 80
# Characters before the marks read for a governed noun and its « dit » (sous le format dit).
_GOVERNED_REACH = 60
# How far before an opening mark its context is read (characters).
_REACH = 300
# Max characters between a closing mark and its incise cue, or a sentence start and "selon".
_INCISE_GAP = 60
# Characters after a cue read for the opening mark of its own quotation.
_OWN_QUOTE_GAP = 3
# Cue forms that can stand in a postposed incise right after a closing mark.
_INCISE_FORMS = frozenset({"finite", "inverted", "preposition"})
# Cue forms that are verbs (their object may stand before a quotation).
_VERBAL_FORMS = frozenset({"finite", "inverted", "infinitive", "gerund", "participle"})
_TRAILING_TAGS = regex.compile(r"(?:<[^<>\n]{0,200}+>\s*+)++$")
_SENT_PUNCT = regex.compile(r"[.!?…]\s*+$")
_WORD = regex.compile(r"\w+(?:['’-]\w+)*+")


# Longest words in marks whose words and key are kept for the next rule that asks (a longer
# quotation is read again: the caches hold no page of text).
_KEPT_CHARS = 1000


def _words_in(inner: str) -> tuple[str, ...]:
    """``_WORD.findall(inner)``, read once for the words in a pair of marks: the text's labels, the
    quote's decision and several of its rules ask for the same quote's words."""
    return _kept_words(inner) if len(inner) <= _KEPT_CHARS else tuple(_WORD.findall(inner))


@lru_cache(maxsize=1024)
def _kept_words(inner: str) -> tuple[str, ...]:
    """:func:`_words_in` of words in marks short enough to keep."""
    return tuple(_WORD.findall(inner))


# What no incise gap holds: a sentence end, a colon or semicolon, a quotation mark, a line break.
_GAP_STOP = re.compile("[.!?;:«»\"“”\n]")
# A line break (or several) between a quotation ending a paragraph, a comma or not, and the incise.
_NEXT_LINE_INCISE = re.compile("[ \u00a0\u202f]*+,?[ \t\u00a0\u202f]*+(?:\r?\n[ \t\u00a0\u202f]*+)++")
_TITLE_WORD = regex.compile(r"^(?:\p{Lu}|\d)")


@cache
def _inverted_openers() -> str:
    """The inverted marks of ``typography.json`` (``¡``, ``¿``), as one string for ``lstrip``."""
    return "".join(typography().inverted_openers)


def _opens_capitalised(inner: str) -> bool:
    """Whether words in marks open with a capital or a figure, past the inverted mark Spanish
    sets before an exclamation or a question (« ¡Fuera Duque! », « ¿Dónde están? »)."""
    return _TITLE_WORD.match(inner.lstrip(_inverted_openers())) is not None


# One word spelled as a name, never as speech: letters mixed with figures (``Aa2``, ``A320``), a
# capital after a lower-case letter (``iPhone``), or one lower-case letter, a hyphen and a capital
# (``e-Car``): a product's, a rating's or a code's name.
_CODE_WORD = regex.compile(
    r"[ \u00a0\u202f]*+(?:(?=[\w\-+.]*?\p{L})(?=[\w\-+.]*?\d)[\w\-+.]++"
    r"|[\w\-]*?\p{Ll}\p{Lu}[\w\-]*+|\p{Ll}-\p{Lu}[\w\-]*+)[ \u00a0\u202f]*+"
)
# A lower-case word right after a closing mark: the sentence goes on with the writer's words.
_WORD_FOLLOWS = regex.compile(r"[ \u00a0\u202f]*+\p{Ll}")
# The last word before a position (an elided one with its apostrophe) and the spaces after it:
# before an opening mark (looked for that far back), before a cue.
_WORD_BEFORE = regex.compile(r"(?<!\w)(\w+['’]?)[ \u00a0\u202f]*+$")
_DETERMINER_REACH = 12
# A dateline in brackets opening the paragraph, a place alone (``(Québec) « … », a dit X``): the
# pattern's source, shared with the dateline indirect.py skips before a clause.
BRACKETED_PLACE = r"\(\p{Lu}[\p{L}\-'’. ]{0,30}+\)"
_BRACKETED_PLACE = regex.compile(rf"\s*+{BRACKETED_PLACE}")
# A dateline opening a paragraph: a place in capitals (or in up to three capitalised words: ``Rome
# (AFP) - ``, ``New York (AFP) - ``), maybe a date, the agency in brackets, a dash;
# or a place and a date with a figure, the agency left out (``Paris, 14 mars 2025 - ``); or a place
# of three capitals or more alone (``LISBONNE - ``), or of words in capitals the first of two
# (``LA PAZ - ``, a live blog's ``EN DIRECT - ``); or a place in brackets alone (``(Québec) ``).
DATELINE = regex.compile(
    r"[ \u00a0]*+(?:\p{Lu}(?:(?:[\p{Lu}\-'’ ]*+|\p{Ll}[\p{L}\-'’]*+(?:[ \-]\p{Lu}[\p{L}\-'’]*+){0,2})"
    r"(?:,[^()\n,]{1,25}+)?[ \u00a0]*+\([^()\n]{1,20}+\)"
    r"|[\p{L}\-'’ ]{1,30}+,[ \u00a0]*+(?=[^()\n,|—–]{0,25}\d)[^()\n,|—–\-]{1,25}+)"
    r"|(?:\p{Lu}{3}|\p{Lu}{2}[\- ](?=\p{Lu}{2}))(?:[\p{Lu}'’]|[\- ](?=\p{Lu}))*+(?:,[^()\n,]{1,25}+)?)[ \u00a0]*+[|—–\-][ \u00a0]++"
    rf"|[ \u00a0]*+{BRACKETED_PLACE}[ \u00a0]++"
)


def classify(
    text: str,
    spans: Sequence[MarkedSpan],
    sentences: Spans,
    paragraphs: Spans,
    cues: Sequence[CueLike],
    is_publication: object = None,
) -> tuple[list[Candidate], list[tuple[MarkedSpan, str]]]:
    """Kept quotes (as candidates) and dropped mark pairs with the rule that dropped them."""
    pats = _patterns()
    g = grammar()
    cue_starts = [c.start for c in cues]
    repeats = _headline_repeats(text, spans, paragraphs, g, cues, cue_starts)
    labels = _labels(text, spans, g, repeats, paragraphs)
    kept: list[Candidate] = []
    dropped: list[tuple[MarkedSpan, str]] = []
    glosses = _glosses(text, spans)
    # The words in marks, outermost only: a cue word inside them (« alerte ») is no cue of the writer's sentence.
    marked = sorted((m.inner_start, m.inner_end) for m in spans if m.depth == 0)
    short_keys: dict[str, list[MarkedSpan]] | None = None  # built at the first span left open
    glossed: Candidate | str | None = None  # the decision on the quotation the next gloss translates
    gloss_start = -1
    for s in spans:
        if s.depth > 0:
            dropped.append((s, "not-nested"))
            continue
        if glossed is not None and s.open_start == gloss_start:
            # « We will win » (« Nous gagnerons »): the words in brackets translate the quotation
            # before them (or give its original): one utterance, the same kind and cue.
            decision = glossed if isinstance(glossed, str) else replace(
                glossed, start=s.inner_start, end=s.inner_end, marks=(s.open_start, s.close_end), repairs=list(s.repairs))
            if isinstance(decision, str) and decision in _NAMING_DROPS and kept and _renders_past_name(text, kept[-1], s, cues, cue_starts):
                # « Ik kon… », a expliqué X, cité par le quotidien « De Volkskrant » (« Je ne
                # pouvais… »): a translation as long as the quotation renders it, not the paper's name.
                decision = replace(kept[-1], start=s.inner_start, end=s.inner_end, marks=(s.open_start, s.close_end),
                                   repairs=list(s.repairs))
            glossed = None
            (dropped.append((s, decision)) if isinstance(decision, str) else kept.append(decision))
            continue
        glossed = None
        if s.open_start in repeats:
            dropped.append((s, "not-headline-repeat"))
            continue
        s = _closed_before_incise(text, s, cues, cue_starts)
        if ((s.repairs and s.repairs[-1][0] == "unclosed"
             or (_SENTENCE_STOP.search(text, s.inner_start, s.inner_end) and not _after_colon(text, s.open_start)))
                and _label_left_open(text, s, short_keys if short_keys is not None else (short_keys := _short_keys(text, spans, g, repeats, paragraphs)))
                and not (s.close_end > s.inner_end and _cue_right_after(text, s.close_end, cues, cue_starts) is not None)):
            # "Alors que les «gilets jaunes s'étaient donné rendez-vous…": the closing mark after a
            # label the text quotes elsewhere was lost; the marks hold the label alone, no quotation.
            # Not when a postposed incise follows the closing mark (« Mama X connaît la maison.
            # Elle … », confie un cadre): that mark closes a quotation opening with the label.
            dropped.append((s, "not-label-open"))
            continue
        if _in_related_link(text, s, paragraphs):
            dropped.append((s, "not-related-link"))
            continue
        gloss = glosses.get(s.open_start)
        decision = _decide(text, s, sentences, paragraphs, cues, cue_starts, pats, g, labels, is_publication,
                           gloss[1] if gloss is not None else None, marked,
                           gloss is not None and gloss[0] >= 0 and _lower_case_gloss(text, gloss[0]))
        if gloss is not None:
            glossed, gloss_start = decision, gloss[0]
        if ((decision in _UNREAD_DROPS if isinstance(decision, str) else decision.kind == Kind.PARTIAL) and kept
                and _renders_after_incise(text, kept[-1], s, cues, cue_starts)):
            # « We will… », a-t-elle écrit, soit « Nous allons… »: the same words rendered again.
            decision = replace(kept[-1], start=s.inner_start, end=s.inner_end, marks=(s.open_start, s.close_end),
                               repairs=list(s.repairs))
        if (not isinstance(decision, str) and decision.kind == Kind.PARTIAL and kept and kept[-1].rule in _UTTERANCE_RULES
                and kept[-1].marks is not None and _opens_capitalised(text[s.inner_start : s.inner_end])
                and s.open_start - kept[-1].marks[1] <= _COORDINATED_GAP
                and _coordinated_gap(text, kept[-1].marks[1], s.open_start, pats)):
            # "en scandant « Révolution » et « Le peuple veut … »": a second slogan coordinated with a
            # whole utterance the verb governs is one too.
            decision = replace(decision, kind=Kind.DIRECT, rule=kept[-1].rule, cue=kept[-1].cue)
        previous = dropped[-1] if dropped else None
        if (not isinstance(decision, str) and decision.kind == Kind.PARTIAL and previous is not None
                and previous[1] in _NAMING_DROPS and _coordinated(text, previous[0], s, pats)):
            decision = previous[1]  # "mis en examen pour « A » et « B »": B is named like A
        if isinstance(decision, str):
            dropped.append((s, decision))
        else:
            kept.append(decision)
    if kept and any(rule == "not-scare" for _, rule in dropped):
        kept, dropped = _echoed_scare_quotes(text, kept, dropped, paragraphs, g)
    return kept, dropped


@cache
def _folded_negation_words() -> frozenset[str]:
    """The ``negation_words`` (``pas``, ``jamais``), folded as the quotations they are looked for in."""
    return frozenset(fold(w) for w in grammar().negation_words)


def _echoed_scare_quotes(text: str, kept: list[Candidate], dropped: list[tuple[MarkedSpan, str]],
                         paragraphs: Spans, g: Grammar) -> tuple[list[Candidate], list[tuple[MarkedSpan, str]]]:
    """``kept`` with the scare quotes of ``dropped`` (lower case, no cue) whose words, as whole
    words, a whole quotation of another paragraph holds: partial quotes of words someone said
    (« puissance régionale » where a quotation reads « La Russie est une puissance régionale … »),
    its speaker's (:attr:`Candidate.echoes`). Each kept quotation is read once, its word n-grams
    for the few lengths the scare quotes have."""
    keys: dict[int, tuple[str, ...]] = {}
    for span, rule in dropped:
        inner = text[span.inner_start : span.inner_end].strip(_INLINE_SPACES)
        if rule == "not-scare" and inner[:1].islower():
            words = tuple(_ANY_WORD.findall(fold(inner)))
            if len(words) >= g.echo_min_words:
                keys[span.open_start] = words
    if not keys:
        return kept, dropped
    lengths = {len(k) for k in keys.values()}
    denial = _folded_negation_words()
    # By n-gram, the first quotations holding it, in two paragraphs at most: whatever paragraph
    # a scare quote stands in, one of them lies in another when any does.
    grams: dict[tuple[str, ...], list[tuple[Candidate, tuple[int, int] | None]]] = {}
    for c in kept:
        if c.kind is not Kind.DIRECT:
            continue
        c_para = paragraphs.at(c.start)
        words = _ANY_WORD.findall(fold(text[c.start : c.end]))
        # « L'Otan n'est pas en mort cérébrale », « Je ne crois pas que … »: words after a
        # negation the speaker denies or doubts, no words he stands by.
        denied = next((i for i, w in enumerate(words) if w in denial), len(words))
        for n in lengths:
            for i in range(min(denied, len(words) - n + 1)):
                holders = grams.setdefault(tuple(words[i : i + n]), [])
                if len(holders) < 2 and (not holders or holders[-1][1] != c_para):
                    holders.append((c, c_para))
    out: list[tuple[MarkedSpan, str]] = []
    echoed: list[Candidate] = []
    for span, rule in dropped:
        key = keys.get(span.open_start)
        # A whole quotation in another paragraph holding the words says whose they are; a fragment
        # elsewhere may be the writer's label too (le « partenariat stratégique » twice), and a live
        # entry's heading over the quotation in its own paragraph only announces it.
        para = paragraphs.at(span.open_start) if key is not None else None
        whole = next((c for c, c_para in grams.get(key, ()) if para is None or c_para != para),
                     None) if key is not None else None
        if whole is not None:
            echoed.append(Candidate(span.inner_start, span.inner_end, Kind.PARTIAL, "partial-echo",
                                    round(0.6 * span.confidence, 3), (span.open_start, span.close_end), 0,
                                    list(span.repairs), None, (whole.start, whole.end)))
        else:
            out.append((span, rule))
    if not echoed:
        return kept, dropped
    return sorted([*kept, *echoed], key=lambda c: c.start), out


# A sentence's final stop and the spaces after it, before a capital.
_SENTENCE_STOP = regex.compile(r"[.!?][ \u00a0\u202f]++(?=\p{Lu})")
# Most words from a postposed cue to the end of a paragraph a quotation left open.
_TRAILING_INCISE_WORDS = 12


def _closed_before_incise(text: str, s: MarkedSpan, cues: Sequence[CueLike], cue_starts: list[int]) -> MarkedSpan:
    """``« Nous partirons demain, a déclaré le ministre.``: a quotation left open at its
    paragraph's end (repair ``unclosed``) whose last words are a postposed incise
    (:func:`_final_incise`) is closed before that incise's comma (repair ``closed_before_incise``)."""
    if not s.repairs or s.repairs[-1][0] != "unclosed":
        return s
    cut = _final_incise(text, s.inner_start, s.inner_end, cues, cue_starts) or _incise_before_source(
        text, s.inner_start, s.inner_end, cues, cue_starts)
    if cut is None:
        return s
    at, _ = cut
    inner_end = s.inner_start + len(text[s.inner_start : at].rstrip(_INLINE_SPACES))
    return replace(s, close_start=at, close_end=at, inner_end=inner_end, repairs=[*s.repairs[:-1], ("closed_before_incise", at)])


def split_before_quotation(text: str, spans: Sequence[MarkedSpan], cues: Sequence[CueLike],
                           first_person: regex.Pattern[str]) -> list[MarkedSpan]:
    """``"J'ai voté pour lui. J'ai honte, lâche Josiane, retraitée. Didier se montre plus
    indulgent : "Il a fait beaucoup."``: a quotation left open at its paragraph's end (repair
    ``unclosed``) that holds marks opened after a sentence ending with a postposed incise
    (:func:`_final_incise`) lost its closing mark before that incise: it is closed there (repair
    ``closed_before_incise``), and the marks opened after it are quotations of their own, one
    level up (the writer's narration introduces them). Words in the first person between that
    incise and the marks (``first_person``: ``Puis il m'a dit : "…"``) are the speaker's still:
    no cut. Each span is read once."""
    if not any(s.depth == 0 and s.repairs and s.repairs[-1][0] == "unclosed" for s in spans):
        return list(spans)
    cue_starts = [c.start for c in cues]
    out: list[MarkedSpan] = []
    lifted = (-1, -1)  # the words a cut quotation no longer holds: marks there go one level up
    for k, s in enumerate(spans):
        if s.depth > 0 and lifted[0] <= s.open_start and s.close_end <= lifted[1]:
            out.append(replace(s, depth=s.depth - 1))
            continue
        inner = spans[k + 1] if k + 1 < len(spans) else None
        if (s.depth == 0 and s.repairs and s.repairs[-1][0] == "unclosed" and inner is not None
                and inner.depth == 1 and inner.open_start < s.close_end):
            for stop in _SENTENCE_STOP.finditer(text, s.inner_start, inner.open_start):
                cut = _final_incise(text, s.inner_start, stop.end(), cues, cue_starts)
                if cut is not None and first_person.search(text, stop.end(), inner.open_start) is None:
                    at = cut[0]
                    inner_end = s.inner_start + len(text[s.inner_start : at].rstrip(_INLINE_SPACES))
                    lifted = (stop.end(), s.close_end)
                    s = replace(s, close_start=at, close_end=at, inner_end=inner_end,
                                repairs=[*s.repairs[:-1], ("closed_before_incise", at)])
                    break
        out.append(s)
    return out


def split_at_new_speaker(text: str, spans: Sequence[MarkedSpan], cues: Sequence[CueLike]) -> list[MarkedSpan]:
    """``il remettait cela : « C'est un cas.⏎⏎« Erdogan a besoin … », analyse Selim X``: a
    quotation reopened once at a paragraph's start (repair ``reopened_paragraph``) whose first
    paragraph opened it after a reporting verb and a colon, and whose closing mark a postposed
    incise with a noun subject follows (a new speaker named after it, not ``a-t-il ajouté``), is
    two quotations: the first left open at its paragraph's end (repair ``unclosed``), the second
    opening at the reopening mark. Each span is read once; what each reads is bounded."""
    if not any(s.depth == 0 and any(r[0] == "reopened_paragraph" for r in s.repairs) for s in spans):
        return list(spans)
    cue_starts = [c.start for c in cues]
    out: list[MarkedSpan] = []
    for s in spans:
        reopened = [r[1] for r in s.repairs if r[0] == "reopened_paragraph"]
        if s.depth == 0 and len(reopened) == 1 and not any(r[0] == "unclosed" for r in s.repairs):
            at = reopened[0]
            reach = max(0, s.open_start - _REACH)
            lead = text[reach : s.open_start].rstrip(_INLINE_SPACES)
            colon = reach + len(lead) - 1
            line = text.rfind("\n", reach, s.open_start) + 1 or reach
            after = _cue_right_after(text, s.close_end, cues, cue_starts)
            if (lead.endswith(":") and _cue_between(cues, cue_starts, line, colon) is not None
                    and after is not None and cues[after].form == "finite"
                    and text[cues[after].end : cues[after].end + 2].lstrip(_INLINE_SPACES)[:1].isupper()):
                end = at
                while end > s.inner_start and text[end - 1].isspace():
                    end -= 1
                first = replace(s, close_start=end, close_end=end, inner_end=end, confidence=0.5,
                                repairs=[*(r for r in s.repairs if r[0] != "reopened_paragraph"), ("unclosed", end)])
                inner_start = at + 1
                while inner_start < s.inner_end and text[inner_start] in _INLINE_SPACES:
                    inner_start += 1
                second = replace(s, open_start=at, open_end=at + 1, inner_start=inner_start,
                                 repairs=[r for r in s.repairs if r[0] != "reopened_paragraph"])
                out += [first, second]
                continue
        out.append(s)
    return out


def _colon_paragraph_cue(text: str, para_start: int, sentences: Spans, cues: Sequence[CueLike],
                         cue_starts: list[int]) -> int | None:
    """The index of the cue of the sentence that ends the paragraph before ``para_start`` with a
    colon (``Les juges écrivent encore :``); None when that paragraph ends otherwise."""
    lead = text[max(0, para_start - _REACH) : para_start].rstrip()
    if not lead.endswith(":"):
        return None
    colon = para_start - len(text[max(0, para_start - _REACH) : para_start]) + len(lead) - 1
    sent = sentences.at(colon)
    if sent is None:
        return None
    return _cue_between(cues, cue_starts, sent[0], colon)


def _incise_before_source(text: str, start: int, end: int, cues: Sequence[CueLike], cue_starts: list[int]) -> tuple[int, int] | None:
    """``« Nous demandons un relogement, a réclamé X, président de Y. Selon lui, l'immeuble…``: in
    words a quotation left open, a sentence ending with a postposed incise (:func:`_final_incise`)
    and followed by one a prepositional cue opens (the writer's *selon lui*, no quoted words):
    the comma before that incise and its cue's index; None otherwise."""
    for stop in _SENTENCE_STOP.finditer(text, start, end):
        k = bisect.bisect_left(cue_starts, stop.end())
        if not (k < len(cues) and cues[k].start == stop.end() and cues[k].form == "preposition" and cues[k].start < end):
            continue
        # The incise before that sentence: its cue after a comma, its subject (a name, maybe a
        # description set off by a comma: the source's selon after it says it is no quoted word).
        i = k - 1
        if i < 0 or cues[i].start <= start or cues[i].form not in _INCISE_FORMS or cues[i].que_end is not None:
            return None
        comma = text[start : cues[i].start].rstrip(_INLINE_SPACES)
        if not comma.endswith(",") or len(_WORD.findall(text, cues[i].end, stop.start())) > _TRAILING_INCISE_WORDS:
            return None
        at = start + len(comma) - 1
        return (at, i) if _WORD.search(text, start, at) else None
    return None


def _final_incise(text: str, start: int, end: int, cues: Sequence[CueLike], cue_starts: list[int]) -> tuple[int, int] | None:
    """Where the words ``text[start:end]`` stop when they end with a postposed incise after a
    comma (``Nous partirons demain, a déclaré le ministre.``), no comma after the cue but one
    before the speaker's full name (``…, a tweeté le secrétaire général, Antonio Guterres.``),
    a noun of speech as the verb's complement (``…, a-t-il dit dans un entretien au site X.``) or a
    subject relative describing the speaker (``…, a salué X, qui menaçait de taxer les vins.``):
    the comma's offset and the cue's index; None when they do not."""
    i = bisect.bisect_left(cue_starts, end) - 1
    if i < 0 or cues[i].start <= start:
        return None
    sourced = (cues[i].form == "participle" and i > 0 and cues[i - 1].start > start
               and text[cues[i - 1].end : cues[i].start].rstrip(_INLINE_SPACES).endswith(","))
    if sourced:
        # ``…, a-t-il insisté, cité par l'agence X.``: a participle after a comma names the
        # incise's source; the incise is the cue before it.
        i -= 1
    if (not sourced and i > 0 and cues[i].form == "noun" and cues[i - 1].start > start
            and cues[i - 1].form in _INCISE_FORMS and cues[i].start - cues[i - 1].end <= _REACH
            and _GAP_STOP.search(text, cues[i - 1].end, cues[i].start) is None and "," not in text[cues[i - 1].end : cues[i].start]):
        # ``…?, a-t-il fait valoir dans un entretien au site X.``: a noun of speech after the
        # incise's verb is its complement; the incise is the verb's.
        i -= 1
    relative = (not sourced and i > 0 and cues[i - 1].start > start and cues[i - 1].form == "finite"
                and _subject_relative_before().search(text, max(cues[i - 1].end, cues[i].start - 16), cues[i].start)
                is not None)
    if relative:
        # ``…, a salué Donald X, qui menaçait encore de taxer les vins.``: the last cue opens a
        # subject relative describing the incise's subject; the incise is the cue before it.
        i -= 1
    if cues[i].form not in _INCISE_FORMS:
        return None
    cue = cues[i]
    comma = _incise_clitic().sub("", text[start : cue.start].rstrip(_INLINE_SPACES)).rstrip(_INLINE_SPACES)
    tail = text[cue.end : end]
    apposition = tail.find(",")
    described = (apposition >= 0 and not sourced and cue.form == "finite"
                 and _DESCRIPTION.fullmatch(tail, apposition + 1) is not None)
    # ``…, affirme X, un commandant de la brigade joint par téléphone.``: the speaker's
    # description after the comma may run longer than the incise itself.
    words = len(_WORD.findall(tail, 0, apposition)) if relative or described else len(_WORD.findall(tail))
    if (not comma.endswith(",") or not _SENT_PUNCT.search(tail)
            or (apposition >= 0 and not sourced and _name_apposition().fullmatch(tail, apposition) is None
                and not described)
            or words > _TRAILING_INCISE_WORDS or cue.que_end is not None
            or (cue.form == "inverted" and _SENTENCE_STOP.search(tail) is not None)
            or (described and len(_WORD.findall(tail)) > _TRAILING_RELATIVE_WORDS)
            or (relative and (len(_WORD.findall(tail)) > _TRAILING_RELATIVE_WORDS or "," in tail[apposition + 1 :]))):
        return None
    at = start + len(comma) - 1
    return (at, i) if _WORD.search(text, start, at) else None


# Most characters before an opening mark read for an indefinite and an adjective of speaking.
_UTTERANCE_REACH = 40


@cache
def _utterance_adjective_before() -> regex.Pattern[str]:
    """``un`` or ``d'un`` and one of ``utterance_adjectives`` ending the words before a mark
    (``d'un laconique``): the marks hold what was said."""
    adjectives = grammar().utterance_adjectives
    if not adjectives:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)(?<![\p{{L}}])(?:d['’])?un[ \u00a0\u202f]++(?:{alternation(adjectives)})$")


# Most characters of marks holding interjections only (« Euh… euh », « Ehm »).
_INTERJECTION_MAX = 24
# A word and the punctuation after it inside marks holding interjections (« Ehm… », « Ouf ! »).
_INTERJECTION_TOKEN = regex.compile(r"(\p{L}++)[\s!?.…,]*+")


def _interjection_only(inner: str) -> bool:
    """Whether the words in marks are interjections of ``interjections`` only, maybe with
    punctuation (« Ehm », « Euh… euh ! »)."""
    words = grammar().interjections
    if not words:
        return False
    inner = inner.strip(_INLINE_SPACES)
    pos, end, seen = 0, len(inner), False
    while pos < end:
        m = _INTERJECTION_TOKEN.match(inner, pos, end)
        if m is None or m.group(1).lower() not in words:
            return False
        pos, seen = m.end(), True
    return seen


# Most words from a postposed cue to its sentence's end when a subject relative, with no comma
# of its own, describes its subject there (``…, a salué X, qui menaçait encore de taxer les vins.``).
_TRAILING_RELATIVE_WORDS = 24


@cache
def _subject_relative_before() -> regex.Pattern[str]:
    """A comma and one of ``subject_relatives`` (``, qui``) right before a cue: the cue opens a
    relative describing the noun phrase before the comma."""
    return regex.compile(rf",[ \u00a0\u202f]*+(?i:{alternation(grammar().subject_relatives)})[ \u00a0\u202f]++$")


# After the comma that follows a finite incise's subject, what opens a description of the speaker
# (``…, lâche Josiane, retraitée du quartier.``, ``…, écrit Paul, 58 ans, …``), the cue being the
# last one of the words: a lower-case word or an age, up to the sentence's end (no sentence of
# quoted words going on after it).
_DESCRIPTION = regex.compile(r"[ \u00a0\u202f]*+[\p{Ll}\d][^.!?…\n]*+[.!?…]++\s*+")


@cache
def _incise_clitic() -> regex.Pattern[str]:
    """An object pronoun (``clitics`` of conjugation.json) between an incise's comma and its
    verb (``…, nous écrit Paul``), ending the words before the cue."""
    return regex.compile(rf"(?<=,[ \u00a0\u202f]*+)(?i:{trie_alternation(clitics())})[ \u00a0\u202f]*+$")


# Most characters between a quotation's closing mark and a rendering of it after its incise.
_RENDERING_REACH = 90
# What ends a rendering's sentence right after its closing mark: a stop, a line's end.
_RENDERING_END = regex.compile(r"[ \u00a0\u202f]*+(?:[.!?…\n]|$)")


@cache
def _rendering_gap() -> regex.Pattern[str]:
    """A postposed incise set off by commas (no mark nor stop in it), then one of
    ``gloss_connectors`` and maybe a colon, up to an opening mark: ``, a-t-elle écrit, soit ``."""
    connectors = grammar().gloss_connectors
    if not connectors:
        return regex.compile(r"(?!)")
    return regex.compile(rf"[ \u00a0\u202f]*+,(?:[^«»\"“”„.;:!?\n,]++,)++[ \u00a0\u202f]*+(?i:{trie_alternation(connectors)})"
                         rf"[ \u00a0\u202f]*+:?[ \u00a0\u202f]*+")


def _renders_after_incise(text: str, first: Candidate, s: MarkedSpan, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """Whether the quotation ``s``, capitalised, renders the direct quotation ``first`` in other
    words right after its postposed incise (« We will… », a-t-elle écrit, soit « Nous allons… »):
    a cue in that incise, a ``gloss_connectors`` word before the opening mark. The rendering ends
    its sentence, or only a source set off by a comma follows it (``soit « … », selon une
    traduction de X.``)."""
    if first.kind != Kind.DIRECT or first.marks is None or not 0 < s.open_start - first.marks[1] <= _RENDERING_REACH:
        return False
    if not text[s.inner_start : s.inner_start + 1].isupper():
        return False
    # « They listened to me », a-t-il résumé en anglais (« Ils m'ont écouté »): the rendering in
    # brackets after the incise, the sentence ending after the bracket.
    bracket = text[max(first.marks[1], s.open_start - 3) : s.open_start].rstrip(" \u00a0\u202f")[-1:] in ("(", "[")
    end = s.close_end
    if bracket:
        close = _gloss_close().match(text, s.close_end, s.close_end + _GLOSS_REACH)
        if close is None:
            return False
        end = close.end()
    if _RENDERING_END.match(text, end) is None and not _source_closing(text, end, cues, cue_starts):
        return False  # « Une hausse » pour les syndicats: the writer's sentence goes on
    k = bisect.bisect_left(cue_starts, first.marks[1])
    if k >= len(cue_starts) or cue_starts[k] >= s.open_start:
        return False
    return (_RENDERING_BRACKET_GAP if bracket else _rendering_gap()).fullmatch(text, first.marks[1], s.open_start) is not None


def _renders_past_name(text: str, first: Candidate, s: MarkedSpan, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """Whether the bracketed quotation ``s``, glossing a name in marks in the postposed incise of
    the direct quotation ``first``, renders ``first`` instead: of three words at least and at
    most one fewer than it (a name's gloss, « Der Spiegel » (« Le Miroir »), is short), as
    :func:`_renders_after_incise` tells."""
    words = len(_WORD.findall(text, s.inner_start, s.inner_end))
    return words >= max(_RENDERING_MIN_WORDS, len(_WORD.findall(text, first.start, first.end)) - 1) and _renders_after_incise(
        text, first, s, cues, cue_starts)


# Fewest words of a rendering that glosses a name in marks past its quotation's incise.
_RENDERING_MIN_WORDS = 3


# A postposed incise set off by a comma (no stop nor bracket in it, no mark but around a short
# capitalised name: a paper's, ``cité par le quotidien « De Volkskrant »``), then a bracket
# opening up to an opening mark: ``, a-t-il résumé en anglais (``.
# The incise may hold a title's abbreviation (``a écrit M. Trump``) and end its sentence before
# the bracket: ``, a écrit M. Trump. (`` (the translation standing alone after the original).
_RENDERING_BRACKET_GAP = regex.compile(
    r"[ \u00a0\u202f]*+,(?:(?<!\p{L})\p{Lu}\.|[^«»\"“”„.;:!?\n()\[\]]|[«“\"][ \u00a0\u202f]*+\p{Lu}[^«»\"“”„.;:!?\n()\[\]]{0,40}+[»”\"])++"
    r"(?:[.!?][ \u00a0\u202f]*+)?[(\[][ \u00a0\u202f]*+")


# A comma right after a closing mark, then the prepositional cue it sets off.
_SOURCE_COMMA = regex.compile(r"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+")
# The rest of a sentence after a source: no mark, up to its stop.
_SOURCE_REST = regex.compile(r"[^«»\"“”„.!?\n]{0,120}+(?:[.!?…\n]|$)")


def _source_closing(text: str, pos: int, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """Whether only a comma and a prepositional cue (``selon``, ``d'après``) with its complement
    close the sentence after ``pos``, a closing mark: ``soit « … », selon une traduction de X.``"""
    if text[pos : pos + 3].lstrip(" \u00a0\u202f")[:1] != ",":
        return False  # most closing marks are not followed by a comma: one slice spares the rest
    comma = _SOURCE_COMMA.match(text, pos)
    if comma is None:
        return False
    k = bisect.bisect_left(cue_starts, comma.end())
    if k >= len(cue_starts) or cue_starts[k] != comma.end() or cues[k].form != "preposition":
        return False
    return _SOURCE_REST.match(text, cues[k].end) is not None


# A bracket opening right after a closing mark, then an opening mark (« … » (« … »), or a square
# bracket: « … » [« … »]).
_GLOSS_OPEN = regex.compile(r"[ \u00a0\u202f]*+[(\[][ \u00a0\u202f]*+")
# The bracket closing right after the gloss's closing mark.
_GLOSS_CLOSE = regex.compile(r"[ \u00a0\u202f]*+[)\]]")


@cache
def _gloss_close() -> regex.Pattern[str]:
    """The bracket closing right after the gloss's closing mark, maybe past a comma and the
    language of the original (« Nunca máis » (« Plus jamais », en galicien)): a
    ``language_phrases`` entry of ``names.json``."""
    phrases = names_data().get("language_phrases", ())
    if not phrases:
        return _GLOSS_CLOSE
    return regex.compile(
        rf"[ \u00a0\u202f]*+(?:,[ \u00a0\u202f]*+(?:{trie_alternation(phrases)})(?!\w)[ \u00a0\u202f]*+)?[)\]]")
# A short gloss in brackets without marks right after a closing mark (« No tinc por » (Je n'ai pas peur)).
_GLOSS_BARE = regex.compile(r"[ \u00a0\u202f]*+\([^()«»\"“”„\n]{1,60}+\)")
# A bracket holding one lower-case word and no marks right after a closing mark: a term's equivalent.
_WORD_GLOSS = regex.compile(r"[ \u00a0\u202f]*+\([ \u00a0\u202f]*+\p{Ll}[\p{L}'’\-]*+[ \u00a0\u202f]*+\)")
# How far before an opening mark a cue governs the one word a bracket glosses.
_GLOSS_CUE_REACH = 30
# The forms of a verb of saying that govern words after it (a participle describes a noun: s'était glissé).
_GOVERNING_FORMS = frozenset({"finite", "inverted", "infinitive", "gerund"})
# How far past a closing mark a gloss is looked for: an end position keeps each match short, where
# the regex module would otherwise scan to the text's end for a bracket that is not there.
_GLOSS_REACH = 100


def glosses(text: str, first: Candidate, second: Candidate) -> bool:
    """Whether the quotation ``second`` is the bracketed gloss of ``first`` right before it
    (« Send her back! » (« Renvoyez-la! »)): one utterance, found by the same rule."""
    if first.marks is None or second.marks is None or first.rule != second.rule:
        return False
    gap = _GLOSS_OPEN.fullmatch(text, first.marks[1], second.marks[0])
    return gap is not None and _gloss_close().match(text, second.marks[1], second.marks[1] + _GLOSS_REACH) is not None


def _lower_case_gloss(text: str, gloss_open: int) -> bool:
    """Whether the bracketed quotation opening at ``gloss_open`` starts with a lower-case letter."""
    m = _WORD.search(text, gloss_open, gloss_open + _GLOSS_REACH)
    return m is not None and m.group()[:1].islower()


def _glosses(text: str, spans: Sequence[MarkedSpan]) -> dict[int, tuple[int, int]]:
    """Quotations a bracketed one right after them glosses (« We will win » (« Nous
    gagnerons »)), or short words in brackets without marks (« No tinc por » (Je n'ai pas
    peur)): each one's opening offset → the opening offset of the gloss (-1 for none) and the
    end of its bracket, where the first quotation's incise is read."""
    out: dict[int, tuple[int, int]] = {}
    top = [s for s in spans if s.depth == 0]
    for first, second in zip(top, [*top[1:], None], strict=False):
        if second is None or _GLOSS_OPEN.fullmatch(text, first.close_end, second.open_start) is None:
            # « No tinc por » (Je n'ai pas peur), scandait la foule: a translation without marks,
            # read past like one in marks; no quotation opens at -1.
            bare = _GLOSS_BARE.match(text, first.close_end, first.close_end + _GLOSS_REACH)
            if bare is not None:
                out[first.open_start] = (-1, bare.end())
            continue
        close = _gloss_close().match(text, second.close_end, second.close_end + _GLOSS_REACH)
        if close is not None:
            out[first.open_start] = (second.open_start, close.end())
    return out


@cache
def _media_label() -> regex.Pattern[str]:
    """A label of ``media_labels`` in capitals opening a line, then a dash, a stop or a colon."""
    return regex.compile(rf"(?:{trie_alternation(grammar().media_labels)})[ \u00a0]*+[\-–—.:|][ \u00a0]*+")


@cache
def _related_link() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)[ \t\u00a0(\[]*+(?:{trie_alternation(grammar().related_links)})(?!\w)")


def related_link_paragraphs(text: str, paragraphs: Spans) -> list[tuple[int, int]]:
    """The paragraphs opened by ``Lire aussi`` (``related_links``): links to other articles, whose
    names never speak in this one nor stand for a pronoun after them."""
    pat = _related_link()
    # "13h40 - Lire aussi : « … »": a live blog's time may open the link's line.
    return [(start, end) for start, end in paragraphs.spans if pat.match(text, past_timestamp(text, start, end), end) is not None]


def _in_related_link(text: str, s: MarkedSpan, paragraphs: Spans) -> bool:
    """Whether the marks stand in a paragraph opened by ``Lire aussi`` (a link to another article)."""
    para = paragraphs.at(s.open_start)
    if para is None:
        return False
    if _related_link().match(text, past_timestamp(text, para[0], s.open_start), s.open_start) is not None:
        return True
    # "… depuis mars. Lire aussi : « … »": the label opens a sentence at the end of the paragraph,
    # its colon right before the marks.
    lo = max(para[0], s.open_start - _RELATED_LINK_REACH)
    return _related_link_sentence().search(text, lo, s.open_start) is not None


# Characters read back from the marks for a sentence opened by a related link's label (". Lire aussi :").
_RELATED_LINK_REACH = 40
# Most lower-case words naming the linked piece between the label and its colon (notre grand entretien).
_RELATED_LINK_KIND_WORDS = 3


@cache
def _related_link_sentence() -> regex.Pattern[str]:
    """A sentence's end, a label of ``related_links``, maybe the few lower-case words of the
    linked piece's kind (Lire notre entretien, Retrouvez notre analyse), and a colon right before
    the marks."""
    return regex.compile(
        rf"(?i)[.!?][ \u00a0]++(?:{trie_alternation(grammar().related_links)})"
        rf"(?:[ \u00a0]++(?-i:\p{{Ll}})[\p{{L}}\-]*+){{0,{_RELATED_LINK_KIND_WORDS}}}[ \u00a0]*+:[ \u00a0]*+\Z"
    )


# Drops that name something (a charge, a title, a label): a quote coordinated with one shares them.
_NAMING_DROPS = frozenset({"not-name", "not-title", "not-label", "not-publication"})


# Drops of words in marks no rule read as someone's (a capitalised phrase mid-sentence, a scare
# quote): a rendering of the quotation before them may still be (« … », a écrit X. (« … »)).
_UNREAD_DROPS = frozenset({"not-title", "not-scare"})
# Rules of a whole utterance a verb of saying or shouting governs (« Elle affirme « … » », aux cris de « … »).
_UTTERANCE_RULES = frozenset({"direct-after-cue", "direct-cry"})


def _coordinated(text: str, first: MarkedSpan, second: MarkedSpan, pats: _Patterns) -> bool:
    """Whether only a coordinator (et, ou) or a comma stands between two quotations."""
    return _coordinated_gap(text, first.close_end, second.open_start, pats)


def _coordinated_gap(text: str, close_end: int, open_start: int, pats: _Patterns) -> bool:
    """Whether only a coordinator (et, ou), a connector or a comma stands between a closing mark
    (ending at ``close_end``) and an opening one (at ``open_start``)."""
    gap = text[close_end:open_start].strip(_INLINE_SPACES)
    # Folding never shortens a string: a gap longer than every coordinator is folded for nothing
    # (the gap between two quotations far apart may run over a whole paragraph).
    return (gap == "," or (len(gap) <= _longest_coordinator() and gap.casefold() in grammar().coordinators)
            or bool(pats.connector_only.fullmatch(gap)))


@cache
def _longest_coordinator() -> int:
    return max(map(len, grammar().coordinators), default=0)


# Most characters between two coordinated quotations (« A » et puis « B »).
_COORDINATED_GAP = 24


def past_connector(text: str, start: int, end: int) -> int:
    """Where a sentence's words start past a connector opening it (« Mais un proche du palais
    confie… »); else ``start``."""
    found = _patterns().connector_opening.match(text, start, end)
    return start if found is None else int(found.end())


def is_connector(s: str) -> bool:
    """Whether ``s`` is only a sentence connector (« Mais », « Et », « Pourtant, »)."""
    return bool(_patterns().connector_only.match(s))


# No Grammar argument: a cache keyed on one would hash the whole record at every call
# (~100,000 instructions, its tuples' hashes are not kept), where the lookup is to be cheap.
@cache
def _set_formulas() -> frozenset[str]:
    """The data's Latin set phrases as label keys."""
    return frozenset(_label_key(x) for x in grammar().set_formulas)


@cache
def _known_labels() -> frozenset[str]:
    """The data's known labels as label keys, with their singular forms."""
    return frozenset(_label_key(x) for x in grammar().known_labels)


def _label_key(s: str) -> str:
    """Case- and space-insensitive key of a phrase (cheap enough to apply to a whole text)."""
    return " ".join(s.casefold().replace("’", "'").split())


def _quoted_key(inner: str) -> str:
    """:func:`_label_key` of the words in a pair of marks, made once: the text's labels, its short
    keys and the quote's rules key the same quote's words."""
    return _kept_key(inner) if len(inner) <= _KEPT_CHARS else _label_key(inner)


@lru_cache(maxsize=1024)
def _kept_key(inner: str) -> str:
    """:func:`_quoted_key` of words in marks short enough to keep."""
    return _label_key(inner)


def _labels(text: str, spans: Sequence[MarkedSpan], g: Grammar, repeats: set[int] | frozenset[int] = frozenset(),
            paragraphs: Spans | None = None) -> set[str]:
    """Short phrases used as labels: quoted again and again, or also used bare in the text
    (a writer who quotes « bonnets rouges » once and then writes bonnets rouges twice
    is naming a movement, not reporting words). A headline's or a subhead's marks that repeat
    a body quote (``repeats``, their opening offsets) are not counted: the title says the body's
    quote again, it makes no label of it. A phrase quoted twice needs its one bare use outside
    a title or a subhead (a short paragraph of ``paragraphs`` without a final stop), which sums
    up the body's quotes in a few words, their marks left out (``Des crimes de guerre possibles``
    over a twice quoted « crimes de guerre »)."""
    quoted: Counter[str] = Counter()
    for s in spans:
        if s.depth > 0 or s.inner_end - s.inner_start > _LABEL_CHARS or s.open_start in repeats:
            continue  # labels are short and outermost; long or nested spans are never read whole
        inner = text[s.inner_start : s.inner_end]
        if inner[:1].islower() and _opens_with_adverbial(inner):
            continue  # « à Istanbul », « en toute sécurité »: an adverbial, never the name of a thing
        # A known label counts whatever its length (« nouvelles routes de la soie », five words).
        key = _quoted_key(inner)
        if 0 < len(_words_in(inner)) <= g.label_max_words or key in _known_labels():
            quoted[key] += 1
    labels = {k for k, n in quoted.items() if n >= g.label_min_quoted}
    labels |= quoted.keys() & _known_labels()
    others = [k for k, n in quoted.items() if n < g.label_min_quoted and k]
    if not others:
        return labels
    # Bare means in the writer's own words: a phrase met again inside a longer quotation
    # ("c'est un jour amer pour l'Europe", a-t-il dit) is the speaker's, not a label.
    # Folded in two steps (_label_key): a phrase's words stand in the text before its spaces
    # are normalised, so a text holding none of them is not normalised at all. Only the words
    # outside quotations are folded.
    cased = _outside_quotes(text, spans, folded=True).replace("’", "'")
    if g.label_min_bare >= 1 and not any(all(w in cased for w in k.split(" ")) for k in others):
        return labels
    total = _whole_word_counts(" ".join(cased.split()), others)
    # A phrase quoted all but often enough is a label with one bare use, but not one in a title
    # or a subhead, which takes up the quoted words without their marks.
    twice = [k for k in others if quoted[k] == g.label_min_quoted - 1 and 0 < total[k] < g.label_min_bare]
    body = (_whole_word_counts(" ".join(_outside_headings(_outside_quotes(text, spans), paragraphs, g).casefold().replace("’", "'").split()), twice)
            if twice else Counter())
    many = [k for k in others if total[k] >= g.label_min_bare]
    restated = _restated_in_headings(text, spans, paragraphs, g, many) if many and paragraphs is not None else Counter()
    for k in others:
        # A title restating the quoted words with what follows their closing mark ("Macron
        # reconnaît les responsabilités de la France" over "les « responsabilités » de la
        # France") sums up that sentence, marks left out: no bare use of the writer's own.
        bare = total[k] - restated[k]
        if bare >= g.label_min_bare or (quoted[k] == g.label_min_quoted - 1 and (body[k] if k in twice else bare) >= 1):
            labels.add(k)
    return labels


# Words after a closing mark a title must repeat right after the quoted phrase to restate it.
_RESTATED_WORDS = 2


def _restated_in_headings(text: str, spans: Sequence[MarkedSpan], paragraphs: Spans, g: Grammar,
                          keys: Sequence[str]) -> Counter[str]:
    """For each phrase of ``keys`` quoted alone in marks in the body, how many times a title or a
    subhead (:func:`_outside_headings`'s paragraphs) holds it bare followed by the
    ``_RESTATED_WORDS`` words that follow its closing mark (``les responsabilités de la France``
    over ``les « responsabilités » de la France``): the title restates the quoted sentence."""
    headings = " ".join(_label_key(text[a:b]) for a, b in paragraphs.spans
                        if b - a <= g.headline_repeat_chars and _unpunctuated(text, (a, b)))
    if not headings:
        return Counter()
    wanted = set(keys)
    found: Counter[str] = Counter()
    phrases: set[str] = set()
    for s in spans:
        if s.depth > 0 or s.inner_end - s.inner_start > _LABEL_CHARS:
            continue
        key = _quoted_key(text[s.inner_start : s.inner_end])
        if key not in wanted:
            continue
        after = _WORD.findall(text, s.close_end, min(len(text), s.close_end + 40))[:_RESTATED_WORDS]
        phrase = " ".join([key, *(_label_key(w) for w in after)])
        if len(after) == _RESTATED_WORDS and phrase not in phrases:
            phrases.add(phrase)
            found[key] += _whole_word_counts(headings, [phrase])[phrase]
    return found


def _after_colon(text: str, i: int) -> bool:
    """Whether a colon stands right before offset ``i`` (spaces between): marks closed after a
    colon hold a quotation the colon introduces (« X salue la mobilisation : « Merci à tous ceux
    qui… » »), never a label whose closing mark was lost, though a short quote elsewhere (a live
    page's entry title) holds its first words."""
    j = i - 1
    while j >= 0 and text[j] in " \u00a0\u202f":
        j -= 1
    return j >= 0 and text[j] == ":"


def _short_keys(
    text: str, spans: Sequence[MarkedSpan], g: Grammar, repeats: set[int], paragraphs: Spans
) -> dict[str, list[MarkedSpan]]:
    """The key (:func:`_label_key`) of every short outermost span holding a phrase of at most
    ``label_max_words`` words and no repair, with the spans holding it: the labels a span left
    open may open with, read once a text. Not the marks of a title asking a question (:func:`_asked`)
    that repeat the body's quotation (``repeats``): they ask about its opening words, no label."""
    keys: dict[str, list[MarkedSpan]] = {}
    for t in spans:
        if t.depth > 0 or t.inner_end - t.inner_start > _LABEL_CHARS or t.repairs:
            continue
        if t.open_start in repeats and _asked(text, paragraphs, paragraphs.index(t.open_start)):
            continue
        label = _quoted_key(text[t.inner_start : t.inner_end])
        if label and 0 < len(_WORD.findall(label)) <= g.label_max_words:
            keys.setdefault(label, []).append(t)
    return keys


def _label_left_open(text: str, s: MarkedSpan, keys: dict[str, list[MarkedSpan]]) -> bool:
    """Whether the words after the opening mark of ``s`` (a span left open at its paragraph's
    end, or one running past a sentence's end) open with a short phrase the text quotes alone in
    marks elsewhere (« gilets jaunes »: ``keys``, see :func:`_short_keys`), then a word in lower
    case after a space that goes on with the writer's sentence (``«gilets jaunes s'étaient donné
    rendez-vous``): the closing mark after that label was lost. Not after a comma or a stop
    (« Gilets jaunes, nous vous avons entendus. … »: a quotation addressing them)."""
    if not keys:
        return False
    head = text[s.inner_start : min(s.inner_end, s.inner_start + _LABEL_CHARS + 1)].casefold().replace("’", "'")
    space = head.find(" ")
    while space > 0:
        holders = keys.get(head[:space])
        if holders and head[space + 1 : space + 2].islower() and any(t is not s for t in holders):
            return True
        space = head.find(" ", space + 1)
    return False


def _outside_quotes(text: str, spans: Sequence[MarkedSpan], folded: bool = False) -> str:
    """``text`` with every quotation's words blanked out (same length, no word character); or,
    ``folded``, its case-folded words outside quotations, each quotation one blank (only the
    words outside are folded; the text's words and phrases stand in it as in the other)."""
    parts: list[str] = []
    at = 0
    for s in sorted((s for s in spans if s.depth == 0), key=lambda s: s.inner_start):
        if s.inner_start < at:
            continue
        blank = s.inner_end - s.inner_start
        parts += ([text[at : s.inner_start].casefold(), "\x00" if blank else ""] if folded
                  else [text[at : s.inner_start], "\x00" * blank])
        at = s.inner_end
    parts.append(text[at:].casefold() if folded else text[at:])
    return "".join(parts)


def _outside_headings(text: str, paragraphs: Spans | None, g: Grammar) -> str:
    """``text`` with the words of every title or subhead (a paragraph of at most
    ``headline_repeat_chars`` characters without a final stop) blanked out, same length."""
    if paragraphs is None:
        return text
    parts: list[str] = []
    at = 0
    for start, end in paragraphs.spans:
        if end - start <= g.headline_repeat_chars and _unpunctuated(text, (start, end)):
            parts += [text[at:start], "\x00" * (end - start)]
            at = end
    parts.append(text[at:])
    return "".join(parts)


_WORD_CHAR = regex.compile(r"\w")


def _whole_word_counts(text: str, phrases: Iterable[str]) -> Counter[str]:
    """How many times each phrase stands in ``text`` with no word character on either side,
    as ``findall`` of ``(?<!\\w)\\L<phrases>(?!\\w)`` counts them (leftmost, the longest
    phrase standing whole at a place, no overlaps), found with ``str.find``: a few phrases,
    most absent, cost far less than one regex walk over every position of the text."""
    longest: dict[int, int] = {}  # where a phrase stands whole → the longest one's length
    for phrase in phrases:
        i = text.find(phrase)
        while i >= 0:
            end = i + len(phrase)
            if not (i > 0 and _WORD_CHAR.match(text, i - 1)) and not _WORD_CHAR.match(text, end):
                longest[i] = max(longest.get(i, 0), len(phrase))
            i = text.find(phrase, i + 1)
    counts: Counter[str] = Counter()
    after = 0
    for i in sorted(longest):
        if i >= after:
            after = i + longest[i]
            counts[text[i:after]] += 1
    return counts


def _headline_repeats(
    text: str, spans: Sequence[MarkedSpan], paragraphs: Spans, g: Grammar, cues: Sequence[CueLike], cue_starts: list[int]
) -> set[int]:
    """Opening offsets of quotes in short paragraphs without a reporting cue (headlines,
    subheads) whose words the body quotes again later: they repeat a quotation."""
    short = []
    linked = []  # quotes in a media label's line in the body (VIDÉO - « … » : X annonce un appel)
    for s in spans:
        para = paragraphs.at(s.open_start)
        if (s.depth == 0 and para is not None and para[0] > 0 and text[para[0] : para[0] + 1].isupper()
                and para[1] - para[0] <= g.headline_repeat_chars and _media_label().match(text, para[0], s.open_start)):
            linked.append(s)
        if (s.depth == 0 and para is not None
                and (para[1] - para[0] <= g.headline_repeat_chars
                     and (_cue_between(cues, cue_starts, para[0], para[1]) is None or _unpunctuated(text, para)
                          or _asked(text, paragraphs, paragraphs.index(s.open_start))))):
            short.append(s)
        if len(short) >= _MAX_HEADLINES:
            break
    if not short and not linked:
        return set()
    # The body's quoted words: each quotation, and each paragraph holding a stray mark (a quotation
    # whose other mark the outlet lost: ``La pression est du côté" du Royaume-Uni…``).
    later_quotes = [(s.open_start, fold(text[s.inner_start : s.inner_end])) for s in spans if s.depth == 0]
    later_quotes += [(p[0], fold(text[p[0] : p[1]])) for p in _stray_mark_paragraphs(text, spans, paragraphs)]
    later_quotes.sort(key=lambda q: q[0])
    out = set()
    for s in linked:
        # The link's title repeats a quote of the body, said before it or after: the body's alone.
        key = fold(text[s.inner_start : s.inner_end]).strip()
        if len(key) >= _MIN_REPEAT and _quoted_later(key, -1, (q for q in later_quotes if q[0] != s.open_start)):
            out.add(s.open_start)
    starts = [q[0] for q in later_quotes]
    for s in short:
        key = fold(text[s.inner_start : s.inner_end])
        k = paragraphs.index(s.open_start)
        para = paragraphs.spans[k]
        # The title sums up the body: a word or two it quotes repeats a later quote holding them.
        # A kicker above it (``SYRIE``: a short line in capitals naming the section) leaves it the title.
        in_title = k == 0 or k == 1 and _kicker(text, paragraphs.spans[0])
        # Under a rubric (``International``, ``Monde | Europe``) the title too repeats a word or two the
        # body quotes; the looser readings of a title (joined fragments) stay the first line's.
        under_rubric = k == 1 and _RUBRIC_WORD.fullmatch(text, *paragraphs.spans[0]) is not None
        # A title asking about words (a fact-check's « X a-t-il « … » ? », see _asked) under a line
        # of any words without a final stop (Les Vérificateurs) is the title too.
        asked = k == 1 and _asked(text, paragraphs, k)
        if _said_again(key, s.close_end, later_quotes, g, in_title=in_title or under_rubric or asked):
            out.add(s.open_start)
        elif not in_title and len(key) < _MIN_REPEAT and k + 1 < len(paragraphs.spans) and _unpunctuated(text, para):
            # A subhead (« Moscou riposte "en miroir" ») whose word or two a quote of the paragraph
            # right under it holds: the section's quote said once. A live page's entry title
            # (``18 h 15 – X salue un « tournant »``) has words of its own unless that quote is
            # the very same (« X dénonce une "humiliation" »… une « humiliation »).
            under = _within(later_quotes, starts, paragraphs.spans[k + 1])
            bare = key.strip()
            if (any(body.strip() == bare for _, body in under)
                    or past_timestamp(text, para[0], para[1]) == para[0]
                    and _quoted_later(bare, s.close_end, under, whole_words=True)):
                out.add(s.open_start)
        elif in_title and len(key) >= _MIN_REPEAT and _joined_fragments(text, key, spans, paragraphs.spans[0][1]):
            # The title may join fragments the body quotes apart (« d'attaques » sans « précédent »).
            out.add(s.open_start)
        elif (not in_title and _questioned_alone(text, s, para)
              and _quoted_later(key.strip(), -1, (q for q in later_quotes if q[0] != s.open_start), whole_words=True)):
            # « Pas de risque de contagion » ? as a subhead: the writer asks about words quoted
            # elsewhere in the text (before it too), no quotation of their own.
            out.add(s.open_start)
    return out


def _asked(text: str, paragraphs: Spans, k: int) -> bool:
    """Whether paragraph ``k`` is a title asking a question: among the first ``_TITLE_BLOCK`` lines,
    only lines without a final stop before it (a rubric: ``Le vrai du faux``), ending with a
    question mark. A title asking about words (« X a-t-il été rejeté par « la majorité du monde » ? »)
    reports nobody's, whatever verb it holds; an interviewer's question further down is no title."""
    if k >= _TITLE_BLOCK:
        return False
    ends = [text[p[0] : p[1]].rstrip(_INLINE_SPACES + "\n")[-1:] for p in paragraphs.spans[: k + 1]]
    return ends[-1] in typography().question_ends and not any(e in _STOPS for e in ends[:-1])


def _questioned_alone(text: str, s: MarkedSpan, para: tuple[int, int]) -> bool:
    """Whether the marks open their paragraph and only a question mark follows them."""
    return (not text[para[0] : s.open_start].strip()
            and text[s.close_end : para[1]].strip(_INLINE_SPACES + "\n") in typography().question_ends)


# A rubric above a title: one capitalised word, maybe hyphenated (``International``, ``Économie``,
# ``Moyen-Orient``), or a section's path of capitalised names joined by a bar, a slash, an angle or
# a middle dot (``International | Europe``, ``Monde / Etats-Unis``, ``Afrique > Afrique du Nord``,
# ``Afrique · Sénégal``), each name of three words at most.
_RUBRIC_NAME = r"\p{Lu}\p{Ll}{1,30}+(?:[\-'’]\p{L}\p{Ll}{0,30}+){0,3}(?: [\p{L}\-'’]{1,20}+){0,2}"
# A one-word rubric, maybe hyphenated, its later parts capitalised or not (``Outre-mer``, ``Ile-de-France``).
# A rubric's short name of a few lower-case words after an article (``La revue de presse``).
_RUBRIC_PHRASE = r"(?:La|Le|Les|L['’]) ?\p{Ll}{2,30}+(?: \p{Ll}{1,20}+){0,3}"
_RUBRIC_WORD = regex.compile(rf"{_RUBRIC_PHRASE}|\p{{Lu}}\p{{Ll}}{{1,30}}+(?:-\p{{L}}\p{{Ll}}{{1,30}}+){{0,2}}|{_RUBRIC_NAME}(?:[ \u00a0]*+[|/>›·•][ \u00a0]*+{_RUBRIC_NAME}){{1,3}}")


# Most characters of a kicker, the section's name in capitals above a title.
_KICKER_MAX = 40


def above_title(text: str, para: tuple[int, int]) -> bool:
    """Whether the first paragraph ``para`` is a rubric (``Monde``, ``Monde | Europe``) or a
    kicker (``SYRIE``) above the title, which then stands on the next line."""
    return _kicker(text, para) or _RUBRIC_WORD.fullmatch(text, *para) is not None


def _kicker(text: str, para: tuple[int, int]) -> bool:
    """Whether the paragraph ``para`` is a kicker: a short line with letters, none in lower case."""
    line = text[para[0] : para[1]]
    return len(line) <= _KICKER_MAX and any(c.isalpha() for c in line) and not any(c.islower() for c in line)


def _within(quotes: list[tuple[int, str]], starts: list[int], span: tuple[int, int]) -> list[tuple[int, str]]:
    """The ``quotes`` (sorted, their ``starts``) opening inside ``span``."""
    return quotes[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]


def _said_again(key: str, after: int, quotes: Sequence[tuple[int, str]], g: Grammar, *, in_title: bool) -> bool:
    """Whether a quotation opening past ``after`` says the words of a headline's quote (folded
    ``key``) again, which the headline then only repeats."""
    if len(key) < _MIN_REPEAT:
        # A word or two in the title (« provocation »): a repeat of a later quote holding them as
        # whole words (not a live blog's entry heading: its words are the entry's own); a short
        # sentence anywhere (« On y va ») when a later quote holds it as whole words.
        return bool(key.strip() and (in_title or len(_ECHO_WORD.findall(key)) >= g.headline_echo_words)
                    and (_quoted_later(key.strip(), after, quotes, whole_words=True)
                         or in_title and _agreed_later(key.strip(), after, quotes, g)))
    # The body quotes the words again, maybe longer (« Le Brexit est une catastrophe pour nous
    # tous ») or a word changed; also a pull quote on its own line. The title may add a determiner
    # the body's quote leaves out (« le pire négociateur » over « pire négociateur »).
    return (_quoted_later(key, after, quotes) or _echoed_later(key, after, quotes, g)
            or in_title and bool(core := _past_function_words(key)) and core != key
            and _quoted_later(core, after, quotes, whole_words=True))


def _agreed_later(word: str, after: int, quotes: Sequence[tuple[int, str]], g: Grammar) -> bool:
    """Whether a quote opening past ``after`` holds the one word ``word`` (folded) with another
    ending of gender or number (``agreement_endings``: ``insultantes`` over ``insultant``)."""
    if not word.isalpha():
        return False
    stem = next((word[: -len(e)] for e in sorted(g.agreement_endings, key=len, reverse=True) if word.endswith(e)), word)
    if len(stem) < g.agreement_min_stem:
        return False
    agreed = regex.compile(rf"(?<!\w){regex.escape(stem)}(?:{'|'.join(map(regex.escape, g.agreement_endings))})?(?!\w)")
    return any(start > after and agreed.search(body) is not None for start, body in quotes)


def _past_function_words(key: str) -> str:
    """``key`` (folded) without the function words it opens with (``le pire negociateur``:
    ``pire negociateur``)."""
    for m in _ECHO_WORD.finditer(key):
        if m.group().casefold() not in function_words():
            return key[m.start() :].strip()
    return ""


def without_turn_repeats(text: str, kept: list[Candidate], turns: Sequence[Candidate], paragraphs: Spans) -> list[Candidate]:
    """``kept`` but the quotations of a headline or a subhead (a short paragraph without a final
    stop) whose words an interview's answer (``turns``, quotations without marks) says again:
    « Nous n'avons pas le droit d'échouer » : entretien avec X only repeats an answer."""
    if not turns:
        return kept
    g = grammar()
    quotes = sorted((t.start, fold(text[t.start : t.end])) for t in turns)
    out = []
    for c in kept:
        para = paragraphs.at(c.start)
        if (c.marks is not None and c.marks[1] < quotes[-1][0] and para is not None
                and para[1] - para[0] <= g.headline_repeat_chars and _unpunctuated(text, para)
                and _said_again(fold(text[c.start : c.end]), c.marks[1], quotes, g,
                                in_title=para == paragraphs.spans[0])):
            continue
        out.append(c)
    return out


# A word of a folded quotation compared with the body's quotes (one letter is an elision: l', d').
_ECHO_WORD = regex.compile(r"\w{2,}+")


def _stray_mark_paragraphs(text: str, spans: Sequence[MarkedSpan], paragraphs: Spans) -> list[tuple[int, int]]:
    """Paragraphs holding a strong quotation mark that pairs with none: a quotation whose other
    mark the outlet lost, its words quoted all the same."""
    paired: set[int] = set()
    for s in spans:
        paired.update(range(s.open_start, s.open_end))
        paired.update(range(s.close_start, s.close_end))
    out: list[tuple[int, int]] = []
    for m in _strong_marks().finditer(text):
        if m.start() in paired:
            continue
        para = paragraphs.at(m.start())
        if para is not None and (not out or out[-1] != para):
            out.append(para)
    return out


def _echoed_later(key: str, after: int, quotes: Sequence[tuple[int, str]], g: Grammar) -> bool:
    """Whether a quote opening past ``after`` (within the body a title is compared with) says the
    words of ``key`` (folded) again, trimmed or a word changed: rapidfuzz's partial ratio against a
    quote as long at least, or most of its words within a stretch of the quote twice its length
    (« L'Europe n'est pas en bon état » in « Notre Union européenne n'est pas, du moins en
    partie, en bon état »). Words the writer gives out of marks are never compared."""
    words = _ECHO_WORD.findall(key)
    # Function words (un, les, tous) say nothing of the words repeated: only the others count.
    need = {w for w in words if w.casefold() not in function_words()}
    # « L'Otan n'est pas en mort cérébrale » over « Je ne crois pas que l'Otan soit en état de
    # mort cérébrale »: a verb the headline negates that the quote never says, another statement.
    negated = set(_negated_verb().findall(key)) if " " in key else set()
    i = bisect.bisect_right(quotes, after, key=lambda q: q[0])
    for start, body in quotes[i:]:
        if start > after + _TITLE_BODY:
            break
        if len(body) >= len(key) and fuzz.partial_ratio(key, body) >= g.headline_echo_similarity:
            return True
        if (len(need) >= g.headline_echo_words and _word_share(words, need, _ECHO_WORD.findall(body)) >= g.headline_echo_share
                and not (negated and not negated.issubset(_ANY_WORD.findall(body)))):
            return True
    return False


# Any word of a folded quotation, one letter too (n'a pas: the verb a).
_ANY_WORD = regex.compile(r"\w++")


@cache
def _negated_verb() -> regex.Pattern[str]:
    """A negation particle (``negation_particles``), the word after it and a negation word
    (``negation_words``) in a folded quotation (``n'est pas``): the negated verb as group 1."""
    g = grammar()
    particles = "|".join(regex.escape(fold(p)) + ("" if p.endswith(("'", "’")) else " ") for p in g.negation_particles)
    words = "|".join(regex.escape(fold(w)) for w in g.negation_words)
    return regex.compile(rf"(?<!\w)(?:{particles})(\w++) (?:{words})(?!\w)")


@cache
def function_words() -> frozenset[str]:
    """The function words of ``stopwords_fr.json``, case-folded."""
    return frozenset(w.casefold() for w in lexicon.read_json("stopwords_fr.json")["words"])


def _word_share(words: list[str], need: set[str], body: list[str]) -> float:
    """The largest share of the distinct words ``need`` found within a stretch of ``body`` twice
    as long as ``words``."""
    if len(need.intersection(body)) < len(need) * 0.5:
        return 0.0
    window = 2 * len(words)
    counts: Counter[str] = Counter()
    best = 0
    for i, w in enumerate(body):
        if w in need:
            counts[w] += 1
        if i >= window and body[i - window] in need:
            old = body[i - window]
            counts[old] -= 1
            if not counts[old]:
                del counts[old]
        best = max(best, len(counts))
    return best / len(need)


def _joined_fragments(text: str, key: str, spans: Sequence[MarkedSpan], body_start: int) -> bool:
    """Whether the body after the title holds the words of ``key`` (folded) in a row, half of
    them quoted at least (« d'attaques » sans « précédent »): fragments the title joins. The
    same words given out of marks only are the writer's, which the title's quote does not repeat."""
    words = _ECHO_WORD.findall(key)
    if not words:
        return False
    quoted = [(s.open_start, s.close_end) for s in spans if s.depth == 0 and s.close_end > body_start]
    tokens = [(fold(m.group()), m.start()) for m in _ECHO_WORD.finditer(text, body_start, min(len(text), body_start + _TITLE_BODY))]
    starts = [q[0] for q in quoted]

    def inside(pos: int) -> bool:
        j = bisect.bisect_right(starts, pos) - 1
        return j >= 0 and quoted[j][1] > pos

    n = len(words)
    for i in range(len(tokens) - n + 1):
        if (tokens[i][0] == words[0] and all(tokens[i + k][0] == words[k] for k in range(1, n))
                and 2 * sum(inside(tokens[i + k][1]) for k in range(n)) >= n):
            return True
    return False


def _alone_in_paragraph(text: str, s: MarkedSpan, para: tuple[int, int] | None) -> bool:
    """Whether the marks are all their paragraph holds."""
    return para is not None and not text[para[0] : s.open_start].strip() and not text[s.close_end : para[1]].strip()


# How much of the body is read for a title's quote.
_TITLE_BODY = 5000


@cache
def _strong_marks() -> re.Pattern[str]:
    """Quotation marks of the strong families (not the apostrophe-like single quotes): a class of
    plain characters, on the standard engine (twice as fast over a whole text)."""
    chars = {c for f in typography().families if not f.weak for m in (*f.open, *f.close) for c in m}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _unpunctuated(text: str, para: tuple[int, int]) -> bool:
    """A paragraph without a final stop: a title or a subhead (``17h20 - X dénonce « … »``),
    whatever verb it holds."""
    return text[para[0] : para[1]].rstrip()[-1:] not in typography().sentence_end


# Most characters between a verbal cue and the quotation its object's noun is followed by.
_PREDICATE_REACH = 25


def _naming_noun_opens_clause(before: str, inner: str) -> bool:
    """Whether ``before`` ends with a complementizer (``complementizers`` of detection.json), a
    determiner (``determiners`` of names.json) and one noun (``a assuré que ses chansons``): the noun
    is the subject of a content clause, so lower-case words in marks after it are its predicate
    (« continueront de nous consoler »), no title the noun names; words in marks opening with a
    determiner (que sa chanson « la vie en rose » …) are a noun phrase, the title still."""
    first = _WORD.search(inner)
    if first is None or first.group().lower() in _subject_determiners():
        return False
    words = _WORD.findall(before[-_CLAUSE_SUBJECT_REACH:])
    return (len(words) >= 3 and words[-3].lower() in _complementizer_words()
            and words[-2].lower() in _subject_determiners())


# How far back from the opening mark a complementizer, a determiner and a noun are read.
_CLAUSE_SUBJECT_REACH = 60


@cache
def _subject_determiners() -> frozenset[str]:
    """The determiners of names.json as whole words, lower case (``ses``, ``le``, not ``l'``)."""
    return frozenset(w.lower() for w in names_data()["determiners"] if w[-1:].isalpha())


def _predicate_of_cue(text: str, s: MarkedSpan, inner: str, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """``Berlin juge le plan « ambitieux »``: after a verbal cue and its object, lower-case words
    in marks say what the speaker thinks of it; they name nothing (« France 2030 » would)."""
    first = inner.lstrip(_INLINE_SPACES)[:1]
    if not first.islower():
        return False
    i = bisect.bisect_left(cue_starts, s.open_start) - 1
    return i >= 0 and cues[i].form in _VERBAL_FORMS and s.open_start - cues[i].end <= _PREDICATE_REACH


# How far past a closing mark a comparative aside with a naming verb is looked for.
_NAMING_ASIDE_REACH = 60


@cache
def _naming_aside() -> regex.Pattern[str]:
    """A comma, a comparative connector and a naming verb after its object clitic right after
    the marks (``« Rocket Man », comme l'appelait X``): the words in marks are a name."""
    g = grammar()
    blank = r"[ \u00a0\u202f]"
    return regex.compile(rf"(?i){blank}*+,{blank}*+(?:{trie_alternation(g.comparative_connectors)}){blank}++"
                         rf"(?:{trie_alternation(g.naming_verbs)})(?!\p{{L}})")


# Most words of a fronted adverbial before a quotation and its incise (En cas de rejet, « … »).
_FRAME_MAX_WORDS = 12
_FRAME_BREAKS = frozenset(",;:!?«»\"“”()[]\n")


def after_fronted_frame(text: str, s_start: int, open_start: int) -> bool:
    """Whether the marks at ``open_start`` follow, right after its comma, an adverbial opening
    the sentence with one of ``frame_prepositions`` (« En cas de rejet, », « Dans ce cas, »):
    no other comma, mark or bracket in it, at most ``_FRAME_MAX_WORDS`` words."""
    lead = text[s_start:open_start].rstrip(_INLINE_SPACES)
    if not lead.endswith(",") or open_start - s_start > _FRAME_MAX_WORDS * 12:
        return False
    lead = lead[:-1]
    if not _FRAME_BREAKS.isdisjoint(lead):
        return False
    words = _WORD.findall(lead)
    # A capital drops its accent in much copy: "A Washington," opens with the preposition "à".
    first = "à" if words[:1] == ["A"] else words[0].lower() if words else ""
    return 1 < len(words) <= _FRAME_MAX_WORDS and first in grammar().frame_prepositions


def _names_a_person(inner: str) -> bool:
    """Whether words in marks read as a name for a person: opening with a capital (« Rocket
    Man »), with one of ``naming_possessives`` and one word (« mon Corse », « ma puce »), or with
    one of ``identity_determiners`` and a capitalised word (« la Fusée », « le Préfet »)."""
    words = _words_in(inner)
    if not words:
        return False
    stripped = inner.lstrip()
    if stripped[:1].isupper():
        return True
    if len(words) == 2 and words[0].lower() in grammar().naming_possessives:
        return True
    # « la Fusée », « l'Ogre »: a definite determiner before a capitalised word, a nickname.
    det = _identity_determiner(stripped)
    return det is not None and len(words) <= _NICKNAME_MAX_WORDS and stripped[len(det) :].lstrip()[:1].isupper()


def _identity_determiner(stripped: str) -> str | None:
    """The first of ``identity_determiners`` that ``stripped`` opens with (any case), if any."""
    lowered = stripped.lower()  # once, not once per determiner tried
    return next((d for d in grammar().identity_determiners if lowered.startswith(d)), None)


# Characters read back from an opening mark for the determiner right before it.
_DETERMINER_REACH = 12


def _definite_name(inner: str) -> bool:
    """Whether words in marks are one of ``identity_determiners``, a capitalised word and at most
    one lower-case word that is no function word (« la Rome française », « le Métronome »): the
    capital mid-sentence makes them a name or a traditional label, nobody's words."""
    stripped = inner.strip(_INLINE_SPACES)
    det = _identity_determiner(stripped)
    if det is None:
        return False
    rest = _WORD.findall(stripped, len(det))
    return (0 < len(rest) <= 2 and rest[0][:1].isupper() and rest[0][1:].islower()
            and all(w.islower() and w.casefold() not in function_words() for w in rest[1:]))


def _name_determiner_before(before_stripped: str) -> int:
    """The length of the determiner of ``label_determiners`` ending the text before an opening mark
    (``la``, ``l'``), as a whole word; 0 when another word ends it."""
    tail = before_stripped[-_DETERMINER_REACH:].rsplit(None, 1)[-1] if before_stripped else ""
    if tail[-1:] in "'’":
        tail = tail[-2:]
    return len(tail) if tail.casefold() in grammar().label_determiners else 0


def _fronted_topic(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to the opening mark at ``end`` are only one of
    ``fronted_topic_openers`` (``Quant au``), apostrophes straight or curly."""
    return (end - start <= _TOPIC_OPENER_MAX
            and text[start:end].strip(_SPACES).replace("’", "'").casefold() in _topic_openers_folded())


@cache
def _topic_openers_folded() -> frozenset[str]:
    return frozenset(w.replace("’", "'").casefold() for w in grammar().fronted_topic_openers)


# The longest fronted topic opener's reach before its marks (``Quant à cette``, spaces around).
_TOPIC_OPENER_MAX = 24


def _office_determiner_before(before_stripped: str) -> int:
    """The length of the determiner before a disputed office's marks: a ``label_determiners`` one
    or a contracted article of ``disputed_office_contractions`` (du « calife »); 0 otherwise."""
    det = _name_determiner_before(before_stripped)
    if det:
        return det
    tail = before_stripped[-_DETERMINER_REACH:].rsplit(None, 1)[-1] if before_stripped else ""
    return len(tail) if tail.casefold() in grammar().disputed_office_contractions else 0


@cache
def _complement_link_after() -> regex.Pattern[str]:
    """Spaces and a complement link of ``names.json`` (``de la``, ``du``, ``d'``) or of ``label_frame_links``
    (``de``) right after a closing mark."""
    links = [v for w in (*names_data().get("complement_links", ()), *grammar().label_frame_links)
             for v in {w.replace("’", "'"), w.replace("'", "’")}]
    if not links:
        return regex.compile(r"(?!)")
    return regex.compile(rf"[ \u00a0\u202f]++(?:{trie_alternation(links)})(?:(?<=['’])|[ \u00a0]++)")


def _disputed_office(text: str, s: MarkedSpan, inner: str) -> bool:
    """Whether the marks hold one office of ``disputed_offices`` alone, lower case, and a complement
    link follows them (le « président » de la république autoproclamée)."""
    word = inner.strip(_SPACES)
    return (word[:1].islower() and word.casefold() in grammar().disputed_offices
            and _complement_link_after().match(text, s.close_end) is not None)


# Characters read back from an opening mark for a relative of resemblance (``ce qui ressemble fort à une``).
_RESEMBLANCE_REACH = 48


@cache
def _resemblance_before() -> regex.Pattern[str]:
    """A relative of ``resemblance_relatives`` (apostrophes straight), maybe a determiner of
    ``resemblance_determiners`` after it, ending the text searched."""
    relatives = [w.replace("’", "'") for w in grammar().resemblance_relatives]
    if not relatives:
        return regex.compile(r"(?!)")
    articles = [w.replace("’", "'") for w in grammar().resemblance_determiners]
    dets = rf"(?:[ \u00a0]++(?:{trie_alternation(articles)}))?" if articles else ""
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(relatives)}){dets}[ \u00a0]*+$")


def _capitalised_name(inner: str) -> bool:
    """Whether words in marks are a capitalised word and at most one lower-case word that is no
    function word, with no stop (« Jungle », « Djebel turkmène »): a name's or a coinage's shape."""
    stripped = inner.strip(_INLINE_SPACES)
    rest = _words_in(inner)  # the same words as in ``stripped``: a word holds no space
    return (0 < len(rest) <= 2 and rest[0][:1].isupper() and rest[0][1:].islower() and not _SENT_PUNCT.search(stripped)
            and all(w.islower() and w.casefold() not in function_words() for w in rest[1:]))


def _capitalised_complement_name(inner: str) -> bool:
    """Whether words in marks are a capitalised word, one of ``name_complement_links`` (names.json:
    de, du, des) and a lower-case word that is no function word, with no stop (« Dame de fer »,
    « Ville des lumières »): a nickname's shape, as French capitalises a name's first word only."""
    stripped = inner.strip(_INLINE_SPACES)
    if _SENT_PUNCT.search(stripped):
        return False
    rest = _WORD.findall(stripped)
    return (len(rest) == 3 and rest[0][:1].isupper() and rest[0][1:].islower()
            and rest[1].lower() in names_data().get("name_complement_links", ())
            and rest[2].islower() and rest[2].casefold() not in function_words())


def _opens_with_time(inner: str) -> bool:
    """``déposer une motion « à chaque 49.3 »``, ``une motion « dès le prochain 49.3 »``: words in
    marks opening with one of ``time_openers`` are an adverbial of time the writer's verb governs,
    no name of the thing the noun before them is (the caller checks the lower case first)."""
    return any(inner.startswith(w) and not inner[len(w) : len(w) + 1].isalpha() for w in grammar().time_openers)


def _bracketed_name(text: str, s: MarkedSpan, inner: str, words: Callable[[], list[str]]) -> bool:
    """``le Bureau néerlandais pour la sécurité (« Onderzoeksraad voor Veiligheid »)``: marks filling
    a bracket right after a noun phrase holding a capitalised word (a name), themselves a few
    words, two capitalised at least, with no stop and no one speaking: the name in its language."""
    if not (_OPEN_BRACKET_BEFORE.search(text, max(0, s.open_start - 3), s.open_start)
            and _CLOSE_BRACKET_AFTER.match(text, s.close_end, s.close_end + 3)):
        return False
    if not (_opens_capitalised(inner) and len(words()) <= _BRACKETED_NAME_WORDS and _capitalised_words(words()) >= 2
            and _SENT_PUNCT.search(inner) is None and not _speaks(inner, words())):
        return False
    head = _NAME_BEFORE_BRACKET.search(text, max(0, s.open_start - _REACH), s.open_start)
    return head is not None


# A bracket right before an opening mark, right after a closing one; the noun phrase a bracket
# follows: a capitalised word mid-sentence, then at most four lower-case words ending with a letter.
# A hashtag right before an opening bracket and marks (#ThisIsACoup (« … »)), read back at most
# ``_HASHTAG_REACH`` characters from the marks.
_HASHTAG_BEFORE = regex.compile(r"#\w++[ \u00a0\u202f]*+\([ \u00a0\u202f]*+$")
_HASHTAG_REACH = 80
_OPEN_BRACKET_BEFORE = regex.compile(r"(?<=\w)[ \u00a0\u202f]*+\([ \u00a0\u202f]*+$")
_CLOSE_BRACKET_AFTER = regex.compile(r"[ \u00a0\u202f]*+\)")
_NAME_BEFORE_BRACKET = regex.compile(
    r"(?<=\p{L}[ \u00a0\u202f]++)\p{Lu}\p{Ll}[\p{L}\-]*+(?:[ \u00a0\u202f]++[\p{Ll}'’][\p{L}'’\-]*+){0,4}[ \u00a0\u202f]*+\([ \u00a0\u202f]*+$")
# Most words of a name in marks in brackets.
_BRACKETED_NAME_WORDS = 6


def _opens_with_adverbial(inner: str) -> bool:
    """``travailler sur le site « en toute sécurité »``: lower-case words in marks opening with a
    preposition of place, time or manner (``frame_prepositions``, ``adverbial_prepositions``) are
    an adverbial of the clause, no name of the thing the naming noun before them is."""
    first = _LETTERS.match(inner.lstrip(_INLINE_SPACES))
    return first is not None and first.group().casefold() in _adverbial_openers()


def _opens_with_qualifier_adverb(inner: str) -> bool:
    """``un système « entièrement verrouillé »``: lower-case words in marks opening with an adverb
    of manner or degree (an ending of ``qualifier_adverb_endings``) and at least one more word, or
    with a superlative of ``superlative_openers`` (« les plus exposés ») or a comparison of
    ``comparison_clause_openers`` (« comme il en existe des milliers »), qualify the noun before
    them, no name of it."""
    words = inner.split(None, 2)
    endings = grammar().qualifier_adverb_endings
    if len(words) > 2 and (" ".join(words[:2]) in grammar().superlative_openers
                           or " ".join(words[:2]) in grammar().comparison_clause_openers):
        return True  # « les plus exposés », « comme il en existe »: a superlative or a comparison qualifies the noun too
    return len(words) > 1 and bool(endings) and words[0].isalpha() and words[0].islower() and words[0].endswith(endings)


def _agent_prepositions() -> str:
    """The prepositions of a passive's agent (``agent_prepositions`` of names.json) as an alternation."""
    return "|".join(regex.escape(a) for a in names_data()["agent_prepositions"])


@cache
def _agent_framing() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A framing participle (``agent_framing_participles``) ending the words before marks, and an
    agent preposition (``agent_prepositions`` of names.json) and a word right after them."""
    framing = regex.compile(rf"(?i)(?<!\w)(?:{trie_alternation(grammar().agent_framing_participles)})$")
    agents = _agent_prepositions()
    return framing, regex.compile(rf"[ \u00a0\u202f]++(?:{agents})[ \u00a0\u202f]++\w")


def _opens_with_manner(inner: str, g: Grammar) -> bool:
    """Whether lower-case words in marks open with a preposition of ``manner_openers`` (``avec``)."""
    head = inner.lstrip(_INLINE_SPACES)
    if not head[:1].islower():
        return False
    first = head.split(None, 1)[0]
    return first in g.manner_openers


def _commonplace_participle(text: str, s: MarkedSpan, cue: CueLike, g: Grammar) -> bool:
    """``souvent qualifié de « narco-Etat »``: a participle cue with no auxiliary, at most a
    preposition and an article from the marks, right after one of ``commonplace_adverbs``, and no
    agent after the closing mark (see :func:`_agent_framing`)."""
    if getattr(cue, "form", None) != "participle" or getattr(cue, "aux", False) or cue.end > s.open_start:
        return False
    if s.open_start - cue.end > _COMMONPLACE_GAP:
        return False
    head = text[max(0, cue.start - _COMMONPLACE_GAP) : cue.start].rstrip(_INLINE_SPACES)
    word = head.rsplit(None, 1)[-1].casefold() if head.strip() else ""
    if word not in g.commonplace_adverbs:
        return False
    _, agent = _agent_framing()
    return agent.match(text, s.close_end, s.close_end + _AGENT_REACH) is None


# Most characters between a participle cue and the marks (de, d', comme, un), and before it for its adverb.
_COMMONPLACE_GAP = 20


def _framed_by_agent(text: str, s: MarkedSpan, before_stripped: str) -> bool:
    """``présenté comme « historique » par le président``: see :func:`_agent_framing`."""
    framing, agent = _agent_framing()
    return agent.match(text, s.close_end, s.close_end + _AGENT_REACH) is not None and framing.search(before_stripped[-_FRAMING_REACH:]) is not None


# Most characters before marks read for a framing participle.
_FRAMING_REACH = 40
# Characters read after marks for an agent preposition and its word (a bound: ``regex`` looks for
# the preposition up to endpos before the anchored match).
_AGENT_REACH = 40


@cache
def _negation_openers() -> tuple[str, ...]:
    """The negation particles (``ne``, ``n'``) as they open words in marks: elided with either
    apostrophe, or whole before a space."""
    out: list[str] = []
    for p in grammar().negation_particles:
        out += [p[:-1] + "'", p[:-1] + "’"] if p.endswith(("'", "’")) else [p + " ", p + "\u00a0"]
    return tuple(out)


def _opens_with_negation(inner: str) -> bool:
    """``leur programme « n'est pas remis en cause »``: lower-case words in marks opening with a
    negation particle hold a negated verb, the predicate of the noun before them, never its name."""
    return inner.lstrip(_INLINE_SPACES).startswith(_negation_openers())


def _names_after_verb(pats: _Patterns, before: str, inner: str) -> bool:
    """A naming verb after its object clitic right before the marks (``l'appelait « la petite
    Sheila »``), unless the words in them open with a preposition: ``les appelle « à la
    retenue »`` calls on them to do something, a quotation."""
    if not pats.naming_verb(before) and not _object_naming_before(before):
        return False
    first = _WORD.search(inner)
    return first is None or first.group().lower() not in _prepositions()


# The last letters of an article right before marks (``le``, ``la``, ``les``, ``l'``): a cheap test first.
_ARTICLE_ENDS = frozenset("eas'’")
# Most characters between a participle cue's end and the marks its agent and article open.
_PARTICIPLE_AGENT_REACH = 12


@cache
def _agent_article() -> regex.Pattern[str]:
    """An agent preposition (``agent_prepositions`` of names.json), then an article (``articles``)
    and nothing else, spaces only around them."""
    raw = names_data()
    space = "[ \u00a0\u202f]"
    return regex.compile(rf"(?i){space}++(?:{alternation(raw['agent_prepositions'])}){space}++"
                         rf"(?:{alternation(raw['articles'])})(?:(?<=['’])|{space}*+)")


def _participle_agent_before(text: str, pos: int, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """A reporting participle, its agent preposition and an article right before the opening mark at
    ``pos`` (``cité par le « … »``): the agent of a participle of citing is the outlet, or the person,
    who reported the words, and a short capitalised name in marks there is a paper's name."""
    i = bisect.bisect_left(cue_starts, pos) - 1
    if i < 0 or cues[i].form != "participle" or pos - cues[i].end > _PARTICIPLE_AGENT_REACH:
        return False
    return _agent_article().fullmatch(text, cues[i].end, pos) is not None


# The longest name in marks a publication noun and its adjectives announce, and what no such name holds.
_PUBLICATION_NAME_MAX = 40
_NAME_BREAKS = frozenset(".,;:!?«»\"“”\n")
# Opening brackets a name's gloss in marks fills.
_NAME_BRACKETS = ("(", "[")
# Most words of a name glossed in marks in brackets.
_NAME_GLOSS_WORDS = 6


@cache
def _publication_adjective_before() -> regex.Pattern[str]:
    """A ``publication_naming_words`` noun, then one or two lower-case words, ending a string
    (matched backwards: ``le quotidien slovaque|``, ``l'hebdomadaire conservateur|`` after an elided
    article; an elided complement, lower case too: ``le site d'information|``; no possessive
    quantifier, which that mode misreads)."""
    words = grammar().publication_naming_words
    return regex.compile(rf"(?<!\p{{L}})(?i:{suffix_trie_alternation(words) if words else '(?!)'})"
                         rf"(?:[ \u00a0]+\p{{Ll}}[\p{{L}}\-]*(?:['’]\p{{Ll}}[\p{{L}}\-]*)?){{1,2}}$",
                         regex.REVERSE)


@cache
def _work_apposition() -> regex.Pattern[str]:
    """A comma, a determiner (``determiners`` of ``names.json``), maybe one lower-case word, and a noun of
    a work (``programme_naming_words``, ``work_apposition_nouns``) right after it; or a comma and a
    participle of a work's release (``work_release_participles``: ``, paru en 2019``)."""
    g = grammar()
    nouns = (*g.programme_naming_words, *g.work_apposition_nouns)
    dets = lexicon.read_json("names.json")["determiners"]
    if not nouns:
        return regex.compile(r"(?!)")
    sp = r"[ \u00a0\u202f]"
    released = f"|{alternation(g.work_release_participles)}" if g.work_release_participles else ""
    return regex.compile(rf"{sp}*+,{sp}*+(?:(?i:{alternation(dets)})(?:(?<=['’])|{sp}++)(?:\p{{Ll}}[\p{{L}}\-]*+{sp}++)?"
                         rf"(?i:{alternation(nouns)}){released})(?![\p{{L}}\-])")


@cache
def _work_credit() -> regex.Pattern[str]:
    """A comma, one of ``work_credit_links`` and a person's name (capitalised words, particles of
    ``name_particles`` between) ending the apposition: a punctuation mark or the line's end after it."""
    links = grammar().work_credit_links
    if not links:
        return regex.compile(r"(?!)")
    particles = trie_alternation(lexicon.read_json("names.json")["name_particles"])
    sp = r"[ \u00a0\u202f]"
    name = r"\p{Lu}(?:\.|[\p{L}\-'’]*+)"
    return regex.compile(rf"{sp}*+,{sp}*+(?:{alternation(links)})(?:(?<=['’])|{sp}++){name}"
                         rf"(?:{sp}++(?:(?:{particles}){sp}++|(?:d['’]))?{name}){{0,3}}+{sp}*+(?=[,.;:)]|$)", regex.MULTILINE)


@cache
def _programme_adjective_before() -> regex.Pattern[str]:
    """A ``programme_naming_words`` noun, then at most two lower-case words, ending a string
    (matched backwards, as :func:`_publication_adjective_before`: ``l'émission politique|``, ``son essai|``)."""
    words = grammar().programme_naming_words
    return regex.compile(rf"(?<!\p{{L}})(?i:{suffix_trie_alternation(words) if words else '(?!)'})(?:[ \u00a0]+\p{{Ll}}[\p{{L}}\-]*){{0,2}}$",
                         regex.REVERSE)


# Most words of a publication's complement before the comma opening the apposition of its name
# (``le quotidien du Parti communiste, « … »``), and most words of that name.
_APPOSED_PUBLICATION_WORDS = 4


@cache
def _publication_apposition_before() -> regex.Pattern[str]:
    """A ``publication_naming_words`` noun after a determiner, at most a few words (its complement,
    any case: ``le quotidien du Parti communiste``, ``le journal de référence``) and a comma,
    ending a string (matched backwards, as :func:`_publication_adjective_before`)."""
    return _noun_apposition_before(grammar().publication_naming_words, "", _APPOSED_PUBLICATION_WORDS)


def _noun_apposition_before(words: Sequence[str], premodifier: str, complement_words: int) -> regex.Pattern[str]:
    """One of ``words`` after a determiner of ``names.json`` (and ``premodifier``, a pattern that may
    match nothing), at most ``complement_words`` words and a comma, ending a string: matched backwards."""
    dets = lexicon.read_json("names.json")["determiners"]
    sp = "[ \u00a0\u202f]"
    return regex.compile(rf"(?<!\p{{L}})(?i:{alternation(dets)})(?:(?<=['’])|{sp}+){premodifier}"
                         rf"(?i:{suffix_trie_alternation(words) if words else '(?!)'})"
                         rf"(?:{sp}+\p{{L}}[\p{{L}}\-]*(?:['’]\p{{L}}[\p{{L}}\-]*)?){{0,{complement_words}}}{sp}*,$",
                         regex.REVERSE)


# Most words between a work's noun and the comma before its title in marks (``un livre de
# souvenirs, « … »``, ``le dernier film de Paul X, « … »``), and most characters of that title.
_APPOSED_WORK_WORDS = 4
_APPOSED_TITLE_MAX = 60


@cache
def _work_apposition_before() -> regex.Pattern[str]:
    """A noun of a work (``programme_naming_words``, ``work_apposition_nouns``) after a determiner,
    maybe one lower-case word between (``son premier roman``), at most a few words of complement
    and a comma, ending a string (matched backwards, as :func:`_publication_apposition_before`)."""
    g = grammar()
    return _noun_apposition_before((*g.programme_naming_words, *g.work_apposition_nouns),
                                   "(?:\\p{Ll}[\\p{L}\\-]*[ \u00a0\u202f]+)?", _APPOSED_WORK_WORDS)


def title_cased(inner: str) -> bool:
    """Whether words in marks are spelled as a paper's name: a capital opening the first word and
    every other word but a function word (« Nhan Dan », « Le Monde », « La Tribune de Genève »),
    a few words at most, no punctuation; speech (« Je reste ») has lower-case words."""
    words = _words_in(inner)
    return (0 < len(words) <= _APPOSED_PUBLICATION_WORDS and _NAME_BREAKS.isdisjoint(inner)
            and all(w[:1].isupper() or (k > 0 and w.casefold() in function_words()) for k, w in enumerate(words)))


@cache
def _body_adjective_before() -> regex.Pattern[str]:
    """A ``body_naming_words`` noun, then one lower-case word, ending a string (matched backwards, as
    :func:`_publication_adjective_before`: ``du groupe paramilitaire|``, ``le parti présidentiel|``,
    ``de l'association franco-iranienne|`` after an elided article)."""
    words = grammar().body_naming_words
    return regex.compile(rf"(?<!\p{{L}})(?i:{suffix_trie_alternation(words) if words else '(?!)'})[ \u00a0]+\p{{Ll}}[\p{{L}}\-]*$",
                         regex.REVERSE)


@cache
def _body_kind_before() -> regex.Pattern[str]:
    """A ``body_naming_words`` noun, de (maybe elided) and one lower-case word, the body's kind (its
    genre or its members: ``du groupe de rock|``, ``le collectif d'habitants|``), ending a string
    (matched backwards, as :func:`_body_adjective_before`)."""
    words = grammar().body_naming_words
    return regex.compile(rf"(?<!\p{{L}})(?i:{suffix_trie_alternation(words) if words else '(?!)'})"
                         rf"[ \u00a0]+(?-i:d)(?:e[ \u00a0]+|['’])\p{{Ll}}[\p{{L}}\-]*$", regex.REVERSE)


@cache
def _law_heads() -> tuple[str, ...]:
    return tuple(w.lower() for w in grammar().law_heads)


@cache
def _law_determiner_before() -> regex.Pattern[str]:
    """A determiner of ``law_label_determiners``, maybe one lower-case word after it (``la
    future``), ending a string."""
    return _determiner_before(grammar().law_label_determiners)


def _famed_label(before: str) -> bool:
    """Whether ``before`` (right-stripped) ends with a determiner of ``law_label_determiners`` or
    ``famed_determiners``, maybe one adverb ending in one of ``famed_adverb_endings`` (-ment), and an
    adjective of ``famed_adjectives``
    (``les fameuses``, ``le tristement célèbre``)."""
    g = grammar()
    words = before[-_FAMED_REACH:].replace("’", "'").split()
    if len(words) < 2 or words[-1].casefold() not in g.famed_adjectives:
        return False
    det = words[-2].casefold()
    if det.endswith(g.famed_adverb_endings) and len(words) >= 3:
        det = words[-3].casefold()
    return det in g.law_label_determiners or det in g.famed_determiners


_FAMED_REACH = 40


def _determiner_before(dets: Sequence[str]) -> regex.Pattern[str]:
    """One of ``dets``, maybe one lower-case word after it (``la future``), ending a string."""
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(dets) if dets else '(?!)'})"
                         rf"(?:(?:(?<=['’])|[ \u00a0]++)(?-i:\p{{Ll}})[\p{{L}}\-]*+)?[ \u00a0]*+$")


def _named_after_marks(text: str, comma: int, inner: str, g: Grammar) -> bool:
    """Whether short marks (at most ``label_max_words`` words, no sentence stop) closing right
    before ``comma`` are followed by one of ``naming_after_marks`` (``, comme on appelle``)."""
    if any(c in inner for c in ".!?;:") or len(inner.split()) > g.label_max_words:
        return False
    after = text[comma + 1 : comma + 1 + _NAMING_SUBJECT_REACH].lstrip(_INLINE_SPACES).replace("’", "'").lower()
    return (after[:_NAMING_AFTER_REACH].startswith(g.naming_after_marks) or _named_by_community(after, g)
            or _named_after_adverb(after, g))


def _named_after_adverb(after: str, g: Grammar) -> bool:
    """Whether ``after`` (lower case, from the word after the comma) opens with one of
    ``naming_inverted_auxiliaries``, then one word and a participle of ``nickname_verb_stems``
    (``comme l'a longtemps surnommée``)."""
    aux = next((a for a in g.naming_inverted_auxiliaries if after.startswith(a)), None)
    if aux is None:
        return False
    words = after[len(aux):].split(None, 2)
    return len(words) >= 2 and words[0].isalpha() and words[1].startswith(g.nickname_verb_stems)


def _named_by_community(after: str, g: Grammar) -> bool:
    """Whether ``after`` (lower case, from the word after the comma) opens with one of
    ``naming_after_subject_openers`` and, within ``_NAMING_SUBJECT_WORDS`` words of the subject,
    one of ``naming_after_subject_verbs`` not followed by one of ``impersonal_naming_stops``
    (``comme les syndicats appellent à …``: another verb)."""
    opener = next((o for o in g.naming_after_subject_openers if after.startswith(o)), None)
    if opener is None:
        return False
    words = after[len(opener):].split(None, _NAMING_SUBJECT_WORDS + 1)
    for i, word in enumerate(words[1 : _NAMING_SUBJECT_WORDS + 1], 1):
        if word in g.naming_after_subject_verbs:
            return i + 1 < len(words) and words[i + 1].split(None, 1)[0] not in g.impersonal_naming_stops
    return False


# Characters read after closing marks for the preposition of an answer's object.
_ANSWER_LINK_REACH = 6


def _answer_link_after(text: str, close_end: int, g: Grammar) -> bool:
    """Whether one of ``answer_links`` follows the marks closing at ``close_end`` (« non » ``au
    traité``): the answer in marks is a stand taken on that object, as after a colon."""
    after = text[close_end : close_end + _ANSWER_LINK_REACH].split(None, 1)
    return bool(after) and after[0].casefold() in g.answer_links


# Characters read after a cue for an answer (maybe in marks) and the preposition of its object.
_ANSWER_REACH = 16
_ANSWER_MARKS = "«»\"“”"


def _answer_after_cue(text: str, cue_end: int, g: Grammar) -> bool:
    """Whether one of ``answer_words``, maybe in marks, and one of ``answer_links`` follow the cue
    ending at ``cue_end`` (``ont dit « non » aux``): the cue takes a stand, reports nothing."""
    words = text[cue_end : cue_end + _ANSWER_REACH].translate({ord(c): " " for c in _ANSWER_MARKS}).split(None, 2)
    return len(words) > 1 and words[0].casefold() in g.answer_words and words[1].casefold() in g.answer_links


def _fond_after_marks(text: str, close_end: int, inner: str, g: Grammar) -> bool:
    """Whether marks holding no sentence stop, closing at ``close_end``, are followed by one of
    ``fond_after_marks`` (``chère au président``): the phrase someone is fond of, named."""
    if _SENT_PUNCT.search(inner):
        return False
    after = text[close_end : close_end + _NAMING_AFTER_REACH].lstrip(_INLINE_SPACES).replace("’", "'").lower()
    return after.startswith(g.fond_after_marks)


def _reader_rubric(text: str, para: tuple[int, int], colon: int, g: Grammar) -> bool:
    """Whether the words from the paragraph's start (past a live entry's time) to ``colon`` are
    one of ``reader_rubrics`` or ``verdict_rubrics`` alone (``10 h 15. Vos questions :``,
    ``Notre verdict :``)."""
    if colon - para[0] > _RUBRIC_REACH:
        return False
    label = text[past_timestamp(text, para[0], colon) : colon]
    return _label_key(label) in {_label_key(r) for r in (*g.reader_rubrics, *g.verdict_rubrics)}


@cache
def _headline_colon() -> regex.Pattern[str]:
    """Spaces, a colon and one of ``headline_after_colon`` as whole words."""
    g = grammar()
    return regex.compile(rf"[ \u00a0\u202f]*+:[ \u00a0\u202f]*+(?i:{trie_alternation(g.headline_after_colon)})(?![\p{{L}}'’])")


@cache
def _front_page_after() -> regex.Pattern[str]:
    """After the comma closing marks: one to three lower-case words (the verb, an adverb), one of
    ``front_page_phrases``, then the subject at once: a definite article or a capitalised word."""
    g = grammar()
    return regex.compile(
        rf"[ \u00a0\u202f]*+(?:\p{{Ll}}[\p{{L}}'’-]*+[ \u00a0\u202f]++){{1,3}}?(?:{trie_alternation(g.front_page_phrases)})"
        rf"[ \u00a0\u202f]++(?:(?:{trie_alternation(g.gloss_determiners)})(?![\p{{L}}])|\p{{Lu}})")


# What may stand right before the marks of a front-page headline: nothing, or a sentence's end.
_FRONT_PAGE_OPENERS = ("", ".", "!", "?", "…", ":")

# Characters after the comma closing marks read for a front page (verb, adverb, en une, subject).
_FRONT_PAGE_REACH = 60


def _front_page_headline(text: str, comma: int) -> bool:
    """Whether marks closing right before ``comma`` are the headline a paper prints on its front
    page (``« … », tonne en une le Daily Telegraph``): see ``front_page_phrases``."""
    return _front_page_after().match(text, comma + 1, min(len(text), comma + 1 + _FRONT_PAGE_REACH)) is not None


# Most lower-case words of time or layout between a headline verb and its colon.
_HEADLINE_ADVERBIAL_WORDS = 8


@cache
def _headline_before_colon() -> regex.Pattern[str]:
    """A headline verb of ``headline_after_marks`` and an adverb (an ending of
    ``degree_adverb_endings``: ``titre sobrement``) or one of ``front_page_phrases`` (``titre en
    une``, ``titrait à la une``), or a short adverbial of ``headline_manner_prepositions``
    (``titre sans détour``; no determiner before the verb, which would be the noun), or one of ``headline_frames`` and a few words (``sous un titre en forme d'appel``), then a colon
    ending the text before the marks."""
    g = grammar()
    verbs = trie_alternation(tuple(v.strip() for v in g.headline_after_marks))
    frames = trie_alternation(g.headline_frames) if g.headline_frames else "(?!)"
    front = trie_alternation(g.front_page_phrases) if g.front_page_phrases else "(?!)"
    adverb = trie_alternation(g.degree_adverb_endings) if g.degree_adverb_endings else "(?!)"
    manner = trie_alternation(g.headline_manner_prepositions) if g.headline_manner_prepositions else "(?!)"
    determiners = trie_alternation((*g.object_determiners, *g.naming_possessives))
    return regex.compile(
        rf"(?<![\p{{L}}'’])(?:(?:{verbs})[ \u00a0\u202f]++(?:\p{{Ll}}++(?<=(?:{adverb}))|(?:{front})(?![\p{{L}}'’]))"
        rf"|(?<!(?<![\p{{L}}'’])(?:{determiners})[ \u00a0\u202f]++)(?:{verbs})[ \u00a0\u202f]++(?:{manner})"
        rf"(?:[ \u00a0\u202f]++\p{{Ll}}[\p{{L}}'’-]*+){{1,3}}"
        # "titre ce matin sur toute sa largeur :": the verb (no determiner before it, which would
        # make it the noun), then a few lower-case words of time or layout up to the colon.
        rf"|(?<!(?<![\p{{L}}'’])(?:{determiners})[ \u00a0\u202f]++)(?:{verbs})"
        rf"(?:[ \u00a0\u202f]++\p{{Ll}}[\p{{L}}'’-]*+){{2,{_HEADLINE_ADVERBIAL_WORDS}}}"
        rf"|(?:{frames})(?:[ \u00a0\u202f]++[\p{{L}}'’-]++){{0,4}}?)[ \u00a0\u202f]*+:[ \u00a0\u202f]*+$"
        # "sous un titre en trois mots, « … »": a frame and a few words set the headline off by a
        # comma as well, an apposition naming it.
        rf"|(?<![\p{{L}}'’])(?:{frames})(?:[ \u00a0\u202f]++[\p{{L}}'’-]++){{0,4}}?[ \u00a0\u202f]*+,[ \u00a0\u202f]*+$")


# Characters before an opening mark read back for a headline verb or frame before its colon.
_HEADLINE_BEFORE_REACH = 70


@cache
def _headline_time_before() -> regex.Pattern[str]:
    """A headline verb of ``headline_after_marks`` (no determiner before it, which would make it
    the noun) and one of ``headline_times`` ending the text before the marks (``titrait hier``)."""
    g = grammar()
    verbs = trie_alternation(tuple(v.strip() for v in g.headline_after_marks))
    determiners = trie_alternation((*g.object_determiners, *g.naming_possessives))
    return regex.compile(
        rf"(?<![\p{{L}}'’])(?<!(?<![\p{{L}}'’])(?:{determiners})[ \u00a0\u202f]++)(?:{verbs})"
        rf"[ \u00a0\u202f]++(?i:{trie_alternation(g.headline_times)})[ \u00a0\u202f]*+$")


def _headline_before_colon_marks(before_stripped: str) -> bool:
    """Whether the text before marks ends with a headline verb and its adverb or front-page
    phrase, or a headline frame, and a colon, or a frame and a comma (``Le Figaro titre sobrement : « … »``, ``Le
    Monde titre en une : « … »``): the marks hold a headline."""
    if not before_stripped.endswith((":", ",")):
        # "qui titrait hier « … »": a headline verb and when it printed, no colon (``headline_times``).
        g = grammar()
        if not g.headline_times or not before_stripped.endswith(g.headline_times):
            return False
        start = len(before_stripped) - _HEADLINE_BEFORE_REACH if len(before_stripped) > _HEADLINE_BEFORE_REACH else 0
        return _headline_time_before().search(before_stripped, start) is not None
    start = len(before_stripped) - _HEADLINE_BEFORE_REACH if len(before_stripped) > _HEADLINE_BEFORE_REACH else 0
    return _headline_before_colon().search(before_stripped, start) is not None


def _headline_after_colon(text: str, close_end: int) -> bool:
    """Whether marks closing at ``close_end`` are followed by a colon and one of
    ``headline_after_colon`` (``« … » : le titre est sobre``): the words in them are a headline."""
    return _headline_colon().match(text, close_end, len(text) if len(text) <= close_end + _NAMING_AFTER_REACH else close_end + _NAMING_AFTER_REACH) is not None


@cache
def _nickname_stems() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(grammar().nickname_verb_stems) or '(?!)'})")


# Characters read back from an opening mark for a naming verb's stem (verb, adverb, short aside).
_NICKNAME_VERB_REACH = 60


def _nickname_verb_before(before_stripped: str) -> bool:
    """Whether one of ``nickname_verb_stems`` opens a word of the last characters before the
    marks (a relative naming verb matched there: ``qu'il surnommait encore``)."""
    return _nickname_stems().search(before_stripped, max(0, len(before_stripped) - _NICKNAME_VERB_REACH)) is not None


@cache
def _nickname_object_at_end() -> regex.Pattern[str]:
    g = grammar()
    if not g.nickname_verb_stems or not g.gloss_determiners:
        return regex.compile(r"(?!)")
    determiners = "|".join(regex.escape(d) + ("" if d.endswith(("'", "’")) else r"\s++") for d in sorted(g.gloss_determiners, key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(g.nickname_verb_stems)})\p{{L}}*+\s++(?:{determiners})"
                         r"[\p{L}-]++(?:\s++[\p{L}-]++)?$")


def _nickname_object_before(before_stripped: str) -> bool:
    """Whether a form of a naming verb of ``nickname_verb_stems`` and its object, a definite noun
    phrase of one or two words (``gloss_determiners``), end the text before the marks (``la
    presse, qui surnommait l'évadé « … »``, ``a baptisé le navire « … »``): the marks hold the
    name given to the object, nobody's words; so do a form of ``object_naming_verbs``, its object
    and a second article (``qui appellent les non-grévistes les « … »``)."""
    lo = max(0, len(before_stripped) - _NICKNAME_VERB_REACH)
    return _nickname_object_at_end().search(before_stripped, lo) is not None or _object_naming_before(before_stripped)


def _object_naming_before(before_stripped: str) -> bool:
    """Whether a form of ``object_naming_verbs``, its object and a second article end the text
    before the marks (``qui appellent les non-grévistes les « … »``): a name given to the object."""
    lo = max(0, len(before_stripped) - _NICKNAME_VERB_REACH)
    verbs, pattern = _object_naming_at_end()
    return any(v in before_stripped[lo:] for v in verbs) and pattern.search(before_stripped, lo) is not None


@cache
def _object_naming_at_end() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The stems of ``object_naming_verbs`` (a cheap prefilter) and one of them, its object of one
    or two words after an article (none of them a link of ``impersonal_naming_stops``: ``appellent
    les salariés à la « … »`` calls for something) and a definite article of ``identity_determiners``
    ending the text (``appelle ses rivaux des « … »`` qualifies them in the subject's words)."""
    g = grammar()
    if not g.object_naming_verbs or not g.gloss_determiners:
        return frozenset(), regex.compile(r"(?!)")
    determiners = "|".join(regex.escape(d) + ("" if d.endswith(("'", "’")) else r"\s++") for d in sorted(g.gloss_determiners, key=len, reverse=True))
    word = rf"(?!(?:{alternation(g.impersonal_naming_stops)})(?![\p{{L}}\-]))[\p{{L}}-]++"
    last = alternation(tuple(dict.fromkeys(d.strip() for d in g.identity_determiners)))
    pattern = regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(g.object_naming_verbs)})\s++(?:{determiners}){word}(?:\s++{word})?\s++(?:{last})$")
    return frozenset(v[:5].lower() for v in g.object_naming_verbs), pattern


@cache
def _nickname_adverb_at_end() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(grammar().nickname_adverbs) or '(?!)'})$")


# Characters read back from an opening mark for one of ``nickname_adverbs``.
_NICKNAME_ADVERB_REACH = 20


def _familiar_definite_name(inner: str, before_stripped: str) -> bool:
    """Whether one of ``nickname_adverbs`` ends the text before the marks (a relative naming verb
    matched there) and the words in them are a short definite noun phrase (``le bateau``)."""
    if not grammar().nickname_adverbs or _nickname_adverb_at_end().search(
            before_stripped, max(0, len(before_stripped) - _NICKNAME_ADVERB_REACH)) is None:
        return False
    stripped = inner.strip().lower()
    return (any(stripped.startswith(d) for d in grammar().identity_determiners)
            and len(_words_in(inner)) <= _NICKNAME_MAX_WORDS)


# The word (hyphens held) ending the text before an opening mark, read that far back.
_MODEL_BEFORE = regex.compile(r"(?<![\w\-])([\w\-]++)[ \u00a0\u202f]*+$")
_MODEL_REACH = 24


def _model_before(text: str, end: int, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """Whether the word ending at ``end`` (the text before an opening mark) is a model's
    designation, letters and figures (``Ka-52K``, ``T-90``), no reporting verb right before it."""
    m = _MODEL_BEFORE.search(text, max(0, end - _MODEL_REACH), end)
    if m is None or _CODE_WORD.fullmatch(m.group(1)) is None or not any(c.isdigit() for c in m.group(1)):
        return False
    return _cue_right_before(text, m.start(1), cues, cue_starts) is None


def _broadcast_after(text: str, pos: int) -> bool:
    """Whether a broadcaster follows ``pos`` after a link (``» sur la RTBF``): see
    :func:`quotetrack.channel.broadcast_after` (imported here, channel.py importing this module)."""
    from quotetrack.channel import broadcast_after

    return broadcast_after(text, pos)


def _link_and_rest(words: Sequence[str]) -> tuple[str, list[str]]:
    """The complement link after a head noun (``words[0]``), apostrophes straight, and the words
    after it: ``d'`` and ``Astana`` from ``déclaration d'Astana``, whose elision :data:`_WORD` holds."""
    link, rest = words[1].lower().replace("’", "'"), list(words[2:])
    if link[:2] == "d'" and len(link) > 2:
        link, rest = "d'", [words[1][2:], *rest]
    return link, rest


# Most lower-case words between an impersonal naming verb and the marks (« trop vite une »), and
# how far back that verb is looked for.
# Words allowed between the verb and the marks: an adverb, a determiner, and a short complement
# of time (que l'on surnomme depuis quinze ans le « … », qu'on appelle depuis 2005 « … »).
_IMPERSONAL_NAMING_WORDS = 5
# Most characters of an aside set off by commas among those words (qu'on appelle déjà, des deux
# côtés de l'Atlantique, les « … »): a place or a time, any case, no other punctuation.
_IMPERSONAL_NAMING_ASIDE = 50
_IMPERSONAL_NAMING_REACH = 80 + _IMPERSONAL_NAMING_ASIDE


@cache
def _impersonal_naming() -> regex.Pattern[str]:
    """An impersonal naming verb of ``impersonal_naming_verbs``, then up to a few lower-case words
    or figures (a year, a count of a complement of time), none of ``impersonal_naming_stops``,
    maybe around one aside set off by commas (``déjà, des deux côtés de l'Atlantique, les``),
    ending a string."""
    g = grammar()
    stops = trie_alternation(g.impersonal_naming_stops)
    word = rf"\s++(?!(?:{stops})(?![\p{{L}}]))(?:(?-i:\p{{Ll}})[\p{{L}}\-]*+['’]?|\d++)"
    aside = rf"(?:\s*+,[^,;:.!?«»\"“”()\[\]\n]{{1,{_IMPERSONAL_NAMING_ASIDE}}},)?"
    return regex.compile(
        rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(g.impersonal_naming_verbs)})"
        rf"(?:{word}){{0,{_IMPERSONAL_NAMING_WORDS}}}{aside}(?:{word}){{0,{_IMPERSONAL_NAMING_WORDS}}}\s*+$"
    )


# How many words the generic subject of ``generic_naming_openers`` may have (les juristes japonais eux-mêmes).
_GENERIC_NAMING_SUBJECT_WORDS = 4


@cache
def _generic_naming() -> regex.Pattern[str]:
    """One of ``generic_naming_openers``, a few words of its subject, a verb of
    ``relative_subject_naming_verbs``, maybe an adverb of ``naming_adverbs`` or déjà/désormais
    (any lower-case word), and an article of ``gloss_determiners`` ending a string."""
    g = grammar()
    return regex.compile(
        rf"(?i)(?<![\p{{L}}'’])(?:{_elided_or_spaced(g.generic_naming_openers)})"
        rf"(?:[\p{{L}}'’-]++\s++){{1,{_GENERIC_NAMING_SUBJECT_WORDS}}}?(?:{trie_alternation(g.relative_subject_naming_verbs)})"
        rf"(?:\s++(?-i:\p{{Ll}})[\p{{L}}]*+)?\s++(?:{trie_alternation(g.gloss_determiners)})\s*+$"
    )


# Most characters, and words, between a reporting cue's que and the opening mark for that que to
# be the one a relative naming verb's pattern read before the marks (que, four words, the verb, an
# adverb and the article).
_COMPLETIVE_NAMING_REACH = 80
_COMPLETIVE_NAMING_WORDS = 7


def _completive_que_before(text: str, open_start: int, cues: Sequence[CueLike], cue_starts: list[int], g: Grammar) -> bool:
    """``L'association a estimé que ces émissions appelaient la « prudence »``: whether the que
    a few words before the opening mark is a reporting cue's own (a completive, no relative
    pronoun a noun stands before): the verb there means to call for, no naming; the marks hold
    words of the speaker's. A relative opener of its own between them (``a rappelé que la rue, que
    les habitants appellent la « … »``) leaves the naming."""
    k = bisect.bisect_left(cue_starts, open_start) - 1
    while k >= 0 and cues[k].start >= open_start - _COMPLETIVE_NAMING_REACH:
        que = cues[k].que_end
        if que is not None and que <= open_start:
            words = text[que:open_start].casefold().replace("’", "'").split()
            openers = _naming_openers(g)
            return len(words) <= _COMPLETIVE_NAMING_WORDS and not any(
                w in openers or w[: w.find("'") + 1] in openers for w in words)
        k -= 1
    return False


def _naming_openers(g: Grammar) -> frozenset[str]:
    """``relative_subject_naming_openers``, case-folded, apostrophes straight."""
    return frozenset(o.casefold().replace("’", "'") for o in g.relative_subject_naming_openers)


@cache
def _generic_naming_stems() -> frozenset[str]:
    """The cheap test before :func:`_generic_naming`: each of ``generic_naming_openers``' first two
    words, the second cut before its elidable last letter (``ce qu``), lower-case."""
    return frozenset(" ".join(o.lower().split()[:2])[:-1] for o in grammar().generic_naming_openers)


def _generic_naming_before(before: str) -> bool:
    """``ce que les spécialistes appellent la « diplomatie des otages »``: whether a generic
    plural subject's naming verb and an article (``generic_naming_openers``) end ``before``."""
    tail = before[-_IMPERSONAL_NAMING_REACH:].lower()
    if not any(stem in tail for stem in _generic_naming_stems()):
        return False
    return _generic_naming().search(before, max(0, len(before) - _IMPERSONAL_NAMING_REACH)) is not None


@cache
def _impersonal_naming_verb_words() -> frozenset[str]:
    """The verbs ending ``impersonal_naming_verbs`` (appelle, surnomment): a cheap test that one
    may end a string before the pattern is tried."""
    return frozenset(v.split()[-1].lower() for v in grammar().impersonal_naming_verbs)


def _impersonal_naming_before(before: str) -> bool:
    """``ce qu'on appelle trop vite une « guerre oubliée »``: whether an impersonal naming verb
    (``impersonal_naming_verbs``) ends ``before``, a few lower-case words maybe after it."""
    tail = before[-_IMPERSONAL_NAMING_REACH:].lower()
    if not any(verb in tail for verb in _impersonal_naming_verb_words()):
        return False
    return _impersonal_naming().search(before, max(0, len(before) - _IMPERSONAL_NAMING_REACH)) is not None


@cache
def _name_then_article(former: bool = False) -> regex.Pattern[str]:
    """A capitalised word, a comma and one of ``identity_determiners`` ending a string (``Matonge,
    le``): marks right after open an apposition to that name. With ``former``, one of
    ``antonomasia_adjectives`` after the determiner (``Roubaix, l'ancienne``)."""
    g = grammar()
    dets = trie_alternation(d.strip() for d in g.identity_determiners)
    tail = ""
    if former:
        tail = rf"(?i:{trie_alternation(g.antonomasia_adjectives) if g.antonomasia_adjectives else '(?!)'})[ \u00a0\u202f]*+"
    return regex.compile(rf"(?<![\p{{L}}'’\-])\p{{Lu}}[\p{{L}}\-]*+,[ \u00a0\u202f]++(?:{dets})[ \u00a0\u202f]*+{tail}$")


# A short complement of a nickname in marks, then the comma closing its apposition (``Paul X,
# le « parrain » des indépendants, …``): the comma sets the apposition off as one right after the marks does.
_NICKNAME_COMPLEMENT_COMMA = regex.compile(
    r"[ \u00a0\u202f]++(?:de|des|du|d['’])(?:(?<=['’])|[ \u00a0\u202f]++)(?:(?:la|l['’])[ \u00a0\u202f]*+)?"
    r"[\p{L}\-]++(?:[ \u00a0\u202f]++[\p{Ll}\-]++){0,2}[ \u00a0\u202f]*+,")


# How far back the name and its article before an antonomasia's marks are looked for.
_ANTONOMASIA_REACH = 40


def _antonomasia_apposition(inner: str, before_stripped: str, words: list[str], set_off: bool = False,
                            complemented: bool = False) -> bool:
    """``Matonge, le « petit Kinshasa »``, ``Bruges, la « Venise du Nord »``: right after a
    capitalised name, its comma and a definite article, a few words in marks holding another
    place's or person's name (a capitalised word), no punctuation, no first or second person: the
    name's nickname in apposition, nobody's words (the caller checks no cue stands before). After
    an adjective of a former state (``Roubaix, l'ancienne « ville aux mille cheminées »``), the
    nickname needs no capitalised word; nor when a comma closes the apposition at once (``de
    Calais, la « cité de la dentelle », vont …``: ``set_off``), nor for one word in marks that a short
    complement and the comma closing the apposition follow (``Paul X, le « parrain » des
    indépendants, a …``: ``complemented``; several words left open so still quote)."""
    if not (1 if complemented else 2) <= len(words) <= _NICKNAME_MAX_WORDS:
        return False
    if _CLAUSE_PUNCT.search(inner) is not None or _speaks(inner, words):
        return False
    lo = max(0, len(before_stripped) - _ANTONOMASIA_REACH)
    if (before_stripped.lower().endswith(grammar().antonomasia_adjectives)
            and _name_then_article(former=True).search(before_stripped, lo) is not None):
        return True
    if not (set_off or complemented) and not any(w[:1].isupper() for w in words):
        return False
    return _name_then_article().search(before_stripped, lo) is not None


@cache
def _clause_conjunction_word() -> regex.Pattern[str]:
    """One of ``clause_conjunctions`` as a whole word (``où``, ``alors que``, elided ``lorsqu'``)."""
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{clause_conjunction_alternation()})(?:(?<=['’])|(?!\p{{L}}))")


def _no_cue_in_own_clause(text: str, start: int, open_start: int, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """Whether no cue stands between ``start`` and the mark at ``open_start`` in the clause holding
    the mark: a cue before a comma and one of ``clause_conjunctions`` after it (``X redoute une
    vague d'annulations, au moment même où la loi Y, les « … », …``) governs its own clause only."""
    k = bisect.bisect_left(cue_starts, open_start) - 1
    if k < 0 or cues[k].start < start:
        return True
    comma = text.find(",", cues[k].end, open_start)
    return comma >= 0 and _clause_conjunction_word().search(text, comma, open_start) is not None


@cache
def _document_heads() -> tuple[tuple[str, ...], ...]:
    """The nouns of ``document_heads``, each as its lower-case words (``feuille de route`` has three)."""
    return tuple(tuple(w.lower().replace("’", "'").split()) for w in grammar().document_heads)


def _document_head_length(words: Sequence[str]) -> int:
    """How many of ``words`` a head of ``document_heads`` opening them spans (``déclaration`` 1,
    ``feuille de route`` 3), 0 when none does."""
    opening = [w.lower() for w in words[:_DOCUMENT_HEAD_WORDS]]
    return max((len(h) for h in _document_heads() if tuple(opening[: len(h)]) == h), default=0)


# Most words of a document's head noun (« feuille de route »).
_DOCUMENT_HEAD_WORDS = 3


# Most capitalised words of a document's complement (« déclaration de Moscou », « accord de Paris »).
_DOCUMENT_NAME_WORDS = 3


def _names_a_document(inner: str, before_stripped: str) -> bool:
    """``la « déclaration de Moscou »``, ``des « accords de Doha »``, ``le « format Normandie »``:
    words in marks opening with a document's noun (``document_heads``), then capitalised words
    only, maybe after a complement link, after a determiner of ``law_label_determiners`` or
    ``scheme_determiners``: the document's name, nobody's words."""
    stripped = inner.lstrip(_INLINE_SPACES)
    if len(inner) > _NAME_CHARS or not stripped[:1].islower():
        return False
    words = _words_in(inner)
    head = _document_head_length(words)
    if head == 0:
        return False
    words = words[head - 1 :]  # « feuille de route de Luanda »: the head's last word stands for it
    if not 2 <= len(words) <= _DOCUMENT_NAME_WORDS + 2:
        return False
    link, rest = _link_and_rest(words)
    if link not in grammar().noun_complement_links:
        rest = list(words[1 : _DOCUMENT_NAME_WORDS + 1])  # « format Normandie »: the name juxtaposed
        if len(rest) != len(words) - 1:
            return False
    if not rest or not all(w[:1].isupper() for w in rest):
        return False
    return _document_determiner_before().search(before_stripped, max(0, len(before_stripped) - 40)) is not None


@cache
def _document_determiner_before() -> regex.Pattern[str]:
    """A determiner of ``law_label_determiners`` or ``scheme_determiners`` (``des``, ``un``), maybe
    one lower-case word after it (``la future``), ending a string."""
    g = grammar()
    return _determiner_before((*g.law_label_determiners, *g.scheme_determiners))


@cache
def _capitalised_name_heads() -> frozenset[str]:
    """The nouns of ``document_heads``, ``scheme_heads``, ``operation_heads``, ``body_name_heads`` and
    ``event_heads`` (``le prochain « Festival du chant de marin »``: an event's official name), folded."""
    g = grammar()
    return frozenset(fold(w) for w in (*g.document_heads, *g.scheme_heads, *g.operation_heads, *g.body_name_heads,
                                       *g.event_heads))


def _names_by_capitalised_head(inner: str, before_stripped: str, words: list[str]) -> bool:
    """``l'« Opération des forces unies »``, ``le « Pacte vert »``: mid-sentence, after a
    determiner (maybe one lower-case word after it: ``le prochain``), words in marks opening with
    the capitalised noun of a document, a scheme, an operation (``operation_heads``) or an event
    (``event_heads``: ``le prochain « Salon du livre »``), a few more and no punctuation, no word of
    the first or second person: the official name, capitalised as French names are, nobody's words."""
    return (2 <= len(words) <= _BODY_NAME_MAX_WORDS and len(inner) <= _NAME_CHARS and words[0][:1].isupper()
            and fold(words[0]) in _capitalised_name_heads() and _CLAUSE_PUNCT.search(inner) is None
            and _document_determiner_before().search(before_stripped, max(0, len(before_stripped) - 40)) is not None
            and not _speaks(inner, words))


# Most characters of a document's or a body's name in marks (longer words in marks are read no further).
_NAME_CHARS = 80
# Most words of a body's name after its possessive (« mission d'établissement des faits »).
_POSSESSED_BODY_WORDS = 6
# Most words of a capitalised name in marks after a possessive (``sa « Boussole européenne »``).
_POSSESSED_NAME_WORDS = 4
# Punctuation that no name in marks holds: a sentence or a clause, quoted.
_NAME_STOPS = ".,;:!?…"


def _names_possessed_body(inner: str, before_stripped: str) -> bool:
    """``sa « mission d'établissement des faits »``: one of ``naming_possessives`` right before the
    marks, whose words open with one of ``possessive_body_heads``, a complement link and lower-case
    words with no infinitive: the body's official name, nobody's words."""
    g = grammar()
    if (not g.possessive_body_heads or len(inner) > _NAME_CHARS
            or before_stripped.rsplit(None, 1)[-1].lower() not in g.naming_possessives):
        return False
    words = _words_in(inner)
    if not 2 <= len(words) <= _POSSESSED_BODY_WORDS or words[0].lower() not in g.possessive_body_heads:
        return False
    link, rest = _link_and_rest(words)
    return (link in g.noun_complement_links and bool(rest) and all(w[:1].islower() for w in rest)
            and not rest[0].lower().endswith(g.infinitive_endings))


def _possessed_capitalised_name(inner: str, before_stripped: str) -> bool:
    """``sa « Stratégie nationale »``: one of ``naming_possessives`` right before the marks, a few
    words (``_POSSESSED_NAME_WORDS``) opening with a capital after it, no punctuation: the name
    of the owner's plan, document or body, nobody's words (words quoted mid-sentence open with
    a lower-case letter)."""
    if not inner[:1].isupper() or any(c in inner for c in _NAME_STOPS):
        return False
    if before_stripped.rsplit(None, 1)[-1].lower() not in grammar().naming_possessives:
        return False
    return len(_words_in(inner)) <= _POSSESSED_NAME_WORDS


def _headline_after_marks(text: str, comma: int, g: Grammar) -> bool:
    """Whether marks closing right before ``comma`` are followed by one of ``headline_after_marks``
    (``, titre le journal``, ``, a titré Le Monde``): the words in them are a paper's headline."""
    after = text[comma + 1 : comma + 1 + _NAMING_AFTER_REACH].lstrip(_INLINE_SPACES)
    return after.startswith(g.headline_after_marks)


# Characters between a clause's start and the comma before a document's title in marks.
_TITLED_DOCUMENT_REACH = 80


def _document_title_apposition(text: str, clause_start: int, s: MarkedSpan, inner: str, g: Grammar) -> bool:
    """Whether the clause opens with one of ``titled_documents`` (``Le rapport de la commission
    X``), no other comma before the one right before ``s``, and a comma follows its closing mark,
    its words opening with a capital: the marks give the document's title in apposition."""
    if not inner[:1].isupper() or s.open_start - clause_start > _TITLED_DOCUMENT_REACH:
        return False
    head = text[clause_start : s.open_start].rstrip(_INLINE_SPACES)
    if not head.endswith(",") or "," in head[:-1] or not text[s.close_end : s.close_end + 3].lstrip(_INLINE_SPACES).startswith(","):
        return False
    head = head.lstrip(" \n\"«“—–-").casefold().replace("’", "'")
    # A whole noun: le rapport, not le rapporteur; le film, not le filmage.
    return any(head.startswith(d) and not head[len(d) : len(d) + 1].isalpha() for d in g.titled_documents)


# Characters before an opening mark read back for the headline a reply answers.
_HEADLINE_REPLY_REACH = 160


def _headline_reply(text: str, open_start: int, comma: int, g: Grammar) -> bool:
    """Whether marks closing right before ``comma`` are followed by a verb of replying of
    ``headline_reply_after_marks`` (``, lui répond Le Figaro``) and the marks closing last before
    ``open_start``, in the same paragraph and within reach, are a headline (``« … », titre
    Libération.``): the reply is the other paper's headline."""
    after = text[comma + 1 : comma + 1 + _NAMING_AFTER_REACH].lstrip(_INLINE_SPACES)
    if not after.startswith(g.headline_reply_after_marks):
        return False
    lo = max(0, open_start - _HEADLINE_REPLY_REACH, text.rfind("\n", 0, open_start) + 1)
    close = max(text.rfind("\u00bb", lo, open_start), text.rfind('"', lo, open_start))
    if close < 0:
        return False
    prev_comma = close + 1
    while prev_comma < open_start and text[prev_comma] in _INLINE_SPACES:
        prev_comma += 1
    return text.startswith(",", prev_comma) and _headline_after_marks(text, prev_comma, g)


def _after_gloss_determiner(before: str, g: Grammar, determiners: Sequence[str] | None = None) -> bool:
    """Whether ``before`` (the words before an opening mark) ends with one of ``determiners``
    (``gloss_determiners`` by default)."""
    if not before.strip() or (not before[-1:].isalpha() and before[-1:] not in "'\u2019"):
        return False
    last = before.rsplit(None, 1)[-1].lower()
    return last in (g.gloss_determiners if determiners is None else determiners)


def _gloss_after_marks(text: str, comma: int, g: Grammar, openers: Sequence[str] | None = None) -> bool:
    """Whether marks closing right before ``comma`` are followed by one of ``openers``
    (``gloss_after_marks`` by default) then a lower-case word that is no verb's (``, ces clauses
    censées …``): the writer's gloss; after the indefinite ``openers``, no noun of speech either."""
    after = text[comma + 1 : comma + 1 + _NAMING_AFTER_REACH].lstrip(_INLINE_SPACES)
    opener = next((d for d in (g.gloss_after_marks if openers is None else openers) if after.startswith(d)), None)
    if opener is None:
        return False
    noun = _WORD.match(after, len(opener))
    if noun is None or not noun.group()[:1].islower() or noun.group().lower() in verb_words():
        return False
    return openers is None or noun.group().lower() not in _speech_gloss_nouns()


def _name_glossed_after(text: str, comma: int, g: Grammar) -> bool:
    """Whether the comma at ``comma`` opens an apposition of ``indefinite_gloss_after_marks`` and a
    noun (no verb's, no noun of speech) then a complement link of ``noun_complement_links`` or a
    stop (``, le dieu-serpent du fleuve``): a gloss of what the marks name, no clause."""
    if not _gloss_after_marks(text, comma, g, g.indefinite_gloss_after_marks):
        return False
    after = text[comma + 1 : comma + 1 + _NAMING_AFTER_REACH].lstrip(_INLINE_SPACES)
    opener = next(d for d in g.indefinite_gloss_after_marks if after.startswith(d))
    noun = _WORD.match(after, len(opener))
    if noun is None:
        return False
    rest = after[noun.end() :].lstrip(_INLINE_SPACES)
    if not rest or rest[:1] in ".,;:)":
        return True
    nxt = _WORD.match(rest)
    return nxt is not None and nxt.group().lower() in g.noun_complement_links


@cache
def _speech_gloss_nouns() -> frozenset[str]:
    """Nouns of speech or of a verdict (``speech_nouns``, ``verdict_nouns``, the speech complement
    nouns): opening an indefinite apposition after marks (``, une formule …``), they comment on
    someone's words, no gloss of a term."""
    g = grammar()
    return frozenset(w.lower() for w in (*g.speech_nouns, *g.verdict_nouns, *g.speech_complement.nouns))


# Characters after the comma that a ``naming_after_marks`` form may take.
_NAMING_AFTER_REACH = 40
# Characters after the comma read for a community subject and its naming verb (comme les
# habitants de la ville appellent …), and the words of that subject after its determiner.
_NAMING_SUBJECT_REACH = 80
_NAMING_SUBJECT_WORDS = 4


@cache
def _motto_openers() -> frozenset[str]:
    """The determiners that open a principle's name as a noun phrase (``object_determiners``)."""
    return frozenset(w.lower() for w in grammar().object_determiners)


@cache
def _motto_link_before() -> regex.Pattern[str]:
    """A noun of ``motto_heads`` and one of ``motto_links`` ending a string (``principe du``, ``doctrine de l'``)."""
    g = grammar()
    links = [r"[ \u00a0]++".join(regex.escape(w) for w in link.split()) for link in g.motto_links]
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation(g.motto_heads)})[ \u00a0]++(?:{'|'.join(links) or '(?!)'})$")


def _names_a_motto(inner: str, before_stripped: str) -> bool:
    """``le principe « un pays, deux systèmes »``, ``la doctrine « Zéro covid »``: a noun of
    ``motto_heads`` right before marks whose words open with a capital or a determiner (an
    elided one too): the principle's name in apposition, nobody's words."""
    g = grammar()
    if g.motto_links and _motto_link_before().search(before_stripped, max(0, len(before_stripped) - _MOTTO_HEAD_CHARS - 8)) is not None:
        return len(_words_in(inner)) <= g.label_max_words  # "le principe du « pollueur-payeur »"
    last = before_stripped[-_MOTTO_HEAD_CHARS:].rsplit(None, 1)[-1:] if before_stripped[-1:].isalpha() else []
    if not last or last[0].lower() not in g.motto_heads:
        return False
    first = inner.strip(_INLINE_SPACES).split(None, 1)[:1]
    if not first:
        return False
    word = first[0].lower()
    return first[0][:1].isupper() or word in _motto_openers() or word.startswith(("l'", "l’"))


# Characters read back from an opening mark for a noun of ``motto_heads``.
_MOTTO_HEAD_CHARS = 16


def _names_a_law(inner: str, before_stripped: str) -> bool:
    """``la future « loi sur l'ouverture des archives »``: words in marks opening with a law's
    noun (``law_heads``), after a definite, demonstrative or possessive determiner: a law's name;
    a legal text's noun of ``titled_heads`` only before a title's formula (``le « Protocole
    relatif à … »``)."""
    words = inner.strip(_INLINE_SPACES).lower()
    head = next((h for h in _law_heads() if words.startswith(h)), None)
    titled = head is None
    if titled:
        head = next((h for h in _titled_heads() if words.startswith(h)), None)
    if head is None or words[len(head) : len(head) + 1].isalpha():
        return False
    if ((titled or len(_words_in(inner)) > grammar().law_label_max_words)
            and not _opens_law_title(words[len(head) :].lstrip(_INLINE_SPACES))):
        return False
    return _law_determiner_before().search(before_stripped, max(0, len(before_stripped) - 40)) is not None


def _opens_law_title(words: str) -> bool:
    """Whether lower-cased ``words`` open with the formula of an official title (``law_title_links``: relatif à, portant, pour)."""
    return any(words.startswith(link) and not words[len(link) : len(link) + 1].isalpha() for link in grammar().law_title_links)


def _titled_law(inner: str, before_stripped: str) -> bool:
    """``du projet de loi « pour contrôler l'immigration, améliorer l'intégration »``: a law's
    noun (``law_heads``) after a definite determiner (``law_title_determiners``), right before
    marks whose words open with a title's formula (``law_title_links``): the text's official
    title, nobody's words (``une loi « pour les riches »`` may still be someone's)."""
    return (_opens_law_title(inner.strip(_INLINE_SPACES).lower())
            and _law_head_before().search(before_stripped, max(0, len(before_stripped) - _LAW_HEAD_REACH)) is not None)


# Most characters of a determiner and a law's head before marks (« de la proposition de loi »).
_LAW_HEAD_REACH = 40
# Fewest and most words of a law's nickname in lower case set in marks right after its noun.
_LAW_NICKNAME_WORDS = (2, 4)


def _nicknamed_law(inner: str, before_stripped: str, words: Callable[[], list[str]]) -> bool:
    """``la proposition de loi « sécurité globale »``, ``la loi « climat et résilience »``: a law's
    noun (``law_heads``) after a definite determiner (``law_title_determiners``), right before a
    few lower-case words in marks opening with a content word, no punctuation, no word of the
    first or second person: the nickname the press gives the text, nobody's words. One word alone
    (``la loi « liberticide »``) may be a critic's verdict, and words opening with a function word
    (``son projet de loi « dans les prochaines semaines »``) an adverbial someone said: quotations."""
    if not inner[:1].islower():
        return False
    w = words()
    low, high = _LAW_NICKNAME_WORDS
    return (low <= len(w) <= high and w[0].casefold() not in function_words()
            and _CLAUSE_PUNCT.search(inner) is None and not _speaks(inner, w)
            and _law_head_before().search(before_stripped, max(0, len(before_stripped) - _LAW_HEAD_REACH)) is not None)


@cache
def _titled_heads() -> tuple[str, ...]:
    return tuple(w.lower() for w in grammar().titled_heads)


@cache
def _law_head_before() -> regex.Pattern[str]:
    """A determiner of ``law_title_determiners`` and a law's noun (``law_heads``) ending a string."""
    g = grammar()
    if not g.law_title_determiners or not g.law_heads:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{_elided_or_spaced(g.law_title_determiners)})(?:{trie_alternation(g.law_heads)})$")


@cache
def _law_subject_before() -> regex.Pattern[str]:
    """A law's noun (``law_heads``) or a levy's (``levy_heads``), maybe one past participle
    (``controversé``, ``adoptée``), and one of ``law_subject_links`` ending a string: ``projet de
    loi controversé sur les``, ``taxe sur le``."""
    g = grammar()
    if not g.law_subject_links or not g.law_heads:
        return regex.compile(r"(?!)")
    links = [r"[ \u00a0]++".join(regex.escape(w) for w in link.split()) for link in g.law_subject_links]
    return regex.compile(rf"(?i)(?<!\p{{L}})(?:{trie_alternation((*g.law_heads, *g.levy_heads))})(?:[ \u00a0]++\p{{Ll}}[\p{{L}}\-]*+(?<=é|ée|és|ées))?"
                         rf"[ \u00a0]++(?:{'|'.join(links)})$")


# Characters read back from the marks for a challenge (« a mis X au défi de »): the verb, its
# object and the link.
_CHALLENGE_REACH = 120


def _challenged_in_marks(before_stripped: str, inner: str) -> bool:
    """Whether the words in marks, opening in lower case, follow one of ``challenge_links``
    (``de``) ending ``before_stripped``, after a noun of ``challenge_nouns`` (``au défi``) with a
    form of ``challenge_verbs`` (mettre) before it, each at most ``challenge_object_words``
    words apart, in the same sentence: ``a mis l'opposition au défi de « prouver »``, ``met au
    défi ses détracteurs de « trouver »``; not ``face au défi de « … »``, a challenge nobody issued."""
    g = grammar()
    if not g.challenge_nouns or not inner[:1].islower():
        return False
    tail = " ".join(before_stripped[-_CHALLENGE_REACH:].replace("\u2019", "'").lower().split())
    link = next((k for k in g.challenge_links if tail.endswith(k) and (len(tail) == len(k) or not tail[-len(k) - 1].isalpha())), None)
    if link is None:
        return False
    head = tail[: len(tail) - len(link)]
    head = head[max(head.rfind(p) for p in ".!?;:") + 1 :]
    at = max((head.rfind(n + " ") for n in g.challenge_nouns), default=-1)
    if at < 0 or (at > 0 and head[at - 1].isalpha()) or len(head[at:].split()) > g.challenge_object_words + 2:
        return False  # no challenge right before the link, past its object
    return any(w in g.challenge_verbs for w in head[:at].split()[-(g.challenge_object_words + 1) :])


# Most words of a scheme's name juxtaposed to its head (« pôle accidents collectifs »).
_SCHEME_NAME_WORDS = 3


def _names_a_scheme(text: str, s: MarkedSpan, inner: str, before_stripped: str, cues: Sequence[CueLike],
                    cue_starts: list[int], quote_words: Callable[[], list[str]]) -> bool:
    """``un « plan climat »``, ``le « Pass avenir »``, ``du « pôle accidents collectifs »``: two or
    three words in marks, the first a scheme's head (``scheme_heads``; or an event's, ``event_heads``,
    before a capitalised name), none after it a function word, right after a determiner that no
    finite reporting verb governs (``réclame un « plan Marshall »``: the speaker's words): a name."""
    g = grammar()
    if not g.scheme_heads or not before_stripped or not before_stripped[-1:].isalpha() and before_stripped[-1:] not in "'’":
        return False
    words = quote_words()  # _WORD.findall(inner), read once per quote
    if not 2 <= len(words) <= _SCHEME_NAME_WORDS or any(_function_word_or_elided(w) for w in words[1:]):
        return False
    head = words[0].casefold()
    if head not in g.scheme_heads and not (head in g.event_heads and words[1][:1].isupper()):
        # "le « meeting Inès-Martin »": an event's head and a capitalised name, the event's name.
        return False
    token = before_stripped.rsplit(None, 1)[-1]
    last = token.casefold().replace("’", "'")
    # An elided determiner ("l'", "d'") or one after an elided word ("qu'un"): the determiner alone.
    last = last[-2:] if last.endswith("'") else last.rsplit("'", 1)[-1]
    if last not in g.law_label_determiners and last not in g.scheme_determiners:
        return False
    return (_cue_right_before(text, s.open_start, cues, cue_starts) is None
            and _cue_right_before(text, text.rfind(token, 0, s.open_start), cues, cue_starts) is None)


def _function_word_or_elided(word: str) -> bool:
    """Whether ``word`` is a function word or opens with an elided complement link (``d'urgence``,
    ``noun_complement_links``): a complement after a scheme's head (« programme d'urgence »), no
    name juxtaposed to it."""
    return word.casefold().replace("’", "'") in function_words() or _complement_link(word)


def _complement_link(word: str) -> bool:
    """Whether ``word`` is a complement link (``noun_complement_links``: ``de``, ``sur``) or opens
    with an elided one (``d'urgence``, ``d'action``)."""
    folded = word.casefold().replace("’", "'")
    links = grammar().noun_complement_links
    apostrophe = folded.find("'")
    return folded in links or (apostrophe > 0 and folded[: apostrophe + 1] in links)


def _names_a_long_scheme(inner: str, before_stripped: str, quote_words: Callable[[], list[str]]) -> bool:
    """``a présenté un « plan d'action pour les réseaux »``, ``relève du « règlement de sécurité
    contre les risques d'incendie »``: lower-case words in marks opening with a scheme's or a law's
    head (``scheme_heads``, ``law_heads``) and a complement link (``noun_complement_links``), no
    verb nor clause punctuation, right after a determiner (``law_label_determiners`` or
    ``scheme_determiners``); read only where no cue in the sentence reports them: a name."""
    g = grammar()
    words = quote_words()
    if len(words) < 3 or words[0] not in g.scheme_heads and words[0] not in _law_heads():
        return False
    if not _complement_link(words[1]):
        return False
    last = before_stripped.rsplit(None, 1)[-1].casefold().replace("’", "'") if before_stripped else ""
    last = last[-2:] if last.endswith("'") else last.rsplit("'", 1)[-1]
    if last not in g.law_label_determiners and last not in g.scheme_determiners:
        return False
    return _CLAUSE_PUNCT.search(inner) is None and not holds_verb(inner)


# « ligne 23 », « zone 4 », « phase 2 bis », « article 49.3 »: one lower-case noun and a number.
_NUMBERED_ITEM = regex.compile(r"\p{Ll}[\p{L}\-]{1,20}[ \u00a0]\d{1,4}(?:[.,]\d{1,4})?(?:[ \u00a0]?(?:bis|ter|[a-z]))?")


def _names_a_numbered_item(inner: str, before_stripped: str) -> bool:
    """``renoncé à la « ligne 23 »``, ``la « zone 4 »``: a lower-case noun and a number in marks
    right after a determiner (``law_label_determiners`` or ``scheme_determiners``) designate a
    numbered line, zone, phase or article, whatever verb governs them: a name, nobody's words."""
    if _NUMBERED_ITEM.fullmatch(inner.strip()) is None or not before_stripped:
        return False
    g = grammar()
    last = before_stripped.rsplit(None, 1)[-1].casefold().replace("’", "'")
    last = last[-2:] if last.endswith("'") else last.rsplit("'", 1)[-1]
    return last in g.law_label_determiners or last in g.scheme_determiners


def _names_a_policy(text: str, s: MarkedSpan, inner: str, before_stripped: str, cues: Sequence[CueLike],
                    cue_starts: list[int]) -> bool:
    """``la « diplomatie du chéquier »``: a few words in marks opening with a head of
    ``policy_label_heads`` and a complement link, right after a determiner of
    ``law_label_determiners`` that no finite reporting verb governs: the writer's label."""
    if not before_stripped or _policy_label().match(inner.replace("’", "'")) is None:
        return False
    if len(_words_in(inner)) > _POLICY_LABEL_WORDS or _CLAUSE_PUNCT.search(inner) is not None:
        return False
    token = before_stripped.rsplit(None, 1)[-1]
    last = token.casefold().replace("’", "'")
    last = last[-2:] if last.endswith("'") else last.rsplit("'", 1)[-1]
    if last not in grammar().law_label_determiners:
        return False
    return (_cue_right_before(text, s.open_start, cues, cue_starts) is None
            and _cue_right_before(text, text.rfind(token, 0, s.open_start), cues, cue_starts) is None)


@cache
def _policy_label() -> regex.Pattern[str]:
    """A head of ``policy_label_heads``, a complement link (``names.json``, or ``label_frame_links``)
    and a word, opening words in marks (apostrophes straight); never matches without data."""
    g = grammar()
    links = [w.replace("’", "'") for w in (*names_data().get("complement_links", ()), *g.label_frame_links)]
    if not (g.policy_label_heads and links):
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?i)[ \u00a0\u202f]*+(?:{trie_alternation(g.policy_label_heads)})[ \u00a0]++"
                         rf"(?:{trie_alternation(links)})(?:(?<=')|[ \u00a0]++)\p{{L}}")


# Most words of a policy's label in marks (« diplomatie du carnet de chèques »).
_POLICY_LABEL_WORDS = 6


# Characters read back from an opening mark for a noun of membership and its complement link.
_MEMBER_REACH = 40


def _head_link_before(heads: Iterable[str], extra_links: Iterable[str] = ()) -> regex.Pattern[str]:
    """One of ``heads`` and a complement link of ``names.json`` (or of ``extra_links``) ending the
    text, apostrophes straight; never matches without data."""
    links = (*names_data().get("complement_links", ()), *extra_links)
    heads = [w.replace("’", "'") for w in heads]
    if not (heads and links):
        return regex.compile(r"(?!)")
    straight = [w.replace("’", "'") for w in links]
    return regex.compile(rf"(?i)(?<![\p{{L}}'\-])(?:{trie_alternation(heads)})[ \u00a0]++"
                         rf"(?:{trie_alternation(straight)})(?:(?<=')|[ \u00a0]*+)$")


@cache
def _member_link_before() -> regex.Pattern[str]:
    """A noun of ``member_nouns`` and a complement link (``chef de la``, ``membre du``)."""
    return _head_link_before(grammar().member_nouns)


@cache
def _label_frame_before() -> regex.Pattern[str]:
    """A phrase of ``label_frames`` and ``de`` or a complement link (``la politique de``,
    ``la thèse de la``, ``sur fond de``)."""
    return _head_link_before(grammar().label_frames, grammar().label_frame_links)


@cache
def _claim_frame_before() -> regex.Pattern[str]:
    """A phrase of ``claim_frames`` and ``de`` or a complement link (``la thèse des``, ``la version de l'``)."""
    return _head_link_before(grammar().claim_frames, grammar().label_frame_links)


@cache
def _claim_agent_after() -> regex.Pattern[str]:
    """Right after a closing mark: a past participle (a telling ending, cues.py), the preposition
    of its agent (``agent_prepositions`` of names.json) and the agent's first letter (`` avancée par M``)."""
    agents = _agent_prepositions()
    return regex.compile(rf"[ \u00a0\u202f]++\p{{Ll}}[\p{{L}}\-]*?(?:{trie_alternation(telling_participle_endings())})"
                         rf"[ \u00a0]++(?:{agents})[ \u00a0]++\w")


# Most characters after a closing mark read for a participle, its agent preposition and a letter.
_CLAIM_AGENT_REACH = 30


def _claimed_by_agent(text: str, s: MarkedSpan, before_stripped: str) -> bool:
    """``la thèse des « mafias » avancée par Madrid``, ``la version de l'« accident » retenue par les
    enquêteurs``: a claim's frame before the marks, its participle and agent right after them,
    the word in marks is the agent's (see ``claim_frames``)."""
    if not grammar().claim_frames:
        return False
    tail = before_stripped[-_MEMBER_REACH:].replace("’", "'")
    return (_claim_frame_before().search(tail) is not None
            and _claim_agent_after().match(text, s.close_end, s.close_end + _CLAIM_AGENT_REACH) is not None)


def _names_members_body(before_stripped: str, inner: str, words: Callable[[], list[str]]) -> bool:
    """Whether words in marks, a few and no clause, no word of the first or second person,
    complete a noun of membership (``figure de la « coalition des pays ambitieux »``,
    ``chef de la « république populaire »``): the body's name, however they are written; or a
    definite frame (``la politique de « distanciation »``, ``la thèse de la « bagarre »``,
    ``sur fond de « sanctions »``): the label of a policy, a version or a background."""
    tail = before_stripped[-_MEMBER_REACH:].replace("’", "'")
    if _member_link_before().search(tail) is None and _label_frame_before().search(tail) is None:
        return False
    w = words()
    return (0 < len(w) <= _BODY_NAME_MAX_WORDS and _CLAUSE_PUNCT.search(inner) is None
            and not _speaks(inner, w))


# How far before an opening mark the verb of judging whose attribute the marks hold may end
# (a qualifié la décision du président de la République d'« … »).
_ATTRIBUTE_REACH = 60
# What may follow the marks of such an attribute: the end of its clause.
_ATTRIBUTE_CLOSERS = frozenset(".,;:!?)\n")


@cache
def attribute_link_words() -> frozenset[str]:
    """``attribute_links`` of ``names.json`` (de, d', comme), apostrophes straight."""
    return frozenset(w.lower().replace("’", "'") for w in names_data().get("attribute_links", ()))


def _judged_attribute(text: str, s: MarkedSpan, before_stripped: str, inner: str, cues: Sequence[CueLike],
                      cue_starts: list[int]) -> bool:
    """``a qualifié la décision du président d'« illégale »``: lower-case words right after a bare
    link of ``attribute_links`` (no article between it and the marks), the nearest cue before them a
    verb of judging (``judging_verbs``) within the sentence's reach: the attribute that verb gives its
    object (qualifier X d'« … »), a partial quote, not the body a member noun before the link heads
    (le chef de la « république populaire », with its article, still is). The attribute closes the
    verb's phrase, a punctuation mark right after the marks; a complement there makes them part of
    the object's own title (a qualifié le président d'« honneur » du club de …)."""
    if not inner.lstrip(_INLINE_SPACES)[:1].islower():
        return False
    after = text[s.close_end : s.close_end + 3].lstrip(_INLINE_SPACES)
    if after and after[0] not in _ATTRIBUTE_CLOSERS:
        return False
    last = before_stripped.replace("’", "'").rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in attribute_link_words():
        return False
    i = bisect.bisect_left(cue_starts, s.open_start) - 1
    return (i >= 0 and cues[i].form in _VERBAL_FORMS and cues[i].lemma in grammar().judging_verbs
            and 0 <= s.open_start - cues[i].end <= _ATTRIBUTE_REACH
            and not any(c in _SENTENCE_STOPS for c in text[cues[i].end : s.open_start]))


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(w.lower() for w in grammar().title_prepositions)


def _decide(
    text: str,
    s: MarkedSpan,
    sentences: Spans,
    paragraphs: Spans,
    cues: Sequence[CueLike],
    cue_starts: list[int],
    pats: _Patterns,
    g: Grammar,
    labels: set[str],
    is_publication: object,
    gloss_end: int | None = None,
    marked: Sequence[tuple[int, int]] = (),
    lower_gloss: bool = False,
) -> Candidate | str:
    inner = text[s.inner_start : s.inner_end]
    if _WORD.search(inner) is None:
        return "not-empty"
    # "au « Journal du dimanche »": the name's article stands before the marks.
    if callable(is_publication) and (is_publication(inner)
                                     or article_before_mark(text, s.open_start, inner.strip(), is_publication) is not None):
        return "not-publication"
    sent = sentences.at(s.open_start) or (s.open_start, s.close_end)
    para = paragraphs.at(s.open_start) or sent
    # The words before the mark, within reach: a feature never needs more, and an
    # unpunctuated 10 MB "sentence" must not cost its length for every mark in it.
    before = text[max(sent[0], para[0], s.open_start - _REACH) : s.open_start]
    # Markup left in web copy ("<p>« … »") is no word of the writer's sentence.
    before_stripped = (_TRAILING_TAGS.sub("", before) if ">" in before else before).rstrip()
    # A quotation a bracketed one glosses (« … » (« … »), a dit X) has its incise after the bracket.
    cue_after = _cue_right_after(text, s.close_end if gloss_end is None else gloss_end, cues, cue_starts)
    cue_in_sentence = _cue_between(cues, cue_starts, sent[0], sent[1] if sent[1] >= s.close_end else s.close_end)
    if cue_after is not None and (subject_in_marks(text, s.open_start, s.close_end, cues[cue_after].start)
                                  or _que_subject_in_marks(text, s.open_start, s.close_end, cues[cue_after].start)
                                  or _subject_with_aside(text, before_stripped, s.close_end, cues[cue_after])):
        if (_opens_capitalised(inner) and " " in inner.strip(_INLINE_SPACES)
                and subject_in_marks(text, s.open_start, s.close_end, cues[cue_after].start)):
            # "un premier « Je vous salue Marie » s'est élevé": a capitalised utterance after an
            # article, the subject of the verb after it, names a prayer or a song, no quotation.
            return "not-title"
        if cue_in_sentence == cue_after:
            # "Le débat sur le « wokisme » a rebondi": the words in marks are in the subject of
            # the sentence's first cue, which reports nothing of them; a later cue still may.
            cue_in_sentence = _cue_between(cues, cue_starts, cues[cue_after].end, sent[1] if sent[1] >= s.close_end else s.close_end)
        cue_after = None
    elif cue_after is not None and _generic_pronoun_past_comma(text, s.close_end, cues[cue_after]):
        # "dans les cafés de la « cité des Ducs », on ne parlait que de cela": the clause after the
        # comma opens with the writer's generic pronoun, its verb no incise of the words before.
        cue_after = None
    elif cue_after is not None and reported_in_subject_relative(text, sent[0], s.open_start, s.close_end, cues[cue_after],
                                                                 cues, cue_starts):
        # "La fédération, qui s'est dite « consternée », a dénoncé une mesure…": the words in marks
        # are the relative's own verb's; the verb after its closing comma is the main clause's.
        cue_after = None
    elif (cue_after is None and cue_in_sentence is not None
          and _subject_with_aside(text, before_stripped, s.close_end, cues[cue_in_sentence])):
        # "Le « parti de Dieu », allié de l'Iran, assure…": the words in marks name the subject
        # of the sentence's first cue, which reports nothing of them; a later cue still may.
        cue_in_sentence = _cue_between(cues, cue_starts, cues[cue_in_sentence].end, sent[1] if sent[1] >= s.close_end else s.close_end)
    elif (cue_after is None and cue_in_sentence is not None and cues[cue_in_sentence].start > s.close_end
          and relative_subject(text, s.open_start, s.close_end, cues[cue_in_sentence].start)):
        # "Croissance : un « 0,3 % » qui rassure": the words in marks are the antecedent of the
        # relative subject of the sentence's first cue, which reports nothing of them.
        cue_in_sentence = _cue_between(cues, cue_starts, cues[cue_in_sentence].end, sent[1] if sent[1] >= s.close_end else s.close_end)

    found: list[list[str]] = []

    def words() -> list[str]:
        """The quote's words, read when a rule first needs them (most quotes are decided before)."""
        if not found:
            found.append(list(_words_in(inner)))
        return found[0]

    def names_something() -> bool:
        """Several capitalised words, all the long ones: a programme or a work (« Grand Jury »);
        its first word capitalised, as French titles and names have it (« ni la Chine ni la Russie »
        names two countries in someone's words); not when a translation in lower case glosses them
        (« Kleiner Mann » (« petit homme »): foreign words spoken, a title's rendering is capitalised)."""
        return (not lower_gloss and _opens_capitalised(inner)
                and (_is_title_case(inner) or _is_state_name_case(inner))
                and _capitalised_words(words()) >= 2)

    def names_a_body() -> bool:
        """A body's name in marks with no reporting cue before it in its sentence."""
        return _names_a_body(inner, words) and _cue_between(cues, cue_starts, sent[0], s.open_start) is None

    def cand(kind: Kind, rule: str, conf: float, cue: int | None = None) -> Candidate:
        return Candidate(s.inner_start, s.inner_end, kind, rule, round(conf * s.confidence, 3),
                         (s.open_start, s.close_end), 0, list(s.repairs), cue)

    if cue_after is None and (listed := _listed_quote(text, s, para, paragraphs, cues, cue_starts)) is not None:
        # "Il a énuméré trois priorités :⏎- « … » ;⏎- « … »": each item a quotation the colon introduces.
        return cand(Kind.DIRECT, "direct-list", 0.85, listed)
    if _is_headline(text, s, para, cues, cue_starts, g) and cue_after is None:
        if _quote_then_colon_headline(text, s, para, words):
            return cand(Kind.DIRECT, "direct-headline", 0.7)
        if _subject_headline(text, s, para, inner, words):
            # "L'Élysée « suit la situation de près »": a title's subject, then the predicate it
            # said in marks (the body not saying it again): a partial quote of that subject.
            return cand(Kind.PARTIAL, "partial-headline", 0.7)
        if not _named_headline(text, s, para, words):
            return "not-headline"
    # "s'est dite « choquée »": a finite reporting verb, not "la loi dite « … »".
    so_called = (pats.so_called_before(before_stripped) and _cue_right_before(text, s.open_start, cues, cue_starts) is None
                 and not _cue_before_elision(text, s.open_start, cues, cue_starts)
                 or pats.so_called_governed.search(before_stripped, len(before_stripped) - _GOVERNED_REACH if len(before_stripped) > _GOVERNED_REACH else 0) is not None
                 or (pats.charge_link_before(before_stripped) and pats.offence_opening.match(inner) is not None))
    if so_called or (((pats.naming_before(before_stripped) and not _closes_proper_name(before_stripped)) or (_opens_like_a_name(inner) and pats.body_naming_before(before_stripped))
                      or _nickname_object_before(before_stripped)
                      or _slogan_with_language_adjective(before_stripped)
                      or _naming_noun_with_adjectives(before_stripped, inner)
                      or (inner[:1].isupper() and _naming_noun_with_complement(before_stripped, inner)
                          and (_cue_between(cues, cue_starts, sent[0], s.open_start) is None
                               or _naming_noun_after_contracted_article(before_stripped))))
                     and not (inner[:1].islower() and (_opens_with_time(inner) or _opens_with_adverbial(inner)
                                                       or _opens_with_negation(inner) or _opens_with_qualifier_adverb(inner)
                                                       or _naming_noun_opens_clause(before_stripped, inner)))
                     # "Elle écrit dans son livre : « … . »": a sentence the colon opens, no title.
                     and not (before_stripped.endswith(":") and inner.rstrip(_INLINE_SPACES).endswith(_SENTENCE_STOPS))
                     and (pats.naming_genitive(before_stripped) or _names_after_verb(pats, before_stripped, inner)
                          or not _predicate_of_cue(text, s, inner, cues, cue_starts))
                     # "Dans sa chronique, « … », avertit X": the naming word closes a fronted
                     # frame, its comma before the marks an incise's quotation opens after.
                     and not (cue_after is not None and before_stripped.endswith(",")
                              and not text[s.close_end : cues[cue_after].start].strip(_INLINE_SPACES + ",")
                              and after_fronted_frame(text, sent[0], s.open_start))):
        return "not-name"
    if inner[:1].islower() and _famed_label(before_stripped):
        return "not-name"  # "les fameuses « sept heures »": a well-known label the writer points at
    if _names_a_law(inner, before_stripped):
        return "not-name"  # "la future « loi sur l'ouverture des archives »": the law's name, no quotation
    if (len(words()) <= grammar().law_label_max_words
            and _law_subject_before().search(before_stripped, len(before_stripped) - _LAW_HEAD_REACH - 30 if len(before_stripped) - _LAW_HEAD_REACH > 30 else 0) is not None):
        return "not-name"  # "la loi sur les « agents de l'étranger »": the law's nickname, no quotation
    if before_stripped[-1:].isalpha() and _titled_law(inner, before_stripped):
        return "not-name"  # "le projet de loi « pour contrôler l'immigration »": the law's title, no quotation
    if before_stripped[-1:].isalpha() and _nicknamed_law(inner, before_stripped, words):
        return "not-name"  # "la proposition de loi « sécurité globale »": the law's nickname, no quotation
    if _names_a_motto(inner, before_stripped):
        return "not-name"  # "le principe « un pays, deux systèmes »": the principle's name, no quotation
    if _names_a_scheme(text, s, inner, before_stripped, cues, cue_starts, words):
        return "not-name"  # "présenter un « plan climat »": the scheme's name, no quotation
    if _names_a_policy(text, s, inner, before_stripped, cues, cue_starts):
        return "not-name"  # "la « diplomatie du chéquier »": the writer's label of a policy, no quotation
    if _names_a_numbered_item(inner, before_stripped):
        return "not-name"  # "renoncé à la « ligne 23 »": a numbered line, zone or phase, no quotation
    if (inner[:1].islower() and pats.event_naming_before(before_stripped)
            and _cue_between(cues, cue_starts, sent[0], s.open_start) is None):
        return "not-name"  # "ont participé aux rassemblements de « veille démocratique »": the events' name
    if (before_stripped.lower().endswith(grammar().self_image_links) and _casts_itself_as(before_stripped)
            and _cue_between(cues, cue_starts, sent[0], sent[1]) is None):
        return "not-name"  # "Le pays se rêve depuis longtemps en « château d'eau de l'Afrique »": the role it casts itself in
    if _claimed_by_agent(text, s, before_stripped):
        # "la thèse des « mafias » avancée par Madrid": the agent's word for the claim, no label.
        return cand(Kind.PARTIAL, "partial-agent", 0.75)
    if ((before_stripped[-1:].isalpha() or before_stripped[-1:] in "'’") and _names_members_body(before_stripped, inner, words)
            and not _judged_attribute(text, s, before_stripped, inner, cues, cue_starts)):
        return "not-name"  # "chef de la « république populaire »": the body a person belongs to, named
    if (gloss_end is not None and _WORD_GLOSS.fullmatch(text, s.close_end, gloss_end) is not None
            and _WORD.fullmatch(inner.strip(_INLINE_SPACES)) is not None
            and not any(c.form in _GOVERNING_FORMS for c in cues[bisect.bisect_left(
                cue_starts, sent[0] if sent[0] >= s.open_start - _GLOSS_CUE_REACH else s.open_start - _GLOSS_CUE_REACH) : bisect.bisect_left(cue_starts, s.open_start)])):
        # "un « shall » (doivent) remplaçait un « should » (devraient)": a foreign word in marks and
        # its one-word French equivalent in brackets cite a term as a term, no words reported; a cue
        # a few words before governs the word (a qualifié la mesure de « nonsense » (absurdité)).
        return "not-label"
    if (before_stripped.endswith(_NAME_BRACKETS) and inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX
            and _NAME_BREAKS.isdisjoint(inner) and before_stripped[:-1].rstrip(_INLINE_SPACES)[-1:].isalpha()
            and _GLOSS_CLOSE.match(text, s.close_end) is not None and len(words()) <= _NAME_GLOSS_WORDS
            and 2 * _capitalised_words(words()) >= len(words()) >= 2):
        # "le Bureau pour la sécurité (« Onderzoeksraad voor Veiligheid »)": a name in marks, most of
        # its few words capitalised, filling the brackets after a noun phrase gives that name in its
        # own language; a sentence (« This is a shameful day ») renders a quotation.
        return "not-name"
    if (before_stripped.endswith("(") and _HASHTAG_BEFORE.search(text, s.open_start - _HASHTAG_REACH if s.open_start > _HASHTAG_REACH else 0, s.open_start)
            and _GLOSS_CLOSE.match(text, s.close_end) is not None):
        return "not-label"  # "le mot-clé #JeSuisLà (« je suis là »)": the hashtag's translation, no one's words
    if text.startswith(",", s.close_end) and g.naming_after_marks and _named_after_marks(text, s.close_end, inner, g):
        return "not-name"  # "la « Nordhavn », comme on appelle l'usine ici": a nickname, no quotation
    if g.fond_after_marks and _fond_after_marks(text, s.close_end, inner, g):
        return "not-label"  # "la « diplomatie du tweet » chère au président": his pet phrase, named
    if text.startswith(",", s.close_end) and g.headline_after_marks and _headline_after_marks(text, s.close_end, g):
        return "not-title"  # "« Le ministre trinque », titre le journal": the paper's headline, no quotation
    if (text.startswith(",", s.close_end) and g.headline_reply_after_marks
            and _headline_reply(text, s.open_start, s.close_end, g)):
        return "not-title"  # "« … », titre X. « … », lui répond Y": the other paper's headline, no quotation
    if g.headline_after_colon and _headline_after_colon(text, s.close_end):
        return "not-title"  # "« Mort dans une rixe » : le titre est sobre": the paper's headline, no quotation
    if (text.startswith(",", s.close_end) and g.front_page_phrases and before_stripped[-1:] in _FRONT_PAGE_OPENERS
            and _front_page_headline(text, s.close_end)):
        # "« Capitulation ! », tonne en une le Daily Telegraph": its front page, no quotation; marks
        # inside a sentence (le quotidien, « Nhan Dan », saluait en une …) name its subject.
        return "not-title"
    if (g.schedule_after_marks and before_stripped[-1:] in _FRONT_PAGE_OPENERS
            and text[s.close_end : s.close_end + _FRONT_PAGE_REACH].lstrip(_INLINE_SPACES + ",").startswith(g.schedule_after_marks)):
        return "not-title"  # "« Revue de presse internationale », du lundi au vendredi à 7h36": a programme's name
    if g.headline_after_marks and _headline_before_colon_marks(before_stripped):
        return "not-title"  # "Le Figaro titre sobrement : « … »": the paper's headline, no quotation
    if ((pats.relative_naming(before_stripped) or pats.relative_subject_naming(before_stripped))
            and (_names_a_person(inner) or _nickname_verb_before(before_stripped)
                 or _familiar_definite_name(inner, before_stripped))
            and not pats.thing_relative_naming(before_stripped)):
        # "un chef, qu'elle appelle tendrement « mon Corse »", "qu'il surnommait « petit homme-fusée »":
        # a nickname, no quotation.
        return "not-name"
    if (len(words()) <= _PERSON_NICKNAME_MAX_WORDS and _identity_determiner(inner.lstrip()) is not None
            and pats.person_relative_naming(before_stripped)):
        # "celui que la presse appelle depuis deux ans « le patriarche de … »": a person's
        # nickname, the article inside the marks; no quotation.
        return "not-name"
    if (len(words()) <= _NICKNAME_MAX_WORDS and pats.relative_subject_naming_article(before_stripped)
            and not _completive_que_before(text, s.open_start, cues, cue_starts, g)):
        # "la rue, que les habitants appellent désormais la « rue de la mort »": the article
        # outside the marks is the writer's, the few words in them the name people give the thing.
        return "not-name"
    if cue_after is None and _impersonal_naming_before(before_stripped):
        return "not-name"  # "ce qu'on appelle une « guerre oubliée »": what people call it, nobody's words
    if cue_after is None and len(words()) <= _NICKNAME_MAX_WORDS and _generic_naming_before(before_stripped):
        return "not-name"  # "ce que les historiens appellent la « légende noire »": a community's name for it
    if " " not in inner.strip(_INLINE_SPACES) and _CODE_WORD.fullmatch(inner):
        return "not-name"  # « Aa2 », « e-Car »: one word spelled as a name
    if before_stripped[-1:].isalnum() and _capitalised_name(inner) and _model_before(text, s.open_start - len(before) + len(before_stripped), cues, cue_starts):
        return "not-name"  # "les hélicoptères Ka-52K « Alligator »": a model's designation, then its name
    if _names_a_document(inner, before_stripped):
        return "not-name"  # "la « déclaration de Moscou »": the document's name, no quotation
    if (before_stripped[-1:].isalpha() or before_stripped[-1:] in "'’") and _antonomasia_apposition(
            inner, before_stripped, words(), text.startswith(",", s.close_end),
            len(words()) == 1 and _NICKNAME_COMPLEMENT_COMMA.match(text, s.close_end) is not None) \
            and _no_cue_in_own_clause(text, sent[0], s.open_start, cues, cue_starts):
        return "not-name"  # "Matonge, le « petit Kinshasa »": the place's nickname in apposition, no quotation
    if ((before_stripped[-1:].isalpha() or before_stripped[-1:] in "'’") and inner[:1].isupper()
            and _names_by_capitalised_head(inner, before_stripped, words())):
        return "not-name"  # "l'« Opération des forces unies »": the operation's name, no quotation
    if before_stripped[-1:].isalpha() and _names_possessed_body(inner, before_stripped):
        return "not-name"  # "sa « mission d'établissement des faits »": the body's name, no quotation
    if (before_stripped[-1:].isalpha() and cue_after is None and _possessed_capitalised_name(inner, before_stripped)
            and _sources_only(cues, cue_starts, sent[0], s.open_start)
            and not (len(inner) <= _INTERJECTION_MAX and _interjection_only(inner))):
        # "Selon lui, l'Union présentera sa « Stratégie nationale » en mars": the plan's name, no
        # quotation; a verb's object (« a dénoncé leur « Président des riches » ») stays its words;
        # an interjection (son « Ehm »), a sound the possessor uttered, is no name.
        return "not-name"
    if (inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and _NAME_BREAKS.isdisjoint(inner)
            and pats.title_preposition_before(before_stripped) and _broadcast_after(text, s.close_end)):
        return "not-title"  # "a déclaré le ministre dans « Mise au point » sur la RTBF": a programme's title
    if inner.lstrip(_INLINE_SPACES)[:1].isdigit() and _number_after_determiner(inner, before_stripped):
        return "not-name"  # "appeler le « 15 »": a bare number after a determiner names a line or a code
    if (inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and before_stripped[-1:].islower()
            and _NAME_BREAKS.isdisjoint(inner) and _publication_adjective_before().match(before_stripped) is not None
            and _cue_right_before(text, s.open_start, cues, cue_starts) is None):
        return "not-publication"  # "affirme le quotidien slovaque « Sme »": the paper's name, no quotation
    if (inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and _NAME_BREAKS.isdisjoint(inner)
            and placed_publication_before().search(text, max(0, s.open_start - PLACED_REACH), s.open_start) is not None):
        # "a rapporté le quotidien de Karachi « Dawn »": a publication noun and the capitalised place
        # it comes from right before the marks: the capitalised name in them is the paper's.
        return "not-publication"
    if (inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and text.startswith(",", s.close_end)
            and title_cased(inner) and _publication_apposition_before().match(before_stripped) is not None):
        # "le quotidien du Parti communiste, « Nhan Dan », saluait …": a capitalised name set off by
        # commas right after a noun of a publication (and its complement) is the paper's name in
        # apposition, no quotation.
        return "not-publication"
    if (cue_after is None and before_stripped.endswith(",") and _opens_capitalised(inner) and len(inner) <= _APPOSED_TITLE_MAX
            and text.startswith(",", s.close_end) and _work_apposition_before().match(before_stripped) is not None):
        # "il avait écrit un livre de souvenirs, « La Part du feu », paru en 1980": capitalised
        # marks set off by commas right after a work's noun (and its complement) give its title.
        return "not-title"
    if (inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and before_stripped[-1:] in _ARTICLE_ENDS
            and _NAME_BREAKS.isdisjoint(inner) and _participle_agent_before(text, s.open_start, cues, cue_starts)):
        return "not-publication"  # "Cité par le « Göteborgs-Posten », le patron a répété…": the outlet quoting, no quotation
    if (inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and before_stripped[-1:].islower()
            and _NAME_BREAKS.isdisjoint(inner) and _programme_adjective_before().match(before_stripped) is not None
            and _cue_right_before(text, s.open_start, cues, cue_starts) is None):
        return "not-title"  # "l'émission politique « Dimanche en face »": the programme's title, no quotation
    if (inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and before_stripped[-1:].islower()
            and _NAME_BREAKS.isdisjoint(inner) and _body_adjective_before().match(before_stripped) is not None
            and before_stripped.rsplit(None, 1)[-1].lower() not in verb_words()
            and _cue_right_before(text, s.open_start, cues, cue_starts) is None):
        # "les instructeurs du groupe paramilitaire « Sever »": the body's name, no quotation (not
        # "le collectif était « … »", whose word between is a verb's)
        return "not-name"
    if (inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and before_stripped[-1:].islower()
            and _NAME_BREAKS.isdisjoint(inner) and _body_kind_before().match(before_stripped) is not None
            and _cue_between(cues, cue_starts, sent[0], s.open_start) is None):
        # "un concert du groupe de rock « Piknik »": the body's name after its kind, no quotation,
        # when no cue before it in the sentence may have the marks as its object (not "le ministre
        # a jugé le plan de relance « Trop timide »", a verdict).
        return "not-name"
    if cue_after is not None and _naming_aside().match(text, s.close_end, len(text) if len(text) <= s.close_end + _NAMING_ASIDE_REACH else s.close_end + _NAMING_ASIDE_REACH):
        return "not-name"  # « Rocket Man », comme l'appelait le président, …: a nickname, no quotation
    at_start = (
        not before_stripped
        or (before_stripped[-1] in "—–-.!?"  # a dash, or a full stop run into the mark ("Unis."Il)
            and not _fragment_after_inline_dash(before_stripped, inner))
        or _ends_with_quote(before_stripped, inner)
        or bool(pats.connector_only.match(before_stripped))
        or bool(_BRACKETED_PLACE.fullmatch(before_stripped))
        # "(16:40) « … », a indiqué le parquet", "[Actualisé à 22 h 10] « … »": a live entry's time
        # opening the line, its closing bracket or its last digit right before the mark.
        or (before_stripped[-1:] in _TIME_ENDS and len(before_stripped) <= _TIMESTAMP_MAX
            and past_timestamp(text, s.open_start - len(before), s.open_start) >= s.open_start)
    )
    after_colon = before_stripped.endswith(":")
    if not before_stripped and cue_after is None and (lead := _colon_paragraph_cue(text, para[0], sentences, cues, cue_starts)) is not None:
        # "Les juges écrivent encore :⏎⏎« En agissant ainsi, … »": a reporting verb and a colon
        # ending a paragraph introduce the words in marks opening the next one.
        after_colon, cue_in_sentence = True, lead
    cue_before = _cue_right_before(text, s.open_start, cues, cue_starts)
    if (cue_before is None and cue_after is None and g.gloss_after_marks and text.startswith(",", s.close_end)
            and inner[:1].islower() and _after_gloss_determiner(before_stripped, g) and _gloss_after_marks(text, s.close_end, g)):
        return "not-label"  # "les « mesures miroirs », ces clauses censées …": the writer's term, glossed
    if (cue_before is None and cue_after is None and g.indefinite_gloss_after_marks and text.startswith(",", s.close_end)
            and inner[:1].islower() and sum(w.casefold() not in function_words() for w in words()) <= g.label_max_words
            and _after_gloss_determiner(before_stripped, g, g.indefinite_gloss_determiners)
            and _gloss_after_marks(text, s.close_end, g, g.indefinite_gloss_after_marks)
            and _cue_right_before(text, s.open_start - len(before) + len(before_stripped)
                                  - len(before_stripped.rsplit(None, 1)[-1]), cues, cue_starts) is None):
        # "un « kill switch », un dispositif permettant …": a term the writer glosses at once; not
        # when a finite reporting verb governs the determiner (a évoqué un « … », un …): the
        # speaker's term, which the writer explains after quoting it.
        return "not-label"
    if (text.startswith(",", s.close_end) and g.indefinite_gloss_after_marks and inner[:1].isupper()
            and len(words()) == 1 and not inner.isupper() and _name_glossed_after(text, s.close_end, g)):
        # "d'invoquer « Nyaminyami », le dieu-serpent du fleuve": one capitalised name in marks, then
        # an apposition saying what it names, a noun and its complement or a stop: the writer's gloss
        # of a name, nobody's words, whatever cue governs it (« Dégage », la foule reprend: a clause).
        return "not-name"
    if (g.fronted_topic_openers and text.startswith(",", s.close_end)
            and _fronted_topic(text, past_connector(text, sent[0], s.open_start), s.open_start)):
        return "not-label"  # "Quant au « plan social », la direction …": the sentence's topic, the writer's label
    key = _quoted_key(inner)  # the folded words in marks, as labels, formulas, idioms and answers hold them
    if (labels and key in labels and not (after_colon or cue_before is not None or (cue_after is not None and at_start))
            and not _cue_then_indefinite(text, s.open_start - len(before), before_stripped, cues, cue_starts)):
        return "not-label"
    if len(inner) <= _LABEL_CHARS and key in _set_formulas():
        return "not-label"  # "déclarés « persona non grata »": a Latin set phrase, as in italics
    if (g.verb_idioms and len(inner) <= _LABEL_CHARS
            and (idiom := _cue_right_before(text, s.open_start, cues, cue_starts, _VERBAL_FORMS)) is not None
            and any(i.lemma == cues[idiom].lemma and key in i.words for i in g.verb_idioms)):
        return "not-label"  # "les Vingt-Sept ont répondu « présent »": the writer's idiom, no one's words
    if (g.answer_words and key in g.answer_words and _answer_link_after(text, s.close_end, g)
            and _cue_right_before(text, s.open_start, cues, cue_starts, _VERBAL_FORMS) is not None):
        return "not-label"  # "les électeurs ont dit « non » au traité": a stand taken on its object, no words reported
    if (g.ballot_option_before and key in g.answer_words and inner[:1].islower()
            and before_stripped.rsplit(None, 1)[-1:] and before_stripped.rsplit(None, 1)[-1].casefold() in g.ballot_option_before):
        return "not-label"  # "un « non » moins large que prévu", "a voté « oui »": the ballot option, named
    if cue_after is None and _opens_capitalised(inner) and pats.cry_before.search(before_stripped, len(before_stripped) - _REACH if len(before_stripped) > _REACH else 0):
        # "aux cris de « Merkel doit partir » et « Macron démission »": the slogans themselves.
        return cand(Kind.DIRECT, "direct-cry", 0.8)
    if (cue_before is not None and cue_after is None and text.startswith((" ", ":", "\u00a0", "\u202f"), s.close_end)
            and inner[:1].isupper() and len(inner) <= _PUBLICATION_NAME_MAX and _NAME_BREAKS.isdisjoint(inner)
            and _colon_then_quotation(text, s.close_end)
            and "-" not in text[cues[cue_before].start : cues[cue_before].end]
            and text[sent[0] : cues[cue_before].start].rstrip().endswith(",")):
        # "Une semaine décisive, conclut « Le Matin du Nord » : « … »": a short capitalised name in
        # marks right after an incise set off by a comma (its subject pronoun not inverted into it,
        # "scandent-ils"), a colon and a quotation after it, is the incise's subject, the source's
        # name, no quotation.
        return "not-publication"
    if cue_after is None and before_stripped.endswith(",") and (fronted_incise := _fronted_incise(
            text, sent[0], s.open_start, cues, cue_starts)) is not None:
        # "Mais, nuance-t-elle, « un geste ne fait pas une politique »": an inverted incise
        # fronted before the marks (a connector at most before it) introduces the whole words.
        return cand(Kind.DIRECT, "direct-incise", 0.85, fronted_incise)
    uttering = cue_before if cue_before is not None else _shouting_gerund_before(text, s.open_start, cues, cue_starts)
    if (uttering is not None and cue_after is None and _opens_capitalised(inner)
            and (len(words()) >= 2 or _one_word_shouted(cues[uttering], words)) and not _sung_title(cues[uttering], names_something)):
        # "Elle affirme « J'ai tout réorganisé »", "des manifestants scandaient « Nous voulons… »":
        # a whole utterance as the object of the reporting verb; one word a crowd shouts too, and
        # what a gerund of shouting governs ("ont défilé en scandant « Non à la sélection »").
        return cand(Kind.DIRECT, "direct-after-cue", 0.8, uttering)
    if (uttering is not None and cue_after is None and _opens_capitalised(inner) and striking_up_verb(cues[uttering].lemma)
            and _cue_right_before(text, s.open_start, cues, cue_starts, _VERBAL_FORMS) == uttering):
        return "not-title"  # "la foule a entonné « Que je t'aime »": the song struck up, nobody's words
    if (cue_after is None and inner[:1].isupper() and len(words()) == 1
            and (sung := _cue_right_before(text, s.open_start, cues, cue_starts, _VERBAL_FORMS)) is not None
            and singing_verb(cues[sung].lemma) and not crying_verb(cues[sung].lemma)):
        # "monter sur scène pour chanter « Djadja »": one capitalised word a verb of singing (no verb
        # of shouting) governs names the song; a crowd's one-word slogan is shouted (scandaient « Liberté ! »).
        return "not-title"
    if (cue_after is None and g.source_relatives and (source := _source_relative_before(text, s, cues, cue_starts)) is not None
            and holds_verb(inner)):
        # "un responsable turc selon qui « l'enquête ira jusqu'au bout »": a clause in marks right
        # after the relative of a prepositional cue, to the sentence's end: the whole utterance.
        return cand(Kind.DIRECT, "direct-selon", 0.8, source)
    if (cue_after is None and not after_colon and inner[:1].islower() and cue_in_sentence is not None
            and (told := _told_clause(text, s, inner, cues, cue_starts)) is not None):
        # "avait déclaré à l'AFP « nous suivons les développements … »": a clause with its own subject
        # pronoun, in marks right after a reporting verb (and whom it was told to) to the sentence's
        # end, is the whole utterance the verb reports, in lower case as it is typed inside a sentence.
        return cand(Kind.DIRECT, "direct-after-cue", 0.75, told)
    if (not (at_start or after_colon) and not lower_gloss and pats.title_preposition_before(before_stripped)
            and _names_a_work(inner, words, speaking=True)
            and (not _speaks(inner, words()) or _speaking_title_after(text, s.open_start - len(before), before_stripped, cues, cue_starts, g))
            and pats.speech_noun.search(before_stripped, len(before_stripped) - _SPEECH_NOUN_REACH if len(before_stripped) > _SPEECH_NOUN_REACH else 0) is None):
        # "il a joué dans « Intouchables »", "l'adaptation de « La Peste »"; not the words of
        # a noun of speech: "aux cris de « Merkel démission »"; nor foreign words a translation
        # in lower case glosses (comme « Macron denen kişi » (« celui qu'on appelle Macron »)):
        # a title's translation is a title, capitalised too. A title may speak in the first or
        # second person or deny ("les dérapages de « Touche pas à mon poste »", "l'interprète
        # d'« Emmenez-moi »": neither gold ever quotes such words after a preposition), unless a
        # reporting verb governs the preposition ("a répondu par « Je ne sais pas »").
        return "not-title"
    if (not (at_start or after_colon) and g.broadcast_verb_stems and _opens_capitalised(inner)
            and _broadcast_verb_before(before_stripped) and _names_a_work(inner, words)):
        # "la chaîne rediffusera dimanche soir « Le Grand Bleu »": what a verb of showing a film or
        # a programme shows is its title, nobody's words (a title in the first or second person,
        # « Je reviendrai », may still be someone's words and is left to the rules below).
        return "not-title"
    if (not (at_start or after_colon) and g.award_work_links and _last_word(before_stripped) in g.award_work_links
            and _rewarded_work(inner, before_stripped)):
        # "le César de la meilleure réalisation, attribué à X pour « J'accuse »": a prize's noun or
        # participle, then pour and short capitalised marks: the rewarded work's title, whatever
        # person its words speak in.
        return "not-title"
    if (not (at_start or after_colon) and text[s.close_end : s.close_end + 3].lstrip(_SPACES)[:1] == ","
            and _opens_capitalised(inner) and (pats.title_preposition_before(before_stripped) or _is_title_case(inner))
            and _work_apposition().match(text, s.close_end) is not None):
        # "Il y a, dans « Ce que je tais », les mémoires que X publie, …": a work's noun in
        # apposition names the marks a title, whatever person their words speak in; so does one
        # after marks spelled as a title, wherever they stand ("il a rappelé que « Djadja », sorti en
        # 2018, …").
        return "not-title"
    if (not after_colon and _opens_capitalised(inner) and "," in text[s.close_end : s.close_end + 3]
            and _work_credit().match(text, s.close_end) is not None):
        # "il rappelle que le film « La Haine », de Mathieu Kassovitz, décrivait …": the author's or
        # director's name in apposition credits a work, the marks its title, whatever they say.
        return "not-title"
    if not (at_start or after_colon) and cue_before is None and _in_question_aside(text, sent[0], s, cues, cue_starts, g):
        # "Interrogé sur la ville, annexée après les « référendums » de septembre, X a répondu :":
        # the marks name the topic put to the speaker, in the writer's words, before his answer.
        return "not-scare"
    if cue_before is None and _said_by_nobody(text, s.open_start, cues, cue_starts):
        # "sans que personne ne parle de « piraterie », a-t-elle poursuivi": a verb negated by its
        # subject (personne, aucun) right before the marks denies anyone said the word: nobody's.
        return "not-label"
    # Where the clause holding the marks starts (past a colon or a dateline), read once for the rules below.
    clause = _clause_start(text, sent[0], s.open_start)
    if g.titled_documents and _document_title_apposition(text, clause, s, inner, g):
        return "not-title"  # "Le rapport de la commission X, « La France et … », remis en mars,": its title
    if cue_after is not None:
        if at_start or after_colon or after_fronted_frame(text, sent[0], s.open_start):
            # "En cas de rejet, « ce sera une sortie sans accord », a prévenu X": after a fronted
            # adverbial and its comma, the words in marks are the whole utterance.
            return cand(Kind.DIRECT, "direct-incise", 0.95, cue_after)
        if (before_stripped[-1:].isalpha() and cue_before is None
                and _glued_heading(text, s, before, before_stripped, inner, words, cues, cue_starts)):
            # "… l'été. Respect des victimes « La France exprime … », a déclaré X": a sub-heading
            # scraping ran into a full sentence in marks; the incise reports the marks alone.
            return cand(Kind.DIRECT, "direct-heading", 0.85, cue_after)
        if names_something():
            return "not-title"  # "Dans « Les Misérables », Victor Hugo écrivait": a work's title
        if names_a_body():
            return "not-name"  # "réunis au sein d'un « Comité national … », ils ont promis"
        return cand(Kind.PARTIAL, "partial-incise", 0.85, cue_after)
    if after_colon:
        if cue_in_sentence is None and (g.reader_rubrics or g.verdict_rubrics) and _reader_rubric(text, para, text.rfind(":", para[0], s.open_start), g):
            # "10 h 15. Vos questions : « Pourquoi à Minsk ? »": a readers' rubric, no one quoted;
            # "Notre verdict : « Trompeur »": a fact-check's own rating, the outlet's voice.
            return "not-rubric"
        return cand(Kind.DIRECT, "direct-colon", 0.9, cue_in_sentence)
    fronted = fronted_source = _fronted_preposition(text, cues, cue_starts, clause, s.open_start)
    if (fronted is not None and before_stripped.endswith(",") and not _WORD_FOLLOWS.match(text, s.close_end)
            and not _clause_after_pronoun(text, cues[fronted], s.open_start)
            and not (inner[:1].islower() and _clause_before_fragment(text, cues[fronted].end, s.open_start))
            and not (_opens_with_negation(inner) and _words_after_source(text, cues[fronted].end, s.open_start))
            and not (inner[:1].islower() and (not holds_verb(inner) or _opens_relative(inner))
                     and _apposed_to_subject(text, cues[fronted].end, s.open_start, s.close_end, g))):
        # "D'après lui, « une large majorité » d'États membres soutient le texte": the sentence goes
        # on after the marks, the fragment is its subject (a partial quote below).
        if (inner[:1].islower() and _opens_with_determiner(inner, g) and not holds_verb(inner)
                and _is_headline(text, s, para, cues, cue_starts, g, with_cue=True)):
            # A title "Pour la mairie, « un pas dans la bonne direction »": a noun phrase, no clause.
            return cand(Kind.PARTIAL, "partial-headline", 0.8, fronted)
        return cand(Kind.DIRECT, "direct-selon", 0.85, fronted)
    fronted = _fronted_comparison(text, cues, cue_starts, sent[0], s.open_start)
    if fronted is not None and before_stripped.endswith(","):
        return cand(Kind.DIRECT, "direct-comme", 0.85, fronted)
    if at_start:
        if (cue_in_sentence is not None and cues[cue_in_sentence].start > s.close_end
                and _is_headline(text, s, para, cues, cue_starts, g, with_cue=True)
                and _COLON_NEXT.match(text, s.close_end, s.close_end + _COLON_NEXT_REACH) is not None
                and _TITLE_WORD.match(inner) and len(words()) >= _NAMED_HEADLINE_WORDS and not names_something()):
            # "« Une vraie mascarade » : les démocrates dénoncent le procès": words in marks open
            # the sentence before a colon, a reporting cue after it says whose they are.
            return cand(Kind.DIRECT, "direct-headline", 0.7, cue_in_sentence)
        if _WORD_FOLLOWS.match(text, s.close_end) and _names_a_work(inner, words):
            return "not-title"  # "« Le Comte de Monte-Cristo » a dépassé…": the subject of the writer's sentence
        if cue_after is None and inner[:1].isupper() and _adverbial_in_marks(text, s, inner):
            # "« À la lumière de cette situation », la France crée la surprise": a fronted adverbial
            # in marks, set off by a comma before the writer's own clause, is a fragment in his sentence.
            return cand(Kind.PARTIAL, "partial-fronted", 0.7, cue_in_sentence)
        if _opens_capitalised(inner) and (len(words()) >= 4 or _SENT_PUNCT.search(inner)):
            return cand(Kind.DIRECT, "direct-sentence", 0.8, cue_in_sentence)
        if (cue_in_sentence is not None and cues[cue_in_sentence].start > s.close_end and _opens_capitalised(inner)
                and len(words()) >= 2 and not _is_title_case(inner)
                and _COLON_NEXT.match(text, s.close_end, s.close_end + _COLON_NEXT_REACH) is not None):
            # "« Todos somos americanos » : c'est en espagnol que X a conclu": short words in marks
            # opening the sentence, a colon and the reporting verb saying whose they are.
            return cand(Kind.DIRECT, "direct-sentence", 0.75, cue_in_sentence)
        if _is_title_case(inner):
            return "not-title"
        return cand(Kind.DIRECT, "direct-sentence", 0.6, cue_in_sentence) if len(words()) >= 4 else "not-scare"
    if _definite_name(inner) and ((governor := _cue_right_before(text, s.open_start, cues, cue_starts, _VERBAL_FORMS)) is None
                                  or singing_verb(cues[governor].lemma)):
        # "a régné quinze ans sur « la Rome française »": an article and a capital mid-sentence,
        # a city's or a person's traditional label, no words reported (a verb of saying right
        # before them may still report them: a dénoncé « la France moisie »; a verb of singing
        # governs a song's title: ont entonné « la Marseillaise »).
        return "not-name"
    if ((det := _name_determiner_before(before_stripped))
            and (_capitalised_name(inner) or (_capitalised_complement_name(inner)
                                               and not before_stripped[: len(before_stripped) - det].rstrip(_INLINE_SPACES).endswith(",")))
            and _cue_right_before(text, s.open_start - len(before) + len(before_stripped) - det, cues, cue_starts,
                                  _VERBAL_FORMS) is None):
        # "les migrants de la « Jungle »", "le « Frexit » de Marine Le Pen", "au pied de la « Dame de fer »": a capitalised word mid-sentence
        # after a definite or demonstrative determiner outside the marks names a place, a camp or a
        # coined notion, no words reported (a verb of saying right before the determiner still may;
        # a de-phrase in apposition after a comma, Neuilly, le « Monaco des riches », after a cue, too).
        return "not-name"
    if ((det := _office_determiner_before(before_stripped)) and _disputed_office(text, s, inner)
            and _cue_right_before(text, s.open_start - len(before) + len(before_stripped) - det, cues, cue_starts,
                                  _VERBAL_FORMS) is None):
        # "À Tiraspol, le « président » de la république autoproclamée, X, a affirmé": an office
        # alone in marks between a determiner and the complement naming the power the writer does
        # not recognise disputes the title, nobody's words (a verb of saying right before the
        # determiner still may report them: il a qualifié le « président » de…).
        return "not-label"
    if pats.que_before(before_stripped):
        return cand(Kind.PARTIAL, "partial-que", 0.9, cue_in_sentence)
    if len(inner) <= _INTERJECTION_MAX and _interjection_only(inner):
        # "Son « Ehm », à peine audible, restera …": an interjection alone in marks is a sound
        # someone uttered, whoever the sentence's subject; the writer labels nothing with it.
        return cand(Kind.PARTIAL, "partial-interjection", 0.7, cue_in_sentence)
    if _utterance_adjective_before().search(before_stripped[-_UTTERANCE_REACH:]) is not None:
        # "s'est contentée d'un laconique « Clean sport matters »": an adjective of a manner of
        # speaking stands for the utterance; the words in marks were said, whatever their language.
        return cand(Kind.PARTIAL, "partial-speech-noun", 0.7)
    if (cue_in_sentence is None and not lower_gloss and _is_title_case(inner)) or names_something():
        # "le « Grand Jury »": several capitalised words name something, whatever the cue.
        return "not-title"
    if _nickname_inside_name(text, s, inner, before_stripped):
        return "not-name"  # "Juan Antonio « Tony » Hernández": a nickname between first name and surname
    if names_a_body():
        # "réunis au sein d'un « Comité national pour le salut du peuple »": a body's name.
        return "not-name"
    if _bracketed_name(text, s, inner, words):
        # "le Bureau néerlandais pour la sécurité (« Onderzoeksraad voor Veiligheid »)": the name in
        # its own language, in brackets after the French one, no words reported.
        return "not-name"
    if cue_in_sentence is not None and marked:
        # "arrêtés de « vigilance », puis d'« alerte »": a cue word the writer put in marks is
        # a label of his, no verb of his sentence; the next cue outside marks may still report.
        # Its own marks are no exception after a determiner or a complement link (d'« alerte »:
        # a noun, where a « salué » is the verb of the words it opens).
        own = -1 if _after_nominal_link(before_stripped) else s.inner_start
        cue_in_sentence = _cue_outside_marks(cues, cue_in_sentence, sent[1] if sent[1] >= s.close_end else s.close_end, marked, own)
    if (cue_in_sentence is not None and cues[cue_in_sentence].start > s.close_end
            and _cue_in_another_clause(text, sent[0], s, cues[cue_in_sentence])):
        # "la « révolution » tant vantée prendra du temps : on reconnaît qu'…": the sentence's first
        # cue stands in a later clause, past a colon, whose subject says nothing of the words before it.
        cue_in_sentence = None
    if (cue_in_sentence is not None and cues[cue_in_sentence].start > s.close_end
            and (relative := _inside_subject_relative(text, sent[0], s, cues[cue_in_sentence])) is not None):
        # "Bakou, dont la « diplomatie du caviar » a séduit…, reproche à la France…": marks in a
        # relative set off after the subject; the main verb after it says nothing of them, and
        # only a noun of speech inside the relative (dont les propos sur la « … ») reports them.
        if not pats.speech_noun.search(text, relative[0], relative[1]):
            return "not-label"
        return cand(Kind.PARTIAL, "partial-speech-noun", 0.7)
    if (cue_in_sentence is not None and cues[cue_in_sentence].end <= s.open_start
            and (closing := _cue_in_subject_relative(text, sent[0], s, cues[cue_in_sentence])) is not None):
        # "La Suède, dont le gouvernement se dit « préoccupé », se retrouve au cœur de cette
        # « guerre des nerfs »": the relative's verb reports nothing past its closing comma; a
        # cue of the main clause still may.
        cue_in_sentence = _cue_between(cues, cue_starts, closing, sent[1] if sent[1] >= s.close_end else s.close_end)
    if (cue_in_sentence is not None and cues[cue_in_sentence].start > s.close_end
            and (generic_subject_before(text, cues[cue_in_sentence].start)
                 or _negative_subject_before(text, cues[cue_in_sentence]))):
        # "le « plan eau » ressort des tiroirs, et chacun jure que…": a generic subject's cue
        # reports nothing, nor the infinitive it governs (chacun jure de défendre); a later cue still may.
        cue_in_sentence = _past_governed(text, cues, cue_starts, cue_in_sentence, sent[1] if sent[1] >= s.close_end else s.close_end)
    if (cue_in_sentence is not None and cues[cue_in_sentence].start > s.close_end
            and _generic_pronoun_past_comma(text, s.close_end, cues[cue_in_sentence])):
        # "Loin de la « cérémonie du siècle », on parlait d'une grand-mère": the clause after the
        # marks opens with the writer's generic pronoun; its verb reports nothing before it.
        cue_in_sentence = _cue_between(cues, cue_starts, cues[cue_in_sentence].end, sent[1] if sent[1] >= s.close_end else s.close_end)
    if (cue_in_sentence is not None and cues[cue_in_sentence].end <= s.open_start
            and cues[cue_in_sentence].form == "finite" and generic_subject_before(text, cues[cue_in_sentence].start)):
        # "une campagne où chacun jure de défendre le « made in France »": a generic subject's cue
        # before the marks, and the infinitive it governs, report nothing; a later cue still may.
        cue_in_sentence = _past_governed(text, cues, cue_starts, cue_in_sentence, s.open_start)
    if (cue_in_sentence is not None and cues[cue_in_sentence].end <= s.open_start
            and generic_pronoun_subject(text, sent[0], cues[cue_in_sentence])):
        # "On nous parle d'un « malentendu », de « usages »": the indefinite pronoun opening the
        # sentence is the writer's generic subject; words in marks its verb governs are nobody's
        # report (a fronted place or side, À Matignon, on parle de « … », still names whose).
        cue_in_sentence = _cue_between(cues, cue_starts, cues[cue_in_sentence].end, s.open_start)
    if (cue_in_sentence is not None and cues[cue_in_sentence].end <= s.open_start
            and (anchor := _anchored_clause_between(text, cues[cue_in_sentence].end, s.open_start)) >= 0):
        # "Il avait averti que …, deux jours après que X, habitué de ces « happenings », eut …": the
        # writer dates his sentence by another event; the cue reports nothing past it, a later one may.
        cue_in_sentence = _cue_between(cues, cue_starts, anchor, s.open_start)
    # Where the sentence's words start past a connector opening it, read once for the rules below.
    connected = past_connector(text, sent[0], s.open_start)
    speech_from = sent[0] if sent[0] >= s.open_start - _REACH else s.open_start - _REACH  # where a noun of speech is looked for
    if (cue_in_sentence is not None and cues[cue_in_sentence].form == "participle"
            and getattr(cues[cue_in_sentence], "stance", None) in _JUDGED_STANCES
            and cues[cue_in_sentence].end <= s.open_start and not text[connected : cues[cue_in_sentence].start].strip()
            and (comma := text.find(",", cues[cue_in_sentence].end, s.open_start)) >= 0):
        # "Jugés au printemps pour fraude, X et Y connaissent le jugement du « feuilleton … »": a
        # participle of judging opening the sentence is passive, its subject the one judged, no
        # speaker; past its comma it reports nothing (« jugé « irréaliste » » before it still may).
        cue_in_sentence = _cue_between(cues, cue_starts, comma, sent[1] if sent[1] >= s.close_end else s.close_end)
        speech_from = max(speech_from, comma)  # its participle (jugé) is no noun of speech of the marks either
    if (inner[:1].islower() and " " not in inner.strip(_INLINE_SPACES) and cue_before is None
            and _epithet_in_subject(text, connected, s, cues, cue_starts)):
        # "Le président « jupitérien » soigne son image": one word in marks qualifying the noun
        # opening the sentence, before a verb that reports nothing: the writer's epithet.
        return "not-label"
    if (_labelled_subject(text, connected, s, cues, cue_starts, sent[1] if sent[1] >= s.close_end else s.close_end)
            and not (_passive_after_marks(text, s.close_end, cues, cue_starts)
                     and fronted_source is not None)):
        # "Le « fonds de transformation » annoncé par Bercy doit être voté": a participle
        # describes the thing the marks name, the subject of the writer's sentence; not a passive
        # participle after a fronted source ("Selon le texte, les « modalités » devaient être
        # convenues plus tard"): the clause's own verb, the source's words, marks and all.
        return "not-label"
    if (">" not in before and (det := _name_determiner_before(before_stripped))
            and _cue_between(cues, cue_starts, sent[0], s.open_start) is None
            and (k := bisect.bisect_left(cue_starts, s.close_end)) < len(cues) and cues[k].form == "participle"
            and _labelled_subject(text, s.open_start - len(before) + len(before_stripped) - det, s, cues, cue_starts,
                                  sent[1] if sent[1] >= s.close_end else s.close_end)):
        # "Le pays ne croit plus à la « relance » promise en 2010": the same participle after marks
        # a definite determiner opens anywhere in a sentence no cue before them reports: it
        # describes the thing the marks name, the writer's label, nobody's words.
        return "not-label"
    cue = cues[cue_in_sentence] if cue_in_sentence is not None else None
    denied = (cue is not None and getattr(cue, "negated", False) and cue.end <= s.open_start
              and _denied_when_negated(cue.lemma))
    if (cue is not None and cue.start < s.open_start and (last := bisect.bisect_left(cue_starts, s.open_start) - 1) >= 0
            and cues[last].end <= s.open_start and avoided(text, cues[last])):
        # "Washington se montre prudent et évite de parler de « coup d'Etat »": the verb of
        # avoidance governing the cue nearest the marks denies the subject used the words.
        cue, cue_in_sentence, denied = None, None, True
    if (g.commonplace_adverbs and (last := bisect.bisect_left(cue_starts, s.open_start) - 1) >= 0
            and _commonplace_participle(text, s, cues[last], g)):
        # "Ce pays, souvent qualifié de « narco-Etat », a connu …": an adverb of habit before an
        # agentless participle makes the words what people commonly call the thing, no report.
        cue, cue_in_sentence, denied = None, None, True
    if cue is not None and denied:
        # "Ils n'ont pas davantage condamné l'« opération spéciale »": a negated verb of saying or
        # judging denies the subject used the words in marks; another's term, no partial quote.
        # A later cue before the marks still may report them (« …, mais il parle d'« erreur » »);
        # the denied verb's participle is no noun of speech either (« n'a pas dénoncé »).
        cue_in_sentence = _cue_between(cues, cue_starts, cue.end, s.open_start)
    elif cue is not None and cue.end <= s.open_start and g.answer_words and _answer_after_cue(text, cue.end, g):
        # "Les électeurs ont dit « non » aux mesures d'« austérité »": the cue takes a stand on its
        # object (dire non à), reports no words; a later cue before the marks still may.
        cue_in_sentence = _cue_between(cues, cue_starts, cue.end, s.open_start)
    if (cue_in_sentence is not None and cues[cue_in_sentence].end <= s.open_start
            and _resemblance_before().search(before_stripped[-_RESEMBLANCE_REACH:].replace("’", "'")) is not None):
        # "X a dévoilé ce qui ressemble à une « guerre hybride »": the relative of resemblance is
        # the writer's likening of what the cue's subject did or said, the marks his own distance
        # from the word, nobody's report (ce qu'il qualifie de « … » still quotes the subject).
        cue_in_sentence = None
    if (cue_in_sentence is not None and cues[cue_in_sentence].end <= s.open_start
            and cues[cue_in_sentence].lemma in g.fronted_only_prepositions
            and generalising_quantifier().match(text, cues[cue_in_sentence].end, s.open_start) is not None):
        # "Pour beaucoup de Belges, il était « l'homme au bonnet rouge »": a vague share of a
        # group (generalising_quantifiers) is the writer's generalisation, no source of the
        # words (as indirect's selon reads it); a later cue before the marks still may be.
        cue_in_sentence = _cue_between(cues, cue_starts, cues[cue_in_sentence].end, s.open_start)
    if cue_in_sentence is not None:
        return cand(Kind.PARTIAL, "partial-cue", 0.85, cue_in_sentence)
    if before_stripped[-1:] in limit_link_ends() and limited_in_marks(before_stripped, inner):
        # "se bornant à « regretter » la décision": the infinitive a limiting governor keeps the
        # speaker to, in marks, is the speaker's own word.
        return cand(Kind.PARTIAL, "partial-limited", 0.8)
    if _challenged_in_marks(before_stripped, inner):
        # "a mis l'opposition au défi de « prouver » ses allégations": the act the challenger
        # dared someone to do, in his words; the challenge is a noun of speech.
        return cand(Kind.PARTIAL, "partial-speech-noun", 0.7)
    if not denied and _speech_noun_near(text, s, speech_from, min(sent[1] if sent[1] >= s.close_end else s.close_end, s.close_end + _REACH), pats):
        return cand(Kind.PARTIAL, "partial-speech-noun", 0.7)
    if g.agent_framing_participles and _framed_by_agent(text, s, before_stripped):
        # "un texte présenté comme « historique » par le président": the agent's characterisation.
        return cand(Kind.PARTIAL, "partial-agent", 0.75)
    if len(words()) > g.scare_max_words:
        if inner[:1].isupper():
            # "devant « Un p'tit truc en plus »": mid-sentence, with no cue, a capitalised
            # phrase is a work's title (French capitalises its first word only); a fragment
            # of speech takes the case of the writer's sentence.
            return "not-title"
        if _names_a_long_scheme(inner, before_stripped, words):
            # "La Commission a présenté un « plan d'action pour les réseaux »": no cue in the sentence,
            # a scheme's or a rule's head and its complement name the thing, nobody's words.
            return "not-name"
        if _given_name_after_copula(before_stripped, inner):
            # "Elle a longtemps été « la petite fiancée du cinéma français »": a name given to the
            # subject, nobody's words.
            return "not-name"
        return cand(Kind.PARTIAL, "partial-long", 0.6)
    if not denied and len(words()) >= 2 and _opens_with_manner(inner, g):
        # "L'Elysée suit la situation « avec vigilance »": a manner adverbial in marks, no label.
        return cand(Kind.PARTIAL, "partial-manner", 0.6)
    if lower_gloss:
        if len(words()) == 1 and inner.lstrip(_INLINE_SPACES)[:1].isupper():
            # "Le mouvement qu'il a fondé, « Hizmet » (« le service »), …": one capitalised foreign
            # word, no cue in the sentence, glossed by its meaning: a name and its translation.
            return "not-name"
        # "a désigné son homologue comme « Macron denen kişi » (« celui qu'on appelle Macron »)":
        # words the writer translates were spoken in another language, someone's words.
        return cand(Kind.PARTIAL, "partial-glossed", 0.6)
    return "not-scare"


# Most words of a sub-heading scraping ran into the quotation after it.
_HEADING_MAX_WORDS = 10
# Fewest words of the full sentence in marks a glued sub-heading stands before.
_HEADING_QUOTE_MIN_WORDS = 5
# A word of a sub-heading: letters, maybe elided or hyphenated (``l’Europe``, ``Moyen-Orient``).
_HEADING_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*+")
# What ends the text before a sub-heading: a sentence's stop or closing mark, or a link (``pic.twitter.com/…``).
_HEADING_AFTER = (".", "!", "?", "…", "»", '"', "”")
_TOKEN = regex.compile(r"\S++")
_LETTERS = regex.compile(r"\w++")


def _glued_heading(text: str, s: MarkedSpan, before: str, before_stripped: str, inner: str,
                   words: Callable[[], list[str]], cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """``… la semaine prochaine. Respect des victimes «La France exprime … », a déclaré X``: scraping
    dropped the line break after a short sub-heading, which runs, with no colon, comma or cue, into
    a capitalised full sentence in marks closed by ``», <postposed cue>``. No writer's clause runs
    so into a whole sentence: the marks are direct, the heading words no clause of anyone's."""
    if not (_opens_capitalised(inner) and text[s.close_end : s.close_end + 3].lstrip(_INLINE_SPACES).startswith(",")):
        return False
    tokens = list(_TOKEN.finditer(before_stripped))
    n = 0
    while n < len(tokens) and n <= _HEADING_MAX_WORDS and _HEADING_WORD.fullmatch(tokens[-1 - n].group()):
        n += 1
    if not 1 <= n <= _HEADING_MAX_WORDS or not tokens[-n].group()[:1].isupper():
        return False
    if n < len(tokens):
        stop = tokens[-1 - n].group()
        if not (stop.endswith(_HEADING_AFTER) or "/" in stop):
            return False
    elif len(before) >= _REACH:
        return False  # the words before reach the far limit, no sentence's or line's start
    heading_start = s.open_start - len(before) + tokens[-n].start()
    if _cue_between(cues, cue_starts, heading_start, s.open_start) is not None:
        return False
    if len(words()) < _HEADING_QUOTE_MIN_WORDS:
        return False
    return holds_verb(inner) or _cue_between(cues, cue_starts, s.inner_start, s.inner_end) is not None


def _told_clause(text: str, s: MarkedSpan, inner: str, cues: Sequence[CueLike], cue_starts: list[int]) -> int | None:
    """The finite reporting verb right before marks (maybe past whom the words were told to:
    ``a déclaré à l'AFP``, no complementizer) that open with a subject pronoun and close the sentence."""
    first = _LETTERS.match(inner.lstrip(_INLINE_SPACES))
    if first is None or first.group().casefold() not in grammar().clause_pronouns:
        return None
    if text[s.close_end : s.close_end + 3].lstrip(_INLINE_SPACES)[:1] not in _SENTENCE_CLOSE:
        return None
    i = bisect.bisect_left(cue_starts, s.open_start) - 1
    if i < 0 or cues[i].form not in ("finite", "inverted") or getattr(cues[i], "negated", False):
        return None
    between = text[cues[i].end : s.open_start].strip(_INLINE_SPACES)
    if between and (_addressee().fullmatch(between) is None
                    or not _complementizer_words().isdisjoint(w.casefold() for w in _LETTERS.findall(between))):
        return None
    return i


def _source_relative_before(text: str, s: MarkedSpan, cues: Sequence[CueLike], cue_starts: list[int]) -> int | None:
    """The prepositional cue whose relative pronoun (``source_relatives``: selon qui, selon
    d'après qui) stands right before marks that close the sentence."""
    if text[s.close_end : s.close_end + 3].lstrip(_INLINE_SPACES)[:1] not in _SENTENCE_CLOSE:
        return None
    i = bisect.bisect_left(cue_starts, s.open_start) - 1
    if (i < 0 or cues[i].form != "preposition" or s.open_start - cues[i].start > _SOURCE_RELATIVE_REACH
            or cues[i].lemma not in grammar().source_relative_cues):
        return None
    words = _LETTERS.findall(text, cues[i].start, s.open_start)
    return i if len(words) <= 2 and words and words[-1].casefold() in grammar().source_relatives else None


# Most characters from a prepositional cue to the marks after its relative pronoun (d'après qui « ).
_SOURCE_RELATIVE_REACH = 24


def _adverbial_in_marks(text: str, s: MarkedSpan, inner: str) -> bool:
    """Marks opening the sentence with a preposition (``frame_prepositions``,
    ``adverbial_prepositions``), holding no verb and no sentence's stop, closed by a comma before
    a subject (a determiner or a capitalised word): an adverbial of the writer's clause after it."""
    first = _LETTERS.match(inner)
    if first is None or first.group().casefold() not in _adverbial_openers():
        return False
    after = _SUBJECT_AFTER_COMMA.match(text, s.close_end, min(len(text), s.close_end + _SUBJECT_AFTER_REACH))
    if after is None or (after.group(1)[:1].islower() and after.group(1).casefold() not in _determiner_words()):
        return False
    return _SENT_PUNCT.search(inner) is None and not holds_verb(inner)


# A comma after a closing mark, then the next word (an elided one without its apostrophe).
_SUBJECT_AFTER_COMMA = regex.compile(r"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+(\p{L}++)")
_SUBJECT_AFTER_REACH = 40


@cache
def _adverbial_openers() -> frozenset[str]:
    g = grammar()
    return frozenset(w.casefold() for w in (*g.frame_prepositions, *g.adverbial_prepositions) if " " not in w and "'" not in w)


@cache
def _determiner_words() -> frozenset[str]:
    """The object determiners' words, elided ones without their apostrophe (``l``)."""
    return frozenset(w.casefold() for d in grammar().object_determiners for w in _LETTERS.findall(d))


@cache
def _complementizer_words() -> frozenset[str]:
    """The complementizers' words, elided ones without their apostrophe (``que``, ``qu``)."""
    return frozenset(w.casefold() for c in grammar().complementizers for w in _LETTERS.findall(c))


# What may follow marks closing a sentence: its stop, a line break, the text's end.
_SENTENCE_CLOSE = ("", ".", "!", "?", "\n")


@cache
def _addressee() -> regex.Pattern[str]:
    """Whom words were told to, right after the reporting verb (``à l'AFP``, ``aux journalistes``):
    an ``addressee_links`` link (``names.json``) and a few words."""
    return regex.compile(rf"(?i)(?:{alternation(names_data().get('addressee_links', ()))})[ \u00a0]*+[\p{{L}}'’\- \u00a0]{{1,40}}")


def holds_verb(inner: str) -> bool:
    """Whether words in marks hold a subject pronoun, a word of a verb group, a future or
    conditional form or a governor's finite form (``doit``): a clause."""
    endings = future_endings()
    pronouns = grammar().clause_pronouns
    for w in _LETTERS.findall(inner):
        word = w.casefold()
        if word in pronouns or word in verb_words() or (len(word) > 5 and word.endswith(endings)) or governor_finite_word(word):
            return True
    return False


# Most words of a work's title read from its case and place alone (film titles run to seven or
# eight: « Portrait de la jeune fille en feu »).
_TITLE_MAX_WORDS = 8
# The last word ending the words before an opening mark, an elided one with its apostrophe (d').
_PREPOSITION_AT_END = regex.compile(r"(?<!\w)\w+['\u2019]?$")
# Characters before a preposition read for a noun of speech it completes (aux cris de « … »).
_SPEECH_NOUN_REACH = 20
# Punctuation a title does not hold, a fragment of speech may (a stop, a comma, a semicolon).
_CLAUSE_PUNCT = regex.compile(r"[.!?…,;:]")


def _last_word(before: str) -> str:
    """The last word of ``before`` (already stripped of trailing spaces), lower case; empty when
    it ends with no letter."""
    if not before[-1:].isalpha():
        return ""
    return before.rsplit(None, 1)[-1].lower()


@cache
def _award_work_words() -> regex.Pattern[str]:
    """One of ``award_work_words`` as a whole word, any case (Récompensée opening a sentence)."""
    words = grammar().award_work_words
    return regex.compile(rf"(?<![\p{{L}}\-])(?i:{alternation(words) if words else '(?!)'})(?![\p{{L}}\-])")


def _rewarded_work(inner: str, before: str) -> bool:
    """Whether words in marks right after a link of ``award_work_links`` are the title of the work
    a prize rewards: a capital opening at most a few words, no punctuation of a clause, and one of
    ``award_work_words`` before the link in the clause (``before``, no sentence stop between)."""
    opening = inner.lstrip(_INLINE_SPACES)
    if not (_TITLE_WORD.match(opening) and not _shouted(inner) and _CLAUSE_PUNCT.search(inner.rstrip(_INLINE_SPACES + "!")) is None
            and 0 < len(_words_in(inner)) <= _TITLE_MAX_WORDS):
        return False
    clause = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
    return _award_work_words().search(clause) is not None


def _speaking_title_after(text: str, start: int, before: str, cues: Sequence[CueLike], cue_starts: list[int],
                          g: Grammar) -> bool:
    """Whether ``before`` (the stripped words before the opening mark, from ``start``) ends with
    one of ``speaking_title_prepositions`` no reporting verb governs (*les excès de*, not *a
    répondu par*): capitalised marks after it name a work whatever person they speak in."""
    prep = _PREPOSITION_AT_END.search(before)
    if prep is None or prep.group().casefold() not in g.speaking_title_prepositions:
        return False
    return _cue_right_before(text, start + prep.start(), cues, cue_starts, _VERBAL_FORMS) is None


# Most lower-case words (a time: dimanche soir) between a verb of showing and the marks it shows,
# and how many characters before the marks its stem is looked for.
_BROADCAST_GAP_WORDS = 2
_BROADCAST_REACH = 50


@cache
def _broadcast_verb_at_end() -> regex.Pattern[str]:
    """A form of a verb of ``broadcast_verb_stems``, then at most ``_BROADCAST_GAP_WORDS``
    lower-case words, none of ``title_prepositions``, ending a string."""
    g = grammar()
    preps = trie_alternation(g.title_prepositions) if g.title_prepositions else "(?!)"
    return regex.compile(rf"(?<![\p{{L}}'’])(?i:{trie_alternation(g.broadcast_verb_stems)})\p{{L}}*+"
                         rf"(?:[ \u00a0\u202f]++(?!(?i:{preps})(?![\p{{L}}'’]))\p{{Ll}}[\p{{L}}-]*+){{0,{_BROADCAST_GAP_WORDS}}}[ \u00a0\u202f]*+$")


def _broadcast_verb_before(before_stripped: str) -> bool:
    """``a rediffusé dimanche soir``: whether a form of a verb of showing (``broadcast_verb_stems``)
    ends the text before the marks, maybe past a couple of lower-case words of time."""
    lo = len(before_stripped) - _BROADCAST_REACH if len(before_stripped) > _BROADCAST_REACH else 0
    tail = before_stripped[lo:].lower()
    if not any(stem in tail for stem in grammar().broadcast_verb_stems):
        return False
    m = _broadcast_verb_at_end().search(before_stripped, lo)
    # "ce projet est « Absurde »": a verb after the noun the stem opens makes it no verb of showing.
    return m is not None and not any(w.lower() in verb_words() for w in m.group().split()[1:])


def _names_a_work(inner: str, words: Callable[[], list[str]], *, speaking: bool = False) -> bool:
    """A capitalised phrase of a few words, no punctuation, no word of the first or second
    person nor a negation (unless ``speaking``: the caller weighs those itself): in the writer's
    sentence, what French sets in marks this way is a work's title (*« Anatomie d'une chute »*,
    *« Veiller sur elle »*), not someone speaking; never words shouted in capitals (:func:`_shouted`)."""
    opening = inner.lstrip(" \u00a0\u202f\u2009")
    return (bool(_TITLE_WORD.match(opening)) and not _shouted(inner)
            and 0 < len(words()) <= _TITLE_MAX_WORDS
            and _CLAUSE_PUNCT.search(inner) is None
            and (speaking or not _speaks(inner, words()))
            # "la victoire des « Chiliens qui aiment leur pays »": a people named (a plural noun of
            # nationality, capitalised as French writes it) and words about them, no title.
            and not (len(words()) > 1 and people_noun(words()[0]))
            # "le déploiement de « 2 000 agents supplémentaires »": a figure grouped in thousands
            # is a quantity someone gave, no title (the cheap test first: a digit opens the words).
            and not (opening[:1].isdigit() and (_GROUPED_FIGURE.match(opening) is not None
                                                or _figure_with_unit(opening))))


def _figure_with_unit(opening: str) -> bool:
    """``80 millions de consommateurs``: a figure, then a word of magnitude (``figure_units``)."""
    m = _FIGURE_THEN_WORD.match(opening)
    return m is not None and m.group(1).casefold() in _figure_units()


@cache
def _figure_units() -> frozenset[str]:
    return frozenset(w.casefold() for w in grammar().figure_units)


# A figure (maybe with a decimal part), then the word after it.
_FIGURE_THEN_WORD = regex.compile(r"\d++(?:[.,]\d++)?+[ \u00a0\u202f]++(\p{L}++)")


# Words in marks that are a bare number: digits, maybe grouped or with a decimal point, no letter nor sign.
_BARE_NUMBER = regex.compile(r"[ \u00a0\u202f]*+\d++(?:[ \u00a0\u202f.,]\d++)*+[ \u00a0\u202f]*+")


@cache
def _number_determiners() -> frozenset[str]:
    """Determiners and contracted prepositions of ``names.json`` (``le``, ``au``), folded."""
    raw = lexicon.read_json("names.json")
    return frozenset(fold(w) for w in (*raw["determiners"], *raw.get("contracted_prepositions", ())))


def _number_after_determiner(inner: str, before: str) -> bool:
    """A bare number in marks right after a determiner (*appeler le « 15 »*, *composer le « 3919 »*):
    the name of a phone line or a code, nobody's words; a number a verb governs (*a répondu
    « 15 »*) is left to the cues."""
    if _BARE_NUMBER.fullmatch(inner) is None:
        return False
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    return fold(last.replace("\u2019", "'")) in _number_determiners()


# A figure grouped in thousands by a space (« 2 000 », « 15 000 »), opening words in marks.
_GROUPED_FIGURE = regex.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})++(?!\d)")


# Most words of a body's name set in marks mid-sentence (« Comité national pour le salut du peuple »).
_BODY_NAME_MAX_WORDS = 8


@cache
def _body_nouns() -> frozenset[str]:
    """Head nouns of bodies (``body_nouns`` of ``names.json``), folded."""
    return frozenset(fold(w) for w in lexicon.read_json("names.json")["body_nouns"])


def _names_a_body(inner: str, words: Callable[[], list[str]]) -> bool:
    """Mid-sentence, a capitalised head noun of a body and a few more words, no punctuation, no
    word of the first or second person: a body's name set in marks (*au sein d'un « Comité
    national pour le salut du peuple »*, *le « Groupe des sept »*), not someone speaking."""
    w = words()
    return (bool(w) and w[0][:1].isupper() and fold(w[0]) in _body_nouns() and len(w) <= _BODY_NAME_MAX_WORDS
            and _CLAUSE_PUNCT.search(inner) is None and not _speaks(inner, w))


# The closing marks a sentence may end with.
_CLOSERS = "»”\""


def _ends_with_quote(s: str, inner: str) -> bool:
    """Whether ``s`` ends with a closed quotation that ends a sentence of its own, so that the one
    after opens another; not a lower-case fragment right after one closed with no stop (« ses
    « frères » « sur le terrain comme à la table » »: the writer's sentence goes on)."""
    if not (s and s[-1] in _CLOSERS and len(s) >= 2 and s[-2] in ".!?…  \u00a0\u202f"):
        return False
    return s[:-1].rstrip()[-1:] in _STOPS or not inner[:1].islower()


_STOPS = frozenset(".!?…")


def _capitalised_words(words: list[str]) -> int:
    """How many of the words are capitalised."""
    return sum(1 for w in words if _TITLE_WORD.match(w))


# A lower-case letter; a word of two capitals at least (``FAKE``).
_LOWER = regex.compile(r"\p{Ll}")
_CAPITALS_WORD = regex.compile(r"\p{Lu}{2,}+")


def _shouted(inner: str) -> bool:
    """Words in capitals only, two of them at least (a tweet's *« FAKE NEWS ! »*, *« TRÈS
    MALHONNÊTE »*): speech typed loud, never a title, which French capitalises by its first
    word (one word in capitals is an acronym: « CNN »)."""
    return _LOWER.search(inner) is None and len(_CAPITALS_WORD.findall(inner)) >= 2


def _is_state_name_case(inner: str) -> bool:
    """A state's or a body's name as French writes it: every long word capitalised but the
    nationality adjectives (``countries.json``), in lower case after the capitalised head
    (« République turque de Chypre du Nord »; not « République populaire de Chine »: ``populaire``
    is no nationality). Read as :func:`_is_title_case` reads, up to its seventh word."""
    if _shouted(inner):
        return False
    registry = Registry.default()
    adjective = False
    for n, m in enumerate(_WORD.finditer(inner)):
        if n == 6:
            return False
        word = m.group()
        if len(word) > 3 and not _TITLE_WORD.match(word):
            if n == 0 or registry.country_of_adjective(word) is None:
                return False
            adjective = True
    return adjective


def _is_title_case(inner: str) -> bool:
    """Every word capitalised (a name or a title), short: no more than six words, each longer
    than three letters capitalised, and one at least; never words shouted (:func:`_shouted`).
    The words are read one at a time, up to the first that rules this out (a long quotation's
    first lowercase word, or its seventh)."""
    if _shouted(inner):
        return False
    significant = False
    for n, m in enumerate(_WORD.finditer(inner)):
        if n == 6:
            return False
        word = m.group()
        if len(word) > 3:
            if not _TITLE_WORD.match(word):
                return False
            significant = True
    return significant


# A paragraph ending with a stop inside its closing mark ("… s'arrêter. »").
_FINAL_STOP_IN_MARKS = regex.compile(rf"[.!?…][ \u00a0\u202f]*+[{regex.escape(_CLOSERS)}]$")
# A sentence end inside a paragraph: a stop, then a space and a capital.
_SENTENCE_END = regex.compile(r"[.!?…][ \u00a0]++\p{Lu}")


# Most list items read back from one to the paragraph that introduces the list.
_LIST_ITEMS = 30


def _listed_quote(
    text: str, s: MarkedSpan, para: tuple[int, int], paragraphs: Spans, cues: Sequence[CueLike], cue_starts: list[int]
) -> int | None:
    """A list item that is a quotation alone (a bullet, then marks: ``- « … » ;``) in a list a
    paragraph ending with a colon introduces, a reporting cue in it: that cue's index. A row whose
    marks a colon follows (``- « … » : 16,8 %``) is a label and its value."""
    bullets = typography().list_bullets
    if text[para[0]] not in bullets or text[para[0] + 1 : s.open_start].strip() or s.open_start == para[0]:
        return None
    if text[s.close_end : para[1]].lstrip(_INLINE_SPACES)[:1] == ":":
        # "- « Hanlong Trucks » : 16,8 %": a table's row, a label in marks and its value, no quotation.
        return None
    k = paragraphs.index(para[0]) - 1
    for _ in range(_LIST_ITEMS):
        if k < 0:
            return None
        p_start, p_end = paragraphs.spans[k]
        if text[p_start] in bullets:
            k -= 1
            continue
        if text[p_end - 1] != ":":
            return None
        i = bisect.bisect_left(cue_starts, p_end) - 1
        return i if i >= 0 and cues[i].start >= p_start else None
    return None


def _is_headline(
    text: str, s: MarkedSpan, para: tuple[int, int], cues: Sequence[CueLike], cue_starts: list[int], g: Grammar,
    *, with_cue: bool = False,
) -> bool:
    """A short paragraph without final punctuation or reporting cue (one allowed ``with_cue``):
    a headline or a subhead."""
    p_start, p_end = para
    if p_end - p_start > g.headline_max_chars or s.close_end > p_end + 1:
        return False
    tail = text[p_start:p_end].rstrip()
    # « … patience. »: the space French typography puts before a closing mark hides no stop.
    inner = tail[:-1].rstrip(_INLINE_SPACES) if tail[-1:] in _CLOSERS else ""
    if not tail or tail[-1] in ".!?…" or inner[-1:] in (".", "!", "?", "…"):
        return False
    if _SENTENCE_END.search(text, p_start, s.open_start):
        return False  # a sentence ends before the mark: running text, not a title
    if _FINAL_STOP_IN_MARKS.search(tail) and text[p_start : s.open_start].strip(" \u00a0\u202f\t"):
        return False  # "Sa fille a une autre lecture : « Il n'a jamais su s'arrêter. »": a sentence
    return with_cue or _cue_between(cues, cue_starts, p_start, p_end) is None


def _quoted_later(key: str, after: int, quotes: Iterable[tuple[int, str]], *, whole_words: bool = False) -> bool:
    """Whether a quote opening past ``after`` holds ``key`` (folded), with ``whole_words`` as whole words."""
    if not whole_words:
        return any(start > after and key in body for start, body in quotes)
    whole = regex.compile(rf"(?<!\w){regex.escape(key)}(?!\w)")
    return any(start > after and whole.search(body) is not None for start, body in quotes)


def _named_headline(text: str, s: MarkedSpan, para: tuple[int, int], words: Callable[[], list[str]]) -> bool:
    """``Dominique de Villepin : « La France a perdu sa voix »``: a headline giving a full name,
    a colon and a sentence in marks (a capital, three words at least) quotes that person. A
    quotation of the body said again was dropped as a repeat already: the body's words out of
    marks (« Maria Zakharova a accusé Londres d'avoir voulu cette escalade ») leave the headline
    the only quotation of them."""
    return (text[s.inner_start : s.inner_start + 1].isupper() and len(words()) >= _NAMED_HEADLINE_WORDS
            and (_headline_speaker().fullmatch(text, para[0], s.open_start) is not None
                 or _surname_headline(text, s, para) or _role_headline(text, s, para)))


def _role_headline(text: str, s: MarkedSpan, para: tuple[int, int]) -> bool:
    """``Le président Erdogan : « Nous ne céderons pas »``: a headline giving an article, a role's
    head word in lower case (a form of ``roles.json``) and a name, then a colon, quotes that person
    as a full name does."""
    head = _role_headline_speaker().fullmatch(text, para[0], s.open_start)
    return head is not None and fold(head.group(1)) in role_heads()


@cache
def _role_headline_speaker() -> regex.Pattern[str]:
    """An article of ``names.json``, a lower-case word, one to three capitalised words and a colon."""
    articles = trie_alternation(lexicon.read_json("names.json")["articles"])
    space = _NAME_SPACE
    return regex.compile(
        rf"{space}*+(?i:{articles})(?:(?<=['’])|{space}++)(\p{{Ll}}[\p{{L}}\-]*+){space}++"
        rf"\p{{Lu}}[\p{{L}}\-'’]*+(?:{space}++\p{{Lu}}[\p{{L}}\-'’]*+){{0,2}}{space}*+:{space}*+")


# Most words of a nickname set in marks inside a person's name.
_INNER_NICKNAME_WORDS = 2
_SURNAME_AFTER_MARKS = regex.compile(r"[ \u00a0\u202f]?+\p{Lu}\p{Ll}")


def _nickname_inside_name(text: str, s: MarkedSpan, inner: str, before_stripped: str) -> bool:
    """``Juan Antonio « Tony » Hernández``: a short capitalised word or two in marks right after a
    known first name and right before a capitalised word (the surname) are the person's nickname,
    set inside the name the way the press writes it, nobody's words."""
    words = inner.split()
    if not words or len(words) > _INNER_NICKNAME_WORDS or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if _SURNAME_AFTER_MARKS.match(text, s.close_end) is None:
        return False
    last = before_stripped.rsplit(None, 1)[-1] if before_stripped.strip() else ""
    # Imported here: the mentions stage imports this module.
    from quotetrack.mentions import first_names

    return last in first_names()


def _surname_headline(text: str, s: MarkedSpan, para: tuple[int, int]) -> bool:
    """``Zakharova : « Londres a voulu cette escalade »``: a headline giving one capitalised word
    before the colon, which the body gives as a person's surname (after a known first name or a
    title, a middle name between: ``Maria Zakharova``, ``Recep Tayyip Erdogan``, ``Mme May``)."""
    head = _HEADLINE_SURNAME.fullmatch(text, para[0], s.open_start)
    if head is None:
        return False
    # Imported here: the mentions stage imports this module.
    from quotetrack.mentions import first_names

    known = first_names()
    titles = frozenset(lexicon.read_json("names.json")["titles"])
    surname = regex.compile(rf"(?<![\p{{L}}\-]){regex.escape(head.group(1))}(?![\p{{L}}\-])")
    for found in surname.finditer(text, s.close_end, min(len(text), s.close_end + _TITLE_BODY)):
        before = text[max(0, found.start() - _SURNAME_REACH) : found.start()].split()[-_SURNAME_WORDS:]
        for word in reversed(before):
            if word in known or word in titles:
                return True
            if not word[:1].isupper():
                break
    return False


def _subject_headline(text: str, s: MarkedSpan, para: tuple[int, int], inner: str, words: Callable[[], list[str]]) -> bool:
    """``L'Élysée « suit la situation de près »``: a title (or a live page's entry title) made of a
    capitalised name, maybe after an article, then lower-case words in marks to its end (three words
    at least, opening with no determiner nor preposition: « dans la tourmente » is the writer's): the name's
    predicate, in its words."""
    return (inner[:1].islower() and not text[s.close_end : para[1]].strip() and len(words()) >= _NAMED_HEADLINE_WORDS
            and _headline_subject().fullmatch(text, para[0], s.open_start) is not None
            # "La « diplomatie du bain de foule »": an article alone is no subject, the marks a noun phrase.
            and text[para[0] : s.open_start].strip(_SPACES).casefold() not in _determiner_words()
            and not _opens_with_determiner(inner, grammar()) and words()[0].casefold() not in _name_prepositions())


@cache
def _name_prepositions() -> frozenset[str]:
    """The ``prepositions`` of ``names.json``, case-folded."""
    return frozenset(w.casefold() for w in lexicon.read_json("names.json")["prepositions"])


@cache
def _headline_subject() -> regex.Pattern[str]:
    """A title's subject before its marks: an article of ``names.json`` maybe, one to three capitalised words."""
    articles = trie_alternation([a for a in lexicon.read_json("names.json")["articles"]])
    space = _NAME_SPACE
    return regex.compile(
        rf"{space}*+(?i:(?:{articles})(?:(?<=['’])|{space}++))?\p{{Lu}}[\p{{L}}\-]*+(?:{space}++\p{{Lu}}[\p{{L}}\-]*+){{0,2}}{space}*+")


# One capitalised word (hyphens inside) and a colon opening a headline.
_HEADLINE_SURNAME = regex.compile(r"[ \u00a0\u202f]*+(\p{Lu}[\p{L}\-]*+)[ \u00a0\u202f]*+:[ \u00a0\u202f]*+")
# How far before a surname its first names are read: characters, then words.
_SURNAME_REACH = 60
_SURNAME_WORDS = 3


def _quote_then_colon_headline(text: str, s: MarkedSpan, para: tuple[int, int], words: Callable[[], list[str]]) -> bool:
    """``« Nous ne céderons pas » : face aux syndicats, la ministre reste inflexible``: a
    headline opening with a sentence in marks (a capital, three words at least), then a colon
    and the words that say whose it is."""
    if text[para[0] : s.open_start].strip() or not text[s.inner_start : s.inner_start + 1].isupper():
        return False
    after = text[s.close_end : para[1]]
    colon = after.lstrip(_INLINE_SPACES)
    return (colon.startswith(":") and len(colon[1:].split()) >= 2 and len(words()) >= _NAMED_HEADLINE_WORDS
            and _speaks(text[s.inner_start : s.inner_end], words()))


def _speaks(inner: str, words: list[str]) -> bool:
    """Whether words in marks read as someone speaking, not as a title (« Anatomie d'une
    chute »): they hold a word of the first or second person or a negation."""
    # Imported here: the interview stage imports this module.
    from quotetrack.interview import person_words

    asks, tells = person_words()
    negations = grammar().negation_words
    return bool(asks.search(inner) or tells.search(inner) or any(w.lower() in negations for w in words))


_NAME_SPACE = r"[ \u00a0\u202f]"


def _full_name() -> str:
    """Pattern source of a full name: two capitalised words at least, particles between."""
    particles = trie_alternation(lexicon.read_json("names.json")["name_particles"])
    token = r"\p{Lu}[\p{L}\-'’]*+"
    return rf"{token}(?:{_NAME_SPACE}++(?:(?:{particles})(?:(?<=['’])|{_NAME_SPACE}++))*+{token}){{1,3}}"


@cache
def _headline_speaker() -> regex.Pattern[str]:
    """A full name (two capitalised words at least, particles between) and a colon."""
    raw = lexicon.read_json("names.json")
    # Not a place: "À Saint-Lazare : « … »" opens with a preposition.
    preposition = trie_alternation([*raw["prepositions"], *raw.get("sentence_prepositions", ())])
    space = _NAME_SPACE
    return regex.compile(rf"{space}*+(?!(?i:{preposition}){space}){_full_name()}{space}*+:{space}*+")


@cache
def _name_apposition() -> regex.Pattern[str]:
    """``, Antonio Guterres.``: a comma, a full name and the sentence's end, the apposition
    that names the speaker of an incise (``a tweeté le secrétaire général, Antonio Guterres.``)."""
    space = _NAME_SPACE
    return regex.compile(rf",{space}*+{_full_name()}{space}*+[.!?…]*+\s*+")


# A colon right after closing marks (a space maybe between, as French typography puts one).
_COLON_NEXT = regex.compile(r"[ \u00a0\u202f]*+:")
_COLON_NEXT_REACH = 4
# Fewest words of a headline's quotation after a name and a colon.
_NAMED_HEADLINE_WORDS = 3


def _subject_with_aside(text: str, before: str, close_end: int, cue: CueLike) -> bool:
    """``Le « parti de Dieu », allié de l'Iran, assure…``: marks right after a determiner that
    opens the sentence, then an aside set off by commas and a finite cue: the quoted words are
    that verb's subject, a name the writer sets in marks."""
    if cue.form != "finite" or cue.start < close_end:
        return False
    word = _WORD_BEFORE.fullmatch(before.strip())
    if word is None or word.group(1).lower().replace("’", "'") not in grammar().object_determiners:
        return False
    return _ASIDE_GAP.fullmatch(text, close_end, cue.start) is not None


# A comma, words with no punctuation or marks, a comma: an aside between a subject and its verb.
_ASIDE_GAP = regex.compile(r"[ \u00a0\u202f]*+,[^,;:.!?«»\"“”\n]++,[ \u00a0\u202f]*+")


# Most characters between a closing mark and a cue a relative pronoun alone may fill.
_RELATIVE_GAP = 8
# Most characters of an aside set off by commas between that pronoun and its verb.
_RELATIVE_ASIDE = 60


def relative_subject(text: str, open_start: int, close_end: int, cue_start: int) -> bool:
    """``un « 0,3 % » qui rassure``: marks after a determiner (or a fused article,
    ``relative_antecedent_contractions``: aux « provocateurs » qui accusent), then a relative
    subject pronoun (``subject_relatives``) alone before the cue, or with a short aside set off
    by two commas (« … » qui, sur les réseaux sociaux, accusent): the quoted words are the cue's
    subject, whatever noun follows the cue (its object)."""
    if cue_start - close_end > _RELATIVE_GAP + _RELATIVE_ASIDE:
        return False
    gap = text[close_end:cue_start].strip(_INLINE_SPACES)
    pronoun, comma, aside = gap.partition(",")
    if pronoun.rstrip(_INLINE_SPACES).lower() not in grammar().subject_relatives:
        return False
    if comma and (not aside.endswith(",") or "," in aside[:-1] or len(aside) > _RELATIVE_ASIDE):
        return False
    if not comma and cue_start - close_end > _RELATIVE_GAP:
        return False
    if subject_in_marks(text, open_start, close_end, close_end):
        return True
    word = _WORD_BEFORE.search(text, max(0, open_start - _DETERMINER_REACH), open_start)
    return word is not None and word.group(1).lower() in grammar().relative_antecedent_contractions


def subject_in_marks(text: str, open_start: int, close_end: int, cue_start: int) -> bool:
    """``Les « dialogues stériles » menacent la stabilité``: marks after a determiner, then a verb
    with no comma between: the quoted words are that verb's subject, no incise follows them."""
    if "," in text[close_end:cue_start]:
        return False
    word = _WORD_BEFORE.search(text, max(0, open_start - _DETERMINER_REACH), open_start)
    if word is None:
        return False
    last = word.group(1).lower().replace("’", "'")
    if last in grammar().object_determiners:
        return True
    # "un premier « Je vous salue Marie » s'est élevé": one lower-case adjective (no verb's form)
    # between the determiner and the marks.
    if not word.group(1)[:1].islower() or last in verb_words():
        return False
    det = _WORD_BEFORE.search(text, max(0, word.start(1) - _DETERMINER_REACH), word.start(1))
    return det is not None and det.group(1).lower().replace("’", "'") in grammar().object_determiners


def _que_subject_in_marks(text: str, open_start: int, close_end: int, cue_start: int) -> bool:
    """``affirmant que « 20.000 bandits » avaient attaqué la ville``: marks right after a
    complementizer, then a verb with no comma between: the quoted words are the subject of the
    que-clause's own verb, no incise follows them."""
    if "," in text[close_end:cue_start]:
        return False
    word = _WORD_BEFORE.search(text, max(0, open_start - _DETERMINER_REACH), open_start)
    return word is not None and word.group(1).lower().replace("’", "'") in grammar().complementizers


def _cue_right_after(text: str, pos: int, cues: Sequence[CueLike], cue_starts: list[int]) -> int | None:
    """A postposed incise: ``», a déclaré``, ``» lançait``, ``», a-t-il ajouté``, ``», selon…``."""
    i = bisect.bisect_left(cue_starts, pos)
    if i >= len(cues):
        return None
    cue = cues[i]
    if cue.form not in _INCISE_FORMS or cue.start - pos > _INCISE_GAP:
        return None
    gap = text[pos : cue.start]
    if _GAP_STOP.search(gap):
        # « … »,⏎ explique X: the incise opening the next paragraph, in lower case, still glosses
        # the quotation the paragraph before ends with (print layout breaking the line there).
        return i if _NEXT_LINE_INCISE.fullmatch(gap) and text[cue.start].islower() else None
    # A comma (or nothing) then at most a short adverbial: « … », a ensuite déclaré / « … » lançait.
    words = _WORD.findall(gap)
    if words and not gap.lstrip(_INLINE_SPACES).startswith(",") or len(words) > 3:
        return None
    if len(words) == 1 and words[0].lower() in grammar().subject_relatives:
        return None  # "un projet « ruineux », qui prévoit la rénovation…": a relative's verb, its object no subject
    if cue.form == "finite" and _object_relative_gap().match(text, pos, cue.start) is not None:
        return None  # "la « République turque de Chypre du Nord », que seule Ankara reconnaît": a relative on the marks
    if len(words) >= 2 and cue.form == "finite" and words[0].lower() in grammar().verb_coordinators:
        return None  # "X s'est dit « déçu », et Y a appelé …": a coordinated clause with its own subject, no incise
    if cue.form == "finite" and _conjunction_gap().match(text, pos, cue.start) is not None:
        return None  # "X évoque « la pire crise », quand Paris avait rappelé …": a subordinate clause, no incise
    if cue.form == "finite" and generic_subject_before(text, cue.start):
        return None  # "Dans la « Perle de l'Orient », beaucoup n'y croient pas": a generic subject, no incise
    if "," not in gap and text[cue.start].isupper():
        return None  # "« … » Pour l'ancien ambassadeur, « … »": a capital with no comma opens the next sentence
    if disputes_quote(text, pos, cue):
        return None
    return None if reports_another_quote(text, pos, cue) else i


@cache
def _object_relative_gap() -> regex.Pattern[str]:
    """A comma and one of ``object_relatives`` (``que``, elided ``qu'``) opening the gap before a cue."""
    return regex.compile(rf"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+(?i:{alternation(grammar().object_relatives) or '(?!)'})(?:(?<=['’])|(?!\w))")


@cache
def _conjunction_gap() -> regex.Pattern[str]:
    """A comma and a conjunction of ``clause_conjunctions`` (``quand``, ``alors que``, elided too:
    ``lorsqu'``) opening the gap before a cue: a clause with a subject of its own."""
    return regex.compile(rf"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+(?i:{clause_conjunction_alternation()})(?:(?<=['’])|(?!\w))")


@cache
def clause_conjunction_alternation() -> str:
    """The ``clause_conjunctions`` and, of those ending in *que*, their elided forms before a vowel
    (``tandis qu'``, ``lorsqu'``), as one alternation."""
    conj = grammar().clause_conjunctions
    return alternation([*conj, *(w[:-1] + "'" for w in conj if w.endswith("que"))])


@cache
def _disputing_relative() -> regex.Pattern[str]:
    """A comma and a relative of ``disputing_relatives`` opening the gap before a cue."""
    return regex.compile(rf"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+(?i:{alternation(grammar().disputing_relatives) or '(?!)'})(?:(?<=['’])|(?!\w))")


def disputes_quote(text: str, pos: int, cue: CueLike) -> bool:
    """``« Nobel de la haine », ce qu'elle balaie``: a cue of denial after a closing mark at
    ``pos``, a comma and a relative of ``disputing_relatives``: its subject disputes the words."""
    return getattr(cue, "stance", None) == "denial" and _disputing_relative().match(text, pos, cue.start) is not None


def _speech_noun_near(text: str, s: MarkedSpan, start: int, end: int, pats: _Patterns) -> bool:
    """Whether a noun of speech stands between ``start`` and ``end`` that does not open other
    marks of its own: ``le slogan « America First »`` names those words only, and says nothing of
    a scare quote further in the sentence (``le « pays ami » une catégorie commerciale``)."""
    for m in pats.speech_noun.finditer(text, start, end):
        if m.start() >= s.close_end and _label_apposition(text, s.close_end, m):
            continue
        gap = text[m.end() : m.end() + _OWN_QUOTE_GAP]
        after = m.end() + len(gap) - len(gap.lstrip(_INLINE_SPACES))
        if _apposed_to_label(text, after, s.open_start, m):
            continue
        if after == s.open_start or text[after : after + 1] not in _speech_noun_openers():
            return True
    return False


@cache
def _label_apposition_before() -> regex.Pattern[str]:
    """A comma right after closing marks, then maybe a determiner, ending the text searched."""
    g = grammar()
    dets = trie_alternation([*g.object_determiners, "l’"])
    return regex.compile(rf"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+(?:(?i:{dets})(?:(?<=['’])|[ \u00a0\u202f]++))?")


def _label_apposition(text: str, close_end: int, m: regex.Match[str]) -> bool:
    """Whether the noun of speech ``m`` is one of ``label_apposition_nouns`` opening an apposition
    right after the marks closing at ``close_end`` (« … », le slogan de son parti): it names the
    words in marks as a label, no report of them."""
    nouns = grammar().label_apposition_nouns
    return (m.start() - close_end <= _OWN_QUOTE_GAP + 12 and m.group().lower() in nouns
            and _label_apposition_before().fullmatch(text, close_end, m.start()) is not None)


def _apposed_to_label(text: str, after: int, open_start: int, m: regex.Match[str]) -> bool:
    """Whether the noun of speech ``m`` is one of ``label_apposition_nouns`` that a comma at
    ``after`` sets right before the marks opening at ``open_start`` (Son mot d'ordre, « … », n'a
    pas changé): the marks stand in apposition to the noun, the label's wording, nobody's words
    reported; the mirror of ``_label_apposition`` (« … », le slogan de son parti)."""
    return (text[after : after + 1] == "," and m.group().lower().replace("’", "'") in _label_apposition_nouns()
            and not text[after + 1 : open_start].strip(_INLINE_SPACES))


@cache
def _label_apposition_nouns() -> frozenset[str]:
    """``label_apposition_nouns``, apostrophes folded to ``'``."""
    return frozenset(w.lower().replace("’", "'") for w in grammar().label_apposition_nouns)


@cache
def _speech_noun_openers() -> frozenset[str]:
    """The opening quotation marks but the apostrophes, which also elide (``l'``)."""
    return frozenset(opening_marks() - {"'", "\u2019"})


def reports_another_quote(text: str, pos: int, cue: CueLike) -> bool:
    """``« … », la CFDT dénonce « … »``: the cue after a closing mark at ``pos`` has its subject
    before it (a name, or a determiner and a name) and a quotation of its own right after it:
    a clause of its own, no incise of the first quotation."""
    if text[cue.end : cue.end + _OWN_QUOTE_GAP].lstrip(_INLINE_SPACES)[:1] not in opening_marks():
        return False
    words = _WORD.findall(text, pos, cue.start)
    if not words:
        return False
    first = words[0]
    if first[:1].isupper():
        return True
    return len(words) > 1 and words[1][:1].isupper() and first.lower() in grammar().object_determiners


def _one_word_shouted(cue: CueLike, words: Callable[[], list[str]]) -> bool:
    """One word a verb of shouting governs: a slogan (« Independència ! »), a whole utterance."""
    return len(words()) == 1 and crying_verb(cue.lemma)


def _sung_title(cue: CueLike, names_something: Callable[[], bool]) -> bool:
    """A title a verb of singing governs (« La Marseillaise »), no quotation of the singers; any
    words a verb of striking up governs (a entonné « Que je t'aime »), a song's title too."""
    return singing_verb(cue.lemma) and (striking_up_verb(cue.lemma) or names_something())


@cache
def _colon_then_opening_mark() -> re.Pattern[str]:
    opening = re.escape("".join(sorted(opening_marks() - {"'", "\u2019"})))
    return re.compile(rf"[ \u00a0\u202f]*+:[ \u00a0\u202f]*+[{opening}]")


def _colon_then_quotation(text: str, pos: int) -> bool:
    """Whether a colon then an opening quotation mark follow ``pos`` (spaces maybe between)."""
    return _colon_then_opening_mark().match(text, pos) is not None


def _cue_then_indefinite(text: str, start: int, before: str, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """``a évoqué un « plan B »``: a finite reporting verb, then an indefinite determiner alone
    (``indefinite_determiners`` of ``names.json``) ending ``before`` (the stripped words before
    the opening mark, from ``start``): the marks
    hold the noun the verb governs, the speaker's own words even when the press uses them as a
    label (the definite article, ``les « gilets jaunes »``, names a thing already known)."""
    m = _LAST_WORD.search(before)
    if m is None or m.group().casefold() not in indefinite_determiners():
        return False
    pos = start + m.start()
    if _cue_right_before(text, pos, cues, cue_starts) is not None:
        return True
    # "confirme sur la chaîne NTV une « tentative »": a complement of the verb's (a channel, a
    # time) may stand between the verb and its object, no punctuation nor clause of its own.
    i = bisect.bisect_left(cue_starts, pos) - 1
    if i < 0 or cues[i].form not in ("finite", "inverted") or pos - cues[i].end > _CUE_OBJECT_GAP:
        return False
    gap = text[cues[i].end : pos]
    # "se demandent si X trouvera un « … »": a complementizer, a relative or the si of an indirect
    # question (``hypothetical_subordinators``) in the gap opens a clause of its own, whose verb
    # governs the indefinite object, not the cue.
    words = {w.casefold() for w in _LETTERS.findall(gap)}
    return (_GAP_STOP.search(gap) is None and _complementizer_words().isdisjoint(words)
            and words.isdisjoint(grammar().relative_cues) and words.isdisjoint(grammar().hypothetical_subordinators))


# Most characters of a complement between a reporting verb and the indefinite object it governs.
_CUE_OBJECT_GAP = 50
# The last word of the words before an opening mark, spaces stripped.
_LAST_WORD = regex.compile(r"(?<!\w)\w++$")


@cache
def indefinite_determiners() -> frozenset[str]:
    """``indefinite_determiners`` of ``names.json`` (``un``, ``une``), casefolded."""
    return frozenset(w.casefold() for w in names_data()["indefinite_determiners"])


# Characters read back from a negated cue for the negative subject right before it.
_NOBODY_REACH = 12


# Most characters from a question aside's start to the marks inside it.
_QUESTION_ASIDE_REACH = 200
# Spaces and the word after a comma.
_FIRST_WORD = regex.compile(r"[ \u00a0\u202f]*+([\p{L}'’\-]++)")


@cache
def _question_aside() -> regex.Pattern[str]:
    """Spaces, then one of ``question_asides`` (``interrogé sur``) as whole words."""
    asides = grammar().question_asides
    if not asides:
        return regex.compile(r"(?!)")
    return regex.compile(rf"[ \u00a0\u202f]*+(?i:{alternation(asides)})(?:(?<=['’])|(?!\w))")


def _in_question_aside(text: str, sent_start: int, s: MarkedSpan, cues: Sequence[CueLike], cue_starts: list[int], g: Grammar) -> bool:
    """Whether the marks ``s`` stand inside an aside opening their sentence with one of
    ``question_asides`` (``Interrogé sur la perte de la ville, annexée après les « référendums »
    de septembre, X a répondu``), within reach: no finite or inverted cue between the aside's
    opening and the marks, and a comma between the closing mark and the sentence's next finite
    or inverted cue (the main clause, whose subject answers, after the aside)."""
    if not g.question_asides or s.open_start - sent_start > _QUESTION_ASIDE_REACH:
        return False
    aside = _question_aside().match(text, sent_start, s.open_start)
    if aside is None:
        return False
    k = bisect.bisect_left(cue_starts, aside.end())
    while k < len(cues) and cues[k].start < s.open_start:
        if cues[k].form in ("finite", "inverted"):
            return False  # "Interrogé sur X, le ministre a dénoncé une « manœuvre »": the answer
        k += 1
    comma = text.find(",", aside.end(), s.open_start)
    while comma >= 0:
        # "…, annexée après les « … »", "…, qui …": an apposition or a relative on the topic goes on
        # with the aside; any other word after a comma opens the main clause ("…, il a renvoyé à « … »").
        word = _FIRST_WORD.match(text, comma + 1, s.open_start)
        w = word.group(1) if word is not None else ""
        if not (w.islower() and (w.endswith(telling_participle_endings()) or w in g.subject_relatives)):
            return False
        comma = text.find(",", comma + 1, s.open_start)
    k = bisect.bisect_left(cue_starts, s.close_end)
    while k < len(cues) and cues[k].form not in ("finite", "inverted") and cues[k].start < s.close_end + _QUESTION_ASIDE_REACH:
        k += 1  # "… des « économies » promises par Bercy, le maire a assuré": a participle of the aside
    nxt = cues[k].start if k < len(cues) else min(len(text), s.close_end + _QUESTION_ASIDE_REACH)
    return "," in text[s.close_end : nxt]


def _said_by_nobody(text: str, pos: int, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """Whether a negated cue ends right before the opening mark at ``pos``, maybe one of
    ``complement_prepositions`` between (``ne parle de``), its subject one of ``negative_subjects``
    right before it (``personne ne parle de « … »``, ``Personne n'a parlé de « … »``)."""
    i = bisect.bisect_left(cue_starts, pos) - 1
    if i < 0 or not getattr(cues[i], "negated", False) or pos - cues[i].end > _NOBODY_REACH:
        return False
    g = grammar()
    gap = text[cues[i].end : pos].strip(_INLINE_SPACES).replace("’", "'")
    if gap and gap not in g.complement_prepositions:
        return False
    before = text[max(0, cues[i].start - _NOBODY_REACH) : cues[i].start].split()
    return bool(before) and before[-1].casefold() in g.negative_subjects


def _cue_right_before(text: str, pos: int, cues: Sequence[CueLike], cue_starts: list[int],
                      forms: Iterable[str] = ("finite", "inverted")) -> int | None:
    """A finite reporting verb (a cue of ``forms``) ending right before the opening mark (only
    spaces between)."""
    i = bisect.bisect_left(cue_starts, pos) - 1
    if i < 0 or cues[i].form not in forms or pos - cues[i].end > 3:
        return None
    return i if not text[cues[i].end : pos].strip() else None


def _fronted_incise(text: str, sent_start: int, pos: int, cues: Sequence[CueLike], cue_starts: list[int]) -> int | None:
    """The index of an inverted cue (``nuance-t-elle``) ending a comma before the opening mark at
    ``pos``, with only a connector and its comma (``Mais,``) or nothing before it in its sentence."""
    i = bisect.bisect_left(cue_starts, pos) - 1
    if i < 0 or cues[i].form != "inverted" or cues[i].start < sent_start or pos - cues[i].end > 3:
        return None
    if text[cues[i].end : pos].strip(_INLINE_SPACES) != ",":
        return None
    lead = text[sent_start : cues[i].start].strip(_SPACES)
    return i if not lead or lead.endswith(",") and is_connector(lead[:-1].rstrip()) else None


def _cue_before_elision(text: str, pos: int, cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """A finite reporting verb, then one elided word (``s'est dite d'« … »``) or a contracted
    article of the ``so_called`` links (``s'est dite du « même avis »``, ``s'est dit de la « … »``)
    right before the opening mark: the verb reports, as ``s'est dite « … »`` does; ``la politique
    dite d'« … »`` has none."""
    i = bisect.bisect_left(cue_starts, pos) - 1
    # The longest link of ``so_called`` with a space on either side (`` de la ``) is the reach.
    if i < 0 or cues[i].form not in ("finite", "inverted") or pos - cues[i].end > _so_called_reach():
        return False
    between = text[cues[i].end : pos].strip(_INLINE_SPACES)
    # A compound form only (``s'est dite``): a lone ``dit`` may be the adjective itself (``le modèle dit d'« … »``).
    return ((0 < len(between) <= 2 and between[-1] in "'’" or between.lower() in _so_called_links())
            and any(c in _INLINE_SPACES + "'’" for c in text[cues[i].start : cues[i].end]))


@cache
def _so_called_reach() -> int:
    """The most characters between a reporting verb and the mark a ``so_called`` link fills."""
    return max(map(len, _so_called_links()), default=0) + 2


@cache
def _so_called_links() -> frozenset[str]:
    """The words after a ``so_called_governed`` form in ``so_called`` (``detection.json``: dit de,
    dit du, dit de la…): the link between *dire* and the marks."""
    g = grammar()
    heads = {f.lower() + " " for f in g.so_called_governed}
    return frozenset(w[len(h):].lower() for w in g.so_called for h in heads if w.lower().startswith(h))


def _shouting_gerund_before(text: str, pos: int, cues: Sequence[CueLike], cue_starts: list[int]) -> int | None:
    """A gerund or an infinitive of a verb of shouting ending right before the opening mark
    (``en scandant « … »``, ``se levaient pour scander « … »``)."""
    i = bisect.bisect_left(cue_starts, pos) - 1
    if i < 0 or cues[i].form not in ("gerund", "infinitive") or pos - cues[i].end > 3 or not crying_verb(cues[i].lemma):
        return None
    return i if not text[cues[i].end : pos].strip() else None


def _cue_in_another_clause(text: str, sent_start: int, s: MarkedSpan, cue: CueLike) -> bool:
    """Whether a cue after the marks ``s`` stands in another clause than they do, past a colon or a
    semicolon (``la « refondation » attendra : le ministre a reconnu que…``), or in a relative clause
    on a noun set in apposition after a comma (``le « bouclier », une usine à gaz dont plus personne ne
    se souvient``: ``apposition_relatives``, the comma right after the closing mark). A postposed incise
    (``…, a martelé X``, ``a-t-il dit``) reports the whole sentence before it: never another clause."""
    between = text[s.close_end : cue.start]
    if (":" not in between and ";" not in between and not (_relative_after_complement(between) and _apposition_relative(between))
            and not _place_relative_after(between)):
        return False
    return not (cue.form == "inverted" or text[max(sent_start, cue.start - 3) : cue.start].rstrip().endswith(","))


def _place_relative_after(between: str) -> bool:
    """Whether ``between`` (the words from a closing mark to a cue) holds, within a short complement
    of the marked noun (no mark nor stop in it), a comma then a relative of place or time
    (``place_relatives`` of ``names.json``: ``la « zone rouge » du dépôt, où Prague accuse …``):
    its clause tells of the place or the moment, never of the words in marks, whatever its verb
    reports."""
    comma = between.find(",", 0, _RELATIVE_COMPLEMENT_REACH)
    if comma < 0 or not _COMPLEMENT_BREAKS.isdisjoint(between[:comma]):
        return False
    first = _ELIDED_WORD.search(between, comma + 1)
    return first is not None and not between[comma + 1 : first.start()].strip(_SPACES) and first.group().lower() in _place_relatives()


@cache
def _place_relatives() -> frozenset[str]:
    """The one-word relatives of place of ``names.json`` (``où``), lower case."""
    return frozenset(w.lower() for w in names_data()["place_relatives"] if " " not in w and w[-1:].isalpha())


def _relative_after_complement(between: str) -> bool:
    """Whether ``between`` (the words from a closing mark to a cue) holds a comma, right after the
    mark or past a short participle phrase describing the marked noun, no mark nor stop in it (``le
    « mécanisme » adopté en juin, dans lequel …``): where a relative set off after it may open. Not
    past a prepositional complement (``une « libération » du pays, un mot que …``): the relative may
    be on the whole phrase, marks and all."""
    comma = between.find(",", 0, _RELATIVE_COMPLEMENT_REACH)
    if comma < 0:
        return False
    complement = between[:comma]
    if not complement.strip(_SPACES):
        return True
    first = _ELIDED_WORD.search(complement)
    return (first is not None and _COMPLEMENT_BREAKS.isdisjoint(complement)
            and first.group().lower() not in _prepositions() and first.group()[:1].islower())


# Most characters of a marked noun's complement before the comma of a relative set off after it.
_RELATIVE_COMPLEMENT_REACH = 64
# What no such complement holds: marks, stops, brackets.
_COMPLEMENT_BREAKS = frozenset("«»\"“”.!?;:()")
# Most words of the subject a relative set off by commas follows (« Bakou, dont… »).
_RELATIVE_SUBJECT_WORDS = 6
# Most characters read after a main verb for a comma (see _inside_subject_relative).
_MAIN_VERB_REACH = 240
_VERB_RUN_STOP = regex.compile(r"[.!?\n]")


@cache
def _identity_copula(*, bare: bool = False) -> regex.Pattern[str]:
    """A personal subject pronoun opening the text and an identity copula with one adverb of
    ``identity_adverbs`` in or after it (none when ``bare``), ending the text."""
    g = grammar()
    pronouns = [p["form"] for p in lexicon.read_json("names.json")["subject_pronouns"] if not p.get("indefinite")]
    sp = r"[ \u00a0\u202f]"
    if not (g.identity_copulas and g.identity_adverbs and pronouns):
        return regex.compile(r"(?!)")
    adverb = rf"{sp}++(?:{alternation(g.identity_adverbs)})"
    # "a longtemps été", "était jadis": one adverb of a time gone by, between the auxiliary and its
    # participle or after the copula.
    variants = []
    for form in g.identity_copulas:
        words = [alternation([w]) for w in form.split()]
        if bare:
            variants.append(rf"{sp}++".join(words))
            continue
        variants.append(rf"{sp}++".join(words) + adverb)
        if len(words) > 1:
            variants.append(words[0] + adverb + rf"{sp}++" + rf"{sp}++".join(words[1:]))
    copulas = "|".join(variants)
    return regex.compile(rf"(?i)^[\s\"«“—–\-]*+(?:{alternation(pronouns)}){sp}++(?:{copulas}){sp}*+$")


def _given_name_after_copula(before: str, inner: str) -> bool:
    """Whether ``before`` (the sentence's words before the marks) is a personal subject pronoun and an
    identity copula and ``inner`` opens with a definite determiner (``identity_determiners``): a name
    given to the subject (``Elle a longtemps été « la petite fiancée du cinéma français »``)."""
    g = grammar()
    if not g.identity_determiners or not inner.lstrip(_SPACES).lower().startswith(tuple(g.identity_determiners)):
        return False
    if (word := before.split(" ", 1)[0].lower()) in g.fronted_only_prepositions:
        # "Pour des millions de téléspectateurs, il était « l'homme au bonnet rouge »": a vague
        # share of a group (generalising_quantifiers) calls the subject so, the writer's
        # generalisation; it stands for the adverb of a time gone by.
        comma = before.find(",")
        if comma > 0 and generalising_quantifier().match(before, len(word), comma) is not None:
            rest = before[comma + 1 :].lstrip(_SPACES)
            return len(rest) <= _IDENTITY_LEAD and _identity_copula(bare=True).match(rest) is not None
    if len(before) > _IDENTITY_LEAD:
        return False  # most marks: a longer sentence before them
    return _identity_copula().match(before) is not None


def reported_in_subject_relative(text: str, sent_start: int, open_start: int, close_end: int, cue: CueLike,
                                 cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """Whether the marks ``[open_start, close_end)`` follow a finite reporting verb right before them inside a relative
    (``relative_openers``) set off by commas after the sentence's subject, and ``cue``, right after
    the comma closing the relative, is no inverted incise: the main verb (``La fédération, qui s'est
    dite « consternée », a dénoncé une mesure…``), no postposed incise reporting the words; also
    a finite reporting verb further in the relative (``Le parti, dont le chef a qualifié la
    réforme de « scandale », a appelé…``)."""
    if cue.form == "inverted":
        return False
    comma = text.rfind(",", sent_start, open_start)
    if comma < 0:
        return False
    first = text.find(",", sent_start, comma)
    if first >= 0 and ("," in text[first + 1 : comma] or not after_fronted_frame(text, sent_start, first + 1)):
        return False  # one comma before the relative's: only that of an adverbial opening the sentence ("A Washington, le parti, dont …")
    if _cue_right_before(text, open_start, cues, cue_starts) is None and not _finite_cue_between(cues, cue_starts, comma, open_start):
        return False  # most marks: no reporting verb in the relative before them
    opener = text[comma + 1 : open_start].split(None, 1)
    if not opener or opener[0].lower() not in grammar().relative_openers:
        return False
    closing = text.find(",", close_end, cue.start)
    return closing >= 0 and not text[close_end : closing].strip(_SPACES) and not text[closing + 1 : cue.start].strip(_SPACES)


def _finite_cue_between(cues: Sequence[CueLike], cue_starts: list[int], start: int, end: int) -> bool:
    """Whether the first cue from ``start`` is a finite reporting verb ending before ``end``."""
    i = _cue_between(cues, cue_starts, start, end)
    return i is not None and cues[i].form == "finite" and cues[i].end <= end


def _inside_subject_relative(text: str, sent_start: int, s: MarkedSpan, cue: CueLike) -> tuple[int, int] | None:
    """Whether the marks ``s`` stand in a relative clause (``relative_openers``) set off by commas
    right after a short subject opening the sentence, and ``cue`` is the main verb right after the
    relative's closing comma (``Bakou, dont la « diplomatie du caviar » a séduit des élus, reproche à
    la France…``): the relative describes the subject, whose verb reports nothing of its words.
    Gives the relative's span (from its opening comma to its closing one), else ``None``."""
    comma = None if cue.form == "inverted" else _relative_after_short_subject(text, sent_start, s.open_start)
    if comma is None:
        return None
    closing = text.find(",", s.close_end, cue.start)  # the relative ends at the first comma after the marks
    if closing < 0 or text[closing + 1 : cue.start].strip(_SPACES):
        return None
    rest = _VERB_RUN_STOP.split(text[cue.end : cue.end + _MAIN_VERB_REACH], 1)[0]
    # "Le pays, dont la « dette » explose, a répété le ministre, ne peut plus attendre": a comma
    # after the verb may close a postposed incise whose clause goes on; only a verb that runs to
    # its sentence's end without one is surely the main verb.
    return None if "," in rest else (comma, closing)


def _cue_in_subject_relative(text: str, sent_start: int, s: MarkedSpan, cue: CueLike) -> int | None:
    """Whether ``cue`` stands in a relative clause (``relative_openers``) set off by a comma right
    after a short subject opening the sentence, and the first comma after the cue, out of marks,
    closes that relative before the marks ``s`` (``La Suède, dont le gouvernement se dit « … »,
    se retrouve au cœur de cette « … »``): the main clause's words in marks are no report of the
    relative's verb. Gives the closing comma's offset, else ``None``."""
    comma = _relative_after_short_subject(text, sent_start, cue.start)
    if comma is None:
        return None
    closing = text.find(",", cue.end, s.open_start)
    while closing >= 0 and left_open(text, cue.end, closing):
        closing = text.find(",", closing + 1, s.open_start)
    return closing if closing >= 0 else None


def _relative_after_short_subject(text: str, sent_start: int, end: int) -> int | None:
    """The last comma before ``end`` in its sentence when a relative (``relative_openers``) opens
    right after it and a short subject (no comma, at most ``_RELATIVE_SUBJECT_WORDS`` words) stands
    between the sentence's start and it (``La Suède, dont …``), else ``None``."""
    comma = text.rfind(",", sent_start, end)
    if comma < 0:
        return None  # most sentences: no comma before ``end``
    opener = text[comma + 1 : end].split(None, 1)
    if not opener or opener[0].lower() not in grammar().relative_openers:
        return None
    subject = text[sent_start:comma]
    return None if "," in subject or len(subject.split()) > _RELATIVE_SUBJECT_WORDS else comma


def generic_pronoun_before(text: str, start: int, end: int, sent_start: int, que_end: int, *, fronted: bool = False) -> bool:
    """``On s'étonne que…``, ``On confie la tâche à d'autres, puis on s'étonne que…``: the cue at
    ``[start, end)`` has for subject the indefinite pronoun (``generic_pronouns``) opening its
    sentence, or again after a verb coordinator in a sentence it opens, and its que (ending at
    ``que_end``) follows at once: the writer's generalisation, nobody's report (``À Matignon, on
    assure que…`` is the seat's, ``on apprend via l'AFP que…`` the agency's). ``fronted``: the
    pronoun may also follow a fronted adverbial (a verb of learning with nothing after it naming
    whom from: ``En 2013, on apprenait que…`` is the writer's narration)."""
    if text[max(sent_start, start - 3) : start].rstrip(" \u00a0")[-1:] not in ("n", "N"):
        return False  # most cues: no "on" right before
    g = grammar()
    if text[end:que_end].strip(_SPACES).lower() not in g.complementizers:
        return False
    words = text[sent_start:start].lstrip(_SPACES + "\"«“—–-").lower().split()
    if not words or words[-1] not in g.generic_pronouns or not fronted and words[0] not in g.generic_pronouns:
        return False
    if text[start : start + 2].lower().rstrip(_SPACES) in g.place_clitics:
        return False  # "On y rappelle que…": the place or side named before speaks through the pronoun
    return fronted or len(words) == 1 or (len(words) >= 3 and words[-2] in g.verb_coordinators and words[-3].endswith(","))


def generic_pronoun_subject(text: str, sent_start: int, cue: CueLike) -> bool:
    """``On nous parle d'un « … »``, ``On appelait cela une « … »``: the finite ``cue`` has for
    subject the indefinite pronoun (``generic_pronouns``) opening its sentence, maybe an object
    pronoun (``generic_object_clitics``) between: the writer's generic subject, whose words in
    marks are nobody's report; not ``On y …`` (``place_clitics``: the place named before speaks)."""
    if cue.form != "finite" or cue.start - sent_start > _GENERIC_PRONOUN_LEAD:
        return False
    words = text[sent_start : cue.start].lstrip(_SPACES + "\"«“—–-").lower().replace("’", "'").split()
    if not words or words[0] not in grammar().generic_pronouns:
        return False
    return len(words) == 1 or (len(words) == 2 and words[1] in grammar().generic_object_clitics)


def _generic_pronoun_past_comma(text: str, close_end: int, cue: CueLike) -> bool:
    """``…« … » retransmise partout, on parlait de…``: the ``cue`` after the marks ending at
    ``close_end`` has for subject the generic pronoun opening the clause after the last comma."""
    comma = text.rfind(",", close_end, cue.start)
    return comma >= 0 and generic_pronoun_subject(text, comma + 1, cue)


# Most characters between a sentence's start and a cue whose subject is the pronoun opening it.
_GENERIC_PRONOUN_LEAD = 16
# Most characters of the words before marks read for a pronoun and an identity copula.
_IDENTITY_LEAD = 48
# Most characters of the complement between marks and the participle that qualifies them (see _labelled_subject).
_LABEL_PARTICIPLE_REACH = 48
# Opening marks other than apostrophes (« d'euros » stays a complement).
_LABEL_GAP_MARKS = frozenset("«“„\"‹")
# A comma that is no decimal one (« de 1,5 milliard »).
_CLAUSE_COMMA = regex.compile(r"(?<!\d),|,(?!\d)")


@cache
def _label_opening() -> regex.Pattern[str]:
    """A determiner of ``label_determiners`` ending the text searched, right after its start or a comma."""
    dets = grammar().label_determiners
    return regex.compile(rf"(?i)(?:^|,)[ \t\n\u00a0\u202f]*+(?:{trie_alternation(dets)})(?:(?<=['’])|[ \u00a0\u202f]++)$"
                         if dets else r"(?!)")


# The forms of a cue after marks opening a subject that make the marks that subject's label.
_LABEL_CUE_FORMS = frozenset({"participle", "infinitive"})


def _labelled_subject(text: str, clause_start: int, s: MarkedSpan, cues: Sequence[CueLike], cue_starts: Sequence[int],
                      end: int) -> bool:
    """``Le « fonds de transformation » de 1,5 milliard annoncé par Bercy doit être voté``, ``…, le
    « choc » promis restera un mot``: marks right after a determiner opening the clause's subject
    (``label_determiners``), a cue's past participle after them past at most a short complement
    (no clause comma, no mark): the participle describes the thing the marks name, a label of the
    writer's; so does a cue's infinitive a verb of the marks governs (``la « communauté
    internationale » a choisi de croire …``): the marks are its subject, who speaks, not what. A postposed incise later in the sentence (``…, a indiqué X``) still reports it all."""
    k = bisect.bisect_left(cue_starts, s.close_end)
    if _document_participle_after(text, s.close_end):
        if (_label_opening().search(text[clause_start : s.open_start]) is None
                and _document_participle_determiner_before().search(text, max(clause_start, s.open_start - _DOCUMENT_DETERMINER_REACH),
                                                                    s.open_start) is None):
            # "… dans le cadre du « partenariat stratégique » signé en juillet": a definite
            # determiner right before the marks names the signed text anywhere in the clause, not
            # only as its subject; after an indefinite one (un « accord de la honte » signé en
            # catimini) the words may still be someone's verdict on it.
            return False
        return not any(later.form == "inverted" or text[max(s.close_end, later.start - 3) : later.start].rstrip().endswith(",")
                       for later in cues[k : bisect.bisect_left(cue_starts, end)])
    if k >= len(cues) or cues[k].form not in _LABEL_CUE_FORMS or cues[k].start - s.close_end > _LABEL_PARTICIPLE_REACH:
        return False
    gap = text[s.close_end : cues[k].start]
    if _CLAUSE_COMMA.search(gap) or not _LABEL_GAP_MARKS.isdisjoint(gap):
        return False
    if _label_opening().search(text[clause_start : s.open_start]) is None:
        return False
    for later in cues[k + 1 : bisect.bisect_left(cue_starts, end)]:
        if later.form == "inverted" or text[max(s.close_end, later.start - 3) : later.start].rstrip().endswith(","):
            return False
    return True


@cache
def _document_participle() -> regex.Pattern[str]:
    """Spaces and a participle of ``document_participles`` (``signé``), a whole word."""
    words = grammar().document_participles
    return regex.compile(rf"(?i)[ \u00a0\u202f]++(?:{trie_alternation(words)})(?!\p{{L}})" if words else r"(?!)")


def _document_participle_after(text: str, close_end: int) -> bool:
    """``Le « pacte de stabilité » signé en 2019 prévoyait …``: a participle of making a text
    (``document_participles``) right after the closing mark, which names that text."""
    return _document_participle().match(text, close_end, close_end + _DOCUMENT_PARTICIPLE_REACH) is not None


# Characters after a closing mark read for a participle of ``document_participles`` (« ratifiées », the longest, and spaces).
_DOCUMENT_PARTICIPLE_REACH = 16
# Characters before an opening mark read for a determiner of ``document_participle_determiners``.
_DOCUMENT_DETERMINER_REACH = 8


@cache
def _document_participle_determiner_before() -> regex.Pattern[str]:
    """A determiner of ``document_participle_determiners`` (``du``, ``l'``) right before the marks,
    ending the text searched: no noun between (le texte « illisible » adopté hier qualifies a noun)."""
    dets = grammar().document_participle_determiners
    return regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{trie_alternation(dets) if dets else '(?!)'})(?:(?<=['’])|[ \u00a0\u202f]++)$")


def _passive_after_marks(text: str, close_end: int, cues: Sequence[CueLike], cue_starts: Sequence[int]) -> bool:
    """Whether the first cue after the marks is a participle right after a form of *être*
    (``etre_forms``: ``les « modalités » devaient être convenues``): the clause's passive verb,
    no participle describing the noun the marks name."""
    k = bisect.bisect_left(cue_starts, close_end)
    if k >= len(cues) or cues[k].start - close_end > _LABEL_PARTICIPLE_REACH:
        return False
    words = _WORD.findall(text, max(close_end, cues[k].start - _BE_REACH), cues[k].start)
    return bool(words) and words[-1].lower() in etre_forms()


# Characters before a participle read for the form of être right before it (« étaient », the longest).
_BE_REACH = 10


def _epithet_in_subject(text: str, clause_start: int, s: MarkedSpan, cues: Sequence[CueLike], cue_starts: Sequence[int]) -> bool:
    """``Le président « jupitérien » soigne …``: marks right after a determiner of
    ``label_determiners`` and one lower-case noun opening the sentence, then a lower-case word
    that is no cue's (the subject's verb reports nothing)."""
    if s.open_start - clause_start > _EPITHET_REACH or _epithet_subject().fullmatch(text, clause_start, s.open_start) is None:
        return False
    verb = _EPITHET_VERB.match(text, s.close_end)
    if verb is None or verb.group(1).casefold() in verb_words():
        return False
    k = bisect.bisect_left(cue_starts, s.close_end)
    return k >= len(cues) or cues[k].start >= verb.end()


@cache
def _epithet_subject() -> regex.Pattern[str]:
    """A determiner of ``label_determiners`` and one lower-case noun, the whole text matched."""
    dets = grammar().label_determiners
    return regex.compile(rf"(?i:[ \t\n\u00a0\u202f]*+(?:{trie_alternation(dets)})(?:(?<=['’])|[ \u00a0\u202f]++))"
                         r"\p{Ll}[\p{L}\-]*+[ \u00a0\u202f]*+" if dets else r"(?!)")


# The verb right after an epithet in marks; the most characters from the clause's start to the marks.
_EPITHET_VERB = regex.compile(r"[ \u00a0\u202f]++(\p{Ll}[\p{L}\-]*+)")
_EPITHET_REACH = 40


# Characters read before a cue for a generic subject (see generic_subject_before).
_GENERIC_LEAD = 24


@cache
def _generic_subject() -> regex.Pattern[str]:
    """A generic subject of ``generic_subjects`` (``chacun``, ``tout le monde``) and spaces ending the text searched."""
    subjects = grammar().generic_subjects
    return regex.compile(rf"(?i)(?<![\w'’])(?:{trie_alternation(subjects)})[ \u00a0]++$") if subjects else regex.compile(r"(?!)")


@cache
def _generic_subject_ends() -> frozenset[str]:
    """The last letters of ``generic_subjects``, either case: a cheap test before the pattern."""
    return frozenset(c for w in grammar().generic_subjects for c in (w[-1:].lower(), w[-1:].upper()) if c)


@cache
def _negative_subject() -> regex.Pattern[str]:
    """One of ``negative_subjects`` (``personne``, ``nul``) and spaces ending the text searched,
    no determiner before it (« la personne » is someone)."""
    g = grammar()
    if not g.negative_subjects:
        return regex.compile(r"(?!)")
    dets = trie_alternation([*g.object_determiners, "l’"])
    return regex.compile(rf"(?i)(?<![\w'’])(?<!(?<![\w'’])(?:{dets})[ \u00a0]++)(?:{trie_alternation(g.negative_subjects)})[ \u00a0]++$")


def _negative_subject_before(text: str, cue: CueLike) -> bool:
    """``une « Ambazonie » que personne ne reconnaît``: a negated cue whose subject is a negative
    pronoun of ``negative_subjects`` says nobody says the words; it reports none."""
    return bool(getattr(cue, "negated", False)) and _negative_subject().search(
        text, max(0, cue.start - _GENERIC_LEAD), cue.start) is not None


def generic_subject_before(text: str, pos: int) -> bool:
    """``et chacun jure que``, ``Tout le monde sait que``: a generic subject of ``generic_subjects``
    right before the cue at ``pos`` makes it the writer's generalisation, nobody's report."""
    return (text[pos - 1 : pos] in (" ", "\u00a0") and text[pos - 2 : pos - 1] in _generic_subject_ends()
            and _generic_subject().search(text[max(0, pos - _GENERIC_LEAD) : pos]) is not None)


_SPACES = " \t\n\u00a0\u202f"
# A word, with the apostrophe that elides it (qu').
_ELIDED_WORD = regex.compile(r"\p{L}+['’]?")


def _apposition_relative(between: str) -> bool:
    """Whether, past the comma that opens ``between`` (the words right after the closing mark), a
    relative pronoun follows at least one word (an antecedent noun, a preposition) that makes no
    conjunction of it."""
    g = grammar()
    words = [w.lower() for w in _ELIDED_WORD.findall(between, between.index(",") + 1)]
    for i, w in enumerate(words):
        if i and w in g.apposition_relatives:
            return not (w in g.apposition_conjunctions and words[i - 1] in g.apposition_relative_blockers)
    return False


def _after_nominal_link(before: str) -> bool:
    """Whether ``before`` (the words before an opening mark) ends with a determiner
    (``object_determiners``) or a complement link (``noun_complement_links``) of ``detection.json``:
    the word the marks open is a noun (``d'« alerte »``, ``une « alerte »``)."""
    tail = before[-_NOMINAL_LINK_CHARS:].replace("’", "'").lower()
    last = tail.rsplit(None, 1)[-1] if tail.strip() else ""
    g = grammar()
    return last in g.object_determiners or last in g.noun_complement_links


# Characters read before an opening mark for a determiner or a link (see _after_nominal_link).
_NOMINAL_LINK_CHARS = 12

# Stances of the verbs whose participle opening a sentence is passive, its subject the one judged
# (Jugé trop cher, Considéré comme …), no speaker of the clause after its comma.
_JUDGED_STANCES = frozenset({"opinion"})

_FAR = 1 << 62  # past any offset: a bisect key after every span that opens at a given offset


def _cue_outside_marks(cues: Sequence[CueLike], i: int | None, end: int, marked: Sequence[tuple[int, int]],
                       own: int) -> int | None:
    """The first cue from ``i`` on that starts before ``end`` and stands outside every other pair of
    marks than the one opening at ``own`` (« salué » after *a* is its own words' verb)."""
    while i is not None and i < len(cues) and cues[i].start < end:
        k = bisect.bisect_right(marked, (cues[i].start, _FAR)) - 1
        if k < 0 or cues[i].start >= marked[k][1] or marked[k][0] == own:
            return i
        i += 1
    return None


def _sources_only(cues: Sequence[CueLike], cue_starts: list[int], start: int, end: int) -> bool:
    """Whether every cue from ``start`` to ``end`` is a source's preposition (``selon``, ``pour``)."""
    i = bisect.bisect_left(cue_starts, start)
    while i < len(cues) and cues[i].start < end:
        if cues[i].form != "preposition":
            return False
        i += 1
    return True


@cache
def _self_image_before() -> regex.Pattern[str]:
    """The reflexive (``conjugation.json``), maybe a compound tense's être, a ``self_image_verbs``
    form, at most ``_SELF_IMAGE_GAP`` words, then a ``self_image_links`` word ending the words
    searched; never matches without data."""
    g = grammar()
    if not g.self_image_verbs or not g.self_image_links:
        return regex.compile(r"(?!)")
    conj = lexicon.read_json("conjugation.json")
    reflexive = [w.replace("’", "'") for w in conj["reflexive"]]
    full = trie_alternation([w for w in reflexive if w[-1:] != "'"])
    elided = trie_alternation([w[:-1] for w in reflexive if w[-1:] == "'"])
    etre = trie_alternation([a["word"] for a in conj["aux_etre"]])
    return regex.compile(
        rf"(?i)(?<!\w)(?:(?:{full})[ \u00a0]++|(?:{elided})['’])(?:(?:{etre})[ \u00a0]++)?(?:{trie_alternation(g.self_image_verbs)})"
        rf"(?:[ \u00a0]++[\w\-]++){{0,{_SELF_IMAGE_GAP}}}?[ \u00a0]++(?:{trie_alternation(g.self_image_links)})$")


# Most words of an adverbial between a verb of self-image and its en (se rêve depuis longtemps en).
_SELF_IMAGE_GAP = 3
# Characters of the words before the marks read for a verb of self-image.
_SELF_IMAGE_REACH = 60


def _casts_itself_as(before_stripped: str) -> bool:
    """``Le pays se rêve en « … »``, ``qui se pose volontiers en « … »``: the words before the marks
    end with a verb of self-image and en (``self_image_verbs`` of ``detection.json``)."""
    return _self_image_before().search(before_stripped, max(0, len(before_stripped) - _SELF_IMAGE_REACH)) is not None


def _cue_between(cues: Sequence[CueLike], cue_starts: list[int], start: int, end: int) -> int | None:
    i = bisect.bisect_left(cue_starts, start)
    return i if i < len(cues) and cues[i].start < end else None


def _past_governed(text: str, cues: Sequence[CueLike], cue_starts: list[int], i: int, end: int) -> int | None:
    """The first cue after ``cues[i]`` starting before ``end``, past the infinitive cues that follow
    it at once, only spaces between (``jure de défendre``): those the finite verb governs."""
    j = bisect.bisect_left(cue_starts, cues[i].end)
    while (j < len(cues) and cues[j].start < end and cues[j].form == "infinitive"
           and not text[cues[j - 1].end : cues[j].start].strip()):
        j += 1
    return j if j < len(cues) and cues[j].start < end else None


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause holding ``end`` starts: past the last colon of the sentence before it
    (``… : selon lui, « … »``), else past a dateline opening the sentence (``BRUXELLES (AFP) -
    Selon lui, « … »``), else at the sentence's start."""
    colon = text.rfind(":", start, end)
    if colon >= 0:
        return colon + 1
    dateline = DATELINE.match(text, start, end)
    return start if dateline is None else int(dateline.end())


def _fronted_preposition(
    text: str, cues: Sequence[CueLike], cue_starts: list[int], start: int, end: int
) -> int | None:
    """``Selon X, « … »``: a prepositional cue opening the sentence (after at most a connector)."""
    i = _cue_between(cues, cue_starts, start, end)
    if i is None or cues[i].form != "preposition" or cues[i].start - start > _INCISE_GAP:
        return None
    return i if len(_WORD.findall(text, start, cues[i].start)) <= 1 else None


@cache
def _pronoun_source() -> regex.Pattern[str]:
    """A personal pronoun ending a fronted cue (``Selon lui``, ``Pour elle``): ``pronouns.json``."""
    from quotetrack.registry import pronouns
    forms = [p.form for p in pronouns() if p.kind == "pronoun" and " " not in p.form]
    return regex.compile(rf"(?i)(?<!\w)(?:{trie_alternation(forms)})\Z")


def _clause_after_pronoun(text: str, cue: CueLike, open_start: int) -> bool:
    """``Selon lui, les aides mises en place, notamment…, « vont dans le bon sens »``: a pronoun
    source takes no aside, so words between its comma and the mark open the reported clause and
    the words in marks are a fragment of it, no whole quotation."""
    if _pronoun_source().search(text[cue.start : cue.end]) is None:
        return False
    comma = text.find(",", cue.end, open_start)
    return comma >= 0 and not text[cue.end : comma].strip() and _WORD.search(text, comma + 1, open_start) is not None


def _clause_before_fragment(text: str, cue_end: int, open_start: int) -> bool:
    """``Selon X, Y, l'accueil coûtera 40 millions par an, « déjà prévus au budget »``: the words
    between the source's last comma and the comma before the mark hold a verb (before any
    relative: not ``Selon le maire, qui était là, « … »``), so the reported clause has begun and
    the fragment in lower case after it is embedded in it, no whole quotation."""
    comma = text.rfind(",", cue_end, open_start)
    prev = text.rfind(",", cue_end, comma) if comma > 0 else -1
    if prev < 0:
        return False
    relatives = relative_words()
    endings = future_endings()
    verbs = verb_words()
    # The negation particle (n'entend pas) stands only before a verb: the clause has one.
    particles = frozenset(p.rstrip("'’").casefold() for p in grammar().negation_particles)
    segment = _LETTERS.findall(text, prev + 1, comma)
    for w in segment:
        word = w.casefold()
        if word in relatives:
            return False
        if (word in verbs or word in particles or (len(word) > 5 and word.endswith(endings))
                or governor_finite_word(word)):
            return True
    return _plural_subject_and_verb([w.casefold() for w in segment])


def _plural_subject_and_verb(words: list[str]) -> bool:
    """``Pour X, les deux crises relèvent du même scénario, « … »``: the segment opens with a
    plural determiner (names.json ``plural_determiners``), and within its first few words a word
    with a plural verb ending (``plural_verb_endings``: -ent; not an adverb's -ment) follows a
    word with a plural noun's ending (``plural_endings``): a plural subject and its verb, a clause."""
    raw = names_data()
    determiners = {d.casefold() for kind in raw["plural_determiners"].values() for d in kind}
    if not words or words[0] not in determiners:
        return False
    verb_endings = tuple(raw["plural_verb_endings"])
    noun_endings = tuple(raw["plural_endings"])
    adverbs = tuple(grammar().degree_adverb_endings)
    head = words[1 : _PLURAL_SUBJECT_REACH + 1]
    return any(len(w) > 4 and w.endswith(verb_endings) and not w.endswith(adverbs) and head[i - 1].endswith(noun_endings)
               for i, w in enumerate(head) if i > 0)


# Words after a plural determiner within which a plural subject's verb is looked for (les deux crises relèvent).
_PLURAL_SUBJECT_REACH = 4


def _words_after_source(text: str, cue_end: int, open_start: int) -> bool:
    """``Pour lui, l'agresseur, que personne ne connaît, « ne représente que lui-même »``: words of
    the writer's stand between the comma closing the fronted source and the marks. Marks opening
    with a negation particle (see :func:`_opens_with_negation`) hold a verb whose subject those words
    are: the predicate of the writer's sentence, a fragment, no whole quotation (« ne pas céder »
    right after the source's comma still may be one)."""
    comma = text.find(",", cue_end, open_start)
    return comma >= 0 and bool(text[comma + 1 : open_start].strip(_SPACES + ","))


# A comma after the closing mark, then a lower-case word: the clause goes on past the marks.
_COMMA_THEN_LOWER = regex.compile(r"[ \u00a0\u202f]*+,[ \u00a0\u202f]*+\p{Ll}")


def _apposed_to_subject(text: str, cue_end: int, open_start: int, close_end: int, g: Grammar) -> bool:
    """``Selon X, les relations entre les deux pays, « excellentes », ne seront pas affectées``: a
    noun phrase opening with a determiner stands between the source's comma and the marks, set off
    by commas, and the clause goes on after them: the marks are an apposition to the clause's subject,
    a fragment embedded in the reported clause, no whole quotation."""
    comma = text.rfind(",", cue_end, open_start)
    if comma < 0 or text[comma + 1 : open_start].strip(_SPACES) or _COMMA_THEN_LOWER.match(text, close_end) is None:
        return False
    prev = text.rfind(",", cue_end, comma)
    subject = text[prev + 1 : comma].strip(_SPACES) if prev >= 0 else ""
    return bool(subject) and subject[:1].islower() and _opens_with_determiner(subject, g)


def _opens_relative(inner: str) -> bool:
    """Whether words in marks open with a relative pronoun (``qui ont déjà payé …``): a relative
    clause on the noun before the marks, never a whole utterance."""
    first = inner.split(None, 1)[:1]
    return bool(first) and first[0].casefold() in relative_words()


@cache
def relative_words() -> frozenset[str]:
    """Relative pronouns and openers (``names.json``, ``grammar.json``), case-folded: a segment
    opening with one is an aside, a word after a noun phrase opening one its relative."""
    return frozenset(w.casefold() for w in (*names_data()["relative_pronouns"], *grammar().relative_openers))


def _fronted_comparison(
    text: str, cues: Sequence[CueLike], cue_starts: list[int], start: int, end: int
) -> int | None:
    """``Comme le rappelait X, « … »``: a comparative connector and a finite cue opening the
    sentence (after at most a connector of its own)."""
    i = _cue_between(cues, cue_starts, start, end)
    if i is None or cues[i].form != "finite" or cues[i].start - start > _INCISE_GAP:
        return None
    # The connector stands before the cue or before the object pronoun that opens it (comme le rappelait).
    connector = comparative_connector(text, cues[i].start, start)
    if connector is None and (pronoun := _WORD_BEFORE.search(text, start, cues[i].start)) is not None:
        connector = comparative_connector(text, pronoun.start(), start)
    return i if connector is not None and len(_WORD.findall(text, start, connector)) <= 1 else None


def dialogue_turns(text: str, paragraphs: Spans, dashes: Sequence[str], kept: Sequence[Candidate],
                   cues: Sequence[CueLike] = ()) -> list[Candidate]:
    """Interview and dialogue layout: a paragraph opened by a dash (``— Nous partirons.``) is a
    direct quote of its words, when it reads as an utterance (a capital after the dash, a final
    stop) and is no signature line (``— Jean Dupont (@jdupont) 8 décembre 2018``); its words stop
    before a postposed incise that ends it (``— Nous partirons, a lancé le maire.``)."""
    taken = [c.marks or (c.start, c.end) for c in kept]
    cue_starts = [c.start for c in cues]
    out = []
    for p_start, p_end in paragraphs.spans:
        if text[p_start] not in dashes:
            continue
        start = p_start + 1
        while start < p_end and text[start].isspace():
            start += 1
        body = text[start:p_end].rstrip()
        if not body or not _TITLE_WORD.match(body) or body[-1] not in ".!?…»\"" or "(@" in body:
            continue
        if any(s < p_end and e > p_start for s, e in taken):
            continue  # the turn holds quotation marks of its own: they speak for themselves
        if body[-1] == "." and ":" in body and _listed_figure(text, body, start, p_start, p_end, paragraphs, dashes, cues, cue_starts):
            continue
        end, cue = start + len(body), None
        cut = _final_incise(text, start, end, cues, cue_starts) if cues else None
        if cut is not None:
            end, cue = start + len(text[start : cut[0]].rstrip(_INLINE_SPACES)), cut[1]
        out.append(Candidate(start, end, Kind.DIRECT, "direct-dialogue", 0.7, (p_start, end), cue=cue))
    return out


# A list item's label, a colon and a figure after it (``Canada : 4 diplomates``).
_FIGURE_ITEM = regex.compile(r"[^:\n]{1,200}+:[^\n]*?\d")


def _listed_figure(text: str, body: str, start: int, p_start: int, p_end: int, paragraphs: Spans,
                   dashes: Sequence[str], cues: Sequence[CueLike], cue_starts: list[int]) -> bool:
    """``– Canada : 4 diplomates.`` among other lines opened by a dash: a bulleted list of figures
    (a label, a colon, a figure, a final full stop), no turn of a dialogue, when no reporting cue,
    no word of the first or second person nor a negation says someone speaks."""
    if _FIGURE_ITEM.match(body) is None or _cue_between(cues, cue_starts, start, p_end) is not None:
        return False
    k = paragraphs.index(p_start)
    neighbours = [paragraphs.spans[j] for j in (k - 1, k + 1) if 0 <= j < len(paragraphs.spans)]
    return (any(text[a] in dashes for a, _ in neighbours)
            and not _speaks(body, _WORD.findall(body)))


def _opens_with_determiner(inner: str, g: Grammar) -> bool:
    """Whether words in marks open with a determiner of a noun (``object_determiners``: un, la, ses…)."""
    first = _WORD.match(inner.lstrip(_INLINE_SPACES))
    if first is None:
        return False
    word = first.group().casefold()
    return word in g.object_determiners or word[:2] in ("l'", "l’") and "l'" in g.object_determiners
