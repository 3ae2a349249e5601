"""Reporting cues: every French expression that introduces reported speech, found in one pass.

A cue is a reporting verb in any of the shapes journalists use (``a déclaré``,
``a-t-il ajouté``, ``soulignant``, ``s'est dit``, ``pour dire``), a preposition
(``selon``, ``d'après``, « Pour X, … ») or a channel noun (``dans un communiqué``).
The verbs, their conjugation classes and every small word around them live in
``quotetrack/data/verbs.json``, ``conjugation.json`` and ``cue_words.json``; this
module only generates the forms and compiles them into one pattern the first time it
is needed.

>>> [(c.text, c.lemma, c.form) for c in find_cues("« Non », a-t-il répondu, selon l'AFP.")]
[('a-t-il répondu', 'répondre', 'inverted'), ('selon', 'selon', 'preposition')]
>>> cue = find_cues("Le ministre a également souligné qu'il partirait.")[0]
>>> cue.text, cue.aux, cue.que_end
('a également souligné', True, 36)

Extending the vocabulary makes a new lexicon (the built-in one is never mutated in place):

>>> lex = CueLexicon.default().with_verbs([{"lemma": "claironner", "stance": "assertive"}])
>>> [c.text for c in lex.find("Il a claironné sa victoire.")]
['a claironné']

``pour`` is a cue only as « Pour X, … » (clause start, comma soon after, not
``Pour autant``); bare participles (``déclaré``) are returned with form
``participle`` and are weak evidence: callers decide.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from typing import Any, Literal, TypeVar

from pydantic import Field, TypeAdapter, model_validator

from quotetrack import marks
from quotetrack.lexicon import (
    NOTHING,
    DataError,
    Record,
    load,
    read_json,
    trie_alternation,
    validate,
)

__all__ = [
    "CueForm",
    "CueLexicon",
    "CueMatch",
    "Stance",
    "VerbEntry",
    "add_verbs",
    "cue_lemmas",
    "cue_prefilter",
    "find_cues",
]

CueForm = Literal["finite", "inverted", "gerund", "participle", "infinitive", "preposition", "noun"]
Stance = Literal[
    "neutral",
    "assertive",
    "opinion",
    "denial",
    "critical",
    "question",
    "emotive",
    "directive",
    "commitment",
    "concession",
]
_SLOTS_FINITE = (
    "pres3s",
    "pres3p",
    "imp3s",
    "imp3p",
    "ps3s",
    "ps3p",
    "fut3s",
    "fut3p",
    "cond3s",
    "cond3p",
    "subj3s",
    "subj3p",
)


# ---------------------------------------------------------------- data schemas


class VerbEntry(Record):
    """One reporting verb: ``se féliciter``, ``mettre en garde`` (head verb first, then its fixed words)."""

    lemma: str = Field(min_length=2)
    conj: str | None = None
    """A class of ``conjugation.json``; when omitted, the class whose ``strip`` is the longest ending of the verb."""
    stance: Stance = "neutral"
    que: bool = True
    """Commonly followed by a ``que`` clause."""
    incise: bool = True
    """Used postposed after a quotation (« … », a-t-il dit)."""
    participle: bool = True
    """Whether the bare past participle counts as a (weak) cue: not for ``rappelé``, ``prévue``."""
    governed: bool = True
    """Whether the infinitive counts after a governing verb (``a tenu à préciser``): not for
    ``reprendre``, ``avancer``, whose infinitive there mostly means something else (``les
    discussions vont reprendre``)."""
    answers: bool = False
    """Answers someone else (répondre, rétorquer): its speaker is not who spoke just before."""
    continues: bool = False
    """Goes on with words the same speaker began (ajouter, poursuivre): the name it gives is
    also who spoke the quotes just before."""
    learns: bool = False
    """Its subject learns the words rather than says them (apprendre): inverted with the
    indefinite ``on`` and nothing after it (``…, a-t-on appris.``), it carries over no earlier
    speaker; the words came from nobody the text names."""
    reads: bool = False
    """Reads the words (lire): ``« … », peut-on lire.``, ``On lit que …`` report what the
    publication last named before the cue wrote."""
    quotes_object: bool = False
    """Quotes its direct object (citer): in ``Le journal cite le ministre : « … »`` the one
    quoted, a name, a role or a body right after the verb, said the words after the colon; the
    subject only relays them."""
    cries: bool = False
    """Shouts or chants its object (scander, crier): a slogan in marks right after it is a
    whole utterance, direct however short (``scandaient « Liberté ! »``)."""
    bearing: bool = False
    """Describes its subject's bearing (se montrer) or declared stance (se dire): a fragment after it inside a clause a fronted
    source reports (``Selon X, Y s'est montré « … »``) is the source's word, no saying of the subject."""
    sings: bool = False
    """Sings its object (chanter, entonner): words in marks right after it that read as a
    title name a song (``ont entonné « La Marseillaise »``), no quotation of the singers."""
    applauds: bool = False
    """Applauds (applaudir): before a colon and unquoted words it names a reaction the words after
    the colon describe (``La Bourse a applaudi : le titre a bondi``), the writer's account, no
    clause reported; words in marks after the colon still report."""
    strikes_up: bool = False
    """Strikes up its object (entonner), a song and never a slogan: words in marks right after it
    name the song however few their capitals (``la foule a entonné « Que je t'aime »``)."""
    other_sense_before: list[str] = []
    """Words right after the verb that make it another verb, no report (``relever du``, ``relève
    de la compétence``: to come under, not to note); never a bare ``de``, also a partitive article
    (``relève de graves manquements`` reports)."""
    object_before: list[str] = []
    """Words right after the verb that open its direct object (``l'armée poursuit ses frappes``,
    ``a continué son offensive``): another verb, no report, unless the verb is set off after a
    comma, a dash or a closing mark, where they open its inverted subject (``« … », poursuit
    son avocat``)."""
    name_object: bool = False
    """Whether a capitalised word right after the verb opens its direct object, a name
    (``Nauru lâche Taïwan``, ``le parti lâche Paul Martin``: to drop someone): another verb,
    no report, unless the verb is set off after a comma, a dash or a closing mark, where the name
    is its inverted subject (``« … », lâche Paul Martin``)."""
    object_in_marks: bool = False
    """Whether its ``object_before`` words open its direct object also right after an opening
    quotation mark (``la galerie expose « des œuvres inédites »``: showing works, no report); the
    verb then reports only set off as an incise, before ``que`` or a colon."""
    marks_after: list[str] = []
    """Words one of which must open, right before an opening quotation mark, a complement of the
    verb in its clause (``renvoyer X à « ses responsabilités »``, ``à ses « … »``): elsewhere the
    verb means something else (renvoyer un procès, l'ascenseur), no report."""
    marks_after_noun: list[str] = []
    """Words (a determiner closing them) after which one lower-case noun may stand before the
    opening mark (``présente le ballon comme un engin « de surveillance »``): the noun the words
    in marks qualify, still the verb's complement, as right after ``marks_after``."""
    negated_only: bool = False
    """Reports only when negated (``n'a pas caché sa « colère »``, ``ne dissimule pas que``: said
    openly); without its negation the verb means something else (``le chiffre cache une
    réalité``), no report."""
    incise_only: bool = False
    """Reports only as an incise right after the closing mark of the words it reports (``« … »,
    commence le ministre``); elsewhere the verb means something else (``le match commence``,
    ``…, commenceront lundi``)."""
    only_after: list[str] = []
    """Clitics one of which must stand right before the verb or its auxiliary: elsewhere the verb
    means something else, no report (``voir`` reports an opinion only as ``y voir``: ``le Medef y
    voit « … »``, never ``il voit``)."""
    not_after: list[str] = []
    """Object clitics that, right before the verb or its auxiliary, make it another verb, no report
    (``poursuivre`` goes on speaking, but ``l'étiquette qui la poursuivait``, ``les poursuit en
    justice``: to chase, to sue)."""


class _VerbsFile(Record):
    comment: str | None = Field(default=None, alias="_comment")
    verbs: list[VerbEntry]


class _ConjClass(Record):
    strip: str
    note: str = ""
    infer: bool = False
    """May be guessed from a lemma's ending when an entry names no class (not for -eler/-eter, which split)."""
    pres3s: list[str]
    pres3p: list[str]
    imp3s: list[str]
    imp3p: list[str]
    ps3s: list[str]
    ps3p: list[str]
    fut3s: list[str]
    fut3p: list[str]
    cond3s: list[str]
    cond3p: list[str]
    subj3s: list[str]
    subj3p: list[str]
    pp: list[str] = Field(min_length=1)
    ger: list[str] = Field(min_length=1)


class _Aux(Record):
    word: str
    form: Literal["finite", "infinitive", "gerund"]
    plural: bool = False
    """A third-person plural form (``ont``, ``sont``): its subject is plural."""
    conditional: bool = False
    """A form of the conditional (``aurait``, ``serait``), the mood the press reports in."""


class _ConjFile(Record):
    comment: str | None = Field(default=None, alias="_comment")
    classes: dict[str, _ConjClass]
    aux_avoir: list[_Aux]
    aux_etre: list[_Aux]
    reflexive: list[str] = Field(min_length=1)
    negation: list[str]
    clitics: list[str]
    finite_clitics: list[str] = []
    """Clitics that may also stand before a simple verb (``lui reproche``): never a determiner."""
    reflexive_clitics: list[str] = []
    """Adverbial clitics between a reflexive and a pronominal verb (``s'y disent``, ``s'en est dit``):
    still that verb's pronominal form."""
    stressed_clitics: list[str] = []
    """Clitics that are also a stressed subject pronoun (``lui``): capitalised, opening a sentence
    right before a verb (``Lui assure que…``), no object, as a clitic needs a subject before it."""
    pronouns: list[str] = Field(min_length=1)
    euphonic: str
    future_classes: list[str] = []
    """Classes whose future and conditional endings (``présentera``, ``finiraient``) make a
    longer word after an incise a verb carrying the clause on."""

    future_stem_endings: dict[str, list[str]] = {}
    """The future and conditional endings, by slot (``fut3s``…), of verbs whose future stem ends
    in a consonant before the r (``rompra``, ``prendrait``), which no class's ending covers."""

    @model_validator(mode="after")
    def _known_future_classes(self) -> _ConjFile:
        unknown = sorted(set(self.future_classes) - set(self.classes))
        if unknown:
            raise ValueError(f"future_classes: unknown classes {unknown}")
        return self


class _Phrase(Record):
    phrase: str = Field(min_length=2)
    lemma: str
    form: Literal["preposition", "noun", "infinitive"] = "preposition"
    """``infinitive``: a narrative infinitive (*Et de conclure que*), a cue only where it opens its
    sentence with a capital; the speaker is whoever spoke before."""
    restricted: bool = False
    stance: Stance = "neutral"


class _PourRule(Record):
    comment: str | None = Field(default=None, alias="_comment")
    openers: list[str]
    clause_marks: str
    closing_marks: str = ""
    """Closing quotation marks: a clause start only right after a sentence's end (« … lui. » Pour X, …)."""
    straight_marks: str = ""
    """Marks of ``clause_marks`` that open and close alike (``"``): a clause start only where
    they open, after white space or at the text's start, not in ``"…" pour convoquer``."""
    window: int = Field(gt=0, le=400)
    blockers: list[str]
    dash_marks: str = ""
    """Marks that start a clause when a space, a bracket or the text's start stands before them:
    the dash after a dateline or a list bullet (``PARIS (AFP) - Pour X, …``; ``- Pour X, …``)."""
    demonstratives: list[str] = []
    """Demonstratives that lift a blocker (``ce``, meant for ``Pour ce faire``) when a person's
    noun follows, maybe after one adjective: an opinion holder (``Pour ce fin connaisseur du
    dossier, …``); the nouns are ``field_nouns`` of ``names.json`` and the words opening the
    forms of ``roles.json``."""
    publication_nouns: list[str] = []
    """Nouns of a publication whose name in marks may stand in the phrase, the noun one of the two
    words right before the opening mark (``Pour le quotidien libéral « Le Matin », …``, as after
    ``selon``); other marks before the comma still bar the phrase."""
    infinitive_endings: list[str] = []
    """Endings of an infinitive: a lower-case word right after the phrase (maybe after one of
    ``infinitive_clitics``) ending so opens a purpose clause, no opinion holder (``Pour repousser
    l'offensive, …``, ``Pour se défendre, …``); ``notre``, ``nombre`` end otherwise."""
    infinitive_clitics: list[str] = []
    """Clitics only an infinitive follows after ``pour`` (``se``, ``s'``, ``en``, ``y``): ``Pour
    s'imposer, …``; not ``le``, ``la``, ``lui``, which open a holder too (``Pour le conseiller, …``)."""


class _InciseClitics(Record):
    """Object pronouns that look like determiners but, right after a quotation's closing mark
    (and its comma), belong to the verb of an incise: « … », leur répond X."""

    comment: str | None = Field(default=None, alias="_comment")
    closing_marks: str = Field(min_length=1)
    clitics: list[str] = Field(min_length=1)
    object_clitics: list[str] = []
    """Direct object pronouns that look like articles (``« … », la coupe X``, ``l'interrompt X``):
    there only before one of ``object_verbs`` (verbs of cutting in or taking someone up, whose
    forms a noun may share: la coupe), never before any form (``« … », le juge X a suspendu``)."""
    object_verbs: list[str] = []


class _NoRespite(Record):
    """« n'avoir de cesse de » (never stop doing): ``noun`` (a form of ``governor`` too) after
    the elided negation, an auxiliary, maybe a participle and a link opens the cue, no negation."""

    governor: str
    noun: str = Field(min_length=1)
    auxiliaries: list[str] = Field(min_length=1)
    participles: list[str] = []
    links: list[str] = Field(min_length=1)


class _Governor(Record):
    lemma: str
    conj: str
    link: list[str] = []
    limits: bool = False
    """Whether it keeps the speaker to the words its infinitive says (« se bornant à regretter »,
    « s'est contenté de saluer »): that infinitive in marks is the speaker's word, a partial quote."""
    reports: bool = False
    """Whether its simple tenses report what the infinitive says (« tient à préciser »), not
    a possibility, an intent or a future (« pourrait commenter », « va annoncer »)."""
    prospective: bool = False
    """Whether its simple tenses make the infinitive a report still to come or only possible
    (« devrait annoncer que », « va déclarer que », « pourrait dire que »): nothing said yet."""
    idioms: list[str] = []
    """Infinitives its simple tenses make an idiom of no report with (« ce que cela veut dire »,
    « une formule dont personne ne sait ce qu'elle veut dire »: to mean); its compound tenses
    still report (« n'a pas voulu dire si »)."""
    wish: bool = False
    """Whether its conditional is a wish (« aimerait dire que », « souhaiterait préciser que »):
    then, as a ``prospective`` governor's simple tenses, nothing said yet; its other simple
    tenses may still report (« aime répéter que »)."""


class _WordsFile(Record):
    comment: str | None = Field(default=None, alias="_comment")
    phrases: list[_Phrase]
    pour: _PourRule
    gerund_markers: list[str]
    governor_prepositions: list[str]
    governors: list[_Governor]
    adverbs: list[str]
    preposition_adverbs: list[str] = []
    """``adverbs`` that are also prepositions (``depuis``): a determiner right after one opens
    the noun it governs (``soutient depuis des mois que``), no direct object of the verb."""
    not_cues: list[str] = []
    noun_locutions: list[str] = []
    """Fixed phrases whose last word is a noun spelled like a reporting verb's finite form
    (``en charge``: prendre en charge, la personne en charge de): that form right after the
    phrase's other words is the noun, no cue (« en » alone cannot be a ``noun_markers`` entry,
    the clitic of « il en parle »)."""
    que: list[str] = Field(min_length=1)
    noun_markers: list[str]
    contractions: dict[str, list[str]] = {}
    """A phrase ending in a key word also stands with each of its contractions (``aux yeux de``:
    ``aux yeux du``, ``aux yeux des``, ``aux yeux d'``)."""
    own_reporting: list[str] = []
    """Words after a prepositional cue that make it the writer's own finding, nobody's words
    (``selon nos informations``)."""
    own_hedges: list[str] = []
    """Words after a prepositional cue that hedge the speaker's own report when no source follows
    them (``qu'aucun Tunisien ne figurait, selon les premières vérifications, parmi …``): the
    cue is no source, the content clause goes on; with a source after them (``selon les premières
    constatations des pompiers``) the cue stands."""
    clitic_openers: list[str] = []
    participle_coordinators: list[str] = []
    """Words that share an auxiliary with a second participle (``a évoqué … et rappelé que``):
    a participle right after one and before que is a compound tense's (form ``finite``), the
    only place one of a ``participle: false`` verb is a cue."""
    directive_links: list[str] = []
    """Prepositions that join a directive verb's object to what it asks (``appelé les élus à
    « … »``): a shared-auxiliary participle of a ``participle: false`` directive verb before an
    object, one of them and an opening mark is a cue (never the naming ``appelé``)."""
    topic_links: list[str] = []
    """Prepositions opening the topic a verb of speaking about takes (``parler de``, ``du``,
    ``des``): a shared-auxiliary participle of a ``participle: false`` verb, one of them, maybe a
    determiner and an opening mark right after (``a requis dix mois et parlé d'un « … »``) is the
    compound tense's second verb, a cue of the words in marks, as before a que-clause."""
    passive_agent_links: list[str] = []
    """Links opening a passive participle's complement (``et privée de ses fresques``): a bare
    participle they follow after a passive que-clause is that passive's own, no second cue."""
    participle_objects: list[str] = []
    """Determiners that open the object of a participle coordinated after a comma with a
    cue's compound tense (``a indiqué que …, et rappelé l'existence de…``): that participle is
    the cue's second verb and ends its que clause (not ``…, et annoncé en juin, …``)."""
    participle_pronoun_objects: list[str] = []
    """Indefinite pronouns that are such a participle's whole object (``et appelé chacun à la
    retenue``): the participle is the cue's second verb, as after a determiner of ``participle_objects``."""
    clitic_determiners: list[str] = []
    """Determiners that are also object pronouns and whose noun never looks like a third-person
    verb form (``les juge``: a plural noun would end otherwise): the form after them is a verb."""
    clitic_verbs: list[str] = []
    """Present forms no noun is spelled like (``accuse``, not ``accusé``; ``qualifie``): right
    after an object pronoun that looks like a determiner (``X l'accuse de « … »``) still a verb."""
    incise_clitics: _InciseClitics | None = None
    nickname_markers: list[str] = []
    """Forms of *dire* that name someone before a nickname in marks (``X, dit « MBS », a…``): no report."""
    purpose_openers: list[str] = []
    """A purpose subordinator and its subject pronoun (``pour qu'ils``, ``afin que nous``): the
    form right after one is the subjunctive of what someone wants done, no report
    (``un appel … pour qu'ils concluent « sans plus attendre » un traité``)."""
    no_respite: _NoRespite | None = None
    purpose_governors: list[str] = []
    """Prepositions of purpose that govern a reporting infinitive (``pour``, ``afin de``): the
    infinitive's subject is the main clause's, not an object before it (``X a convoqué
    l'ambassadeur pour dénoncer …``)."""
    act_gerunds: list[str] = []
    """Present participles that, after ``, tout en`` (and maybe a reflexive ``se``), are the
    reporter's own act beside the report, never a part of the words reported (``a fait savoir
    qu'il suivait la situation, tout en offrant ses condoléances``; ``…, tout en écartant
    l'hypothèse``): they end a que-clause at the comma before ``tout en``."""
    act_gerund_openers: list[str] = []
    """``tout en``: what opens such a gerund after the comma."""
    act_gerund_clitics: list[str] = []
    """``se``, ``s'``: a reflexive pronoun that may stand between the opener and the participle."""

    @model_validator(mode="after")
    def _unique_phrases(self) -> _WordsFile:
        seen = [p.phrase for p in self.phrases]
        dups = sorted({p for p in seen if seen.count(p) > 1})
        if dups:
            raise ValueError(f"duplicate phrases: {dups}")
        if self.no_respite is not None and self.no_respite.governor not in {g.lemma for g in self.governors}:
            raise ValueError(f"no_respite: {self.no_respite.governor!r} is no governor")
        return self


# ---------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class CueMatch:
    """One reporting expression, with offsets into the original text (``text[start:end] == self.text``)."""

    start: int
    end: int
    text: str
    lemma: str
    """Canonical verb or preposition: ``déclarer``, ``se dire``, ``selon``, ``communiqué``."""
    form: CueForm
    stance: Stance
    aux: bool = False
    """Built with an auxiliary (``a déclaré``, ``s'est dit``, ``a-t-il ajouté``)."""
    que_end: int | None = None
    """Offset just after a ``que``/``qu'`` that directly follows the cue (adverbs allowed between)."""
    subject_pronoun: str | None = None
    """The inverted subject as written (``il``, ``elle``, ``on``…), for inverted forms."""
    negated: bool = False
    """Introduced by ``ne``/``n'`` (``n'a pas caché``): the caller decides what a negated cue means."""


# The slot descriptors of CueMatch's fields, in order. A frozen dataclass's __init__ sets each
# field through object.__setattr__ (a generic attribute lookup per field): _cue_match sets the
# slots directly, about twice as fast, and makes the same immutable value.
(_set_start, _set_end, _set_text, _set_lemma, _set_form, _set_stance, _set_aux, _set_que_end,
 _set_pronoun, _set_negated) = (
    getattr(CueMatch, name).__set__
    for name in ("start", "end", "text", "lemma", "form", "stance", "aux", "que_end", "subject_pronoun", "negated")
)


def _cue_match(
    start: int, end: int, text: str, lemma: str, form: CueForm, stance: Stance, aux: bool,
    que_end: int | None, subject_pronoun: str | None, negated: bool,
) -> CueMatch:
    """``CueMatch(start, end, …, negated)``, without the frozen __init__'s cost (see above)."""
    cue: CueMatch = object.__new__(CueMatch)
    _set_start(cue, start)
    _set_end(cue, end)
    _set_text(cue, text)
    _set_lemma(cue, lemma)
    _set_form(cue, form)
    _set_stance(cue, stance)
    _set_aux(cue, aux)
    _set_que_end(cue, que_end)
    _set_pronoun(cue, subject_pronoun)
    _set_negated(cue, negated)
    return cue


# ---------------------------------------------------------------- pattern building

# Most characters of an aside in brackets inside a restricted « Pour X, » phrase.
_POUR_ASIDE = 30
# The period after one capital letter set off by a space (« M. », « J. »): an abbreviation's.
_INITIAL_PERIOD = r"(?<=\s[A-Z])\."
# Shortest participle ending read as a mark of a participle, but for those of the first class.
_ENDING_MIN = 3
_SPACE = r"[ \t\u00a0\u202f]++"
# Characters after a directive participle within which its object, link and opening mark stand.
_DIRECTIVE_REACH = 80
_HYPHEN = r"[\-\u2010\u2011]"
# An aside set off by commas between an auxiliary and its participle (", de son côté,"): a short
# one, or a longer one (", par la voix de son porte-parole,") that no prepositional cue opens
# (", selon une source proche du dossier," is a cue of its own); the caller fills in the cues.
_ASIDE_CHARS = r"[^,.;:!?«»\"“”\n]"
_ASIDE = (r"[ \t\u00a0\u202f]*+,(?:" + _ASIDE_CHARS + r"{{1,25}}+|(?![ \t\u00a0\u202f]*+(?:{cues})(?![\w'’]))"
          + _ASIDE_CHARS + r"{{26,40}}+),")
# Any aside (what the gate lets through).
_ANY_ASIDE = r"[ \t\u00a0\u202f]*+," + _ASIDE_CHARS + r"{1,40}+,"
_APOS_CLASS = "['\u2019\u02bc]"
_LEFT = r"(?<![\w\-\u2010\u2011])"
# A word right before a position, set off by one space (« Jong » before « Un promet »).
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w\-\u2010\u2011'\u2019])([^\W\d_][\w\-]*) \Z")
_NAME_WORD_REACH = 30
# A space, then a capitalised word, not all capitals (a sigle may follow a verb: « dénonce EDF »).
_CAPITALISED_WORD_AFTER = re.compile(r"[ \u00a0][^\W\d_]{2}")
# Same as _LEFT, split in two: the engine tests ``(?<!\w)`` twice as fast as the merged class.
_START = r"(?<!\w)(?<![\-\u2010\u2011])"
# ``\w`` with the Latin-1 letters and digits spelled out: the same class (each listed character
# is a word character), but the stdlib engine answers for a listed one from a bitmap before it
# asks Unicode for the category.
_WORD_CLASS = r"a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\w"
# The character before a cue, what _START asks of it, consumed: a pattern opening with a
# character class is only tried where that class matches (the engine skips ahead in C,
# testing every character of the text against it: hence _WORD_CLASS).
_SEPARATOR = rf"[^{_WORD_CLASS}\-\u2010\u2011]"
_RIGHT = r"(?![\w\-\u2010\u2011])"
# Most characters between a verb and the words of ``marks_after`` opening its complement in marks.
_MARKS_AFTER_REACH = 60
# One lower-case noun between the words of ``marks_after_noun`` and the opening mark (comme un engin « … »),
# maybe touching an elided article (comme l'artiste « … »).
_MARKED_NOUN = r"(?:(?<=['\u2019])|[ \t\u00a0\u202f]++)[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ\-]*+"
# One more lower-case word after that noun, its adjective (comme l'artiste francophone « … »): no
# word of ``noun_markers`` (comme le veut la « … »: a verb, then the determiner of another noun).
_MARKED_ADJECTIVE = r"(?:[ \t\u00a0\u202f]++(?!(?:{markers}){right})[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ\-]*+)?+"
# Spaces around words in marks; characters read before the marks for a limiting governor.
_MARK_SPACES = " \t\u00a0\u202f"
_LIMIT_REACH = 40
# Continuations of the gate longer than this are written once (see CueLexicon._gate).
_GATE_SHARED = 2000


def _optional(x: str) -> str:
    """``(?:x)?`` written ``(?:x|)``: the same matches tried in the same order, but the stdlib
    engine sets up a repeat (an allocation) each time it reaches a ``?`` over a group, and
    a branch costs far less."""
    return "(?:" + x + "|)"


def _at_most(x: str, n: int) -> str:
    """``(?:x){0,n}`` (greedy) as nested optionals, for the same reason as :func:`_optional`."""
    return _optional(x + _at_most(x, n - 1)) if n > 0 else ""


def _strip_accent(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0]


@cache
def _char(ch: str, *, cap: bool) -> str:
    """Regex for one data character: apostrophes, spaces and hyphens stand for their typographic variants.

    Cached: the cue pattern's tries write ~67,000 characters, of a few hundred kinds."""
    if ch == "'":
        return _APOS_CLASS
    if ch == " ":
        return _SPACE
    if ch == "-":
        return _HYPHEN
    if cap:
        return "[" + "".join(re.escape(v) for v in sorted(_cap_variants(ch))) + "]"
    return re.escape(ch)


def _spelled(ch: str) -> set[str]:
    """Every character :func:`_char` (``cap=True``) lets stand for ``ch``."""
    return set(_TYPOGRAPHIC_VARIANTS.get(ch, "")) or _cap_variants(ch)


# The characters _char lets stand for an apostrophe, a space and a hyphen of the data.
_TYPOGRAPHIC_VARIANTS = {"'": "'\u2019\u02bc", " ": " \t\u00a0\u202f", "-": "-\u2010\u2011"}


def _cap_variants(ch: str) -> set[str]:
    """How a word's first letter may be written: either case, and a capital without its accent
    (capitals often lose it in French typography: « Ecrit », « A ses yeux »)."""
    if ch.lower() == ch.upper():
        return {ch}
    return {ch, ch.lower(), ch.upper(), _strip_accent(ch.upper())}


def _trie(words: Iterable[str], *, cap: bool = False) -> str:
    """A trie-shaped alternation (greedy, so the longest word wins) matching any of ``words``."""
    root: dict[str, Any] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return NOTHING

    def emit(node: dict[str, Any], first: bool) -> str:
        end = "" in node
        keys = sorted(node)  # "" sorts first
        if end:
            del keys[0]
        if not keys:
            return ""
        head = cap and first
        branches = [_char(ch, cap=head) + emit(node[ch], False) for ch in keys]
        if end and any(len(b) > 1 for b in branches):
            # _optional of the branches in one group, (?:ab|c|) for (?:(?:ab|c)|): the same
            # matches in the same order, fewer groups to compile. (Single characters stay
            # apart, (?:(?:a|b)|): the engine tests them as one class.)
            return "(?:" + "|".join(branches) + "|)"
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return _optional(body) if end else body

    return "(?:" + emit(root, True) + ")"


def _key(s: str) -> str:
    """Lookup key of a matched form: lower case, one apostrophe, one space, one hyphen."""
    s = (
        s.lower()
        .replace("\u2019", "'")
        .replace("\u02bc", "'")
        .replace("\u2010", "-")
        .replace("\u2011", "-")
    )
    return " ".join(s.split())


def _get(table: Mapping[str, _V], form: str) -> _V | None:
    """``table.get(_key(form))``, trying ``form`` as written first: a matched form is most
    often its own key, and a key is its own ``_key``, so the normalisation is rarely needed."""
    hit = table.get(form)
    return hit if hit is not None else table.get(_key(form))


def _keys(form: str) -> list[str]:
    """The form's key and, for an accented first letter, the key a de-accented capital would give."""
    k = _key(form)
    bare = _strip_accent(k[0]) + k[1:]
    return [k] if bare == k else [k, bare]


@dataclass(frozen=True, slots=True)
class _Sense:
    lemma: str
    stance: Stance


class _Forms:
    """Generated surface forms, by construction slot, mapping each key to the verb it comes from."""

    def __init__(self) -> None:
        self.finite: dict[str, _Sense] = {}
        self.pp: dict[str, _Sense] = {}
        self.bare_pp: dict[str, _Sense] = {}
        """Participles that count as a cue without an auxiliary."""
        self.que_pp: dict[str, _Sense] = {}
        """Participles of ``participle: false`` verbs: a cue without an auxiliary only right
        before a que-clause (``et rappelé que``), where they cannot be an adjective."""
        self.ger: dict[str, _Sense] = {}
        self.inf: dict[str, _Sense] = {}
        self.inv_head: dict[str, _Sense] = {}
        """Inversion: finite form, then the tail after the pronoun (``fait-il savoir``)."""
        self.inv_tail: set[str] = set()
        self.inv_words: set[str] = set()
        """Finite forms without their tail, as they stand before the inverted pronoun."""

    def add(self, table: dict[str, _Sense], form: str, sense: _Sense) -> None:
        for k in _keys(form):
            table.setdefault(k, sense)

    def drop(self, forms: Iterable[str]) -> None:
        """Forget forms that are mostly other words (``maintenant``), wherever they were generated."""
        keys = {k for f in forms for k in _keys(f)}
        for table in (self.finite, self.pp, self.bare_pp, self.que_pp, self.ger, self.inf, self.inv_head):
            for k in keys & table.keys():
                del table[k]
        self.inv_words -= keys


_V = TypeVar("_V")
_PARTS = Literal["finite", "pp", "ger", "inf"]


def _conjugate(head: str, cls: _ConjClass) -> dict[_PARTS, list[str]]:
    stem = head[: len(head) - len(cls.strip)]
    finite = [stem + e for slot in _SLOTS_FINITE for e in getattr(cls, slot)]
    return {
        "finite": finite,
        "pp": [stem + e for e in cls.pp],
        "ger": [stem + e for e in cls.ger],
        "inf": [head],
    }


def _first_token(phrase: str) -> str:
    """The first word of a phrase, an elided word keeping its apostrophe (``d'après`` → ``d'``)."""
    word = phrase.split(" ", 1)[0]
    apos = word.find("'")
    return word[: apos + 1] if apos >= 0 else word


def _infer_class(head: str, classes: Mapping[str, _ConjClass]) -> str | None:
    fits = [
        (len(c.strip), name) for name, c in classes.items() if c.infer and head.endswith(c.strip)
    ]
    return max(fits)[1] if fits else None


class CueLexicon:
    """The verbs and words cues are made of, compiled once on first use.

    Immutable: :meth:`with_verbs` returns a new lexicon; the built-in one is :meth:`default`.
    """

    def __init__(self, verbs: Sequence[VerbEntry], conj: _ConjFile, words: _WordsFile) -> None:
        self.verbs: tuple[VerbEntry, ...] = tuple(verbs)
        self._conj = conj
        self._words = words
        problems = self._check()
        if problems:
            raise DataError(
                f"reporting verbs: {len(problems)} problem(s)\n"
                + "\n".join(f"  - {p}" for p in problems)
            )

    _default: CueLexicon | None = None

    @classmethod
    def default(cls) -> CueLexicon:
        """The lexicon built from the package's data files (loaded and validated once)."""
        if cls._default is None:
            verbs = load("verbs.json", _VerbsFile).verbs
            cls._default = cls(
                verbs, load("conjugation.json", _ConjFile), load("cue_words.json", _WordsFile)
            )
        return cls._default

    def with_verbs(self, entries: Iterable[VerbEntry | Mapping[str, Any]]) -> CueLexicon:
        """A new lexicon with ``entries`` added (dicts are validated; one error lists every problem)."""
        payload = [e.model_dump() if isinstance(e, VerbEntry) else dict(e) for e in entries]
        added: list[VerbEntry] = validate(
            TypeAdapter(list[VerbEntry]), payload, origin="added verbs"
        )
        return CueLexicon([*self.verbs, *added], self._conj, self._words)

    @property
    def lemmas(self) -> frozenset[str]:
        """Every lemma a cue can carry: verbs, prepositions and nouns."""
        return frozenset([v.lemma for v in self.verbs] + [p.lemma for p in self._words.phrases])

    def verb(self, lemma: str) -> VerbEntry | None:
        """The entry of a verb lemma, or None."""
        return self._by_lemma.get(lemma)

    @cached_property
    def _by_lemma(self) -> dict[str, VerbEntry]:
        return {v.lemma: v for v in self.verbs}

    # -- validation and generation

    def _split(self, lemma: str) -> tuple[bool, str, str]:
        """(pronominal, head verb, fixed tail) of a lemma: ``s'insurger`` → (True, 'insurger', '')."""
        pronominal = False
        rest = lemma
        for refl in sorted(self._conj.reflexive, key=len, reverse=True):
            sep = "" if refl.endswith("'") else " "
            if rest.startswith(refl + sep):
                pronominal, rest = True, rest[len(refl + sep) :]
                break
        head, _, tail = rest.partition(" ")
        return pronominal, head, tail

    def _class_of(self, conj: str | None, head: str) -> str | None:
        return conj if conj is not None else _infer_class(head, self._conj.classes)

    def _check(self) -> list[str]:
        problems: list[str] = []
        seen: set[str] = set()
        classes = self._conj.classes
        for v in self.verbs:
            if v.lemma in seen:
                problems.append(f"{v.lemma!r}: duplicate lemma")
            seen.add(v.lemma)
            _, head, _ = self._split(v.lemma)
            name = self._class_of(v.conj, head)
            if name is None or name not in classes:
                problems.append(f"{v.lemma!r}: unknown conjugation class {v.conj!r}")
            elif not head.endswith(classes[name].strip):
                problems.append(
                    f"{v.lemma!r}: does not end with {classes[name].strip!r} (class {name!r})"
                )
        for g in self._words.governors:
            _, head, _ = self._split(g.lemma)
            if g.conj not in classes:
                problems.append(f"governor {g.lemma!r}: unknown conjugation class {g.conj!r}")
            elif not head.endswith(classes[g.conj].strip):
                problems.append(
                    f"governor {g.lemma!r}: does not end with {classes[g.conj].strip!r}"
                )
        return problems

    @cached_property
    def _tables(self) -> tuple[_Forms, _Forms, dict[str, _Phrase]]:
        """Forms of plain verbs, forms of pronominal verbs (after se/s'), phrases by key."""
        plain, pron = _Forms(), _Forms()
        for v in self.verbs:
            pronominal, head, tail = self._split(v.lemma)
            name = self._class_of(v.conj, head)
            assert name is not None  # checked in __init__
            forms = _conjugate(head, self._conj.classes[name])
            table = pron if pronominal else plain
            sense = _Sense(v.lemma, v.stance)
            suffix = " " + tail if tail else ""
            for f in forms["finite"]:
                table.add(table.finite, f + suffix, sense)
                table.add(table.inv_head, f + suffix, sense)
                table.inv_words.add(f)
            for f in forms["pp"]:
                table.add(table.bare_pp if v.participle else table.que_pp, f + suffix, sense)
            for part in ("pp", "ger", "inf") if v.governed else ("pp", "ger"):
                target = getattr(table, part)
                for f in forms[part]:  # type: ignore[literal-required]
                    table.add(target, f + suffix, sense)
            if tail:
                table.inv_tail.add(tail)
        for table in (plain, pron):
            table.drop(self._words.not_cues)
        phrases: dict[str, _Phrase] = {}
        for p in self._words.phrases:
            for variant in self._contracted(p.phrase):
                for k in _keys(variant):
                    phrases.setdefault(k, p)
        return plain, pron, phrases

    def _contracted(self, phrase: str) -> list[str]:
        """``phrase`` and, when it ends in a word that contracts, its contracted forms."""
        head, _, last = phrase.rpartition(" ")
        forms = self._words.contractions.get(last, []) if head else []
        return [phrase, *(f"{head} {form}" for form in forms)]

    @cached_property
    def _governor_forms(self) -> tuple[list[str], list[str], list[str], list[str]]:
        """(forms with their link for a following infinitive, finite heads for inversion, links,
        participles with their link for an inverted compound tense: ``a-t-il tenu à``)."""
        with_link: list[str] = list(self._words.governor_prepositions)
        heads: list[str] = []
        links: set[str] = set()
        participles: list[str] = []
        for g, pronominal, forms in self._governor_conjugations:
            if not pronominal:
                heads.extend(forms["finite"])
            for f in forms["finite"] + forms["pp"]:
                # The link is its own word, after a space even when elided: « vient d'annoncer ».
                linked = [f + " " + lk for lk in g.link] if g.link else [f]
                with_link.extend(linked)
                if f in forms["pp"]:
                    participles.extend(linked)
            links.update(g.link)
        return with_link, heads, sorted(links), participles

    @cached_property
    def _governor_conjugations(self) -> list[tuple[_Governor, bool, dict[_PARTS, list[str]]]]:
        """Each governor verb, whether it is pronominal, and its conjugated forms."""
        out = []
        for g in self._words.governors:
            pronominal, head, _ = self._split(g.lemma)
            out.append((g, pronominal, _conjugate(head, self._conj.classes[g.conj])))
        return out

    @cached_property
    def _limiting_forms(self) -> dict[str, tuple[str, ...]]:
        """By link, the forms of the ``limits`` governors with that link after them, case folded
        (``bornant à``, ``contentée de``)."""
        out: dict[str, set[str]] = {}
        for g, _, forms in self._governor_conjugations:
            if g.limits:
                for f in forms["finite"] + forms["pp"] + forms["ger"]:
                    for lk in g.link:
                        out.setdefault(_key(lk), set()).add(_key(f"{f} {lk}"))
        return {lk: tuple(fs) for lk, fs in out.items()}

    @cached_property
    def limit_link_ends(self) -> frozenset[str]:
        """The last characters of the ``limits`` governors' links (``à``, ``de``, ``d'``), lower
        case, both apostrophes: the cheap test before :meth:`limited_in_marks`."""
        ends = {link[-1:] for link in self._limiting_forms if link}
        return frozenset(ends | ({"\u2019"} if "'" in ends else set()))

    def limited_in_marks(self, before: str, inner: str) -> bool:
        """Whether ``inner``, the words in marks right after ``before``, is a reporting infinitive
        that a ``limits`` governor ending ``before`` governs (« se bornant à « regretter » »): the
        speaker's own word, no scare quote."""
        # One word, or the words of a reporting phrase (« prendre acte »), nothing else.
        word = " ".join(inner.split())
        if not word[:1].islower() or not word.replace(" ", "").isalpha():
            return False
        tail = before[-_LIMIT_REACH:].rstrip(_MARK_SPACES)
        last = tail.rsplit(None, 1)[-1] if tail.strip() else ""
        forms = self._limiting_forms.get(_key(last))
        if forms is None:
            return False
        folded = _key(" ".join(tail.split()))
        if not any(folded.endswith(f) and (len(folded) == len(f) or not folded[-len(f) - 1].isalpha()) for f in forms):
            return False
        probe = last + ("" if last[-1:] in "'’" else " ") + word
        return any(c.end == len(probe) and c.form == "infinitive" for c in self.find(probe))

    @cached_property
    def _pattern(self) -> Any:
        plain, pron, phrases = self._tables
        c, w = self._conj, self._words
        sp = _SPACE
        gov, gov_heads, links, gov_pps = self._governor_forms

        def t(words: Iterable[str], cap: bool = False) -> str:
            return _trie(words, cap=cap)

        neg = rf"(?P<neg>{t(c.negation, True)}(?:(?<=['\u2019\u02bc])|{sp}))"
        rclit = rf"(?:{t(c.reflexive_clitics)}{sp})?" if c.reflexive_clitics else ""
        refl = rf"(?P<refl>{t(c.reflexive, True)}(?:(?<=['\u2019\u02bc])|{sp}){rclit})"
        refl_i = rf"(?:{t(c.reflexive)}(?:(?<=['\u2019\u02bc])|{sp}))"
        # A governor's own reflexive (« s'est contenté de répondre »): no group, as the
        # infinitive's table is the plain one.
        grefl = rf"(?:{t(c.reflexive, True)}(?:(?<=['\u2019\u02bc])|{sp}))"
        clit = rf"(?:{t(c.clitics, True)}(?:(?<=['\u2019\u02bc])|{sp}))"
        fclit = rf"(?:{t(c.finite_clitics, True)}{sp})" if c.finite_clitics else ""
        avoir = t([a.word for a in c.aux_avoir], True)
        etre = t([a.word for a in c.aux_etre])
        # "a, de son côté, appelé", "a, lui, dénoncé": a short aside set off by commas, then adverbs.
        aside = _ASIDE.format(cues=t(p.phrase for p in w.phrases if p.form == "preposition"))
        # Up to three adverbs as a counted repeat, not _at_most's nested optionals (the same
        # matches in the same order): the adverbs' trie is written once, not 3 times in each of
        # the 10 places it stands (63K of 336K characters; first compile 1.85 → 1.54 s), for a
        # cue scan as fast (measured, ±5%).
        advs = _optional(aside) + rf"(?:{sp}{t(w.adverbs)}{_RIGHT}){{0,3}}"
        euph = re.escape(c.euphonic)
        inv = (
            rf"(?:{_HYPHEN}{euph}{_HYPHEN}|{_HYPHEN}{euph}{sp}|{sp}{euph}{_HYPHEN}|{_HYPHEN})"
            rf"(?P<pron>{t(c.pronouns)}){_RIGHT}"
        )
        pp, rpp = t(plain.pp), t(pron.pp)
        fin, rfin = t(plain.finite, True), t(pron.finite)
        ger, rger = t(plain.ger, True), t(pron.ger)
        inf_any = rf"(?:(?P<grefl>{refl_i}){t(pron.inf)}|{t(plain.inf)})"
        germ = _optional(rf"{t(w.gerund_markers, True)}{sp}")
        alts = [
            # longest constructions first: alternation is ordered, so a shorter reading only wins when these fail
            rf"(?P<inv_cmp>{_optional(neg)}{_optional(clit)}(?P<aux>{avoir}){inv}{advs}{sp}(?P<pp>{pp}))",
            rf"(?P<inv_rcmp>{_optional(neg)}{refl}(?P<aux>{etre}){inv}{advs}{sp}(?P<pp>{rpp}))",
            rf"(?P<inv_gov>{t(gov_heads, True)}{inv}{advs}{_optional(sp + t(links))}(?:(?<=['\u2019\u02bc])|{sp}){_optional(clit)}(?P<inf>{inf_any}))",
            # « s'est-elle contentée de répéter », « a-t-il tenu à rappeler »
            rf"(?P<inv_gcmp>{_optional(neg)}(?:{_optional(clit)}(?P<gaux>{avoir})|{grefl}(?P<geaux>{etre})){inv}{advs}{sp}"
            rf"{t(gov_pps)}(?:(?<=['\u2019\u02bc])|{advs}{sp}){_optional(clit)}(?P<inf>{inf_any}))",
            # « se contente de répondre »: a pronominal governor's simple tense with its reflexive.
            rf"(?P<gov_inf>{_optional(rf'{_optional(neg)}(?:(?:{_optional(clit)}(?P<gaux>{avoir})|{grefl}(?P<geaux>{etre})){advs}{sp}|{grefl})')}"
            rf"(?P<gov>{t(gov, True)})(?:(?<=['\u2019\u02bc])|{advs}{sp})(?P<inf>{inf_any}))",
            rf"(?P<cmp>{_optional(neg)}{_optional(clit)}(?P<aux>{avoir}){advs}{sp}(?P<pp>{pp}))",
            rf"(?P<rcmp>{_optional(neg)}{refl}(?P<aux>{etre}){advs}{sp}(?P<pp>{rpp}))",
            rf"(?P<inv>(?P<fin>{t(plain.inv_words, True)}){inv}{_optional(rf'{advs}{sp}(?P<tail>{t(plain.inv_tail | pron.inv_tail)})')})",
            rf"(?P<rinv>{refl}(?P<rfin>{rfin}){inv})",
            rf"(?P<gerund>{germ}(?:(?P<ger>{ger})|{refl}(?P<rger>{rger})))",
            # « fait d'ailleurs valoir que », « met aussi en garde »: a two-word lemma's simple
            # tense with adverbs between its verb and its fixed tail, as after an auxiliary.
            rf"(?P<split>{_optional(neg)}{_optional(fclit)}(?P<fin>{t(plain.inv_words, True)})"
            rf"(?:{sp}{t(w.adverbs)}{_RIGHT}){{1,3}}{sp}(?P<tail>{t(plain.inv_tail)}))",
            rf"(?P<finite>{_optional(neg)}(?:{_optional(fclit)}(?P<fin>{fin})|{refl}(?P<rfin>{rfin})))",
            rf"(?P<phrase>{t(phrases, True)})",
            rf"(?P<part>{t(plain.bare_pp.keys() | plain.que_pp.keys(), True)})",
        ]
        # The first words of each alternative, for a guard on their first letter (see
        # _first_char_guard); None where they may be any verb form, whose first letters are
        # nearly all letters: there the guard costs more than it saves (measured).
        avoir_w = [a.word for a in c.aux_avoir]
        firsts: list[list[Iterable[str]] | None] = [
            [c.negation, c.clitics, avoir_w],
            [c.negation, c.reflexive],
            [gov_heads],
            [c.negation, c.clitics, avoir_w, c.reflexive],
            [c.negation, c.clitics, avoir_w, c.reflexive, gov],
            [c.negation, c.clitics, avoir_w],
            [c.negation, c.reflexive],
            None,
            [c.reflexive],
            None,
            None,
            None,
            [phrases],
            None,
        ]
        alts = [a if f is None else _first_char_guard(f) + a for f, a in zip(firsts, alts, strict=True)]
        # The stdlib engine has no duplicate group names: number them per alternative (``neg__4``).
        alts = [re.sub(r"\(\?P<(\w+)>", rf"(?P<\1__{i}>", a) for i, a in enumerate(alts)]
        gate = self._gate(plain, pron, phrases, gov, gov_heads)
        # A phrase may end in an elided word ("aux yeux d'"): the apostrophe is its right edge.
        return re.compile(_SEPARATOR + gate + "(?:" + "|".join(alts) + ")" + rf"(?:(?<=['\u2019\u02bc])|{_RIGHT})")

    def _gate(
        self,
        plain: _Forms,
        pron: _Forms,
        phrases: Mapping[str, _Phrase],
        gov: list[str],
        gov_heads: list[str],
    ) -> str:
        """A lookahead every cue start satisfies, far cheaper than the alternatives it guards.

        Most words cannot start a cue, and a function word (le, de, a, se) only can when the
        right word follows it. One trie of first words, each followed by what may come next,
        rejects nine word starts in ten with a single walk (measured 3x faster than trying
        the alternatives at every word).
        """
        c, w = self._conj, self._words
        sep = rf"(?:(?<=['\u2019\u02bc])|{_SPACE})"
        end = r"(?:(?<=['\u2019\u02bc])|(?!\w))"
        nexts: dict[str, set[str]] = {}

        def then(heads: Iterable[str], follow: str) -> None:
            for h in heads:
                nexts.setdefault(_first_token(h), set()).add(follow)

        def seconds(*groups: Iterable[str], whole: Iterable[str] = ()) -> str:
            return sep + _trie({_first_token(x) for g in groups for x in g} | set(whole)) + end

        avoir = [a.word for a in c.aux_avoir]
        etre = [a.word for a in c.aux_etre]
        gov_verbs = set(gov) - set(w.governor_prepositions)
        # A bare participle is the only construction a participle opens (``a déclaré`` opens with the auxiliary).
        then([*plain.finite, *plain.inv_words, *plain.ger, *plain.bare_pp, *plain.que_pp, *gov_heads, *gov_verbs], end)
        then(c.negation, seconds(c.clitics, c.reflexive, avoir, plain.finite))
        then(c.clitics, seconds(avoir))
        then(c.finite_clitics, seconds(plain.finite))
        # « se contente de répondre »: a pronominal governor's simple tense after its reflexive.
        then(c.reflexive, seconds(etre, pron.finite, pron.ger, pron.inf, gov_verbs))
        # « s'y disent », « s'en est dit »: an adverbial clitic between the reflexive and its verb.
        then(c.reflexive, seconds(c.reflexive_clitics))
        # Adverbs are written whole (« la veille », « de son côté »): their first words alone
        # let every « de la », « a une », « pour la » through, each costing a try of all the
        # alternatives. A governor after an auxiliary, a multi-word preposition's own words
        # after its first (« avant| de ») are then needed, where those first words let them by.
        then(
            avoir,
            rf"(?:{_HYPHEN}|{_SPACE}{re.escape(c.euphonic)}{_HYPHEN}|{_ANY_ASIDE}|{seconds(plain.pp, gov, whole=w.adverbs)})",
        )
        single = [p for p in w.governor_prepositions if _first_token(p) == p]
        then(single, seconds(plain.inf, c.reflexive, whole=w.adverbs))
        for p in set(w.governor_prepositions) - set(single):
            then([p], sep + _trie([p[len(_first_token(p)) :].lstrip(" ")]) + end)
        then(w.gerund_markers, seconds(plain.ger, c.reflexive, w.gerund_markers))
        # A phrase's first word, then the rest of the phrase (not only its next word: « de l' »
        # is common, « de l'aveu de » rare): one trie of the rests per first word.
        rests: dict[str, set[str]] = {}
        for phrase in phrases:
            tok = _first_token(phrase)
            rests.setdefault(tok, set()).add(phrase[len(tok) :].lstrip(" "))
        # A restricted phrase (« Pour X, … ») is only read where the words after it may hold:
        # after what may open a clause, no blocker, and a comma soon (most « pour » stand after
        # a word, and each let through cost a match and a rejected reading). Or an aside may
        # follow it, as it may a governor (« pour, selon lui, dire »), which the governors' own
        # continuation does not let through.
        _, blocked, _ = self._pour_sources
        for tok, after in rests.items():
            if "" in after:
                restricted = rf"{end}(?:{self._clause_start_gate(len(tok))}(?={self._comma_reach})(?!{blocked})|(?={_ANY_ASIDE}))"
                then([tok], restricted if phrases[tok].restricted else end)
            if after - {""}:
                then([tok], sep + _trie(after - {""}) + end)
        # Dispatch on the first letter, then one branch per distinct continuation: a word start
        # costs one character test, then a few tries. (Merging the continuations into the trie
        # itself copies the big ones into every word, a 10x larger pattern for no gain.)
        # A long continuation (the trie of finite forms after « ne », of participles after an
        # auxiliary) is one branch of its letter for all the words it follows there, and that
        # letter is one branch in both cases (below): the gate is 2x smaller (its first compile
        # took ~2 s more) and lets the same positions through (only whether it holds counts).
        shared = {f for follows in nexts.values() for f in follows if len(f) > _GATE_SHARED}
        by_first: dict[str, dict[frozenset[str], list[str]]] = {}
        for tok, follows in nexts.items():
            groups = by_first.setdefault(tok[0].lower(), {})
            own = frozenset(follows - shared)
            for key in [own] if own else []:
                groups.setdefault(key, []).append(tok[1:])
            for f in follows & shared:
                groups.setdefault(frozenset([f]), []).append(tok[1:])
        # The first character is dispatched on with plain literals, the engine's cheapest test
        # (a class like [Dd] costs twice as much): one branch per way of writing it, lower case
        # first, so each letter's continuations appear twice in the pattern (~10% faster). A
        # letter with a long continuation is one class instead, among the lower-case letters.
        by_spelling: dict[tuple[bool, str, str], list[str]] = {}
        for first, groups in sorted(by_first.items()):
            inner = "|".join(
                _trie(rests) + "(?:" + "|".join(sorted(f)) + ")" for f, rests in groups.items()
            )
            typographic = first in "' -"  # a class of variants, as _char writes it
            if typographic or any(not shared.isdisjoint(f) for f in groups):
                spellings = [(False, first, _char(first, cap=True))]
            else:
                spellings = [(v != v.lower(), v, re.escape(v)) for v in _cap_variants(first)]
            for spelling in spellings:
                by_spelling.setdefault(spelling, []).append(inner)
        branches = [spelling + "(?:" + "|".join(inners) + ")" for (_, _, spelling), inners in sorted(by_spelling.items())]
        # One class of every character a word start may open with, tested first: the branches
        # are tried one after the other, and most separators are followed by no such character
        # (the space after a comma, a digit, a mark), which the class alone rejects.
        firsts = {v for first in by_first for v in _spelled(first)}
        return "(?=[" + "".join(re.escape(v) for v in sorted(firsts)) + "])(?=" + "|".join(branches) + ")"

    @cached_property
    def _other_sense(self) -> dict[str, Any]:
        """Lemma → the words right after its verb that make it another verb (``relève du``), an
        adverb or two maybe between (``relève davantage du``); not the first words of an adverb
        (``relève de son côté que``: ``de son`` opens ``de son côté``, the verb still reports)."""
        # An opening mark may stand between the words (« relèvent de « l'habillage » »).
        gap = rf"(?:{_SPACE}|(?:{_SPACE})?[«\"\u201c](?:{_SPACE})?)"
        adverb = rf"{_trie(self._words.adverbs)}{_RIGHT}"
        adverbs = _at_most(rf"{_SPACE}{adverb}", 2)
        return {
            v.lemma: re.compile(
                rf"{adverbs}{gap}(?!{adverb})(?:"
                + "|".join(gap.join(re.escape(w) for w in phrase.split(" ")) for phrase in sorted(v.other_sense_before, key=len, reverse=True))
                + rf")(?:(?<=['\u2019])|{_RIGHT})"
            )
            for v in self.verbs if v.other_sense_before
        }

    @cached_property
    def _object_after(self) -> dict[str, Any]:
        """Lemma → the words right after its verb that open a direct object (``poursuit ses``),
        an adverb or two maybe between (``a poursuivi mardi ses``); not the article of a date
        (``a soutenu le 12 juin que``: when it was said, no object), nor the determiner a
        preposition among the adverbs governs (``soutient depuis des mois que``)."""
        opening = re.escape("".join(sorted(marks.opening_marks() - {"'", "\u2019"})))
        suffixes = "|".join(re.escape(s) for s in read_json("detection.json")["day_ordinal_suffixes"])
        months = "|".join(re.escape(m) for m in read_json("grammar.json")["months"])
        date = rf"(?!{_SPACE}[0-3]?\d(?:{suffixes})?{_SPACE}(?i:{months}){_RIGHT})"
        governed = "".join(rf"(?<!{_LEFT}{re.escape(w)})" for w in self._words.preposition_adverbs)
        # "soutient depuis des années les réfugiés": such a preposition, its determiner and one
        # noun make one adverbial, the object may follow it.
        phrase = (rf"|(?:{_trie(self._words.preposition_adverbs)}){_SPACE}(?:{_trie(v_dets)})(?:(?<=['\u2019])|{_SPACE})[\w\-]++"
                  if (v_dets := sorted({d for v in self.verbs for d in v.object_before})) and self._words.preposition_adverbs else "")
        return {
            v.lemma: re.compile(
                _at_most(rf"{_SPACE}(?:{_trie(self._words.adverbs)}{phrase}){_RIGHT}", 2)
                + governed
                + (rf"{_SPACE}(?:[{opening}](?:{_SPACE})?)?" if v.object_in_marks else _SPACE)
                + rf"(?:{_trie(v.object_before, cap=False)})(?:(?<=['\u2019])|{_RIGHT}){date}"
            )
            for v in self.verbs if v.object_before
        }

    @cached_property
    def _marks_after(self) -> dict[str, Any]:
        """Lemma → its ``marks_after`` words right before an opening mark, within the verb's clause
        (an elided word, ``d'``, maybe touching the mark: ``d'« espionnage »``)."""
        adjective = _MARKED_ADJECTIVE.format(markers=_trie(self._words.noun_markers), right=_RIGHT)
        return {
            v.lemma: re.compile(
                rf"[^.;:!?«»\"“”„\n]{{0,{_MARKS_AFTER_REACH}}}?{_LEFT}(?:(?:{_trie(v.marks_after, cap=True)})"
                + (rf"|(?:{_trie(v.marks_after_noun, cap=True)}){_MARKED_NOUN}{adjective}" if v.marks_after_noun else "")
                + rf")(?:(?<={_APOS_CLASS})[ \t\u00a0\u202f]*+|{_SPACE})[«“„\"]"
            )
            for v in self.verbs if v.marks_after
        }

    def marks_complement(self, lemma: str | None) -> bool:
        """Whether ``lemma`` reports only with its ``marks_after`` complement after it (``présente
        X comme « … »``, ``se décrit comme un « … »``): what follows the verb is that complement,
        never its postposed subject."""
        return lemma is not None and lemma in self._marks_after

    @cached_property
    def _negated_only(self) -> frozenset[str]:
        """The lemmas of the ``negated_only`` verbs (``cacher``): few."""
        return frozenset(v.lemma for v in self.verbs if v.negated_only)

    def no_incise(self, lemma: str | None) -> bool:
        """Whether ``lemma`` is never set off as an incise (``incise: false``: ``voir en``,
        ``rendre hommage``): its finite form after a comma is the verb of the subject before the
        comma (``X, qui …, voit en Y une « … »``), never a postposed subject's."""
        return lemma is not None and lemma in self._no_incise

    @cached_property
    def _no_incise(self) -> frozenset[str]:
        """The lemmas of the verbs with ``incise: false``: few."""
        return frozenset(v.lemma for v in self.verbs if not v.incise)

    @cached_property
    def _incise_only(self) -> frozenset[str]:
        """The lemmas of the ``incise_only`` verbs (``commencer``): few."""
        return frozenset(v.lemma for v in self.verbs if v.incise_only)

    @cached_property
    def _not_after(self) -> dict[str, Any]:
        """Lemma → its ``not_after`` clitics as a word followed by a form: within the cue or right before it."""
        return {
            v.lemma: re.compile(rf"{_LEFT}{_trie(v.not_after, cap=True)}(?:(?<=['\u2019\u02bc])|{_SPACE})(?=\w)")
            for v in self.verbs if v.not_after
        }

    @cached_property
    def _only_after(self) -> dict[str, Any]:
        """Lemma → its ``only_after`` clitics as a word followed by a form: within the cue or right before it."""
        return {
            v.lemma: re.compile(rf"{_LEFT}{_trie(v.only_after, cap=True)}(?:(?<=['\u2019\u02bc])|{_SPACE})(?=\w)")
            for v in self.verbs if v.only_after
        }

    @cached_property
    def _que(self) -> Any:
        w = self._words
        return re.compile(
            _at_most(rf"{_SPACE}{_trie(w.adverbs)}{_RIGHT}", 2)
            + rf"{_SPACE}(?:{_trie(w.que)})(?:(?<=['\u2019\u02bc])|{_RIGHT})"
        )

    @cached_property
    def _determiner_before(self) -> Any:
        # "d'une « menace que… »": an opening mark may stand between the determiner and its noun.
        opening = "".join(sorted(marks.opening_marks() - {"'", "\u2019"}))
        return _word_right_before(self._words.noun_markers, rf"(?:[{re.escape(opening)}]{_SPACE})?")

    @cached_property
    def _pour_sources(self) -> tuple[str, str, str]:
        """The restricted phrases' rule (« Pour X, … ») as patterns: what may stand before the
        phrase (searched in the few characters before it), a blocker right after it, and the
        comma that must follow within the window."""
        rule = self._words.pour
        marks = re.escape(rule.clause_marks)
        closers = re.escape(rule.closing_marks + rule.straight_marks)
        closing = rf"|[.!?…][ \u00a0\u202f]?[{closers}]" if closers else ""
        straight = re.escape(rule.straight_marks)
        plain = re.escape("".join(c for c in rule.clause_marks if c not in rule.straight_marks))
        opening = rf"[{plain}]|(?<!\S)[{straight}]" if straight else f"[{plain}]"
        dashed = rf"|(?<![^\s)])[{re.escape(rule.dash_marks)}]" if rule.dash_marks else ""
        opener = rf"(?:\A|{opening}{closing}{dashed}|{_LEFT}{_trie(rule.openers, cap=True)})(?:{_SPACE})?\Z"
        blocked = rf"{_SPACE}{_trie(rule.blockers)}(?:(?<=['\u2019\u02bc])|{_RIGHT})"
        if rule.demonstratives:
            # "Pour ce fin connaisseur du dossier, …": a demonstrative and a person's noun, no blocker;
            # nor an anaphor opening with a demonstrative, its comma right after it ("Pour ce dernier, …":
            # the one just named; not "Pour ce dernier point, …").
            holder = (rf"{_SPACE}(?:{_trie(rule.demonstratives)}{_SPACE}(?:\w++{_SPACE})?{_trie(_holder_nouns())}{_RIGHT}"
                      rf"|{_trie(_demonstrative_anaphors(tuple(rule.demonstratives)))}[ \u00a0\u202f]*+,)")
            blocked = rf"(?!{holder}){blocked}"
        # A short aside in brackets may stand in the phrase, its own commas included: « Pour la
        # maire (PS) de Nantes, … », « Pour X (UDF, Yvelines), … ». The period of a civility or an
        # initial is no sentence end: « Pour M. Estrosi, … ».
        comma = rf"(?:[^{marks},]|{_INITIAL_PERIOD}|\([^{marks}()]{{1,{_POUR_ASIDE}}}+\)){{1,{rule.window}}}+,"
        return opener, blocked, comma

    @cached_property
    def _comma_reach(self) -> str:
        """What the gate asks of the comma after a restricted phrase: a cheap pattern matching
        wherever the rule's comma pattern does. Before its first comma or bracket, that pattern
        reads only plain characters (an aside opens with a bracket), at most the window's count,
        so the first character out of that plain class must come within the window and be a comma
        or a bracket. One run of a single class is a tight loop in the engine, where the rule's
        repeat of two kinds of unit costs a branch per character (it is still checked on a match)."""
        rule = self._words.pour
        plain = rf"[^{re.escape(rule.clause_marks)},(]|{_INITIAL_PERIOD}"
        if rule.publication_nouns:  # a publication's name in marks (checked by _pour_ok)
            plain += "|" + _pour_marked_name(rule)
        return rf"(?:{plain}){{0,{rule.window}}}+[,(]"

    def _clause_start_gate(self, width: int) -> str:
        """What the gate asks, right after a restricted phrase's ``width`` characters, of the
        characters before it: lookbehinds holding wherever the rule's opener does
        (``_pour_sources``), fixed-width as the engine needs. The text's start or a space after
        a space (any run of them), one of the rule's marks maybe then a space, or the last word
        of an opener then a space (no left edge: looser)."""
        rule = self._words.pour
        skip = rf"[\s\S]{{{width}}}"
        sp = r"[ \t\u00a0\u202f]"
        chars = re.escape("".join(sorted(set(rule.clause_marks + rule.closing_marks + rule.straight_marks + rule.dash_marks))))
        by_width: dict[int, list[str]] = {}
        for opener in rule.openers:
            word = opener.rsplit(" ", 1)[-1]
            by_width.setdefault(len(word), []).append(
                "".join(_char(ch, cap=i == 0 and word == opener) for i, ch in enumerate(word)))
        words = [rf"(?<=(?:{'|'.join(sorted(alts))}){sp}{skip})" for _, alts in sorted(by_width.items())]
        return "(?:" + "|".join([rf"(?<![\s\S][\s\S]{skip})", rf"(?<=[{chars}]{skip})", rf"(?<=[{chars}]{sp}{skip})",
                                 rf"(?<={sp}{sp}{skip})", *words]) + ")"

    @cached_property
    def _pour_rule(self) -> tuple[Any, Any, Any]:
        opener, blocked, comma = self._pour_sources
        return re.compile(opener), re.compile(blocked), re.compile(comma)

    @cached_property
    def _pour_named(self) -> tuple[Any, frozenset[str]]:
        """A restricted phrase holding a publication's name in marks before its comma: the
        pattern (the words before the marks as ``head``) and the publication nouns, by key."""
        rule = self._words.pour
        marks = re.escape(rule.clause_marks)
        pattern = re.compile(
            rf"(?P<head>[^{marks},]{{1,{rule.window}}}+){_pour_marked_name(rule)}[^{marks},]{{0,{rule.window}}}+,"
        )
        return pattern, frozenset(_key(w) for w in rule.publication_nouns)

    def pour_names_publication(self, text: str, end: int) -> bool:
        """``Pour le quotidien libéral « Le Matin du Nord », …``: the phrase's comma comes past a
        name in marks right after a publication noun (maybe then one adjective)."""
        pattern, nouns = self._pour_named
        found = pattern.match(text, end)
        if found is not None and not found.group("head").strip():
            # « Pour « Libération », … »: the name in marks right after the preposition, no noun
            # before it, is a publication's only when it is one the project knows (publications.json),
            # capitalised as a name, not the title of a work nor a word in marks (« Pour « libération », … »).
            name = found.group(0)[len(found.group("head")):-1].strip(_MARKED_NAME_STRIP)
            return name != name.lower() and _key(name) in _publication_keys()
        # An elided article stays on its noun (« l'hebdomadaire »): the noun is after the apostrophe.
        words = found.group("head").replace("\u2019", "'").split()[-2:] if found is not None else []
        return any(_key(w.rsplit("'", 1)[-1]) in nouns for w in words)

    @cached_property
    def _prefilter(self) -> Any:
        # Every cue contains one of these whole strings (a verb form or a phrase), so no hit means no cue.
        plain, pron, phrases = self._tables
        words: set[str] = set(phrases)
        for table in (plain, pron):
            # an inverted verb with a tail (fait-il savoir) always contains its tail
            words |= (
                set(table.finite) | set(table.pp) | set(table.ger) | set(table.inf) | table.inv_tail
            )
        # No right hyphen check: « déclare-t-elle » must pass.
        return re.compile(_START + _trie(words, cap=True) + r"(?!\w)")

    def verb_group_words(self) -> frozenset[str]:
        """Words that may follow a subject pronoun: the verbs' one-word forms, the auxiliaries,
        negation, reflexive and object pronouns, and the adverbs allowed in a verb group
        (``ce dernier a``, ``le premier estime``, ``la première ne``), lower case."""
        return self._verb_group_words

    @cached_property
    def _verb_group_words(self) -> frozenset[str]:
        words = {*self.single_word_forms(), *verb_words(), *self._conj.clitics, *self._words.adverbs}
        return frozenset(w.lower() for w in words)

    def single_word_forms(self) -> frozenset[str]:
        """Every one-word form of the lexicon's verbs (finite, participle, gerund, infinitive),
        for the steps that must not read a reporting verb as another word."""
        plain, pron, _ = self._tables
        tables = (t for forms in (plain, pron) for t in (forms.finite, forms.pp, forms.bare_pp, forms.ger, forms.inf))
        return frozenset(k for table in tables for k in table if " " not in k)

    # -- matching

    def prefilter(self, text: str) -> bool:
        """Cheap check: could ``text`` hold any cue? (False means :meth:`find` returns nothing.)"""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        return self._prefilter.search(text) is not None

    def find(self, text: str) -> list[CueMatch]:
        """Every reporting cue in ``text``, in text order, non-overlapping."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        out: list[CueMatch] = []
        longest, respite = _nickname_longest(), _no_respite()
        for m, shift in self._matches(text):
            cue = self._read(m, text, shift)
            if cue is not None and not (cue.end - cue.start <= longest and (
                    _nickname_dit(text, cue.start, cue.end) or _case_dit(text, cue.start, cue.end)
                    or _so_called_participle(text, cue))):
                if (respite is not None and text.startswith(respite.noun, cue.start)
                        and (idiom := respite.idiom.search(text, max(0, cue.start - 24), cue.start))):
                    # "n'a de cesse de répéter": "never stops", no negation; the idiom opens the cue.
                    cue = replace(cue, start=idiom.start(), text=text[idiom.start() : cue.end])
                elif cue.negated and respite is not None and respite.stem in cue.text:
                    cue = replace(cue, negated=False)  # "n'a pas cessé de répéter": a double negation, it kept repeating
                elif respite is not None and (bare := _bare_negation(text, cue.start, respite)) is not None:
                    # "ne cesse de répéter que": "keeps repeating", the literary negation without
                    # pas; it opens the cue, no restrictive ne … que.
                    cue = replace(cue, start=bare, text=text[bare : cue.end])
                elif (opening := _stressed_subject_end(text, cue.start, cue.end)) > cue.start:
                    cue = replace(cue, start=opening, text=text[opening : cue.end])
                out.append(cue)
        return out

    def may_find_at(self, text: str, i: int) -> bool:
        """``False`` when no cue :meth:`find` reads in ``text`` starts at ``i`` (``i > 0``): the
        pattern opens on the character before a cue, and matches from none at ``i - 1``."""
        return self._pattern.match(text, i - 1) is not None

    def _matches(self, text: str) -> Iterator[tuple[re.Match[str], int]]:
        """The pattern's matches in text order, leftmost and non-overlapping (what a ``finditer``
        of the same pattern behind a ``_START`` lookbehind finds), each with the offset to
        subtract from its positions: the pattern opens with the character before the cue
        (_SEPARATOR), so a cue opening the text is looked for after a space put before it."""
        pos = 0
        first = self._pattern.match(" " + text)
        if first is not None:
            yield first, 1
            pos = first.end() - 1
        search = self._pattern.search
        # The character before the next cue may be the last one of the previous match.
        while (m := search(text, pos - 1 if pos - 1 >= 0 else 0)) is not None:
            yield m, 0
            pos = m.end()

    @cached_property
    def _groups_of(self) -> dict[str, tuple[str, dict[str, str]]]:
        """Outer group of each alternative → (its short name, {short: numbered name} of its inner groups)."""
        out: dict[str, tuple[str, dict[str, str]]] = {}
        for full in self._pattern.groupindex:
            short, _, alt = full.partition("__")
            outer = next(
                n
                for n in self._pattern.groupindex
                if n.endswith(f"__{alt}") and n.startswith(self._alt_names)
            )
            out.setdefault(outer, (outer.partition("__")[0], {}))[1][short] = full
        return out

    @cached_property
    def _group_names(self) -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
        """Outer group → (short name, short names of its inner groups, their numbered names):
        _groups_of as tuples, so one ``group()`` call reads them all."""
        return {
            outer: (alt, tuple(names), tuple(names.values()))
            for outer, (alt, names) in self._groups_of.items()
        }

    _alt_names = (
        "inv_cmp",
        "inv_rcmp",
        "inv_gov",
        "inv_gcmp",
        "gov_inf",
        "cmp",
        "rcmp",
        "inv",
        "rinv",
        "gerund",
        "split",
        "finite",
        "phrase",
        "part",
    )

    def _read(self, m: re.Match[str], text: str, shift: int = 0) -> CueMatch | None:
        """Turn one match (its positions ``shift`` past the text's) into a CueMatch, or None
        when the reading does not hold."""
        plain, pron, phrases = self._tables
        start, end = m.start() + 1 - shift, m.end() - shift  # + 1: the separator before the cue
        # The alternative's own group closes last, so it names the construction that matched.
        alt, shorts, fulls = self._group_names[m.lastgroup or ""]
        values = m.group(*fulls) if len(fulls) > 1 else (m.group(fulls[0]),)
        # One value a name by construction: no ``strict=`` (a keyword makes zip's call the slow one).
        groups: dict[str, str] = {
            short: v for short, v in zip(shorts, values) if v is not None  # noqa: B905
        }
        g = groups.get
        sense: _Sense | None = None
        form: CueForm = "finite"
        aux = alt in ("inv_cmp", "inv_rcmp", "cmp", "rcmp") or "gaux" in groups or "geaux" in groups
        table = pron if ("refl" in groups or "grefl" in groups) else plain
        if alt == "split":
            sense = plain.inv_head.get(_key(groups["fin"]) + " " + _key(groups["tail"]))
            if sense is None:  # "parlait déjà mardi de": another verb's tail, the verb alone is read
                alt, end = "finite", m.end(fulls[shorts.index("fin")]) - shift
        if alt in ("inv_cmp", "inv_rcmp"):
            sense, form = _get(table.pp, groups["pp"]), "inverted"
        elif alt in ("inv_gov", "inv_gcmp", "gov_inf"):
            inf = groups["inf"][len(g("grefl", "")) :]
            if alt == "gov_inf" and not aux and (_key(groups["gov"]), _key(inf)) in self._governor_idioms:
                return None  # "ce qu'elle veut dire": the idiom means, nobody speaks
            sense, form = _get(table.inf, inf), "inverted" if alt != "gov_inf" else self._governed_form(groups, aux)
        elif alt in ("cmp", "rcmp"):
            sense = _get(table.pp, groups["pp"])
            form = _get(self._aux_forms[alt == "rcmp"], groups["aux"]) or "finite"
        elif alt == "inv":
            form = "inverted"
            head = _key(groups["fin"])
            if "tail" in groups:
                sense = plain.inv_head.get(head + " " + _key(groups["tail"]))
                if sense is None:  # the words after the pronoun are not this verb's tail
                    end = m.end(fulls[shorts.index("pron")]) - shift
            sense = sense or plain.inv_head.get(head)
        elif alt == "split":
            pass  # read above
        elif alt in ("rinv", "finite"):
            verb = g("fin") or groups["rfin"]
            sense, form = _get(table.finite, verb), "inverted" if alt == "rinv" else "finite"
            if (
                alt == "finite"
                and table is plain
                and "neg" not in groups
                and ((self._after_determiner(text, start) and not self._after_object_clitic(text, start)
                      and not self._after_incise_object_clitic(text, start)
                      and not (sense is not None and (_verb_only(verb, sense.lemma, self) or _key(verb) in self._clitic_verbs)
                               and not _negated_before(text, start)))
                     or self._after_reflexive(text, start) or self._after_reflexive_clitic(text, start, verb))
            ):
                return None  # "la demande"; "s'annonce": a pronominal use the lexicon does not list
            if alt == "finite" and (self._inside_name(text, start) or self._opens_name(text, start, end)):
                return None  # "la maire Keisha Lance Bottoms", "Tempête Alex : …": a word of a name
            if alt == "finite" and self._in_noun_locution(text, start, verb):
                return None  # "prendrait en charge « … »": the noun of a fixed phrase
            if (alt == "finite" and self._purpose_hint in text[max(0, start - _PURPOSE_REACH) : start]
                    and self._purpose_before.search(text, max(0, start - _PURPOSE_REACH), start) is not None):
                return None  # "pour qu'ils concluent « … »": a purpose clause's subjunctive, nothing said
        elif alt == "gerund":
            sense, form = _get(table.ger, g("ger") or groups["rger"]), "gerund"
        elif alt == "phrase":
            phrase = _get(phrases, groups["phrase"])
            if (phrase is None or (phrase.restricted and not self._pour_ok(text, start, end))
                    or (phrase.form == "preposition" and self._own_reporting.match(text, end))
                    or (phrase.form == "infinitive" and not text[start].isupper())):
                return None  # "… et de conclure un accord": a narrative infinitive opens its sentence
            sense, form = _Sense(phrase.lemma, phrase.stance), phrase.form
        else:
            if self._after_determiner(text, start):
                return None
            sense, form = _get(plain.bare_pp, groups["part"]), "participle"
            if (self._que.match(text, end) or self._content_que.match(text, end)) and self._shared_auxiliary(text, start):
                # "a évoqué … et rappelé que", "a félicité X et exprimé l'espoir que": the
                # auxiliary before serves this participle too.
                sense, form, aux = sense or _get(plain.que_pp, groups["part"]), "finite", True
            elif sense is None and self._shared_auxiliary(text, start) and self._directive_marks_after(text, end):
                # "a « condamné » l'attaque et appelé les habitants à « … »": the auxiliary before
                # serves this directive too, and the words in marks are what it asks.
                directive = _get(plain.que_pp, groups["part"])
                if directive is not None and directive.stance == "directive":
                    sense, form, aux = directive, "finite", True
            elif sense is None and self._shared_auxiliary(text, start) and self._topic_marks.match(text, end) is not None:
                # "a requis dix mois et parlé d'un « … »": the auxiliary before serves this verb of
                # speaking about too, and the words in marks are the topic it names.
                sense, form, aux = _get(plain.que_pp, groups["part"]), "finite", True
        if sense is None:
            return None
        if sense.lemma in self._negated_only and "neg" not in groups and not _negated_before(text, start):
            return None  # "le chiffre cache une réalité": only "n'a pas caché" reports
        if sense.lemma in self._incise_only and not _after_closing_mark(text, start):
            return None  # "le match commence", "…, commenceront lundi": only "« … », commence X" reports
        if sense.lemma in self._checked_lemmas and not self._senses_hold(sense.lemma, text, start, end):
            return None
        q = self._que.match(text, end)
        return _cue_match(
            start, end, text[start:end], sense.lemma, form, sense.stance, aux, q.end() if q else None, g("pron"),
            "neg" in groups,
        )

    @cached_property
    def _name_object(self) -> frozenset[str]:
        """The lemmas of the verbs whose object a name right after them is (``name_object``)."""
        return frozenset(v.lemma for v in self.verbs if v.name_object)

    @cached_property
    def _checked_lemmas(self) -> frozenset[str]:
        """The lemmas whose verb asks more of the words around it (:meth:`_senses_hold`): few."""
        return frozenset(self._other_sense.keys() | self._object_after.keys() | self._only_after.keys() | self._not_after.keys() | self._marks_after.keys()
                         | self._name_object)

    def _senses_hold(self, lemma: str, text: str, start: int, end: int) -> bool:
        """Whether the verb ``lemma`` read at ``start``-``end`` is the reporting one by the words
        around it: ``other_sense_before``, ``object_before``, ``only_after`` and ``marks_after``."""
        other = self._other_sense.get(lemma)
        if other is not None and other.match(text, end, end + 40):
            return False  # "relèvent de l'habillage": another verb, no report
        obj = self._object_after.get(lemma)
        if (obj is not None and obj.match(text, end, end + 80) and (not _set_off_before(text, start) or _after_stressed_pronoun(text, start))
                and not self._after_incise_object_clitic(text, start)):
            # "l'armée a poursuivi ses frappes", "Le président, lui, poursuit sa tournée": an object, no
            # report; not "« … », la coupe le député": an incise's clitic, its subject after it.
            return False
        if lemma in self._name_object and _NAME_AFTER.match(text, end, end + 40) and not _set_off_before(text, start):
            return False  # "Nauru lâche Taïwan": a name, the verb's object, no report
        barred = self._not_after.get(lemma)
        if barred is not None and barred.search(text, max(0, start - 4), end) is not None:
            return False  # "l'étiquette qui la poursuivait": an object clitic, another verb
        needed = self._only_after.get(lemma)
        if needed is not None and not needed.search(text, max(0, start - 3), end):
            return False  # "il voit": not "il y voit", no report
        marked = self._marks_after.get(lemma)
        return marked is None or marked.match(text, end) is not None  # not "a renvoyé le procès"

    def _governed_form(self, groups: Mapping[str, str], aux: bool) -> CueForm:
        """The form of an infinitive a governor takes: a finite report after a verb in a compound
        tense (« a tenu à préciser », « a pu constater ») or after a finite form of a governor
        that ``reports`` (« tient à préciser »); else an infinitive (« pour dire », « va annoncer »)."""
        # No preposition (« pour », « afin de ») is a finite form of a verb: its infinitive stays one.
        return "finite" if aux or _key(groups["gov"]).split(" ", 1)[0] in self._reporting_heads else "infinitive"

    def prospective_governed(self, cue_text: str, form: str, aux: bool) -> bool:
        """Whether a cue of words ``cue_text`` and ``form`` is an infinitive a simple tense of a
        ``prospective`` governor governs (« le ministre devrait annoncer que », « va déclarer
        que »): a report still to come or only possible, whose clause no one has said yet (not
        « a pu constater », a compound tense)."""
        if form != "infinitive" or aux:
            return False
        negation = {_key(n) for n in self._conj.negation}
        word = next((w for w in _CUE_WORD.findall(cue_text) if _key(w) not in negation), "")
        return _key(word) in self._prospective_heads

    @cached_property
    def _prospective_heads(self) -> frozenset[str]:
        """The lookup keys of the finite forms of the ``prospective`` governors (``devrait``, ``va``)."""
        prospective = frozenset(_key(f) for g, _, forms in self._governor_conjugations if g.prospective for f in forms["finite"])
        return prospective | self._wish_conditionals

    @cached_property
    def governor_finite(self) -> frozenset[str]:
        """The lookup keys of the finite forms of every governor (``devrait``, ``peut``, ``tient``)."""
        return frozenset(_key(f) for _, _, forms in self._governor_conjugations for f in forms["finite"])

    @cached_property
    def _wish_conditionals(self) -> frozenset[str]:
        """The lookup keys of the conditional forms of the ``wish`` governors (``aimerait``,
        ``souhaiteraient``): a wish, no report."""
        out: set[str] = set()
        for g in self._words.governors:
            if g.wish:
                head, cls = self._split(g.lemma)[1], self._conj.classes[g.conj]
                out.update(_key(head[: len(head) - len(cls.strip)] + e) for e in (*cls.cond3s, *cls.cond3p))
        return frozenset(out)

    @cached_property
    def _governor_idioms(self) -> frozenset[tuple[str, str]]:
        """The lookup keys of a governor's finite form and an infinitive of its ``idioms`` (``veut``, ``dire``)."""
        return frozenset((_key(f), _key(i)) for g, _, forms in self._governor_conjugations for f in forms["finite"] for i in g.idioms)

    @cached_property
    def _reporting_heads(self) -> frozenset[str]:
        """The lookup keys of the finite forms of the governors that report (``tient``, ``souhaite``)."""
        heads = frozenset(_key(f) for g, _, forms in self._governor_conjugations if g.reports for f in forms["finite"])
        return heads - self._wish_conditionals

    @cached_property
    def _aux_forms(self) -> tuple[dict[str, CueForm], dict[str, CueForm]]:
        """The form each auxiliary gives, by key: (avoir's, être's). ``ayant dit`` is a gerund
        and ``avoir dit`` an infinitive; an auxiliary not listed is finite."""
        tables: list[dict[str, CueForm]] = []
        for auxes in (self._conj.aux_avoir, self._conj.aux_etre):
            forms: dict[str, CueForm] = {}
            for a in auxes:
                for k in _keys(a.word):
                    forms.setdefault(k, a.form)
            tables.append(forms)
        return tables[0], tables[1]

    @cached_property
    def _noun_locutions(self) -> dict[str, tuple[str, ...]]:
        """``noun_locutions`` by their last word's lookup key: the words that must stand right
        before it, lower case."""
        table: dict[str, list[str]] = {}
        for phrase in self._words.noun_locutions:
            *head, last = phrase.lower().split()
            table.setdefault(_key(last), []).append(" ".join(head))
        return {k: tuple(v) for k, v in table.items()}

    def _in_noun_locution(self, text: str, start: int, verb: str) -> bool:
        """The form ends one of ``noun_locutions`` (« prendre en charge »): a noun."""
        heads = self._noun_locutions.get(_key(verb))
        if not heads:
            return False
        before = text[max(0, start - 24) : start].lower()
        return any(
            before.endswith(h + " ") and (len(before) == len(h) + 1 or not before[-len(h) - 2].isalnum())
            for h in heads
        )

    @cached_property
    def _clitic_verbs(self) -> frozenset[str]:
        """The lookup keys of ``clitic_verbs``."""
        return frozenset(_key(f) for f in self._words.clitic_verbs)

    def _after_reflexive(self, text: str, start: int) -> bool:
        """A plain form right after a reflexive pronoun (« la rencontre s'annonce tendue »)."""
        return self._reflexive_before.search(text, max(0, start - 4), start) is not None

    @cached_property
    def _reflexive_before(self) -> Any:
        return _word_right_before(self._conj.reflexive)

    def _after_reflexive_clitic(self, text: str, start: int, verb: str) -> bool:
        """A plain form after a reflexive pronoun and an object clitic (« Kiev et Moscou s'en
        rejettent la responsabilité »), not a pronominal cue's form (« il s'en félicite »)."""
        return (self._reflexive_clitic_before.search(text, max(0, start - _REFLEXIVE_REACH), start) is not None
                and _get(self._tables[1].finite, verb) is None)

    @cached_property
    def _reflexive_clitic_before(self) -> Any:
        return _word_right_before(self._conj.reflexive, rf"{_trie(self._conj.clitics)}(?:(?<=['\u2019\u02bc])|{_SPACE})")

    @cached_property
    def _purpose_hint(self) -> str:
        """The letters every purpose opener's second word starts with (``qu`` of ``pour qu'ils``,
        ``afin que nous``), for a cheap test before :attr:`_purpose_before`; empty when they share
        none (no test then)."""
        seconds = [w.split(None, 1)[1].lower() for w in self._words.purpose_openers if " " in w]
        hint = os.path.commonprefix(seconds) if seconds else ""
        return "".join(itertools.takewhile(str.isalpha, hint))

    @cached_property
    def _purpose_before(self) -> Any:
        forms = {v for w in self._words.purpose_openers for v in (w, w.replace("'", "\u2019"))}
        return _word_right_before(forms) if forms else re.compile(r"(?!)")

    def _after_determiner(self, text: str, start: int) -> bool:
        """A form right after a determiner or preposition is a noun (« la demande », « par écrit »);
        not after a capitalised one that ends a name, a capitalised word right before it
        (« Kim Jong Un promet »)."""
        found = self._determiner_before.search(text, start - 12 if start > 12 else 0, start)
        if found is None:
            return False
        at = found.start()
        if not text[at : at + 1].isupper():
            return True
        before = _CAPITALISED_WORD_BEFORE.search(text, at - _NAME_WORD_REACH if at > _NAME_WORD_REACH else 0, at)
        return before is None or not before.group(1)[:1].isupper()

    @staticmethod
    def _inside_name(text: str, start: int) -> bool:
        """A capitalised form right after a capitalised word (« Keisha Lance Bottoms »): a word of
        a name, no verb (French writes a verb after a name in lower case)."""
        if not text[start : start + 1].isupper() or text[start : start + 2].isupper():
            return False
        before = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - _NAME_WORD_REACH), start)
        return before is not None and before.group(1)[:1].isupper()

    @staticmethod
    def _opens_name(text: str, start: int, end: int) -> bool:
        """A capitalised form right before a capitalised word (« Tempête Alex », « Alerte Enlèvement »):
        the first word of a name, no verb (a simple tense's subject stands before its verb, and
        French writes the verb in lower case inside its sentence)."""
        if not text[start : start + 1].isupper() or text[start : start + 2].isupper():
            return False
        after = _CAPITALISED_WORD_AFTER.match(text, end)
        return (after is not None and after.group()[1].isupper() and after.group()[2].islower()
                and not _after_closing_mark(text, start))  # "« … », Explique Marie": an incise capitalised

    def _after_object_clitic(self, text: str, start: int) -> bool:
        """``comme le rappelait X``, ``X les juge « … »``, ``« … », leur répond X``: one of
        ``clitic_openers`` (a connector and the object pronoun after it, which looks like a
        determiner), of ``clitic_determiners``, or of the incise clitics right after a closing
        mark, before the form: a verb."""
        window = max(0, start - 20)
        return any(p.search(text, window, start) is not None for p in self._clitic_before)

    @cached_property
    def _clitic_before(self) -> tuple[Any, ...]:
        w = self._words
        patterns = []
        if w.clitic_openers:
            patterns.append(re.compile(rf"{_LEFT}{_trie(w.clitic_openers, cap=True)}(?:(?<=['\u2019\u02bc])|{_SPACE})\Z"))
        if w.clitic_determiners:
            patterns.append(_word_right_before(w.clitic_determiners))
        if w.incise_clitics:
            marks = re.escape(w.incise_clitics.closing_marks)
            patterns.append(re.compile(
                rf"[{marks}],?{_SPACE}{_trie(w.incise_clitics.clitics, cap=False)}(?:(?<=['\u2019\u02bc])|{_SPACE})\Z"
            ))
        return tuple(patterns)

    def _after_incise_object_clitic(self, text: str, start: int) -> bool:
        """``« … », la coupe X``, ``« … », l'interrompt X``: a direct object pronoun of
        ``incise_clitics.object_clitics`` right after a closing mark (and its comma), before one of
        ``object_verbs``: a verb of an incise, not a noun after its article."""
        clitics = self._words.incise_clitics
        if clitics is None or not clitics.object_verbs or text[start - 1 : start] not in " '\u2019\u02bc\u00a0\u202f":
            return False
        verb = _CUE_WORD.match(text, start)
        return (verb is not None and verb.group().lower() in self._incise_object_verbs
                and self._incise_object_before.search(text, max(0, start - 12), start) is not None)

    @cached_property
    def _incise_object_verbs(self) -> frozenset[str]:
        clitics = self._words.incise_clitics
        return frozenset(v.lower() for v in clitics.object_verbs) if clitics is not None else frozenset()

    @cached_property
    def _incise_object_before(self) -> Any:
        clitics = self._words.incise_clitics
        assert clitics is not None
        marks = re.escape(clitics.closing_marks)
        return re.compile(
            rf"[{marks}],?{_SPACE}{_trie(clitics.object_clitics, cap=False)}(?:(?<=['\u2019\u02bc])|{_SPACE})\Z"
        )

    def _shared_auxiliary(self, text: str, start: int) -> bool:
        """``… et| rappelé que``: one of ``participle_coordinators`` right before the participle."""
        return bool(self._words.participle_coordinators) and (
            self._coordinator_before.search(text, max(0, start - 12), start) is not None
        )

    def _directive_marks_after(self, text: str, end: int) -> bool:
        """``appelé| les habitants à « …``: a short object, one of ``directive_links`` and an opening mark."""
        if not self._words.directive_links:
            return False
        stop = min(len(text), end + _DIRECTIVE_REACH)
        return self._directive_marks.match(text, end, stop) is not None

    @cached_property
    def _topic_marks(self) -> Any:
        """``parlé| d'un « …``: one of ``topic_links``, maybe a determiner, and an opening mark."""
        w = self._words
        if not w.topic_links:
            return re.compile("(?!)")
        opening = re.escape("".join(sorted(marks.opening_marks() - {"'", "\u2019"})))
        return re.compile(
            rf"{_SPACE}(?:{_trie(w.topic_links)})(?:(?<=['\u2019])|{_SPACE})"
            rf"(?:(?:{_trie(w.participle_objects)})(?:(?<=['\u2019])|{_SPACE}))?[{opening}]"
        )

    @cached_property
    def _directive_marks(self) -> Any:
        w = self._words
        opening = re.escape("".join(sorted(marks.opening_marks() - {"'", "\u2019"})))
        return re.compile(
            rf"{_SPACE}(?:{_trie(w.participle_objects)})(?:(?<=['\u2019])|{_SPACE})(?:[\w\-]++{_SPACE}){{1,3}}"
            rf"(?:{_trie(w.directive_links)})(?:(?<=['\u2019])|{_SPACE})[{opening}]"
        )

    def coordinated_participle(self, text: str, start: int, end: int) -> int:
        """``a indiqué qu'un dispositif serait mis en place, et rappelé l'existence de…``: where a
        comma, one of ``participle_coordinators`` and a reporting verb's past participle stand in
        ``text[start:end]``, the second verb of the cue's compound tense (its auxiliary shared);
        -1 when none does."""
        if not self._words.participle_coordinators or not self._words.participle_objects:
            return -1
        found = self._comma_participle.search(text, start, end)
        return found.start() if found is not None else -1

    def bare_coordinated_participle(self, text: str, start: int, end: int) -> int:
        """``a affirmé que la ville revenait « … » et appelé les soldats à se rendre``: with no
        comma, one of ``participle_coordinators``, a reporting verb's past participle and the
        determiner opening its object in ``text[start:end]`` still share the cue's auxiliary when
        the clause before them holds no lower-case auxiliary (``aux_avoir``, ``aux_etre`` of
        ``conjugation.json``) the participle could share instead (``que la police a arrêté X et
        interrogé les témoins``: the clause's own compound tense); where the coordinator opens,
        else -1. An auxiliary of être alone in the clause (``que le préfet serait remplacé et promis
        des élections``) cannot be shared: être before a participle makes a passive (or a verb of
        motion), which takes no direct object, and the participle here opens one."""
        if not self._words.participle_coordinators or not self._words.participle_objects:
            return -1
        found = self._bare_participle.search(text, start, end)
        if found is None or "," in text[start : found.start()]:
            return -1  # after a comma, coordinated_participle reads it
        avoir, etre = self._aux_forms
        pp = self._tables[0].pp
        passive = negated = False
        negation = frozenset(_key(n).rstrip("'\u2019\u02bc") for n in self._conj.negation)
        previous = ""
        for w in _CUE_WORD.findall(text, start, found.start()):
            if w[:1].islower() and (_key(w) in avoir or _key(w) in etre) and previous in negation:
                # "qu'il n'avait commis « aucune faute » et appelé à …": a negated auxiliary is shared
                # only under ni (n'avait ni commis … ni appelé); et leaves it to the cue's.
                negated = True
            elif w[:1].islower() and (_key(w) in avoir or (_key(w) in pp and not negated)):
                return -1  # "que le texte présenté en mai et adopté le 3 juin …": the clause's own participle
            passive = passive or (w[:1].islower() and _key(w) in etre)
            previous = _key(w)
        if passive and self._passive_object_gap(text, found.start(), end):
            return -1  # "que la loi serait votée et promulguée le 3 juin": a second passive participle
        return int(found.start())

    def _participle_pattern(self, lead: str, openings: list[Iterable[str]]) -> Any:
        """``lead``, a coordinator, a reporting verb's past participle and a word of one of
        ``openings`` opening its complement, for :meth:`coordinated_participle` and
        :meth:`bare_coordinated_participle`."""
        w = self._words
        objects = "|".join(rf"(?:{_trie(list(words))})(?:(?<=['\u2019])|{_SPACE})" for words in openings)
        return re.compile(rf"{lead}{_trie(w.participle_coordinators)}{_SPACE}{_trie(self._tables[0].pp)}{_SPACE}(?:{objects})")

    def repeated_aux_participle(self, text: str, start: int, end: int, aux: str) -> int:
        """``a estimé que le rapport confirmait les faits et a annoncé son intention de …``: with no
        comma, one of ``participle_coordinators``, the cue's own auxiliary ``aux`` again, a
        reporting verb's past participle and the determiner opening its object, when the clause
        before them holds no lower-case auxiliary or participle of its own (the same test as
        :meth:`bare_coordinated_participle`): a second verb of the cue's subject in the same
        compound tense; where the coordinator opens, else -1."""
        if not self._words.participle_coordinators or not self._words.participle_objects:
            return -1
        found = self._aux_participle.search(text, start, end)
        if found is None or found.group("aux").lower() != aux.lower() or "," in text[start : found.start()]:
            return -1
        avoir, etre = self._aux_forms
        pp = self._tables[0].pp
        for w in _CUE_WORD.findall(text, start, found.start()):
            if w[:1].islower() and (_key(w) in avoir or _key(w) in etre or _key(w) in pp):
                return -1  # "que le texte a été adopté et a permis …": the clause's own compound tense
        return int(found.start())

    @cached_property
    def _aux_participle(self) -> Any:
        w = self._words
        objects = "|".join(rf"(?:{_trie(list(words))})(?:(?<=['\u2019])|{_SPACE})" for words in [w.participle_objects])
        return re.compile(rf"{_LEFT}{_trie(w.participle_coordinators)}{_SPACE}(?P<aux>\w+){_SPACE}{_trie(self._tables[0].pp)}{_SPACE}(?:{objects})")

    def _passive_object_gap(self, text: str, start: int, end: int) -> bool:
        """Whether the participle after the coordinator at ``start`` is followed by one of ``passive_agent_links``
        (``et privée de ses fresques``) or by a determiner and a figure (``et promulguée le 3
        juin``): the complement of a passive or a date, no direct object."""
        found = self._bare_participle.match(text, start, end)
        if found is None:
            return True
        last = text[found.start() : found.end()].split()[-1].lower()
        links = self._words.passive_agent_links
        return last in links or last.endswith(tuple(w for w in links if w[-1:] in "'\u2019")) or text[found.end() : found.end() + 1].isdigit()

    @cached_property
    def _comma_participle(self) -> Any:
        w = self._words
        return self._participle_pattern(f",{_SPACE}", [w.participle_objects, w.que, *([w.participle_pronoun_objects] if w.participle_pronoun_objects else [])])

    @cached_property
    def _bare_participle(self) -> Any:
        # The object's determiner, or a directive's link (et appelé à la retenue).
        return self._participle_pattern(_LEFT, [[*self._words.participle_objects, *self._words.participle_pronoun_objects,
                                                 *self._words.directive_links]])

    @cached_property
    def _content_que(self) -> Any:
        """``exprimé| l'espoir que``, ``insisté| sur le fait que``: a determiner of
        ``participle_objects`` and a noun whose que-clause is what was said (``content_nouns`` of
        ``detection.json``, maybe after one of its ``noun_complement_links``), then que."""
        w = self._words
        g = read_json("detection.json")
        if not g.get("content_nouns"):
            return re.compile(NOTHING)
        return re.compile(
            rf"{_SPACE}(?:(?:{_trie(g['noun_complement_links'])}){_SPACE})?(?:{_trie(w.participle_objects)})(?:(?<=['\u2019])|{_SPACE})"
            rf"(?:{_trie(g['content_nouns'])}){_SPACE}(?:{_trie(w.que)})(?:(?<=['\u2019\u02bc])|{_RIGHT})"
        )

    @cached_property
    def _coordinator_before(self) -> Any:
        return re.compile(rf"{_LEFT}{_trie(self._words.participle_coordinators)}{_SPACE}\Z")

    @cached_property
    def _own_reporting(self) -> Any:
        """``selon| nos informations``: the words of ``own_reporting`` right after a cue."""
        own = rf"(?:{_trie(self._words.own_reporting, cap=True)}){_RIGHT}"
        if not self._words.own_hedges:
            return re.compile(rf"{_SPACE}{own}")
        complement = rf"{_SPACE}(?:de|des|du){_RIGHT}|{_SPACE}d['’]"
        hedge = rf"(?:{_trie(self._words.own_hedges, cap=True)}){_RIGHT}(?!{complement})"
        return re.compile(rf"{_SPACE}(?:{own}|{hedge})")

    @cached_property
    def _pour_infinitive(self) -> Any:
        rule = self._words.pour
        clitics = rf"(?:{_trie(rule.infinitive_clitics)}(?:(?<=['\u2019\u02bc])|{_SPACE}))?" if rule.infinitive_clitics else ""
        return re.compile(rf"{_SPACE}{clitics}[a-zàâäéèêëîïôöùûüç]*(?:{_trie(rule.infinitive_endings)})(?![\w'\u2019-])")

    def _purpose_infinitive(self, text: str, end: int) -> bool:
        """``Pour repousser l'offensive, X a reçu…``: the phrase governs an infinitive, the
        writer's purpose clause, no one whose opinion the sentence reports."""
        return bool(self._words.pour.infinitive_endings) and self._pour_infinitive.match(text, end, end + 40) is not None

    @cached_property
    def _pour_governing(self) -> Any:
        """A predicate of ``pour_governing_predicates`` (``detection.json``: ``tombe mal``, ``le choc est
        rude``) as whole words, any case."""
        predicates = read_json("detection.json").get("pour_governing_predicates", ())
        return re.compile(rf"(?i)(?<!\w)(?:{_trie(predicates)})(?!\w)") if predicates else re.compile(NOTHING)

    def _pour_governed(self, text: str, end: int) -> bool:
        """``Pour X, l'affaire tombe mal``, ``Pour X, …, le choc est rude``: a predicate governing a
        complement in pour stands in the sentence within ``_POUR_PREDICATE_REACH`` characters after
        the phrase, out of marks; the phrase is its complement (for whom it is hard, badly timed),
        no source whose opinion the sentence gives, nor whose words its marks hold. In marks
        (``Pour X, la crise « tombe au plus mal »``) the predicate is the source's own words."""
        stop = min(len(text), end + _POUR_PREDICATE_REACH)
        for ch in ".!?\n":
            at = text.find(ch, end, stop)
            if at >= 0:
                stop = at
        found = self._pour_governing.search(text, end, stop)
        return found is not None and not marks.left_open(text, end, found.start())

    def _pour_ok(self, text: str, start: int, end: int) -> bool:
        opener, blocked, comma = self._pour_rule
        if opener.search(text, max(0, start - 12), start) is None:
            return False
        if blocked.match(text, end):
            return False
        if self._purpose_infinitive(text, end):
            return False
        if comma.match(text, end) is not None:
            return not self._pour_governed(text, end)
        rule = self._words.pour
        return bool(rule.publication_nouns) and self.pour_names_publication(text, end)


# Characters read after a fronted pour for a predicate governing it (see CueLexicon._pour_governed).
_POUR_PREDICATE_REACH = 200
_MARKED_NAME_STRIP = " \t\u00a0\u202f«»“”„\"‹›"


@cache
def _publication_keys() -> frozenset[str]:
    """The names of ``publications.json``, by key (``libération``, ``le monde``)."""
    return frozenset(_key(p["name"]) for p in read_json("publications.json"))


@cache
def _holder_nouns() -> frozenset[str]:
    """Nouns of a person who may hold an opinion: ``field_nouns`` of ``names.json`` (``expert``,
    ``connaisseur``) and the first word of every form of ``roles.json`` (``diplomate``, ``ministre``)."""
    roles = read_json("roles.json")
    firsts = {f.replace("|", " ").split()[0] for r in roles for f in r["forms"] if f.split()}
    return frozenset({*read_json("names.json")["field_nouns"], *firsts})


@cache
def _demonstrative_anaphors(demonstratives: tuple[str, ...]) -> list[str]:
    """The ``anaphors`` of ``names.json`` opening with one of ``demonstratives`` (``ce dernier``,
    ``cette dernière``): a person just named, who may hold an opinion."""
    return [a["form"] for a in read_json("names.json")["anaphors"] if a["form"].split()[0] in demonstratives]


def _pour_marked_name(rule: _PourRule) -> str:
    """A name in the restricted rule's opening and closing marks, no comma nor clause mark inside."""
    inner = re.escape(rule.clause_marks + rule.closing_marks + rule.straight_marks)
    opening = re.escape("".join(sorted(set(rule.clause_marks) & (marks.opening_marks() - {"'", "\u2019"}))))
    closing = re.escape(rule.closing_marks + rule.straight_marks)
    return rf"[{opening}](?:{_SPACE})?[^{inner},]{{1,60}}+[{closing}]"


def _first_char_guard(groups: Iterable[Iterable[str]]) -> str:
    """A lookahead on the first letter of any of ``groups``' words (either case, a capital
    without its accent, every apostrophe and hyphen), set before an alternative that opens
    with them. The engine tries an alternative that opens with a group (as every one of the
    cue pattern's does) by entering it, which costs tens of steps even where its first word
    cannot match; a one-character lookahead rejects it in a few (≈3% fewer instructions in
    the cue search). It matches wherever the alternative can, so the matches are the same."""
    chars = {v for words in groups for word in words for v in _cap_variants(word[0])}
    variants = {"'": "'\u2019\u02bc", "-": "-\u2010\u2011"}  # as _char writes them
    chars |= {v for ch in set(chars) & variants.keys() for v in variants[ch]}
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"


def _word_right_before(words: Iterable[str], then: str = "") -> Any:
    """A pattern for one of ``words`` (either case of its first letter) ending the searched
    window, then a space, or nothing after an elided form (``l'``, ``s'``); then ``then``."""
    return re.compile(rf"{_LEFT}{_trie(words, cap=True)}(?:(?<=['\u2019\u02bc])|{_SPACE}){then}\Z")


# ---------------------------------------------------------------- module API


@dataclass(frozen=True, slots=True)
class _Respite:
    noun: str
    """The idiom's noun, a form of its governor too (``cesse``), where the cue starts."""
    idiom: re.Pattern[str]
    """What ends the words before it: ``n'a de``, ``n'ont eu de``."""
    stem: str
    """A space and the governor's stem (`` cess``): a negated cue holding it is a double negation."""
    bare: re.Pattern[str]
    """What ends the words before a cue opening with the governor's stem when the negation
    stands alone right before it (``ne cesse de répéter``: "keeps repeating", no ``pas``)."""
    bare_governor: re.Pattern[str]
    """The same negation and a form of the governor ending the words before a cue that opens
    with its elided link (``ne cesse d'affirmer``: the cue is ``d'affirmer``)."""


# Characters read before a plain form for a reflexive pronoun and an object clitic (« s'en »,
# « se les »).
_REFLEXIVE_REACH = 10
# Characters read before a finite cue for a purpose subordinator and its subject (« afin qu'elles »).
_PURPOSE_REACH = 16


# Characters read before a cue for the bare negation of « ne cesse de ».
_BARE_NE_REACH = 24


def _bare_negation(text: str, start: int, respite: _Respite) -> int | None:
    """Where the lone negation of « ne cesse de répéter » (the cue opening with the governor's
    stem) or « ne cesse d'affirmer » (the cue opening with its elided link) starts, before a
    cue starting at ``start``; else None. The cheap test first: the stem at or before the cue."""
    lo = start - _BARE_NE_REACH if start > _BARE_NE_REACH else 0
    if text.startswith(respite.stem[1:], start):
        found = respite.bare.search(text, lo, start)
    elif respite.stem[1:] in text[lo:start]:
        found = respite.bare_governor.search(text, lo, start)
    else:
        return None
    return found.start() if found is not None else None


@cache
def _no_respite() -> _Respite | None:
    """« n'avoir de cesse de » (never stop doing), from ``no_respite`` of ``cue_words.json``: the
    elided negation (``conjugation.json``), an auxiliary, maybe a participle and a link right
    before the noun (``cesse``)."""
    words: _WordsFile = load("cue_words.json", _WordsFile)
    rule = words.no_respite
    if rule is None:
        return None
    conj = _conjugation()
    alt = trie_alternation
    elided = alt(w for w in conj.negation if w.endswith(("'", "’")))
    participle = rf"(?:[ \u00a0]+(?:{alt(rule.participles)}))?" if rule.participles else ""
    idiom = re.compile(rf"(?i)\b(?:{elided})(?:{alt(rule.auxiliaries)}){participle}[ \u00a0]+(?:{alt(rule.links)})[ \u00a0]+$")
    governor = next(g for g in words.governors if g.lemma == rule.governor)
    # The negation not elided, alone right before the governor: « ne cesse de ».
    whole = alt(w for w in conj.negation if not w.endswith(("'", "’")))
    bare = re.compile(rf"(?i)\b(?:{whole})[ \u00a0]+$")
    stem = rule.governor.removesuffix(conj.classes[governor.conj].strip)
    bare_governor = re.compile(rf"(?i)\b(?:{whole})[ \u00a0]+{re.escape(stem)}\w*[ \u00a0]+$")
    return _Respite(rule.noun, idiom, " " + stem, bare, bare_governor)


@cache
def _nickname_markers() -> frozenset[str]:
    """The forms of *dire* that name someone before a nickname (``nickname_markers`` of ``cue_words.json``)."""
    words: _WordsFile = load("cue_words.json", _WordsFile)
    return frozenset(w.lower() for w in words.nickname_markers)


# A nickname after « dit »: a few words in marks, then a comma (not a bare name: « …, dit le Kremlin, qui »).
_NICKNAME = re.compile(r"[ \u00a0\u202f]+(?:[«\"“][ \u00a0\u202f]*[^«»\"“”,.;:]{1,40}?[ \u00a0\u202f]*[»\"”])[ \u00a0\u202f]*,")
# Or a name in marks whatever follows (« Kerlo, dit « le Mur » depuis ses arrêts, a… »): at most
# three words, the first capitalised or after a short lowercase word (an article, elided or not).
_NICKNAME_NAME = re.compile(
    r"[ \u00a0\u202f]+[«\"“][ \u00a0\u202f]*(?:[^\W\d_]{1,3}(?:['’]|[ \u00a0\u202f]+))?"
    r"[^\W\d_a-zß-ÿ][^\W_]*(?:[ \u00a0\u202f-][^\W_]+){0,2}[ \u00a0\u202f]*[»\"”]")


@cache
def _stressed_subject() -> re.Pattern[str] | None:
    """A capitalised ``stressed_clitics`` word of ``conjugation.json`` and its spaces, or ``None``."""
    words = _conjugation().stressed_clitics
    if not words:
        return None
    return re.compile(rf"(?:{'|'.join(re.escape(w[:1].upper() + w[1:]) for w in words)})[ \u00a0]+")


def _stressed_subject_end(text: str, start: int, end: int) -> int:
    """``Le commissaire est critiqué. Lui assure que…``: where a cue opening with a capitalised
    stressed clitic (``Lui``) right at its sentence's start really starts: the word is the
    stressed subject pronoun, not the verb's object (a clitic object needs a subject before it);
    ``start`` when the cue opens otherwise."""
    pattern = _stressed_subject()
    if pattern is None or not text[start : start + 1].isupper() or (m := pattern.match(text, start, end)) is None:
        return start
    before = text[max(0, start - 8) : start].rstrip(" \u00a0\u202f")
    return m.end() if not before or before[-1] in ".!?\n" else start


@cache
def _nickname_longest() -> int:
    """The length of the longest ``nickname_markers`` form: a longer cue is none of them."""
    return max((len(w) for w in _nickname_markers()), default=0)


@cache
def _case_noun_before() -> re.Pattern[str]:
    """A noun of ``case_nouns`` (``names.json``) ending the words searched, with its spaces."""
    nouns = read_json("names.json").get("case_nouns", ())
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{alt})[ \u00a0]+$")


def after_case_noun(text: str, start: int) -> bool:
    """Whether a noun of ``case_nouns`` stands right before ``start`` (``l'affaire X``, ``le
    dossier X``): the name there is what a case is called after, no one who speaks."""
    return _case_noun_before().search(text, max(0, start - 16), start) is not None


def _case_dit(text: str, start: int, end: int) -> bool:
    """``l'affaire dite Skripal``, ``le dossier dit Ghosn``: *dit* between a noun of a case and a
    capitalised name names the case after the name, no report."""
    if text[start:end].lower() not in _nickname_markers():
        return False
    after = end
    while after < len(text) and text[after] in " \u00a0":
        after += 1
    return text[after : after + 1].isupper() and _case_noun_before().search(text, max(0, start - 16), start) is not None


@cache
def _determiner_noun_before() -> re.Pattern[str]:
    """A determiner of ``determiners`` (``grammar.json``), a lower-case noun and maybe one
    lower-case adjective, then spaces, ending the words searched (``une formule ``,
    ``la politique étrangère ``)."""
    dets = read_json("grammar.json")["determiners"]
    elided = [d for d in dets if d.endswith("'")]
    whole = [d for d in dets if not d.endswith("'")]
    word = r"[a-zà-ÿœæ][\w\-]*"
    alts = []
    if whole:
        alts.append(rf"(?:{'|'.join(re.escape(d) for d in sorted(whole, key=len, reverse=True))})[ \u00a0]+")
    if elided:
        alts.append(rf"(?:{'|'.join(re.escape(d[:-1]) for d in elided)})['\u2019]")
    opening = "|".join(alts) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?i:{opening}){word}(?:[ \u00a0]+{word})?[ \u00a0]+$")


# Characters before a bare participle of *dire* read for the determiner and noun it qualifies.
_SO_CALLED_REACH = 40


def _so_called_participle(text: str, cue: CueMatch) -> bool:
    """``une formule dite du « quartet »``, ``la loi dite « sécurité globale » que le Sénat a
    votée``: a bare past participle of *dire* (``nickname_markers``, no auxiliary) right after a
    determiner and its noun is the adjective *so-called*, naming the thing, no report; a
    compound form (``s'est dite``, ``a dit``) or a finite one (``le texte dit que``) still reports."""
    if cue.form != "participle" or cue.aux or text[cue.start : cue.end].lower() not in _nickname_markers():
        return False
    return _determiner_noun_before().search(text, max(0, cue.start - _SO_CALLED_REACH), cue.start) is not None


def _nickname_dit(text: str, start: int, end: int) -> bool:
    """``le prince héritier, dit « MBS », pourrait…``, ``Jean X, dit « le Gitan », a été…``: *dit*
    after a comma that closes words (a letter before it, no closing mark: not ``« … », dit
    Paul``), then a nickname and a comma, or a capitalised name of up to three words in marks
    whatever follows (``Kerlo, dit « le Mur » depuis…``), names someone, no report."""
    if text[start:end].lower() not in _nickname_markers():
        return False
    before = text[max(0, start - 3) : start].rstrip(" \u00a0\u202f")
    return (len(before) >= 2 and before[-1] == "," and before[-2].isalpha()
            and (_NICKNAME.match(text, end) is not None or _NICKNAME_NAME.match(text, end) is not None))


def find_cues(text: str, *, lexicon: CueLexicon | None = None) -> list[CueMatch]:
    """Every reporting cue in ``text``, in text order, non-overlapping (the longest reading wins).

    >>> [c.text for c in find_cues("Selon lui, rien n'est joué, a-t-elle estimé.")]
    ['Selon lui', 'a-t-elle estimé']
    """
    return (lexicon or CueLexicon.default()).find(text)


def cue_prefilter(text: str, *, lexicon: CueLexicon | None = None) -> bool:
    """Cheap check whether ``text`` could contain a cue (one compiled search).

    >>> cue_prefilter("Il pleut sur la ville."), cue_prefilter("Il a déclaré forfait.")
    (False, True)
    """
    return (lexicon or CueLexicon.default()).prefilter(text)


def learning_verb(lemma: str | None) -> bool:
    """Whether the verb ``lemma`` is one whose subject learns the words (``apprendre``)."""
    entry = CueLexicon.default().verb(lemma) if lemma else None
    return entry is not None and entry.learns


def reading_verb(lemma: str | None) -> bool:
    """Whether the verb ``lemma`` reads the words (``lire``): its words were written by a publication."""
    entry = CueLexicon.default().verb(lemma) if lemma else None
    return entry is not None and entry.reads


def quoting_verb(lemma: str | None) -> bool:
    """Whether the verb ``lemma`` quotes its direct object (``citer``): see ``VerbEntry.quotes_object``."""
    entry = CueLexicon.default().verb(lemma) if lemma else None
    return entry is not None and entry.quotes_object


def bearing_verb(lemma: str | None) -> bool:
    """Whether the verb ``lemma`` describes its subject's bearing (``se montrer``)."""
    entry = CueLexicon.default().verb(lemma) if lemma else None
    return entry is not None and entry.bearing


def crying_verb(lemma: str | None) -> bool:
    """Whether the verb ``lemma`` shouts or chants its object (``scander``, ``crier``)."""
    entry = CueLexicon.default().verb(lemma) if lemma else None
    return entry is not None and entry.cries


def limited_in_marks(before: str, inner: str) -> bool:
    """Whether ``inner`` is a reporting infinitive in marks after a governor that keeps the speaker
    to it (``se bornant à « regretter »``); see :meth:`CueLexicon.limited_in_marks`."""
    return CueLexicon.default().limited_in_marks(before, inner)


def limit_link_ends() -> frozenset[str]:
    """The last characters of the links after governors that keep the speaker to an infinitive
    (``se borner à``, ``se contenter de``); see :attr:`CueLexicon.limit_link_ends`."""
    return CueLexicon.default().limit_link_ends


def singing_verb(lemma: str | None) -> bool:
    """Whether the verb ``lemma`` sings its object (``chanter``, ``entonner``)."""
    entry = CueLexicon.default().verb(lemma) if lemma else None
    return entry is not None and entry.sings


def applauding_verb(lemma: str | None) -> bool:
    """Whether the verb ``lemma`` applauds (``applaudir``): no report of unquoted words after a colon."""
    entry = CueLexicon.default().verb(lemma) if lemma else None
    return entry is not None and entry.applauds


def striking_up_verb(lemma: str | None) -> bool:
    """Whether the verb ``lemma`` strikes up a song (``entonner``), whatever case its title has."""
    entry = CueLexicon.default().verb(lemma) if lemma else None
    return entry is not None and entry.strikes_up


def cue_lemmas(*, lexicon: CueLexicon | None = None) -> frozenset[str]:
    """Every lemma a cue can carry (reporting verbs, prepositions, channel nouns)."""
    return (lexicon or CueLexicon.default()).lemmas


def add_verbs(entries: Iterable[VerbEntry | Mapping[str, Any]]) -> CueLexicon:
    """Add verbs to the default lexicon used by :func:`find_cues` (process-wide) and return it.

    Prefer ``CueLexicon.default().with_verbs(...)`` passed as ``lexicon=`` when the change should
    stay local. Entries are validated; a bad one raises :class:`quotetrack.lexicon.DataError`.
    """
    CueLexicon._default = CueLexicon.default().with_verbs(entries)
    return CueLexicon._default


def _conjugation() -> _ConjFile:
    """``conjugation.json``, validated (once: :func:`load` caches it)."""
    conj: _ConjFile = load("conjugation.json", _ConjFile)
    return conj


def verb_endings_plural() -> frozenset[str]:
    """The endings of the third person plural in every tense ``conjugation.json`` knows
    (``ent``, ``aient``, ``èrent``…): a word ending in one may be a finite verb."""
    return frozenset(_slot_endings(("pres3p", "imp3p", "ps3p", "fut3p", "cond3p", "subj3p")))


def _slot_endings(slots: tuple[str, ...], *, future_only: bool = False) -> list[str]:
    """The endings ``conjugation.json`` gives the ``slots`` (``pres3s``, ``cond3p``…) of every
    class, or of its ``future_classes`` only, in class and slot order."""
    conj = _conjugation()
    classes = [conj.classes[name] for name in conj.future_classes] if future_only else list(conj.classes.values())
    stems = [e for slot in slots for e in conj.future_stem_endings.get(slot, ())] if future_only else []
    return [e for cls in classes for slot in slots for e in getattr(cls, slot) if e] + stems


@cache
def simple_finite_endings() -> tuple[str, ...]:
    """The endings of the third person of the present and the imperfect ``conjugation.json``
    knows (``e``, ``ent``, ``ait``, ``aient``, ``it``…): a word ending in one may be a simple
    finite main verb (``L'hôpital refuse …``)."""
    return tuple(sorted(set(_slot_endings(("pres3s", "pres3p", "imp3s", "imp3p"))), key=lambda e: (-len(e), e)))


@cache
def conditional_auxiliaries() -> tuple[str, ...]:
    """The auxiliaries' forms of the conditional (``aurait``, ``serait``: marked ``conditional``)."""
    conj = _conjugation()
    return tuple(a.word for a in (*conj.aux_avoir, *conj.aux_etre) if a.conditional)


@cache
def avoir_auxiliaries() -> frozenset[str]:
    """The forms of the auxiliary *avoir* (``a``, ``ont``, ``avait``): a participle right after
    one is active (``X a abattu``), not said of X (``X a été abattu``, ``X, abattu``)."""
    return frozenset(a.word for a in _conjugation().aux_avoir)


@cache
def finite_auxiliaries() -> frozenset[str]:
    """The auxiliaries' finite forms (``a``, ``ont``, ``est``, ``avait``, ``aurait``)."""
    conj = _conjugation()
    return frozenset(a.word for a in (*conj.aux_avoir, *conj.aux_etre) if a.form == "finite")


@cache
def _plural_auxiliaries() -> frozenset[str]:
    """The auxiliaries' third-person plural forms (``ont``, ``sont``, ``avaient``)."""
    conj = _conjugation()
    return frozenset(a.word for a in (*conj.aux_avoir, *conj.aux_etre) if a.plural)


@cache
def _infinitive_auxiliaries() -> frozenset[str]:
    """The auxiliaries' infinitives (``avoir``, ``être``): a finite cue right before one governs
    an infinitive report (``raconte avoir déménagé``), its subject before it."""
    conj = _conjugation()
    return frozenset(a.word for a in (*conj.aux_avoir, *conj.aux_etre) if a.form == "infinitive")


@cache
def _infinitive_report() -> re.Pattern[str]:
    """What follows a finite cue that governs an infinitive report: maybe a negation
    (``conjugation.json``) and up to two adverbs (``cue_words.json``), then an auxiliary's
    infinitive (``affirme n'avoir jamais reçu``, ``dit être prêt``)."""
    conj = _conjugation()
    adverbs = CueLexicon.default()._words.adverbs
    return re.compile(
        rf"(?i){_SPACE}(?:{_trie(conj.negation)}(?:(?<=['\u2019\u02bc])|{_SPACE}))?"
        + _at_most(rf"{_trie(adverbs)}{_SPACE}", 2)
        + rf"{_trie(_infinitive_auxiliaries())}{_RIGHT}"
    )


def infinitive_report(text: str, form: str, end: int) -> bool:
    """Whether a cue of ``form`` ending at ``end`` is a finite verb governing an infinitive report
    (``Une habitante raconte avoir entendu des tirs``): its subject speaks, though no clause
    after ``que`` is reported, and it is no incise after a comma."""
    return form == "finite" and _infinitive_report().match(text, end) is not None


_CUE_WORD = re.compile(r"[^\W\d_]+")
# Spaces, then a capitalised word: a name right after a verb (``lâche Taïwan``).
_NAME_AFTER = re.compile(r"[ \u00a0\u202f]+[^\W\d_a-zà-ÿ]")


def plural_cue(cue: CueMatch) -> bool:
    """Whether a finite cue is in the third-person plural (``ont appelé``, ``affirment``,
    ``se sont dits``): its subject is plural. A simple verb is read by the ending of its first
    word past the clitics and the negation (not ``rappelle également``)."""
    return cue.form == "finite" and _plural_finite(cue.text, cue.aux, cue.lemma)


@lru_cache(maxsize=1024)
def _plural_finite(text: str, aux: bool, lemma: str) -> bool:
    """:func:`plural_cue` of a finite cue's ``text``, read once a cue: several rules ask it of the same cue."""
    words = [w.lower() for w in _CUE_WORD.findall(text)]
    if aux:
        return any(w in _plural_auxiliaries() for w in words)
    skipped = _verb_openers()
    verb = next((w for w in words if w not in skipped), "")
    if lemma and verb in _forms_of(lemma, CueLexicon.default(), _SLOTS_SINGULAR):
        return False  # "se souvient", "tient", "convient": a singular form ending like a plural one
    return verb.endswith(_plural_endings())


# How far past its subject a plural auxiliary may stand before marks holding its participle.
_AUX_BEFORE_MARKS_REACH = 40


def plural_auxiliary_before_marks(text: str, subject_end: int, open_mark: int) -> bool:
    """Whether the words from a subject to the marks of a quotation are a plural auxiliary and
    adverbs at most, the verb itself quoted: ``Paris, Londres et Berlin ont « regretté »``."""
    if open_mark - subject_end > _AUX_BEFORE_MARKS_REACH or open_mark < subject_end:
        return False
    words = [w.lower() for w in _CUE_WORD.findall(text, subject_end, open_mark)]
    return bool(words) and words[0] in _plural_auxiliaries()


# The slots of conjugation.json whose forms tell of what is yet to be said (s'exprimera, dirait).
_SLOTS_PROSPECTIVE = ("fut3s", "fut3p", "cond3s", "cond3p")
# The third-person singular simple forms, some ending like a plural (« se souvient », « tient »).
# The slots of the imperfect, the tense a content clause takes after a verb in the past (a estimé que … répondait).
_SLOTS_IMPERFECT = ("imp3s", "imp3p")
# The slots of the conditional, the future of a past the content clause takes after a verb in the
# past (a indiqué qu'il accepterait … et demanderait).
_SLOTS_CONDITIONAL = ("cond3s", "cond3p")
_SLOTS_SINGULAR = ("pres3s", "imp3s", "ps3s", "fut3s", "cond3s")
# The simple forms no noun is spelled like (a verb even after « le », « la »): the imperfect,
# the plural present and the passé simple (« les habitants le disent », « l'affirmèrent »); the
# conditional is left out: it reports nothing yet said (« personne ne le croirait »). A form
# shared with the singular present or the participle may be a noun (« l'écrit », « la demande »).
_SLOTS_VERB_ONLY = ("imp3s", "imp3p", "pres3p", "ps3s", "ps3p")
_SLOTS_NOUN_LIKE = ("pres3s", "pp")


def prospective_cue(cue: CueMatch, *, lexicon: CueLexicon | None = None) -> bool:
    """Whether a finite cue is a simple verb in the future or the conditional (``s'exprimera``,
    ``dirait``): words still to come, or maybe, not words reported."""
    if cue.form != "finite" or cue.aux or not cue.lemma:
        return False
    forms = _prospective_forms(cue.lemma, lexicon or CueLexicon.default())
    return any(w.lower() in forms for w in _CUE_WORD.findall(cue.text))


def prospective_report(text: str, cue: Any, *, lexicon: CueLexicon | None = None) -> bool:
    """Whether ``cue`` (a span of ``text`` with a ``form``) is an infinitive a governor of what is
    yet to come or may be governs (« devrait annoncer que », « va déclarer que »): its clause
    reports nothing yet said."""
    return (lexicon or CueLexicon.default()).prospective_governed(
        text[cue.start : cue.end], cue.form, bool(getattr(cue, "aux", False)))


def imperfect_cue(cue: CueMatch, *, lexicon: CueLexicon | None = None) -> bool:
    """Whether a finite cue is a simple verb in the imperfect (``répondait``, ``affirmaient``)."""
    if cue.form != "finite" or cue.aux or not cue.lemma:
        return False
    forms = _forms_of(cue.lemma, lexicon or CueLexicon.default(), _SLOTS_IMPERFECT)
    return any(w.lower() in forms for w in _CUE_WORD.findall(cue.text))


def conditional_cue(cue: CueMatch, *, lexicon: CueLexicon | None = None) -> bool:
    """Whether a finite cue is in the conditional: a simple verb (``demanderait``) or built with a
    conditional auxiliary (``aurait demandé``)."""
    if cue.form != "finite":
        return False
    if cue.aux:
        return any(w.lower() in conditional_auxiliaries() for w in _CUE_WORD.findall(cue.text))
    if not cue.lemma:
        return False
    forms = _forms_of(cue.lemma, lexicon or CueLexicon.default(), _SLOTS_CONDITIONAL)
    return any(w.lower() in forms for w in _CUE_WORD.findall(cue.text))


def _prospective_forms(lemma: str, lexicon: CueLexicon) -> frozenset[str]:
    """The future and conditional third-person forms of a verb ``lemma`` (none for a phrase)."""
    return _forms_of(lemma, lexicon, _SLOTS_PROSPECTIVE)


@cache
def _negation_then_clitic() -> re.Pattern[str]:
    """A negation particle of ``conjugation.json`` and a word right before a form (``ne le``)."""
    neg = "|".join(re.escape(n) for n in sorted(_conjugation().negation, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{neg})(?:(?<=['\u2019])|\s+)[^\W\d_]+['\u2019]?\s*\Z")


@cache
def _set_off() -> re.Pattern[str]:
    """A comma, a dash, a bracket or a closing mark and white space up to a position."""
    closing = "".join(sorted(marks.closing_marks()))
    return re.compile(rf"[,\u2013\u2014(\-{re.escape(closing)}](?:{_SPACE})?\Z")


@cache
def _closing_then_comma() -> re.Pattern[str]:
    """A closing quotation mark, maybe a comma, and white space up to a position."""
    closing = "".join(sorted(marks.closing_marks() - {"'", "\u2019"}))
    return re.compile(rf"[{re.escape(closing)}](?:{_SPACE})?,?(?:{_SPACE})?\Z")


def _after_closing_mark(text: str, start: int) -> bool:
    """Whether a verb at ``start`` follows a closing quotation mark and maybe a comma: an incise
    right after the words it reports (``« … », commence le ministre``)."""
    return _closing_then_comma().search(text, max(0, start - 8), start) is not None


def _set_off_before(text: str, start: int) -> bool:
    """Whether a verb at ``start`` is set off after a comma, a dash or a closing mark (an incise
    whose subject follows it: ``« … », poursuit son avocat``)."""
    return _set_off().search(text, max(0, start - 6), start) is not None


def _after_stressed_pronoun(text: str, start: int) -> bool:
    """Whether a stressed pronoun (``stressed_pronouns`` of ``names.json``) and its comma stand right
    before ``start`` (``Le président, lui, poursuit``): the comma closes a topic's aside, the
    subject before it, no incise."""
    return _stressed_then_comma().search(text, max(0, start - 10), start) is not None


@cache
def _stressed_then_comma() -> re.Pattern[str]:
    """A stressed pronoun as a word of its own, a comma and white space up to a position."""
    return re.compile(rf"(?<![\w'\u2019])(?i:{_trie(read_json('names.json')['stressed_pronouns'], cap=False)}),(?:{_SPACE})?\Z")


def _negated_before(text: str, start: int) -> bool:
    """Whether a negation particle and one word stand right before ``start`` (``ne le disait``)."""
    return _negation_then_clitic().search(text, max(0, start - 12), start) is not None


def _verb_only(form: str, lemma: str, lexicon: CueLexicon) -> bool:
    """Whether ``form`` is a simple verb no noun is spelled like (the imperfect, the plural
    present, the passé simple): after an object pronoun that looks like a determiner it is still
    a verb (« le résumait », « les habitants le répètent », « l'affirma »; not « la demande »,
    « l'écrit »)."""
    words = _CUE_WORD.findall(form)
    if not words:
        return False
    word = words[-1].lower()
    return word in _forms_of(lemma, lexicon, _SLOTS_VERB_ONLY) and word not in _forms_of(lemma, lexicon, _SLOTS_NOUN_LIKE)


@cache
def _forms_of(lemma: str, lexicon: CueLexicon, slots: tuple[str, ...]) -> frozenset[str]:
    """The third-person forms of a verb ``lemma`` in the conjugation ``slots`` (none for a phrase)."""
    v = lexicon.verb(lemma)
    if v is None:
        return frozenset()
    _, head, _ = lexicon._split(lemma)
    name = lexicon._class_of(v.conj, head)
    if name is None:
        return frozenset()
    cls = _conjugation().classes[name]
    stem = head[: len(head) - len(cls.strip)]
    return frozenset(stem + e for slot in slots for e in getattr(cls, slot) if e)


@cache
def _plural_endings() -> tuple[str, ...]:
    return tuple(verb_endings_plural())


@cache
def _verb_openers() -> frozenset[str]:
    """Words that may stand before a simple verb: negation, clitics, reflexive pronouns (without
    their apostrophe)."""
    conj = _conjugation()
    return frozenset(w.lower().rstrip("'’") for w in (*conj.negation, *conj.clitics, *conj.finite_clitics, *conj.reflexive))


def verb_openers() -> frozenset[str]:
    """Words that may stand between a subject and its simple verb (negation, clitics, reflexive
    pronouns), lower case, without their apostrophe."""
    return _verb_openers()


def verb_words() -> frozenset[str]:
    """Words that only stand in a verb group: the auxiliaries' finite forms, negation and reflexive pronouns."""
    conj = _conjugation()
    return frozenset(
        [a.word for a in (*conj.aux_avoir, *conj.aux_etre) if a.form == "finite"] + conj.negation + conj.reflexive
    )


def contracted_links() -> frozenset[str]:
    """The contracted forms of a cue phrase's last word (``du``, ``des`` for ``de``): a cue ending in
    one already holds the determiner of the noun after it (``selon les mots du gouverneur``)."""
    words = CueLexicon.default()._words
    return frozenset(f.lower() for forms in words.contractions.values() for f in forms)


@cache
def avoir_forms() -> frozenset[str]:
    """Every form of the auxiliary *avoir* ``conjugation.json`` lists (``a``, ``ont``, ``ayant``):
    a participle after one is a compound tense's, no attribute."""
    return frozenset(a.word for a in _conjugation().aux_avoir)


def etre_forms() -> frozenset[str]:
    """Every form of the auxiliary *être* ``conjugation.json`` lists (``est``, ``sont``, ``été``):
    a participle after one is a passive's."""
    return frozenset(a.word for a in _conjugation().aux_etre)


def clitics() -> tuple[str, ...]:
    """The object pronouns that stand before a verb (``le``, ``la``, ``leur``, ``y``…)."""
    return tuple(_conjugation().clitics)


def reflexives() -> tuple[str, ...]:
    """The reflexive pronouns (``se``, ``s'``) of ``conjugation.json``."""
    return tuple(_conjugation().reflexive)


def cue_adverbs() -> tuple[str, ...]:
    """The adverbs and adverbial phrases a verb group may hold (``pour sa part``, ``mardi``),
    from ``cue_words.json``."""
    words: _WordsFile = load("cue_words.json", _WordsFile)
    return tuple(words.adverbs)


@cache
def one_word_adverbs() -> frozenset[str]:
    """The one-word adverbs of :func:`cue_adverbs` (``toutefois``, ``désormais``, ``hier``), lower case."""
    return frozenset(a.lower() for a in cue_adverbs() if " " not in a)


def participle_endings() -> frozenset[str]:
    """The endings of the past participle in every class ``conjugation.json`` knows (``é``,
    ``ée``, ``is``, ``ue``…): a word ending in one may be a participle."""
    return frozenset(e for cls in _conjugation().classes.values() for e in cls.pp if e)


@cache
def clause_connectors() -> frozenset[str]:
    """The connectors that may open a sentence before its subject (``mais``, ``et``, ``or``), the
    ``openers`` of the ``pour`` rule of ``cue_words.json``, in lower case."""
    words: _WordsFile = load("cue_words.json", _WordsFile)
    return frozenset(w.lower() for w in words.pour.openers)


@cache
def purpose_governors() -> tuple[str, ...]:
    """The prepositions of purpose that govern a reporting infinitive (``pour``, ``afin de``) from ``cue_words.json``."""
    words: _WordsFile = load("cue_words.json", _WordsFile)
    return tuple(words.purpose_governors)


@cache
def gerund_markers() -> tuple[str, ...]:
    """The words opening a gerund (``en``, ``tout en``) from ``cue_words.json``."""
    words: _WordsFile = load("cue_words.json", _WordsFile)
    return tuple(words.gerund_markers)


@cache
def act_gerunds() -> tuple[str, ...]:
    """The participles of ``cue_words.json`` whose ``tout en`` gerund is the reporter's own act."""
    words: _WordsFile = load("cue_words.json", _WordsFile)
    return tuple(words.act_gerunds)


@cache
def act_gerund_frame() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What opens such a gerund (``tout en``) and the reflexive pronouns before its participle
    (``se``, ``s'``), from ``cue_words.json``."""
    words: _WordsFile = load("cue_words.json", _WordsFile)
    return tuple(words.act_gerund_openers), tuple(words.act_gerund_clitics)


@cache
def future_endings() -> tuple[str, ...]:
    """The future and conditional endings, third person, of the ``future_classes`` of
    ``conjugation.json`` (``era``, ``eront``, ``irait``…)."""
    return tuple(_slot_endings(("fut3s", "fut3p", "cond3s", "cond3p"), future_only=True))


@cache
def conditional_endings() -> tuple[str, ...]:
    """The conditional endings, third person, of the ``future_classes`` of ``conjugation.json``
    (``erait``, ``iraient``…): the mood of hearsay (``il avoisinerait``)."""
    return tuple(_slot_endings(("cond3s", "cond3p"), future_only=True))


def subject_pronouns() -> tuple[str, ...]:
    """The subject pronouns a verb may follow in an inversion (``il``, ``elles``, ``on``), from
    ``conjugation.json``."""
    return tuple(_conjugation().pronouns)


@cache
def present_participle_endings() -> tuple[str, ...]:
    """The endings of the present participle in every class ``conjugation.json`` knows
    (``ant``, ``issant``…)."""
    return tuple(sorted({e for cls in _conjugation().classes.values() for e in cls.ger if e}, key=len, reverse=True))


@cache
def telling_participle_endings() -> tuple[str, ...]:
    """The participle endings that mark a participle well enough: those of the most common
    class (``é``, ``ée``…) and those of three letters or more (``dit``, ``mise``); not ``i``,
    ``is``, ``du``, which end as many other words (``jeudi``, ``depuis``). Longest first."""
    common = {e for e in participle_endings() if e.startswith("é")}
    return tuple(sorted(common | {e for e in participle_endings() if len(e) >= _ENDING_MIN}, key=len, reverse=True))


def governor_finite_word(word: str) -> bool:
    """Whether ``word`` is a finite form of a verb that governs an infinitive (``devrait``, ``peut``):
    a clause's verb."""
    return _key(word) in CueLexicon.default().governor_finite
